"""Scanning a case: suggestions stored as redaction rows, decisions respected, cancel, cache."""

from __future__ import annotations

import pytest

from core.privacy_service.privacyhelp import codes_by_name, import_demo
from fieldvault.core.errors import Refused
from fieldvault.core.progress import Cancelled
from fieldvault.core.vault import Vault


def suggested(vault: Vault, code: str) -> dict[str, list[tuple[str, str | None]]]:
    """Covered text -> [(category, person code)] of the case's suggested rows."""
    out: dict[str, list[tuple[str, str | None]]] = {}
    for row in vault.privacy.for_case(code):
        if row.status == "suggested":
            out.setdefault(row.text, []).append((row.category, row.person))
    return out


def test_scan_finds_demo_names_in_three_scripts_linked_to_their_people(vault: Vault) -> None:
    import_demo(vault)
    codes = codes_by_name(vault)
    rows = vault.privacy.scan("PK-001")
    assert rows and {r.status for r in rows} == {"suggested"}
    found = suggested(vault, "PK-001")
    ri = codes["Ri Myong-chol"]
    for name in ("Ri Myong-chol", "리명철", "Ри Мён Чхоль"):  # Latin, Hangul, Cyrillic
        assert ("PERSON", ri) in found[name], name
    vault.privacy.scan("PK-007")
    assert ("PERSON", codes["박금철"]) in suggested(vault, "PK-007")["박금철"]
    vault.privacy.scan("PK-010")
    assert ("PERSON", codes["Виктор Ким"]) in suggested(vault, "PK-010")["Виктор Ким"]
    text = vault.transcripts.current("PK-001").text
    assert all(text[r.start:r.end].strip() for r in rows)
    assert any(r.category == "PHONE" and r.source == "pattern" for r in rows)


def test_rescan_replaces_suggestions_and_never_resuggests_decided_spans(vault: Vault) -> None:
    import_demo(vault)
    first = vault.privacy.scan("PK-002")
    names = [r for r in first if r.category == "PERSON"]
    accepted = vault.privacy.accept(names[0].id)
    rejected = vault.privacy.reject(names[1].id, reason="not a person here")
    second = vault.privacy.scan("PK-002")
    assert not {r.id for r in second} & {r.id for r in first}
    spans = {(r.start, r.end) for r in second}
    assert (accepted.start, accepted.end) not in spans
    assert (rejected.start, rejected.end) not in spans
    assert len(second) == len(first) - 2
    statuses = {r.id: r.status for r in vault.privacy.for_case("PK-002")}
    assert statuses[accepted.id] == "accepted" and statuses[rejected.id] == "rejected"
    assert sum(1 for s in statuses.values() if s == "suggested") == len(second)


def test_scan_reports_progress_and_a_cancel_keeps_the_earlier_suggestions(
        vault: Vault) -> None:
    import_demo(vault)
    calls: list[tuple[int, int]] = []
    before = {r.id for r in vault.privacy.scan("PK-003", progress=lambda d, t: calls.append(
        (d, t)))}
    length = len(vault.transcripts.current("PK-003").text)
    assert calls and calls[-1] == (length, length)
    with pytest.raises(Cancelled):
        vault.privacy.scan("PK-003", cancel=lambda: True)
    assert {r.id for r in vault.privacy.for_case("PK-003")} == before


def test_a_transcript_saved_during_the_scan_refuses_the_stale_result(vault: Vault) -> None:
    import_demo(vault)
    text = vault.transcripts.current("PK-004").text

    def edit_once(done: int, total: int) -> None:
        if vault.transcripts.current("PK-004").version == 1:
            vault.transcripts.save_version("PK-004", text + "\nQ: One more question.")

    with pytest.raises(Refused, match="changed during the scan"):
        vault.privacy.scan("PK-004", progress=edit_once)
    assert vault.privacy.for_case("PK-004") == []


def test_always_treat_terms_and_new_people_reach_the_next_scan(vault: Vault) -> None:
    import_demo(vault)
    vault.privacy.scan("PK-005")
    assert "pollack" not in suggested(vault, "PK-005")
    vault.privacy.always_treat("pollack", "ORG")
    person = vault.people.add("worker", "Gutting")  # any word can be someone's name
    vault.privacy.scan("PK-005")
    found = suggested(vault, "PK-005")
    assert ("ORG", None) in found["pollack"]
    assert ("PERSON", person.code) in found["Gutting"]


def test_detector_is_cached_until_people_terms_or_themes_change(vault: Vault) -> None:
    first = vault.privacy.detector()
    assert vault.privacy.detector() is first
    vault.people.add("broker", "Ahn Ji-won")
    second = vault.privacy.detector()
    assert second is not first and vault.privacy.detector() is second
    vault.privacy.always_treat("Sea Star Fisheries", "ORG")
    assert vault.privacy.detector() is not second


def test_words_of_the_vaults_theme_names_are_not_suggested(vault: Vault) -> None:
    text = "[FICTIONAL] We met at Zorvak Tribunal in the city."
    assert [s.text for s in vault.privacy.suggest(text)] == ["Zorvak Tribunal"]
    parent = vault.codebook.tree()[0].theme.id
    vault.codebook.add("test.zorvak", "Zorvak Tribunal", parent)
    assert vault.privacy.suggest(text) == []
