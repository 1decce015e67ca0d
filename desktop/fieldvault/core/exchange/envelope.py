"""The cryptographic envelope of an exchange bundle: encrypted to members, signed by the sender.

Layout (integers big-endian)::

    magic       18 bytes  b"FIELDVAULT-BUNDLE\\n"
    version      2 bytes  format version, 1
    length       4 bytes  length of the header that follows
    header      JSON, UTF-8: bundle_id, created, sender (Ed25519 key), recipients (key
                fingerprints), chunk_size, age_head {length, sha256}, chunks [sha256 of each
                sealed chunk], body_length
    signature   64 bytes  Ed25519 over SIGNATURE_CONTEXT || magic .. header
    check        8 bytes  SHA-256(signature)[:8]: tells a damaged signature from a damaged
                          header in error messages; it protects nothing
    body        a standard age v1 file (see ``age.py``) whose plaintext is
                INNER_MAGIC || sender key || bundle id (16 bytes) || payload

Encrypt-then-sign, chosen on purpose. The signature covers the header, and the header holds the
digest of the age header and of every sealed chunk, so the sender vouches for every byte of
the ciphertext and :func:`open_envelope` checks all of it before it decrypts anything. With
several recipients this matters: each of them learns the file key and could forge chunks that
age alone accepts. The price is that the sender's key and the recipients' fingerprints are
readable without any key; they are pseudonymous keys, not names. Sign-then-encrypt would hide
them but lets a recipient re-encrypt the signed content to someone else as if it had been sent
to them (surreptitious forwarding). The opposite trick against encrypt-then-sign, stripping
the signature and signing someone else's ciphertext as one's own, is stopped by the sender key
and bundle id repeated inside the encrypted body and compared after decryption.

The body is real age: ``age -d -i <identity>`` decrypts it (tested against age 1.1.1), which
is useful for escrow and audits, but stock age checks no signature. The outer container is
Fieldvault's own format and is not readable by age. Small ``chunk_size`` values exist for tests
only and make the body non-standard.

Replay: every bundle carries a random ``bundle_id``; the caller records imported ids and
refuses one it has seen. Checks in :func:`open_envelope`, in order: magic, header syntax,
signature, known sender, version (a claim of a newer format counts only once a known
member's signature over it holds, so an altered version byte cannot send the user looking for
an "update"), addressed to me, length (truncation), digests of the age
header and of each chunk, decryption, inner binding. Any failure raises
:class:`EnvelopeError` with one plain sentence and no secret. Functions are pure: safe from
any thread.

Streaming: :func:`seal_to` and :func:`open_stream` keep about one chunk in memory, whatever
the size of the payload, without changing a byte of the format (bundles written before read
as before, and older Fieldvault reads these). Writing: the header's size is known before the
body (digests have a fixed width), so its place is left blank and filled in, signed, at the
end. Reading: every chunk's signed digest is checked in a first pass over the file, before
anything is decrypted; the second pass decrypts chunk by chunk and checks each digest again,
so a file changed between the passes is refused too (the caller then discards what it
staged). :func:`seal` and :func:`open_envelope` are the same in memory, for small payloads.
"""

from __future__ import annotations

import base64
import binascii
import io
import itertools
import json
import re
import struct
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from hashlib import sha256
from typing import IO, Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fieldvault.core.errors import FieldvaultError
from fieldvault.core.exchange import age
from fieldvault.core.exchange.identity import (
    IdentityTextError,
    MemberIdentity,
    fingerprint,
    identity_text,
    parse_identity_text,
)

__all__ = [
    "EnvelopeError",
    "IdentityTextError",
    "MemberIdentity",
    "Opened",
    "Problem",
    "fingerprint",
    "identity_text",
    "OpenedStream",
    "open_envelope",
    "open_stream",
    "parse_identity_text",
    "seal",
    "seal_to",
]

