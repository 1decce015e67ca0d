"""``fieldvault import VAULT FILE... [--case CODE] [--encoding ENC]`` for documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dochelp
from clihelp import run
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


def write(folder: Path, name: str, data: bytes) -> str:
    (folder / name).write_bytes(data)
    return str(folder / name)


def transcripts(vault: Path) -> dict[str, str]:
    with Vault.open(vault, Passphrase(PASSPHRASE)) as opened:
        return {s.code: opened.transcripts.current(s.code).text
                for s in opened.cases.summaries()}


def test_each_format_and_script_imports_with_exact_text(capsys: pytest.CaptureFixture[str],
                                                        vault_path: Path,
                                                        tmp_path: Path) -> None:
    files, expected = [], []
    for script, lines in sorted(dochelp.SCRIPTS.items()):
        files += [write(tmp_path, f"{script}.docx", dochelp.docx(lines)),
                  write(tmp_path, f"{script}.odt", dochelp.odt(lines)),
                  write(tmp_path, f"{script}.hwpx", dochelp.hwpx([lines])),
                  write(tmp_path, f"{script}.rtf", dochelp.rtf_unicode(lines)),
                  write(tmp_path, f"{script}.pdf", dochelp.pdf(lines, script))]
        expected += ["\n".join(lines)] * 5
    code, out, err = run(capsys, "import", str(vault_path), *files, "--json")
    assert code == 0 and err == ""
    report = json.loads(out)
    assert len(report["cases"]) == 15 and report["appended"] is False
    stored = transcripts(vault_path)
    assert [stored[c] for c in report["cases"]] == expected
    assert [d["format"] for d in report["documents"]][:5] == ["docx", "odt", "hwpx", "rtf",
                                                              "pdf"]


@pytest.mark.parametrize("script, codec", [("ko", "cp949"), ("ko", "utf-16"),
                                           ("ru", "cp1251"), ("ru", "koi8-r"),
                                           ("en", "utf-8-sig")])
def test_text_encodings_are_detected(capsys: pytest.CaptureFixture[str], vault_path: Path,
                                     tmp_path: Path, script: str, codec: str) -> None:
    text = "\n".join(dochelp.SCRIPTS[script])
    path = write(tmp_path, "t.txt", text.encode(codec))
    code, out, _ = run(capsys, "import", str(vault_path), path)
    assert code == 0 and out.startswith("t.txt: txt, ")
    assert list(transcripts(vault_path).values()) == [text]


def test_encoding_override_and_case_option(capsys: pytest.CaptureFixture[str],
                                           vault_path: Path, tmp_path: Path) -> None:
    line = dochelp.SCRIPTS["ru"][0]
    first = write(tmp_path, "a.txt", line.encode("koi8-r"))
    second = write(tmp_path, "b.txt", line.encode("koi8-r"))
    code, out, _ = run(capsys, "import", str(vault_path), first, second, "--case", "RU-0007",
                       "--encoding", "KOI8-R")
    assert code == 0 and "Imported as case RU-0007 (2 document(s))." in out
    assert "a.txt: txt, koi8-r" in out
    assert transcripts(vault_path) == {"RU-0007": f"{line}\n\n{line}"}
    third = write(tmp_path, "c.docx", dochelp.docx(["Третий"]))
    code, out, _ = run(capsys, "import", str(vault_path), third, "--case", "RU-0007")
    assert code == 0 and "Appended to case RU-0007" in out
    assert transcripts(vault_path)["RU-0007"].endswith(f"{line}\n\nТретий")


def test_suggestions_count_is_printed(capsys: pytest.CaptureFixture[str], vault_path: Path,
                                      tmp_path: Path) -> None:
    path = write(tmp_path, "p.txt", b"Call me on 010-2345-6789, please.")
    code, out, _ = run(capsys, "import", str(vault_path), path, "--json")
    report = json.loads(out)
    assert code == 0 and report["suggestions"] >= 1
    code, out, _ = run(capsys, "import", str(vault_path), path)
    assert f"{report['suggestions']} privacy suggestion(s) await review" in out


def test_one_refused_file_imports_nothing(capsys: pytest.CaptureFixture[str],
                                          vault_path: Path, tmp_path: Path) -> None:
    good = write(tmp_path, "good.docx", dochelp.docx(["fine"]))
    bad = write(tmp_path, "bad.pdf", b"%PDF-1.7 truncated")
    old = write(tmp_path, "old.hwp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    code, out, err = run(capsys, "import", str(vault_path), good, bad, old)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("fieldvault: bad.pdf is damaged or truncated")
    assert lines[1].startswith("fieldvault: old.hwp is a binary Hangul (.hwp) file")
    assert lines[2] == "fieldvault: nothing was imported (2 of 3 files refused)."
    assert "Traceback" not in err and transcripts(vault_path) == {}


def test_jsonl_keeps_its_importer_and_is_imported_alone(capsys: pytest.CaptureFixture[str],
                                                        vault_path: Path,
                                                        tmp_path: Path) -> None:
    record = {"title": "J", "languages": ["en"], "interview_date": "2015-01-01", "interviewer": "a",
              "attributes": {}, "transcript": "[FICTIONAL] plain"}
    jsonl = write(tmp_path, "r.jsonl", json.dumps(record).encode())
    code, out, _ = run(capsys, "import", str(vault_path), jsonl)
    assert code == 0 and out.startswith("Imported 1 cases, 0 codings")
    code, _, err = run(capsys, "import", str(vault_path), jsonl, "--case", "C-0001")
    assert code == 2 and "imported on its own" in err and err.count("\n") == 1


def test_keep_original_stores_the_file_as_an_attachment(capsys: pytest.CaptureFixture[str],
                                                        vault_path: Path,
                                                        tmp_path: Path) -> None:
    raw = dochelp.odt(dochelp.SCRIPTS["ko"])
    path = write(tmp_path, "면담.odt", raw)
    code, out, _ = run(capsys, "import", str(vault_path), path, "--keep-original")
    assert code == 0 and "Kept 1 original file(s) as encrypted attachments." in out
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as opened:
        [case] = opened.cases.summaries()
        [info] = opened.attachments.list(case.code)
        with opened.attachments.open(info.id) as reader:
            assert info.name == "면담.odt" and reader.read(0, info.size) == raw
