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

MIN_LINES = 8  # fewer lines is a post or a short article, whatever their shape
MAX_MEDIAN_WORDS = 14  # headlines are short; article paragraphs run to dozens of words
MAX_SENTENCE_END_SHARE = 0.35  # a headline seldom ends with a full stop
_SENTENCE_END = re.compile(r"[.!?؟…]['\"»”)]?\s*$")


def is_listing(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < MIN_LINES:
        return False
    lengths = sorted(len(line.split()) for line in lines)
    median = lengths[len(lengths) // 2]
    ended = sum(1 for line in lines if _SENTENCE_END.search(line)) / len(lines)
    return median <= MAX_MEDIAN_WORDS and ended <= MAX_SENTENCE_END_SHARE
