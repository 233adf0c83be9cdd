"""Account operations on the case store: users, passwords, API tokens and web sessions.

Every secret is hashed before it is stored: passwords with argon2id (slow, salted), session ids
and API tokens with SHA-256 (they are 256 random bits, so a slow hash adds nothing). Nothing
here logs a name or a secret.
"""

from __future__ import annotations

import functools
import hashlib
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, select

from rasad.accounts.models import ApiToken, User, WebSession
from rasad.accounts.roles import ROLES
from rasad.db.base import session_scope
from rasad.errors import UserError
from rasad.safe_text import clean_line

MIN_PASSWORD_CHARS = 12
MAX_PASSWORD_CHARS = 1024
SESSION_LIFETIME = timedelta(hours=12)
_NAME_RE = re.compile(r"^[\w.@-]{1,100}$")
_hasher = PasswordHasher()  # argon2id, 64 MiB and 3 passes per hash (RFC 9106's second recommendation)
# Each hash holds 64 MiB while it runs: two at a time bound the server's memory when many people sign in
# at once (20 parallel sign-ins peaked at 1.1 GB without this; bench/web_pages.py) and slow guessing.
_HASH_SLOTS = threading.BoundedSemaphore(2)


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so a wrong name costs the same time as a wrong password
    (made on first use: hashing at import would slow every ``rasad`` command)."""
    return _hasher.hash(secrets.token_hex(16))


def _hash(password: str) -> str:
    with _HASH_SLOTS:
        return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    with _HASH_SLOTS:
        try:
            return _hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False


@dataclass(frozen=True)
class Account:
    """Who is acting: what the web app and the API pass around (never the ORM row)."""

    id: int
    name: str
    role: str
    disabled: bool = False

    def can(self, role: str) -> bool:
        """True when this account's role includes ``role`` (admin > monitor > researcher)."""
        return ROLES.index(self.role) >= ROLES.index(role)


def _account(user: User) -> Account:
    return Account(id=user.id, name=user.name, role=user.role, disabled=user.disabled)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def check_name(name: str) -> str:
    cleaned = clean_line(name).strip()
    if not _NAME_RE.match(cleaned) or cleaned != name:
        raise UserError("a user name is 1..100 letters, digits, '.', '_', '@' or '-' (a pseudonym, no spaces)")
    return cleaned


def check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; known: {', '.join(ROLES)}")
    return role


def check_password(password: str) -> str:
    if not MIN_PASSWORD_CHARS <= len(password) <= MAX_PASSWORD_CHARS:
        raise UserError(f"a password needs {MIN_PASSWORD_CHARS}..{MAX_PASSWORD_CHARS} characters")
    return password


def _user(session, name: str) -> User:  # type: ignore[no-untyped-def]
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise UserError(f"no user {name!r}")
    return user


def add_user(engine: Engine, name: str, role: str, password: str) -> Account:
    name, role, password = check_name(name), check_role(role), check_password(password)
    password_hash = _hash(password)  # outside the session: no database connection held while hashing
    with session_scope(engine) as session:
        if session.scalar(select(User).where(User.name == name)) is not None:
            raise UserError(f"user {name!r} already exists")
        user = User(name=name, role=role, password_hash=password_hash, disabled=False, created_at=_now())
        session.add(user)
        session.flush()
        return _account(user)


def list_users(engine: Engine) -> list[Account]:
    with session_scope(engine) as session:
        return [_account(user) for user in session.scalars(select(User).order_by(User.name))]


def set_password(engine: Engine, name: str, password: str) -> None:
    """New password; every open session of the user ends."""
    password_hash = _hash(check_password(password))
    with session_scope(engine) as session:
        user = _user(session, name)
        user.password_hash = password_hash
        session.execute(delete(WebSession).where(WebSession.user_id == user.id))


def disable_user(engine: Engine, name: str) -> None:
    """The user can no longer sign in; their sessions end and their API tokens are revoked."""
    with session_scope(engine) as session:
        user = _user(session, name)
        user.disabled = True
        session.execute(delete(WebSession).where(WebSession.user_id == user.id))
        for token in session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)):
            token.revoked = True


def issue_token(engine: Engine, name: str) -> str:
    """A new API token for ``name``: returned once, stored as its hash."""
    token = "rasad_" + secrets.token_urlsafe(32)
    with session_scope(engine) as session:
        user = _user(session, name)
        if user.disabled:
            raise UserError(f"user {name!r} is disabled")
        session.add(ApiToken(user_id=user.id, token_hash=_digest(token), created_at=_now(), revoked=False))
    return token


def check_login(engine: Engine, name: str, password: str) -> Account | None:
    """The account when ``password`` is right and the user enabled; None otherwise (same cost either way)."""
    if len(password) > MAX_PASSWORD_CHARS or len(name) > 100:
        return None
    # The hash is checked with no database connection held: waiting for a hashing slot while holding a
    # pooled connection let 20 parallel sign-ins starve every other request of connections.
    with session_scope(engine) as session:
        user = session.scalar(select(User).where(User.name == name))
        stored = user.password_hash if user else None
        account = _account(user) if user else None
    if not _verify(stored or _dummy_hash(), password) or account is None or account.disabled:
        return None
    if stored and _hasher.check_needs_rehash(stored):
        rehashed = _hash(password)
        with session_scope(engine) as session:
            _user(session, name).password_hash = rehashed
    return account


def token_account(engine: Engine, token: str) -> Account | None:
    with session_scope(engine) as session:
        row = session.execute(
            select(User).join(ApiToken, ApiToken.user_id == User.id)
            .where(ApiToken.token_hash == _digest(token), ApiToken.revoked.is_(False), User.disabled.is_(False))
        ).scalar_one_or_none()
        return _account(row) if row else None


@dataclass(frozen=True)
class SignedIn:
    account: Account
    csrf_token: str


def start_session(engine: Engine, account: Account) -> tuple[str, str]:
    """(cookie value, CSRF token) of a new session for ``account``."""
    session_id, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = _now()
    with session_scope(engine) as session:
        session.execute(delete(WebSession).where(WebSession.expires_at < now))
        session.add(WebSession(user_id=account.id, session_hash=_digest(session_id), csrf_token=csrf,
                               created_at=now, expires_at=now + SESSION_LIFETIME))
    return session_id, csrf


def session_account(engine: Engine, session_id: str) -> SignedIn | None:
    with session_scope(engine) as session:
        row = session.execute(
            select(User, WebSession).join(WebSession, WebSession.user_id == User.id)
            .where(WebSession.session_hash == _digest(session_id), User.disabled.is_(False))
        ).one_or_none()
        if row is None:
            return None
        user, web_session = row
        expires = web_session.expires_at
        if expires.tzinfo is None:  # SQLite hands back naive datetimes
            expires = expires.replace(tzinfo=UTC)
        if expires < _now():
            return None
        return SignedIn(_account(user), web_session.csrf_token)


def end_session(engine: Engine, session_id: str) -> None:
    with session_scope(engine) as session:
        session.execute(delete(WebSession).where(WebSession.session_hash == _digest(session_id)))
