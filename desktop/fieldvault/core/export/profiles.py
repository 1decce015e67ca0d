"""Export profiles and the step that turns a transcript plus withheld spans into
renderer-safe segments.

``redact_text`` is the only place where originals and tokens meet: it returns the segments
(tokens only), the redaction log rows, the withheld originals (for the leak check, never for
the renderer) and an offset map for moving codings onto the redacted text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fieldvault.core.export.model import (
    CodedRange,
    ExportCase,
    ExportError,
    RedactionLogRow,
    Segment,
    ThemePassage,
)

PERSON = "PERSON"
ORG = "ORG"
LOCATION = "LOCATION"
ID = "ID"
PHONE = "PHONE"
DOB = "DOB"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"
ALL_CATEGORIES = frozenset({PERSON, ORG, LOCATION, ID, PHONE, DOB, EMAIL, ADDRESS})


@dataclass(frozen=True)
class Profile:
    """What an export withholds and includes.

    ``identity_statement`` means the cover must say that the identity key exists, is
    withheld, and which role holds it (``ExportDocument.identity_statement`` required).
    """

    name: str
    withheld: frozenset[str]
    include_codings: bool
    include_memos: bool
    identity_statement: bool


PROFILES: dict[str, Profile] = {
    # For lawyers outside the project: every identifying category becomes a token, people
    # keep their pseudonym code so testimony can be followed; no analysis, no memos.
    "legal": Profile("legal", ALL_CATEGORIES, False, False, True),
    # For the supervisor: direct identifiers withheld; organisations and places stay because
    # they carry the analysis (which company, which city). Codings and memos included.
    "supervisor": Profile(
        "supervisor", frozenset({PERSON, ID, PHONE, DOB, EMAIL, ADDRESS}), True, True, False
    ),
}


def custom_profile(
    withheld: Iterable[str], include_codings: bool, include_memos: bool
) -> Profile:
    """A profile chosen by the user. Unknown category names are refused."""
    chosen = frozenset(withheld)
    unknown = sorted(chosen - ALL_CATEGORIES)
    if unknown:
        raise ExportError(f"Unknown redaction category {unknown[0]} in the custom profile.")
    return Profile("custom", chosen, include_codings, include_memos, PERSON in chosen)


def profile_named(name: str) -> Profile | None:
    return PROFILES.get(name)


def identity_statement(holder_role: str) -> str:
    """Standard cover wording for profiles that withhold people."""
    return (
        "People appear under pseudonym codes. The key linking each code to a real identity "
        "exists in a separately sealed identity store; it is withheld from this export and "
        f"is held only by the {holder_role}."
    )


@dataclass(frozen=True)
class SourceSpan:
    """A withheld span on the original (unredacted) NFC text: accepted by a reviewer, or
    withheld by default (``by_default``: detected, or another mention of a withheld value,
    and nobody decided)."""

    start: int
    end: int
    category: str
    pseudonym: str | None = None
    reason: str = ""
    accepted_by: str = ""
    accepted_at: str = ""
    by_default: bool = False


@dataclass(frozen=True)
class _Moved:
    orig_start: int
    orig_end: int
    new_start: int
    new_end: int


@dataclass(frozen=True)
class RedactedText:
    segments: tuple[Segment, ...]
    log: tuple[RedactionLogRow, ...]
    withheld: tuple[str, ...]  # originals: for the leak check only
    moves: tuple[_Moved, ...]

    def map_offset(self, offset: int, *, is_end: bool) -> int:
        """Map an offset in the original text to the redacted text. Offsets inside a withheld
        span snap to the token's start (range starts) or end (range ends)."""
        starts = [move.orig_start for move in self.moves]
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0:
            return offset
        move = self.moves[index]
        if offset >= move.orig_end:
            return move.new_end + (offset - move.orig_end)
        if offset == move.orig_start or not is_end:
            return move.new_start
        return move.new_end

    def map_codings(self, codings: Iterable[tuple[int, int, str]]) -> list[CodedRange]:
        """Move (start, end, theme_id) codings onto the redacted text; empty ones vanish."""
        moved: list[CodedRange] = []
        for start, end, theme_id in codings:
            new_start = self.map_offset(start, is_end=False)
            new_end = self.map_offset(end, is_end=True)
            if new_end > new_start:
                moved.append(CodedRange(new_start, new_end, theme_id))
        return moved


