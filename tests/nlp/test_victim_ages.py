"""Victim ages (issue 13 item 4): a victim whose age is stated is a child under 18 (a girl too when she is
female) and elderly from 65, whatever word names him. Our own sentences; each failed before the pass."""

from __future__ import annotations

import pytest

from nlp.annotate import annotate


def _categories(text: str, kind: str, lang: str = "ar") -> set[str]:
    incidents = {i.type: i for i in annotate(text, lang, None).incidents}
    assert kind in incidents, f"no {kind} in {sorted(incidents)}"
    return set(incidents[kind].victim_categories)


@pytest.mark.parametrize(("text", "lang", "kind", "expected"), [
    ("إصابة تاجر ونجله البالغ من العمر 14 عاما برصاص مسلحين أمام محلهما في حي الفويهات ببنغازي.", "ar", "injury",
     {"children"}),
    ("مقتل شاب يبلغ من العمر ستة عشر عاما برصاص طائش خلال اشتباكات في حي سوق الجمعة بطرابلس.", "ar", "killing",
     {"children"}),
    ("اختطاف فتاة تبلغ من العمر 13 سنة من أمام مدرستها في مدينة الخمس.", "ar", "abduction",
     {"children", "girls"}),
    ("اختطاف شاب في السابعة عشرة من عمره على يد مسلحين مجهولين في مدينة صبراتة.", "ar", "abduction", {"children"}),
    ("مقتل رجل في الثمانين من عمره بقذيفة سقطت على منزله في حي عين زارة.", "ar", "killing", {"elderly"}),
    ("Gunmen shot dead a 15-year-old shepherd near Gharyan on Monday.", "en", "killing", {"children"}),
    ("A girl aged 11 was wounded by shrapnel when a shell hit her family's home in Tripoli.", "en", "injury",
     {"children", "girls"}),
    ("A farmer aged 82 was killed when a rocket struck his house in Tarhuna.", "en", "killing", {"elderly"}),
])
def test_a_stated_age_names_a_child_or_an_elderly_victim(text: str, lang: str, kind: str,
                                                         expected: set[str]) -> None:
    assert expected <= _categories(text, kind, lang)


@pytest.mark.parametrize(("text", "kind"), [
    # an adult's age names no category
    ("مقتل رجل يبلغ من العمر 45 عاما برصاص مسلحين مجهولين في مدينة الزاوية.", "killing"),
    # a child who saw the harm is no victim
    ("مقتل امرأة طعنا أمام ابنها البالغ من العمر 10 سنوات في حي الأندلس بطرابلس.", "killing"),
    # a sentence's length in years is no age
    ("السجن 12 عاما لصحفي بسبب تقرير عن الفساد في مدينة بنغازي.", "arbitrary_detention"),
])
def test_no_age_category_for_an_adult_a_witness_or_a_sentence(text: str, kind: str) -> None:
    assert not _categories(text, kind) & {"children", "girls", "elderly"}
