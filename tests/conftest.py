"""Shared fixtures: the real local search node, fixture sites, isolated data dirs."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEARCH_NODE = REPO / "scripts" / "search-node"
CANARY_NAMES = ("زهرة القنطاري", "Canary Qantari")


@pytest.fixture(scope="session")
def search_url() -> str:
    """URL of the real local OpenSearch node: RASAD_TEST_SEARCH_URL, or started by scripts/search-node.

    Never skipped: a test that needs the node fails if it cannot be had.
    """
    url = os.environ.get("RASAD_TEST_SEARCH_URL")
    if url:
        return url
    started = subprocess.run([str(SEARCH_NODE), "start", "--keep-data"], capture_output=True, text=True,
                             timeout=600, check=False)
    if started.returncode != 0:
        pytest.fail(f"could not start the local search node: {started.stderr.strip()[-2000:]}")
    return started.stdout.strip().splitlines()[-1]


@pytest.fixture()
def index_prefix(search_url: str) -> Iterator[str]:
    """A unique index prefix per test, deleted afterwards, so tests never see each other's leads."""
    prefix = f"rasadtest-{uuid.uuid4().hex[:10]}"
    yield prefix
    from rasad.store.engine import drop_prefix

    drop_prefix(search_url, prefix)


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path
