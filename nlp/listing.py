"""Is a text a homepage or a listing of unrelated headlines rather than one report?

A homepage's extracted text is a column of short headlines, each a different story; reading it as
one document mixes a killing in one headline with a place in the next and makes one lead out of a
page of news. Such a text is recognised by its shape: many lines, most of them short, few of them
ending a sentence. Articles (paragraphs of running text) and social posts (one or two lines) do not
have that shape. Listings are skipped, not split: their headlines link to the articles, which the
crawler fetches and annotates one by one.
"""

from __future__ import annotations

import re

from nlp.victims import BRACKETED_AGE

MIN_LINES = 8  # fewer lines is a post or a short article, whatever their shape
MAX_MEDIAN_WORDS = 14  # headlines are short; article paragraphs run to dozens of words
MAX_SENTENCE_END_SHARE = 0.35  # a headline seldom ends with a full stop
_SENTENCE_END = re.compile(r"[.!?؟…]['\"»”)]?\s*$")
# Arabic pass 49 (tune49): «الوسط | أبرز عناوين اليوم», «أهم العناوين»: a page that names itself a digest of headlines
# is one with fewer lines than the shape alone needs (the shape test below still decides)
_DIGEST_TITLE = re.compile(r"(?:أبرز|أهم|ابرز|اهم)\s+(?:ال)?(?:عناوين|الأخبار|الاخبار|أخبار|اخبار)|عناوين\s+(?:اليوم|الصحف)|موجز\s+(?:ال)?(?:أخبار|اخبار)")
MIN_NAMED_DIGEST_LINES = 5  # the title and at least four headlines


# one item of a list of victims with their ages («1- سالمة محمد (34 سنة) - شظية في الكتف», «- يونس الطاهر (15 سنة)»)
_VICTIM_ITEM = re.compile(r"^(?:\d{1,3}\s*[-.)]|[-•*])\s*\S.*" + BRACKETED_AGE)


def _blocks(lines: list[str]) -> list[str]:
    """The lines, a run of victim items (a hospital's or a council's list of the wounded) joined into one: a post
    that lists its wounded one a line is still one report, not a column of headlines."""
    out: list[str] = []
    in_run = False
    for line in lines:
        item = bool(_VICTIM_ITEM.match(line))
        if item and in_run:
            out[-1] += " " + line
        else:
            out.append(line)
        in_run = item
    return out


# the line before such a list says who is listed: the wounded («قائمة بأسماء الجرحى», «أسماء المصابين:»)
_WOUNDED_HEADER = re.compile(r"الجرحى|الجرحي|المصابين|المصابون|جرحى|مصابين")


def listed_wounded(text: str) -> tuple[int, ...] | None:
    """The ages of the wounded a post lists one a line after a header naming them (a hospital's or a council's list),
    when it lists at least two: their number is the count the post gives, their ages say who they are."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines[:-1]):
        if _WOUNDED_HEADER.search(line) and _VICTIM_ITEM.match(lines[index + 1]):
            ages = []
            for item in lines[index + 1 :]:
                found = _VICTIM_ITEM.match(item)
                if found is None:
                    break
                ages.append(int(found.group(1)))
            return tuple(ages) if len(ages) >= 2 else None
    return _inline_wounded(text)


# «أسماء المصابين ...، وهم: خديجة (72 عاما)، وحفيدها أيمن (15 عاما)، ...»: the wounded named in one sentence, after
# a header naming them and «وهم:» (Arabic counts pass 11), or «الجرحى التالية أسماؤهم، إثر ...:» (a hospital's post:
# the names follow the colon; Arabic pass tune47)
# or «نشرت البلدية أسماء جرحى القذيفة التي سقطت على منزل ... فجر اليوم: فاطمة (45 عاما)، وابنها ...» (a header that
# opens with «أسماء», Arabic pass 58)
_INLINE_HEADER = re.compile(r"(?:الجرحى|الجرحي|المصابين|المصابون)[^.:\n]{0,120}?\s(?:(?:وهم|هم)\s*|"
                            r"(?:أسماؤهم|أسماءهم|اسماؤهم|اسماءهم)[^.:\n]{0,160}?):"
                            r"|(?:أسماء|اسماء)\s+(?:ال)?(?:جرحى|جرحي|مصابي|مصابين)\s[^.:\n]{0,160}?:")
_INLINE_AGE = re.compile(BRACKETED_AGE)
_SENTENCE_STOP = re.compile(r"[.!?؟\n]")


def _inline_wounded(text: str) -> tuple[int, ...] | None:
    """The ages of the wounded one sentence lists after «أسماء المصابين ... وهم:», when it lists at least two."""
    header = _INLINE_HEADER.search(text)
    if header is None:
        return None
    stop = _SENTENCE_STOP.search(text, header.end())
    ages = tuple(int(m.group(1)) for m in _INLINE_AGE.finditer(text, header.end(), stop.start() if stop else len(text)))
    return ages if len(ages) >= 2 else None


def is_listing(text: str) -> bool:
    lines = _blocks([line.strip() for line in text.splitlines() if line.strip()])
    if len(lines) < MIN_LINES and not (len(lines) >= MIN_NAMED_DIGEST_LINES and _DIGEST_TITLE.search(lines[0])):
        return False
    lengths = sorted(len(line.split()) for line in lines)
    median = lengths[len(lengths) // 2]
    ended = sum(1 for line in lines if _SENTENCE_END.search(line)) / len(lines)
    return median <= MAX_MEDIAN_WORDS and ended <= MAX_SENTENCE_END_SHARE
