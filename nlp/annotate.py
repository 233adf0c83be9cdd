"""Annotate one text: places, actors, incident candidates with evidence, dates and counts.

Steps: normalise once (offsets kept) -> sentences -> gazetteer places (disambiguated:
organisation names and titles that contain a place, weak names, namesakes abroad) -> actors
-> incident candidates per sentence (nlp.incidents) -> event date and event location from
the evidence sentence -> in-Libya decision. Each candidate carries the sentence that
triggered it, so monitors see why a lead exists.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from nlp.actors import ActorMatch, find_actors
from nlp.dates import EventDate, find_date, parse_published
from nlp.gazetteer import Match, load_gazetteer
from nlp.incidents import Candidate, sentence_candidates
from nlp.lexicon import Tokens
from nlp.normalize import clitic_variants
from rasad.records import Actor, Annotation, Evidence, Incident, Place

MAX_CHARS = 200_000  # longer texts are annotated on their first MAX_CHARS characters (recorded)
TIME_BUDGET_S = 2.0  # per document; incident search stops at the budget (recorded as truncated)

_SENTENCE_END = re.compile(r"[.!?؟؛\n]+|\s[-–—]\s")
# A place right after one of these is part of a name or a title, not a location.
_NOT_PLACE_AFTER = {
    "بلديه", "معتمد", "معتمديه", "والي", "ولايه", "اهلي", "نادي", "فريق", "منتخب", "اتحاد", "اتفاق", "جامعه", "قناه",
    "اذاعه", "صحيفه", "جريده", "مهرجان", "حكومه", "مؤتمر", "اعلان", "بيان", "ملتقي", "عمليه", "غرفه", "مجلس",
    "عميد", "رئيس", "وزير", "شركه", "مصرف", "بنك", "مجموعه", "حزب", "حركه", "مستشفي", "كليه", "معهد", "سفير", "سفاره",
    "قنصل", "قنصليه", "club", "team", "university", "agreement", "municipality", "mayor", "embassy", "council",
}
_NOT_PLACE_BEFORE = {"نادي", "club", "fc", "sc"}
# A weak (ordinary-word) name counts as a place only after one of these.
_LOCATIVE = {"حي", "منطقه", "مدينه", "بلده", "قريه", "ضاحيه", "شارع", "طريق", "منطقة", "سجن", "معبر", "منفذ", "ميناء",
             "district", "town", "village", "area", "city", "neighbourhood", "neighborhood"}
_PRECISION_RANK = {"facility": 0, "neighbourhood": 1, "hamlet": 2, "village": 2, "town": 3, "city": 4,
                   "district": 5, "region": 6, "border": 7, "area": 8, "country": 9}


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


def _sentences(text: str, tokens: Tokens) -> list[_Sentence]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    offsets = tokens.normalized.offsets
    out: list[_Sentence] = []
    index = 0
    items = tokens.items
    for s_start, s_end in spans:
        first = index
        while index < len(items) and offsets[items[index].start] < s_end:
            index += 1
        out.append(_Sentence(s_start, s_end, first, index))
    return out


def _words(tokens: Tokens) -> list[str]:
    return [t.text for t in tokens.items]


def _keep_place(match: Match, words: list[str], actor_tokens: set[int]) -> bool:
    """Drop places inside organisation names/titles and weak names without a locative cue."""
    if match.first_token in actor_tokens:
        return False
    before = words[match.first_token - 1] if match.first_token > 0 else ""
    after = words[match.last_token + 1] if match.last_token + 1 < len(words) else ""
    if any(form in _NOT_PLACE_AFTER for form in clitic_variants(before)) or after in _NOT_PLACE_BEFORE:
        return False
    if match.entry.get("weak"):
        return any(form in _LOCATIVE for form in clitic_variants(before))
    return True


def _resolve(match: Match, sentence_words: set[str], doc_countries: set[str]) -> dict:
    """Pick among namesakes: an abroad reading wins when its cues are in the sentence or its country
    is named in the document and Libya is not."""
    for entry in match.entries[1:]:
        cues = {c for cue in entry.get("cues", ()) for c in cue.split()}
        if cues & sentence_words or (entry.get("country") in doc_countries and "LY" not in doc_countries):
            return entry
    return match.entry


def _places(text: str, tokens: Tokens, sentences: list[_Sentence], actor_tokens: set[int]) -> list[Place]:
    gazetteer = load_gazetteer()
    words = _words(tokens)
    matches = [m for m in gazetteer.find_tokens(text, tokens) if _keep_place(m, words, actor_tokens)]
    doc_countries = {m.entry.get("country") for m in matches if m.entry.get("precision") == "country"}
    sentence_of = {}
    for s_index, sentence in enumerate(sentences):
        for t in range(sentence.first_token, sentence.last_token):
            sentence_of[t] = s_index
    places = []
    for match in matches:
        sentence = sentences[sentence_of.get(match.first_token, 0)] if sentences else None
        sentence_words = set()
        if sentence is not None:
            for w in words[sentence.first_token : sentence.last_token]:
                sentence_words.update(clitic_variants(w))
        entry = _resolve(match, sentence_words, doc_countries)
        places.append(Place(
            name=match.text, id=entry["id"], lat=entry.get("lat"), lon=entry.get("lon"),
            start=match.start, end=match.end, admin_region=entry.get("region"), precision=entry.get("precision"),
            in_libya=entry.get("country") == "LY",
        ))
    return places


def _event_location(places: list[Place], evidence: list[tuple[int, int]]) -> str | None:
    """The most specific place inside the first evidence sentence that has one."""
    for start, end in evidence:
        inside = [p for p in places if start <= p.start < end]
        if inside:
            return min(inside, key=lambda p: (_PRECISION_RANK.get(p.precision or "", 5), p.start)).id
    return None


def _in_libya(places: list[Place], event_place: str | None, lead_end: int) -> bool:
    """Libya when the event location is Libyan; else when Libyan places dominate, the lead counting double."""
    if event_place is not None:
        return next(p.in_libya for p in places if p.id == event_place)
    score = 0.0
    for place in places:
        weight = 2.0 if place.start < lead_end else 1.0
        if place.precision == "country" or place.precision == "area":
            weight *= 0.6
        score += weight if place.in_libya else -weight
    return score > 0


def annotate(text: str, language: str | None = None, published_at: str | None = None) -> Annotation:
    """All annotations of one document; never raises on odd input (empty, huge, any script)."""
    started = time.monotonic()
    truncated = len(text) > MAX_CHARS
    body = text[:MAX_CHARS] if truncated else text
    tokens = Tokens.of(body)
    sentences = _sentences(body, tokens)
    actors = find_actors(body, tokens)
    actor_tokens = {t for a in actors for t in range(a.first_token, a.last_token + 1)}
    places = _places(body, tokens, sentences, actor_tokens)
    published = parse_published(published_at)
    lang = language or ("en" if body and not re.search(r"[\u0600-\u06FF]", body) else "ar")

    found: list[tuple[Candidate, _Sentence]] = []
    out_of_time = False
    for sentence in sentences:
        if time.monotonic() - started > TIME_BUDGET_S:
            out_of_time = True
            break
        for candidate in sentence_candidates(list(tokens.items[sentence.first_token : sentence.last_token])):
            found.append((candidate, sentence))

    evidence_spans = [(s.start, s.end) for _, s in found]
    event_place = _event_location(places, evidence_spans)
    if event_place is None and places and found:
        event_place = _event_location(places, [(s.start, s.end) for s in sentences[:2]])
    places = [Place(**{**p.to_dict(), "event_location": p.id == event_place}) for p in places]
    lead_end = sentences[1].end if len(sentences) > 1 else len(body)
    in_libya = _in_libya(places, event_place, lead_end)

    incidents: dict[str, Incident] = {}
    date_cache: dict[int, EventDate | None] = {}
    for candidate, sentence in found:
        if candidate.type in incidents and incidents[candidate.type].confidence >= candidate.confidence:
            continue
        if sentence.start not in date_cache:
            date_cache[sentence.start] = find_date(body[sentence.start : sentence.end], published, lang)
        event_date = date_cache[sentence.start] or _first_date(body, sentences, published, lang)
        evidence = Evidence(body[sentence.start : sentence.end].strip(), sentence.start, sentence.end,
                            trigger=candidate.trigger)
        incidents[candidate.type] = Incident(
            type=candidate.type, confidence=candidate.confidence, evidence=evidence,
            event_date=event_date.value if event_date else None,
            date_precision=event_date.precision if event_date else None,
            killed=candidate.killed, injured=candidate.injured, detained=candidate.detained,
            victim_categories=tuple(sorted(candidate.victims)),
        )
    return Annotation(
        places=tuple(places), actors=tuple(_actor_record(a) for a in actors), incidents=tuple(incidents.values()),
        in_libya=in_libya, truncated=truncated or out_of_time, language=lang,
    )


def _first_date(body: str, sentences: list[_Sentence], published, lang: str | None) -> EventDate | None:  # type: ignore[no-untyped-def]
    for sentence in sentences[:3]:
        found = find_date(body[sentence.start : sentence.end], published, lang)
        if found:
            return found
    return None


def _actor_record(match: ActorMatch) -> Actor:
    return Actor(name=match.name, id=match.id, type=match.type, start=match.start, end=match.end)
