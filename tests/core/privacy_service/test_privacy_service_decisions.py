"""Human decisions on suggestions: accept, reject, change, manual spans, always-treat, roles."""

from __future__ import annotations

import pytest

from core.privacy_service.privacyhelp import add_case, codes_by_name, import_demo
from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.store.models import GazetteerTerm, Person
from fieldvault.core.vault import Vault

TEXT = "[FICTIONAL] 안지원은 나홋카 항구에서 일했다. 연락처는 010-1234-5678이었다."


def row_for(vault: Vault, code: str, text: str, status: str = "suggested") -> str:
    return next(r.id for r in vault.privacy.for_case(code)
                if r.text == text and r.status == status)


def test_accepting_an_inflected_mention_links_the_known_person_and_keeps_the_variant(
        vault: Vault) -> None:
    import_demo(vault)
    rustam = codes_by_name(vault)["Рустам"]
    vault.privacy.scan("PK-010")
    row = vault.privacy.accept(row_for(vault, "PK-010", "Рустаму"), reason="courier")
    person = vault.people.identity(rustam)
    assert row.status == "accepted" and row.reason == "courier"
    assert row.decided_by == vault.me.id and row.decided_at
    assert person is not None and "Рустаму" in person.variants
    with vault.session() as session:
        assert session.get(Person, row.person_id).code == rustam  # type: ignore[union-attr]
    assert [e.action for e in vault.audit_entries(f"redaction:{row.id}")] == [
        "redaction.accept"]


def test_an_unknown_name_becomes_a_person_with_the_chosen_role(vault: Vault) -> None:
    code = add_case(vault, TEXT)
    start = TEXT.index("안지원")
    row = vault.privacy.add_manual(code, start - 1, start + 3, "person", role="worker")
    assert (row.start, row.end, row.category) == (start, start + 3, "PERSON")  # space trimmed
    assert row.status == "accepted" and row.source == "manual"
    people = vault.people.list()
    assert len(people) == 1 and people[0].code.startswith("W-")
    assert people[0].identity is not None and people[0].identity.name == "안지원"
    again = vault.privacy.scan(code)
    assert not [r for r in again if r.start < row.end and row.start < r.end]


def test_reject_and_category_changes_are_decisions_of_the_owner(vault: Vault) -> None:
    code = add_case(vault, TEXT)
    vault.privacy.scan(code)
    phone = vault.privacy.reject(row_for(vault, code, "010-1234-5678"))
    assert phone.status == "rejected" and phone.decided_by == vault.me.id
    place = row_for(vault, code, "나홋카")
    changed = vault.privacy.set_category(place, "ORG")
    assert (changed.category, changed.status) == ("ORG", "suggested")
    accepted = vault.privacy.accept(place, category="LOCATION")
    assert accepted.category == "LOCATION" and accepted.person_id is None
    as_person = vault.privacy.set_category(place, "PERSON", role="official")
    assert as_person.status == "accepted" and as_person.person_id is not None
    back = vault.privacy.set_category(place, "LOCATION")
    assert back.person_id is None
    actions = [e.action for e in vault.audit_entries("redaction:")]
    assert actions.count("redaction.category") == 3 and "redaction.reject" in actions
    with pytest.raises(InputError, match="not a redaction category"):
        vault.privacy.set_category(place, "NAME")
    with pytest.raises(NotFound):
        vault.privacy.accept("no-such-id")


def test_manual_spans_replace_suggestions_but_not_accepted_spans(vault: Vault) -> None:
    code = add_case(vault, TEXT)
    vault.privacy.scan(code)
    port = TEXT.index("나홋카 항구")
    manual = vault.privacy.add_manual(code, port, port + 6, "LOCATION")
    rows = vault.privacy.for_case(code)
    assert not [r for r in rows if r.status == "suggested" and r.start < manual.end
                and manual.start < r.end]
    with pytest.raises(InputError, match="overlaps an accepted LOCATION"):
        vault.privacy.add_manual(code, port + 4, port + 8, "ADDRESS")
    with pytest.raises(InputError, match="outside the transcript"):
        vault.privacy.add_manual(code, 5, len(TEXT) + 1, "ID")
    with pytest.raises(InputError, match="only spaces"):
        vault.privacy.add_manual(code, TEXT.index(" "), TEXT.index(" ") + 1, "ID")


