"""JSON Lines import (``schemas/record.schema.json``): all lines or nothing.

Every line is parsed and checked (schema, known themes, offsets inside the NFC transcript,
unique case codes) before anything is written; then the whole file goes in as one
transaction. Progress is reported per record; cancelling rolls everything back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, select

from fieldvault.core import jsontext
from fieldvault.core.errors import InputError
from fieldvault.core.progress import Cancel, Cancelled, Progress
from fieldvault.core.records import seeds
from fieldvault.core.records.cases import CaseInput, member_id, normalise_text
from fieldvault.core.records.codings import insert_coding
from fieldvault.core.records.memos import add_memo_in
from fieldvault.core.records.people import IdentityRecord, add_person_in
from fieldvault.core.store.models import Case, Theme

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

@dataclass
class ImportReport:
    cases: list[str] = field(default_factory=list)
    codings: int = 0
    memos: int = 0
    people: int = 0


def read_records(path: Path) -> list[dict[str, Any]]:
    """Parse and schema-check every line; raise InputError naming the first bad line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from exc
    records = []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.strip():
            records.append(_parse_line(path.name, number, line))
    if not records:
        raise InputError(f"{path.name} holds no interviews.")
    return records


def _parse_line(name: str, number: int, line: bytes) -> dict[str, Any]:
    where = f"{name} line {number}"
    try:
        record = jsontext.parse(line)
    except jsontext.JsonRefused as exc:
        raise InputError(f"{where} {exc}.") from exc
    try:
        seeds.validate(record, "record", where=where)
    except seeds.SeedError as exc:
        raise InputError(str(exc)) from exc
    if not isinstance(record, dict):
        raise InputError(f"{where} is not a JSON object.")
    record["__line"] = number
    return record


def check_records(session: Session, name: str, records: list[dict[str, Any]]) -> None:
    themes = set(session.exec(select(Theme.id)).all())
    taken = set(session.exec(select(Case.code)).all())
    for record in records:
        where = f"{name} line {record['__line']}"
        code = record.get("case_code")
        if code is not None and code in taken:
            raise InputError(f"{where}: case code {code} already exists.")
        if code is not None:
            taken.add(code)
        length = len(normalise_text(record["transcript"]))
        for coding in record.get("codings", []):
            if coding["theme"] not in themes:
                raise InputError(f"{where}: unknown theme {seeds.excerpt(coding['theme'])}.")
            if not 0 <= coding["start"] < coding["end"] <= length:
                raise InputError(f"{where}: coding offsets {coding['start']}-{coding['end']} "
                                 f"are outside the transcript ({length} characters).")


def import_jsonl(vault: Vault, path: Path, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> ImportReport:
    records = read_records(path)
    with vault.session() as session:
        check_records(session, path.name, records)
    report = ImportReport()
    payload = {"file": path.name, "records": len(records)}
    with vault.write("import.jsonl", "cases", payload) as session:
        state = _State(vault, session)
        for done, record in enumerate(records, start=1):
            if cancel is not None and cancel():
                raise Cancelled("Import cancelled; nothing was imported.")
            state.add(record, report)
            if progress is not None:
                progress(done, len(records))
    return report


class _State:
    """What a bulk import keeps between records: codes in use, members by name."""

    def __init__(self, vault: Vault, session: Session) -> None:
        self.vault, self.session = vault, session
        self.taken = set(session.exec(select(Case.code)).all())
        self.members: dict[str, str | None] = {}

    def member(self, name: str, role: str) -> str | None:
        if name not in self.members:
            self.members[name] = member_id(self.session, name, role)
        return self.members[name]

    def add(self, record: dict[str, Any], report: ImportReport) -> None:
        data = CaseInput(title=record["title"], transcript=record["transcript"],
                         languages=record["languages"],
                         interview_date=record["interview_date"],
                         interviewer=record["interviewer"], attributes=record["attributes"],
                         code=record.get("case_code"), location=record.get("location"))
        case, transcript = self.vault.cases.add_in(self.session, data, self.taken)
        report.cases.append(case.code)
        for item in record.get("codings", []):
            coder = self.member(item.get("coder") or record["interviewer"], "coder")
            coding = insert_coding(self.session, case, transcript, item["theme"],
                                   (item["start"], item["end"]), coder)
            report.codings += 1
            if item.get("memo"):
                self.session.flush()
                self._memo("coding", coding.id, item["memo"], report)
        for memo in record.get("memos", []):
            self._memo("case", case.code, memo, report)
        for person in record.get("people", []):
            add_person_in(self.session, person["role"],
                          IdentityRecord(person["name"], person.get("variants", [])))
            report.people += 1

    def _memo(self, kind: str, target: str, text: str, report: ImportReport) -> None:
        add_memo_in(self.session, kind, target, text, self.vault.me.id)
        report.memos += 1
