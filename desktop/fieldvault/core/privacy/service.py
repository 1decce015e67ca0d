"""Privacy service (``vault.privacy``): detection stored as redactions, human decisions,
pseudonymisation of accepted names.

Contracts:

* Nothing is replaced without acceptance. :meth:`PrivacyService.scan` stores ``suggested``
  rows only; :meth:`PrivacyService.pseudonymise` replaces accepted PERSON spans only.
* Redaction rows hold offsets, never text. Real names live in the sealed identity store
  (people.py); ``gazetteer_terms`` hold non-person terms ("always treat ... as ORG") in plain.
* Every decision is one audited write with ``decided_by`` = the vault owner; audit payloads
  carry ids, offsets and categories, never a name (not even as a digest).
* Accepted PERSON rows always link a person (found through the gazetteer, named by the
  caller, or registered with the caller's role); other accepted rows stay in the working text
  and are withheld by every export.

Threading: methods may be called from any thread. ``scan`` runs detection outside the write
lock and then checks that the transcript did not change meanwhile. The Detector is cached per
vault and rebuilt only when the vault's gazetteer or theme names change.
"""

from __future__ import annotations

import hashlib
import json
import threading
from bisect import insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.privacy import (
    CATEGORIES,
    DetectionCancelled,
    Detector,
    Gazetteer,
    GazetteerEntry,
    Suggestion,
)
from fieldvault.core.privacy.not_a_person import NotAPersonResult, not_a_person_in
from fieldvault.core.privacy.pseudonyms import replace_names, seal_versions_in, unseal_version
from fieldvault.core.privacy.state import PrivacyState, case_ids_by_code, states_in
from fieldvault.core.privacy.text import words
from fieldvault.core.records.cases import get_case, normalise_text
from fieldvault.core.records.importer import Cancelled
from fieldvault.core.records.people import (
    IdentityRecord,
    add_person_in,
    identity_in,
    identity_key_in,
    reseal_in,
)
from fieldvault.core.records.transcripts import add_version_in, current_transcript
from fieldvault.core.store import connection
from fieldvault.core.store.models import (
    Coding,
    GazetteerTerm,
    Member,
    Person,
    PrivacyScan,
    Redaction,
    Theme,
    Transcript,
    utc_now,
)

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

SUGGESTED, ACCEPTED, REJECTED = "suggested", "accepted", "rejected"
PERSON = "PERSON"
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class RedactionView:
    """A redaction as lists show it. ``text`` is the covered text of the current transcript
    ('' when the row is not placed on it); ``person`` is the linked pseudonym code."""

    id: str
    start: int
    end: int
    category: str
    status: str
    source: str
    text: str
    person: str | None
    reason: str
    decided_by: str | None
    decided_at: str | None
    placed: bool


@dataclass(frozen=True)
class PseudonymiseResult:
    transcript: Transcript  # the current version afterwards
    replaced: int
    sealed_versions: list[int]
    carried_codings: int
    unplaced_codings: list[Coding]


def check_category(category: str) -> str:
    """The category in upper case; InputError for one that does not exist."""
    name = category.strip().upper()
    if name not in CATEGORIES:
        raise InputError(f"'{category}' is not a redaction category; use one of "
                         f"{', '.join(CATEGORIES)}.")
    return name