def test_accept_all_takes_the_chosen_categories_only(vault: Vault) -> None:
    import_demo(vault)
    rows = vault.privacy.scan("PK-011")
    done = vault.privacy.accept_all("PK-011", ["PHONE", "dob"])
    assert done and {r.category for r in done} <= {"PHONE", "DOB"}
    expected = {r.id for r in rows if r.category in ("PHONE", "DOB")}
    assert {r.id for r in done} == expected
    left = [r for r in vault.privacy.for_case("PK-011") if r.status == "suggested"]
    assert len(left) == len(rows) - len(done) and all(r.category not in ("PHONE", "DOB")
                                                      for r in left)
    with pytest.raises(InputError, match="'NAME' is not a redaction category"):
        vault.privacy.accept_all("PK-011", ["NAME"])


def test_accept_all_links_repeated_unknown_names_to_one_new_person(vault: Vault) -> None:
    code = add_case(vault, "[FICTIONAL] Pak Chol-ho came in May. Later Pak Chol-ho left.",
                    ["en"])
    rows = vault.privacy.scan(code)
    assert [(r.category, r.person_id) for r in rows] == [("PERSON", None)] * 2
    vault.privacy.accept_all(code, role="worker")
    people = vault.people.list()
    assert len(people) == 1 and people[0].code.startswith("W-")
    assert {r.person for r in vault.privacy.for_case(code)} == {people[0].code}


def test_always_treat_stores_terms_and_registers_people_once(vault: Vault) -> None:
    term = vault.privacy.always_treat("  Sea Star Fisheries ", "org")
    assert isinstance(term, GazetteerTerm) and term.term == "Sea Star Fisheries"
    assert vault.privacy.always_treat("Sea Star Fisheries", "ORG").id == term.id
    assert [t.term for t in vault.privacy.terms()] == ["Sea Star Fisheries"]
    person = vault.privacy.always_treat("Ahn Ji-won", "PERSON", role="broker")
    assert isinstance(person, Person) and person.code.startswith("B-")
    assert vault.privacy.always_treat("Ahn Ji-won", "PERSON").id == person.id
    vault.privacy.always_treat("안지원", "PERSON", person=person.code)
    identity = vault.people.identity(person.code)
    assert identity is not None and identity.all_names() == ["Ahn Ji-won", "안지원"]
    assert len(vault.people.list()) == 1
    with vault.session() as session:
        assert session.get(GazetteerTerm, term.id) is not None
    vault.privacy.remove_term(term.id)
    assert vault.privacy.terms() == []
    with pytest.raises(InputError, match="two letters"):
        vault.privacy.always_treat("X", "ORG")


def test_role_prefixes_are_set_per_vault(vault: Vault) -> None:
    roles = vault.people.roles()
    assert roles["worker"] == "W" and roles["other"] == "P"
    vault.people.set_roles({**roles, "cook": "K"})
    assert vault.people.add("cook", "Ahn Ji-won").code.startswith("K-")
    for bad, message in [({**roles, "cook": "k1"}, "capital letters"),
                         ({"worker": "W"}, "must include 'other'"),
                         ({**roles, "cook": "W"}, "share a prefix"),
                         ({**roles, "Cook": "K"}, "not a role name"),
                         ({**roles, "cook": "C"}, "case codes")]:
        with pytest.raises(InputError, match=message):
            vault.people.set_roles(bad)
    with pytest.raises(InputError, match="not a person role"):
        vault.people.add("spy", "Someone")


def test_decisions_need_the_current_transcript(vault: Vault) -> None:
    code = add_case(vault, TEXT)
    vault.privacy.scan(code)
    place = row_for(vault, code, "010-1234-5678")
    vault.transcripts.save_version(code, TEXT.replace("010-1234-5678", "(withheld)"))
    with pytest.raises(Refused, match="not on the current transcript"):
        vault.privacy.accept(place)
    assert vault.privacy.reject(place).status == "rejected"
