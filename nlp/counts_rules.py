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
* numbers of years, hours, money, distance or dates are never casualties;
* two numbers of one event are added: «مقتل 71 مسلحا و7 عسكريين» = 78; two singular victims joined
  by «و» are two: «مقتل ضابط وجندي», «إصابة سيدة وابنها»;
* «لقي 5 أشخاص مصرعهم»: the number sits between «لقي» and the trigger;
* a killing that is the topic of the sentence, not its event, counts nobody: «قضية مقتل»,
  «على خلفية اغتيال», «المسؤولين عن قتل», «عام على مقتل», a death sentence «قضت بإعدام 5»
  (the guide: a statement, trial or anniversary naming an earlier killing has null counts);
* a nisba after a trigger is one victim only when it names a people («مقتل تونسي»), not a surname
  («مقتل خاشقجي»); who some of the victims were is no count («بينهم 3 أطفال», «من بين الضحايا طفلتان»).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from nlp.countries import adjective_country
from nlp.counts import YEAR_WORDS, is_calendar_year, parse_number
from nlp.morph import word_forms
from nlp.normalize import clitic_variants, has_arabic_script

KILLED_NOUNS = {"قتيل", "قتلي", "قتيلا", "قتيلين", "جثه", "جثث", "جثامين", "رفات", "شهيد", "شهداء", "وفيات", "ضحايا", "ضحيه",
                "dead", "killed", "bodies", "deaths", "fatalities"}
INJURED_NOUNS = {"جريح", "جرحي", "جريحا", "جريحين", "مصاب", "مصابين", "مصابا", "اصابه", "اصابات", "injured",
                 "wounded", "hurt"}
PERSON_NOUNS = {"اشخاص", "شخص", "شخصا", "شخصين", "مدنيين", "مدنيا", "مواطنين", "مواطنا", "مهاجرين", "مهاجرا", "اطفال",
                "طفلا", "نساء", "افراد", "فردا", "رجال", "شبان", "عمال", "اخرين", "اخرون", "منهم", "مصلين", "مقاتلين",
                "عناصر", "جنود", "اسري", "اعوان", "ماره", "people", "civilians", "persons", "migrants", "children", "others", "women",
                "men", "fighters", "soldiers", "militants", "policemen", "prisoners", "worshippers", "residents",
                "صحفيين", "ناشطين", "طلاب", "موظفين", "حراس", "سجناء", "محتجزين", "معتقلين", "سكان", "ركاب", "تلاميذ",
                "journalists", "activists", "students", "workers", "staff", "employees", "reporters", "presenters",
                "guards", "detainees", "passengers", "protesters", "farmers", "fishermen", "villagers", "pupils",
                "مشجعين", "متساكنين", "نازحين", "فلاحين", "بحاره", "حجاج", "زوار", "fans",
                # English plurals of people (English pass): "three boys were killed", "two medics were wounded"
                "boys", "girls", "sons", "daughters", "brothers", "sisters", "siblings", "relatives", "members",
                "companions", "medics", "doctors", "nurses", "bystanders", "teenagers", "youths", "shepherds", "traders",
                "passers", "passersby", "drivers", "neighbours", "neighbors", "colleagues", "friends", "cousins",
                # fighters-only tolls still count (English pass 12): "three engineers of the army were killed"
                "engineers", "smugglers", "rebels"}  # «إصابة 12 عون أمن و5 مشجعين»
# Military ranks and member/owner nouns: a victim after a trigger («استشهد رقيب», «قتل صاحب محل»), a speaker
# before one («قال العقيد إن», «قال عضو المجلس إن»): in SINGULAR_VICTIMS and in _TITLES.
RANKS = frozenset({"رقيب", "عريف", "ملازم", "نقيب", "عقيد", "عضو", "صاحب"})
SINGULAR_VICTIMS = {"شاب", "رجل", "امراه", "طفل", "طفله", "مواطن", "مواطنه", "شخص", "سائق", "صحفي", "مهاجر", "فتاه",
                    "طالب", "عسكري", "جندي", "عون", "شرطي", "امني", "مسن", "سيده", "راعي", "تاجر", "طبيب", "ناشط",
                    "عنصر", "مقاتل", "ثالث", "اخر", "كهل", "شيخ", "عجوز", "شقيق", "زميل", "نائب", "ضابط", "مسؤول",
                    "والد", "ابن", "ولد", "راع", "مرافق", "استاذ", "سجين", "معتقل", "محتجز", "موقوف", "لاجئ", "عامل", "مزارع", "صياد", "بحار",
                    "معلم", "مدرس", "امام", "حارس", "ممرض", "ممرضه", "طبيبه", "قاض", "مسعف", "رضيع", "قاصر", "تلميذ", "تلميذه", "طالبه", "مهندس",
                    "محامي", "قاضي", "رئيس", "عميد", "زعيم", "قائد", "مدير", "وزير", "سفير", "محافظ", "عمده", "محتج",
                    "متظاهر", "متطوع", "متطوعه", "مصور", "مراسل", "مدون", "لاعب", "فنان", "سائح", "سائحه", "راكب",
                    "مسافر", "زوج", "زوجه", "والده", "ابنه", "شقيقه", "رضيعه", "حفيد", "حفيده", "سيد", "مستوطن",
                    "اب", "اخ", "اخت", "جار", "صديق", "صديقه", "مشجع", "نازح", "فلاح", "فتي", "رب", "ربه", "رفيق", "رفيقه", "صيدلاني", "صيدلانيه", "مذيعه",  # «مقتل أب وابنه», «طعن جاره», «وإصابة رفيقه» (not «أم»: «توفي أم قتل؟»)
                    *RANKS, "man", "woman", "boy", "girl", "child", "journalist", "migrant",
                    "person", "policeman", "soldier", "driver", "student", "activist", "lawyer", "doctor", "prisoner",
                    "detainee", "farmer", "fisherman", "teacher", "nurse", "baby", "infant", "teenager", "worker", "presenter", "son",
                    "daughter", "wife", "husband", "brother", "sister", "mother", "father",
                    "shepherd", "trader", "medic", "cameraman", "photographer", "blogger", "defender", "official",
                    "shopkeeper", "businessman", "pharmacist", "surgeon", "engineer", "imam", "mechanic", "merchant",
                    "protester", "demonstrator", "vendor", "waiter", "pedestrian", "passenger", "resident",
                    "guard"}  # "shooting a guard" (English pass 14), as «حارس»
# «وأصيب رابع», «وأصيب خامس»: an ordinal after a count is one more victim, as «ثالث» («لقي ثلاثة حتفهم وأصيب رابع»)
ORDINAL_OTHERS = frozenset({"اخر", "ثالث", "رابع", "خامس", "سادس"})
SINGULAR_VICTIMS |= ORDINAL_OTHERS
# Singular victim nouns that name a victim: «آخر» and «ثالث» ("another", "a third") only refer to one.
NAMED_VICTIMS = SINGULAR_VICTIMS - ORDINAL_OTHERS
NOT_COUNTS_AFTER = {"سنوات", "سنه", "عاما", "اعوام", "ساعات", "ساعه", "دقائق", "دقيقه", "ايام", "يوما", "اسابيع", "اسبوع", "اسبوعا", "اسبوعين", "اشهر", "شهرا", "شهور",
                    "كلم", "كيلومتر", "كيلومترات", "متر", "مترا", "دينار", "دولار", "يورو", "بالمائه", "بالمئه", "مليون",
                    "ملايين", "مليونا", "مليار", "ملايير", "مليارات", "billion",  # «9 ملايين لغم»: an amount
                    "ملم", "مم", "سم", "كلغ", "طن", "اطنان", "هكتار", "هكتارا", "لتر", "درجه", "درجات",  # «25 ملم»
                    "ولايه", "ولايات", "بلديه", "بلديات",  # «27 ولاية سجلت أقل من 7 إصابات»: provinces, not people
                    "المستشفيات", "المصحات", "مستشفيات", "مصحات",  # «نقل إلى إحدى المصحات»: one of the clinics, no person
                    "برميل", "سنة", "years", "year", "hours", "days", "weeks", "months", "km", "per", "percent", "dinars", "dollars",
                    "million", "barrels", "am", "pm"}
MONTH_WORDS = {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
               "ديسمبر", "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت", "january", "february", "march",
               "april", "may", "june", "july", "august", "september", "october", "november", "december",
               "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"}  # «4 أيار/مايو»
# Words that may sit between a trigger and its number without breaking the link.
FILLERS = {"من", "نحو", "حوالي", "اكثر", "اقل", "ما", "لا", "يقل", "عن", "قرابه", "زهاء", "لايقل", "at", "least",
           "more", "than", "about", "around", "nearly", "some", "of", "a", "an", "the", "family", "عائله", "اسره", "بحق"}
_SLOTS = {"killing": "killed", "injury": "injured", "other": "killed"}
# «غرق قارب يقل 45 مهاجرا»: a number after a carrying verb counts passengers, not casualties.
_CARRYING = {"يقل", "تقل", "يقلون", "يحمل", "تحمل", "متن", "متنه", "متنها", "ركابه", "carrying", "aboard", "board"}
_DUAL_FINDS = {"قتيلين": "killed", "قتيلان": "killed", "جثتين": "killed", "جثتي": "killed", "جثتان": "killed",
               "جثماني": "killed", "جثمانين": "killed", "جثمانان": "killed", "جريحين": "injured", "جريحان": "injured"}
# Means and prepositions between a trigger and its victim: «اعتداء بالسكاكين على طالبة».
_MEANS_SKIP = {"علي", "on", "against", "a", "an", "the", "كل", "من"}  # «إصابة كل من السائق ومرافقه»
_RESCUED = {"انقاذ", "انقذ", "انقذت", "نجاه", "rescue", "rescued"}
_DATE_WORDS = {"اليوم", "امس", "يوم", "صباح", "مساء", "ليله", "فجر", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
               "الجمعه", "السبت", "الاحد"}
# Titles name a victim after a trigger («مقتل رئيس المركز») but a speaker before one («قال رئيس المجلس إن قتل»).
# («مسؤول عن مقتل» is "responsible for", «أمام» also "in front of").
_TITLES = {"رئيس", "عميد", "زعيم", "قائد", "مدير", "وزير", "سفير", "محافظ", "عمده", "مسؤول", "مراسل", "امام",
           *RANKS}  # «استشهد رقيب بالجيش», «اغتيل عضو المجلس البلدي»; «قال العقيد إن», «قال عضو المجلس إن»
_UNTITLED_VICTIMS = NAMED_VICTIMS - _TITLES  # «وفاة السائق», not «اغتيال الرئيس» (an office)
# Person nouns whose «-ين» form is a sound plural («عاملين», like every «م...» participle: «مواطنين», «محتجين»),
# not a dual as in «شابين»; so are these nisbas' («صحفيين», «العسكريين»: rather "journalists", "the military" than
# two; but «جنديين» is two soldiers, whose plural is «جنود»).
_SOUND_PLURALS = {"عامل", "لاعب", "فنان", "سائح", "راكب", "ناشط", "صياد", "محامي", "صحفي", "عسكري", "امني"}
# Vague quantities: «مقتل وجرح الآلاف», «عشرات الضحايا» stay unknown, never 1.
_VAGUE = {"عشرات", "مئات", "الاف", "العشرات", "المئات", "الالاف", "dozens", "hundreds", "thousands", "scores"}
# A killing named as the topic of a sentence, not reported as its event («قضية مقتل», «على خلفية اغتيال»,
# «المسؤولين عن قتل», «تفاصيل مقتل», an arrest «من أجل الاعتداء»); the preposition between them is skipped
# («التحقيق في مقتل»).
_TOPIC_WORDS = {"قضيه", "ملف", "حقيقه", "حيال", "بشان", "حول", "ذكري", "غموض", "ملابسات", "تفاصيل", "وراء", "محاسبه",
                "مسؤوليه", "مسؤولين", "مسؤولون", "متهم", "متهمين", "متهمون", "اعقبت", "محاكمه", "تحقيق", "تحقيقات",
                "تهمه", "ادانه", "ادان", "شبهه", "اجل", "convicted", "charged", "accused",
                "احتجاجا", "تنديدا", "للتنديد", "للاحتجاج",  # «احتجاجا على وفاة شاب»: what a protest is about
                "behind", "over", "probe", "investigation", "trial", "accountability"}
_ANNIVERSARY = {"ذكري", "الذكري", "anniversary"}
_TOPIC_PREPOSITIONS = {"في", "عن", "علي", "من", "into", "for", "of", "in"}
# «ستة أشهر على مقتل», «عام على اغتيال»: an anniversary.
_TIME_UNITS = YEAR_WORDS | {"اشهر", "شهر", "شهرا", "شهور", "ايام", "يوما", "اسابيع", "شهران", "شهرين", "يومان", "يومين"}
# «قضت بإعدام 5», «حكم بالإعدام على 29»: a death sentence, not an execution («تنفيذ حكم الإعدام» is one).
_SENTENCING = {"قضت", "تقضي", "قضي", "يقضي", "حكم", "حكما", "احكام", "الحكم", "والحكم", "حكمت", "sentenced", "sentences"}
_CARRIED_OUT = {"تنفيذ", "نفذ", "نفذت", "تنفذ", "ينفذ"}
# «نجا من محاولة اغتيال», «مخطط لاغتيال نائب»: nobody was killed. (Planning verbs, «التخطيط لقتل», are left
# out: one dev incident's detection rests on the count such a sentence gives; see the counts pass in docs/labelling.md.)
_NOT_DONE = {"محاوله", "محاولات", "مخطط", "مؤامره", "attempted", "attempt", "plot"}
# «لقي 37 شخصا مصرعهم»: «لقي» opens a killing whose trigger comes after the victims.
_MET = {"لقي", "لقيت", "لقوا", "لقيا", "لقين"}
# «مقتله», «استشهاده»: a trigger noun with «his» is one victim.
_POSSESSED_TRIGGERS = {"مقتل", "اغتيال", "استشهاد", "مصرع", "قتل", "اعدام"}
# A sentence giving the running total of an event's dead («ارتفاع حصيلة ... إلى», «وصل عدد الجثث إلى 16»).
_TOLL_WORDS = {"حصيله", "الحصيله", "toll"}
_TOTAL_WORDS = frozenset(_TOLL_WORDS | {"عدد", "number"})  # a toll or «عدد» (the union hoisted out of word loops)
_RISE_WORDS = {"ارتفاع", "ارتفع", "ارتفعت", "ليرتفع", "لترتفع", "يرتفع", "ترتفع", "وصل", "وصول", "بلغ", "بلغت", "ليبلغ",
               "rose", "risen", "rises", "climbed", "bringing", "brings", "taking"}  # "bringing the toll to three"


def _dual_of_victim(word: str) -> bool:
    """«شابين», «طفلين», «فلسطينيان»: a dual of a person noun (a nisba only in the unambiguous -ان form).
    «آخرين» is a plural ("others"), not a dual."""
    for form in {word, *word_forms(word)}:
        stem = form[:-2]
        if form.endswith(("تين", "تان")) and stem[:-1] + "ه" in SINGULAR_VICTIMS:
            return True  # «امرأتين», «طفلتين», «ممرضتين»: the «ة» of the singular is written «ت» before the dual ending
        if form.endswith("ين") and (stem in _SOUND_PLURALS or (stem.startswith("م") and len(stem) >= 4)):
            continue
        if form.endswith(("ين", "ان")) and stem in NAMED_VICTIMS and len(stem) > 2:
            return True  # (not «أبان», «إبان»: «أب» has no dual of this shape)
        if form == "اخران":
            return True  # «وأصيب آخران»: the nominative dual of «آخر» is two (the «-ين» form may be a plural)
        if form.endswith("يان") and len(form) > 5:
            return True
    return False


def _singular_victim(word: str) -> bool:
    """«سيدة», «وابنها», «ورضيعتها» (the «ت» of a possessed feminine is the normalised «ه»)."""
    forms = word_forms(word)
    forms = forms | {f[:-1] + "ه" for f in forms if f.endswith("ت")}
    return bool(forms & NAMED_VICTIMS)


def _possessed_victim(word: str) -> bool:
    """«جاره», «زوجته», «شقيقها»: a singular victim noun with a possessive pronoun. Only these endings: a final
    «ي» or «يه» is an adjective («اعتداء عنصري», «ضربة عسكرية»), not «my soldier» or «his soldier»."""
    if word.endswith("يه"):
        return False
    for pronoun in ("هما", "هم", "ها", "ه"):
        stem = word[: -len(pronoun)]
        if word.endswith(pronoun) and len(stem) >= 3:
            return stem in NAMED_VICTIMS or (stem.endswith("ت") and stem[:-1] + "ه" in NAMED_VICTIMS)
    return False


def _plural_of_victim(word: str) -> bool:
    """«المواطنين», «آخرين», «طالبات»: a sound plural of a singular victim noun (its stem is one: «مواطن»)."""
    return any(f.endswith(_PLURAL_ENDINGS) and f[:-2] in SINGULAR_VICTIMS for f in word_forms(word))


def _counted_singular(word: str) -> bool:
    """«45 عاملا», «120 تلميذا»: the accusative singular of a victim noun counted after a number from eleven up."""
    return len(word) > 3 and word.endswith("ا") and word[:-1] in SINGULAR_VICTIMS


def _plural_person(word: str) -> bool:
    """A plural person noun: listed («مدنيين», "people"), a nisba plural («إسرائيليين», «تونسيين»), the sound
    plural of a victim noun («محتجين», «طالبات») or a people's nisba counted after a number («180 فلسطينيا»)."""
    forms = word_forms(word)
    return bool(forms & PERSON_NOUNS) or any(f.endswith(("يين", "يون")) and len(f) >= 6 for f in forms) or (
        _plural_of_victim(word)) or any(f[-2:] == "يا" and f[:-1] in _PEOPLE_NISBAS for f in forms)


# «يدعو لإعدام تجار المخدرات», «تسعى إلى قتلها», «هدد بقتله», «اعترف بقتل ابنته»: a killing called for, sought,
# threatened or confessed is wanted or told in a proceeding, not an event the sentence reports
# Verbs of calling for an act («يدعو لإعدام», «طالبوا بسجن»): the act is demanded, not done (also nlp.incidents)
CALL_VERBS = frozenset({"يدعو", "تدعو", "دعا", "دعت", "دعوا", "يدعون", "يطالب", "تطالب", "طالب", "طالبت", "طالبوا",
                        "يطالبون", "calls", "called", "urged", "demanded"})
