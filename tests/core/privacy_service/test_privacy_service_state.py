"""Each case's privacy review state, scanning before exports, and undoing a false person."""

from __future__ import annotations

import pytest
from sqlmodel import select

from core.privacy_service.privacyhelp import add_case
from fieldvault.core.errors import NotFound
from fieldvault.core.privacy.not_a_person import restored_text
from fieldvault.core.records.importer import Cancelled
from fieldvault.core.store import schema
from fieldvault.core.store.models import Person
from fieldvault.core.vault import Vault

TEXT = ("[FICTIONAL] 면담자: 김철수는 어디 있습니까?\n"
        "노동자: 동지 전화가 없어요. 연락처는 010-1234-5678이었다.\n")


def test_a_new_case_is_not_scanned_and_says_so(vault: Vault) -> None:
    code = add_case(vault, TEXT)
    state = vault.privacy.state(code)
    assert (state.state, state.undecided, state.scanned_at) == ("not_scanned", 0, None)
    assert state.sentence() == "not scanned yet"
    assert vault.privacy.states()[code] == state


def test_scanning_deciding_and_editing_move_the_state(vault: Vault) -> None:
    code = add_case(vault, TEXT)
    found = vault.privacy.scan(code)
    state = vault.privacy.state(code)
    assert state.state == "undecided" and state.undecided == len(found) >= 2
    assert state.scanned_at is not None
    for row in found:
        if row.category == "PHONE":
            vault.privacy.reject(row.id)
        else:
            vault.privacy.accept(row.id)
    state = vault.privacy.state(code)
    assert (state.state, state.undecided, state.rejected) == ("reviewed", 0, 1)
    assert state.accepted == len(found) - 1
    vault.transcripts.save_version(code, TEXT + "추가: 박명순도 왔다.\n")
    assert vault.privacy.state(code).state == "changed"


def test_pseudonymising_keeps_the_case_reviewed(vault: Vault) -> None:
    code = add_case(vault, TEXT)
    vault.privacy.scan(code)
    vault.privacy.accept_all(code)
    vault.privacy.pseudonymise(code)
    assert vault.privacy.state(code).state == "reviewed"


def test_ensure_scanned_scans_only_unscanned_and_changed_cases(vault: Vault) -> None:
    fresh, done, edited = (add_case(vault, TEXT) for _ in range(3))
    vault.privacy.scan(done)
    vault.privacy.scan(edited)
    vault.transcripts.save_version(edited, TEXT + "또 왔다.\n")
    ticks: list[tuple[int, int]] = []
    scanned = vault.privacy.ensure_scanned([fresh, done, edited],
                                           lambda d, t: ticks.append((d, t)))
    assert scanned == [fresh, edited]
    assert ticks[-1] == (200, 200) and all(t == 200 for _, t in ticks)
    assert all(s.state == "undecided" for s in vault.privacy.states().values())
    assert vault.privacy.ensure_scanned([fresh, done, edited]) == []
    with pytest.raises(NotFound):
        vault.privacy.ensure_scanned(["PK-999"])


def test_a_cancelled_scan_changes_nothing(vault: Vault) -> None:
    code = add_case(vault, TEXT)
    with pytest.raises(Cancelled):
        vault.privacy.ensure_scanned([code], cancel=lambda: True)
    assert vault.privacy.state(code).state == "not_scanned"


def test_the_scan_table_is_the_last_migration(vault: Vault) -> None:
    assert schema.MIGRATIONS[-1].__name__ == "upgrade_privacy_scans"
    with vault.engine.connect() as conn:
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(privacy_scans)")}
    assert columns == {"case_id", "transcript_id", "scanned_at"}


# --- not a person ----------------------------------------------------------------------------


def _false_person(vault: Vault) -> tuple[str, str]:
    """A case where the ordinary word 전화가 was accepted as a name and pseudonymised."""
    code = add_case(vault, TEXT)
    vault.privacy.scan(code)
    start = TEXT.index("전화가")
    vault.privacy.add_manual(code, start, start + 3, "PERSON")
    vault.privacy.accept_all(code)
    vault.privacy.pseudonymise(code)
    person = next(p.code for p in vault.people.list()
                  if p.identity is not None and p.identity.name == "전화가")
    return code, person


def test_not_a_person_restores_the_words_and_leaves_them_withheld_by_default(
        vault: Vault) -> None:
    code, person = _false_person(vault)
    assert "전화가" not in vault.transcripts.current(code).text
    result = vault.privacy.not_a_person(person)
    assert (result.code, result.cases, result.restored, result.undecided) == (
        person, [code], 1, 1)
    text = vault.transcripts.current(code).text
    assert "동지 전화가 없어요" in text and person not in text
    row = next(r for r in vault.privacy.for_case(code) if r.text == "전화가")
    assert (row.status, row.category, row.person) == ("suggested", "PERSON", None)
    assert person not in [p.code for p in vault.people.list()]
    assert not [s for s in vault.privacy.suggest("동지 전화가 없어요.") if s.source == "gazetteer"]
    with vault.session() as session:
        assert session.exec(select(Person).where(Person.code == person)).first() is None
    entry = vault.audit_entries(f"person:{person}")[-1]
    assert entry.action == "person.not_a_person"
    assert vault.privacy.state(code).state == "undecided"  # not shown until rejected


def test_not_a_person_restores_a_name_with_its_particle(vault: Vault) -> None:
    code = add_case(vault, TEXT)
    vault.privacy.scan(code)
    vault.privacy.accept_all(code)
    vault.privacy.pseudonymise(code)
    person = next(p.code for p in vault.people.list()
                  if p.identity is not None and p.identity.name == "김철수")
    assert f"{person}은(는)" in vault.transcripts.current(code).text
    vault.privacy.not_a_person(person)
    assert "김철수는 어디" in vault.transcripts.current(code).text
    rows = [r for r in vault.privacy.for_case(code) if r.text == "김철수"]
    assert rows and all(r.status == "suggested" for r in rows)


def test_an_unknown_person_code_is_refused_in_one_sentence(vault: Vault) -> None:
    with pytest.raises(NotFound, match=r"^There is no person W-000 in this vault\.$"):
        vault.privacy.not_a_person("W-000")


def test_restored_text_maps_windows_through_unchanged_text() -> None:
    original = "가 김철수는 나 박명순을 다"
    current = "가 W-017은(는) 나 W-018을(를) 다"
    first = current.index("W-017")
    second = current.index("W-018")
    text, spans = restored_text(current, original, [(second, second + 9)])
    assert text == "가 W-017은(는) 나 박명순을 다"
    assert [text[a:b] for a, b in spans] == ["박명순"]
    text, spans = restored_text(current, original, [(first, first + 9), (second, second + 9)])
    assert text == original and [text[a:b] for a, b in spans] == ["김철수", "박명순"]
