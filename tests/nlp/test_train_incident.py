"""Retraining picks up every label file by itself, its cross-validation keeps near-duplicates together, and
two runs give the same model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from nlp.classifier import feature_ids
from nlp.train_incident import duplicate_groups, fold_of, label_files, real_news
from rasad.errors import UserError


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_every_label_file_is_read_and_only_its_train_split(tmp_path: Path) -> None:
    asnd = tmp_path / "asnd"
    asnd.mkdir()
    (asnd / "sm_news_ar_trn.csv").write_text("Class,Content,ID,Platform\nothers,\"مقتل  مدني\",a1,twitter\n",
                                             encoding="utf-8")
    labels = tmp_path / "labels"
    labels.mkdir()
    _write(labels / "asnd_labels.jsonl", [
        {"split": "train", "id": "asnd-a1", "asnd_id": "a1", "asnd_split": "trn", "is_incident": True},
        {"split": "test", "id": "asnd-a2", "asnd_id": "a2", "asnd_split": "tst", "is_incident": False}])
    _write(labels / "other_corpus_labels.jsonl", [
        {"split": "train", "id": "oc-1", "text": "اعتقال صحفي", "is_incident": True},
        {"split": "test", "id": "oc-2", "text": "مباراة", "is_incident": False}])
    assert [p.name for p in label_files(labels)] == ["asnd_labels.jsonl", "other_corpus_labels.jsonl"]
    items = real_news({"--asnd": asnd}, "train", labels)
    assert [(i["id"], i["text"]) for i in items] == [("asnd-a1", "مقتل مدني"), ("oc-1", "اعتقال صحفي")]
    assert all("split" not in i for i in items)


def test_the_repositorys_label_files_have_their_joins() -> None:
    assert {p.name for p in label_files()} >= {"afnd_labels.jsonl", "asnd_labels.jsonl", "ans_labels.jsonl"}
    with pytest.raises(UserError, match="afnd_labels.jsonl needs --afnd DIR"):
        real_news({"--asnd": Path("unused")}, "train")


def test_a_row_without_its_text_or_a_join_is_one_clear_error(tmp_path: Path) -> None:
    _write(tmp_path / "new_labels.jsonl", [{"split": "train", "id": "x-1", "is_incident": True}])
    with pytest.raises(UserError, match="x-1 has no 'text'"):
        real_news({}, "train", tmp_path)


def test_near_duplicate_posts_share_a_group_and_so_a_fold() -> None:
    story = frozenset(["عاجل", "مراسل", "الجزيره", "مقتل", "نائب", "القنصل", "التركي", "في", "اطلاق", "نار", "بمطعم"])
    words = [story, story | {"اربيل"}, frozenset(["مباراه", "الدوري", "الليبي"]), frozenset()]
    groups = duplicate_groups(words)
    assert groups[0] == groups[1] and len(set(groups)) == 3
    many = [i // 2 for i in range(40)]  # 20 pairs
    for seed in (13, 14):
        folds = fold_of(many, 5, seed)
        assert all(folds[2 * k] == folds[2 * k + 1] for k in range(20))
        assert set(np.unique(folds)) == set(range(5))


def test_the_setting_is_chosen_and_scored_on_the_real_news_items_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import nlp.train_incident as train

    monkeypatch.setattr(train, "L2_GRID", (1e-3,))  # one strength keeps the test short

    # 30 real-news items the model can tell apart (feature 2: incident, 3: not), and 10 other items the
    # rules report and the model may not veto (fired == 2) although they are no incidents
    rows = [np.array([1, 2])] * 15 + [np.array([1, 3])] * 15 + [np.array([4])] * 10
    gold = np.array([True] * 15 + [False] * 25)
    fired = np.array([1] * 30 + [2] * 10)
    scored = np.arange(40) < 30
    libyan = np.arange(40) % 3 == 0
    cv = train.choose(train.out_of_fold(rows, gold, list(range(40))), fired, gold, scored, libyan)
    assert cv["f1"] == 1.0 and cv["fresh_split_f1"] == [1.0, 1.0]
    assert cv["all_items_f1"] < 0.8  # the other items would have dragged the score down
    assert cv["libyan_items"] == 10 and cv["libyan_incidents"] == 5 and cv["libyan"]["f1"] == 1.0


def test_a_setting_better_by_less_than_the_rounding_still_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    import nlp.train_incident as train

    monkeypatch.setattr(train, "THRESHOLDS", (0.5, 0.55, 0.6))
    f1_at = {0.5: 0.6536, 0.55: 0.6539, 0.6: 0.6539}  # 0.6536 is kept as 0.654: 0.6539 must still beat it
    monkeypatch.setattr(train, "decide", lambda fired, p, threshold: threshold)
    monkeypatch.setattr(train, "prf", lambda threshold, gold: {"precision": 0.0, "recall": 0.0, "f1": f1_at[threshold]})
    oofs = {1e-3: [np.zeros(4)] * (len(train.SEEDS) + len(train.FRESH_SEEDS))}
    cv = train.choose(oofs, np.ones(4, dtype=int), np.ones(4, dtype=bool), np.ones(4, dtype=bool), np.ones(4, dtype=bool))
    assert cv["threshold"] == 0.55  # and a tie keeps the first setting met


def test_feature_ids_do_not_depend_on_the_order_names_come_in() -> None:
    # names come from a set, whose order changes with each process's string hashing; the float sums of
    # training follow the id order, so the ids must come sorted for two runs to give the same weights
    names = [f"w:{word}" for word in ("مقتل", "ثلاثه", "مدنيين", "في", "قصف", "علي", "حي", "سكني", "طرابلس")]
    names += ["bias", "r:killing", "r:conf>=0.5", "c:combatants", "rc:combatants", "v:children"]
    ids = feature_ids(names)
    assert list(ids) == sorted(set(ids.tolist())) and len(ids) == len(names)
    assert np.array_equal(feature_ids(reversed(names)), ids)


def test_written_training_examples_never_include_a_blind_holdout(tmp_path: Path) -> None:
    from nlp.train_incident import SPENT_HOLDOUT, written_examples

    for name in ("rasad_written.jsonl", "rasad_written_tune20.jsonl", "rasad_written_holdout20.jsonl",
                 "rasad_written_holdout2.jsonl", SPENT_HOLDOUT.name, "other.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    names = [p.name for p in written_examples(tmp_path)]
    assert names == ["rasad_written.jsonl", "rasad_written_tune20.jsonl", SPENT_HOLDOUT.name]
    shipped = [p.name for p in written_examples()]
    assert "rasad_written_tune15.jsonl" in shipped
    assert not [n for n in shipped if "holdout" in n and n != SPENT_HOLDOUT.name]
