"""Tables of saved searches, notifications and the alert runs (in the case store)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rasad.db.base import Base


class SavedSearch(Base):
    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(200))
    query: Mapped[dict] = mapped_column(JSON)  # SearchQuery fields: text, filters, dates, bbox, exact
    email: Mapped[str | None] = mapped_column(String(320), nullable=True)  # None: in the app only
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Notification(Base):
    """One lead brought to one user's attention, once (unique per user, lead and reason)."""

    __tablename__ = "notifications"
    __table_args__ = (UniqueConstraint("recipient", "lead_id", "reason"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient: Mapped[str] = mapped_column(String(100), index=True)
    lead_id: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(String(64))  # "search:<id>" or "severe"
    search_id: Mapped[int | None] = mapped_column(ForeignKey("saved_searches.id", ondelete="SET NULL"),
                                                  nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AlertRun(Base):
    """Each run of the alerts: where the next one starts (leads fetched after ``until``)."""

    __tablename__ = "alert_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    since: Mapped[str] = mapped_column(String(40))  # fetched_at lower bound (exclusive), ISO UTC
    until: Mapped[str] = mapped_column(String(40))  # newest fetched_at seen
    new_leads: Mapped[int] = mapped_column(Integer)
    notifications: Mapped[int] = mapped_column(Integer)
    emails_failed: Mapped[int] = mapped_column(Integer, default=0)
    ran_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
