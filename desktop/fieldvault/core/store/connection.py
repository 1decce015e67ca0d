"""The one place that talks SQLCipher: keys, pragmas, rekey and encrypted copies.

Contract: every connection is keyed with the raw 256-bit data key *before* any other
statement, then configured and verified. If a pragma does not read back as required the
vault is refused rather than opened weaker. Engines hide bound parameters in their error
messages so that names typed by a user never reach a log or a traceback.

Threading: the engine's pool hands each thread its own connection; connections are opened
with ``check_same_thread=False`` only so that the pool may close them from another thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool

from fieldvault.core import hardening
from fieldvault.core.errors import FieldvaultError, VaultFileError

#: Page cache per connection, in KiB (SQLite's negative cache_size). Each pooled connection
#: fills its own cache, so this bounds memory per connection. 16 MiB (was 64) kept the
#: search and analysis timings of bench/vault_bench.py and bench/analysis_bench.py at 10,000
#: interviews (medians 0.67-1.06x of the 64 MiB figures in one run; issue 19's note); the
#: operating system caches the file's encrypted pages anyway.
CACHE_KIB = 16384

# (pragma, value to set, value it must read back as)
REQUIRED_PRAGMAS: tuple[tuple[str, str, object], ...] = (
    ("temp_store", "MEMORY", 2),
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
    ("foreign_keys", "ON", 1),
    ("cache_size", str(-CACHE_KIB), -CACHE_KIB),
    ("secure_delete", "ON", 1),
    ("busy_timeout", "10000", 10000),
)

DatabaseError = sqlcipher3.dbapi2.DatabaseError


class VaultBusy(FieldvaultError):
    """Another program holds the vault's write lock longer than the busy timeout."""


_DAMAGE = ("malformed", "not a database", "corrupt")
_BUSY = ("database is locked", "database is busy", "database table is locked")


def plain_error(exc: BaseException, db_path: Path) -> FieldvaultError | None:
    """The one sentence for a damaged or busy database error, or None for anything else."""
    if not isinstance(exc, DatabaseError | sa_exc.DBAPIError):
        return None
    text = str(getattr(exc, "orig", None) or exc).lower()
    if any(marker in text for marker in _DAMAGE):
        return VaultFileError(f"The database {db_path} is damaged (pages fail their integrity "
                              "check), so nothing was changed; the vault check (fieldvault "
                              "check) shows what is damaged and which backup to use.")
    if any(marker in text for marker in _BUSY):
        return VaultBusy(f"The vault {db_path.parent} is busy in another program, so nothing "
                         "was changed; try again when that program has finished.")
    return None


@contextmanager
def plain_errors(db_path: Path) -> Iterator[None]:
    """Re-raise a damaged-database or busy error from the block as one plain sentence."""
    try:
        yield
    except (DatabaseError, sa_exc.DBAPIError) as exc:
        plain = plain_error(exc, db_path)
        if plain is None:
            raise
        raise plain from exc


def integrity_problems(conn: Any, limit: int = 20) -> list[str]:
    """What SQLCipher's page check and SQLite's structure check find; empty when whole.

    ``cipher_integrity_check`` verifies every page's HMAC (a flipped byte anywhere);
    ``integrity_check`` walks the b-trees and indexes. Messages name pages, tables and
    indexes, never row content.
    """
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    try:
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
    except DatabaseError as exc:
        rows = [f"the structure check stopped: {exc}"]
    lines = [line for row in rows if row != "ok" for line in row.splitlines()
             if line.strip() and not line.startswith("***")]
    return problems[:limit] + lines[:limit]


def tables_named_in(conn: Any, problems: list[str]) -> list[str]:
    """The tables and indexes whose b-tree ("Tree N") the structure check complains about."""
    import re

    roots = dict.fromkeys(int(n) for p in problems for n in re.findall(r"Tree (\d+)", p))
    try:
        names = dict(conn.execute("SELECT rootpage, name FROM sqlite_master").fetchall())
    except DatabaseError:
        return []
    return [str(names[root]) for root in roots if root in names]


def _key_statement(key: bytearray, verb: str = "key") -> str:
    if len(key) != 32:
        raise ValueError("SQLCipher raw keys are 32 bytes")
    return f"PRAGMA {verb} = \"x'{key.hex()}'\""


def connect(db_path: Path, key: bytearray) -> Any:
    """Open, key, configure and verify one connection; raise VaultFileError on failure."""
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_statement(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        configure(conn)
    except DatabaseError as exc:
        conn.close()
        raise VaultFileError(
            f"The database {db_path} cannot be read with this vault's key: it belongs to "
            "another vault or is damaged.") from exc
    except VaultFileError:
        conn.close()
        raise
    return conn


def configure(conn: Any) -> None:
    for name, value, _expected in REQUIRED_PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}").fetchall()
    verify(conn)


