"""The night's stage schedule: a crawled source is processed at once, while the other crawls go on."""

from __future__ import annotations

from rasad.night import SourcePlan, StageSchedule


def plans(count: int) -> list[SourcePlan]:
    return [SourcePlan(f"s{n}", (f"http://127.0.0.1:{8000 + n}/",), "127.0.0.1") for n in range(count)]


def test_processing_starts_before_the_crawls_still_waiting() -> None:
    schedule = StageSchedule(plans(7), crawls_at_once=4, processes_at_once=2)
    crawls, processes = schedule.start()
    assert [plan.source_id for plan in crawls] == ["s0", "s1", "s2", "s3"] and processes == []
    schedule.crawled("s1", ok=True)
    crawls, processes = schedule.start()
    assert processes == ["s1"]  # not queued behind s4..s6
    assert [plan.source_id for plan in crawls] == ["s4"]
    assert schedule.crawling == {"s0", "s2", "s3", "s4"} and schedule.processing == {"s1"}


def test_slots_bound_both_stages_and_every_source_is_processed_once() -> None:
    schedule = StageSchedule(plans(6), crawls_at_once=2, processes_at_once=1)
    started_crawls, started_processes = [], []
    while schedule.busy:
        crawls, processes = schedule.start()
        started_crawls += [plan.source_id for plan in crawls]
        started_processes += processes
        assert len(schedule.crawling) <= 2 and len(schedule.processing) <= 1
        if schedule.processing:  # finish processing first: crawled sources then queue for the one slot
            schedule.processed(next(iter(schedule.processing)))
        else:
            source_id = min(schedule.crawling)
            schedule.crawled(source_id, ok=source_id != "s3")
    assert started_crawls == [f"s{n}" for n in range(6)]
    assert sorted(started_processes) == ["s0", "s1", "s2", "s4", "s5"]  # s3's crawl failed: nothing to process
