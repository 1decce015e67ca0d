"""Test documents written from scratch: each format's XML zipped by hand, RTF as strings,
PDFs drawn by reportlab with the bundled fonts. Nothing here uses the readers under test."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from fieldvault import data

# One fictional interview excerpt per script; each line becomes one paragraph.
SCRIPTS = {
    "ko": ["질문: 언제 국경을 넘으셨어요?", "답변: 2019년 겨울에 강을 건넜습니다.",
           "어머니가 회령에서 기다렸어요."],
    "ru": ["Вопрос: Когда вы приехали в Уссурийск?", "Ответ: Весной, бригадир забрал паспорта.",
           "Мы жили в общежитии при стройке."],
    "en": ["Q: Where did you work after the border?", "A: On a farm near the river, "
           "for two years.", "My sister stayed behind."],
}

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def zipped(parts: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_xml(paragraphs: list[str], extra: str = "") -> str:
    body = "".join(_docx_paragraph(text) for text in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}"><w:body>{body}{extra}<w:sectPr/></w:body>'
            f'</w:document>')


def _docx_paragraph(text: str) -> str:
    """Split each paragraph over two runs, with a tab run for tabs, as Word does."""
    runs = []
    for number, piece in enumerate(text.split("\t")):
        if number:
            runs.append("<w:r><w:tab/></w:r>")
        half = len(piece) // 2
        for part in (piece[:half], piece[half:]):
            if part:
                runs.append(f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">'
                            f'{escape(part)}</w:t></w:r>')
    return f'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' \
           f'{"".join(runs)}</w:p>'


def docx(paragraphs: list[str], extra: str = "") -> bytes:
    return zipped({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS,
                   "word/document.xml": docx_xml(paragraphs, extra)})


ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def odt(paragraphs: list[str], extra: str = "") -> bytes:
    body = "".join(_odt_paragraph(text, number) for number, text in enumerate(paragraphs))
    content = (f'<?xml version="1.0" encoding="UTF-8"?>'
               f'<office:document-content xmlns:office="{ODF_OFFICE}" xmlns:text="{ODF_TEXT}"'
               f' office:version="1.3"><office:body><office:text>{body}{extra}</office:text>'
               f'</office:body></office:document-content>')
    return zipped({"mimetype": "application/vnd.oasis.opendocument.text",
                   "content.xml": content})


def _odt_paragraph(text: str, number: int) -> str:
    """Runs of spaces as <text:s text:c="N"/>, tabs as <text:tab/>, half in a span."""
    out = []
    for piece in text.split("\t"):
        words = piece.split(" ")
        chunk = escape(words[0])
        spaces = 0
        for word in words[1:]:
            spaces += 1
            if word:
                chunk += " " if spaces == 1 else f' <text:s text:c="{spaces - 1}"/>'
                chunk += escape(word)
                spaces = 0
        out.append(chunk)
    inner = "<text:tab/>".join(out)
    tag = "text:h" if number == 0 else "text:p"
    return f'<{tag}><text:span text:style-name="T1">{inner}</text:span></{tag}>'


HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
HS = "http://www.hancom.co.kr/hwpml/2011/section"


def hwpx(sections: list[list[str]]) -> bytes:
    parts: dict[str, str | bytes] = {"mimetype": "application/hwp+zip"}
    for number, paragraphs in enumerate(sections):
        body = "".join(f'<hp:p id="{n}"><hp:run charPrIDRef="0"><hp:t>{escape(text)}</hp:t>'
                       f'</hp:run><hp:linesegarray><hp:lineseg textpos="0"/></hp:linesegarray>'
                       f'</hp:p>' for n, text in enumerate(paragraphs))
        parts[f"Contents/section{number}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="{HS}" xmlns:hp="{HP}">'
            f'{body}</hs:sec>')
    return zipped(parts)


def rtf_unicode(paragraphs: list[str]) -> bytes:
    """Word's way: every non-ASCII character as \\uN? with an ASCII fallback."""
    body = "\\par\n".join(_rtf_escape_unicode(text) for text in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil Arial;}}"
            "{\\*\\generator Test;}{\\info{\\author Someone}}\\uc1\\pard\\f0\\fs22 "
            f"{body}\\par\n}}").encode("ascii")


def _rtf_escape_unicode(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


def rtf_codepage(paragraphs: list[str], codepage: int, charset: int) -> bytes:
    """An older writer's way: \\'hh bytes in the document's ANSI code page."""
    def escaped(text: str) -> str:
        return "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in
                                                       ch.encode(f"cp{codepage}"))
                       for ch in text)
    body = "\\par\n".join(escaped(text) for text in paragraphs)
    return (f"{{\\rtf1\\ansi\\ansicpg{codepage}\\deff0{{\\fonttbl{{\\f0\\fcharset{charset} "
            f"Font;}}}}\\pard\\f0 {body}\\par\n}}").encode("ascii")


_FONTS = {"ko": ("T-Nanum", "NanumGothic.ttf"), "ru": ("T-DejaVu", "DejaVuSans.ttf"),
          "en": ("T-DejaVu", "DejaVuSans.ttf")}


def pdf(paragraphs: list[str], script: str, pages: int = 1) -> bytes:
    name, file = _FONTS[script]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(data.path("fonts") / file)))
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, invariant=True)
    per_page = max(1, -(-len(paragraphs) // pages))
    for start in range(0, len(paragraphs), per_page):
        sheet.setFont(name, 12)
        for row, text in enumerate(paragraphs[start:start + per_page]):
            sheet.drawString(72, 760 - 20 * row, text)
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()
