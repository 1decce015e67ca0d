"""Coded audio segments in the cross-case tables and in Retrieve's filters, counted by hand on
the small vault of patternhelp (a real vault): a segment is one coding of its theme in its
case, has no characters and no verdict (so it is "unreviewed")."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldvault.core.analysis.coded import coded_audio
from fieldvault.core.analysis.service import Filters
from patternhelp import small

sys.path.insert(0, str(Path(__file__).parents[1] / "attachments"))  # mediakit
import mediakit  # noqa: E402

MakeVault = Callable[[str, str], Any]


@pytest.fixture
def with_audio(make_vault: MakeVault, tmp_path: Path) -> Any:
    vault = make_vault("sup", "supervisor")
    small(vault)
    quiet = vault.attachments.add("A-003", mediakit.wav(tmp_path / "a3.wav", mediakit.pcm(5.0)))
    talk = vault.attachments.add("A-001", mediakit.wav(tmp_path / "a1.wav", mediakit.pcm(5.0)))
    vault.attachments.segments.add(quiet.id, "work.arrears", 0, 1_000, coder="c1")
    vault.attachments.segments.add(talk.id, "work.wages", 2_000, 3_000, coder="c2")
    return vault


def cells(table: Any, row: str) -> dict[str, tuple[int, int, int]]:
    return {k: (c.codings, c.cases, c.chars) for (r, k), c in table.cells.items() if r == row}


def test_segments_count_as_codings_of_their_theme_in_their_case(with_audio: Any) -> None:
    vault = with_audio
    table = vault.analysis.table("sector")
    # by hand: text codings as in test_patterns_service, plus arrears on A-003 (construction,
    # no characters) and wages on A-001 (construction)
    assert cells(table, "work.arrears") == {"construction": (2, 2, 10), "logging": (1, 1, 5)}
    assert cells(table, "work.wages") == {"construction": (2, 1, 10)}
    assert cells(table, "work") == {"construction": (4, 2, 20), "logging": (1, 1, 5)}
    construction = table.column_totals["construction"]
    assert (construction.codings, construction.cases, construction.chars) == (5, 2, 30)
    matrix = vault.analysis.matrix()
    assert cells(matrix, "work.arrears") == {"A-001": (1, 1, 10), "A-002": (1, 1, 5),
                                             "A-003": (1, 1, 0)}
    assert matrix.total.codings == 7
    years = vault.analysis.table("date:year")
    assert cells(years, "work.wages") == {"2015": (2, 1, 10)}


def test_filters_apply_to_segments_as_to_codings(with_audio: Any) -> None:
    vault = with_audio
    c1 = vault.analysis.matrix(Filters(coders=("c1",)))
    assert cells(c1, "work.arrears")["A-003"] == (1, 1, 0)
    assert "work.wages" not in c1.rows
    valid = vault.analysis.matrix(Filters(verdicts=("valid",)))
    assert valid.total.codings == 0
    unreviewed = vault.analysis.matrix(Filters(verdicts=("unreviewed",)))
    assert cells(unreviewed, "work.arrears")["A-003"] == (1, 1, 0)
    logging = vault.analysis.matrix(Filters(where=(("sector", "logging"),)))
    assert "A-003" not in {key for (_row, key) in logging.cells}


def test_retrieve_shows_segments_that_pass_the_filters(with_audio: Any) -> None:
    vault = with_audio

    def shown(filters: Filters, themes: list[str] | None = None) -> list[tuple[str, str]]:
        return [(s.case_code, s.theme_id) for s in coded_audio(vault, themes, filters)]

    both = [("A-001", "work.wages"), ("A-003", "work.arrears")]
    assert shown(Filters()) == both
    assert shown(Filters(where=(("sector", "construction"),))) == both
    assert shown(Filters(where=(("year_of_arrival", "2013"),))) == [("A-001", "work.wages")]
    assert shown(Filters(where=(("sector", "logging"),))) == []
    assert shown(Filters(verdicts=("unreviewed", "valid"))) == both
    assert shown(Filters(verdicts=("valid",))) == []
    assert shown(Filters(coders=("c2",))) == [("A-001", "work.wages")]
    assert shown(Filters(statuses=("approved",))) == []
    assert shown(Filters(), ["work.arrears"]) == [("A-003", "work.arrears")]
    assert shown(Filters(), ["work"]) == both


def test_a_blind_coder_sees_only_their_own_segments(with_audio: Any) -> None:
    vault = with_audio
    [talk] = [a for a in vault.attachments.list("A-001") if a.kind == "audio"]
    vault.attachments.segments.add(talk.id, "surveillance", 0, 500)  # by the owner, sup
    vault.members.update_self(role="coder")
    assert [(s.case_code, s.coder) for s in coded_audio(vault)] == [("A-001", "sup")]
    assert vault.analysis.matrix().cell("work.arrears", "A-003").codings == 0
    assert vault.analysis.matrix().cell("surveillance", "A-001").codings == 1


def test_segment_exports_list_audio_segments_without_file_names(
        with_audio: Any, tmp_path: Path) -> None:
    import csv
    import zipfile

    from fieldvault.core.analysis.coded import coded_segments
    from fieldvault.core.export.segments import export_segments

    vault = with_audio
    named = vault.attachments.add("A-002", mediakit.wav(tmp_path / "Kim Chol-su.wav",
                                                        mediakit.pcm(3.0)))
    vault.attachments.segments.add(named.id, "surveillance.minders", 250, 2_750, coder="c1")
    filters = Filters(where=(("sector", "logging"),))
    text, audio = coded_segments(vault, None, filters), coded_audio(vault, None, filters)
    assert [s.start_ms for s in audio] == [250]
    result = export_segments(vault, text, tmp_path / "out.csv", audio=audio)
    assert (result.passages, result.audio) == (len(text) + 1, 1)
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    sound = [r for r in rows if r["recording"]]
    assert [(r["case"], r["theme_id"], r["coder"], r["review"], r["recording"], r["from"],
             r["to"], r["passage"]) for r in sound] == [
        ("A-002", "surveillance.minders", "c1", "unreviewed", named.id[:8], "00:00:00.250",
         "00:00:02.750", "")]
    assert all(not r["recording"] for r in rows[:len(text)])
    for fmt, part in (("docx", "word/document.xml"), ("odt", "content.xml")):
        export_segments(vault, [], tmp_path / f"out.{fmt}", audio=audio, language="ru")
        with zipfile.ZipFile(tmp_path / f"out.{fmt}") as package:
            body = package.read(part).decode("utf-8")
        assert (f"Кодированное аудио: запись {named.id[:8]}, 00:00:00.250 – 00:00:02.750"
                in body)
        assert "Kim" not in body
    assert b"Kim" not in (tmp_path / "out.csv").read_bytes()


def test_agreement_on_segments_is_by_time_overlap(make_vault: MakeVault,
                                                  tmp_path: Path) -> None:
    vault = make_vault("sup", "supervisor")
    small(vault)
    talk = vault.attachments.add("A-003", mediakit.wav(tmp_path / "t.wav", mediakit.pcm(10.0)))
    vault.attachments.segments.add(talk.id, "quota", 0, 5_000, coder="ann")
    vault.attachments.segments.add(talk.id, "quota", 2_500, 5_000, coder="bob")
    [quota, overall] = vault.agreement.compute(["A-003"], themes=["quota"])
    # 100 tenths of a second, all pairable; ann applied 50, bob 25, agreed on 75:
    # p_o = 0.75, p_e = 0.5 * 0.25 + 0.5 * 0.75 = 0.5, kappa = (0.75 - 0.5) / 0.5
    assert (quota.units, quota.agreed, quota.cases) == (100, 75, 1)
    assert quota.percent == pytest.approx(0.75) and quota.kappa == pytest.approx(0.5)
    assert quota.applied == {"ann": 50, "bob": 25} and quota.coders == ["ann", "bob"]
    assert overall.units == 100
    [by_sentence, _overall] = vault.agreement.compute(["A-003"], "sentence", ["quota"])
    assert by_sentence.units == 0  # sentences are text's: recordings are left out
    [only_ann, _all] = vault.agreement.compute(["A-003"], themes=["quota"], coders=["ann"])
    assert only_ann.units == 0


def test_kept_tables_follow_segment_writes(with_audio: Any, tmp_path: Path) -> None:
    """The kept (patched) tables equal ones computed afresh after each segment write, and a
    write really changes the kept figures (the table was asked before it)."""
    from fieldvault.core.analysis.service import AnalysisService

    vault = with_audio
    views = [lambda a: a.matrix(), lambda a: a.table("sector"),
             lambda a: a.table("case", Filters(coders=("c1",)))]

    def same() -> None:
        fresh = AnalysisService(vault)
        for view in views:
            assert view(vault.analysis) == view(fresh)

    same()
    before = cells(vault.analysis.matrix(), "quota")
    talk = next(a for a in vault.attachments.list("A-001"))
    added = vault.attachments.segments.add(talk.id, "quota", 100, 900, coder="c1")
    same()
    assert cells(vault.analysis.matrix(), "quota") != before
    vault.attachments.segments.retheme(added.id, "work.wages")
    same()
    vault.attachments.segments.remove(added.id)
    same()
    assert cells(vault.analysis.matrix(), "quota") == before
