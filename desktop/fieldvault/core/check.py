"""The vault check: what is damaged, in plain words, and which copy to fall back on.

:func:`check_vault` works on a vault that may not open: it reads both key files on their
own, unwraps the data key from whichever is readable, then runs SQLCipher's page check
(every page's HMAC), SQLite's structure check and the audit chain, and lists the copies in
``backups/``. It writes nothing (finishing an interrupted rotation is left to opening).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from fieldvault.core.errors import FieldvaultError, KeyFileError, VaultFileError
from fieldvault.core.progress import Progress
from fieldvault.core.store import audit, connection, keyslots
from fieldvault.core.vault import DB_FILE, Unlock, resolve_path, unwrap_data_key


@dataclass(frozen=True)
class Finding:
    part: str  # "key file", "key file copy", "database pages", "database structure", "audit"
    ok: bool
    detail: str  # one sentence


@dataclass(frozen=True)
class CheckReport:
    vault: str
    findings: list[Finding] = field(default_factory=list)
    backups: list[str] = field(default_factory=list)  # newest first
    advice: str = ""

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)


STEPS = 3  # key files, pages and structure, audit chain


def check_vault(path: Path, unlock: Unlock, progress: Progress | None = None) -> CheckReport:
    """Check everything that can be checked; raise only when no key file opens at all.
    ``progress(done, STEPS)`` is called after each step, on the caller's thread."""
    path = resolve_path(path)
    if not (path / DB_FILE).exists():
        raise VaultFileError(f"{path} is not a Fieldvault vault (no {DB_FILE} inside).")
    step = progress or (lambda _done, _total: None)
    step(0, STEPS)
    findings: list[Finding] = []
    data_key = _key_files(path, unlock, findings)
    step(1, STEPS)
    try:
        _database(path, data_key, findings, step)
    finally:
        data_key[:] = bytes(len(data_key))
    backups = sorted((p.name for p in (path / "backups").glob("*.fieldvault")), reverse=True) \
        if (path / "backups").is_dir() else []
    return CheckReport(str(path), findings, backups, _advice(findings, backups))


def _key_files(path: Path, unlock: Unlock, findings: list[Finding]) -> bytearray:
    read: dict[str, keyslots.KeyFile] = {}
    problems: dict[str, str] = {}
    for name in (keyslots.KEY_FILE, keyslots.BACKUP_FILE):
        try:
            read[name] = keyslots.read(path, name)
        except KeyFileError as exc:
            problems[name] = str(exc)
    if not read:
        raise KeyFileError(f"Neither {keyslots.KEY_FILE} nor {keyslots.BACKUP_FILE} in {path} "
                           "can be read, so nothing else can be checked.")
    data_key = unwrap_data_key(next(iter(read.values())), unlock)
    for name, keys in read.items():
        try:
            keyslots.verify_mac(keys, data_key, path)
        except KeyFileError:
            problems[name] = f"{name} has been altered since it was written."
    for name, part in ((keyslots.KEY_FILE, "key file"), (keyslots.BACKUP_FILE, "key file copy")):
        ok = name not in problems
        findings.append(Finding(part, ok, f"{name} is intact." if ok else problems[name]))
    if len(read) == 2 and not problems and \
            keyslots.serialise(read[keyslots.KEY_FILE], data_key) != \
            keyslots.serialise(read[keyslots.BACKUP_FILE], data_key):
        findings.append(Finding("key file copy", False, f"{keyslots.KEY_FILE} and "
                                f"{keyslots.BACKUP_FILE} differ: a key change was cut off."))
    if (path / keyslots.NEXT_FILE).exists():
        findings.append(Finding("key file", True, "A key rotation was interrupted; opening "
                                "the vault finishes it."))
    return data_key


def _database(path: Path, data_key: bytearray, findings: list[Finding],
              step: Progress) -> None:
    db = path / DB_FILE
    try:
        conn = connection.connect(db, data_key)
    except FieldvaultError:
        findings.append(Finding("database pages", False, f"{DB_FILE} does not open with the "
                                "vault's key: its first page is damaged or it is another "
                                "vault's database."))
        return
    try:
        problems = connection.integrity_problems(conn)
        pages = [p for p in problems if "hmac" in p.lower()]
        rest = [p for p in problems if p not in pages]
        tables = connection.tables_named_in(conn, rest)
    finally:
        conn.close()
    findings.append(_pages(pages))
    findings.append(_structure(rest, tables))
    step(2, STEPS)
    findings.append(_audit(db, data_key))
    step(3, STEPS)


def _pages(pages: list[str]) -> Finding:
    if not pages:
        return Finding("database pages", True, f"Every page of {DB_FILE} passes its "
                       "integrity check.")
    numbers = ", ".join(p.rsplit(" ", 1)[-1] for p in pages[:5])
    more = " and more" if len(pages) > 5 else ""
    return Finding("database pages", False, f"{len(pages)} page(s) of {DB_FILE} fail their "
                   f"integrity check (page {numbers}{more}).")


def _structure(problems: list[str], tables: list[str]) -> Finding:
    if not problems:
        return Finding("database structure", True, "The tables and indexes are consistent.")
    more = " and more" if len(tables) > 5 else ""
    named = f" in {', '.join(tables[:5])}{more}" if tables else ""
    return Finding("database structure", False, f"The structure check finds {len(problems)} "
                   f"problem(s){named}.")


def _audit(db: Path, data_key: bytearray) -> Finding:
    engine = connection.make_engine(db, data_key)
    try:
        with connection.plain_errors(db), Session(engine) as session:
            report = audit.verify(session)
    except FieldvaultError:
        return Finding("audit", False, "The audit log cannot be read back: it sits on "
                       "damaged pages.")
    finally:
        engine.dispose()
    if report.ok:
        return Finding("audit", True, f"The audit chain of {report.entries} entries is whole.")
    return Finding("audit", False, report.problem or "The audit chain is broken.")


def _advice(findings: list[Finding], backups: list[str]) -> str:
    bad = {f.part for f in findings if not f.ok}
    if not bad:
        return "Nothing is damaged."
    if bad <= {"key file", "key file copy"}:
        good = [f for f in findings if f.part in ("key file", "key file copy") and f.ok]
        if good:
            name = keyslots.KEY_FILE if good[0].part == "key file" else keyslots.BACKUP_FILE
            return (f"The database is whole; {name} is intact: copy it over the damaged key "
                    "file (keep the damaged one aside).")
        return "Restore both key files from a backup of this vault."
    newest = f"; the newest copy inside the vault is backups/{backups[0]}" if backups else ""
    return ("The database is damaged: lock the vault, keep this folder as it is, and open the "
            "newest backup you wrote with `fieldvault backup` (it opens with the same "
            f"passphrase){newest}. Changes made after that backup are lost.")
