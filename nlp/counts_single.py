"""One or two victims read from the words around a trigger when no number counts them («مقتل شاب» = 1, «وفاة
طفلين» = 2, a singular or a dual passive), and what keeps a trigger from counting anyone (an attempt, a vague
quantity). Separate from the number rules of ``counts_rules``, which run first: these fill what they left."""

from __future__ import annotations

from itertools import chain

from nlp.counts import YEAR_WORDS, parse_number
from nlp.counts_rules_en import (
    EN_INTRANSITIVE_DEATHS,
    english_couple,
    english_hurt_described,
    english_listed_after,
    english_listed_singles,
    english_object_at,
    english_pair,
    english_pair_found_dead,
    english_pair_subject,
    english_pair_told,
    english_plural_object,
    english_single,
)
from nlp.counts_words import (
    ACTIVE_HARM_VERBS,
    CASE_DUALS,
    DATE_WORDS,
    ELDER_TITLES,
    EN_HOW_BADLY,
    NAMED_VICTIMS,
    ONE_OF_THEM,
    ORDINAL_OTHERS,
    PEOPLE_NISBAS,
    PLURAL_ENDINGS,
    SINGULAR_VICTIMS,
    SLOT_OF_KIND,
    SUBJECT_GUNMEN,
    TITLES,
    UNDERTOOK,
    UNTITLED_VICTIMS,
    WHO_SINGULAR,
    WHO_SINGULAR_OR_DIALECT,
    construct_dual,
    dual_of_victim,
    joined_victim,
    our_victim,
    plural_of_victim,
    plural_person,
    possessed_dual,
    possessed_victim,
    singular_victim,
    strip_and,
    victims_from,
)
from nlp.morph import word_forms
from nlp.normalize import clitic_variants
from nlp.victim_lists import sum_victims

_DUAL_FINDS = {"قتيلين": "killed", "قتيلان": "killed", "جثتين": "killed", "جثتي": "killed", "جثتان": "killed",
               "جثماني": "killed", "جثمانين": "killed", "جثمانان": "killed", "جريحين": "injured", "جريحان": "injured"}
_DUAL_WORDS = frozenset(_DUAL_FINDS)
# a piece of each dual word: a word's forms are pieces of it or open on «ال» / «ل» (``word_forms``), which no dual word
# does, so a sentence whose joined words hold none of these has no dual among its forms (speed pass 9)
_DUAL_PIECES = ("قتيل", "جثت", "جثمان", "جريح")
# «وصلتا إلى المستشفى مصابتين»: the dual of «مصاب» (not «مصابين», also the plural) is two hurt, unless the dead are
# told: «جثتين لشابين مصابتين بطلقات» (the wounds are the dead's; Arabic pass tune47)
_HURT_DUALS = frozenset({"مصابتين", "مصابتان", "مصابان"})
# Means and prepositions between a trigger and its victim: «اعتداء بالسكاكين على طالبة».
_MEANS_SKIP = {"علي", "on", "against", "a", "an", "the", "كل", "من"}  # «إصابة كل من السائق ومرافقه»
# Vague quantities: «مقتل وجرح الآلاف», «عشرات الضحايا» stay unknown, never 1.
_VAGUE = {"عشرات", "مئات", "الاف", "العشرات", "المئات", "الالاف", "dozens", "hundreds", "thousands", "scores"}
# «نجا من محاولة اغتيال», «مخطط لاغتيال نائب»: nobody was killed. (Planning verbs, «التخطيط لقتل», are left
# out: one dev incident's detection rests on the count such a sentence gives; see the counts pass in docs/labelling.md.)
_NOT_DONE = {"محاوله", "محاولات", "مخطط", "مؤامره", "attempted", "attempt", "plot"}
# «مقتله», «استشهاده»: a trigger noun with «his» is one victim.
_POSSESSED_TRIGGERS = {"مقتل", "اغتيال", "استشهاد", "مصرع", "قتل", "اعدام"}


def _english_and_one_more(words: list[str], index: int, triggers: dict[int, str]) -> bool:
    """"A paramedic was stabbed and a nurse injured", "a guard was killed and a driver was wounded": one more victim
    ("and a / an" + a singular noun, "was" or nothing) with a harm verb of its own after another harm in the sentence
    (English pass 50): one more in that verb's slot."""
    k = index - 1 - (words[index - 1 : index] == ["was"])
    return (k >= 3 and words[k] in SINGULAR_VICTIMS and words[k - 1] in ("a", "an") and words[k - 2] == "and"
            and any(t < k - 2 for t in triggers))


def single_victim_before(words: list[str], at: int, strong_at: dict[int, str], slot: str) -> int | None:
    """«مقتل شاب برصاص مجهولين في منطقة شهدت مقتل 4 أشخاص»: a victim named right after an earlier trigger of
    the same kind is the sentence's event; a number well after it is another (a number within a few words is
    joined to it: «مقتل شاب و3 آخرين»)."""
    for t, kind in sorted(strong_at.items()):
        if t >= at - 4:
            return None
        if SLOT_OF_KIND.get(kind) == slot and t + 1 < len(words) and words[t + 1] in NAMED_VICTIMS \
                and not not_done(words, t):
            return victims_from(words, t + 1)
    return None


def _victim_after(words: list[str], index: int) -> int | None:
    """Where the word after a trigger is, past its means and «على» («اعتداء بالسكاكين على طالبة» gives «طالبه»)."""
    if words[index] in EN_INTRANSITIVE_DEATHS:
        return None  # "Boy dies, brother and cousin hurt": no victim after an intransitive death (English pass 56)
    k = index + 1
    reach = index + 4
    if words[index] in _PARTED and words[k : k + 1] == ["الحياه"]:
        k, reach = k + 1, reach + 1  # «فارق الحياة الحاج ...»: the subject after the phrase (Arabic pass 51)
    if _event_before_subject(words, index):
        k, reach = index + 3, index + 6  # «وأصيب في الهجوم سائق السيارة ومرافقه»: past the event
    if k < len(words) and words[k] in SUBJECT_GUNMEN and strip_and(words[index]) in ACTIVE_HARM_VERBS:
        while k < len(words) and words[k] in SUBJECT_GUNMEN:
            k += 1  # «قتل مسلحون مجهولون شابين وامرأة»: the killers, in the nominative, before the victims (pass 106)
        reach = k + 3
    if k < len(words) and words[k] in _HITTING_MEANS and strip_and(words[index]) in _HITTING:
        k += 1  # «أصابت رصاصات طائشة طفلين», «أصابت شظايا قذيفة هاون شقيقين»: the means hit, the victims its object
        while k < len(words) and words[k] in _HITTING_MEANS_WORDS:
            k += 1
        reach = k + 3
    while k < min(len(words), reach) and (words[k] in _MEANS_SKIP or words[k].startswith("بال")):
        k += 1
    if k < min(len(words), reach) and words[k + 1 : k + 2] in _EN_SOURCE_AFTER:
        return None  # "causing cases of suffocation, a resident said": the one who told it, no victim (English pass 36)
    return k if k < min(len(words), reach) else None


_EN_SOURCE_AFTER = (["said"], ["says"], ["told"])

# «أصابت رصاصة طائشة امرأة»: a bullet, shrapnel or a shell as the subject of «أصاب / أصابت» (Arabic pass 118), then
# the words that complete it (its adjective, the shell it came from), before the victims (the verb's object)
_HITTING = frozenset({"اصاب", "اصابت", "فاصابت", "فاصاب"})
_HITTING_MEANS = frozenset({"رصاصه", "رصاصات", "الرصاصه", "الرصاصات", "رصاص", "الرصاص", "شظيه", "شظايا", "الشظيه",
                            "الشظايا", "طلقه", "طلقات", "الطلقه", "الطلقات", "قذيفه", "القذيفه", "قذائف", "القذائف",
                            "عيار", "العيار", "مقذوف", "المقذوف"})
_HITTING_MEANS_WORDS = _HITTING_MEANS | frozenset({"طائشه", "الطائشه", "طائشات", "طائش", "الطائش", "ناريه", "الناريه",
                                                   "ناري", "الناري", "هاون", "الهاون", "عشوائيه", "صاروخ", "الصاروخ"})


_EVENT_PREPOSITIONS = {"في", "خلال", "جراء"}
# The event named between a passive and its subject (not «الطعن في الحكم أمام المحكمة»: an appeal)
_HARM_EVENTS = {"الهجوم", "الحادث", "الحادثه", "الانفجار", "الاشتباكات", "المواجهات", "القصف", "الاعتداء", "الحريق",
                "التفجير", "الكمين", "الاصطدام", "الانقلاب", "الغاره", "الشجار", "الاشتباك"}


