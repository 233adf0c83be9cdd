"""English-only incident rules: the predicates that scope an English trigger or cue out, and the finders that
add the English matches the lexicon cannot list ("guards beat migrants", "held for eight months without charge").

Each tests English words (or an ASCII sentence), so no Arabic sentence is decided here; kept apart from the
Arabic rules so each language's wording reads in one place.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from nlp.counts import is_calendar_year, parse_number
from nlp.counts_rules_en import EN_BODY_PARTS, EN_MORE, _english_nationality
from nlp.counts_words import MONTH_WORDS, PERSON_NOUNS, SINGULAR_VICTIMS
from nlp.gazetteer import load_gazetteer
from nlp.incident_records import (
    _SCOPE_WINDOW,
    CASUALTY_TYPES,
    CHARGED_ACTS,
    DETENTION_WEAK,
    PROPERTY,
    STRONG,
    WEAK,
    Trigger,
)
from nlp.lexicon import PhraseMatch
from nlp.normalize import has_arabic_script

# Who English words name: a speaker, no victim; someone unharmed; an armed unit; a minor harm; a fighter's companion

_EN_UNHARMED = frozenset({"unharmed", "unhurt", "uninjured"})
_EN_UNHARMED_REACH = 5  # "the woman in the ambulance was unharmed"


_EN_SPEECH = frozenset({"says", "said", "say", "told", "tells", "believe", "believes", "believed", "claim",
                        "claims", "claimed"})
_EN_SPEAKER_REACH = 4  # "Medics at the hospital said": the speaker's words before the verb
_EN_SPEAKER_PLACE = frozenset({"at", "in", "from", "with"})  # "Medics at the hospital said": where they work
_EN_NOT_SPEAKER = frozenset({"who", "was", "were", "is", "are", "has", "have", "had", "and", "after", "when"})
_EN_PLURAL_MEDICS = frozenset({"medics", "doctors", "nurses", "paramedics"})
_EN_SINGLE_MEDICS = frozenset({"doctor", "nurse", "medic", "paramedic"})
# "killing five ..., a local official and a doctor said": one medic who speaks after the harm is told is its source
# (English pass 20); "A nurse was beaten ..., the ministry said" (the harm after her) keeps her a victim
_EN_HARMS_TOLD = frozenset({"killed", "killing", "wounded", "wounding", "injured", "injuring", "died", "dead", "hurt",
                            "beaten"})
_EN_KIN_SPEAKERS = frozenset({"mother", "father", "wife", "husband", "sister", "brother", "son", "daughter"})


def _english_speaker(words: list[str], match: PhraseMatch[str], press: bool) -> bool:
    """"Local activists believe the arrest ...", "activists say", "Medics at the hospital said the girls were dead",
    "His mother said he was beaten": a press word, medics or a victim's kin who speak are sources, no victims (not "a
    journalist who said he was beaten": "who" / "was" end the speaker). English only; one nurse who tells what she
    suffered stays a victim (plural medics only), and so does the activist of "Family of Misrata activist say"."""
    first = words[match.first]
    if "according" in words[max(0, match.first - 3) : match.first - 1] and words[match.first - 1 : match.first] != [
            "of"]:
        return True  # "according to local medics": whom the news is told by (English pass 20)
    if "of" in words[max(0, match.first - 2) : match.first]:
        return False  # "Family of Misrata activist say": the activist is whose family speaks
    told_after = first in _EN_SINGLE_MEDICS and not _EN_HARMS_TOLD.isdisjoint(words[: match.first])
    if not (press or told_after or first in _EN_PLURAL_MEDICS or (
            first in _EN_KIN_SPEAKERS and match.first > 0 and words[match.first - 1] in ("his", "her", "their"))):
        return False
    after = words[match.last + 1 : match.last + 1 + _EN_SPEAKER_REACH + 2 * told_after]  # "at the town clinic told"
    if after[:1] and after[0] in _EN_SPEECH:
        return True
    if not after or after[0] not in _EN_SPEAKER_PLACE:
        return False  # "poet and activist Karim Said on Monday": a name, no verb, follows
    for word in after[1:]:
        if word in _EN_SPEECH:
            return True
        if word in _EN_NOT_SPEAKER:
            return False
    return False


def _english_unharmed(words: list[str], last: int) -> bool:
    """"the woman was unharmed", "the woman in the ambulance was unhurt": the person named is no victim (English)."""
    return bool(_EN_UNHARMED.intersection(words[last + 1 : last + 1 + _EN_UNHARMED_REACH]))


_EN_SUBJECT_REACH = 10  # "a commander of an armed group in Tajoura was shot dead": the head noun opens a long subject
_EN_ARMED_UNITS = frozenset({"militia", "brigade", "battalion"})


def _english_armed_unit(words: list[str]) -> bool:
    """"a Tripoli armed group", "the 166 Brigade", "a Misrata militia": an armed unit named (not "a charity")."""
    return not _EN_ARMED_UNITS.isdisjoint(words) or any(a == "armed" and b in ("group", "groups")
                                                       for a, b in pairwise(words))


_EN_LIGHT_HARMS = frozenset({"injury", "injuries", "wound", "wounds", "burns", "cuts", "bruises", "bruising", "damage",
                             "fractures", "scratches", "offence", "offences", "incident", "incidents", "clashes", "scuffles"})


def _english_minor_harm(words: list[str], match: PhraseMatch[str]) -> bool:
    """"picked up minor injuries", "minor wounds", "minor damage": "minor" as an adjective of the harm, no child
    (English pass 11; "a minor was wounded", "two minors" stay children)."""
    return (match.first == match.last and words[match.first] == "minor"
            and words[match.last + 1 : match.last + 2] != [] and words[match.last + 1] in _EN_LIGHT_HARMS)


_EN_COMPANIONS = frozenset({"driver", "drivers", "bodyguard", "bodyguards", "guard", "guards", "aide", "aides", "escort",
                            "escorts", "companion", "companions", "deputy", "assistant"})
_EN_COMPANION_REACH = 4  # "a senior Islamic State commander and his driver": words from the fighter word to "and"


def _fighters_companion(words: list[str], index: int, fighters_at: set[int]) -> bool:
    """"killed a militant commander and his driver", "the brigade leader and his bodyguards": the man who drives or
    guards a fighter is of his party, no civilian (English pass 11); "his wife", "his son" stay civilians."""
    if words[index] not in _EN_COMPANIONS or index < 3 or words[index - 1] not in ("his", "their") or words[index - 2] != "and":
        return False
    return any(j in fighters_at for j in range(max(0, index - 2 - _EN_COMPANION_REACH), index - 2))


# Finders: English matches the lexicon cannot list (its words apart, or told only with a person as the object)


def _english_fishing_boat(window: list[str], boats: list[int]) -> bool:
    """"a fishing boat came under fire": English names the boat's trade before it (English pass 15)."""
    return any(k > 0 and window[k - 1] == "fishing" for k in boats)


_EN_BEAT_OBJECTS = frozenset({"him", "her", "them", "up"})
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


