"""Libyan outlets pass (tune9): one test per kind of false lead, wrong type, place or actor met in articles written
in the style of Libyan outlets, with sentences written for these tests (docs/labelling.md, the section "Libyan
outlets pass (tune9)")."""

from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "ar", "2026-05-10").incidents}


def _rule_types(text: str) -> set[str]:
    """The rules alone: the learnt model vetoes some of these, the rules must not need it."""
    return {i.type for i in annotate(text, "ar", "2026-05-10", model=False).incidents}


# --- false leads -------------------------------------------------------------------------------------------------

def test_an_attack_on_a_military_position_or_checkpoint_is_no_attack_on_property() -> None:
    assert "attack_on_property_or_infrastructure" not in _rule_types(
        "وقالت الكتيبة إن عناصرها صدوا هجوما شنه مسلحون على تمركز عسكري قرب المطار القديم")
    assert "attack_on_property_or_infrastructure" not in _rule_types(
        "أعلنت رئاسة الأركان إحباط هجوم على بوابة عسكرية غرب المدينة دون خسائر")
    assert "attack_on_property_or_infrastructure" not in _rule_types(
        "تعرضت نقطة عسكرية جنوب المدينة لهجوم بقذائف الهاون فجر اليوم")
    # a civilian object attacked stays an attack on property
    assert "attack_on_property_or_infrastructure" in _rule_types("هجوم مسلح على مستشفى المدينة يخلف أضرارا كبيرة")


def test_a_smuggling_charge_is_a_proceeding() -> None:
    assert _rule_types("وأحيل السائق إلى النيابة بتهمة تهريب البشر بعد ضبط شاحنة تقل مهاجرين") == set()
    assert _rule_types("ضبط شخصين متهمين بالاتجار بالبشر في بوابة أمنية على الطريق الصحراوي") == set()
    assert "trafficking" in _rule_types("مهربو البشر احتجزوا المهاجرين وعذبوهم لإجبار ذويهم على دفع المال")


def test_a_rights_report_or_source_is_no_activist_victim() -> None:
    assert "attack_on_civil_society" not in _rule_types(
        "تقرير حقوقي: عشرات حالات الاحتجاز التعسفي في السجون خلال العام الماضي")
    assert "attack_on_civil_society" not in _rule_types(
        "تقارير حقوقية تتحدث عن احتجاز شبان دون إذن من النيابة في سجون المنطقة")
    assert "attack_on_civil_society" in _rule_types("احتجزت قوة أمنية ناشطا حقوقيا دون إذن من النيابة")


def test_a_crime_named_by_a_law_is_no_event() -> None:
    assert _rule_types("ودعت المنظمة البرلمان إلى إصدار قانون يجرم الاختفاء القسري صراحة") == set()
    assert _rule_types("وطالب المشاركون بتجريم التعذيب في التشريعات الوطنية") == set()
    assert "enforced_disappearance" in _rule_types("اختفاء قسري لمحام بعد خروجه من مقر المحكمة في المدينة")


def test_the_missing_as_a_cause_are_no_disappearance() -> None:
    assert _rule_types("حملة على وسائل التواصل للمطالبة بالكشف عن مصير آلاف المفقودين في البلاد") == set()
    assert _rule_types("رابطة أهالي المخفيين قسرا تطالب بكشف مصير المفقودين منذ سنوات الحرب") == set()
    assert _rule_types("نظمت أسر مفقودين وقفة أمام مقر الحكومة") == set()
    # a person, or people counted, whose fate is asked: a continuing disappearance
    assert "enforced_disappearance" in _rule_types(
        "عائلة الشاب تطالب بالكشف عن مصير ابنها المخفي قسرا منذ توقيفه الشهر الماضي")
    assert "enforced_disappearance" in _rule_types("ذوو 4 شبان يطالبون بالكشف عن مصيرهم المجهول منذ أسبوعين")


def test_the_file_of_mass_graves_is_no_new_killing() -> None:
    assert "killing" not in _rule_types(
        "ودعا إلى دعم تحليل الحمض النووي للرفات المنتشلة من المقابر الجماعية")
    assert "killing" in _rule_types("انتشال 9 جثث من مقبرة جماعية جديدة في المشروع الزراعي")


# --- types --------------------------------------------------------------------------------------------------------

def test_a_filmed_statement_is_no_photographer() -> None:
    assert "attack_on_civil_society" not in _rule_types(
        "وقال والده في كلمة مصورة إن ابنه لا يزال محتجزا لدى جهاز أمني دون أي تهمة منذ أشهر")
    assert "attack_on_civil_society" in _rule_types("احتجاز مصور صحفي في المدينة دون أي تهمة منذ أشهر")


def test_activists_who_speak_or_campaign_are_no_victims() -> None:
    assert "attack_on_civil_society" not in _rule_types(
        "وجددت ناشطات مطالبتهن بحماية النساء من العنف بعد مقتل سيدة على يد زوجها")
    assert "attack_on_civil_society" in _rule_types("اعتقال ناشطات بعد وقفة احتجاجية أمام المحكمة دون أي تهمة")


