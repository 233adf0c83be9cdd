"""The typed records the case store hands to the CLI, the web app, reports and referral bags.

They never carry a victim's name or contact: those live encrypted in the case store and are
decrypted only for a role allowed to see them (``VictimIdentity``), never exported by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasad.records import Record, register_nested

INCIDENT_STATUSES: tuple[str, ...] = ("open", "verified", "referred", "closed")
# The monitor's grading of an incident's evidence.
GRADES: tuple[str, ...] = ("single_source", "corroborated", "confirmed", "contested")
GENDERS: tuple[str, ...] = ("female", "male", "unknown")
AGE_GROUPS: tuple[str, ...] = ("child", "adult", "elderly", "unknown")
MIGRANT_STATUSES: tuple[str, ...] = ("citizen", "migrant", "refugee", "asylum_seeker", "stateless", "unknown")
OCCUPATION_GROUPS: tuple[str, ...] = (
    "journalist", "activist", "human_rights_defender", "medic", "lawyer", "judge", "politician",
    "aid_worker", "official", "security", "student", "other", "unknown",
)
NEEDS: tuple[str, ...] = ("medical", "legal", "psychosocial", "protection", "livelihood", "shelter")
CONSENT: tuple[str, ...] = ("given", "refused", "not_asked", "withdrawn")


@dataclass(frozen=True)
class VictimRecord(Record):
    """One victim of an incident, pseudonymous: ``pseudonym`` is stable and reveals nothing."""

    id: str
    incident_id: str
    pseudonym: str
    gender: str = "unknown"
    age_group: str = "unknown"
    nationality: str | None = None  # ISO 3166-1 alpha-2, e.g. "LY"
    migrant_status: str = "unknown"
    occupation_group: str | None = None
    violations: tuple[str, ...] = ()  # incident types from nlp.lexicon (killing, torture, ...)
    needs: tuple[str, ...] = ()
    consent: str = "not_asked"
    has_identity: bool = False  # a name or contact is stored (encrypted)


@dataclass(frozen=True)
class VictimIdentity(Record):
    """Decrypted name and contact, for roles allowed to see them; never logged, never exported by default."""

    victim_id: str
    name: str | None
    contact: str | None


@dataclass(frozen=True)
class IncidentRecord(Record):
    """The unit of documentation: one event, several leads and sources, graded by a monitor."""

    id: str
    title: str
    types: tuple[str, ...]
    status: str  # one of INCIDENT_STATUSES
    event_date: str | None = None  # ISO date
    event_date_precision: str | None = None  # day / month / year
    place_id: str | None = None  # gazetteer id
    place_name: str | None = None
    district: str | None = None  # sha'biya (region) name as in the gazetteer
    location: tuple[float, float] | None = None  # (lat, lon)
    perpetrators: tuple[str, ...] = ()  # actor registry ids
    lead_ids: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    independent_sources: int = 0  # syndicated copies of one story count once
    corroboration: str = "single_source"  # from independent_sources
    grade: str | None = None  # the monitor's grading, one of GRADES
    victims: tuple[VictimRecord, ...] = ()
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class AuditEvent(Record):
    """One entry of the hash-chained audit log (triage and case events alike)."""

    seq: int
    at: str  # ISO 8601 UTC
    actor: str  # the signed-in user (or --as on the CLI)
    action: str  # e.g. lead.verify, incident.create, victim.add
    subject_type: str  # lead / incident / victim / user
    subject_id: str
    details: dict[str, Any]  # before/after of the fields changed; never a name or contact
    prev_hash: str
    hash: str


register_nested(IncidentRecord, "victims", VictimRecord)
