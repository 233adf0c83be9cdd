"""Our ANS labels ship without ANS's headlines, and join back to them by CSV row, checked by a digest."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from nlp.ans import PARTS, labelled_items, labels, main, text_digest
from nlp.evaluate import INCIDENT_TYPES
from rasad.errors import UserError


def test_labels_hold_both_splits_typed_and_no_text() -> None:
    rows = labels()
    assert len(rows) == 221
    assert sum(row["split"] == "test" for row in rows) == 60
    assert sum(row["in_libya"] for row in rows) == 20  # every ANS headline naming Libya
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert "text" not in row and "s1" not in row  # the headlines stay in the ANS release
        assert row["ans_part"] in PARTS and isinstance(row["ans_row"], int)
        assert set(row["incident_types"]) <= set(INCIDENT_TYPES)
        assert bool(row["incident_types"]) == row["is_incident"]


def _stance_dir(tmp_path: Path, change: str | None = None) -> Path:
    """ANS-shaped stance CSVs whose labelled rows hold headlines with the labelled digests' stand-ins."""
    by_part: dict[str, dict[int, str]] = {part: {} for part in PARTS}
    for row in labels():
        by_part[row["ans_part"]][row["ans_row"]] = row["id"]
    for part, wanted in by_part.items():
        with (tmp_path / f"{part}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["s1", "s2", "stance"])
            writer.writeheader()
            for number in range(max(wanted, default=-1) + 2):
                headline = f"عنوان\n  {wanted.get(number, 'other')}  "
                if wanted.get(number) == change:
                    headline += " مختلف"
                writer.writerow({"s1": headline, "s2": "x", "stance": "other"})
    return tmp_path


def test_items_get_their_headline_by_row_with_white_space_folded(tmp_path: Path, monkeypatch) -> None:
    digests = {row["id"]: text_digest(f"عنوان {row['id']}") for row in labels()}
    monkeypatch.setattr("nlp.ans.labels", lambda *_: [row | {"text_sha1": digests[row["id"]]} for row in labels()])
    test_items = labelled_items(_stance_dir(tmp_path), "test")
    assert len(test_items) == 60
    for item in test_items:
        assert item["text"] == f"عنوان {item['id']}"
        assert "split" not in item and "text_sha1" not in item and "is_incident" in item


def test_a_changed_or_missing_headline_is_one_clear_error(tmp_path: Path, monkeypatch, capsys) -> None:
    digests = {row["id"]: text_digest(f"عنوان {row['id']}") for row in labels()}
    monkeypatch.setattr("nlp.ans.labels", lambda *_: [row | {"text_sha1": digests[row["id"]]} for row in labels()])
    first_test_id = next(row["id"] for row in labels() if row["split"] == "test")
    with pytest.raises(UserError, match=f"ANS headline {first_test_id} .* differs"):
        labelled_items(_stance_dir(tmp_path, change=first_test_id), "test")
    assert main([str(tmp_path / "nowhere"), str(tmp_path / "out")]) == 2
    assert "not found" in capsys.readouterr().err


def test_the_digest_is_of_the_folded_headline() -> None:
    assert text_digest("مقتل  12 شخصا\n") == text_digest("مقتل 12 شخصا")
    assert text_digest("مقتل 12 شخصا") != text_digest("مقتل 13 شخصا")
