"""Arabic pass 128 (tune128: counts in short dialect posts): our own sentences, other names, towns and wording; each
rule has a look-alike that must not change."""

from nlp.annotate import annotate


def test_bare_number_before_plural_hurt_verb_after_a_death_clause():
    # «زوز ماتوا وخمسة انصابوا»: in a family's post the number of the hurt stands alone before their plural verb
    text = "صفحة حي الأندلس: اثنين من عيال الشارع ماتوا وخمسة انصابوا بعد ما قذيفة طاحت على حوش في غريان"
    result = annotate(text)
    assert result.injured == 5
    text = "ثلاثة من الجيران توفوا واربعة تصاوبوا لما طاحت قذيفة على السوق في ترهونة"
    assert annotate(text).injured == 4


def test_bare_number_look_alike_day_before_plural_verb_stays():
    # a date or a day before the verb is no count: «يوم 5 انصابوا» counts nothing new
    text = "صار ضرب نار في الحي يوم 5 وانصابوا ناس كثير، ربي يستر"
    assert annotate(text).injured is None


def test_shell_on_a_pitch_is_no_sport_news():
    # «قذيفة طاحت على ملعب»: the pitch is where the shell fell, not a match's news
    text = "اثنين من شباب الحي ماتوا بعد ما قذيفة طاحت على ملعب في غريان وقت ما كانوا يلعبوا"
    result = annotate(text)
    assert result.incidents
    assert result.killed == 2


def test_match_look_alike_stays_sport():
    text = "إصابة لاعب الأهلي في الركبة خلال المباراة على ملعب طرابلس الدولي وغيابه عن الملاعب شهرا"
    assert not annotate(text).incidents


def test_found_with_one_object_pronoun_killed():
    # «لقوه مقتول», «لقيناها مقتولة», «لقوه مذبوح»: one found killed, as «لقيناه ميت» (a finding verb with «him / her»)
    text = "الشاب فرج الزوي اللي غاب من ثلاث أيام لقوه مقتول الصبح في وادي قرب ترهونة، الله يرحمه"
    assert annotate(text).killed == 1
    text = "خالتي اللي كانت ساكنة وحدها في الهضبة لقيناها مقتولة في حوشها، حسبي الله"
    assert annotate(text).killed == 1


def test_found_alive_look_alike_counts_nobody():
    # found alive and well: no dead state, no count
    text = "الشاب فرج الزوي اللي غاب من ثلاث أيام لقوه سالم الصبح في وادي قرب ترهونة، الحمد لله"
    assert annotate(text).killed is None


def test_aunt_or_uncle_hurt_is_one_victim():
    # «وانصابت خالتها», «قتلوا عمها»: an aunt or an uncle named by kin in a family's post is one victim
    text = "ضرب نار في حفلة في الأصابعة وانصابت عمتها في رجلها وجابوها للمستشفى"
    assert annotate(text).injured == 1
    text = "مسلحين هجموا على حوش في صرمان وقتلوا خالها قدام الصغار"
    assert annotate(text).killed == 1


def test_kin_look_alike_free_of_injuries_counts_nobody():
    # «خالية من الإصابات», «عمّ الهدوء»: free of, prevailed; no kin
    text = "عم الهدوء في الأصابعة بعد اشتباكات أمس والمدينة خالية من الإصابات حسب المستشفى"
    assert annotate(text).injured is None


def test_girl_named_by_the_dialect_word_is_one_victim():
    # «قتل بنية عمرها 9 سنين», «لقوا جثة بنت»: the Libyan word for a girl (and its diminutive) is one victim
    text = "رصاصة طايشة في عرس في الأبيار قتلت بنية عمرها 9 سنين كانت تلعب في الحوش"
    assert annotate(text).killed == 1
    text = "لقوا جثة بنت صغيرة في وادي قرب بني وليد الصبح"
    assert annotate(text).killed == 1


def test_infrastructure_look_alike_counts_nobody():
    # «البنية التحتية»: the infrastructure hit, no girl
    text = "أصابت القذائف البنية التحتية في الأبيار وتضررت شبكة المياه"
    assert annotate(text).killed is None
    assert annotate(text).injured is None


def test_one_of_the_counted_wounded_died_leaves_the_others_hurt():
    # «استقبلنا 5 مصابين ... وتوفي أحد المصابين»: the settled answer, three wounded and one later died = killed 1,
    # injured 2; here five wounded, one died: killed 1, injured 4
    text = "مركز غريان الطبي: استقبلنا 5 مصابين من إطلاق النار على مقهى أمس، وتوفي أحد المصابين متأثرا بجراحه."
    result = annotate(text)
    assert result.killed == 1
    assert result.injured == 4


def test_one_wounded_died_look_alike_rising_toll_stays():
    # a toll that rises with the death of one of the wounded keeps the dead it states; the single hurt is the dead
    text = "ارتفع عدد القتلى إلى أربعة بعد وفاة أحد المصابين في قصف حي السلماني ببنغازي"
    result = annotate(text)
    assert result.killed == 4
    assert result.injured is None


def test_exposed_to_a_stabbing_without_article():
    # «تعرضت لطعن بسكين»: the exposure to a stabbing, as «تعرضت للطعن»
    text = "المدونة هند الفيتوري تعرضت لطعن بسكين قدام بيتها في سبها وهي توا في العناية"
    assert annotate(text).incidents
    text = "تعرض سائق تاكسي لطعن في ظهره من مجهولين في مصراتة ونقل إلى المستشفى"
    assert annotate(text).injured == 1