def _event_before_subject(words: list[str], index: int) -> bool:
    """«أصيب في الهجوم سائق», «توفي في الحادث شاب»: a definite event between a passive and its victim subject."""
    return index + 3 < len(words) and words[index + 1] in _EVENT_PREPOSITIONS and words[index + 2] in _HARM_EVENTS and (
        singular_victim(words[index + 3]) or dual_of_victim(words[index + 3]))


_ONE_CIVILIAN = frozenset({"مدني", "مدنيا", "مدنيه"})

# «لغم», «ألغام»: the mine words of the `other` type (leftover mines), which name no death of their own
MINE_WORDS_AS_WRITTEN = frozenset({"لغم", "الغام", "اللغم", "الالغام", "بلغم", "لالغام",
                         # "Landmine wounds three shepherds": the English mine words, as the Arabic (English pass 41)
                         "landmine", "landmines"})

# «استقبل المركز طفلة عمرها 8 سنوات مصابة برصاصة», «فتى في الرابعة عشرة من عمره مصابا»: a victim's age told between
# him and the word of his wound (Arabic pass 78)
_AGE_OF = frozenset({"عمره", "عمرها", "بعمر", "عمر", "سنه", "سنها"})


# Arabic pass 126 (tune126): «مصدر من الحماية المدنية أن المصابين نقلوا»: «المدنية» after «الحماية» (and «المدني»
# after «الدفاع») is the civil-protection body's name, no civilian victim before the wound word
_CIVIL_HEADS = frozenset({"الحمايه", "للحمايه", "والحمايه", "بالحمايه", "الدفاع", "للدفاع", "والدفاع", "بالدفاع"})
_CIVIL_ADJECTIVES = frozenset({"المدنيه", "المدني"})


def _civil_defence_name(words: list[str], j: int) -> bool:
    """The word at ``j`` is «المدنية / المدني» right after «الحماية / الدفاع»: a body's name."""
    return words[j] in _CIVIL_ADJECTIVES and j > 0 and words[j - 1] in _CIVIL_HEADS


def _age_told_before(words: list[str], index: int) -> int:
    """Where an age told right before ``index`` starts («عمرها 8 سنوات», «(8 سنوات)», «في الثامنة من عمرها»), else
    ``index``."""
    if index > 1 and words[index - 1] in YEAR_WORDS and words[index - 2].isdigit():
        return index - 3 if index > 2 and words[index - 3] in _AGE_OF else index - 2
    if index > 2 and words[index - 1] in YEAR_WORDS and words[index - 3] in _AGE_OF and (
            parsed := parse_number(words, index - 2)) is not None and parsed[1] == 1:
        return index - 3  # «عمره عشر سنوات»
    if index > 3 and words[index - 1] in ("عمره", "عمرها") and words[index - 2] == "من" and words[index - 4] == "في":
        return index - 4
    return index


# «شهيد وجريح», «شهيدين وجريح»: the toll phrase of a family or neighbourhood post (Arabic pass 78)
_MARTYRS = {"شهيد": 1, "شهيدين": 2, "شهيدان": 2}
_WOUNDED_AFTER_MARTYR = {"وجريح": 1, "وجريحا": 1, "وجريحين": 2, "وجريحان": 2}

# Plural casualty nouns: with no number they stay unknown (never 1).
_BARE_PLURALS = {"قتلي", "جرحي", "ضحايا", "مصابين", "مصابون", "اصابات", "جثث", "موتي", "شهداء", "الشهداء", "casualties",
                 "victims", "dead", "wounded", "injured"}


