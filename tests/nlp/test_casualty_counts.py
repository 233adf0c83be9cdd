"""Killed / injured counts of the main event (nlp/counts_rules.py), in digits, Arabic-Indic digits and words."""

from nlp.annotate import annotate


def _counts(text: str, language: str = "ar") -> tuple[int | None, int | None]:
    annotation = annotate(text, language, "2026-05-10")
    return annotation.killed, annotation.injured


def test_digits_words_and_arabic_indic() -> None:
    assert _counts("مقتل ثلاثة مدنيين وإصابة 5 آخرين في قصف على الحي") == (3, 5)
    assert _counts("مقتل ١٤ شخصا وإصابة عشرين في انفجار بالسوق") == (14, 20)
    assert _counts("مقتل خمسة عشر مهاجرا برصاص الحراس") == (15, None)


def test_quantifiers_between_trigger_and_number() -> None:
    assert _counts("إصابة ما لا يقل عن 7 أشخاص في إطلاق نار عشوائي") == (None, 7)
    assert _counts("مقتل أكثر من عشرة مدنيين في غارة على القرية") == (10, None)


def test_duals_and_single_victims() -> None:
    assert _counts("مقتل شابين وإصابة ثالث في هجوم مسلح") == (2, 1)
    assert _counts("سقوط قتيل وجريحين في اشتباك بالحي") == (1, 2)
    assert _counts("قتلوه قدام الجامع البارح الله يرحمه") == (1, None)


def test_english_passive_and_at_least() -> None:
    assert _counts("At least four civilians were killed and nine wounded in the strike.", "en") == (4, 9)
    assert _counts("A man was shot dead outside his home.", "en") == (1, None)


def test_ages_years_and_money_are_not_casualties() -> None:
    assert _counts("مقتل شاب يبلغ من العمر 25 عاما برصاص مجهولين") == (1, None)
    assert _counts("اختطاف تاجر والمطالبة بفدية قدرها 200 ألف دينار") == (None, None)


def test_fighters_are_counted_even_when_not_an_incident() -> None:
    annotation = annotate("مقتل 6 مقاتلين في اشتباكات بين مجموعتين مسلحتين", "ar", "2026-05-10")
    assert not annotation.is_incident
    assert annotation.killed == 6


def test_a_plural_before_the_trigger_and_a_metaphor_count_nobody() -> None:
    # «آخرين» is an unstated number; the plural «مهاجرين» before the trigger is not one victim
    assert _counts("مقتل 5 مهاجرين وإصابة آخرين في إطلاق نار على سيارتهم") == (5, None)
    assert _counts("غلاء الأسعار يذبح المواطن البسيط في الأسواق") == (None, None)
