"""Where the main event happened, and whether a document is Libyan (the dev labelling rule for in_libya).

The event location is the place where the harm happened: the most specific place of the first evidence
sentence that is no origin, border line or speaker's seat (nlp.place_roles), else the country of a national
force acting there («قوات فجر ليبيا»), a sea narrowed to the coast the text names. The in-Libya decision scores
each country's places by weight and role, its cue words (nlp.countries) and the event location; Libya must
beat every other single country.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from nlp.actors import FORCE_TYPES, ActorMatch
from nlp.countries import adjective_country
from nlp.normalize import has_arabic_letters, normalize
from rasad.records import Place

MIN_LIBYA_SCORE = 0.8  # one «الليبي» alone (a club in «الدوري الليبي» abroad) is not enough
EVENT_WEIGHT = 3.0
DATELINE_FACTOR = 0.5  # cancels the lead's doubling: a wire's dateline weighs as a place named once in the body
TOWN_PRECISIONS = frozenset({"city", "town", "village", "hamlet", "neighbourhood"})  # a place people live in
_LIVED_OR_TAKEN = TOWN_PRECISIONS | {"facility"}  # or a hospital or prison the harmed were taken to or held in
PRECISION_RANK = {"facility": 0, "neighbourhood": 1, "hamlet": 2, "village": 2, "town": 3, "city": 4,
                  "district": 5, "region": 6, "border": 7, "area": 8, "country": 9, "agent": 10}
# Forces act on their own country's soil: a Libyan armed group holding sailors, a Tunisian army unit firing on
# a car «قادمة من التراب الليبي». Registry actors of the force types whose id starts with a country code.


@dataclass(unsafe_hash=True)  # (not frozen: its __init__ is three times faster; hashed by its fields as before; speed pass 9)
class Located:
    """A place with its country and how much it says about where the event happened."""

    place: Place
    country: str | None
    factor: float  # weight by precision and role (an origin or a border counts little)
    offshore: bool = False  # «قبالة زوارة», «سواحل ليبيا»: where a sea event happened
    speaker: bool = False  # «أكد رئيس نقابة البحارة بصفاقس أن ...»: where the speaker is (it still tells the topic)
    border: bool = False  # «على الحدود الليبية», «الحدود مع ليبيا»: a border line, on no side of it
    harm_site: bool = False  # right after a harm word: «عمال مختطفين في ليبيا», «قتل بمدينة سرت»
    owner: bool = False  # "Libya's Presidential Council condemned ...": whose body speaks (English pass 24)
    filed: bool = False  # "ROME (Reuters) -": a wire's dateline abroad, where the story was filed (English pass 55)


def agent_locations(actors: list[ActorMatch]) -> list[Located]:
    """Where each national force in the text implies the event is (its country; no coordinates)."""
    out = []
    for actor in actors:
        code = actor.id.split("-", 1)[0]
        if actor.type in FORCE_TYPES and len(code) == 2 and "-" in actor.id:
            place = Place(name=actor.name, id=f"agent-{actor.id}", lat=None, lon=None, start=actor.start, end=actor.end,
                          precision="agent", in_libya=code == "ly")
            out.append(Located(place, code.upper(), 1.0))
    return out


# Words that may stand between a harm word and the place it happened in («المختطف في ليبيا», «قتل بمدينة سرت»).
_LOCATIVE_REACH = 16  # characters from the harm word to the place («المختطف في مدينة ليبيا» fits)
# an object pronoun between the harm and its place: "guards beat them in Zawiya", "shot him in Sabha" (English pass 18)
_LOCATIVE = {"في", "ب", "داخل", "مدينه", "بمدينه", "منطقه", "بمنطقه", "قرب", "بالقرب", "in", "at", "near", "the",
             "them", "him", "her"}


# the harm's means written right after the harm word, before its place («ليبيين أصيبا بانفجار في العجيلات», «قتل
# بقذيفة في ترهونة»): the place is still where the harm was, though a Tunisian hospital treating them is named first
# (Arabic pass 76); one means word only, with «في / ب»-type words after it
_MEANS = frozenset(normalize(w) for w in (
    "بانفجار", "برصاص", "برصاصة", "بقذيفة", "بقذائف", "بقصف", "بشظايا", "بشظية", "بغارة", "بطلق", "بلغم", "بعبوة"))


def harm_site(located: list[Located], text: str, harm_ends: list[int]) -> Located | None:
    """The place right after a harm word, with only locative words between («تونسيين مختطفين في ليبيا», «قتل
    اليوم بمدينة سرت» is not: a date stands between): where the harm happened, whatever else the text names
    (the families' protest in Tataouine, the home town in the title)."""
    starts = [loc.place.start for loc in located]  # located is in text order
    for end in sorted(harm_ends):
        for loc in located[bisect_left(starts, end) : bisect_right(starts, end + _LOCATIVE_REACH)]:
            if loc.country in (None, "XX") or not _where_harm_happened(loc):
                continue
            if "\n" in text[end : loc.place.start]:
                continue  # "..., three hurt\nCAIRO (Reuters) -": the headline's last word, then the body's dateline
            between = normalize(text[end : loc.place.start]).split()
            if len(between) <= 2 and all(word in _LOCATIVE for word in between):
                return replace(loc, harm_site=True)
            if 2 <= len(between) <= 3 and between[0] in _MEANS and all(word in _LOCATIVE for word in between[1:]):
                return replace(loc, harm_site=True)  # «أصيبا بانفجار في العجيلات» (Arabic pass 76)
            if _english_toll_between(between):
                return replace(loc, harm_site=True)
    return _english_place_before_harm(located, text, harm_ends) or _held_site(located, text, harm_ends)


# «تعرضهم للتعذيب في مخازن المهربين بليبيا», «للضرب داخل مستودع يديره مهربون في مدينة صبراتة»: the harm told where
# the victims were held, a store, a prison or a farm with its owner, then its town (Arabic pass 130)
_HELD_IN = frozenset(normalize(w) for w in (
    "مخازن", "مخزن", "مستودع", "مستودعات", "سجن", "سجون", "مراكز", "مركز", "حوش", "أحواش", "مزرعة", "مزارع"))
_HELD_REACH = 48  # characters from the harm word: «في مخازن يديرها مهربون في مدينة »
_HELD_WORDS = 6  # «في», the site, two owner words, «في مدينة»


def _held_site(located: list[Located], text: str, harm_ends: list[int]) -> Located | None:
    """Arabic: the place after «في / داخل + a site where people are held (+ up to two words of its owner) + a locative
    word» right after a harm word: where the harm happened, however often the port the survivors reached is named
    (migrants landed in Zarzis who tell of torture in smugglers' stores in Libya; the guide: abuse in Libya told
    abroad is in Libya)."""
    if not harm_ends or not any(w in text for w in ("مخاز", "مخزن", "مستودع", "سجن", "سجون", "مركز", "مراكز", "حوش",
                                                     "احواش", "أحواش", "مزرع", "مزارع")):
        return None
    starts = [loc.place.start for loc in located]
    for end in sorted(harm_ends):
        for loc in located[bisect_left(starts, end) : bisect_right(starts, end + _HELD_REACH)]:
            if loc.country in (None, "XX") or not _where_harm_happened(loc) or "\n" in text[end : loc.place.start]:
                continue
            between = normalize(text[end : loc.place.start]).split()
            if 3 <= len(between) <= _HELD_WORDS and between[0] in ("في", "داخل") and between[1] in _HELD_IN and (
                    between[-1] in _LOCATIVE) and not any("،" in w or "." in w for w in between):
                return replace(loc, harm_site=True)
    return None


# "gunmen attacked villages around Kutum in North Darfur, killing at least 27": the participle that tells the harm
# hangs on the clause before it, whose place ends right before its comma (English pass 27)
_EN_HARM_PARTICIPLES = ("killing", "wounding", "injuring")


def _english_place_before_harm(located: list[Located], text: str, harm_ends: list[int]) -> Located | None:
    """English: the place right before ", killing / wounding / injuring" where that word is a harm found: where the
    harm happened, however often the town the survivors reached is named ("More than 3,000 have arrived in Kufra after
    fighters attacked villages in North Darfur, killing 27")."""
    ends = set(harm_ends)
    for loc in located:
        end = loc.place.end
        if text[end : end + 1] not in (",", " ") or loc.country in (None, "XX") or not _where_harm_happened(loc):
            continue
        # "attacked their village near El Fasher last month, killing eleven": a time between the place and the comma
        # (English pass 44)
        comma = _EN_TIME_THEN_COMMA.match(text, end)
        if comma is None:
            continue
        word = next((w for w in _EN_HARM_PARTICIPLES if text.startswith(w, comma.end())), None)
        if word is not None and comma.end() + len(word) in ends:
            return replace(loc, harm_site=True)
    return None


_EN_TIME_THEN_COMMA = re.compile(r"(?: (?:last|this|on|in|early|late) [A-Za-z]+)?, ")


# «في الجانب الليبي من معبر راس جدير», «بالجانب التونسي من المعبر»: the text says on which side of a crossing the harm
# was (Arabic pass 60: travellers beaten by Libyan agents on the Libyan side, told from Ben Guerdane)
_SIDE_BEFORE = re.compile(r"الجانب (\S+) من\s*$")
_SIDE_REACH = 24  # characters before the place: «الجانب الليبي من »
# "wounded ... near Dhehiba, on the Tunisian side of the Wazin crossing": the English telling (English pass 60);
# "found near Al-Assah on the Libyan side of the border with Tunisia": the side told before the border's other
# country names the side's own (English pass 69; "on the Tunisian side of the border with Libya" is Tunisia's)
_EN_SIDE_BEFORE = re.compile(r"\bon the ([A-Za-z]+) side of (?:the )?(?:(?:border|frontier) with )?$")
_EN_SIDE_REACH = 50  # characters before the place: "on the Egyptian side of the border with "


def side_named(located: list[Located], text: str, evidence: list[tuple[int, int]]) -> Located | None:
    """The first place of an evidence sentence told as one country's side («الجانب الليبي من معبر ...»), read in
    that country, as a harm site; else None."""
    for loc in located:
        if not _in_spans(loc, evidence):
            continue
        found = _SIDE_BEFORE.search(normalize(text[max(0, loc.place.start - _SIDE_REACH) : loc.place.start]))
        if found is None and text[loc.place.start : loc.place.start + 1].isascii():
            found = _EN_SIDE_BEFORE.search(text[max(0, loc.place.start - _EN_SIDE_REACH) : loc.place.start])
        code = adjective_country(found.group(1).lower()) if found else None
        if code is not None:
            return replace(loc, country=code, harm_site=True)
    return None


# "gunmen killed 9 in Chad desert", "killing five in Tarhuna": the toll between the harm word and its place
_EN_TOLL_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                            "dozens", "several", "many"})