def duals_and_singles(words: list[str], trigger_at: dict[int, str], found: dict[str, int],
                      all_triggers: dict[int, str] | None = None, *, english: bool) -> None:
    # most sentences have no dual among any word's forms: one test at C level skips the loop, which would set nothing
    sentence = " ".join(words)
    duals = [] if not any(piece in sentence for piece in _DUAL_PIECES) or _DUAL_WORDS.isdisjoint(
        chain.from_iterable(map(word_forms, words))) else words
    for at, word in enumerate(duals):
        forms = word_forms(word)
        if forms.isdisjoint(_DUAL_FINDS):
            continue  # most words: no dual among the forms, the loop below would set nothing
        for dual, slot in _DUAL_FINDS.items():  # «وجريحين», «انتشال جثتي مهاجرين»
            if dual in forms:
                # «تصفية مقاتلين جريحين»: the two killed were wounded before (pass 49)
                # «أسعفت جريحين وامرأة» = 3: a victim joined after the wounded pair is one more (Arabic pass 58)
                joined = joined_victim(words, at + 1) if slot == "injured" and at + 1 < len(words) else 0
                found.setdefault("killed" if slot == "injured" and wounded_state_of_killed(
                    words, at, all_triggers or trigger_at) else slot, 2 + joined)
    if "killed" not in found and "killing" not in (all_triggers or trigger_at).values() and not _HURT_DUALS.isdisjoint(words):
        found.setdefault("injured", 2)
    singles: set[str] = set()  # the slots this loop filled with one victim (English pass 50, below)
    for index, kind in sorted((all_triggers or trigger_at).items()):
        slot = SLOT_OF_KIND.get(kind)
        if english and slot is not None and (slot not in found or slot in singles) and _english_and_one_more(
                words, index, all_triggers or trigger_at):
            found[slot] = found.get(slot, 0) + 1  # "a paramedic was stabbed and a nurse injured" = 2 (English pass 50)
            singles.add(slot)
            continue
        if words[index] in _MARTYRS:
            # «شهيد وجريح», «شهيدين وجريح»: the martyrs beside the wounded of the toll phrase (Arabic pass 78; «شهيد»
            # is a trigger only in that phrase); the wounded after «و» are one or two
            found.setdefault("killed", _MARTYRS[words[index]])  # (the phrase is listed under both types: either slot)
            if index + 1 < len(words) and words[index + 1] in _WOUNDED_AFTER_MARTYR:
                found.setdefault("injured", _WOUNDED_AFTER_MARTYR[words[index + 1]])
            continue
        if slot is None or slot in found or not_done(words, index) or _vague_near(words, index) or _among(words, index):
            continue
        if kind == "other" and words[index].removeprefix("و") in MINE_WORDS_AS_WRITTEN:
            continue  # «أصيب راع بانفجار لغم»: a mine kills or maims, the casualty word says which (Arabic pass 58)
        if slot == "injured" and words[index].isascii() and english_hurt_described(words, index):
            continue  # "a wounded fighter", "wounded fighter killed after capture": a state, no one hurt here (pass 23)
        if slot == "injured" and index not in trigger_at and "killing" not in (all_triggers or trigger_at).values() and (
                _hit_by_a_shot(words, index)):
            found[slot] = 1  # «صابته رصاصة في رجله»: the weak bullet word with the verb that says whom it hit
            continue
        if strip_and(words[index]) in _PLURAL_HURT_AFTER and (listed := _kin_listed_before(words, index)):
            found[slot] = listed  # «ختي وولديها الصغار انصابوا» = 3 (Arabic pass 100)
            continue
        if (bare := _bare_number_before(words, index)) is not None:
            found[slot] = bare  # «زوز ماتوا وتلاتة انصابوا» = 3 hurt (Arabic pass 128)
            continue
        if index not in trigger_at and word_forms(words[index]) & _MEANS:
            continue  # «أطلقوا عدة رصاصات على الصحفي»: shots at someone say nothing of a wound (often the dead's)
        if slot == "injured" and index not in trigger_at and "killing" in (all_triggers or trigger_at).values():
            continue  # «الاعتداء على زوجته ... وقد فارقت الحياة»: the one assaulted is the one killed
        victim_at = _victim_after(words, index)
        if (cases := _cases_before(words, index)) is not None:
            found[slot] = cases  # «تسجيل حالة وفاة», «حالتي وفاة»
        elif index + 1 < len(words) and construct_dual(words, index + 1):
            found[slot] = 2  # «إصابة عوني أمن» (a dual is a count whatever the trigger's strength)
        elif victim_at is not None and dual_of_victim(words[victim_at]):
            # «وفاة طفلين», «قضت على عنصرين», «جرح امرأتين وطفل» = 3
            after = _past_force(words, victim_at + 1)
            joined = joined_victim(words, after) if after < len(words) else 0
            # «إصابة جنديين ومزارع وابنه» = 4: the victim joined after the dual may bring his own kin (tune47)
            found[slot] = 2 + (victims_from(words, after) if joined == 1 else joined)
        elif victim_at is not None and strip_and(words[victim_at]) in ONE_OF_THEM:
            found[slot] = 1  # «وأصيب أحدهما بجروح», «توفي أحدهم»
        elif victim_at is not None and victim_at > index + 1 and words[index + 1] in SUBJECT_GUNMEN and (
                singular_victim(words[victim_at])):
            found[slot] = victims_from(words, victim_at)  # «قتل مسلحون مواطنا»: the object after the killers (pass 106)
        elif victim_at is not None and (words[victim_at] in NAMED_VICTIMS or (words[victim_at].startswith("ال") and (
                words[victim_at][2:] in UNTITLED_VICTIMS or words[victim_at][2:] in _SINGLE_CASUALTIES
                or words[victim_at][2:] in _DEFINITE_VICTIMS)) or (
                possessed_victim(words[victim_at]))):
            # «وفاة كهل», «وفاة السائق», «توفي المصاب» (a title after «ال» may be an office: «اغتيال الرئيس»),
            # «طعن جاره», «قتل زوجته»
            found[slot] = victims_from(words, victim_at)  # «جثة شاب», «اعتداء بالسكاكين على طالبة»
            if english and found[slot] == 1 and (listed := english_listed_after(words, victim_at)):
                found[slot] = listed  # "killed a man, his wife and their infant son" = 3 (English pass 31)
        elif victim_at is not None and (our_victim(words[victim_at]) or words[victim_at] in ELDER_TITLES) and (
                "killing" in trigger_at.values()):
            # «نعلن وفاة ولدنا ... اللي لقيناه مقتول», «فارق الحياة الحاج ... متأثرا بإصابته»: the family's own dead or
            # an elder, where the sentence tells a killing (a death notice alone, «وفاة والدنا بعد مرض», counts
            # nobody: no casualty event)
            found[slot] = victims_from(words, victim_at)
        elif (exposed := _exposed_victim(words, index)) is not None:
            found[slot] = exposed  # «تعرض عون أمن لإصابة بليغة»
        elif index > 0 and strip_and(words[index]) in _SINGULAR_PASSIVES and words[index - 1] in UNTITLED_VICTIMS \
                and (all_triggers or trigger_at).get(index - 2) is None and not (
                    victim_at is not None and plural_person(words[victim_at])):
            # «عائلة شاب توفي في السجن»: the victim right before a singular passive is its subject; not the
            # victim of the trigger before it, nor when others follow the verb («قتل شاب وأصيب آخرون»: unknown)
            found[slot] = 1
        elif slot == "injured" and index > 1 and strip_and(words[index - 1]) in _SINGULAR_PASSIVES and (
                words[index - 2] in UNTITLED_VICTIMS) and (all_triggers or trigger_at).get(index - 1) is None and (
                    all_triggers or trigger_at).get(index - 3) is None:
            # «كهل يصاب بطعنات», «امرأة تصاب برصاصة»: the verb is no trigger of its own, the means after it is; the
            # victim right before the singular passive is its one subject (Arabic pass 116)
            found[slot] = 1
        elif index >= 2 and words[index - 1] == "was" and words[index - 2] in SINGULAR_VICTIMS:
            found[slot] = 1  # "a child was injured by shrapnel" (English «injured» is a weak trigger)
            singles.add(slot)
        elif english and (listed := english_listed_singles(words, index)):
            found[slot] = listed  # "a woman, her husband and their infant daughter were killed" = 3
        elif english and (pair := english_pair_told(words, index)):
            found[slot] = pair  # "a woman and two of her sons were wounded" = 3, "a man and his son suffered burns" = 2
        elif english and english_couple(words, index):
            found[slot] = 2  # "killed an elderly couple" (English pass 26)
        elif english and (english_pair(words, index) or english_pair_found_dead(words, index)):
            found[slot] = 2  # "a woman and her teenage son were injured", "found a man and a child dead"
        elif english and english_pair_subject(words, index):
            found[slot] = 2  # "A taxi driver and the woman he was carrying died" (English pass 49)
        elif english and english_single(words, index, slot, found):
            # "a nurse working at the clinic was beaten", "a Sudanese worker died"; "killed a girl and her grandfather"
            found[slot] = victims_from(words, j) if (j := english_object_at(words, index)) is not None else 1
            if j is not None and found[slot] == 1 and (listed := english_listed_after(words, j)):
                found[slot] = listed  # "killed a man, his wife and their infant son" = 3 (English pass 31)
        elif slot == "injured" and index >= 2 and words[index - 2 : index] in (["a", "second"], ["a", "third"], ["a", "fourth"]):
            found[slot] = 1  # "two people were killed and a third wounded", "stabbed to death and a second wounded"
        elif slot == "injured" and english and index >= 3 and words[index - 1] in EN_HOW_BADLY and (
                words[index - 3 : index - 1] in (["a", "second"], ["a", "third"], ["a", "fourth"])):
            found[slot] = 1  # "three men were killed and a fourth seriously hurt": how badly, told between (pass 56)
        elif slot == "injured" and english and words[index + 1 : index + 3] in (["a", "third"], ["a", "fourth"]):
            found[slot] = 1  # "shot dead two smugglers and wounded a third" (English pass 19)
    for index, kind in sorted(trigger_at.items()):
        slot = SLOT_OF_KIND.get(kind)
        if slot is None or slot in found:
            continue
        word = words[index]
        if not_done(words, index) or _vague_near(words, index) or _among(words, index):
            continue  # «نجا من محاولة اغتيال»: nobody was killed; «مقتل وجرح الآلاف»: unknown
        if kind == "other" and word.removeprefix("و") in MINE_WORDS_AS_WRITTEN:
            continue  # a mine word names no death of its own (Arabic pass 58, as above)
        if slot == "killed" and (word.endswith(("وه", "وها", "ته", "تها")) and len(word) > 4 or _possessed(word)):
            found[slot] = 1  # «قتلوه», «اغتالته», «ذبحوها»: a singular object pronoun; «مقتله», «استشهاده»: his
            continue
        if slot == "injured" and "killed" not in found and word.endswith(("وه", "وها")) and len(word) > 4 and (
                not hit_verb(word)):
            found[slot] = 1  # «ضربوه», «طعنوها»: the plural verb's one object (a beating counts once care is told)
            continue
        if slot == "injured" and "killed" not in found and _one_body_broken(words, index):
            found[slot] = 1  # «فسقطت وكسرت يدها», «سلموه مكسور الأضلاع»: one body's bone (Arabic pass 56)
            continue
        if _singular_passive(words, index) and not (slot == "injured" and "killed" in found):
            found[slot] = 1  # «أصيب بطلق ناري وحالته حرجة»
            continue
        if slot == "injured" and "killed" not in found and (
                _possessed_wound(words, index) or _wound_caused_to_one(words, index) or _hit_by_a_shot(words, index)
                or _wound_on_own_body(words, index)):
            # «ما أدى إلى إصابته بكسور»: his injury (not «توفي متأثرا بإصابته»: the dead's); «أدى إلى إصابته وابنه»: kin
            # joined to his wound by «و» are another victim each (Arabic injured paraphrase pass)
            found[slot] = victims_from(words, index) if _possessed_wound(words, index) else 1
            continue
        window = words[index + 1 : index + 3]
        if window and window[0] in _EVENT_PRONOUNS:  # «قتل فيها رجل وابناه» (Arabic pass 76)
            window = words[index + 2 : index + 4]
        while window and window[0] in DATE_WORDS:  # «قتل اليوم الأربعاء ... إرهابي»
            window = window[1:]
        if window and (dual_of_victim(window[0]) or possessed_dual(window[0])):
            found[slot] = 2  # «وأصيب ابناهما» (their two sons)
            continue
        if strip_and(word) in _SINGULAR_PASSIVES and window and window[0] in _TITLED_SUBJECTS:
            # «أصيبت الحاجة مبروكة», «تصاوبت الحرمة»: the elder's title, the Libyan «the woman» (pass 96); «أصيب
            # الحاج سالم في الستين من عمره وحفيده»: kin joined past his name and age are another (Arabic pass 100)
            found[slot] = victims_from(words, words.index(window[0], index + 1))
            continue
        if strip_and(word) in _SINGULAR_PASSIVES and window and window[0] in _DEFINITE_DIALECT_ROLES:
            # «تصاوب السواق والمسعف»: the Libyan «the driver» as written (Arabic pass 96), and a victim joined to him
            joined = window[1:2] and window[1].startswith("وال") and window[1][3:] in SINGULAR_VICTIMS
            found[slot] = 2 if joined else 1
            continue
        if strip_and(word) in _SINGULAR_PASSIVES and window and window[0].startswith("ال") and window[0][2:] in SINGULAR_VICTIMS:
            # «وأصيب العميد بجروح»: the definite subject of a passive is its victim, a title too; «أصيب المراسل
            # والمصور»: a second definite victim joined by «و» is another
            joined = window[1:2] and window[1].startswith("وال") and window[1][3:] in SINGULAR_VICTIMS
            # «أصيب المزارع علي الزوي (45 عاما) وابنه»: kin joined past the first victim's name and age (tune47)
            found[slot] = 2 if joined else victims_from(words, words.index(window[0], index + 1))
            continue
        # «سقوط قتيل», «وجود جثة»: a singular casualty noun with no number before it
        attributive = slot == "injured" and word in ("مصاب", "مصابا") and any(
            all_triggers and SLOT_OF_KIND.get(all_triggers.get(k, "")) == "killed" for k in range(max(0, index - 3), index))
        if attributive:
            continue  # «جثة شاب مصاب بطلقات»: the wound describes the dead
        if index > 0 and word in ("مصاب", "مصابا") and words[index - 1] in _PATIENT_WORDS:
            continue  # «اقتحموا القسم رفقة مريض مصاب بطلق ناري»: the patient brought in, not a victim of the event
        if slot == "injured" and index > 0 and SLOT_OF_KIND.get((all_triggers or trigger_at).get(index - 1, "")) == "killed" \
                and strip_and(word) == word:
            continue  # «جندي يقتل جريحا»: the wounded man is the one killed (not «قتيلا وجريحا»: one of each)
        # «نقل ... إلى المستشفى مصابا بكسر»: one; «خلف قتيلا وجريحا»: one of each
        if strip_and(word) in ("قتيل", "قتيلا", "جريح", "جريحا", "جثه", "مصاب", "مصابا", "شهيد") and (
                index == 0 or parse_number(words, index - 1) is None):
            found[slot] = 1
            continue
        if english and slot == "killed" and (bodies := _english_bodies_listed(words, index)):
            found[slot] = bodies  # "found the bodies of a man, his wife and their two children" = 4 (English pass 37)
            continue
        if word in _BARE_PLURALS and slot == "injured" and (pair := _pair_described(words, index)):
            found[slot] = pair  # «استقبل المستشفى طفلين وامرأة مصابين»: the pair it describes (Arabic pass 56)
            continue
        if word in _BARE_PLURALS:
            continue  # «قتلى وجرحى», «سقوط ضحايا»: a bare plural says nothing of how many
        if window and slot == "killed" and window[0] in PEOPLE_NISBAS:
            found[slot] = 1  # «مقتل تونسي»: one person of a people
            continue
        if window and _mother_and_kin(window):
            found[slot] = victims_from(words, words.index(window[0], index + 1))  # «إصابة أم وابنها» (pass 60)
            continue
        # «وإصابة آخر» = one more injured (but «مقتل آخر» is rather "another killing")
        if window and window[0].removeprefix("و") in _ONE_CIVILIAN:
            found[slot] = 1 + (joined_victim(words, index + 2) if index + 2 < len(words) else 0)
            continue  # «وأصيب مدني», «إصابة مدني وطفل»: one civilian (indefinite; «المدني» is an adjective) (pass 58)
        if window and not plural_of_victim(window[0]) and word_forms(window[0]) & SINGULAR_VICTIMS and (
                window[0] not in ORDINAL_OTHERS or slot == "injured"):
            found[slot] = victims_from(words, words.index(window[0], index + 1))
            continue
        if window and plural_person(window[0]):
            continue  # «مقتل شاب وإصابة آخرين»: the injured are «others», an unstated number, not the «شاب» before
        aged = _age_told_before(words, index)  # «طفلة عمرها 8 سنوات مصابة»: her age between (Arabic pass 78)
        before = [w for j, w in enumerate(words[max(0, aged - 3) : aged], start=max(0, aged - 3))
                  if not _civil_defence_name(words, j)]
        # not «هم طبيب وممرضتان، وأصيب عدد من المرضى»: a verb joined by «و» opens its own clause
        new_clause = strip_and(word) != word and strip_and(word) in _SINGULAR_PASSIVES
        if not new_clause and any(dual_of_victim(words[j]) and (all_triggers or trigger_at).get(j - 1) is None
                                  for j in range(max(0, index - 3), index)):
            found[slot] = 2  # «تعرض شخصان لإصابات خطيرة» (not «قتل شابان وأصيب»: they are the killing's)
            continue
        if slot == "killed" and _pair_killed_before(words, index):
            found[slot] = 2  # «فقدنا الشقيقين محمد وأحمد، اللي قتلتهم مجموعة مسلحة»: the pair the relative names
            continue
        if slot == "killed" and _who_was_killed(words, index):
            found[slot] = 1  # «ننعى متطوعنا ... الذي قتل مساء الأربعاء»: the one the relative names (not «الذي قتل 3»)
            continue
        if slot == "injured" and strip_and(word) in _BARE_PLURALS and _death_of_the_one_before(
                words, aged, all_triggers or trigger_at):
            continue  # «وفاة سائق الشاحنة وإصابات في صفوف عدد من الركاب»: the one before is the death's (pass 98)
        if aged > 0 and not english and plural_person(words[aged - 1]):
            continue  # «قتل شاب وأصيب آخرون بجروح»: the plural right before the wound is its subject, an unstated
            # number (the guide: bare plurals null), not the «شاب» of the killing before it (Arabic pass 118)
        if not new_clause and any((word_forms(w) & UNTITLED_VICTIMS and not w.endswith(PLURAL_ENDINGS)) or (
                slot == "killed" and our_victim(w)) for w in before) and not (
                english and english_plural_object(words, index)):
            found[slot] = 1  # «الشاب اللي قتلوه», "a man was shot dead"; not "a coast guard beat them" (its agent)


