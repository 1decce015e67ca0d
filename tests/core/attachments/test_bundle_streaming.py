"""Bundles stream their attachments: bounded memory, and every kind of damage refused with one
sentence and nothing written (real vaults, real bundle files read with ``import_file``)."""

from __future__ import annotations

import base64
import io
import json
import struct
import tracemalloc
import uuid
from hashlib import sha256
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from mediakit import pcm, wav
from reviewkit import MakeVault, introduce, new_case, snapshot

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.exchange import age
from fieldvault.core.exchange.envelope import (
    INNER_MAGIC,
    MAGIC,
    SIGNATURE_CONTEXT,
    EnvelopeError,
    open_stream,
    seal,
)
from fieldvault.core.exchange.identity import parse_identity_text
from fieldvault.core.vault import Vault

CHUNK = 1024  # small chunks: many of them in a small recording


@pytest.fixture
def pair(make_vault: MakeVault) -> tuple[Vault, Vault]:
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    return ira, sam


def _signing(vault: Vault) -> Ed25519PrivateKey:
    with vault.session() as session:
        keys = vault.members.keys_in(session)
    assert keys is not None
    return keys.signing


def _box(vault: Vault) -> X25519PrivateKey:
    with vault.session() as session:
        keys = vault.members.keys_in(session)
    assert keys is not None
    return keys.box


def _plain(vault: Vault, attachment_id: str) -> bytes:
    with vault.attachments.open(attachment_id) as reader:
        return reader.read(0, reader.size)


def _layout(data: bytes) -> tuple[dict, int, int]:  # type: ignore[type-arg]
    """(header, offset of the signature, offset of the first sealed chunk)."""
    _version, length = struct.unpack_from(">HI", data, len(MAGIC))
    start = len(MAGIC) + 6
    header = json.loads(data[start:start + length])
    signed_end = start + length
    return header, signed_end, signed_end + 72 + header["age_head"]["length"]


def _nothing_written(vault: Vault, before: object) -> None:
    assert snapshot(vault) == before
    folder = vault.path / "attachments"
    assert not folder.exists() or list(folder.iterdir()) == []


def _refused(vault: Vault, path: Path, data: bytes, match: str) -> None:
    path.write_bytes(data)
    with pytest.raises(FieldvaultError, match=match) as caught:
        vault.bundles.import_file(path)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")


def test_export_and_import_stream_in_bounded_memory(pair: tuple[Vault, Vault],
                                                    tmp_path: Path) -> None:
    """An 8 MB recording with the default 64 KiB chunks: neither side allocates more than a
    small fraction of it at any moment (the in-memory design held it several times). A
    small exchange first, so that lazy imports and caches are not counted."""
    ira, sam = pair
    warm = new_case(ira)
    ira.attachments.add(warm, wav(tmp_path / "warm.wav", pcm(1.0)))
    ira.bundles.export(["sam"], [warm], tmp_path / "warm.fvbundle")
    sam.bundles.import_file(tmp_path / "warm.fvbundle")
    code = new_case(ira)
    samples = pcm(500.0)  # 8 MB
    talk = ira.attachments.add(code, wav(tmp_path / "talk.wav", samples, tags=False))
    out = tmp_path / "big.fvbundle"
    tracemalloc.start()
    try:
        ira.bundles.export(["sam"], [code], out)
        _size, export_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        report = sam.bundles.import_file(out)
        _size, import_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.attachments == 1
    assert _plain(sam, talk.id) == _plain(ira, talk.id)
    assert out.stat().st_size > len(samples)
    limit = len(samples) // 4
    assert export_peak < limit and import_peak < limit, (export_peak, import_peak)


