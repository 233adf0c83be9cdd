"""NER evaluation gate: the shipped model, scored on the slice of the training file it never saw.

Nothing is trained here. Floors sit a little under the figures in nlp/models/ner-ar/meta.json
(written by scripts/train_ner.py); raise them when the model improves, never lower them to pass.
"""

import json
from pathlib import Path

import pytest

from nlp.ner import MODEL_DIR, load_model
from nlp.ner_eval import conll_scores, load_labelled_conll, split_by_order

TRAIN_FILE = Path(__file__).resolve().parents[1] / "data" / "ner" / "anercorp-camel-train.conll"
# LOC was lowered once (0.84 -> 0.82, Dec 6 2026): the model trained with our 8,510 labelled news sentences
# gains 0.029 micro-F1 but loses 0.020 on LOC (nlp/models/README.md); every other floor went up.
FLOORS = {"micro": 0.74, "LOC": 0.82, "PERS": 0.77, "ORG": 0.62, "MISC": 0.64}


@pytest.fixture(scope="module")
def held_back_scores() -> dict:
    held_back = split_by_order(load_labelled_conll(TRAIN_FILE))[2]
    predicted = load_model().tag_many([tokens for tokens, _ in held_back])
    return conll_scores([labels for _, labels in held_back], predicted)


def test_held_back_micro_f1_floor(held_back_scores: dict) -> None:
    assert held_back_scores["micro"]["f1"] >= FLOORS["micro"]


@pytest.mark.parametrize("label", ["LOC", "PERS", "ORG", "MISC"])
def test_held_back_per_label_f1_floor(held_back_scores: dict, label: str) -> None:
    assert held_back_scores["per_label"][label]["f1"] >= FLOORS[label]


def test_reported_figures_are_the_ones_measured(held_back_scores: dict) -> None:
    """meta.json must describe the shipped model, not an older one."""
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["scored_on"] == "held_back"
    assert meta["scores"]["micro"] == held_back_scores["micro"]


def test_model_is_small_enough_to_ship() -> None:
    """20 MB since Dec 6 2026 (was 15): the two CRFs grow with the training data (4 -> 8 MB each with our
    labelled news sentences); tagging speed and memory stayed the same (nlp/models/README.md)."""
    size = sum(path.stat().st_size for path in MODEL_DIR.iterdir() if path.is_file())
    assert size < 20 * 1024 * 1024
