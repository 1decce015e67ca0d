"""Offline exchange: signed, encrypted bundles of cases between members' vaults.

A bundle is one file: the envelope of :mod:`fieldvault.core.exchange.envelope` (age
encryption to every recipient's X25519 key, Ed25519 signature of the sender) around the JSON
payload of :mod:`fieldvault.core.exchange.payload`. With ``with_identities`` the real names of
the people the cases mention go in a second envelope inside the payload, encrypted only to
the recipients who are supervisors in the sender's member table.

Import order, so that bad input is refused before anything is written:
:func:`open_stream` (signature, known sender, addressed to me, length, every chunk's digest),
replayed bundle id, then decryption chunk by chunk: the JSON up to the separator, payload
format version (newer refused), JSON Schema, attachment listing against the signed length,
manifest agreeing with the envelope, inner identities envelope. The attachments' bytes then
stream into pending files sealed under new keys (each digest checked as it passes; any
failure removes them all). Only then one write transaction merges the data
(:mod:`fieldvault.core.exchange.merge`), puts the pending files in place and records the
bundle id. Export streams too (two passes over each attachment: its digest for the JSON,
then its bytes), so memory does not grow with the recordings a bundle carries.

Field mode: :meth:`BundleService.purge` deletes submitted cases that a recorded bundle
carried, then checkpoints and vacuums so their text leaves the files (secure_delete is on).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import func
from sqlmodel import Session, col, select

from fieldvault.core import hardening, jsontext
from fieldvault.core.errors import InputError, Refused
from fieldvault.core.exchange import age
from fieldvault.core.exchange import payload as bundle_payload
from fieldvault.core.exchange.envelope import (
    EnvelopeError,
    Problem,
    open_envelope,
    open_stream,
    seal,
    seal_to,
)
from fieldvault.core.exchange.identity import fingerprint
from fieldvault.core.exchange.merge import ImportReport, Merger
from fieldvault.core.exchange.payload import Json, Plan
from fieldvault.core.records import seeds
from fieldvault.core.records.cases import delete_cases_in, get_case
from fieldvault.core.records.members import OwnKeyPair, get_member, known_senders
from fieldvault.core.store.models import (
    Attachment,
    BundleRecord,
    Case,
    Coding,
    Member,
    Memo,
    ReviewEvent,
    Transcript,
    Verdict,
    utc_now,
)

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

__all__ = ["BundleService", "ExportReport", "ImportReport", "PurgeReport"]


@dataclass(frozen=True)
class ExportReport:
    bundle_id: str
    path: str
    recipients: list[str]
    cases: list[str]
    bytes: int
    identities: int


@dataclass(frozen=True)
class PurgeReport:
    cases: list[str]
    transcripts: int
    codings: int
    memos: int


@dataclass(frozen=True)
class _Verified:
    """A bundle that passed every check, ready to merge."""

    bundle_id: str
    sender: str
    origin: str
    payload: Json
    identities: list[Json] | None
    items: list[Json]  # the attachments listed, in the order their bytes follow


class BundleService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- export ---------------------------------------------------------------------------

    def export(self, recipients: list[str], codes: list[str], out: Path, *,
               with_identities: bool = False, chunk_size: int = age.CHUNK_SIZE) -> ExportReport:
        """Write one bundle for ``recipients`` (member names) carrying ``codes``.

        ``chunk_size`` below the age default is for tests only (many small chunks).
        """
        if not recipients or not codes:
            raise InputError("A bundle needs at least one recipient and one case.")
        if out.exists():
            raise InputError(f"The file {out} already exists; choose another name.")
        self.vault.members.ensure_keys()
        bundle_id = uuid.uuid4().hex
        with self.vault.session() as session:
            keys = _own_keys(self.vault, session)
            members = [_recipient(session, name) for name in dict.fromkeys(recipients)]
            cases = [get_case(session, code) for code in dict.fromkeys(codes)]
            plan = _plan(bundle_id, self.vault.me, members, with_identities)
            payload = bundle_payload.gather(session, cases, plan, self.vault.me)
        identities = self._identities(payload, members, keys) if with_identities else 0
        with self.vault.session() as session:
            items = bundle_payload.list_attachments(session, payload, self._describe)
        try:
            seeds.validate(payload, bundle_payload.SCHEMA, where="the bundle")
        except seeds.SeedError as exc:
            raise Refused(f"These cases cannot be sent: {exc}") from exc
        text = bundle_payload.encode(payload)
        length = len(text) + (1 + sum(item["size"] for item in items) if items else 0)
        size = _write_streaming(out, lambda handle: seal_to(
            handle, self._pieces(text, items), length, keys.signing,
            [_box_key(m) for m in members], bundle_id=bundle_id, chunk_size=chunk_size))
        self._record_export(bundle_id, members, cases, out)
        return ExportReport(bundle_id, str(out), [m.name for m in members],
                            [c.code for c in cases], size, identities)

    def _describe(self, attachment_id: str) -> tuple[int, str]:
        """Size and SHA-256 of an attachment's plaintext (first pass, chunk by chunk)."""
        digest = hashlib.sha256()
        with self.vault.attachments.open(attachment_id) as reader:
            for block in reader.blocks():
                digest.update(block)
            return reader.size, digest.hexdigest()

    def _pieces(self, text: bytes, items: list[Json]) -> Iterator[bytes]:
        """The payload's plaintext in pieces: the JSON, then NUL and each attachment's
        plaintext chunk by chunk (second pass, checked against the first)."""
        yield text
        if items:
            yield bundle_payload.SEPARATOR
        for item in items:
            digest = hashlib.sha256()
            with self.vault.attachments.open(item["id"]) as reader:
                for block in reader.blocks():
                    digest.update(block)
                    yield block
            if digest.hexdigest() != item["sha256"]:
                raise Refused(f"The attachment {item['id'][:8]} changed while the bundle was "
                              "being written; no bundle was written.")

    def _identities(self, payload: Json, members: list[Member], keys: OwnKeyPair) -> int:
        supervisors = [m for m in members if m.role == "supervisor"]
        if not supervisors:
            raise Refused("Identities travel only to supervisors, and no recipient is one.")
        records = []
        for person in payload["people"]:
            record = self.vault.people.identity(person["code"])
            if record is not None:
                records.append({"person": person["id"], **record.__dict__})
        inner = json.dumps(records, ensure_ascii=False).encode("utf-8")
        sealed = seal(inner, keys.signing, [_box_key(m) for m in supervisors])
        payload["identities"] = bundle_payload.b64(sealed)
        return len(records)

    def _record_export(self, bundle_id: str, members: list[Member], cases: list[Case],
                       out: Path) -> None:
        names = [m.name for m in members]
        payload = {"bundle": bundle_id, "to": names, "cases": [c.code for c in cases],
                   "file": out.name}
        with self.vault.write("bundle.export", f"bundle:{bundle_id}", payload) as session:
            session.add(BundleRecord(id=bundle_id, direction="out", peers=json.dumps(names),
                                     cases=json.dumps({c.id: c.status for c in cases})))

    # --- import ---------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportReport:
        """Import the bundle at ``path``, read in chunks (memory does not grow with the
        size of the recordings it carries)."""
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise InputError(f"Cannot read the bundle {path}: {exc.strerror}.") from exc
        with handle:
            try:
                return self._import(handle)
            except OSError as exc:
                raise InputError(f"Cannot read the bundle {path}: {exc.strerror}.") from exc

    def import_bytes(self, data: bytes) -> ImportReport:
        """Import a bundle held in memory; see the module docstring."""
        return self._import(io.BytesIO(data))

    def _import(self, handle: BinaryIO) -> ImportReport:
        """Verify everything, then merge in one transaction; see the module docstring."""
        verified, rest = self._verify(handle)
        report = ImportReport(verified.bundle_id, verified.sender)
        payload = {"bundle": verified.bundle_id, "from": verified.sender}
        writing = self.vault.attachments.writing() if verified.items else nullcontext()
        with writing:  # no sweep removes the pending files before their rows commit
            staged = self._stage_attachments(verified, rest)
            with (self.vault.attachments.placing(list(staged)),
                  self.vault.write("bundle.import", f"bundle:{verified.bundle_id}",
                                   payload) as session):
                merger = Merger(self.vault, session, report, verified.origin)
                merger.attachments = staged
                merger.merge(verified.payload, verified.identities)
                statuses = {c["id"]: _status(session, c["id"])
                            for c in verified.payload["cases"]}
                session.add(BundleRecord(id=verified.bundle_id, direction="in",
                                         peers=json.dumps([verified.sender]),
                                         cases=json.dumps(statuses)))
        return report

    def _stage_attachments(self, verified: _Verified, rest: _Blobs) -> dict[str, Attachment]:
        """Seal the bundle's attachments that this vault lacks (same id) under new keys, as
        pending files, streaming them from the bundle; check every listed digest and that
        nothing follows; rows keyed by id, for the merger to add. Any failure removes the
        pending files."""
        staged: dict[str, Attachment] = {}
        with self.vault.session() as session:
            have = {item["id"] for item in verified.items
                    if session.get(Attachment, item["id"]) is not None}
        try:
            for item in verified.items:
                digest = hashlib.sha256()
                blocks = _hashed(rest.take(item["size"]), digest)
                if item["id"] in have:
                    for _block in blocks:
                        pass
                else:
                    row = _attachment_row(item)
                    staged[row.id] = row
                    self.vault.attachments.stage_blocks(row, blocks)
                if digest.hexdigest() != item["sha256"]:
                    raise InputError(f"The bundle's attachment {item['id'][:8]} does not "
                                     "match its digest.")
            rest.finish()
        except BaseException:
            self.vault.attachments.unstage(list(staged))
            raise
        return staged

    def _verify(self, handle: BinaryIO) -> tuple[_Verified, _Blobs]:
        """Everything but the attachments' bytes, which follow in the returned stream (the
        envelope has already checked every chunk's signed digest)."""
        with self.vault.session() as session:
            keys = self.vault.members.keys_in(session)
            senders = known_senders(session)
            if keys is None:
                raise Refused("This vault has no keys yet, so no bundle can be addressed to "
                              "it; share the output of 'fieldvault members VAULT me' first.")
            opened = open_stream(handle, keys.box, senders)
            seen = session.get(BundleRecord, opened.bundle_id)
            if seen is not None:
                raise Refused(f"This bundle was already imported on {seen.at[:10]}; a "
                              "bundle is imported only once.")
        rest = _Blobs(opened.pieces())
        text = rest.until_separator()
        payload = _parse_payload(text)
        items = bundle_payload.listing(payload)
        _check_listing(payload, items, opened.length - len(text) - (1 if rest.separated else 0))
        manifest = payload["manifest"]
        if (manifest["bundle_id"] != opened.bundle_id
                or manifest["sender"]["fingerprint"] != opened.sender_fingerprint):
            raise EnvelopeError("The bundle's contents do not match its signed header.",
                                Problem.TAMPERED, "contents")
        identities = _open_identities(payload, keys, senders)
        return _Verified(opened.bundle_id, opened.sender_name, opened.sender_fingerprint,
                         payload, identities, items), rest

    # --- field mode -----------------------------------------------------------------------

    def purge(self, codes: list[str]) -> PurgeReport:
        """Delete submitted cases whose export is recorded; then scrub the files."""
        if not codes:
            raise InputError("Name at least one case to purge.")
        codes = list(dict.fromkeys(codes))
        with self.vault.write("bundle.purge", "cases", {"cases": codes}) as session:
            cases = [get_case(session, code) for code in codes]
            _check_purgeable(session, cases)
            report = PurgeReport(codes, *_delete_cases(session, cases))
        self.vault.scrub()
        return report

    def history(self) -> list[BundleRecord]:
        """Every bundle written or imported here, oldest first."""
        with self.vault.session() as session:
            return list(session.exec(select(BundleRecord).order_by(col(BundleRecord.at))))


