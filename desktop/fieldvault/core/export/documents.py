"""Coded segments as a CSV table, a Word (.docx) or an OpenDocument (.odt) report.

Pure writers: they take rows whose text is already redacted and return the file's bytes;
nothing here reads the vault or the disk. The .docx and .odt packages are written with
``zipfile`` and escaped XML (WordprocessingML and ODF 1.2, the parts both formats require
and no more), so they open in Word, LibreOffice and any reader of the standards.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

FORMATS = ("csv", "docx", "odt")
# Characters XML 1.0 cannot carry: dropped, never escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # no clock time in the package: same rows, same bytes


@dataclass(frozen=True)
class SegmentRow:
    """One coded passage as it leaves the vault: pseudonymised, withheld values as tokens;
    ``before``/``after`` start/end with "…" where the paragraph goes on."""

    case: str
    theme_id: str
    theme: str
    coder: str
    verdict: str
    before: str
    text: str
    after: str
    recording: str = ""  # a coded audio segment: the attachment id (no text, no file name)
    start: str = ""  # its span, HH:MM:SS.mmm
    end: str = ""


@dataclass(frozen=True)
class Labels:
    """The report's fixed words, in its language."""

    title: str = "Coded segments"
    case: str = "Case"
    theme: str = "Theme"
    coder: str = "Coder"
    review: str = "Review"
    count: str = "{n} passages."
    note: str = ("Pseudonymised text; values withheld by the legal profile appear as "
                 "tokens, as in the redacted PDF.")
    recording: str = "Coded audio: recording {id}, {start} – {end}"


LABELS = {
    "en": Labels(),
    "ko": Labels("코딩된 구절", "사례", "주제", "코더", "검토", "구절 {n}개.",
                 "가명 처리된 텍스트입니다. 법률 프로필에서 비공개인 값은 가림 처리된 PDF와 "
                 "같은 토큰으로 표시됩니다.",
                 recording="코딩된 오디오: 녹음 {id}, {start} – {end}"),
    "ru": Labels("Закодированные фрагменты", "Кейс", "Тема", "Кодировщик", "Проверка",
                 "Фрагментов: {n}.",
                 "Текст псевдонимизирован; значения, скрытые профилем для юристов, показаны "
                 "метками, как в отредактированном PDF.",
                 recording="Кодированное аудио: запись {id}, {start} – {end}"),
}


