"""Counts eighth pass (the injured; docs/labelling.md): kinds of Arabic phrasing that gave a wrong number of injured,
each in sentences of our own."""

from nlp.annotate import annotate


def _counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "ar", "2026-05-10")
    return annotation.killed, annotation.injured


def test_an_assault_with_no_injury_stated_counts_no_injured() -> None:
    # the guide: an assault with no injury stated is `other`; its victims are not «injured»
    assert _counts("ندد اتحاد المعلمين بالاعتداء على معلم داخل مدرسة ابتدائية في غريان.")[1] is None
    assert _counts("نقابة الصحفيين تدين الاعتداء على مصورة صحفية أثناء تغطيتها وقفة احتجاجية.")[1] is None
    # an injury told in the document still counts; a beating with no wound stated does not (settled by the real
    # labels, docs/labelling.md "Jawhara-style pass 3 (tune18)")
    assert _counts("الاعتداء على سائق أجرة في المحطة\nوقد نقل السائق إلى المستشفى لتلقي العلاج.")[1] == 1
    assert _counts("تعرض سائق أجرة للاعتداء ما أدى إلى إصابته بكسور في اليد.")[1] == 1
    assert _counts("شبان يعتدون بالضرب على حارس وموظفين اثنين في مقر البلدية.")[1] is None


def test_the_hurt_told_after_an_assault_replace_its_victims() -> None:
    # the lead names three assaulted, the body says two were hurt and the third only shocked
    text = ("عمال محطة وقود يوقفون العمل\n"
            "أوقف عمال محطة وقود في الخمس العمل بعد الاعتداء بالضرب على حارسين وسائق داخل المحطة. "
            "وأوضح أحد العمال أن الحارسين أصيبا بكدمات، فيما تعرض السائق لحالة هلع.")
    assert _counts(text)[1] == 2


def test_wounds_counted_on_a_body_part_are_no_people() -> None:
    # «وبه أربع إصابات في الصدر»: four wounds of one man, not four injured
    text = ("مقتل سائق بطلق ناري في سوق المدينة\n"
            "لقي سائق شاحنة حتفه برصاص مجهولين مساء السبت. "
            "وأفاد الطبيب الشرعي بأن الجثة وصلت وعليها أربع إصابات في الصدر والبطن.")
    assert _counts(text) == (1, None)
    assert _counts("أصيب الشاب بثلاث طعنات في الظهر ونقل إلى المستشفى.")[1] == 1


def test_people_named_before_their_transfer_to_hospital_for_wounds_are_injured() -> None:
    # «ستة منهم نقلوا إلى المستشفى بسبب جروح»: the number comes before the transfer (SVO), not after it
    text = ("تحرير 20 عاملا احتجزتهم عصابة في مزرعة\n"
            "حررت قوة أمنية 20 عاملا أجنبيا احتجزتهم عصابة في مزرعة جنوب المدينة. "
            "وقال مصدر أمني إن ستة منهم نقلوا إلى المستشفى بسبب كدمات وجروح.")
    assert _counts(text)[1] == 6
    # the rescued taken to hospital for checks are no count of the hurt
    assert _counts("وتم إنقاذ 9 بحارة آخرين نقلوا إلى المستشفى الجهوي لإجراء الفحوص.")[1] is None


def test_the_head_of_a_household_is_a_victim() -> None:
    # «ربة منزل», «رب عائلة» (Maghreb news for a housewife, a family man): one victim, joined to the others
    assert _counts("انفجار قارورة غاز يتسبب في إصابة ربة منزل وابنتيها بحروق")[1] == 3
    assert _counts("مقتل رب عائلة طعنا في حي شعبي بالقيروان")[0] == 1
    assert _counts("إصابة رب أسرة وزوجته في حادث مرور")[1] == 2


def test_a_victim_taken_to_hospital_in_a_relative_clause_is_one_injured() -> None:
    # «على حارس المصنع الذي نقل إلى المستشفى»: the victim stands before «الذي», the transfer after it
    assert _counts("وتعود الوقائع إلى هجوم شاب على حارس المصنع الذي نقل إلى المستشفى لتلقي العلاج.")[1] == 1
    # a patient who died there is no injured
    assert _counts("وتعود الوقائع إلى هجوم شاب على حارس المصنع الذي نقل إلى المستشفى حيث توفي.")[1] is None


def test_people_in_shock_are_not_injured() -> None:
    # the labels leave those «بصدمة نفسية» / «بحالة هلع» out of the injured
    assert _counts("أصيب شخصان بجروح خفيفة فيما أصيب 3 آخرون بحالة هلع جراء الانفجار")[1] == 2
    assert _counts("انفجار قارورة غاز يخلف إصابة 4 أشخاص بصدمة نفسية")[1] is None
    # wounds and shock together are still wounds
    assert _counts("أصيب 4 أشخاص بجروح وصدمة إثر انهيار سقف منزل")[1] == 4


def test_a_second_number_named_by_its_wounds_is_added() -> None:
    # «إصابات طفيفة / خطيرة» lists: each group of the injured by its wounds
    assert _counts("أصيب ثلاثة أشخاص بجروح طفيفة واثنان بجروح خطيرة في حادث مرور")[1] == 5
    assert _counts("أصيب 4 أعوان بإصابات طفيفة و2 بإصابات بليغة")[1] == 6
    # a breakdown of a total already given adds nothing
    assert _counts("أسفر الحادث عن إصابة 5 أشخاص بجروح متفاوتة، ثلاثة بجروح طفيفة واثنان بجروح خطيرة")[1] == 5


def test_a_range_is_not_two_groups() -> None:
    # «ما بين 5 و7»: a range gives its lower bound (like «أكثر من 5»), not 5 + 7
    assert _counts("أصيب ما بين 5 و7 أشخاص في حادث انقلاب حافلة")[1] == 5
    assert _counts("مقتل 71 مسلحا و7 عسكريين في هجوم")[0] == 78


def test_victims_after_the_event_named_past_the_passive_are_counted() -> None:
    # «وأصيب في الهجوم سائق السيارة ومرافقه»: the subject follows the event, two victims
    assert _counts("وأصيب في الهجوم سائق الحافلة ومرافقه بجروح")[1] == 2
    assert _counts("وأصيب في الانفجار شابان كانا يمران بالمكان")[1] == 2
    # an appeal «الطعن في الحكم أمام المحكمة» names no event and no victim
    assert _counts("ويمكن للمتهمين الطعن في الحكم أمام محكمة الاستئناف")[1] is None
