"""Synthetic leads for the store benchmarks: Arabic-looking news text, places, types, dates, points."""

from __future__ import annotations

import random
from collections.abc import Iterator

from rasad.records import Lead, lead_id_for

SAMPLE_TEXT = ("قتل اشتباكات مسلحة في حي سكني وإصابة مدنيين وأطفال بجروح بعد قصف عشوائي على المنطقة واعتقال ناشطين "
         "وصحفيين من قبل مجموعة مسلحة مجهولة في المدينة وأكد شهود عيان أن القوات أطلقت النار على المتظاهرين "
         "Two civilians were killed and several injured when shelling hit a residential area")
WORDS = tuple(SAMPLE_TEXT.split())
PLACES = (("ly-tripoli", "طرابلس", "ly-region-tripoli", 32.88, 13.19), ("ly-benghazi", "بنغازي", "ly-region-benghazi",
          32.11, 20.07), ("ly-misrata", "مصراتة", "ly-region-misrata", 32.37, 15.09), ("ly-sabha", "سبها",
          "ly-region-sabha", 27.03, 14.43), ("ly-zawiya", "الزاوية", "ly-region-zawiya", 32.75, 12.72))
TYPES = ("killing", "injury", "abduction", "arbitrary_detention", "torture", "shelling")
VICTIMS = ("children", "women", "migrants", "journalists", "activists")


def synthetic_leads(count: int, seed: int = 7, words: int = 120) -> Iterator[Lead]:
    rng = random.Random(seed)
    for n in range(count):
        place_id, name, region, lat, lon = rng.choice(PLACES)
        text = " ".join(rng.choice(WORDS) for _ in range(words)) + f" في {name}"
        kinds = tuple(sorted(set(rng.sample(TYPES, rng.randint(1, 2)))))
        published = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        killed = rng.choice((None, None, 0, 1, 2, 3, 5, 12))
        victims = tuple(sorted(set(rng.sample(VICTIMS, rng.randint(0, 2)))))
        yield Lead(
            id=lead_id_for(f"https://bench.ly/{seed}/{n}"), url=f"https://bench.ly/{seed}/{n}", title=text[:80],
            text=text, language="ar", published_at=published,
            fetched_at="2026-01-01T00:00:00Z", source_id=f"src-{rng.randint(1, 40)}", capture_sha256="0" * 64,
            incident_types=kinds, places=(place_id,), place_names=(name,), regions=(region,),
            evidence=(text[:160],), location=(lat + rng.uniform(-0.1, 0.1), lon + rng.uniform(-0.1, 0.1)),
            score=rng.random(), killed=killed, injured=rng.choice((None, 1, 4)), event_date=published[:8] + "01",
            event_date_precision="month", victim_categories=victims, cluster_id=f"story-{n % 997}",
        )