def redact_text(
    text: str, spans: Sequence[SourceSpan], profile: Profile, first_number: int = 1
) -> RedactedText:
    """Replace every span whose category the profile withholds by a numbered token.

    Numbers run from ``first_number`` in text order (number across cases so that a reader can
    cite ``R12`` of an export). A Korean particle right after a token is made neutral
    (``는`` -> ``은(는)``) so it does not hint at the last letter of the name.
    """
    chosen = sorted((s for s in spans if s.category in profile.withheld), key=lambda s: s.start)
    _check_spans(text, chosen)
    builder = _Builder(text)
    for number, span in enumerate(chosen, start=first_number):
        builder.add(span, number)
    return builder.finish()


def _check_spans(text: str, spans: Sequence[SourceSpan]) -> None:
    previous_end = 0
    for span in spans:
        if not 0 <= span.start < span.end <= len(text):
            raise ExportError(f"A redaction {span.start}..{span.end} lies outside the text.")
        if span.start < previous_end:
            raise ExportError(f"Redactions overlap at offset {span.start}; merge them first.")
        previous_end = span.end


_NEUTRAL_PARTICLES = {
    "은": "은(는)", "는": "은(는)", "이": "이(가)", "가": "이(가)",
    "을": "을(를)", "를": "을(를)", "과": "과(와)", "와": "과(와)",
    "으로": "(으)로", "로": "(으)로",
}


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def _particle_after(text: str, end: int) -> str | None:
    for particle in sorted(_NEUTRAL_PARTICLES, key=len, reverse=True):
        after = end + len(particle)
        if text.startswith(particle, end) and (after == len(text) or not _is_hangul(text[after])):
            return particle
    return None


class _Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.cursor = 0
        self.out_len = 0
        self.segments: list[Segment] = []
        self.log: list[RedactionLogRow] = []
        self.withheld: list[str] = []
        self.moves: list[_Moved] = []

    def _plain(self, piece: str) -> None:
        if piece:
            self.segments.append(Segment(piece))
            self.out_len += len(piece)

    def add(self, span: SourceSpan, number: int) -> None:
        self._plain(self.text[self.cursor : max(self.cursor, span.start)])
        label = f"{span.category} {span.pseudonym}" if span.pseudonym else span.category
        token = f"[R{number} · {label}]"
        new_start = self.out_len
        self.segments.append(Segment(token, token))
        self.out_len += len(token)
        orig_end = span.end
        particle = _particle_after(self.text, span.end)
        if particle is not None:
            self._plain(_NEUTRAL_PARTICLES[particle])
            orig_end += len(particle)
        self.moves.append(_Moved(span.start, orig_end, new_start, self.out_len))
        self.withheld.append(self.text[span.start : span.end])
        reason, by, at = span.reason, span.accepted_by, span.accepted_at
        self.log.append(RedactionLogRow(number, span.category, reason, by, at,
                                        span.by_default))
        self.cursor = orig_end

    def finish(self) -> RedactedText:
        self._plain(self.text[self.cursor :])
        return RedactedText(
            tuple(self.segments), tuple(self.log), tuple(self.withheld), tuple(self.moves)
        )


def theme_passage(case: ExportCase, coding: CodedRange, context: int = 160) -> ThemePassage:
    """A theme-report passage for ``coding`` with about ``context`` characters either side.

    Context never cuts a redaction token or a word; an ellipsis marks trimmed context.
    """
    text = case.text
    tokens = _token_spans(case)
    begin = _outside_tokens(max(0, coding.start - context), tokens, to_start=True)
    if begin > 0:
        space = text.find(" ", begin, coding.start)
        begin = _outside_tokens(space + 1, tokens, to_start=False) if space >= 0 else begin
    finish = _outside_tokens(min(len(text), coding.end + context), tokens, to_start=False)
    if finish < len(text):
        space = text.rfind(" ", coding.end, finish)
        finish = _outside_tokens(space, tokens, to_start=True) if space >= 0 else finish
    before = ("…" if begin > 0 else "") + text[begin : coding.start]
    after = text[coding.end : finish] + ("…" if finish < len(text) else "")
    return ThemePassage(case.code, coding.theme_id, before, text[coding.start : coding.end], after)


def _token_spans(case: ExportCase) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for segment in case.segments:
        if segment.token is not None:
            spans.append((position, position + len(segment.text)))
        position += len(segment.text)
    return spans


def _outside_tokens(offset: int, tokens: Sequence[tuple[int, int]], *, to_start: bool) -> int:
    """Move an offset that falls inside a token to the token's start or end."""
    for start, end in tokens:
        if start < offset < end:
            return start if to_start else end
    return offset
