"""Our ASND labels ship without ASND's texts, and join back to them by ID from the ASND CSVs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from nlp.asnd import CSV_FILES, labelled_items, labels
from rasad.errors import UserError


def test_labels_hold_both_splits_and_no_text() -> None:
    rows = labels()
    assert len(rows) == 948
    assert {row["split"] for row in rows} == {"train", "test"}
    assert sum(row["split"] == "test" for row in rows) == 285
    for row in rows:
        assert "text" not in row and "Content" not in row  # the posts stay in the ASND release
        assert row["asnd_split"] in CSV_FILES and isinstance(row["is_incident"], bool)


def _asnd_dir(tmp_path: Path, drop: str | None = None) -> Path:
    """ASND-shaped CSVs whose posts are placeholders, one per labelled item (and one unlabelled)."""
    by_part: dict[str, list[dict[str, str]]] = {part: [] for part in CSV_FILES}
    for row in labels():
        if row["asnd_id"] != drop:
            by_part[row["asnd_split"]].append({"Class": row["asnd_class"], "ID": row["asnd_id"],
                                               "Content": f"نص\n  {row['asnd_id']}  ", "Platform": row["platform"]})
    by_part["trn"].append({"Class": "others", "ID": "not-labelled", "Content": "x", "Platform": "twitter"})
    for part, rows in by_part.items():
        with (tmp_path / CSV_FILES[part]).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["Class", "Content", "ID", "Platform"])
            writer.writeheader()
            writer.writerows(rows)
    return tmp_path


def test_items_get_their_text_by_id_with_white_space_folded(tmp_path: Path) -> None:
    test_items = labelled_items(_asnd_dir(tmp_path), "test")
    assert len(test_items) == 285
    for item in test_items:
        assert item["text"] == f"نص {item['asnd_id']}"
        assert "split" not in item and "is_incident" in item


def test_a_missing_post_or_folder_is_one_clear_error(tmp_path: Path) -> None:
    first_test_id = next(row["asnd_id"] for row in labels() if row["split"] == "test")
    with pytest.raises(UserError, match=f"ASND item {first_test_id}"):
        labelled_items(_asnd_dir(tmp_path, drop=first_test_id), "test")
    with pytest.raises(UserError, match="not found"):
        labelled_items(tmp_path / "nowhere", "train")
