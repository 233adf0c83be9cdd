"""The `rasad annotate` and `rasad ner` commands: one line per input, bad lines kept with a reason."""

import json
from pathlib import Path

import pytest

from rasad.cli import main


def test_annotate_keeps_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "مقتل مدني في بنغازي"}, ensure_ascii=False) + "\n"
        + "{not json\n" + json.dumps({"id": "b"}) + "\n" + json.dumps([1, 2]) + "\n"
        + json.dumps({"id": "c", "text": ""}) + "\n", encoding="utf-8")
    assert main(["annotate", "--jsonl", str(source), str(target)]) == 0
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    assert [r["id"] for r in rows] == ["a", None, "b", None, "c"]
    assert rows[0]["is_incident"] and rows[0]["in_libya"]
    assert "error" in rows[1] and "error" in rows[2] and "error" not in rows[4]
    err = capsys.readouterr().err
    assert "line 2" in err and "line 3" in err and "مدني" not in err


def test_annotate_missing_input_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["annotate", "--jsonl", str(tmp_path / "nope.jsonl"), str(tmp_path / "out.jsonl")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_ner_writes_one_label_per_token(tmp_path: Path) -> None:
    source, target = tmp_path / "in.conll", tmp_path / "out.conll"
    source.write_text("قال\tO\nوزير\tO\nفي\tO\nطرابلس\tB-LOC\n\nوصل\nمحمد\nإلى\nبنغازي\n", encoding="utf-8")
    assert main(["ner", "--conll", str(source), str(target)]) == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[0] for line in lines if line] == ["قال", "وزير", "في", "طرابلس", "وصل", "محمد", "إلى",
                                                               "بنغازي"]
    assert lines.count("") == 2
    labels = {line.split("\t")[1] for line in lines if line}
    assert labels <= {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}


def test_modules_are_the_repository_s_own() -> None:
    import nlp

    assert Path(nlp.__file__).resolve().parent == Path(__file__).resolve().parents[2] / "nlp"
