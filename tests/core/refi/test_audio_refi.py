"""Coded audio segments in REFI-QDA projects: AudioSource + AudioSelection (milliseconds),
valid against Project.xsd, the recording inside only when chosen, and back in again."""

from __future__ import annotations

import sys
import wave
import zipfile
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET
from refihelp import valid_but_for_our_ids

from fieldvault.core.errors import InputError
from fieldvault.core.refi import describe_export, export_project, import_project
from fieldvault.core.refi.xmlio import PROJECT_NS
from fieldvault.core.vault import Vault

sys.path.insert(0, str(Path(__file__).parents[1] / "attachments"))  # mediakit
import mediakit  # noqa: E402

NS = {"q": PROJECT_NS}


def _coded(filled: Vault, tmp_path: Path) -> tuple[str, list[tuple[str, int, int, str | None]]]:
    """PK-101 gets a 20 s recording with two coded segments by two coders."""
    talk = filled.attachments.add("PK-101", mediakit.wav(tmp_path / "talk.wav",
                                                        mediakit.pcm(20.0)))
    themes = [node.theme.id for node in filled.codebook.tree()]
    filled.attachments.segments.add(talk.id, themes[1], 1_250, 4_000, coder="Kim Coder")
    filled.attachments.segments.add(talk.id, themes[2], 12_000, 19_500)
    return talk.id, _segments(filled)


def _segments(vault: Vault) -> list[tuple[str, int, int, str | None]]:
    return sorted((s.theme_id, s.start_ms, s.end_ms, s.coder)
                  for s in vault.attachments.segments.retrieve(None))


