"""One colour per theme: distinct in a new vault, after migration 10, for new themes, editable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fieldvault.core import palette
from fieldvault.core.errors import InputError
from fieldvault.core.records import seeds
from fieldvault.core.store import connection, keyslots, schema
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

FIXTURE = Path(__file__).parents[2] / "fixtures" / "schema1.fieldvault"


def test_spread_keeps_the_first_and_shades_the_rest_distinctly() -> None:
    themes = [("g", "#fff0a0"), ("g.a", "#fff0a0"), ("g.b", "#fff0a0"), ("h", "#b3e0ff"),
              ("g.c", "#FFF0A0")]
    changed = palette.spread(themes)
    assert set(changed) == {"g.a", "g.b", "g.c"}
    colours = [changed.get(i, c).lower() for i, c in themes]
    assert len(set(colours)) == len(colours)
    assert all(palette.is_color(c) for c in colours)


def test_a_new_vault_gives_every_packaged_theme_its_own_colour(vault: Vault) -> None:
    nodes = vault.codebook.tree()
    packaged = {t["id"]: t["color"] for t in seeds.load_codebook()["themes"]}
    colours = [n.theme.color.lower() for n in nodes]
    assert len(colours) == len(packaged) and len(set(colours)) == len(colours)
    labs = [palette.lab(c) for c in colours]
    closest = min(palette.distance(a, b) for n, a in enumerate(labs) for b in labs[n + 1:])
    assert closest >= 10  # CIELAB: clearly told apart side by side
    assert min(palette.contrast_with_black(c) for c in colours) >= 7
    for node in nodes:
        if node.depth == 0:  # a group keeps the packaged colour; its children are shades
            assert node.theme.color == packaged[node.theme.id]


def test_set_color_is_stored_audited_and_checked(vault: Vault) -> None:
    vault.codebook.set_color("quota.planned", "#12AB34")
    assert vault.codebook.get("quota.planned").color == "#12ab34"
    assert vault.codebook.changelog()[-1].detail.endswith("changed to #12ab34")
    with pytest.raises(InputError, match="not a colour"):
        vault.codebook.set_color("quota.planned", "red")
    assert vault.codebook.get("quota.planned").color == "#12ab34"
    assert vault.verify_audit().ok


def test_a_new_theme_gets_an_unused_shade_of_its_parent(vault: Vault) -> None:
    used = {n.theme.color for n in vault.codebook.tree()}
    child = vault.codebook.add("quota.new", "New quota theme", parent="quota")
    top = vault.codebook.add("own", "Own theme")
    assert child.color not in used and top.color not in used | {child.color}
    assert child.color != "#999999" and palette.is_color(top.color)
    others = [palette.lab(c) for c in used]
    for new in (child.color, top.color):
        assert min(palette.distance(palette.lab(new), o) for o in others) >= 8


def test_the_colour_migration_spreads_the_colours_of_an_old_vault(tmp_path: Path) -> None:
    target = tmp_path / "old.fieldvault"
    shutil.copytree(FIXTURE, target)
    key = keyslots.unlock_with_passphrase(keyslots.read(target), PASSPHRASE)
    engine = connection.make_engine(target / "vault.db", key)
    colours = schema.MIGRATIONS.index(schema.upgrade_theme_colours) + 1
    schema.migrate(engine, target=colours - 1)
    with connection.writer(engine).begin() as conn:
        conn.exec_driver_sql("UPDATE themes SET color = '#fff0a0'")
        for n in range(6):
            conn.exec_driver_sql(
                "INSERT INTO themes (id, parent_id, name_en, color, position, created) "
                "VALUES (?, 'quota', ?, '#fff0a0', ?, '2024-01-01')",
                (f"quota.t{n}", f"T{n}", 100 + n))
        before = dict(conn.exec_driver_sql("SELECT id, color FROM themes").all())
    engine.dispose()
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION >= colours
        after = {n.theme.id: n.theme.color for n in vault.codebook.tree()}
        assert set(after) == set(before)
        assert after["quota"] == "#fff0a0"
        assert len(set(after.values())) == len(after)