def test_stabbing_look_alike_appeal_against_a_ruling_stays():
    # «الطعن في الحكم»: an appeal against a ruling, no stab
    text = "تقدم محامي المتهم بطعن في الحكم أمام محكمة استئناف مصراتة"
    assert not annotate(text).incidents


def test_stray_round_fell_on_someone():
    # «عيار طايش نزل على راس شاب»: a stray round that fell on someone hit him (celebratory fire that wounds is an
    # incident, the settled answer)
    text = "في فرح في الحي الجامعي عيار طايش نزل على راس راجل واقف قدام الدكان، جابوه للمستشفى وحالته خطيرة #الخمس"
    assert {i.type for i in annotate(text).incidents} >= {"injury"}


def test_stray_round_look_alike_on_a_roof_hurts_nobody():
    text = "عيار طايش نزل على سقف الدكان في الخمس وما فيش حد انصاب الحمد لله"
    assert annotate(text).injured is None
    assert not annotate(text).incidents


def test_nobody_hurt_told_with_the_dialect_verb():
    # «ما فيه حد انصاب»: nobody was hurt (a blast or gunfire that hurt nobody is no injury)
    text = "انفجرت أسطوانة غاز في مطعم في شارع عمر المختار في درنة والحمد لله ما فيه حد انصاب"
    assert not annotate(text).incidents
    text = "رماية عشوائية في الحي الليلة في ترهونة والحمد لله ما فيش حد انصاب"
    assert not annotate(text).incidents


def test_nobody_hurt_look_alike_someone_hurt_stays():
    text = "رماية عشوائية في الحي الليلة في ترهونة وانصاب شاب في رجله وجابوه للمستشفى"
    assert annotate(text).incidents


def test_threats_before_the_act_are_its_background():
    # «تعرضت لطعن ... بعد تهديدات وصلتها»: threats that came before the stabbing, no harm merely threatened
    text = "المحامية نوال الدرسي تعرضت لطعن بسكين قدام مكتبها في البيضاء بعد تهديدات وصلتها على الواتساب"
    assert annotate(text).incidents


def test_threats_look_alike_alone_stay_no_incident():
    text = "المحامية نوال الدرسي تقول إنها تلقت تهديدات بالقتل على الواتساب في البيضاء"
    assert not annotate(text).incidents


def test_trial_look_alike_retelling_the_find_counts_nobody():
    # a trial story retells its victim's find in MSA («وكان قد عثر عليه مقتولا»): no count of a new death
    text = ("قضت محكمة الجنايات بسجن متهم 15 سنة في قضية مقتل سائق ليبي في مدنين. وكان السائق قد عثر عليه مقتولا "
            "داخل سيارته في مارس الماضي.")
    assert annotate(text).killed is None


def test_the_one_who_was_hurt_then_died_is_the_dead():
    # «عمي اللي انصاب ... توفى الليلة»: the one hurt earlier died (the settled answer: the wounded who died are the
    # dead, no longer hurt)
    text = "خالي اللي تصاوب في الاشتباكات الشهر اللي فات في سبها مات اليوم في المستشفى، الله يرحمه"
    result = annotate(text)
    assert result.killed == 1
    assert result.injured is None


def test_the_one_who_was_hurt_still_in_care_stays_hurt():
    text = "خالي اللي تصاوب في الاشتباكات أمس في سبها توا في العناية وحالته مستقرة، ادعولـه"
    result = annotate(text)
    assert result.killed is None
    assert result.injured == 1


def test_years_since_the_day_told_in_the_dialect():
    # «تلات سنين من يوم قتلوا ...»: «من يوم» is the dialect's «منذ»; N years since a killing is an anniversary post
    text = "تلات سنين من يوم قتلوا ولد عمتي سالم قدام الجامع في الكفرة، الله يرحمه ويغفرله"
    assert not annotate(text).incidents


def test_since_look_alike_days_ago_stays_an_event():
    # «من يومين»: two days ago, the event is new
    text = "من يومين قتلوا ولد عمتي سالم قدام الجامع في الكفرة، الله يرحمه ويغفرله"
    assert annotate(text).incidents


def test_fall_into_a_well_is_an_accident():
    # «طاح في بير», «سقط طفل في بئر مكشوفة»: a fall into an open well is an accident, not an incident
    text = "ولد صغير طاح في بير مكشوفة في مزرعة قرب ودان وطلعوه ميت، الله يصبر أهله"
    assert not annotate(text).incidents
    text = "وفاة طفل بعد سقوطه في بئر مكشوفة داخل مزرعة في سوكنة"
    assert not annotate(text).incidents


def test_well_look_alike_body_thrown_into_a_well_stays():
    # a body thrown into a well by killers is a killing
    text = "مسلحين قتلوا راعي غنم في ودان ورموا جثته في بير مهجورة"
    assert annotate(text).incidents


def test_headline_they_left_hospital_frames_a_discharge():
    # «طلعوا من المستشفى» as a post's headline: the hurt of an earlier shooting going home, no new harm (the settled
    # answer: a discharge is no incident)
    text = ("طلعوا من المستشفى\nالحمد لله العيال اللي انصابوا في ضرب النار الشهر اللي فات في الكويفية طلعوا كلهم "
            "من المستشفى اليوم، شكرا للدكاترة")
    assert not annotate(text).incidents


def test_headline_left_hospital_look_alike_new_harm_stays():
    # a new shooting told in the headline keeps its harm
    text = ("انصاب شاب في ضرب نار في الكويفية\nشاب انصاب برصاصة في رجله الليلة في الكويفية وجابوه للمستشفى، "
            "ربي يشفيه")
    assert annotate(text).incidents
