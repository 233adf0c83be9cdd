"""English word order for the count rules: the people after a number and their verb ("three civilians were
killed"), one victim or a pair told by an article or a singular verb, a body handed over, ages and years that
are no counts. Separate because each helper tests English words only (most run only on a sentence with no
Arabic script)."""

from __future__ import annotations

from nlp.countries import adjective_country
from nlp.counts import is_calendar_year, parse_number, starts_number
from nlp.counts_words import (
    EN_AMONG,
    EN_ARTICLES,
    EN_AUXILIARIES,
    EN_HEDGES,
    EN_HOW_BADLY,
    EN_HURT_PARTICIPLES,
    EN_IN_WHICH,
    EN_KILLING_WORDS,
    EN_KIN,
    EN_NEXT_HARM_PARTICIPLES,
    EN_POSSESSIVES,
    EN_WOUNDED_STATES,
    SINGULAR_VICTIMS,
    plural_person,
    victims_from,
)

_EN_HANDED = {"received", "receive", "handed", "returned", "found"}
_EN_BODY_LEFT = ("found", "dumped", "handed", "returned")  # "his body was handed over to the family" (pass 32)
_EN_FOUND_VERBS = frozenset({"found", "recovered", "retrieved", "discovered", "dumped",
                             # a body given back to the family ("The body of X, 42, was handed over to his family",
                             # "was returned to his relatives"): one person's, as "handed over her body" (pass 32)
                             "handed", "returned", "received"})  # "the morgue received the body of a young man"
_EN_NOT_PERSON_BODIES = frozenset({"the", "its", "evidence", "water", "work", "law", "research", "knowledge"})


def english_body_handed(words: list[str]) -> bool:
    """"The family received his body", "handed over her body", "found his body", "his body was found / dumped": one
    person's body given to the family or found (English); also "the body of <name or a person> ... was found" (not
    "the body of the boat": a person word or a name's place, no number, after "of")."""
    if "body" in words and _EN_FOUND_VERBS.intersection(words) and any(
            w == "body" and words[k + 1 : k + 2] == ["of"] and k + 2 < len(words) and parse_number(words, k + 2) is None
            and (words[k + 2] not in _EN_NOT_PERSON_BODIES or words[k + 3 : k + 4] == ["victim"]
                 or english_single_before(words, k + 3))
            for k, w in enumerate(words)):
        return True
    if "body" in words and _english_a_body_found(words):
        return True
    return any(w in ("his", "her") and words[k + 1] == "body" and (
        any(v in _EN_HANDED for v in words[max(0, k - 3) : k])
        or (words[k + 2 : k + 3] == ["was"] and words[k + 3 : k + 4] != [] and words[k + 3] in _EN_BODY_LEFT))
               for k, w in enumerate(words[:-1]))


_EN_ONE_OWNER = frozenset({"man", "woman", "boy", "girl", "child", "youth", "teenager"})  # "a man's body"
EN_A_BODY_REACH = 6  # "a body bearing gunshot wounds was found": the marks between the body and the finding


def _english_a_body_found(words: list[str]) -> bool:
    """"A body bearing gunshot wounds was found", "a man's body riddled with bullets was discovered": one body found
    is one dead (labelling guide: `killed` the bodies found; English pass 33); not "a body of evidence"."""
    for k, w in enumerate(words[:-1]):
        if w == "body" and k > 0 and words[k + 1] != "of" and (words[k - 1] in ("a", "an") or (
                words[k - 1] == "s" and k > 2 and words[k - 2] in _EN_ONE_OWNER and words[k - 3] in ("a", "an"))):
            return not _EN_FOUND_VERBS.isdisjoint(words[k + 1 : k + 1 + EN_A_BODY_REACH])
    return False


_EN_YEAR_BEFORE = frozenset({"in", "since", "until", "during"})
# the words a bare count follows ("and five were wounded", "at least 9 died", "killing two"): after any other word
# ("his cousin Salem Ali, 23, were shot dead": a name) a bare number is the age told between commas
_EN_COUNT_LEADS = frozenset({"and", "but", "while", "whereas", "another", "least", "most", "than", "of", "some",
                             "about", "around", "nearly", "almost", "only", "all", "further", "killing", "wounding",
                             "injuring", "leaving", "the", "were", "was", "to", "said", "says", "monday", "tuesday",
                             "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "evening",
                             "afternoon", "yesterday", "today", "overnight"})  # "... on Monday; 4 were killed"
_EN_AGE_MAX = 120


def english_age_after_name(words: list[str], index: int) -> bool:
    """"Ali Salem, 19, and his cousin Omar Salem, 23, were shot dead": the number after a name is an age (the
    commas are no tokens), not "23 were shot dead" (English pass 9)."""
    return (index > 0 and words[index].isdigit() and int(words[index]) <= _EN_AGE_MAX and words[index - 1].isalpha()
            and words[index - 1] not in _EN_COUNT_LEADS and words[index - 1] not in EN_HEDGES)


def english_age_after_one(words: list[str], index: int) -> bool:
    """"Boy, 12, killed by old shell", "a farmer, 61, and his son were shot": a number right after one singular victim
    noun is his age (the commas are no tokens; a toll follows a plural, "clashes: 14 killed"), not a count (English
    pass 19)."""
    if index > 1 and words[index - 1] == "of":
        return english_age_of(words, index - 1)  # "a youth of 17 died" (English pass 23)
    return (index > 0 and words[index].isdigit() and int(words[index]) <= _EN_AGE_MAX and words[index - 1].isascii()
            and (words[index - 1] in SINGULAR_VICTIMS or (words[index - 1] in EN_KIN and not words[index - 1].endswith("s"))))
    # "her grandson, 3, wounded": kin told by age as a victim noun is (English pass 26)


_EN_NAME_WORDS = 3  # "student Ali Salem al-Fituri, 22": a name of up to three words after the role


def _english_age_after_named(words: list[str], index: int) -> int:
    """"Libyan student Ahmed Bensalem, 22, stabbed to death", "nurse Mona Ali, 31, shot": an age in digits after a
    name of one to three words that follows one singular victim noun (a headline's role, name, age): how many words
    stand from the age back to the noun, else 0 (English pass 61, as ``english_age_after_one`` reads "Boy, 12")."""
    if not words[index].isdigit() or int(words[index]) > _EN_AGE_MAX or len(words[index]) > 2:
        return 0
    for back in range(2, min(index, _EN_NAME_WORDS + 1) + 1):
        name = words[index - back + 1 : index]
        if not all(map(_name_word, name)):
            return 0
        if words[index - back] in SINGULAR_VICTIMS:
            return back
    return 0


# function words no name is made of ("a student in Tripoli, 22" is no name)
_EN_NOT_NAME_WORDS = frozenset({"a", "an", "the", "and", "in", "of", "at", "on", "from", "with", "was", "is", "were"})


def _name_word(word: str) -> bool:
    """A word that may be part of an English personal name (letters only, not a common word of the lists above)."""
    return word.isascii() and word.isalpha() and word not in _EN_NOT_NAME_WORDS


def english_aged(words: list[str], index: int) -> bool:
    """"Man aged 72 killed by stray bullet", "girl aged 9 wounded": a number right after "aged" is an age, whatever
    follows it (English pass 30: a headline drops the verb "was", and the age then stands right before the trigger)."""
    return index > 0 and words[index - 1] == "aged" and words[index].isdigit() and int(words[index]) <= _EN_AGE_MAX


_EN_AGE_DIGITS = 2  # an age is one or two digits ("aged 9 and 12"); a toll of 100 or more is no age
_EN_AGE_LIST_REACH = 8  # "aged 6, 9, 11 and 13": "aged" at most this many words before the age
_EN_AGE_LIST_JOINS = frozenset({"and", "to", "between"})


def english_in_age_list(words: list[str], index: int) -> bool:
    """"the children, aged eight and eleven, had bullet wounds", "the women, aged 30, 41 and 52, were treated": the
    number at ``index`` is one of the ages listed after "aged", in figures or in words (the commas are no tokens), not a
    toll (English pass 60; ``english_aged`` reads only the first age in figures). Not "aged 30 and three others were
    hurt": a number followed by people is no age (the caller's number is read as it stands)."""
    if index == 0 or words[index - 1] not in _EN_AGE_LIST_JOINS:
        return False
    parsed = parse_number(words, index)
    after = index + (parsed[1] if parsed else 1)
    if after < len(words) and (words[after] == "others" or plural_person(words[after])):
        return False  # "a man aged 40 and 12 others", "aged 30 and three children": a toll after the age
    for k in range(index - 1, max(-1, index - 1 - _EN_AGE_LIST_REACH), -1):
        if words[k] == "aged":
            return True
        if words[k] not in _EN_AGE_LIST_JOINS and parse_number(words, k) is None:
            return False
    return False


def english_age_in_list(words: list[str], index: int) -> bool:
    """"Two sisters, 9 and 12, injured in Sabha", "brothers aged 8, 11 and 13 wounded": the number at ``index`` is one
    of the ages listed right after a plural person noun (or its "aged"), the commas gone from the words; a headline or
    a post drops the "were" and the last age then stands right before the trigger (English pass 51; with "were",
    ``nlp.counts_hurt`` reads the list as one person per age). Not "killed two civilians and 13 fighters" (no age
    list: a plural noun, no number, before "and")."""
    if not (words[index].isdigit() and len(words[index]) <= _EN_AGE_DIGITS):
        return False
    k, ages = index - 1, 0
    while k >= 1 and (words[k] == "and" or (words[k].isdigit() and len(words[k]) <= _EN_AGE_DIGITS)):
        ages += words[k].isdigit()
        k -= 1
    if ages == 0 and words[index + 1 : index + 2] != ["and"]:
        return False  # one number alone after the noun is read by the age and count rules as before
    if not words[k + 1].isdigit():
        return False
    k -= words[k] == "aged"  # "sisters aged 16 and 19"
    return k >= 0 and plural_person(words[k])


# a parent "of three" counts children, not years: "a mother of three", "a father of five"
_EN_PARENTS = frozenset({"mother", "father", "parent", "mothers", "fathers", "parents", "grandmother", "grandfather",
                         "mum", "dad"})


def english_parent_of(words: list[str], index: int) -> bool:
    """"Shell hits house, wounding mother of four", "a father of three was shot dead": the number after a parent and
    "of" is how many children they have, not a toll (English pass 32; the hyphens of "mother-of-four" are no tokens)."""
    return index > 1 and words[index - 1] == "of" and words[index - 2] in _EN_PARENTS


_EN_KILLED_REACH = 3  # "shot dead three wounded fighters": the killing's first word to the number


# a verb right before "N wounded <people>" that kills them where they lie (English pass 37)
_EN_SHOOTING_CAPTIVES = frozenset({"shooting", "shot", "executing", "executed", "execute", "executes", "finishing"})


def _english_manner_adverb(word: str) -> bool:
    """An adverb between "were" and its participle ("summarily", "reportedly", "later"): it changes no subject."""
    return word == "later" or (len(word) > 4 and word.endswith("ly") and word.isalpha())


# "killing two civilians, and three others were in critical condition": the others' state is their own, not more dead
_EN_STATE_AFTER_DEAD = frozenset({"in", "hospitalised", "hospitalized", "admitted", "receiving", "being"})


def english_in_own_state(words: list[str], people_end: int) -> bool:
    """"and two others are in critical condition", "three others were hospitalised": people told by a verb of their
    own and a state, not the object of the casualty verb before them."""
    return words[people_end : people_end + 1] in (["are"], ["were"], ["remain"], ["remained"]) and (
        words[people_end + 1 : people_end + 2] != [] and words[people_end + 1] in _EN_STATE_AFTER_DEAD)


def english_object_then_new_subject(words: list[str], index: int, people_end: int, trigger_at: dict[int, str]) -> bool:
    """"killing two civilians, and three others were wounded": the people right after a casualty participle are its
    object, and "and" with a number or "others" after them opens a new subject whose verb is not theirs."""
    if index == 0 or not words[index - 1].endswith("ing") or trigger_at.get(index - 1) not in ("killing", "injury"):
        return False
    if words[people_end : people_end + 1] != ["and"] or people_end + 1 >= len(words):
        return False
    return words[people_end + 1] in ("others", "another") or parse_number(words, people_end + 1) is not None


def english_wounded_killed(words: list[str], index: int, end: int, trigger_at: dict[int, str]) -> bool:
    """"Gunmen shot dead three wounded fighters", "executed two injured prisoners": the number after a killing verb
    counts the dead, and "wounded" is their state before they were killed (as «إعدام ثلاثة مقاتلين جرحى»: English
    pass 30); not "killed two and wounded three" (a verb of its own) nor "three wounded" ending the clause."""
    if words[end : end + 1] == [] or words[end] not in EN_WOUNDED_STATES or end + 1 >= len(words):
        return False
    if not plural_person(words[end + 1]):
        return False
    verb = end + 2
    if words[verb : verb + 1] in (["from"], ["of"]):
        verb = english_past_named_group(words, verb)  # "three wounded fighters from a rival brigade were shot dead" (pass 59)
    verb += words[verb : verb + 1] == ["were"]  # "Three wounded fighters (were) killed in their beds"
    if verb < len(words) - 1 and verb > end + 2 and _english_manner_adverb(words[verb]):
        verb += 1  # "two wounded fighters were summarily executed", "were later shot dead" (English pass 45)
    if index > 0 and words[index - 1] in _EN_SHOOTING_CAPTIVES:
        return True  # "shows gunmen shooting three wounded fighters lying on the ground", "executing four wounded
        # captives": the wounded, shot or executed where they lay, are the dead (English pass 37)
    return trigger_at.get(verb) == "killing" or any(
        trigger_at.get(k) == "killing" and "and" not in words[k + 1 : index]
        for k in range(max(0, index - _EN_KILLED_REACH), index))


_EN_NAMED_GROUP_REACH = 6  # "from a rival Zintan brigade": the article and up to five words of the group


def english_past_named_group(words: list[str], k: int) -> int:
    """Past "from / of <a group>" (``k`` at the preposition) to "were" within ``_EN_NAMED_GROUP_REACH`` words, with no
    clause word, number or other verb between; ``k`` itself otherwise."""
    for j in range(k + 1, min(len(words), k + 1 + _EN_NAMED_GROUP_REACH)):
        if words[j] == "were":
            return j if j > k + 1 else k
        if words[j] in _EN_WHO_THEY_WERE_STOPS or parse_number(words, j) is not None:
            return k
    return k


def english_age_of(words: list[str], of: int) -> bool:
    """"A Sudanese youth of 17 died", "a man of 60": a number in digits after "of" and one singular person is his age,
    not a toll (English pass 23); not "a mother of three" (her children) nor "one of 12" (no person noun)."""
    return (0 < of < len(words) - 1 and words[of] == "of" and words[of + 1].isdigit()
            and int(words[of + 1]) <= _EN_AGE_MAX and words[of - 1].isascii() and words[of - 1] in SINGULAR_VICTIMS
            and words[of - 1] not in _EN_PARENTS and words[of + 2 : of + 3] not in (["people"], ["others"]))


def english_year_named(words: list[str], index: int) -> bool:
    """"the third such attack in 2026", "held since 2024": a year, no count of people (English pass 9)."""
    return index > 0 and words[index - 1] in _EN_YEAR_BEFORE and is_calendar_year(words[index])


def english_another_hurt(words: list[str], trigger_at: dict[int, str]) -> bool:
    """"a volunteer was killed and another wounded": "and another" right before an injury word is one more hurt
    (English pass 17); "... and wounding another" likewise (English pass 37)."""
    # "killing one man from Niger and wounding another": "and" + the injury verb + "another" closing its clause is
    # one more hurt too, however the first victim was told (English pass 37)
    return any((words[k - 1] == "and" and trigger_at.get(k + 1) == "injury") or (
        k > 1 and words[k - 2] == "and" and trigger_at.get(k - 1) == "injury" and words[k + 1 : k + 2] != ["of"])
        for k, word in enumerate(words) if word == "another" and k > 0)


