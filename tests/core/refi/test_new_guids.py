"""Ours -> another tool (new GUIDs, CRLF, reordered) -> ours changes nothing in the vault."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET
from othertool import move_to_top, reshape
from refihelp import FIXTURES, counts, vault_rows, vault_view
from test_malformed import edited

from fieldvault import cli
from fieldvault.core.refi import (
    NameMatchesNeedAnswer,
    export_codebook,
    export_project,
    import_codebook,
    import_project,
    proposed_name_matches,
    xmlio,
)
from fieldvault.core.refi.xmlio import PROJECT_NS
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

Q = {"q": PROJECT_NS}


@pytest.fixture
def mixed(filled: Vault, tmp_path: Path) -> Vault:
    """The filled vault plus what other tools bring: a coder-less coding, a code that is not
    codable, a code without a colour, Hangul and Cyrillic names."""
    no_coder = edited(tmp_path, lambda qde: qde.replace(
        'creatingUser="4803cffc-b15c-493d-8cbe-7a0a4c968068">\n          <CodeRef', '>\n'
        '          <CodeRef'))
    import_project(filled, no_coder)
    import_codebook(filled, FIXTURES / "atlas_like.qdc")
    return filled


def assert_unchanged(vault: Vault, rows: dict[str, object], view: dict[str, object]) -> None:
    assert vault_view(vault) == view
    assert vault_rows(vault) == rows


def test_the_mixed_vault_really_has_what_other_tools_bring(mixed: Vault) -> None:
    view = vault_view(mixed)
    assert any(coder == "" for *_rest, coder in view["codings"])  # type: ignore[union-attr]
    (work,) = [n.theme for n in mixed.codebook.tree() if n.theme.name_en == "Work"]
    assert work.color == "#999999"  # the "Work" code had no colour


def test_ours_through_another_tool_and_back_changes_nothing(mixed: Vault,
                                                            tmp_path: Path) -> None:
    summary = export_project(mixed, tmp_path / "ours.qdpx")
    rows, view = vault_rows(mixed), vault_view(mixed)  # after the export, which may record
    reshape(tmp_path / "ours.qdpx", tmp_path / "theirs.qdpx")  # things (privacy scans)
    assert proposed_name_matches(mixed, tmp_path / "theirs.qdpx") == []
    report = import_project(mixed, tmp_path / "theirs.qdpx")
    assert (report.cases, report.codings, report.memos, report.themes, report.users) == \
        ([], 0, 0, 0, 0)
    assert report.cases_present == 4 and report.codings_present == summary.codings
    assert summary.codings + summary.left_out == 10  # all, unless an export withheld some
    assert report.memos_present == 4 and report.themes_by_name == 0
    assert_unchanged(mixed, rows, view)
    before = counts(mixed)
    again = import_project(mixed, tmp_path / "theirs.qdpx")
    assert (again.cases, again.codings, again.memos, again.themes) == ([], 0, 0, 0)
    after = counts(mixed)
    assert after.pop("audit") == before.pop("audit") + 1
    assert after == before  # the second time even the remembered GUIDs stay as they are
    assert_unchanged(mixed, rows, view)


def test_two_other_tools_in_a_row_change_nothing(mixed: Vault, tmp_path: Path) -> None:
    export_project(mixed, tmp_path / "ours.qdpx")
    rows, view = vault_rows(mixed), vault_view(mixed)
    reshape(tmp_path / "ours.qdpx", tmp_path / "maxqda.qdpx", seed=1, tool="MAXQDA 24")
    reshape(tmp_path / "maxqda.qdpx", tmp_path / "atlas.qdpx", seed=2, tool="ATLAS.ti 24")
    for name in ("atlas.qdpx", "maxqda.qdpx", "ours.qdpx"):
        report = import_project(mixed, tmp_path / name)
        assert (report.cases, report.codings, report.memos, report.themes) == ([], 0, 0, 0)
    assert_unchanged(mixed, rows, view)


def test_a_colleague_who_imported_ours_gets_nothing_twice_from_theirs(
        mixed: Vault, other_vault: Vault, tmp_path: Path) -> None:
    export_project(mixed, tmp_path / "ours.qdpx")
    import_project(other_vault, tmp_path / "ours.qdpx")
    rows, view = vault_rows(other_vault), vault_view(other_vault)
    reshape(tmp_path / "ours.qdpx", tmp_path / "theirs.qdpx")
    report = import_project(other_vault, tmp_path / "theirs.qdpx")
    assert (report.cases, report.codings, report.memos, report.themes) == ([], 0, 0, 0)
    assert_unchanged(other_vault, rows, view)


def test_a_fresh_vault_gets_the_same_from_theirs_as_from_ours(mixed: Vault, bare_vault: Vault,
                                                              other_vault: Vault,
                                                              tmp_path: Path) -> None:
    export_project(mixed, tmp_path / "ours.qdpx")
    reshape(tmp_path / "ours.qdpx", tmp_path / "theirs.qdpx")
    import_project(bare_vault, tmp_path / "ours.qdpx")
    import_project(other_vault, tmp_path / "theirs.qdpx")
    ours, theirs = vault_view(bare_vault), vault_view(other_vault)
    assert ours["cases"] == theirs["cases"] and ours["codings"] == theirs["codings"]
    assert ours["memos"] != [] and len(ours["memos"]) == len(theirs["memos"])


# --- what the export writes -----------------------------------------------------------------


def test_every_coding_names_a_user_and_the_unknown_one_reads_back_as_nobody(
        mixed: Vault, bare_vault: Vault, tmp_path: Path) -> None:
    export_project(mixed, tmp_path / "ours.qdpx")
    with zipfile.ZipFile(tmp_path / "ours.qdpx") as archive:
        root = SafeET.fromstring(archive.read("project.qde"))
    users = {u.get("guid"): u.get("name") for u in root.findall("q:Users/q:User", Q)}
    codings = root.findall(".//q:Coding", Q)
    assert codings and all(c.get("creatingUser") in users for c in codings)
    assert all(s.get("creatingUser") in users for s in root.findall(".//q:PlainTextSelection", Q))
    unknown = [c for c in codings if users[c.get("creatingUser")] == "Unknown coder"]
    assert len(unknown) == 5  # the qualcoder-shaped project's codings had no coder
    import_project(bare_vault, tmp_path / "ours.qdpx")
    view = vault_view(bare_vault)
    assert ("Unknown coder", "coder") not in view["users"]  # type: ignore[operator]
    assert sum(1 for *_r, coder in view["codings"] if coder == "") == 5  # type: ignore[union-attr]


def test_uncodable_and_colourless_codes_go_out_as_they_came_in(mixed: Vault,
                                                               tmp_path: Path) -> None:
    export_project(mixed, tmp_path / "ours.qdpx")
    with zipfile.ZipFile(tmp_path / "ours.qdpx") as archive:
        root = SafeET.fromstring(archive.read("project.qde"))
    codes = {c.get("name"): c for c in root.iter(f"{{{PROJECT_NS}}}Code")}
    assert codes["Work"].get("isCodable") == "false" and codes["Work"].get("color") is None
    assert codes["토끼"].get("color") is None and codes["토끼"].get("isCodable") == "true"
    assert codes["Quota"].get("color") == "#e6194b"
    seeded = mixed.codebook.get("quota")
    assert codes[seeded.name_en].get("color") == seeded.color
    descriptions = [d.text or "" for d in root.iter(f"{{{PROJECT_NS}}}Description")]
    assert descriptions and not any("Fieldvault id" in d for d in descriptions)


def test_an_old_description_with_a_fieldvault_id_line_is_still_read(bare_vault: Vault,
                                                                    tmp_path: Path) -> None:
    path = tmp_path / "old.qdc"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
        '<Codes><Code guid="0e7d6c1a-0000-4000-8000-000000000001" name="Bribes" '
        'isCodable="true"><Description>Money paid to be sent.\n\nInclude: any payment\n'
        'Name (ko): 뇌물\nFieldvault id: dispatch.bribes</Description></Code></Codes>'
        '</CodeBook>', "utf-8")
    import_codebook(bare_vault, path)
    theme = bare_vault.codebook.get("dispatch.bribes")
    assert (theme.definition, theme.include_note, theme.name_ko) == \
        ("Money paid to be sent.", "any payment", "뇌물")


# --- name-only matches need a person's agreement ---------------------------------------------


def moved_code_qdc(tmp_path: Path, vault: Vault) -> Path:
    """Our codebook as another tool might restructure it: new GUIDs, no fv:id, and "Phone
    inspections" moved from under "Surveillance and censorship" to the top level."""
    export_codebook(vault, tmp_path / "ours.qdc")
    ns = "urn:QDA-XML:codebook:1.0"
    ET.register_namespace("", ns)
    root = ET.fromstring((tmp_path / "ours.qdc").read_bytes())
    parents = {child: parent for parent in root.iter() for child in parent}
    for number, code in enumerate(root.iter(f"{{{ns}}}Code")):
        code.set("guid", f"00000000-0000-4000-8000-{number:012d}")
        code.attrib.pop(xmlio.OUR_ID, None)
    (phone,) = [c for c in root.iter(f"{{{ns}}}Code") if c.get("name") == "Phone inspections"]
    parents[phone].remove(phone)
    root.find(f"{{{ns}}}Codes").insert(0, phone)  # type: ignore[union-attr]
    path = tmp_path / "theirs.qdc"
    path.write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
    return path


