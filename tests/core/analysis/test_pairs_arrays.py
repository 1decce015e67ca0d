"""Co-occurrence counted in arrays over every case (core/analysis/pairs.py, through
PairSums.from_groups) against a brute force over every pair of codings, and its packed
shares patched like the per-case engine's."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvault.core.analysis.cooccur import Mode
from fieldvault.core.analysis.running import RECORD, PairSums, pair_share, spans_of
from fieldvault.core.paragraphs import LINE_BREAKS, packed_breaks

DETERMINISTIC = settings(max_examples=200, derandomize=True, deadline=None)
THEMES = ["a", "a.x", "b", "b.w", "c"]
ROLLUP = {"a.x": "a", "b.w": "b"}

#: (case, version, theme, start, end)
Coding = tuple[str, str, str, int, int]


@st.composite
def vaults(draw: st.DrawFn) -> tuple[dict[str, str], list[Coding]]:
    """Texts by version id and codings on them; a case may have codings on two versions."""
    texts: dict[str, str] = {}
    codings: list[Coding] = []
    for case in range(draw(st.integers(0, 4))):
        for version in range(draw(st.integers(1, 2))):
            text = draw(st.text(alphabet="ab " + LINE_BREAKS, min_size=1, max_size=50))
            name = f"C{case}v{version}"
            texts[name] = text
            for _ in range(draw(st.integers(0, 6))):
                start = draw(st.integers(0, len(text) - 1))
                end = draw(st.integers(start + 1, len(text)))
                codings.append((f"C{case}", name, draw(st.sampled_from(THEMES)), start, end))
    return texts, codings


def groups(codings: list[Coding]) -> list[tuple[object, ...]]:
    """The rows the service's query gives: per case and version, the packed codings."""
    by: dict[tuple[str, str], list[Coding]] = defaultdict(list)
    for coding in codings:
        by[coding[0], coding[1]].append(coding)
    return [(case, version, len(mine), RECORD.join(c[2] for c in mine),
             ",".join(str(c[3]) for c in mine), ",".join(str(c[4]) for c in mine))
            for (case, version), mine in by.items()]


def stored(texts: dict[str, str], mode: Mode) -> dict[str, bytes] | None:
    """The versions' packed breaks, as the vault keeps them (the paragraph mode's)."""
    return {v: packed_breaks(text) for v, text in texts.items()} if mode == "paragraph" else None


def paragraphs(text: str, start: int, end: int) -> set[int]:
    """Brute force: the paragraph number of every character of the coding."""
    return {sum(text[:i].count(b) for b in LINE_BREAKS) for i in range(start, end)}


def together(x: Coding, y: Coding, mode: str, distance: int, texts: dict[str, str]) -> bool:
    if mode == "overlap":
        return bool(set(range(x[3], x[4])) & set(range(y[3], y[4])))
    if mode == "near":
        return max(x[3], y[3]) - min(x[4], y[4]) <= distance
    # paragraph numbers of each coding's own version (as the engine compares them)
    return bool(paragraphs(texts[x[1]], x[3], x[4]) & paragraphs(texts[y[1]], y[3], y[4]))


MODES = st.sampled_from(["overlap", "near", "paragraph"])


@DETERMINISTIC
@given(vaults(), MODES, st.integers(0, 12), st.booleans())
def test_array_counts_match_every_pair(data: tuple[dict[str, str], list[Coding]], mode: Mode,
                                       distance: int, roll: bool) -> None:
    texts, codings = data
    rollup = ROLLUP if roll else {}
    sums = PairSums.from_groups(mode, distance, groups(codings), rollup, RECORD,
                                stored(texts, mode))
    table = sums.table()

    def top(theme: str) -> str:
        return rollup.get(theme, theme)

    pairs: dict[tuple[str, str], int] = defaultdict(int)
    cases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for x, y in combinations(codings, 2):
        if x[0] == y[0] and top(x[2]) != top(y[2]) and together(x, y, mode, distance, texts):
            key = (min(top(x[2]), top(y[2])), max(top(x[2]), top(y[2])))
            pairs[key] += 1
            cases[key].add(x[0])
    assert {k: (p.pairs, p.cases) for k, p in table.counts.items()} == {
        k: (n, len(cases[k])) for k, n in pairs.items()}
    frequencies: dict[str, int] = defaultdict(int)
    for coding in codings:
        frequencies[top(coding[2])] += 1
    assert dict(table.frequencies) == dict(frequencies)
    for (a, b), count in table.counts.items():
        n12, denominator = count.pairs, frequencies[a] + frequencies[b] - count.pairs
        assert count.c == (n12 / denominator if denominator > 0 else None)


@DETERMINISTIC
@given(vaults(), vaults(), MODES, st.integers(0, 12), st.booleans())
def test_packed_shares_patch_like_the_per_case_engine(
        before: tuple[dict[str, str], list[Coding]], after: tuple[dict[str, str], list[Coding]],
        mode: Mode, distance: int, roll: bool) -> None:
    """Sums built in arrays, then every case patched to another vault's codings, equal the
    sums built in arrays from that vault; each kept share equals the per-case engine's."""
    rollup = ROLLUP if roll else {}
    old_rows, new_rows = groups(before[1]), groups(after[1])
    old_breaks, new_breaks = stored(before[0], mode), stored(after[0], mode)
    built = PairSums.from_groups(mode, distance, old_rows, rollup, RECORD, old_breaks)
    for case in built.shares:
        mine = spans_of([g for g in old_rows if g[0] == case], RECORD, old_breaks)
        assert built.share(case) == pair_share(mine, mode, distance, rollup)
    new = {}
    for case in {g[0] for g in new_rows}:
        spans = spans_of([g for g in new_rows if g[0] == case], RECORD, new_breaks)
        new[case] = pair_share(spans, mode, distance, rollup)
    patched = built.patch({case: new.get(case) for case in set(built.shares) | set(new)})
    fresh = PairSums.from_groups(mode, distance, new_rows, rollup, RECORD, new_breaks)
    assert patched.table() == fresh.table()
    assert {c: patched.share(c) for c in patched.shares} == {
        c: fresh.share(c) for c in fresh.shares}


def test_no_codings_make_an_empty_table() -> None:
    table = PairSums.from_groups("paragraph", 0, [], {}, RECORD, {}).table()
    assert (table.themes, dict(table.counts)) == ((), {})


def test_a_distance_past_any_gap_counts_every_pair_of_a_case() -> None:
    rows = groups([("C0", "v", "a", 0, 2), ("C0", "v", "b", 4_000_000, 4_000_010),
                   ("C1", "w", "a", 5, 6)])
    for distance in (4_000_000, 10**30):
        table = PairSums.from_groups("near", distance, rows, {}, RECORD).table()
        assert {k: (p.pairs, p.cases) for k, p in table.counts.items()} == {("a", "b"): (1, 1)}
    assert not PairSums.from_groups("near", 3_999_997, rows, {}, RECORD).table().counts
