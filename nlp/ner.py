"""Arabic named-entity tagging (PERS, LOC, ORG, MISC; BIO) with CRFs we train ourselves.

No pretrained Arabic NER or embeddings can be loaded offline, so the model is two linear-chain CRFs
(CRFsuite via python-crfsuite, MIT/BSD) over hand features (nlp/ner_features.py), trained by
scripts/train_ner.py on the ANERcorp CAMeL-split train file: the second pass also sees how the first
labelled the same word in neighbouring sentences. On that data it beat the spaCy CNN tagger we
trained before (see nlp/models/README.md) at a third of its size.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp.ner_clusters import Clusters, read_clusters
from nlp.ner_features import Gazetteer, context_features, read_gazetteer_file, sentence_features, word_zipf

MODEL_DIR = Path(__file__).resolve().parent / "models" / "ner-ar"
MODEL_FILE = "model.crfsuite"
FIRST_PASS_FILE = "first_pass.crfsuite"
PLACES_ACTORS_FILE = "places_actors.tsv"
MEMORY_FILE = "memory.tsv"
CLUSTERS_FILE = "clusters.tsv"
LABELS = ("PERS", "LOC", "ORG", "MISC")
_LABEL_ALIASES = {"PER": "PERS", "MIS": "MISC", "MIS0": "MISC", "MIS1": "MISC", "MIS2": "MISC", "MIS3": "MISC",
                  "MISS1": "MISC"}
_SNIFF_BYTES = 65536


def clean_label(label: str) -> str:
    """Map a corpus label onto B/I-{PERS,LOC,ORG,MISC} or O (AQMAR names, stray tags)."""
    if "-" not in label:
        return "O"
    prefix, _, kind = label.partition("-")
    kind = kind.replace("-", "").replace("`", "").strip()
    kind = _LABEL_ALIASES.get(kind, kind)
    if prefix not in ("B", "I") or kind not in LABELS:
        return "O"
    return f"{prefix}-{kind}"


def repair_bio(labels: Sequence[str]) -> list[str]:
    """An I- tag that does not continue an entity of its type starts one (I after O -> B)."""
    fixed: list[str] = []
    for label in labels:
        if label.startswith("I-") and (not fixed or fixed[-1] == "O" or fixed[-1][2:] != label[2:]):
            label = "B-" + label[2:]
        fixed.append(label)
    return fixed


def read_conll(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    """Sentences of rows (token, other columns...) from CoNLL text; blank lines end sentences.

    Undecodable input (a binary file opened as UTF-8 text) is a UserError, not a traceback.
    """
    from rasad.errors import UserError

    try:
        yield from _sentences(lines)
    except UnicodeDecodeError as error:
        raise UserError(f"CoNLL input is not UTF-8 text (byte {error.start})") from None


def _sentences(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    sentence: list[list[str]] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if sentence:
                yield sentence
                sentence = []
            continue
        columns = line.split("\t") if "\t" in line else line.split()
        sentence.append(columns)
    if sentence:
        yield sentence


@dataclass(frozen=True)
class NerModel:
    """A trained CRF plus the gazetteers its features were trained with (order matters).

    With a first pass (``first_pass.crfsuite``), tagging is two-pass: the first CRF labels every
    sentence, and the second sees how the same stem was labelled in the neighbouring sentences.
    """

    path: Path
    gazetteers: tuple[Gazetteer, ...]
    meta: dict[str, Any]
    first_pass_gazetteers: tuple[Gazetteer, ...] = ()
    clusters: Clusters | None = None

    @property
    def context_window(self) -> int:
        return int(self.meta.get("context_window", 0))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    @property
    def zipf(self) -> dict[str, float] | None:
        """The word-frequency table, if the model was trained with frequency features."""
        return word_zipf() if self.meta.get("word_frequencies") else None

    @property
    def cues(self) -> bool:
        """Whether the model was trained with the entity-cue marks (nlp.ner_features.ENTITY_CUES)."""
        return bool(self.meta.get("entity_cues"))

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Labels for each sentence; neighbouring sentences (file order) inform the second pass."""
        context: list[list[dict[str, float | str]]] | None = None
        zipf = self.zipf
        if self.context_window:
            first = _run_crf(self.path / FIRST_PASS_FILE, sentences, self.first_pass_gazetteers, zipf, self.clusters,
                             cues=self.cues)
            context = context_features(sentences, first, self.context_window)
        return _run_crf(self.path / MODEL_FILE, sentences, self.gazetteers, zipf, self.clusters, context, self.cues)


