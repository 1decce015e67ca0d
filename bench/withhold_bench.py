"""Cost of withholding by default, measured against a baseline in the same run.

1. Other mentions in one ~18,000-character transcript with 200 vs 15,000 withheld values in
   the vault (random Hangul and Latin values, seeded): through the trigram index
   (``ValueIndex``) and, as the baseline, one regex over every value.
2. A legal export of the 14 demo cases: never scanned (the export scans them first) against
   the same export once every case is scanned (the baseline).

    PYTHONPATH=desktop python bench/withhold_bench.py
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from fieldvault.core.export.withhold import ValueIndex, WithheldValue, _pattern, other_mentions
from fieldvault.core.records import seeds
from fieldvault.core.records.importer import import_jsonl
from fieldvault.core.store import keyslots
from fieldvault.core.vault import Passphrase, Vault

FAST = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
SECRET = "bench only, not a secret"


def synthetic(count: int, rng: random.Random) -> list[WithheldValue]:
    syllables = [chr(0xAC00 + rng.randrange(11172)) for _ in range(400)]
    out = []
    for i in range(count):
        if i % 2:
            text = "".join(rng.choice(syllables) for _ in range(3))
        else:
            text = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)).title()
        out.append(WithheldValue(text, "PERSON", "bench"))
    return out


def mentions() -> None:
    rng = random.Random(7)
    values = synthetic(15000, rng)
    words = [chr(0xAC00 + rng.randrange(11172)) * 2 if i % 2 else "word" for i in range(4000)]
    text = " ".join(words) + " " + " ".join(v.text for v in values[::500])
    for count in (200, 15000):
        index = ValueIndex(values[:count])
        began = time.perf_counter()
        found = other_mentions(text, index, [], [])
        indexed = time.perf_counter() - began
        began = time.perf_counter()
        pattern = _pattern(values[:count])
        naive = len(list(pattern.finditer(text))) if pattern else 0
        plain = time.perf_counter() - began
        print(f"other mentions, {count} values, {len(text)} chars: indexed {indexed:.3f}s "
              f"({len(found)} found), one regex {plain:.3f}s ({naive} found), "
              f"ratio {plain / indexed:.1f}x")


def export_demo() -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        vault, _code = Vault.create(folder / "v", SECRET, owner="bench", cost=FAST)
        codes = import_jsonl(vault, seeds.DEMO_PATH).cases
        vault.lock()
        shutil.copytree(folder / "v.fieldvault", folder / "w.fieldvault")
        times = []
        for name in ("v", "w"):
            with Vault.open(folder / f"{name}.fieldvault", Passphrase(SECRET)) as opened:
                if name == "w":
                    opened.privacy.ensure_scanned(codes)
                began = time.perf_counter()
                result = opened.exports.export(codes=codes, profile="legal",
                                               recipient="Legal team",
                                               out_dir=folder / f"out-{name}")
                times.append(time.perf_counter() - began)
                print(f"legal export of {len(codes)} demo cases "
                      f"({'scanned first' if name == 'v' else 'already scanned'}): "
                      f"{times[-1]:.2f}s, {result.pages} pages, "
                      f"{sum(result.withheld_by_default.values())} withheld by default")
        print(f"ratio never scanned / already scanned: {times[0] / times[1]:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    mentions()
    export_demo()
