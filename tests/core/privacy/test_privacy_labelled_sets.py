"""The labelled passages are well formed: offsets inside the text, known categories, span
edges on the span's own characters, and labelled.jsonl in step with the marked sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvault.core.privacy import CATEGORIES
from pii_markup import MARKED, marked_rows, parse_text

HAND = Path(__file__).with_name("labelled.jsonl")
SETS = ("dev", "blind", "dev2", "blind2", "blind3")


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines()]


def test_every_label_is_valid() -> None:
    for row in _rows():
        text = str(row["text"])
        assert row["set"] in SETS and row["lang"] in ("en", "ko", "ru", "mixed"), row["id"]
        spans = row["spans"]
        assert isinstance(spans, list)
        for start, end, category in spans:
            assert 0 <= start < end <= len(text), row["id"]
            assert category in CATEGORIES, (row["id"], category)
            assert text[start:end] == text[start:end].strip(), (row["id"], start)


def test_ids_are_unique() -> None:
    ids = [row["id"] for row in _rows()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", ["dev2", "blind2", "blind3"])
def test_new_parts_are_large_and_cover_every_language(name: str) -> None:
    rows = [r for r in _rows() if r["set"] == name]
    assert len(rows) >= 40
    assert {r["lang"] for r in rows} == {"en", "ko", "ru", "mixed"}
    labelled = {c for r in rows for _s, _e, c in r["spans"]}  # type: ignore[attr-defined]
    assert {"PERSON", "ID", "PHONE", "ADDRESS", "LOCATION"} <= labelled


def test_labelled_file_matches_the_marked_sources() -> None:
    stored = {r["id"]: r for r in _rows()}
    for row in marked_rows():
        assert stored[row["id"]] == row, row["id"]
    assert {p.stem for p in MARKED.glob("*.txt")} == {"dev2", "blind2", "blind3"}


def test_markup_offsets_are_code_points() -> None:
    text, spans = parse_text("박 ⟦김은이|PERSON⟧가 😀 ⟦Artyom|LOCATION⟧.")
    assert [text[s:e] for s, e, _c in spans] == ["김은이", "Artyom"]  # type: ignore[misc]
    with pytest.raises(ValueError):
        parse_text("⟦broken|PERSON")
