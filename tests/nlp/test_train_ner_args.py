"""scripts/train_ner.py refuses a bad --text-dir with one line before any training starts."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_text_folder_without_text_files_stops_the_build_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "aqmar").mkdir()
    (tmp_path / "aqmar" / "a.conll").write_text("قال\tO\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_ner.py"), "--select", "--out",
                             str(tmp_path / "model"), "--aqmar-dir", str(tmp_path / "aqmar"), "--text-dir",
                             str(tmp_path / "empty")], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    empty = tmp_path / "empty"
    assert result.stderr.strip().splitlines() == [f"--text-dir {empty}: no .txt/.jsonl/.json/.csv text files in {empty}"]
    assert not (tmp_path / "model").exists()


def test_a_text_share_outside_zero_to_one_is_refused_before_any_work(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_ner.py"), "--select", "--out",
                             str(tmp_path / "model"), "--text-share", "0"], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].endswith("--text-share must be in (0, 1]")
    assert not (tmp_path / "model").exists()
