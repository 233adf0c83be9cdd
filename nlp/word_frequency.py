"""wordfreq's packed word lists, read bucket by bucket with each bucket's Zipf frequency.

Why not wordfreq's ``zipf_frequency`` or ``get_frequency_dict``: they cache a language's whole list as a dict
for the life of the process (~30-150 MB a language), while our readers keep only what they need: the NER
features a table of normalised Arabic forms (``nlp.ner_features.word_zipf``), the Arabizi rules the European
words above a floor (``pipelines.language``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator


def zipf_buckets(lang: str, wordlist: str = "best", floor: float = -math.inf) -> Iterator[tuple[float, list[str]]]:
    """(Zipf frequency, words) of each bucket of the installed list, most frequent first, down to ``floor``
    (Zipf: log10 of occurrences per billion words; 3 is once per million)."""
    from wordfreq import available_languages, cB_to_freq, read_cBpack

    for index, bucket in enumerate(read_cBpack(available_languages(wordlist)[lang])):
        zipf = math.log10(cB_to_freq(-index)) + 9.0
        if zipf < floor:
            return
        yield zipf, bucket
