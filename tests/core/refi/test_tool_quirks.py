"""What other tools really write is accepted (or refused in one plain sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest
from refihelp import FIXTURES, counts
from test_malformed import edited, qualcoder_files, write_zip

from fieldvault.core.errors import InputError
from fieldvault.core.refi import import_codebook, import_project
from fieldvault.core.vault import Vault

SOURCE_GUID = "d090f455-a4d2-4e0a-9c4d-fd09015ae79f"


# --- empty optional containers --------------------------------------------------------------


@pytest.mark.parametrize("empty", ["<Sets/>", "<Sets>\n  </Sets>"])
def test_a_codebook_with_empty_sets_is_accepted_with_a_notice(empty: str, bare_vault: Vault,
                                                              tmp_path: Path) -> None:
    text = (FIXTURES / "maxqda_like.qdc").read_text("utf-8")
    start, end = text.index("<Sets>"), text.index("</Sets>") + len("</Sets>")
    path = tmp_path / "book.qdc"
    path.write_text(text[:start] + empty + text[end:], "utf-8")
    report = import_codebook(bare_vault, path)
    assert len(report.added) == 5
    assert any("empty <Sets>" in n for n in report.notices)


def test_a_project_with_every_empty_container_is_accepted(bare_vault: Vault,
                                                          tmp_path: Path) -> None:
    def empties(qde: str) -> str:
        return qde.replace("</Notes>", "</Notes>\n  <Links/>\n  <Sets></Sets>\n  <Graphs/>")

    path = edited(tmp_path, empties)
    report = import_project(bare_vault, path)
    assert report.codings == 5
    (notice,) = [n for n in report.notices if "empty" in n]
    assert "<Links>" in notice and "<Sets>" in notice and "<Graphs>" in notice


def test_an_empty_codebook_users_and_notes_in_a_project_are_dropped(bare_vault: Vault,
                                                                    tmp_path: Path) -> None:
    files = qualcoder_files()
    qde = files["project.qde"].decode("utf-8")
    qde = qde.replace('creatingUser="4803cffc-b15c-493d-8cbe-7a0a4c968068"', "")
    qde = qde[:qde.index("<Users>")] + "<Users/>\n  <CodeBook><Codes/></CodeBook>\n  " + \
        qde[qde.index("<Variables>"):]
    qde = qde[:qde.index("<PlainTextSelection")] + "</TextSource>\n  </Sources>\n  <Notes/>\n" \
        "</Project>\n"
    files["project.qde"] = qde.encode("utf-8")
    report = import_project(bare_vault, write_zip(tmp_path / "e.qdpx", files))
    assert len(report.cases) == 1 and report.themes == 0
    (notice,) = [n for n in report.notices if "empty" in n]
    assert all(f"<{name}>" in notice for name in ("CodeBook", "Users", "Notes"))


# --- positions ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["abc", "1.5", "", "12a"])
def test_a_non_numeric_position_is_one_sentence_naming_element_and_attribute(
        value: str, vault: Vault, tmp_path: Path) -> None:
    path = edited(tmp_path, lambda qde: qde.replace('startPosition="187"',
                                                    f'startPosition="{value}"'))
    before = counts(vault)
    with pytest.raises(InputError) as caught:
        import_project(vault, path)
    message = str(caught.value)
    assert counts(vault) == before
    assert "startPosition attribute of <PlainTextSelection>" in message
    assert "is not a whole number." in message
    assert "invalid literal" not in message and "int()" not in message and "\n" not in message
    assert message.count(". ") == 0  # one sentence


def test_a_bad_colour_or_flag_names_what_it_wants(vault: Vault, tmp_path: Path) -> None:
    path = edited(tmp_path, lambda qde: qde.replace('color="#e6194b"', 'color="red"'))
    with pytest.raises(InputError, match=r"color attribute of <Code> .* is not a colour"):
        import_project(vault, path)
    path = edited(tmp_path, lambda qde: qde.replace('isCodable="false"', 'isCodable="no"'))
    with pytest.raises(InputError, match=r"isCodable attribute of <Code> .* true or false\.$"):
        import_project(vault, path)


# --- plainTextPath without internal:// -----------------------------------------------------


@pytest.mark.parametrize("path", [f"{SOURCE_GUID}.txt", f"sources/{SOURCE_GUID}.txt",
                                  f"./Sources/{SOURCE_GUID.upper()}.txt",
                                  f"C:\\Users\\coder\\Export\\{SOURCE_GUID}.txt",
                                  f"file:///home/coder/export/{SOURCE_GUID}.txt"])
def test_a_plain_text_path_without_internal_is_found_in_sources(path: str, bare_vault: Vault,
                                                                tmp_path: Path) -> None:
    archive = edited(tmp_path, lambda qde: qde.replace(
        f'plainTextPath="internal://{SOURCE_GUID}.txt"', f'plainTextPath="{path}"'))
    report = import_project(bare_vault, archive)
    assert len(report.cases) == 1 and report.codings == 5
    (notice,) = [n for n in report.notices if "lacks internal://" in n]
    assert f"sources/{SOURCE_GUID}.txt" in notice and "interview_01.txt" in notice


def test_a_path_naming_nothing_in_the_archive_is_still_skipped(bare_vault: Vault,
                                                               tmp_path: Path) -> None:
    archive = edited(tmp_path, lambda qde: qde.replace(
        f'plainTextPath="internal://{SOURCE_GUID}.txt"', 'plainTextPath="D:\\other.txt"'))
    report = import_project(bare_vault, archive)
    assert report.cases == [] and any("outside the file" in n for n in report.notices)
