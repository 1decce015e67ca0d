"""Cases: interview records under a pseudonymous case code, with typed attributes."""

from __future__ import annotations

import json
import math
import re
import secrets
import sys
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound, excerpt
from fieldvault.core.store.models import (
    AttributeDef,
    Case,
    CaseAttribute,
    Coding,
    Member,
    Memo,
    Transcript,
    utc_now,
)

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

LANGUAGES = ("en", "ko", "ru")
STATUSES = ("draft", "submitted", "in_review", "returned", "approved", "exported")
CODE_PATTERN = re.compile(r"^[A-Z]{1,4}-[0-9]{3,6}$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ATTRIBUTE_TYPES: dict[str, type | tuple[type, ...]] = {
    "text": str, "integer": int, "number": (int, float), "boolean": bool, "choice": str}


@dataclass
class CaseInput:
    title: str
    transcript: str
    languages: list[str]
    interview_date: str | None = None
    interviewer: str | None = None
    location: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    code: str | None = None


@dataclass(frozen=True)
class CaseSummary:
    id: str
    code: str
    title: str
    interview_date: str | None
    location: str | None
    languages: list[str]
    interviewer: str | None
    status: str
    codings: int
    attributes: dict[str, Any]


@dataclass(frozen=True, eq=False)
class CaseTable:
    """Every case's summary as parallel columns, in code order: a handful of lists whatever
    the number of cases, so 50,000 cases cost tens of megabytes and give the garbage
    collector almost nothing to walk (the case table holds this, not 50,000 objects).

    Repeated values are shared: one string per distinct date, status or interviewer, one
    tuple per distinct list of languages, one dict per distinct set of attributes — treat
    them as read-only. :meth:`summary` builds one :class:`CaseSummary` when asked.
    """

    ids: list[str]
    codes: list[str]
    titles: list[str]
    dates: list[str | None]
    locations: list[str | None]
    languages: list[tuple[str, ...]]
    interviewers: list[str | None]
    statuses: list[str]
    codings: array[int]  # 'l': codings per case
    attributes: list[dict[str, Any]]

    def __len__(self) -> int:
        return len(self.codes)

    def summary(self, n: int) -> CaseSummary:
        return CaseSummary(self.ids[n], self.codes[n], self.titles[n], self.dates[n],
                           self.locations[n], list(self.languages[n]), self.interviewers[n],
                           self.statuses[n], self.codings[n], dict(self.attributes[n]))

    def index_of(self, code: str) -> int | None:
        """The position of the case with this code (codes are in order: a bisection)."""
        n = bisect_left(self.codes, code)
        return n if n < len(self.codes) and self.codes[n] == code else None

    @classmethod
    def of(cls, summaries: Iterable[CaseSummary]) -> CaseTable:
        """The table of these summaries (put in code order)."""
        builder = _TableBuilder()
        for s in sorted(summaries, key=lambda s: s.code):
            builder.add(s.id, s.code, s.title, s.interview_date, s.location,
                        tuple(s.languages), s.interviewer, s.status, s.codings, s.attributes)
        return builder.table()


class _TableBuilder:
    """Appends rows to the columns of a :class:`CaseTable`, sharing repeated values."""

    def __init__(self) -> None:
        self.columns: tuple[list[Any], ...] = tuple([] for _ in range(10))
        self._shared: dict[Any, Any] = {}

    def share(self, value: Any) -> Any:
        if isinstance(value, str):
            return sys.intern(value)
        return self._shared.setdefault(value, value)

    def share_attributes(self, attributes: dict[str, Any]) -> dict[str, Any]:
        key = tuple((name, type(v).__name__, v) for name, v in attributes.items())
        try:
            return self._shared.setdefault(("attributes", key), attributes)  # type: ignore[no-any-return]
        except TypeError:  # an unhashable value (never stored today): keep it unshared
            return attributes

    def add(self, *row: Any) -> None:
        (case_id, code, title, date, location, languages, interviewer, status, codings,
         attributes) = row
        values = (case_id, code, title, date and self.share(date), location,
                  self.share(languages), interviewer and self.share(interviewer),
                  self.share(status), int(codings), self.share_attributes(attributes))
        for column, value in zip(self.columns, values, strict=True):
            column.append(value)

    def table(self) -> CaseTable:
        c = self.columns
        return CaseTable(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], array("l", c[8]),
                         c[9])


