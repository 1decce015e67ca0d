"""``fieldvault analyse``: JSON and CSV figures of the hand-counted vault, bad input exits 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from fieldvault.cli import main
from fieldvault.core.vault import Passphrase, Vault
from patternhelp import TEXT_2, small
from vaulthelp import PASSPHRASE


@pytest.fixture
def counted(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        small(vault)
    return str(vault_path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["analyse", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_crosstab_by_sector_json(capsys: pytest.CaptureFixture[str], counted: str) -> None:
    code, out, _ = run(capsys, counted, "crosstab", "--by", "sector", "--json")
    data = json.loads(out)
    assert code == 0 and data["columns"] == ["construction", "logging"]
    rows = {r["theme"]: r for r in data["rows"]}
    assert rows["work"]["cells"] == {
        "construction": {"codings": 2, "cases": 1, "chars": 20},
        "logging": {"codings": 1, "cases": 1, "chars": 5}}
    assert rows["work.arrears"]["total"] == {"codings": 2, "cases": 2, "chars": 15}
    assert data["column_totals"]["construction"] == {"codings": 3, "cases": 2, "chars": 30}


def test_cooccur_json_counts_overlapping_pairs(capsys: pytest.CaptureFixture[str],
                                               counted: str) -> None:
    code, out, _ = run(capsys, counted, "cooccur", "--json")
    data = json.loads(out)
    pairs = {(p["a"], p["b"]): (p["pairs"], p["cases"]) for p in data["pairs"]}
    assert code == 0 and pairs == {("surveillance.minders", "work.arrears"): (1, 1),
                                   ("work.arrears", "work.wages"): (1, 1)}
    code, out, _ = run(capsys, counted, "cooccur", "--mode", "near", "--distance", "15",
                       "--top-level", "--json")
    assert [(p["a"], p["b"], p["pairs"]) for p in json.loads(out)["pairs"]] == [
        ("surveillance", "work", 2)]


def test_csv_matrix_timeline_and_filters(capsys: pytest.CaptureFixture[str],
                                         counted: str) -> None:
    code, out, _ = run(capsys, counted, "matrix", "--top-level", "--csv")
    lines = list(csv.DictReader(io.StringIO(out)))
    work = {r["column"]: r for r in lines if r["theme"] == "work"}
    assert code == 0 and set(work) == {"A-001", "A-002", "A-003"}
    assert (work["A-001"]["codings"], work["A-001"]["chars"]) == ("2", "20")
    assert work["A-003"]["codings"] == "0" and work["A-001"]["codings_row_pct"] == "66.7"
    code, out, _ = run(capsys, counted, "timeline", "--json")
    assert json.loads(out)["columns"] == ["2015", "2016", "(none)"]
    code, out, _ = run(capsys, counted, "timeline", "--by", "interviewer", "--coder", "c2",
                       "--json")
    rows = {r["theme"]: r["cells"] for r in json.loads(out)["rows"]}
    assert rows == {"work": {"Seo": {"codings": 1, "cases": 1, "chars": 10}},
                    "work.wages": {"Seo": {"codings": 1, "cases": 1, "chars": 10}}}


def test_near_lists_passages(capsys: pytest.CaptureFixture[str], counted: str) -> None:
    code, out, _ = run(capsys, counted, "near", "work", "surveillance", "--mode", "overlap",
                       "--where", "sector=logging", "--json")
    (passage,) = json.loads(out)
    assert code == 0 and passage["case_code"] == "A-002" and passage["text"] == TEXT_2[:8]


@pytest.mark.parametrize(("args", "message"), [
    (("crosstab", "--by", "colour"), "No case has the attribute 'colour'"),
    (("near", "work", "nothing.here"), "There is no theme 'nothing.here'"),
    (("cooccur", "--distance", "-3", "--mode", "near"), "distance must be zero or more"),
    (("matrix", "--where", "sector"), "'sector' is not NAME=VALUE"),
])
def test_bad_input_is_one_sentence_and_exit_2(capsys: pytest.CaptureFixture[str],
                                              counted: str, args: tuple[str, ...],
                                              message: str) -> None:
    code, out, err = run(capsys, counted, *args)
    assert code == 2 and out == "" and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
