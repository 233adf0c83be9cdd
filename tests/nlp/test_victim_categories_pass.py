"""Victim categories pass (issue 13 item 4): who an incident's victims are, for the reports that count them.
Our own sentences; each failed before the pass."""

from __future__ import annotations

import pytest

from nlp.annotate import annotate


def _categories(text: str, kind: str, lang: str = "ar") -> set[str]:
    incidents = {i.type: i for i in annotate(text, lang, None).incidents}
    assert kind in incidents, f"no {kind} in {sorted(incidents)}"
    return set(incidents[kind].victim_categories)


def test_victims_named_in_a_later_sentence_of_the_same_incident() -> None:
    text = ("مقتل خمسة مدنيين في قصف مدفعي على حي سكني في ترهونة. "
            "وقُتل في القصف خمسة أشخاص بينهم امرأتان وطفلان.")
    assert _categories(text, "killing") == {"women", "children"}


def test_red_crescent_announcing_the_deaths_is_no_medic_victim() -> None:
    assert "medics" not in _categories("أعلن الهلال الأحمر الليبي مقتل أربعة مدنيين في قصف على سوق بمدينة غريان.",
                                       "killing")


def test_children_who_saw_the_killing_are_witnesses() -> None:
    text = "مقتل امرأة طعنا على يد شقيقها أمام أطفالها داخل منزلها في مدينة الخمس."
    assert _categories(text, "killing") == {"women"}


@pytest.mark.parametrize(("text", "lang", "kind", "expected"), [
    ("مقتل رجل وطفليه في سقوط قذيفة على منزلهم في حي الهضبة بطرابلس.", "ar", "killing", {"children"}),
    ("مقتل أم وابنتيها في قصف عشوائي على منزل في مدينة الزاوية.", "ar", "killing", {"women", "girls", "children"}),
    ("اعتقال ناشطة في طرابلس دون توجيه أي تهمة بعد منشور على فيسبوك.", "ar", "arbitrary_detention",
     {"activists", "women"}),
    ("اختطاف عمال مصريين من مزرعة في ضواحي مدينة سرت على يد مسلحين مجهولين.", "ar", "abduction", {"migrants"}),
    ("A rocket hit a house in Tarhuna on Monday, killing a farmer and his two sons.", "en", "killing", {"children"}),
])
def test_category_only_words(text: str, lang: str, kind: str, expected: set[str]) -> None:
    assert _categories(text, kind, lang) == expected


def test_a_dual_names_women() -> None:
    """«امرأتان» is not a form of «امرأة» the lexicon's forms reach."""
    with_dual = annotate("قُتلت امرأتان في قصف على حي سكني في ترهونة.", "ar", None)
    assert {c for i in with_dual.incidents for c in i.victim_categories} == {"women"}
