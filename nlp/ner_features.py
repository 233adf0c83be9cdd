"""Hand-written token features for the CRF NER tagger (nlp/ner.py).

Why hand features: no pretrained Arabic embeddings can be loaded here, and on ~100k training tokens a
linear-chain CRF over the normalised word, its clitic-stripped stem, affixes, a +-2 window and
gazetteer membership beats a small neural tagger trained from scratch (measured: see nlp/models/README.md).
Gazetteer membership uses lists saved beside the model when it is trained: a snapshot of our Libyan
places (nlp/data/places.json) and actor registry (nlp/data/actors.yaml), and the model's entity memory
(entity phrases of its training data), and our list of given names and titles
(nlp/data/ner_given_names.txt). A snapshot, so that edits to the data files cannot shift the
inputs of a trained model; retraining picks them up. Two more signals tell rare names from common
words: general-Arabic word frequency (the installed wordfreq package) and word clusters learnt from
unlabelled text (nlp/ner_clusters.py).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from nlp.ner_clusters import Clusters, cluster_features
from nlp.normalize import normalize, strip_clitics
from nlp.word_frequency import zipf_buckets

DATA_DIR = Path(__file__).resolve().parent / "data"
_MAX_GAZ_WORDS = 5
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_PUNCT = re.compile(r"^[^\w]+$")
_CONTEXT_KINDS = ("PERS", "LOC", "ORG", "MISC", "O")

# Head nouns that open or announce an organisation or an event/competition name (نادي الاتحاد, كأس العالم):
# one feature per kind lets evidence from one cue carry to the others and to unseen names after them.
ENTITY_CUES = {
    "ORG": "نادي فريق منتخب اتحاد شركة وكالة حزب منظمة جامعة مجلس وزارة جمعية هيئة بنك مصرف مؤسسة صحيفة "
           "جريدة قناة مجموعة حركة جبهة محكمة معهد مركز لجنة برلمان",
    "MISC": "بطولة كأس دوري مهرجان جائزة مسابقة أولمبياد ألعاب مونديال",
}
_CUE_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")
WORDFREQ_LIST = "large"  # wordfreq's Arabic list (code Apache-2.0/MIT, data CC BY-SA 4.0), installed, not copied
_ARTICLE = "ال"

# A gazetteer: normalised word tuple -> kind ("LOC", "ORG", ...). Several kinds may share a key.
Gazetteer = Mapping[tuple[str, ...], frozenset[str]]


def normalise_token(token: str) -> str:
    """The model's view of a token: normalised by nlp.normalize, inner whitespace removed."""
    word = "".join(normalize(token).split())
    return word or "_"


def shape(word: str) -> str:
    """Coarse script/shape class of a normalised token."""
    if _PUNCT.match(word):
        return "punct"
    if _DIGIT.search(word) and not _ARABIC.search(word) and not _LATIN.search(word):
        return "num"
    if _LATIN.search(word):
        return "latin-cap" if word[:1].isupper() else "latin"
    if _ARABIC.search(word):
        return "ar"
    return "other"


def build_gazetteer(entries: Iterable[tuple[str, str]]) -> dict[tuple[str, ...], frozenset[str]]:
    """Index (name, kind) pairs by normalised word tuple; the first word also by its clitic-free stem."""
    index: dict[tuple[str, ...], set[str]] = {}
    for name, kind in entries:
        words = tuple(normalise_token(w) for w in name.split())
        if not words or len(words) > _MAX_GAZ_WORDS or not any(_ARABIC.search(w) for w in words):
            continue
        index.setdefault(words, set()).add(kind)
    return {key: frozenset(kinds) for key, kinds in index.items()}


def shipped_entries() -> list[tuple[str, str]]:
    """(name, kind) for the place and actor names of our own reviewed data files."""
    import yaml

    entries: list[tuple[str, str]] = []
    places = json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))
    for place in places.get("places", []):
        entries.extend((str(name), "LOC") for name in place.get("names", []))
    actors = yaml.safe_load((DATA_DIR / "actors.yaml").read_text(encoding="utf-8")) or {}
    for actor in actors.get("actors", []):
        entries.extend((str(name), "ORG") for name in actor.get("names", []))
    return entries


