"""The first co-occurrence of a fresh process, with and without the pair counter loaded first.

    python bench/analysis_first_process.py --vault PATH [--runs 3] [--mode paragraph]

The app imports the analysis service with its Analysis page and loads the array pair counter
(numpy) on a pool thread when the co-occurrence view is chosen
(``running.load_pair_counter``); this times one view from every case in fresh processes,
alternating "counter loaded first" (as in the app) and "not loaded" (the view pays for the
import). The vault is one ``bench/analysis_bench.py`` built (same passphrase).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase"


def child(vault_path: str, loaded: bool, mode: str) -> float:
    import fieldvault.core.analysis.service  # noqa: F401 - imported with the Analysis page
    from fieldvault.core.analysis.running import load_pair_counter
    from fieldvault.core.analysis.service import Filters
    from fieldvault.core.vault import Passphrase, Vault

    vault = Vault.open(Path(vault_path), Passphrase(PASSPHRASE))
    try:
        if loaded:
            load_pair_counter()
        started = time.perf_counter()
        vault.analysis.cooccur(Filters(), mode, 200 if mode == "near" else 0)  # type: ignore[arg-type]
        return (time.perf_counter() - started) * 1000
    finally:
        vault.lock()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mode", default="paragraph", choices=("overlap", "near", "paragraph"))
    parser.add_argument("--child", choices=("loaded", "cold"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(child(args.vault, args.child == "loaded", args.mode))
        return
    times: dict[str, list[float]] = {"loaded": [], "cold": []}
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "desktop"))
    for _ in range(args.runs):
        for kind in times:
            out = subprocess.run([sys.executable, __file__, "--vault", args.vault, "--mode",
                                  args.mode, "--child", kind], env=env, check=True,
                                 capture_output=True, text=True).stdout
            times[kind].append(float(out.strip().splitlines()[-1]))
    print(f"load average {os.getloadavg()[0]:.2f}; co-occurrence ({args.mode}) from every "
          f"case, first of a fresh process, medians of {args.runs}:")
    for kind, values in times.items():
        print(f"  pair counter {kind:6}  {statistics.median(values):7.1f} ms  "
              f"({', '.join(f'{v:.0f}' for v in values)})")


if __name__ == "__main__":
    main()
