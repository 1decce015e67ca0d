"""Chunked authenticated encryption of one attachment, readable at any offset.

Format (like age's STREAM): a 28-byte header ``MAGIC | file id (16) | chunk size (4, BE)``,
then the plaintext in chunks of ``chunk size`` bytes, each sealed on its own with
AES-256-GCM under the file's own random key. The nonce is the chunk index (11 bytes, BE)
followed by a last-chunk flag byte; the associated data is the header, the index (8 bytes)
and the flag. So a chunk moved, swapped into another file, altered, or a file cut short at a
chunk boundary (the new last chunk was sealed as "not last") all fail authentication. Only
the last chunk may be short; it is empty only for an empty file.

Pure engine: no store, no records. Key handling: the caller holds the key (a SQLCipher row);
nothing here writes plaintext anywhere.

Threading: a :class:`Reader` may be shared between threads (reads are serialised by a lock).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import IO, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldvault.core.errors import FieldvaultError

MAGIC = b"FVATT\x00\x01\x00"
CHUNK = 64 * 1024
TAG = 16
HEADER_SIZE = len(MAGIC) + 16 + 4
KEY_SIZE = 32


class AttachmentDamaged(FieldvaultError):
    """An attachment's file fails its authentication: altered, truncated or swapped."""


def header(file_id: bytes, chunk_size: int = CHUNK) -> bytes:
    if len(file_id) != 16:
        raise ValueError("a file id is 16 bytes")
    return MAGIC + file_id + chunk_size.to_bytes(4, "big")


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _aad(head: bytes, index: int, last: bool) -> bytes:
    return head + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


def sealed_size(plain_size: int, chunk_size: int = CHUNK) -> int:
    """The size of the sealed file for ``plain_size`` bytes of plaintext."""
    chunks = max(1, -(-plain_size // chunk_size))
    return HEADER_SIZE + plain_size + chunks * TAG


def plain_size(sealed: int, chunk_size: int = CHUNK) -> int | None:
    """The plaintext size a sealed file of ``sealed`` bytes holds, or None if none fits."""
    body = sealed - HEADER_SIZE
    if body < TAG:
        return None
    chunks = -(-body // (chunk_size + TAG))
    size = body - chunks * TAG
    return size if sealed_size(size, chunk_size) == sealed else None


class Sealer:
    """Seal a stream written in pieces of any size; :meth:`finish` seals the last chunk.

    One full chunk is held back until more data arrives, so that the true last chunk is
    the one sealed with the last flag.
    """

    def __init__(self, key: bytes, file_id: bytes, out: IO[bytes],
                 chunk_size: int = CHUNK) -> None:
        self._aead = AESGCM(key)
        self._head = header(file_id, chunk_size)
        self._out = out
        self._chunk = chunk_size
        self._buffer = bytearray()
        self._index = 0
        self.size = 0
        out.write(self._head)

    def write(self, data: bytes) -> None:
        self.size += len(data)
        view = memoryview(data)
        if self._buffer:
            room = self._chunk - len(self._buffer)
            self._buffer += view[:room]
            view = view[room:]
            if not view:
                return  # a full buffer is held back: it may be the last chunk
            self._seal(bytes(self._buffer), last=False)
            self._buffer.clear()
        while len(view) > self._chunk:
            self._seal(view[:self._chunk], last=False)
            view = view[self._chunk:]
        self._buffer += view

    def finish(self) -> int:
        """Seal what is left as the last chunk; return the plaintext size."""
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()
        return self.size

    def _seal(self, plain: bytes | memoryview, last: bool) -> None:
        nonce, aad = _nonce(self._index, last), _aad(self._head, self._index, last)
        self._out.write(self._aead.encrypt(nonce, plain, aad))
        self._index += 1


def seal_blocks(blocks: Iterable[bytes], key: bytes, file_id: bytes, out: IO[bytes],
                step: Callable[[int], None] | None = None) -> int:
    """Seal every block to ``out``; ``step(n)`` after each block of ``n`` bytes."""
    sealer = Sealer(key, file_id, out)
    for block in blocks:
        sealer.write(block)
        if step is not None:
            step(len(block))
    return sealer.finish()


class Reader:
    """Random access to a sealed file: :meth:`read` decrypts only the chunks it needs.

    ``handle`` is a binary file open for reading (the reader owns it: :meth:`close`).
    ``file_id`` and ``size`` come from the vault's row, so a file swapped for another's or
    cut short is refused before anything is read. ``label`` names the attachment in messages.
    """

    def __init__(self, handle: BinaryIO, key: bytes, file_id: bytes, size: int,
                 label: str) -> None:
        self._handle, self._label, self.size = handle, label, size
        self._lock = threading.Lock()
        self._cached: tuple[int, bytes] | None = None
        head = handle.read(HEADER_SIZE)
        if len(head) < HEADER_SIZE or head[:len(MAGIC)] != MAGIC:
            raise self._damaged("its header is not an attachment header")
        if head[len(MAGIC):len(MAGIC) + 16] != file_id:
            raise self._damaged("it belongs to another attachment")
        self._head = head
        self._chunk = int.from_bytes(head[-4:], "big")
        self._chunks = max(1, -(-size // self._chunk)) if self._chunk else 0
        sealed = handle.seek(0, 2)
        if self._chunk <= 0 or sealed != sealed_size(size, self._chunk):
            raise self._damaged("it is cut short or has extra bytes")
        self._aead = AESGCM(key)

    def _damaged(self, why: str) -> AttachmentDamaged:
        return AttachmentDamaged(f"The attachment {self._label} is damaged or was altered "
                                 f"({why}), so it is not opened.")

    def read(self, offset: int, size: int) -> bytes:
        """Up to ``size`` plaintext bytes from ``offset`` (fewer at the end, none past it)."""
        if offset < 0 or size < 0:
            raise ValueError("offset and size must not be negative")
        end = min(offset + size, self.size)
        parts = []
        position = offset
        while position < end:
            index = position // self._chunk
            plain = self.chunk(index)
            start = position - index * self._chunk
            piece = plain[start:start + end - position]
            parts.append(piece)
            position += len(piece)
        return b"".join(parts)

    def chunk(self, index: int) -> bytes:
        """The plaintext of chunk ``index`` (the most recent one is kept decrypted)."""
        with self._lock:
            if self._cached is not None and self._cached[0] == index:
                return self._cached[1]
            last = index == self._chunks - 1
            length = (self.size - index * self._chunk if last else self._chunk) + TAG
            self._handle.seek(HEADER_SIZE + index * (self._chunk + TAG))
            sealed = self._handle.read(length)
            try:
                plain = self._aead.decrypt(_nonce(index, last), sealed,
                                           _aad(self._head, index, last))
            except InvalidTag:
                raise self._damaged(f"chunk {index + 1} of {self._chunks} fails its "
                                    "check") from None
            self._cached = (index, plain)
            return plain

    def blocks(self) -> Iterable[bytes]:
        """The whole plaintext, chunk by chunk (each authenticated before it is yielded)."""
        for index in range(self._chunks):
            yield self.chunk(index)

    def close(self) -> None:
        with self._lock:
            self._cached = None
            self._handle.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
