"""Arabic pass 108 (tune108: long articles, new incidents and their counts): our own sentences, other names, towns
and wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate

_REPORT = ("أصدرت منظمة رصد حقوقية، اليوم الخميس، تقريرها نصف السنوي عن أوضاع الحريات في البلاد.\n"
           "وذكرت المنظمة أنها سجلت مئتين وخمسا وسبعين حالة احتجاز تعسفي، وإحدى وعشرين حالة إخفاء قسري، "
           "وأن المدونين والصحفيات كانوا بين الفئات الأكثر استهدافا.")


def test_report_tally_naming_the_groups_hit_most_is_no_detention():
    # a report's counted kinds of case, the press named as a group most targeted: a statistic, no one held
    assert not annotate(_REPORT).incidents
    text = "رصدت الهيئة 140 حالة اعتقال تعسفي و12 حالة إخفاء قسري، بينهم صحفيون ومدونون."
    assert not annotate(text).incidents


def test_journalists_held_now_stay_an_incident():
    # the look-alike: journalists held and taken to an unknown place, no tally
    text = "اعتقلت قوة أمنية مدونين اثنين في غدامس واقتادتهما إلى جهة مجهولة مساء الأحد."
    kinds = {i.type for i in annotate(text).incidents}
    assert {"arbitrary_detention", "enforced_disappearance"} <= kinds


def test_deaths_over_the_past_decade_are_a_record():
    # «قتلوا ... خلال العقد الماضي»: a speaker's figure over a decade, told in a politics story
    text = ("رئيس الحكومة يفتتح مؤتمرا للمصالحة في مصراتة\n"
            "افتتح رئيس الحكومة مؤتمرا للمصالحة في مصراتة اليوم الإثنين بحضور ممثلين عن البلديات.\n"
            "وقال في كلمته إن آلاف المواطنين قتلوا وجرحوا خلال العقد الماضي، وإن المصالحة طريق البلاد الوحيد.")
    assert not annotate(text).incidents
    text = ("رئيس الحكومة يفتتح مؤتمرا للمصالحة في مصراتة\n"
            "افتتح رئيس الحكومة مؤتمرا للمصالحة في مصراتة اليوم الإثنين بحضور ممثلين عن البلديات.\n"
            "وقال إن مئات العائلات فقدت أبناءها طيلة العقدين الماضيين.")
    assert not annotate(text).incidents


def test_a_new_killing_with_a_decade_named_elsewhere_stays():
    # the look-alike: today's killing told in the lead, the decade only in a later clause of the record
    text = ("قتل شاب برصاص مسلحين مجهولين أمام منزله في حي الأندلس بطرابلس مساء أمس.\n"
            "وأكد شهود أن الضحية كان عائدا من عمله.")
    assert annotate(text).killed == 1 and annotate(text).incidents


def test_deaths_denied_with_a_participle_are_no_killing():
    # «نافية ... سقوط قتلى»: the active participle of denial, as «نفت»
    text = ("سقطت قذائف هاون على مواقع عسكرية جنوب غدامس ليلة الجمعة دون وقوع إصابات.\n"
            "وقالت الغرفة الأمنية إنها حددت مصدر القذائف، نافية ما نشرته حسابات عن سقوط قتلى بين المدنيين.")
    assert not annotate(text).incidents
    text = ("سقطت قذائف هاون على مواقع عسكرية جنوب غدامس ليلة الجمعة دون وقوع إصابات.\n"
            "وأصدرت البلدية بيانا نافيا الأنباء عن سقوط قتلى.")
    assert not annotate(text).incidents


def test_deaths_told_after_a_denial_elsewhere_stay():
    # the look-alike: the denial concerns a rumour, the killing told before it stays
    text = "قتل مدنيان في قصف على سوق شعبي في غدامس الجمعة، بحسب مصدر طبي، فيما نفت القيادة أي دور لها في القصف."
    assert annotate(text).killed == 2 and annotate(text).incidents


def test_two_gunmen_killed_in_a_clash_are_fighters():
    # «مسلحان» (the dual, nominative) dead in a clash between factions: fighters only
    text = "لقي مسلحان حتفهما مساء الخميس في اشتباك بين فصيلين مسلحين قرب معسكر شرق غريان."
    result = annotate(text)
    assert not result.incidents and result.victim_status == "combatant"


def test_two_gunmen_who_killed_a_man_leave_him_a_civilian():
    # the look-alike: «مسلحان» as the attackers, the man they shot a civilian
    text = "أطلق مسلحان النار على سائق سيارة أجرة في غريان مساء الخميس فأردياه قتيلا."
    result = annotate(text)
    assert result.incidents and result.victim_status != "combatant"


def test_members_of_two_armed_groups_and_a_civilian_are_summed():
    # «مقتل أربعة من عناصر مجموعتين مسلحتين ومدني»: the civilian is one more, as after a named unit
    text = "أسفرت اشتباكات في حي المهدية بمدينة غريان عن مقتل أربعة من عناصر مجموعتين مسلحتين ومدني كان يمر بسيارته."
    assert annotate(text).killed == 5
    text = "أسفرت اشتباكات في غريان عن مقتل ثلاثة من عناصر مجموعة مسلحة ومدني كان في طريقه إلى عمله."
    assert annotate(text).killed == 4


def test_members_of_armed_groups_alone_keep_their_number():
    # the look-alike: no one joined after the group
    text = "أسفرت اشتباكات في غريان عن مقتل أربعة من عناصر مجموعتين مسلحتين مساء السبت."
    assert annotate(text).killed == 4


def test_residents_said_absent_are_no_civilians_hit():
    # «في محيطه الخالي من السكان»: the place was empty of residents, no civilian named among the harmed
    text = ("مقتل مسلحين اثنين في اشتباك قرب ترهونة\n"
            "قتل مسلحان وأصيب أربعة آخرون من مجموعة مسلحة، مساء الجمعة، في اشتباك مع مجموعة منافسة عند معسكر قرب ترهونة.\n"
            "وأوضح مصدر أمني أن الاشتباك دار داخل المعسكر ومحيطه الخالي من السكان، وأن الجرحى نقلوا إلى مستشفى ترهونة.")
    result = annotate(text)
    assert not result.incidents and result.victim_status == "combatant"


def test_residents_hit_beside_the_fighters_stay_civilians():
    # the look-alike: residents named among the hurt
    text = ("مقتل مسلحين اثنين في اشتباك قرب ترهونة\n"
            "قتل مسلحان وأصيب أربعة آخرون من مجموعة مسلحة، مساء الجمعة، في اشتباك مع مجموعة منافسة عند معسكر قرب ترهونة.\n"
            "وأوضح مصدر أمني أن ثلاثة من السكان أصيبوا برصاص طائش، وأن الجرحى نقلوا إلى مستشفى ترهونة.")
    result = annotate(text)
    assert result.incidents and result.victim_status != "combatant"


_AMBUSH = ("مقتل أربعة من عناصر اللواء 73 في كمين قرب غات\n"
           "لقي أربعة من عناصر اللواء 73 حتفهم في كمين نصبه مهربون مسلحون لدوريتهم قرب غات، صباح الثلاثاء.\n")


def test_a_demand_verb_is_no_student_victim():
    # «هتافات تطالب», «ويطالب قادة اللواء»: the imperfect of «طالب» (to demand) names no student among the dead
    text = _AMBUSH + "وشيع المئات القتلى الأربعة في مقر اللواء، وسط هتافات تطالب بتأمين الحدود الجنوبية."
    result = annotate(text)
    assert not result.incidents and result.victim_status == "combatant"
    text = _AMBUSH + "وأقيمت صلاة الجنازة على القتلى الأربعة في غات، فيما يطالب قادة اللواء بتعزيز الدوريات."
    result = annotate(text)
    assert not result.incidents and result.victim_status == "combatant"


def test_a_student_killed_stays_a_civilian_victim():
    # the look-alike: the student noun itself («طالب», «وطالب جامعي») is a civilian victim
    text = _AMBUSH + "كما قتل طالب جامعي كان يمر بسيارته قرب موقع الكمين."
    result = annotate(text)
    assert result.incidents and result.victim_status != "combatant"


def test_an_inquiry_into_deaths_of_a_past_month_is_a_proceeding():
    # «فتح تحقيق في ملابسات وفاة ... خلال نوفمبر الماضي»: an investigation of an earlier event (the guide)
    text = ("فتح تحقيق في وفاة سجينين بسجن الجديدة الشهر الماضي\n"
            "أعلنت النيابة العامة، الأربعاء، فتح تحقيق في ملابسات وفاة سجينين داخل سجن الجديدة في طرابلس خلال "
            "نوفمبر الماضي، بعد شكوى تقدمت بها أسرتاهما.")
    assert not annotate(text).incidents
    text = ("أمرت النيابة بفتح تحقيق في مقتل مزارع بمنطقة الشويرف العام الماضي، "
            "بعد ظهور أدلة جديدة في القضية.")
    assert not annotate(text).incidents


def test_an_inquiry_into_a_death_today_stays_an_incident():
    # the look-alike: the death told is today's, the inquiry opened on it
    text = ("أعلنت النيابة العامة فتح تحقيق في وفاة سجين داخل سجن الجديدة في طرابلس صباح اليوم الأربعاء، "
            "بعد أن نقل إلى المستشفى وعليه آثار ضرب.")
    assert annotate(text).incidents


def test_bodies_examined_are_no_new_death():
    # «الأطباء الذين عاينوا الجثث», «تشريح الجثث»: the bodies of deaths already told, examined in an inquiry
    text = ("وأوضح المكتب أنه كلف نيابة مصراتة باستدعاء مسؤولي السجن والأطباء الذين عاينوا الجثث، "
            "وطلب تقارير الطب الشرعي.")
    assert not annotate(text).incidents
    text = "وأمر وكيل النيابة بتشريح الجثة لتحديد سبب الوفاة."
    assert not annotate(text).incidents


def test_a_body_found_and_examined_stays_a_killing():
    # the look-alike: the body found is told, its examination after it
    text = "عثر سكان على جثة شاب مقتول بالرصاص في وادي الحي بمدينة بني وليد، وعاين الطبيب الشرعي الجثة صباح اليوم."
    assert annotate(text).incidents


def test_a_victim_who_was_among_the_wounded_died_is_one_of_them():
    # «وفاة امرأة كانت بين المصابين الخمسة»: as «وفاة إحدى المصابات الخمس»: killed 1 more, the others still hurt
    text = ("ارتفاع حصيلة انفجار درنة\n"
            "أعلن مستشفى الوحدة، مساء الأربعاء، وفاة شاب كان بين الجرحى الأربعة في انفجار عبوة قرب سوق الخضار في درنة "
            "يوم الإثنين.")
    result = annotate(text)
    assert (result.killed, result.injured) == (1, 3)
    text = ("أعلن مستشفى الوحدة وفاة سيدة كانت بين المصابين الثلاثة في انفجار عبوة بسوق درنة يوم الجمعة، لترتفع حصيلة "
            "القتلى إلى اثنين بعد مقتل حارس السوق في لحظة الانفجار.")
    result = annotate(text)
    assert (result.killed, result.injured) == (2, 2)


def test_a_victim_among_protesters_is_no_share_of_the_wounded():
    # the look-alike: «كان بين المحتجين» names where he stood, the wounded are counted on their own
    text = "قتل شاب كان بين المحتجين وأصيب أربعة آخرون برصاص مسلحين أمام مقر البلدية في درنة مساء الأربعاء."
    result = annotate(text)
    assert (result.killed, result.injured) == (1, 4)


def test_a_harm_the_headline_reminds_of_is_not_counted():
    # «... ويذكّر بمقتل متطوعيه السابقين», «وتذكير باغتيال»: the headline's second clause recalls earlier harm
    text = ("نقابة الأطباء تدين خطف طبيب في سبها وتذكر باغتيال زملائه السابقين\n"
            "أدانت نقابة الأطباء خطف الطبيب سالم الفيتوري من أمام عيادته في سبها مساء الإثنين على يد مسلحين مجهولين.")
    result = annotate(text)
    assert result.killed is None and {i.type for i in result.incidents} >= {"abduction"}
    assert "killing" not in {i.type for i in result.incidents}


def test_a_harm_reported_with_bi_stays_counted():
    # the look-alike: «أفاد مصدر بمقتل»: a source reporting the harm, not a reminder
    text = "أفاد مصدر طبي بمقتل شابين في إطلاق نار على سيارتهما قرب سبها مساء الإثنين."
    assert annotate(text).killed == 2


def test_an_earlier_death_dated_last_month_beside_todays_harm_is_not_counted():
    # «للمطالبة بالكشف عن قتلة طالب قتل الشهر الماضي، ما أدى إلى إصابة ثلاثة»: the lead's news is the wounded; the
    # killing dated last month is why they protested
    text = ("أطلق مسلحون النار، مساء الأحد، على محتجين تجمعوا في ساحة الشهداء بمدينة الخمس للمطالبة بالكشف عن قتلة "
            "تاجر قتل الشهر الماضي، ما أدى إلى إصابة ثلاثة منهم.")
    result = annotate(text)
    assert result.killed is None and result.injured == 3
    assert "killing" not in {i.type for i in result.incidents}


def test_a_death_today_beside_harm_stays_counted():
    # the look-alike: the death is today's (no date after its verb), counted beside the wounded
    text = ("أطلق مسلحون النار، مساء الأحد، على محتجين في ساحة الشهداء بمدينة الخمس، ما أدى إلى مقتل تاجر "
            "وإصابة ثلاثة آخرين.")
    result = annotate(text)
    assert result.killed == 1 and result.injured == 3
    # nor «أسفر عن قتله» (resulted in killing him): «قتله» after «عن» is the killers only after «الكشف عن»
    text = "أطلق مسلح النار على سائق شاحنة قرب سوق الخمس مساء الأحد، ما أسفر عن قتله في الحال."
    assert annotate(text).killed == 1 and "killing" in {i.type for i in annotate(text).incidents}


def test_pictures_of_the_dead_carried_are_no_new_death():
    # «يرفعون صور الشاب القتيل», «حملوا صور القتلى»: the dead already told, their pictures carried
    text = "وقال أحد المشاركين إن المحتجين كانوا يحملون صور الطالب القتيل ولافتات تطالب بالعدالة."
    assert annotate(text).killed is None and not annotate(text).incidents
    text = "ورفع المشيعون صور القتلى في ساحة البلدية."
    assert annotate(text).killed is None


def test_a_death_told_beside_pictures_stays():
    # the look-alike: the killing told, the pictures elsewhere in the sentence
    text = "قتل مصور صحفي برصاص قناص في حي الليثي ببنغازي مساء الأحد أثناء التقاطه صورا للاشتباكات."
    assert annotate(text).killed == 1 and annotate(text).incidents


def test_deaths_had_in_those_events_are_background():
    # «وكان ... قد قتلوا في تلك الأحداث»: the pluperfect and «تلك» point to the earlier events a trial is about
    text = ("محكمة مصراتة تؤجل النظر في قضية أحداث الكلية الجوية عام 2014\n"
            "أجلت محكمة استئناف مصراتة، الثلاثاء، النظر في قضية أحداث الكلية الجوية إلى الشهر المقبل.\n"
            "وكان نحو ثلاثين طالبا قد قتلوا في تلك الأحداث، فيما أصيب العشرات.")
    assert annotate(text).killed is None


def test_pluperfect_of_the_news_itself_keeps_its_count():
    # the look-alike: «وكان الانفجار قد وقع» tells the same news's event, no «تلك»
    text = ("ارتفاع حصيلة انفجار سوق الجمعة في سبها إلى ثلاثة قتلى\n"
            "أعلن مركز سبها الطبي وفاة ثلاثة أشخاص في انفجار عبوة بسوق الجمعة.\n"
            "وكان الانفجار قد وقع صباح أمس وأسفر عن مقتل ثلاثة أشخاص.")
    assert annotate(text).killed == 3


def test_attacks_on_lawyers_told_with_a_demand_verb_stay_an_incident():
    # «الاعتداءات على المحامين أمس ... وتطالب بحمايتهم»: the lawyers attacked are the civilians harmed (the demand
    # verb no longer reads as a student victim)
    text = "نقابة المحامين في مصراتة تستنكر الاعتداء على المحامين أمام المحكمة أمس وتطالب بحمايتهم"
    assert annotate(text).incidents
    # the look-alike: the general stance, no attack dated
    text = "نقابة المحامين في مصراتة تستنكر الاعتداءات على المحامين وتطالب بقانون يحميهم"
    assert not annotate(text).incidents