def given_name_entries(path: Path = DATA_DIR / "ner_given_names.txt") -> list[tuple[str, str]]:
    """(name, kind) from our list of given names and name cues (GIVEN, TITLE, KIN); '#' lines are comments."""
    entries: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        name, _, kind = line.partition("\t")
        if name.strip() and kind.strip() and not line.startswith("#"):
            entries.append((name.strip(), kind.strip()))
    return entries


def write_gazetteer_file(path: Path, entries: Iterable[tuple[str, str]]) -> None:
    """Save (name, kind) pairs as ``name<TAB>KIND`` lines, once each, in first-seen order."""
    unique = dict.fromkeys((" ".join(name.split()), kind) for name, kind in entries if name.strip())
    path.write_text("".join(f"{name}\t{kind}\n" for name, kind in unique), encoding="utf-8")


def read_gazetteer_file(path: Path) -> dict[tuple[str, ...], frozenset[str]]:
    """A gazetteer saved beside a model by ``write_gazetteer_file``."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        name, _, kind = line.rpartition("\t")
        if name and kind:
            entries.append((name, kind))
    return build_gazetteer(entries)


def gazetteer_marks(words: Sequence[str], gazetteer: Gazetteer) -> list[set[str]]:
    """For each token, marks like 'B-LOC' / 'I-ORG' from the longest gazetteer matches covering it.

    The first word of a match may carry proclitics (وبطرابلس), so its stripped stem is tried too.
    """
    marks: list[set[str]] = [set() for _ in words]
    stems = [strip_clitics(w) for w in words]
    for start in range(len(words)):
        for length in range(min(_MAX_GAZ_WORDS, len(words) - start), 0, -1):
            tail = tuple(words[start + 1:start + length])
            kinds = gazetteer.get((words[start], *tail)) or gazetteer.get((stems[start], *tail))
            if kinds:
                for kind in kinds:
                    marks[start].add(f"B-{kind}")
                    for inside in range(start + 1, start + length):
                        marks[inside].add(f"I-{kind}")
                break
    return marks


@lru_cache(maxsize=1)
def word_zipf() -> dict[str, float]:
    """Normalised form -> Zipf frequency (log10 per billion words) of Arabic web/news text, from wordfreq.

    Why: a token that is rare in general Arabic but capitalised-like in context is usually a name
    (transliterated foreign names are the main misses of a corpus-only model). Several spellings fold
    into one normalised form; the most frequent one counts. Built once per process (~1 s).
    """
    # zipf_buckets, not wordfreq's get_frequency_dict: wordfreq caches that dict for the process (~150 MB more RSS).
    table: dict[str, float] = {}
    for zipf, bucket in zipf_buckets("ar", WORDFREQ_LIST):
        for word in bucket:
            key = normalise_token(word)
            if zipf > table.get(key, 0.0):
                table[key] = zipf
    return table


@lru_cache(maxsize=1)
def _cue_kinds() -> dict[str, str]:
    """Every cue in ENTITY_CUES, bare and after each proclitic/article, normalised: one lookup per token."""
    return {prefix + normalise_token(word): kind for kind, words in ENTITY_CUES.items() for word in words.split()
            for prefix in ("", *_CUE_PREFIXES)}


def cue_kind(word: str) -> str | None:
    """The ENTITY_CUES kind of a normalised token, with or without a proclitic/article (للبطولة -> MISC).

    Matched on the word, not on ``strip_clitics``' stem, which cuts too much of some cues (وكالة -> اله)."""
    return _cue_kinds().get(word)


def frequency_features(word: str, stem: str, zipf: Mapping[str, float]) -> dict[str, float | str]:
    """Bucketed general-Arabic frequency of the token and its stem, and how often the stem takes the
    article: common nouns and adjectives do (كتاب/الكتاب), most personal and foreign names do not."""
    word_z, stem_z = zipf.get(word, 0.0), zipf.get(stem, 0.0)
    f: dict[str, float | str] = {"zf": str(int(word_z)), "zs": str(int(stem_z))}
    if stem_z and not stem.startswith(_ARTICLE):
        gap = zipf.get(_ARTICLE + stem, 0.0) - stem_z
        f["alg"] = str(max(-3, min(2, math.floor(gap))))
    return f


def _word_features(word: str, stem: str, prefix: str) -> dict[str, float | str]:
    return {f"{prefix}w": word, f"{prefix}s": stem, f"{prefix}shape": shape(word)}


