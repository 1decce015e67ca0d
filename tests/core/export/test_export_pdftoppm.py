"""Smoke render with poppler: every page rasterises, all fonts are embedded subsets."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from core.export.exporthelp import Sample
from fieldvault.core.export import ExportResult

PDFTOPPM = shutil.which("pdftoppm")
PDFFONTS = shutil.which("pdffonts")
pytestmark = pytest.mark.skipif(PDFTOPPM is None, reason="poppler-utils not installed")


def test_every_page_renders_with_ink(
    written_export: tuple[ExportResult, Sample], tmp_path: Path
) -> None:
    result, _ = written_export
    subprocess.run([str(PDFTOPPM), "-r", "40", "-png", str(result.pdf), str(tmp_path / "p")],
                   check=True, capture_output=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == result.pages
    for path in images:
        with Image.open(path) as image:
            gray = image.convert("L")
            dark = sum(gray.histogram()[:128])
            assert dark > 500, f"{path.name} looks blank"


@pytest.mark.skipif(PDFFONTS is None, reason="pdffonts not installed")
def test_only_embedded_subset_truetype_fonts(written_export: tuple[ExportResult, Sample]) -> None:
    result, _ = written_export
    listing = subprocess.run([str(PDFFONTS), str(result.pdf)], check=True, capture_output=True,
                             text=True).stdout.splitlines()[2:]
    assert listing
    names = set()
    for row in listing:
        columns = row.split()
        assert columns[1] == "TrueType", row
        assert columns[-5:-2] == ["yes", "yes", "yes"], row  # emb, sub, uni
        names.add(columns[0].split("+", 1)[1])
    assert names == {"DejaVuSans", "DejaVuSans-Bold", "NanumGothic", "NanumGothicBold"}