def _english_person_after(words: list[str], index: int) -> bool:
    """A person right after the verb at ``index``, past up to three articles or numbers ("beat a doctor", "held the
    journalist", "beat up", "held him"), or four in a partitive ("beat two of the organisers")."""
    k = index + 1
    reach = _EN_PARTITIVE_REACH if words[index + 2 : index + 3] == ["of"] else 3
    while k < len(words) and k - index <= reach and (words[k] in _EN_BEAT_ARTICLES or parse_number(words, k) is not None):
        k += 1  # "beat four nurses" (any number, English pass 18)
    if k + 1 < len(words) and words[k] in _EN_GROUP_WORDS and words[k + 1] == "of":
        k += 2  # "beat a group of migrants" (English pass 25)
    if k < len(words) and _english_nationality(words[k]):
        k += 1  # "beat a group of Nigerien migrants", "held two Sudanese workers" (English pass 25)
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
_EN_CENTRE = frozenset({"centre", "center", "centres", "centers", "facility", "facilities"})


def _english_taken_to_detention(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"intercepted 131 people ... and took them to the Al-Nasr detention centre", "transferred to a detention centre",
    "returned them to Tripoli naval base, where they were handed to DCIM": people brought to a migrants' detention
    centre or handed to the detention department are held there with no judicial process (arbitrary detention; the
    English labels count an interception so ended). Not "released from" one: the verb must lead "to" / "into" it."""
    if "detention" not in words and "dcim" not in words:
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        centre = word == "detention" and words[index + 1 : index + 2] != [] and words[index + 1] in _EN_CENTRE
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
                _EN_HOLDING_BODIES.intersection(words[index + 2 : index + 2 + _EN_BODY_REACH])):
            return [PhraseMatch(index - 1, index + 1, (Trigger("arbitrary_detention", STRONG),), "taken away by")]
    return []


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


_EN_HELD = frozenset({"held", "detained", "kept", "jailed", "imprisoned"})
_EN_NO_CHARGE = frozenset({"charge", "charges", "trial", "charged"})
_EN_HELD_REACH = 7  # "has been held for eight months without charge": a span of time between


def _english_held_without_charge(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"held for eight months without charge", "detained since March without trial": the lexicon's "held without
    charge" with how long (or where) between; no charge nor trial is an arbitrary detention (English pass 15). Not
    "released without charge" (only a holding verb leads it)."""
    if "without" not in words:
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word not in _EN_HELD:
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
        for j in range(k + 3, min(len(words) - 2, k + 2 + _EN_SHOT_OBJECT_REACH)):
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
        return []  # a cheap test first: this runs on every sentence
    shot = words.index("shot")
    near = words[max(0, shot - _EN_CAPTIVE_REACH) : shot]
    bound = any(near[k : k + 2] in (["hands", "tied"], ["hands", "bound"]) for k in range(len(near)))
    if bound or _EN_CAPTIVE_CUES.intersection(near):
        return [PhraseMatch(shot, shot, (Trigger("killing", STRONG),), "shot")]
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
            and any(w in _EN_PASSIVE_SUBJECTS for w in words[max(0, index - 1 - _EN_SUBJECT_REACH) : index - 1]))


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
_EN_OWNED_MEN = frozenset({"men", "gunmen", "fighters", "militiamen", "loyalists"})


def english_owner_men(words: list[str]) -> bool:
    """"by <owner>'s men": a sentence whose harm has a leader's or unit's men as its agent."""
    if "s" not in words or "by" not in words:
        return False  # a cheap test first: this runs on every sentence
    return any(words[k] == "s" and words[k + 1] in _EN_OWNED_MEN and words[k - 2] == "by"
               for k in range(2, len(words) - 1))


ABDUCTION_WEAK = WEAK  # the strength of the lexicon's weak abduction words ("taken from", "seized")
_EN_TOOK = frozenset({"took", "led", "drove", "dragged", "whisked", "hauled",
                     "bundled"})  # "armed men bundled him away" (English pass 25)
_EN_AWAY_REACH = 5  # "took three journalists away": the verb, its object (up to four words), "away"
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
        if word in _EN_TOOK and "from" in words[index + 2 : index + _EN_AWAY_REACH] and _english_person_after(words, index):
            at = words.index("from", index + 2)
            if words[at + 1 : at + 2] and words[at + 1] in _EN_FROM_OWNERS:
                return [PhraseMatch(index, at, (Trigger("abduction", _EN_TOOK_FROM_WEAK),), word)]  # "took a nurse from her home"
        if word in _EN_TOOK and _english_person_after(words, index) and "away" in words[index + 2 : index + _EN_AWAY_REACH + 1]:
            away = words.index("away", index + 2)
            return [PhraseMatch(index, away, (Trigger("abduction", ABDUCTION_WEAK),), word)]
        if word in _EN_TOOK and words[index + 1 : index + 2] == ["away"] and _english_person_after(words, index + 1):
            return [PhraseMatch(index, index + 1, (Trigger("abduction", ABDUCTION_WEAK),), word)]  # "took away two men"
    return []


# Predicates that scope an English trigger or cue out: a charge, a denial, a tally, a call, a metaphor ...


# English words that do not count toward a charge's reach ("accused of ordering the torture and killing of").
_EN_FUNCTION = frozenset({"the", "a", "an", "of", "and", "or", "in", "their", "his", "her", "its", "for", "over"})
_EN_CHARGED_ACTS = frozenset(CHARGED_ACTS) | {"torture"}  # "accused of torture": a charge, like a killing


def _english_charge(words: list[str], first: int, types: set[str], weak: bool, charges: list[int]) -> bool:
    """English: a harm within four content words after a charge ("the charges included the murder of", "accused of
    ordering the torture and killing of prisoners"): what a proceeding is about, not the news. Torture too."""
    if not (types <= _EN_CHARGED_ACTS or weak):
        return False
    if words[first].endswith("ed") and words[first - 1 : first] != ["having"] or words[first] == "shot":
        return False  # "a man convicted of theft was shot dead", "gunmen accused of links to a militia killed two":
        # a charge names its acts by nouns ("murder", "the killing of"), the verb is the sentence's own event
    return any(c < first and words[c].isascii() and not _EN_FINITE.intersection(words[c + 1 : first])
               and sum(1 for w in words[c + 1 : first] if w not in _EN_FUNCTION) <= _SCOPE_WINDOW for c in charges)


_EN_FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})
_EN_ARRESTS = frozenset({"arrested", "arrest", "arrests", "detained", "detains"})  # not "held for ransom"
_EN_OVER_REACH = 4  # "arrested two men over the abduction": the arrest word, its object, "over", an article
_EN_OVER_BEFORE = 3  # "over the killing of", "for the 2024 abduction": "over / for" up to three words before the harm


