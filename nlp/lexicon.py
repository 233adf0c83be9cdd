"""Multi-word phrase lookup over normalised tokens, with per-token form expansion.

One matcher serves places, actors and incident triggers: phrases and text go through the
same normaliser (``nlp.normalize``) and are compared token by token; the caller chooses how
a text token may vary (clitics only for names, clitics + affixes for trigger words).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

from nlp.normalize import TOKEN_RE, NormalizedText, clitic_variants, normalize, normalize_with_offsets

P = TypeVar("P")
STARTS_CACHED = 100_000  # distinct words whose phrase-starting forms a lexicon remembers
FormsFn = Callable[[str], Iterable[str]]
_new_tuple = tuple.__new__
_TOKEN_SPLIT = re.compile(f"({TOKEN_RE.pattern})")  # the text split into gap, token, gap, token, ..., gap


class Token(NamedTuple):
    """One normalised token. A named tuple, not a frozen dataclass: every token of every text is built once
    (Tokens.of), and a named tuple is built in a third of the time; both are immutable and compare by field."""

    start: int  # offsets in the normalised text
    end: int
    text: str


TOKEN_TEXT = itemgetter(2)  # Token.text read at C level: ``list(map(TOKEN_TEXT, tokens))`` (speed passes 8 and 14)


@dataclass(frozen=True)
class Tokens:
    """A text's normalised tokens and the map back to original offsets."""

    normalized: NormalizedText
    items: tuple[Token, ...]
    words: tuple[str, ...]  # each token's text, in order (the finders copy it at C level instead of a loop over items)

    @classmethod
    def of(cls, text: str) -> Tokens:
        normalized = normalize_with_offsets(text)
        # TOKEN_RE's matches, built without a match object each (a quarter faster: every token of every text): one
        # split gives the gaps and the tokens in turn, the running sums of their lengths each one's end, so token k
        # is parts[2k + 1], from ends[2k] to ends[2k + 1]. tuple.__new__ skips the named tuple's Python-level
        # __new__ (the same Token).
        parts = _TOKEN_SPLIT.split(normalized.text)
        ends = list(accumulate(map(len, parts)))
        words = tuple(parts[1::2])
        items = tuple(map(_new_tuple, repeat(Token), zip(ends[0::2], ends[1::2], words)))
        return cls(normalized, items, words)

    def original_span(self, first: int, last: int, skip: int = 0) -> tuple[int, int]:
        """Original offsets of tokens first..last (inclusive), skipping ``skip`` leading characters."""
        return self.normalized.original_span(self.items[first][0] + skip, self.items[last][1])  # (start, end)

    def surface(self, text: str, first: int, last: int, form: str) -> tuple[str, int, int]:
        """The name as written minus its proclitics, and its original span.

        «وطرابلس» gives «طرابلس»; «للبحرية» (ل + ال with the alef dropped) gives «البحرية», as the
        dev-set labelling rules ask, although that alef is not in the text.
        """
        token = self.items[first].text
        prefix = ""
        if token.endswith(form):
            skip = len(token) - len(form)
        elif form.startswith("ال") and token.endswith(form[1:]):
            skip, prefix = len(token) - len(form) + 1, "ا"
        else:
            skip = 0
        start, end = self.original_span(first, last, skip)
        return prefix + text[start:end], start, end


@dataclass(unsafe_hash=True)  # (not frozen: its __init__ is three times faster; hashed by its fields as before; speed pass 9)
class PhraseMatch(Generic[P]):
    first: int  # token indices, inclusive
    last: int
    payloads: tuple[P, ...]
    form: str  # the form of the first token that matched (clitics peeled off)


@lru_cache(maxsize=4096)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """The phrase's normalised tokens. Cached: the actor finder keys the same few names again and again."""
    return tuple(TOKEN_RE.findall(normalize(phrase)))