def sentence_features(tokens: Sequence[str], gazetteers: Sequence[Gazetteer] = (),
                      zipf: Mapping[str, float] | None = None,
                      clusters: Clusters | None = None, cues: bool = False) -> list[dict[str, float | str]]:
    """CRF feature dicts for one sentence of raw tokens (``zipf``: ``word_zipf()`` for frequency features;
    ``clusters``: word clusters of nlp.ner_clusters; ``cues``: ENTITY_CUES marks of the token and the 2 before)."""
    words = [normalise_token(t) for t in tokens]
    stems = [strip_clitics(w) for w in words]
    kinds = [cue_kind(w) for w in words] if cues else []
    marks = [gazetteer_marks(words, g) for g in gazetteers]
    features: list[dict[str, float | str]] = []
    n = len(words)
    for i, (word, stem) in enumerate(zip(words, stems, strict=True)):
        f: dict[str, float | str] = {"bias": 1.0, **_word_features(word, stem, "")}
        clitics = word[: len(word) - len(stem)] if word.endswith(stem) else ""
        f["clitics"] = clitics or "-"
        f["al"] = word.startswith("ال") or "ال" in clitics
        for k in (1, 2, 3, 4):
            if len(stem) > k:
                f[f"p{k}"] = stem[:k]
                f[f"x{k}"] = stem[-k:]
        f["len"] = min(len(stem), 8)
        if zipf is not None:
            f.update(frequency_features(word, stem, zipf))
        if clusters is not None:
            f.update(cluster_features(stem, clusters))
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                f.update(_word_features(words[j], stems[j], f"{offset}:"))
                if abs(offset) == 1:
                    f[f"{offset}:x2"] = stems[j][-2:]
                    if zipf is not None:
                        f[f"{offset}:zs"] = str(int(zipf.get(stems[j], 0.0)))
                    if clusters is not None:
                        f.update(cluster_features(stems[j], clusters, f"{offset}:"))
            else:
                f[f"{offset}:edge"] = True
        for offset in (-2, -1, 0) if cues else ():
            if i + offset >= 0 and kinds[i + offset]:
                f[f"cue{offset}:{kinds[i + offset]}"] = True
        if i > 0:
            f["-1|0"] = f"{stems[i - 1]}|{stem}"
        if i + 1 < n:
            f["0|+1"] = f"{stem}|{stems[i + 1]}"
        for g, per_token in enumerate(marks):
            for mark in sorted(per_token[i]):
                f[f"gaz{g}:{mark}"] = True
            for offset in (-1, 1):
                j = i + offset
                if 0 <= j < n:
                    for mark in sorted(per_token[j]):
                        f[f"gaz{g}:{offset}:{mark}"] = True
        features.append(f)
    return features


def context_features(sentences: Sequence[Sequence[str]], first_pass: Sequence[Sequence[str]],
                     window: int) -> list[list[dict[str, float | str]]]:
    """Second-pass features: how a first-pass tagger labelled the same stem in the nearby sentences.

    News text repeats a name (أورفان, a club, a minister) across neighbouring sentences; one confident
    mention helps the others. Only other sentences count, so training (on jackknifed first-pass labels)
    and tagging see the same kind of evidence. ``window`` sentences either side; 0 turns it off.
    """
    stems = [[strip_clitics(normalise_token(t)) for t in tokens] for tokens in sentences]
    per_sentence: list[Counter[tuple[str, str]]] = []
    for sentence_stems, labels in zip(stems, first_pass, strict=True):
        per_sentence.append(Counter((stem, label[2:] or "O") for stem, label in zip(sentence_stems, labels,
                                                                                       strict=True)))
    out: list[list[dict[str, float | str]]] = []
    for index, sentence_stems in enumerate(stems):
        nearby: Counter[tuple[str, str]] = Counter()
        for other in range(max(0, index - window), min(len(stems), index + window + 1)):
            if other != index:
                nearby.update(per_sentence[other])
        features: list[dict[str, float | str]] = []
        for stem in sentence_stems:
            kinds = {kind: nearby[(stem, kind)] for kind in _CONTEXT_KINDS if nearby[(stem, kind)]}
            f: dict[str, float | str] = {}
            total = sum(kinds.values())
            if total and len(stem) > 2:
                f[f"ctx:{max(kinds, key=lambda kind: (kinds[kind], kind))}"] = True
                if total - kinds.get("O", 0) >= total / 2:
                    f["ctx:mostly-entity"] = True
            features.append(f)
        out.append(features)
    return out
