"""Arabic pass 82 (tune82): actors and killed counts, with sentences written for these tests (docs/labelling.md, the
section "Arabic pass 82 (tune82): actors and killed counts"). Each test has a look-alike that must not change."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


def _actors(text: str) -> list[str]:
    return [a["name"] if isinstance(a, dict) else a for a in _pred(text)["actors"]]


# --- actors: the migration body's common name, written whole ---------------------------------------------------------


def test_migration_body_common_name_whole() -> None:
    actors = _actors("أصيب مهاجر سوداني بجروح برصاص عناصر من جهاز الهجرة غير الشرعية في غريان أثناء محاولته الفرار.")
    assert "جهاز الهجرة غير الشرعية" in actors and "جهاز الهجرة" not in actors
    actors = _actors("قالت مصادر إن عناصر تابعة لجهاز الهجرة غير القانونية اعتدت بالضرب على مهاجرين في مركز بالزاوية.")
    assert "جهاز الهجرة غير القانونية" in actors
    # guard: the full registry name stays whole
    actors = _actors("أصيب مهاجر نيجيري برصاص عناصر من جهاز مكافحة الهجرة غير الشرعية في ترهونة.")
    assert "جهاز مكافحة الهجرة غير الشرعية" in actors


# --- actors: «إعادة تنظيم الوحدات»: organising units, no organisation ------------------------------------------------


def test_reorganising_units_is_no_organisation() -> None:
    actors = _actors("كلف رئيس الأركان العميد سالم بإعادة تنظيم الوحدات العسكرية في المنطقة الغربية وتأمين المنافذ.")
    assert not any(a.startswith("تنظيم") for a in actors) and "الوحدات العسكرية" not in actors
    actors = _actors("ناقش الاجتماع تنظيم القوات المساندة في الجنوب وتوحيد صفوفها.")
    assert not any(a.startswith("تنظيم") for a in actors)
    # guard: a named organisation stays an actor
    actors = _actors("قتل ثلاثة رعاة في هجوم تبناه تنظيم الدولة قرب بلدة أم الأرانب.")
    assert any(a.startswith("تنظيم الدولة") for a in actors)


# --- actors: groups a statement asks to remove are no party of the event ---------------------------------------------


def test_groups_to_be_removed_are_no_actors() -> None:
    text = ("قتل طفل برصاصة طائشة خلال اشتباكات بين مجموعتين مسلحتين في غريان، وطالب المجلس البلدي بإخراج التشكيلات "
            "المسلحة من الأحياء السكنية.")
    actors = _actors(text)
    assert "مجموعتين مسلحتين" in actors and "التشكيلات المسلحة" not in actors
    actors = _actors("قتل مدني في قصف على حي سكني في ترهونة، ودعا المجلس الرئاسي إلى انسحاب القوات الأجنبية من البلاد.")
    assert "القوات الأجنبية" not in actors
    # guard: the same groups told acting stay actors, and a named body a call would dissolve keeps its name
    actors = _actors("اقتحمت التشكيلات المسلحة منزل الناشط في غريان واعتقلته أمام أسرته.")
    assert "التشكيلات المسلحة" in actors
    actors = _actors("طالب حزب العدالة الوطني بحل المجلس الأعلى الانتقالي وتنظيم انتخابات عامة.")
    assert "المجلس الأعلى الانتقالي" in actors


# --- actors: a headline's «مديرية الأمن» is the directorate the text names with its town ------------------------------


def test_headline_security_directorate_short_form() -> None:
    text = ("مديرية الأمن تلاحق خاطفي شاب في صرمان\nخطف مسلحون مجهولون شابا من أمام منزله في صرمان مساء أمس، وقالت "
            "مديرية أمن صرمان إنها تعمل على تعقب الجناة.")
    actors = _actors(text)
    assert "مديرية أمن صرمان" in actors and "مديرية الأمن" not in actors
    # guard: a bare «مديرية الأمن» with no fuller name stays
    text = "خطف مسلحون مجهولون شابا من أمام منزله في صرمان، وقالت مديرية الأمن إنها تعمل على تعقب الجناة."
    assert "مديرية الأمن" in _actors(text)


# --- killed: a mother and her kin's number -------------------------------------------------------------------------


def test_mother_and_her_counted_kin() -> None:
    assert _pred("مقتل أم وبناتها الثلاث في قصف على منزل في ترهونة")["killed"] == 4
    assert _pred("مقتل أم وأبنائها الخمسة في قصف على منزلهم بمرزق")["killed"] == 6
    # guard: the kin alone, and a woman and her kin, keep their counts
    assert _pred("مقتل أبنائها الخمسة في قصف على منزلهم بمرزق")["killed"] == 5
    assert _pred("مقتل امرأة وأبنائها الخمسة في قصف على منزلهم بمرزق")["killed"] == 6


# --- killed: «إضافة إلى» joins more dead to a toll --------------------------------------------------------------------


def test_besides_adds_to_the_toll() -> None:
    text = "خلفت المواجهات في ترهونة ستة قتلى من الطرفين، إضافة إلى امرأة وابنها سقطت قذيفة على منزلهما."
    assert _pred(text)["killed"] == 8
    text = "أسفرت الاشتباكات في غريان عن سقوط خمسة قتلى، بالإضافة إلى طفلين وراعي غنم كانوا قرب الموقع."
    assert _pred(text)["killed"] == 8
    # guard: «إضافة إلى» before damage adds nobody
    text = "أسفر القصف على ترهونة عن خمسة قتلى، إضافة إلى أضرار كبيرة في المنازل."
    assert _pred(text)["killed"] == 5


# --- killed: «هم / بينهم» + a list names who the counted were, no more of them ----------------------------------------


def test_list_after_they_restates_the_toll() -> None:
    assert _pred("ارتفع عدد قتلى الهجوم على نقطة التفتيش في زليتن إلى أربعة، هم عسكريان ومدنيان.")["killed"] == 4
    assert _pred("قتل أربعة في الهجوم على سوق ترهونة، بينهم جنديان ومزارعان.")["killed"] == 4
    assert _pred("قتل ستة في الهجوم على سوق ترهونة، بينهم طفلان وامرأتان.")["killed"] == 6
    # guard: a second group joined by «و» right after the first is still added
    assert _pred("قتل ستة مسلحين ومدنيان في الهجوم على سوق ترهونة.")["killed"] == 8


# --- injured: one of the hurt who died is among the dead of a toll ----------------------------------------------------


def test_wounded_who_died_is_no_injured_count() -> None:
    result = _pred("ارتفع عدد قتلى الهجوم على نقطة التفتيش في زليتن إلى ثلاثة بعد وفاة أحد المصابين في المستشفى.")
    assert result["killed"] == 3 and result["injured"] is None
    # guard: one of the passers-by hurt beside the dead stays one injured
    result = _pred("قتل شرطيان وأصيب أحد المارة في الهجوم على نقطة التفتيش في زليتن.")
    assert result["killed"] == 2 and result["injured"] == 1


# --- fighters only: «من منتسبيها», «قوات حكومة الوحدة», attackers «أسر اثنين منهم» --------------------------------------


def test_own_fighters_killed_are_combatants() -> None:
    result = _pred("قالت كتيبة الفاروق إن أربعة من منتسبيها قتلوا في قصف مدفعي على تمركزاتها جنوب غريان.")
    assert not result["is_incident"] and result["victim_status"] == "combatant" and result["killed"] == 4
    result = _pred("مقتل ثلاثة من قوات حكومة الوحدة في هجوم على تمركزاتها بمحور وادي الربيع")
    assert not result["is_incident"] and result["victim_status"] == "combatant"
    # guard: civilians shot by a brigade's fighters stay an incident
    result = _pred("قتل مدنيان برصاص منتسبي كتيبة الفاروق عند نقطة تفتيش جنوب غريان.")
    assert result["is_incident"] and result["victim_status"] == "civilian"


def test_attackers_captured_are_no_families() -> None:
    text = ("أعلنت رئاسة الأركان مقتل ثلاثة من عناصر الكتيبة 78 في اشتباكات مع عصابة تهريب قرب القطرون، مشيرة إلى "
            "مقتل عدد من المهاجمين وأسر ثلاثة منهم.")
    result = _pred(text)
    assert not result["is_incident"] and result["victim_status"] == "combatant"
    # guard: families harmed stay civilians
    text = "قتل ثلاثة من عناصر الكتيبة 78 وأصيبت أسر عدة منهم في قصف على حي سكني قرب القطرون."
    assert _pred(text)["victim_status"] != "combatant"


# --- victim categories: a worker «من الجنسية + nationality» is a migrant worker ---------------------------------------


def test_workers_of_a_migrant_nationality() -> None:
    text = "مقتل ثلاثة عمال، اثنان منهم من الجنسية المصرية، برصاص مسلحين اقتحموا مزرعة في ترهونة."
    assert "migrants" in _pred(text)["victim_categories"]
    text = "إصابة عامل من الجنسية النيجيرية برصاص مجهولين قرب بلدة الشويرف."
    assert "migrants" in _pred(text)["victim_categories"]
    # guard: an Egyptian told by no trade, and a Libyan worker, are no migrants
    assert "migrants" not in _pred("مقتل رجل من الجنسية المصرية في هجوم مسلح على منزل في ترهونة.")["victim_categories"]
    assert "migrants" not in _pred("مقتل ثلاثة عمال ليبيين برصاص مسلحين اقتحموا مزرعة في ترهونة.")["victim_categories"]


# --- killed: two men of a security body named in construct, and a civilian joined after it ----------------------------


def test_pair_of_a_construct_body_and_a_joined_victim() -> None:
    assert _pred("مقتل عنصرين من جهاز الأمن العام وسائق شاحنة في تبادل لإطلاق النار بصبراتة")["killed"] == 3
    assert _pred("مقتل عنصرين من مديرية أمن صبراتة وطفل في تبادل لإطلاق النار مع مهربين")["killed"] == 3
    # guard: the pair alone stays two
    assert _pred("مقتل عنصرين من جهاز الأمن العام في تبادل لإطلاق النار مع مهربين بصبراتة")["killed"] == 2


# --- actors: the military prosecutor is an office, as the attorney general is -----------------------------------------


def test_military_prosecutor_is_an_actor() -> None:
    text = "بدأت المحكمة العسكرية في مصراتة محاكمة خمسة جنود متهمين بتعذيب موقوفين، وفق بيان للمدعي العام العسكري."
    assert "المدعي العام العسكري" in _actors(text)
    # guard: a bare «المدعي العام» (a person's title) stays unlisted
    text = "بدأت المحكمة في مصراتة محاكمة خمسة جنود متهمين بتعذيب موقوفين، وقال نائب المدعي العام إن الجلسة أجلت."
    assert not any("المدعي العام" in a for a in _actors(text))


def test_second_object_of_a_removal_call() -> None:
    text = "قتل مدني في قصف على ترهونة، وبحث الاجتماع إخراج المرتزقة والقوات الأجنبية من البلاد."
    assert "القوات الأجنبية" not in _actors(text)
    # guard: the same forces told shelling stay actors
    assert "القوات الأجنبية" in _actors("قتل مدني في قصف شنه المرتزقة والقوات الأجنبية على ترهونة.")


# --- victim status: a detainee («موقوف») who died in custody is a civilian --------------------------------------------


def test_held_man_died_in_custody_is_civilian() -> None:
    result = _pred("وفاة موقوف داخل مقر أمني في مصراتة بعد ثلاثة أيام من اعتقاله")
    assert result["is_incident"] and result["victim_status"] == "civilian"
    # guard: a former detainee's death is no custody death
    result = _pred("وفاة معتقل سابق في مصراتة بعد صراع مع المرض")
    assert result["victim_status"] != "civilian" or not result["is_incident"]


# --- types: a body handed back bearing bruises is a killing and torture -----------------------------------------------


def test_body_bearing_bruises_is_torture() -> None:
    result = _pred("وفاة محتجز داخل سجن في غريان، وقالت أسرته إن جثمانه سلم إليها وعليه آثار كدمات.")
    assert {"killing", "torture"} <= set(result["incident_types"])
    result = _pred("العثور على جثة شاب تحمل علامات تعذيب قرب سوق في غريان.")
    assert {"killing", "torture"} <= set(result["incident_types"])
    # guard: a body found with no marks stays a killing alone
    result = _pred("العثور على جثة شاب قرب سوق في غريان.")
    assert "torture" not in result["incident_types"]


# --- victim status: a brigade named for its martyrs names no dead ----------------------------------------------------


def test_unit_named_for_martyrs_is_no_victim() -> None:
    text = "أعلن الإسعاف أن الاشتباكات في أحياء صرمان بين كتيبة شهداء صرمان ومسلحين من المدينة خلفت 9 قتلى."
    result = _pred(text)
    assert result["is_incident"] and result["victim_status"] == "unknown" and result["killed"] == 9
    # guard: the unit's own men killed stay fighters
    result = _pred("مقتل ثلاثة من عناصر كتيبة شهداء الوادي في اشتباكات مع مسلحين قرب غريان.")
    assert not result["is_incident"] and result["victim_status"] == "combatant"


# --- victim status: two women listed among the dead of a grave make them civilians ------------------------------------


def test_women_listed_among_bodies_found_are_civilians() -> None:
    result = _pred("انتشال رفات تسعة أشخاص من مقبرة جماعية في بني وليد، بينهم امرأتان.")
    assert result["victim_status"] == "civilian" and "women" in result["victim_categories"]
    # guard: bodies with no word on who they were stay unknown
    assert _pred("انتشال رفات تسعة أشخاص من مقبرة جماعية في بني وليد.")["victim_status"] == "unknown"