class PrivacyService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._lock = threading.Lock()
        self._detector: Detector | None = None
        self._fingerprint = ""

    # --- detection ------------------------------------------------------------------------

    @property
    def notices(self) -> list[str]:
        """Sentences about recognisers that could not run in the last detection."""
        with self._lock:
            detector = self._detector
        return [] if detector is None else detector.notices

    def detector(self) -> Detector:
        """The vault's detector: its people (when the identity key exists), its gazetteer
        terms, and its theme names as words never to suggest."""
        with self.vault.session() as session:
            entries, themes = gazetteer_entries(session), theme_words(session)
        return self._cached(entries, themes)

    def suggest(self, text: str, progress: Progress | None = None,
                cancel: Cancel | None = None) -> list[Suggestion]:
        """Suggestions for any NFC ``text`` with this vault's gazetteer; nothing is stored."""
        return _detect(self.detector(), text, progress, cancel)

    def scan(self, code: str, progress: Progress | None = None,
             cancel: Cancel | None = None) -> list[Redaction]:
        """Detect on the case's current transcript; replace its earlier *suggested* rows with
        the new suggestions and return them. Decided spans are never suggested again."""
        with self.vault.session() as session:
            transcript = current_transcript(session, get_case(session, code).id)
            entries, themes = gazetteer_entries(session), theme_words(session)
        found = _detect(self._cached(entries, themes), transcript.text, progress, cancel)
        people = Gazetteer([e for e in entries if e.ref is not None])
        payload = {"transcript": transcript.id, "found": len(found)}
        with self.vault.write("privacy.scan", f"case:{code}", payload) as session:
            current = current_transcript(session, get_case(session, code).id)
            if current.id != transcript.id:
                raise Refused(f"The transcript of {code} changed during the scan; scan again.")
            session.merge(PrivacyScan(case_id=current.case_id, transcript_id=current.id,
                                      scanned_at=utc_now()))
            return _store_suggestions(session, current, found, people)

    def ensure_scanned(self, codes: Iterable[str], progress: Progress | None = None,
                       cancel: Cancel | None = None) -> list[str]:
        """Scan every case of ``codes`` never scanned or changed since its scan; return the
        codes scanned, in order. ``progress(done, total)`` runs over all of them; a cancel
        keeps the scans already finished (scanning only adds suggestions)."""
        wanted = list(dict.fromkeys(codes))
        states = self.states()
        missing = [code for code in wanted if code not in states]
        if missing:
            raise NotFound(f"There is no case {missing[0]} in this vault.")
        todo = [code for code in wanted if states[code].needs_scan]
        for index, code in enumerate(todo):
            self.scan(code, _share(progress, index, len(todo)), cancel)
        if progress is not None and todo:
            progress(len(todo) * 100, len(todo) * 100)
        return todo

    def state(self, code: str) -> PrivacyState:
        """The privacy review state of one case (NotFound for an unknown code)."""
        with self.vault.session() as session:
            case_id = get_case(session, code).id
            return states_in(session, [case_id])[case_id]

    def states(self) -> dict[str, PrivacyState]:
        """Case code -> privacy state for every case of the vault."""
        with self.vault.session() as session:
            ids = case_ids_by_code(session)
            found = states_in(session)
        return {code: found[case_id] for code, case_id in sorted(ids.items())
                if case_id in found}

    def _cached(self, entries: list[GazetteerEntry], themes: list[str]) -> Detector:
        blob = json.dumps([[e.category, e.variants, e.ref] for e in entries] + themes,
                          ensure_ascii=False).encode("utf-8")
        fingerprint = hashlib.sha256(blob).hexdigest()
        with self._lock:
            if self._detector is None or fingerprint != self._fingerprint:
                self._detector = Detector(Gazetteer(entries), theme_words=themes)
                self._fingerprint = fingerprint
            return self._detector

    # --- reading --------------------------------------------------------------------------

    def for_case(self, code: str) -> list[RedactionView]:
        """Every redaction of the case, those on the current transcript first, by offset."""
        with self.vault.session() as session:
            case = get_case(session, code)
            current = current_transcript(session, case.id)
            rows = session.exec(select(Redaction).where(Redaction.case_id == case.id)).all()
            codes = dict(session.exec(select(Person.id, Person.code)).all())
            names = dict(session.exec(select(Member.id, Member.name)).all())
            views = [_view(r, current, codes, names) for r in rows]
        return sorted(views, key=lambda v: (not v.placed, v.start, v.end))

    def original(self, code: str, version: int) -> str:
        """The text of a sealed earlier version (needs the identity key)."""
        with self.vault.session() as session:
            case = get_case(session, code)
            transcript = session.exec(select(Transcript).where(
                Transcript.case_id == case.id, Transcript.version == version)).first()
            if transcript is None:
                raise NotFound(f"Case {code} has no transcript version {version}.")
            return unseal_version(session, identity_key_in(session), transcript)

    def terms(self) -> list[GazetteerTerm]:
        with self.vault.session() as session:
            query = select(GazetteerTerm).order_by(col(GazetteerTerm.category),
                                                   col(GazetteerTerm.term))
            return list(session.exec(query))

    # --- decisions ------------------------------------------------------------------------

    def accept(self, redaction_id: str, category: str | None = None, reason: str = "",
               role: str = "other", person: str | None = None) -> Redaction:
        """Accept a suggestion (optionally as another category). PERSON: ``person`` names
        the pseudonym code to link; else the gazetteer's, else a new person of ``role``."""
        category = check_category(category) if category else None
        payload = {"category": category, "role": role, "person": person}
        with self.vault.write("redaction.accept", f"redaction:{redaction_id}",
                              payload) as session:
            row = _row(session, redaction_id)
            text = _covered(session, row)
            row.category = category or row.category
            _refuse_overlap(session, row)
            _decide(row, ACCEPTED, self.vault.me.id, reason)
            _Linker(session, role).link(row, text, person)
            session.add(row)
        return row

    def reject(self, redaction_id: str, reason: str = "") -> Redaction:
        with self.vault.write("redaction.reject", f"redaction:{redaction_id}", {}) as session:
            row = _row(session, redaction_id)
            _decide(row, REJECTED, self.vault.me.id, reason)
            row.person_id = None
            session.add(row)
        return row

    def set_category(self, redaction_id: str, category: str, role: str = "other",
                     person: str | None = None) -> Redaction:
        """Change the category and keep the status; an accepted PERSON gets its person."""
        category = check_category(category)
        payload = {"category": category, "role": role, "person": person}
        with self.vault.write("redaction.category", f"redaction:{redaction_id}",
                              payload) as session:
            row = _row(session, redaction_id)
            row.category = category
            if row.status == ACCEPTED:
                _Linker(session, role).link(row, _covered(session, row), person)
            elif category != PERSON:
                row.person_id = None
            session.add(row)
        return row

    def accept_all(self, code: str, categories: Iterable[str] | None = None,
                   role: str = "other") -> list[Redaction]:
        """Accept every suggestion on the current transcript in ``categories`` (all if
        None); a suggestion overlapping an accepted span stays suggested."""
        wanted = sorted({check_category(c) for c in categories or CATEGORIES})
        with self.vault.write("redaction.accept_all", f"case:{code}",
                              {"categories": wanted, "role": role}) as session:
            current = current_transcript(session, get_case(session, code).id)
            rows = _rows_on(session, current)
            taken = sorted((r.start, r.end) for r in rows if r.status == ACCEPTED)
            linker, me, done = _Linker(session, role), self.vault.me.id, []
            for row in rows:
                if (row.status != SUGGESTED or row.category not in wanted
                        or _overlaps(taken, row.start, row.end)):
                    continue
                _decide(row, ACCEPTED, me, "")
                linker.link(row, current.text[row.start:row.end], None)
                session.add(row)
                insort(taken, (row.start, row.end))
                done.append(row)
        return done

    def add_manual(self, code: str, start: int, end: int, category: str, reason: str = "",
                   role: str = "other", person: str | None = None) -> Redaction:
        """Withhold a span the detector missed (accepted at once, source 'manual').
        Surrounding spaces are trimmed; overlapping suggestions give way to it."""
        category = check_category(category)
        payload = {"start": start, "end": end, "category": category, "role": role}
        with self.vault.write("redaction.manual", f"case:{code}", payload) as session:
            case = get_case(session, code)
            current = current_transcript(session, case.id)
            start, end = _trimmed(current.text, start, end)
            row = Redaction(case_id=case.id, transcript_id=current.id, start=start, end=end,
                            category=category, source="manual")
            for other in _rows_on(session, current):
                if other.start < end and start < other.end and other.status == SUGGESTED:
                    session.delete(other)
            _refuse_overlap(session, row)
            _decide(row, ACCEPTED, self.vault.me.id, reason)
            _Linker(session, role).link(row, current.text[start:end], person)
            session.add(row)
        return row

    def always_treat(self, term: str, category: str, role: str = "other",
                     person: str | None = None) -> GazetteerTerm | Person:
        """Remember ``term`` for every later scan. PERSON terms go to the identity store:
        as a variant of ``person`` (a code), of the person already known by it, or as a new
        person of ``role``; other categories become a gazetteer term."""
        category, term = check_category(category), normalise_text(term).strip()
        if sum(ch.isalnum() for ch in term) < 2:
            raise InputError("A term to remember needs at least two letters or digits.")
        with self.vault.write("gazetteer.add", "gazetteer", {"category": category}) as session:
            if category == PERSON:
                found = _Linker(session, role).person_for(term, person)
                session.info["audit_target"] = f"person:{found.code}"
                return found
            existing = session.exec(select(GazetteerTerm).where(
                GazetteerTerm.category == category, GazetteerTerm.term == term)).first()
            added = existing or GazetteerTerm(category=category, term=term)
            session.add(added)
            return added

    def remove_term(self, term_id: str) -> None:
        with self.vault.write("gazetteer.remove", f"gazetteer:{term_id}", {}) as session:
            row = session.get(GazetteerTerm, term_id)
            if row is None:
                raise NotFound(f"There is no gazetteer term {term_id}.")
            session.delete(row)

    def not_a_person(self, person_code: str) -> NotAPersonResult:
        """Undo a wrongly registered person: mentions replaced by the code get the reviewed
        words back, every redaction that linked the person becomes an undecided suggestion
        (still withheld by default), the person and their identity are deleted."""
        payload: dict[str, object] = {}
        with self.vault.write("person.not_a_person", f"person:{person_code}",
                              payload) as session:
            result = not_a_person_in(self.vault, session, person_code)
            payload.update(cases=result.cases, restored=result.restored,
                           undecided=result.undecided)
        return result

    # --- pseudonymisation -----------------------------------------------------------------

    def pseudonymise(self, code: str) -> PseudonymiseResult:
        """Save a version of the case's transcript in which every accepted PERSON span is
        its person's code (Korean particles after it made neutral), carry codings and
        redactions over exactly, seal and blank every earlier version, re-index, and fold
        the WAL so the names leave it. Nothing to replace: no write at all."""
        with self.vault.session() as session:
            current = current_transcript(session, get_case(session, code).id)
            if not _person_spans(session, current):
                return PseudonymiseResult(current, 0, [], 0, [])
        with self.vault.write("privacy.pseudonymise", f"case:{code}", {}) as session:
            result = self._pseudonymise_in(session, code)
        self._checkpoint()
        return result

    def _pseudonymise_in(self, session: Session, code: str) -> PseudonymiseResult:
        case = get_case(session, code)
        old = current_transcript(session, case.id)
        key = identity_key_in(session)
        if key is None:
            raise Refused("The identity key was destroyed; names can no longer be replaced "
                          "and sealed.")
        spans = _person_spans(session, old)
        _drop_undecided(session, old, spans)
        text, mapping = replace_names(old.text, spans)
        saved = add_version_in(self.vault, session, old, text, self.vault.actor_name, mapping)
        move_scan_in(session, old, saved.transcript)
        sealed = seal_versions_in(session, key, case.id, saved.transcript.id)
        return PseudonymiseResult(saved.transcript, len(spans), sealed, saved.carried,
                                  saved.unplaced)

    def _checkpoint(self) -> None:
        conn = self.vault.raw_connection()
        try:
            connection.checkpoint(conn)
        finally:
            conn.close()


