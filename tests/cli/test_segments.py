"""``fieldvault segments``: coded passages to CSV/.docx/.odt, filtered; bad input exits 2."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from demovault import build_demo
from fieldvault.cli import main
from fieldvault.core.demo import DEMO_PASSPHRASE

PHONE = "+7 914 702-18-43"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_demo(tmp_path_factory.mktemp("demo")))


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", DEMO_PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["segments", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_filters_reach_the_file(capsys: pytest.CaptureFixture[str], demo_path: str,
                                tmp_path: Path) -> None:
    target = tmp_path / "artyom.csv"
    code, out, err = run(capsys, demo_path, "--attr", "city=Artyom", "--csv", str(target))
    assert code == 0 and err == "" and "Wrote" in out
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["case"] for r in rows} == {"PK-001", "PK-004", "PK-007", "PK-011",
                                                  "PK-013"}
    assert all(PHONE not in " ".join(r.values()) for r in rows)
    quota = tmp_path / "quota.docx"
    code, _, _ = run(capsys, demo_path, "--theme", "quota", "--verdict", "unreviewed",
                     "--docx", str(quota))
    with zipfile.ZipFile(quota) as package:
        assert b"<w:document" in package.read("word/document.xml")
    odt = tmp_path / "coder.odt"
    assert run(capsys, demo_path, "--coder", "demo-coder", "--odt", str(odt))[0] == 0
    assert zipfile.ZipFile(odt).read("mimetype") == b"application/vnd.oasis.opendocument.text"


@pytest.mark.parametrize(("args", "sentence"), [
    (["--theme", "nope"], "no theme 'nope'"),
    (["--attr", "city"], "not NAME=VALUE"),
    (["--attr", "city=Atlantis"], "No coded passage matches"),
    (["--coder", "nobody"], "No coded passage matches"),
])
def test_bad_input_exits_2_with_one_sentence(capsys: pytest.CaptureFixture[str],
                                             demo_path: str, tmp_path: Path,
                                             args: list[str], sentence: str) -> None:
    target = tmp_path / "out.csv"
    code, out, err = run(capsys, demo_path, *args, "--csv", str(target))
    assert code == 2 and out == "" and sentence in err and err.count("\n") == 1
    assert not target.exists()


def test_a_folder_or_missing_folder_is_refused(capsys: pytest.CaptureFixture[str],
                                               demo_path: str, tmp_path: Path) -> None:
    assert run(capsys, demo_path, "--csv", str(tmp_path))[0] == 2
    code, _, err = run(capsys, demo_path, "--odt", str(tmp_path / "no" / "x.odt"))
    assert code == 2 and "does not exist" in err


def test_agreement_compares_chosen_coders_per_case(capsys: pytest.CaptureFixture[str],
                                                   demo_path: str) -> None:
    import json

    code = main(["agreement", demo_path, "--coder", "demo-interviewer", "demo-coder",
                 "--per-case", "--theme", "quota.planned", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["themes"][-1]["coders"] == ["demo-coder", "demo-interviewer"]
    differ = {c["code"]: c["stretches"] for c in data["cases"]}
    assert len(differ) == 14 and differ["PK-001"] == 1 and sum(differ.values()) >= 1
    assert all(c["themes"] in ([], ["quota.planned"]) for c in data["cases"])
    assert main(["agreement", demo_path, "--coder", "demo-coder"]) == 2
    assert "two or more coders" in capsys.readouterr().err
