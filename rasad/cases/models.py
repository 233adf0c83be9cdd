"""Case-store tables: incidents, the leads they group, victims, and the hash-chained audit log.

Only ``rasad.cases.service`` and ``rasad.cases.audit`` touch these; everyone else gets records.
Victims' names and contacts are stored only as Fernet tokens (``name_token``, ``contact_token``).
"""

from __future__ import annotations

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rasad.db.base import Base


class IncidentRow(Base):
    """One incident; derived fields hold values from its leads unless named in ``set_by_monitor``."""

    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    grade: Mapped[str | None] = mapped_column(String(16), nullable=True)
    types: Mapped[list[str]] = mapped_column(JSON, default=list)
    event_date: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    event_date_precision: Mapped[str | None] = mapped_column(String(8), nullable=True)
    place_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    place_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    district: Mapped[str | None] = mapped_column(String(120), nullable=True)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    perpetrators: Mapped[list[str]] = mapped_column(JSON, default=list)
    set_by_monitor: Mapped[list[str]] = mapped_column(JSON, default=list)
    independent_sources: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[str] = mapped_column(String(32))


class IncidentLeadRow(Base):
    """A lead grouped into an incident (a lead belongs to one incident at most: ``lead_id`` is the key).

    Keeps the lead's machine fields the incident derives from, so reading an incident needs no lead store.
    """

    __tablename__ = "incident_leads"

    lead_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order the leads were added in
    source_id: Mapped[str] = mapped_column(String(120), default="")
    published_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    incident_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    places: Mapped[list[str]] = mapped_column(JSON, default=list)
    place_names: Mapped[list[str]] = mapped_column(JSON, default=list)
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    actors: Mapped[list[str]] = mapped_column(JSON, default=list)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    source_group: Mapped[str] = mapped_column(String(120), default="")  # the source its story is credited to
    added_at: Mapped[str] = mapped_column(String(32))
    added_by: Mapped[str] = mapped_column(String(100))


class VictimRow(Base):
    __tablename__ = "victims"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id", ondelete="RESTRICT"), index=True)
    pseudonym: Mapped[str] = mapped_column(String(16), unique=True)
    gender: Mapped[str] = mapped_column(String(16), default="unknown")
    age_group: Mapped[str] = mapped_column(String(16), default="unknown")
    nationality: Mapped[str | None] = mapped_column(String(2), nullable=True)
    migrant_status: Mapped[str] = mapped_column(String(16), default="unknown")
    occupation_group: Mapped[str | None] = mapped_column(String(32), nullable=True)
    violations: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)
    consent: Mapped[str] = mapped_column(String(16), default="not_asked")
    name_token: Mapped[str | None] = mapped_column(Text, nullable=True)
    contact_token: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(100))


class AuditEventRow(Base):
    """One audit entry; ``seq`` is the key, so two writers can never both append the same position."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    subject_type: Mapped[str] = mapped_column(String(16))
    subject_id: Mapped[str] = mapped_column(String(64), index=True)
    details: Mapped[str] = mapped_column(Text)  # canonical JSON, exactly as hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The single row every writer locks first: the chain's newest seq and hash (serialises appends)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))
