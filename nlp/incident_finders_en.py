"""English finders: matches the lexicon cannot list, because their words stand apart or count only with a person
as the object ("guards beat migrants", "was held for a week by", "took three journalists away", "shot his driver in
the arm", "held for eight months without charge").

Kept apart from the scoping predicates: these add triggers (or a perpetrators cue) to a sentence, they never take one out.
"""

from __future__ import annotations

from itertools import pairwise

from nlp.counts import parse_number
from nlp.counts_rules_en import (
    EN_A_BODY_REACH,
    EN_BODY_PARTS,
    EN_HELD_PLACES,
    EN_HURT_ADVERBS,
    EN_MORE,
    EN_SHARE_DIED,
    english_casualties_split,
    english_nationality,
)
from nlp.counts_words import (
    EN_CENTRES,
    EN_HIT,
    EN_OWNED_MEN,
    EN_PASSIVE_BE,
    EN_SPAN_UNITS,
    EN_VAGUE_MANY,
    PERSON_NOUNS,
    SINGULAR_VICTIMS,
)
from nlp.incident_records import DETENTION_WEAK, STRONG, WEAK, Trigger
from nlp.incident_time_en import EN_IDENTIFIED
from nlp.incident_victims_en import EN_SUBJECT_REACH, people_among
from nlp.lexicon import PhraseMatch


def english_fishing_boat(window: list[str], boats: list[int]) -> bool:
    """"a fishing boat came under fire": English names the boat's trade before it (English pass 15)."""
    return any(k > 0 and window[k - 1] == "fishing" for k in boats)


_EN_BEAT_OBJECTS = frozenset({"him", "her", "them", "up", "us"})  # "they beat us" told by one held (pass 35)
_EN_BEAT_ARTICLES = frozenset({"a", "an", "the", "two", "three", "several", "dozens", "of"})
# verbs that harm only with a person as their object: "guards beat migrants" (a team beaten is no person), "has held
# the journalist ... without charge" (not "held talks", "held a meeting": a weak detention word, it still needs a
# journalist or a qualifier)
_EN_PERSON_VERBS = {"beat": Trigger("injury", STRONG), "held": Trigger("arbitrary_detention", DETENTION_WEAK)}


# the people of a cultural or public event, by role ("beat two of the organisers"; English pass 20)
_EN_EVENT_PEOPLE = frozenset({"organisers", "organizers", "organiser", "organizer", "participants", "guests",
                              "attendees", "performers", "poets", "poet", "artists", "artist", "writers", "writer",
                              "singers", "singer", "musicians", "musician", "volunteers", "volunteer", "audience"})
_EN_PARTITIVE_REACH = 4  # "beat two of the organisers": a number, "of", an article, then the people


_EN_GROUP_WORDS = frozenset({"group", "groups", "number", "crowd", "busload", "truckload"})


# the words of a title before a person's noun ("civil society activist", "human rights lawyer", "prominent blogger")
_EN_TITLE_WORDS = frozenset({"civil", "society", "human", "rights", "prominent", "veteran", "independent",
                             "opposition", "political", "well", "known"})
_EN_TITLE_REACH = 5  # the verb, an article, up to three title words, then the person


_EN_AGE_UNITS = frozenset({"year", "years", "month", "months"})


def _age_after_number(words: list[str], k: int) -> int:
    """The words of an age's unit after its number ("a 15-year-old boy" is "15 year old boy" in tokens): 2 when
    ``words[k:k + 2]`` is "year old" right after a number, else 0 (English pass 44: the age no longer hides the
    person from a verb's reach)."""
    return 2 if (k > 0 and words[k : k + 1] != [] and words[k] in _EN_AGE_UNITS and words[k + 1 : k + 2] == ["old"]
                 and parse_number(words, k - 1) is not None) else 0


def _english_person_after(words: list[str], index: int) -> bool:
    """A person right after the verb at ``index``, past up to three articles or numbers ("beat a doctor", "held the
    journalist", "beat up", "held him"), or four in a partitive ("beat two of the organisers")."""
    k = index + 1
    reach = _EN_PARTITIVE_REACH if words[index + 2 : index + 3] == ["of"] else 3
    while k < len(words) and k - index <= reach and (words[k] in _EN_BEAT_ARTICLES or parse_number(words, k) is not None):
        k += 1  # "beat four nurses" (any number, English pass 18)
    k += _age_after_number(words, k)  # "shot a 15-year-old boy": the age's "year old" (English pass 44)
    if k + 1 < len(words) and words[k] in _EN_GROUP_WORDS and words[k + 1] == "of":
        k += 2  # "beat a group of migrants" (English pass 25)
    if k < len(words) and english_nationality(words[k]):
        k += 1  # "beat a group of Nigerien migrants", "held two Sudanese workers" (English pass 25)
    if words[k : k + 2] == ["asylum", "seekers"]:
        return True  # "beat a group of Eritrean asylum seekers" (English pass 29)
    while k < len(words) and words[k] in _EN_TITLE_WORDS and k - index <= _EN_TITLE_REACH:
        k += 1  # "took civil society activist X", "took human rights lawyer X" (English pass 33)
    return k < len(words) and (words[k] in PERSON_NOUNS or words[k] in SINGULAR_VICTIMS or words[k] in _EN_BEAT_OBJECTS
                               or words[k] in _EN_EVENT_PEOPLE) and (
        words[k + 1 : k + 2] != ["s"])  # "held the journalist's funeral": a possessive names a thing


