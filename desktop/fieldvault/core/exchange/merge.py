"""Merging a verified bundle payload into the vault, by GUID, inside one write transaction.

Rules (every record is matched by the id it had in the vault that created it):

- Members: matched by signing key, else by name; otherwise added *without keys* (a name
  only), so data can never make a new sender trusted; keys come only from an identity text.
  Same name with different keys: the newcomer is kept as "name (fingerprint)".
- Themes and attribute definitions the vault lacks are added.
- Cases: a new case keeps its code unless the code is taken here, then it gets a fresh one
  (reported). A known case takes the incoming title, date, place, languages and attributes
  when the incoming ``updated`` is later. Its status follows its newest review event.
- Transcripts: versions are immutable and merged by id; version numbers are local. The
  sender's versions numbered 1 and up form its line of edits, each following the one before.
  An unknown version that follows this vault's current one is appended (fast-forward).
  Otherwise the case was edited on both sides: of the two, the version created later (then
  the greater id) is current and the other is kept as a *side version*, numbered 0, -1, ...
  so it can never be the current (highest) one; a ``transcript`` conflict is recorded. Both
  vaults pick the same winner, so they agree on the current text after exchanging both
  ways, and the supervisor reconciles by saving a new version and resolving the conflict.
  Side versions travel too (numbered below 1) and are stored as side versions.
- Codings: unknown ones are added. A known one takes the incoming placement and theme when
  the incoming transcript version is later than its own; when both sit on the same version
  and differ, the local one stays and a ``coding`` conflict records the incoming one. After
  merging, every placed coding is carried to the current version (or marked not placed),
  so "placed" keeps meaning "on the current text".
- Memos: added, or overwritten by a later ``updated``. Verdicts: added, or overwritten by a
  later ``at``. Review events and reveals: added (immutable). Deletions do not travel.
- Review events from a member this vault knows by key are checked against that member's
  role here; a move their role does not allow refuses the whole bundle.
- People: added by id with their code; a code already used by another person here records a
  ``person`` conflict and skips that person. Identities (when present and addressed to this
  vault) are sealed with this vault's identity key, unless it was shredded.
- The sender's audit entries are stored as data in ``foreign_audit``; this vault's own audit
  chain gets one entry for the import and one per case.

Merging the same content twice changes nothing: every step above is idempotent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, Refused
from fieldvault.core.exchange.identity import fingerprint
from fieldvault.core.records import identity
from fieldvault.core.records.cases import normalise_text, random_code, set_attribute_in
from fieldvault.core.records.codebook import theme_from_seed
from fieldvault.core.records.members import ALL_ROLES
from fieldvault.core.records.review import may_move
from fieldvault.core.records.textmap import OffsetMap
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store import audit
from fieldvault.core.store.models import (
    Attachment,
    AttributeDef,
    AudioCoding,
    Case,
    CaseReveal,
    CodebookChange,
    Coding,
    ForeignAudit,
    Identity,
    Member,
    Memo,
    Person,
    ReviewConflict,
    ReviewEvent,
    Theme,
    Transcript,
    Verdict,
)

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

Json = dict[str, Any]


@dataclass
class ImportReport:
    bundle_id: str
    sender: str
    new_cases: list[str] = field(default_factory=list)
    updated_cases: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # incoming code -> code here
    transcripts: int = 0
    codings: int = 0
    memos: int = 0
    verdicts: int = 0
    events: int = 0
    people: int = 0
    identities: int = 0
    themes: int = 0
    conflicts: int = 0
    attachments: int = 0
    audio_codings: int = 0


class Merger:
    """One import: holds the session, the member mapping and the running report."""

    def __init__(self, vault: Vault, session: Session, report: ImportReport,
                 origin: str) -> None:
        self.vault, self.session, self.report = vault, session, report
        self.origin = origin  # signing fingerprint of the sender
        self.members: dict[str, str] = {}  # sender's member id -> member id here
        self.attachments: dict[str, Attachment] = {}  # staged rows by id (see service.py)
        self.changes = 0

    def merge(self, payload: Json, identities: list[Json] | None) -> None:
        for item in payload["members"]:
            self.members[item["id"]] = self._member(item)
        self._themes(payload["themes"])
        self._attribute_defs(payload["attribute_defs"])
        for item in payload["cases"]:
            self._case(item)
        self._audit(payload["audit"])
        self._people(payload["people"], identities or [])

    # --- members, themes, attribute definitions -------------------------------------------

    def _member(self, item: Json) -> str:
        from fieldvault.core.exchange.payload import unb64

        key = unb64(item["sign"]) if item["sign"] else None
        if key is not None:
            keyed = self.session.exec(select(Member).where(Member.sign_public == key)).first()
            if keyed is not None:
                return keyed.id
        name = item["name"]
        named = self._named(name)
        if named is not None and (key is None or named.sign_public is None):
            return named.id
        if named is not None and key is not None:
            name = f"{name} ({fingerprint(key)[:9]})"
            named = self._named(name)
            if named is not None:
                return named.id
        role = item["role"] if item["role"] in ALL_ROLES else "coder"
        member = Member(name=name, role="coder" if role == "owner" else role)
        self.session.add(member)
        self.session.flush()
        return member.id

    def _named(self, name: str) -> Member | None:
        return self.session.exec(select(Member).where(Member.name == name)).first()

    def _ref(self, member_id: str | None) -> str | None:
        if member_id is None:
            return None
        if member_id not in self.members:
            raise InputError("The bundle refers to a member it does not describe.")
        return self.members[member_id]

    def _themes(self, items: list[Json]) -> None:
        top = self.session.exec(select(Theme.position).order_by(col(Theme.position).desc()))
        position = (top.first() or 0) + 1
        for item in items:
            if self.session.get(Theme, item["id"]) is not None:
                continue
            if item["parent"] is not None and self.session.get(Theme, item["parent"]) is None:
                raise InputError(f"The bundle adds theme '{item['id']}' under a parent it "
                                 "does not describe.")
            theme = theme_from_seed(item, position)
            position += 1
            self.session.add(theme)
            self.session.flush()
            self.session.add(CodebookChange(
                actor=self.vault.actor_name, action="add", theme_id=theme.id,
                detail=f"added '{theme.name_en}' from bundle {self.report.bundle_id}"))
            self.report.themes += 1

    def _attribute_defs(self, items: list[Json]) -> None:
        for item in items:
            if self.session.get(AttributeDef, item["name"]) is None:
                choices = json.dumps(item["choices"]) if item["choices"] else None
                self.session.add(AttributeDef(name=item["name"], type=item["type"],
                                              choices=choices))
        self.session.flush()

    # --- one case -------------------------------------------------------------------------

    def _case(self, item: Json) -> None:
        self.changes = 0
        case = self.session.get(Case, item["id"])
        new = case is None
        case = self._new_case(item) if case is None else self._update_case(case, item)
        self._transcripts(case, item["transcripts"])
        self._codings(case, item["codings"])
        self._carry_codings(case)
        self._memos(case, item["memos"])
        self._verdicts(case, item["verdicts"])
        self._events(case, item["events"], new)
        self._reveal(case, item["revealed"])
        self._attachments(case, item.get("attachments", []))
        self._audio_codings(case, item.get("audio_codings", []))
        if new:
            self.report.new_cases.append(case.code)
        elif self.changes:
            self.report.updated_cases.append(case.code)
        if new or self.changes:
            audit.append(self.session, self.vault.actor_name, "bundle.case", f"case:{case.code}",
                         {"bundle": self.report.bundle_id, "changes": self.changes})

    def _new_case(self, item: Json) -> Case:
        taken = set(self.session.exec(select(Case.code)).all())
        code = item["code"]
        if code in taken:
            prefix = code.split("-")[0]
            code = random_code(prefix if prefix.isalpha() and prefix.isupper() else "C", taken)
            self.report.renamed[item["code"]] = code
        case = Case(id=item["id"], code=code, title=item["title"],
                    interview_date=item["interview_date"], location=item["location"],
                    languages=json.dumps(item["languages"]),
                    interviewer_id=self._ref(item["interviewer"]), status=item["status"],
                    created=item["created"], updated=item["updated"])
        self.session.add(case)
        self.session.flush()
        self._attributes(case, item["attributes"])
        return case

    def _update_case(self, case: Case, item: Json) -> Case:
        if item["updated"] <= case.updated:
            return case
        case.title, case.interview_date = item["title"], item["interview_date"]
        case.location, case.languages = item["location"], json.dumps(item["languages"])
        case.updated = item["updated"]
        self.session.add(case)
        self._attributes(case, item["attributes"])
        self.changes += 1
        return case

    def _attributes(self, case: Case, values: dict[str, Any]) -> None:
        for name, value in values.items():
            set_attribute_in(self.session, case.id, name, value)

    def _transcripts(self, case: Case, items: list[Json]) -> None:
        local = {t.id: t for t in self.session.exec(
            select(Transcript).where(Transcript.case_id == case.id))}
        current = max(local.values(), key=lambda t: t.version, default=None)
        previous = None
        for item in sorted((i for i in items if i["version"] >= 1), key=lambda i: i["version"]):
            if item["id"] not in local:
                if current is None or previous == current.id:
                    added = current = self._add_version(case, item, _next(local))
                else:
                    current, added = self._diverged(case, item, current, local)
                local[added.id] = added
            previous = item["id"]
        for item in (i for i in items if i["version"] < 1 and i["id"] not in local):
            local[item["id"]] = self._add_version(case, item, _side(local))

    def _diverged(self, case: Case, item: Json, current: Transcript,
                  local: dict[str, Transcript]) -> tuple[Transcript, Transcript]:
        """Both sides made a version: the later one is current, the other a side version.

        Returns (the current version, the version added)."""
        incoming_wins = (item["created"], item["id"]) > (current.created, current.id)
        added = self._add_version(case, item, _next(local) if incoming_wins else _side(local))
        winner, loser = (added, current) if incoming_wins else (current, added)
        self._conflict(case.id, "transcript", added.id, {
            "current": winner.id, "side": loser.id, "side_version": loser.version})
        return winner, added

    def _add_version(self, case: Case, item: Json, version: int) -> Transcript:
        if normalise_text(item["text"]) != item["text"]:
            raise InputError(f"A transcript of case {case.code} in the bundle is not NFC text.")
        if self.session.get(Transcript, item["id"]) is not None:
            raise InputError(f"The bundle gives case {case.code} a transcript that belongs "
                             "to another case here.")
        added = Transcript(id=item["id"], case_id=case.id, version=version, text=item["text"],
                           created=item["created"], author=item["author"])
        self.session.add(added)
        self.session.flush()
        self.report.transcripts += 1
        self.changes += 1
        return added

    def _codings(self, case: Case, items: list[Json]) -> None:
        for item in items:
            transcript = self.session.get(Transcript, item["transcript"])
            if transcript is None or transcript.case_id != case.id:
                raise InputError(f"A coding of case {case.code} in the bundle points to a "
                                 "transcript of another case.")
            if not 0 <= item["start"] < item["end"] <= len(transcript.text):
                raise InputError(f"A coding of case {case.code} in the bundle lies outside "
                                 "its transcript.")
            if self.session.get(Theme, item["theme"]) is None:
                raise InputError(f"The bundle uses theme '{item['theme']}' without "
                                 "describing it.")
            coding = self.session.get(Coding, item["id"])
            if coding is None:
                self._add_coding(case, item)
            elif coding.case_id != case.id:
                raise InputError("The bundle moves a coding to another case.")
            else:
                self._update_coding(coding, transcript, item)

    def _add_coding(self, case: Case, item: Json) -> None:
        self.session.add(Coding(id=item["id"], case_id=case.id, transcript_id=item["transcript"],
                                start=item["start"], end=item["end"], theme_id=item["theme"],
                                coder_id=self._ref(item["coder"]), placed=item["placed"],
                                created=item["created"]))
        self.report.codings += 1
        self.changes += 1

    def _update_coding(self, coding: Coding, incoming: Transcript, item: Json) -> None:
        fields = (item["transcript"], item["start"], item["end"], item["theme"], item["placed"])
        if fields == (coding.transcript_id, coding.start, coding.end, coding.theme_id,
                      coding.placed):
            return
        own = self.session.get(Transcript, coding.transcript_id)
        assert own is not None
        if incoming.version > own.version:
            (coding.transcript_id, coding.start, coding.end, coding.theme_id,
             coding.placed) = fields
            self.session.add(coding)
            self.changes += 1
        elif incoming.version == own.version:
            self._conflict(coding.case_id, "coding", coding.id, {
                "start": item["start"], "end": item["end"], "theme": item["theme"],
                "placed": item["placed"]})

    def _carry_codings(self, case: Case) -> None:
        """Put every placed coding on the current version again, or mark it not placed."""
        self.session.flush()
        current = current_transcript(self.session, case.id)
        query = select(Coding).where(Coding.case_id == case.id, Coding.placed == True,  # noqa: E712
                                     Coding.transcript_id != current.id)
        maps: dict[str, OffsetMap] = {}
        for coding in self.session.exec(query).all():
            if coding.transcript_id not in maps:
                old = self.session.get(Transcript, coding.transcript_id)
                assert old is not None
                maps[coding.transcript_id] = OffsetMap(old.text, current.text)
            span = maps[coding.transcript_id].span(coding.start, coding.end)
            if span is None:
                coding.placed = False
            else:
                coding.transcript_id, (coding.start, coding.end) = current.id, span
            self.session.add(coding)
        self.session.flush()

    def _memos(self, case: Case, items: list[Json]) -> None:
        for item in items:
            target_ok = (item["target"] == case.id if item["target_kind"] == "case" else
                         (c := self.session.get(Coding, item["target"])) is not None
                         and c.case_id == case.id)
            if not target_ok:
                raise InputError(f"A memo in the bundle is attached to something outside case "
                                 f"{case.code}.")
            memo = self.session.get(Memo, item["id"])
            if memo is None:
                memo = Memo(id=item["id"], target_kind=item["target_kind"],
                            target_id=item["target"], text=item["text"],
                            author_id=self._ref(item["author"]), created=item["created"],
                            updated=item["updated"])
            elif item["updated"] > memo.updated and item["text"] != memo.text:
                memo.text, memo.updated = item["text"], item["updated"]
            else:
                continue
            self.session.add(memo)
            self.session.flush()
            self.report.memos += 1
            self.changes += 1

    def _verdicts(self, case: Case, items: list[Json]) -> None:
        for item in items:
            coding = self.session.get(Coding, item["coding"])
            if coding is None or coding.case_id != case.id:
                raise InputError(f"A verdict in the bundle judges a coding outside case "
                                 f"{case.code}.")
            verdict = self.session.get(Verdict, item["coding"])
            if verdict is not None and item["at"] <= verdict.at:
                continue
            self.session.merge(Verdict(coding_id=item["coding"], verdict=item["verdict"],
                                       comment=item["comment"],
                                       reviewer_id=self._ref(item["reviewer"]), at=item["at"]))
            self.report.verdicts += 1
            self.changes += 1

    def _events(self, case: Case, items: list[Json], new_case: bool) -> None:
        added = False
        for item in items:
            if self.session.get(ReviewEvent, item["id"]) is not None:
                continue
            actor = self._ref(item["actor"])
            self._check_event(case, item, actor)
            self.session.add(ReviewEvent(id=item["id"], case_id=case.id,
                                         from_status=item["from"], to_status=item["to"],
                                         actor_id=actor, comment=item["comment"],
                                         at=item["at"]))
            added = True
            self.report.events += 1
            self.changes += 1
        if added and not new_case:
            self.session.flush()
            latest = self.session.exec(
                select(ReviewEvent).where(ReviewEvent.case_id == case.id)
                .order_by(col(ReviewEvent.at).desc(), col(ReviewEvent.id).desc())).first()
            assert latest is not None
            case.status = latest.to_status
            self.session.add(case)

    def _check_event(self, case: Case, item: Json, actor_id: str | None) -> None:
        actor = self.session.get(Member, actor_id) if actor_id else None
        if actor is None or actor.sign_public is None or actor.is_self:
            return  # vouched for by the sender, who signed the bundle
        if not may_move(actor.role, item["from"], item["to"]):
            raise Refused(f"The bundle records {actor.name} moving case {case.code} from "
                          f"{item['from']} to {item['to']}, which a {actor.role} may not do; "
                          "it is refused.")

    def _reveal(self, case: Case, item: Json | None) -> None:
        if item is not None and self.session.get(CaseReveal, case.id) is None:
            self.session.add(CaseReveal(case_id=case.id, revealed_by=self._ref(item["by"]),
                                        at=item["at"]))
            self.changes += 1

    def _attachments(self, case: Case, items: list[Json]) -> None:
        """Add the staged attachments; one this vault already holds (same id) was not staged
        and is left as it is."""
        for item in items:
            row = self.attachments.pop(item["id"], None)
            if row is not None:
                row.case_id = case.id
                self.session.add(row)
                self.report.attachments += 1
                self.changes += 1

    def _audio_codings(self, case: Case, items: list[Json]) -> None:
        """Add coded audio segments not here yet (by id); they need their recording, here
        already or arrived with this bundle."""
        self.session.flush()
        for item in items:
            if self.session.get(AudioCoding, item["id"]) is not None:
                continue
            recording = self.session.get(Attachment, item["attachment"])
            if recording is None or recording.case_id != case.id or recording.kind != "audio":
                raise InputError("The bundle codes a recording it does not carry.")
            if self.session.get(Theme, item["theme"]) is None:
                raise InputError("The bundle has an audio coding with a theme it does not "
                                 "describe.")
            if not 0 <= item["start_ms"] < item["end_ms"]:
                raise InputError("The bundle has an audio coding whose end is not after its "
                                 "start.")
            self.session.add(AudioCoding(id=item["id"], case_id=case.id,
                                         attachment_id=recording.id,
                                         start_ms=item["start_ms"], end_ms=item["end_ms"],
                                         theme_id=item["theme"],
                                         coder_id=self._ref(item["coder"]),
                                         created=item["created"]))
            self.report.audio_codings += 1
            self.changes += 1

    def _conflict(self, case_id: str | None, kind: str, record_id: str, detail: Json) -> None:
        text = json.dumps(detail, sort_keys=True, ensure_ascii=False)
        seen = self.session.exec(select(ReviewConflict).where(
            ReviewConflict.kind == kind, ReviewConflict.record_id == record_id,
            ReviewConflict.detail == text)).first()
        if seen is None:
            self.session.add(ReviewConflict(case_id=case_id, kind=kind, record_id=record_id,
                                            bundle_id=self.report.bundle_id, detail=text))
            self.report.conflicts += 1

    # --- audit entries and people ---------------------------------------------------------

    def _audit(self, items: list[Json]) -> None:
        for item in items:
            if self.session.get(ForeignAudit, (self.origin, item["seq"])) is None:
                self.session.add(ForeignAudit(origin=self.origin, bundle_id=self.report.bundle_id,
                                              **item))

    def _people(self, items: list[Json], identities: list[Json]) -> None:
        key = identity.key_in(self.session)
        shredded = key is None and self.session.exec(select(Person)).first() is not None
        for item in items:
            if self.session.get(Person, item["id"]) is not None:
                continue
            if self.session.exec(select(Person).where(Person.code == item["code"])).first():
                self._conflict(None, "person", item["id"], item)
                continue
            self.session.add(Person(id=item["id"], code=item["code"], role=item["role"]))
            self.report.people += 1
        self.session.flush()
        if not shredded:
            for record in identities:
                self._identity(record)

    def _identity(self, record: Json) -> None:
        person_id = record["person"]
        if self.session.get(Person, person_id) is None:
            return
        if self.session.get(Identity, person_id) is not None:
            return
        key = identity.key_in(self.session) or identity.new_key_in(self.session)
        fields = {name: record[name] for name in ("name", "variants", "contacts", "notes")}
        identity.store_identity_in(self.session, key, person_id, fields)
        self.report.identities += 1


def _next(local: dict[str, Transcript]) -> int:
    return max((t.version for t in local.values()), default=0) + 1


def _side(local: dict[str, Transcript]) -> int:
    """Side versions count down from 0, so they never become the current (highest) one."""
    return min(min((t.version for t in local.values()), default=1), 1) - 1