# --- helpers: export ------------------------------------------------------------------------


def _own_keys(vault: Vault, session: Session) -> OwnKeyPair:
    keys = vault.members.keys_in(session)
    assert keys is not None  # ensure_keys ran
    return keys


def _recipient(session: Session, name: str) -> Member:
    member = get_member(session, name)
    if member.is_self:
        raise InputError("A bundle goes to other members, not to yourself.")
    if member.box_public is None or member.sign_public is None:
        raise Refused(f"Member '{name}' has no keys here; add their identity text with "
                      "'fieldvault members VAULT add' first.")
    return member


def _box_key(member: Member) -> X25519PublicKey:
    assert member.box_public is not None
    return X25519PublicKey.from_public_bytes(bytes(member.box_public))


def _plan(bundle_id: str, me: Member, members: list[Member], with_identities: bool) -> Plan:
    def who(member: Member) -> Json:
        key = member.sign_public
        assert key is not None
        return {"name": member.name, "role": member.role, "fingerprint": fingerprint(key)}

    return Plan(bundle_id, utc_now(), who(me), [who(m) for m in members],
                frozenset(m.id for m in members if m.role == "coder"), with_identities)


# --- helpers: import ------------------------------------------------------------------------


def _parse_payload(raw: bytes) -> Json:
    try:
        payload = jsontext.parse(raw)
    except jsontext.JsonRefused as exc:
        raise InputError(f"The bundle's contents are not readable Fieldvault data: their "
                         f"JSON {exc}.") from exc
    if not isinstance(payload, dict) or payload.get("format") != bundle_payload.FORMAT:
        raise InputError("The bundle's contents are not Fieldvault exchange data.")
    version = payload.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise InputError("The bundle's contents carry no valid format version.")
    if version > bundle_payload.FORMAT_VERSION:
        raise Refused(f"This bundle holds data format {version}, made by a newer Fieldvault; "
                      "update Fieldvault to import it.")
    try:
        seeds.validate(payload, bundle_payload.SCHEMA, where="The bundle's contents")
    except seeds.SeedError as exc:
        raise InputError(str(exc)) from exc
    return payload


