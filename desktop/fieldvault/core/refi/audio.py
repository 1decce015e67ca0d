"""Coded audio segments in REFI-QDA projects: ``AudioSource`` with ``AudioSelection``s.

Export: every recording of an exported case that has coded segments becomes an
``AudioSource`` (its GUID is the attachment's id) referenced from the case beside its text
source; each segment is an ``AudioSelection`` (``begin``/``end`` in milliseconds, as
Project.xsd says) holding one ``Coding`` (GUID: the segment's id). The recording itself (the
stripped file, not encrypted) goes into ``sources/<guid>.<format>`` with
``path="internal://..."`` only when the person exporting chose to include recordings.
Otherwise the ``AudioSource`` has no ``path`` — Project.xsd makes the attribute optional —
and its ``Description`` says why, so the selections, codes and coders still travel and a
tool that has the recording can link it again; Fieldvault never writes a path to a file that
is not in the archive.

Import: an ``AudioSource`` belongs to the case of a text source listed in the same REFI
``Case``. Its recording is the vault's attachment with that GUID (a round trip), else the file
inside the archive, stripped of metadata and sealed like any attachment; with neither, its
selections are skipped with a notice.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError
from fieldvault.core.refi import xmlio
from fieldvault.core.refi.guids import GuidMap, derived
from fieldvault.core.store.models import Attachment, AudioCoding, Case

if TYPE_CHECKING:
    from fieldvault.core.refi.export import _Builder
    from fieldvault.core.refi.importer import _Importer
    from fieldvault.core.refi.reader import CodingIn
    from fieldvault.core.vault import Vault

MAX_RECORDING = 2 * 2**30  # bytes of one recording read from an archive
SLACK_MS = 1000  # as core/attachments/segments.py: a span may end this far past the length


def clock(milliseconds: int) -> str:
    seconds = milliseconds // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def left_out_description(row: Attachment) -> str:
    length = "" if row.duration is None else f", {clock(round(row.duration * 1000))}"
    return (f"Recording {row.name}{length} is not in this file: Fieldvault leaves recordings "
            "out unless the person exporting chooses to include them. The audio selections "
            "give times in milliseconds from its start.")


def recordings_with_segments(session: Session, case: Case) -> list[tuple[Attachment,
                                                                         list[AudioCoding]]]:
    rows = session.exec(select(AudioCoding).where(AudioCoding.case_id == case.id)
                        .order_by(col(AudioCoding.start_ms), col(AudioCoding.id))).all()
    by_recording: dict[str, list[AudioCoding]] = {}
    for row in rows:
        by_recording.setdefault(row.attachment_id, []).append(row)
    recordings = [session.get(Attachment, attachment_id) for attachment_id in by_recording]
    return sorted(((r, by_recording[r.id]) for r in recordings if r is not None),
                  key=lambda pair: (pair[0].created, pair[0].id))


def add_audio_sources(builder: _Builder, case: Case, case_el: ET.Element) -> None:
    """Write the case's coded recordings as AudioSources (see the module docstring)."""
    for row, segments in recordings_with_segments(builder.session, case):
        guid = builder.guids.guid("recording", row.id)
        xmlio.element(case_el, "SourceRef", targetGUID=guid)
        path = None
        if builder.recordings:
            name = f"{guid}.{row.format}"
            builder.media[name] = row.id
            path = f"internal://{name}"
        builder.outgoing.append(row.name)  # a real name in a file name refuses the export
        source = xmlio.element(builder.sources_el, "AudioSource", guid=guid,
                               name=xmlio.xml_text(row.name), path=path,
                               creationDateTime=xmlio.datetime_or_none(row.created))
        if path is None:
            xmlio.element(source, "Description", xmlio.xml_text(left_out_description(row)))
        for segment in segments:
            _selection(builder, source, segment)
        builder.recordings_seen += 1


def _selection(builder: _Builder, source: ET.Element, segment: AudioCoding) -> None:
    coding_guid = builder.guids.guid("segment", segment.id)
    coder = builder._coder(segment.coder_id)
    created = xmlio.datetime_or_none(segment.created)
    selection = xmlio.element(source, "AudioSelection", guid=derived("selection", coding_guid),
                              begin=segment.start_ms, end=segment.end_ms,
                              creatingUser=coder, creationDateTime=created)
    coding = xmlio.element(selection, "Coding", guid=coding_guid, creatingUser=coder,
                           creationDateTime=created)
    xmlio.element(coding, "CodeRef", targetGUID=builder.guids.guid("theme", segment.theme_id))
    builder.audio_codings += 1


# --- reading ----------------------------------------------------------------------------------


@dataclass
class AudioSelectionIn:
    guid: str
    begin: int
    end: int
    codings: list[CodingIn] = field(default_factory=list)


@dataclass
class AudioIn:
    guid: str
    name: str
    entry: str | None  # the archive entry holding the recording, when the file carries it
    selections: list[AudioSelectionIn] = field(default_factory=list)
    staged: Attachment | None = None  # the recording sealed from ``entry`` (not yet added)


