"""Strict mode for the legal profile: what is not known to be safe is withheld too, unless
the vault's allow list or a reviewer's rejection says it is safe."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.export_service.demohelp import fold, squeeze
from core.privacy_service.privacyhelp import add_case
from fieldvault.core.errors import InputError
from fieldvault.core.export.leakcheck import pypdf_pages
from fieldvault.core.store.models import AllowedTerm
from fieldvault.core.vault import Vault

TEXT = ("[FICTIONAL] Q: Who met you?\nA: Zorvakin met me at the Chika market in Kavalerovo "
        "on 3 March 2015. He paid 4500 roubles. The quota was discussed. The Sokol brigade "
        "left.\n")


def strict_text(vault: Vault, code: str, out: Path) -> str:
    result = vault.exports.export(codes=[code], profile="legal", recipient="Law firm",
                                  out_dir=out, strict=True)
    return squeeze(fold(" ".join(pypdf_pages(result.pdf.read_bytes()))))


def test_strict_mode_withholds_what_the_detector_does_not_know_to_be_safe(
        vault: Vault, tmp_path: Path) -> None:
    code = add_case(vault, TEXT, ["en"])
    text = strict_text(vault, code, tmp_path / "strict")
    for value in ("Zorvakin", "Chika", "Kavalerovo", "4500", "3 March 2015"):
        assert squeeze(fold(value)) not in text, value
    assert "quotawasdiscussed" in text and "strictmode:notknowntobesafe" in text
    assert "strictmode:everyword,numberanddatenotknowntobesafeiswithheld" in text


def test_the_allow_list_shows_a_term_in_every_strict_export(vault: Vault,
                                                            tmp_path: Path) -> None:
    code = add_case(vault, TEXT, ["en"])
    vault.privacy.allow_term("  Sokol ")
    vault.privacy.allow_term("Sokol")
    assert vault.privacy.allowed_terms() == ["Sokol"]
    with vault.session() as session:
        assert len(list(session.exec(AllowedTerm.__table__.select()))) == 1  # type: ignore
    entries = vault.audit_entries("allowlist")
    assert [e.action for e in entries] == ["allowlist.add", "allowlist.add"]
    text = strict_text(vault, code, tmp_path / "strict")
    assert "sokolbrigade" in text and "zorvakin" not in text
    # the detector found these places: the allow list lifts strict spans only
    assert "chika" not in text and "kavalerovo" not in text
    with pytest.raises(InputError):
        vault.privacy.allow_term("x")


def test_a_rejection_shows_a_word_in_strict_mode_too(vault: Vault, tmp_path: Path) -> None:
    code = add_case(vault, TEXT, ["en"])
    vault.privacy.scan(code)
    for row in vault.privacy.for_case(code):
        if row.text == "Kavalerovo":
            vault.privacy.reject(row.id)
    rejected = [r.text for r in vault.privacy.for_case(code) if r.status == "rejected"]
    text = strict_text(vault, code, tmp_path / "strict")
    assert rejected and all(squeeze(fold(r)) in text for r in rejected)
    assert "zorvakin" not in text


def test_without_strict_the_cover_does_not_claim_it(vault: Vault, tmp_path: Path) -> None:
    code = add_case(vault, TEXT, ["en"])
    result = vault.exports.export(codes=[code], profile="legal", recipient="Law firm",
                                  out_dir=tmp_path / "plain")
    text = squeeze(fold(" ".join(pypdf_pages(result.pdf.read_bytes()))))
    assert "strictmode" not in text and "quotawasdiscussed" in text