def _english_verbs_on_people(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """"guards beat migrants", "police beat him", "beat up a journalist", "has held the journalist": an English verb
    with people as its object (the lexicon cannot tell "Al Ahly beat Al Ittihad" or "held talks" apart)."""
    out: list[PhraseMatch[Trigger]] = []
    if not any(verb in joined for verb in _EN_PERSON_VERBS):
        return out  # a cheap test first: this runs on every sentence
    for verb in sorted(_EN_PERSON_VERBS.keys() & set(words)):
        index = words.index(verb)
        if _english_person_after(words, index):
            out.append(PhraseMatch(index, index, (_EN_PERSON_VERBS[verb],), verb))
    return out


_EN_TAKEN = frozenset({"took", "taken", "take", "takes", "transferred", "returned", "sent", "brought", "moved",
                       "transported", "handed"})  # "handed to DCIM", "handed over to the DCIM"
_EN_MODALS = frozenset({"would", "will", "could", "may", "might", "should", "to"})
_EN_TAKEN_REACH = 6  # "took them to the Al-Nasr detention centre": the verb, "to", an article and a name


def _english_taken_to_detention(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"intercepted 131 people ... and took them to the Al-Nasr detention centre", "transferred to a detention centre",
    "returned them to Tripoli naval base, where they were handed to DCIM": people brought to a migrants' detention
    centre or handed to the detention department are held there with no judicial process (arbitrary detention; the
    English labels count an interception so ended). Not "released from" one: the verb must lead "to" / "into" it."""
    if "detention" not in words and "dcim" not in words:
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        centre = word == "detention" and words[index + 1 : index + 2] != [] and words[index + 1] in EN_CENTRES
        if not centre and word != "dcim":
            continue
        for verb in range(index - 1, max(-1, index - _EN_TAKEN_REACH - 1), -1):
            if words[verb] in _EN_TAKEN and ({"to", "into"} & set(words[verb + 1 : index])) and not (
                    _EN_MODALS.intersection(words[max(0, verb - 2) : verb])) and not (  # "would be transferred": not done
                    _english_habitual(words, verb)):  # "are often returned to detention centres": a practice
                return [PhraseMatch(verb, index + centre, (Trigger("arbitrary_detention", STRONG),), word)]
    return []


# "taken away by a military police unit", "led away by internal security officers": people taken by a state's armed or
# security body (a family's telling of an arrest it was given no reason for; English pass 23). Not "taken away by a
# municipal truck" (no body that holds people), and not by gunmen (the lexicon's "taken by gunmen": an abduction).
_EN_AWAY_VERBS = frozenset({"taken", "led", "dragged", "driven", "carted"})
_EN_HOLDING_BODIES = frozenset({"police", "policemen", "security", "military", "patrol", "unit", "forces", "officers",
                                "agents", "soldiers", "troops", "militia", "militiamen", "brigade", "guards",
                                "intelligence", "directorate", "apparatus"})
_EN_BODY_REACH = 5  # "by an internal security patrol", "by members of the Radaa force": the body within five words


def _english_taken_away_by(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"were stopped at the western gate and taken away by a military police unit": an arrest told by its effect."""
    if "away" not in words:
        return []  # a cheap test first: this runs on every sentence
    for index in range(1, len(words) - 2):
        if words[index] == "away" and words[index - 1] in _EN_AWAY_VERBS and words[index + 1] == "by" and (
                _english_armed_takers(words[index + 2 : index + 2 + _EN_TAKERS_REACH])):
            return [PhraseMatch(index - 1, index + 1, (Trigger("abduction", STRONG),), "taken away by")]
        if words[index] == "away" and words[index - 1] in _EN_AWAY_VERBS and words[index + 1] == "by" and (
                _EN_HOLDING_BODIES.intersection(words[index + 2 : index + 2 + _EN_BODY_REACH])):
            return [PhraseMatch(index - 1, index + 1, (Trigger("arbitrary_detention", STRONG),), "taken away by")]
    return []


# the weak "hurt" (the lexicon: "hurt the economy", "hurting") told of people: a passive ("a colleague was hurt", "six
# people were also hurt") or a headline's number ("At least 6 hurt in Tripoli clashes") names people hurt, as
# "injured" does (English pass 43); not a thing hurt ("their sales were hurt by the closure") nor a negated toll
# ("nobody was hurt", "none of the crew was hurt")
_EN_HURT_AUXILIARIES = frozenset({"was", "were", "been", "being"})
_EN_THINGS_HURT = frozenset({"sales", "economy", "business", "businesses", "trade", "prices", "reputation", "feelings",
                             "image", "income", "incomes", "profits", "exports", "tourism", "market", "markets",
                             "revenue", "revenues", "relations", "chances", "hopes", "interests", "production",
                             "output", "harvest", "harvests", "crops", "pride", "confidence", "morale", "ties"})
_EN_HURT_NEGATORS = frozenset({"no", "nobody", "none", "not", "neither", "nor", "never", "without"})
_EN_HURT_SUBJECT_REACH = 6  # "none of the patrol's members was hurt": the negator up to six words before the verb


def _english_people_hurt(words: list[str]) -> list[PhraseMatch[Trigger]]:
    if "hurt" not in words:
        return []  # a cheap test first: this runs on every English sentence
    found = []
    for k in (j for j, w in enumerate(words) if w == "hurt" and j > 0):
        verb = k - 1 - (words[k - 1] in EN_HURT_ADVERBS)
        before = words[max(0, verb - _EN_HURT_SUBJECT_REACH) : verb]
        if verb >= 0 and words[verb] in _EN_HURT_AUXILIARIES:
            if _EN_HURT_NEGATORS.isdisjoint(before) and _EN_THINGS_HURT.isdisjoint(before[-3:]):
                found.append(PhraseMatch(k, k, (Trigger("injury", STRONG),), "hurt"))
        elif parse_number(words, k - 1) is not None and _EN_HURT_NEGATORS.isdisjoint(before):
            found.append(PhraseMatch(k, k, (Trigger("injury", STRONG),), "hurt"))  # "At least 6 hurt"
    return found


# "driven away by armed men", "taken away by masked gunmen": people taken by men with no body named are abducted, as
# the lexicon's "taken by gunmen" (English pass 42); the men right after "by" (an article or one adjective between)
_EN_TAKERS_REACH = 3
_EN_ARMED_TAKERS = frozenset({"gunmen", "kidnappers", "abductors", "militiamen"})
_EN_TAKERS_ADJECTIVES = frozenset({"armed", "masked", "unidentified", "unknown", "hooded"})


def _english_armed_takers(after_by: list[str]) -> bool:
    return any(w in _EN_ARMED_TAKERS or (w in _EN_TAKERS_ADJECTIVES and after_by[k + 1 : k + 2] == ["men"])
               for k, w in enumerate(after_by))


# an association's own people arrested: "arrested its chairman and three members", "detained the charity's
# director": civil society held for its work (English pass 23)
_EN_ASSOCIATIONS = frozenset({"association", "associations", "ngo", "ngos", "charity", "charities", "organisation",
                              "organization", "initiative", "foundation", "society"})
_EN_ARRESTING = frozenset({"arrested", "detained", "arrest", "detain", "arrests", "detains", "seized", "rounded"})
_EN_ITS_PEOPLE = frozenset({"chairman", "chairwoman", "chair", "head", "founder", "founders", "president", "director",
                            "members", "member", "volunteers", "staff", "coordinator", "activists"})
_EN_ITS = frozenset({"its", "their"})
_EN_ITS_PEOPLE_REACH = 4  # "arrested its chairman", "detained two of its members": the owner within four words


def english_association_held(words: list[str]) -> bool:
    """A sentence naming an association and an arrest of its own people ("its chairman", "its members")."""
    if _EN_ASSOCIATIONS.isdisjoint(words) or _EN_ARRESTING.isdisjoint(words):
        return False  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word in _EN_ARRESTING:
            after = words[index + 1 : index + 1 + _EN_ITS_PEOPLE_REACH + 1]
            if any(a in _EN_ITS and b in _EN_ITS_PEOPLE for a, b in pairwise(after)):
                return True
    return False


def _english_association_members_held(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"Security forces closed the headquarters of a youth association and arrested its chairman and three members":
    the people of a named association held are civil society held (arbitrary detention and an attack on civil society,
    as a journalist's or an activist's arrest is); not "arrested its leader" with no association named (a gang's)."""
    if not english_association_held(words):
        return []
    at = next(k for k, w in enumerate(words) if w in _EN_ARRESTING)
    return [PhraseMatch(at, at, (Trigger("arbitrary_detention", STRONG), Trigger("attack_on_civil_society", STRONG)),
                        words[at])]


EN_HELD_PARTICIPLES = frozenset({"held", "detained", "kept", "jailed", "imprisoned"})
_EN_NO_CHARGE = frozenset({"charge", "charges", "trial", "charged"})
_EN_HELD_REACH = 7  # "has been held for eight months without charge": a span of time between


def _english_held_without_charge(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"held for eight months without charge", "detained since March without trial": the lexicon's "held without
    charge" with how long (or where) between; no charge nor trial is an arbitrary detention (English pass 15). Not
    "released without charge" (only a holding verb leads it)."""
    if "without" not in words:
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word not in EN_HELD_PARTICIPLES:
            continue
        for k in range(index + 1, min(len(words) - 1, index + _EN_HELD_REACH + 1)):
            if words[k] == "without" and (words[k + 1] in _EN_NO_CHARGE or words[k + 1 : k + 3] in (
                    ["any", "charge"], ["being", "charged"])):
                return [PhraseMatch(index, k + 1, (Trigger("arbitrary_detention", STRONG),), word)]
    return []


_EN_FIGHTING = frozenset({"clashes", "fighting", "battle", "battles", "war", "shelling"})
_EN_BACK_SAFE = frozenset({"safe", "safely", "returned", "found", "freed", "released", "reunited"})


def _english_missing_since_fighting(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """"five residents have been missing since clashes on Saturday", "missing after the fighting": people gone since
    a battle in their town are disappeared (issue 13: people missing after a war), not children who wandered off (a
    bare "missing" stays weak), unless the same sentence tells them back ("returned home safe", "were found").
    English pass 15."""
    if _EN_BACK_SAFE.intersection(words):
        return []
    for m in matches:
        if words[m.last] == "missing" and any(t.type == "enforced_disappearance" for t in m.payloads):
            after = words[m.last + 1 : m.last + 5]
            if after[:1] in (["since"], ["after"]) and _EN_FIGHTING.intersection(after[1:]):
                return [PhraseMatch(m.first, m.last, (Trigger("enforced_disappearance", STRONG),), words[m.first])]
    return []


_EN_SHOT_VERBS = frozenset({"shot", "shooting", "stabbed", "stabbing"})
_EN_SHOT_OWNERS = frozenset({"a", "an", "his", "her", "their", "the"})
_EN_SHOT_OBJECT_REACH = 4  # "shot his younger driver in the arm": the owner, up to two words, the noun, then "in"


def _english_shot_in_body(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"shot his driver in the arm", "stabbed a guard in the back": a person shot or stabbed in a body part is
    wounded; the lexicon's "shot in the leg" reads only the passive, with no object between (English pass 26). Not
    "shot dead" (the killing phrase reads it) nor "shot at his car" (no person)."""
    if _EN_SHOT_VERBS.isdisjoint(words):
        return []  # a cheap test first: this runs on every sentence
    found = []
    for k, word in enumerate(words):
        if word not in _EN_SHOT_VERBS or words[k + 1 : k + 2] == [] or words[k + 1] not in _EN_SHOT_OWNERS:
            continue
        age = _age_after_number(words, k + 3)  # "shot a 62-year-old shopkeeper in the back" (English pass 44)
        for j in range(k + 3, min(len(words) - 2, k + 2 + _EN_SHOT_OBJECT_REACH + age)):
            if words[j] == "in" and words[j + 1] in ("the", "his", "her") and words[j + 2] in EN_BODY_PARTS:
                if words[j - 1] in SINGULAR_VICTIMS or words[j - 1] in PERSON_NOUNS:
                    found.append(PhraseMatch(k, k, (Trigger("injury", STRONG),), word))
                break
    return found


_EN_CAPTIVE_CUES = frozenset({"captured", "captives", "blindfolded", "handcuffed"})
_EN_CAPTIVE_REACH = 6  # "four captured fighters, hands tied, shot by men in uniform"


def _english_captives_shot(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"captured fighters, hands tied, shot by men in uniform": people shot once captured or bound are executed (a
    killing of people hors de combat, issue 13); "shot" alone may be a wounding, so a captive's cue must stand near it
    (English pass 15)."""
    if "shot" not in words:
        return _english_executing_captives(words)  # a cheap test first: this runs on every sentence
    shot = words.index("shot")
    near = words[max(0, shot - _EN_CAPTIVE_REACH) : shot]
    bound = any(near[k : k + 2] in (["hands", "tied"], ["hands", "bound"]) for k in range(len(near)))
    if bound or _EN_CAPTIVE_CUES.intersection(near):
        return [PhraseMatch(shot, shot, (Trigger("killing", STRONG),), "shot")]
    return []


_EN_EXECUTING = frozenset({"executing", "execute", "executes"})  # ("executed" is a killing word of the lexicon)
_EN_EXECUTED_REACH = 3  # "executing four captured fighters": the verb, a number or an article, the captive cue


def _english_executing_captives(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"a video appears to show gunmen executing four captured fighters": the gerund or present of "execute" with
    captives as its object is a killing of people hors de combat, as "captured fighters ... shot" (English pass 15);
    the bare "executing" is no killing word ("executing a plan to hold captured positions": no person after it)
    (English pass 44)."""
    if _EN_EXECUTING.isdisjoint(words):
        return []
    for k, word in enumerate(words):
        if word in _EN_EXECUTING:
            after = words[k + 1 : k + 1 + _EN_EXECUTED_REACH]
            at = next((j for j, w in enumerate(after) if w in _EN_CAPTIVE_CUES), None)
            if at is not None and (after[at] == "captives" or after[at + 1 : at + 2] != [] and (
                    after[at + 1] in PERSON_NOUNS)):
                return [PhraseMatch(k, k, (Trigger("killing", STRONG),), word)]
    return []


_EN_FORCED_IN = frozenset({"forced", "bundled", "dragged", "pushed", "shoved", "threw"})
_EN_CARS = frozenset({"car", "cars", "vehicle", "vehicles", "van", "pickup", "truck", "toyota", "jeep", "suv", "boot",
                      "minibus"})
_EN_CAR_REACH = 4  # "into a white Toyota", "into an unmarked pickup truck": "into", an article, two modifiers


_EN_PASSIVE_SUBJECTS = frozenset(SINGULAR_VICTIMS | PERSON_NOUNS | {"he", "she", "they"})


def _english_passive_into(words: list[str], index: int) -> bool:
    """"an activist was bundled into a car by men in plain clothes": the passive, its subject a person (English pass
    14; not "the goods were forced into a truck"), the car within reach after "into"."""
    return (0 < index < len(words) - 1 and words[index - 1] in ("was", "were") and words[index + 1] == "into"
            and not _EN_CARS.isdisjoint(words[index + 2 : index + 2 + _EN_CAR_REACH])
            and any(w in _EN_PASSIVE_SUBJECTS for w in words[max(0, index - 1 - EN_SUBJECT_REACH) : index - 1]))


def _english_forced_into_car(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"gunmen forced him into a white Toyota", "bundled the activist into a van": a person pushed into a car is
    taken away (an abduction; the lexicon's "taken by gunmen" does not say it this way)."""
    if "into" not in words or not _EN_CARS.intersection(words):
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word in _EN_FORCED_IN and _english_passive_into(words, index):
            return [PhraseMatch(index, index + 1, (Trigger("abduction", STRONG),), word)]
        if word in _EN_FORCED_IN and "into" in words[index + 2 : index + 5]:
            into = words.index("into", index + 2)
            if _EN_CARS.intersection(words[into + 1 : into + 1 + _EN_CAR_REACH]) and (
                    _english_person_after(words, index) or into == index + 2):  # "forced Salem into a car"
                return [PhraseMatch(index, into, (Trigger("abduction", STRONG),), word)]
    return []


# "seized ... by Ghneiwa's men", "beaten by the commander's fighters": the men of a named leader or unit, written in
# the possessive as the agent of a passive, are the armed perpetrators (as "by men", "armed men"; English pass 25).
# Words are lowercased here: the agent's "by" right before the owner is what says they did it.


def english_owner_men(words: list[str]) -> bool:
    """"by <owner>'s men": a sentence whose harm has a leader's or unit's men as its agent."""
    if "s" not in words or "by" not in words:
        return False  # a cheap test first: this runs on every sentence
    return any(words[k] == "s" and words[k + 1] in EN_OWNED_MEN and words[k - 2] == "by"
               for k in range(2, len(words) - 1))


ABDUCTION_WEAK = WEAK  # the strength of the lexicon's weak abduction words ("taken from", "seized")
_EN_TOOK = frozenset({"took", "led", "drove", "dragged", "whisked", "hauled",
                     "bundled"})  # "armed men bundled him away" (English pass 25)
_EN_AWAY_REACH = 5  # "took three journalists away": the verb, its object (up to four words), "away"
# "took civil society activist Faraj X from his office": a title and a two-part name before "from" (English pass 33)
_EN_TOOK_FROM_REACH = 9
# "took a pharmacist from his shop": the active twin of the lexicon's "taken from" (English pass 25); the place is
# the person's own or a named one ("from his shop", "from their office", "from the hospital")
_EN_FROM_OWNERS = frozenset({"his", "her", "their", "the"})
# weaker than "taken from": only unnamed perpetrators ("gunmen", "armed men", "by men") carry it over the threshold;
# "fighters of the X Brigade took him from his home" is an arrest told indirectly (tune48en rw48t-54 labels detention)
_EN_TOOK_FROM_WEAK = 0.25


def _english_took_away(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"Armed men stormed the channel and took three journalists away", "dragged him away": people taken away by
    force, the abduction's verb split by its object ("took away" and "taken away" are in the lexicon when joined). A
    weak word, as "taken from": it needs a perpetrator or a victim named (English pass 22)."""
    if _EN_TOOK.isdisjoint(words) or ("away" not in words and "from" not in words):
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word in _EN_TOOK and "from" in words[index + 2 : index + _EN_TOOK_FROM_REACH] and _english_person_after(words, index):
            at = words.index("from", index + 2)
            if words[at + 1 : at + 2] and words[at + 1] in _EN_FROM_OWNERS:
                return [PhraseMatch(index, at, (Trigger("abduction", _EN_TOOK_FROM_WEAK),), word)]  # "took a nurse from her home"
        if word in _EN_TOOK and _english_person_after(words, index) and "away" in words[index + 2 : index + _EN_AWAY_REACH + 1]:
            away = words.index("away", index + 2)
            return [PhraseMatch(index, away, (Trigger("abduction", ABDUCTION_WEAK),), word)]
        if word in _EN_TOOK and words[index + 1 : index + 2] == ["away"] and _english_person_after(words, index + 1):
            return [PhraseMatch(index, index + 1, (Trigger("abduction", ABDUCTION_WEAK),), word)]  # "took away two men"
    return []


# how often, not when: "intercepted migrants are often returned to detention centres" tells a practice
_EN_HABITUAL = frozenset({"often", "routinely", "regularly", "frequently", "usually", "typically", "commonly",
                          "generally", "systematically", "sometimes"})


def _english_habitual(words: list[str], verb: int) -> bool:
    """A frequency adverb within the two words before the verb ("are often returned", "were routinely sent"): a
    practice a report describes, not one transfer told (English pass 24)."""
    return not _EN_HABITUAL.isdisjoint(words[max(0, verb - 2) : verb])


# a person held, told in the passive: "A cameraman ... has been held for a week by the Criminal Investigation
# Department" (English pass 24; the active "has held the journalist" is read by ``_english_verbs_on_people``)
_EN_HELD_SPAN_REACH = 4  # "held for a week", "held for more than two weeks", "held since 7 March"
_EN_HELD_SUBJECT_REACH = 10  # "A cameraman for a private television channel has been held": the subject's head
# things held: a meeting, a vote, an event (not people)
_EN_EVENTS_HELD = frozenset({"meeting", "meetings", "talks", "election", "elections", "vote", "conference", "session",
                             "sessions", "ceremony", "funeral", "rally", "protest", "protests", "workshop", "event",
                             "events", "festival", "exhibition", "match", "game", "summit", "consultations", "forum",
                             "referendum", "hearing", "trial", "negotiations", "prayers", "polls", "dialogue", "funds",
                             "shares", "stake", "record", "title", "office", "post", "seats", "lead", "position", "view",
                             "views", "responsible", "accountable", "hostage", "hostages"})


_EN_HELD_WITH_REACH = 4  # "held with adult men at": who they are held with, then where
_EN_HELD_NAME_REACH = 6  # "at the Tariq al-Sikka detention centre": a named place's words before its head


def _english_held_with_at(words: list[str], index: int) -> bool:
    """"are being held with adult men at the Tariq al-Sikka detention centre", "was held at the Mitiga prison": people
    held in a place of custody named further on, past whom they are held with and the place's own name (English
    pass 29; "held at the Abu Salim detention centre" is the place of "held in custody")."""
    k = index + 1
    if words[k : k + 1] == ["with"]:
        k = next((j for j in range(k + 1, min(len(words), k + 1 + _EN_HELD_WITH_REACH)) if words[j] in ("at", "in")),
                 len(words))
    return k < len(words) and words[k] in ("at", "in") and not EN_HELD_PLACES.isdisjoint(
        words[k + 1 : k + 1 + _EN_HELD_NAME_REACH])


def _english_held_passive(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"A cameraman ... has been held for a week by the Criminal Investigation Department", "the activist was held in
    custody": a person held (the subject a person, before the passive) for a span, in a place of custody or by a
    body: a weak detention word, as the active "has held the journalist" (it needs a journalist, an activist or a
    qualifier to count; English pass 24). Not "the meeting was held" (a thing), nor "held responsible"."""
    if "held" not in words:
        return []  # a cheap test first: this runs on every sentence
    index = words.index("held")
    if index == 0 or words[index - 1] not in EN_PASSIVE_BE:
        return []
    after = words[index + 1 : index + 1 + _EN_HELD_SPAN_REACH]
    span = after[:1] in (["for"], ["since"]) and (not EN_SPAN_UNITS.isdisjoint(after) or after[:1] == ["since"])
    place = after[:1] in (["in"], ["at"]) and not EN_HELD_PLACES.isdisjoint(after[1:3]) or _english_held_with_at(
        words, index)
    agent = after[:1] == ["by"]
    if not (span or place or agent):
        return []
    subject = words[max(0, index - 1 - _EN_HELD_SUBJECT_REACH) : index - 1]
    # "the two were held for 12 hours": a number after "the" refers back to people already named (English pass 25)
    referred = subject[-2:-1] == ["the"] and parse_number(subject, len(subject) - 1) is not None
    if not _EN_EVENTS_HELD.isdisjoint(subject) or not _EN_EVENTS_HELD.isdisjoint(after) or not (
            people_among(subject) or referred):
        return []
    return [PhraseMatch(index, index, (Trigger("arbitrary_detention", DETENTION_WEAK),), "held")]


# English news pass 32 (tune70en): breath taken by tear gas, told by its symptom
_EN_BREATHING = frozenset({"breathing", "respiratory"})
_EN_BREATHING_TROUBLE = frozenset({"problems", "difficulties", "difficulty", "problem", "distress"})
_EN_SYMPTOM_LEADS = frozenset({"for", "from", "with"})  # "treated for breathing problems", "suffering from ..."
_EN_TREATED = frozenset({"treated", "hospital", "hospitalised", "hospitalized", "admitted", "hospitals"})


def tear_gas_told(words: list[str]) -> bool:
    """"Security forces fired tear gas to disperse ...": a sentence that names tear gas."""
    return "tear" in words and any(w == "tear" and words[k + 1 : k + 2] == ["gas"] for k, w in enumerate(words))


def _english_tear_gas_breathing(words: list[str], gassed: bool = False) -> list[PhraseMatch[Trigger]]:
    """"Security forces fired tear gas ... and 12 people were treated in hospital for breathing problems": breathing
    trouble in a sentence that names tear gas is the suffocation the settled answers count as injury when treated
    (the lexicon's "treated for suffocation"); weak, so a victim in the sentence confirms it. Not a sandstorm's or a
    fire's breathing problems (no tear gas named: those stay no incident, a fire's an accident by its cue)."""
    # ``gassed``: the sentence before fired the tear gas ("Security forces fired tear gas to disperse ..." then "The
    # Misrata Medical Centre said it treated 17 people for breathing problems": English pass 52); then only care told
    # ("treated for", a hospital) reads the breathing trouble, never a bare complaint
    if (not gassed and "tear" not in words) or _EN_BREATHING.isdisjoint(words) and _EN_SUFFOCATION.isdisjoint(words):
        return []  # a cheap test first: this runs on every sentence
    own = tear_gas_told(words)
    if not own and (not gassed or _EN_TREATED.isdisjoint(words)):
        return []
    if found := _english_tear_gas_suffocation(words):
        return found
    for k, word in enumerate(words[1:-1], start=1):
        if word in _EN_BREATHING and words[k + 1] in _EN_BREATHING_TROUBLE and words[k - 1] in _EN_SYMPTOM_LEADS:
            treated = not _EN_TREATED.isdisjoint(words)  # the settled answer: injured when treated
            return [PhraseMatch(k, k + 1, (Trigger("injury", STRONG if treated else WEAK),), word)]
    return []


def _english_smoke_breathing(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"Three firefighters were treated for smoke inhalation", "five children were taken to hospital with breathing
    problems after smoke from a burning dump drifted over their school": smoke breathed, treated, is the suffocation
    the settled answers count as injured (eleventh session: "from tear gas or smoke ... when people were treated or
    taken to hospital"; English pass 43); a fire's or a dump's smoke stays an accident by its cue, with its count, and
    smoke from a fire set by gunmen keeps the attack. Weak when no care is told ("residents complained of smoke")."""
    if "smoke" not in words or "tear" in words:
        return []  # a cheap test first; tear gas is ``_english_tear_gas_breathing``'s
    treated = not _EN_TREATED.isdisjoint(words)
    for k, word in enumerate(words[:-1]):
        if word == "smoke" and words[k + 1] == "inhalation":
            return [PhraseMatch(k, k + 1, (Trigger("injury", STRONG if treated else WEAK),), "smoke inhalation")]
        if k and word in _EN_BREATHING and words[k + 1] in _EN_BREATHING_TROUBLE and words[k - 1] in _EN_SYMPTOM_LEADS:
            return [PhraseMatch(k, k + 1, (Trigger("injury", STRONG if treated else WEAK),), word)]
    return []


_EN_SUFFOCATION = frozenset({"suffocation", "suffocated", "asphyxiation"})


def _english_tear_gas_suffocation(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"fired tear gas at people protesting ..., causing dozens of cases of suffocation", "several protesters
    suffocated": suffocation suffered in a sentence that names tear gas is people hurt (the settled answers count it
    as injury, with a number only when they were treated; "dozens of cases" stays null), as «حالات اختناق» in Arabic.
    Called once tear gas is named: a fire's or a gas leak's "cases of suffocation" stay no incident (English pass
    36)."""
    for k, word in enumerate(words):
        if word not in _EN_SUFFOCATION:
            continue
        cases = words[k - 2 : k] == ["cases", "of"] or words[k + 1 : k + 2] == ["cases"]
        # "11 people treated at hospital for suffocation": care told for it, as "breathing problems" (English pass 61)
        treated = k > 0 and words[k - 1] in _EN_SYMPTOM_LEADS and not _EN_TREATED.isdisjoint(words)
        if cases or treated or word == "suffocated":
            return [PhraseMatch(k, k, (Trigger("injury", STRONG),), word)]
    return []


# English pass 33 (tune73en): incidents told indirectly

_EN_FATE_WORDS = frozenset({"whereabouts", "fate"})
_EN_TAKING = frozenset({"arrested", "detained", "abducted", "kidnapped", "seized", "taken", "arrest", "detention",
                        "abduction", "kidnapping", "summoned", "held"})
_EN_FATE_REACH = 30  # "the whereabouts of <name>, an engineer arrested at his home in <town> on <date> by <men>, remain
# unknown": the person's description, with the arrest, stands between


def _english_fate_unknown(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"the whereabouts of Salem X, an engineer arrested at his home ..., remain unknown", "fate of detained student
    unknown": a hidden fate told apart from the arrest that began it (the lexicon lists "whereabouts remain unknown"
    only as one phrase) is an enforced disappearance (labelling guide: someone whose family does not know where they
    are held). Only beside a taking word in the sentence: "the whereabouts of the escaped suspects are unknown" tells
    no one taken (English pass 33)."""
    if "unknown" not in words or _EN_FATE_WORDS.isdisjoint(words) or _EN_TAKING.isdisjoint(words):
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word in _EN_FATE_WORDS:
            window = words[index + 1 : index + 1 + _EN_FATE_REACH]
            if "unknown" in window and not _EN_TAKING.isdisjoint(window[: window.index("unknown")]):
                end = index + 1 + window.index("unknown")
                return [PhraseMatch(index, end, (Trigger("enforced_disappearance", STRONG),), word)]
    return []


_EN_SUMMONS = frozenset({"summons", "summoned"})
_EN_SUMMONED_REACH = 12  # "Libyan reporter Nadia X went to the Internal Security office ... after a summons": the person
_EN_NOT_FREED_REACH = 25  # "went to the office in <town> on <date> after a summons over her coverage of ... and has
# not been released": what the summons was about stands between


def _english_summoned_not_released(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"went to the security office after a summons ... and has not been released", "reporter summoned, not released":
    someone who answered a summons and was kept is held (a weak detention word: it counts for a journalist or an
    activist, or with a qualifier, as an arrest). Not "the budget has not been released" (a summons before it, and a
    person among the words before the summons)."""
    if "released" not in words or _EN_SUMMONS.isdisjoint(words):
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word in _EN_SUMMONS:
            window = words[index + 1 : index + 1 + _EN_NOT_FREED_REACH]
            if "released" in window and "not" in window[max(0, window.index("released") - 3) : window.index("released")]:
                who = next((k for k in range(max(0, index - _EN_SUMMONED_REACH), index) if people_among(words[k : k + 1])),
                           None)
                if who is not None:  # the phrase spans the one summoned: a journalist or an activist inside it is held
                    return [PhraseMatch(max(0, who - 1), index + 1 + window.index("released"),
                                        (Trigger("arbitrary_detention", DETENTION_WEAK),), word)]
    return []


_EN_ONE_BODY = frozenset({"body", "corpse"})
_EN_BODY_FOUND = frozenset({"found", "discovered", "dumped", "recovered"})
# (the body to the finding: ``EN_A_BODY_REACH``, the reach the count rule reads the same telling with)
_EN_VIOLENT_MARKS = frozenset({"gunshot", "bullet", "bullets", "shot", "stab", "stabbed", "torture", "tortured",
                               "blindfolded", "handcuffed", "bound"})


def _english_body_found_shot(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"A body bearing gunshot wounds was found on the road", "a man's body riddled with bullets was discovered": one
    body found with the marks of violence is a killing (labelling guide: bodies newly found are a killing incident,
    `killed` the bodies found); the lexicon's "his body was found" has no marks between. Not a body found with no
    violence told (a drowning, an accident: "a body was found on the beach") (English pass 33)."""
    if _EN_ONE_BODY.isdisjoint(words) or _EN_VIOLENT_MARKS.isdisjoint(words) or _EN_BODY_FOUND.isdisjoint(words):
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word in _EN_ONE_BODY and _EN_BODY_FOUND.intersection(words[index + 1 : index + 1 + EN_A_BODY_REACH]):
            return [PhraseMatch(index, index, (Trigger("killing", STRONG),), word)]
    return []


_EN_NOT_THE_DEAD = frozenset({"end", "ends", "sea", "zone", "zones", "line", "lines", "heat", "battery", "phone"})


def _english_dead_toll(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"Several dead reported near the market", "two dead after gunmen opened fire": "dead" after a number or a
    quantifier is a toll told as a noun (the lexicon's bare "dead" is weak: "the dead man's brother", "a dead end"); a
    toll with no status is an incident (labelling guide), an accident's or a disease's dead are lowered by their cue
    as any casualty word (English pass 33)."""
    for k, word in enumerate(words):
        if word == "dead" and k > 0 and (words[k - 1] in EN_VAGUE_MANY or parse_number(words, k - 1) is not None
                                         and words[k - 1].isascii()) and (
                words[k + 1 : k + 2] == [] or words[k + 1] not in _EN_NOT_THE_DEAD):
            return [PhraseMatch(k, k, (Trigger("killing", STRONG),), word)]
    return []


def _english_casualties_split(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"Shelling caused five casualties, one of whom died", "seven casualties, two of them fatal": a number of
    casualties with the share that died is a killing and an injury told at once (the lexicon has no bare
    "casualties": a year's tally and a bulletin use it too, and name no share that died); the counts are
    ``counts_rules_en.english_casualties_split`` (English pass 36)."""
    if english_casualties_split(words) is None:
        return []
    k = words.index("casualties")
    died = next(j for j in range(k + 1, len(words)) if words[j] in EN_SHARE_DIED)  # the split found it
    return [PhraseMatch(k, k, (Trigger("injury", STRONG),), "casualties"),
            PhraseMatch(died, died, (Trigger("killing", STRONG),), words[died])]


# "causing casualties among residents", "caused casualties among the displaced families": harm to people the verb
# says was caused, with no figure (English pass 37)
_EN_CAUSED = frozenset({"causing", "caused", "causes", "inflicting", "inflicted", "leaving", "left"})
_EN_AMONG_SKIP = frozenset({"the", "local", "civilian", "its", "their", "camp", "nearby"})
_EN_ARMED_PEOPLE = frozenset({"fighters", "soldiers", "militants", "rebels", "smugglers", "policemen", "officers",
                              "gendarmes", "guards", "members"})
_EN_AMONG_PEOPLE = frozenset(PERSON_NOUNS) - _EN_ARMED_PEOPLE | {"families", "population", "displaced", "civilian"}


def _english_casualties_among(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"A rocket struck the camp, causing casualties among residents": casualties the event caused among civilians,
    with no figure, are harm told (casualties are the dead and the hurt together: thirteenth-session answer). Read as
    an injury, the least the word says; no count (a bare plural counts no one). Only right after a verb of causing
    (a year's tally, "casualties among civilians this year", has none) and not among fighters (English pass 37)."""
    for k, word in enumerate(words[:-2]):
        if word != "casualties" or k == 0 or words[k - 1] not in _EN_CAUSED or words[k + 1] != "among":
            continue
        j = k + 2
        while j < len(words) - 1 and words[j] in _EN_AMONG_SKIP:
            j += 1
        if words[j] in _EN_AMONG_PEOPLE:
            return [PhraseMatch(k, k, (Trigger("injury", STRONG),), "casualties")]
    return []


_EN_REMAINS_HEDGES = frozenset({"at", "least", "more", "than", "some", "about", "around", "nearly", "over", "another"})




def _english_remains_of_people(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"recovered the remains of at least nine people", "the remains of 12 migrants": remains of a number of people
    are bodies found, a killing (settled answers: bodies newly found are a `killing` with the number found), as the
    lexicon's "bodies" and "body of"; not the remains of things ("the remains of two rockets": no person noun after the
    number) (English pass 37)."""
    if "remains" not in words:
        return []
    for k, word in enumerate(words[:-3]):
        if word != "remains" or words[k + 1] != "of":
            continue
        j = k + 2
        while j < len(words) - 1 and words[j] in _EN_REMAINS_HEDGES:
            j += 1
        number = parse_number(words, j)
        noun = j + number[1] if number is not None else len(words)
        if noun < len(words) - 1 and words[noun] in EN_MORE:
            # "recovered the remains of four more people": an update's bodies (pass 45); not "identified the remains of
            # four more people" (forensic work on dead already counted, as ``_english_identified``)
            if not EN_IDENTIFIED.isdisjoint(words[max(0, k - 3) : k]):
                continue
            noun += 1
        if noun < len(words) and words[noun] in PERSON_NOUNS:
            return [PhraseMatch(k, k + 1, (Trigger("killing", STRONG),), "remains of")]
    return []


_EN_MISSILES = frozenset({"bullet", "bullets", "gunfire", "shrapnel", "stray", "sniper"})
_EN_DEATH_TOLD = frozenset({"killed", "died", "dead", "dies", "death", "fatally"})


def _english_hit_in_part_by(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"after being hit in the head by a bullet fired into the air", headline "Girl, 8, hit in head by stray bullet":
    someone hit in a body part by a bullet, gunfire or shrapnel is wounded (the lexicon's "hit by a bullet" reads
    only the words side by side). Not where the sentence tells a death (the wound is then the dead's, and the
    killing words read it), nor a thing hit ("the car was hit by gunfire" names no body part) (English pass 36)."""
    if EN_HIT.isdisjoint(words) or not _EN_DEATH_TOLD.isdisjoint(words):
        return []  # a cheap test first: this runs on every sentence
    for k, word in enumerate(words[:-4]):
        if word not in EN_HIT or words[k + 1] != "in":
            continue
        part = k + 2 + (words[k + 2] in ("the", "his", "her"))
        if part + 2 < len(words) and words[part] in EN_BODY_PARTS and words[part + 1] == "by" and (
                not _EN_MISSILES.isdisjoint(words[part + 2 : part + 4])):
            return [PhraseMatch(k, part, (Trigger("injury", STRONG),), word)]
    return []


# English pass 45 (tune97en): "The Tripoli office of the Libyan Organization for Human Rights Monitoring was sealed by the
# Civil Society Commission", "Authorities close Tripoli rights group's office": the office of a rights body, an
# association or a news outlet closed, sealed or shut by someone is an attack on civil society (labelling guide:
# closing a news office is `attack_on_civil_society`; the Arabic lexicon lists «إغلاق مقر منظمة», Arabic pass 71)
_EN_OFFICES = frozenset({"office", "offices", "headquarters", "premises"})
_EN_CLOSING = frozenset({"sealed", "seal", "seals", "closed", "close", "closes", "closure", "shut", "shuts", "shuttered"})
_EN_CIVIC_OWNERS = frozenset({"rights", "ngo", "ngos", "association", "associations", "newspaper", "channel", "radio",
                              "television", "syndicate", "watchdog", "monitoring", "activists", "journalists"})
# an office closed for a holiday, for works or by fighting nearby, or the body suspected of a crime: no attack on it
_EN_CLOSED_FOR = frozenset({"due", "because", "holiday", "holidays", "eid", "pandemic", "covid", "renovation", "renovations",
                            "weekend", "strike", "clashes", "fighting", "shelling", "suspected", "laundering", "terrorism",
                            "temporarily"})


_EN_OWNER_BEFORE = 3  # "rights group's office": the owner's word up to three words before the office word
_EN_OWNER_AFTER = 6  # "the offices of a private radio station", "office of the Libyan Organization for Human Rights"


def _english_civic_office_closed(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """An office word and a closing word in one sentence that names a rights body, an association or a news outlet,
    with no reason told that is no attack (a holiday, works, nearby fighting, a suspicion of crime)."""
    if _EN_OFFICES.isdisjoint(words) or _EN_CLOSING.isdisjoint(words) or _EN_CIVIC_OWNERS.isdisjoint(words):
        return []  # a cheap test first: this runs on every English sentence
    if not _EN_CLOSED_FOR.isdisjoint(words):
        return []
    owned = any(w in _EN_OFFICES and not _EN_CIVIC_OWNERS.isdisjoint(
        words[max(0, k - _EN_OWNER_BEFORE) : k + 1 + _EN_OWNER_AFTER]) for k, w in enumerate(words))
    if not owned:
        return []  # "The rights group said the office of the ministry was closed": the office is not the group's
    at = next(k for k, w in enumerate(words) if w in _EN_CLOSING)
    return [PhraseMatch(at, at, (Trigger("attack_on_civil_society", STRONG),), words[at])]
