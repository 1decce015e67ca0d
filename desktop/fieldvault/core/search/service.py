"""Search service: keeps the full-text index in step with writes, and answers queries.

Index documents: ``case:<case id>`` (the current transcript), ``info:<case id>`` (the case's
code, title, location and attribute values), ``memo:<memo id>`` and ``theme:<theme id>`` (names
in three languages and the definition). Indexing runs inside the caller's write transaction,
so the index never disagrees with the records.

A query also finds the other forms of a name the vault knows: the packaged gazetteer of places
and the names and variants registered for its people (read from the sealed identity store
while its key exists; kept in memory, forgotten after every write).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, event, text
from sqlmodel import Session, col, select

from fieldvault.core.records.codebook import descendants
from fieldvault.core.records.people import identity_in, identity_key_in
from fieldvault.core.search import equivalents as fts_equivalents
from fieldvault.core.search import index as fts
from fieldvault.core.search import ranking
from fieldvault.core.store.models import (
    Case,
    CaseAttribute,
    Coding,
    Memo,
    Person,
    Theme,
    Transcript,
)

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault


_FROM_HIT: tuple[str, list[tuple[int, int]], list[tuple[int, int]]] = ("", [], [])


class SearchResult:
    """One hit as the programs show it.

    ``snippet``, ``snippet_matches`` and ``matches`` (offsets into the transcript / memo /
    theme text) may come from an index hit, worked out on first use: a list of 200 hits
    computes excerpts only for the rows it shows. Reading them touches no database, so the
    UI thread may do it.
    """

    __slots__ = ("kind", "case_code", "target", "memo_on", "_given", "_hit")

    def __init__(self, kind: str, case_code: str | None, target: str, snippet: str = "",
                 snippet_matches: list[tuple[int, int]] | None = None,
                 matches: list[tuple[int, int]] | None = None,
                 memo_on: tuple[str, str] | None = None, hit: ranking.Hit | None = None) -> None:
        self.kind = kind  # "transcript" | "case" (title, attributes) | "memo" | "theme"
        self.case_code = case_code
        self.target = target  # case code, memo id or theme id
        self.memo_on = memo_on  # a memo's target: ("case" | "theme" | "coding", its id)
        self._given = (snippet, list(snippet_matches or []), list(matches or [])) \
            if hit is None else _FROM_HIT
        self._hit = hit

    @property
    def snippet(self) -> str:
        return self._given[0] if self._hit is None else self._hit.snippet

    @property
    def snippet_matches(self) -> list[tuple[int, int]]:
        return self._given[1] if self._hit is None else list(self._hit.snippet_matches)

    @property
    def matches(self) -> list[tuple[int, int]]:
        return self._given[2] if self._hit is None else list(self._hit.matches)

    def model_dump(self) -> dict[str, Any]:
        """The fields, as the command line prints them with --json."""
        return {"kind": self.kind, "case_code": self.case_code, "target": self.target,
                "snippet": self.snippet, "snippet_matches": self.snippet_matches,
                "matches": self.matches, "memo_on": self.memo_on}

    def _key(self) -> tuple[Any, ...]:
        return (self.kind, self.case_code, self.target, self.snippet, self.snippet_matches,
                self.matches, self.memo_on)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SearchResult) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.kind, self.case_code, self.target))

    def __repr__(self) -> str:
        return (f"SearchResult(kind={self.kind!r}, case_code={self.case_code!r}, "
                f"target={self.target!r}, snippet={self.snippet!r})")


_PENDING = "search_pending"
_PREPARED = "search_prepared"
PARSED_KEPT = 16  # parsed queries a search service keeps


def _note_changes(session: Session, _context: object, _instances: object) -> None:
    pending: dict[str, tuple[str, str]] = session.info.setdefault(_PENDING, {})
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, Transcript):
            pending[f"case:{row.case_id}"] = ("transcript", row.case_id)
        elif isinstance(row, Case):
            pending[f"case:{row.id}"] = ("transcript", row.id)
            pending[f"info:{row.id}"] = ("info", row.id)
        elif isinstance(row, CaseAttribute):
            pending[f"info:{row.case_id}"] = ("info", row.case_id)
        elif isinstance(row, Memo):
            pending[f"memo:{row.id}"] = ("memo", row.id)
        elif isinstance(row, Theme):
            pending[f"theme:{row.id}"] = ("theme", row.id)


_LATEST = text("SELECT id, text FROM transcripts WHERE case_id = :case"
               " ORDER BY version DESC LIMIT 1")
_LATEST_IS = text("SELECT id FROM transcripts WHERE case_id = :case AND text = :text"
                  " AND version = (SELECT max(version) FROM transcripts WHERE case_id = :case)")


def _document(session: Session, kind: str, row_id: str,
              known: fts.Prepared | None) -> tuple[str, str | None] | None:
    """What the index holds for a row: its text and, for a transcript, the id of the
    version row holding that text (the index then keeps no copy); None when the row is
    gone (or has no text). ``known``: the text already read (bulk import)."""
    if kind != "transcript":
        body = known.body if known else _document_text(session, kind, row_id)
        return None if body is None else (body, None)
    if known is not None:
        found = session.connection().execute(_LATEST_IS, {"case": row_id, "text": known.body})
        return known.body, found.scalar_one_or_none()
    if session.get(Case, row_id) is None:
        return None
    row = session.connection().execute(_LATEST, {"case": row_id}).first()
    return None if row is None else (str(row[1]), str(row[0]))


def _document_text(session: Session, kind: str, row_id: str) -> str | None:
    """The text of a case's information, a memo or a theme; None when the row is gone."""
    if kind == "info":
        return _case_info(session, row_id)
    if kind == "memo":
        memo = session.get(Memo, row_id)
        return None if memo is None else memo.text
    theme = session.get(Theme, row_id)
    if theme is None:
        return None
    return "\n".join([theme.name_en, theme.name_ko, theme.name_ru, theme.definition])


def _case_info(session: Session, case_id: str) -> str | None:
    """Code, title, location and attribute values of a case, one per line."""
    case = session.get(Case, case_id)
    if case is None:
        return None
    values = session.exec(select(CaseAttribute.value).where(CaseAttribute.case_id == case_id)
                          .order_by(col(CaseAttribute.name))).all()
    return fts.case_info_text(case.code, case.title, case.location, values)


def people_groups(session: Session) -> list[list[str]]:
    """Each person's name and registered variants (none once the identity key is gone).

    Never the pseudonym code: a search for a real name must not lead to the text where the
    code replaced it."""
    key = identity_key_in(session)
    if key is None:
        return []
    groups = []
    for person in session.exec(select(Person)):
        record = identity_in(session, person)
        if record is not None:
            groups.append(record.all_names())
    return groups


class SearchService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        # (writes seen, people's names): read from any thread, replaced whole, never mutated
        self._people: tuple[int, fts_equivalents.Equivalents | None] = (0, None)
        # case id -> code of cases seen in hits (codes of a case never change, but a
        # deleted case's id must not linger: forgotten after every write, like the names)
        self._codes: dict[str, str] = {}
        # query text -> its parsed form (names expanded with the people's): replaced whole,
        # forgotten after every write like the names, at most PARSED_KEPT
        self._parsed: dict[str, ranking.ParsedQuery] = {}
        vault.subscribe(self._forget_people)

    def _forget_people(self, _change: object) -> None:
        self._people = (self._people[0] + 1, None)
        self._codes = {}
        self._parsed = {}

    def equivalents(self, session: Session) -> fts_equivalents.Equivalents:
        """Places and the vault's people; the people part is cached until the next write."""
        writes, people = self._people
        if people is None:
            people = fts_equivalents.Equivalents(people_groups(session))
            if self._people[0] == writes:  # no write since the names were read
                self._people = (writes, people)
        return fts_equivalents.places().combined(people) if len(people) else \
            fts_equivalents.places()

    def parsed(self, conn: Connection, text: str) -> ranking.ParsedQuery:
        """``text`` parsed with the vault's equivalents; the last few are kept (until the
        next write), so that typing or paging through the same query parses it once."""
        writes, kept = self._people[0], self._parsed
        found = kept.get(text)
        if found is None:
            with Session(conn) as session:
                found = ranking.parse_query(text, self.equivalents(session))
            if self._people[0] == writes:  # no write since the names were read
                recent = list(kept.items())[-(PARSED_KEPT - 1):]
                self._parsed = {**dict(recent), text: found}
        return found

    # --- keeping the index up to date: the one place ------------------------------------

    @staticmethod
    def watch(session: Session) -> None:
        """Note every case, memo and theme the write session adds, changes or deletes.

        Called by :meth:`Vault.write` for each write session; nothing else indexes. The
        notes are applied by :meth:`apply` in the same transaction, before the commit.
        """
        event.listen(session, "before_flush", _note_changes)

    @staticmethod
    def apply(session: Session) -> None:
        """Bring the index in step with everything noted in this session (the current
        transcript of each touched case, each touched memo and theme; gone ones removed)."""
        pending: dict[str, tuple[str, str]] = session.info.pop(_PENDING, {})
        ready: dict[str, fts.Prepared] = session.info.pop(_PREPARED, {})
        conn = session.connection()
        for doc_id in fts.retired_documents(conn):  # a transcript row went under a document
            pending.setdefault(doc_id, ("transcript", doc_id.partition(":")[2]))
        gone = []
        for doc_id, (kind, row_id) in sorted(pending.items()):
            known = ready.get(doc_id)
            document = _document(session, kind, row_id, known)
            if document is None:
                gone.append(doc_id)
            else:  # a case's information is in the index's "transcript" family
                family = "transcript" if kind == "info" else kind
                fts.index_document(conn, doc_id, family, document[0], known,
                                   source_id=document[1])
        if gone:  # together: the index applies all their deletes at once (index.py)
            fts.remove_documents(conn, gone)

    @staticmethod
    def note(session: Session, kind: str, row_ids: Iterable[str],
             prepared: dict[str, fts.Prepared] | None = None) -> None:
        """Note rows of ``kind`` ("transcript" or "info" for a case's id, "memo", "theme")
        that the write session added, changed or deleted with SQL statements rather than
        session objects (bulk import), so that :meth:`apply` indexes or unindexes them too.

        ``prepared``: row id -> :attr:`preparer` of the row's document text as it stands
        at the next :meth:`apply` (computed elsewhere, say in worker processes).
        """
        pending: dict[str, tuple[str, str]] = session.info.setdefault(_PENDING, {})
        ready: dict[str, fts.Prepared] = session.info.setdefault(_PREPARED, {})
        prefix = "case" if kind == "transcript" else kind
        for row_id in row_ids:
            pending[f"{prefix}:{row_id}"] = (kind, row_id)
        for row_id, document in (prepared or {}).items():
            ready[f"{prefix}:{row_id}"] = document

    @staticmethod
    def compact(session: Session) -> None:
        """Merge the index into one segment per FTS table, inside the write session: after
        a bulk import, so that later deletes (secure, page by page) and queries touch
        fewer pages. About one pass over the index (a second or two at 10,000 cases)."""
        fts.optimise(session.connection())

    #: Turns a document's text into what :meth:`note` accepts as ``prepared``: a pure,
    #: picklable function, safe to run in a worker process.
    preparer = staticmethod(fts.prepare)

    # --- querying -------------------------------------------------------------------------

    def query(self, text: str, themes: list[str] | None = None,
              attributes: dict[str, Any] | None = None, kinds: list[str] | None = None,
              limit: int = 50) -> list[SearchResult]:
        """Hits for ``text``; theme and attribute filters keep hits in matching cases only."""
        with self.vault.reading() as conn:
            conn.begin()  # one snapshot for every statement below
            allowed = None
            if themes or attributes:
                with Session(conn) as session:
                    allowed = _filtered_cases(session, themes, attributes)
            doc_ids = None if allowed is None else [
                f"{prefix}:{c}" for c in allowed for prefix in ("case", "info")]
            if doc_ids is not None:
                kinds = ["transcript"]
            hits = ranking.search(conn, self.parsed(conn, text), limit=limit, kinds=kinds,
                              doc_ids=doc_ids)
            writes, known = self._people[0], self._codes
            owners = _owners(conn, hits, known)
            if self._people[0] == writes:  # no write meanwhile: keep the codes read
                self._codes = {**known, **owners.codes}
            return [_result(hit, owners) for hit in hits]


