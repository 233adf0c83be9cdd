"""Arabic named-entity tagging with a spaCy model we train ourselves (scripts/train_ner.py).

No pretrained Arabic NER can be loaded offline, so the model is trained on the ANERcorp
CAMeL-split train file. Tokens reach the model already normalised by ``nlp.normalize``
(the token text) with the clitic-stripped stem as the token NORM, so the hashed features
see both ``وبطرابلس`` and ``طرابلس`` the same way at training and at tagging time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from nlp.normalize import normalize, strip_clitics

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_DIR = Path(__file__).resolve().parent / "models" / "ner-ar"
LABELS = ("PERS", "LOC", "ORG", "MISC")
_LABEL_ALIASES = {"PER": "PERS", "MIS0": "MISC", "MIS1": "MISC", "MIS2": "MISC", "MIS3": "MISC", "MIS": "MISC"}


def model_words(tokens: Sequence[str]) -> tuple[list[str], list[str]]:
    """Token texts and norms the model sees: normalised form, and its clitic-stripped stem."""
    words, norms = [], []
    for token in tokens:
        word = normalize(token).strip() or token.strip() or "_"
        word = "".join(word.split()) or "_"
        words.append(word)
        norms.append(strip_clitics(word))
    return words, norms


def make_doc(nlp: Language, tokens: Sequence[str]) -> Doc:
    from spacy.tokens import Doc

    words, norms = model_words(tokens)
    doc = Doc(nlp.vocab, words=words)
    for token, norm in zip(doc, norms, strict=True):
        token.norm_ = norm
    return doc


def clean_label(label: str) -> str:
    """Map a corpus label onto B/I-{PERS,LOC,ORG,MISC} or O (AQMAR names, stray tags)."""
    if "-" not in label:
        return "O"
    prefix, _, kind = label.partition("-")
    kind = _LABEL_ALIASES.get(kind.strip("-`"), kind.strip("-`"))
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
    """Sentences of rows (token, other columns...) from CoNLL text; blank lines end sentences."""
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


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> Language:
    import spacy

    from rasad.errors import NotConfigured

    model_path = Path(path) if path else MODEL_DIR
    if not (model_path / "meta.json").exists():
        raise NotConfigured(f"no NER model at {model_path}: build it with `python scripts/train_ner.py`")
    return spacy.load(model_path)


def tag(sentences: Sequence[Sequence[str]], model_path: str | None = None) -> list[list[str]]:
    """BIO labels (PERS, LOC, ORG, MISC) for each token of each sentence."""
    nlp = load_model(model_path)
    docs = [make_doc(nlp, tokens) for tokens in sentences]
    out: list[list[str]] = []
    for doc in nlp.pipe(docs, batch_size=64):
        labels = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
        out.append(repair_bio(labels))
    return out


def tag_conll_file(source: Path, target: Path, model: str | None = None) -> tuple[int, int]:
    """Tag a CoNLL file: writes token<TAB>label, one blank line after each sentence. Returns counts."""
    from rasad.errors import UserError

    if not source.is_file():
        raise UserError(f"input file not found: {source}")
    if not target.parent.exists():
        raise UserError(f"output folder does not exist: {target.parent}")
    with source.open(encoding="utf-8", errors="replace") as handle:
        sentences = [[row[0] for row in rows] for rows in read_conll(handle)]
    labels = tag(sentences, model)
    with target.open("w", encoding="utf-8") as out:
        for tokens, predicted in zip(sentences, labels, strict=True):
            for token, label in zip(tokens, predicted, strict=True):
                out.write(f"{token}\t{label}\n")
            out.write("\n")
    return len(sentences), sum(len(s) for s in sentences)
