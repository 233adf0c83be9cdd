"""`rasad eval --lang FILE`: language-ID figures on a labelled file, and clear errors on bad input."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from pipelines.language_eval import score_language

RASAD = [sys.executable, "-m", "rasad.cli"]
DATA = Path(__file__).parent / "data"
TEST_SET = DATA / "arabizi_posts_test.jsonl"


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


def _builder():
    spec = importlib.util.spec_from_file_location("build_real_lang_eval", DATA / "build_real_lang_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_real_eval_halves_are_fixed_and_duplicates_stay_together(tmp_path):
    """Tuning on one half and scoring the other only means something if a post cannot change halves."""
    builder = _builder()
    assert builder.half("ma7leha el ghneya") == builder.half("  MA7LEHA   el ghneya ") == "tune"
    assert builder.half("Shells hit homes tonight") == "test"
    rows = [{"text": "ma7leha el ghneya"}, {"text": "MA7LEHA el ghneya"}, {"text": "Shells hit homes tonight"}]
    assert builder.write_halves(rows, tmp_path, "x") == {"tune": 1, "test": 1}
    assert builder.unescape("don\\u2019t\\u002c ok") == "don\u2019t, ok"


def test_real_eval_reads_haifa_flags_and_doda_columns(tmp_path):
    """HaifaCLG's Language flags pick the set (Arabizi, +English, English only); DODa gives two scripts."""
    builder = _builder()
    (tmp_path / "sen_annotated.csv").write_text(
        "source,user_name,sen_id,sen_num,Text,Language\n"
        "reddit,0,1,1,ana gay bokra,100001\n"
        "reddit,0,2,1,yalla see you at the gym,110001\n"
        "reddit,0,3,1,see you tomorrow,010001\n",
        encoding="utf-8",
    )
    texts = {name: [row["text"] for row in builder.haifa_rows(tmp_path, name)] for name in builder.HAIFA_SETS}
    assert texts["haifa_arabizi"] == ["ana gay bokra"]
    assert texts["haifa_arabizi_mixed"] == ["yalla see you at the gym"]
    assert texts["haifa_english"] == ["see you tomorrow"]
    (tmp_path / "ongoing").mkdir()
    (tmp_path / "ongoing" / "translated.csv").write_text(
        ",darija,eng,darija_ar\n0,fin ghadi?,where are you going?,فين غادي؟\n", encoding="utf-8"
    )
    latin, arabic = (next(builder.doda_rows(tmp_path, column)) for column in ("darija", "darija_ar"))
    assert (latin["text"], latin["arabizi"]) == ("fin ghadi?", True)
    assert (arabic["text"], arabic["arabizi"], arabic["language"]) == ("فين غادي؟", False, "ar")
