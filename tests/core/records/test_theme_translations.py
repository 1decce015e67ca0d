"""Korean and Russian versions of the themes' definitions, notes and examples: shipped in the
codebook, stored by a new vault, edited through the codebook service. (REFI-QDA codebooks and
exchange bundles carrying them: tests/core/refi/test_roundtrip.py, tests/core/review/
test_bundles.py.)"""

from __future__ import annotations

import re
from typing import Any

import pytest

from fieldvault.core.errors import InputError
from fieldvault.core.records import seeds
from fieldvault.core.records.codebook import localized, theme_to_seed
from fieldvault.core.vault import Vault

HANGUL = re.compile(r"[\uac00-\ud7a3]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN_WORD = re.compile(r"[A-Za-z]{4,}")
THEME_ID = re.compile(r"(?<![a-z_.])[a-z_]+(?:\.[a-z_]+)+(?![a-z_])")


@pytest.fixture(scope="module")
def packaged() -> list[dict[str, Any]]:
    return list(seeds.load_codebook()["themes"])


def test_every_shipped_definition_has_a_korean_and_a_russian_version(
        packaged: list[dict[str, Any]]) -> None:
    assert len(packaged) == 64
    for theme in packaged:
        ko, ru = theme["definition_ko"], theme["definition_ru"]
        assert HANGUL.search(ko) and not CYRILLIC.search(ko), theme["id"]
        assert CYRILLIC.search(ru) and not HANGUL.search(ru), theme["id"]
        # written out, not left in English (theme ids are the only Latin allowed)
        assert not LATIN_WORD.search(ko) and not LATIN_WORD.search(ru), theme["id"]
        assert ko != theme["definition"] and ru != theme["definition"]
    assert len({t["definition_ko"] for t in packaged}) == 64
    assert len({t["definition_ru"] for t in packaged}) == 64


def test_every_note_and_example_has_a_korean_and_a_russian_version(
        packaged: list[dict[str, Any]]) -> None:
    ids = {t["id"] for t in packaged}
    for theme in packaged:
        for key in ("include", "exclude", "example"):
            for lang, script in (("ko", HANGUL), ("ru", CYRILLIC)):
                value = theme[f"{key}_{lang}"]
                assert script.search(value), (theme["id"], key, lang)
                # theme ids named in a note stay ids, so a coder can find the theme
                named = set(THEME_ID.findall(theme[key])) & ids
                assert named <= set(THEME_ID.findall(value)), (theme["id"], key, lang)


def test_a_new_vault_stores_the_translations_from_the_seed(
        vault: Vault, packaged: list[dict[str, Any]]) -> None:
    by_id = {t["id"]: t for t in packaged}
    assert len(vault.codebook.tree()) == len(packaged)
    for node in vault.codebook.tree():
        seed = by_id[node.theme.id]
        assert node.theme.definition_ko == seed["definition_ko"]
        assert node.theme.definition_ru == seed["definition_ru"]
        assert node.theme.include_note_ko == seed.get("include_ko")
        assert node.theme.example_ru == seed.get("example_ru")
    document = vault.codebook.as_document()
    seeds.validate(document, "codebook", where="the exported codebook")
    assert {t["id"]: t["definition_ru"] for t in document["themes"]} == \
        {t["id"]: t["definition_ru"] for t in packaged}


def test_edit_sets_and_clears_a_translation_and_english_is_the_fallback(vault: Vault) -> None:
    theme = vault.codebook.edit("quota.planned", definition_ko="  새 정의.  ",
                                example_ru="Новый пример.")
    assert theme.definition_ko == "새 정의."
    stored = vault.codebook.get("quota.planned")
    assert localized(stored, "definition", "ko") == "새 정의."
    assert localized(stored, "example", "ru") == "Новый пример."
    assert localized(stored, "definition", "en") == stored.definition
    vault.codebook.edit("quota.planned", definition_ko="")
    cleared = vault.codebook.get("quota.planned")
    assert cleared.definition_ko is None
    assert localized(cleared, "definition", "ko") == cleared.definition  # English shown
    assert cleared.definition_ru is not None  # untouched
    assert "definition_ko" not in theme_to_seed(cleared)
    assert vault.codebook.changelog()[-1].action == "edit"
    with pytest.raises(InputError):
        vault.codebook.edit("quota.planned", colour="#000000")
    assert vault.verify_audit().ok
