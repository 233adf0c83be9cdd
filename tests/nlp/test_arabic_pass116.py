"""Arabic pass 116 (tune116: incident and Libya precision on Tunisian news in the Jawhara style): our own
sentences, other names, towns and wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text).incidents}


def _injured(text: str) -> int | None:
    return annotate(text).injured


def test_dead_in_the_ranks_of_two_armed_groups_are_fighters():
    # «تخلف قتلى في صفوفهما» after two armed groups named: their own dead, fighters (no incident)
    text = ("مواجهات بين كتيبتين في العجيلات تخلف قتلى في صفوفهما\n"
            "قتل ثلاثة مسلحين في مواجهات اندلعت ليلة أمس بمدينة العجيلات الليبية حسب ما أفاد به مصدر محلي.")
    assert _types(text) == set()
    text = "اشتباكات بين مجموعتين مسلحتين في ورشفانة تخلف جرحى بصفوفهما"
    assert _types(text) == set()


def test_dead_in_the_ranks_look_alikes_stay_incidents():
    # the nearest people before «في صفوفهم» are worshippers: civilians, the killing stands
    text = "هجوم مسلحين على المصلين في مسجد بالعجيلات يخلف قتلى في صفوفهم"
    assert "killing" in _types(text)
    # a toll with no ranks named keeps its unknown status (an incident)
    text = "مواجهات بين كتيبتين في العجيلات تخلف قتلى"
    assert "killing" in _types(text)


def test_burns_told_with_ila_in_a_man_setting_a_woman_on_fire():
    # the Tunisian «تعرضت إلى حروق»: a woman burnt by her former husband is hurt
    text = ("القصرين: رجل يضرم النار في طليقته\n"
            "تعرضت امرأة في الثلاثين من عمرها إلى حروق بليغة بعد أن سكب عليها طليقها مادة قابلة للاشتعال وأضرم فيها "
            "النار أمام منزل والديها بمدينة سبيطلة، ونقلت إلى المستشفى في حالة حرجة.")
    assert "injury" in _types(text)
    assert _injured(text) == 1


def test_burns_look_alike_a_kitchen_fire_stays_an_accident():
    text = ("قابس: حريق بمنزل يخلف حروقا لامرأة\n"
            "تعرضت امرأة إلى حروق متفاوتة الخطورة إثر اندلاع حريق بمطبخ منزلها بمدينة قابس بسبب تسرب الغاز.")
    assert _types(text) == set()


def test_wounds_caused_to_them_count_the_assaulted_number():
    # «أربعة عمال تعرضوا إلى اعتداء ... ما خلف لهم إصابات»: the four assaulted are the hurt
    text = ("قفصة: الاعتداء على عمال بالعصي\n"
            "أفاد مصدر نقابي أن أربعة عمال من شركة البناء تعرضوا صباح اليوم إلى اعتداء بالعصي من قبل مجموعة من "
            "الأشخاص بمنطقة القطار، ما خلف لهم إصابات نقلوا على إثرها إلى المستشفى الجهوي بقفصة.")
    assert _injured(text) == 4


def test_wounds_caused_to_them_look_alike_the_attackers_number_counts_nobody():
    # the number is the attackers' («من قبل خمسة شبان»): the hurt are not counted
    text = ("تعرض عمال حظيرة البناء صباح اليوم إلى اعتداء بالعصي من قبل خمسة شبان بمنطقة القطار، ما خلف لهم "
            "إصابات متفاوتة.")
    assert _injured(text) != 5


def test_one_wounded_by_stabs_in_a_headline_and_stabs_dealt_to_him():
    # «شاب يصاب بطعنات»: the one before the singular passive is the hurt
    text = "المنستير: شاب يصاب بطعنات سكين خلال عملية سلب"
    assert _injured(text) == 1
    # «ووجهوا له طعنات»: stabs dealt to him are his wound
    text = ("تعرض عامل يومي فجر اليوم إلى عملية سلب بحي الرياض بسوسة من قبل ثلاثة منحرفين افتكوا منه دراجته "
            "ووجهوا له طعنات على مستوى الظهر.")
    assert _injured(text) == 1


def test_one_wounded_by_stabs_look_alike_plural_subject():
    # «شبان يصابون بطعنات»: plural, no single count
    text = "المنستير: شبان يصابون بطعنات سكين خلال شجار"
    assert _injured(text) != 1


def test_fire_set_in_her_under_a_burning_headline_is_an_attack():
    # «أضرم فيها النار»: a fire set in a person is done on purpose, whatever the headline's burning and the civil
    # protection named as the source say
    text = ("سوسة: كهل يحرق زوجته\n"
            "تعرضت سيدة في الأربعين من عمرها ليلة أمس إلى حروق بليغة بعد أن سكب عليها زوجها مادة البنزين وأضرم فيها "
            "النار داخل منزلهما بحي الزهور، حسب ما أكده مصدر من الحماية المدنية.")
    assert "injury" in _types(text)


def test_fire_set_look_alike_self_immolation_stays():
    # «أضرم النار في جسده»: no pronoun right after the verb, a self-immolation, not an attack
    text = ("القصرين: شاب يضرم النار في جسده\n"
            "أصيب شاب بحروق بليغة بعد أن أضرم النار في جسده أمام مقر الولاية، حسب ما أكده مصدر من الحماية المدنية.")
    assert _types(text) == set()


def test_beating_after_an_escape_attempt_is_told_not_attempted():
    # «إثر محاولة فرار»: the attempt is the detainees' escape; the beating by the guards happened
    text = ("تعرض 12 مهاجرا محتجزا للضرب بالهراوات من قبل حراس مركز احتجاز بالزاوية إثر محاولة فرار ليلة "
            "الأحد.")
    assert "torture" in _types(text)


def test_escape_attempt_look_alike_attempted_killing_stays_an_attempt():
    # «محاولة اغتيال»: the attempted harm is named, nobody was killed
    text = "نجا رئيس بلدية الجميل من محاولة اغتيال مساء أمس."
    assert "killing" not in _types(text)


def test_beaten_inside_the_prison_is_ill_treatment_in_custody():
    # «أنه يتعرض للضرب داخل السجن»: the beating's place is the prison, he is held there
    text = "قال والد الموقوف إن ابنه أخبره في زيارة قصيرة أنه يتعرض للضرب داخل السجن."
    assert "torture" in _types(text)


def test_beaten_inside_the_prison_look_alike_a_guard_beaten_by_an_inmate():
    text = "تعرض الحارس للضرب من قبل سجين داخل السجن."
    assert "torture" not in _types(text)


def test_office_of_tunisians_abroad_keeps_its_abroad():
    # «ديوان التونسيين بالخارج»: «بالخارج» is part of the office's name, no place cut off
    names = [a.name for a in annotate("أعلن ديوان التونسيين بالخارج اليوم عن تنظيم رحلات لإعادة العالقين في ليبيا.").actors]
    assert "ديوان التونسيين بالخارج" in names


def test_office_look_alike_a_union_of_tunisians_abroad_is_not_the_office():
    names = [a.name for a in annotate("أعلنت جمعية التونسيين بالخارج اليوم عن تنظيم ندوة في باريس.").actors]
    assert "ديوان التونسيين بالخارج" not in names



def test_delinquents_who_attack_are_unnamed_perpetrators():
    # «من قبل منحرفين اثنين»: the Tunisian word for street criminals, listed in the form written
    names = [a.name for a in annotate("تعرض عامل إلى عملية سلب بحي التضامن من قبل منحرفين اثنين افتكا منه هاتفه "
                                      "ووجها له طعنة على مستوى الساق.").actors]
    assert "منحرفين اثنين" in names


def test_delinquents_look_alike_no_incident_lists_none():
    # unnamed perpetrators only with an incident: a minister's word on deviant conduct names nobody
    names = [a.name for a in annotate("أكد الوزير أن الدولة ستتصدى لكل سلوك منحرف في الإدارة.").actors]
    assert "منحرف" not in names


def test_delinquents_look_alike_one_delinquent_is_one_person():
    # «على يد منحرف»: one person, not a group (as «أحد الخاطفين» and «لص» are not listed)
    names = [a.name for a in annotate("تعرض تلميذ إلى الطعن بسكين على يد منحرف أمام معهد بمدينة قابس.").actors]
    assert "منحرف" not in names
