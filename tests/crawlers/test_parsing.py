"""Discovery parsing (feeds, sitemaps, listings) and Telegram/social posts as pure functions."""

from __future__ import annotations

from pathlib import Path

from crawlers import parsing
from crawlers.social import parse_social_posts
from crawlers.telegram import parse_channel_page, parse_views

TELEGRAM = Path(__file__).resolve().parents[1] / "sites" / "telegram"
SOCIAL = Path(__file__).resolve().parents[1] / "sites" / "social"

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://x.ly/a/1</loc><lastmod>2024-05-01</lastmod>
    <news:news><news:publication_date>2024-05-02T08:00:00+02:00</news:publication_date></news:news></url>
  <url><loc>/a/2</loc><lastmod>2024-04-01</lastmod></url>
  <url><loc>https://x.ly/a/3</loc></url>
</urlset>"""

SITEMAP_INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://x.ly/sitemap-1.xml</loc><lastmod>2024-05-01</lastmod></sitemap></sitemapindex>"""

ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<entry><link rel="alternate" href="https://x.ly/e/1"/><published>2024-05-03T10:00:00Z</published></entry>
<entry><link rel="enclosure" href="https://x.ly/e/1.mp3"/><link href="https://x.ly/e/2"/></entry></feed>"""

LISTING = """<html><body><nav><a href="/about">عن الموقع</a><a href="/">الرئيسية</a></nav>
<div class="news-list">
  <div class="post"><h3><a href="/news/101">خبر ١</a></h3><time datetime="2024-05-09">9</time></div>
  <div class="post"><h3><a href="/news/102#c">خبر ٢</a></h3><time datetime="2024-05-08">8</time></div>
  <div class="post"><h3><a href="https://other.ly/news/9">خارجي</a></h3></div>
  <div class="post"><img src="/img/a.jpg"><a href="/img/a.jpg">صورة</a></div>
</div>
<a href="/news?page=2">التالي</a></body></html>""".encode()


def test_news_sitemap_gives_publication_dates() -> None:
    pages, children = parsing.sitemap_entries(NEWS_SITEMAP, "https://x.ly/sitemap.xml")
    assert pages == [("https://x.ly/a/1", "2024-05-02T08:00:00+02:00"), ("https://x.ly/a/2", "2024-04-01"),
                     ("https://x.ly/a/3", None)]
    assert children == []
    assert parsing.sitemap_entries(SITEMAP_INDEX, "https://x.ly/")[1] == ["https://x.ly/sitemap-1.xml"]


def test_atom_entries_use_alternate_links() -> None:
    assert parsing.feed_entries(ATOM, "https://x.ly/feed") == [
        ("https://x.ly/e/1", "2024-05-03T10:00:00Z"), ("https://x.ly/e/2", None)]


def test_listing_page_finds_articles_next_page_and_dates() -> None:
    listing = parsing.listing_page(LISTING, "https://x.ly/news")
    assert listing.links == ("https://x.ly/news/101", "https://x.ly/news/102")
    assert listing.next_url == "https://x.ly/news?page=2"
    assert listing.dates == ("2024-05-09", "2024-05-08")


def test_date_keys_from_iso_and_rfc822() -> None:
    assert parsing.date_key("2024-05-02T08:00:00+02:00") == "2024-05-02"
    assert parsing.date_key("Fri, 10 May 2024 10:00:00 GMT") == "2024-05-10"
    assert parsing.date_key("yesterday") is None


def test_challenge_pages_are_recognised() -> None:
    assert parsing.looks_like_challenge(b"<html><title>Attention Required!</title>captcha</html>")
    assert not parsing.looks_like_challenge(b"<html><article><p>captcha in a story</p></article></html>")


def test_telegram_preview_posts_views_media_and_paging() -> None:
    page = parse_channel_page((TELEGRAM / "channel.html").read_bytes(), "https://t.me/s/rasadtest")
    assert [p.post_id for p in page.posts] == [101, 102, 103, 104, 105]
    first = page.posts[0]
    assert first.channel == "rasadtest" and first.url == "https://t.me/rasadtest/101"
    assert first.date == "2024-05-16T10:15:00+00:00"
    assert "الهلال الأحمر" in first.text and "#ليبيا" in first.text
    assert page.posts[1].media == ("https://cdn4.telesco.pe/file/photo102.jpg",)
    assert page.posts[3].media == ("https://cdn4.telesco.pe/file/video104.mp4",)
    assert page.before_url == "https://t.me/s/rasadtest?before=101"
    last = parse_channel_page((TELEGRAM / "channel_before_96.html").read_bytes(), "https://t.me/s/rasadtest")
    assert last.before_url is None and [p.post_id for p in last.posts] == [91, 92, 93, 94, 95]


def test_telegram_view_counts() -> None:
    assert parse_views("1.2K") == 1200
    assert parse_views("845") == 845
    assert parse_views("3,456") == 3456
    assert parse_views("1.5M") == 1_500_000
    assert parse_views("n/a") is None


def test_social_posts_need_rendering() -> None:
    raw = (SOCIAL / "index.html").read_bytes()
    assert parse_social_posts(raw, "http://x/") == ()  # the raw page has only "Loading…"
    rendered = b"""<main><div role="article"><a href="/posts/9001"><time datetime="2024-05-20T09:00:00+00:00">
    </time></a><div data-ad-preview="message">\xd8\xa8\xd9\x8a\xd8\xa7\xd9\x86</div>
    <div role="article">a nested comment</div></div></main>"""
    (post,) = parse_social_posts(rendered, "http://x/page")
    assert post.url == "http://x/posts/9001" and post.date.startswith("2024-05-20") and post.text == "بيان"
