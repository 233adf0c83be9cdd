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


def load_settings() -> Settings:
    return Settings(
        data_dir=Path(os.environ.get("RASAD_DATA_DIR", "data")).expanduser(),
        search_url=os.environ.get("RASAD_SEARCH_URL") or None,
        index_prefix=os.environ.get("RASAD_INDEX_PREFIX", "rasad"),
    )
