"""Answering a query from the search index: which documents match, in what order, and the
hits with their matches and snippets.

The tables are those of :mod:`fieldvault.core.search.index`, which writes them. A query is
parsed once (:func:`parse_query`, no database access), ranked by FTS5 on the caller's
connection inside its transaction (:func:`search`; nothing is written), and each hit works
out its matches and snippet from the text it holds, on first use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import Connection, text

from fieldvault.core.search.equivalents import Equivalents
from fieldvault.core.search.index import DOC_TEXT, DOC_WITH_SOURCE
from fieldvault.core.search.query import Clause, parse
from fieldvault.core.search.spans import Matcher, Span, combine, excerpt, snippet_window

Row = tuple[Any, ...]
MAX_SHORT_TRIGRAMS = 256
SNIPPET_HEAD = 400  # characters searched for the snippet's place before the whole text


class Found(NamedTuple):
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

    def __init__(self, doc_id: str, kind: str, score: float, _found: Found,
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
) -> list[Found]:
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
    rows = _read(conn, sql, {"match": match, "limit": limit, **params})
    return [Found(int(r[0]), 1.0 + _by_place(i, len(rows)), True, *_NO_DOC)
            for i, r in enumerate(rows)]


def _by_place(place: int, count: int) -> float:
    """A score in (0, 1] from a hit's place in an FTS5 ``ORDER BY rank`` list: the rank
    itself is not selected, which spares FTS5 a second bm25 per row."""
    return (count - place) / count


def _rank_substring_rest(
    conn: Connection,
    clause: Clause,
    by_words: list[Found],
    limit: int,
    kinds: list[str] | None,
    doc_ids: list[str] | None,
) -> list[Found]:
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
    rest = [r for r in _read(conn, sql, params) if int(r[0]) not in seen]
    rest = rest[: limit - len(by_words)]
    return [Found(int(r[0]), 0.99 * _by_place(i, len(rest)), False, *_NO_DOC)
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
) -> list[Found]:
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
    rows = _read(conn, sql, params)
    rows.sort(key=lambda r: (-int(r[1]), -float(r[2]), -float(r[3]), int(r[0])))
    found = []
    for row in rows:
        by_words = bool(row[1])
        score = _score(by_words, float(row[2]), float(row[3]))
        found.append(Found(int(row[0]), score, by_words, *_NO_DOC))
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


def _read(conn: Connection, sql: str, params: dict[str, object] | None = None) -> list[Row]:
    """All rows of one read statement, run by the database driver itself inside ``conn``'s
    transaction (begun here if it was not): SQLAlchemy's handling of a statement costs
    about 0.1 ms, as much as a small FTS5 query, and a search runs two or three. The ranking
    statements run on their own and the documents are read afterwards, all at once
    (``_attach_docs``): FTS5 keeps its ORDER BY rank LIMIT shortcut only when the ranking
    query runs alone (inside a join it was slower by half)."""
    if not conn.in_transaction():
        conn.begin()
    driver: Any = conn.connection.driver_connection
    return list(driver.execute(sql, params or {}).fetchall())  # one fetch, not one per row


_NO_DOC = ("", "", "")  # doc_id, kind, body: filled in by _attach_docs


def _attach_docs(conn: Connection, found: list[Found]) -> list[Found]:
    """``found`` with each document's id, kind and text, in one statement."""
    if not found:
        return []
    ids = ",".join(str(f.row_id) for f in found)  # integers: safe to inline
    sql = f"SELECT d.id, d.doc_id, d.kind, {DOC_TEXT} FROM {DOC_WITH_SOURCE} WHERE d.id IN ({ids})"
    docs = {int(row[0]): row[1:] for row in _read(conn, sql)}
    return [Found(f.row_id, f.score, f.by_words, str(doc[0]), str(doc[1]), str(doc[2]))
            for f in found if (doc := docs.get(f.row_id)) is not None]


def _hit(matcher: Matcher, found: Found) -> Hit:
    return Hit(found.doc_id, found.kind, found.score, found, matcher)
