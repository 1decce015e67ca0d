"""vault.attachments: add, list, open, save a copy and delete, against a real vault."""

from __future__ import annotations

import io
import os
import stat
import tempfile
import wave
from pathlib import Path

import pytest
from mediakit import MARKER, pcm, riff_chunks, wav
from reviewkit import decrypted_files

from fieldvault.core.attachments.stream import AttachmentDamaged
from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.progress import Cancelled
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE


def test_add_list_read_and_save_a_recording(vault: Vault, case: str, tmp_path: Path) -> None:
    samples = pcm(3.0)
    source = wav(tmp_path / "in.wav", samples)
    seen: list[tuple[int, int]] = []
    info = vault.attachments.add(case, source, progress=lambda d, t: seen.append((d, t)))
    assert (info.kind, info.format, info.case_code, info.name) == ("audio", "wav", case, "in.wav")
    assert info.duration == pytest.approx(3.0)
    assert "LIST/INFO tags (title, artist, dates, comments)" in info.removed
    assert seen[-1][0] == seen[-1][1] == source.stat().st_size
    assert vault.attachments.list(case) == [info]
    assert vault.attachments.get(info.id[:8]) == info
    with vault.attachments.open(info.id) as reader:
        plain = reader.read(0, reader.size)
    assert len(plain) == info.size
    with wave.open(io.BytesIO(plain)) as back:
        assert back.readframes(back.getnframes()) == samples
    copy = vault.attachments.save_copy(info.id, tmp_path / "copy.wav")
    assert copy.read_bytes() == plain
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert riff_chunks(plain) == [b"fmt ", b"data"]


