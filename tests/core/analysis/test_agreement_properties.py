"""The run-length implementation against a plain per-unit one written independently here."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvault.core.analysis.agreement import CaseCodings, agreement, disagreements

CODERS = ["A", "B", "C"]
THEMES = ["T1", "T2"]

Decisions = list[dict[str, int]]  # one dict per unit: coder -> 0/1 (absent coder = missing)


@st.composite
def cases(draw: st.DrawFn, coders: list[str]) -> CaseCodings:
    length = draw(st.integers(0, 30))
    present = draw(st.lists(st.sampled_from(coders), min_size=1, max_size=3, unique=True))
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for coder in present:
        for theme in THEMES:
            if draw(st.booleans()):
                spans[coder, theme] = draw(st.lists(span(length), max_size=4))
    cuts = sorted(draw(st.sets(st.integers(0, length), max_size=6)) | {0, length})
    units = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if draw(st.booleans())]
    return CaseCodings(draw(st.text(max_size=3)), length, present, spans, units=units)


def span(length: int) -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(0, length), st.integers(0, length)).map(
        lambda pair: (min(pair), max(pair))
    )


def applied(case: CaseCodings, coder: str, theme: str, start: int, end: int) -> int:
    """1 if any span of the coder shares a character with [start, end)."""
    spans = case.spans.get((coder, theme), [])
    return int(any(max(s, start) < min(e, end) for s, e in spans))


def decisions(case: CaseCodings, theme: str, unit: str) -> Decisions:
    if unit == "char":
        bounds = [(i, i + 1) for i in range(case.text_length)]
    else:
        bounds = list(case.units or [])
    return [{c: applied(case, c, theme, s, e) for c in case.coders} for s, e in bounds]


def plain_percent(units: Decisions) -> float | None:
    pairable = [u for u in units if len(u) >= 2]
    if not pairable:
        return None
    return sum(len(set(u.values())) == 1 for u in pairable) / len(pairable)


def plain_alpha(units: Decisions) -> float | None:
    """Krippendorff's alpha by its pair-counting definition."""
    pairable = [list(u.values()) for u in units if len(u) >= 2]
    values = [v for u in pairable for v in u]
    n = len(values)
    observed = sum(
        sum(a != b for a, b in combinations(u, 2)) * 2 / (len(u) - 1) for u in pairable
    ) / max(n, 1)
    differing_pairs = sum(a != b for a, b in combinations(values, 2)) * 2
    if differing_pairs == 0:
        return None
    expected = differing_pairs / (n * (n - 1))
    return 1 - observed / expected


def plain_kappa(units: Decisions, first: str, second: str) -> float | None:
    both = [(u[first], u[second]) for u in units if first in u and second in u]
    if not both:
        return None
    total = len(both)
    observed = sum(a == b for a, b in both) / total
    p_first = sum(a for a, _ in both) / total
    p_second = sum(b for _, b in both) / total
    chance = p_first * p_second + (1 - p_first) * (1 - p_second)
    if chance == 1:
        return None
    return (observed - chance) / (1 - chance)


def close(actual: float | None, expected: float | None) -> bool:
    if actual is None or expected is None:
        return actual is None and expected is None
    return actual == pytest.approx(expected, abs=1e-9)


def check(rows_cases: list[CaseCodings], unit: str) -> None:
    rows = agreement(rows_cases, themes=THEMES, unit=unit)  # type: ignore[arg-type]
    everyone = sorted({c for case in rows_cases for c in case.coders})
    pooled: Decisions = []
    for row, theme in zip(rows, THEMES, strict=False):
        units = [u for case in rows_cases for u in decisions(case, theme, unit)]
        pooled += units
        assert_row(row, units, everyone)
    assert_row(rows[-1], pooled, everyone)


def assert_row(row: object, units: Decisions, everyone: list[str]) -> None:
    assert close(row.percent, plain_percent(units))  # type: ignore[attr-defined]
    assert close(row.alpha, plain_alpha(units))  # type: ignore[attr-defined]
    kappa = plain_kappa(units, *everyone) if len(everyone) == 2 else None
    assert close(row.kappa, kappa)  # type: ignore[attr-defined]
    assert row.units == sum(len(u) >= 2 for u in units)  # type: ignore[attr-defined]


@settings(max_examples=100, deadline=None)
@given(st.lists(cases(CODERS), min_size=1, max_size=4))
def test_char_units_match_plain_computation(generated: list[CaseCodings]) -> None:
    check(generated, "char")


@settings(max_examples=100, deadline=None)
@given(st.lists(cases(["A", "B"]), min_size=1, max_size=4))
def test_two_coder_kappa_matches_plain_computation(generated: list[CaseCodings]) -> None:
    check(generated, "char")


@settings(max_examples=100, deadline=None)
@given(st.lists(cases(CODERS), min_size=1, max_size=4))
def test_segment_units_match_plain_computation(generated: list[CaseCodings]) -> None:
    check(generated, "segment")


@settings(max_examples=100, deadline=None)
@given(cases(CODERS))
def test_disagreements_cover_exactly_the_differing_characters(case: CaseCodings) -> None:
    for theme in THEMES:
        expected = {
            i for i, u in enumerate(decisions(case, theme, "char")) if len(set(u.values())) > 1
        }
        found: set[int] = set()
        for start, end, verdicts in disagreements(case, theme):
            assert len(set(verdicts.values())) == 2 and set(verdicts) == set(case.coders)
            found.update(range(start, end))
            assert all(
                applied(case, c, theme, i, i + 1) == verdicts[c]
                for i in range(start, end)
                for c in case.coders
            )
        assert found == expected
