"""Files shaped like QualCoder, MAXQDA and ATLAS.ti exports import correctly."""

from __future__ import annotations

from pathlib import Path

import pytest
from refihelp import FIXTURES, counts, fixture_qdpx

from fieldvault.core.refi import import_codebook, import_project
from fieldvault.core.vault import Vault


def covered(vault: Vault, code: str) -> dict[str, list[str]]:
    """Theme name -> passages coded with it."""
    out: dict[str, list[str]] = {}
    for coding in vault.codings.for_case(code):
        out.setdefault(coding.theme_name, []).append(coding.text)
    return out


def only_case(vault: Vault) -> str:
    (case,) = vault.cases.summaries()
    return case.code


def test_fixture_sources_really_have_crlf_line_ends() -> None:
    for name in ("qualcoder_like/sources", "maxqda_like/Sources"):
        (path,) = (FIXTURES / name).iterdir()
        assert b"\r\n" in path.read_bytes(), f"{path} lost its CRLF line ends"


def test_qualcoder_like_project_with_crlf_text(bare_vault: Vault, tmp_path: Path) -> None:
    report = import_project(bare_vault, fixture_qdpx("qualcoder_like", tmp_path))
    code = only_case(bare_vault)
    text = bare_vault.transcripts.current(code).text
    assert "\r" not in text and text.count("\n") == 5
    assert covered(bare_vault, code) == {
        "Quota": ["a quota of 300 cubic metres"],
        "Wages": ["a month.\nRespondent: The wages", "The wages came late"],
        "Surveillance": ["Were you watched?\n", "A security man checked on us every week."]}
    tree = {n.theme.name_en: (n.depth, n.theme.parent_id) for n in bare_vault.codebook.tree()}
    assert tree["Quota"] == (1, "work") and tree["Work"] == (0, None)
    (case,) = bare_vault.cases.summaries()
    # the REFI case's name could not be a case code, so it became the title
    assert case.title == "Respondent 1" and case.attributes == {"sector": "construction"}
    assert case.languages == ["en"]
    (quota,) = [c for c in bare_vault.codings.for_case(code) if c.theme_name == "Quota"]
    assert quota.coder == "coder_a"
    memos = bare_vault.memos.for_target("coding", quota.id)
    assert [m.text for m in memos] == ["The brigade leader sets the monthly plan."]
    assert (report.themes, report.codings, report.memos, report.users) == (4, 5, 1, 1)


def test_maxqda_like_project_with_extensions_and_decomposed_hangul(bare_vault: Vault,
                                                                   tmp_path: Path) -> None:
    report = import_project(bare_vault, fixture_qdpx("maxqda_like", tmp_path))
    code = only_case(bare_vault)
    text = bare_vault.transcripts.current(code).text
    assert covered(bare_vault, code) == {
        "Dormitory": ["컨테이너 숙소에서 열두 명이 함께 잤습니다"],
        "Housing": ["겨울에는 난방이 없었고"],
        "Control": ["감독이 매일 왔습니다"],
        "Wages": ["월급은 본국으로 보내졌습니다"],
        "Living conditions": [text]}
    depths = {n.theme.name_en: n.depth for n in bare_vault.codebook.tree()}
    assert depths == {"Living conditions": 0, "Housing": 1, "Dormitory": 2, "Pay": 0,
                      "Wages": 1, "Control": 0}
    assert bare_vault.codebook.get("pay.wages").color == "#cc3333"
    (case,) = bare_vault.cases.summaries()
    assert case.languages == ["ko"] and case.code != "Worker W3"
    assert case.attributes == {"region": "Primorsky", "age": 34, "returned": True,
                               "Date of interview": "2015-06-12"}
    assert [m.text for m in bare_vault.memos.for_target("case", code)] == [
        "Interview conditions\n\nRecorded in a cafe; the respondent asked us not to note "
        "the town."]
    ignored = " ".join(report.notices)
    for vendor_part in ("ProjectSettings", "DocumentGroup", "attribute weight", "attribute build"):
        assert vendor_part in ignored
    assert "Backup" not in ignored  # inside an ignored element: not counted twice


