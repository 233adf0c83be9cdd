"""English scoping predicates: what takes an English trigger or cue out of a sentence (a charge, a denial, a call,
a figure of speech, a thing held hostage, a release, a cue misread in place).

Each tests English words (or an ASCII sentence), so no Arabic sentence is decided here; kept apart from the
Arabic rules so each language's wording reads in one place. Finders that add English matches live in
nlp/incident_finders_en.py, who the people are in nlp/incident_victims_en.py, dates and tallies in nlp/incident_time_en.py.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from nlp.counts import parse_number
from nlp.counts_rules_en import EN_BODY_PARTS
from nlp.counts_words import (
    EN_ARTICLES,
    EN_COUNSEL_VERBS,
    EN_HIT,
    EN_HURT_PARTICIPLES,
    EN_KILLING_WORDS,
    EN_WOUNDED_PARTICIPLES,
)
from nlp.gazetteer import load_gazetteer
from nlp.incident_finders_en import EN_HELD_PARTICIPLES
from nlp.incident_records import CHARGED_ACTS, HELD_TYPES, PROPERTY, SCOPE_WINDOW, STRONG, Trigger
from nlp.incident_time_en import EN_EVENT_DAYS
from nlp.incident_victims_en import EN_BE, people_among
from nlp.lexicon import PhraseMatch
from nlp.normalize import has_arabic_script

# English words that do not count toward a charge's reach ("accused of ordering the torture and killing of").
_EN_FUNCTION = frozenset({"the", "a", "an", "of", "and", "or", "in", "their", "his", "her", "its", "for", "over"})
_EN_CHARGED_ACTS = frozenset(CHARGED_ACTS) | {"torture"}  # "accused of torture": a charge, like a killing


def english_charge(words: list[str], first: int, types: set[str], weak: bool, charges: list[int]) -> bool:
    """English: a harm within four content words after a charge ("the charges included the murder of", "accused of
    ordering the torture and killing of prisoners"): what a proceeding is about, not the news. Torture too."""
    if not charges:
        return False  # no charge cue (most sentences): every test below ends False (speed pass 8)
    if not (types <= _EN_CHARGED_ACTS or weak):
        return False
    if words[first].endswith("ed") and words[first - 1 : first] != ["having"] or words[first] == "shot":
        return False  # "a man convicted of theft was shot dead", "gunmen accused of links to a militia killed two":
        # a charge names its acts by nouns ("murder", "the killing of"), the verb is the sentence's own event
    return any(c < first and words[c].isascii() and not _EN_FINITE.intersection(words[c + 1 : first])
               and sum(1 for w in words[c + 1 : first] if w not in _EN_FUNCTION) <= SCOPE_WINDOW for c in charges)


_EN_FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})
_EN_ARRESTS = frozenset({"arrested", "arrest", "arrests", "detained", "detains"})  # not "held for ransom"
_EN_OVER_REACH = 4  # "arrested two men over the abduction": the arrest word, its object, "over", an article
_EN_OVER_BEFORE = 3  # "over the killing of", "for the 2024 abduction": "over / for" up to three words before the harm


def english_arrested_over(words: list[str], match: PhraseMatch[Trigger], arrests: frozenset[str] = _EN_ARRESTS) -> bool:
    """"police arrested two men over the abduction of a pharmacist", "detained a suspect for the killing": the harm
    named after an arrest "over / for" is what the suspects are held for (a proceeding), not an event told here."""
    first = match.first
    if not {t.type for t in match.payloads} <= _EN_CHARGED_ACTS or words[first].endswith("ed"):
        return False
    # (a possessive's split "s" does not count: "over last year's killing")
    reach = _EN_OVER_BEFORE + (first > 1 and "s" in words[max(0, first - 1 - _EN_OVER_BEFORE) : first])
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        if words[k] in ("over", "for"):
            return any(w in arrests for w in words[max(0, k - _EN_OVER_REACH) : k])
        if k > 0 and (words[k - 1], words[k]) in _EN_SUSPECTED_OF:
            return any(w in arrests for w in words[max(0, k - 1 - _EN_SUSPICION_REACH) : k - 1])
    return False


# English pass 62 (tune131en): "arrested a man on Saturday on suspicion of killing a pharmacist", "Police arrest suspect
# in last year's killing of pharmacist": the harm a suspect is held for, as after "over / for" (the guide: the arrest of
# a suspect for an earlier killing is a proceeding); not "suspected of killing" said of gunmen who are the news
_EN_SUSPECTED_OF = frozenset({("suspicion", "of"), ("suspect", "in"), ("suspects", "in")})
_EN_SUSPICION_REACH = 9  # "arrested a 30-year-old man on Saturday on suspicion of": eight words between (the age split in three)


# English pass 66 (tune133en): "arrested a man suspected of throwing a grenade into a cafe in February, an attack that
# wounded eight people": what follows "suspected of" after an arrest word is the act the suspect is held for, its
# harm too, as "on suspicion of" above (the guide: the arrest of a suspect for an earlier attack is a proceeding); not
# "Gunmen suspected of links to a militia killed two" (no arrest word before), nor past a new finite clause or a report
# verb ("arrested a man suspected of theft, but two officers were wounded in the raid")
_EN_SUSPECTED_STOPS = frozenset({"but", "said", "says", "told", "while", "when", "as"})


def english_suspect_held_for(words: list[str], match: PhraseMatch[Trigger], arrests: frozenset[str] = _EN_ARRESTS
                             ) -> bool:
    """The harm after "suspected of", itself after an arrest word, in the same clause; or the harm a relative tells of
    the attack an arrest is "over" ("Suspect arrested over cafe grenade attack that wounded 8", where
    `english_arrested_over` reads only a harm noun: "wounded" may be a new act). ``arrests``: the words of the
    proceeding (a court's sentence too: "Court jails two over shooting that wounded four", English injured
    paraphrase pass)."""
    if arrests.isdisjoint(words[: match.first]):
        return False  # a cheap test first
    if not {t.type for t in match.payloads} <= _EN_CHARGED_ACTS | {PROPERTY}:
        return False  # (the attack named too: "a grenade attack on a cafe")
    relative = False
    for k in range(match.first - 1, 0, -1):
        word = words[k]
        if word == "of" and words[k - 1] == "suspected":
            return any(w in arrests for w in words[max(0, k - 1 - _EN_SUSPICION_REACH) : k - 1])
        if word == "over" and (relative or not words[match.first].endswith("ed")):
            return any(w in arrests for w in words[max(0, k - _EN_OVER_REACH) : k])
        relative = relative or word in ("that", "which")
        if word in _EN_SUSPECTED_STOPS or (word in _EN_FINITE and words[k - 1] not in ("who", "that", "which")):
            return False
    return False


# "drug trafficking", "arms smuggling", "fuel smuggling": goods, not people (English words only)
# Arabic goods named right after «تهريب» (normalised): «تهريب الوقود», «تهريب المخدرات», «تهريب السلاح»
_AR_GOODS = frozenset({"الوقود", "وقود", "المحروقات", "محروقات", "البنزين", "الديزل", "النفط", "المخدرات", "مخدرات",
                       "السلاح", "الاسلحه", "اسلحه", "السجائر", "سجائر", "التبغ", "الذهب", "الاثار", "العمله", "الدقيق",
                       "السلع", "البضائع", "الخمور", "الحشيش", "الاقراص"})
_GOODS = frozenset({"drug", "drugs", "narcotics", "arms", "weapons", "gun", "guns", "fuel", "cocaine", "heroin", "hashish",
                    "cannabis", "cigarette", "cigarettes", "tobacco", "wildlife", "antiquities", "gold", "currency",
                    "alcohol", "captagon", "oil", "diesel", "petrol", "goods", "contraband", "car", "cars"})


def _goods_trafficked_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_goods_trafficked`` holds for no match of the sentence: it needs a word for goods. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_goods_trafficked`` widens it too."""
    return not _GOODS.isdisjoint(words) or not _AR_GOODS.isdisjoint(words)


def _goods_trafficked(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"arrested for drug trafficking", "fuel smuggling": a trafficking word right after a word for goods; "the
    smuggling of fuel from Libya" (English pass 18): the goods after "of"."""
    if not all(t.type == "trafficking" for t in match.payloads):
        return False
    after = words[match.last + 1 : match.last + 3]
    return (match.first > 0 and words[match.first - 1] in _GOODS) or (
        after[:1] == ["of"] and len(after) == 2 and after[1] in _GOODS) or (
        after[:1] != [] and after[0] in _AR_GOODS)  # «تقرير عن تهريب الوقود»: goods, no people (Arabic pass 51)
_EN_NEGATIONS = frozenset({"no", "not", "none", "nothing", "nobody", "never"})
_EN_CLAUSE = frozenset({"why", "how", "where", "when", "after", "before", "that", "who", "whom", "which", "because",
                        "since", "while", "if", "whether", "knows", "know", "said", "says", "told", "until", "as"})


