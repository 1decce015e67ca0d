from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, text

from fieldvault.core.search import (
    Hit,
    index_document,
    needs_reindex,
    reindex_all,
    remove_document,
    search,
)

DOCS = {
    "ko-1": ("transcript", "그날 토끼들이 공장 뒤에 있었다. 남강무역회사는 우리를 감시했다."),
    "ru-1": (
        "transcript",
        "В Уссурийске мы встретили Артёма из компании «Намган». Потом Артём уехал.",
    ),
    "en-1": ("memo", "The Namgang brigade leaders kept our passports at the site."),
    "ko-2": ("memo", "아르툠에서 온 노동자들은 기숙사에서 살았다."),
    "ru-2": ("theme", "Уссурийск и долги"),
    "en-2": ("theme", "Passport confiscation"),
}


@pytest.fixture()
def filled(engine: Engine) -> Engine:
    with engine.begin() as conn:
        for doc_id, (kind, body) in DOCS.items():
            index_document(conn, doc_id, kind, body)
    return engine


def run(engine: Engine, query: str, **kwargs: object) -> list[Hit]:
    with engine.connect() as conn:
        return search(conn, query, **kwargs)  # type: ignore[arg-type]


def ids(hits: list[Hit]) -> set[str]:
    return {hit.doc_id for hit in hits}


def matched_text(hit: Hit) -> list[str]:
    body = DOCS[hit.doc_id][1]
    return [body[start:end] for start, end in hit.matches]


@pytest.mark.parametrize(
    ("query", "doc_id", "surface"),
    [
        ("토끼", "ko-1", "토끼들이"),
        ("토끼를", "ko-1", "토끼들이"),
        ("Уссурийск", "ru-1", "Уссурийске"),
        ("Уссурийском", "ru-1", "Уссурийске"),
        ("Артем", "ru-1", "Артёма"),
        ("артёму", "ru-1", "Артём"),
        ("아르툠", "ko-2", "아르툠에서"),
        ("남강무역회사", "ko-1", "남강무역회사는"),
        ("노동자", "ko-2", "노동자들은"),
        ("passport", "en-1", "passports"),
    ],
)
def test_normalised_matches(filled: Engine, query: str, doc_id: str, surface: str) -> None:
    hits = {hit.doc_id: hit for hit in run(filled, query)}
    assert doc_id in hits
    assert surface in matched_text(hits[doc_id])
    assert hits[doc_id].score > 1.0


@pytest.mark.parametrize(
    ("query", "doc_id", "surface"),
    [
        ("Namg", "en-1", "Namg"),
        ("남강", "ko-1", "남강무역회사는"),
        ("Намг", "ru-1", "Намган"),
        ("무역", "ko-1", "무역"),  # two letters inside a word: trigram-vocabulary fallback
        ("rigad", "en-1", "rigad"),
        ("ССУРИ", "ru-1", "ссури"),
    ],
)
def test_substrings_in_all_scripts(filled: Engine, query: str, doc_id: str, surface: str) -> None:
    hits = {hit.doc_id: hit for hit in run(filled, query)}
    assert doc_id in hits
    assert surface in matched_text(hits[doc_id])


def test_substring_of_inflected_name_finds_all_docs(filled: Engine) -> None:
    assert ids(run(filled, "Уссурийск")) == {"ru-1", "ru-2"}
    assert ids(run(filled, "уссурийске")) == {"ru-1", "ru-2"}


def test_offsets_and_snippets_point_at_the_text(filled: Engine) -> None:
    for query in ("Артем", "토끼", "Namg", "Уссурийск", "passports"):
        for hit in run(filled, query):
            body = DOCS[hit.doc_id][1]
            assert hit.matches == sorted(hit.matches)
            assert all(0 <= s < e <= len(body) for s, e in hit.matches)
            snippet_text = [hit.snippet[s:e] for s, e in hit.snippet_matches]
            assert snippet_text == [body[s:e] for s, e in hit.matches]


def test_snippet_of_long_text_is_cut_around_the_match(engine: Engine) -> None:
    body = "слово " * 300 + "Уссурийске " + "ещё " * 300
    with engine.begin() as conn:
        index_document(conn, "long", "transcript", body)
        (hit,) = search(conn, "Уссурийск")
    start = body.index("Уссурийске")
    assert hit.matches == [(start, start + len("Уссурийске"))]
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 260
    (span,) = hit.snippet_matches
    assert hit.snippet[span[0] : span[1]] == "Уссурийске"


def test_all_words_must_match(filled: Engine) -> None:
    assert ids(run(filled, "Артем Уссурийск")) == {"ru-1"}
    assert ids(run(filled, "Артем Namgang")) == set()
    mixed = run(filled, "Уссурийске Намг")  # one by stem, one by substring
    assert ids(mixed) == {"ru-1"}


def test_phrase_and_prefix(filled: Engine) -> None:
    assert ids(run(filled, '"brigade leaders"')) == {"en-1"}
    assert ids(run(filled, '"leaders brigade"')) == set()
    (hit,) = run(filled, '"компании намган"')
    assert matched_text(hit) == ["компании «Намган"]
    assert ids(run(filled, "Passp*")) == {"en-1", "en-2"}
    assert ids(run(filled, "Уссурийско*")) == {"ru-1", "ru-2"}


def test_filters(filled: Engine) -> None:
    assert ids(run(filled, "Уссурийск", kinds=["theme"])) == {"ru-2"}
    assert ids(run(filled, "Уссурийск", doc_ids=["ru-1", "en-1"])) == {"ru-1"}
    assert run(filled, "Уссурийск", doc_ids=[]) == []
    assert ids(run(filled, "Уссурийске Намг", kinds=["transcript"])) == {"ru-1"}
    assert run(filled, "Уссурийске Намг", kinds=["theme"]) == []
    assert ids(run(filled, "Namg", doc_ids=["en-1"])) == {"en-1"}
    assert run(filled, "Namg", doc_ids=["ru-1"]) == []


