"""Inter-coder agreement on coded text, per theme and pooled over themes.

Model. For one theme, every unit of every case receives one nominal value per coder: 1 when
the coder applied the theme to the unit, 0 when not. Uncoded text therefore counts as a
decision. Units are, by ``unit``:

- ``"char"``: every code point of the text (the default);
- ``"sentence"`` / ``"paragraph"``: :func:`segment_units` of ``CaseCodings.text``;
- ``"segment"``: the ``(start, end)`` list given in ``CaseCodings.units``.

For coarse units a coder applied the theme to a unit when any of their spans shares at least
one character with it. ``CaseCodings.coders`` lists who coded the case: a listed coder with no
span for a theme decided "not applied" everywhere; a coder who is not listed did not code the
case at all and is a *missing value* there (Krippendorff's alpha handles it; percent and
kappa use only the units the compared coders both coded).

Figures, each over the *pairable* units (coded by at least two coders):

- ``percent``: share of units on which every coder present made the same decision;
- ``kappa``: Cohen's kappa, only when exactly two coders occur in the data, else ``None``;
- ``alpha``: Krippendorff's alpha for nominal data, any number of coders.

Undefined values are ``None`` and never NaN: with no pairable unit (for example a single
coder) all three are ``None``; when every pairable decision is the same (for example nobody
applied the theme) ``percent`` is 1.0 while kappa and alpha are ``None``, because expected
disagreement is zero and the coefficient is 0/0. The overall row (``theme=None``) pools every
theme x unit decision into one table.

Cost does not depend on text length: each coder's spans are merged and swept by their end
points (run-length), and a theme that nobody coded in a case costs nothing beyond one entry
per case. Pure functions; safe to call from any thread.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from fieldvault.core.analysis.segments import segment_units
from fieldvault.core.ranges import union

__all__ = [
    "Agreement",
    "CaseCodings",
    "UnitName",
    "agreement",
    "disagreements",
    "nominal_alpha",
    "segment_units",
    "to_csv",
]

Span = tuple[int, int]
UnitName = Literal["char", "sentence", "paragraph", "segment"]
# (coders who coded the case, sorted; bit i set when present[i] applied the theme)
Pattern = tuple[tuple[str, ...], int]
Table = dict[Pattern, int]


@dataclass
class CaseCodings:
    """The codings of one case by every coder who coded it.

    ``spans`` maps (coder, theme) to that coder's spans; overlapping spans of one coder are
    merged. ``text`` is needed for sentence and paragraph units, ``units`` for "segment".
    """

    case: str
    text_length: int
    coders: list[str]
    spans: dict[tuple[str, str], list[tuple[int, int]]]
    text: str | None = None
    units: list[tuple[int, int]] | None = None


@dataclass
class Agreement:
    """One row of results: a theme, or every theme pooled when ``theme`` is None.

    ``units``: pairable units; ``agreed``: those on which all coders present decided alike;
    ``cases``: cases coded by two or more coders; ``applied``: per coder, the units (over
    every unit they coded) to which they applied the theme. ``percent`` is None, not 1.0,
    when no unit is pairable.
    """

    theme: str | None
    units: int
    percent: float | None
    kappa: float | None
    alpha: float | None
    coders: list[str]
    agreed: int = 0
    cases: int = 0
    applied: dict[str, int] = field(default_factory=dict)


@dataclass
class _Tally:
    baseline: Table = field(default_factory=dict)
    per_theme: dict[str, Table] = field(default_factory=dict)
    coders: set[str] = field(default_factory=set)
    cases: int = 0


def agreement(
    cases: Iterable[CaseCodings],
    themes: list[str] | None = None,
    unit: UnitName = "char",
) -> list[Agreement]:
    """Agreement per theme (in ``themes`` order, or sorted names found), then the overall row.

    ``cases`` is read once, so a generator is fine. With ``themes`` given, spans of other
    themes are ignored and a listed theme that nobody applied still yields a row.
    """
    wanted = None if themes is None else set(themes)
    tally = _Tally()
    for case in cases:
        _add_case(tally, case, wanted, unit)
    names = list(dict.fromkeys(themes)) if themes is not None else sorted(tally.per_theme)
    coders = sorted(tally.coders)
    rows = [_summarise(name, _theme_table(tally, name), coders, tally.cases) for name in names]
    overall: Table = {}
    for name in names:
        _add_into(overall, _theme_table(tally, name))
    rows.append(_summarise(None, overall, coders, tally.cases))
    return rows


def disagreements(
    case: CaseCodings, theme: str, unit: UnitName = "char"
) -> list[tuple[int, int, dict[str, bool]]]:
    """Stretches of one case where the coders' decisions on ``theme`` differ, in text order.

    Each item is (start, end, {coder: applied}); adjacent character runs with different
    decision patterns are separate items.
    """
    present = _present(case)
    merged = _merged_by_theme(case, present, {theme}).get(theme, {})
    units = _case_units(case, unit)
    if units is None:
        runs = _char_runs(case.text_length, merged)
    else:
        masks = _unit_masks(units, merged)
        runs = [(start, end, masks.get(i, 0)) for i, (start, end) in enumerate(units)]
    full = (1 << len(present)) - 1
    return [
        (start, end, {coder: bool(mask >> i & 1) for i, coder in enumerate(present)})
        for start, end, mask in runs
        if mask not in (0, full)
    ]


def nominal_alpha(units: Iterable[Iterable[Hashable | None]]) -> float | None:
    """Krippendorff's alpha for nominal values; each unit lists one value per coder.

    ``None`` marks a missing value. Returns ``None`` when expected disagreement is zero.
    """
    coincidences: dict[tuple[Hashable, Hashable], float] = {}
    for unit in units:
        counts = Counter(value for value in unit if value is not None)
        pairable = sum(counts.values())
        if pairable < 2:
            continue
        for value, n_value in counts.items():
            for other, n_other in counts.items():
                same = 1 if value == other else 0
                share = n_value * (n_other - same) / (pairable - 1)
                coincidences[value, other] = coincidences.get((value, other), 0.0) + share
    totals: dict[Hashable, float] = {}
    for (value, _), amount in coincidences.items():
        totals[value] = totals.get(value, 0.0) + amount
    n = sum(totals.values())
    observed = sum(amount for (a, b), amount in coincidences.items() if a != b)
    expected = n * n - sum(total * total for total in totals.values())
    if expected <= 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def to_csv(rows: Iterable[Agreement]) -> str:
    """Rows as CSV text (comma, ``\\n`` line ends); empty cells for undefined values."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "scope",
            "theme",
            "coders",
            "cases",
            "units",
            "agreed",
            "percent",
            "kappa",
            "alpha",
            "applied",
        ]
    )
    for row in rows:
        applied = "; ".join(f"{coder}={count}" for coder, count in row.applied.items())
        writer.writerow(
            [
                "theme" if row.theme is not None else "overall",
                _cell(row.theme or ""),
                _cell("; ".join(row.coders)),
                row.cases,
                row.units,
                row.agreed,
                _number(row.percent),
                _number(row.kappa),
                _number(row.alpha),
                _cell(applied),
            ]
        )
    return out.getvalue()


