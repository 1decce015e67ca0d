"""Every document reader fed mutated files (short, derandomised run): each input gives a
Document or one short InputError sentence that quotes none of the file; nothing else."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dochelp
from fieldvault.core.errors import InputError
from fieldvault.core.intake.reader import document_from_bytes

SECRET = "QZXSECRETQ"
LINES = [f"{SECRET} {line}" for line in dochelp.SCRIPTS["ko"] + dochelp.SCRIPTS["ru"]]
SEEDS = {
    "txt": [("\n".join(LINES)).encode(codec) for codec in ("utf-8", "utf-16", "cp949")],
    "docx": [dochelp.docx(LINES)],
    "odt": [dochelp.odt(LINES)],
    "hwpx": [dochelp.hwpx([LINES[:3], LINES[3:]])],
    "rtf": [dochelp.rtf_unicode(LINES), dochelp.rtf_codepage(LINES[3:], 1251, 204)],
    "pdf": [dochelp.pdf([SECRET + " plain text"], "en")],
}
XML_PART = {"docx": "word/document.xml", "odt": "content.xml", "hwpx": "Contents/section0.xml"}
SYNTAX = b'<>/="\' &;#{}\\\'*0123456789abcdefuxXpPtTrR\x00\xff\n'
EXAMPLES = 150


def mutate(data: bytes, ops: list[tuple[int, int, bytes]]) -> bytes:
    """Flip, insert, delete a span, duplicate a span, cut, overwrite."""
    out = bytearray(data)
    for kind, where, blob in ops:
        at = where % (len(out) + 1)
        if kind == 0 and out:
            out[at % len(out)] ^= (blob[0] if blob else 1) or 1
        elif kind == 1:
            out[at:at] = blob
        elif kind == 2:
            del out[at:at + 1 + (blob[0] if blob else 0) % 64]
        elif kind == 3:
            out[at:at] = out[at:at + 1 + (blob[0] if blob else 0) % 256]
        elif kind == 4:
            del out[at:]
        else:
            out[at:at + len(blob)] = blob
    return bytes(out)


def mutate_inside(data: bytes, part: str, ops: list[tuple[int, int, bytes]]) -> bytes:
    """Mutate the XML inside the archive and zip it again, so the XML reader is reached."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            target.writestr(info.filename, mutate(body, ops) if info.filename == part else body)
    return out.getvalue()


def check(data: bytes, fmt: str) -> None:
    try:
        document = document_from_bytes(data, f"fuzzed.{fmt}")
    except InputError as refused:
        message = str(refused)
        assert "\n" not in message and len(message) < 300, message
        assert SECRET not in message and message.startswith("fuzzed."), message
        return
    assert document.text.strip()


ops = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 1 << 30),
                         st.binary(max_size=8) | st.lists(st.sampled_from(SYNTAX), max_size=8)
                         .map(bytes)), min_size=1, max_size=6)


@pytest.mark.parametrize("fmt", sorted(SEEDS))
@settings(derandomize=True, max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(seed=st.integers(0, 9), mutations=ops, inside=st.booleans())
def test_mutated_documents_read_or_refuse_in_one_sentence(
        fmt: str, seed: int, mutations: list[tuple[int, int, bytes]], inside: bool) -> None:
    data = SEEDS[fmt][seed % len(SEEDS[fmt])]
    if inside and fmt in XML_PART:
        data = mutate_inside(data, XML_PART[fmt], mutations)
    else:
        data = mutate(data, mutations)
    check(data, fmt)


def test_the_seeds_read_back() -> None:
    for fmt, seeds in SEEDS.items():
        for data in seeds:
            assert SECRET in document_from_bytes(data, f"seed.{fmt}").text, fmt
