"""The file being taken in and what stripping makes of it (pure: no store, no records).

A stripper reads the user's file through :class:`Source` and returns a :class:`Stripped`:
the stripped file as an iterable of byte blocks (copied ranges of the source and rewritten
pieces), so a 500 MB recording is stripped and sealed in one pass without a plaintext copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from fieldvault.core.errors import InputError

BLOCK = 1024 * 1024


class Source:
    """Positioned reads from a file of known size; ``label`` names it in messages."""

    def __init__(self, handle: BinaryIO, size: int, label: str) -> None:
        self.handle, self.size, self.label = handle, size, label

    def read_at(self, offset: int, length: int) -> bytes:
        self.handle.seek(offset)
        return self.handle.read(max(0, length))

    def exact(self, offset: int, length: int, what: str) -> bytes:
        """``length`` bytes at ``offset`` or the one-sentence refusal that ``what`` is cut."""
        data = self.read_at(offset, length)
        if len(data) != length:
            raise self.bad(f"its {what} is cut short")
        return data

    def copy(self, offset: int, length: int) -> Iterator[bytes]:
        """The bytes ``[offset, offset + length)`` in blocks of at most 1 MiB."""
        end = offset + length
        while offset < end:
            block = self.read_at(offset, min(BLOCK, end - offset))
            if not block:
                raise self.bad("it ended early while being read")
            offset += len(block)
            yield block

    def bad(self, why: str) -> InputError:
        return InputError(f"The file {self.label} cannot be attached: {why}.")


@dataclass
class Stripped:
    """A stripped file: ``blocks`` yields its bytes once; ``removed`` says what went."""

    format: str
    kind: str  # "audio" | "image" | "document"
    blocks: Iterable[bytes]
    removed: list[str] = field(default_factory=list)
    duration: float | None = None
    orientation: int = 1  # EXIF orientation of a photo (1 = as stored)
