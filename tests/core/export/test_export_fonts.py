"""Bundled fonts, run splitting by coverage, and refusal of characters no font has."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from core.export.exporthelp import Sample
from fieldvault.core.export import (
    ExportError,
    FontSet,
    MissingGlyph,
    Segment,
    Theme,
    write_export,
)
from fieldvault.core.export.fonts import BOLD_FONTS, FONT_DIR, REGULAR_FONTS, describe_char
from fieldvault.core.export.leakcheck import pypdf_pages


def test_fonts_and_licences_are_bundled() -> None:
    for _, file in REGULAR_FONTS + BOLD_FONTS:
        assert (FONT_DIR / file).stat().st_size > 100_000
    assert "Open Font License" in (FONT_DIR / "LICENSE-NanumGothic.txt").read_text()
    assert "Bitstream" in (FONT_DIR / "LICENSE-DejaVu.txt").read_text()
    total = sum(path.stat().st_size for path in FONT_DIR.glob("*.ttf"))
    assert total < 12_000_000


def test_runs_split_by_script(fonts: FontSet) -> None:
    runs = fonts.runs("Worker 김철수 said: Привет, 반장!", bold=False)
    assert "".join(text for _, text in runs) == "Worker 김철수 said: Привет, 반장!"
    by_font = {text: font for font, text in runs}
    assert by_font["Worker "] == "FV-DejaVuSans"
    assert any("김철수" in text and font == "FV-NanumGothic" for font, text in runs)
    assert any("Привет" in text and font == "FV-DejaVuSans" for font, text in runs)
    bold = fonts.runs("반장 Бригадир", bold=True)
    assert {font for font, _ in bold} == {"FV-NanumGothic-Bold", "FV-DejaVuSans-Bold"}


def test_describe_char() -> None:
    assert describe_char("\U0001F642") == "U+1F642 SLIGHTLY SMILING FACE"
    assert describe_char("\x07") == "U+0007 CONTROL CHARACTER"


def _with_text(doc_sample: Sample, extra: str) -> Sample:
    doc = doc_sample.doc
    case = doc.cases[0]
    segments = [*case.segments, Segment(extra)]
    cases = [dataclasses.replace(case, segments=segments), *doc.cases[1:]]
    return Sample(dataclasses.replace(doc, cases=cases), doc_sample.withheld, {})


def test_character_without_font_is_refused_by_name(
    make_sample: Callable[..., Sample], signing_key: Ed25519PrivateKey, fonts: FontSet,
    tmp_path: Path,
) -> None:
    sample = _with_text(make_sample("legal"), " 좋아요 \U0001F642")
    out = tmp_path / "out"
    with pytest.raises(MissingGlyph) as caught:
        write_export(sample.doc, out, signing_key, sample.withheld, fonts=fonts)
    assert str(caught.value) == "U+1F642 SLIGHTLY SMILING FACE in case W-003 has no font."
    assert isinstance(caught.value, ExportError)
    assert not out.exists()


def test_missing_glyph_in_a_theme_name_names_the_theme(
    make_sample: Callable[..., Sample], signing_key: Ed25519PrivateKey, fonts: FontSet,
    tmp_path: Path,
) -> None:
    sample = make_sample("supervisor", codings=True)
    themes = [*sample.doc.themes[:1], Theme("wages", "Wages \U0001F9E0", "#1f77b4")]
    doc = dataclasses.replace(sample.doc, themes=themes)
    with pytest.raises(MissingGlyph, match="U\\+1F9E0 BRAIN in theme wages has no font"):
        write_export(doc, tmp_path / "out", signing_key, sample.withheld, fonts=fonts)


def test_emoji_that_dejavu_has_is_accepted(fonts: FontSet) -> None:
    fonts.check("웃음 \U0001F600 смех", "case W-001")  # DejaVu Sans has GRINNING FACE
    fonts.check("tab\there\r\nline", "case W-001")  # drawn as spaces / line breaks


def test_control_character_is_refused(fonts: FontSet) -> None:
    with pytest.raises(MissingGlyph, match="U\\+0007 CONTROL CHARACTER in case W-001"):
        fonts.check("bell\x07", "case W-001")


def test_astral_emoji_and_multiline_metadata_render(
    make_sample: Callable[..., Sample], signing_key: Ed25519PrivateKey, fonts: FontSet,
    tmp_path: Path,
) -> None:
    sample = _with_text(make_sample("legal"), " 웃음 \U0001F600 смех")
    case = sample.doc.cases[0]
    metadata = [*case.metadata, ("Note", "line one\nline two / 둘째 줄")]
    cases = [dataclasses.replace(case, metadata=metadata), *sample.doc.cases[1:]]
    doc = dataclasses.replace(sample.doc, cases=cases)
    result = write_export(doc, tmp_path / "out", signing_key, sample.withheld, fonts=fonts)
    text = " ".join(pypdf_pages(result.pdf.read_bytes()))
    assert "웃음" in text and "смех" in text and "line two / 둘째 줄" in text
