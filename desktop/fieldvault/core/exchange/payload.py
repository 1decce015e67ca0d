"""The plaintext of an exchange bundle: chosen cases as JSON (``bundle-manifest.schema.json``).

Every record keeps the id it has in the sending vault; ids are random UUIDs, so they serve as
the GUIDs by which the receiver merges (see :mod:`fieldvault.core.exchange.merge`). Members are
the exception: each vault gives its members its own ids, so members travel with their public
keys and names and every reference to a member inside the bundle uses the sender's id.

What travels per case: the case row and attributes, every transcript version except sealed
ones (blanked after pseudonymisation, see ``pseudonyms.py``), the codings on the versions that
travel, memos on the case and on those codings, verdicts, review events, the reveal flag, and the
sender's audit entries about these records (as data). Also: the themes used (with their
ancestors), the attribute definitions used, and the people whose pseudonym codes occur in
the texts (codes and roles only). Real identities never go in here; see ``bundles.py``.

Blind coding: when a recipient is a coder, an unrevealed case carries only the codings of
the coders among the recipients (and the memos and verdicts on those codings).

Attachments (format version 2): a case with attachments lists them under ``attachments`` (what
the vault row says, minus the key, plus ``offset`` and ``sha256`` of the stripped plaintext).
The plaintexts follow the JSON in the same encrypted payload: ``JSON || NUL || blobs``, the
blobs concatenated in listing order (JSON text never holds a raw NUL). So the bundle's own
age encryption and signed chunk digests protect them like the rest; the receiver seals each
under a new key of its own. Coded audio segments of those recordings go under the case's
``audio_codings`` (blind coding as for codings). A bundle with no attachment is written as
format version 1, byte for byte as before, so older Fieldvault still reads it.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from fieldvault.core.records.codebook import theme_to_seed
from fieldvault.core.store.models import (
    Attachment,
    AttributeDef,
    AudioCoding,
    AuditEntry,
    Case,
    CaseAttribute,
    CaseReveal,
    Coding,
    Member,
    Memo,
    Person,
    ReviewEvent,
    Theme,
    Transcript,
    Verdict,
)

FORMAT = "fieldvault-bundle"
FORMAT_VERSION = 2
PLAIN_VERSION = 1  # the version of a bundle without attachments
SEPARATOR = b"\x00"  # between the JSON and the attachment blobs
SCHEMA = "bundle-manifest"
# A pseudonym code inside running text; Korean particles may follow it directly (W-017의).
_CODE_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,4}-[0-9]{3,6}(?![0-9])")

Json = dict[str, Any]


@dataclass(frozen=True)
class Plan:
    """What the sender chose: the cases, the recipients, and the bundle's identity."""

    bundle_id: str
    created: str
    sender: Json  # {"name", "role", "fingerprint"}
    recipients: list[Json]  # the same, per recipient
    coder_recipients: frozenset[str]  # member ids of recipients with the coder role
    with_identities: bool


def gather(session: Session, cases: list[Case], plan: Plan, me: Member) -> Json:
    """The whole payload except ``identities`` (set by the caller), ready to validate."""
    refs = _Refs({me.id})
    case_items = [_case(session, case, plan, refs) for case in cases]
    texts = [t["text"] for c in case_items for t in c["transcripts"]]
    texts += [m["text"] for c in case_items for m in c["memos"]]
    manifest = {"bundle_id": plan.bundle_id, "created": plan.created, "sender": plan.sender,
                "recipients": plan.recipients, "with_identities": plan.with_identities,
                "cases": [{"id": c["id"], "code": c["code"], "status": c["status"],
                           "transcripts": len(c["transcripts"]), "codings": len(c["codings"])}
                          for c in case_items]}
    return {"format": FORMAT, "format_version": PLAIN_VERSION, "manifest": manifest,
            "members": _members(session, refs.members),
            "themes": _themes(session, refs.themes),
            "attribute_defs": _attribute_defs(session, refs.attributes),
            "cases": case_items, "people": _people(session, texts),
            "audit": _audit(session, refs.targets), "identities": None}


class _Refs:
    """Ids the case records point to, collected while gathering."""

    def __init__(self, members: set[str]) -> None:
        self.members = members
        self.themes: set[str] = set()
        self.attributes: set[str] = set()
        self.targets: set[str] = set()

    def member(self, member_id: str | None) -> str | None:
        if member_id is not None:
            self.members.add(member_id)
        return member_id


