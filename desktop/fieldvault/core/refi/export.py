"""REFI-QDA project export (``.qdpx``): described to the user first, then written.

A ``.qdpx`` is a ZIP with ``project.qde`` (Project.xsd) and ``sources/<guid>.txt``, one plain
text source per case (REFI-QDA 1.5 §8.1, §9.1.2). It carries the codebook, the chosen cases
(code, dates, location, languages, attributes as variables), their transcripts as returned by
:func:`.outgoing.text_for_export`, the codings placed on them, memos as notes and the members
who wrote them as users. It never carries people or the identity store, and an export whose
text still contains a registered person's real name is refused.

Use :func:`prepare_export` to build the file in memory, show ``plan.summary``, then
:func:`write_export`; the vault's audit log records every export written.
"""

from __future__ import annotations

import hashlib
import json
import os
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from fieldvault import __version__
from fieldvault.core import hardening
from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.progress import Cancel, Progress
from fieldvault.core.records.textmap import OffsetMap
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.refi import xmlio
from fieldvault.core.refi.audio import add_audio_sources
from fieldvault.core.refi.codes import codes_element, tree_nodes
from fieldvault.core.refi.guids import (
    UNKNOWN_USER_GUID,
    UNKNOWN_USER_NAME,
    GuidMap,
    derived,
)
from fieldvault.core.refi.outgoing import identity_hits, memo_text_for_export, text_for_export
from fieldvault.core.refi.xmlio import PROJECT_NS
from fieldvault.core.store.models import (
    AttributeDef,
    Case,
    CaseAttribute,
    Coding,
    Member,
    Memo,
    new_id,
)

if TYPE_CHECKING:
    from fieldvault.core.export.withhold import Withholding
    from fieldvault.core.vault import Vault

ORIGIN = f"Fieldvault {__version__}"
BUILTIN_VARIABLES = {"interview_date": ("Interview date", "Date"),
                     "location": ("Location", "Text"), "languages": ("Languages", "Text")}
VARIABLE_TYPES = {"text": "Text", "choice": "Text", "integer": "Integer", "number": "Float",
                  "boolean": "Boolean"}
VALUE_ELEMENTS = {"Text": "TextValue", "Integer": "IntegerValue", "Float": "FloatValue",
                  "Boolean": "BooleanValue", "Date": "DateValue", "DateTime": "DateTimeValue"}
NO_IDENTITIES = ("No identities: people's real names and the sealed identity store are never "
                 "exported.")


@dataclass(frozen=True)
class ExportSummary:
    """What a project export contains, to show before it is written."""

    cases: int
    sources: int
    codings: int
    memos: int
    users: int
    themes: int
    left_out: int = 0  # codings that could not be placed on the exported text
    audio_codings: int = 0  # coded audio segments, as audio selections
    recordings: int = 0  # the recordings they code
    recordings_included: bool = False  # the recordings' files are in the .qdpx
    identities: int = 0  # always 0: people and identities are never exported
    statement: str = NO_IDENTITIES

    def lines(self) -> list[str]:
        out = [f"{self.cases} cases (code, title, date, location, languages, attributes)",
               f"{self.sources} text sources: the cases' current transcripts, with every "
               "detected identifying detail nobody rejected withheld",
               f"{self.codings} codings, {self.memos} memos, {self.users} users "
               "(members' display names)",
               f"the codebook: {self.themes} themes",
               self.statement]
        out += self._audio_lines()
        if self.left_out:
            out.append(f"{self.left_out} codings not placed on the current text are left out.")
        return out


    def _audio_lines(self) -> list[str]:
        if not self.audio_codings:
            return []
        first = (f"{self.audio_codings} coded audio segments on {self.recordings} recordings "
                 "(audio selections in milliseconds)")
        if self.recordings_included:
            return [first, f"the {self.recordings} recordings themselves (metadata removed, "
                           "not encrypted: voices can identify people)"]
        return [first, "not the recordings themselves (choose to include them to add them)"]


@dataclass
class ExportPlan:
    summary: ExportSummary
    project: bytes
    sources: dict[str, str]  # file name inside sources/ -> text
    case_codes: list[str]
    media: dict[str, str] = field(default_factory=dict)  # name inside sources/ -> attachment


def describe_export(vault: Vault, cases: Sequence[str] | None = None,
                    recordings: bool = False) -> ExportSummary:
    """Counts of what a project export of ``cases`` (default: all) would contain."""
    return prepare_export(vault, cases, recordings=recordings).summary


