"""Arabic pass 100 (tune100, short Libyan posts and briefs: injured and killed counts told tersely): our own
sentences, other names, towns and wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _types(annotation) -> set[str]:
    return {incident.type for incident in annotation.incidents}


# victims told together, the share that died told by a death verb after «منهم» (the thirteenth session's answer:
# "five casualties, two of them fatal" is killed 2, injured 3)
def test_victims_with_a_share_that_died():
    text = ("هجوم على مطعم في غريان\n"
            "سقط خمسة ضحايا، اثنان منهم فارقوا الحياة، في هجوم مسلح على مطعم في غريان مساء أمس.")
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (2, 3)
    annotation = annotate("سقط سبعة ضحايا بينهم ثلاثة لقوا حتفهم في قصف استهدف حيا سكنيا في مرزق ليلة الأحد.")
    assert (annotation.killed, annotation.injured) == (3, 4)


def test_victims_with_no_share_that_died_stay():
    # look-alikes: the share is who the victims were, or no death is told of it
    annotation = annotate("سقط خمسة ضحايا، اثنان منهم من الأطفال، في قصف استهدف حيا سكنيا في مرزق ليلة الأحد.")
    assert annotation.injured is None
    annotation = annotate("قتل خمسة مدنيين، اثنان منهم أطفال، في قصف استهدف حيا سكنيا في مرزق ليلة الأحد.")
    assert (annotation.killed, annotation.injured) == (5, None)


# a hospital department received the cases («استقبل قسم الطوارئ 4 حالات», «وصلت إلى قسم الإسعاف ثلاث حالات»)
def test_cases_a_hospital_department_received():
    text = ("مستشفى غريان العام\n"
            "استقبل قسم الطوارئ 4 حالات بينها امرأة جراء سقوط قذيفة على حي القواسم مساء اليوم.")
    assert annotate(text).injured == 4
    text = ("مستشفى الخمس التعليمي\n"
            "وصلت إلى قسم الإسعاف ليلة أمس ست حالات بينها طفلان، مصابون بطلقات نارية في اشتباك قرب السوق.")
    assert annotate(text).injured == 6


def test_cases_of_a_disease_or_a_drill_are_no_hurt():
    # look-alikes: infections received, and a drill's mock casualties
    text = ("مركز العزل بمستشفى غريان\n"
            "استقبل قسم الطوارئ خلال الأسبوع 16 حالة مؤكدة بفيروس كورونا وتوفي مريضان من كبار السن.")
    assert annotate(text).injured is None
    text = "وصلت إلى قسم الإسعاف 3 حالات ولادة الليلة، والأمهات بصحة جيدة."
    assert annotate(text).injured is None


def test_a_headline_of_victims_split_by_the_lead():
    # the headline's «ضحايا» are the dead and the hurt together; the lead tells which died
    text = ("خمسة ضحايا في قصف على حي سكني في مرزق\n"
            "سقط خمسة ضحايا، اثنان منهم فارقوا الحياة، في قصف استهدف حيا سكنيا في مرزق ليلة الأحد.")
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (2, 3)


def test_a_headline_toll_of_dead_with_more_hurt_in_the_lead_stays():
    # look-alike: the headline's dead are dead; the lead adds the hurt
    text = ("مقتل خمسة في قصف على حي سكني في مرزق\n"
            "قتل خمسة مدنيين وأصيب ثلاثة آخرون في قصف استهدف حيا سكنيا في مرزق ليلة الأحد.")
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (5, 3)


# kin joined to a victim past his title, his name and his age («أصيب الحاج سالم في الستين من عمره وحفيده»)
def test_kin_joined_past_a_name_and_an_age():
    annotation = annotate("أصيب الحاجة زينب في الستين من عمرها وحفيدتها بجروح في سقوط قذيفة على بيتهم في ترهونة.")
    assert annotation.injured == 2
    annotation = annotate("أصيب المزارع سالم الورفلي في الخمسين من عمره وابنه بشظايا قذيفة سقطت على مزرعتهم في ترهونة.")
    assert annotation.injured == 2


def test_one_named_victim_with_an_age_stays_one():
    # look-alike: the «و» after the age opens another clause, not another victim
    annotation = annotate("أصيب الحاج سالم في الستين من عمره بجروح ونقل إلى مستشفى ترهونة بعد سقوط قذيفة على بيته.")
    assert annotation.injured == 1


# a second sentence telling more hurt at the same place («وفي المكان نفسه أصيب زبونان»): they add to the first
def test_more_hurt_told_at_the_same_place_add():
    text = ("أصيب حارس مخبز برصاص لصوص حاولوا سرقة المخبز في درنة الليلة الماضية. "
            "وفي المكان نفسه أصيب زبونان بجروح طفيفة عولجا منها في مستشفى الهريش.")
    assert annotate(text).injured == 3
    text = ("أصيب حارس مخبز برصاص لصوص حاولوا سرقة المخبز في درنة الليلة الماضية. "
            "وفي نفس الهجوم أصيب شابان كانا يمران قرب المخبز.")
    assert annotate(text).injured == 3


def test_the_same_hurt_restated_at_the_same_place_do_not_add():
    # look-alike: the sentence at the same place tells no new harm
    text = ("أصيب حارس مخبز برصاص لصوص حاولوا سرقة المخبز في درنة الليلة الماضية. "
            "وفي المكان نفسه عثرت الشرطة على أظرفة رصاص فارغة.")
    assert annotate(text).injured == 1
    # a customer is one victim, as a passer-by is
    assert annotate("أصيب زبون برصاصة طائشة داخل مقهى في درنة مساء أمس.").injured == 1


# the Libyan verb-subject order with the victim as the verb's pronoun («طعنوه تلاتة شبان»): the number after the verb
# counts the attackers, as after «تعدوا عليه» (Arabic pass 68)
def test_attackers_after_a_verb_with_the_victim_as_its_pronoun():
    text = "ولد خالي حمزة طعنوه أربعة شبان بسكين قدام الجامع في الحي الصناعي، توا في مستشفى غريان."
    annotation = annotate(text)
    assert annotation.injured != 4
    text = "بنت جيرانا ضربوها زوز نساء في الشارع وطاحت، توا في مستشفى الزاوية."
    assert annotate(text).injured != 2


def test_victims_counted_after_a_verb_without_a_pronoun_stay():
    # look-alike: the number after a plain plural verb is still its victims' («طعنوا ثلاثة شبان»)
    annotation = annotate("طعن مجهولون ثلاثة شبان بسكاكين قرب سوق الخضار في غريان ونقلوا إلى المستشفى.")
    assert annotation.injured == 3


# the Libyan «جاته رصاصة» (a bullet "came to him"): one person hit, as «صابته رصاصة»
def test_a_bullet_that_came_to_one_person():
    text = "ولد جارنا عمره 14 سنة جاته رصاصة في كتفه من رماية فرح في حي الكيش، توا في مستشفى الجلاء."
    annotation = annotate(text)
    assert annotation.injured == 1
    assert "injury" in _types(annotation)


def test_news_that_came_to_someone_is_no_hurt():
    # look-alike: «جاته» with no shot after it (a call, news) hurts nobody
    annotation = annotate("ولد جارنا جاته مكالمة من المستشفى الليلة وقالوله إن الفحوصات سليمة.")
    assert annotation.injured is None
    assert not annotation.incidents


# kin listed before a plural hurt verb («خوي وولده انصابوا»): the list is its subject, summed
def test_kin_listed_before_a_plural_hurt_verb():
    text = "رشو علينا بالرصاص الليلة في حي الكيش، خوي وولديه انصابوا، توا في مستشفى الجلاء."
    assert annotate(text).injured == 3
    text = "ضربوا بيتنا بقذيفة في عين زارة، ختي وبنتها انصابوا بشظايا، ربي يشفيهم."
    assert annotate(text).injured == 2


def test_one_named_before_a_plural_hurt_verb_is_not_a_list():
    # look-alike: the plural verb after one named person and no list keeps the count the rules read before
    text = "خوي انصاب برصاصة في رجله الليلة في حي الكيش، توا في مستشفى الجلاء."
    assert annotate(text).injured == 1


# his companion or kin joined past a short description of the first victim («سائق شاحنة تنقل مواد غذائية ومساعده»)
def test_his_companion_joined_past_a_description():
    text = "قتل سائق حافلة تقل عمالا زراعيين ومرافقه، وأصيب راكب ثالث، في قصف جوي استهدف الطريق جنوب ودان."
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (2, 1)


def test_the_attackers_kin_after_an_agent_phrase_are_no_victims():
    # look-alike: the kin after «على يد» are the attackers'
    annotation = annotate("قتل سائق حافلة تقل عمالا على يد جاره وابنه بعد شجار في ودان.")
    assert annotation.killed == 1
    annotation = annotate("قتل سائق على يد جاره ومساعده بعد شجار في ودان.")
    assert annotation.killed == 1


# a visit to the wounded names the harm that hurt them («تفقد ... المصابين في القصف الأخير على حي ...»): no incident
# (the fourteenth session's answer: a visit to the wounded with no new harm told is no incident)
def test_a_visit_to_the_wounded_of_a_shelling_is_no_incident():
    text = ("المجلس البلدي غريان\n"
            "زار عميد البلدية الجرحى في القصف الأخير على حي الأصابعة بمستشفى غريان العام، ووجه بتوفير الأدوية اللازمة.")
    annotation = annotate(text)
    assert not annotation.incidents


def test_a_shelling_that_wounds_and_a_visit_after_it_stays():
    # look-alike: the shelling is told as the news, the visit after it
    text = ("سقطت قذيفة على حي الأصابعة في غريان صباح اليوم وأصيب ثلاثة مدنيين بجروح، وزار عميد البلدية الجرحى "
            "بمستشفى غريان العام.")
    annotation = annotate(text)
    assert annotation.incidents


# suspects remanded «على ذمة التحقيق في مقتل ...»: a proceeding for an earlier killing, no incident (the guide: the
# arrest of a suspect for an earlier killing is a proceeding)
def test_suspects_remanded_pending_the_inquiry_into_a_killing():
    text = ("أمرت النيابة العامة في غريان بحبس ثلاثة متهمين احتياطيا على ذمة التحقيق في مقتل شاب بحي القواسم "
            "الأسبوع الماضي.")
    annotation = annotate(text)
    assert "killing" not in _types(annotation)


def test_a_killing_then_an_inquiry_opened_stays():
    # look-alike: the killing is the news, the inquiry follows it
    text = "قتل شاب برصاص مسلحين مجهولين في حي القواسم بغريان مساء اليوم، وفتحت النيابة العامة تحقيقا في الحادثة."
    assert "killing" in _types(annotate(text))


# a gas pipe or main that explodes («انفجار أنبوب غاز»): an accident, as «انفجار غاز» already is
def test_a_gas_pipe_explosion_is_an_accident():
    text = "أصيب أربعة أشخاص في انفجار أنبوب غاز داخل عمارة سكنية بحي السلام في تونس العاصمة صباح اليوم."
    annotation = annotate(text)
    assert not annotation.incidents
    assert annotation.injured == 4


def test_a_bomb_beside_a_gas_pipe_stays_an_attack():
    # look-alike: a bomb planted by gunmen near a gas pipe is no accident
    text = "أصيب أربعة عمال في تفجير عبوة ناسفة زرعها مسلحون قرب أنبوب غاز في مليتة صباح اليوم."
    annotation = annotate(text)
    assert "injury" in _types(annotation)
    assert annotation.injured == 4


# an appeal for blood donors for the wounded («نحتاج متبرعين ... لجرحى حادث»): the wounded are whom the appeal serves,
# no harm told (the guide: calls and campaigns with no event reported are no incident)
def test_a_blood_appeal_for_the_wounded_is_no_incident():
    text = ("مركز بنغازي الطبي - مصرف الدم\n"
            "نطلب بشكل عاجل متبرعين بفصيلة B سالب للجرحى المقيمين بالمركز منذ حادث البارحة. الباب مفتوح طوال الليل.")
    assert not annotate(text).incidents


def test_wounded_told_beside_a_donation_appeal_stay():
    # look-alike: the harm is told first, the appeal after it
    text = ("أصيب سبعة مدنيين بشظايا قذائف سقطت على حي الليثي في بنغازي صباح اليوم، ودعا المركز إلى التبرع بالدم.")
    annotation = annotate(text)
    assert "injury" in _types(annotation)
    assert annotation.injured == 7
