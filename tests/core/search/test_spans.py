"""Match offsets found by scanning the text agree with tokenising all of it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvault.core.search.normalize import tokens
from fieldvault.core.search.query import parse
from fieldvault.core.search.spans import Matcher, _exact, _needles, _scan, scan_fold

WORDS = (
    "workers worker's Working happy happily studies Café cafe naïve NAÏVE Namgang "
    "Артём Артёма артем Уссурийске Уссурийск уссурийский бригада бригадир Ёлка ёлки "
    "토끼들이 토끼를 토끼 남강무역회사는 남강 노동자들은 노동자 우수리스크에서 "
    "2015 W-017 Spassk-Dalny Большом Камне"
).split()
SEPARATORS = (" ", " ", ", ", ". ", "\n", " «", "» ", "-")


@st.composite
def documents(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                          min_size=1, max_size=40))
    return "".join(word + sep for word, sep in parts)


@settings(max_examples=300, deadline=None)
@given(body=documents(), query=st.lists(st.sampled_from(WORDS), min_size=1, max_size=2))
def test_scanned_spans_equal_the_tokenised_ones(body: str, query: list[str]) -> None:
    folded = scan_fold(body)
    for clause in parse(" ".join(query)):
        needles = _needles(clause)
        expected = sorted(_exact(body, needles))
        scanned = sorted(span for needle in needles for span in _scan(body, folded, needle))
        assert scanned == expected, (body, clause.surfaces, [t.norm for t in tokens(body)])


def test_a_word_the_scan_cannot_see_is_found_by_tokenising() -> None:
    body = "Der Strasse nach; дальше Уссури\u0301йске."  # a stress mark inside the name
    (clause,) = parse("Уссурийск")
    spans = Matcher([clause]).spans(body, by_words=True, substrings=False)
    assert [body[s:e] for s, e in spans] == ["Уссури\u0301йске"]


WINDOW_WORDS = (*WORDS, "İstanbul", "İST", "ЁЖ", "Namg", "남강무")


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(WINDOW_WORDS), st.sampled_from(SEPARATORS)),
                      min_size=1, max_size=120),
       query=st.lists(st.sampled_from(WINDOW_WORDS), min_size=1, max_size=2),
       phrase=st.booleans(), substrings=st.booleans(), head=st.integers(20, 400),
       cuts=st.lists(st.integers(0, 2000), min_size=2, max_size=2))
def test_a_window_read_off_the_head_equals_its_own_scan(
        parts: list[tuple[str, str]], query: list[str], phrase: bool, substrings: bool,
        head: int, cuts: list[int]) -> None:
    """``within`` gives what scanning the window alone gives, or declines."""
    body = "".join(word + sep for word, sep in parts)
    text = f'"{" ".join(query)}"' if phrase else " ".join(query)
    matcher = Matcher(parse(text))
    head = min(head, len(body))
    sources = matcher.sources(body[:head], False, substrings)
    start, end = sorted(min(c, head) for c in cuts)
    read = matcher.within(body, head, sources, start, end)
    if read is not None:
        assert read == matcher.spans(body[start:end], False, substrings)


def test_a_window_between_spaces_is_read_off_the_head() -> None:
    body = "Namgang workers worked there. Работники Артёма ждали, workers again and again."
    matcher = Matcher(parse("workers Артем"))
    sources = matcher.sources(body, False, True)
    start = body.index("Работники")
    end = body.index(" again")
    read = matcher.within(body, len(body), sources, start, end)
    assert read == matcher.spans(body[start:end], False, True) == [(10, 16), (24, 31)]
    # an edge inside a word, or a window past the scanned head: the window is scanned
    assert matcher.within(body, len(body), sources, start + 1, end) is None
    assert matcher.within(body, end - 1, sources, start, end) is None