def _death_of_the_one_before(words: list[str], aged: int, triggers: dict[int, str]) -> bool:
    """«وفاة سائق الشاحنة وإصابات خفيفة في صفوف عدد من الركاب», «مقتل مواطن وإصابات متفاوتة»: the single victim
    before a plural casualty noun is the object of a death word right before him, so the plural's hurt are others,
    an unstated number (the guide: bare plurals and «عدد من» stay null; Arabic pass 98)."""
    return any(SLOT_OF_KIND.get(triggers.get(j - 1, "")) == "killed" and word_forms(words[j]) & UNTITLED_VICTIMS
               for j in range(max(1, aged - 3), aged))


# «ضربة ... قتل فيها رجل وابناه», «اشتباكات أصيب خلالها طفل»: the event's pronoun with «في / خلال» between the harm verb
# and its subject (Arabic pass 76); the victims after it are read as right after the verb
_EVENT_PRONOUNS = frozenset({"فيها", "فيه", "خلالها", "خلاله"})


# «إصابة أم وابنها», «مقتل أم وطفليها»: «أم» right after the harm word and before «و» + her kin is a mother, one victim
# (Arabic pass 60); it is not in SINGULAR_VICTIMS, being also "or" («توفي أم قتل؟»), which no kin word follows
HER_KIN = frozenset({"وابنها", "وابنتها", "وطفلها", "وطفلتها", "وطفليها", "واطفالها", "وابنيها", "وابنائها", "وبناتها",
                     "ورضيعها", "ورضيعتها", "وزوجها", "ووالدتها", "وشقيقها", "وشقيقتها"})


def _mother_and_kin(window: list[str]) -> bool:
    return len(window) > 1 and window[0] == "ام" and window[1] in HER_KIN


_PARTED = frozenset({"فارق", "فارقت", "وفارق", "وفارقت"})

# «الذي قتل», «التي استشهدت»: a singular relative right before a killing verb names the one killed (Arabic pass 51).
_KILLED_ONE = frozenset({"قتل", "قتلت", "اغتيل", "اغتيلت", "استشهد", "استشهدت"})

# What follows a passive «قتل» after «الذي»: a time or the circumstance, not an object («القصف الذي قتل سليماني»).
_PASSIVE_AFTER = frozenset({"في", "خلال", "اثر", "جراء", "برصاص", "بالرصاص", "علي", "بعد", "رميا", "طعنا", "ذبحا",
                            "غدرا", "وهو", "وهي", "عندما", "حين", "اثناء", "مع", "قبل", "بطلق", "بقذيفه"})


def _who_was_killed(words: list[str], index: int) -> bool:
    """«متطوعنا أنور (24 عاما) الذي قتل مساء الأربعاء»: a singular relative, a passive killing verb, then a time or
    the circumstance; not an event's relative («الهجوم الذي قتل ...», «القصف الذي قتل سليماني»: active)."""
    if index < 2 or words[index - 1] not in WHO_SINGULAR or strip_and(words[index]) not in _KILLED_ONE:
        return False
    if not word_forms(words[index - 2]).isdisjoint(_EVENT_ANTECEDENTS):
        return False  # «بالهجوم الذي قتل», «الغارة التي قتلت»
    return index + 1 == len(words) or words[index + 1] in DATE_WORDS or words[index + 1] in _PASSIVE_AFTER


# «اللي قتلتهم», «الذين قتلوهما»: a killing verb whose object pronoun is plural; the pair named before the relative
# is its victims (Arabic pass 51: family posts name the dead first, then who killed them).
_PLURAL_OBJECT_KILLS = frozenset({"قتلتهم", "قتلتهما", "قتلوهم", "قتلوهما"})
_PLURAL_RELATIVES = frozenset({"اللي", "الي", "الذين", "اللذين", "اللذان", "اللتين"})
_PAIR_REACH = 8  # «الشقيقين محمد وأحمد سالم الترهوني، اللي»: two first names and a family name


