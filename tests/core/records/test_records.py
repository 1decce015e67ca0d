from __future__ import annotations

import pytest

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Vault

TEXT = ("[FICTIONAL] Q: How was the quota set? A: The plan fee was 700 dollars a month. "
        "그는 토끼가 되었다. Он уехал в Уссурийске.")


def new_case(vault: Vault, text: str = TEXT, **extra: object) -> str:
    data = CaseInput(title="Test interview", transcript=text, languages=["en", "ko", "ru"],
                     interview_date="2015-06-01", interviewer="tester",
                     attributes={"sector": "construction", "year_of_arrival": 2012}, **extra)
    return vault.cases.create(data).code


def theme_id(vault: Vault) -> str:
    return next(n.theme.id for n in vault.codebook.tree() if n.depth == 1)


def test_case_gets_a_random_pseudonymous_code_and_typed_attributes(vault: Vault) -> None:
    code = new_case(vault)
    assert code.startswith("C-") and len(code) == 5
    [summary] = vault.cases.summaries()
    assert summary.attributes == {"sector": "construction", "year_of_arrival": 2012}
    assert summary.interviewer == "tester" and summary.languages == ["en", "ko", "ru"]


def test_attribute_type_is_enforced(vault: Vault) -> None:
    code = new_case(vault)
    with pytest.raises(InputError, match="takes integer values"):
        vault.cases.set_attribute(code, "year_of_arrival", "twenty")


def test_filters_by_status_attribute_and_theme(vault: Vault) -> None:
    first, second = new_case(vault), new_case(vault)
    vault.cases.update(second, status="submitted")
    vault.codings.add(first, theme_id(vault), 0, 11)
    assert [c.code for c in vault.cases.summaries(status="submitted")] == [second]
    assert [c.code for c in vault.cases.summaries(theme=theme_id(vault))] == [first]
    parent = vault.codebook.get(theme_id(vault)).parent_id
    assert [c.code for c in vault.cases.summaries(theme=parent)] == [first]
    assert len(vault.cases.summaries(attributes={"sector": "construction"})) == 2


def test_coding_offsets_outside_the_text_are_refused(vault: Vault) -> None:
    code = new_case(vault)
    with pytest.raises(InputError, match="outside case"):
        vault.codings.add(code, theme_id(vault), 10, len(TEXT) + 1)


def test_unknown_theme_is_refused(vault: Vault) -> None:
    code = new_case(vault)
    with pytest.raises(NotFound, match="no theme 'no.such'"):
        vault.codings.add(code, "no.such", 0, 5)


def test_transcript_versions_are_immutable_and_codings_follow(vault: Vault) -> None:
    code = new_case(vault)
    quota = TEXT.index("quota")
    fee = TEXT.index("700 dollars")
    kept = vault.codings.add(code, theme_id(vault), quota, quota + 5)
    lost = vault.codings.add(code, theme_id(vault), fee, fee + 11)
    corrected = "Interview, corrected. " + TEXT.replace("700 dollars", "about")
    result = vault.transcripts.save_version(code, corrected)
    assert result.transcript.version == 2 and result.carried == 1
    assert [c.id for c in result.unplaced] == [lost.id]
    views = {v.id: v for v in vault.codings.for_case(code)}
    assert views[kept.id].text == "quota" and not views[lost.id].placed
    assert [t.version for t in vault.transcripts.versions(code)] == [1, 2]
    raw = vault.raw_connection()
    with pytest.raises(Exception, match="immutable"):
        raw.execute("UPDATE transcripts SET text = 'x'")
    raw.close()


def test_text_is_stored_nfc_with_lf(vault: Vault) -> None:
    decomposed = "[FICTIONAL] 토끼".encode().decode()
    import unicodedata

    code = new_case(vault, unicodedata.normalize("NFD", decomposed) + "\r\nline two")
    text = vault.transcripts.current(code).text
    assert text == unicodedata.normalize("NFC", decomposed) + "\nline two"


def test_retrieve_returns_passages_with_context_across_cases(vault: Vault) -> None:
    theme = theme_id(vault)
    for _ in range(2):
        code = new_case(vault)
        start = TEXT.index("plan fee")
        vault.codings.add(code, theme, start, start + 8)
    passages = vault.codings.retrieve([theme])
    assert len(passages) == 2 and all(p.text == "plan fee" for p in passages)
    assert passages[0].before.endswith("A: The ")


