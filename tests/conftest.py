"""Suite-wide guards: no network, fast key derivation, fresh vaults from one template."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldvault.core.store import keyslots  # noqa: E402
from vaulthelp import FAST, PASSPHRASE  # noqa: E402

_ATTEMPTS: list[str] = []


class _NoNetworkSocket(socket.socket):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6):
            _ATTEMPTS.append(f"socket(family={family})")
            raise OSError("the test suite forbids network sockets")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


def _refuse(*args: object, **kwargs: object) -> None:
    _ATTEMPTS.append(f"network call {args[:1]}")
    raise OSError("the test suite forbids network access")


def pytest_configure(config: pytest.Config) -> None:
    socket.socket = _NoNetworkSocket  # type: ignore[misc]
    socket.create_connection = _refuse  # type: ignore[assignment]
    socket.getaddrinfo = _refuse  # type: ignore[assignment]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _ATTEMPTS:
        print(f"\nNETWORK ACCESS ATTEMPTED during the suite: {_ATTEMPTS[:5]}")
        session.exitstatus = 1


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults made by tests use the minimum Argon2id memory (64 MiB) and one pass."""
    monkeypatch.setattr(keyslots, "calibrate", lambda *a, **k: FAST)


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fieldvault.core.vault import Vault

    folder = tmp_path_factory.mktemp("template")
    vault, code = Vault.create(folder / "tpl", PASSPHRASE, owner="tester", cost=FAST)
    vault.lock()
    (folder / "recovery.txt").write_text(code)
    return vault.path


@pytest.fixture
def vault_path(template_vault: Path, tmp_path: Path) -> Path:
    """A copy of a freshly created vault (codebook loaded), locked."""
    target = tmp_path / "case.fieldvault"
    shutil.copytree(template_vault, target)
    return target


@pytest.fixture
def recovery_code(template_vault: Path) -> str:
    return (template_vault.parent / "recovery.txt").read_text()


@pytest.fixture
def vault(vault_path: Path) -> Iterator[object]:
    from fieldvault.core.vault import Passphrase, Vault

    opened = Vault.open(vault_path, Passphrase(PASSPHRASE))
    yield opened
    opened.lock()


@pytest.fixture
def make_vault(template_vault: Path, tmp_path: Path) -> Iterator[Callable[[str, str], Any]]:
    """``make_vault(name, role)``: an open copy of the template vault owned by ``name``
    (exchange tests need several vaults with different owners)."""
    from fieldvault.core.vault import Passphrase, Vault

    opened: list[Vault] = []

    def make(name: str, role: str) -> Vault:
        target = tmp_path / f"{name}.fieldvault"
        shutil.copytree(template_vault, target)
        vault = Vault.open(target, Passphrase(PASSPHRASE))
        opened.append(vault)
        vault.members.update_self(name=name, role=role)
        return vault

    yield make
    for vault in opened:
        vault.lock()
