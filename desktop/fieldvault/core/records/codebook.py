"""The codebook: a tree of themes with definitions and report references.

Every change is audited and also written to ``codebook_changes`` in words, so a researcher
can read what happened to the codebook over time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldvault.core import palette
from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.store.models import AudioCoding, CodebookChange, Coding, Meta, Theme

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

ON_CODINGS = ("refuse", "delete", "move")


@dataclass(frozen=True)
class ThemeNode:
    theme: Theme
    depth: int
    codings: int  # codings of this theme itself
    total: int  # including every descendant


#: Theme columns with translations -> their codebook keys; each has ``_ko`` and ``_ru`` columns.
TEXTS = {"definition": "definition", "include_note": "include", "exclude_note": "exclude",
         "example": "example"}
LANGUAGES = ("ko", "ru")
TRANSLATIONS = tuple(f"{column}_{lang}" for column in TEXTS for lang in LANGUAGES)
EDITABLE = (*TEXTS, *TRANSLATIONS)


def theme_from_seed(item: dict[str, Any], position: int) -> Theme:
    names = item.get("name", {})
    theme = Theme(id=item["id"], parent_id=item.get("parent"), name_en=names.get("en", item["id"]),
                  name_ko=names.get("ko", ""), name_ru=names.get("ru", ""),
                  definition=item.get("definition", ""), include_note=item.get("include", ""),
                  exclude_note=item.get("exclude", ""), example=item.get("example", ""),
                  refs=json.dumps(item.get("refs", [])), color=item.get("color", "#999999"),
                  position=position)
    set_translations(theme, {f"{column}_{lang}": item.get(f"{key}_{lang}")
                             for column, key in TEXTS.items() for lang in LANGUAGES})
    return theme


def set_translations(theme: Theme, values: dict[str, Any]) -> None:
    """Set the translation columns named in ``values``; empty or non-text means missing."""
    for field in TRANSLATIONS:
        if field in values:
            value = values[field]
            setattr(theme, field, value.strip() or None if isinstance(value, str) else None)


def theme_to_seed(theme: Theme) -> dict[str, Any]:
    """The theme as a codebook entry; translations that are missing are left out."""
    seed: dict[str, Any] = {
        "id": theme.id, "parent": theme.parent_id,
        "name": {"en": theme.name_en, "ko": theme.name_ko, "ru": theme.name_ru},
        "definition": theme.definition, "include": theme.include_note,
        "exclude": theme.exclude_note, "example": theme.example,
        "refs": json.loads(theme.refs), "color": theme.color}
    for column, key in TEXTS.items():
        for lang in LANGUAGES:
            value = getattr(theme, f"{column}_{lang}")
            if value:
                seed[f"{key}_{lang}"] = value
    return seed


def localized(theme: Theme, column: str, lang: str) -> str:
    """The theme's ``column`` text (e.g. "definition") in ``lang``, or English if missing."""
    translated = getattr(theme, f"{column}_{lang}") if lang in LANGUAGES else None
    return str(translated or getattr(theme, column))


