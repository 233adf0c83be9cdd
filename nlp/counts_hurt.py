"""Who is hurt, told by wounds and care rather than by a casualty noun: a wound stated (none after an
assault), wounds on one body, shock, the dead's own wounds, people taken to hospital, given first aid or in
intensive care (Arabic and English). Separate because both the count rules and ``nlp.annotate`` (a whole
document's care) ask them."""

from __future__ import annotations

import re
from itertools import pairwise

from nlp.counts import is_calendar_year, parse_number
from nlp.counts_rules_en import (
    EN_DEATH_VERBS,
    EN_ONE_MORE,
    EN_ONE_MORE_ORDINALS,
    EN_WOUND_ADJECTIVES,
    english_in_age_list,
    english_nationality,
    english_single_before,
)
from nlp.counts_words import (
    AFTER_WORDS,
    ARRIVED_PLURAL,
    CASE_NOUNS,
    CASUALTY_NOUNS,
    DATE_WORDS,
    DIALECT_KIN,
    EN_ARTICLES,
    EN_BE_OR_REMAIN,
    EN_HURT_PARTICIPLES,
    EN_KIN_ADJECTIVES,
    EN_WOUNDED_PARTICIPLES,
    HURT_PASSIVES,
    ILLNESS_AFTER,
    NAMED_VICTIMS,
    OF_THEM,
    ONE_OF,
    ONE_OF_THEM,
    RESCUED,
    SINGULAR_VICTIMS,
    THAT_CLAUSE,
    THAT_HE_OR_SHE,
    THE_WOUNDED,
    UNTITLED_VICTIMS,
    WHO_SINGULAR,
    dual_of_victim,
    plural_of_victim,
    plural_person,
    possessed_dual,
    possessed_victim,
    singular_victim,
    strip_and,
)
from nlp.morph import word_forms
from nlp.normalize import with_proclitics, word_cache
from nlp.victim_lists import sum_victims

# «وبه ثلاث إصابات في الظهر», «تلقى طعنتين على مستوى البطن»: a number of wounds on a body part counts wounds of one
# victim, not people.
_WOUND_NOUNS = {"اصابات", "اصابه", "جروح", "طعنات", "طعنه", "رصاصات", "طلقات", "رصاصه", "طلقه"}
BODY_PARTS = {"الراس", "الصدر", "البطن", "الظهر", "الرقبه", "العنق", "الوجه", "اليد", "اليدين", "الرجل", "الرجلين",
               "الساق", "الساقين", "الفخذ", "الكتف", "الذراع", "العين", "القدم", "الحوض", "جسده", "جسدها", "جسمه",
               "جسمها", "انحاء", "مستوي", "راسه", "راسها", "صدره", "صدرها", "بطنه", "بطنها", "ظهره", "ظهرها"}


def wounds_on_body(words: list[str], end: int) -> bool:
    """The words from ``end`` (after a number) are wounds on a body part: «إصابات في الظهر», «طعنات على مستوى البطن»."""
    return (end + 2 < len(words) and words[end + 2] in BODY_PARTS and words[end + 1] in ("في", "علي")
            and bool(word_forms(words[end]) & _WOUND_NOUNS))  # the cheap set tests first: this runs on every number


_SHOCK = {"صدمه", "هلع", "ذعر", "انهيار", "اغماء"}  # «بصدمة نفسية», «بحالة هلع», «بانهيار عصبي»


def shocked(words: list[str], end: int) -> bool:
    """The people counted up to ``end`` were struck by shock or panic, not hurt: the first «ب» word within three
    words after the number is shock («بصدمة», «بالهلع») or a state of it («بحالة هلع»)."""
    for k in range(end, min(len(words), end + 3)):
        word = words[k].removeprefix("و")
        if not word.startswith("ب"):
            continue
        stem = word[3:] if word.startswith("بال") else word[1:]
        if stem in CASE_NOUNS:
            return k + 1 < len(words) and words[k + 1].removeprefix("ال") in _SHOCK
        return stem in _SHOCK
    return False


# An assault («الاعتداء بالضرب على», «يعتدون على», «الاعتداء على مصور») names who was attacked, not who was hurt:
# the guide types an assault with no injury stated `other`, with no injured count. Its victims count once the
# document states a wound, care or violence done to the body (these stems, a cheap substring test: «بجروح», «إصابته»,
# «كسور», «الإسعاف», «بالنار»; «اعتداء بالعنف», «تعنيف»: the labels count the victims of violence), or a transfer to
# a hospital («نقل إلى المستشفى»; a hospital alone is often where the assault happened).
_ASSAULT_STEMS = ("اعتدا", "اعتدي", "اعتدو", "يعتد", "تعتد", "ضرب",
                  "beat", "assault", "punch", "kicked", "whipp", "flogg",  # English: "was beaten", "assaulted"
                  "slapp", "roughed")  # "pushed and slapped", "roughed up" (English pass 47)
_WOUND_STEMS = ("جرح", "جروح", "صاب", "صيب", "كسور", "كسر", "رضوض", "كدم", "نزيف", "حروق", "اسعاف", "علاج", "غرز",
                "خيطوله", "خيطولها",  # Libyan «خيطوله راسه»: they stitched his head (Arabic counts pass 11)
                "تعالج",  # Libyan «وتوا هي في مستشفى الخضراء تتعالج», «يتعالج»: being treated (Arabic injured paraphrase pass)
                "عجز", "طعن", "رصاص", "بالنار", "عنف",
                "wound", "injur", "hurt", "hospital", "treated", "treatment", "bruis", "fractur", "broken", "bleed",
                "stab", "gunshot", "burns", "stitches", "intensive", "concussion", "bloodied",
                r"(?<![a-z])shot(?![a-z])")  # "was shot in the leg" beside "his friend was beaten" (English pass 22)
_NEGATORS = {"دون", "بدون", "لم", "عدم", "بلا", "دونما",  # «دون أن يصاب بجروح»: no wound
             # "was not hurt", "without injury", "did not say whether he was hurt": no wound stated (English pass 22)
             "not", "no", "without", "whether", "never"}
_NEGATION_REACH = 3


# «الاعتداء», «بالاعتداء», «يعتدون», «ضرب»: an assault stem after up to three letters of clitics, at a word's start
_ASSAULT_RE = re.compile(r"(?:^|\s)\S{0,3}(?:" + "|".join(_ASSAULT_STEMS) + ")")
WOUND_RE = re.compile("|".join(_WOUND_STEMS))  # a stem anywhere in a word


def states_wound(words: list[str]) -> bool:
    """The words state a wound, care or a transfer to hospital, not negated («دون أن يصاب بجروح» states none)."""
    if WOUND_RE.search(" ".join(words)):  # one search first: most sentences name no wound
        for k, word in enumerate(words):
            if WOUND_RE.search(word) and not _NEGATORS.intersection(words[max(0, k - _NEGATION_REACH) : k]) and (
                    not _unsaid(words, k)) and (not _gang_word(word)) and not word.startswith(("unhurt", "uninjur", "unwound")) and (  # "escaped unhurt"
                    not _hospital_as_place(words, k)) and not _treated_as_manner(words, k) and not (
                    _ambulance_seized(words, k)) and not (
                    k + 1 < len(words) and words[k + 1] in ILLNESS_AFTER):  # «أصيب بوعكة صحية»: ill (pass 110)
                return True
    return any(w.startswith(_TAKING) for w in words) and (_hospital_word_in(words)
                                                          or any(word_forms(w) & _CLINICS for w in words))


# Arabic pass 114 (tune114): «واستولت على سيارة إسعاف», «وسرقوا سيارة الإسعاف»: an ambulance seized or stolen is property
# taken, no care given (a beating beside it keeps no injured count: the settled answer); «نقلوا بسيارة إسعاف» stays care
_AMBULANCE_VEHICLES = frozenset({"سياره", "سيارات", "سيارتي", "مركبه", "عربه"})
_SEIZED = frozenset({"استولت", "استولي", "استولوا", "استيلاء", "الاستيلاء", "سرقت", "سرق", "سرقوا", "سرقه", "نهبت",
                     "نهب", "نهبوا", "سلبت", "سلب", "سلبوا", "صادرت", "صادروا", "حطمت", "حطموا", "احرقت", "احرقوا"})
_SEIZED_REACH = 3  # «استولت على سيارة إسعاف»


def _ambulance_seized(words: list[str], k: int) -> bool:
    """An ambulance word at ``k`` right after a vehicle noun, with a seizing or stealing word up to three words before."""
    return ("اسعاف" in words[k] and k > 0 and words[k - 1] in _AMBULANCE_VEHICLES
            and any(w.removeprefix("و") in _SEIZED for w in words[max(0, k - 1 - _SEIZED_REACH) : k - 1]))


# "all detainees must be treated humanely", "treated with dignity": how people are dealt with, no medical care
_EN_TREATED_MANNER = frozenset({"humanely", "inhumanely", "fairly", "unfairly", "equally", "well", "badly", "decently"})


def _treated_as_manner(words: list[str], k: int) -> bool:
    """"treated" / "treatment" followed by a manner ("humanely", "with dignity"): no care for a wound (English pass 45)."""
    if not words[k].startswith("treat") or k + 1 >= len(words):
        return False
    return words[k + 1] in _EN_TREATED_MANNER or words[k + 1 : k + 3] in (["with", "dignity"], ["with", "respect"])


# «ولم تذكر الإدارة أن الممرض احتاج إلى علاج», «ولم يوضح البيان إن كان الحارس أصيب»: a negated telling verb says the
# wound is not known, over the clause it governs (the guide: an assault with no wound stated counts none; pass 84)
_UNSAID_VERBS = frozenset({"تذكر", "يذكر", "توضح", "يوضح", "تشر", "يشر", "تحدد", "يحدد", "يتضح"})
_UNSAID_REACH = 8


def _unsaid(words: list[str], k: int) -> bool:
    return any(words[j] in _UNSAID_VERBS and words[j - 1] in ("لم", "ولم", "لا", "ولا")
               for j in range(max(1, k - _UNSAID_REACH), k))


def care_unsaid(words: list[str]) -> bool:
    """«ولم تذكر الإدارة أن الممرض احتاج إلى علاج»: the sentence's care is told as not known (``_unsaid``)."""
    return not _UNSAID_VERBS.isdisjoint(words) and _unsaid(words, len(words))


# «ونقل إلى المستشفى»; Libyan «هزوه / هزيناه للمستشفى» (carried him to hospital: Arabic counts pass 11)
_TAKING = ("نقل", "ونقل", "هزوه", "وهزوه", "هزوها", "وهزوها", "هزيناه", "وهزيناه", "هزيناها", "وهزيناها")


_GANGS = frozenset({"عصابه", "عصابات"})
# "seized outside the hospital", "a checkpoint near the hospital": a hospital named as where something happened, no care
_BESIDE_PLACE = frozenset({"outside", "near", "opposite", "behind", "beside", "nearby", "front"})


_HOSPITAL_ATTACKED = frozenset({"storm", "storms", "stormed", "storming", "raid", "raids", "raided", "raiding",
                                "attack", "attacks", "attacked", "attacking", "shelled", "shell", "shells", "shelling"})


def _hospital_as_place(words: list[str], k: int) -> bool:
    """"He was abducted outside the hospital in April": the hospital is where, not care given (English pass 23; a
    release story's beating with no wound then counts nobody, the settled answer)."""
    if not words[k].startswith("hospital"):
        return False
    before = words[k - 1] if k > 0 else ""
    if before in ("the", "a", "its", "his", "her") and k > 1:
        before = words[k - 2]
    if before == "of" and k > 2 and words[k - 3] == "front":
        before = "front"  # "in front of the hospital"
    # "Gunmen storm Sebha hospital, beat nurse", "... smashed equipment, the hospital said": the hospital attacked (past
    # its town's name) or speaking is where, or who tells, not care given (English pass 27; the settled answers: a
    # hospital is a place, also when it issues the statement)
    stormed = before in _HOSPITAL_ATTACKED or (k > 1 and words[k - 2] in _HOSPITAL_ATTACKED and before.isascii())
    return before in _BESIDE_PLACE or stormed or words[k + 1 : k + 2] in (["said"], ["says"], ["reported"]) or (
        _hospital_as_workplace(words, k, before)) or _hospital_as_target(words, k, before) or (
        _hospital_as_building(words, k, before))


# "suspended work at the hospital", "closed the hospital", "evacuated the hospital": the hospital as a workplace whose
# work stops, no care given to anyone (English pass 49: a ministry's reaction to a raid, beside a nurse beaten with no
# wound stated)
_HOSPITAL_WORK = frozenset({"work", "services", "operations", "activities", "shifts"})
_HOSPITAL_SHUT = frozenset({"closed", "shut", "evacuated", "suspended", "closing", "evacuating", "suspending"})


# "condemned the attack on the hospital", "a raid on Gharyan hospital": the hospital as what was attacked, no care given
# to anyone (English pass 52: a ministry's reaction to a raid, beside a nurse beaten with no wound stated)
_ATTACKS_ON = frozenset({"attack", "attacks", "raid", "raids", "assault", "assaults", "strike", "strikes", "shelling"})


def _hospital_as_target(words: list[str], k: int, before: str) -> bool:
    """The hospital word at ``k`` after "attack / raid ... on (the) (its town)"."""
    on = k - 1 - (words[k - 1] in ("the", "its") if k > 0 else 0)
    if before != "on" and on >= 1 and words[on] != "on" and words[on].isascii():
        on -= 1  # "a raid on Gharyan hospital": past the town's name
    return on >= 1 and words[on] == "on" and words[on - 1] in _ATTACKS_ON


def _hospital_as_workplace(words: list[str], k: int, before: str) -> bool:
    """The hospital word at ``k`` after "work / services ... at (the)" or a closing verb ("closed the hospital")."""
    if before in _HOSPITAL_SHUT:
        return True
    at = k - 1 - (words[k - 1] in ("the", "its") if k > 0 else 0)
    return before == "at" and at >= 1 and words[at - 1] in _HOSPITAL_WORK


# English injured pass (all tune files): in a raid on a hospital whose staff were beaten, the hospital named as a
# workplace or a building is where, not care given ("The hospital suspended non-emergency services", "Doctors at the
# hospital have gone on strike", "a police post at the hospital gate"): the beaten keep no injured count (the guide: a
# beating with no wound stated has none; a hospital is a place)
_HOSPITAL_STAFF = frozenset({"doctors", "nurses", "staff", "workers", "employees", "medics", "surgeons"})
_HOSPITAL_PARTS = frozenset({"gate", "gates", "entrance", "grounds", "walls", "wall", "fence", "courtyard", "yard",
                             "compound", "door", "doors"})


def _hospital_as_building(words: list[str], k: int, before: str) -> bool:
    """The hospital word at ``k`` before a closing verb or a part of its building, or after "<staff> at (the)"."""
    after = words[k + 1] if k + 1 < len(words) else ""
    if after in _HOSPITAL_SHUT or after in _HOSPITAL_PARTS:
        return True
    at = k - 1 - (words[k - 1] in ("the", "its") if k > 0 else 0)
    return before == "at" and at >= 1 and words[at - 1] in _HOSPITAL_STAFF


def _gang_word(word: str) -> bool:
    """«عصابة مسلحة» (a gang) holds the wound stem of «إصابة» in its letters: no wound stated (Arabic pass tune38)."""
    return not _GANGS.isdisjoint(word_forms(word))


def assault_told(words: list[str]) -> bool:
    """The words tell an assault («الاعتداء بالضرب», "was beaten"), wound or none."""
    return bool(_ASSAULT_RE.search(" ".join(words)))


