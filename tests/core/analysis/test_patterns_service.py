"""vault.analysis on real vaults: a small vault counted by hand, then random vaults against
a brute-force count over what the public services show (cases, codings, verdicts)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations
from typing import Any

import pytest

from fieldvault.core.analysis.crosstab import MISSING
from fieldvault.core.analysis.service import Filters
from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.records.cases import CaseInput
from patternhelp import TEXT_1, TEXT_2, small

MakeVault = Callable[[str, str], Any]


@pytest.fixture
def supervised(make_vault: MakeVault) -> tuple[Any, dict[str, str]]:
    vault = make_vault("sup", "supervisor")
    return vault, small(vault)


def cells(table: Any, row: str) -> dict[str, tuple[int, int, int]]:
    return {k: (c.codings, c.cases, c.chars) for (r, k), c in table.cells.items() if r == row}


def test_crosstab_by_sector_counted_by_hand(supervised: tuple[Any, dict[str, str]]) -> None:
    vault, _ids = supervised
    table = vault.analysis.table("sector")
    assert table.columns == ("construction", "logging")
    assert table.rows == ("work", "work.wages", "work.arrears", "surveillance",
                          "surveillance.minders")
    assert cells(table, "work") == {"construction": (2, 1, 20), "logging": (1, 1, 5)}
    assert cells(table, "work.arrears") == {"construction": (1, 1, 10), "logging": (1, 1, 5)}
    assert cells(table, "surveillance") == {"construction": (1, 1, 10), "logging": (1, 1, 5)}
    construction = table.column_totals["construction"]
    assert (construction.codings, construction.cases, construction.chars) == (3, 2, 30)
    assert table.value("work", "construction", "cases", "column") == 50.0
    assert table.value("work", "logging", "cases", "column") == 100.0
    assert table.value("work", "construction", "codings", "row") == pytest.approx(200 / 3)
    assert table.value("work.arrears", "logging", "chars", "column") == 50.0
    assert (table.total.codings, table.total.cases) == (5, 3)
    assert table.labels["work.arrears"] == vault.codebook.get("work.arrears").name_en


def test_without_subthemes_top_level_and_other_columns(
        supervised: tuple[Any, dict[str, str]]) -> None:
    vault, _ids = supervised
    coded = vault.analysis.table("sector", subthemes=False)
    assert "work" not in coded.rows and cells(coded, "work.wages") == {"construction": (1, 1, 10)}
    top = vault.analysis.matrix(top_level=True)
    assert top.columns == ("A-001", "A-002", "A-003")
    assert top.rows[:4] == ("dispatch", "quota", "meeting", "work")
    assert cells(top, "work") == {"A-001": (2, 1, 20), "A-002": (1, 1, 5)}
    assert vault.analysis.table("date:year").columns == ("2015", "2016", MISSING)
    assert vault.analysis.table("date:month").columns == ("2015-03", "2016-05", MISSING)
    arrival = vault.analysis.table("year_of_arrival")
    assert arrival.columns == ("2013", "2014", MISSING)
    assert arrival.column_totals[MISSING].cases == 1
    assert vault.analysis.table("interviewer").columns == ("Park", "Seo")


def test_filters_coder_verdict_status_and_attribute(
        supervised: tuple[Any, dict[str, str]]) -> None:
    vault, ids = supervised
    assert cells(vault.analysis.table("sector", Filters(coders=("c2",))), "work") == {
        "construction": (1, 1, 10)}
    vault.review.set_verdict(ids["arrears2"], "invalid")
    vault.review.set_verdict(ids["wages1"], "valid")
    kept = vault.analysis.table("sector", Filters(verdicts=("valid", "unreviewed")))
    assert cells(kept, "work") == {"construction": (2, 1, 20)}
    assert cells(vault.analysis.table("sector", Filters(verdicts=("valid",))), "work") == {
        "construction": (1, 1, 10)}
    vault.cases.update("A-002", status="submitted")
    submitted = vault.analysis.table("sector", Filters(statuses=("submitted",)))
    assert submitted.columns == ("logging",) and submitted.total.cases == 1
    where = vault.analysis.table("case", Filters(where=(("year_of_arrival", "2013"),)))
    assert where.columns == ("A-001",)
    built = vault.analysis.table("case", Filters(where=(("sector", "construction"),)))
    assert built.columns == ("A-001", "A-003")


def test_cooccurrence_counted_by_hand(supervised: tuple[Any, dict[str, str]]) -> None:
    vault, _ids = supervised

    def pairs(table: Any) -> dict[tuple[str, str], tuple[int, int]]:
        return {k: (p.pairs, p.cases) for k, p in table.counts.items()}

    overlap = vault.analysis.cooccur()
    assert pairs(overlap) == {("surveillance.minders", "work.arrears"): (1, 1),
                              ("work.arrears", "work.wages"): (1, 1)}
    assert overlap.pair("work.arrears", "surveillance.minders").c == pytest.approx(1 / 3)
    assert pairs(vault.analysis.cooccur(mode="paragraph")) == pairs(overlap)
    assert pairs(vault.analysis.cooccur(mode="near", distance=15)) == {
        **pairs(overlap), ("surveillance.minders", "work.wages"): (1, 1)}
    assert pairs(vault.analysis.cooccur(mode="near", distance=14)) == pairs(overlap)
    top = vault.analysis.cooccur(top_level=True)
    assert pairs(top) == {("surveillance", "work"): (1, 1)}
    assert top.pair("work", "surveillance").c == pytest.approx(1 / (2 + 3 - 1))


def test_near_query_and_cell_passages(supervised: tuple[Any, dict[str, str]]) -> None:
    vault, ids = supervised
    logging = Filters(where=(("sector", "logging"),))
    (passage,) = vault.analysis.near("work", "surveillance", logging, mode="overlap")
    assert (passage.case_code, passage.start, passage.end) == ("A-002", 0, 8)
    assert passage.text == TEXT_2[0:8] and passage.after == TEXT_2[8:]
    assert passage.coding_id == f"{ids['arrears2']}+{ids['minders2']}"
    near = vault.analysis.near("work", "surveillance", mode="near", distance=15)
    assert [(p.case_code, p.start, p.end) for p in near] == [("A-001", 5, 40), ("A-002", 0, 8)]
    found = vault.analysis.cell_passages("sector", "work", "construction")
    assert [(p.coding_id, p.text) for p in found] == [(ids["arrears1"], TEXT_1[0:10]),
                                                      (ids["wages1"], TEXT_1[5:15])]
    assert vault.analysis.cell_passages("sector", "work", "logging",
                                        Filters(coders=("c2",))) == []
    missing = vault.analysis.cell_passages("year_of_arrival", "work", MISSING)
    assert missing == []  # A-003 has no year and no coding


def test_bad_input_is_one_sentence(supervised: tuple[Any, dict[str, str]]) -> None:
    vault, _ids = supervised
    with pytest.raises(InputError, match="No case has the attribute 'colour'"):
        vault.analysis.table("colour")
    with pytest.raises(InputError, match="verdict filter"):
        vault.analysis.table("case", Filters(verdicts=("maybe",)))
    with pytest.raises(InputError, match="status filter"):
        vault.analysis.cooccur(Filters(statuses=("lost",)))
    with pytest.raises(InputError, match="co-occurrence mode"):
        vault.analysis.cooccur(mode="sideways")
    with pytest.raises(NotFound):
        vault.analysis.near("work", "no.such.theme")


def test_a_blind_coder_counts_only_their_own_codings(make_vault: MakeVault) -> None:
    vault = make_vault("c1", "coder")
    small(vault)
    table = vault.analysis.table("case")
    assert table.total.codings == 4  # c2's coding of work.wages is not theirs
    assert "work.wages" not in table.rows
    assert vault.analysis.cell_passages("case", "work.wages", "A-001") == []


# --- random vaults against brute force over the public services ----------------------------


def random_vault(vault: Any, seed: int) -> None:
    rng = random.Random(seed)
    themes = [n.theme.id for n in vault.codebook.tree()][:12]
    for number in range(rng.randint(4, 7)):
        text = "\n".join("x" * rng.randint(5, 40) for _ in range(rng.randint(1, 4)))
        attrs = {"sector": rng.choice(["a", "b"])} if rng.random() < 0.8 else {}
        code = f"R-{number:03d}"
        vault.cases.create(CaseInput(title=code, transcript=text, languages=["en"],
                                     interview_date=rng.choice([None, "2014-01-02",
                                                                "2015-07-08"]),
                                     interviewer=rng.choice(["I1", "I2"]), attributes=attrs,
                                     code=code))
        for _ in range(rng.randint(0, 6)):
            start = rng.randrange(len(text))
            coding = vault.codings.add(code, rng.choice(themes), start,
                                       rng.randint(start + 1, len(text)),
                                       coder=rng.choice(["c1", "c2"]))
            if rng.random() < 0.4:
                vault.review.set_verdict(coding.id, rng.choice(["valid", "invalid"]))
        if rng.random() < 0.3:
            vault.cases.update(code, status="approved")


def everything(vault: Any) -> list[dict[str, Any]]:
    """Every placed coding with what the filters look at, through the public services."""
    parents = {n.theme.id: n.theme.parent_id for n in vault.codebook.tree()}
    out = []
    for summary in vault.cases.summaries():
        verdicts = {v.coding_id: v.verdict for v in vault.review.verdicts(summary.code)}
        text = vault.transcripts.current(summary.code).text
        for coding in vault.codings.for_case(summary.code, include_unplaced=False):
            chain, theme = [], coding.theme_id
            while theme is not None:
                chain.append(theme)
                theme = parents[theme]
            out.append({"case": summary.code, "sector": summary.attributes.get("sector"),
                        "status": summary.status, "coder": coding.coder, "text": text,
                        "verdict": verdicts.get(coding.id, "unreviewed"), "chain": chain,
                        "theme": coding.theme_id, "start": coding.start, "end": coding.end})
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_vaults_match_brute_force(make_vault: MakeVault, seed: int) -> None:
    vault = make_vault("sup", "supervisor")
    random_vault(vault, seed)
    filters = Filters(verdicts=("valid", "unreviewed"), coders=("c1",) if seed == 2 else ())
    rows = [r for r in everything(vault) if r["verdict"] != "invalid"
            and (seed != 2 or r["coder"] == "c1")]
    for column, by in (("sector", "sector"), ("case", "case")):  # GROUP BY key; by case
        table = vault.analysis.table(by, filters)
        expected: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        seen: set[tuple[str, str, str]] = set()
        for r in rows:
            for theme in r["chain"]:
                cell = expected[theme, r[column] or MISSING]
                cell[0] += 1
                cell[2] += r["end"] - r["start"]
                if (theme, r[column], r["case"]) not in seen:
                    seen.add((theme, r[column], r["case"]))
                    cell[1] += 1
        assert {k: [c.codings, c.cases, c.chars] for k, c in table.cells.items()} == dict(
            expected)
        assert table.total.codings == len(rows)
    for mode, distance in (("overlap", 0), ("near", 7), ("paragraph", 0)):
        got = vault.analysis.cooccur(filters, mode=mode, distance=distance)
        brute: dict[tuple[str, str], int] = defaultdict(int)
        for x, y in combinations(rows, 2):
            if x["case"] != y["case"] or x["theme"] == y["theme"]:
                continue
            text = x["text"]
            lines_x = {text[:i].count("\n") for i in range(x["start"], x["end"])}
            lines_y = {text[:i].count("\n") for i in range(y["start"], y["end"])}
            gap = max(x["start"], y["start"]) - min(x["end"], y["end"])
            hit = {"overlap": gap < 0, "near": gap <= distance,
                   "paragraph": bool(lines_x & lines_y)}[mode]
            if hit:
                brute[tuple(sorted((x["theme"], y["theme"])))] += 1  # type: ignore[index]
        assert {k: p.pairs for k, p in got.counts.items()} == dict(brute), mode
