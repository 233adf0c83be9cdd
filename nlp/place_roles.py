"""What the words around a place mention say about its role in the story.

Tunisian radio reports name Libya mostly as where people or goods came from («تسلل من التراب الليبي»), as
the border itself («على الحدود الليبية»), as where a source or a speaker sits («مصدر أمني من بن قردان»,
«أكد رئيس النقابة بصفاقس أن») or as the coast a boat was off («قبالة سواحل زوارة»). nlp.annotate weighs
each place by its role, and nlp.event_place picks the event location from the roles. Words are the
normalised tokens of nlp.lexicon.Tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, pairwise

from nlp.counts_words import ARRIVED_PLURAL, DISTANCE_UNITS
from nlp.normalize import clitic_variants, normalize, word_cache


@dataclass(unsafe_hash=True)  # (not frozen: its __init__ is three times faster; hashed by its fields as before; speed pass 9)
class Role:
    origin: bool = False  # «تسلل من ليبيا», «نحو ليبيا», «أصيل رمادة», «من زوارة وأبو كماش»: not where it happened
    border: bool = False  # «على الحدود الليبية», «الحدود مع ليبيا»: a border line, on no side of it
    off: bool = False  # «قبالة زوارة», «سواحل ليبيا», «على بعد 30 ميلا من سواحل ليبيا»: where a sea event was
    speaker: bool = False  # «أكد رئيس نقابة البحارة بصفاقس أن ...»: where the speaker is (it still tells the topic)
    owner: bool = False  # "Libya's Presidential Council condemned": whose body speaks, no place of the harm
    seat: bool = False  # "Amnesty, in London, condemned": where a body speaks from (nlp.annotate reads it abroad only)


_EN_COMPASS = frozenset({"eastern", "western", "southern", "northern", "central", "southeastern", "southwestern",
                         "northeastern", "northwestern", "south-eastern", "south-western", "north-eastern", "north-western"})
_MOVEMENT_BEFORE = {"من", "نحو", "الي", "باتجاه", "صوب", "قادما", "قادمين", "from", "towards", "toward", "into",
                    # «ناجون وصلوا الكفرة يحكون»: «وصل» takes its place without «إلى», as «وصلوا إلى الكفرة» (places pass)
                    "وصلت", "يصلون", "وصول"} | ARRIVED_PLURAL
_OFFSHORE_BEFORE = {"قباله", "off"}
_COAST_HEADS = {"سواحل", "السواحل", "ساحل", "الساحل", "مياه", "المياه"}
# «غرق قارب قرب جزيرة لمبدوزا», «قبالة جزيرة كريت»: a boat near an island was at sea off it (Arabic pass 60; the twelfth
# session's answer: a boat that left Libya and sank off Lampedusa is not in Libya); not «وصلوا إلى جزيرة لمبدوزا»
_ISLAND_HEADS = {"جزيره", "الجزيره"}
# a plural or dual town head between a movement word and the towns («شبان من مدن الزاوية وصبراتة», «نقل الجثامين إلى
# مدينتي طرابلس وسبها»): the towns are where the people came from or went, as after the bare «من / إلى» (Arabic pass
# 76); not the singular «من مدينة X», often the one town of the story («سبعة شبان من مدينة ترهونة» held there)
_TOWN_HEADS = frozenset({"مدن", "مدينتي", "بلدتي", "بلدات", "قري"})
_TOWNS = frozenset({"city", "town", "hamlet"})  # not a region after the head («السفر إلى مدن الغرب الليبي»)
_NEAR = {"قرب", "بالقرب", "قباله"}
_BORDER_HEADS = {"الحدود", "حدود", "الحدودي", "الحدوديه", "الشريط"}
_EN_BORDER_HEADS = {"border", "borders", "frontier"}
_SOURCE_WORDS = {"مصدر", "مصادر", "مصدرا", "source", "sources"}
_DISTANCE_UNITS = DISTANCE_UNITS | {"كم", "miles"}  # the count rules' units, and the short «كم» (km) and "miles"
# «أكد رئيس النقابة بصفاقس أن»: a sentence opening with a reporting verb names its speaker before «أن».
REPORTING_VERBS = {"اكد", "اكدت", "افاد", "افادت", "اعلن", "اعلنت", "قال", "قالت", "ذكر", "ذكرت", "اوضح", "اوضحت",
                    "كشف", "كشفت", "صرح", "صرحت", "اشار", "اشارت", "افيد"}
# «أن», «بأن»: a clause with its own subject opens after them (a speaker's reported words; a subject's own verbs)
THAT_WORDS = frozenset({"ان", "بان"})
_VERB_WITHIN = 2  # the verb is among the sentence's first words («وأكد», «كما أكد»)
# «إرهابي أصيل معتمدية رمادة من ولاية تطاوين», «ابن مدينة الزاوية»: where a person comes from.
_ORIGIN_WORDS = {"اصيل", "اصيله", "اصيلي", "اصيلو", "اصيلات", "مواليد", "ينحدر", "تنحدر", "المنحدر", "native"}
_ORIGIN_WINDOW = 5
# A place name as written, normalised (``role`` asks it of every place mention; the same names recur): cached per name
_normalized_name = word_cache(4096)(normalize)


def role(words: list[str], first: int, name: str, precision: str | None, sentence: tuple[int, int],
         origin_until: int) -> Role:
    """The role of the place mention starting at token ``first`` (``name`` as written) in the sentence spanning
    tokens ``sentence`` (first, last exclusive); ``origin_until`` is the last token of the latest origin before it."""
    if first > 0 and words[first - 1] in _EN_COMPASS and name[:1].isascii():
        # "crossed from bases in southern Libya", "their boat, which left eastern Libya": the compass word is part of the
        # place's phrase; the words before it tell the role (the gazetteer names the country alone: "eastern Libya" is
        # labelled "Libya", as «شرق ليبيا» is «ليبيا»; places pass, twenty-first session)
        first, name = first - 1, f"{words[first - 1]} {name}"
    before = words[first - 1] if first > 0 else ""
    # «قبالة سواحل زوارة», «من سواحل زوارة»: the coast word stands between the place and what says its role
    coast = first > 0 and not _COAST_HEADS.isdisjoint(clitic_variants(before))
    anchor = first - 1 if coast else first
    if coast:
        before = words[anchor - 1] if anchor > 0 else ""
    elif first >= 2 and before in _TOWN_HEADS and words[first - 2] in _MOVEMENT_BEFORE and precision in _TOWNS:
        anchor, before = first - 1, words[first - 2]  # «من مدن غريان وترهونة», «إلى مدينتي البيضاء وشحات» (pass 76)
    distance = _distance_from(words, anchor)
    moving = before in _MOVEMENT_BEFORE and not _source_from(words, anchor) and not distance
    # «من زوارة وأبو كماش»; "had left Tobruk in eastern Libya", "migrants from Eritrea and Somalia": the origin's own
    # region or country after "in", or a second origin after "and" (English pass 18) is an origin too
    conjunct = (first == origin_until + 1 and _with_conjunction(words[first], name)) or (
        first == origin_until + 2 and words[first - 1] in ("in", "and"))
    head = _normalized_name(name).split()[:1]
    border = precision == "border" or (precision == "area" and head[0] in _BORDER_HEADS if head else False) or (
        first >= 2 and before == "مع" and words[first - 2] in _BORDER_HEADS) or (
        first >= 2 and before == "with" and words[first - 2] in _EN_BORDER_HEADS) or (  # "the border with Libya" (pass 24)
        before == "near" and precision == "country" and first >= 2 and words[first - 2] in _EN_NEAR_COUNTRY_HEADS)
    # ("Gunmen raid Niger market town near Libya": a town near a country is beside its border, not in it; pass 56)
    owner = _english_owner(words, first, name, precision)
    seat = _english_seat(words, first, name)
    return Role(
        origin=moving or conjunct or _after_origin_word(words, first) or _english_passed_through(words, first, head, name),
        border=border,
        off=before in _OFFSHORE_BEFORE or distance or (bool(head) and head[0] in _COAST_HEADS) or (coast and not moving)
        or _near_island(words, first),
        speaker=_in_attribution(words, sentence, first) or owner or _capital_speaks(words, first, name, precision, sentence),
        owner=owner,
        seat=seat,
    )


# what lies "near" a country and outside it: a town, a village, a camp, a post (English pass 56; not "clashes near Libya")
_EN_NEAR_COUNTRY_HEADS = frozenset({"town", "towns", "village", "villages", "camp", "camps", "post", "outpost"})


# "Libya's Presidential Council condemned", "Egypt's foreign ministry said": the country owns the body that speaks
_EN_OWNED_BODIES = frozenset({"presidential", "council", "government", "parliament", "house", "prime", "foreign",
                              "ministry", "minister", "embassy", "envoy", "ambassador", "president", "leader",
                              "delegation", "mission", "representative", "unity", "attorney", "interior", "justice",
                              "high", "top", "chief", "head", "spokesman", "spokeswoman", "permanent", "state"})


def _english_owner(words: list[str], first: int, name: str, precision: str | None) -> bool:
    """English: a country in the possessive before a political body ("Libya's Presidential Council condemned the
    killing of aid workers in Sudan") says whose body speaks, as a nationality adjective would, not where the harm was
    (English pass 24); "Libya's coast" or "Libya's south" (a part of it) and "Libya's coast guard" (a force, acting on
    its soil) are not read here."""
    if precision != "country" or not name.isascii():
        return False
    after = first + len(name.split())
    return words[after : after + 1] == ["s"] and words[after + 1 : after + 2] != [] and words[after + 1] in _EN_OWNED_BODIES


# "UN experts in Geneva demand news of ...", "Amnesty International, in London, called ...", "the agency said in
# Geneva": a body's seat told with what it says is where it speaks from, not where the harm was (English pass 38; as
# a country owning a body that speaks); not witnesses where they live ("residents in Derna said": they saw it there)
_EN_SEAT_VERBS = frozenset({"said", "says", "say", "called", "calls", "call", "condemned", "condemns", "condemn",
                            "demanded", "demands", "demand", "urged", "urges", "urge", "welcomed", "welcomes",
                            "warned", "warns", "denounced", "denounces", "deplored", "deplores", "told", "added",
                            "announced", "announces", "appealed", "appeals", "voiced", "expressed", "expresses", "asked",
                            "asks", "ask",
                            # the body's state told as its reaction ("UN rights office in Geneva alarmed by killings")
                            "alarmed", "concerned", "worried", "troubled", "shocked", "dismayed", "outraged",
                            "saddened", "deeply"})
_EN_SEAT_SAID = frozenset({"said", "says", "told", "added", "announced", "warned", "repeated", "stated"})
_EN_WITNESSES = frozenset({"residents", "resident", "witnesses", "witness", "locals", "relatives", "families",
                           "family", "people", "medics", "doctors", "sources", "source", "neighbours", "neighbors",
                           "survivors", "activists", "journalists", "officials", "police", "security"})


def _english_seat(words: list[str], first: int, name: str) -> bool:
    """"<body> in <place> <says / condemns ...>" (a comma between allowed), or "said in <place>": the place is the
    seat the body speaks from (see above)."""
    if not name.isascii() or first < 2 or words[first - 1] != "in":
        return False
    if words[first - 2] in _EN_SEAT_SAID:
        return True  # "the agency said in Geneva"
    after = first + len(name.split())
    if words[after : after + 1] == ["on"]:
        after += 2  # "UN experts in Geneva on Friday called": the day the body spoke, then its verb
    verb = words[after : after + 1]
    return bool(verb) and verb[0] in _EN_SEAT_VERBS and words[first - 2] not in _EN_WITNESSES


_SANK = {"غرق", "وغرق", "غرقه", "غرقت", "انقلاب", "انقلب", "انقلبت", "sank", "capsized"}
_SANK_REACH = 6  # «غرق قارب انطلق من زوارة الليبية قرب لمبدوزا»: the sinking a few words before «قرب»


def _near_island(words: list[str], first: int) -> bool:
    """«قرب جزيرة لمبدوزا», «بالقرب من جزيرة مالطا», «قبالة جزيرة كريت»: the island word, then a word of nearness;
    or a boat told sinking shortly before «قرب X» («غرق قارب ... قرب لمبدوزا»): at sea off X."""
    if first >= 1 and words[first - 1] == "قرب" and any(
            w in _SANK for w in words[max(0, first - 1 - _SANK_REACH) : first - 1]):
        return True
    if first < 2 or not _ISLAND_HEADS.intersection(clitic_variants(words[first - 1])):
        return False
    near = words[first - 2]
    return near in _NEAR or (near == "من" and first >= 3 and words[first - 3] == "بالقرب")


def _source_from(words: list[str], first: int) -> bool:
    """«وفق مصدر أمني من بن قردان»: «من» after a source gives where the source is, not an origin; so does "from" right
    after footage ("Video from Tobruk:", "Footage from Ghat shows ...": where it was filmed; English pass 29)."""
    return words[first - 1] in ("من", "from") and (not _SOURCE_WORDS.isdisjoint(
        chain.from_iterable(map(clitic_variants, words[max(0, first - 4) : first - 1]))) or (
        first >= 2 and words[first - 2] in _EN_FOOTAGE))


_EN_FOOTAGE = frozenset({"video", "videos", "footage", "clip", "clips", "images", "pictures", "photos", "live"})


def _distance_from(words: list[str], first: int) -> bool:
    """«على بعد 30 ميلا من سواحل ليبيا», «على بعد 5 كلم من وازن»: a distance from a place locates an event near
    it (at sea: off it); it is no origin («بعد عودته من ليبيا» is 'after', no distance)."""
    if first < 1 or words[first - 1] not in ("من", "from"):
        return False
    window = words[max(0, first - 5) : first - 1]
    units = not _DISTANCE_UNITS.isdisjoint(chain.from_iterable(map(clitic_variants, window)))
    return units or any(a == "علي" and b == "بعد" for a, b in pairwise(window))


def _with_conjunction(written: str, name: str) -> bool:
    """«وأبو كماش»: the written first word carries «و» that the name does not."""
    first = normalize(name).split()[:1]
    return written.startswith("و") and bool(first) and written != first[0]


def _in_attribution(words: list[str], sentence: tuple[int, int], token: int) -> bool:
    """Is this token inside the speaker phrase of a reported sentence (after the verb, before «أن»)?"""
    start, end = sentence
    opening = words[start : min(start + _VERB_WITHIN, end)]
    if REPORTING_VERBS.isdisjoint(chain.from_iterable(map(clitic_variants, opening))):
        return False  # (no reporting verb among the opening words' forms: one set test at C level)
    # the sentence's first «أن» comes after the token: none from the start to the token, one after it (set tests at
    # C level, not a generator over the sentence's words for every place in it)
    return THAT_WORDS.isdisjoint(words[start : token + 1]) and not THAT_WORDS.isdisjoint(words[max(token + 1, start) : end])


# Arabic pass 144 (tune144): «القاهرة تعلن الحداد بعد مقتل 21 مصريا في سرت», «مصر تطالب بالإفراج عن صيادين محتجزين في
# مصراتة», «أن القاهرة ستتخذ الإجراءات»: a capital or a country as the subject of a state's act of speech names the
# government that speaks (as "Libya's Presidential Council condemned" in English), not where the harm was; the
# verb right after the name, in the feminine a city or a country takes (not «سرت تشهد اشتباكات»: no speech act)
_STATE_SPEECH = frozenset({"تعلن", "اعلنت", "تدين", "ادانت", "تطالب", "طالبت", "ترفض", "رفضت", "تنفي", "نفت", "تحذر",
                           "حذرت", "تتهم", "اتهمت", "تستدعي", "استدعت", "تتخذ", "ستتخذ", "تحمل", "حملت", "تندد",
                           "نددت", "تتحدث", "تستنكر", "استنكرت", "تعزي", "عزت", "تتوعد", "توعدت", "تدعو", "دعت"})
_STATE_SEATS = frozenset({"city", "country"})


def _capital_speaks(words: list[str], first: int, name: str, precision: str | None, sentence: tuple[int, int]) -> bool:
    """An Arabic capital or country as a sentence's subject (its first word, or right after «أن / إن / بأن») right
    before a state's speech verb (``_STATE_SPEECH``) in the same sentence is the government that speaks: the speaker's
    seat, no place of the harm. (Not a headline's last place before the lead's «أعلنت وزارة ...».)"""
    if precision not in _STATE_SEATS or name.isascii() or not (first == sentence[0] or words[first - 1] in THAT_WORDS):
        return False
    after = first + len(name.split())
    return after < sentence[1] and words[after] in _STATE_SPEECH


def _after_origin_word(words: list[str], first: int) -> bool:
    """An origin word shortly before the place, with only admin words, places and «من» in between."""
    for k in range(first - 1, max(-1, first - 1 - _ORIGIN_WINDOW), -1):
        if not _ORIGIN_WORDS.isdisjoint(clitic_variants(words[k])):
            return True
        if words[k] in ("في", "الي", "علي", "حيث", "قتل", "in", "at"):
            return False
    return False


# English pass 18 (tune41en): a place named as where people or goods were going or went through, or where someone
# trained long before ("Gunmen attack Libya-bound migrant convoy in Niger", "arms came via Libya", "suspect trained in
# Libya"), is no more where the harm was than an origin is («نحو ليبيا»)
_EN_THROUGH = frozenset({"via"})
# "a boat that had left Tobruk", "a day after leaving Garabulli": the port a boat sailed from (as «انطلق من»)
_EN_LEFT = frozenset({"left", "leaving", "departed", "departing", "sailed"})
_EN_LEAVERS = frozenset({"had", "have", "has", "having", "who", "that", "which", "boat", "dinghy", "vessel", "they", "it",
                         "he", "she", "migrants", "people"})
_EN_GOING = frozenset({("bound", "for"), ("headed", "for"), ("headed", "to"), ("heading", "for"), ("heading", "to"),
                       ("way", "to"), ("route", "to"), ("trained", "in")})
# where people telling of a harm elsewhere came to (English pass 24: "Sudanese refugees who reached Kufra this week said
# gunmen attacked their convoy in northern Chad"); not "arrived in Kufra" (a story of arrivals is Libyan affairs: tune16en
# rw16t-40, tune31en rw31t-34)
_EN_REACHED = frozenset({"reached", "reaching"})
_EN_ARRIVERS = _EN_LEAVERS | frozenset({"refugees", "survivors", "families", "men", "women", "travellers"})


# "Eight men rescued and brought to Lampedusa told MSF that guards ... in Zuwara had whipped them": where a rescue
# landed the people who tell of a harm is no place of the harm, as "reached" (English pass 55; the twelfth session's
# answer: abuse in a Libyan prison told by migrants in Italy is in Libya); only with a rescue word right before the
# verb, so "two traders brought to Sfax by smugglers were beaten there" keeps Sfax
_EN_LANDED = frozenset({("brought", "to"), ("taken", "to"), ("landed", "in"), ("landed", "at"), ("disembarked", "in"),
                        ("disembarked", "at"), ("transferred", "to")})
_EN_RESCUED = frozenset({"rescued", "saved", "picked"})
_EN_RESCUED_REACH = 4  # "rescued at sea and brought to", "picked up and taken to": the rescue up to three words before


def _english_rescue_landed(words: list[str], first: int) -> bool:
    """"rescued and brought to X", "picked up and taken to X": the place a rescue landed people at (English)."""
    return first > 2 and (words[first - 2], words[first - 1]) in _EN_LANDED and not _EN_RESCUED.isdisjoint(
        words[max(0, first - 2 - _EN_RESCUED_REACH) : first - 2])


# "after fleeing fighting around El Fasher", "who fled the war in Sudan", "escaping clashes near Nyala": the place a
# flight started from is an origin, as "from" is (English pass 41); only the words of a war or its places between
_EN_FLED = frozenset({"fleeing", "fled", "flee", "escaping", "escaped"})
_EN_FLED_BETWEEN = frozenset({"fighting", "clashes", "violence", "war", "conflict", "the", "around", "in", "from", "near",
                              "renewed", "heavy", "attacks", "shelling", "siege", "of"})
_EN_FLED_REACH = 4


def _english_fled_from(words: list[str], first: int) -> bool:
    """A flight verb before the place at ``first``, with only war words and prepositions between (English)."""
    for k in range(first - 1, max(-1, first - 1 - _EN_FLED_REACH), -1):
        if words[k] in _EN_FLED:
            return True
        if words[k] not in _EN_FLED_BETWEEN:
            return False
    return False


# a ship's or a firm's port or country of registry: "the vessel was registered in Tripoli", "a tanker flagged in Malta"
# (English pass 44); the thing registered within a few words before, so "cases registered in Tripoli" (a tally's place)
# keeps its role
_EN_REGISTERED = frozenset({"registered", "flagged", "incorporated"})
_EN_REGISTERED_THINGS = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "carrier",
                                   "boat", "company", "firm", "owner", "owners"})
_EN_REGISTERED_REACH = 5  # "the ship was registered in": the thing, an auxiliary, the participle, "in"


def _english_registry(words: list[str], first: int) -> bool:
    """A registry place: "registered / flagged / incorporated in" right before it, a ship or a firm just before that.
    Where a ship is registered is no place of what happened to it (a Libyan-registered ship hit in the Red Sea)."""
    return (first > 1 and words[first - 1] == "in" and words[first - 2] in _EN_REGISTERED
            and not _EN_REGISTERED_THINGS.isdisjoint(words[max(0, first - 2 - _EN_REGISTERED_REACH) : first - 2]))


# English pass 59 (tune125en): where the people who tell of a harm now are ("Eritrean women in Lampedusa describe abuse in
# Kufra camp", "teenagers back in Agadez describe months in a Libyan prison", "spoke to AFP in a transit centre in
# Agadez", "women rescued off Lampedusa told aid workers they had been held near Kufra") is no place of the harm they
# tell (the twelfth session's answer: abuse in a Libyan prison told by a migrant interviewed in Italy is in Libya)
_EN_TELL_VERBS = frozenset({"describe", "describes", "recount", "recounts", "recall", "recalls", "tell", "tells"})
_EN_BACK_IN = ("back", "in")  # not "home in": "taken from his home in Misrata" is where the harm was
_EN_SPOKE_REACH = 7  # "spoke to AFP in a transit centre in Agadez": "spoke to" up to six words before the place
_EN_RESCUED_TOLD_REACH = 6  # "rescued off Lampedusa last week told aid workers": the place to "told"


def _english_tellers_place(words: list[str], first: int, name: str) -> bool:
    """The place where those who tell of a harm are: "in X" right before a verb of telling, "back in X", "in X" a few
    words after "spoke to" (not "Speaking in Tripoli, he said": an official's seat, which still tells a Libyan topic),
    or "rescued off X" with "told" a few words on (English)."""
    if first < 2:
        return False
    after = first + len(normalize(name).split())
    if words[first - 1] == "in" and words[after : after + 1] != [] and words[after] in _EN_TELL_VERBS:
        return True
    if (words[first - 2], words[first - 1]) == _EN_BACK_IN:
        return True
    if words[first - 1] == "in" and any(words[k : k + 2] == ["spoke", "to"]
                                        for k in range(max(0, first - _EN_SPOKE_REACH), first - 2)):
        return True
    return (words[first - 2], words[first - 1]) == ("rescued", "off") and "told" in words[
        after : after + _EN_RESCUED_TOLD_REACH]


# English pass 62 (tune131en): where attackers are based ("gunmen who crossed from bases in southern Libya attacked a
# village near Zouar", "rebels based near Murzuq raided a Chadian post") is where they came from, no place of the harm
# they did elsewhere, as "from" is; "based" right before the preposition, or "from (their) bases / base / hideouts"
_EN_BASE_PREPOSITIONS = frozenset({"in", "near", "around", "inside"})
_EN_BASES = frozenset({"base", "bases", "hideout", "hideouts", "stronghold", "strongholds"})
_EN_BASE_FROM_REACH = 3  # "from bases", "from their rear bases": "from" up to two words before the base word


def _english_attackers_base(words: list[str], first: int) -> bool:
    """"based in / near X", "from (their) bases in X": where a group is based (English)."""
    if first < 2 or words[first - 1] not in _EN_BASE_PREPOSITIONS:
        return False
    if words[first - 2] == "based":
        return True
    return words[first - 2] in _EN_BASES and "from" in words[max(0, first - 2 - _EN_BASE_FROM_REACH) : first - 2]


# "Bodies of four workers shot in Ajdabiya arrive at Salloum", "the coffins were flown to Cairo": where the dead were
# brought home is no place of the harm, as where a rescue landed the living (English pass 69; the twelfth session's
# answer: a harm in Libya told abroad is in Libya); the body word a few words before the verb, so "gunmen who arrived
# at the farm killed two" keeps the farm
_EN_BODIES_BROUGHT = frozenset({"arrive", "arrives", "arrived", "arriving", "flown", "repatriated", "returned", "received"})
_EN_BODY_WORDS = frozenset({"body", "bodies", "remains", "coffin", "coffins"})
_EN_BODIES_REACH = 8  # "Bodies of four Egyptian workers shot in Ajdabiya arrive": the body word to the verb


def _english_bodies_brought(words: list[str], first: int) -> bool:
    """"arrive at / flown to / repatriated through (the) X" with a body word up to eight words before the verb: where
    the bodies were brought (English)."""
    at = first - 1
    if at > 0 and words[at] == "the":
        at -= 1
    if at < 1 or words[at] not in ("at", "in", "to", "through", "via") or words[at - 1] not in _EN_BODIES_BROUGHT:
        return False
    verb = at - 1
    return not _EN_BODY_WORDS.isdisjoint(words[max(0, verb - _EN_BODIES_REACH) : verb])


def _english_passed_through(words: list[str], first: int, head: list[str], name: str) -> bool:
    """"via Libya", "bound for Libya", "on their way to Libya", "trained in Libya", "Libya-bound" (the hyphen split off:
    "bound" right after the name): a destination, a transit or a past training ground, no event location (English
    words only)."""
    if not head or not head[0].isascii():
        return False
    if first > 0 and (words[first - 1] in _EN_THROUGH or words[first - 1] in _EN_LEFT and (
            words[first - 1] != "left" or (first > 1 and words[first - 2] in _EN_LEAVERS))):
        return True  # not "the clashes left Tripoli without power": who left is a boat or people
    if first > 1 and (words[first - 2], words[first - 1]) in _EN_GOING:
        return True
    if first > 1 and words[first - 1] in _EN_REACHED and words[first - 2] in _EN_ARRIVERS:
        return True  # "refugees who reached Kufra this week said gunmen ...": where the witnesses came to (pass 24)
    if _english_rescue_landed(words, first):
        return True  # "rescued and brought to Lampedusa" (English pass 55)
    if _english_fled_from(words, first):
        return True  # "arrived in Kufra after fleeing fighting around El Fasher": where they came from (pass 41)
    if _english_tellers_place(words, first, name):
        return True  # "Eritrean women in Lampedusa describe abuse in Kufra camp", "teenagers back in Agadez" (pass 59)
    if _english_registry(words, first):
        return True  # "the ship was registered in Tripoli but owned by a Greek company" (English pass 44)
    if _english_attackers_base(words, first):
        return True  # "gunmen who crossed from bases in southern Libya attacked a village in Chad" (English pass 62)
    if _english_bodies_brought(words, first):
        return True  # "Bodies of four workers shot in Ajdabiya arrive at Salloum" (English pass 69)
    after = first + len(normalize(name).split())
    return words[after : after + 1] == ["bound"]

