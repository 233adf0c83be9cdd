"""``rasad search``, ``rasad leads ...`` and ``rasad index ...`` on the embedded store: output and one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasad.cli import main
from rasad.store.sqlite import SQLiteLeadStore
from tests.store.test_contract import CORPUS


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    with SQLiteLeadStore(tmp_path / "rasad.db") as store:
        store.upsert(CORPUS)
    monkeypatch.setenv("RASAD_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("RASAD_SEARCH_URL", raising=False)
    monkeypatch.setenv("RASAD_ACTOR", "mon-a")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_formats(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "طرابلس", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {row["id"] for row in rows} == {CORPUS[0].id, CORPUS[1].id}
    assert any("**" in h for row in rows for h in row["highlights"])
    code, out, _ = run(capsys, "search", "--type", "killing", "--from", "2026-11-01", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [row["id"] for row in table] == [CORPUS[0].id]
    code, out, _ = run(capsys, "search", "قتل", "--facets")
    assert code == 0 and out.startswith("2 lead(s)") and "facets" in out and "2026-10" in out


def test_casualty_and_victim_filters_and_their_columns(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "--min-killed", "2", "--victim", "child", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [row["id"] for row in table] == [CORPUS[0].id]
    assert (table[0]["killed"], table[0]["injured"], table[0]["event_date"], table[0]["victim_categories"],
            table[0]["cluster_id"]) == ("2", "", "2026-11-19", "children;women", "story-a")
    code, out, _ = run(capsys, "leads", "list", "--event-from", "2026-11-01", "--min-injured", "1", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["injured"] for line in out.splitlines()] == [3]
    code, out, _ = run(capsys, "search", "--min-killed", "0", "--facets")
    victims = out.split("facets (victim category: leads)\n")[1].split()
    assert code == 0 and out.startswith("3 lead(s)") and victims == ["children", "2", "migrants", "1", "women", "1"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["search", "?!"], "empty query"), (["search", "--min-killed", "three"], "--min-killed needs a whole number"),
     (["search", "--event-from", "2026-11-31"], "calendar date"), (["search", "x", "--bbox", "1,2"], "bbox"),
     (["search", "x", "--from", "2026-02-30"], "calendar date"), (["leads", "show", "nope"], "no lead starts with 'nope'"),
     (["leads", "verify", CORPUS[0].id], "can move to in_review"),
     (["leads", "review", CORPUS[0].id, "--expect-version", "3"], "changed by someone else")],
)
def test_user_mistakes_are_one_line(data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                                    message: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_triage_commands_and_history(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lead_id = CORPUS[2].id
    assert run(capsys, "leads", "assign", lead_id, "mon-b")[0] == 0
    assert run(capsys, "leads", "review", lead_id, "--as", "mon-b")[0] == 0
    assert run(capsys, "leads", "note", lead_id, "اتصلت بالمصدر")[0] == 0
    code, out, _ = run(capsys, "leads", "duplicate", lead_id, "--of", CORPUS[3].id, "--expect-version", "3")
    assert code == 0 and "duplicate" in out and "version 4" in out
    code, out, _ = run(capsys, "leads", "history", lead_id)
    assert code == 0 and [line.split()[3] for line in out.splitlines()] == ["assign", "review", "note", "duplicate"]
    code, out, _ = run(capsys, "leads", "list", "--status", "duplicate", "--format", "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [lead_id]
    code, out, _ = run(capsys, "leads", "show", lead_id)
    assert "اتصلت بالمصدر" in out and "mon-b" in out


def test_eight_characters_of_an_id_are_enough(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "leads", "list")
    shown = [line.split()[0] for line in out.splitlines()[1:] if not line.startswith(" ")]
    assert code == 0 and sorted(shown) == sorted(lead.id[:8] for lead in CORPUS)
    lead_id, original = CORPUS[2].id, CORPUS[3].id
    assert run(capsys, "leads", "review", lead_id[:8])[0] == 0
    code, out, _ = run(capsys, "leads", "duplicate", lead_id[:8], "--of", original[:8])
    assert code == 0 and out.startswith(f"{lead_id}: duplicate")
    code, out, _ = run(capsys, "leads", "show", lead_id[:8], "--format", "json")
    assert json.loads(out)["notes"] == [f"duplicate of {original}"]
    code, out, _ = run(capsys, "leads", "history", lead_id[:8])
    assert code == 0 and len(out.splitlines()) == 2
    code, _, err = run(capsys, "leads", "show", "ffffffff")
    assert code == 2 and "no lead starts with 'ffffffff'" in err


def test_node_down_is_one_line(data_dir: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_SEARCH_URL", "http://127.0.0.1:9")
    code, _, err = run(capsys, "search", "طرابلس")
    assert code == 2 and "cannot reach the search engine" in err and len(err.strip().splitlines()) == 1