def test_memos_on_case_theme_and_coding(vault: Vault) -> None:
    code = new_case(vault)
    coding = vault.codings.add(code, theme_id(vault), 0, 11)
    vault.memos.add("case", code, "case memo")
    vault.memos.add("theme", theme_id(vault), "theme memo")
    memo = vault.memos.add("coding", coding.id, "coding memo")
    vault.memos.edit(memo.id, "coding memo, edited")
    assert [m.text for m in vault.memos.for_target("coding", coding.id)] == [
        "coding memo, edited"]
    with pytest.raises(InputError):
        vault.memos.add("case", code, "   ")


def test_people_get_random_codes_and_sealed_identities(vault: Vault) -> None:
    person = vault.people.add("worker", "Kim Chol-su", ["김철수", "Ким Чхоль Су"])
    assert person.code.startswith("W-")
    identity = vault.people.identity(person.code)
    assert identity is not None and "김철수" in identity.variants
    with vault.engine.connect() as conn:
        sealed = conn.exec_driver_sql("SELECT sealed FROM identities").scalar_one()
    assert b"Kim" not in sealed


def test_crypto_shred_makes_identities_unrecoverable(vault: Vault) -> None:
    person = vault.people.add("broker", "Pak Yong-nam")
    assert vault.people.shred() == 1
    assert vault.people.identity(person.code) is None
    assert [p.code for p in vault.people.list()] == [person.code]
    with pytest.raises(Refused):
        vault.people.add("worker", "Ri Myong-chol")


def test_codebook_edit_operations(vault: Vault) -> None:
    code = new_case(vault)
    parent = vault.codebook.tree()[0].theme.id
    vault.codebook.add("test.a", "Theme A", parent)
    vault.codebook.add("test.b", "Theme B", parent)
    vault.codings.add(code, "test.a", 0, 5)
    with pytest.raises(Refused, match="still has 1 codings"):
        vault.codebook.delete("test.a")
    assert vault.codebook.merge("test.a", "test.b") == 1
    assert [c.theme_id for c in vault.codings.for_case(code)] == ["test.b"]
    with pytest.raises(Refused):
        vault.codebook.move(parent, "test.b")
    vault.codebook.delete("test.b", on_codings="delete")
    assert vault.codings.for_case(code) == []
    actions = [c.action for c in vault.codebook.changelog()]
    assert actions[-4:] == ["add", "add", "merge", "delete"]


def test_change_subscribers_hear_each_commit_once(vault: Vault) -> None:
    heard: list[str] = []
    vault.subscribe(lambda change: heard.append(change.action))
    new_case(vault)
    assert heard == ["case.create"]


def test_failed_write_leaves_nothing(vault: Vault) -> None:
    before = vault.verify_audit().entries
    with pytest.raises(InputError):
        vault.cases.create(CaseInput(title="x", transcript="", languages=["en"]))
    with pytest.raises(InputError):
        new_case(vault, code="C-1")
    assert vault.cases.summaries() == [] and vault.verify_audit().entries == before


def test_deleting_a_case_removes_its_text_memos_and_index_entries(vault: Vault) -> None:
    code = new_case(vault, TEXT + " Zyxwvu")
    coding = vault.codings.add(code, theme_id(vault), 0, 11)
    vault.memos.add("case", code, "memo qwertz")
    vault.memos.add("coding", coding.id, "memo asdfgh")
    assert vault.search.query("Zyxwvu") and vault.search.query("qwertz")
    vault.cases.delete(code)
    for word in ("Zyxwvu", "qwertz", "asdfgh"):
        assert vault.search.query(word) == [], word
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM memos").scalar_one() == 0
    entries = [e for e in vault.audit_entries() if e.action == "case.create"]
    assert entries[-1].target == f"case:{code}"


def test_impossible_interview_dates_are_refused(vault: Vault) -> None:
    for bad in ("2015-13-01", "2015-02-30", "15-1-1"):
        with pytest.raises(InputError, match="not a YYYY-MM-DD date"):
            vault.cases.create(CaseInput(title="t", transcript=TEXT, languages=["en"],
                                         interview_date=bad))
