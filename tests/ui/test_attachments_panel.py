"""The Attachments panel, the decrypting QIODevice and playback through QMediaPlayer.

The panel is driven with real clicks on a real vault; the file dialogs are Qt's own, filled
in and accepted as a user would. Playback runs headless (Qt Multimedia's FFmpeg backend
plays without an audio device: the position advances), so seeking is checked end to end.
"""

from __future__ import annotations

import io
import random
import struct
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldvault.core.vault import Vault
from fieldvault.ui.session import VaultSession
from fieldvault.ui.widgets.attachments_panel import AttachmentsPanel, upright
from fieldvault.ui.widgets.media_device import DecryptingDevice, send

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "attachments"))  # mediakit
sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "review"))  # reviewkit
import mediakit  # noqa: E402
from reviewkit import new_case  # noqa: E402

# Qt Multimedia on a machine without sound: no sound server, no audio device, no VA-API.
# On the test function this marker is closer than (so replaces) the one tests/ui/conftest.py
# adds, so that one's patterns are repeated.
quiet_audio = pytest.mark.qt_log_ignore(
    "PulseAudioService", "No audio device detected", "Couldn't (load|resolve) ",
    "propagateSizeHints", "QXcbConnection", "Could not connect to any X display",
    "This plugin does not support")


def test_the_device_reads_and_seeks_like_the_plaintext(vault: Vault, tmp_path: Path) -> None:
    code = new_case(vault)
    source = mediakit.wav(tmp_path / "a.wav", mediakit.pcm(40.0), tags=False)
    plain = source.read_bytes()
    info = vault.attachments.add(code, source)
    device = DecryptingDevice(vault.attachments.open(info.id))
    assert device.open_for_reading() and not device.isSequential()
    assert device.size() == len(plain)
    rng = random.Random(3)
    for _ in range(100):
        offset, length = rng.randrange(len(plain)), rng.choice([1, 333, 70_000])
        assert device.seek(offset)
        assert device.bytesAvailable() == len(plain) - offset
        assert bytes(device.read(length).data()) == plain[offset:offset + length]
        assert device.pos() == min(offset + length, len(plain))
    assert device.seek(len(plain)) and bytes(device.read(10).data()) == b""
    device.close()


def test_a_damaged_chunk_ends_the_stream_with_its_sentence(vault: Vault,
                                                           tmp_path: Path) -> None:
    code = new_case(vault)
    info = vault.attachments.add(code, mediakit.wav(tmp_path / "a.wav", mediakit.pcm(20.0)))
    blob = vault.path / "attachments" / f"{info.id}.fva"
    data = bytearray(blob.read_bytes())
    data[150_000] ^= 1
    blob.write_bytes(bytes(data))
    device = DecryptingDevice(vault.attachments.open(info.id))
    device.open_for_reading()
    assert len(device.read(1000).data()) == 1000
    device.seek(140_000)
    assert bytes(device.read(1000).data()) == b""
    assert device.problem is not None and "is damaged or was altered (chunk 3" in device.problem
    assert device.errorString() == device.problem
    device.close()


class Recorded:
    """A core reader that notes where it was asked to read."""

    def __init__(self, reader: Any) -> None:
        self.reader, self.size, self.offsets = reader, reader.size, []

    def read(self, offset: int, size: int) -> bytes:
        self.offsets.append(offset)
        return bytes(self.reader.read(offset, size))

    def close(self) -> None:
        self.reader.close()


