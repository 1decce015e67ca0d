"""Themes as REFI-QDA codes, and codes merged into a vault's codebook.

A code carries one name, one description, a colour and its children. A theme has more (Korean
and Russian names, include/exclude notes, an example, report references, a slug id), so the
description holds the definition followed by a block of labelled lines::

    <definition>

    Include: ...
    Name (ko): ...
    Fieldvault id: dispatch.bribes

Other tools show that block as ordinary text; on import a final block that has a
``Fieldvault id`` line is read back into the fields, so a round trip loses nothing.
Multi-line values continue on lines indented by two spaces.

Merging is by GUID (see :mod:`.guids`): a code whose GUID the vault knows keeps the vault's
theme as it is; an unknown code becomes a new theme under its parent.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError
from fieldvault.core.records.codebook import ThemeNode
from fieldvault.core.refi import xmlio
from fieldvault.core.refi.guids import GuidMap, normalise_guid
from fieldvault.core.store.models import CodebookChange, Theme

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

FIELDS = (("include_note", "Include"), ("exclude_note", "Exclude"), ("example", "Example"),
          ("name_ko", "Name (ko)"), ("name_ru", "Name (ru)"), ("refs", "Report refs"),
          ("id", "Fieldvault id"))
LABELS = {label: name for name, label in FIELDS}
THEME_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
COLOR = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
DEFAULT_COLOR = "#999999"


@dataclass
class ParsedCode:
    guid: str
    name: str
    color: str | None
    description: str
    notes: list[str] = field(default_factory=list)
    children: list[ParsedCode] = field(default_factory=list)


@dataclass
class CodeMerge:
    """Outcome of merging codes: GUID -> theme id for every code, and what was added."""

    themes: dict[str, str] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)
    present: int = 0


# --- description block --------------------------------------------------------------------


def pack_description(theme: Theme) -> str:
    lines = []
    for name, label in FIELDS:
        value = "; ".join(json.loads(theme.refs)) if name == "refs" else getattr(theme, name)
        if value:
            lines.append(f"{label}: " + str(value).replace("\n", "\n  "))
    block = "\n".join(lines)
    return f"{theme.definition}\n\n{block}" if theme.definition else block


def unpack_description(text: str) -> tuple[str, dict[str, str]]:
    """Split a description into (definition, fields); fields is empty for other tools' text."""
    split = text.rfind("\n\n")
    head, tail = (text[:split], text[split + 2:]) if split >= 0 else ("", text)
    fields = _read_block(tail)
    if "id" not in fields:
        return text, {}
    return head, fields