_EN_OTHERS_WITH = frozenset({"others", "patients", "companions", "relatives", "colleagues", "passengers"})
_EN_WITH_OTHERS = frozenset({"with", "alongside"})  # "was killed with three patients", "killed along with two guards"
_EN_ONE_SUBJECT_REACH = 10  # "A Libyan doctor volunteering at a clinic in Omdurman was killed": the subject


def english_killed_with_others(words: list[str], found_at: dict[str, int], killed: int) -> int:
    """"A doctor ... was killed with three patients", "a driver was shot dead along with two passengers": one victim
    told as the subject, the others counted after "(along / together) with": the dead are the others and the one
    (English pass 43, as "a man and three others were killed"); 0 when no such clause counts them. Not "killed with a
    knife" (no number of people), nor "were killed with ..." (a plural subject already counted)."""
    at = found_at.get("killed")  # where the number read stands
    if at is None or at < 3 or words[at - 1] not in _EN_WITH_OTHERS:
        return 0
    verb = at - 2 - (words[at - 2] in ("along", "together"))
    verb -= words[verb] == "dead"  # "was shot dead with"
    if verb < 1 or words[verb] not in ("killed", "shot") or words[verb - 1] != "was":
        return 0
    number = parse_number(words, at)
    if number is None or number[0] != killed or at + number[1] >= len(words):
        return 0
    people = words[at + number[1]]  # "three patients", "two others": people, a plural of a victim noun
    if not (plural_person(people) or people in _EN_OTHERS_WITH or people[:-1] in SINGULAR_VICTIMS):
        return 0
    subject = words[max(0, verb - 1 - _EN_ONE_SUBJECT_REACH) : verb - 1]
    return killed + 1 if any(w in ("a", "an") and not SINGULAR_VICTIMS.isdisjoint(subject[k + 1 : k + 3])
                             for k, w in enumerate(subject)) else 0


# "a friend", "his cousin", "a girl of 10 and her brother": the article or the owner before one person's noun (one set
# for a companion in care, a companion hurt and an apposed list: written three times, by passes 43, 40 and before)
_EN_PERSON_OPENERS = EN_POSSESSIVES | {"a", "an"}
_EN_CARE_PASSIVES = frozenset({"hospitalised", "hospitalized", "admitted", "treated"})


def english_companion_in_care(words: list[str], trigger_at: dict[int, str]) -> bool:
    """"A man drowned and his friend was taken to hospital", "a guard was shot dead and a colleague was treated for
    shock": one more person, a companion or kin (``EN_KIN``) or a victim noun, told in care after the harm in the
    same sentence is one hurt (English pass 43; the guide counts an accident's hurt too), as "and another wounded";
    not "and his family was told" (no care), nor care told before any harm word."""
    if "and" not in words:
        return False  # a cheap test first
    for k in (j for j, w in enumerate(words[:-4]) if w == "and" and any(t < j for t in trigger_at)):
        if words[k + 1] not in _EN_PERSON_OPENERS or not (words[k + 2] in EN_KIN or words[k + 2] in SINGULAR_VICTIMS):
            continue
        j = k + 3 + (words[k + 3 : k + 4] == ["was"])
        j += words[j : j + 1] == ["also"]
        if words[j : j + 1] != [] and (words[j] in _EN_CARE_PASSIVES or words[j : j + 3] == ["taken", "to", "hospital"]):
            return words[k + 3] == "was"
    return False


EN_ONE_MORE_ORDINALS = frozenset({"third", "fourth", "fifth", "sixth"})  # "a third was treated": one more
EN_ONE_MORE = EN_ONE_MORE_ORDINALS | {"another"}  # "and a third later died", "another was hurt"
_EN_LATER_DIED_REACH = 4  # "and one of them later died", "and a third died later"


def english_later_died(words: list[str], found: dict[str, int]) -> int:
    """"Two men were shot dead and a third later died of his wounds" (one more dead: 1), "three women were beaten by
    guards, and one later died" (one of them: 1 when no dead was counted): how many dead the clause adds (English pass
    30); 0 when no such clause stands."""
    for k, word in enumerate(words[:-1]):
        if word != "and":
            continue
        rest = words[k + 1 : k + 1 + _EN_LATER_DIED_REACH + 1]
        if "died" not in rest or "later" not in rest:
            continue
        head = rest[: rest.index("died")]
        if head[:1] == ["another"] or head[:2] in (["a", w] for w in EN_ONE_MORE):
            return 1 if "killed" in found else 0
        if head[:1] == ["one"] and "killed" not in found:
            return 1
    return 0


# English pass 59 (tune125en): "a Gambian man in his cell died after a beating": a three-word phrase on where the one
# victim was ("in his cell", "on the boat", "in the car") between him and an intransitive death verb
_EN_DIED_ALONE = frozenset({"died", "drowned", "perished", "suffocated"})
_EN_WHERE_HE_WAS = frozenset({"in", "on", "at", "inside"})
_EN_HIS_PLACE = frozenset({"his", "her", "the", "a", "their"})

EN_HURT_ADVERBS = frozenset({"also", "badly", "seriously", "slightly", "lightly", "critically", "severely", "reportedly"})
_EN_ADVERBS = EN_HURT_ADVERBS | {"fatally"}  # "was fatally stabbed": the adverbs a death verb may take too
_EN_PRONOUNS = {"he", "she", "who"}


# "the attacker was also killed" after the victims: the one who attacked, killed in his attack, is no victim added to
# their toll (labelling guide); told alone ("A gunman was shot dead after he opened fire"), the event keeps its count
# as a fighters-only event does (tune19en rw19t-41)
_EN_ATTACKER_NOUNS = frozenset({"attacker", "bomber", "assailant", "gunman"})


def english_single(words: list[str], index: int, slot: str, found: dict[str, int]) -> bool:
    """English: one victim told by a singular verb ("X was beaten", "Ali Salem was also shot in the arm") or by a
    singular victim noun right before the trigger ("a Sudanese worker died"). Not "he was beaten" after a killing
    in the sentence: the one beaten is the dead. English sentences only."""
    if _english_single_object(words, index):
        return True
    if words[index] == "never" and index > 0 and words[index - 1] in ("he", "she"):
        return True  # "He never recovered from the bullet": one man's death (English pass 31)
    if index == 0 or english_plural_object(words, index):
        return False  # "coast guard beat them": the noun before an active verb with a plural object is who did it
    k = index - 1 - (words[index - 1] in _EN_ADVERBS or words[index - 1] == "found")  # "was found stabbed to death"
    if k > 0 and words[k] in _EN_ADVERBS and words[k + 1] in _EN_ADVERBS:
        k -= 1  # "A teacher was also lightly hurt": two adverbs (English passes 22, 23)
    if k >= 2 and words[k - 1] == "of" and english_age_of(words, k - 1):
        k -= 2  # "a youth of 17 died": past his age (English pass 23)
    elif k >= 1 and words[k].isdigit() and english_age_after_one(words, k):
        k -= 1  # "and her grandson, 3, wounded": past his age told between commas (English pass 26)
    elif k >= 2 and english_aged(words, k):
        k -= 2  # "Girl aged 9 wounded": past her age (English pass 30)
    elif k >= 2 and (named := _english_age_after_named(words, k)):
        k -= named  # "Libyan student Ahmed Bensalem, 22, stabbed to death": past the age and the name (pass 61)
    if k >= 1 and words[k] in ("had", "has") and words[index] == "died":
        k -= 1  # "A 70-year-old woman had died", "a herder has died": the singular subject of a perfect (pass 45)
    elif k >= 3 and words[index] in _EN_DIED_ALONE and words[k - 2] in _EN_WHERE_HE_WAS and words[k - 1] in (
            _EN_HIS_PLACE):
        k -= 3  # "a Gambian man in his cell died", "a driver in the car drowned": where he was, then his verb (pass 59)
    if k > 0 and words[k] == "was" and words[k - 1] in _EN_ATTACKER_NOUNS and words[k + 1] == "also":
        return False  # "The attacker was also killed": no victim added to the toll told (labelling guide)
    if k >= 0 and words[k] == "was":
        return not (slot == "injured" and "killed" in found and k > 0 and words[k - 1] in _EN_PRONOUNS)
    if _english_listed_among(words, k):
        return False
    return english_single_before(words, k) or _english_single_sufferer(words, index) or (
        _english_died_held(words, index, k))


EN_HELD_PLACES = frozenset({"custody", "detention", "prison", "jail", "cell", "cells"})
_EN_DIED_HELD_REACH = 8  # "he died on Sunday in the custody of military intelligence": the verb to the custody word


def _english_died_held(words: list[str], index: int, k: int) -> bool:
    """"he died on Sunday in the custody of ...", "she died in detention": one death in custody told by a pronoun
    (the family's or a group's statement names the dead before it): one killed (English pass 26). Only with "died"
    and a custody word after it; "he died at home after a long illness" counts nobody."""
    return words[index] == "died" and k >= 0 and words[k] in ("he", "she") and not EN_HELD_PLACES.isdisjoint(
        words[index + 1 : index + 1 + _EN_DIED_HELD_REACH])
    # "his younger brother seriously injured", "his cousin seriously injured"


def english_plural_object(words: list[str], index: int) -> bool:
    """"a coast guard crew beat them", "a guard shot us": the trigger at ``index`` is an active verb whose object is a
    plural pronoun, so the singular noun before it is the one who did it, no single victim (English pass 18)."""
    return words[index + 1 : index + 2] in (["them"], ["us"])


_EN_AMONG_REACH = 6  # "among them four women and a child": from "among" to the last one listed


def _english_listed_among(words: list[str], k: int) -> bool:
    """"Eleven migrants, among them four women and a child, drowned": the one right before the verb closes a list of
    those among the victims, no single victim; the total before the list counts them (English pass 12)."""
    return any(words[j] in ("among", "including") for j in range(max(0, k - _EN_AMONG_REACH), k))


# the kinds a wound noun may take ("serious leg injuries"; also counts_hurt: "gunshot and shrapnel wounds")
EN_WOUND_ADJECTIVES = frozenset({"minor", "serious", "severe", "critical", "light", "slight", "shrapnel", "burn",
                                 "head", "gunshot", "multiple", "bullet", "stab"})


def _english_single_sufferer(words: list[str], index: int) -> bool:
    """"His cousin, aged 14, suffered leg injuries", "a guard sustained serious wounds": one singular victim (past an
    age told beside him) as the subject of "suffered" / "sustained" before the wound (English pass 12)."""
    k = index - 1
    while k >= 0 and (words[k] in EN_BODY_PARTS or words[k] in EN_WOUND_ADJECTIVES):
        k -= 1
    if k < 1 or words[k] not in EN_SUFFERED:
        return False
    k -= 1
    if k >= 1 and words[k - 1] == "aged" and words[k].isdigit():
        k -= 2  # ", aged 14,": the age beside the victim
    return english_single_before(words, k)


EN_INTRANSITIVE_DEATHS = frozenset({"dies", "died"})  # an intransitive death: no victim stands after it as its object


# "killing a 19-year-old student and wounding five people": "and" opens the next harm, no second victim (pass 20)
# (and its past: "Clashes killed a young man and injured three others", "killed an elderly man and wounded his wife",
# "killed a local teacher and wounded his driver": English passes 49 and 50)
_EN_NEXT_HARMS = tuple([word] for word in (*sorted(EN_NEXT_HARM_PARTICIPLES), "wounded", "injured", "killed", "hurt"))


def _english_single_object(words: list[str], index: int) -> bool:
    """"gunmen shot dead lawyer Huda Saleh", "killed a shepherd": one singular victim right after the trigger (its
    title before a name, or past an article); a number or a plural there is counted by the count rules first."""
    j = english_object_at(words, index)
    if j is not None and words[j + 1 : j + 2] in (["said"], ["says"], ["told"]):
        return False  # "causing cases of suffocation, a resident said": the one who told it (English pass 36)
    if j is not None and words[j + 1 : j + 2] == ["s"] and not (j + 2 < len(words) and english_single_before(words, j + 2)):
        return False  # "shot dead a farmer's camel": the one named owns what was hit (not "a farmer's son"; pass 42)
    return j is not None and (words[j + 1 : j + 2] != ["and"] or victims_from(words, j) >= 2
                              or words[j + 2 : j + 3] in _EN_NEXT_HARMS) or (
        _english_one_shot_in_body(words, index))


EN_BODY_PARTS = frozenset({"thigh", "leg", "legs", "head", "chest", "arm", "arms", "back", "shoulder", "stomach",
                           "abdomen", "neck", "foot", "feet", "hand", "hands", "face", "knee", "eye"})
_EN_WOUNDING = frozenset({"shooting", "shot", "stabbing", "stabbed", "wounding", "wounded", "hitting", "hit"})


def _english_one_shot_in_body(words: list[str], index: int) -> bool:
    """"shooting a security guard in the leg", "stabbing a shop owner in the back": one person ("a / an" and up to
    two words) wounded in a body part; whoever it is, the wound on one body tells one injured (English words)."""
    if words[index] not in _EN_WOUNDING or words[index + 1 : index + 2] not in (["a"], ["an"], ["his"], ["her"], ["their"]):
        return False  # "shot his driver in the arm": one of someone's people, the same wound on one body (pass 26)
    for k in range(index + 3, min(len(words) - 2, index + 5)):
        if words[k] == "in" and words[k + 1] in ("the", "his", "her") and words[k + 2] in EN_BODY_PARTS:
            return not {"and", "of"}.intersection(words[index + 2 : k])
    return False


def english_object_at(words: list[str], index: int) -> int | None:
    """Where a singular victim right after an English trigger is ("killed a shepherd", "wounded her colleague"; past a
    second verb of one phrase, "shot and wounded a taxi driver": English pass 22)."""
    if english_hurt_described(words, index):
        return None  # "a wounded fighter", "wounded fighter killed after capture": his state, no one wounded here
    if words[index] in EN_INTRANSITIVE_DEATHS:
        return None  # "Boy dies, brother and cousin hurt": "dies" takes no object, the kin are the next clause's subject
        # (English pass 56; the headline's comma is no token)
    if words[index + 1 : index + 2] == ["and"] and words[index + 2 : index + 3] != [] and words[index + 2] in _EN_SECOND_HARM:
        index += 2
    j = index + 1 + (words[index + 1 : index + 2] == ["dead"])
    if words[index] in _EN_HARM_NOUNS and words[j : j + 1] == ["of"]:
        # "condemns the killing of an elderly man", "saddened by the death of an 81-year-old man" (pass 23); not the
        # act a trial, an inquiry or a charge is about ("jailed over the killing of", "suspect in the murder of")
        if _EN_TOPIC_BEFORE.intersection(words[max(0, index - 2) : index]):
            return None
        j += 1
    if words[j : j + 1] != [] and words[j] in EN_POSSESSIVES:  # "and wounded her colleague": one of the victim's kin
        if j + 1 < len(words) and english_single_before(words, j + 1):
            return j + 1
        if words[j + 2 : j + 4] in (["year", "old"], ["years", "old"]) and j + 4 < len(words) and (
                words[j + 1].isdigit() or words[j + 1].isascii() and parse_number(words, j + 1) is not None) and (
                english_single_before(words, j + 4)):
            return j + 4  # "killing his 11-year-old son": the son's age between "his" and him (English pass 56)
        # "killed a pharmacist and wounded his assistant": the one a wounding verb takes after "his / her" is a person
        # whatever the noun (no thing is wounded; English pass 26)
        return j + 1 if words[index] in _EN_WOUND_VERBS and j + 1 < len(words) and words[j + 1].isalpha() and (
            words[j + 2 : j + 3] not in (["and"], ["s"])) else None
    j += words[j : j + 1] != [] and words[j] in EN_ARTICLES
    if j > index + 1 and words[j + 1 : j + 3] in (["year", "old"], ["years", "old"]) and (
            words[j].isdigit() or words[j].isascii() and parse_number(words, j) is not None):  # "a six-year-old" (pass 36)
        j += 3  # "killing a 19-year-old student": an age told before the one victim (English pass 20)
    if words[j : j + 2] != [] and j + 1 < len(words) and (words[j] in _EN_PEOPLE_ADJECTIVES or english_nationality(
            words[j])) and (words[j + 1] in SINGULAR_VICTIMS or english_nationality(words[j + 1])):
        j += 1 + (words[j + 1] not in SINGULAR_VICTIMS)  # "shot dead a Libyan man", "a young Sudanese worker" (pass 18)
    if j > index + 1 and j + 1 < len(words) and words[j] not in SINGULAR_VICTIMS:
        j += _english_office_before_noun(words, j)  # "killed a Kufra municipal official" (English pass 50)
    if j > index + 1 and j < len(words) and words[j] not in SINGULAR_VICTIMS:
        j += english_body_before_noun(words, j)  # "shot dead a Red Crescent volunteer" (English pass 30)
    if j > index + 1 and j < len(words) and words[j] not in SINGULAR_VICTIMS and (
            commander := _english_commander_at(words, j)) is not None:
        return commander  # "killed a senior Islamic State commander" (English pass 41)
    return j if j < len(words) and words[j] in SINGULAR_VICTIMS else None