def unhurt_assault(words: list[str]) -> bool:
    """An assault told in a sentence that states no wound («ندد بالاعتداء بالضرب على معلم»): its injured count
    names who was attacked; ``nlp.annotate`` keeps it only if the document states a wound elsewhere."""
    return bool(_ASSAULT_RE.search(" ".join(words))) and not states_wound(words)


_CLAUSE_OPENERS = {"فيما", "بينما", "كما"}


def others_wounded_after(words: list[str], strong_at: dict[int, str]) -> bool:
    """«توفي عون أمن متأثرا بطعنات ... فيما أصيب زميله بجروح»: a new clause after the death of wounds tells another
    victim hurt (not «متأثرا بجروحه التي أصيب بها»: the dead's own wounds); «في حين» opens one as «فيما» does («في
    حين أصيب عون ثان بكسور»: Arabic pass 134)."""
    wounds = next((k for k, w in enumerate(words) if w.startswith(("متاثر", "ومتاثر"))), len(words))
    return any(k > wounds and kind == "injury" and (words[k - 1] in _CLAUSE_OPENERS or words[k].startswith("و") or (
        words[k - 2 : k] == ["في", "حين"])) for k, kind in strong_at.items())




def death_as_cause(words: list[str], strong_at: dict[int, str]) -> bool:
    """«اعتدوا بالضرب على طبيب وممرضين اثنين، إثر وفاة أحد أقاربهم متأثرا بجروح»: a death told as the cause of an
    assault already named (an injury trigger before «إثر / بعد وفاة») is someone else's; its «متأثرا بجروح» does not
    make the assault's victims the dead."""
    for k in range(1, len(words) - 1):
        if words[k] in AFTER_WORDS and words[k + 1] == "وفاه":
            return any(at < k and kind == "injury" for at, kind in strong_at.items())
    return False


_TAKEN = {"نقل", "نقلت", "نقلوا", "اسعاف", "تحويل"}  # not «إجلاء»: people evacuated from a hospital are not hurt
HOSPITALS = {"مستشفي", "مستشفيات", "مستوصف", "استعجالي", "الاستعجالي", "مصحه", "الاستعجالات"}  # «مصحة»: a clinic
# a prison's or a detention centre's clinic («نقلوا إلى عيادة السجن», «إلى العيادة»): care, read only where people are
# taken to it (``states_wound``, ``_taken_after``), not as a hospital word everywhere (Arabic pass 120)
_CLINICS = frozenset({"عياده", "العياده", "عيادات", "للعياده", "بالعياده", "لعياده"})


def _hospital_word_in(words: list[str]) -> bool:
    """A hospital word («المستشفى», «بمستشفى»: any clitic form) among ``words``, the window each rule reads; the
    care rules read «مركز X الطبي» too (``_hospital_in``)."""
    return any(word_forms(w) & HOSPITALS for w in words)


# First aid needs no hospital: only the hurt get it («أسعف 3 أشخاص», «تلقى 3 آخرون الإسعافات»).
_FIRST_AID = {"اسعف", "اسعفت", "اسعفوا", "يسعف"}
TREATMENT = {"اسعافات", "الاسعافات", "علاج", "العلاج"}
_RECEIVING = {"تلقي", "يتلقي", "تلقوا", "يتلقون", "تلقت", "تتلقي"}  # «وتلقى 3 آخرون الإسعافات»
_TREATMENT_REACH = 7  # «تلقى 3 آخرون الإسعافات», «تلقى ستة طلاب من مدرسة ابن خلدون الثانوية العلاج»
_RECEIVED = {"استقبل", "استقبلت", "يستقبل", "تستقبل"}  # «استقبل مستشفى الزاوية 7 مصابين»
_TREATING = frozenset({"عالج", "عالجت", "عالجوا", "يعالج", "تعالج", "عالجنا"})  # «عالجت 3 منهم من كسور» (pass 49)


# a time between the treating verb and its object («عالجت الأسبوع الماضي 11 مهاجرا», «عالج أمس 6 أشخاص») (pass 64)
_TIME_BETWEEN = DATE_WORDS | frozenset({"الاسبوع", "الماضي", "الماضيه", "الشهر", "خلال", "الايام", "الاخيره"})
_TIME_BETWEEN_REACH = 3


def _treating_past_time(words: list[str], index: int) -> bool:
    """A treating verb before the number with only time words between them (one to three)."""
    k = index - 1
    while k >= 0 and index - k <= _TIME_BETWEEN_REACH and words[k] in _TIME_BETWEEN:
        k -= 1
    return k < index - 1 and k >= 0 and bool(word_forms(words[k]) & _TREATING)


_DONE = frozenset({"تم", "وتم", "جري", "وجري"})  # «تم إسعاف», «جرى إسعاف»: the passive of a verbal noun
_TAKEN_PLURAL = {"نقلوا", "نقلا", "نقلن", "اسعفوا", "اسعفا"}  # the people before their transfer: a plural or dual verb
# or their arrival at a hospital's emergency ward («ستة محتجين وصلوا إلى قسم الطوارئ»: Arabic injured paraphrase pass);
# arriving at a hospital alone may be a check (Arabic pass 47: freed migrants «وصلوا إلى المستشفى» count nobody)
_ARRIVED_PLURAL = with_proclitics(ARRIVED_PLURAL, ("و",))
_RECEIVING_PLURAL = frozenset({"تلقوا", "يتلقون", "تلقين", "يتلقين", "تلقيا", "يتلقيان", "تتلقيان"})  # their treatment


# «نقلوا إلى مركز سبها الطبي», «إلى المركز الطبي بالمدينة»: Libyan hospitals are named «مركز X الطبي» (Arabic pass 78)
_CENTRES = frozenset({"مركز", "المركز"})
_MEDICAL = frozenset({"الطبي", "طبي"})
_CENTRE_NAME_REACH = 3  # «مركز طرابلس الطبي», «مركز بنغازي الطبي», «مركز الزاوية التخصصي الطبي»: the town between
_WARDS = frozenset({"قسم", "اقسام"})  # «قسم الطوارئ» (not «جهاز الإسعاف والطوارئ», «حالة الطوارئ»)


def _emergency_ward_at(words: list[str], k: int) -> bool:
    """«قسم الطوارئ» (with «ل / ب» on «قسم») ending at ``k``: the ward where the hurt are received."""
    return words[k] == "الطوارئ" and k > 0 and words[k - 1].removeprefix("ل").removeprefix("ب") in _WARDS


def _hospital_in(words: list[str]) -> bool:
    """A hospital word among ``words``, or «مركز» with «الطبي» within ``_CENTRE_NAME_REACH`` words after it."""
    for k, w in enumerate(words):
        if word_forms(w) & HOSPITALS:
            return True
        if _emergency_ward_at(words, k):
            return True  # «نقلوا إلى قسم الطوارئ»: a hospital's emergency ward (Arabic injured paraphrase pass)
        if w.removeprefix("ل").removeprefix("ب") in _CENTRES and not _MEDICAL.isdisjoint(words[k + 1 : k + 1 + _CENTRE_NAME_REACH]):
            return True
    return False


# and the treatment the people were taken for (Arabic pass 120)
_CLINIC_OR_TREATMENT = _CLINICS | TREATMENT
_TAKEN_CARE_REACH = 6  # «نقلوا إلى عيادة مركز الإيواء لتلقي العلاج»


def _taken_after(words: list[str], end: int) -> bool:
    """«ستة منهم نقلوا إلى المستشفى»: the people after a number (``end``) are the subject of a transfer verb within
    four words, with a hospital within six words of the verb."""
    for k in range(end + 1, min(len(words), end + 5)):
        if word_forms(words[k]) & _TAKEN_PLURAL:
            # or a clinic, or taken to be treated («نقلوا إلى عيادة السجن لتلقي العلاج»: care whatever the place;
            # Arabic pass 120)
            return _hospital_in(words[k + 1 : k + 7]) or any(word_forms(w) & _CLINIC_OR_TREATMENT
                                                             for w in words[k + 1 : k + 1 + _TAKEN_CARE_REACH])
        if words[k] in _ARRIVED_PLURAL:
            return any(_emergency_ward_at(words, j) for j in range(k + 2, min(len(words), k + 5)))
        if word_forms(words[k]) & _RECEIVING_PLURAL:
            # «إن أربعة مدنيين تلقوا العلاج في مستشفى أبوسليم», «ستة منهم يتلقون العلاج» (Arabic pass 68)
            return any(word_forms(w) & TREATMENT for w in words[k + 1 : k + 4])
    return False


_RESCUED_CARE_REACH = 8  # «نقلوا إلى المستشفى الجهوي بجرجيس لتلقي الإسعافات»: the treatment word within eight


def _rescued_then_treated(words: list[str], end: int) -> bool:
    """«إنقاذ 14 مهاجرا آخرين نقلوا إلى المستشفى الجهوي بجرجيس لتلقي الإسعافات»: the rescued taken away with their
    treatment stated (first aid, care) are counted hurt, as survivors with care stated are (labelling guide, seventeenth
    session); taken to hospital with no treatment word, they may only be checked, as before."""
    for k in range(end + 1, min(len(words), end + 5)):
        if word_forms(words[k]) & _TAKEN_PLURAL:
            return any(word_forms(w) & TREATMENT for w in words[k + 1 : k + 1 + _RESCUED_CARE_REACH])
    return False


# Arabic injured pass (all tune files): one survivor of a drowning, a fire or fumes told saved or surviving, then taken
# to hospital or treated, or surviving with a wound («فيما أنقذ المصطافون شقيقهما الثالث ونقل إلى المستشفى للعلاج»,
# «بينما نجت الأم ونقلت إلى مستشفى غريان», «الطفل الناجي نقل إلى مستشفى طرابلس», «بينما نجت الأم بحروق»): one hurt (the
# guide, seventeenth session: survivors with care stated are counted, as the wounded of an attack)
_SURVIVED = frozenset({"نجت", "نجا", "انقذ", "انقذت", "الناجي", "الناجيه"})
_SURVIVING = frozenset({"نجت", "نجا"})
_SURVIVOR_CARE_REACH = 6  # «أنقذ المصطافون شقيقهما الثالث ونقل»: the survival word to the transfer verb


def one_survivor_cared(words: list[str]) -> bool:
    """A survival or rescue word with no number after it, then within ``_SURVIVOR_CARE_REACH`` words a singular
    transfer verb (``_ONE_TAKEN``, as for «أحدهم») with a hospital or a treatment word after it; or «نجا / نجت» + «ب»
    and a wound noun. (No substring test before the scan: a diacritised «نَجَت» holds no «نج»; the word forms are
    cached.)"""
    for k, word in enumerate(words):
        if not word_forms(word) & _SURVIVED:
            continue
        if word_forms(word) & _SURVIVING and any(w.startswith("ب") and w[1:] in _TREATED_WOUNDS
                                                   for w in words[k + 1 : k + 3]):
            return True  # «نجت الأم بحروق», «نجا بجروح»: the survivor's wound, the subject between or not
        for j in range(k + 1, min(len(words), k + 1 + _SURVIVOR_CARE_REACH)):
            if parse_number(words, j) is not None:
                break  # «أنقذ 18 شخصا»: a group, counted by its number elsewhere
            if word_forms(words[j]) & _ONE_TAKEN:
                after = words[j + 1 : j + 7]
                if _hospital_in(after) or any(word_forms(w) & _CLINIC_OR_TREATMENT for w in after):
                    return True
                break
    return False


def cared_for(words: list[str], index: int, end: int) -> bool:
    """The number at ``index`` (its people up to ``end``) counts hurt people being cared for: taken to hospital
    («نقل 5 آخرين إلى المستشفى»; the hospital within six words after it; or the people first: «خمسة منهم نقلوا إلى
    المستشفى», «أربعة منهم يحملون آثار عنف ونقلوا إلى المستشفى»), given first aid or treatment («أسعف 3 أشخاص»,
    «تلقى 3 آخرون الإسعافات»), or received by a hospital («استقبل مستشفى الزاوية 7 أشخاص»)."""
    if _taken_after(words, end) and not (index > 0 and word_forms(words[index - 1]) & RESCUED):
        return True  # (not «تم إنقاذ 22 شخصا نقلوا إلى المستشفى»: the rescued, checked, are no count of the hurt)
    if index > 0 and word_forms(words[index - 1]) & RESCUED and _rescued_then_treated(words, end):
        return True  # «إنقاذ 14 مهاجرا آخرين نقلوا إلى المستشفى لتلقي الإسعافات» (Arabic pass 130)
    if _english_hospitalised(words, end):
        return True  # "six others were taken to hospital", "eight others remain in hospital" (also opening a sentence)
    if bears_wounds(words, end):
        return True  # «6 منهم يحملون آثار حروق وكسور», «ثلاثة منهم ما زالوا يعانون كسورا» (Arabic injured pass)
    if index == 0:
        return False
    before = word_forms(words[index - 1])
    if before & _TAKEN and _hospital_in(words[end : end + 6]):
        return True
    if "اسعاف" in before and index > 1 and words[index - 2] in _DONE:
        return True  # «تم إسعاف أربعة أشخاص», «وجرى إسعاف ثلاثة من سكانه»: given first aid (Arabic pass 53)
    # the treatment may follow the people's school or town («تلقى ستة طلاب من مدرسة ابن خلدون الثانوية العلاج»)
    if before & _FIRST_AID or (before & _RECEIVING and any(word_forms(w) & TREATMENT
                                                           for w in words[end : end + _TREATMENT_REACH])):
        return True
    if before & (_TREATING | _RECEIVED) and treated_for_wounds(words, end):
        # «عالجت 3 منهم من كسور وحروق»: treated for wounds (pass 49); «استقبلت عياداتها 19 مهاجرا ... تظهر على أجسادهم
        # ندوب وحروق»: received with wounds on them, whoever received them (Arabic injured paraphrase pass)
        return True
    if _treating_past_time(words, index) and treated_for_wounds(words, end):
        return True  # «عالجت فرقها الأسبوع الماضي 11 مهاجرا من كسور وجروح» (Arabic pass 64)
    if words[index - 1] in ("treated", "treating", "treat", "treats"):
        return not _english_treated_after_rape(words, end) and (  # "doctors treated 14 migrants"
            _EN_STINGS.isdisjoint(words[end : end + _EN_TREATED_FOR_REACH]))  # (not stings: English pass 56)
    received_at = next((k for k in range(index - 1, max(-1, index - 6), -1) if word_forms(words[k]) & _RECEIVED), None)
    if received_at is None:
        return False
    # the hospital right before the people («استقبل مستشفى الزاوية 7 أشخاص») or as the speaker before the verb, its
    # long name between («أفاد مستشفى بني وليد العام بأنه استقبل سبعة منهم»), as `hospital_cases` reads it (pass 54)
    return _hospital_word_in(words[max(0, index - 4) : index]) or (
        received_at > 0 and words[received_at - 1].endswith("ه")
        and _hospital_word_in(words[max(0, received_at - _HOSPITAL_SPEAKER_REACH) : received_at]))


_HOSPITAL_SPEAKER_REACH = 8  # «أفاد مستشفى بني وليد العام بأنه استقبل»: the hospital, its name, «بأنه / إنه»
_EN_SEXUAL_HARM = frozenset({"raped", "rape", "sexual", "sexually"})
_EN_TREATED_FOR_REACH = 8  # "treated nine women who said they had been raped": the people, their words, the harm


