"""Agreement figures against hand-computed and published examples."""

from __future__ import annotations

import csv
import io
import random
import time

import pytest

from fieldvault.core.analysis.agreement import (
    CaseCodings,
    agreement,
    disagreements,
    nominal_alpha,
    to_csv,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
# observers, twelve units, nominal values 1-5 with missing values (None).
KRIPPENDORFF_4X12 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
# Same paper, section A: binary data, two observers, ten units, no missing values.
BINARY_A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
BINARY_B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]


def spans_of(values: list[int]) -> list[tuple[int, int]]:
    """One-character spans where a 0/1 sequence is 1."""
    return [(i, i + 1) for i, value in enumerate(values) if value]


def test_nominal_alpha_reproduces_krippendorff_4x12_example() -> None:
    units = list(zip(*KRIPPENDORFF_4X12, strict=True))
    alpha = nominal_alpha(units)
    assert alpha is not None
    assert round(alpha, 3) == 0.743


def test_binary_example_through_char_units() -> None:
    # Hand computation: o01 = 4 (units 1, 3, 6, 9), n0 = 14, n1 = 6, n = 20:
    # alpha = 1 - 19 * 4 / (14 * 6) = 0.0952. Kappa: po = 0.6, pe = 0.2*0.4 + 0.8*0.6 = 0.56,
    # kappa = 0.04 / 0.44 = 0.0909.
    case = CaseCodings(
        "c1", 10, ["A", "B"], {("A", "T"): spans_of(BINARY_A), ("B", "T"): spans_of(BINARY_B)}
    )
    theme_row, overall = agreement([case])
    assert theme_row.theme == "T" and overall.theme is None
    assert theme_row.units == 10 and theme_row.agreed == 6
    assert theme_row.percent == pytest.approx(0.6)
    assert theme_row.alpha == pytest.approx(1 - 19 * 4 / 84)
    assert theme_row.kappa == pytest.approx(0.04 / 0.44)
    assert nominal_alpha(zip(BINARY_A, BINARY_B, strict=True)) == pytest.approx(theme_row.alpha)
    assert theme_row.applied == {"A": 2, "B": 4}


def test_cohen_kappa_worked_example() -> None:
    # Classic 2x2 table: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 (n = 50).
    # po = 35/50 = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.2 / 0.5 = 0.4.
    case = CaseCodings(
        "c", 50, ["A", "B"], {("A", "T"): [(0, 25)], ("B", "T"): [(0, 20), (25, 35)]}
    )
    row = agreement([case])[0]
    assert row.kappa == pytest.approx(0.4)
    assert row.percent == pytest.approx(0.7)
    assert row.units == 50 and row.agreed == 35


def test_three_coders_with_a_missing_coder() -> None:
    # Case 1 (4 chars) coded by A, B, C; case 2 (2 chars) by A and B only: C is missing there.
    # Units: (1,1,1) (1,0,1) (0,0,0) (0,0,1) | (1,0) (0,0).
    # o01 = 1 + 1 + 1 = 3, n1 = 7, n0 = 9, n = 16: alpha = 1 - 15 * 3 / 63 = 2/7.
    case1 = CaseCodings(
        "c1",
        4,
        ["A", "B", "C"],
        {("A", "T"): [(0, 2)], ("B", "T"): [(0, 1)], ("C", "T"): [(0, 2), (3, 4)]},
    )
    case2 = CaseCodings("c2", 2, ["A", "B"], {("A", "T"): [(0, 1)]})
    row = agreement([case1, case2])[0]
    assert row.alpha == pytest.approx(2 / 7)
    assert row.kappa is None  # three coders
    assert row.percent == pytest.approx(3 / 6)
    assert row.units == 6 and row.cases == 2
    assert row.coders == ["A", "B", "C"]
    assert row.applied == {"A": 3, "B": 1, "C": 3}
    values = [(1, 1, 1), (1, 0, 1), (0, 0, 0), (0, 0, 1), (1, 0, None), (0, 0, None)]
    assert nominal_alpha(values) == pytest.approx(row.alpha)


