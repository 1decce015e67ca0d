"""The shipped codebook, schemas and demo records, read from the real files in the repository."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from fieldvault.core.demo import DEMO_OWNER, DEMO_SECOND_CODER
from fieldvault.core.records import seeds
from fieldvault.core.records.seeds import SeedError

# One theme per kind of fact the brief asks the codebook to cover, with its top-level group.
REQUIRED_GROUPS = {
    "dispatch",
    "quota",
    "meeting",
    "work",
    "surveillance",
    "flight_conflict",
    "living",
    "return",
    "agency",
}
REQUIRED_THEMES = {
    "dispatch.bribes",
    "dispatch.initial_debt",
    "dispatch.legal_status",
    "dispatch.legal_status.visa_quota",
    "dispatch.legal_status.registration_tax",
    "dispatch.legal_status.illegal_work",
    "quota.planned",
    "quota.bundled_fees",
    "meeting.quota_review",
    "meeting.party_life",
    "meeting.mutual_criticism",
    "work.wages",
    "work.arrears",
    "work.gang_collection",
    "work.contract",
    "work.side_jobs",
    "work.interpreters",
    "work.brokers",
    "surveillance.group_movement",
    "surveillance.phone_inspection",
    "surveillance.minders",
    "surveillance.banned_contact",
    "flight_conflict.rabbits",
    "flight_conflict.coyotes",
    "flight_conflict.violence",
    "living.quarters",
    "living.sleeping_on_site",
    "living.carbon_monoxide",
    "living.hours",
    "living.health",
    "living.alcohol_gambling",
    "return.cash_limits",
    "return.couriers",
    "return.jaesosaeng",
    "return.jaetang",
    "return.bought_titles",
    "return.family_separation",
    "agency.voluntariness",
    "agency.coercion",
    "agency.outside_world",
}
HANGUL = re.compile(r"[\uac00-\ud7a3]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")
SCRIPT_OF = {"en": LATIN, "ko": HANGUL, "ru": CYRILLIC}


@pytest.fixture(scope="module")
def codebook() -> dict[str, Any]:
    return seeds.load_codebook()


@pytest.fixture(scope="module")
def themes(codebook: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {theme["id"]: theme for theme in codebook["themes"]}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return seeds.demo_records()


def root_of(theme_id: str, themes: dict[str, dict[str, Any]]) -> str:
    while themes[theme_id]["parent"] is not None:
        theme_id = themes[theme_id]["parent"]
    return theme_id


def write_codebook(tmp_path: Path, book: dict[str, Any]) -> Path:
    path = tmp_path / "codebook.json"
    path.write_text(json.dumps(book, ensure_ascii=False), encoding="utf-8")
    return path


# ---------------------------------------------------------------- paths and schemas


def test_paths_point_at_the_package_data() -> None:
    assert seeds.CODEBOOK_PATH.is_file()
    assert seeds.DEMO_PATH.is_file()
    assert (seeds.SCHEMAS_DIR / "record.schema.json").is_file()
    assert (seeds.SCHEMAS_DIR / "codebook.schema.json").is_file()


@pytest.mark.parametrize("name", ["record", "codebook", "record.schema.json"])
def test_load_schema_returns_a_draft_2020_12_schema(name: str) -> None:
    schema = seeds.load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_load_schema_refuses_missing_and_escaping_names() -> None:
    with pytest.raises(SeedError, match="does not exist"):
        seeds.load_schema("nonexistent")
    with pytest.raises(SeedError, match="outside the schemas folder"):
        seeds.load_schema("../codebook.json")


# ---------------------------------------------------------------- codebook content


def test_codebook_validates_and_has_enough_themes(codebook: dict[str, Any]) -> None:
    assert codebook["version"] == 1
    assert len(codebook["themes"]) >= 30


def test_groups_are_the_required_ones_and_all_have_children(
    themes: dict[str, dict[str, Any]],
) -> None:
    groups = {tid for tid, theme in themes.items() if theme["parent"] is None}
    assert groups == REQUIRED_GROUPS
    assert 6 <= len(groups) <= 9
    parents = {theme["parent"] for theme in themes.values()}
    assert groups <= parents


def test_required_themes_present(themes: dict[str, dict[str, Any]]) -> None:
    assert REQUIRED_THEMES - themes.keys() == set()


def test_child_ids_extend_their_parent_id(themes: dict[str, dict[str, Any]]) -> None:
    for tid, theme in themes.items():
        if theme["parent"] is not None:
            assert tid.startswith(theme["parent"] + "."), tid


def test_every_theme_has_three_real_names_and_full_texts(
    themes: dict[str, dict[str, Any]],
) -> None:
    for tid, theme in themes.items():
        names = theme["name"]
        assert LATIN.search(names["en"]), tid
        assert HANGUL.search(names["ko"]), tid
        assert CYRILLIC.search(names["ru"]), tid
        for field in ("definition", "include", "exclude", "example"):
            assert len(theme[field].split()) >= 3, (tid, field)
        assert theme["refs"], tid


def test_exclusions_point_at_other_existing_themes(themes: dict[str, dict[str, Any]]) -> None:
    group_pattern = "|".join(sorted(REQUIRED_GROUPS))
    mention = re.compile(rf"\b(?:{group_pattern})(?:\.[a-z][a-z0-9_]*)*\b")
    for tid, theme in themes.items():
        mentioned = set(mention.findall(theme["exclude"])) - {tid}
        assert mentioned, f"{tid} exclude names no other theme"
        assert mentioned <= themes.keys(), (tid, mentioned - themes.keys())


def test_group_colours_are_distinct_and_children_share_them(
    themes: dict[str, dict[str, Any]],
) -> None:
    colours = {tid: themes[tid]["color"].lower() for tid in REQUIRED_GROUPS}
    assert len(set(colours.values())) == len(colours)
    for tid, theme in themes.items():
        assert theme["color"].lower() == colours[root_of(tid, themes)], tid


def contrast_with_black(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05) / 0.05


def test_group_colours_keep_black_text_readable(themes: dict[str, dict[str, Any]]) -> None:
    for tid in REQUIRED_GROUPS:
        assert contrast_with_black(themes[tid]["color"]) >= 12, tid


# ---------------------------------------------------------------- codebook errors


def test_duplicate_id_raises(tmp_path: Path, codebook: dict[str, Any]) -> None:
    book = copy.deepcopy(codebook)
    book["themes"].append(copy.deepcopy(book["themes"][3]))
    with pytest.raises(SeedError, match="more than once"):
        seeds.load_codebook(write_codebook(tmp_path, book))


def test_missing_parent_raises(tmp_path: Path, codebook: dict[str, Any]) -> None:
    book = copy.deepcopy(codebook)
    book["themes"][5]["parent"] = "nowhere"
    with pytest.raises(SeedError, match="'nowhere' that does not exist"):
        seeds.load_codebook(write_codebook(tmp_path, book))


def test_parent_cycle_raises(tmp_path: Path, codebook: dict[str, Any]) -> None:
    book = copy.deepcopy(codebook)
    by_id = {theme["id"]: theme for theme in book["themes"]}
    by_id["quota"]["parent"] = "quota.planned"
    with pytest.raises(SeedError, match="cycle"):
        seeds.load_codebook(write_codebook(tmp_path, book))


def test_schema_violation_names_the_json_path(tmp_path: Path, codebook: dict[str, Any]) -> None:
    book = copy.deepcopy(codebook)
    book["themes"][2]["color"] = "red"
    with pytest.raises(SeedError, match=re.escape("$.themes[2].color")):
        seeds.load_codebook(write_codebook(tmp_path, book))


def test_broken_json_and_missing_file_raise(tmp_path: Path) -> None:
    path = tmp_path / "codebook.json"
    path.write_text('{"themes": [', encoding="utf-8")
    with pytest.raises(SeedError, match="not valid JSON"):
        seeds.load_codebook(path)
    with pytest.raises(SeedError, match="does not exist"):
        seeds.load_codebook(tmp_path / "absent.json")


# ---------------------------------------------------------------- record schema


def minimal_record() -> dict[str, Any]:
    return {
        "title": "t",
        "languages": ["en"],
        "interview_date": "2015-02-28",
        "interviewer": "x",
        "attributes": {"year_of_arrival": 2012, "status": "worker", "paid": True, "x": 1.5},
        "transcript": "Q: a\nA: b",
        "codings": [{"theme": "quota.planned", "start": 0, "end": 4}],
    }


def test_minimal_record_is_valid() -> None:
    seeds.validate(minimal_record(), "record")


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"interview_date": "2015-02-30"}, "$.interview_date"),
        ({"interview_date": "15-02-2015"}, "$.interview_date"),
        ({"languages": ["en", "en"]}, "$.languages"),
        ({"languages": []}, "$.languages"),
        ({"languages": ["de"]}, "$.languages[0]"),
        ({"case_code": "pk-1"}, "$.case_code"),
        ({"attributes": {"list": [1]}}, "$.attributes.list"),
        ({"transcript": "   "}, "$.transcript"),
        ({"codings": [{"theme": "t", "start": -1, "end": 3}]}, "$.codings[0].start"),
        ({"codings": [{"theme": "t", "start": 0, "end": 3, "x": 1}]}, "$.codings[0]"),
        ({"people": [{"role": "spy", "name": "n", "variants": []}]}, "$.people[0].role"),
        ({"extra": 1}, "$"),
    ],
)
def test_invalid_records_name_the_path(change: dict[str, Any], path: str) -> None:
    record = minimal_record() | change
    with pytest.raises(SeedError, match=re.escape(f"at {path}:")):
        seeds.validate(record, "record")


def test_demo_loader_reports_line_of_bad_offsets(tmp_path: Path) -> None:
    record = minimal_record()
    record["codings"] = [{"theme": "quota.planned", "start": 2, "end": 99}]
    path = tmp_path / "bad.jsonl"
    good = json.dumps(minimal_record())
    path.write_text(good + "\n\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(SeedError, match="bad.jsonl line 3 coding 0 spans 2-99"):
        seeds.demo_records(path)


# ---------------------------------------------------------------- demo records


def test_demo_has_fourteen_records_with_the_language_mix(records: list[dict[str, Any]]) -> None:
    mix = Counter("+".join(r["languages"]) for r in records)
    assert mix == {"en": 5, "ko": 4, "ru": 3, "ko+ru": 1, "en+ko": 1}
    assert len({r["case_code"] for r in records}) == 14


def test_demo_transcripts_are_marked_fiction_and_sized(records: list[dict[str, Any]]) -> None:
    for record in records:
        transcript = record["transcript"]
        first_line = transcript.splitlines()[0]
        assert first_line.startswith(seeds.FICTION_MARKERS), record["case_code"]
        assert 1500 <= len(transcript) <= 3000, record["case_code"]
        for language in record["languages"]:
            assert SCRIPT_OF[language].search(transcript[len(first_line) :]), language


def test_demo_attributes_are_complete(records: list[dict[str, Any]]) -> None:
    statuses = {"worker", "returnee", "runaway", "broker", "manager", "official"}
    for record in records:
        attributes = record["attributes"]
        assert attributes["status"] in statuses
        assert isinstance(attributes["year_of_arrival"], int)
        assert attributes["sector"] and attributes["employer_type"]


def test_demo_codings_cover_real_non_blank_text(
    records: list[dict[str, Any]], themes: dict[str, dict[str, Any]]
) -> None:
    for record in records:
        transcript = record["transcript"]
        owners = [c for c in record["codings"] if c["coder"] == DEMO_OWNER]
        assert 3 <= len(owners) <= 8
        for coding in record["codings"]:
            assert coding["theme"] in themes
            assert 0 <= coding["start"] < coding["end"] <= len(transcript)
            covered = transcript[coding["start"] : coding["end"]]
            assert covered.strip() == covered and covered, coding


def test_demo_codings_reach_every_group_and_both_coders(
    records: list[dict[str, Any]], themes: dict[str, dict[str, Any]]
) -> None:
    codings = [c for r in records for c in r["codings"]]
    assert {root_of(c["theme"], themes) for c in codings} == REQUIRED_GROUPS
    assert {c["coder"] for c in codings} == {DEMO_OWNER, DEMO_SECOND_CODER}


def test_demo_people_and_memos(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert 1 <= len(record["memos"]) <= 2
        assert record["people"], record["case_code"]
        for person in record["people"]:
            forms = [person["name"], *person["variants"]]
            assert any(form in record["transcript"] for form in forms), person["name"]


def load_build_script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    path = Path(__file__).parents[3] / "seeds" / "demo" / "build_demo.py"
    spec = importlib.util.spec_from_file_location("fieldvault_build_demo", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_demo_file_is_exactly_what_the_build_script_produces(
    monkeypatch: pytest.MonkeyPatch, records: list[dict[str, Any]]
) -> None:
    build = load_build_script(monkeypatch)
    assert build.build_records() == records


def test_build_script_refuses_ambiguous_or_absent_phrases(monkeypatch: pytest.MonkeyPatch) -> None:
    build = load_build_script(monkeypatch)
    with pytest.raises(ValueError, match="2 times"):
        build.locate("a plan and a plan", "plan")
    with pytest.raises(ValueError, match="0 times"):
        build.locate("a plan", "quota")
    assert build.locate("계획분을 냈다", "계획분") == (0, 3)