def _case(session: Session, case: Case, plan: Plan, refs: _Refs) -> Json:
    reveal = session.get(CaseReveal, case.id)
    codings = _codings(session, case, plan, reveal is not None)
    coding_ids = {c.id for c in codings}
    refs.themes.update(c.theme_id for c in codings)
    refs.targets.update({f"case:{case.code}", f"case:{case.id}"})
    refs.targets.update(f"coding:{c}" for c in coding_ids)
    attributes = {a.name: json.loads(a.value) for a in
                  session.exec(select(CaseAttribute).where(CaseAttribute.case_id == case.id))}
    refs.attributes.update(attributes)
    memos = _memos(session, case.id, coding_ids)
    refs.targets.update(f"memo:{m.id}" for m in memos)
    return {
        "id": case.id, "code": case.code, "title": case.title,
        "interview_date": case.interview_date, "location": case.location,
        "languages": json.loads(case.languages), "interviewer": refs.member(case.interviewer_id),
        "status": case.status, "created": case.created, "updated": case.updated,
        "attributes": attributes,
        "revealed": None if reveal is None else {"by": refs.member(reveal.revealed_by),
                                                 "at": reveal.at},
        "transcripts": [{"id": t.id, "version": t.version, "text": t.text,
                         "created": t.created, "author": t.author}
                        for t in _transcripts(session, case.id)],
        "codings": [{"id": c.id, "transcript": c.transcript_id, "start": c.start, "end": c.end,
                     "theme": c.theme_id, "coder": refs.member(c.coder_id), "placed": c.placed,
                     "created": c.created} for c in codings],
        "memos": [{"id": m.id, "target_kind": m.target_kind, "target": m.target_id,
                   "text": m.text, "author": refs.member(m.author_id), "created": m.created,
                   "updated": m.updated} for m in memos],
        "verdicts": [{"coding": v.coding_id, "verdict": v.verdict, "comment": v.comment,
                      "reviewer": refs.member(v.reviewer_id), "at": v.at}
                     for v in _verdicts(session, coding_ids)],
        "events": [{"id": e.id, "from": e.from_status, "to": e.to_status,
                    "actor": refs.member(e.actor_id), "comment": e.comment, "at": e.at}
                   for e in _events(session, case.id)],
        **_audio_codings(session, case, plan, reveal is not None, refs),
    }


def _audio_codings(session: Session, case: Case, plan: Plan, revealed: bool,
                   refs: _Refs) -> Json:
    """``{"audio_codings": [...]}`` when the case has coded audio segments, else nothing
    (so a case without them is written exactly as format 1 wrote it). Blind coding as for
    text codings."""
    rows = list(session.exec(select(AudioCoding).where(AudioCoding.case_id == case.id)
                             .order_by(col(AudioCoding.created), col(AudioCoding.id))))
    if plan.coder_recipients and not revealed:
        rows = [r for r in rows if r.coder_id in plan.coder_recipients]
    if not rows:
        return {}
    refs.themes.update(r.theme_id for r in rows)
    return {"audio_codings": [{"id": r.id, "attachment": r.attachment_id,
                               "start_ms": r.start_ms, "end_ms": r.end_ms, "theme": r.theme_id,
                               "coder": refs.member(r.coder_id), "created": r.created}
                              for r in rows]}


def list_attachments(session: Session, payload: Json,
                     describe: Callable[[str], tuple[int, str]]) -> list[Json]:
    """List every case's attachments in ``payload``; return the listing items in the order
    their plaintexts follow the JSON.

    ``describe(id)`` returns an attachment's stripped plaintext size and SHA-256 (hex), read
    in a first pass so that the JSON, which comes first, can carry them. Without
    attachments nothing changes and the payload stays version 1.
    """
    items: list[Json] = []
    offset = 0
    for item in payload["cases"]:
        rows = session.exec(select(Attachment).where(Attachment.case_id == item["id"])
                            .order_by(col(Attachment.created), col(Attachment.id))).all()
        if not rows:
            continue
        item["attachments"] = []
        for row in rows:
            size, digest = describe(row.id)
            listed = _attachment(row, offset, size, digest)
            item["attachments"].append(listed)
            items.append(listed)
            offset += size
    if items:
        payload["format_version"] = FORMAT_VERSION
    return items


def _attachment(row: Attachment, offset: int, size: int, digest: str) -> Json:
    return {"id": row.id, "name": row.name, "kind": row.kind, "format": row.format,
            "size": size, "duration": row.duration, "orientation": row.orientation,
            "removed": json.loads(row.removed), "created": row.created, "offset": offset,
            "sha256": digest}


def listing(payload: Json) -> list[Json]:
    """Every attachment item of a received payload, in blob order."""
    return [item for case in payload["cases"] for item in case.get("attachments", [])]


