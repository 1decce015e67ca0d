"""Reading and writing REFI-QDA XML safely.

Parsing uses defusedxml with DTDs forbidden: a REFI file never needs a DTD, and entity
declarations are how hostile XML expands into gigabytes ("billion laughs", quadratic blow-up)
or pulls in outside files. The standard library's parser only resists some of this, and only
with a recent expat; defusedxml refuses every such file whatever expat is linked.

Elements and attributes from other namespaces (vendor extensions) are removed with a notice
before validation; everything left must then validate against the standard's XSDs.
Fieldvault's own extension (:data:`FIELDVAULT_NS`: the ``fv:id`` attribute on a ``<Code>``)
is taken off first and handed to the reader instead (:func:`take_ours`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from fieldvault import data
from fieldvault.core.errors import InputError

if TYPE_CHECKING:  # xmlschema (about 16 MB imported) loads on the first validation
    import xmlschema

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
FIELDVAULT_NS = "urn:fieldvault:refi:1"
OUR_ID = f"{{{FIELDVAULT_NS}}}id"
ET.register_namespace("fv", FIELDVAULT_NS)
SCHEMAS = {PROJECT_NS: ("Project.xsd", "Project"), CODEBOOK_NS: ("Codebook.xsd", "CodeBook")}
MAX_DEPTH = 200
# Containers the schemas make optional but, when present, require at least one child. Tools
# write them empty all the same (``<Sets/>``, ``<Users/>``); an empty one carries nothing.
CONTAINERS = ("Users", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs")
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ATTRIBUTE_VALUE = re.compile(r"^attribute ([\w.-]+)=")
KINDS = {"integer": "a whole number", "int": "a whole number", "long": "a whole number",
         "nonNegativeInteger": "a whole number of zero or more",
         "decimal": "a number", "double": "a number", "float": "a number",
         "boolean": "true or false", "dateTime": "a date and time (2016-04-02T10:00:00Z)",
         "date": "a date (2016-04-02)", "GUIDType": "a GUID", "RGBType": "a colour like #a1b2c3"}
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


def namespace_of(tag: str) -> str:
    return tag[1:].partition("}")[0] if tag.startswith("{") else ""


def local_name(tag: str) -> str:
    return tag.rpartition("}")[2]


def parse(data: bytes, where: str) -> ET.Element:
    """Parse bytes into an element tree; raise InputError in one sentence if unsafe or broken."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise InputError(f"{where} declares a DTD or entities, which Fieldvault refuses to read "
                         "(they can expand without limit or pull in other files).") from exc
    except ET.ParseError as exc:
        raise InputError(f"{where} is not well-formed XML ({exc}).") from exc
    except LookupError as exc:  # <?xml ... encoding="no-such-codec"?>
        raise InputError(f"{where} declares a text encoding Python does not know.") from exc
    return cast(ET.Element, root)


def check_root(root: ET.Element, namespace: str, where: str) -> None:
    name = SCHEMAS[namespace][1]
    if root.tag != f"{{{namespace}}}{name}":
        found = local_name(root.tag)
        space = namespace_of(root.tag) or "no namespace"
        raise InputError(f"{where} is not a REFI-QDA 1.0 file: its root is <{found}> in "
                         f"{space}, not <{name}> in {namespace}.")


def take_ours(root: ET.Element) -> dict[ET.Element, dict[str, str]]:
    """Remove Fieldvault's own extension attributes; return them per element."""
    ours: dict[ET.Element, dict[str, str]] = {}
    for node in root.iter():
        for key in [k for k in node.attrib if namespace_of(k) == FIELDVAULT_NS]:
            ours.setdefault(node, {})[key] = node.attrib.pop(key)
    return ours


def strip_foreign(root: ET.Element, namespace: str, where: str) -> list[str]:
    """Remove elements and attributes of other namespaces; return a notice per kind removed."""
    removed: Counter[str] = Counter()
    stack = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InputError(f"{where} nests elements more than {MAX_DEPTH} levels deep.")
        _strip_attributes(element, removed)
        for child in list(element):
            if namespace_of(child.tag) != namespace:
                element.remove(child)
                space = namespace_of(child.tag) or "no namespace"
                removed[f"<{local_name(child.tag)}> element from {space}"] += 1
            else:
                stack.append((child, depth + 1))
    return [f"Ignored {count} {what} (not part of REFI-QDA)." for what, count in removed.items()]


def _strip_attributes(element: ET.Element, removed: Counter[str]) -> None:
    for key in list(element.attrib):
        space = namespace_of(key)
        if space and space != XSI_NS:
            del element.attrib[key]
            removed[f"attribute {local_name(key)} from {space}"] += 1


