"""Attachment benchmark: intake and read throughput against raw AES-GCM, same run.

    python bench/attachments_bench.py [--mb 200] [--reps 3] [--json]

A patterned WAV of ``--mb`` megabytes (no metadata, so stripping copies it whole) is made in
the temp folder. Measured, interleaved in one process, medians over ``--reps``:

* baselines: raw AES-256-GCM sealing and opening of the same bytes in 64 KiB chunks in
  memory (``cryptography``, what this machine's AEAD can do at best), and a plain file copy
  of the WAV (what the disk can do at best);
* ``vault.attachments.add`` (read, strip, seal, fsync, commit) of the WAV;
* a sequential read of the whole attachment through ``open(...).blocks()`` (every chunk
  authenticated), as a player or "save a copy" reads it;
* playback start: ``open`` plus the first 64 KiB, and a seek to the middle plus 64 KiB;
* 2,000 random 4 KiB reads (seeking in a player).

Ratios: throughput / the matching baseline's throughput (1.0 = as fast as the baseline).
The load average before and after is printed: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import struct
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldvault.core.attachments import stream
from fieldvault.core.records.cases import CaseInput
from fieldvault.core.store import keyslots
from fieldvault.core.vault import Vault

PASSPHRASE = "benchmark passphrase"
FAST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)


def patterned_wav(path: Path, megabytes: int) -> Path:
    size = megabytes * 1024 * 1024
    fmt = struct.pack("<HHIIHH", 1, 2, 44100, 44100 * 4, 4, 16)
    with path.open("wb") as out:
        out.write(b"RIFF" + struct.pack("<I", 36 + size) + b"WAVE")
        out.write(b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", size))
        words = 256 * 1024
        for start in range(0, size // 4, words):
            out.write(struct.pack(f"<{words}I", *range(start, start + words)))
    return path


def timed(job: Callable[[], Any]) -> float:
    started = time.perf_counter()
    job()
    return time.perf_counter() - started


def raw_seal(data: memoryview) -> None:
    aead = AESGCM(bytes(32))
    for index, start in enumerate(range(0, len(data), stream.CHUNK)):
        aead.encrypt(index.to_bytes(12, "big"), data[start:start + stream.CHUNK], b"ad")


def raw_open(sealed: list[bytes]) -> None:
    aead = AESGCM(bytes(32))
    for index, chunk in enumerate(sealed):
        aead.decrypt(index.to_bytes(12, "big"), chunk, b"ad")


def run(megabytes: int, reps: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="attach-bench-"))
    try:
        return _run(folder, megabytes, reps)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path, megabytes: int, reps: int) -> dict[str, Any]:
    load_before = os.getloadavg()
    source = patterned_wav(folder / "rec.wav", megabytes)
    data = memoryview(source.read_bytes())
    aead = AESGCM(bytes(32))
    sealed = [aead.encrypt(i.to_bytes(12, "big"), data[s:s + stream.CHUNK], b"ad")
              for i, s in enumerate(range(0, len(data), stream.CHUNK))]
    vault, _code = Vault.create(folder / "bench", PASSPHRASE, cost=FAST, codebook=False)
    case = vault.cases.create(CaseInput(title="Bench", transcript="[FICTIONAL] bench",
                                        languages=["en"])).code
    times: dict[str, list[float]] = {k: [] for k in (
        "raw_seal", "raw_open", "file_copy", "intake", "read_all", "start", "seek_start",
        "random_4k")}
    rng = random.Random(1)
    for rep in range(reps):
        _rep(vault, case, source, data, sealed, folder / f"copy{rep}.wav", rng, times)
    vault.lock()
    mb = len(data) / 1024 / 1024
    median = {k: statistics.median(v) for k, v in times.items()}
    rate = {k: mb / median[k] for k in ("raw_seal", "raw_open", "file_copy", "intake",
                                        "read_all")}
    return {
        "megabytes": round(mb, 1), "reps": reps, "cores": os.cpu_count(),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "mb_per_s": {k: round(v, 1) for k, v in rate.items()},
        "intake_vs_raw_seal": round(rate["intake"] / rate["raw_seal"], 3),
        "intake_vs_file_copy": round(rate["intake"] / rate["file_copy"], 3),
        "read_vs_raw_open": round(rate["read_all"] / rate["raw_open"], 3),
        "playback_start_ms": round(median["start"] * 1000, 2),
        "seek_to_middle_ms": round(median["seek_start"] * 1000, 2),
        "random_4k_read_us": round(median["random_4k"] / 2000 * 1e6, 1),
    }


def _rep(vault: Vault, case: str, source: Path, data: memoryview, sealed: list[bytes],
         copy: Path, rng: random.Random, times: dict[str, list[float]]) -> None:
    times["raw_seal"].append(timed(lambda: raw_seal(data)))
    times["raw_open"].append(timed(lambda: raw_open(sealed)))
    times["file_copy"].append(timed(lambda: _copy(source, copy)))
    copy.unlink()
    started = time.perf_counter()
    info = vault.attachments.add(case, source)
    times["intake"].append(time.perf_counter() - started)
    with vault.attachments.open(info.id) as reader:
        times["read_all"].append(timed(lambda: sum(len(b) for b in reader.blocks())))
    times["start"].append(timed(lambda: _first(vault, info.id, 0)))
    times["seek_start"].append(timed(lambda: _first(vault, info.id, info.size // 2)))
    offsets = [rng.randrange(0, info.size - 4096) for _ in range(2000)]
    with vault.attachments.open(info.id) as reader:
        times["random_4k"].append(timed(lambda: [reader.read(o, 4096) for o in offsets]))
    vault.attachments.delete(info.id)


def _copy(source: Path, target: Path) -> None:
    with source.open("rb") as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
        dst.flush()
        os.fsync(dst.fileno())


def _first(vault: Vault, attachment_id: str, offset: int) -> None:
    with vault.attachments.open(attachment_id) as reader:
        reader.read(offset, 64 * 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.mb, args.reps)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:22} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
