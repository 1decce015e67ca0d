from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event

from fieldvault.core.search import create_schema

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))  # snippets_oracle


def _open_engine(path: Path, key_hex: str) -> Engine:
    def connect() -> sqlcipher3.Connection:
        return sqlcipher3.connect(str(path), check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlcipher3.Connection, _record: object) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        for pragma in ("temp_store=MEMORY", "journal_mode=WAL", "synchronous=FULL",
                       "secure_delete=ON", "cache_size=-65536"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    return engine


@pytest.fixture()
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault.db"


@pytest.fixture()
def key_hex() -> str:
    return os.urandom(32).hex()


@pytest.fixture()
def engine(vault_path: Path, key_hex: str) -> Iterator[Engine]:
    eng = _open_engine(vault_path, key_hex)
    with eng.begin() as conn:
        create_schema(conn)
    yield eng
    eng.dispose()


@pytest.fixture()
def conn(engine: Engine) -> Iterator[Connection]:
    with engine.begin() as connection:
        yield connection
