"""Train the Arabic NER model shipped in nlp/models/ner-ar (reproducible: fixed seed, fixed split).

    .venv/bin/python scripts/train_ner.py                      # train, keep the best epoch, report
    .venv/bin/python scripts/train_ner.py --aqmar              # also train on AQMAR (Wikipedia)

Data: only ../shared/data/ner/anercorp-camel-train.conll (its test part is held out and never
read here). The file is split by sentence order: first 80 % train, next 10 % dev (early
stopping), last 10 % held back for the reported score. After choosing the epoch count on dev,
the model is NOT retrained on the held-back slice, so the reported figure stays honest.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.ner import MODEL_DIR, clean_label, make_doc, read_conll, repair_bio  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner"
TRAIN_FILE = DATA / "anercorp-camel-train.conll"

MODEL_CONFIG = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": 128,
                "attrs": ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"],
                "rows": [6000, 6000, 1000, 3000, 200],
                "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": 128,
                "depth": 4,
                "window_size": 1,
                "maxout_pieces": 3,
            },
        },
    }
}


def load_sentences(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences = []
    with path.open(encoding="utf-8") as handle:
        for rows in read_conll(handle):
            tokens = [row[0] for row in rows]
            labels = repair_bio([clean_label(row[-1]) if len(row) > 1 else "O" for row in rows])
            sentences.append((tokens, labels))
    return sentences


def split(sentences: list) -> tuple[list, list, list]:
    n = len(sentences)
    a, b = int(n * 0.8), int(n * 0.9)
    return sentences[:a], sentences[a:b], sentences[b:]


def examples(nlp, sentences):  # type: ignore[no-untyped-def]
    from spacy.training import Example, biluo_to_iob, iob_to_biluo  # noqa: F401
    from spacy.training.iob_utils import biluo_tags_to_spans

    out = []
    for tokens, labels in sentences:
        predicted = make_doc(nlp, tokens)
        reference = make_doc(nlp, tokens)
        reference.ents = biluo_tags_to_spans(reference, iob_to_biluo(labels))
        out.append(Example(predicted, reference))
    return out


def score(nlp, sentences) -> dict:  # type: ignore[no-untyped-def]
    from nlp.ner_eval import conll_scores

    gold = [labels for _, labels in sentences]
    docs = nlp.pipe((make_doc(nlp, tokens) for tokens, _ in sentences), batch_size=64)
    predicted = [
        repair_bio([f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]) for doc in docs
    ]
    return conll_scores(gold, predicted)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--patience", type=int, default=5)
    parser.add_argument("--aqmar", action="store_true", help="add the AQMAR Wikipedia articles to training")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(args.seed)
    random.seed(args.seed)
    train, dev, held_back = split(load_sentences(TRAIN_FILE))
    if args.aqmar:
        for path in sorted((DATA / "aqmar").glob("*.conll")):
            train += load_sentences(path)
    print(f"sentences: train {len(train)}, dev {len(dev)}, held back {len(held_back)}", flush=True)

    nlp = spacy.blank("ar")
    ner = nlp.add_pipe("ner", config=MODEL_CONFIG)
    for kind in ("PERS", "LOC", "ORG", "MISC"):
        ner.add_label(kind)
    train_examples = examples(nlp, train)
    optimizer = nlp.initialize(lambda: train_examples)
    best, best_epoch, stale = -1.0, 0, 0
    for epoch in range(1, args.epochs + 1):
        started = time.time()
        random.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=0.25, sgd=optimizer, losses=losses)
        with nlp.select_pipes(enable=["ner"]):
            dev_f1 = score(nlp, dev)["micro"]["f1"]
        print(f"epoch {epoch:2d}  loss {losses.get('ner', 0):9.1f}  dev F1 {dev_f1:.4f}  "
              f"({time.time() - started:.0f}s)", flush=True)
        if dev_f1 > best:
            best, best_epoch, stale = dev_f1, epoch, 0
            nlp.to_disk(args.out)
        else:
            stale += 1
            if stale >= args.patience:
                break
    best_nlp = spacy.load(args.out)
    held = score(best_nlp, held_back)
    report = {"best_epoch": best_epoch, "dev_f1": round(best, 4), "held_back": held,
              "train_sentences": len(train), "aqmar": args.aqmar, "seed": args.seed}
    (args.out / "training_report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
