"""The LeadStore contract shared by the embedded SQLite store and the search engines.

Both backends index the same pre-analysed terms (normalised, clitic-stripped, light-stemmed
by ``nlp.normalize``) and share the query model, validation, highlighting and bulk policy
defined here, so a query gives the same leads whichever backend answers it.
"""

from __future__ import annotations

import abc
import functools
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import TracebackType
from typing import Any, Self

from nlp.normalize import TOKEN_RE, normalize_with_offsets, search_terms, stem_term, strip_clitics
from rasad.errors import UserError
from rasad.records import MACHINE_FIELDS, Lead, TriageEvent
from rasad.triage import TriageEdit

#: Keyword filters a search may use, mapped to the Lead field they apply to.
FILTER_FIELDS: dict[str, str] = {
    "incident_type": "incident_types",
    "place": "places",
    "region": "regions",
    "actor": "actors",
    "source": "source_id",
    "language": "language",
    "status": "status",
    "assignee": "assignee",
    "victim": "victim_categories",
    "cluster": "cluster_id",
}
#: Minimum-count filters (``min_killed`` ...), mapped to the Lead field they apply to.
COUNT_FIELDS: tuple[str, ...] = ("killed", "injured", "detained")
#: Victim categories as nlp.annotate names them; the singular is accepted in a filter.
VICTIM_SINGULAR: dict[str, str] = {"child": "children", "woman": "women", "girl": "girls", "elderly": "elderly",
                                   "migrant": "migrants", "journalist": "journalists", "activist": "activists",
                                   "medic": "medics", "protester": "protesters"}
SORTS: tuple[str, ...] = ("relevance", "newest", "oldest", "score")
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 64
MAX_FILTER_CHARS = 200
MAX_PAGE_SIZE = 500
MAX_WINDOW = 10_000  # offset + limit: the engines' default max_result_window
MAX_FACET_BUCKETS = 5_000
BULK_CHUNK = 500
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
LEAD_ID_RE = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
SHORT_ID = 8  # characters of a lead id shown in listings; any unique prefix resolves


