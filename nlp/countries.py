"""Country cues outside place names: nationality adjectives and country-specific institution words.

A Tunisian-side border report names Libyan places only as the origin of a crossing, but says
«الحرس الوطني», «ولاية مدنين», «التونسية»; a text about Libyan politics may name no town at all
but says «الليبية». These words (nlp/data/country_cues.yaml) add a little to a country's score
in nlp.annotate's in-Libya decision. ``names_nationals`` tells whether a sentence names people of a
country («مواطن ليبي», «ليبيان»), not just its soil or its side («التراب الليبي», «الحدود الليبية»).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import yaml

from nlp.lexicon import PhraseLexicon, Tokens
from nlp.normalize import clitic_variants, normalize, word_cache

DATA_DIR = Path(__file__).resolve().parent / "data"
CUE_WEIGHT = 0.4
MAX_PER_COUNTRY = 4.0


NATIONALITY_FACTOR = 0.25  # «مقتل مواطن ليبي في الإسكندرية»: the victim's nationality, not the event's country
LATE_TOPIC_FACTOR = 0.5  # «الأزمة الليبية» named in passing after the title and first sentence
SPORT_FACTOR = 0.25  # «السويحلي الليبي» in a draw of clubs: a team's country, not the event's
MIN_SPORT_WORDS = 2


@lru_cache(maxsize=1)
def _data() -> dict:
    data: dict = yaml.safe_load((DATA_DIR / "country_cues.yaml").read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    data = _data()
    return (frozenset(normalize(w) for w in data.get("people_words", ())),
            frozenset(normalize(w) for w in data.get("sport_words", ())))


@lru_cache(maxsize=1)
def _lexicon() -> PhraseLexicon[tuple[str, float, bool]]:
    """Phrase -> (country, weight, is a topic phrase)."""
    data = _data()
    phrases = [(w, (code, CUE_WEIGHT, False)) for key in ("cues", "institutions") for code, words in data[key].items()
               for w in words]
    topic_weight = float(data.get("topic_weight", CUE_WEIGHT))
    phrases += [(w, (code, topic_weight, True)) for code, words in data.get("topic", {}).items() for w in words]
    return PhraseLexicon(phrases, forms=clitic_variants)


@lru_cache(maxsize=1)
def _nationality_words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per country: words that name its people on their own («ليبيين», «ليبيان»), and its nationality adjectives
    (`cues`), which name people next to a people word."""
    data = _data()
    return {code: (frozenset(normalize(w) for w in words), frozenset(normalize(w) for w in data["cues"].get(code, ())))
            for code, words in data.get("nationals", {}).items()}


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    return {normalize(w): code for code, words in _data()["cues"].items() for w in words}


def adjective_country(word: str) -> str | None:
    """The country a nationality adjective names («الليبية» -> LY): right after a place name («بمدينة الزاوية
    الليبية», «بن قردان التونسية») it says which of two namesakes is meant."""
    return _adjectives().get(word)


NATIONALS_WINDOW = 2  # «مواطن ليبي», «رجل أعمال ليبي»: a people word at most this many words before


def names_nationals(text: str, code: str) -> bool:
    """Does the text name people of this country («مواطن ليبي», «ليبيان», «من الجنسية الليبية», "Libyan
    nationals")? A nationality adjective of a place or a body («التراب الليبي», «السلطات الليبية») does not, nor
    does a town whose name contains one («قليبية»), nor the attacker of a passive («طعن على يد مواطن ليبي»)."""
    people_only, adjectives = _nationality_words().get(code, (frozenset(), frozenset()))
    people, _ = _word_sets()
    words = [t.text for t in Tokens.of(text).items]
    for index, word in enumerate(words):
        if _by_agent(words, index):
            continue
        forms = clitic_variants(word)
        if any(f in people_only for f in forms):
            return True
        if not any(f in adjectives for f in forms):
            continue
        around = words[max(0, index - NATIONALS_WINDOW) : index] + words[index + 1 : index + 2]
        if any(f in people or f in _NATIONALITY for w in around for f in clitic_variants(w)):
            return True
    return False


_NATIONALITY = {"الجنسيه", "جنسيه", "nationality"}  # «من الجنسية الليبية», «ليبي الجنسية»
AGENT_PAIRS = {("علي", "يد"), ("علي", "ايدي"), ("من", "قبل")}  # «على يد», «من قبل»: by whom (normalised)
AGENT_REACH = 4  # «على يد شاب من الجنسية الليبية»


def _by_agent(words: list[str], index: int) -> bool:
    """Is the word at ``index`` in an agent phrase that shortly follows «على يد» / «من قبل» (or "by")?"""
    window = words[max(0, index - AGENT_REACH) : index]
    return "by" in window or any(pair in AGENT_PAIRS for pair in pairwise(window))


