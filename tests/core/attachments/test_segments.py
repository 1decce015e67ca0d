"""Coded audio segments against a real vault: add, list, retrieve, refusals, cascades."""

from __future__ import annotations

from pathlib import Path

import pytest
from mediakit import jpeg, pcm, wav
from reviewkit import theme_ids

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.store import schema
from fieldvault.core.vault import Vault


def test_code_list_and_retrieve_segments(vault: Vault, case: str, tmp_path: Path) -> None:
    talk = vault.attachments.add(case, wav(tmp_path / "talk.wav", pcm(10.0)))
    first, second = theme_ids(vault)
    late = vault.attachments.segments.add(talk.id, first, 7_000, 9_500)
    early = vault.attachments.segments.add(talk.id, second, 1_000, 2_000)
    listed = vault.attachments.segments.for_case(case)
    assert [(s.id, s.start_ms, s.end_ms) for s in listed] == [
        (early.id, 1_000, 2_000), (late.id, 7_000, 9_500)]
    assert (late.attachment_name, late.case_code, late.theme_id) == ("talk.wav", case, first)
    assert late.coder == vault.actor_name
    assert [s.id for s in vault.attachments.segments.retrieve([first])] == [late.id]
    parent = vault.codebook.get(first).parent_id
    assert parent is not None
    assert {s.id for s in vault.attachments.segments.retrieve([parent])} >= {late.id}
    assert not vault.attachments.segments.retrieve([parent], subthemes=False)
    vault.attachments.segments.remove(early.id)
    assert [s.id for s in vault.attachments.segments.for_case(case)] == [late.id]
    assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION >= 14


def test_bad_segments_are_refused_with_one_sentence(vault: Vault, case: str,
                                                    tmp_path: Path) -> None:
    talk = vault.attachments.add(case, wav(tmp_path / "talk.wav", pcm(4.0)))
    photo = vault.attachments.add(case, jpeg(tmp_path / "p.jpg"))
    theme = theme_ids(vault)[0]
    for start, end in ((-1, 10), (500, 500), (3_000, 1_000), (1_000, 9_000)):
        with pytest.raises(InputError, match="is not inside recording"):
            vault.attachments.segments.add(talk.id, theme, start, end)
    with pytest.raises(InputError, match="is not a recording"):
        vault.attachments.segments.add(photo.id, theme, 0, 100)
    with pytest.raises(NotFound, match="no theme"):
        vault.attachments.segments.add(talk.id, "no.such.theme", 0, 100)
    assert vault.attachments.segments.for_case(case) == []


def test_segments_go_with_their_recording_and_follow_theme_changes(
        vault: Vault, case: str, tmp_path: Path) -> None:
    talk = vault.attachments.add(case, wav(tmp_path / "talk.wav", pcm(4.0)))
    other = vault.attachments.add(case, wav(tmp_path / "other.wav", pcm(4.0, seed=3)))
    first, second = theme_ids(vault)
    kept = vault.attachments.segments.add(other.id, first, 0, 1_000)
    vault.attachments.segments.add(talk.id, first, 0, 1_000)
    vault.attachments.delete(talk.id)
    assert [s.id for s in vault.attachments.segments.for_case(case)] == [kept.id]
    with pytest.raises(Refused, match="still has 1 codings"):
        vault.codebook.delete(first)
    assert vault.codebook.merge(first, second) == 1
    assert [s.theme_id for s in vault.attachments.segments.for_case(case)] == [second]
    assert vault.codebook.delete(second, on_codings="delete") == 1
    assert vault.attachments.segments.for_case(case) == []
