"""NER tagging speed against spaCy blank('ar') tokenisation alone, on the same sentences, side by side.

    .venv/bin/python bench/nlp_ner.py [CONLL_FILE]

Sentences: the held-back slice of the shared NER training file by default (the last 10 %), or any
CoNLL file. The baseline tokenises the sentences' joined text with spacy.blank("ar") (the cheapest
thing any spaCy pipeline does); a ratio >= 1 would mean tagging is no slower than tokenising.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import Ratio, peak_rss_mb, timed

DEFAULT = ROOT / "tests" / "data" / "ner" / "anercorp-camel-train.conll"


def main() -> int:
    import spacy

    from nlp.ner import load_model
    from nlp.ner_eval import load_labelled_conll, split_by_order

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.is_file():
        print(f"CoNLL file not found: {path}", file=sys.stderr)
        return 2
    sentences = load_labelled_conll(path)
    if path == DEFAULT:
        sentences = split_by_order(sentences)[2]
    tokens = [toks for toks, _ in sentences]
    texts = [" ".join(toks) for toks in tokens]
    n_tokens = sum(len(t) for t in tokens)

    model = load_model()
    model.tag_many(tokens[:5])  # load gazetteers and the CRF outside the timing
    blank = spacy.blank("ar")
    rounds = 3
    _, baseline_seconds = timed(lambda: [list(blank.pipe(texts)) for _ in range(rounds)])
    _, ner_seconds = timed(lambda: [model.tag_many(tokens) for _ in range(rounds)])
    baseline_rate = rounds * n_tokens / baseline_seconds
    ner_rate = rounds * n_tokens / ner_seconds
    print(f"{len(tokens)} sentences, {n_tokens} tokens x {rounds} rounds")
    print(f"NER sentences/s: {rounds * len(tokens) / ner_seconds:.0f}")
    print(Ratio("NER tagging tokens/s vs spaCy blank('ar') tokenisation", ner_rate, baseline_rate, "tokens/s").line())
    size = sum(p.stat().st_size for p in model.path.iterdir() if p.is_file())
    print(f"model size: {size / 1e6:.1f} MB; peak RSS of this process: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
