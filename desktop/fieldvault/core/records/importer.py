"""JSON Lines import (``schemas/record.schema.json``): all lines or nothing.

The whole file goes in as one write transaction, read and inserted in batches
(:mod:`lines` parses and schema-checks them, in worker processes for large files). Every
line is checked (schema, known themes, offsets inside the NFC transcript, unique case
codes) before its batch is inserted; a bad line rolls back everything. Progress is reported
per record; cancelling rolls everything back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table
from sqlmodel import Session, select

from fieldvault.core.errors import InputError
from fieldvault.core.paragraphs import packed_breaks
from fieldvault.core.progress import Cancel, Cancelled, Progress
from fieldvault.core.records import lines, seeds
from fieldvault.core.records.cases import (
    attribute_json,
    member_id,
    random_code,
)
from fieldvault.core.records.memos import add_memo_in
from fieldvault.core.records.people import IdentityRecord, add_person_in
from fieldvault.core.store.models import (
    AttributeDef,
    Case,
    CaseAttribute,
    Coding,
    Theme,
    Transcript,
    TranscriptParagraphs,
    new_id,
    utc_now,
)

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

@dataclass
class ImportReport:
    cases: list[str] = field(default_factory=list)
    codings: int = 0
    memos: int = 0
    people: int = 0


def import_jsonl(vault: Vault, path: Path, progress: Progress | None = None,
                 cancel: Cancel | None = None, workers: int | None = None) -> ImportReport:
    """Import every line of ``path`` in one write transaction, or nothing.

    Lines are read, checked and inserted in batches (memory stays flat for any file size);
    a bad line anywhere raises InputError naming it and rolls back everything before it.
    ``workers``: processes that parse and check lines (default: by file size and cores).
    """
    total, asked = lines.scan(path)
    if not total:
        raise InputError(f"{path.name} holds no interviews.")
    workers = lines.worker_count(total) if workers is None else workers
    report = ImportReport()
    payload = {"file": path.name, "records": total}
    with vault.write("import.jsonl", "cases", payload) as session:
        state = _State(vault, session, path.name, asked)
        done = 0
        for batch in lines.parsed_batches(path, workers, vault.search.preparer):
            state.check(batch)
            for record in batch:
                if cancel is not None and cancel():
                    raise Cancelled("Import cancelled; nothing was imported.")
                state.add(record, report)
                done += 1
                if progress is not None:
                    progress(done, total)
            state.flush(report)
        if total >= COMPACT_FROM_LINES:
            vault.search.compact(session)
    return report


#: From this many lines an import ends by merging the search index (see SearchService.compact).
COMPACT_FROM_LINES = 500

_Memo = tuple[str, str, str]  # target kind, target, text


class _State:
    """What a bulk import keeps between batches: codes in use, members by name, attribute
    definitions, and the rows of the current batch, inserted with one statement per table.

    Rows go in as SQL statements, not session objects (a session object per row costs
    more than its insert); the search index hears of the new cases through
    ``vault.search.note``. Memos and people, rare in imports, go through their services
    after the batch's rows are in.
    """

    def __init__(self, vault: Vault, session: Session, name: str, asked: set[str]) -> None:
        self.vault, self.session, self.name = vault, session, name
        self.themes = set(session.exec(select(Theme.id)).all())
        self.taken = set(session.exec(select(Case.code)).all())
        self.avoid = self.taken | asked  # never generate a code a later line asks for
        self.generated = sum(1 for code in self.avoid if code.startswith("C-"))
        self.members: dict[str, str | None] = {}
        self.definitions: dict[str, AttributeDef] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in _TABLES}
        self.later: list[tuple[dict[str, Any], str, list[_Memo]]] = []
        self.prepared: dict[str, Any] = {}  # case id -> its transcript prepared for search

    def check(self, batch: list[dict[str, Any]]) -> None:
        """Known themes, unused case codes, coding offsets inside the NFC transcript."""
        for record in batch:
            where = f"{self.name} line {record['__line']}"
            code = record.get("case_code")
            if code is not None and code in self.taken:
                raise InputError(f"{where}: case code {code} already exists.")
            length = len(record["__text"])
            for coding in record.get("codings", []):
                if coding["theme"] not in self.themes:
                    raise InputError(f"{where}: unknown theme "
                                     f"{seeds.excerpt(coding['theme'])}.")
                if not 0 <= coding["start"] < coding["end"] <= length:
                    raise InputError(f"{where}: coding offsets {coding['start']}-"
                                     f"{coding['end']} are outside the transcript ({length} "
                                     "characters).")
            if code is not None:
                self.taken.add(code)

    def member(self, name: str, role: str) -> str | None:
        if name not in self.members:
            self.members[name] = member_id(self.session, name, role)
        return self.members[name]

    def add(self, record: dict[str, Any], report: ImportReport) -> None:
        """Queue the rows of one record (the batch goes in at :meth:`flush`)."""
        code = record.get("case_code") or self._new_code()
        case_id, transcript_id = self._queue_case(record, code)
        coding_memos = self._queue_codings(record, case_id, transcript_id)
        report.cases.append(code)
        report.codings += len(record.get("codings", []))
        if coding_memos or record.get("memos") or record.get("people"):
            self.later.append((record, code, coding_memos))

    def _queue_case(self, record: dict[str, Any], code: str) -> tuple[str, str]:
        case_id, transcript_id, now = new_id(), new_id(), utc_now()
        self.rows["cases"].append({
            "id": case_id, "code": code, "title": record["title"],
            "interview_date": record["interview_date"], "location": record.get("location"),
            "languages": json.dumps(record["languages"]),
            "interviewer_id": self.member(record["interviewer"], "interviewer"),
            "status": "draft", "created": now, "updated": now})
        self.rows["transcripts"].append({
            "id": transcript_id, "case_id": case_id, "version": 1, "text": record["__text"],
            "created": now, "author": record["interviewer"]})
        self.rows["transcript_paragraphs"].append({
            "transcript_id": transcript_id, "breaks": packed_breaks(record["__text"])})
        if "__prepared" in record:
            self.prepared[case_id] = record["__prepared"]
        for name, value in record["attributes"].items():
            stored = attribute_json(self.session, name, value, self.definitions)
            self.rows["case_attributes"].append(
                {"case_id": case_id, "name": name, "value": stored})
        return case_id, transcript_id

    def _queue_codings(self, record: dict[str, Any], case_id: str,
                       transcript_id: str) -> list[_Memo]:
        """Queue the record's codings; return the memos on them (added after the batch)."""
        memos: list[_Memo] = []
        for item in record.get("codings", []):
            coding_id = new_id()
            self.rows["codings"].append({
                "id": coding_id, "case_id": case_id, "transcript_id": transcript_id,
                "start": item["start"], "end": item["end"], "theme_id": item["theme"],
                "coder_id": self.member(item.get("coder") or record["interviewer"], "coder"),
                "placed": 1, "created": utc_now()})
            if item.get("memo"):
                memos.append(("coding", coding_id, item["memo"]))
        return memos

    def _new_code(self) -> str:
        code = random_code("C", self.avoid, self.generated)
        self.taken.add(code)
        self.avoid.add(code)
        self.generated += 1
        return code

    def flush(self, report: ImportReport) -> None:
        """Insert the queued rows, tell the search index, then add memos and people."""
        connection = self.session.connection()
        for table, rows in self.rows.items():
            if rows:
                connection.execute(_TABLES[table].insert(), rows)
        search = self.vault.search
        case_ids = [row["id"] for row in self.rows["cases"]]
        search.note(self.session, "transcript", case_ids, self.prepared)
        search.note(self.session, "info", case_ids)
        search.apply(self.session)  # index this batch now: nothing piles up until commit
        self.rows = {t: [] for t in _TABLES}
        self.prepared = {}
        for record, code, coding_memos in self.later:
            for kind, target, text in coding_memos:
                self._memo(kind, target, text, report)
            for memo in record.get("memos", []):
                self._memo("case", code, memo, report)
            for person in record.get("people", []):
                add_person_in(self.session, person["role"],
                              IdentityRecord(person["name"], person.get("variants", [])))
                report.people += 1
        self.later = []

    def _memo(self, kind: str, target: str, text: str, report: ImportReport) -> None:
        add_memo_in(self.session, kind, target, text, self.vault.me.id)
        report.memos += 1


_TABLES: dict[str, Table] = {
    "cases": Case.__table__,  # type: ignore[attr-defined]
    "transcripts": Transcript.__table__,  # type: ignore[attr-defined]
    "transcript_paragraphs": TranscriptParagraphs.__table__,  # type: ignore[attr-defined]
    "case_attributes": CaseAttribute.__table__,  # type: ignore[attr-defined]
    "codings": Coding.__table__,  # type: ignore[attr-defined]
}
