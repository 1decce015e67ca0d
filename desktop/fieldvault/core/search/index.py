"""Full-text index over a SQLAlchemy ``Connection`` (SQLCipher with FTS5).

Tables (all inside the encrypted database):

* ``search_doc`` — one row per document: its original NFC text (``body``), or, for a
  document whose text is a row of ``search_source`` (``source_id``; the vault points it at
  ``transcripts``), an empty ``body``: the text is then read from that row and not stored a
  second time. Match offsets and snippets are worked out from the text (``spans``).
* ``search_source(id, body)`` — a view of the rows documents may point to. Here it is empty;
  the vault's schema replaces it (migration ``upgrade_search_sources``).
* ``search_retired`` — the text a document was indexed with, kept when its source row is
  deleted or blanked before the index heard of it (triggers the vault puts on the source
  table): removing terms from the index needs the very text they came from. Each row lives
  until the next :func:`index_document` / :func:`remove_document` of its document, in the
  same write transaction (``retired_documents`` lists them).
* ``search_meta`` — the ``normalize.NORM_VERSION`` the index was built with.
* ``search_norm`` — contentless FTS5 over the normalised text (``normalize.index_text``),
  tokenizer ``ascii`` (norms are already folded and space-separated, so every norm is
  exactly one FTS token). The normalised text is not stored: to delete a document its norms
  are computed again from ``body``, which gives the same norms as long as the normaliser
  version is the one in ``search_meta`` (``reindex_all`` rebuilds the table otherwise).
* ``search_tri`` — FTS5 trigram over the body with ё→е (external content: the view
  ``search_doc_folded``), for substrings of names in any script.

Both FTS tables have FTS5 ``secure-delete`` on: a removed document's terms are deleted
from the index b-trees at once instead of lingering as delete markers (contentless_delete=1
would keep the old postings until a merge). Free pages and the WAL still hold old bytes
until ``PRAGMA secure_delete`` / a checkpoint; that belongs to the vault.

Queries are answered by :mod:`fieldvault.core.search.ranking`. Every function runs inside the
caller's transaction and never commits. A connection must
not be shared between threads; the functions hold no state of their own.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, text

from fieldvault.core.search.normalize import NORM_VERSION, index_text

KINDS = ("transcript", "memo", "theme")

#: Bytes per FTS5 leaf. Each leaf is one row of a ``*_data`` table and must fit in one
#: database page: 4096 bytes less SQLCipher's 80 reserved and the cell's header leave 3977
#: for the blob, and FTS5 may overshoot the size it is given by a few bytes. FTS5's
#: default (4050) put the last 3.5 KB of every leaf on an overflow page, so a rewritten
#: leaf (a secure delete, a merge) cost two pages and the index a page per leaf more.
LEAF_SIZE = 3800

_NORM_TABLE = """CREATE VIRTUAL TABLE IF NOT EXISTS search_norm USING fts5(
        norm, content='', tokenize='ascii')"""
_NORM_SECURE = "INSERT INTO search_norm(search_norm, rank) VALUES ('secure-delete', 1)"
_SOURCE_VIEW = "CREATE VIEW IF NOT EXISTS search_source(id, body) AS SELECT NULL, NULL WHERE 0"
#: A document's text: its own ``body`` or its source row's (``d`` is search_doc).
DOC_TEXT = "CASE WHEN d.source_id IS NULL THEN d.body ELSE s.body END"
DOC_WITH_SOURCE = "search_doc d LEFT JOIN search_source s ON s.id = d.source_id"
_FOLDED_VIEW = f"""CREATE VIEW IF NOT EXISTS search_doc_folded(id, body) AS
        SELECT d.id, replace(replace({DOC_TEXT}, 'ё', 'е'), 'Ё', 'Е') FROM {DOC_WITH_SOURCE}"""
_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS search_doc (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('transcript', 'memo', 'theme')),
        body TEXT NOT NULL,
        source_id TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    _SOURCE_VIEW,
    """CREATE TABLE IF NOT EXISTS search_retired (id INTEGER PRIMARY KEY, body TEXT NOT NULL)""",
    _FOLDED_VIEW,
    _NORM_TABLE,
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_tri USING fts5(
        body, content='search_doc_folded', content_rowid='id', tokenize='trigram')""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_tri_vocab USING fts5vocab(search_tri, row)""",
    _NORM_SECURE,
    "INSERT INTO search_tri(search_tri, rank) VALUES ('secure-delete', 1)",
)


