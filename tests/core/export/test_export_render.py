"""The PDF says what the redacted document says, in Korean, Russian and English, as read
back by independent text extractors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.export.exporthelp import Sample
from fieldvault.core.export import PROFILES, FontSet, content_digest
from fieldvault.core.export.compose import CoverFacts
from fieldvault.core.export.leakcheck import ALL_EXTRACTORS, extractors
from fieldvault.core.export.writer import build_pdf

ENGINES = sorted(ALL_EXTRACTORS)


def _ws(text: str) -> str:
    return " ".join(text.split())


def _render(sample: Sample, fonts: FontSet) -> bytes:
    doc = sample.doc
    facts = CoverFacts(content_digest(doc), "0123456789ABCDEF", "RW" + "A" * 54, "x.pdf")
    data, _ = build_pdf(doc, PROFILES[doc.profile], facts, fonts)
    return data


def _engine(name: str) -> Callable[[bytes], object]:
    if name == "pdfium":
        pytest.importorskip("pypdfium2")
    return ALL_EXTRACTORS[name]


@pytest.mark.parametrize("engine", ENGINES)
def test_transcripts_read_back_exactly(
    engine: str, make_sample: Callable[..., Sample], fonts: FontSet
) -> None:
    sample = make_sample("legal")
    pages = list(_engine(engine)(_render(sample, fonts)))  # type: ignore[call-overload]
    whole = _ws(" ".join(pages))
    for code, text in sample.redacted_texts.items():
        for paragraph in text.split("\n"):
            assert _ws(paragraph) in whole, f"{engine} lost a paragraph of {code}"
    assert "[R1 · PERSON W-017]" in whole
    assert "[R4 · LOCATION]" in whole
    assert "블라디보스토크에" in whole and "забрал паспорт" in whole


@pytest.mark.parametrize("engine", ENGINES)
def test_no_original_value_is_extracted(
    engine: str, make_sample: Callable[..., Sample], fonts: FontSet
) -> None:
    sample = make_sample("legal")
    whole = " ".join(_engine(engine)(_render(sample, fonts)))  # type: ignore[call-overload]
    squeezed = "".join(whole.split())
    for value in sample.withheld:
        assert "".join(value.split()) not in squeezed


def test_every_page_has_header_and_page_x_of_n(
    make_sample: Callable[..., Sample], fonts: FontSet
) -> None:
    sample = make_sample("supervisor", codings=True, memos=True, passages=True)
    pages = list(ALL_EXTRACTORS["pypdf"](_render(sample, fonts)))
    assert len(pages) >= 5
    for number, text in enumerate(pages, start=1):
        assert "Fieldvault export EX-2024-017" in text
        assert f"page {number} of {len(pages)}" in text
    case_pages = [text for text in pages if "Case W-003" in text and "Transcript" in text]
    assert case_pages and "W-003" in case_pages[0].splitlines()[-1] + case_pages[0]


def test_cover_shows_the_facts(make_sample: Callable[..., Sample], fonts: FontSet) -> None:
    sample = make_sample("legal")
    cover = _ws(ALL_EXTRACTORS["pypdf"](_render(sample, fonts)).__next__())
    assert "EX-2024-017" in cover and "legal" in cover and "2024-06-01" in cover
    assert _ws(sample.doc.recipient) in cover
    digest = content_digest(sample.doc)
    assert digest in "".join(cover.split())
    assert "sha256sum -c SHA256SUMS" in cover
    assert "minisign -Vm x.pdf -P RW" in cover
    assert "withheld" in cover and "project lead" in cover


def test_theme_report_and_appendices(make_sample: Callable[..., Sample], fonts: FontSet) -> None:
    sample = make_sample("supervisor", codings=True, memos=True, passages=True)
    whole = _ws(" ".join(ALL_EXTRACTORS["pypdf"](_render(sample, fonts))))
    assert "Theme report" in whole and "Passport confiscation / 여권 압수" in whole
    assert _ws(sample.doc.passages[0].passage) in whole
    assert "Appendix A — Redaction log" in whole and "phone detected" in whole
    assert "Appendix B — Chain of custody" in whole and "S-001 (reviewer)" in whole
    assert "Supervisor memo: 반장 — бригадир" in whole
    assert "Themes coded in this case" in whole


def test_default_extractors_are_two_independent_engines() -> None:
    names = list(extractors())
    assert len(names) == 2 and names[1] in {"poppler", "pypdf"}
    assert names[0] in {"pdfium", "pdfminer.six"}


def test_rendering_is_deterministic(make_sample: Callable[..., Sample], fonts: FontSet) -> None:
    sample = make_sample("supervisor", codings=True)
    assert _render(sample, fonts) == _render(sample, fonts)


@pytest.mark.parametrize(("profile", "extra", "before"), [
    ("legal", {}, "fcca50b803066e33002f7e62c9a15e120bfda5601a073a31e7b2f178e520be22"),
    ("supervisor", {"codings": True, "memos": True, "passages": True},
     "09383a54e116f36cb33a50ed9f62fbcfcc26333fe4884f30ce9c389c99f3e26f"),
])
def test_an_export_without_attachments_keeps_its_content_digest(
        profile: str, extra: dict[str, bool], before: str) -> None:
    """The digests the code before attachments existed (commit 3f15fc7) printed for these
    sample documents: a signed export made then still verifies against a recomputation."""
    from core.export.exporthelp import build_sample

    assert content_digest(build_sample(profile, **extra).doc) == before
