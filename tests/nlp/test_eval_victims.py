"""`rasad eval` scores the victim categories reports count, on labelled incidents only."""

from __future__ import annotations

import json
from typing import Any

from nlp.evaluate import predict, run_eval, score_incidents


def _item(is_incident: bool, categories: list[str], text: str = "نص") -> dict[str, Any]:
    return {"text": text, "is_incident": is_incident, "in_libya": True, "victim_categories": categories}


def _prediction(is_incident: bool, categories: list[str]) -> dict[str, Any]:
    return {"is_incident": is_incident, "in_libya": True, "incident_types": [], "places": [], "actors": [],
            "victim_categories": categories}


def test_categories_are_scored_per_category_and_micro_on_gold_incidents() -> None:
    items = [_item(True, ["women", "children"]), _item(True, ["migrants"]), _item(False, [])]
    predictions = [_prediction(True, ["children"]), _prediction(True, ["migrants", "journalists"]),
                   _prediction(True, ["women"])]  # a false lead's category is the incident score's error
    scores = score_incidents(items, predictions)["victim_categories"]
    assert scores["items"] == 2
    assert scores["micro"]["tp"] == 2 and scores["micro"]["fp"] == 1 and scores["micro"]["fn"] == 1
    assert scores["per_category"]["women"]["recall"] == 0.0
    assert scores["per_category"]["children"]["f1"] == 1.0
    assert scores["per_category"]["journalists"]["precision"] == 0.0


def test_files_without_category_labels_get_no_victims_line(tmp_path) -> None:
    path = tmp_path / "plain.jsonl"
    path.write_text('{"text": "اجتماع وزاري في طرابلس", "is_incident": false}\n', encoding="utf-8")
    assert "victims" not in run_eval([path], [])["text"]


def test_a_written_incident_is_scored_end_to_end(tmp_path) -> None:
    text = "مقتل امرأة وطفلين في قصف على منزل في حي سكني بطرابلس"
    item = _item(True, ["women", "children"], text)
    assert {"women", "children"} <= set(predict(item)["victim_categories"])
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    report = run_eval([path], [])
    assert report[str(path)]["victim_categories"]["micro"]["recall"] == 1.0
    assert "  victims       P 1.000  R 1.000" in report["text"]
