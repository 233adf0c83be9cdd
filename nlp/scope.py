"""Which incidents become leads: the NGO documents violations in Libya and against Libyans abroad.

Libyan outlets report Congo, Afghanistan and France too; a lead for each would bury the monitors.
The decision uses the annotation's in-Libya reading (the event location, not every place named)
and, for events abroad, Libyan people named in an evidence sentence («مواطن ليبي», «ليبيان», "Libyan
nationals"; not «التراب الليبي», «الحدود التونسية الليبية» or the town «قليبية»: nlp.countries.names_nationals).
``RASAD_LEAD_SCOPE`` sets it: ``libya+nationals`` (default), ``libya`` or ``all``.
"""

from __future__ import annotations

import os

from nlp.countries import names_nationals
from rasad.errors import UserError
from rasad.records import Annotation

SCOPES = ("libya+nationals", "libya", "all")


def lead_scope() -> str:
    scope = os.environ.get("RASAD_LEAD_SCOPE", SCOPES[0]).strip().lower()
    if scope not in SCOPES:
        raise UserError(f"RASAD_LEAD_SCOPE must be one of {', '.join(SCOPES)}, not {scope!r}")
    return scope


def libyan_victims_abroad(annotation: Annotation) -> bool:
    """Libyan people named in an evidence sentence of an incident outside Libya."""
    return any(names_nationals(i.evidence.sentence, "LY") for i in annotation.incidents)


def in_scope(annotation: Annotation, scope: str | None = None) -> bool:
    """Should this annotated document's incidents become a lead?"""
    scope = scope or lead_scope()
    if not annotation.is_incident or annotation.listing:
        return False
    if scope == "all" or annotation.in_libya:
        return True
    return scope == "libya+nationals" and libyan_victims_abroad(annotation)
