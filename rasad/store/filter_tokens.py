"""Filter values as full-text tokens, so SQLite answers text + filters in one FTS5 match.

A keyword filter (incident type, place, region, ...) becomes one token per value, and a date
becomes three (its year, month and day), so a date range is an OR of the few whole years, months
and days that cover it. FTS5 then intersects the posting lists of the words and the filters
itself, instead of SQLite intersecting large rowid lists before the text is even looked at.

Tokens are a field code followed by the value's UTF-8 in hex: one unicode61 token whatever the
value holds (spaces, Arabic, punctuation), and never equal to a word of the text (no text term
is pure hex after a code letter: the ``filters`` column is only ever matched by these tokens).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from itertools import groupby

from rasad.records import Lead

#: Keyword fields written as tokens, with their codes.
KEYWORD_CODES: dict[str, str] = {"incident_types": "t", "places": "p", "regions": "r", "actors": "a",
                                 "source_id": "s", "language": "l", "victim_categories": "v", "cluster_id": "c"}
#: Date fields written as tokens: code of the field, then y/m/d for the level.
DATE_CODES: dict[str, str] = {"published_at": "d", "event_date": "e"}
NO_MATCH = "x0"  # a token no lead carries: a date range over a field no lead has


def keyword_token(field: str, value: str) -> str:
    return KEYWORD_CODES[field] + value.encode("utf-8").hex()


def _day_tokens(field: str, day: str) -> list[str]:
    code = DATE_CODES[field]
    year, month, dom = day[:4], day[5:7], day[8:10]
    return [f"{code}y{year}", f"{code}m{year}{month}", f"{code}d{year}{month}{dom}"]


def lead_tokens(lead: Lead) -> str:
    """The ``filters`` column of a lead: its keyword values and dates as tokens."""
    tokens: list[str] = []
    for field in KEYWORD_CODES:
        value = getattr(lead, field)
        values = value if isinstance(value, tuple) else () if value is None else (value,)
        tokens += (keyword_token(field, str(v)) for v in dict.fromkeys(values))
    for field in DATE_CODES:
        day = getattr(lead, field)
        if day:
            tokens += _day_tokens(field, day[:10])
    return " ".join(tokens)


def date_range_tokens(field: str, low: date, high: date) -> list[str]:
    """Tokens of the whole years, months and days covering [low, high): at most 82 plus one per whole year."""
    code = DATE_CODES[field]
    tokens: list[str] = []
    day = low
    while day < high:
        next_month = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        if day.month == 1 and day.day == 1 and date(day.year + 1, 1, 1) <= high:
            tokens.append(f"{code}y{day.year:04d}")
            day = date(day.year + 1, 1, 1)
        elif day.day == 1 and next_month <= high:
            tokens.append(f"{code}m{day.year:04d}{day.month:02d}")
            day = next_month
        else:
            tokens.append(f"{code}d{day.year:04d}{day.month:02d}{day.day:02d}")
            day += timedelta(days=1)
    return tokens


def date_range_clause(field: str, low: date, high: date) -> str:
    """The FTS5 OR-group matching dates in [low, high) with as few tokens as it can.

    The days of a partly covered month are written as the month minus the days left out when that
    is shorter (1-28 March: ``(March NOT (29 OR 30 OR 31))``, 4 tokens instead of 28). FTS5 opens a
    posting list per token for the match and reads it again for bm25's document frequencies, so
    every token costs whether or not it is weighed.
    """
    code = DATE_CODES[field]
    parts: list[str] = []
    for month, run in groupby(date_range_tokens(field, low, high), key=lambda t: t[2:8] if t[1] == "d" else t):
        tokens = list(run)
        if tokens[0][1] != "d":
            parts += tokens
            continue
        days_in_month = calendar.monthrange(int(month[:4]), int(month[4:]))[1]
        left_out = [day for n in range(1, days_in_month + 1) if (day := f"{code}d{month}{n:02d}") not in tokens]
        if 1 + len(left_out) < len(tokens):
            parts.append(f"({code}m{month} NOT ({' OR '.join(left_out)}))")
        else:
            parts += tokens
    return "(" + " OR ".join(parts) + ")" if parts else NO_MATCH


def match_clauses(filters: Mapping[str, str], ranges: Mapping[str, tuple[str | None, str | None]],
                  spans: Mapping[str, tuple[str | None, str | None]]) -> Iterator[str]:
    """FTS5 clauses on the ``filters`` column: one per keyword filter (Lead field -> value), one
    OR-group per date range (Lead field -> inclusive low day or None, exclusive high day or None).

    ``spans`` give, per date field, the first and last date any lead has: a range is clipped to
    them, so an open or very wide range costs as few tokens as the data needs.
    """
    for field, value in filters.items():
        yield f'"{keyword_token(field, value)}"'
    for field, (low, high) in ranges.items():
        first, last = spans.get(field, (None, None))
        if first is None or last is None:
            yield NO_MATCH
            continue
        start = max(date.fromisoformat(low), date.fromisoformat(first[:10])) if low else date.fromisoformat(first[:10])
        end = date.fromisoformat(last[:10]) + timedelta(days=1)
        end = min(date.fromisoformat(high), end) if high else end
        yield date_range_clause(field, start, end)
