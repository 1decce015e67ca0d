"""What a user sees of a hit is what the code at b4839d4 showed: the same hits in the same
order, the same match offsets, snippet text and highlight offsets. The faster matcher is
compared with the kept copy of the old algorithm (``snippets_oracle``) on a seeded
SQLCipher index in three scripts and on generated texts."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from snippets_oracle import Matcher as OldMatcher
from snippets_oracle import hit_view
from sqlalchemy import Engine, text

from fieldvault.core.search import Hit, index_document, ranking, search
from fieldvault.core.search.equivalents import places
from fieldvault.core.search.query import parse
from fieldvault.core.search.ranking import Found, parse_query
from fieldvault.core.search.spans import Matcher

LATIN = ("workers worker's Working worked happy happily studies Café cafe naïve NAÏVE "
         "passport passports brigade foreman wages İstanbul Spassk-Dalny Namgang the of "
         "and in at site camp night shift money sent home").split()
HANGUL = ("토끼들이 토끼를 토끼 남강무역회사는 남강무역회사에서 남강 남강이 노동자들은 노동자 "
          "노동자의 우수리스크에서 아르툠에서 아르툠은 회사 공장 기숙사에서 여권을 임금 "
          "살았다 일했다 우리는 그들이").split()
CYRILLIC = ("Артём Артёма Артем Артёму артем Уссурийске Уссурийск уссурийский бригада "
            "бригадир Ёлка ёлки «Намган» компании Большом Камне рабочие рабочих паспорт "
            "паспорта долг долги жили работали Уссури\u0301йске ЁЖ").split()
SEPARATORS = (" ", " ", " ", ", ", ". ", "\n", " «", "» ", "-", "\t", "  ")
QUERIES = (
    "workers", "worker", "Working", "cafe", "naive", "passport*", "Namgang", "Namg",
    "the", "istanbul", "Spassk", "노동자들은", "노동자", "토끼를", "남강", "남강무역", "남강무",
    "아르툠", "우수리스크", "Уссурийске", "Уссурийск", "Артем", "Артём", "ёлка", "рабочие",
    "workers Namgang", "노동자 남강", "Артем паспорт", "workers 노동자 Артём",
    '"brigade foreman"', '"토끼를 남강"', "долг*", "Камн", "ЁЖ", "İST", "w", "남",
    "남강 남강무역", "Namg* Namgang", "work* workers",  # one key starts another's
)


def _document(rng: random.Random, words: tuple[str, ...], size: int) -> str:
    """About ``size`` characters of mostly ``words``, now and then a word of another
    script (so some matches fall past the first few hundred characters)."""
    mixed = LATIN + HANGUL + CYRILLIC
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        pool = mixed if rng.random() < 0.08 else words
        parts.append(rng.choice(pool) + rng.choice(SEPARATORS))
    return "".join(parts)


@pytest.fixture()
def seeded(engine: Engine) -> tuple[Engine, dict[str, str]]:
    rng = random.Random(19)
    bodies = {}
    for script, words in (("en", LATIN), ("ko", HANGUL), ("ru", CYRILLIC)):
        for number in range(40):
            size = rng.choice((80, 300, 900, 2500, 2500, 4000))
            bodies[f"{script}-{number}"] = _document(rng, tuple(words), size)
    with engine.begin() as conn:
        for doc_id, body in bodies.items():
            index_document(conn, doc_id, "transcript", body)
    return engine, bodies


def _by_words(hit: Hit) -> bool:
    return hit._found.by_words


@pytest.mark.parametrize("matches_first", [False, True])
def test_hits_show_what_the_old_code_showed(seeded: tuple[Engine, dict[str, str]],
                                            matches_first: bool) -> None:
    engine, bodies = seeded
    equivalents = places()
    compared = 0
    with engine.connect() as conn:
        for query in QUERIES:
            hits = search(conn, query, limit=60, equivalents=equivalents)
            clauses = equivalents.expand(parse(query))
            for hit in hits:
                body = bodies[hit.doc_id]
                if matches_first:
                    seen = (hit.matches, hit.snippet, hit.snippet_matches)
                else:
                    seen = (hit.snippet, hit.snippet_matches, hit.matches)
                    seen = (seen[2], seen[0], seen[1])
                assert seen == hit_view(body, _by_words(hit), clauses, matches_first), \
                    (query, hit.doc_id)
                compared += 1
    assert compared > 500  # the corpus gives every kind of query hits to compare


def test_the_queries_include_keys_that_start_other_keys() -> None:
    """Words two keys find are checked once (``_WordScan.shared``): covered above."""
    shared = [query for query in QUERIES
              if (scan := Matcher(places().expand(parse(query)))._word_scan) is not None
              and scan.shared]
    assert len(shared) >= 3, shared


def test_the_corpus_puts_matches_past_the_head(seeded: tuple[Engine, dict[str, str]]) -> None:
    """The comparison covers hits whose first match lies past the first 400 characters
    (the snippet then goes by a scan of the whole text), in every script."""
    engine, bodies = seeded
    far = set()
    with engine.connect() as conn:
        for query in QUERIES:
            for hit in search(conn, query, limit=60, equivalents=places()):
                if hit.matches and hit.matches[0][0] >= 400:
                    far.add(hit.doc_id.partition("-")[0])
    assert far == {"en", "ko", "ru"}


WORDS = (*LATIN, *HANGUL, *CYRILLIC, "Namg", "남강무", "Wörker", "ß", "STRASSE")


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                      min_size=1, max_size=300),
       query=st.lists(st.sampled_from(WORDS + ("passport*", "남*", "Арт*")), min_size=1,
                      max_size=3),
       phrase=st.booleans(), by_words=st.booleans(), matches_first=st.booleans())
def test_generated_texts_show_what_the_old_code_showed(
        parts: list[tuple[str, str]], query: list[str], phrase: bool, by_words: bool,
        matches_first: bool) -> None:
    body = "".join(word + sep for word, sep in parts)
    text = f'"{" ".join(query)}"' if phrase else " ".join(query)
    clauses = places().expand(parse(text))
    if not clauses:
        return
    new, old = Matcher(clauses), OldMatcher(clauses)
    for substrings in (False, True):
        assert new.sources(body, by_words, substrings) == \
            old.sources(body, by_words, substrings)
    hit = Hit("d", "transcript", 1.0, Found(1, 1.0, by_words, "d", "transcript", body), new)
    if matches_first:
        seen = (hit.matches, hit.snippet, hit.snippet_matches)
    else:
        snippet, snippet_matches = hit.snippet, hit.snippet_matches
        seen = (hit.matches, snippet, snippet_matches)
    assert seen == hit_view(body, by_words, clauses, matches_first)


def test_statements_through_the_driver_give_the_same_hits_in_the_same_order(
        seeded: tuple[Engine, dict[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    """The ranking and document statements run by the driver (``_read``) give what they
    gave through SQLAlchemy, as the code at b4839d4 ran them; a parsed query gives what
    its text gives."""
    engine, _bodies = seeded
    equivalents = places()

    def shown(hits: list[Hit]) -> list[tuple[str, str, float, str, list[tuple[int, int]]]]:
        return [(h.doc_id, h.kind, h.score, h.snippet, h.snippet_matches) for h in hits]

    with engine.connect() as conn:
        now = {q: shown(search(conn, q, limit=40, equivalents=equivalents)) for q in QUERIES}
        parsed = {q: shown(search(conn, parse_query(q, equivalents), limit=40))
                  for q in QUERIES}
    monkeypatch.setattr(ranking, "_read", lambda conn, sql, params=None: list(
        conn.execute(text(sql), params or {}).all()))
    with engine.connect() as conn:
        before = {q: shown(search(conn, q, limit=40, equivalents=equivalents))
                  for q in QUERIES}
    assert now == before == parsed
    assert sum(len(hits) for hits in now.values()) > 500
