"""Arabic pass 136b (tune136): incident precision on hospital and outlet posts (second pass). Our own sentences; each
rule with a look-alike guard."""

from nlp.annotate import annotate


def test_call_to_report_any_injury_is_no_incident():
    # «يدعو ... إلى الإبلاغ الفوري عن أي إصابة»: any harm to come, none that came
    text = "يهيب مركز الإسعاف بالأسر مراقبة أبنائها. ويدعو المركز إلى الإبلاغ الفوري عن أي إصابة."
    assert not annotate(text).is_incident


def test_call_to_report_look_alike_injury_told_stays():
    # the harm told beside the call stays an incident
    text = "أصيب ثلاثة شبان برصاص مجهولين في زليتن مساء أمس. ويدعو المركز إلى الإبلاغ الفوري عن أي إصابة."
    assert annotate(text).is_incident


def test_act_encouraged_by_impunity_is_no_incident():
    # «غياب المحاسبة يشجع على استهداف الصحفيين»: every such act to come, none that happened
    text = ("أكدت رابطة صحفيي الجنوب في بيان أن الإفلات من العقاب يشجع على استهداف الصحفيين، داعية إلى سن قانون "
            "يحمي العاملين في الإعلام.")
    assert not annotate(text).is_incident


def test_act_encouraged_look_alike_attack_told_stays():
    # the same body telling an attack that happened
    text = ("أكدت رابطة صحفيي الجنوب في بيان أن مسلحين اعتدوا بالضرب على الصحفي سالم الورفلي أمام مقر القناة في "
            "أوباري.")
    assert annotate(text).is_incident


def test_shot_gone_wrong_on_a_hunt_is_an_accident():
    # «بطلق ناري خاطئ أثناء الصيد»: a shot gone wrong, an accident
    text = "وفاة شاب بطلق ناري خاطئ أثناء رحلة لصيد الغزلان جنوب هون"
    assert not annotate(text).is_incident


def test_shot_gone_wrong_look_alike_stray_bullet_stays():
    # a stray bullet of celebratory fire («رصاصة طائشة») is a harm
    text = "وفاة شاب بطلق ناري طائش أثناء حفل زفاف جنوب هون"
    assert annotate(text).is_incident


def test_unexploded_shell_found_is_no_incident():
    # «عثر عمال على قذيفة غير منفجرة»: nothing exploded, nobody hurt
    text = ("أخلت إدارة مدرسة ابتدائية بحي الظهرة في ودان تلاميذها صباح اليوم، بعد أن عثر عمال صيانة على قذيفة غير "
            "منفجرة مدفونة في ساحة المدرسة أثناء أعمال حفر.")
    assert not annotate(text).is_incident


def test_unexploded_shell_look_alike_shell_fell_stays():
    # a shell that fell on the yard and hurt children is an incident
    text = ("أخلت إدارة مدرسة ابتدائية بحي الظهرة في ودان تلاميذها صباح اليوم، بعد سقوط قذيفة في ساحة المدرسة أدت "
            "إلى إصابة تلميذين.")
    assert annotate(text).is_incident


def test_drill_to_receive_mass_casualties_is_no_incident():
    # «ينفذ تمرينا لاستقبال إصابات جماعية»: a drill's casualties are played
    text = "مستشفى غات العام ينفذ تمرينا لاستقبال إصابات جماعية"
    assert not annotate(text).is_incident


def test_drill_look_alike_hospital_receives_real_wounded_stays():
    # a hospital receiving the wounded of a blast today
    text = "مستشفى غات العام يستقبل إصابات جماعية بعد انفجار سيارة مفخخة في السوق"
    assert annotate(text).is_incident


def test_road_between_two_towns_keeps_the_lead_accident():
    # «على طريق سبها - غات»: the dash names the road; the lead's overturn frames the hospital's count
    text = ("انفجار شاحنة وقود على طريق سبها - غات\n"
            "اشتعلت النيران في شاحنة لنقل الوقود بعد انقلابها على طريق سبها - غات ظهر اليوم. "
            "وأفاد مستشفى أوباري العام بأنه استقبل ستة مصابين بحروق، بينهم سائق الشاحنة.")
    assert not annotate(text).is_incident


def test_road_dash_look_alike_gunmen_on_the_road_stays():
    # the same road and hospital count, but gunmen fired on the tanker: an attack, no accident
    text = ("تعرضت شاحنة وقود لإطلاق نار على طريق سبها - غات\n"
            "أطلق مسلحون النار على شاحنة لنقل الوقود على طريق سبها - غات ظهر اليوم. "
            "وأفاد مستشفى أوباري العام بأنه استقبل ستة مصابين بينهم سائق الشاحنة.")
    assert annotate(text).is_incident
