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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from fieldvault.core.export.leakcheck import (
    SQUEEZED_MIN_LATIN,
    WHOLE_WORD_MAX,
    find_needles,
    normalise,
    prepare_needles,
    squeeze,
)
from fieldvault.core.export.profiles import ALL_CATEGORIES, Profile, SourceSpan, redact_text
from fieldvault.core.ranges import subtract
from fieldvault.core.records.scans import current_versions
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store.models import Case, Person, Redaction, Transcript

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

ACCEPTED, SUGGESTED, REJECTED = "accepted", "suggested", "rejected"
STRICT_REASON = "strict mode: not known to be safe"
# Invisible format characters (soft hyphen, zero-width space/joiners, word joiner, BOM) that
# the leak check removes before comparing, so a value split by one must still be withheld.
_INVISIBLE = "[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]*"
_GAP = "[\\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]*"
_PUNCTUATION = " \t\n,.;:-«»\"'()"
StrictSpans = Callable[[str], Sequence[tuple[int, int, str]]]  # vault.privacy.strict_spans
PERSON = "PERSON"
OTHER_MENTION = "another mention of a withheld value"
_CJK = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff]")


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
               values: ValueIndex | Sequence[WithheldValue], names: Names,
               strict: StrictSpans | None = None) -> list[SourceSpan]:
    """The withheld spans of ``transcript`` (unmerged, may overlap): accepted and undecided
    rows of a withheld category, then other mentions of ``values`` outside rejected rows,
    then (``strict``) what strict mode withholds that neither covers nor a rejection shows."""
    wanted = set(categories)
    rows = list(session.exec(select(Redaction).where(
        Redaction.transcript_id == transcript.id, Redaction.placed == True)  # noqa: E712
        .order_by(col(Redaction.start))))
    spans = [_row_span(row, names) for row in rows
             if row.category in wanted and row.status in (ACCEPTED, SUGGESTED)]
    rejected = [(row.start, row.end) for row in rows if row.status == REJECTED]
    spans += other_mentions(transcript.text, values, spans, rejected)
    if strict is not None:
        spans += strict_rest(transcript.text, strict(transcript.text), spans, rejected)
    return sorted(spans, key=lambda s: (s.start, s.end))


def strict_rest(text: str, found: Sequence[tuple[int, int, str]], taken: Sequence[SourceSpan],
                rejected: Sequence[tuple[int, int]]) -> list[SourceSpan]:
    """The parts of strict mode's spans that no span in ``taken`` covers, leaving out any
    part a reviewer's rejection touches (a rejection says the text is safe to show)."""
    covered = sorted((s.start, s.end) for s in taken)
    out = []
    for start, end, category in found:
        for a, b in subtract(start, end, covered):
            if text[a:b].strip(_PUNCTUATION) and not _touches(rejected, a, b):
                out.append(SourceSpan(a, b, category, reason=STRICT_REASON, by_default=True))
    return out




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


class ValueIndex:
    """Withheld values prepared once per export: :meth:`present` finds the few that occur in
    a text through the leak check's trigram index, so the cost of looking for other mentions
    grows with the text, not with the number of values in the vault."""

    def __init__(self, values: Sequence[WithheldValue]) -> None:
        self.values = list(values)
        self._needles = prepare_needles(v.text for v in self.values)[0]

    def present(self, text: str) -> list[WithheldValue]:
        return [self.values[n.number - 1] for n in find_needles(text, self._needles)]


def other_mentions(text: str, values: ValueIndex | Sequence[WithheldValue],
                   taken: Sequence[SourceSpan],
                   rejected: Sequence[tuple[int, int]]) -> list[SourceSpan]:
    """Spans of ``text`` where a withheld value occurs that no span in ``taken`` already
    covers and no rejected span touches."""
    index = values if isinstance(values, ValueIndex) else ValueIndex(values)
    values = index.present(text)
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
    """A regex for ``text`` as the leak check finds it: any case, ё as е, invisible format
    characters anywhere; CJK values and values of SQUEEZED_MIN_LATIN characters or more
    with any spacing (the check compares them with spaces removed), shorter ones with any
    run of spaces where they have one and as whole words when very short."""
    text = " ".join(text.split())
    squeezed = key(text)
    loose = _CJK.search(text) is not None or len(squeezed) >= SQUEEZED_MIN_LATIN
    out = []
    for char in (text.replace(" ", "") if loose else text):
        if char == " ":
            out.append(r"\s+")
        elif char in "ёеЁЕ":
            out.append("[ёеЁЕ]")
        else:
            out.append(re.escape(char))
    body = (_GAP if loose else _INVISIBLE).join(out)
    if not loose and len(squeezed) <= WHOLE_WORD_MAX:
        return rf"(?<!\w){body}(?!\w)"
    return f"(?:{body})"


