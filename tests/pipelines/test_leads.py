"""Leads carry every machine field the NLP stage produces: counts, event date, victims, story cluster."""

from __future__ import annotations

import yaml

from nlp.annotate import annotate
from nlp.incident_records import DATA_DIR
from pipelines.leads import build_lead
from rasad.records import Annotation, Document, Evidence, Incident
from rasad.store.base import VICTIM_SINGULAR


def _document(text: str, cluster_id: str | None = "story-7") -> Document:
    return Document(capture_sha256="a" * 64, url="https://ex.ly/news/1", title="", text=text, language="ar",
                    language_confidence=0.99, published_at="2026-11-05", fetched_at="2026-11-05T02:00:00Z",
                    source_id="ex", cluster_id=cluster_id)


def test_counts_date_victims_and_cluster_reach_the_lead() -> None:
    text = "قُتل ثلاثة أطفال وأصيب خمسة مدنيين في قصف على حي سكني في طرابلس يوم 3 نوفمبر 2026."
    lead = build_lead(_document(text), annotate(text, "ar", "2026-11-05"))
    assert lead is not None
    assert (lead.killed, lead.injured, lead.detained) == (3, 5, None)
    assert (lead.event_date, lead.event_date_precision) == ("2026-11-03", "day")
    assert lead.victim_categories == ("children",)
    assert lead.cluster_id == "story-7"


def test_a_bare_plural_gives_no_count() -> None:
    text = "قتل مدنيون في قصف على طرابلس."
    lead = build_lead(_document(text, cluster_id=None), annotate(text, "ar", "2026-11-05"))
    assert lead is not None and lead.incident_types == ("killing",)
    assert (lead.killed, lead.injured, lead.detained, lead.cluster_id) == (None, None, None, None)


def test_main_event_counts_win_and_detained_is_the_largest() -> None:
    def incident(kind: str, confidence: float, **counts: int) -> Incident:
        return Incident(kind, confidence, Evidence("جملة", 0, 4), **counts)  # type: ignore[arg-type]

    annotation = Annotation(incidents=(incident("killing", 0.6, killed=4), incident("arbitrary_detention", 0.9,
                                       detained=2), incident("abduction", 0.7, detained=6, injured=1)), killed=7)
    assert annotation.casualties() == (7, 1, 6)


def test_victim_filter_aliases_name_the_categories_annotate_emits() -> None:
    lexicon = yaml.safe_load((DATA_DIR / "incident_lexicon.yaml").read_text(encoding="utf-8"))
    assert set(VICTIM_SINGULAR.values()) == set(lexicon["victims"])