class CodebookService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- loading and exporting ------------------------------------------------------------

    def load_seed(self, data: dict[str, Any] | None = None) -> int:
        """Load the report's codebook (or ``data``) into an empty codebook; return the count."""
        from fieldvault.core.records import seeds

        data = data if data is not None else seeds.load_codebook()
        with self.vault.write("codebook.load", "codebook", data) as session:
            if session.exec(select(Theme)).first() is not None:
                raise Refused("This vault already has a codebook; import merges instead.")
            return self._insert_all(session, data)

    def _insert_all(self, session: Session, data: dict[str, Any]) -> int:
        for position, item in enumerate(_parents_first(data["themes"])):
            theme = theme_from_seed(item, position)
            session.add(theme)
            session.flush()
        spread_colors(session)
        session.merge(Meta(key="codebook", value=json.dumps(
            {"id": data.get("codebook_id"), "version": data.get("version")})))
        _log(session, self.vault.actor_name, "load", "*", f"loaded {len(data['themes'])} themes")
        return len(data["themes"])

    def as_document(self) -> dict[str, Any]:
        """The codebook in the seed format (validates against codebook.schema.json)."""
        with self.vault.session() as session:
            meta = session.get(Meta, "codebook")
            info = json.loads(meta.value) if meta else {}
            themes = [theme_to_seed(n.theme) for n in _tree(session)]
        return {"codebook_id": info.get("id") or "fieldvault", "version": info.get("version") or 1,
                "title": "Fieldvault codebook", "source": "exported from a Fieldvault vault",
                "themes": themes}

    # --- reading --------------------------------------------------------------------------

    def tree(self) -> list[ThemeNode]:
        """Themes depth-first in position order, with coding counts."""
        with self.vault.session() as session:
            return _tree(session)

    def get(self, theme_id: str) -> Theme:
        with self.vault.session() as session:
            return _get(session, theme_id)

    def changelog(self) -> list[CodebookChange]:
        with self.vault.session() as session:
            return list(session.exec(select(CodebookChange).order_by(col(CodebookChange.seq))))

    # --- editing --------------------------------------------------------------------------

    def add(self, theme_id: str, name_en: str, parent: str | None = None,
            **fields: str) -> Theme:
        if not theme_id or not name_en.strip():
            raise InputError("A theme needs an id and an English name.")
        with self.vault.write("theme.add", f"theme:{theme_id}", [parent, name_en]) as session:
            if session.get(Theme, theme_id) is not None:
                raise InputError(f"A theme with id '{theme_id}' already exists.")
            if parent is not None:
                _get(session, parent)
            position = int(session.exec(select(func.count()).select_from(Theme)).one())
            if "color" not in fields:
                fields = {**fields, "color": _fresh_color(session, parent)}
            theme = Theme(id=theme_id, parent_id=parent, name_en=name_en, position=position,
                          **fields)
            session.add(theme)
            session.flush()
            _log(session, self.vault.actor_name, "add", theme_id, f"added '{name_en}'")
        return theme

    def rename(self, theme_id: str, en: str | None = None, ko: str | None = None,
               ru: str | None = None) -> Theme:
        names = {"name_en": en, "name_ko": ko, "name_ru": ru}
        with self.vault.write("theme.rename", f"theme:{theme_id}", names) as session:
            theme = _get(session, theme_id)
            old = theme.name_en
            for field, value in names.items():
                if value is not None:
                    setattr(theme, field, value)
            session.add(theme)
            _log(session, self.vault.actor_name, "rename", theme_id,
                 f"renamed '{old}' to '{theme.name_en}'")
        return theme

    def edit(self, theme_id: str, **texts: str | None) -> Theme:
        """Set the definition, notes, example or their translations (keys: :data:`EDITABLE`).

        ``None`` leaves a field as it is; an empty translation is stored as missing (the English
        text is shown instead).
        """
        unknown = sorted(set(texts) - set(EDITABLE))
        if unknown:
            raise InputError(f"A theme has no text field '{unknown[0]}'.")
        with self.vault.write("theme.edit", f"theme:{theme_id}", texts) as session:
            theme = _get(session, theme_id)
            set_translations(theme, {k: v for k, v in texts.items()
                                     if k in TRANSLATIONS and v is not None})
            for field, value in texts.items():
                if field not in TRANSLATIONS and value is not None:
                    setattr(theme, field, value)
            session.add(theme)
            _log(session, self.vault.actor_name, "edit", theme_id,
                 "edited " + ", ".join(sorted(texts)))
        return theme

    def set_color(self, theme_id: str, color: str) -> Theme:
        """Give one theme its own colour (``#rrggbb``); codings show it everywhere."""
        if not palette.is_color(color):
            raise InputError(f"'{color}' is not a colour; write it as #rrggbb.")
        with self.vault.write("theme.color", f"theme:{theme_id}", color) as session:
            theme = _get(session, theme_id)
            old, theme.color = theme.color, color.lower()
            session.add(theme)
            _log(session, self.vault.actor_name, "color", theme_id,
                 f"colour {old} changed to {theme.color}")
        return theme

    def move(self, theme_id: str, new_parent: str | None) -> Theme:
        with self.vault.write("theme.move", f"theme:{theme_id}", new_parent) as session:
            theme = _get(session, theme_id)
            if new_parent is not None and theme_id in _ancestors(session, new_parent):
                raise Refused(f"Theme '{theme_id}' cannot move under its own descendant.")
            old = theme.parent_id
            theme.parent_id = new_parent
            session.add(theme)
            _log(session, self.vault.actor_name, "move", theme_id,
                 f"moved from '{old or '(top)'}' to '{new_parent or '(top)'}'")
        return theme

    def merge(self, source: str, survivor: str) -> int:
        """Move the codings and children of ``source`` to ``survivor``, then delete it."""
        if source == survivor:
            raise InputError("A theme cannot be merged into itself.")
        with self.vault.write("theme.merge", f"theme:{source}", survivor) as session:
            _get(session, source)
            if source in _ancestors(session, survivor):
                raise Refused(f"'{source}' cannot merge into its own descendant.")
            moved = _reassign(session, source, survivor)
            self._remove(session, source, survivor)
            _log(session, self.vault.actor_name, "merge", source,
                 f"merged into '{survivor}' ({moved} codings moved)")
        return moved

    def delete(self, theme_id: str, on_codings: str = "refuse",
               move_to: str | None = None) -> int:
        """Delete a theme; children move up to its parent.

        ``on_codings``: ``refuse`` (default) while codings exist, ``delete`` them, or
        ``move`` them to ``move_to``. Returns the number of codings affected.
        """
        if on_codings not in ON_CODINGS or (on_codings == "move") != (move_to is not None):
            raise InputError("Choose refuse, delete, or move with a target theme.")
        with self.vault.write("theme.delete", f"theme:{theme_id}", on_codings) as session:
            theme = _get(session, theme_id)
            count = _count(session, theme_id)
            if count and on_codings == "refuse":
                raise Refused(f"Theme '{theme_id}' still has {count} codings; choose to delete "
                              "them or move them to another theme.")
            if on_codings == "move" and move_to is not None:
                _get(session, move_to)
                _reassign(session, theme_id, move_to)
            else:
                for coding in session.exec(select(Coding).where(Coding.theme_id == theme_id)):
                    session.delete(coding)
                for segment in session.exec(select(AudioCoding)
                                            .where(AudioCoding.theme_id == theme_id)):
                    session.delete(segment)
            self._remove(session, theme_id, theme.parent_id)
            _log(session, self.vault.actor_name, "delete", theme_id,
                 f"deleted; {count} codings {on_codings}d")
        return count

    def _remove(self, session: Session, theme_id: str, heir: str | None) -> None:
        for child in session.exec(select(Theme).where(Theme.parent_id == theme_id)):
            child.parent_id = heir
            session.add(child)
        session.flush()
        session.delete(_get(session, theme_id))


