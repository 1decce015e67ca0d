"""Hostile files: each is refused with one short sentence that quotes none of its content,
in bounded time and memory, whatever the file claims."""

from __future__ import annotations

import io
import os
import struct
import threading
import zipfile
import zlib
from pathlib import Path

import pytest
from pypdf import PdfWriter

import dochelp
from fieldvault.core.errors import InputError
from fieldvault.core.intake.reader import document_from_bytes, read_document

SECRET = "QZXSECRETQ"


def refusal(data: bytes, name: str) -> str:
    with pytest.raises(InputError) as refused:
        document_from_bytes(data, name)
    return one_sentence(refused.value)


def one_sentence(error: BaseException) -> str:
    message = str(error)
    assert "\n" not in message and len(message) < 300 and SECRET not in message
    assert message.endswith(".")
    return message


def refused_path(path: Path) -> str:
    with pytest.raises(InputError) as refused:
        read_document(path)
    return one_sentence(refused.value)


# --- the file itself ------------------------------------------------------------------------


def test_symbolic_link_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(SECRET)
    (tmp_path / "link.txt").symlink_to(target)
    assert "is a symbolic link" in refused_path(tmp_path / "link.txt")


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[str] = []
    worker = threading.Thread(target=lambda: outcome.append(refused_path(fifo)), daemon=True)
    worker.start()
    worker.join(30)
    assert outcome and "not a regular file" in outcome[0]


def test_folder_missing_file_and_unknown_suffix(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    assert "is a folder" in refused_path(tmp_path / "folder.txt")
    assert "There is no file gone.docx" in refused_path(tmp_path / "gone.docx")
    (tmp_path / "x.exe").write_bytes(b"MZ")
    assert "not a document this program imports" in refused_path(tmp_path / "x.exe")


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(129 * 2**20)  # sparse: no disk used, nothing read
    assert "larger than 128 MiB" in refused_path(huge)


# --- ZIP-based formats ----------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["docx", "odt", "hwpx"])
def test_not_a_zip_and_truncated_zip(suffix: str) -> None:
    assert "not a ZIP archive" in refusal(SECRET.encode() * 50, f"x.{suffix}")
    whole = dochelp.docx([SECRET] * 50) if suffix == "docx" else dochelp.odt([SECRET] * 50)
    assert "not a" in refusal(whole[: len(whole) // 2], f"x.{suffix}")


def test_zip_bomb_stops_at_the_limit() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            block = b" " * 2**20
            for _ in range(70):
                part.write(block)
    data = buffer.getvalue()
    assert len(data) < 2**20
    assert "unpacks to more than 64 MiB" in refusal(data, "bomb.docx")


def test_zip_bomb_lying_about_its_size_is_refused_as_damaged() -> None:
    data = bytearray(dochelp.docx(["x" * 5000]))
    patched = 0
    for at in _central_entries(bytes(data)):
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46: at + 46 + name_length] == b"word/document.xml":
            struct.pack_into("<I", data, at + 24, 100)  # claims 100 bytes unpacked
            patched += 1
    assert patched == 1
    message = refusal(bytes(data), "liar.docx")
    assert "damaged or truncated" in message


def _central_entries(data: bytes) -> list[int]:
    found, at = [], data.find(b"PK\x01\x02")
    while at >= 0:
        found.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return found


def test_forged_entry_count_is_refused_before_parsing() -> None:
    data = bytearray(dochelp.docx(["x"]))
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 60_000, 60_000)
    assert "more than 10,000 parts" in refusal(bytes(data), "many.docx")


def test_password_protected_entry_is_refused() -> None:
    data = bytearray(dochelp.docx([SECRET]))
    for at in _central_entries(bytes(data)):
        flags = struct.unpack_from("<H", data, at + 8)[0]
        struct.pack_into("<H", data, at + 8, flags | 1)
    assert "password-protected" in refusal(bytes(data), "locked.docx")


def test_entity_expansion_is_refused() -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "' + SECRET + '">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              f'<w:document xmlns:w="{dochelp.W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r>'
              '</w:p></w:body></w:document>')
    data = dochelp.zipped({"word/document.xml": laughs})
    assert "declares a DTD or entities" in refusal(data, "laughs.docx")


def test_external_entity_is_refused() -> None:
    xxe = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<office:document-content xmlns:office="o"><x>&x;</x></office:document-content>')
    assert "DTD" in refusal(dochelp.zipped({"content.xml": xxe}), "xxe.odt")


