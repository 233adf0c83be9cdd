"""Social posts pass 2 (tune24): one test per kind of error met in Libyan social posts (Telegram channels, pages of
hospitals, councils and security directorates, families' appeals), with posts written for these tests
(docs/labelling.md, the section "Social posts pass 2 (tune24)"). The rules alone are read (no model)."""

from nlp.listing import is_listing
from tests.nlp.jawhara_reading import incident_types, rules_annotation

# --- missed incidents --------------------------------------------------------------------------------------------

_WOUNDED_LIST = """📌 مستشفى سرت العام
أسماء المصابين الذين وصلوا إلى المستشفى إثر سقوط قذيفة على حي الجيزة مساء أمس:
1- خيرية سالم الفيتوري (41 سنة) - شظايا في الظهر
2- أحمد عمر القذافي (9 سنوات) - كسر في الساق
3- سالم مفتاح بالنور (63 سنة) - جروح في الرأس
4- منصور علي الحاسي (28 سنة) - إصابة طفيفة
5- آمنة خليفة الشريف (17 سنة) - حروق
نرجو من الأهالي التبرع بالدم.
#سرت"""


def test_a_post_listing_its_wounded_one_a_line_is_a_report_not_a_headline_column() -> None:
    assert not is_listing(_WOUNDED_LIST)
    assert "injury" in incident_types(_WOUNDED_LIST)


def test_a_column_of_headlines_is_still_a_listing() -> None:
    headlines = "\n".join(f"- خبر رقم {n} عن الاقتصاد والرياضة في المدينة" for n in range(1, 11))
    assert is_listing(headlines)


# --- false incidents ---------------------------------------------------------------------------------------------

def test_a_bus_crash_toll_is_an_accident() -> None:
    assert incident_types("تحديث: ارتفاع عدد ضحايا حادث الحافلة قرب أجدابيا إلى 5 وفيات و9 جرحى") == set()


def test_a_death_sentence_is_no_killing() -> None:
    assert incident_types("محكمة جنايات طرابلس تقضي بالإعدام على قاتل صاحب محل في سوق الجمعة") == set()


def test_a_missing_man_who_did_not_come_back_is_no_disappearance() -> None:
    assert incident_types("مفقود 🔴 الشاب سالم الورفلي (24 سنة) طلع من البيت أمس المغرب في الفويهات وما رجعش. اللي يلقاه يتصل بأهله.") == set()
    # gunmen named: the captors hold him
    assert "enforced_disappearance" in incident_types(
        "مفقود 🔴 خطفوه مسلحين من قدام الحوش وما رجعش لليوم، ومصيره مجهول")


def test_a_missing_child_found_after_his_age_is_no_disappearance() -> None:
    assert incident_types("الحمد لله تم العثور على الطفلة مريم (5 سنوات) اللي كانت مفقودة من الصبح في الصابري") == set()


def test_wanted_men_killed_in_a_shootout_with_the_arresting_force_are_no_lead() -> None:
    post = "مديرية أمن سرت: مقتل ثلاثة من المطلوبين في تبادل لإطلاق النار مع دورية أثناء مداهمة وكرهم في حي الزعفران"
    annotation = rules_annotation(post)
    assert annotation.victim_status == "combatant"
    assert not {i.type for i in annotation.incidents} & {"killing", "injury"}


# --- in Libya and places ------------------------------------------------------------------------------------------

def test_a_wounded_shoulder_is_no_village() -> None:
    places = {p.name for p in rules_annotation("إصابة شاب برصاصة في الكتف خلال اشتباكات في الزاوية").places}
    assert "الكتف" not in places
    assert "الزاوية" in places


def test_a_front_line_names_its_district() -> None:
    annotation = rules_annotation("ينعى اللواء الشهيد الرقيب سالم الذي ارتقى في محور الهضبة خلال الاشتباكات الأخيرة")
    assert "الهضبة" in {p.name for p in annotation.places}
    assert annotation.in_libya


# --- counts -------------------------------------------------------------------------------------------------------

def test_a_list_of_the_wounded_is_their_count() -> None:
    assert rules_annotation(_WOUNDED_LIST).injured == 5
    # their ages say who they are: a boy of 9, a man of 63 is not yet elderly
    injury = next(i for i in rules_annotation(_WOUNDED_LIST).incidents if i.type == "injury")
    assert set(injury.victim_categories) == {"children"}
    elderly = _WOUNDED_LIST.replace("(63 سنة)", "(71 سنة)")
    assert "elderly" in next(i for i in rules_annotation(elderly).incidents if i.type == "injury").victim_categories
    # one victim item is no list to count
    one = "أسماء الجرحى إثر سقوط قذيفة على حي الجيزة في سرت:\n1- خيرية سالم (41 سنة) - شظايا\nنرجو التبرع بالدم."
    assert rules_annotation(one).injured is None


