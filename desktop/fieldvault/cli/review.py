"""Sub-commands for review and exchange: members, case, history, review, agreement, bundle.

Wire with ``cli_review.add_all(sub)`` next to ``cli_commands.add_all``. Like every handler,
each opens the vault, calls one core service and prints; problems exit 2 with one sentence.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldvault.cli.common import Sub, command, emit, need, open_vault, to_jsonable, vault_args
from fieldvault.core.errors import InputError

STATES = ("draft", "submitted", "in_review", "returned", "approved", "exported")
ROLES = ("interviewer", "coder", "supervisor")


def add_all(sub: Sub) -> None:
    for add in (_members, _case, _history, _review, _agreement, _bundle):
        add(sub)


# --- members --------------------------------------------------------------------------------


def _members(sub: Sub) -> None:
    p = command(sub, "members", run_members, help="your identity and the members you exchange with")
    vault_args(p)
    p.add_argument("action", choices=["me", "add", "list", "role", "set-me"])
    p.add_argument("target", nargs="?", help="identity text (add) or member name (role)")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--name", help="your new display name (set-me)")


def run_members(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.action == "me":
            me = vault.members.me()
            emit(args, me, lambda: f"{me.text}\nname {me.name}  role {me.role}\n"
                                   f"signing key      {me.signing_fingerprint}\n"
                                   f"encryption key   {me.encryption_fingerprint}")
            return 0
        if args.action == "add":
            added = vault.members.add(need(args.target, "the identity text"), args.role)
            emit(args, added, lambda: f"Added {added.name} as {added.role} "
                                      f"(signing key {added.signing_fingerprint}).")
            return 0
        if args.action == "role":
            changed = vault.members.set_role(need(args.target, "a member name"),
                                             need(args.role, "--role"))
            emit(args, changed, lambda: f"{changed.name} is now {changed.role}.")
            return 0
        if args.action == "set-me":
            mine = vault.members.update_self(args.name, args.role)
            emit(args, mine, lambda: f"You are {mine.name}, {mine.role}.")
            return 0
        rows = vault.members.list()
    emit(args, rows, lambda: "\n".join(
        f"{m.name:<20} {m.role:<11} {m.signing_fingerprint or '(no keys)':<20}"
        + ("  (you)" if m.is_self else "") for m in rows))
    return 0


# --- workflow -------------------------------------------------------------------------------


def _case(sub: Sub) -> None:
    p = command(sub, "case", run_case, help="move a case through review (draft, submitted, ...)")
    vault_args(p)
    p.add_argument("case")
    p.add_argument("--to", required=True, choices=STATES)
    p.add_argument("--comment", default="", help="required when returning a case")


def run_case(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        entry = vault.review.move(args.case, args.to, args.comment)
    emit(args, entry, lambda: f"Case {args.case}: {entry.from_status} -> {entry.to_status}.")
    return 0


def _history(sub: Sub) -> None:
    p = command(sub, "history", run_history, help="the review history of a case")
    vault_args(p)
    p.add_argument("case")


def run_history(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = vault.review.history(args.case)
    emit(args, rows, lambda: "\n".join(
        f"{e.at[:19]}  {e.from_status:>9} -> {e.to_status:<9} {e.actor or '?':<16} {e.comment}"
        for e in rows) or "No review events.")
    return 0


# --- review ---------------------------------------------------------------------------------


def _review(sub: Sub) -> None:
    p = command(sub, "review", run_review, help="verdicts on codings, summaries, reveal, conflicts")
    vault_args(p)
    p.add_argument("action", choices=["summary", "verdict", "verdicts", "reveal", "conflicts",
                                      "resolve"])
    p.add_argument("args", nargs="*", help="verdict: CODING_ID valid|invalid; verdicts, "
                                           "reveal: CASE; resolve: CONFLICT_ID")
    p.add_argument("--comment", default="")
    p.add_argument("--case", action="extend", nargs="+", help="summary: only these cases")


def run_review(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        data, text = _review_action(vault, args)
    emit(args, data, text)
    return 0


def _review_action(vault: Any, args: argparse.Namespace) -> tuple[Any, Any]:
    action, rest = args.action, list(args.args)
    if action == "summary":
        s = vault.review.summary(args.case)
        return s, lambda: "\n".join(_validity_lines("coder", s.coders)
                                    + _validity_lines("theme", s.themes))
    if action == "verdict":
        if len(rest) != 2:
            raise InputError("Give the coding id and valid or invalid.")
        v = vault.review.set_verdict(rest[0], rest[1], args.comment)
        return v, lambda: f"Coding {v.coding_id} judged {v.verdict}."
    if action in ("verdicts", "reveal", "resolve") and len(rest) != 1:
        raise InputError(f"'review {action}' takes exactly one argument.")
    if action == "verdicts":
        rows = vault.review.verdicts(rest[0])
        return rows, lambda: "\n".join(f"{v.coding_id}  {v.verdict:<8} {v.reviewer or '?':<12} "
                                        f"{v.comment}" for v in rows) or "No verdicts."
    if action == "reveal":
        vault.review.reveal(rest[0])
        return {"revealed": rest[0]}, lambda: f"Every coder may now see all codings of {rest[0]}."
    if action == "resolve":
        vault.review.resolve(rest[0])
        return {"resolved": rest[0]}, lambda: f"Conflict {rest[0]} marked resolved."
    rows = vault.review.conflicts()
    return rows, lambda: "\n".join(f"{c.id}  {c.case_code or '-':<8} {c.kind:<10} {c.detail}"
                                   for c in rows) or "No open conflicts."


def _validity_lines(kind: str, rows: list[Any]) -> list[str]:
    lines = [f"by {kind}: codings valid invalid unreviewed share"]
    for r in rows:
        share = "-" if r.valid_share is None else f"{r.valid_share:.2f}"
        lines.append(f"  {r.key:<36} {r.codings:>5} {r.valid:>5} {r.invalid:>7} "
                     f"{r.unreviewed:>10} {share:>5}")
    return lines


def _agreement(sub: Sub) -> None:
    p = command(sub, "agreement", run_agreement, help="inter-coder agreement per theme and overall")
    vault_args(p)
    p.add_argument("--case", action="extend", nargs="+", help="only these cases (default: all)")
    p.add_argument("--theme", action="extend", nargs="+", help="only these themes")
    p.add_argument("--unit", default="char", choices=["char", "sentence", "paragraph"])
    p.add_argument("--csv", metavar="FILE", help="also write the table as CSV")
    p.add_argument("--coder", action="extend", nargs="+", metavar="NAME",
                   help="compare only these coders (two or more; default: everyone)")
    p.add_argument("--per-case", action="store_true",
                   help="list per case how many stretches the coders differ on, and on "
                        "which themes (one --theme: that theme only; JSON: {themes: [...], "
                        "cases: [...]})")


def run_agreement(args: argparse.Namespace) -> int:
    from fieldvault.core.analysis.agreement import to_csv
    from fieldvault.core.analysis.compare import case_differences, coders_in

    if args.coder is not None and len(set(args.coder)) < 2:
        raise InputError("Name two or more coders to compare with --coder.")
    with open_vault(args) as vault:
        rows = vault.agreement.compute(args.case, args.unit, args.theme, args.coder)
        coders = args.coder or coders_in(vault)
        theme = args.theme[0] if args.theme and len(args.theme) == 1 else None
        cases = case_differences(vault, coders, args.case, args.unit, theme) \
            if args.per_case and len(coders) >= 2 else []
    if args.csv:
        Path(args.csv).write_text(to_csv(rows), "utf-8")
    lines = [f"{r.theme or 'overall':<40} units {r.units:>8}  percent {_num(r.percent)}  "
             f"kappa {_num(r.kappa)}  alpha {_num(r.alpha)}" for r in rows]
    lines += [f"{c.code:<10} {', '.join(c.coders) or '-':<40} differ {c.stretches:>4}  "
              f"{', '.join(c.themes)}" for c in cases]
    data = {"themes": rows, "cases": cases} if args.per_case else rows
    emit(args, data, lambda: "\n".join(lines))
    return 0


def _num(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


# --- bundles --------------------------------------------------------------------------------


def _bundle(sub: Sub) -> None:
    p = command(sub, "bundle", run_bundle, help="export, import or purge exchange bundles")
    vault_args(p)
    p.add_argument("action", choices=["export", "import", "purge", "list"])
    p.add_argument("file", nargs="?", help="the bundle to import")
    p.add_argument("--to", action="extend", nargs="+", metavar="MEMBER", help="recipients")
    p.add_argument("--case", action="extend", nargs="+", metavar="CODE", help="cases")
    p.add_argument("--out", metavar="FILE", help="where to write the bundle")
    p.add_argument("--with-identities", action="store_true",
                   help="include real identities, readable by supervisor recipients only")


def run_bundle(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.action == "export":
            out = Path(need(args.out, "--out"))
            states = vault.privacy.states()
            waiting = {code: states[code] for code in need(args.case, "--case")
                       if code in states and states[code].state != "reviewed"}
            export = vault.bundles.export(need(args.to, "--to"), need(args.case, "--case"),
                                          out, with_identities=args.with_identities)
            data = {**to_jsonable(export), "path": str(export.path),
                    "privacy": {code: to_jsonable(state) for code, state in waiting.items()}}
            emit(args, data, lambda: f"Wrote {export.path} ({export.bytes} bytes) for "
                                     f"{', '.join(export.recipients)}: "
                                     f"{', '.join(export.cases)}." + _privacy_lines(waiting))
        elif args.action == "import":
            report = vault.bundles.import_file(Path(need(args.file, "the bundle file")))
            emit(args, report, lambda: _import_text(report))
        elif args.action == "purge":
            purged = vault.bundles.purge(need(args.case, "--case"))
            emit(args, purged, lambda: f"Purged {', '.join(purged.cases)} "
                                       f"({purged.transcripts} transcript versions).")
        else:
            rows = vault.bundles.history()
            emit(args, rows, lambda: "\n".join(f"{b.at[:19]}  {b.direction:<3} {b.id}  "
                                               f"{b.peers}" for b in rows) or "No bundles.")
    return 0


def _privacy_lines(waiting: dict[str, Any]) -> str:
    """One line per case not reviewed: the bundle carries its working text as it is."""
    return "".join(f"\n  {code}: privacy review {state.sentence()} (the bundle carries the "
                   "working text; exports withhold undecided findings)."
                   for code, state in waiting.items())


def _import_text(report: Any) -> str:
    lines = [f"Imported bundle from {report.sender}: {len(report.new_cases)} new cases, "
             f"{len(report.updated_cases)} updated, {report.codings} codings, "
             f"{report.verdicts} verdicts, {report.events} review events, "
             f"{report.conflicts} conflicts."]
    lines += [f"  case {old} is {new} here (the code was taken)."
              for old, new in report.renamed.items()]
    if report.attachments:
        lines.append(f"  {report.attachments} attachments added (sealed under keys of this "
                     "vault).")
    if report.audio_codings:
        lines.append(f"  {report.audio_codings} coded audio segments added.")
    if report.conflicts:
        lines.append("  See 'fieldvault review VAULT conflicts'.")
    return "\n".join(lines)