def check_case_input(data: CaseInput) -> None:
    """Raise InputError with one sentence for the first problem found."""
    if not data.title.strip():
        raise InputError("The case title is empty.")
    if not data.transcript.strip():
        raise InputError("The transcript is empty.")
    if not data.languages or any(lang not in LANGUAGES for lang in data.languages):
        raise InputError("Languages must be a non-empty list of en, ko and ru.")
    if data.interview_date and not _is_date(data.interview_date):
        raise InputError(f"The interview date {excerpt(data.interview_date)} is not a "
                         "YYYY-MM-DD date.")
    if data.code is not None and not CODE_PATTERN.match(data.code):
        raise InputError(f"The case code {excerpt(data.code)} is not like C-0123.")


def _is_date(text: str) -> bool:
    from datetime import date

    if not DATE_PATTERN.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def normalise_text(text: str) -> str:
    """Transcripts are stored NFC with LF line ends; offsets count code points of this."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


class CaseService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- writing --------------------------------------------------------------------------

    def create(self, data: CaseInput) -> Case:
        check_case_input(data)
        with self.vault.write("case.create", "case", {"title": data.title}) as session:
            case, _transcript = self.add_in(session, data)
            session.info["audit_target"] = f"case:{case.code}"
        return case

    def add_in(self, session: Session, data: CaseInput,
               taken: set[str] | None = None) -> tuple[Case, Transcript]:
        """Insert a case and its first transcript inside the caller's write transaction.

        ``taken``: the case codes already in use, when the caller keeps track (bulk import).
        """
        taken = taken if taken is not None else set(session.exec(select(Case.code)).all())
        code = data.code or random_code("C", taken)
        if code in taken:
            raise InputError(f"A case with code {code} already exists.")
        taken.add(code)
        case = Case(code=code, title=data.title, interview_date=data.interview_date,
                    location=data.location, languages=json.dumps(data.languages),
                    interviewer_id=member_id(session, data.interviewer, "interviewer"))
        session.add(case)
        text = normalise_text(data.transcript)
        transcript = Transcript(case_id=case.id, version=1, text=text, author=data.interviewer)
        session.add(transcript)
        for name, value in data.attributes.items():
            set_attribute_in(session, case.id, name, value)
        session.flush()
        return case, transcript

    def update(self, code: str, **changes: Any) -> Case:
        allowed = {"title", "interview_date", "location", "languages", "status"}
        unknown = set(changes) - allowed
        if unknown:
            raise InputError(f"Cases have no field named {sorted(unknown)[0]}.")
        if "status" in changes and changes["status"] not in STATUSES:
            raise InputError(f"'{changes['status']}' is not a case status.")
        with self.vault.write("case.update", f"case:{code}", changes) as session:
            case = get_case(session, code)
            for name, value in changes.items():
                setattr(case, name, json.dumps(value) if name == "languages" else value)
            case.updated = utc_now()
            session.add(case)
        return case

    def set_attribute(self, code: str, name: str, value: Any) -> None:
        with self.vault.write("case.attribute", f"case:{code}", {name: value}) as session:
            set_attribute_in(session, get_case(session, code).id, name, value)

    def define_attribute(self, name: str, kind: str, choices: list[str] | None = None) -> None:
        if kind not in ATTRIBUTE_TYPES:
            raise InputError(f"'{kind}' is not an attribute type.")
        with self.vault.write("attribute.define", f"attribute:{name}", [kind, choices]) as s:
            s.merge(AttributeDef(name=name, type=kind,
                                 choices=json.dumps(choices) if choices else None))

    def delete(self, code: str) -> None:
        with self.vault.write("case.delete", f"case:{code}", {}) as session:
            delete_case_in(session, get_case(session, code))
        self.vault.attachments.sweep()  # the sealed files of its attachments, at once

    def delete_many(self, codes: list[str]) -> None:
        """Delete these cases in one write (all or none): a batch costs a fixed number of
        statements and one merge of the search index instead of one rewrite per case."""
        codes = list(dict.fromkeys(codes))
        with self.vault.write("case.delete", "cases", {"cases": codes}) as session:
            delete_cases_in(session, [get_case(session, code) for code in codes])
        self.vault.attachments.sweep()

    # --- reading --------------------------------------------------------------------------

    def get(self, code: str) -> Case:
        with self.vault.session() as session:
            return get_case(session, code)

    def summaries(self, status: str | None = None, theme: str | None = None,
                  attributes: dict[str, Any] | None = None,
                  codes: Iterable[str] | None = None) -> list[CaseSummary]:
        """Every case matching all given filters, ordered by code."""
        with self.vault.session() as session:
            query: Any = sa_select(*_SUMMARY_COLUMNS)  # plain rows, no session object per case
            if status:
                query = query.where(Case.status == status)
            if codes is not None:
                query = query.where(col(Case.code).in_(list(codes)))
            if theme:
                from fieldvault.core.records.codebook import descendants

                wanted = descendants(session, [theme])
                coded = select(Coding.case_id).where(col(Coding.theme_id).in_(wanted))
                query = query.where(col(Case.id).in_(coded))
            cases = session.connection().execute(query.order_by(col(Case.code))).all()
            return [s for s in _summaries(session, list(cases))
                    if _attributes_match(s.attributes, attributes or {})]

    def table(self) -> CaseTable:
        """Every case as a :class:`CaseTable` (what :meth:`summaries` returns, without an
        object per case); rows are read one at a time, never all at once."""
        with self.vault.session() as session:
            counts = _coding_counts(session)
            members = {m.id: m.name for m in session.exec(select(Member))}
            attrs = _attributes_by_case(session)
            languages: dict[str, tuple[str, ...]] = {}
            builder = _TableBuilder()
            rows = session.connection().execute(
                sa_select(*_SUMMARY_COLUMNS).order_by(col(Case.code)))
            for c in rows:
                if c[5] not in languages:
                    languages[c[5]] = tuple(json.loads(c[5]))
                builder.add(c[0], c[1], c[2], c[3], c[4], languages[c[5]],
                            members.get(c[6] or ""), c[7], counts.get(c[0], 0),
                            attrs.pop(c[0], {}))
            return builder.table()

    def coding_total(self) -> int:
        """How many codings the vault holds: what the summaries' coding counts add up to,
        counted in SQL instead of a summary per case."""
        with self.vault.session() as session:
            return int(session.exec(select(func.count()).select_from(Coding)).one())

    def codes_with_theme(self, theme: str) -> list[str]:
        """The codes of the cases coded with ``theme`` or a theme under it, in order (what
        ``summaries(theme=...)`` selects, without building a summary per case)."""
        from fieldvault.core.records.codebook import descendants

        with self.vault.session() as session:
            wanted = descendants(session, [theme])
            coded = select(Coding.case_id).where(col(Coding.theme_id).in_(wanted))
            query = select(Case.code).where(col(Case.id).in_(coded)).order_by(col(Case.code))
            return list(session.exec(query))

    def attribute_defs(self) -> list[AttributeDef]:
        with self.vault.session() as session:
            return list(session.exec(select(AttributeDef).order_by(col(AttributeDef.name))))


_SUMMARY_COLUMNS: tuple[Any, ...] = tuple(col(c) for c in (
    Case.id, Case.code, Case.title, Case.interview_date, Case.location, Case.languages,
    Case.interviewer_id, Case.status))


def _summaries(session: Session, cases: list[Any]) -> list[CaseSummary]:
    """``cases``: rows of :data:`_SUMMARY_COLUMNS`."""
    counts = _coding_counts(session)
    members = {m.id: m.name for m in session.exec(select(Member))}
    attrs = _attributes_by_case(session)
    return [CaseSummary(c[0], c[1], c[2], c[3], c[4], json.loads(c[5]),
                        members.get(c[6] or ""), c[7], int(counts.get(c[0], 0)),
                        attrs.get(c[0], {})) for c in cases]


def _coding_counts(session: Session) -> dict[str, int]:
    return dict(session.exec(select(Coding.case_id, func.count())
                             .group_by(col(Coding.case_id))).all())


def _attributes_by_case(session: Session) -> dict[str, dict[str, Any]]:
    attrs: dict[str, dict[str, Any]] = {}
    rows = session.exec(select(CaseAttribute.case_id, CaseAttribute.name, CaseAttribute.value))
    for case_id, name, value in rows:
        attrs.setdefault(case_id, {})[name] = json.loads(value)
    return attrs


def _attributes_match(have: dict[str, Any], want: dict[str, Any]) -> bool:
    return all(str(have.get(name)) == str(value) for name, value in want.items())


def get_case(session: Session, code: str) -> Case:
    case = session.exec(select(Case).where(Case.code == code)).first()
    if case is None:
        raise NotFound(f"There is no case {code} in this vault.")
    return case


def delete_case_in(session: Session, case: Case) -> tuple[int, int, int]:
    """Delete a case with its transcripts, codings, memos and search entries, inside the
    caller's write transaction; return how many transcripts, codings and memos went."""
    return delete_cases_in(session, [case])


