"""``rasad users``: passwords from stdin (never an argument), tokens shown once and stored hashed,
disabling ends access, and mistakes are one clear line with exit status 2."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from rasad.api import create_app
from rasad.db.base import forget_engines
from rasad.settings import Settings
from tests.api.accounts import bearer


def rasad(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASAD_")}
    env["RASAD_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "rasad.cli", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_users_lifecycle(tmp_path: Path) -> None:
    data = tmp_path / "data"
    added = rasad(data, "users", "add", "mon-x", "--role", "monitor", stdin="a long enough password\n")
    assert added.returncode == 0, added.stderr
    assert "a long enough password" not in added.stdout + added.stderr
    listed = rasad(data, "users", "list")
    assert listed.returncode == 0 and listed.stdout.split() == ["mon-x", "monitor", "active"]
    token = rasad(data, "users", "token", "mon-x")
    assert token.returncode == 0
    secret = token.stdout.strip()
    assert secret.startswith("rasad_") and len(secret) > 40
    with sqlite3.connect(data / "cases.db") as db:
        stored = [row[0] for row in db.execute("SELECT token_hash FROM api_tokens")]
        hashes = [row[0] for row in db.execute("SELECT password_hash FROM users")]
    assert stored and secret not in stored[0] and hashes[0].startswith("$argon2id$")

    forget_engines()
    app = create_app(Settings(data_dir=data, search_url=None), hosts=("testserver",))
    assert TestClient(app).get("/me", headers=bearer(secret)).json() == {"name": "mon-x", "role": "monitor"}
    assert rasad(data, "users", "passwd", "mon-x", stdin="another long password\n").returncode == 0
    assert rasad(data, "users", "disable", "mon-x").returncode == 0
    assert TestClient(app).get("/me", headers=bearer(secret)).status_code == 401
    assert rasad(data, "users", "list").stdout.split() == ["mon-x", "monitor", "disabled"]
    forget_engines()


def test_users_mistakes_are_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for args, stdin, fragment in [
        (("users", "add", "mon x", "--role", "monitor"), "a long enough password\n", "user name"),
        (("users", "add", "mon-y", "--role", "monitor"), "short\n", "password needs"),
        (("users", "add", "mon-y", "--role", "monitor"), "", "no password"),
        (("users", "token", "nobody"), "", "no user 'nobody'"),
    ]:
        answer = rasad(data, *args, stdin=stdin)
        assert answer.returncode == 2, (args, answer.stderr)
        assert answer.stderr.strip().count("\n") == 0 and fragment in answer.stderr, answer.stderr
        assert answer.stderr.startswith("rasad users: error: ")
    bad_role = rasad(data, "users", "add", "mon-z", "--role", "boss", stdin="a long enough password\n")
    assert bad_role.returncode == 2 and "invalid choice" in bad_role.stderr
    assert rasad(data, "users", "add", "mon-y", "--role", "monitor", stdin="a long enough password\n").returncode == 0
    again = rasad(data, "users", "add", "mon-y", "--role", "admin", stdin="a long enough password\n")
    assert again.returncode == 2 and "already exists" in again.stderr
