"""Leads in Elasticsearch 8 or OpenSearch 2/3: same request bodies, the engine's own client.

The engine and its version are read from ``GET /``; composable templates come from
``index_templates/``; leads live in a versioned index behind the ``{prefix}-leads`` alias and
triage events in ``{prefix}-triage``. Triage edits claim the next version in the event log
(``op_type=create``: a second editor of the same version gets a conflict), then update the
lead with ``if_seq_no``/``if_primary_term``, so no edit is lost and none is applied twice.
"""

from __future__ import annotations

import json
import random
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import orjson

from rasad.batching import chunked
from rasad.errors import ConflictError, NotConfigured, RetryableError, UserError
from rasad.records import Lead, TriageEvent
from rasad.store.base import (
    BULK_CHUNK,
    FILTER_FIELDS,
    MAX_FACET_BUCKETS,
    BulkResult,
    FacetBucket,
    FacetCount,
    LeadStore,
    SearchHit,
    SearchQuery,
    SearchResult,
    evidence_highlights,
    invalid_reason,
    latest_fields,
    lead_terms,
    machine_fields,
    sorted_counts,
    sorted_facets,
)
from rasad.triage import TRIAGE_FIELDS, TriageEdit, editable, make_event, next_fields

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "index_templates"
TRIAGE_DEFAULTS: dict[str, Any] = {"status": "new", "assignee": None, "notes": [], "version": 0}
TRIAGE_DEFAULTS_JSON = json.dumps(TRIAGE_DEFAULTS, separators=(",", ":"))
# What a bulk answer needs to hold for the per-item checks: the node leaves out the rest of every item
# (ids, versions, shard counts, seq_no), which is most of the answer, so both sides serialise and parse less.
BULK_ANSWER = "errors,items.*.status,items.*.error,items.*._index"
COMPONENTS = {"index-settings": "index_settings", "leads-mappings": "leads_mappings", "triage-mappings": "triage_mappings"}
TRANSIENT_STATUSES = frozenset({429, 502, 503, 504})
DERIVED_FIELDS = ("search_terms", "exact_terms")
T = TypeVar("T")


@dataclass(frozen=True)
class EngineInfo:
    product: str  # "opensearch" or "elasticsearch"
    version: str

    @property
    def major(self) -> int:
        return int(self.version.split(".")[0])


def detect_engine(url: str, timeout: float = 10.0) -> EngineInfo:
    """Ask ``GET /`` which engine answers at ``url``; stop clearly if none does (credentials never shown)."""
    from rasad.search_auth import redact, search_auth

    auth = search_auth(url)
    url = redact(url)
    try:
        request = urllib.request.Request(url.rstrip("/") + "/", headers=auth.headers())
        with urllib.request.urlopen(request, timeout=timeout, context=auth.ssl_context()) as response:
            payload = response.read(1_000_000)
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 403):
            raise NotConfigured(f"{url} refused rasad's credentials (HTTP {exc.code}): set RASAD_SEARCH_USER and "
                                "RASAD_SEARCH_PASSWORD(_FILE), or RASAD_SEARCH_API_KEY(_FILE)") from None
        raise NotConfigured(f"{url} answered HTTP {exc.code} to GET /: not a usable search engine") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, ssl.SSLCertVerificationError):
            raise NotConfigured(_untrusted(url, reason)) from None
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


def _untrusted(url: str, error: ssl.SSLCertVerificationError) -> str:
    """Why TLS verification of the node failed, and what the operator can do about it (one line)."""
    why = (error.verify_message or str(error)).rstrip(".")
    if "mismatch" in why:
        return (f"the TLS certificate of {url} is not for this host ({why}): "
                "put a name the certificate lists in RASAD_SEARCH_URL")
    return (f"the TLS certificate of {url} is not trusted ({why}): "
            "set RASAD_SEARCH_CA_FILE to the CA certificate that signed it")


