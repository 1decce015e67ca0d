"""Co-occurrence counted over every case at once, in arrays (a pure engine: no store, no
records).

The same counts as :func:`fieldvault.core.analysis.cooccur.cooccurrence` (the definitions
are there), computed for a whole vault without a Python object per coding: the service's
query packs each case's codings on one transcript version into one row (a :data:`Group`),
and the pairs are found with array operations over all codings together. Used to build a
view from every case; a patch of a few cases goes through the per-case engine
(:func:`~fieldvault.core.analysis.running.pair_share`) on
:func:`~fieldvault.core.analysis.running.spans_of` the same rows, and
the tests check both give the same.

Each mode is one rule on half-open intervals ``[lo, hi)`` per coding: two codings of a case
co-occur when their intervals overlap. ``overlap``: ``[start, end)``; ``near``:
``[start, end + distance + 1)`` (a gap of at most ``distance``); ``paragraph``: the
coding's paragraph numbers ``[first, last + 1)``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import numpy as np

from fieldvault.core.analysis.cooccur import Mode

if TYPE_CHECKING:
    from typing import TypeAlias

    import numpy.typing as npt

    Ints: TypeAlias = npt.NDArray[np.int64]

#: One case's codings on one transcript version, as the query packs them:
#: (case id, transcript id, codings, theme ids joined by the record separator, starts
#: joined by ",", ends joined by ","). The three lists are in one coding order.
Group = Sequence[Any]
PairKey = tuple[str, str]

_SHIFT = 32  # offsets and paragraph numbers are below 2**32


def count_pairs(groups: Sequence[Group], mode: Mode, distance: int, target: Mapping[str, str],
                record: str, breaks: Mapping[str, bytes] | None = None,
                ) -> tuple[dict[str, int], dict[PairKey, int], dict[PairKey, int]]:
    """(codings per theme, pairs per theme pair, cases per theme pair) over ``groups``
    (``target``: the theme each coded theme counts for; pairs falling on one theme are not
    counted; keys (a, b) with a < b; only pairs that occur). ``breaks``: each transcript
    version's packed paragraph breaks (core/paragraphs.py), needed by the paragraph mode."""
    if not groups:
        return {}, {}, {}
    themes = record.join([g[3] for g in groups]).split(record)
    counted = sorted({target.get(t, t) for t in set(themes)})
    position = {theme: n for n, theme in enumerate(counted)}
    number = {theme: position[target.get(theme, theme)] for theme in set(themes)}
    theme = np.fromiter(map(number.__getitem__, themes), np.int64, len(themes))
    frequencies = np.bincount(theme, minlength=len(counted)).tolist()
    lo, hi, case = _intervals(groups, mode, distance, breaks)
    first, second = _overlapping(case, lo, hi)
    a, b, in_case = theme[first], theme[second], case[first]
    kept = a != b
    a, b, in_case = a[kept], b[kept], in_case[kept]
    size = len(counted)
    key = np.minimum(a, b) * size + np.maximum(a, b)
    keys, pairs = _tally(key)
    per_case, _pairs_in_case = _tally(in_case * (size * size) + key)
    _same_keys, cases = _tally(per_case % (size * size))  # each key is in a case
    names = [(counted[k // size], counted[k % size]) for k in keys.tolist()]
    return ({name: n for name, n in zip(counted, frequencies, strict=True) if n},
            dict(zip(names, pairs.tolist(), strict=True)),
            dict(zip(names, cases.tolist(), strict=True)))


def _intervals(groups: Sequence[Group], mode: Mode, distance: int,
               breaks: Mapping[str, bytes] | None) -> tuple[Ints, Ints, Ints]:
    """Each coding's interval [lo, hi) and its case number, in the groups' coding order."""
    counts = np.fromiter(map(itemgetter(2), groups), np.int64, len(groups))
    group = np.repeat(np.arange(len(groups), dtype=np.int64), counts)
    ids = list(map(itemgetter(0), groups))
    numbers = {case: n for n, case in enumerate(dict.fromkeys(ids))}
    case = np.fromiter(map(numbers.__getitem__, ids), np.int64, len(ids))[group]
    starts = np.fromstring(",".join(map(itemgetter(4), groups)), dtype=np.int64, sep=",")
    ends = np.fromstring(",".join(map(itemgetter(5), groups)), dtype=np.int64, sep=",")
    if mode == "overlap":
        return starts, ends, case
    if mode == "near":  # no gap reaches 2**32: a longer distance is the same one
        return starts, ends + min(distance, 1 << _SHIFT) + 1, case
    if breaks is None:
        raise ValueError("the paragraph mode needs the versions' paragraph breaks")
    blobs = list(map(breaks.__getitem__, map(itemgetter(1), groups)))
    sizes = np.fromiter(map(len, blobs), np.int64, len(blobs)) // 4
    offsets = np.frombuffer(b"".join(blobs), dtype="<u4").astype(np.int64)
    before = np.concatenate(([0], np.cumsum(sizes)[:-1]))  # breaks of the earlier groups
    # every group's breaks in one ascending array: group number above the offset
    keyed = offsets + (np.repeat(np.arange(len(groups), dtype=np.int64), sizes) << _SHIFT)
    base = group << _SHIFT
    first = np.searchsorted(keyed, base + starts) - before[group]
    last = np.searchsorted(keyed, base + np.maximum(starts, ends - 1)) - before[group]
    return first, last + 1, case


def _overlapping(case: Ints, lo: Ints, hi: Ints) -> tuple[Ints, Ints]:
    """Every pair of codings of one case whose intervals overlap, each once: positions
    (first, second) into the arrays. Sorted by case then lo, the codings a coding pairs with
    come right after it while their lo is below its hi; the k-th step compares every coding
    still in a run with the one k places on."""
    order = np.lexsort((lo, case))
    case, lo, hi = case[order], lo[order], hi[order]
    total = len(case)
    firsts, seconds = [], []
    at = np.arange(max(total - 1, 0), dtype=np.int64)
    step = 1
    while at.size:
        at = at[at < total - step]
        on = at + step
        going = (case[on] == case[at]) & (lo[on] < hi[at])
        at = at[going]
        firsts.append(order[at])
        seconds.append(order[at + step])
        step += 1
    if not firsts:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def _tally(values: Ints) -> tuple[Ints, Ints]:
    """The distinct values, ascending, and how often each occurs (np.unique would load
    numpy.ma, a noticeable part of the first view's time)."""
    ordered = np.sort(values)
    if not ordered.size:
        return ordered, ordered
    first = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    return ordered[first], np.diff(np.append(first, ordered.size))
