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

Every function runs inside the caller's transaction and never commits. A connection must
not be shared between threads; the functions hold no state of their own.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, text

from fieldvault.core.search.equivalents import Equivalents
from fieldvault.core.search.normalize import NORM_VERSION, index_text
from fieldvault.core.search.query import Clause, parse
from fieldvault.core.search.spans import Matcher, Span, combine, excerpt, snippet_window

Row = tuple[Any, ...]
KINDS = ("transcript", "memo", "theme")
MAX_SHORT_TRIGRAMS = 256
SNIPPET_HEAD = 400  # characters searched for the snippet's place before the whole text

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
_TEXT = "CASE WHEN d.source_id IS NULL THEN d.body ELSE s.body END"
_WITH_SOURCE = "search_doc d LEFT JOIN search_source s ON s.id = d.source_id"
_FOLDED_VIEW = f"""CREATE VIEW IF NOT EXISTS search_doc_folded(id, body) AS
        SELECT d.id, replace(replace({_TEXT}, 'ё', 'е'), 'Ё', 'Е') FROM {_WITH_SOURCE}"""
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


class _Found(NamedTuple):
    row_id: int
    score: float
    by_words: bool  # every clause matched through the normalised index
    doc_id: str
    kind: str
    body: str


class Hit:
    """One matching document (read-only; equal when ``doc_id``, ``kind`` and ``score``
    are). Offsets are code points into the indexed text; ``snippet_matches`` are offsets
    into ``snippet``. Higher ``score`` is better: above 1 for a match on normalised words,
    below 1 for substring-only matches.

    ``matches``, ``snippet`` and ``snippet_matches`` are worked out on first use (a list
    shows a few rows of many hits), from text the hit holds: no database access, so any
    thread may read them; two threads racing only compute the same values twice.
    (A plain class rather than a frozen dataclass: a search makes up to ``limit`` of
    them, and a frozen dataclass takes three times as long to build.)
    """

    def __init__(self, doc_id: str, kind: str, score: float, _found: _Found,
                 _matcher: Matcher) -> None:
        self.doc_id = doc_id
        self.kind = kind
        self.score = score
        self._found = _found
        self._matcher = _matcher
        self._matches: list[Span] | None = None  # worked out on first use
        self._view: tuple[str, list[Span]] | None = None  # the snippet, likewise

    def _key(self) -> tuple[str, str, float]:
        return (self.doc_id, self.kind, self.score)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Hit) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Hit(doc_id={self.doc_id!r}, kind={self.kind!r}, score={self.score!r})"

    @property
    def matches(self) -> list[Span]:
        if self._matches is None:
            found = self._found
            self._matches = self._matcher.spans(found.body, found.by_words,
                                                substrings=not found.by_words)
        return self._matches

    def _excerpt(self) -> tuple[str, list[Span]]:
        """The window goes around the densest matches among those in the first
        ``SNIPPET_HEAD`` characters (all matches when there are none there); the matches
        shown in it are found again in the window alone, or read off a scan that covers
        the window. A long text with many matches thus costs a few hundred characters,
        not its whole length; one with none near its start costs one scan of it."""
        if self._view is not None:
            return self._view
        body, matcher = self._found.body, self._matcher
        substrings = not self._found.by_words
        window: list[Span] | None = None
        if self._matches:  # known already: the window goes by all of them
            anchors = self._matches
            start, end = snippet_window(body, anchors)
        else:
            head = matcher.scan(body[:SNIPPET_HEAD], False, substrings)
            anchors = combine(head.sources)
            if anchors or self._matches is not None:
                anchors = anchors or self.matches
                start, end = snippet_window(body, anchors)
                window = matcher.within(body, min(SNIPPET_HEAD, len(body)), head.sources,
                                        start, end, head.same_length)
            else:
                start, end, anchors, window = self._far(body, substrings)
        if window is None:  # the window's own scan (what ``within`` reads off a scan)
            window = matcher.spans(body[start:end], False, substrings)
        inside = [(a + start, b + start) for a, b in window]
        self._view = excerpt(body, start, end, inside or anchors)
        return self._view

    def _far(self, body: str, substrings: bool) -> tuple[int, int, list[Span],
                                                         list[Span] | None]:
        """Window, matches and (when the scan tells them) the window's matches, for a
        text with no match in its head: the whole text is scanned once, for both."""
        full = self._matcher.scan(body, self._found.by_words, substrings)
        self._matches = anchors = combine(full.sources)
        start, end = snippet_window(body, anchors)
        window = self._matcher.within(body, len(body), full.sources, start, end,
                                      full.same_length) if full.plain else None
        return start, end, anchors, window

    @property
    def snippet(self) -> str:
        return self._excerpt()[0]

    @property
    def snippet_matches(self) -> list[Span]:
        return self._excerpt()[1]


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
    rows = conn.execute(text(f"SELECT d.id, {_TEXT} FROM {_WITH_SOURCE} ORDER BY d.id")).all()
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
        f"SELECT d.id, coalesce(r.body, {_TEXT}), d.source_id FROM {_WITH_SOURCE}"
        " LEFT JOIN search_retired r ON r.id = d.id WHERE d.doc_id = :doc_id"),
        {"doc_id": doc_id}).first()
    return None if row is None else _Indexed(int(row[0]), str(row[1]), row[2])


