"""Entity-level CoNLL scoring (exact span and type), per label and micro-averaged.

Kept beside the tagger so training and `rasad eval` count a hit the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def spans(labels: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of each entity in a BIO sequence; a stray I- starts a new entity."""
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for index, label in enumerate([*labels, "O"]):
        prefix, _, this_kind = label.partition("-")
        continues = prefix == "I" and this_kind == kind and start >= 0
        if not continues:
            if start >= 0:
                found.add((start, index, kind))
            start, kind = (index, this_kind) if prefix in ("B", "I") else (-1, "")
    return found


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def conll_scores(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Per-label and micro P/R/F1 over sentences of BIO labels (same token counts)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        gold_spans, pred_spans = spans(g), spans(p)
        for span in gold_spans & pred_spans:
            tp[span[2]] += 1
        for span in pred_spans - gold_spans:
            fp[span[2]] += 1
        for span in gold_spans - pred_spans:
            fn[span[2]] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    per_label = {label: {**_prf(tp[label], fp[label], fn[label]), "support": tp[label] + fn[label]}
                 for label in labels}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"per_label": per_label, "micro": micro}


def load_labelled_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, cleaned BIO labels) per sentence of a gold CoNLL file (label = last column)."""
    from nlp.ner import clean_label, read_conll, repair_bio

    sentences = []
    with path.open(encoding="utf-8") as handle:
        for rows in read_conll(handle):
            labels = repair_bio([clean_label(row[-1]) if len(row) > 1 else "O" for row in rows])
            sentences.append(([row[0] for row in rows], labels))
    return sentences


def split_by_order(sentences: Sequence[T]) -> tuple[list[T], list[T], list[T]]:
    """The fixed split of the training file by sentence order: first 80 % train, 80-90 % selection
    slice (settings were chosen on it), last 10 % held back (never used for any choice)."""
    n = len(sentences)
    a, b = int(n * 0.8), int(n * 0.9)
    return list(sentences[:a]), list(sentences[a:b]), list(sentences[b:])