# "killed the leader of an armed group", "killed the militia chief": one leader killed is one dead, as a commander
# (English pass 54)
_EN_LEADER_WORDS = frozenset({"commander", "leader", "chief"})
_EN_COMMANDER_REACH = 4  # "a senior Islamic State commander", "a top al-Qaeda field commander": the words before him
_EN_NOT_GROUP_WORDS = frozenset({"and", "or", "of", "who", "said", "says", "in", "on", "at", "near", "with", "by"})


def _english_commander_at(words: list[str], j: int) -> int | None:
    """"killed a senior Islamic State commander", "killed a rebel commander": where "commander" (or "leader", "chief")
    is, past up to four plain words at ``j`` that tell his rank and his group (no clause or preposition between); None
    when no such word follows (English pass 41). Only as the object of a killing verb after its article: one commander killed is one
    dead (a fighters-only toll keeps its count, labelling guide); "commander" is no singular victim noun elsewhere
    ("a commander accused of killing", "A commander ... was shot dead" stay as they were)."""
    for k in range(j, min(len(words), j + _EN_COMMANDER_REACH + 1)):
        if words[k] in _EN_LEADER_WORDS:
            return k
        if not words[k].isalpha() or not words[k].isascii() or words[k] in _EN_NOT_GROUP_WORDS or words[k] in EN_ARTICLES:
            return None
    return None


# whose a victim is, told before the noun ("a Red Crescent volunteer", "a human rights lawyer", "a UN employee")
_EN_BODY_PAIRS = (["red", "crescent"], ["red", "cross"], ["human", "rights"])
_EN_BODY_WORDS = frozenset({"un", "aid", "ngo", "charity", "hospital", "municipal", "municipality", "ministry", "tv",
                            "television", "radio", "press", "news"})


# the office a victim holds, before the noun: "a municipal official", "a Ghat council employee" (English pass 50)
_EN_OFFICE_WORDS = frozenset({"municipal", "council", "municipality", "government", "ministry", "tribal", "district",
                              "city", "town", "village", "customs", "court", "election", "electoral"})


def _english_office_before_noun(words: list[str], j: int) -> int:
    """"a municipal official", "a Kufra municipal official": the words at ``j`` that name the office (and the town
    before it) of the one victim, before the victim noun: how many (0 when none; English pass 50)."""
    step = 1 if words[j] in _EN_OFFICE_WORDS else 2 if (
        words[j].isalpha() and j + 2 < len(words) and words[j + 1] in _EN_OFFICE_WORDS) else 0
    return step if step and words[j + step] in SINGULAR_VICTIMS else 0


def english_body_before_noun(words: list[str], j: int) -> int:
    """"a Red Crescent volunteer", "a human rights lawyer", "a UN employee", "a TV cameraman": the words at ``j`` that
    name whose the victim is, before the victim noun: how many (0 when none; English pass 30)."""
    if words[j : j + 2] in _EN_BODY_PAIRS and j + 2 < len(words) and words[j + 2] in SINGULAR_VICTIMS:
        return 2
    return int(words[j] in _EN_BODY_WORDS and j + 1 < len(words) and words[j + 1] in SINGULAR_VICTIMS)


_EN_WOUND_VERBS = frozenset({"wounded", "injured", "wounding", "injuring"})
_EN_SECOND_HARM = frozenset({"wounded", "injured", "killed", "beat", "beaten", "stabbed", "robbed"})
_EN_KILLED_AFTER = frozenset({"killed", "shot", "executed", "died", "dies", "dead"})


def english_hurt_described(words: list[str], index: int) -> bool:
    """"shooting a wounded fighter", "wounded fighter killed after capture": "wounded" before a singular person shot or
    killed describes the one harmed (English pass 23), it tells no one wounded."""
    return words[index] in EN_WOUNDED_STATES and index + 1 < len(words) and words[index + 1] in SINGULAR_VICTIMS and (
        (index > 1 and words[index - 1] in EN_ARTICLES and words[index - 2] in _EN_SHOOTING) or (
            words[index + 2 : index + 3] != [] and words[index + 2] in _EN_KILLED_AFTER) or _english_wounded_sought(
            words, index))


# "searching for a wounded man", "demanding treatment for a wounded fighter", "forced doctors to treat a wounded
# gunman": the one sought or brought for care was wounded before the raid (English pass 45)
_EN_SEEKING_FOR = frozenset({"searching", "looking", "hunting", "search", "hunt", "treatment", "care"})
_EN_TREAT = frozenset({"treat", "treating"})
_EN_RAIDERS = frozenset({"armed", "gunmen", "militiamen", "militia", "fighters", "attackers", "assailants"})
_EN_DEMANDING = frozenset({"demanding", "demanded", "demand", "forced", "forcing", "ordered", "ordering", "insisted"})


def _english_wounded_sought(words: list[str], index: int) -> bool:
    """"Wounded" before one person whom the attackers searched for or wanted treated: his state before the raid, no one
    hurt in it (the raid's own harm is told by its own words)."""
    if index < 3 or words[index - 1] not in EN_ARTICLES or _EN_RAIDERS.isdisjoint(words[:index]):
        return False  # only where armed men are told before (not "rescuers searching for a wounded man")
    if words[index - 2] in _EN_TREAT:  # "demanding that doctors treat a wounded fighter"; not "medics treating a
        return not _EN_DEMANDING.isdisjoint(words[max(0, index - 7) : index - 2])  # wounded man at the scene"
    return words[index - 2] == "for" and words[index - 3] in _EN_SEEKING_FOR


# the harm done to one already wounded: "shooting a wounded fighter" (not "A wounded man was taken to hospital")
_EN_SHOOTING = frozenset({"shooting", "shot", "executing", "executed", "killing", "killed", "finishing"})
# harm nouns whose victim follows "of": "the killing of a shepherd", "the death of a detainee"
_EN_HARM_NOUNS = frozenset({"killing", "death", "murder"})
_EN_TOPIC_BEFORE = frozenset({"over", "for", "into", "about"})  # not "in": "resulting in the death of a child"


def english_single_before(words: list[str], k: int) -> bool:
    """A singular victim noun at ``k``, with "a / an / the" or an adjective before it ("a father", "a young mother")."""
    return k >= 0 and (words[k] in SINGULAR_VICTIMS or words[k] in EN_KIN)


_EN_COUPLES = frozenset({"couple"})


def english_joined_before(words: list[str], index: int) -> int:
    """"a father and his two daughters", "a mother and her three sons": the one named before "and his / her" the
    number is one more victim (English)."""
    if index >= 3 and words[index - 1] in EN_POSSESSIVES and words[index - 2] == "and" and english_single_before(
            words, index - 3):
        return 1
    # "killed a woman, her 3 daughters and an elderly man", "A man, his 2 sons and a neighbour were wounded": a post
    # lists the one named first with a comma, no "and" (the tokens hold no comma): one more victim, only as a harm
    # participle's object or as the sentence's opening (not "told a reporter her 3 sons ...") (English pass 61)
    if index >= 3 and words[index - 1] in EN_POSSESSIVES and words[index - 3] in EN_ARTICLES and (
            index == 3 or words[index - 4] in _EN_HARM_PARTICIPLES) and english_single_before(words, index - 2):
        return 1
    # "a couple and their three children were treated": the couple are two more victims (English pass 25)
    if index >= 3 and words[index - 3] in _EN_COUPLES and words[index - 2] == "and" and words[index - 1] == "their":
        return 2
    # "beat a doctor and two nurses", "killed a shepherd and three boys": one named with an article before "and"
    if index >= 3 and words[index - 1] == "and" and words[index - 3] in EN_ARTICLES and (english_single_before(
            words, index - 2) or words[index - 2] == "commander"):
        return 1  # "killed a commander and two of his aides" = 3 (English pass 41)
    # "An elderly man and three children were injured", "a female doctor and two patients were wounded": one word
    # (no number, no article) between the article and the one victim's noun (English pass 30)
    if index >= 4 and words[index - 1] == "and" and words[index - 4] in EN_ARTICLES and words[index - 3].isalpha() and (
            words[index - 3].isascii() and words[index - 3] not in EN_ARTICLES and parse_number(words, index - 3) is None) and (
            english_single_before(words, index - 2)):
        return 1
    # "A seven-year-old boy and two men died", "a 9-year-old girl and three women drowned": past the age compound
    # before the one victim's noun (English pass 27)
    if index >= 6 and words[index - 1] == "and" and words[index - 4 : index - 2] in (["year", "old"], ["years", "old"]) and (
            words[index - 6] in EN_ARTICLES and parse_number(words, index - 5) is not None) and english_single_before(
            words, index - 2):
        return 1
    return _english_kin_joined_before(words, index)


# a patient is a victim only joined to others hurt ("two nurses and a patient were killed"); alone, "a patient who died
# of his wounds after a traffic accident" is often the occasion of an assault on a hospital's staff (English pass 23)
# a civilian joined after fighters ("four fighters and a civilian were killed" = 5: the guide adds two numbers of one
# event; English pass 26) is read only here, where the number's people share its verb
_EN_JOINED_ONLY = frozenset({"patient", "civilian", "bystander"})
_EN_JOINED_SINGLE_REACH = 3  # "and a young Bangladeshi man": the article, up to two words, the noun


# people no count rule reads alone (a hospital's patients are most often disease cases), read as victims only when one
# victim is joined before them: "a doctor and two patients were wounded" (English pass 30)
_EN_PEOPLE_JOINED_ONLY = frozenset({"patients"})


def english_joined_people(words: list[str], index: int, end: int) -> bool:
    """"A female doctor and two patients were wounded": the number's people are those a singular victim joined before
    "and" makes victims ("Two patients died of cholera" stays none)."""
    return words[end : end + 1] != [] and words[end] in _EN_PEOPLE_JOINED_ONLY and english_joined_before(words, index) == 1


def english_single_joined_after(words: list[str], people_end: int) -> int | None:
    """"3 Egyptian workers and a Bangladeshi man injured": one victim with "a / an" joined by "and" right after a
    number's people shares their verb; the index after that victim's noun (where the verb is looked for), else None
    (English pass 17)."""
    # ("Two guards and one smuggler were killed": "one" as "a", English pass 42)
    # ("Four Sudanese workers and their Libyan driver were shot dead" = 5: the people's own companion, English pass 56)
    if words[people_end : people_end + 1] != ["and"] or words[people_end + 1 : people_end + 2] not in (
            ["a"], ["an"], ["one"], ["their"]):
        return None
    for k in range(people_end + 2, min(len(words), people_end + 2 + _EN_JOINED_SINGLE_REACH)):
        if english_single_before(words, k) or words[k] in _EN_JOINED_ONLY:
            end = _past_one_apposed(words, k + 1)
            if words[people_end + 1] == "one" and words[end : end + 1] != ["were"]:
                return None  # "wounding two people, and one man drowned": "one" with a verb of its own opens a clause
            return end
    return None


# what stands after one victim joined to a harm's object when that victim has a verb of its own ("wounding two guards,
# and a shepherd was detained"): then the victim is no second object of the harm
_EN_OWN_VERBS = frozenset({"was", "is", "has", "had", "were", "died", "escaped", "fled", "survived"})


def english_single_joined_object(words: list[str], people_end: int, trigger_at: dict[int, str]) -> int:
    """"wounding three officers and a passer-by", "injuring five customers and a bystander": one victim joined after
    the people a participle of harm took as its object is one more object of it (English pass 30); 0 when that
    victim has a verb of its own."""
    single_end = english_single_joined_after(words, people_end)
    if single_end is None:
        return 0
    if single_end < len(words) and (words[single_end] in _EN_OWN_VERBS or words[single_end] == "and" or (
            single_end in trigger_at)):
        return 0  # "beat two doctors and a nurse and smashed equipment": a blow, then a second act (English pass 17)
    harm = max((k for k in trigger_at if k < people_end), default=-1)
    return int(harm >= 0 and words[harm] in _EN_HARM_PARTICIPLES)


# the harm words whose object is that many hurt or dead ("wounding three officers"), not a blow ("beat two doctors")
_EN_HARM_PARTICIPLES = frozenset({"wounding", "injuring", "killing", "hurting", "wounded", "injured", "killed"})


_EN_ONE_APPOSED_REACH = 10  # "a patient, a 67-year-old man recovering from surgery, were": the apposition to "were"


def _past_one_apposed(words: list[str], k: int) -> int:
    """"two nurses and a patient, a 67-year-old man recovering from surgery, were wounded": past one person set beside
    the last one joined (an article first, no "and", no verb of its own) to the plural verb "were" that all of them
    share (English pass 26); ``k`` itself when no such apposition stands there."""
    if words[k : k + 1] not in (["a"], ["an"]):
        return k
    for j in range(k + 1, min(len(words), k + _EN_ONE_APPOSED_REACH)):
        if words[j] == "were":
            return j
        if words[j] in _EN_APPOSED_STOPS or words[j] == "and":
            return k
    return k


def _english_kin_joined_before(words: list[str], index: int) -> int:
    """"his wife and three young children wounded", "her husband and two sons": one kin of someone named by "his / her"
    before "and" the number is one more victim (English pass 17: the family told kin by kin)."""
    return int(index >= 3 and words[index - 1] == "and" and words[index - 3] in EN_POSSESSIVES
               and english_single_before(words, index - 2))


def english_pair_found_dead(words: list[str], index: int) -> bool:
    """"rescuers found a woman and an infant dead": two singular victims, each with "a / an", joined by "and" right
    before "dead" (English words)."""
    return words[index] == "dead" and _articled_pair(words, index - 1, _EN_INDEFINITE)


_EN_INDEFINITE = frozenset({"a", "an"})


def _articled_pair(words: list[str], second: int, articles: frozenset[str] | set[str]) -> bool:
    """"a woman and a child", "the driver and a passenger": two singular victims joined by "and", each after one of
    ``articles``, the second victim's noun at ``second``."""
    return (second >= 4 and words[second - 1] in articles and words[second - 2] == "and"
            and words[second - 4] in articles and english_single_before(words, second)
            and english_single_before(words, second - 3))


_EN_LIST_ADJECTIVES = 3  # "their infant daughter", "an elderly patient", "her 9-year-old son" (the hyphen is no token)


def _were_found(words: list[str], k: int) -> int:
    """"A man, his wife and their son were found stabbed to death", "a shepherd and his nephew were found shot dead":
    "were found" before the death words is the plural passive of the victims listed before it (English pass 37); the
    index of "were" then, else ``k``."""
    return k - 1 if k >= 1 and words[k] == "found" and words[k - 1] == "were" else k