def export_project(vault: Vault, path: Path, cases: Sequence[str] | None = None,
                   progress: Progress | None = None, cancel: Cancel | None = None,
                   recordings: bool = False) -> ExportSummary:
    check_target(path, (".qdpx",))
    plan = prepare_export(vault, cases, progress, cancel, recordings)
    write_export(vault, plan, path)
    return plan.summary


def prepare_export(vault: Vault, cases: Sequence[str] | None = None,
                   progress: Progress | None = None, cancel: Cancel | None = None,
                   recordings: bool = False) -> ExportPlan:
    """Build the project file in memory; raise Refused if a real name would leave.

    Cases never scanned for identifying details, or changed since, are scanned first
    (``progress`` runs over those scans); every detected span nobody rejected is withheld.
    Coded recordings are audio sources; their files go in only with ``recordings`` (read
    from the vault by :func:`write_export`, see :mod:`.audio`)."""
    with vault.session() as session:
        codes = [case.code for case in _chosen_cases(session, cases)]
    vault.privacy.ensure_scanned(codes, progress, cancel)
    with vault.session() as session:
        chosen = _chosen_cases(session, cases)
        withholding = vault.exports.withholding([case.id for case in chosen])
        builder = _Builder(vault, session, GuidMap(session), withholding,
                           recordings=recordings)
        builder.build(chosen)
        project = xmlio.to_bytes(builder.root(), PROJECT_NS)
    hits = identity_hits(vault, builder.outgoing)
    if hits:
        raise Refused(f"The export would contain the real name of {', '.join(hits)}; replace "
                      "names with pseudonym codes first (nothing was written).")
    return ExportPlan(builder.summary(len(chosen)), project, builder.files,
                      [c.code for c in chosen], builder.media)


def write_export(vault: Vault, plan: ExportPlan, path: Path) -> Path:
    """Write the planned file (never over an existing one) and record it in the audit log."""
    check_target(path, (".qdpx",))
    staging = path.with_name(f".{path.name}.partial-{new_id()[:8]}")
    try:
        with hardening.open_private(staging) as handle, \
                zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", plan.project)
            for name, text in plan.sources.items():
                archive.writestr(f"sources/{name}", text.encode("utf-8"))
            for name, attachment_id in plan.media.items():
                _write_recording(vault, archive, f"sources/{name}", attachment_id)
        digest = hashlib.sha256(staging.read_bytes()).hexdigest()
        payload = {"file": path.name, "cases": plan.case_codes, "sha256": digest}
        with vault.write("refi.export", "project", payload):
            os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)
    return path


def _write_recording(vault: Vault, archive: zipfile.ZipFile, name: str,
                     attachment_id: str) -> None:
    """Stream a recording's stripped plaintext into the archive, stored (audio does not
    deflate), chunk by chunk from its sealed file."""
    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_STORED
    with vault.attachments.open(attachment_id) as reader, \
            archive.open(entry, "w", force_zip64=True) as out:
        for block in reader.blocks():
            out.write(block)


def check_target(path: Path, suffixes: tuple[str, ...]) -> None:
    if path.suffix.lower() not in suffixes:
        raise InputError(f"{path.name} must end in {' or '.join(suffixes)}.")
    if path.exists():
        raise InputError(f"{path} already exists; choose another name.")
    if not path.parent.is_dir():
        raise InputError(f"The folder {path.parent} does not exist.")


def _chosen_cases(session: Session, codes: Sequence[str] | None) -> list[Case]:
    query = select(Case).order_by(col(Case.code))
    if codes:
        query = query.where(col(Case.code).in_(list(codes)))
    found = list(session.exec(query))
    missing = sorted(set(codes or []) - {c.code for c in found})
    if missing:
        raise NotFound(f"There is no case {missing[0]} in this vault.")
    return found


