"""A link that is not a URL at all (``http://[`` makes urljoin raise) costs that link, never the page."""

from __future__ import annotations

from crawlers.parsing import feed_links, listing_page, sitemap_entries, sitemap_links

BASE = "https://news.example.ly/"
BAD = "http://[broken/x"


def test_a_listing_with_a_malformed_link_keeps_its_other_links() -> None:
    body = (f'<html><body><h2><a href="{BAD}">أ</a></h2><h2><a href="/ar/a1.html">ب</a></h2>'
            f'<a rel="next" href="{BAD}">التالي</a></body></html>').encode()
    listing = listing_page(body, BASE)
    assert listing.links == ("https://news.example.ly/ar/a1.html",)
    assert listing.next_url is None


def test_feeds_and_sitemaps_with_a_malformed_link_keep_the_rest() -> None:
    feed = (f"<rss><channel><item><link>{BAD}</link></item>"
            "<item><link>https://news.example.ly/a2</link></item></channel></rss>").encode()
    assert feed_links(feed, BASE) == ["https://news.example.ly/a2"]
    sitemap = ("<urlset><url><loc>" + BAD + "</loc></url><url><loc>https://news.example.ly/a3</loc>"
               "<lastmod>2026-11-20</lastmod></url></urlset>").encode()
    assert sitemap_links(sitemap, BASE) == (["https://news.example.ly/a3"], [])
    assert sitemap_entries(sitemap, BASE) == ([("https://news.example.ly/a3", "2026-11-20")], [])
