"""Test accounts: one user per role, with an API token each (shared by the API and web tests)."""

from __future__ import annotations

from rasad.accounts import service
from rasad.db import open_database
from rasad.settings import Settings

PASSWORD = "correct horse battery staple"
USERS = {"mon-a": "monitor", "mon-b": "monitor", "res-a": "researcher", "adm-a": "admin"}


def seed_accounts(settings: Settings) -> dict[str, str]:
    """Create the users of ``USERS`` (password ``PASSWORD``); return name -> a fresh API token."""
    engine = open_database(settings)
    tokens = {}
    for name, role in USERS.items():
        service.add_user(engine, name, role, PASSWORD)
        tokens[name] = service.issue_token(engine, name)
    return tokens


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
