"""Sentences whose numbers are no toll of the news event: a round-up of many events, history, an epidemic's
bulletin, a fraud's victims, a killing named as a topic, an earlier event recalled. Separate because they
judge the whole sentence before any number is read, and ``nlp.annotate`` and ``nlp.incidents`` ask them
directly."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from nlp.countries import adjective_country
from nlp.counts import YEAR_WORDS, is_calendar_year, parse_number
from nlp.counts_words import (
    DATE_WORDS,
    EN_ARTICLES,
    EN_BODIES,
    EN_HEDGES,
    EN_SPAN_UNITS,
    EN_VAGUE_MANY,
    INJURED_NOUNS,
    KILLED_NOUNS,
    MONTH_WORDS,
    PERSON_NOUNS,
    strip_and,
)
from nlp.incident_records import load_lexicons
from nlp.morph import word_forms
from nlp.normalize import with_proclitics

# A killing named as the topic of a sentence, not reported as its event («قضية مقتل», «على خلفية اغتيال»,
# «المسؤولين عن قتل», «تفاصيل مقتل», an arrest «من أجل الاعتداء»); the preposition between them is skipped
# («التحقيق في مقتل»).
_TOPIC_WORDS = {"قضيه", "ملف", "حقيقه", "حيال", "بشان", "حول", "ذكري", "غموض", "ملابسات", "تفاصيل", "وراء", "محاسبه",
                "مسؤوليه", "مسؤولين", "مسؤولون", "متهم", "متهمين", "متهمون", "اعقبت", "محاكمه", "تحقيق", "تحقيقات",
                "تهمه", "ادانه", "ادان", "شبهه", "اجل", "convicted", "charged", "accused",
                "احتجاجا", "تنديدا", "للتنديد", "للاحتجاج",  # «احتجاجا على وفاة شاب»: what a protest is about
                "behind", "over", "probe", "investigation", "trial", "accountability", "inquiry", "inquest"}
_ANNIVERSARY = {"ذكري", "الذكري", "anniversary"}
_TOPIC_PREPOSITIONS = {"في", "عن", "علي", "من", "into", "for", "of", "in"}
# «ستة أشهر على مقتل», «عام على اغتيال»: an anniversary.
_TIME_UNITS = YEAR_WORDS | {"اشهر", "شهر", "شهرا", "شهور", "ايام", "يوما", "اسابيع", "شهران", "شهرين", "يومان", "يومين"}
# «قضت بإعدام 5», «حكم بالإعدام على 29»: a death sentence, not an execution («تنفيذ حكم الإعدام» is one).
_SENTENCING = {"قضت", "تقضي", "قضي", "يقضي", "حكم", "حكما", "احكام", "الحكم", "والحكم", "حكمت", "sentenced", "sentences"}
_CARRIED_OUT = {"تنفيذ", "نفذ", "نفذت", "تنفذ", "ينفذ"}


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
    if k > 0 and words[k] in EN_ARTICLES and words[k - 1] in _TOPIC_PREPOSITIONS:
        k -= 1  # "an investigation into the deaths of 32 people": the English article after the preposition (pass 18)
    if k >= 0 and words[k] in _TOPIC_PREPOSITIONS:
        k -= 1
        if k >= 0 and words[k + 1] == "علي" and words[k] in _TIME_UNITS:
            return True  # «ستة أشهر على مقتل»
    if k >= 0 and word_forms(words[k]) & _TOPIC_WORDS:
        return True
    # «قضت على عنصرين» is a killing («قضت» + «على»), «قضت بإعدام 5» a sentence
    sentencing = index > 0 and words[index - 1] in _SENTENCING and words[index] != "علي"
    return sentencing and not (index > 1 and word_forms(words[index - 2]) & _CARRIED_OUT)


def is_statistic(counts: dict[str, int]) -> bool:
    """«250 ألف قتيل», "11,000 victims in 2015": a thousand or more is a war's statistic, not one event."""
    return max(counts.values(), default=0) >= 1000


# «ألف», «آلاف», «مليون» after a number: a toll in thousands written in words, which the count rules do not read as
# people («أكثر من 150 ألف قتيل», «مقتل نحو 12 ألف شخص»), so ``is_statistic`` never sees it (Arabic pass 64)
_THOUSANDS = frozenset({"الف", "الاف", "الفا", "مليون", "ملايين"})
_THOUSANDS_REACH = 4  # «مقتل أكثر من 12 ألف شخص»: the trigger, two quantifier words, the number


def thousands_toll(words: list[str], casualty_at: list[int]) -> bool:
    """A number in thousands written with «ألف» or «مليون» that counts the dead or hurt: right before a casualty
    noun («150 ألف قتيل») or a person noun, or a few words after a casualty trigger («مقتل نحو 12 ألف شخص»); not
    money or goods after a killing («وسرقة 5 آلاف دينار»)."""
    if _THOUSANDS.isdisjoint(words):
        return False
    for k, word in enumerate(words):
        if word not in _THOUSANDS or k + 1 >= len(words):
            continue
        after = words[k + 1]
        if after in KILLED_NOUNS or after in INJURED_NOUNS:
            return True
        if after in PERSON_NOUNS and any(0 < k - at <= _THOUSANDS_REACH for at in casualty_at):
            return True
    return False


# A round-up of many events: a count over a quarter («خلال الثلاثي الأول»), of a number of events or provinces
# («إثر وقوع 47 حادث مرور», «15 ولاية سجلت ...») or of road accidents («في حوادث المرور») is a statistic of the
# period (Algerian civil-protection and gendarmerie bulletins), not the toll of one event. Not a number of hours: «43
# قتيلا بقصف ... خلال 24 ساعة» is a bounded series of strikes, counted; nor «أسوأ حوادث غرق المهاجرين» (one of them).
# A number of recoveries («تعافي 93 شخصا», «141 حالة شفاء») makes the sentence an epidemic's daily bulletin.
_QUARTERS = {"الثلاثي", "السداسي", "quarter"}
_EVENT_NOUNS = {"حادث", "حوادث", "accidents", "ولايه", "ولايات", "بلديات",
                "حادثا"}  # «شهد الطريق 180 حادثا خلال ستة أشهر» (Arabic pass 86): the accusative after a number
_ROADS = {"مرور", "المرور", "سير", "السير", "الطرقات", "الطرق", "traffic", "road"}
_RECOVERED = {"تعافي", "شفاء", "recovered", "recoveries"}
_ROUND_UP_WORDS = frozenset(_RECOVERED | _EVENT_NOUNS | {"quarter"})  # the words is_round_up's loop starts from


def _has_period_stem(text: str) -> bool:
    """«الثلاثي», «السداسي» under any clitic: a cheap test before word forms (two substring tests, no regex scan;
    speed pass 10)."""
    return "ثي" in text or "داسي" in text


_EN_PERFECT = {"have", "has"}
_EN_SINCE_STARTS = {"start", "beginning", "outbreak", "fall", "end", "revolution", "uprising", "war"}
# "have killed more than 130 civilians since the fighting ended": a thing ended opens the years a tally sums (not "since
# the clashes began on Monday", an event's running toll)
_EN_SINCE_ENDED = frozenset({"ended", "stopped", "ceased"})


