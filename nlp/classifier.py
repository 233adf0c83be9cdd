"""Document-level incident decision: a logistic regression over hashed words and the rules' findings.

Why a model on top of the rules: on real news the trigger rules fire on every «قتل» — fighters
killed in clashes, denials, anniversaries, trials, statistics — and a hand rule for each reading
does not scale. The rules still find the type, the evidence sentence and the counts; the model
only says whether the document as a whole reports an incident against civilians. Its inputs are
the normalised words, clitic-stripped (hashed into ``DIM`` slots, crc32 so ids are stable across
runs) plus what the rules saw: candidate types, their best confidence, victim words and context
cues (denial, combatants, general statement ...). Weights are learnt by ``nlp/train_incident.py``
on labelled real news (see ``docs/labelling.md``); numpy only.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from nlp.normalize import word_cache

MODEL_DIR = Path(__file__).resolve().parent / "models" / "incident-linear"
DIM = 1 << 15
_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ف", "ل")


@dataclass(frozen=True)
class RuleView:
    """What the rules found in one document, as the model sees it."""

    types: tuple[str, ...] = ()
    best: float = 0.0
    victims: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    in_libya: bool = False
    killed: bool = False


@word_cache(65536)
def _stem(word: str) -> str:
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            return word[len(clitic):]
    return word


def feature_names(words: Sequence[str], rules: RuleView) -> set[str]:
    """The active (binary) features of a document."""
    names = {"bias"}
    # "w:" + each word's stem, built at C level; word pairs and 4-letter pieces were tried: no better in CV
    # (docs/labelling.md)
    names.update(map("w:".__add__, map(_stem, words)))
    names.update("r:" + t for t in rules.types)
    names.add("r:any" if rules.types else "r:none")
    for step in (0.5, 0.7, 0.9):
        if rules.best >= step:
            names.add(f"r:conf>={step}")
    names.update("v:" + v for v in rules.victims)
    names.update("c:" + c for c in rules.context)
    names.update("rc:" + c for c in rules.context if rules.types)  # a cue next to a rule find
    if rules.in_libya:
        names.add("r:libya")
    if rules.killed:
        names.add("r:killed")
    return names


@word_cache(65536)
def _slot(name: str) -> int:
    """A feature's slot id. Cached: a document's words are mostly features met before."""
    return zlib.crc32(name.encode("utf-8")) % DIM


def feature_ids(names: Iterable[str]) -> np.ndarray:
    """Sorted slot ids: a set's order follows string hashing, which changes per process, and the order
    of the float sums in training would follow it (two runs would not give the same model)."""
    return np.unique(np.fromiter(map(_slot, names), dtype=np.int64))


@dataclass(frozen=True)
class IncidentModel:
    weights: np.ndarray
    threshold: float

    def probability(self, words: Sequence[str], rules: RuleView) -> float:
        score = float(self.weights[feature_ids(feature_names(words, rules))].sum())
        return float(1.0 / (1.0 + np.exp(-score)))

    def save(self, folder: Path, meta: dict) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        nonzero = np.flatnonzero(np.abs(self.weights) > 1e-4)
        np.savez_compressed(folder / "weights.npz", index=nonzero.astype(np.int32),
                            value=self.weights[nonzero].astype(np.float32))
        (folder / "meta.json").write_text(json.dumps({**meta, "dim": DIM, "threshold": self.threshold},
                                                     ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load_model(folder: Path = MODEL_DIR) -> IncidentModel | None:
    """The shipped model, or None when none was trained (the rules then decide alone)."""
    if not (folder / "weights.npz").is_file():
        return None
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    if meta.get("dim") != DIM:
        raise ValueError(f"{folder}: model built for {meta.get('dim')} slots, code has {DIM}")
    stored = np.load(folder / "weights.npz")
    weights = np.zeros(DIM, dtype=np.float64)
    weights[stored["index"]] = stored["value"]
    return IncidentModel(weights, float(meta["threshold"]))


def fit(rows: Sequence[np.ndarray], labels: Sequence[bool], l2: float = 1e-3, epochs: int = 400,
        rate: float = 0.05) -> np.ndarray:
    """Logistic regression on sparse binary rows (feature id arrays), full-batch Adam; numpy only."""
    y = np.asarray(labels, dtype=np.float64)
    doc = np.concatenate([np.full(len(r), i) for i, r in enumerate(rows)]) if rows else np.zeros(0, dtype=np.int64)
    col = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    weights = np.zeros(DIM)
    m = np.zeros(DIM)
    v = np.zeros(DIM)
    positive = y.mean() if len(y) else 0.5
    sample_weight = np.where(y > 0, 0.5 / max(positive, 1e-6), 0.5 / max(1 - positive, 1e-6))  # balanced
    for step in range(1, epochs + 1):
        scores = np.bincount(doc, weights=weights[col], minlength=len(y))
        p = 1.0 / (1.0 + np.exp(-scores))
        residual = (p - y) * sample_weight / len(y)
        grad = np.bincount(col, weights=residual[doc], minlength=DIM) + l2 * weights
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        weights -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return weights