def test_limit_and_ranking(filled: Engine) -> None:
    assert len(run(filled, "Уссурийск", limit=1)) == 1
    hits = run(filled, "namg")  # en-1 by substring, ru-1 has no Latin Namg
    assert [h.doc_id for h in hits] == ["en-1"]
    assert hits[0].score < 1.0
    scores = [h.score for h in run(filled, "passport")]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '""',
        '"unterminated phrase',
        "(",
        ")",
        "AND",
        "OR NOT",
        "NEAR(a b, 2)",
        "a:b",
        "^start",
        "*",
        "-x",
        "{col1 col2}: x",
        "'; DROP TABLE search_doc; --",
        "\x00",
        "토끼 AND OR NOT (",
        "Артём\" OR \"x",
        " ".join(f"w{i}" for i in range(200)),
        "토끼 " * 100,
    ],
)
def test_hostile_queries_do_not_raise(filled: Engine, query: str) -> None:
    hits = run(filled, query)
    assert isinstance(hits, list)
    with filled.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM search_doc")).scalar_one() == len(DOCS)


def test_empty_query_returns_nothing(filled: Engine) -> None:
    assert run(filled, "") == []
    assert run(filled, " ,.;!? ") == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=30))
def test_random_queries_do_not_raise(filled: Engine, query: str) -> None:
    run(filled, query)


VOCAB = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_norm_v"
    " USING fts5vocab(main, search_norm, row)"
)


def _index_contains(conn: Connection, term: str, raw: bytes, trigram: str) -> bool:
    for table in ("search_norm", "search_tri"):
        data = conn.execute(text(f"SELECT block FROM {table}_data")).scalars().all()
        if any(isinstance(block, bytes) and raw in block for block in data):
            return True
    vocab = conn.execute(
        text("SELECT count(*) FROM search_norm_v WHERE term = :t"), {"t": term}
    ).scalar_one()
    tri_vocab = conn.execute(
        text("SELECT count(*) FROM search_tri_vocab WHERE term = :t"), {"t": trigram}
    ).scalar_one()
    return bool(vocab or tri_vocab)


def test_removal_really_removes(filled: Engine) -> None:
    marker = "Zyxwvutsqr"
    with filled.begin() as conn:
        index_document(conn, "secret", "memo", f"Met {marker} near the river, Уссурийске")
        conn.execute(text(VOCAB))
        assert _index_contains(conn, "zyxwvutsqr", b"zyxwvutsqr", "xwv")
        assert ids(search(conn, marker)) == {"secret"}
    with filled.begin() as conn:
        assert remove_document(conn, "secret") is True
        assert remove_document(conn, "secret") is False
    with filled.begin() as conn:
        conn.execute(text(VOCAB))
        assert search(conn, marker) == []
        assert search(conn, "vutsq") == []
        assert not _index_contains(conn, "zyxwvutsqr", b"zyxwvutsqr", "xwv")
        left = text("SELECT count(*) FROM search_doc WHERE doc_id = 'secret'")
        assert conn.execute(left).scalar_one() == 0
        conn.execute(text("INSERT INTO search_norm(search_norm) VALUES ('integrity-check')"))
        conn.execute(text("INSERT INTO search_tri(search_tri) VALUES ('integrity-check')"))
        assert ids(search(conn, "Уссурийск")) == {"ru-1", "ru-2"}


def test_reindex_replaces_old_text(filled: Engine) -> None:
    with filled.begin() as conn:
        index_document(conn, "ru-2", "theme", "Долги и паспорта")
    assert ids(run(filled, "Уссурийск")) == {"ru-1"}
    assert ids(run(filled, "паспорт")) == {"ru-2"}


def test_unknown_kind_is_rejected(conn: Connection) -> None:
    with pytest.raises(ValueError):
        index_document(conn, "x", "email", "text")


def test_long_documents_use_wide_offsets(engine: Engine) -> None:
    body = "토끼 " * 30000 + "Уссурийске"
    with engine.begin() as conn:
        index_document(conn, "big", "transcript", body)
        (hit,) = search(conn, "Уссурийск")
    assert body[hit.matches[0][0] : hit.matches[0][1]] == "Уссурийске"


def test_reindex_after_normaliser_change(filled: Engine) -> None:
    with filled.begin() as conn:
        assert not needs_reindex(conn)
        conn.execute(text("UPDATE search_meta SET value = '0' WHERE key = 'norm_version'"))
        assert needs_reindex(conn)
        seen: list[tuple[int, int]] = []
        assert reindex_all(conn, progress=lambda done, total: seen.append((done, total)))
        assert seen[-1] == (len(DOCS), len(DOCS))
        assert not needs_reindex(conn)
        conn.execute(text("INSERT INTO search_norm(search_norm) VALUES ('integrity-check')"))
        conn.execute(text("INSERT INTO search_tri(search_tri) VALUES ('integrity-check')"))
    assert ids(run(filled, "Уссурийск")) == {"ru-1", "ru-2"}


def test_reindex_can_be_cancelled(filled: Engine) -> None:
    with filled.connect() as conn:
        assert reindex_all(conn, cancelled=lambda: True) is False
        conn.rollback()


def test_index_lives_in_the_encrypted_file(filled: Engine, vault_path: Path) -> None:
    files = [vault_path, vault_path.with_name(vault_path.name + "-wal")]
    raw = b"".join(path.read_bytes() for path in files if path.exists())
    assert not raw.startswith(b"SQLite format 3")
    assert "Уссурийске".encode() not in raw
    assert "남강무역회사".encode() not in raw
