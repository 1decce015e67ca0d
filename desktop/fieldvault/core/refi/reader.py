"""Reading ``.qdpx`` and ``.qdc`` files into plain records, every check done before import.

A file is read whole into memory (nothing is unpacked to disk), parsed safely, stripped of
vendor extensions (with a notice), validated against the standard's XSD, and then checked for
what the XSD cannot say: source files present and UTF-8, selections inside their text, GUIDs
not reused. Anything wrong raises one :class:`~fieldvault.core.errors.InputError` sentence.
Audio sources are read with their audio selections (coded time spans, see :mod:`.audio`).
Parts Fieldvault does not hold (pictures, PDFs, video, sets, links, graphs) are
skipped with a notice, as REFI-QDA 1.5 §7 asks importers to tell what they discard.
"""

from __future__ import annotations

import json
import struct
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from fieldvault.core.errors import InputError, excerpt
from fieldvault.core.refi import xmlio
from fieldvault.core.refi.audio import AudioIn, AudioSelectionIn
from fieldvault.core.refi.codes import ParsedCode, check_unique, parse_codes
from fieldvault.core.refi.guids import derived, normalise_guid
from fieldvault.core.refi.positions import PositionMap, decode_source
from fieldvault.core.refi.xmlio import CODEBOOK_NS, PROJECT_NS

MAX_QDE = 256 * 2**20
MAX_SOURCE = 64 * 2**20
MAX_ENTRIES = 100_000
INTERNAL = "internal://"
SKIPPED_SOURCES = {"PictureSource": "picture", "PDFSource": "PDF", "AudioSource": "audio",
                   "VideoSource": "video"}


@dataclass
class CodingIn:
    guid: str
    code: str
    user: str | None
    notes: list[str] = field(default_factory=list)


@dataclass
class SelectionIn:
    """A coded span, already mapped onto the normalised text (see :mod:`.positions`)."""

    guid: str
    start: int
    end: int
    codings: list[CodingIn] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    description: str = ""


@dataclass
class SourceIn:
    guid: str
    name: str
    text: str  # normalised: NFC, LF
    user: str | None
    selections: list[SelectionIn] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class CaseIn:
    guid: str
    name: str
    description: str
    sources: list[str]
    values: dict[str, Any]


@dataclass
class NoteIn:
    guid: str
    text: str
    user: str | None


@dataclass
class ProjectIn:
    file: str
    users: dict[str, str]
    codes: list[ParsedCode]
    sources: list[SourceIn]
    cases: list[CaseIn]
    notes: dict[str, NoteIn]
    notices: list[str]
    audio: list[AudioIn] = field(default_factory=list)


# --- codebooks ------------------------------------------------------------------------------


def read_qdc(path: Path) -> tuple[list[ParsedCode], list[str]]:
    """The codes of a ``.qdc`` file and the notices about what was ignored."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path.name}: {exc.strerror}.") from exc
    root, ours, notices = _checked_root(data, CODEBOOK_NS, path.name)
    codes_el = xmlio.child(root, CODEBOOK_NS, "Codes")
    codes = parse_codes(codes_el, CODEBOOK_NS, ours) if codes_el is not None else []
    check_unique(codes, path.name)
    if xmlio.child(root, CODEBOOK_NS, "Sets") is not None:
        notices.append("Ignored the code sets (Fieldvault has no sets).")
    return codes, notices


def _checked_root(data: bytes, namespace: str, where: str) -> tuple[
        ET.Element, dict[ET.Element, dict[str, str]], list[str]]:
    """The validated root, Fieldvault's own extension attributes, and notices."""
    root = xmlio.parse(data, where)
    xmlio.check_root(root, namespace, where)
    ours = xmlio.take_ours(root)
    notices = xmlio.strip_foreign(root, namespace, where)
    notices += xmlio.drop_empty_containers(root, namespace)
    xmlio.validate(root, namespace, where)
    return root, ours, notices


# --- projects -------------------------------------------------------------------------------


def _shown(name: str) -> str:
    """A file name for a notice (not an error): whole, quoted, line breaks and quotes escaped."""
    return json.dumps(name, ensure_ascii=False)


def read_qdpx(path: Path) -> ProjectIn:
    archive = _Archive(path)
    where = f"{path.name}: {excerpt(archive.qde.filename)}"
    root, ours, notices = _checked_root(archive.read(archive.qde, MAX_QDE), PROJECT_NS, where)
    return _Reader(path.name, archive, notices, ours).project(root)


