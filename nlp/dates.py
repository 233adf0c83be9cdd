"""Event dates: relative expressions resolved against the publication time, absolute dates parsed.

Arabic news writes «مساء أمس», «أول أمس», «يوم الأحد», «الأسبوع الماضي», «15 جانفي 2016»,
«12 الحرث» (Libyan month names), «امبارح». dateparser misses most of these (see
research/nlp.md), so Arabic goes through our own tables; dateparser handles English.
Returns an ISO date with its precision (day, month, year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from nlp.counts import parse_number
from nlp.normalize import normalize

# Normalised month names: MSA, Maghreb (Tunisia/Algeria), Levant, Libyan (Jamahiriya era).
_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "اغسطس": 8, "سبتمبر": 9,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "اي النار": 1, "النوار": 2, "الربيع": 3, "الطير": 4, "الماء": 5, "الصيف": 6, "ناصر": 7, "هانيبال": 8,
    "الفاتح": 9, "التمور": 10, "الحرث": 11, "الكانون": 12,
}
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# «(?<!\d)(\d{1,2})» is written «(\d(?<!\d\d)\d?)» (the same test, after the first digit): a pattern that opens on a
# digit is searched for one, not tried at every character
_ABSOLUTE = re.compile(rf"(\d(?<!\d\d)\d?)\s*(?:من\s+)?(?:شهر\s+)?({_MONTH_RE})(?:\s+(?:من\s+)?(?:عام|سنه)?\s*(\d{{4}}))?")
_NUMERIC = re.compile(r"(\d(?<!\d\d)\d?)[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_RELATIVE = (
    (re.compile(r"(?:اول|قبل)\s+(?:امس|البارحه)"), 2),
    (re.compile(r"(?<![\w])(?:امس|البارحه|امبارح|البارح|الليله الماضيه|ليله امس|الليله اللي فاتت|الليله الفايته)(?![\w])"),
     1),
    (re.compile(r"(?<![\w])(?:اليوم|صباح اليوم|مساء اليوم|هذا الصباح|الليله)(?![\w])"), 0),
)
# words every match of the _RELATIVE pattern beside them holds: those patterns open on a look-behind or on «ا», tried
# or stopped at nearly every character, so a sentence with none of the words is not scanned by them
_RELATIVE_WORDS = (("امس", "البارحه"), ("امس", "بارح", "ليله"), ("اليوم", "الصباح", "الليله"))
# «منذ عشرة أيام», «قبل أسبوعين», dialect «من 3 أيام»: a number (digits or words) of days or weeks back.
# (the look-behind «(?<![\w])» is written after each word's first letter, «م(?<![\w]م)»: the same test, and a pattern
# that opens on a letter is searched for it, not tried at every character)
_AGO = re.compile(r"(?:م(?<![\w]م)(?:نذ|ن)|ق(?<![\w]ق)بل)\s+(\d+|[\u0621-\u064a]+)?\s*(ايام|يوما|يوم|يومين|اسبوع|اسبوعين|اسابيع)(?![\w])")
# «سوق الجمعة» (Friday market, a Tripoli district) is a place, not a date.
_WEEKDAY_RE = re.compile(r"(?<!سوق )(?:يوم\s+)?(" + "|".join(WEEKDAYS) + r")(?:\s+(الماضي|المنقضي|الفارط))?")
# a day's name, which every _WEEKDAY_RE match holds: searched first (its shared «ال» is searched for), as _WEEKDAY_RE,
# opening on a look-behind, is tried at every character
_WEEKDAY_NAME = re.compile("|".join(WEEKDAYS))
_LAST_WEEK = re.compile(r"الاسبوع\s+(?:الماضي|المنقضي|الفارط)")


@dataclass(frozen=True)
class EventDate:
    value: str  # ISO date
    precision: str  # day, week, month, year
    start: int  # offsets in the normalised sentence
    end: int


@lru_cache(maxsize=4096)  # strptime is slow (a failed format raises): a feed's documents share their days
def parse_published(published_at: str | None) -> date | None:
    if not published_at:
        return None
    text = published_at.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text[:10], fmt).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _days_back(number: str | None, unit: str) -> tuple[int, str]:
    """(days, precision) of «عشرة أيام», «أسبوعين», «3 أيام», «يومين»."""
    if unit in ("يومين", "اسبوعين"):
        count = 2
    elif number is None:
        count = 1 if unit in ("يوم", "اسبوع") else 0  # «قبل أيام» (some days ago) gives no date
    elif number.isdigit():
        count = int(number)
    else:
        parsed = parse_number([number], 0)
        count = parsed[0] if parsed else 0
    week = unit.startswith("اسبوع") or unit == "اسابيع"
    return count * (7 if week else 1), "week" if week else "day"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(sentence: str, published: date | None, language: str | None = "ar") -> EventDate | None:
    """The first date expression of a sentence, resolved against ``published`` where relative."""
    if language == "en":
        return _english_date(sentence, published)
    text = normalize(sentence)
    found: list[EventDate] = []
    for match in _ABSOLUTE.finditer(text):
        month = _MONTHS[match.group(2)]
        year = int(match.group(3)) if match.group(3) else (published.year if published else None)
        if year is None:
            continue
        if not match.group(3) and published and (month, int(match.group(1))) > (published.month, published.day):
            year -= 1  # «15 ديسمبر» read in January is last year's
        value = _safe_date(year, month, int(match.group(1)))
        if value:
            found.append(EventDate(value.isoformat(), "day", match.start(), match.end()))
    for match in _NUMERIC.finditer(text):
        value = _safe_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if value:
            found.append(EventDate(value.isoformat(), "day", match.start(), match.end()))
    if published:
        for (pattern, days), words in zip(_RELATIVE, _RELATIVE_WORDS, strict=True):
            for match in pattern.finditer(text) if any(word in text for word in words) else ():
                if not any(f.start <= match.start() < f.end for f in found):
                    found.append(EventDate((published - timedelta(days=days)).isoformat(), "day",
                                           match.start(), match.end()))
        for match in _AGO.finditer(text):
            days, precision = _days_back(match.group(1), match.group(2))
            if 0 < days < 400:
                found.append(EventDate((published - timedelta(days=days)).isoformat(), precision,
                                       match.start(), match.end()))
        for match in _WEEKDAY_RE.finditer(text) if _WEEKDAY_NAME.search(text) else ():
            back = (published.weekday() - WEEKDAYS[match.group(1)]) % 7
            if match.group(2) and back == 0:
                back = 7
            found.append(EventDate((published - timedelta(days=back)).isoformat(), "day", match.start(), match.end()))
        for match in _LAST_WEEK.finditer(text):
            found.append(EventDate((published - timedelta(days=7)).isoformat(), "week", match.start(), match.end()))
    if not found:
        return None
    return min(found, key=lambda f: (f.start, -f.end))


_EN_DATE = re.compile(
    r"\b(yesterday|today|last night|last week|(?:\d+|a|one|two|three|four|five|six|seven|ten) (?:days?|weeks?) ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{4})?|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:,? \d{4})?)\b",
    re.IGNORECASE,
)


_EN_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
_EN_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"), start=1)}
_EN_WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                             "sunday"))}


def _english_date(sentence: str, published: date | None) -> EventDate | None:
    """English news dates, resolved by table like the Arabic ones (dateparser was the slowest step of
    annotation and needs nothing it does here): yesterday/today/last night, weekdays (the last one on or
    before publication), «3 March», "March 3, 2026"."""
    match = _EN_DATE.search(sentence)
    if not match:
        return None
    phrase = match.group(1).lower().removeprefix("on ")
    words = phrase.replace(",", " ").split()
    value: date | None = None
    if phrase == "last week" or phrase.endswith(" ago"):
        if published is None:
            return None
        count = 7 if phrase == "last week" else (int(words[0]) if words[0].isdigit() else _EN_NUMBERS.get(words[0], 1))
        days = count * (7 if words[-2].startswith("week") and phrase != "last week" else 1)
        value = published - timedelta(days=days)
        return EventDate(value.isoformat(), "week" if "week" in phrase else "day", match.start(), match.end())
    if phrase in ("yesterday", "last night", "today"):
        if published is None:
            return None
        value = published - timedelta(days=0 if phrase == "today" else 1)
    elif words[0] in _EN_WEEKDAYS:
        if published is None:
            return None
        value = published - timedelta(days=(published.weekday() - _EN_WEEKDAYS[words[0]]) % 7)
    else:
        day_first = words[0].isdigit()
        day = int(words[0] if day_first else words[1])
        month = _EN_MONTHS[words[1] if day_first else words[0]]
        year_word = words[2] if len(words) > 2 else None
        year = int(year_word) if year_word else (published.year if published else None)
        if year is None:
            return None
        if not year_word and published and (month, day) > (published.month, published.day):
            year -= 1
        value = _safe_date(year, month, day)
    if value is None:
        return None
    return EventDate(value.isoformat(), "day", match.start(), match.end())
