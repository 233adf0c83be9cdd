"""Our ASND labels ship without ASND's texts, and join back to them by ID from the ASND CSVs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from nlp.asnd import CSV_FILES, labelled_items, labels
from rasad.errors import UserError


def test_labels_hold_both_splits_and_no_text() -> None:
    rows = labels()
    assert len(rows) == 1445
    assert {row["split"] for row in rows} == {"train", "test"}
    assert sum(row["split"] == "test" for row in rows) == 413
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
    assert len(test_items) == 413
    for item in test_items:
        assert item["text"] == f"نص {item['asnd_id']}"
        assert "split" not in item and "is_incident" in item


def test_a_missing_post_or_folder_is_one_clear_error(tmp_path: Path) -> None:
    first_test_id = next(row["asnd_id"] for row in labels() if row["split"] == "test")
    with pytest.raises(UserError, match=f"ASND item {first_test_id}"):
        labelled_items(_asnd_dir(tmp_path, drop=first_test_id), "test")
    with pytest.raises(UserError, match="not found"):
        labelled_items(tmp_path / "nowhere", "train")


def test_type_and_count_labels_are_well_formed() -> None:
    from nlp.evaluate import INCIDENT_TYPES

    typed = [row for row in labels() if "incident_types" in row]
    assert len(typed) >= 300  # the items labelled for issue 13 item 1 carry types
    for row in typed:
        assert set(row["incident_types"]) <= set(INCIDENT_TYPES)
        assert bool(row["incident_types"]) == row["is_incident"], row["id"]
        assert row["label_confidence"] in {"clear", "borderline"}
        if row["is_incident"]:
            assert row["victim_status"] in {"civilian", "hors_de_combat", "unknown"}, row["id"]
    for row in labels():
        assert ("killed" in row) == ("injured" in row)
        for field in ("killed", "injured"):
            assert row.get(field) is None or (isinstance(row[field], int) and row[field] >= 0)
