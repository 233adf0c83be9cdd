"""Experiment (issue 13 item 5): a spaCy CNN NER (tok2vec + transition-based ner), with and without floret
vectors we train ourselves, against and combined with the shipped CRF, on the CRF's selection slice.

Why a script and not a model: the CRF plateaued at ~0.77 on the selection slice, so another model type was
tried; the figures are in nlp/models/README.md ("spaCy CNN and floret vectors"), kept so nobody repeats it.

    # 1. unlabelled text for the vectors, one sentence a line, tokens normalised like the model's
    .venv/bin/python scripts/ner_spacy_experiment.py corpus OUT.txt --aqmar-dir AQMAR_DIR --text-dir ARWIKI_DIR \
        --text-dir AFND_DATASET_DIR --text-dir ASND_DIR
    # 2. floret vectors (needs `pip install floret` in a separate venv; not a runtime dependency)
    VENV/bin/python scripts/ner_spacy_experiment.py vectors OUT.txt VEC_PREFIX --dim 100 --bucket 50000
    # 3. train on the first 80 % (+ EXTRA.conll), score the selection slice every epoch
    .venv/bin/python scripts/ner_spacy_experiment.py train --extra-conll EXTRA.conll [--vectors VEC_PREFIX.floret] \
        --out DIR
    # 4. combine with a CRF trained by `scripts/train_ner.py --select` (union of spans, spaCy fills CRF gaps)
    .venv/bin/python scripts/ner_spacy_experiment.py combine DIR CRF_DIR
    # 5. stacking: jackknifed network labels on the training sentences (into DIR), then the shipped CRF settings
    #    with them as features, scored on the selection slice (CRF_DIR's places_actors.tsv keeps the snapshot)
    .venv/bin/python scripts/ner_spacy_experiment.py jackknife --extra-conll EXTRA.conll [--vectors V] --out DIR \
        --epochs 8 --folds 3
    .venv/bin/python scripts/ner_spacy_experiment.py stack DIR --extra-conll EXTRA.conll --out STACK_DIR \
        --aqmar-dir AQMAR_DIR --text-dir ARWIKI_DIR --places-actors CRF_DIR/places_actors.tsv

The held-back slice (last 10 % of the train file) is never read here: not as training data, not in the vector
text, not for scoring (split by scripts/train_ner.py's split_by_order).
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

from nlp.ner_eval import conll_scores, load_labelled_conll, spans, split_by_order

TRAIN_FILE = ROOT / "tests" / "data" / "ner" / "anercorp-camel-train.conll"
Sentence = tuple[list[str], list[str]]


def selection_split() -> tuple[list[Sentence], list[Sentence]]:
    """The CRF's training part (first 80 %) and selection slice (80-90 %); the held-back slice is dropped."""
    train_part, selection, _held_back = split_by_order(load_labelled_conll(TRAIN_FILE))
    return train_part, selection


def words_of(tokens: list[str]) -> list[str]:
    """The words the network sees: normalised like the CRF's tokens (and the vector text)."""
    from nlp.ner_features import normalise_token

    return [normalise_token(t) for t in tokens]


def write_corpus(out: Path, aqmar_dir: Path, text_dirs: list[Path]) -> int:
    """Vector text: the run's training sentences and the cluster text of scripts/train_ner.py, normalised."""
    from scripts.train_ner import ClusterText, unlabelled_sentences

    train_part, _ = selection_split()
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for tokens in unlabelled_sentences(train_part, ClusterText(aqmar_dir, text_dirs)):
            if tokens:
                handle.write(" ".join(words_of(list(tokens))) + "\n")
                count += 1
    return count


def train_vectors(corpus: Path, prefix: Path, dim: int, bucket: int, epochs: int, threads: int) -> None:
    """floret skipgram vectors (mode floret, 2 hashes): subword buckets only, so the file stays small."""
    import floret

    model = floret.train_unsupervised(str(corpus), model="skipgram", mode="floret", hashCount=2, bucket=bucket,
                                      minn=3, maxn=5, dim=dim, epoch=epochs, thread=threads, minCount=3)
    model.save_floret_vectors(f"{prefix}.floret")


def new_pipeline(vectors: Path | None, width: int, embed_size: int):
    import spacy

    nlp = spacy.blank("ar")
    if vectors is not None:
        from spacy.training.initialize import convert_vectors

        convert_vectors(nlp, vectors, truncate=0, prune=-1, mode="floret")
    tok2vec = {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": vectors is not None, "width": width,
               "depth": 4, "embed_size": embed_size, "window_size": 1, "maxout_pieces": 3, "subword_features": True}
    nlp.add_pipe("ner", config={"model": {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
                                          "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2,
                                          "use_upper": True, "nO": None, "tok2vec": tok2vec}})
    return nlp


def examples_of(nlp, sentences: list[Sentence]) -> list:
    from spacy.tokens import Doc
    from spacy.training import Example

    out = []
    for tokens, labels in sentences:
        words = words_of(tokens)
        out.append(Example(Doc(nlp.vocab, words=words), Doc(nlp.vocab, words=words, ents=labels)))
    return out


