"""Arabic pass 96 (tune96, Libyan dialect posts: counts, victim categories, the incident decision): our own sentences,
other names, towns and wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def test_dialect_passive_of_one_hurt():
    # «تصاوبت / اتصاوب» + the means: one hurt, as «أصيبت برصاصة»
    text = "ممرض راجع من المناوبة اتصاوب برصاصة طايشة في كتفه قدام مستوصف الحي في سوق الجمعة"
    assert annotate(text).injured == 1
    text = "طاحت رصاصة عشوائية على سطح الحوش في غريان وتصاوبت بنية صغيرة بشظية في يدها"
    assert annotate(text).injured == 1


def test_dialect_passive_with_a_number_after_keeps_the_number():
    # the look-alike: a number after the verb is read first; the plural verb is no one
    text = "اتصاوبوا تلاتة شباب برصاص طايش في سرت البارح"
    assert annotate(text).injured == 3
    text = "مسلحين رموهم بالرصاص قدام دكانهم في غريان، ماتوا زوز"
    assert annotate(text).killed == 2


def test_elder_title_and_dialect_woman_as_subject():
    # «أصيبت الحاجة ...», «تصاوبت الحرمة»: the elder's title or the definite Libyan word for a woman is the one hurt
    text = "رصاصة طايشة دخلت من الشباك وأصيبت الحاجة مبروكة في يدها وهي تطيب في المطبخ في غريان"
    assert annotate(text).injured == 1
    text = "قذيفة طاحت على حوش في أبوسليم وتصاوبت الحرمة في رجلها ونقلوها للمستشفى"
    assert annotate(text).injured == 1


def test_sanctity_is_no_woman():
    # «حرمة» is also "sanctity" in MSA: no one hurt is counted from it
    text = "ندد المجلس البلدي باقتحام مسلحين لمسجد في سبها وانتهاك حرمته"
    assert annotate(text).injured is None


def test_dialect_death_verbs_of_one():
    # «وتوفت» (Libyan for «وتوفيت») after the wound: the one hurt died; «ورموه بالرصاص» (shot him): one dead
    text = "طفلة صغيرة تصاوبت برصاصة طايشة في عرس في سرت وتوفت في المستشفى"
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (1, None)
    text = "مسلحين وقفوا الشاب عمر قدام دكانه في غريان ورموه بالرصاص، مات قبل ما يوصل الإسعاف"
    assert annotate(text).killed == 1


def test_dialect_death_verb_lookalike_plural():
    # «ماتوا» stays the plural: a count after it is read, not one
    text = "قذيفة طاحت على حوش في الهضبة ماتوا فيها أربعة من عيلة وحدة"
    assert annotate(text).killed == 4


def test_dialect_kin_joined_to_the_first_hurt():
    # «الراجل ومرته وبنتهم», «الأب وبنته»: the Libyan kin words joined by «و» are more hurt
    text = "مسلحين على بوابة في ورشفانة رموا على سيارة ما وقفتش، تصاوب الراجل ومرته وبنتهم ونقلوهم للمستشفى"
    assert annotate(text).injured == 3
    text = "لصوص هجموا على حوش في تاجوراء بالسكاكين، تصاوب الأب وبنته وسرقوا الذهب"
    assert annotate(text).injured == 2


def test_dialect_driver_and_medic_joined():
    # «السواق والمسعف»: two definite victims joined
    text = "سيارة إسعاف تعرضت لرماية في العزيزية، تصاوب السواق والمسعف وهم ينقلوا في مريض"
    assert annotate(text).injured == 2


def test_dialect_ordinal_third_one_hurt():
    # «وإصابة تالت»: the Libyan «ثالث», one more hurt (an accident keeps its counts)
    text = "وفاة زوز شباب وإصابة تالت في حادث سير على طريق المطار في سبها"
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (2, 1)


def test_students_counted_by_a_number():
    # «طلبة»: the plural of «طالب», counted by a number before the wounded adjective
    text = "قذيفة طاحت قدام مدرسة في عين زارة، 6 طلبة مصابين نقلوهم للمستشفى"
    assert annotate(text).injured == 6


def test_years_since_in_dialect_is_an_anniversary():
    # «تمر اليوم N سنين على اغتيال»: the plural «سنين», as «سنوات على»
    text = "تمر اليوم 4 سنين على اغتيال المحامي فرج في سرت، ربي يرحمه"
    assert not annotate(text).is_incident


def test_assassination_told_now_is_still_an_incident():
    # the look-alike: the killing itself
    text = "اغتيال المحامي فرج برصاص مسلحين قدام مكتبه في سرت"
    assert annotate(text).is_incident


def test_electrocution_in_dialect_is_an_accident():
    # «مات مصعوق», «ضربته الكهرباء»: an accident, no incident; the count stays
    text = "عامل مات مصعوق وهو يصلح في عمود ضي في سوق الثلاثاء. الله يرحمه"
    annotation = annotate(text)
    assert not annotation.is_incident
    assert annotation.killed == 1
    text = "توفي شاب في هون بعد ما ضربته الكهرباء وهو يركب في مولد"
    assert not annotate(text).is_incident


def test_beaten_shopkeeper_stays_an_incident():
    # the look-alike: a beating (not electricity) stays an incident
    text = "مسلحين ضربوه لصاحب المحل في هون وخذوا فلوسه، ونقلوه للمستشفى"
    assert annotate(text).is_incident


def test_lost_brakes_is_a_road_accident():
    # «شاحنة فقدت الفرامل»: a road accident, no incident; its hurt keep their count
    text = "حادث على طريق الشويرف، شاحنة فقدت الفرامل ودخلت في 3 سيارات، اتصاوبوا 5 بينهم طفل"
    annotation = annotate(text)
    assert not annotation.is_incident
    assert annotation.injured == 5


def test_one_bather_drowned_is_an_accident():
    # «جثة صياد غرق», «غرق شاب في شاطئ»: one person drowned, no boat, no migrants: an accident with its count
    text = "طلعوا اليوم جثة شاب غرق في البحر وهو يعوم قرب شط تاجوراء. الله يرحمه."
    annotation = annotate(text)
    assert not annotation.is_incident
    assert annotation.killed == 1


def test_migrant_drowned_stays_an_incident():
    # the look-alike: a migrant drowned off the coast stays an incident
    text = "غرق مهاجر قبالة سواحل الخمس وانتشال جثته من قبل خفر السواحل"
    assert annotate(text).is_incident


def test_dialect_brother_hurt_beside_the_dead():
    # «وتصاوب خوها»: the Libyan «her brother», one hurt beside the one dead
    text = "طاحت قذيفة على حوش في الفرناج وماتت طفلة عمرها 9 سنين وتصاوب خوها الصغير"
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (1, 1)


def test_blow_with_a_knife_on_one_woman():
    # «اللي ضربها راجلها بالسكين»: a knife's blow on one woman, the striker between; «الحرمة» is a woman victim
    text = "الحرمة اللي طعنها طليقها بالسكين في قرقارش نقلوها للعناية"
    annotation = annotate(text)
    assert annotation.is_incident
    assert "women" in annotation.victim_categories()


def test_appeal_is_no_stabbing():
    # the look-alike: «طعنه» is also an appeal against a ruling
    text = "قبلت المحكمة العليا طعنه في حكم السجن الصادر ضده في سبها"
    assert not annotate(text).is_incident


def test_exposed_to_stabbing_is_one_hurt():
    # «تعرض للطعن»: stabbed, one hurt
    text = "شاب من غريان تعرض للطعن في تونس العاصمة من لصوص سرقوا محفظته ونقل للمستشفى"
    annotation = annotate(text)
    assert annotation.is_incident
    assert annotation.injured == 1


def test_shell_on_a_libyan_house_is_an_attack_on_property():
    # «قذيفة طاحت على حوش»: the Libyan «house»; nobody hurt («ما فيش مصابين»): property only, no injury
    text = "قذيفة طاحت على حوش في حي الزهور الليلة، والحمد لله ما فيش مصابين"
    annotation = annotate(text)
    assert annotation.is_incident
    assert {i.type for i in annotation.incidents} == {"attack_on_property_or_infrastructure"}


def test_no_one_hurt_in_dialect_does_not_clear_a_told_hurt():
    # the look-alike: a shell that hurt two stays an injury
    text = "قذيفة طاحت على حوش في حي الزهور الليلة وتصاوبوا زوز صغار"
    assert "injury" in {i.type for i in annotate(text).incidents}


def test_woman_teacher_among_the_hurt():
    # «وأستاذة»: a woman teacher among the hurt is a woman
    text = "قذيفة طاحت قدام مدرسة في قصر بن غشير، تصاوبوا 4 تلاميذ وأستاذة"
    annotation = annotate(text)
    assert "women" in annotation.victim_categories()
    assert annotation.injured == 5


def test_beating_in_front_of_a_house_is_no_attack_on_it():
    # «قدام حوشه» (in front of his house): where the beating fell on a man, not a house hit
    text = "الحاج مفتاح عمره 75 سنة تعدوا عليه زوز شبان بالضرب قدام حوشه في الكيش وخذوا فلوسه"
    assert {i.type for i in annotate(text).incidents} != {"attack_on_property_or_infrastructure"}


def test_rocket_on_a_house_stays_an_attack_on_property():
    # the look-alike: a rocket that hit a house (no one hurt) is an attack on it
    text = "صاروخ أصاب حوش عيلة في تاجوراء الليلة والحمد لله ما فيش مصابين"
    assert {i.type for i in annotate(text).incidents} == {"attack_on_property_or_infrastructure"}


def test_dialect_wife_joined_to_the_hurt_man_is_a_woman():
    # «تصاوب الراجل ومرته»: the Libyan passive, then the man and his wife
    text = "مسلحين رموا على سيارة في الطريق الساحلي قرب صرمان، تصاوب الراجل ومرته ونقلوهم للمستشفى"
    annotation = annotate(text)
    assert "women" in annotation.victim_categories()
    assert annotation.injured == 2


def test_dialect_man_beaten_is_a_civilian_victim_elderly_by_age():
    # «ضرب راجل عمره 72 سنة» and taken to hospital: «راجل» (the Libyan «man») is a civilian victim; elderly by the age
    text = "عسكري في بوابة ضرب راجل عمره 72 سنة قدام الناس في الأبيار ونقلوه للمستشفى"
    annotation = annotate(text)
    assert annotation.is_incident
    assert "elderly" in annotation.victim_categories()
    # the look-alike: no age told, no elderly
    text = "عسكري في بوابة ضرب راجل قدام الناس في الأبيار ونقلوه للمستشفى"
    assert "elderly" not in annotate(text).victim_categories()


def test_foreign_driver_in_dialect_is_a_migrant():
    # «سواق شاحنة نيجري»: the Libyan «driver», his truck, then his nationality
    text = "على بوابة في الشويرف شدوا سواق شاحنة نيجري وضربوه وخذوا فلوسه ونقلوه للمستشفى"
    assert "migrants" in annotate(text).victim_categories()


def test_workers_of_them_of_a_nationality_are_migrants():
    # «عمال ... منهم سودانيين»: «منهم» points back to the workers named before
    text = "لغم انفجر في عمال يصلحوا في طريق في عين زارة، ماتوا زوز منهم مصريين وتصاوب واحد"
    assert "migrants" in annotate(text).victim_categories()
    # the look-alike: Egyptians named with no workers before are no migrant workers
    text = "قذيفة طاحت على حوش في العريش ماتوا فيها تلاتة، زوز منهم مصريين"
    assert "migrants" not in annotate(text).victim_categories()


def test_wife_beside_a_daughter_is_a_woman():
    # «تصاوب الراجل ومرته وبنتهم»: the daughter is a girl, the wife still a woman
    text = "مسلحين في بوابة رموا على سيارة قرب العجيلات، تصاوب الراجل ومرته وبنتهم عمرها 12 سنة"
    assert {"women", "girls"} <= set(annotate(text).victim_categories())
    # the look-alike: a man and his daughter: no woman
    text = "مسلحين في بوابة رموا على سيارة قرب العجيلات، تصاوب الراجل وبنته عمرها 12 سنة"
    assert "women" not in annotate(text).victim_categories()



def test_family_listed_before_the_plural_verb():
    # «الأب والأم وتلاتة صغار ماتوا»: the father and the mother listed before the joined number, all the verb's subject
    text = "قذيفة طاحت على حوش في سوق الجمعة الليلة: الأب والأم وزوز صغار ماتوا، الله يرحمهم"
    assert annotate(text).killed == 4
    text = "سقط صاروخ على منزل في ترهونة، الأب وابنه وأربعة أطفال قتلوا"
    assert annotate(text).killed == 6


def test_people_before_a_number_are_no_listed_victims():
    # the look-alike: «أهالي الحي» is no victim counted one by one
    text = "أهالي الحي وثلاثة أطفال أصيبوا في القصف على الهضبة"
    assert annotate(text).injured == 3


def test_beaten_participle_with_care_counts_the_group():
    # «3 مهاجرين أفارقة مضروبين ضرب شديد» then taken to hospital: the beaten group is hurt (care stated)
    text = "فريق الإسعاف استلم 3 مهاجرين أفارقة مضروبين ضرب شديد قرب العجيلات. نقلناهم لمستشفى صبراتة."
    assert annotate(text).injured == 3


def test_beaten_participle_without_care_counts_nobody():
    # the look-alike: a beating with no wound or care stated counts nobody hurt (settled answers)
    text = "شافوا 3 مهاجرين مضروبين ضرب شديد قرب العجيلات"
    assert annotate(text).injured is None


def test_one_of_them_died_and_the_other_lost_a_leg_in_dialect():
    # «واحد مات والتاني بترولوا رجله»: the Libyan «one (of them)» before «مات», and «they cut off his leg»
    text = "قذيفة قديمة انفجرت في زوز رعاة قرب بني وليد، واحد مات والتاني بترولوا رجله في المستشفى"
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (1, 1)


def test_one_person_counted_by_a_number_word_is_not_read_twice():
    # the look-alike: «شخص واحد» after the verb stays one
    text = "مات شخص واحد وتصاوب تلاتة في قذيفة على سوق في سبها"
    assert annotate(text).killed == 1


def test_victim_before_the_stabbing_exposure_is_one_hurt():
    # «طالب ليبي من الزاوية تعرض للطعن»: the indefinite victim, his nisba and town, then the exposure
    text = "طالب ليبي من مصراتة تعرض للطعن في القاهرة من لصوص، وهو الحين في المستشفى"
    assert annotate(text).injured == 1


def test_stabbing_exposure_beside_a_killing_is_the_death_s_means():
    # the look-alike: the stabs of a man killed are no second harm, nobody injured
    text = "مقتل شاب ليبي من مصراتة تعرض للطعن في القاهرة على يد لصوص"
    annotation = annotate(text)
    assert {i.type for i in annotation.incidents} == {"killing"}
    assert (annotation.killed, annotation.injured) == (1, None)


def test_red_crescent_that_carried_the_hurt_is_no_victim():
    # «وصلها الهلال الأحمر للمستشفى»: the body that carried her, not a medic harmed
    text = "مهربين ضربوا مهاجرين على الشط في صبراتة، ووحدة منهم حرمة حامل طاحت، نقلها الهلال الأحمر للمستشفى"
    assert "medics" not in annotate(text).victim_categories()
    # the look-alike: a Red Crescent crew fired on is medics
    text = "مسلحين رموا على سيارة الهلال الأحمر في غريان وتصاوب مسعف"
    assert "medics" in annotate(text).victim_categories()


def test_and_written_apart_joins_a_second_group():
    # «مات 3 من المسلحين و طفل»: the «و» written apart still joins one more victim (3 + 1)
    text = "اشتباكات في حي القرضة، ماتوا 2 من المسلحين و طفل كان راجع من المدرسة"
    assert annotate(text).killed == 3
    # the look-alike: a verb after the apart «و» opens another clause
    text = "قتل 3 مدنيين و اعتقل 5 في قصف على سوق في سبها"
    assert annotate(text).killed == 3


def test_kin_joined_in_intensive_care_is_one_hurt():
    # «وبنتهم الكبيرة في العناية», «وابنه في العناية المركزة»: one of the family in intensive care, no verb
    text = "قذيفة طاحت على حوش في سوق الجمعة، الأب مات وبنته الصغيرة في العناية"
    assert annotate(text).injured == 1
    text = "قتل رجل في قصف على منزله في الهضبة، وابنه في العناية المركزة"
    assert (annotate(text).killed, annotate(text).injured) == (1, 1)


def test_staff_working_in_intensive_care_are_not_hurt():
    # the look-alike: the ward where staff work, with a harm elsewhere in the sentence, no one joined in it
    text = "قتل رجل في قصف على منزله في الهضبة، والأطباء في العناية المركزة يعملون بلا توقف"
    assert annotate(text).injured is None
