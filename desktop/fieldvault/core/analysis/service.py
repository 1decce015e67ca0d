"""The analysis services: inter-coder agreement (``vault.agreement``) and cross-case views
(``vault.analysis``: matrices, crosstabs, co-occurrence, timelines; see AnalysisService).

Agreement is computed through :func:`analysis.agreement.agreement`.

Per case, the units are those of the current transcript; only placed codings count (codings
left on an older version could not be carried over and are not decisions on this text).
A case's coders are the members with at least one such coding on it; a coding without a
coder counts as coder ``(unknown)``. Cases with fewer than two coders add no pairable unit.
Reads run in one session; safe from any thread.
"""

from __future__ import annotations

import gc
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlmodel import Session, col, select

from fieldvault.core.analysis.agreement import Agreement, CaseCodings, UnitName, agreement
from fieldvault.core.analysis.cooccur import (
    MODES,
    CooccurTable,
    Mode,
    Span,
    by_case,
    near,
    with_paragraphs,
)
from fieldvault.core.analysis.crosstab import (
    MISSING,
    CrossTable,
    ThemeRow,
    lineage,
)
from fieldvault.core.analysis.running import (
    UNIT,
    PairSums,
    TableSums,
    pair_share,
    record_separator,
    spans_of,
    table_shares,
)
from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.paragraphs import packed_breaks, unpack
from fieldvault.core.records.cases import STATUSES, get_case
from fieldvault.core.records.codings import CONTEXT, Passage
from fieldvault.core.records.members import UNKNOWN_CODER
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store.models import Case, Coding, Member
from fieldvault.core.store.schema import ANALYSIS_CHANGES_KEPT

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

UNITS: tuple[UnitName, ...] = ("char", "sentence", "paragraph")
#: Results kept per open vault, the least recently used dropped first (a theme x case
#: matrix at 10,000 cases is a few MB).
CACHED_RESULTS = 16
#: Past this many changed cases a view is computed afresh rather than patched.
PATCH_LIMIT = 2000
_T = TypeVar("_T")
_Sums = TypeVar("_Sums")


