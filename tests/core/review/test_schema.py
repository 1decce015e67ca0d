"""The review tables match their models, and the bundle schema is itself valid."""

from __future__ import annotations

import pytest

from fieldvault.core.records import seeds
from fieldvault.core.store import schema
from fieldvault.core.store.models import (
    BundleRecord,
    CaseReveal,
    ForeignAudit,
    OwnKeys,
    ReviewConflict,
    ReviewEvent,
    Verdict,
)
from fieldvault.core.vault import Vault


def test_review_models_match_the_migrated_tables(vault: Vault) -> None:
    assert "upgrade_review" in [m.__name__ for m in schema.MIGRATIONS]
    models = [OwnKeys, ReviewEvent, Verdict, CaseReveal, BundleRecord, ReviewConflict,
              ForeignAudit]
    with vault.engine.connect() as conn:
        for model in models:
            table = model.__tablename__
            rows = conn.exec_driver_sql(f'PRAGMA table_info("{table}")').all()
            assert {r[1] for r in rows} == set(model.model_fields), table


def test_bundle_schema_loads_and_rejects_a_stranger() -> None:
    loaded = seeds.load_schema("bundle-manifest")
    assert loaded["properties"]["format_version"] == {"enum": [1, 2]}
    with pytest.raises(seeds.SeedError, match="invalid"):
        seeds.validate({"format": "something else"}, "bundle-manifest")