def test_atlas_like_project_skips_what_fieldvault_cannot_hold(bare_vault: Vault,
                                                              tmp_path: Path) -> None:
    report = import_project(bare_vault, fixture_qdpx("atlas_like", tmp_path))
    code = only_case(bare_vault)
    assert covered(bare_vault, code) == {
        "Control::Review meetings": ["собрание по самокритике"],
        "Control::Passports held": ["Паспорта забирал представитель компании"]}
    (case,) = bare_vault.cases.summaries()
    assert case.languages == ["ru"] and case.title == "Returnee R1"
    passports = [c for c in bare_vault.codings.for_case(code) if "Passports" in c.theme_name]
    assert [m.text for m in bare_vault.memos.for_target("coding", passports[0].id)] == [
        "Passports kept by the company, not by the embassy."]
    assert [m.text for m in bare_vault.memos.for_target("case", code)] == [
        "Met twice in Vladivostok."]
    notices = "\n".join(report.notices)
    for expected in ("1 PDF source", "1 picture source", "Field notes.docx", "sets", "links",
                     "project as a whole", "codes applied to cases", "1 notes that are not"):
        assert expected in notices, expected
    assert report.themes == 3  # "Escape" is only used on the case and the PDF: kept anyway


@pytest.mark.parametrize("name", ["qualcoder_like", "maxqda_like", "atlas_like"])
def test_each_foreign_project_imports_twice_without_duplicates(name: str, bare_vault: Vault,
                                                               tmp_path: Path) -> None:
    archive = fixture_qdpx(name, tmp_path)
    first = import_project(bare_vault, archive)
    before = counts(bare_vault)
    again = import_project(bare_vault, archive)
    after = counts(bare_vault)
    assert after.pop("audit") == before.pop("audit") + 1
    assert after == before
    assert (again.cases, again.codings, again.memos, again.themes, again.users) == \
        ([], 0, 0, 0, 0)
    assert again.codings_present == first.codings and again.memos_present == first.memos


def test_foreign_project_into_a_seeded_vault_adds_its_codes_beside_ours(vault: Vault,
                                                                        tmp_path: Path) -> None:
    seeded = len(vault.codebook.tree())
    report = import_project(vault, fixture_qdpx("qualcoder_like", tmp_path))
    assert report.themes == 4 and len(vault.codebook.tree()) == seeded + 4


def test_qdc_files_from_other_tools(bare_vault: Vault) -> None:
    report = import_codebook(bare_vault, FIXTURES / "maxqda_like.qdc")
    assert [bare_vault.codebook.get(t).name_en for t in report.added] == [
        "Living conditions", "Housing", "Dormitory", "Pay", "Wages"]
    assert bare_vault.codebook.get("living_conditions.housing").definition == \
        "Where and how workers sleep."
    assert any("sets" in n for n in report.notices)
    assert any("CodeFavourite" in n for n in report.notices)
    atlas = import_codebook(bare_vault, FIXTURES / "atlas_like.qdc")
    names = {t: bare_vault.codebook.get(t).name_en for t in atlas.added}
    assert set(names.values()) == {"Control::Review meetings", "Побег", "토끼"}
    assert all(t.replace("_", "a").replace(".", "").isalnum() for t in names)  # ascii slugs
    assert bare_vault.codebook.get(
        next(t for t, n in names.items() if n == "토끼")).color == "#999999"
    assert import_codebook(bare_vault, FIXTURES / "atlas_like.qdc").added == []


def test_codes_in_a_project_match_codes_from_an_earlier_qdc(bare_vault: Vault,
                                                            tmp_path: Path) -> None:
    import_codebook(bare_vault, FIXTURES / "maxqda_like.qdc")
    report = import_project(bare_vault, fixture_qdpx("maxqda_like", tmp_path))
    assert report.themes == 1 and report.themes_present == 5  # only "Control" is new
    assert len(bare_vault.codebook.tree()) == 6
