"""minisign format: our signatures verify with stock minisign and vice versa."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldvault.core.export import minisign

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(MINISIGN is None, reason="minisign binary not installed")
DATA = "파일 — файл — file\n".encode() * 100


def _legacy_signature(data: bytes, private_key: Ed25519PrivateKey, comment: str) -> str:
    """A legacy ("Ed", not prehashed) signature built by hand from the spec."""
    key = minisign.key_for(private_key)
    signature = private_key.sign(data)
    global_signature = private_key.sign(signature + comment.encode())
    blob = base64.b64encode(b"Ed" + key.key_id + signature).decode()
    return (f"untrusted comment: legacy\n{blob}\ntrusted comment: {comment}\n"
            f"{base64.b64encode(global_signature).decode()}\n")


def test_round_trip_and_formats(signing_key: Ed25519PrivateKey) -> None:
    key = minisign.key_for(signing_key)
    text = minisign.sign(DATA, signing_key, "file:x date:2024-06-01")
    lines = text.splitlines()
    assert lines[0].startswith("untrusted comment: ") and lines[2].startswith("trusted comment: ")
    assert base64.b64decode(lines[1])[:2] == b"ED"
    assert minisign.verify(DATA, text, key) == "file:x date:2024-06-01"
    assert key.base64.startswith("RW") and len(key.base64) == 56
    assert minisign.parse_public_key(key.file_text()) == key
    assert minisign.parse_public_key(key.base64).key_id_hex == key.key_id_hex
    legacy = _legacy_signature(DATA, signing_key, "old style")
    assert minisign.verify(DATA, legacy, key) == "old style"


def test_tampering_is_detected(signing_key: Ed25519PrivateKey) -> None:
    key = minisign.key_for(signing_key)
    text = minisign.sign(DATA, signing_key, "file:x")
    with pytest.raises(minisign.SignatureInvalid, match="content"):
        minisign.verify(DATA[:-1] + b"?", text, key)
    forged = text.replace("trusted comment: file:x", "trusted comment: file:y")
    with pytest.raises(minisign.SignatureInvalid, match="trusted comment"):
        minisign.verify(DATA, forged, key)
    other = minisign.key_for(Ed25519PrivateKey.generate())
    with pytest.raises(minisign.SignatureInvalid, match="made with key"):
        minisign.verify(DATA, text, other)
    with pytest.raises(minisign.SignatureInvalid):
        minisign.verify(DATA, "not a signature", key)


@needs_minisign
def test_stock_minisign_accepts_ours_and_rejects_tampered(
    tmp_path: Path, signing_key: Ed25519PrivateKey
) -> None:
    key = minisign.key_for(signing_key)
    target = tmp_path / "export.pdf"
    target.write_bytes(DATA)
    (tmp_path / "export.pdf.minisig").write_text(minisign.sign(DATA, signing_key, "file:export"))
    ok = subprocess.run([str(MINISIGN), "-Vm", str(target), "-P", key.base64],
                        capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "Trusted comment: file:export" in ok.stdout
    pub = tmp_path / "minisign.pub"
    pub.write_text(key.file_text())
    by_file = subprocess.run([str(MINISIGN), "-Vm", str(target), "-p", str(pub)],
                             capture_output=True, text=True, check=False)
    assert by_file.returncode == 0, by_file.stderr
    target.write_bytes(DATA[:-1] + b"!")
    bad = subprocess.run([str(MINISIGN), "-Vm", str(target), "-P", key.base64],
                         capture_output=True, text=True, check=False)
    assert bad.returncode != 0


@needs_minisign
@pytest.mark.parametrize("legacy", [False, True])
def test_we_verify_signatures_made_by_minisign(tmp_path: Path, legacy: bool) -> None:
    pub, sec = tmp_path / "k.pub", tmp_path / "k.key"
    subprocess.run([str(MINISIGN), "-G", "-W", "-p", str(pub), "-s", str(sec)],
                   capture_output=True, check=True)
    target = tmp_path / "data.bin"
    target.write_bytes(DATA)
    command = [str(MINISIGN), "-S", "-s", str(sec), "-m", str(target), "-t", "from minisign"]
    subprocess.run(command + (["-l"] if legacy else []), capture_output=True, check=True)
    key = minisign.load_public_key(pub)
    signature = (tmp_path / "data.bin.minisig").read_text()
    assert minisign.verify(DATA, signature, key) == "from minisign"
    with pytest.raises(minisign.SignatureInvalid):
        minisign.verify(DATA + b"x", signature, key)