def _english_arrested_over(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"police arrested two men over the abduction of a pharmacist", "detained a suspect for the killing": the harm
    named after an arrest "over / for" is what the suspects are held for (a proceeding), not an event told here."""
    first = match.first
    if not {t.type for t in match.payloads} <= _EN_CHARGED_ACTS or words[first].endswith("ed"):
        return False
    for k in range(first - 1, max(-1, first - 1 - _EN_OVER_BEFORE), -1):
        if words[k] in ("over", "for"):
            return any(w in _EN_ARRESTS for w in words[max(0, k - _EN_OVER_REACH) : k])
    return False


# "drug trafficking", "arms smuggling", "fuel smuggling": goods, not people (English words only)
# Arabic goods named right after «تهريب» (normalised): «تهريب الوقود», «تهريب المخدرات», «تهريب السلاح»
_AR_GOODS = frozenset({"الوقود", "وقود", "المحروقات", "محروقات", "البنزين", "الديزل", "النفط", "المخدرات", "مخدرات",
                       "السلاح", "الاسلحه", "اسلحه", "السجائر", "سجائر", "التبغ", "الذهب", "الاثار", "العمله", "الدقيق",
                       "السلع", "البضائع", "الخمور", "الحشيش", "الاقراص"})
_GOODS = frozenset({"drug", "drugs", "narcotics", "arms", "weapons", "gun", "guns", "fuel", "cocaine", "heroin", "hashish",
                    "cannabis", "cigarette", "cigarettes", "tobacco", "wildlife", "antiquities", "gold", "currency",
                    "alcohol", "captagon", "oil", "diesel", "petrol", "goods", "contraband", "car", "cars"})


def _goods_trafficked(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"arrested for drug trafficking", "fuel smuggling": a trafficking word right after a word for goods; "the
    smuggling of fuel from Libya" (English pass 18): the goods after "of"."""
    if not all(t.type == "trafficking" for t in match.payloads):
        return False
    after = words[match.last + 1 : match.last + 3]
    return (match.first > 0 and words[match.first - 1] in _GOODS) or (
        after[:1] == ["of"] and len(after) == 2 and after[1] in _GOODS) or (
        after[:1] != [] and after[0] in _AR_GOODS)  # «تقرير عن تهريب الوقود»: goods, no people (Arabic pass 51)


_EN_BE = frozenset({"was", "were", "been", "is", "are", "be"})
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
    if be < 0 or words[be] not in _EN_BE or not words[first].isascii():
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


_EN_PERIOD = frozenset({"past", "last", "previous", "first"})
_EN_LONG_UNITS = frozenset({"months", "years", "weeks", "month", "year"})
_EN_BOUNDED_WEEKS = 4  # "over the past two weeks": a bounded series a monitor reports, not a period's statistic


def _english_period_tally(words: list[str]) -> bool:
    """"41 civilian deaths in the past six months", "over the last 12 months": a tally over a period (a statistic),
    not one event. Not hours or days: "in the past 24 hours" is a bounded series."""
    for index, word in enumerate(words[:-3]):
        if word in ("in", "over", "during", "within") and words[index + 1] == "the" and words[index + 2] in _EN_PERIOD:
            number = parse_number(words, index + 3)
            at = index + 3 + (number[1] if number else 0)
            if at < len(words) and words[at] in _EN_LONG_UNITS and not (
                    words[at] == "weeks" and number and number[0] <= _EN_BOUNDED_WEEKS):
                return True
    return False


_EN_REJECTING = frozenset({"rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes"})
_EN_CLAIMS = frozenset({"claims", "reports", "allegations", "accusations"})
_EN_REJECT_REACH = 4  # "rejected on Tuesday claims that": the verb, a time of up to two words, the claims


def _english_rejected_claims(words: list[str]) -> list[int]:
    """"The ministry rejected on Tuesday claims that migrants had been tortured": a denial of the claims (as
    "denied"), where the claims follow the verb within a few words; not "dismissed from his post" (English pass 9)."""
    return [k for k, w in enumerate(words) if w in _EN_REJECTING
            and not _EN_CLAIMS.isdisjoint(words[k + 1 : k + 1 + _EN_REJECT_REACH])]


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
                        "guard", "guards", "police", "army", "troops", "militia", "soldiers"})
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


def _english_cue_misread(words: list[str], match: PhraseMatch[str]) -> bool:
    """English context cues that are no such cue here: the "fire" of "guards opened fire", "fire on the crowd" is
    gunfire, and of "set fire to" arson, no accident; an "attempted escape" or "attempted crossing" is no foiled attack
    (hypothetical); a meeting the victims held ("detained after organising a workshop") is why they were targeted,
    not a meeting about a harm (general)."""
    word = words[match.first]
    if "accident" in match.payloads and match.first == match.last and word == "fire":
        return (match.first > 0 and words[match.first - 1] in _EN_FIRING) or (words[match.first + 1 : match.first + 2] in (
            ["on"], ["at"], ["upon"]) and not _english_a_blaze(words, match.first)) or _english_set_on_fire(words, match.first)
    if "accident" in match.payloads and match.last > match.first and words[match.last].startswith("collaps"):
        return not _EN_BROUGHT_DOWN.isdisjoint(words)  # "a building collapsed after an air strike": the strike's harm
    if "accident" in match.payloads and match.first == match.last and word in ("storm", "storms", "stormed"):
        return match.first > 0 and words[match.first - 1] in _EN_STORMING  # "militia members storm a campus": a raid
    if "hypothetical" in match.payloads and word == "attempted":
        return words[match.last + 1 : match.last + 2] != [] and words[match.last + 1] in _EN_NOT_ATTEMPTS
    if "general" in match.payloads and word in _EN_MEETINGS:  # "at his workshop": where he works, no meeting
        return _english_victims_deed(words, match.first) or (match.first > 0 and words[match.first - 1] in (
            "his", "her", "their"))
    if "general" in match.payloads and word == "remains":  # "A nurse remains in intensive care": a victim's state
        return words[match.first + 1 : match.first + 2] == ["in"] and not _EN_REMAINS_IN_STATE.isdisjoint(
            words[match.first + 2 : match.first + 4])
    if "general" in match.payloads and word == "film":  # "traffickers who beat them and film the abuse": a verb
        return match.first > 0 and words[match.first - 1] in _EN_VERB_BEFORE
    if "custody" in match.payloads:
        # "a lawyer who defended detainees": his clients were held; "border guards": a patrol, no jail's guards
        return _english_clients(words, match.first) or _english_post_guards(words, match)
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
                          "brigade", "soldiers", "officers"})


def _english_money_told(words: list[str], at: int) -> bool:
    """"escaping with 800,000 dinars", "a ransom of 50,000 dinars", "a currency exchange office": a sum paid or stolen
    (a number before the currency) or a money changer's shop is money itself, no currency "killed" by a budget (the
    figurative cue): the guard shot in a robbery is still hurt."""
    return (at > 0 and words[at - 1].isdigit()) or words[at : at + 2] == ["currency", "exchange"]


def _english_set_on_fire(words: list[str], fire: int) -> bool:
    """"set the studio on fire", "set two cars on fire": arson (the lexicon lists "set on fire" with nothing between)."""
    return fire > 1 and words[fire - 1] == "on" and any(
        w in ("set", "sets", "setting") for w in words[max(0, fire - 2 - _EN_SET_ON_FIRE) : fire - 1])


_EN_COUNSEL = frozenset({"defended", "defending", "defends", "represented", "representing", "represents"})
_EN_COUNSEL_REACH = 6


_EN_GUARDED_POSTS = frozenset({"border", "borders", "coast", "coastal", "frontier", "desert", "oil", "petroleum", "facilities",
                               "presidential", "national"})


def _english_post_guards(words: list[str], match: PhraseMatch[str]) -> bool:
    """"a firefight with border guards", "coast guards", "petroleum facilities guards": guards of a border, a coast
    or a site are a patrol or a force, no custody (English pass 11); "prison guards", "guards beat detainees" stay."""
    return words[match.first] in ("guards", "guard") and match.first > 0 and words[match.first - 1] in _EN_GUARDED_POSTS