def test_a_code_matching_a_theme_by_name_only_waits_for_an_answer(vault: Vault,
                                                                  tmp_path: Path) -> None:
    path = moved_code_qdc(tmp_path, vault)
    (match,) = proposed_name_matches(vault, path)
    assert match.code_path == "Phone inspections"
    assert match.theme_path == "Surveillance and censorship / Phone inspections"
    assert match.theme_id == "surveillance.phone_inspection"
    before = counts(vault)
    with pytest.raises(NameMatchesNeedAnswer) as caught:
        import_codebook(vault, path)
    assert caught.value.matches == [match] and "\n" not in str(caught.value)
    assert counts(vault) == before
    themes = len(vault.codebook.tree())
    merged = import_codebook(vault, path, accept_name_matches=True)
    assert merged.added == [] and merged.by_name == 1 and len(vault.codebook.tree()) == themes
    assert import_codebook(vault, path).added == []  # remembered: no question the second time


def test_declining_a_name_match_adds_the_code_as_a_new_theme(vault: Vault,
                                                             tmp_path: Path) -> None:
    path = moved_code_qdc(tmp_path, vault)
    report = import_codebook(vault, path, accept_name_matches=False)
    (added,) = report.added
    assert vault.codebook.get(added).name_en == "Phone inspections"
    assert vault.codebook.get(added).parent_id is None


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "args", "new_themes"), [
    ("y\n", [], 0), ("n\n", [], 1), (None, ["--yes"], 0), (None, [], None)])
