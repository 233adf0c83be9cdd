"""Actors: registry aliases (nlp/data/actors.yaml) plus named bodies found by their head word.

The registry knows Libyan armed groups and agencies by name. News also names bodies the
registry cannot list one by one («وزارة الداخلية التونسية», «فرقة الحرس الوطني بالشوشة»):
those are found as a head noun (وزارة، فرقة، قوات، حركة ...) followed by the definite
words that complete the name, and reported without a registry id.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from nlp.lexicon import PhraseLexicon, Tokens
from nlp.normalize import clitic_variants

DATA_DIR = Path(__file__).resolve().parent / "data"

# Head nouns that open the name of a body; normalised spelling.
_HEADS = {
    "وزاره", "حكومه", "رئاسه", "فرقه", "قوات", "قوه", "كتيبه", "لواء", "جهاز", "اداره", "هيئه", "حركه", "حزب", "تنظيم",
    "منظمه", "جمعيه", "مجلس", "لجنه", "بعثه", "مفوضيه", "السلطات", "الجيش", "جيش", "الحرس", "حرس", "خفر", "وحدات",
    "الوحدات", "مصالح", "النيابه", "نيابه", "محكمه", "المحكمه", "الشرطه", "شرطه", "مركز", "الاتحاد", "اتحاد", "غرفه",
    "ميليشيا", "مليشيا", "عصابه", "شبكه", "مكتب", "المكتب", "الاداره", "الهيئه", "المجلس", "اللجنه", "مديريه",
}
_STOP = {"في", "من", "الي", "علي", "عن", "مع", "بعد", "قبل", "الذي", "التي", "الذين", "ان", "انه", "اليوم", "امس", "يوم"}
_MAX_TAIL = 5


@dataclass(frozen=True)
class ActorMatch:
    name: str
    id: str
    type: str | None
    start: int
    end: int
    first_token: int
    last_token: int


@lru_cache(maxsize=1)
def load_registry() -> tuple[dict[str, dict[str, Any]], PhraseLexicon[str]]:
    data = yaml.safe_load((DATA_DIR / "actors.yaml").read_text(encoding="utf-8"))
    defaults = data.get("defaults", {})
    entries = {e["id"]: {**defaults, **e} for e in data["actors"]}
    lexicon: PhraseLexicon[str] = PhraseLexicon(
        ((name, entry_id) for entry_id, entry in entries.items() for name in entry["names"]),
        forms=clitic_variants,
    )
    return entries, lexicon


def _head_chunk(words: list[str], index: int) -> int | None:
    """Last token index of a «head + definite words» name starting at ``index``, or None."""
    head = words[index]
    if not any(form in _HEADS for form in clitic_variants(head)):
        return None
    last = index
    for k in range(index + 1, min(len(words), index + 1 + _MAX_TAIL)):
        word = words[k]
        if word in _STOP or not (word.startswith("ال") or word.startswith("لل")) or len(word) < 4:
            break
        last = k
    return last if last > index else None


def find_actors(text: str, tokens: Tokens) -> list[ActorMatch]:
    entries, lexicon = load_registry()
    items = tokens.items
    words = [t.text for t in items]
    out: list[ActorMatch] = []
    index = 0
    while index < len(items):
        registry = lexicon.match_at(items, index)
        chunk_end = _head_chunk(words, index)
        if registry is not None and (chunk_end is None or registry.last >= chunk_end):
            entry = entries[registry.payloads[0]]
            name, start, end = tokens.surface(text, registry.first, registry.last, registry.form)
            out.append(ActorMatch(name, entry["id"], entry.get("type"), start, end, registry.first, registry.last))
            index = registry.last + 1
            continue
        if chunk_end is not None:
            form = next(f for f in clitic_variants(words[index]) if f in _HEADS)
            name, start, end = tokens.surface(text, index, chunk_end, form)
            out.append(ActorMatch(name, "", "body", start, end, index, chunk_end))
            index = chunk_end + 1
            continue
        index += 1
    return out
