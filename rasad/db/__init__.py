"""The relational store for cases: users, incidents, victims and the audit log.

Leads stay in the lead store (SQLite FTS5 or a search node); everything a monitor *documents*
lives here, through SQLAlchemy 2, with Alembic migrations applied on open. SQLite by default
(``data/cases.db``), PostgreSQL for a team (``RASAD_DB_URL``).
"""

from rasad.db.base import Base, database_url, open_database, session_scope

__all__ = ["Base", "database_url", "open_database", "session_scope"]
