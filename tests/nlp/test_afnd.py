"""Our AFND labels ship without AFND's articles, and join back to them by source and place, checked by a digest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.afnd import article_text, labelled_items, labels, main
from nlp.ans import text_digest
from nlp.evaluate import INCIDENT_TYPES
from rasad.errors import UserError


def test_labels_are_typed_split_and_hold_no_text() -> None:
    rows = labels()
    assert len(rows) >= 50  # chunk 00 of the issue 13 draw; later chunks add rows
    assert {row["split"] for row in rows} == {"train", "test"}
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert "text" not in row and "title" not in row  # the articles stay in the AFND release
        assert row["id"] == f"afnd-{row['afnd_source']}-{row['afnd_index']}"
        assert isinstance(row["afnd_index"], int) and len(row["text_sha1"]) == 12
        assert set(row["incident_types"]) <= set(INCIDENT_TYPES)
        assert bool(row["incident_types"]) == row["is_incident"]
        assert row["label_confidence"] in ("clear", "borderline")


def _article(body: str) -> dict:
    return {"title": " عنوان  الخبر ", "text": f"{body}\n\n الفقرة  الثانية\n", "published date": "2021-05-20"}


def _dataset(tmp_path: Path, change: str | None = None) -> Path:
    """AFND-shaped source folders whose labelled places hold an article made from the row's id."""
    by_source: dict[str, dict[int, str]] = {}
    for row in labels():
        by_source.setdefault(row["afnd_source"], {})[row["afnd_index"]] = row["id"]
    for source, wanted in by_source.items():
        articles = [_article(wanted.get(n, "other") + (" مختلف" if wanted.get(n) == change else ""))
                    for n in range(max(wanted) + 2)]
        folder = tmp_path / source
        folder.mkdir()
        (folder / "scraped_articles.json").write_text(json.dumps({"articles": articles}, ensure_ascii=False),
                                                      encoding="utf-8")
    return tmp_path


def _digests_of_stand_ins(monkeypatch) -> None:
    digests = {row["id"]: text_digest(article_text(_article(row["id"]))) for row in labels()}
    monkeypatch.setattr("nlp.afnd.labels", lambda *_: [row | {"text_sha1": digests[row["id"]]} for row in labels()])


def test_items_get_their_article_as_headline_line_then_paragraphs(tmp_path: Path, monkeypatch) -> None:
    _digests_of_stand_ins(monkeypatch)
    test_items = labelled_items(_dataset(tmp_path), "test")
    assert len(test_items) == sum(row["split"] == "test" for row in labels())
    for item in test_items:
        assert item["text"] == f"عنوان الخبر\n{item['id']}\nالفقرة الثانية"
        assert "split" not in item and "text_sha1" not in item and "is_incident" in item


def test_a_changed_or_missing_article_is_one_clear_error(tmp_path: Path, monkeypatch, capsys) -> None:
    _digests_of_stand_ins(monkeypatch)
    first_test_id = next(row["id"] for row in labels() if row["split"] == "test")
    with pytest.raises(UserError, match=f"AFND article {first_test_id} .* differs"):
        labelled_items(_dataset(tmp_path, change=first_test_id), "test")
    assert main([str(tmp_path / "nowhere"), str(tmp_path / "out")]) == 2
    assert "not found" in capsys.readouterr().err


def test_the_joined_files_are_written_for_rasad_eval(tmp_path: Path, monkeypatch) -> None:
    _digests_of_stand_ins(monkeypatch)
    assert main([str(_dataset(_mkdir(tmp_path / "release"))), str(tmp_path / "out")]) == 0
    written = {split: (tmp_path / "out" / f"afnd_{split}.jsonl").read_text(encoding="utf-8").splitlines()
               for split in ("train", "test")}
    assert len(written["train"]) + len(written["test"]) == len(labels())
    assert all(json.loads(line)["text"].startswith("عنوان الخبر\n") for line in written["train"])


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path
