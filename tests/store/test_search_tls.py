"""RASAD_SEARCH_CA_FILE against a real TLS endpoint: the local search node behind a TLS relay with basic
auth (tests/store/tls_relay.py), certificates made by ``openssl`` for this test session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from rasad.errors import NotConfigured
from rasad.store import SearchQuery
from rasad.store.engine import EngineLeadStore, detect_engine
from tests.store.test_contract import make_lead
from tests.store.tls_relay import RelayLog, make_ca, make_server_cert, tls_relay

USER, SECRET = "rasad", "tls-S3cret-Pa55"


@dataclass(frozen=True)
class Pki:
    ca: Path  # signed the relay's certificates
    other_ca: Path  # signed nothing we serve
    cert: Path  # for IP:127.0.0.1 and DNS:localhost
    key: Path
    wrong_name_cert: Path  # signed by ca, for another host name only
    wrong_name_key: Path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca, other = make_ca(folder, "rasad-test-ca"), make_ca(folder, "other-ca")
    cert, key = make_server_cert(ca, "node", "IP:127.0.0.1,DNS:localhost")
    wrong, wrong_key = make_server_cert(ca, "elsewhere", "DNS:search.example.org")
    return Pki(ca, other, cert, key, wrong, wrong_key)


@pytest.fixture(scope="module")
def relay(search_url: str, pki: Pki) -> Iterator[tuple[int, RelayLog]]:
    with tls_relay(search_url, pki.cert, pki.key, USER, SECRET) as served:
        yield served


@pytest.fixture()
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_SEARCH_USER", USER)
    monkeypatch.setenv("RASAD_SEARCH_PASSWORD", SECRET)


def _one_clean_line(error: NotConfigured) -> str:
    message = str(error)
    assert "\n" not in message and SECRET not in message
    assert "scripts/search-node start" not in message  # the node is up: the advice is about TLS
    return message


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_index_and_search_over_tls_with_the_ca_file(host: str, relay: tuple[int, RelayLog], pki: Pki,
                                                    index_prefix: str, credentials: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    port, seen = relay
    monkeypatch.setenv("RASAD_SEARCH_CA_FILE", str(pki.ca))
    before = seen.forwarded
    lead = make_lead("https://ex.ly/tls", "قتل مدنيان في طرابلس")
    with EngineLeadStore(f"https://{host}:{port}", index_prefix) as store:
        assert store.engine.product == "opensearch"
        store.upsert([lead])
        store.refresh()
        result = store.search(SearchQuery(text="طرابلس"))
    assert [hit.lead.id for hit in result.hits] == [lead.id]
    assert seen.forwarded > before  # every call went through the TLS relay


def test_without_the_ca_file_tls_fails_in_one_line(relay: tuple[int, RelayLog], credentials: None,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASAD_SEARCH_CA_FILE", raising=False)
    with pytest.raises(NotConfigured) as caught:
        detect_engine(f"https://127.0.0.1:{relay[0]}", timeout=10)
    message = _one_clean_line(caught.value)
    assert "is not trusted (unable to get local issuer certificate)" in message
    assert "set RASAD_SEARCH_CA_FILE" in message


def test_another_ca_fails_in_one_line(relay: tuple[int, RelayLog], pki: Pki, credentials: None,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_SEARCH_CA_FILE", str(pki.other_ca))
    with pytest.raises(NotConfigured) as caught:
        EngineLeadStore(f"https://127.0.0.1:{relay[0]}", "rasadtest-never")
    message = _one_clean_line(caught.value)
    assert "is not trusted" in message and "set RASAD_SEARCH_CA_FILE" in message


def test_a_certificate_for_another_name_fails(search_url: str, pki: Pki, credentials: None,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_SEARCH_CA_FILE", str(pki.ca))
    with (tls_relay(search_url, pki.wrong_name_cert, pki.wrong_name_key, USER, SECRET) as (port, seen),
          pytest.raises(NotConfigured) as caught):
        detect_engine(f"https://127.0.0.1:{port}", timeout=10)
    message = _one_clean_line(caught.value)
    assert "is not for this host (IP address mismatch, certificate is not valid for '127.0.0.1')" in message
    assert seen.forwarded == seen.refused == 0  # refused at the handshake, before any request


def test_wrong_credentials_are_refused_without_echoing_them(relay: tuple[int, RelayLog], pki: Pki,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    port, seen = relay
    monkeypatch.setenv("RASAD_SEARCH_CA_FILE", str(pki.ca))
    monkeypatch.setenv("RASAD_SEARCH_USER", USER)
    monkeypatch.setenv("RASAD_SEARCH_PASSWORD", SECRET + "-wrong")
    refused = seen.refused
    with pytest.raises(NotConfigured) as caught:
        EngineLeadStore(f"https://{USER}:{SECRET}@127.0.0.1:{port}", "rasadtest-never")
    message = _one_clean_line(caught.value)
    assert "HTTP 401" in message and SECRET + "-wrong" not in message
    assert seen.refused == refused + 1
