"""Actors: registry aliases (nlp/data/actors.yaml) plus named bodies found by their head word.

The registry knows Libyan armed groups and agencies, neighbours' security bodies and international
organisations by name. News also names bodies the registry cannot list one by one («وزارة الداخلية
التونسية», «فرقة الأبحاث والتفتيش للحرس الوطني ببنقردان»): those are found as a head noun (وزارة، فرقة،
قوات، حركة ...) followed by the words that complete the name, and reported without a registry id.

How such a name goes on and where it stops (cue words in nlp/data/actor_cues.yaml):

* an indefinite head takes one definite noun (its genitive, «وزارة الداخلية»); after that, and right
  after a definite head («السلطات», «الحرس»), only adjectives follow («الحرس الوطني», «السلطات
  التونسية»; «حجزت السلطات المبالغ» is verb, subject, object);
* it goes on through «و» + a definite noun that is no other body («فرقة الأبحاث والتفتيش», but «الحرس
  الوطني والجيش») and through «و + name noun + definite noun» («للحريات العامة وحقوق الإنسان»), through «لل» + a noun («للحرس الوطني») unless it is a verbal noun of purpose
  («للقيام»; but «للبحث الجنائي», with an adjective, is a name), and through «ل» + noun + definite noun
  («لمكافحة الإرهاب»); «للواء», «للجنة» are «ل + اللواء / اللجنة»;
* a unit's name (فرقة، مكتب، مركز، محكمة، دائرة ...) ends with «ب / في + place» («بالشوشة», «في منوبة») and goes
  on through «ب» + another unit («بمنطقة الحرس الوطني», «الدائرة الجنائية بالمحكمة الابتدائية بتونس»); a
  listed unit keeps its place too («النيابة العمومية بمدنين»);
* a body named for its mission (هيئة، لجنة، بعثة ...) goes on through the mission's verbal noun, its
  preposition and object («الهيئة العامة للبحث والتعرف على المفقودين», «البعثة الأممية للدعم في ليبيا»);
  «المجلس البلدي مصراتة» ends with its town (the town stays a place); a ministry's name goes on through
  «ب + its government» («وزارة الداخلية بحكومة الوحدة الوطنية»: one body, not two); a numbered brigade
  keeps its number and arm («الكتيبة 128 مشاة»);
* it stops at any punctuation, at a title or rank («العقيد», «الناطق») and at a common given name
  («الحبيب»): a person's name never ends up inside an actor's name;
* «الشبكة المشار إليها», «التنظيم الإرهابي المذكور»: an anaphoric description is no name;
* a head before a quoted proper name: the actor is the quoted name («قوات "فجر ليبيا"» -> «فجر ليبيا»);
* «وحدات / قوات + a listed body»: the actor is the body («وحدات الحرس الوطني» -> «الحرس الوطني»), unless
  adjectives of the whole name follow («قوات الردع الخاصة»); a generic word before a named group is
  dropped («ميليشيات فجر ليبيا» -> «فجر ليبيا»); a listed name that starts with an adjective of the
  definite noun before it is none («الحدود البحرية التونسية»), nor is a one-word name that is a common noun
  before an adjective («القاعدة البحرية»: a base); armed men «من» a named group are that group; a listed name
  ends before «و + noun» (another party: «حكومة الوفاق والمجتمع الدولي»); an unnamed group keeps its
  indefinite adjective («مجموعات مسلحة محلية»), never «ب / و + definite word» («أعوان أمن بالزي المدني» is
  listed whole); a past-tense verb («فرقه نقلت الجرحى») or «ب + noun» («معهد بمدينة صفاقس») makes no name;
* outlets and slogans are no bodies: no quoted name after «وكالة» or «حملة», no news network after «شبكة»;
* a ministry goes on through «ب / في + a listed government» («وزارة الداخلية في الحكومة المكلفة من مجلس
  النواب»); an embassy or consulate and a local association, union or chamber found by its head keep «ب / في +
  town» («السفارة التونسية بأنقرة», «جمعية البحارة بجرجيس»); a district word after that town is the town's
  («بصفاقس الجنوبية», «بلدية طرابلس المركز»); guards and a prison's administration are named by the listed
  facility they run («حراس مركز احتجاز النصر», «إدارة سجن الجديدة»: the facility stays a place); a national
  team ends before its sport («المنتخب التونسي لكرة القدم» -> «المنتخب التونسي»).

``reported_actors`` then picks what a document reports: unnamed perpetrators («مهربين», «مسلحون»,
registry `role: perpetrator`) only in a document that reports an incident, one form per body
(«داعش» inside «تنظيم داعش», «خفر السواحل» beside «خفر السواحل الإيطالي», «المحكمة الابتدائية بتونس» inside
its chamber's name, a bare «المفوضية» after «مفوضية الانتخابات», a headline's «نقابة الصحفيين» beside «النقابة
الوطنية للصحفيين التونسيين», «حراس» and «الحراس»; of an unnamed group's two forms the subject's, not the one
written with «ل»: «شنه مسلحون», not «هجوم لمسلحين»), and, in a document that reports an incident, not the
victim's employer (a body right after a worker: «موظفين بالقنصلية», «صحفي في إذاعة»).

Tenth pass (docs/labelling.md, "Actor conventions (settled)"): kidnappers are an unnamed perpetrator, not «أحد
الخاطفين»; «جهة مجهولة» is an unknown party, not after «إلى»; of an unnamed group's case forms the one outside the
headline is reported; bare «الأجهزة الأمنية» is not reported; a listed name ending in an adjective keeps a
nationality after it («الصليب الأحمر اللبناني»); «وحدات / عناصر + listed body + adjectives» gives the body with
them; a local head with a listed body in its name («جمعية الهلال الأحمر الليبي في زوارة») takes no town; a generic
word before «تابعة ل + named body» gives the body; a purpose noun after «ل» («لمتابعة») completes only a mission body.

Jawhara-style pass 3 (docs/labelling.md): a body its name calls regional («الهيئة الجهوية للمحامين») keeps its town
as a unit does, and a unit keeps a quarter «بحي النور»; a specialised chamber keeps its field («المختصة بالنظر في
قضايا الإرهاب»), a «لل» noun its «المتعلقة ب» object; a nisba plural follows a broken plural of people («الطلبة
الليبيين», «النساء الديمقراطيات»); an indefinite unnamed body keeps an indefinite nationality («جهاز أمني ليبي»);
bare «هيئة الدفاع» (the defendant's lawyers) is no body.

Jawhara-style pass 5 (docs/labelling.md): a body's name quoted after "known as" is whole («تعرف باسم "كتيبة الشهيد أبو
عجيلة"»); a committee keeps its listed council («لجنة المالية بمجلس نواب الشعب»); an embassy or consulate goes on
through the country it serves («القنصلية العامة لتونس بطرابلس»); an unnamed group keeps «من + its town»; two name
nouns after «ل» share one object («لاستغلال وتوزيع المياه»); «البلدية» after a definite noun is an adjective; unnamed
armed men «بينهم» (among the hurt) are victims.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from nlp.counts_hurt import WOUND_RE
from nlp.counts_scope import DATED_SPANS
from nlp.counts_words import THE_WOUNDED
from nlp.dates import WEEKDAYS
from nlp.lexicon import PhraseLexicon, PhraseMatch, Tokens, phrase_key
from nlp.morph import word_forms
from nlp.normalize import clitic_variants, normalize, word_cache

DATA_DIR = Path(__file__).resolve().parent / "data"
_MAX_TAIL = 9
_MAX_QUOTED = 6
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون")
_HUMAN_PLURAL_ENDINGS = ("يين", "يون")
_FEMININE_NISBA_PLURAL = "يات"


@dataclass(unsafe_hash=True)  # (not frozen: its __init__ is three times faster; hashed by its fields as before; speed pass 9)
class ActorMatch:
    name: str
    id: str
    type: str | None
    start: int
    end: int
    first_token: int
    last_token: int
    core_last: int = -1  # last token of the name proper, before a «ب + place» suffix (that place stays a place)
    employer: bool = False  # named as where someone works («موظفين بالقنصلية»): a victim's employer, not an agent
    after_l: bool = False  # written with «ل» («هجوم لمسلحين», «مخزن للمهربين»): a noun's complement, not a subject
    in_title: bool = False  # a municipality in a person's title («عميد بلدية الزاوية»): no actor the document reports
    headline: bool = False  # an unnamed group named in the headline (the first of several lines)
    acts: bool = False  # bare unnamed security with its arrest verb after it («والأجهزة الأمنية تقبض على الزوج»)


@dataclass(frozen=True)
class _Cues:
    heads: frozenset[str]
    unit_heads: frozenset[str]
    member_heads: frozenset[str]
    descriptors: frozenset[str]
    kept: frozenset[str]
    quotes: frozenset[str]
    stop: frozenset[str]
    anaphoric: frozenset[str]
    person: frozenset[str]  # titles, ranks and given names: a person's name follows or starts
    purpose: frozenset[str]
    adjectives: frozenset[str]
    not_body_after: dict[str, frozenset[str]]
    not_body_alone: dict[str, frozenset[str]]
    only_body_after: dict[str, frozenset[str]]  # Arabic pass 147: «مراقبة» opens a body only before a sector noun
    construct_heads: frozenset[str]
    people_construct_heads: frozenset[str]
    construct_people: frozenset[str]
    hero_named_heads: frozenset[str]
    place_heads: frozenset[str]
    plural_heads: frozenset[str]
    name_nouns_after_l: frozenset[str]
    units_after_article: frozenset[str]
    mission_heads: frozenset[str]
    mission_nouns: frozenset[str]
    mission_prepositions: frozenset[str]
    council_adjectives: frozenset[str]
    parent_bodies_after_b: frozenset[str]
    numbered_heads: frozenset[str]
    numbered_arms: frozenset[str]
    workers: frozenset[str]
    common_nouns: frozenset[str]
    informing: frozenset[str]
    guards: frozenset[str]
    guarded_facilities: frozenset[str]
    district_words: frozenset[str]
    task_construct_heads: frozenset[str]
    court_words: frozenset[str]
    court_grades: frozenset[str]
    teams: frozenset[str]
    local_heads: frozenset[str]
    regional_adjectives: frozenset[str]
    people_plurals: frozenset[str]
    feminine_people_plurals: frozenset[str]
    object_nouns: frozenset[str]
    quarter_words: frozenset[str]
    relating_words: frozenset[str]
    specialised_words: frozenset[str]
    specialised_fields: frozenset[str]
    facility_administrations: frozenset[str]
    nationalities: frozenset[str]
    plain_member_heads: frozenset[str]
    bare_generics: frozenset[tuple[str, ...]]
    acting_verbs: frozenset[str]
    headline_vague_bodies: frozenset[tuple[str, ...]]
    one_armed_group: frozenset[tuple[str, ...]]
    known_as_verbs: frozenset[str]
    committee_heads: frozenset[str]
    committee_parents: frozenset[str]
    envoy_heads: frozenset[str]
    adjective_heads: frozenset[str]
    known_as_prepositions: frozenset[str]
    origin_groups: frozenset[str]
    origin_adjectives: frozenset[str]
    company_heads: frozenset[str] = frozenset()  # Arabic pass 64
    company_nouns_after_l: frozenset[str] = frozenset()
    task_nouns: frozenset[str] = frozenset()  # Arabic pass 90


# «تعرض متطوعون في جمعية الهلال الأحمر للضرب والإهانة»: «ل» + an assault noun after a body's name is what its members
# were subjected to, never the rest of the name (Arabic pass 110); normalised forms after «لل»
_SUFFERED = frozenset({"اعتداء", "ضرب", "اهانه", "تعذيب", "اختطاف", "خطف", "سب", "تهديد", "تهديدات", "تحرش", "سرقه",
                       "احتجاز", "ايقاف", "اعتقال", "طعن", "رشق", "مضايقات", "مضايقه", "هرسله", "تعنيف", "حجز", "ابتزاز"})


@word_cache(65536)
def _clitic_forms(token: str) -> tuple[str, ...]:
    """``clitic_variants`` plus the article form of a noun that itself starts with «ل» after «لل»: «للواء»
    is «ل + اللواء» and «للجنة» is «ل + اللجنة» (the article's «ال» and the noun's «ل» merge in writing), where
    the shared peeler reads «لل» as «ل + ال» only («للحرس» -> «الحرس») and finds no «لواء» or «لجنة»."""
    forms = clitic_variants(token)
    merged = [f for f in forms if f.startswith("لل") and len(f) >= 5]
    if not merged:
        return forms
    return tuple(dict.fromkeys([*forms, *("ال" + f[1:] for f in merged), *(f[1:] for f in merged)]))


def _norm_set(words: list[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


def _phrase_set(phrases: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(phrase_key(p) for p in phrases)


@lru_cache(maxsize=1)
def load_cues() -> _Cues:
    data = yaml.safe_load((DATA_DIR / "actor_cues.yaml").read_text(encoding="utf-8"))
    return _Cues(
        heads=_norm_set(data["heads"]), unit_heads=_norm_set(data["unit_heads"]),
        member_heads=_norm_set(data["member_heads"]), descriptors=_norm_set(data["quoted_name_descriptors"]),
        kept=_norm_set(data["quoted_name_kept"]), quotes=frozenset(data["quotes"]), stop=_norm_set(data["stop"]),
        anaphoric=_norm_set(data["anaphoric"]), person=_norm_set(data["titles"] + data["given_names"]),
        purpose=_norm_set(data["purpose_nouns"]), adjectives=_norm_set(data["adjectives"]),
        not_body_after={normalize(k): _norm_set(v) for k, v in data["not_body_after"].items()},
        not_body_alone={normalize(k): _norm_set(v) for k, v in data["not_body_alone"].items()},
        only_body_after={normalize(k): _norm_set(v) for k, v in data["only_body_after"].items()},
        construct_heads=_norm_set(data["construct_heads"]),
        people_construct_heads=_norm_set(data["people_construct_heads"]), construct_people=_norm_set(data["construct_people"]),
        hero_named_heads=_norm_set(data["hero_named_heads"]),
        place_heads=_norm_set(data["place_heads"]),
        plural_heads=_norm_set(data["plural_heads"]), name_nouns_after_l=_norm_set(data["name_nouns_after_l"]),
        units_after_article=_norm_set(data["units_after_article"]), mission_heads=_norm_set(data["mission_heads"]),
        mission_nouns=_norm_set(data["mission_nouns"]), mission_prepositions=_norm_set(data["mission_prepositions"]),
        council_adjectives=_norm_set(data["council_adjectives"]),
        parent_bodies_after_b=_norm_set(data["parent_bodies_after_b"]),
        numbered_heads=_norm_set(data["numbered_heads"]), numbered_arms=_norm_set(data["numbered_arms"]),
        workers=_norm_set(data["workers"]), common_nouns=_norm_set(data["common_nouns"]),
        informing=_norm_set(data["informing"]),
        guards=_norm_set(data["guards"]), guarded_facilities=_norm_set(data["guarded_facilities"]),
        district_words=_norm_set(data["district_words"]), task_construct_heads=_norm_set(data["task_construct_heads"]), court_words=_norm_set(data["court_words"]),
        court_grades=_norm_set(data["court_grades"]), teams=_norm_set(data["teams"]),
        local_heads=_norm_set(data["local_heads"]), regional_adjectives=_norm_set(data["regional_adjectives"]),
        people_plurals=_norm_set(data["people_plurals"]),
        feminine_people_plurals=_norm_set(data["feminine_people_plurals"]),
        object_nouns=_norm_set(data["object_nouns"]),
        quarter_words=_norm_set(data["quarter_words"]), relating_words=_norm_set(data["relating_words"]),
        specialised_words=_norm_set(data["specialised_words"]), specialised_fields=_norm_set(data["specialised_fields"]),
        facility_administrations=_norm_set(data["facility_administrations"]),
        nationalities=_norm_set(data["nationalities"] + [w + "ة" for w in data["nationalities"]]),
        plain_member_heads=_norm_set(data["plain_member_heads"]),
        company_heads=_norm_set(data["company_heads"]), company_nouns_after_l=_norm_set(data["company_nouns_after_l"]),
        bare_generics=_phrase_set(data["bare_generics"]),
        acting_verbs=_norm_set(data["acting_verbs"]),
        headline_vague_bodies=_phrase_set(data["headline_vague_bodies"]),
        one_armed_group=_phrase_set(data["one_armed_group"]),
        known_as_verbs=_norm_set(data["known_as_verbs"]),
        committee_heads=_norm_set(data["committee_heads"]), committee_parents=_norm_set(data["committee_parents"]),
        envoy_heads=_norm_set(data["envoy_heads"]), adjective_heads=_norm_set(data["adjective_heads"]),
        known_as_prepositions=_norm_set(data["known_as_prepositions"]),
        origin_groups=_norm_set(data["origin_groups"]), origin_adjectives=_norm_set(data["origin_adjectives"]),
        task_nouns=_norm_set(data.get("task_nouns", [])),
    )


@lru_cache(maxsize=1)
def load_registry() -> tuple[dict[str, dict[str, Any]], PhraseLexicon[str]]:
    data = yaml.safe_load((DATA_DIR / "actors.yaml").read_text(encoding="utf-8"))
    defaults = data.get("defaults", {})
    entries = {e["id"]: {**defaults, **e} for e in data["actors"]}
    lexicon: PhraseLexicon[str] = PhraseLexicon(
        ((name, entry_id) for entry_id, entry in entries.items() for name in entry["names"]),
        forms=_clitic_forms,
    )
    return entries, lexicon


@word_cache(65536)
def _opening(word: str) -> tuple[str | None, bool]:
    """A token's head form (or None) and whether a name may open at it without a head: read once per
    distinct word (the finder asks both of every token, and news repeats its words)."""
    cues, (_, lexicon) = load_cues(), load_registry()
    forms = _clitic_forms(word)
    head = next((f for f in forms if f in cues.heads), None)
    opens = lexicon.starts_phrase(word) or any(f in cues.descriptors or f in cues.kept for f in forms)
    return (head, opens) if head is not None or opens else _CLOSED  # (one shared pair: find_actors tests its identity)


class _Doc:
    """One text's tokens with what the finder asks of them again and again."""

    def __init__(self, text: str, tokens: Tokens) -> None:
        self.text = text
        self.tokens = tokens
        self.items = tokens.items
        self.words = list(tokens.words)
        self.cues = load_cues()
        self.entries, self.lexicon = load_registry()
        self._clean: dict[int, bool] = {}  # ``clean`` per token index: the finder asks it of the same tokens again

    def gap(self, k: int) -> str:
        """Normalised characters between token k-1 and token k (after the last token for k == len)."""
        norm = self.tokens.normalized.text
        start = self.items[k - 1][1] if k > 0 else 0  # (a token's end, then start: tuple indexes, speed pass 8)
        end = self.items[k][0] if k < len(self.items) else min(len(norm), start + 3)
        return norm[start:end]

    def clean(self, k: int) -> bool:
        """Only spaces between token k-1 and token k: no punctuation, no quote mark; «+» only between two
        numbers («اللجنة العسكرية المشتركة 5+5»: the name's number); «_» is a hashtag's space («#جهاز_الردع»)."""
        found = self._clean.get(k)
        if found is None:
            gap = self.gap(k).strip()
            found = self._clean[k] = not gap.strip("_") or (
                gap == "+" and self.words[k].isdigit() and self.words[k - 1].isdigit())
        return found

    def quoted(self, k: int) -> bool:
        return not self.cues.quotes.isdisjoint(self.gap(k))  # (a set test at C level, not a generator per character)

    def head_form(self, index: int) -> str | None:
        return _opening(self.words[index])[0]

    def may_open_name(self, index: int) -> bool:
        """Could an actor's name start at token ``index`` without a head word: a registry name, or a
        descriptor before a quoted name? Most tokens are neither, and are skipped at once."""
        return _opening(self.words[index])[1]

    def registry_at(self, index: int) -> PhraseMatch[str] | None:
        found = self.lexicon.match_at(self.items, index)
        if found is None or (found.first != found.last  # (a one-token name has no gap inside to test)
                             and not all(self.clean(k) for k in range(found.first + 1, found.last + 1))):
            return None  # «قوة الردع الخاصة" الليبية»: a name does not run across punctuation
        return found

    def person(self, word: str) -> bool:
        return word in self.cues.person or word in self.cues.anaphoric

    def adjective(self, word: str, after: str = "") -> bool:
        """Is ``word`` an adjective of the name ending in ``after``? A plural of people («التونسيين») agrees only
        with a plural of people («للصحفيين التونسيين»); after «الوزارة» it is the verb's object."""
        if word.endswith(_HUMAN_PLURAL_ENDINGS) and not after.endswith(("ين", "ون")) and (
                after not in self.cues.people_plurals):
            return False
        if word in self.cues.object_nouns:
            return False  # «ودعت الوزارة الجالية التونسية»: the verb's object (Arabic pass tune47)
        if word.endswith(_FEMININE_NISBA_PLURAL) and after in self.cues.feminine_people_plurals:
            return word.startswith("ال") and len(word) >= 7  # «جمعية النساء الديمقراطيات»
        return word.startswith("ال") and (word in self.cues.adjectives or (
            len(word) >= 5 and word.endswith(_NISBA_ENDINGS) and not self.person(word)))


