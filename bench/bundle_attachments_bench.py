"""Bundles with attachments: export and import of one case carrying a recording.

    python bench/bundle_attachments_bench.py [--mb 50] [--runs 3] [--json]

Two real vaults (key derivation at the 64 MiB minimum: not what is measured). A WAV of
``--mb`` MB of seeded noise is attached to one case (baseline: ``attachments.add``, which
strips and seals it once), then sent as a bundle and imported (the receiver seals it under
its own key). Figures are medians over ``--runs`` fresh pairs; ratios are against the
baseline of the same run. Peak resident memory is reported per step (Linux: the peak is reset
before each step through /proc/self/clear_refs and read from VmHWM), with the process's
resident size before the step for scale: export and import stream the recording chunk by
chunk (envelope.seal_to / open_stream), so their peaks should not grow with ``--mb``.
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
import wave
from pathlib import Path
from typing import Any

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Vault, keyslots

COST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)


def make(folder: Path, name: str, role: str) -> Vault:
    vault, _code = Vault.create(folder / name, "benchmark passphrase", owner=name, cost=COST)
    vault.members.update_self(role=role)
    return vault


def recording(path: Path, megabytes: int, seed: int) -> Path:
    rng = random.Random(seed)
    block = rng.randbytes(1 << 20)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(44_100)
        for _ in range(megabytes):
            out.writeframes(block)
    return path


def one_run(megabytes: int, seed: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="fv-bundle-att-") as scratch:
        folder = Path(scratch)
        ira, sam = make(folder, "ira", "interviewer"), make(folder, "sam", "supervisor")
        for vault, other in ((ira, sam), (sam, ira)):
            vault.members.add(other.members.me().text)
        case = ira.cases.create(CaseInput("Bench", "[FICTIONAL] text", ["en"],
                                          interviewer="ira"))
        source = recording(folder / "talk.wav", megabytes, seed)
        figures: dict[str, float] = {"rss_before_mb": _rss("VmRSS")}
        figures.update(_step("add", lambda: ira.attachments.add(case.code, source)))
        out = folder / "b.fvbundle"
        figures.update(_step("export", lambda: ira.bundles.export(["sam"], [case.code], out)))
        figures.update(_step("import", lambda: sam.bundles.import_file(out)))
        figures["bundle_mb"] = out.stat().st_size / 1e6
        ira.lock()
        sam.lock()
        return figures


def _step(name: str, work: Any) -> dict[str, float]:
    """Seconds and peak resident MB of one step."""
    _reset_peak()
    start = time.perf_counter()
    work()
    return {f"{name}_s": time.perf_counter() - start, f"{name}_peak_mb": _rss("VmHWM")}


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass  # not Linux: the figures are the process's peak so far


def _rss(field: str) -> float:
    """VmRSS / VmHWM of this process in MB (0 where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    runs = [one_run(options.mb, options.seed + n) for n in range(options.runs)]
    result = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    result["export_vs_add"] = result["export_s"] / result["add_s"]
    result["import_vs_add"] = result["import_s"] / result["add_s"]
    result["export_peak_vs_add"] = result["export_peak_mb"] / result["add_peak_mb"]
    result["import_peak_vs_add"] = result["import_peak_mb"] / result["add_peak_mb"]
    result["process_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if options.json:
        json.dump(result, sys.stdout, indent=2)
        print()
        return
    print(f"{options.mb} MB recording, median of {options.runs} runs:")
    for key, value in result.items():
        print(f"  {key:15} {value:8.2f}")


if __name__ == "__main__":
    main()
