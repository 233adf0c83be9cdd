"""Arabic pass 72 (tune72): counts told indirectly in short posts, with sentences written for these tests
(docs/labelling.md, the section "Arabic pass 72 (tune72): counts told indirectly in short posts"). Each test has a
look-alike that must not change."""

from nlp.annotate import annotate
from nlp.evaluate import predict


def _ann(text: str):
    return annotate(text, "ar", "2026-06-10")


def _cats(text: str) -> set[str]:
    return set(predict({"text": text, "lang": "ar", "published_at": "2026-06-10"})["victim_categories"])


# --- plural victims in the dialect and the plural of «راعي» -----------------------------------------------------


def test_dialect_little_ones_counted_and_children() -> None:
    # «صغار» is the Libyan word for children: counted by a number before it, and the category
    text = "أربعة صغار ماتوا في قذيفة طاحت على بيتهم في حي الأندلس بالليل."
    assert _ann(text).killed == 4 and "children" in _cats(text)
    assert "children" in _cats("الصغار التلاتة انصابوا بشظايا لما طاحت القذيفة على الحوش في الهضبة.")
    # guard: adults counted by the same words stay adults
    assert "children" not in _cats("أربعة شباب ماتوا في قذيفة طاحت على بيتهم في حي الأندلس بالليل.")


def test_shepherds_plural_is_counted() -> None:
    assert _ann("خمسة رعاة قتلوا في غارة جوية على مرعى قرب القريات صباح اليوم.").killed == 5
    assert _ann("ستة رعاة ماتوا في ضربة مسيرة على وادي قرب نسمة.").killed == 6
    # guard: a number of sheep is no count of people
    assert _ann("قتل راع وسرقت خمسة رؤوس من الغنم قرب القريات صباح اليوم.").killed == 1


def test_dialect_pair_word_counts_two() -> None:
    # Libyan «جوز» (a pair) before a plural of people is two, as «زوز»
    result = _ann("جوز شباب انصابوا برصاص طايش في اشتباكات قرب سوق الجمعة البارح.")
    assert result.injured == 2
    # guard: «جوز» as a food is no number
    result = _ann("أصيب شاب برصاصة وهو يبيع جوز الهند في سوق الجمعة البارح.")
    assert result.injured == 1


# --- «فقد حياته»: lost his life ---------------------------------------------------------------------------------


def test_lost_his_life_is_a_death() -> None:
    result = _ann("مواطن واحد فقد حياته في الرماية العشوائية اللي صارت في حي السلام بطبرق.")
    assert result.is_incident and "killing" in {i.type for i in result.incidents} and result.killed == 1
    result = _ann("ثلاثة مهاجرين فقدوا حياتهم برصاص حرس مسلح قرب الشويرف فجر اليوم.")
    assert result.killed == 3
    # guard: losing a job, or a phone, is no death
    result = _ann("مواطن فقد عمله بعد إغلاق المصنع في طبرق الشهر الماضي.")
    assert not result.is_incident and result.killed is None


# --- «my uncle died in the shelling»: a family's own dead --------------------------------------------------------


def test_my_kin_killed_counts_one() -> None:
    assert _ann("خالي مات في القصف اللي طاح على الحوش في قصر بن غشير البارح.").killed == 1
    assert _ann("جدتي توفيت برصاص مسلحين قدام الحوش في صرمان البارح.").killed == 1
    # guard: an empty house or a serious talk is no victim; no killing, no count
    assert _ann("البيت خالي من السكان بعد المطر في صرمان.").killed is None


# --- a bracketed age in the dialect's years -----------------------------------------------------------------------


def test_bracketed_age_in_dialect_years() -> None:
    # «(7 سنين)»: the Libyan plural of «سنة» after a victim's name in a family's list
    assert "children" in _cats("قذيفة طاحت على الحوش في الزاوية، وانصاب ولدنا سالم (7 سنين) في رجله.")
    # guard: an adult's age in the same words says no child
    assert "children" not in _cats("قذيفة طاحت على الحوش في الزاوية، وانصاب خونا سالم (37 سنين) في رجله.")


# --- a woman of the family hurt, told in the dialect ----------------------------------------------------------------


def test_family_woman_hurt_in_dialect_is_a_woman() -> None:
    # «وأمي تعورت», «وانصابت زوجته»: the mother or the wife, with the dialect's feminine verbs of harm
    assert "women" in _cats("قذيفة طاحت على الحوش في الهضبة، وخوي انصاب في كتفه وأمي تعورت في رجلها.")
    assert "women" in _cats("مسلحين رموا على سيارة في العجيلات، ومات الراجل وانصابت زوجته في كتفها.")
    # guard: the men of the family hurt by the same verbs are no women
    assert "women" not in _cats("قذيفة طاحت على الحوش في الهضبة، وخوي انصاب في كتفه وبوي تعور في رجله.")
    assert "women" not in _cats("مسلحين رموا على سيارة في العجيلات، ومات الراجل وانصاب ولده في كتفه.")