_WHICH_TIME = frozenset({"الماضي", "الماضيه", "المقبل", "المقبله", "الجاري", "الجاريه", "المنصرم", "الفائت", "الحالي"})


def _time_after(words: list[str], k: int) -> bool:
    """«أطلقته الوزارة العام الماضي»: «العام» before «الماضي» is a time («last year»), no adjective of the body before
    it («النائب العام» still is; Arabic pass 53)."""
    return words[k] in DATED_SPANS and k + 1 < len(words) and words[k + 1] in _WHICH_TIME


def _other_body(doc: _Doc, k: int, word: str) -> bool:
    """Does token k (written ``word``) open another body («والجيش الوطني», «والديوانة»)?"""
    cues = doc.cues
    return any(f in cues.heads or f in cues.member_heads or f in cues.plural_heads for f in _clitic_forms(word)) or (
        doc.registry_at(k) is not None)


def _hero_name_end(doc: _Doc, k: int) -> int | None:
    """Last token of a hero's full name at k after an indefinite unit head («كتيبة أبوبكر الصديق», «كتيبة طارق بن
    زياد»), or None: a word then «بن X», or a word then a definite surname (which may be a given name: «الصديق»)."""
    words, n, stop = doc.words, len(doc.words), doc.cues.stop
    word = words[k]
    if len(word) < 3 or word.startswith("ال") or word[:1] in "وبل" or word in stop or word.isdigit() or _past_verb(word):
        return None
    if word.endswith("ه") and not doc.person(word):
        # an adjective agreeing with the unit («كتيبة مسلحة», «سرية تابعة»), not a name («كتيبة حمزة»); but a noun in
        # «ـة» with its definite genitive names it («كتيبة رحبة الدروع», «سرية حماية الوادي»: Arabic pass 90)
        return _feminine_construct_end(doc, k)
    kunya = word == "ابو" and k + 1 < n and doc.clean(k + 1)
    j = k + 1 if kunya else k  # «أبو بكر» written apart
    if j + 2 < n and doc.clean(j + 1) and doc.clean(j + 2) and words[j + 1] in ("بن", "ابن"):
        return j + 2
    after = words[j + 1] if j + 1 < n and doc.clean(j + 1) else ""
    if after.startswith("ال") and len(after) >= 4 and after not in stop:
        return j + 1
    if kunya and _kunya_name(doc, j):
        return j  # «كتيبة أبو حمزة»: a kunya is a whole name, no surname needed (Arabic pass 90)
    return None


_TIME_WORDS_AFTER = frozenset(WEEKDAYS) | {"الليله", "اليوم", "الماضي", "الماضيه", "الحالي"}


def _feminine_construct_end(doc: _Doc, k: int) -> int | None:
    """«كتيبة رحبة الدروع», «سرية قلعة الجبل»: a noun in «ـة» at k after an indefinite brigade head, then a definite
    noun, is the brigade's construct name; not a participle agreeing with the head («مسلحة», «متمركزة», «تابعة»:
    they open with «م» or are listed), nor a word before a time («كتيبة تابعة الليلة»), a nisba or a stop word."""
    words, n = doc.words, len(doc.words)
    word = words[k]
    if word.startswith("م") or word in doc.cues.stop or word in ("تابعه", "خاصه", "جديده", "كامله", "قويه"):
        return None
    if k + 1 >= n or not doc.clean(k + 1):
        return None
    after = words[k + 1]
    if (not after.startswith("ال") or len(after) < 4 or after in doc.cues.stop or after in _TIME_WORDS_AFTER
            or doc.person(after) or after.endswith(_NISBA_ENDINGS)):
        return None
    return k + 1


def _kunya_name(doc: _Doc, j: int) -> bool:
    """Is token j, after «أبو», a name («أبو حمزة», «أبو صرة»): a word of three letters or more, no preposition,
    number, stop word, definite word or verb."""
    word = doc.words[j]
    return (len(word) >= 3 and not word.startswith("ال") and word not in doc.cues.stop and not word.isdigit()
            and not _past_verb(word) and not doc.person(word))


# Arabic pass 94 (tune94): «ما استدعى نقل إحداهما إلى غرفة العمليات», «أدخل إلى غرفة العمليات»: taken into the
# hospital's operating theatre, not a force's operations room («غرفة عمليات سرت الجفرة» names no transfer before it)
_INTO_THEATRE = frozenset({"نقل", "نقلت", "نقله", "نقلها", "نقلوا", "ادخل", "ادخلت", "ادخلوا", "ادخاله", "ادخالها", "دخل",
                           "دخلت", "ادخال", "نقلهم", "ادخالهم"})
_THEATRE_REACH = 4  # the transfer word, the one taken («إحداهما»), «إلى»


def _operating_theatre(doc: _Doc, index: int) -> bool:
    """«غرفة العمليات» with a transfer or an entering word within ``_THEATRE_REACH`` words before it."""
    return doc.words[index + 1 : index + 2] == ["العمليات"] and any(
        w.removeprefix("و").removeprefix("ف") in _INTO_THEATRE for w in doc.words[max(0, index - _THEATRE_REACH) : index])