_CALLED_FOR = CALL_VERBS | {"يسعي", "تسعي", "تسعيان", "يسعون", "ينوي", "تنوي", "يعتزم", "تعتزم", "هدد", "هددت", "يهدد",
                            "تهدد", "هددوا", "اعترف", "اعترفت", "يعترف", "تعترف", "اعترافه", "اعترافها", "threatened",
                            "confessed"}


def named_as_topic(words: list[str], index: int) -> bool:
    """The trigger at ``index`` names a killing the sentence is about (a case, a trial, an anniversary, a
    death sentence, a call for it or a confession), not an event it reports: the guide gives such sentences no
    count."""
    if any(word_forms(w) & _ANNIVERSARY for w in words[max(0, index - 2) : index]):
        return True  # «الذكرى الثالثة لاغتيال المحامية»: the ordinal may stand between
    k = index - 2 if index > 1 and words[index - 1] in ("الي", "for", "to") else index - 1
    if k >= 0 and words[k] in _CALLED_FOR:
        return True
    if words[index].startswith("ب") and _CALLED_FOR.intersection(words[max(0, index - 3) : index]):
        return True  # the verb's object after its subject: «اعترف الأب بقتل ابنته», «هدد الجاني بقتل جاره»
    k = index - 1
    if k >= 0 and words[k] in _TOPIC_PREPOSITIONS:
        k -= 1
        if k >= 0 and words[k + 1] == "علي" and words[k] in _TIME_UNITS:
            return True  # «ستة أشهر على مقتل»
    if k >= 0 and word_forms(words[k]) & _TOPIC_WORDS:
        return True
    # «قضت على عنصرين» is a killing («قضت» + «على»), «قضت بإعدام 5» a sentence
    sentencing = index > 0 and words[index - 1] in _SENTENCING and words[index] != "علي"
    return sentencing and not (index > 1 and word_forms(words[index - 2]) & _CARRIED_OUT)


_SINCE_LONG = {"بدايه", "مطلع", "عام", "سنه", "beginning", "start"}


def is_statistic(counts: dict[str, int]) -> bool:
    """«250 ألف قتيل», "11,000 victims in 2015": a thousand or more is a war's statistic, not one event."""
    return max(counts.values(), default=0) >= 1000


def _rise_word(word: str) -> bool:
    return word in _RISE_WORDS or bool(word_forms(word) & _RISE_WORDS)


def is_rising_toll(words: list[str]) -> bool:
    """The sentence gives an event's running total («ارتفاع حصيلة القتلى إلى 5», «وصل عدد الجثث ... 16 جثة»):
    its count supersedes a smaller one stated before it."""
    totals = [k for k, w in enumerate(words) if word_forms(w) & _TOTAL_WORDS]
    if not totals:
        return False  # no toll word (most sentences): the test below and the last one are both False then
    if any(w in ("منذ", "since") and any(_SINCE_LONG.intersection(word_forms(x)) or (x.isdigit() and len(x) == 4)
                                         for x in words[k + 1 : k + 3]) for k, w in enumerate(words)):
        return False  # «يرتفع عدد القتلى من الصحفيين إلى 15 منذ 2016»: a running statistic, not this event's toll
    rises = [k for k, w in enumerate(words) if _rise_word(w)]
    # «عدد المصابين جراء الاشتباكات التي ... ارتفع إلى 14»: the subject first, the rise verb and «إلى» later
    return any(abs(r - t) <= 3 or (t < r and words[r + 1 : r + 2] in (["الي"], ["to"])) for r in rises for t in totals)


# A round-up of many events: a count over a quarter («خلال الثلاثي الأول»), of a number of events or provinces
# («إثر وقوع 47 حادث مرور», «15 ولاية سجلت ...») or of road accidents («في حوادث المرور») is a statistic of the
# period (Algerian civil-protection and gendarmerie bulletins), not the toll of one event. Not a number of hours: «43
# قتيلا بقصف ... خلال 24 ساعة» is a bounded series of strikes, counted; nor «أسوأ حوادث غرق المهاجرين» (one of them).
# A number of recoveries («تعافي 93 شخصا», «141 حالة شفاء») makes the sentence an epidemic's daily bulletin.
_QUARTERS = {"الثلاثي", "السداسي", "quarter"}
_PERIOD_STEM = re.compile("ثي|داسي")  # «الثلاثي», «السداسي» under any clitic: a cheap test before word forms
_EVENT_NOUNS = {"حادث", "حوادث", "accidents", "ولايه", "ولايات", "بلديات"}
_ROADS = {"مرور", "المرور", "سير", "السير", "الطرقات", "الطرق", "traffic", "road"}
_RECOVERED = {"تعافي", "شفاء", "recovered", "recoveries"}
_BODIES_EN = {"bodies", "body", "remains", "corpses"}
_ROUND_UP_WORDS = frozenset(_RECOVERED | _EVENT_NOUNS | {"quarter"})  # the words is_round_up's loop starts from


_EN_PERFECT = {"have", "has"}
_EN_SINCE_STARTS = {"start", "beginning", "outbreak", "fall", "end", "revolution", "uprising", "war"}


def _english_since_tally(words: list[str], perfect: set[str] = _EN_PERFECT) -> bool:
    """"More than 350 bodies have been exhumed in the town since June 2020", "600 people have died ... since January":
    a present perfect summed since a year, a month or the start of something is a cumulative figure, not the toll of
    the event (not "since Monday": an event's running toll). English words only."""
    if "since" not in words or not perfect.intersection(words):
        return False
    for k, word in enumerate(words):
        if word != "since" or not perfect.intersection(words[:k]):
            continue
        after = words[k + 1 : k + 7]
        if after[:1] and after[0] in MONTH_WORDS:
            return True
        if after[:1] == ["the"] and after[1:2] and after[1] in _EN_SINCE_STARTS:
            return True
        if any(is_calendar_year(w) for w in after):
            return True
    return False


def english_tally_since(words: list[str]) -> bool:
    """"at least five activists had been detained in the capital since January": a hedged (or vague: "several") number
    of people, with a perfect or pluperfect, summed since a month, a year or the start of something — a cumulative
    figure cited beside the news, no event of its own ("the activist has been held since January" is one detention
    that lasts)."""
    return _english_since_tally(words, _EN_PERFECT | {"had"}) and any(
        w in _EN_HEDGES and parse_number(words, k + 1) is not None or w in _EN_VAGUE_MANY
        for k, w in enumerate(words[:-1]))


# "several lawyers and journalists have been jailed under the same decree since 2023": people counted by no number
_EN_VAGUE_MANY = {"several", "many", "numerous", "dozens", "hundreds", "scores"}


_EN_HANDED = {"received", "receive", "handed", "returned", "found"}
_EN_BODY_LEFT = ("found", "dumped")
_EN_FOUND_VERBS = frozenset({"found", "recovered", "retrieved", "discovered", "dumped"})
_EN_NOT_PERSON_BODIES = frozenset({"the", "its", "evidence", "water", "work", "law", "research", "knowledge"})


def _english_body_handed(words: list[str]) -> bool:
    """"The family received his body", "handed over her body", "found his body", "his body was found / dumped": one
    person's body given to the family or found (English); also "the body of <name or a person> ... was found" (not
    "the body of the boat": a person word or a name's place, no number, after "of")."""
    if "body" in words and _EN_FOUND_VERBS.intersection(words) and any(
            w == "body" and words[k + 1 : k + 2] == ["of"] and k + 2 < len(words) and parse_number(words, k + 2) is None
            and (words[k + 2] not in _EN_NOT_PERSON_BODIES or words[k + 3 : k + 4] == ["victim"]
                 or _english_single_before(words, k + 3))
            for k, w in enumerate(words)):
        return True
    return any(w in ("his", "her") and words[k + 1] == "body" and (
        any(v in _EN_HANDED for v in words[max(0, k - 3) : k])
        or (words[k + 2 : k + 3] == ["was"] and words[k + 3 : k + 4] != [] and words[k + 3] in _EN_BODY_LEFT))
               for k, w in enumerate(words[:-1]))


def _english_recorded(words: list[str]) -> bool:
    """"230 people are recorded as dead and 90 as missing on the route so far": an agency's register of deaths
    (IOM, UNHCR), summed over a period, not the toll of one event (English words)."""
    if "documented" in words and _english_this_year(words):
        return True  # a monitor's "documented 73 abductions ... and at least 11 deaths in custody ... this year"
    return "recorded" in words and any(
        words[k + 1 : k + 3] in (["as", "dead"], ["as", "missing"]) or words[k + 1 : k + 2] == ["deaths"]
        for k, w in enumerate(words) if w == "recorded")


def _english_this_year(words: list[str]) -> bool:
    """"this year", "last year", "in 2026": a year's span named."""
    return any((w in ("this", "last") and words[k + 1] == "year") or (w == "in" and len(words[k + 1]) == 4 and words[k + 1].isdigit())
               for k, w in enumerate(words[:-1]))


def is_round_up(words: list[str]) -> bool:
    """The sentence sums the casualties of many events: over a quarter, of a number of events or provinces, or of
    road accidents («19 قتيلا في حوادث المرور»), or an epidemic's recoveries; in English, a figure summed since a
    year or a month ("have been exhumed since June 2020") or recorded by an agency ("230 people are recorded as dead")."""
    if _english_since_tally(words) or _english_recorded(words):
        return True
    if _ROUND_UP_WORDS.isdisjoint(words) and not _PERIOD_STEM.search(" ".join(words)):
        return False  # each test below needs one of these words or a period's stem in a word: most sentences lack both
    for k, word in enumerate(words):
        if word in _RECOVERED and any(parse_number(words, j) for j in range(max(0, k - 2), min(len(words), k + 2))) and (
                not _BODIES_EN.intersection(words)):  # "recovered seven bodies": a find, no epidemic's recoveries
            return True  # «تعافي 93 شخصا وتسجيل حالتي وفاة و91 إصابة», «141 حالة شفاء»
        if ((word == "quarter" or _PERIOD_STEM.search(word)) and word_forms(word) & _QUARTERS) or (word in ("حوادث", "accidents") and words[k + 1 : k + 2] and (
                words[k + 1] in _ROADS or (k > 0 and words[k - 1] in _ROADS))):
            return True
        if word in _EVENT_NOUNS and k > 0 and (parsed := parse_number(words, k - 1)) and parsed[0] > 1:
            return True  # «47 حادث مرور», «15 ولاية سجلت ...»: many events or places
    return False


# An epidemic's bulletin («145 إصابة جديدة ... الحالة الوبائية», «الإصابات الأربع بالسلالة الجديدة», «900 إصابة
# يوميا»): «إصابة» is an infection there, «وفاة» a death of disease; neither is a casualty of violence. The stems
# are tested inside words (clitics: «بالسلالة», «بفيروس»); the incident lexicon's `disease` context holds the rest.
_EPIDEMIC_STEMS = ("وبائ", "سلاله", "كورونا", "فيروس", "كوفيد", "جائحه", "متحور")
_EPIDEMIC = re.compile("|".join(_EPIDEMIC_STEMS))  # a stem anywhere in a word
_DAILY = {"يوميا", "اليوميه", "اليومي"}
_INFECTION_NOUNS = {"اصابه", "اصابات", "الاصابات", "الاصابه", "حالات", "حاله"}
_DEATH_WORDS = {"وفاه", "وفيات", "الوفيات", "توفي", "توفيت", "توفوا", "حالات", "حاله"}


def is_epidemic(words: list[str]) -> bool:
    """The sentence tells of infections: an epidemic's word, or cases counted per day («900 إصابة يوميا»)."""
    if _EPIDEMIC.search(" ".join(words)):
        return True
    return bool(_DAILY.intersection(words)) and any(word_forms(w) & _INFECTION_NOUNS for w in words)


# «شكاوى الضحايا», «ضحايا عملية نصب واحتيال»: victims of a fraud or a swindle lodge complaints; nobody died.
_SWINDLE_STEMS = ("شكاو", "شكوي", "شكايه", "نصب", "احتيال", "تحايل", "الاحتيال")


_SWINDLE = re.compile(r"(?<!\S)\S?(?:" + "|".join(_SWINDLE_STEMS) + ")")  # a stem opening a word, or after one letter


def _swindled(words: list[str]) -> bool:
    return _SWINDLE.search(" ".join(words)) is not None


# «العثور على جثة امرأة», «عثر على جثة داخل مستودع», «انتشال جثة صياد»: a body found is one dead (a number or a
# plural «جثث» is read as before).
_FOUND = {"العثور", "عثر", "عثرت", "عثروا", "يعثر", "تعثر", "انتشال", "انتشل", "انتشلت", "انتشلوا", "اكتشاف"}
_BODY = {"جثه", "جثمان"}


def _body_found(words: list[str]) -> int | None:
    if not any("جث" in w for w in words):
        return None  # no «جثة» or «جثمان»: nothing found
    for k, word in enumerate(words):
        if _strip_and(word) not in _FOUND and word not in _FOUND:
            continue
        j = k + 1
        while j < min(len(words), k + 5) and words[j] not in _BODY and words[j] != "علي" and not words[j].startswith("جث"):
            j += 1  # «عثر صباح اليوم على جثة», «عثر أعوان الحماية على جثة»
        if j < len(words) and words[j] == "علي":
            j += 1
        if j >= len(words) or words[j] not in _BODY:
            continue
        if j + 1 < len(words) and parse_number(words, j + 1) is not None:
            continue  # «جثة 3 مهاجرين»: read as a number
        if any("انتحر" in w or "انتحار" in w for w in words):
            return None  # «العثور على جثة رجل انتحر شنقا»: a suicide (no count, as the guide labels it)
        victim = words[j + 1] if j + 1 < len(words) else ""
        return _victims_from(words, j + 1) if victim in NAMED_VICTIMS else 1
    return None


# «القضاء على إرهابي», «تحييد إرهابي»: the army bulletins' one fighter killed (counted whatever his status; «القضاء
# على الإرهاب» is the abstract).
_ELIMINATING = {"القضاء", "قضت", "قضي", "تقضي", "يقضي", "قضوا", "للقضاء", "والقضاء", "تحييد", "وتحييد"}
_ONE_FIGHTER = {"ارهابي", "ارهابيا", "مسلح", "مسلحا", "دموي"}


def _fighter_eliminated(words: list[str]) -> bool:
    for k, word in enumerate(words):
        if word not in _ELIMINATING:
            continue
        for j in range(k + 1, min(len(words), k + 6)):
            if words[j] == "علي" or word in ("تحييد", "وتحييد"):
                at = j + 1 if words[j] == "علي" else k + 1
                if at < len(words) and words[at] in _ONE_FIGHTER and words[at + 1 : at + 2] != ["الي"]:
                    return True
                if word in ("تحييد", "وتحييد"):
                    break
    return False


# History told in today's news (Algerian news often recalls the colonial war): a killing in a year of the last
# century («اغتيال المحامي ... عام 1957», «مجازر 8 ماي 1945») or of the war of liberation or colonial rule («خلال حرب
# التحرير», «جرائم الاستعمار») is remembered, not reported: the guide counts no anniversary or statement about it.
_COLONIAL = {"الاستعمار", "الاستعماري", "الاستعماريه", "المستعمر", "التحريريه"}
_COLONIAL_ROOTS = ("ستعمار", "مستعمر", "تحرير")  # a cheap test before word forms (every sentence)


_BORN = {"مواليد", "المولود", "المولوده", "مولود", "ولد", "ولدت", "born"}
_LAST_CENTURY_YEAR = re.compile(r"(?<!\S)1[89]\d\d(?!\S)")


def last_century_year(words: list[str]) -> bool:
    """A year before 2000 in the sentence («عام 1957», «8 ماي 1945»): the acts it tells are history; not a birth
    year («الصحفي المولود عام 1985», «من مواليد 1990»)."""
    if not _LAST_CENTURY_YEAR.search(" ".join(words)):
        return False  # a cheap test first: this runs on every sentence
    return any(len(w) == 4 and w.isdigit() and 1800 <= int(w) < 2000
               and not any(word_forms(b) & _BORN for b in words[max(0, k - 3) : k]) for k, w in enumerate(words))


def is_history(words: list[str]) -> bool:
    """The sentence tells of a past century or of the colonial war: its killings are history, not the news."""
    if last_century_year(words):
        return True
    joined = " ".join(words)
    if not any(root in joined for root in _COLONIAL_ROOTS):
        return False  # a cheap test first: this runs on every sentence
    return any(any(root in word for root in _COLONIAL_ROOTS) and (word_forms(word) & _COLONIAL or (
        word == "التحرير" and k > 0 and words[k - 1] in ("حرب", "ثوره"))) for k, word in enumerate(words))


def toll_counts(words: list[str]) -> dict[str, int]:
    """A risen toll told with no harm word of the trigger lexicon («ارتفع عدد وفيات حادث المرور إلى 7 أشخاص»): the
    casualty noun after «عدد» / «حصيلة» names what the number counts. Empty unless the sentence gives a rise."""
    if not ("الي" in words or "to" in words) or not any("عدد" in w or "حصيل" in w or w == "toll" for w in words):
        return {}  # a cheap test first: this runs on every sentence with no harm word
    return sentence_counts(words, {}) if is_rising_toll(words) else {}


_VICTIM_WORDS = {"ضحايا", "ضحيه"}
_HURT_VERBS = {"اصيب", "اصيبت", "اصيبوا", "اصيبا", "جرحوا", "تعرضوا", "تعرض", "تعرضت"}


def _victims_hurt(words: list[str], at: int) -> bool:
    """«10 ضحايا أصيبوا بجروح», «ضحيتين تعرضتا لإصابات»: the victims at ``at`` are said hurt right after."""
    return words[at] in _VICTIM_WORDS and at + 1 < len(words) and words[at + 1] in _HURT_VERBS


