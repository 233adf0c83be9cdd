"""The one Arabic normaliser: documents, gazetteer patterns and search queries all go through it.

The same steps as camel-tools' character utilities (unicode presentation forms, dediacritisation,
alef / alef-maksura / teh-marbuta normalisation), applied one character at a time so that
every normalised character keeps the offset of the original character it came from.
That lets a match found in normalised text be reported as the exact span the author wrote.

The few tables those steps need are kept here rather than imported: importing camel-tools builds
its charset tables over all of Unicode (half a second), which every ``rasad`` command would pay.
``tests/nlp/test_normalize_tables.py`` checks every code point against camel-tools itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

R = TypeVar("R")

class _WordCache(dict[str, Any]):
    """The results of a function of one word, filled on first use (``word_cache``)."""

    def __init__(self, function: Callable[[str], Any], limit: int) -> None:
        super().__init__()
        self._function = function
        self._limit = limit

    def __missing__(self, word: str) -> Any:
        if len(self) >= self._limit:
            self.clear()  # bounded, as the lru_cache it stands for: emptied when full, not its oldest word dropped
        value = self[word] = self._function(word)
        return value


def word_cache(limit: int = 65536) -> Callable[[Callable[[str], R]], Callable[[str], R]]:
    """``functools.lru_cache(maxsize=limit)`` for a pure function of one word, called with the word alone (not
    by keyword). The cached function is its cache's own ``__getitem__``: a word met before costs one dict lookup at
    C level, about half an lru_cache hit (which also moves the word in its recency list). The per-word caches
    the annotator asks tens of thousands of times a batch (``word_forms``, ``clitic_variants``, the actor finder's
    ``_opening``) use it."""

    def wrap(function: Callable[[str], R]) -> Callable[[str], R]:
        return _WordCache(function, limit).__getitem__

    return wrap


TATWEEL = "\u0640"
_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"}
# camel-tools' tables: the two ligatures NFKC leaves alone, AR_DIAC_CHARSET, and the alef / maksura / teh
# marbuta letters of normalize_alef_ar, normalize_alef_maksura_ar and normalize_teh_marbuta_ar.
_LIGATURES = {"\ufdfc": "ريال", "\ufdfd": "بسم الله الرحمن الرحيم"}
_ARABIC_FOLDS = str.maketrans(
    {**dict.fromkeys("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"),
     **dict.fromkeys("\u0625\u0623\u0671\u0622", "\u0627"), "\u0649": "\u064a", "\u0629": "\u0647"}
)


def _normalize_char(char: str) -> str:
    """Normalise one character (may return '' or several characters, e.g. the ﻻ ligature)."""
    if char in _ZERO_WIDTH or char == TATWEEL:
        return ""
    out = unicodedata.normalize("NFKC", _LIGATURES.get(char, char)).translate(_ARABIC_FOLDS)
    out = out.replace(TATWEEL, "").translate(_ARABIC_INDIC)
    return out.lower()


class _CharTable(dict[int, str]):
    """Code point -> normalised text, filled the first time a character is seen.

    ``str.translate`` with it runs at C speed for every character already met: news text uses
    a few hundred distinct characters, so the table stays small.
    """

    def __missing__(self, code: int) -> str:
        mapped = self[code] = _normalize_char(chr(code))
        if len(mapped) != 1:
            _RESIZING.add(chr(code))
        elif mapped == chr(code):
            _SAME.add(mapped)
        return mapped


class _ByChar(dict[str, str]):
    """Character -> normalised text, read through _TABLE (which fills itself): for ``_translate``."""

    def __missing__(self, char: str) -> str:
        mapped = self[char] = _TABLE[ord(char)]
        return mapped


_TABLE = _CharTable()
_BY_CHAR = _ByChar()
_RESIZING: set[str] = set()  # characters met so far that normalise to none or to several characters
_SAME: set[str] = set()  # characters met so far that normalise to themselves (most letters, digits, spaces)
_changing_pattern: tuple[int, re.Pattern[str]] = (-1, re.compile("(?!)"))
# ASCII, Latin-1, Latin Extended-A, Arabic, general punctuation
_SEEDED_BLOCKS = (range(0x180), range(0x600, 0x700), range(0x2000, 0x2070))


def _changing_re() -> re.Pattern[str]:
    """One character class of every character not known to normalise to itself, as a group (rebuilt when a new
    such character is met): the characters ``_translate`` looks up."""
    global _changing_pattern
    if _changing_pattern[0] < 0:
        # first use: the blocks news is written in are looked up at once (about a millisecond), so the class is
        # not rebuilt for each of their characters as it is met; any other character still is, when first met
        for block in _SEEDED_BLOCKS:
            list(map(_TABLE.__getitem__, block))  # fills _TABLE, _SAME and _RESIZING
    if _changing_pattern[0] != len(_SAME):
        same = "".join(re.escape(c) for c in sorted(_SAME))
        _changing_pattern = (len(_SAME), re.compile(f"([^{same}])" if same else "((?s:.))"))
    return _changing_pattern[1]


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``, twice as fast on Arabic text: str.translate builds an int and looks it up for
    every character, while most characters normalise to themselves (about one Arabic character in ten changes:
    «أ», «ة», «ى»). One split by the characters that may change gives the unchanged stretches and those
    characters in turn; only the characters are looked up (at C level), and the whole is joined again. A character
    met for the first time is one the class still holds, so it is looked up and fills the tables as before. ASCII
    text keeps str.translate, which has a fast path of its own for it."""
    if text.isascii():
        return text.translate(_TABLE)
    parts = _changing_re().split(text)
    parts[1::2] = map(_BY_CHAR.__getitem__, parts[1::2])
    return "".join(parts)


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the offset in the original."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self.original_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


