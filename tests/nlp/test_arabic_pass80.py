"""Arabic pass 80 (tune80): the incident and Libya decisions in short posts, and places, with sentences written for
these tests (docs/labelling.md, the section "Arabic pass 80 (tune80): incident and Libya decisions in short posts,
places"). Each test has a look-alike that must not change."""

from nlp.annotate import annotate
from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


def _places(text: str) -> list[str]:
    return [p.name for p in annotate(text, language="ar").places]


# --- a minibus or a motorbike overturned: a road accident named by its vehicle ---------------------------------------


def test_vehicle_overturned_is_an_accident() -> None:
    result = _pred("لقي سبعة أشخاص مصرعهم في انقلاب ميكروباص على طريق أسيوط الزراعي فجر اليوم.")
    assert not result["is_incident"] and result["killed"] == 7
    result = _pred("وفاة شابين في انقلاب دراجة نارية على الطريق الرابط بين غريان والأصابعة.")
    assert not result["is_incident"]
    # guard: a minibus shelled stays an incident
    result = _pred("قتل سبعة مدنيين بينهم طفلان في قصف استهدف ميكروباص على طريق الفاشر.")
    assert result["is_incident"] and "killing" in result["incident_types"]


# --- an appeal to find someone who wandered off: no disappearance ----------------------------------------------------


def test_appeal_to_find_a_missing_person_is_no_disappearance() -> None:
    result = _pred("أسرة تناشد المساعدة في البحث عن شاب مفقود في الخمس\nناشدت عائلة الشاب مراد الزليتني الأهالي "
                   "المساعدة في العثور عليه بعد أن غادر بيته في الخمس أمس ولم يعد.")
    assert not result["is_incident"] and result["incident_types"] == []
    # guard: a missing man with no appeal keeps the weak reading, and one taken by gunmen keeps the abduction
    result = _pred("شاب مفقود في الخمس\nتبحث عائلة الشاب مراد الزليتني عنه منذ غادر بيته في الخمس أمس ولم يعد.")
    assert result["incident_types"] == ["enforced_disappearance"]
    result = _pred("ناشدت عائلة الشاب خالد المواطنين المساعدة في العثور عليه بعد أن اقتاده مسلحون إلى جهة مجهولة "
                   "في بنغازي.")
    assert "abduction" in result["incident_types"]


# --- «مرتزقة أجانب»: the fighters' nationality, no migrants ------------------------------------------------------------


def test_foreign_fighters_are_no_migrants() -> None:
    result = _pred("قصفت طائرة مسيرة تجمعا لمرتزقة أجانب قرب الجفرة ما أسفر عن مقتل ستة منهم.")
    assert not result["is_incident"] and result["victim_status"] == "combatant"
    # guard: foreign workers shot by gunmen are civilians, migrants among the categories
    result = _pred("قتل ثلاثة عمال أجانب برصاص مسلحين في مزرعة قرب الجفرة.")
    assert result["is_incident"] and "migrants" in result["victim_categories"]


# --- «حي + a listed quarter», «بوابة + a place»: named as written ------------------------------------------------------


def test_listed_quarter_keeps_its_head_and_country() -> None:
    text = "أصيبت امرأة برصاصة طائشة داخل منزلها في حي الفويهات مساء الخميس."
    assert _places(text) == ["حي الفويهات"]
    assert annotate(text, language="ar").in_libya
    # guard: the quarter named bare stays bare
    assert _places("أصيبت امرأة برصاصة طائشة داخل منزلها في الفويهات مساء الخميس.") == ["الفويهات"]


def test_checkpoint_gate_is_named_whole() -> None:
    assert _places("قتل سائق برصاص مسلحين قرب بوابة النجمة ليلة أمس.") == ["بوابة النجمة"]
    assert _places("قتل سائق برصاص مسلحين ببوابة الدافنية ليلة أمس.") == ["بوابة الدافنية"]
    assert _places("أوقفت دورية شاحنة تهريب عند بوابة أبوزريبة ليلة أمس.") == ["بوابة أبوزريبة"]
    # guard: the news site «بوابة الوسط» is no place
    assert _places("نقلت بوابة الوسط عن مصدر أمني مقتل سائق بالرصاص.") == []
    # guard: the gate of a building is no checkpoint («عند بوابة المدرسة»)
    assert _places("قتل سائق برصاص مسلحين عند بوابة المدرسة في سرت ليلة أمس.") == ["سرت"]


# --- a listed Libyan street in a post that names no other country: Libya ---------------------------------------------


def test_listed_libyan_street_alone_is_libya() -> None:
    result = _pred("أصيب شاب بطلق ناري أطلقه مسلحون على سيارته في طريق الشط مساء أمس.")
    assert result["is_incident"] and result["in_libya"]
    # guard: the same kind of street in a post that names Gaza is not Libya
    result = _pred("أصيب شاب بطلق ناري أطلقه مسلحون على سيارته في شارع عمر المختار بمدينة غزة مساء أمس.")
    assert not result["in_libya"]


# --- «ثلاثة مسلحين ومدني»: one civilian after a count is one more dead, and no adjective of the armed men ----------


def test_count_and_one_civilian_are_summed() -> None:
    result = _pred("قتل خمسة مسلحين ومدني في اشتباكات بين كتيبتين مسلحتين في العجيلات فجر اليوم.")
    assert result["killed"] == 6
    assert all("ومدني" not in a["name"] for a in result["actors"])
    # guard: the civil defence is a body, its «المدني» no victim
    result = _pred("قتل عنصر من الدفاع المدني في قصف على العجيلات فجر اليوم.")
    assert result["killed"] == 1 and "الدفاع المدني" in [a["name"] for a in result["actors"]]


# --- police hurt by one suspect: a criminal's harm, the officers are civilians ----------------------------------------


def test_police_stabbed_by_a_suspect_is_an_incident() -> None:
    result = _pred("أصيب عنصران من مديرية أمن الخمس بطعنات سكين على يد شخص حاول الفرار أثناء القبض عليه، "
                   "ونقلا إلى المستشفى.")
    assert result["is_incident"] and result["victim_status"] == "civilian" and result["injured"] == 2
    # guard: security men hurt in a clash with an armed brigade stay fighters
    result = _pred("أصيب عنصران من مديرية أمن الخمس برصاص مسلحين في اشتباك مع كتيبة مسلحة.")
    assert not result["is_incident"] and result["victim_status"] == "combatant"


# --- a release told with the freed in good health: no incident (settled: a release is no incident) ---------------------


def test_release_in_good_health_is_no_incident() -> None:
    result = _pred("الإفراج عن مهندس مخطوف في غريان\nأفرجت مجموعة مسلحة عن المهندس سالم القماطي بعد خمسة أيام من "
                   "خطفه في غريان، وقال شقيقه إنه بصحة جيدة.")
    assert not result["is_incident"]
    # guard: a colleague still held keeps the abduction
    result = _pred("الإفراج عن مهندس مخطوف في غريان\nأفرجت مجموعة مسلحة عن المهندس سالم القماطي بعد خمسة أيام من "
                   "خطفه في غريان، فيما لا يزال زميله محتجزا لدى الخاطفين.")
    assert result["is_incident"] and "abduction" in result["incident_types"]
    # guard: abuse in captivity told in the release story keeps the incident (settled: borderline incident)
    result = _pred("الإفراج عن مهندس مخطوف في غريان\nأفرجت مجموعة مسلحة عن المهندس سالم القماطي بعد خمسة أيام من "
                   "خطفه في غريان، وقال إنه بخير رغم أنه تعرض للضرب طيلة احتجازه.")
    assert result["is_incident"]
