"""installers/sbom.py on this venv: a CycloneDX 1.5 document that the official schema
accepts, listing every distribution Fieldvault needs at run time at its installed version,
reproducible, and checked against the hash lock."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parents[2]
SBOM = ROOT / "installers" / "sbom.py"
LOCK = ROOT / "installers" / "requirements-lock.txt"
SCHEMAS = Path(__file__).parent / "cyclonedx"


def _run(out: Path, *args: str, epoch: str = "1764288000") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    return subprocess.run([sys.executable, str(SBOM), str(out), *args], env=env,
                          capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def bom(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("sbom") / "fieldvault.cdx.json"
    result = _run(out, "--lock", str(LOCK))
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(out.read_text("utf-8"))
    return loaded


def _validator() -> jsonschema.Draft7Validator:
    resources = []
    for name in ("bom-1.5.schema.json", "spdx.schema.json", "jsf-0.82.schema.json"):
        schema = json.loads((SCHEMAS / name).read_text("utf-8"))
        resources.append((f"http://cyclonedx.org/schema/{name}", Resource.from_contents(schema)))
    registry = Registry().with_resources(resources)
    main = json.loads((SCHEMAS / "bom-1.5.schema.json").read_text("utf-8"))
    return jsonschema.Draft7Validator(main, registry=registry,
                                      format_checker=jsonschema.FormatChecker())


def test_the_official_schema_accepts_it(bom: dict[str, object]) -> None:
    errors = [e.message for e in _validator().iter_errors(bom)]
    assert errors == []
    broken = dict(bom, components=[{"type": "library"}])  # no name: must be refused
    assert list(_validator().iter_errors(broken))


def _needed() -> dict[str, str]:
    """Fieldvault's runtime requirements, read independently from its installed metadata."""
    names = {}
    for text in metadata.requires("fieldvault") or []:
        if "extra ==" in text:
            continue
        name = re.split(r"[ ;<>=!~\[]", text, maxsplit=1)[0]
        names[re.sub(r"[-_.]+", "-", name).lower()] = metadata.version(name)
    return names


def test_every_runtime_requirement_is_listed_at_its_installed_version(
        bom: dict[str, object]) -> None:
    components = bom["components"]
    assert isinstance(components, list)
    listed = {re.sub(r"[-_.]+", "-", c["name"]).lower(): c for c in components}
    for name, version in _needed().items():
        assert listed[name]["version"] == version
        assert listed[name]["purl"] == f"pkg:pypi/{name}@{version}"
        assert listed[name]["hashes"]  # from the lock
    assert listed["pydantic"]["version"] == metadata.version("pydantic")  # via sqlmodel
    assert "pytest" not in listed and "ruff" not in listed  # test tools are not shipped
    assert any(c["type"] == "platform" and c["name"] == "CPython" for c in components)
    assert bom["metadata"]["component"]["name"] == "fieldvault"  # type: ignore[index]


def test_the_output_is_reproducible(tmp_path: Path) -> None:
    one, two = tmp_path / "1.json", tmp_path / "2.json"
    assert _run(one).returncode == 0 and _run(two).returncode == 0
    assert one.read_bytes() == two.read_bytes()
    data = json.loads(one.read_text("utf-8"))
    assert data["metadata"]["timestamp"] == "2025-11-28T00:00:00Z"


def test_a_component_missing_from_the_lock_stops_the_build(tmp_path: Path) -> None:
    lock = tmp_path / "lock.txt"
    text = LOCK.read_text("utf-8")
    lock.write_text(re.sub(r"(?m)^zxcvbn==4\.5\.0", "zxcvbn==4.4.28", text), "utf-8")
    result = _run(tmp_path / "out.json", "--lock", str(lock))
    assert result.returncode == 1 and "zxcvbn" in result.stderr


def test_the_lock_pins_every_constraint_with_hashes() -> None:
    """installers/requirements-lock.txt agrees with constraints.txt and hashes everything."""
    pins = {}
    for line in (ROOT / "installers" / "constraints.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    blocks = re.split(r"\n(?=[a-z])", LOCK.read_text("utf-8"))
    locked = {}
    for block in blocks[1:] if blocks[0].startswith("#") else blocks:
        head = re.match(r"([a-z0-9-]+)==(\S+)", block)
        assert head, block[:60]
        assert re.search(r"--hash=sha256:[0-9a-f]{64}", block), head.group(1)
        locked[head.group(1)] = head.group(2)
    for name, version in pins.items():
        assert locked.get(name) == version, name
    assert {"pyinstaller", "setuptools", "pefile", "macholib"} <= set(locked)


def test_every_build_script_installs_with_require_hashes() -> None:
    for script in ("installers/build.sh", "installers/macos/build.sh",
                   "installers/windows/build.ps1"):
        text = (ROOT / script).read_text("utf-8")
        assert "--require-hashes" in text and "requirements-lock.txt" in text, script
        assert "--no-build-isolation" in text, script
        assert "sbom.py" in text, script