# "lifeguards treated 40 swimmers for jellyfish stings": those treated for a sting or a bite are no one's wounded (no
# casualty event, tune113en rw113t-56); read once English pass 56 counted swimmers as people
_EN_STINGS = frozenset({"stings", "sting", "bites", "bite"})


def _english_treated_after_rape(words: list[str], end: int) -> bool:
    """"teams treated nine women who said they had been raped": those treated are survivors of sexual violence (its
    own incident type), no count of the wounded (English pass 12)."""
    return not _EN_SEXUAL_HARM.isdisjoint(words[end : end + _EN_TREATED_FOR_REACH])


# Arabic pass 141 (tune141): «سجل مستشفى أوباري 17 حالة إصابة»: the cases a hospital registered are the cases it
# received (a disease's «حالات إصابة» are cleared by the disease cue before counting, as for «استقبل»)
_REGISTERED = frozenset({"سجل", "سجلت", "يسجل", "تسجل"})


def hospital_cases(words: list[str], index: int, end: int, value: int) -> bool:
    """«قال مستشفى الزاوية إنه استقبل 4 حالات», «استقبل 15 حالة إصابة»: cases a hospital received (its verb within five
    words before the number, a hospital named before it) are the event's hurt; «حالة» after 11 and more, as Arabic
    counts; «حالات وفاة» are read as deaths before this."""
    case = words[end : end + 1]
    if not case or case[0] not in CASE_NOUNS or (case[0] == "حاله" and value < 11):
        return False
    return (any(word_forms(w) & (_RECEIVED | _REGISTERED) for w in words[max(0, index - 5) : index])
            and _hospital_word_in(words[:index])) or _department_received(words, index)


# Arabic pass 100 (tune100): a hospital's post names its department, not itself («استقبل قسم الإسعاف 5 حالات», «وصلت
# إلى قسم الطوارئ فجر اليوم ثلاث حالات»): the emergency or casualty department is a hospital's, so the cases it received
# are the event's hurt as a hospital's are; «جهاز الإسعاف» (the ambulance service) is no department
_DEPARTMENT = frozenset({"قسم", "لقسم", "بقسم"})
_EMERGENCY_UNITS = frozenset({"الاسعاف", "الطوارئ", "الحوادث", "الاستقبال", "الاستعجالات", "الاسعافات"})
_ARRIVED = frozenset({"وصل", "وصلت", "ووصل", "ووصلت", "وصلنا", "وصلتنا"})
_DEPARTMENT_REACH = 7  # «وصلت إلى قسم الطوارئ فجر اليوم ثلاث حالات»: verb, «إلى», the department, a time


def _department_received(words: list[str], index: int) -> bool:
    """A received or arrival verb and an emergency department («قسم الطوارئ») within ``_DEPARTMENT_REACH`` words before
    the number of cases at ``index``."""
    window = words[max(0, index - _DEPARTMENT_REACH) : index]
    if not any(w in _DEPARTMENT and nxt in _EMERGENCY_UNITS for w, nxt in pairwise(window)):
        return False
    return any(w in _ARRIVED or word_forms(w) & _RECEIVED for w in window)


def hospital_update(words: list[str]) -> bool:
    """A sentence telling how many cases a hospital received («أعلن المستشفى أنه استقبل 8 حالات إصابة»): after a
    first toll its figure is the fuller, later count (``_take_counts`` lets it raise the injured)."""
    if not any(word_forms(w) & _RECEIVED for w in words):
        return False
    for index in range(len(words)):
        parsed = parse_number(words, index)
        if parsed is not None and hospital_cases(words, index, index + parsed[1], parsed[0]):
            return True
    return False


# Arabic pass 94 (tune94): «أعلن مركز بنغازي الطبي أنه استقبل ثلاث جثث وتسعة جرحى», «قال المستشفى إنه استقبل ستة
# مصابين»: the dead and the hurt a hospital received, each named by its casualty noun, are the later, fuller tally of the
# event (the guide: of two tallies of one event, the larger, usually the later or the hospital's); unlike «حالات» the
# noun says which are dead and which hurt, so the dead told before do not stop it
_TALLY_NOUNS = CASUALTY_NOUNS - {"ضحايا", "ضحيه", "اصابه", "اصابات", "injured", "wounded", "hurt", "dead", "killed",
                                 "bodies", "deaths", "fatalities"}
_TALLY_REACH = 3  # from the received verb to the number («استقبل حتى الآن 4 جرحى»)


def hospital_tally(words: list[str]) -> bool:
    """A hospital (or «مركز X الطبي») named before its received verb, and a number right after the verb (within
    ``_TALLY_REACH`` words) followed by a casualty noun of the dead or the hurt («استقبل ثلاث جثث», «استقبل ستة
    مصابين»): the hospital's count of the event's dead and hurt (``nlp.annotate._hospital_raises`` lets it raise the
    counts told before it, never lower them)."""
    if "ستقبل" not in " ".join(words):
        return False  # a cheap test first: «استقبل / تستقبل / يستقبل» hold it
    for k, word in enumerate(words):
        if not word_forms(word) & _RECEIVED or not _hospital_in(words[max(0, k - _HOSPITAL_SPEAKER_REACH) : k]):
            continue
        for index in range(k + 1, min(len(words), k + 1 + _TALLY_REACH)):
            parsed = parse_number(words, index)
            if parsed is not None:
                noun = words[index + parsed[1] : index + parsed[1] + 1]
                return bool(noun) and noun[0] in _TALLY_NOUNS
    return False


# English pass 46 (tune99en): "The Sabha hospital director later said seven people had been wounded", "Misrata Medical
# Centre said it had received nine wounded": a hospital (or a medical centre, or its director or doctors) that speaks
# the count is the later, fuller figure of the event's hurt (the settled answer: of two tallies, the larger, usually
# the later or the hospital's), as «قال المستشفى إنه استقبل ستة مصابين» in Arabic (``hospital_tally``)
_EN_SPEAKER_HOSPITALS = frozenset({"hospital", "clinic"})
_EN_CENTRE = frozenset({"centre", "center"})
_EN_HOSPITAL_SAID = frozenset({"said", "says", "reported", "announced", "added"})
_EN_HOSPITAL_SPEAKER_REACH = 4  # "Abu Salim Accident Hospital said", "the Zintan hospital director later said"


# English pass 47 (tune101en): "The health ministry in the east later said nine people had been wounded": the ministry
# that tallies the hospitals' cases speaks the later, fuller figure as a hospital does (the settled answer names the
# hospital's, the ambulance service's or the ministry's); its qualifier ("in the east", "of the unity government")
# takes more words than a hospital's name, so the ministry may stand up to six words before the verb
_EN_MINISTRY_REACH = 6
# English pass 58 (tune121en): "the Ministry of Health of the Government of National Unity said": the government's
# name after the ministry's takes five words more ("of the Government of National Unity"); read only past "of health"
_EN_MINISTRY_OF_GOVERNMENT_REACH = 10


def _english_health_ministry(words: list[str], k: int) -> bool:
    """"health ministry" / "ministry of health" within ``_EN_MINISTRY_REACH`` words before the speech verb at ``k``."""
    start = max(0, k - _EN_MINISTRY_OF_GOVERNMENT_REACH)
    for j in range(start, k):
        if words[j] != "ministry":
            continue
        if j >= k - _EN_MINISTRY_REACH and ((j > 0 and words[j - 1] == "health") or words[j + 1 : j + 3] == ["of", "health"]):
            return True
        if words[j + 1 : j + 5] == ["of", "health", "of", "the"] and "government" in words[j + 5 : k]:
            return True  # "the Ministry of Health of the Government of National Unity said" (English pass 58)
    return False


def english_health_ministry_speaks(words: list[str]) -> bool:
    """The health ministry (not a hospital) tells a number after its speech verb: the ministry tallies the event's dead
    from every hospital, so its later figure of the dead is the fuller one (the settled answer, fifteenth session;
    ``nlp.annotate._hospital_raises`` lets it raise the dead told before, never lower them; English pass 58)."""
    if "ministry" not in words:
        return False  # a cheap test first
    return any(word in _EN_HOSPITAL_SAID and _english_health_ministry(words, k) and any(
        parse_number(words, j) is not None for j in range(k + 1, len(words))) for k, word in enumerate(words))


def english_hospital_speaks(words: list[str]) -> bool:
    """A hospital word (or "medical centre") within ``_EN_HOSPITAL_SPEAKER_REACH`` words before a speech verb, and a
    number after that verb: the hospital tells the count (``nlp.annotate._hospital_raises`` lets it raise the injured
    told before it, never lower it). Not "three were taken to hospital, police said": the hospital there is where
    they went, and the number comes before the speech verb."""
    for k, word in enumerate(words):
        if word not in _EN_HOSPITAL_SAID:
            continue
        before = words[max(0, k - _EN_HOSPITAL_SPEAKER_REACH) : k]
        if not (_EN_SPEAKER_HOSPITALS.intersection(before) or any(
                w == "medical" and words[j + 1 : j + 2] and words[j + 1] in _EN_CENTRE
                for j, w in enumerate(before, start=max(0, k - _EN_HOSPITAL_SPEAKER_REACH)))
                or _english_health_ministry(words, k)):
            continue
        return any(parse_number(words, j) is not None for j in range(k + 1, len(words)))
    return False


# English pass 46 (tune99en): "fired tear gas ..., sending 18 people to hospital", "a blast sent nine workers to the
# town's hospital": the people an event sent to hospital are its hurt (the settled answer counts suffocation from tear
# gas when people were treated or taken to hospital), not doctors or ambulances sent to one
_EN_SENDING = frozenset({"sending", "sent", "sends", "send"})
_EN_CARERS = frozenset({"doctors", "medics", "nurses", "paramedics", "surgeons", "volunteers", "staff", "teams", "team"})
_EN_SENT_REACH = 5  # "to the town s hospital", "to tripoli central hospital": "to" to the hospital word


def english_sent_to_hospital(words: list[str]) -> int | None:
    """A sending verb, a number (two or more) and up to two words of people, then "to" and a hospital word within
    ``_EN_SENT_REACH`` words: that many sent to hospital; None when no such phrase or the people are carers."""
    if _EN_SENDING.isdisjoint(words) or "to" not in words:
        return None  # a cheap test first
    for k, word in enumerate(words):
        if word not in _EN_SENDING or (parsed := parse_number(words, k + 1)) is None or parsed[0] < 2:
            continue
        j = k + 1 + parsed[1]
        people = words[j : j + 2]
        to = next((i for i in range(j, min(len(words), j + 3)) if words[i] == "to"), None)
        if to is None or not _EN_CARERS.isdisjoint(people[: to - j]) or not all(
                plural_person(w) or w in ("of", "them") for w in words[j:to]):
            continue
        if "hospital" in words[to + 1 : to + 1 + _EN_SENT_REACH] or "hospitals" in words[to + 1 : to + 1 + _EN_SENT_REACH]:
            return parsed[0]
    return None


# Arabic pass 94 (tune94): «وقالت العبيدي إنها نقلت بعد الحادثة إلى مستشفى الجلاء», «وأضاف أنه أسعف إلى المستشفى»: the
# one who speaks (or is spoken of) by the pronoun was taken to hospital: one hurt, once a harm was told before it
_AFTER_EVENT = AFTER_WORDS | {"اثناء"}  # «نقلت بعد الحادثة إلى»: the event named between
_AT_ONCE = frozenset({"فورا", "مباشره"})


def pronoun_taken_to_hospital(words: list[str]) -> bool:
    """«إنها نقلت (بعد الحادثة) إلى مستشفى ...»: a passive transfer right after «أنه / أنها», with no object between the
    verb and «إلى» (only «بعد / إثر» and the event's noun, or «فورا»), and a hospital within five words after «إلى».
    Not «إنه نقل فريقا طبيا إلى المستشفى» (the speaker moved someone else: an object follows the verb)."""
    if THAT_HE_OR_SHE.isdisjoint(words):
        return False  # a cheap test first: no «أنه / أنها», the loop finds none (speed pass 14)
    for k in range(len(words) - 3):
        if words[k] not in THAT_HE_OR_SHE or words[k + 1] not in _SHARE_CARE_VERBS:  # «نقل / أسعف» (as a share told in care)
            continue
        j = k + 2
        if words[j] in _AFTER_EVENT:
            j += 2
        elif words[j] in _AT_ONCE:
            j += 1
        if words[j : j + 1] == ["الي"] and _hospital_in(words[j + 1 : j + 6]):
            return True
    return False


_EN_TO_HOSPITAL = {"taken", "rushed", "admitted", "flown"}




def _english_hospitalised(words: list[str], end: int) -> bool:
    """"six others were taken to hospital", "three people were rushed to hospital": the people after a number (up to
    two words) are the subject of a passive transfer to a hospital (English words); or still there after an attack
    ("eleven others remain in hospital", "another 12 people were still being treated"): the hurt, not the dead."""
    for k in range(end, min(len(words) - 1, end + 3)):
        if words[k] in ("were", "are") and words[k + 1] in _EN_TO_HOSPITAL:
            return "hospital" in words[k + 2 : k + 5] or "hospitals" in words[k + 2 : k + 5]
        if words[k] in EN_BE_OR_REMAIN:
            return _english_in_care(words[k + 1 : k + 5])
    return False


_EN_CARE_SUBJECT_REACH = 12  # "four of the women, including a grandmother in her seventies, were treated": number to verb
# words that end the subject before "were": another clause, another verb, the dead
_EN_CARE_SUBJECT_STOPS = frozenset({"were", "was", "are", "is", "and", "who", "that", "had", "have", "has", "said", "after",
                                    "when", "while", "killed", "dead", "died", "bodies", "body"})
_EN_DEAD_IN_CARE = frozenset({"morgue", "bodies", "body", "dead", "died", "remains", "corpses"})
# people in care who no event hurt: patients, births, sport, check-ups
_EN_NOT_HURT = frozenset({"patient", "patients", "player", "players", "match", "checks", "check", "pregnant", "births",
                          "vaccinated", "vaccine", "covid", "poisoning"})


# English pass 67 (tune142en): "taken to Sfax's Habib Bourguiba hospital", "rushed to Zuwara's main hospital": a
# hospital's own name (a town's possessive, two or three name words) puts the hospital word past the first four words
# after the verb; read on to it, but only through name words (a preposition or another place ends the search: "taken
# to a police station near the hospital" is no care)
_EN_NAMED_HOSPITAL_REACH = 8  # "to sfax s habib bourguiba university hospital": "to" to the hospital word
_EN_NOT_HOSPITAL_NAME = frozenset({"near", "outside", "behind", "beside", "opposite", "next", "close", "by", "from",
                                   "where", "after", "before", "and", "or", "then", "which", "who", "that", "for",
                                   "with", "in", "at", "on", "station", "prison", "morgue", "camp", "headquarters",
                                   "court", "office", "jail", "police", "centre", "center", "cemetery"})
_EN_HOSPITAL_WORDS = frozenset({"hospital", "hospitals", "clinic"})  # the place of care a transfer is told to


def _english_named_hospital(rest: list[str]) -> bool:
    """``rest`` opens "to", then a hospital word within ``_EN_NAMED_HOSPITAL_REACH`` words with only name words (no
    preposition, no other place) between: "to Sfax's Habib Bourguiba hospital"."""
    if rest[:1] != ["to"]:
        return False
    for word in rest[1:_EN_NAMED_HOSPITAL_REACH]:
        if word in _EN_HOSPITAL_WORDS:
            return True
        if word in _EN_NOT_HOSPITAL_NAME or not word.isalpha():
            return False
    return False


