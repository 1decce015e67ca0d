"""Quality floors: recall and precision per category on the hand-written passages and on a
seeded held-out generated set. Floors sit just under what the detector reaches today
(bench/pii_eval.py prints the figures) so a regression fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvault.core.privacy import Detector
from pii_corpus import generate
from pii_eval import Report, evaluate, generated_docs, hand_docs

HAND = Path(__file__).with_name("labelled.jsonl")


Doc = tuple[str, str, str, list[tuple[int, int, str]]]


def _report(detector: Detector, docs: list[Doc]) -> Report:
    return evaluate(docs, lambda _id: detector)


def _recall(rep: Report, category: str) -> float:
    value = rep.by_category[category].recall()
    assert value is not None
    return value


def test_hand_set_is_well_formed() -> None:
    rows = [json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 30
    assert {r["lang"] for r in rows} == {"en", "ko", "ru", "mixed"}
    for r in rows:
        assert r["set"] in ("dev", "blind", "dev2", "blind2", "blind3")
        for start, end, category in r["spans"]:
            assert 0 <= start < end <= len(r["text"]) and category.isupper()


DEV_FLOORS = {
    "PERSON": 0.98,
    "ORG": 0.95,
    "LOCATION": 0.98,
    "PHONE": 0.98,
    "ID": 0.98,
    "DOB": 0.98,
    "EMAIL": 0.98,
    "ADDRESS": 0.98,
}
BLIND_FLOORS = {
    "PERSON": 0.85,
    "ORG": 0.95,
    "LOCATION": 0.98,
    "PHONE": 0.98,
    "ID": 0.95,
    "DOB": 0.95,
    "EMAIL": 0.95,
    "ADDRESS": 0.95,
}
GENERATED_FLOORS = {
    "PERSON": 0.98,
    "ORG": 0.97,
    "LOCATION": 0.98,
    "PHONE": 0.98,
    "ID": 0.98,
    "DOB": 0.98,
    "EMAIL": 0.98,
    "ADDRESS": 0.98,
}


# Issue 10 targets on the held-out parts written for it: full-span recall >= 0.98 overall
# and for PERSON, ID, PHONE and ADDRESS, precision >= 0.92. blind2 was scored once with the
# rules frozen (LOCATION 0.906, overall 0.966); these floors hold after the fixes made
# since, so blind2 is no longer blind; blind3 was scored once the same way (overall 0.910,
# PERSON 0.889, ADDRESS 0.875) before the fixes it led to (see bench/pii_eval_issue10.md).
ISSUE10_FLOORS = {"PERSON": 0.98, "ID": 0.98, "PHONE": 0.98, "ADDRESS": 0.98}


@pytest.mark.parametrize("subset", ["dev2", "blind2", "blind3"])
def test_issue10_targets(detector: Detector, subset: str) -> None:
    rep = _report(detector, hand_docs(HAND, subset))
    for category, floor in ISSUE10_FLOORS.items():
        assert _recall(rep, category) >= floor, category
    total = rep.total()
    recall, precision = total.recall(), total.precision()
    assert recall is not None and recall >= 0.98
    assert precision is not None and precision >= 0.92
    for script in ("Hangul", "Cyrillic", "Latin"):
        script_recall = rep.by_span_script[script].recall()
        assert script_recall is not None and script_recall >= 0.95, script


@pytest.mark.parametrize(("subset", "floors"), [("dev", DEV_FLOORS), ("blind", BLIND_FLOORS)])
def test_hand_set_floors(detector: Detector, subset: str, floors: dict[str, float]) -> None:
    rep = _report(detector, hand_docs(HAND, subset))
    for category, floor in floors.items():
        assert _recall(rep, category) >= floor, category
    precision = rep.total().precision()
    assert precision is not None and precision >= 0.95


def test_generated_held_out_floors(detector: Detector) -> None:
    rep = _report(detector, generated_docs(generate(4242, 120, "heldout")))
    for category, floor in GENERATED_FLOORS.items():
        assert _recall(rep, category) >= floor, category
    for category, tally in rep.by_category.items():
        precision = tally.precision()
        assert precision is not None and precision >= 0.97, category
    for script, tally in rep.by_script.items():
        recall = tally.recall()
        assert recall is not None and recall >= 0.97, script


def test_recall_drops_without_recognisers() -> None:
    """The floors above depend on the recognisers: patterns alone find far fewer names."""
    rep = _report(Detector(use_ner=False), generated_docs(generate(4242, 40, "heldout")))
    assert _recall(rep, "PERSON") < 0.2
    assert _recall(rep, "PHONE") >= 0.98
