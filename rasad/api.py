"""The HTTP API (FastAPI): the same search and triage operations as the CLI, for the web interface.

Every failure a caller can cause or meet is a JSON ``{"detail": ...}`` with a 4xx/503 status:
bad input 400/422, no or bad credentials 401, a role that may not do it 403, unknown lead 404,
a triage race 409, the store unreachable 503. Every route needs a signed-in user (session cookie or
``Authorization: Bearer TOKEN``); the triage log records that user, never a name the client sends.
Run it with ``rasad serve`` (the web app is served by the same app, see ``rasad.web``).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine

from rasad import captures
from rasad.db import open_database
from rasad.errors import ConflictError, NotConfigured, RetryableError, UserError
from rasad.records import LEAD_STATUSES, Lead
from rasad.safe_text import clean_multiline
from rasad.settings import Settings, load_settings
from rasad.store import LeadStore, open_store
from rasad.store.base import MAX_FILTER_CHARS, MAX_QUERY_CHARS, SORTS, SearchQuery, parse_bbox
from rasad.triage import ACTIONS, MAX_NOTE_CHARS, TriageEdit
from rasad.web.auth import Principal, api_principal
from rasad.web.security import SANDBOX_CSP, HardeningMiddleware

Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="capture SHA-256, hex")]
LeadId = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$",
                             description="the lead id, or any prefix of it that only one lead has (8 characters)")]
FilterValue = Annotated[str | None, Query(min_length=1, max_length=MAX_FILTER_CHARS)]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")]
MinCount = Annotated[int | None, Query(ge=0, le=2**31 - 1)]
SEARCH_PARAMS = frozenset({"q", "type", "place", "region", "actor", "source", "language", "status", "assignee",
                           "victim", "cluster", "date_from", "date_to", "event_from", "event_to", "min_killed",
                           "min_injured", "min_detained", "bbox", "sort", "exact", "facets", "limit", "offset"})


class HighlightOut(BaseModel):
    sentence: str
    spans: list[tuple[int, int]] = Field(description="[start, end) character offsets of matched words")


class HitOut(BaseModel):
    lead: Lead  # the record itself: one definition of a lead, in rasad.records
    relevance: float
    highlights: list[HighlightOut]


class FacetOut(BaseModel):
    incident_type: str | None
    region: str | None
    month: str | None
    count: int


class CountOut(BaseModel):
    value: str
    count: int


class SearchOut(BaseModel):
    total: int
    hits: list[HitOut]
    facets: list[FacetOut]
    victim_facets: list[CountOut] = Field(description="matching leads per victim category (with facets=true)")


class EventOut(BaseModel):
    lead_id: str
    actor: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    at: str


class TriageIn(BaseModel):
    """The actor is the signed-in user: a body that names one is refused (422), never believed."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["assign", "review", "verify", "reject", "duplicate", "note"]
    value: str | None = Field(default=None, max_length=MAX_NOTE_CHARS,
                              description="assignee (assign), note text (note) or original lead id (duplicate)")
    expected_version: int | None = Field(default=None, ge=0, description="conflict if the lead moved on")


class CaptureOut(BaseModel):
    sha256: str
    warc_file: str
    offset: int
    record_id: str
    target_uri: str
    fetched_at: str
    content_type: str
    status: int
    screenshot_record_id: str


class MeOut(BaseModel):
    name: str
    role: str


class ErrorOut(BaseModel):
    detail: str | list[Any]


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut}, 401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut},
    409: {"model": ErrorOut}, 503: {"model": ErrorOut}}


