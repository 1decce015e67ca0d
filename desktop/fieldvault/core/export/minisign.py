"""minisign-compatible Ed25519 signatures and public keys, using ``cryptography`` only.

Formats (as documented by minisign):

- public key: ``untrusted comment: <text>`` then base64(``"Ed"`` || key_id[8] || pk[32]).
- signature: ``untrusted comment: <text>``, base64(alg[2] || key_id[8] || sig[64]),
  ``trusted comment: <text>``, base64(global_sig[64]). ``alg`` is ``"ED"`` when ``sig`` signs
  BLAKE2b-512(file) (minisign's default, what we write) or ``"Ed"`` when it signs the raw
  file (legacy; verified too). ``global_sig`` signs ``sig || trusted comment``.

The key id is shown by minisign as the 8 bytes read little-endian, in upper-case hex. We
derive it from the public key (BLAKE2b-64) so a key always has the same id.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldvault.core.export.model import ExportError

UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
PREHASHED = b"ED"
LEGACY = b"Ed"


class SignatureInvalid(ExportError):
    """A signature or key file is malformed, from another key, or does not match."""


@dataclass(frozen=True)
class MinisignKey:
    key_id: bytes  # 8 bytes as stored
    public_key: Ed25519PublicKey

    @property
    def key_id_hex(self) -> str:
        return self.key_id[::-1].hex().upper()

    @property
    def raw(self) -> bytes:
        return self.public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def base64(self) -> str:
        """The one-line form accepted by ``minisign -P``."""
        return base64.b64encode(LEGACY + self.key_id + self.raw).decode("ascii")

    def file_text(self) -> str:
        return f"{UNTRUSTED}minisign public key {self.key_id_hex}\n{self.base64}\n"


def key_for(private_key: Ed25519PrivateKey) -> MinisignKey:
    public = private_key.public_key()
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return MinisignKey(hashlib.blake2b(raw, digest_size=8).digest(), public)


def parse_public_key(text: str) -> MinisignKey:
    """Read a public key file's text or the bare base64 line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith(UNTRUSTED):
        lines = lines[1:]
    if len(lines) != 1:
        raise SignatureInvalid("The public key is not one base64 line (minisign format).")
    blob = _b64(lines[0], "public key")
    if len(blob) != 42 or blob[:2] != LEGACY:
        raise SignatureInvalid("The public key is not a minisign Ed25519 key.")
    return MinisignKey(blob[2:10], Ed25519PublicKey.from_public_bytes(blob[10:]))


def load_public_key(path: Path) -> MinisignKey:
    try:
        return parse_public_key(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise SignatureInvalid(f"The public key file {path.name} cannot be read.") from error


def _b64(line: str, what: str) -> bytes:
    try:
        return base64.b64decode(line, validate=True)
    except (binascii.Error, ValueError) as error:
        raise SignatureInvalid(f"The {what} line is not valid base64.") from error


def sign(
    data: bytes,
    private_key: Ed25519PrivateKey,
    trusted_comment: str,
    untrusted_comment: str | None = None,
) -> str:
    """A prehashed ("ED") minisign signature file's text for ``data``."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise ValueError("a trusted comment is one line")
    key = key_for(private_key)
    signature = private_key.sign(hashlib.blake2b(data, digest_size=64).digest())
    global_signature = private_key.sign(signature + trusted_comment.encode("utf-8"))
    untrusted = untrusted_comment or f"signature from Fieldvault export key {key.key_id_hex}"
    return (
        f"{UNTRUSTED}{untrusted}\n"
        f"{base64.b64encode(PREHASHED + key.key_id + signature).decode('ascii')}\n"
        f"{TRUSTED}{trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


@dataclass(frozen=True)
class ParsedSignature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse_signature(text: str) -> ParsedSignature:
    lines = text.splitlines()
    if len(lines) < 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
        raise SignatureInvalid("The signature file is not in minisign format (four lines).")
    blob = _b64(lines[1].strip(), "signature")
    global_signature = _b64(lines[3].strip(), "global signature")
    if len(blob) != 74 or blob[:2] not in (PREHASHED, LEGACY) or len(global_signature) != 64:
        raise SignatureInvalid("The signature file does not hold an Ed25519 minisign signature.")
    trusted = lines[2][len(TRUSTED) :]
    return ParsedSignature(blob[:2], blob[2:10], blob[10:], trusted, global_signature)


def verify(data: bytes, signature_text: str, key: MinisignKey) -> str:
    """Check a minisign signature; return its trusted comment or raise SignatureInvalid."""
    parsed = parse_signature(signature_text)
    if parsed.key_id != key.key_id:
        raise SignatureInvalid(
            f"The signature was made with key {parsed.key_id[::-1].hex().upper()}, "
            f"not with key {key.key_id_hex}."
        )
    message = data if parsed.algorithm == LEGACY else hashlib.blake2b(data, digest_size=64).digest()
    try:
        key.public_key.verify(parsed.signature, message)
    except InvalidSignature:
        raise SignatureInvalid("The signature does not match the file's content.") from None
    try:
        key.public_key.verify(
            parsed.global_signature, parsed.signature + parsed.trusted_comment.encode("utf-8")
        )
    except InvalidSignature:
        raise SignatureInvalid("The signature's trusted comment was altered.") from None
    return parsed.trusted_comment