def english_listed_singles(words: list[str], index: int) -> int:
    """"A woman, her husband and their infant daughter were killed", "a nurse, a driver and an elderly patient were
    killed": singular victims, each after "a / an / the / his / her / their" (up to three words before its noun), listed
    (the commas are no tokens) and joined by "and" before the last, subject of a plural passive: how many (English
    pass 19); 0 when fewer than three or no "and" joins them."""
    k = _were_found(words, index - 1 - (index > 1 and words[index - 1] in _EN_ADVERBS))
    if k < 6 or words[k] != "were":
        return 0
    noun, listed, joined = k - 1, 0, False
    while noun >= 1 and english_single_before(words, noun):
        determiner = next((j for j in range(noun - 1, max(-1, noun - 2 - _EN_LIST_ADJECTIVES), -1)
                           if words[j] in EN_ARTICLES or words[j] in EN_POSSESSIVES), None)
        if determiner is None or any(w == "and" for w in words[determiner + 1 : noun]):
            break
        listed += 1
        noun = determiner - 1
        if noun >= 0 and words[noun] == "and":
            if joined:
                break  # one "and", before the last victim
            joined, noun = listed == 1, noun - 1
        elif not joined:
            break  # "a woman, her husband": a list goes on only after its "and"
    return listed if listed >= 3 and joined else 0


def english_pair(words: list[str], index: int) -> bool:
    """"a woman and her teenage son were injured", "a farmer and his young nephew were wounded": two singular victims
    joined by "and his / her", subject of a plural passive (English sentences only)."""
    k = _were_found(words, index - 1 - (index > 1 and words[index - 1] in _EN_ADVERBS))
    if k < 4 or words[k] != "were":
        # a headline's pair with no "were" is read as if it were there ("A man and his son killed": English pass 39)
        return _headline_pair(words, index) and english_pair([*words[:index], "were", *words[index:]], index + 1)
    second = k - 1
    if not english_single_before(words, second):
        return False
    if second >= 3 and words[second - 1] == "and" and english_single_before(words, second - 2) and (
            words[second - 3] in EN_POSSESSIVES):
        return True  # "his wife and daughter were wounded": two of one man's kin under one possessive (pass 22)
    # past up to two adjectives ("her teenage son") or an age compound ("her 16-year-old son": three tokens; pass 24)
    reach = _EN_LIST_ADJECTIVES if _english_age_compound(words, second) else 2
    for j in range(second - 1, max(-1, second - 2 - reach), -1):
        if words[j] in EN_POSSESSIVES:
            return words[j - 1 : j] == ["and"] and english_single_before(words, j - 2)
    if second >= 4 and words[second - 1] in EN_ARTICLES and words[second - 2] == "and" and (
            words[second - 4] in EN_POSSESSIVES) and english_single_before(words, second - 3):
        return True  # "Her son and a passenger were also wounded": kin told first, then one more (English pass 36)
    if second >= 5 and words[second - 1].isalpha() and words[second - 1] not in EN_ARTICLES and (
            words[second - 2] in EN_ARTICLES and words[second - 3] == "and" and words[second - 5] in EN_POSSESSIVES) and (
            english_single_before(words, second - 4)):
        return True  # "His mother and a younger sister were wounded": one adjective after the article (English pass 45)
    return _articled_pair(words, second, EN_ARTICLES)  # "a woman and a child were killed"


_EN_HEADLINE_HARMS = frozenset({"killed", "wounded", "injured", "hurt"})
_EN_HEADLINE_PAIR_REACH = 8  # "A farmer and his elderly mother killed": the pair's words before the participle


def _headline_pair(words: list[str], index: int) -> bool:
    """A short post drops the pair's "were": "A man and his elderly mother killed in a strike" opens the sentence on
    the two people (an article or possessive first, "and" among them, no verb) and goes on to the bare participle
    (English pass 39); not "Gunmen shot a man and his son" (the pair is an object there)."""
    return words[index] in _EN_HEADLINE_HARMS and 3 <= index <= _EN_HEADLINE_PAIR_REACH and (
        words[0] in EN_ARTICLES or words[0] in EN_POSSESSIVES) and "and" in words[1:index] and (
        EN_AUXILIARIES.isdisjoint(words[:index]))


_EN_COUPLE_ADJECTIVES = frozenset({"elderly", "old", "young", "married", "retired", "libyan", "egyptian", "sudanese",
                                   "tunisian", "newly", "wed", "newlywed"})


def english_couple(words: list[str], index: int) -> bool:
    """"killed an elderly couple", "shot dead a young couple", "An elderly couple were killed": a couple harmed is two
    people (English pass 26). The couple right after the trigger (past "dead", an article or possessive and up to two
    adjectives) or the subject right before "was / were"; not "a couple of hours" (a few)."""
    j = index + 1 + (words[index + 1 : index + 2] == ["dead"])
    if words[j : j + 1] != [] and (words[j] in EN_ARTICLES or words[j] in EN_POSSESSIVES):
        j += 1
    while j < len(words) and words[j] in _EN_COUPLE_ADJECTIVES and j <= index + 5:
        j += 1
    if words[j : j + 1] == ["couple"] and words[j + 1 : j + 2] != ["of"]:
        return True
    k = index - 1 - (index > 1 and words[index - 1] in _EN_ADVERBS)
    return k >= 1 and words[k] in ("were", "was") and words[k - 1] == "couple"


def _english_age_compound(words: list[str], noun: int) -> bool:
    """"her 16-year-old son": the number, "year" and "old" right before the noun (the hyphens are no tokens)."""
    return noun >= 3 and words[noun - 2 : noun] == ["year", "old"] and words[noun - 3].isdigit()


_EN_PAIR_VERBS = frozenset({"were", "suffered", "sustained"})


def _pair_verb(words: list[str], index: int) -> int | None:
    """Where the plural verb of the trigger at ``index`` is: "were [badly] wounded", "suffered burns" (the trigger
    may be "suffered" itself), "were treated for shrapnel wounds" (up to two words after "for")."""
    if words[index] in ("suffered", "sustained", "died"):
        return index  # "a man and his son died" (English pass 37: "died" is the plural verb too)
    k = index - 1 - (index > 1 and words[index - 1] in _EN_ADVERBS)
    if k >= 0 and words[k] in _EN_PAIR_VERBS:
        return k
    for j in range(index - 1, max(1, index - 3), -1):
        if words[j] == "for" and words[j - 2 : j] == ["were", "treated"]:
            return j - 2
    return None


def _plural_kin(word: str) -> bool:
    """People in the plural: "sons", "children", "grandsons" (a singular victim or kin noun and "s")."""
    return plural_person(word) or word in _EN_IRREGULAR_KIN or (word.endswith("s") and english_single_before([word[:-1]], 0))


_EN_IRREGULAR_KIN = frozenset({"children", "grandchildren"})
_EN_DECADES = frozenset({"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"})


def _before_decade(words: list[str], k: int) -> int:
    """"a man in his seventies": the victim noun's index before an age told by its decade ending at ``k``, else ``k``."""
    if k >= 3 and words[k] in _EN_DECADES and words[k - 1] in EN_POSSESSIVES and words[k - 2] == "in":
        return k - 3
    return k


def english_pair_told(words: list[str], index: int) -> int:
    """The hurt told one and kin by kin as the subject of a plural verb: "a grandmother and two of her grandsons were
    wounded" = 3, "a woman and her daughter suffered burns", "a farmer and his nephew were treated for wounds" = 2
    (English pass 21); 0 when the words before the verb are no such pair."""
    verb = _pair_verb(words, index)
    if verb is None or verb < 4:
        return 0
    last = verb - 1
    if words[last - 1] in EN_POSSESSIVES and words[last - 2] == "of" and _plural_kin(words[last]) and (
            (parsed := parse_number(words, last - 3)) is not None and parsed[1] == 1 and last >= 5
            and words[last - 4] == "and" and english_single_before(words, _before_decade(words, last - 5))):
        return 1 + parsed[0]  # "a grandmother and two of her grandsons"
    named = _named_kin_end(words, last)
    if named is not None:
        last = named  # "and his nephew Salem, 16": the kin noun before the name and the age
    if not english_single_before(words, last):
        return 0
    reach = 1 + (_EN_LIST_ADJECTIVES if _english_age_compound(words, last) else 2)
    for j in range(last - 1, max(0, last - 1 - reach), -1):  # past up to two adjectives ("her teenage son") or an age
        # compound ("his 10-year-old son suffered injuries": English injured paraphrase pass, as ``english_pair``)
        if words[j] in EN_POSSESSIVES:
            return 2 * (words[j - 1 : j] == ["and"] and (english_single_before(words, _before_decade(words, j - 2)) or (
                named is not None and _age_after_name(words, j - 2))))
    return 0


_EN_OLDEST_AGE = 110


def _age_of(words: list[str], k: int) -> bool:
    """An age at ``k``: a one-word number under 110 after a word that is no number ("Salem, 16")."""
    parsed = parse_number(words, k) if 0 < k < len(words) else None
    return parsed is not None and parsed[1] == 1 and 0 < parsed[0] < _EN_OLDEST_AGE and parse_number(words, k - 1) is None


def _named_kin_end(words: list[str], last: int) -> int | None:
    """"and his nephew Salem, 16, were wounded": a kin noun, the kin's name (one word) and an age right before the
    verb; the kin noun's index (English pass 22), else None."""
    if not _age_of(words, last):
        return None
    k = last - 1
    if k >= 1 and not english_single_before(words, k) and english_single_before(words, k - 1):
        return k - 1
    return None


def _age_after_name(words: list[str], k: int) -> bool:
    """"Ali Mabrouk, 34, and his nephew ...": the first of the pair told by a name and an age (the age at ``k``)."""
    return _age_of(words, k) and words[k - 1].isalpha() and words[k - 1] not in EN_KIN


EN_MORE = frozenset({"other", "more", "further", "additional"})  # "two more", "three other" (also incident_time_en, incident_finders_en)
_EN_OF_OWNERS = {"the", "his", "her", "their", "its", "our"}  # "two of our volunteers": a body's post (pass 36)
_EN_GROUPS = {"group", "them", "victims", "family", "crew", "passengers"}
# adjectives between a number and its people ("two teenage sons", "three young men"): age and state, never a force
_EN_PEOPLE_ADJECTIVES = {"teenage", "young", "little", "small", "elderly", "old", "unarmed", "innocent", "adult",
                         # "Eleven Libyan medical students", "four foreign workers" (English pass 9)
                         "medical", "university", "school", "foreign", "local", "female", "male", "migrant",
                         # "three captured fighters ... being shot dead": a state, the captives' (English pass 12)
                         "captured", "detained", "bound", "blindfolded", "fuel",  # "four fuel smugglers"
                         # a trade's noun before its people ("three truck drivers", "two aid workers"; English pass 14)
                         "truck", "lorry", "taxi", "bus", "aid", "construction", "farm",
                         "shop", "store", "water", "power",  # "a shop owner", "a water technician" (English pass 25)
                         # police named by their rank word ("two police officers were killed": English pass 33); a
                         # fighters-only toll keeps its number too (labelling guide)
                         "police", "traffic"}


# nationalities of Libya's southern neighbours and migrants that are no country cue (a cue would weigh a border
# clash's Chadian rebels for Chad in the in-Libya decision): here they only qualify people ("Nine Chadian soldiers")
_EN_MORE_NATIONALITIES = frozenset({"chadian", "nigerien", "nigerian", "malian", "eritrean", "ethiopian", "somali",
                                    "bangladeshi", "ghanaian", "gambian", "senegalese", "guinean", "ivorian"})


def english_nationality(word: str) -> bool:
    """"Egyptian", "Sudanese": a nationality adjective between a number and its people ("two Egyptian workers")."""
    return word.isascii() and (word.lower() in _EN_MORE_NATIONALITIES or adjective_country(word) is not None)


# a status between a nationality and its people ("three Sudanese refugee women", "nine Somali asylum seekers"; English
# pass 29): who they are, never a force
_EN_STATUS_QUALIFIERS = frozenset({"refugee", "asylum", "displaced"})


def _english_more_qualifiers(words: list[str], k: int) -> int:
    """Past a second nationality joined by "and" / "or" ("seven Sudanese and Eritrean migrants") and a status word
    ("Sudanese refugee women") after the first qualifiers of a number's people (English pass 29)."""
    if k + 1 < len(words) and words[k] in ("and", "or") and english_nationality(words[k - 1]) and (
            english_nationality(words[k + 1])):
        k += 2
    if k < len(words) and words[k] in _EN_STATUS_QUALIFIERS:
        k += 1
    return k


def english_people_after(words: list[str], end: int) -> int | None:
    """English people after a number, past "other" / "more" ("five other members", "three more people") or as a
    part ("two of his companions", "three of the group", "four of them"): the index of the people noun."""
    k = end
    if k < len(words) and words[k] in EN_MORE:
        k += 1
    if k < len(words) and (words[k] in _EN_PEOPLE_ADJECTIVES or english_nationality(words[k])):
        k += 1
        if k < len(words) and (english_nationality(words[k]) or words[k] in _EN_PEOPLE_ADJECTIVES):
            k += 1  # "two young Sudanese men", "eleven Libyan medical students"
        k = _english_more_qualifiers(words, k)
        if words[k - 1 : k + 1] == ["asylum", "seekers"]:
            return k  # "nine Somali asylum seekers" (English pass 29)
    elif k < len(words) and words[k] == "of":
        k += 1 + (k + 1 < len(words) and words[k + 1] in _EN_OF_OWNERS)
        if k < len(words) and words[k] in _EN_GROUPS:
            return k
    if k == end and (named := _past_body_name(words, end)) is not None:
        return named  # "4 Red Crescent volunteers", "3 Civil Defence workers" (English pass 39)
    if k == end or k >= len(words):
        return None
    return k if plural_person(words[k]) else _past_body_name(words, k)  # "5 Libyan Red Crescent volunteers"


# "five Libyan Red Crescent volunteers were killed": the body the people serve, named between the number and them
_EN_BODY_NAME_REACH = 3
_EN_BODY_NAME_STOPS = frozenset({"and", "or", "of", "in", "on", "at", "by", "from", "to", "for", "with", "were", "was",
                                 "are", "is", "who", "had", "have", "has", "than", "more", "other", "others", "people"})


def _past_body_name(words: list[str], end: int) -> int | None:
    """The people noun past up to three name words after a number ("4 Palestine Red Crescent paramedics", "3 Civil
    Defence workers"): words that are no function word, no participle ("-ed", "-ing": not "Red"), no number, no article, and no
    people themselves, no unit word (in "three 444 Brigade fighters" the number names the unit); not a force's men
    ("three LNA soldiers": the force's own tolls are read by the fighters' rules); the index of the plural people
    noun, or None."""
    for k in range(end + 1, min(len(words), end + 1 + _EN_BODY_NAME_REACH)):
        word = words[k - 1]
        if not word.isalpha() or word in _EN_BODY_NAME_STOPS or word in EN_ARTICLES or word in _EN_UNIT_WORDS or (len(word) > 4 and word.endswith(("ed", "ing"))) or (
                plural_person(word)) or word in SINGULAR_VICTIMS:
            return None
        if plural_person(words[k]):
            # "three border guards", "two prison guards": the men of a service named by its common noun (English pass
            # 46), not a unit's name ("three LNA soldiers": the fighters' rules)
            own = words[k] in _EN_OWN_MEN and not all(w in _EN_SERVICE_WORDS for w in words[end:k])
            return None if own else k
    return None


_EN_SERVICE_WORDS = frozenset({"border", "prison", "security", "coast", "customs", "traffic", "police"})


