"""Exporting coded segments (Retrieve) to CSV, .docx or .odt: pseudonymised text only.

Withholding is the redacted PDF's, not a second implementation: each case's current
transcript goes through :func:`~fieldvault.core.export.withhold.case_spans`,
:func:`~fieldvault.core.export.withhold.merge_overlaps` and
:func:`~fieldvault.core.export.profiles.redact_text` under the legal profile (every
identifying category withheld, undecided suggestions withheld by default, other mentions of
withheld values too), so every withheld span becomes the PDF's token (``[R3 · PHONE]``,
``[R1 · PERSON W-017]``), numbered across the export in case order. A segment and its
context are cut from the redacted text through the offset map, so a cut never splits a
token. Cases never scanned, or changed since, are scanned first. Before anything is written
the leak check looks for every withheld value in all the text the file carries and refuses.

Threading: reads through its own sessions, writes only the chosen file; run it off the UI
thread. ``progress``/``cancel`` are plain callables polled between cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlmodel import col, select

from fieldvault.core import hardening
from fieldvault.core.errors import InputError, Refused
from fieldvault.core.export.documents import FORMATS, SegmentRow, document_bytes, plain_text
from fieldvault.core.export.leakcheck import find_needles, prepare_needles
from fieldvault.core.export.profiles import PROFILES, Profile, RedactedText, redact_text
from fieldvault.core.export.withhold import (
    Names,
    ValueIndex,
    case_spans,
    identity_values,
    merge_overlaps,
    withheld_values,
)
from fieldvault.core.progress import Cancel, Cancelled, Progress
from fieldvault.core.records.members import UNKNOWN_CODER
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store.models import Case, Member, Person
from fieldvault.core.store.models import Theme as ThemeRow
from fieldvault.core.timestamps import clock

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

LEGAL: Profile = PROFILES["legal"]


class Segment(Protocol):
    """A coded passage to export (``analysis.coded.Segment`` has these fields): offsets on
    the transcript version ``transcript_id`` of case ``case_code``."""

    @property
    def case_code(self) -> str: ...
    @property
    def theme_id(self) -> str: ...
    @property
    def coder(self) -> str: ...
    @property
    def verdict(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def context_start(self) -> int: ...
    @property
    def context_end(self) -> int: ...
    @property
    def transcript_id(self) -> str: ...
    @property
    def more_before(self) -> bool: ...
    @property
    def more_after(self) -> bool: ...


class AudioSegment(Protocol):
    """A coded span of a recording (``attachments.segments.AudioSegment`` has these)."""

    @property
    def case_code(self) -> str: ...
    @property
    def theme_id(self) -> str: ...
    @property
    def coder(self) -> str | None: ...
    @property
    def attachment_id(self) -> str: ...
    @property
    def start_ms(self) -> int: ...
    @property
    def end_ms(self) -> int: ...


@dataclass(frozen=True)
class SegmentExport:
    """What was written: the file, how many passages, and tokens (withheld spans) shown;
    ``audio``: how many of the rows are coded audio segments."""

    path: Path
    passages: int
    tokens: int
    audio: int = 0


def format_of(path: Path, fmt: str | None = None) -> str:
    """``fmt``, or the format the file name's extension names; one sentence if neither."""
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise InputError(f"Cannot tell the format of {path.name}: name it .csv, .docx or .odt.")
    return chosen


def redacted_rows(vault: Vault, segments: Sequence[Segment], language: str = "en",
                  progress: Progress | None = None,
                  cancel: Cancel | None = None) -> tuple[list[SegmentRow], list[str], int]:
    """The rows as they may leave the vault, the withheld values (for the leak check only)
    and the number of tokens in the rows."""
    codes = list(dict.fromkeys(s.case_code for s in segments))
    vault.privacy.ensure_scanned(codes, progress, cancel)
    identities = identity_values(vault)
    rows: list[SegmentRow] = []
    tokens = 0
    with vault.session() as session:
        cases = {c.code: c for c in session.exec(select(Case).where(col(Case.code).in_(codes)))}
        values = withheld_values(session, LEGAL.withheld, [c.id for c in cases.values()],
                                 identities)
        index = ValueIndex(values)
        names = Names(dict(session.exec(select(Person.id, Person.code)).all()),
                      dict(session.exec(select(Member.id, Member.name)).all()))
        themes = {t.id: t for t in session.exec(select(ThemeRow))}
        number = 1
        for code in codes:
            if cancel is not None and cancel():
                raise Cancelled("The export was cancelled; nothing was written.")
            transcript = current_transcript(session, cases[code].id)
            spans = case_spans(session, transcript, LEGAL.withheld, index, names)
            redacted = redact_text(transcript.text, merge_overlaps(spans), LEGAL, number)
            number += len(redacted.log)
            for segment in (s for s in segments if s.case_code == code):
                if segment.transcript_id != transcript.id:
                    raise Refused(f"The transcript of case {code} changed after the passages "
                                  "were retrieved; retrieve them again and export.")
                row, shown = _row(segment, redacted,
                                  _theme_name(themes, segment.theme_id, language))
                tokens += shown
                rows.append(row)
    return rows, [v.text for v in values], tokens