def _qde(path: Path) -> tuple[object, dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    return SafeET.fromstring(files["project.qde"]), files


def test_without_recordings_the_selections_travel_and_no_path_is_written(
        filled: Vault, tmp_path: Path) -> None:
    talk, _wanted = _coded(filled, tmp_path)
    target = tmp_path / "out.qdpx"
    summary = export_project(filled, target)
    assert (summary.audio_codings, summary.recordings, summary.recordings_included) == (2, 1,
                                                                                       False)
    assert "not the recordings themselves (choose to include them to add them)" in \
        summary.lines()
    root, files = _qde(target)
    assert valid_but_for_our_ids(root, PROJECT_NS)
    [audio] = root.findall("q:Sources/q:AudioSource", NS)
    assert audio.get("guid") == talk and audio.get("name") == "talk.wav"
    assert audio.get("path") is None
    assert "is not in this file" in audio.find("q:Description", NS).text
    spans = [(int(s.get("begin")), int(s.get("end")))
             for s in audio.findall("q:AudioSelection", NS)]
    assert spans == [(1_250, 4_000), (12_000, 19_500)]
    coders = {u.get("guid"): u.get("name") for u in root.findall("q:Users/q:User", NS)}
    first = audio.find("q:AudioSelection/q:Coding", NS)
    assert coders[first.get("creatingUser")] == "Kim Coder"
    case = next(c for c in root.findall("q:Cases/q:Case", NS) if c.get("name") == "PK-101")
    assert talk in {ref.get("targetGUID") for ref in case.findall("q:SourceRef", NS)}
    assert not [n for n in files if not n.endswith((".txt", ".qde"))]


def test_round_trip_with_the_recording_into_a_fresh_vault(
        filled: Vault, other_vault: Vault, tmp_path: Path) -> None:
    _talk, wanted = _coded(filled, tmp_path)
    target = tmp_path / "with.qdpx"
    assert describe_export(filled, recordings=True).recordings_included
    export_project(filled, target, recordings=True)
    root, files = _qde(target)
    assert valid_but_for_our_ids(root, PROJECT_NS)
    [audio] = root.findall("q:Sources/q:AudioSource", NS)
    inside = "sources/" + audio.get("path").removeprefix("internal://")
    with filled.attachments.open(audio.get("guid")) as reader:
        assert files[inside] == reader.read(0, reader.size)  # the stripped file, whole
    (tmp_path / "back.wav").write_bytes(files[inside])
    with wave.open(str(tmp_path / "back.wav"), "rb") as check:  # an independent reader
        assert check.getnframes() == 20 * 8000
    report = import_project(other_vault, target)
    assert (report.audio_codings, report.recordings, report.audio_codings_present) == (2, 1, 0)
    assert "Audio: 2 coded segments and 1 recordings imported" in report.line()
    assert _segments(other_vault) == wanted
    [copy] = [a for a in other_vault.attachments.list("PK-101") if a.kind == "audio"]
    assert (copy.name, copy.format, copy.duration) == ("talk.wav", "wav", 20.0)
    with other_vault.attachments.open(copy.id) as reader:
        assert reader.read(0, reader.size) == files[inside]
    again = import_project(other_vault, target)  # nothing twice
    assert (again.audio_codings, again.recordings, again.audio_codings_present) == (0, 0, 2)
    assert _segments(other_vault) == wanted
    assert len(list((other_vault.path / "attachments").glob("*.fva"))) == 1
    other_vault.scrub()
    assert len(list((other_vault.path / "attachments").glob("*"))) == 1


def test_a_sweep_during_the_import_spares_the_staged_recording(
        filled: Vault, other_vault: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A sweep run while a recording is staged (as another window or the CLI opening the
    vault would) finds the folder busy and leaves the pending file alone."""
    from fieldvault.core.attachments.service import AttachmentService

    _talk, wanted = _coded(filled, tmp_path)
    target = tmp_path / "with.qdpx"
    export_project(filled, target, recordings=True)
    swept: list[int] = []
    real = AttachmentService.placing

    def sweep_first(self: AttachmentService, ids: list[str]) -> object:
        swept.append(self.sweep())
        return real(self, ids)

    monkeypatch.setattr(AttachmentService, "placing", sweep_first)
    report = import_project(other_vault, target)
    assert swept == [0] and report.recordings == 1
    assert _segments(other_vault) == wanted


def test_back_into_the_vault_that_holds_the_recording(filled: Vault, tmp_path: Path) -> None:
    talk, wanted = _coded(filled, tmp_path)
    target = tmp_path / "out.qdpx"
    export_project(filled, target)  # no recording inside: the GUID finds ours
    for segment in filled.attachments.segments.retrieve(None):
        filled.attachments.segments.remove(segment.id)
    report = import_project(filled, target)
    assert (report.audio_codings, report.recordings) == (2, 0)
    assert _segments(filled) == wanted
    assert {s.attachment_id for s in filled.attachments.segments.retrieve(None)} == {talk}


def test_without_the_recording_anywhere_the_selections_are_skipped_with_a_notice(
        filled: Vault, other_vault: Vault, tmp_path: Path) -> None:
    _coded(filled, tmp_path)
    export_project(filled, tmp_path / "out.qdpx")
    report = import_project(other_vault, tmp_path / "out.qdpx")
    assert report.audio_codings == 0 and _segments(other_vault) == []
    assert any("Skipped 2 audio selections of 'talk.wav': the recording is neither in this "
               "vault" in notice for notice in report.notices)
    assert len(report.cases) == 3  # the rest imported


def test_a_backwards_audio_selection_is_refused_with_one_sentence(
        filled: Vault, other_vault: Vault, tmp_path: Path) -> None:
    _coded(filled, tmp_path)
    export_project(filled, tmp_path / "out.qdpx")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["project.qde"] = files["project.qde"].replace(b'begin="12000"', b'begin="20000"')
    with zipfile.ZipFile(tmp_path / "bad.qdpx", "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    with pytest.raises(InputError, match=r"spans 20000-19500 ms; its end must come after"):
        import_project(other_vault, tmp_path / "bad.qdpx")
    assert other_vault.cases.summaries() == []