def _english_clients(words: list[str], index: int) -> bool:
    """"a lawyer who defended detainees", "had represented families of men held without trial": the people held are
    a lawyer's clients (a counsel verb up to six words before), told to say who the victim was, not the news."""
    return any(w in _EN_COUNSEL for w in words[max(0, index - _EN_COUNSEL_REACH) : index])


_EN_MEETINGS = frozenset({"workshop", "conference", "training", "anniversary"})
_EN_VERB_BEFORE = frozenset({"and", "who", "to", "they", "then", "would", "will", "which", "that"})
_EN_DEED_ARTICLES = frozenset({"a", "an", "the"})
_EN_RETURNING = frozenset({"returned", "returning", "back", "came", "coming", "travelling", "traveling", "home"})
_EN_DEED_MODIFIERS = 2  # "after filming the Derna anniversary protest": words between the article and the cue


def _english_victims_deed(words: list[str], index: int) -> bool:
    """"detained after organising a workshop", "arrested for attending a conference", "detained after filming the
    Derna anniversary protest": a gerund right before the meeting (past an article and up to two modifiers), itself
    after "after / for / over" — the deed the act answered; or the meeting the victim was travelling to ("about to fly
    to Tunis for a conference")."""
    at = next((j for j in range(index - 1, max(-1, index - 2 - _EN_DEED_MODIFIERS), -1)
               if words[j] in _EN_DEED_ARTICLES), index)
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


# "three detainees had died in Al-Jawiya prison", "a prisoner died": the ones held died, a death in detention
_EN_HELD_PEOPLE = frozenset({"detainee", "detainees", "prisoner", "prisoners", "inmate", "inmates"})
_EN_PERFECT_AUX = frozenset({"had", "have", "has"})


def _english_held_died(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """English: a death word whose subject, right before it (past "had / have / has"), is the people held ("three
    detainees had died in Al-Jawiya prison", "an inmate died"): a death in detention, which the labelling guide counts
    as an incident (also from neglect), as «توفي في سجن» (English pass 19)."""
    for match in matches:
        if not any(t.type == "killing" for t in match.payloads):
            continue
        k = match.first - 1
        k -= k > 0 and words[k] in _EN_PERFECT_AUX
        if k >= 0 and words[k] in _EN_HELD_PEOPLE:
            return True
    return False


# "the driver of a car packed with explosives", "a suicide bomber": the one killed was attacking (English words)
_EN_ATTACKERS = frozenset({"bomber", "bombers", "attacker", "attackers", "assailant", "assailants"})
_EN_LADEN = frozenset({"packed", "laden", "rigged", "loaded", "fitted"})


def _english_attacker_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """English: the victim of a killing, within eight words after it (before a "by" or a comma), is an attacker: a
    bomber, an assailant, someone in a vehicle packed with explosives."""
    for match in matches:
        if not any(t.type == "killing" for t in match.payloads) or not words[match.last].isascii():
            continue
        for j in range(match.last + 1, min(len(words), match.last + 9)):
            if words[j] in ("by", ",", ".", "when", "as", "after"):
                break
            if words[j] in _EN_ATTACKERS or (words[j] in _EN_LADEN and words[j + 1 : j + 3] == ["with", "explosives"]):
                return True
        if _english_gunman_attacked(words, match, sum(any(t.type == "killing" for t in m.payloads) for m in matches)):
            return True
    return False


_EN_LONE_GUNMEN = frozenset({"gunman", "gunmen", "militant", "militants"})  # "a gunman", not "gunmen shot dead a man"
_EN_ATTACKED = frozenset({"attacking", "attacked", "opened", "opening", "firing", "fired", "stormed", "storming"})
_EN_SUBJECT_BEFORE = 3  # "A gunman was shot dead", "Gunman killed": the subject, "was", the trigger's first word


def _english_gunman_attacked(words: list[str], match: PhraseMatch[Trigger], killings: int) -> bool:
    """"A gunman was shot dead ... after he opened fire on a checkpoint", "Gunman killed after attacking army
    checkpoint": the one killed is the gunman who attacked (his subject just before the passive), no victim."""
    before = words[max(0, match.first - _EN_SUBJECT_BEFORE) : match.first]
    if killings > 1:
        return False  # "a gunman was shot dead after he opened fire on worshippers, killing two": they are victims
    if not (_EN_LONE_GUNMEN.intersection(before) and (match.first == 0 or words[match.first - 1] in _EN_BE
                                                     or words[match.first - 1] in _EN_LONE_GUNMEN)):
        return False
    after = words[match.last + 1 :]
    return any(w in ("after", "when", "as") and _EN_ATTACKED.intersection(after[k + 1 : k + 4])
               for k, w in enumerate(after))


_EN_IDENTIFIED = frozenset({"identified", "identify", "identifies", "identifying"})
_EN_REMAINS = frozenset({"bodies", "remains", "victims"})
_EN_FORENSIC = frozenset({"dna", "forensic", "forensics", "exhumed", "exhumation", "graves"})


def _english_identified(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"DNA tests had identified 11 more bodies", "teams identify 11 more Tarhuna victims": a count of the dead named
    by those who identify them is forensic work on an earlier event, no killing told (a number must stand between:
    "police identified the bodies of the three men shot" is the find itself)."""
    first = match.first
    if words[first] not in _EN_REMAINS or not any(w in _EN_IDENTIFIED for w in words[max(0, first - 5) : first]):
        return False
    k = next(j for j in range(first - 1, -1, -1) if words[j] in _EN_IDENTIFIED) + 1
    number = parse_number(words, k)
    if number is None:
        return False
    rest = words[k + number[1] : first]
    # "11 more bodies" goes on with an earlier count; a bare number only where forensic work is named
    return len(rest) <= 2 and ((rest[:1] != [] and rest[0] in EN_MORE) or bool(_EN_FORENSIC.intersection(words)))


_EN_EVENT_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                            "today", "overnight", "tonight"})


def _english_so_far(words: list[str]) -> bool:
    """"At least 640 people have died ... so far in 2026", "so far this year": a running tally (a statistic), no
    event ("so far" alone, "the deadliest so far", is none)."""
    if "far" not in words or _EN_EVENT_DAYS.intersection(words):
        return False  # a cheap test first; a day named tells an event beside the tally ("... so far in 2026; on Sunday")
    for k in range(1, len(words) - 2):
        if words[k - 1] == "so" and words[k] == "far":
            rest = words[k + 1 : k + 3]
            if rest == ["this", "year"] or (rest[:1] == ["in"] and rest[1:] and rest[1].isdigit() and len(rest[1]) == 4):
                return True
            if _remains_counted_after(words, k + 1):
                return True
    return False


_EN_SERIES_ORDINALS = frozenset({"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
_EN_SERIES_SPANS = frozenset({"year", "month", "week", "since"})  # "this year", "this month", "since January"
_EN_ORDINAL_REACH = 2  # "the fourth attack", "the third such attack": the ordinal up to two words before the harm


def _english_series_rank(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """"It was the fourth attack on a journalist's property this year": a harm ranked in a series over a span is a
    monitor's tally (no victim of its own to count; English pass 14); not "a second blast" (no span, the ordinals
    from third on only), nor "shot dead a shopkeeper on Monday, the fourth such killing this year" (a harm told
    unranked, or a day named: the event beside its rank)."""
    if (_EN_SERIES_ORDINALS.isdisjoint(words) or _EN_SERIES_SPANS.isdisjoint(words)
            or not _EN_EVENT_DAYS.isdisjoint(words)):
        return False  # a cheap test first
    return bool(matches) and all(not _EN_SERIES_ORDINALS.isdisjoint(words[max(0, m.first - _EN_ORDINAL_REACH) : m.first])
                                 for m in matches)


_EN_SO_FAR_REACH = 6  # "so far recovered more than 350 bodies": words from after "so far" to the remains word


def _remains_counted_after(words: list[str], k: int) -> bool:
    """"its teams had so far recovered more than 350 bodies", "have so far identified 120 victims": a running count
    of remains the searchers recovered or identified, work on an earlier event (English pass 11): a number, then the
    remains word, within a few words."""
    window = words[k : k + _EN_SO_FAR_REACH]
    at = next((j for j, w in enumerate(window) if w in _EN_REMAINS), None)
    return at is not None and any(parse_number(window, j) is not None for j in range(at))


def _english_year_figure(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """"A UN panel said 40 civilians were killed in Libya in 2025", "died at sea last year": a casualty word dated by
    its year alone is a whole year's figure (a statistic) or the past ("his father was killed in 2021"), no event; a
    day named tells an event ("on Monday ... the fifth in 2026": not a tally); "an activist abducted in 2024 is
    still missing" is no casualty, a lasting abduction (English pass 9)."""
    if not any(t.type in CASUALTY_TYPES for m in matches for t in m.payloads) or any(
            w in _EN_EVENT_DAYS and not _english_report_day(words, k) for k, w in enumerate(words)):
        return False
    return any((w == "in" and is_calendar_year(words[k + 1])) or (w == "last" and words[k + 1] == "year") or (
        w == "this" and words[k + 1] == "year" and _english_people_figure_before(words, k))
               for k, w in enumerate(words[:-1]))


_EN_FINITE_AUXILIARIES = frozenset({"had", "have", "has", "were", "was", "are", "is"})


def _english_people_figure_before(words: list[str], k: int) -> bool:
    """"60 children hurt by explosive remnants in Libya this year": a headline's figure, a number of two or more (not a
    calendar year, not an age) with a bare participle (no auxiliary) before "this year", sums the year's casualties;
    "a boy was wounded this year" names one person, no figure. A full clause ("three journalists had been hurt ...
    this year") is left to the since and so-far tallies (English pass 26)."""
    if not _EN_FINITE_AUXILIARIES.isdisjoint(words[:k]):
        return False
    return any((n := parse_number(words, j)) is not None and n[0] >= 2 and not is_calendar_year(words[j])
               and words[j + n[1] : j + n[1] + 1] not in (["year"], ["years"]) for j in range(k))


def _latin_start(words: list[str]) -> bool:
    """An English sentence, also one opening on an accented Latin name ("Médecins Sans Frontières said ..."), which
    ``str.isascii`` misses (English pass 12)."""
    return words[0].isascii() or not has_arabic_script(words[0])


_EN_REPORTING = frozenset({"said", "says", "told", "tells", "announced", "reported", "stated", "briefed"})
_EN_TOLD_NEXT = frozenset({"that", "its", "it", "their", "they", "his", "her", "he", "she"})
_EN_REPORT_DAY_REACH = 4  # "told the Security Council on Wednesday": the verb, its addressee, "on", the day


def _english_report_day(words: list[str], k: int) -> bool:
    """"said on Thursday", "told the Security Council on Wednesday that 120 civilians were killed in 2025": the day
    the figure was told, not the day of an event; a year's figure told that day is still a statistic (English
    pass 12). What was told follows the day ("that", "its teams ...") or the day ends the sentence; not "the UN said;
    on Sunday a shell killed a child" (the punctuation is no token: a day opening the next clause is an event's)."""
    return k > 1 and words[k - 1] == "on" and (k + 1 == len(words) or words[k + 1] in _EN_TOLD_NEXT) and (
        not _EN_REPORTING.isdisjoint(words[max(0, k - 1 - _EN_REPORT_DAY_REACH) : k - 1]) or _told_in_a_report(words, k))


_EN_REPORT_NAMED_REACH = 8  # "said in its annual humanitarian overview on Wednesday": the verb, "in", the report, "on"
_EN_REPORT_OWNERS = frozenset({"a", "an", "its", "their", "the", "his", "her"})


def _told_in_a_report(words: list[str], k: int) -> bool:
    """"OCHA said in its annual overview on Wednesday that ...", "said in a statement on Monday that": the report is
    named between the verb and the day, which is still the day the figure was told (English pass 19)."""
    return any(words[j] in _EN_REPORTING and words[j + 1] == "in" and words[j + 2] in _EN_REPORT_OWNERS
               for j in range(max(0, k - 1 - _EN_REPORT_NAMED_REACH), k - 3))


_EN_SINCE_HEADS = frozenset({"years", "year", "months", "decade", "decades", "today"})


def _english_years_since(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Five years today since the journalist was shot dead", "a year since the strike killed ...": an anniversary
    of an earlier killing or wounding (labelling guide: anniversaries are no incident), not a new one. Casualties
    only: "two years since his arrest, he is still held" tells a detention that lasts (English pass 12)."""
    if "since" not in words or not all(t.type in CASUALTY_TYPES for t in match.payloads):
        return False
    return any(words[k] == "since" and words[k - 1] in _EN_SINCE_HEADS and (
        words[k - 1] == "today" or parse_number(words, k - 2) is not None or words[k - 2] in ("a", "one"))
               for k in range(2, match.first))


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
_EN_DETENTION_TYPES = frozenset({"arbitrary_detention", "abduction", "enforced_disappearance"})


def _english_release_welcomed(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"welcomed the release of detained activist X", "after the release of the abducted engineers": the release of
    someone already held is told (labelling guide: a release is no incident), not a new detention; "called for the
    release of detained activist X" is still a detention told (English pass 12)."""
    if not all(t.type in _EN_DETENTION_TYPES for t in match.payloads):
        return False
    k = match.first - 1 - (match.first > 0 and words[match.first - 1] in ("the", "a", "two", "three"))
    if k < 1 or words[k] != "of" or words[k - 1] != "release":
        return False
    return not _EN_RELEASE_TOLD.isdisjoint(words[max(0, k - 4) : k - 1])


# a court's verdict verbs ("sentenced five men to death for the killing of ...", "convicted of the 2022 kidnapping")
# (not "sentence", "jailed", "jails": "serving a sentence", "a jailed activist", "in Libya's jails" name no verdict)
_EN_VERDICTS = frozenset({"sentenced", "sentences", "convicted", "convicts", "acquitted", "acquits"})


def _english_judged_act(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"A court sentenced five men to death for the killing of a businessman during a kidnapping in 2022": every harm
    told after a verdict verb in its English sentence is the act judged (labelling guide: trials of past events are
    no incidents), the kidnapping in which the killing happened too, not only the charge's first noun (English pass
    14). A harm before the verdict ("gunmen killed a guard who had been convicted"), or after a finite verb of its
    own ("A man convicted of theft last year was shot dead") is the sentence's own event."""
    if not words[0].isascii() or _EN_VERDICTS.isdisjoint(words[: match.first]):
        return False  # a cheap test first
    verdict = max(k for k in range(match.first) if words[k] in _EN_VERDICTS)
    return _EN_FINITE.isdisjoint(words[verdict + 1 : match.first])


_EN_SPAN_OPEN = {"between": "and", "from": "to"}


def _english_years_span(words: list[str]) -> bool:
    """"accused of ... held for ransom between 2016 and 2018", "told the court ... from 2015 to 2017": harm over a
    span of years in a charge sheet or testimony (read only beside a charge or proceedings cue: "held without charge
    from 2019 to 2021" is a detention), not one event told."""
    for at in range(len(words) - 3):
        close = _EN_SPAN_OPEN.get(words[at])
        if close and is_calendar_year(words[at + 1]) and words[at + 2] == close and is_calendar_year(words[at + 3]):
            return True
    return False


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
        return bool(_EN_FOUGHT.intersection(near))
    return False


def _english_hit_in_body(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"was hit in the thigh": a wound, no hit on a building (the property word "hit" names a person's)."""
    return {t.type for t in match.payloads} == {PROPERTY} and words[match.last + 1 : match.last + 2] == ["in"] and (
        EN_BODY_PARTS.intersection(words[match.last + 2 : match.last + 4]))


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
            return bool(classes) and not _EN_EVENT_DAYS.intersection(scope[classes[-1] :])
    return False


def _english_also_captured(words: list[str], match: PhraseMatch[str]) -> bool:
    """"had killed 23 rebels and captured 11": the captives are others, taken alive (not "captured and killed")."""
    return words[match.first] == "captured" and match.first > 0 and words[match.first - 1] == "and" and (
        words[match.last + 1 : match.last + 2] != ["and"])


_EN_CALLS = frozenset({"calling", "called", "calls", "call", "demanding", "demanded", "demand", "demands", "urged",
                       "urging", "urge", "urges"})
_EN_CALLED_ENDS = frozenset({"release", "end", "stop", "halt"})
# people told by no number, name or single person: a call for all of a kind, not one event's victims
_EN_UNNAMED_PEOPLE = frozenset({"people", "detainees", "prisoners", "those", "men", "women", "migrants",
                                "political", "arbitrary", "arbitrarily", "torture", "abductions", "detentions"})
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


# English pass 18 (tune41en): a thing held hostage, armed men killed, a policeman knifed

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
    "future"})
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
    if after[:1] in (["of"], ["to"]) and not _EN_HOSTAGE_THINGS.isdisjoint(after[1:4]) and not _people_among(after[1:4]):
        return True
    start = max(0, match.first - _EN_HOSTAGE_REACH)
    before = words[start : match.first]
    held = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _EN_HOLD_VERBS), None)
    if held is None:
        return False
    if not _EN_HOSTAGE_THINGS.isdisjoint(before[held + 1 :]) and not _people_among(before[held + 1 :]):
        return True  # not "took 20 oil workers hostage"
    return held + 1 == len(before) and _english_thing_subject(words, start + held)


