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
from nlp.morph import clitic_forms

DATA_DIR = Path(__file__).resolve().parent / "data"

# Head nouns that open the name of a body; normalised spelling.
_HEADS = {
    "وزاره", "حكومه", "رئاسه", "فرقه", "قوات", "قوه", "كتيبه", "لواء", "جهاز", "اداره", "هيئه", "حركه", "حزب", "تنظيم",
    "منظمه", "جمعيه", "مجلس", "لجنه", "بعثه", "مفوضيه", "السلطات", "الجيش", "جيش", "الحرس", "حرس", "خفر", "وحدات",
    "الوحدات", "مصالح", "النيابه", "نيابه", "محكمه", "المحكمه", "الشرطه", "شرطه", "مركز", "الاتحاد", "اتحاد", "غرفه",
    "ميليشيا", "مليشيا", "عصابه", "شبكه", "مكتب", "المكتب", "الاداره", "الهيئه", "المجلس", "اللجنه", "مديريه",
}
_STOP = {"في", "من", "الي", "علي", "عن", "مع", "بعد", "قبل", "الذي", "التي", "الذين", "ان", "انه", "اليوم", "امس", "يوم",
         # participles and objects that follow a unit's name without being part of it
         # («الوحدات العسكرية المتمركزة», «الجيش الوطني الرصاص», «الشرطة المزيد»)
         "المتمركزه", "المتمركز", "المتمركزين", "العامله", "العامل", "العاملين", "المعنيه", "المختصه", "التابعه",
         "التابع", "المرابطه", "المكلفه", "المكلف", "الرصاص", "المزيد", "المتهمين", "المتهم", "للمطالبه", "اللازمه",
         "الاثنين", "الثلاثه", "الاربعه", "الخمسه", "السته", "السبعه", "العشره"}
# «حركة المرور» (traffic), «قوة الرجة» (strength of the tremor), «مصالح الوزير»: a head followed by these is
# an ordinary noun phrase, not a body.
_NOT_BODY_AFTER = {
    "حركه": {"المرور", "المعبر", "السير", "الملاحه", "التنقل", "المسافرين", "الاسعار", "التجاره", "النقل", "العبور"},
    "قوه": {"الاكبر", "الرجه", "الزلزال", "القانون", "الدفع", "الشراء", "الاقتصاد", "العمل"},
    "مصالح": {"الوزير", "المواطنين", "الدوله", "الشعب"},
}
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
    core_last: int = -1  # last token of the name proper, before a «ب + place» suffix (that place stays a place)


@lru_cache(maxsize=1)
def load_registry() -> tuple[dict[str, dict[str, Any]], PhraseLexicon[str]]:
    data = yaml.safe_load((DATA_DIR / "actors.yaml").read_text(encoding="utf-8"))
    defaults = data.get("defaults", {})
    entries = {e["id"]: {**defaults, **e} for e in data["actors"]}
    lexicon: PhraseLexicon[str] = PhraseLexicon(
        ((name, entry_id) for entry_id, entry in entries.items() for name in entry["names"]),
        forms=clitic_forms,
    )
    return entries, lexicon


def _head_chunk(words: list[str], index: int) -> int | None:
    """Last token index of a «head + definite words» name starting at ``index``, or None."""
    head = words[index]
    head_forms = [form for form in clitic_forms(head) if form in _HEADS]
    if not head_forms:
        return None
    last = index
    for k in range(index + 1, min(len(words), index + 1 + _MAX_TAIL)):
        word = words[k]
        if word in _STOP or not word.startswith(("ال", "لل")) or len(word) < 4:
            break
        last = k
    if last > index and words[index + 1] in _NOT_BODY_AFTER.get(head_forms[0].removeprefix("ال"), ()):
        return None
    return last if last > index else None


def _located_unit(words: list[str], tokens: Tokens, last: int) -> int:
    """«فرقة الحرس الوطني بالشوشة»: a unit's name ends with «ب + place» (dev labels keep it; the place stays
    a place too)."""
    from nlp.gazetteer import load_gazetteer

    k = last + 1
    if k < len(words) and words[k].startswith("ب") and len(words[k]) > 3:
        gazetteer = load_gazetteer()
        found = gazetteer.match_at(tokens, k)
        # a weak name («بقرية»: a hamlet called «قرية») is an ordinary word here, not the unit's place
        if found is not None and words[k].endswith(found.form) and len(words[k]) - len(found.form) in (1, 3) and not all(
                gazetteer.by_id[pid].get("weak") for pid in found.payloads):
            return found.last
    return last


def _body_of_place(words: list[str], tokens: Tokens, index: int) -> int | None:
    """«مديرية أمن سبها», «محكمة استئناف مصراتة»: head + one indefinite noun + a place is a body's name."""
    from nlp.gazetteer import load_gazetteer

    if not any(form in _HEADS for form in clitic_forms(words[index])) or index + 2 >= len(words):
        return None
    middle = words[index + 1]
    if middle.startswith("ال") or middle in _STOP or len(middle) < 3:
        return None
    found = load_gazetteer().match_at(tokens, index + 2)
    return found.last if found is not None and found.form == words[index + 2] else None


def _article_form(token: str, head_form: str) -> str:
    """The form to cut the surface at: keep the article («الرئاسة التونسية», «للحكومة» -> «الحكومة»)."""
    for form in clitic_forms(token):
        if form == "ال" + head_form.removeprefix("ال"):
            return form
    return head_form


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
        if chunk_end is None:
            chunk_end = _body_of_place(words, tokens, index)
        if chunk_end is not None:
            form = _article_form(words[index], next(f for f in clitic_forms(words[index]) if f in _HEADS))
            core_end, chunk_end = chunk_end, _located_unit(words, tokens, chunk_end)
            name, start, end = tokens.surface(text, index, chunk_end, form)
            out.append(ActorMatch(name, "", "body", start, end, index, chunk_end, core_end))
            index = chunk_end + 1
            continue
        index += 1
    return out
