"""Benchmark Fieldvault search on an SQLCipher database.

Builds a fresh encrypted database per size, indexes ``make_corpus(n, seed)`` and reports the
index rate and query p50/p95 of ``search()`` next to the raw FTS5 statement that fetches the
same top documents directly (normalised term for word queries, trigram literal for the
substring query), on the same connection.

    PYTHONPATH=desktop:bench python bench/search_bench.py [--sizes 1000 10000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from corpus import make_corpus  # noqa: E402
from fieldvault.core.search import create_schema, index_document, search  # noqa: E402
from fieldvault.core.search.equivalents import places  # noqa: E402
from fieldvault.core.search.query import parse  # noqa: E402

PAGE = 20  # hits whose snippet a results table shows at once (the rest are computed lazily)
PRAGMAS = ("temp_store=MEMORY", "journal_mode=WAL", "synchronous=FULL", "cache_size=-65536")
QUERIES = (
    ("English word", "workers", "norm"),
    ("Korean word + particles", "노동자들은", "norm"),
    ("Russian inflected", "Уссурийске", "norm"),
    ("Russian name (ё)", "Артем", "norm"),
    ("substring", "Namg", "tri"),
    ("substring (Korean)", "남강무역", "tri"),
    ("2-letter Korean", "남강", "norm"),
    ("two words", "workers Namgang", "norm"),
)
RAW_SQL = {
    "norm": "SELECT rowid FROM search_norm WHERE search_norm MATCH :m ORDER BY rank LIMIT 50",
    "tri": "SELECT rowid FROM search_tri WHERE search_tri MATCH :m ORDER BY rank LIMIT 50",
}
#: The documents' texts, read as the index stores them (own body, or its source row's).
FETCH_SQL = ("SELECT d.id, d.doc_id, d.kind,"
             " CASE WHEN d.source_id IS NULL THEN d.body ELSE s.body END"
             " FROM search_doc d LEFT JOIN search_source s ON s.id = d.source_id"
             " WHERE d.id IN ({})")


def open_engine(path: Path, key_hex: str) -> Engine:
    def connect() -> sqlcipher3.Connection:
        return sqlcipher3.connect(str(path), check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlcipher3.Connection, _record: object) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        for pragma in PRAGMAS:
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    return engine


def build(engine: Engine, docs: list[tuple[str, str]]) -> dict[str, float]:
    kinds = ("transcript", "memo", "theme")
    start = time.perf_counter()
    for batch in range(0, len(docs), 500):
        with engine.begin() as conn:
            if batch == 0:
                create_schema(conn)
            for i, (doc_id, body) in enumerate(docs[batch : batch + 500], batch):
                index_document(conn, doc_id, kinds[0] if i % 10 else kinds[1], body)
    seconds = time.perf_counter() - start
    size = sum(len(body.encode()) for _, body in docs)
    return {"docs_per_s": len(docs) / seconds, "mb_per_s": size / seconds / 1e6, "s": seconds}


def raw_match(query: str, table: str) -> str:
    """The FTS5 expression Fieldvault runs for ``query``: the query's clauses with known
    place names expanded to all their forms (so both sides do the same FTS work)."""
    clauses = places().expand(parse(query))
    if table == "tri":
        return " AND ".join(str(c.trigram_expr()) for c in clauses)
    return " AND ".join(f"({c.norm_expr()})" for c in clauses)


def raw_query(conn: Connection, sql: str, match: str) -> int:
    ids = [row[0] for row in conn.execute(text(sql), {"m": match})]
    if ids:
        fetch = FETCH_SQL.format(",".join(str(int(i)) for i in ids))
        conn.execute(text(fetch)).all()
    return len(ids)


def timed_pair(
    ours: Callable[[], Any], raw: Callable[[], Any], reps: int
) -> tuple[list[float], list[float], Any, Any]:
    """Time both callables ``reps`` times, interleaved (alternating which goes first) so
    that background load hits both alike."""
    results = [ours(), raw()]
    times: list[list[float]] = [[], []]
    for rep in range(reps):
        order = (0, 1) if rep % 2 == 0 else (1, 0)
        for which in order:
            start = time.perf_counter()
            results[which] = (ours, raw)[which]()
            times[which].append((time.perf_counter() - start) * 1000)
    return times[0], times[1], results[0], results[1]


def shown(hits: list[Any]) -> list[Any]:
    for hit in hits[:PAGE]:
        hit.snippet_matches  # noqa: B018 (computes the excerpt)
    return hits


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def measure(conn: Connection, reps: int) -> list[dict[str, Any]]:
    rows = []
    for label, query, table in QUERIES:
        match = raw_match(query, table)
        ours, raw, hits, raw_count = timed_pair(
            lambda q=query: shown(search(conn, q, equivalents=places())),
            lambda m=match, t=table: raw_query(conn, RAW_SQL[t], m),
            reps,
        )
        rows.append({
            "label": label, "query": query, "hits": len(hits), "raw_hits": raw_count,
            "p50_ms": pct(ours, 50), "p95_ms": pct(ours, 95),
            "raw_p50_ms": pct(raw, 50), "raw_p95_ms": pct(raw, 95),
        })
        rows[-1]["ratio_p50"] = rows[-1]["p50_ms"] / rows[-1]["raw_p50_ms"]
        rows[-1]["ratio_p95"] = rows[-1]["p95_ms"] / rows[-1]["raw_p95_ms"]
    return rows


def run(size: int, seed: int, reps: int) -> dict[str, Any]:
    docs = make_corpus(size, seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        engine = open_engine(path, os.urandom(32).hex())
        index = build(engine, docs)
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            queries = measure(conn, reps)
        engine.dispose()
        index["db_mb"] = path.stat().st_size / 1e6
    return {"docs": size, "index": index, "queries": queries}


def print_table(result: dict[str, Any]) -> None:
    idx = result["index"]
    print(f"\n{result['docs']} docs: index {idx['docs_per_s']:.0f} docs/s "
          f"({idx['mb_per_s']:.2f} MB/s UTF-8), db {idx['db_mb']:.1f} MB")
    print(f"{'query':<26}{'hits':>5}{'p50':>8}{'p95':>8}{'raw p50':>9}{'raw p95':>9}"
          f"{'x p50':>7}{'x p95':>7}")
    for q in result["queries"]:
        print(f"{q['label']:<26}{q['hits']:>5}{q['p50_ms']:>8.2f}{q['p95_ms']:>8.2f}"
              f"{q['raw_p50_ms']:>9.2f}{q['raw_p95_ms']:>9.2f}{q['ratio_p50']:>7.2f}"
              f"{q['ratio_p95']:>7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reps", type=int, default=60)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    results = [run(size, args.seed, args.reps) for size in args.sizes]
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        for result in results:
            print_table(result)


if __name__ == "__main__":
    main()
