"""Country cues outside place names: nationality adjectives and country-specific institution words.

A Tunisian-side border report names Libyan places only as the origin of a crossing, but says
«الحرس الوطني», «ولاية مدنين», «التونسية»; a text about Libyan politics may name no town at all
but says «الليبية». These words (nlp/data/country_cues.yaml) add a little to a country's score
in nlp.annotate's in-Libya decision.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from nlp.lexicon import PhraseLexicon, Tokens
from nlp.normalize import clitic_variants

DATA_DIR = Path(__file__).resolve().parent / "data"
CUE_WEIGHT = 0.4
MAX_PER_COUNTRY = 4.0


@lru_cache(maxsize=1)
def _lexicon() -> PhraseLexicon[tuple[str, float]]:
    data = yaml.safe_load((DATA_DIR / "country_cues.yaml").read_text(encoding="utf-8"))
    phrases = [(w, (code, CUE_WEIGHT)) for code, words in data["cues"].items() for w in words]
    topic_weight = float(data.get("topic_weight", CUE_WEIGHT))
    phrases += [(w, (code, topic_weight)) for code, words in data.get("topic", {}).items() for w in words]
    return PhraseLexicon(phrases, forms=clitic_variants)


def country_cues(tokens: Tokens, place_offsets: set[int], lead_end: int = 0) -> dict[str, float]:
    """Score per country code of the cue words outside places (original offsets in ``place_offsets``);
    cues before ``lead_end`` (title and first sentence: who reports, from where) count double."""
    scores: dict[str, float] = {}
    for match in _lexicon().find(tokens.items):
        start, _ = tokens.original_span(match.first, match.last)
        if start in place_offsets:
            continue
        for code, weight in match.payloads:
            weight *= 2.0 if start < lead_end else 1.0
            scores[code] = min(MAX_PER_COUNTRY, scores.get(code, 0.0) + weight)
    return scores