# --- helpers (inside a session) -------------------------------------------------------------


def gazetteer_entries(session: Session) -> list[GazetteerEntry]:
    """People (ref: their code; skipped when the identity key is gone) and stored terms."""
    entries = []
    for person in session.exec(select(Person).order_by(col(Person.code))):
        record = identity_in(session, person)
        if record is not None:
            entries.append(GazetteerEntry(PERSON, record.all_names(), person.code))
    for term in session.exec(select(GazetteerTerm).order_by(col(GazetteerTerm.term))):
        entries.append(GazetteerEntry(term.category, [term.term]))
    return entries


def move_scan_in(session: Session, old: Transcript, new: Transcript) -> None:
    """A new version made only of reviewed replacements (names to codes and back) keeps the
    scan of ``old``: its text outside the replaced spans was scanned already."""
    scan = session.get(PrivacyScan, old.case_id)
    if scan is not None and scan.transcript_id == old.id:
        scan.transcript_id = new.id
        session.add(scan)


def _share(progress: Progress | None, index: int, count: int) -> Progress | None:
    """Case ``index`` of ``count`` as its hundredth share of one overall progress."""
    if progress is None:
        return None

    def tick(done: int, total: int) -> None:
        progress(index * 100 + 100 * done // max(total, 1), count * 100)

    return tick


def theme_words(session: Session) -> list[str]:
    """Every word of every theme name: a suggestion made only of them is dropped."""
    names = session.exec(select(Theme.name_en, Theme.name_ko, Theme.name_ru)).all()
    return sorted({w.text for row in names for name in row for w in words(name)})


def _detect(detector: Detector, text: str, progress: Progress | None,
            cancel: Cancel | None) -> list[Suggestion]:
    try:
        return detector.detect(text, progress, cancel)
    except DetectionCancelled as exc:
        raise Cancelled("Detection cancelled; nothing was changed.") from exc


def _store_suggestions(session: Session, current: Transcript, found: list[Suggestion],
                       people: Gazetteer) -> list[Redaction]:
    rows = session.exec(select(Redaction).where(Redaction.case_id == current.case_id)).all()
    for row in rows:
        if row.status == SUGGESTED:
            session.delete(row)
    decided = [r for r in rows if r.status != SUGGESTED and r.transcript_id == current.id
               and r.placed]
    accepted = sorted((r.start, r.end) for r in decided if r.status == ACCEPTED)
    rejected = {(r.start, r.end) for r in decided if r.status == REJECTED}
    ids = dict(session.exec(select(Person.code, Person.id)).all())
    out = []
    for s in found:
        if (s.start, s.end) in rejected or _overlaps(accepted, s.start, s.end):
            continue
        ref = _person_ref(people, s.text) if s.category == PERSON else None
        row = Redaction(case_id=current.case_id, transcript_id=current.id, start=s.start,
                        end=s.end, category=s.category, source=s.source,
                        person_id=ids.get(ref) if ref else None)
        session.add(row)
        out.append(row)
    return out


def _person_ref(people: Gazetteer, text: str) -> str | None:
    """The code of the known person whose name covers most of ``text``."""
    best: tuple[int, str] | None = None
    for s, ref in people.match_with_refs(text):
        if ref is not None and (best is None or s.end - s.start > best[0]):
            best = (s.end - s.start, ref)
    return None if best is None else best[1]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _row(session: Session, redaction_id: str) -> Redaction:
    row = session.get(Redaction, redaction_id)
    if row is None:
        raise NotFound(f"There is no redaction {redaction_id}.")
    return row


def _rows_on(session: Session, transcript: Transcript) -> list[Redaction]:
    query = select(Redaction).where(Redaction.transcript_id == transcript.id,
                                    Redaction.placed == True)  # noqa: E712
    return list(session.exec(query.order_by(col(Redaction.start), col(Redaction.end))))


def _covered(session: Session, row: Redaction) -> str:
    """The text under ``row``; Refused unless it lies on its case's current transcript."""
    current = current_transcript(session, row.case_id)
    if row.transcript_id != current.id or not row.placed:
        raise Refused("This redaction is not on the current transcript of its case; scan "
                      "the case again.")
    return current.text[row.start:row.end]


def _refuse_overlap(session: Session, row: Redaction) -> None:
    current = session.get(Transcript, row.transcript_id)
    assert current is not None
    for other in _rows_on(session, current):
        if (other.id != row.id and other.status == ACCEPTED and other.start < row.end
                and row.start < other.end):
            raise InputError(f"The span {row.start}-{row.end} overlaps an accepted "
                             f"{other.category} redaction at {other.start}-{other.end}; "
                             "reject that one first.")


def _decide(row: Redaction, status: str, member_id: str, reason: str) -> None:
    row.status, row.decided_by, row.decided_at = status, member_id, utc_now()
    row.reason = reason


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    if not 0 <= start < end <= len(text):
        raise InputError(f"The span {start}-{end} lies outside the transcript, which has "
                         f"{len(text)} characters.")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise InputError("The span holds only spaces.")
    return start, end


def _person_spans(session: Session, transcript: Transcript) -> list[tuple[int, int, str]]:
    """(start, end, code) of accepted PERSON rows on ``transcript`` not yet replaced."""
    spans = []
    for row in _rows_on(session, transcript):
        if row.status != ACCEPTED or row.category != PERSON:
            continue
        person = session.get(Person, row.person_id) if row.person_id else None
        if person is None:
            raise Refused(f"The accepted name at {row.start}-{row.end} has no pseudonym; "
                          "accept it again.")
        if transcript.text[row.start:row.end] != person.code:
            spans.append((row.start, row.end, person.code))
    for (_a, end, _c), (start, _b, _d) in zip(spans, spans[1:], strict=False):
        if start < end:
            raise Refused(f"Two accepted names overlap at offset {start}; reject one first.")
    return spans


def _drop_undecided(session: Session, transcript: Transcript,
                    spans: list[tuple[int, int, str]]) -> None:
    """Suggested and rejected rows about text that is being replaced no longer apply."""
    for row in _rows_on(session, transcript):
        if row.status != ACCEPTED and any(a < row.end and row.start < b for a, b, _ in spans):
            session.delete(row)
    session.flush()


def _view(row: Redaction, current: Transcript, codes: dict[str, str],
          names: dict[str, str]) -> RedactionView:
    placed = row.placed and row.transcript_id == current.id
    return RedactionView(row.id, row.start, row.end, row.category, row.status, row.source,
                         current.text[row.start:row.end] if placed else "",
                         codes.get(row.person_id or ""), row.reason,
                         names.get(row.decided_by or ""), row.decided_at, placed)


class _Linker:
    """Finds or registers the person behind a PERSON mention inside one write transaction;
    people registered here are found again by later mentions of the same transaction."""

    def __init__(self, session: Session, role: str) -> None:
        self.session, self.role = session, role
        self._people: Gazetteer | None = None

    def link(self, row: Redaction, text: str, code: str | None) -> None:
        if row.category != PERSON:
            row.person_id = None
            return
        known = None if code else row.person_id
        row.person_id = self.person_for(text, code, known).id

    def person_for(self, text: str, code: str | None, known: str | None = None) -> Person:
        person = self._by_code(code) if code else None
        if person is None and known is not None:
            person = self.session.get(Person, known)
        if person is None:
            ref = _person_ref(self.people, text)
            person = self._by_code(ref) if ref else None
        if person is None:
            person = add_person_in(self.session, self.role, IdentityRecord(text))
            self._remember(text, person)
            return person
        self._add_variant(person, text)
        return person

    @property
    def people(self) -> Gazetteer:
        if self._people is None:
            self._people = Gazetteer([e for e in gazetteer_entries(self.session)
                                      if e.ref is not None])
        return self._people

    def _by_code(self, code: str) -> Person:
        person = self.session.exec(select(Person).where(Person.code == code)).first()
        if person is None:
            raise NotFound(f"There is no person {code} in this vault.")
        return person

    def _add_variant(self, person: Person, text: str) -> None:
        record = identity_in(self.session, person)
        if record is not None and text not in record.all_names():
            record.variants.append(text)
            reseal_in(self.session, person, record)
            self._remember(text, person)

    def _remember(self, text: str, person: Person) -> None:
        if self._people is not None:  # built only when a mention needed a lookup
            self._people.add(GazetteerEntry(PERSON, [text], person.code))