def _english_toll_between(between: list[str]) -> bool:
    """English: a toll (a number, not a person word) then "in" / "near" / "at" right before the place: the harm's
    own place, as with nothing between (English pass 24); "killed 9 people in" is not read (people may be from it)."""
    return len(between) == 2 and between[0].isascii() and (between[0].isdigit() or between[0] in _EN_TOLL_WORDS) and (
        between[1] in ("in", "near", "at"))


def _in_spans(loc: Located, spans: list[tuple[int, int]]) -> bool:
    """Is the place mentioned inside one of these character spans (evidence sentences)?"""
    return any(start <= loc.place.start < end for start, end in spans)


def _where_harm_happened(loc: Located) -> bool:
    """Can this place be where the harm happened (not an origin, a border point or line)?"""
    return loc.factor >= 0.5 and not loc.border


def _rank(loc: Located) -> tuple[int, int, int]:
    """Where the harm happened, best first: a place that is neither an origin, a border nor the speaker's,
    then a force's country, then those, then a place of unknown country."""
    if loc.country is None:
        tier = 3
    elif loc.place.precision == "agent":
        tier = 1
    else:
        tier = 0 if _where_harm_happened(loc) and not loc.speaker else 2
    return tier, PRECISION_RANK.get(loc.place.precision or "", 5), loc.place.start


