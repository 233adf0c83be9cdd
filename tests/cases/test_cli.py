"""The case commands end to end: ids in, one-line errors, identities from stdin only and never echoed."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys

import pytest
from sqlalchemy import Engine

from rasad.cases import service
from rasad.cli import main
from rasad.settings import Settings
from rasad.store.sqlite import SQLiteLeadStore
from tests.cases.conftest import CANARY_CONTACT, CANARY_NAME, OTHER_STORY, SYNDICATED, make_lead
from tests.conftest import REPO


def _run(capsys: pytest.CaptureFixture, *argv: str, stdin: str | None = None,
         monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_incident_and_victim_commands(settings: Settings, engine: Engine, store: SQLiteLeadStore,
                                      capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)
    first, second, third = (make_lead("a", "s1", SYNDICATED), make_lead("b", "s2", OTHER_STORY),
                            make_lead("c", "s3", OTHER_STORY, places=("ly-sabha",)))
    store.upsert([first, second, third])
    code, out, _ = _run(capsys, "incidents", "propose")
    pair = " ".join(sorted([first.id, second.id]))
    assert code == 0 and out.strip() == f"same place, date and type: rasad incidents create {pair}"
    code, out, _ = _run(capsys, "incidents", "create", first.id, "--title", "Activist detained", "--as", "mona")
    assert code == 0 and "1 lead(s), 1 independent source(s): single_source" in out
    incident_id = out.split()[0]
    code, out, _ = _run(capsys, "incidents", "add", incident_id, second.id, "--as", "mona")
    assert code == 0 and "2 independent source(s): corroborated" in out
    code, out, _ = _run(capsys, "incidents", "set", incident_id, "--event-date", "2026-02", "--district", "Zawiya",
                        "--perpetrator", "armed-group", "--perpetrator", "police")
    assert code == 0 and " 2026-02 " in out
    record = service.get_incident(engine, incident_id)
    assert (record.event_date_precision, record.perpetrators) == ("month", ("armed-group", "police"))
    code, _, err = _run(capsys, "incidents", "set", incident_id, "--event-date", "2026-02-30")
    assert code == 2 and "'2026-02-30' is not a real date" in err
    assert _run(capsys, "incidents", "grade", incident_id, "confirmed")[0] == 0
    assert _run(capsys, "incidents", "verify", incident_id)[0] == 0
    code, out, _ = _run(capsys, "incidents", "status", incident_id, "referred")
    assert code == 0 and " referred " in out and "grade confirmed" in out

    code, out, err = _run(capsys, "victims", "add", incident_id, "--gender", "female", "--age-group", "adult",
                          "--nationality", "LY", "--violation", "arbitrary_detention", "--need", "legal",
                          "--consent", "given", stdin=f"{CANARY_NAME}\n{CANARY_CONTACT}\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert "identity-stored" in out and "consent=given" in out
    victim_id = out.split()[0]
    identity_file = settings.data_dir.parent / "identity.txt"
    identity_file.write_text("\n+218-92-000\n", encoding="utf-8")
    code, out, _ = _run(capsys, "victims", "add", incident_id, "--identity-file", str(identity_file))
    assert code == 0 and "identity-stored" in out
    assert _run(capsys, "victims", "add", incident_id, "--no-identity")[0] == 0

    shown = "".join(_run(capsys, "incidents", "show", incident_id)[1:]) + "".join(
        _run(capsys, "incidents", "show", incident_id, "--format", "json")[1:]) + "".join(
        _run(capsys, "incidents", "list", "--format", "jsonl")[1:]) + "".join(
        _run(capsys, "victims", "list", incident_id)[1:]) + "".join(_run(capsys, "audit", "list")[1:])
    assert victim_id in shown and "Activist detained" in shown
    assert CANARY_NAME not in shown + caplog.text and CANARY_CONTACT not in shown + caplog.text
    code, out, _ = _run(capsys, "victims", "list", incident_id, "--identities", "--format", "jsonl", "--as", "mona")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and (rows[0]["name"], rows[0]["contact"]) == (CANARY_NAME, CANARY_CONTACT)
    assert (rows[1]["name"], rows[1]["contact"]) == (None, "+218-92-000")
    code, out, _ = _run(capsys, "incidents", "show", incident_id, "--format", "json", "--identities")
    assert code == 0 and json.loads(out)["victims"][0]["identity"]["name"] == CANARY_NAME
    assert CANARY_NAME not in caplog.text
    code, out, _ = _run(capsys, "keys", "rotate", "--as", "admin-a")
    assert code == 0 and "3 identit" not in out and "2 identities re-encrypted" in out
    assert _run(capsys, "audit", "verify")[0] == 0
    actions = [e.action for e in service.audit_events(engine)]
    assert actions.count("victim.identity_view") == 6 and actions[-1] == "keys.rotate"


@pytest.mark.parametrize(("argv", "message"), [
    (("incidents", "show", "I-deadbeef"), "no incident 'I-deadbeef'"),
    (("incidents", "create", "0123456789abcdef01234567"), "no lead starts with '0123456789abcdef01234567'"),
    (("victims", "add", "I-deadbeef", "--no-identity"), "no incident 'I-deadbeef'"),
    (("victims", "add", "I-deadbeef", "--nationality", "Libya", "--no-identity"), "ISO 3166-1 alpha-2"),
    (("incidents", "list", "--from", "2026-01-01", "--status", "open"), None),
])
def test_bad_input_is_one_line_and_exit_2(settings: Settings, engine: Engine, store: SQLiteLeadStore,
                                          capsys: pytest.CaptureFixture, argv: tuple[str, ...],
                                          message: str | None) -> None:
    store.upsert([make_lead("a", "s1", SYNDICATED)])
    code, out, err = _run(capsys, *argv)
    if message is None:
        assert (code, out) == (0, "")
        return
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"rasad {argv[0]}: error: ") and message in err


def test_a_lead_in_two_incidents_is_refused(settings: Settings, engine: Engine, store: SQLiteLeadStore,
                                            capsys: pytest.CaptureFixture) -> None:
    lead = make_lead("a", "s1", SYNDICATED)
    store.upsert([lead])
    code, out, _ = _run(capsys, "incidents", "create", lead.id)
    first = out.split()[0]
    code, out, err = _run(capsys, "incidents", "create", lead.id)
    assert code == 2 and err.strip() == (f"rasad incidents: error: lead {lead.id} is already in incident {first}: "
                                         "a lead belongs to one incident")
    assert len(service.list_incidents(engine)) == 1


def test_the_installed_command_reads_the_identity_from_stdin_only(settings: Settings, engine: Engine,
                                                                  store: SQLiteLeadStore) -> None:
    """A real process: the name never needs to be an argument, and stderr says nothing about it."""
    lead = make_lead("a", "s1", SYNDICATED)
    store.upsert([lead])
    incident = service.create_incident(engine, [lead.id], "mona", store=store)
    rasad = str(REPO / ".venv" / "bin" / "rasad")
    done = subprocess.run([rasad, "victims", "add", incident.id, "--consent", "given"], input=f"{CANARY_NAME}\n",
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert CANARY_NAME not in done.stdout + done.stderr and "created the case key" in done.stderr
    assert service.list_victims(engine, incident.id)[0].has_identity
