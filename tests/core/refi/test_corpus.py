"""A corpus of files shaped like each major tool's output, imported and checked in detail.

Projects: QualCoder, MAXQDA, ATLAS.ti (see test_foreign.py for their details) and NVivo.
Codebooks: ATLAS.ti, MAXQDA, NVivo, QualCoder and Taguette. The NVivo-shaped project mixes
Cyrillic, Hangul (partly decomposed), emoji (skin tones, ZWJ sequences, a flag), combining
marks and CRLF line ends; every coded passage is compared with the file character by
character, the file's positions read independently of the importer.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET
from refihelp import FIXTURES, counts, fixture_qdpx, vault_rows, vault_view

from fieldvault.core.refi import export_project, import_codebook, import_project
from fieldvault.core.refi.xmlio import PROJECT_NS
from fieldvault.core.vault import Vault

Q = {"q": PROJECT_NS}
CODEBOOKS = ["atlas_like", "maxqda_like", "nvivo_like", "qualcoder_like", "taguette_like"]
PROJECTS = ["qualcoder_like", "maxqda_like", "atlas_like", "nvivo_like"]


def same_chars(got: str, want: str, where: str) -> None:
    """Equal character by character, naming the first code point that differs."""
    for index, (a, b) in enumerate(zip(got, want, strict=False)):
        assert a == b, f"{where}: character {index} is U+{ord(a):04X}, expected U+{ord(b):04X}"
    assert len(got) == len(want), f"{where}: {len(got)} characters, expected {len(want)}"


def file_passages(folder: str) -> dict[str, str]:
    """Coding GUID -> the text its selection covers, read straight from the fixture files:
    positions count code points of the file's text after a byte-order mark, and the passage
    is then normalised as the vault stores text (NFC, LF)."""
    root = SafeET.fromstring((FIXTURES / folder / "project.qde").read_bytes())
    out: dict[str, str] = {}
    for source in root.iter(f"{{{PROJECT_NS}}}TextSource"):
        name = source.get("plainTextPath", "").replace("\\", "/").split("/")[-1]
        raw = next((FIXTURES / folder).rglob(name)).read_bytes().decode("utf-8-sig")
        for selection in source.findall("q:PlainTextSelection", Q):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            passage = unicodedata.normalize("NFC", raw[start:end].replace("\r\n", "\n"))
            for coding in selection.findall("q:Coding", Q):
                out[coding.get("guid").lower()] = passage
    return out


# --- codebooks ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", CODEBOOKS)
def test_each_tools_codebook_imports_once(name: str, bare_vault: Vault) -> None:
    report = import_codebook(bare_vault, FIXTURES / f"{name}.qdc")
    assert report.added and report.present == 0
    before = counts(bare_vault)
    again = import_codebook(bare_vault, FIXTURES / f"{name}.qdc")
    assert again.added == [] and again.present == len(report.added)
    after = counts(bare_vault)
    assert after.pop("audit") == before.pop("audit") + 1 and after == before


def test_taguette_codebook_with_empty_sets_and_dotted_names(bare_vault: Vault) -> None:
    report = import_codebook(bare_vault, FIXTURES / "taguette_like.qdc")
    names = [bare_vault.codebook.get(t).name_en for t in report.added]
    assert names == ["interesting", "people", "people.brokers", "people.minders", "work.quota",
                     "work.wages", "탈출", "побег"]
    assert all(bare_vault.codebook.get(t).parent_id is None for t in report.added)
    assert all(bare_vault.codebook.get(t).color == "#999999" for t in report.added)
    assert any("empty <Sets>" in n for n in report.notices)


def test_qualcoder_codebook_with_bom_crlf_and_categories(bare_vault: Vault) -> None:
    report = import_codebook(bare_vault, FIXTURES / "qualcoder_like.qdc")
    tree = {n.theme.name_en: (n.depth, n.theme.definition) for n in bare_vault.codebook.tree()}
    assert tree == {"Work": (0, ""), "Quota": (1, "Plan figures a brigade must meet."),
                    "Side jobs": (1, ""), "Надзор": (0, "Слежка и проверки телефонов.")}
    assert report.notices == []


def test_nvivo_codebook_then_its_project_match_by_guid(bare_vault: Vault,
                                                       tmp_path: Path) -> None:
    book = import_codebook(bare_vault, FIXTURES / "nvivo_like.qdc")
    assert len(book.added) == 3 and any("empty <Sets>" in n for n in book.notices)
    report = import_project(bare_vault, fixture_qdpx("nvivo_like", tmp_path))
    assert (report.themes, report.themes_present) == (4, 3)


# --- projects -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", PROJECTS)
def test_each_tools_project_twice_adds_nothing(name: str, bare_vault: Vault,
                                               tmp_path: Path) -> None:
    archive = fixture_qdpx(name, tmp_path)
    import_project(bare_vault, archive)
    rows, before = vault_rows(bare_vault), counts(bare_vault)
    again = import_project(bare_vault, archive)
    assert (again.cases, again.codings, again.memos, again.themes, again.users) == \
        ([], 0, 0, 0, 0)
    after = counts(bare_vault)
    assert after.pop("audit") == before.pop("audit") + 1 and after == before
    assert vault_rows(bare_vault) == rows


def nvivo_vault(vault: Vault, tmp_path: Path) -> dict[str, str]:
    """Import the NVivo-shaped project; return case title -> case code."""
    import_project(vault, fixture_qdpx("nvivo_like", tmp_path))
    return {c.title: c.code for c in vault.cases.summaries()}


def test_nvivo_like_passages_match_the_file_character_by_character(bare_vault: Vault,
                                                                  tmp_path: Path) -> None:
    report = import_project(bare_vault, fixture_qdpx("nvivo_like", tmp_path))
    expected = file_passages("nvivo_like")
    assert len(expected) == 7 and report.codings == 7
    seen = 0
    for case in bare_vault.cases.summaries():
        text = bare_vault.transcripts.current(case.code).text
        assert "\r" not in text and text == unicodedata.normalize("NFC", text)
        for coding in bare_vault.codings.for_case(case.code):
            guid = next(g for g, t in expected.items() if t == coding.text)
            same_chars(coding.text, expected[guid], f"{case.title} {coding.theme_name}")
            same_chars(text[coding.start:coding.end], expected[guid], "offsets")
            seen += 1
    assert seen == 7
    assert set(expected.values()) == {
        "Зимой мы жили в контейнере 👷🏻\u200d♂️ у стройки", "забирал паспорта",
        "Café «Восток»", "наличными 💵, q\u0307 и всё.\n", "전화기를 검사했습니다 📱",
        "👩🏽\u200d🔧 여자들도 🇰🇷 방송을", "보위원이 매주 왔습니다."}


def test_nvivo_like_cases_users_memos_and_notices(bare_vault: Vault, tmp_path: Path) -> None:
    report = import_project(bare_vault, fixture_qdpx("nvivo_like", tmp_path))
    titles = sorted(c.title for c in bare_vault.cases.summaries())
    assert titles == ["Worker W-021 (pair): Interview KO", "Worker W-021 (pair): Interview RU"]
    for case in bare_vault.cases.summaries():
        assert case.attributes == {"Sector": "construction"}
        assert case.interview_date == "2016-03-14"
    view = vault_view(bare_vault)
    coders = {c[1]: c[3] for c in view["codings"]}  # type: ignore[union-attr]
    assert coders["забирал паспорта"] == "HK" and coders["Café «Восток»"] == "AP"
    assert coders["наличными 💵, q\u0307 и всё.\n"] == ""  # no creatingUser in the file
    memos = [m[2] for m in view["memos"]]  # type: ignore[union-attr]
    assert sorted(memos) == ["Second visit; he spoke more freely.",
                             "Паспорта хранились в сейфе у бригадира 🔒."]
    notices = "\n".join(report.notices)
    for expected in ("empty <Sets>, <Graphs>", "lacks internal://", "links"):
        assert expected in notices
    assert report.users == 2


def show_everything(vault: Vault) -> None:
    """A reviewer rejects every suggestion, so the export carries every character."""
    for case in vault.cases.summaries():
        vault.privacy.scan(case.code)
        for row in vault.privacy.for_case(case.code):
            if row.status == "suggested":
                vault.privacy.reject(row.id)


def test_nvivo_like_project_out_and_in_again_keeps_every_character(
        bare_vault: Vault, other_vault: Vault, tmp_path: Path) -> None:
    import_project(bare_vault, fixture_qdpx("nvivo_like", tmp_path))
    show_everything(bare_vault)  # exports withhold what is detected unless a reviewer rejects it
    export_project(bare_vault, tmp_path / "ours.qdpx")
    with zipfile.ZipFile(tmp_path / "ours.qdpx") as archive:
        root = SafeET.fromstring(archive.read("project.qde"))
        texts = {n: archive.read(n).decode("utf-8") for n in archive.namelist()
                 if n.startswith("sources/")}
    written = []
    for source in root.iter(f"{{{PROJECT_NS}}}TextSource"):
        text = texts["sources/" + source.get("plainTextPath").removeprefix("internal://")]
        for selection in source.findall("q:PlainTextSelection", Q):
            written.append(text[int(selection.get("startPosition")):
                                int(selection.get("endPosition"))])
    assert sorted(written) == sorted(file_passages("nvivo_like").values())
    import_project(other_vault, tmp_path / "ours.qdpx")
    ours, theirs = vault_view(bare_vault), vault_view(other_vault)
    assert theirs["cases"] == ours["cases"] and theirs["codings"] == ours["codings"]
