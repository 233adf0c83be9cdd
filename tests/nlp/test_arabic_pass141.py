"""Arabic pass 141 (tune141: injured and killed counts in the Jawhara FM style): our own sentences, other names, towns
and wording; each rule has a look-alike that must keep its old answer."""

from nlp.annotate import annotate


def test_hospital_registered_cases_are_the_hurt():
    # «سجل المستشفى 14 حالة إصابة»: the cases a hospital registered after a shelling are its wounded
    text = "أكد مدير مستشفى مرزق أن المستشفى سجل 14 حالة إصابة وحالة وفاة إثر سقوط قذائف على سوق شعبي بالمدينة"
    assert annotate(text).injured == 14
    text = "وقال عميد البلدية إن مستشفى الشاطئ سجل الليلة الماضية 23 حالة إصابة جراء قصف استهدف حيا سكنيا"
    assert annotate(text).injured == 23


def test_registered_disease_cases_stay_null():
    # the look-alike: an illness's cases registered by a hospital count no wounded
    text = "أكد مصدر أن مستشفى سبها سجل منذ بداية الشهر 31 حالة إصابة بالحصبة بين الأطفال"
    assert annotate(text).injured is None
    text = "سجلت وزارة الصحة 250 حالة إصابة جديدة بفيروس كورونا خلال يوم واحد"
    assert annotate(text).injured is None


def test_a_distance_at_sea_is_no_count():
    # «على بعد خمسة أميال من السواحل»: miles, not people; the hurt are the ones taken to hospital
    text = ("انتشل خفر السواحل سبع جثث إثر غرق زورق على بعد ستة أميال من سواحل زوارة، وتم إنقاذ 30 مهاجرا نقل 8 "
            "منهم إلى المستشفى لإصابتهم بحروق")
    assert annotate(text).injured == 8


def test_distance_look_alike_people_still_counted():
    # the look-alike: with no distance in the sentence the same hurt count is read
    text = ("انتشل خفر السواحل سبع جثث إثر غرق زورق قبالة سواحل زوارة، وتم إنقاذ 30 مهاجرا نقل 8 منهم إلى "
            "المستشفى لإصابتهم بحروق")
    assert annotate(text).injured == 8


def test_fighters_of_a_named_force_with_their_own_verb():
    # «ستة من مقاتلي قوات X قتلوا وأصيب تسعة آخرون»: the force's name between the members and their verb
    text = "أفاد مصدر عسكري أن ستة من مقاتلي قوات درع الوسطى قتلوا وأصيب تسعة آخرون في معارك قرب هراوة"
    annotation = annotate(text)
    assert annotation.killed == 6
    assert annotation.injured == 9
    text = "أفاد مصدر أن أربعة من عناصر الكتيبة قتلوا وأصيب آخرون في اشتباكات جنوب طرابلس"
    assert annotate(text).killed == 4


def test_members_look_alike_object_of_the_killers():
    # the look-alike: members named as the object after an active verb keep their count
    text = "قتل مسلحون ثلاثة من عناصر الكتيبة وأصيب مدني في اشتباك قرب العجيلات"
    annotation = annotate(text)
    assert annotation.killed == 3
    assert annotation.injured == 1


def test_kin_of_one_wounded_speaking_is_no_count():
    # «قال شقيق أحد المصابين إن ...»: the speaker's kin noun and «أحد» count nobody; the toll he tells does
    text = ("قال شقيق أحد المصابين في تصريح اليوم إن قذيفة سقطت على منزل بحي الأندلس، ما أدى إلى إصابة طفلين "
            "بجروح في الرأس")
    assert annotate(text).injured == 2


def test_one_of_the_wounded_look_alike():
    # the look-alike: «وفاة أحد الجرحى» is a death, not a speaker
    text = "أعلن المستشفى وفاة أحد الجرحى الثلاثة متأثرا بإصابته في انفجار سيارة مفخخة بدرنة"
    annotation = annotate(text)
    assert annotation.killed == 1


def test_grandfather_with_the_article_is_one_victim():
    # «توفي الجد»: a grandfather named with the article is one dead, as «الأب»
    text = "أصيب أربعة أفراد من عائلة واحدة بالاختناق بالغاز في منزلهم بالقصرين، في حين توفي الجد قبل نقله إلى المستشفى"
    assert annotate(text).killed == 1
    text = "توفيت الجدة البالغة من العمر 81 سنة متأثرة بحروقها في حريق شب بمنزلها"
    assert annotate(text).killed == 1


def test_tunisian_jadda_took_place_is_no_victim():
    # the look-alike: the bare «جد» is the verb "took place" in Tunisian news
    text = "حادث مرور جد صباح اليوم بالطريق الجهوية دون تسجيل أضرار بشرية"
    annotation = annotate(text)
    assert annotation.killed is None
    assert annotation.injured is None


def test_players_out_injured_are_no_casualties():
    # sport: «غياب أربعة لاعبين مصابين» is no casualty event (the guide: players out injured, null counts)
    text = "الاتحاد المنستيري: أربعة لاعبين مصابين قبل سفرة الجزائر"
    annotation = annotate(text)
    assert annotation.injured is None
    assert not annotation.is_incident


def test_hurt_young_men_look_alike_still_counted():
    # the look-alike: young men hurt in a fight keep their count
    text = "نقل أربعة شبان مصابين بجروح إلى المستشفى إثر شجار بالسكاكين في حي التضامن"
    assert annotate(text).injured == 4
