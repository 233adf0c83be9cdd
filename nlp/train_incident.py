"""Train the document incident model (nlp.classifier) and print its learning curve.

    nice -n 10 .venv/bin/python -m nlp.train_incident --asnd ASND_DIR --ans ANS_STANCE_DIR --afnd AFND_DATASET_DIR [--extra FILE.jsonl ...] [--write]

Training data, found without being named: the train split of every label file in
nlp/data/incidents/ (real news: our ASND, ANS and AFND labels, joined to the texts of those releases by
nlp.asnd, nlp.ans and nlp.afnd, and any other file whose rows carry their text), our written examples and the
ANT dev set, plus any --extra labelled JSONL. L2 and the threshold are chosen by 3 x 5-fold cross-validation scored on the
real-news items only (the written and ANT items are easier and would flatter the score: docs/labelling.md),
with near-duplicate posts kept in one fold. The same folds are also scored without the rule that drops
fighters-only casualties (nlp.annotate.without_fighters_only_casualties) and on the Libyan items alone, so a
re-run after rule changes shows whether that rule still pays. The test split is scored only with --write,
once the choices are made, for the report (learning curve, rules alone), never for a choice: trial runs
without --write never score it.
A document is an incident when the rules find a candidate AND the model's probability reaches the
threshold (the rules give type, evidence and counts; the model vetoes false readings).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nlp import afnd, ans, asnd
from nlp.annotate import annotate_rules, sure_civilian_harm, without_fighters_only_casualties
from nlp.classifier import MODEL_DIR, IncidentModel, RuleView, feature_ids, feature_names, fit
from rasad.errors import UserError
from rasad.records import Annotation

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parent.parent
LABEL_DIR = DATA / "incidents"
EVAL = DATA / "eval"
SPENT_HOLDOUT = EVAL / "rasad_written_holdout.jsonl"  # the first hold-out, tuned on long ago


def written_examples(folder: Path = EVAL) -> list[Path]:
    """Our written sets the rules were tuned on: every ``rasad_written*.jsonl`` but the blind hold-outs.

    Why all of them: they are articles in the style the project is judged on (Jawhara FM, Libyan outlets,
    English news), which the real-news training items (mostly posts) under-represent; adding them left the
    real-news cross-validation at 0.773 against 0.766 without them (docs/labelling.md)."""
    tuned = [p for p in sorted(folder.glob("rasad_written*.jsonl")) if "holdout" not in p.name]
    return tuned + [p for p in (folder / SPENT_HOLDOUT.name,) if p.exists()]


OURS = written_examples() + [ROOT / "tests" / "data" / "incidents" / "dev.jsonl"]  # + the ANT dev set
L2_GRID = (3e-4, 1e-3, 3e-3, 1e-2)  # 3e-3 is chosen on the Dec 2026 labels: not at the grid's edge
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
JOINED = {"asnd_labels.jsonl": ("--asnd", asnd.labelled_items), "ans_labels.jsonl": ("--ans", ans.labelled_items),
          "afnd_labels.jsonl": ("--afnd", afnd.labelled_items)}


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


@dataclass(frozen=True)
class Featurised:
    """Items as the model and the decision see them, in item order."""

    rows: list[np.ndarray]  # feature ids per item
    fired: np.ndarray  # the rules' verdict as nlp.annotate.decide takes it: 0 none, 1 the model may veto, 2 it may not
    fired_ungated: np.ndarray  # the same without the fighters-only rule (reported, never shipped)
    gold: np.ndarray
    libyan: np.ndarray  # labelled in_libya
    words_of: list[frozenset[str]]


def rule_verdict(annotation: Annotation, view: RuleView) -> int:
    """0: the rules find no incident; 1: one the model may veto; 2: sure civilian harm, never vetoed."""
    if not annotation.is_incident:
        return 0
    return 2 if sure_civilian_harm(annotation, view) else 1


def featurise(items: list[dict]) -> Featurised:
    rows, fired, ungated, words_of = [], [], [], []
    for item in items:
        annotation, words, view = annotate_rules(item["text"], item.get("lang") or "ar",
                                                 item.get("published") or item.get("published_at"))
        rows.append(feature_ids(feature_names(words, view)))
        words_of.append(frozenset(words))
        fired.append(rule_verdict(without_fighters_only_casualties(annotation, view, words), view))  # as decide
        ungated.append(rule_verdict(annotation, view))
    return Featurised(rows, np.array(fired), np.array(ungated), np.array([bool(i["is_incident"]) for i in items]),
                      np.array([bool(i.get("in_libya")) for i in items]), words_of)


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


def out_of_fold(rows: list[np.ndarray], gold: np.ndarray, groups: list[int]) -> dict[float, list[np.ndarray]]:
    """Out-of-fold probabilities per L2, one array per fold split (SEEDS, then FRESH_SEEDS)."""
    return {l2: [cross_validate(rows, gold, groups, l2, seed=seed) for seed in SEEDS + FRESH_SEEDS]
            for l2 in L2_GRID}


def choose(oofs: dict[float, list[np.ndarray]], fired: np.ndarray, gold: np.ndarray, scored: np.ndarray,
           libyan: np.ndarray) -> dict:
    """L2 and threshold with the best mean CV F1 over the ``scored`` items on the SEEDS fold splits, the spread
    of that F1 over them, the same setting re-scored on the fresh fold splits, and on the scored Libyan items
    (16 incidents in Dec 2026: noisy)."""
    best: dict | None = None
    best_f1 = -1.0  # unrounded: against the rounded figure an earlier setting beat by < 0.0005 would be kept
    for l2, per_split in oofs.items():
        chosen_on = per_split[: len(SEEDS)]
        for t in THRESHOLDS:
            f1s = [prf(decide(fired[scored], oof[scored], t), gold[scored])["f1"] for oof in chosen_on]
            if np.mean(f1s) > best_f1:
                best_f1 = float(np.mean(f1s))
                best = {"l2": l2, "threshold": t, "f1": round(float(np.mean(f1s)), 3),
                        "f1_range": [min(f1s), max(f1s)], "all_items_f1": round(float(np.mean(
                            [prf(decide(fired, oof, t), gold)["f1"] for oof in chosen_on])), 3)}
    assert best is not None
    fresh = [prf(decide(fired[scored], oof[scored], best["threshold"]), gold[scored])["f1"]
             for oof in oofs[best["l2"]][len(SEEDS):]]
    libya = scored & libyan
    on_libyan = [prf(decide(fired[libya], oof[libya], best["threshold"]), gold[libya])
                 for oof in oofs[best["l2"]][: len(SEEDS)]]
    mean_libyan = {key: round(float(np.mean([m[key] for m in on_libyan])), 3) for key in on_libyan[0]}
    return best | {"fresh_split_f1": fresh, "libyan_items": int(libya.sum()),
                   "libyan_incidents": int((gold & libya).sum()), "libyan": mean_libyan}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asnd", type=Path, metavar="ASND_DIR",
                        help="folder with the ASND CSVs sm_news_ar_{trn,dev,tst}.csv")
    parser.add_argument("--ans", type=Path, metavar="ANS_STANCE_DIR",
                        help="the data/stance folder of the ANS release ({train,dev,test}.csv)")
    parser.add_argument("--afnd", type=Path, metavar="AFND_DATASET_DIR",
                        help="the Dataset folder of the AFND release (source_N/scraped_articles.json)")
    parser.add_argument("--extra", action="append", default=[], help="more labelled JSONL to train on")
    parser.add_argument("--write", action="store_true", help=f"write the model to {MODEL_DIR}")
    args = parser.parse_args()
    releases = {"--asnd": args.asnd, "--ans": args.ans, "--afnd": args.afnd}
    try:
        news = real_news(releases, "train")
        test_items = real_news(releases, "test")
    except UserError as exc:
        print(f"nlp.train_incident: error: {exc}", file=sys.stderr)
        return 2
    others = [i for p in OURS + [Path(e) for e in args.extra] for i in load(p)]
    data = featurise(news + others)
    n_news = len(news)
    scored = np.arange(len(data.rows)) < n_news
    libya = scored & data.libyan

    oofs = out_of_fold(data.rows, data.gold, duplicate_groups(data.words_of))
    cv = choose(oofs, data.fired, data.gold, scored, data.libyan)
    ungated = choose(oofs, data.fired_ungated, data.gold, scored, data.libyan)
    l2, threshold = cv["l2"], cv["threshold"]
    rules_cv = prf(data.fired[scored] > 0, data.gold[scored])
    rules_ungated = prf(data.fired_ungated[scored] > 0, data.gold[scored])
    print(f"cross-validation on the {n_news} real-news training items (trained with {len(others)} others): "
          f"rules+model F1 {cv['f1']} (fold splits {cv['f1_range']}, fresh splits {cv['fresh_split_f1']}) "
          f"at l2={l2}, t={threshold}; rules alone {rules_cv}; all {len(data.rows)} items {cv['all_items_f1']}")
    print(f"  on its {cv['libyan_items']} Libyan items ({cv['libyan_incidents']} incidents): rules+model {cv['libyan']}, "
          f"rules alone {prf(data.fired[libya] > 0, data.gold[libya])}")
    print(f"  without the fighters-only rule: rules+model F1 {ungated['f1']} (fold splits {ungated['f1_range']}, "
          f"fresh {ungated['fresh_split_f1']}) at l2={ungated['l2']}, t={ungated['threshold']}; rules alone "
          f"{rules_ungated}; Libyan items {ungated['libyan']}")

    if not args.write:
        return 0
    test = featurise(test_items)  # only now: every choice above is made
    curve = []
    drawn = random.Random(13).sample(range(n_news), n_news)  # a share mixes every label file, not the first one
    for share in (0.25, 0.5, 0.75, 1.0):
        keep = drawn[: int(n_news * share)] + list(range(n_news, len(data.rows)))
        weights = fit([data.rows[i] for i in keep], data.gold[keep], l2=l2)
        combined = prf(decide(test.fired, probabilities(weights, test.rows), threshold), test.gold)
        curve.append({"real_news_train_items": int(n_news * share), "test": combined})
        print(f"learning curve: {int(n_news * share):4d} real-news + {len(others)} other items -> test {combined}")
    test_rules = prf(test.fired > 0, test.gold)
    print(f"test, rules alone: {test_rules}")
    meta = {"trained_on": {"real_news_train": n_news, "other_items": len(others),
                           "files": [f"{p.relative_to(ROOT)} (train split)" for p in label_files()]
                           + [str(p.relative_to(ROOT)) for p in OURS] + [Path(e).name for e in args.extra]},
            "l2": l2, "cv_f1": cv["f1"], "cv": cv, "cv_rules_alone": rules_cv,
            "cv_without_fighters_only_rule": ungated | {"rules_alone": rules_ungated},
            "learning_curve": curve, "test_rules_alone": test_rules}
    IncidentModel(fit(data.rows, data.gold, l2=l2), threshold).save(MODEL_DIR, meta)
    print(f"wrote {MODEL_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