def _pair_killed_before(words: list[str], index: int) -> bool:
    if strip_and(words[index]) not in _PLURAL_OBJECT_KILLS or index == 0 or words[index - 1] not in _PLURAL_RELATIVES:
        return False
    return any(dual_of_victim(w) for w in words[max(0, index - _PAIR_REACH) : index - 1])


_EVENT_ANTECEDENTS = frozenset({"قصف", "هجوم", "انفجار", "تفجير", "غاره", "حادث", "حادثه", "حريق", "صاروخ", "زلزال",
                                "فيضان", "اعصار", "وباء", "فيروس", "مرض", "اشتباك", "اشتباكات", "كمين", "قذيفه"})

# Weak injury words of shooting: a victim after them was shot at, not counted hurt (with a strong trigger beside
# them the victim is counted there; a stabbing wounds, so «طعن تلميذ» still counts one).
_MEANS = {"رصاص", "رصاصه", "رصاصات", "اطلاق", "نار", "النار"}

_FORCE_NAME_REACH = 4  # «من اللواء 128 مشاة»: the force's name after «من» (its number too)
# a security body named in construct («عنصرين من جهاز الأمن العام وسائق أجرة» = 3, «من مديرية أمن الزاوية»: pass 82)
_CONSTRUCT_FORCES = frozenset({"جهاز", "مديريه"})


def _past_force(words: list[str], at: int) -> int:
    """Past the force two fighters belong to («جنديين من اللواء 128 مشاة ومزارع»: Arabic pass tune47): «من» and a
    definite name of up to four words, to the «و» word after it; ``at`` when no such force follows."""
    if words[at : at + 1] != ["من"] or at + 1 >= len(words) or not (
            words[at + 1].startswith("ال") or words[at + 1] in _CONSTRUCT_FORCES):
        return at
    for k in range(at + 2, min(len(words), at + 2 + _FORCE_NAME_REACH)):
        if words[k].startswith("و"):
            return k
    return at


def _cases_before(words: list[str], index: int) -> int | None:
    """«تسجيل حالة وفاة» = 1, «حالتي وفاة» = 2: cases of a death or an injury, counted by the word before the
    trigger (not «3 حالة»)."""
    before = strip_and(words[index - 1]) if index > 0 else ""
    if before in CASE_DUALS:
        return 2
    return 1 if before == "حاله" and not (index > 1 and parse_number(words, index - 2)) else None


_EXPOSED = {"تعرض", "تعرضت"}


def _exposed_victim(words: list[str], index: int) -> int | None:
    """«تعرض عون أمن لإصابة بليغة», «تعرضت امرأة لاعتداء»: the subject of «تعرض» before the trigger is its
    victim («تعرض شخصان لإصابات» = 2; Tunisian news writes «إلى»: «تعرض عون حرس إلى إصابة»)."""
    if (after := _exposed_after(words, index)) is not None:
        return after
    if strip_and(words[index]) in _EXPOSED and (before := _exposed_subject_before(words, index)):
        return before
    if index > 0 and words[index - 1] == "الي":
        index -= 1
    if index > 1 and words[index - 1] in _EXPOSED and words[index - 2].startswith("ال") and (
            words[index - 2][2:] in UNTITLED_VICTIMS or words[index - 2][2:] in _SINGLE_CASUALTIES):
        return 1  # «الضحية تعرض لإصابات بليغة», «السائق تعرض لإصابة»: the definite subject before the verb
    for j in (index - 2, index - 3, index - 4):  # «تعرض الصيدلي ناصر الفيتوري لطعنة»: a name of two words between
        if j >= 0 and words[j] in _EXPOSED and dual_of_victim(words[j + 1]):
            return 2
        if j >= 0 and words[j] in _EXPOSED and singular_victim(words[j + 1]) and not plural_of_victim(words[j + 1]) \
                and words[j + 1] not in TITLES:
            return victims_from(words, j + 1)
    return _exposed_far(words, index)


_SUBJECT_BEFORE_REACH = 5  # «طالب ليبي من الزاوية تعرض للطعن»: the victim, his nisba and his town, then the verb


def _exposed_subject_before(words: list[str], index: int) -> int:
    """«طالب ليبي من الزاوية تعرض للطعن»: the trigger opens on «تعرض» (lexicon `ar_stabbing`) and one indefinite victim
    stands a few words before it, with no number, other victim or relative between (Arabic pass 96): 1, else 0."""
    for j in range(index - 1, max(-1, index - 1 - _SUBJECT_BEFORE_REACH), -1):
        word = words[j]
        if word in WHO_SINGULAR_OR_DIALECT or parse_number(words, j) is not None or plural_person(word) or dual_of_victim(word):
            return 0
        if singular_victim(word) and not plural_of_victim(word) and word not in TITLES and not word.startswith("ال"):
            return 1 if j == 0 or words[j - 1] not in _TOPIC_PREPOSITIONS else 0
    return 0


def _exposed_after(words: list[str], index: int) -> int | None:
    """«في اعتداء تعرض له شاب ليبي», «الاعتداء الذي تعرضت له ممرضة»: the harm told first, then «تعرض له» and the
    one it befell, a singular victim (Arabic pass tune47)."""
    k = index + 1 + (words[index + 1 : index + 2] != [] and words[index + 1] in WHO_SINGULAR_OR_DIALECT)
    if words[k : k + 1] and words[k] in _EXPOSED and words[k + 1 : k + 2] in (["له"], ["لها"]) and k + 2 < len(words):
        victim = words[k + 2]
        if singular_victim(victim) and not plural_of_victim(victim) and victim not in TITLES:
            return victims_from(words, k + 2)
    return None


# «تعرض عون بالحرس الوطني، فجر اليوم السبت، إلى إصابات بليغة»: the subject's qualifier and the time stand between
# the verb and the harm (Jawhara-style pass 6, tune40)
_EXPOSED_FAR_REACH = 10
# «حول تعرض القاصر ... للاعتداء», «بعد تعرض شاب»: after a preposition «تعرض» is a verbal noun, the topic of a claim or
# the occasion of another event, no subject's harm told
_TOPIC_PREPOSITIONS = frozenset({"حول", "عن", "بشان", "من", "بعد", "رغم", "بسبب", "اثر", "جراء", "اثناء", "لدي", "علي"})


def _exposed_far(words: list[str], index: int) -> int | None:
    """One victim: «تعرض + a singular victim» further back, with no number, no other person and no second «تعرض»
    between it and the harm at ``index`` (already past «إلى»)."""
    for j in range(index - 4, max(-1, index - 1 - _EXPOSED_FAR_REACH), -1):
        if words[j] in _EXPOSED:
            victim = words[j + 1]
            if (j and words[j - 1] in _TOPIC_PREPOSITIONS) or not singular_victim(victim) or plural_of_victim(victim) or (
                    victim in TITLES):
                return None
            between = words[j + 2 : index]
            # a number of years is the victim's age («تعرض شاب (23 سنة) لاعتداء»: Arabic pass tune47), no count
            if any((parse_number(between, k) is not None and not set(between[k + 1 : k + 2]) & YEAR_WORDS)
                   or singular_victim(w) or plural_of_victim(w) or dual_of_victim(w) for k, w in enumerate(between)):
                return None
            return 1
    return None


def not_done(words: list[str], index: int) -> bool:
    """«محاولة اغتيال», «التخطيط لقتل»: an attempt or a plan, nobody was killed (the attempt may be the trigger's
    own first word: «نجاة ناشطة من محاولة اغتيال»); «في حالة وفاة» is "in case of death"."""
    return words[index] in _NOT_DONE or (index > 0 and words[index - 1] in _NOT_DONE) or (
        index > 1 and words[index - 1] in ("حاله", "حال") and words[index - 2] in ("في", "وفي"))


def _among(words: list[str], index: int) -> bool:
    """«من بين الضحايا طفلتان»: who some of the victims were, not how many they were."""
    return index > 0 and words[index - 1] in ("بين", "among")


def _vague_near(words: list[str], index: int) -> bool:
    """«مقتل وجرح الآلاف», «وآلاف الجرحى»: a vague quantity after the trigger or right before it counts its
    victims (no number, and not the single victim named earlier in the sentence)."""
    return any(w in _VAGUE for w in words[index + 1 : index + 4]) or (index > 0 and strip_and(words[index - 1]) in _VAGUE) or (
        words[index + 1 : index + 2] == ["عدد"] and "من" in words[index + 2 : index + 4])  # «وإصابة عدد (كبير) من الحضور»


def _possessed(word: str) -> bool:
    """«مقتله», «ومقتله», «استشهاده»: a trigger noun with the pronoun «his»."""
    return any(form.endswith("ه") and form[:-1] in _POSSESSED_TRIGGERS for form in clitic_variants(word))


