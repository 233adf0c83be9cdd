"""Language identification on a labelled set we wrote (tests/pipelines/data/lang_*.jsonl).

The set: MSA news sentences, Libyan/Maghrebi and other dialect posts, Arabizi, English, French,
Italian, Spanish, Persian/Urdu, and very short social posts. Items are our own writing. The floors
below pin what the rules reach today so that accuracy cannot silently regress; answering None
(uncertain) is allowed and counted separately from wrong answers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.language import detect_language, dialect_hint, is_arabizi

DATA = Path(__file__).parent / "data"


def labelled() -> list[dict]:
    rows = []
    for path in sorted(DATA.glob("lang_*.jsonl")):
        # Tuning sets of hard cases, gated in test_arabizi.py and test_arabizi_codeswitch.py.
        if path.name in ("lang_english_arabic_speakers.jsonl", "lang_maghrebi_codeswitch.jsonl"):
            continue
        rows.extend(
            json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        )
    return rows


def scores(rows: list[dict]) -> dict[str, float]:
    guesses = [detect_language(row["text"]) for row in rows]
    answered = [(row, guess) for row, guess in zip(rows, guesses, strict=True) if guess.language is not None]
    long_rows = [(row, guess) for row, guess in zip(rows, guesses, strict=True) if row["kind"] != "short"]
    arabizi_gold = [bool(row.get("arabizi")) for row in rows]
    arabizi_pred = [guess.arabizi for guess in guesses]
    dialect_rows = [(row, guess) for row, guess in zip(rows, guesses, strict=True) if guess.language == "ar"]
    hinted = [(row, guess) for row, guess in dialect_rows if guess.dialect == "maghrebi"]
    gold_maghrebi = [(row, guess) for row, guess in dialect_rows if row.get("dialect") == "maghrebi"]
    true_flags = sum(g and p for g, p in zip(arabizi_gold, arabizi_pred, strict=True))
    return {
        "items": len(rows),
        "accuracy_answered": sum(row["language"] == guess.language for row, guess in answered)
        / len(answered),
        "coverage": len(answered) / len(rows),
        "coverage_not_short": sum(guess.language is not None for _, guess in long_rows) / len(long_rows),
        "accuracy_not_short": sum(row["language"] == guess.language for row, guess in long_rows)
        / len(long_rows),
        "arabizi_precision": true_flags / max(sum(arabizi_pred), 1),
        "arabizi_recall": true_flags / max(sum(arabizi_gold), 1),
        "dialect_precision": sum(row.get("dialect") == "maghrebi" for row, _ in hinted) / max(len(hinted), 1),
        "dialect_recall": sum(guess.dialect == "maghrebi" for _, guess in gold_maghrebi)
        / max(len(gold_maghrebi), 1),
    }


def test_labelled_set_floors():
    result = scores(labelled())
    print(json.dumps(result, indent=1))
    assert result["items"] >= 90
    assert result["accuracy_answered"] >= 0.97
    assert result["coverage_not_short"] >= 0.95
    assert result["accuracy_not_short"] >= 0.95
    assert result["arabizi_precision"] >= 0.95
    assert result["arabizi_recall"] >= 0.90
    assert result["dialect_precision"] >= 0.90
    assert result["dialect_recall"] >= 0.50


def test_short_posts_are_uncertain_rather_than_wrong():
    rows = [row for row in labelled() if row["kind"] == "short"]
    guesses = [detect_language(row["text"]) for row in rows]
    wrong = [
        row["text"]
        for row, guess in zip(rows, guesses, strict=True)
        if guess.language is not None and guess.language != row["language"]
    ]
    assert wrong == []
    assert any(guess.language is None for guess in guesses)


@pytest.mark.parametrize("text", ["", "   ", "ok", "😢😢😢", "12345 678"])
def test_too_little_text_is_none(text):
    guess = detect_language(text)
    assert guess.language is None and guess.confidence < 0.5


def test_seeded_and_deterministic():
    text = "Misrata now, the road is closed since the morning"
    assert len({detect_language(text) for _ in range(20)}) == 1


def test_english_with_digit_words_is_not_arabizi():
    assert not is_arabizi("The G7 ministers discussed MP3 files, F5 keys and COVID19 in Rome on Monday")
    assert not is_arabizi("El presidente de la comisión pidió una investigación independiente")


def test_arabizi_is_flagged_as_arabic():
    guess = detect_language("chkoun 3andou a5bar 3la el tri9 l Misrata lyoum")
    assert guess.arabizi and guess.language == "ar"


def test_dialect_hint_needs_two_markers():
    assert dialect_hint("شن صار في طرابلس توا؟") == "maghrebi"
    assert dialect_hint("شن رأيكم في القرار الجديد للحكومة؟") is None
    assert dialect_hint("أعلنت وزارة الصحة عن وصول شحنة جديدة من الأدوية") is None


def test_persian_and_urdu_are_not_arabic():
    assert detect_language("پلیس از دستگیری سارق طلاجات منزل در شهرستان بافق خبر داد.").language == "fa"
    assert (
        detect_language("پولیس نے بتایا کہ شہر میں فائرنگ کے واقعے میں تین افراد ہلاک ہو گئے ہیں۔").language
        == "ur"
    )


@pytest.mark.parametrize("text", ["#ليبيا", "حاميها حراميها", "الطريق مسكر", "أشكرك"])
def test_short_arabic_script_is_arabic(text):
    guess = detect_language(text)
    assert guess.language == "ar" and not guess.arabizi


def test_short_text_with_a_persian_letter_stays_uncertain():
    assert detect_language("خیلی خوب").language is None


def test_links_handles_and_latin_tags_are_not_arabizi():
    tweet = "@friend_99 شغل جامد 👌👍#MannequinChallenge https://t.co/r0aO699OxP"
    guess = detect_language(tweet)
    assert guess.language == "ar" and not guess.arabizi
    assert not is_arabizi(tweet)


def test_presentation_forms_are_read_as_their_letters():
    assert (
        detect_language("ﻧﺼﺮ ﺍﻟﻠﻪ ﺃﻣﺮﻳﻜﺎ ﻭﺍﻟﺴﻌﻮﺩﻳﺔ ﻭﺑﻌﺾ ﺩﻭﻝ ﺍﻟﻤﻨﻄﻘﺔ ﻳﺼﺮﻭﻥ ﻋﻠﻰ ﺇﻓﺸﺎﻝ ﺍﻟﺤﻞ ﺍﻟﺴﻴﺎﺳﻲ").language
        == "ar"
    )


def test_latin_hashtags_are_words_for_latin_posts():
    """Set aside for the script and Arabizi rules, but the language of a Latin post ("#ceasefire")."""
    assert (
        detect_language("Shells hit homes tonight #Tripoli #Libya #civilians #ceasefire #breaking").language
        == "en"
    )
    assert not detect_language("شغل جامد #MannequinChallenge #SuperMarioRun").arabizi
