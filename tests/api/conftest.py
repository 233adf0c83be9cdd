"""API fixtures: a data dir with the contract corpus in the embedded store, and seeded accounts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rasad.db.base import forget_engines
from rasad.settings import Settings
from rasad.store.sqlite import SQLiteLeadStore
from tests.api.accounts import seed_accounts
from tests.store.test_contract import CORPUS


@pytest.fixture()
def data_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.delenv("RASAD_DB_URL", raising=False)
    forget_engines()
    with SQLiteLeadStore(tmp_path / "rasad.db") as store:
        store.upsert(CORPUS)
    yield Settings(data_dir=tmp_path, search_url=None)
    forget_engines()


@pytest.fixture()
def tokens(data_settings: Settings) -> dict[str, str]:
    return seed_accounts(data_settings)