def _english_since_tally(words: list[str], perfect: set[str] = _EN_PERFECT) -> bool:
    """"More than 350 bodies have been exhumed in the town since June 2020", "600 people have died ... since January":
    a present perfect summed since a year, a month or the start of something is a cumulative figure, not the toll of
    the event (not "since Monday": an event's running toll). English words only."""
    if "since" not in words or not perfect.intersection(words):
        return False
    for k, word in enumerate(words):
        if word == "since" and k == 0:
            return _english_fronted_since(words, perfect)
        if word != "since" or not perfect.intersection(words[:k]):
            continue
        after = words[k + 1 : k + 7]
        if after[:1] and after[0] in MONTH_WORDS:
            return True
        if after[:1] == ["the"] and after[1:2] and after[1] in _EN_SINCE_STARTS:
            return True
        if after[:1] == ["the"] and not _EN_SINCE_ENDED.isdisjoint(after[2:4]):
            return True  # "since the fighting ended", "since the war ended in 2020": the years after it (English pass 54)
        if any(is_calendar_year(w) for w in after):
            return True
    return False


def _english_fronted_since(words: list[str], perfect: set[str]) -> bool:
    """"Since forces withdrew from the area in June 2020, mines have killed more than 130 people": the "since" clause
    opens the sentence and names a month or a year before the perfect that sums the figure (English pass 20; "Since
    Saturday, two shepherds have been wounded" is an event's running toll)."""
    end = next((k for k, w in enumerate(words) if w in perfect), None)
    return end is not None and any(w in MONTH_WORDS or is_calendar_year(w) for w in words[1:end])


_EN_PERFECT_OR_HAD = frozenset(_EN_PERFECT | {"had"})  # built once, not on every sentence


def english_tally_since(words: list[str]) -> bool:
    """"at least five activists had been detained in the capital since January": a hedged (or vague: "several") number
    of people, with a perfect or pluperfect, summed since a month, a year or the start of something — a cumulative
    figure cited beside the news, no event of its own ("the activist has been held since January" is one detention
    that lasts)."""
    return _english_since_tally(words, _EN_PERFECT_OR_HAD) and (any(
        w in EN_HEDGES and parse_number(words, k + 1) is not None or w in EN_VAGUE_MANY
        for k, w in enumerate(words[:-1])) or (not _EN_HARM_THAT_ENDS.isdisjoint(words) and any(
            (n := parse_number(words, k)) is not None and n[0] >= _EN_FIGURE_FROM and not is_calendar_year(w)
            for k, w in enumerate(words))))


# a harm that does not last ("60 children had been killed or maimed ... since January"): ten or more summed since a month
# or a year are a tally (a detention "since January" lasts; "two detainees have died in Kuweifiya prison since March" is a
# bounded series, an incident; English pass 26)
_EN_HARM_THAT_ENDS = frozenset({"killed", "died", "maimed", "injured", "wounded"})
_EN_FIGURE_FROM = 10


# "several lawyers and journalists have been jailed under the same decree since 2023": people counted by no number


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


_OVER = frozenset({"خلال", "طيله", "طوال"})
_YEAR_NOUNS = frozenset({"العام", "السنه", "عام", "سنه"})
_WHICH_YEAR = frozenset({"الماضي", "الماضيه", "نفسه", "نفسها", "الجاري", "الجاريه", "المنصرم", "المنصرمه", "الفائت",
                         "الفارط", "الفارطه"})


def _year_span(words: list[str]) -> bool:
    """«خلال العام الماضي», «خلال العام نفسه», «خلال عام» (a headline's "in a year"), «طيلة سنة 2025»: the figures of
    the sentence are summed over a year (a monitor's or an agency's yearly figures), no event's toll; not «خلال
    عامين من» (a span after something), nor «منذ بداية العام» (read elsewhere)."""
    if _OVER.isdisjoint(words):
        return False  # a cheap test first: this runs on every sentence
    for k, word in enumerate(words[:-1]):
        if word not in _OVER or words[k + 1] not in _YEAR_NOUNS:
            continue
        after = words[k + 2 : k + 3]
        if not after or after[0] in _WHICH_YEAR or is_calendar_year(after[0]):
            return True
        if words[k + 1] in ("عام", "سنه") and after[0] not in ("من", "علي"):
            return True  # «و31 ضحية لمخلفات الحرب خلال عام»
    return False


# «خلال الربع الثاني من العام», «خلال النصف الأول من السنة», «خلال الأشهر الستة الماضية»: a part of a year (a
# monitor's quarterly or half-yearly figures, as the Tunisian «الثلاثي» / «السداسي» above; Arabic pass 53)
_YEAR_PARTS = frozenset({"الربع", "النصف"})
_WHICH_PART = frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الاخير", "المنصرم", "الماضي"})
_MONTHS_NOUNS = frozenset({"الاشهر", "الشهور"})
_WHICH_MONTHS = frozenset({"الماضيه", "الاخيره", "الاولي", "الثلاثه", "السته", "التسعه", "المنصرمه", "الفائته"})


def part_of_year(words: list[str]) -> bool:
    """«خلال الربع الثاني», «طيلة النصف الأول», «خلال الأشهر الستة الماضية»: the sentence's figures are summed over a
    quarter, a half-year, months or a named month («خلال شهر أكتوبر»), no event's toll. Not «خلال الشهر الماضي» (an
    event may be dated so)."""
    if _OVER.isdisjoint(words):
        return False  # a cheap test first: this runs on every sentence
    for k, word in enumerate(words[:-2]):
        if word not in _OVER:
            continue
        noun, which = words[k + 1], words[k + 2]
        if (noun in _YEAR_PARTS and which in _WHICH_PART) or (noun in _MONTHS_NOUNS and which in _WHICH_MONTHS):
            return True
        if noun == "شهر" and (which in MONTH_WORDS or which in _HIJRI_MONTHS):
            return True  # «وثقت المنظمة إصابة 45 مدنيا خلال شهر أكتوبر»: a month's figures (also «شهر رمضان»)
    return _recorded_over_month(words)


# Arabic pass 126 (tune126): «استقبل القسم 3400 عيادة خلال شهر رمضان، من بينها 85 إصابة»: a month of the Hijri
# calendar after «خلال شهر» is a month's figures, as «خلال شهر أكتوبر» (not «في شهر رمضان»: an event may be dated so)
_HIJRI_MONTHS = frozenset({"رمضان", "شعبان", "شوال", "محرم", "صفر", "رجب"})

# Arabic pass 126 (tune126): «بلغ عدد حالات الوفاة غرقا 61 حالة منذ غرة جوان», «منذ بداية الصائفة / الموسم / مطلع
# الصيف»: a figure summed since the start of a season, a month or a year is a season's tally (Tunisian civil-protection
# and health bulletins; the guide: statistics are no event); not «منذ بداية الهجوم / الحرب» (an event's running toll)
_SINCE_STARTS = frozenset({"بدايه", "مطلع", "غره", "مستهل", "انطلاق"})
_SEASONS = frozenset({"الصائفه", "الصيف", "الشتاء", "الخريف", "الربيع", "الموسم", "موسم", "فصل", "السنه", "العام",
                      "الشهر", "شهر", "الاصطياف"})  # («رمضان» is in _HIJRI_MONTHS)


def since_season_start(words: list[str]) -> bool:
    """«منذ غرة جوان», «منذ بداية الصائفة», «منذ مطلع العام»: the sentence's figures are summed since a season, a month
    or a year began (a statistic); not «منذ بداية الهجوم» (an event)."""
    if "منذ" not in words:
        return False  # a cheap test first: this runs on every sentence
    for k, word in enumerate(words[:-2]):
        if word != "منذ" or words[k + 1] not in _SINCE_STARTS:
            continue
        after = words[k + 2]
        if after in _SEASONS or after in MONTH_WORDS or after in _HIJRI_MONTHS or is_calendar_year(after):
            return True
    return False


