"""Who an English sentence's people are: a speaker or a victim's kin who tells (a source, no victim), someone
unharmed, an armed unit, a fighter's companion, armed men or an attacker killed, police knifed by criminals.

Kept apart from the rules that scope a harm out: these decide whom a kept harm names, and the finders and the
scoping rules both ask them whether words name people (``people_among``).
"""

from __future__ import annotations

from itertools import pairwise

from nlp.counts import parse_number
from nlp.counts_rules_en import english_past_named_group
from nlp.counts_words import (
    EN_AMONG,
    EN_BODIES,
    EN_POSSESSIVES,
    EN_WAS_WERE,
    EN_WOUNDED_STATES,
    PERSON_NOUNS,
    SINGULAR_VICTIMS,
)
from nlp.incident_records import Trigger
from nlp.lexicon import PhraseMatch

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
_EN_KIN_SPEAKERS = frozenset({"mother", "father", "wife", "husband", "sister", "brother", "son", "daughter",
                              # "..., her grandson said", "his sons told reporters": kin who tell (English pass 30)
                              "grandson", "granddaughter", "grandsons", "granddaughters", "sons", "daughters"})


# "His mother said", and one of the families speaking ("One mother said her son told her he was beaten": English
# pass 33): whose kin tells the harm
_EN_KIN_SPEAKER_LEADS = EN_POSSESSIVES | {"one", "a"}


_EN_JOINT_SOURCE_REACH = 3  # "and Malian military sources said": the other source's words before the verb
_EN_SOURCE_TAIL = 3  # "said on Monday", "said late on Monday": what may follow the verb at the sentence's end
_EN_SPEECH_GOES_ON = frozenset({"they", "he", "she", "it", "we", "that", "his", "her", "their", "its"})


def _joint_source_last(words: list[str], start: int) -> bool:
    """After a press word and "and" (``start`` is the word after "and"): another source of up to three words, then a
    saying verb that ends the sentence ("fighters were killed in an ambush, a military blogger and Malian sources
    said"): the sources put last, who tell the news (English pass 69); not "a blogger and two students said they were
    beaten" (what they said goes on: they may be its victims) nor "a blogger and a student who were beaten said"."""
    for at in range(start, min(len(words), start + _EN_JOINT_SOURCE_REACH + 1)):
        if words[at] in _EN_NOT_SPEAKER:
            return False
        if words[at] in _EN_SPEECH:
            tail = [w for w in words[at + 1 :] if w.isalnum()]
            return at > start and len(tail) <= _EN_SOURCE_TAIL and _EN_SPEECH_GOES_ON.isdisjoint(tail)
    return False


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
            first in _EN_KIN_SPEAKERS and match.first > 0 and words[match.first - 1] in _EN_KIN_SPEAKER_LEADS)):
        return False
    after = words[match.last + 1 : match.last + 1 + _EN_SPEAKER_REACH + 2 * told_after]  # "at the town clinic told"
    if after[:1] and after[0] in _EN_SPEECH:
        return True
    if press and after[:1] == ["and"] and _joint_source_last(words, match.last + 2):
        return True  # "..., a Russian military blogger and Malian sources said": two sources put last (English pass 69)
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


EN_SUBJECT_REACH = 10  # "a commander of an armed group in Tajoura was shot dead": the head noun opens a long subject
_EN_ARMED_UNITS = frozenset({"militia", "brigade", "battalion"})


def english_armed_unit(words: list[str]) -> bool:
    """"a Tripoli armed group", "the 166 Brigade", "a Misrata militia": an armed unit named (not "a charity")."""
    return not _EN_ARMED_UNITS.isdisjoint(words) or any(a == "armed" and b in ("group", "groups")
                                                       for a, b in pairwise(words))


_EN_LIGHT_HARMS = frozenset({"injury", "injuries", "wound", "wounds", "burns", "cuts", "bruises", "bruising", "damage",
                             "fractures", "scratches", "offence", "offences", "incident", "incidents", "clashes", "scuffles"})