class AgreementService:
    """``vault.agreement``: inter-coder agreement over the vault's cases."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def compute(self, codes: list[str] | None = None, unit: UnitName = "char",
                themes: list[str] | None = None,
                coders: list[str] | None = None) -> list[Agreement]:
        """Per theme (sorted ids, or ``themes`` order), then overall (analysis/agreement.py);
        ``coders``: compare only these (by name)."""
        return compute(self.vault, codes, unit, themes, coders)


def compute(vault: Vault, codes: list[str] | None = None, unit: UnitName = "char",
            themes: list[str] | None = None,
            coders: list[str] | None = None) -> list[Agreement]:
    """Rows per theme (sorted ids, or ``themes`` order), then the overall row; only the
    codings of ``coders`` (names) when given."""
    if unit not in UNITS:
        raise InputError(f"The agreement unit is char, sentence or paragraph, not '{unit}'.")
    with vault.session() as session:
        cases = _cases(session, codes)
        names = {m.id: m.name for m in session.exec(select(Member))}
        data = [case_codings(session, case, names) for case in cases]
        if unit == "char":
            data += audio_codings(session, cases, names)
    if coders is not None:
        data = [_only(case, set(coders)) for case in data]
    return agreement(data, themes, unit)


def _only(case: CaseCodings, coders: set[str]) -> CaseCodings:
    spans = {key: value for key, value in case.spans.items() if key[0] in coders}
    present = sorted({coder for coder, _theme in spans})
    return CaseCodings(case.case, case.text_length, present, spans, text=case.text)


def case_codings(session: Session, case: Case, names: dict[str, str]) -> CaseCodings:
    transcript = current_transcript(session, case.id)
    query = select(Coding).where(Coding.case_id == case.id, Coding.placed == True,  # noqa: E712
                                 Coding.transcript_id == transcript.id)
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for coding in session.exec(query):
        coder = names.get(coding.coder_id or "", UNKNOWN_CODER)
        spans.setdefault((coder, coding.theme_id), []).append((coding.start, coding.end))
    coders = sorted({coder for coder, _theme in spans})
    return CaseCodings(case.code, len(transcript.text), coders, spans, text=transcript.text)


AUDIO_UNIT_MS = 100  # agreement on a recording: one unit per tenth of a second


def audio_codings(session: Session, cases: list[Case],
                  names: dict[str, str]) -> list[CaseCodings]:
    """Each coded recording of ``cases`` as one more unit container for the ``char`` unit:
    its length in tenths of a second, each coder's segments as spans of those (a segment
    covers every tenth it touches), its coders those with a segment on it. So segments agree
    by time overlap, pooled with the text per theme. Sentence and paragraph units are text's
    only and leave recordings out."""
    codes = {case.id: case.code for case in cases}
    rows = _fetch(session, "SELECT a.case_id, a.id, a.duration, s.coder_id, s.theme_id, "
                           "s.start_ms, s.end_ms FROM audio_codings s JOIN attachments a "
                           "ON a.id = s.attachment_id ORDER BY a.case_id, a.id", {})
    out: dict[str, CaseCodings] = {}
    for case_id, recording, duration, coder_id, theme, start, end in rows:
        if case_id not in codes:
            continue
        step = AUDIO_UNIT_MS
        length = max(-(-int((duration or 0) * 1000) // step), -(-end // step))
        holder = out.setdefault(recording, CaseCodings(f"{codes[case_id]} ♪{recording[:8]}",
                                                       length, [], {}))
        holder.text_length = max(holder.text_length, length)
        coder = names.get(coder_id or "", UNKNOWN_CODER)
        holder.spans.setdefault((coder, theme), []).append((start // step, -(-end // step)))
    for holder in out.values():
        holder.coders = sorted({coder for coder, _theme in holder.spans})
    return list(out.values())


def _cases(session: Session, codes: list[str] | None) -> list[Case]:
    if codes:
        return [get_case(session, code) for code in codes]
    return list(session.exec(select(Case).order_by(col(Case.code))))


# --- cross-case analysis: matrices, crosstabs, co-occurrence, timelines ----------------------

VERDICTS = ("valid", "invalid", "unreviewed")
SPECIAL_COLUMNS = ("case", "interviewer", "date:year", "date:month")
# An attribute value (a JSON scalar) as a column key: construction, 2013, 1.5, true.
ATTRIBUTE_KEY = ("CASE json_type(k.value) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
                 "WHEN 'null' THEN NULL ELSE CAST(json_extract(k.value, '$') AS TEXT) END")


@dataclass(frozen=True)
class Filters:
    """Which codings count. Empty tuples mean "all". ``where``: (attribute, value) pairs a
    case must all have (values compared as the CLI and Cases page show them)."""

    coders: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    where: tuple[tuple[str, str], ...] = ()


class AnalysisService:
    """``vault.analysis``: cross-case views over placed codings (current transcripts only).

    Every view runs one aggregate query in one read session (safe from any thread) and
    hands plain rows to the engines in :mod:`~fieldvault.core.analysis.crosstab` and
    :mod:`~fieldvault.core.analysis.cooccur`. A vault owned by a coder working blind counts
    only their own codings on cases not yet revealed, as Retrieve shows them. Paragraph
    breaks of transcript versions are read as stored beside them (schema migration 19),
    and results are cached by the vault's write generation (:meth:`_cached`); tables and
    co-occurrence keep running sums per case (:mod:`~fieldvault.core.analysis.running`) so
    that after a write only the cases it changed are read again. All of it goes with the
    service when the vault locks.
    """

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._results: OrderedDict[tuple[object, ...], _Kept] = OrderedDict()
        self._lock = threading.Lock()

    def _cached(self, key: tuple[object, ...],
                compute: Callable[[Session, _Sums | None, set[str] | None], tuple[_T, _Sums]],
                ) -> _T:
        """The view, from an earlier call when no write came since, else computed.

        Every write, from this program or another, appends to the audit chain in its own
        transaction, so the chain's last sequence number (the generation) names the state a
        view was computed from; the analysis_changes log (schema migration 15) names, per
        write, the cases whose codings, verdicts, attributes, status or transcript it
        changed ('' for every case: a codebook, member or attribute-definition change).
        The generation, the changed cases and the computation are read in one read
        transaction (one snapshot), so a view is never labelled older than its data.

        ``compute(session, None, None)`` computes the view and its running sums from every
        case; ``compute(session, sums, cases)`` patches sums kept from an earlier
        generation with only ``cases`` read again (when the log still reaches back that
        far, no '' entry came, and at most PATCH_LIMIT cases changed). Results and sums are
        read-only values.
        """
        with self.vault.session() as session:
            generation = int(_fetch(session, "SELECT COALESCE(max(seq), 0) FROM audit",
                                    {})[0][0])
            with self._lock:
                hit = self._results.get(key)
                if hit is not None:
                    self._results.move_to_end(key)
            if hit is not None and hit.generation == generation:
                return cast(_T, hit.result)
            changed = None
            if hit is not None and hit.sums is not None:
                changed = _changed_cases(session, hit.generation, generation)
            if hit is not None and changed is not None:  # (none changed: names may have)
                result, sums = compute(session, cast(_Sums, hit.sums), changed)
            else:
                with _collector_paused():
                    result, sums = compute(session, None, None)
        with self._lock:
            self._results[key] = _Kept(generation, result, sums)
            while len(self._results) > CACHED_RESULTS:
                self._results.popitem(last=False)
        return result

    # --- tables ---------------------------------------------------------------------------

    def table(self, by: str, filters: Filters = Filters(), subthemes: bool = True,  # noqa: B008
              top_level: bool = False) -> CrossTable:
        """Themes x ``by``: ``case``, ``interviewer``, ``date:year``, ``date:month`` or the
        name of a case attribute. ``top_level``: only the top-level themes as rows."""
        _check_filters(filters)
        return self._cached(("table", by, filters, subthemes, top_level),
                            lambda session, sums, changed: self._table(
                                session, by, filters, subthemes, top_level, sums, changed))

    def _table(self, session: Session, by: str, filters: Filters, subthemes: bool,
               top_level: bool, sums: TableSums | None,
               changed: set[str] | None) -> tuple[CrossTable, TableSums]:
        """The table and its sums: from every case, or ``sums`` with ``changed`` re-read."""
        themes, labels = _themes(session)
        key_sql, join, params = self._column(session, by)
        where, where_params = self._conditions(filters, changed)
        record = record_separator(t.id for t in themes)
        rows = _fetch(session, _by_case(key_sql, join, where, record),
                      {**params, **where_params})
        if _has_audio(session):
            audio = _fetch(session, _audio_by_case(where), {**params, **where_params})
            rows = _with_audio(rows, audio, record)
        if sums is None or changed is None:
            sums = TableSums.build(lineage(themes) if subthemes else {}, rows, record)
        else:
            shares = dict(table_shares(rows, record))
            sums = sums.patch({case: shares.get(case) for case in changed})
        shown = [t.id for t in themes if t.parent is None] if top_level else None
        return sums.table(themes, shown, by, subthemes, labels), sums

    def matrix(self, filters: Filters = Filters(), subthemes: bool = True,  # noqa: B008
               top_level: bool = False) -> CrossTable:
        """Themes x cases (columns are case codes)."""
        return self.table("case", filters, subthemes, top_level)

    def attributes(self) -> list[str]:
        """The names of the case attributes, for choosing a crosstab."""
        with self.vault.session() as session:
            return [row[0] for row in _fetch(session, "SELECT name FROM attribute_defs "
                                                      "ORDER BY name", {})]

    # --- co-occurrence --------------------------------------------------------------------

    def cooccur(self, filters: Filters = Filters(), mode: Mode = "overlap",  # noqa: B008
                distance: int = 0, top_level: bool = False) -> CooccurTable:
        """Pairs of themes coded on, near or in the same paragraph as each other."""
        _check_mode(mode, distance)
        _check_filters(filters)
        return self._cached(("cooccur", filters, mode, distance, top_level),
                            lambda session, sums, changed: self._cooccur(
                                session, filters, mode, distance, top_level, sums, changed))

    def _cooccur(self, session: Session, filters: Filters, mode: Mode, distance: int,
                 top_level: bool, sums: PairSums | None,
                 changed: set[str] | None) -> tuple[CooccurTable, PairSums]:
        """The table and its sums: from every case, or ``sums`` with ``changed`` re-read."""
        themes, _labels = _themes(session)
        rollup = {t: chain[-1] for t, chain in lineage(themes).items()} if top_level else {}
        record = record_separator(t.id for t in themes)
        only = changed if sums is not None else None
        groups = self._groups(session, filters, record, only)
        breaks = self._breaks(session, groups, only) if mode == "paragraph" else None
        if sums is None or changed is None:
            sums = PairSums.from_groups(mode, distance, groups, rollup, record, breaks)
        else:
            spans = by_case(spans_of(groups, record, breaks))
            sums = sums.patch({case: pair_share(spans[case], mode, distance, rollup)
                               if case in spans else None for case in changed})
        return sums.table(), sums

    def near(self, a: str, b: str, filters: Filters = Filters(),  # noqa: B008
             mode: Mode = "near", distance: int = 200, subthemes: bool = True) -> list[Passage]:
        """Passages where a coding of ``a`` co-occurs with one of ``b`` (each with its
        subthemes unless ``subthemes`` is False), in the cases ``filters`` admit. Each
        passage spans both codings; its ``coding_id`` is "A-coding-id+B-coding-id" and its
        ``theme_id`` "a+b"."""
        _check_mode(mode, distance)
        return list(self._cached(("near", a, b, filters, mode, distance, subthemes),
                                 lambda session, sums, changed: self._near(
                                     session, a, b, filters, mode, distance, subthemes, sums,
                                     changed)))

    def _near(self, session: Session, a: str, b: str, filters: Filters, mode: Mode,
              distance: int, subthemes: bool, sums: _NearSums | None,
              changed: set[str] | None) -> tuple[list[Passage], _NearSums]:
        """The passages and, per case id with any, its code and passages (the sums): from
        every case, or ``sums`` with ``changed`` re-read."""
        themes, _labels = _themes(session)
        wanted = [_subtree(themes, t, subthemes) for t in (a, b)]
        spans = self._spans(session, filters, mode, wanted[0] | wanted[1], changed, "c.id")
        pairs = near(spans, wanted[0], wanted[1], mode, distance)
        codes = _codes(session, {first.case for first, _second in pairs})
        found: dict[str, tuple[str, tuple[Passage, ...]]] = {}
        for passage_pair, passage in zip(pairs, self._pair_passages(session, pairs, codes),
                                         strict=True):
            code, before = found.get(passage_pair[0].case, (passage.case_code, ()))
            found[passage_pair[0].case] = (code, (*before, passage))
        kept = dict(sums) if sums is not None and changed is not None else {}
        for case in changed or ():
            kept.pop(case, None)
        kept.update(found)
        ordered = sorted(kept.values(), key=lambda entry: entry[0])
        return [passage for _code, passages in ordered for passage in passages], kept

    def cell_passages(self, by: str, theme: str, key: str,
                      filters: Filters = Filters(), subthemes: bool = True,  # noqa: B008
                      ) -> list[Passage]:
        """The codings counted in one cell of :meth:`table` (``key``: a column key)."""
        _check_filters(filters)
        return list(self._cached(("cell", by, theme, key, filters, subthemes),
                                 lambda session, _sums, _changed: (self._cell(
                                     session, by, theme, key, filters, subthemes), None)))

    def _cell(self, session: Session, by: str, theme: str, key: str, filters: Filters,
              subthemes: bool) -> list[Passage]:
        themes, _labels = _themes(session)
        wanted = _subtree(themes, theme, subthemes)
        key_sql, join, params = self._column(session, by)
        where, where_params = self._conditions(filters)
        marks = _marks("t", sorted(wanted), params)
        params["key"] = key
        sql = (f"SELECT cd.id, c.code, cd.theme_id, cd.start, cd.\"end\", cd.transcript_id "
               f"FROM cases c {join} JOIN codings cd ON cd.case_id = c.id AND "
               f"{where.codings} WHERE {where.cases} AND cd.theme_id IN ({marks}) "
               f"AND COALESCE({key_sql}, '{MISSING}') = :key "
               f"ORDER BY c.code, cd.start, cd.\"end\"")
        chosen = _fetch(session, sql, {**params, **where_params})
        texts = _texts(session, {r[5] for r in chosen})
        return [_passage(r[0], r[1], r[2], r[3], r[4], texts[r[5]]) for r in chosen]

    # --- queries --------------------------------------------------------------------------

    def _column(self, session: Session, by: str) -> tuple[str, str, dict[str, object]]:
        """The SQL for a case's column key, the join it needs and its parameters."""
        if by == "case":
            return "c.code", "", {}
        if by == "interviewer":
            return "k.name", "LEFT JOIN members k ON k.id = c.interviewer_id", {}
        if by in ("date:year", "date:month"):
            width = 4 if by == "date:year" else 7
            return f"substr(c.interview_date, 1, {width})", "", {}
        if not _fetch(session, "SELECT 1 FROM attribute_defs WHERE name = :n", {"n": by}):
            raise InputError(f"No case has the attribute '{by}'; the attributes are "
                             f"{', '.join(self._names(session)) or 'none yet'}.")
        return (ATTRIBUTE_KEY, "LEFT JOIN case_attributes k ON k.case_id = c.id "
                               "AND k.name = :by", {"by": by})

    @staticmethod
    def _names(session: Session) -> list[str]:
        return [r[0] for r in _fetch(session, "SELECT name FROM attribute_defs ORDER BY name",
                                     {})]

    def _conditions(self, filters: Filters,
                    only: set[str] | None = None) -> tuple[_Where, dict[str, object]]:
        """The filters' conditions; ``only``: just these case ids."""
        params: dict[str, object] = {}
        codings = ["cd.placed = 1"]
        if filters.coders:
            marks = _marks("coder", filters.coders, params)
            codings.append(f"cd.coder_id IN (SELECT id FROM members WHERE name IN ({marks}))")
        if filters.verdicts:
            marks = _marks("verdict", filters.verdicts, params)
            codings.append("COALESCE((SELECT v.verdict FROM verdicts v WHERE v.coding_id = "
                           f"cd.id), 'unreviewed') IN ({marks})")
        me = self.vault.me
        if me.role == "coder":
            params["me"] = me.id
            codings.append("(cd.coder_id = :me OR cd.case_id IN "
                           "(SELECT case_id FROM case_reveals))")
        cases = [_ANY_CASE]
        if only is not None:
            params["only"] = json.dumps(sorted(only))
            cases.append("c.id IN (SELECT value FROM json_each(:only))")
        if filters.statuses:
            cases.append(f"c.status IN ({_marks('status', filters.statuses, params)})")
        for number, (name, value) in enumerate(filters.where):
            params[f"wn{number}"] = name
            marks = _marks(f"wv{number}_", _stored_forms(value), params)
            cases.append(f"EXISTS (SELECT 1 FROM case_attributes a WHERE a.case_id = c.id "
                         f"AND a.name = :wn{number} AND a.value IN ({marks}))")
        return _Where(" AND ".join(codings), " AND ".join(cases)), params

    def _spans(self, session: Session, filters: Filters, mode: Mode,
               themes: set[str] | None = None, cases: set[str] | None = None,
               case_column: str = "c.code") -> list[Span]:
        """The placed codings the filters admit (``themes``, ``cases``: only these), each
        with its case as ``case_column`` (the code, or ``c.id``)."""
        _check_filters(filters)
        where, params = self._conditions(filters, cases)
        only = f"AND cd.theme_id IN ({_marks('t', sorted(themes), params)})" if themes else ""
        sql = (f'SELECT cd.id, {case_column}, cd.theme_id, cd.start, cd."end", '
               f"cd.transcript_id {_codings_of_cases(where)} "
               f"WHERE {where.codings} AND {where.cases} {only}")
        rows = _fetch(session, sql, params)
        if mode != "paragraph":
            return [Span(r[0], r[1], r[2], r[3], r[4]) for r in rows]
        breaks = self._paragraph_breaks(session, {r[5] for r in rows})
        return [with_paragraphs(Span(r[0], r[1], r[2], r[3], r[4]), breaks[r[5]]) for r in rows]

    def _groups(self, session: Session, filters: Filters, record: str,
                cases: set[str] | None = None) -> list[Any]:
        """The placed codings the filters admit, packed as pairs.Group rows: per case and
        transcript version, its codings' themes (joined by ``record``), starts and ends
        (joined by commas) (``cases``: only these). Read from the index codings_analysis
        alone (migration 19: case, version, theme, ... in that order), a row per group
        rather than per coding; the cases table is joined only when a filter is on the
        case."""
        where, params = self._conditions(filters, cases)
        source = "FROM codings cd" if where.cases == _ANY_CASE else _codings_of_cases(where)
        return _fetch(session, f"SELECT cd.case_id, cd.transcript_id, count(*), "
                               f"group_concat(cd.theme_id, char({ord(record)})), "
                               f'group_concat(cd.start), group_concat(cd."end") '
                               f"{source} WHERE {where.codings} AND {where.cases} "
                               f"GROUP BY cd.case_id, cd.transcript_id", params)

    @staticmethod
    def _breaks(session: Session, groups: list[Any], cases: set[str] | None) -> dict[str, bytes]:
        """The packed paragraph breaks of the groups' transcript versions (``cases`` None:
        the groups are every case's, so the whole small table is read in one pass)."""
        return _stored_breaks(session, set(map(itemgetter(1), groups)), cases is None)

    def _paragraph_breaks(self, session: Session, transcripts: set[str]) -> dict[str, list[int]]:
        """The line-break offsets of these transcript versions."""
        return {t: unpack(blob) for t, blob in _stored_breaks(session, transcripts).items()}

    def _pair_passages(self, session: Session, pairs: list[tuple[Span, Span]],
                       codes: dict[str, str] | None = None) -> list[Passage]:
        """A passage per pair (``codes``: case code by the spans' case, when they hold ids)."""
        if not pairs:
            return []
        ids = sorted({s.coding for pair in pairs for s in pair})
        params: dict[str, object] = {}
        sql = f"SELECT id, transcript_id FROM codings WHERE id IN ({_marks('i', ids, params)})"
        version = dict(_fetch(session, sql, params))
        texts = _texts(session, set(version.values()))
        return [_passage(f"{a.coding}+{b.coding}", codes[a.case] if codes else a.case,
                         f"{a.theme}+{b.theme}",
                         min(a.start, b.start), max(a.end, b.end), texts[version[a.coding]])
                for a, b in pairs]