# «وسجلت العيادة حالتي وفاة خلال الشهر»: a recording verb with the month as its span is a clinic's or a service's
# monthly figures (Arabic pass 94); not «خلال الشهر الماضي» (an event may be dated so), nor a verb of the event itself
_RECORDING = frozenset({"سجل", "سجلت", "تسجل", "يسجل", "سجلنا", "رصد", "رصدت"})
_THIS_MONTH = frozenset({"الجاري", "الحالي", "نفسه", "ذاته"})


def _recorded_over_month(words: list[str]) -> bool:
    """A recording verb («سجلت», «رصد») and «خلال الشهر» ending the phrase or followed by «الجاري / الحالي / نفسه»."""
    if "الشهر" not in words or not any(w.removeprefix("و") in _RECORDING for w in words):
        return False
    return any(word in _OVER and words[k + 1 : k + 2] == ["الشهر"] and (
        k + 2 >= len(words) or words[k + 2] in _THIS_MONTH or not (words[k + 2] in _PAST or words[k + 2].startswith("ال")))
        for k, word in enumerate(words[:-1]))


# «أحصت فيه 47 ضحية مدنية بين أبريل ويونيو»: a report's figures summed between two months (Arabic pass 54, rw54t-34:
# a quarterly report's toll read as an event's; not «في ثلاثة أشهر», said of a new event too: «ثالث عملية خطف في
# ثلاثة أشهر»)
_MONTH_SPAN_OPENERS = frozenset({"بين", "من"})
_MONTH_SPAN_JOINS = ("و", "الي", "حتي")


def months_summed(words: list[str]) -> bool:
    """«47 ضحية مدنية بين أبريل ويونيو», «من يناير إلى مارس» (a month right after «بين / من», another joined by «و»
    or «إلى / حتى» within two words), a toll noun just before: the figures are a period's (not «مهاجرات احتجزن بين
    أبريل ويونيو»: how long they were held, tune54 rw54t-30)."""
    reported = not _REPORTS.isdisjoint(words)  # «تقرير: 64 مدنيا جرحوا في ليبيا خلال ثلاثة أشهر» (paraphrase pass)
    if (_TOLL_NOUNS.isdisjoint(words) and not reported) or (MONTH_WORDS.isdisjoint(words) and _MONTHS_TOLD.isdisjoint(words)):
        return False  # a cheap test first (every sentence with a match): both readings need a toll noun and a month word
    for k, word in enumerate(words[:-1]):
        if word in _MONTH_SPAN_OPENERS and words[k + 1] in MONTH_WORDS and any(
                w in _TOLL_NOUNS for w in words[max(0, k - _TOLL_BEFORE_MONTHS) : k]):
            for j in range(k + 2, min(len(words), k + 4)):
                w = words[j]
                if (w.startswith("و") and w[1:] in MONTH_WORDS) or (w in _MONTH_SPAN_JOINS and j + 1 < len(words)
                                                                      and words[j + 1] in MONTH_WORDS):
                    return True
        elif word in ("في", "خلال") and k + 2 < len(words) and words[k + 2] in _MONTHS_TOLD and (
                parse_number(words, k + 1) is not None) and (any(
                w in _TOLL_NOUNS for w in words[max(0, k - _TOLL_BEFORE_MONTHS) : k]) or (reported and word == "خلال")):
            # «47 ضحية مدنية في ثلاثة أشهر»: a toll summed over months; so are a report's figures «خلال» months,
            # wherever its toll stands (Arabic injured paraphrase pass)
            return True
    return False


# «وكان التقرير السابق قد أحصى 39 ضحية», «أحصت النشرة ...»: figures a report counted (not «أحصت مصادر طبية مقتل
# سبعة»: an event's dead counted by its sources; the report is named in the sentence)
_COUNTED_VERBS = frozenset({"احصي", "احصت", "يحصي", "تحصي", "واحصي", "واحصت"})
_REPORTS = frozenset({"التقرير", "تقرير", "تقريرها", "تقريره", "النشره", "نشرتها", "نشرته", "الاحصائيه", "احصائيه"})


def report_counted(words: list[str]) -> bool:
    """A counting verb («أحصى / أحصت») and a report («التقرير», «النشرة») in one sentence: the report's figures."""
    return not _COUNTED_VERBS.isdisjoint(words) and not _REPORTS.isdisjoint(words)


_MONTHS_TOLD = frozenset({"اشهر", "شهور", "اسابيع"})
# a toll right before them (not «ثالث عملية خطف في ثلاثة أشهر», a new event with a count of events)
_TOLL_NOUNS = frozenset({"ضحيه", "ضحايا", "قتيلا", "قتلي", "جريحا", "جرحي", "مصابا", "مصابين", "اصابه", "اصابات"})
_TOLL_BEFORE_MONTHS = 3  # «47 ضحية مدنية في»: the toll noun and its adjective


def is_round_up(words: list[str]) -> bool:
    """The sentence sums the casualties of many events: over a quarter, of a number of events or provinces, or of
    road accidents («19 قتيلا في حوادث المرور»), or an epidemic's recoveries; in English, a figure summed since a
    year or a month ("have been exhumed since June 2020") or recorded by an agency ("230 people are recorded as dead")."""
    if _english_since_tally(words) or _english_recorded(words) or english_tally_since(words):
        return True  # (also a pluperfect figure since January: "said 60 children had been killed ...", pass 26)
    if _year_span(words) or part_of_year(words) or since_season_start(words):
        return True
    if _ROUND_UP_WORDS.isdisjoint(words) and not _has_period_stem(" ".join(words)):
        return False  # each test below needs one of these words or a period's stem in a word: most sentences lack both
    for k, word in enumerate(words):
        if word in _RECOVERED and any(parse_number(words, j) for j in range(max(0, k - 2), min(len(words), k + 2))) and (
                not EN_BODIES.intersection(words)):  # "recovered seven bodies": a find, no epidemic's recoveries
            return True  # «تعافي 93 شخصا وتسجيل حالتي وفاة و91 إصابة», «141 حالة شفاء»
        if ((word == "quarter" or _has_period_stem(word)) and word_forms(word) & _QUARTERS) or (word in ("حوادث", "accidents") and words[k + 1 : k + 2] and (
                words[k + 1] in _ROADS or (k > 0 and words[k - 1] in _ROADS))):
            return True
        if word in _EVENT_NOUNS and k > 0 and (parsed := parse_number(words, k - 1)) and parsed[0] > 1:
            return True  # «47 حادث مرور», «15 ولاية سجلت ...»: many events or places
    return False


# An epidemic's bulletin («145 إصابة جديدة ... الحالة الوبائية», «الإصابات الأربع بالسلالة الجديدة», «900 إصابة
# يوميا»): «إصابة» is an infection there, «وفاة» a death of disease; neither is a casualty of violence. The stems
# are tested inside words (clitics: «بالسلالة», «بفيروس»); the incident lexicon's `disease` context holds the rest.
_EPIDEMIC_STEMS = ("وبائ", "سلاله", "كورونا", "فيروس", "كوفيد", "جائحه", "متحور",
                   "النزله", "انفلونز")  # seasonal flu, «بالنزلة الموسمية», «الإنفلونزا» (Arabic pass 126; not «نزله»: «منزله»)
_DAILY = {"يوميا", "اليوميه", "اليومي"}
_INFECTION_NOUNS = {"اصابه", "اصابات", "الاصابات", "الاصابه", "حالات", "حاله"}


