"""Timing of REFI-QDA export and import on a larger vault (not collected by pytest).

Run: ``.venv/bin/python tests/core/refi/bench_refi.py [CASES] [CODINGS_PER_CASE]``.
Builds a vault of CASES cases of about 20,000 characters with random codings, exports it,
validates the file against Project.xsd, imports it into a fresh vault, and imports it again;
then saves the export as another tool would (new GUIDs, CRLF, reordered: ``othertool.py``)
and imports that into the vault it came from, where everything must be found by content.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parents[3] / "desktop"), str(Path(__file__).parents[2])]

from defusedxml import ElementTree as SafeET  # noqa: E402

from fieldvault.core import refi  # noqa: E402
from fieldvault.core.records.cases import CaseInput  # noqa: E402
from fieldvault.core.records.codings import add_coding_in  # noqa: E402
from fieldvault.core.refi import xmlio  # noqa: E402
from fieldvault.core.store import keyslots  # noqa: E402
from fieldvault.core.vault import Vault  # noqa: E402
from vaulthelp import FAST, PASSPHRASE  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from othertool import reshape  # noqa: E402

WORDS = "quota plan brigade 여권 회사 대표 Зарплата домой посредник meeting review".split()


def build(folder: Path, cases: int, per_case: int) -> Vault:
    vault, _code = Vault.create(folder / "source", PASSPHRASE, owner="bench", cost=FAST)
    themes = [node.theme.id for node in vault.codebook.tree()]
    rnd = random.Random(1)
    with vault.write("bench.build", "cases", {}) as session:
        for number in range(cases):
            text = " ".join(rnd.choice(WORDS) for _ in range(4000))
            case, _transcript = vault.cases.add_in(session, CaseInput(
                title=f"Case {number}", transcript=text, languages=["en", "ko", "ru"],
                code=f"B-{number:04d}"))
            session.flush()
            for _ in range(per_case):
                start = rnd.randrange(0, len(text) - 200)
                add_coding_in(session, case.code, rnd.choice(themes), start,
                              start + rnd.randrange(5, 200), "coder")
    return vault


def timed(label: str, action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    print(f"{label:<22} {time.perf_counter() - started:6.2f} s")
    return result


def main(cases: int = 50, per_case: int = 60) -> None:
    keyslots.calibrate = lambda *a, **k: FAST  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        vault = build(folder, cases, per_case)
        plan = timed("prepare_export", lambda: refi.prepare_export(vault))
        target = folder / "bench.qdpx"
        timed("write_export", lambda: refi.write_export(vault, plan, target))
        print(f"{'file':<22} {target.stat().st_size / 1024:6.0f} KiB, "
              f"{plan.summary.cases} cases, {plan.summary.codings} codings")
        with zipfile.ZipFile(target) as archive:
            root = SafeET.fromstring(archive.read("project.qde"))
        if hasattr(xmlio, "take_ours"):
            xmlio.take_ours(root)  # the fv:id attributes, Fieldvault's one extension
        errors = timed("XSD validation", lambda: xmlio.errors_of(root, xmlio.PROJECT_NS))
        assert errors == [], errors
        fresh, _code = Vault.create(folder / "fresh", PASSPHRASE, owner="bench", cost=FAST)
        report = timed("import (fresh vault)", lambda: refi.import_project(fresh, target))
        print(f"{'':<22} {report.line()}")
        again = timed("import again", lambda: refi.import_project(fresh, target))
        print(f"{'':<22} {again.line()}")
        theirs = reshape(target, folder / "theirs.qdpx")
        back = timed("import new GUIDs", lambda: refi.import_project(vault, theirs, True))
        print(f"{'':<22} {back.line()}")
        vault.lock()
        fresh.lock()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
