"""Annotate throughput against trafilatura on the same pages, and the worker's peak RSS.

    .venv/bin/python bench/nlp_annotate.py [PAGES_DIR]

Pages: the fixture news site (tests/sites/news) by default, or any folder of .html files.
Prints docs/s for trafilatura extraction and for nlp.annotate on the extracted texts, their
ratio (aim >= 1: NLP no slower than extraction), and the process's peak RSS.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    import trafilatura

    from nlp.annotate import annotate

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "sites" / "news"
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.html"))]
    if not pages:
        print(f"no .html pages under {folder}", file=sys.stderr)
        return 2
    rounds = max(1, 200 // len(pages))
    annotate("قتل مسلحون مدنيا في طرابلس.")  # load gazetteer, lexicons and the NER model outside the timing
    started = time.perf_counter()
    texts = []
    for _ in range(rounds):
        texts = [trafilatura.extract(page) or "" for page in pages]
    extract_rate = rounds * len(pages) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            annotate(text, None, "2026-11-20")
    annotate_rate = rounds * len(texts) / (time.perf_counter() - started)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pages {len(pages)} x {rounds} rounds")
    print(f"trafilatura  {extract_rate:8.1f} docs/s")
    print(f"annotate     {annotate_rate:8.1f} docs/s")
    print(f"ratio annotate/trafilatura = {annotate_rate / extract_rate:.2f}")
    print(f"peak RSS of this worker: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