@dataclass(frozen=True)
class SearchQuery:
    """A validated researcher query: free text, filters, ranges (dates, counts), bounding box, sort and page.

    Text is never parsed as query syntax: it is reduced to normalised terms, all of which must match.
    """

    text: str = ""
    filters: Mapping[str, str] = field(default_factory=dict)
    limit: int = 20
    offset: int = 0
    date_from: str | None = None  # YYYY-MM-DD, inclusive, on published_at
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    event_from: str | None = None  # YYYY-MM-DD, inclusive, on event_date
    event_to: str | None = None  # YYYY-MM-DD, inclusive
    min_killed: int | None = None  # at least this many (leads with no stated count never match)
    min_injured: int | None = None
    min_detained: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # (top, left, bottom, right) in degrees
    sort: str = "relevance"
    exact: bool = False  # match unstemmed terms only
    facets: bool = False  # also count matching leads by type x region x month, and by victim category
    match_all: bool = False  # allow a query without text or filters (listing)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str) or len(self.text) > MAX_QUERY_CHARS:
            raise UserError(f"query is too long ({len(self.text)} characters; at most {MAX_QUERY_CHARS})")
        unknown = sorted(set(self.filters) - set(FILTER_FIELDS))
        if unknown:
            raise UserError(f"unknown filter {unknown[0]!r}; known filters: {', '.join(FILTER_FIELDS)}")
        for name, value in self.filters.items():
            if not isinstance(value, str) or not value or len(value) > MAX_FILTER_CHARS:
                raise UserError(f"filter {name!r} needs a value of 1..{MAX_FILTER_CHARS} characters")
        if self.filters.get("victim") in VICTIM_SINGULAR:
            object.__setattr__(self, "filters", {**self.filters, "victim": VICTIM_SINGULAR[self.filters["victim"]]})
        for field_name in COUNT_FIELDS:
            value = getattr(self, f"min_{field_name}")
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise UserError(f"min_{field_name} must be a whole number >= 0")
        if len(self.terms) > MAX_QUERY_TERMS:
            raise UserError(f"too many words in the query ({len(self.terms)}; at most {MAX_QUERY_TERMS})")
        for low, high in (("date_from", "date_to"), ("event_from", "event_to")):
            for name in (low, high):
                _parse_day(name, getattr(self, name))
            if getattr(self, low) and getattr(self, high) and getattr(self, low) > getattr(self, high):
                raise UserError(f"{low} is after {high}")
        if self.bbox is not None:
            _check_bbox(self.bbox)
        if self.sort not in SORTS:
            raise UserError(f"unknown sort {self.sort!r}; known: {', '.join(SORTS)}")
        if not (self.terms or self.filters or self.ranges or self.bbox or self.match_all):
            raise UserError("empty query: give words to search for or at least one filter")
        if not (1 <= self.limit <= MAX_PAGE_SIZE) or self.offset < 0:
            raise UserError(f"page size must be 1..{MAX_PAGE_SIZE} and offset >= 0")
        if self.offset + self.limit > MAX_WINDOW:
            raise UserError(f"cannot page beyond {MAX_WINDOW} results: narrow the query with filters")

    @property
    def terms(self) -> list[str]:
        """Normalised, clitic-stripped (and unless ``exact``, light-stemmed) terms; syntax is dropped."""
        return list(self._analysed)

    @functools.cached_property
    def _analysed(self) -> tuple[str, ...]:
        """The terms, analysed once per query: matching, ranking and highlighting every hit ask for them."""
        return tuple(query_terms(self.text, self.exact))

    @property
    def ranges(self) -> dict[str, tuple[object, object]]:
        """Range filters as Lead field -> (inclusive low or None, exclusive high or None)."""
        out: dict[str, tuple[object, object]] = {}
        if self.date_from or self.date_to:
            out["published_at"] = (self.date_from, _day_after(self.date_to))
        if self.event_from or self.event_to:
            out["event_date"] = (self.event_from, _day_after(self.event_to))
        for name in COUNT_FIELDS:
            if (least := getattr(self, f"min_{name}")) is not None:
                out[name] = (least, None)
        return out

    @property
    def effective_sort(self) -> str:
        return "newest" if self.sort == "relevance" and not self.terms else self.sort

    @property
    def date_to_exclusive(self) -> str | None:
        return _day_after(self.date_to)


def _day_after(day: str | None) -> str | None:
    """Dates are compared as ``>= from`` and ``< to + 1 day``, so a timestamp on the last day is in."""
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat() if day else None


def query_terms(text: str, exact: bool = False) -> list[str]:
    terms = search_terms(text)
    unique = dict.fromkeys(terms if exact else (stem_term(t) for t in terms))
    return list(unique)


def _parse_day(name: str, value: str | None) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        raise UserError(f"{name} must be a date written YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{name} {value!r} is not a calendar date") from None


