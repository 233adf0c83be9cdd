"""Build dedup_generated.jsonl: syndicated and lightly edited copies of real Arabic news items.

Base texts: tests/data/incidents/dev.jsonl (ANT corpus, Jawhara FM articles, Apache-2.0;
cite Chouigui, Ben Khiroun & Elayeb, AICCSA 2017). Each of the first BASE_WITH_COPIES items gets
one to three copies made by the edits below (the kinds of change outlets make when they
republish a wire story); every other item stays a singleton, so different stories on the same
topics (many are about the same Libyan events) are the negatives. Deterministic (seeded).

Run from the repository root: .venv/bin/python tests/pipelines/data/build_dedup_set.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "data" / "incidents" / "dev.jsonl"
OUT = Path(__file__).with_name("dedup_generated.jsonl")
BASE_WITH_COPIES = 40
SENTENCE = re.compile(r"(?<=[.!؟?])\s+")
SYNONYMS = {
    "قال": "أفاد",
    "أكد": "شدد",
    "أعلن": "كشف",
    "أفادت": "ذكرت",
    "مساء": "ليلة",
    "أمس": "البارحة",
    "اليوم": "هذا اليوم",
    "وزارة": "الوزارة",
    "حيث": "إذ",
    "كما": "وكذلك",
}
PREFIXES = ("طرابلس - وكالات: ", "(بوابة الوسط) - ", "تونس - الأناضول\n", "عاجل | ")
SUFFIXES = ("\nتابعونا على فيسبوك وتويتر لمزيد من الأخبار.", "\nالمصدر: وكالات", "\n(رويترز)", "")


def split(text: str) -> tuple[str, list[str]]:
    title, _, body = text.partition("\n")
    return title, [s for s in SENTENCE.split(body) if s.strip()]


def syndicate(text: str, rng: random.Random) -> str:
    return rng.choice(PREFIXES) + text + rng.choice(SUFFIXES)


def respell(text: str, rng: random.Random) -> str:
    """Spelling variants that outlets differ in: hamza on alef, teh marbuta as heh, tatweel, harakat."""
    text = text.replace("أ", "ا").replace("إ", "ا") if rng.random() < 0.7 else text
    text = re.sub(r"ة\b", "ه", text) if rng.random() < 0.5 else text
    return re.sub(
        r"(\w{4,})",
        lambda m: m.group(1)[:2] + "ـ" + m.group(1)[2:] if rng.random() < 0.05 else m.group(1),
        text,
    )


def reword(text: str, rng: random.Random) -> str:
    title, body = split(text)
    out = " ".join(body)
    for word, other in SYNONYMS.items():
        if rng.random() < 0.7:
            out = re.sub(rf"(?<!\w){word}(?!\w)", other, out)
    if len(body) >= 3 and rng.random() < 0.5:
        body2 = SENTENCE.split(out)
        body2[0], body2[1] = body2[1], body2[0]
        out = " ".join(body2)
    return "تقرير: " + title + "\n" + out


def drop_sentence(text: str, rng: random.Random) -> str:
    title, body = split(text)
    if len(body) >= 3:
        del body[rng.randrange(1, len(body))]
    return title + "\n" + " ".join(body)


def lead_only(text: str, rng: random.Random) -> str:
    title, body = split(text)
    return title + "\n" + " ".join(body[:2])


EDITS = {
    "syndicate": syndicate,
    "respell": respell,
    "reword": reword,
    "drop_sentence": drop_sentence,
    "lead_only": lead_only,
}


def main() -> None:
    rng = random.Random(4)
    rows = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for index, row in enumerate(rows):
        story = row["id"]
        out.append({"id": story, "story": story, "how": "original", "text": row["text"]})
        if index >= BASE_WITH_COPIES:
            continue
        for copy in range(rng.randint(1, 3)):
            names = rng.sample(sorted(EDITS), rng.randint(1, 2))
            text = row["text"]
            for name in names:
                text = EDITS[name](text, rng)
            out.append({"id": f"{story}-copy{copy}", "story": story, "how": "+".join(names), "text": text})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} texts, {len({r['story'] for r in out})} stories -> {OUT}")


if __name__ == "__main__":
    main()
