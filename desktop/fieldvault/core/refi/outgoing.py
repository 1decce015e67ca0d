"""What text may leave the vault in a REFI-QDA export, and the last check before it does.

:func:`text_for_export` is the single place that decides a case's outgoing transcript; today
it returns the current version as stored (which the interviewer pseudonymised on intake), and
the privacy pipeline will redact here. :func:`memo_text_for_export` is the same hook for memos.
:func:`identity_hits` looks for the real names kept in the sealed identity store in outgoing
text, so a name that slipped through stops the export instead of leaving.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store.models import Case, Memo

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

MIN_NAME = 2  # normalised names shorter than this are not searched
_SPACES = re.compile(r"\s+")


def text_for_export(vault: Vault, case: Case) -> str:
    """The transcript of ``case`` as it may leave the vault (NFC, LF line ends)."""
    with vault.session() as session:
        return current_transcript(session, case.id).text


def memo_text_for_export(vault: Vault, memo: Memo) -> str:
    """The text of ``memo`` as it may leave the vault."""
    return memo.text


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return _SPACES.sub(" ", folded)


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
