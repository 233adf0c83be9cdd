"""Long articles pass (tune13): one test per kind of error met in long Arabic articles that carry several stories (a
main story, then background that recalls past incidents, statistics, court follow-ups), with articles written for
these tests (docs/labelling.md, the section "Long articles pass (tune13)")."""

from datetime import date

from nlp.annotate import annotate
from nlp.counts_scope import recalls_earlier_event
from nlp.lexicon import Tokens

PUBLISHED = "2026-03-15"


def _ann(text: str, published: str | None = PUBLISHED):
    return annotate(text, "ar", published, model=False)


def _types(text: str, published: str | None = PUBLISHED) -> set[str]:
    return {i.type for i in _ann(text, published).incidents}


def _words(sentence: str) -> list[str]:
    return [t.text for t in Tokens.of(sentence).items]


# --- background recalled past the lead ---------------------------------------------------------------------------

_FAIR = ("افتتاح معرض الكتاب في مدينة غريان بمشاركة عشرين دار نشر\n"
         "افتتح عميد بلدية غريان صباح اليوم الأحد معرض الكتاب السنوي بمشاركة عشرين دار نشر ليبية وعربية. "
         "وقال المنظمون إن المعرض يستمر أسبوعا كاملا. ")


def test_an_incident_of_an_earlier_year_recalled_in_the_body_is_no_incident() -> None:
    text = _FAIR + "وكانت المدينة قد شهدت في عام 2019 خطف ثلاثة تجار من سوقها الرئيسي على يد مسلحين. "
    assert _types(text) == set()


def test_a_recall_phrase_or_similar_attacks_make_a_sentence_background() -> None:
    assert _types(_FAIR + "ويعيد المعرض إلى الأذهان قصف مكتبة المدينة الذي أودى بحياة حارسها. ") == set()
    assert _types(_FAIR + "وقد تعرضت المكتبة لهجمات مماثلة أسفرت عن إصابة أمينها بجروح. ") == set()
    assert _types(_FAIR + "ومذكرين باغتيال كاتب من المدينة بالرصاص أمام بيته. ") == set()
    assert _types(_FAIR + "وسبق للمنظمين أن أعلنوا إصابة زائر برصاصة طائشة قرب المعرض. ") == set()


def test_a_round_ups_next_story_or_a_precedent_is_still_news() -> None:
    # «في حادثة مماثلة» with a day of its own is the round-up's next story; «في سابقة خطيرة» is the news itself
    assert "killing" in _types(_FAIR + "وفي حادثة مماثلة مساء أمس، قتل مسلحون سائق شاحنة في مدينة الأصابعة. ")
    assert "abduction" in _types(_FAIR + "وفي سابقة خطيرة، خطف مسلحون مدير المعرض من مكتبه. ")
    assert _types(_FAIR + "وشهدت المدينة حالات سابقة من خطف التجار على يد مسلحين. ") == set()


def test_the_same_sentence_in_the_lead_still_tells_the_news() -> None:
    # the lead is never background: an article about an old case that is news today keeps it
    lead = ("خطف ثلاثة تجار في غريان\n"
            "خطف مسلحون ثلاثة تجار من سوق غريان صباح اليوم، في حادثة مماثلة لما شهدته المدينة. ")
    assert "abduction" in _types(lead)


def test_a_year_is_background_only_before_the_articles_own_year() -> None:
    words = _words("اعتقل الصحفي في مارس 2025 في طرابلس")
    assert recalls_earlier_event(words, date(2026, 3, 15))
    assert not recalls_earlier_event(words, date(2025, 6, 1))  # the article's own year: the news itself
    assert not recalls_earlier_event(words, date(2026, 1, 2))  # a January article still tells December's news
    assert recalls_earlier_event(_words("اعتقل الصحفي في مارس 2024"), date(2026, 1, 2))
    assert not recalls_earlier_event(words, None)  # no date known: no year is before it
    # a detention since then still lasts; a birth year dates no event
    assert not recalls_earlier_event(_words("ولا يزال الصحفي محتجزا منذ مارس 2025 دون تهمة"), date(2026, 3, 15))
    assert not recalls_earlier_event(_words("الصحفي المولود عام 1990 محتجز دون تهمة"), date(2026, 3, 15))