_EN_THING_SUBJECT_SKIP = frozenset({"was", "were", "is", "are", "been", "being", "be", "has", "have", "had", "still", "now",
                              "long", "effectively"})
_EN_THING_SUBJECT_REACH = 3  # "the elections have long been held hostage": "have long been" between


def _english_thing_subject(words: list[str], verb: int) -> bool:
    """"Elections 'held hostage by militias'", "the vote remained hostage to the armed groups": the subject right
    before the verb of holding (past auxiliaries and "still") is a thing or a process, held in a figure of speech
    (English pass 24); "two engineers were held hostage" names people and stays an abduction."""
    k = verb - 1
    while k >= 0 and verb - k <= _EN_THING_SUBJECT_REACH and words[k] in _EN_THING_SUBJECT_SKIP:
        k -= 1
    return k >= 0 and words[k] in _EN_HOSTAGE_THINGS


_EN_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def _people_among(words: list[str]) -> bool:
    """A person or people among these words ("20 oil workers", "them"): who is held is no thing."""
    return any(w in PERSON_NOUNS or w in SINGULAR_VICTIMS or w in _EN_OBJECT_PRONOUNS for w in words)


_EN_KILLED_ARMED = frozenset({"gunmen", "gunman"})
# people named armed: who a force struck ("killed eight armed smugglers"), fighters whatever their trade
_EN_ARMED_PEOPLE = frozenset({"men", "man", "smugglers", "fighters", "militants", "bandits", "assailants", "attackers",
                              "traffickers", "gangs", "members", "elements"})
_EN_SLOT_SKIP = frozenset({"the", "all", "both", "several", "two", "three", "four", "five", "six", "of", "its",
                           "their"})


