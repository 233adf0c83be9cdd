"""`rasad eval --lang FILE`: language-ID figures on a labelled file, and clear errors on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pipelines.language_eval import score_language

RASAD = [sys.executable, "-m", "rasad.cli"]
TEST_SET = Path(__file__).parent / "data" / "arabizi_posts_test.jsonl"


def test_scores_count_right_wrong_and_uncertain():
    rows = [
        {"text": "chkoun 3andou a5bar 3la el tri9 l Misrata lyoum", "language": "ar", "arabizi": True},
        {"text": "Three civilians were killed when shells hit a residential area south of Tripoli", "language": "en"},
        {"text": "Three civilians were killed when shells hit a residential area south of Tripoli", "language": "fr"},
        {"text": "ok", "language": "en"},
    ]
    scores = score_language(rows)
    assert scores["languages"]["en"] == {"items": 2, "right": 1, "wrong": 0, "uncertain": 1, "accuracy": 0.5}
    assert scores["languages"]["fr"]["wrong"] == 1
    assert scores["arabizi"] == {"precision": 1.0, "recall": 1.0, "items": 1, "false_flags": 0}
    assert scores["coverage"] == 0.75


def test_cli_reports_the_test_split(tmp_path):
    out = subprocess.run([*RASAD, "eval", "--lang", str(TEST_SET), "--format", "json"],
                         capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)[str(TEST_SET)]
    assert report["items"] == 189
    assert report["arabizi"]["recall"] >= 0.90


def test_cli_bad_file_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "hello"}\n', encoding="utf-8")
    out = subprocess.run([*RASAD, "eval", "--lang", str(bad)], check=False, capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [f"rasad eval: error: {bad}:1: needs at least 'text' and 'language'"]
