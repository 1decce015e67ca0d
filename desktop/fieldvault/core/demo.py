"""The demo vault: the seeded codebook plus the fictional interviews in ``seeds/demo``."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from fieldvault.core.records import seeds
from fieldvault.core.records.importer import ImportReport, import_jsonl
from fieldvault.core.vault import Passphrase, Vault

DEMO_PASSPHRASE = "fieldvault demo only"  # printed openly: the demo holds fiction only
# The owner is the demo's first coder (seeds/demo/build_demo.py codes as both names), so the
# user's own codings count as the owner's and agreement compares exactly two coders.
DEMO_OWNER = "demo-interviewer"
DEMO_SECOND_CODER = "demo-coder"


@dataclass(frozen=True)
class DemoVault:
    vault: Vault
    created: bool
    report: ImportReport | None
    recovery_code: str | None


def open_or_build(path: Path) -> DemoVault:
    """Open the demo vault at ``path``, building it first if it does not exist yet."""
    if path.exists():
        return DemoVault(Vault.open(path, Passphrase(DEMO_PASSPHRASE)), False, None, None)
    vault, code = Vault.create(path, DEMO_PASSPHRASE, owner=DEMO_OWNER)
    try:
        report = import_jsonl(vault, seeds.DEMO_PATH)
    except BaseException:
        vault.lock()
        shutil.rmtree(vault.path, ignore_errors=True)
        raise
    return DemoVault(vault, True, report, code)


DEMO_QUERIES = ("plan", "토끼", "Уссурийск", "Артем", "건설무")


def walkthrough(vault: Vault) -> dict[str, object]:
    """What the headless demo shows: counts, a few searches, a retrieval, the audit check."""
    cases = vault.cases.summaries()
    themes = vault.codebook.tree()
    codings = sum(c.codings for c in cases)
    lines = [f"{len(cases)} cases, {codings} codings, {len(themes)} themes in the codebook."]
    searches = {}
    for query in DEMO_QUERIES:
        hits = vault.search.query(query, limit=20)
        searches[query] = [h.case_code or h.target for h in hits]
        kinds = {kind: sum(1 for h in hits if h.kind == kind) for kind in {h.kind for h in hits}}
        lines.append(f"search {query!r}: {len(hits)} hits {kinds} in cases "
                     f"{sorted({h.case_code for h in hits if h.case_code})}")
    top = max((n for n in themes if n.depth == 0), key=lambda n: n.total, default=None)
    passages = vault.codings.retrieve([top.theme.id]) if top else []
    if top:
        lines.append(f"retrieve '{top.theme.name_en}': {len(passages)} coded passages")
        lines += [f"  {p.case_code}: {p.text[:70]!r}" for p in passages[:3]]
    report = vault.verify_audit()
    lines.append(f"audit chain: {'intact' if report.ok else report.problem} "
                 f"({report.entries} entries)")
    return {"cases": len(cases), "codings": codings, "themes": len(themes),
            "searches": searches, "passages": len(passages), "audit_ok": report.ok,
            "lines": lines}