def english_skip_of(words: list[str], k: int) -> int:
    """Past "of their family" / "of one family", "by" of "passers-by", and a part named after them ("including three
    children"): what qualifies English people before their verb."""
    if words[k : k + 1] == ["by"]:
        return k + 1
    if words[k : k + 1] == ["aged"]:
        return _past_ages(words, k + 1)  # "two boys aged 11 and 14 drowned": the ages, then their verb
    if k < len(words) and english_age_in_list(words, k):
        return _past_ages(words, k)  # "Two sisters, 9 and 12, injured": the ages with no "aged" (English pass 51)
    if words[k : k + 1] == ["of"] and k + 2 < len(words) and words[k + 1] in _EN_OF_OWNERS | {"one"} and words[k + 2] in (
            "family", "families", "group", "crew", "household"):
        k += 3
    if words[k : k + 1] == ["of"]:
        k = _past_unit_named(words, k)
    if words[k : k + 1] == ["including"] and (part := parse_number(words, k + 1)) is not None:
        people = k + 1 + part[1]
        if people < len(words) and plural_person(words[people]):
            return people + 1
    if words[k : k + 1] == ["including"]:
        return _english_bare_groups_end(words, k + 1) or k
    if words[k : k + 1] == ["from"]:
        return _past_origin(words, k)
    if k < len(words) and words[k] in _EN_CAPTURE_PARTICIPLES:
        return _past_capture(words, k)
    if (told := _past_who_they_were(words, k)) != k:
        return told
    return _past_apposed_list(words, k)


# "five soldiers of the 77 Infantry Regiment killed", "two guards of the Tarik Bin Ziyad Brigade were killed": the unit
# the men belong to is named between them and their verb, ending in a unit word (English pass 39)
_EN_UNIT_WORDS = frozenset({"brigade", "battalion", "regiment", "division", "unit", "corps", "company", "squadron",
                            "force", "forces", "battalions", "brigades", "platoon", "militia"})
_EN_UNIT_REACH = 6  # "of the 77 Infantry Regiment": the article and up to five words of the name


def _past_unit_named(words: list[str], k: int) -> int:
    """Past "of the <name> Brigade" (``k`` at "of"), to the word after the unit word; ``k`` itself when no unit word
    ends the phrase before a stop (a verb, "and", a comma-free clause word)."""
    if words[k + 1 : k + 2] != ["the"]:
        return k
    for j in range(k + 2, min(len(words), k + 2 + _EN_UNIT_REACH)):
        if words[j] in _EN_UNIT_WORDS:
            return j + 1
        if words[j] in _EN_CAPTURE_STOPS or words[j] in ("of", "in", "at", "on", "killed", "wounded", "injured"):
            return k
    return k


# "six fighters captured during fighting south of Sirte on February 24 were executed": how the people came to be held,
# a participle phrase between them and their plural verb (English pass 28)
_EN_CAPTURE_PARTICIPLES = frozenset({"captured", "seized", "taken", "held", "detained", "abducted", "kidnapped",
                                     "arrested", "rounded"})
_EN_CAPTURE_STOPS = frozenset({"said", "says", "told", "and", "who", "which", "that", "was", "is", "had", "have", "has"})
_EN_CAPTURE_REACH = 13  # the participle phrase, up to twelve words, then "were"


def _past_capture(words: list[str], k: int) -> int:
    for j in range(k + 1, min(len(words), k + _EN_CAPTURE_REACH)):
        if words[j] == "were":
            return j
        if words[j] in _EN_CAPTURE_STOPS:
            break
    return k


_EN_ORIGIN_VERBS = frozenset({"died", "drowned", "were", "had", "have", "perished", "suffocated"})


def _past_origin(words: list[str], k: int) -> int:
    """"two men from Eritrea died in captivity", "three fishermen from the village were killed": where the people come
    from, between them and their verb (one word, or an article and one word), is passed (English pass 28)."""
    for end in (k + 2, k + 3):
        if end < len(words) and words[end] in _EN_ORIGIN_VERBS and (end == k + 2 or words[k + 1] == "the"):
            return end
    return k


# "two young men on holiday in Tunisia drowned", "four members of a family who had fled Sirte were killed": a short
# phrase on who the people were (where they were going, whose family) between them and their verb (English pass 59);
# only an intransitive death verb, "were" or a relative clause may end it ("three gunmen on motorbikes shot dead a
# man": "shot" is their own act on someone else, so the phrase is not passed)
_EN_WHO_THEY_WERE = frozenset({"on", "of"})
_EN_WHO_THEY_WERE_ENDS = _EN_DIED_ALONE | {"were", "who"}
_EN_WHO_THEY_WERE_STOPS = frozenset({"and", "or", "said", "says", "told", "was", "is", "had", "has", "have", "that",
                                     "which", "when", "after", "while", "killed", "wounded", "injured", "shot"})
_EN_WHO_THEY_WERE_REACH = 5  # "on holiday in southern Tunisia", "of an Egyptian family": up to five words


def _past_who_they_were(words: list[str], k: int) -> int:
    """Past a short phrase opened by "on" / "of" on who the people were, to their verb, "were" or "who" (``k`` at the
    preposition); ``k`` itself when no such end comes within ``_EN_WHO_THEY_WERE_REACH`` words, or a number, other
    people or a clause word comes first."""
    if words[k : k + 1] == [] or words[k] not in _EN_WHO_THEY_WERE:
        return k
    for j in range(k + 1, min(len(words), k + 2 + _EN_WHO_THEY_WERE_REACH)):
        if words[j] in _EN_WHO_THEY_WERE_ENDS:
            return j if j > k + 1 else k
        if words[j] in _EN_WHO_THEY_WERE_STOPS or parse_number(words, j) is not None or plural_person(words[j]):
            return k
    return k


_EN_APPOSED_REACH = 12  # "a girl of 10 and her 14-year-old brother": the list, up to the plural verb
_EN_APPOSED_STOPS = frozenset({"who", "that", "which", "said", "says", "when", "after", "while", "by", "had", "have",
                               "has", "is", "was"})


def _past_apposed_list(words: list[str], k: int) -> int:
    """"two children, a girl of 10 and her 14-year-old brother, were injured": past a list of the people one by one (an
    article or "his / her" first, "and" inside, no verb) set beside the number's people, to their plural verb "were"
    (English pass 21); ``k`` itself when no such list stands there."""
    if words[k : k + 1] == [] or words[k] not in _EN_PERSON_OPENERS:
        return k
    for j in range(k + 1, min(len(words), k + _EN_APPOSED_REACH)):
        if words[j] == "were":  # to the verb itself, past an adverb ("were badly hurt")
            return j + 1 + (words[j + 1 : j + 2] != [] and words[j + 1] in _EN_ADVERBS) if "and" in words[k + 1 : j] else k
        if words[j] in _EN_APPOSED_STOPS:
            return k
    return k


def _past_ages(words: list[str], k: int) -> int:
    """Past the ages after "aged" ("aged 11 and 14", "aged 6, 9 and 13": the commas are no tokens; a range "aged 9 to
    12", "aged between 9 and 12": English pass 38), to the verb."""
    if words[k : k + 1] == ["between"]:
        k += 1
    j = k
    while j < len(words) and (words[j].isdigit() or (words[j] in ("and", "to") and j > k and words[j + 1 : j + 2] != []
                                                      and words[j + 1].isdigit())):
        j += 1
    return j if j > k else k - 1


def _english_bare_groups_end(words: list[str], k: int) -> int | None:
    """"including women and children": bare plural people named as a part of the counted (no number of their own),
    past which the count's verb follows; where they end, or None."""
    if not (k < len(words) and plural_person(words[k])):
        return None
    k += 1
    if words[k : k + 1] == ["and"] and k + 1 < len(words) and plural_person(words[k + 1]):
        k += 2
    return k


# "21 others are missing", "13 others were rescued": people not killed or hurt (English words)
_EN_NOT_CASUALTIES = {"missing", "unaccounted", "rescued", "survived", "saved", "evacuated", "released", "freed"}


def english_not_casualties(words: list[str], start: int) -> bool:
    """"21 others are missing", "13 others were rescued": people after a number who were saved or are missing; not
    "the bodies of six migrants and rescued 11" (the rescue verb after "and" has its own object)."""
    start = english_skip_of(words, start)
    if words[start : start + 1] == ["and"] and words[start + 1 : start + 2] and words[start + 1] in _EN_NOT_CASUALTIES:
        return False
    return bool(_EN_NOT_CASUALTIES.intersection(words[start : start + 3]))


# "four civilians suffered shrapnel wounds", "were treated for injuries": the people's wounds, told by a verb of theirs
EN_SUFFERED = frozenset({"suffered", "sustained"})
# the plural auxiliaries of a passive or a perfect whose subject is a number of people ("were killed", "have died")
_EN_PLURAL_AUXILIARIES = frozenset({"were", "have", "had"})


_EN_SUBJECT_OPENERS = frozenset(EN_HEDGES | {"a", "an", "the", "at", "more", "family", "of"})
_EN_SUBJECT_REACH = 15
# a verb of the people themselves before any casualty verb: they are the speakers or the actors, not the victims
_EN_SUBJECT_VERBS = frozenset({"said", "say", "says", "told", "tell", "tells", "described", "reported", "added",
                               "saw", "witnessed", "found", "fled"})


def english_sentence_subject(words: list[str], index: int) -> bool:
    """The number opens the sentence ("Four children ...", "At least six people ...", "A family of five ..."): its
    people are the subject of the sentence's first verb (English)."""
    return all(w in _EN_SUBJECT_OPENERS for w in words[:index])


# "three people were confirmed dead", "two men were found dead": a state said of the subject (English pass 24)
EN_FOUND_DEAD = frozenset({"found", "confirmed", "reported", "declared", "pronounced"})


def english_subject_trigger(words: list[str], start: int, trigger_at: dict[int, str]) -> str | None:
    """"Four children, three brothers aged 5, 8 and 11 and their cousin, were killed": the subject's verb after a
    description of the people (the commas are gone from the words) is the first trigger after a plural auxiliary, or
    "died" itself; a killing or an injury only."""
    for k in range(start, min(len(words), start + _EN_SUBJECT_REACH)):
        if words[k] in _EN_SUBJECT_VERBS:
            return None  # "Two Eritrean men said a Sudanese detainee died": the people did something else
        if trigger_at.get(k) in ("killing", "injury") and (
                words[k - 1] in _EN_PLURAL_AUXILIARIES or words[k] == "died" or words[k - 2 : k] == ["were", "also"]):
            return trigger_at[k]
    return None


def among_the_whole(words: list[str], index: int) -> bool:
    """"two children were among five people wounded": after "were / was among" the number is the whole toll (English),
    not a part of the people before it."""
    return words[index - 1] == "among" and index > 1 and (
        words[index - 2] in ("were", "was", "are", "is") or _counted_part_before(words, index - 1))


_EN_PART_NOUN_REACH = 2  # "Three girls among five killed", "Five university students among seven dead"


_EN_HEADLINE_PART_REACH = 3  # "UNHCR: pregnant woman among five hurt": the victim among the headline's first words


def _counted_part_before(words: list[str], among: int) -> bool:
    """"Three girls among five killed" (a headline with no verb): a number and its people right before "among" are a
    part of the toll after it, which is the whole (English pass 68); so is one singular victim opening the headline
    ("Teenager among six hurt", "UNHCR: pregnant woman among five hurt": English injured paraphrase pass)."""
    if among <= _EN_HEADLINE_PART_REACH and english_single_before(words, among - 1):
        return True
    for j in range(max(0, among - 1 - _EN_PART_NOUN_REACH), among - 1):
        if (part := parse_number(words, j)) is not None and j + part[1] < among and not any(
                starts_number(w) for w in words[j + part[1] : among]):
            return True
    return False


def english_part_before_whole(words: list[str], end: int) -> bool:
    """The part of "Three girls among five killed": the number ending at ``end`` and its people stand right before
    "among" and a number, the toll they are counted in (that one is the count; English pass 68)."""
    for k in range(end + 1, min(len(words), end + 1 + _EN_PART_NOUN_REACH)):
        if starts_number(words[k - 1]):
            return False
        if words[k] == "among":
            return parse_number(words, k + 1) is not None
    return False


_APPOSITION_REACH = 9  # "Eleven migrants, among them four women and a child, drowned" (English pass 12)


def apposition_reach(words: list[str], start: int, trigger_at: dict[int, str]) -> int:
    """How far the verb of a counted subject may be: further past an English list of those among them ("Eleven
    migrants, among them four women and a child, drowned"), when no trigger came before the subject (not "killed
    at least 30 civilians, among them women, in an attack": the list closes the object) (English pass 12); as far past
    a share told by "N of them / of whom + people" ("Three migrants, one of them a woman, were found dead": English
    pass 41)."""
    if start < len(words) and words[start] in EN_AMONG and not any(k < start for k in trigger_at):
        return _APPOSITION_REACH + _ages_in(words, start, trigger_at)
    if start < len(words) and (share := parse_number(words, start)) is not None and words[
            start + share[1] : start + share[1] + 2] in (["of", "them"], ["of", "whom"]) and not any(
            k < start for k in trigger_at):
        return _APPOSITION_REACH + _ages_in(words, start, trigger_at)  # "Three migrants, one of them a woman, were found dead" (41)
    if words[start : start + 2] == ["their", "hands"] and words[start + 2 : start + 3] and words[start + 2] in _EN_BOUND:
        return 7 + _BOUND_PHRASE_REACH  # "six captured fighters, their hands tied behind their backs, being shot dead"
    return 7


# English pass 64 (tune135en): the captives' state told between them and their verb ("at least six captured fighters,
# their hands tied behind their backs, being shot dead"): the absolute phrase is no subject of its own, the verb
# after it is the captives' (up to "behind their backs", three words more than the plain reach)
_EN_BOUND = frozenset({"tied", "bound", "cuffed", "handcuffed", "zip-tied"})
_BOUND_PHRASE_REACH = 3


_LIST_AUX_REACH = 14  # "among them a man and a 12-year-old boy, were killed": the list's auxiliary within 14 words
# the past death verbs that close a list of those among them with no auxiliary ("..., a three-year-old boy, drowned")
_EN_BARE_DEATH_VERBS = frozenset({"drowned", "died", "perished"})


def _ages_in(words: list[str], start: int, trigger_at: dict[int, str]) -> int:
    """How much further than the plain reach a list of those among them runs ("among them a man and a 10-year-old
    girl, were killed": a list of two with an age is longer than nine words): up to the plural auxiliary that ends it,
    its verb and "also" after (not one inside a relative clause, "who were"); 0 when there is none (English
    pass 44). A bare death verb ends the list as the auxiliary does ("among them a woman and a three-year-old boy,
    drowned": English pass 68)."""
    for k in range(start + 1, min(len(words), start + _LIST_AUX_REACH)):
        if words[k - 1] in ("who", "that", "which"):
            continue
        if words[k] in ("were", "have"):
            return max(0, k - start + 3 - _APPOSITION_REACH)
        if k in trigger_at and words[k] in _EN_BARE_DEATH_VERBS:
            return max(0, k - start + 1 - _APPOSITION_REACH)
    return 0


_EN_SINGULAR_AUX = frozenset({"was", "is", "has"})
_EN_SINGULAR_REACH = 7  # "five relatives in the 2023 Derna flood was shot dead": the auxiliary within seven words


def english_singular_verb(words: list[str], index: int, people_end: int) -> bool:
    """"A man who lost five relatives in the flood was shot dead": plural people counted at ``index`` whose next
    auxiliary is singular ("was", "is", "has") are not its subject (the man is; English pass 28); "a family of five
    was killed", "a group of five migrants was attacked" count the people a singular noun names ("of" before)."""
    if index > 0 and words[index - 1] == "of":
        return False
    for k in range(people_end, min(len(words), people_end + _EN_SINGULAR_REACH)):
        if words[k] in _EN_SINGULAR_STOPS and k > people_end:
            return False  # "4 paramedics killed when their ambulance was hit": "was" is the next clause's (pass 39)
        if words[k] in EN_AUXILIARIES:
            return words[k] in _EN_SINGULAR_AUX
    return False


_EN_SINGULAR_STOPS = frozenset({"when", "after", "while", "because", "as", "before"})  # a clause of its own opens