# What the theme tables count: text codings and coded audio segments alike. A segment counts
# as one coding of its theme in its case (placed, no verdict so "unreviewed", no characters:
# it adds 0 to ``chars``). Co-occurrence, near and cell passages stay on text codings.
def _has_audio(session: Session) -> bool:
    """Whether the vault has any coded audio segment (most have none: one cheap probe)."""
    return bool(_fetch(session, "SELECT EXISTS (SELECT 1 FROM audio_codings)", {})[0][0])


def _audio_by_case(where: _Where) -> str:
    """(case, theme, segments) of the coded audio segments that pass the filters."""
    return ("SELECT c.id, cd.theme_id, COUNT(*) FROM (SELECT *, 1 AS placed FROM "
            "audio_codings) cd JOIN cases c ON c.id = cd.case_id "
            f"WHERE {where.codings} AND {where.cases} GROUP BY c.id, cd.theme_id")


def _with_audio(rows: list[Any], audio: list[Any], record: str) -> list[Any]:
    """``_by_case`` rows with each case's segments packed in as codings of their themes
    (no characters)."""
    extra: dict[str, list[str]] = {}
    for case, theme, count in audio:
        extra.setdefault(case, []).extend([f"{theme}{UNIT}0"] * count)
    return [(case, key, record.join(([packed] if packed else []) + extra[case]))
            if case in extra else (case, key, packed) for case, key, packed in rows]


