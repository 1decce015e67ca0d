"""Vault benchmark: import rate, search latency beside raw SQLCipher, unlock time, memory.

    python bench/vault_bench.py --sizes 1000 10000 [--json]

For each size a fresh vault is created with the real calibrated Argon2id cost, a seeded
synthetic corpus (bench/corpus.py, ~2,500 characters per interview, EN/KO/RU, 3-6 codings
each) is imported through the JSON Lines importer, then every query runs through
``vault.search.query`` (the full service: FTS, case codes, and the highlighted snippets of
the first ``PAGE`` hits, the rows a results table shows; the others are computed when
scrolled to) and, as the baseline in the same process, as the bare FTS5 statement on a raw
connection to the same database.
Figures are medians (p50) and p95 over ``--reps`` runs; ratios are ours / raw.

Memory: ``peak_rss_mb`` is the process's peak over the whole run (it includes the 256 MiB
of each calibrated key derivation); ``import_peak_rss_mb`` is the peak while importing (the
high-water mark is reset just before, Linux only) and ``open_rss_mb`` the resident size
with the vault open after the queries. ``db_mb`` is the database
file after the import (``db_per_text``: over ``text_mb``, the UTF-8 bytes of the transcripts;
``stored_mb``: what the FTS indexes and the stored texts hold, see ``STORED``).
Then a tenth of the cases are deleted in one write
(``delete_ms_per_case``), one more case alone (``delete_one_ms``), and the files scrubbed
(``scrub_s``, checkpoint + VACUUM: what a purge adds once, whatever its size).

``--vault FOLDER`` measures the queries only, on a vault kept in FOLDER (one per size,
built there with the same records on first use, never modified afterwards): to compare
two versions of the search code on the very same vault, run the same command with each
version first on ``PYTHONPATH``. ``--driver-baseline`` also times ours beside the raw
statements run by the database driver itself (``raw_driver_*``, ``ratio_driver_*``): the
raw baseline goes through SQLAlchemy, whose handling of its two statements the search
itself no longer pays.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from sqlalchemy import text  # noqa: E402

from corpus import make_corpus  # noqa: E402
from fieldvault.core.records.importer import import_jsonl  # noqa: E402
from fieldvault.core.vault import Passphrase, Vault  # noqa: E402
from search_bench import (  # noqa: E402
    FETCH_SQL,
    PAGE,
    QUERIES,
    RAW_SQL,
    raw_match,
    raw_query,
    timed_pair,
)

PASSPHRASE = "benchmark passphrase"


#: What the main structures hold, in bytes of payload (b-tree overhead and free space in
#: pages not counted): the FTS index blocks and the stored texts.
STORED = {
    "trigram_index": "SELECT sum(length(block)) FROM search_tri_data",
    "word_index": "SELECT sum(length(block)) FROM search_norm_data",
    "search_doc_body": "SELECT sum(length(CAST(body AS BLOB))) FROM search_doc",
    "transcripts_text": "SELECT sum(length(CAST(text AS BLOB))) FROM transcripts",
}


def write_records(path: Path, size: int, seed: int, themes: list[str]) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for number, (_doc, body) in enumerate(make_corpus(size, seed)):
            body = "[FICTIONAL] " + body
            codings = []
            for _ in range(rng.randint(3, 6)):
                start = rng.randrange(0, len(body) - 200)
                codings.append({"theme": rng.choice(themes), "start": start,
                                "end": start + rng.randint(20, 200)})
            record = {"title": f"Synthetic {number}", "languages": ["en", "ko", "ru"],
                      "interview_date": "2015-06-01", "interviewer": "bench",
                      "attributes": {"sector": rng.choice(["construction", "logging"])},
                      "transcript": body, "codings": codings}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def shown(hits: list[Any]) -> list[Any]:
    """What the results table reads: every hit's kind and case, the first PAGE snippets."""
    for hit in hits[:PAGE]:
        hit.snippet_matches  # noqa: B018 (computes the excerpt)
    return hits


