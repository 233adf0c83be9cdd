"""Where an actor's name ends: a prepositional phrase after an unnamed group, a verb after a head, a
mission in two parts, and the unnamed gangs of trafficking reports.

Sentences are written by the rasad team in the style of Tunisian and Libyan news (no real names).
"""

import pytest

from nlp.actors import find_actors
from nlp.lexicon import Tokens
from tests.nlp.actor_names import actor_names


@pytest.mark.parametrize(("text", "expected"), [
    ("واعتدى أعوان أمن بالزي المدني على مصور صحفي.", ["أعوان أمن بالزي المدني"]),
    ("واعتدى أعوان أمن بالزي الرسمي على مصور صحفي.", ["أعوان أمن"]),
    ("هاجمت مجموعات مسلحة بالمدينة مقرا حكوميا.", ["مجموعات مسلحة"]),
    ("هاجمت مجموعة مسلحة تشادية قرية حدودية.", ["مجموعة مسلحة تشادية"]),
])
def test_an_unnamed_group_takes_no_prepositional_phrase_as_its_adjective(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


@pytest.mark.parametrize("text", [
    "حررت دورية 20 مهاجرا من مخزن تستخدمه عصابة للاتجار بالبشر لابتزاز العائلات.",
    "وتتهم المنظمة عصابات الاتجار بالبشر باحتجاز المهاجرين.",
])
def test_a_trafficking_gang_is_an_unnamed_perpetrator(text: str) -> None:
    found = [a for a in find_actors(text, Tokens.of(text)) if a.name.startswith(("عصابة", "عصابات"))]
    assert [a.id for a in found] == ["generic-smugglers"]


@pytest.mark.parametrize("text", [
    "وأكد المتحدث أن فرقه نقلت الجرحى إلى المستشفى.",
    "تعرض تلميذ للطعن أمام معهد بمدينة صفاقس.",
])
def test_a_verb_or_a_prepositional_phrase_after_a_head_makes_no_name(text: str) -> None:
    assert actor_names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت جمعية نبض الوطن إن القافلة وصلت.", "جمعية نبض الوطن"),
    ("ندد اتحاد نقابات العمال بالاعتداء.", "اتحاد نقابات العمال"),
    ("وأكدت مديرية أمن سبها فتح تحقيق.", "مديرية أمن سبها"),
])
def test_construct_names_still_found(text: str, expected: str) -> None:
    assert expected in actor_names(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("وطالب المجلس الوطني للحريات العامة وحقوق الإنسان بفتح تحقيق.", "المجلس الوطني للحريات العامة وحقوق الإنسان"),
    ("ومددت الوزارة التخفيضات بطلب من الغرفة الوطنية لتجار الملابس الجاهزة.", "الغرفة الوطنية لتجار الملابس"),
    ("وقالت الغرفة الجهوية لأصحاب المقاهي إن القرار مجحف.", "الغرفة الجهوية لأصحاب المقاهي"),
])
def test_a_name_goes_on_through_its_mission_and_its_members(text: str, expected: str) -> None:
    assert expected in actor_names(text)


def test_a_second_body_after_and_is_still_apart() -> None:
    assert actor_names("وأكدت وزارة الداخلية والحرس الوطني الخبر.") == ["وزارة الداخلية", "الحرس الوطني"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ودعا المشاركون إلى طي صفحة الانقسام وتنظيم الانتخابات في أقرب الآجال.", []),
    ("وفتحت النيابة بحثا في تنظيم عملية الإبحار خلسة.", ["النيابة"]),
    ("وقال إن مقاتلين من تنظيم الدولة تسللوا إلى المدينة.", ["تنظيم الدولة"]),
])
def test_organising_an_event_is_no_organisation(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل مهرب إثر تبادل لإطلاق النار بين وحدات عسكرية ومجموعة من المهربين.", "وحدات عسكرية"),
    ("طاردت وحدة بحرية ليبية ثلاثة مراكب صيد.", "وحدة بحرية ليبية"),
])
def test_unnamed_forces_are_actors(text: str, expected: str) -> None:
    assert expected in actor_names(text)
