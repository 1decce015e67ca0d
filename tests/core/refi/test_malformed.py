"""Malformed or hostile files are refused with one sentence, and nothing is written."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from refihelp import FIXTURES, counts, fixture_qdpx

from fieldvault.core.errors import InputError, excerpt
from fieldvault.core.refi import import_codebook, import_project, reader
from fieldvault.core.vault import Vault

SOURCE = "sources/d090f455-a4d2-4e0a-9c4d-fd09015ae79f.txt"
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE Project [\n <!ENTITY a "ha">\n'
          ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n'
          ' <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n')


def qualcoder_files() -> dict[str, bytes]:
    folder = FIXTURES / "qualcoder_like"
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*") if p.is_file()}


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def edited(tmp_path: Path, change: Callable[[str], str]) -> Path:
    files = qualcoder_files()
    qde = change(files["project.qde"].decode("utf-8"))
    files["project.qde"] = qde.encode("utf-8")
    return write_zip(tmp_path / "edited.qdpx", files)


def first_line_after(marker: str, insert: str) -> Callable[[str], str]:
    return lambda qde: qde.replace(marker, marker + insert, 1)


def refused(vault: Vault, path: Path, pattern: str) -> str:
    """Import ``path``; it must fail with InputError matching ``pattern`` and change nothing."""
    before = counts(vault)
    with pytest.raises(InputError, match=pattern) as caught:
        import_project(vault, path)
    assert counts(vault) == before
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_not_a_zip(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "broken.qdpx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    refused(vault, path, "not a ZIP archive")
    path.write_bytes(b"")
    refused(vault, path, "not a ZIP archive")


def test_zip_without_project_qde(vault: Vault, tmp_path: Path) -> None:
    files = qualcoder_files()
    del files["project.qde"]
    refused(vault, write_zip(tmp_path / "x.qdpx", files), "no project.qde inside")


def test_invalid_xml(vault: Vault, tmp_path: Path) -> None:
    path = edited(tmp_path, lambda qde: qde[: len(qde) // 2])
    message = refused(vault, path, "is not well-formed XML")
    assert message.startswith('edited.qdpx: "project.qde"')


def test_xsd_violation_names_the_place(vault: Vault, tmp_path: Path) -> None:
    path = edited(tmp_path, lambda qde: qde.replace(' isCodable="true" color="#4363d8"',
                                                    ' color="#4363d8"'))
    refused(vault, path, r"does not follow the REFI-QDA schema at /Project/CodeBook/Codes/"
                         r"Code\[2\]: missing required attribute 'isCodable'")


def test_unknown_element_in_the_standard_namespace_is_a_violation(vault: Vault,
                                                                  tmp_path: Path) -> None:
    path = edited(tmp_path, first_line_after("<Sources>", "<Bogus/>"))
    refused(vault, path, "Unexpected child with tag 'Bogus'")


def test_selection_outside_the_text(vault: Vault, tmp_path: Path) -> None:
    path = edited(tmp_path, lambda qde: qde.replace('endPosition="227"', 'endPosition="230"'))
    refused(vault, path, "selection 5c0baca3-aefc-410c-b8e3-3697f1570b98 in source "
                         "'interview_01.txt' spans 187-230, outside its text of 229 characters")
    path = edited(tmp_path, lambda qde: qde.replace('startPosition="187"', 'startPosition="-1"'))
    refused(vault, path, "spans -1-227")


def test_selection_that_ends_before_it_starts(vault: Vault, tmp_path: Path) -> None:
    path = edited(tmp_path, lambda qde: qde.replace('startPosition="110" endPosition="129"',
                                                    'startPosition="129" endPosition="110"'))
    refused(vault, path, "spans 129-110")


def test_missing_source_file(vault: Vault, tmp_path: Path) -> None:
    files = qualcoder_files()
    del files[SOURCE]
    refused(vault, write_zip(tmp_path / "x.qdpx", files),
            re.escape(f'names {excerpt(SOURCE)}, which is not in the archive'))


def test_source_that_is_not_utf8(vault: Vault, tmp_path: Path) -> None:
    files = qualcoder_files()
    files[SOURCE] = files[SOURCE].replace(b"brigade", b"brig\xe2de")
    refused(vault, write_zip(tmp_path / "x.qdpx", files), "is not UTF-8 text")


def test_damaged_zip_member(vault: Vault, tmp_path: Path) -> None:
    path = fixture_qdpx("qualcoder_like", tmp_path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(SOURCE)
    data[info.header_offset + 30 + len(info.filename) + 5] ^= 0xFF  # inside the compressed data
    path.write_bytes(bytes(data))
    refused(vault, path, "is damaged or cannot be unpacked")


def test_entity_expansion_is_refused(vault: Vault, tmp_path: Path) -> None:
    bomb = edited(tmp_path, lambda qde: LAUGHS + qde.split("?>", 1)[1].replace(
        "The brigade leader", "&c; The brigade leader"))
    refused(vault, bomb, "declares a DTD or entities")


def test_external_entity_is_refused(vault: Vault, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me")
    xxe = f'<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file://{secret}">]>\n'
    path = edited(tmp_path, lambda qde: xxe + qde.split("?>", 1)[1].replace(
        "The brigade leader", "&x;"))
    refused(vault, path, "declares a DTD or entities")


def test_coding_with_an_unknown_code(vault: Vault, tmp_path: Path) -> None:
    path = edited(tmp_path, lambda qde: qde.replace(
        '<CodeRef targetGUID="089cd91e-2f0c-4da6-8064-41b8607ae4e4"/>',
        '<CodeRef targetGUID="11111111-2222-3333-4444-555555555555"/>', 1))
    refused(vault, path, "refers to code 11111111-2222-3333-4444-555555555555, which is neither")


def test_code_guid_used_twice(vault: Vault, tmp_path: Path) -> None:
    path = edited(tmp_path, lambda qde: qde.replace("089cd91e-2f0c-4da6-8064-41b8607ae4e4",
                                                    "ceda1539-2fee-4f9b-aee0-1e04899c5fd7"))
    refused(vault, path, "uses the code GUID ceda1539-2fee-4f9b-aee0-1e04899c5fd7 twice")


def test_other_namespace_or_draft_version(vault: Vault, tmp_path: Path) -> None:
    path = edited(tmp_path, lambda qde: qde.replace('xmlns="urn:QDA-XML:project:1.0"',
                                                    'xmlns="urn:QDA-XML:project:0:10"'))
    refused(vault, path, "not a REFI-QDA 1.0 file: its root is <Project> in "
                         "urn:QDA-XML:project:0:10")


def test_absurd_nesting_is_refused(vault: Vault, tmp_path: Path) -> None:
    deep = '<Code guid="ceda1539-2fee-4f9b-aee0-1e04899c5fd7" name="x" isCodable="true">' * 300
    path = edited(tmp_path, first_line_after("<Codes>", deep + "</Code>" * 300))
    refused(vault, path, "more than 200 levels deep")


def test_a_failure_half_way_through_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    vault.cases.define_attribute("age", "text")
    before = counts(vault)
    with pytest.raises(InputError, match="source 'W3 Interview \\(Korean\\)' cannot become a "
                                         'case: Attribute "age" takes text values'):
        import_project(vault, fixture_qdpx("maxqda_like", tmp_path))
    assert counts(vault) == before  # the themes merged before the failure were rolled back


def test_malformed_codebooks_are_refused(vault: Vault, tmp_path: Path) -> None:
    before = counts(vault)
    broken = tmp_path / "broken.qdc"
    broken.write_text('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes></Codes></CodeBook>')
    with pytest.raises(InputError, match="does not follow the REFI-QDA schema at "
                                         "/CodeBook/Codes"):
        import_codebook(vault, broken)
    broken.write_text("<CodeBook")
    with pytest.raises(InputError, match="not well-formed XML"):
        import_codebook(vault, broken)
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"codebook_id": "x", "themes": []}')
    with pytest.raises(InputError, match="wrong.json is invalid"):
        import_codebook(vault, wrong)
    with pytest.raises(InputError, match="Cannot read missing.qdc"):
        import_codebook(vault, tmp_path / "missing.qdc")
    assert counts(vault) == before


def test_entries_over_the_size_limit_are_not_read(vault: Vault, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_SOURCE", 200)
    refused(vault, fixture_qdpx("qualcoder_like", tmp_path),
            re.escape(f"{excerpt(SOURCE)} is larger than the limit of 200 bytes"))


def test_windows_separators_inside_the_zip_are_accepted(bare_vault: Vault,
                                                         tmp_path: Path) -> None:
    files = {name.replace("/", "\\"): data for name, data in qualcoder_files().items()}
    report = import_project(bare_vault, write_zip(tmp_path / "win.qdpx", files))
    assert report.codings == 5
