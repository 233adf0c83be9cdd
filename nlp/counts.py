"""Numbers in news text: digits, Arabic-Indic digits and Arabic number words (our own parser).

Works on normalised tokens (``nlp.normalize`` has already turned ٣ into 3, ة into ه and ى
into ي), so the word table below is written in normalised spelling. Handles units, tens,
teens («خمسة عشر»), compounds («ثلاثة وعشرون»), hundreds and thousands, duals («قتيلين»)
and English words for English text. Vague quantities («عشرات») give no number.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.normalize import word_cache

_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3,
    "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8,
    "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,  # the forms of two written only before ten: «اثنا عشر» (12)
    "زوز": 2,  # Libyan and Tunisian «two» («مات زوز»: Arabic counts pass 11)
    "جوز": 2,  # Libyan «a pair» before people («جوز صغار انصابوا»: Arabic pass 72); counts only before a person noun
    # Libyan dialect spellings with «ت» for «ث» (Arabic pass 68: «اصيبوا تلاتة شباب برصاص طايش», «اتنين منهم»)
    "تلاته": 3, "تلات": 3, "اتنين": 2, "تنين": 2, "تمنيه": 8,
}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50,
    "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "تلاتين": 30, "تمانين": 80,  # the dialect's «ت» for «ث» (Arabic pass 68)
}
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "ثلاثمائه": 300,
             "ثلاثمئه": 300, "اربعمائه": 400, "اربعمئه": 400, "خمسمائه": 500, "خمسمئه": 500, "ستمائه": 600,
             "سبعمائه": 700, "ثمانمائه": 800, "تسعمائه": 900}
_BARE_THOUSANDS = {"الاف", "والاف"}  # «3 آلاف» counts (after a number), «آلاف» alone does not
_THOUSANDS = {"الف": 1000, "الاف": 1000, "الفين": 2000, "الفان": 2000, "الفي": 2000}  # «ألفي مهاجر»: the construct dual
_ENGLISH = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": -1, "a": 1, "an": 1,
}

# Words for years after a number or as a dual («15 عاما», «سنتين», "three years"): ages and "years ago" read them
YEAR_WORDS = frozenset({"عام", "عاما", "عامان", "عامين", "اعوام", "سنه", "سنتان", "سنتين", "سنين", "سنوات", "year", "years"})


def is_calendar_year(word: str) -> bool:
    """A year of the 1900s or 2000s written in digits («2024», "1969"): a date, no count of people."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _word_value(word: str) -> int | None:
    """The value of one number word, with or without «و» («واحدة» is one, «وعشرين» twenty)."""
    stems = (word, word[1:]) if word.startswith("و") and len(word) > 3 else (word,)
    for stem in stems:
        for table in (_UNITS, _TENS, _HUNDREDS, _THOUSANDS):
            if stem in table:
                return table[stem]
    return None


def parse_number(tokens: Sequence[str], index: int) -> tuple[int, int] | None:
    """(value, tokens used) for the number starting at ``tokens[index]``, or None (also at the end of ``tokens``)."""
    if index >= len(tokens) or not starts_number(tokens[index]):
        return None  # most words: whether a number starts here depends on this word alone (cached)
    return _parse_number(tokens, index)


@word_cache(65536)
def starts_number(token: str) -> bool:
    """Does a number start at this word? ``_parse_number`` returns None or not on the first word alone."""
    return _parse_number((token,), 0) is not None


def _parse_number(tokens: Sequence[str], index: int) -> tuple[int, int] | None:
    token = tokens[index]
    if token.startswith("و") and token[1:].isdigit():
        token = token[1:]  # «و3 جرحى»: the conjunction is written onto the digits
    if token.isdigit():
        value = int(token)
        # «3 آلاف» / «2 مليون»
        if index + 1 < len(tokens) and tokens[index + 1] in ("الاف", "الف", "thousand"):
            return value * 1000, 2
        # «45.000 قتيل», «12 500»: a group of three digits after the first continues the number (the tokens
        # lose the thousands separator; a decimal «11.21» has two digits after it and stays 11)
        used = 1
        while index + used < len(tokens) and len(tokens[index + used]) == 3 and tokens[index + used].isdigit():
            value = value * 1000 + int(tokens[index + used])
            used += 1
        return value, used
    if token in _BARE_THOUSANDS:
        return None  # «وآلاف الجرحى»: a bare plural of thousands is vague, as «عشرات» (not 1,000)
    if token in _ENGLISH and token not in ("a", "an"):
        value = _ENGLISH[token]
        if token == "dozen" and index >= 2 and tokens[index - 2] == "half" and tokens[index - 1] in ("a", "an"):
            return 6, 1  # "half a dozen migrants" (English pass 37)
        unit = _ENGLISH.get(tokens[index + 1], 0) if 20 <= value <= 90 and index + 1 < len(tokens) else 0
        if 0 < unit < 10 and tokens[index + 1] not in ("a", "an"):
            return value + unit, 2  # "twenty-three" (the hyphen splits the words): 23, not 20 and then 3
        if 1 < value < 10 and index + 1 < len(tokens) and tokens[index + 1] == "dozen":
            return value * 12, 2  # "two dozen civilians": 24, not 2 and then 12 (English pass 37)
        return (value, 1) if value > 0 else None
    value = _word_value(token)
    if value is None:
        return None
    used = 1
    total = value
    # teens: «خمسة عشر», «احدى عشرة»
    if value < 10 and index + 1 < len(tokens) and tokens[index + 1] in ("عشر", "عشره"):
        total, used = value + 10, 2
    # compounds: «ثلاثة وعشرون», «مائة وخمسون», «الف ومائتين»
    while index + used < len(tokens):
        nxt = tokens[index + used]
        if not nxt.startswith("و"):
            break
        part = _word_value(nxt)
        if part is None:
            break
        if part >= 1000 and total < 1000:
            total = total * part
        else:
            total += part
        used += 1
    if index + used < len(tokens) and tokens[index + used] in _THOUSANDS and total < 1000:
        total *= 1000
        used += 1
    if index + used < len(tokens) and tokens[index + used] == str(total):
        used += 1  # «خمسة (5) أيام», «إرهابي واحد (1)»: official texts restate a number word in digits
    return total, used