# What the zipfile module raises on a damaged archive, besides OSError from a bad offset.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError,
            ValueError, struct.error)


class _Archive:
    """The entries of a ZIP, read into memory on demand with size limits."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        try:
            self.zip = zipfile.ZipFile(path)
        except _DAMAGED as exc:
            raise InputError(f"{path.name} is not a QDPX file: it is not a ZIP archive or "
                             "it is damaged.") from exc
        except OSError as exc:
            raise InputError(f"Cannot read {path.name}: {exc.strerror}.") from exc
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise InputError(f"{path.name} holds more than {MAX_ENTRIES} files.")
        self.entries = {i.filename.replace("\\", "/").lower(): i
                        for i in infos if not i.is_dir()}
        self.qde = self._project_entry()

    def _project_entry(self) -> zipfile.ZipInfo:
        if "project.qde" in self.entries:
            return self.entries["project.qde"]
        roots = [i for n, i in self.entries.items() if "/" not in n and n.endswith(".qde")]
        if len(roots) != 1:
            raise InputError(f"{self.name} has no project.qde inside, so it is not a REFI-QDA "
                             "project.")
        return roots[0]

    def read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        entry = excerpt(info.filename)
        too_big = InputError(f"{self.name}: {entry} is larger than the limit of {limit:,} bytes.")
        if info.file_size > limit:
            raise too_big
        try:
            with self.zip.open(info) as handle:
                data = handle.read(limit + 1)
        except (*_DAMAGED, OSError) as exc:  # OSError: a seek outside the file
            raise InputError(f"{self.name}: {entry} is damaged or cannot be unpacked "
                             f"({type(exc).__name__}).") from exc
        if len(data) > limit:
            raise too_big
        return data

    def source(self, path: str) -> zipfile.ZipInfo | None:
        return self.entries.get("sources/" + path[len(INTERNAL):].lower())

    def named_source(self, path: str) -> zipfile.ZipInfo | None:
        """The entry under ``sources/`` that a path without ``internal://`` names: the same
        relative path (``x.txt``, ``sources/x.txt``, ``./sources/x.txt``), else the one entry
        there with that file name (``C:\\Export\\x.txt``, ``file:///home/me/x.txt``)."""
        clean = path.replace("\\", "/").strip().lower()
        relative = clean.removeprefix("./").removeprefix("sources/")
        found = self.entries.get("sources/" + relative)
        if found is not None:
            return found
        base = clean.rpartition("/")[2]
        named = [i for n, i in self.entries.items()
                 if n.startswith("sources/") and n.rpartition("/")[2] == base]
        return named[0] if base and len(named) == 1 else None


class _Reader:
    def __init__(self, file: str, archive: _Archive, notices: list[str],
                 ours: dict[ET.Element, dict[str, str]]) -> None:
        self.file, self.archive, self.notices, self.ours = file, archive, notices, ours
        self.variables: dict[str, tuple[str, str]] = {}
        self.skipped: Counter[str] = Counter()
        self.audio: list[AudioIn] = []

    def project(self, root: ET.Element) -> ProjectIn:
        users = {normalise_guid(u.get("guid", "")): u.get("name") or ""
                 for u in self._all(root, "Users", "User")}
        codebook = xmlio.child(root, PROJECT_NS, "CodeBook")
        codes_el = xmlio.child(codebook, PROJECT_NS, "Codes") if codebook is not None else None
        codes = parse_codes(codes_el, PROJECT_NS, self.ours) if codes_el is not None else []
        check_unique(codes, self.file)
        self.variables = {normalise_guid(v.get("guid", "")): (v.get("name", ""),
                                                              v.get("typeOfVariable", "Text"))
                          for v in self._all(root, "Variables", "Variable")}
        notes = {n.guid: n for n in map(self._note, self._all(root, "Notes", "Note")) if n}
        sources = self._sources(root)
        cases = [self._case(c) for c in self._all(root, "Cases", "Case")]
        self._skipped_parts(root)
        return ProjectIn(self.file, users, codes, sources, cases, notes, self.notices,
                         self.audio)

    def _all(self, root: ET.Element, holder: str, name: str) -> list[ET.Element]:
        parent = xmlio.child(root, PROJECT_NS, holder)
        return [] if parent is None else xmlio.children(parent, PROJECT_NS, name)

    def _skipped_parts(self, root: ET.Element) -> None:
        for kind, count in self.skipped.items():
            self.notices.append(f"Skipped {count} {kind}: Fieldvault imports plain-text "
                                "sources only.")
        for holder, what in (("Sets", "sets"), ("Links", "links"), ("Graphs", "graphs")):
            if xmlio.child(root, PROJECT_NS, holder) is not None:
                self.notices.append(f"Ignored the project's {what} (Fieldvault has none).")
        if xmlio.children(root, PROJECT_NS, "NoteRef"):
            self.notices.append("Ignored notes on the project as a whole (memos in Fieldvault "
                                "belong to a case, theme or coding).")

    # --- sources ------------------------------------------------------------------------

    def _sources(self, root: ET.Element) -> list[SourceIn]:
        holder = xmlio.child(root, PROJECT_NS, "Sources")
        out: list[SourceIn] = []
        seen: set[str] = set()
        coding_guids: set[str] = set()
        for node in [] if holder is None else list(holder):
            kind = xmlio.local_name(node.tag)
            if kind == "AudioSource":
                self.audio.append(self._audio_source(node))
                continue
            if kind != "TextSource":
                self.skipped[f"{SKIPPED_SOURCES.get(kind, kind)} source(s)"] += 1
                continue
            source = self._text_source(node)
            if source is None:
                continue
            if source.guid in seen:
                raise InputError(f"{self.file} uses the source GUID {source.guid} twice.")
            seen.add(source.guid)
            self._unique_codings(source, coding_guids)
            out.append(source)
        return out

    def _unique_codings(self, source: SourceIn, seen: set[str]) -> None:
        for selection in source.selections:
            for coding in selection.codings:
                if coding.guid in seen:
                    raise InputError(f"{self.file} uses the coding GUID {coding.guid} twice.")
                seen.add(coding.guid)

    def _text_source(self, node: ET.Element) -> SourceIn | None:
        guid = normalise_guid(node.get("guid", ""))
        name = node.get("name") or f"Source {guid[:8]}"
        raw = self._plain_text(node, f"source '{name}'")
        if raw is None:
            return None
        if not raw.strip():
            self.notices.append(f"Skipped source '{name}': its text is empty.")
            return None
        positions = PositionMap(raw)
        source = SourceIn(guid, name, positions.text, _user(node),
                          notes=_refs(node, "NoteRef"), values=self._values(node))
        for selection in xmlio.children(node, PROJECT_NS, "PlainTextSelection"):
            mapped = self._selection(selection, positions, name)
            if mapped is not None:
                source.selections.append(mapped)
        whole = [self._coding(c) for c in xmlio.children(node, PROJECT_NS, "Coding")]
        if whole:
            source.selections.append(SelectionIn(derived("whole", guid), 0, len(positions.text),
                                                 whole))
        return source

    def _audio_source(self, node: ET.Element) -> AudioIn:
        guid = normalise_guid(node.get("guid", ""))
        name = node.get("name") or f"Recording {guid[:8]}"
        path = node.get("path", "")
        info = self.archive.source(path) if path.lower().startswith(INTERNAL) else None
        if path and info is None:
            self.notices.append(f"Audio source {_shown(name)}: its recording is not inside the "
                                f"file ({_shown(path)}).")
        audio = AudioIn(guid, name, info.filename if info else None)
        for selection in xmlio.children(node, PROJECT_NS, "AudioSelection"):
            begin, end = int(selection.get("begin", "0")), int(selection.get("end", "0"))
            selection_guid = normalise_guid(selection.get("guid", ""))
            if not 0 <= begin < end:
                raise InputError(f"{self.file}: audio selection {selection_guid} in "
                                 f"{_shown(name)} spans {begin}-{end} ms; its end must come "
                                 "after its start.")
            audio.selections.append(AudioSelectionIn(
                selection_guid, begin, end,
                [self._coding(c) for c in xmlio.children(selection, PROJECT_NS, "Coding")]))
        if xmlio.children(node, PROJECT_NS, "Coding"):
            self.notices.append(f"Ignored codes applied to the whole recording {_shown(name)} "
                                "(Fieldvault codes spans of a recording).")
        return audio

    def _plain_text(self, node: ET.Element, what: str) -> str | None:
        """The text of a TextSource or Note: inline, or a file inside the archive."""
        content = xmlio.child(node, PROJECT_NS, "PlainTextContent")
        if content is not None:
            return content.text or ""
        path = node.get("plainTextPath", "")
        if path.lower().startswith(INTERNAL):
            return self._source_file(path, what)
        inside = self.archive.named_source(path) if path else None
        if inside is not None:
            self.notices.append(f"Read {what} from {_shown(inside.filename)}: its plainTextPath "
                                f"({_shown(path)}) lacks internal:// but names that file.")
            return self._decoded(inside)
        if path:
            self.notices.append(f"Skipped {what}: its text is outside the file ({_shown(path)}).")
        else:
            self.notices.append(f"Skipped {what}: it has no plain-text version.")
        return None

    def _source_file(self, path: str, what: str) -> str:
        info = self.archive.source(path)
        if info is None:
            named = excerpt("sources/" + path[len(INTERNAL):])
            raise InputError(f"{self.file}: {what} names {named}, which is not in the archive.")
        return self._decoded(info)

    def _decoded(self, info: zipfile.ZipInfo) -> str:
        try:
            return decode_source(self.archive.read(info, MAX_SOURCE))
        except UnicodeDecodeError as exc:
            raise InputError(f"{self.file}: {excerpt(info.filename)} is not UTF-8 text (byte "
                             f"{exc.start}).") from exc

    def _selection(self, node: ET.Element, positions: PositionMap,
                   name: str) -> SelectionIn | None:
        guid = normalise_guid(node.get("guid", ""))
        start, end = int(node.get("startPosition", "0")), int(node.get("endPosition", "0"))
        if not 0 <= start <= end <= len(positions.raw):
            raise InputError(f"{self.file}: selection {guid} in source '{name}' spans "
                             f"{start}-{end}, outside its text of {len(positions.raw)} "
                             "characters.")
        new_start, new_end = positions(start), positions(end)
        if new_start >= new_end:
            self.notices.append(f"Skipped selection {guid} in source '{name}': it covers no "
                                "text.")
            return None
        return SelectionIn(guid, new_start, new_end,
                           [self._coding(c) for c in xmlio.children(node, PROJECT_NS, "Coding")],
                           _refs(node, "NoteRef"),
                           xmlio.child_text(node, PROJECT_NS, "Description").strip())

    def _coding(self, node: ET.Element) -> CodingIn:
        code_ref = xmlio.child(node, PROJECT_NS, "CodeRef")
        code = normalise_guid(code_ref.get("targetGUID", "")) if code_ref is not None else ""
        return CodingIn(normalise_guid(node.get("guid", "")), code, _user(node),
                        _refs(node, "NoteRef"))

    # --- notes, cases, variables --------------------------------------------------------

    def _note(self, node: ET.Element) -> NoteIn | None:
        guid = normalise_guid(node.get("guid", ""))
        body = self._plain_text(node, f"note '{node.get('name') or guid}'")
        description = xmlio.child_text(node, PROJECT_NS, "Description").strip()
        text = "\n\n".join(t for t in (description, (body or "").strip()) if t)
        return NoteIn(guid, text, _user(node)) if text else None

    def _case(self, node: ET.Element) -> CaseIn:
        guid = normalise_guid(node.get("guid", ""))
        for ref, what in (("CodeRef", "codes applied to cases"),
                          ("SelectionRef", "selections linked to cases")):
            if xmlio.children(node, PROJECT_NS, ref):
                self.notices.append(f"Ignored {what} (case '{node.get('name') or guid}').")
        return CaseIn(guid, node.get("name") or "",
                      xmlio.child_text(node, PROJECT_NS, "Description").strip(),
                      _refs(node, "SourceRef"), self._values(node))

    def _values(self, node: ET.Element) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for holder in xmlio.children(node, PROJECT_NS, "VariableValue"):
            ref = _refs(holder, "VariableRef")
            variable = self.variables.get(ref[0]) if ref else None
            value_node = next((c for c in holder if xmlio.local_name(c.tag) != "VariableRef"),
                              None)
            if variable is None or value_node is None:
                self.notices.append("Ignored a variable value whose variable is not defined.")
                continue
            values[variable[0]] = _value(xmlio.local_name(value_node.tag), value_node.text or "")
        return values


def _value(kind: str, text: str) -> Any:
    text = text.strip() if kind != "TextValue" else text
    if kind == "BooleanValue":
        return text in ("true", "1")
    if kind == "IntegerValue":
        return int(text)
    if kind == "FloatValue":
        return float(Decimal(text))
    return text


def _refs(node: ET.Element, name: str) -> list[str]:
    return [normalise_guid(r.get("targetGUID", "")) for r in xmlio.children(node, PROJECT_NS, name)]


def _user(node: ET.Element) -> str | None:
    value = node.get("creatingUser")
    return normalise_guid(value) if value else None
