"""The tamper-evident audit log: every case and triage event carries the hash of the one before it.

``hash = SHA-256(canonical JSON of the event with prev_hash)``; editing, deleting or reordering any
event breaks the chain at that point, and ``verify_chain`` names the first broken seq. Writers
serialise on the single ``audit_head`` row (locked first in every unit of work), and ``seq`` is the
primary key, so two writers can never fork the chain. Details never carry a name, contact or note text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from rasad.cases.models import AuditEventRow, AuditHeadRow
from rasad.cases.records import AuditEvent
from rasad.db.base import session_scope

GENESIS = "0" * 64


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(seq: int, at: str, actor: str, action: str, subject_type: str, subject_id: str,
               details_json: str, prev_hash: str) -> str:
    body = {"seq": seq, "at": at, "actor": actor, "action": action, "subject_type": subject_type,
            "subject_id": subject_id, "details": details_json, "prev_hash": prev_hash}
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def lock_head(session: Session) -> None:
    """Take the chain's write lock before reading anything the unit of work decides on.

    An UPDATE is the first statement: PostgreSQL locks the row until commit, SQLite takes its one
    write lock (waiting out ``busy_timeout``) instead of failing later on a stale snapshot.
    """
    session.execute(update(AuditHeadRow).where(AuditHeadRow.id == 1).values(seq=AuditHeadRow.seq))


@contextmanager
def write_scope(engine: Engine) -> Iterator[Session]:
    """A unit of work that may append audit events: the head is locked first, all commits or nothing."""
    with session_scope(engine) as session:
        lock_head(session)
        yield session


def append(session: Session, actor: str, action: str, subject_type: str, subject_id: str,
           details: dict[str, Any] | None = None) -> AuditEvent:
    """Append one event in the caller's unit of work (which must hold the head lock: ``write_scope``)."""
    head = session.execute(select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()).scalar_one()
    seq, at, details_json = head.seq + 1, now(), canonical(details or {})
    digest = event_hash(seq, at, actor, action, subject_type, subject_id, details_json, head.hash)
    session.add(AuditEventRow(seq=seq, at=at, actor=actor, action=action, subject_type=subject_type,
                              subject_id=subject_id, details=details_json, prev_hash=head.hash, hash=digest))
    prev_hash = head.hash
    head.seq, head.hash = seq, digest
    session.flush()
    return AuditEvent(seq, at, actor, action, subject_type, subject_id, json.loads(details_json), prev_hash, digest)


def record(engine: Engine, actor: str, action: str, subject_type: str, subject_id: str,
           details: dict[str, Any] | None = None) -> AuditEvent:
    """Append one event in a unit of work of its own (for callers outside the case service)."""
    with write_scope(engine) as session:
        return append(session, actor, action, subject_type, subject_id, details)


def triage_details(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The triage fields an edit changed; notes (which may name people) appear only as a count."""
    changed: dict[str, Any] = {}
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key == "notes":
            old, new = len(old or ()), len(new or ())
            key = "note_count"
        changed[key] = {"before": old, "after": new}
    return changed


def record_triage(settings: Any, actor: str, action: str, lead_id: str, before: dict[str, Any],
                  after: dict[str, Any]) -> AuditEvent:
    """Chain one triage edit of a lead into the audit log (called by the triage paths)."""
    from rasad.db.base import open_database

    return record(open_database(settings), actor, f"lead.{action}", "lead", lead_id,
                  triage_details(before, after))


def triaged(settings: Any, store: Any, lead_id: str, edit: Any, expected_version: int | None = None) -> Any:
    """Apply a triage edit through the lead store and chain it into the audit log: the triage paths' one call."""
    from rasad.triage import triage_fields

    previous = store.get(lead_id)
    lead = store.update_triage(lead_id, edit, expected_version)
    record_triage(settings, edit.actor, edit.action, lead.id,
                  triage_fields(previous) if previous is not None else {}, triage_fields(lead))
    return lead


def _event(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(row.seq, row.at, row.actor, row.action, row.subject_type, row.subject_id,
                      json.loads(row.details), row.prev_hash, row.hash)


def events(engine: Engine, subject_ids: Iterable[str] | None = None) -> list[AuditEvent]:
    """Audit events in chain order, optionally only those about ``subject_ids``."""
    with session_scope(engine) as session:
        query = select(AuditEventRow).order_by(AuditEventRow.seq)
        if subject_ids is not None:
            query = query.where(AuditEventRow.subject_id.in_(list(subject_ids)))
        return [_event(row) for row in session.scalars(query)]


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify_chain(engine: Engine) -> ChainReport:
    """Walk the chain from the first event; stop at the first edited, deleted or reordered one."""
    with session_scope(engine) as session:
        head = session.execute(select(AuditHeadRow).where(AuditHeadRow.id == 1)).scalar_one()
        expected_seq, prev_hash, checked = 1, GENESIS, 0
        for row in session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq)):
            if row.seq != expected_seq:
                return ChainReport(checked, expected_seq, f"event {expected_seq} is missing (next is {row.seq})")
            if row.prev_hash != prev_hash:
                return ChainReport(checked, row.seq, "does not follow the event before it (deleted or reordered)")
            digest = event_hash(row.seq, row.at, row.actor, row.action, row.subject_type, row.subject_id,
                                row.details, row.prev_hash)
            if digest != row.hash:
                return ChainReport(checked, row.seq, "its content was edited (hash does not match)")
            prev_hash, expected_seq, checked = row.hash, expected_seq + 1, checked + 1
        if head.seq != checked or head.hash != prev_hash:
            return ChainReport(checked, checked + 1,
                               f"the log ends at {checked} but {head.seq} event(s) were written (events deleted)")
        return ChainReport(checked)
