"""Incident candidates: trigger words per violation type, filtered and weighed by context rules.

Per sentence: find triggers (MSA, Libyan dialect or English, from nlp/data/incident_lexicon.yaml)
with affix-aware matching, then apply the rules that separate a reported event from talk about
one — denials, foiled plots and threats, general statements, fighters-only casualties, accidents,
routine arrests and seizures. What survives becomes a candidate with its evidence sentence,
a confidence, victim categories and killed/injured/detained counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from nlp.counts import parse_number
from nlp.lexicon import PhraseLexicon, Token
from nlp.morph import word_forms

DATA_DIR = Path(__file__).resolve().parent / "data"
THRESHOLD = 0.5
STRONG, WEAK = 0.75, 0.35
DETENTION_WEAK = 0.2  # arrests are routine news; only qualified detention (تعسفي, دون تهمة ...) counts alone
HARM_TYPES = ("killing", "injury", "torture", "arbitrary_detention", "enforced_disappearance", "abduction",
              "sexual_violence")

# Nouns that follow a number and say what was counted.
_KILLED_NOUNS = {"قتيل", "قتلي", "قتيلا", "قتيلين", "جثه", "جثث", "جثامين", "شهيد", "شهداء", "وفيات", "ضحايا", "ضحيه",
                 "dead", "killed", "bodies", "deaths", "fatalities"}
_INJURED_NOUNS = {"جريح", "جرحي", "جريحا", "جريحين", "مصاب", "مصابين", "مصابا", "اصابه", "اصابات", "injured", "wounded"}
_PERSON_NOUNS = {"اشخاص", "شخص", "شخصا", "شخصين", "مدنيين", "مدنيا", "مواطنين", "مواطنا", "مهاجرين", "مهاجرا", "اطفال",
                 "طفلا", "نساء", "افراد", "فردا", "رجال", "شبان", "عمال", "اخرين", "اخرون", "منهم", "people", "civilians",
                 "persons", "migrants", "children", "others", "women", "men"}
_SINGULAR_VICTIMS = {"شاب", "رجل", "امراه", "طفل", "طفله", "مواطن", "مواطنه", "شخص", "سائق", "صحفي", "مهاجر", "فتاه",
                     "طالب", "عسكري", "جندي", "عون", "شرطي", "امني", "مسن", "سيده", "راعي", "تاجر", "طبيب", "ناشط"}
_NOT_COUNTS_AFTER = {"سنوات", "سنه", "عاما", "اعوام", "ساعات", "ساعه", "دقائق", "دقيقه", "ايام", "يوما", "اشهر", "شهرا",
                     "كلم", "كيلومتر", "كيلومترات", "متر", "مترا", "دينار", "دولار", "يورو", "بالمائه", "بالمئه",
                     "years", "hours", "days", "km", "per", "percent"}


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
    killed: int | None = None
    injured: int | None = None
    detained: int | None = None


@dataclass(frozen=True)
class Lexicons:
    triggers: PhraseLexicon[Trigger]
    victims: PhraseLexicon[str]
    civilians: PhraseLexicon[str]
    context: PhraseLexicon[str]


def _forms(token: str) -> frozenset[str]:
    return word_forms(token)


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
    victims = [(w, category) for category, words in data["victims"].items() for w in words]
    context = [(w, rule) for rule, words in data["context"].items() for w in words]
    return Lexicons(
        PhraseLexicon(triggers, forms=_forms, inner_forms=_forms),
        PhraseLexicon(victims, forms=_forms, inner_forms=_forms),
        PhraseLexicon(((w, "civilian") for w in data["civilians"]), forms=_forms, inner_forms=_forms),
        PhraseLexicon(context, forms=_forms, inner_forms=_forms),
    )


def _counts(words: list[str], trigger_at: dict[int, str]) -> dict[str, int]:
    """killed / injured / detained numbers: a number next to a casualty noun or a trigger."""
    found: dict[str, int] = {}
    index = 0
    while index < len(words):
        parsed = parse_number(words, index)
        if parsed is None:
            index += 1
            continue
        value, used = parsed
        after = words[index + used : index + used + 3]
        if after and (after[0] in _NOT_COUNTS_AFTER or after[0] in _MONTH_WORDS) or not 0 < value < 10000:
            index += used
            continue
        kind = None
        for word in after[:2]:
            forms = word_forms(word)
            if forms & _KILLED_NOUNS:
                kind = "killing"
            elif forms & _INJURED_NOUNS:
                kind = "injury"
            if kind:
                break
        if kind is None:
            # «مقتل 3 أشخاص», «قتل ثلاثة مدنيين», «اختطاف 5 عمال»: the nearest trigger before the number.
            person_after = bool(after and (word_forms(after[0]) & _PERSON_NOUNS or after[0] in _SINGULAR_VICTIMS))
            for back in range(1, 5):
                kind_before = trigger_at.get(index - back)
                if kind_before and (back <= 2 or person_after):
                    kind = kind_before
                    break
        slot = {"killing": "killed", "injury": "injured", "arbitrary_detention": "detained",
                "abduction": "detained", "other": "killed"}.get(kind or "")
        if slot and slot not in found:
            found[slot] = value
        index += used
    # dual forms and single victims: «قتيلين» = 2, «مقتل شاب» = 1
    for index, word in enumerate(words):
        kind = trigger_at.get(index)
        if word in ("قتيلين", "جريحين") and ("killed" if word == "قتيلين" else "injured") not in found:
            found["killed" if word == "قتيلين" else "injured"] = 2
        if kind in ("killing", "injury") and index + 1 < len(words):
            slot = "killed" if kind == "killing" else "injured"
            if slot not in found and word_forms(words[index + 1]) & _SINGULAR_VICTIMS:
                found[slot] = 1
    return found


_MONTH_WORDS = {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
                "ديسمبر", "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت", "january", "february", "march",
                "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def sentence_candidates(tokens: list[Token]) -> list[Candidate]:
    """Candidates of one sentence (tokens already normalised); empty when context rules reject all."""
    lex = load_lexicons()
    words = [t.text for t in tokens]
    matches = lex.triggers.find(tokens)
    if not matches:
        return []
    context = {payload for m in lex.context.find(tokens) for payload in m.payloads}
    victims = {payload for m in lex.victims.find(tokens) for payload in m.payloads}
    civilians = bool(lex.civilians.find(tokens)) or bool(victims)
    by_type: dict[str, Candidate] = {}
    trigger_at: dict[int, str] = {}
    for match in matches:
        trigger_text = " ".join(words[match.first : match.last + 1])
        for trigger in match.payloads:
            trigger_at.setdefault(match.first, trigger.type)
            current = by_type.get(trigger.type)
            if current is None or trigger.strength > current.confidence:
                by_type[trigger.type] = Candidate(trigger.type, trigger.strength, trigger_text)
    if "negation" in context:
        return []
    counts = _counts(words, trigger_at)
    out = []
    for candidate in by_type.values():
        confidence = candidate.confidence
        if victims or civilians:
            confidence += 0.15
        if counts:
            confidence += 0.1
        if len(by_type) > 1:
            confidence += 0.05
        if "hypothetical" in context:
            confidence -= 0.3
        if "general" in context:
            confidence -= 0.45
        if "combatants" in context and not civilians and candidate.type in ("killing", "injury"):
            confidence -= 0.35
        if "accident" in context and candidate.type in ("killing", "injury", "other"):
            confidence -= 0.5
        if "routine" in context and candidate.type in ("arbitrary_detention", "trafficking"):
            confidence -= 0.4
        candidate.confidence = round(max(0.0, min(confidence, 0.99)), 3)
        candidate.victims = set(victims)
        candidate.killed = counts.get("killed") if candidate.type in ("killing", "other") else None
        candidate.injured = counts.get("injured") if candidate.type == "injury" else None
        candidate.detained = counts.get("detained") if candidate.type in ("arbitrary_detention", "abduction") else None
        out.append(candidate)
    kept = [c for c in out if c.confidence >= THRESHOLD]
    # Harm to journalists or activists is also an attack on civil society.
    if victims & {"journalists", "activists"} and any(c.type in HARM_TYPES for c in kept):
        if not any(c.type == "attack_on_civil_society" for c in kept):
            best = max(c.confidence for c in kept if c.type in HARM_TYPES)
            kept.append(Candidate("attack_on_civil_society", best, "victims: journalists/activists", set(victims)))
    # Migrants dying at sea are reported as "other" (plus trafficking when smugglers are named).
    if "migrants" in victims and any(c.type == "killing" for c in kept) and "غرق" in " ".join(words):
        if not any(c.type == "other" for c in kept):
            kept.append(Candidate("other", 0.7, "migrant deaths at sea", set(victims), killed=counts.get("killed")))
    return kept