def delete_cases_in(session: Session, cases: list[Case]) -> tuple[int, int, int]:
    """:func:`delete_case_in` for many cases with a fixed number of statements: counts by
    ``GROUP BY``, codings in one ``DELETE``; cases and memos go through the session (one
    batched statement each) so that the search index hears of them."""
    ids = [case.id for case in cases]
    memos = memos_of_cases(session, ids)
    for memo in memos:
        session.delete(memo)
    transcripts = session.exec(select(func.count()).select_from(Transcript)
                               .where(col(Transcript.case_id).in_(ids))).one()
    codings = session.exec(select(func.count()).select_from(Coding)
                           .where(col(Coding.case_id).in_(ids))).one()
    session.flush()
    session.exec(delete(Coding).where(col(Coding.case_id).in_(ids)))
    for case in cases:
        session.delete(case)
    return int(transcripts), int(codings), len(memos)


def memos_of_cases(session: Session, case_ids: list[str]) -> list[Memo]:
    """Memos on any of these cases and on any of their codings."""
    coded = select(Coding.id).where(col(Coding.case_id).in_(case_ids))
    on_cases = and_(col(Memo.target_kind) == "case", col(Memo.target_id).in_(case_ids))
    on_codings = and_(col(Memo.target_kind) == "coding", col(Memo.target_id).in_(coded))
    return list(session.exec(select(Memo).where(or_(on_cases, on_codings))))


