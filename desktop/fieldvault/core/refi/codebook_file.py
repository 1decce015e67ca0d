"""Codebook files: REFI-QDA ``.qdc`` (Codebook.xsd) and Fieldvault's own ``.json``.

``.json`` is the seed format (``schemas/codebook.schema.json``, checked by
:mod:`fieldvault.core.records.seeds`); it keeps every field but only validates when each theme has
all three names, a definition, notes, an example and report references. ``.qdc`` follows the
standard (see :mod:`.codes` for how the extra fields travel in the description).

Import merges: a theme the vault already has (same id for ``.json``; for ``.qdc`` same GUID,
same path of names, or same name once the user agreed, see :mod:`.matching`)
is left as it is, new ones are added under their parents, in one audited transaction.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlmodel import Session, select

from fieldvault import __version__
from fieldvault.core import hardening
from fieldvault.core.errors import InputError
from fieldvault.core.records import seeds
from fieldvault.core.records.codebook import theme_from_seed
from fieldvault.core.refi import xmlio
from fieldvault.core.refi.codes import codes_element, tree_nodes
from fieldvault.core.refi.export import check_target
from fieldvault.core.refi.guids import GuidMap, codebook_key
from fieldvault.core.refi.matching import check_answered, merge_codes
from fieldvault.core.refi.reader import read_qdc
from fieldvault.core.refi.xmlio import CODEBOOK_NS
from fieldvault.core.store.models import CodebookChange, Meta, Theme, new_id

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

SUFFIXES = (".qdc", ".json")


@dataclass
class CodebookReport:
    added: list[str] = field(default_factory=list)  # ids of the themes added
    present: int = 0
    notices: list[str] = field(default_factory=list)
    by_name: int = 0  # of the present ones, matched by name only (with agreement)

    def line(self) -> str:
        return (f"Imported {len(self.added)} themes; {self.present} were already in the "
                "codebook.")


def export_codebook(vault: Vault, path: Path) -> int:
    """Write the codebook to ``path`` (.qdc or .json); return the number of themes."""
    check_target(path, SUFFIXES)
    if path.suffix.lower() == ".json":
        document = vault.codebook.as_document()
        try:
            seeds.validate(document, "codebook", where="This vault's codebook")
            seeds.check_theme_tree(document["themes"])
        except seeds.SeedError as exc:
            raise InputError(f"{exc} Export it as .qdc instead, which needs fewer fields.") \
                from exc
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        count = len(document["themes"])
    else:
        data, count = _qdc_bytes(vault)
    _write_new(path, data)
    with vault.write("codebook.export", "codebook", {"file": path.name, "themes": count}):
        pass
    return count


def _qdc_bytes(vault: Vault) -> tuple[bytes, int]:
    with vault.session() as session:
        nodes = tree_nodes(session)
        if not nodes:
            raise InputError("This vault's codebook is empty; there is nothing to export.")
        info = _meta(session)
        origin = f"Fieldvault {__version__}; codebook {codebook_key(session)}"
        if info.get("version"):
            origin += f" version {info['version']}"
        root = xmlio.element(None, "CodeBook", origin=origin)
        codes_element(root, nodes, GuidMap(session))
    return xmlio.to_bytes(root, CODEBOOK_NS), len(nodes)


def _write_new(path: Path, data: bytes) -> None:
    staging = path.with_name(f".{path.name}.partial-{new_id()[:8]}")
    try:
        with hardening.open_private(staging) as handle:
            handle.write(data)
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


def import_codebook(vault: Vault, path: Path,
                    accept_name_matches: bool | None = None) -> CodebookReport:
    """Merge the themes of a .qdc or .json codebook into the vault's codebook.

    Codes matching a theme by name only (:mod:`.matching`) are merged when
    ``accept_name_matches`` is True, added as new themes when False, and when None (nobody
    asked yet) the import is refused with :class:`.matching.NameMatchesNeedAnswer`, which
    carries the proposed matches to show."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path.name} must end in .qdc or .json.")
    if suffix == ".json":
        return _import_json(vault, path)
    codes, notices = read_qdc(path)
    check_answered(vault, codes, path.name, accept_name_matches)
    report = CodebookReport(notices=notices)
    with vault.write("codebook.import", "codebook", {"file": path.name}) as session:
        merged = merge_codes(vault, session, GuidMap(session), codes, path.name,
                             bool(accept_name_matches))
    report.added, report.present, report.by_name = merged.added, merged.present, \
        len(merged.by_name)
    return report


def _import_json(vault: Vault, path: Path) -> CodebookReport:
    try:
        document = seeds.load_codebook(path)
    except seeds.SeedError as exc:
        raise InputError(str(exc)) from exc
    report = CodebookReport()
    with vault.write("codebook.import", "codebook", {"file": path.name}) as session:
        existing = set(session.exec(select(Theme.id)).all())
        if not existing and session.get(Meta, "codebook") is None:
            session.add(Meta(key="codebook", value=json.dumps(
                {"id": document["codebook_id"], "version": document["version"]})))
        position = int(session.exec(select(func.count()).select_from(Theme)).one())
        for item in _parents_first(document["themes"]):
            if item["id"] in existing:
                report.present += 1
                continue
            _add_seed_theme(vault, session, item, position, path.name)
            position += 1
            report.added.append(item["id"])
    return report


def _add_seed_theme(vault: Vault, session: Session, item: dict[str, Any], position: int,
                    source: str) -> None:
    theme = theme_from_seed(item, position)
    session.add(theme)
    session.flush()
    session.add(CodebookChange(actor=vault.actor_name, action="import", theme_id=theme.id,
                               detail=f"imported '{theme.name_en}' from {source}"))


def _meta(session: Session) -> dict[str, Any]:
    meta = session.get(Meta, "codebook")
    return dict(json.loads(meta.value)) if meta else {}


def _parents_first(themes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Themes ordered so each parent comes before its children (the tree is checked)."""
    parents = {t["id"]: t["parent"] for t in themes}

    def depth(theme_id: str) -> int:
        count, parent = 0, parents[theme_id]
        while parent is not None:
            count, parent = count + 1, parents[parent]
        return count

    return sorted(themes, key=lambda t: depth(t["id"]))