# English pass 18 (tune41en): units a number picks out, and a force's own losses

# a force's units and vehicles: "attacked one of its patrols", "two of their checkpoints" count no people
_EN_UNITS = frozenset({"patrols", "checkpoints", "positions", "posts", "convoys", "vehicles", "bases", "boats", "trucks",
                       "camps", "units", "outposts", "barracks", "tanks", "drones", "aircraft", "planes", "ships"})


def english_units_of(words: list[str], end: int) -> bool:
    """"the rebels had attacked one of its patrols": the number ending before ``end`` is followed by "of" and a force's
    units or vehicles, no people (English pass 18)."""
    k = end
    if words[k : k + 1] != ["of"]:
        return False
    k += 1 + (k + 1 < len(words) and words[k + 1] in _EN_OF_OWNERS)
    return k < len(words) and words[k] in _EN_UNITS


_EN_LOSING = frozenset({"losing", "lost", "loses", "lose"})
_EN_OWN_MEN = frozenset({"soldiers", "men", "fighters", "troops", "members", "officers", "policemen", "guards"})


def english_own_losses(words: list[str]) -> tuple[int, int] | None:
    """"killed seven rebels ..., losing two of its own soldiers", "the army lost three soldiers": a force that loses its
    men has them killed (a toll told from its side; the guide adds two numbers of one event). The number right after
    the verb, then "of its / their own" or nothing, then its men: (how many, where the number is); None when the
    sentence has none (English pass 18)."""
    if _EN_LOSING.isdisjoint(words):
        return None
    for k, word in enumerate(words[:-2]):
        if word not in _EN_LOSING or (parsed := parse_number(words, k + 1)) is None:
            continue
        j = k + 1 + parsed[1]
        if words[j : j + 3] in (["of", "its", "own"], ["of", "their", "own"]):
            j += 3
        elif words[j : j + 2] in (["of", "its"], ["of", "their"]):
            j += 2
        if j < len(words) and words[j] in _EN_OWN_MEN:
            return parsed[0], k + 1
    return None


# English killed pass (all tune files): "four of its soldiers were killed ... It said eight militants were killed" (12),
# "killed 23 rebels ... Four soldiers were killed" (27): a clash's dead told side by side, one sentence each; the guide
# adds two numbers of one event («71 مسلحا و7 عسكريين» -> 78), as ``english_own_losses`` does inside one sentence
_EN_ARMY_MEN = frozenset({"soldiers", "troops", "servicemen"})
# fighters named by what they are; not "attackers", "assailants" or "gunmen" (named by the attack: the tune labels split
# on adding those killed in their attack on an army post, 4 items to 3, and the guide keeps an attacker no victim)
_EN_ENEMY_MEN = frozenset({"militants", "rebels", "insurgents", "jihadists", "extremists"})
_EN_ENEMY_ADJECTIVES = frozenset({"rebel", "militant", "insurgent", "jihadist"})  # "11 Chadian rebel fighters"
_EN_SIDE_DEATHS = frozenset({"killed", "dead", "died"})
_EN_SIDE_KILLING = frozenset({"killed", "killing", "kills", "kill"})
_EN_SIDE_OF = frozenset({"the", "its", "their", "his"})
_EN_SIDE_REACH = 3  # "were also killed", "were killed": the noun to the death word


def english_side_dead(words: list[str]) -> tuple[str, int] | None:
    """The side ("army" or "enemy") and number of fighters a sentence tells killed: a number, "of the / its" at most
    and two words more ("Chadian rebel"), then soldiers or troops (the army) or militants, rebels, "rebel fighters"
    (the enemy; "23 of them" after the rebels), killed as the object ("killed 23 rebels") or by a passive after them
    ("eight militants were killed"); None when it tells none, or names a year (an earlier event told as background:
    "an assault on a checkpoint in 2022 that killed four soldiers")."""
    if _EN_SIDE_DEATHS.isdisjoint(words) and _EN_SIDE_KILLING.isdisjoint(words) or any(map(is_calendar_year, words)):
        return None  # a cheap test first: most sentences have no death word
    for k in range(len(words)):
        if (parsed := parse_number(words, k)) is None or (k and words[k - 1] in ("aged", "than")):
            continue
        j = k + parsed[1]
        if words[j : j + 2] == ["of", "them"] and not _EN_ENEMY_MEN.isdisjoint(words[:k]):
            noun = j + 1  # "an incursion by rebels ..., killing 23 of them": the rebels named before
        else:
            if words[j : j + 1] == ["of"] and words[j + 1 : j + 2] != [] and words[j + 1] in _EN_SIDE_OF:
                j += 2
            for noun in range(j, min(len(words), j + 3)):
                if words[noun] in _EN_ARMY_MEN or words[noun] in _EN_ENEMY_MEN or (
                        words[noun] == "fighters" and words[noun - 1] in _EN_ENEMY_ADJECTIVES):
                    break
            else:
                continue
        after = words[noun + 1 : noun + 3]
        if after[:1] == ["killed"] and len(after) > 1 and (after[1] in ("a", "an", "the") or parse_number(
                words, noun + 2) is not None):
            continue  # "three gunmen killed two civilians": the killers, not the dead
        object_of_killing = k > 0 and words[k - 1] in _EN_SIDE_KILLING
        if object_of_killing or not _EN_SIDE_DEATHS.isdisjoint(words[noun + 1 : noun + 1 + _EN_SIDE_REACH]):
            return ("army" if words[noun] in _EN_ARMY_MEN else "enemy"), parsed[0]
    return None


EN_DEATH_VERBS = frozenset({"died", "dead", "killed", "drowned"})
_EN_MISSING_AFTER_OR = frozenset({"missing", "gone", "went", "disappeared", "unaccounted"})
_EN_DEAD_OR_MISSING_REACH = 5  # "720 people had died or gone missing": people, an auxiliary, then the verb


def english_dead_or_missing(words: list[str], end: int) -> bool:
    """"720 people had died or gone missing in the central Mediterranean", "61 migrants dead or missing": a figure of
    the dead and the missing together is no count of the dead (IOM and UNHCR tallies; English pass 18). The death word
    within five words after the number (``end``: where it ends), then "or" and a word of the missing."""
    for k in range(end, min(len(words) - 2, end + _EN_DEAD_OR_MISSING_REACH)):
        if words[k] in EN_DEATH_VERBS:
            return words[k + 1] == "or" and words[k + 2] in _EN_MISSING_AFTER_OR
    return False


def english_dead_or_missing_figure(words: list[str]) -> bool:
    """A sentence that gives a figure of the dead and the missing together ("IOM said 210 people had died or gone
    missing on the route since January"): a tally, no event's toll (English pass 18)."""
    if "or" not in words:
        return False
    for k in range(1, len(words) - 1):
        if words[k] == "or" and words[k - 1] in EN_DEATH_VERBS and words[k + 1] in _EN_MISSING_AFTER_OR:
            return any(parse_number(words, j) is not None for j in range(max(0, k - 2 - _EN_DEAD_OR_MISSING_REACH), k - 1))
    return False


_EN_TOLL_PUT = frozenset({"put", "puts", "putting", "placed", "places", "set", "sets"})
_EN_TOLL_PUT_REACH = 4  # "the hospital later put the death toll at eight": the verb up to three words before "toll"


def english_toll_put_at(words: list[str]) -> int | None:
    """"but the hospital later put the toll at eight", "Medics put the death toll at 12": a source's own tally of the
    dead, told after another's (the settled answers keep the larger of two tallies for one event; English pass 26)."""
    for k, word in enumerate(words):
        # "while the IOM put the number at 13": a second source's number of the same dead (English pass 37)
        if word in ("toll", "number") and words[k + 1 : k + 2] == ["at"] and not _EN_TOLL_PUT.isdisjoint(
                words[max(0, k - _EN_TOLL_PUT_REACH) : k]) and (number := parse_number(words, k + 2)) is not None:
            return number[0]
    return None


_EN_LISTED_AFTER_MAX = 6  # "a man, his wife, their three sons and his mother": at most six entries read


_EN_OWN_CLAUSE_VERBS = (["were"], ["are"], ["was"], ["is"], ["remain"], ["remained"], ["had"], ["have"])


def _age_after(words: list[str], k: int) -> bool:
    """"7-year-old", "70-year-old" (the hyphens are no tokens): the number before ``k`` is an age."""
    return words[k : k + 1] in (["year"], ["years"]) and words[k + 1 : k + 2] == ["old"]


def english_listed_after(words: list[str], noun: int) -> int:
    """"killed a Libyan man, his wife and their infant son", "shot dead a farmer, his wife and their two daughters":
    the active verb's object (a singular victim at ``noun``) followed by more victims, each after "a / an / the /
    his / her / their" and up to three adjectives (the commas are no tokens), the last after "and": how many (a
    number's people count their number); 0 when fewer than three or no "and" closes the list (English pass 31, the
    active twin of ``english_listed_singles``)."""
    listed, k = 1, noun + 1
    for _ in range(_EN_LISTED_AFTER_MAX):
        closing = words[k : k + 1] == ["and"]
        k += closing
        # the last part may be a bare number's people: "a man, his wife and three children" (English pass 52)
        bare = closing and k < len(words) and (number := parse_number(words, k)) is not None and not _age_after(
            words, k + number[1])
        if k >= len(words) or not (words[k] in EN_ARTICLES or words[k] in EN_POSSESSIVES or bare):
            return 0
        j = k if bare else k + 1
        number = number if bare else (parse_number(words, j) if j < len(words) else None)
        if number is not None and _age_after(words, j + number[1]):
            number, j = None, j + number[1] + 2  # "their 7-year-old son": an age, no number of people (pass 52)
        elif number is not None:
            j += number[1]
        end = next((i for i in range(j, min(len(words), j + 1 + _EN_LIST_ADJECTIVES))
                    if (_plural_kin(words[i]) if number is not None else english_single_before(words, i))), None)
        if end is None:
            return 0
        if bare and (words[end] == "others" or words[end + 1 : end + 2] in _EN_OWN_CLAUSE_VERBS):
            return 0  # "killing a passenger, and four others are in critical condition": a clause of their own
        listed += number[0] if number is not None else 1
        k = end + 1
        if closing:
            return listed if listed >= 3 else 0
    return 0


_EN_CASUALTY_SHARE = frozenset({"whom", "them"})  # "one of whom died", "two of them fatal"
EN_SHARE_DIED = frozenset({"died", "fatal", "fatally", "killed", "dead"})  # "of them fatal", "of whom were killed"
_EN_SHARE_REACH = 6  # "casualties on Monday, one of whom later died": the share within six words after
# "leaving five casualties, including two killed": the share named by "including" right before its death word, as
# "two of them fatal" (English pass 63; not "including two children": who they were, no share that died)
_EN_INCLUDED_DEAD = (["killed"], ["dead"])


def english_casualties_split(words: list[str]) -> tuple[int, int] | None:
    """"caused five casualties, one of whom died", "seven casualties, two of them fatal": casualties are the dead and
    the hurt together (thirteenth-session answer), so the share that died are the killed and the rest the injured:
    (killed, injured). None when the sentence tells no number of casualties or no share that died (English pass
    36)."""
    if "casualties" not in words:
        return None
    k = words.index("casualties")
    total = parse_number(words, k - 2) if k >= 2 else None
    if total is None or total[1] != 2:  # "twenty five casualties" read whole, else the one word before
        total = parse_number(words, k - 1) if k >= 1 and words[k - 1].isascii() else None
        if total is None or total[1] != 1:
            return None
    for j in range(k + 1, min(len(words) - 2, k + _EN_SHARE_REACH)):
        if words[j] == "including" and (share := parse_number(words, j + 1)) is not None and (
                share[0] < total[0] and words[j + 1 + share[1] : j + 2 + share[1]] in _EN_INCLUDED_DEAD):
            return share[0], total[0] - share[0]  # "five casualties, including two killed" (English pass 63)
        if words[j + 1] != "of" or words[j + 2] not in _EN_CASUALTY_SHARE:
            continue
        share = parse_number(words, j)
        tail = words[j + 3 : j + 6]
        if share is not None and share[0] < total[0] and EN_SHARE_DIED & set(tail):
            return share[0], total[0] - share[0]
    return None


_EN_ONE_DIED_REACH = 24  # "A 15-year-old girl wounded by celebratory gunfire at a wedding in <town> last month died"
_EN_ONE_DIED_STOPS = frozenset({"and", "were", "are", "who", "while", "but", "said", "says", "told"})


def english_wounded_one_died(words: list[str]) -> bool:
    """"A nine-year-old boy wounded by a stray bullet last week died on Monday": one person, told by an article
    and wounded in a clause of its own, is the subject of a later "died": one killed, whose wound is his own, no one
    else hurt (as «توفي شاب متأثرا بجروحه»). Not "a man wounded ... is recovering" (no death), nor "a man wounded
    ... and two others died" (the dead are others) (English pass 36)."""
    if "died" not in words and "dies" not in words:
        return False
    if words[:1] != [] and words[0] in EN_HURT_PARTICIPLES and words[1:2] != [] and words[1] in SINGULAR_VICTIMS:
        return words[2:3] in (["dies"], ["died"])  # a headline's "Wounded man dies", "Injured boy died"
    if not (words[:1] in (["a"], ["an"]) or (words[:1] != [] and words[0] in SINGULAR_VICTIMS)):
        return False  # "A boy wounded ... died", or a headline's "Child wounded by stray bullet in <town> dies"
    wound = next((k for k in range(1, min(len(words), 8)) if words[k] in EN_HURT_PARTICIPLES), None)
    if wound is None or "and" in words[1:wound]:
        return False  # "a man and his son wounded ...": two people
    died = words.index("died" if "died" in words else "dies")
    return wound < died <= _EN_ONE_DIED_REACH and _EN_ONE_DIED_STOPS.isdisjoint(words[wound + 1 : died])


# English pass 53 (tune113en): "A woman who was among five people wounded by gunfire ... last week died of her
# injuries", "A girl who was one of three children injured when a shell hit ... died of her wounds": the one who died
# is a share of the wounded counted in her own relative clause ("three wounded, one later died" = killed 1, injured 2)
_EN_WHO_REACH = 8  # "A nine-year-old girl who": the relative pronoun near the sentence's opening article
_EN_GROUP_NOUN_REACH = 3  # "five people wounded", "three young children injured": the number to its participle
_EN_GROUP_DIED_REACH = 30  # the death told after the wound's place and time


def _english_one_of_n_hurt_died(words: list[str]) -> int | None:
    """"Gunmen fire on cafe; one of three wounded dies", "One of the four injured migrants died on Monday": "one of
    (the) N" + a hurt participle within three words, "died / dies" right after the group (English pass 56, as the guide's
    "three wounded, one later died"): N, else None."""
    for k in range(len(words) - 4):
        if words[k] != "one" or words[k + 1] != "of":
            continue
        at = k + 2 + (words[k + 2] == "the")
        total = parse_number(words, at)
        if total is None or total[0] < 2:
            continue
        rest = at + total[1]
        wound = next((j for j in range(rest, min(len(words), rest + _EN_GROUP_NOUN_REACH + 1))
                      if words[j] in EN_HURT_PARTICIPLES), None)
        if wound is not None and any(w in ("died", "dies") for w in words[wound + 1 : wound + 3]) and (
                "and" not in words[wound + 1 : wound + 3]):
            return total[0]  # "one of three wounded dies", "one of the four injured migrants died"
        if wound is not None and k == 0 and _english_group_died_at(words, wound) is not None:
            return total[0]  # "One of three men wounded in a shooting at <place> on Monday died" (English passes 63 and 64)
    return _english_of_n_hurt_one_died(words)


# A clause of its own between the wound and "died" (English pass 64 adds the subordinators: "after", "before", "as", "which")
_EN_GROUP_DIED_STOPS = _EN_ONE_DIED_STOPS | {"after", "before", "as", "which"}


