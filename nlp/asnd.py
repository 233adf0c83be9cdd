"""Our labels on ASND news posts, joined to the ASND texts, which are not in this repository.

ASND (Arabic Social media News Dataset; Chowdhury, Abdelali, Darwish et al., "Improving Arabic Text
Categorization Using Transformer Training Diversification", WANLP 2020; CC BY 4.0) ships as
``sm_news_ar_trn.csv``, ``sm_news_ar_dev.csv`` and ``sm_news_ar_tst.csv`` (columns Class, Content, ID, Platform).
``nlp/data/incidents/asnd_labels.jsonl`` holds our labels only (is_incident, in_libya, victim_status, counts;
on the later items also incident_types and label_confidence), one row per post by ASND ID, with our
train/test split. Get the CSVs from the ASND release, then ``python -m nlp.asnd ASND_DIR OUT_DIR`` writes ``asnd_train.jsonl`` and ``asnd_test.jsonl`` for
``rasad eval --jsonl`` and ``python -m nlp.train_incident --asnd OUT_DIR``.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasad.errors import UserError

LABELS = Path(__file__).resolve().parent / "data" / "incidents" / "asnd_labels.jsonl"
CSV_FILES = {"trn": "sm_news_ar_trn.csv", "dev": "sm_news_ar_dev.csv", "tst": "sm_news_ar_tst.csv"}
SPLITS = ("train", "test")


def labels(path: Path = LABELS) -> list[dict[str, Any]]:
    """The rows of a label file (ours for ASND by default; nlp.ans reads its own file with it)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fold(text: str) -> str:
    """One line, white space folded: the form we labelled (and, for ANS, hashed)."""
    return " ".join(text.split())


def asnd_texts(asnd_dir: Path, parts: set[str]) -> dict[tuple[str, str], str]:
    """(ASND part, ID) -> post text, from the CSVs of the parts our labels use."""
    texts: dict[tuple[str, str], str] = {}
    csv.field_size_limit(1 << 24)
    for part in sorted(parts):
        path = asnd_dir / CSV_FILES[part]
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    texts[(part, row["ID"])] = row["Content"]
        except FileNotFoundError:
            raise UserError(f"{path} not found: ASND_DIR must hold {', '.join(CSV_FILES.values())}") from None
        except (KeyError, csv.Error, UnicodeDecodeError):
            raise UserError(f"{path} is not an ASND CSV (columns Class, Content, ID, Platform)") from None
    return texts


def labelled_items(asnd_dir: Path, split: str, path: Path = LABELS) -> list[dict[str, Any]]:
    """Our labelled items of one split with their ASND text; an item missing from the CSVs is an error."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    rows = [row for row in labels(path) if row["split"] == split]
    texts = asnd_texts(asnd_dir, {row["asnd_split"] for row in rows})
    items = []
    for row in rows:
        text = texts.get((row["asnd_split"], row["asnd_id"]))
        if text is None:
            raise UserError(f"ASND item {row['asnd_id']} ({CSV_FILES[row['asnd_split']]}) not found in {asnd_dir}: "
                            "a different ASND release?")
        items.append({key: value for key, value in row.items() if key != "split"} | {"text": fold(text)})
    return items


def join_main(argv: list[str], corpus: str, source_arg: str,
              join: Callable[[Path, str], list[dict[str, Any]]]) -> int:
    """``python -m nlp.<corpus> SOURCE_DIR OUT_DIR``: write ``<corpus>_{train,test}.jsonl`` (labels + texts)."""
    if len(argv) != 2:
        print(f"usage: python -m nlp.{corpus} {source_arg} OUT_DIR", file=sys.stderr)
        return 2
    source_dir, out_dir = Path(argv[0]), Path(argv[1])
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for split in SPLITS:
            items = join(source_dir, split)
            target = out_dir / f"{corpus}_{split}.jsonl"
            target.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
            print(f"{len(items)} items -> {target}")
    except UserError as exc:
        print(f"nlp.{corpus}: error: {exc}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str]) -> int:
    return join_main(argv, "asnd", "ASND_DIR", labelled_items)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