_EN_TREATED_WHEN = frozenset({"later", "subsequently", "afterwards", "separately"})  # "treated later for"


def _english_care_predicate(rest: list[str]) -> bool:
    """The words after "were" tell a transfer to or stay in care: "taken / rushed / admitted / flown to hospital",
    "hospitalised", "treated for burns", "treated at a clinic", "[still] being treated", "in hospital"."""
    if rest[:1] and rest[0] in _EN_TO_HOSPITAL:
        return not _EN_HOSPITAL_WORDS.isdisjoint(rest[1:5]) or any(
            rest[i] == "medical" and rest[i + 1 : i + 2] in (["centre"], ["center"]) for i in range(1, min(5, len(rest)))
        ) or _english_named_hospital(rest[1:])
        # "were taken to Sabha Medical Centre" (English pass 25): a hospital named "Medical Centre"
    if rest[:1] and rest[0] in ("hospitalised", "hospitalized"):
        return True
    if rest[:2] in (["treated", "for"], ["treated", "at"], ["treated", "in"]) or (
            rest[:1] == ["treated"] and rest[1:2] != [] and rest[1] in _EN_TREATED_WHEN and rest[2:3] == ["for"]):
        return True  # also "were treated later for wounds from shattered glass" (English injured pass, all files)
    return _english_in_care(rest)


def english_care_subject(words: list[str]) -> int | None:
    """"Five labourers were taken to hospital", "six of whom were taken to hospital", "and eight were taken to hospital",
    "four of the women, including ..., were treated for fractures": the number nearest before a plural "were" (within
    twelve words, no other clause between) is the subject of a transfer to or stay in care: that many hurt (English
    pass 17). Not the dead taken to a morgue, not patients or players, not a number under two. Where the sentence tells
    the dead too, only "N others" count ("Seven died and 15 others were hospitalised": the others are not the dead;
    English pass 22)."""
    if not _EN_NOT_HURT.isdisjoint(words):
        return None
    if "been" in words:
        words = _english_been_as_were(words)  # "11 people had been admitted with gunshot wounds" (English pass 30)
    if "treated" in words:
        words = _english_bare_treated(words)  # "5 treated for suffocation": a short post drops "were" (pass 39)
    dead_told = not _EN_DEAD_IN_CARE.isdisjoint(words)
    for verb, word in enumerate(words):
        needed = word in _EN_CARE_NEEDS and words[verb + 1 : verb + 2] != [] and words[verb + 1] in _EN_CARE_TREATMENTS
        wounded = word in _EN_WOUND_HELD and english_wound_after(words, verb + 1)
        admitted = word == "were" and words[verb + 1 : verb + 3] == ["admitted", "with"] and english_wound_after(
            words, verb + 3)  # "11 people had been admitted with gunshot wounds" (English pass 30)
        freed = word == "were" and _english_freed_then_care(words, verb)  # (English pass 62)
        left = word == "were" and words[verb + 1 : verb + 3] == ["left", "with"] and english_wound_after(
            words, verb + 3)  # "Three more were left with bullet wounds" (English injured paraphrase pass)
        if not (needed or wounded or admitted or freed or left) and (
                word != "were" or not _english_care_predicate(words[verb + 1 : verb + 1 + _EN_NAMED_HOSPITAL_REACH + 1])):
            continue  # "were taken to hospital"; "two of whom needed stitches" (English pass 18); "four had fractures"
        if needed and (people := _english_people_needed_care(words, verb)) is not None:
            return people  # "MSF said 14 of the 52 new arrivals needed treatment for injuries" (English pass 62)
        if needed and not dead_told and (whole := _english_whole_before_part(words, verb)) is not None:
            return whole  # "Eleven residents, four of them children, needed treatment": as "were treated" (below)
        if word == "were" and not dead_told and (aged := _english_ages_listed(words, verb)):
            return aged  # "My neighbour's kids, 6 and 9, were taken to hospital": two ages, two children (pass 29)
        if word == "were" and not dead_told and verb > 0 and words[verb - 1] == "both" and (
                verb == 1 or words[verb - 2] == "and"):
            return 2  # "Both were treated at Ibn Sina Hospital": the two just told (English pass 29)
        if word == "were" and not dead_told and _english_both_people(words, verb):
            return 2  # "Both staff members were treated for head injuries", "both men were hospitalised" (pass 45)
        if word == "were" and not dead_told and (whole := _english_whole_before_part(words, verb)) is not None:
            return whole  # "Nine students, four of them women, were taken to hospital": the nine (English pass 30)
        if word == "were" and (whole := _english_whole_before_among(words, verb, dead_told)) is not None:
            return whole  # "12 people, among them three children, were treated in hospital": the 12 (English pass 32)
        if word == "were" and not dead_told and _english_pair_opens(words, verb):
            return 2  # "A correspondent and a cameraman ... were taken to al-Jala hospital" (English pass 30)
        floor = max(-1, verb - 1 - _EN_CARE_SUBJECT_REACH)
        k = verb
        while (k := k - 1) > floor:
            if words[k] == "and" and (listed := _of_them_listed(words, k, floor)) is not None:
                return listed  # "three of them, two women and a child, were being treated" (English pass 21)
            if words[k] == "and" and 0 < k < len(words) - 1 and english_nationality(words[k - 1]) and (
                    english_nationality(words[k + 1])):
                continue  # "seven Sudanese and Eritrean migrants were taken to hospital": one group (English pass 29)
            if words[k] in _EN_CARE_SUBJECT_STOPS:
                k = _relative_clause_start(words, k, floor)
                if k is None:
                    break
                continue
            parsed = parse_number(words, k)
            if parsed is not None and _english_compound_tail(words, k, floor):
                continue  # "Twenty-two others were taken to hospital": read the whole 22 at "twenty" (English pass 67)
            if parsed is not None and k > 0 and words[k - 1] in ("including", "among") and any(
                    parse_number(words, j) is not None for j in range(max(0, floor + 1), k - 1)):
                continue  # "Twelve of them, including four children, were kept in hospital": the part named (pass 24)
            if parsed is not None and needed and k == 0 and k + parsed[1] == verb and parsed[0] >= 2:
                return parsed[0]  # "Four needed surgery for burns": a sentence opened by its number (no age; pass 29)
            if parsed is not None and needed and k + parsed[1] == verb and parsed[0] >= 2 and k > 0 and (
                    words[k - 1] in _EN_BARE_OPENERS):
                return parsed[0]  # "and three needed hospital treatment", "adding that two needed stitches" (pass 30)
            if parsed is not None and needed and words[k + parsed[1] : k + parsed[1] + 1] != ["of"] and (
                    not _english_counted_people(words, k + parsed[1], verb)):
                return None  # "two of whom needed stitches"; not "The cameraman, 23, needed stitches" (an age)
            if parsed is not None and wounded and k + parsed[1] == verb and k > 0 and words[k - 1] not in _EN_BARE_OPENERS:
                return None  # "a woman, 34, suffered burns": her age; "said seven had fractures" is a count
            if parsed is not None and not _english_age_number(words, k):
                if dead_told and words[k + parsed[1] : k + parsed[1] + 1] != ["others"] and not (
                        k > 1 and words[k - 1] == "and" and words[k - 2] in EN_DEATH_VERBS and (
                            k + parsed[1] == verb or (k + parsed[1] + 1 == verb and plural_person(words[verb - 1])))):
                    return None  # "the bodies were taken to hospital"; but "died and 15 others were hospitalised", and
                    # "two died and three were treated for smoke inhalation": a bare number opening a clause of its own
                    # after the death verb is a second group (English pass 45), also with its people ("died and three
                    # relatives were treated in hospital": English pass 60)
                return parsed[0] if parsed[0] >= 2 and k + parsed[1] <= verb else None
    return None


# English injured paraphrase pass (twenty-first session): "Five people in neighbouring houses needed treatment for
# shrapnel wounds", "Four men who reached Malta ... needed treatment": a number with its people is the subject of
# "needed / required treatment" as of "were treated" (a bare number there may be an age: "The cameraman, 23, needed")
_EN_PEOPLE_WORD_REACH = 2  # "Five people", "Four Sudanese men": the number's end to its people, one word between


def _english_counted_people(words: list[str], end: int, verb: int) -> bool:
    """The number ending at ``end`` (before ``verb``) is followed by its people: a plural person noun right after it
    or past one plain word ("four Egyptian workers"); so no age."""
    return any(plural_person(words[j]) for j in range(end, min(verb, end + _EN_PEOPLE_WORD_REACH))) and (
        all(w.isalpha() for w in words[end:verb]))


def _english_compound_tail(words: list[str], k: int, floor: int) -> bool:
    """The number at ``k`` is the unit of a hyphenated tens number ("twenty-two" splits into "twenty", "two"): a walk
    back from the verb must not stop at the unit and read 2 for 22 (English pass 67)."""
    return k - 1 > floor and (whole := parse_number(words, k - 1)) is not None and whole[1] == 2 and (
        parse_number(words, k) == (whole[0] % 10, 1))


# English pass 62 (tune131en): "19 survivors were pulled from the water and taken to Zuwara hospital", "eleven others
# had been freed by police and taken to hospital": a rescue or a release, then care told after "and" (the seventeenth
# session's answer: survivors with care stated are injured); not "were freed and went home"
_EN_FREED = frozenset({"pulled", "rescued", "freed", "released", "picked", "evacuated", "plucked"})
_EN_FREED_CARE_REACH = 8  # "pulled from the water and taken": the rescue's own words up to "and"


def _english_freed_then_care(words: list[str], verb: int) -> bool:
    """"were <rescued / freed> ... and <taken / rushed / flown / admitted> to hospital": care told after a rescue; also
    "were found alive and were taken to Brak hospital" (English pass 67: people found alive are the rescued, and the
    second "were" may be repeated; "found dead" is not read, "dead" ends the search)."""
    found_alive = words[verb + 1 : verb + 3] == ["found", "alive"]
    if not found_alive and (words[verb + 1 : verb + 2] == [] or words[verb + 1] not in _EN_FREED):
        return False
    for k in range(verb + 2, min(len(words), verb + 2 + _EN_FREED_CARE_REACH)):
        if words[k] == "and":
            rest = words[k + 1 : k + 2 + _EN_NAMED_HOSPITAL_REACH]
            return _english_care_predicate(rest[1:] if rest[:1] == ["were"] else rest)
        if words[k] in _EN_CARE_SUBJECT_STOPS:
            return False
    return False


# "14 of the 52 new arrivals needed treatment for injuries", "23 migrants needed treatment for bruises": the people
# counted right before "needed / required + treatment" (English pass 62; a bare number before it is read below: it may
# be an age, "The cameraman, 23, needed stitches")
_EN_NEEDED_REACH = 7  # "14 of the 52 new arrivals": the part's number to the verb


def _english_people_needed_care(words: list[str], verb: int) -> int | None:
    """The part of "N of the M ... needed care", else N of "N [one word] people needed care" (N two or more)."""
    for k in range(max(0, verb - _EN_NEEDED_REACH), verb - 3):
        if words[k + 1 : k + 3] == ["of", "the"] and (part := parse_number(words, k)) is not None and part[1] == 1 and (
                (whole := parse_number(words, k + 3)) is not None and whole[0] > part[0] >= 2):
            return part[0]
    if verb >= 2 and plural_person(words[verb - 1]):
        for k in (verb - 2, verb - 3):
            # (the number right before its people, or one word between: "23 Sudanese migrants")
            if k >= 0 and (parsed := parse_number(words, k)) is not None and parsed[0] >= 2 and (
                    k + parsed[1] == verb - 1 or (k + parsed[1] == verb - 2 and words[verb - 2].isalpha())) and (
                    not _english_age_number(words, k)):
                return parsed[0]
    return None


_EN_BOTH_REACH = 3  # "both men", "both staff members", "both young men": "both" to "were"


def _english_both_people(words: list[str], verb: int) -> bool:
    """"Both staff members were", "and both women were": "both" opening the subject, then up to two words ending in a
    plural person noun right before "were": the two just told."""
    for k in range(max(0, verb - _EN_BOTH_REACH), verb - 1):
        if words[k] == "both" and (k == 0 or words[k - 1] == "and"):
            return plural_person(words[verb - 1]) and all(w.isalpha() for w in words[k + 1 : verb])
    return False


def _english_whole_before_part(words: list[str], verb: int) -> int | None:
    """"Nine students, four of them women, were taken to hospital": a number's people, then a part of them told by "M
    of them + people" right before the verb: the subject is the whole, N (the commas are no tokens; English pass 30)."""
    part = verb - 4  # "four of them women" right before "were"
    if part < 2 or words[part + 1 : part + 3] != ["of", "them"] or parse_number(words, part) is None or (
            not plural_person(words[part + 3])):
        return None
    noun = part - 1  # "Nine students": the whole's number and its people (up to one word between)
    for k in (noun - 1, noun - 2):
        if k >= 0 and plural_person(words[noun]) and (parsed := parse_number(words, k)) is not None and (
                k + parsed[1] >= noun - 1 and parsed[0] > parse_number(words, part)[0]):
            return parsed[0]
    return None


_EN_AMONG_PART = (["among", "them"], ["including"], ["among", "whom"],
                  ["incl"])  # "11 people, incl. 3 children, treated": a post's short "including" (English pass 61)  # "12 people, among them three children, were"


def _english_number_before(words: list[str], noun: int) -> int | None:
    """The number told right before ``noun``: one word ("12 people"), or a hyphenated tens number ("twenty-two
    others": two words; English pass 67)."""
    if noun >= 2 and (whole := parse_number(words, noun - 2)) is not None and whole[1] == 2:
        return whole[0]
    return whole[0] if (whole := parse_number(words, noun - 1)) is not None and whole[1] == 1 else None


def _english_whole_before_among(words: list[str], verb: int, others_only: bool = False) -> int | None:
    """"12 people, among them three children, were treated in hospital", "Seven passengers, including two women, were
    taken to hospital": a number's people, then a part of them told by "among them / including + M + people" right
    before the verb: the subject is the whole, N, as ``_english_whole_before_part`` reads "four of them women" (English
    pass 32). Only with a larger whole told as people right before the part. With ``others_only`` (the dead told in
    the same words) only "N others, among them ..." is read: the others are not the dead (English pass 67)."""
    part = verb - 2  # "three children" right before "were"
    if part < 3 or not plural_person(words[verb - 1]) or (small := parse_number(words, part)) is None:
        return None
    for lead in _EN_AMONG_PART:
        noun = part - len(lead) - 1  # "12 people" right before "among them"
        if noun >= 1 and words[noun + 1 : part] == lead and plural_person(words[noun]) and (
                not others_only or words[noun] == "others") and (
                (whole := _english_number_before(words, noun)) is not None and whole > small[0]):
            return whole
    return None


def _english_bare_treated(words: list[str]) -> list[str]:
    """"12 arrested and 5 treated for suffocation": a number in digits right before "treated for / at / in" is the
    subject of the care a short post tells without "were"; read as "5 were treated for ..." (English pass 39). So is a
    number in digits with its people's plural ("11 people, incl. 3 children, treated at hospital": the whole is read by
    ``_english_whole_before_among``; English pass 61)."""
    out: list[str] = []
    for k, word in enumerate(words):
        if word == "treated" and k > 0 and words[k + 1 : k + 2] in (["for"], ["at"], ["in"]) and (
                words[k - 1].isdigit() or (k > 1 and words[k - 2].isdigit() and plural_person(words[k - 1]))):
            out.append("were")
        out.append(word)
    return out


