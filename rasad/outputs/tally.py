"""Counting incidents and victims for a report: pure functions over incident records.

Verified means a monitor verified the incident (status ``verified``, or ``referred`` after it);
``open`` incidents are unverified candidates, counted only on request and marked as such. ``closed``
incidents are never counted: the status does not say whether they were verified or dismissed.
An incident counts once per violation type; a victim once per violation they suffered (their own
``violations``, else the incident's types).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rasad.cases.records import IncidentRecord
from rasad.outputs.labels import UNKNOWN_DISTRICT
from rasad.outputs.periods import Period, parse_event_date

VERIFIED_STATUSES = ("verified", "referred")
UNVERIFIED_STATUSES = ("open",)

IncidentKey = tuple[str, str, str]  # violation, district, verification
VictimKey = tuple[str, str, str, str, str]  # violation, district, gender, age group, verification
MonthIncidentKey = tuple[str, str, str, str]  # month first, then as IncidentKey
MonthVictimKey = tuple[str, str, str, str, str, str]  # month first, then as VictimKey


@dataclass(frozen=True)
class Counts:
    """What one period holds, ready for tables, charts and the map."""

    incidents: Counter[IncidentKey]
    victims: Counter[VictimKey]
    incidents_by_month: Counter[MonthIncidentKey]
    victims_by_month: Counter[MonthVictimKey]
    distinct_incidents: Counter[str]  # verification -> incidents (each once)
    distinct_victims: Counter[str]  # verification -> victims (each once)
    by_district: Counter[str]  # district -> incidents (each once), for the map


def verification_of(incident: IncidentRecord, include_unverified: bool) -> str | None:
    if incident.status in VERIFIED_STATUSES:
        return "verified"
    if include_unverified and incident.status in UNVERIFIED_STATUSES:
        return "unverified"
    return None


def selected(incidents: Iterable[IncidentRecord], period: Period, include_unverified: bool
             ) -> list[tuple[IncidentRecord, str]]:
    """The incidents of the period that the report counts, each with its verification mark."""
    chosen = []
    for incident in incidents:
        mark = verification_of(incident, include_unverified)
        if mark and period.contains(incident.event_date, incident.event_date_precision):
            chosen.append((incident, mark))
    return chosen


def month_of(incident: IncidentRecord) -> str:
    """``YYYY-MM`` of the event, or ``YYYY`` when only the year is known."""
    parsed = parse_event_date(incident.event_date, incident.event_date_precision)
    if parsed is None:
        return ""
    day, precision = parsed
    return f"{day:%Y}" if precision == "year" else f"{day:%Y-%m}"


def count(chosen: Sequence[tuple[IncidentRecord, str]]) -> Counts:
    counts = Counts(Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter())
    for incident, mark in chosen:
        district = incident.district or UNKNOWN_DISTRICT
        month = month_of(incident)
        types = incident.types or ("other",)
        counts.distinct_incidents[mark] += 1
        counts.by_district[district] += 1
        for violation in dict.fromkeys(types):
            counts.incidents[(violation, district, mark)] += 1
            counts.incidents_by_month[(month, violation, district, mark)] += 1
        for victim in incident.victims:
            counts.distinct_victims[mark] += 1
            for violation in dict.fromkeys(victim.violations or types):
                key = (violation, district, victim.gender, victim.age_group, mark)
                counts.victims[key] += 1
                counts.victims_by_month[(month, *key)] += 1
    return counts
