"""Ours -> .qdpx / .qdc / .json -> a fresh vault loses nothing the standard can carry."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from defusedxml import ElementTree as SafeET
from refihelp import counts
from sqlmodel import select

from fieldvault.core.records.codebook import theme_to_seed
from fieldvault.core.refi import export_codebook, export_project, import_codebook, import_project
from fieldvault.core.store.models import Case, Coding
from fieldvault.core.vault import Vault


def cases_of(vault: Vault) -> dict[str, Any]:
    """Everything a case holds that an exchange should keep, keyed by case code."""
    out = {}
    for case in vault.cases.summaries():
        codings = vault.codings.for_case(case.code)
        memos = sorted(m.text for m in vault.memos.for_target("case", case.code))
        coding_memos = sorted((c.theme_id, c.start, c.end, m.text) for c in codings
                              for m in vault.memos.for_target("coding", c.id))
        out[case.code] = {
            "title": case.title, "date": case.interview_date, "location": case.location,
            "languages": case.languages, "interviewer": case.interviewer,
            "attributes": case.attributes, "text": vault.transcripts.current(case.code).text,
            "codings": sorted((c.theme_id, c.start, c.end, c.coder, c.text) for c in codings),
            "memos": memos, "coding_memos": coding_memos}
    return out


def themes_of(vault: Vault) -> list[dict[str, Any]]:
    """The theme tree with every field, in tree order."""
    return [theme_to_seed(node.theme) | {"depth": node.depth} for node in vault.codebook.tree()]


def theme_memos(vault: Vault) -> list[tuple[str, str]]:
    return sorted((n.theme.id, m.text) for n in vault.codebook.tree()
                  for m in vault.memos.for_target("theme", n.theme.id))


def guids_in(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        root = SafeET.fromstring(archive.read("project.qde"))
    wanted = {"Code", "Case", "TextSource", "Coding", "Note", "User"}
    return {f"{e.tag.split('}')[1]}:{e.get('guid')}" for e in root.iter()
            if e.tag.split("}")[1] in wanted}


def test_project_round_trip_into_a_seeded_vault(filled: Vault, other_vault: Vault,
                                                tmp_path: Path) -> None:
    export_project(filled, tmp_path / "a.qdpx")
    report = import_project(other_vault, tmp_path / "a.qdpx")
    assert sorted(report.cases) == ["PK-101", "PK-102", "PK-103"]
    assert report.themes == 0 and report.themes_present == len(filled.codebook.tree())
    assert (report.codings, report.memos, report.users) == (5, 3, 2)
    assert report.notices == []
    assert cases_of(other_vault) == cases_of(filled)
    assert theme_memos(other_vault) == theme_memos(filled)
    assert themes_of(other_vault) == themes_of(filled)
    export_project(other_vault, tmp_path / "b.qdpx")
    assert guids_in(tmp_path / "b.qdpx") == guids_in(tmp_path / "a.qdpx")


def test_project_round_trip_into_a_vault_without_codebook(filled: Vault, bare_vault: Vault,
                                                          tmp_path: Path) -> None:
    export_project(filled, tmp_path / "a.qdpx")
    report = import_project(bare_vault, tmp_path / "a.qdpx")
    assert report.themes == len(filled.codebook.tree()) and report.themes_present == 0
    assert themes_of(bare_vault) == themes_of(filled)
    assert cases_of(bare_vault) == cases_of(filled)
    assert theme_memos(bare_vault) == theme_memos(filled)
    export_project(bare_vault, tmp_path / "b.qdpx")
    assert guids_in(tmp_path / "b.qdpx") == guids_in(tmp_path / "a.qdpx")


def test_importing_the_same_project_twice_adds_nothing(filled: Vault, other_vault: Vault,
                                                       tmp_path: Path) -> None:
    export_project(filled, tmp_path / "a.qdpx")
    import_project(other_vault, tmp_path / "a.qdpx")
    before = counts(other_vault)
    again = import_project(other_vault, tmp_path / "a.qdpx")
    assert (again.cases, again.codings, again.memos, again.themes, again.users) == \
        ([], 0, 0, 0, 0)
    assert (again.cases_present, again.codings_present, again.memos_present) == (3, 5, 3)
    after = counts(other_vault)
    assert after.pop("audit") == before.pop("audit") + 1  # the import itself is audited
    assert after == before


def test_a_vault_reimporting_its_own_export_adds_nothing(filled: Vault, tmp_path: Path) -> None:
    export_project(filled, tmp_path / "a.qdpx")
    before = counts(filled)
    report = import_project(filled, tmp_path / "a.qdpx")
    assert (report.cases_present, report.codings_present, report.memos_present) == (3, 5, 3)
    after = counts(filled)
    after.pop("audit"), before.pop("audit")
    assert after == before


def test_a_deleted_coding_comes_back_on_reimport(filled: Vault, other_vault: Vault,
                                                 tmp_path: Path) -> None:
    export_project(filled, tmp_path / "a.qdpx")
    import_project(other_vault, tmp_path / "a.qdpx")
    victim = other_vault.codings.for_case("PK-103")[0]
    other_vault.codings.remove(victim.id)
    report = import_project(other_vault, tmp_path / "a.qdpx")
    assert report.codings == 1 and report.codings_present == 4
    assert cases_of(other_vault)["PK-103"]["codings"] == cases_of(filled)["PK-103"]["codings"]


def test_codebook_round_trips_as_qdc_and_as_json(vault: Vault, tmp_path: Path,
                                                 bare_vault: Vault) -> None:
    export_codebook(vault, tmp_path / "book.qdc")
    export_codebook(vault, tmp_path / "book.json")
    report = import_codebook(bare_vault, tmp_path / "book.qdc")
    assert len(report.added) == len(vault.codebook.tree()) and report.present == 0
    assert themes_of(bare_vault) == themes_of(vault)
    json_report = import_codebook(bare_vault, tmp_path / "book.json")
    assert json_report.added == [] and json_report.present == len(vault.codebook.tree())
    assert import_codebook(bare_vault, tmp_path / "book.qdc").added == []


def test_json_codebook_fills_an_empty_vault(vault: Vault, tmp_path: Path,
                                            bare_vault: Vault) -> None:
    export_codebook(vault, tmp_path / "book.json")
    report = import_codebook(bare_vault, tmp_path / "book.json")
    assert len(report.added) == len(vault.codebook.tree())
    assert themes_of(bare_vault) == themes_of(vault)
    assert bare_vault.codebook.as_document() == vault.codebook.as_document()


def test_new_themes_from_a_qdc_merge_into_an_existing_codebook(vault: Vault, tmp_path: Path,
                                                               other_vault: Vault) -> None:
    vault.codebook.add("quota.night_shifts", "Night shifts", parent="quota",
                       definition="Work after dark to meet the plan.", color="#123456")
    export_codebook(vault, tmp_path / "book.qdc")
    report = import_codebook(other_vault, tmp_path / "book.qdc")
    assert report.added == ["quota.night_shifts"]
    added = other_vault.codebook.get("quota.night_shifts")
    assert (added.parent_id, added.name_en, added.definition, added.color) == \
        ("quota", "Night shifts", "Work after dark to meet the plan.", "#123456")
    log = other_vault.codebook.changelog()[-1]
    assert log.action == "import" and "book.qdc" in log.detail


def test_uuid_keyed_records_keep_their_ids_as_guids(filled: Vault, tmp_path: Path) -> None:
    export_project(filled, tmp_path / "a.qdpx")
    found = guids_in(tmp_path / "a.qdpx")
    with filled.session() as session:
        case_ids = set(session.exec(select(Case.id)))
        coding_ids = set(session.exec(select(Coding.id)))
    assert {f"Case:{i}" for i in case_ids} <= found
    assert {f"Coding:{i}" for i in coding_ids} <= found


def test_new_codings_on_a_case_edited_since_are_carried_onto_the_vault_text(
        filled: Vault, other_vault: Vault, tmp_path: Path) -> None:
    export_project(filled, tmp_path / "a.qdpx")
    import_project(other_vault, tmp_path / "a.qdpx")
    edited = "[Edited] " + other_vault.transcripts.current("PK-101").text
    other_vault.transcripts.save_version("PK-101", edited)
    theme = filled.codebook.tree()[7].theme.id
    text = filled.transcripts.current("PK-101").text
    start = text.index("the security man watched")
    filled.codings.add("PK-101", theme, start, start + len("the security man watched"))
    export_project(filled, tmp_path / "b.qdpx")
    report = import_project(other_vault, tmp_path / "b.qdpx")
    assert (report.codings, report.codings_present) == (1, 5)
    assert any("PK-101 already exists with a different text" in n for n in report.notices)
    assert other_vault.transcripts.current("PK-101").text == edited
    (added,) = [c for c in other_vault.codings.for_case("PK-101") if c.theme_id == theme]
    assert added.text == "the security man watched" and added.start == start + len("[Edited] ")


def test_a_qdc_codebook_carries_the_translations_through_another_vault(
        vault: Vault, bare_vault: Vault, tmp_path: Path) -> None:
    vault.codebook.edit("living.hours", include_note_ru="Смены по двенадцать часов.\n"
                        "Вторая строка.", definition_ko="")
    export_codebook(vault, tmp_path / "book.qdc")
    import_codebook(bare_vault, tmp_path / "book.qdc")
    theirs = {n.theme.id: theme_to_seed(n.theme) for n in bare_vault.codebook.tree()}
    ours = {n.theme.id: theme_to_seed(n.theme) for n in vault.codebook.tree()}
    assert theirs == ours
    assert theirs["living.hours"]["include_ru"] == "Смены по двенадцать часов.\nВторая строка."
    assert "definition_ko" not in theirs["living.hours"]
    assert theirs["quota.planned"]["definition_ru"].startswith("Фиксированный")
