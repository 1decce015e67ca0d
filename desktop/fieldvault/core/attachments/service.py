"""``vault.attachments``: add, list, open, save a copy of and delete encrypted attachments.

Where the bytes live: a sealed file per attachment, ``attachments/ID.fva`` (folder 0700,
files 0600) beside vault.db, and its random 256-bit key in the attachment's SQLCipher row.
A 500 MB recording thus never passes through the database, its WAL or a VACUUM; rekeying the
vault re-encrypts the 32-byte keys, not the recordings; and deleting the row (with
``secure_delete`` and a scrub) crypto-shreds the file even where the file system keeps old
blocks. The folder shows how many attachments there are and their sizes, nothing more.

Order of a write: the sealed file is written as ``.ID.partial``, synced, renamed to
``ID.fva``, then the row commits. A crash leaves at worst a pending file or a file without a
row, which :meth:`AttachmentService.sweep` removes (at open, after a case is deleted, and at
every scrub; the key never existed on disk). Writers hold the folder lock of
:mod:`~fieldvault.core.attachments.folderlock` shared meanwhile, so a sweep in another
process leaves their files alone.

Threading: every method may run on a worker thread; :meth:`open` returns a reader that is
safe to share. Progress is ``progress(bytes done, bytes total)``; ``cancel()`` is polled per
block and stops with nothing written.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlmodel import Session, col, select

from fieldvault.core import hardening
from fieldvault.core.attachments import sniff, stream
from fieldvault.core.attachments.folderlock import FolderLock
from fieldvault.core.attachments.ids import by_prefix
from fieldvault.core.attachments.source import Source, Stripped
from fieldvault.core.attachments.strip import strip
from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.progress import Cancel, Progress, check
from fieldvault.core.records.cases import get_case
from fieldvault.core.store.models import Attachment, Case, new_id

if TYPE_CHECKING:
    from fieldvault.core.attachments.segments import SegmentService
    from fieldvault.core.vault import Vault

FOLDER = "attachments"
SUFFIX = ".fva"


@dataclass(frozen=True)
class AttachmentInfo:
    """What may be shown about an attachment (no key)."""

    id: str
    case_code: str
    name: str
    kind: str  # "audio" | "image" | "document"
    format: str  # "wav", "mp3", "m4a", "ogg", "jpeg", "png", or a document's
    size: int  # bytes of the stripped file
    duration: float | None  # seconds, where the format says
    orientation: int  # EXIF orientation of a photo (1 = as stored)
    removed: tuple[str, ...]  # what stripping removed, in plain words
    created: str

    @property
    def mime(self) -> str:
        return sniff.MIME.get(self.format, "application/octet-stream")


class AttachmentService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._files_lock = threading.Lock()  # a rename + commit, against a sweep
        self._folder_lock = FolderLock(self.folder)  # the same, across processes

    @property
    def segments(self) -> SegmentService:
        """Coded time spans of recordings (see segments.py)."""
        from fieldvault.core.attachments.segments import SegmentService

        return SegmentService(self.vault)

    @property
    def folder(self) -> Path:
        return self.vault.path / FOLDER

    def _file(self, attachment_id: str) -> Path:
        return self.folder / f"{attachment_id}{SUFFIX}"

    # --- adding ---------------------------------------------------------------------------

    def add(self, case_code: str, source_path: Path | str, *, name: str | None = None,
            progress: Progress | None = None, cancel: Cancel | None = None) -> AttachmentInfo:
        """Strip ``source_path``'s metadata and keep it sealed with the case ``case_code``.

        The user's file is only read. Raises NotFound (no such case), InputError (unreadable
        or unsupported file, with one sentence) or Cancelled; nothing is kept then.
        """
        path = Path(source_path)
        label = name or path.name
        self.cases_id(case_code)  # refuse an unknown case before reading anything
        with self.writing(), _open_source(path) as source:
            stripped = strip(source, path.name)
            row = _new_row(stripped, label)
            blocks = _watched(stripped.blocks, source.size, progress, cancel)
            row.size = self._seal(row, blocks)
            return self._commit(case_code, row)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the folder lock shared while pending files may exist (staging a bundle's
        attachments through to the transaction that adds their rows)."""
        hardening.private_dir(self.folder, exist_ok=True)
        with self._folder_lock.shared():
            yield

    def check(self, source_path: Path | str) -> str:
        """The format ``source_path`` would be kept as, after reading and parsing it as
        :meth:`add` would (nothing is written); raises InputError with one sentence."""
        path = Path(source_path)
        with _open_source(path) as source:
            stripped = strip(source, path.name)
            for _block in stripped.blocks:
                pass
            return stripped.format

    def cases_id(self, case_code: str) -> str:
        with self.vault.session() as session:
            return get_case(session, case_code).id

    def _seal(self, row: Attachment, blocks: Iterable[bytes]) -> int:
        hardening.private_dir(self.folder, exist_ok=True)
        partial = self.folder / f".{row.id}.partial"
        try:
            with hardening.open_private(partial) as out:
                size = stream.seal_blocks(blocks, row.file_key, uuid.UUID(row.id).bytes, out)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return size

    def _commit(self, case_code: str, row: Attachment) -> AttachmentInfo:
        partial, final = self.folder / f".{row.id}.partial", self._file(row.id)
        with self._files_lock:
            try:
                partial.replace(final)
                _sync_folder(self.folder)
                payload = {"attachment": row.id, "format": row.format, "size": row.size}
                with self.vault.write("attachment.add", f"case:{case_code}", payload) as s:
                    row.case_id = get_case(s, case_code).id
                    s.add(row)
            except BaseException:
                partial.unlink(missing_ok=True)
                final.unlink(missing_ok=True)
                raise
        return _info(row, case_code)

    # --- arriving in a bundle ---------------------------------------------------------------

    def stage_blocks(self, row: Attachment, blocks: Iterable[bytes]) -> None:
        """Seal a stripped plaintext that arrives in ``blocks`` of any size (a bundle's
        attachment) under a new key as ``row``'s pending file, setting ``row.file_key`` and
        ``row.size``; :meth:`placing` puts it in place for the transaction that adds the row.
        Memory stays at about one chunk; if ``blocks`` raises, nothing is left behind."""
        row.file_key = stream.new_key()
        row.size = self._seal(row, blocks)

    def stage_stream(self, handle: BinaryIO, size: int, name: str) -> Attachment:
        """Strip a file read from ``handle`` (seekable; a REFI-QDA archive's entry) and seal
        it as a pending file like :meth:`stage_blocks`; the returned row (``case_id`` empty) is for
        the caller's transaction, inside :meth:`placing`. InputError as for :meth:`add`."""
        stripped = strip(Source(handle, size, name), name)
        row = _new_row(stripped, name)
        row.size = self._seal(row, stripped.blocks)
        return row

    def unstage(self, ids: list[str]) -> None:
        for attachment_id in ids:
            (self.folder / f".{attachment_id}.partial").unlink(missing_ok=True)

    @contextmanager
    def placing(self, ids: list[str]) -> Iterator[None]:
        """Rename staged files into place, then run the block (the transaction adding their
        rows) under the lock a sweep takes; if the block raises, the files are removed."""
        with self._files_lock:
            try:
                for attachment_id in ids:
                    (self.folder / f".{attachment_id}.partial").replace(self._file(attachment_id))
                if ids:
                    _sync_folder(self.folder)
                yield
            except BaseException:
                self.unstage(ids)
                for attachment_id in ids:
                    self._file(attachment_id).unlink(missing_ok=True)
                raise

    # --- reading --------------------------------------------------------------------------

    def list(self, case_code: str) -> list[AttachmentInfo]:
        """The case's attachments, oldest first."""
        with self.vault.session() as session:
            case = get_case(session, case_code)
            rows = session.exec(select(Attachment).where(Attachment.case_id == case.id)
                                .order_by(col(Attachment.created), col(Attachment.id)))
            return [_info(row, case.code) for row in rows]

    def get(self, attachment_id: str) -> AttachmentInfo:
        """One attachment by its id or an unambiguous start of it (at least 6 characters)."""
        with self.vault.session() as session:
            row = _find(session, attachment_id)
            case = session.get(Case, row.case_id)
            return _info(row, case.code if case else "")

    def open(self, attachment_id: str) -> stream.Reader:
        """A random-access reader of the stripped plaintext; close it when done.

        Raises AttachmentDamaged (one sentence) if the file was altered, swapped or cut.
        """
        with self.vault.session() as session:
            row = _find(session, attachment_id)
        label = row.id[:8]
        try:
            handle = self._file(row.id).open("rb")
        except FileNotFoundError:
            raise stream.AttachmentDamaged(f"The file of attachment {label} is missing from "
                                           f"{self.folder}.") from None
        try:
            return stream.Reader(handle, row.file_key, uuid.UUID(row.id).bytes, row.size, label)
        except BaseException:
            handle.close()
            raise

    def picture(self, attachment_id: str) -> bytes:
        """A photo's bytes in a format Qt and Pillow decode: the stripped file itself, or
        for HEIC (which Qt cannot decode) a PNG made in memory. Nothing touches the disk."""
        with self.open(attachment_id) as reader:
            data = reader.read(0, reader.size)
        if self.get(attachment_id).format != "heic":
            return data
        from fieldvault.core.attachments import heic

        try:
            return heic.to_png(data)
        except (ValueError, RuntimeError, OSError) as exc:
            raise stream.AttachmentDamaged(f"The photo {attachment_id[:8]} cannot be "
                                           "decoded.") from exc

    def save_copy(self, attachment_id: str, destination: Path | str, *,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> Path:
        """Write the stripped file to ``destination`` (a deliberate export; mode 0600).

        Refuses an existing destination; written beside it under a temporary name and
        renamed, so a damaged chunk or a cancel leaves nothing behind.
        """
        target = Path(destination)
        if target.exists():
            raise InputError(f"{target} already exists; choose another name.")
        if not target.parent.is_dir():
            raise InputError(f"The folder {target.parent} does not exist.")
        staging = target.with_name(f".{target.name}.partial-{new_id()[:8]}")
        with self.open(attachment_id) as reader:
            try:
                with hardening.open_private(staging) as out:
                    for block in _watched(reader.blocks(), reader.size, progress, cancel,
                                          "Cancelled; no copy was written."):
                        out.write(block)
                staging.replace(target)
            except BaseException:
                staging.unlink(missing_ok=True)
                raise
        return target

    # --- deleting -------------------------------------------------------------------------

    def delete(self, attachment_id: str) -> None:
        """Delete the attachment: its row and key (scrubbed from the database files and the
        WAL) and its sealed file."""
        with self.vault.session() as session:
            row = _find(session, attachment_id)
            case = session.get(Case, row.case_id)
        target = f"case:{case.code}" if case else "case"
        with self.vault.write("attachment.delete", target, {"attachment": row.id}) as s:
            found = s.get(Attachment, row.id)
            if found is not None:
                s.delete(found)
        self.vault.scrub()  # sweeps the file too

    def sweep(self) -> int:
        """Remove sealed files that have no row (a deleted case's) and pending files a crash
        left (``.ID.partial``); return how many. Called at open, after deleting cases and by
        every scrub. Sweeps nothing while an attachment is being written, here or in another
        process (the folder lock is taken without waiting)."""
        if not self.folder.is_dir():
            return 0
        with self._files_lock, self._folder_lock.exclusive_if_free() as free:
            if not free:
                return 0
            with self.vault.session() as session:
                kept = set(session.exec(select(Attachment.id)).all())
            removed = 0
            for path in self.folder.iterdir():
                orphan = path.suffix == SUFFIX and path.stem not in kept
                if orphan or _pending(path):
                    path.unlink(missing_ok=True)
                    removed += 1
            return removed


def _new_row(stripped: Stripped, name: str) -> Attachment:
    """The row for a file just stripped under a new
    id and key; its case and size are set by the caller."""
    return Attachment(id=new_id(), case_id="", name=name, kind=stripped.kind,
                      format=stripped.format, size=0, duration=stripped.duration,
                      orientation=stripped.orientation,
                      removed=json.dumps(stripped.removed), file_key=stream.new_key())


def _pending(path: Path) -> bool:
    """A ``.ID.partial`` file of an add or a staging that never finished."""
    return path.name.startswith(".") and path.suffix == ".partial"


@contextmanager
def _open_source(path: Path) -> Iterator[Source]:
    """The user's file opened for reading, or one sentence saying why it cannot be."""
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a file.")
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"Cannot read the file {path}: "
                         f"{exc.strerror or 'not readable'}.") from exc
    with handle:
        yield Source(handle, os.fstat(handle.fileno()).st_size, path.name)


def _find(session: Session, attachment_id: str) -> Attachment:
    row: Attachment | None = by_prefix(session, Attachment, attachment_id, "attachment")
    if row is None:
        raise NotFound(f"There is no attachment {attachment_id[:40]} in this vault.")
    return row


def _info(row: Attachment, case_code: str) -> AttachmentInfo:
    return AttachmentInfo(row.id, case_code, row.name, row.kind, row.format, row.size,
                          row.duration, row.orientation, tuple(json.loads(row.removed)),
                          row.created)


def _watched(blocks: Iterable[bytes], total: int, progress: Progress | None,
             cancel: Cancel | None, message: str = "Cancelled; the attachment was not kept."
             ) -> Iterator[bytes]:
    """``blocks``, reporting ``progress(done, total)`` (ending at total) and polling
    ``cancel`` before each; stripping may make the output shorter than ``total``."""
    done = 0
    for block in blocks:
        check(cancel, message)
        yield block
        done += len(block)
        if progress is not None:
            progress(min(done, total), total)
    if progress is not None:
        progress(total, total)


def _sync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
