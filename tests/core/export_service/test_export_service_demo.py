"""The demo cases exported in each profile read back, with two text engines, as exactly the
redacted text an independent re-implementation of the redaction rules expects."""

from __future__ import annotations

import json
import re

import pytest

from core.export_service.conftest import RECIPIENT, DemoVault, Written
from core.export_service.demohelp import Span, body, fold, squeeze
from fieldvault.core.export import verify_dir
from fieldvault.core.export.leakcheck import ALL_EXTRACTORS

ENGINES = ("pdfium", "pypdf")
NEUTRAL = {"은": "은(는)", "는": "은(는)", "이": "이(가)", "가": "이(가)", "을": "을(를)",
           "를": "을(를)", "과": "과(와)", "와": "과(와)", "으로": "(으)로", "로": "(으)로"}
PARTICLE = re.compile(r"(으로|은|는|이|가|을|를|과|와|로)(?![\uac00-\ud7a3])")


def expected_text(text: str, spans: list[Span], withheld: frozenset[str],
                  number: int) -> tuple[str, int]:
    """The redacted transcript as the export rules describe it, and the next number."""
    out, cursor = [], 0
    for span in spans:
        if span.category not in withheld:
            continue
        label = f"{span.category} {span.person_code}" if span.person_code else span.category
        out += [text[cursor:span.start], f"[R{number} · {label}]"]
        number, cursor = number + 1, span.end
        particle = PARTICLE.match(text, cursor)
        if particle:
            out.append(NEUTRAL[particle.group(1)])
            cursor = particle.end()
    out.append(text[cursor:])
    return "".join(out), number


def extract(written: Written, engine: str) -> list[str]:
    if engine == "pypdf":
        return written.pages
    if engine == "pdfium":
        pytest.importorskip("pypdfium2")
    return list(ALL_EXTRACTORS[engine](written.result.pdf.read_bytes()))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("profile", ["legal", "supervisor", "custom"])
def test_pdf_reads_back_as_the_expected_redacted_text(
        demo_template: DemoVault, demo_exports: dict[str, Written], profile: str,
        engine: str) -> None:
    written = demo_exports[profile]
    text = body(extract(written, engine))
    number = 1
    for code in sorted(demo_template.texts):
        expected, number = expected_text(demo_template.texts[code], demo_template.spans[code],
                                         written.withheld, number)
        assert squeeze(expected) in text, f"{engine}: case {code} differs from the expectation"
    assert number - 1 == json.loads(written.result.manifest.read_text())["redactions"]
    assert "[R2·PERSONW-" in text and "이(가)" in text and "Бригадир" in text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("profile", ["legal", "supervisor", "custom"])
def test_no_name_or_withheld_value_can_be_extracted(
        demo_template: DemoVault, demo_exports: dict[str, Written], profile: str,
        engine: str) -> None:
    written = demo_exports[profile]
    text = fold(" ".join(extract(written, engine)))
    for name, _code in demo_template.names:
        assert fold(name) not in text, f"{engine} found a name"
    for code, spans in demo_template.spans.items():
        for span in spans:
            value = fold(demo_template.texts[code][span.start:span.end])
            assert (value in text) == (span.category not in written.withheld), value


def test_places_stay_for_the_supervisor_and_go_for_the_legal_team(
        demo_exports: dict[str, Written]) -> None:
    legal = fold(" ".join(demo_exports["legal"].pages))
    supervisor = fold(" ".join(demo_exports["supervisor"].pages))
    assert "ussuriysk" in supervisor and "уссурийск" in supervisor and "아르툠" in supervisor
    assert "ussuriysk" not in legal and "nakhodka" not in legal
    assert "primorsky krai (place withheld)" in legal


def test_titles_only_where_places_and_organisations_are_shown(
        demo_exports: dict[str, Written]) -> None:
    title = fold("A runaway hiding near Ussuriysk")
    assert title in fold(" ".join(demo_exports["supervisor"].pages))
    assert title in fold(" ".join(demo_exports["custom"].pages))
    legal = " ".join(demo_exports["legal"].pages)
    assert "runaway hiding" not in legal and "\nTitle" not in legal
    assert "Review status draft" in legal and "Year of arrival 2012" in legal


def test_codings_and_memos_follow_the_profile(demo_exports: dict[str, Written]) -> None:
    legend, memo = "Themes coded in this case", fold("Respondent drank during the interview")
    coding_memo = fold("On a passage coded “\"Rabbits\": workers who flee”")
    texts = {name: " ".join(w.pages) for name, w in demo_exports.items()}
    assert legend not in texts["legal"] and memo not in fold(texts["legal"])
    assert legend in texts["supervisor"] and memo in fold(texts["supervisor"])
    assert coding_memo in fold(texts["supervisor"])
    assert legend in texts["custom"] and memo not in fold(texts["custom"])


def test_cover_names_recipient_and_who_holds_the_identity_key(
        demo_exports: dict[str, Written]) -> None:
    for name, written in demo_exports.items():
        cover = fold(written.pages[0] + written.pages[1])
        assert fold(RECIPIENT) in cover
        holds = "held only by the interviewer who keeps the exporting vault" in cover
        assert holds == (name != "supervisor"), name  # supervisor: no statement required


def test_redaction_log_has_a_row_per_token_with_who_and_why(
        demo_exports: dict[str, Written]) -> None:
    written = demo_exports["legal"]
    start = next(i for i, page in enumerate(written.pages) if "Appendix A — Redaction log" in
                 page and "One row per withheld span" in page)
    appendix = " ".join(written.pages[start:])
    appendix = appendix[:appendix.index("Appendix B — Chain of custody\n")]
    total = json.loads(written.result.manifest.read_text())["redactions"]
    rows = re.findall(r"^R(\d+) PK-\d{3} (PERSON|LOCATION|PHONE) ", appendix, re.M)
    assert [int(number) for number, _ in rows] == list(range(1, total + 1))
    assert appendix.count("person found in review") == sum(1 for _, c in rows if c == "PERSON")
    assert appendix.count("tester") == total


def test_chain_of_custody_names_collector_and_coders(demo_exports: dict[str, Written]) -> None:
    pages = demo_exports["supervisor"].pages
    custody = fold(" ".join(pages[next(i for i, p in enumerate(pages)
                                        if "Who collected, coded and reviewed" in p):]))
    assert "seo hana (fictional) (collector)" in custody
    assert "interview recorded" in custody and "(coder) coded" in custody
    assert "test.redactions (audit #" in custody


def test_every_export_verifies_with_the_vault_key(demo_exports: dict[str, Written]) -> None:
    key_ids = {w.result.key_id for w in demo_exports.values()}
    assert len(key_ids) == 1
    for written in demo_exports.values():
        report = verify_dir(written.result.directory, written.result.public_key)
        assert report.ok, report.failures
        assert written.result.values_checked > 100
