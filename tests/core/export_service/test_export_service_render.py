"""Smoke render with poppler: the first demo case page of the legal export rasterises with
text on it, and the whole export renders page for page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from core.export_service.conftest import Written

PDFTOPPM = shutil.which("pdftoppm")
pytestmark = pytest.mark.skipif(PDFTOPPM is None, reason="poppler-utils not installed")


def ink(path: Path) -> int:
    with Image.open(path) as image:
        return sum(image.convert("L").histogram()[:128])


def red_pixels(image: Image.Image) -> int:
    r, g, b = image.convert("RGB").split()
    mask = ImageChops.multiply(r.point(lambda v: 255 if v > 90 else 0),
                               g.point(lambda v: 255 if v < 60 else 0))
    mask = ImageChops.multiply(mask, b.point(lambda v: 255 if v < 60 else 0))
    return mask.histogram()[255]


def test_every_page_of_the_legal_export_renders(demo_exports: dict[str, Written],
                                                tmp_path: Path) -> None:
    written = demo_exports["legal"]
    subprocess.run([str(PDFTOPPM), "-r", "30", "-png", str(written.result.pdf),
                    str(tmp_path / "p")], check=True, capture_output=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == written.result.pages
    inks = [ink(page) for page in pages]
    assert min(inks) > 10 and sum(inks) > 300 * len(pages)  # last pages of cases are short


def test_a_korean_case_page_renders_with_redaction_tokens(demo_exports: dict[str, Written],
                                                          tmp_path: Path) -> None:
    written = demo_exports["legal"]
    number = next(i for i, text in enumerate(written.pages, start=1)
                  if "Case PK-007" in text and "Transcript" in text)
    subprocess.run([str(PDFTOPPM), "-r", "80", "-png", "-f", str(number), "-l", str(number),
                    str(written.result.pdf), str(tmp_path / "ko")], check=True,
                   capture_output=True)
    [page] = tmp_path.glob("ko-*.png")
    with Image.open(page) as image:
        assert image.size[1] > image.size[0] > 500
        red = red_pixels(image)
    assert red > 200  # token text is dark red (#7a1010); the rest of the page has none
    assert ink(page) > 5000