# «وبه ثلاث إصابات في الظهر», «تلقى طعنتين على مستوى البطن»: a number of wounds on a body part counts wounds of one
# victim, not people.
_WOUND_NOUNS = {"اصابات", "اصابه", "جروح", "طعنات", "طعنه", "رصاصات", "طلقات", "رصاصه", "طلقه"}
BODY_PARTS = {"الراس", "الصدر", "البطن", "الظهر", "الرقبه", "العنق", "الوجه", "اليد", "اليدين", "الرجل", "الرجلين",
               "الساق", "الساقين", "الفخذ", "الكتف", "الذراع", "العين", "القدم", "الحوض", "جسده", "جسدها", "جسمه",
               "جسمها", "انحاء", "مستوي", "راسه", "راسها", "صدره", "صدرها", "بطنه", "بطنها", "ظهره", "ظهرها"}


def _wounds_on_body(words: list[str], end: int) -> bool:
    """The words from ``end`` (after a number) are wounds on a body part: «إصابات في الظهر», «طعنات على مستوى البطن»."""
    return (end + 2 < len(words) and words[end + 2] in BODY_PARTS and words[end + 1] in ("في", "علي")
            and bool(word_forms(words[end]) & _WOUND_NOUNS))  # the cheap set tests first: this runs on every number


_SHOCK = {"صدمه", "هلع", "ذعر", "انهيار", "اغماء"}  # «بصدمة نفسية», «بحالة هلع», «بانهيار عصبي»
_STATE = {"حاله", "حالات"}


def _shocked(words: list[str], end: int) -> bool:
    """The people counted up to ``end`` were struck by shock or panic, not hurt: the first «ب» word within three
    words after the number is shock («بصدمة», «بالهلع») or a state of it («بحالة هلع»)."""
    for k in range(end, min(len(words), end + 3)):
        word = words[k].removeprefix("و")
        if not word.startswith("ب"):
            continue
        stem = word[3:] if word.startswith("بال") else word[1:]
        if stem in _STATE:
            return k + 1 < len(words) and words[k + 1].removeprefix("ال") in _SHOCK
        return stem in _SHOCK
    return False


def _no_people_follow(after: list[str]) -> bool:
    """The words after a number say it counts no people: a unit («ستة أسابيع»), also after a second number
    joined to it («الضحايا (15 و36 سنة)», «بين 06 سنوات و65 سنة»: ages, not two groups)."""
    if after and after[0].startswith("و") and after[0][1:].isdigit():
        after = after[1:]
    return bool(after) and no_people_after(after[0])


def no_people_after(word: str) -> bool:
    """Does this word after a number say it counts no people: a duration, an amount or a month («ستة أسابيع»,
    «3 ملايين دينار», «5 مارس»)?"""
    return word in NOT_COUNTS_AFTER or word in MONTH_WORDS


# «كما أصيب مواطن كان يمر بالمكان», «فيما أصيب ثلاثة آخرون»: a sentence opened by these and a verb of harm tells
# of more victims of the event the text reports, not the same ones again («كما قال المصدر إن ...», «كما تم نقل
# المصابين الثلاثة» may restate them).
_ALSO = {"كما", "فيما"}
_HARM_VERBS = {"اصيب", "اصيبت", "اصيبا", "اصيبوا", "جرح", "جرحت", "توفي", "توفيت", "قتل", "قتلت", "لقي", "لقيت",
               "لقيا", "لقوا", "استشهد", "استشهدت", "تعرض", "تعرضت", "هلك", "فارق", "فارقت", "اسفر", "اسفرت"}


_EN_ALSO_HARMED = {"killed", "wounded", "injured", "hurt", "died"}


def adds_victims(words: list[str]) -> bool:
    """The sentence adds a group of victims to the ones already counted («كما أصيب شقيقه بجروح», "Two fighters were
    also killed in the clashes")."""
    return len(words) > 1 and words[0] in _ALSO and words[1] in _HARM_VERBS or any(
        w in ("was", "were") and words[k + 1] == "also" and words[k + 2] in _EN_ALSO_HARMED
        for k, w in enumerate(words[:-2]))


def _after_noun_kind(words: list[str], index: int) -> str | None:
    word = words[index]
    if word.startswith("و") and word not in KILLED_NOUNS | INJURED_NOUNS:
        return None  # «مقتل عسكريين اثنين وإصابة 4»: «و» opens the next clause, it is not the number's noun
    forms = word_forms(word)
    if forms & KILLED_NOUNS:
        return "killing"
    if forms & INJURED_NOUNS:
        return "injury"
    return None


_KIN_GROUPS = {"عائله", "العائله", "اسره", "الاسره", "قبيله"}


# An assault («الاعتداء بالضرب على», «يعتدون على», «الاعتداء على مصور») names who was attacked, not who was hurt:
# the guide types an assault with no injury stated `other`, with no injured count. Its victims count once the
# document states a wound, care or violence done to the body (these stems, a cheap substring test: «بجروح», «إصابته»,
# «كسور», «الإسعاف», «بالنار»; «اعتداء بالعنف», «تعنيف»: the labels count the victims of violence), or a transfer to
# a hospital («نقل إلى المستشفى»; a hospital alone is often where the assault happened).
_ASSAULT_STEMS = ("اعتدا", "اعتدي", "اعتدو", "يعتد", "تعتد", "ضرب",
                  "beat", "assault", "punch", "kicked", "whipp", "flogg")  # English: "was beaten", "assaulted"
_WOUND_STEMS = ("جرح", "جروح", "صاب", "صيب", "كسور", "كسر", "رضوض", "كدم", "نزيف", "حروق", "اسعاف", "علاج", "غرز",
                "عجز", "طعن", "رصاص", "بالنار", "عنف",
                "wound", "injur", "hurt", "hospital", "treated", "treatment", "bruis", "fractur", "broken", "bleed",
                "stab", "gunshot", "burns", "stitches", "intensive", "concussion", "bloodied")
_NEGATORS = {"دون", "بدون", "لم", "عدم", "بلا", "دونما"}  # «دون أن يصاب بجروح»: no wound
_NEGATION_REACH = 3


# «الاعتداء», «بالاعتداء», «يعتدون», «ضرب»: an assault stem after up to three letters of clitics, at a word's start
_ASSAULT_RE = re.compile(r"(?:^|\s)\S{0,3}(?:" + "|".join(_ASSAULT_STEMS) + ")")
_WOUND_RE = re.compile("|".join(_WOUND_STEMS))  # a stem anywhere in a word


def states_wound(words: list[str]) -> bool:
    """The words state a wound, care or a transfer to hospital, not negated («دون أن يصاب بجروح» states none)."""
    if _WOUND_RE.search(" ".join(words)):  # one search first: most sentences name no wound
        for k, word in enumerate(words):
            if _WOUND_RE.search(word) and not _NEGATORS.intersection(words[max(0, k - _NEGATION_REACH) : k]) and (
                    not _gang_word(word)):
                return True
    return any(w.startswith(("نقل", "ونقل")) for w in words) and any(word_forms(w) & _HOSPITALS for w in words)


_GANGS = frozenset({"عصابه", "عصابات"})


def _gang_word(word: str) -> bool:
    """«عصابة مسلحة» (a gang) holds the wound stem of «إصابة» in its letters: no wound stated (Arabic pass tune38)."""
    return not _GANGS.isdisjoint(word_forms(word))


def unhurt_assault(words: list[str]) -> bool:
    """An assault told in a sentence that states no wound («ندد بالاعتداء بالضرب على معلم»): its injured count
    names who was attacked; ``nlp.annotate`` keeps it only if the document states a wound elsewhere."""
    return bool(_ASSAULT_RE.search(" ".join(words))) and not states_wound(words)


_EN_YEAR_BEFORE = frozenset({"in", "since", "until", "during"})
# the words a bare count follows ("and five were wounded", "at least 9 died", "killing two"): after any other word
# ("his cousin Salem Ali, 23, were shot dead": a name) a bare number is the age told between commas
_EN_COUNT_LEADS = frozenset({"and", "but", "while", "whereas", "another", "least", "most", "than", "of", "some",
                             "about", "around", "nearly", "almost", "only", "all", "further", "killing", "wounding",
                             "injuring", "leaving", "the", "were", "was", "to", "said", "says", "monday", "tuesday",
                             "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "evening",
                             "afternoon", "yesterday", "today", "overnight"})  # "... on Monday; 4 were killed"
_EN_AGE_MAX = 120


def _english_age_after_name(words: list[str], index: int) -> bool:
    """"Ali Salem, 19, and his cousin Omar Salem, 23, were shot dead": the number after a name is an age (the
    commas are no tokens), not "23 were shot dead" (English pass 9)."""
    return (index > 0 and words[index].isdigit() and int(words[index]) <= _EN_AGE_MAX and words[index - 1].isalpha()
            and words[index - 1] not in _EN_COUNT_LEADS and words[index - 1] not in _EN_HEDGES)


def _english_year_named(words: list[str], index: int) -> bool:
    """"the third such attack in 2026", "held since 2024": a year, no count of people (English pass 9)."""
    return index > 0 and words[index - 1] in _EN_YEAR_BEFORE and is_calendar_year(words[index])


_COURSES = frozenset({"دوره", "دورات", "ورشه", "ورشات"})
_FIRST_AID_WORDS = frozenset({"الاسعافات", "الاسعاف", "اسعافات"})


def _first_aid_course(words: list[str]) -> bool:
    """«دورة تدريبية على الإسعافات الأولية لعشرين متطوعا، تضمنت التعامل مع الإصابات والكسور»: a first-aid course
    names wounds it teaches to treat, and its trainees, not anyone hurt (not «معسكر تدريبي»: a camp struck is news)."""
    return "تدريبيه" in words and not _COURSES.isdisjoint(words) and not _FIRST_AID_WORDS.isdisjoint(words)


_REMAINS = frozenset({"رفات", "رفاتا", "الرفات"})
_IDENTIFIED = frozenset({"تسليم", "سلمت", "سلم", "هويات"})  # not «التعرف» alone: the missing-persons agency's name


def _remains_identified(words: list[str]) -> bool:
    """«التعرف على هويات 47 رفاتا», «سلمت الهيئة رفات 12 شخصا إلى ذويهم»: remains identified or handed over are a
    follow-up of long-known killings (the written files label them no count); a mass grave found is still counted
    (no identification word there: «انتشال 9 جثث من مقبرة جماعية»)."""
    if _REMAINS.isdisjoint(words):
        return False
    return any(word_forms(w) & _IDENTIFIED for w in words) or any(
        w == "التعرف" and words[k + 1 : k + 2] == ["علي"] and words[k + 2 : k + 3] != ["المفقودين"]
        for k, w in enumerate(words))


def sentence_counts(words: list[str], trigger_at: dict[int, str], strong_at: dict[int, str] | None = None
                    ) -> dict[str, int]:
    """killed / injured numbers of one sentence; ``trigger_at`` maps token index -> incident type. A round-up of
    many events (``is_round_up``) or history (``is_history``) has none.

    Single victims and duals are read only next to ``strong_at`` triggers (default: all): «بالرصاص» or
    «جثة» are the means or a find, not a count of one.
    """
    if is_round_up(words) or is_history(words):
        return {}  # «توفي 19 شخصا في 47 حادث مرور»: a period's statistic; «اغتيل عام 1957»: history
    if _first_aid_course(words) or _remains_identified(words):
        return {}  # «دورة تدريبية على الإسعافات الأولية»; «التعرف على هويات 47 رفاتا»: no event's victims
    trigger_at = {k: kind for k, kind in trigger_at.items() if not named_as_topic(words, k)}
    swindled = _swindled(words)
    if swindled:  # «شكاوى الضحايا البالغ عددهم 20 شخصا»: a fraud's victims
        trigger_at = {k: kind for k, kind in trigger_at.items() if not word_forms(words[k]) & _VICTIM_WORDS}
    strong_at = trigger_at if strong_at is None else {k: kind for k, kind in strong_at.items() if k in trigger_at}
    found: dict[str, int] = {}
    found_at: dict[str, int] = {}
    toll = is_rising_toll(words)
    english = not has_arabic_script(" ".join(words))  # the English-only rules never run on an Arabic sentence
    index = 0
    while index < len(words):
        parsed = parse_number(words, index)
        definite = parsed is None and (parsed := _definite_number(words, index)) is not None
        if parsed is None:
            index += 1
            continue
        value, used = parsed
        end = index + used
        after = words[end : end + 3]
        if _no_people_follow(after) or _wounds_on_body(words, end) or not 0 < value < 10000 or (
                index > 0 and words[index - 1] in _PART_OF and not _among_the_whole(words, index)) or (
                _share_of_cases(words, index, trigger_at)) or (
                index > 0 and words[index - 1] == "by") or (  # "by two men"
                english and after[:1] == ["missing"]) or (  # "11 migrants dead, 26 missing": the missing, no toll
                english and _english_year_named(words, index)) or (
                index > 0 and words[index] in ("واحد", "واحده") and words[index - 1] in _KIN_GROUPS):
            index = end
            continue  # «طفلان من عائلة واحدة»: one family, not one victim
        kind = _after_noun_kind(words, end) if after else None
        if kind == "killing" and swindled and word_forms(words[end]) & _VICTIM_WORDS:
            kind = None  # «وقع 30 ضحية في فخ عملية نصب»
        if kind == "killing" and _victims_hurt(words, end):
            kind = "injury"  # «إسعاف 10 ضحايا أصيبوا بجروح»: victims, but hurt, not dead
        if kind is None and after and after[0] == "حالات":
            # «تسجيل 3 حالات وفاة»; «7 حالات اختناق» in a fire are 7 injured (asphyxia is no trigger of its own)
            kind = trigger_at.get(end + 1) or ("injury" if after[1:2] == ["اختناق"] else None)
        if kind is None and _hospital_cases(words, index, end, value):
            kind = "injury"  # «قال المستشفى إنه استقبل 4 حالات بينها حالة حرجة»: the hurt it received
        # the number's people: after it («3 أشخاص», «اثنان من المارة»), or before a definite one («أفراد طاقمها الثلاثة»)
        person_after = (definite and _people_before(words, index)) or bool(after and (
            _plural_person(after[0]) or after[0] in SINGULAR_VICTIMS or _counted_singular(after[0]) or (
                after[0] == "من" and len(after) > 1 and _plural_person(after[1]))))
        english_people = None if person_after or not english else _english_people_after(words, end)
        if english_people is None and english and words[max(0, index - 2) : index] == ["family", "of"]:
            person_after, english_people = True, index  # "a family of five": the number is the people
        if english_people is not None:
            person_after, after = True, words[english_people : english_people + 3]
        people_end = english_people + 1 if english_people is not None else end + (not definite) + (after[:1] == ["من"])
        if person_after and english and _english_not_casualties(words, people_end):
            index = end
            continue  # "21 others are missing", "13 others were rescued": no toll
        one_of = words[index] in ("احد", "احدي") or (words[index] in ("واحد", "واحده") and after[:1] == ["من"])
        if one_of and not (person_after or (after and any(f.endswith(("ين", "ون")) for f in word_forms(after[0])))):
            index = end
            continue  # «غرق أحد الأحياء», «واحدة من أفظع الجرائم»: «one of» counts a person only before people
        if kind is None and person_after and len(after) > 1 and not after[1].startswith("و"):
            kind = _after_noun_kind(words, end + 1)  # «5 مدنيين قتلى» (not «ثلاثة مدنيين وإصابة 5»)
        if kind is None and index > 0 and (not words[index].isdigit() or person_after):
            # «جثة واحدة», «قتيلين اثنين»: the number word follows its noun; «رفات 9 أشخاص», «جثث 5 مهاجرين»
            kind = _after_noun_kind(words, index - 1)
        if kind is None and (person_after or (english and after[:1] == ["others"])) and _cared_for(words, index, end):
            kind = "injury"  # «وفاة شخص ونقل 5 آخرين إلى المستشفى», «وتلقى 3 آخرون الإسعافات»: hurt, not dead
        if kind is None and person_after and english and trigger_at.get(end) in _SLOTS:
            kind = trigger_at[end]  # "five migrants drowned": the trigger phrase opens with the people
        if kind is None and english and not person_after and words[end : end + 1] in (["were"], ["died"]) and not (
                _english_age_after_name(words, index)):
            kind = _trigger_after(words, end, trigger_at)  # "one was killed and five were wounded", "and seven died"
        if kind is None and english and not person_after and trigger_at.get(end) in _SLOTS and (
                index > 0 and words[index - 1] in _EN_HEDGES):
            kind = trigger_at[end]  # "at least 9 drowned", "more than 20 died": a hedged toll is people
        if kind is None and person_after and english:
            # "a boy was killed and three others were wounded": in English the verb after the people is theirs,
            # before the trigger of the clause before
            kind = _trigger_after(words, _english_skip_of(words, people_end), trigger_at)
        joined_after = 0
        if kind is None and person_after and english and (single_end := _english_single_joined_after(
                words, people_end)) is not None:
            kind = _trigger_after(words, single_end, trigger_at)  # "3 workers and a man injured": 4
            joined_after = int(kind is not None)
        if kind is None:
            kind = _trigger_before(words, index, trigger_at, person_after)
        if kind is None and person_after:
            # "three civilians were killed", «6 من الركاب أصيبوا» (the people after «من»), «أطفاله الثلاثة أصيبوا»
            # (a definite number follows its people: the verb is right after it)
            kind = _trigger_after(words, end + (not definite) + (after[:1] == ["من"]), trigger_at)
        if kind is None and person_after and english and _english_sentence_subject(words, index):
            kind = _english_subject_trigger(words, people_end, trigger_at)
        if kind is None and person_after and _met_death(words, index, end):
            kind = "killing"
        if kind is None and index > 0 and words[index - 1] in ("الي", "to") and toll:
            kind = _trigger_before(words, index, trigger_at, True) or _toll_kind(words, index)
        if kind == "injury" and _shocked(words, end):
            index = end
            continue  # «وأصيب 3 آخرون بحالة هلع»: shock is no injury (the labels leave those in shock out)
        slot = _SLOTS.get(kind or "")
        if slot and (slot not in found or (toll and value > found[slot] and _rises_between(words, found_at[slot], index))):
            found_at[slot] = index
            ranged = index > 0 and words[index - 1] in ("بين", "between")  # «ما بين 5 و7 أشخاص»: a range, not 12
            added = None if ranged else _added_number(words, end, kind or "")
            found[slot] = value + (added or 0) + joined_after + (_joined_victims_before(words, index, trigger_at, kind or "", english)
                                                  or _leader_with_men(words, index, end, trigger_at, kind or ""))
        index = end
    for slot, at in found_at.items():
        single = None if toll else _single_victim_before(words, at, strong_at, slot)
        if single is not None:
            found[slot] = single
    died_of_wounds = "injured" not in found and any(w.startswith(("متاثر", "ومتاثر")) for w in words) and not (
        _others_wounded_after(words, strong_at)) and not _death_as_cause(words, strong_at)
    if died_of_wounds:
        found["injured"] = 0  # «توفي شاب متأثرا بجروحه»: the wounds are the dead's, no single injured is read
    if "killed" not in found and (split := _split_death_phrase(words)) is not None:
        found["killed"] = split  # before the single victims: «لقي شابان حتفهما» is two, not «شاب» before «حتف»
    _duals_and_singles(words, strong_at, found, trigger_at, english=english)
    if "injured" not in found and (_victim_taken_to_hospital(words) or _victim_lying_in_care(words)):
        found["injured"] = 1  # «فيما نقل سائق الشاحنة إلى المستشفى في حالة حرجة», «مواطن يرقد في العناية الفائقة»
    if "injured" not in found and english and (_english_one_in_care(words) or _english_another_hurt(words, trigger_at)):
        found["injured"] = 1  # "The driver is in intensive care", "one was killed and another wounded"
    for slot, listed in _listed_victims(words, trigger_at).items():
        found[slot] = max(found.get(slot, 0), listed)  # «والمصابون هم الرقيب محمد والعريف علي», «كل من السائق ومرافقه وطفل»
    if "injured" in found:
        found["injured"] += _others_hurt(words) + _hurt_by_number(words, found["injured"])  # «... وآخر بجروح» = 3
        found["injured"] += _companions_hurt(words) + _one_of_another_pair(words, found["injured"])
    elif "killed" in found and (hurt := _companion_hurt_after_death(words)):
        found["injured"] = hurt  # «لقي طيار مصرعه وأصيب مساعده بكسور»: the dead man's companion is the one hurt
    found.update(_all_carried(words, trigger_at))  # «شاحنة تقل 12 عاملا ... وأصيب ركابها» = 12, not one
    if died_of_wounds:
        del found["injured"]
    if "killed" not in found and english and _english_body_handed(words):
        found["killed"] = 1  # "the family received his body": one dead
    if "killed" not in found and ((body := _body_found(words)) is not None or _fighter_eliminated(words)):
        found["killed"] = body or 1  # «العثور على جثة امرأة», «القضاء على إرهابي»
    for slot, listed in _each_listed(words, trigger_at).items():
        if found.get(slot) == 1:
            found[slot] = listed  # «إصابة شخص بحروق، وإصابة امرأة بكسور وإصابة طفل» = 3
    _dual_verb(words, strong_at, found)
    if is_epidemic(words):
        found.pop("injured", None)  # «145 إصابة ... الحالة الوبائية»: infections
        if not any(_SLOTS.get(kind) == "killed" and not word_forms(words[k]) & _DEATH_WORDS for k, kind in trigger_at.items()):
            found.pop("killed", None)  # deaths of the disease
    return found