def _client(url: str, engine: EngineInfo, timeout: float) -> Any:
    from rasad.search_auth import redact, search_auth

    auth = search_auth(url)
    url = redact(url)
    if engine.product == "opensearch":
        from opensearchpy import OpenSearch

        extra: dict[str, Any] = {"ca_certs": auth.ca_file} if auth.ca_file else {}
        if auth.api_key or auth.user is not None:
            extra["headers"] = auth.headers()
        return OpenSearch(hosts=[url], timeout=timeout, max_retries=0, http_compress=False, **extra)
    from elasticsearch import Elasticsearch

    options: dict[str, Any] = {"ca_certs": auth.ca_file} if auth.ca_file else {}
    if auth.api_key:
        options["api_key"] = auth.api_key
    elif auth.user is not None:
        options["basic_auth"] = (auth.user, auth.password or "")
    return Elasticsearch(url, request_timeout=timeout, max_retries=0, **options)


def load_template(name: str, prefix: str) -> dict[str, Any]:
    """A template file from ``index_templates/`` with ``{prefix}`` filled in."""
    text = (TEMPLATES_DIR / f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text.replace("{prefix}", prefix))  # type: ignore[no-any-return]


def template_version(name: str = "leads") -> int:
    return int(load_template(name, "x")["_meta"]["version"])


# -- errors from either client, by HTTP status -----------------------------------------------------


def status_of(exc: BaseException) -> int | None:
    """HTTP status of a client exception from either library (None: no answer at all)."""
    meta = getattr(exc, "meta", None)
    status = getattr(meta, "status", None)
    if not isinstance(status, int):
        status = getattr(exc, "status_code", None)
    return status if isinstance(status, int) else None


def _client_errors() -> tuple[type[BaseException], ...]:
    import elastic_transport
    import elasticsearch
    import opensearchpy

    return (opensearchpy.exceptions.TransportError, opensearchpy.exceptions.ImproperlyConfigured,
            elasticsearch.ApiError, elastic_transport.TransportError, elasticsearch.SerializationError)


def error_reason(exc: BaseException) -> str:
    """A short reason from an engine error: its type and reason, no request body echoed."""
    info = getattr(exc, "info", None) or getattr(exc, "body", None)
    if isinstance(info, dict) and isinstance(info.get("error"), dict):
        error = info["error"]
        root = (error.get("root_cause") or [error])[0]
        return f"{root.get('type', 'error')}: {str(root.get('reason', ''))[:200]}"
    return f"{type(exc).__name__}: {str(exc)[:200]}"