class Withholding:
    """What one plain-text export (REFI-QDA) withholds: the categories and the withheld
    values of the exported cases, read once."""

    def __init__(self, vault: Vault, case_ids: Sequence[str],
                 categories: Iterable[str] = ALL_CATEGORIES) -> None:
        self.profile = Profile("refi", frozenset(categories), True, True, False)
        self.values: list[WithheldValue] = identity_values(vault) \
            if PERSON in self.profile.withheld else []
        with vault.session() as session:
            self.values = withheld_values(session, self.profile.withheld, case_ids,
                                          self.values)
            self.index = ValueIndex(self.values)
            self.names = Names(dict(session.exec(select(Person.id, Person.code)).all()), {})

    def transcript(self, vault: Vault, case: Case) -> str:
        with vault.session() as session:
            current = current_transcript(session, case.id)
            spans = case_spans(session, current, self.profile.withheld, self.index,
                               self.names)
        return _replaced(current.text, spans, self.profile)

    def memo(self, text: str) -> str:
        return _replaced(text, other_mentions(text, self.index, [], []), self.profile)


def identity_values(vault: Vault) -> list[WithheldValue]:
    """Every name, variant and contact in the identity store (a name carries its person's
    code, so another mention of it is shown as the code)."""
    out = []
    for person in vault.people.list():
        if person.identity is not None:
            source = f"a registered name, variant or contact of {person.code}"
            out += [WithheldValue(name, PERSON, source, person.code, True)
                    for name in person.identity.all_names()]
            out += [WithheldValue(contact, _contact_category(contact), source, None, True)
                    for contact in person.identity.contacts]
    return out


def _contact_category(value: str) -> str:
    if "@" in value:
        return "EMAIL"
    return "PHONE" if sum(ch.isdigit() for ch in value) >= 5 else PERSON


def _replaced(text: str, spans: Sequence[SourceSpan], profile: Profile) -> str:
    """``text`` with each withheld span replaced: a person's code, else ``[CATEGORY]``."""
    redacted = redact_text(text, merge_overlaps(spans), profile)
    out = []
    for segment in redacted.segments:
        if segment.token is None:
            out.append(segment.text)
            continue
        label = segment.token[segment.token.index("·") + 2:-1]
        category, _, code = label.partition(" ")
        out.append(code or f"[{category}]")
    return "".join(out)


def merge_overlaps(spans: Sequence[SourceSpan]) -> list[SourceSpan]:
    """Overlapping withheld spans become one span covering both (the longer one's labels)."""
    merged: list[SourceSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not merged or span.start >= merged[-1].end:
            merged.append(span)
            continue
        last = merged[-1]
        keep = last if last.end - last.start >= span.end - span.start else span
        reasons = "; ".join(dict.fromkeys(r for r in (last.reason, span.reason) if r))
        by_default = last.by_default and span.by_default  # a reviewed part makes it reviewed
        reviewed = keep if not keep.by_default else (span if keep is last else last)
        merged[-1] = SourceSpan(last.start, max(last.end, span.end), keep.category,
                                keep.pseudonym or reviewed.pseudonym, reasons,
                                reviewed.accepted_by, reviewed.accepted_at, by_default)
    return merged


# --- counts for previews ---------------------------------------------------------------------


def default_counts(spans: Iterable[SourceSpan]) -> tuple[dict[str, int], dict[str, int]]:
    """Per category: how many spans are withheld after review and how many by default."""
    reviewed: dict[str, int] = {}
    by_default: dict[str, int] = {}
    for span in spans:
        target = by_default if span.by_default else reviewed
        target[span.category] = target.get(span.category, 0) + 1
    return reviewed, by_default


__all__ = ["Names", "ValueIndex", "WithheldValue", "Withholding", "case_spans",
           "default_counts", "identity_values", "key", "merge_overlaps", "other_mentions",
           "withheld_values"]
