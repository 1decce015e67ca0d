"""Vault-session costs against baselines measured in the same run.

    python bench/session_bench.py [--reps 30] [--cases 150]

1. Keeping drafts at lock (``vault.drafts.keep``: a place, a memo and a 20 kB transcript
   edit, one audited write) against adding that memo (``vault.memos.add``, one audited
   write), and reading them back against reading the case's memos.
2. Naming a recovery-code typo (about 1,100 checksum trials) against parsing a correct code,
   and against one Argon2id derivation at the minimum cost (what a wrong guess costs anyway).
3. Cancelling a backup a quarter of the way in: time until ``Cancelled`` against the full
   backup of the same vault (``--cases`` interviews of ~80 kB).

Medians over ``--reps``; ratio = measured / baseline. A throwaway vault in the temp folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fieldvault.core.progress import Cancelled
from fieldvault.core.records.cases import CaseInput
from fieldvault.core.records.drafts import DraftNote
from fieldvault.core.store import keyslots
from fieldvault.core.vault import Vault

PASSPHRASE = "benchmark passphrase"
FAST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)


def median_seconds(job: Callable[[], object], reps: int) -> float:
    times = []
    for _ in range(reps):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def line(name: str, ours: float, base: float, base_name: str) -> None:
    print(f"{name:<34} {ours * 1000:9.3f} ms   {base_name:<26} {base * 1000:9.3f} ms   "
          f"ratio {ours / base:6.2f}")


def drafts(vault: Vault, reps: int) -> None:
    vault.cases.create(CaseInput("Bench", "Words. " * 3000, ["en"], code="C-0001"))
    memo = "A memo about the quota and who kept the passports. " * 4
    notes = [DraftNote("place", "C-0001", cursor=10, scroll=3),
             DraftNote("memo", "C-0001", memo, target_kind="case", target_id="C-0001"),
             DraftNote("transcript", "C-0001", "Edited words. " * 1500, base_version=1)]
    keep = median_seconds(lambda: vault.drafts.keep(notes), reps)
    add = median_seconds(lambda: vault.memos.add("case", "C-0001", memo), reps)
    line("drafts.keep (3 notes, 20 kB)", keep, add, "memos.add (1 memo)")
    kept = median_seconds(vault.drafts.kept, reps)
    read = median_seconds(lambda: vault.memos.for_target("case", "C-0001"), reps)
    line("drafts.kept", kept, read, f"memos.for_target ({reps} memos)")


def typos(reps: int) -> None:
    code = keyslots.new_recovery_code()
    typo = code[:7] + ("7" if code[7] != "7" else "8") + code[8:]

    def parse_typo() -> None:
        try:
            keyslots.parse_recovery_code(typo)
        except keyslots.RecoveryCodeTypo:
            pass

    named = median_seconds(parse_typo, reps)
    plain = median_seconds(lambda: keyslots.parse_recovery_code(code), reps)
    line("recovery typo named", named, plain, "correct code parsed")
    params = {"salt": keyslots._b64e(b"s" * 16), "memory_kib": FAST.memory_kib,
              "iterations": FAST.iterations, "lanes": FAST.lanes}
    kdf = median_seconds(lambda: keyslots.derive_passphrase_kek("x" * 12, params), 5)
    line("recovery typo named", named, kdf, "Argon2id at minimum cost")


def backup_cancel(vault: Vault, cases: int, folder: Path) -> None:
    text = "Words of a long interview about quotas and passports. " * 1500
    for number in range(cases):
        vault.cases.create(CaseInput(f"Case {number}", f"{text}{number}", ["en"]))
    size = (vault.path / "vault.db").stat().st_size / 1e6
    full = median_seconds(lambda: shutil.rmtree(vault.backup(folder)), 3)
    stops = []
    for _ in range(3):
        started = time.perf_counter()
        try:
            vault.backup(folder, lambda s=started: time.perf_counter() - s > full / 4)
        except Cancelled:
            stops.append(time.perf_counter() - started)
        assert not any(folder.iterdir()), "a cancelled backup left files"
    line(f"backup cancelled at 25% ({size:.0f} MB)", statistics.median(stops), full,
         "full backup")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--cases", type=int, default=150)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()}, {os.cpu_count()} CPUs")
    keyslots.calibrate = lambda *_a, **_k: FAST  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        vault, _code = Vault.create(Path(tmp) / "bench", PASSPHRASE, cost=FAST)
        try:
            drafts(vault, args.reps)
            typos(args.reps)
            backups = Path(tmp) / "backups"
            backups.mkdir()
            backup_cancel(vault, args.cases, backups)
        finally:
            vault.lock()
    print(f"load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
