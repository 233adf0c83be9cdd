"""Arabic pass 118 (tune118: injured and killed counts told every way): our own sentences, other names, towns and
wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def test_wounded_recover_told_by_the_idiom():
    # «تماثل ... للشفاء»: the hurt of an earlier event recovering is the discharge's news (no incident, no counts),
    # also with no hospital named in the headline
    text = ("تماثل مصابي حادث إطلاق النار في ترهونة للشفاء\n"
            "قالت إدارة مستشفى ترهونة العام إن المصابين الذين استقبلتهم الأسبوع الماضي غادروا جميعا بعد تماثلهم للشفاء.")
    result = annotate(text)
    assert not result.incidents
    assert result.injured is None
    # the look-alike: a new harm told in the headline keeps its incident
    text = ("إصابة ثلاثة أشخاص في إطلاق نار بترهونة\n"
            "أصيب ثلاثة أشخاص برصاص مسلحين في سوق ترهونة مساء الإثنين، وقال المستشفى إن حالتهم مستقرة.")
    result = annotate(text)
    assert result.incidents
    assert result.injured == 3


def test_capacity_to_receive_the_wounded_is_no_harm():
    # «قدرتها على استقبال الجرحى»: the wounded a hospital is able to receive are its purpose, nobody is hurt
    text = ("منظمة دولية تدعم مستشفيات الجفرة\n"
            "سلمت منظمة إغاثة دولية معدات طبية لمستشفيات هون وودان وسوكنة، لتعزيز قدرتها على علاج المصابين في حالات "
            "الطوارئ.")
    assert not annotate(text).incidents
    text = ("وزارة الصحة تجهز مستشفى الكفرة\n"
            "قالت وزارة الصحة إن مستشفى الكفرة بات قادرا على استقبال الجرحى بعد تجهيز قسم الطوارئ بأسرة جديدة.")
    assert not annotate(text).incidents
    # the look-alike: the wounded a hospital did receive were hurt
    text = ("مستشفى الكفرة يستقبل جرحى\n"
            "قال مستشفى الكفرة العام إنه استقبل أربعة جرحى أصيبوا بالرصاص في اشتباك بين مسلحين وسط المدينة.")
    result = annotate(text)
    assert result.incidents
    assert result.injured == 4


def test_charcoal_stove_fumes_are_an_accident():
    # a charcoal or wood stove lit in a closed room: an accident, its dead counted, no incident
    text = ("وفاة عامل اختناقا في مرزق\n"
            "توفي عامل وأسعف زميله إثر استنشاقهما دخان موقد حطب أشعلاه داخل غرفتهما في مرزق ليلة الأحد.")
    result = annotate(text)
    assert not result.incidents
    assert result.killed == 1
    # the look-alike: smoke of a fire set by gunmen stays an attack
    text = ("وفاة عامل في حريق متعمد بمرزق\n"
            "توفي عامل اختناقا بعد أن أضرم مسلحون مجهولون النار في ورشته في مرزق ليلة الأحد.")
    assert annotate(text).incidents


def test_found_dead_told_by_a_state_word():
    # «عثرت على رجل ... متوفى / منتحرا»: a person found dead is one dead, as «العثور على جثة» (a suicide keeps its
    # count: the twelfth session's answer)
    text = ("العثور على رجل متوفى في شقته بالخمس\n"
            "قال مركز شرطة الخمس إنه عثر على رجل في الأربعين متوفيا داخل شقته، وتشير التحريات إلى أنه انتحر.")
    assert annotate(text).killed == 1
    text = "أعلنت الشرطة أنها عثرت على سيدة في الخمسين منتحرة داخل منزلها في غات."
    assert annotate(text).killed == 1
    # the look-alike: someone found alive, or a missing child found safe, counts nobody
    text = "أعلنت الشرطة أنها عثرت على الطفل المفقود سالما في مزرعة قرب غات، وسلمته إلى أسرته."
    assert annotate(text).killed is None


def test_tear_gas_breathed_counts_the_treated():
    # «إثر استنشاقهم الغاز المسيل للدموع»: people treated for the tear gas they breathed are hurt (the eleventh session)
    text = ("إسعاف محتجين في مصراتة\n"
            "أسعفت فرق الهلال الأحمر خمسة أشخاص بينهم طفل إثر استنشاقهم الغاز المسيل للدموع الذي أطلقته قوات الأمن "
            "لتفريق محتجين على غلاء الأسعار في مصراتة.")
    result = annotate(text)
    assert result.incidents
    assert result.injured == 5
    # the look-alike: a gas leak at home stays an accident
    text = ("إسعاف أسرة في مصراتة\n"
            "أسعفت فرق الهلال الأحمر خمسة أشخاص من أسرة واحدة إثر استنشاقهم غازا تسرب من قارورة غاز في مطبخ منزلهم.")
    assert not annotate(text).incidents


def test_others_hurt_told_by_a_bare_plural_count_nobody():
    # «قتل شاب وأصيب آخرون بجروح»: the wounded are «others», an unstated number (the guide: bare plurals null), not the
    # one killed before them
    text = ("إطلاق نار في سوق بني وليد\n"
            "قتل رجل وأصيب آخرون بجروح متفاوتة في إطلاق نار داخل سوق بني وليد ظهر السبت.")
    result = annotate(text)
    assert result.killed == 1
    assert result.injured is None
    text = ("اشتباكات في صبراتة\n"
            "قتل ثلاثة مسلحين ومدني واحد وأصيب آخرون في اشتباكات بصبراتة.")
    result = annotate(text)
    assert result.killed == 4
    assert result.injured is None
    # the look-alikes: a single victim told wounded, and «وأصيب آخر» (one more), keep their counts
    text = ("إطلاق نار في سوق بني وليد\n"
            "أصيب رجل بجروح متفاوتة في إطلاق نار داخل سوق بني وليد ظهر السبت.")
    assert annotate(text).injured == 1
    text = ("إطلاق نار في سوق بني وليد\n"
            "قتل رجل وأصيب آخر بجروح في إطلاق نار داخل سوق بني وليد ظهر السبت.")
    result = annotate(text)
    assert (result.killed, result.injured) == (1, 1)


def test_bullet_or_shrapnel_as_the_subject_of_hit():
    # «أصابت رصاصات طائشة طفلين»: the bullet or shrapnel is the subject of «أصاب / أصابت», the victims its object
    text = ("رصاص عشوائي في هون\n"
            "أصابت رصاصة طائشة فتاة داخل منزل أسرتها في هون مساء الجمعة.")
    assert annotate(text).injured == 1
    text = ("قصف على حي في درنة\n"
            "أصابت شظايا قذيفة هاون شقيقين كانا يلعبان قرب منزلهما في درنة.")
    assert annotate(text).injured == 2
    # the look-alike: the shell hit a building, no one is counted
    text = ("قصف على حي في درنة\n"
            "أصابت شظايا قذيفة هاون خزان مياه قرب مدرسة في درنة دون تسجيل إصابات.")
    assert annotate(text).injured is None


def _categories(text: str) -> set[str]:
    return {c for i in annotate(text).incidents for c in i.victim_categories}


def test_red_crescent_volunteer_of_a_branch_is_a_medic():
    # the settled answers (ninth session): Red Crescent volunteers are medics, in every form and gender, also «بفرع»
    text = ("إصابة متطوع في غريان\n"
            "أصيب متطوع بفرع الهلال الأحمر الليبي في غريان بشظايا قذيفة سقطت قرب سيارة الإسعاف مساء السبت.")
    assert "medics" in _categories(text)
    text = ("متطوعة بالهلال الأحمر تصاب بشظايا في درنة\n"
            "أصيبت متطوعة بفرع الهلال الأحمر الليبي في درنة بشظايا قذيفة سقطت قرب مدرسة صباح الإثنين.")
    assert {"medics", "women"} <= _categories(text)
    # the look-alike: the Red Crescent that only reports the news names no medic among the hurt
    text = ("إصابة طفل في درنة\n"
            "أصيب طفل برصاصة طائشة في درنة، وقال فرع الهلال الأحمر الليبي إن متطوعيه نقلوه إلى المستشفى.")
    assert "medics" not in _categories(text)


def _actors(text: str) -> set[str]:
    return {a.name for a in annotate(text).actors}


def test_prosecution_named_by_its_district():
    # «نيابة جنوب طرابلس»: a prosecution office named by a compass word and its town is one body, written whole (the
    # headline's bare «النيابة» is the same body, not listed again)
    text = ("النيابة تحيل متهما بقتل سائق إلى المحكمة\n"
            "أحالت نيابة شرق بنغازي المتهم بقتل سائق أجرة الشهر الماضي إلى المحكمة، وفق بيان لمكتب النائب العام.")
    found = _actors(text)
    assert "نيابة شرق بنغازي" in found
    assert "النيابة" not in found
    text = "أمرت نيابة غرب مصراتة الابتدائية بحبس المتهمين على ذمة التحقيق."
    result = annotate(text)
    assert "نيابة غرب مصراتة الابتدائية" in {a.name for a in result.actors}
    # the town inside the name stays a place of its own (where the story happens), as «المجلس البلدي مصراتة»
    assert "مصراتة" in {p.name for p in result.places}
    assert result.in_libya
    # the look-alike: a compass word after a body with no town names a direction, not the body's district
    text = "قالت النيابة إن الحادثة وقعت جنوب المدينة."
    assert not any(name.startswith("نيابة") for name in _actors(text))


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text).incidents}


def test_beating_at_a_building_is_no_attack_on_it():
    # «يتعرضون للضرب في مركز إيواء»: the building after «في» is where people were beaten, not what was hit
    text = ("عمال يتعرضون للضرب في مزرعة بالعجيلات\n"
            "قال عمال من النيجر إن مسلحين انهالوا عليهم بالضرب في مزرعة قرب العجيلات بعد مطالبتهم بأجورهم، ونقل اثنان "
            "منهم إلى المستشفى.")
    assert "attack_on_property_or_infrastructure" not in _types(text)
    assert "injury" in _types(text)
    # the look-alike: a shell that hit a school is an attack on it
    text = "قصف على حي في العجيلات\nأصابت قذيفة مدرسة في العجيلات دون تسجيل إصابات بين التلاميذ."
    assert "attack_on_property_or_infrastructure" in _types(text)


def test_migrants_shot_by_their_smugglers_are_trafficked():
    # migrants wounded or killed by the smugglers who hold or move them: the harm, and trafficking (the abuse of the
    # trafficked, as migrants held for ransom are)
    text = ("مهربون يطلقون النار على مهاجرين قرب الشويرف\n"
            "أصيب أربعة مهاجرين من تشاد برصاص أطلقه مهربون عليهم بعد رفضهم دفع مبالغ إضافية قرب الشويرف.")
    assert {"injury", "trafficking"} <= _types(text)
    # the look-alike: migrants hurt when the police fired at a smugglers' truck are harmed by the police, and
    # smugglers arrested beside hurt migrants traffic nobody in the harm told
    text = ("إصابة مهاجرين في مطاردة قرب الشويرف\n"
            "أصيب أربعة مهاجرين برصاص دورية أمنية أطلقت النار على شاحنة كانت تقلهم قرب الشويرف، وألقت القبض على "
            "سائقها.")
    assert "trafficking" not in _types(text)


def test_fire_opened_in_the_headline_hit_people_in_the_body():
    # «... يطلق النار على مهاجرين» in the headline (no hit told there), then the body tells whom the shots hit: the harm
    # told is the type, as within one sentence (Arabic pass 54)
    text = ("حرس الحدود يطلق النار على مهاجرين قرب غات\n"
            "أصيب خمسة مهاجرين من النيجر بطلقات نارية أطلقها حرس الحدود عليهم قرب غات.")
    assert "other" not in _types(text)
    assert "injury" in _types(text)
    # the look-alike: fire opened with no one hit told stays `other`
    text = ("حرس الحدود يطلق النار على مهاجرين قرب غات\n"
            "قال مهاجرون إن حرس الحدود أطلق النار في اتجاههم قرب غات دون أن يصاب أحد.")
    assert "other" in _types(text)


def test_police_station_someone_is_taken_to_is_no_actor():
    # «نقل المشتبه به إلى مركز الشرطة»: the station a person is taken to, named by no town, is where he went, not a
    # body acting in the story
    text = ("طعن شاب في سوق بالمرج\n"
            "أصيب شاب بطعنة سكين في سوق المرج، واقتيد المعتدي إلى مركز الشرطة للتحقيق معه.")
    assert not any(name.startswith("مركز") for name in _actors(text))
    # the look-alike: a station named by its town acts (it arrested, it announced)
    text = ("طعن شاب في سوق بالمرج\n"
            "أصيب شاب بطعنة سكين في سوق المرج، وقال مركز شرطة المرج إنه ألقى القبض على المعتدي.")
    assert "مركز شرطة المرج" in _actors(text)
