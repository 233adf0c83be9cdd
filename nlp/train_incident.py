"""Train the document incident model (nlp.classifier) and print its learning curve.

    nice -n 10 .venv/bin/python -m nlp.train_incident --asnd ASND_DIR [--extra FILE.jsonl ...] [--write]

Training data: our labels on ASND posts (real news; nlp/data/incidents/asnd_labels.jsonl, joined to the
ASND CSVs in ASND_DIR by nlp.asnd; docs/labelling.md) plus our written examples and any --extra
labelled JSONL (e.g. the ANT dev set). The threshold and the L2 strength are chosen by 5-fold
cross-validation on the training data only; the test split is scored once, for the report, never for
a choice.
A document is an incident when the rules find a candidate AND the model's probability reaches the
threshold (the rules give type, evidence and counts; the model vetoes false readings).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

from nlp.annotate import SURE_CIVILIAN_HARM, annotate_rules
from nlp.asnd import LABELS, labelled_items
from nlp.classifier import MODEL_DIR, IncidentModel, feature_ids, feature_names, fit

DATA = Path(__file__).resolve().parent / "data"
OURS = [DATA / "eval" / "rasad_written.jsonl", DATA / "eval" / "rasad_written_holdout.jsonl"]
L2_GRID = (3e-4, 1e-3, 3e-3)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.81, 0.05))


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def featurise(items: list[dict]) -> tuple[list[np.ndarray], np.ndarray, np.ndarray]:
    rows, rule_fired = [], []
    for item in items:
        annotation, words, view = annotate_rules(item["text"], item.get("lang") or "ar", item.get("published"))
        rows.append(feature_ids(feature_names(words, view)))
        sure = annotation.victim_status == "civilian" and view.best >= SURE_CIVILIAN_HARM  # never vetoed
        rule_fired.append(2 if annotation.is_incident and sure else int(annotation.is_incident))
    return rows, np.array(rule_fired), np.array([bool(i["is_incident"]) for i in items])


def decide(fired: np.ndarray, p: np.ndarray, threshold: float) -> np.ndarray:
    """As nlp.annotate.decide: a rule find the model confirms, or one it may not veto (fired == 2)."""
    return (fired == 2) | ((fired == 1) & (p >= threshold))


def probabilities(weights: np.ndarray, rows: list[np.ndarray]) -> np.ndarray:
    return np.array([1.0 / (1.0 + np.exp(-weights[r].sum())) for r in rows])


def prf(pred: np.ndarray, gold: np.ndarray) -> dict[str, float]:
    tp = int((pred & gold).sum())
    fp = int((pred & ~gold).sum())
    fn = int((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def cross_validate(rows: list[np.ndarray], fired: np.ndarray, gold: np.ndarray, l2: float,
                   folds: int = 5, seed: int = 13) -> np.ndarray:
    """Out-of-fold probabilities."""
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    out = np.zeros(len(rows))
    for k in range(folds):
        held = set(order[k::folds])
        train = [i for i in range(len(rows)) if i not in held]
        weights = fit([rows[i] for i in train], gold[train], l2=l2)
        for i in held:
            out[i] = 1.0 / (1.0 + np.exp(-weights[rows[i]].sum()))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asnd", type=Path, required=True, metavar="ASND_DIR",
                        help="folder with the ASND CSVs sm_news_ar_{trn,dev,tst}.csv")
    parser.add_argument("--extra", action="append", default=[], help="more labelled JSONL to train on")
    parser.add_argument("--write", action="store_true", help=f"write the model to {MODEL_DIR}")
    args = parser.parse_args()
    asnd = labelled_items(args.asnd, "train")
    others = [i for p in OURS + [Path(e) for e in args.extra] for i in load(p)]
    rows, fired, gold = featurise(asnd + others)
    test_items = labelled_items(args.asnd, "test")
    test_rows, test_fired, test_gold = featurise(test_items)

    best = None
    for l2 in L2_GRID:  # 3 x 5-fold: one split's optimum is noise at this size
        oofs = [cross_validate(rows, fired, gold, l2, seed=seed) for seed in (13, 14, 15)]
        for t in THRESHOLDS:
            score = round(float(np.mean([prf(decide(fired, oof, t), gold)["f1"] for oof in oofs])), 3)
            if best is None or score > best[0]:
                best = (score, l2, t)
    assert best is not None
    cv_f1, l2, threshold = best
    print(f"cross-validation (training data, {len(rows)} items): rules+model F1 {cv_f1} at l2={l2}, t={threshold}; "
          f"rules alone {prf(fired > 0, gold)}")

    curve = []
    n_asnd = len(asnd)
    for share in (0.25, 0.5, 0.75, 1.0):
        keep = list(range(int(n_asnd * share))) + list(range(n_asnd, len(rows)))
        weights = fit([rows[i] for i in keep], gold[keep], l2=l2)
        p = probabilities(weights, test_rows)
        combined = prf(decide(test_fired, p, threshold), test_gold)
        curve.append({"asnd_train_items": int(n_asnd * share), "test": combined})
        print(f"learning curve: {int(n_asnd * share):4d} ASND + {len(others)} other items -> test {combined}")
    print(f"test, rules alone: {prf(test_fired > 0, test_gold)}")

    weights = fit(rows, gold, l2=l2)
    model = IncidentModel(weights, threshold)
    if args.write:
        meta = {"trained_on": {"asnd_train": n_asnd, "other_items": len(others),
                               "files": [str(LABELS.relative_to(DATA.parent.parent)) + " (train split)"]
                               + [str(p.relative_to(DATA.parent.parent)) for p in OURS]
                               + [Path(e).name for e in args.extra]},
                "l2": l2, "cv_f1": cv_f1, "learning_curve": curve,
                "test_rules_alone": prf(test_fired > 0, test_gold)}
        model.save(MODEL_DIR, meta)
        print(f"wrote {MODEL_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
