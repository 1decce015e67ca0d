"""The research data Fieldvault ships: the report codebook, the JSON Schemas, the demo records.

Every loader reads the package data (:mod:`fieldvault.data`: ``codebook.json``, ``demo/``,
``schemas/``) and reports
bad input as one `SeedError` sentence that says what is wrong and where. Pure functions,
no shared state: safe to call from any thread.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, cast

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import SchemaError, ValidationError, best_match

from fieldvault import data
from fieldvault.core import errors, jsontext

SCHEMAS_DIR = data.path("schemas")
CODEBOOK_PATH = data.path(data.CODEBOOK)
DEMO_PATH = data.path(*data.DEMO_INTERVIEWS)

#: First-line markers that flag a demo transcript as invented, one per language.
FICTION_MARKERS = (
    "[FICTIONAL DEMO INTERVIEW — not a real person]",
    "[가상 데모 인터뷰 — 실존 인물이 아닙니다]",
    "[ВЫМЫШЛЕННОЕ ДЕМО-ИНТЕРВЬЮ — не реальный человек]",
)

JsonObject = dict[str, Any]


class SeedError(ValueError):
    """A seed or schema file, or an instance checked against a schema, is invalid."""


def load_schema(name: str) -> JsonObject:
    """Return the schema `name` ("record", "record.schema.json" or a path inside schemas/)."""
    path = _schema_path(name)
    schema = _read_json_object(path)
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        raise SeedError(f"{path.name} is not a valid JSON Schema: {exc.message}.") from None
    return schema


def validate(instance: object, schema_name: str, *, where: str = "instance") -> None:
    """Raise SeedError naming the JSON path and the kind of the most relevant violation.

    The message never quotes the rejected value (it may be a whole interview or a real
    name): jsonschema's own messages do, so they are not used.
    """
    error = best_match(_validator(schema_name).iter_errors(instance))
    if error is not None:
        raise SeedError(f"{where} is invalid at {safe_path(error.absolute_path)}: "
                        f"{describe_violation(error)}.")


def safe_path(parts: Iterable[str | int]) -> str:
    """A JSON path whose keys (which come from the input) are short and escaped."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(part):
            out += f".{part}"
        else:
            out += f"[{excerpt(part, 24)}]"
    return out


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,23}")
_KINDS = {"string": "text", "integer": "a whole number", "number": "a number",
          "object": "an object", "array": "a list", "boolean": "true or false", "null": "null"}


def describe_violation(error: ValidationError) -> str:
    """What is wrong, in words that use the schema's side only (sizes, not content)."""
    rule, expected, value = error.validator, error.validator_value, error.instance
    if rule == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        return f"expected {' or '.join(_KINDS.get(w, w) for w in wanted)}, found {_kind(value)}"
    if rule == "required":
        missing = [name for name in expected if name not in value]
        return f"the field {excerpt(missing[0] if missing else '?', 24)} is missing"
    if rule == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        return f"the field {excerpt(extra[0] if extra else '?', 24)} is not allowed here"
    return _RULES.get(str(rule), f"it breaks the schema's '{rule}' rule").format(
        expected=expected, size=_size(value))


_RULES = {
    "enum": "the value is not one of the allowed values",
    "const": "the value is not the one required here",
    "pattern": "{size} does not have the expected form",
    "format": "{size} is not a valid {expected}",
    "minLength": "{size} is shorter than {expected} characters",
    "maxLength": "{size} is longer than {expected} characters",
    "minItems": "{size} has fewer than {expected} items",
    "maxItems": "{size} has more than {expected} items",
    "uniqueItems": "{size} has repeated items",
    "minimum": "the number is below {expected}",
    "maximum": "the number is above {expected}",
    "exclusiveMinimum": "the number is not above {expected}",
    "exclusiveMaximum": "the number is not below {expected}",
    "oneOf": "the value matches none (or more than one) of the allowed forms",
    "anyOf": "the value matches none of the allowed forms",
}


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if value is None:
        return "null"
    names = {str: "text", int: "a whole number", float: "a number", dict: "an object",
             list: "a list"}
    return next((n for t, n in names.items() if isinstance(value, t)), "another kind")