def _forget(conn: Connection, row_id: int) -> None:
    conn.execute(text("DELETE FROM search_retired WHERE id = :id"), {"id": row_id})
    conn.execute(text("DELETE FROM search_doc WHERE id = :id"), {"id": row_id})


def retired_documents(conn: Connection) -> list[str]:
    """Documents whose source row was deleted or blanked since they were indexed: index
    each again (or remove it) before the transaction ends."""
    return [str(r[0]) for r in conn.execute(text(
        "SELECT d.doc_id FROM search_retired r JOIN search_doc d ON d.id = r.id"))]


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


class ParsedQuery(NamedTuple):
    """A query's clauses (names expanded) and the matcher that finds them in a hit's text:
    what :func:`search` works out from the query string before any database access. It
    holds no database state, so one may be kept and passed to :func:`search` again (the
    matcher remembers the words it has seen; threads may share it)."""

    clauses: tuple[Clause, ...]
    matcher: Matcher


def parse_query(query: str, equivalents: Equivalents | None = None) -> ParsedQuery:
    """``query`` parsed; with ``equivalents``, a known name in it matches any of its forms
    (see ``equivalents.Equivalents.expand``)."""
    clauses = parse(query)
    if equivalents is not None:
        clauses = equivalents.expand(clauses)
    return ParsedQuery(tuple(clauses), Matcher(clauses))


