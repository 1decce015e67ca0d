"""Every format in every script reads back to the exact text it was written with."""

from __future__ import annotations

import codecs

import pytest

import dochelp
from fieldvault.core.errors import InputError
from fieldvault.core.intake.encoding import decode
from fieldvault.core.intake.reader import document_from_bytes

SCRIPTS = sorted(dochelp.SCRIPTS)
WRITERS = {
    "docx": dochelp.docx,
    "odt": dochelp.odt,
    "hwpx": lambda lines: dochelp.hwpx([lines]),
    "rtf": dochelp.rtf_unicode,
}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_office_formats_read_back_exactly(fmt: str, script: str) -> None:
    lines = dochelp.SCRIPTS[script]
    doc = document_from_bytes(WRITERS[fmt](lines), f"interview.{fmt}")
    assert doc.text == "\n".join(lines)
    assert doc.languages == (script,) and doc.format == fmt and doc.encoding is None
    assert doc.title == "interview"


@pytest.mark.parametrize("script", SCRIPTS)
def test_text_pdf_reads_back_exactly(script: str) -> None:
    lines = dochelp.SCRIPTS[script]
    doc = document_from_bytes(dochelp.pdf(lines, script, pages=2), "p.pdf")
    assert doc.text == "\n".join(lines)


TXT_CASES = [("ko", "utf-8", "utf-8"), ("ko", "utf-8-sig", "utf-8-sig"),
             ("ko", "utf-16", "utf-16-le"), ("ko", "cp949", "cp949"), ("ko", "euc-kr", "cp949"),
             ("ru", "utf-8", "utf-8"), ("ru", "utf-8-sig", "utf-8-sig"),
             ("ru", "cp1251", "cp1251"), ("ru", "koi8-r", "koi8-r"),
             ("en", "utf-8", "utf-8"), ("en", "utf-16", "utf-16-le")]


@pytest.mark.parametrize("script, written, detected", TXT_CASES)
def test_text_files_in_each_encoding_are_detected(script: str, written: str,
                                                  detected: str) -> None:
    text = "\r\n".join(dochelp.SCRIPTS[script]) + "\r\n"
    raw = text.encode(written)
    if written == "utf-16":
        assert raw.startswith(codecs.BOM_UTF16_LE)  # Python writes the machine order
    doc = document_from_bytes(raw, "t.txt")
    assert doc.text == "\n".join(dochelp.SCRIPTS[script])
    assert doc.encoding == detected


def test_utf16_big_endian_with_bom() -> None:
    text = "\n".join(dochelp.SCRIPTS["ru"])
    doc = document_from_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "t.txt")
    assert (doc.text, doc.encoding) == (text, "utf-16-be")


@pytest.mark.parametrize("script, codec", [("ko", "cp949"), ("ru", "cp1251"),
                                           ("ru", "koi8-r")])
def test_every_line_alone_is_detected(script: str, codec: str) -> None:
    """Short legacy texts: each single line of the samples, on its own."""
    for line in dochelp.SCRIPTS[script]:
        assert decode(line.encode(codec), "t.txt").text == line


def test_a_chosen_encoding_overrides_detection() -> None:
    line = dochelp.SCRIPTS["ru"][1]
    raw = line.encode("cp1251")
    assert decode(raw, "t.txt").encoding == "cp1251"
    forced = document_from_bytes(raw, "t.txt", "koi8-r")
    assert forced.encoding == "koi8-r" and forced.text == raw.decode("koi8-r")


def test_a_chosen_encoding_that_does_not_fit_is_one_sentence() -> None:
    raw = dochelp.SCRIPTS["ko"][0].encode("cp949")
    with pytest.raises(InputError) as refused:
        document_from_bytes(raw, "t.txt", "utf-8")
    assert str(refused.value).startswith("t.txt is not UTF-8 text (byte ")
    with pytest.raises(InputError, match="not an encoding this program knows"):
        document_from_bytes(raw, "t.txt", "no-such-codec")


def test_rtf_in_legacy_code_pages() -> None:
    for script, page, charset in (("ko", 949, 129), ("ru", 1251, 204)):
        lines = dochelp.SCRIPTS[script]
        doc = document_from_bytes(dochelp.rtf_codepage(lines, page, charset), "r.rtf")
        assert doc.text == "\n".join(lines)


def test_tabs_and_runs_of_spaces_are_kept() -> None:
    lines = ["Name:\tKim", "a   b  c", "끝"]
    for fmt in ("docx", "odt", "rtf"):
        assert document_from_bytes(WRITERS[fmt](lines), f"x.{fmt}").text == "\n".join(lines)


def test_docx_leaves_out_deleted_revisions_and_comments() -> None:
    extra = ('<w:p><w:r><w:t>kept</w:t></w:r><w:del w:id="1"><w:r><w:delText>removed'
             '</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>')
    doc = document_from_bytes(dochelp.docx(["first"], extra), "x.docx")
    assert doc.text == "first\nkept"


def test_odt_leaves_out_annotations_and_notes_but_keeps_the_text_after_them() -> None:
    extra = ('<text:p>before<office:annotation><text:p>a comment</text:p></office:annotation>'
             ' after<text:note><text:note-body><text:p>footnote</text:p></text:note-body>'
             '</text:note>!</text:p>')
    doc = document_from_bytes(dochelp.odt(["head"], extra), "x.odt")
    assert doc.text == "head\nbefore after!"


def test_hwpx_reads_sections_in_order() -> None:
    raw = dochelp.hwpx([["첫째 구역"], ["둘째 구역"], ["셋째"]])
    assert document_from_bytes(raw, "h.hwpx").text == "첫째 구역\n둘째 구역\n셋째"


def test_mixed_languages_are_all_listed_commonest_first() -> None:
    text = "\n".join(dochelp.SCRIPTS["ko"] + dochelp.SCRIPTS["ru"][:1])
    doc = document_from_bytes(text.encode("utf-8"), "m.txt")
    assert doc.languages == ("ko", "ru")


@pytest.mark.parametrize("codec", ["rot13", "hex", "base64", "zlib"])
def test_a_chosen_codec_that_is_not_a_text_encoding_is_one_sentence(codec: str) -> None:
    with pytest.raises(InputError, match="is not a text encoding this program can read"):
        document_from_bytes(b"\xff\xfe\x00plain", "t.txt", codec)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_detected(script: str, codec: str) -> None:
    text = "\n".join(dochelp.SCRIPTS[script])
    doc = document_from_bytes(text.encode(codec), "t.txt")
    assert (doc.text, doc.encoding) == (text, codec)
