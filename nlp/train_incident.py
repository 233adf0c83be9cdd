"""Train the document incident model (nlp.classifier) and print its learning curve.

    nice -n 10 .venv/bin/python -m nlp.train_incident --asnd ASND_DIR --ans ANS_STANCE_DIR [--extra FILE.jsonl ...] [--write]

Training data, found without being named: the train split of every label file in
nlp/data/incidents/ (real news: our ASND and ANS labels, joined to the texts of those releases by
nlp.asnd and nlp.ans, and any other file whose rows carry their text), our written examples and the
ANT dev set, plus any --extra labelled JSONL. L2 and the threshold are chosen by 3 x 5-fold cross-validation scored on the
real-news items only (the written and ANT items are easier and would flatter the score: docs/labelling.md),
with near-duplicate posts kept in one fold; the test split is scored once, for the report, never for
a choice.
A document is an incident when the rules find a candidate AND the model's probability reaches the
threshold (the rules give type, evidence and counts; the model vetoes false readings).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

from nlp import ans, asnd
from nlp.annotate import SURE_CIVILIAN_HARM, annotate_rules
from nlp.classifier import MODEL_DIR, IncidentModel, feature_ids, feature_names, fit
from rasad.errors import UserError

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parent.parent
LABEL_DIR = DATA / "incidents"
OURS = [DATA / "eval" / "rasad_written.jsonl", DATA / "eval" / "rasad_written_holdout.jsonl",
        ROOT / "tests" / "data" / "incidents" / "dev.jsonl"]  # the ANT dev set (tests/data/README.md)
L2_GRID = (3e-4, 1e-3, 3e-3)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.81, 0.05))
SEEDS = (13, 14, 15)  # the choice is made on these fold splits ...
FRESH_SEEDS = (16, 17)  # ... and re-scored on these, to show how much of the CV score is the choice's luck
NEAR_DUPLICATE = 0.5  # word-set Jaccard above which two posts share a fold (one story, two platforms)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def label_files(folder: Path = LABEL_DIR) -> list[Path]:
    """Every label file of real news: a new sibling file is trained on without a code change."""
    return sorted(folder.glob("*.jsonl"))


# Label files whose texts stay in their corpus's release: the option naming the release's folder, and the join.
JOINED = {"asnd_labels.jsonl": ("--asnd", asnd.labelled_items), "ans_labels.jsonl": ("--ans", ans.labelled_items)}


def carried_text(path: Path, split: str) -> list[dict]:
    """The items of a label file whose rows carry their own text (a corpus we may redistribute)."""
    rows = [row for row in load(path) if row.get("split") == split]
    for row in rows:
        if "text" not in row:
            raise UserError(f"{path.name}: {split} item {row.get('id', '?')} has no 'text', and no join for "
                            f"{path.name} is known (nlp.train_incident.JOINED)")
    return [{key: value for key, value in row.items() if key != "split"} for row in rows]


def real_news(releases: dict[str, Path | None], split: str, folder: Path = LABEL_DIR) -> list[dict]:
    """The real-news items of one split from every label file; ``releases`` maps an option to its folder."""
    items = []
    for path in label_files(folder):
        option, join = JOINED.get(path.name, (None, None))
        if join is None:
            items += carried_text(path, split)
        elif releases.get(option) is None:
            raise UserError(f"{path.name} needs {option} DIR: its texts are not in the repository")
        else:
            items += join(releases[option], split, path)
    return items


def featurise(items: list[dict]) -> tuple[list[np.ndarray], np.ndarray, np.ndarray, list[frozenset[str]]]:
    rows, rule_fired, words_of = [], [], []
    for item in items:
        annotation, words, view = annotate_rules(item["text"], item.get("lang") or "ar",
                                                 item.get("published") or item.get("published_at"))
        rows.append(feature_ids(feature_names(words, view)))
        words_of.append(frozenset(words))
        sure = annotation.victim_status == "civilian" and view.best >= SURE_CIVILIAN_HARM  # never vetoed
        rule_fired.append(2 if annotation.is_incident and sure else int(annotation.is_incident))
    return rows, np.array(rule_fired), np.array([bool(i["is_incident"]) for i in items]), words_of


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


def duplicate_groups(words_of: list[frozenset[str]], limit: float = NEAR_DUPLICATE) -> list[int]:
    """A group id per item: items whose word sets overlap above ``limit`` (and items linked through them)
    share one, so that a story posted on Twitter and Facebook is never on both sides of a fold."""
    parent = list(range(len(words_of)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(words_of):
        for j in range(i):
            b = words_of[j]
            if a and b and len(a & b) > limit * len(a | b):
                parent[root(i)] = root(j)
    return [root(i) for i in range(len(words_of))]


def fold_of(groups: list[int], folds: int, seed: int) -> np.ndarray:
    """Fold number per item; whole near-duplicate groups are dealt out in a seeded order."""
    order = sorted(set(groups))
    random.Random(seed).shuffle(order)
    slot = {group: k % folds for k, group in enumerate(order)}
    return np.array([slot[g] for g in groups])


def cross_validate(rows: list[np.ndarray], gold: np.ndarray, groups: list[int], l2: float,
                   folds: int = 5, seed: int = 13) -> np.ndarray:
    """Out-of-fold probabilities."""
    fold = fold_of(groups, folds, seed)
    out = np.zeros(len(rows))
    for k in range(folds):
        train = np.flatnonzero(fold != k)
        weights = fit([rows[i] for i in train], gold[train], l2=l2)
        for i in np.flatnonzero(fold == k):
            out[i] = 1.0 / (1.0 + np.exp(-weights[rows[i]].sum()))
    return out


def choose(rows: list[np.ndarray], fired: np.ndarray, gold: np.ndarray, groups: list[int],
           scored: np.ndarray) -> dict:
    """L2 and threshold with the best mean CV F1 over the ``scored`` items, the spread of that F1 over fold
    splits, and the same setting re-scored on fresh fold splits."""
    best: dict | None = None
    for l2 in L2_GRID:
        oofs = [cross_validate(rows, gold, groups, l2, seed=seed) for seed in SEEDS]
        for t in THRESHOLDS:
            f1s = [prf(decide(fired[scored], oof[scored], t), gold[scored])["f1"] for oof in oofs]
            if best is None or np.mean(f1s) > best["f1"]:
                best = {"l2": l2, "threshold": t, "f1": round(float(np.mean(f1s)), 3),
                        "f1_range": [min(f1s), max(f1s)], "all_items_f1": round(float(np.mean(
                            [prf(decide(fired, oof, t), gold)["f1"] for oof in oofs])), 3)}
    assert best is not None
    fresh = [prf(decide(fired[scored], oof[scored], best["threshold"]), gold[scored])["f1"]
             for oof in (cross_validate(rows, gold, groups, best["l2"], seed=s) for s in FRESH_SEEDS)]
    return best | {"fresh_split_f1": fresh}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asnd", type=Path, metavar="ASND_DIR",
                        help="folder with the ASND CSVs sm_news_ar_{trn,dev,tst}.csv")
    parser.add_argument("--ans", type=Path, metavar="ANS_STANCE_DIR",
                        help="the data/stance folder of the ANS release ({train,dev,test}.csv)")
    parser.add_argument("--extra", action="append", default=[], help="more labelled JSONL to train on")
    parser.add_argument("--write", action="store_true", help=f"write the model to {MODEL_DIR}")
    args = parser.parse_args()
    releases = {"--asnd": args.asnd, "--ans": args.ans}
    try:
        news = real_news(releases, "train")
        test_items = real_news(releases, "test")
    except UserError as exc:
        print(f"nlp.train_incident: error: {exc}", file=sys.stderr)
        return 2
    others = [i for p in OURS + [Path(e) for e in args.extra] for i in load(p)]
    rows, fired, gold, words_of = featurise(news + others)
    test_rows, test_fired, test_gold, _ = featurise(test_items)
    n_news = len(news)
    scored = np.arange(len(rows)) < n_news

    cv = choose(rows, fired, gold, duplicate_groups(words_of), scored)
    l2, threshold = cv["l2"], cv["threshold"]
    rules_cv = prf(fired[scored] > 0, gold[scored])
    print(f"cross-validation on the {n_news} real-news training items (trained with {len(others)} others): "
          f"rules+model F1 {cv['f1']} (fold splits {cv['f1_range']}, fresh splits {cv['fresh_split_f1']}) "
          f"at l2={l2}, t={threshold}; rules alone {rules_cv}; all {len(rows)} items {cv['all_items_f1']}")

    curve = []
    drawn = random.Random(13).sample(range(n_news), n_news)  # a share mixes every label file, not the first one
    for share in (0.25, 0.5, 0.75, 1.0):
        keep = drawn[: int(n_news * share)] + list(range(n_news, len(rows)))
        weights = fit([rows[i] for i in keep], gold[keep], l2=l2)
        combined = prf(decide(test_fired, probabilities(weights, test_rows), threshold), test_gold)
        curve.append({"real_news_train_items": int(n_news * share), "test": combined})
        print(f"learning curve: {int(n_news * share):4d} real-news + {len(others)} other items -> test {combined}")
    print(f"test, rules alone: {prf(test_fired > 0, test_gold)}")

    model = IncidentModel(fit(rows, gold, l2=l2), threshold)
    if args.write:
        meta = {"trained_on": {"real_news_train": n_news, "other_items": len(others),
                               "files": [f"{p.relative_to(ROOT)} (train split)" for p in label_files()]
                               + [str(p.relative_to(ROOT)) for p in OURS] + [Path(e).name for e in args.extra]},
                "l2": l2, "cv_f1": cv["f1"], "cv": cv, "cv_rules_alone": rules_cv, "learning_curve": curve,
                "test_rules_alone": prf(test_fired > 0, test_gold)}
        model.save(MODEL_DIR, meta)
        print(f"wrote {MODEL_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