def event_location(located: list[Located], evidence: list[tuple[int, int]]) -> Located | None:
    """The most specific place of the first evidence sentence that says where the harm happened. A title that
    names only an origin («عائد من ليبيا») yields to a body sentence with a place; a national force in a sentence
    whose only places are origins says which side it happened on; a sea («البحر المتوسط») is narrowed to the
    coast the text names («قبالة سواحل ليبيا»). A coast a boat was off («قبالة السواحل الليبية») in any evidence
    sentence comes first (the boat's home port in the title is not where it was fired on), unless the evidence
    names a facility where the harm was (a detention centre the rescued migrants tell of)."""
    def told(loc: Located) -> bool:
        return _where_harm_happened(loc) and _in_spans(loc, evidence)

    at_sea = [loc for loc in located if loc.offshore and loc.country not in (None, "XX") and told(loc)]
    # «تعرض مركبي صيد من جرجيس لإطلاق نار قبالة السواحل الليبية»: the harm was at sea, off that coast; but not
    # when a facility is named («أنقذتهم قبالة سواحل جرجيس ... تعرضوا للتعذيب داخل مركز احتجاز بغريان»)
    if at_sea and not any(loc.place.precision == "facility" and told(loc) for loc in located):
        # the most specific coast named ("dead off Libya" then "sank off Zuwara": Zuwara; English pass 18), else the first
        return min(at_sea, key=lambda loc: (PRECISION_RANK.get(loc.place.precision or "", 5), loc.place.start))
    best: tuple[int, int, Located] | None = None
    for order, (start, end) in enumerate(evidence):
        inside = [loc for loc in located if start <= loc.place.start < end]
        if any(loc.place.precision != "agent" for loc in inside):  # a force alone («أنصار الشريعة») places nothing
            top = min(inside, key=_rank)
            if best is None or _rank(top)[0] < best[0]:
                best = (_rank(top)[0], order, top)
    if best is None:
        return None
    event = best[2]
    if event.country == "XX":
        return next((loc for loc in located if loc.offshore and loc.country not in (None, "XX")), event)
    return event


