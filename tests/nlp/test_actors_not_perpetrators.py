"""Names that are no acting body: news outlets and agencies quoted as sources, campaign slogans, a quote that
closes before a spokesman's title, unnamed security that was only told of the event.

Sentences are written by the rasad team in the style of Libyan and Tunisian news (no real events or names).
"""

import pytest

from nlp.actors import find_actors
from nlp.annotate import annotate
from nlp.lexicon import Tokens
from tests.nlp.actor_names import actor_names


@pytest.mark.parametrize(("text", "outlet"), [
    ("قتل شاب برصاص مسلحين، حسب ما نقلته وكالة \"رويترز\" عن مصدر طبي", "رويترز"),
    ("قتل شاب برصاص مسلحين، بحسب شبكة الجزيرة الإخبارية", "الجزيرة"),
])
def test_an_outlet_quoted_as_the_source_is_no_actor(text: str, outlet: str) -> None:
    names = actor_names(text)
    assert "مسلحين" in names
    assert not any(outlet in n for n in names)


def test_a_campaign_slogan_is_no_body() -> None:
    assert actor_names("طالبت المنظمة بتوضيحات حول معتقلي حملة \"مكافحة الفساد\" في البلاد") == []


def test_a_closing_quote_before_a_spokesman_opens_no_quoted_name() -> None:
    text = "\"تجربة جديدة وعملية\" المتحدث العسكري باسم جماعة المتمردين \"سيتم الكشف عن التفاصيل\""
    assert not any("المتحدث" in n for n in actor_names(text))


def _reported(text: str) -> list[str]:
    return [a.name for a in annotate(text, "ar").actors]


@pytest.mark.parametrize(("text", "employer", "perpetrator"), [
    ("اختطف مسلحون مجهولون أمس ثلاثة موظفين بالقنصلية المغربية في العاصمة", "القنصلية المغربية", "مسلحون مجهولون"),
    ("قتل موظف في شركة الخليج للنفط برصاص مجهولين قرب منزله", "شركة الخليج", "مجهولين"),
])
def test_a_victims_employer_is_no_actor_of_the_incident(text: str, employer: str, perpetrator: str) -> None:
    names = _reported(text)
    assert perpetrator in names
    assert not any(employer in n for n in names)


def test_an_employer_named_on_its_own_is_still_reported() -> None:
    text = "اختطف مسلحون مجهولون ثلاثة موظفين بالقنصلية المغربية، وأعلنت القنصلية المغربية تشكيل خلية أزمة"
    assert "القنصلية المغربية" in _reported(text)


def test_an_employer_is_kept_where_no_incident_is_reported() -> None:
    found = find_actors(t := "دخل العمال بشركة الخدمات العامة في إضراب عن الطعام", Tokens.of(t))
    assert [(a.name, a.employer) for a in found] == [("شركة الخدمات العامة", True)]
    assert "شركة الخدمات العامة" in _reported("دخل العمال بشركة الخدمات العامة في إضراب للمطالبة برواتبهم")


@pytest.mark.parametrize(("text", "expected"), [
    ("وكانت السلطات قد أغلقت المعبر إثر خلاف حول إدارة البوابة", []),
    ("وأكدت إدارة المستشفى أن حالة المصابين مستقرة", []),
    ("ودعا إلى التدخل لدى السلطات المصرية للإفراج عن الصيادين", ["السلطات المصرية"]),
])
def test_managing_a_facility_and_a_purpose_clause_are_no_part_of_a_body(text: str, expected: list[str]) -> None:
    """«إدارة + facility» is its management, not a body; «للإفراج عن» after a body is the purpose of a call."""
    assert actor_names(text) == expected


@pytest.mark.parametrize(("headline", "body", "short"), [
    ("نقابة الصحفيين تدين اعتقال مراسل", "أدانت النقابة الوطنية للصحفيين المغاربة اعتقال مراسل في الرباط", "نقابة الصحفيين"),
    ("منظمة الهجرة تحذر من غرق المهاجرين", "حذرت المنظمة الدولية للهجرة من غرق مزيد من المهاجرين", "منظمة الهجرة"),
])
def test_a_headlines_short_form_of_a_body_named_in_full_is_not_reported_twice(
        headline: str, body: str, short: str) -> None:
    names = _reported(f"{headline}\n{body}.")
    assert short not in names
    assert len(names) == 1 and short.split()[1] in names[0].replace("لل", "ال")


def test_an_adjective_like_media_before_a_body_makes_no_employer() -> None:
    """«المكتب الإعلامي لعملية ...»: «الإعلامي» qualifies the office, it names no worker."""
    text = "اتهم المكتب الإعلامي لعملية بركان الغضب القوات المهاجمة بقصف الأحياء وقتل مدنيين"
    assert "عملية بركان الغضب" in _reported(text)


def test_guards_with_and_without_the_article_are_one_body() -> None:
    text = ("قالت ناجيات إن حراس مركز الاحتجاز اعتدوا عليهن بالضرب، وأوضح التقرير أن الحراس كانوا يهددونهن "
            "بالحرمان من الطعام")
    assert [n for n in _reported(text) if "حراس" in n] == ["حراس"]


@pytest.mark.parametrize("text", [
    "سمع الجيران صراخ الضحية فأبلغوا الوحدات الأمنية التي تحولت على عين المكان.",
    "وأضاف المصدر أنه تم الاتصال بالوحدات الأمنية بالجهة.",
    "ولم تسجل أي إصابات في صفوف الوحدات الأمنية والعسكرية.",
])
def test_unnamed_security_told_of_the_event_or_half_of_a_pair_is_no_actor(text: str) -> None:
    assert actor_names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وتمكنت الوحدات الأمنية من إيقاف المشتبه بهما.", ["الوحدات الأمنية"]),
    ("وأبلغ الأهالي الحرس الوطني بالحادثة.", ["الحرس الوطني"]),
])
def test_acting_security_and_named_bodies_stay(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected
