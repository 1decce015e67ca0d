"""REFI-QDA import on decomposed Hangul: time at 1x and 4x the text, old rule against new.

Run: ``.venv/bin/python bench/refi_positions_bench.py [KB]`` (default 13 KB of source text,
a three-character selection every five characters, as a dense coding or an attacker
writes). Prints, per size, the seconds for

* the old position rule (``len(normalise_text(raw[:p]))`` per selection, as before),
* the new one-pass :class:`PositionMap`,
* a whole ``read_qdpx`` of a project holding that source,

and the 4x/1x ratios: linear work gives about 4, quadratic about 16.
"""

from __future__ import annotations

import sys
import tempfile
import time
import unicodedata
import uuid
import zipfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parents[1] / "desktop")]

from fieldvault.core.records.cases import normalise_text  # noqa: E402
from fieldvault.core.refi.positions import PositionMap  # noqa: E402
from fieldvault.core.refi.reader import read_qdpx  # noqa: E402

SENTENCE = unicodedata.normalize("NFD", "답: 감독이 매일 왔다. 작업반장은 계획을 말했다. ")


def source_text(kilobytes: int) -> str:
    repeats = kilobytes * 1024 // len(SENTENCE.encode("utf-8")) + 1
    return SENTENCE * repeats


def selections(raw: str) -> list[tuple[int, int]]:
    return [(p, p + 3) for p in range(0, len(raw) - 3, 5)]


def old_rule(raw: str, spans: list[tuple[int, int]]) -> None:
    for start, end in spans:
        len(normalise_text(raw[:start]))
        len(normalise_text(raw[:end]))


def new_rule(raw: str, spans: list[tuple[int, int]]) -> None:
    positions = PositionMap(raw)
    for start, end in spans:
        positions(start)
        positions(end)


def project(raw: str, folder: Path) -> Path:
    user, code, source = (str(uuid.UUID(int=n)) for n in (1, 2, 3))
    marks = "".join(
        f'<PlainTextSelection guid="{uuid.UUID(int=1000 + i)}" startPosition="{s}" '
        f'endPosition="{e}"><Coding guid="{uuid.UUID(int=900000 + i)}">'
        f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
        for i, (s, e) in enumerate(selections(raw)))
    qde = (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
           f'name="bench" origin="bench"><Users><User guid="{user}" name="a"/></Users>'
           f'<CodeBook><Codes><Code guid="{code}" name="Q" isCodable="true"/></Codes>'
           f'</CodeBook><Sources><TextSource guid="{source}" name="s.txt" '
           f'plainTextPath="internal://{source}.txt">{marks}</TextSource></Sources></Project>')
    path = folder / f"bench-{len(raw)}.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", qde)
        archive.writestr(f"sources/{source}.txt", raw.encode("utf-8"))
    return path


def timed(job: object, *args: object) -> float:
    start = time.perf_counter()
    job(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    kilobytes = int(sys.argv[1]) if len(sys.argv) > 1 else 13
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        read_qdpx(project(source_text(1), Path(tmp)))  # warm-up: imports, Unicode tables
        for factor in (1, 4):
            raw = source_text(kilobytes * factor)
            spans = selections(raw)
            rows[factor] = (timed(old_rule, raw, spans), timed(new_rule, raw, spans),
                            timed(read_qdpx, project(raw, Path(tmp))))
            print(f"{kilobytes * factor:>4} KB, {len(spans):>4} selections: old rule "
                  f"{rows[factor][0]:.3f} s, new map {rows[factor][1]:.3f} s, read_qdpx "
                  f"{rows[factor][2]:.3f} s")
    names = ("old rule", "new map", "read_qdpx")
    print("4x/1x ratio: " + ", ".join(f"{n} {rows[4][i] / rows[1][i]:.1f}"
                                      for i, n in enumerate(names)))


if __name__ == "__main__":
    main()
