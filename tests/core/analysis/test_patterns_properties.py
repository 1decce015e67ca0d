"""The crosstab and co-occurrence engines against brute force written independently here:
loops over single codings, per-character paragraph numbers, every pair of codings."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvault.core.analysis.cooccur import (
    Mode,
    Span,
    cooccurrence,
    line_breaks,
    near,
    with_paragraphs,
)
from fieldvault.core.analysis.crosstab import MISSING, CellRow, Counts, ThemeRow, crosstab, lineage
from fieldvault.core.analysis.running import (
    PairShare,
    PairSums,
    TableShare,
    TableSums,
    pack,
    pair_share,
    table_shares,
    unpack,
)

THEMES = [ThemeRow("a", None, 0), ThemeRow("a.x", "a", 0), ThemeRow("a.y", "a", 1),
          ThemeRow("a.y.z", "a.y", 0), ThemeRow("b", None, 1), ThemeRow("b.w", "b", 0)]
PARENT = {t.id: t.parent for t in THEMES}
DETERMINISTIC = settings(max_examples=150, deadline=None, derandomize=True)


@dataclass(frozen=True)
class Coding:
    case: str
    theme: str
    start: int
    end: int


def under(theme: str, row: str) -> bool:
    """Brute force: walk up from ``theme`` looking for ``row``."""
    current: str | None = theme
    while current is not None:
        if current == row:
            return True
        current = PARENT[current]
    return False


@st.composite
def vaults(draw: st.DrawFn) -> tuple[dict[str, str | None], list[Coding]]:
    cases = {f"C{i}": draw(st.sampled_from(["x", "y", "2013", None]))
             for i in range(draw(st.integers(1, 6)))}
    codings = []
    for _ in range(draw(st.integers(0, 25))):
        start = draw(st.integers(0, 80))
        codings.append(Coding(draw(st.sampled_from(sorted(cases))),
                              draw(st.sampled_from([t.id for t in THEMES])),
                              start, start + draw(st.integers(1, 30))))
    return cases, codings


def grouped(cases: dict[str, str | None], codings: list[Coding]) -> list[CellRow]:
    """What the service's GROUP BY case, theme returns (shuffled order is fine)."""
    groups: dict[tuple[str, str], list[Coding]] = defaultdict(list)
    for c in codings:
        groups[c.case, c.theme].append(c)
    rows = [CellRow(case, cases[case], theme, len(cs), sum(c.end - c.start for c in cs))
            for (case, theme), cs in groups.items()]
    coded = {c.case for c in codings}
    rows += [CellRow(case, key, None) for case, key in cases.items() if case not in coded]
    return sorted(rows, key=lambda r: r.case, reverse=True)  # a case's rows come together


def test_rows_of_a_case_must_come_together() -> None:
    rows = [CellRow("C1", "x", "a", 1, 5), CellRow("C2", "x", "a", 1, 5),
            CellRow("C1", "x", "b", 1, 5)]
    with pytest.raises(ValueError, match="rows of case C1 are not together"):
        crosstab(rows, THEMES)


@DETERMINISTIC
@given(vaults(), st.booleans())
def test_crosstab_matches_loops_over_codings(data: tuple[dict[str, str | None], list[Coding]],
                                             subthemes: bool) -> None:
    cases, codings = data
    table = crosstab(grouped(cases, codings), THEMES, subthemes=subthemes)
    key = {case: value or MISSING for case, value in cases.items()}
    inside = under if subthemes else (lambda theme, row: theme == row)
    for row in [t.id for t in THEMES]:
        mine = [c for c in codings if inside(c.theme, row)]
        assert (row in table.rows) == bool(mine)
        if not mine:
            continue
        for column in set(key.values()):
            here = [c for c in mine if key[c.case] == column]
            cell = table.cell(row, column)
            assert cell.codings == len(here)
            assert cell.cases == len({c.case for c in here})
            assert cell.chars == sum(c.end - c.start for c in here)
            column_cases = sum(1 for k in key.values() if k == column)
            share = table.value(row, column, "cases", "column")
            assert share == (100 * cell.cases / column_cases)
        total = table.row_totals[row]
        assert (total.codings, total.cases) == (len(mine), len({c.case for c in mine}))
    for column in set(key.values()):
        assert table.column_totals[column].codings == sum(
            1 for c in codings if key[c.case] == column)
        assert table.column_totals[column].cases == sum(1 for k in key.values() if k == column)
    assert table.total.cases == len(cases)


