"""Search-node credentials come from the environment or a file and are never echoed; a CA file for TLS."""

from __future__ import annotations

import base64
import ssl
from pathlib import Path

import pytest

from rasad.errors import NotConfigured
from rasad.search_auth import redact, search_auth
from rasad.store.engine import EngineLeadStore, detect_engine

SECRET = "s3cr3t-Pa55"


def test_an_unreachable_node_is_named_without_its_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_SEARCH_PASSWORD", SECRET)
    monkeypatch.setenv("RASAD_SEARCH_USER", "rasad")
    with pytest.raises(NotConfigured) as caught:
        detect_engine(f"http://admin:{SECRET}@127.0.0.1:9/", timeout=2)
    assert SECRET not in str(caught.value) and "admin" not in str(caught.value)
    assert "127.0.0.1:9" in str(caught.value) and SECRET not in repr(search_auth("http://127.0.0.1:9"))


def test_secrets_from_files_and_the_header_they_make(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "password").write_text(SECRET + "\n", encoding="utf-8")
    monkeypatch.setenv("RASAD_SEARCH_USER", "rasad")
    monkeypatch.setenv("RASAD_SEARCH_PASSWORD_FILE", str(tmp_path / "password"))
    auth = search_auth("https://node.example:9200")
    assert auth.headers() == {"Authorization": "Basic " + base64.b64encode(f"rasad:{SECRET}".encode()).decode()}
    (tmp_path / "key").write_text("id1:key1", encoding="utf-8")
    monkeypatch.setenv("RASAD_SEARCH_API_KEY_FILE", str(tmp_path / "key"))
    assert search_auth("https://node.example:9200").headers() == {"Authorization": "ApiKey aWQxOmtleTE="}
    monkeypatch.setenv("RASAD_SEARCH_PASSWORD_FILE", str(tmp_path / "missing"))
    with pytest.raises(NotConfigured, match="RASAD_SEARCH_PASSWORD_FILE"):
        search_auth("https://node.example:9200")
    assert redact(f"https://u:{SECRET}@node.example:9200/x") == "https://node.example:9200/x"


def test_ca_file_builds_a_verifying_tls_context(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_SEARCH_CA_FILE", str(tmp_path / "none.pem"))
    with pytest.raises(NotConfigured, match="RASAD_SEARCH_CA_FILE"):
        search_auth("https://node.example:9200")
    monkeypatch.setenv("RASAD_SEARCH_CA_FILE", ssl.get_default_verify_paths().cafile or "/etc/ssl/certs/ca-certificates.crt")
    context = search_auth("https://node.example:9200").ssl_context()
    assert context is not None and context.verify_mode == ssl.CERT_REQUIRED and context.get_ca_certs()


def test_the_real_node_accepts_a_store_opened_with_credentials(search_url: str, index_prefix: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_SEARCH_USER", "rasad")
    monkeypatch.setenv("RASAD_SEARCH_PASSWORD", SECRET)
    with EngineLeadStore(search_url.replace("http://", f"http://rasad:{SECRET}@"), index_prefix) as store:
        assert store.count() == 0 and SECRET not in store.shown_url