def test_overall_pools_theme_unit_decisions() -> None:
    # Theme X: A (0,5), B (0,5): full agreement. Theme Y: A (0,2), B nothing.
    # Pooled over 2 x 10 decisions: 18 agreed; ones: X 10 (5+5), Y 2; o01 = 2.
    case = CaseCodings(
        "c", 10, ["A", "B"], {("A", "X"): [(0, 5)], ("B", "X"): [(0, 5)], ("A", "Y"): [(0, 2)]}
    )
    x_row, y_row, overall = agreement([case])
    assert (x_row.theme, y_row.theme) == ("X", "Y")
    assert x_row.percent == 1.0 and x_row.alpha == pytest.approx(1.0)
    assert y_row.percent == pytest.approx(0.8)
    assert overall.units == 20 and overall.agreed == 18
    assert overall.alpha == pytest.approx(1 - 39 * 2 / (12 * 28))
    # kappa over pooled table: A ones 7, B ones 5, agree 18 of 20.
    chance = 7 * 5 + 13 * 15
    assert overall.kappa == pytest.approx((20 * 18 - chance) / (400 - chance))


def test_no_codings_at_all() -> None:
    case = CaseCodings("c", 100, ["A", "B"], {})
    row, overall = agreement([case], themes=["T"])
    assert row.percent == 1.0 and row.units == 100
    assert row.kappa is None and row.alpha is None  # no variation: 0/0, documented as None
    assert overall.percent == 1.0
    only_overall = agreement([case])
    assert len(only_overall) == 1 and only_overall[0].units == 0
    assert only_overall[0].percent is None


def test_unanimous_full_coding_is_undefined_not_perfect() -> None:
    case = CaseCodings("c", 8, ["A", "B"], {("A", "T"): [(0, 8)], ("B", "T"): [(0, 8)]})
    row = agreement([case])[0]
    assert row.percent == 1.0 and row.kappa is None and row.alpha is None


def test_one_coder_gives_no_figures() -> None:
    case = CaseCodings("c", 10, ["A"], {("A", "T"): [(0, 4)]})
    row = agreement([case])[0]
    assert row.units == 0 and row.cases == 0
    assert row.percent is None and row.kappa is None and row.alpha is None
    assert row.applied == {"A": 4}


def test_listed_theme_nobody_applied_and_unlisted_theme_ignored() -> None:
    case = CaseCodings("c", 10, ["A", "B"], {("A", "T"): [(0, 4)], ("A", "Other"): [(0, 9)]})
    rows = agreement([case], themes=["T", "Unused"])
    assert [r.theme for r in rows] == ["T", "Unused", None]
    assert rows[1].percent == 1.0 and rows[1].alpha is None
    assert rows[2].units == 20 and rows[2].agreed == 16


def test_overlapping_spans_of_one_coder_are_merged() -> None:
    case = CaseCodings(
        "c", 10, ["A", "B"], {("A", "T"): [(0, 4), (2, 6), (6, 7)], ("B", "T"): [(0, 7)]}
    )
    row = agreement([case])[0]
    assert row.percent == 1.0 and row.applied == {"A": 7, "B": 7}


def test_sentence_units() -> None:
    text = "One two. Three four. Five."
    # Sentences (0,8) (9,20) (21,26). A codes inside sentences 1 and 3, B inside sentence 2.
    case = CaseCodings(
        "c", len(text), ["A", "B"], {("A", "T"): [(0, 3), (22, 24)], ("B", "T"): [(10, 12)]}, text
    )
    row = agreement([case], unit="sentence")[0]
    assert row.units == 3 and row.agreed == 0
    # po = 0, pe = (2/3)(1/3) + (1/3)(2/3) = 4/9: kappa = -4/9 / (5/9) = -0.8.
    assert row.kappa == pytest.approx(-0.8)
    # n1 = 3, n0 = 3, o01 = 3: alpha = 1 - 5 * 3 / 9.
    assert row.alpha == pytest.approx(1 - 15 / 9)
    assert disagreements(case, "T", unit="sentence") == [
        (0, 8, {"A": True, "B": False}),
        (9, 20, {"A": False, "B": True}),
        (21, 26, {"A": True, "B": False}),
    ]