def _name_tail(doc: _Doc, index: int, head: str) -> int | None:
    """Last token of the name opened by the head at ``index`` (see the module doc), or None."""
    words, cues, n = doc.words, doc.cues, len(doc.words)
    if head == "غرفه" and _operating_theatre(doc, index):
        return None
    if head in cues.only_body_after and (index + 1 >= n or words[index + 1] not in cues.only_body_after[head]):
        return None  # «مراقبة الحدود»: monitoring, not a sector office (Arabic pass 147)
    definite = "ال" + head in _clitic_forms(words[index])
    genitive = not definite  # an indefinite head takes a definite genitive noun first
    unit = head in cues.unit_heads
    last = index
    k = index + 1
    while k < n and k - index <= _MAX_TAIL and doc.clean(k):
        word = words[k]
        if word in cues.anaphoric:
            return None
        parent_end = _listed_parent(doc, k) if k > index + 1 and (
            word == "في" or (word.startswith("ب") and word[1:] in cues.parent_bodies_after_b)
            or (head in cues.committee_heads and word.startswith("ب") and word[1:] in cues.committee_parents)) else None
        if parent_end is not None:
            last, genitive, k = parent_end, False, parent_end + 1  # «وزارة الداخلية في الحكومة المكلفة من مجلس النواب»
            continue
        if unit and word in cues.specialised_words and (field_end := _field_end(doc, k + 1)) is not None:
            last, genitive, k = field_end, False, field_end + 1  # «الدائرة الجنائية المختصة في قضايا الإرهاب»
            continue
        if k == index + 1 and not definite and head in cues.hero_named_heads and doc.registry_at(index) is None and (
                named_end := _hero_name_end(doc, k)) is not None:
            last, genitive, k = named_end, False, named_end + 1  # «كتيبة أبوبكر الصديق», «كتيبة طارق بن زياد»
            continue
        if k == index + 1 and not definite and head in _DISTRICT_HEADS and word in _COMPASS and (
                town := _place_at(doc, k + 1)) is not None:
            last, genitive, k = town, False, town + 1  # «نيابة جنوب طرابلس»: its district, then a grade (pass 118)
            if k < n and doc.clean(k) and words[k] in cues.court_grades:
                last, k = k, k + 1  # «نيابة جنوب طرابلس الابتدائية»
            continue
        if word in cues.stop or doc.person(word):
            break
        first = k == index + 1
        if first and head in cues.numbered_heads and word.isdigit():
            last, genitive, k = k, False, k + 1  # «الكتيبة 166», «الكتيبة 128 مشاة»
            if k < n and doc.clean(k) and words[k] in cues.numbered_arms:
                last, k = k, k + 1
            continue
        if not first and k == last + 1 and head in cues.numbered_heads and _number_closing_name(doc, k):
            last, k = k, k + 1  # «كتيبة النصر 17»: a named brigade's number
            continue
        if not first and k == last + 1 and head in cues.numbered_heads and word in cues.numbered_arms:
            last, k = k, k + 1  # an ordinal's arm: «السرية الثانية مشاة», «الكتيبة الثالثة مشاة»
            continue
        if head in cues.mission_heads and ((genitive and word.startswith("ال")) or (word.startswith("ل") and not first)):
            mission_end = _mission_end(doc, k)
            if mission_end is not None:
                last, genitive, k = mission_end, False, mission_end + 1  # «الهيئة العامة للبحث عن المفقودين»
                continue
        if genitive and word.startswith("ال") and len(word) >= 4 and not word.startswith("لل"):
            last, genitive, k = k, False, k + 1
            continue
        if (first and not definite and head in cues.construct_heads and len(word) >= 3 and word[:1] not in "وبل"
                and (head not in cues.people_construct_heads or word in cues.construct_people)
                and (head not in cues.task_construct_heads or word in cues.mission_nouns
                     or word in cues.task_nouns)  # «قوة مكافحة الإرهاب» (Arabic pass 90)
                and not _past_verb(word)
                and k + 1 < n and doc.clean(k + 1) and words[k + 1].startswith("ال") and len(words[k + 1]) >= 4
                and not doc.person(words[k + 1]) and words[k + 1] not in cues.stop):
            last, genitive, k = k + 1, False, k + 2  # «جمعية نبض الوطن», «مجلس نواب الشعب»
            continue
        if first and not definite and head in cues.construct_heads and (for_end := _stands_for_end(doc, k)) is not None:
            last, genitive, k = for_end, False, for_end + 1  # «جمعية نساء من أجل السلام» (Arabic pass 56)
            continue
        if (first and not definite and unit and word in cues.name_nouns_after_l and k + 1 < n and doc.clean(k + 1)
                and words[k + 1].startswith("ال") and len(words[k + 1]) >= 4 and not doc.person(words[k + 1])
                and words[k + 1] not in cues.stop):
            last, genitive, k = k + 1, False, k + 2  # «مندوبية حماية الطفولة», «مكتب مكافحة الإرهاب» (tune40 pass)
            continue
        if first and not definite and head in cues.court_words and not _seat_before(doc, index) and (
                town := _place_at(doc, k)) is not None and (
                town + 1 < n and doc.clean(town + 1) and words[town + 1] in cues.court_grades):
            last, genitive, k = town + 1, False, town + 2  # «محكمة غريان الابتدائية»: its town, then its grade (pass 90)
            continue
        if first and not definite:
            break  # «مركز للتوظيف», «قوات عملية ...»: no construct, no name
        if not first and head in cues.envoy_heads and word.startswith("ل") and _country_at(doc, k):
            last, genitive, k = k, False, k + 1  # «القنصلية العامة لتونس»: the country it serves
            continue
        if word.startswith("لل") and len(word) >= 5:
            if first or "ال" + word[2:] in cues.stop or word[2:] in _SUFFERED or (word[2:] in cues.purpose and not (
                    k + 1 < n and doc.clean(k + 1) and doc.adjective(words[k + 1], after=word))):
                break  # «الفرقة للتحقيق معهم», «الحرس الوطني للقيام بالإجراءات»; not «الإدارة العامة للبحث الجنائي»
            last, k = k, k + 1
            continue
        if word.startswith("ل") and not first and word[1:] in cues.name_nouns_after_l and head not in cues.teams and (
                word[1:] not in cues.purpose or head in cues.mission_heads) and k + 1 < n and doc.clean(k + 1):
            # «لاستغلال وتوزيع المياه»: a second name noun joined by «و» before the shared definite noun
            shared = k + 2 < n and doc.clean(k + 2) and words[k + 1][:1] == "و" and words[k + 1][1:] in cues.name_nouns_after_l
            noun = k + 1 + shared
            if words[noun].startswith("ال") and not doc.person(words[noun]):
                last, k = noun, noun + 1  # «الفرقة الوطنية لمكافحة الجرائم الإرهابية»
                continue
        if word.startswith("ل") and not first and head in cues.company_heads and word[1:] in cues.company_nouns_after_l and (
                k + 1 < n and doc.clean(k + 1) and words[k + 1].startswith("ال") and not doc.person(words[k + 1])):
            last, k = k + 1, k + 2  # «الشركة المصرية لنقل الكهرباء», «الشركة العامة لتحلية المياه» (Arabic pass 64)
            continue
        if word.startswith("و") and not first:
            # «فرقة الأبحاث والتفتيش», «و التفتيش»; not «الحرس الوطني والجيش الوطني»
            j = k if len(word) > 1 else k + 1
            conj = word[1:] if len(word) > 1 else (words[k + 1] if k + 1 < n and doc.clean(k + 1) else "")
            if (conj.startswith("ال") and len(conj) >= 5 and not doc.person(conj) and conj not in cues.stop
                    and not _other_body(doc, j, conj)
                    and (words[k - 1] not in cues.nationalities or conj in cues.nationalities)):
                # «الحكومة الليبية والقطاع الخاص»: a nationality closes the name, «و» joins another party, unless it
                # is a second nationality («السلطات التونسية والليبية»: both countries' authorities) (pass 71)
                last, k = j, j + 1
                continue
            if (conj in cues.name_nouns_after_l and j + 1 < n and doc.clean(j + 1) and words[j + 1].startswith("ال")
                    and not doc.person(words[j + 1]) and words[j + 1] not in cues.stop):
                last, k = j + 1, j + 2  # «المجلس الوطني للحريات العامة وحقوق الإنسان»: a second part of the mission
                continue
            break
        if unit and word.startswith("ب") and not first and any(
                f in cues.unit_heads for f in _clitic_forms(word)) and (
                word[1:2] != "ا" or any(f in cues.units_after_article for f in _clitic_forms(word))):
            last, genitive, k = k, True, k + 1  # «فرقة الأبحاث والتفتيش بمنطقة الحرس الوطني», «بالمحكمة»
            if k < n and words[k] in _COURT_KINDS and doc.clean(k) and any(
                    f in cues.court_words for f in _clitic_forms(word)):
                last, k = k, k + 1  # «الدائرة الجنائية بمحكمة استئناف مصراتة»: the court's kind, then its town (pass 53)
            elif (placed := _body_of_place(doc, k - 1)) is not None:
                last, k = placed, placed + 1  # «... بمديرية أمن الزاوية»: a body and its town (pass 49)
            continue
        if not first and word.startswith("ب") and word[1:] in cues.parent_bodies_after_b:
            last, genitive, k = k, not word[1:].startswith("ال"), k + 1  # «وزارة الصحة بحكومة الوحدة الوطنية»
            continue
        if word in cues.relating_words and words[k - 1].startswith("لل") and (relating_end := _relating_end(doc, k + 1)) is not None:
            last, k = relating_end, relating_end + 1  # «المركز الليبي للأعمال المتعلقة بإزالة الألغام»
            continue
        if k == last + 1 and words[last] in cues.council_adjectives and _council_town(doc, last) > last:
            break  # «المجلس البلدي الزاوية الضحية»: the council's bare town (``_council_town``) closes it (pass 147)
        if doc.adjective(word, after=words[k - 1]) and not _time_after(words, k):
            last, k = k, k + 1
            continue
        if k == last + 1 and _armed_word_after(doc, k):
            last, k = k, k + 1  # «الجماعات التشادية المسلحة» (Arabic pass 90)
            continue
        break
    if last == index:
        return None
    if words[index + 1] in cues.not_body_after.get(head, ()):
        return None
    if last == index + 1 and words[last] in cues.not_body_alone.get(head, ()):
        return None  # «هيئة الدفاع» alone: the defendant's lawyers
    return last


_SEATS = frozenset({"مقر", "بمقر", "لمقر", "ومقر"})


def _seat_before(doc: _Doc, index: int) -> bool:
    """«داخل مقر محكمة مصراتة الابتدائية»: a court named as the building where something happened, no body acting
    (Arabic pass 90: the court's town-and-grade name is read only outside «مقر»)."""
    return index > 0 and doc.clean(index) and doc.words[index - 1] in _SEATS


_FOR_THE_SAKE = ("من", "اجل")


def _stands_for_end(doc: _Doc, k: int) -> int | None:
    """Last token of «people noun + من أجل + definite noun (+ its genitive)» at ``k`` after an indefinite head: a body
    named for what it stands for («جمعية نساء من أجل السلام», «منظمة أطباء من أجل حقوق الإنسان»), or None. The noun
    at ``k`` is a plural of people (``construct_people``: not «حملة من أجل ...», a purpose)."""
    words, n = doc.words, len(doc.words)
    if words[k] not in doc.cues.construct_people and not words[k].endswith(("ون", "ات")):
        return None
    if k + 3 >= n or tuple(words[k + 1 : k + 3]) != _FOR_THE_SAKE or not all(doc.clean(j) for j in range(k + 1, k + 4)):
        return None
    noun = words[k + 3]
    if doc.person(noun):
        return None
    if noun.startswith("ال"):
        return k + 3  # «من أجل السلام», «من أجل العدالة»
    # an indefinite noun and its definite genitive: «من أجل حقوق الإنسان»
    if k + 4 < n and doc.clean(k + 4) and words[k + 4].startswith("ال") and not doc.person(words[k + 4]):
        return k + 4
    town = _place_at(doc, k + 3)
    return town  # «منظمة شباب من أجل غدامس»: the town it stands for is its name (Arabic pass 90)


_AFTER_UNIT_NUMBER = frozenset(("في", "بعد", "قبل", "على", "عند", "من", "التابعه", "التابع"))


def _number_closing_name(doc: _Doc, k: int) -> bool:
    """«عناصر كتيبة النصر 17 بعد استسلامهم»: a number right after a brigade's name is part of it when the
    phrase ends there (punctuation, the text's end or a preposition), not a count of what follows («5 مدنيين»)."""
    words = doc.words
    if not words[k].isdigit() or len(words[k]) > 3:
        return False
    return k + 1 >= len(words) or not doc.clean(k + 1) or words[k + 1] in _AFTER_UNIT_NUMBER


def _country_at(doc: _Doc, k: int) -> bool:
    """Is token k a listed country after a one-letter clitic («لتونس», «لمصر»)?"""
    from nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    found = gazetteer.match_at(doc.tokens, k)
    return found is not None and found.first == found.last and found.form == doc.words[k][1:] and any(
        gazetteer.by_id[pid].get("precision") == "country" for pid in found.payloads)


def _field_end(doc: _Doc, k: int) -> int | None:
    """Last token of a specialised unit's field from token k: «(بالنظر) في قضايا الإرهاب», or None."""
    words, n = doc.words, len(doc.words)
    if k < n and doc.clean(k) and words[k] == "بالنظر":
        k += 1
    if (k + 1 < n and doc.clean(k) and doc.clean(k + 1) and words[k][:1] == "ب" and words[k][1:] in doc.cues.specialised_fields
            and words[k + 1].startswith("ال")):
        return k + 1  # «المختصة بقضايا الإرهاب»: the field written with «ب» (Arabic pass 64)
    if not (k + 2 < n and all(doc.clean(j) for j in (k, k + 1, k + 2)) and words[k] == "في"
            and words[k + 1] in doc.cues.specialised_fields and words[k + 2].startswith("ال")):
        return None
    return k + 2


def _relating_end(doc: _Doc, k: int) -> int | None:
    """Last token of the object after «المتعلقة» at token k: «بالألغام», «بإزالة الألغام», and «و» + another
    noun with its definite genitive («ومخلفات الحرب»); None when no «ب» object follows."""
    words, n = doc.words, len(doc.words)

    def definite(j: int) -> bool:
        return j < n and doc.clean(j) and words[j].startswith("ال") and len(words[j]) >= 4 and not doc.person(words[j])

    if not (k < n and doc.clean(k) and words[k].startswith("ب") and len(words[k]) >= 4):
        return None
    last = k if words[k].startswith("بال") else (k + 1 if definite(k + 1) else None)
    if last is None:
        return None
    joined = last + 1 < n and doc.clean(last + 1) and words[last + 1].startswith("و") and len(words[last + 1]) >= 4
    if joined and words[last + 1].startswith("وال") and not doc.person(words[last + 1][1:]):
        return last + 1  # «بالهجرة والعمل»
    if joined and definite(last + 2):
        return last + 2  # «ومخلفات الحرب»
    return last


def _listed_parent(doc: _Doc, k: int) -> int | None:
    """Last token of a listed government named after a ministry at token k, written «ب + government» or «في +
    government» («وزارة الصحة بالحكومة المكلفة من مجلس النواب», «وزارة الداخلية في الحكومة المكلفة من مجلس
    النواب»), or of a listed council after a committee («لجنة المالية بمجلس نواب الشعب»): one body, as
    «بحكومة الوحدة الوطنية» is; else None."""
    if doc.words[k] == "في":
        k += 1
        if k >= len(doc.words) or not doc.clean(k) or doc.words[k] not in doc.cues.parent_bodies_after_b:
            return None
    found = doc.registry_at(k)
    if found is None or found.first != k or doc.entries[found.payloads[0]].get("type") != "government":
        return None
    return found.last


def _past_verb(word: str) -> bool:
    """«نقلت», «أعلنت»: a past-tense verb of a feminine subject («أكد أن فرقه نقلت الجرحى»), no noun of a
    construct name; feminine plurals («نقابات») and short nouns («صوت», «بيت») end in «ت» too."""
    return len(word) >= 4 and word.endswith("ت") and not word.endswith("ات")


def _mission_end(doc: _Doc, k: int) -> int | None:
    """Last token of a mission phrase starting at token k («للبحث والتعرف على المفقودين», «البحث عن
    المفقودين», «للدعم في ليبيا»): verbal noun(s) of a mission, a preposition and its object; else None."""
    words, cues, n = doc.words, doc.cues, len(doc.words)

    def mission(j: int) -> bool:
        return j < n and doc.clean(j) and any(f in cues.mission_nouns for f in _clitic_forms(words[j]))

    if not mission(k):
        return None
    j = k + 1
    if mission(j) and words[j].startswith("و"):
        j += 1  # «للبحث والتعرف»
    if not (j + 1 < n and doc.clean(j) and doc.clean(j + 1) and words[j] in cues.mission_prepositions):
        return None
    target = words[j + 1]
    if target.startswith("ال") and len(target) >= 4 and not doc.person(target) and target not in cues.stop:
        return j + 1
    return _place_at(doc, j + 1) if words[j] == "في" else None


# «نيابة جنوب طرابلس», «نيابة شرق بنغازي»: a prosecution office named by the district of a town it serves (a compass
# word, then the town), one body written whole (Arabic pass 118; labelled so in tune38, tune108 and tune118)
_DISTRICT_HEADS = frozenset({"نيابه"})
_COMPASS = frozenset({"جنوب", "شمال", "شرق", "غرب", "وسط"})


def _place_at(doc: _Doc, k: int) -> int | None:
    """Last token of a listed, not weak place written bare at token k («مصراتة», «ليبيا»), or None."""
    from nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    found = gazetteer.match_at(doc.tokens, k)
    if found is None or found.form != doc.words[k] or all(gazetteer.by_id[p].get("weak") for p in found.payloads):
        return None
    return found.last


