"""Themes as REFI-QDA codes, and codes merged into a vault's codebook.

A code carries one name, one description, a colour, ``isCodable`` and its children. A theme
has more (Korean and Russian names, include/exclude notes, an example, report references), so
the description holds the definition followed by a block of labelled lines, which other tools
show as ordinary text and people can read::

    <definition>

    Include: ...
    Name (ko): ...
    Definition (ru): ...

On import a final block made only of such lines is read back into the fields, so a round trip
through another tool loses nothing. Multi-line values continue on lines indented by two
spaces. The theme's slug id travels in the ``fv:id`` attribute of Fieldvault's own namespace
(:data:`.xmlio.FIELDVAULT_NS`), which other tools ignore; files written before that had a
``Fieldvault id`` line in the block, which is still read.

The vault's default colour (``#999999``, what a theme gets when nobody chose one) is written as
no colour at all, and a code without a colour gets it back. Codes marked ``isCodable="false"``
are remembered (:func:`uncodable_themes`) and written back that way.

Merging (see :mod:`.matching`): a code the vault already holds (by GUID, path of names, or name
once the user agreed) keeps the vault's theme as it is; an unknown code becomes a new theme
under its parent.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError
from fieldvault.core.records.codebook import ThemeNode, set_translations
from fieldvault.core.refi import xmlio
from fieldvault.core.refi.guids import GuidMap, normalise_guid
from fieldvault.core.store.models import Meta, Theme

FIELDS = (("include_note", "Include"), ("exclude_note", "Exclude"), ("example", "Example"),
          ("name_ko", "Name (ko)"), ("name_ru", "Name (ru)"), ("refs", "Report refs"),
          ("definition_ko", "Definition (ko)"), ("definition_ru", "Definition (ru)"),
          ("include_note_ko", "Include (ko)"), ("include_note_ru", "Include (ru)"),
          ("exclude_note_ko", "Exclude (ko)"), ("exclude_note_ru", "Exclude (ru)"),
          ("example_ko", "Example (ko)"), ("example_ru", "Example (ru)"))
TRANSLATED = tuple(name for name, _label in FIELDS[6:])  # nullable: missing = show English
OLD_ID_LABEL = "Fieldvault id"  # files written before the fv:id attribute
LABELS = {label: name for name, label in FIELDS} | {OLD_ID_LABEL: "id"}
THEME_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
COLOR = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
DEFAULT_COLOR = "#999999"
UNCODABLE_KEY = "refi.uncodable"  # meta: JSON list of theme ids marked isCodable="false"


@dataclass
class ParsedCode:
    guid: str
    name: str
    color: str | None
    description: str
    notes: list[str] = field(default_factory=list)
    children: list[ParsedCode] = field(default_factory=list)
    codable: bool = True
    theme_id: str = ""  # Fieldvault's slug id, from the fv:id attribute (our own files)


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
    """Split a description into (definition, fields); fields is empty when the last paragraph
    is not a block of labelled lines (other tools' text, usually)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    split = text.rfind("\n\n")
    head, tail = (text[:split], text[split + 2:]) if split >= 0 else ("", text)
    fields = _read_block(tail)
    if not fields:
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
    uncodable = uncodable_themes(guids.session)
    stack: list[tuple[int, ET.Element]] = [(-1, codes)]
    for node in nodes:
        while stack[-1][0] >= node.depth:
            stack.pop()
        code = _code(stack[-1][1], node.theme, guids.guid("theme", node.theme.id),
                     (notes or {}).get(node.theme.id, []), node.theme.id not in uncodable)
        stack.append((node.depth, code))
    return codes


def _code(parent: ET.Element, theme: Theme, guid: str, notes: list[str],
          codable: bool) -> ET.Element:
    color = theme.color if COLOR.match(theme.color) and \
        _color(theme.color) != DEFAULT_COLOR else None
    code = xmlio.element(parent, "Code", guid=guid, name=xmlio.xml_text(theme.name_en),
                         isCodable="true" if codable else "false", color=color)
    code.set(xmlio.OUR_ID, theme.id)
    description = pack_description(theme)
    if description:
        xmlio.element(code, "Description", description)
    for note in notes:
        xmlio.element(code, "NoteRef", targetGUID=note)
    return code


# --- reading ------------------------------------------------------------------------------


def parse_codes(codes: ET.Element, namespace: str,
                ours: dict[ET.Element, dict[str, str]] | None = None) -> list[ParsedCode]:
    """The code tree; ``ours`` holds the Fieldvault attributes taken off before validation."""
    return [_parse_code(c, namespace, ours or {})
            for c in xmlio.children(codes, namespace, "Code")]


def _parse_code(node: ET.Element, namespace: str,
                ours: dict[ET.Element, dict[str, str]]) -> ParsedCode:
    return ParsedCode(
        guid=normalise_guid(node.get("guid", "")), name=node.get("name", "").strip(),
        color=node.get("color"), description=xmlio.child_text(node, namespace, "Description"),
        notes=[normalise_guid(n.get("targetGUID", ""))
               for n in xmlio.children(node, namespace, "NoteRef")],
        children=[_parse_code(c, namespace, ours)
                  for c in xmlio.children(node, namespace, "Code")],
        codable=node.get("isCodable", "true").strip() not in ("false", "0"),
        theme_id=ours.get(node, {}).get(xmlio.OUR_ID, ""))


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


# --- themes from codes ----------------------------------------------------------------------


def theme_from_code(code: ParsedCode, parent_id: str | None, taken: set[str],
                    position: int) -> Theme:
    definition, fields = unpack_description(code.description)
    wanted = code.theme_id or fields.get("id", "")
    theme_id = wanted if THEME_ID.match(wanted) and wanted not in taken else \
        new_theme_id(code.name, code.guid, parent_id, taken)
    refs = [r for r in fields.get("refs", "").split("; ") if r]
    theme = Theme(id=theme_id, parent_id=parent_id, name_en=code.name or "(unnamed code)",
                  name_ko=fields.get("name_ko", ""), name_ru=fields.get("name_ru", ""),
                  definition=definition.strip(), include_note=fields.get("include_note", ""),
                  exclude_note=fields.get("exclude_note", ""), example=fields.get("example", ""),
                  refs=json.dumps(refs, ensure_ascii=False), color=_color(code.color),
                  position=position)
    set_translations(theme, {name: fields.get(name) for name in TRANSLATED})
    return theme


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


def uncodable_themes(session: Session) -> set[str]:
    """Ids of the themes that came in marked ``isCodable="false"`` (written back that way)."""
    meta = session.get(Meta, UNCODABLE_KEY)
    return set(json.loads(meta.value)) if meta else set()


def remember_uncodable(session: Session, theme_ids: list[str]) -> None:
    if not theme_ids:
        return
    meta = session.get(Meta, UNCODABLE_KEY)
    known = set(json.loads(meta.value)) if meta else set()
    value = json.dumps(sorted(known | set(theme_ids)))
    if meta is None:
        session.add(Meta(key=UNCODABLE_KEY, value=value))
    else:
        meta.value = value
        session.add(meta)