def _each_listed(words: list[str], trigger_at: dict[int, str]) -> dict[str, int]:
    """Civil-protection reports list each victim with a trigger of its own («إصابة شخص بحروق، إصابة امرأة بكسور
    وإصابة طفل» = 3, «مقتل شاب ومقتل سائق الشاحنة» = 2): each trigger of one kind right before an indefinite singular
    victim is one more (a definite one, «نقل الشاب المصاب», is the same victim told again)."""
    each: dict[str, int] = {}
    for k, kind in trigger_at.items():
        slot = _SLOTS.get(kind)
        if slot and k + 1 < len(words) and words[k + 1] in NAMED_VICTIMS and not _not_done(words, k):
            each[slot] = each.get(slot, 0) + 1
    return {slot: n for slot, n in each.items() if n > 1}


_CLAUSE_OPENERS = {"فيما", "بينما", "كما"}


def _others_wounded_after(words: list[str], strong_at: dict[int, str]) -> bool:
    """«توفي عون أمن متأثرا بطعنات ... فيما أصيب زميله بجروح»: a new clause after the death of wounds tells another
    victim hurt (not «متأثرا بجروحه التي أصيب بها»: the dead's own wounds)."""
    wounds = next((k for k, w in enumerate(words) if w.startswith(("متاثر", "ومتاثر"))), len(words))
    return any(k > wounds and kind == "injury" and (words[k - 1] in _CLAUSE_OPENERS or words[k].startswith("و"))
               for k, kind in strong_at.items())


_CAUSE_OPENERS = frozenset({"اثر", "بعد", "عقب"})


def _death_as_cause(words: list[str], strong_at: dict[int, str]) -> bool:
    """«اعتدوا بالضرب على طبيب وممرضين اثنين، إثر وفاة أحد أقاربهم متأثرا بجروح»: a death told as the cause of an
    assault already named (an injury trigger before «إثر / بعد وفاة») is someone else's; its «متأثرا بجروح» does not
    make the assault's victims the dead."""
    for k in range(1, len(words) - 1):
        if words[k] in _CAUSE_OPENERS and words[k + 1] == "وفاه":
            return any(at < k and kind == "injury" for at, kind in strong_at.items())
    return False


def _single_victim_before(words: list[str], at: int, strong_at: dict[int, str], slot: str) -> int | None:
    """«مقتل شاب برصاص مجهولين في منطقة شهدت مقتل 4 أشخاص»: a victim named right after an earlier trigger of
    the same kind is the sentence's event; a number well after it is another (a number within a few words is
    joined to it: «مقتل شاب و3 آخرين»)."""
    for t, kind in sorted(strong_at.items()):
        if t >= at - 4:
            return None
        if _SLOTS.get(kind) == slot and t + 1 < len(words) and words[t + 1] in NAMED_VICTIMS \
                and not _not_done(words, t):
            return _victims_from(words, t + 1)
    return None


def _definite_number(words: list[str], index: int) -> tuple[int, int] | None:
    """«الجرحى الثلاثة», «مرافقيه الأربعة»: a definite number word after a plural noun counts it. Only there:
    «الاثنين», «الأحد» are also weekdays."""
    word = words[index]
    if index == 0 or not word.startswith("ال") or word[2:] in ("احد", "اثنين", "اثنان"):
        return None
    value = parse_number([word[2:]], 0)  # the number word first: most words are none, and it is the cheap test
    if value is None or value[1] != 1:
        return None
    plural = _after_noun_kind(words, index - 1) is not None or _people_before(words, index)
    return (value[0], 1) if plural else None


_HIT = frozenset({"اصيبوا", "اصيبا", "اصبن"})  # «أصيبوا بقذيفة»: "were hit", which may be what killed them


def restated_people(words: list[str]) -> int | None:
    """«إن المدنيين الثلاثة أصيبوا بقذيفة»: the number of a definite plural of people (not of casualty nouns,
    «الجرحى الثلاثة») told «hit» in the sentence: people already named, whom ``nlp.annotate`` checks against the
    dead already counted."""
    if _HIT.isdisjoint(words):
        return None
    for index in range(1, len(words)):
        parsed = _definite_number(words, index)
        if parsed is not None and _plural_person(words[index - 1]) and _after_noun_kind(words, index - 1) is None:
            return parsed[0]
    return None


_KIN_PLURALS = {"ابناء", "ابناؤ", "ابنائ", "اولاد", "بنات", "اشقاء", "اشقاؤ", "اشقائ"}  # and their hamza spellings


def _people_before(words: list[str], index: int) -> bool:
    """The people a definite number at ``index`` counts: a plural person noun («المواطنين الثلاثة», «مرافقيه
    الأربعة»), a possessed kin plural («وأبناؤه الثلاثة», «وبناتها الأربع»), or one in construct with a definite
    or possessed noun («أفراد طاقمها الثلاثة», «ركاب السيارة الأربعة»: the number agrees with the people, not with
    the crew or the car)."""
    previous = words[index - 1]
    if _plural_person(previous) or any(f.endswith(("يه", "يها", "يهم")) for f in clitic_variants(previous)):
        return True
    if previous.endswith(("ه", "ها", "هم")) and word_forms(previous) & _KIN_PLURALS:
        return True
    return index >= 2 and _plural_person(words[index - 2]) and (
        previous.startswith("ال") or previous.endswith(("ه", "ها", "هم", "هما")))


def _added_number(words: list[str], at: int, kind: str) -> int | None:
    """«مقتل 71 مسلحا و7 عسكريين»: a second number of the same event, joined by «و», before a person noun
    or a casualty noun of the same kind, is added (the guide: 78)."""
    if words[at : at + 1] == ["من"]:
        at += 1  # «2 من أعوان الأمن و3 مواطنين»: the first number's people after «من»
    if at < len(words) and not words[at].startswith("و"):
        at += 1  # past the first number's noun: «71 مسلحا و7»
    at = _past_qualifiers(words, at)
    ranks = words[at : at + 2] == ["في", "صفوف"]
    if ranks:  # «7 جرحى في صفوف الأمن و3 في صفوف المحتجين» = 10, «في صفوف أعوان الأمن و7 ...»
        at = _past_qualifiers(words, at + 3)
    if words[at : at + 2] and words[at] == "and" and parse_number(words, at + 1) is not None:
        at += 1  # "two fighters and three civilians were killed" (English: the guide adds them, 5)
    elif at >= len(words) or not words[at].startswith("و"):
        return None
    joined = _joined_victim(words, at)
    if joined:
        return joined  # «إصابة ثلاث نساء وطفلة» = 4
    parsed = parse_number(words, at)
    if parsed is None or at + parsed[1] >= len(words):
        return None
    value, used = parsed
    noun_at = at + used + (words[at + used] == "من" and at + used + 1 < len(words))  # «و2 من المدنيين»
    noun_kind = _after_noun_kind(words, noun_at)
    if noun_kind == kind or (noun_kind is None and (_plural_person(words[noun_at]) or _plural_of_victim(words[noun_at]))) or (
            ranks and words[at + used : at + used + 2] == ["في", "صفوف"]):
        return value
    return None


def _past_qualifiers(words: list[str], at: int) -> int:
    """Past what qualifies a group: «6 أعوان أمن و3 محتجين», «4 جنود من الجيش السوري و2 مدنيين»."""
    for _ in range(3):
        if at + 1 < len(words) and _qualifies(words, at, len(words)):
            at += 1
    return at


def _qualifies(words: list[str], k: int, end: int) -> bool:
    """A qualifier at ``k``, or «من» before one («عونين من الحماية المدنية»), before ``end``."""
    return _qualifier(words[k]) or (words[k] == "من" and k + 1 < end and _qualifier(words[k + 1]))


def _qualifier(word: str) -> bool:
    """A force or a nisba after a plural victim noun: «أعوان أمن», «أعوان الحرس الوطني», «جنود سوريين»."""
    if word.startswith("و"):
        return False
    forms = word_forms(word)
    return bool(forms & _FORCES) or any(f.endswith(("ي", "يه", "يين", "يون")) and len(f) >= 4 for f in forms)


def _joined_victim(words: list[str], at: int) -> int:
    """«وطفلة» = 1, «وطفلين» / «وعوني أمن» = 2: a singular or dual victim joined by «و» at ``at``, else 0."""
    word = words[at]
    if not word.startswith("و") or len(word) <= 2:
        return 0
    if _dual_of_victim(word[1:]) or _construct_dual(words, at):
        return 2
    return 1 if _singular_victim(word[1:]) and not _plural_of_victim(word[1:]) else 0


def _joined_victims_before(words: list[str], index: int, trigger_at: dict[int, str], kind: str, english: bool) -> int:
    """«إصابة عون أمن وثلاثة مدنيين» = 4, «مقتل طفلين و3 نساء» = 5: a singular or dual victim right after the
    trigger, joined to the number by «و», adds to it (the «و» may be on the noun before a number word:
    «إصابة عون أمن ومواطنين اثنين» = 3)."""
    if words[index] in ("واحد", "واحده"):
        return 0  # «شخص واحد» is one person, not «شخص» and one more
    if english:
        return _english_joined_before(words, index)
    if not words[index].startswith("و"):
        if index == 0 or words[index].isdigit() or not words[index - 1].startswith("و"):
            return 0
        index -= 1
    for t in range(index - 2, max(-1, index - 7), -1):
        if trigger_at.get(t) == kind:
            return _victim_chain(words, t + 1, index)
    return 0


_OWN_MEN = ("عناصره", "مرافقيه", "رفاقه", "حراسه", "جنوده", "افراده")


def _leader_with_men(words: list[str], index: int, end: int, trigger_at: dict[int, str], kind: str) -> int:
    """«مقتل آمر سرية وثلاثة من عناصره» = 4: a number joined by «و» that counts «من» his men names their leader,
    told after the trigger, as one more (whatever his title: «آمر», «قائد», «مدير»)."""
    if not words[index].startswith("و") or words[end : end + 1] != ["من"] or end + 1 >= len(words) or (
            words[end + 1] not in _OWN_MEN):
        return 0
    return 1 if any(trigger_at.get(t) == kind for t in range(max(0, index - 4), index - 1)) else 0


def _victim_chain(words: list[str], start: int, end: int) -> int:
    """«شاب وطفلين» = 3, «عون أمن» = 1: the singular and dual victims listed from ``start`` to ``end``, each
    after the first joined by «و» (a force or a nisba may qualify one); 0 when anything else stands there."""
    total, k = 0, start
    while k < end:
        word = words[k] if k == start else words[k][1:] if words[k].startswith("و") else ""
        if _construct_dual(words, k):
            total, k = total + 2, k + 2
        elif word and _dual_of_victim(word):
            total, k = total + 2, k + 1
        elif word and _singular_victim(word) and not _plural_of_victim(word):
            total, k = total + 1, k + 1
        elif total and _qualifies(words, k, end):
            k += 1  # «عون أمن», «امرأة فلسطينية», «عونين من الحماية المدنية»
        else:
            return 0
    return total


def _rises_between(words: list[str], start: int, end: int) -> bool:
    """«مقتل 3 أشخاص قبل أن ترتفع الحصيلة إلى 7»: the toll rises after the first count, in the same sentence."""
    return any(_rise_word(w) for w in words[start + 1 : end])


def _toll_kind(words: list[str], index: int) -> str | None:
    """«عدد المصابين جراء الاشتباكات ... ارتفع إلى 14»: the casualty noun after «عدد» / «حصيلة» names what
    the number after «إلى» counts, however far the rise verb stands from it."""
    for k in range(index - 2, -1, -1):
        if words[k] == "toll":
            # "the death toll from the blast rose to four": English names the casualty first; a bare toll is of the
            # dead unless a casualty noun follows ("the toll of wounded rose to 30")
            after = words[k + 2] if words[k + 1 : k + 2] == ["of"] and k + 2 < index else ""
            return (_after_noun_kind(words, k + 2) if after else None) or "killing"
        if word_forms(words[k]) & _TOTAL_WORDS and k + 1 < index:
            return _after_noun_kind(words, k + 1)
    return None


def _met_death(words: list[str], index: int, end: int) -> bool:
    """«لقي 37 شخصا معظمهم سياح مصرعهم», «لقي 3 أشخاص حتفهم»: «لقي» before the number, «مصرع» or «حتف»
    a few words after it (the phrase is split by its subject, so no trigger need cover it)."""
    k = index - 1
    while k >= 0 and (words[k] in FILLERS or words[k] in _DATE_WORDS):
        k -= 1
    return k >= 0 and words[k] in _SPLIT_DEATHS and _death_word_within(words, end, 8, _SPLIT_DEATHS[words[k]])


def _death_word_within(words: list[str], start: int, width: int, closers: frozenset[str]) -> bool:
    return any(word_forms(w) & closers for w in words[start : start + width])


def _split_death_phrase(words: list[str]) -> int | None:
    """Victims of a death phrase split by its subject, which no trigger covers: «لقي كهل حتفه», «لقي شابان
    حتفهما» (between «لقي» and «حتف/مصرع»), «فارق شاب الحياة», «أودى الانفجار بحياة طفلين», «أودت النيران
    بحياة 3 أطفال»."""
    for k, word in enumerate(words[:-1]):
        victim = words[k + 1]
        if word in _SPLIT_DEATHS and _death_word_within(words, k + 2, 6, _SPLIT_DEATHS[word]):
            pass  # «لقي شاب تونسي أصيل معتمدية الذهيبة حتفه»
        elif word in ("راح", "ذهب") and word_forms(victim) & {"ضحيته", "ضحيتها", "ضحيه"} and k + 2 < len(words):
            if (fallen := _fallen(words, k + 2)) is not None:
                return fallen  # «جريمة قتل راح ضحيتها شاب», «راح ضحيته 3 أشخاص»
            continue
        elif word in ("بحياه", "سقوط"):
            if (fallen := _numbered_people(words, k + 1, of=word == "سقوط")) is not None:
                return fallen  # «أودى بحياة 3 أطفال», «أدى إلى سقوط 3 من عناصر المجلس»
            continue
        else:
            continue
        if _dual_of_victim(victim):
            return 2
        if _singular_victim(victim) and not _plural_of_victim(victim):
            return _victims_from(words, k + 1)
    return None


_TAKEN = {"نقل", "نقلت", "نقلوا", "اسعاف", "تحويل"}  # not «إجلاء»: people evacuated from a hospital are not hurt
_HOSPITALS = {"مستشفي", "مستشفيات", "مستوصف", "استعجالي", "الاستعجالي", "مصحه", "الاستعجالات"}  # «مصحة»: a clinic
# First aid needs no hospital: only the hurt get it («أسعف 3 أشخاص», «تلقى 3 آخرون الإسعافات»).
_FIRST_AID = {"اسعف", "اسعفت", "اسعفوا", "يسعف"}
_TREATMENT = {"اسعافات", "الاسعافات", "علاج", "العلاج"}
_RECEIVING = {"تلقي", "يتلقي", "تلقوا", "يتلقون", "تلقت", "تتلقي"}  # «وتلقى 3 آخرون الإسعافات»
_RECEIVED = {"استقبل", "استقبلت", "يستقبل", "تستقبل"}  # «استقبل مستشفى الزاوية 7 مصابين»