def _english_group_died_at(words: list[str], wound: int) -> int | None:
    """Where "died" ends the clause of a group's hurt participle opening the sentence ("One of three men wounded in a
    shooting at a market in <town> on Thursday died of his wounds"): the death within the group's reach, with no stop
    word (and, were, who, said, after ...) between, so the one who died is the subject "one of N" (English passes 63 and
    64, also past the wound's when-clause: "One of three men wounded when gunmen opened fire on a cafe ... died"; not "One
    of four men wounded in the raid said two others died"). Only the past "died" of a body sentence: a headline's "One
    of three wounded in <town> shooting dies" is told again by its body ("One of them died"), which counts the death."""
    died = next((j for j in range(wound + 1, min(len(words), wound + _EN_GROUP_DIED_REACH))
                 if words[j] == "died"), None)
    if died is None or not _EN_GROUP_DIED_STOPS.isdisjoint(words[wound + 1 : died]):
        return None
    return died


_EN_ONE_DIED_LINKS = frozenset({"has", "had", "later", "since", "now", "then"})  # "one has since died"
_EN_OF_GROUP_REACH = 20  # "of the 4 fishermen shot at by a patrol boat off Zuwara on Thursday, one": the group's clause


def _english_of_n_hurt_one_died(words: list[str]) -> int | None:
    """"Of the 4 fishermen shot by a patrol boat on Thursday, one has died of his wounds", "of the three guards
    wounded in the raid, one later died": the group told first by "of the N" with a hurt participle within three words,
    then "one" and "died / dies" past only "has / had / later / since": N, as ``_english_one_of_n_hurt_died`` reads
    "one of the N wounded died" (English pass 61; the guide's "three wounded, one later died")."""
    for k in range(len(words) - 3):
        if words[k] != "of" or words[k + 1] != "the" or (total := parse_number(words, k + 2)) is None or total[0] < 2:
            continue
        rest = k + 2 + total[1]
        wound = next((j for j in range(rest, min(len(words), rest + _EN_GROUP_NOUN_REACH + 1))
                      if words[j] in EN_HURT_PARTICIPLES), None)
        if wound is None:
            continue
        for one in range(wound + 1, min(len(words) - 1, k + _EN_OF_GROUP_REACH)):
            if words[one] != "one":
                continue
            died = one + 1
            while died < len(words) and words[died] in _EN_ONE_DIED_LINKS:
                died += 1
            if died < len(words) and words[died] in ("died", "dies"):
                return total[0]
            break
    return None


def english_one_of_hurt_died(words: list[str]) -> int | None:
    """"A man who was among six civilians injured ... died on Thursday", "A boy who was one of four people wounded
    ... died of his wounds": how many were hurt in all (the dead one among them), None when the sentence is not so
    told (the subject opens on "a / an", its "who was among / one of N" names a group of the hurt, and "died" or
    "dies" follows; not "... is recovering", not "... and two others died")."""
    if "died" not in words and "dies" not in words:
        return None  # a cheap test first
    if "who" not in words or words[:1] not in (["a"], ["an"]):
        return _english_one_of_n_hurt_died(words)
    who = words.index("who")
    if who > _EN_WHO_REACH or words[who + 1 : who + 2] != ["was"]:
        return None
    if words[who + 2 : who + 3] == ["among"]:
        at = who + 3
    elif words[who + 2 : who + 4] == ["one", "of"]:
        at = who + 4
    else:
        return None
    total = parse_number(words, at)
    if total is None or total[0] < 2:
        return None
    rest = at + total[1]
    wound = next((j for j in range(rest, min(len(words), rest + _EN_GROUP_NOUN_REACH + 1))
                  if words[j] in EN_HURT_PARTICIPLES), None)
    if wound is None:
        return None
    died = next((j for j in range(wound + 1, min(len(words), wound + _EN_GROUP_DIED_REACH))
                 if words[j] in ("died", "dies")), None)
    if died is None or "and" in words[wound + 1 : died]:
        return None
    return total[0]


# English pass 53 (tune113en): a headline's "Woman wounded in <town> clashes dies, four others still treated": the one
# wounded who died is the dead, the others after the death verb are told in care, the hurt (not "dies, four others
# killed")
_EN_OTHERS_IN_CARE = frozenset({"treated", "recovering", "hospital", "hospitalised", "hospitalized", "critical",
                                "wounded", "injured", "hurt"})
_EN_OTHERS_CARE_REACH = 3  # "four others still in hospital": "still", "in", then the care word


def english_died_others_in_care(words: list[str]) -> int | None:
    """"Man wounded in <town> shelling dies, two others recovering": how many others are told in care right after the
    death verb of one wounded person (a hurt participle before it), None when the sentence is not so told."""
    if "others" not in words or ("dies" not in words and "died" not in words):
        return None  # a cheap test first
    for k, word in enumerate(words):
        if word not in ("dies", "died") or EN_HURT_PARTICIPLES.isdisjoint(words[:k]):
            continue
        others = parse_number(words, k + 1)
        if others is None or words[k + 1 + others[1] : k + 2 + others[1]] != ["others"]:
            continue
        after = words[k + 2 + others[1] : k + 2 + others[1] + _EN_OTHERS_CARE_REACH]
        if not _EN_OTHERS_IN_CARE.isdisjoint(after):
            return others[0]
    return None


# English pass 53 (tune113en): a second group hurt told with the verb left out ("Five worshippers were wounded at the
# mosque and two customers at the bakery", "Twelve protesters were treated for tear gas and two for baton wounds"): the
# verb of the first clause is the second's (gapping), so its number is hurt too, added as the guide adds two numbers
# of one event; the second clause has no verb of its own ("and three were arrested" is another act)
_EN_GAP_PREPOSITIONS = frozenset({"at", "in", "near", "outside", "inside", "on", "for", "from", "by"})
_EN_GAP_VERBS = EN_AUXILIARIES | {"died", "killed", "arrested", "detained", "escaped", "fled", "remain", "remained"}
_EN_GAP_UNITS = frozenset({"years", "year", "days", "day", "hours", "hour", "weeks", "months", "minutes", "km",
                           "kilometres", "metres", "miles", "of", "others"})
_EN_GAP_REACH = 10  # from the participle (or "treated") to the "and" of the gapped clause
_EN_GAP_CLAUSE = 6  # the gapped clause's words checked for a verb of its own


# English pass 60 (tune127en): one more victim joined to the hurt by "as well as" ("killed one fighter and wounded
# another, as well as a bystander who was buying bread", "wounded two men as well as a boy"): one more hurt, as "and a
# boy" is; a number's people after it ("as well as two shepherds") are that many more
_EN_ALSO_ONE = frozenset({"bystander", "bystanders", "passer-by", "passerby", "passersby", "passers-by"})
_EN_AS_WELL_AS_REACH = 8  # the hurt participle to "as well as": "wounded another fighter, as well as"
_EN_AS_WELL_AS_NOUN = 3  # "a bystander", "an elderly shepherd", "a young farm worker": the article to the noun


def english_as_well_as_hurt(words: list[str]) -> int:
    """How many more hurt "as well as" adds right after a hurt participle's objects: one person told by an article
    ("a bystander", "an elderly shepherd"), or a number's people ("two shepherds"); 0 when not so told (not "as well
    as the police" or "as well as damaging homes": no victim, nor a participle far before it)."""
    if "well" not in words:
        return 0  # a cheap test first
    for k in range(1, len(words) - 3):
        if words[k - 1 : k + 2] != ["as", "well", "as"]:
            continue
        before = words[max(0, k - 1 - _EN_AS_WELL_AS_REACH) : k - 1]
        hurt = max((j for j, w in enumerate(before) if w in EN_HURT_PARTICIPLES), default=None)
        if hurt is None or not EN_KILLING_WORDS.isdisjoint(before[hurt:]):
            return 0  # "shot dead two men as well as a boy": the dead, not the hurt
        after = k + 2
        if words[after] in ("a", "an"):
            noun = words[after + 1 : after + 1 + _EN_AS_WELL_AS_NOUN]
            return 1 if any(w in SINGULAR_VICTIMS or w in _EN_ALSO_ONE for w in noun) else 0
        parsed = parse_number(words, after)
        if parsed is not None and parsed[0] < 100 and any(
                plural_person(w) for w in words[after + parsed[1] : after + parsed[1] + _EN_AS_WELL_AS_NOUN]):
            return parsed[0]
        return 0
    return 0


def english_gapped_hurt(words: list[str]) -> int:
    """"N people were wounded at A and M <people> at B", "N were treated for X and M for Y": M, the hurt of a second
    group told with the first clause's hurt verb left out; 0 when the sentence is not so told. The first clause's
    place or cause must follow its verb ("wounded at A", "treated for X"): "were wounded, three fighters and two
    civilians, in clashes" lists the parts of the total, no second group."""
    if "and" not in words or "were" not in words:
        return 0  # a cheap test first
    for k, word in enumerate(words[:-1]):
        if word != "were":
            continue
        verb = k + 1 + (words[k + 1] in EN_HURT_ADVERBS)
        if verb >= len(words) or not (words[verb] in EN_HURT_PARTICIPLES or words[verb] == "treated"):
            continue
        if words[verb + 1 : verb + 2] == [] or words[verb + 1] not in _EN_GAP_PREPOSITIONS:
            continue  # "were wounded, three fighters and two civilians, in clashes": the parts of the total told
        end = min(len(words), verb + _EN_GAP_REACH)
        link = next((j for j in range(verb + 1, end) if words[j] == "and"), None)
        if link is None or not EN_AMONG.isdisjoint(words[verb:link]):
            continue
        parsed = parse_number(words, link + 1)
        if parsed is None or parsed[0] > 1000 or not words[link + 1].isalpha():
            continue
        at = link + 1 + parsed[1]
        at += words[at : at + 1] != [] and words[at] not in _EN_GAP_PREPOSITIONS and plural_person(words[at])
        if words[at : at + 1] == [] or words[at] not in _EN_GAP_PREPOSITIONS or words[at - 1] in _EN_GAP_UNITS:
            continue
        clause = words[link + 1 : link + 1 + _EN_GAP_CLAUSE]
        if _EN_GAP_VERBS.isdisjoint(clause) and EN_HURT_PARTICIPLES.isdisjoint(clause[1:]):
            return parsed[0]
    return 0


_EN_THE_HURT = frozenset({"wounded", "injured", "hurt", "casualties"})  # "one of the wounded" (or "two of them")
_EN_DIED_VERBS = frozenset({"died", "succumbed"})
_EN_LATER_WORDS = frozenset({"later", "since", "subsequently", "afterwards", "eventually"})
_EN_DIED_OF_WOUNDS = frozenset({"wounds", "injuries", "burns"})  # "died of his wounds", "succumbed to her injuries"
_EN_APPOSED_ONE = 3  # "a Chadian teenager", "a 17-year-old": the apposition's words after "one of the wounded"
_EN_HURT_DIED_REACH = 4  # "one of them has since died", "two of the wounded later died": the share to the verb


def _share_of_hurt_named(words: list[str], rest: int) -> bool:
    """"one of them", "two of the wounded" right after the share's number (at ``rest``): with no "and" before it (the
    semicolon or comma is no token), the share that names the wounded opens a clause of its own (English pass 46)."""
    return words[rest : rest + 2] in (["of", "them"], ["of", "whom"]) or (  # "..., one of whom later died" (pass 60)
        words[rest : rest + 2] == ["of", "the"] and words[rest + 2 : rest + 3] != [] and words[rest + 2] in _EN_THE_HURT)


def english_hurt_later_died(words: list[str], opening: bool = False) -> tuple[int, int] | None:
    """"Three were wounded ..., and one of them died of his wounds", "... and two of the injured later died", "Four
    were hurt, and one later died", or a sentence of its own after the count ("One of the wounded later died in
    hospital"): the share of the wounded who died afterwards, and where its clause starts. The labelling guide
    (fourteenth session) counts them as killed and no longer as injured ("three wounded, one later died" = killed 1,
    injured 2), as the Arabic rules read «وفاة أحد الجرحى الثلاثة». The share must name the wounded ("of them", "of the
    wounded") or stand alone after "and" with "later"; its death must be told as later or of the wounds (not "one of
    the attackers died", not "one of them is in critical condition"). ``opening``: only a clause that opens the
    sentence (the wounded counted in the one before)."""
    if _EN_DIED_VERBS.isdisjoint(words):
        return None  # a cheap test first: most sentences tell no death this way
    for k in range(1 if opening else len(words)):
        if not (k == 0 or words[k - 1] == "and" or "of" in words[k + 1 : k + 3]) or (
                share := parse_number(words, k)) is None:
            continue  # (a cheap test first: a share opens after "and", or has "of" after its number)
        rest = k + share[1]
        told_later = hurt_named = False
        if not (k == 0 or words[k - 1] == "and") and not _share_of_hurt_named(words, rest):
            continue  # "...; one of them, a boy of 12, died of his injuries": after a semicolon the share names them
        if words[rest : rest + 2] == ["of", "whom"] and EN_HURT_PARTICIPLES.isdisjoint(words[:k]):
            continue  # "Three gunmen, one of whom later died, attacked ...": "whom" names the wounded only after them
        if words[rest : rest + 2] in (["of", "them"], ["of", "whom"]):
            rest += 2
        elif words[rest : rest + 2] == ["of", "the"] and words[rest + 2 : rest + 3] != [] and (
                words[rest + 2] in _EN_THE_HURT):
            rest += 3
            hurt_named = True  # "One of the wounded died in hospital": the wounded dying die after (English pass 49)
        elif k > 0 and not opening:
            told_later = True  # "and one later died": the bare share needs "later"
        else:
            continue
        # "One of the wounded, a Chadian teenager, later died": an apposition of one person (article first) before the
        # verb (commas are no tokens; English pass 45)
        reach = _EN_HURT_DIED_REACH + _EN_APPOSED_ONE * (words[rest : rest + 1] in (["a"], ["an"]))
        died = next((j for j in range(rest, min(len(words), rest + reach)) if words[j] in _EN_DIED_VERBS), None)
        if died is None:
            continue
        later = hurt_named or not _EN_LATER_WORDS.isdisjoint(words[rest : died + 2])
        of_wounds = not told_later and not _EN_DIED_OF_WOUNDS.isdisjoint(words[died + 1 : died + 4])
        if later or of_wounds:
            return share[0], k
    return None


_EN_NEAR_KIN = frozenset({"son", "daughter", "brother", "sister", "father", "mother", "wife", "husband", "child"})
_EN_COMPANION_REACH = 4  # "with his young cousin, who": "with", the owner, up to one word, the companion


def english_companion_hurt(words: list[str]) -> int:
    """"... fired on the pick-up in which he was travelling with his cousin, who was hurt in the arm": a companion
    named after "with" and hurt in a relative clause of his own is one more hurt beside the victim counted (English
    pass 40); not "A girl, who was wounded in the shoulder, ..." (the relative clause tells the one counted: no
    "with" before it)."""
    if "who" not in words or "with" not in words:
        return 0  # a cheap test first
    for k, word in enumerate(words):
        if word != "who" or words[k + 1 : k + 2] != ["was"] or k < 3:
            continue
        verb = k + 2 + (words[k + 2 : k + 3] != [] and words[k + 2] in EN_HURT_ADVERBS)
        if words[verb : verb + 1] == [] or words[verb] not in EN_HURT_PARTICIPLES:
            continue
        companion = words[k - 1]
        if companion not in EN_KIN and companion not in _EN_NEAR_KIN:
            continue
        if any(words[j] == "with" and words[j + 1] in _EN_PERSON_OPENERS
               for j in range(max(0, k - _EN_COMPANION_REACH), k - 1)):
            return 1
    return 0


_EN_ONE_MORE_TO_SEVENTH = EN_ONE_MORE_ORDINALS | {"seventh"}