class PhraseLexicon(Generic[P]):
    """Longest-first, non-overlapping phrase matches; each phrase may carry several payloads."""

    def __init__(self, phrases: Iterable[tuple[str, P]], forms: FormsFn = clitic_variants,
                 inner_forms: FormsFn | None = None) -> None:
        self._by_key: dict[tuple[str, ...], list[P]] = {}
        self._first_words: set[str] = set()
        self._following: dict[tuple[str, ...], set[str]] = {}  # a prefix -> the words that go on from it in a phrase
        self.max_tokens = 1
        self._forms = forms
        self._inner_forms = inner_forms or (lambda token: (token,))
        self._starts: dict[str, list[str]] = {}  # token -> its forms that start a phrase, longest first
        self._inner: dict[str, tuple[str, ...]] = {}  # token -> its forms that may go on a phrase
        self._dead: set[str] = set()  # the tokens of _starts that start no phrase (most words), for find
        for phrase, payload in phrases:
            key = phrase_key(phrase)
            if not key:
                continue
            bucket = self._by_key.setdefault(key, [])
            if payload not in bucket:
                bucket.append(payload)
            self._first_words.add(key[0])
            for n in range(1, len(key)):
                self._following.setdefault(key[:n], set()).add(key[n])
            self.max_tokens = max(self.max_tokens, len(key))
        # the one-word keys of both by their word (the same lists and sets): match_at reads them for every start form
        # without building a one-word tuple and hashing it twice
        self._by_word = {key[0]: found for key, found in self._by_key.items() if len(key) == 1}
        self._following_word = {key[0]: found for key, found in self._following.items() if len(key) == 1}

    def __len__(self) -> int:
        return len(self._by_key)

    def _start_forms(self, token: str) -> list[str]:
        """The token's forms that start a phrase, longest first (closest to the written word: «طفلة»
        before «طفل»), so runs agree. Cached per lexicon: news text repeats the same words, and most
        start nothing; the cache is emptied when it grows past STARTS_CACHED words."""
        found = self._starts.get(token)
        if found is None:
            found = sorted((f for f in self._forms(token) if f in self._first_words), key=lambda f: (-len(f), f))
            if len(self._starts) >= STARTS_CACHED:
                self._starts.clear()
                self._dead.clear()
            self._starts[token] = found
            if not found:
                self._dead.add(token)
        return found

    def _next_forms(self, word: str) -> tuple[str, ...]:
        """The word and its inner forms, in order, without repeats (cached as ``_start_forms``)."""
        found = self._inner.get(word)
        if found is None:
            found = tuple(dict.fromkeys([word, *self._inner_forms(word)]))
            if len(self._inner) >= STARTS_CACHED:
                self._inner.clear()
            self._inner[word] = found
        return found

    def starts_phrase(self, token: str) -> bool:
        """Can a phrase start at this token (cached)? Most tokens start none."""
        return bool(self._start_forms(token))

    def match_at(self, tokens: Sequence[Token], index: int) -> PhraseMatch[P] | None:
        """The longest phrase starting at ``index``; on a tie the first start form, then the first form of
        each following token, wins. Each path of forms is walked once (not once per candidate width)."""
        word = tokens[index][2]  # (its ``text``: a tuple index is read faster than a named tuple's field; speed pass 8)
        first_forms = self._starts.get(word)  # _start_forms's cache read here first: one method call less a token
        if first_forms is None:
            first_forms = self._start_forms(word)
        if not first_forms:
            return None
        end = index + min(self.max_tokens, len(tokens) - index)
        best: tuple[int, list[P], str] | None = None
        for form in first_forms:
            # (_longest's own first test made here too: no form of the next word goes on from the head, most often)
            # (``_following`` holds exactly the prefixes: one dict lookup for both tests)
            if index + 1 < end and (following := self._following_word.get(form)) is not None and not following.isdisjoint(
                    self._inner.get(tokens[index + 1][2]) or self._next_forms(tokens[index + 1][2])):
                found = self._longest((form,), tokens, index + 1, end)
            else:  # no longer phrase can follow (most start forms): what _longest gives then, without the call
                payloads = self._by_word.get(form)
                found = (1, payloads) if payloads is not None else None
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], found[1], form)
        if best is None:
            return None
        width, payloads, form = best
        return PhraseMatch(index, index + width - 1, tuple(payloads), form)

    def _longest(self, head: tuple[str, ...], tokens: Sequence[Token], at: int,
                 end: int) -> tuple[int, list[P]] | None:
        """The longest phrase that starts with ``head`` and goes on with tokens[at:end], with its width."""
        payloads = self._by_key.get(head)
        best = (len(head), payloads) if payloads is not None else None
        following = self._following.get(head) if at < end else None  # (its keys are exactly the prefixes)
        if following is not None:  # (*head, form) is a phrase or the start of one iff form is in ``following``
            word = tokens[at][2]  # (its ``text``, as in match_at)
            forms = self._inner.get(word)  # _next_forms's cache read here first (as in match_at)
            if forms is None:
                forms = self._next_forms(word)
            # (most words have no such form: one set test at C level skips the loop, which would skip every form)
            for form in () if following.isdisjoint(forms) else forms:
                if form not in following:
                    continue  # neither a phrase nor the start of one (most forms): the call would give None
                longer = (*head, form)
                found = self._longest(longer, tokens, at + 1, end)
                if found is not None and (best is None or found[0] > best[0]):
                    best = found
        return best

    def find(self, tokens: Sequence[Token], words: Iterable[str] | None = None) -> list[PhraseMatch[P]]:
        """``words``, where the caller has them: the tokens' texts, in order. When every one is known to start no
        phrase (all in ``dead``), the live list below would be empty and there is no match: one set test at C level,
        which stops at the first word not known dead, skips the scan (speed pass 16; callers pass them only where
        most calls find nothing: a sentence's victim, source and object lexicons, the programme lexicon)."""
        dead = self._dead
        if words is not None and dead.issuperset(words):
            return []
        out: list[PhraseMatch[P]] = []
        # the tokens known to start no phrase (most) are dropped in one pass first; a token that joins ``dead``
        # during the loop is one match_at reads as starting nothing anyway, so the matches are the same
        # (``token[2]`` is its ``text``: a tuple index is read faster than a named tuple's field, speed pass 8)
        live = [index for index, token in enumerate(tokens) if token[2] not in dead]
        free = 0  # the first token not inside a match already found
        for index in live:
            if index < free:
                continue
            found = self.match_at(tokens, index)
            if found is not None:
                out.append(found)
                free = found.last + 1
        return out
