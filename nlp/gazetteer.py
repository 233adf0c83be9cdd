"""Gazetteer lookup: find listed place names in text across clitics and spelling variants.

Names and text go through the same normaliser; the first token of a candidate span may
carry proclitics (و ف ب ل ك ال), which are peeled off before lookup. Reported spans are
offsets into the original text, covering the name as written without its clitics.

A name can stand for several entries (طرابلس in Libya and in Lebanon): ``Match.entries``
lists them with the default reading first (the Libyan one, but for a name a curated place abroad holds: «سوسة» is
Sousse before the Jebel Akhdar town), and ``nlp.annotate._resolve`` picks one from context.

A one-word name is no mention of that place where the words around it make it part of something else
(``_not_this_place``): the tail of another place's name after «عين/بئر/حاسي/أولاد/بني» («عين البيضاء» in
Algeria, not Bayda), or a definite adjective or numeral right after a definite noun («اللحوم البيضاء», «الصلوات
الخمس», «الجلسات الخمس»); Maghreb news names these often, and each made Libya a story's country.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp.lexicon import PhraseLexicon, PhraseMatch, Tokens
from nlp.morph import word_forms
from nlp.normalize import clitic_variants

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(unsafe_hash=True)  # (not frozen: its __init__ is three times faster; hashed by its fields as before; speed pass 9)
class Match:
    entry: dict[str, Any]  # the default reading (Libya first, but «سوسة» is Sousse)
    start: int  # offsets in the original text
    end: int
    text: str  # as written, clitics removed
    entries: tuple[dict[str, Any], ...] = ()
    first_token: int = 0
    last_token: int = 0


def _alternatives(entry: dict[str, Any], namesakes: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [entry, *namesakes.get(entry["id"], [])]


class Gazetteer:
    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.by_id = {entry["id"]: entry for entry in entries}
        namesakes: dict[str, list[dict[str, Any]]] = {}
        plain = []
        for entry in entries:
            if entry.get("namesake_of"):
                namesakes.setdefault(entry["namesake_of"], []).append(entry)
            else:
                plain.append(entry)
        self._lexicon: PhraseLexicon[str] = PhraseLexicon(
            ((name, entry["id"]) for entry in plain for name in _with_joined_abu(entry["names"])),
            forms=_first_name_forms, inner_forms=_inner_name_forms,
        )
        self._namesakes = namesakes

    def find_tokens(self, text: str, tokens: Tokens) -> Iterator[Match]:
        """Longest-first, non-overlapping matches in reading order."""
        place_ends: set[int] = set()
        for found in self._lexicon.find(tokens.items):
            # right after another place («البيضاء والزاوية») a name is one of a list, never its adjective
            if found.first - 1 not in place_ends and _not_this_place(tokens, found):
                continue
            place_ends.add(found.last)
            name, start, end = tokens.surface(text, found.first, found.last, found.form)
            entries = tuple(e for pid in found.payloads for e in _alternatives(self.by_id[pid], self._namesakes))
            yield Match(entries[0], start, end, name, entries, found.first, found.last)

    def match_at(self, tokens: Tokens, index: int) -> PhraseMatch[str] | None:
        """The longest name starting at token ``index`` (clitics peeled off its first word), or None."""
        return self._lexicon.match_at(tokens.items, index)

    def find(self, text: str) -> Iterator[Match]:
        return self.find_tokens(text, Tokens.of(text))


# Heads of compound place names in the Maghreb («عين البيضاء», «بئر العاتر», «حاسي مسعود», «أولاد سعيد», «بني
# مسوس»): a listed one-word name after one is the tail of an unlisted place (Libya's own compounds, «بئر الغنم»,
# «بني وليد», «عين زارة», are listed whole and matched first). Not «وادي», «جبل»: «فيضان وادي درنة» is Derna.
_COMPOUND_HEADS = {"عين", "بئر", "حاسي", "اولاد", "بني"}


def _not_this_place(tokens: Tokens, found: PhraseMatch[str]) -> bool:
    """Is this one-word name part of another name or an adjective of the noun before it (module docstring)?"""
    if found.first != found.last or found.first == 0 or not all(pid.startswith("ly") for pid in found.payloads):
        return False  # Libyan names only: «الشقيقتين الجزائر وليبيا» names Algeria
    items = tokens.items
    previous, word = items[found.first - 1], items[found.first]
    if tokens.normalized.text[previous.end : word.start].strip():
        return False  # punctuation between: «... الليلة. الزاوية شهدت», «طرابلس، الزاوية»
    before = clitic_variants(previous.text)
    if _COMPOUND_HEADS.intersection(before):
        return True
    # «اللحوم البيضاء», «باللحوم الحمراء والبيضاء», «للحوم البيضاء», «الصلوات الخمس»: the name agrees with a definite
    # noun (written with «ال», or «لل» after «ل»)
    definite_noun = any(f.startswith("ال") for f in before) or previous.text.startswith("لل")
    definite_name = word.text.removeprefix("و").startswith("ال")  # «بالبيضاء» (in Bayda) is no adjective
    return definite_name and definite_noun and not _NOT_NOUNS.intersection(before)


# Definite words before a name that are no noun it could qualify: «إلى البيضاء» (normalised «الي»), «التي»,
# and place heads («المدينة البيضاء», «البلدية الخمس» are rare; the place is meant)
_NOT_NOUNS = {"الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "الا", "المدينه", "البلديه",
              "المنطقه", "الحي", "الطريق"}


def _with_joined_abu(names: list[str]) -> list[str]:
    """A two-word name opening with «أبو» also written joined, as Libyan outlets write it: «مرسى أبوكماش», «أبوستة»,
    «أبوغيلان» (Arabic pass 92; the curated list spells some both ways already, «أبوسليم»)."""
    joined = [name.replace(" ", "", 1) for name in names
              if name.count(" ") == 1 and name.split(" ", 1)[0] in ("أبو", "ابو")]
    return [*names, *(j for j in joined if j not in names)]


@lru_cache(maxsize=65536)
def _first_name_forms(token: str) -> tuple[str, ...]:
    """Proclitics off the first word, also before two-letter heads the normaliser keeps whole: «وبن جواد»,
    «بحي الأندلس», «وأم الأرانب» (a two-letter word is only a first word of multi-word names here); «أبي» is
    «أبو» after a preposition («شاطئ أبي كماش»), so it also looks up the names that begin with «أبو»."""
    forms = clitic_variants(token)
    if "ابي" in forms:
        forms = (*forms, "ابو")
    stem = token
    if len(stem) >= 4 and stem[0] in "وف" and stem[1] in "بلك":
        stem = stem[1:]
    if len(stem) == 3 and stem[0] in "وفبلك":
        return (*forms, stem[1:])
    return forms


@lru_cache(maxsize=65536)
def _inner_name_forms(token: str) -> tuple[str, ...]:
    """Inside a multi-word name only the article/preposition may vary («معبر برأس جدير» no; «منفذ رأس جدير» yes),
    and a final «ة» stays: «مدينة طبرقة» is Tabarka in Tunisia, not «مدينة طبرق» (Tobruk)."""
    return tuple(f for f in word_forms(token) if len(f) >= len(token) - 2
                 and (f.endswith("ه") or not token.endswith("ه")))


@lru_cache(maxsize=4)
def load_gazetteer(name: str = "places.json") -> Gazetteer:
    data = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    return Gazetteer(data["places"])
