"""Social posts pass (tune11): one test per kind of error met in short Arabic posts (Telegram channels, Facebook
pages, journalists' X accounts), with posts written for these tests (docs/labelling.md, the section "Social posts
pass (tune11)")."""

from nlp.annotate import annotate


def _ann(text: str):
    return annotate(text, "ar", "2026-05-10")


def _types(text: str) -> set[str]:
    return {i.type for i in _ann(text).incidents}


def _rule_types(text: str) -> set[str]:
    """The rules alone: the learnt model vetoes some of these, the rules must not need it."""
    return {i.type for i in annotate(text, "ar", "2026-05-10", model=False).incidents}


# --- missed incidents --------------------------------------------------------------------------------------------

def test_the_imperfect_of_an_abduction_verb_is_an_abduction() -> None:
    assert "abduction" in _rule_types("عاجل | مسلحون يختطفون مهندسين اثنين من موقع عملهما جنوب سبها")
    assert "abduction" in _rule_types("عصابة تختطف طفلا من أمام بيته في جنزور وتطلب فدية")


def test_dispersing_a_protest_is_no_sport_word() -> None:
    assert "injury" in _rule_types("جرح 3 محتجين بالرصاص أثناء تفريق اعتصام أمام مقر الحكومة في طرابلس")
    # the sport reading stays where it is one
    assert _rule_types("إصابة مهاجم الفريق في الركبة خلال المباراة") == set()


def test_a_building_site_workshop_is_no_seminar() -> None:
    assert "abduction" in _rule_types("اختطاف عاملين سودانيين من ورشة نجارة في الكفرة على يد مسلحين")
    assert _rule_types("ورشة عمل في بنغازي حول حماية الأطفال من الخطف") == set()


# --- false incidents ---------------------------------------------------------------------------------------------

def test_a_stroke_or_heart_attack_is_an_illness() -> None:
    assert _rule_types("دعواتكم لخالي بالشفاء، نقلوه للعناية بعد إصابته بجلطة دماغية #بنغازي") == set()
    assert _rule_types("وفاة الحاج مصطفى إثر نوبة قلبية، وإصابة زوجته بأزمة قلبية عند سماع الخبر") == set()


def test_a_property_attack_named_as_the_case_of_a_sentence_is_the_trial() -> None:
    assert _rule_types("محكمة الجنايات تقضي بالإعدام على متهم في قضية تفجير سيارة مفخخة قرب مسجد بسرت عام 2020") == set()


def test_a_field_commander_is_a_fighter() -> None:
    assert not _types("مصرع آمر ميداني بكتيبة مسلحة واثنين من مرافقيه في كمين نصبه مسلحون قرب بني وليد")


def test_executions_protested_are_the_protest_s_grievance() -> None:
    assert _rule_types("الشرطة تطلق الغاز المسيل للدموع على مظاهرة للاحتجاج على إعدام ثلاثة شبان") == set()


# --- types -------------------------------------------------------------------------------------------------------

def test_wounds_on_two_bodies_are_no_second_harm() -> None:
    assert _rule_types("العثور على جثتين لرجلين مصابتين بطلقات نارية قرب سوق الثلاثاء في سبها") == {"killing"}


def test_security_men_taking_someone_away_is_an_arrest() -> None:
    types = _rule_types("اقتادته عناصر أمنية من منزله في زليتن منذ شهرين، وأسرته تقول إن الجهة التي اعتقلته تنكر احتجازه")
    assert "arbitrary_detention" in types and "abduction" not in types
    # gunmen or a ransom keep the abduction
    assert "abduction" in _rule_types("اقتادته عناصر مسلحة من منزله في زليتن وطالبوا أسرته بفدية")


def test_an_unofficial_prison_and_no_charge_at_all_make_the_detention_arbitrary() -> None:
    assert "arbitrary_detention" in _rule_types("يقبع أخي منذ 5 أشهر في سجن غير رسمي بمصراتة")
    assert "arbitrary_detention" in _rule_types("شقيقي محتجز من 3 أشهر دون أي تهمة في معيتيقة")


def test_gunmen_s_captive_whose_family_do_not_know_where_he_is_is_abducted() -> None:
    types = _rule_types("خطفوه مسلحين من قدام المحل في تاجوراء، وماعرفناش وينه لتوا")
    assert "abduction" in types and "enforced_disappearance" not in types
    # an arrest followed by the same words stays a disappearance
    assert "enforced_disappearance" in _rule_types("شدوه من الشارع في جنزور وماعرفناش وينه")


# --- statements, counts, places ----------------------------------------------------------------------------------

def test_the_reporter_told_is_no_press_victim() -> None:
    assert "attack_on_civil_society" not in _rule_types(
        "قال شقيق أحد المختطفين، في تصريح لمراسل الإذاعة، إن مسلحين اقتادوا العمال إلى مكان مجهول")


def test_a_boy_is_one_victim() -> None:
    annotation = _ann("مقتل فتى برصاصة طائشة في اشتباكات بين مجموعتين مسلحتين في الزاوية")
    assert annotation.killed == 1


def test_a_closing_hashtag_place_is_a_place_whatever_comes_before() -> None:
    annotation = _ann("بلدية الخمس تعلن إغلاق الطريق للصيانة، وتعتذر من المواطنين على الإزعاج البلدية. #ليبيا")
    assert "ليبيا" in [p.name for p in annotation.places] and annotation.in_libya
    # a hashtag inside the sentence is the word it is («الدفاعات #السعودية»)
    annotation = _ann("الدفاعات #السعودية تعترض طائرة مسيرة فوق نجران")
    assert [p.name for p in annotation.places].count("السعودية") <= 1


def test_a_libyan_home_town_as_the_only_place_is_libyan() -> None:
    annotation = _ann("عائلة الشاب علي من ترهونة: انقطع الاتصال به منذ توقيفه قبل أسبوعين، نطالب بالكشف عن مصيره")
    assert annotation.incidents and annotation.in_libya
