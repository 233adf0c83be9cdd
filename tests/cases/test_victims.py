"""Victims: identities encrypted at rest with the installation key, shown only to allowed roles,
pseudonymised in exports, never logged; the key rotates without losing anything."""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import Engine, select

from rasad.cases import service
from rasad.cases.keys import key_path, load_keyring
from rasad.cases.models import AuditEventRow, IncidentLeadRow, IncidentRow, VictimRow
from rasad.db.base import Base, session_scope
from rasad.errors import UserError
from rasad.settings import Settings
from rasad.store.sqlite import SQLiteLeadStore
from tests.cases.conftest import CANARY_CONTACT, CANARY_NAME, SYNDICATED, make_lead


@pytest.fixture()
def incident_id(engine: Engine, store: SQLiteLeadStore) -> str:
    lead = make_lead("a", "s1", SYNDICATED)
    store.upsert([lead])
    return service.create_incident(engine, [lead.id], "monitor-a", store=store).id


def _add(engine: Engine, incident_id: str, **extra):
    return service.add_victim(engine, incident_id, "monitor-a", gender="male", age_group="adult",
                              nationality="ly", migrant_status="citizen", occupation_group="activist",
                              violations=["arbitrary_detention", "torture"], needs=["legal", "medical"],
                              consent="given", name=CANARY_NAME, contact=CANARY_CONTACT, **extra)


def _every_stored_value(engine: Engine) -> str:
    with session_scope(engine) as session:
        return repr([[row.__dict__ for row in session.scalars(select(model))]
                     for model in (IncidentRow, IncidentLeadRow, VictimRow, AuditEventRow)])


