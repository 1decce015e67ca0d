"""HEIC photos: Exif and XMP items blanked in place (the coded picture byte for byte the
same), checked with an independent reader (pillow-heif / libheif); shown as PNG; damaged
structures refused with one sentence."""

from __future__ import annotations

import io
from pathlib import Path

import pillow_heif
import pytest
from mediakit import MARKER, heic
from PIL import Image

from fieldvault.core.errors import InputError
from fieldvault.core.vault import Vault


def _plain(vault: Vault, attachment_id: str) -> bytes:
    with vault.attachments.open(attachment_id) as reader:
        return reader.read(0, reader.size)


def test_heic_metadata_is_blanked_and_the_picture_is_untouched(vault: Vault, case: str,
                                                               tmp_path: Path) -> None:
    source = heic(tmp_path / "IMG_0001.HEIC")
    original = source.read_bytes()
    before = pillow_heif.open_heif(io.BytesIO(original))
    assert MARKER in before.info["exif"] and MARKER in before.info["xmp"]
    info = vault.attachments.add(case, source)
    assert (info.kind, info.format, info.orientation) == ("image", "heic", 1)
    assert "GPS location" in info.removed and "XMP metadata" in info.removed
    assert "maker notes" in info.removed
    stripped = _plain(vault, info.id)
    assert len(stripped) == len(original) and MARKER not in stripped
    exif_at, xmp_at = original.index(before.info["exif"]), original.index(before.info["xmp"])
    items = [range(exif_at - 4, exif_at + len(before.info["exif"])),
             range(xmp_at, xmp_at + len(before.info["xmp"]))]
    changed = [n for n, (a, b) in enumerate(zip(original, stripped, strict=True)) if a != b]
    assert changed and all(any(n in item for item in items) for n in changed)  # nothing else
    after = pillow_heif.open_heif(io.BytesIO(stripped))
    exif_back = Image.Exif()
    exif_back.load(after.info.get("exif") or b"")  # pillow-heif gives the TIFF part
    assert dict(exif_back) == {} and exif_back.get_ifd(0x8825) == {}
    assert MARKER not in (after.info.get("xmp") or b"")
    assert bytes(after.data) == bytes(before.data)  # the same pixels
    assert after.size == (48, 64)  # stored 64x48, turned by its rotation property


def test_a_heic_photo_is_shown_as_png(vault: Vault, case: str, tmp_path: Path) -> None:
    info = vault.attachments.add(case, heic(tmp_path / "p.heic"))
    png = vault.attachments.picture(info.id)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(png)) as shown:
        assert shown.size == (48, 64)
    assert not list(tmp_path.glob("*.png"))  # decoded in memory only


def test_a_damaged_heic_is_refused_with_one_sentence(vault: Vault, case: str,
                                                     tmp_path: Path) -> None:
    data = bytearray(heic(tmp_path / "p.heic").read_bytes())
    meta = data.index(b"iloc") - 4
    data[meta + 4:meta + 8] = b"ilox"  # the item locations are gone
    bad = tmp_path / "bad.heic"
    bad.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"^The file bad.heic cannot be attached: its item "
                                         r"locations \(iloc\) are missing\.$"):
        vault.attachments.add(case, bad)
    sequence = tmp_path / "burst.heic"
    sequence.write_bytes(heic(tmp_path / "q.heic").read_bytes() + b"\x00\x00\x00\x08moov")
    with pytest.raises(InputError, match="HEIC image sequences .* are not supported"):
        vault.attachments.add(case, sequence)
    cut = tmp_path / "cut.heic"
    cut.write_bytes(bytes(data[:60]))
    with pytest.raises(InputError, match="cut.heic cannot be attached"):
        vault.attachments.add(case, cut)
    assert vault.attachments.list(case) == []


def test_mutated_heic_files_strip_or_are_refused_with_one_sentence(tmp_path: Path) -> None:
    """Seeded mutations of the meta box: every outcome is a stripped file or InputError."""
    import random

    from fieldvault.core.attachments.source import Source
    from fieldvault.core.attachments.strip import strip

    original = heic(tmp_path / "p.heic").read_bytes()
    meta = original.index(b"meta") - 4
    end = meta + int.from_bytes(original[meta:meta + 4], "big")
    rng = random.Random(16)
    outcomes = {"stripped": 0, "refused": 0}
    for _ in range(400):
        data = bytearray(original)
        for _flip in range(rng.randint(1, 4)):
            data[rng.randrange(meta, end)] = rng.randrange(256)
        try:
            with io.BytesIO(bytes(data)) as handle:
                stripped = strip(Source(handle, len(data), "m.heic"), "m.heic")
                b"".join(stripped.blocks)
            outcomes["stripped"] += 1
        except InputError as exc:
            assert str(exc).startswith("The file m.heic cannot be attached: ")
            assert "\n" not in str(exc)
            outcomes["refused"] += 1
    assert outcomes["stripped"] and outcomes["refused"]


def test_bytes_no_picture_points_to_are_zeroed(vault: Vault, case: str,
                                               tmp_path: Path) -> None:
    """An editor that shortened the XMP item leaves its tail in mdat, pointed to by nothing:
    the tail (holding MARKER) is zeroed too."""
    import struct

    from mediakit import XMP

    data = bytearray(heic(tmp_path / "p.heic").read_bytes())
    iloc = data.index(b"iloc")
    field = struct.pack(">I", len(XMP))
    assert data.count(field, iloc, iloc + 200) == 1  # the XMP item's extent length
    at = data.index(field, iloc)
    data[at:at + 4] = struct.pack(">I", 20)
    edited = tmp_path / "edited.heic"
    edited.write_bytes(bytes(data))
    assert MARKER in data[data.index(XMP) + 20:]
    info = vault.attachments.add(case, edited)
    assert "leftover bytes in free space" in info.removed
    stripped = _plain(vault, info.id)
    assert MARKER not in stripped and len(stripped) == len(data)
    assert pillow_heif.open_heif(io.BytesIO(stripped)).size == (48, 64)