def _by_case(key_sql: str, join: str, where: _Where, record: str) -> str:
    """(case, key, packed codings) per case that passes the filters: its codings that pass
    them packed into one text (running.py's UNIT, and ``record`` between codings; NULL:
    none). The codings come from the index codings_analysis (migration 18) alone."""
    return (f"SELECT c.id, {key_sql}, group_concat(cd.theme_id || char({ord(UNIT)}) || "
            f'(cd."end" - cd.start), char({ord(record)})) FROM cases c {join} '
            f"LEFT JOIN codings cd ON cd.case_id = c.id AND {where.codings} "
            f"WHERE {where.cases} GROUP BY c.id")


#: The near query's sums: per case id with passages, its code and its passages in order.
_NearSums = dict[str, tuple[str, tuple[Passage, ...]]]


def _codes(session: Session, cases: set[str]) -> dict[str, str]:
    return dict(_fetch(session, "SELECT id, code FROM cases WHERE id IN "
                                "(SELECT value FROM json_each(:ids))",
                       {"ids": json.dumps(sorted(cases))}))


@dataclass(frozen=True)
class _Kept:
    generation: int  # the audit sequence number the view was computed at
    result: Any
    sums: Any  # running sums to patch (None: compute afresh)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a view is built from every case: the build makes
    a few hundred thousand small tuples and dicts, none in a cycle, and each collection they
    would trigger walks every object the kept views hold. Switched back on only by the call
    that switched it off (a second thread finding it off leaves it alone)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _changed_cases(session: Session, since: int, now: int) -> set[str] | None:
    """The ids of the cases the writes after ``since`` changed (up to ``now``); None when
    they cannot be named: the log no longer reaches back, a write changed every case, or
    too many changed to patch."""
    if not 0 <= since <= now or now - since >= ANALYSIS_CHANGES_KEPT:
        return None
    cases = {row[0] for row in _fetch(
        session, "SELECT DISTINCT case_id FROM analysis_changes WHERE gen > :since",
        {"since": since})}
    if "" in cases or len(cases) > PATCH_LIMIT:
        return None
    return cases


