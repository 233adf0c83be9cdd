"""`rasad --help` and `rasad search` must start fast: they may not import the heavy libraries of the night.

Checked in a fresh interpreter through sys.modules (no timing here: the figures are in bench/cli_start.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasad.records import Lead, lead_id_for
from rasad.store.sqlite import SQLiteLeadStore

HEAVY = ("camel_tools", "scrapy", "prefect", "trafilatura", "twisted", "opensearchpy", "sqlalchemy", "fastapi", "argon2")

PROBE = """
import json, sys
from rasad.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted({m.split('.')[0] for m in sys.modules})}), file=sys.stderr)
"""


def _imported(argv: list[str], data_dir: Path) -> tuple[int, set[str], str]:
    env = {**os.environ, "RASAD_DATA_DIR": str(data_dir)}
    env.pop("RASAD_SEARCH_URL", None)
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], env=env, capture_output=True, text=True, check=True)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], set(report["modules"]), done.stdout


@pytest.mark.parametrize("argv", [["--help"], ["search", "--help"]])
def test_help_imports_no_heavy_library(argv: list[str], data_dir: Path) -> None:
    code, modules, stdout = _imported(argv, data_dir)
    assert code == 0 and "usage: rasad" in stdout
    assert modules.isdisjoint(HEAVY), sorted(modules & set(HEAVY))


def test_search_imports_no_heavy_library(data_dir: Path) -> None:
    url = "https://ex.ly/start"
    lead = Lead(id=lead_id_for(url), url=url, title="قصف", text="قتل مدنيان في قصف على حي سكني في طرابلس",
                language="ar", published_at="2026-11-20", fetched_at="2026-11-21T01:00:00Z", source_id="test",
                capture_sha256="0" * 64, incident_types=("killing",), evidence=("قتل مدنيان في قصف",))
    with SQLiteLeadStore(data_dir / "rasad.db") as store:
        store.upsert([lead])
    code, modules, stdout = _imported(["search", "طرابلس"], data_dir)
    assert code == 0 and lead.id[:8] in stdout, stdout  # listings show short ids
    assert modules.isdisjoint(HEAVY), sorted(modules & set(HEAVY))
