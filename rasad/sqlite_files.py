"""Opening rasad's SQLite files (seen-store, run ledger, lead database) without mistaking damage for "empty".

SQLite happily opens a zero-byte or foreign file and only fails at the first query, or, for a
zero-byte file, treats it as a new database: a damaged ``seen.db`` would then crawl everything
again as new, a damaged ledger would forget the nights, and a damaged ``rasad.db`` would look
like a store with no leads. ``connect`` reads the header at once, closes the connection on any
failure (no leak) and says which file is damaged and what to do.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from rasad.errors import DataFileError

# A file another process has just created is empty for the few milliseconds before its schema
# is written; a file still empty after this long was truncated.
EMPTY_GRACE_S = 2.0


def connect(path: Path, *, what: str, remedy: str, timeout: float = 30, **kwargs: object) -> sqlite3.Connection:
    """A connection to ``path`` (created if missing), or DataFileError if the file exists but is damaged."""
    if path.exists():
        while _size(path) == 0 and time.time() < _mtime(path) + EMPTY_GRACE_S:
            time.sleep(0.05)
        if _size(path) == 0:
            raise DataFileError(f"{what} {path} is empty (0 bytes): {remedy}")
    try:
        db = sqlite3.connect(path, timeout=timeout, **kwargs)  # type: ignore[arg-type]
    except sqlite3.Error as exc:
        raise DataFileError(f"cannot open {what} {path}: {exc}: {remedy}") from None
    try:
        db.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        db.close()
        raise DataFileError(f"{what} {path} cannot be read ({exc}): {remedy}") from None
    return db


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return -1