def _english_armed_men_killed(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"its air force destroyed eight vehicles ..., killing the armed men aboard", "troops killed two gunmen": armed
    men right after a killing word are the ones who died, the fighters a force struck (labelling guide: fighters
    killed with no civilian harmed are no incident; English pass 18). Not "armed men ... killing the farmer": the
    armed men before the word are its perpetrators."""
    return bool(_english_armed_dead_at(words, match))


def _english_armed_dead_at(words: list[str], match: PhraseMatch[Trigger]) -> range:
    """The tokens of the armed men right after a killing word ("killing five armed men": "armed men"), empty when
    none: they are the dead, so neither civilians ("men") nor the perpetrators of the killing (English pass 24)."""
    if not any(t.type == "killing" for t in match.payloads) or not words[match.last].isascii():
        return range(0)
    k = match.last + 1
    while k < len(words) and (words[k] in _EN_SLOT_SKIP or words[k].isdigit()):
        k += 1
    if words[k : k + 1] == ["armed"] and words[k + 1 : k + 2] != [] and words[k + 1] in _EN_ARMED_PEOPLE:
        return range(k, k + 2)  # "killing five armed men", "killed eight armed smugglers" (English pass 24)
    return range(k, k + 1) if k < len(words) and words[k] in _EN_KILLED_ARMED else range(0)


_EN_POLICE = frozenset({"police", "traffic", "customs"})
_EN_KNIFE = frozenset({"stabbed", "stabbing", "knife", "knifed", "knifing", "stab"})


_EN_CRIMINALS = frozenset({"smugglers", "smuggler", "robbers", "robber", "thieves", "thief", "attacker", "assailant",
                           "motorist", "man", "drunk"})


def _english_police_knifed(words: list[str], match: PhraseMatch[str]) -> bool:
    """"A police officer was stabbed to death outside a police station", "officer killed in knife attack", "a customs
    officer was shot dead by smugglers": a policeman knifed or killed by criminals is the victim of a crime, no fighter
    at war (labelling guide: police killed by an attacker where there is no war are incidents, as a National Guard
    patrol killed by gunmen in Tunisia; English pass 18). Only the fighter word "officer(s)" after "police", "customs"
    or "traffic", in a sentence with a knife or "by" a criminal: police killed by an armed group stay fighters."""
    if words[match.first] not in ("officer", "officers") or match.first == 0 or words[match.first - 1] not in _EN_POLICE:
        return False
    by_criminal = any(w == "by" and (nxt in _EN_CRIMINALS or (nxt in ("a", "an", "the") and after in _EN_CRIMINALS))
                      for w, nxt, after in zip(words, words[1:], [*words[2:], ""], strict=False))
    return by_criminal or not _EN_KNIFE.isdisjoint(words)



_EN_STATUS_UNKNOWN_OPENERS = frozenset({"how", "whether", "if"})
_EN_STATUS_NOT_KNOWN = frozenset({"not", "unclear", "unknown", "no", "uncertain"})
_EN_STATUS_QUESTION_REACH = 7  # "did not say how many of the dead were fighters": "how" to the fighter word


def _english_status_asked(words: list[str], match: PhraseMatch[str]) -> bool:
    """"The ministry did not say how many of the dead were fighters", "it was unclear whether the victims were
    militants": a fighter word inside a question the text leaves open says nothing of who the dead were (the toll
    stays without status, labelling guide; English pass 26)."""
    for k in range(max(0, match.first - _EN_STATUS_QUESTION_REACH), match.first):
        if words[k] in _EN_STATUS_UNKNOWN_OPENERS and not _EN_STATUS_NOT_KNOWN.isdisjoint(words[max(0, k - 4) : k]):
            return True
    return False


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
    return False


_EN_TRIAL_CUES = ("proceedings", "court", "charge")


def english_year_named_act(words: list[str], match: PhraseMatch[Trigger], where: dict[str, list[int]]) -> bool:
    """"Court opens trial over 2023 abduction of doctors": a harm named by its year in a sentence about a trial or a
    charge is the past act judged (labelling guide: trials of past events are no incidents), also a lasting one, which
    ``_english_dated_past`` keeps (English pass 23). Not "abducted on Monday outside the court" (no year before it)."""
    cues = [k for cue in _EN_TRIAL_CUES for k in where.get(cue, ())]
    if not cues:
        return False
    if match.first > 0 and is_calendar_year(words[match.first - 1]):
        return True
    # "opened the trial of five men accused of abducting two doctors ... in 2023 and holding them for ransom": an
    # abduction after the charge, dated by a past year, is the charge's (``_english_dated_past`` keeps an abduction,
    # which may last); not when a day is named after the charge ("a man convicted of theft in 2023 was kidnapped on
    # Sunday": the day is the new act's; "on Tuesday opened the trial of men accused of ..." is the trial's)
    first_cue = min(cues)
    return (first_cue < match.first and all(t.type == "abduction" for t in match.payloads)
            and not any(w in _EN_EVENT_DAYS for w in words[first_cue:])
            and bool(_english_past_year_anchors(words)))


_EN_FREED_BE = frozenset({"was", "were", "been", "is", "are"})
_EN_OTHERS_HELD = frozenset({"other", "others", "rest"})  # "one was freed ... the other is held"


def english_taken_then_freed(words: list[str], last: int) -> bool:
    """"a pharmacist kidnapped near Gharyan on 4 May, was freed this morning": an abduction told in the sentence that
    tells its end (settled guide: a release is no incident, also after an abduction or a ransom; English pass 23).
    Not when someone is still held or another captive is named ("one was freed but the other is still held")."""
    if _EN_FREED.isdisjoint(words[last + 1 :]) or not _EN_STILL_HELD.isdisjoint(words) or not (
            _EN_OTHERS_HELD.isdisjoint(words)):
        return False
    return any(word in _EN_FREED and words[k - 1] in _EN_FREED_BE
               for k, word in enumerate(words[last + 1 :], start=last + 1))


# "drowned off Sabratha", "shot off the coast of Zuwara": "off" before a coast or a place says where (English pass 18),
# not the "killed off" of an idiom
_EN_COASTS = frozenset({"coast", "coasts", "shore", "shores", "island", "islands", "libya", "tunisia", "malta", "italy",
                        "greece", "crete", "lampedusa", "sicily", "egypt"})


@lru_cache(maxsize=1)
def _english_place_words() -> frozenset[str]:
    """The gazetteer's English place names of one word, lower case (read once)."""
    return frozenset(name.lower() for place in load_gazetteer().by_id.values() for name in place.get("names", ())
                     if name.isascii() and " " not in name)


def _english_off_a_place(words: list[str], k: int) -> bool:
    """The "off" at ``k`` is followed (past "the") by a coast word or a place name: a location at sea."""
    j = k + 1 + (words[k + 1 : k + 2] == ["the"])
    return j < len(words) and (words[j] in _EN_COASTS or words[j] in _english_place_words())


_EN_LASTING = frozenset({"abduction", "enforced_disappearance", "arbitrary_detention"})
_EN_YEAR_LEADS = frozenset({"in", "since"})
_EN_STRETCH = frozenset({"over", "throughout", "during", "covering", "months", "weeks"})
_EN_STRETCH_REACH = 6  # "held for months in warehouses in Bani Walid in 2025": the stretch up to six words before
_EN_PAST_RELATIVES = frozenset({"which", "when", "where"})  # "the clashes ... last year, which killed 38 people"


def _english_past_year_anchors(words: list[str]) -> list[int]:
    """Where a sentence names a past year as the time of something: "in 2021", "since 2023", "in June 2023", "last
    year"; not a span or a stretch of time ("a report covering January 2025 to June 2026", "in 2025 and 2026", "over
    several months last year", "held for months ... in 2025": a period a report covers, abuse told over it)."""
    anchors = []
    for k in range(1, len(words)):
        word, before = words[k], words[k - 1]
        if is_calendar_year(word):
            dated = before in _EN_YEAR_LEADS or (before in MONTH_WORDS and k > 1 and words[k - 2] in _EN_YEAR_LEADS)
            if not dated or (k + 2 < len(words) and words[k + 1] in ("and", "to") and is_calendar_year(words[k + 2])):
                continue
        elif not (word == "year" and before == "last"):
            continue
        if _EN_STRETCH.isdisjoint(words[max(0, k - _EN_STRETCH_REACH) : k]):
            anchors.append(k)
    return anchors


