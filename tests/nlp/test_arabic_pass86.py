"""Arabic pass 86 (tune86, short news and posts: injured and killed counts): our own sentences, other names and places;
each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def test_casualties_with_a_share_of_death_cases():
    # «سبع إصابات بينها ثلاث حالات وفاة»: the casualties are the dead and the hurt together (killed 3, injured 4)
    text = "أسفر إطلاق نار على حفل زفاف في ترهونة مساء الخميس عن سبع إصابات، بينها ثلاث حالات وفاة، وفق مستشفى ترهونة."
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (3, 4)
    text = "سقوط قذيفة على منزل في الهضبة يخلف أربع إصابات منها حالة وفاة"
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (1, 3)


def test_casualties_and_deaths_told_apart_keep_both():
    # two separate counts («ستة جرحى وحالتا وفاة»): no share, both stand
    text = "أسفر إطلاق نار على حفل زفاف في ترهونة مساء الخميس عن ستة جرحى وحالتي وفاة، وفق مستشفى ترهونة."
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (2, 6)


def test_one_of_a_hurt_group_died():
    # «وفاة فتى من أربعة شبان أصيبوا»: one of four hurt died (killed 1, injured 3), not four dead
    text = "وفاة فتى من أربعة شبان أصيبوا بانفجار قذيفة في حي السلماني ببنغازي"
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (1, 3)


def test_one_of_a_hurt_group_died_lookalike():
    # a toll of four dead stays four
    text = "مقتل أربعة شبان بانفجار قذيفة في حي السلماني ببنغازي"
    assert annotate(text).killed == 4


def test_toll_of_dead_and_hurt_together_counts_neither():
    # «17 ضحية ما بين قتيل وجريح»: one figure for the dead and the hurt
    text = "أدى القصف العشوائي على حي الأندلس إلى سقوط 17 ضحية ما بين قتيل ومصاب، بحسب جهاز الإسعاف."
    annotation = annotate(text)
    assert annotation.is_incident
    assert (annotation.killed, annotation.injured) == (None, None)
    # look-alike: a toll of the dead alone stays
    text = "أدى القصف العشوائي على حي الأندلس إلى سقوط 17 قتيلا، بحسب جهاز الإسعاف."
    assert annotate(text).killed == 17


def test_figure_since_the_fighting_ended_is_a_tally():
    # remnants' victims counted since the war ended: a statistic, no incident and no count
    text = "قال مركز مكافحة الألغام إن 31 مدنيا أصيبوا بانفجار مخلفات الحرب في أحياء درنة منذ انتهاء الحرب في المدينة."
    annotation = annotate(text)
    assert not annotation.is_incident
    assert annotation.injured is None
    # look-alike: a toll since clashes began is an ongoing event's
    text = "ارتفع عدد القتلى المدنيين في مدينة غريان إلى 12 منذ بداية الاشتباكات صباح الاثنين."
    assert annotate(text).is_incident


def test_many_accidents_over_months_count_nobody():
    # «شهد 240 حادثا خلال أربعة أشهر»: a road statistic, no injured count
    text = ("قال مكتب المرور في بني وليد إن الطريق بين بني وليد وترهونة شهد 240 حادثا خلال أربعة أشهر "
            "نتج عنها 27 وفاة و310 إصابة.")
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (None, None)


def test_inquiry_into_last_months_clashes_is_no_incident():
    text = ("كلف وزير العدل لجنة بالتحقيق في المواجهات التي عرفتها منطقة قصر بن غشير الأسبوع الماضي "
            "وأسفرت عن سقوط 9 جرحى.")
    annotation = annotate(text)
    assert not annotation.is_incident
    assert annotation.injured is None


def test_inquiry_into_todays_attack_keeps_it():
    # look-alike: the attack told with its inquiry, no past date: the event stays
    text = "فتحت النيابة تحقيقا في الهجوم الذي استهدف سوقا في سبها اليوم وأسفر عن سقوط 9 جرحى."
    annotation = annotate(text)
    assert annotation.is_incident
    assert annotation.injured == 9


def test_went_to_suicide_counts_one_dead():
    # «أقدمت سيدة ... على الانتحار»: no incident, one dead (a suicide keeps its count)
    text = "أقدمت سيدة في الأربعين من عمرها على الانتحار داخل شقتها في حي الأندلس بطرابلس مساء الاثنين."
    annotation = annotate(text)
    assert not annotation.is_incident
    assert annotation.killed == 1
    # look-alike: an attempt counts nobody
    text = "أقدمت سيدة على محاولة الانتحار داخل شقتها في حي الأندلس بطرابلس مساء الاثنين."
    assert annotate(text).killed is None


def test_limb_lost_is_one_hurt():
    # «فقدت طفلة ساقها في انفجار لغم»: a limb lost is an injury of one
    text = "فقدت طفلة ساقها اليسرى في انفجار جسم غريب قرب مدرستها في منطقة صلاح الدين جنوب طرابلس."
    annotation = annotate(text)
    assert annotation.is_incident
    assert annotation.injured == 1
    # look-alike: a family losing its son names no wound
    text = "فقدت عائلة في مصراتة ابنها الأكبر في حادث سير على الطريق الساحلي."
    assert annotate(text).injured is None


def test_second_group_after_whose_body_is_added():
    # «أربعة جرحى من منتسبي الجهاز وخمسة من سكان الحي»: two numbers of one event are added (the guide: 9)
    text = ("قال مستشفى غريان إنه استقبل أربعة جرحى من منتسبي جهاز الأمن العام وخمسة من سكان الحي، "
            "إثر اشتباكات اندلعت مساء الجمعة.")
    assert annotate(text).injured == 9
    # look-alike: a group's body with no second number stays one count
    text = "قال مستشفى غريان إنه استقبل خمسة جرحى من عناصر جهاز الأمن العام، إثر اشتباكات اندلعت مساء الجمعة."
    assert annotate(text).injured == 5


def test_warning_participle_scopes_a_feared_attack():
    # «محذرا من ... إذا تكررت الاعتداءات»: feared attacks, no incident
    text = ("طالب اتحاد الممرضين وزارة الصحة بحماية العاملين في مستشفى الجلاء، محذرا من التوقف عن العمل "
            "إذا تكررت الاعتداءات على الممرضين.")
    assert not annotate(text).is_incident
    # look-alike: an assault told before the warning stays
    text = ("اعتدى مرافقو مريض بالضرب على ممرضين في مستشفى الجلاء ما أدى إلى إصابتهما بكدمات، "
            "محذرا الاتحاد من التوقف عن العمل.")
    assert annotate(text).is_incident


def test_march_is_no_phenomenon():
    # «تظاهرة» (a march) was read as the `general` cue «ظاهرة» (a phenomenon): the march's wounded were dropped
    text = "أصيب سبعة أشخاص عندما أطلق ملثمون الرصاص لتفريق تظاهرة للمعلمين أمام مقر الحكومة في البيضاء مساء الأحد."
    annotation = annotate(text)
    assert annotation.is_incident
    assert annotation.injured == 7
    # look-alike: talk of a phenomenon stays no incident
    text = "ناقشت ندوة في البيضاء تصاعد ظاهرة العنف ضد النساء في المدن الليبية خلال السنوات الأخيرة."
    assert not annotate(text).is_incident


def test_gunmen_before_an_assault_verb_are_no_victims():
    # «ملثمون يعتدون بالضرب على ...»: the gunmen do the assault; the headline's harm is not theirs
    text = "مسلحون يعتدون بالضرب على معلمين داخل مدرسة في غدامس"
    assert annotate(text).victim_status != "combatant"
    # look-alike: gunmen killed in a clash stay fighters
    text = "مقتل ثلاثة مسلحين في اشتباك مع دورية أمنية قرب غدامس"
    assert annotate(text).victim_status == "combatant"


def test_feminine_duals_are_women():
    # «أصيبت طبيبتان»: two women doctors; the masculine dual stays medics only
    annotation = annotate("أصيبت طبيبتان بجروح جراء سقوط قذيفة قرب مستشفى الهواري في بنغازي مساء الخميس.")
    assert "women" in annotation.victim_categories()
    annotation = annotate("أصيب طبيبان بجروح جراء سقوط قذيفة قرب مستشفى الهواري في بنغازي مساء الخميس.")
    assert "women" not in annotation.victim_categories()


def test_unknown_doer_is_an_actor():
    # «رمى مجهول عبوة», «على يد مجهول»: the singular «مجهول» as the doer is an unnamed perpetrator
    text = "أصيبت امرأة وطفلها بشظايا عندما رمى مجهول عبوة ناسفة على منزلهم في حي الفويهات ببنغازي."
    assert "مجهول" in [a.name for a in annotate(text).actors]
    text = "نقل شاب إلى المستشفى بعد تعرضه للطعن على يد مجهول في سوق الثلاثاء بطرابلس."
    assert "مجهول" in [a.name for a in annotate(text).actors]
    # look-alikes: an adjective, a construct and the legal «ضد مجهول» name nobody
    for text in ("عثر الأهالي على جثة رجل مجهول الهوية قرب وادي الحي في غريان.",
                 "سجلت الشرطة قضية ضد مجهول بعد سرقة سيارة إسعاف في سبها.",
                 "اقتاد مسلحون الناشط إلى مكان مجهول في طرابلس."):
        assert "مجهول" not in [a.name for a in annotate(text).actors]


def test_one_of_two_wounded_died():
    # «توفيت إحدى الجريحتين»: one of the two wounded died, the other still hurt (killed 1, injured 1)
    annotation = annotate("توفيت اليوم إحدى الجريحتين متأثرة بجراحها بعد إطلاق النار على حفل في ضواحي ترهونة.")
    assert (annotation.killed, annotation.injured) == (1, 1)
    # look-alike: one dead of his wounds, no pair named
    annotation = annotate("توفي شاب متأثرا بجراحه بعد إطلاق النار على حفل في ضواحي ترهونة.")
    assert (annotation.killed, annotation.injured) == (1, None)


def test_hurt_told_by_care_beside_an_attack_on_a_home_are_an_injury():
    # «نقل أربعة أطفال إلى المستشفى إثر سقوط قذيفة على منزلهم»: the harm is an injury, not the house
    text = "نقل أربعة أطفال إلى مستشفى الخضراء إثر سقوط قذيفة على منزلهم في حي الهضبة بطرابلس مساء السبت."
    annotation = annotate(text)
    assert annotation.injured == 4
    assert {i.type for i in annotation.incidents} == {"injury"}
    # look-alike: a shell on a home with nobody hurt stays an attack on property
    text = "سقطت قذيفة على منزل في حي الهضبة بطرابلس مساء السبت دون تسجيل إصابات."
    assert {i.type for i in annotate(text).incidents} == {"attack_on_property_or_infrastructure"}