_TAKEN_PLURAL = {"نقلوا", "نقلا", "نقلن", "اسعفوا", "اسعفا"}  # the people before their transfer: a plural or dual verb


def _taken_after(words: list[str], end: int) -> bool:
    """«ستة منهم نقلوا إلى المستشفى»: the people after a number (``end``) are the subject of a transfer verb within
    four words, with a hospital within six words of the verb."""
    for k in range(end + 1, min(len(words), end + 5)):
        if word_forms(words[k]) & _TAKEN_PLURAL:
            return any(word_forms(w) & _HOSPITALS for w in words[k + 1 : k + 7])
    return False


def _cared_for(words: list[str], index: int, end: int) -> bool:
    """The number at ``index`` (its people up to ``end``) counts hurt people being cared for: taken to hospital
    («نقل 5 آخرين إلى المستشفى»; the hospital within six words after it; or the people first: «خمسة منهم نقلوا إلى
    المستشفى», «أربعة منهم يحملون آثار عنف ونقلوا إلى المستشفى»), given first aid or treatment («أسعف 3 أشخاص»,
    «تلقى 3 آخرون الإسعافات»), or received by a hospital («استقبل مستشفى الزاوية 7 أشخاص»)."""
    if _taken_after(words, end) and not (index > 0 and word_forms(words[index - 1]) & _RESCUED):
        return True  # (not «تم إنقاذ 22 شخصا نقلوا إلى المستشفى»: the rescued, checked, are no count of the hurt)
    if _english_hospitalised(words, end):
        return True  # "six others were taken to hospital", "eight others remain in hospital" (also opening a sentence)
    if index == 0:
        return False
    before = word_forms(words[index - 1])
    if before & _TAKEN and any(word_forms(w) & _HOSPITALS for w in words[end : end + 6]):
        return True
    if before & _FIRST_AID or (before & _RECEIVING and any(word_forms(w) & _TREATMENT for w in words[end : end + 3])):
        return True
    if words[index - 1] in ("treated", "treating", "treat", "treats"):
        return not _english_treated_after_rape(words, end)  # "doctors treated 14 migrants"
    return any(word_forms(w) & _RECEIVED for w in words[max(0, index - 5) : index]) and any(
        word_forms(w) & _HOSPITALS for w in words[max(0, index - 4) : index])


_EN_SEXUAL_HARM = frozenset({"raped", "rape", "sexual", "sexually"})
_EN_TREATED_FOR_REACH = 8  # "treated nine women who said they had been raped": the people, their words, the harm


def _english_treated_after_rape(words: list[str], end: int) -> bool:
    """"teams treated nine women who said they had been raped": those treated are survivors of sexual violence (its
    own incident type), no count of the wounded (English pass 12)."""
    return not _EN_SEXUAL_HARM.isdisjoint(words[end : end + _EN_TREATED_FOR_REACH])


_CASES = {"حالات", "حاله"}


def _hospital_cases(words: list[str], index: int, end: int, value: int) -> bool:
    """«قال مستشفى الزاوية إنه استقبل 4 حالات», «استقبل 15 حالة إصابة»: cases a hospital received (its verb within five
    words before the number, a hospital named before it) are the event's hurt; «حالة» after 11 and more, as Arabic
    counts; «حالات وفاة» are read as deaths before this."""
    case = words[end : end + 1]
    if not case or case[0] not in _CASES or (case[0] == "حاله" and value < 11):
        return False
    return any(word_forms(w) & _RECEIVED for w in words[max(0, index - 5) : index]) and any(
        word_forms(w) & _HOSPITALS for w in words[:index])


def hospital_update(words: list[str]) -> bool:
    """A sentence telling how many cases a hospital received («أعلن المستشفى أنه استقبل 8 حالات إصابة»): after a
    first toll its figure is the fuller, later count (``_take_counts`` lets it raise the injured)."""
    if not any(word_forms(w) & _RECEIVED for w in words):
        return False
    for index in range(len(words)):
        parsed = parse_number(words, index)
        if parsed is not None and _hospital_cases(words, index, index + parsed[1], parsed[0]):
            return True
    return False


_EN_HEDGES = {"least", "than", "some", "about", "around", "nearly", "almost", "roughly", "approximately"}
_EN_TO_HOSPITAL = {"taken", "rushed", "admitted", "flown"}


_EN_STAYING = {"remain", "remained", "remains", "were", "are", "was", "is"}


def _english_hospitalised(words: list[str], end: int) -> bool:
    """"six others were taken to hospital", "three people were rushed to hospital": the people after a number (up to
    two words) are the subject of a passive transfer to a hospital (English words); or still there after an attack
    ("eleven others remain in hospital", "another 12 people were still being treated"): the hurt, not the dead."""
    for k in range(end, min(len(words) - 1, end + 3)):
        if words[k] in ("were", "are") and words[k + 1] in _EN_TO_HOSPITAL:
            return "hospital" in words[k + 2 : k + 5] or "hospitals" in words[k + 2 : k + 5]
        if words[k] in _EN_STAYING:
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


def _english_care_predicate(rest: list[str]) -> bool:
    """The words after "were" tell a transfer to or stay in care: "taken / rushed / admitted / flown to hospital",
    "hospitalised", "treated for burns", "treated at a clinic", "[still] being treated", "in hospital"."""
    if rest[:1] and rest[0] in _EN_TO_HOSPITAL:
        return "hospital" in rest[1:5] or "hospitals" in rest[1:5] or "clinic" in rest[1:5]
    if rest[:1] and rest[0] in ("hospitalised", "hospitalized"):
        return True
    if rest[:2] in (["treated", "for"], ["treated", "at"], ["treated", "in"]):
        return True
    return _english_in_care(rest)


def english_care_subject(words: list[str]) -> int | None:
    """"Five labourers were taken to hospital", "six of whom were taken to hospital", "and eight were taken to hospital",
    "four of the women, including ..., were treated for fractures": the number nearest before a plural "were" (within
    twelve words, no other clause between) is the subject of a transfer to or stay in care: that many hurt (English
    pass 17). Not the dead taken to a morgue, not patients or players, not a number under two."""
    if not (_EN_DEAD_IN_CARE.isdisjoint(words) and _EN_NOT_HURT.isdisjoint(words)):
        return None
    for verb, word in enumerate(words):
        if word != "were" or not _english_care_predicate(words[verb + 1 : verb + 6]):
            continue
        for k in range(verb - 1, max(-1, verb - 1 - _EN_CARE_SUBJECT_REACH), -1):
            if words[k] in _EN_CARE_SUBJECT_STOPS:
                break
            parsed = parse_number(words, k)
            if parsed is not None and not _english_age_number(words, k):
                return parsed[0] if parsed[0] >= 2 and k + parsed[1] <= verb else None
    return None


def _english_age_number(words: list[str], k: int) -> bool:
    """"a 14-year-old boy", "aged 17", "a woman, 34,": the number at ``k`` is someone's age, no count."""
    return words[k + 1 : k + 2] in (["year"], ["years"]) or (k > 0 and words[k - 1] in ("aged", "age"))


_EN_CARE_STATES = frozenset({"intensive", "hospital", "critical", "serious", "stable"})
_EN_CARE_NEEDS = frozenset({"needed", "required", "received", "underwent"})
_EN_CARE_GIVEN = frozenset({"stitches", "surgery", "treatment"})


def _english_one_in_care(words: list[str]) -> bool:
    """"The husband is in intensive care", "the cameraman, 23, needed stitches": a sentence opening on one definite
    victim (an age may follow) who is in care or needed care is one hurt (English pass 17; the caller reads a care
    sentence only once the document reports a harm)."""
    if words[:1] != ["the"] or len(words) < 4 or not _english_single_before(words, 1):
        return False
    k = 2 + (words[2].isdigit())
    verb, rest = words[k], words[k + 1 : k + 3]
    if verb in ("is", "was", "remains"):
        return (rest[:1] == ["in"] and not _EN_CARE_STATES.isdisjoint(words[k + 2 : k + 4])) or rest == ["being", "treated"]
    return verb in _EN_CARE_NEEDS and rest[:1] != [] and rest[0] in _EN_CARE_GIVEN


def _english_another_hurt(words: list[str], trigger_at: dict[int, str]) -> bool:
    """"a volunteer was killed and another wounded": "and another" right before an injury word is one more hurt
    (English pass 17)."""
    return any(words[k - 1] == "and" and trigger_at.get(k + 1) == "injury"
               for k, word in enumerate(words[:-1]) if word == "another" and k > 0)


def _english_in_care(rest: list[str]) -> bool:
    """The words after "remain" / "were" tell a stay in care: "[still] in hospital", "[still] being treated"."""
    rest = rest[1:] if rest[:1] == ["still"] else rest
    return rest[:2] in (["in", "hospital"], ["being", "treated"]) or rest[:3] == ["in", "a", "hospital"]


# The person taken to hospital died there («نقل الشاب إلى المستشفى حيث فارق الحياة»): not one injured.
_DIED_THERE = {"فارق", "فارقت", "توفي", "توفيت", "وفاته", "وفاتها", "لفظ", "لفظت", "ميتا", "جثه", "جثته", "جثتها"}


_WHO_SINGULAR = {"الذي", "التي"}  # «الاعتداء على حارس المصنع الذي نقل إلى المستشفى»


_LYING = frozenset({"يرقد", "ترقد", "ويرقد", "وترقد"})
_INTENSIVE_CARE = frozenset({"العنايه", "المستشفي", "مستشفي", "الانعاش"})


def _victim_lying_in_care(words: list[str]) -> bool:
    """«مواطن يرقد في العناية الفائقة بعد إطلاق النار عليه», «يرقد الشاب في المستشفى»: one victim noun right before
    or after a singular «lies» with intensive care or a hospital within four words is one hurt (a sentence with
    a harm word only: the caller reads it there)."""
    if _LYING.isdisjoint(words):
        return False
    for index, word in enumerate(words):
        if word not in _LYING or not any(w in _INTENSIVE_CARE for w in words[index + 1 : index + 5]):
            continue
        near = words[index - 1 : index] + words[index + 1 : index + 2]
        if any(w in NAMED_VICTIMS or (w.startswith("ال") and w[2:] in _UNTITLED_VICTIMS) for w in near):
            return True
    return False


def _victim_taken_to_hospital(words: list[str]) -> bool:
    """«فيما نقل سائق الشاحنة إلى مستشفى مصراتة», «ونقل الطفل إلى مستشفى الأطفال»: one victim noun right after
    a transfer verb (or before it, a relative clause: «على حارس المصنع الذي نقل إلى المستشفى»), a hospital within
    six words, and no death there."""
    for index, word in enumerate(words[:-1]):
        if not word_forms(word) & _TAKEN:
            continue
        victim = words[index + 1]
        if index > 0 and words[index - 1] in _WHO_SINGULAR:
            victim = next((w for w in reversed(words[max(0, index - 4) : index - 1]) if w in NAMED_VICTIMS), victim)
        single = victim in NAMED_VICTIMS or (victim.startswith("ال") and (
            victim[2:] in _UNTITLED_VICTIMS or victim[2:] in ("مصاب", "جريح")))  # not «الضحية»: maybe dead
        if single and any(word_forms(w) & _HOSPITALS for w in words[index + 2 : index + 8]) and not any(
                word_forms(w) & _DIED_THERE for w in words[index + 2 :]):
            return True
    return False


# A sentence about the care of people who are not hurt by an event: patients, births, vaccination, sport.
_NOT_HURT = {"مريض", "مرضي", "المرضي", "مريضا", "ولاده", "الولاده", "حوامل", "لقاح", "اللقاح", "تطعيم", "التطعيم",
             "تلقيح", "التلقيح", "كورونا", "كوفيد", "فيروس", "لاعب", "اللاعب", "لاعبين", "مباراه", "المباراه", "الملاعب", "المنتخب", "فريق", "الفريق"}
# «خلال العام الماضي», «السنة الفارطة»: an earlier event.
_PAST_PERIODS = {"العام", "عام", "السنه", "سنه", "الشهر", "شهر", "الصيف", "الشتاء", "الربيع", "الخريف", "صيف", "شتاء"}
_PREVIOUSLY = {"سبق", "وسبق", "سبقت", "وسبقت"}  # «سبق أن أصيب شاب ...»: it happened before
_PAST = {"الماضي", "الماضيه", "الفارط", "الفارطه", "المنقضي", "المنقضيه"}
_PLUPERFECT = {"وكان", "وكانت", "كان", "كانت"}
_BEFORE_NOW = {"شهدت", "شهد", "سابقه", "سابق", "سابقا"}


_EN_EARLIER_SPANS = frozenset({"week", "month", "year", "spring", "summer", "autumn", "winter"})


def english_recalls_earlier(words: list[str]) -> bool:
    """"Last month a nine-year-old boy was wounded ...", "Last year's floods killed more than 300", "Earlier this year
    ...": a body sentence that opens on an earlier time recalls another event (English; read past the lead only)."""
    return (words[:1] == ["last"] and words[1:2] != [] and words[1] in _EN_EARLIER_SPANS) or (
        words[:2] == ["earlier", "this"] and words[2:3] != [] and words[2] in _EN_EARLIER_SPANS)


def earlier_event(words: list[str]) -> bool:
    """The sentence tells an earlier event, as background to the news: «خلال العام الماضي», «الصيف الماضي», «سبق أن
    أصيب», or a pluperfect opener with «witnessed» or «earlier» («وكانت المدينة شهدت مواجهات أسفرت عن إصابة 10
    أشخاص», «وكانت مواجهات سابقة قد أسفرت عن ...»). Not «الأحد الماضي»: the day of the news itself."""
    if any((word_forms(a) & _PAST_PERIODS and b in _PAST) or (a in _PREVIOUSLY and b == "ان") for a, b in pairwise(words)):
        return True
    return bool(words) and words[0] in _PLUPERFECT and any(w in _BEFORE_NOW for w in words[1:])


_RECALLED = {"الاذهان"}  # «يعيد الحادث إلى الأذهان»
_SIMILAR = {"مماثله", "مماثلا", "مماثلين"}  # «ضربات مماثلة»; not «وفي حادثة مماثلة مساء أمس» (a round-up's next story)
_EARLIER_ONES = {"حوادث", "جرائم", "وقائع", "مرات"}  # «حوادث سابقة»; with plurals in «ات»: «حالات سابقة»
_REMINDS = {"ذكر", "ذكرت", "تذكر", "يذكر", "مذكره", "مذكرا", "مذكرين"}  # «وتذكر هذه الاشتباكات بمواجهات ...»
_PAST_SPANS = {"السنوات", "الاعوام", "السنين", "الاشهر", "الشهور"}  # «خلال السنوات الماضية»
_WAR_TIME = {"خلال", "ابان", "اثناء"}  # «خلال حرب 2019-2020», «إبان الحرب»
_SINCE = {"منذ", "ومنذ"}
_YEAR_REACH = 4  # words from «منذ» or a birth word to the year they govern («منذ انسحاب ... في يونيو 2020»)


def recalls_earlier_event(words: list[str], published: date | None = None) -> bool:
    """A sentence of a long article that recalls an earlier event as background (issue 13, long articles): an
    earlier event as above, a recall («إلى الأذهان», «ضربات مماثلة», «حالات سابقة», «ذكّرت باغتيال ناشطات»), years
    back («خلال السنوات الماضية», «سبق للقيادة أن»), a war's time («خلال حرب»), or a year before the article's
    («في عام 2022» in 2026; not «منذ 2023»: a detention since then still lasts; not a birth year)."""
    if earlier_event(words) or _RECALLED.intersection(words):
        return True
    if _SIMILAR.intersection(words) and not _DATE_WORDS.intersection(words):
        return True
    plain = [w.removeprefix("و") for w in words]
    for k, word in enumerate(plain):
        later = plain[k + 1 : k + 1 + _YEAR_REACH]
        if word in _REMINDS and any(w.startswith("ب") and not w.startswith("بان") for w in later[:2]):
            return True
        if later[:1] == ["سابقه"] and (word.endswith("ات") or word in _EARLIER_ONES):
            return True  # «حالات سابقة», not «في سابقة خطيرة» (a precedent: the news itself)
        if (word in _PAST_SPANS and later[:1] and later[0] in _PAST) or (word in _PREVIOUSLY and "ان" in later):
            return True
        if word in _WAR_TIME and later[:1] and later[0] in ("حرب", "الحرب"):
            return True
        if _earlier_year(word, published) and not any(
                w in _SINCE or word_forms(w) & _BORN for w in plain[max(0, k - _YEAR_REACH) : k]):
            return True
    return False


def _earlier_year(word: str, published: date | None) -> bool:
    """A year before the article's; last year only from February on (a January article still tells December's
    news: «ليلة 31 ديسمبر 2025»)."""
    if published is None or len(word) != 4 or not word.isdigit():
        return False
    return 1900 < int(word) < published.year - (published.month == 1)


def since_earlier_year(words: list[str], published: date | None) -> bool:
    """«منذ 2011», «منذ مارس 2024» (the article of 2026): what lasts since then (a detention, a disappearance) is
    still the news; a killing «since 2011» is a tally of the past («الصحفيين الذين قتلوا في ليبيا منذ 2011»)."""
    plain = [w.removeprefix("و") for w in words]
    return any(w in _SINCE and any(_earlier_year(y, published) for y in plain[k + 1 : k + 1 + _YEAR_REACH])
               for k, w in enumerate(plain))


_CARE_WORDS = _TAKEN | _FIRST_AID | _RECEIVING | _RECEIVED
_CARE_ROOTS = ("نقل", "سعف", "تلق", "استقبل", "تحويل")  # a cheap test before word forms (every sentence)
_EN_CARE = frozenset({"hospital", "treated"})  # "eleven others remain in hospital", "were still being treated"


def care_counts(words: list[str]) -> dict[str, int]:
    """The injured of a sentence with no casualty word that tells of the victims' care («ونقل 5 أشخاص إلى
    المستشفى», «وتلقى 3 آخرون الإسعافات», «ونقل السائق إلى المستشفى»): the caller decides whether the document
    reports a casualty event they belong to. Nobody for patients, births, vaccination, sport or an earlier year."""
    if not _EN_CARE.intersection(words) and (
            not any(root in w for w in words for root in _CARE_ROOTS) or not any(word_forms(w) & _CARE_WORDS for w in words)):
        return {}
    if any(word_forms(w) & _NOT_HURT for w in words) or earlier_event(words):
        return {}
    injured = sentence_counts(words, {}).get("injured")
    return {} if injured is None else {"injured": injured}