def is_epidemic(words: list[str]) -> bool:
    """The sentence tells of infections: an epidemic's word, or cases counted per day («900 إصابة يوميا»)."""
    joined = " ".join(words)
    if any(stem in joined for stem in _EPIDEMIC_STEMS):  # a stem anywhere in a word (substring tests, speed pass 10)
        return True
    return bool(_DAILY.intersection(words)) and any(word_forms(w) & _INFECTION_NOUNS for w in words)


# Care denied to the sick («حرمانهم من العلاج», «الإهمال الطبي»): with a detention centre or custody named, a death
# from the disease is a death in custody from neglect, an incident (the guide; Arabic pass 51), not an epidemic's.
_DENIED = frozenset({"حرمان", "حرمانه", "حرمانها", "حرمانهم", "حرمانهما", "منع", "منعه", "منعها", "منعهم", "اهمال",
                     "الاهمال"})
_CARE = frozenset({"العلاج", "الدواء", "الرعايه", "الطبي"})
_DENIED_REACH = 3  # «حرمانهما من العلاج», «الإهمال الطبي»
_HELD = frozenset({"احتجاز", "الاحتجاز", "سجن", "السجن", "محتجزين", "المحتجزين", "معتقل", "المعتقل"})


def care_denied(words: list[str]) -> bool:
    """«بعد حرمانهما من العلاج», «بسبب الإهمال الطبي»: care withheld from the sick."""
    return any(w in _DENIED and not _CARE.isdisjoint(words[k + 1 : k + 1 + _DENIED_REACH]) for k, w in enumerate(words))


def died_held_without_care(words: list[str]) -> bool:
    """Care denied and a place of detention named in one sentence: the deaths are in custody, from neglect."""
    return care_denied(words) and any(not word_forms(w).isdisjoint(_HELD) for w in words)


# «شكاوى الضحايا», «ضحايا عملية نصب واحتيال»: victims of a fraud or a swindle lodge complaints; nobody died.
_SWINDLE_STEMS = ("شكاو", "شكوي", "شكايه", "نصب", "احتيال", "تحايل", "الاحتيال")


_SWINDLE = re.compile(r"(?<!\S)\S?(?:" + "|".join(_SWINDLE_STEMS) + ")")  # a stem opening a word, or after one letter


def is_swindle(words: list[str]) -> bool:
    joined = " ".join(words)  # the stems first, a cheap test (a pattern opening on a look-behind is tried everywhere)
    return any(stem in joined for stem in _SWINDLE_STEMS) and _SWINDLE.search(joined) is not None


# History told in today's news (Algerian news often recalls the colonial war): a killing in a year of the last
# century («اغتيال المحامي ... عام 1957», «مجازر 8 ماي 1945») or of the war of liberation or colonial rule («خلال حرب
# التحرير», «جرائم الاستعمار») is remembered, not reported: the guide counts no anniversary or statement about it.
_COLONIAL = {"الاستعمار", "الاستعماري", "الاستعماريه", "المستعمر", "التحريريه"}
_COLONIAL_ROOTS = ("ستعمار", "مستعمر", "تحرير")  # a cheap test before word forms (every sentence)


_BORN = {"مواليد", "المولود", "المولوده", "مولود", "ولد", "ولدت", "born"}
# «(?<!\S)1» written «1(?<!\S1)»: a pattern that opens on the digit is searched for it, not tried at every character
_LAST_CENTURY_YEAR = re.compile(r"1(?<!\S1)[89]\d\d(?!\S)")


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


_COURSES = frozenset({"دوره", "دورات", "ورشه", "ورشات"})
_FIRST_AID_WORDS = frozenset({"الاسعافات", "الاسعاف", "اسعافات"})


def first_aid_course(words: list[str]) -> bool:
    """«دورة تدريبية على الإسعافات الأولية لعشرين متطوعا، تضمنت التعامل مع الإصابات والكسور»: a first-aid course
    names wounds it teaches to treat, and its trainees, not anyone hurt (not «معسكر تدريبي»: a camp struck is news)."""
    # «اختتام دورة الإسعافات الأولية»: the course named by «first aid» itself, with no «تدريبية» (Arabic pass 78)
    return ("تدريبيه" in words or "الاوليه" in words) and not _COURSES.isdisjoint(words) and not (
        _FIRST_AID_WORDS.isdisjoint(words))


_DISPATCHED = frozenset({"ايفاد", "الايفاد"})  # «إيفاد 60 جريحا», «لإيفاد», «بإيفاد» (a clitic before it)
_FOR_TREATMENT = frozenset({"للعلاج", "علاج", "لعلاج", "العلاج"})


def wounded_sent_abroad(words: list[str]) -> bool:
    """«إيفاد 60 جريحا للعلاج في تونس ومصر», «إيفاد الدفعة الرابعة من جرحى الحرب للعلاج»: a ministry sending the
    wounded of past fighting for treatment (a programme), no event's toll (Arabic pass 53; tune47 labels the like so)."""
    # (a word holds «يفاد» when the words joined by spaces do: one search, not a test of every word)
    # (the set test first: no join for most sentences, which have no treatment word; speed pass 12)
    if not _FOR_TREATMENT.isdisjoint(words) and "يفاد" in " ".join(words) and any(
            word_forms(w) & _DISPATCHED for w in words):
        return True
    if _back_after_care(words):
        return True  # «عودة 18 جريحا من جرحى حرب 2011 بعد استكمال علاجهم في مصر» (Arabic pass 56)
    if _foreign_wounded_received(words):
        return True  # «مستشفيات مصراتة تستقبل 25 جريحا فلسطينيا من غزة للعلاج» (Arabic pass 114)
    if not _BATCH_OR_PROGRAMME.isdisjoint(words) and _batch_of_wounded(words):
        return True  # «نقل أول دفعة من جرحى حرب طرابلس», «البرنامج يشمل 120 جريحا» (Arabic pass 136)
    # «راجعت لجنة طبية ملفات أكثر من ثلاثمئة جريح»: the wounded's files reviewed (the programme's paperwork)
    return not _FILES.isdisjoint(words) and any(
        w in _FILES and any(word_forms(x) & _WOUNDED for x in words[k + 1 : k + 1 + _FILES_REACH])
        for k, w in enumerate(words))


# Arabic pass 136 (tune136): «بدأت وزارة الصحة نقل أول دفعة من جرحى حرب طرابلس ... إلى مستشفيات في إسطنبول», «وإن
# البرنامج يشمل 120 جريحا على مراحل»: a batch of the wounded of a past war, or the wounded a programme includes, are a
# care programme's people, no event's toll (as «إيفاد الدفعة الرابعة من جرحى الحرب» above)
_BATCHES = frozenset({"دفعه", "الدفعه", "دفعات", "ودفعه"})
_PROGRAMMES = frozenset({"البرنامج", "برنامج", "والبرنامج"})
_BATCH_OR_PROGRAMME = _BATCHES | _PROGRAMMES
_INCLUDES = frozenset({"يشمل", "سيشمل", "يستهدف", "يضم", "ويشمل"})
_BATCH_REACH = 3  # «دفعة من جرحى», «الدفعة الأولى من الجرحى»


def _batch_of_wounded(words: list[str]) -> bool:
    """A batch word with «من» and a wounded word within ``_BATCH_REACH`` words after it, or a programme word before an
    including verb («البرنامج يشمل») in a sentence that counts the wounded."""
    for k, w in enumerate(words):
        if w in _BATCHES and "من" in words[k + 1 : k + 1 + _BATCH_REACH] and any(
                word_forms(x) & _WOUNDED for x in words[k + 2 : k + 2 + _BATCH_REACH]):
            return True
        if w in _PROGRAMMES and words[k + 1 : k + 2] != [] and words[k + 1] in _INCLUDES and any(
                word_forms(x) & _WOUNDED or x.startswith("جريح") for x in words[k + 2 :]):
            return True
    return False


