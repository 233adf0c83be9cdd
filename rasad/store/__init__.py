"""Lead stores: the embedded SQLite default, or Elasticsearch/OpenSearch when RASAD_SEARCH_URL is set."""

from __future__ import annotations

from rasad.settings import Settings
from rasad.store.base import BulkResult, LeadStore, SearchHit, SearchQuery, SearchResult

__all__ = ["BulkResult", "LeadStore", "SearchHit", "SearchQuery", "SearchResult", "open_store"]


def open_store(settings: Settings) -> LeadStore:
    if settings.search_url:
        from rasad.store.engine import EngineLeadStore

        return EngineLeadStore(settings.search_url, prefix=settings.index_prefix)
    from rasad.store.sqlite import SQLiteLeadStore

    settings.ensure_data_dir()
    return SQLiteLeadStore(settings.sqlite_path)
