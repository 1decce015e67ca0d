"""Replacing accepted names by pseudonym codes, and sealing the versions that held them.

:class:`ReplacementMap` carries spans across one replacement exactly (a diff would drop a
coding that starts or ends on a replaced name). :func:`seal_versions_in` moves the text of
earlier transcript versions into ``sealed_transcripts`` (AES-256-GCM under the identity key,
associated data: the transcript id) and blanks the version row, the one update the
immutability trigger allows. Pure functions and functions running inside the caller's write
transaction; no state.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from sqlmodel import Session, col, select

from fieldvault.core.errors import Refused
from fieldvault.core.privacy import replace_spans
from fieldvault.core.records import identity
from fieldvault.core.store.models import SealedTranscript, Transcript


@dataclass(frozen=True)
class Region:
    """Old ``[old_start, old_end)`` became new ``[new_start, new_end)``; the name itself is
    ``[old_start, name_end)`` -> ``[new_start, token_end)``, the rest a rewritten particle."""

    old_start: int
    name_end: int
    old_end: int
    new_start: int
    token_end: int
    new_end: int


def replace_names(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, ReplacementMap]:
    """Replace each ``(start, end, code)`` of ``text`` (non-overlapping) by ``code`` with a
    neutral Korean particle after it; return the new text and the map of the change."""
    ordered = sorted(spans)
    new, tokens = replace_spans(text, ordered)
    return new, ReplacementMap(text, new, ordered, tokens)


class ReplacementMap:
    """Maps spans of the text before :func:`replace_names` to the text after it.

    Outside replaced regions offsets shift; a span starting inside a replaced name starts at
    its code, a span ending inside it (or right after it) ends after the code.
    """

    def __init__(self, old: str, new: str, spans: list[tuple[int, int, str]],
                 tokens: list[tuple[int, int]]) -> None:
        self.regions: list[Region] = []
        for i, ((start, end, _code), (t_start, t_end)) in enumerate(
                zip(spans, tokens, strict=True)):
            next_old = spans[i + 1][0] if i + 1 < len(spans) else len(old)
            next_new = tokens[i + 1][0] if i + 1 < len(tokens) else len(new)
            same = _common_suffix(old[end:next_old], new[t_end:next_new])
            self.regions.append(Region(start, end, next_old - same, t_start, t_end,
                                       next_new - same))
        self._starts = [r.old_start for r in self.regions]

    def start(self, offset: int) -> int:
        region, shift = self._around(offset)
        if region is None or offset >= region.old_end:
            return offset + shift
        return region.new_start if offset < region.name_end else region.token_end

    def end(self, offset: int) -> int:
        region, shift = self._around(offset - 1)
        if region is None or offset > region.old_end:
            return offset + shift
        if offset <= region.name_end:
            return region.token_end
        return region.new_end

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        new_start, new_end = self.start(start), self.end(end)
        return (new_start, new_end) if new_end > new_start else None

    def _around(self, offset: int) -> tuple[Region | None, int]:
        """The last region starting at or before ``offset``, and the shift after it."""
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return None, 0
        region = self.regions[index]
        return region, region.new_end - region.old_end


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def seal_versions_in(session: Session, key: bytes, case_id: str, keep_id: str) -> list[int]:
    """Seal and blank every version of the case except ``keep_id``; return their numbers."""
    query = select(Transcript).where(Transcript.case_id == case_id, Transcript.id != keep_id,
                                     Transcript.text != "")
    versions = list(session.exec(query.order_by(col(Transcript.version))))
    for version in versions:
        nonce, sealed = identity.seal(key, version.text.encode("utf-8"), version.id)
        session.add(SealedTranscript(transcript_id=version.id, nonce=nonce, sealed=sealed))
    session.flush()  # the trigger lets a version be blanked only once its sealed row exists
    for version in versions:
        version.text = ""
        session.add(version)
    session.flush()
    return [v.version for v in versions]


def unseal_version(session: Session, key: bytes | None, transcript: Transcript) -> str:
    row = session.get(SealedTranscript, transcript.id)
    if row is None:
        raise Refused(f"Version {transcript.version} is not sealed"
                      + (" any more: the identity key was destroyed." if transcript.text == ""
                         else "."))
    if key is None:
        raise Refused("The identity key was destroyed; sealed versions cannot be read.")
    blob = identity.unseal(key, row.nonce, row.sealed, transcript.id,
                           f"The sealed version {transcript.version}")
    return blob.decode("utf-8")
