"""Theme x column tables: the theme x case matrix, theme x attribute crosstabs, timelines.

A pure engine over plain rows (no store, no records). Its input is one :class:`CellRow` per
(case, theme) with the number of codings and of coded characters, plus one row with
``theme=None`` for every case that passes the filters but has no coding: that is exactly
what the service's single ``GROUP BY case, theme`` query returns. Each case carries its
column key (its code, an attribute value, an interview year, its interviewer).

Definitions (the tests check them against a brute-force count over single codings):

- *Themes include their subthemes*: the row of a theme counts the codings of that theme and
  of every theme below it, as Retrieve does by default (``subthemes=False``: only the theme).
- ``codings``: codings in the cell; ``cases``: distinct cases with at least one of them;
  ``chars``: the sum of the coded lengths in code points (a passage coded twice counts twice).
- Row totals add the columns (a case has one key, so its cases add up too).
- Column totals count every coding of the column once (no theme counted twice through its
  parents) and every case with that key that passes the filters, coded or not. So the column
  percentage of ``cases`` answers "what share of the construction cases mention arrears".
- A missing key (no attribute value, no date) is the column :data:`MISSING`, sorted last.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

MISSING = "(none)"
_NUMBER = re.compile(r"-?\d+(\.\d*)?([eE][-+]?\d+)?")
Measure = Literal["codings", "cases", "chars"]
Percent = Literal["none", "row", "column"]
MEASURES: tuple[Measure, ...] = ("codings", "cases", "chars")


@dataclass(frozen=True)
class ThemeRow:
    id: str
    parent: str | None
    position: int = 0


class CellRow(NamedTuple):
    """What the service's GROUP BY returns: one case's codings of one theme. Plain tuples of
    the same shape are accepted (the service passes the driver's rows as they come)."""

    case: str
    key: str | None
    theme: str | None  # None: the case has no coding that passes the filters
    codings: int = 0
    chars: int = 0


class Counts(NamedTuple):
    codings: int = 0
    cases: int = 0
    chars: int = 0

    def get(self, measure: Measure) -> int:
        value: int = getattr(self, measure)
        return value


EMPTY = Counts()


@dataclass(frozen=True)
class CrossTable:
    """``by_column[key][theme]``: a cell's [codings, cases, chars] (kept as the engine built
    them: a theme x case matrix at 10,000 cases has ~80,000 cells)."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    by_column: Mapping[str, Mapping[str, Sequence[int]]]
    row_totals: Mapping[str, Counts]
    column_totals: Mapping[str, Counts]
    total: Counts
    by: str = ""
    subthemes: bool = True
    labels: Mapping[str, str] = field(default_factory=dict)  # theme id -> name, for readers

    @property
    def cells(self) -> dict[tuple[str, str], Counts]:
        """Every non-empty cell of a shown row, keyed (theme, column)."""
        shown = set(self.rows)
        return {(theme, key): Counts(*cell) for key, column in self.by_column.items()
                for theme, cell in column.items() if theme in shown}

    def cell(self, row: str, column: str) -> Counts:
        cell = self.by_column.get(column, {}).get(row)
        return EMPTY if cell is None else Counts(*cell)

    def value(self, row: str, column: str, measure: Measure = "codings",
              percent: Percent = "none") -> float | None:
        """A cell's count, or its share (0-100) of the row or column total; None: 0/0."""
        count = self.cell(row, column).get(measure)
        if percent == "none":
            return count
        whole = (self.row_totals.get(row, EMPTY) if percent == "row"
                 else self.column_totals.get(column, EMPTY)).get(measure)
        return 100.0 * count / whole if whole else None

    def maximum(self, measure: Measure = "codings", percent: Percent = "none") -> float:
        """The largest value of a shown cell (for colour scales); 0 for an empty table."""
        shown = set(self.rows)
        values = (self.value(theme, key, measure, percent)
                  for key, column in self.by_column.items() for theme in column
                  if theme in shown)
        return max((v for v in values if v is not None), default=0.0)


def lineage(themes: Sequence[ThemeRow]) -> dict[str, tuple[str, ...]]:
    """Each theme with every theme above it (itself first)."""
    parents = {t.id: t.parent for t in themes}
    out: dict[str, tuple[str, ...]] = {}
    for theme in parents:
        chain = [theme]
        parent = parents.get(theme)
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = parents.get(parent)
        out[theme] = tuple(chain)
    return out


def tree_order(themes: Sequence[ThemeRow]) -> list[str]:
    """Theme ids depth-first, siblings by position then id (the codebook's order)."""
    known = {t.id for t in themes}
    children: dict[str | None, list[ThemeRow]] = {}
    for theme in themes:
        parent = theme.parent if theme.parent in known else None
        children.setdefault(parent, []).append(theme)
    out: list[str] = []
    stack = sorted(children.get(None, []), key=lambda t: (t.position, t.id), reverse=True)
    while stack:
        theme = stack.pop()
        out.append(theme.id)
        below = sorted(children.get(theme.id, []), key=lambda t: (t.position, t.id))
        stack.extend(reversed(below))
    return out


def column_order(keys: Iterable[str]) -> list[str]:
    """Numbers numerically, then text, then :data:`MISSING`."""
    def rank(key: str) -> tuple[int, float, str]:
        if key == MISSING:
            return (2, 0.0, key)
        if _NUMBER.fullmatch(key):
            return (0, float(key), key)
        return (1, 0.0, key.casefold())
    return sorted(set(keys), key=rank)


def crosstab(cells: Iterable[tuple[str, str | None, str | None, int, int]],
             themes: Sequence[ThemeRow], *, subthemes: bool = True,
             rows: Sequence[str] | None = None, by: str = "") -> CrossTable:
    """Aggregate (case, key, theme, codings, chars) rows into a theme x key table (see the
    module's definitions). The rows of one case must come together, as a query grouped by
    case returns them; a case met again after another raises ValueError.

    ``rows``: the theme ids to show, in order (default: every theme with a coding, in tree
    order). Codings of themes missing from ``themes`` count under their own id.
    """
    up = lineage(themes) if subthemes else {}
    return _table(_accumulate(cells, up), themes, rows, by, subthemes)


def _table(acc: _Sums, themes: Sequence[ThemeRow], rows: Sequence[str] | None, by: str,
           subthemes: bool) -> CrossTable:
    row_totals = _row_totals(acc.by_column)
    order = tree_order(themes)
    extra = sorted(set(row_totals) - set(order))
    shown = tuple(rows) if rows is not None else tuple(
        t for t in order + extra if row_totals.get(t, EMPTY).codings)
    column_totals = {k: Counts(acc.col_codings.get(k, 0), n, acc.col_chars.get(k, 0))
                     for k, n in acc.col_cases.items()}
    total = Counts(sum(acc.col_codings.values()), sum(acc.col_cases.values()),
                   sum(acc.col_chars.values()))
    return CrossTable(shown, tuple(column_order(acc.col_cases)), acc.by_column,
                      {t: row_totals.get(t, EMPTY) for t in shown}, column_totals, total, by,
                      subthemes)


@dataclass
class _Sums:
    by_column: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    col_codings: dict[str, int] = field(default_factory=dict)
    col_chars: dict[str, int] = field(default_factory=dict)
    col_cases: dict[str, int] = field(default_factory=dict)


def _accumulate(rows: Iterable[tuple[str, str | None, str | None, int, int]],
                up: Mapping[str, tuple[str, ...]]) -> _Sums:
    """One pass; a case is counted once per theme even when several of its coded themes
    roll up into that theme (``counted`` holds the themes already counted for the case)."""
    sums = _Sums()
    col_codings, col_chars = sums.col_codings, sums.col_chars
    done: set[str] = set()
    case: str | None = None
    key = MISSING
    column: dict[str, list[int]] = {}
    counted: set[str] = set()
    for row_case, row_key, theme, codings, chars in rows:
        if row_case != case:
            if row_case in done:
                raise ValueError(f"the rows of case {row_case} are not together")
            done.add(row_case)
            case, key, counted = row_case, MISSING if row_key is None else row_key, set()
            sums.col_cases[key] = sums.col_cases.get(key, 0) + 1
            column = sums.by_column.setdefault(key, {})
        if theme is None:
            continue
        col_codings[key] = col_codings.get(key, 0) + codings
        col_chars[key] = col_chars.get(key, 0) + chars
        for target in up.get(theme) or (theme,):
            cell = column.get(target)
            if cell is None:
                column[target] = [codings, 1, chars]
                counted.add(target)
            else:
                cell[0] += codings
                cell[2] += chars
                if target not in counted:
                    counted.add(target)
                    cell[1] += 1
    return sums


def _row_totals(by_column: Mapping[str, Mapping[str, Sequence[int]]]) -> dict[str, Counts]:
    sums: dict[str, list[int]] = {}
    for column in by_column.values():
        for theme, (codings, cases, chars) in column.items():
            total = sums.get(theme)
            if total is None:
                sums[theme] = [codings, cases, chars]
            else:
                total[0] += codings
                total[1] += cases
                total[2] += chars
    return {theme: Counts(*total) for theme, total in sums.items()}


# --- output ---------------------------------------------------------------------------------


def to_json(table: CrossTable) -> dict[str, object]:
    """Per theme id and column key: codings, cases and coded characters; then the totals."""
    def counts(c: Counts) -> dict[str, int]:
        return {"codings": c.codings, "cases": c.cases, "chars": c.chars}

    return {
        "by": table.by, "subthemes": table.subthemes, "columns": list(table.columns),
        "rows": [{"theme": row, "cells": {k: counts(table.cell(row, k)) for k in table.columns
                                          if row in table.by_column.get(k, {})},
                  "total": counts(table.row_totals.get(row, EMPTY))} for row in table.rows],
        "column_totals": {k: counts(table.column_totals.get(k, EMPTY)) for k in table.columns},
        "total": counts(table.total)}


def to_csv(table: CrossTable) -> str:
    """One line per theme and column (long format), with both percentages of each count."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["theme", "column"]
    for measure in MEASURES:
        header += [measure, f"{measure}_row_pct", f"{measure}_column_pct"]
    writer.writerow(header)
    for row in table.rows:
        for column in table.columns:
            line: list[object] = [row, column]
            for measure in MEASURES:
                line.append(table.value(row, column, measure))
                line += [_pct(table.value(row, column, measure, p)) for p in ("row", "column")]
            writer.writerow(line)
    return out.getvalue()


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"
