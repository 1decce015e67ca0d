"""Which theme a file's code stands for: by GUID, then by path of names, then by name.

A file that left Fieldvault, was opened in another tool and saved again usually comes back
with new GUIDs. So a code whose GUID the vault does not know is matched by its path of names
(a code named like a child of the theme its parent matched, or a root code named like a root
theme), and failing that by its name alone (one theme anywhere with that name). A name-only
match can be wrong (two tools' "Other"), so it is only a proposal: :func:`plan_codes` lists
it, and the caller merges it only when the user agreed (``accept_names``). Names are compared
after NFC, case folding and collapsing white space.

A theme matched by path or name remembers the code's GUID when it has none stored yet (see
:meth:`.GuidMap.remember`), so the next import of the same file matches it by GUID.
:func:`plan_codes` is pure planning; :func:`merge_codes` writes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import Session, select

from fieldvault.core.errors import InputError
from fieldvault.core.refi.codes import ParsedCode, remember_uncodable, theme_from_code, walk
from fieldvault.core.refi.guids import GuidMap
from fieldvault.core.refi.reader import read_qdc, read_qdpx
from fieldvault.core.store.models import CodebookChange, Theme

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

NEW = "new:"  # prefix of the placeholder id of a code that will become a new theme
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class NameMatch:
    """A code that matches an existing theme by name only; merged once the user agrees."""

    code_guid: str
    code_path: str  # the code's path of names in the file, "Work / Quota"
    theme_id: str
    theme_path: str  # the theme's path of English names in the vault

    def line(self) -> str:
        return f"{self.code_path} -> {self.theme_path} ({self.theme_id})"


class NameMatchesNeedAnswer(InputError):
    """Some codes match themes by name only and nobody said whether to merge them."""

    def __init__(self, file: str, matches: list[NameMatch]) -> None:
        first = matches[0]
        more = f" and {len(matches) - 1} more" if len(matches) > 1 else ""
        super().__init__(f"{file}: {len(matches)} codes match existing themes by name only "
                         f"('{first.code_path}' -> '{first.theme_path}'{more}); confirm to "
                         "merge them, or import them as new themes.")
        self.matches = matches


@dataclass
class ThemePlan:
    """GUID -> theme id (or a ``new:`` placeholder) for every code; how each was matched."""

    themes: dict[str, str] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)  # GUID -> guid, path, name or new
    name_matches: list[NameMatch] = field(default_factory=list)


def proposed_name_matches(vault: Vault, path: Path) -> list[NameMatch]:
    """The name-only matches importing ``path`` (.qdpx or .qdc) would need agreement for."""
    if path.suffix.lower() == ".qdpx":
        codes = read_qdpx(path).codes
    elif path.suffix.lower() == ".qdc":
        codes = read_qdc(path)[0]
    else:
        return []
    return name_matches(vault, codes)


def name_matches(vault: Vault, codes: list[ParsedCode]) -> list[NameMatch]:
    with vault.session() as session:
        return plan_codes(session, GuidMap(session), codes, accept_names=True).name_matches


def check_answered(vault: Vault, codes: list[ParsedCode], file: str,
                   accept_names: bool | None) -> None:
    """Refuse (before anything is written) when name-only matches exist and nobody said
    whether to merge them."""
    if accept_names is None:
        found = name_matches(vault, codes)
        if found:
            raise NameMatchesNeedAnswer(file, found)


def name_key(name: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip().casefold()


class _Themes:
    """The vault's themes by (parent, name) and by name, with placeholders added as planned."""

    def __init__(self, session: Session) -> None:
        rows = session.exec(select(Theme.id, Theme.parent_id, Theme.name_en)).all()
        self.parent = {theme_id: parent for theme_id, parent, _name in rows}
        self.name = {theme_id: name for theme_id, _parent, name in rows}
        self.children: dict[tuple[str | None, str], list[str]] = {}
        self.named: dict[str, list[str]] = {}
        for theme_id, parent, name in rows:
            self.children.setdefault((parent, name_key(name)), []).append(theme_id)
            self.named.setdefault(name_key(name), []).append(theme_id)

    def path(self, theme_id: str) -> str:
        names: list[str] = []
        current: str | None = theme_id
        while current is not None and len(names) < 100:
            names.append(self.name[current])
            current = self.parent.get(current)
        return " / ".join(reversed(names))

    def add_placeholder(self, placeholder: str, parent: str | None, name: str) -> None:
        self.children.setdefault((parent, name_key(name)), []).append(placeholder)


def plan_codes(session: Session, guids: GuidMap, codes: list[ParsedCode],
               accept_names: bool) -> ThemePlan:
    """Match every code of ``codes`` (parents first) to a theme, or plan a new one."""
    themes = _Themes(session)
    plan = ThemePlan()
    file_paths: dict[str, str] = {}
    for code, parent in walk(codes):
        parent_id = plan.themes[parent.guid] if parent is not None else None
        file_paths[code.guid] = (f"{file_paths[parent.guid]} / " if parent else "") + code.name
        how, theme_id = _match(code, parent_id, guids, themes)
        if how == "name":
            plan.name_matches.append(NameMatch(code.guid, file_paths[code.guid], theme_id,
                                               themes.path(theme_id)))
            if not accept_names:
                how, theme_id = "new", ""
        if how == "new":
            theme_id = NEW + code.guid
            themes.add_placeholder(theme_id, parent_id, code.name)
        plan.themes[code.guid], plan.how[code.guid] = theme_id, how
    return plan


def _match(code: ParsedCode, parent_id: str | None, guids: GuidMap,
           themes: _Themes) -> tuple[str, str]:
    known = guids.local("theme", code.guid)
    if known is not None:
        return "guid", known
    key = name_key(code.name)
    if not key:
        return "new", ""
    siblings = themes.children.get((parent_id, key), [])
    if len(siblings) == 1:
        return "path", siblings[0]
    named = themes.named.get(key, [])
    if len(named) == 1 and not siblings:
        return "name", named[0]
    return "new", ""


# --- merging --------------------------------------------------------------------------------


@dataclass
class CodeMerge:
    """Outcome of merging codes: GUID -> theme id for every code, and what was added."""

    themes: dict[str, str] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)
    present: int = 0
    by_name: list[str] = field(default_factory=list)  # ids of themes matched by name only


def merge_codes(vault: Vault, session: Session, guids: GuidMap, codes: list[ParsedCode],
                source: str, accept_names: bool = False) -> CodeMerge:
    """Map every code to a theme (:func:`plan_codes`); add the codes that match none."""
    plan = plan_codes(session, guids, codes, accept_names)
    result = CodeMerge()
    position = int(session.exec(select(func.count()).select_from(Theme)).one())
    taken = set(session.exec(select(Theme.id)).all())
    uncodable: list[str] = []
    for code, parent in walk(codes):
        planned, how = plan.themes[code.guid], plan.how[code.guid]
        if how != "new":
            result.themes[code.guid] = _resolved(planned, result)
            if how in ("path", "name"):
                guids.remember("theme", result.themes[code.guid], code.guid)
            result.present += not planned.startswith(NEW)
            if how == "name":
                result.by_name.append(planned)
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
        if not code.codable:
            uncodable.append(theme.id)
    remember_uncodable(session, uncodable)
    return result


def _resolved(planned: str, result: CodeMerge) -> str:
    """A planned theme id, with a placeholder (a code matched to a new sibling of the same
    name earlier in the file) replaced by the id that sibling got."""
    return result.themes[planned[len(NEW):]] if planned.startswith(NEW) else planned
