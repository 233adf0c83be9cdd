"""Case-store fixtures: every case test runs on SQLite and on a real PostgreSQL (scripts/postgres-node).

The PostgreSQL leg uses RASAD_TEST_DB_URL (set by scripts/test); without it the node is started here,
and under CI=true a missing URL fails: the leg is never skipped. Each test gets its own schema.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from rasad.db.base import forget_engines, open_database
from rasad.records import Lead, lead_id_for
from rasad.settings import Settings
from rasad.store.sqlite import SQLiteLeadStore
from tests.conftest import REPO

POSTGRES_NODE = REPO / "scripts" / "postgres-node"
# A victim's name and contact planted in tests: they must never show in logs, exports or the DB's bytes.
CANARY_NAME = "فاطمة الكناري"
CANARY_CONTACT = "+218-91-CANARY-77"


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get("RASAD_TEST_DB_URL")
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail("RASAD_TEST_DB_URL is unset under CI=true: the PostgreSQL leg must run (scripts/test sets it)")
    started = subprocess.run([str(POSTGRES_NODE), "start"], capture_output=True, text=True, timeout=300,
                             check=False)
    if started.returncode != 0:
        pytest.fail(f"could not start the local PostgreSQL node: {started.stderr.strip()[-2000:]}")
    return started.stdout.strip().splitlines()[-1]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty case database URL of each kind (PostgreSQL: a schema of its own, dropped after)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cases-db' / 'cases.db'}"
        return
    base = request.getfixturevalue("postgres_url")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        forget_engines()
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture()
def settings(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Data dir, case DB URL and key file (outside the data dir) as the CLI sees them through the env."""
    (tmp_path / "cases-db").mkdir(exist_ok=True)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    monkeypatch.setenv("RASAD_DATA_DIR", str(data_dir))
    monkeypatch.setenv("RASAD_DB_URL", db_url)
    monkeypatch.setenv("RASAD_KEY_FILE", str(tmp_path / "keys" / "case.key"))
    monkeypatch.delenv("RASAD_SEARCH_URL", raising=False)
    monkeypatch.setenv("RASAD_ACTOR", "monitor-a")
    forget_engines()
    yield Settings(data_dir=data_dir, search_url=None)
    forget_engines()


@pytest.fixture()
def engine(settings: Settings, db_url: str) -> Engine:
    return open_database(settings, db_url)


SYNDICATED = ("أفادت مصادر محلية في مدينة الزاوية بأن مجموعة مسلحة اعتقلت ناشطا حقوقيا من منزله فجر الأحد "
              "واقتادته إلى جهة مجهولة دون أمر قضائي، وطالبت منظمات حقوقية بالإفراج الفوري عنه وكشف مكانه")
OTHER_STORY = ("قالت عائلة الناشط المعتقل في الزاوية إنها لم تتلق أي معلومات عن مكان احتجازه منذ ثلاثة أيام، "
               "وإن محاميه مُنع من زيارته، فيما نفت وزارة الداخلية علمها بالواقعة وفتحت تحقيقا في الأمر")


def make_lead(name: str, source_id: str, text_body: str, *, published_at: str = "2026-03-01T08:00:00+00:00",
              types: tuple[str, ...] = ("arbitrary_detention",), places: tuple[str, ...] = ("ly-zawiya",),
              regions: tuple[str, ...] = ("Zawiya",), actors: tuple[str, ...] = ("armed-group",),
              cluster_id: str | None = None) -> Lead:
    url = f"https://{source_id}.example/{name}"
    lead = Lead(
        id=lead_id_for(url), url=url, title=f"اعتقال ناشط {name}", text=text_body,
        language="ar", published_at=published_at, fetched_at=published_at, source_id=source_id,
        capture_sha256="0" * 64, incident_types=types, places=places, place_names=("الزاوية",) * len(places),
        regions=regions, actors=actors, location=(32.75, 12.72) if places else None, cluster_id=cluster_id,
    )
    return lead


@pytest.fixture()
def store(settings: Settings) -> Iterator[SQLiteLeadStore]:
    """The real embedded lead store in the test's data dir."""
    with SQLiteLeadStore(settings.sqlite_path) as opened:
        yield opened