def _english_been_as_were(words: list[str]) -> list[str]:
    """"had been admitted", "have been taken to hospital": the perfect passive read as the plural "were" the care
    rules look for (English pass 30; "has been" is singular and stays)."""
    out: list[str] = []
    for word in words:
        if word == "been" and out and out[-1] in ("had", "have"):
            out[-1] = "were"
            continue
        out.append(word)
    return out


_EN_PAIR_OPENERS = frozenset({"said", "says", "that"})  # before a sentence's subject told after its source
_EN_PAIR_OF_REACH = 6  # "a reporter and a photographer of a local radio station were": the pair's "of ..." to the verb


def _english_pair_opens(words: list[str], verb: int) -> bool:
    """"A reporter and a photographer of a local radio station were taken to hospital": the subject of the care verb is
    two single victims, each with "a / an" (up to one word before the noun), joined by "and", opening the sentence
    or the clause after "said / that" (English pass 30); their own "of ..." may stand before the verb, no other clause."""
    k = 0
    for j in range(min(verb, 3), -1, -1):
        if j == 0 or words[j - 1] in _EN_PAIR_OPENERS:
            k = j
            break
    singles = 0
    while k < verb and singles < 2:
        if words[k] not in ("a", "an"):
            return False
        noun = k + 1 if english_single_before(words, k + 1) else k + 2
        if noun >= verb or not english_single_before(words, noun):
            return False
        singles += 1
        k = noun + 1
        if singles == 1:
            if words[k : k + 1] != ["and"]:
                return False
            k += 1
    if singles < 2:
        return False
    rest = words[k:verb]
    return not rest or (rest[0] == "of" and len(rest) <= _EN_PAIR_OF_REACH and _EN_CARE_SUBJECT_STOPS.isdisjoint(rest))


# "four of them had broken bones", "seven had fractures or infected wounds", "three men suffered burns": a number's
# people who had, suffered or sustained a wound are that many hurt (English pass 21)
_EN_WOUND_HELD = frozenset({"had", "suffered", "sustained"})
_EN_WOUND_NOUNS = frozenset({"fractures", "fracture", "wounds", "wound", "injuries", "injury", "burns", "bruises",
                             "bruising", "concussion", "concussions", "stitches"})
_EN_BROKEN_PARTS = frozenset({"bones", "bone", "ribs", "rib", "limbs", "arm", "arms", "leg", "legs", "hand", "hands",
                              "fingers", "finger", "nose", "noses", "jaw", "jaws", "teeth", "wrist", "wrists", "ankle",
                              "ankles", "skull", "collarbone", "hip", "shoulder", "foot", "feet"})
_EN_BARE_OPENERS = frozenset({"said", "says", "and", "that", "while", "but", "whom"})  # before a bare number subject


# English pass 63 (tune133en): "Nine migrants were treated for smoke inhalation and one man for burns to his arms": a
# second group told after "and" with the care verb left out (gapped) and its own wound after "for" is hurt besides the
# first group (10); not "... and one man for questioning" (no wound)
_EN_GAP_WOUND_REACH = 3  # "for burns", "for minor burns", "for a head wound": "for" to the wound noun


def english_gapped_treated(words: list[str]) -> int:
    """How many a gapped "and N <people> for <wound>" adds after "treated" (0 when none is so told)."""
    if "treated" not in words or "and" not in words:
        return 0  # a cheap test first
    for a in range(words.index("treated") + 1, len(words) - 3):
        if words[a] != "and" or (number := parse_number(words, a + 1)) is None:
            continue
        noun = a + 1 + number[1]
        if not (singular_victim(words[noun]) or plural_person(words[noun])) or words[noun + 1 : noun + 2] != ["for"]:
            continue
        if not _EN_WOUND_NOUNS.isdisjoint(words[noun + 2 : noun + 2 + _EN_GAP_WOUND_REACH]):
            return number[0]
    return 0


_EN_WOUND_REACH = 4  # "had fractures", "suffered severe burns", "sustained a broken arm", "had shrapnel wounds"


def english_wound_after(words: list[str], start: int) -> bool:
    """The words from ``start`` (after "had / suffered / sustained") name a wound: a wound noun within four words
    ("gunshot wounds", "severe burns", "fractures") or "broken / fractured" before a body part ("a broken nose");
    not "had broken into a house"."""
    for k in range(start, min(len(words), start + _EN_WOUND_REACH)):
        if words[k] in _EN_WOUND_NOUNS:
            return True
        if words[k] in ("broken", "fractured") and words[k + 1 : k + 2] != [] and words[k + 1] in _EN_BROKEN_PARTS:
            return True
        if words[k] == "and" and k > start and words[k - 1] in EN_WOUND_ADJECTIVES and (
                words[k + 1 : k + 2] != [] and words[k + 1] in EN_WOUND_ADJECTIVES):
            continue  # "gunshot and shrapnel wounds": two kinds of one wound noun (English injured paraphrase)
        if words[k] in ("and", "to", "by", "when", "after", "been", "into"):
            return False
    return False


# the harm's outcome told by a bare number: "..., leaving three with broken ribs", "and left two with burns"
_EN_LEFT_WITH = frozenset({"leaving", "left"})
_EN_GRAVE_STATES = frozenset({"serious", "critical", "grave", "severe", "poor"})
_EN_SHARE_LINKS = frozenset({"were", "are", "was", "remain", "remained", "still", "reportedly", "said", "to", "be"})
_EN_SHARE_OF = frozenset({"them", "whom", "those", "the"})
_EN_WITH_WOUNDS_REACH = 3  # "two survivors with gunshot wounds": the number, up to two words of people, "with"


def english_hurt_by_state(words: list[str]) -> int | None:
    """People counted by the state they were found or left in, where no injury word counts them: "Forty people were
    rescued, three of them in critical condition" (those in a serious or critical condition are hurt), "Two survivors
    with gunshot wounds were found" (people with a wound are hurt): that many injured (English pass 26). Not the dead
    ("the bodies of two men with gunshot wounds"), not patients (no event hurt them)."""
    if not _EN_NOT_HURT.isdisjoint(words):
        return None
    dead_told = not _EN_DEAD_IN_CARE.isdisjoint(words)
    for k, word in enumerate(words):
        if word == "condition" and (grave := _english_people_in_state(words, k, dead_told)) is not None:
            return grave  # "three others were in critical condition", "two people are in a serious condition"
        if dead_told:
            # "left one man dead and two others with gunshot wounds": "others" are not the dead (English pass 30)
            if word == "with" and k >= 2 and words[k - 1] == "others" and english_wound_after(words, k + 1) and (
                    (others := parse_number(words, k - 2)) is not None and others[1] == 1) and (
                    not _EN_LEFT_WITH.isdisjoint(words[:k])):
                return others[0]
            continue
        if word == "condition" and k >= 4 and words[k - 1] in _EN_GRAVE_STATES:
            j = k - 2 - (words[k - 2] == "a")
            if words[j : j + 1] != ["in"]:
                continue
            j -= 1
            while j > 0 and words[j] in _EN_SHARE_LINKS:
                j -= 1
            if j >= 2 and words[j] in _EN_SHARE_OF and words[j - 1] == "of" and (
                    share := parse_number(words, j - 2)) is not None and share[1] == 1:
                return _english_group_in_care(words, j - 2) or share[0]  # "three of them in critical condition"
        if word == "with" and k >= 2 and english_wound_after(words, k + 1):
            for n in range(k - 1, max(-1, k - 1 - _EN_WITH_WOUNDS_REACH), -1):
                parsed = parse_number(words, n)
                if parsed is not None and n + parsed[1] < k and (
                        words[n + parsed[1]] in ("survivors", "people", "men", "women", "others", "migrants")):
                    return parsed[0]  # "two survivors with gunshot wounds"
                if parsed is not None and n + parsed[1] == k and n > 0 and words[n - 1] in _EN_LEFT_WITH:
                    return parsed[0]  # "beat a group of detainees, leaving three with broken ribs" (English pass 29)
            if words[k - 1] in ("him", "her") and words[k - 2] in _EN_LEFT_WITH:
                return 1  # "beat a female activist ..., leaving her with a broken arm" (English pass 30)
    return None


_EN_PEOPLE_IN_STATE = frozenset({"people", "others", "persons", "civilians", "men", "women", "children"})


def _english_people_in_state(words: list[str], condition: int, dead_told: bool) -> int | None:
    """"A hospital source said three others were in critical condition", "two people remain in a serious condition":
    people counted by a number right before their grave state are hurt (English pass 40, beside "three of them in
    critical condition" above); where the dead are told in the sentence, only "others" (the others are not the
    dead)."""
    if condition < 4 or words[condition - 1] not in _EN_GRAVE_STATES:
        return None
    j = condition - 2 - (words[condition - 2] == "a")
    if words[j : j + 1] != ["in"]:
        return None
    j -= 1
    while j > 0 and words[j] in _EN_SHARE_LINKS:
        j -= 1
    if words[j] not in _EN_PEOPLE_IN_STATE or (dead_told and words[j] != "others"):
        return None
    people = parse_number(words, j - 1) if j > 0 else None
    return people[0] if people is not None and people[1] == 1 and not is_calendar_year(words[j - 1]) else None


_EN_CARE_WORDS = frozenset({"treated", "hospital", "hospitalised", "hospitalized", "admitted", "clinic"})


def _english_group_in_care(words: list[str], share: int) -> int | None:
    """"Eleven survivors ... were being treated at a clinic, two of them in critical condition": where the group the
    share is taken from is itself told in care, the whole group is hurt (its number, the first of the sentence);
    "Forty people were rescued, three of them in critical condition" leaves the share (None here)."""
    if _EN_CARE_WORDS.isdisjoint(words[:share]):
        return None
    for k in range(share):
        if (group := parse_number(words, k)) is not None and not _english_age_number(words, k):
            return group[0] if group[0] > 1 and not _EN_CARE_WORDS.isdisjoint(words[k:share]) else None
    return None


def _of_them_listed(words: list[str], joined: int, floor: int) -> int | None:
    """"three of them, two women and a child, were ...": the "and" at ``joined`` is inside a list set beside "N of them /
    of whom" (a number or an article opens the list): N, else None."""
    for p in range(joined - 1, floor, -1):
        if words[p + 1 : p + 3] in (["of", "them"], ["of", "whom"]) and (parsed := parse_number(words, p)) is not None:
            opener = words[p + 3 : p + 4]
            listed = opener != [] and (opener[0] in ("a", "an") or parse_number(words, p + 3) is not None)
            return parsed[0] if listed and parsed[0] >= 2 and p + 3 < joined else None
    return None


_EN_CARE_TREATMENTS = frozenset({"stitches", "surgery", "operations", "treatment", "hospital"})
_EN_RELATIVES = frozenset({"who", "whose"})


def _relative_clause_start(words: list[str], stop: int, floor: int) -> int | None:
    """"Twelve migrants whose boat had left Zuwara were treated": a stop word inside a relative clause on the subject
    ("whose" / "who" before it) does not end the subject; the search goes on before the clause (English pass 18).
    None: the stop ends it."""
    return next((r for r in range(stop, floor, -1) if words[r] in _EN_RELATIVES), None)


def _english_ages_listed(words: list[str], verb: int) -> int:
    """"kids, 6 and 9, were", "his sons, 4, 7 and 11, were": ages listed right after a plural person noun and before
    the verb (the commas are gone from the words): one person per age; 0 when the words before ``verb`` are not that."""
    k = verb - 1
    if k < 2 or not words[k].isdigit() or words[k - 1] != "and":
        return 0
    ages, k = 1, k - 2
    while k >= 0 and words[k].isdigit() and len(words[k]) <= 2:
        ages, k = ages + 1, k - 1
    return ages if ages >= 2 and k >= 0 and words[k + 1].isdigit() and len(words[k + 1]) <= 2 and plural_person(
        words[k]) else 0


def _english_age_number(words: list[str], k: int) -> bool:
    """"a 14-year-old boy", "aged 17", "a woman, 34,": the number at ``k`` is someone's age, no count."""
    return words[k + 1 : k + 2] in (["year"], ["years"]) or (k > 0 and words[k - 1] in ("aged", "age")) or (
        english_in_age_list(words, k))  # "aged 30, 41 and 52": every age listed (English pass 60)


_EN_CARE_STATES = frozenset({"intensive", "hospital", "critical", "serious", "stable"})
_EN_CARE_NEEDS = frozenset({"needed", "required", "received", "underwent"})
_EN_CARE_GIVEN = frozenset({"stitches", "surgery", "treatment"})


def english_one_in_care(words: list[str]) -> bool:
    """"The husband is in intensive care", "the cameraman, 23, needed stitches": a sentence opening on one definite
    victim (an age may follow) who is in care or needed care is one hurt (English pass 17; the caller reads a care
    sentence only once the document reports a harm)."""
    noun = 1
    if words[:1] in (["a"], ["an"]) and words[1:2] != [] and words[1].isdigit() and words[2:4] == ["year", "old"]:
        noun = 4  # "A 9-year-old boy was in critical condition" (English pass 26: an aged victim told by the article)
    elif words[:1] in (["a"], ["an"]) and (found := _english_indefinite_one(words)):
        noun = found  # "A pregnant woman was in critical condition", "A human rights activist was hospitalised" (pass 30)
    elif (more := _english_one_more(words)) is not None:
        noun = more  # "A third was rescued and treated at Tajoura Hospital", "Another man was taken to hospital"
    elif words[:1] not in (["the"], ["his"], ["her"], ["their"]):
        return False
    if len(words) < noun + 3 or not (english_single_before(words, noun) or words[noun] in EN_ONE_MORE):
        return False
    if words[noun + 1 : noun + 4] == ["was", "rescued", "and"]:
        words = words[: noun + 2] + words[noun + 4 :]  # "A third was rescued and treated at ...": the care told after
    k = noun + 1 + (words[noun + 1].isdigit())
    if words[k] in ("a", "an") and (was := _english_apposition_end(words, k)) is not None:
        k = was  # "The husband, a Libyan trader who had lived in Egypt since 2015, was treated for burns" (pass 58)
    if words[k : k + 2] == ["who", "was"]:  # "His cousin, who was also hit, remains in intensive care" (pass 36)
        j = k + 2 + (words[k + 2 : k + 3] == ["also"])
        if words[j : j + 1] != [] and words[j] in EN_HURT_PARTICIPLES and j + 1 < len(words):
            k = j + 1
    verb, rest = words[k], words[k + 1 : k + 3]
    if verb in ("is", "was") and rest[:1] == ["also"]:
        k += 1  # "Her brother was also admitted with bruises"
        rest = words[k + 1 : k + 3]
    if verb in ("is", "was", "remains"):
        return (rest[:1] == ["in"] and not _EN_CARE_STATES.isdisjoint(words[k + 2 : k + 4])) or rest == ["being", "treated"] or (
            verb == "was" and _english_one_cared(words[k + 1 : k + 6]))
    if verb == "survived" and rest[:1] == ["with"]:
        return not _EN_SURVIVED_WITH.isdisjoint(words[k + 2 : k + 4])  # "A daughter survived with wounds" (pass 59)
    return verb in _EN_CARE_NEEDS and rest[:1] != [] and rest[0] in _EN_CARE_GIVEN


# English pass 59 (tune125en): "A daughter survived with wounds", "The driver survived with serious burns": one who lived
# through the attack with a wound of their own is hurt; "survived with only bruises" is no wound ("only" before it)
_EN_SURVIVED_WITH = frozenset({"wounds", "injuries", "burns", "fractures", "wound", "injury"})


