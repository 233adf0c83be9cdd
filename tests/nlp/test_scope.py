"""The lead scope keeps incidents abroad only when their evidence names Libyan people (nlp.scope)."""

import pytest

from nlp.countries import names_nationals
from nlp.scope import in_scope
from rasad.records import Annotation, Evidence, Incident


def _abroad(sentence: str) -> Annotation:
    evidence = Evidence(sentence, 0, len(sentence), trigger="مقتل")
    return Annotation(incidents=(Incident("killing", 0.9, evidence),), in_libya=False)


@pytest.mark.parametrize("sentence", [
    "صفاقس: طعن مواطن ليبي وسلبه أمواله قرب محطة الحافلات",
    "أصيب مواطنان ليبيان بجروح في اعتداء على سيارتهما ببن قردان",
    "اختطاف رجل أعمال ليبي من أمام منزله بالمرسى",
    "مقتل شاب من الجنسية الليبية طعنا في سوسة",
    "وفاة امرأة ليبية إثر الاعتداء عليها في القاهرة",
    "Two Libyans were shot dead in a café in Sousse",
])
def test_libyans_harmed_abroad_are_in_the_nationals_scope(sentence: str) -> None:
    assert in_scope(_abroad(sentence), "libya+nationals")


@pytest.mark.parametrize("sentence", [
    "أصيب شاب برصاص دورية عسكرية أثناء تسلله من التراب الليبي",  # Libyan soil as origin
    "توفي مهرب في إطلاق نار من قبل الجيش الوطني على الحدود التونسية الليبية",
    "قليبية: وفاة كهل ألقاه ابنه من الطابق الثالث",  # a Tunisian town whose name contains «ليبي»
    "اعتقال عصابة لتهريب البشر مقرها ليبيا بعد غرق مركب قبالة صقلية",
    "احتجزت السلطات الليبية مركب صيد تونسيا",  # a Libyan body is no Libyan victim
])
def test_libyan_soil_borders_and_bodies_are_no_libyan_victims(sentence: str) -> None:
    assert not names_nationals(sentence, "LY")
    assert not in_scope(_abroad(sentence), "libya+nationals")


@pytest.mark.parametrize("sentence", [
    "مقتل شاب تونسي طعنا على يد مواطن ليبي في صفاقس",
    "إصابة عون حرس بجروح إثر الاعتداء عليه من قبل ليبيين في بن قردان",
    "A Tunisian was stabbed by a Libyan national in Sfax",
])
def test_libyans_named_as_the_attacker_are_no_libyan_victims(sentence: str) -> None:
    assert not in_scope(_abroad(sentence), "libya+nationals")