_POSSESSED_WOUNDS = frozenset({"اصابته", "اصابتها"})
# what governs the noun «إصابته» («أدى إلى إصابته», «بعد إصابتها»); normalised, the verb «أصابته» («رصاصات أصابته
# إحداها في الرأس»: the bullet that hit the dead man) is written the same
_WOUND_GOVERNORS = frozenset({"الي", "في", "عن", "بعد", "اثر", "جراء"})


def _possessed_wound(words: list[str], index: int) -> bool:
    """«أدى إلى إصابته», «بعد إصابتها»: the injury noun with the pronoun «his» / «her», one person hurt."""
    return words[index] in _POSSESSED_WOUNDS and index > 0 and words[index - 1] in _WOUND_GOVERNORS


# «أصابته رصاصة طائشة», Libyan «صابته طلقة»: the verb with «him / her» before the shot that hit (normalised, the verb
# is written as the noun «إصابته»)
_HIT_ONE = frozenset({"اصابته", "اصابتها", "صابته", "صابتها", "جاته", "جاتها", "جاتو"})  # «جاته رصاصة» (pass 100)
_SHOTS = frozenset({"رصاصه", "رصاصات", "رصاصتان", "رصاصتين", "طلقه", "طلقات", "طلقتان", "طلقتين", "شظيه", "شظايا"})


def hit_verb(word: str) -> bool:
    """«أصابوه», «أصابته», Libyan «صابته»: a verb of hitting (its stem «صاب»), which a text also tells of the dead
    man's wound («فأصابوه في الصدر» after «الذي قتل برصاص مسلحين»)."""
    return "صاب" in word


# Arabic pass 100 (tune100): «خوي وولده انصابوا», «ختي وولديها الصغار انصابوا»: victims listed by «و» right before a
# plural hurt verb (a family's post, the Libyan word order) are its subject, summed by ``victim_lists.sum_victims``; a
# list only (two parts or more), a qualifier of the last one («الصغار») may stand before the verb
_PLURAL_HURT_AFTER = frozenset({"انصابوا", "تصاوبوا", "انجرحوا", "اصيبوا", "اصيبا", "انصابو", "تصاوبو"})
_LAST_QUALIFIERS = frozenset({"الصغار", "الكبار", "الزوز", "الاثنين", "الثلاثه", "التلاته"})
_KIN_LIST_REACH = 5  # «الأب والأم وولديهم»: up to five parts before the verb


def _kin_listed_before(words: list[str], index: int) -> int:
    """The sum of the victims listed right before the plural hurt verb at ``index`` (0 when no list of two parts or
    more ends there)."""
    end = index - 1 if index > 1 and words[index - 1] in _LAST_QUALIFIERS else index
    best = 0
    for start in range(end - 1, max(-1, end - 1 - _KIN_LIST_REACH), -1):
        if words[start].startswith("و"):
            continue  # a part after the first: the list opens on a word with no «و»
        total = sum_victims(words, start, end, parts=(2, _KIN_LIST_REACH), family=True)
        if total is None:
            break
        best = total
    return best


# Arabic pass 128 (tune128): «زوز من شباب الحي ماتوا وتلاتة انصابوا», «وخمسة تصاوبوا»: in a short post the number of
# the hurt or the dead stands alone right before their plural verb (the people were named in the clause before); only
# a number joined by «و» or opening the sentence, so a day or a date before the verb («يوم 5 وانصابوا») is no count
_PLURAL_DIED_AFTER = frozenset({"ماتوا", "توفوا", "استشهدوا", "ماتو", "توفو"})
_PLURAL_AFTER_BARE = _PLURAL_HURT_AFTER - {"اصيبا"} | _PLURAL_DIED_AFTER


def _bare_number_before(words: list[str], index: int) -> int | None:
    """The number (two or more) standing alone right before the plural verb at ``index``, written with «و» or opening
    the sentence; None otherwise."""
    if index < 1 or strip_and(words[index]) not in _PLURAL_AFTER_BARE:
        return None
    number = words[index - 1]
    if index > 1:
        if not number.startswith("و") or len(number) < 3:
            return None
        number = number[1:]
    parsed = parse_number([number], 0)
    return parsed[0] if parsed is not None and parsed[1] == 1 and 2 <= parsed[0] < 1000 else None


def _hit_by_a_shot(words: list[str], index: int) -> bool:
    """«الشاب مفتاح (19 عاما) أصابته رصاصة طائشة في ظهره»: a shot that hit «him / her» (the verb and its subject, at
    either word of them) hurt one person; not after a death (the caller: the shot that hit the dead man)."""
    if strip_and(words[index]) in _HIT_ONE:
        return words[index + 1 : index + 2] != [] and words[index + 1] in _SHOTS
    return index > 0 and words[index] in _SHOTS and strip_and(words[index - 1]) in _HIT_ONE


# «ما تسبب له في جرح», «خلف لها كسورا»: a wound caused «to him / her» is one person's.
_CAUSING = frozenset({"تسبب", "تسببت", "سبب", "سببت", "خلف", "خلفت", "احدث", "احدثت"})
_TO_ONE = frozenset({"له", "لها"})


def _wound_caused_to_one(words: list[str], index: int) -> bool:
    """«انهالوا عليه بالضرب، ما تسبب له في جرح على مستوى الرأس»: the injury noun after a causing verb with «له /
    لها» (and «في») is the one victim's wound, as «إصابته» is."""
    before = words[max(0, index - 3) : index]
    if before[-1:] == ["في"]:
        before = before[:-1]
    return len(before) >= 2 and before[-1] in _TO_ONE and strip_and(before[-2]) in _CAUSING


_TO_TWO = frozenset({"لهما"})
_CAUSED_WOUNDS = frozenset({"جرح", "جروح", "كسر", "كسور", "كسورا", "حروق", "حروقا", "رضوض", "رضوضا", "كدمات", "نزيف",
                            "اصابه", "اصابات", "جروحا",
                            "جرحا", "كسرا"})  # «ما خلف لإحداهما جرحا غائرا»: the accusative singular (Arabic pass 62)
# «تعرضت تلميذتان إلى اعتداء ... ما خلف لإحداهما جرحا»: the wound was caused to one of the two assaulted (pass 62)
_TO_ONE_OF = frozenset({"لاحدهما", "لاحداهما", "لاحدهم", "لاحداهن"})


def wound_caused_to_one_of(words: list[str]) -> bool:
    """A causing verb, then «لأحدهما / لإحداهما» and a wound: one of the pair (or group) assaulted was hurt."""
    for k in range(len(words) - 2):
        if strip_and(words[k]) in _CAUSING and words[k + 1] in _TO_ONE_OF:
            wound = words[k + 3] if words[k + 2] == "في" and k + 3 < len(words) else words[k + 2]
            if wound in _CAUSED_WOUNDS:
                return True
    return False


# Arabic pass 116 (tune116): «ووجهوا له طعنتين على مستوى الكتف»: stabs dealt «to him / her» are one person's wound;
# only stabs («وجه له تهمة» charges him, «وجه له ضربة» tells a blow, no wound)
_DEALING = frozenset({"وجه", "وجها", "وجهوا", "وجهت", "سدد", "سددا", "سددوا"})
_STABS = frozenset({"طعنه", "طعنات", "طعنتين", "طعنتان", "طعنا"})
# «أن ثلاثة مهاجرين ... تعرضوا إلى اعتداء ... ما خلف لهم إصابات»: a wound caused «to them» counts the number of people
# who underwent the assault («تعرضوا», or «تعرض» before them); not a number after «من قبل / على يد» (the attackers)
_TO_THEM = frozenset({"لهم", "لهن"})
_EXPOSED_PLURAL = frozenset({"تعرضوا", "تعرضن", "تعرض", "تعرضت"})
_EXPOSED_SUBJECT_REACH = 10  # «ثلاثة مهاجرين من جنسيات إفريقية جنوب الصحراء تعرضوا»: the people, their origin, the verb


def _assaulted_number(words: list[str], before: int) -> int | None:
    """The number of the people who underwent («تعرضوا / تعرض») the harm told before ``before``: a number with
    plural people right after it, just before the plural verb or right after the verb."""
    for v in range(before):
        if strip_and(words[v]) not in _EXPOSED_PLURAL:
            continue
        starts = [v + 1] if words[v] in ("تعرض", "تعرضت") else range(max(0, v - _EXPOSED_SUBJECT_REACH), v)
        for j in starts:
            parsed = parse_number(words, j) if j < len(words) else None
            if parsed is None or j + parsed[1] >= len(words) or not plural_person(words[j + parsed[1]]) or (
                    j > 0 and words[j - 1] in ("قبل", "يد")):
                continue
            if any(parse_number(words, m) is not None for m in range(j + parsed[1], v)):
                continue  # another number nearer the verb
            return parsed[0]
    return None


