"""Our labels on ANS news headlines, joined to the ANS texts, which are not in this repository.

ANS (Arabic News Stance corpus; Khouja, "Stance Prediction and Claim Verification: An Arabic Perspective",
FEVER workshop at ACL 2020; Apache-2.0, github.com/latynt/ans) ships its stance part as ``data/stance/
{train,dev,test}.csv`` (columns s1, s2, stance). An ``s1`` that never appears as an ``s2`` is a headline
as published (the ``s2`` column holds the annotators' paraphrases and contradictions); we labelled only
such headlines. ``nlp/data/incidents/ans_labels.jsonl`` holds our labels and, per headline, the CSV part,
its data row (0-based) and a short SHA-1 of the headline, so a different ANS release is caught rather
than joined wrongly. ``python -m nlp.ans ANS_STANCE_DIR OUT_DIR`` writes ``ans_train.jsonl`` and
``ans_test.jsonl`` for ``rasad eval --jsonl``; ``nlp.train_incident --ans ANS_STANCE_DIR`` joins the train split itself.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path
from typing import Any

from nlp.asnd import SPLITS, fold, join_main
from nlp.asnd import labels as read_labels
from rasad.errors import UserError

LABELS = Path(__file__).resolve().parent / "data" / "incidents" / "ans_labels.jsonl"
PARTS = ("train", "dev", "test")


def labels(path: Path = LABELS) -> list[dict[str, Any]]:
    return read_labels(path)


def text_digest(text: str) -> str:
    return hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:12]


def headlines(stance_dir: Path, parts: set[str]) -> dict[tuple[str, int], str]:
    """(ANS part, data row) -> s1 headline, from the stance CSVs of the parts our labels use."""
    texts: dict[tuple[str, int], str] = {}
    for part in sorted(parts):
        path = stance_dir / f"{part}.csv"
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                for row_number, row in enumerate(csv.DictReader(handle)):
                    texts[(part, row_number)] = row["s1"]
        except FileNotFoundError:
            raise UserError(f"{path} not found: ANS_STANCE_DIR must be ANS's data/stance folder "
                            f"({', '.join(p + '.csv' for p in PARTS)})") from None
        except (KeyError, csv.Error, UnicodeDecodeError):
            raise UserError(f"{path} is not an ANS stance CSV (columns s1, s2, stance)") from None
    return texts


def labelled_items(stance_dir: Path, split: str, path: Path = LABELS) -> list[dict[str, Any]]:
    """Our labelled headlines of one split with their text; a missing or changed headline is an error."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    rows = [row for row in labels(path) if row["split"] == split]
    texts = headlines(stance_dir, {row["ans_part"] for row in rows})
    items = []
    for row in rows:
        text = texts.get((row["ans_part"], row["ans_row"]))
        if text is None or text_digest(text) != row["text_sha1"]:
            raise UserError(f"ANS headline {row['id']} (stance/{row['ans_part']}.csv row {row['ans_row']}) "
                            f"{'not found' if text is None else 'differs'} in {stance_dir}: a different ANS release?")
        kept = {key: value for key, value in row.items() if key not in ("split", "text_sha1")}
        items.append(kept | {"text": fold(text)})
    return items


def main(argv: list[str]) -> int:
    return join_main(argv, "ans", "ANS_STANCE_DIR", labelled_items)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
