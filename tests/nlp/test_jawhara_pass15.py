"""Jawhara-style pass (tune15): one test per kind of error met in Jawhara FM-style Arabic articles (headline line,
then a body with a source, quotes and background), with sentences written for these tests (docs/labelling.md, the
section "Jawhara-style pass (tune15)")."""

from nlp.incident_scope import _counts_people
from nlp.lexicon import Tokens
from tests.nlp.jawhara_reading import analysed, incident_types, rules_annotation

# --- a player hurt: sport, not a casualty ----------------------------------------------------------------------


def test_a_player_hurt_in_a_match_is_no_injury() -> None:
    text = ("قابس تعود بالتعادل من المرسى وإصابة مدافعها\n"
            "تعادل فريق قابس مساء أمس مع مستقبل المرسى بهدف لمثله في الجولة السابعة. ")
    assert incident_types(text) == set()


def test_one_of_the_clinics_counts_no_victim() -> None:
    words = [t.text for t in Tokens.of("ونقل إلى إحدى المصحات للعلاج ثم إلى أحد المستشفيات").items]
    assert not any(_counts_people(words, i) for i in range(len(words)))


# --- fighters only: an empty area, the dead belonging to both sides --------------------------------------------


def test_an_area_empty_of_inhabitants_names_no_civilians() -> None:
    result = analysed("وأكد المصدر أن القتلى الثلاثة من عناصر الطرفين وأن القتال جرى في منطقة خالية من السكان")
    assert result.victim_status == "combatant"
    assert not result.candidates


# --- a death sentence passed on numbered accused ------------------------------------------------------------------


def test_a_death_sentence_on_numbered_accused_is_no_killing() -> None:
    text = ("الإعدام لثلاثة متهمين في قضية قتل عائلة بمصراتة\n"
            "قضت محكمة جنايات مصراتة اليوم بالإعدام على ثلاثة متهمين بعد إدانتهم في قضية تعود إلى سنة 2022. ")
    assert "killing" not in incident_types(text)


# --- a woman dead of stab wounds: a killing the model may not veto ----------------------------------------------


def test_died_of_stab_wounds_in_the_feminine_is_a_strong_killing() -> None:
    result = analysed("توفيت فتاة في العشرين من عمرها مساء أمس متأثرة بطعنات تلقتها من شقيقها")
    killing = [c for c in result.candidates if c.type == "killing"]
    assert killing and killing[0].confidence >= 0.85


# --- «جهاز مكافحة ...»: an agency's name, no campaign ---------------------------------------------------------------


def test_an_anti_migration_agency_name_is_no_general_statement() -> None:
    result = analysed("لا يزال عشرون عاملا محتجزين منذ شهر لدى جهاز مكافحة الهجرة غير الشرعية دون توجيه أي تهمة إليهم")
    assert "general" not in result.context
    assert "arbitrary_detention" in {c.type for c in result.candidates}


# --- one harm told twice: hurt, then died ---------------------------------------------------------------------------


def test_wounds_then_death_are_one_killing() -> None:
    result = analysed("وقال الطبيب إن المصور أصيب بطلقتين في الصدر وتوفي قبل وصوله إلى المستشفى")
    assert {c.type for c in result.candidates} == {"killing"}


def test_another_person_who_died_keeps_the_injury() -> None:
    result = analysed("وأصيب شاب بجروح في الهجوم على المقهى وتوفي آخر في المكان")
    assert {"killing", "injury"} <= {c.type for c in result.candidates}


# --- taken away by state agents: an arrest, not an abduction ------------------------------------------------------


def test_taken_away_by_men_in_plain_clothes_is_an_arrest() -> None:
    result = analysed("وتطالب أسرة الناشط بمعرفة مصيره بعد اقتياده من منزله في درنة فجر الثلاثاء من قبل رجال بلباس مدني")
    types = {c.type for c in result.candidates}
    assert "abduction" not in types and "arbitrary_detention" in types


def test_taken_to_a_military_vehicle_is_an_arrest() -> None:
    result = analysed("وقال الصحفي إن أفرادا طلبوا منه حذف الصور ثم اقتادوه إلى عربة عسكرية واحتجزوه ثلاث ساعات")
    types = {c.type for c in result.candidates}
    assert "abduction" not in types


# --- a smuggling case named: the prosecution's subject, no trafficking ---------------------------------------------


def test_a_smuggling_case_named_is_no_trafficking() -> None:
    result = analysed("وأفادت العائلة بأن الخاطفين يطالبون بإطلاق سراح قريب لهم موقوف في قضية تهريب")
    assert "trafficking" not in {c.type for c in result.candidates}


# --- detainees beaten: ill-treatment in custody -----------------------------------------------------------------------


def test_detainees_beaten_during_questioning_is_torture() -> None:
    result = analysed("وروى أحد المفرج عنهم أن المعتقلين تعرضوا للضرب بالهراوات خلال الاستجواب في مقر الجهاز")
    assert "torture" in {c.type for c in result.candidates}


def test_guards_beaten_by_inmates_are_no_detainees_beaten() -> None:
    result = analysed("وتعرض حراس السجن للضرب من قبل عدد من النزلاء خلال عملية التفتيش")
    assert "torture" not in {c.type for c in result.candidates}


# --- counts: a feminine dual of a victim noun, a judge and his son -------------------------------------------------


def _injured(text: str) -> int | None:
    return rules_annotation(text).injured


def test_a_doctor_and_two_nurses_are_three_injured() -> None:
    text = ("اعتداء على قسم الاستعجالي بمستشفى غريان\n"
            "اعتدى مسلحون بالضرب على طبيب وممرضتين داخل قسم الاستعجالي بمستشفى غريان مساء أمس. ")
    assert _injured(text) is None  # a beating with no wound stated (settled by the real labels: tune18 pass)
    assert _injured(text + "ونقل الثلاثة إلى قسم الإنعاش بعد إصابتهم بكدمات. ") == 3


