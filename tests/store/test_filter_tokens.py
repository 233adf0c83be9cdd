"""Filter tokens: a date range is covered exactly by its year/month/day tokens (and its FTS5 clause, by as few
as it can); any value is one token."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta

from rasad.store.filter_tokens import date_range_clause, date_range_tokens, keyword_token, lead_tokens
from tests.store.test_contract import make_lead


def _days(token: str) -> list[date]:
    level, digits = token[1], token[2:]
    year = int(digits[:4])
    if level == "y":
        first, last = date(year, 1, 1), date(year + 1, 1, 1)
    elif level == "m":
        month = int(digits[4:6])
        first, last = date(year, month, 1), date(year + month // 12, month % 12 + 1, 1)
    else:
        first = date(year, int(digits[4:6]), int(digits[6:8]))
        last = first + timedelta(days=1)
    return [first + timedelta(days=n) for n in range((last - first).days)]


def test_ranges_are_covered_exactly_and_once() -> None:
    rng = random.Random(5)
    for _ in range(300):
        low = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1500))
        high = low + timedelta(days=rng.choice([0, 1, 2, 27, 31, 59, 365, 366, rng.randint(0, 1200)]))
        tokens = date_range_tokens("published_at", low, high)
        covered = [day for token in tokens for day in _days(token)]
        wanted = [low + timedelta(days=n) for n in range((high - low).days)]
        assert sorted(covered) == wanted, (low, high, tokens)
        assert len(tokens) <= 82 + (high - low).days // 365 + 1


def test_every_value_is_one_token_whatever_it_holds() -> None:
    lead = make_lead("https://ex.ly/t", "نص", places=("ly tripoli", "سوق الجمعة", "a:b-c"), victims=("children",),
                     event_date="2026-11-02T08:00:00+02:00", cluster_id="story 1")
    tokens = lead_tokens(lead).split()
    assert keyword_token("places", "سوق الجمعة") in tokens and keyword_token("cluster_id", "story 1") in tokens
    assert {"ey2026", "em202611", "ed20261102", "dy2026", "dm202611", "dd20261120"} <= set(tokens)
    assert len(tokens) == 3 + 1 + 1 + 1 + 1 + 1 + 3 + 3  # places, type, source, language, victim, cluster, dates
    assert all(token.isascii() and token.isalnum() for token in tokens)


def test_range_clause_matches_exactly_the_days_in_range_with_fewer_tokens() -> None:
    """Run every clause as an FTS5 match over one row per day: the rows found are the range's days."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(filters, tokenize = 'unicode61 remove_diacritics 0')")
    first = date(2024, 1, 1)
    days = [first + timedelta(days=n) for n in range(800)]
    db.executemany("INSERT INTO f (rowid, filters) VALUES (?, ?)",
                   [(n, " ".join(_day_tokens_of(day))) for n, day in enumerate(days)])
    rng = random.Random(9)
    for _ in range(200):
        low = first + timedelta(days=rng.randint(0, 700))
        high = low + timedelta(days=rng.choice([1, 2, 20, 27, 28, 45, 90, rng.randint(1, 100)]))
        clause = date_range_clause("published_at", low, high)
        found = [days[rowid] for (rowid,) in db.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid",
                                                         (clause,))]
        assert found == [day for day in days if low <= day < high], (low, high, clause)
        assert _phrases(clause) <= len(date_range_tokens("published_at", low, high)), clause
    assert _phrases(date_range_clause("published_at", date(2025, 3, 1), date(2025, 3, 29))) == 4  # 28 days
    assert _phrases(date_range_clause("published_at", date(2025, 2, 3), date(2025, 2, 5))) == 2  # two days


def _day_tokens_of(day: date) -> list[str]:
    return [f"dy{day:%Y}", f"dm{day:%Y%m}", f"dd{day:%Y%m%d}"]


def _phrases(clause: str) -> int:
    return sum(1 for word in clause.replace("(", " ").replace(")", " ").split() if word not in ("OR", "NOT"))