@quiet_audio
def test_qmediaplayer_plays_and_seeks_through_the_device(qtbot: QtBot, vault: Vault,
                                                         tmp_path: Path) -> None:
    media = pytest.importorskip("PySide6.QtMultimedia")
    code = new_case(vault)
    info = vault.attachments.add(code, mediakit.wav(tmp_path / "a.wav", mediakit.pcm(30.0)))
    reader = Recorded(vault.attachments.open(info.id))
    device = DecryptingDevice(reader)
    device.open_for_reading()
    player = media.QMediaPlayer()
    player.setAudioOutput(media.QAudioOutput(player))
    player.setSourceDevice(device, QUrl("attachment.wav"))
    loaded = media.QMediaPlayer.MediaStatus.LoadedMedia
    qtbot.waitUntil(lambda: player.mediaStatus() == loaded, timeout=10_000)
    assert player.duration() == 30_000 and player.isSeekable()
    send(player, "play")  # never directly: see media_device.send
    qtbot.waitUntil(lambda: player.position() > 0, timeout=10_000)
    send(player, "setPosition", 20_000)
    at_20s = 44 + 20 * 16_000
    qtbot.waitUntil(lambda: any(o >= at_20s for o in reader.offsets), timeout=10_000)
    qtbot.waitUntil(lambda: player.position() > 20_500, timeout=10_000)  # and plays on
    send(player, "stop")  # setSourceDevice(None) would wait for a demuxer inside readData
    with qtbot.waitSignal(player.destroyed, timeout=10_000):
        player.deleteLater()
    device.close()


@pytest.mark.parametrize("orientation", range(1, 9))
def test_photos_are_turned_upright_as_pillow_does(orientation: int) -> None:
    from PIL import Image, ImageOps

    picture = mediakit.picture(8, 5)
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", exif=exif)
    with Image.open(io.BytesIO(buffer.getvalue())) as stored:
        expected = ImageOps.exif_transpose(stored).convert("RGB")
    image = upright(QImage.fromData(buffer.getvalue()), orientation)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    assert (image.width(), image.height()) == expected.size
    qt_bytes = QByteArray()
    out = QBuffer(qt_bytes)
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(out, "PNG")
    with Image.open(io.BytesIO(bytes(qt_bytes.data()))) as ours:
        assert ours.convert("RGB").tobytes() == expected.tobytes()


def fill_dialog(qtbot: QtBot, panel: AttachmentsPanel, path: Path) -> None:
    qtbot.waitUntil(lambda: panel.findChild(QFileDialog) is not None)
    dialog = panel.findChild(QFileDialog)
    dialog.selectFile(str(path))
    dialog.accept()


def test_add_view_save_and_remove_with_clicks(qtbot: QtBot, vault: Vault,
                                              tmp_path: Path) -> None:
    code = new_case(vault)
    session = VaultSession(vault)
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 520)
    panel.show()
    panel.set_case(session, code)
    assert not panel.save_button.isEnabled() and panel.add_button.isEnabled()
    photo = mediakit.jpeg(tmp_path / "photo.jpg", orientation=6)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    fill_dialog(qtbot, panel, photo)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: panel.image is not None, timeout=10_000)
    assert (panel.image.width(), panel.image.height()) == (48, 64)  # stored 64x48, turned
    assert "Removed on intake: EXIF metadata" in panel.status.text()
    assert "GPS location" in panel.status.text()
    assert not panel.preview.pixmap().isNull()
    copy = tmp_path / "copy.jpg"
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    fill_dialog(qtbot, panel, copy)
    qtbot.waitUntil(copy.exists, timeout=10_000)
    assert mediakit.MARKER not in copy.read_bytes()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    box = next(w for w in panel.findChildren(QMessageBox) if w.isVisible())
    assert "cannot be undone" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10_000)
    assert list((vault.path / "attachments").iterdir()) == []
    panel.set_case(None, None)
    panel.runner.wait(10_000)


