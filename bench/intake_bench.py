"""Document intake benchmark: each reader against a plain baseline on the same bytes, same run.

    PYTHONPATH=desktop python bench/intake_bench.py [--lines 6000] [--reps 5] [--json]

One seeded interview of ``--lines`` lines (Korean, Russian and English, about 45 characters
a line) is written in every format with the test builders (tests/dochelp.py). For each
format the reader (``fieldvault.core.intake.reader.document_from_bytes``) and its
baseline run interleaved; figures are medians over ``--reps``; ratio = ours / baseline:

* .txt UTF-8: baseline ``bytes.decode("utf-8")``;
* .txt CP949 / Windows-1251 / KOI8-R (detected by scoring every candidate): baseline the
  one strict decode in the right codec, as if the encoding were known;
* .docx/.odt/.hwpx: baseline stdlib ``zipfile`` + ``xml.etree.ElementTree.fromstring`` +
  ``itertext()`` (no DTD refusal, no size bounds, no paragraph layout);
* .rtf: baseline a single ``re.sub`` stripping control words (not a correct reader);
* .pdf: baseline PDFium (pypdfium2, C++) text extraction of the same file;
* a 1 MiB zip bomb unpacking to 200 MiB: refusal time against zlib inflating 64 MiB.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

import dochelp  # noqa: E402
from fieldvault.core.errors import InputError  # noqa: E402
from fieldvault.core.intake.reader import document_from_bytes  # noqa: E402


def interview(lines: int, seed: int = 5) -> dict[str, list[str]]:
    rng = random.Random(seed)
    return {script: [rng.choice(sample) + f" ({n})" for n in range(lines)]
            for script, sample in dochelp.SCRIPTS.items()}


def timed(job: Callable[[], Any], reps: int, other: Callable[[], Any]) -> tuple[float, float]:
    ours, base = [], []
    for _ in range(reps):
        start = time.perf_counter()
        job()
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        other()
        base.append(time.perf_counter() - start)
    return statistics.median(ours), statistics.median(base)


def zip_baseline(data: bytes, part: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(ET.fromstring(archive.read(part)).itertext())


def pdfium_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            block = b" " * 2**20
            for _ in range(200):
                part.write(block)
    return out.getvalue()


def refuse(data: bytes, name: str) -> None:
    try:
        document_from_bytes(data, name)
    except InputError:
        return
    raise SystemExit("the bomb was not refused")


def cases(lines: int) -> list[tuple[str, bytes, str, Callable[[], Any]]]:
    texts = interview(lines)
    mixed = [line for trio in zip(*texts.values(), strict=True) for line in trio]
    plain = "\n".join(mixed)
    ko, ru = "\n".join(texts["ko"]), "\n".join(texts["ru"])
    made: list[tuple[str, bytes, str, Callable[[], Any]]] = []

    def add(label: str, data: bytes, name: str, base: Callable[[], Any]) -> None:
        made.append((label, data, name, base))

    utf8 = plain.encode()
    add("txt utf-8", utf8, "i.txt", lambda: utf8.decode("utf-8"))
    for label, text, codec in (("txt cp949 (detected)", ko, "cp949"),
                               ("txt windows-1251 (detected)", ru, "cp1251"),
                               ("txt koi8-r (detected)", ru, "koi8-r")):
        raw = text.encode(codec)
        add(label, raw, "i.txt", lambda raw=raw, codec=codec: raw.decode(codec))
    docx = dochelp.docx(mixed)
    add("docx", docx, "i.docx", lambda: zip_baseline(docx, "word/document.xml"))
    odt = dochelp.odt(mixed)
    add("odt", odt, "i.odt", lambda: zip_baseline(odt, "content.xml"))
    hwpx = dochelp.hwpx([mixed])
    add("hwpx", hwpx, "i.hwpx", lambda: zip_baseline(hwpx, "Contents/section0.xml"))
    rtf = dochelp.rtf_unicode(mixed)
    add("rtf", rtf, "i.rtf", lambda: re.sub(rb"\\[a-z]+-?\d* ?|[{}]", b"", rtf))
    pdf_lines = texts["en"][: max(60, lines // 20)]
    pdf = dochelp.pdf(pdf_lines, "en", pages=max(1, len(pdf_lines) // 30))
    add(f"pdf ({len(pdf_lines)} lines)", pdf, "i.pdf", lambda: pdfium_text(pdf))
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=6000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    rows = []
    for label, data, name, base in cases(options.lines):
        ours, baseline = timed(lambda data=data, name=name: document_from_bytes(data, name),
                               options.reps, base)
        size = len(document_from_bytes(data, name).text)
        rows.append({"format": label, "bytes": len(data), "characters": size,
                     "ours_ms": round(ours * 1000, 1), "baseline_ms": round(baseline * 1000, 1),
                     "ratio": round(ours / baseline, 1),
                     "chars_per_s": round(size / ours)})
    data = bomb()
    ours, baseline = timed(lambda: refuse(data, "bomb.docx"), options.reps,
                           lambda: zlib.decompress(zlib.compress(b" " * 2**26, 1)))
    rows.append({"format": "zip bomb refused (200 MiB claimed)", "bytes": len(data),
                 "characters": 0, "ours_ms": round(ours * 1000, 1),
                 "baseline_ms": round(baseline * 1000, 1), "ratio": round(ours / baseline, 1),
                 "chars_per_s": 0})
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    if options.json:
        print(json.dumps({"load": load, "rows": rows}, indent=2))
        return 0
    print(f"load average (1 min) at the end: {load:.2f}; {options.reps} reps, medians")
    print(f"{'format':<36}{'bytes':>10}{'chars':>10}{'ours ms':>10}{'base ms':>10}"
          f"{'ratio':>7}{'chars/s':>12}")
    for row in rows:
        print(f"{row['format']:<36}{row['bytes']:>10,}{row['characters']:>10,}"
              f"{row['ours_ms']:>10}{row['baseline_ms']:>10}{row['ratio']:>7}"
              f"{row['chars_per_s']:>12,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
