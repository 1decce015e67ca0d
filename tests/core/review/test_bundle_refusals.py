"""Bad bundles are refused with one sentence before the receiving vault changes at all."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from reviewkit import MakeVault, introduce, new_case, snapshot, theme_ids

from fieldvault.core.errors import FieldvaultError, Refused
from fieldvault.core.exchange import age
from fieldvault.core.exchange.envelope import MAGIC, EnvelopeError, Problem, open_envelope, seal
from fieldvault.core.vault import Vault

CHUNK = 256  # many small chunks, so that every chunk region can be hit


@pytest.fixture
def pair(make_vault: MakeVault, tmp_path: Path) -> tuple[Vault, Vault, str, bytes]:
    """ira sends one small case to sam; returns both vaults, the code and the bundle."""
    ira, sam = make_vault("ira", "interviewer"), make_vault("sam", "supervisor")
    introduce(ira, sam)
    code = new_case(ira)
    ira.codings.add(code, theme_ids(ira)[0], 0, 11)
    ira.review.move(code, "submitted")
    out = tmp_path / "small.fvbundle"
    ira.bundles.export(["sam"], [code], out, chunk_size=CHUNK)
    return ira, sam, code, out.read_bytes()


def refused(vault: Vault, data: bytes, compare: bool = True) -> FieldvaultError:
    """Import ``data``, expect a refusal; with ``compare`` check that no row changed."""
    before = snapshot(vault) if compare else None
    with pytest.raises(FieldvaultError) as caught:
        vault.bundles.import_bytes(data)
    assert before is None or snapshot(vault) == before, "a refused bundle changed the vault"
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message and message.count(". ") <= 1
    return caught.value


def regions(data: bytes) -> dict[str, tuple[int, int]]:
    """Byte ranges of the envelope's parts (see envelope.py's layout)."""
    _, length = struct.unpack_from(">HI", data, len(MAGIC))
    header_start = len(MAGIC) + 6
    signature = header_start + length
    body = signature + 64 + 8
    header = json.loads(data[header_start:signature])
    age_head = body + header["age_head"]["length"]
    return {"magic": (0, len(MAGIC)), "version": (len(MAGIC), len(MAGIC) + 2),
            "length": (len(MAGIC) + 2, header_start), "header": (header_start, signature),
            "signature": (signature, signature + 64), "check": (signature + 64, body),
            "age header": (body, age_head), "chunks": (age_head, len(data))}


def test_flipping_any_region_is_refused_and_writes_nothing(
        pair: tuple[Vault, Vault, str, bytes]) -> None:
    _ira, sam, code, data = pair
    parts = regions(data)
    chunk_count = (parts["chunks"][1] - parts["chunks"][0]) // (CHUNK + age.TAG_SIZE) + 1
    assert chunk_count >= 8
    positions: set[int] = set()
    for start, end in parts.values():
        positions.update({start, (start + end) // 2, end - 1})
        positions.update(range(start, end, max(1, (end - start) // 12)))
    step = CHUNK + age.TAG_SIZE
    positions.update(range(parts["chunks"][0] + 5, len(data), step))  # inside every chunk
    problems = set()
    before = snapshot(sam)
    for position in sorted(positions):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        error = refused(sam, bytes(damaged), compare=False)
        assert isinstance(error, EnvelopeError), position
        problems.add(error.problem)
    assert snapshot(sam) == before and len(positions) > 100
    assert problems <= {Problem.TAMPERED, Problem.NOT_A_BUNDLE, Problem.NEWER_VERSION,
                        Problem.TRUNCATED}
    assert Problem.TAMPERED in problems
    with pytest.raises(FieldvaultError):
        sam.cases.get(code)
    sam.bundles.import_bytes(data)  # the intact bundle still goes in afterwards
    assert sam.cases.get(code).status == "submitted"


def test_truncated_and_extended_bundles(pair: tuple[Vault, Vault, str, bytes]) -> None:
    _ira, sam, _code, data = pair
    for length in (5, len(MAGIC) + 3, 200, len(data) // 2, len(data) - 1):
        error = refused(sam, data[:length])
        assert "incomplete" in str(error) or "altered" in str(error), length
    assert refused(sam, data[:len(data) - 1]).problem is Problem.TRUNCATED  # type: ignore[attr-defined]
    assert "unexpected data after its end" in str(refused(sam, data + b"\x00"))
    assert "not a Fieldvault bundle" in str(refused(sam, b"PK\x03\x04 a zip file"))


def test_replayed_not_for_me_unknown_sender(pair: tuple[Vault, Vault, str, bytes],
                                            make_vault: MakeVault) -> None:
    ira, sam, _code, data = pair
    sam.bundles.import_bytes(data)
    assert "already imported" in str(refused(sam, data))
    cody = make_vault("cody", "coder")
    introduce(cody, ira)
    assert "not addressed to your key" in str(refused(cody, data))
    stranger = make_vault("stan", "supervisor")
    stranger.members.me()
    assert "not one of your known members" in str(refused(stranger, data))
    keyless = make_vault("kim", "supervisor")
    assert "no keys yet" in str(refused(keyless, data))


def test_newer_formats_are_refused(pair: tuple[Vault, Vault, str, bytes]) -> None:
    ira, sam, _code, data = pair
    newer = bytearray(data)
    newer[len(MAGIC):len(MAGIC) + 2] = (2).to_bytes(2, "big")  # not re-signed: not believed
    assert "claims a newer format (2) but its signature does not check out" in str(
        refused(sam, bytes(newer)))
    payload = _payload(ira, sam, data)
    payload["format_version"] = 3
    payload["some_new_section"] = []
    message = str(refused(sam, _forge(ira, sam, payload)))
    assert "data format 3" in message and "newer Fieldvault" in message


def test_contents_that_break_the_schema_or_the_header(
        pair: tuple[Vault, Vault, str, bytes]) -> None:
    ira, sam, _code, data = pair
    payload = _payload(ira, sam, data)
    broken = json.loads(json.dumps(payload))
    broken["cases"][0]["codings"][0]["start"] = -3
    assert "invalid at $.cases[0].codings[0].start" in str(refused(sam, _forge(ira, sam, broken)))
    mismatched = json.loads(json.dumps(payload))  # an old payload re-sent as a new bundle
    assert "do not match its signed header" in str(refused(sam, _forge(ira, sam, mismatched)))
    outside = json.loads(json.dumps(payload))
    outside["cases"][0]["codings"][0]["end"] = 10_000
    error = refused(sam, _forge(ira, sam, outside, fix_id=True))
    assert "outside its transcript" in str(error)


def _payload(ira: Vault, sam: Vault, data: bytes) -> dict:  # type: ignore[type-arg]
    with sam.session() as session:
        keys = sam.members.keys_in(session)
    assert keys is not None
    known = {bytes.fromhex(_hex(ira)): "ira"}
    return json.loads(open_envelope(data, keys.box, known).payload)  # type: ignore[no-any-return]


def _forge(ira: Vault, sam: Vault, payload: dict, fix_id: bool = False) -> bytes:  # type: ignore[type-arg]
    """Seal ``payload`` with ira's real key to sam, under a fresh bundle id."""
    import uuid

    bundle_id = uuid.uuid4().hex
    if fix_id:
        payload["manifest"]["bundle_id"] = bundle_id
    with ira.session() as session:
        keys = ira.members.keys_in(session)
    assert keys is not None
    box = X25519PublicKey.from_public_bytes(bytes.fromhex(_box_hex(sam)))
    return seal(json.dumps(payload).encode(), keys.signing, [box], bundle_id=bundle_id)


def _hex(vault: Vault) -> str:
    from fieldvault.core.exchange.identity import parse_identity_text

    return parse_identity_text(vault.members.me().text).ed25519_public.hex()


def _box_hex(vault: Vault) -> str:
    from fieldvault.core.exchange.identity import parse_identity_text

    return parse_identity_text(vault.members.me().text).x25519_public.hex()


def test_refusal_is_a_refused_error_for_replays(pair: tuple[Vault, Vault, str, bytes]) -> None:
    _ira, sam, _code, data = pair
    sam.bundles.import_bytes(data)
    with pytest.raises(Refused):
        sam.bundles.import_bytes(data)
