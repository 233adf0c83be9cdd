"""Incidents group leads: derived fields, independent sources, one incident per lead, status and grade."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from rasad.cases import service
from rasad.errors import UserError
from rasad.store.sqlite import SQLiteLeadStore
from tests.cases.conftest import OTHER_STORY, SYNDICATED, make_lead


def _leads(store: SQLiteLeadStore, *leads):
    assert not store.upsert(leads).failed
    return [lead.id for lead in leads]


def test_syndicated_copies_count_once_and_a_second_outlet_corroborates(engine: Engine,
                                                                       store: SQLiteLeadStore) -> None:
    original, copy, own_story, same_outlet = _leads(
        store,
        make_lead("a", "libya-observer", SYNDICATED, published_at="2026-03-02T09:00:00+00:00"),
        make_lead("b", "alwasat", SYNDICATED + " المصدر: وكالات", published_at="2026-03-01T21:00:00+00:00"),
        make_lead("c", "libya-herald", OTHER_STORY, regions=("Zawiya", "Tripoli"),
                  actors=("ministry-interior",)),
        make_lead("d", "libya-observer", OTHER_STORY + " تحديث"),
    )
    incident = service.create_incident(engine, [original, copy], "monitor-a", store=store)
    assert incident.id.startswith("I-") and len(incident.id) == 10
    assert incident.independent_sources == 1 and incident.corroboration == "single_source"
    assert incident.source_ids == ("libya-observer", "alwasat")

    incident = service.add_leads(engine, incident.id, [own_story], "monitor-b", store=store)
    assert incident.independent_sources == 2 and incident.corroboration == "corroborated"
    incident = service.add_leads(engine, incident.id, [same_outlet], "monitor-b", store=store)
    assert incident.independent_sources == 2  # the same outlet again is not a third source
    assert incident.lead_ids == (original, copy, own_story, same_outlet)
    # Derived from the leads: earliest date, the most reported place and district, every actor.
    assert incident.types == ("arbitrary_detention",)
    assert incident.event_date == "2026-03-01" and incident.event_date_precision == "day"
    assert (incident.place_id, incident.place_name, incident.district) == ("ly-zawiya", "الزاوية", "Zawiya")
    assert incident.location == (32.75, 12.72)
    assert incident.perpetrators == ("armed-group", "ministry-interior")
    assert service.get_incident(engine, incident.id.lower()) == incident


def test_a_monitor_set_field_is_kept_when_leads_are_added(engine: Engine, store: SQLiteLeadStore) -> None:
    first, second = _leads(store, make_lead("a", "s1", SYNDICATED),
                           make_lead("b", "s2", OTHER_STORY, types=("torture",), regions=("Tripoli",)))
    # Without a store the service opens the configured one (RASAD_DATA_DIR's) and closes it.
    incident = service.create_incident(engine, [first], "monitor-a", title="Detention of an activist")
    incident = service.set_fields(engine, incident.id, "monitor-a", district="Zawiya", event_date="2026-02-28")
    incident = service.add_leads(engine, incident.id, [second], "monitor-a", store=store)
    assert incident.title == "Detention of an activist"
    assert (incident.district, incident.event_date) == ("Zawiya", "2026-02-28")  # the monitor's, not derived
    assert set(incident.types) == {"arbitrary_detention", "torture"}  # still derived
    with pytest.raises(UserError, match="cannot set"):
        service.set_fields(engine, incident.id, "monitor-a", independent_sources=5)


def test_a_lead_belongs_to_one_incident_and_a_refusal_writes_nothing(engine: Engine, store: SQLiteLeadStore) -> None:
    first, second, third = _leads(store, make_lead("a", "s1", SYNDICATED), make_lead("b", "s2", OTHER_STORY),
                                  make_lead("c", "s3", OTHER_STORY))
    one = service.create_incident(engine, [first, second], "monitor-a", store=store)
    events_before = service.audit_events(engine)
    with pytest.raises(UserError, match=f"lead {second} is already in incident {one.id}"):
        service.create_incident(engine, [third, second], "monitor-a", store=store)
    assert [i.id for i in service.list_incidents(engine)] == [one.id]  # no half-made incident
    assert service.incident_of_lead(engine, third) is None
    other = service.create_incident(engine, [third], "monitor-a", store=store)
    with pytest.raises(UserError, match="already in incident"):
        service.add_leads(engine, other.id, [first], "monitor-a", store=store)
    assert service.get_incident(engine, other.id).lead_ids == (third,)
    assert len(service.audit_events(engine)) == len(events_before) + 1  # only the second create


def test_unknown_ids_are_clear_errors(engine: Engine, store: SQLiteLeadStore) -> None:
    (lead,) = _leads(store, make_lead("a", "s1", SYNDICATED))
    with pytest.raises(UserError, match="no lead starts with 'feedface'"):
        service.create_incident(engine, [lead, "feedface"], "monitor-a", store=store)
    assert service.list_incidents(engine) == []
    for call in (lambda: service.get_incident(engine, "I-00000000"),
                 lambda: service.add_leads(engine, "I-00000000", [lead], "m", store=store),
                 lambda: service.verify(engine, "I-00000000", "m")):
        with pytest.raises(UserError, match="no incident 'I-00000000'"):
            call()
    with pytest.raises(UserError, match="at least one lead"):
        service.create_incident(engine, [], "monitor-a", store=store)


def test_status_grade_and_listing(engine: Engine, store: SQLiteLeadStore) -> None:
    march, april = _leads(store, make_lead("a", "s1", SYNDICATED),
                          make_lead("b", "s2", OTHER_STORY, published_at="2026-04-10T10:00:00+00:00",
                                    types=("killing",), regions=("Tripoli",)))
    first = service.create_incident(engine, [march], "monitor-a", store=store)
    second = service.create_incident(engine, [april], "monitor-a", store=store)
    assert service.grade(engine, first.id, "monitor-b", "confirmed").grade == "confirmed"
    verified = service.verify(engine, first.id, "monitor-b")
    assert verified.status == "verified"
    assert service.set_status(engine, first.id, "monitor-b", "referred").status == "referred"
    with pytest.raises(UserError, match="is open: it can move to verified, closed, not referred"):
        service.set_status(engine, second.id, "monitor-b", "referred")
    with pytest.raises(UserError, match="unknown grade"):
        service.grade(engine, second.id, "monitor-b", "very-sure")
    assert [i.id for i in service.list_incidents(engine)] == [second.id, first.id]  # newest event first
    assert [i.id for i in service.list_incidents(engine, status="referred")] == [first.id]
    assert [i.id for i in service.list_incidents(engine, event_from="2026-04-01")] == [second.id]
    assert [i.id for i in service.list_incidents(engine, event_to="2026-03-31")] == [first.id]
    assert [i.id for i in service.list_incidents(engine, incident_type="killing")] == [second.id]
    service.set_fields(engine, second.id, "monitor-b", event_date="2026-04")  # known to the month only
    assert [i.id for i in service.list_incidents(engine, event_from="2026-04-20")] == [second.id]
    assert [i.id for i in service.list_incidents(engine, event_to="2026-04-01")] == [second.id, first.id]
    assert service.list_incidents(engine, event_from="2026-05-01") == []
    assert [i.id for i in service.list_incidents(engine, district="Zawiya")] == [first.id]
    changes = [(e.action, e.details) for e in service.audit_events(engine, [first.id])][1:]
    assert changes == [
        ("incident.grade", {"grade": {"before": None, "after": "confirmed"}}),
        ("incident.status", {"status": {"before": "open", "after": "verified"}}),
        ("incident.status", {"status": {"before": "verified", "after": "referred"}}),
    ]


def test_proposals_group_one_story_or_one_place_day_and_type_across_outlets(engine: Engine,
                                                                            store: SQLiteLeadStore) -> None:
    same_event = _leads(store, make_lead("a", "s1", SYNDICATED), make_lead("b", "s2", OTHER_STORY))
    one_outlet = _leads(store, make_lead("c", "s3", OTHER_STORY, places=("ly-sabha",), regions=("Sabha",)),
                        make_lead("d", "s3", SYNDICATED, places=("ly-sabha",), regions=("Sabha",)))
    other_day = _leads(store, make_lead("e", "s4", OTHER_STORY, published_at="2026-05-01T00:00:00+00:00"))
    proposals = service.propose_groups(store, engine)
    assert [(set(p.lead_ids), p.reason) for p in proposals] == [(set(same_event), "same place, date and type")]
    assert not set(one_outlet + other_day) & set(proposals[0].lead_ids)
    service.create_incident(engine, list(proposals[0].lead_ids), "monitor-a", store=store)
    assert service.propose_groups(store, engine) == []  # grouped leads are not proposed again


def test_story_clusters_and_copies_are_credited_to_the_first_outlet() -> None:
    """A rewritten copy in the same story cluster (pipelines' dedup) credits the outlet it copies."""
    first = make_lead("a", "s1", SYNDICATED, cluster_id="story-1", published_at="2026-03-01T08:00:00+00:00")
    rewritten = make_lead("b", "s2", OTHER_STORY, cluster_id="story-1", published_at="2026-03-01T09:00:00+00:00")
    own = make_lead("c", "s3", "شهود عيان في سوق المدينة القديمة رأوا سيارات بلا لوحات تغادر الحي بعد منتصف "
                               "الليل بقليل، ولم تعلن أي جهة مسؤوليتها عن العملية حتى الآن")
    credited = service.credited_sources([service.source_item(lead) for lead in (first, rewritten, own)])
    assert credited == {first.id: "s1", rewritten.id: "s1", own.id: "s3"}
    # A lead gone from the lead store still counts by the source recorded when it was added.
    gone = service.SourceItem("gone", "s4", "2026-02-01")
    assert service.credited_sources([service.source_item(first), gone]) == {first.id: "s1", "gone": "s4"}


def test_leads_are_named_by_their_short_id(engine: Engine, store: SQLiteLeadStore) -> None:
    (lead_id,) = _leads(store, make_lead("short", "alwasat", OTHER_STORY))
    incident = service.create_incident(engine, [lead_id[:8]], "monitor-a", store=store)
    assert incident.lead_ids == (lead_id,)