def test_a_streamed_bundle_is_the_documented_format(pair: tuple[Vault, Vault],
                                                    tmp_path: Path) -> None:
    """Read back without the envelope's reader: the signature over the header, each chunk's
    digest, then stock age decryption of the whole body (age.decrypt, the in-memory path)
    give JSON, NUL and the attachments' bytes in listing order."""
    ira, sam = pair
    code = new_case(ira)
    first = ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(1.0)))
    second = ira.attachments.add(code, wav(tmp_path / "b.wav", pcm(0.7, seed=4)))
    out = tmp_path / "f.fvbundle"
    ira.bundles.export(["sam"], [code], out, chunk_size=CHUNK)
    data = out.read_bytes()
    header, signed_end, chunks_start = _layout(data)
    sender = Ed25519PublicKey.from_public_bytes(
        base64.urlsafe_b64decode(header["sender"] + "="))
    sender.verify(data[signed_end:signed_end + 64], SIGNATURE_CONTEXT + data[:signed_end])
    body = data[signed_end + 72:]
    assert len(body) == header["body_length"]
    pieces = age.split_chunks(data[chunks_start:], CHUNK)
    assert [base64.urlsafe_b64encode(sha256(p).digest()).rstrip(b"=").decode()
            for p in pieces] == header["chunks"]
    inner = age.decrypt(body, _box(sam), CHUNK)
    prefix = INNER_MAGIC + sender.public_bytes_raw() + bytes.fromhex(header["bundle_id"])
    assert inner.startswith(prefix)
    text, blobs = inner[len(prefix):].split(b"\x00", 1)
    listing = json.loads(text)["cases"][0]["attachments"]
    assert [item["id"] for item in listing] == [first.id, second.id]
    assert blobs == _plain(ira, first.id) + _plain(ira, second.id)
    assert [item["sha256"] for item in listing] == [
        sha256(_plain(ira, first.id)).hexdigest(), sha256(_plain(ira, second.id)).hexdigest()]


def test_flipped_bytes_anywhere_are_refused_and_nothing_written(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    ira, sam = pair
    code = new_case(ira)
    ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(1.5)))
    out = tmp_path / "t.fvbundle"
    ira.bundles.export(["sam"], [code], out, chunk_size=CHUNK)
    data = out.read_bytes()
    _header, signed_end, chunks_start = _layout(data)
    before = snapshot(sam)
    places = {"header": len(MAGIC) + 20, "signature": signed_end + 5,
              "recipients": signed_end + 90, "first chunk": chunks_start + 3,
              "middle chunk": (chunks_start + len(data)) // 2, "last byte": len(data) - 1}
    for at in places.values():
        bad = bytearray(data)
        bad[at] ^= 0x04
        _refused(sam, tmp_path / f"bad-{at}.fvbundle", bytes(bad), "altered|damaged")
        _nothing_written(sam, before)
    sam.bundles.import_file(out)
    assert len(sam.attachments.list(code)) == 1


def test_truncation_at_any_chunk_boundary_or_inside_is_refused(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    ira, sam = pair
    code = new_case(ira)
    ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(0.5)))
    out = tmp_path / "t.fvbundle"
    ira.bundles.export(["sam"], [code], out, chunk_size=CHUNK)
    data = out.read_bytes()
    _header, signed_end, chunks_start = _layout(data)
    before = snapshot(sam)
    step = CHUNK + age.TAG_SIZE
    cuts = [10, signed_end + 30, chunks_start, chunks_start + step, chunks_start + 3 * step,
            chunks_start + 3 * step + 7, len(data) - 1]
    for cut in cuts:
        _refused(sam, tmp_path / f"cut-{cut}.fvbundle", data[:cut], "cut off before its end")
        _nothing_written(sam, before)
    _refused(sam, tmp_path / "long.fvbundle", data + bytes(CHUNK + 16),
             "unexpected data after its end")
    _nothing_written(sam, before)


def _resign(data: bytes, signer: Ed25519PrivateKey, body: bytes, digests: list[str]) -> bytes:
    """The bundle with a new body and chunk list, signed again by ``signer``."""
    header, _signed_end, _chunks = _layout(data)
    header["chunks"] = digests
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    signed = MAGIC + struct.pack(">HI", 1, len(raw)) + raw
    signature = signer.sign(SIGNATURE_CONTEXT + signed)
    return signed + signature + sha256(signature).digest()[:8] + body


def test_reordered_chunks_are_refused_signed_or_not(pair: tuple[Vault, Vault],
                                                   tmp_path: Path) -> None:
    """Swapping two sealed chunks breaks their signed digests; a known member who swaps them
    and signs the new order still fails: each chunk's nonce carries its position."""
    ira, sam = pair
    code = new_case(ira)
    ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(0.5)))
    out = tmp_path / "r.fvbundle"
    ira.bundles.export(["sam"], [code], out, chunk_size=CHUNK)
    data = out.read_bytes()
    header, signed_end, chunks_start = _layout(data)
    pieces = age.split_chunks(data[chunks_start:], CHUNK)
    assert len(pieces) > 6
    pieces[3], pieces[4] = pieces[4], pieces[3]
    head = data[signed_end + 72:chunks_start]
    swapped = data[:chunks_start] + b"".join(pieces)
    before = snapshot(sam)
    _refused(sam, tmp_path / "swap.fvbundle", swapped, "Part 4 of .* altered or damaged")
    _nothing_written(sam, before)
    digests = list(header["chunks"])
    digests[3], digests[4] = digests[4], digests[3]
    resigned = _resign(data, _signing(ira), head + b"".join(pieces), digests)
    _refused(sam, tmp_path / "resigned.fvbundle", resigned, "Part 4 .* cannot be decrypted")
    _nothing_written(sam, before)


