"""Arabic pass 136 (tune136): injured counts and victim categories in Libyan outlet and hospital posts. Our own
sentences; each rule with a look-alike guard."""

from nlp.annotate import annotate


def test_taken_to_hospital_for_their_own_hurt():
    # «نقل ... ثمانية أشخاص ... إلى المستشفى، بعد إصابتهم بحالات اختناق»: the people counted, taken to care for their hurt
    text = ("نقل جهاز الإسعاف والطوارئ ثمانية أفراد من عائلة واحدة إلى مستشفى غريان العام، بعد إصابتهم بحالات اختناق "
            "نتيجة تسرب غاز من مدفأة في منزلهم بحي القواسم.")
    assert annotate(text).injured == 8
    text = "نقلت فرق الإسعاف سبعة من العمال إلى مستشفى ترهونة لإصابتهم بحالات اختناق بالدخان بعد حريق في مصنع."
    assert annotate(text).injured == 7


def test_taken_to_hospital_look_alike_evacuated_unhurt_counts_nobody():
    # no hurt of their own told after the people: the evacuated are no count
    text = ("نقل جهاز الإسعاف والطوارئ ثمانية أفراد من عائلة واحدة إلى منزل أقاربهم في حي القواسم بغريان، بعد تسرب غاز "
            "من مدفأة دون تسجيل إصابات.")
    assert annotate(text).injured is None


def test_second_victim_with_his_own_wound():
    # «إصابة ممرضة بجرح في الرأس، وطبيب بكسر في يده»: each told with his own wound
    text = ("اعتدى مرافقو أحد المرضى على قسم الطوارئ بمستشفى ترهونة ليلة أمس، ما أسفر عن إصابة مسعفة بجرح في الرأس "
            "استدعى خياطته، وطبيب مقيم بكسر في ذراعه.")
    assert annotate(text).injured == 2


def test_second_victim_look_alike_damage_joined_stays_one():
    # a car damaged after the wound is no second victim
    text = ("اعتدى مرافقو أحد المرضى على قسم الطوارئ بمستشفى ترهونة ليلة أمس، ما أسفر عن إصابة مسعفة بجرح في الرأس "
            "استدعى خياطته، وتحطيم زجاج سيارة الإسعاف.")
    assert annotate(text).injured == 1


def test_compound_age_before_joined_son():
    # «مزارع في الثانية والسبعين من عمره ونجله»: the son joined after a two-word age is a second victim
    text = "أصيب راع في الثانية والسبعين من عمره ونجله بجروح خطيرة إثر انفجار لغم قديم في منطقة الهيرة جنوب غريان."
    assert annotate(text).injured == 2


def test_compound_age_look_alike_alone_stays_one():
    text = "أصيب راع في الثانية والسبعين من عمره بجروح خطيرة إثر انفجار لغم قديم في منطقة الهيرة جنوب غريان."
    assert annotate(text).injured == 1


def test_hospital_speaks_then_discharge_headline_is_no_incident():
    # «مستشفى X: مغادرة خمسة جرحى بعد تماثلهم للشفاء»: the hospital speaks before the leaving word
    text = ("مستشفى غريان العام: مغادرة خمسة جرحى بعد تماثلهم للشفاء\nأعلن مستشفى غريان العام مغادرة خمسة من جرحى "
            "الاشتباكات التي شهدتها المدينة قبل أسبوعين، بعد تماثلهم للشفاء في قسم العظام. وقال مدير المستشفى إن جريحين "
            "لا يزالان يتلقيان العلاج.")
    result = annotate(text)
    assert not result.incidents
    assert result.injured is None


def test_hospital_speaks_look_alike_new_harm_before_leaving_stays():
    # a death told before the leaving word is the headline's own harm
    text = ("مستشفى غريان العام: وفاة جريح ومغادرة خمسة جرحى\nأعلن مستشفى غريان العام وفاة شاب متأثرا بجروح أصيب بها "
            "برصاص مسلحين أمس، فيما غادر خمسة جرحى آخرون المستشفى.")
    assert annotate(text).incidents


def test_one_of_counted_hurt_died():
    # «وفاة أحد أربعة مواطنين أصيبوا»: killed 1, the other three still hurt
    text = ("أعلن مستشفى ترهونة العام وفاة أحد أربعة مواطنين أصيبوا في إطلاق نار على مقهى بحي الربط مساء الخميس، بعد "
            "أن عجز الأطباء عن إيقاف النزيف.")
    result = annotate(text)
    assert result.killed == 1
    assert result.injured == 3


def test_one_of_counted_look_alike_eleven_dead_stays():
    # «أحد عشر» is eleven, and a toll without «أحد» stays whole
    text = "أعلن مستشفى ترهونة العام وفاة أربعة مواطنين أصيبوا في إطلاق نار على مقهى بحي الربط مساء الخميس."
    assert annotate(text).killed == 4