def create_app(settings: Settings | None = None, *, hosts: tuple[str, ...] | None = None,
               engine: Engine | None = None) -> FastAPI:
    """The API and the web app. ``hosts`` overrides ``RASAD_ALLOWED_HOSTS`` (tests use "testserver")."""
    settings = settings or load_settings()
    engine = engine or open_database(settings)
    shared: dict[str, LeadStore] = {}
    lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        for opened in shared.values():
            opened.close()

    # No /docs or /redoc (they load their scripts from a CDN); the schema itself needs a signed-in user.
    app = FastAPI(title="rasad", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None, description="Search and triage leads on human-rights incidents in Libya.")
    app.add_middleware(HardeningMiddleware, hosts=hosts)
    reader = Depends(api_principal(engine, "researcher"))
    monitor = Depends(api_principal(engine, "monitor"))

    @contextmanager
    def store() -> Iterator[LeadStore]:
        """SQLite: one connection per request (cheap, thread-safe); engine: one shared client."""
        if not settings.search_url:
            with open_store(settings) as opened:
                yield opened
            return
        with lock:
            if "engine" not in shared:
                shared["engine"] = open_store(settings)
        yield shared["engine"]

    @app.exception_handler(ConflictError)
    def _conflict(request: Request, exc: ConflictError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=409)

    @app.exception_handler(NotConfigured)
    def _unavailable(request: Request, exc: NotConfigured) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(RetryableError)
    def _retry(request: Request, exc: RetryableError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "30"})

    @app.exception_handler(UserError)
    def _user(request: Request, exc: UserError) -> JSONResponse:
        status = 404 if str(exc).startswith("no lead") else 400
        return JSONResponse({"detail": str(exc)}, status_code=status)

    def known_params(request: Request) -> None:
        unknown = sorted(set(request.query_params) - SEARCH_PARAMS)
        if unknown:
            raise HTTPException(400, f"unknown parameter {unknown[0]!r}; known: {', '.join(sorted(SEARCH_PARAMS))}")

    @app.get("/openapi.json", include_in_schema=False, dependencies=[reader])
    def openapi() -> dict[str, Any]:
        return app.openapi()

    @app.get("/me", response_model=MeOut, responses=ERRORS)
    def me(principal: Principal = reader) -> MeOut:
        return MeOut(name=principal.account.name, role=principal.account.role)

    @app.get("/leads", response_model=SearchOut, responses=ERRORS, dependencies=[reader, Depends(known_params)])
    def search(
        q: Annotated[str, Query(max_length=MAX_QUERY_CHARS, description="words, all must match")] = "",
        type: FilterValue = None,
        place: FilterValue = None,
        region: FilterValue = None,
        actor: FilterValue = None,
        source: FilterValue = None,
        language: FilterValue = None,
        status: Annotated[Literal[LEAD_STATUSES] | None, Query()] = None,  # type: ignore[valid-type]
        assignee: FilterValue = None,
        victim: Annotated[str | None, Query(min_length=1, max_length=MAX_FILTER_CHARS,
                                            description="victim category, e.g. children (or child)")] = None,
        cluster: FilterValue = None,
        date_from: Day = None,
        date_to: Day = None,
        event_from: Day = None,
        event_to: Day = None,
        min_killed: MinCount = None,
        min_injured: MinCount = None,
        min_detained: MinCount = None,
        bbox: Annotated[str | None, Query(max_length=100, description="top,left,bottom,right")] = None,
        sort: Annotated[Literal[SORTS], Query()] = "relevance",  # type: ignore[valid-type]
        exact: bool = False,
        facets: bool = False,
        limit: Annotated[int, Query(ge=1, le=500)] = 20,
        offset: Annotated[int, Query(ge=0, le=9_999)] = 0,
    ) -> SearchOut:
        filters = {name: value for name, value in (
            ("incident_type", type), ("place", place), ("region", region), ("actor", actor), ("source", source),
            ("language", language), ("status", status), ("assignee", assignee), ("victim", victim),
            ("cluster", cluster)) if value}
        query = SearchQuery(text=q, filters=filters, limit=limit, offset=offset, date_from=date_from,
                            date_to=date_to, event_from=event_from, event_to=event_to, min_killed=min_killed,
                            min_injured=min_injured, min_detained=min_detained,
                            bbox=parse_bbox(bbox) if bbox else None, sort=sort, exact=exact,
                            facets=facets, match_all=True)
        with store() as opened:
            result = opened.search(query)
        return SearchOut(
            total=result.total,
            hits=[HitOut(lead=hit.lead, relevance=hit.score,
                         highlights=[HighlightOut(sentence=h.sentence, spans=list(h.spans)) for h in hit.highlights])
                  for hit in result.hits],
            facets=[FacetOut(incident_type=b.incident_type, region=b.region, month=b.month, count=b.count)
                    for b in result.facets],
            victim_facets=[CountOut(value=c.value, count=c.count) for c in result.victim_facets],
        )

    @app.get("/leads/{lead_id}", response_model=Lead, responses=ERRORS, dependencies=[reader])
    def show(lead_id: LeadId) -> Lead:
        with store() as opened:
            lead = opened.get(opened.resolve_id(lead_id))
        if lead is None:
            raise HTTPException(404, f"no lead {lead_id!r}")
        return lead

    @app.get("/leads/{lead_id}/history", response_model=list[EventOut], responses=ERRORS, dependencies=[reader])
    def history(lead_id: LeadId) -> list[EventOut]:
        with store() as opened:
            return [EventOut.model_validate(event.to_dict()) for event in opened.history(opened.resolve_id(lead_id))]

    @app.post("/leads/{lead_id}/triage", response_model=Lead, responses=ERRORS)
    def triage(lead_id: LeadId, body: TriageIn, principal: Principal = monitor) -> Lead:
        with store() as opened:
            value = clean_multiline(body.value) if body.value is not None else None
            if body.action == "duplicate" and value:
                value = opened.resolve_id(value)
            edit = TriageEdit(body.action, principal.account.name, value)
            from rasad.cases.audit import triaged

            return triaged(settings, opened, opened.resolve_id(lead_id), edit, body.expected_version)

    def capture_of(sha256: str) -> captures.CapturePointer:
        pointer = captures.find_capture(settings.archive_dir, sha256)
        if pointer is None:
            raise HTTPException(404, f"no capture {sha256} in the archive")
        return pointer

    @app.get("/captures/{sha256}", response_model=CaptureOut, responses=ERRORS, dependencies=[reader])
    def capture(sha256: Sha256) -> CaptureOut:
        pointer = capture_of(sha256)
        return CaptureOut(**{name: getattr(pointer, name) for name in CaptureOut.model_fields})

    @app.get("/captures/{sha256}/warc", responses=ERRORS, dependencies=[reader])
    def capture_warc(sha256: Sha256) -> Response:
        """The WARC record as stored: a valid one-record WARC file to hand to a court or a mechanism."""
        pointer = capture_of(sha256)
        suffix = ".warc.gz" if pointer.warc_file.endswith(".gz") else ".warc"
        return Response(captures.read_record(settings.archive_dir, pointer), media_type="application/warc",
                        headers={"Content-Disposition": f'attachment; filename="{sha256}{suffix}"'})

    @app.get("/captures/{sha256}/page", responses=ERRORS, dependencies=[reader])
    def capture_page(sha256: Sha256) -> Response:
        """The archived HTML, inert: sandboxed (no script) and no request anywhere, not even to us."""
        pointer = capture_of(sha256)
        body = captures.read_payload(settings.archive_dir, pointer)
        kind = "text/html" if "html" in pointer.content_type.lower() else "text/plain"
        return Response(body, media_type=kind, headers={
            "Content-Security-Policy": SANDBOX_CSP, "X-Frame-Options": "SAMEORIGIN"})

    @app.get("/captures/{sha256}/screenshot", responses=ERRORS, dependencies=[reader])
    def capture_screenshot(sha256: Sha256) -> Response:
        shot = captures.read_screenshot(settings.archive_dir, capture_of(sha256))
        if shot is None:
            raise HTTPException(404, "this capture has no screenshot (the page was not rendered)")
        return Response(shot, media_type="image/png", headers={"Content-Security-Policy": SANDBOX_CSP})

    from rasad.web.pages import register_pages

    register_pages(app, settings, engine, store)

    assert set(ACTIONS) == set(TriageIn.model_fields["action"].annotation.__args__)  # type: ignore[union-attr]
    return app