@dataclass
class _Builder:
    """Collects the parts of project.qde in the order Project.xsd wants them."""

    vault: Vault
    session: Session
    guids: GuidMap
    withholding: Withholding
    files: dict[str, str] = field(default_factory=dict)
    outgoing: list[str] = field(default_factory=list)  # every exported free text
    members: set[str] = field(default_factory=set)
    variables: dict[str, tuple[str, str]] = field(default_factory=dict)  # guid -> name, type
    memos: list[Memo] = field(default_factory=list)  # exported, in order
    by_target: dict[tuple[str, str], list[Memo]] | None = None
    codings: int = 0
    left_out: int = 0
    themes: int = 0
    unknown_coder: bool = False
    recordings: bool = False  # put the coded recordings' files in the archive
    media: dict[str, str] = field(default_factory=dict)  # name inside sources/ -> attachment
    recordings_seen: int = 0
    audio_codings: int = 0

    def build(self, cases: list[Case]) -> None:
        self.codebook = self._codebook()
        self.cases_el = xmlio.element(None, "Cases")
        self.sources_el = xmlio.element(None, "Sources")
        for case in cases:
            self._case(case)
        self.notes_el = self._notes()

    def root(self) -> ET.Element:
        me = self.vault.me
        self.members.add(me.id)
        root = xmlio.element(None, "Project", name="Fieldvault export",
                             origin=ORIGIN, creatingUserGUID=self.guids.guid("user", me.id),
                             creationDateTime=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        root.append(self._users())
        parts = [self.codebook, self._variables(), self.cases_el, self.sources_el, self.notes_el]
        root.extend(p for p in parts if p is not None and len(p))
        return root

    def summary(self, cases: int) -> ExportSummary:
        return ExportSummary(cases=cases, sources=len(self.files), codings=self.codings,
                             memos=len(self.memos), users=len(self.members | {self.vault.me.id}),
                             themes=self.themes, left_out=self.left_out,
                             audio_codings=self.audio_codings,
                             recordings=self.recordings_seen,
                             recordings_included=bool(self.media))

    # --- codebook -----------------------------------------------------------------------

    def _codebook(self) -> ET.Element | None:
        nodes = tree_nodes(self.session)
        self.themes = len(nodes)
        if not nodes:
            return None
        notes: dict[str, list[str]] = {}
        for memo in self._memos("theme", [n.theme.id for n in nodes]):
            notes.setdefault(memo.target_id, []).append(self._note(memo))
        codebook = xmlio.element(None, "CodeBook")
        codes_element(codebook, nodes, self.guids, notes)
        return codebook

    # --- cases and their sources --------------------------------------------------------

    def _case(self, case: Case) -> None:
        source_guid = self.guids.guid("source", case.id)
        case_el = xmlio.element(self.cases_el, "Case",
                                guid=self.guids.guid("case", case.id), name=case.code)
        for name, kind, value in self._case_values(case):
            self._variable_value(case_el, name, kind, value)
        xmlio.element(case_el, "SourceRef", targetGUID=source_guid)
        self._source(case, source_guid)
        add_audio_sources(self, case, case_el)
        self.outgoing += [case.title, case.location or ""]

    def _source(self, case: Case, guid: str) -> None:
        text = text_for_export(self.vault, case, self.withholding)
        self.files[f"{guid}.txt"] = text
        self.outgoing.append(text)
        source = xmlio.element(self.sources_el, "TextSource", guid=guid,
                               name=xmlio.xml_text(case.title),
                               plainTextPath=f"internal://{guid}.txt",
                               creatingUser=self._user(case.interviewer_id),
                               creationDateTime=xmlio.datetime_or_none(case.created))
        stored = current_transcript(self.session, case.id).text
        shift = None if stored == text else OffsetMap(stored, text)
        query = select(Coding).where(Coding.case_id == case.id)
        for coding in self.session.exec(query.order_by(col(Coding.start), col(Coding.end))):
            span = (coding.start, coding.end) if shift is None else \
                shift.span(coding.start, coding.end)
            if span is None or not coding.placed:
                self.left_out += 1
                continue
            self._selection(source, coding, span)
        for memo in self._memos("case", [case.id]):
            xmlio.element(source, "NoteRef", targetGUID=self._note(memo))

    def _selection(self, source: ET.Element, coding: Coding, span: tuple[int, int]) -> None:
        coding_guid = self.guids.guid("coding", coding.id)
        selection = xmlio.element(source, "PlainTextSelection",
                                  guid=derived("selection", coding_guid),
                                  startPosition=span[0], endPosition=span[1],
                                  creatingUser=self._coder(coding.coder_id),
                                  creationDateTime=xmlio.datetime_or_none(coding.created))
        coding_el = xmlio.element(selection, "Coding", guid=coding_guid,
                                  creatingUser=self._coder(coding.coder_id),
                                  creationDateTime=xmlio.datetime_or_none(coding.created))
        xmlio.element(coding_el, "CodeRef",
                      targetGUID=self.guids.guid("theme", coding.theme_id))
        for memo in self._memos("coding", [coding.id]):
            xmlio.element(coding_el, "NoteRef", targetGUID=self._note(memo))
        self.codings += 1

    # --- variables ------------------------------------------------------------------------

    def _case_values(self, case: Case) -> list[tuple[str, str, Any]]:
        values: list[tuple[str, str, Any]] = []
        for attribute, (name, kind) in BUILTIN_VARIABLES.items():
            value = getattr(case, attribute)
            if attribute == "languages":
                value = ",".join(json.loads(value))
            if value:
                values.append((name, kind, value))
        reserved = {name.casefold() for name, _kind in BUILTIN_VARIABLES.values()}
        query = select(CaseAttribute, AttributeDef).join(AttributeDef) \
            .where(CaseAttribute.case_id == case.id).order_by(col(CaseAttribute.name))
        for row, definition in self.session.exec(query):
            name = f"{row.name} (attribute)" if row.name.casefold() in reserved else row.name
            value = json.loads(row.value)
            if isinstance(value, str):
                self.outgoing.append(value)
            values.append((name, VARIABLE_TYPES.get(definition.type, "Text"), value))
        return values

    def _variable_value(self, case_el: ET.Element, name: str, kind: str, value: Any) -> None:
        text = _value_text(kind, value)
        if text is None:
            return
        guid = derived("variable", name)
        self.variables[guid] = (name, kind)
        holder = xmlio.element(case_el, "VariableValue")
        xmlio.element(holder, "VariableRef", targetGUID=guid)
        xmlio.element(holder, VALUE_ELEMENTS[kind], text)

    def _variables(self) -> ET.Element | None:
        if not self.variables:
            return None
        holder = xmlio.element(None, "Variables")
        for guid, (name, kind) in self.variables.items():
            xmlio.element(holder, "Variable", guid=guid, name=xmlio.xml_text(name),
                          typeOfVariable=kind)
        return holder

    # --- memos and users ------------------------------------------------------------------

    def _memos(self, kind: str, targets: list[str]) -> list[Memo]:
        if self.by_target is None:
            self.by_target = {}
            for memo in self.session.exec(select(Memo).order_by(col(Memo.created),
                                                                col(Memo.id))):
                self.by_target.setdefault((memo.target_kind, memo.target_id), []).append(memo)
        return [m for target in targets for m in self.by_target.get((kind, target), [])]

    def _note(self, memo: Memo) -> str:
        self.memos.append(memo)
        return self.guids.guid("memo", memo.id)

    def _notes(self) -> ET.Element:
        notes = xmlio.element(None, "Notes")
        for memo in self.memos:
            text = memo_text_for_export(self.vault, memo, self.withholding)
            self.outgoing.append(text)
            note = xmlio.element(notes, "Note", guid=self.guids.guid("memo", memo.id),
                                 name=f"Memo on {memo.target_kind}",
                                 creatingUser=self._user(memo.author_id),
                                 creationDateTime=xmlio.datetime_or_none(memo.created))
            xmlio.element(note, "PlainTextContent", text)
        return notes

    def _user(self, member_id: str | None) -> str | None:
        if member_id is None:
            return None
        self.members.add(member_id)
        return self.guids.guid("user", member_id)

    def _coder(self, member_id: str | None) -> str:
        """A coding's creatingUser: its coder, else the unknown user (some readers need one)."""
        known = self._user(member_id)
        if known is None:
            self.unknown_coder = True
            return UNKNOWN_USER_GUID
        return known

    def _users(self) -> ET.Element:
        users = xmlio.element(None, "Users")
        for member in self.session.exec(select(Member).order_by(col(Member.name))):
            if member.id in self.members:
                xmlio.element(users, "User", guid=self.guids.guid("user", member.id),
                              name=xmlio.xml_text(member.name))
        if self.unknown_coder:
            xmlio.element(users, "User", guid=UNKNOWN_USER_GUID, name=UNKNOWN_USER_NAME)
        return users


def _value_text(kind: str, value: Any) -> str | None:
    if kind == "Boolean":
        return "true" if value else "false"
    if kind == "Float":
        number = Decimal(repr(float(value)))
        return format(number, "f") if number.is_finite() else None
    if kind == "Integer":
        return str(int(value))
    return xmlio.xml_text(str(value))
