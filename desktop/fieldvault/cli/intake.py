"""``fieldvault import`` for documents (.txt, .docx, .odt, .hwpx, .rtf, .pdf).

All or nothing: every file is read first; if any is refused, each refusal is printed as
one sentence and nothing is stored (exit 2). The JSON Lines importer keeps its own path
(:func:`fieldvault.cli.records.run_import`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldvault.cli.common import EXIT_USAGE, emit, open_vault


def run_documents(args: argparse.Namespace, paths: list[Path]) -> int:
    """Read every file before the vault is opened: a refused file costs no unlock."""
    from fieldvault.core.intake.service import read_files

    result = read_files(paths, args.encoding)
    if result.refusals:
        for refusal in result.refusals:
            print(f"fieldvault: {refusal.sentence}", file=sys.stderr)
        print(f"fieldvault: nothing was imported ({len(result.refusals)} of {len(paths)} "
              "files refused).", file=sys.stderr)
        return EXIT_USAGE
    with open_vault(args) as vault:
        originals = paths if args.keep_original else None
        report = vault.intake.store(result.documents, args.case, originals=originals)
    data = {**_jsonable(report), "documents": [
        {"file": doc.name, "format": doc.format, "encoding": doc.encoding,
         "languages": list(doc.languages), "characters": len(doc.text)}
        for doc in result.documents]}
    emit(args, data, lambda: _summary(report, result.documents))
    return 0


def _jsonable(report: Any) -> dict[str, Any]:
    return {"cases": report.cases, "appended": report.appended,
            "suggestions": report.suggestions, "scanned": report.scanned,
            "originals": report.originals}


def _summary(report: Any, documents: list[Any]) -> str:
    lines = [f"{doc.name}: {doc.format}" + (f", {doc.encoding}" if doc.encoding else "")
             + f", {len(doc.text):,} characters" for doc in documents]
    where = ", ".join(report.cases)
    verb = "Appended to case" if report.appended else \
        ("Imported as case" if len(report.cases) == 1 else "Imported as cases")
    lines.append(f"{verb} {where} ({len(documents)} document(s)).")
    if report.originals:
        lines.append(f"Kept {report.originals} original file(s) as encrypted attachments.")
    lines.append(f"{report.suggestions} privacy suggestion(s) await review "
                 f"(fieldvault pii list VAULT CASE).")
    return "\n".join(lines)
