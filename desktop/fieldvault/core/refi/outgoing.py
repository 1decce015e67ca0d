"""What text may leave the vault in a REFI-QDA export, and the last check before it does.

:func:`text_for_export` is the single place that decides a case's outgoing transcript: the
current version with every span withheld that an export for readers outside the team
withholds (:mod:`fieldvault.core.export.withhold`: accepted, or detected and undecided, or
another mention of a withheld value; only a rejection shows a detected span). A person
appears as their pseudonym code, any other withheld span as ``[CATEGORY]``.
:func:`memo_text_for_export` withholds the same values in memos. :func:`identity_hits`
looks for the real names kept in the sealed identity store in outgoing text, so a name that
slipped through stops the export instead of leaving.

The caller scans unscanned or changed cases first (``vault.privacy.ensure_scanned``) and
builds one :class:`Withholding` per export.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlmodel import select

from fieldvault.core.export.leakcheck import normalise  # soft hyphens, zero-width removed
from fieldvault.core.export.profiles import ALL_CATEGORIES, Profile, SourceSpan, redact_text
from fieldvault.core.export.withhold import (
    Names,
    WithheldValue,
    case_spans,
    other_mentions,
    withheld_values,
)
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store.models import Case, Memo, Person

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

MIN_NAME = 2  # normalised names shorter than this are not searched
PERSON = "PERSON"


class Withholding:
    """What one REFI-QDA export withholds: the categories and the withheld values of the
    exported cases, read once."""

    def __init__(self, vault: Vault, case_ids: Sequence[str],
                 categories: Iterable[str] = ALL_CATEGORIES) -> None:
        self.profile = Profile("refi", frozenset(categories), True, True, False)
        self.values: list[WithheldValue] = _identities(vault) \
            if PERSON in self.profile.withheld else []
        with vault.session() as session:
            self.values = withheld_values(session, self.profile.withheld, case_ids,
                                          self.values)
            self.names = Names(dict(session.exec(select(Person.id, Person.code)).all()), {})

    def transcript(self, vault: Vault, case: Case) -> str:
        with vault.session() as session:
            current = current_transcript(session, case.id)
            spans = case_spans(session, current, self.profile.withheld, self.values,
                               self.names)
        return _replaced(current.text, spans, self.profile)

    def memo(self, text: str) -> str:
        return _replaced(text, other_mentions(text, self.values, [], []), self.profile)


def text_for_export(vault: Vault, case: Case, withholding: Withholding | None = None) -> str:
    """The transcript of ``case`` as it may leave the vault (NFC, LF line ends)."""
    chosen = withholding or Withholding(vault, [case.id])
    return chosen.transcript(vault, case)


def memo_text_for_export(vault: Vault, memo: Memo,
                         withholding: Withholding | None = None) -> str:
    """The text of ``memo`` as it may leave the vault: withheld values replaced."""
    chosen = withholding or Withholding(vault, [])
    return chosen.memo(memo.text)


def _identities(vault: Vault) -> list[WithheldValue]:
    out = []
    for person in vault.people.list():
        if person.identity is not None:
            source = f"a registered name or variant of {person.code}"
            out += [WithheldValue(name, PERSON, source, person.code, True)
                    for name in person.identity.all_names()]
    return out


def _replaced(text: str, spans: Sequence[SourceSpan], profile: Profile) -> str:
    """``text`` with each withheld span replaced: a person's code, else ``[CATEGORY]``."""
    from fieldvault.core.export.service import merge_overlaps

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


def identity_hits(vault: Vault, texts: Iterable[str]) -> list[str]:
    """Codes of registered people whose name or a name variant occurs in ``texts``.

    Latin-script names must stand as whole words; Hangul and Cyrillic names match anywhere,
    because Korean particles and Russian endings attach to them.
    """
    haystack = "\n".join(normalise(t) for t in texts)
    hits = []
    for person in vault.people.list():
        if person.identity is None:
            continue
        if any(_occurs(normalise(name).strip(), haystack)
               for name in person.identity.all_names()):
            hits.append(person.code)
    return hits


def _occurs(name: str, haystack: str) -> bool:
    if len(name) < MIN_NAME:
        return False
    if name.isascii():
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", haystack) is not None
    return name in haystack
