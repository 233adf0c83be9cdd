"""Arabic actors pass on social posts and Libyan outlets: kinds of actor the finder missed or added (docs/labelling.md,
"Arabic actors pass (social posts and outlets)"), checked on our own sentences (written by the rasad team in the
style of Libyan posts and news; no real names or events)."""

import pytest

from nlp.actors import find_actors, reported_actors
from nlp.lexicon import Tokens


def reported(text: str, has_incident: bool = True) -> list[str]:
    return [a.name for a in reported_actors(find_actors(text, Tokens.of(text)), has_incident=has_incident)]


@pytest.mark.parametrize(("text", "expected"), [
    ("طعن شاب جاره في سوق الخميس والأجهزة الأمنية تقبض عليه بعد ساعة 😡", ["الأجهزة الأمنية"]),
    ("سرقة محل ذهب في الظهرة، الأجهزة الأمنية اعتقلت اثنين من المشتبه بهم", ["الأجهزة الأمنية"]),
])
def test_bare_security_services_that_arrest_someone_are_reported(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "حريق في مخزن بالسوق والأجهزة الأمنية تباشر التحقيق في أسبابه.",  # an inquiry: settled, no actor
    "وطالب الأهالي الأجهزة الأمنية بملاحقة الجناة.",  # asked to act
])
def test_bare_security_services_that_only_investigate_or_are_asked_stay_unreported(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("جهة أمنية تعتقل طالبا جامعيا من أمام كليته في مصراتة بسبب تدوينة", ["جهة أمنية"]),
    ("إطلاق سراح مدون بعد احتجازه أسبوعا لدى جهاز أمني في الزاوية", ["جهاز أمني"]),
])
def test_unnamed_security_bodies_of_posts_are_actors(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


def test_the_men_of_a_security_gate_are_an_actor() -> None:
    # Libyan checkpoints («بوابة») are manned by armed groups with no name in the post; the member form is the actor
    # (settled conventions: with no body named, the member form is the actor).
    assert reported("إصابة سائق شاحنة برصاص عناصر بوابة أمنية قرب بني وليد") == ["عناصر بوابة أمنية"]


def test_an_unnamed_security_body_is_no_destination() -> None:
    assert reported("قالت عائلته إنه اقتيد إلى جهة أمنية منذ أسبوعين ولا تعرف مكانه.") == []


def test_a_headlines_vague_security_body_stands_for_the_force_the_text_names() -> None:
    text = ("ناشط مختف منذ استدعائه من جهاز أمني في طرابلس\n"
            "قالت أسرة الناشط إن جهاز الأمن الداخلي استدعاه للتحقيق قبل عشرة أيام.")
    assert reported(text) == ["جهاز الأمن الداخلي"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وحذر المركز الليبي للأعمال المتعلقة بالألغام سكان الحي من لمس أي جسم غريب.",
     ["المركز الليبي للأعمال المتعلقة بالألغام"]),
    ("وباشر جهاز إدارة المدينة القديمة إزالة الركام من الزقاق.", ["جهاز إدارة المدينة القديمة"]),
    ("ودعت الخارجية الليبية رعاياها إلى الحذر.", ["الخارجية الليبية"]),
    ("وطالبت رابطة أسر ضحايا مجزرة سجن أبوسليم بكشف مصير المفقودين.", ["رابطة أسر ضحايا مجزرة سجن أبوسليم"]),
    ("وقالت لجان المقاومة المحلية إن القصف طال سوق المدينة.", ["لجان المقاومة المحلية"]),
    ("وقررت أوبك خفض الإنتاج مجددا.", ["أوبك"]),
])
def test_listed_names_the_finder_cut_or_missed(text: str, expected: list[str]) -> None:
    assert reported(text, has_incident=False) == expected


def test_the_blamed_responsibility_is_no_part_of_a_companys_name() -> None:
    assert reported("والأهالي يحملون شركة المياه المسؤولية عن انقطاع الخدمة.", has_incident=False) == ["شركة المياه"]


def test_a_libyan_prison_named_as_a_reform_institution_is_a_place() -> None:
    assert reported("ونقل الموقوفون إلى مؤسسة الإصلاح والتأهيل في مصراتة.", has_incident=False) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("مقتل عنصرين من تشكيل مسلح في اشتباك مع دورية قرب ورشفانة", ["تشكيل مسلح"]),
    ("اشتباكات بين قوة حكومية وجماعة مسلحة في ضواحي الزاوية دون إصابات بين السكان", ["جماعة مسلحة"]),
])
def test_one_unnamed_armed_group_is_reported_without_an_incident(text: str, expected: list[str]) -> None:
    assert reported(text, has_incident=False) == expected


def test_without_an_incident_plural_gunmen_and_a_headlines_group_stay_unreported() -> None:
    assert reported("وحذر السكان من انتشار الميليشيات والمسلحين في الأحياء.", has_incident=False) == []
    text = "قائد مجموعة مسلحة يهدد بالانسحاب من الاتفاق\nقال القائد في كلمة مصورة إن مطالبه لم تنفذ."
    assert reported(text, has_incident=False) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("اشتباكات بين #اللواء_444 و #جهاز_دعم_الاستقرار قرب الطريق السريع", ["اللواء 444", "جهاز دعم الاستقرار"]),
    ("اعتقال مدون من بيته في سوق الجمعة والأهالي يتهمون #جهاز_الردع", ["جهاز الردع"]),
])
def test_a_body_written_as_a_hashtag_is_its_name_with_spaces(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ناس مسلحة هجموا على المزرعة وقتلوا الراعي", ["ناس مسلحة"]),
    ("جماعة مسلحين خطفوا سائق تاكسي قدام الجامع", ["جماعة مسلحين"]),
])
def test_dialect_forms_of_unnamed_gunmen(text: str, expected: list[str]) -> None:
    assert reported(text) == expected


def test_security_men_in_plain_clothes_keep_their_description() -> None:
    # Libyan posts write «بلباس مدني» where Tunisian news writes «بالزي المدني» (tests/nlp/test_actors_boundaries.py);
    # not «بملابس مدنية»: tests/nlp/test_actors_registry.py pins «عناصر أمنية» before it
    assert reported("عناصر أمنية بلباس مدني تقتاد طالبا من أمام الجامعة في سرت") == ["عناصر أمنية بلباس مدني"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال آمر السرية الرابعة مشاة إن دورياته ضبطت شاحنة وقود مهرب.", ["السرية الرابعة مشاة"]),
    ("وتبادل عناصر من «سرية الإسناد الأولى» إطلاق النار مع المهاجمين.", ["سرية الإسناد الأولى"]),
])
def test_a_company_is_a_unit_named_by_its_ordinal_and_arm(text: str, expected: list[str]) -> None:
    assert reported(text, has_incident=False) == expected


def test_secret_as_an_adjective_opens_no_name() -> None:
    assert reported("ونقل المعتقلون إلى سجون سرية خارج المدينة.", has_incident=False) == []