def test_the_cli_asks_about_name_matches(answer: str | None, args: list[str],
                                         new_themes: int | None, vault: Vault, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = moved_code_qdc(tmp_path, vault)
    themes = len(vault.codebook.tree())
    vault_path = vault.path
    vault.lock()
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("sys.stdin", _Terminal(answer) if answer else io.StringIO(""))
    code = cli.main(["codebook", str(vault_path), "import", str(path), *args])
    out, err = capsys.readouterr()
    if new_themes is None:
        assert code == 2 and "--yes" in err and err.count("\n") == 1
        assert "Phone inspections -> Surveillance and censorship / Phone inspections" in out
        return
    assert code == 0 and f"Imported {new_themes} themes" in out
    reopened = Vault.open(vault_path, Passphrase(PASSPHRASE))
    try:
        assert len(reopened.codebook.tree()) == themes + new_themes
    finally:
        reopened.lock()


def test_an_export_that_withheld_words_comes_back_without_duplicates(
        mixed: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exports may withhold detected details, so the text that comes back is not the vault's:
    the case is then found by its code and title (what our export writes as case and source
    names) and the codings are carried onto the vault's text."""
    from fieldvault.core.refi import export as refi_export

    original = refi_export.text_for_export

    def withheld(vault: Vault, case: object, *rest: object) -> str:
        return original(vault, case, *rest).replace("Saturday", "[DATE]")  # type: ignore[arg-type]

    monkeypatch.setattr(refi_export, "text_for_export", withheld)
    summary = export_project(mixed, tmp_path / "ours.qdpx")
    rows, view = vault_rows(mixed), vault_view(mixed)
    reshape(tmp_path / "ours.qdpx", tmp_path / "theirs.qdpx")
    report = import_project(mixed, tmp_path / "theirs.qdpx")
    assert (report.cases, report.codings, report.memos, report.themes) == ([], 0, 0, 0)
    assert summary.left_out == 1  # the coding on the withheld word does not travel
    assert report.cases_present == 4 and report.codings_present == summary.codings == 9
    assert any("PK-101 already exists with a different text" in n for n in report.notices)
    assert_unchanged(mixed, rows, view)


def test_without_our_ids_the_labelled_lines_still_come_back(vault: Vault, bare_vault: Vault,
                                                            tmp_path: Path) -> None:
    """Another tool drops fv:id but keeps descriptions: every field but the slug returns."""
    import_codebook(bare_vault, moved_code_qdc(tmp_path, vault))
    ours = {n.theme.name_en: n.theme for n in vault.codebook.tree()}
    theirs = {n.theme.name_en: n.theme for n in bare_vault.codebook.tree()}
    assert set(theirs) == set(ours)
    fields = ("definition", "include_note", "exclude_note", "example", "name_ko", "name_ru",
              "color")
    for name, theme in theirs.items():
        assert [getattr(theme, f) for f in fields] == [getattr(ours[name], f) for f in fields]
        assert json.loads(theme.refs) == json.loads(ours[name].refs)


@pytest.mark.parametrize(("answer", "args", "new_themes"), [
    ("y\n", [], 0), ("n\n", [], 1), (None, ["--yes"], 0), (None, [], None)])
def test_the_cli_asks_about_name_matches_in_a_project(
        answer: str | None, args: list[str], new_themes: int | None, filled: Vault,
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    export_project(filled, tmp_path / "ours.qdpx")
    reshape(tmp_path / "ours.qdpx", tmp_path / "theirs.qdpx")
    path = move_to_top(tmp_path / "theirs.qdpx", tmp_path / "moved.qdpx", "Phone inspections")
    rows = vault_rows(filled)
    themes = len(filled.codebook.tree())
    vault_path = filled.path
    filled.lock()
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("sys.stdin", _Terminal(answer) if answer else io.StringIO(""))
    code = cli.main(["refi", str(vault_path), "import", str(path), *args])
    out, err = capsys.readouterr()
    assert "Phone inspections -> Surveillance and censorship / Phone inspections" in out \
        or args == ["--yes"]
    reopened = Vault.open(vault_path, Passphrase(PASSPHRASE))
    try:
        if new_themes is None:
            assert code == 2 and "--yes" in err and vault_rows(reopened) == rows
            return
        assert code == 0 and "Imported 0 cases, 0 codings, 0 memos, " \
            f"{new_themes} themes" in out
        assert len(reopened.codebook.tree()) == themes + new_themes
    finally:
        reopened.lock()
