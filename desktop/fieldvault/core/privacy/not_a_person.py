"""Undo a wrongly registered person ("전화가" registered as a name by a batch acceptance).

Inside one write transaction: every mention that pseudonymisation replaced by the person's
code gets the reviewed text back (a new transcript version, read from the sealed version
before it); every redaction that linked the person becomes an undecided PERSON suggestion
again, so exports keep withholding it until a reviewer rejects it (safe by default); the
person and their sealed identity are deleted, so the gazetteer forgets every spelling. The
audit entry carries counts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from fieldvault.core.errors import NotFound, Refused
from fieldvault.core.privacy.particles import NEUTRAL
from fieldvault.core.privacy.pseudonyms import unseal_version
from fieldvault.core.records.people import identity_in, identity_key_in
from fieldvault.core.records.transcripts import add_version_in, current_transcript
from fieldvault.core.store.models import (
    Case,
    Identity,
    Person,
    Redaction,
    SealedTranscript,
    Transcript,
)

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

SOURCE = "not-a-person"


@dataclass(frozen=True)
class NotAPersonResult:
    """``restored``: mentions whose text went back from the code to the reviewed words;
    ``undecided``: redactions that are undecided suggestions again (withheld by default);
    ``forgotten``: spellings the gazetteer no longer knows."""

    code: str
    cases: list[str]
    restored: int
    undecided: int
    forgotten: int


def not_a_person_in(vault: Vault, session: Session, code: str) -> NotAPersonResult:
    person = session.exec(select(Person).where(Person.code == code)).first()
    if person is None:
        raise NotFound(f"There is no person {code} in this vault.")
    record = identity_in(session, person)
    rows = list(session.exec(select(Redaction).where(Redaction.person_id == person.id)))
    restored, cases = 0, set()
    for case_id in sorted({row.case_id for row in rows}):
        current = current_transcript(session, case_id)
        replaced = [r for r in rows if r.case_id == case_id and r.transcript_id == current.id
                    and r.placed and current.text[r.start:r.end] == code]
        if replaced:
            restored += _restore(vault, session, current, replaced)
        cases.add(case_id)
    undecided = 0
    for row in rows:
        if session.get(Redaction, row.id) is not None:  # restored rows were replaced
            _undecide(row)
            session.add(row)
            undecided += 1
    session.flush()
    identity = session.get(Identity, person.id)
    if identity is not None:
        session.delete(identity)
    session.delete(person)
    codes = dict(session.exec(select(Case.id, Case.code)).all())
    return NotAPersonResult(code, sorted(codes[c] for c in cases), restored,
                            undecided + restored, len(record.all_names()) if record else 0)


def _undecide(row: Redaction) -> None:
    row.status, row.person_id, row.category = "suggested", None, "PERSON"
    row.decided_by, row.decided_at, row.reason = None, None, ""


def _restore(vault: Vault, session: Session, current: Transcript,
             replaced: list[Redaction]) -> int:
    """A new version with each replaced code back as the words it replaced, each of them an
    undecided PERSON suggestion; return how many were restored."""
    from fieldvault.core.privacy.service import move_scan_in

    original = _sealed_before(session, current)
    windows = [_window(current.text, row.start, row.end) for row in replaced]
    text, spans = restored_text(current.text, original, windows)
    for row in replaced:
        session.delete(row)
    session.flush()
    saved = add_version_in(vault, session, current, text, vault.actor_name)
    move_scan_in(session, current, saved.transcript)
    for start, end in spans:
        session.add(Redaction(case_id=current.case_id, transcript_id=saved.transcript.id,
                              start=start, end=end, category="PERSON", status="suggested",
                              source=SOURCE))
    return len(spans)


def _sealed_before(session: Session, current: Transcript) -> str:
    """The text of the newest sealed version before ``current`` (the reviewed words)."""
    key = identity_key_in(session)
    query = (select(Transcript).join(SealedTranscript, col(SealedTranscript.transcript_id)
                                     == col(Transcript.id))
             .where(Transcript.case_id == current.case_id,
                    Transcript.version < current.version)
             .order_by(col(Transcript.version).desc()))
    version = session.exec(query).first()
    if version is None:
        raise Refused("The words this code replaced are not kept any more (no sealed earlier "
                      "version); correct the transcript by hand.")
    return unseal_version(session, key, version)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The code at ``start:end`` plus the neutral particle written after it, if any."""
    for _plain, neutral in NEUTRAL:
        if text.startswith(neutral, end):
            return start, end + len(neutral)
    return start, end


def restored_text(current: str, original: str,
                  windows: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``current`` with each window replaced by the words at the same place of ``original``
    (found through the unchanged text around it), and the restored names' new spans (the
    particle after a name is not part of its span)."""
    blocks = SequenceMatcher(None, current, original, autojunk=False).get_matching_blocks()
    out, spans, cursor = [], [], 0
    for start, end in sorted(windows):
        before = max((b for b in blocks if b.a + b.size <= start and b.size),
                     key=lambda b: b.a, default=None)
        after = min((b for b in blocks if b.a >= end and b.size), key=lambda b: b.a,
                    default=None)
        o_start = before.b + before.size + (start - before.a - before.size) if before else start
        o_end = after.b - (after.a - end) if after else len(original) - (len(current) - end)
        words = original[o_start:o_end]
        name = _without_particle(words, current[start:end])
        out.append(current[cursor:start])
        offset = sum(len(p) for p in out)
        spans.append((offset, offset + len(name)))
        out.append(words)
        cursor = end
    out.append(current[cursor:])
    return "".join(out), spans


def _without_particle(words: str, window: str) -> str:
    """``words`` minus the particle that the neutral form at the end of ``window`` stood for."""
    for plain, neutral in NEUTRAL:
        if window.endswith(neutral) and words.endswith(plain) and len(words) > len(plain):
            return words[:-len(plain)]
    return words
