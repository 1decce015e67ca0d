"""Metadata stripping on intake, checked with independent readers (Pillow, mutagen, wave).

Every file is attached to a real vault and read back through a saved copy, so the whole
path (sniff, strip, seal, open, save) is what is checked.
"""

from __future__ import annotations

import wave
from pathlib import Path

import mediakit
import pytest
from mediakit import MARKER

from fieldvault.core.attachments.service import AttachmentInfo
from fieldvault.core.errors import InputError
from fieldvault.core.vault import Vault

Image = pytest.importorskip("PIL.Image")
mutagen = pytest.importorskip("mutagen")


def attach(vault: Vault, case: str, source: Path, tmp_path: Path) -> tuple[AttachmentInfo, Path]:
    info = vault.attachments.add(case, source)
    copy = vault.attachments.save_copy(info.id, tmp_path / f"copy-{source.name}")
    assert MARKER not in copy.read_bytes()
    return info, copy


def test_jpeg_loses_exif_gps_maker_notes_xmp_icc_comment_and_trailer(
        vault: Vault, case: str, tmp_path: Path) -> None:
    source = mediakit.jpeg(tmp_path / "photo.jpg", orientation=6)
    with Image.open(source) as original:  # the reader does see it all in the original
        assert original.getexif().get_ifd(0x8825) and "comment" in original.info
        assert "icc_profile" in original.info and "xmp" in original.info
        pixels = original.convert("RGB").tobytes()
    info, copy = attach(vault, case, source, tmp_path)
    assert set(info.removed) == {"EXIF metadata (camera, settings, dates)", "GPS location",
                            "maker notes", "colour profile (ICC)", "XMP metadata",
                            "JPEG comment", "data after the image end (previews, depth maps)"}
    assert (info.kind, info.format, info.orientation) == ("image", "jpeg", 6)
    with Image.open(copy) as stripped:
        exif = stripped.getexif()
        assert dict(exif) == {0x0112: 6}  # only the orientation is left
        assert exif.get_ifd(0x8825) == {} and exif.get_ifd(0x8769) == {}
        assert not {"comment", "icc_profile", "xmp"} & set(stripped.info)
        assert stripped.convert("RGB").tobytes() == pixels  # the image data is untouched
    assert copy.read_bytes().endswith(b"\xff\xd9")


def test_upright_jpeg_keeps_no_exif_at_all(vault: Vault, case: str, tmp_path: Path) -> None:
    _info, copy = attach(vault, case, mediakit.jpeg(tmp_path / "up.jpg", orientation=1),
                         tmp_path)
    with Image.open(copy) as stripped:
        assert "exif" not in stripped.info and dict(stripped.getexif()) == {}


def test_png_loses_text_itxt_ztxt_and_exif(vault: Vault, case: str, tmp_path: Path) -> None:
    source = mediakit.png(tmp_path / "scan.png")
    with Image.open(source) as original:
        original.load()
        assert original.text and "exif" in original.info
        pixels = original.tobytes()
    info, copy = attach(vault, case, source, tmp_path)
    assert set(info.removed) == {"EXIF metadata (eXIf)", "text (tEXt)", "text (zTXt)",
                            "text (iTXt, e.g. XMP)"}
    with Image.open(copy) as stripped:
        stripped.load()
        assert stripped.text == {} and "exif" not in stripped.info
        assert stripped.tobytes() == pixels


def test_wav_keeps_only_format_and_samples(vault: Vault, case: str, tmp_path: Path) -> None:
    samples = mediakit.pcm(2.0)
    source = mediakit.wav(tmp_path / "rec.wav", samples)
    assert mediakit.riff_chunks(source.read_bytes()) == [b"fmt ", b"bext", b"LIST", b"iXML",
                                                        b"data"]
    info, copy = attach(vault, case, source, tmp_path)
    assert set(info.removed) == {"broadcast extension (bext: originator, date, description)",
                            "LIST/INFO tags (title, artist, dates, comments)", "iXML chunk"}
    assert mediakit.riff_chunks(copy.read_bytes()) == [b"fmt ", b"data"]
    with wave.open(str(copy)) as back:
        assert back.readframes(back.getnframes()) == samples
    assert mutagen.File(copy).tags is None
    assert info.duration == pytest.approx(2.0)