def english_one_more_hurt(words: list[str], trigger_at: dict[int, str]) -> int:
    """"Three were wounded ..., and a fourth was critically injured", "two were killed and another was badly hurt": one
    more hurt told after "and" by an ordinal or "another" and its own "was" (English pass 40; "and another wounded"
    with no verb is ``english_another_hurt``): the index of its "and", 0 when there is none (no such clause opens a
    sentence). Not "and a third was arrested" (no injury word), nor "and a third later died" (``english_later_died``)."""
    if "and" not in words:
        return 0  # a cheap test first
    for k, word in enumerate(words[:-3]):
        if word != "and":
            continue
        if words[k + 1] == "another":
            j = k + 2
        elif words[k + 1] == "a" and words[k + 2] in _EN_ONE_MORE_TO_SEVENTH:
            j = k + 3
        else:
            continue
        j += words[j : j + 1] != [] and (words[j] in SINGULAR_VICTIMS or words[j] in EN_KIN)
        if words[j : j + 1] != ["was"] and not (words[j : j + 1] != [] and words[j] in EN_HOW_BADLY):
            continue  # "and a fourth seriously hurt": the verb left out after how badly (English pass 56)
        j += words[j] == "was"
        while j < len(words) and words[j] in _EN_ADVERBS:
            j += 1
        if j < len(words) and (trigger_at.get(j) == "injury" or words[j] in EN_WOUNDED_STATES or words[j] == "hurt"):
            return k
    return 0


_EN_LIGHT_HURT = frozenset({"minor", "lightly", "slightly", "light", "slight", "moderate", "moderately"})
_EN_GRAVE_HURT = frozenset({"seriously", "critically", "badly", "severely", "gravely", "serious", "critical", "severe"})
_EN_SEVERITY_HURT = frozenset({"injured", "wounded", "hurt", "injuries", "wounds"})
_EN_SPLIT_REACH = 6  # "Four people sustained minor injuries and": the first count to its "and"


def english_severity_split(words: list[str]) -> int | None:
    """"Four people were lightly injured and one was seriously hurt", "two suffered serious wounds and three others
    were slightly injured": two groups told apart by how badly they were hurt are both hurt, summed (English pass 40,
    as the Arabic «أصيب شخصان بجروح خطيرة وثلاثة آخرون بجروح طفيفة» = 5); None where no such pair stands (not "four
    were injured and one was seriously hurt": with no severity on the first, the one may be among the four)."""
    if "and" not in words or _EN_GRAVE_HURT.isdisjoint(words) or _EN_LIGHT_HURT.isdisjoint(words):
        return None  # a cheap test first
    for a, word in enumerate(words):
        if word != "and" or (second := parse_number(words, a + 1)) is None:
            continue
        j = a + 1 + second[1]
        j += words[j : j + 1] != [] and (words[j] in EN_MORE or words[j] in ("others", "people"))
        if words[j : j + 1] not in (["was"], ["were"]) or words[j + 1 : j + 2] == []:
            continue
        grave = words[j + 1] in _EN_GRAVE_HURT
        if not (grave or words[j + 1] in _EN_LIGHT_HURT) or words[j + 2 : j + 3] == [] or (
                words[j + 2] not in _EN_SEVERITY_HURT):
            continue
        other = _EN_LIGHT_HURT if grave else _EN_GRAVE_HURT
        for k in range(max(0, a - _EN_SPLIT_REACH), a):
            first = parse_number(words, k)
            if first is not None and not is_calendar_year(words[k]) and not other.isdisjoint(words[k + first[1] : a]) and (
                    not _EN_SEVERITY_HURT.isdisjoint(words[k + first[1] : a])):
                return first[0] + second[0]
    return None


# English pass 63 (tune133en): a second place of care told after the first count, "admitted six wounded residents, and
# the field hospital treated two more", "... and two more were treated at a clinic": the "more" are hurt besides the
# counted ones, summed (as "four were lightly injured and one seriously hurt")
_EN_CARE_TAKERS = _EN_CARE_PASSIVES | {"received"}  # (the care passives, and "received": "a clinic received two more")
_EN_MORE_CARE_REACH = 10  # "and the field hospital in <town> treated": from "and" to the care verb


def english_more_in_care(words: list[str]) -> int:
    """The number of the hurt a clause after "and" adds as "N more" in care: a care verb right before "N more", or
    "N more (people) were / are" + a care verb; 0 otherwise (not "two more were arrested": no care; not "two more
    days": no verb of care next to the number)."""
    if "more" not in words or "and" not in words:
        return 0  # a cheap test first
    for a, word in enumerate(words):
        if word != "and":
            continue
        for k in range(a + 1, min(len(words) - 1, a + _EN_MORE_CARE_REACH)):
            number = parse_number(words, k)
            if number is None or words[k + number[1] : k + number[1] + 1] != ["more"]:
                continue
            after = k + number[1] + 1
            after += words[after : after + 1] != [] and plural_person(words[after])
            if words[k - 1] in _EN_CARE_TAKERS or (
                    words[after : after + 1] in (["were"], ["are"]) and words[after + 1 : after + 2] != [] and (
                    words[after + 1] in _EN_CARE_TAKERS)):
                return number[0]
    return 0


# English pass 45 (tune97en) ------------------------------------------------------------------------------------------

_EN_ATTACKED = frozenset({"attacked", "assaulted", "beaten", "beat", "set"})  # "were attacked by a group of men"
_EN_SHARE_HURT = frozenset({"stabbed", "wounded", "injured", "hurt", "shot", "hospitalised", "hospitalized"})
_EN_SHARE_HURT_REACH = 3  # "was stabbed", "was seriously injured", "were later hospitalised": "was / were" to the wound


def english_share_of_attacked(words: list[str]) -> int | None:
    """"Three students were attacked by a group of men, and one of them was stabbed": the group attacked (no wound of
    its own) and a share of it told hurt in the same sentence: the share is the count (as a later sentence's share
    replaces a beaten group's count, English pass 17); None when no such share follows an attack."""
    if "of" not in words or _EN_ATTACKED.isdisjoint(words):
        return None  # a cheap test first
    attacked = next(k for k, w in enumerate(words) if w in _EN_ATTACKED)
    for k in range(attacked + 1, len(words) - 3):
        if words[k + 1 : k + 3] != ["of", "them"]:
            continue
        share = 1 if words[k] == "one" else (parse_number(words, k) or (None, 0))[0]
        verb = words[k + 3]
        if share is None or verb not in ("was", "were") or (verb == "was") != (share == 1):
            continue
        if not _EN_SHARE_HURT.isdisjoint(words[k + 4 : k + 4 + _EN_SHARE_HURT_REACH]):
            return share
    return None


# English pass 49 (tune105en): two people told by their roles, the pair opening the sentence and subject of a plural
# verb ("An ambulance driver and the patient he was carrying died", "A reporter and a cameraman working for a TV
# channel were wounded"): each noun after an article and up to two words (a job's first word: "bus driver"), then up
# to seven words that describe them (a participle, a contact relative clause, a prepositional phrase) before the verb
_EN_PAIR_MODIFIERS = 2
_EN_PAIR_GAP = 7
# a gap that tells the pair speaking or seeing (they are the source), another count or another harm: no pair of victims
_EN_PAIR_GAP_STOPS = frozenset(_EN_SUBJECT_VERBS | {"and", "killed", "wounded", "injured", "hurt", "dead", "died",
                                                    "shot", "stabbed", "killing", "wounding", "injuring"})


# a kin pair told with one article ("a father and son", "a mother and daughter", "a husband and wife")
_EN_BARE_KIN = _EN_NEAR_KIN - {"child"}


def _pair_noun(words: list[str], start: int, end: int, *, joined: bool = False) -> int | None:
    """The first singular victim noun in ``words[start:end]`` after up to two plain words (no "and"), else None; a
    ``joined`` one may also be one read only beside another victim ("the patient", "a civilian")."""
    for j in range(start, min(end, start + 1 + _EN_PAIR_MODIFIERS)):
        if english_single_before(words, j) or (joined and words[j] in _EN_JOINED_ONLY):
            return j
        if not words[j].isalpha() or words[j] == "and":
            return None
    return None


_EN_CLAUSE_PAIR_REACH = 2 + 2 * (1 + _EN_PAIR_MODIFIERS) + _EN_PAIR_GAP  # "in which", the pair, its gap, to the verb


def _pair_clause_opening(words: list[str], verb: int) -> int | None:
    """The article that opens a pair told as the subject of "in which" / "during which" before ``verb`` ("condemned an
    attack on an ambulance, in which a nurse and a patient were injured": the clause opens on the pair as a sentence
    does; English pass 51), else None."""
    for j in range(verb - 3, max(0, verb - _EN_CLAUSE_PAIR_REACH), -1):
        if words[j] == "which" and words[j - 1] in EN_IN_WHICH and words[j + 1] in EN_ARTICLES:
            return j + 1
    return None


# English injured paraphrase pass (twenty-first session): "A doctor and a security guard sustained injuries", "A nurse
# and a driver suffered burns": the pair is the subject of "suffered / sustained" and a wound as of "were wounded"
_EN_PAIR_HELD = frozenset({"suffered", "sustained"})
_EN_PAIR_OWN_VERBS = _EN_PAIR_HELD | {"died"}  # the trigger is the verb itself
_EN_PAIR_SUBJECT_VERBS = _EN_PAIR_OWN_VERBS | {"were"}
_EN_PAIR_WOUND_NOUNS = frozenset({"injuries", "injury", "wounds", "wound", "burns", "fractures", "bruises"})


def english_pair_subject(words: list[str], index: int) -> bool:
    """The trigger at ``index`` ("died", or a participle after "were", or a wound after "suffered / sustained") has for
    subject a pair that opens the sentence: "A taxi driver and a woman died", "A nurse and the patient she was tending
    were killed", "A father and son were wounded" = 2 (English pass 49), "A doctor and a guard sustained injuries".
    Not a pair that speaks before the verb ("A doctor and a nurse said the men died"), nor one with a count in the gap."""
    verb = index if words[index] in _EN_PAIR_OWN_VERBS else index - 1 - (index > 1 and words[index - 1] in _EN_ADVERBS)
    if verb < 4 or words[verb] not in _EN_PAIR_SUBJECT_VERBS:
        return False
    if words[verb] in _EN_PAIR_HELD and not _EN_PAIR_WOUND_NOUNS.intersection(words[verb + 1 : verb + 4]):
        return False  # "suffered / sustained" a wound ("injuries", "burns"); not "suffered losses"
    opening = _pair_clause_opening(words, verb)  # "..., in which a nurse and a patient were injured" (pass 51)
    if opening is None and words[0] not in EN_ARTICLES:
        return False
    opening = opening or 0
    first = _pair_noun(words, opening + 1, verb)
    if first is None or words[first + 1 : first + 2] != ["and"] or first + 2 >= verb:
        return False
    joined = first + 2
    if (words[joined] in _EN_BARE_KIN or words[joined] in EN_KIN) and first == opening + 1 and (
            words[first] in _EN_BARE_KIN):
        second = joined  # "A father and son were killed", "A mother and daughter died": kin joined bare to kin
    elif words[joined] not in EN_ARTICLES and words[joined] not in EN_POSSESSIVES:
        return False
    else:
        second = _pair_noun(words, joined + 1, verb, joined=True)
    if second is None or verb - second - 1 > _EN_PAIR_GAP:
        return False
    gap = words[second + 1 : verb]
    return _EN_PAIR_GAP_STOPS.isdisjoint(gap) and not any(
        w.isdigit() or plural_person(w) or parse_number([w], 0) is not None for w in gap)


# English pass 49 (tune105en): "Three migrants were shot dead ... A fourth migrant died of his wounds the next day": a
# sentence that opens on an ordinal one past the dead counted before tells one more death of the same event
_EN_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                "tenth": 10}
_EN_NEXT_DEAD_REACH = 4  # "A fourth migrant, a Sudanese man, died": the ordinal to the death word
_EN_NEXT_DEATHS = frozenset({"died", "succumbed", "killed", "dead"})


def english_next_dead(words: list[str]) -> int | None:
    """The ordinal of "A fourth (victim) died ...", "The fifth victim was found dead", "A third man was later killed":
    the sentence opens on "a / the" and an ordinal, and a death word follows within four words with no "and" or
    another count before it (not "a third was wounded": the hurt; not "the second day"); else None."""
    if len(words) < 3 or words[0] not in ("a", "the") or (n := _EN_ORDINALS.get(words[1])) is None or (
            "separate" in words):
        return None  # (not "A second man was killed in a separate attack": another event)
    for j in range(2, min(len(words), 2 + _EN_NEXT_DEAD_REACH)):
        if words[j] in _EN_NEXT_DEATHS:
            return n
        if words[j] == "and" or words[j] in _EN_TIME_NOUNS or parse_number(words, j) is not None:
            return None
    return None


_EN_TIME_NOUNS = frozenset({"day", "days", "time", "week", "night", "attack", "strike", "blast", "round", "shell",
                            "explosion", "bomb", "raid"})


# English pass 56 (tune119en): "Three young men were wounded ... . Two were hurt lightly, but the third was in critical
# condition and died in hospital": "the" + the ordinal that closes the wounded group, then its death in the same
# clause; the guide's "three wounded, one later died" (killed 1, injured 2)
_EN_LAST_DIED_REACH = 8  # "the third was in critical condition and died": the ordinal to the death word


def english_last_of_hurt_died(words: list[str]) -> int | None:
    """The ordinal of "the third (man) ... died", "the fourth later died of his wounds" (second to tenth), when the
    death word follows within eight words with no other subject between (no "who", no second ordinal or number); else
    None. The caller checks that the ordinal is the size of the wounded group counted before."""
    if "died" not in words or "the" not in words:
        return None  # a cheap test first
    for k in range(len(words) - 2):
        if words[k] != "the" or words[k + 1] not in _EN_ORDINALS:
            continue
        for j in range(k + 2, min(len(words), k + 2 + _EN_LAST_DIED_REACH)):
            if words[j] == "died":
                return _EN_ORDINALS[words[k + 1]]
            if words[j] in ("who", "the", "two", "three", "four", "five") or words[j].isdigit():
                break
    return None


# English pass 61 (tune129en): "Brothers of Khaled X, killed when gunmen fired at protesters on Friday, buried him
# today": a post names the dead through the kin who speak or mourn ("of" + his name), the death a reduced relative
# clause right after the name
_EN_KIN_OF = frozenset({"brothers", "brother", "sisters", "sister", "family", "mother", "father", "relatives", "wife",
                        "widow", "son", "sons", "daughter", "daughters", "cousins", "friends", "parents", "uncle"})
_EN_DEATH_CLAUSE = frozenset({"when", "in", "by", "during", "on", "last", "after", "while", "at"})
_EN_NAME_REACH = 4  # "Khaled Zentani", "Ali Salem al-Fituri": the name's words between "of" and "killed"


def english_kin_of_named_dead(words: list[str]) -> bool:
    """"Brothers of Khaled X, killed when gunmen fired ...", "the family of Ali Y, shot dead in Zawiya last week, ...":
    kin "of" a name of one to four words (no article, no number, no function word), then "killed" (or "shot dead")
    and a word that opens the death's clause: one dead (English pass 61). Not "the family of two men killed" (a
    number: the count rules read it) nor "brothers of X killed a man" (an object: they did it)."""
    if "killed" not in words and "dead" not in words:
        return False  # a cheap test first
    for k in range(len(words) - 3):
        if words[k] not in _EN_KIN_OF or words[k + 1] != "of":
            continue
        for end in range(k + 3, min(len(words), k + 3 + _EN_NAME_REACH)):
            name = words[k + 2 : end]
            if not all(_name_word(w) and parse_number([w], 0) is None for w in name):
                break
            verb = end + (words[end : end + 2] == ["shot", "dead"])
            if words[end : end + 1] == ["killed"] or verb > end:
                return verb + 1 < len(words) and words[verb + 1] in _EN_DEATH_CLAUSE
    return False
