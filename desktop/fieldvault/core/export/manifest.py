"""manifest.json and SHA256SUMS of an export folder."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

import jsonschema

from fieldvault import data
from fieldvault.core.export.model import ExportError

SCHEMA_PATH = data.path("schemas", "export-manifest.schema.json")
MANIFEST_NAME = "manifest.json"
SUMS_NAME = "SHA256SUMS"
PUBKEY_NAME = "minisign.pub"
SIG_SUFFIX = ".minisig"
_SUM_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

_schema_cache: dict[str, Any] = {}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_schema() -> Any:
    if "schema" not in _schema_cache:
        try:
            _schema_cache["schema"] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
        except OSError as error:
            raise ExportError(f"The manifest schema {SCHEMA_PATH.name} is missing.") from error
    return _schema_cache["schema"]


def schema_problem(manifest: Any) -> str | None:
    """One sentence describing the first schema violation, or None."""
    validator = jsonschema.Draft202012Validator(load_schema())
    errors = sorted(validator.iter_errors(manifest), key=lambda error: list(error.path))
    if not errors:
        return None
    first = errors[0]
    where = "/".join(str(part) for part in first.path) or "the top level"
    return f"manifest.json does not match its schema at {where}: {first.message}."


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """Validate and serialise (sorted keys, two-space indent, UTF-8, final newline)."""
    problem = schema_problem(manifest)
    if problem is not None:
        raise ExportError(problem)
    text = json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8")


def file_entry(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "sha256": sha256_hex(data), "bytes": len(data)}


def sums_text(files: Iterable[tuple[str, bytes]]) -> str:
    """``<hex>  <name>`` lines, sorted by name, as ``sha256sum -c`` expects."""
    return "".join(f"{sha256_hex(data)}  {name}\n" for name, data in sorted(files))


def parse_sums(text: str) -> tuple[dict[str, str], list[str]]:
    """Entries name -> hex digest, and one sentence per malformed line."""
    entries: dict[str, str] = {}
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _SUM_LINE.match(line)
        if match is None or not _SAFE_NAME.match(match.group(2)):
            problems.append(f"Line {number} of SHA256SUMS is not '<sha256>  <file name>'.")
            continue
        entries[match.group(2)] = match.group(1)
    return entries, problems
