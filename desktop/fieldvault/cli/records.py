"""Sub-commands of ``fieldvault``. Each handler opens the vault, calls one service, prints."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from fieldvault.cli.common import (
    Sub,
    command,
    emit,
    need,
    open_vault,
    parse_pairs,
    read_secret,
    read_secret_file,
    to_jsonable,
    vault_args,
)
from fieldvault.core.errors import InputError


def add_all(sub: Sub) -> None:
    for add in (_init, _import, _cases, _show, _search, _code, _memo, _keys, _audit, _backup,
                _demo):  # `people` lives in cli_privacy
        add(sub)


# --- vault ----------------------------------------------------------------------------------


def _init(sub: Sub) -> None:
    p = command(sub, "init", run_init, help="create a vault")
    p.add_argument("vault")
    p.add_argument("--passphrase-file", metavar="PATH")
    p.add_argument("--owner", default="owner", help="your display name (a pseudonym is fine)")
    p.add_argument("--role", default="interviewer",
                   choices=["interviewer", "coder", "supervisor"])
    p.add_argument("--no-codebook", action="store_true", help="start with an empty codebook")


def run_init(args: argparse.Namespace) -> int:
    from fieldvault.core.store.keys import check_passphrase
    from fieldvault.core.vault import Vault

    passphrase = read_secret(args, "New passphrase: ")
    check_passphrase(passphrase)
    vault, code = Vault.create(Path(args.vault), passphrase, owner=args.owner, role=args.role,
                               codebook=not args.no_codebook)
    with vault:  # the code first: `| head -1` must not swallow it
        print(f"Recovery code (write it down now; it is shown only once): {code}")
        print(f"Created {vault.path}")
    return 0


def _keys(sub: Sub) -> None:
    p = command(sub, "keys", run_keys, help="manage key slots")
    vault_args(p)
    p.add_argument("action", choices=["list", "add", "remove", "passwd", "recovery", "rotate",
                                      "rename", "export-key"])
    p.add_argument("target", nargs="?", help="slot label (remove, passwd, rename)")
    p.add_argument("--label", help="label of a new slot, or the new label (rename)")
    p.add_argument("--new-passphrase-file", metavar="PATH")
    p.add_argument("--keep", action="append", metavar="LABEL=PATHFILE",
                   help="another passphrase slot to keep through a rotation")
    p.add_argument("--public", action="store_true", help="export-key: print the public key")
    p.add_argument("--yes", action="store_true",
                   help="rotate/remove/recovery: drop passphrase slots whose passphrase was "
                        "not given, without asking")


def run_keys(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        action = args.action
        if action == "export-key":
            from fieldvault.cli.export import print_export_key

            return print_export_key(args, vault)
        if action == "list":
            slots = vault.keys.list()
            emit(args, slots, lambda: "\n".join(f"{s.label:<16} {s.kind:<11} {s.id} "
                                                f"{s.created}" for s in slots))
            return 0
        if action == "add":
            info = vault.keys.add_passphrase(need(args.label, "--label"), _new_secret(args))
            print(f"Added passphrase slot '{info.label}'.")
        elif action == "passwd":
            vault.keys.change_passphrase(args.target or "passphrase", _new_secret(args))
            print("Passphrase changed.")
        elif action == "rename":
            vault.keys.rename(need(args.target, "the slot"), need(args.label, "--label"))
            print("Slot renamed.")
        else:
            _rotate(args, vault)
    return 0


def _rotate(args: argparse.Namespace, vault: Any) -> None:
    keep = _kept_passphrases(args, vault)
    _confirm_drops(args, vault, keep)
    if args.action == "remove":
        result = vault.keys.remove(need(args.target, "the slot"), keep)
    elif args.action == "recovery":
        result = vault.keys.new_recovery_code(keep)
    else:
        result = vault.keys.rotate(keep)
    print(f"New data key in place; kept: {', '.join(result.kept)}; "
          f"dropped: {', '.join(result.dropped) or 'none'}.")
    if result.recovery_code:
        print("New recovery code (the old one no longer works; write this down now):")
        print(f"  {result.recovery_code}")


def _confirm_drops(args: argparse.Namespace, vault: Any, keep: dict[str, str]) -> None:
    """A rotation drops every passphrase slot whose passphrase it was not given (other
    people's slots too): ask first, or require --yes when nobody can be asked."""
    target = vault.keyfile.slot(args.target) if args.action == "remove" and args.target \
        else None
    dropped = [s.label for s in vault.keys.list() if s.kind == "passphrase"
               and s.label not in keep and (target is None or s.id != target.id)]
    if not dropped or args.yes:
        return
    names = ", ".join(f"'{label}'" for label in dropped)
    if not sys.stdin.isatty():
        raise InputError(f"This would also drop the passphrase slot(s) {names}, whose "
                         "passphrase was not given: add --keep LABEL=FILE to keep them or "
                         "--yes to drop them.")
    answer = input(f"This also drops the passphrase slot(s) {names}; their "
                           "passphrases stop working. Type 'drop' to go on: ")
    if answer.strip().lower() != "drop":
        raise InputError("Nothing was changed: the key rotation was cancelled.")


def _kept_passphrases(args: argparse.Namespace, vault: Any) -> dict[str, str]:
    from fieldvault.core.vault import Passphrase

    keep: dict[str, str] = {}
    unlocked = vault.unlocked_with
    if isinstance(unlocked, Passphrase):
        for slot in vault.keys.list():
            if slot.kind == "passphrase" and (unlocked.slot in (None, slot.label, slot.id)):
                keep.setdefault(slot.label, unlocked.text)
    for label, path in parse_pairs(args.keep).items():
        keep[label] = read_secret_file(path, f"passphrase file for slot '{label}'")
    return _only_working(vault, keep)


def _only_working(vault: Any, keep: dict[str, str]) -> dict[str, str]:
    """Drop guesses made from the unlock passphrase that do not open their slot."""
    from fieldvault.core.errors import WrongSecret
    from fieldvault.core.store import keyslots

    out = {}
    for label, secret in keep.items():
        probe = keyslots.KeyFile(vault.keyfile.vault_id, [vault.keyfile.slot(label)])
        try:
            keyslots.unlock_with_passphrase(probe, secret, label)
        except WrongSecret:
            continue
        out[label] = secret
    return out


def _new_secret(args: argparse.Namespace) -> str:
    from fieldvault.cli.common import prompt_secret

    if args.new_passphrase_file:
        return read_secret_file(args.new_passphrase_file, "new passphrase file")
    first = prompt_secret("New passphrase: ")
    if prompt_secret("Repeat new passphrase: ") != first:
        raise InputError("The two new passphrases differ.")
    return first


def _audit(sub: Sub) -> None:
    p = command(sub, "audit", run_audit, help="show or verify the audit log")
    vault_args(p)
    p.add_argument("--verify", action="store_true", help="check the hash chain")


def run_audit(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = vault.verify_audit()
        damaged = vault.integrity_problems()
    emit(args, {**to_jsonable(report), "ok": report.ok and not damaged,
                "database_ok": not damaged}, lambda: _audit_text(report, damaged))
    return 0 if report.ok and not damaged else 3


def _audit_text(report: Any, damaged: list[str]) -> str:
    """"Intact" only when the chain and every page of the database read back whole."""
    if not report.ok:
        return f"Audit log damaged: {report.problem}"
    if damaged:
        return (f"The audit chain of {report.entries} entries reads back whole, but the "
                f"database has {len(damaged)} integrity problem(s); run `fieldvault check`.")
    return f"Audit log intact: {report.entries} entries."


def _backup(sub: Sub) -> None:
    p = command(sub, "backup", run_backup, help="write an encrypted backup to a folder")
    vault_args(p)
    p.add_argument("destination")


def run_backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        target = vault.backup(Path(args.destination))
    emit(args, {"backup": str(target)}, lambda: f"Encrypted backup written to {target} "
                                                 "(opens with the same passphrase).")
    return 0


# --- records --------------------------------------------------------------------------------


def _import(sub: Sub) -> None:
    p = command(sub, "import", run_import, help="import interviews: one JSON Lines file, or "
                "documents (.txt .docx .odt .hwpx .rtf .pdf), all or none")
    vault_args(p)
    p.add_argument("file", nargs="+")
    p.add_argument("--case", metavar="CODE", help="documents: all into this case (new, or "
                   "appended to an existing case's transcript)")
    p.add_argument("--encoding", metavar="ENC", help=".txt files: read in this encoding "
                   "instead of detecting it (utf-8, cp949, cp1251, koi8-r, ...)")
    p.add_argument("--keep-original", action="store_true", help="documents: also keep each "
                   "file as it is, as an encrypted attachment of its case")


def run_import(args: argparse.Namespace) -> int:
    paths = [Path(name) for name in args.file]
    jsonl = [path for path in paths if path.suffix.lower() == ".jsonl"]
    if not jsonl:
        from fieldvault.cli.intake import run_documents

        return run_documents(args, paths)
    if len(paths) > 1 or args.case or args.encoding or args.keep_original:
        raise InputError("A JSON Lines file is imported on its own, without --case, "
                         "--encoding or --keep-original (its records name their cases).")
    from fieldvault.core.records.importer import import_jsonl

    with open_vault(args) as vault:
        report = import_jsonl(vault, paths[0])
    emit(args, report, lambda: f"Imported {len(report.cases)} cases, {report.codings} "
                               f"codings, {report.memos} memos, {report.people} people.")
    return 0


def _cases(sub: Sub) -> None:
    p = command(sub, "cases", run_cases, help="list cases")
    vault_args(p)
    p.add_argument("--status")
    p.add_argument("--theme", help="only cases with codings of this theme (or below it)")
    p.add_argument("--attr", action="append", metavar="NAME=VALUE")


def run_cases(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = vault.cases.summaries(status=args.status, theme=args.theme,
                                     attributes=parse_pairs(args.attr))
    emit(args, rows, lambda: "\n".join(
        f"{r.code:<8} {r.interview_date or '':<10} {','.join(r.languages):<8} {r.status:<9} "
        f"{r.codings:>3} codings  {r.title}" for r in rows) or "No cases.")
    return 0


def _show(sub: Sub) -> None:
    p = command(sub, "show", run_show, help="show one case with its transcript and codings")
    vault_args(p)
    p.add_argument("case")


def run_show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        summary = vault.cases.summaries(codes=[args.case])
        transcript = vault.transcripts.current(args.case)
        codings = vault.codings.for_case(args.case)
        memos = vault.memos.for_target("case", args.case)
    if not summary:
        raise InputError(f"There is no case {args.case} in this vault.")
    data = {"case": summary[0], "transcript_version": transcript.version,
            "transcript": transcript.text, "codings": codings,
            "memos": [m.text for m in memos]}
    emit(args, data, lambda: _show_text(data))
    return 0


def _show_text(data: dict[str, Any]) -> str:
    case = data["case"]
    lines = [f"{case.code}  {case.title}", f"date {case.interview_date}  languages "
             f"{', '.join(case.languages)}  status {case.status}  interviewer {case.interviewer}",
             f"attributes {json.dumps(case.attributes, ensure_ascii=False)}",
             f"--- transcript v{data['transcript_version']} ---", data["transcript"],
             "--- codings ---"]
    lines += [f"{c.start:>6}-{c.end:<6} {c.theme_id:<32} {c.text[:60]!r}"
              + ("" if c.placed else "  (not placed)") for c in data["codings"]]
    lines += ["--- memos ---", *data["memos"]]
    return "\n".join(lines)


def _search(sub: Sub) -> None:
    p = command(sub, "search", run_search, help="search transcripts, memos and themes")
    vault_args(p)
    p.add_argument("query")
    p.add_argument("--theme", action="append")
    p.add_argument("--attr", action="append", metavar="NAME=VALUE")
    p.add_argument("--limit", type=int, default=50)


def run_search(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        hits = vault.search.query(args.query, themes=args.theme,
                                  attributes=parse_pairs(args.attr), limit=args.limit)
    emit(args, hits, lambda: "\n".join(
        f"{h.case_code or '-':<8} {h.kind:<10} {h.snippet!r}" for h in hits) or "No hits.")
    return 0


def _code(sub: Sub) -> None:
    p = command(sub, "code", run_code, help="apply a theme to a span of a case's transcript")
    vault_args(p)
    p.add_argument("case")
    p.add_argument("--theme", required=True)
    p.add_argument("--start", type=int, required=True)
    p.add_argument("--end", type=int, required=True)
    p.add_argument("--coder", help="member who coded (default: you)")


def run_code(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        coding = vault.codings.add(args.case, args.theme, args.start, args.end, args.coder)
    emit(args, {"coding": coding.id}, lambda: f"Coded {args.case} {args.start}-{args.end} "
                                              f"as {args.theme} ({coding.id}).")
    return 0


def _memo(sub: Sub) -> None:
    p = command(sub, "memo", run_memo, help="add or list memos on a case, theme or coding")
    vault_args(p)
    p.add_argument("action", choices=["add", "list"])
    p.add_argument("kind", choices=["case", "theme", "coding"])
    p.add_argument("target")
    p.add_argument("text", nargs="?")


def run_memo(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.action == "add":
            memo = vault.memos.add(args.kind, args.target, need(args.text, "the memo text"))
            emit(args, {"memo": memo.id}, lambda: f"Memo {memo.id} added.")
            return 0
        memos = vault.memos.for_target(args.kind, args.target)
    emit(args, memos, lambda: "\n\n".join(f"[{m.created}] {m.text}" for m in memos) or
         "No memos.")
    return 0


# --- demo -----------------------------------------------------------------------------------


def _demo(sub: Sub) -> None:
    p = command(sub, "demo", run_demo, help="build (or open) the demo vault and walk through it")
    p.add_argument("--path", default="demo.fieldvault")
    p.add_argument("--json", action="store_true")


def run_demo(args: argparse.Namespace) -> int:
    from fieldvault.core.demo import DEMO_PASSPHRASE, open_or_build, walkthrough

    demo = open_or_build(Path(args.path))
    with demo.vault as vault:
        summary = walkthrough(vault)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    state = "Built" if demo.created else "Opened"
    print(f"{state} the demo vault {Path(args.path).resolve()} "
          f"(passphrase: '{DEMO_PASSPHRASE}'; fictional interviews only).")
    print("\n".join(str(line) for line in summary["lines"]))  # type: ignore[attr-defined]
    sys.stdout.flush()
    return 0
