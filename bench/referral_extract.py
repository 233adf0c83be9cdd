"""Finding a lead's capture for a referral: reading the fetch day's archive folders first, divided by
scanning the whole archive (the baseline), measured side by side on the same synthetic archive.

The archive has DAYS day folders (``YYYY/MM/DD``) of one WARC file each, CAPTURES captures per file.
Each repetition looks for a capture not looked for before, and the two ways alternate after a warm-up.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from bench.common import Ratio, timed
from pipelines.archive import WarcArchive
from rasad.outputs.warc_extract import extract_captures

DAYS = int(os.environ.get("RASAD_BENCH_DAYS", "30"))
CAPTURES = int(os.environ.get("RASAD_BENCH_CAPTURES", "150"))
REPEATS = 5


def build(root: Path) -> list[tuple[str, str]]:
    """(sha256, day folder) of every capture written."""
    written = []
    first = date(2026, 10, 1)
    paragraph = "<p>أفادت مصادر محلية بأن مجموعة مسلحة اعتقلت ناشطا من منزله فجر الأحد.</p>" * 60
    for n in range(DAYS):
        folder = f"{first + timedelta(days=n):%Y/%m/%d}"
        with WarcArchive(root / "staging") as archive:
            for i in range(CAPTURES):
                body = f"<html><body><h1>{n}-{i}</h1>{paragraph}</body></html>".encode()
                capture = archive.write_exchange(url=f"http://127.0.0.1/{n}/{i}", final_url=f"http://127.0.0.1/{n}/{i}",
                                                 status=200, response_headers=[("Content-Type", "text/html")],
                                                 body=body)
                written.append((capture.sha256, folder))
        (root / folder).mkdir(parents=True, exist_ok=True)
        path = archive.path
        path.rename(root / folder / path.name)
        shutil.rmtree(root / "staging")
    return written


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="rasad-bench-referral-") as name:
        root = Path(name) / "archive"
        captures = build(root)
        step = len(captures) // (2 * (REPEATS + 1))
        targets = captures[step // 2::step]  # spread over the days, each looked for once
        out = Path(name) / "out"
        hinted: list[float] = []
        full: list[float] = []
        for k, (sha, day) in enumerate(targets[: 2 * (REPEATS + 1)]):
            out.mkdir()
            if k % 2 == 0:
                found, seconds = timed(lambda: extract_captures(root, {sha}, out, {day}))  # noqa: B023
                bucket = hinted
            else:
                found, seconds = timed(lambda: extract_captures(root, {sha}, out))  # noqa: B023
                bucket = full
            assert sha in found
            if k >= 2:  # the first pair warms the caches
                bucket.append(seconds)
            shutil.rmtree(out)
        size = sum(p.stat().st_size for p in root.rglob("*.warc.gz")) / 1e6
        print(f"archive: {DAYS} day folders x {CAPTURES} captures, {size:.1f} MB compressed")
        print(Ratio("find one capture, fetch-day folders first", sum(hinted) / len(hinted),
                    sum(full) / len(full), "s", aim="well under 1").line())


if __name__ == "__main__":
    main()
