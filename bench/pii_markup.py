"""Labelled passages written with inline markup, turned into labelled.jsonl rows.

A file under tests/core/privacy/marked/ holds one set (its stem names the set). Lines
starting with "# " are comments; "## ID LANG" starts a passage, whose text runs to the next
"##" line (trailing blank lines dropped). An entity is written ⟦span|CATEGORY⟧; offsets are
code points in the text without the markup.

    PYTHONPATH=desktop python bench/pii_markup.py            # rewrite the marked sets
                                                              # into labelled.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRIVACY_TESTS = HERE.parent / "tests" / "core" / "privacy"
MARKED = PRIVACY_TESTS / "marked"
LABELLED = PRIVACY_TESTS / "labelled.jsonl"
ENTITY = re.compile(r"⟦([^⟦⟧|]+)\|([A-Z]+)⟧")
Row = dict[str, object]


def parse_text(marked: str) -> tuple[str, list[list[object]]]:
    """Plain text and [start, end, CATEGORY] spans of one marked passage."""
    plain: list[str] = []
    spans: list[list[object]] = []
    pos = 0
    size = 0
    for m in ENTITY.finditer(marked):
        plain.append(marked[pos : m.start()])
        size += m.start() - pos
        spans.append([size, size + len(m.group(1)), m.group(2)])
        plain.append(m.group(1))
        size += len(m.group(1))
        pos = m.end()
    plain.append(marked[pos:])
    text = "".join(plain)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced markup in {marked[:40]!r}")
    return text, spans


def parse_file(path: Path) -> list[Row]:
    """Rows (id, lang, set, text, spans) of one marked file; the set is the file stem."""
    rows: list[Row] = []
    head: list[str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is not None:
            text, spans = parse_text("\n".join(body).rstrip("\n"))
            rows.append(
                {"id": head[0], "lang": head[1], "set": path.stem, "text": text, "spans": spans}
            )

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            flush()
            head, body = line[3:].split(), []
        elif head is not None:
            body.append(line)
        elif line.strip() and not line.startswith("#"):
            raise ValueError(f"{path.name}: text before the first passage")
    flush()
    return rows


def marked_rows() -> list[Row]:
    return [row for path in sorted(MARKED.glob("*.txt")) for row in parse_file(path)]


def rewrite(labelled: Path = LABELLED) -> None:
    """Replace the rows of every marked set in ``labelled`` (other rows kept in order)."""
    new = marked_rows()
    sets = {row["set"] for row in new}
    kept = [
        line
        for line in labelled.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line).get("set") not in sets
    ]
    lines = kept + [json.dumps(row, ensure_ascii=False) for row in new]
    labelled.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    rewrite(Path(sys.argv[1]) if len(sys.argv) > 1 else LABELLED)
