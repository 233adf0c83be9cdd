"""The LeadStore contract shared by the embedded SQLite store and the search engines."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

from nlp.normalize import search_terms
from rasad.errors import UserError
from rasad.records import MACHINE_FIELDS, Lead

#: Keyword filters a search may use, mapped to the Lead field they apply to.
FILTER_FIELDS: dict[str, str] = {
    "incident_type": "incident_types",
    "place": "places",
    "region": "regions",
    "actor": "actors",
    "source": "source_id",
    "language": "language",
    "status": "status",
}
MAX_QUERY_CHARS = 1000
MAX_PAGE_SIZE = 500


@dataclass(frozen=True)
class SearchQuery:
    """A validated researcher query: free text plus keyword filters."""

    text: str = ""
    filters: Mapping[str, str] = field(default_factory=dict)
    limit: int = 20
    offset: int = 0

    def __post_init__(self) -> None:
        if len(self.text) > MAX_QUERY_CHARS:
            raise UserError(f"query is too long ({len(self.text)} characters; at most {MAX_QUERY_CHARS})")
        unknown = sorted(set(self.filters) - set(FILTER_FIELDS))
        if unknown:
            raise UserError(f"unknown filter {unknown[0]!r}; known filters: {', '.join(FILTER_FIELDS)}")
        if not self.terms and not self.filters:
            raise UserError("empty query: give words to search for or at least one filter")
        if not (1 <= self.limit <= MAX_PAGE_SIZE) or self.offset < 0:
            raise UserError(f"page size must be 1..{MAX_PAGE_SIZE} and offset >= 0")

    @property
    def terms(self) -> list[str]:
        """Normalised, clitic-stripped search terms; punctuation and syntax are dropped."""
        return search_terms(self.text)


@dataclass(frozen=True)
class SearchHit:
    lead: Lead
    score: float


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[SearchHit, ...]


@dataclass
class BulkResult:
    """Per-item outcome of a bulk write: nothing is dropped without a reason."""

    written: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (lead id, reason)


def lead_search_terms(lead: Lead) -> str:
    """The pre-analysed term string both backends index, so search behaves the same on each."""
    return " ".join(search_terms(" ".join((lead.title, lead.text, *lead.place_names))))


def machine_fields(lead: Lead) -> dict[str, Any]:
    data = lead.to_dict()
    return {name: data[name] for name in MACHINE_FIELDS}


class LeadStore(abc.ABC):
    """Where leads live. Re-processing writes machine fields only; triage fields are kept."""

    @abc.abstractmethod
    def upsert(self, leads: Iterable[Lead]) -> BulkResult: ...

    @abc.abstractmethod
    def get(self, lead_id: str) -> Lead | None: ...

    @abc.abstractmethod
    def search(self, query: SearchQuery) -> SearchResult: ...

    @abc.abstractmethod
    def count(self) -> int: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