@st.composite
def texts_and_spans(draw: st.DrawFn) -> tuple[dict[str, str], list[Span]]:
    texts, spans = {}, []
    for case in range(draw(st.integers(1, 3))):
        text = draw(st.text(alphabet="ab \n", min_size=1, max_size=60))
        texts[f"C{case}"] = text
        for number in range(draw(st.integers(0, 7))):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            theme = draw(st.sampled_from(["a", "a.x", "b", "b.w"]))
            spans.append(Span(f"C{case}-{number}", f"C{case}", theme, start, end))
    return texts, spans


def paragraphs(text: str, start: int, end: int) -> set[int]:
    """Brute force: the paragraph number of every character of the coding."""
    return {text[:i].count("\n") for i in range(start, end)}


def brute_cooccur(x: Span, y: Span, mode: str, distance: int, text: str) -> bool:
    if mode == "overlap":
        return bool(set(range(x.start, x.end)) & set(range(y.start, y.end)))
    if mode == "near":
        gap = max(x.start, y.start) - min(x.end, y.end)
        return gap <= distance
    return bool(paragraphs(text, x.start, x.end) & paragraphs(text, y.start, y.end))


MODE = st.sampled_from(["overlap", "near", "paragraph"])


@DETERMINISTIC
@given(texts_and_spans(), MODE, st.integers(0, 15), st.booleans())
def test_cooccurrence_matches_every_pair(data: tuple[dict[str, str], list[Span]], mode: str,
                                         distance: int, roll: bool) -> None:
    texts, spans = data
    spans = [with_paragraphs(s, line_breaks(texts[s.case])) for s in spans]
    rollup = {"a.x": "a", "b.w": "b"} if roll else None
    table = cooccurrence(spans, mode, distance, rollup)  # type: ignore[arg-type]

    def top(theme: str) -> str:
        return (rollup or {}).get(theme, theme)

    pairs: dict[tuple[str, str], int] = defaultdict(int)
    cases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for x, y in combinations(spans, 2):
        if x.case != y.case or top(x.theme) == top(y.theme):
            continue
        if brute_cooccur(x, y, mode, distance, texts[x.case]):
            key = tuple(sorted((top(x.theme), top(y.theme))))
            pairs[key] += 1  # type: ignore[index]
            cases[key].add(x.case)  # type: ignore[index]
    assert {k: (p.pairs, p.cases) for k, p in table.counts.items()} == {
        k: (n, len(cases[k])) for k, n in pairs.items()}
    for (a, b), count in table.counts.items():
        n1 = sum(1 for s in spans if top(s.theme) == a)
        n2 = sum(1 for s in spans if top(s.theme) == b)
        expected = count.pairs / (n1 + n2 - count.pairs) if n1 + n2 > count.pairs else None
        assert count.c == expected


@DETERMINISTIC
@given(texts_and_spans(), MODE, st.integers(0, 15))
def test_near_returns_each_pair_once_with_a_first(data: tuple[dict[str, str], list[Span]],
                                                  mode: str, distance: int) -> None:
    texts, spans = data
    spans = [with_paragraphs(s, line_breaks(texts[s.case])) for s in spans]
    found = near(spans, {"a", "a.x"}, {"b"}, mode, distance)  # type: ignore[arg-type]
    expected = {(x.coding, y.coding) for x in spans for y in spans
                if x.theme in {"a", "a.x"} and y.theme == "b" and x.case == y.case
                and brute_cooccur(x, y, mode, distance, texts[x.case])}
    assert sorted((a.coding, b.coding) for a, b in found) == sorted(expected)


# --- running sums (core/analysis/running.py) against the one-pass engines above: any order
# of patches (a case added, changed, moved to another column or removed, in random batches)

