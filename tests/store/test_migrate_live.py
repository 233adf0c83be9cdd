"""`rasad index migrate` on the real node while leads are written and triaged: no write is lost."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from rasad.records import Lead
from rasad.settings import Settings
from rasad.store.engine import EngineLeadStore
from rasad.store.maintenance import migrate, status
from rasad.triage import TriageEdit
from tests.store.test_contract import make_lead

BASE = 2000


def _lead(n: int, text: str = "قتل مدني في طرابلس") -> Lead:
    return make_lead(f"https://ex.ly/live/{n}", f"{text} {n}")


def _run(errors: list[BaseException], body: Callable[[], None]) -> threading.Thread:
    def guarded() -> None:
        try:
            body()
        except BaseException as exc:  # noqa: BLE001 - every failure is the finding
            errors.append(exc)

    thread = threading.Thread(target=guarded)
    thread.start()
    return thread


def test_writes_and_triage_edits_during_migrate_are_kept(search_url: str, index_prefix: str) -> None:
    settings = Settings(data_dir=None, search_url=search_url, index_prefix=index_prefix)  # type: ignore[arg-type]
    with EngineLeadStore(search_url, prefix=index_prefix) as store:
        assert store.upsert(_lead(n) for n in range(BASE)).failed == []
        old = store.concrete_index()
    migrating, swapped, stop = threading.Event(), threading.Event(), threading.Event()
    errors: list[BaseException] = []
    texts: dict[str, str] = {}  # lead id -> the last text written (machine field)
    triaged: dict[str, list[str]] = {}  # lead id -> notes written
    during = {"writes": 0, "edits": 0, "after": 0}

    def writer() -> None:
        with EngineLeadStore(search_url, prefix=index_prefix) as own:
            n = 0
            while not stop.is_set():
                batch = [_lead(BASE + n), _lead(n % BASE, f"اشتباكات مسلحة جولة {n}")]
                result = own.upsert(batch)
                assert result.failed == [], result.failed
                texts.update((lead.id, lead.text) for lead in batch)
                during["writes"] += migrating.is_set()
                during["after"] += swapped.is_set()
                n += 1

    def editor() -> None:
        with EngineLeadStore(search_url, prefix=index_prefix) as own:
            n = 0
            while not stop.is_set() and n < BASE:
                lead_id = _lead(n).id
                own.update_triage(lead_id, TriageEdit("review", "mon"))
                own.update_triage(lead_id, TriageEdit("note", "mon", f"ملاحظة {n}"))
                triaged[lead_id] = [f"ملاحظة {n}"]
                during["edits"] += migrating.is_set()
                n += 1

    threads = [_run(errors, writer), _run(errors, editor)]
    migrating.set()
    report = migrate(settings)
    migrating.clear()
    swapped.set()
    while during["after"] < 3 and not errors:  # a few more writes after the swap land in the new index
        time.sleep(0.05)
    stop.set()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert during["writes"] > 0 and during["edits"] > 0, during  # the writers really overlapped the copy
    assert "alias swapped" in report

    with EngineLeadStore(search_url, prefix=index_prefix) as store:
        assert store.concrete_index() != old
        leads = {lead.id: lead for lead in store.iter_leads()}
        lost = [lead_id for lead_id in texts if lead_id not in leads]
        assert lost == []
        stale = [lead_id for lead_id, text in texts.items() if leads[lead_id].text != text]
        assert stale == []
        for lead_id, notes in triaged.items():
            lead = leads[lead_id]
            assert (lead.status, lead.notes, lead.version) == ("in_review", tuple(notes), 2), lead_id
            assert [event.action for event in store.history(lead_id)] == ["review", "note"]
        assert len(leads) == store.count()


def test_status_names_a_migrate_that_holds_writes(search_url: str, index_prefix: str) -> None:
    settings = Settings(data_dir=None, search_url=search_url, index_prefix=index_prefix)  # type: ignore[arg-type]
    with EngineLeadStore(search_url, prefix=index_prefix) as store:
        store.upsert([_lead(1)])
        assert not any("holds writes" in line for line in status(settings))
        store.start_migration(f"{store.alias}-vdead")  # a migrate that died before it let go of the marker
    (line,) = [line for line in status(settings) if "holds writes" in line]
    assert f"{index_prefix}-leads-vdead" in line and "rasad index migrate" in line