def test_deeply_nested_xml_reads_without_recursion() -> None:
    depth = 100_000
    inner = "<w:r>" * depth + "<w:t>deep</w:t>" + "</w:r>" * depth
    xml = dochelp.docx_xml([]).replace("<w:sectPr/>", f"<w:p>{inner}</w:p><w:sectPr/>")
    data = dochelp.zipped({"word/document.xml": xml})
    assert document_from_bytes(data, "deep.docx").text == "deep"


def test_malformed_xml_and_missing_parts() -> None:
    assert "not well-formed XML" in refusal(
        dochelp.zipped({"word/document.xml": "<w:document><w:p>" + SECRET}), "bad.docx")
    assert "has no content.xml inside" in refusal(dochelp.zipped({"x": SECRET}), "e.odt")
    assert "has no Contents/section0.xml" in refusal(dochelp.zipped({"x": "y"}), "e.hwpx")


def test_binary_hwp_and_doc_say_how_to_save_instead() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + SECRET.encode()
    assert "save it as .hwpx or .docx" in refusal(ole, "old.hwp")
    assert "save it as .hwpx or .docx" in refusal(ole, "renamed.hwpx")
    assert "save it as .docx" in refusal(ole, "old.docx")


def test_document_with_no_text_is_refused() -> None:
    assert "holds no text" in refusal(dochelp.docx([]), "empty.docx")


# --- RTF, PDF, text -------------------------------------------------------------------------


def test_rtf_refusals() -> None:
    assert "not an RTF file" in refusal(SECRET.encode(), "x.rtf")
    whole = dochelp.rtf_unicode([SECRET, "더"])
    assert "may be truncated" in refusal(whole[:-3], "cut.rtf")
    assert "nests groups more than" in refusal(b"{\\rtf1" + b"{" * 20_000, "deep.rtf")
    assert "closes more groups" in refusal(b"{\\rtf1 a}}" + SECRET.encode(), "x.rtf")


def test_rtf_skips_hidden_destinations() -> None:
    data = (b"{\\rtf1{\\info{\\title " + SECRET.encode() + b"}}{\\*\\unknown " +
            SECRET.encode() + b"}{\\pict ab12}visible\\par}")
    assert document_from_bytes(data, "x.rtf").text == "visible"


def test_pdf_refusals() -> None:
    whole = dochelp.pdf(["Тайна " + SECRET], "ru")
    assert "not a PDF file" in refusal(SECRET.encode(), "x.pdf")
    assert "damaged or truncated" in refusal(whole[:300], "cut.pdf")
    blank = PdfWriter()
    blank.add_blank_page(200, 200)
    buffer = io.BytesIO()
    blank.write(buffer)
    assert "no text layer" in refusal(buffer.getvalue(), "scan.pdf")


def test_encrypted_pdf_is_refused() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(dochelp.pdf([SECRET], "en")))
    writer.encrypt("open sesame", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "password-protected" in refusal(buffer.getvalue(), "locked.pdf")


def test_binary_data_named_txt_is_refused() -> None:
    noise = zlib.compress(SECRET.encode() * 100) + bytes(range(32))
    message = refusal(noise, "noise.txt")
    assert "control characters" in message or "does not look like a text file" in message
    assert "ends in the middle of a UTF-8 character" in refusal(
        "Привет, мир".encode()[:-1], "cut.txt")
    assert "starts like UTF-16 LE text" in refusal(b"\xff\xfe" + "가".encode("utf-16-le") +
                                                   b"\x00\xd8", "cut16.txt")


def test_xml_declaring_an_unknown_encoding_is_refused() -> None:
    xml = ('<?xml version="1.0" encoding="UTF-87"?><hs:sec xmlns:hs="s" xmlns:hp="p">'
           f'<hp:p><hp:run><hp:t>{SECRET}</hp:t></hp:run></hp:p></hs:sec>')
    data = dochelp.zipped({"Contents/section0.xml": xml})
    assert "not well-formed XML" in refusal(data, "odd.hwpx")


def test_pdf_with_too_many_pages_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldvault.core.intake import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    data = dochelp.pdf([SECRET + f" {n}" for n in range(8)], "en", pages=4)
    assert "more than 3 pages" in refusal(data, "long.pdf")


def test_rtf_binary_data_is_skipped_unread() -> None:
    blob = b"}}}{{\\par " + SECRET.encode() + b"\x00\xff"
    data = (b"{\\rtf1 before{\\*\\objdata \\bin" + str(len(blob)).encode() + b" " + blob +
            b"}after\\par}")
    assert document_from_bytes(data, "b.rtf").text == "beforeafter"