_IDENTITY_CAP = 1 << 14  # texts up to this long take their offsets from one kept tuple (most news texts)
_identity: tuple[int, ...] = ()


def _identity_offsets(length: int) -> tuple[int, ...]:
    """``tuple(range(length))``, as a slice of one kept tuple: a slice copies references to ints already built,
    where ``tuple(range(...))`` builds an int object for every offset past 256 (seven times slower on a news text)."""
    global _identity
    if length > len(_identity):
        if length > _IDENTITY_CAP:
            return tuple(range(length))
        _identity = tuple(range(min(_IDENTITY_CAP, max(length, 2 * len(_identity)))))
    return _identity[:length]


def normalize_with_offsets(text: str) -> NormalizedText:
    normalized = _translate(text)  # also fills the table (and _RESIZING) for new characters
    # the usual case, no resizing character: one character for one, so offsets are the identity (tested by one regex
    # scan of the text, several times faster than a set test, which makes a string of every character)
    if not _RESIZING or _resizing_re().search(text) is None:
        return NormalizedText(normalized, _identity_offsets(len(text)), len(text))
    # Offsets run one for one between resizing characters: copy those stretches as ranges and spell
    # out only the resizing characters themselves (diacritics, tatweel), found by one regex pass.
    offsets: list[int] = []
    done = 0
    for match in _resizing_re().finditer(text):
        index = match.start()
        offsets.extend(range(done, index))
        offsets.extend([index] * len(_TABLE[ord(match.group())]))
        done = index + 1
    offsets.extend(range(done, len(text)))
    return NormalizedText(normalized, tuple(offsets), len(text))


_resizing_pattern: tuple[int, re.Pattern[str]] = (-1, re.compile("(?!)"))


def _resizing_re() -> re.Pattern[str]:
    """One character class of every resizing character met so far (rebuilt when a new one is met)."""
    global _resizing_pattern
    if _resizing_pattern[0] != len(_RESIZING):
        _resizing_pattern = (len(_RESIZING), re.compile("[" + "".join(re.escape(c) for c in sorted(_RESIZING)) + "]"))
    return _resizing_pattern[1]


def normalize(text: str) -> str:
    """Normalised text, without offsets (queries, gazetteer keys)."""
    return _translate(text)


# Proclitics in the order they attach: conjunction, then preposition, then the article.
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_ARTICLE = "ال"
_MIN_STEM = 3

TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)


def with_proclitics(words: Iterable[str], proclitics: Iterable[str]) -> frozenset[str]:
    """Each word bare and with each of ``proclitics`` in front («إعادة» -> «بإعادة», «لإعادة», «وإعادة»).

    A rule that tests written words against a set (one ``isdisjoint`` before its scan, or ``in`` without peeling
    each word) lists the clitic forms it accepts; built here from the bare words, they are not listed by hand.
    """
    bare = frozenset(words)
    return bare | {clitic + word for word in bare for clitic in proclitics}


