"""Context rules of nlp/incidents.py, one test per rule (texts written for these tests)."""

from nlp.annotate import annotate


def _types(text: str, language: str = "ar") -> set[str]:
    return {i.type for i in annotate(text, language, "2026-05-10").incidents}


def test_idioms_after_a_trigger_are_not_violence() -> None:
    assert _types("المدرب يقتل آمال جماهيره ويخطف الفوز في الدقيقة الأخيرة") == set()
    assert _types("A late strike killed off the visitors' hopes in the cup final.", "en") == set()
    assert _types("غلاء الأسعار يذبح المواطن البسيط في الأسواق") == set()


def test_denial_scopes_forward_only() -> None:
    assert _types("الداخلية تنفي الأنباء عن خطف طالب من أمام جامعته") == set()
    # the denial follows the event: the authorities deny knowing where he is, the abduction stands
    assert "abduction" in _types("اختطف مسلحون ملثمون طبيبا من عيادته، وتنفي الأجهزة الأمنية علمها بمكانه")


def test_no_casualties_does_not_cancel_damage_to_homes() -> None:
    assert _types("قصف عشوائي يدمر ثلاثة منازل في الحي دون تسجيل إصابات") == {"attack_on_property_or_infrastructure"}


def test_fighters_in_the_victim_slot_and_gunmen_as_perpetrators() -> None:
    assert "killing" not in _types("مقتل 3 عناصر من الكتيبة في اشتباكات ولم تسجل إصابات بين المدنيين")
    assert "killing" not in _types("Three soldiers were killed in clashes with a rival brigade.", "en")
    assert "killing" in _types("مسلحون ملثمون قتلوا سائق أجرة أمام منزله ليلة أمس")


def test_arrest_needs_a_qualifier_to_be_arbitrary() -> None:
    assert "arbitrary_detention" not in _types("القبض على شخص مفتش عنه في قضية سرقة")
    assert "arbitrary_detention" in _types("اعتقال أستاذ من بيته واحتجازه منذ شهرين دون أي تهمة")
    assert "arbitrary_detention" in _types("The activist was detained at a checkpoint and held without charge.", "en")
    # «مركز احتجاز» is a place, not an arrest
    assert "arbitrary_detention" not in _types("زار وفد حقوقي مركز احتجاز المهاجرين في المدينة")


def test_beating_in_custody_is_torture_and_means_are_not_a_second_harm() -> None:
    assert _types("معتقلون يروون تعرضهم للضرب المبرح داخل السجن") == {"torture"}
    assert _types("مقتل رجل طعنا في شجار بالحي مساء أمس") == {"killing"}


def test_migrants_dead_at_sea_are_other_and_smugglers_add_trafficking() -> None:
    types = _types("انتشال جثث 9 مهاجرين لفظها البحر بعد أن تركهم المهربون في قارب متهالك")
    assert {"other", "trafficking"} <= types
    assert "killing" not in types


def test_threat_to_kill_is_not_a_killing() -> None:
    assert "killing" not in _types("تلقى الصحفي تهديدات بالقتل عبر الهاتف")


def test_sources_are_not_victims() -> None:
    assert "attack_on_civil_society" not in _types("أفاد مراسلنا بمقتل شاب برصاص مجهولين في السوق")
    assert "attack_on_civil_society" in _types("مقتل صحفي برصاص مجهولين أمام مقر عمله")


def _rule_types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "ar", "2026-05-10", model=False).incidents}


def test_the_outlets_reporter_and_filmed_confessions_are_sources_not_victims() -> None:
    # the reporter is who tells the news: the dead are soldiers, no journalist was harmed
    assert _rule_types("عاجل | مراسل #الجزيرة: مقتل 3 جنود في اشتباك على الحدود") == set()
    assert "attack_on_civil_society" not in _rule_types("اعترافات مصورة لمنفذي اغتيال رجل أعمال في المدينة")
    # right after the trigger the reporter is the victim
    assert "attack_on_civil_society" in _rule_types("مقتل مراسل الجزيرة في قصف على حي سكني")


def test_how_long_someone_is_held_is_no_anniversary() -> None:
    assert "arbitrary_detention" in _rule_types("3 سنوات على اعتقال الزميل الصحفي الذي جددت السلطات حبسه احتياطيا")
    assert _rule_types("10 سنوات على مقتل الطالب في المظاهرة") == set()


def test_a_programme_trailer_reports_no_incident() -> None:
    text = "#للقصة_بقية | مذبحة المصلين في المسجد.. ماذا قدمت السلطات لأسر الضحايا؟ يأتيكم الاثنين في الساعة 22:05"
    assert _rule_types(text) == set()
    assert _rule_types("مذبحة المصلين في المسجد: مقتل 12 مدنيا بينهم أطفال") != set()


def test_military_targets_and_threatened_homes_are_no_attack_on_civilian_objects() -> None:
    assert _rule_types("طائرة مسيرة استهدفت منظومة الدفاعات الجوية في مطار المدينة") == set()
    assert _rule_types("عائلات مهددة بالتشرد بسبب قرار هدم بيوتهم") == set()
    assert _rule_types("طائرة مسيرة استهدفت مطار المدينة المدني وألحقت أضرارا بالمنازل") != set()
    assert "attack_on_property_or_infrastructure" in _rule_types("انفجار داخل كلية الهندسة في الجامعة صباح اليوم")


def test_a_rising_toll_reports_the_event() -> None:
    assert _rule_types("ارتفاع عدد الشهداء في المدينة إلى 18 جراء الغارات على الأحياء السكنية") == {"killing"}


def test_a_ceasefire_is_no_shooting_and_casualties_from_a_force_are_fighters() -> None:
    assert _rule_types("نواب يطالبون بالدعوة لوقف إطلاق النار حول العاصمة") == set()
    assert "killing" not in _rule_types("5 قتلى وجريحان من قوة الحماية في غارة لطائرة مسيرة")
    assert "killing" in _rule_types("مقتل 3 مدنيين من سكان الحي في قصف عشوائي")
