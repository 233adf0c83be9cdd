"""Alembic environment: runs against the engine rasad hands over (never a URL from an ini file)."""

from __future__ import annotations

from alembic import context

import rasad.db.models  # noqa: F401 - registers every table on Base.metadata
from rasad.db.base import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copy
    )
    context.run_migrations()
