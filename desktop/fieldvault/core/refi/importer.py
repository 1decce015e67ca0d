"""REFI-QDA project import (``.qdpx``): all of it in one transaction, or nothing.

The file is read and checked whole first (:mod:`.reader`); then, inside one audited write,
codes are merged into the codebook, each plain-text source becomes a case (its REFI case gives
the code — or, when the name cannot be a code, the title —, date, location, languages and
attributes when it has them), selections become codings and notes become memos.

Nothing is added twice. Everything is matched by GUID first (:mod:`.guids`); a file saved
again by another tool has new GUIDs, so codes are then matched by path of names and, once the
user agreed, by name (:mod:`.matching`), and sources, codings and memos by content
(:mod:`.known`); users are matched by name. A source the vault already holds keeps the vault's
text; new codings on it are carried onto that text, or reported when they cannot be.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, select

from fieldvault.core.errors import InputError
from fieldvault.core.records.cases import (
    CODE_PATTERN,
    DATE_PATTERN,
    LANGUAGES,
    CaseInput,
    check_case_input,
)
from fieldvault.core.records.codings import insert_coding
from fieldvault.core.records.memos import add_memo_in, resolve_target
from fieldvault.core.records.textmap import OffsetMap
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.refi.audio import AudioImport, AudioSelectionIn, stage_recordings
from fieldvault.core.refi.codes import walk
from fieldvault.core.refi.guids import UNKNOWN_USER_GUID, UNKNOWN_USER_NAME, GuidMap, derived
from fieldvault.core.refi.known import KnownRecords
from fieldvault.core.refi.matching import CodeMerge, check_answered, merge_codes
from fieldvault.core.refi.reader import (
    CaseIn,
    CodingIn,
    ProjectIn,
    SelectionIn,
    SourceIn,
    read_qdpx,
)
from fieldvault.core.store.models import Case, Member, Transcript

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

BUILTIN = {"Interview date": "interview_date", "Location": "location", "Languages": "languages"}
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")


@dataclass
class ImportReport:
    cases: list[str] = field(default_factory=list)  # codes of the cases added
    cases_present: int = 0
    codings: int = 0
    codings_present: int = 0
    memos: int = 0
    memos_present: int = 0
    themes: int = 0
    themes_present: int = 0
    themes_by_name: int = 0  # of the present ones, matched by name only (with agreement)
    users: int = 0
    audio_codings: int = 0  # coded audio segments (audio selections)
    audio_codings_present: int = 0
    recordings: int = 0  # recordings added from the file
    notices: list[str] = field(default_factory=list)

    def line(self) -> str:
        audio = ""
        if self.audio_codings or self.audio_codings_present or self.recordings:
            audio = (f" Audio: {self.audio_codings} coded segments and {self.recordings} "
                     f"recordings imported, {self.audio_codings_present} segments already "
                     "present.")
        return (f"Imported {len(self.cases)} cases, {self.codings} codings, {self.memos} memos, "
                f"{self.themes} themes and {self.users} users; already present: "
                f"{self.cases_present} cases, {self.codings_present} codings, "
                f"{self.memos_present} memos, {self.themes_present} themes." + audio)


@dataclass
class _MemoTarget:
    guid: str  # the note's GUID, or one derived for a description
    kind: str
    target: str  # case code, theme id or coding id
    text: str | None = None  # set for descriptions, which are not notes


def import_project(vault: Vault, path: Path,
                   accept_name_matches: bool | None = None) -> ImportReport:
    """Import a .qdpx in one transaction. Codes matching a theme by name only are merged when
    ``accept_name_matches`` is True, added as new themes when False; when None and there are
    such codes, nothing is written and :class:`.matching.NameMatchesNeedAnswer` (an
    InputError carrying the proposed matches) is raised so the caller can ask."""
    project = read_qdpx(path)
    check_answered(vault, project.codes, path.name, accept_name_matches)
    payload = {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    # Pending recordings are sealed before the transaction, under the attachments folder's
    # shared lock until their rows are in, so a sweep (another window, the CLI) spares them.
    with vault.attachments.writing():
        staged = stage_recordings(vault, path, project.audio)
        with vault.attachments.placing(staged), \
                vault.write("refi.import", "project", payload) as session:
            return _Importer(vault, session, project, bool(accept_name_matches)).run()


class _Importer:
    def __init__(self, vault: Vault, session: Session, project: ProjectIn,
                 accept_names: bool) -> None:
        self.vault, self.session, self.project = vault, session, project
        self.accept_names = accept_names
        self.guids = GuidMap(session)
        self.known = KnownRecords(session)
        self.report = ImportReport(notices=list(project.notices))
        self.targets: list[_MemoTarget] = []
        self.themes = CodeMerge()
        self.members: dict[str, Member | None] = {}
        self.source_cases: dict[str, Case] = {}  # text source GUID -> its case here

    def run(self) -> ImportReport:
        self._check_code_refs()
        self.themes = merge_codes(self.vault, self.session, self.guids, self.project.codes,
                                  self.project.file, self.accept_names)
        self.report.themes, self.report.themes_present = (len(self.themes.added),
                                                          self.themes.present)
        self.report.themes_by_name = len(self.themes.by_name)
        for code, _parent in walk(self.project.codes):
            self.targets += [_MemoTarget(n, "theme", self.themes.themes[code.guid])
                             for n in code.notes]
        for source in self.project.sources:
            self._source(source)
        AudioImport(self).run(self.project.audio, self.source_cases)
        self._memos()
        return self.report

    def _check_code_refs(self) -> None:
        in_file = {code.guid for code, _parent in walk(self.project.codes)}
        spans: list[SelectionIn | AudioSelectionIn] = [
            s for source in self.project.sources for s in source.selections]
        spans += [s for audio in self.project.audio for s in audio.selections]
        for selection in spans:
            for coding in selection.codings:
                if coding.code not in in_file and self.guids.local("theme", coding.code) \
                        is None:
                    raise InputError(f"{self.project.file}: coding {coding.guid} refers to "
                                     f"code {coding.code}, which is neither in the file's "
                                     "codebook nor in this vault.")

    # --- sources become cases ---------------------------------------------------------------

    def _source(self, source: SourceIn) -> None:
        known = self._known_source(source)
        if known is None:
            case, transcript = self._new_case(source)
            shift = None
        else:
            found = self.session.get(Case, known)
            assert found is not None  # GuidMap.local checked that it exists
            case, transcript = found, current_transcript(self.session, known)
            self.report.cases_present += 1
            shift = self._shift(case, transcript, source)
        self.source_cases[source.guid] = case
        self.targets += [_MemoTarget(n, "case", case.code) for n in source.notes]
        self.targets += [_MemoTarget(derived("description", c.guid, source.guid), "case",
                                     case.code, c.description)
                         for c in self.project.cases if source.guid in c.sources and c.description]
        for selection in source.selections:
            self._selection(case, transcript, selection, shift)

    def _known_source(self, source: SourceIn) -> str | None:
        """The case this source already is: by GUID, by its text, or by code and title."""
        known = self.guids.local("source", source.guid)
        if known is not None:
            return known
        known = self.known.case_with_text(source.text)
        for refi_case in self._refi_cases(source)[:1]:
            known = known or self.known.case_with_code_and_title(refi_case.name, source.name)
        if known is not None:
            self.guids.remember("source", known, source.guid)
        return known

    def _refi_cases(self, source: SourceIn) -> list[CaseIn]:
        return [c for c in self.project.cases if source.guid in c.sources]

    def _shift(self, case: Case, transcript: Transcript, source: SourceIn) -> OffsetMap | None:
        text = transcript.text
        if text == source.text:
            return None
        self.report.notices.append(f"Case {case.code} already exists with a different text; "
                                   "kept the vault's text and carried new codings onto it.")
        return OffsetMap(source.text, text)

    def _new_case(self, source: SourceIn) -> tuple[Case, Transcript]:
        refi_cases = self._refi_cases(source)
        values = dict(source.values)
        for refi_case in refi_cases[:1]:
            values.update(refi_case.values)
        data = self._case_input(source, refi_cases[0] if refi_cases else None, values)
        try:
            check_case_input(data)
            case, transcript = self.vault.cases.add_in(self.session, data)
        except InputError as exc:
            raise InputError(f"{self.project.file}: source '{source.name}' cannot become a "
                             f"case: {exc}") from exc
        self.guids.remember("source", case.id, source.guid)
        self.guids.added("source", case.id)
        self.known.added_text(case.id, source.text)
        if refi_cases and len(refi_cases[0].sources) == 1:
            self.guids.remember("case", case.id, refi_cases[0].guid)
        self.report.cases.append(case.code)
        return case, transcript

    def _case_input(self, source: SourceIn, refi_case: CaseIn | None,
                    values: dict[str, Any]) -> CaseInput:
        fields = {BUILTIN[k]: v for k, v in values.items() if k in BUILTIN}
        attributes = {k: v for k, v in values.items() if k not in BUILTIN}
        date = str(fields.get("interview_date", ""))
        interviewer = self._member(source.user)
        code = self._code(refi_case)
        return CaseInput(title=_title(source, refi_case, code), transcript=source.text,
                         languages=_languages(str(fields.get("languages", "")), source.text),
                         interview_date=date if DATE_PATTERN.match(date) else None,
                         interviewer=interviewer.name if interviewer else None,
                         location=str(fields["location"]) if fields.get("location") else None,
                         attributes=attributes, code=code)

    def _code(self, refi_case: CaseIn | None) -> str | None:
        if refi_case is None or not CODE_PATTERN.match(refi_case.name):
            return None
        taken = self.session.exec(select(Case).where(Case.code == refi_case.name)).first()
        if taken is not None:
            self.report.notices.append(f"Case code {refi_case.name} is already used here; the "
                                       "imported case got a new code.")
            return None
        return refi_case.name

    # --- codings ------------------------------------------------------------------------------

    def _selection(self, case: Case, transcript: Transcript, selection: SelectionIn,
                   shift: OffsetMap | None) -> None:
        span = (selection.start, selection.end) if shift is None else \
            shift.span(selection.start, selection.end)
        first: str | None = None
        for coding in selection.codings:
            known = self.guids.local("coding", coding.guid)
            if known is None and span is not None:
                known = self._same_coding(transcript, coding, span)
            if known is not None:
                self.report.codings_present += 1
            elif span is None:
                self.report.notices.append(f"Coding {coding.guid} could not be placed on the "
                                           f"text of case {case.code}; it was not imported.")
                continue
            else:
                known = self._add_coding(case, transcript, coding, span)
            first = first or known
            self.targets += [_MemoTarget(n, "coding", known) for n in coding.notes]
        kind, target = ("coding", first) if first else ("case", case.code)
        self.targets += [_MemoTarget(n, kind, target) for n in selection.notes]
        if selection.description:
            self.targets.append(_MemoTarget(derived("description", selection.guid), kind, target,
                                            selection.description))

    def _theme_of(self, coding: CodingIn) -> str:
        theme = self.themes.themes.get(coding.code) or self.guids.local("theme", coding.code)
        assert theme is not None  # _check_code_refs ran first
        return theme

    def _same_coding(self, transcript: Transcript, coding: CodingIn,
                     span: tuple[int, int]) -> str | None:
        coder = self._member(coding.user)
        found = self.known.coding(transcript, self._theme_of(coding), span,
                                  coder.id if coder else None)
        if found is not None:
            self.guids.remember("coding", found, coding.guid)
        return found

    def _add_coding(self, case: Case, transcript: Transcript, coding: CodingIn,
                    span: tuple[int, int]) -> str:
        theme = self._theme_of(coding)
        coder = self._member(coding.user)
        added = insert_coding(self.session, case, transcript, theme, span,
                              coder.id if coder else None)
        self.known.added_coding(transcript, added)
        self.guids.remember("coding", added.id, coding.guid)
        self.guids.added("coding", added.id)
        self.report.codings += 1
        return added.id

    # --- memos and users ------------------------------------------------------------------

    def _memos(self) -> None:
        self.session.flush()  # memo targets are looked up in the database
        used: set[str] = set()
        for target in self.targets:
            note = self.project.notes.get(target.guid)
            text = target.text if target.text is not None else (note.text if note else None)
            if text is None:
                self.report.notices.append(f"Ignored a reference to note {target.guid}, which "
                                           "the file does not contain.")
            elif target.guid in used:
                self.report.notices.append(f"Note {target.guid} is attached to several places; "
                                           "it was kept on the first.")
            elif self.guids.local("memo", target.guid) is not None or self._same_memo(target,
                                                                                     text):
                self.report.memos_present += 1
            else:
                self._add_memo(target, text, note.user if note else None)
            used.add(target.guid)
        unused = set(self.project.notes) - used
        if unused:
            self.report.notices.append(f"Ignored {len(unused)} notes that are not attached to a "
                                       "source, selection, coding or code.")

    def _same_memo(self, target: _MemoTarget, text: str) -> bool:
        target_id = resolve_target(self.session, target.kind, target.target)
        found = self.known.memo(target.kind, target_id, text)
        if found is not None:
            self.guids.remember("memo", found, target.guid)
        return found is not None

    def _add_memo(self, target: _MemoTarget, text: str, user: str | None) -> None:
        author = self._member(user)
        memo = add_memo_in(self.session, target.kind, target.target, text,
                           author.id if author else self.vault.me.id)
        self.known.added_memo(target.kind, memo.target_id, text, memo.id)
        self.guids.remember("memo", memo.id, target.guid)
        self.guids.added("memo", memo.id)
        self.report.memos += 1

    def _member(self, guid: str | None) -> Member | None:
        """The member a REFI user stands for, added (as a coder) the first time it is needed."""
        if guid is None:
            return None
        if guid not in self.members:
            self.members[guid] = self._find_member(guid)
        return self.members[guid]

    def _find_member(self, guid: str) -> Member | None:
        """By GUID, else by name, else added. The unknown user Fieldvault writes for coder-less
        codings stands for nobody."""
        known = self.guids.local("user", guid)
        if known is not None:
            return self.session.get(Member, known)
        if guid not in self.project.users:
            return None
        name = self.project.users[guid].strip() or f"REFI user {guid[:8]}"
        if guid == UNKNOWN_USER_GUID or name == UNKNOWN_USER_NAME:
            return None
        member = self.session.exec(select(Member).where(Member.name == name)).first()
        if member is None:
            member = Member(name=name, role="coder")
            self.session.add(member)
            self.session.flush()
            self.report.users += 1
            self.guids.added("user", member.id)
        self.guids.remember("user", member.id, guid)
        return member


def _title(source: SourceIn, refi_case: CaseIn | None, code: str | None) -> str:
    """The REFI case's name when it did not become the case code (with the source's name
    when that case groups several sources), else the source's name."""
    name = refi_case.name.strip() if refi_case is not None else ""
    if name and code is None:
        several = refi_case is not None and len(refi_case.sources) > 1 and source.name.strip()
        return f"{name}: {source.name.strip()}" if several else name
    return source.name.strip() or "Imported source"


def _languages(declared: str, text: str) -> list[str]:
    """Declared languages if valid, else guessed from the scripts the text uses."""
    wanted = [lang.strip() for lang in declared.split(",") if lang.strip() in LANGUAGES]
    if wanted:
        return wanted
    found = [lang for lang, pattern in (("en", _LATIN), ("ko", _HANGUL), ("ru", _CYRILLIC))
             if pattern.search(text)]
    return found or ["en"]