def measure_queries(vault: Vault, reps: int, driver: bool = False) -> list[dict[str, Any]]:
    """Ours and the raw FTS5 statement, interleaved so background load hits both alike.

    With ``driver``, ours is also timed beside the same raw statements run by the database
    driver itself (``raw_driver_*``, ``ratio_driver_*``): the raw baseline above pays
    SQLAlchemy's handling of its two statements, which the search no longer does."""
    rows = []
    for label, query, table in QUERIES:
        match = raw_match(query, table)
        with vault.engine.connect() as conn:
            ours, raw, hits, raw_hits = timed_pair(
                lambda q=query: shown(vault.search.query(q)),
                lambda m=match, t=table, c=conn: raw_query(c, RAW_SQL[t], m), reps)
            row = {"label": label, "query": query, "hits": len(hits), "raw_hits": raw_hits,
                   "p50_ms": pct(ours, 50), "p95_ms": pct(ours, 95),
                   "raw_p50_ms": pct(raw, 50), "raw_p95_ms": pct(raw, 95),
                   "ratio_p50": pct(ours, 50) / pct(raw, 50),
                   "ratio_p95": pct(ours, 95) / pct(raw, 95)}
            if driver:
                row |= driver_figures(vault, conn, query, RAW_SQL[table], match, reps)
        rows.append(row)
    return rows


def driver_figures(vault: Vault, conn: Any, query: str, sql: str, match: str,
                   reps: int) -> dict[str, float]:
    """Ours beside the raw statements run through the driver, interleaved likewise."""
    conn.execute(text("SELECT 1"))  # the raw side reads inside one transaction, as above
    driver = conn.connection.driver_connection

    def raw_driver() -> int:
        ids = [row[0] for row in driver.execute(sql.replace(":m", "?"), (match,))]
        if ids:
            driver.execute(FETCH_SQL.format(",".join(str(int(i)) for i in ids))).fetchall()
        return len(ids)

    ours, raw, _hits, _count = timed_pair(lambda: shown(vault.search.query(query)),
                                          raw_driver, reps)
    return {"raw_driver_p50_ms": pct(raw, 50), "raw_driver_p95_ms": pct(raw, 95),
            "ratio_driver_p50": pct(ours, 50) / pct(raw, 50),
            "ratio_driver_p95": pct(ours, 95) / pct(raw, 95)}


def measure_unlock(path: Path, runs: int = 5) -> dict[str, float]:
    kdf, rest = [], []
    for _ in range(runs):
        vault = Vault.open(path, Passphrase(PASSPHRASE))
        kdf.append(vault.timings["key_derivation"] * 1000)
        rest.append(vault.timings["rest"] * 1000)
        vault.lock()
    return {"kdf_ms": statistics.median(kdf), "rest_ms": statistics.median(rest)}


def _status_mb(field: str) -> float | None:
    """VmHWM / VmRSS of this process in MB, None where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def measure_deletes(path: Path) -> dict[str, float]:
    vault = Vault.open(path, Passphrase(PASSPHRASE))
    codes = [c.code for c in vault.cases.summaries()]
    batch = codes[: max(1, len(codes) // 10)]
    start = time.perf_counter()
    vault.cases.delete_many(batch)
    batch_s = time.perf_counter() - start
    start = time.perf_counter()
    vault.cases.delete(codes[-1])
    one_s = time.perf_counter() - start
    start = time.perf_counter()
    vault.scrub()
    scrub_s = time.perf_counter() - start
    vault.lock()
    return {"deleted": len(batch), "delete_ms_per_case": batch_s * 1000 / len(batch),
            "delete_one_ms": one_s * 1000, "scrub_s": scrub_s}


def run(size: int, seed: int, reps: int, workers: int | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder) / "bench", PASSPHRASE)
        themes = [n.theme.id for n in vault.codebook.tree() if n.depth > 0]
        records = Path(folder) / "records.jsonl"
        write_records(records, size, seed, themes)
        _reset_peak()
        start = time.perf_counter()
        import_jsonl(vault, records, workers=workers)
        seconds = time.perf_counter() - start
        import_peak = _status_mb("VmHWM")
        with vault.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        queries = measure_queries(vault, reps)
        open_rss = _status_mb("VmRSS")
        with vault.engine.connect() as conn:  # after open_rss: this reads every page once
            text_mb = conn.execute(text(
                "SELECT sum(length(CAST(text AS BLOB))) FROM transcripts")).scalar_one() / 1e6
            stored_mb = {name: (conn.execute(text(sql)).scalar_one() or 0) / 1e6
                         for name, sql in STORED.items()}
        path = vault.path
        vault.lock()
        unlock = measure_unlock(path)
        db_mb = (path / "vault.db").stat().st_size / 1e6
        deletes = measure_deletes(path)
    return {"interviews": size, "import_per_s": size / seconds, "import_s": seconds,
            "db_mb": db_mb, "text_mb": text_mb, "db_per_text": db_mb / text_mb,
            "stored_mb": stored_mb,
            "queries": queries, "unlock": unlock,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "import_peak_rss_mb": import_peak, "open_rss_mb": open_rss, **deletes}


def run_queries_only(size: int, seed: int, reps: int, folder: Path,
                     workers: int | None = None, driver: bool = False) -> dict[str, Any]:
    """The query figures alone, on the vault kept in ``folder`` (built on first use)."""
    path = folder / f"bench-{size}-{seed}.fieldvault"
    if not path.exists():
        build_kept(path, size, seed, workers)
    vault = Vault.open(path, Passphrase(PASSPHRASE))
    try:
        return {"interviews": size, "queries": measure_queries(vault, reps, driver)}
    finally:
        vault.lock()


def build_kept(path: Path, size: int, seed: int, workers: int | None) -> None:
    """Create and fill the vault at ``path``; it appears there only once complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as folder:
        vault, _code = Vault.create(Path(folder) / "bench", PASSPHRASE)
        themes = [n.theme.id for n in vault.codebook.tree() if n.depth > 0]
        records = Path(folder) / "records.jsonl"
        write_records(records, size, seed, themes)
        import_jsonl(vault, records, workers=workers)
        with vault.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        built = vault.path
        vault.lock()
        built.rename(path)


