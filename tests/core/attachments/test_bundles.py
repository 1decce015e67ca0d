"""Attachments travel in exchange bundles: two real vaults, a real bundle file in between."""

from __future__ import annotations

import io
import json
import wave
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from mediakit import MARKER, jpeg, pcm, wav
from reviewkit import MakeVault, introduce, new_case, snapshot

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.exchange.envelope import open_envelope, seal
from fieldvault.core.exchange.identity import parse_identity_text
from fieldvault.core.vault import Vault


@pytest.fixture
def pair(make_vault: MakeVault) -> tuple[Vault, Vault]:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    return ira, sam


def _export(vault: Vault, codes: list[str], out: Path, **options: object) -> bytes:
    vault.bundles.export(["sam"], codes, out, **options)  # type: ignore[arg-type]
    return out.read_bytes()


def _plain(vault: Vault, attachment_id: str) -> bytes:
    with vault.attachments.open(attachment_id) as reader:
        return reader.read(0, reader.size)


def test_attachments_round_trip_between_two_vaults(pair: tuple[Vault, Vault],
                                                   tmp_path: Path) -> None:
    ira, sam = pair
    code = new_case(ira)
    samples = (MARKER * 3000)[:16000] + pcm(1.0)
    sound = ira.attachments.add(code, wav(tmp_path / "talk.wav", samples))
    photo = ira.attachments.add(code, jpeg(tmp_path / "page.jpg"))
    data = _export(ira, [code], tmp_path / "b.fvbundle", chunk_size=4096)
    assert MARKER not in data  # sealed inside the age-encrypted payload
    report = sam.bundles.import_bytes(data)
    assert report.attachments == 2 and report.new_cases == [code]
    got = sam.attachments.list(code)
    assert [a.id for a in got] == [sound.id, photo.id]
    assert got[0] == sound and got[1] == photo  # same id, metadata, size, what was removed
    for info in (sound, photo):
        assert _plain(sam, info.id) == _plain(ira, info.id)
    with wave.open(io.BytesIO(_plain(sam, sound.id))) as back:
        assert back.readframes(back.getnframes()) == samples
    with ira.session() as s1, sam.session() as s2:
        from fieldvault.core.store.models import Attachment
        key_ira, key_sam = s1.get(Attachment, sound.id), s2.get(Attachment, sound.id)
        assert key_ira is not None and key_sam is not None
        assert key_ira.file_key != key_sam.file_key  # re-sealed under the receiver's key
    files = list((sam.path / "attachments").iterdir())
    assert sorted(f.name for f in files) == sorted(f"{a.id}.fva" for a in (sound, photo))
    assert not [p for p in sam.path.rglob("*") if p.is_file() and MARKER in p.read_bytes()]


def test_a_second_bundle_does_not_duplicate_and_adds_new_ones(pair: tuple[Vault, Vault],
                                                              tmp_path: Path) -> None:
    ira, sam = pair
    code = new_case(ira)
    first = ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(0.5)))
    sam.bundles.import_bytes(_export(ira, [code], tmp_path / "1.fvbundle"))
    second = ira.attachments.add(code, wav(tmp_path / "b.wav", pcm(0.5, seed=7)))
    report = sam.bundles.import_bytes(_export(ira, [code], tmp_path / "2.fvbundle"))
    assert report.attachments == 1
    assert [a.id for a in sam.attachments.list(code)] == [first.id, second.id]
    assert len(list((sam.path / "attachments").iterdir())) == 2


def test_a_bundle_without_attachments_keeps_format_one(pair: tuple[Vault, Vault],
                                                       tmp_path: Path) -> None:
    ira, sam = pair
    code = new_case(ira)
    data = _export(ira, [code], tmp_path / "plain.fvbundle")
    payload = _payload(sam, ira, data)
    assert payload["format_version"] == 1 and "attachments" not in payload["cases"][0]
    report = sam.bundles.import_bytes(data)
    assert report.attachments == 0 and sam.attachments.list(code) == []


def test_an_old_format_bundle_still_imports(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    """A payload exactly as the version-1 writer made it: plain JSON, no attachments key."""
    ira, sam = pair
    code = new_case(ira)
    ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(0.5)))
    payload = _payload(sam, ira, _export(ira, [code], tmp_path / "x.fvbundle"))
    for case in payload["cases"]:
        case.pop("attachments")
    payload["format_version"] = 1
    import uuid
    bundle_id = uuid.uuid4().hex
    payload["manifest"]["bundle_id"] = bundle_id
    report = sam.bundles.import_bytes(_forge(ira, sam, json.dumps(payload).encode(), bundle_id))
    assert report.new_cases == [code] and report.attachments == 0