def verify(conn: Any) -> None:
    """Read every required pragma back; refuse a connection that is not as configured."""
    if not conn.execute("PRAGMA cipher_version").fetchone():
        raise VaultFileError("This SQLite library has no encryption; the vault is refused.")
    for name, _value, expected in REQUIRED_PRAGMAS:
        actual = conn.execute(f"PRAGMA {name}").fetchone()[0]
        if actual != expected:
            raise VaultFileError(f"The database setting {name} reads {actual!r}, not "
                                 f"{expected!r}; the vault is refused.")


def make_engine(db_path: Path, key: bytearray) -> Engine:
    """An SQLAlchemy engine whose every connection goes through :func:`connect`.

    The pool hands out the connection returned last (LIFO): one thread's reads keep reusing
    the connection whose page cache is already warm, and the others' caches stay small.

    The engine keeps a reference to ``key``; zero it only after ``engine.dispose()``.
    """
    connect(db_path, key).close()  # fail early, with the plain message
    creator: Callable[[], Any] = lambda: connect(db_path, key)  # noqa: E731
    engine = create_engine("sqlite://", creator=creator, module=sqlcipher3.dbapi2,
                           poolclass=QueuePool, pool_size=4, max_overflow=4,
                           pool_use_lifo=True, hide_parameters=True)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:  # pysqlite's implicit transactions are off: BEGIN here
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


WRITE_OPTION = "fieldvault_write"


def writer(engine: Engine) -> Engine:
    """The engine for write transactions: they begin with ``BEGIN IMMEDIATE``.

    A deferred transaction that reads first and writes later cannot wait for another
    process's write in WAL mode (its snapshot is stale: SQLite fails at once with "database
    is locked"); taking the write lock at ``BEGIN`` makes a second writer wait up to the
    busy timeout instead, and then fail as :class:`VaultBusy`.
    """
    return engine.execution_options(**{WRITE_OPTION: True})


def create_database(db_path: Path, key: bytearray) -> None:
    if db_path.exists():
        raise VaultFileError(f"A database already exists at {db_path}.")
    hardening.open_private(db_path).close()  # SQLite gives its WAL the database's mode
    connect(db_path, key).close()


def checkpoint(conn: Any) -> None:
    """Fold the WAL into the main file and truncate it, so deleted text leaves the WAL."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def checkpoint_passive(conn: Any) -> None:
    """Fold into the main file what no reader still needs, without waiting for readers and
    without truncating the WAL."""
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def scrub(conn: Any) -> None:
    """Make deleted rows leave the files: fold the WAL in, rebuild the database file
    (``VACUUM``; ``secure_delete`` already zeroes freed pages), and truncate the WAL again.
    The rebuild is not optional: when SQLite rebalances a b-tree it can leave old copies of
    moved rows in the unused space of a page, which secure_delete never clears
    (tests/core/review/test_purge_traces.py shows it)."""
    checkpoint(conn)
    conn.execute("VACUUM")
    checkpoint(conn)


def export_copy(conn: Any, target: Path, key: bytearray,
                cancel: Callable[[], bool] | None = None) -> None:
    """Write an encrypted copy of the open database to ``target`` under ``key``.

    Threading: while the copy runs, a watcher thread polls ``cancel`` every 50 ms and, when
    it returns True, interrupts the copy (``sqlite3_interrupt``, safe from another thread;
    SQLite's progress handler is not called inside ``sqlcipher_export``). The copy then
    fails with an ``OperationalError`` and the caller removes ``target``.
    """
    if target.exists():
        raise VaultFileError(f"Refusing to overwrite {target}.")
    hardening.open_private(target).close()  # an empty file is a new database to SQLite
    path_literal = str(target).replace("'", "''")
    conn.execute(f"ATTACH DATABASE '{path_literal}' AS copy KEY \"x'{key.hex()}'\"")
    done = threading.Event()
    watcher = None
    if cancel is not None:
        watcher = threading.Thread(target=_interrupt_on, args=(conn, cancel, done),
                                   name="backup-cancel", daemon=True)
        watcher.start()
    try:
        conn.execute("SELECT sqlcipher_export('copy')").fetchall()
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA copy.user_version = {int(version)}")
    finally:
        done.set()
        if watcher is not None:
            watcher.join()
        conn.execute("DETACH DATABASE copy")


def _interrupt_on(conn: Any, cancel: Callable[[], bool], done: threading.Event) -> None:
    while not done.wait(0.05):
        if cancel():
            conn.interrupt()
            return


def rekey(conn: Any, new_key: bytearray) -> None:
    """Re-encrypt every page under ``new_key``. The caller holds the only connection."""
    conn.execute(_key_statement(new_key, "rekey"))
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