def print_queries(result: dict[str, Any]) -> None:
    print(f"{'query':<26}{'hits':>6}{'p50':>9}{'p95':>9}{'raw p50':>9}{'raw p95':>9}"
          f"{'x p50':>7}{'x p95':>7}")
    for q in result["queries"]:
        print(f"{q['label']:<26}{q['hits']:>6}{q['p50_ms']:>8.1f}m{q['p95_ms']:>8.1f}m"
              f"{q['raw_p50_ms']:>8.1f}m{q['raw_p95_ms']:>8.1f}m{q['ratio_p50']:>7.2f}"
              f"{q['ratio_p95']:>7.2f}" + (f"  (driver baseline x p95 {q['ratio_driver_p95']:.2f})"
                                          if "ratio_driver_p95" in q else ""))


def print_result(result: dict[str, Any]) -> None:
    print(f"\n== {result['interviews']} interviews: import {result['import_per_s']:.0f}/s "
          f"({result['import_s']:.1f} s), database {result['db_mb']:.0f} MB "
          f"({result['db_per_text']:.2f}x the {result['text_mb']:.0f} MB of UTF-8 text), "
          f"peak RSS {result['peak_rss_mb']:.0f} MB (importing "
          f"{result['import_peak_rss_mb'] or 0:.0f} MB, open {result['open_rss_mb'] or 0:.0f} MB)")
    print(f"delete: {result['deleted']} cases in one write {result['delete_ms_per_case']:.1f} "
          f"ms/case, one case {result['delete_one_ms']:.0f} ms, scrub {result['scrub_s']:.1f} s")
    print("stored: " + ", ".join(f"{k} {v:.1f} MB" for k, v in result["stored_mb"].items()))
    unlock = result["unlock"]
    print(f"unlock: key derivation {unlock['kdf_ms']:.0f} ms + rest {unlock['rest_ms']:.0f} ms"
          " (medians of 5)")
    print_queries(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reps", type=int, default=40)
    parser.add_argument("--workers", type=int, default=None,
                        help="import worker processes (default: by file size and cores)")
    parser.add_argument("--vault", type=Path, default=None, metavar="FOLDER",
                        help="queries only, on vaults kept in FOLDER (built on first use)")
    parser.add_argument("--driver-baseline", action="store_true",
                        help="with --vault: also time ours beside the raw statements run by "
                             "the database driver (raw_driver_*, ratio_driver_*)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.vault is not None:
        results = [run_queries_only(size, args.seed, args.reps, args.vault, args.workers,
                                    args.driver_baseline) for size in args.sizes]
    else:
        results = [run(size, args.seed, args.reps, args.workers) for size in args.sizes]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for result in results:
            (print_result if args.vault is None else print_queries)(result)


if __name__ == "__main__":
    main()
