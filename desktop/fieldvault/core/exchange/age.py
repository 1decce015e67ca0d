"""The age v1 file format (age-encryption.org/v1), X25519 recipients only.

With the default chunk size the output is a standard age file: the stock ``age`` tool
decrypts it with the recipient's identity, and files made by ``age -r`` decrypt here (tested
against age 1.1.1). A smaller ``chunk_size`` exists only so tests can build many-chunk
files cheaply; such files are not age-compatible.

Summary of the format (spec sections "Header", "Payload", "X25519 recipient stanza"): a random
16-byte file key is wrapped per recipient with an ephemeral-static X25519 exchange, HKDF-SHA-256
and ChaCha20-Poly1305; a text header lists the stanzas and ends with an HMAC-SHA-256 over
itself; the payload is a 16-byte nonce followed by 64 KiB plaintext chunks sealed with
ChaCha20-Poly1305 under an 11-byte counter plus a last-chunk flag, so reordering, truncation
and extension are all detected.

Errors are :class:`AgeError` subclasses; they carry no secret or plaintext.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from hashlib import sha256

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
NONCE_SIZE = 16
FILE_KEY_SIZE = 16
MAX_HEADER = 1024 * 1024
_VERSION_LINE = b"age-encryption.org/v1"
_X25519_INFO = b"age-encryption.org/v1/X25519"
_ZERO_NONCE = bytes(12)
_COLUMNS = 64
_B64_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


class AgeError(ValueError):
    """An age file could not be decrypted."""


class AgeHeaderError(AgeError):
    """The header is malformed or its MAC does not match."""


class AgeNoIdentityError(AgeError):
    """No recipient stanza opens with the given identity."""


class AgeTruncatedError(AgeError):
    """The payload ends before its final chunk."""


class AgeChunkError(AgeError):
    """A payload chunk failed authentication; ``index`` counts from 0."""

    def __init__(self, index: int) -> None:
        super().__init__(f"payload chunk {index} failed authentication")
        self.index = index


@dataclass(frozen=True)
class Stanza:
    args: list[bytes]
    body: bytes


def encrypt(
    plaintext: bytes, recipients: Sequence[X25519PublicKey], chunk_size: int = CHUNK_SIZE
) -> bytes:
    """Encrypt ``plaintext`` to every recipient; returns the whole age file."""
    encryptor = Encryptor(recipients, chunk_size)
    return encryptor.head + b"".join(encryptor.seal([plaintext]))


def decrypt(data: bytes, identity: X25519PrivateKey, chunk_size: int = CHUNK_SIZE) -> bytes:
    """Decrypt an age file with one X25519 identity."""
    stanzas, mac_input, mac, end = parse_header(data)
    file_key = unwrap_file_key(stanzas, identity)
    if not hmac.compare_digest(_hmac(file_key, mac_input), mac):
        raise AgeHeaderError("header MAC does not match")
    if len(data) < end + NONCE_SIZE:
        raise AgeTruncatedError("payload nonce missing")
    nonce = data[end : end + NONCE_SIZE]
    return _open_chunks(file_key, nonce, split_chunks(data[end + NONCE_SIZE :], chunk_size))


def sealed_chunks(plain_length: int, chunk_size: int = CHUNK_SIZE) -> int:
    """How many sealed chunks ``plain_length`` bytes of plaintext make (at least one)."""
    return max(1, -(-plain_length // chunk_size))


class Encryptor:
    """Streaming encryption: :attr:`head` (text header and payload nonce) first, then the
    sealed chunks :meth:`seal` yields, one chunk of plaintext held back at a time so that
    the true last chunk carries the last-chunk flag. Holds at most one chunk plus the
    piece being cut."""

    def __init__(self, recipients: Sequence[X25519PublicKey],
                 chunk_size: int = CHUNK_SIZE) -> None:
        if not recipients:
            raise ValueError("at least one recipient is needed")
        file_key = os.urandom(FILE_KEY_SIZE)
        nonce = os.urandom(NONCE_SIZE)
        self.head = _header(file_key, recipients) + nonce
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._chunk = chunk_size

    def seal(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        buffer = bytearray()
        index = 0
        for piece in pieces:
            buffer += piece
            while len(buffer) > self._chunk:
                yield self._aead.encrypt(_chunk_nonce(index, False),
                                         bytes(buffer[: self._chunk]), None)
                del buffer[: self._chunk]
                index += 1
        yield self._aead.encrypt(_chunk_nonce(index, True), bytes(buffer), None)


class Decryptor:
    """Streaming decryption of one age file whose ``head`` (text header and payload nonce,
    exactly) has been read: :meth:`open` one sealed chunk at a time."""

    def __init__(self, head: bytes, identity: X25519PrivateKey) -> None:
        stanzas, mac_input, mac, end = parse_header(head)
        if end + NONCE_SIZE != len(head):
            raise AgeHeaderError("header and nonce do not fill the head")
        file_key = unwrap_file_key(stanzas, identity)
        if not hmac.compare_digest(_hmac(file_key, mac_input), mac):
            raise AgeHeaderError("header MAC does not match")
        self._aead = ChaCha20Poly1305(_hkdf(file_key, head[end:], b"payload"))

    def open(self, index: int, chunk: bytes, last: bool) -> bytes:
        """The plaintext of sealed chunk ``index``; raises AgeChunkError/AgeTruncatedError."""
        plain = _open_chunk(self._aead, index, chunk, last)
        if last and index > 0 and not plain:
            raise AgeChunkError(index)  # only a wholly empty payload ends with an empty chunk
        return plain


def payload_start(data: bytes) -> int:
    """Offset of the payload nonce: the length of the text header."""
    return parse_header(data)[3]


def split_chunks(ciphertext: bytes, chunk_size: int = CHUNK_SIZE) -> list[bytes]:
    """Cut the payload after its nonce into sealed chunks (the last may be shorter)."""
    step = chunk_size + TAG_SIZE
    return [ciphertext[i : i + step] for i in range(0, len(ciphertext), step)]


# --- header ---------------------------------------------------------------------------------


def _header(file_key: bytes, recipients: Sequence[X25519PublicKey]) -> bytes:
    text = _VERSION_LINE + b"\n"
    for recipient in recipients:
        text += _x25519_stanza(file_key, recipient)
    text += b"---"
    return text + b" " + _b64(_hmac(file_key, text)) + b"\n"


def _x25519_stanza(file_key: bytes, recipient: X25519PublicKey) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    wrap_key = _wrap_key(ephemeral.exchange(recipient), share, recipient.public_bytes_raw())
    body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
    encoded = _b64(body)
    lines = [encoded[i : i + _COLUMNS] for i in range(0, len(encoded), _COLUMNS)]
    if not lines or len(lines[-1]) == _COLUMNS:
        lines.append(b"")  # the body always ends with a line shorter than 64 columns
    return b"-> X25519 " + _b64(share) + b"\n" + b"".join(line + b"\n" for line in lines)


def _wrap_key(shared: bytes, share: bytes, recipient: bytes) -> bytes:
    return _hkdf(shared, share + recipient, _X25519_INFO)


def parse_header(data: bytes) -> tuple[list[Stanza], bytes, bytes, int]:
    """(stanzas, bytes covered by the MAC, MAC, offset just after the header)."""
    lines = _HeaderLines(data)
    if lines.next() != _VERSION_LINE:
        raise AgeHeaderError("not an age v1 file")
    stanzas: list[Stanza] = []
    while True:
        start = lines.position
        line = lines.next()
        if line.startswith(b"-> "):
            stanzas.append(_read_stanza(line, lines))
        elif line.startswith(b"--- ") and stanzas:
            mac = _unb64(line[4:], 32)
            return stanzas, data[: start + 3], mac, lines.position
        else:
            raise AgeHeaderError("unexpected header line")


class _HeaderLines:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.position = 0

    def next(self) -> bytes:
        end = self.data.find(b"\n", self.position, self.position + MAX_HEADER)
        if end < 0:
            raise AgeHeaderError("header line not terminated")
        line = self.data[self.position : end]
        self.position = end + 1
        return line


def _read_stanza(arg_line: bytes, lines: _HeaderLines) -> Stanza:
    args = arg_line[3:].split(b" ")
    if any(not arg or any(c < 33 or c > 126 for c in arg) for arg in args):
        raise AgeHeaderError("bad stanza argument")
    encoded = b""
    while True:
        line = lines.next()
        if len(line) > _COLUMNS or not _B64_CHARS.issuperset(line):
            raise AgeHeaderError("bad stanza body line")
        encoded += line
        if len(line) < _COLUMNS:
            return Stanza(args, _unb64(encoded))


def unwrap_file_key(stanzas: list[Stanza], identity: X25519PrivateKey) -> bytes:
    """The file key from the first X25519 stanza that opens with ``identity``."""
    mine = identity.public_key().public_bytes_raw()
    for stanza in stanzas:
        if stanza.args[0] != b"X25519":
            continue
        if len(stanza.args) != 2 or len(stanza.body) != 32:
            raise AgeHeaderError("malformed X25519 stanza")
        share = _unb64(stanza.args[1], 32)
        try:
            shared = identity.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError as error:  # low-order point: all-zero shared secret
            raise AgeHeaderError("X25519 stanza with an invalid share") from error
        try:
            return ChaCha20Poly1305(_wrap_key(shared, share, mine)).decrypt(
                _ZERO_NONCE, stanza.body, None
            )
        except InvalidTag:
            continue
    raise AgeNoIdentityError("no recipient stanza matches this identity")


# --- payload --------------------------------------------------------------------------------


def _seal_chunks(file_key: bytes, nonce: bytes, plaintext: bytes, chunk_size: int) -> list[bytes]:
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    pieces = [plaintext[i : i + chunk_size] for i in range(0, len(plaintext), chunk_size)]
    pieces = pieces or [b""]
    last = len(pieces) - 1
    return [aead.encrypt(_chunk_nonce(i, i == last), piece, None) for i, piece in enumerate(pieces)]


def _open_chunks(file_key: bytes, nonce: bytes, chunks: list[bytes]) -> bytes:
    if not chunks:
        raise AgeTruncatedError("payload has no final chunk")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    last = len(chunks) - 1
    plain = [_open_chunk(aead, i, chunk, i == last) for i, chunk in enumerate(chunks)]
    if last > 0 and not plain[last]:
        raise AgeChunkError(last)  # only a wholly empty payload may end with an empty chunk
    return b"".join(plain)


def _open_chunk(aead: ChaCha20Poly1305, index: int, chunk: bytes, last: bool) -> bytes:
    try:
        return aead.decrypt(_chunk_nonce(index, last), chunk, None)
    except InvalidTag:
        pass
    if last and _opens_as_middle(aead, index, chunk):
        raise AgeTruncatedError("payload ends before its final chunk")
    raise AgeChunkError(index)


def _opens_as_middle(aead: ChaCha20Poly1305, index: int, chunk: bytes) -> bool:
    try:
        aead.decrypt(_chunk_nonce(index, False), chunk, None)
    except InvalidTag:
        return False
    return True


def _chunk_nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


# --- encodings and primitives ---------------------------------------------------------------


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _hmac(file_key: bytes, message: bytes) -> bytes:
    return hmac.new(_hkdf(file_key, b"", b"header"), message, sha256).digest()


def _b64(raw: bytes) -> bytes:
    return base64.b64encode(raw).rstrip(b"=")


def _unb64(encoded: bytes, size: int | None = None) -> bytes:
    """Strict unpadded base64: canonical encodings only (spec, "Conventions")."""
    if not _B64_CHARS.issuperset(encoded) or len(encoded) % 4 == 1:
        raise AgeHeaderError("bad base64")
    try:
        raw = base64.b64decode(encoded + b"=" * (-len(encoded) % 4), validate=True)
    except binascii.Error as error:
        raise AgeHeaderError("bad base64") from error
    if _b64(raw) != encoded or (size is not None and len(raw) != size):
        raise AgeHeaderError("non-canonical base64 or wrong length")
    return raw