def _run_crf(model_file: Path, sentences: Sequence[Sequence[str]], gazetteers: Sequence[Gazetteer],
             zipf: dict[str, float] | None = None, clusters: Clusters | None = None,
             context: Sequence[Sequence[dict[str, float | str]]] | None = None,
             cues: bool = False) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    try:
        out: list[list[str]] = []
        for index, tokens in enumerate(sentences):
            if not tokens:
                out.append([])
                continue
            features = sentence_features(tokens, gazetteers, zipf, clusters, cues)
            if context is not None:
                for token_features, extra in zip(features, context[index], strict=True):
                    token_features.update(extra)
            out.append(repair_bio(tagger.tag(features)))
        return out
    finally:
        tagger.close()


def gazetteers_for(names: Sequence[str], model_path: Path) -> tuple[Gazetteer, ...]:
    """The gazetteer files a model was trained with, in feature order (listed in its meta.json)."""
    from rasad.errors import NotConfigured

    missing = [name for name in names if not (model_path / name).is_file()]
    if missing:
        raise NotConfigured(f"NER model at {model_path} lacks gazetteer file(s): {', '.join(missing)}")
    return tuple(read_gazetteer_file(model_path / name) for name in names)


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> NerModel:
    """The shipped model (nlp/models/ner-ar) or one built elsewhere by scripts/train_ner.py --out."""
    from rasad.errors import NotConfigured

    model_path = Path(path) if path else MODEL_DIR
    if not (model_path / MODEL_FILE).is_file() or not (model_path / "meta.json").is_file():
        raise NotConfigured(f"no NER model at {model_path}: build it with `.venv/bin/python scripts/train_ner.py`")
    meta = json.loads((model_path / "meta.json").read_text(encoding="utf-8"))
    first_pass = gazetteers_for(meta.get("first_pass_gazetteers", []), model_path)
    if meta.get("context_window") and not (model_path / FIRST_PASS_FILE).is_file():
        raise NotConfigured(f"NER model at {model_path} lacks {FIRST_PASS_FILE}: rebuild it")
    clusters = None
    if meta.get("clusters"):
        if not (model_path / CLUSTERS_FILE).is_file():
            raise NotConfigured(f"NER model at {model_path} lacks {CLUSTERS_FILE}: rebuild it")
        clusters = read_clusters(model_path / CLUSTERS_FILE)
    return NerModel(model_path, gazetteers_for(meta.get("gazetteers", []), model_path), meta, first_pass, clusters)


def tag(sentences: Sequence[Sequence[str]], model_path: str | None = None) -> list[list[str]]:
    """BIO labels (PERS, LOC, ORG, MISC) for each token of each sentence."""
    return load_model(model_path).tag_many(sentences)


# The longest training sentence has 530 tokens; a far longer "sentence" is a file without blank
# lines, whose features would be held in memory all at once (about 13 kB a token). It is tagged in
# pieces of this many tokens and written back as the one sentence it was.
MAX_SENTENCE_TOKENS = 1000


def tag_long(sentences: Sequence[Sequence[str]], model_path: str | None = None) -> list[list[str]]:
    """Like ``tag``, with sentences over MAX_SENTENCE_TOKENS tagged in pieces (memory stays bounded)."""
    pieces: list[Sequence[str]] = []
    owners: list[int] = []
    for index, tokens in enumerate(sentences):
        for start in range(0, max(len(tokens), 1), MAX_SENTENCE_TOKENS):
            pieces.append(tokens[start:start + MAX_SENTENCE_TOKENS])
            owners.append(index)
    joined: list[list[str]] = [[] for _ in sentences]
    for owner, labels in zip(owners, tag(pieces, model_path), strict=True):
        joined[owner].extend(labels)
    return [repair_bio(labels) for labels in joined]


def _read_conll_text(source: Path) -> str:
    """The file as text, or a UserError for what is plainly not a CoNLL file (missing, empty, binary)."""
    from rasad.errors import UserError

    if not source.is_file():
        raise UserError(f"input file not found: {source}")
    data = source.read_bytes()
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise UserError(f"input is not a text CoNLL file (binary data): {source}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(f"input is not UTF-8 text (byte {error.start}): {source}") from None
    if not text.strip():
        raise UserError(f"input has no tokens: {source}")
    sample = text[:_SNIFF_BYTES]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f")
    if controls > len(sample) // 100:
        raise UserError(f"input is not a text CoNLL file (control characters): {source}")
    return text


def tag_conll_file(source: Path, target: Path, model: str | None = None) -> tuple[int, int]:
    """Tag a CoNLL file: writes token<TAB>label, one blank line after each sentence. Returns counts."""
    from rasad.output_file import check_output

    text = _read_conll_text(source)
    check_output(source, target)
    sentences = [[row[0] for row in rows] for rows in read_conll(text.splitlines())]
    labels = tag_long(sentences, model)
    with target.open("w", encoding="utf-8") as out:
        for tokens, predicted in zip(sentences, labels, strict=True):
            for token, label in zip(tokens, predicted, strict=True):
                out.write(f"{token}\t{label}\n")
            out.write("\n")
    return len(sentences), sum(len(s) for s in sentences)