_ANY_CASE = "1 = 1"  # the case condition when no filter is on the case


def _codings_of_cases(where: _Where) -> str:
    """FROM codings ``cd`` joined to their cases ``c``. With a condition on the case, the
    cases are walked first and each passing case's codings read from the index
    codings_analysis (led by the case); left to itself, SQLite would walk the codings and
    test their case's attributes once per coding."""
    if where.cases == _ANY_CASE:
        return "FROM codings cd JOIN cases c ON c.id = cd.case_id"
    return "FROM cases c CROSS JOIN codings cd ON cd.case_id = c.id"


@dataclass(frozen=True)
class _Where:
    codings: str  # conditions on the coding ``cd`` (placed, coder, verdict, blind coding)
    cases: str  # conditions on the case ``c`` (status, attributes)


def _fetch(session: Session, sql: str, params: dict[str, object]) -> list[Any]:
    """Rows as plain tuples straight from the driver cursor, inside the session's read
    transaction (no Row objects: a view may read tens of thousands)."""
    cursor = session.connection().connection.cursor()
    try:
        return list(cursor.execute(sql, params).fetchall())
    finally:
        cursor.close()


def _marks(prefix: str, values: Sequence[str], params: dict[str, object]) -> str:
    names = []
    for number, value in enumerate(values):
        params[f"{prefix}{number}"] = value
        names.append(f":{prefix}{number}")
    return ", ".join(names)


