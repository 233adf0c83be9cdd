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
# What the other commands need and a search does not: only the command asked for has its parser built.
OTHER_COMMANDS = ("flows", "logging", "rasad.cases", "rasad.accounts", "rasad.alerts", "rasad.outputs", "rasad.web")

PROBE = """
import json, sys
from rasad.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def _imported(argv: list[str], data_dir: Path) -> tuple[int, set[str], str]:
    env = {**os.environ, "RASAD_DATA_DIR": str(data_dir)}
    env.pop("RASAD_SEARCH_URL", None)
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], env=env, capture_output=True, text=True, check=True)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], set(report["modules"]), done.stdout


def _top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def _under(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(name for name in modules if name in packages or name.startswith(tuple(p + "." for p in packages)))


@pytest.mark.parametrize("argv", [["--help"], ["search", "--help"]])
def test_help_imports_no_heavy_library(argv: list[str], data_dir: Path) -> None:
    code, modules, stdout = _imported(argv, data_dir)
    assert code == 0 and "usage: rasad" in stdout
    assert _top_level(modules).isdisjoint(HEAVY), sorted(_top_level(modules) & set(HEAVY))


def test_search_imports_no_heavy_library(data_dir: Path) -> None:
    url = "https://ex.ly/start"
    lead = Lead(id=lead_id_for(url), url=url, title="قصف", text="قتل مدنيان في قصف على حي سكني في طرابلس",
                language="ar", published_at="2026-11-20", fetched_at="2026-11-21T01:00:00Z", source_id="test",
                capture_sha256="0" * 64, incident_types=("killing",), evidence=("قتل مدنيان في قصف",))
    with SQLiteLeadStore(data_dir / "rasad.db") as store:
        store.upsert([lead])
    code, modules, stdout = _imported(["search", "طرابلس"], data_dir)
    assert code == 0 and lead.id[:8] in stdout, stdout  # listings show short ids
    assert _top_level(modules).isdisjoint(HEAVY), sorted(_top_level(modules) & set(HEAVY))
    assert _under(modules, OTHER_COMMANDS) == []


def test_search_help_builds_only_the_search_parser(data_dir: Path) -> None:
    code, modules, stdout = _imported(["search", "--help"], data_dir)
    assert code == 0 and "usage: rasad search" in stdout and "--min-killed" in stdout
    assert _under(modules, OTHER_COMMANDS) == []


def test_help_still_lists_every_command(data_dir: Path) -> None:
    from rasad.cli import COMMANDS

    code, _, stdout = _imported(["--help"], data_dir)
    assert code == 0
    listed = [line.split()[0] for line in stdout.split("COMMAND\n", 1)[1].splitlines() if line.startswith("    ")
              and not line.startswith("     ")]
    assert listed == list(COMMANDS)
