"""GUIDs: the refi_ids table, derived GUIDs, and foreign GUIDs kept on re-export."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET
from refihelp import FIXTURES, fixture_qdpx

from fieldvault.core.errors import InputError
from fieldvault.core.refi import export_codebook, export_project, import_codebook, import_project
from fieldvault.core.refi.guids import GuidMap, derived, normalise_guid
from fieldvault.core.store import schema
from fieldvault.core.store.models import RefiId
from fieldvault.core.vault import Vault


def test_refi_ids_table_matches_its_model(vault: Vault) -> None:
    assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION >= 3
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql('PRAGMA table_info("refi_ids")').all()
    assert {r[1] for r in rows} == set(RefiId.model_fields)


def test_guid_spellings_and_derivation() -> None:
    assert normalise_guid(" {ABCDEF01-2345-6789-ABCD-EF0123456789} ") == \
        "abcdef01-2345-6789-abcd-ef0123456789"
    assert derived("theme", "book", "quota") == derived("theme", "book", "quota")
    assert derived("theme", "book", "quota") != derived("theme", "other", "quota")


def test_vaults_seeded_from_one_codebook_agree_on_theme_guids(vault: Vault,
                                                              other_vault: Vault) -> None:
    with vault.session() as one, other_vault.session() as two:
        first, second = GuidMap(one), GuidMap(two)
        assert first.guid("theme", "quota") == second.guid("theme", "quota")
        assert second.local("theme", first.guid("theme", "quota")) == "quota"
        assert first.local("theme", derived("theme", "elsewhere", "quota")) is None


def test_foreign_guids_are_kept_when_the_project_goes_out_again(bare_vault: Vault,
                                                                tmp_path: Path) -> None:
    source = fixture_qdpx("qualcoder_like", tmp_path)
    import_project(bare_vault, source)
    export_project(bare_vault, tmp_path / "again.qdpx")

    def guids(path: Path, name: str) -> set[str]:
        with zipfile.ZipFile(path) as archive:
            root = SafeET.fromstring(archive.read("project.qde"))
        return {e.get("guid") for e in root.iter() if e.tag.endswith("}" + name)}

    for name in ("Code", "Case", "TextSource", "Coding", "Note", "User"):
        assert guids(source, name) <= guids(tmp_path / "again.qdpx", name), name


def test_codes_from_a_qdc_keep_their_guids_in_our_qdc(bare_vault: Vault,
                                                      tmp_path: Path) -> None:
    import_codebook(bare_vault, FIXTURES / "maxqda_like.qdc")
    export_codebook(bare_vault, tmp_path / "out.qdc")
    root = SafeET.fromstring((tmp_path / "out.qdc").read_bytes())
    found = {e.get("guid") for e in root.iter() if e.tag.endswith("}Code")}
    assert "8f48e822-5244-4579-8d81-6b7e59f8b05a" in found and len(found) == 5


def test_json_export_refuses_a_codebook_the_schema_cannot_hold(vault: Vault,
                                                               tmp_path: Path) -> None:
    import_codebook(vault, FIXTURES / "atlas_like.qdc")
    with pytest.raises(InputError, match="Export it as .qdc instead"):
        export_codebook(vault, tmp_path / "book.json")
    assert not (tmp_path / "book.json").exists()
    assert export_codebook(vault, tmp_path / "book.qdc") == len(vault.codebook.tree())