# English pass 58 (tune121en): "The husband, a Libyan trader who had lived in Egypt since 2015, was treated for burns":
# an apposition (an indefinite article right after the definite victim: the commas are no tokens) runs to the victim's
# own "was" (the first "was" after it that opens a care predicate), at most this many words on
_EN_APPOSITION_REACH = 14


def _english_apposition_end(words: list[str], k: int) -> int | None:
    """The index of the victim's own "was" after an apposition opening at ``k`` ("a Libyan trader who had lived ...");
    None when no "was" within ``_EN_APPOSITION_REACH`` words opens a care predicate."""
    for j in range(k + 2, min(len(words), k + _EN_APPOSITION_REACH)):
        if words[j] == "was" and _english_one_cared(words[j + 1 : j + 6]):
            return j
    return None




def _english_one_more(words: list[str]) -> int | None:
    """A sentence opening on one more person than those told before ("A third", "A fourth man", "Another", "Another
    woman"): where the one stands (the noun's index, or the ordinal's where no noun follows), None otherwise (English
    pass 40). The caller's care predicate decides: "A third was treated at the hospital" is one hurt, "Another was
    arrested" none."""
    if words[:1] == ["another"]:
        at = 0
    elif words[:1] == ["a"] and words[1:2] != [] and words[1] in EN_ONE_MORE_ORDINALS:
        at = 1
    else:
        return None
    return at + 1 if words[at + 1 : at + 2] != [] and words[at + 1] in SINGULAR_VICTIMS else at


# English pass 47 (tune101en): "Her eldest son, 10, was grazed by a bullet and treated at ... Hospital", "His
# 14-year-old nephew, walking behind him, suffered minor cuts and was treated at ...": a relative told by a possessive,
# hurt and then cared for in a clause of the same sentence, is one hurt
_EN_KIN_CARE_REACH = 12  # "nephew, walking behind him, suffered minor cuts and was treated": the noun to the "and"


def english_kin_treated(words: list[str]) -> bool:
    """A sentence opening on "his / her / their" and one relative (an age or "eldest / youngest ..." may stand before
    the noun, an age after it), whose later clause "and (was) treated at / taken to hospital ..." tells care: one hurt.
    Not a relative who only speaks ("His eldest son said ... he was taken to the police station": no care predicate)."""
    if words[:1] not in (["his"], ["her"], ["their"]):
        return False
    noun = 1
    if words[1:2] != [] and words[1].isdigit() and words[2:4] == ["year", "old"]:
        noun = 4
    elif words[1:2] != [] and words[1] in EN_KIN_ADJECTIVES:
        noun = 2
    if not english_single_before(words, noun):
        return False
    for j in range(noun + 1, min(len(words), noun + 1 + _EN_KIN_CARE_REACH)):
        if words[j] == "said":
            return False  # the relative speaks: what follows is the news told, not their care
        if words[j] == "and":
            rest = words[j + 1 : j + 8]
            return _english_care_predicate(rest[1:] if rest[:1] == ["was"] else rest)
    return False


def english_pronoun_in_care(words: list[str]) -> bool:
    """"He is being treated at Misrata Medical Centre", "She was taken to hospital": one person, named before, in care
    (English pass 26; the caller reads it only once the document reports a harm and no death). Also a last clause
    ", and he was treated at ..." after the wounds told (English pass 47: "a doctor said he had bruises ... and a
    fractured finger, and he was treated at ...")."""
    if words[:1] not in (["he"], ["she"]):
        at = next((k for k in range(1, len(words) - 2) if words[k] == "and" and words[k + 1] in ("he", "she")
                   and words[k + 2] == "was"), None)
        if at is None or not states_wound(words[:at]):
            return False
        words = words[at + 1 :]
    if words[1:2] not in (["is"], ["was"]):
        return False
    rest = words[2:7]
    return rest[:2] == ["being", "treated"] or _english_one_cared(rest) or (
        rest[:1] == ["in"] and not _EN_CARE_STATES.isdisjoint(rest[1:3]))


_EN_ONE_MODIFIERS = 2  # "a pregnant woman", "a human rights activist": up to two words before the noun


def _english_indefinite_one(words: list[str]) -> int:
    """"An activist was hospitalised", "A pregnant woman was in critical condition", "A daughter survived with wounds"
    (English pass 59), "A human rights activist was taken
    to hospital": the index of one victim noun told with "a / an" (up to two plain words before it) right before "is /
    was / remains", else 0 (English pass 30)."""
    for noun in range(1, min(len(words) - 1, _EN_ONE_MODIFIERS + 2)):
        if words[noun + 1] in ("is", "was", "remains", "survived") and english_single_before(words, noun):
            return noun if all(w.isalpha() and w.isascii() for w in words[1:noun]) else 0
    return 0


def _english_one_cared(rest: list[str]) -> bool:
    """After "The guard was" / "His sister was also": a transfer to or stay in care ("treated at the town hospital",
    "taken to hospital", "hospitalised") or an admission with a wound ("admitted with bruises"): one hurt (English pass
    26; the opener "the / his / her / their" and a victim noun are checked by the caller)."""
    return _english_care_predicate(rest) or (rest[:2] == ["admitted", "with"] and english_wound_after(rest, 2))


def _english_in_care(rest: list[str]) -> bool:
    """The words after "remain" / "were" tell a stay in care: "[still] in hospital", "[still] being treated"."""
    rest = rest[1:] if rest[:1] == ["still"] else rest
    # "were kept in hospital overnight", "were held in hospital": a stay in care told by its verb (English pass 24)
    rest = rest[1:] if rest[:1] in (["kept"], ["held"]) and rest[1:3] == ["in", "hospital"] else rest
    # "eight people remain under treatment", "were receiving treatment" (English pass 36): a stay in care by its word
    return rest[:2] in (["in", "hospital"], ["being", "treated"], ["under", "treatment"], ["receiving", "treatment"]) or (
        rest[:3] == ["in", "a", "hospital"])


# The person taken to hospital died there («نقل الشاب إلى المستشفى حيث فارق الحياة»): not one injured.
_DIED_THERE = {"فارق", "فارقت", "توفي", "توفيت", "وفاته", "وفاتها", "لفظ", "لفظت", "ميتا", "جثه", "جثته", "جثتها"}




_LYING = frozenset({"يرقد", "ترقد", "ويرقد", "وترقد"})
_INTENSIVE_CARE = frozenset({"العنايه", "المستشفي", "مستشفي", "الانعاش"})


# Arabic pass 136 (tune136): «تخضع فتاة ... للعناية المركزة بعد تعرضها للطعن»: one victim undergoing intensive care or
# an operation is one hurt, as one lying in it; not «يخضع المتهم للتحقيق» (an inquiry is no care)
_UNDERGOING = frozenset({"يخضع", "تخضع", "ويخضع", "وتخضع"})
_UNDERGONE_CARE = frozenset({"للعنايه", "للعلاج", "لعمليه", "للانعاش"})
_UNDERGOING_REACH = 8  # the victim, her age («في السادسة عشرة من عمرها»), then the care


def victim_lying_in_care(words: list[str]) -> bool:
    """«مواطن يرقد في العناية الفائقة بعد إطلاق النار عليه», «يرقد الشاب في المستشفى»: one victim noun right before
    or after a singular «lies» with intensive care or a hospital within four words is one hurt (a sentence with
    a harm word only: the caller reads it there); also a singular «undergoes» with care within ``_UNDERGOING_REACH``."""
    if _LYING.isdisjoint(words) and _UNDERGOING.isdisjoint(words):
        return False
    for index, word in enumerate(words):
        if word in _UNDERGOING and any(w in _UNDERGONE_CARE for w in words[index + 1 : index + 1 + _UNDERGOING_REACH]):
            pass  # «تخضع فتاة في السادسة عشرة من عمرها للعناية المركزة» (Arabic pass 136)
        elif word not in _LYING or not any(w in _INTENSIVE_CARE for w in words[index + 1 : index + 5]):
            continue
        near = words[index - 1 : index] + words[index + 1 : index + 2]
        if any(w in NAMED_VICTIMS or (w.startswith("ال") and w[2:] in UNTITLED_VICTIMS) for w in near):
            return True
    return False


# «وابنتهم الكبرى في العناية المركزة», «وبنتهم الكبيرة في العناية»: one kin or victim joined by «و», (an adjective,) then
# «في العناية / الإنعاش» with no verb: one in intensive care, hurt (Arabic pass 96; MSA and Libyan posts alike)
_IN_INTENSIVE = frozenset({"العنايه", "الانعاش"})
_JOINED_CARE_REACH = 3  # the kin, an adjective or two («الكبرى», «الصغير»), then «في»


def joined_in_intensive_care(words: list[str]) -> bool:
    """A «و»-joined singular victim or kin word, then within ``_JOINED_CARE_REACH`` words «في» + intensive care."""
    if _IN_INTENSIVE.isdisjoint(words):
        return False  # most sentences (the cheap test first)
    for index, word in enumerate(words[:-1]):
        if word != "في" or words[index + 1] not in _IN_INTENSIVE:
            continue
        for k in range(index - 1, max(-1, index - 1 - _JOINED_CARE_REACH), -1):
            joined = words[k]
            if joined.startswith("و") and len(joined) > 2 and (
                    joined[1:] in DIALECT_KIN or possessed_victim(joined[1:]) or singular_victim(joined[1:])) and (
                    not plural_of_victim(joined[1:])):
                return True
    return False


_CLAUSE_REACH = 8  # «الذي كان ينام في الغرفة المجاورة»: a relative clause of up to seven words before the verb


def _subject_before_clause(words: list[str], index: int) -> str | None:
    """The subject of «أن» before a relative clause that ends right at the transfer verb at ``index``: «أن حفيدهما الذي
    كان ينام في الغرفة المجاورة نقل»: the victim noun or kin before «الذي / التي»."""
    for k in range(index - 2, max(0, index - _CLAUSE_REACH), -1):
        if words[k] in WHO_SINGULAR:
            return words[k - 1] if k >= 2 and words[k - 2] in ("ان", "وان") else None
    return None


# «فيما نقلت الأم في حالة حرجة إلى المستشفى»: kin the victim nouns leave out (normalised «الأم» is also «آلام», pains,
# and «جدة» a city; right after a transfer verb they are the one taken; Arabic pass 110)
_TAKEN_KIN = frozenset({"الام", "الجده", "الجد", "البنت", "الحفيد", "الحفيده",
                        # «في حين نقلت زميلتهما الثالثة إلى مستشفى»: a woman colleague of theirs (Arabic pass 134; the
                        # possessed masculine «زميله» is read by ``possessed_victim``, the feminine stem is no victim noun)
                        "زميلته", "زميلتها", "زميلتهما", "زميلتهم"})


# Arabic pass 120 (tune120): «وإن إحداهن فقدت الوعي بعد ضربها ونقلت إلى المستشفى», «وإن أحدهم نقل إلى المستشفى»: «one of
# them» a few words before a singular transfer verb is its subject (one hurt person taken to hospital), unless a clause
# opens between («وقال أحدهم إن زوجته نقلت»: he speaks of someone else)
_ONE_TAKEN = frozenset({"نقل", "نقلت"})
_ONE_TAKEN_REACH = 6  # «إحداهن فقدت الوعي بعد ضربها ونقلت»
_ONE_TAKEN_CLAUSES = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها", "وان", "قال", "وقال", "قالت", "وقالت"})


def _one_of_them_taken(words: list[str], index: int) -> bool:
    """Is «one of them» within ``_ONE_TAKEN_REACH`` words before the singular transfer verb at ``index``, with no
    clause opened between them?"""
    if strip_and(words[index]) not in _ONE_TAKEN:
        return False
    for k in range(index - 1, max(-1, index - 1 - _ONE_TAKEN_REACH), -1):
        if strip_and(words[k]) in ONE_OF_THEM:
            return True
        if words[k] in _ONE_TAKEN_CLAUSES:
            return False
    return False


def victim_taken_to_hospital(words: list[str]) -> bool:
    """«فيما نقل سائق الشاحنة إلى مستشفى مصراتة», «ونقل الطفل إلى مستشفى الأطفال»: one victim noun right after
    a transfer verb (or before it, a relative clause: «على حارس المصنع الذي نقل إلى المستشفى»), a hospital within
    six words, and no death there."""
    joined = " ".join(words[:-1])  # each form of ``_TAKEN`` is a piece of its word: a cheaper first test (speed pass 8)
    if "نقل" not in joined and "اسعاف" not in joined and "تحويل" not in joined:
        return False
    if not any(map(_TAKEN.intersection, map(word_forms, words[:-1]))):
        return False  # no transfer verb (most sentences): the loop's first test, for every word at C level
    for index, word in enumerate(words[:-1]):
        if not word_forms(word) & _TAKEN:
            continue
        victim = words[index + 1]
        if index > 0 and words[index - 1] in WHO_SINGULAR:
            victim = next((w for w in reversed(words[max(0, index - 4) : index - 1]) if w in NAMED_VICTIMS), victim)
        elif (owner := _subject_before_clause(words, index)) is not None:
            victim = owner  # «وأن حفيدهما الذي كان ينام في الغرفة المجاورة نقل إلى المستشفى» (Arabic pass 62)
        single = victim in NAMED_VICTIMS or victim in _TAKEN_KIN or (victim.startswith("ال") and (
            victim[2:] in UNTITLED_VICTIMS or victim[2:] in ("مصاب", "جريح"))) or (
            victim.endswith(("هما", "ها", "ه")) and possessed_victim(victim))  # not «الضحية»: maybe dead
        single = single or _one_of_them_taken(words, index)
        if single and _hospital_word_in(words[index + 2 : index + 8]) and not any(
                word_forms(w) & _DIED_THERE for w in words[index + 2 :]):
            return True
    return False


# «والداه», «والديها», «أبواه»: his or her two parents (the dual «والدين» with its «ن» dropped before a pronoun)
_PARENTS = frozenset({"والداه", "والديه", "والداها", "والديها", "والداهما", "والديهما", "ابواه", "ابويه", "ابواها",
                      "ابويها", "الزوجين", "الزوجان"})  # and the couple («إن الزوجين نقلا إلى المستشفى»)
_TAKEN_TWO = frozenset({"نقلا", "اسعفا", "وصلا"})  # a dual passive or verb of transfer: the two of them


# «إن المذيعين نقلا إلى مستشفى الزاوية»: a definite noun in «-ين» (a dual or a plural in the oblique case, the same
# letters) is the dual the dual verb after it agrees with (Arabic pass 76); not «الآخرين» (others), nor a short word
_NOT_A_PAIR = frozenset({"الاخرين", "الذين", "اللذين", "المعنيين"})


def _definite_yn(word: str) -> bool:
    return word.startswith("ال") and word.endswith("ين") and len(word) >= 7 and word not in _NOT_A_PAIR


def two_taken_to_hospital(words: list[str]) -> bool:
    """«إن والديه نقلا إلى مستشفى المرج», «وطفلاها نقلا إلى المستشفى»: a dual subject (parents, a possessed dual of a
    victim noun) right before a dual verb of transfer, a hospital within six words after it, and no death there: two
    hurt in care (Arabic pass 53). Not «نقلا» after a singular («نقل المصاب ومرافقه»: read elsewhere)."""
    if _TAKEN_TWO.isdisjoint(words):
        return False  # a cheap test first: no dual verb of transfer, the loop finds none (speed pass 14)
    for index in range(1, len(words)):
        if words[index] not in _TAKEN_TWO:
            continue
        subject = words[index - 1]
        if (subject in _PARENTS or subject[1:] in _PARENTS or possessed_dual(subject.removeprefix("و"))
                or dual_of_victim(subject) or _definite_yn(subject)) and _hospital_word_in(words[index + 1 : index + 7]) and not any(
                word_forms(w) & _DIED_THERE for w in words[index + 1 :]):
            return True
    return False