def _check_listing(payload: Json, items: list[Json], blob_length: int) -> None:
    """The attachment listing and the blob section agree: in order, no gap, no extra byte.
    (The signature already vouches for every byte; this catches a sender's bug, or a forged
    listing, before anything is written. The digests are checked as the bytes stream.)"""
    if items and payload["format_version"] < bundle_payload.FORMAT_VERSION:
        raise InputError("The bundle lists attachments in a format version that has none.")
    offset = 0
    for item in items:
        if item["offset"] != offset or offset + item["size"] > blob_length:
            raise InputError(f"The bundle's attachment {item['id'][:8]} is not where its "
                             "listing says.")
        offset += item["size"]
    if offset != blob_length:
        raise InputError("The bundle's contents have bytes after the attachments they list.")


class _Blobs:
    """The payload's plaintext as it streams out of the envelope: the JSON up to the
    separator, then exact slices of the attachments' bytes."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._pending = b""
        self.separated = False

    def until_separator(self) -> bytes:
        """The JSON text: everything before the first NUL (all of it for version 1)."""
        text = bytearray()
        for piece in self._pieces:
            cut = piece.find(bundle_payload.SEPARATOR)
            if cut >= 0:
                text += piece[:cut]
                self._pending = piece[cut + 1:]
                self.separated = True
                return bytes(text)
            text += piece
        return bytes(text)

    def take(self, size: int) -> Iterator[bytes]:
        """Exactly the next ``size`` bytes, in pieces (the listing was checked against the
        signed length, so a shortfall means the file changed while it was read)."""
        while size > 0:
            if not self._pending:
                self._pending = next(self._pieces, b"")
                if not self._pending:
                    raise InputError("The bundle ended before the attachments it lists.")
            piece, self._pending = self._pending[:size], self._pending[size:]
            size -= len(piece)
            yield piece

    def finish(self) -> None:
        """Read to the end, so the last chunk is authenticated; nothing may be left."""
        for piece in self._pieces:
            self._pending += piece
        if self._pending:
            raise InputError("The bundle's contents have bytes after the attachments they "
                             "list.")


def _hashed(blocks: Iterator[bytes], digest: Any) -> Iterator[bytes]:
    for block in blocks:
        digest.update(block)
        yield block


def _write_streaming(out: Path, write: Callable[[IO[bytes]], int]) -> int:
    """Run ``write`` on a private ``.NAME.partial`` beside ``out``, sync it and rename it
    over ``out``: whole or not at all. Returns what ``write`` returns (the size)."""
    if not out.parent.is_dir():
        raise InputError(f"The folder {out.parent} does not exist.")
    partial = out.with_name(f".{out.name}.partial")
    try:
        with hardening.open_private(partial) as handle:
            size = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"Cannot write the bundle {out}: {exc.strerror}.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return size


def _attachment_row(item: Json) -> Attachment:
    return Attachment(id=item["id"], case_id="", name=item["name"], kind=item["kind"],
                      format=item["format"], size=item["size"], duration=item["duration"],
                      orientation=item["orientation"], removed=json.dumps(item["removed"]),
                      file_key=b"", created=item["created"])


def _open_identities(payload: Json, keys: OwnKeyPair,
                     senders: dict[bytes, str]) -> list[Json] | None:
    """The inner identities, or None when there are none or they are for others."""
    if payload["identities"] is None:
        return None
    try:
        inner = open_envelope(bundle_payload.unb64(payload["identities"]), keys.box, senders)
    except EnvelopeError as exc:
        if exc.problem is Problem.NOT_FOR_YOU:
            return None
        raise
    try:
        records = jsontext.parse(inner.payload)
    except jsontext.JsonRefused as exc:
        raise InputError("The identities in the bundle are not readable.") from exc
    if not isinstance(records, list) or not all(_identity_ok(r) for r in records):
        raise InputError("The identities in the bundle are not in the expected form.")
    return records


def _identity_ok(record: Any) -> bool:
    texts = ("person", "name", "notes")
    lists = ("variants", "contacts")
    return (isinstance(record, dict) and set(record) == {*texts, *lists}
            and all(isinstance(record[k], str) for k in texts)
            and all(isinstance(record[k], list) and all(isinstance(v, str) for v in record[k])
                    for k in lists))


def _status(session: Session, case_id: str) -> str:
    case = session.get(Case, case_id)
    return case.status if case is not None else "?"


# --- helpers: purge -------------------------------------------------------------------------


def _check_purgeable(session: Session, cases: list[Case]) -> None:
    """Refuse unless every case is submitted and unchanged since an export that carried it
    as submitted. A fixed number of queries, however many cases."""
    exported = _last_exports(session)
    changed = _last_changes(session, [case.id for case in cases])
    for case in cases:
        if case.status != "submitted":
            raise Refused(f"Case {case.code} is {case.status}; only submitted cases can be "
                          "purged.")
        last = exported.get(case.id)
        if last is None:
            raise Refused(f"No bundle carrying case {case.code} as submitted was written "
                          "from this vault; export it before purging.")
        if max(case.updated, changed.get(case.id, "")) > last:
            raise Refused(f"Case {case.code} changed after its last export; export it again "
                          "before purging.")


def _last_exports(session: Session) -> dict[str, str]:
    """Case id -> when the latest bundle written here carried it as submitted."""
    last: dict[str, str] = {}
    for bundle in session.exec(select(BundleRecord).where(BundleRecord.direction == "out")):
        for case_id, status in json.loads(bundle.cases).items():
            if status == "submitted" and bundle.at > last.get(case_id, ""):
                last[case_id] = bundle.at
    return last


def _last_changes(session: Session, ids: list[str]) -> dict[str, str]:
    """Case id -> the latest stamp of its transcripts, codings, review events, verdicts,
    memos (on the case or on its codings) and attachments."""
    on_coding = col(Coding.id) == col(Memo.target_id)
    queries: list[Any] = [
        select(Transcript.case_id, func.max(Transcript.created))
        .where(col(Transcript.case_id).in_(ids)).group_by(col(Transcript.case_id)),
        select(Coding.case_id, func.max(Coding.created))
        .where(col(Coding.case_id).in_(ids)).group_by(col(Coding.case_id)),
        select(ReviewEvent.case_id, func.max(ReviewEvent.at))
        .where(col(ReviewEvent.case_id).in_(ids)).group_by(col(ReviewEvent.case_id)),
        select(Coding.case_id, func.max(Verdict.at)).join(Coding)
        .where(col(Coding.case_id).in_(ids)).group_by(col(Coding.case_id)),
        select(Memo.target_id, func.max(Memo.updated))
        .where(Memo.target_kind == "case", col(Memo.target_id).in_(ids))
        .group_by(col(Memo.target_id)),
        select(Coding.case_id, func.max(Memo.updated)).join(Coding, on_coding)
        .where(Memo.target_kind == "coding", col(Coding.case_id).in_(ids))
        .group_by(col(Coding.case_id)),
        select(Attachment.case_id, func.max(Attachment.created))
        .where(col(Attachment.case_id).in_(ids)).group_by(col(Attachment.case_id)),
    ]
    last: dict[str, str] = {}
    for query in queries:
        for case_id, stamp in session.exec(query):
            if stamp is not None and stamp > last.get(case_id, ""):
                last[case_id] = stamp
    return last


def _delete_cases(session: Session, cases: list[Case]) -> tuple[int, int, int]:
    counts = delete_cases_in(session, cases)
    session.flush()
    return counts
