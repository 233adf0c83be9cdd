"""The case store opens migrated to the newest revision, idempotently, and fails in one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from rasad.db.base import forget_engines, open_database
from rasad.db.migrate import MIGRATIONS, current_revisions
from rasad.errors import NotConfigured
from rasad.settings import Settings


def _heads() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory(str(MIGRATIONS)).get_heads())


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    forget_engines()
    yield Settings(data_dir=tmp_path / "data", search_url=None)
    forget_engines()


def test_open_migrates_to_head_and_again_is_a_no_op(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASAD_DB_URL", raising=False)
    engine = open_database(settings)
    assert (settings.data_dir / "cases.db").exists()
    assert current_revisions(engine) == _heads()
    forget_engines()
    again = open_database(settings)  # a second process opening the same file
    assert current_revisions(again) == _heads()
    with again.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_unreachable_database_is_one_line_without_the_password(settings: Settings) -> None:
    url = "sqlite:////nonexistent-dir-for-rasad/x/cases.db"
    with pytest.raises(NotConfigured) as caught:
        open_database(settings, url)
    assert "cannot be opened" in str(caught.value)
    with pytest.raises(NotConfigured) as caught:
        open_database(settings, "postgresql+psycopg://rasad:s3cret-canary@127.0.0.1:1/cases")
    assert "s3cret-canary" not in str(caught.value)
