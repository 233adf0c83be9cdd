"""Arabic pass 51 (tune51): killed counts told in posts and dialect, actors in posts.

Our own sentences (other names, places and wording than the tune file); each rule has a look-alike that must not
move. See docs/labelling.md, "Arabic pass 51 (tune51)"."""

from nlp.evaluate import predict


def _run(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- a brigade's number is its name, not a toll ---------------------------------------------------------------

def test_unit_number_is_no_count():
    assert _run("قتيلان من الكتيبة 166 في اشتباك مع مهربين قرب غدامس")["killed"] == 2
    assert _run("إصابة ثلاثة من عناصر اللواء 55 مشاة في انفجار لغم قرب الشويرف")["injured"] == 3


def test_unit_number_guard_count_before_unit():
    assert _run("مقتل 12 من عناصر اللواء في هجوم قرب الشويرف")["killed"] == 12


# --- «من منتسبي»: the members of a body are people -----------------------------------------------------------

def test_members_of_a_body_counted():
    assert _run("لقي اثنان من منتسبي الكتيبة 55 حتفهما في اشتباك مسلح قرب الشويرف")["killed"] == 2


def test_members_joined_child_counted():
    text = "لقي اثنان من منتسبي جهاز الأمن العام وطفل في الثامنة من عمره حتفهم في تبادل لإطلاق النار في حي الفويهات"
    assert _run(text)["killed"] == 3


def test_members_guard_passers_by_unchanged():
    assert _run("لقي اثنان من المارة حتفهما في اشتباك مسلح قرب الشويرف")["killed"] == 2


# --- the one hurt then died: one killed, no injured -------------------------------------------------------------

def test_hurt_then_died_is_killed():
    out = _run("أصيبت سيدة برصاصة طائشة في حي الفويهات، ونقلت إلى مستشفى الجلاء لكنها فارقت الحياة بعد ساعة.")
    assert (out["killed"], out["injured"]) == (1, None)
    assert out["incident_types"] == ["killing"]  # the wound she died of is no second harm
    out = _run("أصيب شاب بطلق ناري في حي المختار وتوفي قبل وصوله إلى المستشفى.")
    assert (out["killed"], out["injured"]) == (1, None)


def test_hurt_then_died_guard_still_in_care():
    out = _run("أصيب شاب برصاصة طائشة في حي الفويهات، ونقل إلى مستشفى الجلاء حيث يرقد في حالة مستقرة.")
    assert (out["killed"], out["injured"]) == (None, 1)


def test_hurt_then_another_died_guard():
    out = _run("أصيب ثلاثة أشخاص بطلقات نارية في حي المختار، وتوفي رابع قبل وصوله إلى المستشفى.")
    assert out["injured"] == 3


# --- «ولدنا», «بنتنا», «زميلنا»: the family's or body's own dead -------------------------------------------------

def test_our_son_found_killed():
    assert _run("نعلن وفاة ابننا الشاب خالد، اللي لقيناه مقتول في الغابة بعد يومين من اختفائه.")["killed"] == 1


def test_our_daughter_died_at_hands():
    out = _run("بنتنا سعاد ماتت على يد طليقها يوم السبت، طعنها بسكين قدام الجيران.")
    assert out["killed"] == 1
    assert "killing" in out["incident_types"]


def test_our_father_natural_death_guard():
    out = _run("نعلن وفاة والدنا الحاج مسعود بعد صراع مع المرض.")
    assert out["killed"] is None
    assert not out["is_incident"]


def test_relative_who_was_killed():
    out = _run("ننعى زميلنا المسعف سالم (31 عاما) الذي قتل مساء الخميس إثر سقوط قذيفة قرب سيارة الإسعاف.")
    assert out["killed"] == 1


def test_relative_killer_guard():
    assert _run("المسلح الذي قتل ثلاثة أشخاص في سوق الخضار بمدينة غريان سلم نفسه للشرطة.")["killed"] == 3


def test_elder_parted_life_after_attack():
    text = "فارق الحياة الحاج مفتاح بعد ثلاثة أيام في العناية الفائقة متأثرا بجروحه إثر اعتداء مسلحين عليه في مزرعته."
    assert _run(text)["killed"] == 1


def test_elder_parted_life_natural_guard():
    out = _run("فارقت الحياة الحاجة مبروكة بعد مرض طويل.")
    assert out["killed"] is None


# --- dialect: «قتلتهم عصابة», «قتلوهم» -------------------------------------------------------------------------

def test_dialect_plural_object_killing():
    out = _run("ولد عمي وصاحبه اللي قتلتهم عصابة مسلحة قدام الحوش في غريان ليلة الخميس.")
    assert out["is_incident"] and "killing" in out["incident_types"]


def test_dialect_guard_their_killers_unknown():
    # «قتلتهم» read in a call for justice is still a killing word, but a call with no event stays no incident
    out = _run("نطالب بالقبض على المجرمين ونشكر كل من وقف معنا.")
    assert not out["is_incident"]


# --- protesters killed by a force's men are civilians -----------------------------------------------------------

def test_protesters_killed_are_civilians():
    out = _run("لقي متظاهران مصرعهما أمس في غريان بعد أن أطلق عناصر من جهاز الأمن المركزي النار على المتظاهرين.")
    assert out["is_incident"]
    assert out["victim_status"] == "civilian"


def test_police_killed_near_protesters_guard():
    out = _run("مقتل شرطيين خلال مواجهات مع محتجين في مصراتة.")
    assert out["victim_status"] != "civilian"


def test_relative_event_killed_someone_guard():
    # the attack that killed a named man, told as the topic of a statement: the relative is the attack's
    assert _run("قال المتحدث إن البيت الأبيض سيبلغ الكونغرس بالهجوم الذي قتل البغدادي اليوم")["killed"] is None
    assert _run("قال المتحدث إن الحكومة ستحقق في الغارة التي قتلت في الجفرة مساء أمس")["killed"] is None


def test_pair_named_then_killed_by_group():
    out = _run("فقدنا يوم السبت الأخوين سالم وعلي المبروك، اللي قتلتهم مجموعة مسلحة قدام مزرعتهم في ترهونة.")
    assert out["is_incident"] and out["killed"] == 2


def test_three_named_then_killed_by_group():
    out = _run("فقدنا الشبان الثلاثة اللي قتلتهم مجموعة مسلحة قدام مزرعتهم في ترهونة.")
    assert out["killed"] == 3


def test_death_in_detention_after_care_denied():
    text = ("أفادت منظمة حقوقية بوفاة ثلاثة مهاجرين من تشاد في مركز احتجاز قرنادة بعد منعهم من العلاج "
            "رغم إصابتهم بالملاريا.")
    out = _run(text)
    assert out["is_incident"] and out["killed"] == 3


def test_disease_deaths_in_town_guard():
    out = _run("أعلن مركز مكافحة الأمراض وفاة ثلاثة أشخاص بالملاريا في مدينة غات خلال الأسبوع الماضي.")
    assert not out["is_incident"]


def test_our_boy_with_waw_found_killed():
    assert _run("نعلن وفاة ولدنا التاجر سالم، اللي لقيناه مقتول في وادي الحي بعد يومين من خطفه.")["killed"] == 1


def test_a_number_of_hurt_is_no_count():
    out = _run("أطلق مسلحون النار على المعزين في خيمة عزاء بغريان ما أدى لمقتل شاب وإصابة عدد من الحاضرين.")
    assert (out["killed"], out["injured"]) == (1, None)


def test_a_number_of_hurt_guard_counted():
    out = _run("أطلق مسلحون النار على المعزين في خيمة عزاء بغريان ما أدى لمقتل شاب وإصابة ثلاثة من الحاضرين.")
    assert (out["killed"], out["injured"]) == (1, 3)


def test_fire_from_unknown_party_no_disappearance():
    out = _run("تعرض معسكر تابع للواء 20 قرب الجفرة لقصف صاروخي فجر اليوم من جهة مجهولة، دون وقوع إصابات.")
    assert "enforced_disappearance" not in out["incident_types"]


def test_taken_to_unknown_place_guard():
    out = _run("اعتقلت قوة مسلحة الناشط فرج المسماري من منزله في درنة واقتادته إلى جهة مجهولة.")
    assert "enforced_disappearance" in out["incident_types"]


def test_bathers_drowned_no_incident():
    out = _run("غرق شابين عصر أمس في شاطئ الخمس أثناء رحلة مع أصدقائهما، وانتشلت فرق الإنقاذ الجثتين بعد ساعات.")
    assert not out["is_incident"]
    assert out["killed"] == 2


def test_migrants_drowned_guard():
    out = _run("غرق قارب يقل مهاجرين قبالة صبراتة ووفاة 9 منهم بينهم طفلان.")
    assert out["is_incident"]


def test_trial_postponed_recalled_killing_no_incident():
    text = ("تأجيل محاكمة المتهمين في قضية مقتل ناشط في مصراتة\n"
            "أجلت محكمة استئناف مصراتة النظر في قضية مقتل الناشط سالم الفيتوري إلى الشهر المقبل. "
            "وكان الناشط قد قتل برصاص مسلحين أمام منزله عام 2023.")
    out = _run(text)
    assert not out["is_incident"]
    assert out["killed"] is None


def test_new_killing_after_old_trial_guard():
    text = ("مقتل شاب برصاص مسلحين في مصراتة\n"
            "قتل شاب برصاص مسلحين مجهولين أمام منزله في مصراتة مساء أمس، وفق مديرية الأمن.")
    assert _run(text)["is_incident"]


def test_dialect_beating_plural_object():
    out = _run("شباب المنطقة ضربوهم عناصر تابعين للأمن العام عند البوابة في جنزور لأنهم رفضوا يعطوهم تلفوناتهم.")
    assert out["is_incident"]
    assert out["injured"] is None  # a beating with no wound stated counts nobody hurt


def test_dialect_beating_guard_match():
    out = _run("الفريق ضربوهم بثلاثية نظيفة في ملعب طرابلس الدولي.")
    assert not out["is_incident"]


def test_soldiers_killed_at_post_by_gunmen_fighters_only():
    out = _run("قالت وزارة الدفاع في تشاد إن سبعة جنود قتلوا وأصيب ثلاثة في هجوم شنه مسلحون على ثكنة عسكرية قرب الحدود.")
    assert not out["is_incident"]
    assert out["killed"] == 7


def test_people_killed_near_base_guard():
    out = _run("قتل 12 شخصا على الأقل في هجوم شنه مسلحون مجهولون على قاعدة عسكرية وقرى مجاورة في شمال مالي.")
    assert out["is_incident"]


# --- actors ------------------------------------------------------------------------------------------------------

def _actors(text: str) -> list[str]:
    return sorted(a["name"] if isinstance(a, dict) else a for a in _run(text)["actors"])


def test_national_news_agency_is_a_source():
    assert _actors("قتل شاب وأصيب آخر في إشكال مسلح بصيدا جنوب لبنان، وفق الوكالة الوطنية للإعلام.") == []


def test_news_agency_guard_other_body_kept():
    assert _actors("قالت المؤسسة الوطنية للنفط إن مسلحين اقتحموا حقل الشرارة.") == ["المؤسسة الوطنية للنفط", "مسلحين"]


def test_reinforced_brigade_full_name():
    assert _actors("قال مكتب إعلام اللواء طارق بن زياد المعزز إن قواته اعتقلت ثلاثة مهربين قرب أوباري.") == [
        "اللواء طارق بن زياد المعزز"]


def test_listed_armed_unit_keeps_no_town():
    assert _actors("أفادت مصادر بأن رجلين اعتقلتهما كتيبة طارق بن زياد في أوباري، ثم عثر عليهما مقتولين.") == [
        "كتيبة طارق بن زياد"]


def test_prosecution_keeps_its_town_guard():
    assert _actors("قالت النيابة العمومية بمدنين إنها فتحت تحقيقا في مقتل شاب.") == ["النيابة العمومية بمدنين"]


def test_gunmen_of_a_named_unit_are_the_unit():
    assert _actors("اعتقل رجلان على أيدي مسلحين تابعين للواء 166 في أوباري، ثم عثر عليهما مقتولين.") == ["اللواء 166"]


def test_unknown_gunmen_guard_kept():
    assert _actors("اعتقل رجلان على أيدي مسلحين مجهولين في أوباري، ثم عثر عليهما مقتولين.") == ["مسلحين مجهولين"]


def test_gunmen_of_a_named_unit_pointed_back_not_listed():
    text = ("أصيب أربعة محتجين عندما أطلق عناصر مسلحون تابعون لكتيبة شهداء الوادي النار على مظاهرة في غريان. "
            "وقال شاهد إن المسلحين أطلقوا النار في الهواء أولا.")
    assert _actors(text) == ["كتيبة شهداء الوادي"]


def test_body_mourns_its_dead():
    text = "نعى جهاز الأمن الداخلي بالمنطقة الجنوبية اثنين من منتسبيه، وقال إنهما قتلا خلال اشتباك قرب سبها."
    assert _run(text)["killed"] == 2


def test_mourning_guard_no_number():
    assert _run("نعت كتيبة شهداء الزاوية منتسبيها الذين سقطوا في معارك 2019.")["killed"] is None


def test_age_told_in_a_post_makes_a_child():
    out = _run("ولدنا سالم عمره 8 سنين، خطفوه مسلحين قدام المدرسة في غريان.")
    assert out["victim_categories"] == ["children"]


def test_age_told_in_a_post_adult_guard():
    out = _run("ولدنا سالم عمره 35 سنة، خطفوه مسلحين قدام الحوش في غريان.")
    assert out["victim_categories"] == []


def test_municipality_with_a_direction():
    assert _actors("بلدية الزاوية الجنوب\nننبه المواطنين إلى الابتعاد عن منطقة الحرشة بعد اشتباكات مسلحة.") == [
        "بلدية الزاوية الجنوب"]


def test_municipality_guard_town_then_sentence():
    assert "بلدية الزاوية" in _actors("أعلنت بلدية الزاوية أن مسلحين اقتحموا مقرها أمس.")


def test_directorate_town_makes_libya_beside_unlisted_quarter():
    text = ("مديرية أمن غدامس\n"
            "قتل شاب طعنا أمام منزله في حي الشهيد عمر صباح اليوم، وتم القبض على الجاني.")
    assert _run(text)["in_libya"]


def test_directorate_guard_foreign_place():
    text = ("مديرية أمن غدامس\n"
            "قتل مواطن من المدينة طعنا في مدينة صفاقس التونسية أمس، حسب مصادر تونسية.")
    assert not _run(text)["in_libya"]


def test_bodies_found_after_missing_report_no_disappearance():
    out = _run("عثرت دورية للشرطة على جثتي راعيين سودانيين في وادي زمزم، وكان أهلهما قد أبلغوا عن اختفائهما منذ أيام.")
    assert "killing" in out["incident_types"]
    assert "enforced_disappearance" not in out["incident_types"]


def test_forcibly_disappeared_found_dead_guard():
    out = _run("عثر أهالي ترهونة على جثة شاب مخفي قسرا منذ شهرين بعد اقتياده من قبل مسلحين إلى جهة مجهولة.")
    assert "enforced_disappearance" in out["incident_types"]


def test_fuel_smuggling_report_no_trafficking():
    out = _run("اعتقل مسلحون الصحفي سالم الورفلي من منزله في زليتن على خلفية تقرير نشره عن تهريب الوقود.")
    assert "trafficking" not in out["incident_types"]


def test_migrant_smuggling_guard():
    out = _run("احتجز مهربون عشرات المهاجرين في مخزن ببني وليد وعذبوهم لطلب فدية، وفق شهادات ناجين من تهريب البشر.")
    assert "trafficking" in out["incident_types"]


def test_killed_over_posts_no_detention():
    out = _run("المدون سامي الفرجاني قتلوه بالرصاص قدام بيته في صبراتة ليلة الجمعة بسبب منشوراته عن الفساد.")
    assert "killing" in out["incident_types"]
    assert "arbitrary_detention" not in out["incident_types"]


def test_jailed_over_posts_guard():
    out = _run("قضت محكمة في بنغازي بسجن المدون سامي الفرجاني ثلاث سنوات بسبب منشوراته عن الفساد.")
    assert "arbitrary_detention" in out["incident_types"]


def test_two_sisters_with_bracketed_ages_are_girls():
    out = _run("قتلت أختان، هما آمنة (13 عاما) وهند (9 أعوام)، بقذيفة سقطت على بيتهما في العجيلات مساء الأحد.")
    assert sorted(out["victim_categories"]) == ["children", "girls"]


def test_two_brothers_with_bracketed_ages_guard():
    out = _run("قتل أخوان، هما علي (13 عاما) وخالد (9 أعوام)، بقذيفة سقطت على بيتهما في العجيلات مساء الأحد.")
    assert out["victim_categories"] == ["children"]


def test_red_crescent_volunteer_killed_is_a_medic():
    text = ("جمعية الهلال الأحمر الليبي - فرع سرت\n"
            "ننعى متطوعنا خالد المبروك (27 عاما) الذي قتل صباح اليوم إثر سقوط قذيفة قرب سيارة الإسعاف غرب سرت.")
    assert "medics" in _run(text)["victim_categories"]


def test_volunteer_without_red_crescent_guard():
    text = "قتل متطوع في حملة نظافة صباح اليوم إثر سقوط قذيفة قرب حي الزهور في سرت."
    assert "medics" not in _run(text)["victim_categories"]


def test_red_crescent_volunteers_as_rescuers_guard():
    text = ("الهلال الأحمر الليبي - فرع غات\n"
            "قامت فرق المتطوعين بإسعاف ثلاثة مصابين في اشتباكات حي تين ونقلهم إلى مستشفى غات العام.")
    assert "medics" not in _run(text)["victim_categories"]


def test_rights_group_proper_name():
    text = "مؤسسة أمان لحقوق الإنسان\nتلقينا بلاغا بوفاة سجين في سجن الجوية بعد حرمانه من العلاج."
    assert "مؤسسة أمان لحقوق الإنسان" in _actors(text)
    assert "جمعية سالم المبروك لحقوق الإنسان" in _actors("قالت جمعية سالم المبروك لحقوق الإنسان إن مسلحين خطفوا ناشطا في سرت.")


def test_rights_group_generic_guard():
    assert _actors("قالت منظمة دولية لحقوق الإنسان إن مسلحين خطفوا ناشطا في سرت.") == ["مسلحين"]