def test_identity_is_encrypted_at_rest_and_shown_only_to_allowed_roles(
        settings: Settings, engine: Engine, incident_id: str, db_url: str, caplog: pytest.LogCaptureFixture,
        capfd: pytest.CaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    victim = _add(engine, incident_id)
    assert victim.has_identity and victim.nationality == "LY" and victim.violations == ("arbitrary_detention",
                                                                                         "torture")
    keyring = load_keyring(settings)
    assert victim.pseudonym == keyring.pseudonym(victim.id) and victim.pseudonym.startswith("P-")
    assert service.get_incident(engine, incident_id).victims == (victim,)
    for role in ("admin", "monitor"):
        identity = service.victim_identity(engine, victim.id, role, actor="monitor-b")
        assert (identity.name, identity.contact) == (CANARY_NAME, CANARY_CONTACT)
    with pytest.raises(UserError, match="the viewer role may not see"):
        service.victim_identity(engine, victim.id, "viewer")
    with pytest.raises(UserError, match="no victim"):
        service.victim_identity(engine, "V-00000000", "admin")
    views = [e for e in service.audit_events(engine, [victim.id]) if e.action == "victim.identity_view"]
    assert [(e.actor, e.details) for e in views] == [("monitor-b", {"role": "admin"}), ("monitor-b", {"role": "monitor"})]
    # Nowhere in the clear: not in any stored value, not in the database file's bytes, not in any log.
    assert CANARY_NAME not in _every_stored_value(engine) and CANARY_CONTACT not in _every_stored_value(engine)
    if db_url.startswith("sqlite"):
        database = Path(db_url.removeprefix("sqlite:///"))
        raw = b"".join(path.read_bytes() for path in database.parent.glob("cases.db*"))
        assert CANARY_NAME.encode() not in raw and CANARY_CONTACT.encode() not in raw
        assert b"P-" in raw  # the check reads the data that is there
    out, err = capfd.readouterr()
    assert CANARY_NAME not in caplog.text + out + err and CANARY_CONTACT not in caplog.text + out + err


def test_exports_are_pseudonymous_unless_an_admin_asks(engine: Engine, incident_id: str) -> None:
    victim = _add(engine, incident_id)
    for role in ("viewer", "monitor", "admin"):
        exported = json.dumps(service.export_incident(engine, incident_id, role, "monitor-a"), ensure_ascii=False)
        assert victim.pseudonym in exported and CANARY_NAME not in exported and CANARY_CONTACT not in exported
    with pytest.raises(UserError, match="only an admin"):
        service.export_incident(engine, incident_id, "monitor", "monitor-a", include_identities=True)
    full = service.export_incident(engine, incident_id, "admin", "boss", include_identities=True)
    assert full["victims"][0]["identity"] == {"name": CANARY_NAME, "contact": CANARY_CONTACT}
    exports = [e.details for e in service.audit_events(engine, [incident_id]) if e.action == "incident.export"]
    assert exports[-1] == {"role": "admin", "include_identities": True}


def test_the_key_is_created_once_outside_the_data_dir(settings: Settings, engine: Engine, incident_id: str,
                                                      capsys: pytest.CaptureFixture,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = key_path()
    assert not path.exists()
    _add(engine, incident_id)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert f"created the case key {path}" in capsys.readouterr().err
    first = path.read_bytes()
    _add(engine, incident_id)
    assert path.read_bytes() == first and "created" not in capsys.readouterr().err

    monkeypatch.setenv("RASAD_KEY_FILE", str(settings.data_dir / "keys" / "case.key"))
    with pytest.raises(UserError, match="inside the data directory"):
        _add(engine, incident_id)
    assert not (settings.data_dir / "keys").exists()

    # Identities are stored: a missing key file is an error, never a new key that would orphan them.
    monkeypatch.setenv("RASAD_KEY_FILE", str(path.with_name("elsewhere.key")))
    with pytest.raises(UserError, match="no case key file at"):
        _add(engine, incident_id)
    with pytest.raises(UserError, match="no case key file at"):
        service.victim_identity(engine, service.list_victims(engine, incident_id)[0].id, "admin")
    assert len(service.list_victims(engine, incident_id)) == 2  # nothing lost
    monkeypatch.setenv("RASAD_KEY_FILE", str(path))
    os.chmod(path, 0o644)
    with pytest.raises(UserError, match="readable by others"):
        _add(engine, incident_id)


def test_rotation_re_encrypts_every_identity_and_drops_the_old_key(settings: Settings, engine: Engine,
                                                                   incident_id: str) -> None:
    victims = [_add(engine, incident_id), service.add_victim(engine, incident_id, "monitor-a", contact="+218-1")]
    old = load_keyring(settings)
    with session_scope(engine) as session:
        before = {row.id: (row.name_token, row.contact_token) for row in session.scalars(select(VictimRow))}
    assert service.rotate_keys(engine, "admin-a") == 2
    new = load_keyring(settings)
    assert len(new.fernet_keys) == 1 and new.fernet_keys != old.fernet_keys
    assert new.pseudonym_key == old.pseudonym_key  # pseudonyms stay stable
    with session_scope(engine) as session:
        after = {row.id: (row.name_token, row.contact_token) for row in session.scalars(select(VictimRow))}
    assert all(after[key] != before[key] for key in before)
    with pytest.raises(InvalidToken):
        Fernet(old.fernet_keys[0]).decrypt(after[victims[0].id][0].encode())
    assert service.victim_identity(engine, victims[0].id, "admin").name == CANARY_NAME
    assert service.victim_identity(engine, victims[1].id, "admin").contact == "+218-1"
    assert {v.id: v.pseudonym for v in service.list_victims(engine, incident_id)} == {
        v.id: v.pseudonym for v in victims}
    assert [e.details for e in service.audit_events(engine, ["case-key"])] == [{"identities": 2}]


def test_bad_victims_are_refused_and_nothing_is_written(engine: Engine, incident_id: str) -> None:
    with pytest.raises(UserError, match="no incident 'I-12345678'"):
        _add(engine, "I-12345678")
    for bad, message in (({"gender": "x"}, "unknown gender"), ({"needs": ["money"]}, "unknown need"),
                         ({"violations": ["rudeness"]}, "unknown violation"),
                         ({"nationality": "Libya"}, "ISO 3166-1 alpha-2"), ({"consent": "yes"}, "unknown consent")):
        with pytest.raises(UserError, match=message):
            service.add_victim(engine, incident_id, "monitor-a", **bad)
    assert service.list_victims(engine, incident_id) == []
    assert [e.action for e in service.audit_events(engine)] == ["incident.create"]


def test_every_table_is_in_the_migration(engine: Engine) -> None:
    """The ORM models and the Alembic revision describe the same tables and columns."""
    from sqlalchemy import inspect

    inspector = inspect(engine)
    for table in Base.metadata.sorted_tables:
        if table.name in ("incidents", "incident_leads", "victims", "audit_events", "audit_head"):
            assert {c["name"] for c in inspector.get_columns(table.name)} == {c.name for c in table.columns}
