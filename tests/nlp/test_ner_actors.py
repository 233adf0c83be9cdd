"""NER organisation candidates in `annotate`: bodies the registry and the head-word rules miss."""

from __future__ import annotations

import json

from nlp.annotate import annotate
from nlp.jsonl import output_record
from nlp.ner_actors import ner_actor_candidates, sentences_near

COMPANIES = "اتهمت مايكروسوفت وشركة نوكيا بتوريد معدات استخدمت في تعذيب معتقلين في سجن معيتيقة."


def test_unlisted_organisations_near_an_incident_are_typed_candidates_without_registry_id(monkeypatch):
    monkeypatch.setenv("RASAD_NER_ACTORS", "1")
    annotation = annotate(COMPANIES, "ar")
    assert [i.type for i in annotation.incidents] == ["torture"]
    record = output_record("x", annotation, "ar", False)
    candidates = [a for a in record["actors"] if a["type"] == "organisation"]
    assert {a["name"] for a in candidates} == {"مايكروسوفت", "نوكيا"}
    assert all(a["id"] is None for a in candidates)
    for actor in candidates:
        assert COMPANIES[actor["start"] : actor["end"]] == actor["name"]
    json.dumps(record, ensure_ascii=False)  # the --jsonl record stays serialisable


def test_off_by_default(monkeypatch):
    monkeypatch.delenv("RASAD_NER_ACTORS", raising=False)
    assert not [a for a in annotate(COMPANIES, "ar").actors if a.type == "organisation"]


def test_no_candidates_without_an_incident_or_in_english(monkeypatch):
    monkeypatch.setenv("RASAD_NER_ACTORS", "1")
    calm = "وقعت مايكروسوفت وشركة نوكيا اتفاقا لتوريد معدات إلى مستشفى طرابلس."
    assert not [a for a in annotate(calm, "ar").actors if a.type == "organisation"]
    english = "Egyptian workers who had been kidnapped near Ajdabiya were released after their families paid a ransom."
    assert not [a for a in annotate(english, "en").actors if a.type == "organisation"]


def test_rule_found_actors_and_places_are_not_repeated():
    text = "اعتقلت قوة الردع ناشطا في طرابلس."
    taken = [
        (text.index("قوة الردع"), text.index("قوة الردع") + len("قوة الردع")),
        (text.index("طرابلس"), text.index("طرابلس") + len("طرابلس")),
    ]
    found = ner_actor_candidates(text, [(0, len(text))], taken)
    assert all(not (a.start < end and start < a.end) for a in found for start, end in taken)


def test_outlets_cited_as_sources_are_not_actors():
    text = "وقال مصدر أمني لرويترز إن مسلحين قتلوا شخصين، وذكرت قناة الجزيرة أن الهجوم وقع ليلا."
    names = {a.name for a in ner_actor_candidates(text, [(0, len(text))], [])}
    assert not names & {"رويترز", "لرويترز", "الجزيرة"}


def test_sentences_near_evidence():
    assert sentences_near([0, 4], 6) == [0, 1, 3, 4, 5]
    assert sentences_near([], 3) == []
