"""``fieldvault analyse VAULT matrix|crosstab|cooccur|timeline|near``: patterns across cases.

Each view prints a readable table, ``--json`` (per theme id and column: codings, cases and
coded characters; per pair of theme ids: overlapping pairs, cases, c-coefficient) or
``--csv`` (the same figures, one line per cell, on standard output: redirect it to a file
you choose). Filters: ``--coder``, ``--verdict``, ``--status``, ``--where NAME=VALUE``.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from fieldvault.cli.common import Sub, command, open_vault, parse_pairs, to_jsonable, vault_args
from fieldvault.core.analysis import cooccur as co
from fieldvault.core.analysis import crosstab as ct
from fieldvault.core.analysis.service import VERDICTS, Filters
from fieldvault.core.records.cases import STATUSES

TIMELINE = {"date": "date:year", "year": "date:year", "month": "date:month"}


def add_all(sub: Sub) -> None:
    p = command(sub, "analyse", run_analyse, help="patterns across cases: matrix, crosstab, "
                                                  "co-occurrence, timeline, near")
    vault_args(p, json_flag=False)
    views = p.add_subparsers(dest="view", required=True, metavar="VIEW")
    _table(views, "matrix", "themes x cases")
    crosstab = _table(views, "crosstab", "themes x the values of a case attribute")
    crosstab.add_argument("--by", required=True,
                          help="a case attribute (e.g. sector) or 'interviewer'")
    timeline = _table(views, "timeline", "themes over time or by interviewer")
    timeline.add_argument("--by", default="date",
                          help="date (interview year, the default), month, interviewer or "
                               "an attribute such as year_of_arrival")
    cooccur = views.add_parser("cooccur", help="pairs of themes coded together")
    _common(cooccur)
    _proximity(cooccur, "overlap")
    cooccur.add_argument("--top-level", action="store_true",
                         help="count each coding under its top-level theme")
    near = views.add_parser("near", help="passages where theme A is near theme B")
    _common(near)
    near.add_argument("theme_a")
    near.add_argument("theme_b")
    _proximity(near, "near")
    near.add_argument("--no-subthemes", action="store_true", help="only the themes as named")


def _table(views: Any, name: str, text: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = views.add_parser(name, help=text)
    _common(p)
    p.add_argument("--no-subthemes", action="store_true",
                   help="count each theme alone (default: a theme includes its subthemes)")
    p.add_argument("--top-level", action="store_true", help="only top-level themes as rows")
    return p


def _common(p: argparse.ArgumentParser) -> None:
    """The view's options; the unlock options may also follow the view."""
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--passphrase-file", metavar="PATH", default=argparse.SUPPRESS,
                   help="read the passphrase here")
    p.add_argument("--slot", default=argparse.SUPPRESS, help="the passphrase slot to try")
    p.add_argument("--recovery", action="store_true", default=argparse.SUPPRESS,
                   help="unlock with the recovery code")
    p.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    p.add_argument("--coder", action="append", default=[], help="only this coder's codings")
    p.add_argument("--verdict", action="append", default=[], choices=VERDICTS,
                   help="only codings with this review verdict (repeatable)")
    p.add_argument("--status", action="append", default=[], choices=STATUSES,
                   help="only cases with this status (repeatable)")
    p.add_argument("--where", action="append", default=[], metavar="NAME=VALUE",
                   help="only cases whose attribute NAME has VALUE (repeatable)")


def _proximity(p: argparse.ArgumentParser, default: str) -> None:
    p.add_argument("--mode", default=default, choices=co.MODES,
                   help=f"overlap, near (within --distance characters) or paragraph "
                        f"(default {default})")
    p.add_argument("--distance", type=int, default=200 if default == "near" else 0,
                   help="characters between two codings for --mode near")


def filters(args: argparse.Namespace) -> Filters:
    where = tuple(parse_pairs(args.where).items())
    return Filters(tuple(args.coder), tuple(args.verdict), tuple(args.status), where)


def run_analyse(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.view == "cooccur":
            table = vault.analysis.cooccur(filters(args), args.mode, args.distance,
                                           args.top_level)
            _print(args, co.to_json(table), lambda: co.to_csv(table), lambda: _pairs(table))
            return 0
        if args.view == "near":
            passages = vault.analysis.near(args.theme_a, args.theme_b, filters(args),
                                           args.mode, args.distance, not args.no_subthemes)
            _print(args, to_jsonable(passages), lambda: _passages_csv(passages),
                   lambda: _passages(passages))
            return 0
        by = {"matrix": "case", "crosstab": args.__dict__.get("by")}.get(args.view)
        if args.view == "timeline":
            by = TIMELINE.get(args.by, args.by)
        cross = vault.analysis.table(by or "case", filters(args), not args.no_subthemes,
                                     args.top_level)
    _print(args, ct.to_json(cross), lambda: ct.to_csv(cross), lambda: _grid(cross))
    return 0


def _print(args: argparse.Namespace, data: Any, csv_text: Any, text: Any) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif args.csv:
        print(csv_text(), end="")
    else:
        print(text())


def _grid(table: ct.CrossTable) -> str:
    """Codings per cell, with the row total; cases in brackets."""
    width = max((len(t) for t in table.rows), default=5) + 2
    columns = list(table.columns)
    head = "theme".ljust(width) + "".join(f"{c[:12]:>14}" for c in columns) + f"{'total':>14}"
    lines = [head]
    for row in table.rows:
        cells = [table.cell(row, c) for c in columns] + [table.row_totals[row]]
        lines.append(row.ljust(width) + "".join(
            f"{f'{x.codings} ({x.cases})':>14}" for x in cells))
    lines.append(f"{len(table.rows)} themes, {table.total.codings} codings in "
                 f"{table.total.cases} cases; cells: codings (cases).")
    return "\n".join(lines)


def _pairs(table: co.CooccurTable) -> str:
    lines = [f"{p.a:<36} {p.b:<36} {p.pairs:>6} pairs {p.cases:>5} cases  c "
             + ("-" if p.c is None else f"{p.c:.3f}") for p in co.sorted_pairs(table)]
    lines.append(f"{len(table.counts)} pairs of themes ({table.mode}"
                 + (f", within {table.distance} characters)" if table.mode == "near" else ")"))
    return "\n".join(lines)


def _passages(passages: list[Any]) -> str:
    lines = [f"{p.case_code} {p.start}-{p.end} {p.theme_id}: "
             + " ".join(p.text.split())[:120] for p in passages]
    lines.append(f"{len(passages)} passages.")
    return "\n".join(lines)


def _passages_csv(passages: list[Any]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["case", "themes", "start", "end", "text"])
    for p in passages:
        writer.writerow([p.case_code, p.theme_id, p.start, p.end, p.text])
    return out.getvalue()