def test_a_judge_and_his_son_are_two_injured() -> None:
    text = ("إصابة قاض ونجله في انفجار عبوة بسيارته في سرت\n"
            "أصيب قاض وابنه بجروح صباح اليوم إثر انفجار عبوة ناسفة زرعها مجهولون تحت سيارته. ")
    assert _injured(text) == 2


# --- patients are no disease cue ------------------------------------------------------------------------------------


def test_patients_named_beside_an_assault_are_no_disease() -> None:
    result = analysed("واعتدى مرافقو أحد المرضى بالضرب على ممرض في قسم الاستعجالي بعد أن طالبوا بتقديم قريبهم على بقية المرضى")
    assert "disease" not in result.context
    assert "injury" in {c.type for c in result.candidates}


def test_people_named_before_a_new_clause_are_not_its_injured() -> None:
    result = analysed("قتل شخصان في القصف، هما سائق وطفلتان، وأصيب عدد من الجيران بجروح متفاوتة")
    assert result.counts.get("injured") is None


def test_a_son_alone_names_no_victim() -> None:
    result = analysed("وقال نجل الشيخ إن والده لم يتعرض لأي عنف خلال احتجازه")
    assert result.counts.get("injured") is None


# --- «الضحية» of an assault told hurt: no death -----------------------------------------------------------------------


def test_the_victim_told_hurt_is_no_killing() -> None:
    result = analysed("وأوضح المصدر أن الضحية، وهو طالب في العشرين من عمره، أصيب بطعنة في الكتف ونقل إلى المستشفى")
    assert {c.type for c in result.candidates} == {"injury"}


def test_the_victim_who_then_died_is_still_a_killing() -> None:
    result = analysed("وأوضح المصدر أن الضحية أصيب بطعنة في الصدر ثم توفي بعد ساعات في المستشفى")
    assert "killing" in {c.type for c in result.candidates}


# --- forced prostitution: sexual violence (and a gang's captives are not detainees tortured) ------------------------


def test_women_forced_into_prostitution_is_sexual_violence() -> None:
    text = ("الزاوية: تحرير ست نساء أجبرن على الدعارة\n"
            "حررت مديرية الأمن ست نساء كن محتجزات لدى شبكة للاتجار بالبشر وأوقفت ثلاثة من المهربين. ")
    types = incident_types(text)
    assert "sexual_violence" in types and "torture" not in types


def test_a_gangs_captives_forced_into_prostitution_are_no_detainees_tortured() -> None:
    result = analysed("وكانت النساء محتجزات في منزل لدى المهربين الذين أجبروهن على ممارسة الدعارة")
    types = {c.type for c in result.candidates}
    assert "sexual_violence" in types and "torture" not in types


# --- held after a protest; violence incited ---------------------------------------------------------------------------


def test_students_held_after_a_protest_is_arbitrary_detention() -> None:
    result = analysed("مصراتة: خمسة طلاب لا يزالون محتجزين بعد وقفة أمام مقر البلدية")
    assert "arbitrary_detention" in {c.type for c in result.candidates}


def test_violence_incited_is_no_injury() -> None:
    for sentence in ("وقال مصدر أمني إن الشبان الموقوفين متهمون بتخريب المحلات والتحريض على العنف",
                     "ونشر المدون تدوينة اعتبرتها السلطات تحريضا على العنف ضد المواطنين"):
        assert "injury" not in {c.type for c in analysed(sentence).candidates}


# --- actors: ordinary noun phrases after a body's head word -------------------------------------------------------


def _actors(text: str) -> list[str]:
    return [a.name for a in rules_annotation(text).actors]


def test_a_blast_trade_and_the_power_grid_are_no_bodies() -> None:
    assert _actors("وقال شهود إن قوة الانفجار حطمت نوافذ المنازل المجاورة في حي الأندلس.") == []
    assert _actors("وأكد التجار تراجع الحركة التجارية في المعبر بعد قرار الغلق.") == []
    assert _actors("وتسبب عطب في الشبكة الكهربائية في انقطاع التيار عن المدينة.") == []
    assert _actors("وأعلنت قوة الردع الخاصة إيقاف المشتبه به.") == ["قوة الردع الخاصة"]


def test_workers_and_tribes_after_l_are_part_of_a_bodys_name() -> None:
    assert _actors("وأعلنت النقابة الأساسية لأعوان النظافة الإضراب.") == ["النقابة الأساسية لأعوان النظافة"]
    assert _actors("وطالب المجلس الأعلى لقبائل الزنتان بفتح تحقيق.") == ["المجلس الأعلى لقبائل الزنتان"]


def test_an_intensive_care_room_a_school_and_a_technology_park_are_places() -> None:
    assert _actors("ونقل المصاب إلى غرفة الإنعاش بالمستشفى الجامعي.") == []
    assert _actors("واعتدى ولي على أستاذ داخل المعهد الثانوي بالمدينة.") == []
    assert _actors("افتتاح القطب التكنولوجي بالمنستير.") == []


def test_people_held_some_of_whom_were_beaten_is_torture() -> None:
    result = analysed("الجفرة: اعتقال 12 شابا بعد مداهمة مقهى وتعرض بعضهم للضرب")
    types = {c.type for c in result.candidates}
    assert "torture" in types and "injury" not in types


def test_unnamed_patrols_and_security_agents_are_not_reported() -> None:
    assert _actors("وطالب السكان بتكثيف الدوريات الأمنية في الحي بعد تكرر السرقات.") == []
    assert _actors("وتمكن أعوان الأمن من حجز البضاعة المهربة.") == []