def strip_clitics(token: str) -> str:
    """Remove و ف ب ل ك ال in front of a normalised token, keeping at least three letters.

    ``لل`` (ل + ال with the alef dropped) is handled as a preposition plus the article.
    """
    stem = token
    if len(stem) - 1 >= _MIN_STEM and stem[0] in _CONJUNCTIONS:
        stem = stem[1:]
    if stem.startswith("لل") and len(stem) - 2 >= _MIN_STEM:
        return stem[2:]
    if len(stem) - 1 >= _MIN_STEM and stem[0] in _PREPOSITIONS:
        stem = stem[1:]
    if stem.startswith(_ARTICLE) and len(stem) - 2 >= _MIN_STEM:
        stem = stem[2:]
    return stem


@word_cache(65536)
def clitic_variants(token: str) -> tuple[str, ...]:
    """The token and every shorter form obtained by peeling proclitics one at a time.

    Gazetteer lookups try each form, so وطرابلس finds طرابلس and والزاوية finds الزاوية. Cached: annotation
    asks for the same few thousand words again and again.
    """
    forms = [token]
    stem = token
    if len(stem) - 1 >= _MIN_STEM and stem[0] in _CONJUNCTIONS:
        stem = stem[1:]
        forms.append(stem)
    if stem.startswith("لل") and len(stem) - 2 >= _MIN_STEM:
        forms.extend(["ال" + stem[2:], stem[2:]])
        return tuple(dict.fromkeys(forms))
    if len(stem) - 1 >= _MIN_STEM and stem[0] in _PREPOSITIONS:
        stem = stem[1:]
        forms.append(stem)
    if stem.startswith(_ARTICLE) and len(stem) - 2 >= _MIN_STEM:
        forms.append(stem[2:])
    return tuple(dict.fromkeys(forms))


# strip_clitics over a whole text in one regex pass (indexing calls it for every word of every lead):
# each optional prefix is taken only when at least _MIN_STEM token characters follow it, in the order
# strip_clitics peels them, and the group is what remains of the token.
_LETTER = r"[^\W_]"
_KEEP = f"(?={_LETTER}{{{_MIN_STEM}}})"
_CLITIC_TOKEN_RE = re.compile(
    f"(?<!{_LETTER})(?:[{''.join(_CONJUNCTIONS)}]{_KEEP})?"
    f"(?:لل{_KEEP}|(?:[{''.join(_PREPOSITIONS)}]{_KEEP})?(?:{_ARTICLE}{_KEEP})?)({_LETTER}+)"
)


def search_terms(text: str) -> list[str]:
    """Terms for the search index and for queries: normalised, clitics stripped (as ``strip_clitics``)."""
    return _CLITIC_TOKEN_RE.findall(normalize(text))


# Light stemming (after Larkey et al.'s "light10" suffix list, applied to clitic-stripped,
# normalised terms, so ة is already ه and ى already ي). One suffix at most, longest first,
# always keeping three letters: light enough that unrelated roots are rarely merged.
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


def has_arabic_script(text: str) -> bool:
    """Any character of the Arabic block (letters, digits, marks): the test that tells an Arabic text or sentence
    from an English one (digits and Latin accents are shared: "Médecins" is still English). An ASCII text (a
    constant-time flag of the string) holds no such character: the scan of every character is skipped (speed pass 17)."""
    return not text.isascii() and _ARABIC_SCRIPT.search(text) is not None


_ARABIC_SUFFIXES = ("هما", "كما", "ات", "ان", "ون", "ين", "يه", "ها", "هم", "هن", "كم", "نا", "ه", "ي")
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]")


def has_arabic_letters(text: str) -> bool:
    """Any Arabic letter (hamza to yeh; not Arabic digits or marks): a word or name written in Arabic."""
    return _ARABIC_LETTERS.search(text) is not None


@lru_cache(maxsize=65536)
def stem_term(term: str) -> str:
    """Light stem of one search term: Arabic suffixes, or the Snowball English stemmer for Latin words.

    Documents and queries both go through it, so مصراتة / مصراته and killing / killed meet.
    """
    if has_arabic_letters(term):
        for suffix in _ARABIC_SUFFIXES:
            if term.endswith(suffix) and len(term) - len(suffix) >= _MIN_STEM:
                return term[: -len(suffix)]
        return term
    if term.isascii() and term.isalpha():
        return str(_english_stemmer().stemWord(term))
    return term


@lru_cache(maxsize=1)
def _english_stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def stemmed_search_terms(text: str) -> list[str]:
    """``search_terms`` with each term light-stemmed: what the stemmed search field indexes."""
    return [stem_term(term) for term in search_terms(text)]
