"""Actors named through an affiliation: «تابع لـ», «من», «مسلحون يتبعون» + a unit, brigade or body.

Sentences are written by the rasad team in the style of Libyan and Tunisian news (no real events or names).
"""

import pytest

from tests.nlp.actor_names import actor_names


@pytest.mark.parametrize(("text", "expected"), [
    ("اقتحمت قوة تابعة للواء 444 مقر إذاعة محلية", "اللواء 444"),
    ("أطلق مسلحون تابعون للواء 52 النار على سيارة", "اللواء 52"),
    ("أحالت الوزارة الملف للجنة الأمنية المشتركة", "اللجنة الأمنية المشتركة"),
])
def test_a_noun_starting_with_lam_after_lil_keeps_its_article(text: str, expected: str) -> None:
    """«للواء» is «ل + اللواء», not «ل + ال + واء»: the brigade and the committee are found, with the article."""
    assert expected in actor_names(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت الإدارة العامة للبحث الجنائي القبض على متهمين", ["الإدارة العامة للبحث الجنائي"]),
    ("تمكن أعوان إقليم الأمن الوطني بصفاقس من إيقاف مشتبه به", ["إقليم الأمن الوطني بصفاقس"]),
    ("تم تسليمهم للحرس الوطني للقيام بالإجراءات اللازمة", ["الحرس الوطني"]),
    ("زار الوفد إقليم كردستان العراق أمس", []),
])
def test_a_verbal_noun_with_its_adjective_and_a_tunisian_security_region_are_names(
        text: str, expected: list[str]) -> None:
    """«للبحث الجنائي» is part of the directorate's name (a purpose clause has no adjective after its verbal
    noun); «إقليم» + a security body is a unit, «إقليم» + a region's name is a region."""
    assert actor_names(text) == expected


def test_a_name_noun_after_lam_keeps_a_national_observatory_whole() -> None:
    assert actor_names("ووفق المرصد الوطني لسلامة المرور، ارتفع عدد الحوادث") == ["المرصد الوطني لسلامة المرور"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وطالبت المؤسسة الوطنية لحقوق الإنسان بفتح تحقيق", ["المؤسسة الوطنية لحقوق الإنسان"]),
    ("وطالب المركز الليبي لحرية الصحافة بالإفراج عن الزميلين", ["المركز الليبي لحرية الصحافة"]),
    ("ولم يصدر أي تعليق من السلطات العسكرية الحاكمة في العاصمة", ["السلطات العسكرية الحاكمة"]),
    ("أكد البيان التزامها بتوحيد المؤسسة العسكرية", []),
    ("يحتل المنتخب الليبي المركز الثالث في المجموعة", ["المنتخب الليبي"]),
])
def test_institutions_freedoms_and_ruling_authorities(text: str, expected: list[str]) -> None:
    """«مؤسسة» heads a body's name, but «المؤسسة العسكرية» is the army as an institution; «لحرية» forms a name;
    «الحاكمة» qualifies authorities; «المركز الثالث» is a rank."""
    assert actor_names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("والاحتفاظ بالموقوفين بعد استشارة النيابة العمومية بقابس", ["النيابة العمومية بقابس"]),
    ("وأذنت النيابة العمومية بالمحكمة الابتدائية بقابس بإيداعهم السجن", ["النيابة العمومية بالمحكمة الابتدائية بقابس"]),
    ("وأذنت النيابة العمومية بالاحتفاظ بهم", ["النيابة العمومية"]),
])
def test_a_listed_unit_keeps_its_town_and_court_as_found_units_do(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل مدني برصاص مسلحين من تنظيم داعش قرب الحدود", ["تنظيم داعش"]),
    ("اندلعت مواجهات مع مسلحين من المعارضة التشادية جنوب البلاد", ["المعارضة التشادية"]),
    # an unnamed group is no body: the gunmen keep it as their description (Arabic actors pass 9)
    ("قتل مدني برصاص مسلحين من قبيلتين متنازعتين", ["مسلحين من قبيلتين متنازعتين"]),
])
def test_armed_men_from_a_named_group_are_that_group(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected
