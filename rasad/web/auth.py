"""Who is asking: a bearer API token or a signed-in session cookie, and what their role lets them do.

API routes answer 401 (JSON) without valid credentials and 403 without the role; pages redirect to
the sign-in page instead. A session-authenticated write must carry the session's CSRF token (form
field ``csrf`` or header ``X-CSRF-Token``); bearer clients are not exposed to CSRF.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import HTTPException, Request
from sqlalchemy import Engine

from rasad.accounts import service
from rasad.accounts.service import Account

SESSION_COOKIE = "rasad_session"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class SignInRequired(Exception):
    """A page asked for without a session: redirect to the sign-in page."""


@dataclass(frozen=True)
class Principal:
    account: Account
    csrf_token: str | None  # None for bearer-token clients


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def identify(engine: Engine, request: Request) -> Principal | None:
    token = _bearer(request)
    if token is not None:
        account = service.token_account(engine, token)
        return Principal(account, None) if account else None
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        signed_in = service.session_account(engine, session_id)
        if signed_in:
            return Principal(signed_in.account, signed_in.csrf_token)
    return None


def csrf_ok(principal: Principal, sent: str | None) -> bool:
    if principal.csrf_token is None:
        return True
    return bool(sent) and secrets.compare_digest(principal.csrf_token, sent or "")


def api_principal(engine: Engine, role: str = "researcher") -> Callable[[Request], Principal]:
    """Dependency for API routes: 401 without credentials, 403 without ``role`` or a missing CSRF token."""

    def dependency(request: Request) -> Principal:
        principal = identify(engine, request)
        if principal is None:
            raise HTTPException(401, "sign in or send Authorization: Bearer TOKEN (rasad users token NAME)",
                                headers={"WWW-Authenticate": "Bearer"})
        if not principal.account.can(role):
            raise HTTPException(403, f"this needs the {role} role (you are {principal.account.role})")
        if request.method not in SAFE_METHODS and not csrf_ok(principal, request.headers.get("x-csrf-token")):
            raise HTTPException(403, "missing or wrong CSRF token")
        request.state.principal = principal
        return principal

    return dependency


def page_principal(engine: Engine) -> Callable[[Request], Principal]:
    """Dependency for pages: redirect to sign-in without a session (roles are checked per action)."""

    def dependency(request: Request) -> Principal:
        principal = identify(engine, request)
        if principal is None or principal.csrf_token is None:
            raise SignInRequired
        request.state.principal = principal
        return principal

    return dependency