def test_a_detention_that_lasts_since_an_earlier_year_is_still_news() -> None:
    text = _FAIR + "ولا يزال الكاتب الصحفي محتجزا منذ مارس 2025 دون أي تهمة. "
    assert "arbitrary_detention" in _types(text)


def test_the_count_of_an_earlier_event_is_not_the_news_count() -> None:
    text = ("ثلاثة جرحى في حريق بمخزن في مصراتة\n"
            "أصيب ثلاثة عمال بحروق إثر حريق في مخزن للأخشاب بمدينة مصراتة صباح اليوم. "
            "ونقل المصابون إلى المستشفى. "
            "ويعيد الحريق إلى الأذهان انفجارا في المدينة عام 2021 أودى بحياة خمسة عشر شخصا. ")
    annotation = _ann(text)
    assert annotation.killed is None
    assert annotation.injured == 3


# --- round-ups of accidents --------------------------------------------------------------------------------------

def test_a_round_up_of_road_accidents_is_an_accident() -> None:
    text = ("حصيلة الأسبوع: سبعة قتلى في أربعة حوادث سير بين زليتن والخمس\n"
            "لقي سبعة أشخاص حتفهم وأصيب عشرة آخرون في أربعة حوادث سير منفصلة على الطريق الساحلي. ")
    assert _types(text) == set()


def test_a_road_described_as_deadly_kills_nobody() -> None:
    # «وصفوه بـ»: they described it; the dialect «صفوه» (liquidated him) is the word without «و»
    assert _types("وطالب السكان بصيانة الجسر الذي وصفوه بجسر الموت.") == set()


# --- a report's figures ------------------------------------------------------------------------------------------

def test_a_reports_counted_kinds_of_case_are_a_statistic() -> None:
    text = ("رصدت الرابطة في تقريرها الفصلي سبع حالات قتل، وأربع عشرة حالة اعتقال تعسفي، وخمس حالات خطف في "
            "مدن الجنوب.")
    annotation = _ann(text)
    assert {i.type for i in annotation.incidents} == set()
    assert annotation.killed is None
    # one counted kind may still be a bounded series of events
    assert "abduction" in _types("سجلت مديرية الأمن أمس ثلاث حالات خطف لتجار في سبها نفذها مسلحون ملثمون.")


def test_a_share_or_a_trend_of_a_reports_cases_is_a_statistic() -> None:
    assert _types("وقال التقرير إن النزاعات القبلية كانت وراء نصف حالات القتل في الجنوب.") == set()
    assert _types("وحذرت الرابطة من تزايد حالات العنف ضد النساء في مدن الساحل.") == set()


# --- court follow-ups --------------------------------------------------------------------------------------------

def test_a_death_sentence_on_the_accused_is_no_execution() -> None:
    assert _types("الإعدام للمتهمين الثلاثة في قضية تفجير مقهى بمدينة درنة") == set()
    assert _types("الإعدام لمتهم والسجن عشر سنوات لشريكه في قضية مقتل تاجر") == set()
    # an execution carried out on prisoners is still one
    assert "killing" in _types("إعدام ثلاثة سجناء ميدانيا داخل معتقل في ترهونة على يد مسلحين")


# --- fighters-only clashes ---------------------------------------------------------------------------------------

def test_captives_told_apart_from_a_wounded_soldier_do_not_make_him_hors_de_combat() -> None:
    sentence = "وأوضح البيان أن أحد أفراد الكتيبة أصيب بجروح طفيفة خلال الاشتباك، وأن المقبوض عليهم والأسرى سلموا للنيابة العسكرية."
    assert _ann(sentence).victim_status == "combatant"
    # captives the casualty word hits are still hors de combat
    assert _ann("أعدم مسلحون ثلاثة من الأسرى من عناصر الكتيبة بعد استسلامهم.").victim_status == "hors_de_combat"


# --- types told in the body --------------------------------------------------------------------------------------

def test_smugglers_who_force_abandon_or_rob_migrants_are_trafficking() -> None:
    assert "trafficking" in _types("وقال ناجون إن المهربين أجبروهم على ركوب المركب ليلا رغم الرياح.")
    assert "trafficking" in _types("وروى الناجون أن المهربين تركوهم قرب الحدود واستولوا على هواتفهم.")
    # smugglers named with no abuse told: a crossing smuggled, no trafficking
    assert "trafficking" not in _types("وقال الناجون إن المهربين نقلوهم إلى الشاطئ ليلا.")


