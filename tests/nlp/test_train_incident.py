"""Retraining picks up every label file by itself, and its cross-validation keeps near-duplicates together."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

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
    assert {p.name for p in label_files()} >= {"asnd_labels.jsonl", "ans_labels.jsonl"}
    with pytest.raises(UserError, match="ans_labels.jsonl needs --ans DIR"):
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
    cv = train.choose(rows, fired, gold, list(range(40)), scored)
    assert cv["f1"] == 1.0 and cv["fresh_split_f1"] == [1.0, 1.0]
    assert cv["all_items_f1"] < 0.8  # the other items would have dragged the score down
