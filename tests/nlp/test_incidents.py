"""Incident candidates and their context rules."""

from nlp.annotate import annotate


def _types(text: str, language: str = "ar") -> set[str]:
    return {i.type for i in annotate(text, language, "2026-11-20").incidents}


def test_event_with_counts_and_victims() -> None:
    annotation = annotate("قُتل ثلاثة مدنيين، بينهم طفل، وأصيب خمسة آخرون مساء أمس في طرابلس", None, "2026-11-20")
    by_type = {i.type: i for i in annotation.incidents}
    assert by_type["killing"].killed == 3
    assert by_type["injury"].injured == 5
    assert "children" in by_type["killing"].victim_categories
    assert by_type["killing"].event_date == "2026-11-19"
    evidence = by_type["killing"].evidence
    assert "ثلاثة مدنيين" in evidence.sentence


def test_dialect_and_clitics() -> None:
    assert "abduction" in _types("راهو خطفوا خونا من قدام الجامع امبارح")


def test_denial_is_not_an_incident() -> None:
    assert _types("وزارة الداخلية تنفي صحة الأنباء عن مقتل سجناء") == set()


def test_general_statement_is_not_an_incident() -> None:
    assert _types("ندوة حول ظاهرة الاختفاء القسري تدعو إلى سن قانون") == set()


def test_fighters_only_is_not_an_incident() -> None:
    assert "killing" not in _types("مقتل عنصرين من المسلحين في اشتباكات مع الجيش")


def test_routine_arrest_is_not_arbitrary_detention() -> None:
    assert "arbitrary_detention" not in _types("إيقاف شخص بحوزته كمية من المخدرات")


def test_journalist_victim_adds_attack_on_civil_society() -> None:
    assert {"abduction", "attack_on_civil_society"} <= _types("Gunmen abducted a journalist in Benghazi.", "en")


def test_accident_is_not_a_killing() -> None:
    assert "killing" not in _types("وفاة شخصين في حادث مرور على الطريق الساحلي")
