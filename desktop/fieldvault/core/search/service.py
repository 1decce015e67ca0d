"""Search service: keeps the full-text index in step with writes, and answers queries.

Index documents: ``case:<case id>`` (the current transcript), ``memo:<memo id>`` and
``theme:<theme id>`` (names in three languages and the definition). Indexing runs inside the
caller's write transaction, so the index never disagrees with the records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlmodel import Session, col, select

from fieldvault.core.records.codebook import descendants
from fieldvault.core.search import index as fts
from fieldvault.core.store.models import Case, CaseAttribute, Coding, Memo, Theme, Transcript

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault


@dataclass(frozen=True)
class SearchResult:
    kind: str  # "transcript" | "memo" | "theme"
    case_code: str | None
    target: str  # case code, memo id or theme id
    snippet: str
    snippet_matches: list[tuple[int, int]]
    matches: list[tuple[int, int]]  # offsets into the transcript / memo / theme text


_PENDING = "search_pending"
_PREPARED = "search_prepared"
#: From this many documents removed in one write, and at least 1/200 of the index, removal
#: merges the index once (about 0.15 ms per indexed document) instead of secure-deleting
#: each document (20-100 ms each, more the more segments the index has; index.py).
BATCH_REMOVALS = 8
BATCH_SHARE = 200


def _note_changes(session: Session, _context: object, _instances: object) -> None:
    pending: dict[str, tuple[str, str]] = session.info.setdefault(_PENDING, {})
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, Transcript):
            pending[f"case:{row.case_id}"] = ("transcript", row.case_id)
        elif isinstance(row, Case):
            pending[f"case:{row.id}"] = ("transcript", row.id)
        elif isinstance(row, Memo):
            pending[f"memo:{row.id}"] = ("memo", row.id)
        elif isinstance(row, Theme):
            pending[f"theme:{row.id}"] = ("theme", row.id)


def _document_text(session: Session, kind: str, row_id: str) -> str | None:
    """What the index holds for a row: None when the row is gone (or has no text)."""
    if kind == "transcript":
        if session.get(Case, row_id) is None:
            return None
        query = (select(Transcript.text).where(Transcript.case_id == row_id)
                 .order_by(col(Transcript.version).desc()))
        return session.exec(query).first()
    if kind == "memo":
        memo = session.get(Memo, row_id)
        return None if memo is None else memo.text
    theme = session.get(Theme, row_id)
    if theme is None:
        return None
    return "\n".join([theme.name_en, theme.name_ko, theme.name_ru, theme.definition])


class SearchService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

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
        gone = []
        for doc_id, (kind, row_id) in sorted(pending.items()):
            known = ready.get(doc_id)
            text = known.body if known else _document_text(session, kind, row_id)
            if text is None:
                gone.append(doc_id)
            else:
                fts.index_document(conn, doc_id, kind, text, known)
        if len(gone) >= BATCH_REMOVALS and len(gone) * BATCH_SHARE >= fts.document_count(conn):
            fts.remove_documents(conn, gone)
        else:
            for doc_id in gone:
                fts.remove_document(conn, doc_id)

    @staticmethod
    def note(session: Session, kind: str, row_ids: Iterable[str],
             prepared: dict[str, fts.Prepared] | None = None) -> None:
        """Note rows of ``kind`` ("transcript" for a case's id, "memo", "theme") that the
        write session added, changed or deleted with SQL statements rather than session
        objects (bulk import), so that :meth:`apply` indexes or unindexes them too.

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
        with self.vault.session() as session:
            allowed = _filtered_cases(session, themes, attributes)
            doc_ids = None if allowed is None else [f"case:{c}" for c in allowed]
            if doc_ids is not None:
                kinds = ["transcript"]
            hits = fts.search(session.connection(), text, limit=limit, kinds=kinds,
                              doc_ids=doc_ids)
            cases = _case_codes(session, hits)
            return [_result(session, hit, cases) for hit in hits]


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


def _case_codes(session: Session, hits: list[fts.Hit]) -> dict[str, str]:
    """Case id -> code for the cases that the hits name or belong to."""
    ids = {h.doc_id.partition(":")[2] for h in hits if h.doc_id.startswith("case:")}
    memo_ids = [h.doc_id.partition(":")[2] for h in hits if h.doc_id.startswith("memo:")]
    for memo in session.exec(select(Memo).where(col(Memo.id).in_(memo_ids))):
        if memo.target_kind == "case":
            ids.add(memo.target_id)
        elif memo.target_kind == "coding":
            coding = session.get(Coding, memo.target_id)
            if coding is not None:
                ids.add(coding.case_id)
    rows = session.exec(select(Case.id, Case.code).where(col(Case.id).in_(ids))).all()
    return dict(rows)


def _json(value: str) -> Any:
    import json

    return json.loads(value)


def _result(session: Session, hit: Any, cases: dict[str, str]) -> SearchResult:
    kind, _, ident = hit.doc_id.partition(":")
    case_code: str | None = None
    target = ident
    if kind == "case":
        case_code = target = cases.get(ident, "?")
    elif kind == "memo":
        memo = session.get(Memo, ident)
        if memo is not None and memo.target_kind == "case":
            case_code = cases.get(memo.target_id)
        elif memo is not None and memo.target_kind == "coding":
            coding = session.get(Coding, memo.target_id)
            case_code = cases.get(coding.case_id) if coding else None
    return SearchResult(hit.kind, case_code, target, hit.snippet,
                        list(hit.snippet_matches), list(hit.matches))
