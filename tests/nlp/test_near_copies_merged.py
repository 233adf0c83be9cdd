"""The shared helpers the clean-up of near-copies made (each rule once, its callers a parameter each)."""

from nlp.actors import ActorMatch
from nlp.actors_en import _BACK_MEN, _back_references_dropped
from nlp.incident_finders import _remains
from nlp.incident_records import STRONG, Trigger
from nlp.lexicon import PhraseMatch


def _actor(text: str, name: str, kind: str, after: int = 0) -> ActorMatch:
    start = text.index(name, after)
    return ActorMatch(name=name, id="", type=kind, start=start, end=start + len(name), first_token=0, last_token=0)


def test_back_reference_dropped_only_after_another_perpetrator_and_the_article():
    text = "Smugglers opened fire on migrants; police searched for the gunmen. Gunmen fled."
    smugglers = _actor(text, "Smugglers", "criminal_network")
    the_gunmen = _actor(text, "gunmen", "generic")
    bare = _actor(text, "Gunmen", "generic", after=the_gunmen.end)
    kept = _back_references_dropped([smugglers, the_gunmen, bare], _BACK_MEN, after_the_in=text)
    assert kept == [smugglers, bare]  # "the gunmen" refers back; bare "Gunmen" stays
    # without the article test, both back-words go; with no perpetrator before them, none does
    assert _back_references_dropped([smugglers, the_gunmen, bare], _BACK_MEN) == [smugglers]
    assert _back_references_dropped([the_gunmen, bare], _BACK_MEN, after_the_in=text) == [the_gunmen, bare]


def test_remains_split_by_the_word_before():
    words = ["عثروا", "علي", "رفات", "و", "انتشلوا", "رفات", "اخرين"]
    assert _remains(words, [], after_on=True) == [2]
    assert _remains(words, [], after_on=False) == [5]
    inside = [PhraseMatch(4, 5, (Trigger("killing", STRONG),), "انتشلوا رفات")]
    assert _remains(words, inside, after_on=False) == []  # a lexicon match already reads it
    assert _remains(["رفات", "شخص"], [], after_on=False) == []  # the first word has no word before it