def test_tampered_attachment_bytes_are_refused_and_nothing_written(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    ira, sam = pair
    code = new_case(ira)
    ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(2.0)))
    data = _export(ira, [code], tmp_path / "t.fvbundle", chunk_size=1024)
    before = snapshot(sam)
    for at in (len(data) - 10, len(data) // 2 + 7, len(data) - 3000):
        bad = bytearray(data)
        bad[at] ^= 0x20
        with pytest.raises(FieldvaultError):
            sam.bundles.import_bytes(bytes(bad))
        assert snapshot(sam) == before
        assert not (sam.path / "attachments").exists() or not list(
            (sam.path / "attachments").iterdir())
    sam.bundles.import_bytes(data)
    assert len(sam.attachments.list(code)) == 1


def test_a_forged_listing_is_refused_before_anything_is_written(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    """Signed by a known member but inconsistent: a digest that does not match, or bytes
    after the listed attachments."""
    import uuid

    ira, sam = pair
    code = new_case(ira)
    ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(0.5)))
    raw = _raw(sam, ira, _export(ira, [code], tmp_path / "f.fvbundle"))
    text, blobs = raw.split(b"\x00", 1)
    before = snapshot(sam)
    cases = [(text, blobs[:-1] + bytes([blobs[-1] ^ 1]), "does not match its digest"),
             (text, blobs + b"\x00", "bytes after the attachments"),
             (text.replace(b'"format_version":2', b'"format_version":1'), blobs,
              "format version that has none")]
    for head, tail, message in cases:
        bundle_id = uuid.uuid4().hex
        payload = json.loads(head)
        payload["manifest"]["bundle_id"] = bundle_id
        forged = _forge(ira, sam, json.dumps(payload).encode() + b"\x00" + tail, bundle_id)
        with pytest.raises(FieldvaultError, match=message):
            sam.bundles.import_bytes(forged)
        assert snapshot(sam) == before


def _raw(receiver: Vault, sender: Vault, data: bytes) -> bytes:
    with receiver.session() as session:
        keys = receiver.members.keys_in(session)
    assert keys is not None
    known = {parse_identity_text(sender.members.me().text).ed25519_public: sender.me.name}
    return open_envelope(data, keys.box, known).payload


def _payload(receiver: Vault, sender: Vault, data: bytes) -> dict:  # type: ignore[type-arg]
    return json.loads(_raw(receiver, sender, data).split(b"\x00", 1)[0])  # type: ignore[no-any-return]


def _forge(sender: Vault, receiver: Vault, raw: bytes, bundle_id: str) -> bytes:
    with sender.session() as session:
        keys = sender.members.keys_in(session)
    assert keys is not None
    box = X25519PublicKey.from_public_bytes(
        parse_identity_text(receiver.members.me().text).x25519_public)
    return seal(raw, keys.signing, [box], bundle_id=bundle_id)


def test_purge_waits_for_an_export_that_carries_a_new_attachment(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    from fieldvault.core.errors import Refused

    ira, _sam = pair
    code = new_case(ira)
    ira.review.move(code, "submitted")
    ira.bundles.export(["sam"], [code], tmp_path / "1.fvbundle")
    ira.attachments.add(code, wav(tmp_path / "late.wav", pcm(0.5)))
    with pytest.raises(Refused, match="changed after its last export"):
        ira.bundles.purge([code])
    payload = _payload(_sam, ira, _export(ira, [code], tmp_path / "2.fvbundle"))
    assert [a["name"] for a in payload["cases"][0]["attachments"]] == ["late.wav"]
    ira.bundles.purge([code])


def test_coded_audio_segments_travel_with_their_recording(pair: tuple[Vault, Vault],
                                                         tmp_path: Path) -> None:
    from reviewkit import theme_ids

    ira, sam = pair
    code = new_case(ira)
    talk = ira.attachments.add(code, wav(tmp_path / "talk.wav", pcm(5.0)))
    theme = theme_ids(ira)[0]
    segment = ira.attachments.segments.add(talk.id, theme, 1_000, 2_500)
    report = sam.bundles.import_bytes(_export(ira, [code], tmp_path / "s.fvbundle"))
    assert report.audio_codings == 1
    got = sam.attachments.segments.for_case(code)
    assert [(s.id, s.attachment_id, s.start_ms, s.end_ms, s.theme_id, s.coder)
            for s in got] == [(segment.id, talk.id, 1_000, 2_500, theme, "ira")]
    again = sam.bundles.import_bytes(_export(ira, [code], tmp_path / "t.fvbundle"))
    assert again.audio_codings == 0 and len(sam.attachments.segments.for_case(code)) == 1


def test_an_audio_coding_of_a_recording_not_carried_is_refused(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    import uuid

    from reviewkit import theme_ids

    ira, sam = pair
    code = new_case(ira)
    talk = ira.attachments.add(code, wav(tmp_path / "talk.wav", pcm(2.0)))
    ira.attachments.segments.add(talk.id, theme_ids(ira)[0], 0, 500)
    raw = _raw(sam, ira, _export(ira, [code], tmp_path / "f.fvbundle"))
    head, _blobs = raw.split(b"\x00", 1)
    payload = json.loads(head)
    payload["cases"][0].pop("attachments")
    payload["format_version"] = 1
    bundle_id = uuid.uuid4().hex
    payload["manifest"]["bundle_id"] = bundle_id
    before = snapshot(sam)
    with pytest.raises(FieldvaultError, match="codes a recording it does not carry"):
        sam.bundles.import_bytes(_forge(ira, sam, json.dumps(payload).encode(), bundle_id))
    assert snapshot(sam) == before
