"""At merge with the case store (branch wt-c): rename to ``test_cases_e2e.py``.

Not collected on wt-c2, where ``rasad.cases.service`` does not exist yet. It runs ``rasad export
referral|verify`` and ``rasad report`` through the CLI adapters on a real SQLite case store, a real lead
store and a real archive (passed against wt-c at 1d7de90).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipelines.archive import WarcArchive
from rasad.cases import service
from rasad.cli import main
from rasad.db.base import forget_engines, open_database
from rasad.records import Lead
from rasad.settings import Settings
from rasad.store.sqlite import SQLiteLeadStore
from tests.conftest import CANARY_NAMES
from tests.outputs.conftest import LocalTsa


def test_referral_and_report_from_the_case_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 local_tsa: LocalTsa, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("RASAD_DATA_DIR", str(data))
    monkeypatch.setenv("RASAD_KEY_FILE", str(tmp_path / "keys" / "case.key"))
    monkeypatch.delenv("RASAD_SEARCH_URL", raising=False)
    monkeypatch.delenv("RASAD_DB_URL", raising=False)
    forget_engines()
    settings = Settings(data_dir=data, search_url=None)
    with WarcArchive(settings.archive_dir) as archive:
        capture = archive.write_exchange(url="http://127.0.0.1/a", final_url="http://127.0.0.1/a", status=200,
                                         response_headers=[("Content-Type", "text/html")], body=b"<p>x</p>",
                                         screenshot=b"\x89PNG-test", rendered=True)
    lead = Lead(id="L1", url="http://127.0.0.1/a", title="t", text="اعتقال ناشط في الزاوية", language="ar",
                published_at="2026-11-03T08:00:00+00:00", fetched_at="2026-11-03T08:00:00+00:00", source_id="s",
                capture_sha256=capture.sha256, incident_types=("arbitrary_detention",), regions=("Zawiya",))
    with SQLiteLeadStore(settings.sqlite_path) as store:
        store.upsert([lead])
        engine = open_database(settings)
        incident = service.create_incident(engine, ["L1"], "monitor-a", "اعتقال", store=store)
    service.set_fields(engine, incident.id, "monitor-a", event_date="2026-11-03", district="Zawiya",
                       types=("arbitrary_detention",))
    service.add_victim(engine, incident.id, "monitor-a", gender="male", age_group="adult", name=CANARY_NAMES[0])
    service.verify(engine, incident.id, "monitor-a")
    monkeypatch.setenv("RASAD_TSA_URL", local_tsa.url)

    assert main(["export", "referral", incident.id, "--out", str(tmp_path / "bag")]) == 0
    assert main(["export", "verify", str(tmp_path / "bag"), "--tsa-cert", str(local_tsa.cert)]) == 0
    for path in (tmp_path / "bag").rglob("*"):
        assert not path.is_file() or CANARY_NAMES[0].encode() not in path.read_bytes(), path
    assert "incident.create" in (tmp_path / "bag" / "data" / "audit" / "events.jsonl").read_text(encoding="utf-8")

    assert main(["report", "--month", "2026-11", "--out", str(tmp_path / "report")]) == 0
    with open(tmp_path / "report" / "tables.csv", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert any(r["table"] == "victims" and r["district"] == "Zawiya" and r["gender"] == "male" for r in rows)

    capsys.readouterr()
    assert main(["export", "referral", "no-such-incident", "--out", str(tmp_path / "bag2")]) == 2
    assert "no-such-incident" in capsys.readouterr().err and not (tmp_path / "bag2").exists()
