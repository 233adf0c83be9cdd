"""Robustness: annotate never crashes on arbitrary input, and big input is cut, not choked on."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.annotate import MAX_CHARS, annotate
from nlp.jsonl import output_record

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.one_of(ARABIC, st.characters(), st.sampled_from(list("ـًٌٍَُِّْ\u200f\u200e٣ﻻ .،؟\n")))


def _check(text: str) -> None:
    annotation = annotate(text, None, "2026-11-20")
    record = output_record("x", annotation, "ar", False)
    json.dumps(record, ensure_ascii=False)
    for place in annotation.places:
        assert 0 <= place.start <= place.end <= len(text)
    for incident in annotation.incidents:
        assert 0 <= incident.evidence.start <= incident.evidence.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=MIXED, max_size=400))
def test_mixed_scripts_and_diacritics(text: str) -> None:
    _check(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["قتل", "وبطرابلس", "ثلاثة", "عشر", "و", "أمس", "معبر", "راس", "جدير", "لل",
                                 "killed", "3", "١٢", "الحدود", "التونسية", "الليبية", "."]), max_size=60))
def test_lexicon_word_salad(words: list[str]) -> None:
    _check(" ".join(words))


def test_empty_text() -> None:
    annotation = annotate("")
    assert annotation.places == () and annotation.incidents == () and not annotation.in_libya


def test_one_megabyte_text_is_cut_and_flagged() -> None:
    text = ("قتل ثلاثة مدنيين في طرابلس أمس. " * 40_000)[:1_000_000]
    annotation = annotate(text, "ar", "2026-11-20")
    assert annotation.truncated
    assert annotation.is_incident
    assert all(p.end <= MAX_CHARS for p in annotation.places)
