"""The case service: the one way the CLI, the web app and reports read and change incidents and victims.

Every change runs in one unit of work with its audit event (``audit.write_scope``): it all commits or
nothing does. Bad input is a ``UserError`` raised before anything is written. Nothing here logs:
titles, identities and lead text reach only the person who asked.
"""

from __future__ import annotations

import re
import secrets
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rasad.cases import audit
from rasad.cases.keys import Keyring, add_new_key, drop_old_keys, load_keyring
from rasad.cases.models import IncidentLeadRow, IncidentRow, VictimRow
from rasad.cases.records import (
    AGE_GROUPS,
    CONSENT,
    GENDERS,
    GRADES,
    INCIDENT_STATUSES,
    MIGRANT_STATUSES,
    NEEDS,
    OCCUPATION_GROUPS,
    AuditEvent,
    IncidentRecord,
    VictimIdentity,
    VictimRecord,
)
from rasad.db.base import session_scope
from rasad.errors import UserError
from rasad.records import Lead
from rasad.settings import Settings, load_settings

#: status -> statuses an incident may move to.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "open": ("verified", "closed"),
    "verified": ("open", "referred", "closed"),
    "referred": ("verified", "closed"),
    "closed": ("open",),
}
IDENTITY_ROLES = ("admin", "monitor")
#: Fields a monitor may set; once set, they are no longer derived from the leads.
MONITOR_FIELDS = ("title", "types", "event_date", "event_date_precision", "place_id", "place_name", "district",
                  "perpetrators")
DERIVED_FIELDS = MONITOR_FIELDS[1:] + ("lat", "lon")
MAX_TITLE_CHARS = 300
PROPOSE_SKIP_STATUSES = ("rejected", "duplicate")


def _new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(4)}"


def _check_actor(actor: str) -> str:
    from rasad.triage import MAX_NAME_CHARS

    if not actor or not actor.strip() or len(actor) > MAX_NAME_CHARS:
        raise UserError(f"the actor must be a pseudonym of 1..{MAX_NAME_CHARS} characters")
    return actor.strip()


