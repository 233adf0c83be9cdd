"""Index maintenance: status, migrate to the current templates, rebuild from the archive + triage log.

Both operations build a complete new index next to the old one and switch over in one step
(an atomic alias swap on the engine, a file rename for SQLite), so searches never see a
half-built index and the old one is kept until the new one is in place.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from rasad.batching import chunked
from rasad.errors import DataFileError, NotConfigured, RetryableError, UserError
from rasad.records import Lead, TriageEvent
from rasad.settings import Settings
from rasad.store.base import BulkResult, invalid_reason
from rasad.store.engine import EngineLeadStore, template_version, to_source
from rasad.store.sqlite import SQLiteLeadStore


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")


def status(settings: Settings) -> list[str]:
    if not settings.search_url:
        if not settings.sqlite_path.exists():
            return [f"no lead database yet at {settings.sqlite_path}"]
        with SQLiteLeadStore(settings.sqlite_path) as store:
            return [f"SQLite {settings.sqlite_path}: {store.count()} lead(s), schema up to date"]
    with EngineLeadStore(settings.search_url, settings.index_prefix, check_version=False) as store:
        lines = [f"{store.engine.product} {store.engine.version} at {store.url}",
                 (f"alias {store.alias} -> {store.concrete_index()}, mapping version {store.mapping_version()} "
                  f"(templates: {template_version('leads')}), {store.count()} lead(s)"),
                 f"alias {store.events_alias} -> {store.concrete_index(store.events_alias)}"]
        if store.writes_paused(set()):
            holder = store.concrete_index(store.migrating_alias)
            lines.append(f"a migrate holds writes ({store.migrating_alias} -> {holder}); if none is running, "
                         f"delete index {holder} and run `rasad index migrate` again")
        return lines


# -- migrate --------------------------------------------------------------------------------------


def migrate(settings: Settings, delete_old: bool = False) -> str:
    """Engine: copy every lead into a new index built from the current templates, then swap the alias.

    Writers may go on during the copy: see ``switch_to_new_index_live``. SQLite: opening the store
    upgrades the schema in place, in one write transaction (a concurrent writer waits for it).
    """
    if not settings.search_url:
        with SQLiteLeadStore(settings.sqlite_path) as store:  # opening migrates the schema in place
            return f"SQLite {settings.sqlite_path}: schema up to date ({store.count()} lead(s))"
    with EngineLeadStore(settings.search_url, settings.index_prefix, check_version=False) as store:
        old = store.concrete_index()
        new = f"{store.alias}-v{template_version('leads')}-{_stamp()}"
        copied, rounds = switch_to_new_index_live(store, old, new)
        if delete_old:
            store._guard(store._client.indices.delete, index=old)
        return (f"{store.alias}: {copied} lead(s) copied from {old} to {new} "
                f"({rounds} catch-up round(s) for writes made meanwhile); alias swapped"
                + ("; old index deleted" if delete_old else f"; {old} kept read-only"))


CATCH_UP_ROUNDS = 10
SMALL_DELTA = 500  # leads: a catch-up this small is copied again while writes wait
QUIESCE_SECONDS = 60.0


def switch_to_new_index_live(store: EngineLeadStore, old: str, new: str,
                             fill: Iterable[Lead] | None = None) -> tuple[int, int]:
    """Fill ``new`` (a copy of ``old``, or ``fill``) while writers go on, catch up, swap without losing a write.

    Marks are shard checkpoints of ``old``: every write at or below a checkpoint is searchable after
    the refresh that follows it, so copying the leads whose _seq_no lies in (last mark, new mark]
    picks up everything written meanwhile, round after round. Once a round is small, writes to
    ``old`` are held (write block + the marker alias, which tells writers to wait and retry), the
    last delta is copied, and one atomic alias request moves the alias and drops the marker: held
    writers then land in ``new``. Triage events live in their own index and are not touched.
    Returns (leads in ``new``, catch-up rounds).
    """
    client = store._client
    store.start_migration(new)
    try:
        marks = _refreshed_marks(store, old)
        write_full_leads(store, store.leads_of(old) if fill is None else fill, new)
        rounds = 0
        while True:
            rounds += 1
            latest = _refreshed_marks(store, old)
            changed = write_full_leads(store, store.changed_leads(old, marks, latest), new)
            marks = latest
            if changed <= SMALL_DELTA or rounds >= CATCH_UP_ROUNDS:
                break
        store._guard(client.indices.put_settings, index=old, body={"index.blocks.write": True})
        latest = _quiescent_marks(store, old)
        write_full_leads(store, store.changed_leads(old, marks, latest), new)
        store._guard(client.indices.refresh, index=new)
        store._guard(client.indices.update_aliases, body={"actions": [
            {"remove": {"index": old, "alias": store.alias}},
            {"add": {"index": new, "alias": store.alias}},
            {"remove": {"index": new, "alias": store.migrating_alias}},
        ]})
    except BaseException:
        store._guard(client.indices.put_settings, index=old, body={"index.blocks.write": False})
        store._guard(client.indices.delete, index=new)
        raise
    return int(store._guard(client.count, index=new)["count"]), rounds


def _refreshed_marks(store: EngineLeadStore, index: str) -> dict[int, int]:
    """Local checkpoints taken *before* a refresh: every write up to them is then searchable."""
    marks = {shard: checkpoint for shard, (checkpoint, _) in store.checkpoints(index).items()}
    store._guard(store._client.indices.refresh, index=index)
    return marks


def _quiescent_marks(store: EngineLeadStore, index: str) -> dict[int, int]:
    """After the write block: wait until every write that got past it is processed, then mark."""
    deadline = time.monotonic() + QUIESCE_SECONDS
    previous: dict[int, tuple[int, int]] | None = None
    while time.monotonic() < deadline:
        current = store.checkpoints(index)
        if current == previous and all(done == top for done, top in current.values()):
            store._guard(store._client.indices.refresh, index=index)
            return {shard: done for shard, (done, _) in current.items()}
        previous = current
        time.sleep(0.2)
    raise RetryableError(f"writes to {index} did not settle within {QUIESCE_SECONDS:.0f}s; run migrate again")


def write_full_leads(store: EngineLeadStore, leads: Iterable[Lead], index: str) -> int:
    result = BulkResult()
    for chunk in chunked(leads, store.chunk_size):
        operations = {}
        for lead in chunk:
            if invalid_reason(lead) is None:
                operations[lead.id] = (json.dumps({"index": {"_id": lead.id}}),
                                       json.dumps(to_source(lead, lead.to_dict()), ensure_ascii=False))
            else:
                result.failed.append((lead.id, str(invalid_reason(lead))))
        store.bulk_lines(operations, result, index=index)
    if result.failed:
        lead_id, reason = result.failed[0]
        raise UserError(f"{len(result.failed)} lead(s) could not be copied (first: {lead_id}: {reason}); "
                        "the old index is still in use")
    return result.written


# -- rebuild --------------------------------------------------------------------------------------


def leads_from_archive(archive: Path, workers: int = 2) -> tuple[list[Lead], int]:
    """The archive -> leads path of the nightly run, with the number of captures that gave no document.

    Same code as the night (``pipelines.reprocess``): extraction and NLP in worker processes,
    deduplication in order here, unreadable WARC files counted rather than skipped silently.
    """
    from pipelines.batch import BatchResult
    from pipelines.reprocess import reprocess_archive

    if not archive.exists():
        raise UserError(f"no archive at {archive} (set RASAD_DATA_DIR or pass --archive)")
    result = BatchResult()
    for outcome in reprocess_archive(archive, workers):
        result.add(outcome)
    return result.leads, len(result.dead_letters)


def rebuild(settings: Settings, archive: Path, workers: int = 2, triage_log: Path | None = None) -> str:
    """Recreate the lead index from the archive, then replay the triage log onto it."""
    return rebuild_report(settings, archive, workers, triage_log)[0]


def rebuild_report(settings: Settings, archive: Path, workers: int = 2,
                   triage_log: Path | None = None) -> tuple[str, list[str]]:
    """``rebuild``, with the ids of triaged leads the archive could not give back (missing or damaged
    WARC files). The triage log comes from ``triage_log`` (an export) when given, else from the store."""
    from rasad.store.triage_log import read_log, unrestored

    logged = read_log(triage_log) if triage_log is not None else None
    leads, no_document = leads_from_archive(archive, workers)
    skipped = f"; {no_document} capture(s) gave no document (duplicates, non-HTML, unreadable)"
    if not settings.search_url:
        message, events = _rebuild_sqlite(settings.sqlite_path, leads, logged)
        lost = unrestored(events, (lead.id for lead in leads))
        return message + skipped + _lost(lost), lost
    with EngineLeadStore(settings.search_url, settings.index_prefix, check_version=False) as store:
        events = logged if logged is not None else list(store.iter_events())
        lost = unrestored(events, (lead.id for lead in leads))
        rebuilt = {lead.id: lead for lead in leads}
        for lead_id, fields in _latest(events).items():
            if lead_id in rebuilt:
                rebuilt[lead_id] = Lead.from_dict({**rebuilt[lead_id].to_dict(), **fields})
        old = store.concrete_index()
        new = f"{store.alias}-v{template_version('leads')}-{_stamp()}"
        written, rounds = switch_to_new_index_live(store, old, new, rebuilt.values())
        return (f"{store.alias}: rebuilt {written} lead(s) from {archive} into {new}; "
                f"{len(events)} triage event(s) replayed; {rounds} catch-up round(s) for writes made "
                f"meanwhile; {old} kept read-only{skipped}{_lost(lost)}"), lost


def _lost(lead_ids: list[str]) -> str:
    if not lead_ids:
        return ""
    return (f"; could not restore {len(lead_ids)} triaged lead(s), their pages are not in the archive "
            f"(run `rasad archive verify`): {' '.join(lead_ids)}")


def _latest(events: list[TriageEvent]) -> dict[str, dict[str, object]]:
    from rasad.store.base import latest_fields

    return {lead_id: {k: v for k, v in fields.items() if k in ("status", "assignee", "notes", "version")}
            for lead_id, fields in latest_fields(events).items()}


def _rebuild_sqlite(path: Path, leads: list[Lead], logged: list[TriageEvent] | None
                    ) -> tuple[str, list[TriageEvent]]:
    if logged is not None:
        events = logged
    elif not path.exists():
        raise NotConfigured(f"no lead database at {path}: pass --triage-log FILE (an export of the triage log) "
                            "to rebuild with the monitors' work, or run the pipeline first")
    else:
        try:
            with SQLiteLeadStore(path) as current:
                events = list(current.iter_events())
        except DataFileError as exc:
            raise DataFileError(f"{exc}; pass --triage-log FILE (an export of the triage log)") from None
    fresh = path.with_name(f"{path.name}.rebuild-{_stamp()}")
    with SQLiteLeadStore(fresh) as store:
        result = store.upsert(leads)
        restored = store.restore_triage(events)
    backup = path.with_name(f"{path.name}.before-rebuild-{_stamp()}")
    kept = ""
    if path.exists():
        os.replace(path, backup)
        kept = f"; previous database kept as {backup}"
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(fresh, path)
    return (f"SQLite {path}: rebuilt {result.written} lead(s) ({len(result.failed)} failed); "
            f"{len(events)} triage event(s) replayed onto {restored} lead(s){kept}"), events
