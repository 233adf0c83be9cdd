"""The seen-store: what was already captured, so the next night fetches only new or changed items.

SQLite (WAL) under the data dir, keyed by ``crawlers.urls.canonical_key``. An entry is written
only after its capture is safely in the WARC archive, so a crash never marks an item as seen
that the archive does not hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rasad.sqlite_files import connect

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    sha256 TEXT NOT NULL,
    published_at TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class SeenEntry:
    key: str
    url: str
    etag: str | None
    last_modified: str | None
    sha256: str
    published_at: str | None
    first_seen: str
    last_seen: str


class SeenStore:
    """A small key-value table of captured items; safe to open from several processes."""

    def __init__(self, path: str | Path, *, readonly: bool = False, timeout: float = 30) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = connect(self.path, what="seen-store", timeout=timeout, isolation_level=None,
                           remedy="move it aside (the next crawl then fetches every item again) or restore it")
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode never corrupts; a power cut may drop the last entries, which only
            # means those items are fetched again next night. FULL would fsync on every capture.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
        except BaseException:
            self._db.close()
            raise
        self.readonly = readonly

    def get(self, key: str) -> SeenEntry | None:
        row = self._db.execute(
            "SELECT key, url, etag, last_modified, sha256, published_at, first_seen, last_seen "
            "FROM seen WHERE key = ?", (key,)).fetchone()
        return SeenEntry(*row) if row else None

    def record(self, key: str, url: str, sha256: str, *, etag: str | None, last_modified: str | None,
               published_at: str | None, at: str) -> None:
        """Remember a capture (insert, or update the validators and hash of a changed item)."""
        if self.readonly:
            raise PermissionError("this seen-store handle is read-only")
        self._db.execute(
            "INSERT INTO seen (key, url, etag, last_modified, sha256, published_at, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET url=excluded.url, "
            "etag=excluded.etag, last_modified=excluded.last_modified, sha256=excluded.sha256, "
            "published_at=COALESCE(excluded.published_at, seen.published_at), last_seen=excluded.last_seen",
            (key, url, etag, last_modified, sha256, published_at, at, at),
        )

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM seen").fetchone()[0])

    def close(self) -> None:
        self._db.close()