def _english_harm_denied(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"no aircraft or facilities had been damaged", "the station was not damaged", "nobody else was hurt": a
    passive harm word after a form of "be" with a negation in the six words before it; "injuring no one", "killing
    nobody": a harm word whose object is nobody (English words only)."""
    if words[match.last + 1 : match.last + 3] == ["no", "one"] or words[match.last + 1 : match.last + 2] == ["nobody"]:
        return words[match.first].isascii()
    first = match.first
    be = first - 2 if first > 1 and words[first - 1] == "not" else first - 1  # "was not damaged"
    if be < 0 or words[be] not in EN_BE or not words[first].isascii():
        return False
    if be < first - 1:
        return True
    # the negation determines the subject ("no aircraft or facilities had been"), no clause between them ("no one
    # knows why he was killed", "no suspects after the man was killed" are no denial)
    for k in range(be - 1, max(-1, be - 6), -1):
        if words[k] in _EN_NEGATIONS:
            return True
        if words[k] in _EN_CLAUSE:
            return False
    return False


_EN_ATTRIBUTIVE_BEFORE = frozenset({"the", "a", "an", "from", "of", "near", "around", "among", "in", "into", "inside",
                                    "on", "to", "for", "with", "and"})


_EN_DEED_PARTICIPLES = frozenset({"smashed", "smashing", "ransacked", "vandalised", "vandalized"})


def _english_attributive(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"keep children away from damaged buildings", "the burned shelters of the camp": a weak property participle used
    as an adjective (after an article or a preposition, before a noun) describes a state, it tells no attack."""
    first = match.first
    if words[first] in _EN_DEED_PARTICIPLES:
        return False  # "beat two doctors and smashed equipment": told of the attackers, rarely a state
    return (first == match.last and 0 < first < len(words) - 1 and words[first].endswith("ed")
            and all(t.type == PROPERTY and t.strength < STRONG for t in match.payloads)
            and words[first - 1] in _EN_ATTRIBUTIVE_BEFORE and words[first + 1].isalpha()
            and words[first + 1] not in ("by", "in", "on", "at", "and", "or", "during", "when", "after"))


# English pass 66 (tune133en): "removed about 300 unexploded shells and mortar rounds from around a school": a weapon named
# as unexploded is a remnant lying there (cleared, found, reported), no attack on a place; its harm, if any, is told by
# its own killing or injury word ("an unexploded shell killed a boy" keeps "killed")
_EN_UNEXPLODED = frozenset({"unexploded", "undetonated"})
_EN_UNEXPLODED_REACH = 5  # "unexploded shells and mortar rounds": the list of remnants the word governs
# what may stand between "unexploded" and the trigger: more remnants of the same list, one free modifier
_EN_REMNANT_LIST = frozenset({"and", "or", "shells", "shell", "rounds", "rockets", "rocket", "bombs", "bomb", "mines",
                              "grenades", "missiles", "munitions", "ordnance", "artillery", "mortar", "mortars"})


def _english_unexploded(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A property trigger ("shells", "rockets", "bombs") after "unexploded / undetonated" and a list of remnants is
    a remnant."""
    if not all(t.type == PROPERTY for t in match.payloads) or _EN_UNEXPLODED.isdisjoint(
            words[max(0, match.first - _EN_UNEXPLODED_REACH) : match.first]):
        return False  # a cheap test first
    free = 1
    for k in range(match.first - 1, max(-1, match.first - 1 - _EN_UNEXPLODED_REACH), -1):
        if words[k] in _EN_UNEXPLODED:
            return True
        if words[k] not in _EN_REMNANT_LIST:
            if not free:
                return False
            free -= 1
    return False


_EN_REJECTING = frozenset({"rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes"})
# (and the singular: "rejected a report by a British newspaper that a militia ran a secret prison", English pass 55)
_EN_CLAIMS = frozenset({"claims", "reports", "allegations", "accusations", "claim", "report", "allegation",
                        "accusation", "story", "stories"})
_EN_REJECT_REACH = 4  # "rejected on Tuesday claims that": the verb, a time of up to two words, the claims


def _english_rejected_claims(words: list[str]) -> list[int]:
    """"The ministry rejected on Tuesday claims that migrants had been tortured": a denial of the claims (as
    "denied"), where the claims follow the verb within a few words; not "dismissed from his post" (English pass 9)."""
    return [k for k, w in enumerate(words) if w in _EN_REJECTING
            and not _EN_CLAIMS.isdisjoint(words[k + 1 : k + 1 + _EN_REJECT_REACH])]


# "charged three Libyans with torturing migrants", "convicted two men of the killing of": a prosecutor's or a court's
# charge verb whose object stands between it and its "with / of" (the lexicon's "charged with" is one phrase); English
# pass 44. Not "accused": anyone accuses ("gunmen accused the driver of theft and shot him dead" is the news), and the
# act charged opens right after "with / of" (a gerund or an article: "with torturing", "of the killing")
_EN_SPLIT_CHARGES = {"charged": "with", "charges": "with", "charging": "with", "convicted": "of", "convicts": "of"}
_EN_SPLIT_CHARGE_REACH = 5  # "charged three Libyan men with": the verb, up to four words of object, "with"
_EN_CHARGE_OBJECT_STOPS = frozenset({"and", "who", "that", "which", "after", "when", "while", "was", "were", "is", "are"})


def english_split_charges(words: list[str]) -> list[int]:
    """Where "with" / "of" closes a charge verb and its object: the charge cue's position for ``_scoped_out``."""
    found = []
    for k, word in enumerate(words):
        close = _EN_SPLIT_CHARGES.get(word)
        if close is None:
            continue
        for j in range(k + 2, min(len(words), k + 1 + _EN_SPLIT_CHARGE_REACH)):
            if words[j] in _EN_CHARGE_OBJECT_STOPS:
                break
            # "charged four suspects over an attack": "over" closes the object as "with" does (English pass 53)
            if words[j] == close or (close == "with" and words[j] == "over"):
                if j + 1 < len(words) and (words[j + 1].endswith("ing") or words[j + 1] in ("the", "a", "an")):
                    found.append(j)
                break
    return found


_EN_SCORE_DIGITS = 2  # "5-0", "6-1": a match score is two short numbers side by side (the hyphen is no token)


def _english_match_score(words: list[str]) -> bool:
    """"Al-Ahly 'massacre' Al-Nasr 5-0": a score tells a match, the casualty word a metaphor (English pass 9).
    Not "killed 12, 3 of them children" (the second number counts people); a count of civilians still overrules
    the metaphor (``analyse_sentence``)."""
    for first, second in pairwise(range(len(words))):
        if (words[first].isdigit() and words[second].isdigit() and len(words[first]) <= _EN_SCORE_DIGITS
                and len(words[second]) <= _EN_SCORE_DIGITS and words[second + 1 : second + 2] != ["of"]
                and not _ages_listed(words, first)):
            return True
    return False


def _ages_listed(words: list[str], first: int) -> bool:
    """"three brothers aged 6, 9 and 13": numbers listed after "aged" are ages, no score (English pass 19)."""
    while first > 0 and words[first - 1].isdigit():
        first -= 1
    return first > 0 and words[first - 1] == "aged"


_EN_FIRING = frozenset({"opened", "open", "opening", "opens", "returned", "exchanged", "set", "sets", "setting",
                        "under",  # "came under fire": gunfire (English pass 15)
                        # weapons fired: "artillery fire on a crowded market" is shelling, no blaze
                        "artillery", "tank", "sniper", "mortar", "rocket", "machine", "machinegun", "gun",
                        "heavy", "live", "anti",
                        # a shot's kind: "killed by stray fire", "random fire", "small-arms fire" (English pass 24)
                        "stray", "random", "indiscriminate", "automatic", "rifle", "arms", "cross",
                        # a force's fire: "Tunisian guard fire kills migrant", "police fire wounds two" (English pass 9)
                        "guard", "guards", "police", "army", "troops", "militia", "soldiers",
                        # a plural shooter before the verb: "Protesters wounded as security forces fire in Zliten"
                        # (English pass 27; "forest fire", "house fire" name no shooter)
                        "forces", "gunmen", "militiamen", "officers", "fighters", "snipers", "policemen",
                        # gunfire exchanged: "as brigades trade fire", "trading fire" (English pass 31)
                        "trade", "trades", "traded", "trading", "exchange", "exchanges", "exchanging"})
_EN_SET_ON_FIRE = 4  # "set the studio on fire": the object between "set" and "on fire"
_EN_NOT_ATTEMPTS = frozenset({"escape", "escapes", "crossing", "crossings", "jailbreak", "breakout", "rescue", "arrest"})


# "remains in hospital / intensive care / a critical condition / custody": one person's state, no statistic (pass 21)
_EN_REMAINS_IN_STATE = frozenset(("hospital", "intensive", "critical", "serious", "stable", "custody", "detention",
                                  "prison", "jail", "coma"))
_EN_BLAZE_BEFORE = frozenset(("a", "the", "huge", "massive", "big", "large", "major", "deadly", "overnight"))


def _english_a_blaze(words: list[str], at: int) -> bool:
    """"Fire at Sharara oilfield injures three", "A fire at a market": "fire" opening the sentence or after an article
    or a size is a blaze, not gunfire "at" someone (English pass 21; "gunmen fire at protesters" has its subject)."""
    return at == 0 or words[at - 1] in _EN_BLAZE_BEFORE


def english_cue_misread(words: list[str], match: PhraseMatch[str]) -> bool:
    """English context cues that are no such cue here: the "fire" of "guards opened fire", "fire on the crowd" is
    gunfire, and of "set fire to" arson, no accident; an "attempted escape" or "attempted crossing" is no foiled attack
    (hypothetical); a meeting the victims held ("detained after organising a workshop") is why they were targeted,
    not a meeting about a harm (general)."""
    word = words[match.first]
    if "accident" in match.payloads and match.first == match.last and word == "fire":
        # "killed in house fire attack", "a fire attack on a shop": a fire someone set on purpose, arson (pass 58)
        return (match.first > 0 and words[match.first - 1] in _EN_FIRING) or (words[match.first + 1 : match.first + 2] in (
            ["on"], ["at"], ["upon"]) and not _english_a_blaze(words, match.first)) or _english_set_on_fire(
            words, match.first) or words[match.first + 1 : match.first + 2] in (["attack"], ["attacks"])
    if "accident" in match.payloads and match.last > match.first and words[match.last].startswith("collaps"):
        return not _EN_BROUGHT_DOWN.isdisjoint(words)  # "a building collapsed after an air strike": the strike's harm
    if "accident" in match.payloads and match.first == match.last and word == "suicide":
        # "a suicide bomber blew himself up at a checkpoint": an attack, no suicide (English pass 30)
        return words[match.first + 1 : match.first + 2] != [] and words[match.first + 1] in _EN_SUICIDE_ATTACKS
    if "accident" in match.payloads and match.first == match.last and word in ("storm", "storms", "stormed"):
        return match.first > 0 and words[match.first - 1] in _EN_STORMING  # "militia members storm a campus": a raid
    if "hypothetical" in match.payloads and word == "attempted":
        return words[match.last + 1 : match.last + 2] != [] and words[match.last + 1] in _EN_NOT_ATTEMPTS
    if "general" in match.payloads and word in _EN_MEETINGS:  # "at his workshop": where he works, no meeting
        return _english_victims_deed(words, match.first) or (match.first > 0 and words[match.first - 1] in (
            "his", "her", "their"))
    if "general" in match.payloads and word in _EN_COURSE_FIRST:
        # "Gunmen wounded two nurses who were teaching a first-aid course": the victims' work, told after the harm
        # (English pass 30); "held a first-aid course ..., covering care for the injured" stays a course
        return not _EN_HARM_BEFORE_COURSE.isdisjoint(words[: match.first])
    if "general" in match.payloads and word == "remains":  # "A nurse remains in intensive care": a victim's state
        if match.first > 0 and words[match.first - 1] in _EN_REMAINS_NOUN_BEFORE or words[
                match.first + 1 : match.first + 2] in (["of"], ["were"]):
            return True  # "where the first remains were found", "the remains of nine men": the dead, a noun (pass 33)
        return words[match.first + 1 : match.first + 2] == ["in"] and not _EN_REMAINS_IN_STATE.isdisjoint(
            words[match.first + 2 : match.first + 4])
    if "general" in match.payloads and word == "cases":
        # "fired tear gas at the crowd, causing dozens of cases of suffocation": the event's harmed, counted as
        # cases, no report of cases in general (English pass 36); only where tear gas is named
        return words[match.last + 1 : match.last + 2] in (["suffocation"], ["asphyxiation"]) and "tear" in words
    if "general" in match.payloads and word == "film":  # "traffickers who beat them and film the abuse": a verb
        return match.first > 0 and words[match.first - 1] in _EN_VERB_BEFORE
    if "custody" in match.payloads:
        # "a lawyer who defended detainees": his clients were held; "border guards": a patrol, no jail's guards
        return english_clients(words, match.first) or _english_post_guards(words, match)
    if "denial" in match.payloads and word == "denied":  # "had been denied family visits": deprived, no denial
        return not _EN_WITHHELD.isdisjoint(words[match.last + 1 : match.last + 1 + _EN_WITHHELD_REACH])
    if "court" in match.payloads and word == "sentences":  # "held past the end of their sentences": a noun, no ruling
        return match.first > 0 and words[match.first - 1] in ("his", "her", "their", "its")
    if "proceedings" in match.payloads and word == "trial":
        return match.first > 0 and words[match.first - 1] == "without"  # "held without trial": no trial at all
    if "figurative" in match.payloads and word in _EN_CURRENCIES:
        return _english_money_told(words, match.first)
    # "stopped on their way to a football match and taken away": where they were going, no sport news (pass 23)
    return "figurative" in match.payloads and not _EN_ON_THE_WAY.isdisjoint(
        words[max(0, match.first - _EN_ON_THE_WAY_REACH) : match.first])


# words before "remains" the noun (the dead's remains), never before the verb ("the situation remains tense")
_EN_REMAINS_NOUN_BEFORE = frozenset({"human", "first", "more", "their", "his", "her", "whose", "skeletal", "bodily",
                                     "unidentified", "mortal"})
_EN_SUICIDE_ATTACKS = frozenset({"bomber", "bombers", "bombing", "bombings", "attack", "attacks", "attacker",
                                 "attackers", "car", "truck", "vest", "belt", "blast", "explosion"})
_EN_COURSE_FIRST = frozenset({"first", "simulations", "simulation"})  # "first-aid course", "simulation exercises"
_EN_HARM_BEFORE_COURSE = frozenset({"wounded", "injured", "killed", "shot", "beaten", "beat", "attacked", "stabbed",
                                    "abducted", "kidnapped", "detained", "arrested", "assaulted"})


# what a detainee is denied ("denied family visits", "denied access to a lawyer", "denied medical care"): a deprivation
# in custody, no denial of a claim (English pass 25)
_EN_WITHHELD = frozenset({"visits", "visit", "access", "food", "water", "medical", "treatment", "care", "medicine",
                          "medicines", "contact", "lawyer", "lawyers", "family", "families", "bail", "release"})
_EN_WITHHELD_REACH = 3  # "denied regular family visits": the verb, up to two words, the thing withheld


# a sport event named as where the victims were going or coming from, no sport news (English pass 23)
_EN_ON_THE_WAY = frozenset({"way", "heading", "returning", "travelling", "traveling", "walking", "driving"})
_EN_ON_THE_WAY_REACH = 4  # "on their way to a football match": "way", "to", an article, "football"


_EN_CURRENCIES = frozenset({"dinar", "dinars", "currency"})
# a building brought down by an attack: its collapse is no accident (English pass 22)
_EN_BROUGHT_DOWN = frozenset({"strike", "strikes", "airstrike", "airstrikes", "shelling", "shell", "shells", "bomb",
                              "bombing", "bombed", "missile", "rocket", "rockets", "mortar", "drone", "attack", "blast",
                              "explosives", "shelled", "struck", "hit"})
# who storm a place (a headline's present tense: "militia members storm campus", "police storm the square"): the
# verb, no weather (English pass 22); "a storm", "the storm", "Storm Daniel" keep the accident cue
_EN_STORMING = frozenset({"militia", "militias", "militiamen", "members", "gunmen", "men", "police", "forces", "troops",
                          "fighters", "guards", "protesters", "demonstrators", "residents", "groups", "attackers",
                          "brigade", "soldiers", "officers",
                          # "Doctors beaten as relatives storm hospital ward", "mob storms clinic": people who storm a
                          # place raid it, no weather (English pass 54)
                          "relatives", "families", "mob", "crowd", "youths", "villagers", "locals", "supporters",
                          "fans", "students", "inmates", "prisoners", "people"})


def _english_money_told(words: list[str], at: int) -> bool:
    """"escaping with 800,000 dinars", "a ransom of 50,000 dinars", "a currency exchange office": a sum paid or stolen
    (a number before the currency) or a money changer's shop is money itself, no currency "killed" by a budget (the
    figurative cue): the guard shot in a robbery is still hurt."""
    return (at > 0 and words[at - 1].isdigit()) or words[at : at + 2] == ["currency", "exchange"]


def _english_set_on_fire(words: list[str], fire: int) -> bool:
    """"set the studio on fire", "set two cars on fire": arson (the lexicon lists "set on fire" with nothing between)."""
    return fire > 1 and words[fire - 1] == "on" and any(
        w in ("set", "sets", "setting") for w in words[max(0, fire - 2 - _EN_SET_ON_FIRE) : fire - 1])


_EN_COUNSEL = EN_COUNSEL_VERBS | {"defends", "represents"}
_EN_COUNSEL_REACH = 6


_EN_GUARDED_POSTS = frozenset({"border", "borders", "coast", "coastal", "frontier", "desert", "oil", "petroleum", "facilities",
                               "presidential", "national"})


def _english_post_guards(words: list[str], match: PhraseMatch[str]) -> bool:
    """"a firefight with border guards", "coast guards", "petroleum facilities guards": guards of a border, a coast
    or a site are a patrol or a force, no custody (English pass 11); "prison guards", "guards beat detainees" stay."""
    if words[match.first] not in ("guards", "guard"):
        return False
    if match.first > 0 and words[match.first - 1] in _EN_GUARDED_POSTS:
        return True
    # "a drone strike on a military depot, killing two guards": the guards of a depot or a base a strike hit, with no
    # jail in the sentence, are its watchmen, no custody (English pass 28)
    return not _EN_GUARDED_SITES.isdisjoint(words) and _EN_JAIL_WORDS.isdisjoint(words)


# (not a compound, a farm or a warehouse: smugglers and militias hold people in them, "guards at a smugglers' compound"
# are jailers: tune33en rw33t-24)
_EN_GUARDED_SITES = frozenset({"depot", "depots", "base", "bases", "airbase", "barracks", "arsenal", "ammunition"})
_EN_JAIL_WORDS = frozenset({"prison", "prisons", "jail", "jails", "detention", "detainee", "detainees", "prisoner",
                            "prisoners", "cell", "cells", "custody", "inmates", "inmate", "detained", "held"})


def english_clients(words: list[str], index: int) -> bool:
    """"a lawyer who defended detainees", "had represented families of men held without trial": the people held are
    a lawyer's clients (a counsel verb up to six words before), told to say who the victim was, not the news."""
    return any(w in _EN_COUNSEL for w in words[max(0, index - _EN_COUNSEL_REACH) : index])


_EN_MEETINGS = frozenset({"workshop", "conference", "training", "anniversary"})
_EN_VERB_BEFORE = frozenset({"and", "who", "to", "they", "then", "would", "will", "which", "that"})
_EN_RETURNING = frozenset({"returned", "returning", "back", "came", "coming", "travelling", "traveling", "home"})
_EN_DEED_MODIFIERS = 2  # "after filming the Derna anniversary protest": words between the article and the cue


def _english_victims_deed(words: list[str], index: int) -> bool:
    """"detained after organising a workshop", "arrested for attending a conference", "detained after filming the
    Derna anniversary protest": a gerund right before the meeting (past an article and up to two modifiers), itself
    after "after / for / over" — the deed the act answered; or the meeting the victim was travelling to ("about to fly
    to Tunis for a conference")."""
    at = next((j for j in range(index - 1, max(-1, index - 2 - _EN_DEED_MODIFIERS), -1)
               if words[j] in EN_ARTICLES), index)
    return at > 1 and ((words[at - 1].endswith("ing") and words[at - 2] in ("after", "for", "over"))
                       or (words[at - 1] == "from" and words[at - 2] in _EN_RETURNING)  # "as he returned from a conference"
                       or (words[at - 1] == "for" and not _EN_TRAVEL.isdisjoint(words[max(0, at - 6) : at - 1]))
                       # "detained at Cairo airport as she arrived for a conference" (English pass 23)
                       or (words[at - 1] in ("for", "to") and words[at - 2] in _EN_GOING))


# "as he was about to fly to Tunis for a conference": the meeting the victim was travelling to (English pass 22)
_EN_TRAVEL = frozenset({"fly", "flying", "flew", "travel", "travelling", "traveling", "heading", "headed", "bound", "board",
                        "boarding", "leave", "leaving", "way", "trip", "flight"})
# right before "for / to": "as she arrived for a conference", "on his way to a workshop" (English pass 23)
_EN_GOING = frozenset({"arrived", "arriving", "travelled", "traveled", "travelling", "traveling", "heading", "way",
                       "flew", "flying", "going"})


def _latin_start(words: list[str]) -> bool:
    """An English sentence, also one opening on an accented Latin name ("Médecins Sans Frontières said ..."), which
    ``str.isascii`` misses (English pass 12)."""
    return words[0].isascii() or not has_arabic_script(words[0])


_EN_SETTLEMENTS = frozenset({"village", "villages", "town", "towns", "homes", "houses", "farms", "neighbourhoods",
                             "neighborhoods", "areas"})
_EN_PASSIVE = frozenset({"had", "have", "has", "been", "was", "were", "being"})


def _english_settlement_attacked(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"their villages had been attacked": a weak harm word whose passive subject is a place, no person told hurt
    (English pass 12; a strong word or a person subject, "villagers were attacked", still counts)."""
    if words[match.first] not in ("attacked", "assaulted") or any(t.strength >= STRONG for t in match.payloads):
        return False
    k = match.first - 1
    while k >= 0 and words[k] in _EN_PASSIVE:
        k -= 1
    return k < match.first - 1 and k >= 0 and words[k] in _EN_SETTLEMENTS


_EN_WARNINGS = frozenset({"warning", "warnings", "alert", "alerts", "sighting", "sightings", "threat", "threats"})


def _english_warning_only(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"after drone warning", "a missile alert": a weak trigger naming what was warned of, no strike (English
    pass 12)."""
    return all(t.strength < STRONG for t in match.payloads) and words[match.last + 1 : match.last + 2] != [] and (
        words[match.last + 1] in _EN_WARNINGS)


_EN_RELEASE_TOLD = frozenset({"welcomed", "welcomes", "welcome", "welcoming", "hailed", "hails", "announced",
                              "announces", "confirmed", "confirms", "following", "after", "secured", "celebrated"})


def _english_release_welcomed(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"welcomed the release of detained activist X", "after the release of the abducted engineers": the release of
    someone already held is told (labelling guide: a release is no incident), not a new detention; "called for the
    release of detained activist X" is still a detention told (English pass 12)."""
    if not all(t.type in HELD_TYPES for t in match.payloads):
        return False
    k = match.first - 1 - (match.first > 0 and words[match.first - 1] in ("the", "a", "two", "three"))
    if k >= 0 and words[k] != "of":
        k = _held_released_before(words, match.first)
    if k < 1 or words[k] != "of" or words[k - 1] != "release":
        return False
    if words[k - 2 : k - 1] == ["the"] and words[k - 3 : k - 2] == ["including"] and _EN_CALLS_FOR.isdisjoint(words[:k]):
        return True  # "noted positive steps, including the release of 200 detainees" (English pass 44)
    return not _EN_RELEASE_TOLD.isdisjoint(words[max(0, k - 4) : k - 1])


_EN_RELEASED_PEOPLE = frozenset({"detainees", "prisoners", "people", "migrants", "men", "women", "inmates", "activists",
                                 "journalists", "protesters"})
_EN_CALLS_FOR = frozenset({"called", "calls", "call", "urged", "urges", "demanded", "demands", "demanding", "asked",
                           "appealed"})


def _held_released_before(words: list[str], first: int) -> int:
    """"the release of 200 detainees held without trial": where "of" stands when the trigger ("without trial") follows
    the people released and their participle (a number, the people, "held"); -1 when the words before are not so."""
    k = first - (words[first] not in EN_HELD_PARTICIPLES)  # the trigger may open on "held" ("held without trial")
    if k < 1 or words[k] not in EN_HELD_PARTICIPLES or words[k - 1] not in _EN_RELEASED_PEOPLE:
        return -1
    k -= 2
    if k >= 0 and (number := parse_number(words, k)) is not None and number[1] == 1:
        k -= 1  # "200 detainees" (one token)
    return k


# a court's verdict verbs ("sentenced five men to death for the killing of ...", "convicted of the 2022 kidnapping")
# (not "sentence", "jailed", "jails": "serving a sentence", "a jailed activist", "in Libya's jails" name no verdict)
_EN_VERDICTS = frozenset({"sentenced", "sentences", "convicted", "convicts", "acquitted", "acquits"})


_EN_BENCH = frozenset({"court", "judge", "judges", "tribunal", "verdict", "ruling", "judgment", "judgement",
                       "trial", "hearing"})  # "The trial heard that guards beat detainees" (English pass 44)
# a trial or a hearing "heard" what a witness told (not "who attended the hearing, said ...": the commas are no tokens,
# so only "heard" follows these two)
_EN_HEARINGS = frozenset({"trial", "hearing"})
_EN_BENCH_SAYS = frozenset({"said", "found", "heard", "ruled", "established", "concluded", "says", "finds"})
_EN_GONE = frozenset({"disappeared", "vanished", "missing"})
_EN_FOUND_BODY = frozenset({"body", "bodies", "remains", "corpse"})


def _english_court_account(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"The court said the men had demanded a ransom from the family before killing him": what a court says or finds
    happened is the act it judged (labelling guide: trials of past events are no incidents), not a new one; "the
    judge said gunmen abducted his son on Monday" names a day of its own and stays (English pass 28)."""
    if _EN_BENCH.isdisjoint(words[: match.first]):
        return False
    return any(words[k] in _EN_BENCH and words[k + 1] in _EN_BENCH_SAYS and (
        words[k] not in _EN_HEARINGS or words[k + 1] == "heard") for k in range(match.first - 1)) and (
        EN_EVENT_DAYS.isdisjoint(words))


# "Prosecutors said witnesses would describe being burned and beaten", "survivors will testify that they were tortured":
# the harm a witness is yet to tell in a proceeding is the act on trial (labelling guide: trials of past events are no
# incidents), not news of its own (English pass 69); not "survivors described being beaten" (a telling done: the
# twelfth session's answer, abuse told from abroad is the incident)
_EN_TESTIFY = frozenset({"describe", "recount", "tell", "testify", "give", "detail"})
_EN_TO_COME = frozenset({"would", "will", "to"})  # "would describe", "will testify", "are expected to tell"
_EN_TESTIMONY_REACH = 5  # "would describe being burned and beaten": the telling verb to the harm word


def _english_testimony_to_come(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A harm word up to five words after a telling verb right after "would / will / to": what a witness is to tell."""
    return any(words[k] in _EN_TESTIFY and k > 0 and words[k - 1] in _EN_TO_COME
               for k in range(max(0, match.first - _EN_TESTIMONY_REACH), match.first))


# "The last three people wounded in the market blast were discharged", "Blast wounded leave hospital": the hurt named as
# who leaves hospital are the discharge's subject, no harm told (labelling guide, fourteenth session: a discharge with
# no new harm is no incident and no counts; English pass 42); not "Five wounded in the blast, two discharged" (a
# number of its own before the verb: the blast's news, then who left) nor "wounded when ... and later discharged"
_EN_DISCHARGE_REACH = 14  # "wounded in the October bomb blast at Sirte's central market were discharged" (pass 43)
_EN_LEAVE_HOSPITAL = frozenset({"leave", "leaves", "left"})
_EN_GO_HOME = frozenset({"go", "goes", "went", "sent"})  # "Last two wounded in the bombing go home"
# the participles only: the headline frame's ``incident_frames._EN_DISCHARGED_HURT`` adds "survivors", "victims",
# "patients", "casualties"; here they are read beside any trigger, where "victims" may be the dead
_EN_DISCHARGED_PARTICIPLES = EN_WOUNDED_PARTICIPLES
_EN_HURT_BEFORE_REACH = 6


def _english_hurt_discharged(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    if "discharged" not in words and "hospital" not in words and "home" not in words:
        return False  # a cheap test first
    if not all(t.type == "injury" for t in match.payloads) and _EN_DISCHARGED_PARTICIPLES.isdisjoint(
            words[max(0, match.first - _EN_HURT_BEFORE_REACH) : match.first]) and _EN_DISCHARGED_PARTICIPLES.isdisjoint(
            words[match.last + 1 : match.last + 3]):
        return False  # (the blast that hurt them, "wounded in the market bombing ... left hospital", "bombing injured
        # leave hospital", is theirs too)
    for k in range(match.last + 1, min(len(words), match.last + 1 + _EN_DISCHARGE_REACH)):
        if words[k] in _EN_AMENDS_STOPS or parse_number(words, k) is not None:
            return False
        if words[k] == "discharged" or (words[k] in _EN_LEAVE_HOSPITAL and words[k + 1 : k + 2] == ["hospital"]) or (
                words[k] in _EN_GO_HOME and words[k + 1 : k + 2] == ["home"]):  # "... go home" (English pass 43)
            return True
    return False


_EN_AMENDS = frozenset({"compensation", "compensated", "compensate", "reparations", "reparation", "indemnity",
                        "indemnities", "rebuilding", "reconstruction"})
_EN_AMENDS_REACH = 3  # "compensation for their destroyed homes": the word, "for", up to one word, the harm


def _english_amends_for(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"protesters demanding compensation for destroyed homes", "reparations for the killings": the harm a payment or
    a rebuilding is owed for is a loss already suffered, named as the claim's object, not an attack told (English
    pass 28)."""
    k = match.first - 1
    while k >= 0 and match.first - k <= _EN_AMENDS_REACH and words[k] != "for":
        k -= 1
    return (k > 0 and words[k] == "for" and words[k - 1] in _EN_AMENDS) or _amends_to_families(words, match.first)


_EN_KILLED_OR_HURT = EN_KILLING_WORDS | EN_HURT_PARTICIPLES
_EN_PAYEES = frozenset({"families", "relatives", "heirs", "kin"})
_EN_LOSS_REACH = 4  # "the families of seven people killed": after "of", a number and up to two words, the harm
_EN_PAYEE_AMENDS_REACH = 4  # "compensation to the families", "pay compensation to the relatives"


def _amends_to_families(words: list[str], harm: int) -> bool:
    """"ordered the state to pay compensation to the families of seven people killed and 20 wounded when shells hit
    the market in 2022": the dead whose families a payment goes to, and every harm told after them in the clause, are
    the loss already suffered, the claim's object, not an attack told (English pass 40); not "the families of seven
    people killed on Sunday demanded ..." (no payment before them), nor a day named between them and the harm."""
    for k in range(harm - 1, 0, -1):
        if words[k] == "of" and words[k - 1] in _EN_PAYEES and not _EN_AMENDS.isdisjoint(
                words[max(0, k - 1 - _EN_PAYEE_AMENDS_REACH) : k - 1]):
            return not _EN_KILLED_OR_HURT.isdisjoint(words[k + 1 : k + 1 + _EN_LOSS_REACH]) and (
                EN_EVENT_DAYS.isdisjoint(words[k:harm]))
    return False


def _english_gone_then_found(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"whose body was found in a farm weeks after he disappeared": a disappearance whose victim's body was found is
    ended by the death the sentence tells (the labelling guide: once the killing is known, no continuing
    disappearance), not one that lasts (English pass 28)."""
    return (words[match.first] in _EN_GONE and all(t.type == "enforced_disappearance" for t in match.payloads)
            and not _EN_FOUND_BODY.isdisjoint(words) and "found" in words)


def _english_judged_act(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"A court sentenced five men to death for the killing of a businessman during a kidnapping in 2022": every harm
    told after a verdict verb in its English sentence is the act judged (labelling guide: trials of past events are
    no incidents), the kidnapping in which the killing happened too, not only the charge's first noun (English pass
    14). A harm before the verdict ("gunmen killed a guard who had been convicted"), or after a finite verb of its
    own ("A man convicted of theft last year was shot dead") is the sentence's own event."""
    if not words[0].isascii() or (_EN_VERDICTS.isdisjoint(words[: match.first]) and (
            _EN_JAILS.isdisjoint(words[: match.first]) or _EN_BENCH.isdisjoint(words[: match.first]))):
        return False  # a cheap test first
    verdict = max((k for k in range(match.first) if words[k] in _EN_VERDICTS or (
        words[k] in _EN_JAILS and words[k + 1 : k + 2] != [] and words[k + 1] not in _EN_NOT_JAILED_OBJECT
        and not _EN_BENCH.isdisjoint(words[max(0, k - _EN_BENCH_JAILS_REACH) : k])
        and not _EN_CHARGE_LINKS.isdisjoint(words[k + 1 : match.first]))), default=None)
    return verdict is not None and _EN_FINITE.isdisjoint(words[verdict + 1 : match.first]) and not (
        _english_critic_term(words, match, verdict))


# a journalist, an activist or a critic, named with the words of incident_frames (an extradited critic) and here
EN_DISSIDENTS = frozenset({"activist", "activists", "journalist", "journalists", "blogger", "bloggers", "dissident",
                           "dissidents", "critic", "critics", "reporter", "reporters", "poet", "writer"})
_EN_PRISONS = frozenset({"prison", "jail"})


def _english_critic_term(words: list[str], match: PhraseMatch[Trigger], verdict: int) -> bool:
    """"A court sentenced blogger X to three years in prison over posts": the prison term of a journalist or an
    activist named as the verdict's object is the verdict's own harm (labelling guide: imprisoning someone for a post
    or for journalism is an incident, as "jailed journalist X for one year" keeps), not the act it judged (English
    pass 65); not "sentenced two men to 15 years in prison for the killing of a journalist" (the men are sentenced)."""
    return words[match.last] in _EN_PRISONS and not EN_DISSIDENTS.isdisjoint(words[verdict + 1 : match.first])


# English pass 51: "A court in Valletta on Tuesday jailed two men for trafficking women", "Malta court jails two for
# trafficking": "jailed / jails" is a verdict where a court or a judge is its subject, a few words before it (not "a
# jailed activist", "in Libya's jails": no bench before)
_EN_JAILS = frozenset({"jailed", "jails", "imprisons"})
_EN_BENCH_JAILS_REACH = 6  # "A court in Valletta on Tuesday jailed": the bench word to the verb
# the words after a passive "jailed" ("a judge jailed by an armed group", "judges jailed after criticising"): the bench
# is then the one held, not the one who jails
_EN_CHARGE_LINKS = frozenset({"for", "over"})  # the charge after the jailed: "jailed two men for trafficking women"
# (not "jailed journalist Amira X for one year": the one jailed before "for" is the verdict's own harm, kept)
_EN_NOT_JAILED_OBJECT = frozenset({"by", "in", "at", "since", "without", "after", "over", "on", "and", "was", "were"})


_EN_RELEASE_CALLS = frozenset({"release", "releasing", "free", "freeing"})
_EN_EVERYONE = frozenset({"all", "everyone", "everybody"})
_EN_RELEASE_REACH = 4  # "urges release of all arbitrarily detained persons": the call, "of", "all", an adverb
_EN_FOUGHT = frozenset({"fight", "fighting", "combat", "combating", "combatting", "tackle", "tackling", "against",
                        "counter", "countering", "disrupt", "dismantle"})


def _english_called_for_all(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """English aims, no act told: a call to release "all" or "everyone" held ("urges release of all arbitrarily
    detained persons": the detained as a class; not "all five journalists detained", a number follows), and traffickers
    a deal or a force is to fight ("to fight the traffickers", "combat traffickers")."""
    types = {t.type for t in match.payloads}
    before = words[max(0, match.first - _EN_RELEASE_REACH) : match.first]
    if types == {"arbitrary_detention"} and _EN_RELEASE_CALLS.intersection(before):
        k = next((j for j, w in enumerate(before) if w in _EN_EVERYONE), None)
        return k is not None and (k + 1 == len(before) or parse_number(before, k + 1) is None)
    if types == {"trafficking"} and words[match.first] == "traffickers":
        near = words[max(0, match.first - 2) : match.first]
        return bool(_EN_FOUGHT.intersection(near)) or _english_fare_charged(words, match.last)
    return False


# English pass 58 (tune121en): "traffickers in Libya had charged each of them 4,000 euros": the fare of a crossing the
# traffickers took, told as a price, is no abuse of anyone (the guide: trafficking abuse; as "smugglers" charging a
# fare, which the lexicon reads as weak); not "demanded a ransom" (extortion names no fare verb here)
_EN_FARE_VERBS = frozenset({"charged", "charging", "charge", "charges"})
_EN_FARE_CURRENCIES = frozenset({"euros", "euro", "dollars", "dinars", "dinar", "pounds", "usd", "eur"})
_EN_FARE_REACH = 8  # "had charged each of them 4,000 euros": the traffickers to the price


def _english_fare_charged(words: list[str], last: int) -> bool:
    """A fare verb right after the traffickers (within ``_EN_FARE_REACH`` words) and a currency after it."""
    after = words[last + 1 : last + 1 + _EN_FARE_REACH]
    k = next((j for j, w in enumerate(after) if w in _EN_FARE_VERBS), None)
    return k is not None and not _EN_FARE_CURRENCIES.isdisjoint(words[last + 2 + k : last + 4 + _EN_FARE_REACH])


def _english_hit_in_body(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"was hit in the thigh", "hit on the head" (English pass 35): a wound, no hit on a building (the property word
    "hit" names a person's)."""
    return {t.type for t in match.payloads} == {PROPERTY} and words[match.last + 1 : match.last + 2] in (["in"], ["on"]) and (
        EN_BODY_PARTS.intersection(words[match.last + 2 : match.last + 4]))


_EN_HIT_SUBJECT_REACH = 8  # "A pregnant Eritrean woman was hit by": the subject's head before the passive
_EN_HIT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def _english_thing_hit(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"The water tank has been hit by bullets many times": a bullet, gunfire or shrapnel that hit a thing wounds
    nobody. The lexicon's "hit by a bullet" (English pass 29) is a wound only with a person as the subject of the
    passive; the older "hit by a stray bullet" entries keep their reading."""
    if words[match.first] not in EN_HIT or words[match.first + 1 : match.first + 2] != ["by"] or (
            "stray" in words[match.first : match.last + 1]) or not all(
            t.type == "injury" for t in match.payloads):
        return False
    subject = words[max(0, match.first - _EN_HIT_SUBJECT_REACH) : match.first]
    return not (people_among(subject) or _EN_HIT_PRONOUNS.intersection(subject))


_EN_SUFFERERS = frozenset({"us", "me", "them", "the", "his", "her", "our", "my"})  # "a torture for the family"


def _english_torture_for_us(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Every day without news is a day of torture for us": the family's anguish, no torture told (not "torture for
    days": a time follows)."""
    return {t.type for t in match.payloads} == {"torture"} and words[match.last + 1 : match.last + 2] == ["for"] and (
        words[match.last + 2 : match.last + 3] != [] and words[match.last + 2] in _EN_SUFFERERS)


_EN_THINGS_CARRIED_OUT = frozenset({"session", "sessions", "plan", "plans", "order", "orders", "deal", "project",
                                    "projects", "operation", "transfer", "transfers", "contract", "contracts",
                                    "programme", "program", "budget", "strategy", "policy", "vote", "reform",
                                    "reforms", "agreement", "decision", "decisions", "move", "handover",
                                    "meeting", "meetings",
                                    # a political process "murdered", "killed", "assassinated" (English pass 24:
                                    # "The deal was murdered in its cradle"): a figure of speech, nobody killed
                                    "deals", "agreements", "accord", "accords", "initiative", "initiatives", "talks",
                                    "truce", "ceasefire", "process", "roadmap", "dialogue", "bill", "proposal",
                                    "settlement", "compromise", "negotiations", "reconciliation", "election",
                                    "elections", "constitution", "law"})
_EN_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being"})
# the verbs of putting to death a thing may suffer in a figure ("the plan was executed", "the deal was murdered")
_EN_THING_DEATH_VERBS = frozenset({"executed", "murdered", "killed", "assassinated", "strangled", "slaughtered",
                                   "butchered"})


def _english_thing_executed(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"This session was executed like a funeral", "the plan was executed in May": a thing carried out, nobody put
    to death (the subject before the passive is no person); "the deal was murdered in its cradle", "the truce was
    assassinated": a process ended, a figure of speech (English pass 24)."""
    if words[match.first] not in _EN_THING_DEATH_VERBS or match.first < 2:
        return False
    if words[match.first - 1] in _EN_THINGS_CARRIED_OUT and words[match.first + 1 : match.first + 2] == ["by"]:
        return True  # "the constitution assassinated by the militias": a reduced passive (English pass 24)
    before = words[max(0, match.first - 3) : match.first]
    aux = [i for i, w in enumerate(before) if w in _EN_PASSIVE_AUX]
    return bool(aux) and aux[0] > 0 and before[aux[0] - 1] in _EN_THINGS_CARRIED_OUT


_EN_CRIME_CLASSES = frozenset({"crimes", "abuses", "violations", "atrocities", "offences", "offenses"})
_EN_CRIME_CLASS_REACH = 12  # "crimes in Libyan detention facilities, including": the class before "including"
_EN_INCLUDED_REACH = 6  # "including killings and rape of migrants": the harms listed after it


def _english_crimes_including(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"warrants related to crimes in Libyan detention facilities, including killings and rape": kinds of crime
    listed under a class (an investigation's or a report's scope), no event told; a day named after the class tells
    an event ("abuses in the camp on Sunday, including the killing of two boys")."""
    start = max(0, match.first - _EN_INCLUDED_REACH)
    for at in range(match.first - 1, start - 1, -1):
        if words[at] == "including" or (words[at] == "as" and at > 0 and words[at - 1] == "such"):
            scope = words[max(0, at - _EN_CRIME_CLASS_REACH) : at]
            classes = [k for k, w in enumerate(scope) if w in _EN_CRIME_CLASSES]
            return bool(classes) and not EN_EVENT_DAYS.intersection(scope[classes[-1] :])
    return False


_EN_CALLS = frozenset({"calling", "called", "calls", "call", "demanding", "demanded", "demand", "demands", "urged",
                       "urging", "urge", "urges"})
_EN_CALLED_ENDS = frozenset({"release", "end", "stop", "halt"})
# people told by no number, name or single person: a call for all of a kind, not one event's victims
_EN_UNNAMED_PEOPLE = frozenset({"people", "detainees", "prisoners", "those", "men", "women", "migrants",
                                "political", "arbitrary", "arbitrarily", "torture", "abductions", "detentions",
                                "others"})  # "called for the release of others held without charge" (English pass 32)
_EN_CALL_REACH = 6


def _english_call_for_unnamed(words: list[str]) -> bool:
    """"Hundreds rallied calling for the release of people held without trial", "activists called on the authorities
    to end arbitrary detention": a call to free or to end a kind of abuse, its people unnamed, is a campaign, no
    event (labelling guide: calls and campaigns with no event reported). Not "called for the release of journalist
    X" (a named detainee still held is the news). English words only."""
    if not _EN_CALLS.intersection(words):
        return False
    for k, word in enumerate(words):
        if word not in _EN_CALLS:
            continue
        end = next((j for j in range(k + 1, min(len(words), k + _EN_CALL_REACH)) if words[j] in _EN_CALLED_ENDS), None)
        if end is None:
            continue
        j = end + 1 + (words[end + 1 : end + 2] == ["of"])
        j += words[j : j + 1] == ["the"] or words[j : j + 1] == ["to"]
        if j < len(words) and words[j] in _EN_UNNAMED_PEOPLE:
            return True
        if words[j : j + 1] == ["others"] and words[j - 1] != "the":
            return True  # "called for the release of others held without charge" (not "the others": a group told)
    return False


_EN_STRIKING = frozenset({"on", "hit", "hits", "struck", "strikes", "targeted", "targeting", "stormed", "shelled",
                          "bombed", "raided", "smashed", "smashing", "ransacked", "vandalised", "vandalized"})
_EN_STRIKE_REACH = 3  # "hit the Naivasha market": the verb, an article and a name before the object


def _english_object_struck(words: list[str], objects: list[PhraseMatch[str]]) -> bool:
    """English: a civilian object named as what was struck ("an airstrike hit a school", "a strike on a farm", "rocket
    hits family home"): the English labels keep attack_on_property beside the people killed or hurt there (the ANT
    dev labels, Arabic, do not: an Arabic sentence never passes here)."""
    return any(words[m.first].isascii() and any(w in _EN_STRIKING for w in _english_words_before(words, m.first))
               for m in objects) and all(w.isascii() for w in words)


def _english_words_before(words: list[str], index: int) -> list[str]:
    """The ``_EN_STRIKE_REACH`` words before ``index``, a possessive's "s" not counted ("struck her family's home")."""
    start = index
    reach = _EN_STRIKE_REACH
    while start > 0 and reach > 0:
        start -= 1
        reach -= words[start] != "s"
    return words[start:index]


# English pass 18 (tune41en): a thing held hostage

_EN_HOSTAGE = frozenset({"hostage", "hostages"})
# what a figurative hostage is: plants, money, an economy or a political process, never a person ("the oil fields
# were 'hostages of political blackmail'", "held the budget hostage", "holding the economy hostage to their demands")
_EN_HOSTAGE_THINGS = frozenset({
    "oil", "field", "fields", "refinery", "refineries", "plant", "plants", "port", "ports", "terminal", "terminals",
    "pipeline", "pipelines", "valves", "budget", "economy", "country", "nation", "city", "capital", "state", "process",
    "election", "elections", "talks", "revenue", "revenues", "production", "output", "exports", "institutions",
    "parliament", "politics", "political", "blackmail", "quarrel", "dispute", "row", "demands", "interests",
    "stalemate", "deadlock", "feud", "agenda", "sector", "salaries", "wages", "electricity", "water", "fuel", "supply",
    "supplies", "money", "funds", "bill", "bills", "law", "laws",
    # a vote or a political process held hostage (English pass 24: "Elections 'held hostage by militias'")
    "vote", "votes", "polls", "poll", "ballot", "transition", "reconciliation", "constitution", "deal", "agreement",
    "future",
    # gas, like oil, is a resource held hostage in a figure of speech (English pass 28)
    "gas"})
_EN_HOLD_VERBS = frozenset({"held", "hold", "holds", "holding", "taken", "take", "takes", "took", "taking", "keep",
                            "keeps", "kept", "keeping", "remain", "remains", "remained", "become", "became", "becomes"})
_EN_HOSTAGE_REACH = 4  # "holding the whole economy hostage": the verb, up to three words, "hostage"


def _english_thing_hostage(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"'hostage' oil fields", "called the fields 'hostages of political blackmail'", "militias hold the economy hostage
    to their demands": a thing or a process held hostage is a figure of speech (English pass 18), no one taken. The
    thing stands right after the word, after its "of / to" (within three words), or between a verb of holding and
    it; "holding them hostage", "the hostages of the armed group" name people and stay an abduction."""
    if match.first != match.last or words[match.first] not in _EN_HOSTAGE:
        return False
    after = words[match.last + 1 : match.last + 5]
    if after[:1] != [] and after[0] in _EN_HOSTAGE_THINGS:
        return True
    if after[:1] in (["of"], ["to"]) and not _EN_HOSTAGE_THINGS.isdisjoint(after[1:4]) and not people_among(after[1:4]):
        return True
    start = max(0, match.first - _EN_HOSTAGE_REACH)
    before = words[start : match.first]
    held = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _EN_HOLD_VERBS), None)
    if held is None:
        return False
    if not _EN_HOSTAGE_THINGS.isdisjoint(before[held + 1 :]) and not people_among(before[held + 1 :]):
        return True  # not "took 20 oil workers hostage"
    return held + 1 == len(before) and _english_thing_subject(words, start + held)


_EN_THING_SUBJECT_SKIP = frozenset({"was", "were", "is", "are", "been", "being", "be", "has", "have", "had", "still", "now",
                              "long", "effectively"})
# adverbs of frequency or manner between the subject and the verb ("Libya's oil has been repeatedly held hostage":
# English pass 28); an "-ly" adverb of this kind reads the same ("routinely", "increasingly")
_EN_THING_SUBJECT_ADVERBS = frozenset({"often", "again", "also", "always", "once", "twice", "so", "too", "effectively"})
_EN_THING_SUBJECT_REACH = 3  # "the elections have long been held hostage": "have long been" between


def _english_thing_subject(words: list[str], verb: int) -> bool:
    """"Elections 'held hostage by militias'", "the vote remained hostage to the armed groups": the subject right
    before the verb of holding (past auxiliaries and "still") is a thing or a process, held in a figure of speech
    (English pass 24); "two engineers were held hostage" names people and stays an abduction."""
    k = verb - 1
    while k >= 0 and verb - k <= _EN_THING_SUBJECT_REACH and (
            words[k] in _EN_THING_SUBJECT_SKIP or words[k] in _EN_THING_SUBJECT_ADVERBS
            or (words[k].endswith("ly") and len(words[k]) > 5 and words[k] not in _EN_HOSTAGE_THINGS)):
        k -= 1
    return k >= 0 and words[k] in _EN_HOSTAGE_THINGS


_EN_FREED = frozenset({"released", "freed"})
_EN_UNHURT_AFTER = frozenset({"unharmed", "unhurt", "uninjured", "safe", "safely"})
_EN_STILL_HELD = frozenset({"still", "remain", "remains"})
_EN_FREED_REACH = 6  # "have been released unharmed", "were freed on Saturday and are in good health"


def english_released_unharmed(words: list[str]) -> bool:
    """"have been released unharmed", "were freed ... in good health": the document tells the people held were let go
    unhurt (settled guide: a release is no incident, also after an abduction or a ransom; English pass 18)."""
    if _EN_FREED.isdisjoint(words) or not _EN_STILL_HELD.isdisjoint(words):
        return False  # "released the driver unharmed; the engineers are still held": the taking goes on
    for k, word in enumerate(words):
        if word in _EN_FREED:
            after = words[k + 1 : k + 1 + _EN_FREED_REACH]
            if not _EN_UNHURT_AFTER.isdisjoint(after) or any(a == "good" and b == "health" for a, b in pairwise(after)):
                return True
            # "were freed on Thursday ... The ministry said the men were in good health": the health of those freed
            # told in a later sentence of the release story (English pass 35)
            if k and words[k - 1] in _EN_FREED_BE and any(
                    a == "good" and b == "health" for a, b in pairwise(words[k + 1 :])):
                return True
    return False


_EN_FREED_BE = frozenset({"was", "were", "been", "is", "are"})
_EN_OTHERS_HELD = frozenset({"other", "others", "rest"})  # "one was freed ... the other is held"


# "would strike unless the lawyer, who was taken on Monday, is freed", "until he is released": a release in the
# present passive after "unless / until" is the condition awaited, not one that happened (English pass 35)
_EN_AWAITED = frozenset({"unless", "until", "till"})
_EN_PRESENT_BE = frozenset({"is", "are"})


def english_release_awaited(words: list[str], index: int) -> bool:
    """The release word at ``index`` is "is / are freed" in a clause opened earlier by "unless / until"."""
    return index > 0 and words[index - 1] in _EN_PRESENT_BE and not _EN_AWAITED.isdisjoint(words[:index])


def english_taken_then_freed(words: list[str], last: int) -> bool:
    """"a pharmacist kidnapped near Gharyan on 4 May, was freed this morning": an abduction told in the sentence that
    tells its end (settled guide: a release is no incident, also after an abduction or a ransom; English pass 23).
    Not when someone is still held or another captive is named ("one was freed but the other is still held")."""
    if _EN_FREED.isdisjoint(words[last + 1 :]) or not _EN_STILL_HELD.isdisjoint(words) or not (
            _EN_OTHERS_HELD.isdisjoint(words)):
        return False
    if _english_captives_freed_headline(words, last):
        return True
    return any(word in _EN_FREED and words[k - 1] in _EN_FREED_BE and not english_release_awaited(words, k)
               for k, word in enumerate(words[last + 1 :], start=last + 1))


# "Kidnapped Egyptian workers freed in Libya", "Two abducted engineers released": a headline drops the "were" of its
# release; the taking word is then the participle before the people freed, at the head of the sentence (English
# pass 35). Only the participle ("kidnapped", "abducted", "seized"), an article or a number before it, and the
# release within a few words after (the subject between)
_EN_HEAD_BEFORE = frozenset({"a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_EN_HEADLINE_FREED_REACH = 5  # "Kidnapped [Egyptian farm workers] freed": the participle, up to four words, the release


def _english_captives_freed_headline(words: list[str], last: int) -> bool:
    """The taking at ``last`` is the participle that opens the sentence ("Kidnapped Egyptian workers freed")."""
    if words[last] in _EN_CAPTIVE_NOUNS and last <= _EN_CAPTIVES_OPEN and any(
            w in _EN_FREED for w in words[last + 1 : last + 1 + _EN_HEADLINE_FREED_REACH]):
        return True  # "Hostages freed in Sabha", "Egyptian hostages released in Sirte" (English pass 38)
    return words[last].endswith("ed") and all(w in _EN_HEAD_BEFORE or w.isdigit() for w in words[:last]) and any(
        w in _EN_FREED for w in words[last + 2 : last + 1 + _EN_HEADLINE_FREED_REACH])


# "Abducted Misrata doctor released" over a story that restates the taking ("The doctor ... was abducted near his
# clinic") and names nobody still held (English pass 65); "still" and "remain" only before a word of holding or of a
# fate unknown: "was still investigating the case" is the police's inquiry, no captive left
_EN_TAKEN_OPENERS = frozenset({"abducted", "kidnapped", "snatched"})
_EN_ABUSE_TOLD = frozenset({"tortured", "torture", "beaten", "beat", "beating", "burned", "burnt", "abused", "abuse",
                            "ordeal", "raped", "whipped", "starved", "treatment", "treated",
                            "wounds", "wounded", "injuries", "injured"})
_EN_STILL_TAKEN = frozenset({"held", "holding", "detained", "missing", "captive", "captives", "hostage", "hostages",
                             "in", "unaccounted", "unknown", "being"})


def english_freed_headline(headline: list[str], words: list[str]) -> bool:
    """The headline tells a captive freed ("Abducted doctor released", "Hostages freed in Sabha", the test of
    ``_english_captives_freed_headline``) and no one of the story is still held: the story is the release (settled
    guide: a release is no incident, also after an abduction), its body's restated taking no new act."""
    if _EN_FREED.isdisjoint(headline) or not _EN_OTHERS_HELD.isdisjoint(words) or not _EN_ABUSE_TOLD.isdisjoint(words):
        return False  # "the kidnappers had burned him with cigarettes", "taken to a clinic": abuse in captivity told
    if any(w in _EN_STILL_HELD and not _EN_STILL_TAKEN.isdisjoint(words[k + 1 : k + 3]) for k, w in enumerate(words)):
        return False  # "the other engineers are still held", "two remain in captivity"
    return any((w in _EN_TAKEN_OPENERS or w in _EN_CAPTIVE_NOUNS) and _english_captives_freed_headline(headline, k)
               for k, w in enumerate(headline))


# "Hostages freed in Sabha", "Two Egyptian hostages released": the captives' noun opening a headline, its release
# within a few words after: the story is the release (settled answers; English pass 38); not "Gunmen take five hostages,
# one freed" (the noun later: a taking told)
_EN_CAPTIVE_NOUNS = frozenset({"hostage", "hostages", "captive", "captives", "abductees"})
_EN_CAPTIVES_OPEN = 2  # "Hostages", "Two hostages", "Two Egyptian hostages": the noun among the first three words


# "drowned off Sabratha", "shot off the coast of Zuwara": "off" before a coast or a place says where (English pass 18),
# not the "killed off" of an idiom
_EN_COASTS = frozenset({"coast", "coasts", "shore", "shores", "island", "islands", "libya", "tunisia", "malta", "italy",
                        "greece", "crete", "lampedusa", "sicily", "egypt"})


@lru_cache(maxsize=1)
def _english_place_words() -> frozenset[str]:
    """The gazetteer's English place names of one word, lower case (read once)."""
    return frozenset(name.lower() for place in load_gazetteer().by_id.values() for name in place.get("names", ())
                     if name.isascii() and " " not in name)


def english_off_a_place(words: list[str], k: int) -> bool:
    """The "off" at ``k`` is followed (past "the") by a coast word or a place name: a location at sea."""
    j = k + 1 + (words[k + 1 : k + 2] == ["the"])
    return j < len(words) and (words[j] in _EN_COASTS or words[j] in _english_place_words())


def this_century_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word.startswith("20")


# "UN: 2025 saw fewer civilian casualties but more arbitrary detention": a year as the subject of "saw" and a
# comparative is the same year's record as "fell in 2025" (English pass 35); not "Residents saw gunmen shoot ..."
_EN_SAW_CHANGES = frozenset({"fewer", "more", "less", "rise", "fall", "drop", "increase", "decrease", "surge",
                             "decline", "jump"})


def year_saw_change(words: list[str]) -> bool:
    """A year of this century, "saw", then a comparative or a change noun within two words ("saw a rise in")."""
    return any(w == "saw" and k > 0 and this_century_year(words[k - 1])
               and not _EN_SAW_CHANGES.isdisjoint(words[k + 1 : k + 3]) for k, w in enumerate(words))


def _english_year_saw(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"2025 saw fewer civilian casualties but more arbitrary detention": the harm after the year's "saw" and a
    comparative is the year's record (labelling guide: statistics are no incident; English pass 35)."""
    return "saw" in words and year_saw_change(words[: match.first])  # (its change word lies between "saw" and the harm)


# "the men opened fire when ordered to surrender", "opened fire while resisting arrest": the fire of the people the
# force came for, with no one hit, is their side of a gunfight (no civilian harmed; English pass 35)
_EN_SURRENDER = frozenset({"surrender", "arrest"})
_EN_FIRE_ARREST_REACH = 6  # "opened fire when they were told to surrender"


def _english_fire_on_arrest(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"opened fire" followed within reach by "surrender" or "arrest" (the force's order or attempt)."""
    return words[match.first] == "opened" and words[match.last] == "fire" and not _EN_SURRENDER.isdisjoint(
        words[match.last + 1 : match.last + 1 + _EN_FIRE_ARREST_REACH])


# "Three fishermen drowned when their boat sank in rough seas": fishermen lost at sea are an accident (the English twin
# of «غرق مركب صيد»; English pass 35), unless the boat was attacked, rammed or seized, or smugglers are told
_EN_FISHERS = frozenset({"fishermen", "fisherman", "fishing"})
EN_DROWNED = frozenset({"drowned", "drowning", "drown", "drowns"})
_EN_ATTACKS_AT_SEA = frozenset({"rammed", "fired", "shot", "attacked", "opened", "seized", "intercepted", "chased",
                                "struck", "shelled", "gunmen", "smugglers", "traffickers", "migrants"})


def english_fishers_drowned(words: list[str]) -> bool:
    """Fishermen (or a fishing boat) and a drowning word, with no attack at sea told in the same words."""
    return not _EN_FISHERS.isdisjoint(words) and not EN_DROWNED.isdisjoint(words) and (
        _EN_ATTACKS_AT_SEA.isdisjoint(words))


_EN_PATTERN_VERDICTS = frozenset({"systematic", "widespread", "routine", "rife", "endemic", "rampant", "commonplace"})
_EN_VERDICT_LINKS = frozenset({"is", "are", "was", "were", "remains", "remained", "remain", "has", "have", "become",
                               "became", "been", "still"})
_EN_VERDICT_REACH = 3  # "torture remained 'systematic'", "arbitrary detention 'systematic'", "is still widespread"


def _english_harm_called_pattern(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"UN report: arbitrary detention 'systematic' across Libya", "torture remains widespread": a harm given a
    pattern's verdict as its predicate is a report's finding about a country's record (labelling guide: a record in
    general is no incident), not a case; "systematic torture of a detainee" (the adjective before the harm names its
    kind) is none."""
    for word in words[match.last + 1 : match.last + 1 + _EN_VERDICT_REACH]:
        if word in _EN_PATTERN_VERDICTS:
            return True
        if word not in _EN_VERDICT_LINKS:
            return False
    return False


_EN_PROTESTING = frozenset({"protesting", "denouncing", "decrying"})
_EN_PROTEST_LEADS = frozenset({"to", "in"})  # "to protest", "in protest at"
_EN_PROTESTED_REACH = 5  # "to protest years of detention without trial": the protest word up to five words before


def _english_detention_protested(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"set fire to mattresses to protest years of detention without trial": a detention named as what a protest is
    against is the protesters' grievance, the news is the protest (as «تفريق مظاهرة للاحتجاج على إعدام»); a detention
    told as done ("held for months without charge ..., in protest at the conditions": the protest after it) stays."""
    if not all(t.type in ("arbitrary_detention", "enforced_disappearance") for t in match.payloads):
        return False
    for k in range(max(1, match.first - _EN_PROTESTED_REACH), match.first):
        if words[k] in _EN_PROTESTING or (words[k] == "protest" and words[k - 1] in _EN_PROTEST_LEADS):
            return True
    return False


_EN_USE_HEADS = frozenset({"used", "hub", "base", "route", "front", "cover"})
_EN_USE_REACH = 7  # "were used for fuel smuggling and human trafficking": "used for" up to seven words before


def _english_trafficking_use(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"targets the government said were used for fuel smuggling and human trafficking", "a hub for trafficking": what
    a site, a boat or a town is said to be used for names a trade, no trafficked victims (not "migrants held by
    traffickers", who are told)."""
    if not all(t.type == "trafficking" for t in match.payloads):
        return False
    return any(words[k] in _EN_USE_HEADS and words[k + 1] in ("for", "in")
               for k in range(max(0, match.first - _EN_USE_REACH), match.first - 1)) or any(
        words[k] in _EN_LINK_HEADS and words[k + 1] in ("to", "with")
        for k in range(max(0, match.first - _EN_LINK_REACH), match.first - 1))


# "the smuggling network was linked to traffickers in Chad", "a gang with ties to traffickers": the traffickers a group
# is said to be tied to name who it deals with, no trafficked victims (English pass 38; not "held by traffickers")
_EN_LINK_HEADS = frozenset({"linked", "tied", "connected", "links", "ties", "connections", "link"})
_EN_LINK_REACH = 4  # "linked to human traffickers", "ties with people traffickers": the link, "to", up to two words


_EN_PROTEST_FUEL = frozenset({"mattresses", "mattress", "tyres", "tires", "tyre", "tire", "blankets", "bedding",
                              "rubbish", "garbage"})
_EN_FUEL_REACH = 3  # "set fire to their blankets", "burned old tyres": the object up to three words after


def _english_protest_fire(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Prisoners set fire to mattresses", "residents burned tyres": bedding or tyres set alight are how inmates riot
    or protesters block a road, no one's property attacked (not "set fire to a pharmacy", an arson)."""
    if not all(t.type == PROPERTY for t in match.payloads):
        return False
    return not _EN_PROTEST_FUEL.isdisjoint(words[match.last + 1 : match.last + 1 + _EN_FUEL_REACH])


# English pass 24 (tune52en): abuse a population "faces"

_EN_FACING = frozenset({"face", "faces", "facing"})
_EN_FACE_OWNERS = frozenset({"their", "his", "her", "its", "my", "our", "your", "the", "a", "whose"})  # a face, the noun
_EN_FACED_REACH = 12  # "continue to face systematic abuse, including extortion, forced labour and sexual violence"
_EN_FACED_STOPS = _EN_FINITE | frozenset({"said", "says", "told", "after", "when", "where", "who", "which"})


def _english_faced(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Migrants in Libya continue to face systematic abuse, including extortion and forced labour", "children facing
    sexual violence": a harm a population faces is a risk or a condition told in the present (a report's finding about
    a country's record, labelling guide), no case. The verb only (not "covered their faces"), with no clause between
    it and the harm; a past "faced" is a victim's account and stays."""
    for k in range(match.first - 1, max(-1, match.first - 1 - _EN_FACED_REACH), -1):
        word = words[k]
        if word in _EN_FACING:
            return not (k > 0 and words[k - 1] in _EN_FACE_OWNERS)
        if word in _EN_FACED_STOPS:
            return False
    return False


# "stormed the ward after a relative of theirs died", "after their father died there": the death that angered the
# attackers of a hospital or a clinic (as «بسبب وفاة أحد مرافقيهم»), told in an "after" clause before the act; no
# killing told (English pass 27)
_EN_GRIEVANCE_KIN = frozenset({"relative", "father", "mother", "brother", "sister", "son", "daughter", "wife",
                               "husband", "cousin", "uncle", "friend", "child", "baby", "patient"})
_EN_GRIEVANCE_REACH = 6  # "after a relative of theirs died": "after" up to five words before the verb


def _english_grievance_death(words: list[str], first: int) -> bool:
    """"after a relative of theirs died", "after their father died": the attackers' own kin's death, in an "after"
    clause, is why they attacked, not a killing (only "their ... / ... of theirs" kin)."""
    if first < 3:
        return False
    if _english_kin_of_the_dead(words, first):
        return True
    before = words[max(0, first - _EN_GRIEVANCE_REACH) : first]
    if "after" not in before:
        return False
    clause = before[len(before) - before[::-1].index("after") :]
    theirs = clause[-1:] == ["theirs"] and len(clause) >= 3 and clause[-2] == "of" and clause[-3] in _EN_GRIEVANCE_KIN
    return theirs or (len(clause) == 2 and clause[0] == "their" and clause[1] in _EN_GRIEVANCE_KIN)


_EN_KIN_OF = frozenset({"relatives", "family", "families", "kin", "kinsmen", "sons", "brothers"})


def _english_kin_of_the_dead(words: list[str], first: int) -> bool:
    """"Relatives of a patient who died at the centre stormed the ward and beat two doctors": the death told in a
    relative clause on the one whose kin are the subject is why they attacked (a patient's death in care), not a
    killing, as "after a relative of theirs died" (English pass 54). Not "relatives of a man who was shot dead" (a
    verb of violence: the harm word is then no bare "died")."""
    return (words[first] in ("died", "dies") and words[first - 1] == "who" and words[first - 2] in _EN_GRIEVANCE_KIN
            and first > 4 and words[first - 3] in ("a", "an", "the") and words[first - 4] == "of"
            and words[first - 5] in _EN_KIN_OF)


_EN_AFTER_PASSIVE = frozenset({("after", "being"), ("after", "getting")})
_EN_AFTER_SUBJECT = frozenset({"he", "she", "they"})
_EN_DIED_WOUND_REACH = 12  # "died on Friday in a Tripoli hospital after being hit": the death to the wound
_EN_DEATH_WORDS = frozenset({"died", "dies", "die"})
_EN_WEAPON_WOUNDS = frozenset({"hit", "struck", "shot", "wounded", "injured"})  # a bullet's or a shell's wound


def _english_died_after_wound(words: list[str], first: int, killing_at: set[int]) -> bool:
    """"died on Friday after being hit by a stray bullet", "died after he was shot in the leg": an injury told in a
    passive right after "after" (being / he was / she was / they were), with a death ("died") shortly before it: the
    wound the victim died of, no second harm (English pass 27; as «لقي حتفه بعد أن أصابته رصاصة»)."""
    if first < 3:
        return False
    passive = (words[first - 2], words[first - 1]) in _EN_AFTER_PASSIVE or (
        words[first - 1] in ("was", "were") and words[first - 2] in _EN_AFTER_SUBJECT and words[first - 3] == "after")
    if not passive or words[first] not in _EN_WEAPON_WOUNDS:
        return False  # not "after he was beaten": the beating keeps its own telling (its victim's age, English pass 23)
    return any(0 < first - k <= _EN_DIED_WOUND_REACH and words[k] in _EN_DEATH_WORDS for k in killing_at)


# care given to the wounded as a class: "funds to help the hospital treat the wounded", "trained nurses to care for the
# injured", "on how to treat gunshot wounds" (English pass 30: hospital funding and medics' training are look-alikes)
_EN_CARE_VERBS = frozenset({"treat", "treating", "care", "caring", "tend", "tending", "nurse", "nursing"})
_EN_CARE_CLASSES = frozenset({"wounded", "injured", "injuries", "wounds", "burns"})
_EN_CARE_CLASS_REACH = 3  # "treat the wounded", "care for the injured", "treat gunshot wounds"


def _english_care_for_class(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"to help Tripoli Medical Centre treat the wounded", "trained 40 nurses on how to treat gunshot wounds": the
    wounded or a kind of wound named as what care is for, after a bare care verb ("treat", "care for"), tell no one
    harmed (a hospital's funding, a course); "were treated for gunshot wounds" (a passive: people treated) and "the
    wounded were taken" keep theirs. Only when the care verb is bare: after "to", "how to" or a modal."""
    if words[match.last] not in _EN_CARE_CLASSES or not all(t.type == "injury" for t in match.payloads):
        return False
    for k in range(match.first - 1, max(-1, match.first - 1 - _EN_CARE_CLASS_REACH), -1):
        if words[k] in _EN_CARE_VERBS:
            return k > 0 and words[k - 1] in _EN_BARE_CARE_BEFORE and not _EN_CARE_PURPOSES.isdisjoint(words[:k])
        if words[k] in _EN_HABITUAL_CARE:
            return k > 0 and words[k - 1] in _EN_HABITUAL_BEFORE
    return False


# English pass 66 (tune133en): "Misrata Medical Center, which receives wounded and accident victims from across the
# region": a facility's habitual intake in a relative clause (the present "receives / treats / admits") is what it is
# for, nobody hurt (as the Arabic «ويستقبل القسم المصابين»); "which received wounded from the clashes" (past) keeps its
_EN_HABITUAL_CARE = frozenset({"receives", "treats", "admits"})
_EN_HABITUAL_BEFORE = frozenset({"which", "that"})


# before a care verb that names a class of care, not an act done: "to treat", "help ... treat", "how to treat", "can treat"
_EN_BARE_CARE_BEFORE = frozenset({"to", "help", "helps", "helping", "can", "could", "will", "would", "and", "centre",
                                  "center", "hospital", "hospitals", "clinic", "clinics", "medics", "nurses", "doctors"})
# what the care is for told before it: money given, a training ("Doctors struggled to treat the wounded after a shell
# hit a market" names none, and keeps its injury)
_EN_CARE_PURPOSES = frozenset({"pledged", "pledge", "funds", "funding", "fund", "funded", "donated", "donation",
                               "donations", "euros", "dollars", "grant", "trained", "trains", "training", "course",
                               "courses", "taught", "teach", "teaches", "learn", "learned", "learnt", "equipment",
                               "supplies", "capacity", "ability", "prepared", "preparing", "ready"})


_EN_NONE_QUALIFIERS = frozenset({"new", "further", "other", "fresh", "more", "confirmed", "reported", "known", "actual"})


def _english_no_harm(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"No kidnapping was reported", "there were no further abductions": a harm noun determined by "no" (past one
    qualifier) is a harm the sentence says did not happen (English pass 31; the passive "nobody was hurt" is
    ``_english_harm_denied``'s)."""
    k = match.first - 1
    if k >= 0 and words[k] in _EN_NONE_QUALIFIERS:
        k -= 1
    return k >= 0 and words[k] == "no" and words[match.first].isascii()


_EN_NAMING = frozenset({"called", "calling", "calls", "call", "described", "describing", "describes", "branded",
                        "branding", "dubbed", "labelled", "labeled", "termed"})
_EN_NAMING_REACH = 6  # "called the referee's performance a massacre": the verb, the thing named, "a"
_EN_NAMED_HARM_GOES_ON = frozenset({"of", "against", "on", "in", "at", "by", "that", "which", "who", "targeting"})


def _english_harm_as_a_name(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"the coach called the tackling 'a massacre'", "described the referee's decisions as a massacre": a harm noun
    with "a / an" given as the name of something by a verb of naming is a figure of speech (English pass 31). Not
    "what he called a massacre of shepherds" (its victims follow) and not "called for ..." (a demand)."""
    first = match.first
    if first < 2 or words[first - 1] not in ("a", "an") or not words[first].isascii():
        return False
    if words[match.last + 1 : match.last + 2] and words[match.last + 1] in _EN_NAMED_HARM_GOES_ON:
        return False
    for k in range(first - 2, max(-1, first - 2 - _EN_NAMING_REACH), -1):
        if words[k] in _EN_NAMING:
            return words[k + 1 : k + 2] != ["for"]
    return False


_EN_SPANS = frozenset({"years", "decades", "months", "weeks"})
_EN_SPAN_REACH = 5  # "years of killings, abductions and torture": "of" up to four words before the harm noun
_EN_SPAN_STOPS = EN_ARTICLES | frozenset({"his", "her", "their", "its", "my", "our", "was", "were", "is", "are", "by"})


def _english_years_of_harms(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"saying years of killings and abductions had gone unpunished", "decades of arrests": plural harm nouns after
    "years / decades / months of" tell a record over a span, no event (English pass 31; labelling guide: statistics
    and a country's record are no incident). Not "after months of detention" (one person's detention, singular)."""
    if not words[match.last].endswith("s") or not words[match.first].isascii():
        return False
    for k in range(match.first - 1, max(0, match.first - _EN_SPAN_REACH), -1):
        if words[k] == "of":
            return words[k - 1] in _EN_SPANS
        if words[k] in _EN_SPAN_STOPS or parse_number(words, k) is not None:
            return False
    return False


# "saying inmates there had been held without trial for years": a prison's unnumbered detainees held "for years /
# decades" are the place's record (labelling guide: a country's record in general is no incident; a concrete series
# needs named or bounded people); "nine students held for years" and "they had been held for years" stay (English
# pass 55)
_EN_HELD_CLASSES = frozenset({"detainees", "prisoners", "inmates", "migrants", "people"})
_EN_LONG_SPANS = frozenset({"years", "decades"})
_EN_HELD_SPAN_REACH = 3  # "without trial for years", "for many years": up to three words after the detention phrase
_EN_HELD_CLASS_REACH = 7  # "inmates there had been held without trial": the class noun up to six words before


def _english_held_for_years(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A detention phrase followed by "for (many) years / decades" whose subject, a few words before, is a bare
    class of held people with no number before it; a clause word ("that", "who", "said") between them ends the
    search."""
    if HELD_TYPES.isdisjoint(t.type for t in match.payloads) or "for" not in words[
            match.last + 1 : match.last + 1 + _EN_HELD_SPAN_REACH]:
        return False
    after = words[match.last + 1 : match.last + 2 + _EN_HELD_SPAN_REACH]
    at = after.index("for")
    if not (after[at + 1 : at + 2] and (after[at + 1] in _EN_LONG_SPANS or after[at + 1 : at + 3] in (
            ["many", "years"], ["several", "years"]))):
        return False
    for k in range(match.first - 1, max(-1, match.first - _EN_HELD_CLASS_REACH), -1):
        if words[k] in _EN_HELD_CLASSES:
            return k == 0 or parse_number(words, k - 1) is None
        if words[k] in _EN_CLAUSE and words[k] not in ("said", "says"):
            return False
    return False


_EN_CITING = frozenset({"citing", "cited", "cites"})
_EN_CITED_REACH = 6  # "citing torture, enforced disappearance and": bare harm nouns listed after "citing"


def _english_harms_cited(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"the rights situation remained of concern, citing arbitrary detention, restrictions on civil society and the
    treatment of migrants": bare harm nouns (no article, number or victim) listed after "citing" name kinds of
    abuse a speaker is worried about, no event (English pass 31). Not "citing the arrest of three lawyers" (an
    article: one event), nor a harm followed by "of" and its victims."""
    if words[match.last + 1 : match.last + 2] == ["of"] or not words[match.first].isascii():
        return False
    for k in range(match.first - 1, max(-1, match.first - 1 - _EN_CITED_REACH), -1):
        if words[k] in _EN_CITING:
            return True
        if words[k] in _EN_SPAN_STOPS or words[k] in ("of", "on", "after", "when") or parse_number(words, k) is not None:
            return False
    return False


_EN_FIRED_FROM_REACH = 3  # "the shells were fired from", "rockets had been fired from": the weapon to "fired"
_EN_LANDED = frozenset({"landed", "landing", "fell", "falling", "hitting", "wrecking", "damaging", "destroying",
                        "killing", "wounding", "injuring"})


def _english_fired_from(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Residents said the shells were fired from the direction of the airport road": a weapon word told by where it
    was fired from names its origin; the airport or the road after "from" is no object it struck (English pass 31;
    labelling guide: shelling with no harm stated is no incident unless a civilian object is named as hit). Not when
    the sentence goes on to what it hit ("... fired from the hills and hit the school")."""
    if not all(t.type == PROPERTY for t in match.payloads) or not words[match.first].isascii():
        return False
    after = words[match.last + 1 : match.last + 1 + _EN_FIRED_FROM_REACH + 1]
    if "fired" not in after:
        return False
    k = match.last + 1 + after.index("fired")
    return words[k + 1 : k + 2] == ["from"] and _EN_STRIKING.isdisjoint(words[k + 2 :]) and _EN_LANDED.isdisjoint(
        words[k + 2 :])


_EN_PLAYERS = frozenset({"player", "players", "striker", "strikers", "goalkeeper", "goalkeepers", "defender",
                         "defenders", "midfielder", "midfielders", "forward", "captain", "winger"})
_EN_PLAYER_REACH = 5  # "Two Al-Ittihad players were stretchered off injured": the players to the injury word
_EN_ASSAULTS = frozenset({"assaulted", "attacked", "beat", "beaten", "beating", "stabbed", "shot", "fans", "supporters",
                          "gunmen", "stormed", "pelted", "hurled"})


def _english_players_hurt(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Two Al-Ittihad players were stretchered off injured", "the striker was carried off hurt": players hurt in play
    are no casualty (labelling guide, the settled answers: sport injuries are no casualty event); an injury word
    with players as its subject up to four words before it, and nobody assaulting them in the sentence (fans
    storming a pitch and beating players are an incident; English pass 31)."""
    if not all(t.type == "injury" for t in match.payloads) or not words[match.first].isascii():
        return False
    before = words[max(0, match.first - _EN_PLAYER_REACH) : match.first]
    return not _EN_PLAYERS.isdisjoint(before) and _EN_ASSAULTS.isdisjoint(words)


_EN_FOUND_WITH_REACH = 12  # "found with their hands tied behind their backs and gunshot wounds": "with" to the wound


def _english_wounds_on_bodies(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """"the bodies of five men were found with their hands tied behind their backs and gunshot wounds to the head":
    every injury word is told after "with" following "found", in a sentence whose killing word is "bodies / body":
    the wounds the dead bore, no one else hurt (English pass 31; as ``_died_of_wounds``)."""
    bodies = [m.first for m in matches if words[m.first] in ("bodies", "body", "corpses")
              and any(t.type == "killing" for t in m.payloads)]
    injuries = [m.first for m in matches if any(t.type == "injury" for t in m.payloads)]
    if not bodies or not injuries:
        return False
    for k in injuries:
        window = words[max(0, k - _EN_FOUND_WITH_REACH) : k]
        if "with" not in window or not any(b < k for b in bodies):
            return False
        at = max(0, k - _EN_FOUND_WITH_REACH) + len(window) - 1 - window[::-1].index("with")
        if "found" not in words[min(bodies) : at] or _EN_SECOND_VICTIMS.intersection(words[at:k]):
            return False
    return True


_EN_SECOND_VICTIMS = frozenset({"wounded", "injured", "hurt", "survivors", "survivor"})


# English news pass 32 (tune70en): incident F1 in long articles

_EN_AMENDS_OWED = frozenset({"for", "to"})  # "compensation for a man held ...", "compensation to a man who was held"
_EN_AMENDS_PERSON_REACH = 9  # "compensation for man held 3 years without trial": the payment to the harm it is owed for
_EN_AMENDS_STOPS = frozenset({"said", "says", "told", "after", "when", "but", "while", "as", "and", "because"})


def _english_amends_to_person(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Court orders compensation for man held 3 years without trial", "pay compensation to a man who was held for
    three years without trial": the harm of a person a payment is owed to is a loss already suffered (a ruling or a
    claim on a past detention or killing, no act told), as pass 28's "compensation for destroyed homes" (which reads
    only a harm right after "for"). Not past a new clause ("The court ordered compensation, and guards beat him
    after the hearing": "and", "after" stop it), nor past a finite verb that is not a relative's ("who was held")."""
    if _EN_AMENDS.isdisjoint(words[max(0, match.first - _EN_AMENDS_PERSON_REACH - 1) : match.first]):
        return False  # a cheap test first
    for k in range(match.first - 1, max(0, match.first - _EN_AMENDS_PERSON_REACH) - 1, -1):
        word = words[k]
        if word in _EN_AMENDS_STOPS or (word in _EN_FINITE and words[k - 1] not in ("who", "whom", "which")
                                         and not (k > 1 and words[k - 2] == "whose")):
            return False  # "compensation for families whose homes were damaged": a relative (English pass 54)
        if word in _EN_AMENDS_OWED and k > 0 and words[k - 1] in _EN_AMENDS:
            return True
        if word in _EN_AMENDS_VERBS:
            return True  # "a fund to compensate civilians killed or wounded by shelling" (English pass 66)
    return False


# English pass 66 (tune133en): the bare verb with its object, "to compensate civilians killed or wounded by shelling since
# 2019": the people a payment is owed to, as "compensation for / to" above; not "compensated" (a finite verb may open a
# new clause: "The families were compensated, but gunmen killed two more on Friday" stops at "but" anyway)
_EN_AMENDS_VERBS = frozenset({"compensate", "compensating"})


_EN_CALL_ON_REACH = 10  # "calling on the authorities in Tripoli and Benghazi to release": "on" to "to"
_EN_CALLED_FREE = _EN_CALLED_ENDS | {"free"}  # "to free or try all detainees"
_EN_CALLED_SECOND = frozenset({"try", "charge", "prosecute", "free", "release", "ease"})  # "to release or try all ..."


def _english_call_on_to_free_all(words: list[str]) -> bool:
    """"launched a campaign calling on the authorities in Tripoli and Benghazi to release or try all detainees held
    without trial": a call on someone to free a class of people (unnamed, or "all" of them) is a campaign with no
    event (labelling guide: calls and campaigns), as ``_english_call_for_unnamed`` reads it when the call's end
    follows the call word closely; here the addressee and its places stand between. Not "called on the militia to
    release journalist X" (a named detainee still held is the news: no class word follows)."""
    if "on" not in words or _EN_CALLS.isdisjoint(words):
        return False  # a cheap test first
    for k, word in enumerate(words[:-1]):
        if word not in _EN_CALLS or words[k + 1] != "on":
            continue
        to = next((j for j in range(k + 2, min(len(words) - 1, k + 2 + _EN_CALL_ON_REACH)) if words[j] == "to"), None)
        if to is None or words[to + 1] not in _EN_CALLED_FREE:
            continue
        j = to + 2
        if words[j : j + 1] == ["or"] and words[j + 1 : j + 2] and words[j + 1] in _EN_CALLED_SECOND:
            j += 2  # "to release or try all detainees"
        j += words[j : j + 1] == ["all"]
        j += words[j : j + 1] == ["the"]
        if j < len(words) and (words[j] in _EN_UNNAMED_PEOPLE or words[j - 1] == "all"):
            return True
    return False


_EN_NETWORKS = frozenset({"network", "networks", "gang", "gangs", "ring", "rings", "cartels"})
_EN_POLICING = frozenset({"against", "combat", "combating", "combatting", "fight", "fighting", "tackle", "tackling",
                          "dismantle", "dismantling", "disrupt", "disrupting", "crackdown", "target", "targeting"})
_EN_POLICING_REACH = 4  # "operations against fuel and people smuggling networks": "against" up to four words before


def _english_networks_policed(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"conducting operations against fuel and people smuggling networks", "a crackdown on human trafficking rings":
    trafficking named as the kind of network a force acts against is its aim, no abuse of anyone told (as
    ``_english_called_for_all`` reads "to fight the traffickers"). Not "migrants held by a trafficking network" (no
    policing word before it)."""
    if not all(t.type == "trafficking" for t in match.payloads) or words[match.last + 1 : match.last + 2] == [] or (
            words[match.last + 1] not in _EN_NETWORKS):
        return False
    return not _EN_POLICING.isdisjoint(words[max(0, match.first - _EN_POLICING_REACH) : match.first])


_EN_GENERIC_WHEN = frozenset({"when", "whenever", "if", "once"})
_EN_GOES = frozenset({"goes", "go"})
_EN_GENERIC_REACH = 4  # "when a child goes missing": "when", an article, the noun, "goes"


def _english_generic_missing(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"reminded parents to inform the police quickly when a child goes missing": "go / goes missing" in a "when" or
    "if" clause is advice for any case, no one missing told (a missing boy found safe: no disappearance, the guide).
    Not "Two boys go missing in Benghazi" (a present headline: no "when" before it), nor "went missing" (past)."""
    if words[match.first] != "missing" or match.first < 1 or words[match.first - 1] not in _EN_GOES:
        return False
    return not _EN_GENERIC_WHEN.isdisjoint(words[max(0, match.first - 1 - _EN_GENERIC_REACH) : match.first - 1])


# English pass 51: "agreed on a plan to share data on missing minors", "a database of missing migrants": people
# missing named as the topic of data, a report or a search are a class, no one told taken (the guide: a person merely
# missing is no disappearance; the weak "missing" beside a victim word would otherwise make one)
_EN_MISSING_TOPICS = frozenset({"data", "information", "report", "reports", "figures", "statistics", "list", "lists",
                                "database", "register", "registry", "file", "files", "records", "issue", "search"})
_EN_MISSING_TOPIC_LINKS = frozenset({"on", "about", "of", "for", "into"})


def _english_missing_as_topic(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """The weak "missing" right after a topic noun and its preposition ("data on missing minors", "a search for missing
    fishermen"): the class a report or a search is about, no disappearance told."""
    k = match.first
    return (words[k] == "missing" and match.last == k and k >= 2 and words[k - 1] in _EN_MISSING_TOPIC_LINKS
            and words[k - 2] in _EN_MISSING_TOPICS
            and all(t.type == "enforced_disappearance" for t in match.payloads))
