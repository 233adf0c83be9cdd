"""Arabic pass 60 (tune60): the incident and the Libya decisions in Jawhara FM-style news, with sentences written for
these tests (docs/labelling.md, the section "Arabic pass 60 (tune60): the incident and Libya decisions in Jawhara
FM-style news"). Each test has a look-alike that must not move."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- false incidents ----------------------------------------------------------------------------------------------


def test_taliban_members_are_fighters_not_two_students() -> None:
    pred = _pred("قتل 6 عناصر من حركة طالبان في هجوم لتنظيم داعش على حاجز أمني بولاية قندوز.")
    assert not pred["is_incident"] and pred["victim_status"] == "combatant"
    pred = _pred("مقتل 4 من مقاتلي طالبان في كمين شرقي أفغانستان")
    assert not pred["is_incident"]
    # guard: two students hurt are two civilians
    pred = _pred("أصيب طالبان بجروح إثر إطلاق نار على حافلة مدرسية في كويتا.")
    assert pred["is_incident"] and pred["victim_status"] == "civilian"


def test_a_suspect_held_over_a_killing_is_a_proceeding() -> None:
    text = ("تمكنت فرقة الشرطة العدلية بنابل من إيقاف كهل يشتبه في تورطه في جريمة قتل شاب عثر على جثته الشهر "
            "الماضي قرب محطة القطار.")
    assert not _pred(text)["is_incident"]
    text = "ألقت الوحدات الأمنية القبض على امرأة يشتبه في ضلوعها في قتل جارتها المسنة بقليبية."
    assert not _pred(text)["is_incident"]
    # guard: the killing told as the news, an arrest beside it
    text = "قتل شاب طعنا بسكين قرب محطة القطار بنابل، وأوقفت الشرطة المعتدي."
    assert _pred(text)["is_incident"]


def test_a_documentary_about_abuses_is_no_event() -> None:
    pred = _pred("وثائقي مغربي عن معتقلي الرأي في الجزائر يعرض في باريس\n"
                 "يعرض غدا الشريط الوثائقي للمخرجة سلمى العياري، الذي يتناول شهادات سجناء رأي سابقين في الجزائر.")
    assert not pred["is_incident"]
    assert not _pred("فيلم جديد عن ضحايا التعذيب في السجون السورية يفوز بجائزة في برلين")["is_incident"]
    # guard: an abduction told beside a festival is still news
    pred = _pred("اختطاف مخرج تونسي في بنغازي\nاختطف مسلحون المخرج التونسي كريم الشابي أمس في بنغازي.")
    assert pred["is_incident"]


def test_crimes_named_as_a_class_by_a_bill_are_no_event() -> None:
    text = "قالت رئيسة الجمعية إن المقترح يتضمن تشديد العقوبات في جرائم قتل الأطفال."
    assert not _pred(text)["is_incident"]
    assert not _pred("دعا نواب إلى مضاعفة العقوبات على جرائم الاعتداء على الأطباء في المستشفيات.")["is_incident"]
    # guard: crimes done, told with their victims, stay an incident
    text = "قالت منظمة حقوقية إن مسلحين ارتكبوا جرائم قتل بحق مدنيين في قرية بشمال مالي أمس."
    assert _pred(text)["is_incident"]


# --- missed incidents ---------------------------------------------------------------------------------------------


def test_people_held_by_an_armed_group_is_a_detention() -> None:
    text = ("قال شقيق أحد الصيادين إن تسعة صيادين من جرجيس ما زالوا محتجزين لدى مجموعة مسلحة في مدينة الخمس "
            "منذ أسبوعين.")
    pred = _pred(text)
    assert pred["is_incident"] and pred["in_libya"]
    pred = _pred("عمال مصريون محتجزون لدى ميليشيا في سرت منذ شهر")
    assert pred["is_incident"]
    # guard: held by the police for a charge stays routine news
    pred = _pred("قال شقيق أحد الصيادين إن الصيادين محتجزون لدى الشرطة في مدينة الخمس بتهمة الصيد في المياه الإقليمية.")
    assert not pred["is_incident"]


def test_travellers_beaten_are_civilians() -> None:
    pred = _pred("تعرض عدد من المسافرين للضرب من قبل أعوان أمن في معبر ذهيبة وازن أمس.")
    assert pred["is_incident"] and "injury" in pred["incident_types"]
    # guard: a night spent at a crossing is no death («قضوا», "perished", is also "spent")
    pred = _pred("قال مراسلنا إن مئات المسافرين قضوا الليلة في سياراتهم أمام معبر وازن.")
    assert not pred["is_incident"] and pred["victim_status"] is None
    # guard: travellers hurt in a bus crash stay an accident
    pred = _pred("أصيب 12 مسافرا بجروح إثر انقلاب حافلة على الطريق الرابطة بين قابس ومدنين.")
    assert not pred["is_incident"]


# --- the Libya decision -------------------------------------------------------------------------------------------


def test_a_town_placed_by_direction_and_country_is_there() -> None:
    text = ("ارتفعت حصيلة الاشتباكات في مدينة الزاوية غربي ليبيا إلى 9 قتلى و14 جريحا، وفق مصدر طبي. ودعت السفارة "
            "التونسية التونسيين المقيمين في الزاوية إلى الحذر.")
    assert _pred(text)["in_libya"]
    # guard: the Tunisian namesake, named with its own cue, stays in Tunisia
    text = "تعرض شاب للطعن بسكين في مدينة الزاوية بولاية سوسة التونسية ونقل إلى المستشفى."
    assert not _pred(text)["in_libya"]


# --- counts -------------------------------------------------------------------------------------------------------


def test_the_number_after_by_counts_the_attackers() -> None:
    text = ("أفاد مصدر أمني بأن كهلا تعرض لاعتداء بالعنف من قبل أربعة شبان في باجة. وأوضح أن الكهل أصيب بجرح في "
            "الرأس ونقل إلى المستشفى.")
    assert _pred(text)["injured"] == 1
    assert _pred("أصيب عامل بجروح بعد أن تعرض للطعن على يد ثلاثة مجهولين في بنزرت.")["injured"] == 1
    # guard: the victims counted before the agent stay counted
    assert _pred("أصيب ثلاثة شبان بجروح بعد أن تعرضوا للطعن على يد مجهول في بنزرت.")["injured"] == 3


def test_a_mother_and_her_son_hurt_are_two() -> None:
    assert _pred("أضرم مجهولون النار في منزل بقبلي ما أدى إلى إصابة أم وابنها بحروق.")["injured"] == 2
    # guard: «أم» as "or" counts nobody
    pred = _pred("لم يعرف بعد هل توفي أم قتل الشاب الذي عثر على جثته في قبلي.")
    assert pred["injured"] is None


def test_a_boat_that_sank_off_an_island_is_not_in_libya() -> None:
    text = "غرق قارب يقل 40 مهاجرا قرب جزيرة لمبدوزا الإيطالية بعد انطلاقه من سواحل صبراتة غربي ليبيا."
    assert not _pred(text)["in_libya"]
    text = ("فقدان 25 مهاجرا إثر غرق قارب انطلق من صبراتة الليبية قرب لمبدوزا\nوقال أحد الناجين إن المهربين في ليبيا "
            "أجبروهم على الصعود إلى القارب.")
    assert not _pred(text)["in_libya"]
    # guard: torture in a Libyan detention centre told by migrants who reached the island stays in Libya
    text = "وصل 40 مهاجرا إلى جزيرة لمبدوزا الإيطالية بعد أن تعرضوا للتعذيب في مركز احتجاز بصبراتة غربي ليبيا."
    assert _pred(text)["in_libya"]


def test_a_cautious_calm_is_no_warning() -> None:
    pred = _pred("يسود هدوء حذر مدينة غريان اليوم بعد اشتباكات ليلة أمس أسفرت عن مقتل ثلاثة مدنيين بينهم طفل.")
    assert pred["is_incident"] and pred["killed"] == 3
    # guard: a warning of deaths to come stays a warning
    assert not _pred("حذرت البعثة من أن الاشتباكات قد تؤدي إلى مقتل مدنيين في غريان.")["is_incident"]


def test_one_of_two_groups_counts_no_person() -> None:
    text = "اندلعت اشتباكات بين مجموعتين مسلحتين في ترهونة أسفرت عن مقتل عنصرين من إحدى المجموعتين."
    assert _pred(text)["killed"] == 2
    # guard: «one of» the citizens is one person
    assert _pred("أصيب أحد المواطنين بجروح في إطلاق نار بترهونة.")["injured"] == 1


def test_a_bather_drowned_at_a_beach_is_an_accident() -> None:
    pred = _pred("وفاة طفلين غرقا في شاطئ المهدية")
    assert not pred["is_incident"] and pred["killed"] == 2
    assert not _pred("وفاة شاب غرقا بأحد شواطئ الحمامات مساء أمس")["is_incident"]
    # guard: migrants drowned off a coast stay an incident
    assert _pred("وفاة 20 مهاجرا غرقا قبالة سواحل صفاقس")["is_incident"]
    # guard: a bather stabbed on a beach is an assault, no accident
    assert _pred("أصيبت مصطافة بجروح إثر اعتداء بسكين نفذه شاب على شاطئ سوسة")["is_incident"]


def test_the_side_of_a_crossing_told_decides() -> None:
    text = ("بن قردان: اعتداء على مسافرين في الجانب الليبي من معبر راس جدير\nأفاد مصدر من بن قردان بأن مسافرين تعرضوا "
            "للضرب من قبل عناصر أمنية في الجانب الليبي من معبر راس جدير، ونقل اثنان منهم إلى مستشفى بن قردان.")
    assert _pred(text)["in_libya"]
    # guard: the Tunisian side told stays out of Libya
    text = ("بن قردان: اعتداء على مسافرين في الجانب التونسي من معبر راس جدير\nأفاد مصدر من بن قردان بأن مسافرين "
            "تعرضوا للضرب في الجانب التونسي من معبر راس جدير.")
    assert not _pred(text)["in_libya"]


def test_a_release_told_with_its_subject_between_is_a_release() -> None:
    pred = _pred("أطلقت السلطات سراح الناشطة الحقوقية سلمى الورفلي بعد احتجاز دام أسبوعين.")
    assert not pred["is_incident"]
    # guard: a release demanded for a man held without charge stays a detention
    pred = _pred("تطالب العائلة السلطات بإطلاق سراح ابنها المحتجز دون تهمة منذ شهرين.")
    assert pred["is_incident"]


def test_a_news_outlet_or_rights_office_stormed_is_an_attack_on_civil_society() -> None:
    pred = _pred("اقتحم مسلحون ملثمون مقر قناة محلية في زليتن.")
    assert pred["incident_types"] == ["attack_on_civil_society"]
    pred = _pred("اقتحم مجهولون مقر جمعية حقوقية في قفصة وعبثوا بمحتوياته.")
    assert pred["incident_types"] == ["attack_on_civil_society"]
    # guard: a police search of a charity suspected of fraud is routine news
    assert not _pred("اقتحمت قوات الأمن مقر جمعية خيرية مشبوهة في قفصة وحجزت وثائق.")["is_incident"]