def drop_empty_containers(root: ET.Element, namespace: str) -> list[str]:
    """Remove empty optional containers from the root (and an empty project codebook), which
    the schema would refuse although they mean only "none"; return one notice naming them."""
    dropped: list[str] = []
    codebook = child(root, namespace, "CodeBook") if namespace == PROJECT_NS else None
    codes = child(codebook, namespace, "Codes") if codebook is not None else None
    if codebook is not None and (len(codebook) == 0 or (codes is not None and _empty(codes))):
        root.remove(codebook)
        dropped.append("CodeBook")
    for name in CONTAINERS:
        for found in children(root, namespace, name):
            if _empty(found):
                root.remove(found)
                dropped.append(name)
    if not dropped:
        return []
    names = ", ".join(f"<{name}>" for name in dict.fromkeys(dropped))
    return [f"Ignored empty {names} (an empty list that the standard's schema does not allow; "
            "it holds nothing)."]


def _empty(node: ET.Element) -> bool:
    return len(node) == 0 and not node.attrib and not (node.text or "").strip()


@cache
def _schema(file_name: str) -> xmlschema.XMLSchema:
    import xmlschema

    return xmlschema.XMLSchema(str(data.path("refi", file_name)))


def validate(root: ET.Element, namespace: str, where: str) -> None:
    """Raise InputError naming the first place where ``root`` breaks the standard's XSD."""
    schema = _schema(SCHEMAS[namespace][0])
    error = next(iter(schema.iter_errors(root, use_location_hints=False)), None)
    if error is not None:
        path = re.sub(r"\{[^}]*\}", "", error.path or "/")
        bad_value = _ATTRIBUTE_VALUE.match(error.reason or "")
        if bad_value is not None:
            raise InputError(f"{where}: the {bad_value.group(1)} attribute of "
                             f"<{_element_name(error.elem, path)}> at {path} is not "
                             f"{_kind(error.validator)}.")
        raise InputError(f"{where} does not follow the REFI-QDA schema at {path}: "
                         f"{_short(error.reason or error.message)}.")


def _element_name(elem: object, path: str) -> str:
    if isinstance(elem, ET.Element):
        return local_name(elem.tag)
    return re.sub(r"\[\d+\]$", "", path.rpartition("/")[2]) or "?"


def _kind(validator: object) -> str:
    """What an attribute's XSD type wants, in words (the value itself is never repeated)."""
    name = str(getattr(validator, "name", "") or "")
    if not name:  # a facet (a pattern): the type is its parent
        name = str(getattr(getattr(validator, "parent", None), "name", "") or "")
    local = name.rpartition(":")[2].rpartition("}")[2]
    return KINDS.get(local, "a value its type allows")


def _short(reason: str) -> str:
    """The first sentence of an xmlschema reason, without namespaces or pattern lists."""
    reason = re.sub(r"\{[^}]*\}", "", reason)
    reason = re.sub(r" of \[.*$", "", reason, flags=re.S)
    return reason.split(". ")[0].rstrip(". ")


def errors_of(root: ET.Element, namespace: str) -> list[str]:
    """Every XSD violation (for tests and diagnostics)."""
    schema = _schema(SCHEMAS[namespace][0])
    return [str(e.reason) for e in schema.iter_errors(root, use_location_hints=False)]


def element(parent: ET.Element | None, name: str, text: str | None = None, /,
            **attrs: Any) -> ET.Element:
    """A child element (or a root when ``parent`` is None) for writing; attributes that are
    None are left out. Written trees use plain names; :func:`to_bytes` puts the namespace on
    the root (ElementTree's ``default_namespace`` rejects plain attribute names)."""
    values = {k: str(v) for k, v in attrs.items() if v is not None}
    node = ET.Element(name, values) if parent is None else ET.SubElement(parent, name, values)
    if text is not None:
        node.text = xml_text(text)
    return node


def xml_text(text: str) -> str:
    """Text that XML 1.0 can carry: control characters dropped, line ends as LF."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def datetime_or_none(value: str | None) -> str | None:
    return value if value and _DATETIME.match(value) else None


def to_bytes(root: ET.Element, namespace: str) -> bytes:
    root.set("xmlns", namespace)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def children(node: ET.Element, namespace: str, name: str) -> list[ET.Element]:
    return node.findall(f"{{{namespace}}}{name}")


def child(node: ET.Element, namespace: str, name: str) -> ET.Element | None:
    return node.find(f"{{{namespace}}}{name}")


def child_text(node: ET.Element, namespace: str, name: str) -> str:
    found = node.find(f"{{{namespace}}}{name}")
    return (found.text or "") if found is not None else ""
