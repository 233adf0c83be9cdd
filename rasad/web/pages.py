"""The pages: sign-in, the triage queue, a lead with its archived capture, and the researcher search.

Server-rendered HTML forms (no script needed): every POST carries the session's CSRF token, every
triage edit carries the version it was made on and records the signed-in user as its actor.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager, redirect_stdout
from typing import Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from rasad import captures
from rasad.accounts import service
from rasad.accounts.throttle import LoginThrottle
from rasad.cases.service import incident_of_lead
from rasad.errors import ConflictError, UserError
from rasad.records import LEAD_STATUSES, Lead
from rasad.safe_text import clean_line, clean_multiline
from rasad.settings import Settings
from rasad.store import LeadStore
from rasad.store.base import SearchQuery
from rasad.triage import ACTIONS, TriageEdit
from rasad.web.auth import SESSION_COOKIE, Principal, SignInRequired, csrf_ok, page_principal
from rasad.web.i18n import HERE, LANG_COOKIE, LANGUAGES, environment, pick_language
from rasad.web.text import evidence_segments, short_id

LOGIN_CSRF_COOKIE = "rasad_login_csrf"
PAGE_SIZE = 50
#: The lead's counts, event date, victims and story cluster: shown when the NLP found them.
EXTRA_LEAD_FIELDS = ("killed", "injured", "detained", "event_date", "event_date_precision", "victim_categories",
                     "cluster_id")
QUEUE_FILTERS = (("status", "status"), ("type", "incident_type"), ("region", "region"), ("source", "source"))
SEARCH_FILTERS = (*QUEUE_FILTERS, ("place", "place"), ("actor", "actor"), ("language", "language"))


def register_pages(app: FastAPI, settings: Settings, engine: Engine,
                   store: Callable[[], AbstractContextManager[LeadStore]]) -> None:
    throttle = LoginThrottle()
    signed_in = Depends(page_principal(engine))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(SignInRequired)
    def _sign_in(request: Request, exc: SignInRequired) -> RedirectResponse:
        return RedirectResponse("/login", status_code=303)

    def secure(request: Request) -> bool:
        return request.url.scheme == "https"

    def render(request: Request, name: str, status: int = 200, language: str | None = None,
               **context: Any) -> HTMLResponse:
        language = pick_language(language or request.cookies.get(LANG_COOKIE))
        principal = getattr(request.state, "principal", None)
        html = environment(language).get_template(name).render(
            request=request, me=principal.account if principal else None,
            csrf=principal.csrf_token if principal else "", path=request.url.path,
            unread=unread_count(engine, principal.account.name) if principal else 0,
            here=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""), **context)
        return HTMLResponse(html, status_code=status)

    from rasad.web.admin import register_admin
    from rasad.web.alerts import register_alerts, unread_count
    from rasad.web.incidents import register_incidents

    register_admin(app, engine, render)
    register_incidents(app, settings, engine, render, store)
    register_alerts(app, engine, render, SEARCH_FILTERS)

    # -- signing in and out ---------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, error: str = "", lang: str = "") -> HTMLResponse:
        token = secrets.token_urlsafe(32)
        response = render(request, "login.html", language=lang or None, login_csrf=token,
                          error=error if error in ("bad", "slow") else "")
        if lang in LANGUAGES:
            response.set_cookie(LANG_COOKIE, lang, samesite="strict", secure=secure(request), max_age=365 * 24 * 3600)
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure(request),
                            path="/login")
        return response

    @app.post("/login", include_in_schema=False)
    def login(request: Request, name: str = Form(max_length=100), password: str = Form(max_length=1024),
              csrf: str = Form(max_length=100)) -> Response:
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not expected or not secrets.compare_digest(expected, csrf):
            return PlainTextResponse("the sign-in form expired: reload it", status_code=403)
        ip = request.client.host if request.client else "-"
        if throttle.blocked(name, ip):
            return RedirectResponse("/login?error=slow", status_code=303)
        account = service.check_login(engine, name, password)
        if account is None:
            throttle.failed(name, ip)
            return RedirectResponse("/login?error=bad", status_code=303)
        throttle.succeeded(name)
        session_id, _ = service.start_session(engine, account)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="strict", secure=secure(request),
                            max_age=int(service.SESSION_LIFETIME.total_seconds()))
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
        return response

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request, principal: Principal = signed_in, csrf: str = Form(max_length=100)) -> Response:
        if not csrf_ok(principal, csrf):
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        service.end_session(engine, request.cookies.get(SESSION_COOKIE, ""))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    @app.get("/lang/{language}", include_in_schema=False)
    def switch_language(request: Request, language: str, next: str = "/",
                        principal: Principal = signed_in) -> Response:
        target = clean_line(next)  # browsers drop tabs and newlines: "/\t/evil" would become "//evil"
        target = target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"
        response = RedirectResponse(target, status_code=303)
        if language in LANGUAGES:
            response.set_cookie(LANG_COOKIE, language, samesite="strict", secure=secure(request),
                                max_age=365 * 24 * 3600)
        return response

    # -- the triage queue -----------------------------------------------------------------------

    def filters_from(request: Request, names: tuple[tuple[str, str], ...]) -> dict[str, str]:
        return {field: clean_line(value)[:200] for param, field in names
                if (value := request.query_params.get(param, "").strip())}

    def page_query(request: Request, **changes: Any) -> str:
        params = {**request.query_params, **{k: str(v) for k, v in changes.items()}}
        return urlencode({k: v for k, v in params.items() if v not in ("", None)})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def queue(request: Request, principal: Principal = signed_in) -> HTMLResponse:
        params = request.query_params
        view = params.get("view", "all" if principal.account.role == "researcher" else "unassigned")
        view = view if view in ("unassigned", "mine", "all") else "all"
        filters = filters_from(request, QUEUE_FILTERS)
        if view == "mine":
            filters["assignee"] = principal.account.name
        sort = "score" if params.get("sort") == "score" else "newest"
        offset = _int(params.get("offset"), 0, 9_000)
        error = ""
        hits: list[Any] = []
        total = 0
        try:
            query = SearchQuery(filters=filters, limit=500 if view == "unassigned" else PAGE_SIZE,
                                offset=0 if view == "unassigned" else offset, sort=sort, match_all=True,
                                date_from=params.get("from") or None, date_to=params.get("to") or None)
            with store() as opened:
                result = opened.search(query)
            hits, total = list(result.hits), result.total
            if view == "unassigned":  # the store has no "no assignee" filter: this page shows the first 500
                hits = [hit for hit in hits if not hit.lead.assignee]
                total = len(hits)
                hits = hits[offset:offset + PAGE_SIZE]
        except UserError as exc:
            error = str(exc)
        return render(request, "queue.html", view=view, hits=hits, total=total, sort=sort, offset=offset,
                      page_size=PAGE_SIZE, statuses=LEAD_STATUSES, params=params, error=error,
                      short_id=short_id, page_query=lambda **c: page_query(request, **c),
                      can_triage=principal.account.can("monitor"))

    @app.post("/assign", include_in_schema=False)
    async def bulk_assign(request: Request, principal: Principal = signed_in) -> Response:
        form = await request.form()
        if not csrf_ok(principal, str(form.get("csrf", ""))):
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        if not principal.account.can("monitor"):
            return PlainTextResponse("assigning leads needs the monitor role", status_code=403)
        assignee = clean_line(str(form.get("assignee", "")) or principal.account.name).strip()
        ids = [str(i) for i in form.getlist("ids")][:PAGE_SIZE]
        failed = 0
        with store() as opened:
            for lead_id in ids:
                try:
                    opened.update_triage(opened.resolve_id(lead_id), TriageEdit("assign", principal.account.name,
                                                                              assignee))
                except UserError:
                    failed += 1
        return RedirectResponse(f"/?view=all&assigned={len(ids) - failed}&failed={failed}", status_code=303)

    # -- one lead -------------------------------------------------------------------------------

    def lead_page(request: Request, lead: Lead, status: int = 200, conflict: str = "",
                  error: str = "", theirs: list[Any] | None = None) -> HTMLResponse:
        with store() as opened:
            events = opened.history(lead.id)
        pointer = None
        try:
            pointer = captures.find_capture(settings.archive_dir, lead.capture_sha256)
        except UserError:
            pointer = None
        extras = {name: value for name in EXTRA_LEAD_FIELDS
                  if (value := getattr(lead, name)) not in (None, "", (), [])}
        notes = [event for event in events if event.action == "note"]
        principal: Principal = request.state.principal
        return render(request, "lead.html", status=status, lead=lead, events=events, notes=notes,
                      segments=evidence_segments(lead.text, lead.evidence), pointer=pointer, extras=extras,
                      actions=[a for a in ACTIONS if a != "note"], conflict=conflict, error=error,
                      theirs=theirs or [], can_triage=principal.account.can("monitor"), short_id=short_id,
                      incident_id=incident_of_lead(engine, lead.id))

    @app.get("/lead/{lead_id}", response_class=HTMLResponse, include_in_schema=False)
    def show_lead(request: Request, lead_id: str, principal: Principal = signed_in) -> HTMLResponse:
        with store() as opened:
            try:
                lead = opened.get(opened.resolve_id(lead_id[:128]))
            except UserError:
                lead = None
        if lead is None:
            return render(request, "error.html", status=404, message="no such lead")
        return lead_page(request, lead)

    @app.post("/lead/{lead_id}/triage", include_in_schema=False)
    def triage(request: Request, lead_id: str, principal: Principal = signed_in,
               action: str = Form(max_length=20), value: str = Form("", max_length=4000),
               expected_version: int = Form(ge=0), csrf: str = Form(max_length=100)) -> Response:
        if not csrf_ok(principal, csrf):
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        if not principal.account.can("monitor"):
            return PlainTextResponse("triage needs the monitor role", status_code=403)
        with store() as opened:
            lead = opened.get(lead_id[:128])
            if lead is None:
                return render(request, "error.html", status=404, message="no such lead")
            try:
                edit = TriageEdit(action, principal.account.name, clean_multiline(value).strip() or None)
                opened.update_triage(lead.id, edit, expected_version)
            except ConflictError:
                current = opened.get(lead.id) or lead
                theirs = [e for e in opened.history(lead.id) if (e.after.get("version") or 0) > expected_version]
                return lead_page(request, current, status=409, conflict="stale", theirs=theirs)
            except UserError as exc:
                return lead_page(request, lead, status=400, error=str(exc))
        return RedirectResponse(f"/lead/{lead.id}", status_code=303)

    # -- researcher search ----------------------------------------------------------------------

    def search_query(request: Request, limit: int, offset: int) -> SearchQuery:
        params = request.query_params
        return SearchQuery(text=params.get("q", "")[:1000], filters=filters_from(request, SEARCH_FILTERS),
                           limit=limit, offset=offset, date_from=params.get("from") or None,
                           date_to=params.get("to") or None, facets=True, match_all=True,
                           sort=params.get("sort") if params.get("sort") in ("relevance", "newest", "oldest",
                                                                              "score") else "relevance")

    from rasad.web.map import register_map

    register_map(app, engine, render, store, search_query)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, principal: Principal = signed_in) -> HTMLResponse:
        offset = _int(request.query_params.get("offset"), 0, 9_000)
        error, result = "", None
        try:
            with store() as opened:
                result = opened.search(search_query(request, PAGE_SIZE, offset))
        except UserError as exc:
            error = str(exc)
        return render(request, "search.html", result=result, error=error, offset=offset, page_size=PAGE_SIZE,
                      query_string=request.url.query,
                      params=request.query_params, short_id=short_id, statuses=LEAD_STATUSES,
                      page_query=lambda **c: page_query(request, **c))

    @app.get("/search/export", include_in_schema=False)
    def export(request: Request, format: str = "csv", principal: Principal = signed_in) -> Response:
        """The current result (up to 500 leads from the current offset) as CSV or JSON lines."""
        from rasad.store.commands import print_result

        fmt = format if format in ("csv", "jsonl") else "csv"
        offset = _int(request.query_params.get("offset"), 0, 9_000)
        try:
            with store() as opened:
                result = opened.search(search_query(request, 500, offset))
        except UserError as exc:
            return PlainTextResponse(str(exc), status_code=400)
        out = io.StringIO()
        with redirect_stdout(out):
            print_result(result.__class__(total=result.total, hits=result.hits), fmt)
        media = "text/csv" if fmt == "csv" else "application/x-ndjson"
        return Response(out.getvalue(), media_type=f"{media}; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="rasad-leads.{fmt}"'})


def _int(raw: str | None, default: int, maximum: int) -> int:
    try:
        return max(0, min(int(raw or default), maximum))
    except ValueError:
        return default