def _cell(text: str) -> str:
    # A leading = + - @ would make spreadsheet programs evaluate the cell as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


# --- tallying -------------------------------------------------------------------------------


def _add_case(tally: _Tally, case: CaseCodings, wanted: set[str] | None, unit: UnitName) -> None:
    if case.text_length < 0:
        raise ValueError(f"case {case.case!r} has a negative text length")
    present = _present(case)
    units = _case_units(case, unit)
    count = case.text_length if units is None else len(units)
    _bump(tally.baseline, (present, 0), count)
    tally.coders.update(present)
    if len(present) >= 2:
        tally.cases += 1
    for theme, merged in _merged_by_theme(case, present, wanted).items():
        table = tally.per_theme.setdefault(theme, {})
        if units is None:
            weights = _char_weights(case.text_length, merged)
        else:
            weights = _unit_weights(units, merged)
        for mask, weight in weights.items():
            _bump(table, (present, mask), weight)
        _bump(table, (present, 0), -count)


def _theme_table(tally: _Tally, theme: str) -> Table:
    """Baseline (nobody applied anything) corrected by the theme's coded cases."""
    table = dict(tally.baseline)
    _add_into(table, tally.per_theme.get(theme, {}))
    return table


def _bump(table: Table, key: Pattern, amount: int) -> None:
    table[key] = table.get(key, 0) + amount


def _add_into(target: Table, source: Table) -> None:
    for key, amount in source.items():
        _bump(target, key, amount)


def _present(case: CaseCodings) -> tuple[str, ...]:
    return tuple(sorted(set(case.coders)))


def _case_units(case: CaseCodings, unit: UnitName) -> _Units | None:
    """None for character units, else the case's unit segments (validated)."""
    if unit == "char":
        return None
    if unit == "segment":
        if case.units is None:
            raise ValueError(f"case {case.case!r} has no units for unit='segment'")
        previous_end = 0
        for start, end in case.units:
            _check_span(case, start, end)
            if start < previous_end:
                raise ValueError(f"case {case.case!r}: units must be in order and not overlap")
            previous_end = end
        return _Units(case.units)
    if unit not in ("sentence", "paragraph"):
        raise ValueError(f"unknown unit {unit!r}")
    if case.text is None or len(case.text) != case.text_length:
        raise ValueError(f"case {case.case!r} needs its text (of text_length) for {unit} units")
    return _Units(segment_units(case.text, unit))


