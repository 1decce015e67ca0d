"""Pseudonymisation: codes replace accepted names, spans follow, old versions are sealed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select

from core.privacy_service.privacyhelp import (
    add_case,
    codes_by_name,
    import_demo,
    plaintext_hits,
)
from fieldvault.core.errors import Refused
from fieldvault.core.privacy.pseudonyms import replace_names
from fieldvault.core.records.textmap import OffsetMap
from fieldvault.core.store.models import SealedTranscript
from fieldvault.core.vault import Vault

KO = ("[FICTIONAL] 김철수는 우수리스크에서 일했다. 반장은 김철수를 불렀다. "
      "나는 김철수와 같이 갔다.")


def korean_case(vault: Vault) -> tuple[str, str]:
    """A case naming 김철수 three times, the person registered; (case code, person code)."""
    person = vault.people.add("worker", "김철수", ["Kim Chol-su"])
    code = add_case(vault, KO)
    rows = vault.privacy.scan(code)
    assert [r.start for r in rows if r.category == "PERSON"] == [
        i for i in range(len(KO)) if KO.startswith("김철수", i)]
    return code, person.code


def test_names_become_codes_with_neutral_korean_particles(vault: Vault) -> None:
    code, person = korean_case(vault)
    vault.privacy.accept_all(code, ["PERSON"])
    result = vault.privacy.pseudonymise(code)
    text = vault.transcripts.current(code).text
    assert result.replaced == 3 and result.transcript.version == 2
    assert f"{person}은(는) 우수리스크에서" in text
    assert f"반장은 {person}을(를) 불렀다" in text and f"{person}와(과) 같이" in text
    assert "김철수" not in text
    names = [r for r in vault.privacy.for_case(code) if r.category == "PERSON"]
    assert len(names) == 3 and {r.text for r in names} == {person}
    assert {r.status for r in names} == {"accepted"} and all(r.placed for r in names)


def test_codings_and_other_redactions_follow_exactly(vault: Vault) -> None:
    code, person = korean_case(vault)
    theme = vault.codebook.tree()[1].theme.id
    spans = {"starts on the name": KO.index("김철수는"),
             "ends on the particle": KO.index("반장은"), "after": KO.index("같이")}
    ends = {"starts on the name": KO.index("일했다") + 3,
            "ends on the particle": KO.index("김철수를") + 4, "after": KO.index("갔다") + 2}
    codings = {k: vault.codings.add(code, theme, spans[k], ends[k]).id for k in spans}
    place = KO.index("우수리스크")
    location = vault.privacy.add_manual(code, place, place + 5, "LOCATION")
    vault.privacy.accept_all(code, ["PERSON"])
    old = vault.transcripts.current(code).text
    result = vault.privacy.pseudonymise(code)
    assert result.carried_codings == 3 and result.unplaced_codings == []
    views = {v.id: v for v in vault.codings.for_case(code)}
    assert views[codings["starts on the name"]].text == f"{person}은(는) 우수리스크에서 일했다"
    assert views[codings["ends on the particle"]].text == f"반장은 {person}을(를)"
    assert views[codings["after"]].text == "같이 갔다"
    # a diff of the two texts could not have kept the first two:
    diff = OffsetMap(old, result.transcript.text)
    assert diff.span(spans["starts on the name"], ends["starts on the name"]) is None
    moved = next(r for r in vault.privacy.for_case(code) if r.id == location.id)
    assert moved.text == "우수리스크" and moved.status == "accepted" and moved.placed


def test_earlier_versions_are_sealed_and_only_the_identity_key_reads_them(
        vault: Vault) -> None:
    code, _person = korean_case(vault)
    vault.transcripts.save_version(code, KO + "\n질문: 더 있습니까?")
    vault.privacy.scan(code)
    vault.privacy.accept_all(code, ["PERSON"])
    result = vault.privacy.pseudonymise(code)
    assert result.sealed_versions == [1, 2] and result.transcript.version == 3
    versions = vault.transcripts.versions(code)
    assert [(v.version, v.text == "") for v in versions] == [(1, True), (2, True), (3, False)]
    assert vault.privacy.original(code, 1) == KO
    assert vault.privacy.original(code, 2).endswith("더 있습니까?")
    with pytest.raises(Refused, match="not sealed"):
        vault.privacy.original(code, 3)
    raw = vault.raw_connection()
    try:
        for sql in ("UPDATE transcripts SET text = 'x' WHERE version = 1",
                    "UPDATE transcripts SET text = '' WHERE version = 3",
                    "UPDATE transcripts SET version = 9, text = '' WHERE version = 1"):
            with pytest.raises(Exception, match="immutable"):
                raw.execute(sql)
    finally:
        raw.close()


def test_shred_leaves_sealed_versions_unreadable_and_stops_new_replacements(
        vault: Vault) -> None:
    code, person = korean_case(vault)
    vault.privacy.accept_all(code, ["PERSON"])
    vault.privacy.pseudonymise(code)
    assert vault.people.shred() == 1
    with vault.session() as session:
        assert session.exec(select(SealedTranscript)).all() == []
    with pytest.raises(Refused, match="not sealed any more"):
        vault.privacy.original(code, 1)
    assert plaintext_hits(vault, "김철수") == []
    start = vault.transcripts.current(code).text.index("우수리스크")
    vault.privacy.add_manual(code, start, start + 5, "PERSON", person=person)
    with pytest.raises(Refused, match="identity key was destroyed"):
        vault.privacy.pseudonymise(code)


def test_nothing_is_replaced_without_acceptance_and_a_second_run_is_a_no_op(
        vault: Vault) -> None:
    code, _person = korean_case(vault)
    audit_before = len(vault.audit_entries())
    untouched = vault.privacy.pseudonymise(code)
    assert untouched.replaced == 0 and untouched.transcript.version == 1
    assert len(vault.audit_entries()) == audit_before
    vault.privacy.accept_all(code, ["PERSON"])
    assert vault.privacy.pseudonymise(code).replaced == 3
    again = vault.privacy.pseudonymise(code)
    assert again.replaced == 0 and again.transcript.version == 2


def test_a_name_accepted_later_gives_one_more_sealed_version(vault: Vault) -> None:
    code, _person = korean_case(vault)
    vault.privacy.accept_all(code, ["PERSON"])
    vault.privacy.pseudonymise(code)
    text = vault.transcripts.current(code).text
    start = text.index("반장")
    row = vault.privacy.add_manual(code, start, start + 2, "PERSON", role="manager")
    result = vault.privacy.pseudonymise(code)
    assert result.replaced == 1 and result.sealed_versions == [2]
    assert vault.privacy.original(code, 2) == text
    current = vault.transcripts.current(code).text
    moved = next(r for r in vault.privacy.for_case(code) if r.id == row.id)
    assert moved.text.startswith("M-") and "반장" not in current


def test_demo_names_leave_every_plaintext_table_and_the_wal(vault: Vault) -> None:
    cases = import_demo(vault)
    names = codes_by_name(vault)
    before = set(plaintext_hits(vault, "리명철"))
    assert "transcripts.text" in before and "search_doc.body" not in before  # no second copy
    mentions: set[str] = set()
    for code in cases:
        vault.privacy.scan(code)
        vault.privacy.accept_all(code, ["PERSON"])
        mentions |= {r.text for r in vault.privacy.for_case(code) if r.category == "PERSON"}
        vault.privacy.pseudonymise(code)
    expected = {"Ri Myong-chol", "리명철", "Ри Мён Чхоль", "림광혁", "Сергей Павлович Орлов"}
    assert expected <= mentions
    leaks = {name: hits for name in names if (hits := plaintext_hits(vault, name))}
    assert leaks == {}
    assert (vault.path / "vault.db-wal").stat().st_size == 0
    # The code replaced the name in PK-001 only. Codes are random, so the search for one may
    # also match digits of a phone number elsewhere: ask which texts hold the code itself.
    code = names["Ri Myong-chol"]
    holders = [c for c in cases if code in vault.transcripts.current(c).text]
    assert holders == ["PK-001"]
    hits = vault.search.query(code)
    assert "PK-001" in [h.case_code for h in hits if h.kind == "transcript"]
    assert vault.search.query("리명철") == []
    assert vault.verify_audit().ok


WORDS = st.lists(st.sampled_from(["김철수", "는", "를", "로", " ", "ab", ".", "x"]),
                 min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(WORDS, st.data())
def test_replacement_map_keeps_unchanged_text_and_covers_tokens(
        pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    names = [i for i in range(len(text)) if text.startswith("김철수", i)]
    spans = [(i, i + 3, f"W-{n:03d}") for n, i in enumerate(names)]
    new, mapping = replace_names(text, spans)
    for region, (_s, _e, token) in zip(mapping.regions, spans, strict=True):
        assert new[region.new_start:region.token_end] == token
        assert mapping.span(region.old_start, region.name_end) == (region.new_start,
                                                                   region.token_end)
    changed = [(r.old_start, r.old_end) for r in mapping.regions]
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    mapped = mapping.span(start, end)
    assert mapped is not None
    if not any(a < end and start < b for a, b in changed):
        assert new[mapped[0]:mapped[1]] == text[start:end]