_HEIGHTS = {"علو", "سطح", "شرفه", "طابق", "مرتفع", "جسر"}  # «سقوط 3 عمال من علو»: a fall, not a toll


def _numbered_people(words: list[str], at: int, *, of: bool) -> int | None:
    """A number at ``at`` before a plural person noun (``of``: also «من» and people, «3 من عناصر المجلس»)."""
    parsed = parse_number(words, at)
    if parsed is None:
        return None
    noun_at = at + parsed[1]
    if of and words[noun_at : noun_at + 1] == ["من"]:
        noun_at += 1
    if noun_at >= len(words) or not _plural_person(words[noun_at]):
        return None
    return None if of and any(word_forms(w) & _HEIGHTS for w in words[noun_at : noun_at + 5]) else parsed[0]


def _fallen(words: list[str], at: int) -> int | None:
    """The victims at ``at`` after «راح ضحيته»: a number before a person noun, a dual, or one singular victim."""
    if parse_number(words, at) is not None:
        return _numbered_people(words, at, of=False)
    if _dual_of_victim(words[at]):
        return 2
    return _victims_from(words, at) if _singular_victim(words[at]) and not _plural_of_victim(words[at]) else None


_DEATH_WORDS = {"مصرع", "حتف"}
# Death phrases whose subject stands between the verb and its noun: «لقي شاب حتفه», «فارق شاب الحياة».
_SPLIT_DEATHS = {**dict.fromkeys(_MET, frozenset(_DEATH_WORDS)),
                 **dict.fromkeys(("فارق", "فارقت", "فارقا", "فارقوا"), frozenset({"الحياه"}))}
# «إصابة عوني أمن», «أصيب عونا أمن»: the construct dual of «عون» (two agents of a force).
_FORCES = {"امن", "حرس", "شرطه", "ديوانه", "حمايه", "جيش", "سجون"}


def _construct_dual(words: list[str], at: int) -> bool:
    return at + 1 < len(words) and words[at] in ("عوني", "وعوني", "عونا", "وعونا") and bool(
        word_forms(words[at + 1]) & _FORCES)  # «أصيب عونا أمن»: the nominative


_OTHERS = {"واخر": 1, "واخران": 2}
_WOUND_PHRASES = ("بجروح", "باصابه", "باصابات", "بحروق", "بكسور", "برضوض")


def _others_hurt(words: list[str]) -> int:
    """More injured named by their wounds after a first count: «وآخر بجروح خطيرة», «وآخران بإصابات طفيفة»."""
    return sum(_OTHERS[w] for w, after in pairwise(words) if w in _OTHERS and after.startswith(_WOUND_PHRASES))


# companions and kin of the first hurt person (longest stems first: «شقيقت» before «شقيق»)
_COMPANIONS = ("زميل", "رفيق", "مرافق", "صديق", "شقيقت", "شقيق", "اخت", "زوجت", "ابنت")
_COMPANION_ONE = ("ه", "ها")  # «زميله»: his colleague
_COMPANION_TWO = ("اه", "يه", "اها", "يها")  # «زميلاه», «رفيقيه»: his two colleagues
_COMPANION_VERBS = frozenset({"تعرض", "تعرضت", "تعرضا", "نقل", "نقلت", "اصيب", "اصيبت", "اصيبا"})
_FIRST_HURT = frozenset({"اصيب", "اصيبت", "باصابه", "لاصابه", "بجروح"})


def _companion_value(word: str, stems: tuple[str, ...] = _COMPANIONS) -> int:
    """1 for a possessed companion («زميله», «رفيقها»), 2 for a possessed dual («زميلاه», «مرافقيه»), else 0: the
    ending after the first of ``stems`` the word opens with."""
    stem = next((stem for stem in stems if word.startswith(stem)), None)
    return 0 if stem is None else _companion_tail(word[len(stem) :])


def _companions_hurt(words: list[str]) -> int:
    """Companions or kin of a first hurt person told hurt or taken to care after her in the same sentence («أصيب
    بكسور ونقل إلى المستشفى، فيما تعرض زميلاه لرضوض», «أصيب برضوض ونقل زميله إلى المستشفى لإصابته», «أصيبت في
    الوجه، كما أصيبت أختها في الفم»): an assault's group told person by person; each is another hurt (a possessed
    companion is someone else than the one first hurt).
    Only after a first hurt word; «تعرض» needs a wound after it, «نقل» a hospital or treatment."""
    first = next((k for k, w in enumerate(words) if _strip_and(w) in _FIRST_HURT), None)
    if first is None:
        return 0
    added = 0
    for k in range(first + 1, len(words) - 1):
        verb = _strip_and(words[k].removeprefix("ف"))
        value = _companion_value(words[k + 1]) if verb in _COMPANION_VERBS else 0
        if not value:
            continue
        rest = words[k + 2 : k + 8]
        if verb.startswith("تعرض") and not any(w.startswith(("ل", "ب")) and _WOUND_RE.search(w) for w in rest[:2]):
            continue
        if verb.startswith("نقل") and not any(word_forms(w) & (_HOSPITALS | _TREATMENT) for w in rest):
            continue
        added += value
    return added


_HURT_PASSIVES = frozenset({"اصيب", "اصيبت"})
# a pilot's or a driver's assistant («مساعده») beside the companions, only in ``_companion_hurt_after_death``:
# elsewhere «مساعده» is also the noun "aid" («مساعدة») once normalised
_DEATH_COMPANIONS = (*_COMPANIONS, "مساعد")


def _companion_hurt_after_death(words: list[str]) -> int:
    """«لقي طيار مصرعه وأصيب مساعده بكسور»: after a death, «أصيب» + a possessed companion with a wound told right after
    is someone hurt beside the dead (1, or 2 for a dual) though no victim noun names him (Arabic pass tune38)."""
    for k in range(len(words) - 2):
        if _strip_and(words[k]) not in _HURT_PASSIVES | {"اصيبا"}:
            continue
        value = _companion_value(words[k + 1], _DEATH_COMPANIONS)
        if value and any(w.startswith("ب") and _WOUND_RE.search(w) for w in words[k + 2 : k + 4]):
            return value
    return 0


def _companion_tail(rest: str) -> int:
    """2 for a possessed dual's ending («اه», «يه»), 1 for a possessed singular's («ه», «ها»), else 0."""
    return 2 if rest in _COMPANION_TWO else 1 if rest in _COMPANION_ONE else 0


_PAIR_ONE = frozenset({"احدهما", "احداهما"})


def _one_of_another_pair(words: list[str], first: int) -> int:
    """«أصيب ثلاثة منهم في الرجل، فيما تبين أن اثنين منهم دون وثائق وقد أصيب أحدهما»: «one of the two» hurt after a
    first count that is not two belongs to another pair, one more (after a count of two, «أصيب اثنان ... أحدهما
    بجروح خطيرة», it is one of them)."""
    if first == 2 or _PAIR_ONE.isdisjoint(words):
        return 0
    return sum(1 for verb, one in pairwise(words) if one in _PAIR_ONE and _strip_and(verb) in _HURT_PASSIVES)


def _hurt_by_number(words: list[str], first: int) -> int:
    """A second number of injured named by their wounds, after the first count's own wounds: «أصيب ثلاثة أشخاص بجروح
    طفيفة واثنان بجروح خطيرة» = 5. Only when the number before it is the first count (``first``): «إصابة 5 أشخاص
    بجروح متفاوتة، ثلاثة بجروح طفيفة واثنان بجروح خطيرة» breaks the five down and adds nothing."""
    if not any(b.startswith(_WOUND_PHRASES) and a.startswith("و") for a, b in pairwise(words)):
        return 0  # most sentences: no «و» word right before a wound phrase
    previous = None  # the last number read before «و» and its wounds
    for k in range(len(words) - 1):
        parsed = parse_number(words, k)
        if parsed is None:
            continue
        value, used = parsed
        wounded = any(w.startswith(_WOUND_PHRASES) for w in words[k + used : k + used + 3])
        if words[k].startswith("و") and previous is not None and words[k + used : k + used + 1] and (
                words[k + used].startswith(_WOUND_PHRASES)):
            return value if previous == first else 0
        previous = value if wounded else None
    return 0


_ALL_ABOARD = {"ركابها", "ركابه", "جميعهم", "جميعا", "كلهم", "جميع", "كافه"}


_EXPOSED_ALL = {"تعرضوا", "تعرضن", "تعرضا"}  # «وقد تعرضوا لإصابات متفاوتة الخطورة»


def _all_carried(words: list[str], trigger_at: dict[int, str]) -> dict[str, int]:
    """A vehicle's load of people all harmed: «حافلة تقل 20 مسافرا ... أصيب جميع الركاب», «وأصيب ركابها»,
    «أصيبوا جميعا», «كانت السيارة تقل 4 أشخاص، وقد تعرضوا لإصابات» (a plural verb with no number of its own). The
    number after «تقل/يقل/على متنها» is no count by itself (``_trigger_before``); it is when a trigger after it
    names all of them."""
    load = carried_load(words)
    if load is None:
        return {}
    carried, start = load
    for k in range(start, len(words)):
        if _SLOTS.get(trigger_at.get(k, "")) and (
                any(_strip_and(w) in _ALL_ABOARD for w in words[k + 1 : k + 3]) or _group_hurt(words, k)):
            return {_SLOTS[trigger_at[k]]: carried}
    return {}


_THEY = {"هم", "وهم", "هما", "وهما", "هن", "وهن"}  # not «منهم», «بينهم»: part of the victims
_LIST_REACH = 6  # words from the trigger (or «المصابون») to «هم»
_RANK_WORDS = SINGULAR_VICTIMS | {"وكيل"}  # «وكيل» is a Tunisian police rank in a list of the hurt


def _listed_victims(words: list[str], trigger_at: dict[int, str]) -> dict[str, int]:
    """Victims listed one by one after «هم» or «كل من» that closely follows a trigger («أصيب أعوان أمن، وهم رقيب
    ووكيل وعريف», «والمصابون هم الرقيب محمد والعريف علي والوكيل سامي», «وهم محمد (25 سنة) وعلي (30 سنة)»): one per
    person noun or rank that opens the list or follows «و», or one per age; only a list of two or more, of the
    trigger's kind."""
    for at, word in enumerate(words):
        if word not in _THEY and not (word == "من" and at > 0 and words[at - 1] == "كل"):
            continue  # «وهم رقيب ووكيل», «أصيب كل من السائق ومرافقه وطفل»
        kind = next((trigger_at[t] for t in range(at - 1, max(-1, at - 1 - _LIST_REACH), -1) if t in trigger_at), None)
        if _SLOTS.get(kind or "") is None:
            continue
        items = ages = 0
        for k in range(at + 1, min(len(words), at + 24)):
            word_k = words[k]
            opens = k == at + 1 or (word_k.startswith("و") and len(word_k) > 3)
            stem = word_k[1:] if k > at + 1 else word_k
            if opens and (word_forms(stem) & _RANK_WORDS or (stem.startswith("ال") and stem[2:] in _RANK_WORDS)):
                items += 1
            if word_k.isdigit() and k + 1 < len(words) and words[k + 1] in YEAR_WORDS:
                ages += 1  # «وهم محمد (25 سنة) وعلي (30 سنة)»: one age per person named
        if max(items, ages) >= 2:
            return {_SLOTS[kind or ""]: max(items, ages)}
    return {}



def _carries(words: list[str], k: int) -> bool:
    """The word at ``k`` says a vehicle carries people («حافلة تقل», «على متنها»), not «لا يقل عن» (at least)."""
    return words[k] in _CARRYING and (k == 0 or words[k - 1] not in ("لا", "ما"))


def carried_load(words: list[str]) -> tuple[int, int] | None:
    """(how many, the index after them) of the people a vehicle carries: «حافلة تقل 20 عاملا», «على متنها 4
    أشخاص» (not «لا يقل عن»: at least)."""
    if _CARRYING.isdisjoint(words):
        return None  # a cheap test first: this runs on every sentence
    for k, word in enumerate(words[:-1]):
        if _carries(words, k):
            parsed = parse_number(words, k + 1)
            noun_at = k + 1 + parsed[1] if parsed else len(words)
            if parsed and noun_at < len(words) and (_plural_person(words[noun_at]) or _singular_victim(words[noun_at])):
                return parsed[0], noun_at + 1
            return None
    return None


def _group_hurt(words: list[str], k: int) -> bool:
    """The trigger at ``k`` is told of a group already named, with no number of its own: a plural verb («وقد
    أصيبوا بجروح») or «تعرضوا» before it («وقد تعرضوا لإصابات متفاوتة الخطورة»)."""
    verb = _strip_and(words[k])
    plural = (verb.endswith("وا") and len(verb) > 4) or any(_strip_and(w) in _EXPOSED_ALL for w in words[max(0, k - 2) : k])
    return plural and not any(parse_number(words, j) for j in range(k + 1, min(len(words), k + 4)))


_HURT_WORDS = ("اصاب", "اصيب", "جروح", "جرح")  # a cheap test: most sentences hold none


def load_hurt(words: list[str]) -> bool:
    """A sentence telling that the people of a vehicle named in the sentence before were hurt, with no number of
    its own: «كانت الحافلة تقل 20 عاملا. وقد أصيبوا بإصابات متفاوتة الخطورة»."""
    return any(any(h in word for h in _HURT_WORDS) and _group_hurt(words, k) for k, word in enumerate(words))


_EN_ADVERBS = {"also", "badly", "seriously", "critically", "fatally", "severely", "reportedly", "slightly", "lightly"}
_EN_PRONOUNS = {"he", "she", "who"}


def _english_single(words: list[str], index: int, slot: str, found: dict[str, int]) -> bool:
    """English: one victim told by a singular verb ("X was beaten", "Ali Salem was also shot in the arm") or by a
    singular victim noun right before the trigger ("a Sudanese worker died"). Not "he was beaten" after a killing
    in the sentence: the one beaten is the dead. English sentences only."""
    if _english_single_object(words, index):
        return True
    if index == 0:
        return False
    k = index - 1 - (words[index - 1] in _EN_ADVERBS or words[index - 1] == "found")  # "was found stabbed to death"
    if k >= 0 and words[k] == "was":
        return not (slot == "injured" and "killed" in found and k > 0 and words[k - 1] in _EN_PRONOUNS)
    if _english_listed_among(words, k):
        return False
    return _english_single_before(words, k) or _english_single_sufferer(words, index)
    # "his younger brother seriously injured", "his cousin seriously injured"


_EN_AMONG_REACH = 6  # "among them four women and a child": from "among" to the last one listed


def _english_listed_among(words: list[str], k: int) -> bool:
    """"Eleven migrants, among them four women and a child, drowned": the one right before the verb closes a list of
    those among the victims, no single victim; the total before the list counts them (English pass 12)."""
    return any(words[j] in ("among", "including") for j in range(max(0, k - _EN_AMONG_REACH), k))


_EN_WOUND_ADJECTIVES = frozenset({"minor", "serious", "severe", "critical", "light", "slight", "shrapnel", "burn",
                                  "head", "gunshot", "multiple"})


def _english_single_sufferer(words: list[str], index: int) -> bool:
    """"His cousin, aged 14, suffered leg injuries", "a guard sustained serious wounds": one singular victim (past an
    age told beside him) as the subject of "suffered" / "sustained" before the wound (English pass 12)."""
    k = index - 1
    while k >= 0 and (words[k] in EN_BODY_PARTS or words[k] in _EN_WOUND_ADJECTIVES):
        k -= 1
    if k < 1 or words[k] not in _EN_SUFFERED:
        return False
    k -= 1
    if k >= 1 and words[k - 1] == "aged" and words[k].isdigit():
        k -= 2  # ", aged 14,": the age beside the victim
    return _english_single_before(words, k)


_EN_ARTICLES = {"a", "an", "the"}


def _english_single_object(words: list[str], index: int) -> bool:
    """"gunmen shot dead lawyer Huda Saleh", "killed a shepherd": one singular victim right after the trigger (its
    title before a name, or past an article); a number or a plural there is counted by the count rules first."""
    j = _english_object_at(words, index)
    return j is not None and (words[j + 1 : j + 2] != ["and"] or _victims_from(words, j) == 2) or (
        _english_one_shot_in_body(words, index))


EN_BODY_PARTS = frozenset({"thigh", "leg", "legs", "head", "chest", "arm", "arms", "back", "shoulder", "stomach",
                           "abdomen", "neck", "foot", "feet", "hand", "hands", "face", "knee", "eye"})
_EN_WOUNDING = frozenset({"shooting", "shot", "stabbing", "stabbed", "wounding", "wounded", "hitting", "hit"})


def _english_one_shot_in_body(words: list[str], index: int) -> bool:
    """"shooting a security guard in the leg", "stabbing a shop owner in the back": one person ("a / an" and up to
    two words) wounded in a body part; whoever it is, the wound on one body tells one injured (English words)."""
    if words[index] not in _EN_WOUNDING or words[index + 1 : index + 2] not in (["a"], ["an"]):
        return False
    for k in range(index + 3, min(len(words) - 2, index + 5)):
        if words[k] == "in" and words[k + 1] in ("the", "his", "her") and words[k + 2] in EN_BODY_PARTS:
            return not {"and", "of"}.intersection(words[index + 2 : k])
    return False


def _english_object_at(words: list[str], index: int) -> int | None:
    """Where a singular victim right after an English trigger is ("killed a shepherd", "wounded her colleague")."""
    j = index + 1 + (words[index + 1 : index + 2] == ["dead"])
    if words[j : j + 1] != [] and words[j] in _EN_POSSESSIVES:  # "and wounded her colleague": one of the victim's kin
        return j + 1 if j + 1 < len(words) and _english_single_before(words, j + 1) else None
    j += words[j : j + 1] != [] and words[j] in _EN_ARTICLES
    return j if j < len(words) and words[j] in SINGULAR_VICTIMS else None


_EN_POSSESSIVES = {"his", "her", "their"}
_EN_KIN = {"nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother",
           "friend", "colleague", "neighbour", "neighbor", "companion", "passenger", "relative", "fiancee", "fiance"}