_CARE_ENDED = frozenset({"استكمال", "اتمام", "انتهاء"})  # «بعد استكمال علاجهم»
_CARE_OWN = frozenset({"علاجهم", "علاجه", "علاجها", "علاجهما"})


def _back_after_care(words: list[str]) -> bool:
    """«بعد استكمال علاجهم في تركيا»: the wounded are back from care that ended («بعد» + an end word + their
    treatment), a programme's news, not an event's toll; not «نقلوا لاستكمال علاجهم» (today's wounded sent on)."""
    return not _CARE_OWN.isdisjoint(words) and any(w == "بعد" and words[k + 1] in _CARE_ENDED and words[k + 2] in _CARE_OWN
                                                   for k, w in enumerate(words[:-2]))


# Arabic pass 114 (tune114): wounded of a war abroad received in Libya for care («تستقبل 25 جريحا فلسطينيا من غزة
# للعلاج», «طائرة تقل 30 جريحا سودانيا ... لاستكمال علاجهم»): an aid programme's patients, hurt in another country, no
# event's toll here (the guide: aid is no incident). A wounded noun with a foreign nationality adjective right after it,
# a care word and a receiving or carrying word in the sentence, and no cause told («إثر», «جراء», «برصاص»: «استقبل
# مستشفى الكفرة 5 جرحى سودانيين إثر إطلاق نار» is today's event and stays)
_CARE_WORDS = _FOR_TREATMENT | {"علاجهم", "علاجه", "علاجها", "لعلاجهم", "لعلاجه"}
_RECEIVED = frozenset({"يستقبل", "تستقبل", "استقبل", "استقبلت", "استقبال", "وصول", "وصلت", "وصل", "تقل", "يقل", "تقلهم",
                       "نقل", "نقلت", "نقلوا", "اجلاء"})
_CAUSE_WORDS = frozenset({"اثر", "جراء", "برصاص", "اطلاق", "هجوم", "قصف", "اشتباكات", "انفجار", "حادث", "اصيبوا",
                          "اصيب", "اصيبت", "خلال", "بعد"})
_NISBA_ENDINGS = ("ين", "ون", "ا")  # «فلسطينيا», «سودانيين» -> «فلسطيني», «سوداني»
_FOREIGN_WOUNDED_REACH = 2  # «جريحا فلسطينيا», «جرحى من السودانيين»


def _foreign_nationality(word: str) -> bool:
    forms = [word] + [word.removesuffix(e) for e in _NISBA_ENDINGS if word.endswith(e)]
    return any(adjective_country(f) not in (None, "LY") for f in forms)


def _foreign_wounded_received(words: list[str]) -> bool:
    if _CARE_WORDS.isdisjoint(words) or _RECEIVED.isdisjoint(words) or not _CAUSE_WORDS.isdisjoint(words):
        return False  # (set tests first: most sentences name no care; speed)
    return any(word_forms(w) & _WOUNDED and any(_foreign_nationality(x) for x in words[k + 1 : k + 1 + _FOREIGN_WOUNDED_REACH])
               for k, w in enumerate(words))


_FILES = frozenset({"ملفات", "وملفات", "ملف"})
_WOUNDED = frozenset({"جريح", "جرحي", "الجرحي", "مصاب", "مصابين", "المصابين"})
_FILES_REACH = 5  # «ملفات أكثر من ثلاثمئة جريح»


_REMAINS = frozenset({"رفات", "رفاتا", "الرفات"})
_IDENTIFIED = frozenset({"تسليم", "سلمت", "سلم", "هويات"})  # not «التعرف» alone: the missing-persons agency's name


def remains_identified(words: list[str]) -> bool:
    """«التعرف على هويات 47 رفاتا», «سلمت الهيئة رفات 12 شخصا إلى ذويهم»: remains identified or handed over are a
    follow-up of long-known killings (the written files label them no count); a mass grave found is still counted
    (no identification word there: «انتشال 9 جثث من مقبرة جماعية»)."""
    if _REMAINS.isdisjoint(words):
        return False
    return any(word_forms(w) & _IDENTIFIED for w in words) or any(
        w == "التعرف" and words[k + 1 : k + 2] == ["علي"] and words[k + 2 : k + 3] != ["المفقودين"]
        for k, w in enumerate(words))


# «خلال العام الماضي», «السنة الفارطة»: an earlier event.
_PAST_PERIODS = {"العام", "عام", "السنه", "سنه", "الشهر", "شهر", "الصيف", "الشتاء", "الربيع", "الخريف", "صيف", "شتاء"}
_PREVIOUSLY = {"سبق", "وسبق", "سبقت", "وسبقت"}  # «سبق أن أصيب شاب ...»: it happened before
_PAST = {"الماضي", "الماضيه", "الفارط", "الفارطه", "المنقضي", "المنقضيه", "الماضيين"}  # «العقدين الماضيين»
PLUPERFECT = frozenset({"وكان", "وكانت", "كان", "كانت"})  # «وكانت ... قد»: the sentence recalls an earlier event
_BEFORE_NOW = {"شهدت", "شهد", "سابقه", "سابق", "سابقا"}


_EN_EARLIER_SPANS = frozenset({"week", "month", "year", "spring", "summer", "autumn", "winter"})


def english_recalls_earlier(words: list[str]) -> bool:
    """"Last month a nine-year-old boy was wounded ...", "Last year's floods killed more than 300", "Earlier this year
    ...": a body sentence that opens on an earlier time recalls another event (English; read past the lead only)."""
    return (words[:1] == ["last"] and words[1:2] != [] and words[1] in _EN_EARLIER_SPANS) or (
        words[:2] == ["earlier", "this"] and words[2:3] != [] and words[2] in _EN_EARLIER_SPANS) or (
        _english_came_after_span(words)) or _english_other_event_opener(words) or _english_month_opener(words)


_EN_MONTH_EDGES = frozenset({"early", "late", "mid"})  # "In late March, ..."


def _english_month_opener(words: list[str]) -> bool:
    """"In March, fighting in the same area killed eleven people": a body sentence that opens on a month (past the
    lead, once the news's own harm was found: its day was told there) recalls another, earlier event (English pass
    56, as "Last month ...")."""
    k = 1 + (words[1:2] != [] and words[1] in _EN_MONTH_EDGES)
    return words[:1] == ["in"] and words[k : k + 1] != [] and words[k].isascii() and words[k] in MONTH_WORDS


# "The hospital treated the wounded of last month's clashes, which injured 19 people": an earlier event named by its
# time ("last month's") and its toll told in a relative clause of its own, in a story of something else (English pass
# 46); not where a harm word follows the clause ("..., which wounded 12, injured four civilians on Tuesday": new harm)
_EN_RELATIVE = frozenset({"which", "that"})
_EN_RECALLED_HARMS = frozenset({"killed", "wounded", "injured", "hurt", "left", "claimed", "killing", "wounding",
                                "injuring", "dead", "died"})
_EN_RELATIVE_REACH = 4  # "last month s clashes which": "s", up to two nouns, then "which"


