"""The admin page: accounts (add, disable) and the source registry (read-only: it is a reviewed file,
``crawlers/sources.yaml``, changed through ``rasad sources check`` and version control, not the browser)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy import Engine

from rasad.accounts import service
from rasad.accounts.roles import ROLES
from rasad.errors import UserError
from rasad.web.auth import Principal, csrf_ok, page_principal

Render = Callable[..., HTMLResponse]


def register_admin(app: FastAPI, engine: Engine, render: Render) -> None:
    signed_in = Depends(page_principal(engine))

    def refused(principal: Principal, csrf: str | None = None) -> Response | None:
        if csrf is not None and not csrf_ok(principal, csrf):
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        if not principal.account.can("admin"):
            return PlainTextResponse("this page needs the admin role", status_code=403)
        return None

    def page(request: Request, status: int = 200, error: str = "") -> HTMLResponse:
        from crawlers.sources import load_sources

        sources: Any = ()
        try:
            sources = load_sources()
        except UserError as exc:
            error = error or str(exc)
        return render(request, "admin.html", status=status, users=service.list_users(engine), roles=ROLES,
                      sources=sources, error=error)

    @app.get("/admin", response_class=HTMLResponse, include_in_schema=False)
    def admin(request: Request, principal: Principal = signed_in) -> Response:
        return refused(principal) or page(request)

    @app.post("/admin/users", include_in_schema=False)
    def add_user(request: Request, principal: Principal = signed_in, name: str = Form("", max_length=100),
                 role: str = Form("", max_length=20), password: str = Form("", max_length=1024),
                 csrf: str = Form("", max_length=100)) -> Response:
        """Fields default to empty so that the role is checked before the form (403 before 422)."""
        if (answer := refused(principal, csrf)) is not None:
            return answer
        try:
            service.add_user(engine, name, role, password)
        except UserError as exc:
            return page(request, status=400, error=str(exc))
        return RedirectResponse("/admin", status_code=303)

    @app.post("/admin/users/{name}/disable", include_in_schema=False)
    def disable_user(request: Request, name: str, principal: Principal = signed_in,
                     csrf: str = Form(max_length=100)) -> Response:
        if (answer := refused(principal, csrf)) is not None:
            return answer
        if name == principal.account.name:
            return page(request, status=400, error="you cannot disable yourself")
        try:
            service.disable_user(engine, name[:100])
        except UserError as exc:
            return page(request, status=400, error=str(exc))
        return RedirectResponse("/admin", status_code=303)
