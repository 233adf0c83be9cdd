"""Registry bodies of Libya's 2019-2020 war, armed groups under UN sanctions and casualty-toll bodies.

Sentences are written by the rasad team in the style of Libyan news (no real events or names).
"""

import pytest

from nlp.actors import find_actors, load_registry
from nlp.lexicon import Tokens


def _found(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.id) for a in find_actors(text, Tokens.of(text))]


@pytest.mark.parametrize(("text", "name", "entry_id"), [
    ("قتل مدنيان في قصف لقوات بركان الغضب على أحد الأحياء", "قوات بركان الغضب", "ly-burkan-ghadab"),
    ("قتل طفل في قصف لميليشيات حفتر على حي سكني", "ميليشيات حفتر", "ly-laaf"),
    ("قصفت قوات حكومة الوفاق مواقع قرب المدينة", "قوات حكومة الوفاق", "ly-gna-forces"),
    ("اندلعت اشتباكات بين لواء الصمود وقوة أخرى", "لواء الصمود", "ly-somood"),
    ("قال مركز طب الطوارئ والدعم إن شخصين قتلا", "مركز طب الطوارئ والدعم", "ly-emergency-centre"),
    ("وأوضح الدفاع المدني أن الحريق امتد إلى محلين", "الدفاع المدني", "generic-civil-defence"),
])
def test_named_forces_and_toll_bodies_are_listed(text: str, name: str, entry_id: str) -> None:
    assert (name, entry_id) in _found(text)


def test_the_new_entries_say_where_they_come_from() -> None:
    entries, _ = load_registry()
    for entry_id in ("ly-gna-forces", "ly-burkan-ghadab", "ly-somood", "ly-bdb", "ly-libya-shield",
                     "ly-presidential-guard", "ly-emergency-centre", "generic-civil-defence"):
        assert entries[entry_id]["source"] != "rasad curated from public reporting"  # its own source, not the default
        assert entries[entry_id]["type"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ما رد حكومة الوفاق والمجتمع الدولي على الهجوم؟", ["حكومة الوفاق"]),
    ("تواصلت الاشتباكات بين الحوثيين والجيش الوطني والمقاومة الشعبية", ["الحوثيين", "الجيش الوطني"]),
])
def test_a_listed_name_is_whole_before_a_coordinated_noun(text: str, expected: list[str]) -> None:
    """«و + noun» after a listed body is another party, not more of the body's name."""
    assert [name for name, _ in _found(text)] == expected


@pytest.mark.parametrize("name", ["تشكيلات مسلحة", "التشكيلات المسلحة", "الكتائب المسلحة", "المجموعات المسلحة",
                                  "العناصر المسلحة"])
def test_armed_formations_with_or_without_the_article_are_unnamed_armed_groups(name: str) -> None:
    """The article on the adjective is written out («المجموعات المسلحة»): each form is listed."""
    assert (name, "generic-armed-group") in _found(f"قتل مدني في اشتباكات اندلعت بين {name} قرب المدينة")


def test_a_tunisian_armed_group_keeps_its_brigade_word() -> None:
    assert ("كتيبة جند الخلافة", "tn-jund-al-khilafa") in _found("ينتمي العنصران إلى كتيبة جند الخلافة الموالية للتنظيم")


def test_two_armed_men_are_an_unnamed_armed_group() -> None:
    assert ("عنصرين مسلحين", "generic-armed-group") in _found("اقتاده إلى المقر عنصرين مسلحين ملثمين")


def test_a_brigade_named_for_a_date_keeps_the_month() -> None:
    assert _found("اعتقلت كتيبة 17 فبراير ناشطا")[0][0] == "كتيبة 17 فبراير"


def test_a_base_is_no_al_qaeda_but_the_group_is() -> None:
    assert _found("وتم إنزال المهاجرين في القاعدة البحرية بالمدينة") == []
    assert ("القاعدة", "aqim") in _found("تبنى تنظيم تابع للقاعدة الهجوم")


def test_the_sahel_al_qaeda_affiliate_is_listed() -> None:
    assert ("جماعة نصرة الإسلام والمسلمين", "jnim") in _found("هجوم نسب إلى جماعة نصرة الإسلام والمسلمين")


@pytest.mark.parametrize(("text", "name"), [
    ("اختطفت مجموعة مسلحة ليبية سائقين على الطريق الساحلي", "مجموعة مسلحة ليبية"),
    ("اندلعت اشتباكات بين مجموعات مسلحة محلية وسط المدينة", "مجموعات مسلحة محلية"),
    ("أطلق مسلحون مجهولون النار على سيارة", "مسلحون مجهولون"),
])
def test_an_unnamed_group_keeps_the_adjective_that_describes_it(text: str, name: str) -> None:
    assert _found(text)[0][0] == name


def test_unnamed_security_agents_are_reported_as_perpetrators_of_an_incident_only() -> None:
    from nlp.annotate import annotate

    beaten = "تعرض مصور صحفي للضرب ومصادرة معداته من قبل عناصر أمنية بملابس مدنية أثناء تغطيته مظاهرة"
    assert ("عناصر أمنية", "generic-security-agents") in _found(beaten)
    assert "عناصر أمنية" in [a.name for a in annotate(beaten, "ar").actors]
    statement = "نظمت عناصر أمنية حملة تبرع بالدم في المستشفى الجهوي"
    assert "عناصر أمنية" not in [a.name for a in annotate(statement, "ar").actors]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال المنتدى التونسي للحقوق الاقتصادية والاجتماعية إن مهاجرين غرقوا", "المنتدى التونسي للحقوق الاقتصادية والاجتماعية"),
    ("ونددت الجمعية التونسية للنساء الديمقراطيات بالاعتداء", "الجمعية التونسية للنساء الديمقراطيات"),
    ("ودعت المنظمة العالمية لمناهضة التعذيب إلى فتح تحقيق", "المنظمة العالمية لمناهضة التعذيب"),
])
def test_tunisian_rights_groups_quoted_on_migrants_and_abuse_are_whole(text: str, name: str) -> None:
    assert [n for n, _ in _found(text)] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("أعلنت شعبة الإعلام الحربي التابعة للقيادة العامة مقتل أربعة عناصر", "شعبة الإعلام الحربي"),
    ("وأوضح مكتب النائب العام الليبي أن المحكمة قضت بالسجن", "مكتب النائب العام الليبي"),
])
def test_military_media_division_and_the_prosecutor_generals_office_with_its_country(text: str, name: str) -> None:
    assert _found(text)[0][0] == name