def _bare_town_after(doc: _Doc, last: int) -> int:
    """Last token of a town's bare name written right after token ``last``, or ``last`` when none is."""
    k = last + 1
    if k >= len(doc.words) or not doc.clean(k):
        return last
    town = _place_at(doc, k)
    return last if town is None else town


def _council_town(doc: _Doc, last: int) -> int:
    """«المجلس البلدي مصراتة»: a local council's name ends with its town's bare name (the town stays a place), and
    with a district word after it («المجلس البلدي طرابلس المركز», as «بلدية طرابلس المركز»; Arabic pass 53)."""
    if doc.words[last] not in doc.cues.council_adjectives:
        return last
    town = _bare_town_after(doc, last)
    return _district(doc, town) if town > last else last


def _unit_bare_town(doc: _Doc, last: int) -> int:
    """«مركز الدفاع المدني طرابلس»: a local unit (a centre, an office) Libyan bodies name with their town's bare
    name right after, as «المجلس البلدي مصراتة» (``_council_town``); the town stays a place."""
    return last if doc.words[last] in doc.cues.council_adjectives else _bare_town_after(doc, last)


_COURT_KINDS = frozenset({"استئناف"})  # «محكمة استئناف طرابلس»: an indefinite kind in construct, the town after it


def _court_grade(doc: _Doc, last: int) -> int:
    """«الدائرة الجنائية الأولى بمحكمة بنغازي الابتدائية», «محكمة الزاوية الجزئية»: a court's grade right after the
    court and its town is the court's name (Arabic counts pass 11)."""
    k = last + 1
    if k >= len(doc.words) or doc.words[k] not in doc.cues.court_grades or not doc.clean(k) or last < 1:
        return last
    return k if any(f in doc.cues.court_words for f in _clitic_forms(doc.words[last - 1])) else last


def _armed_unit(doc: _Doc, head: str) -> bool:
    """«سرية الإسناد الثالثة في الجفرة», «كتيبة ... في ترهونة»: a brigade or company is named without the town
    where it acts or is based (the Libyan labels: «سرية الإسناد الثالثة», «كتيبة شهداء الوادي»), unlike an
    office or a court («المكتب الجهوي للديوانة في منوبة»)."""
    return head in doc.cues.numbered_heads


def _located_unit(doc: _Doc, last: int, armed: bool = False) -> int:
    """«فرقة الحرس الوطني بالشوشة», «المكتب الجهوي للديوانة في منوبة»: a unit's name ends with «ب / في +
    place» (dev labels keep it; the place stays a place too); not an armed unit's «في + place» (``_armed_unit``)."""
    from nlp.gazetteer import load_gazetteer

    words, k = doc.words, last + 1
    if k + 1 < len(words) and words[k] == "في" and doc.clean(k) and doc.clean(k + 1) and not armed:
        found = load_gazetteer().match_at(doc.tokens, k + 1)
        if found is not None and found.form == words[k + 1] and not all(
                load_gazetteer().by_id[pid].get("weak") for pid in found.payloads):
            return _district(doc, found.last)
        return last
    if k < len(words) and doc.clean(k) and words[k].startswith("ب") and (quarter := _quarter(doc, k)) is not None:
        return quarter  # «مركز الأمن بحي النور»
    if k < len(words) and doc.clean(k) and words[k].startswith("ب") and len(words[k]) >= 3:
        gazetteer = load_gazetteer()
        found = gazetteer.match_at(doc.tokens, k)
        # a weak name («بقرية»: a hamlet called «قرية») is an ordinary word here, not the unit's place
        # nor a stadium («الاتحاد الليبي بملعب حمادي العقربي»: where a club plays, no seat of a unit; tune40 pass)
        if found is not None and words[k].endswith(found.form) and len(words[k]) - len(found.form) in (1, 3) and not all(
                gazetteer.by_id[pid].get("weak") or gazetteer.by_id[pid].get("kind") == "stadium"
                for pid in found.payloads):
            return _district(doc, found.last)
    return last


def _regional(doc: _Doc, first: int, last: int) -> bool:
    """«الهيئة الجهوية للمحامين»: a body its name calls regional is a local unit (it keeps its town)."""
    return any(doc.words[k] in doc.cues.regional_adjectives for k in range(first + 1, last + 1))


def _quarter(doc: _Doc, k: int) -> int | None:
    """Last token of «بحي النور», «بحي ابن خلدون» at token k: a neighbourhood named after «ب + حي», or None."""
    words = doc.words
    if words[k][1:] not in doc.cues.quarter_words or k + 1 >= len(words) or not doc.clean(k + 1):
        return None
    name = words[k + 1]
    if name in doc.cues.stop or len(name) < 3 or not name.startswith("ال") and name not in ("ابن", "بن", "سيدي"):
        return None
    return k + 2 if name in ("ابن", "بن", "سيدي") and k + 2 < len(words) and doc.clean(k + 2) else k + 1


def _district(doc: _Doc, last: int) -> int:
    """«بصفاقس الجنوبية», «بسوسة المدينة», «بلدية طرابلس المركز»: a district word after the town that ends a
    body's name is part of the town's name (a Tunisian delegation, a Libyan municipality)."""
    k = last + 1
    return k if k < len(doc.words) and doc.clean(k) and doc.words[k] in doc.cues.district_words else last


# Arabic pass 71 (tune71): «أعلن النادي الأهلي طرابلس», «نادي الأهلي بنغازي»: «نادي» + a club head that names its
# town («الأهلي») + the town is one club, written whole (the labels, 7 of 7 written items with «النادي / نادي» before
# it); without «نادي» the club is found from «أهلي» by ``place_heads`` as before
_CLUB = "نادي"
_CLUB_FORMS = frozenset({"نادي", "النادي"})


def _club_town(doc: _Doc, last: int) -> int:
    """The last token of a «نادي» name: past the town right after its club head word («الأهلي»), else ``last``."""
    from nlp.gazetteer import load_gazetteer

    k = last + 1
    if k >= len(doc.words) or not doc.clean(k) or doc.cues.place_heads.isdisjoint(_clitic_forms(doc.words[last])):
        return last
    found = load_gazetteer().match_at(doc.tokens, k)
    return found.last if found is not None and found.form == doc.words[k] else last


def _body_of_place(doc: _Doc, index: int) -> int | None:
    """«مديرية أمن سبها», «محكمة استئناف مصراتة»: head + one indefinite noun + a place is a body's name."""
    from nlp.gazetteer import load_gazetteer

    words, head = doc.words, doc.head_form(index)
    if head is not None and head in doc.cues.place_heads and index + 1 < len(words) and doc.clean(index + 1):
        found = load_gazetteer().match_at(doc.tokens, index + 1)  # «بلدية الذهيبة», «الأهلي بنغازي»
        return _district(doc, found.last) if found is not None and found.form == words[index + 1] else None
    if head is None or index + 2 >= len(words) or not (doc.clean(index + 1) and doc.clean(index + 2)):
        return None
    if "ال" + head in _clitic_forms(words[index]):
        return None  # a construct's head is indefinite: «الطريق الرابطة بين مدنين» is no body
    middle = words[index + 1]
    if _administers(doc, index, head):
        return _place_at(doc, index + 1)  # «إدارة سجن الجديدة»: the body that runs a listed prison
    if middle in doc.cues.place_heads:
        return None  # «نادي أهلي طرابلس»: the club is «أهلي طرابلس», found from the next word
    if middle[:1] in "وبلف" and len(_clitic_forms(middle)) > 1:
        return None  # «معهد بمدينة صفاقس»: a school in a town, «ب + noun» is no part of a name
    if middle.startswith("ال") or middle in doc.cues.stop or doc.person(middle) or len(middle) < 3 or (
            middle in doc.cues.not_body_after.get(head, ())):
        return None  # «حركة معبر الذهيبة» is traffic, not a movement
    found = load_gazetteer().match_at(doc.tokens, index + 2)
    # «مركز شرطة مصراتة المدينة»: a district word after the town is the town's (as «بلدية طرابلس المركز»)
    return _district(doc, found.last) if found is not None and found.form == words[index + 2] else None


# «مؤسسة بلادي لحقوق الإنسان», «منظمة تضامن لحقوق الإنسان», «جمعية عمر المختار لحقوق الإنسان»: a rights group's
# own proper name (an indefinite word, or a person's name) before its mission «لحقوق + its object»
# (Arabic pass 51: a rights group's post signed with its name). Not an adjective («منظمة دولية لحقوق الإنسان»).
_PROPER_NAMED_HEADS = frozenset({"مؤسسه", "منظمه", "جمعيه", "رابطه", "مرصد", "شبكه", "مركز"})
_PROPER_NAME_REACH = 3  # up to three words of the name: «عمر المختار», «بلادي»


_RIGHTS = frozenset({"لحقوق", "للحقوق"})  # the mission that names a rights group («لحقوق الإنسان», «لحقوق المرأة»)


def _proper_name_with_mission(doc: _Doc, index: int) -> int | None:
    words = doc.words
    if words[index].startswith(("ال", "وال", "بال", "لل")):
        return None  # «الرابطة الليبية ...» is found by its adjectives; the rule reads an indefinite head
    for k in range(index + 1, min(len(words) - 1, index + 2 + _PROPER_NAME_REACH)):
        if not doc.clean(k) or not doc.clean(k + 1):
            return None
        word = words[k]
        if k > index + 1 and word in _RIGHTS and words[k + 1].startswith("ال"):
            return k + 1
        if word in doc.cues.stop or word.isdigit() or doc.adjective(word) or word.endswith(("يه", "ي")) and (
                word.startswith("ال")) or _INDEFINITE_ADJECTIVE.search(word):
            return None
    return None


_INDEFINITE_ADJECTIVE = re.compile(r"^(?:دولي|دوليه|محلي|محليه|وطني|وطنيه|اهلي|اهليه|خيري|خيريه|حقوقي|حقوقيه|ليبي|ليبيه|جديد|جديده)$")


def _administers(doc: _Doc, index: int, head: str) -> bool:
    """Does the head at ``index`` name the body that runs the facility after it («إدارة سجن الجديدة»)?"""
    return (head in doc.cues.facility_administrations and index + 1 < len(doc.words)
            and doc.words[index + 1] in doc.cues.guarded_facilities)


def _article_form(token: str, head_form: str) -> str:
    """The form to cut the surface at: keep the article («الرئاسة التونسية», «للحكومة» -> «الحكومة»)."""
    for form in _clitic_forms(token):
        if form == "ال" + head_form.removeprefix("ال"):
            return form
    return head_form


def _registry_match(doc: _Doc, found: PhraseMatch[str], unit: bool = False, armed: bool = False) -> ActorMatch:
    """The listed body at ``found``; a ``unit`` (its head is a unit's: «النيابة العمومية», «مركز ...») keeps
    «ب / في + place» after it as a unit found by its head does («النيابة العمومية بمدنين»); a listed ``armed``
    unit not «في + place» (``_armed_unit``: «اعتقلتهما كتيبة طارق بن زياد في سبها», Arabic pass 51)."""
    entry = doc.entries[found.payloads[0]]
    form = _article_form(doc.words[found.first], found.form)  # «الميليشيات» as written, not the alias «ميليشيات»
    # an international body sits in one town: «المحكمة الجنائية الدولية في لاهاي» is the court, its seat a place (pass 49)
    unit = unit and entry.get("affiliation") != "international" and entry.get("type") != "international"
    last = _located_unit(doc, found.last, armed) if unit else found.last
    name, start, end = doc.tokens.surface(doc.text, found.first, last, form)
    core = found.last
    if found.last > found.first and doc.words[found.last].startswith("ب"):
        core = _located_unit(doc, found.last - 1)  # «المجلس العسكري بصبراتة»: صبراتة stays a place
        core = found.last - 1 if core == found.last else found.last
    elif entry["id"] == _MILITARY_REGIONS and _place_at(doc, found.last) == found.last:
        core = found.last - 1  # «المنطقة العسكرية سبها»: the town stays a place (Arabic pass 90)
    return ActorMatch(name, entry["id"], entry.get("type"), start, end, found.first, last, core)


def _quoted_name(doc: _Doc, index: int) -> ActorMatch | None:
    """«قوات "فجر ليبيا"», «منظمة "أطباء بلا حدود"»: the quoted proper name; «تنظيم "داعش"» whole."""
    head = next((f for f in _clitic_forms(doc.words[index]) if f in doc.cues.descriptors or f in doc.cues.kept), None)
    if head is None or index + 1 >= len(doc.words) or not doc.quoted(index + 1):
        return None
    close = next((k for k in range(index + 1, min(len(doc.words), index + 1 + _MAX_QUOTED))
                  if doc.quoted(k + 1) or (k > index + 1 and not doc.clean(k))), None)
    if close is None or not doc.quoted(close + 1) or doc.words[index + 1] in doc.cues.stop:
        return None
    if any(doc.person(doc.words[k]) for k in range(index + 1, close + 1)):
        return None  # «"... وعملية" المتحدث باسم الجماعة "..."»: a closing quote, then a title: no quoted name
    first = index if head in doc.cues.kept else index + 1
    found = doc.lexicon.match_at(doc.items, first)
    if found is not None and found.last == close:
        entry = doc.entries[found.payloads[0]]
        entry_id, kind, form = entry["id"], entry.get("type"), found.form
    else:
        entry_id, kind = "", "body"
        form = _article_form(doc.words[first], head) if first == index else doc.words[first]
    name, start, end = doc.tokens.surface(doc.text, first, close, form)
    if first == index:  # keep the closing quote: «تنظيم "داعش"», as written
        after = doc.items[close].end
        quote_at = after + next(i for i, c in enumerate(doc.gap(close + 1)) if c in doc.cues.quotes)
        quote_end = doc.tokens.normalized.offsets[quote_at] + 1
        name, end = name + doc.text[end:quote_end], quote_end
    return ActorMatch(name, entry_id, kind, start, end, first, close)


def _known_as(doc: _Doc, index: int, head: str) -> ActorMatch | None:
    """«تعرف باسم "كتيبة الشهيد أبو عجيلة"», «تعرف بـ"سرية الحماية غريان"»: a body's name quoted after "known as"
    is whole as written; the head's own tail would stop at the given name or the town inside it."""
    words, cues = doc.words, doc.cues
    if index < 2 or not doc.quoted(index):
        return None
    before = words[index - 1]
    if before not in cues.known_as_verbs and not (
            before in cues.known_as_prepositions and words[index - 2] in cues.known_as_verbs):
        return None
    close = next((k for k in range(index, min(len(words), index + _MAX_QUOTED))
                  if doc.quoted(k + 1) or (k > index and not doc.clean(k))), None)
    if close is None or close == index or not doc.quoted(close + 1) or not doc.clean(close):
        return None
    name, start, end = doc.tokens.surface(doc.text, index, close, _article_form(words[index], head))
    return ActorMatch(name, "", "body", start, end, index, close)


