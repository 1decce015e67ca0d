"""installers/sign.py: SHA256SUMS over release artefacts, signed in minisign format."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldvault.core.export.minisign import SignatureInvalid, load_public_key, verify

ROOT = Path(__file__).resolve().parents[1]
SIGN = ROOT / "installers" / "sign.py"


def run_sign(*args: str, key: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDVAULT_RELEASE")}
    env["PYTHONPATH"] = str(ROOT / "desktop")
    env["SOURCE_DATE_EPOCH"] = "1764288000"
    if key is not None:
        env["FIELDVAULT_RELEASE_KEY"] = str(key)
    return subprocess.run([sys.executable, str(SIGN), *args], env=env, capture_output=True,
                          text=True)


def artefacts(folder: Path) -> Path:
    folder.mkdir()
    (folder / "fieldvault_0.1.0_amd64.deb").write_bytes(b"deb bytes")
    (folder / "fieldvault-0.1.0-linux-x86_64.tar.gz").write_bytes(b"tar bytes")
    return folder


def test_checksums_and_signature_verify_with_the_given_key(tmp_path: Path) -> None:
    key = tmp_path / "release.pem"
    assert run_sign("--new-key", str(key)).returncode == 0
    dist = artefacts(tmp_path / "dist")
    done = run_sign(str(dist), key=key)
    assert done.returncode == 0, done.stderr
    assert "THROWAWAY" not in done.stderr
    sums = (dist / "SHA256SUMS").read_bytes()
    expected = "".join(f"{hashlib.sha256((dist / n).read_bytes()).hexdigest()}  {n}\n"
                       for n in sorted(["fieldvault-0.1.0-linux-x86_64.tar.gz",
                                        "fieldvault_0.1.0_amd64.deb"]))
    assert sums.decode() == expected
    public = load_public_key(dist / "fieldvault-release.pub")
    assert public == load_public_key(Path(f"{key}.pub"))
    signature = (dist / "SHA256SUMS.minisig").read_text("utf-8")
    assert verify(sums, signature, public) == "fieldvault 0.1.0 SHA256SUMS timestamp:1764288000"
    with pytest.raises(SignatureInvalid):
        verify(sums.replace(b"a", b"b", 1), signature, public)


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign is not installed")
def test_the_real_minisign_accepts_the_signature(tmp_path: Path) -> None:
    dist = artefacts(tmp_path / "dist")
    assert run_sign(str(dist)).returncode == 0
    done = subprocess.run(["minisign", "-Vm", "SHA256SUMS", "-p", "fieldvault-release.pub"],
                          cwd=dist, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "THROWAWAY-KEY" in done.stdout


def test_without_a_key_the_throwaway_is_announced(tmp_path: Path) -> None:
    dist = artefacts(tmp_path / "dist")
    done = run_sign(str(dist))
    assert done.returncode == 0
    assert "THROWAWAY key" in done.stderr
    assert (dist / "SHA256SUMS.minisig").read_text("utf-8").splitlines()[2].endswith(
        "THROWAWAY-KEY")


def test_a_key_that_is_not_ed25519_is_refused(tmp_path: Path) -> None:
    key = tmp_path / "bad.pem"
    key.write_text("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    dist = artefacts(tmp_path / "dist")
    done = run_sign(str(dist), key=key)
    assert done.returncode != 0
    assert "cannot read the release key" in done.stderr
    assert not (dist / "SHA256SUMS").exists()