def predict(nlp, sentences: list[list[str]]) -> list[list[str]]:
    """BIO labels per sentence (tokens kept as given)."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=words_of(tokens)) for tokens in sentences)
    return [[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
            for doc in nlp.pipe(docs, batch_size=256)]


def fit_spacy(sentences: list[Sentence], vectors: Path | None, settings: dict, epochs: int, on_epoch=None):
    """A spaCy NER fitted for ``epochs`` passes; ``on_epoch(nlp, epoch, loss)`` runs after each."""
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(settings["seed"])
    nlp = new_pipeline(vectors, settings["width"], settings["embed_size"])
    examples = examples_of(nlp, sentences)
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(settings["seed"])
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=settings["dropout"], losses=losses)
        if on_epoch is not None:
            on_epoch(nlp, epoch, losses["ner"])
    return nlp


def training_sentences(extra: list[Path]) -> list[Sentence]:
    """The CRF's selection-run training data: first 80 % of ANERcorp train, then the extra sentences."""
    train_part, _ = selection_split()
    for path in extra:
        train_part = train_part + load_labelled_conll(path)
    return train_part


def train(extra: list[Path], vectors: Path | None, out: Path, epochs: int, settings: dict) -> dict:
    """Fit on the first 80 % (+ extra sentences), score the selection slice after each epoch, keep the best."""
    _, selection = selection_split()
    gold = [labels for _, labels in selection]
    history: list[dict] = []
    started = [time.time()]

    def score(nlp, epoch: int, loss: float) -> None:
        predicted = predict(nlp, [tokens for tokens, _ in selection])
        scores = conll_scores(gold, predicted)
        history.append({"epoch": epoch, "seconds": round(time.time() - started[0]), "loss": round(loss),
                        "micro": scores["micro"], "f1": {k: v["f1"] for k, v in scores["per_label"].items()}})
        print(json.dumps(history[-1]), flush=True)
        started[0] = time.time()
        if scores["micro"]["f1"] > max((h["micro"]["f1"] for h in history[:-1]), default=-1.0):
            nlp.to_disk(out / "model")
            (out / "selection.json").write_text(json.dumps(predicted), encoding="utf-8")

    fit_spacy(training_sentences(extra), vectors, settings, epochs, score)
    best = max(history, key=lambda h: h["micro"]["f1"])
    result = {"vectors": str(vectors) if vectors else None, "extra": [p.name for p in extra], **settings,
              "history": history, "best": best}
    (out / "run.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def jackknife(extra: list[Path], vectors: Path | None, out: Path, epochs: int, settings: dict, folds: int) -> None:
    """spaCy labels of every training sentence from a model that did not see it (``folds`` folds), for
    stacking: the CRF then learns how far the network's labels can be trusted on unseen text."""
    sentences = training_sentences(extra)
    size = -(-len(sentences) // folds)
    labels: list[list[str]] = []
    for k in range(folds):
        held = range(k * size, min((k + 1) * size, len(sentences)))
        rest = sentences[:held.start] + sentences[held.stop:]
        nlp = fit_spacy(rest, vectors, settings, epochs)
        labels.extend(predict(nlp, [sentences[i][0] for i in held]))
        print(f"fold {k + 1}/{folds} done", flush=True)
    (out / "jackknife.json").write_text(json.dumps(labels), encoding="utf-8")


def union(first: list[str], second: list[str]) -> list[str]:
    """``first``'s spans plus each ``second`` span that overlaps none of them (the CRF misses more than it
    mislabels: recall is its weak side)."""
    labels = list(first)
    taken = {i for start, end, _ in spans(first) for i in range(start, end)}
    for start, end, kind in sorted(spans(second)):
        if not taken & set(range(start, end)):
            labels[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
    return labels


def combine(spacy_dir: Path, crf_dir: Path) -> dict:
    """Scores on the selection slice: CRF, spaCy, and their union both ways."""
    from nlp.ner import load_model

    _, selection = selection_split()
    gold = [labels for _, labels in selection]
    crf = load_model(str(crf_dir)).tag_many([tokens for tokens, _ in selection])
    net = json.loads((spacy_dir / "selection.json").read_text(encoding="utf-8"))
    runs = {"crf": crf, "spacy": net, "crf+spacy": [union(c, s) for c, s in zip(crf, net, strict=True)],
            "spacy+crf": [union(s, c) for c, s in zip(crf, net, strict=True)]}
    return {name: {"micro": (s := conll_scores(gold, p))["micro"], "f1": {k: v["f1"] for k, v in s["per_label"].items()}}
            for name, p in runs.items()}


def with_network_labels(features_of, labels_by_sentence: dict[tuple[str, ...], list[str]]):
    """``nlp.ner_features.sentence_features`` plus the network's label of the token and its neighbours
    (stacking: the CRF weighs them against its own evidence)."""

    def features(tokens, *args, **kwargs):
        rows = features_of(tokens, *args, **kwargs)
        labels = labels_by_sentence.get(tuple(tokens), ["O"] * len(tokens))
        for i, row in enumerate(rows):
            row["nn"] = labels[i]
            row["nn-1"] = labels[i - 1] if i else "BOS"
            row["nn+1"] = labels[i + 1] if i + 1 < len(labels) else "EOS"
        return rows

    return features


def stack(spacy_dir: Path, extra: list[Path], out: Path, aqmar_dir: Path, text_dirs: list[Path],
          places_actors: Path) -> dict:
    """The shipped CRF settings with the network's labels as features: jackknifed labels on the training
    sentences (``jackknife`` command), the full network's labels on the selection slice (``train`` command).
    ``places_actors``: the gazetteer snapshot of the CRF it is compared with (other edits must not move it)."""
    import scripts.train_ner as crf
    from nlp import ner

    sentences = training_sentences(extra)
    _, selection = selection_split()
    jack = json.loads((spacy_dir / "jackknife.json").read_text(encoding="utf-8"))
    net = json.loads((spacy_dir / "selection.json").read_text(encoding="utf-8"))
    labels = {tuple(t): y for (t, _), y in zip(sentences, jack, strict=True)}
    labels.update({tuple(t): y for (t, _), y in zip(selection, net, strict=True)})
    crf.sentence_features = ner.sentence_features = with_network_labels(ner.sentence_features, labels)
    snapshot = [tuple(line.rsplit("\t", 1)) for line in places_actors.read_text(encoding="utf-8").splitlines()]
    crf.shipped_entries = lambda: snapshot
    crf.train(sentences, out, crf.CRF_PARAMS, crf.CONTEXT_WINDOW, 2,
              clusters=crf.ClusterText(aqmar_dir, text_dirs, 1.0, 100000, 1000, 2))
    names, first = crf.gazetteer_files(True)
    (out / "meta.json").write_text(json.dumps({"model": "stacked", "gazetteers": names, "context_window":
                                               crf.CONTEXT_WINDOW, "first_pass_gazetteers": first,
                                               "word_frequencies": crf.WORDFREQ_SOURCE, "clusters": ["stack"]}))
    scores = conll_scores([y for _, y in selection], ner.load_model(str(out)).tag_many([t for t, _ in selection]))
    (out / "scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    corpus = commands.add_parser("corpus")
    corpus.add_argument("out", type=Path)
    corpus.add_argument("--aqmar-dir", type=Path, required=True)
    corpus.add_argument("--text-dir", type=Path, action="append", default=[])
    vectors = commands.add_parser("vectors")
    vectors.add_argument("corpus", type=Path)
    vectors.add_argument("prefix", type=Path)
    vectors.add_argument("--dim", type=int, default=100)
    vectors.add_argument("--bucket", type=int, default=50000)
    vectors.add_argument("--epochs", type=int, default=5)
    vectors.add_argument("--threads", type=int, default=2)
    for name in ("train", "jackknife"):
        fit = commands.add_parser(name)
        fit.add_argument("--extra-conll", type=Path, action="append", default=[])
        fit.add_argument("--vectors", type=Path, help="a .floret file (from the vectors command)")
        fit.add_argument("--out", type=Path, required=True)
        fit.add_argument("--epochs", type=int, default=15)
        fit.add_argument("--width", type=int, default=96)
        fit.add_argument("--embed-size", type=int, default=2000)
        fit.add_argument("--dropout", type=float, default=0.2)
        fit.add_argument("--seed", type=int, default=0)
        fit.add_argument("--folds", type=int, default=3, help="jackknife folds (jackknife only)")
    both = commands.add_parser("combine")
    both.add_argument("spacy_dir", type=Path)
    both.add_argument("crf_dir", type=Path)
    stacked = commands.add_parser("stack")
    stacked.add_argument("spacy_dir", type=Path)
    stacked.add_argument("--extra-conll", type=Path, action="append", default=[])
    stacked.add_argument("--out", type=Path, required=True)
    stacked.add_argument("--aqmar-dir", type=Path, required=True)
    stacked.add_argument("--text-dir", type=Path, action="append", default=[])
    stacked.add_argument("--places-actors", type=Path, required=True, help="places_actors.tsv of the CRF compared with")
    args = parser.parse_args()
    settings = {k: getattr(args, k, None) for k in ("width", "embed_size", "dropout", "seed")}
    if args.command == "corpus":
        print(write_corpus(args.out, args.aqmar_dir, args.text_dir), "sentences")
    elif args.command == "vectors":
        train_vectors(args.corpus, args.prefix, args.dim, args.bucket, args.epochs, args.threads)
    elif args.command == "train":
        args.out.mkdir(parents=True, exist_ok=True)
        print(json.dumps({"best": train(args.extra_conll, args.vectors, args.out, args.epochs, settings)["best"]}))
    elif args.command == "jackknife":
        args.out.mkdir(parents=True, exist_ok=True)
        jackknife(args.extra_conll, args.vectors, args.out, args.epochs, settings, args.folds)
    elif args.command == "stack":
        args.out.mkdir(parents=True, exist_ok=True)
        print(json.dumps(stack(args.spacy_dir, args.extra_conll, args.out, args.aqmar_dir, args.text_dir,
                               args.places_actors)["micro"]))
    else:
        print(json.dumps(combine(args.spacy_dir, args.crf_dir), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
