"""Saved searches and the alerts run after each night.

A saved search is a researcher query kept with its owner's name. After a night, ``run_alerts`` takes
the leads fetched since the last run and asks the store itself which of them each saved query
matches (the same search the person ran, so an alert never disagrees with the search page). The
severe-lead rule (a killing with at least N dead) notifies every monitor. Notifications are kept in
the app; an e-mail only says how many leads and their short ids, never a title or a name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select

from rasad.alerts.models import AlertRun, Notification, SavedSearch
from rasad.db.base import session_scope
from rasad.errors import UserError
from rasad.records import Lead
from rasad.store.base import MAX_PAGE_SIZE, LeadStore, SearchQuery

QUERY_FIELDS = ("text", "filters", "date_from", "date_to", "event_from", "event_to", "min_killed", "min_injured",
                "min_detained", "bbox", "exact")
MAX_PAGES_PER_SEARCH = 40  # 20,000 hits: a saved query that broad is reported, not followed further
SEVERE_TYPE = "killing"
FIRST_RUN_WINDOW = timedelta(days=1)
SHORT_ID = 8


@dataclass(frozen=True)
class SavedSearchView:
    id: int
    owner: str
    name: str
    query: dict[str, Any]
    email: str | None
    created_at: datetime  # only leads fetched from this second on are matched


@dataclass(frozen=True)
class NotificationView:
    id: int
    lead_id: str
    reason: str
    search_name: str | None
    created_at: str
    read: bool


@dataclass
class AlertReport:
    since: str
    until: str
    new_leads: int = 0
    notifications: int = 0
    emails_sent: int = 0
    emails_failed: int = 0
    truncated_searches: list[int] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [(f"{self.new_leads} new lead(s) fetched after {self.since}; {self.notifications} notification(s); "
                  f"{self.emails_sent} e-mail(s) sent, {self.emails_failed} failed (kept in the app)")]
        lines += [f"saved search {sid}: more than {MAX_PAGES_PER_SEARCH * MAX_PAGE_SIZE} matches, narrow it"
                  for sid in self.truncated_searches]
        return lines


def query_params(query: SearchQuery) -> dict[str, Any]:
    """The part of a query worth keeping: what it asks, not how it is paged or sorted."""
    params = {name: getattr(query, name) for name in QUERY_FIELDS}
    params["filters"] = dict(query.filters)
    params["bbox"] = list(query.bbox) if query.bbox else None
    return params


def saved_query(params: Mapping[str, Any], **page: Any) -> SearchQuery:
    bbox = params.get("bbox")
    return SearchQuery(**{**{k: params.get(k) for k in QUERY_FIELDS if params.get(k) is not None},
                          "filters": dict(params.get("filters") or {}),
                          "bbox": tuple(bbox) if bbox else None, **page})


def save_search(engine: Engine, owner: str, name: str, query: SearchQuery, email: str | None = None) -> int:
    name = name.strip()
    if not name or len(name) > 200:
        raise UserError("a saved search needs a name of 1..200 characters")
    if email is not None and ("@" not in email or len(email) > 320 or any(c in email for c in "\r\n ,;")):
        raise UserError("not an e-mail address")
    with session_scope(engine) as session:
        row = SavedSearch(owner=owner, name=name, query=query_params(query), email=email,
                          created_at=datetime.now(UTC))
        session.add(row)
        session.flush()
        return row.id


def list_searches(engine: Engine, owner: str | None = None) -> list[SavedSearchView]:
    with session_scope(engine) as session:
        statement = select(SavedSearch).order_by(SavedSearch.id)
        if owner is not None:
            statement = statement.where(SavedSearch.owner == owner)
        return [SavedSearchView(r.id, r.owner, r.name, dict(r.query), r.email,
                                r.created_at if r.created_at.tzinfo else r.created_at.replace(tzinfo=UTC))
                for r in session.scalars(statement)]


def delete_search(engine: Engine, owner: str, search_id: int) -> None:
    with session_scope(engine) as session:
        row = session.get(SavedSearch, search_id)
        if row is None or row.owner != owner:
            raise UserError(f"{owner} has no saved search {search_id}")
        session.delete(row)


def inbox(engine: Engine, user: str, *, unread_only: bool = True) -> list[NotificationView]:
    with session_scope(engine) as session:
        statement = (select(Notification, SavedSearch.name)
                     .join(SavedSearch, Notification.search_id == SavedSearch.id, isouter=True)
                     .where(Notification.recipient == user).order_by(Notification.id.desc()))
        if unread_only:
            statement = statement.where(Notification.read_at.is_(None))
        return [NotificationView(n.id, n.lead_id, n.reason, name, n.created_at.isoformat(), n.read_at is not None)
                for n, name in session.execute(statement)]


def mark_read(engine: Engine, user: str, ids: Iterable[int] | None = None) -> int:
    with session_scope(engine) as session:
        statement = select(Notification).where(Notification.recipient == user, Notification.read_at.is_(None))
        if ids is not None:
            statement = statement.where(Notification.id.in_(list(ids)))
        rows = list(session.scalars(statement))
        for row in rows:
            row.read_at = datetime.now(UTC)
        return len(rows)


def monitor_names(engine: Engine) -> list[str]:
    """Every active account with the monitor role: who the severe-lead rule notifies."""
    from rasad.accounts.service import list_users

    return [account.name for account in list_users(engine) if account.role == "monitor" and not account.disabled]


def _when(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _last_until(engine: Engine) -> str | None:
    with session_scope(engine) as session:
        return session.scalar(select(AlertRun.until).order_by(AlertRun.id.desc()).limit(1))


def matching_ids(store: LeadStore, params: Mapping[str, Any], candidates: Sequence[Lead]) -> tuple[set[str], bool]:
    """Which candidates the saved query matches, asked of the store; True when the query was too broad."""
    wanted = {lead.id for lead in candidates}
    published = [lead.published_at[:10] for lead in candidates if lead.published_at]
    bound: dict[str, Any] = {}
    if len(published) == len(candidates):  # every candidate is dated: no need to page through older matches
        bound["date_from"] = max(filter(None, [params.get("date_from"), min(published)]))
    found: set[str] = set()
    for page in range(MAX_PAGES_PER_SEARCH):
        query = saved_query({**params, **bound}, limit=MAX_PAGE_SIZE, offset=page * MAX_PAGE_SIZE, sort="newest")
        result = store.search(query)
        found |= {hit.lead.id for hit in result.hits} & wanted
        if found == wanted or (page + 1) * MAX_PAGE_SIZE >= result.total:
            return found, False
    return found, True


def run_alerts(engine: Engine, store: LeadStore, *, monitors: Sequence[str], severe_min_killed: int = 3,
               mailer: Any = None, since: str | None = None, now: datetime | None = None) -> AlertReport:
    """Notify owners of saved searches and all monitors of the leads fetched since the last run."""
    now = now or datetime.now(UTC)
    since = since or _last_until(engine) or (now - FIRST_RUN_WINDOW).strftime("%Y-%m-%dT%H:%M:%SZ")
    start = _when(since)
    new = [lead for lead in store.iter_leads() if _when(lead.fetched_at) > start]
    report = AlertReport(since=since, until=max([since, *(lead.fetched_at for lead in new)], key=_when),
                         new_leads=len(new))
    wanted: list[tuple[str, str, str, int | None]] = []  # recipient, lead id, reason, search id
    mails: list[tuple[SavedSearchView, list[str]]] = []
    for search in list_searches(engine):
        # fetched_at is kept to the second (WARC-Date): a lead fetched in the second the search was saved counts.
        saved = search.created_at.replace(microsecond=0)
        candidates = [lead for lead in new if _when(lead.fetched_at) >= saved]
        if not candidates:
            continue
        found, truncated = matching_ids(store, search.query, candidates)
        if truncated:
            report.truncated_searches.append(search.id)
        wanted += [(search.owner, lead_id, f"search:{search.id}", search.id) for lead_id in sorted(found)]
        if found and search.email:
            mails.append((search, sorted(found)))
    severe = sorted(lead.id for lead in new
                    if SEVERE_TYPE in lead.incident_types and (lead.killed or 0) >= severe_min_killed)
    wanted += [(monitor, lead_id, "severe", None) for monitor in monitors for lead_id in severe]
    report.notifications = _record(engine, wanted, now)
    for search, ids in mails:
        if mailer is None:
            report.emails_failed += 1
            continue
        ok = mailer.send(search.email, _mail_subject(search, ids), _mail_body(search, ids))
        report.emails_sent += ok
        report.emails_failed += not ok
    with session_scope(engine) as session:
        session.add(AlertRun(since=since, until=report.until, new_leads=report.new_leads,
                             notifications=report.notifications, emails_failed=report.emails_failed, ran_at=now))
    return report


def _record(engine: Engine, wanted: Sequence[tuple[str, str, str, int | None]], now: datetime) -> int:
    """Insert the notifications not already there (a re-run after a crash notifies nobody twice)."""
    added = 0
    with session_scope(engine) as session:
        for recipient, lead_id, reason, search_id in wanted:
            exists = session.scalar(select(Notification.id).where(
                Notification.recipient == recipient, Notification.lead_id == lead_id, Notification.reason == reason))
            if exists is None:
                session.add(Notification(recipient=recipient, lead_id=lead_id, reason=reason, search_id=search_id,
                                         created_at=now))
                added += 1
    return added


def _mail_subject(search: SavedSearchView, ids: Sequence[str]) -> str:
    return f"rasad: {len(ids)} new lead(s) for saved search #{search.id}"


def _mail_body(search: SavedSearchView, ids: Sequence[str]) -> str:
    # Short ids only: an e-mail crosses servers we do not control, so no title, text or name goes in it.
    shown = "\n".join(f"  {lead_id[:SHORT_ID]}" for lead_id in ids[:50])
    more = f"\n  ... and {len(ids) - 50} more" if len(ids) > 50 else ""
    return (f"{len(ids)} new lead(s) match your saved search #{search.id}.\n{shown}{more}\n\n"
            "Open rasad and sign in to read them (rasad leads show ID).\n")


def run_configured_alerts(settings: Any, *, store: LeadStore | None = None, since: str | None = None,
                          severe_min_killed: int = 3, monitors: Sequence[str] | None = None) -> AlertReport:
    """The alerts run as the night and ``rasad alerts run`` make it: configured store (unless one is
    given), database and mail."""
    from rasad.alerts.mail import SmtpMailer
    from rasad.db import open_database
    from rasad.store import open_store

    engine = open_database(settings)
    with contextlib.nullcontext(store) if store is not None else open_store(settings) as opened:
        return run_alerts(engine, opened, monitors=monitor_names(engine) if monitors is None else monitors,
                          severe_min_killed=severe_min_killed, mailer=SmtpMailer.from_env(), since=since)