def _row(segment: Segment, redacted: RedactedText, theme: str) -> tuple[SegmentRow, int]:
    """The segment cut from the redacted text, and how many tokens the cut shows."""
    text = "".join(part.text for part in redacted.segments)
    begin = redacted.map_offset(segment.context_start, is_end=False)
    start = redacted.map_offset(segment.start, is_end=False)
    end = redacted.map_offset(segment.end, is_end=True)
    finish = redacted.map_offset(segment.context_end, is_end=True)
    finish = max(end, finish)
    shown = sum(1 for move in redacted.moves if begin <= move.new_start < finish)
    lead = "…" if segment.more_before else ""
    tail = "…" if segment.more_after else ""
    return SegmentRow(segment.case_code, segment.theme_id, theme, segment.coder,
                      segment.verdict, lead + text[begin:start], text[start:end],
                      text[end:finish] + tail), shown


def _theme_name(themes: dict[str, ThemeRow], theme_id: str, language: str) -> str:
    """The theme's name in ``language`` (English where the codebook has none); a pair of
    themes from Analysis ("a+b") names both."""
    if "+" in theme_id:
        return " + ".join(_theme_name(themes, part, language) for part in theme_id.split("+"))
    theme = themes.get(theme_id)
    if theme is None:
        return theme_id
    local = {"ko": theme.name_ko, "ru": theme.name_ru}.get(language, "")
    return local or theme.name_en


def audio_rows(vault: Vault, audio: Sequence[AudioSegment],
               language: str = "en") -> list[SegmentRow]:
    """Coded audio segments as rows: recording id and time range, no text and no file name
    (a file name may name a person); no verdict, so "unreviewed"."""
    with vault.session() as session:
        themes = {t.id: t for t in session.exec(select(ThemeRow))}
    return [SegmentRow(s.case_code, s.theme_id, _theme_name(themes, s.theme_id, language),
                       s.coder or UNKNOWN_CODER, "unreviewed", "", "", "",
                       s.attachment_id[:8], clock(s.start_ms), clock(s.end_ms))
            for s in audio]


def export_segments(vault: Vault, segments: Sequence[Segment], path: Path,
                    fmt: str | None = None, language: str = "en",
                    progress: Progress | None = None, cancel: Cancel | None = None,
                    audio: Sequence[AudioSegment] = ()) -> SegmentExport:
    """Write ``segments`` (then the coded ``audio`` segments) to ``path`` (mode 0600,
    replaced atomically) as CSV, .docx or .odt (``fmt``, else the extension). Refused, with
    nothing written, when there is nothing to write, the folder does not exist, or the leak
    check finds a withheld value."""
    chosen = format_of(path, fmt)
    if not segments and not audio:
        raise InputError("There is no passage to export; retrieve some first.")
    if not path.parent.is_dir():
        raise InputError(f"The folder {path.parent} does not exist.")
    rows, withheld, tokens = redacted_rows(vault, segments, language, progress, cancel) \
        if segments else ([], [], 0)
    rows += audio_rows(vault, audio, language)
    needles = prepare_needles(withheld)[0]
    if find_needles(plain_text(rows), needles):
        raise Refused("The leak check found a withheld value in the passages; nothing was "
                      "written. Withhold it (accept or add a redaction) and export again.")
    _write_private(path, document_bytes(chosen, rows, language))
    return SegmentExport(path, len(rows), tokens, len(audio))


def _write_private(path: Path, data: bytes) -> None:
    try:
        hardening.write_private(path, data)
    except OSError as exc:
        raise InputError(f"Cannot write {path.name}: {exc.strerror or exc}.") from exc


__all__ = ["LEGAL", "SegmentExport", "audio_rows", "export_segments", "format_of",
           "redacted_rows"]