def test_span_touching_a_unit_edge_does_not_apply_it() -> None:
    text = "Alpha. Beta."
    case = CaseCodings("c", len(text), ["A", "B"], {("A", "T"): [(6, 7)]}, text)
    row = agreement([case], unit="sentence")[0]
    assert row.applied == {"A": 0, "B": 0}  # (6, 7) is the space between the sentences


def test_given_segment_units() -> None:
    case = CaseCodings(
        "c", 10, ["A", "B"], {("A", "T"): [(0, 1)], ("B", "T"): [(4, 5)]}, units=[(0, 5), (5, 10)]
    )
    row = agreement([case], unit="segment")[0]
    assert row.units == 2 and row.agreed == 2 and row.applied == {"A": 1, "B": 1}


def test_paragraph_units() -> None:
    text = "First paragraph.\n\nSecond one.\nThird."
    case = CaseCodings("c", len(text), ["A", "B"], {("A", "T"): [(20, 22)]}, text)
    row = agreement([case], unit="paragraph")[0]
    assert row.units == 3 and row.agreed == 2


def test_disagreements_char_runs() -> None:
    case = CaseCodings("c", 20, ["A", "B"], {("A", "T"): [(0, 10)], ("B", "T"): [(5, 15)]})
    assert disagreements(case, "T") == [
        (0, 5, {"A": True, "B": False}),
        (10, 15, {"A": False, "B": True}),
    ]
    assert disagreements(case, "missing theme") == []


def test_invalid_input_is_refused() -> None:
    outside = CaseCodings("c", 5, ["A", "B"], {("A", "T"): [(2, 9)]})
    with pytest.raises(ValueError, match="outside its text"):
        agreement([outside])
    stranger = CaseCodings("c", 5, ["A"], {("Z", "T"): [(0, 1)]})
    with pytest.raises(ValueError, match="not among its coders"):
        agreement([stranger])
    no_text = CaseCodings("c", 5, ["A", "B"], {})
    with pytest.raises(ValueError, match="needs its text"):
        agreement([no_text], unit="sentence")
    overlapping = CaseCodings("c", 5, ["A", "B"], {}, units=[(0, 3), (2, 5)])
    with pytest.raises(ValueError, match="not overlap"):
        agreement([overlapping], unit="segment")


def test_csv_output_reads_back() -> None:
    case = CaseCodings("c", 10, ["A", "B"], {("A", "=cmd"): [(0, 4)], ("B", "=cmd"): [(0, 2)]})
    rows = agreement([case])
    table = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert [r["scope"] for r in table] == ["theme", "overall"]
    assert table[0]["theme"] == "'=cmd"  # not evaluated as a formula by spreadsheets
    assert float(table[0]["percent"]) == pytest.approx(0.8)
    assert table[0]["coders"] == "A; B"
    assert table[0]["applied"] == "A=4; B=2"
    single = to_csv(agreement([CaseCodings("c", 3, ["A"], {("A", "T"): [(0, 1)]})]))
    assert list(csv.DictReader(io.StringIO(single)))[0]["kappa"] == ""


@pytest.mark.timing
def test_long_texts_cost_nothing_per_character() -> None:
    # 2,000 cases x 2,500 characters x 40 themes is 200 million decisions: a per-character loop
    # would take minutes; the end-point sweep takes well under a second here.
    rng = random.Random(7)
    themes = [f"T{i}" for i in range(40)]
    cases = []
    for number in range(2000):
        spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for coder in ("A", "B"):
            for _ in range(20):
                start = rng.randrange(2500)
                span = (start, min(2500, start + rng.randrange(1, 300)))
                spans.setdefault((coder, rng.choice(themes)), []).append(span)
        cases.append(CaseCodings(str(number), 2500, ["A", "B"], spans))
    began = time.perf_counter()
    rows = agreement(cases, themes)
    elapsed = time.perf_counter() - began
    assert rows[-1].units == 2000 * 2500 * 40
    assert elapsed < 5.0
