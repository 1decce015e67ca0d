"""Coded segments (Retrieve): every placed coding that passes the filters, whole, with some
context before and after, its case, theme, coder and review verdict.

Filters are those of the cross-case views (:class:`~fieldvault.core.analysis.service.Filters`:
coders, verdicts, case statuses, case attribute values), so a blind coder sees only their own
codings on cases not yet revealed, as everywhere else. Reads run in one session; safe from
any thread.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldvault.core.analysis.service import (
    Filters,
    _check_filters,
    _fetch,
    _marks,
    _subtree,
    _texts,
    _themes,
)
from fieldvault.core.records.codings import Passage
from fieldvault.core.records.members import UNKNOWN_CODER

if TYPE_CHECKING:
    from fieldvault.core.attachments.segments import AudioSegment
    from fieldvault.core.vault import Vault

CONTEXT = 160  # code points of context at most, each side, cut back to a word boundary


@dataclass(frozen=True)
class Segment:
    """One coded passage. ``context_start``/``context_end`` bound the context shown around
    ``[start, end)`` on the transcript version ``transcript_id``."""

    coding_id: str
    case_code: str
    theme_id: str
    coder: str
    verdict: str  # valid, invalid or unreviewed
    start: int
    end: int
    before: str
    text: str
    after: str
    context_start: int
    context_end: int
    transcript_id: str
    more_before: bool = True  # the paragraph goes on before the context (shown as "…")
    more_after: bool = True


@dataclass(frozen=True)
class FilterChoices:
    """What the filters can offer: attribute name -> its values (as shown), and the coders."""

    attributes: dict[str, list[str]]
    coders: list[str]


def coded_segments(vault: Vault, themes: Sequence[str] | None = None,
                   filters: Filters = Filters(), subthemes: bool = True,  # noqa: B008
                   context: int = CONTEXT) -> list[Segment]:
    """Segments of ``themes`` (each with its subthemes unless ``subthemes`` is False; None
    or empty: every theme) that pass ``filters``, by case code then position."""
    _check_filters(filters)
    service = vault.analysis
    with vault.session() as session:
        where, params = service._conditions(filters)
        only = ""
        if themes:
            known, _labels = _themes(session)
            wanted: set[str] = set()
            for theme in themes:
                wanted |= _subtree(known, theme, subthemes)
            only = f"AND cd.theme_id IN ({_marks('t', sorted(wanted), params)})"
        sql = ("SELECT cd.id, c.code, cd.theme_id, m.name, "
               "COALESCE(v.verdict, 'unreviewed'), cd.start, cd.\"end\", cd.transcript_id "
               "FROM codings cd JOIN cases c ON c.id = cd.case_id "
               "LEFT JOIN members m ON m.id = cd.coder_id "
               "LEFT JOIN verdicts v ON v.coding_id = cd.id "
               f"WHERE {where.codings} AND {where.cases} {only} "
               "ORDER BY c.code, cd.start, cd.\"end\", cd.theme_id")
        rows = _fetch(session, sql, params)
        texts = _texts(session, {row[7] for row in rows})
    return [_segment(row, texts[row[7]], context) for row in rows]


def coded_audio(vault: Vault, themes: Sequence[str] | None = None,
                filters: Filters = Filters(), subthemes: bool = True,  # noqa: B008
                ) -> list[AudioSegment]:
    """Coded audio segments of ``themes`` (as :func:`coded_segments` chooses them) that pass
    ``filters``: the coder, case status and attribute filters apply as to text codings; a
    segment has no review verdict, so it counts as ``unreviewed``; a blind coder sees their
    own on cases not yet revealed. By case code, then start."""
    _check_filters(filters)
    if filters.verdicts and "unreviewed" not in filters.verdicts:
        return []
    segments = vault.attachments.segments.retrieve(list(themes) if themes else None, subthemes)
    with vault.session() as session:
        where, params = vault.analysis._conditions(filters)
        cases = {row[0] for row in _fetch(session, f"SELECT c.code FROM cases c WHERE "
                                                   f"{where.cases}", params)}
        revealed = {row[0] for row in _fetch(session, "SELECT c.code FROM cases c JOIN "
                                                      "case_reveals r ON r.case_id = c.id", {})}
    me = vault.me
    blind = me.role == "coder"
    return [s for s in segments if s.case_code in cases
            and (not filters.coders or s.coder in filters.coders)
            and (not blind or s.coder == me.name or s.case_code in revealed)]


def from_passages(vault: Vault, passages: Sequence[Passage]) -> list[Segment]:
    """Passages found elsewhere (an Analysis cell or pair) as segments, with their coder and
    verdict (a pair "a+b" takes its first coding's) and the context the passage carries."""
    ids = sorted({p.coding_id.split("+")[0] for p in passages})
    params: dict[str, object] = {}
    with vault.session() as session:
        rows = _fetch(session, "SELECT cd.id, m.name, COALESCE(v.verdict, 'unreviewed'), "
                               "cd.transcript_id FROM codings cd "
                               "LEFT JOIN members m ON m.id = cd.coder_id "
                               "LEFT JOIN verdicts v ON v.coding_id = cd.id "
                               f"WHERE cd.id IN ({_marks('i', ids, params)})", params) \
            if ids else []
    known = {row[0]: row[1:] for row in rows}
    out = []
    for p in passages:
        coder, verdict, transcript = known.get(p.coding_id.split("+")[0], (None, "", ""))
        out.append(Segment(p.coding_id, p.case_code, p.theme_id, coder or UNKNOWN_CODER,
                           verdict, p.start, p.end, p.before, p.text, p.after,
                           p.start - len(p.before), p.end + len(p.after), transcript,
                           bool(p.before), bool(p.after)))
    return out


def _segment(row: tuple[str, str, str, str | None, str, int, int, str], text: str,
             context: int) -> Segment:
    coding_id, code, theme, coder, verdict, start, end, transcript_id = row
    begin, finish = context_bounds(text, start, end, context)
    return Segment(coding_id, code, theme, coder or UNKNOWN_CODER, verdict, start, end,
                   text[begin:start], text[start:end], text[end:finish], begin, finish,
                   transcript_id, begin > 0 and text[begin - 1] != "\n",
                   finish < len(text) and text[finish] != "\n")


def context_bounds(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[int, int]:
    """Where the context around ``[start, end)`` begins and ends: at most ``context`` code
    points each side, never beyond the passage's paragraph, and cut at a space so that no
    word is split (unless the only space is the passage's own edge)."""
    floor = text.rfind("\n", 0, start) + 1
    ceiling = text.find("\n", end)
    ceiling = len(text) if ceiling < 0 else ceiling
    begin = max(floor, start - context)
    if begin > floor:
        space = text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else start
    finish = min(ceiling, end + context)
    if finish < ceiling:
        space = text.rfind(" ", end, finish)
        finish = space if space >= 0 else end
    return begin, finish


def filter_choices(vault: Vault) -> FilterChoices:
    """Every case attribute with its values, and every member who coded something."""
    with vault.session() as session:
        rows = _fetch(session, "SELECT DISTINCT name, value FROM case_attributes", {})
        coders = _fetch(session, "SELECT DISTINCT m.name FROM codings cd JOIN members m "
                                 "ON m.id = cd.coder_id ORDER BY m.name", {})
    attributes: dict[str, set[str]] = {}
    for name, value in rows:
        attributes.setdefault(name, set()).add(shown_value(value))
    return FilterChoices({name: sorted(values, key=_natural) for name, values in
                          attributes.items()}, [row[0] for row in coders])


def shown_value(stored: str) -> str:
    """An attribute value (a JSON scalar) as the Cases page and the filters show it."""
    value = json.loads(stored)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _natural(value: str) -> tuple[int, float, str]:
    try:
        return (0, float(value), value)
    except ValueError:
        return (1, 0.0, value.casefold())


__all__ = ["CONTEXT", "FilterChoices", "Segment", "coded_audio", "coded_segments",
           "context_bounds",
           "filter_choices", "from_passages", "shown_value"]
