"""``fieldvault pii`` (detection, batch acceptance, pseudonymisation) and ``fieldvault people``.

``pii scan FILE [--vault VAULT] [--json]`` prints suggestions for a UTF-8 text file (offsets
in code points of its NFC form); ``pii apply VAULT CASE (--accept-all | --categories C,...)``
scans a case, accepts the suggestions and replaces accepted names by pseudonym codes;
``pii list VAULT CASE`` shows a case's redactions; ``pii status VAULT`` every case's review
state (not scanned / N undecided / reviewed / changed). ``people VAULT {add,list,roles}``
manages the pseudonymous people register; ``people VAULT not-a-person CODE`` undoes a wrongly
registered person. A recogniser that cannot load is named on stderr; the
other layers still run.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from fieldvault.cli.common import Sub, command, emit, need, open_vault, parse_pairs, vault_args
from fieldvault.core.errors import InputError


def add_all(sub: Sub) -> None:
    _pii(sub)
    _people(sub)


# --- pii ------------------------------------------------------------------------------------


def _pii(sub: Sub) -> None:
    p = command(sub, "pii", run_pii, help="suggest, accept and pseudonymise identifying details")
    actions = p.add_subparsers(dest="pii_action", required=True, metavar="ACTION")
    scan = actions.add_parser("scan", help="print suggestions for a UTF-8 text file")
    scan.add_argument("file")
    scan.add_argument("--vault", help="use this vault's people and terms as a gazetteer")
    scan.add_argument("--passphrase-file", metavar="PATH")
    scan.add_argument("--slot")
    scan.add_argument("--recovery", action="store_true")
    scan.add_argument("--categories", help="only these categories (comma-separated)")
    scan.add_argument("--json", action="store_true")
    apply = actions.add_parser("apply", help="scan a case, accept, replace names by codes")
    vault_args(apply)
    apply.add_argument("case")
    which = apply.add_mutually_exclusive_group(required=True)
    which.add_argument("--accept-all", action="store_true", help="accept every suggestion")
    which.add_argument("--categories", help="accept these categories (comma-separated)")
    apply.add_argument("--role", default="other", help="role of newly registered people")
    listing = actions.add_parser("list", help="show the redactions of a case")
    vault_args(listing)
    listing.add_argument("case")
    status = actions.add_parser("status", help="every case's privacy review state")
    vault_args(status)


def run_pii(args: argparse.Namespace) -> int:
    if args.pii_action == "scan":
        return _scan(args)
    if args.pii_action == "apply":
        return _apply(args)
    if args.pii_action == "status":
        return _status(args)
    return _list(args)


def categories_arg(value: str | None) -> list[str] | None:
    """``PERSON,phone`` -> ["PERSON", "PHONE"]; InputError for an unknown one."""
    from fieldvault.core.privacy.service import check_category

    if value is None:
        return None
    names = [check_category(v) for v in value.split(",") if v.strip()]
    if not names:
        raise InputError("--categories names no category.")
    return names


def read_text_file(path: str) -> str:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text (first bad byte at {exc.start}).") from exc
    return unicodedata.normalize("NFC", text)


def _scan(args: argparse.Namespace) -> int:
    from fieldvault.core.privacy import Detector

    wanted = categories_arg(args.categories)
    text = read_text_file(args.file)
    if args.vault:
        with open_vault(args) as vault:
            found = vault.privacy.suggest(text)
            notices = vault.privacy.notices
    else:
        detector = Detector()
        found, notices = detector.detect(text), detector.notices
    _notices(notices)
    rows = [{"start": s.start, "end": s.end, "category": s.category, "text": s.text,
             "source": s.source} for s in found if wanted is None or s.category in wanted]
    emit(args, rows, lambda: "\n".join(
        f"{r['start']:>6}-{r['end']:<6} {r['category']:<8} {r['text']}  ({r['source']})"
        for r in rows) or "Nothing found.")
    return 0


def _apply(args: argparse.Namespace) -> int:
    wanted = None if args.accept_all else categories_arg(args.categories)
    with open_vault(args) as vault:
        found = vault.privacy.scan(args.case)
        accepted = vault.privacy.accept_all(args.case, wanted, role=args.role)
        result = vault.privacy.pseudonymise(args.case)
        _notices(vault.privacy.notices)
    counts = Counter(r.category for r in accepted)
    data = {"case": args.case, "suggested": len(found), "accepted": dict(sorted(counts.items())),
            "replaced": result.replaced, "version": result.transcript.version,
            "sealed_versions": result.sealed_versions}
    emit(args, data, lambda: _apply_text(data))
    return 0


def _apply_text(data: dict[str, Any]) -> str:
    counts = ", ".join(f"{k} {v}" for k, v in data["accepted"].items()) or "none"
    line = (f"{data['case']}: {data['suggested']} suggestions, accepted {counts}; "
            f"{data['replaced']} names replaced by codes")
    if data["replaced"]:
        sealed = ", ".join(str(v) for v in data["sealed_versions"]) or "none"
        line += f" in version {data['version']} (sealed earlier versions: {sealed})"
    return line + "."


def _list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = vault.privacy.for_case(args.case)
    emit(args, rows, lambda: "\n".join(
        f"{r.id[:8]} {r.start:>6}-{r.end:<6} {r.status:<9} {r.category:<8} "
        f"{r.person or '':<7} {r.text if r.placed else '(not placed)'}" for r in rows)
        or "No redactions.")
    return 0


def _status(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        states = vault.privacy.states()
    rows = [{"case": code, "state": s.state, "undecided": s.undecided, "accepted": s.accepted,
             "rejected": s.rejected, "scanned_at": s.scanned_at} for code, s in states.items()]
    emit(args, rows, lambda: "\n".join(
        f"{code:<10} {s.sentence():<28} accepted {s.accepted}, rejected {s.rejected}"
        for code, s in states.items()) or "No cases.")
    return 0


def _notices(notices: list[str]) -> None:
    for notice in notices:
        print(f"fieldvault: {notice}", file=sys.stderr)


# --- people ---------------------------------------------------------------------------------


def _people(sub: Sub) -> None:
    p = command(sub, "people", run_people, help="register people under pseudonym codes")
    vault_args(p)
    p.add_argument("action", choices=["add", "list", "roles", "not-a-person"])
    p.add_argument("code", nargs="?", help="the person's code (not-a-person)")
    p.add_argument("--role")
    p.add_argument("--name")
    p.add_argument("--variant", action="append", default=[])
    p.add_argument("--names", action="store_true", help="also print real names (list)")
    p.add_argument("--set", action="append", metavar="ROLE=PREFIX",
                   help="add or change a role's code prefix (roles)")
    p.add_argument("--drop", action="append", metavar="ROLE", help="remove a role (roles)")


def run_people(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.action == "add":
            person = vault.people.add(need(args.role, "--role"), need(args.name, "--name"),
                                      args.variant)
            emit(args, {"code": person.code}, lambda: person.code)
            return 0
        if args.action == "roles":
            return _roles(args, vault)
        if args.action == "not-a-person":
            result = vault.privacy.not_a_person(need(args.code, "the person's code"))
            emit(args, result, lambda: _not_a_person_text(result))
            return 0
        people = vault.people.list()
    if args.names and people and all(p.identity is None for p in people):
        print("fieldvault: the identity key was destroyed; only codes can be shown.",
              file=sys.stderr)
    rows = [{"code": p.code, "role": p.role,
             "name": p.identity.name if p.identity and args.names else None} for p in people]
    emit(args, rows, lambda: "\n".join(
        f"{r['code']:<8} {r['role']:<12} {r['name'] or ''}".rstrip() for r in rows)
        or "No people.")
    return 0


def _not_a_person_text(result: Any) -> str:
    cases = ", ".join(result.cases) or "no case"
    return (f"{result.code} is no longer a person: {result.restored} mentions got their "
            f"words back and {result.undecided} are undecided suggestions again (withheld "
            f"from exports until rejected) in {cases}; {result.forgotten} spellings "
            "forgotten.")


def _roles(args: argparse.Namespace, vault: Any) -> int:
    prefixes: dict[str, str] = vault.people.roles()
    if args.set or args.drop:
        prefixes.update(parse_pairs(args.set))
        for role in args.drop or []:
            if prefixes.pop(role, None) is None:
                raise InputError(f"There is no role {role} to remove.")
        vault.people.set_roles(prefixes)
    emit(args, prefixes, lambda: "\n".join(f"{role:<12} {prefix}"
                                           for role, prefix in prefixes.items()))
    return 0


