"""One contract, three backends: the embedded SQLite store, the real local OpenSearch node through
``opensearch-py``, and the same node through the ``elasticsearch`` client (via tests/store/es_proxy.py)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from rasad.errors import ConflictError, UserError
from rasad.records import Lead, lead_id_for
from rasad.store import LeadStore, SearchQuery
from rasad.store.engine import EngineLeadStore
from rasad.store.sqlite import SQLiteLeadStore
from rasad.triage import TriageEdit


def make_lead(url: str, text: str, *, title: str = "", types: tuple[str, ...] = ("killing",),
              places: tuple[str, ...] = (), language: str = "ar", published_at: str | None = "2026-11-20",
              location: tuple[float, float] | None = None, killed: int | None = None,
              injured: int | None = None, detained: int | None = None, event_date: str | None = None,
              victims: tuple[str, ...] = (), cluster_id: str | None = None) -> Lead:
    return Lead(
        id=lead_id_for(url), url=url, title=title or text[:40], text=text, language=language,
        published_at=published_at, fetched_at="2026-11-21T01:00:00Z", source_id="test",
        capture_sha256="0" * 64, incident_types=types, places=places, evidence=(text,), location=location,
        killed=killed, injured=injured, detained=detained, event_date=event_date,
        event_date_precision="day" if event_date else None, victim_categories=victims, cluster_id=cluster_id,
    )


CORPUS = [
    make_lead("https://ex.ly/1", "قتل مدنيان في قصف على حي سكني وطرابلس تشهد توترا", places=("ly-tripoli",),
              location=(32.8872, 13.1913), killed=2, event_date="2026-11-19", victims=("children", "women"),
              cluster_id="story-a"),
    make_lead("https://ex.ly/2", "اشتباكات عنيفة بطرابلس أمس وإصابة ثلاثة", types=("injury",), places=("ly-tripoli",),
              injured=3, killed=0, event_date="2026-11-19", victims=("children",), cluster_id="story-a"),
    make_lead("https://ex.ly/3", "اختطاف صحفي في مدينة أجدابيا", types=("abduction",), places=("ly-ajdabiya",),
              victims=("journalists",)),
    make_lead("https://ex.ly/4", "اعتقال ناشط في مصراتة", types=("arbitrary_detention",), places=("ly-misrata",),
              detained=1, event_date="2026-11-02T08:00:00+02:00"),
    make_lead("https://ex.ly/5", "Two civilians killed in Benghazi clashes", language="en", places=("ly-benghazi",),
              published_at=None, killed=12, injured=30, event_date="2026-09-30", victims=("migrants",)),
    make_lead("https://ex.ly/6", "قُتِلَ شابٌّ في سَبْهَا", places=("ly-sabha",), published_at="2026-10-01"),
]


def open_backend(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> LeadStore:
    """A store of the given backend; called twice in a test, it opens the same data twice."""
    if backend == "sqlite":
        return SQLiteLeadStore(tmp_path / "rasad.db")
    url = request.getfixturevalue("search_url" if backend == "opensearch" else "es_url")
    opened = EngineLeadStore(url, prefix=request.getfixturevalue("index_prefix"))
    assert opened.engine.product == backend
    return opened


@pytest.fixture(params=["sqlite", "opensearch", "elasticsearch"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LeadStore]:
    opened = open_backend(request, request.param, tmp_path)
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


def test_casualty_victim_event_date_and_cluster_filters(store: LeadStore) -> None:
    assert ids_query(store, SearchQuery(min_killed=3)) == {"5"}
    assert ids_query(store, SearchQuery(min_killed=0)) == {"1", "2", "5"}  # unknown (None) is not zero
    assert ids_query(store, SearchQuery(min_killed=2, filters={"victim": "child"})) == {"1"}
    assert ids_query(store, SearchQuery(text="طرابلس", filters={"victim": "children"})) == {"1", "2"}
    assert ids_query(store, SearchQuery(min_injured=3)) == {"2", "5"}
    assert ids_query(store, SearchQuery(min_detained=1)) == {"4"}
    assert ids_query(store, SearchQuery(min_killed=13)) == set()
    assert ids_query(store, SearchQuery(event_from="2026-11-01")) == {"1", "2", "4"}
    assert ids_query(store, SearchQuery(event_from="2026-11-02", event_to="2026-11-02")) == {"4"}  # a timestamp
    assert ids_query(store, SearchQuery(event_to="2026-10-31", min_injured=1)) == {"5"}
    assert ids_query(store, SearchQuery(filters={"cluster": "story-a"}, min_injured=0)) == {"2"}
    result = store.search(SearchQuery(filters={"status": "new"}, facets=True))
    assert [(c.value, c.count) for c in result.victim_facets] == [
        ("children", 2), ("journalists", 1), ("migrants", 1), ("women", 1)]
    narrowed = store.search(SearchQuery(min_killed=1, facets=True))
    assert [(c.value, c.count) for c in narrowed.victim_facets] == [("children", 1), ("migrants", 1), ("women", 1)]


def test_filter_values_match_whole_whatever_they_hold(store: LeadStore) -> None:
    odd = make_lead("https://ex.ly/odd", "خبر عن سوق الجمعة", places=("سوق الجمعة", "ly souq"), types=("torture",))
    store.upsert([odd])
    assert ids(store, place="سوق الجمعة") == {"odd"}
    assert ids(store, "خبر", place="ly souq", incident_type="torture") == {"odd"}
    assert ids(store, place="سوق") == set() and ids(store, place="ly") == set()


def test_bad_ranges_are_user_errors() -> None:
    with pytest.raises(UserError, match="min_killed must be a whole number"):
        SearchQuery(min_killed=-1)
    with pytest.raises(UserError, match="event_from is after event_to"):
        SearchQuery(event_from="2026-02-01", event_to="2026-01-01")
    with pytest.raises(UserError, match="event_to must be a date"):
        SearchQuery(event_to="yesterday")


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


# -- Arabic-aware and English search, stemming, exact ------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("قتلى", {"1", "6"}),  # ى -> ي, light stem: قتلى / قتل meet
        ("المدنيين", {"1"}),  # written مدنيان: article stripped, suffix stemmed on both sides
        ("اشتباك", {"2"}),  # written اشتباكات
        ("killing", {"5"}),  # English stemming: killed / killing
        ("civilian", {"5"}),
    ],
)
def test_light_stemming(store: LeadStore, query: str, expected: set[str]) -> None:
    assert ids(store, query) == expected


def test_exact_matches_the_word_as_written(store: LeadStore) -> None:
    assert ids_exact(store, "مدنيان") == {"1"}
    assert ids_exact(store, "المدنيين") == set()
    assert ids_exact(store, "وطرابلس") == {"1", "2"}  # clitics are still peeled in exact mode


def ids_exact(store: LeadStore, text: str) -> set[str]:
    result = store.search(SearchQuery(text=text, exact=True, limit=100))
    return {hit.lead.url.rsplit("/", 1)[-1] for hit in result.hits}


# -- filters, sorting, facets, highlights -------------------------------------------------------


def test_date_range_and_bounding_box(store: LeadStore) -> None:
    assert ids_query(store, SearchQuery(date_from="2026-11-01")) == {"1", "2", "3", "4"}
    assert ids_query(store, SearchQuery(date_to="2026-10-31")) == {"6"}
    assert ids_query(store, SearchQuery(date_from="2026-10-01", date_to="2026-10-01")) == {"6"}
    tripoli_box = (33.0, 13.0, 32.7, 13.4)
    assert ids_query(store, SearchQuery(bbox=tripoli_box)) == {"1"}
    assert ids_query(store, SearchQuery(text="قتل", bbox=(30.0, 20.0, 29.0, 21.0))) == set()


def ids_query(store: LeadStore, query: SearchQuery) -> set[str]:
    return {hit.lead.url.rsplit("/", 1)[-1] for hit in store.search(query).hits}


def test_sorting_by_date_puts_undated_last(store: LeadStore) -> None:
    def key(lead: Lead) -> tuple[bool, str, str]:
        return (lead.published_at is None, lead.published_at or "", lead.id)

    dated = sorted((lead for lead in CORPUS if lead.published_at), key=lambda lead: lead.id)
    newest = sorted(dated, key=lambda lead: lead.published_at or "", reverse=True)  # stable: id asc in ties
    undated = [lead for lead in CORPUS if not lead.published_at]
    result = store.search(SearchQuery(filters={"status": "new"}, sort="newest", limit=10))
    assert [hit.lead.id for hit in result.hits] == [lead.id for lead in newest + undated]
    oldest = store.search(SearchQuery(filters={"status": "new"}, sort="oldest", limit=10))
    assert [hit.lead.id for hit in oldest.hits] == [lead.id for lead in sorted(CORPUS, key=key)]


def test_facets_count_type_by_region_by_month(store: LeadStore) -> None:
    expected: Counter[tuple[str | None, str | None, str | None]] = Counter()
    for lead in CORPUS:
        for kind in lead.incident_types:
            for region in lead.regions or (None,):
                expected[(kind, region, lead.published_at[:7] if lead.published_at else None)] += 1
    result = store.search(SearchQuery(filters={"status": "new"}, facets=True, limit=1))
    assert {(b.incident_type, b.region, b.month): b.count for b in result.facets} == dict(expected)
    assert [b.count for b in result.facets] == sorted((b.count for b in result.facets), reverse=True)
    narrowed = store.search(SearchQuery(text="طرابلس", facets=True))
    assert sum(b.count for b in narrowed.facets) == 2


def test_evidence_sentence_is_highlighted(store: LeadStore) -> None:
    result = store.search(SearchQuery(text="طرابلس اشتباك"))
    assert result.total == 1
    marked = result.hits[0].highlights[0].marked("[", "]")
    assert marked == "[اشتباكات] عنيفة [بطرابلس] أمس وإصابة ثلاثة"


# -- short ids ----------------------------------------------------------------------------------


def test_any_unique_prefix_of_an_id_resolves(store: LeadStore) -> None:
    def with_id(lead_id: str, n: int) -> Lead:
        return replace(make_lead(f"https://ex.ly/p/{n}", f"نص {n}"), id=lead_id)

    store.upsert([with_id("samepref-aaaa1", 1), with_id("samepref-aaaa2", 2), with_id("dup", 3),
                  with_id("dup-longer", 4)])
    for lead in CORPUS:
        assert store.resolve_id(lead.id) == lead.id
        assert store.resolve_id(lead.id[:8]) == lead.id
        assert store.short_id(lead.id) == lead.id[:8]
    assert store.resolve_id("samepref-aaaa2") == "samepref-aaaa2"
    assert store.resolve_id("dup") == "dup"  # a whole id wins over the longer ids it starts
    assert store.short_id("samepref-aaaa1") == "samepref-aaaa1"  # no 8..12-character prefix is unique
    with pytest.raises(UserError, match="2 leads start with 'samepref': give more characters"):
        store.resolve_id("samepref")
    with pytest.raises(UserError, match="no lead starts with 'zzzz'"):
        store.resolve_id("zzzz")
    with pytest.raises(UserError, match="no lead starts with"):
        store.resolve_id("a*")


# -- bulk: one bad lead never sinks the batch ---------------------------------------------------


def test_bad_lead_is_dead_lettered_with_its_reason(store: LeadStore) -> None:
    bad = make_lead("https://ex.ly/bad", "نص", published_at="yesterday")
    far = make_lead("https://ex.ly/far", "نص آخر", location=(123.0, 13.0))
    good = make_lead("https://ex.ly/7", "اعتقال صحفي في سرت")
    negative = make_lead("https://ex.ly/neg", "نص ثالث", killed=-2)
    result = store.upsert([bad, good, far, negative])
    assert result.written == 1
    assert dict(result.failed) == {bad.id: "published_at is not an ISO 8601 date: 'yesterday'",
                                   far.id: "location outside -90..90 / -180..180",
                                   negative.id: "killed is not a count (a whole number >= 0): '-2'"}
    assert store.get(good.id) == good and store.get(bad.id) is None


def test_many_leads_in_several_chunks(store: LeadStore) -> None:
    many = [make_lead(f"https://ex.ly/bulk/{i}", f"خبر رقم {i} عن طرابلس") for i in range(1203)]
    result = store.upsert(many)
    assert result.written == len(many) and not result.failed
    assert store.count() == len(CORPUS) + len(many)
    assert store.search(SearchQuery(text="طرابلس", limit=1)).total == len(many) + 2


# -- triage: state machine, reprocessing, optimistic concurrency, audit log ---------------------


def test_triage_walks_the_state_machine_and_logs_every_step(store: LeadStore) -> None:
    lead_id = CORPUS[2].id
    store.update_triage(lead_id, TriageEdit("assign", "mon-a", "mon-b"))
    store.update_triage(lead_id, TriageEdit("review", "mon-b"))
    store.update_triage(lead_id, TriageEdit("note", "mon-b", "الشاهد أكد الخبر"))
    final = store.update_triage(lead_id, TriageEdit("verify", "mon-b"), expected_version=3)
    assert (final.status, final.assignee, final.notes, final.version) == (
        "verified", "mon-b", ("الشاهد أكد الخبر",), 4)
    assert store.get(lead_id) == final
    history = store.history(lead_id)
    assert [(e.action, e.actor, e.before["status"], e.after["status"]) for e in history] == [
        ("assign", "mon-a", "new", "new"), ("review", "mon-b", "new", "in_review"),
        ("note", "mon-b", "in_review", "in_review"), ("verify", "mon-b", "in_review", "verified")]
    assert [e.after["version"] for e in history] == [1, 2, 3, 4]
    assert ids(store, status="verified") == {"3"} and ids(store, assignee="mon-b") == {"3"}
    assert store.history(CORPUS[0].id) == []


def test_forbidden_transitions_are_user_errors(store: LeadStore) -> None:
    lead_id = CORPUS[0].id
    with pytest.raises(UserError, match="new: it can move to in_review, not verified"):
        store.update_triage(lead_id, TriageEdit("verify", "mon"))
    with pytest.raises(UserError, match="no lead"):
        store.update_triage("no-such-lead", TriageEdit("review", "mon"))
    assert store.get(lead_id) == CORPUS[0] and store.history(lead_id) == []


def test_reprocessing_never_overwrites_triage_fields(store: LeadStore) -> None:
    lead_id = CORPUS[3].id
    store.update_triage(lead_id, TriageEdit("review", "mon"))
    store.update_triage(lead_id, TriageEdit("note", "mon", "call back"))
    store.upsert(CORPUS)  # the nightly run sees the same article again
    again = store.get(lead_id)
    assert again is not None
    assert (again.status, again.notes, again.version) == ("in_review", ("call back",), 2)


def test_stale_edit_is_a_conflict_and_changes_nothing(store: LeadStore) -> None:
    lead_id = CORPUS[1].id
    store.update_triage(lead_id, TriageEdit("review", "mon-a"), expected_version=0)
    with pytest.raises(ConflictError, match="changed by someone else"):
        store.update_triage(lead_id, TriageEdit("reject", "mon-b"), expected_version=0)
    lead = store.get(lead_id)
    assert lead is not None and (lead.status, lead.version) == ("in_review", 1)
    assert len(store.history(lead_id)) == 1


def test_concurrent_editors_lose_no_update(store: LeadStore, request: pytest.FixtureRequest,
                                           tmp_path: Path) -> None:
    """Two processes' worth of stores add notes at once; every note and event survives, versions unbroken."""
    backend = request.node.callspec.params["store"]
    lead_id = CORPUS[0].id
    others = [open_backend(request, backend, tmp_path) for _ in range(2)]
    conflicts = Counter[str]()

    def add_notes(worker: int, other: LeadStore) -> None:
        for n in range(6):
            while True:
                try:
                    other.update_triage(lead_id, TriageEdit("note", f"mon-{worker}", f"{worker}:{n}"))
                    break
                except ConflictError:
                    conflicts[str(worker)] += 1

    threads = [threading.Thread(target=add_notes, args=(i, s)) for i, s in enumerate(others)]
    machine = threading.Thread(target=lambda: [store.upsert(CORPUS[:1]) for _ in range(5)])
    for thread in [*threads, machine]:
        thread.start()
    for thread in [*threads, machine]:
        thread.join()
    for other in others:
        other.close()
    lead = store.get(lead_id)
    assert lead is not None
    assert sorted(lead.notes) == sorted(f"{w}:{n}" for w in range(2) for n in range(6))
    assert lead.version == 12
    assert [e.after["version"] for e in store.history(lead_id)] == list(range(1, 13))
    assert lead.text == CORPUS[0].text


def test_iter_events_and_restore_replay_the_log(store: LeadStore) -> None:
    lead_id = CORPUS[4].id
    store.update_triage(lead_id, TriageEdit("review", "mon"))
    store.update_triage(lead_id, TriageEdit("duplicate", "mon", CORPUS[0].id))
    events = list(store.iter_events())
    assert [e.action for e in events] == ["review", "duplicate"]
    assert store.restore_triage(events) == 1  # replaying is idempotent
    lead = store.get(lead_id)
    assert lead is not None and lead.status == "duplicate" and lead.notes == (f"duplicate of {CORPUS[0].id}",)
    assert [lead.id for lead in store.iter_leads()] == sorted(lead.id for lead in CORPUS)