def test_children_in_front_of_whom_it_happened_are_witnesses() -> None:
    # «قدام صغارها»: the Libyan «in front of» her children, who saw the killing, not its victims
    assert "children" not in _cats("جارنا طعن مرته في الحوش بالمرج لين فارقت الحياة قدام صغارها.")
    # guard: children hurt in front of the house stay children
    assert "children" in _cats("تلاتة صغار انصابوا بشظايا قذيفة قدام الحوش في المرج.")


# --- accidents told in the dialect: a torch blowing up, a bather drowned ---------------------------------------------


def test_welding_torch_and_bather_drowned_are_accidents() -> None:
    # «بابور» (the Libyan gas torch or stove) blowing up in a workshop, a boy drowned at a beach: accidents
    assert not _ann("انفجر بابور لحام في ورشة بالمنشية العصر، ومات صاحب الورشة وتعورو زوز من الصنايعية.").is_incident
    assert not _ann("انتشلت فرق الإنقاذ جثة شاب عمره 17 سنة غرق في شاطئ سيدي خليفة اليوم.").is_incident
    # guard: a shell on a workshop, and migrants drowned off a beach, keep their reading
    assert _ann("سقطت قذيفة على ورشة حدادة في المنشية العصر، ما أدى إلى مقتل مواطن وإصابة اثنين من العمال.").is_incident
    assert _ann("انتشلت فرق الإنقاذ جثث تسعة مهاجرين غرقوا قبالة شاطئ سيدي خليفة بعد انقلاب قاربهم.").is_incident


def test_al_berka_district_is_no_pond() -> None:
    # «في البركة»: the Benghazi district, not «في بركة» (in a pond), which tells a drowning only with its verb
    result = _ann("أصيب شابان بشظايا قذيفة قرب مدخل السوق في البركة.")
    assert result.is_incident and result.injured == 2
    # guard: a child drowned in a pond stays an accident
    assert not _ann("توفي طفل غرقا في بركة قرب منزله في سلوق.").is_incident
    assert not _ann("غرق طفل في بركة قرب منزله في سلوق.").is_incident


# --- «الرماية»: the Libyan word for gunfire ---------------------------------------------------------------------


def test_libyan_gunfire_word_confirms_a_death() -> None:
    # «الرماية اللي صارت»: the shooting that happened; it confirms a weak verb of dying as a killing
    result = _ann("شاب واحد فقد حياته في الرماية اللي صارت العشية على مربوعة في مسلاتة.")
    assert result.is_incident and "killing" in {i.type for i in result.incidents} and result.killed == 1
    # guard: a shooting contest with no victim is no incident
    assert not _ann("انطلقت اليوم بطولة الرماية في مسلاتة بمشاركة أربعين راميا من عدة مدن.").is_incident
    # guard: a drill's live firing, with a warning to the people, is no incident
    assert not _ann("كتيبة المدفعية تنفذ رماية بالذخيرة الحية قرب الجفرة، وتحذر المواطنين من الاقتراب من منطقة الرماية.").is_incident


def test_dialect_children_and_family_are_civilians() -> None:
    # «الصغار», «بوي», «خوي»: children and a family's father or brother hurt at home are civilians
    assert _ann("الصغار التلاتة انصابوا بشظايا قذيفة طاحت على الحوش في الهضبة.").victim_status == "civilian"
    assert _ann("بوي انصاب بشظية في ظهره لما طاحت القذيفة على الحوش في الهضبة.").victim_status == "civilian"
    # guard: fighters hurt by the same words are no civilians, nor are «small traders» harmed
    assert _ann("الحريق في السوق أضر بصغار التجار في الهضبة وانصاب عسكري في الحريق.").victim_status != "civilian"
    assert _ann("تلاتة مقاتلين انصابوا بشظايا قذيفة طاحت على التمركز في الهضبة.").victim_status != "civilian"


def test_dialect_wife_of_kin_hurt_is_a_woman() -> None:
    # «مرة خوي» (my brother's wife), «مرته» (his wife) then a feminine verb of harm: a woman
    assert "women" in _cats("جدي مات في القصف على الحوش في العزيزية، ومرة خوي انجرحت في كتفها.")
    assert "women" in _cats("الراجل مات في الرماية على سيارته في العزيزية، ومرته انصابت في رجلها.")
    # guard: «مرة» as «once» and a man hurt are no woman
    assert "women" not in _cats("الراجل مات في الرماية على سيارته في العزيزية، وخوه انصاب مرة تانية في رجله.")
