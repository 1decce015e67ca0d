"""Project and codebook exports: valid against the XSDs, described first, no identities."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET
from refihelp import EN_TEXT, span, valid_but_for_our_ids

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.refi import (
    describe_export,
    export_codebook,
    export_project,
    outgoing,
    prepare_export,
    text_for_export,
)
from fieldvault.core.refi.xmlio import CODEBOOK_NS, PROJECT_NS
from fieldvault.core.vault import Vault

NS = {"q": PROJECT_NS}


def _project(path: Path) -> tuple[object, dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    return SafeET.fromstring(files["project.qde"]), files


def test_project_export_validates_and_holds_every_part(filled: Vault, tmp_path: Path) -> None:
    target = tmp_path / "out.qdpx"
    summary = export_project(filled, target)
    root, files = _project(target)
    assert valid_but_for_our_ids(root, PROJECT_NS)
    assert (summary.cases, summary.sources, summary.codings, summary.memos) == (3, 3, 5, 3)
    assert summary.themes == len(filled.codebook.tree())
    assert len(root.findall("q:Cases/q:Case", NS)) == 3
    assert len(root.findall(".//q:PlainTextSelection", NS)) == 5
    assert len(root.findall("q:Notes/q:Note", NS)) == 3
    names = {u.get("name") for u in root.findall("q:Users/q:User", NS)}
    assert names == {"tester", "Seo Hana", "Kim Coder"} and summary.users == 3
    sources = [n for n in files if n.startswith("sources/")]
    assert len(sources) == 3 and all(n.endswith(".txt") for n in sources)
    paths = {s.get("plainTextPath") for s in root.findall(".//q:TextSource", NS)}
    assert paths == {"internal://" + n.removeprefix("sources/") for n in sources}
    assert EN_TEXT.encode("utf-8") in files.values()


def test_selections_use_the_vault_offsets_on_the_exported_text(filled: Vault,
                                                               tmp_path: Path) -> None:
    export_project(filled, tmp_path / "out.qdpx", cases=["PK-101"])
    root, files = _project(tmp_path / "out.qdpx")
    source = root.find(".//q:TextSource", NS)
    text = files["sources/" + source.get("plainTextPath").removeprefix("internal://")].decode()
    covered = {text[int(s.get("startPosition")):int(s.get("endPosition"))]
               for s in source.findall("q:PlainTextSelection", NS)}
    assert covered == {"earn 800 dollars a month", "A review meeting every Saturday",
                       "earn 800 dollars"}


def test_codebook_exports_validate_as_qdc_and_as_our_json(vault: Vault, tmp_path: Path) -> None:
    count = export_codebook(vault, tmp_path / "book.qdc")
    root = SafeET.fromstring((tmp_path / "book.qdc").read_bytes())
    assert valid_but_for_our_ids(root, CODEBOOK_NS)
    codes = root.findall(".//c:Code", {"c": CODEBOOK_NS})
    assert len(codes) == count == len(vault.codebook.tree())
    export_codebook(vault, tmp_path / "book.json")
    document = json.loads((tmp_path / "book.json").read_text("utf-8"))
    assert document == vault.codebook.as_document()


def test_summary_counts_without_writing_and_subsets_by_case(filled: Vault) -> None:
    summary = describe_export(filled, ["PK-102", "PK-103"])
    assert (summary.cases, summary.codings, summary.memos) == (2, 2, 1)
    assert summary.identities == 0 and "No identities" in summary.statement
    assert any("No identities" in line for line in summary.lines())
    with pytest.raises(NotFound, match="PK-999"):
        describe_export(filled, ["PK-999"])


def test_people_and_identities_never_leave(filled: Vault, tmp_path: Path) -> None:
    filled.people.add("worker", "Ri Myong-chol", ["리명철", "Ри Мён Чхоль"],
                      contacts=["+7 914 000 00 00"])
    export_project(filled, tmp_path / "out.qdpx")
    _root, files = _project(tmp_path / "out.qdpx")
    blob = b"".join(files.values()).decode("utf-8")
    for secret in ("Ri Myong-chol", "리명철", "Ри Мён Чхоль", "+7 914"):
        assert secret not in blob


def test_a_registered_name_in_a_transcript_leaves_as_its_code(filled: Vault,
                                                              tmp_path: Path) -> None:
    person = filled.people.add("worker", "Pak Chol-ho", ["박철호"])
    filled.transcripts.save_version("PK-102", "답: 박철호가 여권을 모두 걷어 갔습니다.\n")
    export_project(filled, tmp_path / "out.qdpx", cases=["PK-102"])
    _root, files = _project(tmp_path / "out.qdpx")
    text = next(v for k, v in files.items() if k.startswith("sources/")).decode()
    assert "박철호" not in text and person.code in text


def test_a_real_name_only_the_identity_check_can_see_stops_the_export(filled: Vault,
                                                               tmp_path: Path) -> None:
    filled.people.add("worker", "Pak Chol-ho", ["박철호"])
    fullwidth = "".join(chr(ord(c) + 0xFEE0) if c.isalpha() else c for c in "Pak Chol-ho")
    filled.transcripts.save_version("PK-102", f"답: 박\u00ad철호가 ({fullwidth}) 여권을 모두 "
                                    "걷어 갔습니다.\n")  # a soft hyphen is withheld, not these
    with pytest.raises(Refused, match=r"real name of W-\d+"):
        export_project(filled, tmp_path / "out.qdpx")
    assert not (tmp_path / "out.qdpx").exists()
    export_project(filled, tmp_path / "out.qdpx", cases=["PK-101"])  # other cases may go


def test_latin_names_match_whole_words_only(filled: Vault) -> None:
    filled.people.add("worker", "Li")
    filled.people.add("worker", "Seo Jin")
    assert outgoing.identity_hits(filled, ["Lisa and Lily met Seo Jina."]) == []
    hits = outgoing.identity_hits(filled, ["they said: seo  JIN was there"])
    assert len(hits) == 1


def test_the_export_hook_decides_the_outgoing_text(filled: Vault, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def redact(vault: Vault, case: object, withholding: object = None) -> str:
        text = text_for_export(vault, case, withholding)  # type: ignore[arg-type]
        return text.replace("800 dollars", "[AMOUNT]")

    monkeypatch.setattr("fieldvault.core.refi.export.text_for_export", redact)
    summary = export_project(filled, tmp_path / "out.qdpx", cases=["PK-101"])
    root, files = _project(tmp_path / "out.qdpx")
    text = next(v for k, v in files.items() if k.startswith("sources/")).decode()
    assert "800" not in text and "[AMOUNT]" in text
    covered = sorted(text[int(s.get("startPosition")):int(s.get("endPosition"))]
                     for s in root.findall(".//q:PlainTextSelection", NS))
    assert covered == ["A review meeting every Saturday", "earn [AMOUNT] a month"]
    assert summary.codings == 2 and summary.left_out == 1  # "earn 800 dollars" ends inside


def test_exports_refuse_existing_files_and_wrong_extensions(filled: Vault,
                                                            tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "there.qdpx").write_bytes(b"keep me")
    with pytest.raises(InputError, match="already exists"):
        export_project(filled, folder / "there.qdpx")
    assert (folder / "there.qdpx").read_bytes() == b"keep me"
    with pytest.raises(InputError, match=r"\.qdpx"):
        export_project(filled, folder / "out.zip")
    with pytest.raises(InputError, match=r"\.qdc or \.json"):
        export_codebook(filled, folder / "book.xml")
    with pytest.raises(InputError, match="does not exist"):
        export_project(filled, folder / "missing" / "out.qdpx")
    assert sorted(p.name for p in folder.iterdir()) == ["there.qdpx"]


def test_each_export_is_recorded_in_the_audit_log(filled: Vault, tmp_path: Path) -> None:
    from fieldvault.core.store.audit import entries_for

    export_project(filled, tmp_path / "out.qdpx")
    export_codebook(filled, tmp_path / "book.qdc")
    with filled.session() as session:
        actions = [e.action for e in entries_for(session, "")]
    assert actions[-2:] == ["refi.export", "codebook.export"]
    assert filled.verify_audit().ok


def test_unplaced_codings_are_left_out_and_counted(filled: Vault) -> None:
    start, end = span(EN_TEXT, "A review meeting every Saturday")
    new_text = EN_TEXT[:start] + "Meetings happened." + EN_TEXT[end:]
    result = filled.transcripts.save_version("PK-101", new_text)
    assert len(result.unplaced) == 1
    plan = prepare_export(filled, ["PK-101"])
    assert plan.summary.codings == 2 and plan.summary.left_out == 1
