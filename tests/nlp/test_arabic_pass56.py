"""Arabic pass 56 (tune56): incidents told indirectly (a rights body's condemnation, a family's post, a hospital's
list), injured counts and victim categories, with sentences written for these tests (docs/labelling.md, the section
"Arabic pass 56 (tune56): incidents told indirectly, injured, victim categories")."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


def _injured(text: str) -> int | None:
    return _pred(text)["injured"]


def _cats(text: str) -> set[str]:
    return set(_pred(text)["victim_categories"])


# --- injured counts --------------------------------------------------------------------------------------------


def test_a_passer_by_hurt_is_one() -> None:
    assert _injured("قتل رجل برصاص مجهولين في حي الأندلس بطرابلس، وأصيب عابر سبيل بجروح نقل على إثرها إلى المستشفى.") == 1
    assert _injured("أصيب عابر سبيل برصاصة طائشة خلال اشتباكات في مصراتة.") == 1
    # guard: a crossing word that is no person counts nobody more
    assert _injured("أصيب شابان بجروح في اشتباك مسلح عابر للأحياء في مصراتة.") == 2


def test_a_dual_and_a_patient_or_teacher_joined_after_it() -> None:
    assert _injured("سقطت قذيفة على مستوصف في ترهونة ما أدى إلى إصابة طبيبتين ومريض.") == 3
    assert _injured("سقطت قذيفة على مدرسة في ترهونة ما أدى إلى إصابة طالبين ومعلمة.") == 3
    # guard: the dual alone stays two
    assert _injured("سقطت قذيفة على مستوصف في ترهونة ما أدى إلى إصابة طبيبتين.") == 2


def test_a_woman_in_a_named_role_treated_for_bruises_is_one() -> None:
    text = ("أدانت رابطة حقوقية الاعتداء بالضرب على المدونة سعاد الكوني في سبها على يد مسلحين. وأفادت الرابطة بأن "
            "المدونة تلقت العلاج في المستشفى من رضوض في الرأس.")
    assert _injured(text) == 1
    assert _injured("تعرضت الناشطة هدى المقريف للطعن أمام منزلها في درنة ونقلت إلى المستشفى.") == 1
    # guard: an assault on her with no wound, care or hospital told counts nobody hurt
    assert _injured("أدانت رابطة حقوقية الاعتداء بالضرب على المدونة سعاد الكوني في سبها على يد مسلحين.") is None


def test_a_bone_broken_on_a_body_is_an_injury() -> None:
    pred = _pred("داهمت قوة أمنية منزل عائلة في سبها ودفع أحد عناصرها الجدة فسقطت وكسرت ساقها ونقلت إلى المستشفى.")
    assert "injury" in pred["incident_types"] and pred["injured"] == 1
    pred = _pred("قال شقيق الموقوف إن عناصر الأمن كسروا أنفه خلال التحقيق معه في مركز شرطة الزاوية.")
    assert "injury" in pred["incident_types"]
    # guard: a thing broken is no wound
    pred = _pred("كسر المحتجون باب مقر البلدية في زليتن خلال وقفة احتجاجية على انقطاع الكهرباء.")
    assert "injury" not in pred["incident_types"] and pred["injured"] is None


def test_security_agents_before_a_verb_that_hurt_someone_are_its_subject() -> None:
    pred = _pred("قال محامي الموقوف إن عناصر الأمن ضربوه داخل مركز شرطة غريان.")
    assert pred["is_incident"] and pred["victim_status"] != "combatant"
    # guard: agents who were themselves hurt stay fighters
    pred = _pred("أصيب عناصر الأمن بجروح في اشتباك مع مهربين قرب غريان.")
    assert not pred["is_incident"]


# --- look-alikes -----------------------------------------------------------------------------------------------


def test_a_players_injury_that_keeps_him_out_is_no_incident() -> None:
    pred = _pred("إصابة جناح السويحلي تبعده شهرين\nأعلن نادي السويحلي أن جناحه سالم تعرض لإصابة في مران الفريق.")
    assert not pred["is_incident"] and pred["injured"] is None
    assert not _pred("إصابة قوية تبعده عن الملاعب لمدة ستة أسابيع")["is_incident"]
    # guard: a young man shot is still hurt
    assert _pred("إصابة شاب برصاص مسلحين في الزاوية ونقله إلى المستشفى")["is_incident"]


def test_war_wounded_back_from_treatment_abroad_are_no_toll() -> None:
    pred = _pred("عودة 18 جريحا من جرحى حرب 2011 إلى مطار بنينا بعد استكمال علاجهم في مصر، ضمن برنامج رعاية الجرحى.")
    assert not pred["is_incident"] and pred["injured"] is None
    pred = _pred("وصل إلى مصراتة أمس 12 من جرحى الحرب بعد استكمال علاجهم في تونس.")
    assert not pred["is_incident"]
    # guard: the wounded of today's shelling taken for treatment stay a toll
    pred = _pred("أصيب 7 مدنيين في قصف على حي سكني في ترهونة ونقلوا إلى المستشفى لاستكمال علاجهم.")
    assert pred["is_incident"] and pred["injured"] == 7


def test_a_release_welcomed_or_told_by_a_family_is_no_incident() -> None:
    assert not _pred("رحبت رابطة حقوقية بإطلاق سراح الصحفي سالم الكوني أمس بعد احتجاز دام أسبوعين في مصراتة.")["is_incident"]
    assert not _pred("الحمد لله رجع خوي للدار الليلة بعد 20 يوم من الخطف في ترهونة، بخير.")["is_incident"]
    # guards: a release demanded, and an abduction with no release, stay incidents
    assert _pred("طالبت رابطة حقوقية بإطلاق سراح الصحفي سالم الكوني المحتجز منذ أسبوعين في مصراتة دون تهمة.")["is_incident"]
    assert _pred("خطف مسلحون تاجرا من أمام منزله في ترهونة ولا يزال مصيره مجهولا.")["is_incident"]


# --- victim categories -----------------------------------------------------------------------------------------


def test_a_woman_lawyer_held_or_whose_release_is_sought_is_a_woman() -> None:
    assert {"activists", "women"} <= _cats(
        "طالبت رابطة حقوقية بالإفراج عن المحامية سعاد الكوني المحتجزة منذ أسبوع لدى جهاز الأمن الداخلي في مصراتة.")
    assert "women" in _cats(
        "لا تزال المدونة هدى سالم المعتقلة منذ شهرين لدى جهاز الأمن الداخلي في طرابلس دون تهمة.")
    # guard: a woman lawyer who speaks for a man held is no victim
    assert "women" not in _cats("قالت المحامية سعاد الكوني إن موكلها المحتجز منذ أسبوع في مصراتة لم يعرض على النيابة.")


# --- incidents told indirectly ---------------------------------------------------------------------------------


def test_contact_cut_with_a_person_in_either_order_is_a_disappearance() -> None:
    pred = _pred("قالت نقابة الصيادلة إن الاتصال انقطع بالصيدلانية هدى الزوي منذ مساء الأحد بعد أن غادرت صيدليتها في أوباري.")
    assert pred["incident_types"] == ["enforced_disappearance"] and "medics" in pred["victim_categories"]
    assert _pred("الاتصال انقطع بالممرض علي الزوي منذ يومين في سبها.")["incident_types"] == ["enforced_disappearance"]
    # guard: contact lost with a network or an aircraft is no disappearance
    assert not _pred("قالت الشركة إن الاتصال انقطع بالشبكة في سبها منذ مساء الأحد بسبب عطل فني.")["is_incident"]
    assert not _pred("انقطع الاتصال بالطائرة بعد إقلاعها من مطار سبها بدقائق.")["is_incident"]


def test_cases_a_hospital_received_listed_with_the_feminine_among() -> None:
    text = ("قال مستشفى غريان المركزي إنه استقبل 14 حالة اختناق، بينها خمس نساء وطفل، بعد أن أطلقت قوات الأمن الغاز "
            "المسيل للدموع لتفريق محتجين على انقطاع المياه أمام مقر البلدية.")
    pred = _pred(text)  # tear-gas suffocation treated in hospital: hurt, with their number (the eleventh session)
    assert pred["is_incident"] and pred["injured"] == 14 and {"women", "children"} <= set(pred["victim_categories"])
    # guard: suffocation cases in a house fire stay an accident
    assert not _pred("استقبل مستشفى غريان 4 حالات اختناق إثر حريق شب في منزل بسبب تماس كهربائي.")["is_incident"]
    # guard: «بينها» after places lists no victims
    assert "children" not in _cats("قصف مسلحون عدة مواقع في غريان بينها روضة أطفال خالية، وأصيب شاب بجروح.")


def test_a_relative_held_in_place_of_a_wanted_man_is_arbitrary_detention() -> None:
    pred = _pred("اعتقلت قوة مسلحة جدي المسن (81 سنة) من بيتنا في ترهونة أمس لأنهم لم يجدوا خالي المطلوب لديهم.")
    assert pred["incident_types"] == ["arbitrary_detention"] and "elderly" in pred["victim_categories"]
    assert _pred("احتجزت كتيبة مسلحة والد الناشط علي في مصراتة كرهينة للضغط على ابنه لتسليم نفسه.")["is_incident"]
    # guard: a wanted man's own arrest is a routine arrest
    assert not _pred("اعتقلت قوة أمنية شابا مطلوبا لديها في ترهونة أمس.")["is_incident"]


def test_drowning_in_a_pond_lake_or_pool_is_an_accident() -> None:
    assert not _pred("توفي طفل في العاشرة غرقا في بركة مياه بمزرعة في الزاوية مساء الأحد.")["is_incident"]
    assert not _pred("انتشلت فرق الإنقاذ جثة شاب غرق في بحيرة اصطناعية قرب ترهونة أثناء السباحة مع أصدقائه.")["is_incident"]
    # guard: migrants drowned at sea stay an incident
    assert _pred("غرق 12 مهاجرا قبالة سواحل زوارة بعد انقلاب قاربهم، وانتشل الهلال الأحمر جثثهم.")["is_incident"]


# --- killed ----------------------------------------------------------------------------------------------------


def test_one_told_by_his_family_to_have_died_in_prison_is_one_killed() -> None:
    text = "قالت عائلة الموقوف سالم البرعصي (61 عاما) إنه توفي في سجن قرنادة يوم الخميس بعد حرمانه من علاج السكري."
    assert _pred(text)["killed"] == 1
    assert _pred("أفاد ذوو السجينة بأنها توفيت داخل زنزانتها في سجن الجديدة بعد منعها من الدواء.")["killed"] == 1
    # guard: a man who died of illness at home is no count
    assert _pred("قالت عائلة الحاج سالم إنه توفي في منزله بعد صراع مع المرض.")["killed"] is None


def test_people_given_care_after_suffocation_are_hurt() -> None:
    assert _injured("أسعفت فرق الهلال الأحمر خمسة أشخاص تعرضوا للاختناق بسبب دخان حريق شب في مخزن بسبها.") == 5
    assert _injured("نقل سبعة عمال أصيبوا بالاختناق إلى مستشفى مصراتة بعد تسرب غاز في مصنع.") == 7
    # the people counted, then who is among them, then the verb: the number, not the one listed
    assert _injured("أسعف الهلال الأحمر ستة أشخاص، بينهم طفل، تعرضوا للاختناق بسبب الغاز المسيل للدموع في سبها.") == 6
    # guard: people who only fled the smoke are not counted
    assert _injured("أخلت فرق الدفاع المدني خمسة أشخاص من مبنى احترق في سبها دون تسجيل إصابات.") is None


# --- actors ----------------------------------------------------------------------------------------------------


def _actors(text: str) -> set[str]:
    return {a["name"] if isinstance(a, dict) else a for a in _pred(text)["actors"]}


def test_an_armed_patrol_that_took_someone_is_an_actor() -> None:
    assert "دورية مسلحة" in _actors("قالت أسرة الشاب إنها لم تتلق أي خبر عنه منذ أن أوقفته دورية مسلحة قرب سوق الجمعة قبل شهر.")
    # guard: a patrol of a named body is that body, not an unnamed patrol
    assert "دورية مسلحة" not in _actors("أوقفت دورية تابعة لجهاز الأمن الداخلي الشاب في سوق الجمعة دون أي تهمة.")


# --- categories: a rights body's adjective --------------------------------------------------------------------


def test_a_rights_statement_names_no_activist() -> None:
    cats = _cats("إدانة حقوقية لاعتقال صحفي في سبها\nاعتقل مسلحون الصحفي سالم الكوني في سبها دون أي تهمة.")
    assert "journalists" in cats and "activists" not in cats
    cats = _cats("أعربت أوساط حقوقية عن قلقها بعد أن اعتقل مسلحون المصور علي في درنة دون أي تهمة.")
    assert "activists" not in cats
    # guard: a rights defender held is an activist
    assert "activists" in _cats("اعتقل مسلحون الحقوقي البارز سالم الكوني في سبها دون أي تهمة.")


def test_a_detainees_lawyer_who_speaks_for_his_client_is_no_victim() -> None:
    pred = _pred("محامي معتقل في سجن الجديدة: موكلي تعرض للتعذيب\nقال المحامي سالم الفرجاني إن موكله تعرض للتعذيب في السجن.")
    assert "activists" not in pred["victim_categories"] and "attack_on_civil_society" not in pred["incident_types"]
    # guard: a lawyer held for his clients' case is an activist
    assert "activists" in _cats("اعتقل جهاز الأمن الداخلي المحامي سالم الفرجاني في بنغازي بسبب دفاعه عن معتقلين دون أي تهمة.")


def test_people_given_aid_by_a_volunteer_who_was_shot_are_no_victims() -> None:
    text = "قتل متطوع في الهلال الأحمر برصاص مجهولين أثناء توزيع مساعدات على المهاجرين النيجريين في سبها."
    cats = _cats(text)
    assert "medics" in cats and "migrants" not in cats
    text = "أصيبت متطوعة في الهلال الأحمر بشظايا أثناء توزيع وجبات على اللاجئين السودانيين في أجدابيا."
    assert "migrants" not in _cats(text)
    # guard: migrants shot while aid was handed out to them are victims
    assert "migrants" in _cats("قتل ثلاثة مهاجرين نيجريين برصاص مجهولين أثناء توزيع مساعدات في سبها.")


def test_a_body_named_for_what_it_stands_for_after_min_ajl_is_named_whole() -> None:
    acts = _actors("أدانت جمعية نساء من أجل السلام اعتقال الناشطة هدى الزوي في سبها دون أي تهمة.")
    assert "جمعية نساء من أجل السلام" in acts
    acts = _actors("قالت منظمة أطباء من أجل حقوق الإنسان إن مسلحين اعتقلوا الطبيب علي الزوي في سبها دون أي تهمة.")
    assert "منظمة أطباء من أجل حقوق الإنسان" in acts
    # guard: a body that acts «من أجل» a purpose keeps its own name only
    acts = _actors("أطلقت جمعية الهلال الأحمر الليبي حملة من أجل الإفراج عن المعتقلين في سبها.")
    assert not any("أجل" in a for a in acts)


def test_alarm_phone_sahara_keeps_in_the_sahara_in_its_name() -> None:
    text = "عثر على جثث أربعة مهاجرين قرب الحدود بعد طردهم إلى الصحراء، حسب منظمة هاتف الإنذار في الصحراء."
    assert "منظمة هاتف الإنذار في الصحراء" in _actors(text)
    # guard: another body's «في + place» is still cut where the rules cut it
    assert "منظمة رصد الجرائم في ليبيا" in _actors("أدانت منظمة رصد الجرائم في ليبيا اختطاف الناشط علي الزوي في سبها.")


def test_a_definite_woman_role_after_the_body_that_held_her_is_a_woman() -> None:
    assert "women" in _cats("اعتقل جهاز الأمن الداخلي الصحفية منى الفرجاني في مصراتة دون أي تهمة.")
    assert "women" in _cats("اختطفت مجموعة مسلحة المدونة سارة علي من منزلها في سبها.")
    # guard: a woman journalist who reports an arrest is no victim
    assert "women" not in _cats("قالت الصحفية منى الفرجاني إن جهاز الأمن الداخلي اعتقل شقيقها في مصراتة دون أي تهمة.")


def test_a_pair_described_as_wounded_is_counted() -> None:
    assert _injured("استقبل مستشفى الجلاء طفلين مصابين بشظايا قذيفة سقطت على منزلهم في بنغازي.") == 2
    assert _injured("استقبل مستشفى الجلاء طفلين وامرأة مصابين بشظايا قذيفة سقطت على منزلهم في بنغازي.") == 3
    # guard: a bare plural of the wounded stays no number
    assert _injured("استقبل مستشفى الجلاء عددا من الأطفال المصابين بشظايا قذيفة في بنغازي.") is None


def test_suffocation_by_tear_gas_in_a_headline_is_no_accident() -> None:
    text = ("حالات اختناق بالغاز المسيل للدموع خلال وقفة في زليتن\nأعلن مستشفى زليتن استقبال ست حالات اختناق بعد أن "
            "أطلقت قوة أمنية الغاز المسيل للدموع لتفريق محتجين أمام مقر الحكومة.")
    pred = _pred(text)
    assert pred["is_incident"] and pred["injured"] == 6
    # guard: suffocation by a gas leak stays an accident
    text = "اختناق بالغاز في منزل بزليتن\nأعلن مستشفى زليتن استقبال ثلاث حالات اختناق إثر تسرب غاز من مدفأة في منزل."
    assert not _pred(text)["is_incident"]


def test_the_verb_broke_is_no_sirte() -> None:
    places = {p["name"] for p in _pred("دفعه أحد المسلحين فسقط وكسرت يده في مصراتة ونقل إلى المستشفى.")["places"]}
    assert "سرت" not in places and "مصراتة" in places
    # guard: Sirte written with a clitic stays Sirte
    places = {p["name"] for p in _pred("وصل النازحون إلى سرت وبسرت نحو مئة أسرة.")["places"]}
    assert "سرت" in places
