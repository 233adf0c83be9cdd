"""Arabic pass 146 (tune146): killed counts and actors in long Arabic articles (Libyan outlets, UN and rights-body
releases). Our own sentences; each rule with a look-alike guard."""

from nlp.annotate import annotate


def _actors(text: str) -> list[str]:
    return [a.name for a in annotate(text).actors]


def test_forces_of_a_listed_army_are_the_army():
    # «قوات + named body» is the body (settled member-form rule): the listed alias gives the army's own name
    text = ("قتل ثلاثة مدنيين في قصف على حي سكني جنوب طرابلس، واتهمت حكومة الوفاق قوات الجيش الوطني الليبي "
            "بالمسؤولية عن القصف.")
    names = _actors(text)
    assert "الجيش الوطني الليبي" in names
    assert "قوات الجيش الوطني الليبي" not in names


def test_forces_look_alike_coalition_named_with_forces_stays_whole():
    # «قوات فجر ليبيا»: a coalition called so (dev's label keeps «قوات»), no definite body after the head
    text = "قتل ثلاثة مدنيين في قصف على حي سكني في ورشفانة، واتهم الأهالي قوات فجر ليبيا بالقصف."
    assert "قوات فجر ليبيا" in _actors(text)


def test_two_pilots_met_their_death():
    # «لقي طياران حتفهما»: the dual of «طيار» is two dead
    text = "لقي طياران حتفهما صباح اليوم إثر سقوط مروحية عسكرية في منطقة صحراوية قرب الجفرة."
    assert annotate(text).killed == 2


def test_one_pilot_met_his_death():
    text = "لقي طيار حتفه صباح اليوم إثر سقوط مروحية عسكرية في منطقة صحراوية قرب الجفرة."
    assert annotate(text).killed == 1


def test_pilots_look_alike_a_plane_is_nobody():
    # «طيارة» (a plane, in Libyan speech) is no pilot: a crash with nobody hurt has no toll
    text = "سقطت طيارة زراعية صغيرة صباح اليوم في مزرعة قرب الجفرة، ولم تسجل أي إصابات."
    assert annotate(text).killed is None


def test_killed_then_others_abducted_are_not_dead():
    # «مقتل حارس واختطاف أربعة مهندسين»: the four are taken, not killed
    text = "مقتل حارس واختطاف أربعة مهندسين أجانب في هجوم مسلح على حقل نفطي جنوب ليبيا"
    assert annotate(text).killed == 1


def test_killed_then_others_look_alike_joined_dead_add_up():
    # «مقتل حارس وأربعة مهندسين»: the four joined to the guard are dead too
    text = "مقتل حارس وأربعة مهندسين أجانب في هجوم مسلح على حقل نفطي جنوب ليبيا"
    assert annotate(text).killed == 5


def test_demining_body_keeps_its_task():
    # «الهيئة الوطنية لنزع الألغام»: demining is the body's task, part of its name
    text = "قالت الهيئة الوطنية لنزع الألغام إن راعيا قتل بانفجار لغم من مخلفات الحرب في منطقة عين زارة."
    names = _actors(text)
    assert "الهيئة الوطنية لنزع الألغام" in names
    assert "الهيئة الوطنية" not in names


def test_demining_look_alike_call_to_disarm_is_no_name():
    # «دعت البعثة الأطراف لنزع السلاح»: a purpose after the object, no body's name
    text = "دعت البعثة الأممية الأطراف لنزع السلاح بعد مقتل طفل برصاص طائش في عين زارة."
    assert not any("لنزع" in name for name in _actors(text))