def _read_block(block: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    last = None
    for line in block.split("\n"):
        label, sep, value = line.partition(": ")
        if line.startswith("  ") and last is not None:
            fields[last] += "\n" + line[2:]
        elif sep and label in LABELS:
            last = LABELS[label]
            fields[last] = value
        else:
            return {}
    return fields


# --- writing ------------------------------------------------------------------------------


def codes_element(parent: ET.Element, nodes: list[ThemeNode], guids: GuidMap,
                  notes: dict[str, list[str]] | None = None) -> ET.Element:
    """A <Codes> element with the theme tree (``nodes`` depth-first, as the codebook gives)."""
    codes = xmlio.element(parent, "Codes")
    stack: list[tuple[int, ET.Element]] = [(-1, codes)]
    for node in nodes:
        while stack[-1][0] >= node.depth:
            stack.pop()
        code = _code(stack[-1][1], node.theme, guids.guid("theme", node.theme.id),
                     (notes or {}).get(node.theme.id, []))
        stack.append((node.depth, code))
    return codes


def _code(parent: ET.Element, theme: Theme, guid: str,
          notes: list[str]) -> ET.Element:
    color = theme.color if COLOR.match(theme.color) else None
    code = xmlio.element(parent, "Code", guid=guid, name=xmlio.xml_text(theme.name_en),
                         isCodable="true", color=color)
    description = pack_description(theme)
    if description:
        xmlio.element(code, "Description", description)
    for note in notes:
        xmlio.element(code, "NoteRef", targetGUID=note)
    return code


# --- reading ------------------------------------------------------------------------------


def parse_codes(codes: ET.Element, namespace: str) -> list[ParsedCode]:
    return [_parse_code(c, namespace) for c in xmlio.children(codes, namespace, "Code")]


def _parse_code(node: ET.Element, namespace: str) -> ParsedCode:
    return ParsedCode(
        guid=normalise_guid(node.get("guid", "")), name=node.get("name", "").strip(),
        color=node.get("color"), description=xmlio.child_text(node, namespace, "Description"),
        notes=[normalise_guid(n.get("targetGUID", ""))
               for n in xmlio.children(node, namespace, "NoteRef")],
        children=[_parse_code(c, namespace) for c in xmlio.children(node, namespace, "Code")])


def walk(codes: list[ParsedCode]) -> list[tuple[ParsedCode, ParsedCode | None]]:
    """Every code with its parent, parents first."""
    out: list[tuple[ParsedCode, ParsedCode | None]] = []
    stack: list[tuple[ParsedCode, ParsedCode | None]] = [(c, None) for c in reversed(codes)]
    while stack:
        code, parent = stack.pop()
        out.append((code, parent))
        stack.extend((c, code) for c in reversed(code.children))
    return out


def check_unique(codes: list[ParsedCode], where: str) -> None:
    seen: set[str] = set()
    for code, _parent in walk(codes):
        if code.guid in seen:
            raise InputError(f"{where} uses the code GUID {code.guid} twice.")
        seen.add(code.guid)


# --- merging ------------------------------------------------------------------------------


def merge_codes(vault: Vault, session: Session, guids: GuidMap, codes: list[ParsedCode],
                source: str) -> CodeMerge:
    """Add every code the vault does not know as a theme; map every code to a theme id."""
    result = CodeMerge()
    position = int(session.exec(select(func.count()).select_from(Theme)).one())
    taken = set(session.exec(select(Theme.id)).all())
    for code, parent in walk(codes):
        known = guids.local("theme", code.guid)
        if known is not None:
            result.themes[code.guid] = known
            result.present += 1
            continue
        parent_id = result.themes[parent.guid] if parent is not None else None
        theme = theme_from_code(code, parent_id, taken, position)
        session.add(theme)
        session.flush()
        session.add(CodebookChange(actor=vault.actor_name, action="import", theme_id=theme.id,
                                   detail=f"imported '{theme.name_en}' from {source}"))
        guids.remember("theme", theme.id, code.guid)
        guids.added("theme", theme.id)
        taken.add(theme.id)
        position += 1
        result.themes[code.guid] = theme.id
        result.added.append(theme.id)
    return result


def theme_from_code(code: ParsedCode, parent_id: str | None, taken: set[str],
                    position: int) -> Theme:
    definition, fields = unpack_description(code.description)
    wanted = fields.get("id", "")
    theme_id = wanted if THEME_ID.match(wanted) and wanted not in taken else \
        new_theme_id(code.name, code.guid, parent_id, taken)
    refs = [r for r in fields.get("refs", "").split("; ") if r]
    return Theme(id=theme_id, parent_id=parent_id, name_en=code.name or "(unnamed code)",
                 name_ko=fields.get("name_ko", ""), name_ru=fields.get("name_ru", ""),
                 definition=definition.strip(), include_note=fields.get("include_note", ""),
                 exclude_note=fields.get("exclude_note", ""), example=fields.get("example", ""),
                 refs=json.dumps(refs, ensure_ascii=False), color=_color(code.color),
                 position=position)


def new_theme_id(name: str, guid: str, parent_id: str | None, taken: set[str]) -> str:
    """A slug from the name (ASCII letters, digits, _), under the parent's id, unused."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:48].strip("_")
    if not slug or not slug[0].isalpha():
        slug = f"code_{slug or guid.replace('-', '')[:8]}"
    base = f"{parent_id}.{slug}" if parent_id else slug
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _color(value: str | None) -> str:
    if not value or not COLOR.match(value):
        return DEFAULT_COLOR
    digits = value[1:].lower()
    return "#" + ("".join(d * 2 for d in digits) if len(digits) == 3 else digits)


def tree_nodes(session: Session) -> list[ThemeNode]:
    """Themes depth-first in position order (the codebook's tree, without counts)."""
    themes = list(session.exec(select(Theme).order_by(col(Theme.position), col(Theme.id))))
    children: dict[str | None, list[Theme]] = {}
    for theme in themes:
        children.setdefault(theme.parent_id, []).append(theme)
    out: list[ThemeNode] = []
    stack = [(t, 0) for t in reversed(children.get(None, []))]
    while stack:
        theme, depth = stack.pop()
        out.append(ThemeNode(theme, depth, 0, 0))
        stack.extend((c, depth + 1) for c in reversed(children.get(theme.id, [])))
    return out
