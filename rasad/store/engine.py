"""Leads in Elasticsearch 8 or OpenSearch 2/3: same request bodies, the engine's own client.

The engine and its version are read from ``GET /``; index templates come from
``index_templates/``; leads live in a versioned index behind the ``{prefix}-leads`` alias.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasad.errors import NotConfigured
from rasad.records import Lead
from rasad.store.base import (
    FILTER_FIELDS,
    BulkResult,
    LeadStore,
    SearchHit,
    SearchQuery,
    SearchResult,
    lead_search_terms,
    machine_fields,
)

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "index_templates"
TRIAGE_DEFAULTS: dict[str, Any] = {"status": "new", "assignee": None, "notes": [], "version": 0}


@dataclass(frozen=True)
class EngineInfo:
    product: str  # "opensearch" or "elasticsearch"
    version: str

    @property
    def major(self) -> int:
        return int(self.version.split(".")[0])


def detect_engine(url: str, timeout: float = 10.0) -> EngineInfo:
    """Ask ``GET /`` which engine answers at ``url``; stop clearly if none does."""
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/", timeout=timeout) as response:
            payload = response.read(1_000_000)
    except urllib.error.HTTPError as exc:
        raise NotConfigured(f"{url} answered HTTP {exc.code} to GET /: not a usable search engine") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise NotConfigured(
            f"cannot reach the search engine at {url} ({reason}); "
            "start one with `scripts/search-node start` or unset RASAD_SEARCH_URL"
        ) from None
    try:
        info = json.loads(payload)
        version = info["version"]
        number = str(version["number"])
    except (ValueError, KeyError, TypeError):
        raise NotConfigured(f"{url} is not Elasticsearch or OpenSearch (GET / gave no version)") from None
    product = "opensearch" if version.get("distribution") == "opensearch" else "elasticsearch"
    engine = EngineInfo(product, number)
    if (product, engine.major) not in {("opensearch", 2), ("opensearch", 3), ("elasticsearch", 8)}:
        raise NotConfigured(f"{url} runs {product} {number}; rasad supports Elasticsearch 8 and OpenSearch 2/3")
    return engine


def _client(url: str, engine: EngineInfo) -> Any:
    if engine.product == "opensearch":
        from opensearchpy import OpenSearch

        return OpenSearch(hosts=[url], timeout=30, max_retries=2, retry_on_timeout=True)
    from elasticsearch import Elasticsearch

    return Elasticsearch(url, request_timeout=30, max_retries=2, retry_on_timeout=True)


def load_template(name: str, prefix: str) -> dict[str, Any]:
    text = (TEMPLATES_DIR / f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text.replace("{prefix}", prefix))  # type: ignore[no-any-return]


def _to_source(lead: Lead, fields: dict[str, Any]) -> dict[str, Any]:
    """Engine form of lead fields: geo point as an object, pre-analysed search terms added."""
    source = dict(fields)
    if "location" in source:
        location = source["location"]
        source["location"] = None if location is None else {"lat": location[0], "lon": location[1]}
    source["search_terms"] = lead_search_terms(lead)
    return source


def _from_source(source: dict[str, Any]) -> Lead:
    data = dict(source)
    data.pop("search_terms", None)
    location = data.get("location")
    if isinstance(location, dict):
        data["location"] = (location["lat"], location["lon"])
    return Lead.from_dict(data)


class EngineLeadStore(LeadStore):
    def __init__(self, url: str, prefix: str = "rasad") -> None:
        self.url = url
        self.engine = detect_engine(url)
        self.alias = f"{prefix}-leads"
        self._prefix = prefix
        self._client = _client(url, self.engine)
        self._ensure_index()

    def _ensure_index(self) -> None:
        template = load_template("leads", self._prefix)
        self._client.indices.put_index_template(name=f"{self._prefix}-leads", body=template)
        if not self._client.indices.exists_alias(name=self.alias):
            index = f"{self._prefix}-leads-v{template['_meta']['version']}"
            if not self._client.indices.exists(index=index):
                self._client.indices.create(index=index)
            self._client.indices.put_alias(index=index, name=self.alias)

    def upsert(self, leads: Iterable[Lead]) -> BulkResult:
        operations: list[dict[str, Any]] = []
        ids: list[str] = []
        for lead in leads:
            machine = _to_source(lead, machine_fields(lead))
            operations.append({"update": {"_index": self.alias, "_id": lead.id}})
            operations.append({"doc": machine, "upsert": {**machine, **TRIAGE_DEFAULTS}})
            ids.append(lead.id)
        result = BulkResult()
        if not operations:
            return result
        response = self._client.bulk(body=operations, refresh="wait_for")
        for lead_id, item in zip(ids, response["items"], strict=True):
            outcome = item["update"]
            if outcome.get("status", 500) < 300:
                result.written += 1
            else:
                error = outcome.get("error", {})
                result.failed.append((lead_id, f"{error.get('type', 'error')}: {error.get('reason', '')}"))
        return result

    def get(self, lead_id: str) -> Lead | None:
        response = self._client.search(
            index=self.alias, body={"query": {"ids": {"values": [lead_id]}}, "size": 1}
        )
        hits = response["hits"]["hits"]
        return _from_source(hits[0]["_source"]) if hits else None

    def search(self, query: SearchQuery) -> SearchResult:
        filters = [{"term": {FILTER_FIELDS[name]: value}} for name, value in query.filters.items()]
        must: list[dict[str, Any]] = []
        if query.terms:
            must.append({"match": {"search_terms": {"query": " ".join(query.terms), "operator": "and"}}})
        body: dict[str, Any] = {
            "query": {"bool": {"must": must or [{"match_all": {}}], "filter": filters}},
            "from": query.offset,
            "size": query.limit,
            "track_total_hits": True,
        }
        if not query.terms:
            body["sort"] = [{"published_at": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]
        else:
            body["sort"] = ["_score", {"id": "asc"}]
        response = self._client.search(index=self.alias, body=body)
        hits = tuple(
            SearchHit(_from_source(hit["_source"]), float(hit.get("_score") or 0.0))
            for hit in response["hits"]["hits"]
        )
        return SearchResult(total=int(response["hits"]["total"]["value"]), hits=hits)

    def count(self) -> int:
        return int(self._client.count(index=self.alias)["count"])

    def close(self) -> None:
        self._client.close()
