"""Our own number parser and date resolution."""

from datetime import date

from nlp.counts import parse_number
from nlp.dates import find_date
from nlp.normalize import TOKEN_RE, normalize


def _number(text: str) -> int | None:
    words = TOKEN_RE.findall(normalize(text))
    found = parse_number(words, 0)
    return found[0] if found else None


def test_digits_arabic_indic_and_words() -> None:
    assert _number("12") == 12
    assert _number("١٢") == 12
    assert _number("ثلاثة") == 3
    assert _number("خمسة عشر") == 15
    assert _number("ثلاثة وعشرون") == 23
    assert _number("مائة وخمسون") == 150
    assert _number("three") == 3
    assert _number("عشرات") is None


def test_relative_dates_resolve_against_publication() -> None:
    published = date(2026, 11, 20)  # a Friday
    assert find_date("مساء أمس", published).value == "2026-11-19"  # type: ignore[union-attr]
    assert find_date("أول أمس", published).value == "2026-11-18"  # type: ignore[union-attr]
    assert find_date("يوم الثلاثاء الماضي", published).value == "2026-11-17"  # type: ignore[union-attr]
    assert find_date("منذ 3 أيام", published).value == "2026-11-17"  # type: ignore[union-attr]
    assert find_date("في 15 جانفي 2016", published).value == "2016-01-15"  # type: ignore[union-attr]
    assert find_date("يوم 12 الحرث", published).value == "2026-11-12"  # type: ignore[union-attr]
    assert find_date("لا تاريخ هنا", published) is None


def test_english_dates() -> None:
    assert find_date("He was abducted on Tuesday.", date(2026, 11, 18), "en").value == "2026-11-17"  # type: ignore[union-attr]