@quiet_audio
def test_the_play_button_plays_a_recording(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """...and playing leaves no decrypted byte in the vault, home, cache or temp folders."""
    media = pytest.importorskip("PySide6.QtMultimedia")
    places = {name: tmp_path / name.lower() for name in (
        "HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TMPDIR")}
    for name, folder in places.items():
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(places["TMPDIR"]))
    code = new_case(vault)
    outside = tmp_path / "outside"
    outside.mkdir()
    samples = (mediakit.MARKER * 12_000)[:160_000]  # 10 s of "audio" that is the marker
    vault.attachments.add(code, mediakit.wav(outside / "talk.wav", samples))
    (outside / "talk.wav").unlink()
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_case(VaultSession(vault), code)
    panel.table.selectRow(0)
    assert panel.play_button.isEnabled() and panel.clock.text() == "0:00:10"
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    playing = media.QMediaPlayer.PlaybackState.PlayingState
    qtbot.waitUntil(lambda: panel.player.playbackState() == playing, timeout=10_000)
    qtbot.waitUntil(lambda: panel.player.duration() == 10_000, timeout=10_000)
    panel.seek(8_000)
    qtbot.waitUntil(lambda: panel.position.value() >= 8_000, timeout=10_000)
    assert panel.play_button.text() == "Pause"
    scanned = [p for root in [vault.path, *places.values()] for p in root.rglob("*")
               if p.is_file()]
    assert not [p for p in scanned if mediakit.MARKER in p.read_bytes()]
    player, device = panel.player, panel.device
    with qtbot.waitSignal(player.destroyed, timeout=10_000):
        panel.set_case(None, None)
    assert panel.player is None and panel.device is None
    assert not device.isOpen()  # closed, and its reader with it


def test_what_was_removed_is_said_in_the_interface_language(qapp: object) -> None:
    from fieldvault.ui.i18n import Translations
    from fieldvault.ui.models.attachments import REMOVED, removed_text

    translations = Translations.of(qapp)  # type: ignore[arg-type]
    try:
        translations.apply("ru")
        assert removed_text("GPS location (\u00a9xyz)") == "координаты GPS (\u00a9xyz)"
        assert removed_text("Vorbis comments (TITLE, ARTIST)") == \
            "комментарии Vorbis (TITLE, ARTIST)"
        assert removed_text("chunk 'abcd'") == "chunk 'abcd'"  # unlisted: as the core wrote it
        assert all(removed_text(phrase) != phrase for phrase in REMOVED)
    finally:
        translations.apply("en")


def _stored_png(row: bytes, height: int) -> bytes:
    """A greyscale PNG whose rows are ``row`` unfiltered and stored without compression."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", len(row), height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + row for _ in range(height)), 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def test_showing_a_photo_writes_it_nowhere(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A photo is decoded from memory: while it is shown, no file in the vault, home, cache
    or temp folders holds its bytes (the stored PNG keeps its pixel rows uncompressed, and
    one row is the marker, so the stripped file and the decoded pixels both contain it)."""
    places = {name: tmp_path / name.lower() for name in (
        "HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TMPDIR")}
    for name, folder in places.items():
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(places["TMPDIR"]))
    code = new_case(vault)
    outside = tmp_path / "outside"
    outside.mkdir()
    row = mediakit.MARKER * 4  # grey pixels, one byte each
    (outside / "page.png").write_bytes(_stored_png(row, 3))
    assert mediakit.MARKER in (outside / "page.png").read_bytes()  # the test can see it
    vault.attachments.add(code, outside / "page.png")
    (outside / "page.png").unlink()
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_case(VaultSession(vault), code)
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.preview.isVisible()
                    and not panel.preview.pixmap().isNull(), timeout=10_000)
    assert panel.preview.pixmap().width() > 0
    scanned = [p for root in [vault.path, *places.values()] for p in root.rglob("*")
               if p.is_file()]
    assert scanned  # the vault's own files are among them
    assert not [p for p in scanned if mediakit.MARKER in p.read_bytes()]


def test_sizes_are_in_the_interface_language(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from fieldvault.ui.i18n import Translations
    from fieldvault.ui.models.attachments import size_text

    translations = Translations.of(qapp)  # type: ignore[arg-type]
    before = QLocale()
    try:
        translations.apply("ru")  # also the locale's digits
        assert size_text(1_468_006) == "1,4 МБ" and size_text(9_216) == "9,0 КБ"
        assert size_text(512) == "512 Б"
    finally:
        translations.apply("en")
        QLocale.setDefault(before)
    assert size_text(1_468_006) == "1.4 MB"
