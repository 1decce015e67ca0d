"""Running sums of the cross-case views, kept per case so that a write to a few cases costs
only those cases (a pure engine: no store, no records).

Every view the service keeps is a sum over cases: a case adds its cells to its column of a
theme x column table, and its coding pairs to a co-occurrence table. The sums below hold
each case's *share* and can :meth:`~TableSums.patch` any set of cases: take their old
shares out, put their new ones in (``None``: the case is gone or no longer passes the
filters). Built from nothing by one patch with every case, so a patched sum and a fresh one
are made by the same code (the tests check they are equal after random writes).

Sums are values: ``patch`` returns new sums and leaves the old ones (and every table made
from them) unchanged, sharing what did not change. Safe to read from any thread.

The definitions are those of :mod:`~fieldvault.core.analysis.crosstab` (a theme's row counts
its subthemes unless ``subthemes`` is off; a case counts once per row and column) and
:mod:`~fieldvault.core.analysis.cooccur` (pairs, cases, c-coefficient).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from fieldvault.core import paragraphs
from fieldvault.core.analysis.cooccur import (
    CooccurTable,
    Mode,
    PairCount,
    Span,
    case_pairs,
    coefficient,
    with_paragraphs,
)
from fieldvault.core.analysis.crosstab import (
    EMPTY,
    MISSING,
    Counts,
    CrossTable,
    ThemeRow,
    column_order,
    tree_order,
)

#: One case's coded themes: (theme, codings, chars), each theme once.
Coded = tuple[tuple[str, int, int], ...]
#: A table cell: (codings, cases, chars), as CrossTable.by_column holds them.
Cell = tuple[int, ...]
#: A case's codings as the service's query packs them into one text (one per case rather
#: than a row per coding: the driver's rows cost more than SQLite's work): a coding is
#: ``theme UNIT chars`` (split at its last UNIT: the chars are digits, the theme may hold
#: anything), codings are joined by a record separator that no theme id of the vault holds
#: (:func:`record_separator`; "" or None: no coding).
UNIT, RECORD = "\x1f", "\x1e"


def record_separator(themes: Iterable[str]) -> str:
    """RECORD, or when a theme id holds it, the first private-use character none holds."""
    ids = list(themes)
    candidates = [RECORD] + [chr(c) for c in range(0xE000, 0xF900)]
    for candidate in candidates:
        if not any(candidate in theme for theme in ids):
            return candidate
    raise ValueError("every candidate record separator occurs in a theme id")


class TableShare(NamedTuple):
    """What one case adds to a theme x column table: its column key and its codings as
    packed (unpacked only when a patch takes the share out: see :func:`unpack`)."""

    key: str
    packed: str
    record: str = RECORD  # the separator between the packed codings


def pack(coded: Iterable[tuple[str, int, int]], record: str = RECORD) -> str:
    """(theme, codings, chars) as packed text (the chars on a theme's first coding)."""
    return record.join(record.join([f"{theme}{UNIT}{chars}"] + [f"{theme}{UNIT}0"] * (n - 1))
                       for theme, n, chars in coded if n > 0)


def unpack(packed: str | None, record: str = RECORD) -> Coded:
    """A case's coded themes from its packed codings, each theme once."""
    out: dict[str, tuple[int, int]] = {}
    for item in packed.split(record) if packed else ():
        theme, _unit, chars = item.rpartition(UNIT)
        before = out.get(theme, (0, 0))
        out[theme] = (before[0] + 1, before[1] + int(chars))
    return tuple((theme, n, chars) for theme, (n, chars) in out.items())


def table_shares(rows: Iterable[Sequence[Any]],
                 record: str = RECORD) -> Iterator[tuple[str, TableShare]]:
    """(case id, share) from (case, key, packed codings) rows, one per case."""
    for case, key, packed in rows:
        yield case, TableShare(MISSING if key is None else key, packed or "", record)


def _add(a: Counts, codings: int, cases: int, chars: int) -> Counts:
    return Counts(a.codings + codings, a.cases + cases, a.chars + chars)


@dataclass(frozen=True)
class TableSums:
    """A theme x column table as running sums over cases' shares.

    ``up``: each theme with the themes above it (``lineage``) when rows count their
    subthemes, else empty. Cells are :class:`Counts`; an empty cell, row or column is absent.
    """

    up: Mapping[str, tuple[str, ...]]
    shares: Mapping[str, TableShare] = field(default_factory=dict)
    by_column: Mapping[str, Mapping[str, Cell]] = field(default_factory=dict)
    columns: Mapping[str, Counts] = field(default_factory=dict)
    rows: Mapping[str, Counts] = field(default_factory=dict)
    total: Counts = EMPTY
    order: tuple[str, ...] = ()  # the column keys in column_order

    @classmethod
    def build(cls, up: Mapping[str, tuple[str, ...]], rows: Iterable[Sequence[Any]],
              record: str = RECORD) -> TableSums:
        """The sums of every case in ``rows`` in one pass (what patching empty sums with
        their shares gives): (case, key, packed codings) rows, one per case (codings
        separated by ``record``). Cells are added
        to coding by coding, a case counted once per cell (``counted``: the cells it reached
        so far); the shares keep the packed text as it came."""
        by_column: dict[str, dict[str, Cell]] = {}
        columns: dict[str, list[int]] = {}
        shares: dict[str, TableShare] = {}
        for case, row_key, packed in rows:
            key = MISSING if row_key is None else row_key
            shares[case] = TableShare(key, packed or "", record)
            column = by_column.get(key) or by_column.setdefault(key, {})
            totals = columns.get(key) or columns.setdefault(key, [0, 0, 0])
            totals[1] += 1
            if not packed:
                continue
            counted: set[str] = set()
            for item in packed.split(record):
                theme, _unit, text = item.rpartition(UNIT)
                chars = int(text)
                totals[0] += 1
                totals[2] += chars
                for target in up.get(theme) or (theme,):
                    cell = column.get(target)
                    if cell is None:
                        column[target] = (1, 1, chars)
                    elif target in counted:
                        column[target] = (cell[0] + 1, cell[1], cell[2] + chars)
                    else:
                        column[target] = (cell[0] + 1, cell[1] + 1, cell[2] + chars)
                    counted.add(target)
        return cls._summed(up, shares, by_column, columns)

    @classmethod
    def _summed(cls, up: Mapping[str, tuple[str, ...]], shares: dict[str, TableShare],
                by_column: dict[str, dict[str, Cell]],
                columns: dict[str, list[int]]) -> TableSums:
        """The sums with the row totals added up from the cells."""
        rows: dict[str, list[int]] = {}
        for column in by_column.values():
            for theme, cell in column.items():
                row = rows.get(theme)
                if row is None:
                    rows[theme] = [cell[0], cell[1], cell[2]]
                else:
                    row[0] += cell[0]
                    row[1] += cell[1]
                    row[2] += cell[2]
        kept = {key: column for key, column in by_column.items() if column}
        counts = {key: Counts(*totals) for key, totals in columns.items()}
        total = Counts(sum(c.codings for c in counts.values()), len(shares),
                       sum(c.chars for c in counts.values()))
        return cls(up, shares, kept, counts,
                   {theme: Counts(*row) for theme, row in rows.items()}, total,
                   tuple(column_order(counts)))

    def patch(self, changed: Mapping[str, TableShare | None]) -> TableSums:
        """These sums with each case in ``changed`` given its new share (None: no share)."""
        work = _TableWork(self)
        for case_id, new in changed.items():
            old = work.shares.pop(case_id, None)
            if old is not None:
                work.apply(old, -1)
            if new is not None:
                work.shares[case_id] = new
                work.apply(new, 1)
        return work.done(self)

    def table(self, themes: Sequence[ThemeRow], rows: Sequence[str] | None, by: str,
              subthemes: bool, labels: Mapping[str, str]) -> CrossTable:
        """The table (``rows``: the theme ids to show; default every theme with a coding in
        the codebook's order, then unknown ones)."""
        order = tree_order(themes)
        extra = sorted(set(self.rows) - set(order))
        shown = tuple(rows) if rows is not None else tuple(
            t for t in order + extra if self.rows.get(t, EMPTY).codings)
        return CrossTable(shown, self.order, self.by_column,
                          {t: self.rows.get(t, EMPTY) for t in shown}, self.columns,
                          self.total, by, subthemes, labels)


class _TableWork:
    """One patch in progress: copies of the outer mappings; a column copied when first
    touched (``mine``; the old sums keep theirs)."""

    def __init__(self, sums: TableSums) -> None:
        self.up = sums.up
        self.shares = dict(sums.shares)
        self.by_column: dict[str, Mapping[str, Cell]] = dict(sums.by_column)
        self.columns = dict(sums.columns)
        self.rows = dict(sums.rows)
        self.total = sums.total
        self.mine: dict[str, dict[str, Cell]] = {}

    def apply(self, share: TableShare, sign: int) -> None:
        key = share.key
        column = self.mine.get(key)
        if column is None:
            column = self.mine[key] = dict(self.by_column.get(key) or {})
        coded = unpack(share.packed, share.record)
        for target, (codings, chars) in _rolled_up(coded, self.up).items():
            old = column.get(target, EMPTY)
            cell = (old[0] + sign * codings, old[1] + sign, old[2] + sign * chars)
            if cell[1]:
                column[target] = cell
            else:
                column.pop(target, None)
            row = _add(self.rows.get(target, EMPTY), sign * codings, sign, sign * chars)
            if row.cases:
                self.rows[target] = row
            else:
                self.rows.pop(target, None)
        if column:
            self.by_column[key] = column
        else:
            self.by_column.pop(key, None)
        codings = sum(n for _theme, n, _chars in coded)
        chars = sum(c for _theme, _n, c in coded)
        totals = _add(self.columns.get(key, EMPTY), sign * codings, sign, sign * chars)
        if totals.cases:
            self.columns[key] = totals
        else:
            self.columns.pop(key, None)
        self.total = _add(self.total, sign * codings, sign, sign * chars)

    def done(self, old: TableSums) -> TableSums:
        """The new sums (the column order sorted again only when a column came or went)."""
        same = all((key in self.columns) == (key in old.columns) for key in self.mine)
        order = old.order if same else tuple(column_order(self.columns))
        return TableSums(self.up, self.shares, self.by_column, self.columns, self.rows,
                         self.total, order)


def _rolled_up(coded: Coded, up: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[int, int]]:
    """A case's (codings, chars) per row theme: each coded theme and, through ``up``, the
    themes above it (a theme reached twice adds both, and counts the case once)."""
    out: dict[str, tuple[int, int]] = {}
    for theme, codings, chars in coded:
        for target in up.get(theme) or (theme,):
            before = out.get(target)
            out[target] = (codings, chars) if before is None else (before[0] + codings,
                                                                   before[1] + chars)
    return out


# --- co-occurrence ---------------------------------------------------------------------------


class PairShare(NamedTuple):
    """What one case adds to a co-occurrence table: codings per theme, pairs per theme pair."""

    frequencies: tuple[tuple[str, int], ...]
    pairs: tuple[tuple[tuple[str, str], int], ...]


def pair_share(spans: Sequence[Span], mode: Mode, distance: int,
               target: Mapping[str, str]) -> PairShare:
    """One case's share (``target``: the theme each coded theme counts for)."""
    frequencies: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for span in spans:
        theme = target.get(span.theme, span.theme)
        frequencies[theme] = frequencies.get(theme, 0) + 1
    for first, second in case_pairs(spans, mode, distance):
        a, b = target.get(first.theme, first.theme), target.get(second.theme, second.theme)
        if a != b:
            key = (a, b) if a < b else (b, a)
            pairs[key] = pairs.get(key, 0) + 1
    return PairShare(tuple(frequencies.items()), tuple(pairs.items()))


def spans_of(groups: Iterable[Sequence[Any]], record: str,
             breaks: Mapping[str, bytes] | None = None) -> list[Span]:
    """The codings of ``groups`` (analysis/pairs.py's Group rows) as spans (no coding ids),
    with their paragraph numbers when ``breaks`` (packed, by transcript version) is given."""
    out: list[Span] = []
    for case, version, _n, themes, starts, ends in groups:
        spans = [Span("", case, theme, int(start), int(end)) for theme, start, end in
                 zip(themes.split(record), starts.split(","), ends.split(","), strict=True)]
        if breaks is not None:
            found = paragraphs.unpack(breaks[version])
            spans = [with_paragraphs(span, found) for span in spans]
        out.extend(spans)
    return out


#: A case's share kept as the query packed its codings: its pairs.Group rows (one per
#: transcript version), made into a PairShare only when a patch takes it out.
Packed = tuple[Sequence[Any], ...]


def load_pair_counter() -> None:
    """Load the array pair counter (analysis/pairs.py and numpy, a few hundred milliseconds
    on a slow laptop) ahead of the first co-occurrence from every case. Any thread; a no-op
    once loaded."""
    import fieldvault.core.analysis.pairs  # noqa: F401


@dataclass(frozen=True)
class PairSums:
    """A co-occurrence table as running sums over cases' shares. Packed shares are made into
    PairShares with ``target`` (the theme each coded theme counts for), ``record`` (the
    separator of their theme ids) and ``breaks`` (packed paragraph breaks by version, in the
    paragraph mode), as they were when the sums were built."""

    mode: Mode
    distance: int
    shares: Mapping[str, PairShare | Packed] = field(default_factory=dict)
    frequencies: Mapping[str, int] = field(default_factory=dict)
    pairs: Mapping[tuple[str, str], int] = field(default_factory=dict)
    cases: Mapping[tuple[str, str], int] = field(default_factory=dict)
    target: Mapping[str, str] = field(default_factory=dict, compare=False)
    record: str = field(default=RECORD, compare=False)
    breaks: Mapping[str, bytes] | None = field(default=None, compare=False)

    @classmethod
    def from_groups(cls, mode: Mode, distance: int, groups: Sequence[Sequence[Any]],
                    target: Mapping[str, str], record: str = RECORD,
                    breaks: Mapping[str, bytes] | None = None) -> PairSums:
        """The sums of every case in ``groups`` (pairs.Group rows: a case's codings per
        transcript version, theme ids joined by ``record``; ``breaks``: each version's
        packed paragraph breaks, for the paragraph mode), counted over all cases at once
        (analysis/pairs.py, which imports numpy: loaded on the first such call); each case's
        share is kept packed."""
        from fieldvault.core.analysis.pairs import count_pairs

        frequencies, pairs, cases = count_pairs(groups, mode, distance, target, record, breaks)
        shares: dict[str, PairShare | Packed] = {group[0]: (group,) for group in groups}
        if len(shares) < len(groups):  # a case with codings on more than one version
            by_case: dict[str, list[Sequence[Any]]] = {}
            for group in groups:
                by_case.setdefault(group[0], []).append(group)
            shares.update({case: tuple(case_groups) for case, case_groups in by_case.items()
                           if len(case_groups) > 1})
        return cls(mode, distance, shares, frequencies, pairs, cases, dict(target), record,
                   breaks)

    def share(self, case: str) -> PairShare | None:
        """The case's share (None: it has none)."""
        kept = self.shares.get(case)
        if kept is None or isinstance(kept, PairShare):
            return kept
        return pair_share(spans_of(kept, self.record, self.breaks), self.mode, self.distance,
                          self.target)

    @classmethod
    def build(cls, mode: Mode, distance: int, spans: Iterable[tuple[str, Sequence[Span]]],
              target: Mapping[str, str]) -> PairSums:
        """The sums of every case's spans in ``spans`` ((case, its spans), each case once)
        in one pass: what patching empty sums with their shares gives."""
        shares: dict[str, PairShare] = {}
        frequencies: dict[str, int] = {}
        pairs: dict[tuple[str, str], int] = {}
        cases: dict[tuple[str, str], int] = {}
        for case, case_spans in spans:
            share = shares[case] = pair_share(case_spans, mode, distance, target)
            for theme, n in share.frequencies:
                frequencies[theme] = frequencies.get(theme, 0) + n
            for key, n in share.pairs:
                pairs[key] = pairs.get(key, 0) + n
                cases[key] = cases.get(key, 0) + 1
        return cls(mode, distance, shares, frequencies, pairs, cases, dict(target))

    def patch(self, changed: Mapping[str, PairShare | None]) -> PairSums:
        shares = dict(self.shares)
        frequencies, pairs, cases = dict(self.frequencies), dict(self.pairs), dict(self.cases)
        for case_id, new in changed.items():
            old = self.share(case_id) if case_id in shares else None
            shares.pop(case_id, None)
            for share, sign in ((old, -1), (new, 1)):
                if share is None:
                    continue
                for theme, n in share.frequencies:
                    _bump(frequencies, theme, sign * n)
                for key, n in share.pairs:
                    _bump(pairs, key, sign * n)
                    _bump(cases, key, sign)
            if new is not None:
                shares[case_id] = new
        return PairSums(self.mode, self.distance, shares, frequencies, pairs, cases,
                        self.target, self.record, self.breaks)

    def table(self) -> CooccurTable:
        counts = {key: PairCount(key[0], key[1], n, self.cases[key],
                                 coefficient(n, self.frequencies[key[0]],
                                             self.frequencies[key[1]]))
                  for key, n in self.pairs.items()}
        return CooccurTable(tuple(sorted(self.frequencies)), self.frequencies, counts,
                            self.mode, self.distance)


def _bump(counts: dict[Any, int], key: Any, by: int) -> None:
    value = counts.get(key, 0) + by
    if value:
        counts[key] = value
    else:
        counts.pop(key, None)
