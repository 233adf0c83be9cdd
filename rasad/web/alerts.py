"""Saved searches and the notification inbox in the web app (``rasad.alerts.service`` does the work).

"Save this search" keeps the search page's query (words, filters, dates) under the signed-in user's
name; the nightly alerts run it again on new leads. Each user sees and deletes only their own
searches and reads only their own inbox; a notification names a lead id and why, never its text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy import Engine, func, select

from rasad.alerts import service as alerts
from rasad.alerts.models import Notification
from rasad.db.base import session_scope
from rasad.errors import UserError
from rasad.safe_text import clean_line
from rasad.store.base import SearchQuery
from rasad.web.auth import Principal, csrf_ok, page_principal
from rasad.web.text import short_id

Render = Callable[..., HTMLResponse]


def search_of(query_string: str, filters: tuple[tuple[str, str], ...]) -> SearchQuery:
    """The search page's query string as the query to keep (paging and sort are not kept)."""
    params = {k: v[0] for k, v in parse_qs(query_string[:4000]).items() if v}
    chosen = {field: clean_line(value)[:200] for param, field in filters
              if (value := params.get(param, "").strip())}
    return SearchQuery(text=params.get("q", "")[:1000], filters=chosen, date_from=params.get("from") or None,
                       date_to=params.get("to") or None)


def search_link(query: Mapping[str, Any], filters: tuple[tuple[str, str], ...]) -> str:
    """The search page URL that runs a saved query again."""
    names = {field: param for param, field in filters}
    params = {"q": query.get("text") or "", "from": query.get("date_from") or "", "to": query.get("date_to") or "",
              **{names.get(field, field): value for field, value in (query.get("filters") or {}).items()}}
    return "/search?" + urlencode({k: v for k, v in params.items() if v})


def unread_count(engine: Engine, user: str) -> int:
    """For the navigation on every page: a COUNT, not the unread notifications themselves."""
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(Notification).where(
            Notification.recipient == user, Notification.read_at.is_(None))) or 0


def register_alerts(app: FastAPI, engine: Engine, render: Render, filters: tuple[tuple[str, str], ...]) -> None:
    signed_in = Depends(page_principal(engine))

    async def checked_form(request: Request, principal: Principal) -> tuple[Any, Response | None]:
        form = await request.form()
        if not csrf_ok(principal, str(form.get("csrf", ""))):
            return form, PlainTextResponse("missing or wrong CSRF token", status_code=403)
        return form, None

    def searches_page(request: Request, principal: Principal, status: int = 200, error: str = "") -> HTMLResponse:
        saved = alerts.list_searches(engine, principal.account.name)
        return render(request, "searches.html", status=status, error=error, searches=saved,
                      link=lambda query: search_link(query, filters))

    @app.get("/searches", response_class=HTMLResponse, include_in_schema=False)
    def searches(request: Request, principal: Principal = signed_in) -> HTMLResponse:
        return searches_page(request, principal)

    @app.post("/searches", include_in_schema=False)
    async def save(request: Request, principal: Principal = signed_in) -> Response:
        form, refused = await checked_form(request, principal)
        if refused:
            return refused
        try:
            alerts.save_search(engine, principal.account.name, clean_line(str(form.get("name", "")))[:300],
                               search_of(str(form.get("query", "")), filters))
        except UserError as exc:
            return searches_page(request, principal, status=400, error=str(exc))
        return RedirectResponse("/searches", status_code=303)

    @app.post("/searches/{search_id}/delete", include_in_schema=False)
    async def delete(request: Request, search_id: int, principal: Principal = signed_in) -> Response:
        _, refused = await checked_form(request, principal)
        if refused:
            return refused
        try:
            alerts.delete_search(engine, principal.account.name, search_id)
        except UserError as exc:
            return searches_page(request, principal, status=404, error=str(exc))
        return RedirectResponse("/searches", status_code=303)

    @app.get("/inbox", response_class=HTMLResponse, include_in_schema=False)
    def inbox(request: Request, principal: Principal = signed_in) -> HTMLResponse:
        notes = alerts.inbox(engine, principal.account.name, unread_only=False)[:500]
        return render(request, "inbox.html", notifications=notes, short_id=short_id)

    @app.post("/inbox/read", include_in_schema=False)
    async def mark_read(request: Request, principal: Principal = signed_in) -> Response:
        """Ticked notifications, or all of them when the form says ``all``."""
        form, refused = await checked_form(request, principal)
        if refused:
            return refused
        ids = None if form.get("all") else [int(i) for i in form.getlist("ids") if str(i).isdigit()][:500]
        alerts.mark_read(engine, principal.account.name, ids)
        return RedirectResponse("/inbox", status_code=303)
