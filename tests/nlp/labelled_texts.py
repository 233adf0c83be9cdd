"""The texts the gate tests run every rule over: the labelled dev set and every tune set (never a hold-out), after
a test's own sentences for the rules no labelled text exercises."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT / "tests/data/incidents/dev.jsonl"] + sorted((ROOT / "nlp/data/eval").glob("rasad_written_tune*.jsonl"))


def labelled_texts(own_sentences: list[str]) -> list[str]:
    texts = list(own_sentences)
    for path in CORPORA:
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts
