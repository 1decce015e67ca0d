"""What an export for readers outside the team withholds: the one rule every exporter uses.

Rule (safe by default): in a category the profile withholds, a span is withheld when a
reviewer accepted it *or* when the detector suggested it and nobody decided yet; only an
explicit rejection shows it. Every other mention of a withheld value in the same text is
withheld too ("another mention"), so the leak check, which searches for every withheld value,
never finds one the export knew about. Rejected spans are never covered by such mentions.

Withheld values (for the leak check and for other mentions):

* the original of every accepted redaction of a withheld category, in any case and version;
* every name, variant and contact of every registered person (when people are withheld);
* the text of every undecided suggestion of a withheld category on a current transcript,
  except values a reviewer rejected in the exported cases (shown on purpose there).

Functions run inside the caller's read session; nothing here writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from fieldvault.core.export.leakcheck import normalise, squeeze
from fieldvault.core.export.profiles import SourceSpan
from fieldvault.core.privacy.state import current_versions
from fieldvault.core.store.models import Case, Person, Redaction, Transcript

ACCEPTED, SUGGESTED, REJECTED = "accepted", "suggested", "rejected"
OTHER_MENTION = "another mention of a withheld value"
_CJK = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff]")
_SHORT = 3  # non-CJK values this short match only as whole words (as in the leak check)


@dataclass(frozen=True)
class WithheldValue:
    """A value the export must not contain; ``source`` says where it comes from (never the
    value itself) for refusal messages."""

    text: str
    category: str
    source: str
    pseudonym: str | None = None
    by_default: bool = False


def key(text: str) -> str:
    """How two values are compared: normalised as the leak check does, spaces removed."""
    return squeeze(normalise(text))


# --- withheld values ---------------------------------------------------------------------


def withheld_values(session: Session, categories: Iterable[str], case_ids: Sequence[str],
                    identities: Sequence[WithheldValue] = ()) -> list[WithheldValue]:
    """Every value an export of ``case_ids`` withholding ``categories`` must not show,
    unique by :func:`key`, accepted and registered values first."""
    wanted = sorted(set(categories))
    shown = _rejected_keys(session, case_ids, wanted)
    values = [*_accepted(session, wanted), *identities]
    values += [v for v in _undecided(session, wanted) if key(v.text) not in shown]
    seen: set[str] = set()
    out = []
    for value in values:
        k = key(value.text)
        if len(k) >= 2 and k not in seen:
            seen.add(k)
            out.append(value)
    return out


def _texts(session: Session, rows: Sequence[Redaction]) -> dict[str, str]:
    ids = {row.transcript_id for row in rows}
    return dict(session.exec(select(Transcript.id, Transcript.text)
                             .where(col(Transcript.id).in_(ids))).all())


def _accepted(session: Session, categories: list[str]) -> list[WithheldValue]:
    """Originals of accepted redactions (any case, any version). After pseudonymisation a
    PERSON span covers the person's code, which the export shows on purpose."""
    rows = list(session.exec(select(Redaction).where(
        Redaction.status == ACCEPTED, col(Redaction.category).in_(categories))))
    texts, cases = _texts(session, rows), _case_codes(session)
    codes = set(session.exec(select(Person.code)).all())
    out = []
    for row in rows:
        text = texts.get(row.transcript_id, "")[row.start:row.end]
        if text.strip() and text.strip() not in codes:
            out.append(WithheldValue(text, row.category, f"an accepted {row.category} "
                                     f"redaction of case {cases.get(row.case_id, '?')}"))
    return out


def _undecided(session: Session, categories: list[str]) -> list[WithheldValue]:
    """Texts of undecided suggestions placed on the current transcript of their case."""
    current = _current_ids(session)
    rows = [row for row in session.exec(select(Redaction).where(
        Redaction.status == SUGGESTED, Redaction.placed == True,  # noqa: E712
        col(Redaction.category).in_(categories))) if row.transcript_id in current]
    texts, cases = _texts(session, rows), _case_codes(session)
    return [WithheldValue(texts[row.transcript_id][row.start:row.end], row.category,
                          f"an undecided {row.category} suggestion of case "
                          f"{cases.get(row.case_id, '?')}", by_default=True)
            for row in rows if row.transcript_id in texts]


def _rejected_keys(session: Session, case_ids: Sequence[str],
                   categories: list[str]) -> set[str]:
    current = _current_ids(session)
    rows = [row for row in session.exec(select(Redaction).where(
        Redaction.status == REJECTED, Redaction.placed == True,  # noqa: E712
        col(Redaction.case_id).in_(list(case_ids)),
        col(Redaction.category).in_(categories))) if row.transcript_id in current]
    texts = _texts(session, rows)
    return {key(texts[row.transcript_id][row.start:row.end]) for row in rows
            if row.transcript_id in texts}


