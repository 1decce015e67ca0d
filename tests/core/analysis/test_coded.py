"""Coded segments: the filters of Retrieve, context, and export to CSV, .docx and .odt with
the redacted PDF's withholding (files read back with independent readers)."""

from __future__ import annotations

import csv
import json
import re
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

from demovault import build_demo, open_copy
from fieldvault.core.analysis.coded import (
    coded_segments,
    context_bounds,
    filter_choices,
    from_passages,
)
from fieldvault.core.analysis.service import Filters
from fieldvault.core.errors import InputError
from fieldvault.core.export.segments import export_segments
from fieldvault.core.records import seeds
from fieldvault.core.vault import Vault

PHONE = "+7 914 702-18-43"  # in PK-001, next to a coded passage
TOKEN = re.compile(r"\[R\d+ · [A-Z]+(?: [A-Z]-\d+)?\]")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Vault]:
    vault = open_copy(demo_template, tmp_path / "demo.fieldvault")
    yield vault
    vault.lock()


def test_filters_by_theme_coder_verdict_and_attribute(demo: Vault) -> None:
    every = coded_segments(demo)
    assert len(every) == sum(c.codings for c in demo.cases.summaries())
    choices = filter_choices(demo)
    assert "Artyom" in choices.attributes["city"] and len(choices.coders) == 2
    records = [json.loads(line) for line in seeds.DEMO_PATH.read_text("utf-8").splitlines()]
    artyom = {r["case_code"] for r in records if r["attributes"].get("city") == "Artyom"}
    in_artyom = coded_segments(demo, filters=Filters(where=(("city", "Artyom"),)))
    assert in_artyom and {s.case_code for s in in_artyom} == artyom
    assert len(in_artyom) == sum(1 for s in every if s.case_code in artyom)
    second = choices.coders[0]
    theirs = coded_segments(demo, filters=Filters(coders=(second,)))
    assert theirs and {s.coder for s in theirs} == {second}
    assert len(theirs) == sum(1 for s in every if s.coder == second)
    quota = coded_segments(demo, ["quota"])
    assert quota and all(s.theme_id.startswith("quota") for s in quota)
    assert len(coded_segments(demo, ["quota"], subthemes=False)) < len(quota)
    demo.members.update_self(role="supervisor")
    demo.review.set_verdict(every[0].coding_id, "valid")
    demo.review.set_verdict(every[1].coding_id, "invalid")
    valid = coded_segments(demo, filters=Filters(verdicts=("valid",)))
    assert [(s.coding_id, s.verdict) for s in valid] == [(every[0].coding_id, "valid")]
    unreviewed = coded_segments(demo, filters=Filters(verdicts=("unreviewed",)))
    assert len(unreviewed) == len(every) - 2
    with pytest.raises(InputError):
        coded_segments(demo, filters=Filters(verdicts=("maybe",)))


def test_each_segment_is_whole_with_context_inside_its_paragraph(demo: Vault) -> None:
    for segment in coded_segments(demo)[:40]:
        text = demo.transcripts.current(segment.case_code).text
        assert segment.text == text[segment.start:segment.end]
        assert segment.before == text[segment.context_start:segment.start]
        assert segment.after == text[segment.end:segment.context_end]
        assert "\n" not in segment.before + segment.after
        assert segment.before[:1] != " " or segment.context_start == 0
    text = "one two three four five six seven\nnext line"
    begin, end = context_bounds(text, 14, 18, context=8)  # "four"
    assert text[begin:14] == "two three "[-(14 - begin):] and text[begin - 1] == " "
    assert text[18:end] in (" five", " five six") and end <= text.index("\n")


def raw_with(demo: Vault, value: str) -> int:
    """How many retrieved segments show ``value`` before redaction (the test can fail)."""
    return sum(1 for s in coded_segments(demo) if value in s.before + s.text + s.after)


def read_docx(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        root = ElementTree.fromstring(package.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))


def read_odt(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        assert package.namelist()[0] == "mimetype"
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        root = ElementTree.fromstring(package.read("content.xml"))
    return "\n".join("".join(p.itertext()) for p in root.iter(f"{TEXT_NS}p"))


def test_export_withholds_as_the_pdf_does_in_all_three_formats(demo: Vault,
                                                                tmp_path: Path) -> None:
    names = [name for person in demo.people.list() if person.identity
             for name in person.identity.all_names()]
    shown_raw = [value for value in [PHONE, *names] if raw_with(demo, value)]
    assert PHONE in shown_raw and len(shown_raw) >= 3  # the passages do contain them
    segments = coded_segments(demo)
    texts = {}
    for fmt in ("csv", "docx", "odt"):
        result = export_segments(demo, segments, tmp_path / f"out.{fmt}")
        assert result.passages == len(segments) and result.tokens > 0
        assert stat.S_IMODE((tmp_path / f"out.{fmt}").stat().st_mode) == 0o600
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(segments)
    assert [r["passage"] for r in rows if "[R" not in r["passage"]][:3] == [
        s.text for s in segments if TOKEN.sub("", s.text) == s.text][:3]
    texts["csv"] = "\n".join(" ".join(r.values()) for r in rows)
    texts["docx"] = read_docx(tmp_path / "out.docx")
    texts["odt"] = read_odt(tmp_path / "out.odt")
    pdf = demo.exports.build(codes=sorted({s.case_code for s in segments}), profile="legal",
                             recipient="test")
    pdf_tokens = {part.token for case in pdf.document.cases for part in case.segments
                  if part.token}
    for fmt, text in texts.items():
        for value in shown_raw:
            assert value.casefold() not in text.casefold(), (fmt, value)
        tokens = set(TOKEN.findall(text))
        assert tokens and tokens <= pdf_tokens, fmt  # the same tokens, numbered alike
        assert any("PHONE" in t for t in tokens) and any("PERSON" in t for t in tokens)


def test_export_refuses_bad_requests_without_writing(demo: Vault, tmp_path: Path) -> None:
    segments = coded_segments(demo, ["quota"])
    with pytest.raises(InputError, match="csv, .docx or .odt"):
        export_segments(demo, segments, tmp_path / "out.pdf")
    with pytest.raises(InputError, match="no passage"):
        export_segments(demo, [], tmp_path / "out.csv")
    with pytest.raises(InputError, match="does not exist"):
        export_segments(demo, segments, tmp_path / "missing" / "out.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.fieldvault"]


def test_passages_from_analysis_keep_coder_and_export(demo: Vault, tmp_path: Path) -> None:
    pairs = demo.analysis.near("quota", "meeting", mode="near", distance=600)
    assert pairs
    segments = from_passages(demo, pairs)
    assert all(s.coder in {"demo-interviewer", "demo-coder"} and s.verdict == "unreviewed"
               for s in segments)
    assert [s.text for s in segments] == [p.text for p in pairs]
    export_segments(demo, segments, tmp_path / "pairs.csv")
    with open(tmp_path / "pairs.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(pairs) and all(" + " in r["theme"] for r in rows)