def _filtered_cases(session: Session, themes: list[str] | None,
                    attributes: dict[str, Any] | None) -> set[str] | None:
    if not themes and not attributes:
        return None
    allowed = {c.id for c in session.exec(select(Case))}
    if themes:
        wanted = descendants(session, themes)
        coded = session.exec(select(Coding.case_id).where(col(Coding.theme_id).in_(wanted)))
        allowed &= set(coded.all())
    for name, value in (attributes or {}).items():
        rows = session.exec(select(CaseAttribute).where(CaseAttribute.name == name)).all()
        allowed &= {r.case_id for r in rows if str(_json(r.value)) == str(value)}
    return allowed


_MEMO_TARGETS = text(
    "SELECT m.id, m.target_kind, m.target_id, CASE m.target_kind WHEN 'case' THEN m.target_id"
    " WHEN 'coding' THEN (SELECT case_id FROM codings WHERE id = m.target_id) END"
    " FROM memos m WHERE m.id IN (SELECT value FROM json_each(:ids))")
_CASE_CODES = text("SELECT id, code FROM cases WHERE id IN (SELECT value FROM json_each(:ids))")


class _Owners(NamedTuple):
    codes: dict[str, str]  # case id -> code, for every case a hit names or belongs to
    memos: dict[str, tuple[str, str, str | None]]  # memo id -> target kind, id, case id