def _english_single_before(words: list[str], k: int) -> bool:
    """A singular victim noun at ``k``, with "a / an / the" or an adjective before it ("a father", "a young mother")."""
    return k >= 0 and (words[k] in SINGULAR_VICTIMS or words[k] in _EN_KIN)


def _english_joined_before(words: list[str], index: int) -> int:
    """"a father and his two daughters", "a mother and her three sons": the one named before "and his / her" the
    number is one more victim (English)."""
    if index >= 3 and words[index - 1] in _EN_POSSESSIVES and words[index - 2] == "and" and _english_single_before(
            words, index - 3):
        return 1
    # "beat a doctor and two nurses", "killed a shepherd and three boys": one named with an article before "and"
    if index >= 3 and words[index - 1] == "and" and words[index - 3] in _EN_ARTICLES and _english_single_before(
            words, index - 2):
        return 1
    return _english_kin_joined_before(words, index)


_EN_JOINED_SINGLE_REACH = 3  # "and a young Bangladeshi man": the article, up to two words, the noun


def _english_single_joined_after(words: list[str], people_end: int) -> int | None:
    """"3 Egyptian workers and a Bangladeshi man injured": one victim with "a / an" joined by "and" right after a
    number's people shares their verb; the index after that victim's noun (where the verb is looked for), else None
    (English pass 17)."""
    if words[people_end : people_end + 1] != ["and"] or words[people_end + 1 : people_end + 2] not in (["a"], ["an"]):
        return None
    for k in range(people_end + 2, min(len(words), people_end + 2 + _EN_JOINED_SINGLE_REACH)):
        if _english_single_before(words, k):
            return k + 1
    return None


def _english_kin_joined_before(words: list[str], index: int) -> int:
    """"his wife and three young children wounded", "her husband and two sons": one kin of someone named by "his / her"
    before "and" the number is one more victim (English pass 17: the family told kin by kin)."""
    return int(index >= 3 and words[index - 1] == "and" and words[index - 3] in _EN_POSSESSIVES
               and _english_single_before(words, index - 2))


def _english_pair_found_dead(words: list[str], index: int) -> bool:
    """"rescuers found a woman and an infant dead": two singular victims, each with "a / an", joined by "and" right
    before "dead" (English words)."""
    return words[index] == "dead" and _articled_pair(words, index - 1, _EN_INDEFINITE)


_EN_INDEFINITE = frozenset({"a", "an"})


def _articled_pair(words: list[str], second: int, articles: frozenset[str] | set[str]) -> bool:
    """"a woman and a child", "the driver and a passenger": two singular victims joined by "and", each after one of
    ``articles``, the second victim's noun at ``second``."""
    return (second >= 4 and words[second - 1] in articles and words[second - 2] == "and"
            and words[second - 4] in articles and _english_single_before(words, second)
            and _english_single_before(words, second - 3))


def _english_pair(words: list[str], index: int) -> bool:
    """"a woman and her teenage son were injured", "a farmer and his young nephew were wounded": two singular victims
    joined by "and his / her", subject of a plural passive (English sentences only)."""
    k = index - 1 - (index > 1 and words[index - 1] in _EN_ADVERBS)
    if k < 4 or words[k] != "were":
        return False
    second = k - 1
    if not _english_single_before(words, second):
        return False
    for j in range(second - 1, max(-1, second - 4), -1):  # past up to two adjectives ("her teenage son")
        if words[j] in _EN_POSSESSIVES:
            return words[j - 1 : j] == ["and"] and _english_single_before(words, j - 2)
    return _articled_pair(words, second, _EN_ARTICLES)  # "a woman and a child were killed"


_EN_MORE = {"other", "more", "further", "additional"}
_EN_OF_OWNERS = {"the", "his", "her", "their", "its"}
_EN_GROUPS = {"group", "them", "victims", "family", "crew", "passengers"}
# adjectives between a number and its people ("two teenage sons", "three young men"): age and state, never a force
_EN_PEOPLE_ADJECTIVES = {"teenage", "young", "little", "small", "elderly", "old", "unarmed", "innocent", "adult",
                         # "Eleven Libyan medical students", "four foreign workers" (English pass 9)
                         "medical", "university", "school", "foreign", "local", "female", "male", "migrant",
                         # "three captured fighters ... being shot dead": a state, the captives' (English pass 12)
                         "captured", "detained", "bound", "blindfolded", "fuel",  # "four fuel smugglers"
                         # a trade's noun before its people ("three truck drivers", "two aid workers"; English pass 14)
                         "truck", "lorry", "taxi", "bus", "aid", "construction", "farm"}


# nationalities of Libya's southern neighbours and migrants that are no country cue (a cue would weigh a border
# clash's Chadian rebels for Chad in the in-Libya decision): here they only qualify people ("Nine Chadian soldiers")
_EN_MORE_NATIONALITIES = frozenset({"chadian", "nigerien", "nigerian", "malian", "eritrean", "ethiopian", "somali",
                                    "bangladeshi", "ghanaian", "gambian", "senegalese", "guinean", "ivorian"})


def _english_nationality(word: str) -> bool:
    """"Egyptian", "Sudanese": a nationality adjective between a number and its people ("two Egyptian workers")."""
    return word.isascii() and (word.lower() in _EN_MORE_NATIONALITIES or adjective_country(word) is not None)


def _english_people_after(words: list[str], end: int) -> int | None:
    """English people after a number, past "other" / "more" ("five other members", "three more people") or as a
    part ("two of his companions", "three of the group", "four of them"): the index of the people noun."""
    k = end
    if k < len(words) and words[k] in _EN_MORE:
        k += 1
    if k < len(words) and (words[k] in _EN_PEOPLE_ADJECTIVES or _english_nationality(words[k])):
        k += 1
        if k < len(words) and (_english_nationality(words[k]) or words[k] in _EN_PEOPLE_ADJECTIVES):
            k += 1  # "two young Sudanese men", "eleven Libyan medical students"
    elif k < len(words) and words[k] == "of":
        k += 1 + (k + 1 < len(words) and words[k + 1] in _EN_OF_OWNERS)
        if k < len(words) and words[k] in _EN_GROUPS:
            return k
    if k == end or k >= len(words):
        return None
    return k if _plural_person(words[k]) else None


def _english_skip_of(words: list[str], k: int) -> int:
    """Past "of their family" / "of one family", "by" of "passers-by", and a part named after them ("including three
    children"): what qualifies English people before their verb."""
    if words[k : k + 1] == ["by"]:
        return k + 1
    if words[k : k + 1] == ["of"] and k + 2 < len(words) and words[k + 1] in _EN_OF_OWNERS | {"one"} and words[k + 2] in (
            "family", "families", "group", "crew", "household"):
        k += 3
    if words[k : k + 1] == ["including"] and (part := parse_number(words, k + 1)) is not None:
        people = k + 1 + part[1]
        if people < len(words) and _plural_person(words[people]):
            return people + 1
    if words[k : k + 1] == ["including"]:
        return _english_bare_groups_end(words, k + 1) or k
    return k


def _english_bare_groups_end(words: list[str], k: int) -> int | None:
    """"including women and children": bare plural people named as a part of the counted (no number of their own),
    past which the count's verb follows; where they end, or None."""
    if not (k < len(words) and _plural_person(words[k])):
        return None
    k += 1
    if words[k : k + 1] == ["and"] and k + 1 < len(words) and _plural_person(words[k + 1]):
        k += 2
    return k


# "21 others are missing", "13 others were rescued": people not killed or hurt (English words)
_EN_NOT_CASUALTIES = {"missing", "unaccounted", "rescued", "survived", "saved", "evacuated", "released", "freed"}


def _english_not_casualties(words: list[str], start: int) -> bool:
    """"21 others are missing", "13 others were rescued": people after a number who were saved or are missing; not
    "the bodies of six migrants and rescued 11" (the rescue verb after "and" has its own object)."""
    start = _english_skip_of(words, start)
    if words[start : start + 1] == ["and"] and words[start + 1 : start + 2] and words[start + 1] in _EN_NOT_CASUALTIES:
        return False
    return bool(_EN_NOT_CASUALTIES.intersection(words[start : start + 3]))


def _trigger_before(words: list[str], index: int, trigger_at: dict[int, str], person_after: bool) -> str | None:
    distance, k = 0, index - 1
    while k >= 0 and distance < 4:
        if _carries(words, k):
            return None
        if word_forms(words[k]) & _RESCUED:
            return None  # «وفاة شخصين وإنقاذ 20 آخرين»: the number after a rescue counts the saved
        if trigger_at.get(k) in _SLOTS:
            if k > 0 and words[k].startswith("و") and trigger_at.get(k - 1) in _SLOTS and trigger_at[k - 1] != trigger_at[k] \
                    and not _closed_death_phrase(words[k - 1]):
                return None  # «مقتل وإصابة 1115»: one total for both kinds, not a count of either
            return trigger_at[k] if (distance <= 1 or person_after) else None
        if words[k] not in FILLERS and words[k] not in _DATE_WORDS:  # «أصيب صباح اليوم 10 أشخاص»
            distance += 1
        k -= 1
    return None


def _closed_death_phrase(word: str) -> bool:
    """«لقي عون حرس حتفه وأصيب اثنان»: «حتفه» / «مصرعهم» with their pronoun close the killing's clause, so the
    number after the next trigger is that trigger's alone."""
    if word.endswith("وا") and len(word) > 4:
        return True  # «ثلاثة مهاجرين قتلوا وأصيب خمسة آخرون»: the plural verb has its subject before it
    if _strip_and(word) in _DUAL_DEATH_VERBS:
        return True  # «عنصرين من الحرس قتلا وأصيب ثلاثة آخرون»: so has the dual verb
    return any(form != stem and form.startswith(stem) for form in clitic_variants(word) for stem in _DEATH_WORDS)


_EN_AUXILIARIES = frozenset({"were", "was", "been", "are", "is", "have", "has", "had"})  # "two men have died"
# "four civilians suffered shrapnel wounds", "were treated for injuries": the people's wounds, told by a verb of theirs
_EN_SUFFERED = frozenset({"suffered", "sustained"})
# the plural auxiliaries of a passive or a perfect whose subject is a number of people ("were killed", "have died")
_EN_PLURAL_AUXILIARIES = frozenset({"were", "have", "had"})


def _trigger_after(words: list[str], start: int, trigger_at: dict[int, str]) -> str | None:
    """"three civilians were killed", «3 مدنيين قتلوا»: the trigger right after the noun or after an auxiliary
    ("two fighters of the 444 Brigade were killed": numbers inside names do not stop the search)."""
    # past what qualifies the noun: «3 أعوان أمن أصيبوا», «تعرض 4 أعوان أمن إلى إصابات»
    while start < len(words) and start not in trigger_at and (_qualifier(words[start]) or words[start] == "الي"):
        start += 1
    if words[start : start + 2] == ["علي", "الاقل"]:
        start += 2  # «ثلاثة مهاجرين على الأقل أصيبوا»: "at least" between the people and their verb
    apposition = start < len(words) and words[start] in _APPOSITIONS
    for k in range(start, min(len(words), start + _apposition_reach(words, start, trigger_at))):
        if k == start and words[k].startswith("و"):
            return None  # «إنقاذ 60 مهاجرا وانتشال جثث 5»: «و» opens the next clause and its own victims
        if trigger_at.get(k) in _SLOTS:
            return trigger_at[k] if k == start or apposition or words[k - 1] in _EN_AUXILIARIES or (
                words[k - 2 : k] in (["were", "also"], ["was", "also"])) or (  # "two others were also hurt"
                words[k - 1] in _EN_SUFFERED) or words[k - 2 : k] == ["treated", "for"] or (
                words[k - 1] == "being") else None  # "shows three captives being shot dead" (English pass 12)
    return None


_EN_SUBJECT_OPENERS = frozenset(_EN_HEDGES | {"a", "an", "the", "at", "more", "family", "of"})
_EN_SUBJECT_REACH = 15
# a verb of the people themselves before any casualty verb: they are the speakers or the actors, not the victims
_EN_SUBJECT_VERBS = frozenset({"said", "say", "says", "told", "tell", "tells", "described", "reported", "added",
                               "saw", "witnessed", "found", "fled"})


def _english_sentence_subject(words: list[str], index: int) -> bool:
    """The number opens the sentence ("Four children ...", "At least six people ...", "A family of five ..."): its
    people are the subject of the sentence's first verb (English)."""
    return all(w in _EN_SUBJECT_OPENERS for w in words[:index])


def _english_subject_trigger(words: list[str], start: int, trigger_at: dict[int, str]) -> str | None:
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


def _among_the_whole(words: list[str], index: int) -> bool:
    """"two children were among five people wounded": after "were / was among" the number is the whole toll (English),
    not a part of the people before it."""
    return words[index - 1] == "among" and index > 1 and words[index - 2] in ("were", "was", "are", "is")


_APPOSITION_REACH = 9  # "Eleven migrants, among them four women and a child, drowned" (English pass 12)
_EN_APPOSITIONS = frozenset({"among", "including"})


def _apposition_reach(words: list[str], start: int, trigger_at: dict[int, str]) -> int:
    """How far the verb of a counted subject may be: further past an English list of those among them ("Eleven
    migrants, among them four women and a child, drowned"), when no trigger came before the subject (not "killed
    at least 30 civilians, among them women, in an attack": the list closes the object) (English pass 12)."""
    if start < len(words) and words[start] in _EN_APPOSITIONS and not any(k < start for k in trigger_at):
        return _APPOSITION_REACH
    return 7


# «20 شخصا بينهم أطفال ونساء قتلوا»: who the victims were, between the number and its trigger.
_APPOSITIONS = {"بينهم", "منهم", "معظمهم", "اغلبهم", "غالبيتهم", "including", "among", "mostly"}
# «إنقاذ 43 مهاجرا من الغرق بينهم 8 نساء»: a number after these counts part of the people before it, never a toll
# of its own (not «منهم»: «قتل منهم 3» is three of them killed).
_PART_OF = _APPOSITIONS - {"منهم", "mostly"} | {"بينهن"}


def _share_of_cases(words: list[str], index: int, trigger_at: dict[int, str]) -> bool:
    """«استقبل عشرات الحالات، منها سبع إصابات بالرصاص»: a number after «منها» is a share of what came before (not
    «عائلة قتل منها ثلاثة»: a verb of harm right before «منها» counts its victims; Libyan outlets pass 2)."""
    return index > 0 and words[index - 1] == "منها" and (index - 2) not in trigger_at


def _victim_after(words: list[str], index: int) -> int | None:
    """Where the word after a trigger is, past its means and «على» («اعتداء بالسكاكين على طالبة» gives «طالبه»)."""
    k = index + 1
    reach = index + 4
    if _event_before_subject(words, index):
        k, reach = index + 3, index + 6  # «وأصيب في الهجوم سائق السيارة ومرافقه»: past the event
    while k < min(len(words), reach) and (words[k] in _MEANS_SKIP or words[k].startswith("بال")):
        k += 1
    return k if k < min(len(words), reach) else None


_EVENT_PREPOSITIONS = {"في", "خلال", "جراء"}
# The event named between a passive and its subject (not «الطعن في الحكم أمام المحكمة»: an appeal)
_HARM_EVENTS = {"الهجوم", "الحادث", "الحادثه", "الانفجار", "الاشتباكات", "المواجهات", "القصف", "الاعتداء", "الحريق",
                "التفجير", "الكمين", "الاصطدام", "الانقلاب", "الغاره", "الشجار", "الاشتباك"}


def _event_before_subject(words: list[str], index: int) -> bool:
    """«أصيب في الهجوم سائق», «توفي في الحادث شاب»: a definite event between a passive and its victim subject."""
    return index + 3 < len(words) and words[index + 1] in _EVENT_PREPOSITIONS and words[index + 2] in _HARM_EVENTS and (
        _singular_victim(words[index + 3]) or _dual_of_victim(words[index + 3]))


_AGE_NOUNS = {"عمره", "عمرها"}


def _past_age(words: list[str], at: int) -> int:
    """The victim's last token at ``at``, or the last of an age told after it («امرأة في الثلاثينات من عمرها»,
    «طفلة في السابعة من عمرها»): the kin joined after the age are the same victims' ("her two children")."""
    if words[at + 1 : at + 2] == ["في"] and words[at + 3 : at + 4] == ["من"] and words[at + 4 : at + 5] and (
            words[at + 4] in _AGE_NOUNS):
        return at + 4
    return at


def _victims_from(words: list[str], at: int) -> int:
    """One singular victim at ``at``, two when another is joined to it by «و» within three words
    («مقتل ضابط وجندي», «إصابة سيدة فلسطينية وابنها»), past an age told of the first."""
    last = _past_age(words, at)
    for k in range(last + 1, min(len(words), last + 4)):
        if words[k] == "and" and k + 1 < len(words):  # "a journalist and his son"
            joined = words[k + 2] if words[k + 1] in ("his", "her", "a", "an") and k + 2 < len(words) else words[k + 1]
            return 2 if joined in SINGULAR_VICTIMS or joined in _EN_KIN else 1  # "a girl and her grandfather"
        if words[k].startswith("و") and len(words[k]) > 2:
            joined = words[k][1:]
            counted = _number_after_noun(words, k + 1)
            if counted is not None and (_plural_person(joined) or _plural_of_victim(joined) or counted[1]):
                return 1 + counted[0]  # «إصابة عون أمن ومواطنين اثنين» = 3, «مقتل شاب ومرافقيه الثلاثة» = 4
            if _dual_of_victim(joined) or _possessed_dual(joined):
                return 3  # «قتل صياد وعنصران», «قتلت امرأة وطفلاها»
            escort = parse_number([joined], 0)
            if escort is not None and words[k + 1 : k + 2] == ["من"] and joined not in ("احد", "احدي"):
                return 1 + escort[0]  # «مقتل آمر الكتيبة واثنان من مرافقيه» = 3
            return 2 if _singular_victim(joined) or word_forms(joined) & _JOINED_KIN else 1
    return 1


_JOINED_KIN = {"نجل"}  # «أصيب قاض ونجله»: a son only joined to a victim (alone, «نجل العودة قال» names a speaker)


