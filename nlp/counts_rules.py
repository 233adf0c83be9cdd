"""Casualty counts of one sentence: which number belongs to the killed and which to the injured.

``nlp.counts`` reads a number; this module decides what it counts. Rules (each from how news
states casualties, Arabic and English):

* a number followed by a casualty noun: «3 قتلى», «خمسة جرحى», "seven injured";
* a number followed by a person noun, next to a trigger: «مقتل ثلاثة مدنيين», «إصابة 5 أشخاص»,
  "three civilians were killed" (the trigger may come after the noun in English);
* quantifier words between trigger and number are transparent: «إصابة ما لا يقل عن 9 أشخاص»,
  «أكثر من عشرين», "at least three", "a family of five";
* duals: «قتيلين», «مقتل شابين», «استشهد فلسطينيان» = 2;
* a single victim: «مقتل شاب», «سقوط قتيل», «الشاب اللي قتلوه», "a man was shot dead" = 1;
* numbers of years, hours, money, distance or dates are never casualties.
"""

from __future__ import annotations

from nlp.counts import parse_number
from nlp.morph import word_forms

KILLED_NOUNS = {"قتيل", "قتلي", "قتيلا", "قتيلين", "جثه", "جثث", "جثامين", "شهيد", "شهداء", "وفيات", "ضحايا", "ضحيه",
                "dead", "killed", "bodies", "deaths", "fatalities"}
INJURED_NOUNS = {"جريح", "جرحي", "جريحا", "جريحين", "مصاب", "مصابين", "مصابا", "اصابه", "اصابات", "injured",
                 "wounded"}
PERSON_NOUNS = {"اشخاص", "شخص", "شخصا", "شخصين", "مدنيين", "مدنيا", "مواطنين", "مواطنا", "مهاجرين", "مهاجرا", "اطفال",
                "طفلا", "نساء", "افراد", "فردا", "رجال", "شبان", "عمال", "اخرين", "اخرون", "منهم", "مصلين", "مقاتلين",
                "عناصر", "جنود", "اسري", "people", "civilians", "persons", "migrants", "children", "others", "women",
                "men", "fighters", "soldiers", "militants", "policemen", "prisoners", "worshippers", "residents",
                "صحفيين", "ناشطين", "طلاب", "موظفين", "حراس", "سجناء", "محتجزين", "معتقلين", "سكان", "ركاب", "تلاميذ",
                "journalists", "activists", "students", "workers", "staff", "employees", "reporters", "presenters",
                "guards", "detainees", "passengers", "protesters", "farmers", "fishermen", "villagers", "pupils"}
SINGULAR_VICTIMS = {"شاب", "رجل", "امراه", "طفل", "طفله", "مواطن", "مواطنه", "شخص", "سائق", "صحفي", "مهاجر", "فتاه",
                    "طالب", "عسكري", "جندي", "عون", "شرطي", "امني", "مسن", "سيده", "راعي", "تاجر", "طبيب", "ناشط",
                    "عنصر", "مقاتل", "ثالث", "اخر", "كهل", "شيخ", "عجوز", "شقيق", "زميل", "نائب", "ضابط", "مسؤول",
                    "والد", "ابن", "ولد", "سجين", "معتقل", "محتجز", "موقوف", "لاجئ", "عامل", "مزارع", "صياد", "بحار",
                    "معلم", "مدرس", "امام", "حارس", "ممرض", "مسعف", "رضيع", "قاصر", "تلميذ", "تلميذه", "طالبه", "مهندس",
                    "محامي", "قاضي", "man", "woman", "boy", "girl", "child", "journalist", "migrant",
                    "person", "policeman", "soldier", "driver", "student", "activist", "lawyer", "doctor", "prisoner",
                    "detainee", "farmer", "fisherman", "teacher", "nurse", "baby", "teenager", "worker", "presenter"}
NOT_COUNTS_AFTER = {"سنوات", "سنه", "عاما", "اعوام", "ساعات", "ساعه", "دقائق", "دقيقه", "ايام", "يوما", "اشهر", "شهرا",
                    "كلم", "كيلومتر", "كيلومترات", "متر", "مترا", "دينار", "دولار", "يورو", "بالمائه", "بالمئه", "مليون",
                    "برميل", "سنة", "years", "year", "hours", "days", "km", "per", "percent", "dinars", "dollars",
                    "million", "barrels", "am", "pm"}
MONTH_WORDS = {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
               "ديسمبر", "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت", "january", "february", "march",
               "april", "may", "june", "july", "august", "september", "october", "november", "december"}
# Words that may sit between a trigger and its number without breaking the link.
FILLERS = {"من", "نحو", "حوالي", "اكثر", "اقل", "ما", "لا", "يقل", "عن", "قرابه", "زهاء", "لايقل", "at", "least",
           "more", "than", "about", "around", "nearly", "some", "of", "a", "an", "the", "family", "عائله", "اسره"}
