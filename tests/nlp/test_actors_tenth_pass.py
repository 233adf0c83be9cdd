"""Actors, tenth pass: kinds the finder got wrong against the settled actor conventions (docs/labelling.md,
"Actor conventions (settled)"), checked on our own sentences (written by the rasad team in the style of Libyan
and Tunisian news; no real names)."""

import pytest

from nlp.actors import find_actors, reported_actors
from nlp.lexicon import Tokens
from tests.nlp.actor_names import actor_names


def reported(text: str, has_incident: bool = True) -> list[str]:
    return [a.name for a in reported_actors(find_actors(text, Tokens.of(text)), has_incident=has_incident)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت العائلة إن الخاطفين طلبوا فدية كبيرة مقابل الإفراج عن ابنها.", ["الخاطفين"]),
    ("وأكد شقيقه أن الخاطفون أطلقوا سراحه ليلا.", ["الخاطفون"]),
])
def test_kidnappers_are_an_unnamed_perpetrator(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


def test_one_of_the_kidnappers_is_a_person_not_the_group() -> None:
    assert reported("وقال الأب إن أحد الخاطفين اتصل به هاتفيا.") == []


def test_the_body_texts_form_of_an_unnamed_group_is_reported_not_the_headlines() -> None:
    text = "الخاطفون يطلبون فدية للإفراج عن تاجر في الجنوب\nقالت عائلة التاجر إن الخاطفين اتصلوا بها مساء أمس."
    assert reported(text) == ["الخاطفين"]
    text = "غرق مهاجرين بعد أن تركهم مهربون في البحر\nوقال الناجون إن المهربين أجبروهم على الصعود إلى القارب."
    assert reported(text) == ["المهربين"]


@pytest.mark.parametrize(("text", "has_incident"), [
    ("وتحقق الأجهزة الأمنية في ملابسات الحادثة.", True),
    ("وقالت الأجهزة الأمنية إن الطريق آمن.", False),
])
def test_bare_security_services_are_no_actor(text: str, has_incident: bool) -> None:
    assert reported(text, has_incident) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلنت الأجهزة الأمنية المصرية توقيف المشتبه بهم.", ["الأجهزة الأمنية المصرية"]),
    ("ونقل الصليب الأحمر اللبناني الجرحى إلى المستشفى.", ["الصليب الأحمر اللبناني"]),
    ("وانتشرت عناصر من الفيلق الإفريقي الروسي قرب المطار.", ["الفيلق الإفريقي الروسي"]),
])
def test_a_nationality_after_a_listed_name_ending_in_an_adjective_is_kept(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


def test_a_nationality_does_not_stick_to_a_name_ending_in_a_noun() -> None:
    # «الليبي» qualifies the leader, not the named group
    assert actor_names("وقال زعيم أنصار الشريعة الليبي إن الهجوم فشل.") == ["أنصار الشريعة"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتدخلت وحدات الحماية المدنية التونسية لإطفاء الحريق.", ["الحماية المدنية التونسية"]),
    ("وأوقفت عناصر الحرس الوطني التونسي شاحنة محملة بالوقود.", ["الحرس الوطني التونسي"]),
])
def test_a_member_word_before_a_listed_body_and_its_adjectives_gives_the_body(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


def test_a_branch_of_a_listed_national_body_drops_its_town() -> None:
    text = "وأعلن فرع جمعية الهلال الأحمر الليبي في صبراتة انتشال جثتين."
    assert actor_names(text) == ["جمعية الهلال الأحمر الليبي"]
    # a local association found by its head keeps it (ninth pass)
    assert actor_names("وطالبت جمعية البحارة بجرجيس بالإفراج عن المركب.") == ["جمعية البحارة بجرجيس"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتمكنت قوات أمنية من تحرير المخطوف بعد ساعات.", ["قوات أمنية"]),
    ("وداهمت قوة أمنية منزل المتهم فجر اليوم.", ["قوة أمنية"]),
    ("وأكد الأهالي أن جهة مجهولة أضرمت النار في المخزن.", ["جهة مجهولة"]),
])
def test_unnamed_forces_and_an_unknown_party_are_actors_of_an_incident(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت شركة الواحة لتسويق الوقود إن المحطات مزودة.", ["شركة الواحة لتسويق الوقود"]),
    ("ونظم الاتحاد المغاربي لألعاب القوى البطولة في سوسة.", ["الاتحاد المغاربي لألعاب القوى"]),
    ("وطالبت الغرفة الجهوية لسائقي الشاحنات بتخفيض الأسعار.", ["الغرفة الجهوية لسائقي الشاحنات"]),
    ("وأعلنت المديرية العامة لقوى الأمن الداخلي توقيف شخصين.", ["المديرية العامة لقوى الأمن الداخلي"]),
])
def test_l_plus_noun_plus_definite_noun_completes_a_name(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


def test_lebanons_internal_security_forces_are_listed() -> None:
    assert actor_names("وقالت قوى الأمن الداخلي إنها أوقفت السائق.") == ["قوى الأمن الداخلي"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ودعت العائلة السلطات الأمنية لمتابعة القضية بجدية.", ["السلطات الأمنية"]),
    ("وأعلنت اللجنة الوطنية لمتابعة الانتخابات نتائجها.", ["اللجنة الوطنية لمتابعة الانتخابات"]),
])
def test_a_purpose_noun_after_l_completes_only_a_mission_body(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


def test_housing_units_are_no_body() -> None:
    assert actor_names("وتضررت عشرات الوحدات السكنية جراء الفيضانات.") == []


def test_an_unknown_destination_is_no_unknown_party() -> None:
    assert reported("وأوقف مسلحون سيارته واقتادوه إلى جهة مجهولة.") == ["مسلحون"]


def test_a_force_attached_to_a_named_body_is_that_body() -> None:
    assert reported("واقتحمت قوة أمنية تابعة لجهاز الأمن الداخلي مقر الجمعية.") == ["جهاز الأمن الداخلي"]


def test_and_forces_after_a_council_open_another_party() -> None:
    assert actor_names("واتفق المجلس العسكري وقوى المعارضة على الموعد.") == ["المجلس العسكري"]
