"""Audit log: every write appends one entry to a SHA-256 hash chain.

Entry ``n`` stores ``hash_n = SHA256(hash_{n-1} || canonical(seq, at, actor, action, target,
digest))`` where ``digest`` is the SHA-256 of the change itself (never the change's text).
The head (last seq and hash) is kept in ``meta`` and updated in the same transaction, so
:func:`verify` also catches entries cut from the end.

Contract: :func:`append` must run inside the transaction of the write it records.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from fieldvault.core.store.models import AuditEntry, Meta, utc_now

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def digest_of(payload: Any) -> str:
    return hashlib.sha256(_canonical(payload)).hexdigest()


def entry_hash(prev: str, seq: int, at: str, actor: str, action: str, target: str,
               digest: str) -> str:
    body = _canonical([seq, at, actor, action, target, digest])
    return hashlib.sha256(prev.encode("ascii") + body).hexdigest()


def append(session: Session, actor: str, action: str, target: str, payload: Any) -> AuditEntry:
    head = session.get(Meta, HEAD_KEY)
    seq, prev = (0, GENESIS) if head is None else _parse_head(head.value)
    at, digest = utc_now(), digest_of(payload)
    entry = AuditEntry(seq=seq + 1, at=at, actor=actor, action=action, target=target,
                       digest=digest, prev=prev,
                       hash=entry_hash(prev, seq + 1, at, actor, action, target, digest))
    session.add(entry)
    session.merge(Meta(key=HEAD_KEY, value=f"{entry.seq}:{entry.hash}"))
    return entry


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    entries: int
    problem: str | None = None


def verify(session: Session) -> AuditReport:
    """Walk the chain; report the first edited, removed, inserted or reordered entry."""
    entries = session.exec(select(AuditEntry).order_by(col(AuditEntry.seq))).all()
    prev, expected_seq = GENESIS, 1
    for entry in entries:
        problem = _check(entry, prev, expected_seq)
        if problem:
            return AuditReport(False, len(entries), problem)
        prev, expected_seq = entry.hash, expected_seq + 1
    head = session.get(Meta, HEAD_KEY)
    head_seq, head_hash = (0, GENESIS) if head is None else _parse_head(head.value)
    if (head_seq, head_hash) != (expected_seq - 1, prev):
        return AuditReport(False, len(entries),
                           f"The audit log ends at entry {expected_seq - 1} but its recorded "
                           f"head is entry {head_seq}: entries were removed or added.")
    return AuditReport(True, len(entries))


def _check(entry: AuditEntry, prev: str, expected_seq: int) -> str | None:
    if entry.seq != expected_seq:
        return f"Audit entry {expected_seq} is missing or out of order (found {entry.seq})."
    if entry.prev != prev:
        return f"Audit entry {entry.seq} does not follow entry {entry.seq - 1}."
    recomputed = entry_hash(entry.prev, entry.seq, entry.at, entry.actor, entry.action,
                            entry.target, entry.digest)
    if recomputed != entry.hash:
        return f"Audit entry {entry.seq} has been altered."
    return None


def entries_for(session: Session, target_prefix: str) -> list[AuditEntry]:
    query = select(AuditEntry).where(col(AuditEntry.target).startswith(target_prefix))
    return list(session.exec(query.order_by(col(AuditEntry.seq))).all())


def _parse_head(value: str) -> tuple[int, str]:
    seq, _, digest = value.partition(":")
    return int(seq), digest


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str).encode("utf-8")
