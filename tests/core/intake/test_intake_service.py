"""vault.intake: documents become cases in one transaction, then are scanned for privacy."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import dochelp
from fieldvault.core.errors import InputError
from fieldvault.core.progress import Cancelled
from fieldvault.core.vault import Vault

MARKERS = ["ZQXJMARKER7731", "토끼마커들", "Маркерович"]


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def three_files(folder: Path) -> list[Path]:
    return [write(folder, "kim.docx", dochelp.docx(dochelp.SCRIPTS["ko"])),
            write(folder, "ivanov.txt", "\n".join(dochelp.SCRIPTS["ru"]).encode("cp1251")),
            write(folder, "smith.pdf", dochelp.pdf(dochelp.SCRIPTS["en"], "en"))]


def audit_count(vault: Vault) -> int:
    return len(vault.audit_entries())


def test_each_file_becomes_a_case_with_its_exact_text(vault: Vault, tmp_path: Path) -> None:
    before = audit_count(vault)
    report, refusals = vault.intake.import_files(three_files(tmp_path))
    assert refusals == [] and report is not None and len(report.cases) == 3
    summaries = {s.code: s for s in vault.cases.summaries(codes=report.cases)}
    for code, script, title in zip(report.cases, ("ko", "ru", "en"),
                                   ("kim", "ivanov", "smith"), strict=True):
        assert vault.transcripts.current(code).text == "\n".join(dochelp.SCRIPTS[script])
        assert summaries[code].languages == [script] and summaries[code].title == title
        assert summaries[code].interviewer == "tester"
    actions = [e.action for e in vault.audit_entries()[before:]]
    assert actions[0] == "import.documents" and actions.count("import.documents") == 1
    assert actions.count("privacy.scan") == 3


def test_several_files_into_one_new_case(vault: Vault, tmp_path: Path) -> None:
    report, _ = vault.intake.import_files(three_files(tmp_path)[:2], case_code="KR-0042")
    assert report is not None and report.cases == ["KR-0042"] and not report.appended
    text = vault.transcripts.current("KR-0042").text
    assert text == "\n".join(dochelp.SCRIPTS["ko"]) + "\n\n" + "\n".join(dochelp.SCRIPTS["ru"])
    assert vault.cases.summaries(codes=["KR-0042"])[0].languages == ["ko", "ru"]


def test_files_appended_to_an_existing_case_keep_its_codings(vault: Vault,
                                                              tmp_path: Path) -> None:
    first, _ = vault.intake.import_files(three_files(tmp_path)[:1], case_code="KR-0001")
    theme = next(n.theme.id for n in vault.codebook.tree() if n.depth == 1)
    coding = vault.codings.add("KR-0001", theme, 0, 6)
    path = write(tmp_path, "second.odt", dochelp.odt(["둘째 면담입니다."]))
    report, _ = vault.intake.import_files([path], case_code="KR-0001")
    assert report is not None and report.appended and report.cases == ["KR-0001"]
    current = vault.transcripts.current("KR-0001")
    assert current.version == 2
    assert current.text.endswith("\n\n둘째 면담입니다.")
    carried = vault.codings.for_case("KR-0001")
    assert [(c.id, c.start, c.end, c.placed) for c in carried] == [(coding.id, 0, 6, True)]


def test_one_refused_file_stores_nothing(vault: Vault, tmp_path: Path) -> None:
    files = three_files(tmp_path)
    files.insert(1, write(tmp_path, "broken.docx", b"PK\x03\x04 not really"))
    before_cases, before_audit = len(vault.cases.summaries()), audit_count(vault)
    report, refusals = vault.intake.import_files(files)
    assert report is None and [r.name for r in refusals] == ["broken.docx"]
    assert refusals[0].sentence.startswith("broken.docx is not a Word (.docx) file")
    assert len(vault.cases.summaries()) == before_cases
    assert audit_count(vault) == before_audit


def test_a_taken_or_malformed_case_code_is_refused(vault: Vault, tmp_path: Path) -> None:
    files = three_files(tmp_path)
    result = vault.intake.read(files)
    with pytest.raises(InputError, match="is not like C-0123"):
        vault.intake.store(result.documents, case_code="kr 42")
    assert vault.cases.summaries() == []


def test_cancel_before_the_write_stores_nothing(vault: Vault, tmp_path: Path) -> None:
    documents = vault.intake.read(three_files(tmp_path)).documents
    with pytest.raises(Cancelled):
        vault.intake.store(documents, cancel=lambda: True)
    assert vault.cases.summaries() == []


def test_suggestions_await_review_after_intake(vault: Vault, tmp_path: Path) -> None:
    text = ("Q: How can we reach you?\nA: Call 010-2345-6789 or write to "
            "kim.field@example.org.\n네, 그렇게 했어요.")
    path = write(tmp_path, "contact.txt", text.encode("utf-8"))
    report, _ = vault.intake.import_files([path])
    assert report is not None and report.scanned
    code = report.cases[0]
    suggested = [r for r in vault.privacy.for_case(code) if r.status == "suggested"]
    assert report.suggestions == len(suggested) >= 2
    assert {"010-2345-6789", "kim.field@example.org"} <= {r.text for r in suggested}
    assert not vault.privacy.state(code).needs_scan


def test_progress_is_reported_per_file(vault: Vault, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    vault.intake.read(three_files(tmp_path), progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_no_document_text_reaches_the_vault_folder_or_temp(vault: Vault, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    sources = tmp_path / "sources"
    sources.mkdir()
    line = f"[FICTIONAL] {MARKERS[0]} {MARKERS[1]} {MARKERS[2]} 일했다."
    files = [write(sources, "m.docx", dochelp.docx([line] * 50)),
             write(sources, "m.rtf", dochelp.rtf_unicode([line] * 50)),
             write(sources, "m.pdf", dochelp.pdf([line], "ko"))]
    report, _ = vault.intake.import_files(files)
    assert report is not None and MARKERS[1] in vault.transcripts.current(report.cases[0]).text
    vault.checkpoint()
    for folder in (vault.path, temp):
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for marker in MARKERS:
                    for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le")):
                        assert encoded not in data, (path.name, marker)


def test_together_without_a_code_makes_one_new_case(vault: Vault, tmp_path: Path) -> None:
    documents = vault.intake.read(three_files(tmp_path)).documents
    report = vault.intake.store(documents, together=True)
    assert len(report.cases) == 1 and report.cases[0].startswith("C-")
    text = vault.transcripts.current(report.cases[0]).text
    assert text == "\n\n".join(doc.text for doc in documents)
    assert vault.cases.summaries()[0].title == "kim"


# --- keeping the original files as encrypted attachments ------------------------------------


def test_originals_are_kept_sealed_and_read_back_whole(vault: Vault, tmp_path: Path) -> None:
    files = three_files(tmp_path)
    report, _ = vault.intake.import_files(files, keep_originals=True)
    assert report is not None and report.originals == 3
    for code, path in zip(report.cases, files, strict=True):
        [info] = vault.attachments.list(code)
        assert (info.name, info.kind, info.format) == (path.name, "document",
                                                       path.suffix.lstrip("."))
        with vault.attachments.open(info.id) as reader:
            assert reader.read(0, info.size) == path.read_bytes()


def test_originals_of_several_files_in_one_case(vault: Vault, tmp_path: Path) -> None:
    files = three_files(tmp_path)[:2]
    report, _ = vault.intake.import_files(files, case_code="KR-0005", keep_originals=True)
    assert report is not None
    assert [a.name for a in vault.attachments.list("KR-0005")] == ["kim.docx", "ivanov.txt"]
    more = write(tmp_path, "more.rtf", dochelp.rtf_unicode(["또"]))
    report, _ = vault.intake.import_files([more], case_code="KR-0005", keep_originals=True)
    assert report is not None and report.appended and report.originals == 1
    assert len(vault.attachments.list("KR-0005")) == 3


def test_a_failed_original_takes_the_whole_import_back(vault: Vault, tmp_path: Path) -> None:
    files = three_files(tmp_path)
    documents = vault.intake.read(files).documents
    files[2].unlink()  # gone between the preview and the import
    with pytest.raises(InputError, match="Cannot read the file"):
        vault.intake.store(documents, originals=files)
    assert vault.cases.summaries() == []
    folder = vault.path / "attachments"
    assert not folder.exists() or not [p for p in folder.iterdir() if p.suffix == ".fva"]


def test_a_failed_original_leaves_an_existing_case_as_it_was(vault: Vault,
                                                             tmp_path: Path) -> None:
    files = three_files(tmp_path)
    vault.intake.import_files(files[:1], case_code="KR-0009")
    documents = vault.intake.read(files[1:]).documents
    files[2].unlink()
    with pytest.raises(InputError):
        vault.intake.store(documents, case_code="KR-0009", originals=files[1:])
    assert vault.transcripts.current("KR-0009").version == 1
    assert vault.attachments.list("KR-0009") == []


def test_a_kept_original_is_never_plaintext_on_disk(vault: Vault, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    sources = tmp_path / "sources"
    sources.mkdir()
    text = f"[FICTIONAL] {MARKERS[0]} {MARKERS[1]} {MARKERS[2]}\n" * 40
    files = [write(sources, "plain.txt", text.encode("utf-8")),
             write(sources, "wide.txt", codecs_bom_utf16(text))]
    report, _ = vault.intake.import_files(files, keep_originals=True)
    assert report is not None and report.originals == 2
    vault.checkpoint()
    for folder in (vault.path, temp):
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for marker in MARKERS:
                    for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le")):
                        assert encoded not in data, (path.name, marker)


def codecs_bom_utf16(text: str) -> bytes:
    return b"\xff\xfe" + text.encode("utf-16-le")
