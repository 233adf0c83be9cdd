"""Arabic pass 53 (tune53): injured counts told by kin, by a share of a group, by a hospital's gunshot cases, and
look-alikes (a period's tally, an arrest for an earlier shooting, work and swimming accidents, stings), with sentences
written for these tests (docs/labelling.md, the section "Arabic pass 53 (tune53): injured counts")."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


def _injured(text: str) -> int | None:
    return _pred(text)["injured"]


# --- injured counts --------------------------------------------------------------------------------------------


def test_kin_joined_one_after_another_are_all_counted() -> None:
    assert _injured("أصيبت امرأة وزوجها وابناهما بجروح عندما سقطت قذيفة على منزلهم في ترهونة.") == 4
    assert _injured("أصيب راع وشقيقه وابنه بشظايا عندما سقطت قذيفة قرب خيمتهم في الأصابعة.") == 3
    # guard: two joined stay two; a harm to property after them adds nobody
    assert _injured("أصيب رجل وزوجته بجروح عندما سقطت قذيفة على منزلهما في ترهونة.") == 2
    assert _injured("أصيب شاب وشقيقه وتضررت سيارتهما عندما سقطت قذيفة في ترهونة.") == 2


def test_kin_named_with_their_ages_one_after_another_are_all_counted() -> None:
    text = ("أصيب المواطن علي سالم (34 عاما) وابنه محمد (12 عاما) وجاره خالد (40 عاما) بشظايا قذيفة سقطت على منزلهم "
            "في عين زارة.")
    assert _injured(text) == 3
    # guard: a victim and his son with their ages stay two
    assert _injured("أصيب المواطن علي سالم (34 عاما) وابنه محمد (12 عاما) بشظايا قذيفة سقطت على منزلهم في عين زارة.") == 2


def test_people_given_first_aid_are_hurt() -> None:
    assert _injured("تم إسعاف أربعة أشخاص إثر سقوط قذيفة على منزل في حي الهضبة بطرابلس.") == 4
    assert _injured("سقطت قذيفة على منزل في حي الهضبة، وجرى إسعاف ثلاثة من سكانه.") == 3
    # guard: a first-aid course counts nobody; a rescue with nobody hurt counts nobody
    assert _injured("نظم الهلال الأحمر دورة تدريبية على الإسعاف لعشرين متطوعا في طرابلس.") is None
    assert _injured("تم إنقاذ أربعة أشخاص من الغرق قبالة زوارة.") is None


def test_a_parent_or_son_told_hurt_after_the_first_is_one_more() -> None:
    assert _injured("أصيب شاب بطعنات في بطنه وأصيبت والدته بكسور في يدها عندما هاجم لصوص منزلهما في درنة.") == 2
    assert _injured("أصيب رجل بطلق ناري في ساقه، كما أصيب ابنه بشظايا في وجهه، عندما هاجم مسلحون مزرعتهما.") == 2
    # guard: a mother who speaks after her son was hurt adds nobody
    assert _injured("أصيب شاب بطعنات في بطنه عندما هاجم لصوص منزله في درنة، وقالت والدته إنه نقل إلى المستشفى.") == 1


def test_fighters_of_a_named_unit_and_civilians_are_added() -> None:
    assert _injured("أسفرت الاشتباكات في ورشفانة عن إصابة أربعة من عناصر الكتيبة 77 وثلاثة مدنيين بينهم طفل.") == 7
    assert _injured("أسفرت الاشتباكات في ورشفانة عن إصابة عنصرين من الكتيبة 77 وثلاثة مدنيين.") == 5
    assert _injured("أسفرت الاشتباكات في ورشفانة عن إصابة جنديين من اللواء 155 مشاة وثلاثة مدنيين.") == 5
    # guard: the same without the unit's name, and a unit with no second group
    assert _injured("أسفرت الاشتباكات في ورشفانة عن إصابة عنصرين وثلاثة مدنيين.") == 5
    assert _injured("أسفرت الاشتباكات في ورشفانة عن إصابة أربعة من عناصر الكتيبة 77 وتدمير آليتين.") == 4


def test_an_assault_that_caused_him_a_wound_counts_one() -> None:
    assert _injured("اعتدى مسلحون على معلم بالضرب داخل مدرسته في سبها ما تسبب له في كسور في يده.") == 1
    assert _injured("اعتدى مجهولون على شقيقين بالضرب قرب منزلهما في سبها ما تسبب لهما في رضوض وجروح.") == 2
    # guard: a loss caused to him is no wound; an assault with no wound stays uncounted
    assert _injured("اعتدى مسلحون على تاجر في سبها وسرقوا محله ما تسبب له في خسائر كبيرة.") is None
    assert _injured("اعتدى مسلحون على معلم بالضرب داخل مدرسته في سبها.") is None


def test_a_share_of_a_group_who_were_hurt() -> None:
    text = ("داهمت قوة أمنية منزلا كانت عصابة تحتجز فيه خمسة عشر مهاجرا من تشاد، وقالت إن سبعة منهم كانوا مصابين "
            "بجروح جراء الضرب ونقلوا إلى المستشفى.")
    assert _injured(text) == 7
    # guard: a share «كانوا» with a disease is no count
    sick = ("داهمت قوة أمنية منزلا كانت عصابة تحتجز فيه خمسة عشر مهاجرا من تشاد، وقالت إن سبعة منهم كانوا مصابين "
            "بأمراض جلدية.")
    assert _injured(sick) is None


def test_a_hospitals_gunshot_cases_are_the_hurt_of_an_incident() -> None:
    pred = _pred("أعلن مستشفى زليتن استقبال ست حالات إصابة بطلقات نارية بعد أن أطلق مسلحون النار على محتجين أمام "
                 "مقر الحكومة.")
    assert pred["is_incident"] and pred["injured"] == 6
    pred = _pred("أعلن مستشفى الجميل استقبال خمس حالات إصابة بعد أن أطلق مسلحون النار على محتجين أمام البلدية.")
    assert pred["is_incident"] and pred["injured"] == 5
    # guard: a disease's cases stay no incident and no count
    pred = _pred("أعلن مركز زليتن الطبي تسجيل ست حالات إصابة جديدة بفيروس كورونا.")
    assert not pred["is_incident"] and pred["injured"] is None


def test_parents_taken_to_hospital_are_two() -> None:
    text = ("اقتحم لصوص منزل الحاج سالم في غات واعتدوا عليه وعلى زوجته بالضرب، وقالت ابنتهما إن والديها نقلا إلى "
            "مستشفى غات.")
    assert _injured(text) == 2
    assert _injured("اعتدى مجهولون على زوجين مسنين في منزلهما بالأبيار، وقال الجيران إن الزوجين نقلا إلى مستشفى "
                    "المرج.") == 2
    # guard: one hurt, his parents speaking, stays one
    assert _injured("أصيب شاب بطلق ناري في غات ونقل إلى المستشفى، وقال والداه إنه كان عائدا من عمله.") == 1


# --- look-alikes -----------------------------------------------------------------------------------------------


def test_a_quarter_or_half_years_tally_is_no_event() -> None:
    pred = _pred("وثق تقرير المنظمة مقتل 14 مدنيا وإصابة 40 آخرين خلال الربع الأول من العام في مدن الجنوب.")
    assert not pred["is_incident"] and pred["injured"] is None and pred["killed"] is None
    pred = _pred("قالت البعثة إن 35 مدنيا أصيبوا خلال النصف الأول من العام في ليبيا.")
    assert not pred["is_incident"] and pred["injured"] is None
    pred = _pred("وثقت منظمة حقوقية إصابة 45 مدنيا خلال شهر أكتوبر في مختلف المدن الليبية.")
    assert not pred["is_incident"] and pred["injured"] is None
    # guard: an event of last night keeps its count
    pred = _pred("أصيب أربعة مدنيين خلال اشتباكات ليلة أمس في حي الأندلس بطرابلس.")
    assert pred["is_incident"] and pred["injured"] == 4


def test_an_arrest_for_an_earlier_shooting_is_a_proceeding() -> None:
    pred = _pred("ضبطت الشرطة في ترهونة متهمين بإطلاق النار على سيارة أجرة الأسبوع الماضي، الذي أسفر عن إصابة "
                 "شخصين، وأحالتهما إلى النيابة.")
    assert not pred["is_incident"] and pred["injured"] is None
    pred = _pred("أعلنت مديرية أمن ترهونة القبض على متهمين بإطلاق النار على حافلة الأسبوع الماضي، الذي أسفر عن إصابة "
                 "أربعة من الركاب.")
    assert not pred["is_incident"] and pred["injured"] is None
    pred = _pred("قضت محكمة جنايات سبها بسجن متهمين بإطلاق النار على مقهى في 2023 ما أسفر عن إصابة خمسة أشخاص.")
    assert not pred["is_incident"] and pred["injured"] is None
    # guard: the shooting told as the news
    pred = _pred("أطلق مسلحون النار على سيارة أجرة في ترهونة مساء أمس، ما أسفر عن إصابة شخصين.")
    assert pred["is_incident"] and pred["injured"] == 2


def test_a_work_accident_while_cleaning_is_no_incident() -> None:
    pred = _pred("أصيب ثلاثة عمال بحالات اختناق أثناء تنظيف خزان مياه في غدامس ونقلوا إلى المستشفى.")
    assert not pred["is_incident"] and pred["injured"] == 3
    # guard: workers shot on a farm are an incident
    pred = _pred("أصيب ثلاثة عمال بطلقات نارية عندما هاجم مسلحون مزرعة في غدامس.")
    assert pred["is_incident"] and pred["injured"] == 3
    # guard: a war remnant that explodes while a farmer clears his land is an incident
    pred = _pred("أصيب مزارع بجروح خطيرة إثر انفجار لغم من مخلفات الحرب أثناء تنظيف أرضه الزراعية في عين زارة.")
    assert pred["is_incident"] and pred["injured"] == 1


def test_scorpion_stings_are_no_incident() -> None:
    assert not _pred("إصابة خمسة عشر شخصا بلدغات العقارب في مرزق خلال أسبوع")["is_incident"]
    assert not _pred("أصيب طفلان بلدغة أفعى قرب غات ونقلا إلى المستشفى.")["is_incident"]
    # guard: a child shot in the same town
    assert _pred("أصيب طفل بطلق ناري عشوائي في مرزق.")["is_incident"]


def test_wounded_sent_abroad_for_treatment_are_no_toll() -> None:
    pred = _pred("الصحة: إيفاد 45 جريحا للعلاج في الأردن\nأعلنت وزارة الصحة إيفاد دفعة جديدة من جرحى الحرب للعلاج في "
                 "مستشفيات الأردن، تضم خمسة وأربعين جريحا بينهم مبتورو أطراف. وقالت الوزارة إن لجنة "
                 "طبية راجعت ملفات أكثر من مئتي جريح.")
    assert not pred["is_incident"] and pred["injured"] is None
    # guard: the wounded of a shelling taken to hospital keep their count
    pred = _pred("أصيب 45 مدنيا في قصف على حي سكني في غريان ونقلوا إلى المستشفى.")
    assert pred["is_incident"] and pred["injured"] == 45


# --- victim categories -----------------------------------------------------------------------------------------


def _cats(text: str) -> set[str]:
    return set(_pred(text)["victim_categories"])


def test_a_wife_beaten_after_her_husband_is_a_woman() -> None:
    assert "women" in _cats("اقتحم لصوص منزلا في هون واعتدوا على صاحبه وعلى زوجته بالضرب المبرح قبل أن يسرقوا سيارته.")
    assert "women" in _cats("اقتحم مسلحون مزرعة الحاج مفتاح في ودان ليلة الجمعة، واعتدوا عليه وعلى زوجته بالضرب المبرح.")
    # guard: his car after him is no woman
    assert "women" not in _cats("اقتحم لصوص منزلا في هون واعتدوا على صاحبه بالضرب المبرح وعلى سيارته قبل أن يفروا.")


def test_a_mother_told_hurt_after_her_son_is_a_woman() -> None:
    assert "women" in _cats("سقطت قذيفة على منزل في هون فأصيب شاب بشظايا، وأفاد شقيقه بأن والدته أصيبت بجروح في يدها.")
    # guard: a mother who speaks is no victim
    assert "women" not in _cats("سقطت قذيفة على منزل في هون فأصيب شاب بشظايا، وقالت والدته إنه نقل إلى المستشفى.")


def test_a_woman_reporter_who_escaped_gunfire_is_a_woman() -> None:
    assert "women" in _cats("نجت مراسلة إذاعة محلية في درنة من محاولة اغتيال بعد أن أطلق مسلحون النار على سيارتها، "
                            "وأصيبت بجروح طفيفة.")
    # guard: a man reporter
    assert "women" not in _cats("نجا مراسل إذاعة محلية في درنة من محاولة اغتيال بعد أن أطلق مسلحون النار على سيارته، "
                                "وأصيب بجروح طفيفة.")


def test_a_childrens_ward_names_no_children() -> None:
    text = ("اختطف مسلحون الممرض سالم الفيتوري، رئيس قسم الأطفال بمستشفى غات العام، أثناء خروجه من عمله مساء السبت.")
    assert "children" not in _cats(text)
    # guard: children hurt in the ward are children
    assert "children" in _cats("أصيب ثلاثة أطفال بشظايا عندما سقطت قذيفة على قسم الأطفال بمستشفى غات العام.")


# --- actors ----------------------------------------------------------------------------------------------------


def _actors(text: str) -> set[str]:
    return {a["name"] if isinstance(a, dict) else a for a in _pred(text)["actors"]}


def test_a_group_of_people_who_attacked_is_an_actor() -> None:
    assert "مجموعة من الأشخاص" in _actors(
        "أصيب ثلاثة عمال سودانيين بكسور إثر تعرضهم للضرب من قبل مجموعة من الأشخاص في سوق الجمعة بمصراتة.")
    assert "مجموعة من الأشخاص" in _actors(
        "أصيب ثلاثة عمال سودانيين بكسور بعد اعتداء مجموعة من الأشخاص عليهم بالعصي في سوق الجمعة بمصراتة.")
    # guard: a group among the hurt, or the other side of a brawl, is no actor
    assert "مجموعة من الأشخاص" not in _actors(
        "أسفر سقوط قذيفة على سوق الجمعة بمصراتة عن إصابة مجموعة من الأشخاص بجروح متفاوتة.")
    assert "مجموعة من الأشخاص" not in _actors(
        "توفي شاب متأثرا بطعنات تلقاها خلال شجار مع مجموعة من الأشخاص في سوق الجمعة بمصراتة.")


def test_a_chamber_of_an_appeals_court_is_named_whole() -> None:
    assert "الدائرة الجنائية بمحكمة استئناف طرابلس" in _actors(
        "أجلت الدائرة الجنائية بمحكمة استئناف طرابلس النظر في قضية المتهمين بقتل شاب في سوق الثلاثاء.")
    # guard: the court alone and the definite appeals court keep their forms
    assert "محكمة استئناف بنغازي" in _actors("قضت محكمة استئناف بنغازي بسجن المتهم بقتل شاب خمس سنوات.")
    assert "الدائرة الجنائية بمحكمة الاستئناف في طرابلس" in _actors(
        "أجلت الدائرة الجنائية بمحكمة الاستئناف في طرابلس النظر في قضية المتهمين بقتل شاب.")


# --- victim status ---------------------------------------------------------------------------------------------


def test_passers_by_hurt_in_a_gunfight_are_civilians() -> None:
    pred = _pred("أصيب ثلاثة من المارة بجروح إثر تبادل لإطلاق النار بين مسلحين قرب سوق الحوت في بنغازي.")
    assert pred["is_incident"] and pred["victim_status"] == "civilian" and pred["injured"] == 3
    pred = _pred("أصيب أحد المارة برصاصة طائشة خلال اشتباك بين مسلحين في حي الأندلس.")
    assert pred["is_incident"] and pred["victim_status"] == "civilian"
    # guard: gunmen hurt in their own gunfight stay fighters
    pred = _pred("أصيب ثلاثة مسلحين بجروح إثر تبادل لإطلاق النار بين مجموعتين مسلحتين قرب سوق الحوت في بنغازي.")
    assert not pred["is_incident"]


def test_a_patients_companions_who_beat_a_nurse_are_actors() -> None:
    assert "مرافقي أحد المرضى" in _actors(
        "تعرض ممرض في قسم الطوارئ بمستشفى غريان العام للضرب من قبل مرافقي أحد المرضى، ما تسبب له في كسور في يده.")
    assert "مرافقي مريضة" in _actors(
        "تعرضت طبيبة مناوبة بمستشفى يفرن للاعتداء بالضرب على يد مرافقي مريضة، ونقلت إلى قسم العظام لإصابتها بكسر.")
    # guard: one of a patient's companions hurt is a victim, no actor
    assert not {"مرافقي أحد المرضى", "مرافقي مريض"} & _actors(
        "سقطت قذيفة على مستشفى غريان العام ما أدى إلى إصابة أحد مرافقي مريض بشظايا.")


def test_a_council_named_by_its_town_and_district_is_named_whole() -> None:
    assert "المجلس البلدي طرابلس المركز" in _actors(
        "أصيب ثلاثة أطفال في قصف على حي سكني، ودعا المجلس البلدي طرابلس المركز إلى وقف القصف.")
    # guard: a council and its town alone
    assert "المجلس البلدي مصراتة" in _actors("أصيب ثلاثة أطفال في قصف على حي سكني، ودعا المجلس البلدي مصراتة إلى وقف القصف.")


def test_last_year_after_a_body_is_no_part_of_its_name() -> None:
    actors = _actors("أصيب ثلاثة أطفال في قصف على حي سكني، وهم من المستفيدين من برنامج أطلقته الوزارة العام الماضي.")
    assert "الوزارة العام الماضي" not in actors
    # guard: the attorney general keeps «العام»
    assert "النائب العام" in _actors("أصيب ثلاثة أطفال في قصف على حي سكني في غريان، وفتح النائب العام تحقيقا في الحادثة.")