def _merged_by_theme(
    case: CaseCodings, present: tuple[str, ...], wanted: set[str] | None
) -> dict[str, dict[int, list[Span]]]:
    """theme -> {coder bit: merged, sorted, non-touching spans}."""
    bits = {coder: 1 << i for i, coder in enumerate(present)}
    grouped: dict[str, dict[int, list[Span]]] = {}
    for (coder, theme), spans in case.spans.items():
        if wanted is not None and theme not in wanted:
            continue
        if coder not in bits:
            raise ValueError(
                f"case {case.case!r}: coder {coder!r} has codings but is not among its coders"
            )
        grouped.setdefault(theme, {})[bits[coder]] = _merge(case, spans)
    return grouped


def _check_span(case: CaseCodings, start: int, end: int) -> None:
    if not 0 <= start <= end <= case.text_length:
        raise ValueError(
            f"case {case.case!r}: span ({start}, {end}) lies outside its text of "
            f"{case.text_length} characters"
        )


def _merge(case: CaseCodings, spans: list[Span]) -> list[Span]:
    for start, end in spans:
        _check_span(case, start, end)
    return union(spans)


def _char_runs(length: int, merged: dict[int, list[Span]]) -> list[tuple[int, int, int]]:
    """(start, end, mask) runs covering [0, length); adjacent runs have different masks."""
    events = sorted((pos, bit) for bit, spans in merged.items() for span in spans for pos in span)
    runs = []
    mask = previous = 0
    for pos, bit in events:
        if pos > previous:
            runs.append((previous, pos, mask))
            previous = pos
        mask ^= bit  # spans of one coder never touch, so each end point toggles its bit
    if length > previous:
        runs.append((previous, length, mask))
    return runs


def _char_weights(length: int, merged: dict[int, list[Span]]) -> dict[int, int]:
    weights: dict[int, int] = {}
    for start, end, mask in _char_runs(length, merged):
        weights[mask] = weights.get(mask, 0) + end - start
    return weights


class _Units:
    """Ordered, non-overlapping unit segments with their starts and ends for bisection."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = list(spans)
        self.starts = [start for start, _ in self.spans]
        self.ends = [end for _, end in self.spans]

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self) -> Iterator[Span]:
        return iter(self.spans)


def _unit_masks(units: _Units, merged: dict[int, list[Span]]) -> dict[int, int]:
    """{unit index: mask} for the units some coder applied the theme to (others are 0)."""
    masks: dict[int, int] = {}
    for bit, spans in merged.items():
        for start, end in spans:
            first = bisect_right(units.ends, start)  # first unit ending after the span starts
            last = bisect_left(units.starts, end)  # units from here on start at or after its end
            for i in range(first, last):
                masks[i] = masks.get(i, 0) | bit
    return masks


def _unit_weights(units: _Units, merged: dict[int, list[Span]]) -> dict[int, int]:
    masks = _unit_masks(units, merged)
    weights: dict[int, int] = dict(Counter(masks.values()))
    weights[0] = len(units) - len(masks)
    return weights


# --- statistics -----------------------------------------------------------------------------


def _summarise(theme: str | None, table: Table, coders: list[str], cases: int) -> Agreement:
    units = agreed = ones_total = zeros_total = 0
    observed = 0.0  # coincidences of 1 with 0 (one direction)
    applied = dict.fromkeys(coders, 0)
    for (present, mask), weight in table.items():
        for i, coder in enumerate(present):
            if mask >> i & 1:
                applied[coder] += weight
        size = len(present)
        if size < 2 or weight == 0:
            continue
        ones = mask.bit_count()
        units += weight
        if ones in (0, size):
            agreed += weight
        ones_total += weight * ones
        zeros_total += weight * (size - ones)
        observed += weight * ones * (size - ones) / (size - 1)
    alpha = None
    if ones_total and zeros_total:
        alpha = 1.0 - (ones_total + zeros_total - 1) * observed / (ones_total * zeros_total)
    kappa = _kappa(table, coders[0], coders[1]) if len(coders) == 2 else None
    percent = agreed / units if units else None
    return Agreement(theme, units, percent, kappa, alpha, coders, agreed, cases, applied)


def _kappa(table: Table, first: str, second: str) -> float | None:
    """Cohen's kappa over the units both coders coded; exact integer arithmetic until the end."""
    total = agree = first_ones = second_ones = 0
    for (present, mask), weight in table.items():
        if first not in present or second not in present:
            continue
        a = mask >> present.index(first) & 1
        b = mask >> present.index(second) & 1
        total += weight
        agree += weight if a == b else 0
        first_ones += weight * a
        second_ones += weight * b
    chance = first_ones * second_ones + (total - first_ones) * (total - second_ones)
    denominator = total * total - chance
    if total == 0 or denominator == 0:
        return None
    return (total * agree - chance) / denominator