def english_earlier_toll_clause(words: list[str]) -> bool:
    """"last week's / month's / year's <event>, which <harm verb>" with no harm word after that verb's clause."""
    if "last" not in words or _EN_RELATIVE.isdisjoint(words):
        return False  # a cheap test first
    for k, word in enumerate(words):
        if word != "last" or words[k + 1 : k + 2] == [] or words[k + 1] not in _EN_EARLIER_SPANS or (
                words[k + 2 : k + 3] != ["s"]):
            continue
        rel = next((j for j in range(k + 3, min(len(words), k + 3 + _EN_RELATIVE_REACH)) if words[j] in _EN_RELATIVE), None)
        if rel is None or words[rel + 1 : rel + 2] == [] or words[rel + 1] not in _EN_RECALLED_HARMS:
            continue
        return _EN_RECALLED_HARMS.isdisjoint(words[rel + 2 :])
    return False


# "In a similar attack in March, ...", "In a previous attack, ...", "A week earlier, ...", "Two days before, ...": a
# body sentence that opens on an earlier event tells that event (English pass 26); not "In a separate incident hours
# later" (another incident of the news, whose victims the text reports too: tune43en rw43t-27)
_EN_OTHER_EVENT = frozenset({"similar", "previous", "earlier", "prior"})
_EN_SPAN_BEFORE = frozenset({"earlier", "before", "previously"})
# "Hours before the meeting, a rocket fell on a courtyard ...": a span before the political event a long article opens
# on times the harm it then tells (the day's news, often the headline's), not an earlier event (English pass 35)
_EN_POLITICAL_EVENTS = frozenset({"meeting", "meetings", "talks", "visit", "session", "vote", "summit", "conference",
                                  "speech", "ceremony", "announcement", "election", "elections", "signing"})


def _english_other_event_opener(words: list[str]) -> bool:
    """The sentence opens on "In a similar / previous / earlier ..." or on a span then "earlier / before" ("A week
    earlier", "Two days before", "Days earlier")."""
    if words[:1] == ["in"] and words[1:2] in (["a"], ["an"]) and words[2:3] != [] and words[2] in _EN_OTHER_EVENT:
        return True
    for k in range(1, min(4, len(words))):
        if words[k] in _EN_SPAN_BEFORE and words[k - 1] in EN_SPAN_UNITS:
            if words[k] == "before" and not _EN_POLITICAL_EVENTS.isdisjoint(words[k + 1 : k + 3]):
                return False  # "Hours before the meeting, a rocket killed a girl": the day's news, timed (pass 35)
            return all(w in ("a", "an", "one", "two", "three", "four", "five", "six", "few", "several", "just") or w.isdigit()
                       for w in words[: k - 1])
    return False


# "The attack came three weeks after ...", "The shooting comes days after ...", "It came just a month after ...": the
# news placed after an earlier event (English pass 26, as «ويأتي ذلك بعد ثلاثة أسابيع من ...»)
_EN_CAME = frozenset({"came", "comes", "come", "coming"})
_EN_CAME_REACH = 5  # "came just over three weeks after": the verb, up to four words, the span before "after"


def _english_came_after_span(words: list[str]) -> bool:
    """A verb of coming, then a span of hours to years right before "after": the sentence tells the earlier event the
    news came after (its toll is another event's). Not "came after" with no span (a cause: "came after gunmen
    stormed the clinic")."""
    if _EN_CAME.isdisjoint(words):
        return False
    for k, word in enumerate(words):
        if word in _EN_CAME:
            for j in range(k + 2, min(len(words), k + _EN_CAME_REACH + 1)):
                if words[j] == "after":
                    if words[j - 1] in EN_SPAN_UNITS:
                        return not _political_event_days_after(words, k, j)
                    break
    return False


_EN_SHORT_SPANS = frozenset({"hours", "day", "days"})


def _political_event_days_after(words: list[str], came: int, after: int) -> bool:
    """"The signing came two days after three workers were shot dead": a political event (a signing, a meeting, a
    visit) timed by a harm hours or days before it is placed after the day's news, which a long article opens on
    politics and then tells (the twin of pass 35's "Hours before the meeting, a rocket ..."); not "the attack came two
    days after" (one harm after another) nor "the signing came three years after" (an earlier event) (English
    pass 44)."""
    return words[after - 1] in _EN_SHORT_SPANS and not _EN_POLITICAL_EVENTS.isdisjoint(words[max(0, came - 2) : came])


def earlier_event(words: list[str]) -> bool:
    """The sentence tells an earlier event, as background to the news: «خلال العام الماضي», «الصيف الماضي», «سبق أن
    أصيب», or a pluperfect opener with «witnessed» or «earlier» («وكانت المدينة شهدت مواجهات أسفرت عن إصابة 10
    أشخاص», «وكانت مواجهات سابقة قد أسفرت عن ...»). Not «الأحد الماضي»: the day of the news itself."""
    # (the pair test needs a word of _PAST or of _PREVIOUSLY: one set test first, most sentences have neither)
    if not (_PAST.isdisjoint(words) and _PREVIOUSLY.isdisjoint(words)) and any(
            (word_forms(a) & _PAST_PERIODS and b in _PAST) or (a in _PREVIOUSLY and b == "ان") for a, b in pairwise(words)):
        return True
    return bool(words) and words[0] in PLUPERFECT and any(w in _BEFORE_NOW for w in words[1:])


_RECALLED = {"الاذهان"}  # «يعيد الحادث إلى الأذهان»
_SIMILAR = {"مماثله", "مماثلا", "مماثلين"}  # «ضربات مماثلة»; not «وفي حادثة مماثلة مساء أمس» (a round-up's next story)
_EARLIER_ONES = {"حوادث", "جرائم", "وقائع", "مرات"}  # «حوادث سابقة»; with plurals in «ات»: «حالات سابقة»
_REMINDS = {"ذكر", "ذكرت", "تذكر", "يذكر", "مذكره", "مذكرا", "مذكرين"}  # «وتذكر هذه الاشتباكات بمواجهات ...»
_IN_MONTH = frozenset({"في", "خلال", "منذ"})  # «في مارس الماضي», not a day's number before the month
_EARLIER_ADJECTIVES = frozenset({"سابقه", "سابق", "سابقا", "سابقين", "سابقات"})  # «هجوما سابقا», «قذيفة سابقة»
_PAST_SPANS = {"السنوات", "الاعوام", "السنين", "الاشهر", "الشهور",  # «خلال السنوات الماضية»
               # «قتلوا وجرحوا خلال العقد الماضي», «طيلة العقدين الماضيين»: a decade's record (Arabic pass 108)
               "العقد", "العقدين", "العقود"}
_WAR_TIME = {"خلال", "ابان", "اثناء"}  # «خلال حرب 2019-2020», «إبان الحرب»
SINCE = with_proclitics({"منذ"}, ("و",))  # also ``counts_rules``' «منذ وفاة زوجته» (a life dated by a death)
_YEAR_REACH = 4  # words from «منذ» or a birth word to the year they govern («منذ انسحاب ... في يونيو 2020»)
# «ويأتي ذلك بعد ثلاثة أسابيع من غرق قارب», «وجاءت الحادثة بعد أيام من»: the news placed after an earlier event
_COMES = frozenset({"ياتي", "تاتي", "جاء", "جاءت", "يجيء"})
SPAN_UNITS = frozenset({"يوم", "يومين", "ايام", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور", "عام",
                         "عامين", "اعوام", "سنه", "سنتين", "سنوات"})


# the words the loop of ``recalls_earlier_event`` starts a test at (besides a year, ``_earlier_year``): its gate, so a
# new test widens it (speed pass 14)
_RECALL_STARTS = frozenset(_REMINDS | MONTH_WORDS | _PAST_SPANS | _PREVIOUSLY | _WAR_TIME | {"سابقه"})


