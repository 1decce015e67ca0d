"""Detector throughput on the demo interviews: this tree against a baseline tree, same run.

Each round runs one subprocess per tree (models loaded and warmed first, then timed), the
trees alternating so machine load falls on both alike. Reported: characters per CPU-second
of ``Detector.detect`` (process time) and the ratio current / baseline (median of rounds).

    python bench/pii_speed.py --baseline /work/main/desktop [--rounds 3] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CURRENT = HERE.parent / "desktop"
CHILD = """
import json, sys, time
try:
    from fieldvault.core.records import seeds
except ImportError:
    from fieldvault.core import seeds
from fieldvault.core.privacy import Detector
texts = [r["transcript"] for r in seeds.demo_records()]
det = Detector()
for t in texts:
    det.detect(t)
repeat = int(sys.argv[1])
cpu = time.process_time()
for _ in range(repeat):
    for t in texts:
        det.detect(t)
used = time.process_time() - cpu
print(json.dumps({"chars": repeat * sum(map(len, texts)), "cpu": used}))
"""


def measure(tree: Path, repeat: int) -> float:
    """Characters per CPU-second of detection with ``tree`` first on the import path."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(repeat)],
        env={**os.environ, "PYTHONPATH": str(tree), "OMP_NUM_THREADS": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    row = json.loads(out.stdout.strip().splitlines()[-1])
    return float(row["chars"]) / max(float(row["cpu"]), 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser(description="Detector throughput vs a baseline tree")
    ap.add_argument("--baseline", type=Path, required=True, help="a desktop/ directory")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    base: list[float] = []
    cur: list[float] = []
    for _ in range(args.rounds):
        base.append(measure(args.baseline, args.repeat))
        cur.append(measure(CURRENT, args.repeat))
    b, c = statistics.median(base), statistics.median(cur)
    print(f"baseline {args.baseline}: {b:,.0f} chars/CPU-s  (rounds {[round(x) for x in base]})")
    print(f"current  {CURRENT}: {c:,.0f} chars/CPU-s  (rounds {[round(x) for x in cur]})")
    print(f"ratio current/baseline: {c / b:.3f}")


if __name__ == "__main__":
    main()