def test_his_companion_hurt_is_one_injured() -> None:
    annotation = rules_annotation("انقلاب سيارة على طريق غدامس ووفاة الشاب علي (30 سنة) وإصابة رفيقه")
    assert (annotation.killed, annotation.injured) == (1, 1)


# --- actors -------------------------------------------------------------------------------------------------------

def _actor_names(text: str) -> set[str]:
    return {a.name for a in rules_annotation(text).actors}


def test_a_body_only_in_the_closing_hashtags_is_no_actor() -> None:
    post = "القيادة العامة: إصابة جنديين من الكتيبة 73 مشاة في انفجار لغم قرب تراغن.\n#الجيش_الوطني_الليبي #الجنوب"
    assert "الجيش الوطني الليبي" not in _actor_names(post)
    # a hashtag inside the sentence is the sentence's word
    assert "الجيش الوطني الليبي" in _actor_names("اشتباكات بين #الجيش_الوطني_الليبي ومجموعة مسلحة قرب تراغن أمس")


def test_a_brigade_named_after_a_hero_keeps_the_full_name() -> None:
    assert "كتيبة عمر المختار" in _actor_names("مقتل مدني في اشتباكات بين كتيبة عمر المختار وقوة أخرى في سبها")
    assert "كتيبة أبو بكر الصديق" in _actor_names("اعتقل عناصر من كتيبة أبو بكر الصديق شابين في الزنتان")
    # an adjective agreeing with the unit is no name
    assert "كتيبة مسلحة الحي" not in _actor_names("هاجمت كتيبة مسلحة الحي وأصابت ثلاثة مدنيين")


# --- types --------------------------------------------------------------------------------------------------------

def test_the_dialect_no_injuries_leaves_only_the_arson() -> None:
    post = "حرق 3 محلات في سوق بني وليد 🔥 مسلحين نزلوا السوق الفجر وحرقوا المحلات. الحمد لله ما فيش إصابات."
    assert "injury" not in incident_types(post)
    assert "attack_on_property_or_infrastructure" in incident_types(post)


def test_marks_of_a_beating_on_a_detainee_are_torture() -> None:
    post = "أسرة المحتجز تقول إنها استلمت جثمانه أمس من مستشفى الخضراء وعليه آثار ضرب وكدمات، بعد 5 أشهر من توقيفه دون محاكمة"
    types = incident_types(post)
    assert "torture" in types
    assert "injury" not in types


def test_a_detention_still_lasting_on_its_anniversary_is_reported() -> None:
    post = "في مثل هذا اليوم قبل سنتين شدوا مسلحين الصحفي نوري من بيته في مصراتة، ومازال محتجز بدون تهمة."
    assert "arbitrary_detention" in incident_types(post)
    # an anniversary of a detention that ended is none
    assert "arbitrary_detention" not in incident_types(
        "في مثل هذا اليوم قبل سنتين شدوا مسلحين الصحفي نوري من بيته في مصراتة، وأفرج عنه بعد شهر.")


def test_a_death_that_angered_a_hospitals_attackers_is_no_killing() -> None:
    post = ("مستشفى يفرن: مجموعة مسلحة اقتحمت قسم الطوارئ بسبب وفاة قريب لهم، واعتدوا على الممرض المناوب مما أدى "
            "إلى إصابته بجروح في رأسه")
    types = incident_types(post)
    assert "killing" not in types
    assert "injury" in types


def test_a_closing_hashtag_country_says_where_the_post_is() -> None:
    assert rules_annotation("سعر رغيف الخبز يرتفع إلى ربع دينار في أغلب المخابز اليوم.\nالمواطنين غاضبين.\n#ليبيا #الخبز").in_libya
    # one country word in a later sentence is still not enough
    assert not rules_annotation("سعر رغيف الخبز يرتفع إلى ربع دينار في أغلب المخابز اليوم.\nالمواطنين غاضبين.\n"
                                "والسعر أقل منه في ليبيا.").in_libya


def test_military_engineers_are_a_body() -> None:
    assert "الهندسة العسكرية" in _actor_names("انفجار جسم غريب في مزرعة بسرت وإصابة طفلين، والهندسة العسكرية تمشط المكان")


def test_a_libyan_town_in_the_name_of_the_body_that_speaks_makes_the_post_libyan() -> None:
    assert rules_annotation("مديرية أمن غريان تنفي خبر اختطاف تاجر وتقول إنه عاد إلى بيته سالما").in_libya
    # a foreign place beside it decides as before
    assert not rules_annotation("بلدية مصراتة توقع اتفاقية توأمة مع مدينة إسطنبول التركية").in_libya