def random_code(prefix: str, taken: set[str], in_use: int | None = None) -> str:
    """A random, unused code like ``W-017``; widens the number when the space fills up.

    ``in_use``: how many codes in ``taken`` start with ``prefix-``, when the caller counts
    them (a bulk import would otherwise count the whole set for every code).
    """
    digits = 3
    if in_use is None:
        in_use = sum(1 for t in taken if t.startswith(prefix + "-"))
    while in_use * 2 >= 10 ** digits:
        digits += 1
    while True:
        code = f"{prefix}-{secrets.randbelow(10 ** digits):0{digits}d}"
        if code not in taken:
            return code


def member_id(session: Session, name: str | None, role: str) -> str | None:
    """The member with this display name, added with ``role`` if the vault lacks it."""
    if not name:
        return None
    member = session.exec(select(Member).where(Member.name == name)).first()
    if member is None:
        member = Member(name=name, role=role)
        session.add(member)
        session.flush()
    return member.id


def set_attribute_in(session: Session, case_id: str, name: str, value: Any) -> None:
    stored = attribute_json(session, name, value)
    session.merge(CaseAttribute(case_id=case_id, name=name, value=stored))


def attribute_json(session: Session, name: str, value: Any,
                   known: dict[str, AttributeDef] | None = None) -> str:
    """Check ``value`` against attribute ``name`` (defined from it on first use); return
    the JSON to store. ``known``: definitions already read, kept up to date (bulk import)."""
    if isinstance(value, float) and not math.isfinite(value):  # JSON has no NaN or infinity
        raise InputError(f"Attribute {_label(name)} needs a finite number, not {value}.")
    definition = known.get(name) if known is not None else None
    if definition is None:
        definition = session.get(AttributeDef, name)
    if definition is None:
        definition = AttributeDef(name=name, type=_infer_type(value))
        session.add(definition)
        session.flush()
    if known is not None:
        known[name] = definition
    expected = ATTRIBUTE_TYPES[definition.type]
    if not isinstance(value, expected) or (definition.type != "boolean"
                                           and isinstance(value, bool)):
        raise InputError(f"Attribute {_label(name)} takes {definition.type} values, not "
                         f"{excerpt(value)}.")
    if definition.choices and value not in json.loads(definition.choices):
        raise InputError(f"{excerpt(value)} is not one of the choices of attribute "
                         f"{_label(name)}.")
    return json.dumps(value)


def _label(name: str) -> str:
    """An attribute's name for a message: quoted and escaped, cut at 40 characters (a name
    comes from the input and may be anything, even interview text)."""
    return excerpt(name)


def _infer_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "text"