def _member_body(doc: _Doc, index: int, last: int) -> PhraseMatch[str] | None:
    """«وحدات الحرس الوطني», «الوحدات الحدودية البرية للحرس الوطني»: the listed body after the head."""
    for k in range(index + 1, last + 1):
        found = doc.registry_at(k)
        if found is not None:
            return found
    return None


def _adjective_of_previous(doc: _Doc, index: int) -> bool:
    """Does token ``index`` («البحرية») qualify the definite noun before it («الحدود البحرية التونسية»)?
    Then a listed name that starts with it («البحرية التونسية») is not meant."""
    before = doc.words[index - 1] if index > 0 else ""
    return before.startswith("ال") and len(before) >= 4 and before not in doc.cues.stop and doc.clean(index) and (
        doc.adjective(doc.words[index], after=before))


def _described(doc: _Doc, found: PhraseMatch[str]) -> PhraseMatch[str]:
    """An unnamed group keeps the indefinite nisba adjective that says whose or where it is («مجموعات مسلحة
    محلية», «مجموعة مسلحة تشادية») or «من + its town» («مجموعة مسلحة من ترهونة»): the description is all the
    name it has (the town stays a place)."""
    k = found.last + 1
    if (k >= len(doc.words) or not doc.clean(k) or doc.entries[found.payloads[0]].get("type") != "generic"
            or doc.words[found.last].startswith("ال")):
        return found
    word = doc.words[k]
    if word == "من" and (group := _origin_group(doc, k + 1)) is not None:
        return PhraseMatch(found.first, group, found.payloads, found.form)  # «مسلحين من قبيلتين»: who they are
    if word == "من" and k + 1 < len(doc.words) and doc.clean(k + 1) and (town := _place_at(doc, k + 1)) is not None:
        return PhraseMatch(found.first, town, found.payloads, found.form)  # «مجموعة مسلحة من ترهونة»: where it is from
    # «بالزي», «والمدني»: a proclitic before the article makes a phrase of its own, no indefinite adjective
    definite = any(f.startswith("ال") for f in _clitic_forms(word))
    if definite or len(word) < 5 or not word.endswith(_NISBA_ENDINGS) or doc.person(word) or (
            word in doc.cues.stop) or _charge_verbal_noun(word):
        return found
    if word.startswith("و") and not word.startswith("وطن"):
        return found  # «قتل ثلاثة مسلحين ومدني»: «و» joins the next victim, no adjective of theirs (Arabic pass 80)
    if word.endswith("يه") and doc.words[found.last].endswith(("ون", "ين")):
        return found  # «اقتحم مسلحون أرضية الملعب»: men's plural takes «ـيون / ـيين», a word in «ـية» is no adjective
        # of theirs but the next noun (Arabic pass 68)
    return PhraseMatch(found.first, k, found.payloads, found.form)


def _charge_verbal_noun(word: str) -> bool:
    """«بتصفية», «لتصفية», «بتعبئة» (normalised «بتصفيه»): «ب / ل» + a verbal noun of the form تفعلة (five letters
    from its «ت», ending «يه» like a nisba) is what the group is accused of or sent for, no adjective of it
    («اتهم ... مسلحين بتصفية أربعة مقاتلين»: Arabic pass 54)."""
    return word[:1] in ("ب", "ل") and len(word) == 6 and word[1] == "ت" and word.endswith("يه")


# «مجموعة مسلحة ملثمة», «جماعات مسلحة تشادية معارضة»: the manner or stance an unnamed group is told by (masked,
# opposition, rebel) is the rest of its description, after its nisba adjective if any (Arabic pass 54; labelled so)
_GROUP_MANNER = frozenset({"ملثمه", "ملثمين", "ملثمون", "ملثمتين", "ملثمتان", "معارضه", "معارضين", "معارضون",
                           "متمرده", "متمردين", "متمردون"})


_COLLECTIVE_GROUPS = frozenset({"مجموعه", "مجموعات", "جماعه", "جماعات", "عصابه", "عصابات", "مجموعتين", "مجموعتان",
                                "جماعتين", "جماعتان", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "كتيبه", "كتائب",
                                "تشكيلات", "تشكيل"})


def _group_manner(doc: _Doc, found: PhraseMatch[str]) -> PhraseMatch[str]:
    """An unnamed group (a generic entry opened by a collective noun, ``_COLLECTIVE_GROUPS``) keeps one manner or stance
    adjective (``_GROUP_MANNER``) right after it; armed men counted one by one stay as listed («عنصرين مسلحين
    ملثمين»: test_actors_registry)."""
    k = found.last + 1
    if k >= len(doc.words) or not doc.clean(k):
        return found
    if doc.words[k] in _UNKNOWN_PLURALS and _described_gunmen(doc, found):
        return PhraseMatch(found.first, k, found.payloads, found.form)  # «مسلحون ملثمون مجهولون»
    if doc.words[k] not in _GROUP_MANNER or (doc.entries[found.payloads[0]].get("type") != "generic") or (
            _COLLECTIVE_GROUPS.isdisjoint(_clitic_forms(doc.words[found.first])) and not _described_gunmen(doc, found)):
        return found  # «لجماعات مسلحة تشادية معارضة»
    return PhraseMatch(found.first, k, found.payloads, found.form)


_UNKNOWN_GUNMEN = "generic-unknown-gunmen"
_UNKNOWN_PLURALS = frozenset({"مجهولين", "مجهولون"})