def test_migrants_dead_of_thirst_in_the_desert_are_the_migrant_death_not_a_killing() -> None:
    text = ("العثور على جثث 6 مهاجرين ماتوا عطشا في صحراء الكفرة\n"
            "انتشل متطوعون جثث ستة مهاجرين في منطقة صحراوية جنوب الكفرة. "
            "وقال المتطوعون إن الضحايا لقوا حتفهم عطشا بعد تعطل سيارتهم. ")
    types = _types(text)
    assert "other" in types and "killing" not in types


def test_a_victims_father_or_a_patients_death_tells_no_killing() -> None:
    assert _types("تعرضت طفلة لاعتداء جنسي قرب بيتها في الحي، بحسب والد الضحية.") == {"sexual_violence"}
    assert "killing" not in _types("اقتحم مرافقون قسم الطوارئ عقب وفاة المريض واعتدوا بالضرب على ممرض.")
    assert "killing" not in _types("هاجم أقارب مريض توفي في المستشفى الأطباء المناوبين.")
    # the victim's death told on its own is still a killing
    assert "killing" in _types("وقالت الشرطة إن الضحية توفي متأثرا بطعنات في الصدر.")


# --- the event's place -------------------------------------------------------------------------------------------

def test_killings_since_an_earlier_year_are_a_tally_not_the_news_or_its_place() -> None:
    text = ("مقتل مصورين اثنين في قصف على مدينة غزة ونقابة الصحفيين الليبيين تتضامن\n"
            "قتل مصوران فلسطينيان صباح اليوم في قصف استهدف سيارتهما في مدينة غزة. "
            "ونظمت نقابة الصحفيين الليبيين وقفة في طرابلس. "
            "وقال نقيب الصحفيين إن زملاءه يعرفون الاستهداف، في إشارة إلى الصحفيين الذين قتلوا في ليبيا منذ 2014. ")
    annotation = _ann(text)
    assert "killing" in {i.type for i in annotation.incidents}
    assert not annotation.in_libya
    assert "ليبيا" not in [p.name for p in annotation.places if p.event_location]


# --- counts ------------------------------------------------------------------------------------------------------

def test_at_least_between_the_people_and_their_verb() -> None:
    assert _ann("وقال شهود إن أربعة عمال على الأقل أصيبوا بحروق في الحريق الذي أشعله مسلحون.").injured == 4


def test_the_wounds_a_victim_died_of_are_no_second_harm() -> None:
    annotation = _ann("وتعرض الشاب لهجوم من لصين، فأصيب بطعنات في الظهر توفي على إثرها في المستشفى.")
    assert {i.type for i in annotation.incidents} == {"killing"}
    assert annotation.injured is None
    # others hurt besides the dead stay an injury
    assert "injury" in _types("أصيب شاب برصاصة توفي على إثرها، وأصيب ثلاثة آخرون بجروح في الهجوم المسلح.")


def test_responders_in_the_lead_do_not_make_migrants_lost_at_sea_an_accident() -> None:
    text = ("الأمواج تلفظ جثث 9 مهاجرين على شاطئ قرب زوارة\n"
            "انتشلت فرق الحماية المدنية صباح اليوم جثث تسعة مهاجرين غير نظاميين لفظها البحر على الشاطئ. ")
    assert "other" in _types(text)
    # a lead telling a road accident still frames the story
    accident = ("ثلاثة قتلى في انقلاب حافلة قرب زوارة\n"
                "تدخلت فرق الحماية المدنية إثر حادث مرور أودى بحياة ثلاثة ركاب. ")
    assert _types(accident) == set()


def test_a_stopped_vehicle_is_no_arrest() -> None:
    assert "arbitrary_detention" not in _types(
        "وقال السائق إن المسلحين أوقفوا القافلة واستولوا على الشاحنات، واقتادوا السائقين إلى جهة مجهولة.")
    # people stopped are still held
    assert "arbitrary_detention" in _types("أوقفت عناصر أمنية الناشط الحقوقي على الطريق دون أي تهمة.")


def test_one_family_counts_no_victim() -> None:
    assert _ann("وأصيب شقيقان من عائلة واحدة بشظايا قذيفة سقطت على منزلهم في الحي.").injured == 2