def test_violence_as_a_topic_is_no_injury() -> None:
    assert "injury" not in _rule_types("احتجاز ناشطة نسوية في المدينة بعد منشور عن العنف الأسري")
    assert "injury" not in _rule_types("توقيف ناشطة بعد حديثها عن العنف ضد النساء")
    assert _rule_types("وجددت المنظمة مطالبتها بحماية النساء من العنف الأسري") == set()
    assert "injury" in _rule_types("تعرضت سيدة للعنف على يد زوجها ونقلت إلى المستشفى مصابة بكدمات")


def test_a_life_ended_is_a_killing() -> None:
    assert "killing" in _rule_types("رصاصة طائشة تنهي حياة طفل في حي شعبي")
    assert "killing" in _rule_types("قذيفة عشوائية أنهت حياة شاب أمام منزله")
    assert _types("رصاصة طائشة تنهي حياة طفل في حي شعبي") == {"killing"}


def test_wounds_on_a_body_are_no_second_harm() -> None:
    assert "injury" not in _rule_types("ووصل الشاب إلى المستشفى جثة هامدة وبه إصابتان في الصدر")
    assert "injury" not in _rule_types("وعثر الأهالي على جثته وعليها آثار جروح في الرأس")
    assert "injury" in _rule_types("انتشال جثة سائق وإصابة 3 آخرين في إطلاق نار على سيارتهم")


def test_a_beating_that_killed_is_the_killing() -> None:
    types = _rule_types("القبض على شاب تسبب في وفاة والده بعد تعرضه لضرب مبرح داخل المنزل")
    assert "killing" in types and "injury" not in types
    assert "injury" in _rule_types("أصيب شاب بجروح بعد تعرضه لضرب مبرح على يد مجهولين")


def test_mine_action_names_no_explosion() -> None:
    assert "other" not in _rule_types(
        "وجدد البرنامج الوطني للأعمال المتعلقة بالألغام تحذيره من الاقتراب من الأجسام الغريبة")
    assert "other" not in _rule_types("حملة للتوعية بمخاطر الألغام في المدارس الابتدائية")
    assert "other" in _rule_types("انفجار لغم أرضي في مزرعة جنوب المدينة")


def test_gunmen_who_stop_a_man_take_him() -> None:
    types = _rule_types("أوقفه مسلحون عند بوابة على الطريق ثم اقتادوه إلى جهة غير معلومة")
    assert "enforced_disappearance" in types and "arbitrary_detention" not in types
    types = _rule_types("داهم مسلحون منزل الشاب فجرا واقتادوه إلى مكان مجهول")
    assert "enforced_disappearance" in types and "arbitrary_detention" not in types
    # a security force that arrests and hides him: a detention and a disappearance
    types = _rule_types("اعتقلت قوة أمنية الناشط ثم اقتادته إلى جهة مجهولة دون إذن من النيابة")
    assert {"arbitrary_detention", "enforced_disappearance"} <= types


def test_shells_that_fell_near_homes_struck_none() -> None:
    assert "attack_on_property_or_infrastructure" not in _rule_types("وأفاد سكان بأن قذائف سقطت قرب منازلهم ليلا")
    assert "attack_on_property_or_infrastructure" not in _rule_types("سقوط صاروخ بالقرب من مدرسة في الحي الجنوبي")
    assert "attack_on_property_or_infrastructure" in _rule_types("قذائف سقطت على منازل المواطنين في الحي")


# --- places -------------------------------------------------------------------------------------------------------

def _places(text: str) -> set[str]:
    return {p.name for p in annotate(text, "ar", "2026-05-10").places}


def test_libyan_markets_squares_and_districts_are_places() -> None:
    assert "سوق المشير" in _places("أغلق التجار محالهم في سوق المشير بطرابلس احتجاجا على الرسوم")
    assert "باب البحر" in _places("انقطعت المياه عن حي باب البحر لليوم الثالث")
    assert "سوق الجريد" in _places("حريق محدود في أحد محال سوق الجريد ببنغازي")
    assert "ميدان الشجرة" in _places("تجمع العشرات في ميدان الشجرة ببنغازي للمطالبة بالرواتب")
    assert "السكت" in _places("داهمت قوة أمنية منزلا في منطقة السكت بمصراتة")
    assert "وادي درنة" in _places("بدأت أعمال تنظيف مجرى وادي درنة قبل موسم الأمطار")
    # «الزروق» is also a surname: not a place by itself
    assert "الزروق" not in _places("قال المتحدث محمد الزروق إن الاجتماع تأجل")


# --- actors -------------------------------------------------------------------------------------------------------

def _actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "ar", "2026-05-10").actors}


def test_a_municipality_in_a_mayors_title_is_no_actor() -> None:
    assert "بلدية سرت" not in _actors("وقال عميد بلدية سرت إن أعمال الصيانة ستنتهي الشهر المقبل")
    assert "بلدية زليتن" not in _actors("وأكد رئيس بلدية زليتن أن المياه عادت إلى الأحياء")
    assert "المجلس البلدي" not in _actors("وأوضح عضو المجلس البلدي في الخمس أن الطريق أعيد فتحه")
    # the municipality that acts is an actor
    assert "بلدية سرت" in _actors("وأعلنت بلدية سرت إطلاق حملة نظافة في الأحياء")