def recalls_earlier_event(words: list[str], published: date | None = None) -> bool:
    """A sentence of a long article that recalls an earlier event as background (issue 13, long articles): an
    earlier event as above, a recall («إلى الأذهان», «ضربات مماثلة», «حالات سابقة», «ذكّرت باغتيال ناشطات»), years
    back («خلال السنوات الماضية», «سبق للقيادة أن»), a war's time («خلال حرب»), or a year before the article's
    («في عام 2022» in 2026; not «منذ 2023»: a detention since then still lasts; not a birth year)."""
    if earlier_event(words) or _RECALLED.intersection(words):
        return True
    if _SIMILAR.intersection(words) and not DATE_WORDS.intersection(words):
        return True
    plain = [w.removeprefix("و") for w in words]
    if _comes_after_earlier(plain) or _had_in_those(plain):
        return True
    if _RECALL_STARTS.isdisjoint(plain) and (published is None or not any(map(str.isdigit, plain))):
        return False  # a cheap test first: each test of the loop starts at one of these words or a year (speed pass 14)
    for k, word in enumerate(plain):
        later = plain[k + 1 : k + 1 + _YEAR_REACH]
        if word in _REMINDS and any(w.startswith("ب") and not w.startswith("بان") for w in later[:2]):
            return True
        if word in _REMINDS and later[:1] in (["بان"], ["ان"]) and _EARLIER_ADJECTIVES.intersection(plain[k + 2 :]):
            return True  # «مذكرة بأن قذيفة سابقة أصابت ثلاثة أطفال»: reminded of an earlier one (Arabic pass 94)
        if word in MONTH_WORDS and later[:1] and later[0] in _PAST and k > 0 and plain[k - 1] in _IN_MONTH:
            return True  # «في مارس الماضي» past the lead: a month gone by, another event (Arabic pass 94); not «يوم
            # 12 يناير الماضي»: a day so dated is often the news's own (an arrest whose detention lasts: tune9 rw9t-23)
        if later[:1] == ["سابقه"] and (word.endswith("ات") or word in _EARLIER_ONES):
            return True  # «حالات سابقة», not «في سابقة خطيرة» (a precedent: the news itself)
        if (word in _PAST_SPANS and later[:1] and later[0] in _PAST) or (word in _PREVIOUSLY and "ان" in later):
            return True
        if word in _WAR_TIME and later[:1] and later[0] in ("حرب", "الحرب"):
            return True
        if _earlier_year(word, published) and not any(
                w in SINCE or word_forms(w) & _BORN for w in plain[max(0, k - _YEAR_REACH) : k]):
            return True
    return False


# Arabic pass 108 (tune108): «وكان أكثر من أربعين متظاهرا قد قتلوا في تلك الأحداث»: the pluperfect («كان ... قد»)
# and the distal «تلك» with an events noun point to the earlier events a trial or an inquiry is about; not the
# pluperfect alone («وكان الانفجار قد وقع صباح أمس»: the news's own event told again)
_THOSE = frozenset({"تلك"})
_THOSE_EVENTS = frozenset({"الاحداث", "المواجهات", "الاشتباكات", "الفتره", "الحرب", "المعارك", "الحقبه"})
_PLUPERFECT_REACH = 8  # «وكان أكثر من أربعين متظاهرا قد»: the subject between «كان» and «قد»


def _had_in_those(plain: list[str]) -> bool:
    """The sentence opens on «كان(ت)» (its «و» peeled), «قد» within ``_PLUPERFECT_REACH`` words, and «تلك» + an
    events noun in it."""
    return bool(plain) and plain[0] in PLUPERFECT and "قد" in plain[1:_PLUPERFECT_REACH] and any(
        w in _THOSE and nxt.rstrip("،,.") in _THOSE_EVENTS for w, nxt in pairwise(plain))


def _comes_after_earlier(plain: list[str]) -> bool:
    """«ويأتي ذلك بعد ثلاثة أسابيع من غرق قارب», «وتأتي الحادثة بعد أيام من مقتل»: a sentence that places the news
    after an earlier event (an opener «يأتي / جاء», «بعد», a span of days to years, «من / على») tells that earlier
    event as background; not «بعد أسبوعين من خطفه» alone (a body found two weeks after the kidnapping is the news)."""
    for k, word in enumerate(plain[:6]):  # the opener leads its sentence («ويأتي ذلك», «وجاء الهجوم الأخير»)
        if word not in _COMES or "بعد" not in plain[k + 1 : k + 5]:
            continue
        after = plain.index("بعد", k + 1)
        for j in range(after + 1, min(len(plain) - 1, after + 4)):
            if plain[j] in SPAN_UNITS and plain[j + 1] in ("من", "علي"):
                return True
    return False


def _earlier_year(word: str, published: date | None) -> bool:
    """A year before the article's; last year only from February on (a January article still tells December's
    news: «ليلة 31 ديسمبر 2025»)."""
    if published is None or len(word) != 4 or not word.isdigit():
        return False
    return 1900 < int(word) < published.year - (published.month == 1)


def english_dated_earlier(words: list[str], published: date | None) -> bool:
    """"The 2014 attack killed 13 police officers", "In 2019, a raid on the market killed 30": a body sentence that
    opens on a year before the article's names an earlier event, its toll background to the news (English pass 49:
    an execution story recalling the attack it punished). Not the article's own year ("The 2026 attack killed nine")."""
    return words[:1] in (["the"], ["in"]) and words[1:2] != [] and _earlier_year(words[1], published)


_AND_SINCE = frozenset("و" + w for w in SINCE)  # a word whose «و» removed is in ``SINCE`` (speed pass 14)


def since_earlier_year(words: list[str], published: date | None) -> bool:
    """«منذ 2011», «منذ مارس 2024» (the article of 2026): what lasts since then (a detention, a disappearance) is
    still the news; a killing «since 2011» is a tally of the past («الصحفيين الذين قتلوا في ليبيا منذ 2011»)."""
    if SINCE.isdisjoint(words) and _AND_SINCE.isdisjoint(words):
        return False  # a cheap test first: no «منذ» (also after «و»), the loop finds none (speed pass 14)
    plain = [w.removeprefix("و") for w in words]
    return any(w in SINCE and any(_earlier_year(y, published) for y in plain[k + 1 : k + 1 + _YEAR_REACH])
               for k, w in enumerate(plain))


# Arabic pass 49 (tune49): «أحيا الأهالي الذكرى السادسة للهجوم الذي أسفر عن مقتل 12 شخصا», «مرور عام على سقوط قذيفة
# ... أدت إلى مقتل ثلاثة تلاميذ»: a toll told after an anniversary in its sentence is the commemorated past (the guide:
# an anniversary has null counts); not one the anniversary only dates («تزامنا مع ذكرى الثورة، قتل شخصان»)
_MARKING = frozenset({"مرور"})
_MARKED = frozenset(_ANNIVERSARY | _MARKING)  # a word's forms must meet one of them for the loop to mark it
_COINCIDING = frozenset({"تزامنا", "بالتزامن", "تزامن", "عشيه", "خلال", "اثناء", "يوم", "مع", "احتفالا", "احتفالات",
                         "احتفال", "بمناسبه", "الاحتفال", "بالاحتفال"})  # «احتفالا بذكرى الثورة، أصيب 3 برصاص»
_COINCIDING_REACH = 3  # «تزامنا مع الذكرى», «خلال إحياء ذكرى»


