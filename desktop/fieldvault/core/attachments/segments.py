"""Coded audio segments: a theme applied to a span of a recording, in milliseconds.

``vault.attachments.segments``. Kept apart from text codings (table ``audio_codings``,
migration 14): a segment has no transcript version and no character offsets. Exchange
bundles carry them (core/exchange), REFI-QDA projects as audio selections (core/refi/audio.py).
Deleting the recording or the case deletes its segments; theme merges and deletes carry them
like text codings (records/codebook.py). The workbench codes, removes and re-themes them on
its undo history (:meth:`get`/:meth:`restore`/:meth:`retheme`).

Threading: every method opens its own session; safe from a worker thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from fieldvault.core.attachments.ids import by_prefix
from fieldvault.core.errors import InputError, NotFound
from fieldvault.core.records.cases import member_id
from fieldvault.core.records.codebook import descendants
from fieldvault.core.store.models import (
    Attachment,
    AudioCoding,
    Case,
    CaseReveal,
    Member,
    Theme,
)

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

SLACK_MS = 1000  # a segment may end this far past the recorded duration (rounding, VBR)
CLOCK = re.compile(r"(?:(?:(\d{1,3}):)?([0-5]?\d):)?([0-5]?\d)(?:\.(\d{1,3}))?")


def parse_clock(text: str, what: str = "time") -> int:
    """Milliseconds from ``HH:MM:SS``, ``MM:SS`` or ``SS``, each with optional ``.mmm``;
    InputError (naming ``what``) for anything else."""
    found = CLOCK.fullmatch(text.strip())
    if found is None:
        raise InputError(f"The {what} '{text[:40]}' is not a time like 00:12:31 or "
                         "00:12:31.250.")
    hours, minutes, seconds, fraction = found.groups()
    whole = int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds)
    return whole * 1000 + int((fraction or "0").ljust(3, "0"))


@dataclass(frozen=True)
class AudioSegment:
    id: str
    case_code: str
    attachment_id: str
    attachment_name: str
    start_ms: int
    end_ms: int
    theme_id: str
    theme_name: str
    color: str
    coder: str | None
    created: str


class SegmentService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, attachment_id: str, theme_id: str, start_ms: int, end_ms: int,
            coder: str | None = None) -> AudioSegment:
        """Code ``start_ms``..``end_ms`` of a recording with ``theme_id``; one sentence
        (InputError / NotFound) for a span outside it, a non-recording or no such theme."""
        with self.vault.session() as session:
            row, case = _recording(session, attachment_id)
        payload = {"attachment": row.id, "theme": theme_id, "start_ms": start_ms,
                   "end_ms": end_ms}
        with self.vault.write("segment.add", f"case:{case.code}", payload) as session:
            _check_span(row, start_ms, end_ms)
            theme = session.get(Theme, theme_id)
            if theme is None:
                raise NotFound(f"There is no theme '{theme_id}' in the codebook.")
            segment = AudioCoding(case_id=case.id, attachment_id=row.id, start_ms=start_ms,
                                  end_ms=end_ms, theme_id=theme_id,
                                  coder_id=member_id(session, coder or self.vault.actor_name,
                                                     "coder"))
            session.add(segment)
            session.flush()
            return _view(session, segment, case.code, row.name, theme)

    def remove(self, segment_id: str) -> None:
        with self.vault.session() as session:
            segment = _get(session, segment_id)
            case = session.get(Case, segment.case_id)
        target = f"case:{case.code}" if case else "case"
        with self.vault.write("segment.remove", target, {"segment": segment.id}) as session:
            found = session.get(AudioCoding, segment.id)
            if found is not None:
                session.delete(found)

    def case_of(self, attachment_id: str) -> str:
        """The code of the case a recording belongs to (ids may be shortened)."""
        with self.vault.session() as session:
            return _recording(session, attachment_id)[1].code

    def describe(self, segment_id: str) -> AudioSegment:
        """One segment as lists show it (ids may be shortened)."""
        with self.vault.session() as session:
            return _describe(session, _get(session, segment_id))

    def get(self, segment_id: str) -> AudioCoding:
        """One segment as stored (what :meth:`restore` needs to undo a removal)."""
        with self.vault.session() as session:
            return _get(session, segment_id)

    def restore(self, stored: AudioCoding) -> None:
        """Put back a removed segment with its original id, coder and time (used by undo);
        NotFound when its recording or theme is gone meanwhile."""
        with self.vault.session() as session:
            row, case = _recording(session, stored.attachment_id)
        payload = {"segment": stored.id, "theme": stored.theme_id}
        with self.vault.write("segment.restore", f"case:{case.code}", payload) as session:
            if session.get(Theme, stored.theme_id) is None:
                raise NotFound(f"There is no theme '{stored.theme_id}' in the codebook.")
            session.add(AudioCoding(**stored.model_dump()))

    def retheme(self, segment_id: str, theme_id: str) -> AudioSegment:
        """Give a segment another theme (its span, coder and recording stay)."""
        with self.vault.session() as session:
            case = session.get(Case, _get(session, segment_id).case_id)
        target = f"case:{case.code}" if case else "case"
        payload = {"segment": segment_id, "theme": theme_id}
        with self.vault.write("segment.retheme", target, payload) as session:
            segment = _get(session, segment_id)
            if session.get(Theme, theme_id) is None:
                raise NotFound(f"There is no theme '{theme_id}' in the codebook.")
            segment.theme_id = theme_id
            session.add(segment)
            session.flush()
            return _describe(session, segment)

    def for_case(self, case_code: str, viewer: str | None = None) -> list[AudioSegment]:
        """The case's coded segments, by recording and start. ``viewer``: a member name;
        unless the case is revealed, only their segments (blind coding, as for text)."""
        with self.vault.session() as session:
            case = session.exec(select(Case).where(Case.code == case_code)).first()
            if case is None:
                raise NotFound(f"There is no case {case_code[:40]}.")
            rows = session.exec(select(AudioCoding).where(AudioCoding.case_id == case.id)
                                .order_by(col(AudioCoding.attachment_id),
                                          col(AudioCoding.start_ms))).all()
            views = [_describe(session, row) for row in rows]
            if viewer is None or session.get(CaseReveal, case.id) is not None:
                return views
            return [v for v in views if v.coder == viewer]

    def visible(self, case_code: str) -> list[AudioSegment]:
        """The segments the vault owner may see: only their own while a coder works blind."""
        me = self.vault.me
        return self.for_case(case_code, viewer=me.name if me.role == "coder" else None)

    def retrieve(self, theme_ids: list[str] | None,
                 subthemes: bool = True) -> list[AudioSegment]:
        """Every coded segment of the given themes (None: of every theme) across cases, by
        case and start."""
        with self.vault.session() as session:
            query = select(AudioCoding, Case).join(Case)
            if theme_ids is not None:
                wanted = descendants(session, theme_ids) if subthemes else set(theme_ids)
                query = query.where(col(AudioCoding.theme_id).in_(wanted))
            rows = session.exec(query.order_by(col(Case.code), col(AudioCoding.start_ms),
                                               col(AudioCoding.id))).all()
            return [_describe(session, row) for row, _case in rows]


def _recording(session: Session, attachment_id: str) -> tuple[Attachment, Case]:
    row: Attachment | None = by_prefix(session, Attachment, attachment_id, "attachment")
    if row is None:
        raise NotFound(f"There is no attachment {attachment_id[:40]} in this vault.")
    if row.kind != "audio":
        raise InputError(f"Attachment {row.id[:8]} is not a recording; only recordings have "
                         "segments to code.")
    case = session.get(Case, row.case_id)
    assert case is not None  # a foreign key
    return row, case


def _check_span(row: Attachment, start_ms: int, end_ms: int) -> None:
    length = None if row.duration is None else round(row.duration * 1000)
    if start_ms < 0 or end_ms <= start_ms or (length is not None
                                              and end_ms > length + SLACK_MS):
        limit = "" if length is None else f" ({length} ms long)"
        raise InputError(f"The span {start_ms}-{end_ms} ms is not inside recording "
                         f"{row.id[:8]}{limit}; its end must come after its start.")


def _get(session: Session, segment_id: str) -> AudioCoding:
    segment: AudioCoding | None = by_prefix(session, AudioCoding, segment_id, "coded segment")
    if segment is None:
        raise NotFound(f"There is no coded segment {segment_id[:40]}.")
    return segment


def _describe(session: Session, row: AudioCoding) -> AudioSegment:
    case = session.get(Case, row.case_id)
    attachment = session.get(Attachment, row.attachment_id)
    theme = session.get(Theme, row.theme_id)
    assert case is not None and attachment is not None and theme is not None  # foreign keys
    return _view(session, row, case.code, attachment.name, theme)


def _view(session: Session, row: AudioCoding, code: str, name: str, theme: Theme) -> AudioSegment:
    coder = session.get(Member, row.coder_id) if row.coder_id else None
    return AudioSegment(row.id, code, row.attachment_id, name, row.start_ms, row.end_ms, theme.id,
                   theme.name_en, theme.color, coder.name if coder else None, row.created)
