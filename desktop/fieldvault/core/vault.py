"""The open vault: one object per unlocked vault, with one service per kind of record.

Layout of ``NAME.fieldvault/``: ``vault.db`` (SQLCipher, raw 256-bit key), ``vault.keys`` and
``vault.keys.bak`` (key slots), ``backups/`` (encrypted pre-migration copies).

Threading: reads may run on any thread (each gets its own pooled connection). Writes go
through :meth:`Vault.write`, which serialises them with a lock, records an audit entry in the
same transaction and, after the commit, tells subscribers what changed. Subscribers are
called on the writing thread; the UI forwards them to its own thread.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, Engine
from sqlmodel import Session, select

from fieldvault.core import hardening
from fieldvault.core.errors import (
    FieldvaultError,
    KeyFileError,
    VaultFileError,
    VaultLocked,
    WrongSecret,
)
from fieldvault.core.progress import Cancel, Cancelled
from fieldvault.core.store import audit, connection, keyslots, schema
from fieldvault.core.store.models import AuditEntry, Member, Meta, new_id

if TYPE_CHECKING:
    from fieldvault.core.analysis.service import AgreementService, AnalysisService
    from fieldvault.core.attachments.service import AttachmentService
    from fieldvault.core.exchange.service import BundleService
    from fieldvault.core.export.service import ExportService
    from fieldvault.core.intake.service import IntakeService
    from fieldvault.core.privacy.service import PrivacyService
    from fieldvault.core.records.cases import CaseService
    from fieldvault.core.records.codebook import CodebookService
    from fieldvault.core.records.codings import CodingService
    from fieldvault.core.records.drafts import DraftService
    from fieldvault.core.records.members import MemberService
    from fieldvault.core.records.memos import MemoService
    from fieldvault.core.records.people import PeopleService
    from fieldvault.core.records.review import ReviewService
    from fieldvault.core.records.transcripts import TranscriptService
    from fieldvault.core.search.service import SearchService
    from fieldvault.core.store.keys import KeyService

DB_FILE = "vault.db"
SUFFIX = ".fieldvault"


@dataclass(frozen=True)
class Passphrase:
    text: str
    slot: str | None = None


@dataclass(frozen=True)
class RecoveryCode:
    text: str


@dataclass(frozen=True)
class EscrowKey:
    private: X25519PrivateKey


Unlock = Passphrase | RecoveryCode | EscrowKey


@dataclass(frozen=True)
class Change:
    """Announced once after each committed write."""

    action: str
    target: str


def resolve_path(path: Path) -> Path:
    """``demo`` means ``demo.fieldvault`` when only the latter exists."""
    if not path.exists() and path.with_name(path.name + SUFFIX).exists():
        return path.with_name(path.name + SUFFIX)
    return path


class Vault:
    """An unlocked vault. Create with :meth:`create` or :meth:`open`; end with :meth:`lock`."""

    def __init__(self, path: Path, keys: keyslots.KeyFile, data_key: bytearray,
                 engine: Engine, unlock: Unlock | None = None) -> None:
        self.path = path
        self.keyfile = keys
        self._data_key: bytearray | None = data_key
        self._engine: Engine | None = engine
        self._write_lock = threading.RLock()
        self._subscribers: list[Callable[[Change], None]] = []
        self.timings: dict[str, float] = {}
        self.unlocked_with = unlock
        self.unlocked_slot: str | None = None  # id of the key slot that opened it

    # --- lifecycle ------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, *, owner: str = "owner",
               role: str = "interviewer", cost: keyslots.KdfParams | None = None,
               codebook: bool = True) -> tuple[Vault, str]:
        """Create a vault folder; return it unlocked and the recovery code (show it once).

        The vault is built in a temporary sibling folder and renamed into place, so a failure
        leaves nothing half-written.
        """
        path = path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)
        if path.exists():
            raise VaultFileError(f"{path} already exists; choose another name.")
        if not path.parent.is_dir():
            raise VaultFileError(f"The folder {path.parent} does not exist.")
        staging = path.with_name(f".{path.name}.partial-{new_id()[:8]}")
        hardening.private_dir(staging)
        try:
            code = cls._build(staging, passphrase, cost or keyslots.calibrate())
            staging.rename(path)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        vault = cls.open(path, Passphrase(passphrase))
        vault._initialise(owner, role, codebook)
        return vault, code

    @staticmethod
    def _build(folder: Path, passphrase: str, cost: keyslots.KdfParams) -> str:
        data_key, vault_id = keyslots.new_data_key(), new_id()
        code = keyslots.new_recovery_code()
        keys = keyslots.KeyFile(vault_id, [
            keyslots.passphrase_slot(vault_id, "passphrase", passphrase, data_key, cost),
            keyslots.recovery_slot(vault_id, "recovery", code, data_key)])
        connection.create_database(folder / DB_FILE, data_key)
        engine = connection.make_engine(folder / DB_FILE, data_key)
        try:
            schema.migrate(engine)
            with Session(engine) as session:
                session.add(Meta(key="vault_id", value=vault_id))
                session.add(Meta(key="created", value=datetime.now(UTC).isoformat()))
                session.commit()
        finally:
            engine.dispose()
        keyslots.write(folder, keys, data_key)
        return code

    @classmethod
    def open(cls, path: Path, unlock: Unlock) -> Vault:
        path = resolve_path(path)
        if not (path / DB_FILE).exists():
            raise VaultFileError(f"{path} is not a Fieldvault vault (no {DB_FILE} inside).")
        keys = keyslots.read(path)
        started = time.perf_counter()
        try:
            slot_id, data_key = _unwrap_slot(keys, unlock)
        except WrongSecret as exc:
            hint = keyslots.other_vault_hint(path, keys)
            if hint is not None:
                raise hint from exc
            raise
        derived = time.perf_counter()
        keyslots.verify_mac(keys, data_key, path)
        try:
            engine = connection.make_engine(path / DB_FILE, data_key)
            keyslots.discard_next(path)
        except VaultFileError:
            keys, data_key = _finish_rotation(path, keys, unlock, data_key)
            engine = connection.make_engine(path / DB_FILE, data_key)
        vault = cls(path, keys, data_key, engine, unlock)
        vault.unlocked_slot = slot_id
        try:
            vault._check_identity()
            schema.migrate(engine, before_first=vault._backup_before_migration)
            vault.attachments.sweep()  # files a crash left behind (see attachments.service)
        except BaseException:
            vault.lock()
            raise
        vault.timings = {"key_derivation": derived - started,
                         "rest": time.perf_counter() - derived}
        return vault

    def _check_identity(self) -> None:
        if schema.current_version(self.engine) == 0:
            raise VaultFileError(f"The database in {self.path} is empty or unfinished.")
        with self.session() as session:
            stored = session.get(Meta, "vault_id")
        if stored is None or stored.value != self.keyfile.vault_id:
            raise VaultFileError(f"The database in {self.path} belongs to another vault than "
                                 "its key file.")

    def _initialise(self, owner: str, role: str, codebook: bool) -> None:
        with self.write("vault.create", "vault", {"owner": owner, "role": role}) as session:
            session.add(Member(name=owner, role=role, is_self=True))
        if codebook:
            self.codebook.load_seed()

    def lock(self) -> None:
        """Close every connection and zero the key held here. Idempotent."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._data_key is not None:
            self._data_key[:] = bytes(len(self._data_key))
            self._data_key = None
        self._drop_services()

    def _drop_services(self) -> None:
        """Forget every service and cached value (each is a cached_property), so nothing a
        service cached, such as names for the detector, outlives the lock."""
        for name, attr in vars(type(self)).items():
            if isinstance(attr, cached_property):
                self.__dict__.pop(name, None)

    @property
    def locked(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._engine

    @property
    def data_key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._data_key

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    # --- reading and writing --------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; do not write through it. A damaged or busy database surfaces as
        one plain sentence (:func:`connection.plain_errors`)."""
        with self._plain_errors(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read connection without an ORM session, for hot read paths (a search runs in
        a few milliseconds, and a session costs a tenth of a millisecond of them); do not
        write through it. Errors as for :meth:`session`."""
        with self._plain_errors(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self, action: str, target: str, payload: Any) -> Iterator[Session]:
        """One audited write transaction. Commits on success, rolls back on any error.

        A target only known inside the transaction (a new case's code) may be set as
        ``session.info["audit_target"]``; a write that changes the owner member sets
        ``session.info["owner_changed"]`` so that :attr:`me` is re-read before subscribers
        are told.
        """
        with self._plain_errors(), self._write_lock, \
                Session(connection.writer(self.engine), expire_on_commit=False) as session:
            self.search.watch(session)
            yield session
            session.flush()
            self.search.apply(session)
            target = session.info.pop("audit_target", target)
            owner_changed = session.info.pop("owner_changed", False)
            audit.append(session, self.actor_name, action, target, payload)
            session.commit()
        if owner_changed:
            self.__dict__.pop("_me", None)  # before announcing: listeners see the new owner
        self._announce(Change(action, target))

    def _plain_errors(self) -> Any:
        return connection.plain_errors(self.path / DB_FILE)

    def integrity_problems(self) -> list[str]:
        """Damaged pages and structure (SQLCipher's and SQLite's checks); empty when whole."""
        with self._plain_errors():
            conn = self.raw_connection()
            try:
                return connection.integrity_problems(conn)
            finally:
                conn.close()

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def _announce(self, change: Change) -> None:
        for callback in list(self._subscribers):
            callback(change)

    @cached_property
    def _me(self) -> Member | None:
        with self.session() as session:
            return session.exec(select(Member).where(Member.is_self == True)).first()  # noqa: E712

    @property
    def me(self) -> Member:
        """The member who owns this vault (created with it)."""
        if self._me is None:
            self.__dict__.pop("_me", None)
            raise VaultFileError(f"The vault {self.path} has no owner member.")
        return self._me

    @property
    def actor_name(self) -> str:
        if self._me is None:
            self.__dict__.pop("_me", None)
            return "system"
        return self._me.name

    def raw_connection(self) -> Any:
        """A dedicated DB-API connection for maintenance (checkpoint, backup)."""
        return connection.connect(self.path / DB_FILE, self.data_key)

    def checkpoint(self, passive: bool = False) -> None:
        """Fold the WAL into the database file, so replaced text leaves the WAL.
        ``passive``: fold what no reader still needs, waiting for none (nor truncating)."""
        self._maintain(connection.checkpoint_passive if passive else connection.checkpoint)

    def scrub(self) -> None:
        """Make deleted rows leave the files (checkpoint, VACUUM, checkpoint). Call after a
        write that deleted what must not linger: purged cases, shredded identities. Sealed
        attachment files left without their row (and key) are removed too."""
        self._maintain(connection.scrub)
        self.attachments.sweep()

    def _maintain(self, job: Callable[[Any], None]) -> None:
        with self._plain_errors(), self._write_lock:
            conn = self.raw_connection()
            try:
                job(conn)
            finally:
                conn.close()

    # --- re-keying ------------------------------------------------------------------------

    def rekey(self, new_keys: keyslots.KeyFile, new_key: bytearray, action: str,
              payload: Any) -> None:
        """Re-encrypt the database under ``new_key`` and install ``new_keys``.

        Crash safety: the new key file is written as ``vault.keys.next`` first; the database
        rekey is one SQLite transaction; :meth:`open` finishes an interrupted rotation.
        """
        with self._write_lock:
            keyslots.write_next(self.path, new_keys, new_key)
            self.engine.dispose()
            conn = connection.connect(self.path / DB_FILE, self.data_key)
            try:
                connection.checkpoint(conn)
                connection.rekey(conn, new_key)
                connection.checkpoint(conn)
            finally:
                conn.close()
            keyslots.install_next(self.path, new_keys, new_key)
            self.data_key[:] = bytes(32)
            self._data_key, self.keyfile = new_key, new_keys
            self._engine = connection.make_engine(self.path / DB_FILE, new_key)
        with self.write(action, "vault", payload):
            pass

    # --- backups --------------------------------------------------------------------------

    def backup(self, destination: Path, cancel: Cancel | None = None) -> Path:
        """An encrypted copy openable with the same slots, as a new vault folder.

        ``cancel`` (polled while the copy runs) stops it with :class:`Cancelled` and
        nothing left in ``destination``.
        """
        if not destination.is_dir():
            raise VaultFileError(f"The backup folder {destination} does not exist.")
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = destination / f"{self.path.name.removesuffix(SUFFIX)}-{stamp}{SUFFIX}"
        _write_copy(self, target, cancel, attachments=True)
        return target

    def _backup_before_migration(self, version: int) -> None:
        folder = self.path / "backups"
        hardening.private_dir(folder, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        _write_copy(self, folder / f"schema-{version}-{stamp}{SUFFIX}")

    # --- services -------------------------------------------------------------------------

    @cached_property
    def cases(self) -> CaseService:
        from fieldvault.core.records.cases import CaseService

        return CaseService(self)

    @cached_property
    def transcripts(self) -> TranscriptService:
        from fieldvault.core.records.transcripts import TranscriptService

        return TranscriptService(self)

    @cached_property
    def codings(self) -> CodingService:
        from fieldvault.core.records.codings import CodingService

        return CodingService(self)

    @cached_property
    def codebook(self) -> CodebookService:
        from fieldvault.core.records.codebook import CodebookService

        return CodebookService(self)

    @cached_property
    def memos(self) -> MemoService:
        from fieldvault.core.records.memos import MemoService

        return MemoService(self)

    @cached_property
    def drafts(self) -> DraftService:
        from fieldvault.core.records.drafts import DraftService

        return DraftService(self)

    @cached_property
    def people(self) -> PeopleService:
        from fieldvault.core.records.people import PeopleService

        return PeopleService(self)

    @cached_property
    def privacy(self) -> PrivacyService:
        from fieldvault.core.privacy.service import PrivacyService

        return PrivacyService(self)

    @cached_property
    def search(self) -> SearchService:
        from fieldvault.core.search.service import SearchService

        return SearchService(self)

    @cached_property
    def keys(self) -> KeyService:
        from fieldvault.core.store.keys import KeyService

        return KeyService(self)

    @cached_property
    def members(self) -> MemberService:
        from fieldvault.core.records.members import MemberService

        return MemberService(self)

    @cached_property
    def review(self) -> ReviewService:
        from fieldvault.core.records.review import ReviewService

        return ReviewService(self)

    @cached_property
    def bundles(self) -> BundleService:
        from fieldvault.core.exchange.service import BundleService

        return BundleService(self)

    @cached_property
    def agreement(self) -> AgreementService:
        from fieldvault.core.analysis.service import AgreementService

        return AgreementService(self)

    @cached_property
    def analysis(self) -> AnalysisService:
        from fieldvault.core.analysis.service import AnalysisService

        return AnalysisService(self)

    @cached_property
    def exports(self) -> ExportService:
        from fieldvault.core.export.service import ExportService

        return ExportService(self)

    @cached_property
    def intake(self) -> IntakeService:
        from fieldvault.core.intake.service import IntakeService

        return IntakeService(self)

    @cached_property
    def attachments(self) -> AttachmentService:
        from fieldvault.core.attachments.service import AttachmentService

        return AttachmentService(self)

    def audit_entries(self, target_prefix: str = "") -> list[AuditEntry]:
        with self.session() as session:
            return audit.entries_for(session, target_prefix)

    def verify_audit(self) -> audit.AuditReport:
        with self.session() as session:
            return audit.verify(session)


def unwrap_data_key(keys: keyslots.KeyFile, unlock: Unlock) -> bytearray:
    """The data key from ``keys`` with ``unlock`` (nothing else is checked or opened)."""
    return _unwrap(keys, unlock)


def _unwrap(keys: keyslots.KeyFile, unlock: Unlock) -> bytearray:
    return _unwrap_slot(keys, unlock)[1]


def _unwrap_slot(keys: keyslots.KeyFile, unlock: Unlock) -> tuple[str, bytearray]:
    if isinstance(unlock, Passphrase):
        return keyslots.open_with_passphrase(keys, unlock.text, unlock.slot)
    if isinstance(unlock, RecoveryCode):
        return keyslots.open_with_recovery(keys, unlock.text)
    return keyslots.open_with_escrow(keys, unlock.private)


def _finish_rotation(path: Path, keys: keyslots.KeyFile, unlock: Unlock,
                     old_key: bytearray) -> tuple[keyslots.KeyFile, bytearray]:
    """The database no longer opens with vault.keys: a rotation stopped half-way. The staged
    key file must name this vault (and, like every key file, carry a valid MAC)."""
    pending = keyslots.read_next(path, keys.vault_id)
    if pending is None:
        raise VaultFileError(f"The database {path / DB_FILE} cannot be read with this vault's "
                             "key: it belongs to another vault or is damaged.")
    new_key = _unwrap(pending, unlock)
    keyslots.verify_mac(pending, new_key, path)
    connection.connect(path / DB_FILE, new_key).close()
    keyslots.install_next(path, pending, new_key)
    old_key[:] = bytes(len(old_key))
    return pending, new_key


def _write_copy(vault: Vault, target: Path, cancel: Cancel | None = None,
                attachments: bool = False) -> None:
    """An encrypted copy of the database and key file (and, with ``attachments``, of the
    sealed attachment files, which stay sealed under keys held in the copied database).
    Pre-migration copies leave the attachments out: migrations never touch them."""
    staging = target.with_name(f".{target.name}.partial")
    if target.exists():
        raise VaultFileError(f"{target} already exists.")
    hardening.private_dir(staging)
    try:
        conn = vault.raw_connection()
        try:
            with vault._plain_errors():
                connection.export_copy(conn, staging / DB_FILE, vault.data_key, cancel)
        finally:
            conn.close()
        keyslots.write(staging, vault.keyfile, vault.data_key)
        if attachments:
            _copy_attachments(vault.path / "attachments", staging / "attachments", cancel)
        if cancel is not None and cancel():  # asked after the copy ended: still nothing
            raise Cancelled("The backup was cancelled; nothing was written.")
        staging.rename(target)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if cancel is not None and cancel():
            raise Cancelled("The backup was cancelled; nothing was written.") from exc
        raise


def _copy_attachments(source: Path, target: Path, cancel: Cancel | None) -> None:
    if not source.is_dir():
        return
    hardening.private_dir(target)
    for path in source.iterdir():
        if cancel is not None and cancel():
            raise Cancelled("The backup was cancelled; nothing was written.")
        if path.suffix == ".fva":
            with path.open("rb") as src, hardening.open_private(target / path.name) as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)


@dataclass(frozen=True)
class SlotChoice:
    """A key slot as offered before unlocking: its kind and label, nothing secret."""

    kind: str
    label: str


def unlock_choices(path: Path) -> list[SlotChoice]:
    """The slots of the vault at ``path``, for an unlock screen; raises if it is no vault."""
    path = resolve_path(path)
    if not (path / DB_FILE).exists():
        raise VaultFileError(f"{path} is not a Fieldvault vault (no {DB_FILE} inside).")
    return [SlotChoice(slot.kind, slot.label) for slot in keyslots.read(path).slots]


def open_vault(path: Path, unlock: Unlock) -> Vault:
    """The one entry point callers outside the core's key handling need."""
    return Vault.open(path, unlock)


__all__ = ["Change", "EscrowKey", "FieldvaultError", "KeyFileError", "Passphrase",
           "RecoveryCode", "SlotChoice", "Unlock", "Vault", "open_vault", "resolve_path",
           "unlock_choices"]