def _english_minor_harm(words: list[str], match: PhraseMatch[str]) -> bool:
    """"picked up minor injuries", "minor wounds", "minor damage": "minor" as an adjective of the harm, no child
    (English pass 11; "a minor was wounded", "two minors" stay children)."""
    if match.first != match.last or words[match.first] != "minor":
        return False
    after = words[match.last + 1 : match.last + 3]
    # "injuries ranging from minor to serious", "wounds from minor to moderate": a degree in a range of harms (pass 43)
    return (after[:1] != [] and after[0] in _EN_LIGHT_HARMS) or (after[:1] == ["to"] and after[1:] != [] and (
        after[1] in _EN_SEVERE_DEGREES)) or (match.first > 0 and words[match.first - 1] == "from" and after[:1] == ["to"])


_EN_SEVERE_DEGREES = frozenset({"serious", "severe", "moderate", "critical", "grave", "life"})


_EN_COMPANIONS = frozenset({"driver", "drivers", "bodyguard", "bodyguards", "guard", "guards", "aide", "aides", "escort",
                            "escorts", "companion", "companions", "deputy", "assistant"})
_EN_COMPANION_REACH = 4  # "a senior Islamic State commander and his driver": words from the fighter word to "and"


def _fighters_companion(words: list[str], index: int, fighters_at: set[int]) -> bool:
    """"killed a militant commander and his driver", "the brigade leader and his bodyguards": the man who drives or
    guards a fighter is of his party, no civilian (English pass 11); "his wife", "his son" stay civilians."""
    if words[index] not in _EN_COMPANIONS or index < 3 or words[index - 1] not in ("his", "their") or words[index - 2] != "and":
        return False
    return any(j in fighters_at for j in range(max(0, index - 2 - _EN_COMPANION_REACH), index - 2))


# "his driver, a member of the brigade", "five Libyan men killed while fighting in Sudan": the words that open a
# fighter cue told right after people, naming them as fighters (English pass 48)
_EN_FIGHTER_DESCRIBERS = frozenset({"member", "members", "while", "killed", "died"})
_EN_DESCRIBED_REACH = 4  # "men killed while fighting": the people word, up to three words, the cue


def _english_told_fighters(words: list[str], index: int, fighters_at: set[int]) -> bool:
    """"His driver, a member of the brigade, was wounded", "the bodies of five men killed while fighting in Sudan": a
    civilian word followed within four words by a fighter cue that describes those people (an apposition "a member of
    the ...", a participle "killed while fighting") names fighters, no civilians, as the guide's fighters-only
    events (English pass 48). Not a cue further on ("the driver was hit near a militia base")."""
    return any(j in fighters_at and words[j] in _EN_FIGHTER_DESCRIBERS
               for j in range(index + 1, min(len(words), index + 1 + _EN_DESCRIBED_REACH)))


_EN_SPEECH_RIGHT_AFTER = frozenset({"said", "say", "says", "told"})


def _english_civilian_speaks(words: list[str], last: int, fighters_at: set[int]) -> bool:
    """"..., local officials said": in a sentence whose dead are told as fighters by a describing cue ("killed while
    fighting", "a member of the brigade"), the civilian word right before a speech verb names who tells the news, no
    victim (English pass 48: "The bodies of five men killed while fighting ... were returned, local officials said"
    is a fighters-only story). Only there: elsewhere the source word is left as it was (the villagers of "gunmen
    killed 12 villagers, a local official said" are no listed civilians, and the rules lean on it)."""
    return words[last + 1 : last + 2] != [] and words[last + 1] in _EN_SPEECH_RIGHT_AFTER and any(
        words[j] in _EN_FIGHTER_DESCRIBERS for j in fighters_at)


# the forms of "be" before a passive ("A gunman was shot dead"); the denials of nlp/incident_rules_en.py read them too
EN_BE = frozenset({"was", "were", "been", "is", "are", "be"})


# "three detainees had died in Al-Jawiya prison", "a prisoner died": the ones held died, a death in detention
_EN_HELD_PEOPLE = frozenset({"detainee", "detainees", "prisoner", "prisoners", "inmate", "inmates"})
EN_PERFECT_AUX = frozenset({"had", "have", "has"})