def _headline_country(located: list[Located], filed: Located) -> bool:
    """A place of the dateline's country above it (in the headline), not an origin or a destination."""
    return any(loc.country == filed.country and _where_harm_happened(loc) for loc in located
               if loc.place.start < filed.place.start)


def in_libya(located: list[Located], cues: dict[str, float], event: Located | None, lead_end: int,
             evidence: list[tuple[int, int]]) -> bool:
    """Is the main event in Libya, or is the text mainly about Libyan affairs (dev labelling rule)?

    Each country scores its places (weight by precision and role, double in the title/lead, x1.5 in an
    evidence sentence unless an origin or a border) and its nationality/institution cues; the event location
    adds 3 (an origin, a border point or line adds nothing: it is no evidence of where the harm happened). Libya must beat every other
    single country: a text naming Tunis, Algiers and Cairo about Libya is Libyan. A sea event off a coast is in
    that country's waters (labelling guide), however often the boat's home port is named; a place right after a
    harm word («مختطفين في ليبيا») likewise decides, however often the families' Tunisian town is named.
    """
    if event is not None and (event.offshore or event.harm_site) and event.country not in (None, "XX"):
        return event.country == "LY"
    score: dict[str, float] = dict(cues)
    for loc in located:
        if not loc.country or loc.country == "XX":
            continue
        weight = loc.factor * (2.0 if loc.place.start < lead_end else 1.0)
        if loc.filed and (event is None or event.country == "LY") and not _headline_country(located, loc):
            # "ROME (Reuters) - ... guards at a camp in Sabratha whipped them": where the story was filed is no part
            # of what the lead tells, and outvotes no harm the evidence places in Libya (English pass 55); beside a
            # harm placed elsewhere (at sea, abroad) or a headline about its country ("Italy's sea arrivals fall") it
            # still tells the story's country
            weight *= DATELINE_FACTOR
        if _where_harm_happened(loc) and not loc.owner and _in_spans(loc, evidence):
            weight *= 1.5  # not an origin or a border line in it: they say nothing of where the harm was; nor the
            # country owning a body that speaks ("Libya's Presidential Council condemned the killing ... in Sudan")
        score[loc.country] = score.get(loc.country, 0.0) + weight
    if event is not None and event.country and event.country != "XX" and _where_harm_happened(event):
        score[event.country] = score.get(event.country, 0.0) + EVENT_WEIGHT * event.factor
    libya = score.pop("LY", 0.0)
    if libya >= MIN_LIBYA_SCORE and libya > max(score.values(), default=0.0):
        return True
    # «أسرة الشاب خالد من العجيلات: انقطع الاتصال به منذ توقيفه»: a harm reported where the only place named is a
    # Libyan town a person is from (an origin, weighed little), and nothing of another country, is Libyan
    # (Arabic pass 68: also a Libyan facility the victims were taken to, «نقلت امرأة إلى مستشفى زليتن بعد إصابتها»)
    return bool(evidence) and libya > 0 and not any(v > 0 for v in score.values()) and any(
        loc.country == "LY" and loc.place.precision in _LIVED_OR_TAKEN and not loc.border and has_arabic_letters(loc.place.name)
        for loc in located)