MAGIC = b"FIELDVAULT-BUNDLE\n"
FORMAT_VERSION = 1
SIGNATURE_CONTEXT = b"fieldvault-bundle-signature/v1\x00"
INNER_MAGIC = b"fieldvault-inner/v1\n"
MAX_HEADER = 16 * 1024 * 1024
MIN_CHUNK = 64
MAX_CHUNK = 4 * 1024 * 1024
_PREFIX = struct.Struct(">HI")
_SIGNATURE = 64
_CHECK = 8
_INNER_PREFIX = len(INNER_MAGIC) + 32 + 16  # magic, sender key, bundle id
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_HEX_ID = re.compile(r"[0-9a-f]{32}")
_FINGERPRINT = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}")


class Problem(StrEnum):
    NOT_A_BUNDLE = "not_a_bundle"
    NEWER_VERSION = "newer_version"
    TRUNCATED = "truncated"
    TAMPERED = "tampered"
    UNKNOWN_SENDER = "unknown_sender"
    NOT_FOR_YOU = "not_for_you"


class EnvelopeError(FieldvaultError, ValueError):
    """A bundle cannot be opened. ``str(error)`` is one plain sentence for the user;
    ``problem`` says which kind, ``region`` where ("header", "signature", "recipients",
    "chunk", "end", "contents") and ``chunk`` which chunk, counting from 1."""

    def __init__(
        self, message: str, problem: Problem, region: str | None = None, chunk: int | None = None
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.region = region
        self.chunk = chunk


@dataclass(frozen=True)
class Opened:
    payload: bytes
    sender_fingerprint: str
    sender_name: str
    bundle_id: str
    created: datetime


@dataclass(frozen=True)
class _Header:
    bundle_id: str
    created: datetime
    sender: bytes
    recipients: list[str]
    chunk_size: int
    head_length: int
    head_sha256: bytes
    chunk_digests: list[bytes]
    body_length: int


def seal(
    payload: bytes,
    sender: Ed25519PrivateKey,
    recipients: list[X25519PublicKey],
    *,
    bundle_id: str | None = None,
    created: datetime | None = None,
    chunk_size: int = age.CHUNK_SIZE,
) -> bytes:
    """Encrypt ``payload`` to every recipient and sign it; returns the whole bundle."""
    out = io.BytesIO()
    seal_to(out, [payload], len(payload), sender, recipients, bundle_id=bundle_id,
            created=created, chunk_size=chunk_size)
    return out.getvalue()


def seal_to(
    out: IO[bytes],
    pieces: Iterable[bytes],
    length: int,
    sender: Ed25519PrivateKey,
    recipients: list[X25519PublicKey],
    *,
    bundle_id: str | None = None,
    created: datetime | None = None,
    chunk_size: int = age.CHUNK_SIZE,
) -> int:
    """Write the bundle of the payload ``pieces`` (``length`` bytes in all) to ``out``, a
    seekable file at its start; return its size. Memory stays at about one chunk: the
    header's size is known in advance (the chunk digests have a fixed width), so its place
    is left blank, the body streamed after it, and the signed header written last. Raises
    ValueError if the pieces do not add up to ``length`` (the caller discards ``out``)."""
    fingerprints = [fingerprint(key.public_bytes_raw()) for key in recipients]
    if not fingerprints or len(set(fingerprints)) != len(fingerprints):
        raise ValueError("recipients must be one or more distinct keys")
    if not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
        raise ValueError(f"chunk_size must lie between {MIN_CHUNK} and {MAX_CHUNK}")
    bundle_id = uuid.uuid4().hex if bundle_id is None else bundle_id
    if not _HEX_ID.fullmatch(bundle_id):
        raise ValueError("bundle_id must be 32 lower-case hexadecimal digits")
    when = datetime.now(UTC) if created is None else created
    if when.tzinfo is None:
        raise ValueError("created must carry a time zone")
    sender_key = sender.public_key().public_bytes_raw()
    prefix = INNER_MAGIC + sender_key + bytes.fromhex(bundle_id)
    encryptor = age.Encryptor(recipients, chunk_size)
    count = age.sealed_chunks(len(prefix) + length, chunk_size)
    fields = {
        "bundle_id": bundle_id,
        "created": when.astimezone(UTC).strftime(_TIME_FORMAT),
        "sender": _b64url(sender_key),
        "recipients": fingerprints,
        "chunk_size": chunk_size,
        "age_head": {"length": len(encryptor.head),
                     "sha256": _b64url(_digest(encryptor.head))},
        "chunks": [_b64url(bytes(32))] * count,
        "body_length": len(encryptor.head) + len(prefix) + length + count * age.TAG_SIZE,
    }
    blank = _signed_part(fields)
    start = out.tell()
    out.write(bytes(len(blank) + _SIGNATURE + _CHECK))
    out.write(encryptor.head)
    digests = []
    for sealed in encryptor.seal(_exactly(itertools.chain([prefix], pieces),
                                          len(prefix) + length)):
        out.write(sealed)
        digests.append(_b64url(_digest(sealed)))
    fields["chunks"] = digests
    signed = _signed_part(fields)
    if len(digests) != count or len(signed) != len(blank):
        raise ValueError("the bundle body does not have the size its header announced")
    signature = sender.sign(SIGNATURE_CONTEXT + signed)
    end = out.tell()
    out.seek(start)
    out.write(signed + signature + _digest(signature)[:_CHECK])
    out.seek(end)
    return end - start


def _signed_part(fields: dict[str, Any]) -> bytes:
    header = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return MAGIC + _PREFIX.pack(FORMAT_VERSION, len(header)) + header


def _exactly(pieces: Iterable[bytes], length: int) -> Iterator[bytes]:
    """``pieces``, refusing (ValueError) if they add up to more or less than ``length``."""
    total = 0
    for piece in pieces:
        total += len(piece)
        if total > length:
            raise ValueError("the payload is longer than announced")
        yield piece
    if total != length:
        raise ValueError("the payload is shorter than announced")


def open_envelope(data: bytes, me: X25519PrivateKey, known_senders: dict[bytes, str]) -> Opened:
    """Verify and decrypt a bundle addressed to ``me``, whole in memory (small bundles;
    see :func:`open_stream` for large ones).

    ``known_senders`` maps raw Ed25519 public keys to member names; any other signer is
    refused before decryption. The caller must refuse a ``bundle_id`` it already imported.
    """
    stream = open_stream(io.BytesIO(data), me, known_senders)
    payload = b"".join(stream.pieces())
    return Opened(payload, stream.sender_fingerprint, stream.sender_name, stream.bundle_id,
                  stream.created)


class OpenedStream:
    """A bundle whose signature, sender, addressee, length and every chunk digest have been
    checked; :meth:`pieces` decrypts it chunk by chunk, checking each digest again (the file
    may change between the two reads) and the inner binding first. Iterate it once, to the
    end: only then has the last chunk been authenticated."""

    def __init__(self, handle: BinaryIO, body_start: int, header: _Header,
                 decryptor: age.Decryptor, sender_name: str) -> None:
        self._handle, self._body_start, self._header = handle, body_start, header
        self._decryptor = decryptor
        self.sender_fingerprint = fingerprint(header.sender)
        self.sender_name = sender_name
        self.bundle_id = header.bundle_id
        self.created = header.created
        sealed = header.body_length - header.head_length
        self.length = sealed - len(header.chunk_digests) * age.TAG_SIZE - _INNER_PREFIX

    def pieces(self) -> Iterator[bytes]:
        """The payload's plaintext in pieces of at most one chunk; raises EnvelopeError."""
        expected = INNER_MAGIC + self._header.sender + bytes.fromhex(self._header.bundle_id)
        pending = bytearray()
        for plain in self._plaintext():
            if len(pending) >= len(expected):
                yield plain
                continue
            pending += plain
            if len(pending) < len(expected):
                continue
            if not pending.startswith(expected):
                raise _damaged("contents")
            if len(pending) > len(expected):
                yield bytes(pending[len(expected):])
        if len(pending) < len(expected):
            raise _damaged("contents")

    def _plaintext(self) -> Iterator[bytes]:
        total = len(self._header.chunk_digests)
        self._handle.seek(self._body_start + self._header.head_length)
        for index, sealed in enumerate(_read_chunks(self._handle, self._header)):
            try:
                yield self._decryptor.open(index, sealed, index == total - 1)
            except age.AgeTruncatedError as error:
                raise _truncated() from error
            except age.AgeChunkError as error:
                raise _undecryptable(error.index + 1) from error


def open_stream(handle: BinaryIO, me: X25519PrivateKey,
                known_senders: dict[bytes, str]) -> OpenedStream:
    """Check a bundle read from ``handle`` (seekable, at its start) before anything in it is
    decrypted: magic, header syntax, signature, known sender, version, addressed to me,
    length, the digest of the age header and of every chunk, then the age header's MAC.
    Memory: the header (about 46 bytes per 64 KiB chunk) and one chunk."""
    version, signed, header, seal_bytes = _read_header(handle)
    try:
        _check_signature(signed, seal_bytes, header)
    except EnvelopeError as error:
        if version > FORMAT_VERSION:
            raise _unverified_newer(version) from error
        raise
    name = known_senders.get(header.sender)
    if name is None:
        raise EnvelopeError(
            f"This bundle was signed by key {fingerprint(header.sender)}, which is not one "
            "of your known members.",
            Problem.UNKNOWN_SENDER,
        )
    if version > FORMAT_VERSION:  # judged only now: a known member signed the version
        raise EnvelopeError(
            f"This bundle was made by a newer Fieldvault (bundle format {version}); update "
            "Fieldvault to open it.",
            Problem.NEWER_VERSION,
        )
    _check_addressed(header, me)
    body_start = len(signed) + _SIGNATURE + _CHECK
    head = _check_body(handle, body_start, header)
    decryptor = _decryptor(head, me)
    return OpenedStream(handle, body_start, header, decryptor, name)


# --- reading the header ---------------------------------------------------------------------


def _damaged(region: str = "header") -> EnvelopeError:
    what = {
        "header": "The bundle header has been altered or damaged.",
        "signature": "The bundle signature has been altered or damaged.",
        "recipients": "The recipient section of the bundle has been altered or damaged.",
        "end": "The bundle has unexpected data after its end.",
        "contents": "The bundle's contents do not match its signed header.",
    }[region]
    return EnvelopeError(what, Problem.TAMPERED, region)


def _truncated() -> EnvelopeError:
    return EnvelopeError(
        "The bundle is incomplete: the file was cut off before its end.", Problem.TRUNCATED
    )


def _unverified_newer(version: int) -> EnvelopeError:
    return EnvelopeError(
        f"This bundle claims a newer format ({version}) but its signature does not check "
        "out here: it has been altered, or a newer Fieldvault made it; ask the sender which.",
        Problem.TAMPERED, "header")


def _read_header(handle: BinaryIO) -> tuple[int, bytes, _Header, bytes]:
    """(format version, the signed bytes, parsed header, signature and check). A newer
    version is not judged here: its claim is believed only once the signature over it
    holds."""
    first = handle.read(len(MAGIC))
    if first != MAGIC:
        if 0 < len(first) < len(MAGIC) and MAGIC.startswith(first):
            raise _truncated()
        raise EnvelopeError("This file is not a Fieldvault bundle.", Problem.NOT_A_BUNDLE)
    prefix = handle.read(_PREFIX.size)
    if len(prefix) < _PREFIX.size:
        raise _truncated()
    version, length = _PREFIX.unpack(prefix)
    if version < 1 or length > MAX_HEADER:
        raise _unverified_newer(version) if version > FORMAT_VERSION else _damaged()
    raw = handle.read(length)
    seal_bytes = handle.read(_SIGNATURE + _CHECK)
    if len(raw) < length or len(seal_bytes) < _SIGNATURE + _CHECK:
        raise _truncated()
    try:
        return version, first + prefix + raw, _parse_header(raw), seal_bytes
    except EnvelopeError as error:
        if version > FORMAT_VERSION:
            raise _unverified_newer(version) from error
        raise


def _parse_header(raw: bytes) -> _Header:
    try:
        fields = json.loads(raw)
        header = _Header(
            bundle_id=_text(fields["bundle_id"], _HEX_ID),
            created=datetime.strptime(_text(fields["created"]), _TIME_FORMAT).replace(tzinfo=UTC),
            sender=_key(fields["sender"]),
            recipients=[_text(item, _FINGERPRINT) for item in _list(fields["recipients"])],
            chunk_size=_int(fields["chunk_size"], MIN_CHUNK, MAX_CHUNK),
            head_length=_int(fields["age_head"]["length"], age.NONCE_SIZE + 1, MAX_HEADER),
            head_sha256=_key(fields["age_head"]["sha256"]),
            chunk_digests=[_key(item) for item in _list(fields["chunks"])],
            body_length=_int(fields["body_length"], 0, 2**62),
        )
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        raise _damaged() from error
    if not header.recipients or not header.chunk_digests or not _lengths_agree(header):
        raise _damaged()
    return header


def _lengths_agree(header: _Header) -> bool:
    """The last sealed chunk holds between a bare tag and a full chunk."""
    step = header.chunk_size + age.TAG_SIZE
    last = header.body_length - header.head_length - (len(header.chunk_digests) - 1) * step
    return age.TAG_SIZE <= last <= step


def _text(value: Any, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or (pattern is not None and not pattern.fullmatch(value)):
        raise ValueError("bad text field")
    return value


def _int(value: Any, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise ValueError("bad number field")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("bad list field")
    return value


def _key(value: Any) -> bytes:
    """A 32-byte value in canonical unpadded base64url."""
    text = _text(value)
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as error:
        raise ValueError("bad base64") from error
    if len(raw) != 32 or _b64url(raw) != text:
        raise ValueError("bad key field")
    return raw


# --- checks before decryption ---------------------------------------------------------------


def _check_signature(signed: bytes, seal_bytes: bytes, header: _Header) -> None:
    signature, check = seal_bytes[:_SIGNATURE], seal_bytes[_SIGNATURE:]
    if _digest(signature)[:_CHECK] != check:
        raise _damaged("signature")
    try:
        key = Ed25519PublicKey.from_public_bytes(header.sender)
        key.verify(signature, SIGNATURE_CONTEXT + signed)
    except (InvalidSignature, ValueError) as error:
        raise _damaged() from error


def _check_addressed(header: _Header, me: X25519PrivateKey) -> None:
    mine = fingerprint(me.public_key().public_bytes_raw())
    if mine not in header.recipients:
        raise EnvelopeError(
            f"This bundle is not addressed to your key ({mine}).", Problem.NOT_FOR_YOU
        )


def _check_body(handle: BinaryIO, body_start: int, header: _Header) -> bytes:
    """Check the body's length and every digest the header signs; return the age head."""
    body = handle.seek(0, 2) - body_start
    if body < header.body_length:
        raise _truncated()
    if body > header.body_length:
        raise _damaged("end")
    handle.seek(body_start)
    head = handle.read(header.head_length)
    if _digest(head) != header.head_sha256:
        raise _damaged("recipients")
    for _chunk in _read_chunks(handle, header):
        pass
    return head


def _read_chunks(handle: BinaryIO, header: _Header) -> Iterator[bytes]:
    """The sealed chunks from where ``handle`` stands, each checked against its signed
    digest before it is yielded."""
    step = header.chunk_size + age.TAG_SIZE
    total = len(header.chunk_digests)
    last = header.body_length - header.head_length - (total - 1) * step
    for number, digest in enumerate(header.chunk_digests, 1):
        length = last if number == total else step
        chunk = handle.read(length)
        if len(chunk) < length:
            raise _truncated()
        if _digest(chunk) != digest:
            raise EnvelopeError(
                f"Part {number} of {total} of the bundle's contents has been altered or damaged.",
                Problem.TAMPERED,
                "chunk",
                number,
            )
        yield chunk


# --- decryption (every byte is signed by now) -----------------------------------------------


def _decryptor(head: bytes, me: X25519PrivateKey) -> age.Decryptor:
    """Only a known sender who built a faulty bundle can make this fail."""
    try:
        return age.Decryptor(head, me)
    except age.AgeNoIdentityError as error:
        raise EnvelopeError(
            "This bundle lists your key but holds no key entry you can open.",
            Problem.NOT_FOR_YOU,
        ) from error
    except age.AgeError as error:
        raise _damaged("recipients") from error


def _undecryptable(number: int) -> EnvelopeError:
    return EnvelopeError(
        f"Part {number} of the bundle's contents cannot be decrypted.",
        Problem.TAMPERED,
        "chunk",
        number,
    )


def _digest(data: bytes) -> bytes:
    return sha256(data).digest()


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
