"""Settings from ``RASAD_*`` environment variables, read once per process."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from rasad.errors import NotConfigured


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    search_url: str | None
    index_prefix: str = "rasad"

    @property
    def archive_dir(self) -> Path:
        return self.data_dir / "archive"

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "rasad.db"

    @property
    def state_path(self) -> Path:
        return self.data_dir / "state.db"

    def ensure_data_dir(self) -> Path:
        """Create the data dir, or stop with one clear line if it cannot be written."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            # One probe per process and thread: concurrent tasks and workers share the data dir.
            probe = self.data_dir / f".write-test-{os.getpid()}-{threading.get_ident()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise NotConfigured(
                f"data directory {self.data_dir} is not writable ({exc.strerror or exc}); "
                "set RASAD_DATA_DIR to a writable folder"
            ) from None
        return self.data_dir


# What sites see. It names the software (sites can tell a crawler from a reader, and robots.txt rules
# for "rasad" apply) but not its purpose: announcing human-rights monitoring to the sites monitored
# would put sources and the NGO at risk. RASAD_USER_AGENT replaces it.
DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible; rasad/0.1)"


def user_agent() -> str:
    """The User-Agent of every fetch (crawler and `rasad extract URL`)."""
    value = os.environ.get("RASAD_USER_AGENT", "").strip()
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise NotConfigured("RASAD_USER_AGENT holds a control character (a line break?): give one line of text")
    return value or DEFAULT_USER_AGENT


# The crawler's download cap (scrapy DOWNLOAD_MAXSIZE, raw and decompressed): no response body we
# archive is larger. Kept here so the archive readers can bound what they inflate by the same figure.
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024


def archive_record_cap() -> int:
    """Bytes one WARC record may inflate to when read back (``RASAD_ARCHIVE_MAX_RECORD_BYTES``).

    Twice the download cap by default: every body we archive fits in the download cap, and the
    headroom covers a rendered page's DOM and its full-page screenshot. A record past it is a gzip
    bomb or not one of our captures, and reading it whole could exhaust the memory.
    """
    value = os.environ.get("RASAD_ARCHIVE_MAX_RECORD_BYTES", "").strip()
    if not value:
        return 2 * MAX_DOWNLOAD_BYTES
    if not value.isdigit() or int(value) <= 0:
        raise NotConfigured("RASAD_ARCHIVE_MAX_RECORD_BYTES must be a positive number of bytes")
    return int(value)


def load_settings() -> Settings:
    return Settings(
        data_dir=Path(os.environ.get("RASAD_DATA_DIR", "data")).expanduser(),
        search_url=os.environ.get("RASAD_SEARCH_URL") or None,
        index_prefix=os.environ.get("RASAD_INDEX_PREFIX", "rasad"),
    )