# Arabic pass 68 (tune68): «اعتدوا بالضرب على الحكم ولاعب ...، ما استدعى نقلهما إلى مستشفى الخمس», «وتم إسعافهما إلى
# المستشفى»: a verbal noun of transfer or first aid with the dual pronoun «هما» is the care of two people (the pair the
# sentence named, whatever words named them); a hospital within six words after it, so that «ونقلهما إلى جهة مجهولة»
# (captives moved) is no care, and no death in the sentence (the dead and the hurt moved together are no pair of hurt)
_PAIR_TAKEN = frozenset({"نقلهما", "اسعافهما", "تحويلهما", "علاجهما"})
_PAIR_HOSPITAL_REACH = 6


def pair_taken_to_hospital(words: list[str]) -> bool:
    """A dual-pronoun transfer or first-aid noun («نقلهما», «إسعافهما», with «و / ب / ل») before a hospital."""
    if "هما" not in " ".join(words):
        return False  # a cheap test first (every Arabic sentence with a count): each form above is a piece of its word
    for index, word in enumerate(words):
        if word_forms(word).isdisjoint(_PAIR_TAKEN):
            continue
        if _hospital_word_in(words[index + 1 : index + 1 + _PAIR_HOSPITAL_REACH]) and not any(
                word_forms(w) & _DIED_THERE for w in words):
            return True
    return False


# Arabic pass 68 (tune68): «نقلت امرأتين وطفلا إلى مستشفى زليتن», «أسعفت ثلاثة شبان وامرأة إلى المستشفى»: the victims
# an active verb of transfer or first aid lists, joined by «و», before «إلى» + a hospital, are the hurt it cared for,
# summed (duals 2, one victim 1, a number of people its value); two parts at least (one is read elsewhere)
_TRANSFER_ACTIVE = frozenset({"نقلت", "نقل", "نقلوا", "نقلنا", "اسعفت", "اسعف", "اسعفوا", "اسعفنا"})
_TRANSFER_WRITTEN = _TRANSFER_ACTIVE | {c + w for c in ("و", "ف") for w in _TRANSFER_ACTIVE}  # as ``strip_and`` reads
_LISTED_PARTS = 6


def listed_taken_to_hospital(words: list[str]) -> int:
    """The sum (``sum_victims``) of a list of two to six victims right after an active transfer verb and before «إلى»
    + a hospital within three words; 0 when there is none."""
    if _TRANSFER_WRITTEN.isdisjoint(words):
        return 0  # a cheap test first (every Arabic sentence with a count): no transfer verb, with «و / ف» or without
    for index, word in enumerate(words):
        if strip_and(word) not in _TRANSFER_ACTIVE:
            continue
        to = next((k for k in range(index + 1, len(words)) if words[k] == "الي"), None)
        if to is not None and _hospital_word_in(words[to + 1 : to + 4]) and (
                total := sum_victims(words, index + 1, to, people=plural_person, parts=(2, _LISTED_PARTS))):
            return total
    return 0


# The words of the victims' care that open ``counts_rules.care_counts`` (its gate, with ``NOT_HURT``).
CARE_WORDS = _TAKEN | _FIRST_AID | _RECEIVING | _RECEIVED | _TREATING
CARE_ROOTS = ("نقل", "سعف", "تلق", "استقبل", "تحويل", "عالج")  # a cheap test before word forms (every sentence)
EN_CARE = frozenset({"hospital", "treated", "treatment"})  # "eleven others remain in hospital", "were still being treated"
# ("eight people remain under treatment": English pass 36)
# A sentence about the care of people who are not hurt by an event: patients, births, vaccination, sport.
NOT_HURT = {"مريض", "مرضي", "المرضي", "مريضا", "ولاده", "الولاده", "حوامل", "لقاح", "اللقاح", "تطعيم", "التطعيم",
            "تلقيح", "التلقيح", "كورونا", "كوفيد", "فيروس", "لاعب", "اللاعب", "لاعبين", "مباراه", "المباراه", "الملاعب", "المنتخب", "فريق", "الفريق"}


def not_hurt_word(word: str) -> bool:
    """A word of ``NOT_HURT`` among the word's forms, not «تفريق» (dispersing a march: «لتفريق وقفة») whose forms hold
    «فريق» (a team)."""
    forms = word_forms(word)
    return bool(forms & NOT_HURT) and _DISPERSING.isdisjoint(forms)


_DISPERSING = frozenset({"تفريق"})


_EN_ONE_SUBJECTS = frozenset({"he", "she"})
_EN_CLAUSE_JOINS = frozenset({"and", "but", "while", "where"})
_EN_SUBJECT_REACH = 5  # "An elderly man", "A 17 year old boy", "Salma Ben Ali": the subject's words before the verb
_EN_NOT_NAME = frozenset({"and", "of", "they", "them", "we", "it", "who", "police", "guards", "forces", "men", "people",
                          "residents", "others", "both", "all", "some", "many", "most"})


# English injured pass (all tune files): "A lawyer abducted in Tripoli was released on Saturday with two broken ribs",
# "A blogger held for six weeks ... was released on Wednesday and taken straight to hospital with two broken ribs", "A
# businessman abducted last week was found on Sunday on the roadside ... with broken legs": one captive let go or found
# bearing a wound is one hurt (the guide counts abuse in captivity where a wound is stated); the subject of a release
# is often long (who held him, for how long), so it is read from the sentence's article, not within five words
_EN_LET_GO = frozenset({"released", "freed", "found", "dumped"})
_EN_LET_GO_WITH_REACH = 16  # "was found on Sunday on the roadside near Al-Maya, west of the capital, with broken legs"
_EN_LET_GO_SUBJECT = 16  # "A blogger held for six weeks by the Internal Security Agency in Tripoli was released"


def english_one_let_go_wounded(words: list[str]) -> bool:
    """The sentence opens on "a / an" and one victim noun; its "was <released / freed / found / dumped>" (within 16 words,
    no "and" or plural verb before it) is followed by "with" and a wound (``english_wound_after``); no dead told."""
    if _EN_LET_GO.isdisjoint(words) or "with" not in words or words[:1] not in (["a"], ["an"]):
        return False  # a cheap test first
    if not (_EN_DEAD_IN_CARE.isdisjoint(words) and _EN_NOT_HURT.isdisjoint(words)):
        return False
    verb = next((k for k in range(2, min(len(words) - 1, _EN_LET_GO_SUBJECT)) if words[k] == "was"
                 and words[k + 1] in _EN_LET_GO), None)
    if verb is None or "and" in words[:verb] or "were" in words[:verb] or not any(
            english_single_before(words, k) for k in range(1, min(verb, 4))):
        return False
    return any(words[k] == "with" and english_wound_after(words, k + 1)
               for k in range(verb + 2, min(len(words), verb + 2 + _EN_LET_GO_WITH_REACH)))


def english_one_wounded(words: list[str]) -> bool:
    """One victim told hurt by the wound itself ("A nurse suffered a broken arm", "he is being treated for a gunshot
    wound", "An elderly man needed stitches to a head wound") or by care with a wound ("Salma Ben Ali was admitted to
    hospital with a fractured wrist"): the singular subject at the sentence's start ("a / an / the" and a victim noun,
    "he / she", or a name) or "he / she" after "and": one hurt (English pass 21; the caller reads it only once the
    document reports a harm and no dead)."""
    if not (_EN_DEAD_IN_CARE.isdisjoint(words) and _EN_NOT_HURT.isdisjoint(words)):
        return False
    starts = [0] + [k + 1 for k, w in enumerate(words[:-1]) if w in _EN_CLAUSE_JOINS and words[k + 1] in _EN_ONE_SUBJECTS]
    for start in starts:
        # "One of them, a 66-year-old, was"; "A Zliten municipality employee, Abdullah Krayem, sustained" (a name after)
        reach = _EN_SUBJECT_REACH + 3 * (words[start : start + 2] == ["one", "of"] or (
            start < len(words) and words[start] in EN_ARTICLES))
        for verb in range(start + 1, min(len(words) - 1, start + reach + 1)):
            if words[verb] in _EN_WOUND_HELD or words[verb] in _EN_ONE_VERBS:
                if _one_subject(words, start, verb) and _one_wounded_predicate(words, verb):
                    return True
                break
    return False


_EN_ONE_VERBS = frozenset({"was", "is", "needed", "required"})


def _one_subject(words: list[str], start: int, verb: int) -> bool:
    """The words from ``start`` to ``verb`` name one person: "he / she", an article and a singular victim noun, or a
    name (up to three words with no number, plural or "and")."""
    subject = words[start:verb]
    if subject in (["he"], ["she"]) or subject[:2] == ["one", "of"] or (start == 0 and subject == ["one"]):
        return True  # "One of them, a 66-year-old, was taken to hospital with a head injury": one of a group; a bare
        # "One was treated in hospital for a head wound" opening its sentence is one of them too (English pass 25)
    if subject[0] in EN_ARTICLES:
        return english_single_before(words, verb - 1) or _named_after_noun(words, start, verb)
    return start == 0 and len(subject) <= 3 and _EN_NOT_NAME.isdisjoint(subject) and all(
        w.isalpha() and parse_number(words, k) is None for k, w in enumerate(subject))


_EN_APPOSED_NAME = 3  # "A Zliten municipality employee, Abdullah Krayem, sustained": up to three words of a name


def _named_after_noun(words: list[str], start: int, verb: int) -> bool:
    """"A school employee, Fathi Omran, suffered burns": an article, a singular victim noun and the victim's name (one to
    three words, no number, plural or "and") right before the verb: one person (English pass 22)."""
    for noun in range(max(start + 1, verb - 1 - _EN_APPOSED_NAME), verb - 1):
        if english_single_before(words, noun):
            name = words[noun + 1 : verb]
            return _EN_NOT_NAME.isdisjoint(name) and all(w.isalpha() and not english_single_before([w], 0) for w in name)
    return False


def _one_wounded_predicate(words: list[str], verb: int) -> bool:
    """After the verb: a wound had or suffered, stitches or surgery needed, care "with" a wound, or treatment "for" one."""
    word, rest = words[verb], words[verb + 1 : verb + 3]
    if word in _EN_WOUND_HELD:
        return english_wound_after(words, verb + 1)
    if word in ("needed", "required"):
        return rest[:1] != [] and rest[0] in _EN_CARE_GIVEN
    if rest[:1] != [] and rest[0] in _EN_TO_HOSPITAL:
        care_end = min(len(words), verb + 9)
        with_at = next((k for k in range(verb + 2, care_end) if words[k] == "with"), None)
        return with_at is not None and english_wound_after(words, with_at + 1)
    if rest == ["being", "treated"] and words[verb + 3 : verb + 4] == ["for"]:
        return english_wound_after(words, verb + 4)
    if rest[:1] == ["treated"]:  # "was treated in hospital for a head wound", "was treated for burns" (English pass 25)
        care_end = min(len(words), verb + 6)
        for_at = next((k for k in range(verb + 2, care_end) if words[k] == "for"), None)
        return for_at is not None and english_wound_after(words, for_at + 1)
    return False


# Arabic pass 49 (tune49): «عالجت 3 منهم من كسور وحروق»: a clinic that treated people for wounds counts them hurt (as
# first aid does); the wound named after «من» keeps out «عالجت المحكمة 40 قضية» and patients of an illness
_TREATED_WOUNDS = frozenset({"كسور", "كسر", "حروق", "جروح", "رضوض", "اصابات", "كدمات", "طلقات", "شظايا", "جرح"})
_TREATED_FOR_REACH = 4  # «عالجت 3 منهم من كسور»: «منهم», then «من» and the wound


def treated_for_wounds(words: list[str], end: int) -> bool:
    """«من» + a wound noun within ``_TREATED_FOR_REACH`` words after the people (``end``: past the number), or the
    marks of wounds or of beating told on them later in the sentence (``wound_marks_after``)."""
    window = words[end : end + _TREATED_FOR_REACH]
    return any(w == "من" and k + 1 < len(window) and word_forms(window[k + 1]) & _TREATED_WOUNDS
               for k, w in enumerate(window)) or wound_marks_after(words, end)


# Arabic injured pass (all tune files): the people after a number said to bear or suffer wounds or the marks of a
# beating («أن 6 منهم يحملون آثار حروق وكسور ونقلوا إلى المستشفى», «وأن ثلاثة منهم ما زالوا يعانون كسورا لم تعالج»):
# a wound stated on them counts them hurt (the guide: a beating or torture counts injured once a wound is stated)
_BEARING = frozenset({"يحملون", "يحمل", "تحمل", "يحملن", "يعانون", "يعاني", "تعاني", "يعانين", "يعانيان"})
# «ما زالوا», «لا يزالون» before the verb (``nlp.incidents.STILL_HELD`` holds the verbs, but that module imports this one)
_STILL_BETWEEN = frozenset({"ما", "لا", "زالوا", "زال", "زالت", "يزالون", "يزال", "تزال", "مازالوا", "لايزالون"})
_BEARING_REACH = 3  # «يحملون آثار حروق», «يعانون من كسور»: the verb to the wound noun
_WOUND_FORMS = _TREATED_WOUNDS | frozenset({"كسورا", "جروحا", "حروقا", "رضوضا"})


def bears_wounds(words: list[str], end: int) -> bool:
    """A verb of bearing or suffering right after the people (past «ما زالوا / لا يزالون»), with the marks of wounds
    or of beating («آثار حروق», «آثار ضرب») or a wound noun («كسورا», «من كسور») within ``_BEARING_REACH`` words
    (``end``: the word after the number, the people's noun, or «من» before it)."""
    k = end + 1 + (end < len(words) and words[end] == "من")
    while k < len(words) and k < end + 3 and words[k] in _STILL_BETWEEN:
        k += 1
    if k >= len(words) or words[k] not in _BEARING:
        return False
    window = words[k + 1 : k + 1 + _BEARING_REACH]
    return any(bool(word_forms(w) & _WOUND_FORMS) or _marks_at(window, j) for j, w in enumerate(window))


# Arabic injured pass (all tune files): «عالجت 8 مهاجرين أفرج عنهم من سجون التهريب، عليهم آثار حروق وكسور», «عالجت
# 23 مهاجرا ... وعلى أجسادهم آثار ضرب وحروق»: the treated told with the marks of wounds or of beating on them, however
# long the clause of where they came from (the guide: a beating or torture counts injured once a wound is stated)
_MARKS = frozenset({"اثار", "واثار"})
_MARKED_BY = _TREATED_WOUNDS | frozenset({"ضرب", "الضرب", "تعذيب", "التعذيب", "عنف", "العنف"})
# the wounds told on their bodies with no «آثار» («تظهر على أجسادهم ندوب وحروق»: Arabic injured paraphrase pass)
_BODIES = frozenset({"اجسادهم", "اجسامهم", "اجسادهن", "اجسامهن", "اجسادهما", "جسده", "جسدها", "جسمه", "جسمها"})
_MARKS_OR_BODIES = _MARKS | _BODIES
_BODY_WOUNDS = _MARKED_BY | frozenset({"ندوب", "كدمات"})
_MARKS_REACH = 18  # «عالجت 23 مهاجرا، بينهم ثلاث نساء، فروا من مخزن يديره مهربون في بني وليد، وعلى أجسادهم آثار ضرب»


