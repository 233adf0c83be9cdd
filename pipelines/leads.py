"""Build lead records from a document and its annotation."""

from __future__ import annotations

from nlp.scope import in_scope
from rasad.records import Annotation, Document, Lead, lead_id_for


def build_lead(document: Document, annotation: Annotation) -> Lead | None:
    """A lead for every document with an incident in scope (nlp.scope: Libya, Libyans abroad); None for the rest."""
    if not in_scope(annotation):
        return None
    places = annotation.places
    killed, injured, detained = annotation.casualties()
    event_date, event_date_precision = annotation.event_date()
    # The NLP marks the event location; fall back to the first Libyan place more precise than the country.
    event_place = next((p for p in places if p.event_location), None) or next(
        (p for p in places if p.in_libya and p.precision != "country"), None
    )
    return Lead(
        id=lead_id_for(document.canonical_url or document.url),
        url=document.url,
        title=document.title,
        text=document.text,
        language=document.language,
        published_at=document.published_at,
        fetched_at=document.fetched_at,
        source_id=document.source_id,
        capture_sha256=document.capture_sha256,
        incident_types=tuple(dict.fromkeys(i.type for i in annotation.incidents)),
        places=tuple(dict.fromkeys(p.id for p in places)),
        place_names=tuple(dict.fromkeys(p.name for p in places)),
        regions=tuple(dict.fromkeys(p.admin_region for p in places if p.admin_region)),
        actors=tuple(dict.fromkeys(a.id for a in annotation.actors if a.id)),
        evidence=tuple(dict.fromkeys(i.evidence.sentence for i in annotation.incidents)),
        location=(event_place.lat, event_place.lon)
        if event_place and event_place.lat is not None and event_place.lon is not None
        else None,
        score=max(i.confidence for i in annotation.incidents),
        killed=killed,
        injured=injured,
        detained=detained,
        event_date=event_date,
        event_date_precision=event_date_precision,
        victim_categories=annotation.victim_categories(),
        cluster_id=document.cluster_id,
    )
