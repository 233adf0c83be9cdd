"""Evaluation gate: score floors on labelled data, so accuracy cannot silently regress.

Floors sit a little under the figures measured when they were set (see nlp/data/README.md);
raise them when the NLP improves, never lower them to make a change pass.
"""

from pathlib import Path

from nlp.evaluate import load_jsonl, predict, score_incidents

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "incidents" / "dev.jsonl"
OURS = ROOT / "nlp" / "data" / "eval" / "rasad_written.jsonl"
HOLDOUT = ROOT / "nlp" / "data" / "eval" / "rasad_written_holdout.jsonl"
HOLDOUT2 = ROOT / "nlp" / "data" / "eval" / "rasad_written_holdout2.jsonl"


def _scores(path: Path) -> dict:
    items = load_jsonl(path)
    return score_incidents(items, [predict(item) for item in items])


def test_dev_set_floors() -> None:
    # measured 2026-11-25 (third pass): F1 0.935, R 0.973, types 0.843, places 0.912/0.950. Since issue 13 the
    # incident model is trained on dev too (F1 1.000, types 0.856): these floors no longer measure generalisation.
    scores = _scores(DEV)
    assert scores["incident"]["f1"] >= 0.91
    assert scores["incident"]["recall"] >= 0.95
    assert scores["type_macro_f1"] >= 0.80
    assert scores["places"]["exact"]["recall"] >= 0.93
    assert scores["places"]["exact"]["precision"] >= 0.89
    assert scores["actors"]["exact"]["precision"] >= 0.75  # measured 0.786 (was 0.586)
    assert scores["actors"]["lenient"]["recall"] >= 0.84  # measured 0.869 (was 0.803)
    assert scores["in_libya"]["precision"] >= 0.64  # measured 0.676 (was 0.513, then 0.632)
    assert scores["in_libya"]["recall"] >= 0.70
    assert scores["counts"]["killed"]["accuracy"] >= 0.76  # measured 0.80 (was 0.43)


def test_our_written_examples_floors() -> None:
    scores = _scores(OURS)  # measured: F1 0.991, places 0.991/0.982, killed 0.963, injured 0.923 (tuned on)
    assert scores["incident"]["f1"] >= 0.96
    assert scores["type_macro_f1"] >= 0.9
    assert scores["in_libya"]["precision"] >= 0.97
    assert scores["places"]["exact"]["recall"] >= 0.96
    assert scores["counts"]["killed"]["accuracy"] >= 0.93
    assert scores["counts"]["injured"]["accuracy"] >= 0.88


def test_our_hold_out_examples_floors() -> None:
    """The first hold-out: untuned until the third pass (F1 0.833 then), tuned on since (0.963)."""
    scores = _scores(HOLDOUT)
    assert scores["incident"]["f1"] >= 0.8
    assert scores["incident"]["precision"] >= 0.95
    assert scores["places"]["lenient"]["recall"] >= 0.93


def test_our_second_hold_out_floors() -> None:
    """Written before the third pass and scored once after it (F1 0.974, places R 0.949, killed 0.90)."""
    scores = _scores(HOLDOUT2)
    assert scores["incident"]["f1"] >= 0.9
    assert scores["in_libya"]["precision"] >= 0.95
    assert scores["places"]["exact"]["recall"] >= 0.9
    assert scores["counts"]["killed"]["accuracy"] >= 0.8


def test_our_labelled_files_are_marked_and_large_enough() -> None:
    items = load_jsonl(OURS)
    assert len(items) >= 80
    assert all("synthetic" in item.get("written_by", "")
               for item in items + load_jsonl(HOLDOUT) + load_jsonl(HOLDOUT2))
    for kind in ("killing", "injury", "torture", "arbitrary_detention", "enforced_disappearance", "abduction",
                 "trafficking", "attack_on_civil_society", "sexual_violence", "attack_on_property_or_infrastructure",
                 "other"):
        assert any(kind in item["incident_types"] for item in items), kind
