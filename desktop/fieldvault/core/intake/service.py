"""``vault.intake``: documents read by :mod:`.reader` become cases, all files or none.

Reading and storing are separate steps, so the app can show the decoded text (and let the
person change a .txt file's encoding) before anything is stored:

* :meth:`IntakeService.read` reads every file and returns the documents and, per refused
  file, one sentence; nothing is stored.
* :meth:`IntakeService.store` writes the documents in one transaction: a new case per
  document, or all of them into the case ``case_code`` (new, or an existing case whose
  transcript gets the documents appended as a new version). Then the privacy detector
  scans the new text, so suggestions wait for review while the interview is fresh.

Threading: both run on a worker thread; ``progress``/``cancel`` are the core's callables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from fieldvault.core.errors import FieldvaultError, InputError, Refused
from fieldvault.core.intake.reader import Document, read_document
from fieldvault.core.progress import Cancel, Cancelled, Progress, check
from fieldvault.core.records.cases import CaseInput, check_case_input, get_case
from fieldvault.core.records.transcripts import add_version_in, current_transcript
from fieldvault.core.store.models import Case

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Refusal:
    name: str
    sentence: str


@dataclass
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)


@dataclass
class IntakeReport:
    cases: list[str] = field(default_factory=list)  # codes, in the order of the documents
    appended: bool = False  # the documents went into an existing case
    suggestions: int = 0  # privacy suggestions awaiting review on those cases
    scanned: bool = True  # False when the scan was cancelled (the import stays)
    originals: int = 0  # original files kept as encrypted attachments


class IntakeService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def read(self, paths: Sequence[Path], encoding: str | None = None,
             progress: Progress | None = None, cancel: Cancel | None = None) -> ReadResult:
        """:func:`read_files` (the vault is not needed to read; this is for callers that
        hold only the vault)."""
        return read_files(paths, encoding, progress, cancel)

    def store(self, documents: Sequence[Document], case_code: str | None = None,
              progress: Progress | None = None, cancel: Cancel | None = None,
              together: bool = False, originals: Sequence[Path] | None = None) -> IntakeReport:
        """Store every document in one transaction, then scan the cases for privacy.

        One new case per document; with ``case_code`` (or ``together``, which picks a new
        code) all of them go into one case, the documents separated by a blank line.
        ``originals``: the files the documents were read from, to keep as encrypted
        attachments of their cases (``vault.attachments``; sealed as they are read, never
        copied in plaintext). If keeping one fails, what this call stored is taken back
        (new cases deleted, attachments already kept deleted) and the error raised."""
        if not documents:
            raise InputError("There is no document to import.")
        if originals is not None and len(originals) != len(documents):
            raise ValueError("one original per document")
        check(cancel, "Import cancelled; nothing was imported.")
        appending = case_code is not None and self._exists(case_code)
        kept = self._keep([case_code] * len(documents), originals, cancel) \
            if appending and originals and case_code else []
        try:
            report = self._write(list(documents), case_code, together, cancel)
        except BaseException:
            self._forget(kept)
            raise
        if originals and not appending:
            codes = report.cases * len(documents) if len(report.cases) == 1 else report.cases
            try:
                kept = self._keep(codes, originals, cancel)
            except BaseException:
                self._take_back(report.cases)
                raise
        report.originals = len(kept)
        self._scan(report, progress, cancel)
        return report

    def _write(self, documents: list[Document], case_code: str | None, together: bool,
               cancel: Cancel | None) -> IntakeReport:
        payload = {"documents": len(documents),
                   "formats": sorted({doc.format for doc in documents})}
        with self.vault.write("import.documents", "cases", payload) as session:
            report = self._store_in(session, documents, case_code, together)
            check(cancel, "Import cancelled; nothing was imported.")
        return report

    def _exists(self, code: str) -> bool:
        with self.vault.session() as session:
            return session.exec(select(Case.id).where(Case.code == code)).first() is not None

    # --- originals ------------------------------------------------------------------------

    def _keep(self, codes: Sequence[str], paths: Sequence[Path] | None,
              cancel: Cancel | None) -> list[str]:
        """Keep each file as an attachment of its case; on any failure forget those kept."""
        kept: list[str] = []
        try:
            for code, path in zip(codes, paths or [], strict=True):
                kept.append(self.vault.attachments.add(code, path, name=path.name,
                                                       cancel=cancel).id)
        except BaseException:
            self._forget(kept)
            raise
        return kept

    def _forget(self, attachment_ids: list[str]) -> None:
        for attachment_id in attachment_ids:
            self.vault.attachments.delete(attachment_id)

    def _take_back(self, codes: list[str]) -> None:
        """Delete the cases this import made (their attachments go with them)."""
        for code in codes:
            self.vault.cases.delete(code)
        self.vault.scrub()

    def import_files(self, paths: Sequence[Path], case_code: str | None = None,
                     encoding: str | None = None, keep_originals: bool = False
                     ) -> tuple[IntakeReport | None, list[Refusal]]:
        """Read and store, all or nothing: with any refusal nothing is stored."""
        result = self.read(paths, encoding)
        if result.refusals:
            return None, result.refusals
        originals = list(paths) if keep_originals else None
        return self.store(result.documents, case_code, originals=originals), []

    # --- inside the transaction -----------------------------------------------------------

    def _store_in(self, session: Session, documents: list[Document],
                  case_code: str | None, together: bool) -> IntakeReport:
        if case_code is None and together:
            return IntakeReport(cases=[self._new_case(session, documents, None, None)])
        if case_code is None:
            taken = set(session.exec(select(Case.code)).all())
            codes = [self._new_case(session, [doc], None, taken) for doc in documents]
            return IntakeReport(cases=codes)
        existing = session.exec(select(Case).where(Case.code == case_code)).first()
        if existing is None:
            return IntakeReport(cases=[self._new_case(session, documents, case_code, None)])
        self._append(session, existing.code, documents)
        return IntakeReport(cases=[existing.code], appended=True)

    def _new_case(self, session: Session, documents: list[Document], code: str | None,
                  taken: set[str] | None) -> str:
        text = SEPARATOR.join(doc.text for doc in documents)
        data = CaseInput(title=documents[0].title, transcript=text,
                         languages=_languages(documents), interviewer=self.vault.actor_name,
                         code=code)
        check_case_input(data)
        case, _transcript = self.vault.cases.add_in(session, data, taken)
        return case.code

    def _append(self, session: Session, code: str, documents: list[Document]) -> None:
        old = current_transcript(session, get_case(session, code).id)
        text = old.text.rstrip("\n") + SEPARATOR + SEPARATOR.join(d.text for d in documents)
        add_version_in(self.vault, session, old, text, self.vault.actor_name)

    # --- after the commit -----------------------------------------------------------------

    def _scan(self, report: IntakeReport, progress: Progress | None,
              cancel: Cancel | None) -> None:
        privacy = self.vault.privacy
        try:
            privacy.ensure_scanned(report.cases, progress, cancel)
        except (Cancelled, Refused):  # the cases stay; suggestions come with the next scan
            report.scanned = False
        states = privacy.states()
        report.suggestions = sum(states[code].undecided for code in report.cases
                                 if code in states)


def read_files(paths: Sequence[Path], encoding: str | None = None,
               progress: Progress | None = None, cancel: Cancel | None = None) -> ReadResult:
    """Read every file; a refused file gives a :class:`Refusal`, never an exception."""
    result = ReadResult()
    for done, path in enumerate(paths, start=1):
        check(cancel, "Import cancelled; nothing was imported.")
        try:
            result.documents.append(read_document(path, encoding))
        except FieldvaultError as exc:
            result.refusals.append(Refusal(path.name, str(exc)))
        if progress is not None:
            progress(done, len(paths))
    return result


def _languages(documents: list[Document]) -> list[str]:
    found: list[str] = []
    for doc in documents:
        found += [lang for lang in doc.languages if lang not in found]
    return found
