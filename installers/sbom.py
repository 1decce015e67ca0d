"""Write a CycloneDX 1.5 SBOM (JSON) of what the frozen build ships.

    python installers/sbom.py OUT.cdx.json [--root NAME] [--lock requirements-lock.txt]

Run with the build venv's Python after Fieldvault is installed into it: the components are
the installed distributions that ``--root`` needs at run time (its requirements without
extras, markers evaluated for this machine, followed transitively), each with its version,
package URL, licence as declared in its metadata and its direct dependencies; plus the
Python runtime. With ``--lock`` every component must be pinned in the lock file at exactly
the installed version (else exit 1), and the SHA-256 hashes the lock allows for it are
recorded. The output is reproducible: no clock except ``SOURCE_DATE_EPOCH``, the serial
number derived from the content, components sorted.

Uses the standard library only (plus ``packaging``, which every build venv has through
PyInstaller).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import re
import sys
import uuid
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement

SPEC = "1.5"
TOOL = "fieldvault installers/sbom.py"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def purl(name: str, version: str) -> str:
    return f"pkg:pypi/{normalise(name)}@{version}"


def runtime_requirements(dist: metadata.Distribution) -> list[str]:
    """Names this distribution needs here at run time (no extras, markers evaluated)."""
    names = []
    for text in dist.requires or []:
        try:
            req = Requirement(text)
        except InvalidRequirement:
            continue
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            names.append(normalise(req.name))
    return sorted(set(names))


def installed() -> dict[str, metadata.Distribution]:
    out: dict[str, metadata.Distribution] = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            out.setdefault(normalise(name), dist)
    return out


def closure(root: str, dists: dict[str, metadata.Distribution]) -> dict[str, list[str]]:
    """Each needed distribution -> its direct runtime requirements (that are installed)."""
    graph: dict[str, list[str]] = {}
    todo = [normalise(root)]
    while todo:
        name = todo.pop()
        if name in graph:
            continue
        if name not in dists:
            raise SystemExit(f"sbom.py: {name} is needed but not installed here.")
        needs = runtime_requirements(dists[name])
        graph[name] = needs
        todo.extend(needs)
    return graph


def licence(dist: metadata.Distribution) -> list[dict[str, Any]]:
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return [{"expression": expression}]
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License :: ") and c.count(" :: ") >= 2]
    if classifiers:
        return [{"license": {"name": c}} for c in sorted(set(classifiers))]
    text = (_field(meta, "License") or "").strip()
    if text and len(text) <= 100 and "\n" not in text:
        return [{"license": {"name": text}}]
    return []


def _field(meta: Any, name: str) -> str | None:
    """One metadata field, None when absent (no KeyError/DeprecationWarning on 3.12+)."""
    values = meta.get_all(name) or []
    return str(values[0]) if values else None


def lock_hashes(lock: Path) -> dict[str, tuple[str, list[str]]]:
    """name -> (version, allowed sha256 hashes) from a pip --require-hashes file."""
    out: dict[str, tuple[str, list[str]]] = {}
    for block in re.split(r"\n(?=[A-Za-z])", lock.read_text("utf-8")):
        match = re.match(r"([A-Za-z0-9._-]+)==([^\s;\\]+)", block)
        if match:
            out[normalise(match.group(1))] = (match.group(2),
                                              re.findall(r"--hash=sha256:([0-9a-f]{64})", block))
    return out


def component(dist: metadata.Distribution, locked: tuple[str, list[str]] | None
              ) -> dict[str, Any]:
    name, version = dist.metadata["Name"], dist.version
    item: dict[str, Any] = {"type": "library", "bom-ref": purl(name, version), "name": name,
                            "version": version, "purl": purl(name, version)}
    licences = licence(dist)
    if licences:
        item["licenses"] = licences
    if locked is not None:
        item["hashes"] = [{"alg": "SHA-256", "content": h} for h in sorted(locked[1])]
    return item


def build(root: str, lock: Path | None = None) -> dict[str, Any]:
    dists = installed()
    graph = closure(root, dists)
    locked = lock_hashes(lock) if lock is not None else {}
    if lock is not None:
        wrong = [f"{n} {dists[n].version}" for n in sorted(graph)
                 if n != normalise(root) and locked.get(n, ("",))[0] != dists[n].version]
        if wrong:
            raise SystemExit("sbom.py: installed but not pinned in the lock at this version: "
                             + ", ".join(wrong))
    top = dists[normalise(root)]
    ref = {n: purl(dists[n].metadata["Name"], dists[n].version) for n in graph}
    python = {"type": "platform", "bom-ref": f"python@{platform.python_version()}",
              "name": platform.python_implementation(), "version": platform.python_version()}
    components = [component(dists[n], locked.get(n)) for n in sorted(graph)
                  if n != normalise(root)] + [python]
    bom: dict[str, Any] = {
        "bomFormat": "CycloneDX", "specVersion": SPEC, "version": 1,
        "metadata": {
            "timestamp": timestamp(),
            "tools": {"components": [{"type": "application", "name": TOOL}]},
            "component": {"type": "application", "bom-ref": ref[normalise(root)],
                          "name": top.metadata["Name"], "version": top.version,
                          "purl": ref[normalise(root)], "licenses": licence(top)},
        },
        "components": components,
        "dependencies": [{"ref": ref[n], "dependsOn": sorted(ref[d] for d in graph[n])}
                         for n in sorted(graph)],
    }
    digest = hashlib.sha256(json.dumps(bom, sort_keys=True).encode()).hexdigest()
    bom["serialNumber"] = f"urn:uuid:{uuid.UUID(digest[:32])}"
    return bom


def timestamp() -> str:
    import os

    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--root", default="fieldvault")
    parser.add_argument("--lock", type=Path)
    args = parser.parse_args(argv)
    bom = build(args.root, args.lock)
    args.out.write_text(json.dumps(bom, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"{args.out}: {len(bom['components'])} components")
    return 0


if __name__ == "__main__":
    sys.exit(main())