def encode(payload: Json) -> bytes:
    """The payload's JSON text (never holds a raw NUL)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def join(payload: Json, blobs: list[bytes]) -> bytes:
    """The payload's plaintext whole in memory: its JSON, then (if any) NUL and the blobs."""
    data = encode(payload)
    return b"".join([data, SEPARATOR, *blobs]) if blobs else data


def split(raw: bytes) -> tuple[bytes, memoryview]:
    """The JSON and the blob section of a payload's plaintext (empty for version 1)."""
    cut = raw.find(SEPARATOR)
    if cut < 0:
        return raw, memoryview(b"")
    return raw[:cut], memoryview(raw)[cut + 1:]


def _transcripts(session: Session, case_id: str) -> list[Transcript]:
    query = select(Transcript).where(Transcript.case_id == case_id, Transcript.text != "")
    return list(session.exec(query.order_by(col(Transcript.version))))


def _codings(session: Session, case: Case, plan: Plan, revealed: bool) -> list[Coding]:
    query = (select(Coding).join(Transcript)
             .where(Coding.case_id == case.id, Transcript.text != ""))
    codings = list(session.exec(query.order_by(col(Coding.created), col(Coding.id))))
    if plan.coder_recipients and not revealed:
        return [c for c in codings if c.coder_id in plan.coder_recipients]
    return codings


def _memos(session: Session, case_id: str, coding_ids: set[str]) -> list[Memo]:
    on_case = and_(col(Memo.target_kind) == "case", col(Memo.target_id) == case_id)
    on_codings = and_(col(Memo.target_kind) == "coding", col(Memo.target_id).in_(coding_ids))
    query = select(Memo).where(or_(on_case, on_codings))
    return list(session.exec(query.order_by(col(Memo.created), col(Memo.id))))


def _verdicts(session: Session, coding_ids: set[str]) -> list[Verdict]:
    query = select(Verdict).where(col(Verdict.coding_id).in_(coding_ids))
    return list(session.exec(query.order_by(col(Verdict.coding_id))))


def _events(session: Session, case_id: str) -> list[ReviewEvent]:
    query = select(ReviewEvent).where(ReviewEvent.case_id == case_id)
    return list(session.exec(query.order_by(col(ReviewEvent.at), col(ReviewEvent.id))))


def _members(session: Session, ids: set[str]) -> list[Json]:
    rows = session.exec(select(Member).where(col(Member.id).in_(ids)).order_by(col(Member.name)))
    return [{"id": m.id, "name": m.name, "role": m.role, "sign": b64(m.sign_public),
             "encrypt": b64(m.box_public)} for m in rows]


def _themes(session: Session, used: set[str]) -> list[Json]:
    """The used themes and all their ancestors, parents before children."""
    wanted: dict[str, Theme] = {}
    pending = list(used)
    while pending:
        theme = session.get(Theme, pending.pop())
        if theme is not None and theme.id not in wanted:
            wanted[theme.id] = theme
            if theme.parent_id is not None:
                pending.append(theme.parent_id)
    return [theme_to_seed(t) for t in sorted(wanted.values(), key=lambda t: _depth(t, wanted))]


def _depth(theme: Theme, themes: dict[str, Theme]) -> tuple[int, str]:
    depth, parent = 0, theme.parent_id
    while parent is not None and parent in themes:
        depth, parent = depth + 1, themes[parent].parent_id
    return depth, theme.id


def _attribute_defs(session: Session, names: set[str]) -> list[Json]:
    rows = session.exec(select(AttributeDef).where(col(AttributeDef.name).in_(names))
                        .order_by(col(AttributeDef.name)))
    return [{"name": d.name, "type": d.type,
             "choices": json.loads(d.choices) if d.choices else None} for d in rows]


def _people(session: Session, texts: Iterable[str]) -> list[Json]:
    """People whose pseudonym code occurs in one of the texts."""
    codes = {token for text in texts for token in _CODE_TOKEN.findall(text)}
    rows = session.exec(select(Person).where(col(Person.code).in_(codes))
                        .order_by(col(Person.code)))
    return [{"id": p.id, "code": p.code, "role": p.role} for p in rows]


def _audit(session: Session, targets: set[str]) -> list[Json]:
    rows = session.exec(select(AuditEntry).where(col(AuditEntry.target).in_(targets))
                        .order_by(col(AuditEntry.seq)))
    return [{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
             "target": e.target, "digest": e.digest, "prev": e.prev, "hash": e.hash}
            for e in rows]


def b64(raw: bytes | None) -> str | None:
    return None if raw is None else base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
