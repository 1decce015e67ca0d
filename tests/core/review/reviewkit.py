"""Helpers for the review and exchange tests (conftest.py puts this folder on sys.path)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

MakeVault = Callable[[str, str], Vault]

TEXT = ("[FICTIONAL] W-101 came in 2015. The quota was 90 tons a month.\n"
        "He paid the agent. 그는 매달 돈을 보냈습니다. Он жил в Уссурийске.")


def ira_and_sam(template_vault: Path, tmp_path: Path) -> tuple[Vault, Vault]:
    """Two opened copies of the template vault owned by an interviewer (ira) and a
    supervisor (sam) who know each other; the caller locks both."""
    vaults = []
    for name, role in (("ira", "interviewer"), ("sam", "supervisor")):
        target = tmp_path / f"{name}.fieldvault"
        shutil.copytree(template_vault, target)
        vault = Vault.open(target, Passphrase(PASSPHRASE))
        vault.members.update_self(name=name, role=role)
        vaults.append(vault)
    introduce(*vaults)
    return vaults[0], vaults[1]


def introduce(*vaults: Vault) -> None:
    """Every vault adds every other owner from their identity text, with their own role."""
    texts = {v.me.name: v.members.me().text for v in vaults}
    for vault in vaults:
        for name, text in texts.items():
            if name != vault.me.name:
                vault.members.add(text)


def new_case(vault: Vault, text: str = TEXT, code: str | None = None) -> str:
    case = vault.cases.create(CaseInput(title="Interview", transcript=text, languages=["en"],
                                        interview_date="2016-03-01",
                                        interviewer=vault.me.name, code=code))
    return case.code


def theme_ids(vault: Vault, count: int = 2) -> list[str]:
    return [n.theme.id for n in vault.codebook.tree() if n.depth == 1][:count]


def snapshot(vault: Vault, skip: tuple[str, ...] = ()) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (FTS shadow tables included), for before/after comparisons."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with vault.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for name in names:
            if name not in skip:
                rows = conn.exec_driver_sql(f'SELECT * FROM "{name}"').all()
                out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def exchange(sender: Vault, receiver: Vault, codes: list[str], folder: object,
             **options: object) -> object:
    """Export ``codes`` from ``sender`` to ``receiver``'s owner and import it there."""
    from pathlib import Path
    from uuid import uuid4

    out = Path(str(folder)) / f"{sender.me.name}-{uuid4().hex[:6]}.fvbundle"
    sender.bundles.export([receiver.me.name], codes, out, **options)  # type: ignore[arg-type]
    return receiver.bundles.import_file(out)


PAGE = 4096  # SQLCipher 4 defaults: 4096-byte pages, 80 reserved bytes (IV 16 + HMAC 64)


def decrypted_files(folder: object, key: bytes) -> bytes:
    """Every page of every database and WAL file under ``folder``, decrypted with ``key``.

    Reads the SQLCipher 4 page format directly (AES-256-CBC, the IV in the reserved bytes,
    the salt in front of page 1), so free pages and stale WAL frames are included: what an
    attacker holding the key and the files could read, not just what SQL still shows.
    """
    from pathlib import Path

    out = []
    for path in Path(str(folder)).rglob("*"):
        if path.name.endswith(".db"):
            data = path.read_bytes()
            out += [_page(n + 1, data[n * PAGE:(n + 1) * PAGE], key)
                    for n in range(len(data) // PAGE)]
        elif path.name.endswith(".db-wal"):
            data = path.read_bytes()
            for start in range(32, len(data) - PAGE - 23, PAGE + 24):
                number = int.from_bytes(data[start:start + 4], "big")
                out.append(_page(number, data[start + 24:start + 24 + PAGE], key))
    return b"".join(out)


def _page(number: int, raw: bytes, key: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    body = raw[16:] if number == 1 else raw
    cipher = Cipher(algorithms.AES(key), modes.CBC(body[-80:-64])).decryptor()
    return cipher.update(body[:-80]) + cipher.finalize()
