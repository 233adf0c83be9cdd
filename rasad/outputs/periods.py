"""Report periods: a calendar month or year, and the period before it (for the change column)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rasad.errors import UserError


@dataclass(frozen=True)
class Period:
    kind: str  # "month" or "year"
    start: date
    end: date  # exclusive

    @property
    def label(self) -> str:
        return f"{self.start:%Y-%m}" if self.kind == "month" else f"{self.start:%Y}"

    def previous(self) -> Period:
        if self.kind == "year":
            return Period("year", date(self.start.year - 1, 1, 1), self.start)
        year, month = (self.start.year, self.start.month - 1) if self.start.month > 1 else (self.start.year - 1, 12)
        return Period("month", date(year, month, 1), self.start)

    def contains(self, event_date: str | None, precision: str | None) -> bool:
        """Whether an event date falls in the period; a date known only to the year is in no month."""
        parsed = parse_event_date(event_date, precision)
        if parsed is None:
            return False
        day, precision = parsed
        if self.kind == "month" and precision == "year":
            return False
        return self.start <= day < self.end


def parse_event_date(event_date: str | None, precision: str | None) -> tuple[date, str] | None:
    """An event date as stored (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``): its first day and its precision."""
    if not event_date:
        return None
    text = event_date[:10]
    inferred = {4: "year", 7: "month"}.get(len(text), "day")
    try:
        day = date.fromisoformat(text + "-01" * ((10 - len(text)) // 3))
    except ValueError:
        return None
    return day, ("year" if "year" in (precision, inferred) else precision or inferred)


def month_period(text: str) -> Period:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not match or not 1 <= int(match[2]) <= 12:
        raise UserError(f"--month wants YYYY-MM (e.g. 2026-11), not {text!r}")
    year, month = int(match[1]), int(match[2])
    end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return Period("month", date(year, month, 1), end)


def year_period(text: str) -> Period:
    if not re.fullmatch(r"\d{4}", text):
        raise UserError(f"--year wants YYYY (e.g. 2026), not {text!r}")
    return Period("year", date(int(text), 1, 1), date(int(text) + 1, 1, 1))