def _tree(session: Session) -> list[ThemeNode]:
    themes = list(session.exec(select(Theme).order_by(col(Theme.position))))
    counts: dict[str, int] = dict(session.exec(
        select(Coding.theme_id, func.count()).group_by(col(Coding.theme_id))).all())
    children: dict[str | None, list[Theme]] = {}
    for theme in themes:
        children.setdefault(theme.parent_id, []).append(theme)
    out: list[ThemeNode] = []

    def walk(parent: str | None, depth: int) -> int:
        total = 0
        for theme in children.get(parent, []):
            index = len(out)
            out.append(ThemeNode(theme, depth, counts.get(theme.id, 0), 0))
            subtotal = counts.get(theme.id, 0) + walk(theme.id, depth + 1)
            out[index] = ThemeNode(theme, depth, counts.get(theme.id, 0), subtotal)
            total += subtotal
        return total

    walk(None, 0)
    return out


def spread_colors(session: Session) -> int:
    """Give every theme that shares its colour with an earlier one a shade of its own."""
    nodes = _tree(session)
    changed = palette.spread([(n.theme.id, n.theme.color) for n in nodes])
    for node in nodes:
        if node.theme.id in changed:
            node.theme.color = changed[node.theme.id]
            session.add(node.theme)
    return len(changed)


def _fresh_color(session: Session, parent: str | None) -> str:
    used = [t.color for t in session.exec(select(Theme))]
    return palette.fresh(_get(session, parent).color if parent else None, used)


def descendants(session: Session, theme_ids: list[str]) -> set[str]:
    """The given themes and every theme below them in the tree."""
    children: dict[str | None, list[str]] = {}
    for theme in session.exec(select(Theme)):
        children.setdefault(theme.parent_id, []).append(theme.id)
    out: set[str] = set()
    stack = list(theme_ids)
    while stack:
        current = stack.pop()
        if current not in out:
            out.add(current)
            stack.extend(children.get(current, []))
    return out


def _get(session: Session, theme_id: str) -> Theme:
    theme = session.get(Theme, theme_id)
    if theme is None:
        raise NotFound(f"There is no theme '{theme_id}' in this vault's codebook.")
    return theme


def _ancestors(session: Session, theme_id: str) -> set[str]:
    seen: set[str] = set()
    current: str | None = theme_id
    while current is not None and current not in seen:
        seen.add(current)
        current = _get(session, current).parent_id
    return seen


def _count(session: Session, theme_id: str) -> int:
    query = select(func.count()).select_from(Coding).where(Coding.theme_id == theme_id)
    audio = (select(func.count()).select_from(AudioCoding)
             .where(AudioCoding.theme_id == theme_id))
    return int(session.exec(query).one()) + int(session.exec(audio).one())


def _reassign(session: Session, source: str, target: str) -> int:
    codings = list(session.exec(select(Coding).where(Coding.theme_id == source)))
    for coding in codings:
        coding.theme_id = target
        session.add(coding)
    segments = list(session.exec(select(AudioCoding).where(AudioCoding.theme_id == source)))
    for segment in segments:
        segment.theme_id = target
        session.add(segment)
    return len(codings) + len(segments)


def _parents_first(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    done: set[str | None] = {None}
    ordered: list[dict[str, Any]] = []
    pending = list(items)
    while pending:
        ready = [i for i in pending if i.get("parent") in done]
        if not ready:
            raise InputError("The codebook has a theme whose parent is missing or circular.")
        for item in ready:
            ordered.append(item)
            done.add(item["id"])
        pending = [i for i in pending if i["id"] not in done]
    return ordered


def _log(session: Session, actor: str, action: str, theme_id: str, detail: str) -> None:
    session.add(CodebookChange(actor=actor, action=action, theme_id=theme_id, detail=detail))
