"""The triage log as a file: exported from a store, read back for ``rasad index rebuild --triage-log``.

Leads can be rebuilt from the archive; the monitors' work (statuses, assignees, notes) lives only in
the triage log. Exported regularly (``rasad index export-log FILE``, e.g. nightly beside the archive
backup), it lets a rebuild restore that work when ``rasad.db`` is lost or damaged. One JSON object
per line, the ``TriageEvent`` record; the file holds notes, so keep it as private as the database.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from rasad.errors import UserError
from rasad.records import TriageEvent
from rasad.store.base import LeadStore


def export_log(store: LeadStore, target: Path) -> int:
    """Write every triage event to ``target`` (atomically: a crash leaves the previous file); the count."""
    if target.is_dir():
        raise UserError(f"output {target} is a folder: name a file")
    if not target.parent.is_dir():
        raise UserError(f"output folder does not exist: {target.parent}")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    count = 0
    try:
        with partial.open("w", encoding="utf-8") as out:
            for event in store.iter_events():
                out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                count += 1
            out.flush()
            os.fsync(out.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return count


def read_log(source: Path) -> list[TriageEvent]:
    """The events of an exported log; UserError naming the first bad line (nothing is half-replayed)."""
    if not source.is_file():
        raise UserError(f"triage log not found: {source}")
    events = []
    with source.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                events.append(TriageEvent.from_dict(row))
                if not events[-1].lead_id or "version" not in events[-1].after:
                    raise ValueError
            except (ValueError, TypeError, KeyError, AttributeError):
                raise UserError(f"triage log {source}: line {number} is not a triage event") from None
    return events


def unrestored(events: Iterable[TriageEvent], lead_ids: Iterable[str]) -> list[str]:
    """Ids of triaged leads that a rebuild did not produce (their pages are missing from the archive)."""
    present = set(lead_ids)
    return sorted({event.lead_id for event in events} - present)