def _check_bbox(bbox: Sequence[float]) -> None:
    if len(bbox) != 4 or not all(isinstance(v, int | float) and math.isfinite(v) for v in bbox):
        raise UserError("bbox must be four numbers: top,left,bottom,right")
    top, left, bottom, right = bbox
    if not (-90 <= bottom <= top <= 90) or not (-180 <= left <= right <= 180):
        raise UserError("bbox must satisfy -90 <= bottom <= top <= 90 and -180 <= left <= right <= 180")


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``top,left,bottom,right`` as typed on the command line or in a URL."""
    try:
        top, left, bottom, right = (float(part) for part in text.split(","))
    except ValueError:
        raise UserError("bbox must be four numbers: top,left,bottom,right") from None
    _check_bbox((top, left, bottom, right))
    return top, left, bottom, right


@dataclass(frozen=True)
class Highlight:
    """An evidence sentence and the [start, end) spans of the words that matched the query."""

    sentence: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked(self, before: str = "**", after: str = "**") -> str:
        out, last = [], 0
        for start, end in self.spans:
            out += [self.sentence[last:start], before, self.sentence[start:end], after]
            last = end
        return "".join([*out, self.sentence[last:]])


def highlight(sentence: str, terms: Sequence[str], exact: bool = False) -> Highlight:
    """Mark the words of ``sentence`` whose analysed form is one of the query ``terms``."""
    wanted = set(terms)
    normalized = normalize_with_offsets(sentence)
    spans = []
    for match in TOKEN_RE.finditer(normalized.text):
        term = strip_clitics(match.group())
        if (term if exact else stem_term(term)) in wanted:
            spans.append(normalized.original_span(match.start(), match.end()))
    return Highlight(sentence, tuple(spans))


def evidence_highlights(lead: Lead, query: SearchQuery) -> tuple[Highlight, ...]:
    """Evidence sentences with matches marked; the first sentence unmarked when none matches."""
    marked = [highlight(sentence, query.terms, query.exact) for sentence in lead.evidence]
    matching = tuple(h for h in marked if h.spans)
    return matching or tuple(marked[:1])


@dataclass(frozen=True)
class SearchHit:
    lead: Lead
    score: float
    highlights: tuple[Highlight, ...] = ()


@dataclass(frozen=True)
class FacetBucket:
    """How many matching leads have this incident type, region and month (None: not known)."""

    incident_type: str | None
    region: str | None
    month: str | None  # YYYY-MM of published_at
    count: int


@dataclass(frozen=True)
class FacetCount:
    """How many matching leads carry this value (e.g. a victim category)."""

    value: str
    count: int


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[SearchHit, ...]
    facets: tuple[FacetBucket, ...] = ()
    victim_facets: tuple[FacetCount, ...] = ()  # matching leads per victim category


def sorted_counts(counts: Iterable[FacetCount]) -> tuple[FacetCount, ...]:
    return tuple(sorted(counts, key=lambda c: (-c.count, c.value)))


def sorted_facets(buckets: Iterable[FacetBucket]) -> tuple[FacetBucket, ...]:
    """Largest first, then by keys: both backends report facets in the same order."""
    return tuple(sorted(buckets, key=lambda b: (-b.count, b.incident_type or "", b.region or "", b.month or "")))


@dataclass
class BulkResult:
    """Per-item outcome of a bulk write: nothing is dropped without a reason."""

    written: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (lead id, reason)
    retried: int = 0  # items re-sent after a transient failure


def lead_search_terms(lead: Lead) -> str:
    """The pre-analysed, light-stemmed term string both backends index and search."""
    return lead_terms(lead)[0]


def lead_exact_terms(lead: Lead) -> str:
    """Unstemmed terms (the ``exact`` field): for searching a word exactly as written, bar clitics."""
    return lead_terms(lead)[1]


def lead_terms(lead: Lead) -> tuple[str, str]:
    """(stemmed, exact) term strings, analysed once."""
    terms = _lead_terms(lead)
    return " ".join(stem_term(t) for t in terms), " ".join(terms)


def _lead_terms(lead: Lead) -> list[str]:
    return search_terms(" ".join((lead.title, lead.text, *lead.place_names)))


def machine_fields(lead: Lead) -> dict[str, Any]:
    """The machine fields (flat values and tuples: Lead holds no nested records, so no deep copy)."""
    return {name: getattr(lead, name) for name in MACHINE_FIELDS}


def invalid_reason(lead: Lead) -> str | None:
    """Why a lead cannot be indexed (the same answer for every backend), or None if it can."""
    if not isinstance(lead.id, str) or not LEAD_ID_RE.fullmatch(lead.id):
        return "bad id: 1..128 letters, digits or _.:-"
    for name in ("published_at", "fetched_at", "event_date"):
        value = getattr(lead, name)
        if value and not _is_iso_datetime(value):
            return f"{name} is not an ISO 8601 date: {value[:40]!r}"
    for name in COUNT_FIELDS:
        value = getattr(lead, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31):
            return f"{name} is not a count (a whole number >= 0): {str(value)[:20]!r}"
    if lead.location is not None:
        try:
            lat, lon = lead.location
            if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
                return "location outside -90..90 / -180..180"
        except (TypeError, ValueError):
            return "location is not a (lat, lon) pair"
    try:
        for value in (lead.title, lead.text, lead.url, *lead.evidence, *lead.notes):
            value.encode("utf-8")
    except (UnicodeEncodeError, AttributeError):
        return "text is not valid Unicode (lone surrogate) or not a string"
    if not math.isfinite(lead.score):
        return "score is not a finite number"
    return None


def _is_iso_datetime(value: str) -> bool:
    from datetime import datetime

    if not isinstance(value, str) or not _DATE_RE.match(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


class LeadStore(abc.ABC):
    """Where leads live. Re-processing writes machine fields only; triage fields are kept."""

    @abc.abstractmethod
    def upsert(self, leads: Iterable[Lead]) -> BulkResult:
        """Write machine fields; a lead that cannot be written is reported in ``failed``, never raised."""

    @abc.abstractmethod
    def get(self, lead_id: str) -> Lead | None: ...

    @abc.abstractmethod
    def search(self, query: SearchQuery) -> SearchResult: ...

    @abc.abstractmethod
    def count(self) -> int: ...

    @abc.abstractmethod
    def update_triage(self, lead_id: str, edit: TriageEdit, expected_version: int | None = None) -> Lead:
        """Apply ``edit`` and append its event; ConflictError if the lead moved on from ``expected_version``."""

    @abc.abstractmethod
    def history(self, lead_id: str) -> list[TriageEvent]:
        """The lead's triage events, oldest first."""

    @abc.abstractmethod
    def iter_events(self) -> Iterator[TriageEvent]:
        """Every triage event (for rebuilds), in log order per lead."""

    @abc.abstractmethod
    def restore_triage(self, events: Iterable[TriageEvent]) -> int:
        """Replay a triage log onto leads already indexed (rebuild): keeps events, sets fields. Returns leads set."""

    @abc.abstractmethod
    def ids_starting_with(self, prefix: str) -> tuple[int, list[str]]:
        """How many lead ids start with ``prefix``, and the first two of them in id order."""

    def resolve_id(self, prefix: str) -> str:
        """The id of the one lead whose id starts with ``prefix`` (a whole id is its own prefix).

        UserError when no lead or several leads start with it: monitors type the 8 characters
        listings show, and a prefix that became ambiguous must not pick a lead at random.
        """
        if not isinstance(prefix, str) or not LEAD_ID_RE.fullmatch(prefix):
            raise UserError(f"no lead starts with {str(prefix)[:40]!r} (ids are letters, digits and _.:-)")
        total, first = self.ids_starting_with(prefix)
        if total == 0:
            raise UserError(f"no lead starts with {prefix!r}")
        if total > 1 and first[0] != prefix:
            raise UserError(f"{total} leads start with {prefix!r}: give more characters of the id")
        return first[0]

    def short_id(self, lead_id: str) -> str:
        """The first ``SHORT_ID`` characters of ``lead_id``, or as many more as it takes to be unique."""
        for length in range(SHORT_ID, len(lead_id), 2):
            if self.ids_starting_with(lead_id[:length])[0] <= 1:
                return lead_id[:length]
        return lead_id

    @abc.abstractmethod
    def iter_leads(self) -> Iterator[Lead]:
        """Every lead, in id order (for comparisons and exports)."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def latest_fields(events: Iterable[TriageEvent]) -> dict[str, dict[str, Any]]:
    """lead id -> triage fields after its newest event (by version)."""
    latest: dict[str, dict[str, Any]] = {}
    for event in events:
        current = latest.get(event.lead_id)
        if current is None or int(event.after.get("version", 0)) >= int(current.get("version", 0)):
            latest[event.lead_id] = dict(event.after)
    return latest
