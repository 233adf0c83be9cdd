"""One contract, two stores: the embedded SQLite store and the real local OpenSearch node."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rasad.errors import UserError
from rasad.records import Lead, lead_id_for
from rasad.store import LeadStore, SearchQuery
from rasad.store.engine import EngineLeadStore
from rasad.store.sqlite import SQLiteLeadStore


def make_lead(url: str, text: str, *, title: str = "", types: tuple[str, ...] = ("killing",),
              places: tuple[str, ...] = (), language: str = "ar", published_at: str | None = "2026-11-20",
              location: tuple[float, float] | None = None) -> Lead:
    return Lead(
        id=lead_id_for(url), url=url, title=title or text[:40], text=text, language=language,
        published_at=published_at, fetched_at="2026-11-21T01:00:00Z", source_id="test",
        capture_sha256="0" * 64, incident_types=types, places=places, evidence=(text,), location=location,
    )


CORPUS = [
    make_lead("https://ex.ly/1", "قتل مدنيان في قصف على حي سكني وطرابلس تشهد توترا", places=("ly-tripoli",),
              location=(32.8872, 13.1913)),
    make_lead("https://ex.ly/2", "اشتباكات عنيفة بطرابلس أمس وإصابة ثلاثة", types=("injury",), places=("ly-tripoli",)),
    make_lead("https://ex.ly/3", "اختطاف صحفي في مدينة أجدابيا", types=("abduction",), places=("ly-ajdabiya",)),
    make_lead("https://ex.ly/4", "اعتقال ناشط في مصراتة", types=("arbitrary_detention",), places=("ly-misrata",)),
    make_lead("https://ex.ly/5", "Two civilians killed in Benghazi clashes", language="en", places=("ly-benghazi",),
              published_at=None),
    make_lead("https://ex.ly/6", "قُتِلَ شابٌّ في سَبْهَا", places=("ly-sabha",), published_at="2026-10-01"),
]


@pytest.fixture(params=["sqlite", "opensearch"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LeadStore]:
    if request.param == "sqlite":
        opened: LeadStore = SQLiteLeadStore(tmp_path / "rasad.db")
    else:
        url = request.getfixturevalue("search_url")
        opened = EngineLeadStore(url, prefix=request.getfixturevalue("index_prefix"))
    with opened:
        opened.upsert(CORPUS)
        yield opened


def ids(store: LeadStore, text: str = "", **filters: str) -> set[str]:
    result = store.search(SearchQuery(text=text, filters=filters, limit=100))
    assert result.total == len(result.hits)
    return {hit.lead.url.rsplit("/", 1)[-1] for hit in result.hits}


def test_round_trip_keeps_every_field(store: LeadStore) -> None:
    for lead in CORPUS:
        assert store.get(lead.id) == lead
    assert store.get("no-such-lead") is None
    assert store.count() == len(CORPUS)


def test_upsert_is_idempotent(store: LeadStore) -> None:
    result = store.upsert(CORPUS)
    assert result.written == len(CORPUS) and not result.failed
    assert store.count() == len(CORPUS)


def test_reprocessing_updates_machine_fields(store: LeadStore) -> None:
    changed = make_lead("https://ex.ly/3", "اختطاف صحفي وزميله في مدينة أجدابيا", types=("abduction", "injury"),
                        places=("ly-ajdabiya",))
    store.upsert([changed])
    assert store.get(changed.id) == changed
    assert ids(store, "زميله") == {"3"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("طرابلس", {"1", "2"}),  # written وطرابلس and بطرابلس only
        ("وطرابلس", {"1", "2"}),
        ("اجدابيا", {"3"}),  # written أجدابيا
        ("إجدابيا", {"3"}),
        ("مصراته", {"4"}),  # written مصراتة
        ("سبها", {"6"}),  # written with diacritics
        ("قتل", {"1", "6"}),
        ("benghazi", {"5"}),
        ("BENGHAZI clashes", {"5"}),
        ("طرابلس أجدابيا", set()),  # every term must match
    ],
)
def test_arabic_aware_search(store: LeadStore, query: str, expected: set[str]) -> None:
    assert ids(store, query) == expected


def test_filters_and_text_combine(store: LeadStore) -> None:
    assert ids(store, incident_type="killing") == {"1", "5", "6"}
    assert ids(store, "طرابلس", incident_type="injury") == {"2"}
    assert ids(store, place="ly-tripoli", language="ar") == {"1", "2"}
    assert ids(store, language="en") == {"5"}
    assert ids(store, status="new") == {str(i) for i in range(1, 7)}
    assert ids(store, status="verified") == set()


def test_paging_is_stable_and_complete(store: LeadStore) -> None:
    seen: list[str] = []
    for offset in range(0, 6, 2):
        page = store.search(SearchQuery(filters={"status": "new"}, limit=2, offset=offset))
        assert page.total == 6
        seen += [hit.lead.id for hit in page.hits]
    assert sorted(seen) == sorted(lead.id for lead in CORPUS)


@pytest.mark.parametrize(
    "garbage",
    ['"', "*", "AND OR NOT", "(((", '{"query": {"match_all": {}}}', "text:foo^3", "NEAR(a b)", "طرابلس\" OR \"",
     "\\", "script_fields", "🙂🙂", "a" * 999],
)
def test_query_syntax_is_never_interpreted(store: LeadStore, garbage: str) -> None:
    try:
        result = store.search(SearchQuery(text=garbage))
    except UserError:
        return  # nothing searchable left after normalisation: a clear user error is fine
    assert result.total == len(result.hits) <= len(CORPUS)


def test_bad_queries_are_user_errors() -> None:
    with pytest.raises(UserError, match="empty query"):
        SearchQuery(text="  ?! ")
    with pytest.raises(UserError, match="unknown filter"):
        SearchQuery(text="x", filters={"colour": "red"})
    with pytest.raises(UserError, match="too long"):
        SearchQuery(text="x" * 5000)