def _owners(conn: Connection, hits: list[ranking.Hit], known: dict[str, str]) -> _Owners:
    """At most two plain statements (the ORM costs more than the search itself on small
    pages); the codes of cases in ``known`` are not read again."""
    case_ids = {h.doc_id.partition(":")[2] for h in hits
                if h.doc_id.startswith(("case:", "info:"))}
    memo_ids = [h.doc_id.partition(":")[2] for h in hits if h.doc_id.startswith("memo:")]
    memos: dict[str, tuple[str, str, str | None]] = {}
    if memo_ids:
        for memo_id, kind, target, case_id in conn.execute(
                _MEMO_TARGETS, {"ids": json.dumps(memo_ids)}):
            memos[memo_id] = (kind, target, case_id)
            if case_id is not None:
                case_ids.add(case_id)
    codes = {i: known[i] for i in case_ids if i in known}
    unknown = sorted(case_ids - codes.keys())
    if unknown:
        rows = conn.execute(_CASE_CODES, {"ids": json.dumps(unknown)})
        codes.update((str(i), str(c)) for i, c in rows)
    return _Owners(codes, memos)


def _json(value: str) -> Any:
    return json.loads(value)


def _result(hit: ranking.Hit, owners: _Owners) -> SearchResult:
    kind, _, ident = hit.doc_id.partition(":")
    case_code: str | None = None
    target = ident
    memo_on: tuple[str, str] | None = None
    result_kind = "case" if kind == "info" else hit.kind
    if kind in ("case", "info"):
        case_code = target = owners.codes.get(ident, "?")
    elif kind == "memo" and ident in owners.memos:
        memo_kind, memo_target, case_id = owners.memos[ident]
        memo_on = (memo_kind, memo_target)
        case_code = owners.codes.get(case_id) if case_id is not None else None
    return SearchResult(result_kind, case_code, target, memo_on=memo_on, hit=hit)
