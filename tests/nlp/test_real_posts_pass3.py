"""Real posts pass 3 (ASND posts, ANS headlines; train split): false leads, one test per kind, with sentences written
for these tests (docs/labelling.md, "Real posts pass 3 (ASND/ANS train): false leads")."""

from nlp.annotate import annotate


def _rule_types(text: str) -> set[str]:
    """The rules alone: a rule the rules call sure the model may not veto, so these must hold without it."""
    return {i.type for i in annotate(text, "ar", "2026-05-10", model=False).incidents}


def test_a_un_reports_tally_is_no_event() -> None:
    assert _rule_types("أفاد تقرير أممي أن القصف الجوي أدى إلى قتل 300 طفل في البلاد") == set()
    assert _rule_types("نقلا عن تقرير الأمين العام: الغارات أدت إلى قتل وتشويه 300 طفل") == set()
    # the strike itself, told by no report, stays
    assert "killing" in _rule_types("غارة جوية تقتل 12 مدنيا في سوق شعبي")


def test_a_feared_execution_or_death_is_no_event() -> None:
    assert _rule_types("منظمة حقوقية: نخشى احتمالية تنفيذ حكم الإعدام بحق المعارض المعتقل") == set()
    assert _rule_types("عشرات المهاجرين قد يموتون غرقا قبالة الساحل") == set()
    # the execution carried out, the migrants drowned: events
    assert "killing" in _rule_types("تنفيذ حكم الإعدام بحق المعارض المعتقل")
    assert "other" in _rule_types("غرق عشرات المهاجرين قبالة الساحل")


def test_a_programme_on_old_deaths_is_no_event() -> None:
    assert _rule_types("#نهايات_غامضة - الملك الراحل... هل مات أم قتل؟") == set()
    assert _rule_types("#نهايات_غامضة - اغتيال الزعيم في مكتبه") == set()
    # the killing told as news, with no programme named, stays
    assert "killing" in _rule_types("اغتيال الزعيم في مكتبه")


def test_a_surfer_lost_at_sea_is_an_accident() -> None:
    assert _rule_types("العثور على جثة راكب أمواج شاب في مدينة ساحلية") == set()
    # a body found with no accident told stays a lead
    assert "killing" in _rule_types("العثور على جثة شاب في مدينة ساحلية")
    assert "killing" in _rule_types("مقتل راكب أمواج برصاص مجهولين على الشاطئ")


def test_a_known_killing_named_by_its_hashtag_is_no_new_killing() -> None:
    assert _rule_types("بعد اغتيال #سمير_الحداد.. الحكومة تستدعي السفير") == set()
    # the killing told as news keeps its lead, hashtags of the post's country too
    assert "killing" in _rule_types("بعد اغتيال الصحفي سمير الحداد أمام منزله.. الحكومة تستدعي السفير")
    assert "killing" in _rule_types("مقتل الصحفي سمير الحداد برصاص مجهولين #ليبيا")
    # a victim word or a number tagged is the news's victim, not a known case
    assert "killing" in _rule_types("مقتل #مدنيين في قصف على حي سكني جنوب المدينة")
    assert "killing" in _rule_types("اغتيال #الصحفي سمير الحداد أمام منزله")
    assert "killing" in _rule_types("مقتل #3_أطفال في قصف")
    # after a detention the hashtag is the country holding him: still news
    assert "arbitrary_detention" in _rule_types("ناشط حقوقي يقبع في السجون #السعودية بسبب تغريدات انتقد فيها الحكومة")


def test_a_shell_found_unfired_is_no_attack() -> None:
    assert _rule_types("الشرطة تعثر على حقيبة في محطة الحافلات وبداخلها قذيفة هاون") == set()
    # a shell that falls on a school, or an old one that explodes and kills, stays
    assert "attack_on_property_or_infrastructure" in _rule_types("قذيفة هاون تسقط على مدرسة في الحي")
    assert "killing" in _rule_types("انفجار قذيفة غير منفجرة يقتل طفلين قرب منزلهما")
    assert "killing" in _rule_types("وفاة طفل بانفجار قذيفة غير منفجرة من مخلفات الحرب")