def _english_held_died(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """English: a death word whose subject, right before it (past "had / have / has"), is the people held ("three
    detainees had died in Al-Jawiya prison", "an inmate died"): a death in detention, which the labelling guide counts
    as an incident (also from neglect), as «توفي في سجن» (English pass 19)."""
    for match in matches:
        if not any(t.type == "killing" for t in match.payloads):
            continue
        k = match.first - 1
        k -= k > 0 and words[k] in EN_PERFECT_AUX
        if k >= 0 and words[k] in _EN_HELD_PEOPLE:
            return True
    return False


# "the driver of a car packed with explosives", "a suicide bomber": the one killed was attacking (English words)
_EN_ATTACKERS = frozenset({"bomber", "bombers", "attacker", "attackers", "assailant", "assailants"})
_EN_LADEN = frozenset({"packed", "laden", "rigged", "loaded", "fitted"})
# "Police shot dead two armed robbers", "Two robbers shot dead during raid on jewellery shop": robbers killed in the
# act are attackers shot dead during their attack (labelling guide: no victims; English pass 38); not a thief beaten
# to death by a mob (a lynching kills a man who no longer attacks anyone)
_EN_ROBBERS = frozenset({"robber", "robbers", "burglar", "burglars", "carjacker", "carjackers", "thief", "thieves"})
_EN_BEATEN = frozenset({"beaten", "beat", "beating", "lynched", "lynching", "stoned", "tortured"})
_EN_ACT_AFTER = frozenset({"during", "in", "after", "while", "as", "when", "near", "at", "outside", "inside"})


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
            if words[j] in _EN_ROBBERS and not _EN_BEATEN.intersection(words[match.first : match.last + 1]):
                return True  # "police shot dead two armed robbers who tried to rob a shop" (English pass 38)
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
    if _english_gunman_who_attacked(words, match):
        return True
    if not (_EN_LONE_GUNMEN.intersection(before) and (match.first == 0 or words[match.first - 1] in EN_BE
                                                     or words[match.first - 1] in _EN_LONE_GUNMEN)):
        return False
    after = words[match.last + 1 :]
    return any(w in ("after", "when", "as") and _EN_ATTACKED.intersection(after[k + 1 : k + 4])
               for k, w in enumerate(after))


# "A gunman who opened fire on a police patrol in Zliten was shot dead by officers": his attack told in a relative
# clause between the subject and the passive of his killing (English pass 42; the guide: an attacker shot dead during
# his attack is no victim); the clause is short ("who" and the attack verb within two words) and the passive follows
# within this many words
_EN_WHO_ATTACKED_REACH = 18


def _english_gunman_who_attacked(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    if "who" not in words[: match.first] or match.first == 0 or words[match.first - 1] not in EN_BE:
        return False
    for g in range(max(0, match.first - _EN_WHO_ATTACKED_REACH), match.first - 2):
        if words[g] in _EN_LONE_GUNMEN and words[g + 1] == "who" and _EN_ATTACKED.intersection(words[g + 2 : g + 4]):
            return True
        if words[g] == "who" and words[g + 1] in _EN_TRIED and words[g + 2 : g + 3] == ["to"] and (
                words[g + 3 : g + 4] != [] and words[g + 3] in _EN_TRIED_ACTS):
            return True  # "A man who tried to rob a jewellery shop ... was shot dead by the shop's guard" (pass 52)
    return False


# "A man who tried to rob a jewellery shop in Tripoli was shot dead by the guard": whoever the subject, a relative
# clause that tells him trying to rob, steal or attack makes him the attacker shot dead in his act (the guide: no
# victim; English pass 52); not "a pharmacist who tried to stop a robbery" (stopping is no attack)
_EN_TRIED = frozenset({"tried", "attempted"})
_EN_TRIED_ACTS = frozenset({"rob", "steal", "attack", "stab", "kill", "kidnap", "abduct", "snatch", "carjack",
                            "hijack", "burgle", "loot"})


def _english_also_captured(words: list[str], match: PhraseMatch[str]) -> bool:
    """"had killed 23 rebels and captured 11": the captives are others, taken alive (not "captured and killed")."""
    return words[match.first] == "captured" and match.first > 0 and words[match.first - 1] == "and" and (
        words[match.last + 1 : match.last + 2] != ["and"])


_EN_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def people_among(words: list[str]) -> bool:
    """A person or people among these words ("20 oil workers", "them"): who is held is no thing."""
    return any(w in PERSON_NOUNS or w in SINGULAR_VICTIMS or w in _EN_OBJECT_PRONOUNS for w in words) or (
        "old" in words or "olds" in words) and any(_age_as_person(words, k) for k, w in enumerate(words) if w in ("old", "olds"))


_EN_AGE_VERBS = frozenset({"was", "were", "is", "are", "has", "had", "remains", "remain"})


def _age_as_person(words: list[str], k: int) -> bool:
    """"A 6-year-old was hit", "two 9-year-olds were hurt": an age with no noun after it stands for the person (its
    verb follows, or the words end), not "a 7-year-old building" (English pass 39)."""
    return k >= 2 and words[k - 1] in ("year", "years") and words[k - 2].isdigit() and (
        k + 1 == len(words) or words[k + 1] in _EN_AGE_VERBS)


# English pass 18 (tune41en): armed men killed, a policeman knifed

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
    if not any(t.type == "killing" for t in match.payloads) or not words[match.last].isascii() or (
            words[match.last] == "by"):
        return range(0)  # the lexicon's "killed by": the gunmen after it are the agent (English pass 33)
    k = match.last + 1
    while k < len(words) and (words[k] in _EN_SLOT_SKIP or words[k].isdigit()):
        k += 1
    if words[k : k + 1] == ["armed"] and words[k + 1 : k + 2] != [] and words[k + 1] in _EN_ARMED_PEOPLE:
        return range(k, k + 2)  # "killing five armed men", "killed eight armed smugglers" (English pass 24)
    return range(k, k + 1) if k < len(words) and words[k] in _EN_KILLED_ARMED else range(0)


_EN_POLICE = frozenset({"police", "traffic", "customs"})
_EN_KNIFE = frozenset({"stabbed", "stabbing", "knife", "knifed", "knifing", "stab"})


_EN_CRIMINALS = frozenset({"smugglers", "smuggler", "robbers", "robber", "thieves", "thief", "attacker", "assailant",
                           "motorist", "man", "drunk",
                           # "killed by drug dealers", "by a gang" (English pass 52)
                           "dealers", "dealer", "gang", "gangs", "criminals", "burglars"})
# "shot dead after stopping a car in which drugs were found": an officer killed on a traffic stop or by drug dealers is
# killed by a criminal doing police work, no fighter at war (English pass 52); a stop needs its vehicle right after
_EN_DRUGS = frozenset({"drugs", "narcotics", "hashish", "cannabis", "cocaine", "heroin", "tramadol"})
_EN_STOPPING = frozenset({"stopping", "stopped", "stop", "pulled"})
_EN_STOPPED_VEHICLES = frozenset({"car", "vehicle", "truck", "van", "motorist", "driver", "motorcycle"})


def _english_traffic_stop(words: list[str]) -> bool:
    return not _EN_DRUGS.isdisjoint(words) or any(
        w in _EN_STOPPING and not _EN_STOPPED_VEHICLES.isdisjoint(words[k + 1 : k + 4]) for k, w in enumerate(words))


_EN_CRIME_CLAUSE_OPENERS = frozenset({"when", "after", "as"})
_EN_CRIME_CLAUSE_REACH = 4  # "when a drug dealers' truck rammed": the opener, an article, two words, the criminals


def _english_criminals_clause(words: list[str]) -> bool:
    """"was killed when a smugglers' vehicle rammed a checkpoint", "died after smugglers opened fire on his patrol":
    criminals as the subject of the clause that tells how the officer died are who killed him, as "by smugglers" (the
    guide: police killed by criminals outside fighting between armed forces are incidents; English pass 54)."""
    return any(w in _EN_CRIME_CLAUSE_OPENERS and not _EN_CRIMINALS.isdisjoint(
        x.rstrip("'") for x in words[k + 1 : k + 1 + _EN_CRIME_CLAUSE_REACH]) for k, w in enumerate(words))


def _english_police_knifed(words: list[str], match: PhraseMatch[str]) -> bool:
    """"A police officer was stabbed to death outside a police station", "officer killed in knife attack", "a customs
    officer was shot dead by smugglers": a policeman knifed or killed by criminals is the victim of a crime, no fighter
    at war (labelling guide: police killed by an attacker where there is no war are incidents, as a National Guard
    patrol killed by gunmen in Tunisia; English pass 18). Only the fighter word "officer(s)" after "police", "customs"
    or "traffic", in a sentence with a knife or "by" a criminal: police killed by an armed group stay fighters."""
    if words[match.first] not in ("officer", "officers") or match.first == 0 or words[match.first - 1] not in _EN_POLICE:
        return False
    by_criminal = any(w == "by" and (nxt in _EN_CRIMINALS or after in _EN_CRIMINALS)  # "by the / by drug dealers"
                      for w, nxt, after in zip(words, words[1:], [*words[2:], ""], strict=False))
    return (by_criminal or _english_criminals_clause(words) or not _EN_KNIFE.isdisjoint(words)
            or _english_traffic_stop(words))


# English pass 33 (tune73en): police killed by robbers
_EN_CRIME_SCENES = frozenset({"robbery", "robberies", "theft", "heist", "carjacking", "burglary", "robbers", "robbing"})
_EN_POLICE_DEAD = frozenset({"policemen", "policeman", "officers", "officer", "policewoman", "policewomen"})
_EN_DEAD_WORDS = frozenset({"killed", "dead", "murdered", "slain"})
_EN_POLICE_ROBBED_WORDS = frozenset({"officer", "officers", "gunmen", "gunman"})
_EN_POLICE_BEFORE_DEAD = 5  # "two police officers were killed", "two policemen were shot dead": the police, then the death


def _english_police_robbed(words: list[str], match: PhraseMatch[str]) -> bool:
    """"Two police officers were killed when gunmen fleeing a jewellery shop robbery opened fire on their patrol",
    "two policemen killed by gunmen in robbery": police killed in a robbery are victims of a crime, not fighters at
    war (labelling guide: police killed by a criminal outside fighting are an incident, `civilian`), and the gunmen
    who rob are criminals, no party to a fight. Only where the police are the dead (their word before the death
    word): "two gunmen were shot dead when police foiled a robbery" keeps its fighters."""
    if words[match.first] not in _EN_POLICE_ROBBED_WORDS or _EN_CRIME_SCENES.isdisjoint(words):
        return False
    for k, word in enumerate(words):
        if word in _EN_DEAD_WORDS:
            before = words[max(0, k - _EN_POLICE_BEFORE_DEAD) : k]
            return any(w in _EN_POLICE_DEAD and (w not in ("officer", "officers") or "police" in before) for w in before)
    return False


_EN_STATUS_UNKNOWN_OPENERS = frozenset({"how", "whether", "if"})
# (and "without": "the hospital said, without saying how many of the dead were fighters"; English pass 58)
_EN_STATUS_NOT_KNOWN = frozenset({"not", "unclear", "unknown", "no", "uncertain", "without"})
_EN_STATUS_QUESTION_REACH = 7  # "did not say how many of the dead were fighters": "how" to the fighter word


def _english_status_asked(words: list[str], match: PhraseMatch[str]) -> bool:
    """"The ministry did not say how many of the dead were fighters", "it was unclear whether the victims were
    militants": a fighter word inside a question the text leaves open says nothing of who the dead were (the toll
    stays without status, labelling guide; English pass 26)."""
    for k in range(max(0, match.first - _EN_STATUS_QUESTION_REACH), match.first):
        if words[k] in _EN_STATUS_UNKNOWN_OPENERS and not _EN_STATUS_NOT_KNOWN.isdisjoint(words[max(0, k - 4) : k]):
            return True
    return False


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
    assaults = [m for m in injury if m.first == m.last and words[m.first] in _EN_ASSAULT_WORDS or words[m.last] == "ground"]
    # at least one assault word, and every other injury word the wounded relative who was the occasion (English pass 30)
    return bool(assaults) and all(m in assaults or _english_wounded_occasion(words, m.first) for m in injury) and not any(
        w in _EN_HURT_TOLD and not _english_trip_for_care(words, k) and not _english_wounded_occasion(words, k)
        for k, w in enumerate(words))


_EN_OCCASION_PEOPLE = frozenset({"relative", "relatives", "patient", "patients", "kinsman", "brother", "son", "cousin"})


def _english_wounded_occasion(words: list[str], k: int) -> bool:
    """"assaulted two nurses after demanding that a wounded relative be seen first": the wounded relative or patient
    the attackers came with is why they attacked the staff, no victim of the assault (English pass 30; pass 23: a
    patient's death is often the occasion of an assault on a hospital's staff). Only "a / an / their / his" + the
    state + a relative or patient."""
    return words[k] in ("wounded", "injured") and k > 0 and words[k - 1] in ("a", "an", "their", "his", "her") and (
        words[k + 1 : k + 2] != [] and words[k + 1] in _EN_OCCASION_PEOPLE)


_EN_TRIP_VERBS = frozenset({"travelled", "traveled", "travel", "travelling", "traveling", "went", "gone", "came", "come",
                            "flew", "arrived", "crossed"})
_EN_TRIP_REACH = 10  # "had travelled to Tunisia with his wife for medical treatment"


def _english_trip_for_care(words: list[str], k: int) -> bool:
    """"had travelled to Tunisia with his wife for medical treatment": care as a trip's purpose, before any harm (no
    care after a wound)."""
    return words[k] == "treatment" and (words[k - 1 : k] == ["for"] or words[k - 2 : k] == ["for", "medical"]) and any(
        w in _EN_TRIP_VERBS for w in words[max(0, k - _EN_TRIP_REACH) : k])


# English pass 29 (tune63en): a son or daughter told an adult by the age after the name
_EN_YOUNG_KIN = frozenset({"son", "sons", "daughter", "daughters"})
_EN_ADULT_FROM = 18
_EN_ADULT_WORDS = frozenset({"adult", "grown", "grown-up", "married"})


def _english_adult_kin(words: list[str], match: PhraseMatch[Trigger] | PhraseMatch[str]) -> bool:
    """"My son Anas, 19, was taken": a son or daughter whose age, right after the kin word or its name, is 18 or more
    is an adult, no child (the kin word alone still tells a child: "her son was wounded"). Commas are gone from the
    words, so the age is the number right after the word or after one name."""
    if match.first != match.last or words[match.first] not in _EN_YOUNG_KIN:
        return False
    if match.first > 0 and words[match.first - 1] in _EN_ADULT_WORDS:
        return True  # "their adult son", "her grown daughter": told an adult by the word before (English pass 59)
    after = words[match.last + 1 : match.last + 3]
    age = next((w for w in after if w.isdigit()), None)
    return age is not None and len(age) <= 2 and int(age) >= _EN_ADULT_FROM and (
        after[0] == age or not after[0].isdigit())

# English pass 28 (tune61en): children counted among the people held

_EN_CHILD_WORDS = frozenset({"children", "minors", "child", "boys", "girls", "infants", "babies"})
_EN_AMONG_REACH = 6  # "among them 30 women and 18 children": "among", five words, then the children


def english_children_among_held(words: list[str]) -> bool:
    """"detained at least 140 refugees, among them 30 women and 18 children", "including 12 children": children listed
    among the people held, with their number, as the lexicon's "including children" qualifier (English pass 25) says
    without one: holding children in a sweep is arbitrary (the written labels: 8 of 8 raids on migrants or refugees
    that name women and children are arbitrary detentions); "detained a man who abused children" lists none, nor does "the
    rights of women and children in custody" (a course's subject: tune63en rw63t-42)."""
    if words[:1] and words[0] in EN_AMONG:
        return False  # "Among those detained are 14 women and six children": a list of people held already told
    return any(w in _EN_CHILD_WORDS and (not EN_AMONG.isdisjoint(words[max(0, k - _EN_AMONG_REACH) : k]) or (
        k > 0 and parse_number(words, k - 1) is not None)) for k, w in enumerate(words))


# fighters, and one of them ("A wounded fighter was shot dead in his hospital bed": English pass 32); also read for
# the fighters' share of a toll ("five of them fighters")
EN_FIGHTERS = frozenset({"fighters", "soldiers", "militants", "combatants", "gunmen", "militiamen", "troops", "rebels",
                          "fighter", "soldier", "militant", "gunman", "militiaman", "rebel"})
_EN_WOUNDED_KILLED_REACH = 3  # "shot dead three wounded fighters": the killing's first word to the state


def _english_wounded_fighters_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """"Gunmen shot dead three wounded fighters who were being treated", "Three wounded fighters killed in hospital
    beds": fighters put out of action by their wounds and then killed are hors de combat (the labelling guide: wounded
    fighters killed are protected), as «جرحى في المستشفى» (English pass 30). Not "killed two fighters and wounded
    three" (the wounded are other fighters, hurt in the clash)."""
    killing = [m for m in matches if any(t.type == "killing" for t in m.payloads)]
    return bool(killing) and any(_wounded_fighters_then_killed(words, i, killing) for i in range(len(words) - 1))


def _wounded_fighters_then_killed(words: list[str], i: int, killing: list[PhraseMatch[Trigger]]) -> bool:
    """"wounded / injured" at ``i`` before fighters whom one of the ``killing`` matches kills: the killing up to
    ``_EN_WOUNDED_KILLED_REACH`` words before the state, no "and" between ("shot dead three wounded fighters"), or
    right after them ("A wounded fighter was shot dead", English pass 32). The wound came first, in the fighting, so
    the killed were hors de combat; "killed two fighters and wounded three" tells other fighters hurt. (One test for
    the status and for the injury word, so that the two readings cannot drift apart.)"""
    if words[i] not in EN_WOUNDED_STATES or i + 1 >= len(words) or words[i + 1] not in EN_FIGHTERS:
        return False
    verb = i + 2
    if words[verb : verb + 1] in (["from"], ["of"]):
        verb = english_past_named_group(words, verb)  # "three wounded fighters from a rival brigade were shot dead"
    verb += words[verb : verb + 1] in (["were"], ["was"])
    return any((0 < i - m.last <= _EN_WOUNDED_KILLED_REACH - 1 + (parse_number(words, i - 1) is not None) and (
        "and" not in words[m.last + 1 : i])) or m.first == verb for m in killing)


def _english_attackers_subject_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """"It said several attackers were killed", "two of the assailants were also shot dead": the attackers as the
    subject before the passive of a killing (English pass 30; the guide: an attacker killed during his attack is no
    victim); ``_english_attacker_killed`` reads them after the verb."""
    for match in matches:
        if not any(t.type == "killing" for t in match.payloads):
            continue
        k = match.first - 1
        if k >= 0 and words[k] == "also":
            k -= 1
        if k >= 1 and words[k] in EN_WAS_WERE and words[k - 1] in _EN_ATTACKERS:
            return True
        # "Two robbers were shot dead", the headline's "Two armed robbers shot dead during raid" (its "were" dropped:
        # the next word opens where or when, not an object: "robbers shot dead a guard" is their act; pass 38)
        beaten = _EN_BEATEN.intersection(words[match.first : match.last + 1])
        if k >= 1 and words[k] in EN_WAS_WERE and words[k - 1] in _EN_ROBBERS and not beaten:
            return True
        if k >= 0 and words[k] in _EN_ROBBERS and not beaten and (
                match.last + 1 == len(words) or words[match.last + 1] in _EN_ACT_AFTER):
            return True
    return False


_EN_BOUND_CUES = frozenset({"hands", "blindfolded"})  # the hors de combat cues "hands tied / bound", "blindfolded"
_EN_BOUND_BODY_REACH = 18  # "the bodies of five fighters of a Misrata brigade were found with their hands tied"
_EN_AFTER_CAPTURE_REACH = 10  # "shot dead three fighters of a Sabha brigade after they surrendered"
_EN_OTHER_CLAUSE = frozenset({"and", "but", "while", "when", "whereas", "said", "says", "who", "which"})


def english_bound_bodies(words: list[str], cue: PhraseMatch[str], casualty_at: list[int]) -> bool:
    """"the bodies of five fighters of a Misrata brigade were found with their hands tied behind their backs": bodies
    found bound were captives when they were killed (hors de combat: labelling guide), however long the words between
    the bodies and the cue, which the four-token reach of the other captive cues would not span (English pass 31)."""
    if not words[cue.first].isascii():
        return False
    if words[cue.first] == "after":
        # "shot dead three fighters of a Sabha brigade after they surrendered": the "after" clause tells when the
        # killed were killed, past their unit's name (no other clause between: "and", "while", "when")
        return any(0 < cue.first - c <= _EN_AFTER_CAPTURE_REACH and _EN_OTHER_CLAUSE.isdisjoint(words[c : cue.first])
                   for c in casualty_at)
    if words[cue.first] not in _EN_BOUND_CUES:
        return False
    return any(0 < cue.first - c <= _EN_BOUND_BODY_REACH and words[c] in EN_BODIES and "found" in words[c : cue.first]
               for c in casualty_at)


def english_wounded_state_of_killed(words: list[str], match: PhraseMatch[Trigger],
                                    matches: list[PhraseMatch[Trigger]]) -> bool:
    """The injury word at ``match`` is the state of fighters then killed ("A wounded fighter was shot dead in his
    hospital bed", "Gunmen shot dead three wounded fighters"): hurt before, in the fighting; no second harm, no
    one injured by this event (the English twin of «تصفية مقاتلين جريحين», English pass 32). Read as
    ``_english_wounded_fighters_killed`` reads the status (``_wounded_fighters_then_killed``)."""
    if match.last != match.first or words[match.first] not in EN_WOUNDED_STATES or not all(
            t.type == "injury" for t in match.payloads):
        return False  # (the word test first, as before: most injury matches are no state word)
    killing = [m for m in matches if any(t.type == "killing" for t in m.payloads)]
    return _wounded_fighters_then_killed(words, match.first, killing)


# English pass 37 (tune81en): a toll of people of whom only a share were fighters
_EN_TOLL_PEOPLE = frozenset({"people", "persons"})
_EN_SHARE_LINKS = (("of", "them"), ("including",), ("among", "them"))
_EN_SHARE_REACH = 3  # "Nine people, [six of them] fighters": the link and the number within three words of "people"


def _english_share_of_fighters(words: list[str]) -> bool:
    """"Seven people, five of them fighters, were killed", "Ten people, including seven fighters, ...": a toll of
    people of whom a smaller number were fighters names the rest as no fighters (a toll with no status is unknown, an
    incident: labelling guide), so the fighters named do not make the toll fighters-only. Not "Nine fighters, six of
    them from the brigade" (the whole toll fighters)."""
    if "people" not in words and "persons" not in words:
        return False
    for k, word in enumerate(words):
        if word not in _EN_TOLL_PEOPLE or k == 0 or (total := parse_number(words, k - 1)) is None:
            continue
        for j in range(k + 1, min(len(words), k + 1 + _EN_SHARE_REACH)):
            share = parse_number(words, j)
            if share is None or share[0] >= total[0]:
                continue
            before = tuple(words[k + 1 : j])
            after = words[j + share[1] : j + share[1] + 3]
            if before in _EN_SHARE_LINKS and after[:1] and after[0] in EN_FIGHTERS:
                return True  # "including seven fighters"
            if not before and after[:2] == ["of", "them"] and after[2:3] and after[2] in EN_FIGHTERS:
                return True  # "five of them fighters"
    return False


# English pass 49 (tune105en): "Two members of the 444 Brigade were killed in an ambush", "three members of the Special
# Deterrence Force died": members of an armed unit (its head word within a few words after "of") as the subject of the
# killing are fighters (the guide: units killed in attacks by armed groups are fighters-only), as "fighters of" are;
# not a police force (officers killed by a criminal are civilians: the guide), nor a body with no unit head ("members
# of the Red Crescent", "of the municipal council")
_EN_ARMED_UNIT_HEADS = frozenset({"brigade", "brigades", "battalion", "battalions", "regiment", "militia", "militias",
                                  "apparatus", "force", "forces", "army", "guard"})
_EN_NOT_ARMED_UNITS = frozenset({"police", "civil", "crescent", "cross", "council", "fire", "rescue", "medical", "task",
                                 "labour", "work", "air"})
_EN_UNIT_NAME_REACH = 5  # "of the Radaa Special Deterrence Force": up to five words from "of" to the unit's head


def english_unit_members_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """A casualty passive ("were killed", "were wounded", "died") whose subject opens the sentence as "<number> members
    of <armed unit>" with no other verb before it."""
    if "members" not in words or "of" not in words:
        return False
    k = words.index("members")
    if k > 3 or words[k + 1 : k + 2] != ["of"] or not all(
            w in ("the", "at", "least") or parse_number(words, j) is not None for j, w in enumerate(words[:k])):
        return False
    name = words[k + 2 : k + 2 + _EN_UNIT_NAME_REACH + 1]
    head = next((j for j, w in enumerate(name) if w in _EN_ARMED_UNIT_HEADS), None)
    if head is None or not _EN_NOT_ARMED_UNITS.isdisjoint(name[: head + 1]):
        return False
    end = k + 2 + head
    return any(m.first > end and any(t.type in ("killing", "injury") for t in m.payloads) and (
        words[m.first - 1] in ("were", "died") or words[m.first] == "died") and not (
        {"who", "said", "says", "and"} & set(words[end + 1 : m.first])) for m in matches)
