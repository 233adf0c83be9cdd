"""Arabizi (Arabic in Latin letters and digits) told apart from European languages by letter n-grams.

Word rules alone (digit-letters such as 3=ع 7=ح, dialect function words) miss most real posts:
"ma kaynch l3dala f had lblad" has one digit-letter and no listed word. So each text is also scored
the way langdetect scores languages: the likelihood of its letter 1-3-grams under an Arabizi model
(counted from ``data/arabizi_train.txt``, posts we wrote in Libyan, Maghrebi, Egyptian, Levantine and
Gulf Arabizi) against the best of langdetect's own profiles for the Latin-script languages that
reach us (installed with langdetect, Apache-2.0). Digits are kept as letters: in Arabizi they are.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import langdetect

TRAIN_FILE = Path(__file__).parent / "data" / "arabizi_train.txt"
# Latin-script languages seen in Libyan sources and their neighbours' (no Somali/Swahili/Tagalog
# profile: langdetect calls Arabizi those, so their profiles would compete for it).
RIVALS = ("en", "fr", "it", "es", "de", "pt", "nl", "tr", "ro")
# Probability of an n-gram a model never saw (1-, 2-, 3-grams), the same for every model. Additive
# smoothing gave an unseen n-gram about 1/5,000 under the small Arabizi model but 1/millions under
# langdetect's Wikipedia profiles, so every name, typo or slang word of a real English tweet voted
# Arabizi (121 of 6,086 XLM-T tuning-half tweets were flagged; 3 with this floor and the rules below).
UNSEEN = (1e-4, 1e-5, 1e-6)
SAMPLE_CHARS = 300
_WORD = re.compile(r"[a-z0-9\u00c0-\u024f']+")
# Not evidence of any language, yet they decided real posts: laughter ("ahahahah", "HAHAHA" took Italian
# tweets to Arabizi, "hhhh" is counted as a dialect word by pipelines.language instead) and bare
# numbers ("16:00", "<3"). Letters held for effect ("tooooop") count as two.
_LAUGH = re.compile(r"[ah]*h[ah]*")
_HELD_LETTER = re.compile(r"(.)\1{2,}")


def ngrams(text: str) -> list[str]:
    """Letter 1-3-grams of each word, with a space marking the word's start and end."""
    grams: list[str] = []
    for token in _WORD.findall(text.lower()):
        word = token.strip(chr(39))
        if word.isdigit() or (len(word) >= 3 and _LAUGH.fullmatch(word)):
            continue
        padded = " " + _HELD_LETTER.sub(r"\1\1", word) + " "
        for n in (1, 2, 3):
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1) if padded[i : i + n] != " ")
    return grams


class NgramModel:
    """N-gram frequencies of one language (counts per n kept apart, as langdetect does), floored."""

    def __init__(self, name: str, freq: dict[str, int], totals: list[int]) -> None:
        self.name = name
        self.freq = freq
        self.totals = totals

    def log_prob(self, gram: str) -> float:
        n = len(gram)
        return math.log(max(self.freq.get(gram, 0) / self.totals[n - 1], UNSEEN[n - 1]))


@lru_cache(maxsize=1)
def _models() -> tuple[NgramModel, tuple[NgramModel, ...]]:
    counts: Counter[str] = Counter()
    for line in TRAIN_FILE.read_text(encoding="utf-8").splitlines():
        counts.update(ngrams(line))
    totals = [sum(c for g, c in counts.items() if len(g) == n) for n in (1, 2, 3)]
    arabizi = NgramModel("arabizi", dict(counts), totals)
    profiles = Path(langdetect.__file__).parent / "profiles"
    rivals = []
    for code in RIVALS:
        data = json.loads((profiles / code).read_text(encoding="utf-8"))
        freq = {gram.lower(): count for gram, count in data["freq"].items()}
        rivals.append(NgramModel(code, freq, list(data["n_words"])))
    return arabizi, tuple(rivals)


@lru_cache(maxsize=65536)
def _log_probs(gram: str) -> tuple[float, ...]:
    """(Arabizi, rival 1, rival 2, ...) log-probabilities of one n-gram."""
    arabizi, rivals = _models()
    return (arabizi.log_prob(gram), *(model.log_prob(gram) for model in rivals))


def arabizi_margin(text: str) -> float:
    """Mean log-likelihood per n-gram of Arabizi minus that of the likeliest rival; > 0 leans Arabizi.
    Scored on the first SAMPLE_CHARS characters: posts are short, and an article's start decides as well.
    A text with nothing to score (laughter, numbers) gets 0.0, no evidence either way, so that a word
    rule can still decide it ("hhhhh" alone is a Maghrebi post)."""
    grams = Counter(ngrams(text[:SAMPLE_CHARS]))
    if not grams:
        return 0.0
    totals = [0.0] * (1 + len(RIVALS))
    for gram, count in grams.items():
        for k, value in enumerate(_log_probs(gram)):
            totals[k] += count * value
    return (totals[0] - max(totals[1:])) / sum(grams.values())