@dataclass(unsafe_hash=True)  # (not frozen: its __init__ is three times faster; hashed by its fields as before; speed pass 9)
class Cue:
    """A country cue word in a text: its original start offset, country, weight, whether it is a topic phrase,
    and how much its context leaves of it (a nationality next to a people word, a team's country)."""

    start: int
    country: str
    weight: float
    topic: bool
    factor: float


@word_cache(65536)
def _sport_word(word: str) -> bool:
    """Is a form of the word a sport word? Cached: find_cues asks it of every word of every text."""
    return not _word_sets()[1].isdisjoint(clitic_variants(word))


BORDER_CUE_FACTOR = 0.25


def find_cues(tokens: Tokens) -> list[Cue]:
    """Every cue word of a text, found once: the document's countries and the in-Libya scores both read them."""
    people, sport = _word_sets()
    words = list(tokens.words)
    sport_text = sum(map(_sport_word, words)) >= MIN_SPORT_WORDS
    cues = []
    for match in _lexicon().find(tokens.items):
        start, _ = tokens.original_span(match.first, match.last)
        before = words[match.first - 1] if match.first > 0 else ""
        factor = NATIONALITY_FACTOR if not people.isdisjoint(clitic_variants(before)) or _english_person(
            words, match.last) else 1.0
        # «السويحلي الليبي»: a team's country; «الدوري الليبي», «المنتخب الليبي» stay Libyan affairs
        factor *= SPORT_FACTOR if sport_text and sport.isdisjoint(clitic_variants(before)) else 1.0
        # "near the Libyan border": a border line, on no side of it (English pass 24, as «على الحدود الليبية» places)
        factor *= BORDER_CUE_FACTOR if words[match.last + 1 : match.last + 2] in (["border"], ["borders"], ["frontier"]) else 1.0
        cues.extend(Cue(start, code, weight, topic, factor) for code, weight, topic in match.payloads)
    return cues


# "Sudanese workers", "two Libyan brothers", "Egyptian nationals": the English adjective stands before its people word;
# it tells who the people are, not where the event is (as «مواطن ليبي», «عمال مصريين» after their people word; English
# pass 27). Not people wanted or charged ("a Libyan man wanted over torture in Zawiya", "Libyan suspect"): a Libyan
# handed over for acts in Libya is Libyan justice, Libyan affairs (tune31en rw31t-33, tune34en rw34t-37, tune44en
# rw44t-11 label so)
_EN_CHARGED = frozenset({"wanted", "accused", "suspected", "charged", "convicted", "sought", "suspect", "suspects"})
_EN_MORE_PEOPLE = frozenset({"brothers", "sisters", "brother", "sister", "couple", "teenager", "teenagers", "youth",
                             "youths", "fishermen", "fisherman", "sailors", "sailor", "driver", "drivers", "trader",
                             "traders", "businessmen", "pilgrims", "labourers", "labourer", "engineer", "engineers",
                             "nurse", "nurses", "doctors", "boys", "girls", "families", "mother", "father", "son",
                             "daughter", "wife", "husband", "patients", "patient", "passengers", "passenger", "residents",
                             "resident", "truck", "lorry", "farm", "construction"})  # not "the Libyan people" (the nation)


_EN_WHOSE = frozenset({"flagged", "owned", "registered", "born"})  # "Libyan-flagged", "Libyan-owned", "Libyan-born"


def _english_person(words: list[str], last: int) -> bool:
    """Is the English nationality adjective ending at ``last`` followed by a people word ("Sudanese workers", "a Libyan
    man"), not one wanted or charged ("a Libyan man wanted for ...")?"""
    after = words[last + 1] if last + 1 < len(words) else ""
    if not after.isascii() or not words[last].isascii() or after in _EN_CHARGED:
        return False
    if after == "national":  # "the Libyan National Army", "Libyan National Oil Corporation": a body's name
        return False
    if after in _EN_WHOSE:
        return True  # "a Libyan-flagged tanker in the Red Sea": whose ship, not where it is
    people, _ = _word_sets()
    if not (after in people or after in _EN_MORE_PEOPLE):
        return False
    return words[last + 2 : last + 3] == [] or words[last + 2] not in _EN_CHARGED  # not "a Libyan man wanted over"


def country_cues(cues: list[Cue], place_offsets: set[int], lead_end: int = 0) -> dict[str, float]:
    """Score per country code of the cue words outside places (original offsets in ``place_offsets``);
    cues before ``lead_end`` (title and first sentence: who reports, from where) count double, and a topic
    phrase after it counts half (a Tunisian text that ends on «الأزمة الليبية» is not about it)."""
    scores: dict[str, float] = {}
    for cue in cues:
        if cue.start in place_offsets:
            continue
        weight = cue.weight * (2.0 if cue.start < lead_end else LATE_TOPIC_FACTOR if cue.topic else 1.0) * cue.factor
        scores[cue.country] = min(MAX_PER_COUNTRY, scores.get(cue.country, 0.0) + weight)
    return scores
