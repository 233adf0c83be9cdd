"""Our NER labels on sentences of real news (AFND articles, ASND posts), joined to texts not in this repository.

ANERcorp's training part is ~4,000 sentences and the learning curve was still rising by 0.02-0.05 micro-F1
per quarter at its end (nlp/models/README.md), so more labelled news helps more than more features.
``nlp/data/ner/extra_labels.jsonl`` holds, per sentence, where it comes from (``afnd:SOURCE:INDEX`` or
``asnd:ID`` for ASND's training CSV, ``asnd:dev:ID`` / ``asnd:tst:ID`` for its other two), a short SHA-1 of its tokens and the entity spans (type, first token, end token), labelled by
the ANERcorp conventions written down in ``docs/labelling.md`` ("NER labels on real news"). The sentences are
cut from the released texts by ``sentences()`` below, so a changed release is refused, not joined wrongly:

    python -m nlp.ner_extra AFND_DATASET_DIR ASND_DIR OUT.conll
    scripts/train_ner.py ... --extra-conll OUT.conll

Later label files may follow OUT.conll: a review replaces the rows of the sentences it names, a new round adds
rows (``nlp/data/ner/extra_labels_review.jsonl``, ``extra_labels_round4.jsonl``; not in the shipped model).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from nlp.afnd import source_articles
from nlp.asnd import asnd_texts
from nlp.ner_actors import ANER_TOKEN
from nlp.normalize import has_arabic_script
from rasad.errors import UserError

LABELS = Path(__file__).resolve().parent / "data" / "ner" / "extra_labels.jsonl"
ASND_PARTS = ("trn", "dev", "tst")  # ``asnd:ID`` is a post of the training CSV (the first rounds drew only there)
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+")
_LINKS_TAGS_HANDLES = re.compile(r"https?://\S+|#\S+|@\S+|RT\b")
MIN_TOKENS, MAX_TOKENS = 8, 55
MIN_ARABIC_SHARE = 0.7


def _is_mark(token: str) -> bool:
    """A lone combining mark («ّ» after a space in the source) is no token of ANERcorp's."""
    return all(unicodedata.category(c) == "Mn" for c in token)


def sentences(text: str) -> Iterator[list[str]]:
    """ANERcorp-style token lists of the text's Arabic sentences of 8-55 tokens (links, hashtags and
    handles dropped; a line or . ! ? ends a sentence): the units we labelled."""
    text = _LINKS_TAGS_HANDLES.sub(" ", text)
    for line in re.split(r"[\n\r]+", text):
        for sentence in _SENTENCE_END.split(line):
            tokens = ANER_TOKEN.findall(sentence)
            if not MIN_TOKENS <= len(tokens) <= MAX_TOKENS:
                continue
            if sum(1 for t in tokens if has_arabic_script(t)) >= MIN_ARABIC_SHARE * len(tokens):
                yield [t for t in tokens if not _is_mark(t)]


def digest(tokens: list[str]) -> str:
    return hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest()[:12]


def _afnd_texts(dataset_dir: Path, sources: set[str]) -> dict[str, str]:
    return {f"afnd:{source}:{index}": article.get("text") or ""
            for source in sorted(sources) for index, article in enumerate(source_articles(dataset_dir, source))}


def _asnd_source(part: str, post_id: str) -> str:
    return f"asnd:{post_id}" if part == "trn" else f"asnd:{part}:{post_id}"


def _asnd_part(src: str) -> str:
    rest = src.removeprefix("asnd:")
    part = rest.split(":", 1)[0]
    return part if part in ASND_PARTS and ":" in rest else "trn"


def label_rows(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """The rows of the label files in order; a later file's row for the same sentence (source and digest) replaces
    the earlier one where it stood (a review), other rows are added after (another round)."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[(row["src"], row["sha1"])] = row
    return list(rows.values())


def labelled_sentences(afnd_dir: Path, asnd_dir: Path, *paths: Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, BIO labels) of every labelled sentence of the label files (default: the one the shipped model was
    trained on), in their order (a text's sentences together)."""
    rows = label_rows(paths or (LABELS,))
    afnd_sources = {row["src"].split(":")[1] for row in rows if row["src"].startswith("afnd:")}
    asnd_parts = {_asnd_part(row["src"]) for row in rows if row["src"].startswith("asnd:")}
    asnd = {_asnd_source(part, post_id): text for (part, post_id), text in asnd_texts(asnd_dir, asnd_parts).items()}
    texts = {**_afnd_texts(afnd_dir, afnd_sources), **asnd}
    cut: dict[str, dict[str, list[str]]] = {}
    out = []
    for row in rows:
        src = row["src"]
        if src not in texts:
            raise UserError(f"{src}: no such text in the given AFND/ASND folders")
        if src not in cut:
            cut[src] = {digest(tokens): tokens for tokens in sentences(texts[src])}
        tokens = cut[src].get(row["sha1"])
        if tokens is None:
            raise UserError(f"{src}: no sentence with digest {row['sha1']} (another release of the text?)")
        labels = ["O"] * len(tokens)
        for kind, start, end in row["ents"]:
            labels[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
        out.append((tokens, labels))
    return out


def write_conll(sentences_: list[tuple[list[str], list[str]]], target: Path) -> None:
    with target.open("w", encoding="utf-8") as handle:
        for tokens, labels in sentences_:
            handle.writelines(f"{t}\t{label}\n" for t, label in zip(tokens, labels, strict=True))
            handle.write("\n")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args[3:]]
    if len(args) < 3:
        print("usage: python -m nlp.ner_extra AFND_DATASET_DIR ASND_DIR OUT.conll [LABELS.jsonl ...]", file=sys.stderr)
        return 2
    try:
        labelled = labelled_sentences(Path(args[0]), Path(args[1]), *paths)
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (OSError, ValueError, KeyError) as error:  # a label file missing, or not our JSONL
        print(f"error: a label file could not be read: {error!r}", file=sys.stderr)
        return 2
    write_conll(labelled, Path(args[2]))
    print(f"{len(labelled)} sentences written to {args[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