def create_schema(conn: Connection) -> None:
    """Create the search tables if missing (idempotent); an index of an earlier layout
    gains ``search_doc.source_id``, ``search_source`` and ``search_retired``."""
    columns = {str(r[1]) for r in conn.execute(text("PRAGMA table_info(search_doc)"))}
    if columns and "source_id" not in columns:
        conn.execute(text("DROP VIEW IF EXISTS search_doc_folded"))  # reads the old layout
        conn.execute(text("ALTER TABLE search_doc ADD COLUMN source_id TEXT"))
    for statement in _SCHEMA:
        conn.execute(text(statement))
    conn.execute(text("CREATE INDEX IF NOT EXISTS search_doc_source ON search_doc(source_id)"
                      " WHERE source_id IS NOT NULL"))
    conn.execute(
        text("INSERT OR IGNORE INTO search_meta(key, value) VALUES ('norm_version', :v)"),
        {"v": str(NORM_VERSION)},
    )


def fit_leaves(conn: Connection) -> bool:
    """Write both FTS indexes again in leaves of :data:`LEAF_SIZE` bytes; False when they
    already are. ``optimize`` rewrites an index into one new segment at the configured
    size, but skips an index that is one segment already: a placeholder row (rowid -1, no
    document has it) makes a second one, and goes again by secure delete. The old leaves
    are deleted rows, overwritten by ``PRAGMA secure_delete``."""
    done = False
    for table, column in FTS_COLUMNS:
        size = conn.execute(text(f"SELECT v FROM {table}_config WHERE k = 'pgsz'")).scalar()
        if size == LEAF_SIZE:
            continue
        conn.execute(text(f"INSERT INTO {table}({table}, rank) VALUES ('pgsz', :size)"),
                     {"size": LEAF_SIZE})
        conn.execute(text(f"INSERT INTO {table}(rowid, {column}) VALUES (-1, 'placeholder')"))
        conn.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))
        conn.execute(text(f"INSERT INTO {table}({table}, rowid, {column})"
                          " VALUES ('delete', -1, 'placeholder')"))
        done = True
    return done


def needs_reindex(conn: Connection) -> bool:
    """True when the index was built by another normaliser version (queries would then be
    normalised differently from the stored documents): call ``reindex_all``."""
    version = conn.execute(
        text("SELECT value FROM search_meta WHERE key = 'norm_version'")
    ).scalar_one_or_none()
    return version != str(NORM_VERSION)


