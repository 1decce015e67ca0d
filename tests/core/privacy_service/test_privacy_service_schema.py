"""The sealed-versions migration, its model, and redactions following a corrected text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.privacy_service.privacyhelp import add_case
from fieldvault.core.store import schema
from fieldvault.core.store.models import SealedTranscript
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

OLD_VAULT = Path(__file__).parents[2] / "fixtures" / "schema1.fieldvault"
TEXT = "[FICTIONAL] He lived in Nakhodka. His phone was 010-1234-5678. Later he left."


def test_sealed_transcript_model_matches_its_table(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql('PRAGMA table_info("sealed_transcripts")').all()
    assert {r[1] for r in rows} == set(SealedTranscript.model_fields)


def test_an_old_vault_migrates_and_versions_stay_immutable(tmp_path: Path) -> None:
    target = tmp_path / "old.fieldvault"
    shutil.copytree(OLD_VAULT, target)
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION
        raw = vault.raw_connection()
        try:
            with pytest.raises(Exception, match="immutable"):
                raw.execute("UPDATE transcripts SET text = ''")
        finally:
            raw.close()


def test_saving_a_corrected_text_carries_redactions_or_flags_them(vault: Vault) -> None:
    code = add_case(vault, TEXT, ["en"])
    place, phone = TEXT.index("Nakhodka"), TEXT.index("010")
    kept = vault.privacy.add_manual(code, place, place + 8, "LOCATION")
    lost = vault.privacy.add_manual(code, phone, phone + 13, "PHONE")
    result = vault.transcripts.save_version(
        code, "[FICTIONAL] Note. " + TEXT.replace("010-1234-5678", "(not given)"))
    assert [r.id for r in result.unplaced_redactions] == [lost.id]
    rows = {r.id: r for r in vault.privacy.for_case(code)}
    assert rows[kept.id].text == "Nakhodka" and rows[kept.id].placed
    assert not rows[lost.id].placed and rows[lost.id].text == ""
