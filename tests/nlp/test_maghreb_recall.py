"""Recall and types on real Maghreb articles (AFND train): one test per kind of miss or type error, each with a
near sentence that must stay as it was (texts written for these tests)."""

from nlp.annotate import annotate


def _rule_types(text: str) -> set[str]:
    """The rules alone: what the learnt model then does with them is the lead's retraining."""
    return {i.type for i in annotate(text, "ar", "2026-05-10", model=False).incidents}


def test_protesters_held_for_a_march_are_held_for_a_civic_act() -> None:
    remanded = "أمر قاضي التحقيق بإيداع خمسة عشر من المتظاهرين الحبس المؤقت بعد توقيفهم خلال مسيرة الجمعة."
    assert _rule_types(remanded) == {"arbitrary_detention", "attack_on_civil_society"}
    assert _rule_types("أوقفت قوات الأمن عشرات المحتجين خلال وقفة سلمية أمام مقر الولاية.") == {
        "arbitrary_detention", "attack_on_civil_society"}
    # protesters hurt in clashes are civilians hurt: the harm is the type
    assert _rule_types("أصيب ستة محتجين بجروح خلال مواجهات مع قوات الأمن وسط المدينة.") == {"injury"}
    # an arrest with no protester named stays routine news
    assert _rule_types("أوقفت مصالح الأمن شابين خلال مسيرة الجمعة بحوزتهما أقراص مهلوسة.") == set()


def test_an_activist_under_house_arrest_is_detained() -> None:
    assert _rule_types("تفرض قوات الأمن الإقامة الجبرية على المناضلة الحقوقية وعائلتها منذ ثلاثة أشهر.") == {
        "arbitrary_detention", "attack_on_civil_society"}
    assert _rule_types("ما زالت الناشطة وأسرتها ممنوعين من الخروج من منزلهم منذ أسابيع بأمر من الشرطة.") == {
        "arbitrary_detention", "attack_on_civil_society"}
    # a curfew is no house arrest: nobody named is held
    assert _rule_types("السكان ممنوعون من الخروج بعد التاسعة ليلا بسبب الوباء.") == set()


def test_a_house_arrest_told_before_anyone_is_read_without_error() -> None:
    # a trigger in a sentence ending in «أحد» used to break the count reading (IndexError in sentence_counts)
    annotation = annotate("وقال إنه قيد الإقامة الجبرية وطلب منه عدم التواصل مع أحد", "ar", "2026-05-10")
    assert annotation.killed is None


def test_news_sites_blocked_are_an_attack_on_civil_society() -> None:
    assert _rule_types("أعلنت مصالح الدرك حجب 4 مواقع إلكترونية إخبارية تنشر أخبارا عن البلاد.") == {
        "attack_on_civil_society"}
    assert _rule_types("قررت الهيئة حظر ثلاث صحف بسبب مقالات انتقدت الحكومة.") == {"attack_on_civil_society"}
    # withholding confidence is no blocking
    assert _rule_types("صوت النواب على حجب الثقة عن الحكومة بعد جلسة طويلة.") == set()