def wound_caused_to_them(words: list[str]) -> int | None:
    """«اعتدى مسلحون على معلم بالضرب ... ما تسبب له في كسور», «ما تسبب لهما في رضوض»: a wound an assault caused «to
    him / her» (one) or «to them two» (two), wherever the causing verb stands (the assault's words are weak triggers,
    which count nobody by themselves; Arabic pass 53). None when no wound follows («تسبب له في خسائر»).
    «ما خلف لهم إصابات»: the number of those who underwent the assault (Arabic pass 116); «ووجهوا له طعنات»: one."""
    if _TO_ONE.isdisjoint(words) and _TO_TWO.isdisjoint(words) and _TO_THEM.isdisjoint(words):
        return None  # a cheap test first: each reading needs «له / لها / لهما / لهم / لهن» (speed pass 14)
    for k in range(len(words) - 2):
        verb = strip_and(words[k])
        if verb in _DEALING and words[k + 1] in _TO_ONE and words[k + 2] in _STABS:
            return 1
        if verb not in _CAUSING or (words[k + 1] not in _TO_ONE and words[k + 1] not in _TO_TWO
                                    and words[k + 1] not in _TO_THEM):
            continue
        wound = words[k + 3] if words[k + 2] == "في" and k + 3 < len(words) else words[k + 2]
        if wound in _CAUSED_WOUNDS and words[k + 1] in _TO_THEM:
            return _assaulted_number(words, k)
        if wound in _CAUSED_WOUNDS:
            return 2 if words[k + 1] in _TO_TWO else 1
    return None


# «ما أدى إلى جرح في جبينها», «كسر في ذراعه»: a wound on «his / her» body part is one person's (Arabic pass tune47);
# the part's stems (a feminine «ة» is written «ت» before the pronoun: «رقبته»)
_OWN_WOUND_NOUNS = frozenset({"جرح", "جروح", "كسر", "كسور", "حروق", "رضوض", "كدمات", "اصابه", "اصابات", "طعنه", "طعنات"})
_BODY_STEMS = frozenset({"راس", "صدر", "بطن", "ظهر", "رقبت", "عنق", "وجه", "يد", "رجل", "ساق", "فخذ", "كتف", "ذراع",
                         "عين", "قدم", "جبين", "جبهت", "انف", "فك", "ركبت", "حوض", "جسد", "جسم", "اذن", "شفت"})


def _wound_on_own_body(words: list[str], index: int) -> bool:
    """A wound noun and «في / على مستوى» + a body part with «his / her»: one victim's own wound."""
    if strip_and(words[index]) not in _OWN_WOUND_NOUNS:
        return False
    k = index + 1
    if words[k : k + 2] == ["علي", "مستوي"]:
        k += 2
    elif words[k : k + 1] in (["في"], ["علي"]):
        k += 1
    else:
        return False
    part = words[k] if k < len(words) else ""
    return any(part.endswith(p) and part[: -len(p)] in _BODY_STEMS for p in ("ها", "ه"))


_SINGLE_CASUALTIES = {"مصاب", "جريح", "ضحيه"}  # «توفي المصاب متأثرا بجروحه», «توفيت الضحية»
# «تصاوبت الحرمة»: the Libyan word for a woman, a victim only with the article after a singular verb of harm («حرمة
# المسجد» is its sanctity in MSA; Arabic pass 96)
_DEFINITE_DIALECT_VICTIMS = frozenset({"الحرمه"})
_TITLED_SUBJECTS = ELDER_TITLES | _DEFINITE_DIALECT_VICTIMS
# «تصاوب السواق»: the Libyan «the driver», read as written (its forms hold «أسواق», markets, so it is in no victim list)
_DEFINITE_DIALECT_ROLES = frozenset({"السواق"})
_DEFINITE_VICTIMS = {"ام",  # «أصيبت الأم»: a victim only with the article (bare «أم» is "or": «توفي أم قتل؟»)
                     # «توفي الجد البالغ من العمر 78 سنة», «أصيبت الجدة»: a grandparent, only with the article (bare
                     # «جد» is the Tunisian "took place": «حادث مرور جد صباح اليوم»; «جدة» is Jeddah) (Arabic pass 141)
                     "جد", "جده"}
_PATIENT_WORDS = {"مريض", "مريضا", "المريض"}
_SINGULAR_PASSIVES = {"اصيب", "اصيبت", "يصاب", "تصاب", "توفي", "توفيت", "استشهد", "استشهدت",
                      # the Libyan singular verbs of one hurt or dead (Arabic pass 96: «تصاوبت برصاصة في رجلها»,
                      # «اتصاوب الشاب», «وتوفت في الطريق للمستشفى», «مات في الحين»); the plurals («اتصاوبوا»,
                      # «ماتوا») are not here, and a number or a plural after the verb is read first, as for «أصيب»
                      "تصاوب", "تصاوبت", "اتصاوب", "اتصاوبت", "انصاب", "انصابت", "توفت", "مات", "ماتت"}
_DUAL_PASSIVES = {"اصيبا", "اصيبتا", "توفيا", "توفيتا", "استشهدا"}  # «أن المراسل والمصور أصيبا بجروح»: two


# «واحد مات والتاني ...»: the Libyan «one (of them)» before a singular verb of death or wounding (Arabic pass 96)
_DIALECT_ONE = frozenset({"واحد", "واحده"})  # as written («واحد» keeps its «و»: ``strip_and`` would read «احد»)


def one_of_them_before(words: list[str], trigger_at: dict[int, str], found: dict[str, int]) -> None:
    """«وإن أحدهم توفي خلال الاحتجاز», «وأن إحداهن أصيبت»: «one of them» right before a singular passive verb of
    death or wounding is one victim, as «توفي أحدهم» after it (Arabic pass 90); only where the sentence read no
    count for that slot, and with the verb among the sentence's triggers (weak ones too: «توفي» alone is weak); the
    dialect «واحد» right after a victim noun is that noun's number («ومدني واحد وأصيب آخرون»: Arabic pass 118)."""
    for index, kind in trigger_at.items():
        slot = SLOT_OF_KIND.get(kind)
        if slot and slot not in found and index > 0 and (strip_and(words[index - 1]) in ONE_OF_THEM or ((
                words[index - 1] in _DIALECT_ONE or words[index - 1][1:] in _DIALECT_ONE) and not (
                index > 1 and singular_victim(words[index - 2])))) and (
                strip_and(words[index]) in _SINGULAR_PASSIVES):
            found[slot] = 1


def dual_verb(words: list[str], trigger_at: dict[int, str], found: dict[str, int]) -> None:
    """A dual passive verb that triggers its kind says two where the sentence read one victim or none: its
    subjects are often two named people joined by «و» («أن المراسل خالد والمصور فرج أصيبا بجروح»), whom the
    single-victim rules read as one."""
    for index, kind in trigger_at.items():
        slot = SLOT_OF_KIND.get(kind)
        if slot and found.get(slot, 1) == 1 and (strip_and(words[index]) in _DUAL_PASSIVES or _dual_subject_killed(words, index)):
            found[slot] = 2


_FORCE_REACH = 3  # «عنصرين من حرس المنشآت قتلا»: «من» and up to three words of the force before the verb


def _dual_subject_killed(words: list[str], index: int) -> bool:
    """«إن عنصرين من حرس المنشآت قتلا»: «قتلا» after a dual victim and its force is the dual passive (two were
    killed), not the verbal noun («مات قتلا»): the dual subject is read with «من» and its force between."""
    if words[index] != "قتلا":
        return False
    for k in range(max(0, index - 2 - _FORCE_REACH), index - 1):
        if dual_of_victim(words[k]) and words[k + 1] == "من":
            return True
    return index > 0 and dual_of_victim(words[index - 1])


# «تعرض شاب لاعتداء أصيب على إثره بجروح», «أصيب خلال المواجهات»: the cause or occasion after the verb
_AFTER_PASSIVE = {"علي", "اثر", "اثره", "اثرها", "خلال", "خلاله", "خلالها", "في", "جراء", "جراءها"}


def _singular_passive(words: list[str], index: int) -> bool:
    """«أصيب بطلق ناري», «توفيت بالمستشفى»: a singular passive verb with its means and no number or plural
    subject after it (in «أصيب بجروح 4 أشخاص» the number is read first)."""
    if strip_and(words[index]) not in _SINGULAR_PASSIVES or index + 1 >= len(words) or not (
            words[index + 1].startswith("ب") or words[index + 1] in _AFTER_PASSIVE) or _event_before_subject(words, index):
        return False
    following = words[index + 1 : index + 5]
    return not any(parse_number(following, k) is not None or plural_person(w) or w in ("عدد", "اخرون", "اخرين")
                   for k, w in enumerate(following))


# Arabic pass 49 (tune49): «تصفية مقاتلين جريحين», «إعدام ثلاثة أسرى جرحى»: the wounded state of the ones killed
# (hurt before, in the fighting) counts them among the killed, no one injured by this event
_WOUNDED_STATE = frozenset({"جريح", "جريحا", "جريحين", "جريحان", "جرحي", "الجرحي", "الجريح", "الجريحين"})
_WOUNDED_STATE_REACH = 3  # the killing word, a number and the people, then their state