def _raw(receiver: Vault, sender: Vault, data: bytes) -> bytes:
    from fieldvault.core.exchange.envelope import open_envelope

    known = {parse_identity_text(sender.members.me().text).ed25519_public: sender.me.name}
    return open_envelope(data, _box(receiver), known).payload


def _forge(sender: Vault, receiver: Vault, text: bytes, blobs: bytes) -> bytes:
    payload = json.loads(text)
    bundle_id = uuid.uuid4().hex
    payload["manifest"]["bundle_id"] = bundle_id
    box = X25519PublicKey.from_public_bytes(
        parse_identity_text(receiver.members.me().text).x25519_public)
    raw = json.dumps(payload).encode() + b"\x00" + blobs
    return seal(raw, _signing(sender), [box], bundle_id=bundle_id, chunk_size=CHUNK)


def test_forged_listings_signed_by_a_member_are_refused_and_nothing_kept(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    """Forgeries found only while the bytes stream (the first recording already staged when
    the second fails its digest) leave no pending file behind."""
    ira, sam = pair
    code = new_case(ira)
    ira.attachments.add(code, wav(tmp_path / "a.wav", pcm(1.0)))
    ira.attachments.add(code, wav(tmp_path / "b.wav", pcm(1.0, seed=8)))
    out = tmp_path / "f.fvbundle"
    ira.bundles.export(["sam"], [code], out)
    text, blobs = _raw(sam, ira, out.read_bytes()).split(b"\x00", 1)
    payload = json.loads(text)
    first, second = payload["cases"][0]["attachments"]

    def listing(**change: object) -> bytes:
        altered = json.loads(text)
        altered["cases"][0]["attachments"][1].update(change)
        return json.dumps(altered).encode()

    def swapped_sizes() -> bytes:
        altered = json.loads(text)
        one, two = altered["cases"][0]["attachments"]
        one["size"], two["size"] = two["size"] - 2, one["size"] + 2
        two["offset"] = one["size"]
        return json.dumps(altered).encode()

    flipped = blobs[:-5] + bytes([blobs[-5] ^ 1]) + blobs[-4:]
    cases = [(text, flipped, f"attachment {second['id'][:8]} does not match its digest"),
             (swapped_sizes(), blobs, f"attachment {first['id'][:8]} does not match"),
             (listing(offset=second["offset"] + 1), blobs, "not where its listing says"),
             (listing(size=second["size"] + 1), blobs, "not where its listing says"),
             (listing(size=second["size"] - 1), blobs, "bytes after the attachments"),
             (text, blobs[:-1], "not where its listing says")]
    before = snapshot(sam)
    for number, (head, tail, message) in enumerate(cases):
        _refused(sam, tmp_path / f"forged-{number}.fvbundle", _forge(ira, sam, head, tail),
                 message)
        _nothing_written(sam, before)
    sam.bundles.import_file(out)
    assert len(sam.attachments.list(code)) == 2


def test_a_file_changed_between_the_check_and_the_decryption_is_refused() -> None:
    """open_stream checks every digest first; pieces() checks each again as it decrypts."""
    sender = Ed25519PrivateKey.generate()
    me = X25519PrivateKey.generate()
    data = seal(bytes(range(256)) * 40, sender, [me.public_key()], chunk_size=256)
    buffer = io.BytesIO(data)
    opened = open_stream(buffer, me, {sender.public_key().public_bytes_raw(): "Kim"})
    _header, _signed_end, chunks_start = _layout(data)
    buffer.getbuffer()[chunks_start + 3 * (256 + 16) + 9] ^= 1
    with pytest.raises(EnvelopeError, match="Part 4 of .* altered") as caught:
        for _piece in opened.pieces():
            pass
    assert caught.value.chunk == 4
