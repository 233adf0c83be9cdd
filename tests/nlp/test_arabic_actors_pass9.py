"""Arabic actors pass 9 (all Arabic tune files): kinds of actor the finder missed or cut (docs/labelling.md,
"Arabic actors pass 9 (all Arabic tune files)"), checked on our own sentences (written by the rasad team in the
style of Libyan and Tunisian news; no real events)."""

import pytest

from nlp.actors import find_actors, reported_actors
from nlp.lexicon import Tokens


def reported(text: str, has_incident: bool = True) -> list[str]:
    return [a.name for a in reported_actors(find_actors(text, Tokens.of(text)), has_incident=has_incident)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال عضو المجلس البلدي غدامس إن ثلاثة مواطنين أصيبوا في قصف استهدف الحي.", ["المجلس البلدي غدامس"]),
    ("وأكد عضو بالمجلس البلدي سبها أن القذيفة سقطت على منزل.", ["المجلس البلدي سبها"]),
    ("وقال رئيس المجلس البلدي نالوت إن الحريق أتى على عشرة منازل.", ["المجلس البلدي نالوت"]),
])
def test_a_council_named_with_its_bare_town_in_a_members_title_is_reported(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "وقال عميد بلدية غدامس إن ثلاثة مواطنين أصيبوا في القصف.",  # a mayor's title: the settled rule
    "وأكد عضو المجلس البلدي في سبها أن القذيفة سقطت على منزل.",  # «في + town»: still a title
    "وأكد عضو بالمجلس البلدي أن القذيفة سقطت على منزل.",  # no town: a member's workplace
])
def test_a_municipality_in_other_titles_stays_unreported(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("أصيب بائع متجول بجروح إثر اعتداء من قبل مجموعة من الشبان قرب محطة الحافلات.", ["مجموعة من الشبان"]),
    ("نهبت مجموعة من الشباب محلا تجاريا وسط المدينة واعتدت على صاحبه.", ["مجموعة من الشباب"]),
])
def test_a_group_of_youths_attacking_is_an_unnamed_perpetrator(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


def test_a_group_of_youths_is_no_actor_without_an_incident() -> None:
    assert reported("نظمت مجموعة من الشبان حملة لتنظيف الشاطئ.", has_incident=False) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل شخصان في اشتباكات بين مسلحين من قبيلتين في حي الشرقية.", ["مسلحين من قبيلتين"]),
    ("أصيب سائق في كمين نصبه مسلحون من تشكيل منافس على الطريق الساحلي.", ["مسلحون من تشكيل منافس"]),
    ("قتل طفل برصاص طائش خلال اشتباكات بين مسلحين من مكونين اجتماعيين في المدينة.", ["مسلحين من مكونين اجتماعيين"]),
])
def test_gunmen_told_by_the_group_they_come_from_keep_it(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("خطف مسلحين من أمام منزله شابا في الحي.", ["مسلحين"]),  # «من أمام»: where, not who
    ("هاجم مسلحون من مدينة مجاورة مزرعة في الضواحي.", ["مسلحون"]),  # no group noun
])
def test_gunmen_with_other_from_phrases_stay_bare(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلن صندوق التنمية وإعادة إعمار ليبيا تسليم جسر جديد في المدينة.", ["صندوق التنمية وإعادة إعمار ليبيا"]),
    ("وقررت الرابطة الوطنية لكرة القدم المحترفة معاقبة الفريقين بعد أعمال الشغب.",
     ["الرابطة الوطنية لكرة القدم المحترفة"]),
    ("وقالت مصلحة الجمارك الليبية إن المنفذ أغلق أمام الشاحنات.", ["مصلحة الجمارك الليبية"]),
    ("وأوضحت مصلحة الطيران المدني أن الرحلات توقفت لساعتين.", ["مصلحة الطيران المدني"]),
    ("وأعلنت رئاسة أركان القوات البرية مقتل جنديين في هجوم على نقطة تفتيش.", ["رئاسة أركان القوات البرية"]),
    ("ولم تعلق رئاسة أركان القوات البحرية الليبية على الحادثة.", ["رئاسة أركان القوات البحرية الليبية"]),
    ("وأعلنت الخطوط الجوية الأفريقية تأجيل رحلاتها إلى الغد.", ["الخطوط الجوية الأفريقية"]),
])
def test_long_registry_names_are_whole(text: str, expected: list[str]) -> None:
    assert reported(text, has_incident=False) == expected


def test_smuggling_gangs_are_named_whole() -> None:
    assert reported("قال مهاجرون إنهم احتجزوا وبيعوا بين عصابات التهريب في الصحراء.") == ["عصابات التهريب"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال مركز الدفاع المدني مصراتة إن فرقه أخمدت حريقا في مخزن للأخشاب.", ["مركز الدفاع المدني مصراتة"]),
    ("وأوضح مكتب الإعلام سبها أن الطريق أغلق.", ["مكتب الإعلام سبها"]),
])
def test_a_unit_named_with_its_bare_town_keeps_it(text: str, expected: list[str]) -> None:
    assert reported(text, has_incident=False) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال مركز الدفاع المدني بزليتن إن فرقه أخمدت الحريق.", ["مركز الدفاع المدني بزليتن"]),  # «ب + town» only
    ("وأعلنت المندوبية الجهوية للتربية بصفاقس تعليق الدروس.", ["المندوبية الجهوية للتربية بصفاقس"]),
])
def test_a_unit_with_its_own_town_takes_no_second_one(text: str, expected: list[str]) -> None:
    assert reported(text, has_incident=False) == expected


def test_groups_of_youths_are_unnamed_perpetrators_too() -> None:
    assert reported("اندلع شجار بين مجموعات من الشبان أسفر عن إصابة خمسة أشخاص بجروح.") == ["مجموعات من الشبان"]
