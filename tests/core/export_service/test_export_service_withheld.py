"""Withheld by default: what the detector finds is withheld from every export for readers
outside the team unless a reviewer rejected it; the PDF is read back to prove it."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from core.export_service.demohelp import fold, squeeze
from core.privacy_service.privacyhelp import import_demo
from fieldvault.core.errors import Refused
from fieldvault.core.export.leakcheck import pypdf_pages
from fieldvault.core.vault import Vault

CASES = ["PK-001", "PK-002", "PK-005"]
COUNTS = re.compile(r"Withheldafterreview:(\d+)(?:\(([^)]*)\))?\.Withheldbydefault"
                    r"\(detected,notreviewed\):(\d+)(?:\(([^)]*)\))?\.")
LOG_ROW = re.compile(r"^R(\d+) PK-\d{3} ([A-Z]+) ", re.M)


def export_pages(vault: Vault, out: Path, codes: list[str], **options: Any) -> list[str]:
    result = vault.exports.export(codes=codes, profile="legal", recipient="Law firm",
                                  out_dir=out, **options)
    return list(pypdf_pages(result.pdf.read_bytes()))


def detected_values(vault: Vault, codes: list[str]) -> list[str]:
    """The text of every span the detector found and nobody rejected, in these cases."""
    return [row.text for code in codes for row in vault.privacy.for_case(code)
            if row.placed and row.status != "rejected" and row.text.strip()]


def assert_absent(values: list[str], pages: list[str]) -> None:
    text = fold(" ".join(pages))
    squeezed = squeeze(text)
    for value in values:
        folded = fold(value)
        if len(squeeze(folded)) <= 3 and folded.isascii():
            assert not re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", text)
        else:
            assert squeeze(folded) not in squeezed


def parse_counts(part: str | None) -> dict[str, int]:
    if not part:
        return {}
    return {name: int(count) for name, count in re.findall(r"([A-Z]+)(\d+)", part)}


def cover_counts(pages: list[str]) -> tuple[int, dict[str, int], int, dict[str, int]]:
    match = COUNTS.search(squeeze(" ".join(pages[:2])))
    assert match, "the cover states both counts"
    return (int(match[1]), parse_counts(match[2]), int(match[3]), parse_counts(match[4]))


def log_rows(pages: list[str]) -> tuple[Counter[str], int]:
    """Rows of Appendix A per category, and how many are marked 'by default'."""
    start = next(i for i, page in enumerate(pages) if "Appendix A — Redaction log" in page
                 and "One row per withheld span" in page)
    appendix = " ".join(pages[start:])
    appendix = appendix[:appendix.index("Appendix B — Chain of custody\n")]
    rows = Counter(category for _number, category in LOG_ROW.findall(appendix))
    marks = squeeze(appendix).count("bydefault") - 1  # the introduction names the mark once
    return rows, marks


@pytest.fixture
def demo(vault: Vault) -> Vault:
    import_demo(vault)
    return vault


def test_a_never_scanned_case_is_scanned_by_the_export_and_withholds_every_finding(
        demo: Vault, tmp_path: Path) -> None:
    assert {demo.privacy.state(c).state for c in CASES} == {"not_scanned"}
    ticks: list[int] = []
    pages = export_pages(demo, tmp_path / "out", CASES, progress=lambda d, t: ticks.append(d))
    assert {demo.privacy.state(c).state for c in CASES} == {"undecided"}
    values = detected_values(demo, CASES)
    assert len(values) > 20
    assert_absent(values, pages)
    assert ticks == sorted(ticks) and ticks[-1] == 100
    reviewed, _, by_default, _ = cover_counts(pages)
    assert reviewed == 0 and by_default >= len(values)


def test_an_unreviewed_case_withholds_every_finding_and_the_cover_matches_the_log(
        demo: Vault, tmp_path: Path) -> None:
    found = demo.privacy.scan("PK-001")
    accepted = [r for r in found if r.category == "PERSON"][:3]
    for row in accepted:
        demo.privacy.accept(row.id)
    pages = export_pages(demo, tmp_path / "out", ["PK-001"])
    assert_absent(detected_values(demo, ["PK-001"]), pages)
    reviewed, reviewed_by, by_default, default_by = cover_counts(pages)
    rows, marks = log_rows(pages)
    assert reviewed == len(accepted) and reviewed_by == {"PERSON": len(accepted)}
    assert by_default == marks > 0
    assert reviewed + by_default == sum(rows.values())
    assert Counter(reviewed_by) + Counter(default_by) == rows


def test_a_case_edited_after_review_is_scanned_again_and_withholds_the_new_values(
        demo: Vault, tmp_path: Path) -> None:
    for row in demo.privacy.scan("PK-002"):
        demo.privacy.accept(row.id)
    assert demo.privacy.state("PK-002").state == "reviewed"
    added = "\nQ: Another number?\nA: Call +7 924 555 12 34, or passport 654321987.\n"
    demo.transcripts.save_version("PK-002", demo.transcripts.current("PK-002").text + added)
    assert demo.privacy.state("PK-002").state == "changed"
    pages = export_pages(demo, tmp_path / "out", ["PK-002"])
    assert demo.privacy.state("PK-002").state == "undecided"
    text = squeeze(" ".join(pages))
    assert "5551234" not in text and "654321987" not in text
    assert_absent(detected_values(demo, ["PK-002"]), pages)
    _, _, by_default, default_by = cover_counts(pages)
    assert by_default >= 2 and default_by.get("PHONE", 0) >= 1


def test_only_a_rejection_shows_a_detected_value(demo: Vault, tmp_path: Path) -> None:
    found = demo.privacy.scan("PK-001")
    phone = next(r for r in found if r.category == "PHONE")
    demo.privacy.reject(phone.id)
    shown = demo.privacy.for_case("PK-001")
    value = next(r.text for r in shown if r.id == phone.id)
    pages = export_pages(demo, tmp_path / "out", ["PK-001"])
    assert squeeze(fold(value)) in squeeze(fold(" ".join(pages)))


def test_require_review_refuses_in_one_sentence_and_writes_nothing(
        demo: Vault, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(Refused) as caught:
        export_pages(demo, out, CASES, require_review=True)
    message = str(caught.value)
    assert re.fullmatch(r"\d+ suggestions in 3 of the 3 cases are still undecided; [^.]+\.",
                        message), message
    assert not out.exists()
    for code in CASES:
        for row in demo.privacy.for_case(code):
            demo.privacy.reject(row.id) if row.category == "ORG" else demo.privacy.accept(
                row.id)
    pages = export_pages(demo, out, CASES, require_review=True)
    _rows, marks = log_rows(pages)  # after review, only other mentions are by default
    assert squeeze(" ".join(pages)).count("anothermentionofawithheldvalue") == marks


def test_the_preview_counts_what_the_export_withholds(demo: Vault, tmp_path: Path) -> None:
    demo.privacy.ensure_scanned(["PK-001"])
    first = demo.privacy.for_case("PK-001")[0]
    demo.privacy.accept(first.id)
    preview = demo.exports.preview(["PK-001", "PK-002"], "legal")
    assert preview.to_scan == ["PK-002"] and preview.not_reviewed == ["PK-001", "PK-002"]
    case = preview.cases[0]
    assert case.state.state == "undecided" and case.after_review == {first.category: 1}
    pages = export_pages(demo, tmp_path / "out", ["PK-001"])
    _, reviewed_by, _, default_by = cover_counts(pages)
    assert reviewed_by == case.after_review and default_by == case.by_default