def stage_recordings(vault: Vault, path: Path, audio: list[AudioIn]) -> list[str]:
    """Strip and seal each recording the file carries that the vault lacks (by GUID), as a
    pending attachment file; return their ids for :meth:`AttachmentService.placing`. Rows are
    left on ``AudioIn.staged`` for the import transaction to add."""
    with vault.session() as session:
        guids = GuidMap(session)
        wanted = [a for a in audio if a.entry is not None and a.selections
                  and guids.local("recording", a.guid) is None]
    staged: list[str] = []
    if not wanted:
        return staged
    try:
        with zipfile.ZipFile(path) as archive:
            for item in wanted:
                item.staged = _stage(vault, archive, item)
                staged.append(item.staged.id)
    except BaseException:
        vault.attachments.unstage(staged)
        raise
    return staged


def _stage(vault: Vault, archive: zipfile.ZipFile, item: AudioIn) -> Attachment:
    assert item.entry is not None
    info = archive.getinfo(item.entry)
    if info.file_size > MAX_RECORDING:
        raise InputError(f"{path_name(archive)}: the recording of {item.name[:60]!r} is larger "
                         f"than the limit of {MAX_RECORDING:,} bytes.")
    try:
        with archive.open(info) as handle:
            row = vault.attachments.stage_stream(cast(BinaryIO, handle), info.file_size,
                                                 item.name[:200])
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(f"{path_name(archive)}: the recording of {item.name[:60]!r} is "
                         "damaged or cannot be unpacked.") from exc
    if row.kind != "audio":
        vault.attachments.unstage([row.id])
        raise InputError(f"{path_name(archive)}: audio source {item.name[:60]!r} holds a "
                         f"{row.format} file, not a recording.")
    return row


def path_name(archive: zipfile.ZipFile) -> str:
    return Path(str(archive.filename)).name


class AudioImport:
    """Adds the audio selections of a project inside the import transaction."""

    def __init__(self, importer: _Importer) -> None:
        self.importer = importer
        self.session = importer.session

    def run(self, audio: list[AudioIn], cases: dict[str, Case]) -> None:
        """``cases``: the case each text source GUID became (or already was)."""
        for item in audio:
            case = self._case(item, cases)
            recording = self._recording(item, case) if case is not None else None
            if recording is None:
                continue
            for selection in item.selections:
                for coding in selection.codings:
                    self._coding(recording, selection, coding)

    def _case(self, item: AudioIn, cases: dict[str, Case]) -> Case | None:
        for refi_case in self.importer.project.cases:
            if item.guid in refi_case.sources:
                found = next((cases[s] for s in refi_case.sources if s in cases), None)
                if found is not None:
                    return found
        self.importer.report.notices.append(
            f"Skipped the audio selections of {item.name[:60]!r}: no text source shares its "
            "case, so there is no case to keep the recording with.")
        return None

    def _recording(self, item: AudioIn, case: Case) -> Attachment | None:
        guids = self.importer.guids
        known = guids.local("recording", item.guid)
        if known is not None:
            row = self.session.get(Attachment, known)
            if row is not None and row.case_id == case.id and row.kind == "audio":
                return row
        if item.staged is not None:
            row, item.staged = item.staged, None
            row.case_id = case.id
            self.session.add(row)
            guids.remember("recording", row.id, item.guid)
            guids.added("recording", row.id)
            self.importer.report.recordings += 1
            return row
        self.importer.report.notices.append(
            f"Skipped {len(item.selections)} audio selections of {item.name[:60]!r}: the "
            f"recording is neither in this vault (case {case.code}) nor in the file.")
        return None

    def _coding(self, recording: Attachment, selection: AudioSelectionIn,
                coding: CodingIn) -> None:
        guids, report = self.importer.guids, self.importer.report
        theme = self.importer._theme_of(coding)
        coder = self.importer._member(coding.user)
        if guids.local("segment", coding.guid) is not None or self._same(
                recording, theme, selection, coder.id if coder else None, coding.guid):
            report.audio_codings_present += 1
            return
        length = None if recording.duration is None else round(recording.duration * 1000)
        if length is not None and selection.end > length + SLACK_MS:
            report.notices.append(f"Audio selection {selection.guid} ends at {selection.end} ms, "
                                  f"after the recording's {length} ms; it was not imported.")
            return
        row = AudioCoding(case_id=recording.case_id, attachment_id=recording.id,
                          start_ms=selection.begin, end_ms=selection.end, theme_id=theme,
                          coder_id=coder.id if coder else None)
        self.session.add(row)
        self.session.flush()
        guids.remember("segment", row.id, coding.guid)
        guids.added("segment", row.id)
        report.audio_codings += 1

    def _same(self, recording: Attachment, theme: str, selection: AudioSelectionIn,
              coder: str | None, guid: str) -> bool:
        found = self.session.exec(select(AudioCoding).where(
            AudioCoding.attachment_id == recording.id, AudioCoding.theme_id == theme,
            AudioCoding.start_ms == selection.begin, AudioCoding.end_ms == selection.end,
            AudioCoding.coder_id == coder)).first()
        if found is not None:
            self.importer.guids.remember("segment", found.id, guid)
        return found is not None