def commemorates_past(words: list[str], trigger_at: dict[int, str]) -> bool:
    """An anniversary word («الذكرى», «مرور» + a span + «على») before every casualty trigger of the sentence, not
    dated by a coinciding word just before it."""
    casualties = [k for k, kind in trigger_at.items() if kind in ("killing", "injury")]
    if not casualties:
        return False
    first = min(casualties)
    if not any(map(_MARKED.intersection, map(word_forms, words[:first]))):
        return False  # no anniversary or «مرور» before the first casualty word: the loop marks none (its test, at C level)
    for k in range(first):
        forms = word_forms(words[k])
        marked = forms & _ANNIVERSARY or (forms & _MARKING and "علي" in words[k + 1 : k + 4])
        if marked and not any(w.removeprefix("و") in _COINCIDING for w in words[max(0, k - _COINCIDING_REACH) : k]):
            return True
    return False


# the cues of a death with a cause anywhere in the document: a road or work accident, the sea, custody, armed men, a
# military target, a rescue (a clash's fighters only in the sentence that counts the dead: ``death_notice``)
_CAUSED_DEATH = frozenset({"accident", "sea", "capsized", "custody", "detention_centre", "perpetrators",
                           "military_targets", "smugglers", "rescue"})


def death_notice(tokens: list, results: list) -> bool:
    """A death notice (real posts pass 6, AFND articles): the document mourns («ببالغ الحزن تلقينا نبأ وفاة»,
    «يتغمد الفقيد برحمته», «انتقل إلى رحمة الله», «وافته المنية») and no sentence that counts a death names a harm
    (a candidate), nor does the document name a cause of death (an accident, the sea, a clash, custody, armed men): an
    age's or an illness's death, no casualty event, so no killed count (the guide: «وفاة والدنا بعد مرض» counts
    nobody). ``tokens`` are the document's, ``results`` its ``SentenceResult``s; read only when the document has a
    killed count and no incident (one scan of the cue lexicon over the document)."""
    counted = [r for r in results if r.counts.get("killed")]
    if any(r.candidates or "combatants" in r.context for r in counted):
        return False  # (a fighter's death is told beside his unit; «القيادي في الحزب» elsewhere is no fighter)
    matches = load_lexicons().context.find(tokens)
    cues = {p for m in matches for p in m.payloads}
    return ("mourning" in cues or _illness_told(tokens, matches)) and _CAUSED_DEATH.isdisjoint(cues)


# Arabic pass 106 (tune106): «توفي الشيخ ... إثر مرض عضال», «بعد صراع طويل مع المرض», «بجلطة»: an illness told as the
# cause of the death (a disease cue after a word of cause, or written with «ب») is a death of illness, as a death
# notice's («وفاة والدنا بعد مرض» counts nobody: the guide); a disease cue alone (a hospital's «قسم الأمراض») is not
_ILLNESS_CAUSE = frozenset({"اثر", "بعد", "جراء", "بسبب", "نتيجه", "مع"})


def _illness_told(tokens: list, matches: list) -> bool:
    for m in matches:
        if "disease" in m.payloads and m.first > 0 and (
                strip_and(tokens[m.first - 1].text) in _ILLNESS_CAUSE or tokens[m.first].text.startswith("ب")):
            return True
    return False


# Arabic pass 86 (tune86): «قرار بتشكيل لجنة تحقيق في الاشتباكات التي شهدتها المدينة الشهر الماضي وأسفرت عن سقوط 12
# جريحا»: an inquiry into an earlier event, whose toll is told in the relative clause that names it (the guide: an
# investigation naming an earlier harm is no incident and has null counts). Only when the event is dated in the past
# («الشهر / الأسبوع / العام الماضي»): «فتحت النيابة تحقيقا في الهجوم الذي أسفر عن مقتل 3 أمس» tells the day's attack.
_INQUIRY = frozenset({"تحقيق", "تحقيقا", "التحقيق", "تحقيقات", "التحقيقات", "بالتحقيق", "للتحقيق"})
_WHICH = frozenset({"التي", "الذي", "اللذين", "اللتين"})
# «الشهر / الأسبوع / العام / السنة»: the span nouns of a date counted back (also read by actors and incident_cues)
DATED_SPANS = frozenset({"الشهر", "الاسبوع", "العام", "السنه"})
# «الماضي / المنصرم / الفائت» after a span noun: the last week, month or year (also read by ``nlp.incident_scope``)
LAST_SPAN_WORDS = frozenset({"الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته"})
_INQUIRY_TO_WHICH = 4  # «تحقيق في الاشتباكات المسلحة التي»: «في», the event, an adjective, then the relative


_SPANS_OR_MONTHS = DATED_SPANS | MONTH_WORDS


def dated_last_span(words: list[str], months: bool = False) -> bool:
    """«الشهر الماضي», «العام المنصرم»: the sentence dates something last week, month or year (with ``months``, also
    a month gone by: «ديسمبر الماضي»)."""
    spans = _SPANS_OR_MONTHS if months else DATED_SPANS
    return any(w in spans and words[k + 1] in LAST_SPAN_WORDS for k, w in enumerate(words[:-1]))


# Arabic pass 108 (tune108): «فتح تحقيق في ملابسات وفاة ثلاثة مهاجرين ... خلال ديسمبر الماضي», «تحقيقا في مقتل مزارع
# العام الماضي»: the harm noun right after «في» (or after «ملابسات / ظروف») is the event inquired into, as the
# relative clause is; a month gone by («ديسمبر الماضي») dates it as a span does
_INQUIRED_HARMS = frozenset({"وفاه", "مقتل", "اغتيال", "قتل", "اختفاء", "اختطاف", "تعذيب", "اصابه", "مصرع"})
_CIRCUMSTANCES = frozenset({"ملابسات", "ظروف"})


# Arabic pass 143 (tune143): «أمر النائب العام بإعادة فتح التحقيق في مقتل الصحفي»: an inquiry *reopened* is into an
# event closed long ago; the reopening dates it in the past as «الشهر الماضي» does (the guide: an investigation naming
# an earlier killing is no incident)
_REOPENING = with_proclitics({"اعاده"}, ("ب", "ل", "و"))


def inquiry_reopened(words: list[str]) -> bool:
    """«بإعادة فتح التحقيق»: a reopening noun, «فتح», then an inquiry word."""
    return any(w in _REOPENING and words[k + 1] == "فتح" and words[k + 2] in _INQUIRY
               for k, w in enumerate(words[:-2]))


def inquiry_into_past(words: list[str]) -> bool:
    """An inquiry word, then «في» + the event it is into (its relative clause, or a harm noun right after «في» or
    «ملابسات»), the event dated last week, month or year or a month gone by, or the inquiry reopened: the sentence
    names an earlier event, it does not report one."""
    if _INQUIRY.isdisjoint(words):
        return False  # most sentences (the cheap test first)
    reopened = not _REOPENING.isdisjoint(words) and inquiry_reopened(words)
    if not reopened and (LAST_SPAN_WORDS.isdisjoint(words) or not dated_last_span(words, months=True)):
        return False  # the span, or a month gone by («ديسمبر الماضي»: Arabic pass 108)
    for k, word in enumerate(words[:-3]):
        if word not in _INQUIRY or words[k + 1] != "في":
            continue
        if any(w in _WHICH for w in words[k + 2 : k + 2 + _INQUIRY_TO_WHICH]):
            return True
        event = k + 2 + (words[k + 2] in _CIRCUMSTANCES)
        if event < len(words) and words[event] in _INQUIRED_HARMS:
            return True
    return False
