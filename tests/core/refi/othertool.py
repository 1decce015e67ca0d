"""What another QDA tool does to a project it opens and exports again, done to our .qdpx.

It gives every object a new GUID (upper case in braces, as MAXQDA and NVivo write them),
drops attributes of namespaces it does not know (our fv:id), renames the source files after
the new GUIDs and writes them with CRLF line ends (positions recounted on that text), reverses
the order of sibling elements (users, codes, cases, sources, selections, notes), renames the
project and says it is its own. Deterministic: GUIDs come from a seeded generator.
"""

from __future__ import annotations

import random
import uuid
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from fieldvault.core.refi.xmlio import FIELDVAULT_NS, PROJECT_NS

Q = f"{{{PROJECT_NS}}}"
GUID_ATTRIBUTES = ("guid", "targetGUID", "creatingUser", "modifyingUser", "creatingUserGUID",
                   "modifyingUserGUID")
REORDERED = ("Users", "Codes", "Code", "Cases", "Sources", "TextSource", "Notes")


def reshape(source: Path, target: Path, seed: int = 7, tool: str = "NVivo 14.23.2") -> Path:
    """Write ``target``: ``source`` as another tool would save it again."""
    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    root = ET.fromstring(files.pop("project.qde"))
    renamed = _new_guids(root, random.Random(seed))
    texts = {name.removeprefix("sources/"): data.decode("utf-8") for name, data in files.items()}
    out: dict[str, bytes] = {}
    for node in root.iter(f"{Q}TextSource"):
        old_file = node.get("plainTextPath", "").removeprefix("internal://")
        text = texts[old_file]
        new_file = f"{node.get('guid', '').strip('{}')}.txt"
        node.set("plainTextPath", f"internal://{new_file}")
        for selection in node.iter(f"{Q}PlainTextSelection"):
            for end in ("startPosition", "endPosition"):
                position = int(selection.get(end, "0"))
                selection.set(end, str(position + text.count("\n", 0, position)))
        out[f"sources/{new_file}"] = text.replace("\n", "\r\n").encode("utf-8")
    _reorder(root)
    root.set("name", "Re-exported project")
    root.set("origin", tool)
    ET.register_namespace("", PROJECT_NS)
    out["project.qde"] = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    assert FIELDVAULT_NS.encode() not in out["project.qde"]
    assert len(renamed) > 10
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(out, reverse=True):
            archive.writestr(name, out[name])
    return target


def _new_guids(root: ET.Element, rng: random.Random) -> dict[str, str]:
    renamed: dict[str, str] = {}
    for node in root.iter():
        for key in list(node.attrib):
            if key.startswith(f"{{{FIELDVAULT_NS}}}"):
                del node.attrib[key]
            elif key in GUID_ATTRIBUTES:
                old = node.attrib[key].strip("{}").lower()
                if old not in renamed:
                    renamed[old] = "{" + str(uuid.UUID(int=rng.getrandbits(128), version=4)) \
                        .upper() + "}"
                node.set(key, renamed[old])
    return renamed


def _reorder(root: ET.Element) -> None:
    """Reverse runs of same-named siblings (the schema fixes only the order of kinds)."""
    for parent in root.iter():
        if parent.tag.removeprefix(Q) not in REORDERED and parent is not root:
            continue
        kids = list(parent)
        runs: list[list[ET.Element]] = []
        for kid in kids:
            if runs and runs[-1][0].tag == kid.tag:
                runs[-1].append(kid)
            else:
                runs.append([kid])
        for kid in kids:
            parent.remove(kid)
        for run in runs:
            parent.extend(reversed(run))


def move_to_top(source: Path, target: Path, code_name: str) -> Path:
    """Write ``target``: ``source`` with the code ``code_name`` moved to the top of the tree,
    as a person reorganising the codebook in another tool might."""
    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    ET.register_namespace("", PROJECT_NS)
    root = ET.fromstring(files["project.qde"])
    parents = {child: parent for parent in root.iter() for child in parent}
    (code,) = [c for c in root.iter(f"{Q}Code") if c.get("name") == code_name]
    parents[code].remove(code)
    codes = root.find(f"{Q}CodeBook/{Q}Codes")
    assert codes is not None
    codes.insert(0, code)
    files["project.qde"] = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target
