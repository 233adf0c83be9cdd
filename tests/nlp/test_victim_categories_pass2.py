"""Victim categories pass 2 (tune15, Jawhara-style articles): who an incident's victims are, for the reports
that count them. Our own sentences; each failed before the pass."""

from __future__ import annotations

import pytest

from nlp.annotate import annotate


def _categories(text: str, kind: str, lang: str = "ar") -> set[str]:
    incidents = {i.type: i for i in annotate(text, lang, None).incidents}
    assert kind in incidents, f"no {kind} in {sorted(incidents)}"
    return set(incidents[kind].victim_categories)


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("مقتل شاب أب لطفلين برصاص مسلحين مجهولين في حي الأندلس بطرابلس.", "ar", "killing"),
    ("مقتل سائق أجرة، وهو في الأربعين من عمره وأب لثلاثة أطفال، برصاص مسلحين في مدينة الزاوية.", "ar", "killing"),
    ("A taxi driver, a father of three children, was shot dead by gunmen in Zawiya on Sunday.", "en", "killing"),
])
def test_the_children_of_a_parent_are_his_family_not_victims(text: str, lang: str, kind: str) -> None:
    assert "children" not in _categories(text, kind, lang)


def test_the_pupil_of_a_guardian_who_attacks_is_no_victim() -> None:
    assert "children" not in _categories("ولي أحد التلاميذ يعتدي بالعنف على معلم داخل مدرسة في مصراتة.", "injury")


def test_pupils_joined_to_the_witnesses_saw_the_attack() -> None:
    text = "اعتداء بالضرب على معلمة أمام زميلاتها والتلاميذ في مدرسة بمدينة سبها."
    assert "children" not in _categories(text, "injury")


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("اختطاف 12 عاملا مصريا من ورشة بناء في ضواحي مدينة بني وليد.", "abduction", {"migrants"}),
    ("مقتل سبعة مدنيين، من بينهم ثلاثة قصر، في قصف على حي سكني بمدينة ترهونة.", "killing", {"children"}),
    ("اعتقال 20 شابا من بينهم أربعة قصر في حملة مداهمات بمدينة الزاوية دون إذن قضائي.", "arbitrary_detention",
     {"children"}),
    ("مقتل امرأة وفتاتين في قصف على منزل بحي السلماني في بنغازي.", "killing", {"women", "girls"}),
])
def test_counted_workers_minors_and_dual_girls(text: str, kind: str, expected: set[str]) -> None:
    assert _categories(text, kind) == expected
