"""Where the time of deleting and purging cases goes, on a big vault.

    python bench/purge_bench.py [--cases 10000] [--batch 200] [--runs 2] [--json]

Builds a vault of ``--cases`` synthetic interviews once (kept at ``--vault``), then, each
run on a fresh copy of it: deletes ``--batch`` cases in one write (what a purge does:
``cases.delete_many``) and scrubs the files (``vault.scrub()``: checkpoint, VACUUM,
checkpoint), then deletes one more case alone. Each step is split into its parts by
timing wrappers around the functions that do them: the FTS5 delete markers or secure
deletes (``search.index._fts_delete``), the index merge (``search.index.optimise``), the
WAL checkpoints, and the rest (SQL on the case rows, the audit entry, the commit).
Beside them, the floor any trace-free purge pays whatever the batch: one merge of the
search indexes and one rewrite of every page (``rewrite_floor_s``, an encrypted copy of the
scrubbed file); ``floor_ms_per_case`` is that sum over the batch.
Figures are medians over ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from fieldvault.core.records.importer import import_jsonl  # noqa: E402
from fieldvault.core.search import index as fts  # noqa: E402
from fieldvault.core.store import connection, keyslots  # noqa: E402
from fieldvault.core.vault import Passphrase, Vault  # noqa: E402
from vault_bench import write_records  # noqa: E402

PASSPHRASE = "purge bench passphrase"
COST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
TIMED = ((fts, "_fts_delete"), (fts, "optimise"), (connection, "checkpoint"))


@contextmanager
def timed_parts() -> Iterator[dict[str, float]]:
    """Seconds spent inside each function of :data:`TIMED` (looked up by name at call
    time, so the wrappers see every call); missing functions are skipped."""
    spent: dict[str, float] = defaultdict(float)
    saved = []
    for module, name in TIMED:
        real = getattr(module, name, None)
        if real is None:
            continue
        saved.append((module, name, real))
        setattr(module, name, _timing(real, name, spent))
    try:
        yield spent
    finally:
        for module, name, real in saved:
            setattr(module, name, real)


def _timing(real: Callable[..., Any], name: str, spent: dict[str, float]
            ) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - started
    return wrapper


def build(path: Path, cases: int) -> None:
    vault, _code = Vault.create(path, PASSPHRASE, owner="bench", cost=COST)
    try:
        themes = [n.theme.id for n in vault.codebook.tree() if n.depth > 0]
        with tempfile.TemporaryDirectory() as scratch:
            records = Path(scratch) / "records.jsonl"
            write_records(records, cases, 3, themes)
            import_jsonl(vault, records)
        vault.checkpoint()
    finally:
        vault.lock()


def one_run(source: Path, batch: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / source.name
        shutil.copytree(source, path)
        vault = Vault.open(path, Passphrase(PASSPHRASE))
        try:
            codes = [c.code for c in vault.cases.summaries()]  # (old code has no table())
            out: dict[str, float] = {"db_mb": (path / "vault.db").stat().st_size / 1e6}
            with timed_parts() as spent:
                started = time.perf_counter()
                vault.cases.delete_many(list(codes[:batch]))
                out["batch_write_s"] = time.perf_counter() - started
            out["batch_fts_markers_s"] = spent["_fts_delete"]
            out["batch_merge_s"] = spent["optimise"]
            with timed_parts() as spent:
                started = time.perf_counter()
                vault.scrub()
                out["scrub_s"] = time.perf_counter() - started
            out["scrub_checkpoints_s"] = spent["checkpoint"]
            out["scrub_vacuum_s"] = out["scrub_s"] - spent["checkpoint"]
            out["rewrite_floor_s"] = rewrite_floor(vault, Path(scratch) / "copy.db")
            with timed_parts() as spent:
                started = time.perf_counter()
                vault.cases.delete(codes[-1])
                out["one_write_ms"] = (time.perf_counter() - started) * 1000
            out["one_fts_secure_delete_ms"] = spent["_fts_delete"] * 1000
        finally:
            vault.lock()
    out["batch_ms_per_case"] = (out["batch_write_s"] + out["scrub_s"]) * 1000 / batch
    out["floor_ms_per_case"] = (out["batch_merge_s"] + out["rewrite_floor_s"]) * 1000 / batch
    return out


def rewrite_floor(vault: Vault, target: Path) -> float:
    """Seconds to write the scrubbed database once more into a new encrypted file
    (``sqlcipher_export``: every page read, decrypted, encrypted and written once): what
    any rewrite that leaves no old bytes in pages must pay at least; the scrub's VACUUM
    does this twice (into a temporary copy and back)."""
    conn = vault.raw_connection()
    try:
        started = time.perf_counter()
        connection.export_copy(conn, target, vault.data_key)
        return time.perf_counter() - started
    finally:
        conn.close()
        target.unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser(description="where delete and purge time goes")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--vault", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    source = options.vault or Path(tempfile.gettempdir()) / (
        f"fieldvault-purge-{options.cases}.fieldvault")
    if not source.exists():
        build(source, options.cases)
    runs = [one_run(source, options.batch) for _ in range(options.runs)]
    report = {"cases": options.cases, "batch": options.batch, "runs": options.runs,
              **{k: round(statistics.median(r[k] for r in runs), 3) for k in runs[0]}}
    if options.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:<28} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
