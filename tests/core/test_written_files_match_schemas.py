"""Every JSON file Fieldvault writes validates against its schema in schemas/."""

from __future__ import annotations

import json
from pathlib import Path

from fieldvault.core.records import seeds
from fieldvault.core.refi import export_codebook
from fieldvault.core.vault import Vault


def test_exported_codebook_json_validates(vault: Vault, tmp_path: Path) -> None:
    export_codebook(vault, tmp_path / "book.json")
    seeds.validate(json.loads((tmp_path / "book.json").read_text("utf-8")), "codebook")


def test_seeded_codebook_and_demo_records_validate() -> None:
    seeds.validate(json.loads(seeds.CODEBOOK_PATH.read_text("utf-8")), "codebook")
    for line in seeds.DEMO_PATH.read_text("utf-8").splitlines():
        seeds.validate(json.loads(line), "record")
