"""Round trips between real vaults: interviewer, supervisor, coder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reviewkit import MakeVault, exchange, introduce, new_case, snapshot, theme_ids
from sqlmodel import select

from fieldvault.core.errors import Refused
from fieldvault.core.exchange.merge import ImportReport
from fieldvault.core.store.models import ForeignAudit, Transcript


def report(value: object) -> ImportReport:
    assert isinstance(value, ImportReport)
    return value


def test_interviewer_to_supervisor_and_back(make_vault: MakeVault, tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    code = new_case(ira)
    theme = theme_ids(ira)[0]
    coding = ira.codings.add(code, theme, 12, 40)
    ira.memos.add("coding", coding.id, "quota in tons")
    ira.memos.add("case", code, "recorded in a cafe")
    ira.review.move(code, "submitted")
    first = report(exchange(ira, sam, [code], tmp_path))
    assert (first.sender, first.new_cases, first.codings, first.memos) == ("ira", [code], 1, 2)
    assert sam.cases.get(code).status == "submitted"
    assert sam.transcripts.current(code).text == ira.transcripts.current(code).text
    [view] = sam.codings.for_case(code)
    assert (view.id, view.coder, view.start, view.end) == (coding.id, "ira", 12, 40)
    assert [m.text for m in sam.memos.for_target("coding", coding.id)] == ["quota in tons"]
    with sam.session() as session:
        foreign = session.exec(select(ForeignAudit)).all()
    # case.create is audited with the bare target "case", so it cannot be told apart
    assert {f.action for f in foreign} >= {"coding.add", "memo.add", "case.review"}
    assert {f.origin for f in foreign} == {ira.members.me().signing_fingerprint}

    sam.review.move(code, "in_review")
    sam.review.set_verdict(coding.id, "invalid", "the span misses the number")
    sam.memos.add("case", code, "ask about the agent")
    sam.review.move(code, "returned", "recode the quota sentence")
    back = report(exchange(sam, ira, [code], tmp_path))
    assert back.updated_cases == [code] and back.verdicts == 1 and back.events == 2
    assert ira.cases.get(code).status == "returned"
    [verdict] = ira.review.verdicts(code)
    assert (verdict.verdict, verdict.comment, verdict.reviewer) == (
        "invalid", "the span misses the number", "sam")
    assert ira.review.history(code)[-1].comment == "recode the quota sentence"
    assert sorted(m.text for m in ira.memos.for_target("case", code)) == [
        "ask about the agent", "recorded in a cafe"]
    assert ira.verify_audit().ok and sam.verify_audit().ok
    with ira.session() as session:
        assert session.exec(select(ForeignAudit)).first() is not None


def test_three_vaults_with_a_blind_coder(make_vault: MakeVault, tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    cody = make_vault("cody", "coder")
    introduce(ira, sam, cody)
    code = new_case(ira)
    theme = theme_ids(ira)[0]
    mine = ira.codings.add(code, theme, 12, 40)
    ira.review.move(code, "submitted")
    exchange(ira, sam, [code], tmp_path)
    sam.review.move(code, "in_review")

    to_coder = report(exchange(sam, cody, [code], tmp_path))
    assert to_coder.codings == 0  # blind: the interviewer's coding stays with sam
    assert cody.codings.for_case(code) == []
    cody_coding = cody.codings.add(code, theme, 20, 40)
    assert report(exchange(cody, sam, [code], tmp_path)).codings == 1
    assert {c.coder for c in sam.codings.for_case(code)} == {"ira", "cody"}
    rows = {r.theme: r for r in sam.agreement.compute([code])}
    assert rows[theme].coders == ["cody", "ira"] and rows[theme].units == len(
        sam.transcripts.current(code).text)
    assert rows[theme].agreed == rows[theme].units - 8  # 12-20 coded by ira only

    sam.review.set_verdict(mine.id, "valid")
    sam.review.set_verdict(cody_coding.id, "invalid", "starts too late")
    sam.review.reveal(code)
    sam.review.move(code, "returned", "add the agent's fee")
    out = tmp_path / "both.fvbundle"
    sam.bundles.export(["ira", "cody"], [code], out)
    ira.bundles.import_file(out)
    cody.bundles.import_file(out)
    assert cody.review.is_revealed(code)
    assert {c.coder for c in cody.review.visible_codings(code)} == {"ira", "cody"}
    assert {v.verdict for v in ira.review.verdicts(code)} == {"valid", "invalid"}
    assert ira.cases.get(code).status == cody.cases.get(code).status == "returned"

    text = ira.transcripts.current(code).text
    ira.transcripts.save_version(code, text.replace("90 tons", "ninety tons"))
    ira.review.move(code, "submitted")
    again = report(exchange(ira, sam, [code], tmp_path))
    assert (again.transcripts, again.conflicts) == (1, 0)
    assert sam.transcripts.current(code).text == ira.transcripts.current(code).text
    assert [t.version for t in sam.transcripts.versions(code)] == [1, 2]
    shown = {c.id: (c.start, c.end, c.placed) for c in sam.codings.for_case(code)}
    assert shown == {c.id: (c.start, c.end, c.placed) for c in ira.codings.for_case(code)}
    assert sam.cases.get(code).status == "submitted"
    assert sam.review.conflicts() == []


def test_edits_on_both_sides_keep_both_and_converge(make_vault: MakeVault,
                                                     tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    code = new_case(ira)
    theme = theme_ids(ira)[0]
    ira.review.move(code, "submitted")
    exchange(ira, sam, [code], tmp_path)
    text = sam.transcripts.current(code).text
    sams_coding = sam.codings.add(code, theme, 0, 11)  # "[FICTIONAL]"
    sam.transcripts.save_version(code, text + "\nSupervisor's note: tons are metric.")
    ira.transcripts.save_version(code, text.replace("the agent", "the broker"))  # later
    first = report(exchange(ira, sam, [code], tmp_path))
    assert (first.transcripts, first.conflicts) == (1, 1)
    texts = {t.text for t in sam.transcripts.versions(code)}
    assert len(texts) == 3  # the original and both edits are kept
    assert sam.transcripts.current(code).text == ira.transcripts.current(code).text
    [conflict] = sam.review.conflicts()
    assert conflict.kind == "transcript" and conflict.case_code == code
    [coding] = sam.codings.for_case(code)
    assert coding.id == sams_coding.id and coding.placed and coding.text == "[FICTIONAL]"

    second = report(exchange(sam, ira, [code], tmp_path))
    assert (second.transcripts, second.conflicts) == (1, 1)
    assert ira.transcripts.current(code).text == sam.transcripts.current(code).text
    with ira.session() as session:
        side = session.exec(select(Transcript).where(Transcript.version < 1)).one()
    assert "metric" in side.text  # sam's edit, kept as a side version
    # the supervisor reconciles; the new version fast-forwards the interviewer
    merged = sam.transcripts.current(code).text + "\nSupervisor's note: tons are metric."
    sam.transcripts.save_version(code, merged)
    sam.review.resolve(conflict.id)
    third = report(exchange(sam, ira, [code], tmp_path))
    assert third.conflicts == 0 and ira.transcripts.current(code).text == merged
    assert sam.review.conflicts() == [] and len(ira.review.conflicts()) == 1


def test_same_content_twice_changes_nothing_and_replays_are_refused(
        make_vault: MakeVault, tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    code = new_case(ira)
    ira.codings.add(code, theme_ids(ira)[0], 0, 11)
    ira.memos.add("case", code, "memo")
    ira.review.move(code, "submitted")
    one, two = tmp_path / "one.fvbundle", tmp_path / "two.fvbundle"
    ira.bundles.export(["sam"], [code], one)
    ira.bundles.export(["sam"], [code], two)
    sam.bundles.import_file(one)
    data = snapshot(sam, skip=("audit", "meta", "bundles"))
    entries = sam.verify_audit().entries
    repeat = report(sam.bundles.import_file(two))
    assert (repeat.new_cases, repeat.updated_cases, repeat.codings, repeat.memos,
            repeat.events, repeat.transcripts) == ([], [], 0, 0, 0, 0)
    assert snapshot(sam, skip=("audit", "meta", "bundles")) == data
    assert sam.verify_audit().entries == entries + 1  # only the record of the import
    before = snapshot(sam)
    with pytest.raises(Refused, match="already imported"):
        sam.bundles.import_file(one)
    assert snapshot(sam) == before


def test_identities_reach_supervisors_only(make_vault: MakeVault, tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    cody = make_vault("cody", "coder")
    introduce(ira, sam, cody)
    person = ira.people.add("broker", "Pak Yong-nam", ["박용남"])
    other = ira.people.add("worker", "Kim Chol")  # not mentioned: does not travel
    code = new_case(ira, f"[FICTIONAL] {person.code}의 소개로 왔습니다. He paid {person.code}.")
    with pytest.raises(Refused, match="only to supervisors"):
        ira.bundles.export(["cody"], [code], tmp_path / "x.fvbundle", with_identities=True)
    out = tmp_path / "ids.fvbundle"
    done = ira.bundles.export(["sam", "cody"], [code], out, with_identities=True)
    assert done.identities == 1
    raw = out.read_bytes()
    assert b"Pak" not in raw and "박용남".encode() not in raw
    assert report(sam.bundles.import_file(out)).identities == 1
    assert report(cody.bundles.import_file(out)).identities == 0
    sam_identity = sam.people.identity(person.code)
    assert sam_identity is not None and sam_identity.all_names() == ["Pak Yong-nam", "박용남"]
    assert [p.code for p in cody.people.list()] == [person.code]
    assert cody.people.identity(person.code) is None
    assert other.code not in [p.code for p in sam.people.list()]
    plain = tmp_path / "plain.fvbundle"
    ira.bundles.export(["sam"], [code], plain)
    payload_people = report(sam.bundles.import_file(plain))
    assert payload_people.identities == 0


def test_a_taken_code_is_renamed_and_an_unknown_theme_is_added(make_vault: MakeVault,
                                                                tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    code = new_case(ira, code="C-4242")
    new_case(sam, code="C-4242")  # a different case with the same code
    ira.codebook.add("local.new", "A theme only ira has", theme_ids(ira)[0])
    ira.codings.add(code, "local.new", 0, 11)
    done = report(exchange(ira, sam, [code], tmp_path))
    renamed = done.renamed["C-4242"]
    assert renamed != "C-4242" and done.themes == 1
    assert [c.theme_id for c in sam.codings.for_case(renamed)] == ["local.new"]
    assert sam.codebook.get("local.new").parent_id == theme_ids(ira)[0]
    # a later bundle about the same case finds it by id, not by code
    ira.memos.add("case", code, "follow-up")
    again = report(exchange(ira, sam, [code], tmp_path))
    assert again.updated_cases == [renamed] and again.new_cases == []


def test_a_bundle_adds_a_theme_with_its_translations(make_vault: MakeVault,
                                                     tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    code = new_case(ira, code="C-5151")
    ira.codebook.add("work.night_market", "Night market stalls", "work",
                     definition="Selling at night markets.", definition_ko="야시장 장사.",
                     definition_ru="Торговля на ночных рынках.")
    ira.codings.add(code, "work.night_market", 0, 11)
    exchange(ira, sam, [code], tmp_path)
    theme = sam.codebook.get("work.night_market")
    assert (theme.definition_ko, theme.definition_ru) == ("야시장 장사.",
                                                          "Торговля на ночных рынках.")
    assert theme.example_ko is None


def test_events_beyond_the_senders_role_here_are_refused(make_vault: MakeVault,
                                                          tmp_path: Path) -> None:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    sam.members.set_role("ira", "coder")  # sam does not let ira move cases
    code = new_case(ira)
    ira.review.move(code, "submitted")
    before = snapshot(sam)
    with pytest.raises(Refused, match="which a coder may not do"):
        exchange(ira, sam, [code], tmp_path)
    assert snapshot(sam) == before


def test_manifest_lists_the_cases(make_vault: MakeVault, tmp_path: Path) -> None:
    from fieldvault.core.exchange.envelope import open_envelope

    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    codes = [new_case(ira), new_case(ira)]
    out = tmp_path / "two.fvbundle"
    ira.bundles.export(["sam"], codes, out)
    with sam.session() as session:
        keys = sam.members.keys_in(session)
    assert keys is not None
    opened = open_envelope(out.read_bytes(), keys.box,
                           {bytes.fromhex(_sign_hex(ira)): "ira"})
    payload = json.loads(opened.payload)
    assert payload["format_version"] == 1
    assert sorted(c["code"] for c in payload["manifest"]["cases"]) == sorted(codes)
    assert payload["manifest"]["sender"]["fingerprint"] == ira.members.me().signing_fingerprint
    assert payload["identities"] is None


def _sign_hex(vault: object) -> str:
    from fieldvault.core.exchange.identity import parse_identity_text

    return parse_identity_text(vault.members.me().text).ed25519_public.hex()  # type: ignore[attr-defined]
