"""The bench news pages: real saved pages plus news pages built from labelled texts, in fresh variants.

Benchmarks must not flatter one side with caches warmed by the same text in an earlier pass, so every
``variant`` writes its number into every paragraph: same structure and words, never the same document.
Used by bench/extract_speed.py and bench/nlp_annotate.py (and tests that check our parsers on them).
"""

from __future__ import annotations

import gzip
import html
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAVED_PAGES = REPO / "tests" / "pipelines" / "data" / "pages"
DEV_SET = REPO / "tests" / "data" / "incidents" / "dev.jsonl"
TEMPLATE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | الجوهرة</title>
<meta property="og:title" content="{title}"><meta property="og:image" content="https://example.tn/img/{n}.jpg">
<link rel="stylesheet" href="/s.css"><script>var ads = [1,2,3];</script></head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/libya">ليبيا</a></li><li><a href="/world">دولي</a></li>
<li><a href="/sport">رياضة</a></li><li><a href="/culture">ثقافة</a></li></ul></nav>
<div class="ticker">عاجل: {ticker}</div></header>
<main><article><h1>{title}</h1><div class="meta"><span class="date">{date}</span> <span class="author">بقلم: محرر الموقع</span></div>
{paragraphs}
<div class="share">شارك على: فيسبوك | تويتر | واتساب</div><div class="tags">الوسوم: ليبيا، تونس، أخبار</div></article>
<section class="related"><h3>أخبار ذات صلة</h3><ul>{related}</ul></section></main>
<aside><h3>الأكثر قراءة</h3><ol>{related}</ol></aside>
<footer><p>جميع الحقوق محفوظة © 2017 الجوهرة أف أم</p><p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a></p></footer>
</body></html>"""


def build_pages(variant: int = 0) -> list[tuple[str, bytes]]:
    """The bench pages; each ``variant`` has the same structure with a different number in every paragraph."""
    pages = []
    mark = f" {variant}</p>".encode()
    for path in sorted(SAVED_PAGES.glob("*.html*")):
        name, data = path.name, path.read_bytes()
        data = gzip.decompress(data) if name.endswith(".gz") else data
        pages.append((f"https://real.example/{variant}/{name}", data.replace(b"</p>", mark)))
    rows = [
        json.loads(line)
        for line in DEV_SET.read_text(encoding="utf-8").splitlines()
    ]
    titles = [html.escape(row["text"].split("\n", 1)[0]) for row in rows]
    for n, row in enumerate(rows[:60]):
        title, _, body = row["text"].partition("\n")
        sentences = [s for s in body.replace("؟", "؟.").split(". ") if s.strip()]
        paragraphs = "\n".join(f"<p>{html.escape(s.strip())}. {variant}</p>" for s in sentences)
        related = "".join(
            f'<li><a href="/n/{k}">{titles[(n + k) % len(titles)]}</a></li>' for k in range(1, 7)
        )
        page = TEMPLATE.format(
            title=html.escape(title),
            n=n,
            ticker=titles[(n + 9) % len(titles)],
            date=html.escape(row.get("published") or ""),
            paragraphs=paragraphs,
            related=related,
        )
        pages.append((f"https://example.tn/news/{variant}/{n}", page.encode("utf-8")))
    return pages