def test_files_are_private_and_hold_no_plaintext(vault: Vault, case: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    outside = tmp_path / "outside"
    outside.mkdir()
    samples = (MARKER * 4000)[:24000]
    info = vault.attachments.add(case, wav(outside / "m.wav", samples))
    folder = vault.path / "attachments"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert [f.name for f in files] == [f"{info.id}.fva"]
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    everything = [p for root in (vault.path, scratch) for p in root.rglob("*") if p.is_file()]
    assert not [p for p in everything if MARKER in p.read_bytes()]
    assert MARKER not in decrypted_files(vault.path, bytes(vault.data_key))
    with vault.attachments.open(info.id) as reader:
        assert MARKER in reader.read(0, reader.size)  # the samples really are in there


def test_a_tampered_file_is_refused_with_one_sentence(vault: Vault, case: str,
                                                      tmp_path: Path) -> None:
    info = vault.attachments.add(case, wav(tmp_path / "a.wav", pcm(20.0)))
    blob = vault.path / "attachments" / f"{info.id}.fva"
    data = bytearray(blob.read_bytes())
    data[200_000] ^= 0x40
    blob.write_bytes(bytes(data))
    with vault.attachments.open(info.id) as reader:
        assert reader.read(0, 1000)
        with pytest.raises(AttachmentDamaged) as caught:
            reader.read(0, reader.size)
    message = str(caught.value)
    assert message.startswith(f"The attachment {info.id[:8]} is damaged or was altered (chunk 4")
    assert message.count(".") == 1
    with pytest.raises(AttachmentDamaged):
        vault.attachments.save_copy(info.id, tmp_path / "out.wav")
    assert not list(tmp_path.glob("*out.wav*"))  # nothing half-written
    blob.write_bytes(bytes(data[:-5000]))
    with pytest.raises(AttachmentDamaged, match="cut short"):
        vault.attachments.open(info.id)


def test_delete_leaves_no_key_and_no_file(vault: Vault, case: str, tmp_path: Path) -> None:
    info = vault.attachments.add(case, wav(tmp_path / "a.wav", pcm(1.0)))
    with vault.session() as session:
        from fieldvault.core.store.models import Attachment

        key = session.get(Attachment, info.id).file_key  # type: ignore[union-attr]
    db_key = bytes(vault.data_key)
    assert key in decrypted_files(vault.path, db_key)  # the scan does see a key while kept
    vault.attachments.delete(info.id)
    assert key not in decrypted_files(vault.path, db_key)
    assert list((vault.path / "attachments").iterdir()) == []
    assert vault.attachments.list(case) == []
    with pytest.raises(NotFound, match="There is no attachment"):
        vault.attachments.get(info.id)


def test_deleting_the_case_removes_its_attachments(vault: Vault, case: str,
                                                   tmp_path: Path) -> None:
    info = vault.attachments.add(case, wav(tmp_path / "a.wav", pcm(1.0)))
    vault.cases.delete(case)
    vault.scrub()
    assert list((vault.path / "attachments").iterdir()) == []
    with pytest.raises(NotFound):
        vault.attachments.get(info.id)


def test_bad_input_is_one_sentence_and_keeps_nothing(vault: Vault, case: str,
                                                     tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^Cannot read the file .*missing.wav: No such"):
        vault.attachments.add(case, tmp_path / "missing.wav")
    junk = tmp_path / "notes.xyz"
    junk.write_bytes(b"hello")
    with pytest.raises(InputError, match="notes.xyz cannot be attached: it is not one of"):
        vault.attachments.add(case, junk)
    heic = tmp_path / "p.heic"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic" + bytes(40))
    with pytest.raises(InputError, match="p.heic cannot be attached: it has no single item "
                       "list"):
        vault.attachments.add(case, heic)
    avif = tmp_path / "p.avif"
    avif.write_bytes(b"\x00\x00\x00\x18ftypavif" + bytes(40))
    with pytest.raises(InputError, match="AVIF photos are not supported yet"):
        vault.attachments.add(case, avif)
    with pytest.raises(NotFound, match="There is no case NOPE"):
        vault.attachments.add("NOPE", wav(tmp_path / "a.wav", pcm(0.1)))
    with pytest.raises(Cancelled):
        vault.attachments.add(case, wav(tmp_path / "b.wav", pcm(0.1)), cancel=lambda: True)
    folder = vault.path / "attachments"
    assert not folder.exists() or list(folder.iterdir()) == []
    assert vault.attachments.list(case) == []


def test_attachments_survive_reopening(vault_path: Path, tmp_path: Path) -> None:
    from reviewkit import new_case

    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as opened:
        code = new_case(opened)
        info = opened.attachments.add(code, wav(tmp_path / "a.wav", pcm(0.5)), name="Intro")
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as opened:
        assert opened.attachments.list(code) == [info]
        assert info.name == "Intro"
        with opened.attachments.open(info.id) as reader:
            assert reader.read(0, 4) == b"RIFF"
    assert os.path.exists(vault_path / "attachments" / f"{info.id}.fva")


def test_a_backup_carries_the_attachments(vault: Vault, case: str, tmp_path: Path) -> None:
    info = vault.attachments.add(case, wav(tmp_path / "a.wav", pcm(1.0)))
    backups = tmp_path / "backups"
    backups.mkdir()
    copy = vault.backup(backups)
    assert stat.S_IMODE((copy / "attachments" / f"{info.id}.fva").stat().st_mode) == 0o600
    with Vault.open(copy, Passphrase(PASSPHRASE)) as restored:
        with restored.attachments.open(info.id) as reader, \
                vault.attachments.open(info.id) as original:
            assert reader.read(0, reader.size) == original.read(0, original.size)


def test_purging_a_submitted_case_destroys_its_attachments(make_vault: object,
                                                           tmp_path: Path) -> None:
    from reviewkit import introduce, new_case

    from fieldvault.core.store.models import Attachment

    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")  # type: ignore[operator]
    introduce(ira, sam)
    code = new_case(ira)
    info = ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(1.0)))
    with ira.session() as session:
        key = session.get(Attachment, info.id).file_key
    ira.review.move(code, "submitted")
    ira.bundles.export(["sam"], [code], tmp_path / "out.fvbundle")
    ira.bundles.purge([code])
    assert list((ira.path / "attachments").iterdir()) == []
    assert key not in decrypted_files(ira.path, bytes(ira.data_key))
