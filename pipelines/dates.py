"""Publication date of a page, and how it was found.

Sources are tried from the most to the least reliable: the page's own metadata, a date in the
URL, htmldate (given the URL), then dateparser on the page's date-labelled elements with the crawl
time as the base for relative dates (أمس, منذ ساعتين). A year-only date guessed from body text is
never accepted: htmldate's extensive search turns a stray "2020" into 2020-01-01, which would put an
incident in the wrong year.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

EARLIEST_YEAR = 1990
_MONTHS_FILE = Path(__file__).parent / "data" / "arabic_month_names.json"
_MSA_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)

# Metadata names that carry the first publication date (not the modification date).
_META_NAMES = {
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article.published",
    "datepublished",
    "date_published",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "original-publish-date",
    "release_date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "date",
}
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_URL_DATE = re.compile(
    r"(?<![0-9])((?:19|20)\d{2})([/_.-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![0-9])"
    r"|/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"
)
_DATE_HINT = re.compile(r"date|time|publish|posted|created|meta|تاريخ", re.IGNORECASE)
_DATE_LABEL = re.compile(
    r"^.*?(?:نشر|بتاريخ|تاريخ النشر|آخر تحديث|published|posted|updated|\bon\b)\s*(?:في|:)?\s*[:：]?",
    re.IGNORECASE,
)
_DATEISH = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}"
    r"|\d{1,2}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[،,]?\s+\d{4}"
    r"|[^\W\d_]+\s+\d{1,2}\s*,?\s+\d{4}"
    r"|(?:منذ|قبل)\s+\S+(?:\s+\S+)?|أول أمس|اول امس|أمس|امس|امبارح|البارح|اليوم"
)
MAX_CANDIDATES = 12
# Compiled once, not per page. The elements of ``//*[@itemprop="datePublished"] | //time[@pubdate]``, found
# from their attribute: libxml2 tests ``//*[@itemprop=...]`` by building an attribute node-set for every
# element, three times slower than walking to the few ``itemprop`` attributes and up to their elements.
_DECLARED_DATES = XPath('//@itemprop[.="datePublished"]/.. | //time[@pubdate]')
_JSON_LD = XPath('//script[@type="application/ld+json"]/text()')
MAX_CANDIDATE_CHARS = 80


@dataclass(frozen=True)
class FoundDate:
    value: str  # ISO 8601: YYYY-MM-DD, or a full timestamp when the source gives one
    via: str  # meta, url, htmldate, dateparser


def _parse_iso(raw: str) -> datetime | None:
    text = raw.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    from dateparser import parse

    parsed = parse(raw, languages=["en", "ar"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed


def _plausible(moment: datetime, crawl_time: datetime) -> bool:
    naive_crawl = crawl_time.replace(tzinfo=None)
    naive = moment.replace(tzinfo=None)
    return EARLIEST_YEAR <= naive.year and naive <= naive_crawl + timedelta(days=1)


def _iso(moment: datetime, with_time: bool) -> str:
    if with_time and (moment.hour or moment.minute or moment.second or moment.tzinfo):
        return moment.isoformat()
    return moment.date().isoformat()


def date_as_given(raw: str | None, crawl_time: datetime) -> str | None:
    """A machine-readable date the source gave (a post's ``<time datetime>``), if it is plausible."""
    moment = _parse_iso(raw) if raw else None
    if moment is None or not _plausible(moment, crawl_time):
        return None
    return _iso(moment, with_time=True)


def date_from_metadata(tree: HtmlElement, crawl_time: datetime) -> str | None:
    """A publication date declared in meta tags, JSON-LD or <time itemprop=datePublished>."""
    candidates: list[str] = []
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if name in _META_NAMES and meta.get("content"):
            candidates.append(meta.get("content", ""))
    for node in _DECLARED_DATES(tree):
        value = node.get("datetime") or node.get("content")
        if value:
            candidates.append(value)
    for script in _JSON_LD(tree)[:5]:
        candidates.extend(_JSONLD_PUBLISHED.findall(str(script)))
    for raw in candidates:
        moment = _parse_iso(raw)
        if moment is not None and _plausible(moment, crawl_time):
            return _iso(moment, with_time=True)
    return None


def date_from_url(url: str, crawl_time: datetime) -> str | None:
    """A full day date in the URL (/2024/11/12/, 2024-11-12, /20241112/); month-only paths don't count."""
    for match in _URL_DATE.finditer(url):
        year, month, day = (
            (match.group(1), match.group(3), match.group(4)) if match.group(1) else match.group(5, 6, 7)
        )
        try:
            moment = datetime(int(year), int(month), int(day))
        except ValueError:
            continue
        if _plausible(moment, crawl_time):
            return moment.date().isoformat()
    return None


def date_from_htmldate(tree: HtmlElement, url: str, crawl_time: datetime) -> str | None:
    """htmldate with the URL, without its extensive search, and never a bare year (YYYY-01-01).

    The extensive search scans body text, which is where stray years ("منذ عام 2020") become
    2020-01-01; date-labelled elements are read by dateparser in the next step instead.
    It runs only when meta tags and the URL gave no date (trafilatura's own date pass is not run).
    """
    from htmldate import find_date

    found = find_date(
        tree,
        url=url or None,
        extensive_search=False,
        original_date=True,
        outputformat="%Y-%m-%d",
        max_date=crawl_time.strftime("%Y-%m-%d"),
    )
    if found and not str(found)[:10].endswith("-01-01"):
        return str(found)[:10]
    return None


@lru_cache(maxsize=1)
def _month_rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = json.loads(_MONTHS_FILE.read_text(encoding="utf-8"))
    rewrites: dict[str, str] = {}
    for group in ("levantine", "libyan", "maghrebi"):
        for name, number in data[group].items():
            rewrites[name] = _MSA_MONTHS[int(number) - 1]
    rewrites.update({k: v for k, v in data["relative"].items() if not k.startswith("_")})
    # Longest names first so that "تشرين الثاني" wins over any shorter overlap.
    ordered = sorted(rewrites.items(), key=lambda item: -len(item[0]))
    return tuple((re.compile(rf"(?<![^\W\d_]){re.escape(k)}(?![^\W\d_])"), v) for k, v in ordered)


def _rewrite_months(text: str) -> str:
    for pattern, replacement in _month_rewrites():
        text = pattern.sub(replacement, text)
    return text


def parse_date_text(text: str, crawl_time: datetime, languages: list[str] | None = None) -> str | None:
    """Day-precision date in a short date string (Arabic first), relative to the crawl time, or None."""
    from dateparser import parse

    settings: dict[str, Any] = {
        "RELATIVE_BASE": crawl_time.astimezone(UTC).replace(tzinfo=None) if crawl_time.tzinfo else crawl_time,
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "DATE_ORDER": "DMY",
    }
    cleaned = _rewrite_months(" ".join(text.split()))[:MAX_CANDIDATE_CHARS]
    attempts = [cleaned, _DATE_LABEL.sub("", cleaned)] + [m.group(0) for m in _DATEISH.finditer(cleaned)]
    for attempt in dict.fromkeys(a.strip(" :،,|-") for a in attempts):
        if not attempt or not any(ch.isalnum() for ch in attempt):
            continue
        moment = parse(attempt, languages=languages or ["ar"], settings=settings)
        if moment is not None and _plausible(moment, crawl_time):
            return moment.date().isoformat()
    return None


def date_from_labelled_elements(tree: HtmlElement, crawl_time: datetime, languages: list[str]) -> str | None:
    """dateparser on the text of <time> elements and elements whose class or id mentions a date."""
    seen = 0
    for node in tree.iter("time", "span", "div", "p", "li", "abbr", "small", "em"):
        label = f"{node.get('class', '')} {node.get('id', '')}"
        if node.tag != "time" and not _DATE_HINT.search(label):
            continue
        text = node.text_content().strip()
        if not text or len(text) > MAX_CANDIDATE_CHARS:
            continue
        seen += 1
        found = parse_date_text(text, crawl_time, languages)
        if found:
            return found
        if seen >= MAX_CANDIDATES:
            break
    return None


def find_publication_date(
    tree: HtmlElement,
    url: str,
    crawl_time: datetime,
    language: str | None = None,
) -> FoundDate | None:
    """The first date found, in order of reliability: meta, url, htmldate, dateparser."""
    found = date_from_metadata(tree, crawl_time)
    if found:
        return FoundDate(found, "meta")
    found = date_from_url(url, crawl_time)
    if found:
        return FoundDate(found, "url")
    found = date_from_htmldate(tree, url, crawl_time)
    if found:
        return FoundDate(found, "htmldate")
    languages = ["en"] if language == "en" else ["ar"]
    found = date_from_labelled_elements(tree, crawl_time, languages)
    if found:
        return FoundDate(found, "dateparser")
    return None


def crawl_time_of(fetched_at: str) -> datetime:
    """The capture's fetch time as an aware datetime (now, when unknown)."""
    try:
        moment = datetime.fromisoformat(fetched_at)
    except (ValueError, AttributeError):
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