def wounded_state_of_killed(words: list[str], at: int, trigger_at: dict[int, str]) -> bool:
    """The wounded form at ``at`` follows a killing trigger within ``_WOUNDED_STATE_REACH`` words, with no «و»-joined
    word between and no number right before it («مقتل 3 و5 جرحى», «3 قتلى، 5 جرحى» keep their injured)."""
    if words[at] not in _WOUNDED_STATE or (at > 0 and parse_number(words, at - 1) is not None):
        return False
    return any(kind == "killing" and 0 < at - k <= _WOUNDED_STATE_REACH
               and not any(w.startswith("و") for w in words[k + 1 : at])
               for k, kind in trigger_at.items())


# «كسرت يدها», «كسروا أنفه», «مكسور الأضلاع»: the fracture triggers of the lexicon (`ar_fractures`); one body when
# the part carries a singular pronoun («يده», «ساقها»; not «أيديهم»), or after the singular participle.
_BREAKING = frozenset({"كسر", "كسرت", "كسروا", "تكسرت"})
_BROKEN_ONE = frozenset({"مكسور", "مكسوره"})
_BROKEN_PARTS = frozenset({"يد", "ذراع", "ساق", "رجل", "اضلاع", "انف", "فك"})


def _one_body_broken(words: list[str], index: int) -> bool:
    """The fracture trigger at ``index`` names one victim's body: «وكسرت ساقها» (a part with «ه» / «ها»), «مكسور
    الأضلاع» (the singular participle with a definite part)."""
    if index + 1 >= len(words):
        return False
    verb, part = strip_and(words[index]), words[index + 1]
    if verb in _BROKEN_ONE:
        return part.startswith("ال") and part[2:] in _BROKEN_PARTS
    if verb in _AMPUTATING:
        # «بترت ساقه» (his), «بترت ساق طفل» (a part, then one victim: Arabic pass 58, `ar_amputation`)
        return any(part.endswith(p) and part[: -len(p)] in _CUT_PARTS for p in ("ها", "ه")) or (
            part in _CUT_PARTS and words[index + 2 : index + 3] != [] and words[index + 2] in NAMED_VICTIMS)
    if verb not in _BREAKING:
        return False
    return any(part.endswith(p) and part[: -len(p)] in _BROKEN_PARTS for p in ("ها", "ه"))


_AMPUTATING = frozenset({"بتر", "بترت",
                         "بترولوا", "بتروله", "بترولها", "بترولو"})  # Libyan «بترولوا رجله» (Arabic pass 96)
_CUT_PARTS = frozenset({"يد", "ذراع", "ساق", "رجل", "قدم"})


_WOUNDED_AFTER = frozenset({"مصابين", "مصابون", "جرحي"})


def _pair_described(words: list[str], index: int) -> int:
    """«طفلين مصابين», «طفلين وامرأة مصابين»: a dual of a victim noun (and one victim joined to it by «و») right
    before the plural of the wounded, which is its adjective: their number, else 0."""
    if words[index] not in _WOUNDED_AFTER or index < 1:
        return 0
    j, joined = index - 1, 0
    if j > 0 and (joined := joined_victim(words, j)):
        j -= 1
    return 2 + joined if dual_of_victim(words[j]) else 0


# «إعداما ميدانيا لـ5 أسرى», «اعتقال لثلاثة شبان»: a verbal noun's victims after «ل» written on the number (the token
# «ل5», «لخمسه»), which the number rules do not read (Arabic pass 64)
_LAM_REACH = 3  # the trigger, an adjective («ميدانيا»), then the number


def number_after_lam(words: list[str], trigger_at: dict[int, str]) -> dict[str, int]:
    """killed read from «ل + number + plural person noun» right after a killing trigger, or after one indefinite
    adjective of it («إعداما ميدانيا لـ5», «قتل جماعي لـ3»); not after a victim noun («مقتل أم لثلاثة أطفال»: a mother
    of three) nor a definite word («العنف المتعمد لثلاثة آخرين»)."""
    found: dict[str, int] = {}
    for k, kind in trigger_at.items():
        if kind != "killing" or "killed" in found:
            continue
        for j in range(k + 1, min(len(words), k + _LAM_REACH)):
            word = words[j]
            if len(word) < 2 or word[0] != "ل":
                if j > k + 1 or not word.endswith(("يا", "ي")) or word.startswith("ال"):
                    break  # only the trigger's own adjective may stand between
                continue
            parsed = parse_number([word[1:], *words[j + 1 : j + 3]], 0)
            if parsed is None or not 0 < parsed[0] < 10000:
                break
            after = j + parsed[1]
            if after < len(words) and plural_person(words[after]):
                found["killed"] = parsed[0]
            break
    return found


# «انتحار طالب في الثانوية العامة», «انتحرت فتاة في منزلها»: a suicide is no incident, but like an accident's dead it
# gets its count (docs/labelling.md, twelfth session); no trigger names it, so the sentence has no count otherwise
# (Arabic pass 64). Not an attempt («محاولة انتحار») nor a rate («حالات الانتحار»).
_SUICIDE = frozenset({"انتحار", "وانتحار", "انتحر", "وانتحر", "انتحرت", "وانتحرت"})


# «عثر على شاب في الثلاثينات من عمره منتحرا»: the state the one found was in (Arabic pass 78)
SELF_KILLED = frozenset({"منتحرا", "منتحره", "منتحرين", "منتحرتين"})
_SELF_KILLED_REACH = 6  # the victim, his age («في الثلاثينات من عمره»), then the state


def found_self_killed(words: list[str]) -> dict[str, int]:
    """killed 1 for one victim found «منتحرا» (the state within ``_SELF_KILLED_REACH`` words after the victim), read
    where a death word of the sentence told it («... منتحرا، وفتحت تحقيقا في ملابسات الوفاة»)."""
    if SELF_KILLED.isdisjoint(words):
        return {}  # a cheap test first (every sentence without a trigger asks it, Arabic pass 118; speed pass 14)
    for at, word in enumerate(words):
        if word in SELF_KILLED and any(singular_victim(w) for w in words[max(0, at - _SELF_KILLED_REACH) : at]):
            return {"killed": 1}
    return {}


# «أقدم شاب في العشرينات على الانتحار», «أقدمت سيدة على الانتحار شنقا»: the act told by «أقدم على» (Arabic pass 86),
# the one who did it between the verb and «على»; not «أقدم على محاولة الانتحار» (an attempt: «محاولة» stands between)
_THE_SUICIDE = frozenset({"الانتحار", "للانتحار"})
_WENT_TO_REACH = 14  # the verb, the victim and his age («في العشرينات من عمره»), a time («صباح اليوم الجمعة»:
# Arabic pass 110) and its full date («يبلغ من العمر 26 سنة صباح اليوم الاثنين 10 أكتوبر 2016»: Arabic pass 134),
# then «على»


def _went_to_suicide(words: list[str]) -> bool:
    """«أقدم» + a singular victim + (his age) + «على الانتحار»: one who took his own life."""
    for at, word in enumerate(words[:-1]):
        if word == "علي" and words[at + 1] in _THE_SUICIDE:
            before = words[max(0, at - _WENT_TO_REACH) : at]
            verbs = [k for k, w in enumerate(before) if w in UNDERTOOK]
            if verbs and any(singular_victim(w) for w in before[verbs[-1] + 1 :]):
                return True
    return False


def suicide_death(words: list[str]) -> dict[str, int]:
    """killed 1 for a suicide word right before one victim noun, with no attempt word before it, or one who «أقدم على
    الانتحار»."""
    if not _THE_SUICIDE.isdisjoint(words) and not UNDERTOOK.isdisjoint(words) and _went_to_suicide(words):
        return {"killed": 1}
    if _SUICIDE.isdisjoint(words):
        return {}
    for at, word in enumerate(words[:-1]):
        if word in _SUICIDE and singular_victim(words[at + 1]) and not (at > 0 and words[at - 1] in ("محاوله", "ومحاوله")):
            return {"killed": 1}
    return {}


def _english_bodies_listed(words: list[str], index: int) -> int:
    """"the bodies of a farmer and his wife" = 2, "the bodies of a woman, her husband and their two sons" = 4: bodies
    found told victim by victim after "bodies of a / an" (the settled answers: the bodies the text says were found);
    0 when no singular victim follows or only one is told (a plural "bodies" of one victim is no count of it)."""
    if words[index] != "bodies" or words[index + 1 : index + 3] not in (["of", "a"], ["of", "an"]) or (
            index + 3 >= len(words) or words[index + 3] not in SINGULAR_VICTIMS):
        return 0
    told = max(victims_from(words, index + 3), english_listed_after(words, index + 3))
    return told if told >= 2 else 0
