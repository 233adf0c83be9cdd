"""Engine, session and declarative base shared by every relational model."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from rasad.errors import NotConfigured
from rasad.settings import Settings


class Base(DeclarativeBase):
    """Every case-store table derives from this, so Alembic sees one metadata."""


_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def database_url(settings: Settings) -> str:
    """``RASAD_DB_URL`` when set (PostgreSQL for a team), else SQLite beside the lead store."""
    url = os.environ.get("RASAD_DB_URL")
    if url:
        return url
    settings.ensure_data_dir()
    return f"sqlite:///{(settings.data_dir / 'cases.db').resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def open_database(settings: Settings, url: str | None = None) -> Engine:
    """The engine for the case store, migrated to the newest schema once per process and URL.

    A database that cannot be reached or upgraded is an operator problem: one clear line, never
    the password of the URL.
    """
    from rasad.db.migrate import upgrade_to_head

    url = url or database_url(settings)
    with _lock:
        engine = _engines.get(url)
        if engine is not None:
            return engine
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except (SQLAlchemyError, ImportError) as exc:
            raise NotConfigured(f"RASAD_DB_URL is not a usable database URL ({type(exc).__name__})") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            upgrade_to_head(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            safe = engine.url.render_as_string(hide_password=True)
            cause = type(getattr(exc, "orig", None) or exc).__name__
            raise NotConfigured(f"case database {safe} cannot be opened ({cause})") from None
        _engines[url] = engine
        return engine


def forget_engines() -> None:
    """Dispose every cached engine (tests that switch data dirs, and forked workers)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    session = sessionmaker(engine, expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
