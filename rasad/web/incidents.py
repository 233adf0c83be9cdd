"""The incident pages: list, one incident with its leads, sources and victims, proposals, and the forms
that change them.

Every change goes through the case service (``rasad.cases.service``), which validates, audits and
encrypts: this module only turns forms into calls. Researchers read; monitors and admins write. A
victim's name and contact are shown only after an explicit "show identity" POST, which the service
audits; they are never logged, never put in a URL, never cached (every response is ``no-store``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy import Engine

from rasad.cases import service as cases
from rasad.cases.records import (
    AGE_GROUPS,
    CONSENT,
    GENDERS,
    GRADES,
    INCIDENT_STATUSES,
    MIGRANT_STATUSES,
    NEEDS,
    OCCUPATION_GROUPS,
    VictimIdentity,
)
from rasad.errors import UserError
from rasad.safe_text import clean_line
from rasad.settings import Settings
from rasad.store import LeadStore
from rasad.web.auth import Principal, csrf_ok, page_principal
from rasad.web.text import short_id

Render = Callable[..., HTMLResponse]
MAX_IDS = 50
LIST_SIZE = 100
#: Fields the incident page lets a monitor set (the service's MONITOR_FIELDS that are plain text).
SETTABLE = ("title", "event_date", "place_name", "district")


def register_incidents(app: FastAPI, settings: Settings, engine: Engine, render: Render,
                       store: Callable[[], AbstractContextManager[LeadStore]]) -> None:
    signed_in = Depends(page_principal(engine))

    async def writer_form(request: Request, principal: Principal) -> tuple[Any, Response | None]:
        """The posted form, or the refusal: a wrong CSRF token or a role that may only read."""
        form = await request.form()
        if not csrf_ok(principal, str(form.get("csrf", ""))):
            return form, PlainTextResponse("missing or wrong CSRF token", status_code=403)
        if not principal.account.can("monitor"):
            return form, PlainTextResponse("changing incidents needs the monitor role", status_code=403)
        return form, None

    def field(form: Any, name: str, limit: int = 300) -> str:
        return clean_line(str(form.get(name, "")))[:limit].strip()

    def lead_ids(form: Any) -> list[str]:
        """Ticked boxes (``ids``) and ids typed in one field (``lead_ids``, separated by spaces or commas)."""
        typed = str(form.get("lead_ids", "")).replace(",", " ").split()
        ids = [clean_line(str(i)).strip()[:128] for i in [*form.getlist("ids"), *typed]]
        return list(dict.fromkeys(i for i in ids if i))[:MAX_IDS]

    def incident_page(request: Request, incident_id: str, status: int = 200, error: str = "",
                      identity: VictimIdentity | None = None) -> HTMLResponse:
        try:
            record = cases.get_incident(engine, incident_id[:64])
        except UserError:
            return render(request, "error.html", status=404, message="no such incident")
        with store() as opened:
            leads = [opened.get(lead_id) for lead_id in record.lead_ids]
        principal: Principal = request.state.principal
        history = cases.audit_events(engine, [record.id, *(victim.id for victim in record.victims)])
        return render(request, "incident.html", status=status, incident=record, history=history,
                      leads=[lead for lead in leads if lead is not None], error=error, identity=identity,
                      next_statuses=cases.TRANSITIONS[record.status], grades=GRADES,
                      can_write=principal.account.can("monitor"),
                      can_identify=principal.account.role in cases.IDENTITY_ROLES, short_id=short_id,
                      genders=GENDERS, age_groups=AGE_GROUPS, migrant_statuses=MIGRANT_STATUSES,
                      occupation_groups=OCCUPATION_GROUPS, needs=NEEDS, consents=CONSENT)

    @app.get("/incidents", response_class=HTMLResponse, include_in_schema=False)
    def incident_list(request: Request, principal: Principal = signed_in) -> HTMLResponse:
        params = request.query_params
        error, incidents = "", []
        try:
            incidents = cases.list_incidents(
                engine, status=params.get("status") or None, event_from=params.get("from") or None,
                event_to=params.get("to") or None, incident_type=clean_line(params.get("type", ""))[:100] or None,
                district=clean_line(params.get("district", ""))[:100] or None, limit=LIST_SIZE)
        except UserError as exc:
            error = str(exc)
        return render(request, "incidents.html", incidents=incidents, params=params, error=error,
                      statuses=INCIDENT_STATUSES)

    @app.post("/incidents", include_in_schema=False)
    async def create(request: Request, principal: Principal = signed_in) -> Response:
        """From the queue's selected leads, a lead page, or an accepted proposal."""
        form, refused = await writer_form(request, principal)
        if refused:
            return refused
        title = field(form, "title") or None
        try:
            with store() as opened:
                record = cases.create_incident(engine, lead_ids(form), principal.account.name, title, store=opened)
        except UserError as exc:
            return render(request, "error.html", status=400, message=str(exc))
        return RedirectResponse(f"/incidents/{record.id}", status_code=303)

    @app.get("/incidents/proposals", response_class=HTMLResponse, include_in_schema=False)
    def proposals(request: Request, principal: Principal = signed_in) -> HTMLResponse:
        with store() as opened:
            groups = cases.propose_groups(opened, engine)
            titles = {lead_id: (lead.title if (lead := opened.get(lead_id)) else "")
                      for group in groups[:100] for lead_id in group.lead_ids}
        return render(request, "proposals.html", proposals=groups[:100], total=len(groups), titles=titles,
                      short_id=short_id, can_write=principal.account.can("monitor"))

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def show(request: Request, incident_id: str, principal: Principal = signed_in) -> HTMLResponse:
        return incident_page(request, incident_id)

    @app.post("/incidents/add-leads", include_in_schema=False)
    async def add_leads(request: Request, principal: Principal = signed_in) -> Response:
        """From a lead page (the incident id typed in) or an incident page (the lead ids typed in)."""
        form, refused = await writer_form(request, principal)
        if refused:
            return refused
        target = field(form, "incident", 64)
        try:
            with store() as opened:
                record = cases.add_leads(engine, target, lead_ids(form), principal.account.name, store=opened)
        except UserError as exc:
            return render(request, "error.html", status=400, message=str(exc))
        return RedirectResponse(f"/incidents/{record.id}", status_code=303)

    async def incident_action(request: Request, incident_id: str, principal: Principal,
                              apply: Callable[[Any], object], anchor: str = "") -> Response:
        """A monitor's change to one incident: CSRF and role checked, the service's refusal shown on the page."""
        form, refused = await writer_form(request, principal)
        if refused:
            return refused
        try:
            apply(form)
        except UserError as exc:
            return incident_page(request, incident_id, status=400, error=str(exc))
        return RedirectResponse(f"/incidents/{incident_id}{anchor}", status_code=303)

    @app.post("/incidents/{incident_id}/status", include_in_schema=False)
    async def change_status(request: Request, incident_id: str, principal: Principal = signed_in) -> Response:
        return await incident_action(request, incident_id, principal, lambda form: cases.set_status(
            engine, incident_id[:64], principal.account.name, field(form, "status", 20)))

    @app.post("/incidents/{incident_id}/grade", include_in_schema=False)
    async def change_grade(request: Request, incident_id: str, principal: Principal = signed_in) -> Response:
        return await incident_action(request, incident_id, principal, lambda form: cases.grade(
            engine, incident_id[:64], principal.account.name, field(form, "grade", 30)))

    @app.post("/incidents/{incident_id}/fields", include_in_schema=False)
    async def set_fields(request: Request, incident_id: str, principal: Principal = signed_in) -> Response:
        """The monitor's own title, event date, place and district: only fields that changed are sent, so
        the others stay derived from the leads."""
        def apply(form: Any) -> None:
            record = cases.get_incident(engine, incident_id[:64])
            changed = {name: value for name in SETTABLE if (value := field(form, name)) != (getattr(record, name) or "")
                       and value}
            if changed:
                cases.set_fields(engine, record.id, principal.account.name, **changed)

        return await incident_action(request, incident_id, principal, apply)

    @app.post("/incidents/{incident_id}/victims", include_in_schema=False)
    async def add_victim(request: Request, incident_id: str, principal: Principal = signed_in) -> Response:
        """The name and contact go straight to the service, which encrypts them; nothing here keeps them."""
        def apply(form: Any) -> None:
            cases.add_victim(
                engine, incident_id[:64], principal.account.name, gender=field(form, "gender", 30) or "unknown",
                age_group=field(form, "age_group", 30) or "unknown", nationality=field(form, "nationality", 10),
                migrant_status=field(form, "migrant_status", 30) or "unknown",
                occupation_group=field(form, "occupation_group", 30) or None,
                violations=[clean_line(str(v))[:60] for v in form.getlist("violations")][:20],
                needs=[clean_line(str(v))[:30] for v in form.getlist("needs")][:10],
                consent=field(form, "consent", 30) or "not_asked", name=field(form, "name") or None,
                contact=field(form, "contact") or None, keyring=cases.keyring_for(engine, settings))

        return await incident_action(request, incident_id, principal, apply, anchor="#victims")

    @app.post("/incidents/{incident_id}/victims/{victim_id}/identity", include_in_schema=False)
    async def show_identity(request: Request, incident_id: str, victim_id: str,
                            principal: Principal = signed_in) -> Response:
        """An explicit, audited reading: a POST (never prefetched, never in history), shown on this page only."""
        form = await request.form()
        if not csrf_ok(principal, str(form.get("csrf", ""))):
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        if principal.account.role not in cases.IDENTITY_ROLES:
            return PlainTextResponse("only admins and monitors may see victims' identities", status_code=403)
        try:
            record = cases.get_incident(engine, incident_id[:64])
            if victim_id not in {victim.id for victim in record.victims}:
                raise UserError(f"no victim {victim_id[:64]!r} in this incident")
            identity = cases.victim_identity(engine, victim_id, principal.account.role,
                                             actor=principal.account.name,
                                             keyring=cases.keyring_for(engine, settings))
        except UserError as exc:
            return incident_page(request, incident_id, status=400, error=str(exc))
        return incident_page(request, incident_id, identity=identity)