def _choice(name: str, value: str | None, allowed: Sequence[str], optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if value not in allowed:
        raise UserError(f"unknown {name} {value!r}; known: {', '.join(allowed)}")
    return value


# -- leads --------------------------------------------------------------------------------------


def resolve_lead(store: Any, lead_id: str) -> Lead:
    """The lead for a full id or an unambiguous prefix (unknown or ambiguous: the store's clear error)."""
    lead = store.get(store.resolve_id(lead_id))
    if lead is None:
        raise UserError(f"no lead starts with {lead_id!r}")
    return lead


@contextmanager
def _lead_store(store: Any) -> Iterator[Any]:
    """The caller's lead store, or the configured one opened (and closed) for this call."""
    if store is not None:
        yield store
        return
    from rasad.store import open_store

    with open_store(load_settings()) as opened:
        yield opened


def _lead_row(lead: Lead, incident_id: str, position: int, actor: str, at: str) -> IncidentLeadRow:
    lat, lon = lead.location if lead.location else (None, None)
    return IncidentLeadRow(
        lead_id=lead.id, incident_id=incident_id, position=position, source_id=lead.source_id,
        published_at=lead.published_at,
        incident_types=list(lead.incident_types), places=list(lead.places), place_names=list(lead.place_names),
        regions=list(lead.regions), actors=list(lead.actors), lat=lat, lon=lon, source_group=lead.id,
        added_at=at, added_by=actor,
    )


class _Groups:
    """Union-find over lead ids."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {key: key for key in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def join_equal(self, key_of: dict[str, Any]) -> None:
        first: dict[Any, str] = {}
        for key, value in key_of.items():
            if value in (None, ""):
                continue
            if value in first:
                self.union(first[value], key)
            else:
                first[value] = key


@dataclass(frozen=True)
class SourceItem:
    """What independence is judged on: who published what, when, and (if the store still has it) the text."""

    lead_id: str
    source_id: str
    published_at: str | None
    text: str | None = None
    cluster_id: str | None = None


def source_item(lead: Lead) -> SourceItem:
    return SourceItem(lead.id, lead.source_id, lead.published_at, f"{lead.title}\n{lead.text}",
                      lead.cluster_id)


def credited_sources(items: Sequence[SourceItem]) -> dict[str, str]:
    """lead id -> the source its account is credited to: the first outlet to publish that story.

    A syndicated copy (same story cluster, or near-identical text by ``pipelines.dedup``) is credited to
    the outlet it copies, and one outlet's several articles are one source: the number of independent
    sources is the number of distinct credited sources.
    """
    from pipelines.dedup import cluster_texts

    groups = _Groups(item.lead_id for item in items)
    groups.join_equal({item.lead_id: item.cluster_id for item in items})
    groups.join_equal(cluster_texts((item.lead_id, item.text) for item in items if item.text))
    first: dict[str, SourceItem] = {}
    for item in sorted(items, key=lambda item: (item.published_at or "~", item.lead_id)):
        first.setdefault(groups.find(item.lead_id), item)
    return {item.lead_id: first[groups.find(item.lead_id)].source_id for item in items}


def _ranked(values: Iterable[str]) -> list[str]:
    counts = Counter(values)
    return sorted(counts, key=lambda value: (-counts[value], value))


def _refresh(session: Session, incident: IncidentRow, store: Any) -> None:
    """Recompute independence and every derived field the monitor has not set, from the incident's leads."""
    rows = list(session.scalars(select(IncidentLeadRow).where(IncidentLeadRow.incident_id == incident.id)))
    items = []
    for row in rows:
        lead = store.get(row.lead_id)
        items.append(source_item(lead) if lead else SourceItem(row.lead_id, row.source_id, row.published_at))
    credited = credited_sources(items)
    for row in rows:
        row.source_group = credited[row.lead_id]
    incident.independent_sources = len(set(credited.values()))
    derived = derive_fields(rows)
    for name, value in derived.items():
        if name not in incident.set_by_monitor:
            setattr(incident, name, value)
    incident.updated_at = audit.now()


def derive_fields(rows: Sequence[IncidentLeadRow]) -> dict[str, Any]:
    """Types, date, place, district and perpetrators as the leads report them (most reported first)."""
    dates = sorted(row.published_at[:10] for row in rows if row.published_at)
    firsts = [row for row in rows if row.places]
    place = _ranked(row.places[0] for row in firsts)[:1]
    where = next((row for row in firsts if place and row.places[0] == place[0]), None)
    names = dict(zip(where.places, where.place_names, strict=False)) if where else {}
    return {
        "types": _ranked(t for row in rows for t in row.incident_types),
        "event_date": dates[0] if dates else None,
        "event_date_precision": "day" if dates else None,
        "place_id": place[0] if place else None,
        "place_name": names.get(place[0]) if place else None,
        "district": next(iter(_ranked(r for row in rows for r in row.regions)), None),
        "perpetrators": _ranked(a for row in rows for a in row.actors),
        "lat": where.lat if where else None,
        "lon": where.lon if where else None,
    }


# -- incidents ----------------------------------------------------------------------------------


def _incident(session: Session, incident_id: str, lock: bool = False) -> IncidentRow:
    wanted = incident_id.strip()
    if wanted[:2].lower() == "i-":
        wanted = "I-" + wanted[2:].lower()
    query = select(IncidentRow).where(IncidentRow.id == wanted)
    row = session.scalars(query.with_for_update() if lock else query).one_or_none()
    if row is None:
        raise UserError(f"no incident {incident_id!r}")
    return row


def _attach(session: Session, incident: IncidentRow, leads: Sequence[Lead], actor: str, at: str) -> None:
    ids = [lead.id for lead in leads]
    if len(set(ids)) != len(ids):
        raise UserError("the same lead is named twice")
    taken = session.execute(
        select(IncidentLeadRow.lead_id, IncidentLeadRow.incident_id).where(IncidentLeadRow.lead_id.in_(ids))
    ).first()
    if taken is not None:
        raise UserError(f"lead {taken[0]} is already in incident {taken[1]}: a lead belongs to one incident")
    start = session.scalar(select(func.count()).where(IncidentLeadRow.incident_id == incident.id)) or 0
    session.add_all(_lead_row(lead, incident.id, start + n, actor, at) for n, lead in enumerate(leads))
    session.flush()


def create_incident(engine: Engine, lead_ids: Sequence[str], actor: str, title: str | None = None, *,
                    store: Any = None) -> IncidentRecord:
    """Group leads into a new incident; its fields come from the leads until a monitor sets them."""
    actor = _check_actor(actor)
    if not lead_ids:
        raise UserError("an incident needs at least one lead")
    if title is not None and not 0 < len(title.strip()) <= MAX_TITLE_CHARS:
        raise UserError(f"the title must be 1..{MAX_TITLE_CHARS} characters")
    at = audit.now()
    try:
        with _lead_store(store) as lead_store, audit.write_scope(engine) as session:
            leads = [resolve_lead(lead_store, lead_id) for lead_id in lead_ids]
            incident = IncidentRow(
                id=_new_id("I"), title=(title or leads[0].title or "").strip()[:MAX_TITLE_CHARS], status="open",
                grade=None, types=[], perpetrators=[], set_by_monitor=["title"] if title else [],
                independent_sources=0, created_at=at, created_by=actor, updated_at=at,
            )
            session.add(incident)
            session.flush()
            _attach(session, incident, leads, actor, at)
            _refresh(session, incident, lead_store)
            audit.append(session, actor, "incident.create", "incident", incident.id,
                         {"lead_ids": [lead.id for lead in leads]})
            incident_id = incident.id
    except IntegrityError:
        raise UserError("one of these leads was just put in another incident: nothing was created") from None
    return get_incident(engine, incident_id)


def add_leads(engine: Engine, incident_id: str, lead_ids: Sequence[str], actor: str, *,
              store: Any = None) -> IncidentRecord:
    actor = _check_actor(actor)
    if not lead_ids:
        raise UserError("name at least one lead to add")
    try:
        with _lead_store(store) as lead_store, audit.write_scope(engine) as session:
            leads = [resolve_lead(lead_store, lead_id) for lead_id in lead_ids]
            incident = _incident(session, incident_id, lock=True)
            _attach(session, incident, leads, actor, audit.now())
            _refresh(session, incident, lead_store)
            audit.append(session, actor, "incident.add_leads", "incident", incident.id,
                         {"lead_ids": [lead.id for lead in leads]})
            incident_id = incident.id
    except IntegrityError:
        raise UserError("one of these leads was just put in another incident: nothing was added") from None
    return get_incident(engine, incident_id)


def set_fields(engine: Engine, incident_id: str, actor: str, **fields: Any) -> IncidentRecord:
    """The monitor's own values for derived fields (then kept when leads are added)."""
    actor = _check_actor(actor)
    unknown = set(fields) - set(MONITOR_FIELDS)
    if unknown:
        raise UserError(f"cannot set {', '.join(sorted(unknown))}; settable: {', '.join(MONITOR_FIELDS)}")
    if "title" in fields and not 0 < len(str(fields["title"]).strip()) <= MAX_TITLE_CHARS:
        raise UserError(f"the title must be 1..{MAX_TITLE_CHARS} characters")
    if "event_date" in fields:
        fields["event_date_precision"] = fields.get("event_date_precision") or _date_precision(fields["event_date"])
    with audit.write_scope(engine) as session:
        incident = _incident(session, incident_id, lock=True)
        changed: dict[str, Any] = {}
        for name, value in fields.items():
            value = list(value) if isinstance(value, (list, tuple)) else value
            # A title may quote a name: the log says it changed, not what it says.
            changed[name] = "changed" if name == "title" else {"before": getattr(incident, name), "after": value}
            setattr(incident, name, value)
        incident.set_by_monitor = sorted(set(incident.set_by_monitor) | set(fields))
        incident.updated_at = audit.now()
        audit.append(session, actor, "incident.set", "incident", incident.id, changed)
        incident_id = incident.id
    return get_incident(engine, incident_id)


def _date_precision(value: str | None) -> str | None:
    """day, month or year for YYYY-MM-DD, YYYY-MM or YYYY; anything else is a user error."""
    if value is None:
        return None
    precision = {10: "day", 7: "month", 4: "year"}.get(len(value))
    if precision is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise UserError(f"the event date must be YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")
    try:
        date.fromisoformat(value + "-01" * ((10 - len(value)) // 3))
    except ValueError:
        raise UserError(f"{value!r} is not a real date") from None
    return precision


def set_status(engine: Engine, incident_id: str, actor: str, status: str) -> IncidentRecord:
    actor = _check_actor(actor)
    _choice("status", status, INCIDENT_STATUSES)
    with audit.write_scope(engine) as session:
        incident = _incident(session, incident_id, lock=True)
        if status not in TRANSITIONS[incident.status]:
            raise UserError(f"incident {incident.id} is {incident.status}: it can move to "
                            f"{', '.join(TRANSITIONS[incident.status])}, not {status}")
        audit.append(session, actor, "incident.status", "incident", incident.id,
                     {"status": {"before": incident.status, "after": status}})
        incident.status, incident.updated_at = status, audit.now()
        incident_id = incident.id
    return get_incident(engine, incident_id)


def verify(engine: Engine, incident_id: str, actor: str) -> IncidentRecord:
    """The monitor has checked the incident against its sources."""
    return set_status(engine, incident_id, actor, "verified")


def grade(engine: Engine, incident_id: str, actor: str, value: str) -> IncidentRecord:
    actor = _check_actor(actor)
    _choice("grade", value, GRADES)
    with audit.write_scope(engine) as session:
        incident = _incident(session, incident_id, lock=True)
        audit.append(session, actor, "incident.grade", "incident", incident.id,
                     {"grade": {"before": incident.grade, "after": value}})
        incident.grade, incident.updated_at = value, audit.now()
        incident_id = incident.id
    return get_incident(engine, incident_id)


def _victim_record(row: VictimRow) -> VictimRecord:
    return VictimRecord(
        id=row.id, incident_id=row.incident_id, pseudonym=row.pseudonym, gender=row.gender,
        age_group=row.age_group, nationality=row.nationality, migrant_status=row.migrant_status,
        occupation_group=row.occupation_group, violations=tuple(row.violations), needs=tuple(row.needs),
        consent=row.consent, has_identity=bool(row.name_token or row.contact_token),
    )


def _record(session: Session, incident: IncidentRow) -> IncidentRecord:
    leads = list(session.scalars(
        select(IncidentLeadRow).where(IncidentLeadRow.incident_id == incident.id).order_by(IncidentLeadRow.position)))
    victims = session.scalars(select(VictimRow).where(VictimRow.incident_id == incident.id).order_by(VictimRow.created_at, VictimRow.id))
    return IncidentRecord(
        id=incident.id, title=incident.title, types=tuple(incident.types), status=incident.status,
        event_date=incident.event_date, event_date_precision=incident.event_date_precision,
        place_id=incident.place_id, place_name=incident.place_name, district=incident.district,
        location=(incident.lat, incident.lon) if incident.lat is not None and incident.lon is not None else None,
        perpetrators=tuple(incident.perpetrators), lead_ids=tuple(row.lead_id for row in leads),
        source_ids=tuple(dict.fromkeys(row.source_id for row in leads if row.source_id)),
        independent_sources=incident.independent_sources,
        corroboration="corroborated" if incident.independent_sources >= 2 else "single_source",
        grade=incident.grade, victims=tuple(_victim_record(row) for row in victims),
        created_at=incident.created_at, created_by=incident.created_by, updated_at=incident.updated_at,
    )


def get_incident(engine: Engine, incident_id: str) -> IncidentRecord:
    with session_scope(engine) as session:
        return _record(session, _incident(session, incident_id))


def list_incidents(engine: Engine, status: str | None = None, event_from: str | None = None,
                   event_to: str | None = None, incident_type: str | None = None, district: str | None = None,
                   limit: int = 100, offset: int = 0) -> list[IncidentRecord]:
    """Incidents, newest event first, filtered by status, event-date range, type and district."""
    if status is not None:
        _choice("status", status, INCIDENT_STATUSES)
    query = select(IncidentRow).order_by(IncidentRow.event_date.desc(), IncidentRow.id)
    if status:
        query = query.where(IncidentRow.status == status)
    if district:
        query = query.where(IncidentRow.district == district)
    with session_scope(engine) as session:
        rows = [row for row in session.scalars(query) if (not incident_type or incident_type in row.types)
                and _in_range(row.event_date, event_from, event_to)]
        return [_record(session, row) for row in rows[offset:offset + max(limit, 0)]]


def _in_range(event_date: str | None, event_from: str | None, event_to: str | None) -> bool:
    """Whether the event may fall in the range: a month or year overlaps it if any of its days does."""
    if not (event_from or event_to):
        return True
    if not event_date:
        return False
    first = event_date + "-01" * ((10 - len(event_date)) // 3)
    last = event_date + {4: "-12-31", 7: "-31", 10: ""}.get(len(event_date), "")
    return (not event_from or last >= event_from[:10]) and (not event_to or first <= event_to[:10])


def incident_of_lead(engine: Engine, lead_id: str) -> str | None:
    with session_scope(engine) as session:
        return session.scalar(select(IncidentLeadRow.incident_id).where(IncidentLeadRow.lead_id == lead_id))


# -- proposals ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupProposal:
    """Leads the system thinks report one incident, for a monitor to accept with ``create_incident``."""

    lead_ids: tuple[str, ...]
    reason: str  # "same story" or "same place, date and type"


def propose_groups(store: Any, engine: Engine) -> list[GroupProposal]:
    """Groups of leads not yet in an incident: one story cluster, or the same place, day and type across sources."""
    with session_scope(engine) as session:
        grouped = set(session.scalars(select(IncidentLeadRow.lead_id)))
    leads = {lead.id: lead for lead in store.iter_leads()
             if lead.id not in grouped and lead.status not in PROPOSE_SKIP_STATUSES}
    by_story: dict[str, list[str]] = {}
    by_event: dict[tuple[str, str, str], list[str]] = {}
    for lead in leads.values():
        cluster = lead.cluster_id
        if cluster:
            by_story.setdefault(cluster, []).append(lead.id)
        if lead.places and lead.published_at:
            for kind in lead.incident_types:
                by_event.setdefault((lead.places[0], lead.published_at[:10], kind), []).append(lead.id)
    groups = _Groups(leads)
    reasons: dict[str, set[str]] = {}
    for members in by_story.values():
        for other in members[1:]:
            groups.union(members[0], other)
            reasons.setdefault(other, set()).add("same story")
            reasons.setdefault(members[0], set()).add("same story")
    for members in by_event.values():
        if len({leads[key].source_id for key in members}) < 2:
            continue  # one outlet's several articles are not a cross-source match
        for other in members[1:]:
            groups.union(members[0], other)
            reasons.setdefault(other, set()).add("same place, date and type")
            reasons.setdefault(members[0], set()).add("same place, date and type")
    proposals: dict[str, list[str]] = {}
    for key in sorted(leads):
        proposals.setdefault(groups.find(key), []).append(key)
    return [GroupProposal(tuple(members), " + ".join(sorted(set().union(*(reasons[m] for m in members)))))
            for members in proposals.values() if len(members) > 1]


# -- victims ------------------------------------------------------------------------------------


def keyring_for(engine: Engine, settings: Settings | None = None) -> Keyring:
    """The installation's keyring; created on first use only while no identity depends on a lost one."""
    settings = settings or load_settings()
    with session_scope(engine) as session:
        victims_exist = session.scalar(select(VictimRow.id).limit(1)) is not None
    return load_keyring(settings, create=not victims_exist)


def _check_nationality(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if len(value) != 2 or not value.isascii() or not value.isalpha():
        raise UserError(f"nationality must be an ISO 3166-1 alpha-2 code such as LY, not {value!r}")
    return value.upper()


def add_victim(engine: Engine, incident_id: str, actor: str, *, gender: str = "unknown",
               age_group: str = "unknown", nationality: str | None = None, migrant_status: str = "unknown",
               occupation_group: str | None = None, violations: Sequence[str] = (), needs: Sequence[str] = (),
               consent: str = "not_asked", name: str | None = None, contact: str | None = None,
               keyring: Keyring | None = None) -> VictimRecord:
    """Record a victim; the name and contact are encrypted before they reach the database."""
    actor = _check_actor(actor)
    _choice("gender", gender, GENDERS)
    _choice("age group", age_group, AGE_GROUPS)
    _choice("migrant status", migrant_status, MIGRANT_STATUSES)
    _choice("occupation group", occupation_group, OCCUPATION_GROUPS, optional=True)
    _choice("consent", consent, CONSENT)
    if violations:  # the labelled schema's types; a heavy import, so only when needed
        from nlp.evaluate import INCIDENT_TYPES

        for violation in violations:
            _choice("violation", violation, INCIDENT_TYPES)
    for need in needs:
        _choice("need", need, NEEDS)
    nationality = _check_nationality(nationality)
    name = (name or "").strip() or None
    contact = (contact or "").strip() or None
    with session_scope(engine) as session:
        _incident(session, incident_id)  # an unknown incident is the error, before any key is made
    keyring = keyring or keyring_for(engine)
    with audit.write_scope(engine) as session:
        incident = _incident(session, incident_id, lock=True)
        victim_id = _new_id("V")
        row = VictimRow(
            id=victim_id, incident_id=incident.id, pseudonym=keyring.pseudonym(victim_id), gender=gender,
            age_group=age_group, nationality=nationality, migrant_status=migrant_status,
            occupation_group=occupation_group, violations=list(dict.fromkeys(violations)),
            needs=list(dict.fromkeys(needs)), consent=consent, name_token=keyring.encrypt(name),
            contact_token=keyring.encrypt(contact), created_at=audit.now(), created_by=actor,
        )
        session.add(row)
        session.flush()
        audit.append(session, actor, "victim.add", "victim", victim_id,
                     {"incident_id": incident.id, "pseudonym": row.pseudonym, "consent": consent,
                      "identity_stored": bool(name or contact)})
        return _victim_record(row)


def list_victims(engine: Engine, incident_id: str) -> list[VictimRecord]:
    return list(get_incident(engine, incident_id).victims)


def victim_identity(engine: Engine, victim_id: str, role: str, *, actor: str | None = None,
                    keyring: Keyring | None = None) -> VictimIdentity:
    """The decrypted name and contact, for admins and monitors only; every reading is audited."""
    if role not in IDENTITY_ROLES:
        raise UserError(f"the {role} role may not see victims' identities (only {', '.join(IDENTITY_ROLES)})")
    keyring = keyring or keyring_for(engine)
    with audit.write_scope(engine) as session:
        row = session.get(VictimRow, victim_id.strip())
        if row is None:
            raise UserError(f"no victim {victim_id!r}")
        identity = VictimIdentity(row.id, keyring.decrypt(row.name_token), keyring.decrypt(row.contact_token))
        audit.append(session, _check_actor(actor or role), "victim.identity_view", "victim", row.id, {"role": role})
    return identity


def export_incident(engine: Engine, incident_id: str, role: str, actor: str, *, include_identities: bool = False,
                    keyring: Keyring | None = None) -> dict[str, Any]:
    """An incident as plain data for reports and referrals: victims by pseudonym only, unless an admin asks."""
    if include_identities and role != "admin":
        raise UserError("only an admin may export victims' identities")
    record = get_incident(engine, incident_id)
    data = record.to_dict()
    if include_identities:
        keyring = keyring or keyring_for(engine)
        for victim in data["victims"]:
            identity = victim_identity(engine, victim["id"], role, actor=actor, keyring=keyring)
            victim["identity"] = {"name": identity.name, "contact": identity.contact}
    audit.record(engine, _check_actor(actor), "incident.export", "incident", record.id,
                 {"role": role, "include_identities": include_identities})
    return data


def rotate_keys(engine: Engine, actor: str, settings: Settings | None = None) -> int:
    """Re-encrypt every identity under a new key; old keys stay in the key file until this commits."""
    actor = _check_actor(actor)
    settings = settings or load_settings()
    keyring = add_new_key(load_keyring(settings, create=False))
    with audit.write_scope(engine) as session:
        rows = list(session.scalars(select(VictimRow).where(
            (VictimRow.name_token.is_not(None)) | (VictimRow.contact_token.is_not(None)))))
        for row in rows:
            row.name_token = keyring.rotate_token(row.name_token) if row.name_token else None
            row.contact_token = keyring.rotate_token(row.contact_token) if row.contact_token else None
        audit.append(session, actor, "keys.rotate", "installation", "case-key", {"identities": len(rows)})
    drop_old_keys(keyring)
    return len(rows)


def audit_events(engine: Engine, subject_ids: Iterable[str] | None = None) -> list[AuditEvent]:
    return audit.events(engine, subject_ids)
