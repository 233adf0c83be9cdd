"""Test accounts: one user per role, with an API token each (shared by the API and web tests)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from fastapi import FastAPI

from rasad.accounts import service
from rasad.api import create_app
from rasad.db import open_database
from rasad.db.base import forget_engines
from rasad.records import Lead
from rasad.settings import Settings
from rasad.store.sqlite import SQLiteLeadStore

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


@contextmanager
def app_over(data_dir: Path, leads: Sequence[Lead]) -> Iterator[FastAPI]:
    """The web app on a fresh SQLite data dir holding ``leads``, with the accounts of ``USERS``
    (set ``RASAD_DB_URL`` aside first: the case store must be this data dir's)."""
    forget_engines()
    with SQLiteLeadStore(data_dir / "rasad.db") as store:
        store.upsert(leads)
    settings = Settings(data_dir=data_dir, search_url=None)
    seed_accounts(settings)
    yield create_app(settings, hosts=("testserver",))
    forget_engines()
