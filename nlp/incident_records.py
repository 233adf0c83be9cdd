"""The records incident analysis passes around, and the lexicon its triggers and cues come from.

Trigger, Candidate and SentenceResult, the strengths and type groups every incident rule module reads, and the
loading of nlp/data/incident_lexicon.yaml: apart from the rules so that each rule module can share them without
importing the sentence analysis (nlp/incidents.py) that calls it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from nlp.lexicon import PhraseLexicon, phrase_key
from nlp.morph import word_forms

DATA_DIR = Path(__file__).resolve().parent / "data"
THRESHOLD = 0.5
STRONG, WEAK = 0.75, 0.35
# Security-report wording for fighters killed («تحييد 3 عناصر», «القضاء على عنصرين إرهابيين»): read for the count
# and the victim status, never an incident by itself (no context bonus reaches the threshold from 0).
COUNT_ONLY = 0.0
DETENTION_WEAK = 0.2  # arrests are routine news; only qualified detention (تعسفي, دون تهمة ...) counts alone
HARM_TYPES = ("killing", "injury", "torture", "arbitrary_detention", "enforced_disappearance", "abduction",
              "sexual_violence")
CASUALTY_TYPES = ("killing", "injury")
BODILY_HARMS = (*CASUALTY_TYPES, "torture", "sexual_violence")  # the harm done to a person's body
# someone taken and held: the types a release ends and a later date does not make past
HELD_TYPES = frozenset({"arbitrary_detention", "abduction", "enforced_disappearance"})
PROPERTY = "attack_on_property_or_infrastructure"
# A charge («متهم بقتل», «من تهمة خطف») makes these the subject of a proceeding; a case («قضية مقتل») only the acts
# that are over (an abduction's case may still be open). Torture is left out: an inquiry into officers «متهمين
# بتعذيب مواطنين» reveals abuses (borderline incidents in the labelling guide).
CHARGED_ACTS = ("killing", "injury", "sexual_violence", "abduction", "enforced_disappearance", "trafficking")
# What an accident or disaster harms: the dead, the hurt, the missing in a flood («البحث عن 3 أطفال مفقودين»)
ACCIDENT_TYPES = ("killing", "injury", "other", "enforced_disappearance", PROPERTY)
PAST_ACTS = (*BODILY_HARMS, "other")  # a ruling on torture or a sinking is the trial's news
# What a release ends: the detention and the attack on the activist or journalist it was (an abduction stands), and
# the family's not knowing where he was held (Arabic pass 68: «أفرج ... عن الطالب ... وإن الأسرة لم تعلم مكان احتجازه
# طوال تلك المدة»: the whereabouts are known once he is free; the settled answer: a release is no incident)
RELEASE_ENDS = ("arbitrary_detention", "attack_on_civil_society", "enforced_disappearance")
SCOPE_WINDOW = 4  # tokens between a charge/case word and the act it names («بتهم القتل والإخفاء القسري»)


@dataclass(frozen=True)
class Trigger:
    type: str
    strength: float


@dataclass
class Candidate:
    type: str
    confidence: float
    trigger: str
    victims: set[str] = field(default_factory=set)
    categories: set[str] | None = None  # for reports (nlp/victims.py); None: a derived type, its `victims`
    killed: int | None = None
    injured: int | None = None
    detained: int | None = None
    last: int = -1  # the trigger's last token in its sentence (-1: a type derived from others)


@dataclass
class SentenceResult:
    """Candidates above the threshold, and the casualty counts of the sentence's surviving triggers
    (kept even when no candidate passes: the dev rules count fighters and accident victims too)."""

    candidates: list[Candidate]
    counts: dict[str, int]
    victim_status: str | None = None  # of the people a casualty trigger names; None when none survived
    context: frozenset[str] = frozenset()  # the context cues of a sentence with a trigger (for the document model)


@dataclass(frozen=True)
class Lexicons:
    triggers: PhraseLexicon[Trigger]
    victims: PhraseLexicon[str]
    civilians: PhraseLexicon[str]
    context: PhraseLexicon[str]
    qualifiers: PhraseLexicon[str]
    property_objects: PhraseLexicon[str]
    sources: PhraseLexicon[str]
    hors_de_combat: PhraseLexicon[str]
    programme: PhraseLexicon[str]
    idiom_objects: frozenset[str]
    body_heads: frozenset[str]
    negation_words: frozenset[str]
    victim_kinds: PhraseLexicon[str]  # kinship, age and role words: a victim's category, no incident decision


# «صيدلية» (a pharmacy, «صيدليه» once normalised) has «صيدلي» (a pharmacist, a victim word) among its forms: the shop is
# no person (Arabic counts pass 11)
_PHARMACIST = "صيدلي"
_PHARMACY = frozenset({"صيدليه", "صيدليت", "صيدليات"})
_PHARMACIST_FORMS = frozenset({"صيدلي", "الصيدلي", "لصيدلي", "بصيدلي", "والصيدلي"})


def _forms(token: str) -> frozenset[str]:
    forms = word_forms(token)
    if _PHARMACIST in forms and not _PHARMACY.isdisjoint(forms):
        return forms - _PHARMACIST_FORMS
    return forms


def _plain(words: Any, tag: str) -> PhraseLexicon[str]:
    return PhraseLexicon(((w, tag) for w in words or ()), forms=_forms, inner_forms=_forms)


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    data: dict[str, Any] = yaml.safe_load((DATA_DIR / "incident_lexicon.yaml").read_text(encoding="utf-8"))
    triggers = []
    for kind, levels in data["types"].items():
        for level, strength in (("strong", STRONG), ("weak", WEAK)):
            if kind == "arbitrary_detention" and level == "weak":
                strength = DETENTION_WEAK
            for words in (levels.get(level) or {}).values():
                triggers.extend((w, Trigger(kind, strength)) for w in words or ())
    # a category's list may close with {categories_only: [...]}: words for reports only (nlp/victims.py)
    victims = [(w, category) for category, words in data["victims"].items() for w in words if isinstance(w, str)]
    kinds = [(w, category) for category, words in data["victims"].items() for item in words if isinstance(item, dict)
             for w in item["categories_only"]]
    context = [(w, rule) for rule, words in data["context"].items() for w in words]
    return Lexicons(
        PhraseLexicon(triggers, forms=_forms, inner_forms=_forms),
        PhraseLexicon(victims, forms=_forms, inner_forms=_forms),
        _plain(data["civilians"], "civilian"),
        PhraseLexicon(context, forms=_forms, inner_forms=_forms),
        _plain(data.get("detention_qualifiers"), "qualifier"),
        _plain(data.get("property_objects"), "object"),
        _plain(data.get("source_cues"), "source"),
        _plain(data.get("hors_de_combat"), "hors_de_combat"),
        _plain(data.get("programme_cues"), "programme"),
        frozenset(k for w in data.get("idiom_objects", ()) for k in phrase_key(w)),
        frozenset(k for w in data.get("body_heads", ()) for k in phrase_key(w)),
        frozenset(k for w in data.get("negation_words", ()) for k in phrase_key(w)),
        PhraseLexicon(kinds, forms=_forms, inner_forms=_forms),
    )


@lru_cache(maxsize=1)
def stabbing_phrases() -> frozenset[tuple[str, ...]]:
    """The stabbing told by the victim's exposure (lexicon `ar_stabbing`: «تعرض للطعن», «تعرضت لطعنات»): beside a
    killing of the sentence, nlp/incidents.py reads them as the death's means (Arabic pass 96)."""
    data = yaml.safe_load((DATA_DIR / "incident_lexicon.yaml").read_text(encoding="utf-8"))
    return frozenset(phrase_key(p) for p in data["types"]["injury"]["strong"]["ar_stabbing"])


@lru_cache(maxsize=1)
def dialect_unknown_where() -> frozenset[tuple[str, ...]]:
    """The dialect's unknown-whereabouts phrases («وماعرفناش وينه»): beside gunmen who took him, the ransom rule of
    nlp/incidents.py reads them as an abduction's captive, not a disappearance."""
    data = yaml.safe_load((DATA_DIR / "incident_lexicon.yaml").read_text(encoding="utf-8"))
    return frozenset(phrase_key(p) for p in data["types"]["enforced_disappearance"]["strong"]["ar_dialect"])