def test_mp3_loses_id3v2_ape_and_id3v1(vault: Vault, case: str, tmp_path: Path) -> None:
    from mutagen.apev2 import APENoHeaderError, APEv2
    from mutagen.mp3 import MP3

    source = mediakit.mp3(tmp_path / "voice.mp3", frames=300)
    original = MP3(source)
    assert original.tags and "APIC:cover" in original.tags
    info, copy = attach(vault, case, source, tmp_path)
    assert set(info.removed) == {"ID3v2 tags (title, artist, comments, pictures, dates)",
                            "ID3v1 tag", "APE tags"}
    stripped = MP3(copy)
    assert stripped.tags is None
    with pytest.raises(APENoHeaderError):
        APEv2(copy)
    assert copy.read_bytes() == b"".join(
        mediakit.FRAME + f[4:] for f in _frames(source.read_bytes()))
    assert info.duration == pytest.approx(stripped.info.length, rel=0.01)


def _frames(data: bytes) -> list[bytes]:
    start = data.find(mediakit.FRAME)
    return [data[start + n * 417:start + (n + 1) * 417] for n in range(300)]


def test_m4a_loses_location_tags_and_dates_keeping_offsets(vault: Vault, case: str,
                                                           tmp_path: Path) -> None:
    from mutagen.mp4 import MP4

    source = mediakit.m4a(tmp_path / "memo.m4a")
    original = MP4(source)
    assert original.tags and b"+43.1155+131.8855/" in source.read_bytes()
    info, copy = attach(vault, case, source, tmp_path)
    assert set(info.removed) == {"creation and modification dates", "GPS location (\u00a9xyz)",
                            "tags (meta/ilst: title, artist, comments)"}
    data = copy.read_bytes()
    assert len(data) == source.stat().st_size  # blanked in place: every offset still holds
    assert b"+43.1155" not in data and b"\xa9xyz" not in data and b"ilst" not in data
    stripped = MP4(copy)
    assert not stripped.tags
    assert stripped.info.length == pytest.approx(original.info.length)
    mdat = data.find(b"mdat")
    assert data[mdat:] == source.read_bytes()[mdat:]  # the media is untouched
    assert info.duration == pytest.approx(4.0)


@pytest.mark.parametrize(("opus", "setup"), [(False, 3000), (False, 200_000), (True, 0)],
                         ids=["vorbis", "vorbis-header-over-several-pages", "opus"])
def test_ogg_comments_are_rebuilt_empty(vault: Vault, case: str, tmp_path: Path,
                                        opus: bool, setup: int) -> None:
    from mutagen.oggopus import OggOpus
    from mutagen.oggvorbis import OggVorbis

    reader = OggOpus if opus else OggVorbis
    source = mediakit.ogg(tmp_path / "talk.ogg", opus=opus, setup=setup)
    original = reader(source)
    assert original.tags["TITLE"]
    info, copy = attach(vault, case, source, tmp_path)
    label = "Opus tags" if opus else "Vorbis comments"
    assert info.removed == (f"{label} (TITLE, ARTIST, LOCATION)",)
    stripped = reader(copy)  # mutagen checks every page's CRC and sequence
    assert list(stripped.tags.keys()) == []
    assert stripped.tags.vendor == "tests"
    assert stripped.info.length == pytest.approx(original.info.length)
    assert info.duration == pytest.approx(original.info.length)
    assert [n for n, _same in _pages(copy)] == list(range(len(_pages(source))))
    assert all(same for _n, same in _pages(copy))


def _pages(path: Path) -> list[tuple[int, bool]]:
    """Each page's sequence number, and whether mutagen writes it back byte for byte
    (so its checksum is what mutagen computes)."""
    from mutagen.ogg import OggPage

    data = path.read_bytes()
    found = []
    with path.open("rb") as handle:
        while handle.tell() < len(data):
            start = handle.tell()
            page = OggPage(handle)
            found.append((page.sequence, page.write() == data[start:handle.tell()]))
    return found


def test_a_jpeg_cut_short_is_refused(vault: Vault, case: str, tmp_path: Path) -> None:
    source = mediakit.jpeg(tmp_path / "cut.jpg")
    data = source.read_bytes()
    source.write_bytes(data[:data.find(b"\xff\xda") + 400])
    with pytest.raises(InputError, match="^The file cut.jpg cannot be attached: its image data "
                                         "ends without an end marker.$"):
        vault.attachments.add(case, source)
