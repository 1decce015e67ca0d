from __future__ import annotations

import shutil
from pathlib import Path

from fieldvault.core.store import connection, keyslots, schema
from fieldvault.core.store.models import (
    AuditEntry,
    Case,
    Coding,
    Memo,
    Meta,
    Person,
    Theme,
    TranscriptParagraphs,
)
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

FIXTURE = Path(__file__).parents[2] / "fixtures" / "schema1.fieldvault"


def test_schema_1_fixture_migrates_with_a_backup_first(tmp_path: Path) -> None:
    target = tmp_path / "old.fieldvault"
    shutil.copytree(FIXTURE, target)
    assert not (target / "backups").exists()
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION
        cases = vault.cases.summaries()
        assert [c.code for c in cases] == ["C-101"]
        assert cases[0].codings == 1
        assert vault.verify_audit().ok
        assert vault.search.query("quota")  # the new search index covers old transcripts
    backups = list((target / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith("schema-1-")
    key = keyslots.unlock_with_passphrase(keyslots.read(backups[0]), PASSPHRASE)
    raw = connection.connect(backups[0] / "vault.db", key)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1  # the untouched old vault
    raw.close()


def test_models_match_the_migrated_tables(vault: Vault) -> None:
    models = [Meta, Case, Coding, Theme, AuditEntry, Memo, Person, TranscriptParagraphs]
    with vault.engine.connect() as conn:
        for model in models:
            table = model.__tablename__
            rows = conn.exec_driver_sql(f'PRAGMA table_info("{table}")').all()
            assert {r[1] for r in rows} == set(model.model_fields), table


def test_redaction_and_gazetteer_models_match_their_tables(vault: Vault) -> None:
    from fieldvault.core.store.models import Draft, GazetteerTerm, Redaction

    with vault.engine.connect() as conn:
        for model in (Redaction, GazetteerTerm, Draft):
            rows = conn.exec_driver_sql(f'PRAGMA table_info("{model.__tablename__}")').all()
            assert {r[1] for r in rows} == set(model.model_fields)


def test_an_old_vault_gains_scan_records_and_an_allow_list(
        tmp_path: Path) -> None:
    from fieldvault.core.store.models import AllowedTerm, PrivacyScan

    target = tmp_path / "old.fieldvault"
    shutil.copytree(FIXTURE, target)
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        with vault.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA table_info(privacy_scans)").all()
        assert {r[1] for r in rows} == set(PrivacyScan.model_fields)
        with vault.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA table_info(allowed_terms)").all()
        assert {r[1] for r in rows} == set(AllowedTerm.model_fields)
        assert vault.privacy.allowed_terms() == []
        assert vault.privacy.state("C-101").state == "not_scanned"
        vault.privacy.scan("C-101")
        assert vault.privacy.state("C-101").state in ("undecided", "reviewed")


def test_an_old_vault_gains_the_packaged_translations_of_unedited_theme_texts(
        tmp_path: Path) -> None:
    """Migration 9 fills a seed theme's Korean and Russian texts from the packaged codebook,
    each only while the theme's English text is still the packaged one."""
    from fieldvault.core.records import seeds

    packaged = {t["id"]: t for t in seeds.load_codebook()["themes"]}
    quota, planned = packaged["quota"], packaged["quota.planned"]
    target = tmp_path / "old.fieldvault"
    shutil.copytree(FIXTURE, target)
    key = keyslots.unlock_with_passphrase(keyslots.read(target), PASSPHRASE)
    engine = connection.make_engine(target / "vault.db", key)
    before = schema.MIGRATIONS.index(schema.upgrade_theme_translations)  # 8: just before it
    schema.migrate(engine, target=before)
    with connection.writer(engine).begin() as conn:
        # the fixture's "quota" gets the packaged English definition; "quota.planned" comes
        # from the seed but its definition was edited by the researcher (its notes were not)
        conn.exec_driver_sql("UPDATE themes SET definition = ? WHERE id = 'quota'",
                             (quota["definition"],))
        conn.exec_driver_sql(
            "INSERT INTO themes (id, parent_id, name_en, definition, include_note, "
            "exclude_note, example, created) VALUES ('quota.planned', 'quota', 'Plan', "
            "'Our own wording.', ?, ?, ?, '2024-01-01T00:00:00Z')",
            (planned["include"], planned["exclude"], planned["example"]))
        conn.exec_driver_sql("INSERT INTO themes (id, name_en, definition, created) VALUES "
                             "('own', 'Own theme', 'Not in the codebook.', '2024-01-01')")
    engine.dispose()
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION
        old = vault.codebook.get("quota")
        assert old.definition_ko == quota["definition_ko"]
        assert old.definition_ru == quota["definition_ru"]
        assert old.include_note_ko is None  # the fixture's include note is not the packaged one
        edited = vault.codebook.get("quota.planned")
        assert edited.definition_ko is None and edited.definition_ru is None
        assert edited.definition == "Our own wording."
        assert edited.include_note_ko == planned["include_ko"]
        assert edited.example_ru == planned["example_ru"]
        own = vault.codebook.get("own")
        assert (own.definition_ko, own.definition_ru, own.example_ko) == (None, None, None)
        assert vault.verify_audit().ok
    backups = list((target / "backups").iterdir())
    assert [b.name.startswith(f"schema-{before}-") for b in backups] == [True]
