"""Every reader of outside files, fed mutated and spliced inputs (short, deterministic run).

The invariant is fuzzkit's: success, or one short sentence that quotes no interview text,
with nothing written. ``bench/fuzz_long.py`` runs the same readers for many more cases.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzzkit import HOSTILE, Lab, mutate, splice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

READERS = ["jsonl", "codebook-json", "qdc", "qdpx", "qdpx-project", "bundle",
           "bundle-payload", "key-file", "verify", "pii-scan"]
EXAMPLES = 25


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    built = Lab(tmp_path_factory.mktemp("fuzz"))
    yield built
    built.close()


ops = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 1 << 30), st.binary(max_size=8)),
               min_size=1, max_size=6)
splices = st.lists(st.tuples(st.integers(0, 1 << 30), st.integers(0, len(HOSTILE) - 1)),
                   max_size=3)


@pytest.mark.parametrize("reader", READERS)
@settings(derandomize=True, max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(seed=st.integers(0, 9), spliced=splices, mutations=ops, raw=st.booleans())
def test_every_input_ends_in_success_or_one_sentence(
        lab: Lab, reader: str, seed: int, spliced: list[tuple[int, int]],
        mutations: list[tuple[int, int, bytes]], raw: bool) -> None:
    target = lab.targets[reader]
    data = target.seeds[seed % len(target.seeds)]
    if target.structural:
        for choice, hostile in spliced:
            data = splice(data, choice, hostile)
    if raw or not target.structural:
        data = mutate(data, mutations)
    target.run(data)  # raises fuzzkit.Violation when the invariant breaks


def test_the_unmutated_seeds_are_accepted(lab: Lab, tmp_path: Path) -> None:
    """The seeds are real, valid files: the fuzzing starts from inputs that get deep."""
    for name in ("codebook-json", "qdc", "key-file", "pii-scan"):
        target = lab.targets[name]
        assert all(target.feed(seed) == "ok" for seed in target.seeds), name
    verify = lab.targets["verify"]
    assert all(verify.feed(seed) == "ok" for seed in verify.seeds)
