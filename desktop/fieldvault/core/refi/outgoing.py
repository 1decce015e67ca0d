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
asks ``vault.exports.withholding(case_ids)`` once per export.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from fieldvault.core.store.models import Case, Memo

if TYPE_CHECKING:
    from fieldvault.core.export.withhold import Withholding
    from fieldvault.core.vault import Vault

MIN_NAME = 2  # normalised names shorter than this are not searched
_SPACES = re.compile(r"\s+")


def text_for_export(vault: Vault, case: Case, withholding: Withholding | None = None) -> str:
    """The transcript of ``case`` as it may leave the vault (NFC, LF line ends)."""
    chosen = withholding or vault.exports.withholding([case.id])
    return chosen.transcript(vault, case)


def memo_text_for_export(vault: Vault, memo: Memo,
                         withholding: Withholding | None = None) -> str:
    """The text of ``memo`` as it may leave the vault: withheld values replaced."""
    chosen = withholding or vault.exports.withholding([])
    return chosen.memo(memo.text)


def normalise(text: str) -> str:
    """NFKC, casefold, ё->е, format characters (soft hyphen, zero-width) removed, spaces
    collapsed: a name split by an invisible character is still found."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    visible = "".join(c for c in folded if unicodedata.category(c) != "Cf")
    return _SPACES.sub(" ", visible)


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