def wound_marks_after(words: list[str], end: int) -> bool:
    """«آثار» + a wound noun or beating, torture or violence within ``_MARKS_REACH`` words after the people."""
    window = words[end : end + _MARKS_REACH]
    return not _MARKS_OR_BODIES.isdisjoint(window) and any(_marks_at(window, k) for k in range(len(window)))


def _marks_at(window: list[str], k: int) -> bool:
    """«آثار» at ``k`` and a wound, beating, torture or violence word right after it («آثار حروق», «آثار ضرب»), or
    their bodies and a wound or a scar right after them («على أجسادهم ندوب وحروق»)."""
    if k + 1 >= len(window):
        return False
    if window[k] in _BODIES:
        return bool(word_forms(window[k + 1]) & _BODY_WOUNDS)
    return window[k] in _MARKS and bool(word_forms(window[k + 1]) & _MARKED_BY)


# Arabic pass 58 (tune58): a share of a group told hurt in the sentence that names the group («اعتدوا بالضرب على
# طبيبة وممرض، فأصيب الممرض بجرح», «على ثلاثة موقوفين ... ثم نقل أحدهم إلى المستشفى مصابا بكسر», «ضربوا مجموعة من
# النساء ... ونقلت اثنتان منهن إلى العيادة بعد إصابتهما», «إنقاذ أسرة من سبعة أفراد، أصيب منهم طفل»): the group was
# beaten, rescued or named, the share is who was hurt (the guide: a beating with no wound stated has no injured count).
# singular only: a verb before its subject is singular («ونقلت اثنتان منهن»); a dual or plural verb («شخصين أصيبا،
# أحدهما امرأة») agrees with a subject told before it, and what follows describes them
_SHARE_CARE_VERBS = frozenset({"نقل", "نقلت", "اسعف", "اسعفت"})
# a hurt word before the share: the group itself was hurt first («أصيب ستة ...، ونقل اثنان منهم»), the share is part
_HURT_BEFORE = ("اصيب", "اصاب", "واصيب", "واصاب", "باصاب", "جرح", "جريح", "جرحي", "الجرحي", "مصاب", "المصاب", "بجروح")
# after a care verb, what says the share was hurt or treated
_HURT_OR_CARE_AFTER = ("مصاب", "اصاب", "باصاب", "بجروح", "بكسر", "بكسور", "بكدمات", "بحروق", "برضوض", "مستشفي",
                       "المستشفي", "للمستشفي", "بالمستشفي", "مستوصف", "المستوصف", "العياده", "للعياده")


# every word _share_verb reads as a verb (with «و / ف» or none): one set test skips share_told_hurt's loop (speed pass 12)
_SHARE_VERB_WORDS = frozenset(p + w for w in HURT_PASSIVES | _SHARE_CARE_VERBS for p in ("", "و", "ف"))


@word_cache(65536)  # a pure function of the word, asked again and again (speed pass 9)
def _share_verb(word: str) -> str | None:
    """"hurt" or "care" for a hurt or care verb, with an optional «و / ف», else None."""
    bare = word[1:] if word[:1] in ("و", "ف") else word
    if word in HURT_PASSIVES or bare in HURT_PASSIVES:
        return "hurt"
    if word in _SHARE_CARE_VERBS or bare in _SHARE_CARE_VERBS:
        return "care"
    return None


def share_told_hurt(words: list[str]) -> int | None:
    """The number of a share of a group told hurt or taken to care («فأصيب الممرض», «نقل أحدهم ... مصابا», «ونقلت
    اثنتان منهن ... بعد إصابتهما», «أصيب منهم طفل»), when no hurt word comes before it in the sentence; else None."""
    if _SHARE_VERB_WORDS.isdisjoint(words):
        return None  # no word _share_verb reads as a verb (most sentences): the loop finds none (speed pass 12)
    for k in range(1, len(words) - 1):
        kind = _share_verb(words[k])
        if kind is None:
            continue
        share = _share_after(words, k + 1)
        if share is None and k >= 2 and words[k - 2] in ONE_OF and words[k - 1].startswith("ال"):
            share = 1  # «وأضاف أن أحد المصورين نقل إلى المستشفى بسبب كسر»: one of them, named before the verb
        if share is None or any(w.startswith(_HURT_BEFORE) or w[1:].startswith(_HURT_BEFORE) for w in words[:k]):
            continue
        if kind == "care" and not any(w.startswith(_HURT_OR_CARE_AFTER) for w in words[k + 1 :]):
            continue
        if any(_share_verb(w) == "hurt" for w in words[k + 2 :]):
            return None  # «أصيب ثلاثة منهم ...، وأصيب أحدهما ...»: shares told one by one add up (other rules)
        return share
    return None


def _share_after(words: list[str], at: int) -> int | None:
    """The share named right after the verb: «منهم طفل» / «منهم ثلاثة», «أحدهم», «اثنتان منهن», or a definite
    victim noun the sentence named before without the article («على طبيبة وممرض، فأصيب الممرض»)."""
    first = words[at]
    if first in ONE_OF_THEM or (first in ONE_OF and words[at + 1 : at + 2] and words[at + 1].startswith("ال")):
        return 1  # «نقل أحدهم», «ونقل أحد المصورين إلى المستشفى»
    if first in OF_THEM and at + 1 < len(words):
        parsed = parse_number(words, at + 1)
        if parsed is not None:
            return parsed[0]
        if dual_of_victim(words[at + 1]):
            return 2  # «وأصيب منهم طفلان»
        return 1 if words[at + 1] in NAMED_VICTIMS else None
    parsed = parse_number(words, at)
    if parsed is not None:
        value, used = parsed
        return value if words[at + used : at + used + 1] and words[at + used] in OF_THEM else None
    if first.startswith("ال") and len(first) > 4 and not first.startswith(_HURT_BEFORE):
        named = first[2:]  # the definite noun names one of the group told before it (not «الجرحى»: all the hurt)
        return 1 if any(w in (named, "و" + named) for w in words[: at - 1]) else None
    return None

# «أن ثلاث نساء وشابا سودانيا احتاجوا إلى علاج من كسور», «أن امرأتين وطفلا احتاجوا إلى العلاج»: the people who needed
# treatment are the hurt (Arabic pass 62); the plural or dual verb's subject is listed right before it.
_NEEDED = frozenset({"احتاجوا", "احتجن", "احتاجا", "احتاجتا"})
_CARE_NOUNS = frozenset({"علاج", "العلاج", "اسعاف", "الاسعاف", "رعايه"})
_NEEDED_SUBJECT_REACH = 8


def _nisba(word: str) -> bool:
    return strip_and(word).endswith(("ي", "يا", "يه", "يين", "يون", "يات"))  # «سودانيا», «أفارقة» is no nisba


def _past_nisba(words: list[str], k: int, end: int) -> int:
    """Past the nisba of the victim before it («وشابا سودانيا»): where he is from tells no other victim."""
    return k + 1 if _nisba(words[k]) else k


def needed_care(words: list[str]) -> int | None:
    """The victims listed between «أن» (or the sentence start) and a plural or dual «احتاجوا إلى علاج»: a number and
    its people, duals and singular victims joined by «و», their nisbas; None when another word stands among them."""
    if _CARE_NOUNS.isdisjoint(words):
        return None  # a cheap test first: no care noun, the loop finds none (speed pass 14)
    for k in range(1, len(words) - 2):
        if strip_and(words[k]) not in _NEEDED or words[k + 1] != "الي" or words[k + 2] not in _CARE_NOUNS:
            continue
        start = k - 1
        while start > 0 and k - start < _NEEDED_SUBJECT_REACH and words[start - 1] not in THAT_CLAUSE:
            start -= 1
        if start > 0 and words[start - 1] not in THAT_CLAUSE:
            return None
        return sum_victims(words, start, k, joined=False, people=plural_person, filler=_past_nisba) or None
    return None




# English news pass 32 (tune70en): the wounded told by the care that received them
_EN_RECEIVING = frozenset({"received", "admitted", "treated", "receiving", "admitting", "treating"})
_EN_RECEIVED_WITH = frozenset({"with", "for"})  # "received two children with shrapnel wounds", "treated six men for burns"
_EN_ONE_TREATED = frozenset({"him", "her"})  # the one object of the care verb: "treated him for burns"


def english_received_with_wounds(words: list[str]) -> int | None:
    """"Medics said they had received two children with shrapnel wounds", "the clinic treated six men for burns": a
    number of people right after a verb of care, then their wound: that many hurt (English pass 32; the active twin of
    "were admitted with gunshot wounds"); "him / her" there is one ("treated him for burns": English injured
    paraphrase pass). Not "received the bodies of three men with gunshot wounds" (no number right after the verb: the
    dead), nor an age ("a 14-year-old")."""
    if _EN_RECEIVING.isdisjoint(words):
        return None  # a cheap test first
    for k, word in enumerate(words[:-3]):
        if word in _EN_RECEIVING and words[k + 1] in _EN_ONE_TREATED and words[k + 2] in _EN_RECEIVED_WITH and (
                english_wound_after(words, k + 3)):
            return 1  # "Doctors treated him for burns and a broken jaw" (English injured paraphrase pass)
        if word not in _EN_RECEIVING or (parsed := parse_number(words, k + 1)) is None or parsed[0] < 1:
            continue
        noun = k + 1 + parsed[1]
        noun += noun + 1 < len(words) and not plural_person(words[noun]) and plural_person(words[noun + 1])
        if noun + 1 < len(words) and plural_person(words[noun]) and words[noun + 1] in _EN_RECEIVED_WITH and (
                english_wound_after(words, noun + 2)):
            return parsed[0]
    return None


# «الجرحى الثلاثة الباقين», «المصابين الأربعة المتبقين», «بقية الجرحى»: the wounded left once one of them died (Arabic
# pass 98; the fourteenth session's answer: «وفاة أحد الجرحى الثلاثة» = killed 1, injured 2)
_REMAINING = frozenset({"الباقين", "الباقون", "الباقيين", "المتبقين", "المتبقون", "المتبقيين",
                        # «الجرحى الخمسة الآخرين غادروا» after a death told: the other wounded, those left (Arabic pass
                        # 112; read only once a death is counted and the figure is below the wounded told before)
                        "الاخرين", "الاخرون"})
_REMAINING_HEADS = frozenset({"بقيه", "باقي"})
_REMAINING_REACH = 3  # «الجرحى الثلاثة الباقين»: the noun, its number, then the word


# English pass 47 (tune101en): "A man wounded in Sunday's shooting ... died of his injuries" then "wounding three men; the
# two others are recovering": the others told still in care are the wounded left once the one told dead is taken out
# (the settled answer: "three wounded, one later died" = killed 1, injured 2)
_EN_REMAINING_STATES = frozenset({"recovering", "hospitalised", "hospitalized", "stable"})
_EN_REMAINING_VERBS = frozenset({"are", "were", "remain", "remained", "is"})


def english_others_remaining(words: list[str]) -> int | None:
    """"the two others are recovering", "the other two remain in hospital": how many others are told still in care
    (a number of two or more, or "the other one"); None when no such phrase."""
    if "others" not in words and "other" not in words:
        return None  # a cheap test first
    for k in range(len(words) - 3):
        if words[k] != "the":
            continue
        if (parsed := parse_number(words, k + 1)) is not None and words[k + 1 + parsed[1] : k + 2 + parsed[1]] == ["others"]:
            after = k + 2 + parsed[1]
        elif words[k + 1] == "other" and (parsed := parse_number(words, k + 2)) is not None:
            after = k + 2 + parsed[1]
            after += words[after : after + 1] != [] and plural_person(words[after])  # "the other two men"
        else:
            continue
        verb, rest = words[after : after + 1], words[after + 1 : after + 4]
        if verb and verb[0] in _EN_REMAINING_VERBS and rest and (
                rest[0] in _EN_REMAINING_STATES or _english_in_care(rest)):
            return parsed[0]
    return None


# "A woman wounded in a grenade attack on a house in Sirte last week has died" then "four members of the household had
# been wounded when ...": the one who died was one of the wounded the later sentence counts (English pass 60; the
# guide's "four wounded, one of whom later died" = killed 1, injured 3)
_EN_WOUNDED_DIED_REACH = 16  # "wounded in a grenade attack on a house in Sirte last week has died": the participle to "died"
_EN_SINGLE_OPENERS = frozenset({"a", "an", "the", "one"})
_EN_WOUNDED_SUBJECT_REACH = 3  # "A woman", "A young woman", "The elderly shepherd": the opener to the participle


def english_wounded_then_died(words: list[str]) -> bool:
    """A sentence that tells one wounded person's death: a singular subject ("a woman", "the boy", "one man") with
    "wounded / injured / hurt in" right after it, then "died" (or "has died", "later died") within sixteen words."""
    if "died" not in words or words[0] not in _EN_SINGLE_OPENERS:
        return False  # a cheap test first; the sentence opens on its one subject
    for k in range(2, min(len(words) - 1, _EN_WOUNDED_SUBJECT_REACH + 1)):
        if words[k] in EN_WOUNDED_PARTICIPLES and words[k + 1] == "in" and (
                "died" in words[k + 2 : k + 2 + _EN_WOUNDED_DIED_REACH]):
            return not plural_person(words[k - 1])  # not "The three men wounded in ... died": more than one
    return False


def english_pluperfect_hurt(words: list[str]) -> bool:
    """"five members of the family had been wounded when ...": the wounded told in the pluperfect, the same event
    recalled, not a new harm told in the news's own time ("Separately, five people were wounded on Monday")."""
    return any(words[k : k + 2] == ["had", "been"] and words[k + 2] in EN_WOUNDED_PARTICIPLES for k in range(len(words) - 2))


def remaining_wounded_told(words: list[str]) -> bool:
    """The sentence names the wounded still hurt, those left once others died («الجرحى الثلاثة الباقين في حالة
    مستقرة», «بقية المصابين»): its count of the wounded is the count after the deaths, not one more group."""
    for k, word in enumerate(words):
        if word in THE_WOUNDED and (
                (k > 0 and words[k - 1] in _REMAINING_HEADS) or
                not _REMAINING.isdisjoint(words[k + 1 : k + 1 + _REMAINING_REACH])):
            return True
    return False


# Arabic pass 136 (tune136): «استقبلت أقسام المستشفى جرحى الانفجار، وتوزعوا على النحو التالي: سبعة في قسم الطوارئ ...،
# وثلاثة في قسم جراحة العظام، واثنان في العناية الفائقة» = 12: the hurt a hospital received, told ward by ward after a
# verb of spreading, are the sum of the wards' numbers (each number right before «في»); one number alone is no spread
SPREAD_WORDS = frozenset({"توزعوا", "وتوزعوا", "توزعت", "وتوزعت", "موزعين", "موزعون", "يتوزعون", "وتوزع", "توزع"})


def hurt_by_ward(words: list[str]) -> int | None:
    """The sum of the numbers standing right before «في» after a ``SPREAD_WORDS`` word, when there are two or more."""
    at = next((k for k, w in enumerate(words) if w in SPREAD_WORDS), None)
    if at is None:
        return None
    parts = []
    for k in range(at + 1, len(words) - 1):
        if words[k + 1] == "في" and not is_calendar_year(words[k]) and (parsed := parse_number(words, k)) is not None and (
                parsed[1] == 1):
            parts.append(parsed[0])
    return sum(parts) if len(parts) > 1 else None