class EngineLeadStore(LeadStore):
    def __init__(self, url: str, prefix: str = "rasad", *, timeout: float = 30.0, retries: int = 6,
                 backoff: float = 0.5, chunk_size: int = BULK_CHUNK, check_version: bool = True) -> None:
        self.url = url
        from rasad.search_auth import redact

        self.shown_url = redact(url)  # for messages: never a user:password written into the URL
        self.engine = detect_engine(url)
        self.alias = f"{prefix}-leads"
        self.events_alias = f"{prefix}-triage"
        self.prefix = prefix
        self.retries = retries
        self.backoff = backoff
        self.chunk_size = chunk_size
        self._errors = _client_errors()
        self._client = _client(url, self.engine, timeout)
        self._guard(self._ensure_indices, check_version)

    # -- calls, with one clear error for every failure mode ---------------------------------------

    def _guard(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run one client call, retrying transient failures; turn what is left into clear errors."""
        for attempt in range(self.retries + 1):
            try:
                return call(*args, **kwargs)
            except self._errors as exc:
                status = status_of(exc)
                if status == 409:
                    raise
                if (status is None or status in TRANSIENT_STATUSES) and attempt < self.retries:
                    self._sleep(attempt)
                    continue
                raise self._translate(exc) from None
        raise AssertionError("unreachable")

    def _translate(self, exc: BaseException) -> Exception:
        status = status_of(exc)
        reason = error_reason(exc)
        if status is None:
            return RetryableError(f"the search engine at {self.shown_url} did not answer ({reason}); is it running?")
        if status in TRANSIENT_STATUSES:
            return RetryableError(f"the search engine at {self.shown_url} is overloaded or unavailable ({reason})")
        if status == 403 or "cluster_block" in reason:
            return UserError(f"the search index is read-only ({reason}); ask the operator to lift the block")
        if status == 404:
            return NotConfigured(f"index missing on {self.shown_url} ({reason}); run `rasad index migrate`")
        return UserError(f"the search engine refused the request ({reason})")

    def _sleep(self, attempt: int) -> None:
        time.sleep(min(10.0, self.backoff * 2**attempt) * (0.5 + random.random() / 2))

    # -- indices ----------------------------------------------------------------------------------

    def _put_templates(self) -> None:
        for name, filename in COMPONENTS.items():
            self._client.cluster.put_component_template(
                name=f"{self.prefix}-{name}", body=load_template(f"components/{filename}", self.prefix))
        self._client.indices.put_index_template(name=f"{self.prefix}-leads", body=load_template("leads", self.prefix))
        self._client.indices.put_index_template(
            name=f"{self.prefix}-triage", body=load_template("triage_events", self.prefix))

    def _ensure_indices(self, check_version: bool) -> None:
        self._put_templates()
        for alias, name in ((self.alias, "leads"), (self.events_alias, "triage_events")):
            if not self._client.indices.exists_alias(name=alias):
                index = f"{alias}-v{template_version(name)}"
                if not self._client.indices.exists(index=index):
                    self._client.indices.create(index=index)
                self._client.indices.put_alias(index=index, name=alias)
        if check_version:
            current = self.mapping_version()
            wanted = template_version("leads")
            if current < wanted:
                raise NotConfigured(
                    f"index {self.alias} has mapping version {current}, rasad needs {wanted}: "
                    "run `rasad index migrate`"
                )

    def concrete_index(self, alias: str | None = None) -> str:
        indices = list(self._client.indices.get_alias(name=alias or self.alias))
        if len(indices) != 1:
            raise NotConfigured(f"alias {alias or self.alias} points to {len(indices)} indices, expected 1")
        return str(indices[0])

    def mapping_version(self) -> int:
        index = self.concrete_index()
        mapping = self._client.indices.get_mapping(index=index)[index]["mappings"]
        return int(mapping.get("_meta", {}).get("version", 1))

    # -- live migration: copy to a new index while writers go on ---------------------------------

    @property
    def migrating_alias(self) -> str:
        """Marker alias, on the new index, while a migrate holds writes to the old one."""
        return f"{self.alias}-migrating"

    def writes_paused(self, refused_by: set[str]) -> bool:
        """Was a write refused because a migrate paused it (retry) rather than a read-only index (fail)?

        True while the marker alias exists, or once the alias has moved away from the refusing index.
        """
        try:
            if self._client.indices.exists_alias(name=self.migrating_alias):
                return True
            return bool(refused_by - {self.concrete_index()})
        except (*self._errors, NotConfigured):
            return False

    def start_migration(self, new: str) -> None:
        """Create ``new`` carrying the marker alias; refuse if another migrate holds the marker."""
        if self._guard(self._client.indices.exists_alias, name=self.migrating_alias):
            holder = ", ".join(self._guard(self._client.indices.get_alias, name=self.migrating_alias))
            raise UserError(f"another migrate is running ({self.migrating_alias} -> {holder}); "
                            f"if it died, delete index {holder} and run it again")
        self._guard(self._client.indices.create, index=new, body={"aliases": {self.migrating_alias: {}}})

    def checkpoints(self, index: str) -> dict[int, tuple[int, int]]:
        """Per primary shard: (local checkpoint, max seq_no). Ops up to the checkpoint are all processed."""
        stats = self._guard(self._client.indices.stats, index=index, level="shards")
        marks: dict[int, tuple[int, int]] = {}
        for shard, copies in stats["indices"][index]["shards"].items():
            for copy in copies:
                if copy["routing"]["primary"]:
                    marks[int(shard)] = (int(copy["seq_no"]["local_checkpoint"]), int(copy["seq_no"]["max_seq_no"]))
        return marks

    def leads_of(self, index: str) -> Iterator[Lead]:
        """Every lead of an index or alias, in id order."""
        for hit in self._scan(index, [{"id": "asc"}]):
            yield from_source(hit["_source"])

    def changed_leads(self, index: str, since: dict[int, int], until: dict[int, int],
                      page: int = 1000) -> Iterator[Lead]:
        """Leads of ``index`` whose last write has a _seq_no in (since, until], shard by shard."""
        for shard, upto in sorted(until.items()):
            low = since.get(shard, -1)
            if upto <= low:
                continue
            hits = self._scan(index, [{"_seq_no": "asc"}], {"range": {"_seq_no": {"gt": low, "lte": upto}}},
                              page, shard=shard)
            yield from (from_source(hit["_source"]) for hit in hits)

    def refresh(self) -> None:
        self._guard(self._client.indices.refresh, index=f"{self.alias},{self.events_alias}")

    # -- machine fields ---------------------------------------------------------------------------

    def upsert(self, leads: Iterable[Lead]) -> BulkResult:
        """Chunked bulk updates; per-item status checked, transient items retried, the rest dead-lettered.

        The next chunk is analysed while the previous one is on the wire (one sender thread), so
        Python-side term analysis overlaps the engine's indexing instead of adding to it.
        """
        result = BulkResult()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rasad-bulk") as sender:
            in_flight: Future[None] | None = None
            for chunk in chunked(leads, self.chunk_size):
                operations: dict[str, tuple[str, str]] = {}
                for lead in chunk:
                    reason = invalid_reason(lead)
                    if reason:
                        result.failed.append((str(lead.id), reason))
                        continue
                    operations[lead.id] = self._update_lines(lead)
                if in_flight is not None:
                    in_flight.result()
                in_flight = sender.submit(self.bulk_lines, operations, result)
            if in_flight is not None:
                in_flight.result()
        if result.written:
            self.refresh()
        return result

    @staticmethod
    def _update_lines(lead: Lead) -> tuple[str, str]:
        """The bulk action and body of one lead: its machine fields as the update, and with the triage
        defaults as the upsert. The fields (text and terms: most of the bytes) are serialised once, in C,
        and the JSON spliced into both places."""
        machine = orjson.dumps(to_source(lead, machine_fields(lead))).decode()
        action = json.dumps({"update": {"_id": lead.id, "retry_on_conflict": 3}})
        return action, f'{{"doc":{machine},"upsert":{machine[:-1]},{TRIAGE_DEFAULTS_JSON[1:]}}}'

    def bulk_lines(self, operations: dict[str, tuple[str, str]], result: BulkResult,
                   index: str | None = None, retry_conflicts: bool = True) -> None:
        """Send (action, source) NDJSON pairs keyed by lead id, retrying what failed transiently."""
        pending = dict(operations)
        attempt = 0
        while pending:
            payload = "".join(f"{action}\n{body}\n" for action, body in pending.values())
            try:
                response = self._client.bulk(body=payload, index=index or self.alias, filter_path=BULK_ANSWER)
            except self._errors as exc:
                status = status_of(exc)
                if (status is None or status in TRANSIENT_STATUSES) and attempt < self.retries:
                    self._sleep(attempt)
                    attempt += 1
                    continue
                raise self._translate(exc) from None
            retry: dict[str, tuple[str, str]] = {}
            blocked: dict[str, dict[str, Any]] = {}
            for lead_id, item in zip(list(pending), response["items"], strict=True):
                outcome = next(iter(item.values()))
                status = int(outcome.get("status", 500))
                if status < 300:
                    result.written += 1
                elif status in TRANSIENT_STATUSES or (status == 409 and retry_conflicts):
                    retry[lead_id] = pending[lead_id]
                elif status == 403 and index is None:
                    blocked[lead_id] = outcome
                else:
                    result.failed.append((lead_id, _item_reason(outcome)))
            if blocked and self.writes_paused({str(o.get("_index")) for o in blocked.values()}):
                retry.update((lead_id, pending[lead_id]) for lead_id in blocked)
            else:
                result.failed += [(lead_id, _item_reason(outcome)) for lead_id, outcome in blocked.items()]
            if retry and attempt >= self.retries:
                result.failed += [(lead_id, "still overloaded after retries (HTTP 429/503)") for lead_id in retry]
                retry = {}
            if retry:
                result.retried += len(retry)
                self._sleep(attempt)
                attempt += 1
            pending = retry

    def get(self, lead_id: str) -> Lead | None:
        found = self._get_raw(lead_id)
        return from_source(found[0]) if found else None

    def _get_raw(self, lead_id: str, index: str | None = None) -> tuple[dict[str, Any], int, int, str] | None:
        """(source, seq_no, primary_term, concrete index) read in real time, or None."""
        try:
            response = self._guard(self._client.get, index=index or self.alias, id=lead_id)
        except self._errors as exc:
            if status_of(exc) == 404:
                return None
            raise
        except NotConfigured:
            return None
        if not response.get("found"):
            return None
        return response["_source"], response["_seq_no"], response["_primary_term"], response["_index"]

    # -- search -----------------------------------------------------------------------------------

    def _query(self, query: SearchQuery) -> dict[str, Any]:
        filters: list[dict[str, Any]] = [
            {"term": {FILTER_FIELDS[name]: value}} for name, value in query.filters.items()
        ]
        for name, (low, high) in query.ranges.items():
            bounds = {"gte": low, "lt": high}
            filters.append({"range": {name: {k: v for k, v in bounds.items() if v is not None}}})
        if query.bbox:
            top, left, bottom, right = query.bbox
            filters.append({"geo_bounding_box": {"location": {
                "top_left": {"lat": top, "lon": left}, "bottom_right": {"lat": bottom, "lon": right}}}})
        must: list[dict[str, Any]] = []
        if query.terms:
            field = "exact_terms" if query.exact else "search_terms"
            must.append({"match": {field: {"query": " ".join(query.terms), "operator": "and"}}})
        return {"bool": {"must": must or [{"match_all": {}}], "filter": filters}}

    def search(self, query: SearchQuery) -> SearchResult:
        sorts = {
            "relevance": ["_score", {"id": "asc"}],
            "newest": [{"published_at": {"order": "desc", "missing": "_last"}}, {"id": "asc"}],
            "oldest": [{"published_at": {"order": "asc", "missing": "_last"}}, {"id": "asc"}],
            "score": [{"score": {"order": "desc"}}, {"id": "asc"}],
        }
        body: dict[str, Any] = {
            "query": self._query(query),
            "from": query.offset,
            "size": query.limit,
            "track_total_hits": True,
            "sort": sorts[query.effective_sort],
            "_source": {"excludes": list(DERIVED_FIELDS)},
        }
        response = self._guard(self._client.search, index=self.alias, body=body)
        hits = []
        for hit in response["hits"]["hits"]:
            lead = from_source(hit["_source"])
            hits.append(SearchHit(lead, float(hit.get("_score") or 0.0), evidence_highlights(lead, query)))
        facets = self._facets(body["query"]) if query.facets else ()
        victims = self._victim_facets(body["query"]) if query.facets else ()
        return SearchResult(total=int(response["hits"]["total"]["value"]), hits=tuple(hits), facets=facets,
                            victim_facets=victims)

    def _victim_facets(self, query: dict[str, Any]) -> tuple[FacetCount, ...]:
        body = {"size": 0, "query": query, "aggs": {"victims": {"terms": {"field": "victim_categories", "size": 100}}}}
        buckets = self._guard(self._client.search, index=self.alias, body=body)["aggregations"]["victims"]["buckets"]
        return sorted_counts(FacetCount(str(b["key"]), int(b["doc_count"])) for b in buckets)

    def _facets(self, query: dict[str, Any]) -> tuple[FacetBucket, ...]:
        sources = [
            {"type": {"terms": {"field": "incident_types", "missing_bucket": True}}},
            {"region": {"terms": {"field": "regions", "missing_bucket": True}}},
            {"month": {"date_histogram": {"field": "published_at", "calendar_interval": "month",
                                          "format": "yyyy-MM", "missing_bucket": True}}},
        ]
        buckets: list[FacetBucket] = []
        after: dict[str, Any] | None = None
        while len(buckets) < MAX_FACET_BUCKETS:
            composite: dict[str, Any] = {"sources": sources, "size": 1000}
            if after:
                composite["after"] = after
            body = {"size": 0, "query": query, "aggs": {"facets": {"composite": composite}}}
            agg = self._guard(self._client.search, index=self.alias, body=body)["aggregations"]["facets"]
            for bucket in agg["buckets"]:
                key = bucket["key"]
                buckets.append(FacetBucket(key["type"], key["region"], key["month"], int(bucket["doc_count"])))
            after = agg.get("after_key")
            if not after or len(agg["buckets"]) < 1000:
                break
        return sorted_facets(buckets)[:MAX_FACET_BUCKETS]

    def count(self) -> int:
        return int(self._guard(self._client.count, index=self.alias)["count"])

    def _scan(self, index: str, sort: list[Any], query: dict[str, Any] | None = None,
              page: int = 1000, shard: int | None = None) -> Iterator[dict[str, Any]]:
        """Every document of ``index`` (or of one of its shards) in ``sort`` order (search_after: no
        scroll contexts left open)."""
        after: list[Any] | None = None
        where = {} if shard is None else {"preference": f"_shards:{shard}"}
        while True:
            body: dict[str, Any] = {"size": page, "sort": sort, "query": query or {"match_all": {}}}
            if after is not None:
                body["search_after"] = after
            hits = self._guard(self._client.search, index=index, body=body, **where)["hits"]["hits"]
            yield from hits
            if len(hits) < page:
                return
            after = hits[-1]["sort"]

    def ids_starting_with(self, prefix: str) -> tuple[int, list[str]]:
        body = {"query": {"prefix": {"id": prefix}}, "size": 2, "sort": [{"id": "asc"}], "track_total_hits": True,
                "_source": False}
        hits = self._guard(self._client.search, index=self.alias, body=body)["hits"]
        return int(hits["total"]["value"]), [str(hit["_id"]) for hit in hits["hits"]]

    def iter_leads(self) -> Iterator[Lead]:
        return self.leads_of(self.alias)

    # -- triage -----------------------------------------------------------------------------------

    def update_triage(self, lead_id: str, edit: TriageEdit, expected_version: int | None = None) -> Lead:
        found = self._get_raw(lead_id)
        if found is None:
            raise UserError(f"no lead {lead_id!r}")
        source, seq_no, primary_term, index = found
        lead = editable(lead_id, from_source(source), expected_version)
        after = next_fields(lead, edit)
        event = make_event(lead, edit, after)
        try:  # claim the next version in the log: of two editors, the second gets a conflict here
            self._guard(self._client.index, index=self.events_alias, id=event_id(lead_id, after["version"]),
                        body=event_source(event), op_type="create", refresh=True)
        except self._errors as exc:
            if status_of(exc) != 409:
                raise
            self._repair(lead_id)
            raise ConflictError(f"lead {lead_id} was changed by someone else meanwhile: try again") from None
        self._apply_fields(lead_id, lead.version, after, seq_no, primary_term, index)
        return Lead.from_dict({**lead.to_dict(), **after})

    def _apply_fields(self, lead_id: str, from_version: int, fields: dict[str, Any], seq_no: int,
                      primary_term: int, index: str) -> None:
        """Write triage fields guarded by seq_no; re-read after a concurrent machine update and retry."""
        for attempt in range(20):
            try:
                self._guard(self._client.update, index=index, id=lead_id, body={"doc": fields},
                            if_seq_no=seq_no, if_primary_term=primary_term, refresh=True)
                return
            except self._errors as exc:
                if status_of(exc) != 409:
                    raise
            except UserError:
                if not self.writes_paused({index}):
                    raise
                self._sleep(min(attempt, 4))  # a migrate holds writes: wait, then follow the alias
            found = self._get_raw(lead_id)
            if found is None or from_source(found[0]).version != from_version:
                return  # already applied (e.g. by a repair)
            _, seq_no, primary_term, index = found
        raise RetryableError(f"lead {lead_id} is being rewritten continuously; the edit is logged, try again")

    def _repair(self, lead_id: str) -> None:
        """If the log holds an event the lead does not show yet (an editor died in between), apply it."""
        found = self._get_raw(lead_id)
        if found is None:
            return
        source, seq_no, primary_term, index = found
        version = int(source.get("version", 0))
        try:
            pending = self._guard(self._client.get, index=self.events_alias, id=event_id(lead_id, version + 1))
        except self._errors as exc:
            if status_of(exc) == 404:
                return
            raise
        except NotConfigured:
            return
        if pending.get("found"):
            fields = {k: pending["_source"]["after"][k] for k in TRIAGE_FIELDS}
            self._apply_fields(lead_id, version, fields, seq_no, primary_term, index)

    def history(self, lead_id: str) -> list[TriageEvent]:
        hits = self._scan(self.events_alias, [{"version": "asc"}], {"term": {"lead_id": lead_id}})
        return [event_from_source(hit["_source"]) for hit in hits]

    def iter_events(self) -> Iterator[TriageEvent]:
        for hit in self._scan(self.events_alias, [{"lead_id": "asc"}, {"version": "asc"}]):
            yield event_from_source(hit["_source"])

    def restore_triage(self, events: Iterable[TriageEvent]) -> int:
        events = list(events)
        logged = BulkResult()
        self.bulk_lines({
            event_id(e.lead_id, int(e.after["version"])): (
                json.dumps({"create": {"_id": event_id(e.lead_id, int(e.after["version"]))}}),
                json.dumps(event_source(e), ensure_ascii=False))
            for e in events
        }, logged, index=self.events_alias, retry_conflicts=False)
        lost = [reason for _, reason in logged.failed if "version_conflict" not in reason]
        if lost:
            raise RetryableError(f"{len(lost)} triage event(s) could not be written back: {lost[0]}")
        updates = BulkResult()
        self.bulk_lines({
            lead_id: (json.dumps({"update": {"_id": lead_id}}), json.dumps({"doc": fields}, ensure_ascii=False))
            for lead_id, fields in latest_fields(events).items()
        }, updates)
        self.refresh()
        return updates.written

    def close(self) -> None:
        self._client.close()


def _item_reason(outcome: dict[str, Any]) -> str:
    error = outcome.get("error") or {}
    if isinstance(error, dict):
        return f"HTTP {outcome.get('status')} {error.get('type', 'error')}: {str(error.get('reason', ''))[:200]}"
    return f"HTTP {outcome.get('status')} {str(error)[:200]}"


def event_id(lead_id: str, version: int) -> str:
    return f"{lead_id}-{version:010d}"


def event_source(event: TriageEvent) -> dict[str, Any]:
    return {**event.to_dict(), "version": int(event.after["version"]),
            "at": event.at or datetime.now(UTC).isoformat(timespec="milliseconds")}


def event_from_source(source: dict[str, Any]) -> TriageEvent:
    return TriageEvent.from_dict(source)


def to_source(lead: Lead, fields: dict[str, Any]) -> dict[str, Any]:
    """Engine form of lead fields: geo point as an object, pre-analysed search terms added."""
    source = dict(fields)
    if "location" in source:
        location = source["location"]
        source["location"] = None if location is None else {"lat": location[0], "lon": location[1]}
    source["search_terms"], source["exact_terms"] = lead_terms(lead)
    return source


def from_source(source: dict[str, Any]) -> Lead:
    data = {k: v for k, v in source.items() if k not in DERIVED_FIELDS}
    location = data.get("location")
    if isinstance(location, dict):
        data["location"] = (location["lat"], location["lon"])
    return Lead.from_dict(data)


def drop_prefix(url: str, prefix: str) -> None:
    """Delete every index, index template and component template of ``prefix`` (tests, benchmarks)."""
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=[url])
    try:
        client.indices.delete(index=f"{prefix}-leads*,{prefix}-triage*", ignore_unavailable=True)
        for name in ("leads", "triage"):
            client.indices.delete_index_template(name=f"{prefix}-{name}", ignore=[404])
        for name in COMPONENTS:
            client.cluster.delete_component_template(name=f"{prefix}-{name}", ignore=[404])
    finally:
        client.close()
