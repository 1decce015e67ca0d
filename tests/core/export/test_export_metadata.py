"""Metadata whitelist, no hidden structures, exactly one revision."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from core.export.exporthelp import Sample
from fieldvault.core.export import PROFILES, FontSet, LeakFound, content_digest
from fieldvault.core.export.compose import CoverFacts
from fieldvault.core.export.leakcheck import check_structure
from fieldvault.core.export.render import info_for
from fieldvault.core.export.writer import build_pdf


@pytest.fixture
def pdf(make_sample: Callable[..., Sample], fonts: FontSet) -> bytes:
    sample = make_sample("supervisor", codings=True, memos=True, passages=True)
    facts = CoverFacts(content_digest(sample.doc), "0123456789ABCDEF", "RW" + "A" * 54, "x.pdf")
    data, _ = build_pdf(sample.doc, PROFILES["supervisor"], facts, fonts)
    return data


def test_info_holds_only_title_and_producer(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    assert dict(reader.metadata or {}) == {
        "/Title": "Fieldvault export EX-2024-017",
        "/Producer": "Fieldvault",
    }
    assert info_for("EX-2024-017") == dict(reader.metadata or {})
    check_structure(pdf, info_for("EX-2024-017"))


def test_no_dates_author_xmp_outline_or_annotations(pdf: bytes) -> None:
    for marker in (b"/Author", b"/CreationDate", b"/ModDate", b"/Creator", b"/Keywords",
                   b"<x:xmpmeta", b"/Outlines", b"/Annots", b"ReportLab PDF Library"):
        assert marker not in pdf
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"].get_object()
    assert set(root.keys()) <= {"/Type", "/Pages", "/PageMode"}
    assert all("/Annots" not in page for page in reader.pages)
    assert reader.outline == []


def test_exactly_one_revision(pdf: bytes) -> None:
    assert pdf.count(b"%%EOF") == 1 and pdf.count(b"startxref") == 1
    assert b"/Prev" not in pdf


def _rewritten(pdf: bytes, **info: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({f"/{key}": value for key, value in info.items()})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_extra_metadata_is_refused(pdf: bytes) -> None:
    tampered = _rewritten(pdf, Author="Interviewer Kim")
    with pytest.raises(LeakFound, match="/Author"):
        check_structure(tampered, info_for("EX-2024-017"))


def test_second_revision_is_refused(pdf: bytes) -> None:
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.pages[0][NameObject("/Comment")] = TextStringObject("added later")
    buffer = io.BytesIO()
    writer.write(buffer)
    updated = buffer.getvalue()
    assert updated.startswith(pdf)
    with pytest.raises(LeakFound, match="more than one revision"):
        check_structure(updated, info_for("EX-2024-017"))


def test_xmp_and_outline_are_refused(pdf: bytes) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_outline_item(title="Chapter", page_number=0)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(LeakFound):
        check_structure(buffer.getvalue(), info_for("EX-2024-017"))
    xmp = pdf.replace(b"%PDF-1.4", b"%PDF-1.4\n% <x:xmpmeta>", 1)
    with pytest.raises(LeakFound, match="XMP"):
        check_structure(xmp, info_for("EX-2024-017"))


def test_no_local_time_zone_in_file(pdf: bytes) -> None:
    assert b"+00'00'" not in pdf  # no dates at all, so no offset either
    assert b"D:20" not in pdf
