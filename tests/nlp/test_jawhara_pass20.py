"""Jawhara-style pass 4 (tune20): false leads, misses and what a lead says in Jawhara FM-style Arabic articles. One
test per kind of error, with sentences written for these tests (docs/labelling.md, the section "Jawhara-style pass 4
(tune20)")."""

from tests.nlp.jawhara_reading import analysed, incident_types, rules_annotation

# --- a report's figures over a period: a statistic, no event ------------------------------------------------------


def test_deaths_over_the_same_period_are_a_statistic() -> None:
    result = analysed("وبين التقرير أن 310 أشخاص لقوا حتفهم غرقا خلال نفس الفترة من العام الماضي")
    assert not result.candidates
    assert "killed" not in result.counts


def test_deaths_since_the_year_began_are_a_statistic() -> None:
    result = analysed("وأفاد المرصد بأن 45 مهاجرا لقوا حتفهم قبالة السواحل الغربية منذ بداية العام")
    assert not result.candidates
    assert "killed" not in result.counts


def test_deaths_of_one_day_stay_an_event() -> None:
    result = analysed("قتل ثلاثة مدنيين في قصف استهدف حيا سكنيا منذ ساعات")
    assert result.candidates
    assert result.counts.get("killed") == 3


# --- a missing person found: the disappearance is over ----------------------------------------------------------


def test_a_missing_girl_found_is_no_disappearance() -> None:
    result = analysed("عثر أعوان الحرس على الفتاة المفقودة منذ أسبوع لدى صديقتها بمدينة نابل")
    assert not any(c.type == "enforced_disappearance" for c in result.candidates)


def test_an_activist_still_missing_stays_a_disappearance() -> None:
    result = analysed("وما زال الناشط مفقودا منذ يومين بعد أن اقتاده مسلحون إلى جهة مجهولة")
    assert any(c.type == "enforced_disappearance" for c in result.candidates)


# --- a power cut is a protest's grievance, no electrocution ------------------------------------------------------


def test_protesters_shot_over_a_power_cut_is_an_injury() -> None:
    text = ("غريان: إصابة ثلاثة شبان خلال احتجاج ليلي\n"
            "أصيب ثلاثة شبان بالرصاص الحي خلال احتجاج على انقطاع التيار الكهربائي أمام مقر البلدية مساء الأحد.")
    assert "injury" in incident_types(text)


def test_a_worker_electrocuted_stays_an_accident() -> None:
    text = ("غريان: وفاة عامل في حادث شغل\n"
            "توفي عامل في الثلاثين من عمره صعقا بالتيار الكهربائي أثناء أعمال صيانة بمحطة التوزيع مساء الأحد.")
    assert not incident_types(text)


# --- a region described as a smuggling route: no people smuggled -------------------------------------------------


def test_a_smuggling_route_described_is_no_trafficking() -> None:
    result = analysed("وتعد الصحراء الشرقية ممرا تقليديا لتهريب البشر والسلاح نحو الشمال")
    assert not any(c.type == "trafficking" for c in result.candidates)


def test_migrants_smuggled_along_a_route_stay_trafficking() -> None:
    result = analysed("واحتجز المهربون عشرين مهاجرا وطالبوا عائلاتهم بفدية مقابل تهريبهم نحو إيطاليا")
    assert any(c.type == "trafficking" for c in result.candidates)


# --- «مقتولا»: found killed ----------------------------------------------------------------------------------------


def test_a_man_found_killed_is_a_killing() -> None:
    result = analysed("عثر أهالي القرية صباح اليوم على راع مقتولا قرب منزله")
    assert any(c.type == "killing" for c in result.candidates)


# --- the death that set off an assault on medics is no killing ---------------------------------------------------


def test_an_assault_after_a_relatives_death_is_no_killing() -> None:
    result = analysed("واعتدى أفراد من عائلة واحدة بالضرب على ممرضة وعون استقبال بعد وفاة قريبهم في قسم الإنعاش")
    types = {c.type for c in result.candidates}
    assert "injury" in types and "killing" not in types


def test_a_death_after_an_assault_stays_a_killing() -> None:
    result = analysed("واعتدى مجهولون بالضرب على شاب قبل أن تعلن العائلة وفاة ابنها متأثرا بجروحه")
    assert any(c.type == "killing" for c in result.candidates)