def test_wounded_captives_state_is_no_count():
    # «يطلقون النار على أربعة أسرى جرحى»: hurt before their capture, killed on the video
    text = ("إعدام أربعة أسرى جرحى قرب الشويرف\nنشر ناشطون مقطعا يظهر مسلحين وهم يطلقون النار على أربعة أسرى مصابين "
            "ومقيدين بعد معارك قرب الشويرف.")
    result = annotate(text)
    assert result.killed == 4
    assert result.injured is None


def test_wounded_captives_look_alike_captives_hurt_count():
    # captives hurt by the event itself still count
    text = "أصيب أربعة أسرى بجروح في قصف طال مقر احتجازهم قرب الشويرف، بحسب مصدر طبي."
    assert annotate(text).injured == 4


def test_batch_of_war_wounded_sent_for_care_is_no_toll():
    # «نقل أول دفعة من جرحى الحرب ... والبرنامج يشمل 90 جريحا»: a care programme, no event's toll
    text = ("بدأت وزارة الصحة نقل الدفعة الأولى من جرحى حرب 2019، وعددهم 22 جريحا، إلى مستشفيات في القاهرة. وقالت "
            "الوزارة إن البرنامج يشمل 90 جريحا على مراحل.")
    assert annotate(text).injured is None


def test_batch_look_alike_wounded_of_an_attack_count():
    text = "نقل جهاز الإسعاف 22 جريحا أصيبوا في انفجار سيارة مفخخة قرب سوق الثلاثاء إلى مستشفيات المدينة."
    assert annotate(text).injured == 22


def test_undergoing_intensive_care_is_one_hurt():
    # «يخضع شاب في الثالثة والعشرين من عمره للعناية المركزة بعد طعنه»
    text = ("يخضع شاب في العشرين من عمره للعناية المركزة في مستشفى ترهونة بعد تعرضه لطعنات على يد مجهولين في "
            "حي الربط، بحسب مصدر أمني.")
    assert annotate(text).injured == 1


def test_undergoing_look_alike_inquiry_counts_nobody():
    # «يخضع المتهم للتحقيق»: an inquiry is no care
    text = "يخضع المتهم للتحقيق في مركز شرطة ترهونة بعد ضبطه في حي الربط، بحسب مصدر أمني."
    assert annotate(text).injured is None


def test_hurt_told_ward_by_ward_are_summed():
    # «وتوزعوا: تسعة في الطوارئ، وأربعة في العظام، وثلاثة في العناية» = 16
    text = ("استقبل مستشفى غريان العام جرحى انفجار قذيفة في سوق المدينة، وتوزعوا على النحو التالي: تسعة في قسم "
            "الطوارئ، وأربعة في قسم العظام، وثلاثة في العناية الفائقة.")
    assert annotate(text).injured == 16


def test_ward_look_alike_one_number_is_no_spread():
    text = ("استقبل مستشفى غريان العام جرحى انفجار قذيفة في سوق المدينة، وتوزعوا على أقسام المستشفى، بينهم ثلاثة في "
            "العناية الفائقة.")
    assert annotate(text).injured is None  # (not 3: one number is no ward-by-ward sum)


def test_mother_with_her_own_wound_is_a_woman():
    # «ووالدته بجروح في كتفها»: the mother named with her wound is a victim
    text = ("سقطت قذيفة على منزل في حي الربط بترهونة، ما أدى إلى إصابة طفل في العاشرة بشظية في ساقه، ووالدته بجروح في "
            "كتفها.")
    assert "women" in annotate(text).incidents[0].victim_categories


def test_mother_look_alike_who_speaks_is_no_victim():
    text = "سقطت قذيفة على منزل في حي الربط بترهونة، ما أدى إلى إصابة طفل في العاشرة بشظية في ساقه، وقالت والدته إنه بخير."
    assert "women" not in annotate(text).incidents[0].victim_categories


def test_pupils_of_a_preparatory_school_are_children():
    text = ("نقلت 11 طالبة من مدرسة إعدادية في حي الربط إلى مستشفى ترهونة بعد إصابتهن بحالات اختناق جراء غاز مسيل للدموع "
            "أطلقته قوة أمنية.")
    categories = annotate(text).incidents[0].victim_categories
    assert "children" in categories and "girls" in categories


def test_pupils_look_alike_teacher_at_a_school_is_no_child():
    text = "اعتدى مجهولون بالضرب على معلمة من مدرسة إعدادية في حي الربط بترهونة ونقلت إلى المستشفى."
    assert "children" not in annotate(text).incidents[0].victim_categories


def test_medics_who_could_not_save_are_no_victims():
    # «بعد أن عجز الأطباء عن وقف النزيف»: the doctors tried to save him
    text = "توفي شاب في مستشفى ترهونة متأثرا بإصابته برصاص مسلحين أمس، بعد أن عجز الأطباء عن وقف النزيف."
    assert "medics" not in annotate(text).incidents[0].victim_categories


def test_medics_look_alike_doctors_beaten_are_victims():
    text = "اعتدى مسلحون بالضرب على الأطباء في قسم الطوارئ بمستشفى ترهونة ونقل أحدهم إلى العناية."
    assert "medics" in annotate(text).incidents[0].victim_categories
