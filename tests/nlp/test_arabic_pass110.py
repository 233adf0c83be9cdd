"""Arabic pass 110 (tune110: actors and counts in the Jawhara style): our own sentences, other names, towns and
wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _names(text: str) -> list[str]:
    return [a.name for a in annotate(text).actors]


def test_gang_size_is_no_victim_count():
    # «عصابة (مكونة) من أربعة أشخاص»: how many the attackers were, not how many were hurt
    text = ("تعرض رجل مسن ليلة السبت إلى اعتداء بالعنف من قبل عصابة من أربعة أشخاص اقتحموا منزله بمدينة المنستير "
            "وسلبوه أمواله، ونقل إلى المستشفى بعد إصابته بكسور")
    assert annotate(text).injured == 1
    text = ("تعرض تاجران إلى اعتداء بالعنف من قبل عصابة مكونة من خمسة عناصر في سوق القصبة بقابس وأصيبا بجروح")
    assert annotate(text).injured == 2


def test_gang_size_look_alike_victims_counted():
    # the look-alike: a number of people hurt, with a gang named as the attacker, still counts
    text = "أصيب أربعة أشخاص بجروح في اعتداء بالعنف نفذته عصابة في حي الزهور بالقصرين"
    assert annotate(text).injured == 4
    text = "أصيبت مجموعة من خمسة مهاجرين بجروح إثر اعتداء بالعنف في حي الربط بصفاقس"
    assert annotate(text).injured == 5


def test_a_passing_illness_is_no_wound():
    # «أصيب بوعكة صحية»: taken ill, not hurt
    text = ("توفي سجين صباح الأربعاء بعد ساعات من إيداعه غرفة الإيقاف بمنطقة الأمن بالمنستير، وقالت عائلته إن جسده "
            "كان يحمل آثار ضرب. وأكدت الإدارة في بلاغ فتح بحث، مشيرة إلى أن السجين أصيب بوعكة صحية.")
    assert annotate(text).injured is None
    # a beating alleged on the dead man, then the official illness: the illness states no wound, nobody hurt
    text = ("توفي موقوف خمسيني صباح الأحد بعد ساعات من إيداعه غرفة الإيقاف بمنطقة الأمن الوطني بنابل، وقالت عائلته إن "
            "جثته كانت تحمل آثار ضرب. وأكدت الإدارة في بلاغ فتح بحث، مشيرة إلى أن الموقوف أصيب بوعكة مفاجئة.")
    assert annotate(text).injured is None
    text = "أفادت مصادر طبية أن المعتقلة أصيبت بنوبة قلبية داخل الزنزانة في سجن الجديدة بطرابلس ونقلت إلى المستشفى"
    assert annotate(text).injured is None
    # the look-alike: a wound told the same way still counts one
    text = "أصيب عامل بجروح في اعتداء بالعنف داخل المصنع في بنزرت"
    assert annotate(text).injured == 1


def test_group_of_thieves_is_an_actor():
    # «مجموعة من اللصوص»: unnamed attackers, as «مجموعة من الشبان»
    text = ("عثر الأهالي على تاجر مقتولا في غريان، وأفادت مديرية الأمن أن مجموعة من اللصوص طعنته عدة طعنات "
            "وسرقت أمواله")
    assert "مجموعة من اللصوص" in _names(text)
    # the look-alike: the definite «اللصوص» alone points back and is not listed
    text = "عثر الأهالي على تاجر مقتولا في غريان، وقالت مديرية الأمن إن اللصوص فروا"
    assert "اللصوص" not in _names(text)


def test_body_name_stops_before_an_assault_noun_with_l():
    # «جمعية الهلال الأحمر الليبي للضرب»: «ل» + the assault noun is what they were subjected to, not the name
    text = "تعرض متطوعان في جمعية الهلال الأحمر الليبي للاعتداء والسب يوم الخميس على يد مسلحين في مدينة الأبيار"
    names = _names(text)
    assert "جمعية الهلال الأحمر الليبي" in names
    assert not any("للاعتداء" in n for n in names)
    text = "تعرض ثلاثة موظفين في جمعية الكشافة والمرشدات للضرب والإهانة على يد عناصر مسلحة في درنة"
    assert not any("للضرب" in n for n in _names(text))
    # the look-alike: a name that goes on with «ل» + its mission keeps it
    text = "أدانت جمعية الهلال الأحمر الليبي لإغاثة المنكوبين الاعتداء على متطوعيها في مدينة الأبيار"
    assert any(n.startswith("جمعية الهلال الأحمر الليبي") for n in _names(text))


def test_tunisian_foreign_ministry_short_form():
    # «الخارجية التونسية», as «الخارجية الليبية»
    text = ("احتجزت كتيبة مسلحة ستة بحارة تونسيين في زوارة منذ أسبوعين، وقالت عائلاتهم إن الخارجية التونسية لم تقدم "
            "لها أي معلومة")
    assert "الخارجية التونسية" in _names(text)
    text = ("احتجزت كتيبة مسلحة ستة بحارة تونسيين في زوارة منذ أسبوعين، وقالت عائلاتهم إن الخارجية الليبية لم تقدم "
            "لها أي معلومة")
    assert "الخارجية التونسية" not in _names(text)


def test_act_joined_to_a_charged_act_is_part_of_the_charge():
    # «متهمين بخطف ... والمطالبة بفدية», «بتهمة قتل ... ودفنهم في مقبرة جماعية»: the joined act is charged too
    text = ("أعلنت مديرية أمن غريان القبض على أربعة متهمين بخطف طالب من أمام مدرسته الشهر الماضي والمطالبة بفدية من "
            "أسرته، قبل أن يطلقوا سراحه بعد عشرة أيام.")
    assert annotate(text).incidents == ()
    text = ("أعلن مكتب النائب العام إحالة 6 متهمين إلى محكمة الجنايات في مصراتة بتهمة قتل ثلاثة مزارعين ودفنهم في "
            "مقبرة جماعية عام 2019.")
    assert annotate(text).incidents == ()


def test_new_clause_after_a_charge_keeps_its_incident():
    # the look-alike: a finite verb after «و» opens a new event, which stays an incident
    text = ("أوقفت الشرطة متهما بسرقة محل في غريان، وقتل مسلحون شرطيا في اشتباك قرب المدينة")
    assert [i.type for i in annotate(text).incidents] == ["killing"]
    text = "خطف مسلحون طالبا من أمام مدرسته في غريان والمطالبة بفدية من أسرته ما زالت قائمة"
    assert "abduction" in [i.type for i in annotate(text).incidents]


def test_a_passing_illness_is_no_injury_incident():
    # «أصيب بوعكة صحية» alone: no injury reported at all
    text = "وأكدت الإدارة في بلاغ فتح بحث، مشيرة إلى أن الموقوف أصيب بوعكة مفاجئة."
    assert "injury" not in [i.type for i in annotate(text).incidents]
    # the look-alike: a wound stays an injury
    text = "وأكدت الإدارة في بلاغ فتح بحث، مشيرة إلى أن الموقوف أصيب بجروح في الرأس."
    assert "injury" in [i.type for i in annotate(text).incidents]


def test_holding_room_is_a_place_not_a_body():
    # «غرفة الاحتفاظ», «غرفة الإيقاف»: where a man was held, as «غرفة الإنعاش» is a ward
    text = "توفي موقوف بعد ساعات من إيداعه غرفة الاحتفاظ بمنطقة الأمن الوطني بسوسة وقالت عائلته إنه تعرض للضرب"
    names = _names(text)
    assert not any(n.startswith("غرفة") for n in names)
    assert "منطقة الأمن الوطني بسوسة" in names
    # the look-alike: an operations room is a command, a body
    text = "أعلنت غرفة عمليات سرت الجفرة مقتل جنديين في هجوم على بوابة أمنية"
    assert any(n.startswith("غرفة عمليات") for n in _names(text))


def test_labour_inspectorate_is_a_local_body():
    # «تفقدية الشغل بصفاقس»: an inspectorate keeps its town, as a «مندوبية» does
    text = "توفي عامل إثر سقوطه من سقالة في صفاقس، وفتحت تفقدية الشغل بصفاقس بحثا في الحادثة."
    assert "تفقدية الشغل بصفاقس" in _names(text)
    # the look-alike: the verbal noun «تفقد» (an inspection visit) is no body
    text = "أدى الوالي زيارة تفقد إلى الحضيرة في صفاقس بعد سقوط العامل."
    assert not any(n.startswith("تفقد") for n in _names(text))


def test_mother_taken_to_hospital_is_one_hurt():
    # «نقلت الأم في حالة حرجة إلى المستشفى»: the mother taken to care, as «نقل الابن» is one hurt
    text = ("توفي أب وطفلاه ليلة السبت اختناقا بالغاز داخل منزلهم في مدينة باجة، فيما نقلت الأم في حالة حرجة إلى "
            "المستشفى الجهوي بباجة.")
    assert annotate(text).injured == 1
    text = "قتل مسلحون شابا في حي الأندلس، فيما نقلت الجدة مصابة بجروح خطيرة إلى مستشفى طرابلس المركزي."
    assert annotate(text).injured == 1
    # the look-alike: the mother who died in hospital is no one hurt
    text = ("توفي أب وطفلاه ليلة السبت اختناقا بالغاز داخل منزلهم في مدينة باجة، فيما نقلت الأم إلى المستشفى الجهوي "
            "بباجة حيث فارقت الحياة.")
    assert annotate(text).injured is None


def test_suicide_with_a_time_before_the_act_counts_one():
    # «أقدم كهل في الخمسين من عمره مساء أمس على الانتحار»: his age and the time between the verb and «على»
    text = "أقدم كهل في الخمسين من عمره مساء أمس على الانتحار شنقا داخل منزله بمعتمدية سبيطلة من ولاية القصرين."
    assert annotate(text).killed == 1
    text = "أقدمت امرأة في الأربعين من عمرها صباح اليوم السبت على الانتحار بإلقاء نفسها من سطح منزلها في قابس."
    assert annotate(text).killed == 1
    # the look-alike: an attempt counts nobody
    text = "أقدم كهل في الخمسين من عمره مساء أمس على محاولة الانتحار شنقا داخل منزله بسبيطلة قبل أن ينقذه جيرانه."
    assert annotate(text).killed is None

