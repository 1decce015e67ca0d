"""Hostile and damaged input: one sentence and exit 2, never "internal error", nothing written."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clihelp import run
from vaulthelp import PASSPHRASE

RECORD = {"title": "t", "languages": ["en"], "interview_date": "2015-02-28",
          "interviewer": "x", "attributes": {}, "transcript": "[FICTIONAL] abc",
          "memos": ["m"], "people": [{"role": "worker", "name": "n", "variants": []}]}


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


def refused(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    code, _out, err = run(capsys, *map(str, args))
    assert code == 2, err
    assert err.startswith("fieldvault: ") and err.count("\n") == 1
    assert "internal error" not in err and "Traceback" not in err
    return err


def jsonl(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(text, "utf-8")
    return path


SURROGATE = '"a\\udc00b"'


@pytest.mark.parametrize("field", ['"title": "t"', '"transcript": "[FICTIONAL] abc"',
                                   '"memos": ["m"]', '"name": "n"', '"attributes": {}'])
def test_a_lone_surrogate_in_any_text_field_is_refused(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path,
        field: str) -> None:
    text = json.dumps(RECORD)
    key = field.split(":")[0]
    bad = key + ": " + ({"attributes": "{" + SURROGATE + ": 1}", "memos": f"[{SURROGATE}]"}
                        .get(key.strip('"'), SURROGATE))
    assert field in text
    err = refused(capsys, "import", vault_path, jsonl(tmp_path, text.replace(field, bad)))
    assert "line 1 holds a lone surrogate" in err
    assert run(capsys, "cases", str(vault_path), "--json")[1].strip() == "[]"


def test_huge_integers_are_refused_in_jsonl_and_codebooks(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path) -> None:
    big = "9" * 5000
    text = json.dumps(RECORD).replace('"attributes": {}', f'"attributes": {{"n": {big}}}')
    assert "4,300 digits" in refused(capsys, "import", vault_path, jsonl(tmp_path, text))
    book = tmp_path / "book.json"
    book.write_text('{"themes": [' + big + "]}")
    assert "4,300 digits" in refused(capsys, "codebook", vault_path, "import", book)


def test_a_huge_integer_in_a_bundle_payload_is_one_sentence() -> None:
    from fieldvault.core.errors import InputError
    from fieldvault.core.exchange.service import _parse_payload

    with pytest.raises(InputError, match="4,300 digits"):
        _parse_payload(b'{"format": ' + b"9" * 5000 + b"}")


def test_deep_nesting_is_refused_in_jsonl_codebooks_and_key_files(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path) -> None:
    deep = "[" * 5000 + "]" * 5000
    assert "nested deeper" in refused(capsys, "import", vault_path, jsonl(tmp_path, deep))
    book = tmp_path / "book.json"
    book.write_text('{"themes": ' + deep + "}")
    assert "nested deeper" in refused(capsys, "codebook", vault_path, "import", book)
    (vault_path / "vault.keys").write_text(deep)
    assert "vault.keys is damaged" in refused(capsys, "cases", vault_path)


def _zip_with_entry_beyond_the_end(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", "<Project/>")
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 42:central + 46] = (2**31).to_bytes(4, "little")  # local header offset
    path.write_bytes(bytes(data))
    return path


def test_damaged_qdpx_entries_are_one_sentence(capsys: pytest.CaptureFixture[str],
                                               vault_path: Path, tmp_path: Path) -> None:
    path = _zip_with_entry_beyond_the_end(tmp_path / "p.qdpx")
    assert "is damaged" in refused(capsys, "refi", vault_path, "import", path)
    version = tmp_path / "v.qdpx"
    with zipfile.ZipFile(version, "w") as archive:
        archive.writestr("project.qde", "<Project/>")
    data = bytearray(version.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 6] = 200  # "version needed to extract": 20.0, which zipfile refuses
    version.write_bytes(bytes(data))
    assert "damaged" in refused(capsys, "refi", vault_path, "import", version)


def _edit_keys(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    from fieldvault.core.store.keyslots import _canonical

    body = json.loads((folder / "vault.keys").read_text())
    body.pop("checksum")
    change(body)
    body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()  # a consistent edit
    (folder / "vault.keys").write_text(json.dumps(body))


@pytest.mark.parametrize("change", [
    lambda b: b["slots"][0]["params"].update(lanes=0),
    lambda b: b["slots"][0]["params"].update(lanes="4"),
    lambda b: b["slots"][0].update(nonce="!!not base64!!"),
    lambda b: b["slots"][0].update(nonce="AAAA"),
    lambda b: b["slots"][0].update(wrapped="AAAA"),
    lambda b: b["slots"][0]["params"].pop("salt"),
    lambda b: b["slots"][1]["params"].update(salt=7),
    lambda b: b["slots"][0].pop("wrapped"),
    lambda b: b["slots"][0].update(kind="magic"),
    lambda b: b.update(slots={"a": 1}),
    lambda b: b.update(vault_id=["x"]),
], ids=["lanes0", "lanes-text", "bad-base64", "short-nonce", "short-wrapped", "no-salt",
        "salt-number", "no-wrapped", "unknown-kind", "slots-object", "id-list"])
def test_edited_key_files_are_one_sentence(capsys: pytest.CaptureFixture[str],
                                           vault_path: Path,
                                           change: Callable[[dict[str, Any]], None]) -> None:
    _edit_keys(vault_path, change)
    err = refused(capsys, "cases", vault_path)
    assert "vault.keys is damaged or has been altered; vault.keys.bak" in err


def test_a_key_file_that_is_a_folder_is_one_sentence(capsys: pytest.CaptureFixture[str],
                                                     vault_path: Path) -> None:
    (vault_path / "vault.keys").unlink()
    (vault_path / "vault.keys").mkdir()
    assert "is a folder, not a key file" in refused(capsys, "cases", vault_path)


def test_missing_secret_files_are_one_sentence(capsys: pytest.CaptureFixture[str],
                                               vault_path: Path, tmp_path: Path) -> None:
    before = (vault_path / "vault.keys").read_bytes()
    err = refused(capsys, "keys", vault_path, "add", "--label", "x",
                  "--new-passphrase-file", tmp_path / "absent")
    assert "Cannot read the new passphrase file" in err
    err = refused(capsys, "keys", vault_path, "rotate", "--keep",
                  f"passphrase={tmp_path / 'absent'}")
    assert "Cannot read the passphrase file for slot 'passphrase'" in err
    assert (vault_path / "vault.keys").read_bytes() == before


def test_init_shows_the_recovery_code_on_its_first_line(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    """`fieldvault init X | head -1` must still show the code that is never shown again."""
    code, out, _err = run(capsys, "init", str(tmp_path / "v"), "--no-codebook")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("Recovery code") and len(first.split(": ")[-1]) == 44


@pytest.mark.parametrize("params", [
    {"memory_kib": 64 * 1024 * 1024},             # 64 GiB
    {"memory_kib": 1024},                          # below the 64 MiB floor
    {"iterations": 10**6},                         # minutes of work
    {"memory_kib": 1024 * 1024, "iterations": 60},  # each inside, the product too much
    {"lanes": 0}, {"lanes": 1000}, {"iterations": 0},
])
def test_kdf_settings_beyond_limits_are_refused_before_deriving(
        capsys: pytest.CaptureFixture[str], vault_path: Path, monkeypatch: pytest.MonkeyPatch,
        params: dict[str, int]) -> None:
    from fieldvault.core.store import keyslots

    derived: list[object] = []
    real = keyslots._argon2
    monkeypatch.setattr(keyslots, "_argon2", lambda *a: derived.append(a) or real(*a))
    _edit_keys(vault_path, lambda b: b["slots"][0]["params"].update(params))
    err = refused(capsys, "cases", vault_path)
    assert "vault.keys" in err and derived == []


def test_new_slots_beyond_the_limits_are_refused() -> None:
    from fieldvault.core.store import keyslots

    cost = keyslots.KdfParams(keyslots.MAX_MEMORY_KIB, keyslots.MAX_ITERATIONS, 4)
    assert not keyslots.within_limits(cost)
    with pytest.raises(keyslots.Refused, match="limits"):
        keyslots.passphrase_slot("v", "p", "long enough passphrase", bytearray(32), cost)


# --- issue item 10: keys, bundles, attributes, BOM, guessable passphrases -------------------


def test_a_staged_key_file_of_another_vault_is_not_installed(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path) -> None:
    """An interrupted rotation finishes from vault.keys.next only if it names this vault."""
    from fieldvault.core.store import connection, keyslots
    from fieldvault.core.vault import Passphrase, Vault, unwrap_data_key

    other, _code = Vault.create(tmp_path / "other", PASSPHRASE, codebook=False)
    other.lock()
    unlock = Passphrase(PASSPHRASE)
    foreign = unwrap_data_key(keyslots.read(other.path), unlock)
    conn = connection.connect(vault_path / "vault.db", unwrap_data_key(
        keyslots.read(vault_path), unlock))
    connection.rekey(conn, foreign)  # the database now opens with the other vault's key
    conn.close()
    (vault_path / "vault.keys.next").write_bytes((other.path / "vault.keys").read_bytes())
    before = (vault_path / "vault.keys").read_bytes()
    err = refused(capsys, "cases", vault_path)
    assert "vault.keys.next belongs to another vault; it was not used" in err
    assert (vault_path / "vault.keys").read_bytes() == before


def test_rotation_asks_before_dropping_other_peoples_slots(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "colleague.txt"
    secret.write_text("colleague's own long passphrase")
    assert run(capsys, "keys", str(vault_path), "add", "--label", "colleague",
               "--new-passphrase-file", str(secret))[0] == 0
    before = (vault_path / "vault.keys").read_bytes()
    err = refused(capsys, "keys", vault_path, "rotate")
    assert "would also drop the passphrase slot(s) 'colleague'" in err and "--yes" in err
    assert (vault_path / "vault.keys").read_bytes() == before
    code, out, _err = run(capsys, "keys", str(vault_path), "rotate", "--keep",
                          f"colleague={secret}")
    assert code == 0 and "kept: passphrase, recovery, colleague" in out
    code, out, _err = run(capsys, "keys", str(vault_path), "rotate", "--yes")
    assert code == 0 and "dropped: colleague" in out


def test_an_altered_vault_id_is_named_not_blamed_on_the_passphrase(
        capsys: pytest.CaptureFixture[str], vault_path: Path) -> None:
    _edit_keys(vault_path, lambda b: b.update(vault_id="0" * 32))
    err = refused(capsys, "cases", vault_path)
    assert "vault.keys belongs to another vault" in err and "passphrase is wrong" not in err


def test_a_missing_key_file_points_at_its_copy(capsys: pytest.CaptureFixture[str],
                                               vault_path: Path) -> None:
    (vault_path / "vault.keys").unlink()
    err = refused(capsys, "cases", vault_path)
    assert "vault.keys is missing" in err and "vault.keys.bak beside it is its copy" in err


def test_nan_is_refused_as_an_attribute(capsys: pytest.CaptureFixture[str],
                                        vault_path: Path, tmp_path: Path) -> None:
    from fieldvault.core.errors import InputError
    from fieldvault.core.records.cases import CaseInput
    from fieldvault.core.vault import Passphrase, Vault

    for constant in ("NaN", "Infinity", "-Infinity"):
        text = json.dumps(RECORD).replace('"attributes": {}', f'"attributes": {{"x": {constant}}}')
        err = refused(capsys, "import", vault_path, jsonl(tmp_path, text))
        assert f"holds {constant}" in err
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        case = vault.cases.create(CaseInput(title="t", transcript="[FICTIONAL] x",
                                            languages=["en"], interview_date="2015-02-28",
                                            interviewer="x", attributes={"weight": 1.5}))
        with pytest.raises(InputError, match="needs a finite number"):
            vault.cases.set_attribute(case.code, "weight", float("nan"))
    code, out, _err = run(capsys, "show", str(vault_path), case.code, "--json")
    assert code == 0 and json.loads(out)["case"]["attributes"] == {"weight": 1.5}


def test_a_jsonl_file_with_a_byte_order_mark_is_accepted(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(RECORD).encode() + b"\n" +
                     json.dumps(RECORD).encode() + b"\n")
    code, out, err = run(capsys, "import", str(vault_path), str(path))
    assert code == 0 and "Imported 2 cases" in out, err


@pytest.mark.parametrize("weak", ["password", "12345678", "passwordpassword", "qwertyuiop"])
def test_guessable_passphrases_are_refused(capsys: pytest.CaptureFixture[str],
                                           vault_path: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, weak: str) -> None:
    secret = tmp_path / "weak.txt"
    secret.write_text(weak)
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", weak)
    assert "too easy to guess" in refused(capsys, "init", tmp_path / "new")
    assert not (tmp_path / "new.fieldvault").exists()
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    for action in (["add", "--label", "x"], ["passwd"]):
        err = refused(capsys, "keys", vault_path, *action, "--new-passphrase-file", secret)
        assert "too easy to guess" in err


# --- found by the long fuzzing run (bench/fuzz_long.py) -------------------------------------


def test_an_attribute_of_the_wrong_type_is_refused_without_its_value(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path) -> None:
    first = json.dumps(RECORD | {"attributes": {"year": 2012}})
    assert run(capsys, "import", str(vault_path), str(jsonl(tmp_path, first)))[0] == 0
    long_value = "Kim Chol-su said " + "x" * 20000
    second = json.dumps(RECORD | {"attributes": {"year": long_value}})
    err = refused(capsys, "import", vault_path, jsonl(tmp_path, second))
    assert 'Attribute "year" takes integer values' in err
    assert len(err) < 200 and "x" * 41 not in err


def test_an_unknown_xml_encoding_is_one_sentence(capsys: pytest.CaptureFixture[str],
                                                 vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0" encoding="uZf-8"?><Project/>')
    err = refused(capsys, "refi", vault_path, "import", path)
    assert "declares a text encoding Python does not know" in err
    book = tmp_path / "book.qdc"
    book.write_text('<?xml version="1.0" encoding="no-such"?><CodeBook/>')
    assert "text encoding" in refused(capsys, "codebook", vault_path, "import", book)


def test_an_archive_entry_name_with_a_line_break_stays_on_one_line(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("p\noject.qde", "<Project/>")
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 42:central + 46] = (2**31).to_bytes(4, "little")  # local header offset
    path.write_bytes(bytes(data))
    err = refused(capsys, "refi", vault_path, "import", path)
    assert "is damaged" in err and '"p\\noject.qde"' in err and err.count("\n") == 1


def test_a_long_attribute_name_is_quoted_short_in_a_refusal(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path) -> None:
    name = "Kim Chol-su told me " * 10
    first = json.dumps(RECORD | {"attributes": {name: True}})
    assert run(capsys, "import", str(vault_path), str(jsonl(tmp_path, first)))[0] == 0
    second = json.dumps(RECORD | {"attributes": {name: "2012"}})
    err = refused(capsys, "import", vault_path, jsonl(tmp_path, second))
    assert f'Attribute "{name[:40]}..." takes boolean values' in err
    assert name[:41] not in err


def test_a_mac_with_non_ascii_text_is_named_as_an_altered_key_file(
        capsys: pytest.CaptureFixture[str], vault_path: Path) -> None:
    # Found by the 100,000-input fuzz run of the key-file reader: compare_digest refused it.
    _edit_keys(vault_path, lambda b: b.update(mac="é" + b["mac"][1:]))
    err = refused(capsys, "cases", vault_path)
    assert "has been altered since it was written" in err
