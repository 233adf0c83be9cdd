"""Arabic pass 134 (tune134): incidents, counts and proceedings in Tunisian local news. Our own sentences; each rule
with a look-alike guard."""

from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text).incidents}


def test_fuel_poured_on_her_before_the_fire_is_an_attack():
    text = ("أفاد مصدر أمني أن سيدة في الأربعين من عمرها أصيبت بحروق خطيرة إثر إقدام شقيقها على سكب كمية من البنزين "
            "عليها وإضرام النار في جسدها بمنزل العائلة بمعتمدية الصخيرة.")
    assert "injury" in _types(text)


def test_self_immolation_stays_no_incident():
    text = ("أفاد مصدر أمني أن شابا في الثلاثين من عمره أصيب بحروق خطيرة إثر إقدامه على سكب كمية من البنزين على "
            "جسده وإضرام النار في جسده أمام مقر المعتمدية بالصخيرة.")
    assert _types(text) == set()


def test_a_wanted_man_arrested_for_an_old_killing_is_a_proceeding():
    text = ("تمكن أعوان فرقة الشرطة العدلية بالمحرس أمس من إلقاء القبض على كهل مفتش عنه لفائدة المحكمة الابتدائية "
            "بصفاقس من أجل القتل العمد، في جريمة تعود إلى سنة 2012 راح ضحيتها شاب بمنطقة الحاجب.")
    result = annotate(text)
    assert not result.incidents and result.killed is None


def test_wanted_in_a_killing_headline_is_a_proceeding():
    assert _types("المحرس: القبض على مفتش عنه في جريمة قتل تعود إلى سنة 2012") == set()


def test_a_killing_beside_a_wanted_killer_stays_an_incident():
    text = ("قتل شاب طعنا بسكين مساء أمس بالمحرس، وقد تم إيقاف الجاني وهو مفتش عنه لفائدة عدة محاكم.")
    assert "killing" in _types(text)


def test_an_officer_run_over_on_purpose_stays_an_attack():
    text = ("توفي عون أمن صباح اليوم بالمستشفى متأثرا بإصابته، بعد أن دهسه سائق سيارة بشكل متعمد عند نقطة تفتيش "
            "بالمحرس.")
    assert "killing" in _types(text)


def test_a_suicide_told_with_its_full_date_counts_one():
    text = ("أقدم كهل يبلغ من العمر 45 سنة صباح اليوم الخميس 12 ماي 2016 على الانتحار شنقا بمنزله بمنطقة الغريبة.")
    assert annotate(text).killed == 1


def test_an_attempted_suicide_counts_nobody():
    text = ("أقدم كهل يبلغ من العمر 45 سنة صباح اليوم على محاولة الانتحار بمنطقة الغريبة.")
    assert annotate(text).killed is None


def test_another_hurt_after_a_death_of_wounds_told_with_fi_hin():
    text = ("توفي عون حرس متأثرا بإصابته بعد أن دهسه سائق بشكل متعمد، في حين أصيب زميله بكسور على مستوى الساق.")
    result = annotate(text)
    assert (result.killed, result.injured) == (1, 1)


def test_the_dead_mans_own_wounds_count_nobody_hurt():
    text = ("توفي عون حرس متأثرا بجروحه التي أصيب بها بعد أن دهسه سائق بشكل متعمد.")
    assert annotate(text).injured is None


def test_a_second_one_hurt_told_by_the_ordinal():
    text = ("قتل شاب برصاص مجهولين بمنطقة الغريبة وأصيب ثان بجروح.")
    result = annotate(text)
    assert (result.killed, result.injured) == (1, 1)


def test_a_second_floor_is_no_second_victim():
    text = ("أصيب شاب بجروح إثر اعتداء بسكين في الطابق الثاني من عمارة بالمحرس.")
    assert annotate(text).injured == 1


def test_her_mother_hurt_after_the_girl_who_suffers_wounds():
    text = ("وأفاد مصدر طبي أن الشابة تعاني من جروح على مستوى الرأس إثر الاعتداء عليها بسكين، في حين أصيبت والدتها "
            "بجروح طفيفة.")
    assert annotate(text).injured == 2


def test_her_mother_who_speaks_is_not_hurt():
    text = ("وأفاد مصدر طبي أن الشابة تعاني من جروح على مستوى الرأس إثر الاعتداء عليها بسكين، في حين قالت والدتها "
            "إن المعتدي فر.")
    assert annotate(text).injured == 1


def test_their_woman_colleague_taken_to_hospital_is_hurt():
    text = ("لقي عاملان حتفهما إثر تسرب الغاز من سخان بالمنزل، في حين نقلت زميلتهما إلى المستشفى الجهوي بالمحرس "
            "وحالتها مستقرة.")
    assert annotate(text).injured == 1


def test_their_woman_colleague_who_speaks_is_not_hurt():
    text = ("لقي عاملان حتفهما إثر تسرب الغاز من سخان بالمنزل، في حين قالت زميلتهما إن المستشفى الجهوي بالمحرس "
            "استقبل الجثتين.")
    assert annotate(text).injured is None


def test_his_wound_and_his_death_are_one_dead():
    text = ("أطلق مسلحون النار على قارب صيد، ما أدى إلى إصابة الصياد في رأسه ووفاته على متن القارب.")
    result = annotate(text)
    assert (result.killed, result.injured) == (1, None)


def test_a_wound_and_anothers_death_keep_both():
    text = ("أطلق مسلحون النار على قارب صيد، ما أدى إلى إصابة الصياد في رأسه ووفاة صياد آخر على متن القارب.")
    assert annotate(text).injured == 1
