"""Helpers for the privacy service tests: demo import, people by name, plaintext search."""

from __future__ import annotations

from fieldvault.core.records import seeds
from fieldvault.core.records.cases import CaseInput
from fieldvault.core.records.importer import import_jsonl
from fieldvault.core.vault import Vault


def import_demo(vault: Vault) -> list[str]:
    """The 14 fictional demo interviews, with their people registered; returns case codes."""
    return import_jsonl(vault, seeds.DEMO_PATH).cases


def codes_by_name(vault: Vault) -> dict[str, str]:
    """Every name and variant in the identity store -> the person's code."""
    out: dict[str, str] = {}
    for person in vault.people.list():
        assert person.identity is not None
        for name in person.identity.all_names():
            out[name] = person.code
    return out


def add_case(vault: Vault, text: str, languages: list[str] | None = None) -> str:
    case = vault.cases.create(CaseInput(title="Test interview", transcript=text,
                                        languages=languages or ["ko"]))
    return case.code


def plaintext_hits(vault: Vault, needle: str) -> list[str]:
    """``table.column`` for every column of every table (FTS shadow and vocabulary tables
    included) holding the UTF-8 bytes of ``needle``."""
    hits = []
    with vault.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
            for column in columns:
                count = conn.exec_driver_sql(
                    f'SELECT count(*) FROM "{table}" '
                    f'WHERE instr(CAST("{column}" AS BLOB), ?) > 0',
                    (needle.encode("utf-8"),)).scalar_one()
                if count:
                    hits.append(f"{table}.{column}")
    return hits