def _number_after_noun(words: list[str], at: int) -> tuple[int, bool] | None:
    """(value, definite) of a number word that follows its noun («مواطنين اثنين», «مرافقيه الثلاثة»); digits
    come before their noun, so «طفل 12 عاما» gives none."""
    if at >= len(words) or words[at].isdigit() or words[at].startswith("و"):
        return None
    definite = _definite_number(words, at)
    if definite is not None:
        return definite[0], True
    parsed = parse_number(words, at)
    return (parsed[0], False) if parsed is not None and words[at] not in ("واحد", "واحده") else None


def _possessed_dual(word: str) -> bool:
    """«طفلاها», «ابنيه»: a dual with its «ن» dropped before a pronoun («her two children», «his two sons»); a
    feminine one keeps the «ت» of its singular («ابنتاها», «ابنتيه»: two daughters)."""
    for end in ("اهما", "اها", "اه", "اهم", "يهما", "يها", "يه", "يهم"):
        stem = word[: -len(end)]
        if word.endswith(end) and (stem in SINGULAR_VICTIMS or (stem.endswith("ت") and stem[:-1] + "ه" in SINGULAR_VICTIMS)):
            return True
    return False


# Plural casualty nouns: with no number they stay unknown (never 1).
_BARE_PLURALS = {"قتلي", "جرحي", "ضحايا", "مصابين", "مصابون", "اصابات", "جثث", "موتي", "شهداء", "الشهداء", "casualties",
                 "victims", "dead", "wounded", "injured"}
# Nisbas that name one person of a people or community on their own («مقتل تونسي», «استشهاد فلسطيني»). Only
# these: a surname ends in «ي» as well («مقتل خاشقجي», «قتل سليماني», «اغتيال مرسي» in commentary on an old
# killing), and so do adjectives of the trigger («إعدام ميداني», «قتل جماعي»).
_PEOPLE_NISBAS = {"ليبي", "تونسي", "مصري", "جزائري", "مغربي", "موريتاني", "سوداني", "تشادي", "نيجري", "نيجيري",
                  "سوري", "عراقي", "يمني", "فلسطيني", "اسرائيلي", "لبناني", "اردني", "سعودي", "اماراتي", "قطري", "كويتي",
                  "بحريني", "عماني", "ايراني", "تركي", "افغاني", "باكستاني", "هندي", "بنغالي", "امريكي", "اميركي",
                  "بريطاني", "فرنسي", "الماني", "ايطالي", "اسباني", "مالطي", "يوناني", "روسي", "اوكراني", "صيني",
                  "ياباني", "كوري", "صومالي", "اثيوبي", "اريتري", "كيني", "سنغالي", "غاني", "ايفواري", "كاميروني",
                  "غيني", "كندي", "استرالي", "كردي", "قبطي", "مسيحي", "يهودي", "درزي", "ايزيدي", "يزيدي", "سني", "شيعي",
                  "مدني", "امازيغي", "طارقي", "تباوي", "روهينغي"}


_PLURAL_ENDINGS = ("ين", "ون", "ات")  # «مصرع 7 مهاجرين وإصابة آخرين»: a plural before the trigger is not one victim


def _duals_and_singles(words: list[str], trigger_at: dict[int, str], found: dict[str, int],
                       all_triggers: dict[int, str] | None = None, *, english: bool) -> None:
    for word in words:
        forms = word_forms(word)
        if forms.isdisjoint(_DUAL_FINDS):
            continue  # most words: no dual among the forms, the loop below would set nothing
        for dual, slot in _DUAL_FINDS.items():  # «وجريحين», «انتشال جثتي مهاجرين»
            if dual in forms:
                found.setdefault(slot, 2)
    for index, kind in sorted((all_triggers or trigger_at).items()):
        slot = _SLOTS.get(kind)
        if slot is None or slot in found or _not_done(words, index) or _vague_near(words, index) or _among(words, index):
            continue
        if index not in trigger_at and word_forms(words[index]) & _MEANS:
            continue  # «أطلقوا عدة رصاصات على الصحفي»: shots at someone say nothing of a wound (often the dead's)
        if slot == "injured" and index not in trigger_at and "killing" in (all_triggers or trigger_at).values():
            continue  # «الاعتداء على زوجته ... وقد فارقت الحياة»: the one assaulted is the one killed
        victim_at = _victim_after(words, index)
        if (cases := _cases_before(words, index)) is not None:
            found[slot] = cases  # «تسجيل حالة وفاة», «حالتي وفاة»
        elif index + 1 < len(words) and _construct_dual(words, index + 1):
            found[slot] = 2  # «إصابة عوني أمن» (a dual is a count whatever the trigger's strength)
        elif victim_at is not None and _dual_of_victim(words[victim_at]):
            # «وفاة طفلين», «قضت على عنصرين», «جرح امرأتين وطفل» = 3
            found[slot] = 2 + (_joined_victim(words, victim_at + 1) if victim_at + 1 < len(words) else 0)
        elif victim_at is not None and _strip_and(words[victim_at]) in _ONE_OF_THEM:
            found[slot] = 1  # «وأصيب أحدهما بجروح», «توفي أحدهم»
        elif victim_at is not None and (words[victim_at] in NAMED_VICTIMS or (words[victim_at].startswith("ال") and (
                words[victim_at][2:] in _UNTITLED_VICTIMS or words[victim_at][2:] in _SINGLE_CASUALTIES
                or words[victim_at][2:] in _DEFINITE_VICTIMS)) or (
                _possessed_victim(words[victim_at]))):
            # «وفاة كهل», «وفاة السائق», «توفي المصاب» (a title after «ال» may be an office: «اغتيال الرئيس»),
            # «طعن جاره», «قتل زوجته»
            found[slot] = _victims_from(words, victim_at)  # «جثة شاب», «اعتداء بالسكاكين على طالبة»
        elif (exposed := _exposed_victim(words, index)) is not None:
            found[slot] = exposed  # «تعرض عون أمن لإصابة بليغة»
        elif index > 0 and _strip_and(words[index]) in _SINGULAR_PASSIVES and words[index - 1] in _UNTITLED_VICTIMS \
                and (all_triggers or trigger_at).get(index - 2) is None and not (
                    victim_at is not None and _plural_person(words[victim_at])):
            # «عائلة شاب توفي في السجن»: the victim right before a singular passive is its subject; not the
            # victim of the trigger before it, nor when others follow the verb («قتل شاب وأصيب آخرون»: unknown)
            found[slot] = 1
        elif index >= 2 and words[index - 1] == "was" and words[index - 2] in SINGULAR_VICTIMS:
            found[slot] = 1  # "a child was injured by shrapnel" (English «injured» is a weak trigger)
        elif english and (_english_pair(words, index) or _english_pair_found_dead(words, index)):
            found[slot] = 2  # "a woman and her teenage son were injured", "found a man and a child dead"
        elif english and _english_single(words, index, slot, found):
            # "a nurse working at the clinic was beaten", "a Sudanese worker died"; "killed a girl and her grandfather"
            found[slot] = _victims_from(words, j) if (j := _english_object_at(words, index)) is not None else 1
        elif slot == "injured" and index >= 2 and words[index - 2 : index] in (["a", "third"], ["a", "fourth"]):
            found[slot] = 1  # "two people were killed and a third wounded"
    for index, kind in sorted(trigger_at.items()):
        slot = _SLOTS.get(kind)
        if slot is None or slot in found:
            continue
        word = words[index]
        if _not_done(words, index) or _vague_near(words, index) or _among(words, index):
            continue  # «نجا من محاولة اغتيال»: nobody was killed; «مقتل وجرح الآلاف»: unknown
        if slot == "killed" and (word.endswith(("وه", "وها", "ته", "تها")) and len(word) > 4 or _possessed(word)):
            found[slot] = 1  # «قتلوه», «اغتالته», «ذبحوها»: a singular object pronoun; «مقتله», «استشهاده»: his
            continue
        if _singular_passive(words, index) and not (slot == "injured" and "killed" in found):
            found[slot] = 1  # «أصيب بطلق ناري وحالته حرجة»
            continue
        if slot == "injured" and "killed" not in found and (
                _possessed_wound(words, index) or _wound_caused_to_one(words, index)):
            found[slot] = 1  # «ما أدى إلى إصابته بكسور»: his injury (not «توفي متأثرا بإصابته»: the dead's)
            continue
        window = words[index + 1 : index + 3]
        while window and window[0] in _DATE_WORDS:  # «قتل اليوم الأربعاء ... إرهابي»
            window = window[1:]
        if window and (_dual_of_victim(window[0]) or _possessed_dual(window[0])):
            found[slot] = 2  # «وأصيب ابناهما» (their two sons)
            continue
        if _strip_and(word) in _SINGULAR_PASSIVES and window and window[0].startswith("ال") and window[0][2:] in SINGULAR_VICTIMS:
            # «وأصيب العميد بجروح»: the definite subject of a passive is its victim, a title too; «أصيب المراسل
            # والمصور»: a second definite victim joined by «و» is another
            joined = window[1:2] and window[1].startswith("وال") and window[1][3:] in SINGULAR_VICTIMS
            found[slot] = 2 if joined else 1
            continue
        # «سقوط قتيل», «وجود جثة»: a singular casualty noun with no number before it
        attributive = slot == "injured" and word in ("مصاب", "مصابا") and any(
            all_triggers and _SLOTS.get(all_triggers.get(k, "")) == "killed" for k in range(max(0, index - 3), index))
        if attributive:
            continue  # «جثة شاب مصاب بطلقات»: the wound describes the dead
        if index > 0 and word in ("مصاب", "مصابا") and words[index - 1] in _PATIENT_WORDS:
            continue  # «اقتحموا القسم رفقة مريض مصاب بطلق ناري»: the patient brought in, not a victim of the event
        if slot == "injured" and index > 0 and _SLOTS.get((all_triggers or trigger_at).get(index - 1, "")) == "killed" \
                and _strip_and(word) == word:
            continue  # «جندي يقتل جريحا»: the wounded man is the one killed (not «قتيلا وجريحا»: one of each)
        # «نقل ... إلى المستشفى مصابا بكسر»: one; «خلف قتيلا وجريحا»: one of each
        if _strip_and(word) in ("قتيل", "قتيلا", "جريح", "جريحا", "جثه", "مصاب", "مصابا") and (
                index == 0 or parse_number(words, index - 1) is None):
            found[slot] = 1
            continue
        if word in _BARE_PLURALS:
            continue  # «قتلى وجرحى», «سقوط ضحايا»: a bare plural says nothing of how many
        if window and slot == "killed" and window[0] in _PEOPLE_NISBAS:
            found[slot] = 1  # «مقتل تونسي»: one person of a people
            continue
        # «وإصابة آخر» = one more injured (but «مقتل آخر» is rather "another killing")
        if window and not _plural_of_victim(window[0]) and word_forms(window[0]) & SINGULAR_VICTIMS and (
                window[0] not in ORDINAL_OTHERS or slot == "injured"):
            found[slot] = _victims_from(words, words.index(window[0], index + 1))
            continue
        if window and _plural_person(window[0]):
            continue  # «مقتل شاب وإصابة آخرين»: the injured are «others», an unstated number, not the «شاب» before
        before = words[max(0, index - 3) : index]
        # not «هم طبيب وممرضتان، وأصيب عدد من المرضى»: a verb joined by «و» opens its own clause
        new_clause = _strip_and(word) != word and _strip_and(word) in _SINGULAR_PASSIVES
        if not new_clause and any(_dual_of_victim(words[j]) and (all_triggers or trigger_at).get(j - 1) is None
                                  for j in range(max(0, index - 3), index)):
            found[slot] = 2  # «تعرض شخصان لإصابات خطيرة» (not «قتل شابان وأصيب»: they are the killing's)
            continue
        if not new_clause and any(word_forms(w) & _UNTITLED_VICTIMS and not w.endswith(_PLURAL_ENDINGS)
                                  for w in before):
            found[slot] = 1  # «الشاب اللي قتلوه», "a man was shot dead"


# Weak injury words of shooting: a victim after them was shot at, not counted hurt (with a strong trigger beside
# them the victim is counted there; a stabbing wounds, so «طعن تلميذ» still counts one).
_MEANS = {"رصاص", "رصاصه", "رصاصات", "اطلاق", "نار", "النار"}

_CASE_DUALS = {"حالتي", "حالتين", "حالتا", "حالتان"}


def _cases_before(words: list[str], index: int) -> int | None:
    """«تسجيل حالة وفاة» = 1, «حالتي وفاة» = 2: cases of a death or an injury, counted by the word before the
    trigger (not «3 حالة»)."""
    before = _strip_and(words[index - 1]) if index > 0 else ""
    if before in _CASE_DUALS:
        return 2
    return 1 if before == "حاله" and not (index > 1 and parse_number(words, index - 2)) else None


_EXPOSED = {"تعرض", "تعرضت"}


def _exposed_victim(words: list[str], index: int) -> int | None:
    """«تعرض عون أمن لإصابة بليغة», «تعرضت امرأة لاعتداء»: the subject of «تعرض» before the trigger is its
    victim («تعرض شخصان لإصابات» = 2; Tunisian news writes «إلى»: «تعرض عون حرس إلى إصابة»)."""
    if index > 0 and words[index - 1] == "الي":
        index -= 1
    if index > 1 and words[index - 1] in _EXPOSED and words[index - 2].startswith("ال") and (
            words[index - 2][2:] in _UNTITLED_VICTIMS or words[index - 2][2:] in _SINGLE_CASUALTIES):
        return 1  # «الضحية تعرض لإصابات بليغة», «السائق تعرض لإصابة»: the definite subject before the verb
    for j in (index - 2, index - 3):
        if j >= 0 and words[j] in _EXPOSED and _dual_of_victim(words[j + 1]):
            return 2
        if j >= 0 and words[j] in _EXPOSED and _singular_victim(words[j + 1]) and not _plural_of_victim(words[j + 1]) \
                and words[j + 1] not in _TITLES:
            return _victims_from(words, j + 1)
    return None


def _not_done(words: list[str], index: int) -> bool:
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
    return any(w in _VAGUE for w in words[index + 1 : index + 4]) or (index > 0 and _strip_and(words[index - 1]) in _VAGUE)


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


# «ما تسبب له في جرح», «خلف لها كسورا»: a wound caused «to him / her» is one person's.
_CAUSING = frozenset({"تسبب", "تسببت", "سبب", "سببت", "خلف", "خلفت", "احدث", "احدثت"})
_TO_ONE = frozenset({"له", "لها"})


def _wound_caused_to_one(words: list[str], index: int) -> bool:
    """«انهالوا عليه بالضرب، ما تسبب له في جرح على مستوى الرأس»: the injury noun after a causing verb with «له /
    لها» (and «في») is the one victim's wound, as «إصابته» is."""
    before = words[max(0, index - 3) : index]
    if before[-1:] == ["في"]:
        before = before[:-1]
    return len(before) >= 2 and before[-1] in _TO_ONE and _strip_and(before[-2]) in _CAUSING


_ONE_OF_THEM = {"احدهم", "احدهما", "احداهما", "احداهن", "احدهن"}
_SINGLE_CASUALTIES = {"مصاب", "جريح", "ضحيه"}  # «توفي المصاب متأثرا بجروحه», «توفيت الضحية»
_DEFINITE_VICTIMS = {"ام"}  # «أصيبت الأم»: a victim only with the article (bare «أم» is "or": «توفي أم قتل؟»)
_PATIENT_WORDS = {"مريض", "مريضا", "المريض"}
_SINGULAR_PASSIVES = {"اصيب", "اصيبت", "يصاب", "تصاب", "توفي", "توفيت", "استشهد", "استشهدت"}
_DUAL_PASSIVES = {"اصيبا", "اصيبتا", "توفيا", "توفيتا", "استشهدا"}  # «أن المراسل والمصور أصيبا بجروح»: two
_DUAL_DEATH_VERBS = {"قتلا", "قتلتا", "توفيا", "توفيتا", "استشهدا", "استشهدتا"}  # a dual killed, its subject before it


def _dual_verb(words: list[str], trigger_at: dict[int, str], found: dict[str, int]) -> None:
    """A dual passive verb that triggers its kind says two where the sentence read one victim or none: its
    subjects are often two named people joined by «و» («أن المراسل خالد والمصور فرج أصيبا بجروح»), whom the
    single-victim rules read as one."""
    for index, kind in trigger_at.items():
        slot = _SLOTS.get(kind)
        if slot and found.get(slot, 1) == 1 and (_strip_and(words[index]) in _DUAL_PASSIVES or _dual_subject_killed(words, index)):
            found[slot] = 2


_FORCE_REACH = 3  # «عنصرين من حرس المنشآت قتلا»: «من» and up to three words of the force before the verb


def _dual_subject_killed(words: list[str], index: int) -> bool:
    """«إن عنصرين من حرس المنشآت قتلا»: «قتلا» after a dual victim and its force is the dual passive (two were
    killed), not the verbal noun («مات قتلا»): the dual subject is read with «من» and its force between."""
    if words[index] != "قتلا":
        return False
    for k in range(max(0, index - 2 - _FORCE_REACH), index - 1):
        if _dual_of_victim(words[k]) and words[k + 1] == "من":
            return True
    return index > 0 and _dual_of_victim(words[index - 1])


def _strip_and(word: str) -> str:
    """«وأصيب» -> «أصيب»: the conjunction written onto a verb."""
    return word[1:] if word.startswith(("و", "ف")) and len(word) > 3 else word


# «تعرض شاب لاعتداء أصيب على إثره بجروح», «أصيب خلال المواجهات»: the cause or occasion after the verb
_AFTER_PASSIVE = {"علي", "اثر", "اثره", "اثرها", "خلال", "خلاله", "خلالها", "في", "جراء", "جراءها"}


def _singular_passive(words: list[str], index: int) -> bool:
    """«أصيب بطلق ناري», «توفيت بالمستشفى»: a singular passive verb with its means and no number or plural
    subject after it (in «أصيب بجروح 4 أشخاص» the number is read first)."""
    if _strip_and(words[index]) not in _SINGULAR_PASSIVES or index + 1 >= len(words) or not (
            words[index + 1].startswith("ب") or words[index + 1] in _AFTER_PASSIVE) or _event_before_subject(words, index):
        return False
    following = words[index + 1 : index + 5]
    return not any(parse_number(following, k) is not None or _plural_person(w) or w in ("عدد", "اخرون", "اخرين")
                   for k, w in enumerate(following))