def _stored_forms(value: str) -> list[str]:
    """How an attribute value typed as text may be stored (JSON scalars)."""
    forms = [json.dumps(value)]
    if value.lower() in ("true", "false"):
        forms.append(value.lower())
    try:
        number = float(value)
    except ValueError:
        return forms
    forms.append(json.dumps(number))
    if number.is_integer():
        forms.append(str(int(number)))
    return forms


def _themes(session: Session) -> tuple[list[ThemeRow], dict[str, str]]:
    rows = _fetch(session, "SELECT id, parent_id, position, name_en FROM themes", {})
    return [ThemeRow(r[0], r[1], r[2]) for r in rows], {r[0]: r[3] for r in rows}


def _subtree(themes: list[ThemeRow], theme: str, subthemes: bool) -> set[str]:
    if not any(t.id == theme for t in themes):
        raise NotFound(f"There is no theme '{theme}' in this vault's codebook.")
    if not subthemes:
        return {theme}
    return {t for t, chain in lineage(themes).items() if theme in chain}


def _stored_breaks(session: Session, transcripts: set[str],
                   everything: bool = False) -> dict[str, bytes]:
    """The packed paragraph breaks of these transcript versions, from transcript_paragraphs
    (migration 19; ``everything``: read the whole table, cheaper than looking up most of
    it); a version without its row there (blanked when sealed, or written by a path that
    stored none) has its breaks taken from its text."""
    sql = "SELECT transcript_id, breaks FROM transcript_paragraphs"
    params: dict[str, object] = {}
    if not everything:
        sql += " WHERE transcript_id IN (SELECT value FROM json_each(:ids))"
        params["ids"] = json.dumps(sorted(transcripts))
    out: dict[str, bytes] = dict(_fetch(session, sql, params))
    for transcript_id, text in _texts(session, transcripts - out.keys()).items():
        out[transcript_id] = packed_breaks(text)
    return out