Vault = tuple[dict[str, str | None], list[Coding]]


def packed_rows(data: Vault) -> list[tuple[str, str | None, str]]:
    """(case, key, packed codings) per case, as the service's query gives them."""
    coded: dict[str, list[tuple[str, int, int]]] = {}
    keys: dict[str, str | None] = {}
    for row in grouped(*data):
        keys[row.case] = row.key
        coded.setdefault(row.case, [])
        if row.theme is not None:
            coded[row.case].append((row.theme, row.codings, row.chars))
    return [(case, keys[case], pack(coded[case])) for case in sorted(coded)]


def shares_of(data: Vault) -> dict[str, TableShare]:
    return dict(table_shares(packed_rows(data)))


@DETERMINISTIC
@given(before=vaults(), after=vaults(), subthemes=st.booleans(), seed=st.integers(0, 99))
def test_patched_tables_equal_the_one_pass_engine(before: Vault, after: Vault,
                                                  subthemes: bool, seed: int) -> None:
    """Start from ``before``, patch case by case in random batches to ``after``."""
    up = lineage(THEMES) if subthemes else {}
    sums = TableSums(up).patch(shares_of(before))
    old_table = sums.table(THEMES, None, "k", subthemes, {})
    target = shares_of(after)
    cases = sorted(set(sums.shares) | set(target))
    random.Random(seed).shuffle(cases)
    while cases:
        batch, cases = cases[:3], cases[3:]
        sums = sums.patch({case: target.get(case) for case in batch})
    got = sums.table(THEMES, None, "k", subthemes, {})
    want = crosstab(grouped(*after), THEMES, subthemes=subthemes, by="k")
    assert got.cells == want.cells
    assert (got.rows, got.columns, got.total) == (want.rows, want.columns, want.total)
    assert dict(got.row_totals) == dict(want.row_totals)
    assert dict(got.column_totals) == dict(want.column_totals)
    assert got == TableSums(up).patch(target).table(THEMES, None, "k", subthemes, {})
    assert old_table == TableSums(up).patch(shares_of(before)).table(  # left unchanged
        THEMES, None, "k", subthemes, {})
    assert all(tuple(c) != Counts() for column in got.by_column.values()
               for c in column.values())
    built = TableSums.build(up, packed_rows(after))
    assert built == TableSums(up).patch(target)  # one pass = patching empty sums
    assert built.table(THEMES, None, "k", subthemes, {}) == got


@DETERMINISTIC
@given(before=texts_and_spans(), after=texts_and_spans(),
       mode=st.sampled_from(["overlap", "near"]), distance=st.integers(0, 10),
       top=st.booleans())
def test_patched_cooccurrence_equals_the_one_pass_engine(
        before: tuple[dict[str, str], list[Span]], after: tuple[dict[str, str], list[Span]],
        mode: Mode, distance: int, top: bool) -> None:
    rollup = {"a.x": "a", "b.w": "b"} if top else {}

    def shares(spans: list[Span]) -> dict[str, PairShare]:
        by: dict[str, list[Span]] = {}
        for span in spans:
            by.setdefault(span.case, []).append(span)
        return {c: pair_share(s, mode, distance, rollup) for c, s in by.items()}

    sums = PairSums(mode, distance).patch(shares(before[1]))
    target = shares(after[1])
    sums = sums.patch({case: target.get(case) for case in set(sums.shares) | set(target)})
    assert sums.table() == cooccurrence(after[1], mode, distance, rollup)
    by: dict[str, list[Span]] = {}
    for span in after[1]:
        by.setdefault(span.case, []).append(span)
    built = PairSums.build(mode, distance, by.items(), rollup)
    assert built == PairSums(mode, distance).patch(target)  # one pass = patching empty sums


@DETERMINISTIC
@given(coded=st.lists(st.tuples(st.sampled_from([t.id for t in THEMES]), st.integers(1, 4),
                                st.integers(0, 500)), unique_by=lambda c: c[0]))
def test_packed_codings_unpack_to_the_same_themes(coded: list[tuple[str, int, int]]) -> None:
    assert sorted(unpack(pack(coded))) == sorted(coded)