def _english_dated_past(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"In 2021 the prison was the scene of a hunger strike by detainees who said they had been tortured", "since 2023,
    when a boat ... sank off Cutro, killing 94", "the clashes that shook Tripoli in May last year, which killed 38": a
    harm dated by a past year is an earlier event recalled beside the news (labelling guide: recalled events are no
    incident), also where the sentence names a new day for something else ("voted on Tuesday to set up an inquiry into
    the clashes ... last year, which killed"), when a relative word ("which", "when") ties the harm to the year's noun.
    A lasting harm ("abducted in 2024, is still missing") or a hit on property is none; a day nearer the harm than the year tells the
    event ("On Sunday the militia, set up in 2019, shot dead two shepherds" has no relative word: kept)."""
    if all(t.type in _EN_LASTING or t.type == PROPERTY for t in match.payloads):
        return False  # a building hit in a past year is kept: the writers keep a target's earlier hits with the new one
    years = _english_past_year_anchors(words)
    if not years:
        return False
    days = [k for k, w in enumerate(words) if w in _EN_EVENT_DAYS and not _english_report_day(words, k)]
    year = min(years, key=lambda k: abs(k - match.first))
    if not days:
        return True
    day = min(days, key=lambda k: abs(k - match.first))
    return (abs(year - match.first) < abs(day - match.first) and day < year < match.first
            and not _EN_PAST_RELATIVES.isdisjoint(words[year + 1 : match.first]))


_EN_RECALLING = frozenset({"recalled", "recalling", "recalls"})


def _english_recalled(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"She recalled that clashes in Tripoli in May had killed at least eight civilians": what a speaker recalls
    ("recalled that") in a briefing or statement is an earlier event, not the news; a day named after the recall
    ("recalled that the gunmen shot him on Friday") tells the event."""
    if _EN_RECALLING.isdisjoint(words[: match.first]):
        return False
    at = next(k for k in range(match.first - 1, -1, -1) if words[k] in _EN_RECALLING)
    return words[at + 1 : at + 2] == ["that"] and _EN_EVENT_DAYS.isdisjoint(words[at:])


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
               for k in range(max(0, match.first - _EN_USE_REACH), match.first - 1))


_EN_PROTEST_FUEL = frozenset({"mattresses", "mattress", "tyres", "tires", "tyre", "tire", "blankets", "bedding",
                              "rubbish", "garbage"})
_EN_FUEL_REACH = 3  # "set fire to their blankets", "burned old tyres": the object up to three words after


def _english_protest_fire(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Prisoners set fire to mattresses", "residents burned tyres": bedding or tyres set alight are how inmates riot
    or protesters block a road, no one's property attacked (not "set fire to a pharmacy", an arson)."""
    if not all(t.type == PROPERTY for t in match.payloads):
        return False
    return not _EN_PROTEST_FUEL.isdisjoint(words[match.last + 1 : match.last + 1 + _EN_FUEL_REACH])


# English pass 24 (tune52en): abuse a population "faces", people "often" taken to detention

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


# how often, not when: "intercepted migrants are often returned to detention centres" tells a practice
_EN_HABITUAL = frozenset({"often", "routinely", "regularly", "frequently", "usually", "typically", "commonly",
                          "generally", "systematically", "sometimes"})


def _english_habitual(words: list[str], verb: int) -> bool:
    """A frequency adverb within the two words before the verb ("are often returned", "were routinely sent"): a
    practice a report describes, not one transfer told (English pass 24)."""
    return not _EN_HABITUAL.isdisjoint(words[max(0, verb - 2) : verb])


# a person held, told in the passive: "A cameraman ... has been held for a week by the Criminal Investigation
# Department" (English pass 24; the active "has held the journalist" is read by ``_english_verbs_on_people``)
_EN_HELD_AUX = frozenset({"been", "was", "were", "is", "are", "being"})
_EN_SPANS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "nights"})
_EN_HELD_PLACES = frozenset({"prison", "jail", "custody", "detention", "cell", "cells"})
_EN_HELD_SPAN_REACH = 4  # "held for a week", "held for more than two weeks", "held since 7 March"
_EN_HELD_SUBJECT_REACH = 10  # "A cameraman for a private television channel has been held": the subject's head
# things held: a meeting, a vote, an event (not people)
_EN_EVENTS_HELD = frozenset({"meeting", "meetings", "talks", "election", "elections", "vote", "conference", "session",
                             "sessions", "ceremony", "funeral", "rally", "protest", "protests", "workshop", "event",
                             "events", "festival", "exhibition", "match", "game", "summit", "consultations", "forum",
                             "referendum", "hearing", "trial", "negotiations", "prayers", "polls", "dialogue", "funds",
                             "shares", "stake", "record", "title", "office", "post", "seats", "lead", "position", "view",
                             "views", "responsible", "accountable", "hostage", "hostages"})


def _english_held_passive(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"A cameraman ... has been held for a week by the Criminal Investigation Department", "the activist was held in
    custody": a person held (the subject a person, before the passive) for a span, in a place of custody or by a
    body: a weak detention word, as the active "has held the journalist" (it needs a journalist, an activist or a
    qualifier to count; English pass 24). Not "the meeting was held" (a thing), nor "held responsible"."""
    if "held" not in words:
        return []  # a cheap test first: this runs on every sentence
    index = words.index("held")
    if index == 0 or words[index - 1] not in _EN_HELD_AUX:
        return []
    after = words[index + 1 : index + 1 + _EN_HELD_SPAN_REACH]
    span = after[:1] in (["for"], ["since"]) and (not _EN_SPANS.isdisjoint(after) or after[:1] == ["since"])
    place = after[:1] in (["in"], ["at"]) and not _EN_HELD_PLACES.isdisjoint(after[1:3])
    agent = after[:1] == ["by"]
    if not (span or place or agent):
        return []
    subject = words[max(0, index - 1 - _EN_HELD_SUBJECT_REACH) : index - 1]
    # "the two were held for 12 hours": a number after "the" refers back to people already named (English pass 25)
    referred = subject[-2:-1] == ["the"] and parse_number(subject, len(subject) - 1) is not None
    if not _EN_EVENTS_HELD.isdisjoint(subject) or not _EN_EVENTS_HELD.isdisjoint(after) or not (
            _people_among(subject) or referred):
        return []
    return [PhraseMatch(index, index, (Trigger("arbitrary_detention", DETENTION_WEAK),), "held")]


# an assault told with no wound, care or hospital: it counts nobody hurt (settled answers, docs/labelling.md)
_EN_ASSAULT_WORDS = frozenset({"attacked", "assaulted", "attack", "assault"})
_EN_HURT_TOLD = frozenset({"hospital", "hospitalised", "hospitalized", "wound", "wounds", "wounded", "injuries",
                           "injury", "injured", "hurt", "treated", "treatment", "fractures", "fracture", "bruises",
                           "stitches", "broken", "bleeding", "unconscious", "critical", "intensive"})


def _english_assault_only(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """"Nasser Salem, 38, was attacked near his flat": the sentence's only injury word is an assault, and no wound,
    care or hospital is told in it: no injured count (a beating or assault with no wound stated has none; English pass
    24). "attacked and wounded", "attacked ... and taken to hospital" keep theirs. A push "to the ground" is an
    assault word too (English pass 25)."""
    injury = [m for m in matches if any(t.type == "injury" for t in m.payloads)]
    return bool(injury) and all(m.first == m.last and words[m.first] in _EN_ASSAULT_WORDS
                                or words[m.last] == "ground" for m in injury) and not any(
        w in _EN_HURT_TOLD and not _english_trip_for_care(words, k) for k, w in enumerate(words))


_EN_TRIP_VERBS = frozenset({"travelled", "traveled", "travel", "travelling", "traveling", "went", "gone", "came", "come",
                            "flew", "arrived", "crossed"})
_EN_TRIP_REACH = 10  # "had travelled to Tunisia with his wife for medical treatment"


def _english_trip_for_care(words: list[str], k: int) -> bool:
    """"had travelled to Tunisia with his wife for medical treatment": care as a trip's purpose, before any harm (no
    care after a wound)."""
    return words[k] == "treatment" and (words[k - 1 : k] == ["for"] or words[k - 2 : k] == ["for", "medical"]) and any(
        w in _EN_TRIP_VERBS for w in words[max(0, k - _EN_TRIP_REACH) : k])
