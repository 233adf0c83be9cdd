"""Victims listed one after another and joined by «و» («ثلاث نساء وشابا سودانيا», «شاب وطفلين»): their sum, and
where such a list starts when it is the subject of a passive verb after «أن». Several count rules read these lists;
each allows different words between the victims, passed in as parameters, so the summing is written once."""

from __future__ import annotations

from collections.abc import Callable, Collection

from nlp.counts import parse_number
from nlp.counts_words import (
    DIALECT_KIN,
    TIME_AFTER_VERB,
    construct_dual,
    dual_of_victim,
    plural_of_victim,
    possessed_dual,
    singular_victim,
    strip_and,
)

# «الأب والأم وتلاتة صغار»: a family's father and mother named with the article, each one victim in a list (Arabic
# pass 96); the bare «أب», «أم» are too short for the victim forms, and «أم» alone is also «or»
_DEFINITE_PARENTS = frozenset({"الاب", "الام"})

# (words, k, end) -> the position past what stands at k (a qualifier, a nisba, a unit), or k when nothing does
Skip = Callable[[list[str], int, int], int]


def sum_victims(words: list[str], start: int, end: int, *, joined: bool = True,
                people: Callable[[str], bool] | None = None, construct_duals: bool = False,
                filler: Skip | None = None, tail: Skip | None = None,
                parts: tuple[int, int] | None = None, family: bool = False) -> int | None:
    """The sum of the victims listed from ``start`` to ``end``: each part a number and its people, a dual or one
    victim; None when any other word stands among them.

    ``joined``: each part after the first opens with «و», read without it (else parts are read as written, the dual
    without its «و» or «ف»). ``people``: the test of the word after a number (None: no numbers here).
    ``construct_duals``: «عوني أمن» is two. A bare plural («مواطنين») is no single victim: its number is unknown.
    ``filler``: what may stand where no victim does, once one is counted (a qualifier, a nisba).
    ``tail``: what may close every part before the next «و» (the unit after «من»).
    ``parts``: the fewest and the most victims (parts) the list may have; None outside them.
    ``family``: a family's kin as its posts write them: «وولديها», «وطفلاه» (her two sons, his two children) are two,
    the Libyan «وبنتها», «ومرته» (her daughter, his wife) one (Arabic pass 100)."""
    total, k, told = 0, start, 0
    while k < end:
        if k == start or not joined:
            word = words[k]
        else:
            word = words[k][1:] if words[k].startswith("و") else ""
        if construct_duals and construct_dual(words, k):
            total, k = total + 2, k + 2
        elif word and people is not None and (parsed := parse_number([word, *words[k + 1 : end]], 0)) is not None and (
                k + parsed[1] < end and people(words[k + parsed[1]])):
            total, k = total + parsed[0], k + parsed[1] + 1
        elif word and (dual_of_victim(word if joined else strip_and(word)) or (family and possessed_dual(word))):
            total, k = total + 2, k + 1  # (``family``: «وولديها», her two sons)
        elif word and ((singular_victim(word) and not plural_of_victim(word)) or word in _DEFINITE_PARENTS or (
                family and word in DIALECT_KIN)):
            total, k = total + 1, k + 1
        elif total and filler is not None and (past := filler(words, k, end)) > k:
            k = past
            continue
        else:
            return None
        told += 1
        if tail is not None and k < end:
            k = tail(words, k, end)
    return total if parts is None or parts[0] <= told <= parts[1] else None


def passive_subject_start(words: list[str], first: int, last: int, *, that: Collection[str],
                          after: Collection[str], reach: int, from_sentence_start: bool = False) -> int | None:
    """Where the subject of the passive verb at ``first``..``last`` starts: after the nearest of ``that`` («أن») at
    most ``reach`` words before the verb, or at the sentence start when ``from_sentence_start`` and the verb is that
    near it. None when a word not in ``after`` (a time word skipped) follows the verb: an object makes it active
    («مسلحون قتلوا شابا»)."""
    k = last + 1
    while k < len(words) and words[k] in TIME_AFTER_VERB:
        k += 1
    if k < len(words) and words[k] not in after:
        return None
    for j in range(first - 1, max(-1, first - 2 - reach), -1):
        if words[j] in that:
            return j + 1
    return 0 if from_sentence_start and first <= reach else None
