"""Score language identification on a labelled JSONL file (``rasad eval --lang FILE``).

Each line: ``{"text": ..., "language": ISO 639-1 code, "arabizi": bool (optional)}``, as in
tests/pipelines/data/arabizi_posts_test.jsonl and lang_*.jsonl. "Uncertain" (no language) is counted
apart from a wrong answer, because the pipeline treats it as "ask a person", not as a language.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from pipelines.language import detect_language
from rasad.errors import UserError


def load_labelled(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise UserError(f"labelled file not found: {path}")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or "language" not in row:
            raise UserError(f"{path}:{number}: needs at least 'text' and 'language'")
        rows.append(row)
    return rows


def score_language(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per gold language: items, right, wrong, uncertain; and the Arabizi flag's precision, recall and
    false flags (counted apart: a set without Arabizi, such as Arabic-script tweets, has no precision)."""
    per: dict[str, Counter[str]] = {}
    flags = Counter()
    for row in rows:
        guess = detect_language(row["text"])
        gold = str(row["language"])
        outcome = "uncertain" if guess.language is None else "right" if guess.language == gold else "wrong"
        per.setdefault(gold, Counter())[outcome] += 1
        is_arabizi = bool(row.get("arabizi"))
        flags["tp" if is_arabizi and guess.arabizi else "fp" if guess.arabizi else "fn" if is_arabizi else "tn"] += 1
    languages = {
        language: {"items": sum(c.values()), "right": c["right"], "wrong": c["wrong"], "uncertain": c["uncertain"],
                   "accuracy": round(c["right"] / sum(c.values()), 4)}
        for language, c in sorted(per.items())
    }
    answered = sum(v["right"] + v["wrong"] for v in languages.values())
    right = sum(v["right"] for v in languages.values())
    return {
        "items": len(rows),
        "accuracy_answered": round(right / answered, 4) if answered else 0.0,
        "coverage": round(answered / len(rows), 4) if rows else 0.0,
        "languages": languages,
        "arabizi": {
            "precision": round(flags["tp"] / (flags["tp"] + flags["fp"]), 4) if flags["tp"] + flags["fp"] else 0.0,
            "recall": round(flags["tp"] / (flags["tp"] + flags["fn"]), 4) if flags["tp"] + flags["fn"] else 0.0,
            "items": flags["tp"] + flags["fn"],
            "false_flags": flags["fp"],
        },
    }


def summary(name: str, scores: dict[str, Any]) -> list[str]:
    az = scores["arabizi"]
    lines = [
        (f"{name}: {scores['items']} items, language accuracy (answered) {scores['accuracy_answered']:.3f}, "
         f"coverage {scores['coverage']:.3f}"),
        (f"  Arabizi flag  P {az['precision']:.3f}  R {az['recall']:.3f}  (n={az['items']}, "
         f"false flags {az['false_flags']})"),
    ]
    lines += [f"  {language:<5} right {v['right']}/{v['items']}  wrong {v['wrong']}  uncertain {v['uncertain']}"
              for language, v in scores["languages"].items()]
    return lines