_SLOTS = {"killing": "killed", "injury": "injured", "other": "killed"}
# «غرق قارب يقل 45 مهاجرا»: a number after a carrying verb counts passengers, not casualties.
_CARRYING = {"يقل", "تقل", "يقلون", "يحمل", "تحمل", "متن", "متنه", "متنها", "ركابه", "carrying", "aboard", "board"}
_DUAL_FINDS = {"قتيلين": "killed", "قتيلان": "killed", "جثتين": "killed", "جثتي": "killed", "جثتان": "killed",
               "جريحين": "injured", "جريحان": "injured"}
# Means and prepositions between a trigger and its victim: «اعتداء بالسكاكين على طالبة».
_MEANS_SKIP = {"علي", "on", "against"}
_DATE_WORDS = {"اليوم", "امس", "يوم", "صباح", "مساء", "ليله", "فجر", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
               "الجمعه", "السبت", "الاحد"}


def _dual_of_victim(word: str) -> bool:
    """«شابين», «طفلين», «فلسطينيان»: a dual of a person noun (a nisba only in the unambiguous -ان form).
    «آخرين» is a plural ("others"), not a dual."""
    for form in {word, *word_forms(word)}:
        if form.endswith(("ين", "ان")) and form[:-2] in SINGULAR_VICTIMS - {"اخر", "ثالث"}:
            return True
        if form.endswith("يان") and len(form) > 5:
            return True
    return False


def _after_noun_kind(words: list[str], index: int) -> str | None:
    forms = word_forms(words[index])
    if forms & KILLED_NOUNS:
        return "killing"
    if forms & INJURED_NOUNS:
        return "injury"
    return None


def sentence_counts(words: list[str], trigger_at: dict[int, str], strong_at: dict[int, str] | None = None
                    ) -> dict[str, int]:
    """killed / injured numbers of one sentence; ``trigger_at`` maps token index -> incident type.

    Single victims and duals are read only next to ``strong_at`` triggers (default: all): «بالرصاص» or
    «جثة» are the means or a find, not a count of one.
    """
    found: dict[str, int] = {}
    index = 0
    while index < len(words):
        parsed = parse_number(words, index)
        if parsed is None:
            index += 1
            continue
        value, used = parsed
        end = index + used
        after = words[end : end + 3]
        if (after and (after[0] in NOT_COUNTS_AFTER or after[0] in MONTH_WORDS)) or not 0 < value < 10000:
            index = end
            continue
        kind = _after_noun_kind(words, end) if after else None
        person_after = bool(after and (word_forms(after[0]) & PERSON_NOUNS or after[0] in SINGULAR_VICTIMS))
        if kind is None and person_after and len(after) > 1 and not after[1].startswith("و"):
            kind = _after_noun_kind(words, end + 1)  # «5 مدنيين قتلى» (not «ثلاثة مدنيين وإصابة 5»)
        if kind is None:
            kind = _trigger_before(words, index, trigger_at, person_after)
        if kind is None and person_after:
            kind = _trigger_after(words, end + 1, trigger_at)  # "three civilians were killed"
        slot = _SLOTS.get(kind or "")
        if slot and slot not in found:
            found[slot] = value
        index = end
    _duals_and_singles(words, trigger_at if strong_at is None else strong_at, found, trigger_at)
    return found


def _trigger_before(words: list[str], index: int, trigger_at: dict[int, str], person_after: bool) -> str | None:
    distance, k = 0, index - 1
    while k >= 0 and distance < 4:
        if words[k] in _CARRYING and (k == 0 or words[k - 1] not in ("لا", "ما")):  # «لا يقل عن» = at least
            return None
        if trigger_at.get(k) in _SLOTS:
            if k > 0 and words[k].startswith("و") and trigger_at.get(k - 1) in _SLOTS and trigger_at[k - 1] != trigger_at[k]:
                return None  # «مقتل وإصابة 1115»: one total for both kinds, not a count of either
            return trigger_at[k] if (distance <= 1 or person_after) else None
        if words[k] not in FILLERS:
            distance += 1
        k -= 1
    return None


def _trigger_after(words: list[str], start: int, trigger_at: dict[int, str]) -> str | None:
    """"three civilians were killed", «3 مدنيين قتلوا»: the trigger right after the noun or after an auxiliary
    ("two fighters of the 444 Brigade were killed": numbers inside names do not stop the search)."""
    for k in range(start, min(len(words), start + 7)):
        if trigger_at.get(k) in _SLOTS:
            return trigger_at[k] if k == start or words[k - 1] in ("were", "was", "been", "are", "is") else None
    return None


def _victim_after(words: list[str], index: int) -> str:
    """The word after a trigger, past its means and «على» («اعتداء بالسكاكين على طالبة» gives «طالبه»)."""
    following = words[index + 1 : index + 4]
    while following and (following[0] in _MEANS_SKIP or following[0].startswith("بال")):
        following = following[1:]
    return following[0] if following else ""


# Plural casualty nouns: with no number they stay unknown (never 1).
_BARE_PLURALS = {"قتلي", "جرحي", "ضحايا", "مصابين", "مصابون", "اصابات", "جثث", "موتي", "شهداء", "الشهداء", "casualties",
                 "victims", "dead", "wounded", "injured"}
# Adjectives that belong to the trigger («إعدام ميداني», «قتل جماعي»), not a nisba victim («مقتل تونسي»).
_TRIGGER_ADJECTIVES = {"ميداني", "جماعي", "عشوائي", "تعسفي", "قسري", "جسدي", "جنسي", "عمدي", "وحشي", "جوي", "مدفعي",
                       "صاروخي", "انتحاري", "ارهابي"}


_PLURAL_ENDINGS = ("ين", "ون", "ات")  # «مصرع 7 مهاجرين وإصابة آخرين»: a plural before the trigger is not one victim


def _duals_and_singles(words: list[str], trigger_at: dict[int, str], found: dict[str, int],
                       all_triggers: dict[int, str] | None = None) -> None:
    for word in words:
        forms = word_forms(word)
        for dual, slot in _DUAL_FINDS.items():  # «وجريحين», «انتشال جثتي مهاجرين»
            if dual in forms:
                found.setdefault(slot, 2)
    for index, kind in sorted((all_triggers or trigger_at).items()):
        slot = _SLOTS.get(kind)
        if slot is not None and slot not in found and index + 1 < len(words) and _dual_of_victim(words[index + 1]):
            found[slot] = 2  # «وفاة طفلين» (a dual is a count whatever the trigger's strength)
        elif slot is not None and slot not in found and _victim_after(words, index) in SINGULAR_VICTIMS - {"ثالث", "اخر"}:
            found[slot] = 1  # «وفاة كهل», «جثة شاب», «اعتداء بالسكاكين على طالبة»: one singular victim
    for index, kind in sorted(trigger_at.items()):
        slot = _SLOTS.get(kind)
        if slot is None or slot in found:
            continue
        word = words[index]
        if word.endswith(("وه", "وها", "ته", "تها")) and slot == "killed" and len(word) > 4:
            found[slot] = 1  # «قتلوه», «اغتالته», «ذبحوها»: a singular object pronoun
            continue
        if index > 0 and words[index - 1] in ("محاوله", "attempted", "attempt"):
            continue  # «نجا من محاولة اغتيال»: nobody was killed
        window = words[index + 1 : index + 3]
        while window and window[0] in _DATE_WORDS:  # «قتل اليوم الأربعاء ... إرهابي»
            window = window[1:]
        if window and _dual_of_victim(window[0]):
            found[slot] = 2
            continue
        # «سقوط قتيل», «وجود جثة»: a singular casualty noun with no number before it
        attributive = slot == "injured" and word in ("مصاب", "مصابا") and any(
            all_triggers and _SLOTS.get(all_triggers.get(k, "")) == "killed" for k in range(max(0, index - 3), index))
        if attributive:
            continue  # «جثة شاب مصاب بطلقات»: the wound describes the dead
        if word in ("قتيل", "جريح", "جثه", "مصاب") and (index == 0 or parse_number(words, index - 1) is None):
            found[slot] = 1
            continue
        if word in _BARE_PLURALS:
            continue  # «قتلى وجرحى», «سقوط ضحايا»: a bare plural says nothing of how many
        if window and slot == "killed" and len(window[0]) >= 4 and window[0].endswith("ي") and not window[0].startswith(
                ("ال", "و")) and window[0] not in _TRIGGER_ADJECTIVES and parse_number(words, index + 1) is None:
            found[slot] = 1  # «مقتل تونسي»: a singular nisba noun is one victim
            continue
        # «وإصابة آخر» = one more injured (but «مقتل آخر» is rather "another killing")
        if window and window[0] not in ("اخرين", "اخرون") and word_forms(window[0]) & SINGULAR_VICTIMS and (
                window[0] not in ("ثالث", "اخر") or slot == "injured"):
            found[slot] = 1
            continue
        before = words[max(0, index - 3) : index]
        if any(word_forms(w) & SINGULAR_VICTIMS - {"ثالث", "اخر"} and not w.endswith(_PLURAL_ENDINGS) for w in before):
            found[slot] = 1  # «الشاب اللي قتلوه», "a man was shot dead"
