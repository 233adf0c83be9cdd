"""Our labels on AFND news articles, joined to the AFND texts, which are not in this repository.

AFND (Arabic Fake News Dataset; Khalil, Jarrah, Aldwairi & Jaradat, Data in Brief 2022; CC BY 4.0,
Mendeley DOI 10.17632/67mhx6hhzd.1) ships as ``Dataset/source_N/scraped_articles.json``, one JSON object
``{"articles": [{"title", "text", "published date"}, ...]}`` per news site. These are full articles of
about the length of the held-out radio news, which our tweet and headline sets are not.
``nlp/data/incidents/afnd_labels.jsonl`` holds our labels and, per article, its source folder, its
0-based place in ``articles`` and a short SHA-1 of the folded text, so a different AFND release is
refused rather than joined wrongly. ``python -m nlp.afnd AFND_DATASET_DIR OUT_DIR`` (the ``Dataset``
folder) writes ``afnd_train.jsonl`` and ``afnd_test.jsonl`` for ``rasad eval --jsonl``;
``nlp.train_incident --afnd AFND_DATASET_DIR`` joins the train split itself.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from nlp.ans import text_digest
from nlp.asnd import SPLITS, fold, join_main
from nlp.asnd import labels as read_labels
from rasad.errors import UserError

LABELS = Path(__file__).resolve().parent / "data" / "incidents" / "afnd_labels.jsonl"


def labels(path: Path = LABELS) -> list[dict[str, Any]]:
    return read_labels(path)


def article_text(article: dict[str, Any]) -> str:
    """Headline line, then the body's paragraphs one a line, white space folded: the form we labelled."""
    lines = [article["title"], *article["text"].split("\n")]
    return "\n".join(fold(line) for line in lines if line.strip())


def source_articles(dataset_dir: Path, source: str) -> list[dict[str, Any]]:
    """The articles of one AFND source folder, in release order."""
    path = dataset_dir / source / "scraped_articles.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))["articles"]
    except FileNotFoundError:
        raise UserError(f"{path} not found: AFND_DATASET_DIR must be AFND's Dataset folder "
                        "(source_N/scraped_articles.json)") from None
    except (KeyError, TypeError, ValueError):
        raise UserError(f"{path} is not an AFND articles file ({{\"articles\": [...]}})") from None


def labelled_items(dataset_dir: Path, split: str, path: Path = LABELS) -> list[dict[str, Any]]:
    """Our labelled articles of one split with their text; a missing or changed article is an error."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    rows = [row for row in labels(path) if row["split"] == split]
    by_source = {source: source_articles(dataset_dir, source) for source in {row["afnd_source"] for row in rows}}
    items = []
    for row in rows:
        articles = by_source[row["afnd_source"]]
        index = row["afnd_index"]
        text = article_text(articles[index]) if 0 <= index < len(articles) else None
        if text is None or text_digest(text) != row["text_sha1"]:
            raise UserError(f"AFND article {row['id']} ({row['afnd_source']} #{index}) "
                            f"{'not found' if text is None else 'differs'} in {dataset_dir}: a different AFND release?")
        kept = {key: value for key, value in row.items() if key not in ("split", "text_sha1")}
        items.append(kept | {"text": text})
    return items


def main(argv: list[str]) -> int:
    return join_main(argv, "afnd", "AFND_DATASET_DIR", labelled_items)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
