"""Relative dates resolved against the publication date (nlp/dates.py), MSA, Libyan dialect and English."""

import pytest

from nlp.dates import find_date, parse_published

PUBLISHED = parse_published("2026-06-11")  # a Thursday


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("اختطف منذ عشرة أيام", "ar", "2026-06-01"),
    ("اعتقل قبل أسبوعين", "ar", "2026-05-28"),
    ("شدوها من 3 أيام", "ar", "2026-06-08"),
    ("خطفوه الليلة اللي فاتت", "ar", "2026-06-10"),
    ("قتلوه في سوق الجمعة البارح", "ar", "2026-06-10"),  # «سوق الجمعة» is a place, not Friday
    ("مساء الأربعاء", "ar", "2026-06-10"),
    ("أول أمس", "ar", "2026-06-09"),
    ("arrested 3 days ago", "en", "2026-06-08"),
    ("detained last week", "en", "2026-06-04"),
    ("killed on Sunday night", "en", "2026-06-07"),
    ("taken on 3 March", "en", "2026-03-03"),
])
def test_relative_and_absolute_dates(text: str, language: str, expected: str) -> None:
    found = find_date(text, PUBLISHED, language)
    assert found is not None and found.value == expected


def test_vague_quantities_give_no_date() -> None:
    assert find_date("وقع ذلك قبل أيام", PUBLISHED, "ar") is None
    assert find_date("yesterday", None, "en") is None
