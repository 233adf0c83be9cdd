"""Typed records passed between stages.

Every stage takes and returns these; none reaches into another stage's internals.
Records are frozen dataclasses that round-trip through plain JSON (``to_dict`` /
``from_dict``), so they can cross process boundaries (scrapy child process, worker
pools, Prefect results) without pickling.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, Self, TypeVar

T = TypeVar("T")

LeadStatus = Literal["new", "in_review", "verified", "rejected", "duplicate"]
LEAD_STATUSES: tuple[str, ...] = ("new", "in_review", "verified", "rejected", "duplicate")


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record from a dict, ignoring unknown keys and rebuilding nested records."""
    hints = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        if name not in hints:
            continue
        nested = _NESTED.get((cls.__name__, name))
        if nested is not None and value is not None:
            value = _from_dict(nested, value) if isinstance(value, dict) else tuple(
                _from_dict(nested, v) for v in value
            )
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[name] = value
    return cls(**kwargs)


class Record:
    """Mixin: JSON-friendly conversion for the frozen dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return _from_dict(cls, data)


# Content type of a parsed Telegram/social post, stored as a WARC metadata record next to its page.
POST_CONTENT_TYPE = "application/vnd.rasad.post+json"


@dataclass(frozen=True)
class Capture(Record):
    """The evidentiary copy of one fetch, as written to the WARC archive."""

    url: str
    final_url: str
    status: int
    fetched_at: str  # ISO 8601, UTC
    sha256: str  # of the payload (response body) as received
    warc_file: str  # path relative to the archive root
    warc_offset: int
    warc_record_id: str
    content_type: str = ""
    redirect_chain: tuple[str, ...] = ()
    rendered: bool = False
    truncated: bool = False
    source_id: str = ""
    ip: str = ""
    charset: str = ""  # the charset used to read the page (raw bytes are what the WARC keeps)
    charset_flag: str = ""  # "", relabelled, replacement-chars, no-arabic (crawlers/decoding.py)
    screenshot_record_id: str = ""  # WARC record id of the screenshot of a rendered page
    article: bool = False  # an item page (seen-stored), not a listing, feed or sitemap


@dataclass(frozen=True)
class Document(Record):
    """Text and metadata extracted from one capture."""

    capture_sha256: str
    url: str
    title: str
    text: str
    language: str | None
    language_confidence: float
    published_at: str | None = None
    published_via: str | None = None  # how the date was found: meta, url, htmldate, ...
    arabizi: bool = False
    source_id: str = ""
    fetched_at: str = ""
    author: str = ""
    image: str = ""  # lead image URL from the page metadata
    canonical_url: str = ""  # tracking parameters removed (pipelines.dedup.canonical_url)
    charset: str = ""  # how the bytes were decoded, e.g. "utf-8", "windows-1256"
    charset_note: str | None = None  # set when the bytes needed repair or were partly undecodable
    dialect: str | None = None  # e.g. "maghrebi" when the dialect hint is confident, else None
    cluster_id: str | None = None  # story cluster (near-duplicates across outlets share it)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Place(Record):
    """A gazetteer place found in a text, with the form as written (clitics removed)."""

    name: str
    id: str
    lat: float | None
    lon: float | None
    start: int  # character offsets in the original text
    end: int
    admin_region: str | None = None
    precision: str | None = None  # city, district, neighbourhood, facility, country, ...
    in_libya: bool = True
    event_location: bool = False


@dataclass(frozen=True)
class Actor(Record):
    name: str
    id: str
    type: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Evidence(Record):
    """The sentence that triggered an incident candidate, with its offsets in the text."""

    sentence: str
    start: int
    end: int
    trigger: str = ""


@dataclass(frozen=True)
class Incident(Record):
    type: str
    confidence: float
    evidence: Evidence
    event_date: str | None = None
    date_precision: str | None = None
    killed: int | None = None
    injured: int | None = None
    detained: int | None = None
    victim_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Annotation(Record):
    """Everything the NLP stage found in one document."""

    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()
    incidents: tuple[Incident, ...] = ()
    in_libya: bool = False
    truncated: bool = False  # text cut at the size limit or time budget: annotations may be partial
    language: str | None = None
    killed: int | None = None  # casualties of the main reported event, whoever the victims were
    injured: int | None = None
    victim_status: str | None = None  # civilian | hors_de_combat | combatant | unknown (None: nobody harmed)
    listing: bool = False  # a homepage or listing of unrelated headlines: no incident is read from it

    @property
    def is_incident(self) -> bool:
        return bool(self.incidents)

    def ranked_incidents(self) -> list[Incident]:
        """Incidents, most confident first."""
        return sorted(self.incidents, key=lambda i: -i.confidence)

    def casualties(self) -> tuple[int | None, int | None, int | None]:
        """(killed, injured, detained) of the document: the main event's counts (first stated), else the
        most confident incident's own; detained is the largest count any incident gives. None: not stated."""
        ranked = self.ranked_incidents()

        def first(stated: int | None, name: str) -> int | None:
            if stated is not None:
                return stated
            return next((getattr(i, name) for i in ranked if getattr(i, name) is not None), None)

        detained = max((i.detained for i in ranked if i.detained is not None), default=None)
        return first(self.killed, "killed"), first(self.injured, "injured"), detained

    def event_date(self) -> tuple[str | None, str | None]:
        """(ISO date, precision) of the most confident incident that has a date."""
        dated = next((i for i in self.ranked_incidents() if i.event_date), None)
        return (dated.event_date, dated.date_precision) if dated else (None, None)

    def victim_categories(self) -> tuple[str, ...]:
        """Every victim category any incident names, sorted."""
        return tuple(sorted({c for i in self.incidents for c in i.victim_categories}))


@dataclass(frozen=True)
class Lead(Record):
    """What monitors triage and researchers search.

    Machine fields come from the pipeline; triage fields (status, assignee, notes,
    version) are only ever written by triage actions, never by re-processing.
    """

    id: str
    url: str
    title: str
    text: str
    language: str | None
    published_at: str | None
    fetched_at: str
    source_id: str
    capture_sha256: str
    incident_types: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # gazetteer ids
    place_names: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    location: tuple[float, float] | None = None  # (lat, lon) of the event location
    score: float = 0.0
    killed: int | None = None  # None: not stated (a bare plural gives no number)
    injured: int | None = None
    detained: int | None = None
    event_date: str | None = None  # ISO date of the event (not of publication)
    event_date_precision: str | None = None  # day, week, month or year
    victim_categories: tuple[str, ...] = ()  # as nlp.annotate names them: children, women, migrants, ...
    cluster_id: str | None = None  # story cluster: the same story from other outlets shares it
    status: str = "new"
    assignee: str | None = None
    notes: tuple[str, ...] = ()
    version: int = 0


MACHINE_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Lead) if f.name not in ("status", "assignee", "notes", "version")
)


@dataclass(frozen=True)
class TriageEvent(Record):
    """One append-only entry of the triage log."""

    lead_id: str
    actor: str
    action: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    at: str = ""


_NESTED: dict[tuple[str, str], type] = {
    ("Annotation", "places"): Place,
    ("Annotation", "actors"): Actor,
    ("Annotation", "incidents"): Incident,
    ("Incident", "evidence"): Evidence,
}


def register_nested(record: type, field_name: str, nested: type) -> None:
    """Let ``from_dict`` rebuild a nested record field of a record declared in another module."""
    _NESTED[(record.__name__, field_name)] = nested


def lead_id_for(url: str) -> str:
    """Deterministic lead id: the same article always maps to the same lead."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
