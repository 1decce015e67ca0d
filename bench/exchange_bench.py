"""Exchange benchmark: bundle export/import, agreement and purge between two real vaults.

    python bench/exchange_bench.py --cases 200 [--runs 3] [--json]

An interviewer vault gets the demo interviews plus ``--cases`` synthetic ones (about 2,500
characters, 3-6 codings each, bench/corpus.py); its cases are submitted and sent as one
bundle to a supervisor vault, which imports it and computes agreement over every case.
Then the interviewer purges the submitted cases. Figures are medians over ``--runs`` runs,
each on fresh vaults (key derivation at the 64 MiB minimum: it is not what is measured).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from fieldvault.core.records import seeds  # noqa: E402
from fieldvault.core.records.importer import import_jsonl  # noqa: E402
from fieldvault.core.vault import (
    Vault,  # noqa: E402
    keyslots,  # noqa: E402
)
from vault_bench import write_records  # noqa: E402

COST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)


def make(folder: Path, name: str, role: str) -> Vault:
    vault, _code = Vault.create(folder / name, "benchmark passphrase", owner=name, cost=COST)
    vault.members.update_self(role=role)
    return vault


def one_run(cases: int, seed: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        field, office = make(folder, "field", "interviewer"), make(folder, "office", "supervisor")
        field.members.add(office.members.me().text, "supervisor")
        office.members.add(field.members.me().text, "interviewer")
        import_jsonl(field, seeds.DEMO_PATH)
        themes = [n.theme.id for n in field.codebook.tree() if n.depth > 0]
        write_records(folder / "synthetic.jsonl", cases, seed, themes)
        import_jsonl(field, folder / "synthetic.jsonl")
        codes = [c.code for c in field.cases.summaries()]
        for code in codes:
            field.review.move(code, "submitted")
        out = folder / "cases.fvb"
        timings = {"export_s": _time(lambda: field.bundles.export(["office"], codes, out))}
        timings["bundle_mb"] = out.stat().st_size / 1e6
        timings["import_s"] = _time(lambda: office.bundles.import_file(out))
        timings["agreement_s"] = _time(lambda: office.agreement.compute(codes))
        timings["purge_s"] = _time(lambda: field.bundles.purge(codes))
        timings["cases"] = len(codes)
        field.lock()
        office.lock()
    return timings


def _time(work: Any) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    runs = [one_run(args.cases, args.seed + n) for n in range(args.runs)]
    result = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{int(result['cases'])} cases, bundle {result['bundle_mb']:.2f} MB (medians of "
          f"{args.runs}): export {result['export_s']:.2f} s, import {result['import_s']:.2f} s, "
          f"agreement {result['agreement_s']:.2f} s, purge {result['purge_s']:.2f} s")


if __name__ == "__main__":
    main()