def reindex_all(
    conn: Connection,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bool:
    """Normalise every stored document again (after a normaliser change); False if
    ``cancelled`` stopped it (the caller should then roll back). ``progress(done, total)``
    is called from this thread."""
    rows = conn.execute(text(f"SELECT d.id, {DOC_TEXT} FROM {DOC_WITH_SOURCE} ORDER BY d.id")).all()
    conn.execute(text("INSERT INTO search_norm(search_norm) VALUES ('delete-all')"))
    for done, (row_id, body) in enumerate(rows, 1):
        if cancelled is not None and cancelled():
            return False
        _norm_insert(conn, int(row_id), str(body))
        if progress is not None:
            progress(done, len(rows))
    conn.execute(
        text("UPDATE search_meta SET value = :v WHERE key = 'norm_version'"),
        {"v": str(NORM_VERSION)},
    )
    return True


def drop_stored_norms(conn: Connection) -> bool:
    """Move an index of the first layout (``search_doc.norm`` and ``offsets`` stored, the
    norm table reading them) to the contentless norm table; False if already moved."""
    columns = {str(r[1]) for r in conn.execute(text("PRAGMA table_info(search_doc)"))}
    if "norm" not in columns:
        return False
    conn.execute(text("DROP TABLE search_norm"))
    conn.execute(text("ALTER TABLE search_doc DROP COLUMN norm"))
    conn.execute(text("ALTER TABLE search_doc DROP COLUMN offsets"))
    conn.execute(text(_NORM_TABLE))
    conn.execute(text(_NORM_SECURE))
    for row_id, body in conn.execute(text("SELECT id, body FROM search_doc")).all():
        _norm_insert(conn, int(row_id), str(body))
    return True


def _fold_body(body: str) -> str:
    return body.replace("ё", "е").replace("Ё", "Е")


def _norm_insert(conn: Connection, row_id: int, body: str, command: str | None = None,
                 norm: str | None = None) -> None:
    """Add (or with ``command='delete'`` remove) the norms of ``body`` as row ``row_id``;
    ``norm``: ``index_text(body)`` when already computed (:func:`prepare`)."""
    if command is None:
        sql = "INSERT INTO search_norm(rowid, norm) VALUES (:id, :norm)"
    else:
        sql = "INSERT INTO search_norm(search_norm, rowid, norm) VALUES ('delete', :id, :norm)"
    conn.execute(text(sql), {"id": row_id, "norm": index_text(body) if norm is None else norm})


def _fts_delete(conn: Connection, row_id: int, body: str) -> None:
    _norm_insert(conn, row_id, body, "delete")
    conn.execute(
        text("INSERT INTO search_tri(search_tri, rowid, body) VALUES ('delete', :id, :body)"),
        {"id": row_id, "body": _fold_body(body)},
    )


class _Indexed(NamedTuple):
    row_id: int
    body: str  # the text the index holds the document's terms for
    source_id: str | None


def _existing(conn: Connection, doc_id: str) -> _Indexed | None:
    """The document as indexed: its text is the retired one when its source row went."""
    row = conn.execute(text(
        f"SELECT d.id, coalesce(r.body, {DOC_TEXT}), d.source_id FROM {DOC_WITH_SOURCE}"
        " LEFT JOIN search_retired r ON r.id = d.id WHERE d.doc_id = :doc_id"),
        {"doc_id": doc_id}).first()
    return None if row is None else _Indexed(int(row[0]), str(row[1]), row[2])


def _forget(conn: Connection, row_id: int) -> None:
    conn.execute(text("DELETE FROM search_retired WHERE id = :id"), {"id": row_id})
    conn.execute(text("DELETE FROM search_doc WHERE id = :id"), {"id": row_id})


def retired_documents(conn: Connection) -> list[str]:
    """Documents whose source row was deleted or blanked since they were indexed: index
    each again (or remove it) before the transaction ends."""
    return [str(r[0]) for r in conn.execute(text(RETIRED_SQL))]


#: Every write asks this (see :func:`retired_documents`); ``search_retired`` is nearly always
#: empty. ``CROSS JOIN`` keeps it the outer loop: with a plain join the planner walked every
#: row of ``search_doc`` (30 ms at 50,000 interviews on a cold cache, per write).
RETIRED_SQL = "SELECT d.doc_id FROM search_retired r CROSS JOIN search_doc d ON d.id = r.id"


class Prepared(NamedTuple):
    """What indexing a text computes before touching the database (see :func:`prepare`)."""

    body: str
    norm: str


def prepare(body: str) -> Prepared:
    """Normalise ``body`` (NFC) for the index. Pure and picklable: bulk imports run it in
    worker processes and hand the result to :func:`index_document`."""
    return Prepared(body, index_text(body))


def index_document(conn: Connection, doc_id: str, kind: str, body: str,
                   prepared: Prepared | None = None, source_id: str | None = None) -> None:
    """Index (or re-index) one document. ``body`` must be NFC; offsets refer to it.
    ``prepared``: :func:`prepare` of this very ``body``, if already computed.
    ``source_id``: the ``search_source`` row whose text is ``body`` (the caller vouches
    for that); the index then keeps no copy of the text."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind: {kind!r}")
    if prepared is None or prepared.body != body:
        prepared = prepare(body)
    own_body = body if source_id is None else ""
    old = _existing(conn, doc_id)
    if old is not None:
        if old.body == body:  # the same terms: at most the text's place changed
            if old.source_id != source_id:
                conn.execute(text("UPDATE search_doc SET body = :body, source_id = :source"
                                  " WHERE id = :id"),
                             {"body": own_body, "source": source_id, "id": old.row_id})
            conn.execute(text("DELETE FROM search_retired WHERE id = :id"), {"id": old.row_id})
            return
        _fts_delete(conn, old.row_id, old.body)
        _forget(conn, old.row_id)
    row_id = conn.execute(
        text(
            "INSERT INTO search_doc(doc_id, kind, body, source_id)"
            " VALUES (:doc_id, :kind, :body, :source) RETURNING id"
        ),
        {"doc_id": doc_id, "kind": kind, "body": own_body, "source": source_id},
    ).scalar_one()
    _norm_insert(conn, int(row_id), body, norm=prepared.norm)
    conn.execute(
        text("INSERT INTO search_tri(rowid, body) VALUES (:id, :body)"),
        {"id": row_id, "body": _fold_body(body)},
    )


def remove_document(conn: Connection, doc_id: str) -> bool:
    """Remove a document from the index; False if it was not indexed."""
    old = _existing(conn, doc_id)
    if old is None:
        return False
    _fts_delete(conn, old.row_id, old.body)
    _forget(conn, old.row_id)
    return True


FTS_TABLES = ("search_norm", "search_tri")
FTS_COLUMNS = (("search_norm", "norm"), ("search_tri", "body"))


def remove_documents(conn: Connection, doc_ids: Sequence[str]) -> int:
    """Remove many documents at once; return how many were indexed.

    FTS5 holds deletes in memory and applies them together, term by term, at the commit (or
    at the next statement that opens a savepoint), but at once when given a rowid below the
    last one or when its buffer is full: the deletes go in rowid order and before the rows
    are forgotten, so each flush covers many documents. A secure delete still rewrites
    about every index page holding one of a document's terms (at 10,000 cases, 20-100 ms
    per transcript); when the documents are a large share of the index (``MERGE_SHARE``),
    plain delete markers and one merge of each index into one segment (``optimize``, about
    one pass over the index) cost less and drop the removed postings just as surely;
    secure-delete is on again before this returns, inside the caller's transaction.
    """
    found = sorted(row for row in (_existing(conn, d) for d in doc_ids) if row is not None)
    if not found:
        return 0
    merge = len(found) * MERGE_SHARE >= document_count(conn)
    if merge:
        _set_secure_delete(conn, False)
    for row_id, body, _source in found:
        _fts_delete(conn, row_id, body)
    if merge:
        optimise(conn)
        _set_secure_delete(conn, True)
    for row_id, _body, _source in found:
        _forget(conn, row_id)
    return len(found)


#: :func:`remove_documents` merges the indexes instead of secure-deleting when it removes
#: at least 1/MERGE_SHARE of the documents (two per case). Deleting cases of a 10,000-case
#: vault by secure deletes / by one merge: 5 cases 0.5 / 1.9 s, 20: 1.0 / 1.8 s, 60: 2.3 /
#: 2.2 s, 200: 4.7 / 2.8 s.
MERGE_SHARE = 200


def optimise(conn: Connection) -> None:
    """Merge each FTS index into one segment: fewer segments make later secure deletes
    (and queries) touch fewer pages. Costs about one pass over the index."""
    for table in FTS_TABLES:
        conn.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))


def document_count(conn: Connection) -> int:
    return int(conn.execute(text("SELECT count(*) FROM search_doc")).scalar_one())


def _set_secure_delete(conn: Connection, on: bool) -> None:
    for table in FTS_TABLES:
        conn.execute(text(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', :on)"),
                     {"on": int(on)})


def case_info_text(code: str, title: str, location: str | None, values: Iterable[str]) -> str:
    """A case's details document: code, title, location and each attribute value (stored
    JSON, in attribute-name order), one per line. The search-cases migration builds the same
    documents with it, so the index can later remove exactly what it holds."""
    lines = [code, title, location or ""] + [_attribute_text(json.loads(v)) for v in values]
    return "\n".join(line for line in lines if line)


def _attribute_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
