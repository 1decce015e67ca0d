"""Legal exports and attachments: withheld unless chosen; a chosen photo is a page of the
signed PDF (upright, no metadata), a chosen recording a listed SHA-256; ``fieldvault verify``
still passes. Read back with pypdf, pdftotext and pdfimages (independent readers)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from clihelp import run
from vaulthelp import PASSPHRASE

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "review"))  # reviewkit
import mediakit  # noqa: E402
from reviewkit import new_case  # noqa: E402


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def attached(vault_path: Path, tmp_path: Path) -> dict[str, object]:
    """A case with a recording and a photo taken sideways (EXIF orientation 6)."""
    from fieldvault.core.vault import Passphrase, Vault

    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        code = new_case(vault)
        sound = vault.attachments.add(code, mediakit.wav(tmp_path / "rec.wav",
                                                         mediakit.pcm(65.0)))
        photo = vault.attachments.add(code, mediakit.jpeg(tmp_path / "photo.jpg"))
        plain = {}
        for info in (sound, photo):
            with vault.attachments.open(info.id) as reader:
                plain[info.id] = reader.read(0, reader.size)
    return {"code": code, "sound": sound, "photo": photo, "plain": plain}


def _export(capsys: pytest.CaptureFixture[str], vault_path: Path, code: str, out: Path,
            *extra: str) -> dict:  # type: ignore[type-arg]
    status, printed, err = run(capsys, "export", str(vault_path), "--case", code, "--profile",
                               "legal", "--recipient", "Legal team", "--out", str(out),
                               "--json", *extra)
    assert status == 0, err
    return json.loads(printed)  # type: ignore[no-any-return]


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def _verify(capsys: pytest.CaptureFixture[str], out: Path) -> None:
    status, printed, err = run(capsys, "verify", str(out), "--key", str(out / "minisign.pub"),
                               "--json")
    assert status == 0 and json.loads(printed)["ok"] is True, (printed, err)


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None
                                   or shutil.which("pdfimages") is None,
                                   reason="poppler-utils not installed")


@needs_poppler
def test_attachments_are_withheld_by_default_and_counted_on_the_cover(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path,
        attached: dict[str, object]) -> None:
    out = tmp_path / "plain"
    result = _export(capsys, vault_path, str(attached["code"]), out)
    assert result["attachments_included"] == [] and result["attachments_withheld"] == 2
    pdf = next(out.glob("*.pdf"))
    assert sum(len(page.images) for page in PdfReader(pdf).pages) == 0
    text = _text(pdf)
    assert "Attachments of these cases: 0 included, 2 withheld" in text
    assert "Appendix C" not in text
    for info in (attached["sound"], attached["photo"]):
        assert info.id not in text  # type: ignore[attr-defined]
    _verify(capsys, out)


@needs_poppler
def test_chosen_photo_is_an_upright_metadata_free_page_and_the_recording_is_listed(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path,
        attached: dict[str, object]) -> None:
    sound, photo = attached["sound"], attached["photo"]
    plain: dict[str, bytes] = attached["plain"]  # type: ignore[assignment]
    out = tmp_path / "chosen"
    result = _export(capsys, vault_path, str(attached["code"]), out, "--attachment",
                     photo.id[:10], sound.id)  # type: ignore[attr-defined]
    assert result["attachments_withheld"] == 0
    assert sorted(result["attachments_included"]) == sorted(
        [sound.id, photo.id])  # type: ignore[attr-defined]
    pdf = next(out.glob("*.pdf"))
    text = _text(pdf)
    assert "Attachments of these cases: 2 included, 0 withheld" in text
    for info in (sound, photo):
        assert info.id in text  # type: ignore[attr-defined]
        assert hashlib.sha256(plain[info.id]).hexdigest() in text  # type: ignore[attr-defined]
    assert "0:01:05" in text and "recording (wav)" in text and "photo (jpeg)" in text
    assert f"Photo {photo.id}" in text  # type: ignore[attr-defined]
    images = [image for page in PdfReader(pdf).pages for image in page.images]
    assert len(images) == 1
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(listed) == 1 and listed[0].split()[2] == "image"
    from PIL import Image

    with Image.open(io.BytesIO(images[0].data)) as shown:
        assert shown.size == (48, 64)  # 64 x 48 taken sideways, turned upright
        assert not shown.getexif() and "icc_profile" not in shown.info
        assert "comment" not in shown.info and "xmp" not in shown.info
    raw = pdf.read_bytes()
    assert mediakit.MARKER not in raw and b"Exif" not in raw and b"ZQXJ" not in raw
    _verify(capsys, out)


def test_an_attachment_of_another_case_is_refused_with_one_sentence(
        capsys: pytest.CaptureFixture[str], vault_path: Path, tmp_path: Path,
        attached: dict[str, object]) -> None:
    from fieldvault.core.vault import Passphrase, Vault

    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        other = new_case(vault)
    out = tmp_path / "refused"
    status, _out, err = run(capsys, "export", str(vault_path), "--case", other, "--profile",
                            "legal", "--recipient", "Legal team", "--out", str(out),
                            "--attachment", attached["photo"].id)  # type: ignore[attr-defined]
    assert status == 2
    assert "have no attachment" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


@needs_poppler
def test_a_chosen_heic_photo_is_a_page_too(capsys: pytest.CaptureFixture[str],
                                           vault_path: Path, tmp_path: Path) -> None:
    from fieldvault.core.vault import Passphrase, Vault

    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        code = new_case(vault)
        photo = vault.attachments.add(code, mediakit.heic(tmp_path / "IMG_0003.HEIC"))
    out = tmp_path / "heic"
    result = _export(capsys, vault_path, code, out, "--attachment", "all")
    assert result["attachments_included"] == [photo.id]
    pdf = next(out.glob("*.pdf"))
    (image,) = [image for page in PdfReader(pdf).pages for image in page.images]
    from PIL import Image

    with Image.open(io.BytesIO(image.data)) as shown:
        assert shown.size == (48, 64) and not shown.getexif()
    assert "photo (heic)" in _text(pdf) and mediakit.MARKER not in pdf.read_bytes()
    _verify(capsys, out)
