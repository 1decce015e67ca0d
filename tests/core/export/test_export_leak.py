"""The leak check refuses a PDF in which any withheld value can be read, and leaves nothing."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from core.export.exporthelp import Sample
from fieldvault.core.export import (
    PROFILES,
    ExportDocument,
    FontSet,
    LeakFound,
    Segment,
    content_digest,
    leakcheck,
    write_export,
)
from fieldvault.core.export.compose import CoverFacts, compose
from fieldvault.core.export.leakcheck import (
    ALL_EXTRACTORS,
    check_text_pages,
    find_needles,
    prepare_needles,
)
from fieldvault.core.export.render import info_for, render_pdf
from fieldvault.core.export.writer import build_pdf


def _seed(doc: ExportDocument, code: str, original: str) -> ExportDocument:
    """Put an original value into the first plain segment of a case (a redaction bug)."""
    cases = []
    for case in doc.cases:
        if case.code == code:
            segments = list(case.segments)
            index = next(i for i, s in enumerate(segments) if s.token is None)
            segments[index] = Segment(segments[index].text + f" ({original}) ")
            case = dataclasses.replace(case, segments=segments)
        cases.append(case)
    return dataclasses.replace(doc, cases=cases)


@pytest.mark.parametrize("original", ["Иван Петров", "김철수", "pak.songil@example.org"])
def test_seeded_leak_fails_and_leaves_no_output(
    original: str,
    make_sample: Callable[..., Sample],
    signing_key: Ed25519PrivateKey,
    fonts: FontSet,
    tmp_path: Path,
) -> None:
    sample = make_sample("legal")
    assert original in sample.withheld
    leaky = _seed(sample.doc, "W-003", original)
    out = tmp_path / "out"
    with pytest.raises(LeakFound, match=r"found withheld value no\. \d+ on page 2;"):
        write_export(leaky, out, signing_key, sample.withheld, fonts=fonts)
    assert not out.exists()


def test_leak_into_existing_empty_folder_leaves_it_empty(
    make_sample: Callable[..., Sample], signing_key: Ed25519PrivateKey, fonts: FontSet,
    tmp_path: Path,
) -> None:
    sample = make_sample("legal")
    leaky = dataclasses.replace(sample.doc, recipient="Lawyers of Kim Chol-su")
    out = tmp_path / "chosen"
    out.mkdir()
    with pytest.raises(LeakFound):
        write_export(leaky, out, signing_key, sample.withheld, fonts=fonts)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("engine", sorted(ALL_EXTRACTORS))
@pytest.mark.parametrize("original", ["Иван Петров", "김철수", "836104221"])
def test_each_engine_alone_finds_the_leak(
    engine: str, original: str, make_sample: Callable[..., Sample], fonts: FontSet
) -> None:
    if engine == "pdfium":
        pytest.importorskip("pypdfium2")
    sample = make_sample("legal")
    code = "W-004" if original.isdigit() else "W-003"
    leaky = _seed(sample.doc, code, original)
    facts = CoverFacts(content_digest(leaky), "0123456789ABCDEF", "RW" + "A" * 54, "x.pdf")
    data, _ = build_pdf(leaky, PROFILES["legal"], facts, fonts)
    needles, _ = prepare_needles(sample.withheld)
    with pytest.raises(LeakFound, match=engine):
        check_text_pages(engine, ALL_EXTRACTORS[engine](data), needles, leaky.export_id)
    clean, _ = build_pdf(sample.doc, PROFILES["legal"], facts, fonts)
    assert check_text_pages(engine, ALL_EXTRACTORS[engine](clean), needles, "EX-2024-017") >= 4


def test_a_page_the_extractor_cannot_read_fails_closed(
    make_sample: Callable[..., Sample], fonts: FontSet
) -> None:
    sample = make_sample("legal")
    facts = CoverFacts(content_digest(sample.doc), "0123456789ABCDEF", "RW" + "A" * 54, "x.pdf")
    data, _ = build_pdf(sample.doc, PROFILES["legal"], facts, fonts)
    with pytest.raises(LeakFound, match="could not read page 1"):
        check_text_pages("pypdf", ALL_EXTRACTORS["pypdf"](data), [], "NOT-ON-ANY-PAGE")


def test_normalisation_catches_split_cased_and_disguised_forms() -> None:
    needles, skipped = prepare_needles(["김철수", "Иван Петров", "Фёдор", "pak.songil@example.org",
                                        "Li", "K"])
    assert skipped == 1  # "K" is too short to search
    numbers = {needle.number for needle in needles}

    def found(text: str) -> set[int]:
        return {needle.number for needle in find_needles(text, needles)} & numbers

    assert found("면담자: 김 철 수 씨") == {1}  # an extractor split the Hangul
    assert found("ИВАН\n  ПЕТРОВ сказал") == {2}
    assert found("бригадир Федор") == {3}  # ё written as е
    assert found("write to pak.\u200bsongil@EXAMPLE.org") == {4}  # zero-width space
    assert found("Ivan Petrov") == set()
    # very short Latin values match only as whole words ...
    assert found("a small list of politics") == set()
    assert found("Mr LI said") == {5}
    # ... and inflected longer ones as substrings
    assert found("у Ивана Петрова") == set()  # Иван Петров: both words inflected
    assert found("паспорт Иван Петрова") == {2}


def test_pdfminer_stands_in_when_pdfium_is_missing(
    make_sample: Callable[..., Sample], fonts: FontSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(leakcheck, "_pdfium_available", lambda: False)
    monkeypatch.setattr(leakcheck, "_poppler_available", lambda: False)
    assert list(leakcheck.extractors()) == ["pdfminer.six", "pypdf"]
    sample = make_sample("legal")
    facts = CoverFacts(content_digest(sample.doc), "0123456789ABCDEF", "RW" + "A" * 54, "x.pdf")
    data, _ = build_pdf(sample.doc, PROFILES["legal"], facts, fonts)
    needles, _ = prepare_needles(sample.withheld)
    ticks: list[tuple[int, int]] = []
    leakcheck.check_pdf(data, needles, info_for(sample.doc.export_id), "EX-2024-017",
                        lambda done, total: ticks.append((done, total)))
    assert ticks[-1][0] == ticks[-1][1] == 2 * len(list(leakcheck.pypdf_pages(data)))


def test_renderer_cannot_receive_withheld_values() -> None:
    """The rendering entry points take the redacted document and layout only."""
    for function in (build_pdf, compose, render_pdf):
        names = set(inspect.signature(function).parameters)
        assert not names & {"withheld", "withheld_values", "originals", "needles"}
    segment_fields = {field.name for field in dataclasses.fields(Segment)}
    assert segment_fields == {"text", "token"}


def test_unparseable_pdf_fails_closed() -> None:
    with pytest.raises(LeakFound, match="refused"):
        leakcheck.check_pdf(b"%PDF-1.4\nnot really a pdf\nstartxref\n0\n%%EOF\n", [], {}, "X")
