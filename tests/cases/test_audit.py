"""The audit log is a hash chain: any edited, deleted or reordered event is found, and appends never fork."""

from __future__ import annotations

import threading
from itertools import pairwise

import pytest
from sqlalchemy import Engine, delete, update

from rasad.cases import audit, service
from rasad.cases.models import AuditEventRow, AuditHeadRow
from rasad.cli import main
from rasad.db.base import session_scope
from rasad.settings import Settings
from rasad.store.sqlite import SQLiteLeadStore
from tests.cases.conftest import OTHER_STORY, SYNDICATED, make_lead


def _history(engine: Engine, store: SQLiteLeadStore) -> str:
    leads = [make_lead("a", "s1", SYNDICATED), make_lead("b", "s2", OTHER_STORY)]
    store.upsert(leads)
    incident = service.create_incident(engine, [leads[0].id], "monitor-a", store=store)
    service.add_leads(engine, incident.id, [leads[1].id], "monitor-b", store=store)
    service.grade(engine, incident.id, "monitor-b", "corroborated")
    service.verify(engine, incident.id, "monitor-a")
    return incident.id


def test_every_change_is_chained_and_verifies(engine: Engine, store: SQLiteLeadStore) -> None:
    incident_id = _history(engine, store)
    events = service.audit_events(engine)
    assert [(e.seq, e.action, e.actor) for e in events] == [
        (1, "incident.create", "monitor-a"), (2, "incident.add_leads", "monitor-b"),
        (3, "incident.grade", "monitor-b"), (4, "incident.status", "monitor-a")]
    assert events[0].prev_hash == audit.GENESIS
    assert all(later.prev_hash == earlier.hash for earlier, later in pairwise(events))
    assert {e.subject_id for e in events} == {incident_id}
    assert audit.verify_chain(engine).ok and audit.verify_chain(engine).checked == 4


@pytest.mark.parametrize(("tamper", "seq", "reason"), [
    ("edit", 2, "edited"),
    ("delete", 2, "missing"),
    ("reorder", 2, "does not follow"),
    ("truncate", 4, "deleted"),
])
def test_tampering_is_reported_at_the_first_broken_event(engine: Engine, store: SQLiteLeadStore, tamper: str,
                                                        seq: int, reason: str) -> None:
    _history(engine, store)
    with session_scope(engine) as session:
        if tamper == "edit":  # someone rewrites who verified what
            session.execute(update(AuditEventRow).where(AuditEventRow.seq == 2).values(actor="someone-else"))
        elif tamper == "delete":
            session.execute(delete(AuditEventRow).where(AuditEventRow.seq == 2))
        elif tamper == "reorder":  # events 2 and 3 swap places
            session.execute(update(AuditEventRow).where(AuditEventRow.seq == 2).values(seq=-2))
            session.execute(update(AuditEventRow).where(AuditEventRow.seq == 3).values(seq=2))
            session.execute(update(AuditEventRow).where(AuditEventRow.seq == -2).values(seq=3))
        else:
            session.execute(delete(AuditEventRow).where(AuditEventRow.seq == 4))
    report = audit.verify_chain(engine)
    assert (report.ok, report.broken_seq) == (False, seq)
    assert reason in report.reason


def test_rewriting_the_whole_tail_is_still_found_by_the_head(engine: Engine, store: SQLiteLeadStore) -> None:
    """Deleting the newest events and fixing nothing else: the head row remembers how far the chain went."""
    _history(engine, store)
    with session_scope(engine) as session:
        session.execute(delete(AuditEventRow).where(AuditEventRow.seq >= 3))
        session.execute(update(AuditHeadRow).values(seq=2))  # the head's hash still names event 4
    assert audit.verify_chain(engine).broken_seq == 3


def test_concurrent_writers_never_fork_the_chain(engine: Engine) -> None:
    """Threads appending at once (each its own connection) end with one gap-free, valid chain."""
    errors: list[BaseException] = []

    def write(actor: str) -> None:
        try:
            for n in range(15):
                audit.record(engine, actor, "lead.note", "lead", f"lead-{actor}-{n}", {"note_count": n})
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(f"writer-{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    events = service.audit_events(engine)
    assert [e.seq for e in events] == list(range(1, 61))
    assert audit.verify_chain(engine).ok


def test_triage_edits_are_chained_without_note_text(settings: Settings, engine: Engine,
                                                    store: SQLiteLeadStore, capsys: pytest.CaptureFixture) -> None:
    lead = make_lead("a", "s1", SYNDICATED)
    store.upsert([lead])
    assert main(["leads", "review", lead.id, "--as", "monitor-c"]) == 0
    assert main(["leads", "note", lead.id, "رأى الشاهد فاطمة الكناري هناك", "--as", "monitor-c"]) == 0
    events = service.audit_events(engine, [lead.id])
    assert [(e.action, e.actor, e.subject_type) for e in events] == [
        ("lead.review", "monitor-c", "lead"), ("lead.note", "monitor-c", "lead")]
    assert events[0].details["status"] == {"before": "new", "after": "in_review"}
    assert events[1].details["note_count"] == {"before": 0, "after": 1}
    assert "الكناري" not in str([e.to_dict() for e in events])
    capsys.readouterr()
    assert main(["audit", "verify"]) == 0
    assert "2 audit event(s) checked: chain intact" in capsys.readouterr().out


def test_cli_audit_verify_exits_1_naming_the_broken_event(settings: Settings, engine: Engine,
                                                         store: SQLiteLeadStore,
                                                         capsys: pytest.CaptureFixture) -> None:
    _history(engine, store)
    with session_scope(engine) as session:
        session.execute(update(AuditEventRow).where(AuditEventRow.seq == 3).values(details='{"grade":"x"}'))
    capsys.readouterr()
    assert main(["audit", "verify"]) == 1
    assert capsys.readouterr().out.strip() == (
        "BROKEN at seq 3: its content was edited (hash does not match) (2 event(s) before it intact)")
    assert main(["audit", "list", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
