"""Store fixtures: the Elasticsearch-compatible proxy and cleanup of the templates a store installs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.store.es_proxy import Faults, es_proxy


@pytest.fixture(scope="session")
def es_proxy_server(search_url: str) -> Iterator[tuple[str, Faults]]:
    """The local OpenSearch node seen through a proxy that answers like Elasticsearch 8."""
    with es_proxy(search_url) as server:
        yield server


@pytest.fixture()
def es_url(es_proxy_server: tuple[str, Faults]) -> Iterator[str]:
    url, faults = es_proxy_server
    yield url
    faults.bulk_429 = faults.item_429 = 0


@pytest.fixture()
def faults(es_proxy_server: tuple[str, Faults]) -> Faults:
    return es_proxy_server[1]