def _described_gunmen(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """«مسلحين مجهولين ملثمين», «مسلحون مجهولون ملثمون»: unnamed gunmen already described by an adjective keep a
    second one in the same plural case right after it, one group written whole (the labels' form written; Arabic pass
    147); «عنصرين مسلحين ملثمين» (armed men counted one by one) is another entry and stays as listed."""
    if found.payloads[0] != _UNKNOWN_GUNMEN or found.last == found.first:
        return False
    last, after = doc.words[found.last], doc.words[found.last + 1]
    return last[-2:] in ("ين", "ون") and after[-2:] == last[-2:] and after != last


def _origin_group(doc: _Doc, k: int) -> int | None:
    """Last token of «قبيلتين», «تشكيل منافس», «مكونين اجتماعيين» at token k (after «من»): the indefinite group
    unnamed gunmen come from, with one indefinite adjective after it (a listed one or a nisba), or None."""
    words = doc.words
    if k >= len(words) or not doc.clean(k) or words[k] not in doc.cues.origin_groups:
        return None
    j = k + 1
    if j < len(words) and doc.clean(j) and (words[j] in doc.cues.origin_adjectives or (
            len(words[j]) >= 5 and words[j].endswith(_NISBA_ENDINGS) and not words[j].startswith("ال")
            and words[j] not in doc.cues.stop and not doc.person(words[j]))):
        return j
    named = _tribe_names_end(doc, j)
    return k if named is None else named


_NOT_TRIBE_NAMES = frozenset({"الضحيه", "القتيل", "المجني", "المتهم", "الضحايا", "المنطقه", "المدينه"})


def _tribe_names_end(doc: _Doc, j: int) -> int | None:
    """Last token of the tribes or families named at j after the group noun («من قبيلة الزوية», «من قبيلتي الطوارق
    والتبو», «من قبيلة أولاد سليمان»): definite names, or «أولاد + name», at most three joined by «و»; the gunmen's
    description is all their name (Arabic pass 90), as «مسلحين من قبيلتين متنازعتين»."""
    words, n, last, count = doc.words, len(doc.words), None, 0
    while j < n and doc.clean(j) and count < 3:
        word = words[j]
        if count:
            if not word.startswith("و") or len(word) < 3:
                break
            word = word[1:]
        if word == "اولاد" and j + 1 < n and doc.clean(j + 1) and len(words[j + 1]) >= 3 and (
                words[j + 1] not in doc.cues.stop):
            last, j, count = j + 1, j + 2, count + 1
            continue
        if (not word.startswith("ال") or len(word) < 4 or word in doc.cues.stop or word in _NOT_TRIBE_NAMES
                or doc.person(word) or _time_after(words, j)):
            break
        last, j, count = j, j + 1, count + 1
    return last


def _nationality(doc: _Doc, found: PhraseMatch[str]) -> PhraseMatch[str]:
    """A listed name that ends in an adjective keeps a nationality written right after it («الصليب الأحمر
    اللبناني», «الأجهزة الأمنية المصرية»); after a name that ends in a noun the nationality may be another word's
    («زعيم أنصار الشريعة الليبي»)."""
    k, last = found.last + 1, found.last
    if k >= len(doc.words) or not doc.clean(k) or last == found.first:
        return found
    if _indefinite_nationality(doc, last, k):
        return PhraseMatch(found.first, k, found.payloads, found.form)  # «جهاز أمني ليبي»
    if doc.words[k] not in doc.cues.nationalities:
        return found
    if not (doc.words[last] in doc.cues.adjectives or doc.adjective(doc.words[last], after=doc.words[last - 1])):
        return found
    return PhraseMatch(found.first, k, found.payloads, found.form)


_ARMED_FEMININE = frozenset({"المسلحه"})
_ARMED_PLURAL = frozenset({"المسلحين", "المسلحون"})


def _armed_word_after(doc: _Doc, k: int) -> bool:
    """Is token k «المسلحة» (or «المسلحين» after a plural of people) right after a nationality at k-1: the rest of an
    armed group's name («المعارضة التشادية المسلحة», «المتمردين السودانيين المسلحين»; Arabic pass 90)? After any other
    word it may be an object or another noun's adjective («اعتقلت الشرطة المسلحين»)."""
    words = doc.words
    if k >= len(words) or k < 1 or not doc.clean(k):
        return False
    before = words[k - 1]
    if words[k] in _ARMED_FEMININE:
        return before in doc.cues.nationalities and before.endswith("ه")
    return words[k] in _ARMED_PLURAL and before.endswith(_HUMAN_PLURAL_ENDINGS) and before[:-2] in doc.cues.nationalities


def _armed_after_nationality(doc: _Doc, found: PhraseMatch[str]) -> PhraseMatch[str]:
    """A listed group's name ending in a nationality goes on through «المسلحة» (``_armed_word_after``)."""
    if _armed_word_after(doc, found.last + 1):
        return PhraseMatch(found.first, found.last + 1, found.payloads, found.form)
    return found


def _indefinite_nationality(doc: _Doc, last: int, k: int) -> bool:
    """«جهاز أمني ليبي», «جهة أمنية تونسية»: an unnamed body written indefinite keeps an indefinite nationality
    after its own indefinite adjective."""
    adjective, nationality = doc.words[last], doc.words[k]
    return not adjective.startswith("ال") and adjective.endswith(("ي", "يه")) and (
        "ال" + nationality in doc.cues.nationalities)


def _one_of(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """Is an unnamed perpetrator one of a group («أحد الخاطفين»: a person, not the group) or among the hurt («بينهم
    عنصران مسلحان»), or «جهة مجهولة» / «جهة أمنية» a destination («اقتادوه إلى جهة مجهولة», «اقتيد إلى جهة
    أمنية»: where he was taken, not who took him)?"""
    if found.first == 0 or not doc.clean(found.first):
        return False
    before, entry_id = doc.words[found.first - 1], found.payloads[0]
    if entry_id == "generic-unknown-party" or doc.words[found.first] == "جهه":
        return before in ("الي", "نحو")  # words are normalised: «إلى» is «الي», «إحدى» «احدي»
    # «وأصيب أربعة آخرون، بينهم عنصران مسلحان»: armed men among the hurt are victims, not the ones who struck
    return before in _AMONG_THEM + ("احد", "احدي") and doc.entries[entry_id].get("role") == "perpetrator"


_AMONG_THEM = ("بينهم", "بينهما", "منهم", "منهما")

# Arabic pass 126 (tune126): «قال الجيش إنه استهدف "عنصرا إرهابيا"», «قتلت القوات مسلحا»: an unnamed armed man written
# in the accusative («عنصرا», «مسلحا») right after a verb of targeting or killing is its object, the one struck, not a
# perpetrator (a quote mark may sit between: the army's own word); the nominative subject after the verb («استهدفت
# عناصر إرهابية دورية») is untouched
_STRUCK_VERBS = frozenset({"استهدف", "استهدفت", "استهدفوا", "استهدفنا", "يستهدف", "تستهدف", "قتل", "قتلت", "قتلوا",
                           "قتلنا", "اغتال", "اغتالت", "اغتالوا"})


def _struck_object(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """An unnamed perpetrator in the accusative right after a verb of targeting or killing: its object."""
    first = found.first
    if first == 0 or doc.entries[found.payloads[0]].get("role") != "perpetrator":
        return False
    word = doc.words[first]
    return len(word) > 3 and word.endswith("ا") and doc.words[first - 1].removeprefix("و") in _STRUCK_VERBS
_PEOPLE_GROUP = "generic-group-of-people"
_ATTACKED_BY = frozenset({"قبل", "اعتداء", "لاعتداء", "باعتداء", "هجوم", "لهجوم"})  # «من قبل», «اعتداء مجموعة»


def _people_not_attackers(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """«مجموعة من الأشخاص» names the attackers only as the agent of an attack («من قبل مجموعة من الأشخاص», «بعد
    اعتداء مجموعة من الأشخاص عليهم»); elsewhere they are the hurt («إصابة مجموعة من الأشخاص») or a brawl's other
    side («شجار مع مجموعة من الأشخاص»), no actor (Arabic pass 53)."""
    return found.payloads[0] == _PEOPLE_GROUP and not (found.first > 0 and doc.words[found.first - 1] in _ATTACKED_BY)


# «ما إذا كان القتيلان من المسلحين أم من السكان», «الجرحى من المسلحين»: the armed men the dead or the hurt were
# among are the casualties, not the attackers (Arabic pass 58)
_CASUALTY_NOUNS = THE_WOUNDED | {"القتيل", "القتيلان", "القتيلين", "القتلي", "الضحايا", "المصاب", "المصابان"}


def _casualties_among(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """An unnamed armed group right after «casualty noun + من»: who the casualties were, no perpetrator."""
    k = found.first
    return ((k >= 2 and doc.words[k - 1] == "من" and doc.words[k - 2] in _CASUALTY_NOUNS
             or _harmed_share(doc, k) and not _nationality_after(doc, found)) and found.payloads[0].startswith("generic-"))


def _nationality_after(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """«قوات الأمن الإيرانية»: a nationality after a generic name makes it a named body (settled conventions)."""
    k = found.last + 1
    return k < len(doc.words) and doc.clean(k) and doc.words[k] in doc.cues.nationalities


# «إصابة ثلاثة من المسلحين», «ولم يصب أي من الحراس»: a word of harm, then how many (or «أي») «من» an unnamed group
_NONE_HURT = frozenset({"يصب", "يصاب", "تصب", "يقتل", "يتضرر"})
_ANY_ONE = "اي"  # «أي من الحراس»: not one of them (nobody) was hurt


def _harmed_share(doc: _Doc, k: int) -> bool:
    """Is the unnamed group at token k the one a share of was hurt or killed («أسفرت عن إصابة ثلاثة من المسلحين», «لم
    يصب أي من الحراس»)? Those harmed are the casualties (or nobody was harmed), not the ones who struck (Arabic pass
    147), as «الجرحى من المسلحين» (``_casualties_among``)."""
    from nlp.counts import starts_number

    if k < 3 or doc.words[k - 1] != "من" or not all(doc.clean(j) for j in range(k - 3, k)):
        return False
    share, harm = doc.words[k - 2], doc.words[k - 3]
    if share == _ANY_ONE:
        return harm in _NONE_HURT
    return starts_number(share) and (harm in _HARMED_BEFORE or harm.removeprefix("و") in _NONE_HURT)


# «مسلحين يتبعون كتيبة طارق بن زياد», «مسلحون تابعون للواء 166»: armed men told as a named body's members are that
# body (the member forms of the settled actor rules: «عناصر + body» is the body; Arabic pass 51)
_BELONGING = frozenset({"يتبعون", "تابعين", "تابعون", "التابعين", "التابعون", "يتبعان", "ينتمون", "المنتمين"})


def _members_of_named(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """An unnamed perpetrator right before «يتبعون / تابعين ل» and a listed or named body: its members."""
    k = found.last + 1
    if k + 1 >= len(doc.words) or not doc.clean(found.last):
        return False
    of = doc.words[k] == "من" and doc.clean(k) and doc.clean(k + 1)
    if doc.words[k] not in _BELONGING and not of:
        return False
    if doc.entries[found.payloads[0]].get("type") != "generic" and not found.payloads[0].startswith("generic-"):
        return False
    nxt = k + 1
    if of:
        # «مسلحون من كتيبة سبل السلام», «مسلحين من الكتيبة 166»: armed men «من» a body that has a name are that body
        # (Arabic pass 90); not «من الكتيبة» alone, nor a town or a tribe («من قبيلتين»: ``_origin_group``)
        head = doc.head_form(nxt)
        return doc.registry_at(nxt) is not None or (head is not None and _name_tail(doc, nxt, head) is not None)
    return doc.registry_at(nxt) is not None or doc.head_form(nxt) is not None
_THIEVES = "generic-thieves"


def _definite_thieves(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """«منع اللصوص من الدخول»: the definite thieves point back to a group already told (as «المهاجمين» do: the
    settled answers), and «للصين» is «to China»; only the indefinite «لصوص», «لصين» of the body text name the
    perpetrators (a headline's «برصاص لصوص» over a body that names them «مسلحين» is that group)."""
    if found.payloads[0] != _THIEVES:
        return False
    word = doc.words[found.first]
    word = word[1:] if word[:1] in ("و", "ف", "ب") and len(word) > 4 else word
    line_end = doc.text.find("\n")
    return word.startswith(("ال", "لل")) or 0 <= doc.tokens.original_span(found.first, found.first)[1] <= line_end


def _guarded_facility(doc: _Doc, found: PhraseMatch[str]) -> PhraseMatch[str]:
    """Guards named by the facility they guard («حراس مركز احتجاز النصر», «حراس مركز احتجاز المهاجرين»): the
    name goes on through a listed facility, or through «facility head + noun + definite noun»."""
    words, cues, k = doc.words, doc.cues, found.last + 1
    if (found.first != found.last or found.form not in cues.guards or k >= len(words) or not doc.clean(k)
            or words[k] not in cues.guarded_facilities):
        return found
    end = _place_at(doc, k)
    if end is None and k + 2 < len(words) and doc.clean(k + 1) and doc.clean(k + 2):
        noun, named = words[k + 1], words[k + 2]
        if (not noun.startswith("ال") and len(noun) >= 3 and noun[:1] not in "وبلف" and noun not in cues.stop
                and named.startswith("ال") and len(named) >= 4 and not doc.person(named) and named not in cues.stop):
            end = k + 2
    return found if end is None else PhraseMatch(found.first, end, found.payloads, found.form)


# «تفعيل مراكز الشرطة», «سلم نفسه لمركز الشرطة»: the police named as what a station is of; the station is a place
# (the written labels list «الشرطة» there 0 times in 16; Arabic pass 84)
_STATIONS = frozenset({"مركز", "مراكز", "لمركز", "لمراكز", "بمركز", "بمراكز", "ومركز", "ومراكز"})


def _station_of(doc: _Doc, found: PhraseMatch[str]) -> bool:
    return found.first == found.last and found.first > 0 and doc.words[found.first - 1] in _STATIONS and (
        found.form == "الشرطه")


def _common_noun(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """Is a one-word listed name that is also a common noun («القاعدة»: a base) followed by an adjective
    («القاعدة البحرية بطرابلس», «القاعدة الجوية»)? Then it is the noun, not the body."""
    k = found.last + 1
    return (found.first == found.last and found.form in doc.cues.common_nouns and k < len(doc.words)
            and doc.clean(k) and doc.adjective(doc.words[k], after=doc.words[found.last]))


# Arabic pass 71 (tune71): «مجزرة قاعدة براك الشاطئ ... كان طباخا في القاعدة»: where the text has named a base in
# construct («قاعدة» + its name, without the article) before, the bare «القاعدة» points back to that base, not to
# al-Qaeda (whose name is «القاعدة» alone or «تنظيم القاعدة»)
_BASE_IN_CONSTRUCT = frozenset({"قاعده", "وقاعده", "بقاعده", "لقاعده"})


def _base_named_before(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """A one-word common noun («القاعدة») after the same noun in construct earlier in the document."""
    return (found.first == found.last and found.form in doc.cues.common_nouns
            and not _BASE_IN_CONSTRUCT.isdisjoint(doc.words[: found.first]))


# «منظمة» before an organisation's name is dropped when the name stands without it («منظمة أطباء بلا حدود» -> «أطباء
# بلا حدود»: the thirteenth session's answer); a listed name right after the bare head is that name («منظمة اليونيسف»
# -> «اليونيسف»); a name listed with «منظمة» («منظمة العفو الدولية») is found whole at the head and kept
_ORGANISATION = "منظمه"


def _listed_name_after(doc: _Doc, index: int) -> bool:
    """The bare head «منظمة» (no clitic, no article) right before a registry name, with only a space between."""
    return (doc.words[index] == _ORGANISATION and index + 1 < len(doc.words) and doc.clean(index + 1)
            and doc.registry_at(index + 1) is not None)


# «وأصيب طالبان بالرصاص»: the dual of «طالب» (two students) is written as the Taliban's name; after a word of harm
# or before the means or wound it is the two hurt, taken or killed (Arabic pass tune47)
_STUDENTS_DUAL = "طالبان"
_HARMED_BEFORE = frozenset({"اصيب", "واصيب", "اصابه", "واصابه", "مقتل", "ومقتل", "قتل", "وقتل", "جرح", "وجرح", "توفي",
                            "وفاه", "ووفاه", "اعتقال", "واعتقال", "اختطاف", "واختطاف", "توقيف", "تعرض", "نقل", "ونقل"})


def _two_students(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """Is the one-word «طالبان» two students: with the article («الطالبان»), right after a word of harm or «كان», before
    «ب» + a wound or a means («طالبان بجروح», «طالبان بالرصاص المطاطي»), or before a dual nisba («طالبان ليبيان»)?"""
    if found.first != found.last or doc.words[found.first].removeprefix("و") not in (_STUDENTS_DUAL, "ال" + _STUDENTS_DUAL):
        return False
    if doc.words[found.first].removeprefix("و").startswith("ال"):
        return True  # «الطالبان»: the movement's name takes no article, the two students do
    before = doc.words[found.first - 1] if found.first > 0 else ""
    after = doc.words[found.last + 1] if found.last + 1 < len(doc.words) else ""
    if before in _PLUPERFECT_BEFORE or (after.endswith("يان") and len(after) > 4) or after in _TWO:
        return True  # «وكان طالبان ليبيان قد تعرضا»: a dual adjective or «اثنان» after it, «كان» before it (pass 94)
    return before in _HARMED_BEFORE or (after.startswith("ب") and bool(WOUND_RE.search(after)))


_PLUPERFECT_BEFORE = frozenset({"كان", "وكان", "فكان"})  # «وكان طالبان ... قد»: a dual subject (the movement is «كانت»)
_TWO = frozenset({"اثنان", "اثنين"})


# «تطلق على نفسها», «يطلق على نفسه», «تسمي نفسها»: a group calling itself by the name that follows (normalised)
_SELF_NAMING = frozenset({("تطلق", "علي", "نفسها"), ("يطلق", "علي", "نفسه"), ("تطلق", "علي", "نفسه"),
                          ("يطلقون", "علي", "انفسهم"), ("تسمي", "نفسها"), ("يسمي", "نفسه"), ("يسمون", "انفسهم")})


# the member words of the generic member forms («عناصر ميليشيا», «أفراد ميليشيا»: Arabic pass 106)
_MEMBER_HEADS = frozenset({"عناصر", "افراد"})


def _member_form_listed(doc: _Doc, found: PhraseMatch[str] | None) -> PhraseMatch[str] | None:
    """A listed alias that is a member form of the same listed body («قوات الجيش الوطني الليبي», listed beside «الجيش
    الوطني الليبي»): the body's own name, as the settled member-form rule says («قوات + named body» is the body;
    Arabic pass 146). Only a head in the construct state (not «القوات البحرية الليبية», the navy's own name) before a
    definite name of the same listed body to the end: «قوات حفتر» and «قوات فجر ليبيا» (a coalition called so, dev's
    label) stay whole, and an unnamed group's member form («عناصر ميليشيا») is its actor."""
    if found is None or found.first == found.last:
        return found
    head = doc.words[found.first]
    if doc.cues.member_heads.isdisjoint(_clitic_forms(head)) or "ال" in head[:3] or head.startswith("لل"):
        return found
    inner = doc.registry_at(found.first + 1)
    if inner is None or inner.last != found.last or inner.payloads[0] != found.payloads[0] or not (
            doc.words[inner.first].startswith("ال")) or doc.entries[found.payloads[0]].get("type") == "generic":
        return found
    return inner


def _generic_before_a_name(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """Is a generic word («ميليشيات», «مسلحين») only the description of the named group right after it, or
    after «من» («مسلحين من المعارضة التشادية»: members of that group)?"""
    def generic(match: PhraseMatch[str]) -> bool:
        return doc.entries[match.payloads[0]].get("type") == "generic"

    k = found.last + 1
    if generic(found) and (tuple(doc.words[k : k + 3]) in _SELF_NAMING or tuple(doc.words[k : k + 2]) in _SELF_NAMING):
        return True  # «مجموعة مسلحة تطلق على نفسها قوة حماية الغرب»: the name it gives itself is the actor
    if k < len(doc.words) and doc.words[k] in ("من", "تابعه", "التابعه") and doc.clean(k):
        k += 1  # «مسلحين من المعارضة التشادية», «قوة أمنية تابعة لجهاز الأمن الداخلي»
    if not generic(found) or k >= len(doc.words) or not doc.clean(k):
        return False
    named = doc.registry_at(k)
    return named is not None and not generic(named)


def _security_aside(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """Is unnamed security («الوحدات الأمنية», «الأجهزة الأمنية») only told of the event («فأبلغوا الوحدات
    الأمنية», «تم الاتصال بالوحدات الأمنية») or one half of a joint description («الوحدات الأمنية والعسكرية»)?
    The labels list neither (dev, written sets, tune5, tune6): they are no actor of the event."""
    entry = doc.entries[found.payloads[0]]
    if entry.get("type") != "generic" or entry.get("role"):
        return False
    before, k = found.first - 1, found.last + 1
    if before >= 0 and doc.clean(found.first) and any(f in doc.cues.informing for f in _clitic_forms(doc.words[before])):
        return True
    if k >= len(doc.words) or not doc.clean(k) or not doc.words[k].startswith("وال"):
        return False
    return doc.adjective(doc.words[k][1:], after=doc.words[found.last])


def _coordinated_after(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """Does «و + noun» follow a listed name («حكومة الوفاق والمجتمع الدولي», «جيش الاحتلال والمقاومة»)? Then
    the noun is another party beside the body, not the rest of its name (a listed name is whole)."""
    k = found.last + 1
    return k < len(doc.words) and doc.clean(k) and doc.words[k].startswith("و") and len(doc.words[k]) > 1


def _qualified(doc: _Doc, last: int, chunk_end: int) -> bool:
    """Do only adjectives follow a listed body up to the chunk's end? Then they qualify the whole name:
    «قوات الردع الخاصة» is that name, not «الردع»."""
    return chunk_end > last and all(doc.adjective(doc.words[k], after=doc.words[k - 1])
                                    for k in range(last + 1, chunk_end + 1))


_CLOSED = (None, False)  # the _opening of a token no name opens at


def find_actors(text: str, tokens: Tokens) -> list[ActorMatch]:
    doc = _Doc(text, tokens)
    out: list[ActorMatch] = []
    openings = list(map(_opening, doc.words))  # as doc.head_form and doc.may_open_name, read once per token
    districts = _security_districts(doc.words)
    for k in districts:
        openings[k] = (_DISTRICT, openings[k][1])  # «منطقة الأمن الوطني بحمام سوسة»: a unit (Arabic pass 62)
    # the tokens a name may open at (few): the loop goes from one to the next at or after ``index``, as stepping
    # over the others one at a time did
    # (an opening is a head or None and a bool, and «no head, may not open» is always the one pair _CLOSED: an identity
    # test, twice as fast as comparing the pairs)
    opens = [k for k, opening in enumerate(openings) if opening is not _CLOSED]
    members: set[str] = set()  # unnamed groups told as a named body's members (``_members_of_named``)
    index = 0
    while (next_open := bisect_left(opens, index)) < len(opens):
        index = opens[next_open]
        head = openings[index][0]
        quoted = _quoted_name(doc, index) if head is None else _known_as(doc, index, head) or _quoted_name(doc, index)
        if quoted is not None:
            out.append(quoted)
            index = quoted.last_token + 1
            continue
        registry = _member_form_listed(doc, doc.registry_at(index))
        if registry is not None and (_adjective_of_previous(doc, index) or _common_noun(doc, registry)
                                     or _two_students(doc, registry) or _base_named_before(doc, registry)
                                     or _station_of(doc, registry) or _unknown_not_agent(doc, registry)):
            registry = None  # «الحدود البحرية التونسية»: no navy; «القاعدة البحرية»: a base, not al-Qaeda
        if registry is None and head == _ORGANISATION and _listed_name_after(doc, index):
            index += 1  # «منظمة اليونيسف»: the listed name stands without «منظمة» (settled; Arabic pass 71)
            continue
        if registry is not None and _generic_before_a_name(doc, registry):
            index = registry.last + 1  # «ميليشيات فجر ليبيا»: the actor is the named group
            if doc.words[registry.first] in _MEMBER_HEADS:
                index = registry.first + 1  # «عناصر ميليشيا الكانيات»: the group's name read from «ميليشيا» (pass 106)
            continue
        if registry is not None and _members_of_named(doc, registry):
            members.add(registry.payloads[0])  # «مسلحون تابعون لكتيبة ...»: a later «المسلحين» points back to them
            index = registry.last + 1
            continue
        if registry is not None and (_one_of(doc, registry) or _definite_thieves(doc, registry)
                                     or _people_not_attackers(doc, registry) or _casualties_among(doc, registry)
                                     or _struck_object(doc, registry)):
            index = registry.last + 1  # «أحد الخاطفين»: one person, not the group
            continue
        if registry is not None and _security_aside(doc, registry):
            index = registry.last + 2  # «فأبلغوا الوحدات الأمنية», «الوحدات الأمنية والعسكرية»: no actor
            continue
        chunk_end = _name_tail(doc, index, head) if head is not None else None
        if registry is not None and (chunk_end is None or registry.last >= chunk_end or _coordinated_after(doc, registry)):
            listed_last = registry.last
            registry = _armed_after_nationality(doc, _group_manner(doc, _nationality(doc, _described(doc, registry))))
            guarded = _guarded_facility(doc, registry)
            match = _registry_match(doc, guarded, unit=head in doc.cues.unit_heads, armed=_armed_unit(doc, head or ""))
            if guarded is not registry:
                match = replace(match, core_last=registry.last)  # the facility stays a place
            elif registry.last > listed_last and doc.words[listed_last + 1] == "من":
                match = replace(match, core_last=listed_last)  # «مجموعة مسلحة من ترهونة»: the town stays a place
            out.append(match)
            index = match.last_token + 1
            continue
        if chunk_end is not None and head in doc.cues.member_heads:
            member = _member_body(doc, index, chunk_end)
            if member is not None and not _qualified(doc, member.last, chunk_end):
                out.append(_registry_match(doc, member))
                index = max(member.last, chunk_end) + 1
                continue
            if member is not None and member.first == index + 1 and head in doc.cues.plain_member_heads:
                # «وحدات الحماية المدنية التونسية»: the body and its adjectives, not the member form
                out.append(_registry_match(doc, PhraseMatch(member.first, chunk_end, member.payloads, member.form)))
                index = chunk_end + 1
                continue
        if chunk_end is None:
            chunk_end = _body_of_place(doc, index)
        if chunk_end is None and head in _PROPER_NAMED_HEADS:
            chunk_end = _proper_name_with_mission(doc, index)
        if chunk_end is not None and head in doc.cues.adjective_heads and _adjective_of_previous(doc, index):
            chunk_end = None  # «الانتخابات البلدية الليبية»: municipal elections, no municipality
        if chunk_end is not None and head in doc.cues.place_heads and chunk_end == index + 1:
            chunk_end = _district(doc, chunk_end)  # «بلدية الزاوية الغرب»: a municipality named by a direction (pass 51)
        if chunk_end is not None and head == _CLUB:
            chunk_end = _club_town(doc, chunk_end)  # «النادي الأهلي طرابلس»: the club with its town (Arabic pass 71)
        if chunk_end is not None and head is not None:
            form = _article_form(doc.words[index], head)
            core_end = chunk_end
            if head in doc.cues.envoy_heads and _country_at(doc, chunk_end):
                core_end = chunk_end - 1  # «القنصلية العامة لتونس»: the country stays a place
            if head in _DISTRICT_HEADS and index + 1 < len(doc.words) and doc.words[index + 1] in _COMPASS:
                core_end = index  # «نيابة جنوب طرابلس»: the town of the district stays a place (Arabic pass 118)
            elif _administers(doc, index, head):
                core_end = index  # the prison stays a place, and its place is its own
            elif (head in doc.cues.court_words and chunk_end == index + 2 and doc.words[chunk_end] in doc.cues.court_grades
                  and _place_at(doc, index + 1) == index + 1):
                core_end = index  # «محكمة غريان الابتدائية»: the court's town stays a place (Arabic pass 90)
            elif head in doc.cues.unit_heads or _regional(doc, index, chunk_end) or (
                    head in doc.cues.local_heads and _member_body(doc, index, chunk_end) is None):
                chunk_end = _located_unit(doc, chunk_end, _armed_unit(doc, head))  # not a listed national body's branch
            chunk_end = _council_town(doc, chunk_end)
            if head in doc.cues.unit_heads and not _armed_unit(doc, head) and chunk_end == core_end:
                chunk_end = _unit_bare_town(doc, chunk_end)  # a unit with no «ب / في + town» of its own
            chunk_end = _court_grade(doc, chunk_end)
            name, start, end = tokens.surface(text, index, chunk_end, form)
            out.append(ActorMatch(name, "", "body", start, end, index, chunk_end, core_end))
            index = chunk_end + 1
            continue
        index += 1
    return [_marked(doc, _spaced(a)) for a in out
            if not _agency_as_source(doc, a) and not (a.id in members and doc.words[a.first_token].startswith("ال"))
            and not _to_be_removed(doc, a) and not _station_taken_to(doc, a)
            and not (a.first_token in districts and a.last_token == a.first_token + 2)]  # a district with no town read


# «بإخراج التشكيلات المسلحة من الأحياء», «انسحاب القوات الأجنبية», «إعادة تنظيم الوحدات العسكرية»: what a statement asks
# to remove, disband or reorganise
_REMOVAL_NOUNS = frozenset({"اخراج", "خروج", "انسحاب", "سحب", "حل", "تفكيك", "طرد", "ترحيل", "اجلاء", "رحيل", "تنظيم",
                            "هيكله", "توحيد", "دمج"})
# the generic forces such a call names (a named body after «حل» keeps its name: «حل المجلس الشعبي الوطني»)
_FORCE_PLURALS = frozenset({"القوات", "الكتائب", "التشكيلات", "الميليشيات", "المليشيات", "الجماعات", "المجموعات",
                            "العناصر", "الوحدات", "المرتزقه"})


# «واقتيد المعتدي إلى مركز الشرطة», «نقل إلى مركز الأمن للتحقيق معه»: the station someone is taken to, named by no
# town, is where he went, no body acting (Arabic pass 118; the labels list none of them, 7 of 7 across the tune files)
_TAKEN_TO = frozenset({"الي", "والي"})
_STATION_BODIES = frozenset({"الشرطه", "الامن"})


def _station_taken_to(doc: _Doc, match: ActorMatch) -> bool:
    """A bare «مركز الشرطة / مركز الأمن» right after «إلى», with nothing after it in the name."""
    k = match.first_token
    return (k > 0 and match.last_token == k + 1 and doc.words[k] == "مركز" and doc.words[k + 1] in _STATION_BODIES
            and doc.words[k - 1] in _TAKEN_TO)


def _to_be_removed(doc: _Doc, match: ActorMatch) -> bool:
    """Is a definite generic group or force («التشكيلات المسلحة», «القوات الأجنبية», «الوحدات العسكرية») the object of a
    call to remove, disband or reorganise it («طالبت البلدية بإخراج التشكيلات المسلحة من الأحياء»)? A demand about armed groups in
    general names no party of the event the story tells (Arabic pass 82: the tune file labels none of them); a named
    body after «حل» («حل جهاز ...») keeps its name, a group told acting («اقتحمت التشكيلات المسلحة») is no object."""
    k = match.first_token
    if k == 0 or not doc.clean(k) or not doc.words[k].removeprefix("و").startswith("ال"):
        return False
    if doc.words[k].startswith("وال") and k >= 2 and doc.words[k - 1] in _FORCE_PLURALS and doc.clean(k - 1):
        k -= 1  # «إخراج المرتزقة والقوات الأجنبية»: the second object of the same call (not «تنظيم الدولة والقوات»)
    if match.id and doc.entries.get(match.id, {}).get("type") != "generic":
        return False
    key = phrase_key(match.name)
    if len(key) < 2 or key[0] not in _FORCE_PLURALS or not all(w.startswith("ال") and (w in doc.cues.adjectives or w.endswith(_NISBA_ENDINGS))
                               for w in key[1:]):
        return False
    return any(f in _REMOVAL_NOUNS for f in _clitic_forms(doc.words[k - 1]))


# «منطقة الأمن الوطني بالكبارية», «منطقة الحرس الوطني بمدنين»: a Tunisian police or guard district is a local unit
# named with its town (docs/labelling.md, actor conventions: «منطقة» is a unit head). «منطقة» is no head of its own (it
# is most often a place: «منطقة تاجوراء», «المنطقة الحدودية»), so it opens a name only before these bodies (pass 62).
_DISTRICT = "منطقه"
_DISTRICT_BODIES = frozenset({("الامن", "الوطني"), ("الحرس", "الوطني")})


def _security_districts(words: list[str]) -> list[int]:
    """The tokens «منطقة» (with its clitics: «بمنطقة», «لمنطقة») right before «الأمن الوطني» / «الحرس الوطني»."""
    joined = " ".join(words)
    if _DISTRICT not in joined or ("الامن الوطني" not in joined and "الحرس الوطني" not in joined):
        return []  # no word ends with it, or neither body follows any word (most texts): the scan finds nothing
    return [k for k in range(len(words) - 2) if words[k].endswith(_DISTRICT) and _DISTRICT in _clitic_forms(words[k])
            and (words[k + 1], words[k + 2]) in _DISTRICT_BODIES]


# «وفق الوكالة الوطنية للإعلام», «بحسب وكالة ...»: a news agency named as the source of the news is no actor (the
# settled answers: outlets and agencies named as the source; Arabic pass 51). Only an agency right after these.
_AGENCY_WORDS = frozenset({"الوكاله", "وكاله"})
_AS_SOURCE = frozenset({"وفق", "حسب", "بحسب", "وفقا", "ووفق", "وحسب", "وبحسب"})


def _agency_as_source(doc: _Doc, match: ActorMatch) -> bool:
    first = match.first_token
    return first > 0 and doc.words[first] in _AGENCY_WORDS and doc.words[first - 1] in _AS_SOURCE


def _spaced(match: ActorMatch) -> ActorMatch:
    """A name written as a hashtag («#جهاز_الردع») is reported with spaces, as the body's name («جهاز الردع»)."""
    return replace(match, name=match.name.replace("_", " ")) if "_" in match.name else match


_MAYOR_TITLES = {"عميد", "رئيس", "عضو", "وكيل", "اعضاء", "عمداء"}  # «عميد بلدية الزاوية», «عضو المجلس البلدي»
_MUNICIPAL = (("بلديه",), ("المجلس", "البلدي"), ("مجلس", "بلدي"))
_MILITARY_REGIONS = "ly-military-regions"  # the army's regional commands, each named by its area (Arabic pass 90)
_COMMANDER_TITLES = {"امر", "قائد"}


def _council_with_bare_town(doc: _Doc, match: ActorMatch) -> bool:
    """«عضو المجلس البلدي مرزق», «عضو بالمجلس البلدي الكفرة»: a council written with its town's bare name is named
    whole, as the body's own name; the Arabic tune files list it even in a member's title (9 of 10 items, Arabic
    actors pass 9), unlike a mayor's «عميد بلدية X» or «عضو المجلس البلدي في غريان» (left in the title); neither a
    title nor a workplace mark applies to it."""
    first = match.first_token
    return (first + 2 <= match.last_token and doc.words[first + 1] in doc.cues.council_adjectives
            and _council_town(doc, first + 1) > first + 1)


def _in_a_title(doc: _Doc, match: ActorMatch) -> bool:
    """«وقال عميد بلدية تاورغاء», «أكد عضو المجلس البلدي في غريان»: a municipality named in a person's title (the
    mayor, a council member) is no actor the story reports, as a town in a title is no place (tests/data README); the
    name is still found (its town stays no place)."""
    if match.first_token == 0 or not doc.clean(match.first_token):
        return False
    if match.id == _MILITARY_REGIONS:
        # «خاطب آمر المنطقة العسكرية سبها»: a military region in its commander's title is the person addressed, no
        # body acting (Arabic pass 90), as the mayor's municipality
        return any(f in _COMMANDER_TITLES for f in _clitic_forms(doc.words[match.first_token - 1]))
    key = phrase_key(match.name)
    if not any(key[: len(m)] == m for m in _MUNICIPAL):
        return False
    return any(f in _MAYOR_TITLES for f in _clitic_forms(doc.words[match.first_token - 1]))


def _marked(doc: _Doc, match: ActorMatch) -> ActorMatch:
    """The match with its ``employer``, ``after_l`` and ``in_title`` marks (most matches have none)."""
    named_council = _council_with_bare_town(doc, match)  # a member's council named whole is reported
    employer = not named_council and _works_for(doc, match.first_token)
    after_l, in_title = _after_l(doc, match), not named_council and _in_a_title(doc, match)
    headline, acts = _in_headline(doc, match), _bare_generic_acts(doc, match) or _attack_subject(doc, match)
    if employer or after_l or in_title or headline or acts:
        return replace(match, employer=employer, after_l=after_l, in_title=in_title, headline=headline, acts=acts)
    return match


def _bare_generic_acts(doc: _Doc, match: ActorMatch) -> bool:
    """Is bare unnamed security («الأجهزة الأمنية») the subject of an arrest or a raid, its verb right after it
    («والأجهزة الأمنية تقبض على الزوج»)? Social posts name it so as the body that took someone, and their labels list
    it; told of the event, investigating it or asked to act it stays unreported (settled conventions)."""
    k = match.last_token + 1
    if k >= len(doc.words) or not doc.clean(k) or phrase_key(match.name) not in doc.cues.bare_generics:
        return False
    return any(f in doc.cues.acting_verbs for f in _clitic_forms(doc.words[k]))


# «في هجوم شنه مسلحون», «في كمين نصبه مسلحون», «هجوم نفذته عصابة»: the attack's verb with its pronoun, then its doer
_ATTACK_DONE = frozenset({"شنه", "شنته", "شنها", "نفذه", "نفذته", "نفذها", "نصبه", "نصبته", "نصبها"})
_ATTACK_NOUNS = frozenset({"هجوم", "هجوما", "الهجوم", "كمين", "كمينا", "الكمين", "اعتداء", "اعتداءا", "الاعتداء",
                           "غاره", "الغاره", "تفجير", "التفجير", "هجمه", "الهجمه"})


def _attack_subject(doc: _Doc, match: ActorMatch) -> bool:
    """Is an unnamed perpetrator («مسلحون», «عصابة») the subject of the verb that tells the attack just named («في
    كمين نصبه مسلحون لدورية»)? The attackers of a told attack are a party of the story, reported also where only
    soldiers were hurt (the tune98 labels list them; Arabic pass 98), unlike «مسلحين» in a statement."""
    first, after = match.first_token, match.last_token + 1
    if first == 0 or not match.id or doc.entries[match.id].get("role") != "perpetrator":
        return False
    if after < len(doc.words) and doc.words[after] == "من":
        return False  # «شنه مسلحون من جماعة بوكو حرام»: members of the body named after them (that body is reported)
    return first > 1 and doc.clean(first - 1) and doc.words[first - 1] in _ATTACK_DONE and not _ATTACK_NOUNS.isdisjoint(
        _clitic_forms(doc.words[first - 2]))  # not «العملية التي نفذها عناصر الأمن» (a police raid)


def _in_headline(doc: _Doc, match: ActorMatch) -> bool:
    """Is an unnamed group named in the headline, the first line of a text of several lines?"""
    if not match.id or doc.entries[match.id].get("type") not in ("generic", "criminal_network"):
        return False
    line_end = doc.text.find("\n")
    return 0 < line_end and match.end <= line_end and bool(doc.text[line_end:].strip())


def _after_l(doc: _Doc, match: ActorMatch) -> bool:
    """Is an unnamed group written with a «ل» proclitic («هجوم لمسلحين», «مخزن للمهربين»)?"""
    word = doc.words[match.first_token]
    if "ل" not in word[:2] or not match.id or doc.entries[match.id].get("type") not in ("generic", "criminal_network"):
        return False
    first = (phrase_key(match.name) or ("",))[0]
    if word.startswith("لل") and first.startswith("ال"):
        return True
    return len(word) > len(first) and word.endswith(first) and word[: len(word) - len(first)].endswith("ل")


def _works_for(doc: _Doc, first: int) -> bool:
    """Is the name at token ``first`` where someone works: a worker noun right before it, the name joined by
    «ب / ل» («موظفين بالقنصلية», «مراسل لقناة») or after «في / لدى» («صحفي في إذاعة»)?"""
    words, k = doc.words, first - 1
    if k >= 1 and words[k] in ("في", "لدى") and doc.clean(k) and doc.clean(first):
        k -= 1
    elif not (words[first][:1] in "بل" and len(words[first]) > 3):
        return False
    return k >= 0 and doc.clean(k + 1) and any(f in doc.cues.workers for f in _clitic_forms(words[k]))


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return any(long[i: i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _short_form(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is ``short`` a headline's short form of ``long``: the same head (with or without the article), then
    some of its words in order («نقابة الصحفيين» / «النقابة الوطنية للصحفيين التونسيين», «منظمة الهجرة» /
    «المنظمة الدولية للهجرة»)? «لل» in the long name reads as «ال»."""
    if len(short) < 2 or short[0] not in (long[0], long[0].removeprefix("ال")):
        return False
    rest = iter("ال" + w[2:] if w.startswith("لل") else w for w in long[1:])
    # «لل» in the short form reads as «ال» too («المجلس الوطني للحريات» / «المجلس الوطني للحريات العامة وحقوق
    # الإنسان»: Arabic pass 71); a construct noun has no article in the long name («مديرية الأمن» / «مديرية أمن
    # جنزور»: Arabic pass 82)
    return all(any(w in (word, "ال" + word[2:] if word.startswith("لل") else word, word.removeprefix("ال"))
                   for w in rest) for word in short[1:])


def _variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """«مسلحين» / «مسلحون», «مهربين» / «المهربين»: the same words up to case ending and article."""
    return len(a) == len(b) and all(word_forms(x) & word_forms(y) for x, y in zip(a, b, strict=True))


# Registry types of the forces: a named one a headline may stand for, one that acts on its own country's soil
# (nlp.event_place).
FORCE_TYPES = frozenset({"security", "armed_group", "military"})
# «وأكد البيان أن النيابة ستلاحق ...» after «أمر النائب العام»: bare «النيابة» points back to the prosecution already
# named (the written sets never list it after these; alone, or before them, it is listed; Libyan outlets pass 2)
_BARE_PROSECUTION = ("النيابه",)
_OFFICE = "مكتب"
_PROSECUTION_NAMES = frozenset({("النائب", "العام"), ("مكتب", "النائب", "العام"), ("النيابه", "العامه"),
                                ("النيابه", "العموميه")})


@lru_cache(maxsize=1)
def _branch_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """A generic body's id -> the names of its national branches, whose ids end with it (`ly-red-crescent` for
    `red-crescent`): a branch named in full covers the generic short form beside it (Libyan outlets pass 2; the
    written sets list «جمعية الهلال الأحمر الليبي» alone, 7 of 7)."""
    entries, _ = load_registry()
    return {generic: tuple(phrase_key(n) for branch, entry in entries.items() if branch.endswith("-" + generic)
                           for n in entry.get("names", ()))
            for generic in entries if any(b.endswith("-" + generic) for b in entries)}


_GOVERNMENT = "حكومه"
_ARMED_GROUP = "generic-armed-group"
_MUNICIPALITY = "بلديه"


def _further_described(a: ActorMatch, b: ActorMatch, key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """«برصاص مسلحين مجهولين» and later «مسلحين مجهولين ملثمين»: unnamed gunmen told again with one more adjective
    (``_described_gunmen``) are another description of them, listed beside it (settled: unnamed perpetrators in the
    form written, beside any other description of the same people; Arabic pass 147)."""
    return (a.id == b.id == _UNKNOWN_GUNMEN and len(key) >= 2 and other[: len(key)] == key
            and len(other) == len(key) + 1 and other[-1] in _UNKNOWN_PLURALS | _GROUP_MANNER)


def _council_of(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Is ``key`` «بلدية X» beside ``other`` «المجلس البلدي X», the same town? Libyan pages name the municipality
    both ways, often the short one in a headline; one body, one string: the tune labels keep the council's form in
    the 14 written items that have both (Arabic pass 147)."""
    return (len(key) >= 2 and key[0] == _MUNICIPALITY and other[:2] == _MUNICIPAL[1]
            and other[2:] == key[1:])


def _government_apart(a: ActorMatch, b: ActorMatch, key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """«أمهلت ... حكومة الوحدة الوطنية» in the body beside «وزارة الداخلية بحكومة الوحدة الوطنية»: a government named
    in full on its own, outside its ministry's name, is listed on its own (the settled actor conventions; Arabic
    counts pass 11); a headline's short form («وحكومة الوحدة تدين») is the ministry's."""
    return (key[0] == _GOVERNMENT and not a.headline and other[-len(key):] == ("ب" + key[0],) + key[1:]
            and not b.first_token <= a.first_token <= b.last_token)


def reported_actors(actors: list[ActorMatch], has_incident: bool) -> list[ActorMatch]:
    """The actors a document reports (see the module doc): unnamed perpetrators only with an incident,
    one form per body."""
    entries, _ = load_registry()
    cues = load_cues()

    def perpetrator(a: ActorMatch) -> bool:
        return bool(a.id) and entries.get(a.id, {}).get("role") == "perpetrator"

    def unnamed(a: ActorMatch) -> bool:  # «مسلحين» / «مسلحون», «حراس» / «الحراس»: one body, one form
        return perpetrator(a) or (bool(a.id) and entries.get(a.id, {}).get("type") == "generic")

    kept = [a for a in actors if not (has_incident and a.employer)
            and (has_incident or not perpetrator(a) or (not a.headline and phrase_key(a.name) in cues.one_armed_group)
                 or a.acts)  # English unnamed attackers told attacking (nlp/actors_en.py, English pass 22)
            and not a.in_title and (a.acts or phrase_key(a.name) not in cues.bare_generics)]
    keys = [phrase_key(a.name) for a in kept]
    named_in_text = any(not a.headline and entries.get(a.id, {}).get("type") in FORCE_TYPES for a in kept)
    out: list[ActorMatch] = []
    seen: list[tuple[tuple[str, ...], str]] = []
    for a, key in zip(kept, keys, strict=True):
        if not key:
            continue
        covered = False
        for b, other in zip(kept, keys, strict=True):
            if len(other) <= len(key):
                continue
            if _further_described(a, b, key, other):
                continue  # «مسلحين مجهولين» beside «مسلحين مجهولين ملثمين»: both descriptions listed (pass 147)
            if other[: len(key)] == key and (
                    (a.id and a.id == b.id) or len(key) == b.core_last - b.first_token + 1
                    or all(w.startswith("ال") and (w in cues.adjectives or w.endswith(
                        _NISBA_ENDINGS)) for w in other[len(key):])):
                covered = True  # «خفر السواحل» beside «خفر السواحل الإيطالي», «المحكمة الابتدائية بتونس»
            elif a.id and a.id == b.id and _inside(key, other):
                covered = True  # «داعش» beside «تنظيم داعش», «القاعدة» beside «تنظيم القاعدة في بلاد ...»
            elif a.id in _branch_names() and _inside(key, other) and any(
                    _inside(name, other) for name in _branch_names()[a.id]):
                covered = True  # «الهلال الأحمر» beside «جمعية الهلال الأحمر الليبي»: the national society, named in full
            elif _inside(("ب" + key[0],) + key[1:], other) and not _government_apart(a, b, key, other):
                covered = True  # «المحكمة الابتدائية بتونس» beside «الدائرة الجنائية بالمحكمة الابتدائية بتونس»
            elif len(key) == 1 and key[0] in (other[0], "ال" + other[0]):
                covered = True  # «بيان المفوضية» after «مفوضية الانتخابات»: that body again, not UNHCR
            elif _council_of(key, other):
                covered = True  # «بلدية سرت:» in a headline, «قال المجلس البلدي سرت» in the text (Arabic pass 147)
            elif other[0] in _CLUB_FORMS and other[1:] == key:
                covered = True  # «الأهلي طرابلس» in a headline beside «النادي الأهلي طرابلس» (Arabic pass 71)
            elif _short_form(key, other):
                covered = True  # «نقابة الصحفيين» in a headline, «النقابة الوطنية للصحفيين التونسيين» in the text
            elif a.id and a.id == b.id and a.first_token < b.first_token and not key[0].isascii() and not unnamed(
                    a) and not a.id.startswith("generic") and not any(
                    word_forms(k) & word_forms(w) for k in key[1:] for w in other):
                # «البعثة الأممية» in a headline, «بعثة الأمم المتحدة للدعم في ليبيا» in the text: one registry body
                # named first by a shorter name, then in full (one body, one string, the fuller: Arabic pass 104; the
                # tune labels drop the headline's form 14 times of 14); not unnamed groups («مسلحين» / «مجموعة مسلحة»),
                # nor a body beside its directorate («الحرس الوطني» / «الإدارة العامة للحرس الوطني»: both labelled)
                covered = True
            elif other[1:] == key and key[0].startswith("ال") and other[0] in cues.heads and other[0] != _OFFICE:
                # «الاستخبارات العسكرية» beside «جهاز الاستخبارات العسكرية»: the body without its head word (pass 90);
                # not «النائب العام» beside «مكتب النائب العام»: the office of a person, who is labelled too
                covered = True
            elif (a.first_token < b.first_token and len(key) >= 2 and other[1 : 1 + len(key)] == key
                  and other[0] in cues.heads and other[0] != _OFFICE):
                # «خفر السواحل» in a headline, «إدارة خفر السواحل وأمن الموانئ» in the text: the body named first without
                # its head word, then in full (one body, one string, the fuller; Arabic pass 120)
                covered = True
            if covered:
                break
        if covered or any(key != k and a.id == i and unnamed(a) and _variant(key, k) for k, i in seen):
            continue
        if key == _BARE_PROSECUTION and any(other in _PROSECUTION_NAMES and b.first_token < a.first_token
                                             for b, other in zip(kept, keys, strict=True)):
            continue  # «النائب العام» ... «النيابة»: the same prosecution again (not «لم يعرض على النيابة» before)
        if a.headline and named_in_text and key in cues.headline_vague_bodies:
            continue  # «محام: جهاز أمني في بنغازي يرفض ...» over a text that names «جهاز الأمن الداخلي»: that body
        if a.after_l and unnamed(a) and any(
                not b.after_l and b.id == a.id and _variant(key, other) for b, other in zip(kept, keys, strict=True)):
            continue  # «هجوم لمسلحين» in the headline, «شنه مسلحون» in the text: the subject's form is reported
        if a.headline and unnamed(a) and any(
                not b.headline and not b.after_l and b.id == a.id and key != other and _variant(key, other)
                for b, other in zip(kept, keys, strict=True)):
            continue  # «والخاطفون يطالبون» in the headline, «إن الخاطفين تواصلوا» in the text: the text's form
        if a.headline and unnamed(a) and len(key) == 1 and any(
                not b.headline and not b.after_l and unnamed(b) and len(other) > 1 and _variant(key, other[:1])
                for b, other in zip(kept, keys, strict=True)):
            continue  # «برصاص مسلحين» in the headline, «مسلحون مجهولون» in the text: the text's description (pass 90)
        if a.headline and unnamed(a) and a.id == _ARMED_GROUP and any(
                not b.headline and not b.after_l and b.id == a.id and key != other
                for b, other in zip(kept, keys, strict=True)):
            continue  # «مسلحون يخطفون ...» over «خطفت مجموعة مسلحة مجهولة ...»: the text's description (pass 11)
        seen.append((key, a.id))
        out.append(a)
    return out


# Arabic pass 86 (tune86): «أطلق مجهول النار», «جسم غريب ألقاه مجهول», «طعن على يد مجهول»: the singular «مجهول» is an
# unnamed perpetrator only as the doer, right after the agent's «على يد / من قبل» or after an act's verb (the labels list
# it so 4 times in 4 outside tune86); elsewhere it is an adjective («جسم مجهول», «مكان مجهول»), a construct («مجهول
# المصير / الهوية») or the legal «ضد مجهول», and no actor
_UNKNOWN = "مجهول"
_UNKNOWN_AGENT_BEFORE = frozenset({"يد", "قبل", "اطلق", "رمي", "القي", "القاها", "القاه", "رماها", "رماه", "طعن", "طعنه",
                                   "طعنها", "هاجم", "هاجمه", "هاجمها", "اعتدي", "اختطف", "اختطفه", "اختطفها", "خطف",
                                   "خطفه", "خطفها", "اضرم", "استهدف", "استهدفه", "زرع", "زرعه", "وضع", "وضعه", "وضعها",
                                   "قتل", "قتله", "قتلها", "ضرب", "ضربه", "ضربها", "اقدم", "فتح", "سرق"})


def _unknown_not_agent(doc: _Doc, found: PhraseMatch[str]) -> bool:
    """The registry's «مجهول» is no perpetrator: not the bare word right after an agent's preposition or an act's
    verb."""
    if found.first != found.last or doc.words[found.first] != _UNKNOWN:
        return False  # every other name of the registry (and «مجهولين», «مسلحون مجهولون»)
    return found.first == 0 or doc.words[found.first - 1] not in _UNKNOWN_AGENT_BEFORE