def search(
    conn: Connection,
    query: str | ParsedQuery,
    limit: int = 50,
    kinds: Iterable[str] | None = None,
    doc_ids: Iterable[str] | None = None,
    equivalents: Equivalents | None = None,
) -> list[Hit]:
    """Documents matching every clause of ``query``, best first, at most ``limit``.

    With ``equivalents``, a known name in the query matches any of its forms (see
    ``equivalents.Equivalents.expand``); a ``ParsedQuery`` (:func:`parse_query`) was
    expanded when it was parsed, and ``equivalents`` is then not used.

    A clause matches a document through its normalised words (stem, particle-free form,
    prefix) or as a substring of the text. Documents matching every clause through
    normalised words come first, by bm25, and their ``matches`` are those words; the
    others follow, with word and substring matches.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query, equivalents)
    clauses = list(parsed.clauses)
    if not clauses or limit <= 0:
        return []
    kind_list = None if kinds is None else list(kinds)
    id_list = None if doc_ids is None else list(doc_ids)
    found = _rank_norm_only(conn, clauses, limit, kind_list, id_list)
    if len(found) < limit and len(clauses) == 1:
        found += _rank_substring_rest(conn, clauses[0], found, limit, kind_list, id_list)
    elif len(found) < limit:
        found = _rank_all(conn, clauses, limit, kind_list, id_list)
    matcher = parsed.matcher
    return [_hit(matcher, row) for row in _attach_docs(conn, found)]


def _filters(kinds: list[str] | None, doc_ids: list[str] | None) -> tuple[str, dict[str, object]]:
    sql = ""
    params: dict[str, object] = {}
    if kinds is not None:
        sql += " AND d.kind IN (SELECT value FROM json_each(:kinds))"
        params["kinds"] = _json_list(kinds)
    if doc_ids is not None:
        sql += " AND d.doc_id IN (SELECT value FROM json_each(:doc_ids))"
        params["doc_ids"] = _json_list(doc_ids)
    return sql, params


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def _rank_norm_only(
    conn: Connection,
    clauses: list[Clause],
    limit: int,
    kinds: list[str] | None,
    doc_ids: list[str] | None,
) -> list[_Found]:
    """Top documents matching every clause through the normalised index."""
    exprs = [c.norm_expr() for c in clauses]
    if any(e is None for e in exprs):
        return []
    match = " AND ".join(f"({e})" for e in exprs)
    where, params = _filters(kinds, doc_ids)
    if where:
        sql = (
            "SELECT f.rowid AS id FROM search_norm f JOIN search_doc d ON d.id = f.rowid"
            f" WHERE search_norm MATCH :match{where} ORDER BY f.rank LIMIT :limit"
        )
    else:
        sql = "SELECT rowid AS id FROM search_norm WHERE search_norm MATCH :match"
        sql += " ORDER BY rank LIMIT :limit"
    rows = _ranked(conn, sql, {"match": match, "limit": limit, **params})
    return [_Found(int(r[0]), 1.0 + _by_place(i, len(rows)), True, *_NO_DOC)
            for i, r in enumerate(rows)]


def _by_place(place: int, count: int) -> float:
    """A score in (0, 1] from a hit's place in an FTS5 ``ORDER BY rank`` list: the rank
    itself is not selected, which spares FTS5 a second bm25 per row."""
    return (count - place) / count


def _rank_substring_rest(
    conn: Connection,
    clause: Clause,
    by_words: list[_Found],
    limit: int,
    kinds: list[str] | None,
    doc_ids: list[str] | None,
) -> list[_Found]:
    """One-clause query: substring-only matches to follow the (fewer than ``limit``) word
    matches, best trigram bm25 first. Same result as ``_rank_all`` for one clause, but
    lets FTS5 do ORDER BY rank LIMIT itself."""
    match = clause.trigram_expr() or _short_trigrams(conn, clause)
    if match is None:
        return []
    where, params = _filters(kinds, doc_ids)
    sql = "SELECT f.rowid AS id FROM search_tri f"
    if where:
        sql += " JOIN search_doc d ON d.id = f.rowid"
    sql += f" WHERE search_tri MATCH :match{where} ORDER BY f.rank LIMIT :limit"
    params |= {"match": match, "limit": limit + len(by_words)}
    seen = {f.row_id for f in by_words}
    rest = [r for r in _ranked(conn, sql, params) if int(r[0]) not in seen]
    rest = rest[: limit - len(by_words)]
    return [_Found(int(r[0]), 0.99 * _by_place(i, len(rest)), False, *_NO_DOC)
            for i, r in enumerate(rest)]


def _clause_ctes(
    i: int, clause: Clause, trigrams: str | None, params: dict[str, object]
) -> list[str]:
    """CTEs for clause ``i``: its FTS parts (materialised, so bm25 stays in an FTS context)
    and ``c{i}(id, ns, ts)`` with the best norm and trigram bm25 per document."""
    ctes, parts = [], []
    if (expr := clause.norm_expr()) is not None:
        params[f"n{i}"] = expr
        ctes.append(
            f"n{i} AS MATERIALIZED (SELECT rowid AS id, bm25(search_norm) AS s"
            f" FROM search_norm WHERE search_norm MATCH :n{i})"
        )
        parts.append(f"SELECT id, s AS ns, NULL AS ts FROM n{i}")
    if (expr := clause.trigram_expr() or trigrams) is not None:
        params[f"t{i}"] = expr
        ctes.append(
            f"t{i} AS MATERIALIZED (SELECT rowid AS id, bm25(search_tri) AS s"
            f" FROM search_tri WHERE search_tri MATCH :t{i})"
        )
        parts.append(f"SELECT id, NULL, s FROM t{i}")
    union = " UNION ALL ".join(parts)
    ctes.append(f"c{i} AS (SELECT id, min(ns) AS ns, min(ts) AS ts FROM ({union}) GROUP BY id)")
    return ctes


def _rank_all(
    conn: Connection,
    clauses: list[Clause],
    limit: int,
    kinds: list[str] | None,
    doc_ids: list[str] | None,
) -> list[_Found]:
    """Top documents where each clause matches by norm, substring or both."""
    params: dict[str, object] = {"limit": limit}
    ctes = []
    for i, clause in enumerate(clauses):
        ctes += _clause_ctes(i, clause, _short_trigrams(conn, clause), params)
    joins = "".join(f" JOIN c{i} USING (id)" for i in range(1, len(clauses)))
    ns = " + ".join(f"coalesce(-c{i}.ns, 0)" for i in range(len(clauses)))
    ts = " + ".join(f"coalesce(-c{i}.ts, 0)" for i in range(len(clauses)))
    all_norm = " AND ".join(f"c{i}.ns IS NOT NULL" for i in range(len(clauses)))
    where, filter_params = _filters(kinds, doc_ids)
    params.update(filter_params)
    if where:
        joins += " JOIN search_doc d ON d.id = c0.id"
    sql = (
        f"WITH {', '.join(ctes)} SELECT c0.id, ({all_norm}) AS tier, {ns} AS ns, {ts} AS ts"
        f" FROM c0{joins} WHERE 1{where}"
        " ORDER BY tier DESC, ns DESC, ts DESC, c0.id LIMIT :limit"
    )
    rows = _ranked(conn, sql, params)
    rows.sort(key=lambda r: (-int(r[1]), -float(r[2]), -float(r[3]), int(r[0])))
    found = []
    for row in rows:
        by_words = bool(row[1])
        score = _score(by_words, float(row[2]), float(row[3]))
        found.append(_Found(int(row[0]), score, by_words, *_NO_DOC))
    return found


def _short_trigrams(conn: Connection, clause: Clause) -> str | None:
    """For a 2-letter Hangul/CJK word (too short for a trigram query): an OR of the indexed
    trigrams that start with it, read from the trigram vocabulary (at most
    ``MAX_SHORT_TRIGRAMS``, so the cost stays bounded; beyond that matches are partial).
    The word is missed only where it ends a document and is not a word of its own."""
    pair = clause.short_substring()
    if pair is None:
        return None
    terms = conn.execute(
        text(
            "SELECT term FROM search_tri_vocab WHERE term >= :lo AND term < :hi"
            " ORDER BY term LIMIT :n"
        ),
        {"lo": pair, "hi": pair + "\U0010ffff", "n": MAX_SHORT_TRIGRAMS},
    ).scalars()
    quoted = ['"' + str(term).replace('"', '""') + '"' for term in terms]
    return " OR ".join(quoted) or None


def _score(all_norm: bool, ns: float, ts: float) -> float:
    if all_norm:
        return 1.0 + ns
    return (ns + ts) / (1.0 + ns + ts) if ns + ts > 0 else 0.0


def _ranked(conn: Connection, rank_sql: str, params: dict[str, object]) -> list[Row]:
    """The ranking query's (already limited) rows. The documents are read afterwards, all
    at once (``_attach_docs``): FTS5 keeps its ORDER BY rank LIMIT shortcut only when the
    ranking query runs on its own (inside a join it was slower by half)."""
    return _read(conn, rank_sql, params)


def _read(conn: Connection, sql: str, params: dict[str, object] | None = None) -> list[Row]:
    """All rows of one read statement, run by the database driver itself inside ``conn``'s
    transaction (begun here if it was not): SQLAlchemy's handling of a statement costs
    about 0.1 ms, as much as a small FTS5 query, and a search runs two or three."""
    if not conn.in_transaction():
        conn.begin()
    driver: Any = conn.connection.driver_connection
    return list(driver.execute(sql, params or {}).fetchall())  # one fetch, not one per row


_NO_DOC = ("", "", "")  # doc_id, kind, body: filled in by _attach_docs


def _attach_docs(conn: Connection, found: list[_Found]) -> list[_Found]:
    """``found`` with each document's id, kind and text, in one statement."""
    if not found:
        return []
    ids = ",".join(str(f.row_id) for f in found)  # integers: safe to inline
    docs = {int(row[0]): row[1:] for row in _read(
        conn, f"SELECT d.id, d.doc_id, d.kind, {_TEXT} FROM {_WITH_SOURCE} WHERE d.id IN ({ids})"
    )}
    return [_Found(f.row_id, f.score, f.by_words, str(doc[0]), str(doc[1]), str(doc[2]))
            for f in found if (doc := docs.get(f.row_id)) is not None]


def _hit(matcher: Matcher, found: _Found) -> Hit:
    return Hit(found.doc_id, found.kind, found.score, found, matcher)


def case_info_text(code: str, title: str, location: str | None, values: Iterable[str]) -> str:
    """A case's details document: code, title, location and each attribute value (stored
    JSON, in attribute-name order), one per line. The search-cases migration builds the same
    documents with it, so the index can later remove exactly what it holds."""
    lines = [code, title, location or ""] + [_attribute_text(json.loads(v)) for v in values]
    return "\n".join(line for line in lines if line)


def _attribute_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