def csv_bytes(rows: Sequence[SegmentRow]) -> bytes:
    """UTF-8 (with BOM, so spreadsheet programs read Hangul and Cyrillic), ``\\r\\n``."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["case", "theme_id", "theme", "coder", "review", "before", "passage",
                     "after", "recording", "from", "to"])
    for row in rows:
        writer.writerow([_cell(value) for value in (
            row.case, row.theme_id, row.theme, row.coder, row.verdict, row.before, row.text,
            row.after, row.recording, row.start, row.end)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _cell(text: str) -> str:
    # A leading = + - @ would make spreadsheet programs evaluate the cell as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


# --- docx ------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def _run(text: str, props: str = "") -> str:
    parts = _clean(text).split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(part)}</w:t>' for part in parts)
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{body}</w:r>" if text else ""


def _para(*runs: str, spacing: str = "") -> str:
    ppr = f"<w:pPr>{spacing}</w:pPr>" if spacing else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def docx_bytes(rows: Sequence[SegmentRow], labels: Labels = LABELS["en"]) -> bytes:
    body = [_para(_run(labels.title, '<w:b/><w:sz w:val="32"/>')),
            _para(_run(labels.note, '<w:i/>')),
            _para(_run(labels.count.format(n=len(rows))))]
    for row in rows:
        meta = (f"{row.case} · {labels.theme}: {row.theme} · {labels.coder}: {row.coder} · "
                f"{labels.review}: {row.verdict}")
        body.append(_para(_run(meta, "<w:b/>"), spacing='<w:spacing w:before="240"/>'))
        if row.recording:
            body.append(_para(_run(_audio_line(row, labels))))
            continue
        body.append(_para(_run(row.before, '<w:color w:val="666666"/>'),
                          _run(row.text, '<w:b/><w:shd w:val="clear" w:fill="FFF3B0"/>'),
                          _run(row.after, '<w:color w:val="666666"/>')))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{_W}"><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" '
                'w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" '
                'w:gutter="0"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", _DOCX_TYPES), ("_rels/.rels", _DOCX_RELS),
                 ("word/document.xml", document)])


# --- odt -------------------------------------------------------------------------------------

_ODT_TYPE = "application/vnd.oasis.opendocument.text"
_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
_ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
    f'manifest:media-type="{_ODT_TYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '</manifest:manifest>')
_ODT_STYLES = (
    '<office:automatic-styles>'
    '<style:style style:name="Title" style:family="paragraph"><style:text-properties '
    'fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Note" style:family="paragraph"><style:text-properties '
    'fo:font-style="italic"/></style:style>'
    '<style:style style:name="Meta" style:family="paragraph"><style:paragraph-properties '
    'fo:margin-top="0.4cm"/><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Context" style:family="text"><style:text-properties '
    'fo:color="#666666"/></style:style>'
    '<style:style style:name="Coded" style:family="text"><style:text-properties '
    'fo:font-weight="bold" fo:background-color="#fff3b0"/></style:style>'
    '</office:automatic-styles>')


def _odt_text(text: str) -> str:
    """Escaped text with line breaks and runs of spaces kept (ODF collapses white space)."""
    out = []
    for number, line in enumerate(_clean(text).split("\n")):
        if number:
            out.append("<text:line-break/>")
        pieces = re.split("( {2,})", line)
        for piece in pieces:
            if piece.startswith("  "):
                out.append(f' <text:s text:c="{len(piece) - 1}"/>')
            else:
                out.append(escape(piece))
    return "".join(out)


def _span(style: str, text: str) -> str:
    return f"<text:span text:style-name={quoteattr(style)}>{_odt_text(text)}</text:span>" \
        if text else ""


def _odt_para(style: str | None, inner: str) -> str:
    name = f" text:style-name={quoteattr(style)}" if style else ""
    return f"<text:p{name}>{inner}</text:p>"


def odt_bytes(rows: Sequence[SegmentRow], labels: Labels = LABELS["en"]) -> bytes:
    body = [_odt_para("Title", _odt_text(labels.title)),
            _odt_para("Note", _odt_text(labels.note)),
            _odt_para(None, _odt_text(labels.count.format(n=len(rows))))]
    for row in rows:
        meta = (f"{row.case} · {labels.theme}: {row.theme} · {labels.coder}: {row.coder} · "
                f"{labels.review}: {row.verdict}")
        body.append(_odt_para("Meta", _odt_text(meta)))
        if row.recording:
            body.append(_odt_para(None, _odt_text(_audio_line(row, labels))))
            continue
        body.append(_odt_para(None, _span("Context", row.before) + _span("Coded", row.text)
                              + _span("Context", row.after)))
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               f'<office:document-content {_ODT_NS} office:version="1.2">{_ODT_STYLES}'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body>'
               '</office:document-content>')
    return _zip([("mimetype", _ODT_TYPE), ("META-INF/manifest.xml", _ODT_MANIFEST),
                 ("content.xml", content)])


def _zip(parts: Sequence[tuple[str, str]]) -> bytes:
    """A zip package; ``mimetype`` (ODF) stored first and uncompressed as the standard asks."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            stored = name == "mimetype"
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            package.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def _audio_line(row: SegmentRow, labels: Labels) -> str:
    return labels.recording.format(id=row.recording, start=row.start, end=row.end)


def document_bytes(fmt: str, rows: Sequence[SegmentRow], language: str = "en") -> bytes:
    """The file for ``fmt`` (csv, docx, odt); fixed words in ``language`` (en, ko, ru)."""
    labels = LABELS.get(language, LABELS["en"])
    if fmt == "csv":
        return csv_bytes(rows)
    if fmt == "docx":
        return docx_bytes(rows, labels)
    if fmt == "odt":
        return odt_bytes(rows, labels)
    raise ValueError(f"unknown format {fmt!r}: use csv, docx or odt")


def plain_text(rows: Sequence[SegmentRow]) -> str:
    """Every text the files carry, for the leak check before anything is written."""
    return "\n".join(" | ".join((row.case, row.theme_id, row.theme, row.coder, row.verdict,
                                 row.before, row.text, row.after, row.recording))
                     for row in rows)


__all__ = ["FORMATS", "LABELS", "Labels", "SegmentRow", "csv_bytes", "document_bytes",
           "docx_bytes", "odt_bytes", "plain_text"]
