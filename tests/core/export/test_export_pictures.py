"""The leak check's structure rules for pictures: none unless an export chose photos, then
exactly as many image XObjects as photos, with whitelisted keys (real PDFs from the renderer
and from reportlab directly)."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from fieldvault.core.export import FontSet
from fieldvault.core.export.layout import Page, PlacedImage
from fieldvault.core.export.leakcheck import LeakFound, check_structure
from fieldvault.core.export.render import Chrome, _WhitelistInfo, info_for, render_pdf


def _jpeg(shade: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (30, 20), (200, shade, 10)).save(out, "JPEG")
    return out.getvalue()


def _pdf(fonts: FontSet, pictures: int) -> bytes:
    items = [PlacedImage(f"p{n}", 100.0, 100.0 + 40 * n, 60.0, 40.0) for n in range(pictures)]
    chrome = Chrome("EX-1", "legal", "0" * 64)
    return render_pdf([Page("Appendix C", list(items))], {}, chrome, fonts,
                      images={f"p{n}": _jpeg(40 * n) for n in range(pictures)})


def test_pictures_pass_only_in_the_number_chosen(fonts: FontSet) -> None:
    info = info_for("EX-1")
    check_structure(_pdf(fonts, 0), info)
    two = _pdf(fonts, 2)
    check_structure(two, info, images=2)
    with pytest.raises(LeakFound, match="XObject exports must not carry"):
        check_structure(two, info, images=0)
    with pytest.raises(LeakFound, match="2 pictures where the export chose 1"):
        check_structure(two, info, images=1)


def test_a_form_xobject_is_refused_even_when_photos_were_chosen() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas._doc.info = _WhitelistInfo(info_for("EX-1")["/Title"])
    canvas.beginForm("stamp")
    canvas.drawString(10, 10, "hidden")
    canvas.endForm()
    canvas.doForm("stamp")
    canvas.showPage()
    canvas.save()
    with pytest.raises(LeakFound, match="XObject exports must not carry"):
        check_structure(buffer.getvalue(), info_for("EX-1"), images=1)
