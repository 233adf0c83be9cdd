"""Triage: the status state machine and the edits monitors make to a lead.

Pure functions over records: the stores apply an edit under optimistic concurrency and
append the resulting event to the triage log. Notes may name people, so nothing here logs.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rasad.errors import ConflictError, UserError
from rasad.records import LEAD_STATUSES, Lead, TriageEvent

#: status -> statuses a monitor may move it to. Final decisions can be re-opened for review.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("in_review",),
    "in_review": ("verified", "rejected", "duplicate"),
    "verified": ("in_review",),
    "rejected": ("in_review",),
    "duplicate": ("in_review",),
}
#: CLI/API action -> the status it moves to (None: the status does not change).
ACTIONS: dict[str, str | None] = {
    "assign": None,
    "review": "in_review",
    "verify": "verified",
    "reject": "rejected",
    "duplicate": "duplicate",
    "note": None,
}
TRIAGE_FIELDS: tuple[str, ...] = ("status", "assignee", "notes", "version")
MAX_NOTE_CHARS = 4000
MAX_NAME_CHARS = 100


@dataclass(frozen=True)
class TriageEdit:
    """One monitor's edit: what to do, who did it, and its argument (assignee, note text, original id)."""

    action: str
    actor: str
    value: str | None = None

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise UserError(f"unknown triage action {self.action!r}; known: {', '.join(ACTIONS)}")
        if not self.actor.strip() or len(self.actor) > MAX_NAME_CHARS:
            raise UserError(f"the actor must be a pseudonym of 1..{MAX_NAME_CHARS} characters")
        if self.action in ("assign", "note") and not (self.value or "").strip():
            raise UserError(f"{self.action} needs a value (an assignee or the note text)")
        if self.value is not None and len(self.value) > MAX_NOTE_CHARS:
            raise UserError(f"value too long ({len(self.value)} characters; at most {MAX_NOTE_CHARS})")
        if self.action == "assign" and len(self.value or "") > MAX_NAME_CHARS:
            raise UserError(f"assignee must be at most {MAX_NAME_CHARS} characters")


def triage_fields(lead: Lead) -> dict[str, Any]:
    return {"status": lead.status, "assignee": lead.assignee, "notes": list(lead.notes), "version": lead.version}


def editable(lead_id: str, lead: Lead | None, expected_version: int | None) -> Lead:
    """The lead an edit applies to: it must exist and, when the editor says so, be the version they saw."""
    if lead is None:
        raise UserError(f"no lead {lead_id!r}")
    if expected_version is not None and lead.version != expected_version:
        raise ConflictError(
            f"lead {lead_id} was changed by someone else (version {lead.version}, you had {expected_version}): "
            "look at `rasad leads show` and try again"
        )
    return lead


def next_fields(lead: Lead, edit: TriageEdit) -> dict[str, Any]:
    """The triage fields after ``edit``; a transition the state machine forbids is a user error."""
    after = triage_fields(lead)
    target = ACTIONS[edit.action]
    if target is not None:
        if target not in TRANSITIONS.get(lead.status, ()):
            allowed = ", ".join(TRANSITIONS.get(lead.status, ())) or "nothing"
            raise UserError(f"lead {lead.id} is {lead.status}: it can move to {allowed}, not {target}")
        after["status"] = target
    if edit.action == "assign":
        after["assignee"] = (edit.value or "").strip()
    if edit.action == "note":
        after["notes"] = [*after["notes"], edit.value]
    if edit.action == "duplicate" and edit.value:
        after["notes"] = [*after["notes"], f"duplicate of {edit.value}"]
    after["version"] = lead.version + 1
    return after


def make_event(lead: Lead, edit: TriageEdit, after: dict[str, Any]) -> TriageEvent:
    return TriageEvent(lead_id=lead.id, actor=edit.actor, action=edit.action, before=triage_fields(lead),
                       after=after, at=datetime.now(UTC).isoformat(timespec="milliseconds"))


def check_status(status: str) -> str:
    if status not in LEAD_STATUSES:
        raise UserError(f"unknown status {status!r}; known: {', '.join(LEAD_STATUSES)}")
    return status


def default_actor() -> str:
    """The pseudonym recorded in the triage log: RASAD_ACTOR, else the login name."""
    return os.environ.get("RASAD_ACTOR") or getpass.getuser()
