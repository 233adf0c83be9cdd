"""File I/O of the CLI: the input is never overwritten by its own output, a folder as output is a clear
error, and a reader that stops early (``| head``) is normal use, not a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasad.cli import main

REPO = Path(__file__).resolve().parents[1]
ITEM = json.dumps({"id": "a", "text": "مقتل مدني في بنغازي"}, ensure_ascii=False) + "\n"
CONLL = "وصل\tO\nمحمد\tO\nإلى\tO\nبنغازي\tO\n\n"


def inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    jsonl, conll = tmp_path / "in.jsonl", tmp_path / "in.conll"
    jsonl.write_text(ITEM, encoding="utf-8")
    conll.write_text(CONLL, encoding="utf-8")
    return {"annotate": (jsonl, "--jsonl"), "ner": (conll, "--conll")}


@pytest.mark.parametrize("command", ["annotate", "ner"])
@pytest.mark.parametrize("how", ["same path", "another spelling", "hard link", "symlink"])
def test_same_file_as_input_and_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  command: str, how: str) -> None:
    source, flag = inputs(tmp_path)[command]
    before = source.read_bytes()
    target = {"same path": source, "another spelling": tmp_path / "." / source.name,
              "hard link": tmp_path / "link", "symlink": tmp_path / "sym"}[how]
    if how == "hard link":
        os.link(source, target)
    elif how == "symlink":
        target.symlink_to(source)
    assert main([command, flag, str(source), str(target)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"rasad {command}: error:") and "same file" in line
    assert source.read_bytes() == before


@pytest.mark.parametrize("command", ["annotate", "ner"])
def test_a_folder_as_output_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             command: str) -> None:
    source, flag = inputs(tmp_path)[command]
    assert main([command, flag, str(source), str(tmp_path)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"rasad {command}: error:") and "is a folder" in line


@pytest.mark.parametrize("command", ["annotate", "ner", "extract"])
def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path, command: str) -> None:
    source, flag = inputs(tmp_path).get(command, (None, ""))
    if command == "annotate":
        source.write_text(ITEM * 3000, encoding="utf-8")
        args = [flag, str(source), "/dev/stdout"]
    elif command == "ner":
        source.write_text(CONLL * 3000, encoding="utf-8")
        args = [flag, str(source), "/dev/stdout"]
    else:
        page = tmp_path / "page.html"
        page.write_text("<html><body><article><p>" + "قتل مدني في بنغازي. " * 200 + "</p></article></body></html>",
                        encoding="utf-8")
        args = [str(page)] * 60
    pipeline = f"set -o pipefail; {sys.executable} -m rasad.cli {command} {' '.join(args)} | head -c 100 >/dev/null"
    result = subprocess.run(["bash", "-c", pipeline], check=False, cwd=REPO, capture_output=True, text=True,
                            timeout=300)
    assert not any(word in result.stderr for word in ("Traceback", "BrokenPipe", "Broken pipe"))
    assert result.returncode == 0, result.stderr[-500:]
