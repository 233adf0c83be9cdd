"""Arabic pass 132 (tune132): killed and injured counts and victim status in world conflict news (Jawhara FM
international). Our own sentences; each rule with a look-alike guard."""

from nlp.annotate import annotate


def _ar(text: str):
    return annotate(text, "ar")


def test_joined_toll_split_by_the_share_that_died():
    a = _ar("سقط نحو 30 قتيلا وجريحا من المدنيين مساء السبت في قصف مدفعي استهدف سوق بلدة الكرمة، "
            "قتل منهم 8 أشخاص بينهم طفلان، وفق مصادر طبية.")
    assert (a.killed, a.injured) == (8, 22)


def test_joined_toll_headline_split_by_the_lead():
    a = _ar("نحو 30 قتيلا وجريحا في قصف على بلدة الكرمة\n"
            "سقط نحو 30 قتيلا وجريحا من المدنيين مساء السبت في قصف مدفعي استهدف سوق بلدة الكرمة، "
            "قتل منهم 8 أشخاص بينهم طفلان، وفق مصادر طبية.")
    assert (a.killed, a.injured) == (8, 22)


def test_separate_dead_and_hurt_are_left_as_read():
    # look-alike: the dead and the hurt told apart, nothing to split
    a = _ar("قتل 8 أشخاص وأصيب 22 آخرون مساء السبت في قصف مدفعي استهدف سوق بلدة الكرمة، وفق مصادر طبية.")
    assert (a.killed, a.injured) == (8, 22)


def test_numbers_of_two_units_before_a_passive_verb_are_added():
    a = _ar("قالت غرفة العمليات اليوم إن 9 من عناصر التنظيم و3 من قوات الحرس قتلوا في الاشتباكات التي دارت قرب الميناء.")
    assert a.killed == 12


def test_fighters_listed_with_their_unit_keep_their_sum():
    # look-alike: the older form (people named, then «من» + the unit) still adds up
    a = _ar("قالت غرفة العمليات اليوم إن 9 مسلحين من التنظيم و3 عناصر من قوات الحرس قتلوا في الاشتباكات قرب الميناء.")
    assert a.killed == 12


def test_all_of_them_then_their_number():
    a = _ar("أعلنت السلطات اليوم مقتل جميع ركاب حافلة صغيرة تابعة لشركة نقل خاصة وعددهم 23 شخصا بعد سقوطها في واد.")
    assert a.killed == 23


def test_their_number_without_all_is_not_read():
    # look-alike: «عددهم» of people not said to be all killed
    a = _ar("أعلنت السلطات اليوم مقتل سائق حافلة صغيرة كانت تقل عمالا وعددهم 23 شخصا بعد سقوطها في واد.")
    assert a.killed == 1


def test_taliban_after_an_attack_noun_is_the_movement():
    a = _ar("مقتل 7 جنود في هجوم لطالبان بولاية قندوز")
    assert a.victim_status == "combatant"
    assert not a.incidents


def test_two_students_hurt_stay_civilians():
    a = _ar("أصيب طالبان بجروح في شجار داخل ساحة مدرسة ببلدة العامرية")
    assert a.victim_status == "civilian"


def test_missing_under_the_rubble_is_no_disappearance():
    a = _ar("قتل 9 مدنيين في غارة جوية على بناية سكنية في حي الميدان، وأن الحصيلة مرشحة للارتفاع بسبب وجود مفقودين تحت الأنقاض.")
    assert "enforced_disappearance" not in {i.type for i in a.incidents}
    assert "killing" in {i.type for i in a.incidents}


def test_missing_after_an_abduction_stays_a_disappearance():
    a = _ar("خطف مسلحون ثلاثة رعاة قرب قرية البيضاء ولا يعرف مصيرهم حتى الآن.")
    assert "enforced_disappearance" in {i.type for i in a.incidents}


def test_attacker_shot_dead_during_his_attack_is_no_incident():
    a = _ar("قتلت دورية للشرطة اليوم الأحد رجلا هاجم عناصرها بسكين أمام محطة القطارات في مدينة ليون، دون أن يصاب أحد.")
    assert not a.incidents


def test_one_shot_dead_while_fleeing_stays_a_killing():
    # look-alike: a flight is no attack
    a = _ar("قتلت دورية للشرطة اليوم الأحد شابا حاول الفرار من نقطة تفتيش أمام محطة القطارات في مدينة ليون.")
    assert "killing" in {i.type for i in a.incidents}


def test_attacker_who_killed_others_keeps_the_killing():
    # look-alike: the attacker's own victims are a killing
    a = _ar("قتلت الشرطة اليوم رجلا هاجم المارة بسكين وقتل اثنين منهم في سوق مدينة ليون.")
    assert "killing" in {i.type for i in a.incidents}
