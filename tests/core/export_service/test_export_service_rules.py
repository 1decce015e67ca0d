"""What the service refuses, leaves out, records and decides around the engine."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from core.export_service.conftest import DemoVault
from core.export_service.demohelp import body, fold, prepare_demo
from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.export import ExportCancelled, LeakFound, SourceSpan
from fieldvault.core.export.leakcheck import pypdf_pages
from fieldvault.core.export.service import coarse_place, merge_overlaps
from fieldvault.core.store.models import Case, Member, Redaction, Transcript
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

Demo = tuple[Any, DemoVault]


def export_entries(vault: Any) -> list[str]:
    return [e.target for e in vault.audit_entries("case:") if e.action == "export.write"]


def test_a_deleted_redaction_of_a_registered_name_is_withheld_as_another_mention(
        vault: Any, tmp_path: Path) -> None:
    prepare_demo(vault)
    with vault.write("test.unredact", "case:PK-001", {}) as session:
        case = session.exec(select(Case).where(Case.code == "PK-001")).one()
        text = session.exec(select(Transcript.text)
                            .where(Transcript.case_id == case.id)).one()
        rows = session.exec(select(Redaction).where(Redaction.case_id == case.id)).all()
        missed = [row for row in rows if text[row.start:row.end] == "Myong-chol"]
        assert missed
        for row in missed:
            session.delete(row)
    result = vault.exports.export(codes=["PK-001", "PK-002"], profile="legal",
                                  recipient="Law firm", out_dir=tmp_path / "for-lawyers")
    pages = list(pypdf_pages(result.pdf.read_bytes()))
    assert "myong" not in fold(" ".join(pages))
    assert body(pages).count("anothermentionofawithheldvalue") >= len(missed)


def test_a_name_the_redaction_cannot_see_refuses_the_export_and_leaves_no_folder(
        vault: Any, tmp_path: Path) -> None:
    prepare_demo(vault)
    text = vault.transcripts.current("PK-001").text
    vault.transcripts.save_version("PK-001", text + "\nQ: And Myong\u00ad-chol?")
    out = tmp_path / "for-lawyers"
    with pytest.raises(LeakFound) as caught:
        vault.exports.export(codes=["PK-001", "PK-002"], profile="legal",
                             recipient="Law firm", out_dir=out)
    message = str(caught.value)
    assert "Myong" not in message
    assert ("a registered name, variant or contact of W-" in message
            or "an accepted PERSON redaction of case" in message), message
    assert caught.value.page is not None and f"page {caught.value.page}" in message
    assert not out.exists()
    assert export_entries(vault) == []


def test_a_recipient_naming_a_person_is_refused(demo: Demo, tmp_path: Path) -> None:
    vault, _ = demo
    with pytest.raises(InputError, match="recipient"):
        vault.exports.export(codes=["PK-003"], profile="legal", recipient="Mr Orlov's lawyer",
                             out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_memo_naming_a_person_is_left_out_with_a_note(demo: Demo, tmp_path: Path) -> None:
    vault, _ = demo
    vault.memos.add("case", "PK-003", "Ask Sergei Pavlovich Orlov about the 2016 contract.")
    result = vault.exports.export(codes=["PK-003"], profile="supervisor",
                                  recipient="Supervisor", out_dir=tmp_path / "out")
    assert result.omitted == ("The memo of case PK-003 was left out: it contains a value this "
                              "export withholds.",)
    text = fold(" ".join(pypdf_pages(result.pdf.read_bytes())))
    assert "(memo left out: it contains a withheld value)" in text
    assert fold("The interpreter spoke freely only because") in text
    assert "orlov" not in text


def test_cancelling_leaves_nothing_and_records_nothing(demo: Demo, tmp_path: Path) -> None:
    vault, _ = demo
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        vault.exports.export(codes=["PK-001", "PK-006"], profile="legal", recipient="Law firm",
                             out_dir=tmp_path / "out", progress=lambda d, t: seen.append(d),
                             cancel=lambda: bool(seen) and seen[-1] >= 50)
    assert seen and not (tmp_path / "out").exists() and export_entries(vault) == []


def test_export_is_audited_per_case_and_leaves_status_alone(demo: Demo,
                                                           tmp_path: Path) -> None:
    vault, _ = demo
    seen: list[int] = []
    result = vault.exports.export(codes=["PK-006", "PK-001"], profile="legal",
                                  recipient="Law firm", out_dir=tmp_path / "out",
                                  progress=lambda d, t: seen.append(d))
    assert seen == sorted(seen) and seen[-1] == 100
    assert export_entries(vault) == ["case:PK-001", "case:PK-006"]
    assert vault.verify_audit().ok
    assert {vault.cases.get(c).status for c in ("PK-001", "PK-006")} == {"draft"}
    assert result.marked_exported == ()
    doc, _ = vault.exports.build_document(codes=["PK-001"], profile="legal", recipient="x")
    actions = [event.action for event in doc.cases[0].custody]
    assert any(action.startswith("export.write (audit #") for action in actions)


def test_mark_exported_moves_only_approved_cases(demo: Demo, tmp_path: Path) -> None:
    vault, _ = demo
    vault.members.update_self(role="owner")
    for status in ("submitted", "in_review", "approved"):
        vault.review.move("PK-001", status)
    result = vault.exports.export(codes=["PK-001", "PK-002"], profile="legal",
                                  recipient="Law firm", out_dir=tmp_path / "out",
                                  mark_exported=True)
    assert result.marked_exported == ("PK-001",)
    assert vault.cases.get("PK-001").status == "exported"
    assert vault.cases.get("PK-002").status == "draft"
    doc, _ = vault.exports.build_document(codes=["PK-001"], profile="legal", recipient="x")
    custody = [(event.actor, event.action) for event in doc.cases[0].custody]
    assert ("tester (reviewer)", "review: in_review → approved") in custody
    assert ("tester (reviewer)", "review: approved → exported") in custody
    assert dict(doc.cases[0].metadata)["Review status"] == "exported"


def test_the_export_key_is_dedicated_and_survives_reopening(demo: Demo) -> None:
    vault, _ = demo
    first = vault.exports.public_key()
    vault.members.ensure_keys()
    with vault.session() as session:
        member_key = session.exec(select(Member).where(Member.is_self == True)).one()  # noqa: E712
    assert member_key.sign_public != first.raw
    path = vault.path
    vault.lock()
    with Vault.open(path, Passphrase(PASSPHRASE)) as again:
        assert again.exports.public_key() == first
        assert [e.action for e in again.audit_entries("vault")].count("export.key") == 1


def test_a_coder_working_blind_exports_only_their_own_codings(demo: Demo) -> None:
    vault, _ = demo
    vault.members.update_self(role="coder")
    doc, _ = vault.exports.build_document(codes=["PK-001"], profile="supervisor", recipient="x")
    assert doc.cases[0].codings == []
    vault.codings.add("PK-001", _any_theme(vault), 60, 90)
    doc, _ = vault.exports.build_document(codes=["PK-001"], profile="supervisor", recipient="x")
    assert len(doc.cases[0].codings) == 1


def _any_theme(vault: Any) -> str:
    return str(vault.codebook.tree()[1].theme.id)


def test_theme_reports_need_codings_and_known_themes(demo: Demo) -> None:
    vault, _ = demo
    with pytest.raises(InputError, match="theme report"):
        vault.exports.build_document(themes=[_any_theme(vault)], profile="legal", recipient="x")
    with pytest.raises(NotFound, match="no-such-theme"):
        vault.exports.build_document(themes=["no-such-theme"], profile="supervisor",
                                     recipient="x")
    with pytest.raises(NotFound, match="PK-999"):
        vault.exports.build_document(codes=["PK-001", "PK-999"], profile="legal",
                                     recipient="x")
    with pytest.raises(InputError, match="cases or the themes"):
        vault.exports.build_document(profile="legal", recipient="x")


def test_profile_options_belong_to_the_custom_profile(demo: Demo) -> None:
    vault, _ = demo
    with pytest.raises(InputError, match="only for the custom profile"):
        vault.exports.profile("legal", withhold=["PERSON"])
    with pytest.raises(InputError, match="needs the categories"):
        vault.exports.profile("custom")
    with pytest.raises(InputError, match="Unknown redaction category NAME"):
        vault.exports.profile("custom", withhold=["PERSON", "name"])
    custom = vault.exports.profile("custom", withhold=["phone", " id"], include_codings=True)
    assert custom.withheld == {"PHONE", "ID"} and custom.include_codings
    assert not custom.include_memos and not custom.identity_statement


def test_without_people_withheld_names_are_not_searched_for(demo: Demo) -> None:
    vault, data = demo
    profile = vault.exports.profile("custom", withhold=["PHONE"])
    doc, withheld = vault.exports.build_document(codes=["PK-002"], profile=profile,
                                                 recipient="x")
    assert "Kang Song-hun" not in withheld and "Kang Song-hun" in doc.cases[0].text
    assert doc.identity_statement is None
    phones = [data.texts["PK-002"][s.start:s.end] for s in data.spans["PK-002"]
              if s.category == "PHONE"]
    assert phones and set(phones) <= set(withheld)


def test_identity_statement_after_the_identity_store_is_shredded(demo: Demo) -> None:
    vault, _ = demo
    doc, withheld = vault.exports.build_document(codes=["PK-001"], profile="legal",
                                                 recipient="x")
    assert "Ri Myong-chol" in withheld and "interviewer who keeps" in str(doc.identity_statement)
    vault.people.shred()
    doc, withheld = vault.exports.build_document(codes=["PK-001"], profile="legal",
                                                 recipient="x")
    assert "has been destroyed" in str(doc.identity_statement)
    assert "Ri Myong-chol" in withheld  # still an accepted redaction's original


def test_redactions_of_other_versions_and_cases_stay_withheld(demo: Demo) -> None:
    """Values accepted anywhere in the vault are searched for in every export."""
    vault, data = demo
    old = vault.transcripts.current("PK-002").text
    vault.transcripts.save_version("PK-002", old.replace("Ussuriysk", "the town"))
    doc, withheld = vault.exports.build_document(codes=["PK-001"], profile="legal",
                                                 recipient="x")
    assert "Ussuriysk" in withheld and "Ussuriysk" not in doc.cases[0].text
    assert "Vladivostok" in withheld  # accepted in PK-002's first version only
    assert "Vladivostok" in data.texts["PK-002"] and "Vladivostok" not in data.texts["PK-001"]


def test_overlapping_withheld_spans_merge_into_one_token() -> None:
    spans = [SourceSpan(10, 20, "ADDRESS", None, "address"),
             SourceSpan(12, 16, "PERSON", "W-001", "name"),
             SourceSpan(25, 30, "PHONE"), SourceSpan(28, 34, "PHONE", None, "second")]
    merged = merge_overlaps(spans)
    assert [(s.start, s.end, s.category) for s in merged] == [(10, 20, "ADDRESS"),
                                                               (25, 34, "PHONE")]
    assert merged[0].reason == "address; name" and merged[1].reason == "second"


def test_overlapping_redactions_in_the_vault_still_export(demo: Demo) -> None:
    vault, data = demo
    first = next(s for s in data.spans["PK-001"] if s.category == "PERSON")
    with vault.write("test.overlap", "case:PK-001", {}) as session:
        row = session.exec(select(Redaction).where(Redaction.start == first.start)).first()
        assert row is not None
        session.add(Redaction(case_id=row.case_id, transcript_id=row.transcript_id,
                              start=max(0, first.start - 3), end=first.end, category="ADDRESS",
                              status="accepted", source="test"))
    doc, _ = vault.exports.build_document(codes=["PK-001"], profile="legal", recipient="x")
    assert len(doc.cases[0].redactions) == len(data.spans["PK-001"])


def test_coarse_places() -> None:
    assert coarse_place("Уссурийск") == "Primorsky Krai (place withheld)"
    assert coarse_place("  Bolshoy  Kamen ") == "Primorsky Krai (place withheld)"
    assert coarse_place("Tumen") == "withheld (LOCATION)"


def test_theme_report_carries_passages_with_case_and_context(demo: Demo,
                                                             tmp_path: Path) -> None:
    vault, _ = demo
    top = max((n for n in vault.codebook.tree() if n.depth == 0), key=lambda n: n.total)
    retrieved = vault.codings.retrieve([top.theme.id])
    doc, _ = vault.exports.build_document(themes=[top.theme.id], profile="supervisor",
                                          recipient="x")
    assert len(doc.passages) == len(retrieved) > 3
    assert {p.case_code for p in doc.passages} == {p.case_code for p in retrieved}
    assert all(not case.segments and not case.memos for case in doc.cases)
    assert any(p.before.startswith("…") for p in doc.passages)
    result = vault.exports.export(themes=[top.theme.id], profile="supervisor",
                                  recipient="Supervisor", out_dir=tmp_path / "themes")
    pages = list(pypdf_pages(result.pdf.read_bytes()))
    text = body(pages)
    for passage in doc.passages:
        assert "".join((passage.passage).split()) in text
    whole = " ".join(pages)
    assert "Theme report" in whole and "\nTranscript\n" not in whole
    assert whole.count("Case PK-") >= len(doc.passages)


def test_custody_folds_runs_of_the_same_audited_action(demo: Demo) -> None:
    vault, _ = demo
    theme = _any_theme(vault)
    for start in (10, 40, 70):
        vault.codings.add("PK-002", theme, start, start + 20)
    doc, _ = vault.exports.build_document(codes=["PK-002"], profile="supervisor",
                                          recipient="x")
    folded = [e for e in doc.cases[0].custody if e.action.startswith("coding.add")]
    assert len(folded) == 1 and folded[0].actor == "tester"
    assert re.fullmatch(r"coding\.add ×3 \(audit #(\d+)–#(\d+), [0-9a-f]{12}\)", folded[0].action)
    actions = [e.action for e in doc.cases[0].custody]
    assert actions[:2] == ["interview recorded", "case record created in the vault"]


def test_a_theme_report_can_be_limited_to_some_cases(demo: Demo) -> None:
    vault, _ = demo
    everywhere = vault.codings.retrieve(["return"])
    assert len({p.case_code for p in everywhere}) > 2
    doc, _ = vault.exports.build_document(themes=["return"], codes=["PK-006", "PK-007"],
                                          profile="supervisor", recipient="x")
    assert {p.case_code for p in doc.passages} == {"PK-006", "PK-007"}
    assert len(doc.passages) == sum(p.case_code in ("PK-006", "PK-007") for p in everywhere)