def _size(value: object) -> str:
    if isinstance(value, str):
        return f"a text of {len(value)} characters"
    if isinstance(value, list):
        return f"a list of {len(value)} items"
    return "the value"


excerpt = errors.excerpt  # kept here for the record readers


def load_codebook(path: Path | str | None = None) -> JsonObject:
    """Read a codebook, check it against the schema and its tree rules, and return it."""
    source = Path(path) if path is not None else CODEBOOK_PATH
    codebook = _read_json_object(source)
    validate(codebook, "codebook", where=source.name)
    check_theme_tree(cast(list[JsonObject], codebook["themes"]))
    return codebook


def check_theme_tree(themes: Iterable[Mapping[str, Any]]) -> None:
    """Raise SeedError unless ids are unique, every parent exists and no parent chain loops."""
    parents: dict[str, str | None] = {}
    for theme in themes:
        theme_id = str(theme["id"])
        if theme_id in parents:
            raise SeedError(f"Theme id {theme_id!r} appears more than once in the codebook.")
        parents[theme_id] = theme["parent"]
    for theme_id, parent in parents.items():
        if parent is not None and parent not in parents:
            raise SeedError(f"Theme {theme_id!r} names a parent {parent!r} that does not exist.")
    for theme_id in parents:
        _check_no_cycle(theme_id, parents)


def demo_records(path: Path | str | None = None) -> list[JsonObject]:
    """Return the demo interviews, each checked against the record schema and its offsets."""
    source = Path(path) if path is not None else DEMO_PATH
    records: list[JsonObject] = []
    for number, line in enumerate(_read_text(source).splitlines(), start=1):
        if line.strip():
            records.append(_parse_record(line, f"{source.name} line {number}"))
    return records


def check_record_offsets(record: Mapping[str, Any], where: str = "record") -> None:
    """Raise SeedError unless the transcript is NFC and every coding lies inside it."""
    transcript = str(record["transcript"])
    if unicodedata.normalize("NFC", transcript) != transcript:
        raise SeedError(f"{where} has a transcript that is not NFC-normalised.")
    for index, coding in enumerate(record.get("codings", [])):
        start, end = coding["start"], coding["end"]
        if not 0 <= start < end <= len(transcript):
            raise SeedError(
                f"{where} coding {index} spans {start}-{end}, outside the transcript "
                f"of {len(transcript)} characters."
            )


def _parse_record(line: str, where: str) -> JsonObject:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SeedError(f"{where} is not valid JSON: {exc.msg}.") from None
    validate(record, "record", where=where)
    check_record_offsets(record, where)
    return cast(JsonObject, record)


def _check_no_cycle(start: str, parents: Mapping[str, str | None]) -> None:
    seen = {start}
    current = parents[start]
    while current is not None:
        if current in seen:
            raise SeedError(f"Theme {start!r} is part of a parent cycle through {current!r}.")
        seen.add(current)
        current = parents[current]


def _schema_path(name: str) -> Path:
    file_name = name if name.endswith(".json") else f"{name}.schema.json"
    path = (SCHEMAS_DIR / file_name).resolve()
    if path.parent != SCHEMAS_DIR.resolve():
        raise SeedError(f"Schema name {name!r} points outside the schemas folder.")
    return path


@cache
def _validator(schema_name: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(schema_name), format_checker=FormatChecker())


def _read_json_object(path: Path) -> JsonObject:
    try:
        data = jsontext.parse(_read_text(path))
    except jsontext.JsonRefused as exc:
        raise SeedError(f"{path.name} {exc}.") from None
    if not isinstance(data, dict):
        raise SeedError(f"{path.name} must hold a JSON object at the top level.")
    return data


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SeedError(f"{path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError(f"{path} cannot be read as UTF-8 text ({exc}).") from None