def _current_ids(session: Session) -> set[str]:
    return set(current_versions(session, None).values())


def _case_codes(session: Session) -> dict[str, str]:
    return dict(session.exec(select(Case.id, Case.code)).all())


# --- spans of one transcript ---------------------------------------------------------------


@dataclass(frozen=True)
class Names:
    """Display names the log needs: person id -> code, member id -> name."""

    persons: dict[str, str]
    members: dict[str, str]


def case_spans(session: Session, transcript: Transcript, categories: Iterable[str],
               values: Sequence[WithheldValue], names: Names) -> list[SourceSpan]:
    """The withheld spans of ``transcript`` (unmerged, may overlap): accepted and undecided
    rows of a withheld category, then other mentions of ``values`` outside rejected rows."""
    wanted = set(categories)
    rows = list(session.exec(select(Redaction).where(
        Redaction.transcript_id == transcript.id, Redaction.placed == True)  # noqa: E712
        .order_by(col(Redaction.start))))
    spans = [_row_span(row, names) for row in rows
             if row.category in wanted and row.status in (ACCEPTED, SUGGESTED)]
    rejected = [(row.start, row.end) for row in rows if row.status == REJECTED]
    spans += other_mentions(transcript.text, values, spans, rejected)
    return sorted(spans, key=lambda s: (s.start, s.end))


def _row_span(row: Redaction, names: Names) -> SourceSpan:
    if row.status == ACCEPTED:
        return SourceSpan(row.start, row.end, row.category,
                          names.persons.get(row.person_id or ""),
                          row.reason or f"marked by {row.source}",
                          names.members.get(row.decided_by or "", "unknown member"),
                          _when(row.decided_at or ""))
    return SourceSpan(row.start, row.end, row.category, names.persons.get(row.person_id or ""),
                      f"detected ({row.source}), not reviewed", by_default=True)


def _when(stamp: str) -> str:
    """``2024-05-02T10:11:12.5Z`` -> ``2024-05-02 10:11 UTC``; dates stay dates."""
    return stamp if len(stamp) <= 10 else f"{stamp[:10]} {stamp[11:16]} UTC"


def other_mentions(text: str, values: Sequence[WithheldValue], taken: Sequence[SourceSpan],
                   rejected: Sequence[tuple[int, int]]) -> list[SourceSpan]:
    """Spans of ``text`` where a withheld value occurs that no span in ``taken`` already
    covers and no rejected span touches."""
    pattern = _pattern(values)
    if pattern is None:
        return []
    by_key = {key(v.text): v for v in values}
    covered = sorted((s.start, s.end) for s in taken)
    out = []
    for match in pattern.finditer(text):
        start, end = match.span()
        value = by_key.get(key(match.group()))
        if value is None or _inside(covered, start, end) or _touches(rejected, start, end):
            continue
        out.append(SourceSpan(start, end, value.category, value.pseudonym, OTHER_MENTION,
                              by_default=True))
    return out


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _touches(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _pattern(values: Sequence[WithheldValue]) -> re.Pattern[str] | None:
    parts = [_value_pattern(v.text) for v in sorted(values, key=lambda v: -len(v.text))]
    chosen = [p for p in parts if p]
    return re.compile("|".join(chosen), re.IGNORECASE) if chosen else None


def _value_pattern(text: str) -> str:
    """A regex for ``text`` as the leak check would find it: any case, ё as е, any run of
    spaces (none needed in CJK), whole words only for short non-CJK values."""
    text = " ".join(text.split())
    cjk = _CJK.search(text) is not None
    out = []
    for char in text:
        if char == " ":
            out.append(r"\s*" if cjk else r"\s+")
        elif char in "ёеЁЕ":
            out.append("[ёеЁЕ]")
        else:
            out.append(re.escape(char))
    body = "".join(out)
    if not cjk and len(key(text)) <= _SHORT:
        return rf"(?<!\w){body}(?!\w)"
    return f"(?:{body})"


# --- counts for previews ---------------------------------------------------------------------


def default_counts(spans: Iterable[SourceSpan]) -> tuple[dict[str, int], dict[str, int]]:
    """Per category: how many spans are withheld after review and how many by default."""
    reviewed: dict[str, int] = {}
    by_default: dict[str, int] = {}
    for span in spans:
        target = by_default if span.by_default else reviewed
        target[span.category] = target.get(span.category, 0) + 1
    return reviewed, by_default


__all__ = ["Names", "WithheldValue", "case_spans", "default_counts", "key", "other_mentions",
           "withheld_values"]