def _texts(session: Session, transcripts: set[str]) -> dict[str, str]:
    params: dict[str, object] = {}
    ids = sorted(transcripts)
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = ids[start:start + 500]
        sql = f"SELECT id, text FROM transcripts WHERE id IN ({_marks('x', chunk, params)})"
        out.update(_fetch(session, sql, params))
        params.clear()
    return out


def _passage(coding: str, code: str, theme: str, start: int, end: int, text: str) -> Passage:
    return Passage(coding, code, theme, start, end, text[max(0, start - CONTEXT):start],
                   text[start:end], text[end:end + CONTEXT])


def _check_filters(filters: Filters) -> None:
    for verdict in filters.verdicts:
        if verdict not in VERDICTS:
            raise InputError(f"The verdict filter is valid, invalid or unreviewed, not "
                             f"'{verdict}'.")
    for status in filters.statuses:
        if status not in STATUSES:
            raise InputError(f"The status filter is one of {', '.join(STATUSES)}, not "
                             f"'{status}'.")


def _check_mode(mode: str, distance: int) -> None:
    if mode not in MODES:
        raise InputError(f"The co-occurrence mode is overlap, near or paragraph, not '{mode}'.")
    if distance < 0:
        raise InputError(f"The distance must be zero or more characters, not {distance}.")