# --- a sexual assault told again by a weak assault word: no second harm -----------------------------------------


def test_traces_of_the_sexual_assault_are_no_injury() -> None:
    text = ("بنزرت: إيقاف حارس مدرسة بشبهة اعتداء جنسي على تلميذة\n"
            "أوقفت فرقة الشرطة العدلية ببنزرت حارس مدرسة ابتدائية بشبهة الاعتداء جنسيا على تلميذة تبلغ ثماني سنوات. "
            "وأكد الفحص الطبي وجود آثار اعتداء على الطفلة.")
    assert incident_types(text) == {"sexual_violence"}


def test_a_stabbing_beside_a_sexual_assault_stays_an_injury() -> None:
    text = ("بنزرت: اعتداء جنسي على فتاة وطعن شقيقها\n"
            "تعرضت فتاة لاعتداء جنسي مساء أمس بحي شعبي ببنزرت. "
            "وأصيب شقيقها بطعنات سكين حين حاول الدفاع عنها ونقل إلى المستشفى الجهوي.")
    assert {"sexual_violence", "injury"} <= incident_types(text)


# --- a beaten group, then one of them told hurt: the group counts ------------------------------------------------


def test_a_beaten_pair_then_one_wound_told_counts_the_pair() -> None:
    text = ("سبها: اعتداء على طبيبين بالمستشفى\n"
            "اعتدى مرافقو مريض بالضرب على طبيبين بقسم الاستعجالي مساء الأحد. "
            "وأوضحت النقابة أن أحدهما أصيب بكسر في الأنف ونقل إلى مصحة خاصة.")
    assert rules_annotation(text).injured == 2


def test_a_beaten_group_then_two_told_hurt_counts_the_two() -> None:
    text = ("سبها: اعتداء على ثلاثة أطباء بالمستشفى\n"
            "اعتدى مرافقو مريض بالضرب على ثلاثة أطباء بقسم الاستعجالي مساء الأحد. "
            "وأوضحت النقابة أن اثنين منهم أصيبا بكسور ونقلا إلى مصحة خاصة.")
    assert rules_annotation(text).injured == 2


# --- a drill's simulated casualties are no victims ---------------------------------------------------------------


def test_a_drills_simulated_wounded_are_not_counted() -> None:
    result = analysed("وشمل التمرين إسعاف 14 مصابا افتراضيا ونقل أربعة منهم إلى المستشفى الميداني")
    assert "injured" not in result.counts


def test_real_wounded_after_a_drill_word_are_counted() -> None:
    result = analysed("أصيب 14 شخصا بجروح خلال انهيار منصة أثناء تمرين عسكري")
    assert result.counts.get("injured") == 14


# --- a group's age range: its youngest says children -------------------------------------------------------------


def test_an_age_range_from_sixteen_names_children() -> None:
    text = ("الزاوية: إصابة أربعة شبان بالرصاص\n"
            "أصيب أربعة شبان بالرصاص خلال مواجهات بين عصابتين مسلحتين في الزاوية مساء الجمعة. "
            "وأفاد مصدر طبي بأن المصابين تتراوح أعمارهم بين 16 و22 عاما.")
    assert "children" in rules_annotation(text).incidents[0].victim_categories


def test_an_adult_age_range_names_no_children() -> None:
    text = ("الزاوية: إصابة أربعة شبان بالرصاص\n"
            "أصيب أربعة شبان بالرصاص خلال مواجهات بين عصابتين مسلحتين في الزاوية مساء الجمعة. "
            "وأفاد مصدر طبي بأن المصابين تتراوح أعمارهم بين 19 و22 عاما.")
    assert "children" not in rules_annotation(text).incidents[0].victim_categories


# --- «لإرشاد», «لإزالة» make a body's mission part of its name -------------------------------------------------


def _actor_names(text: str) -> set[str]:
    return {a.name for a in rules_annotation(text).actors}


def test_a_consumer_body_keeps_its_mission() -> None:
    assert "المنظمة التونسية لإرشاد المستهلك" in _actor_names("ودعت المنظمة التونسية لإرشاد المستهلك إلى مقاطعة اللحوم.")


def test_a_demining_centre_keeps_its_mission() -> None:
    names = _actor_names("وأعلن المركز الوطني لإزالة الألغام عن تفجير قذائف في منطقة الهيرة.")
    assert "المركز الوطني لإزالة الألغام" in names
