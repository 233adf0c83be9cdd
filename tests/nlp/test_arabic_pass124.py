"""Arabic pass 124 (tune124: Tunisian news that mentions Libya): our own sentences, other names, towns and wording;
each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _types(annotation) -> set[str]:
    return {incident.type for incident in annotation.incidents}


def test_disease_word_in_the_object_of_an_assault_headline_frames_nothing():
    # «اعتداء على مريض بالسرطان»: the disease describes the one assaulted, the headline tells an assault
    body = ("\nأفادت مصادر نقابية أن المريض تعرض مساء أمس إلى الاعتداء بالعنف من قبل أحد المرافقين بقسم "
            "الاستعجالي وأصيب بجروح في الوجه.")
    annotation = annotate("اعتداء على مريض بالسرطان داخل مستشفى نابل" + body)
    assert annotation.is_incident and "injury" in _types(annotation)
    annotation = annotate("الاعتداء بالعنف على ممرضة ومرضى الكلى بمستشفى الكاف" + body)
    assert annotation.is_incident and "injury" in _types(annotation)


def test_a_disease_headline_still_frames_its_body():
    # look-alike: a disease headline with no assault; the body's casualty word is the illness
    text = ("وفاة مريض بالسرطان داخل مستشفى نابل\nأفادت مصادر طبية أن المريض توفي مساء أمس إثر مضاعفات صحية "
            "بعد أشهر من العلاج، وأن عائلته تسلمت الجثمان.")
    assert not annotate(text).is_incident


def test_victim_found_dead_in_a_charged_killing_is_the_charge_s_past_act():
    # the arrest of a suspect for an earlier killing is a proceeding; «عثر عليه مقتولا» retells the charged killing
    text = ("تمكنت وحدات الشرطة العدلية بالقيروان من القبض على كهل يشتبه في تورطه في جريمة قتل امرأة عثر عليها "
            "مقتولة في منزلها بحي المنشية منذ عشرة أيام.")
    annotation = annotate(text)
    assert "killing" not in _types(annotation)
    text = ("أوقف الحرس الوطني بسوسة شابين متهمين بقتل العامل الفلاحي الذي عثر عليه مقتولا في ضيعة "
            "بالنفيضة الشهر الماضي.")
    annotation = annotate(text)
    assert "killing" not in _types(annotation)


def test_a_body_found_with_no_charge_is_still_a_killing():
    # look-alike: no arrest and no charge; the man found killed is the news
    text = "عثر صباح اليوم على شاب مقتولا داخل منزله بحي الزهور بالقصرين، وفتحت النيابة بحثا في الغرض."
    assert "killing" in _types(annotate(text))
    text = "كهل عثر عليه مقتولا داخل منزله بحي الزهور بالقصرين صباح اليوم، وفتحت النيابة بحثا."
    assert "killing" in _types(annotate(text))


def test_a_spouse_s_death_that_dates_a_life_counts_nobody():
    # «منذ وفاة زوجته»: since his wife died (how he lives), no death the news tells
    annotation = annotate("وأكد الجيران أن الكهل يعيش وحيدا منذ وفاة زوجته، وأنه كان يتردد على المقهى يوميا.")
    assert annotation.killed is None
    annotation = annotate("تقيم الفتاة مع جدتها في منزل ريفي منذ وفاة والدها، وتدرس بالمعهد الثانوي بالجهة.")
    assert annotation.killed is None


def test_a_child_s_death_in_custody_after_since_still_counts():
    # look-alike: the death after «منذ» is a son's in a detention centre, the news the family speaks about
    annotation = annotate("تطالب الأم بكشف الحقيقة منذ وفاة ابنها داخل مركز الإيقاف بالقصرين إثر تعرضه للضرب.")
    assert annotation.killed == 1


def test_an_armed_smuggling_gang_keeps_its_adjective():
    # «عصابة تهريب مسلحة»: the adjective belongs to the gang's description, as in «عصابة مسلحة»
    annotation = annotate("قتل راع برصاص أطلقته عصابة تهريب مسلحة قرب الحدود بمنطقة العرقوب في بنقردان ليلة أمس.")
    assert "عصابة تهريب مسلحة" in {actor.name for actor in annotation.actors}
    # look-alike: a gang with no adjective keeps the short name
    annotation = annotate("قتل راع برصاص أطلقته عصابة تهريب قرب الحدود بمنطقة العرقوب في بنقردان ليلة أمس.")
    assert "عصابة تهريب" in {actor.name for actor in annotation.actors}


def test_one_of_the_protesters_who_speaks_is_a_source():
    # «وقال أحد المحتجين إن العمال احتجزوا»: the protester tells of others held, he is not the one held
    text = ("وقال أحد المحتجين إن العمال أوقفوا في مدينة غات دون أن يعرضوا على أي قاض، وإن عائلاتهم لم تتمكن من "
            "زيارتهم.")
    annotation = annotate(text)
    assert "arbitrary_detention" in _types(annotation)
    assert "attack_on_civil_society" not in _types(annotation)
    assert "protesters" not in {c for i in annotation.incidents for c in i.victim_categories}


def test_protesters_held_for_a_march_stay_a_civic_detention():
    # look-alike: the protesters are the ones held
    text = "أوقفت قوات الأمن 12 محتجا خلال وقفة احتجاجية أمام مقر البلدية في سبها دون أن يعرضوا على أي قاض."
    annotation = annotate(text)
    assert "attack_on_civil_society" in _types(annotation)


def test_a_lead_that_tells_a_death_of_illness_frames_the_funeral_headline():
    # the headline's «جثمان» is the body of a man the lead says died of illness at an old age: no killing
    text = ("تشييع جثمان الشاعر محمود الورفلي في بنغازي\nشيع المئات من أهالي بنغازي جثمان الشاعر الشعبي محمود "
            "الورفلي الذي توفي أمس عن عمر ناهز 77 عاما بعد صراع طويل مع المرض.")
    assert not annotate(text).is_incident


def test_a_funeral_of_a_man_shot_dead_stays_a_killing():
    # look-alike: the lead tells a killing, not an illness
    text = ("تشييع جثمان الناشط محمود الورفلي في بنغازي\nشيع المئات من أهالي بنغازي جثمان الناشط محمود الورفلي "
            "الذي قتل برصاص مسلحين مجهولين أمام منزله مساء أمس.")
    assert "killing" in _types(annotate(text))


def test_a_journalist_held_under_another_frame_stays_an_attack_on_civil_society():
    # look-alike: only an illness frames out the press harm; a reporter held at a police station stays
    text = ("صحفي يتعرض للعنف خلال تغطية وقفة احتجاجية في القيروان\nأفادت النقابة في تقرير اليوم أن الصحفي سامي "
            "الحناشي تعرض صباح أمس إلى الدفع والشتم من قبل عون أمن، واقتيد إلى مركز الأمن لمدة ثلاث ساعات قبل "
            "إطلاق سراحه.")
    assert "attack_on_civil_society" in _types(annotate(text))


def test_the_red_crescent_s_spokesman_names_no_medic_victim():
    # «المتحدث باسم الهلال الأحمر»: the society as a body that speaks, not medics harmed
    text = ("وقال المتحدث باسم الهلال الأحمر إن المهاجرين غرقوا بعد انقلاب قاربهم قبالة سواحل زوارة، وإن البحث "
            "متواصل.")
    assert "medics" not in {c for i in annotate(text).incidents for c in i.victim_categories}


def test_red_crescent_volunteers_harmed_stay_medics():
    # look-alike: volunteers of the society are the ones shot
    text = "أصيب متطوعان من الهلال الأحمر بالرصاص أثناء إجلاء جرحى في منطقة الهيرة جنوب طرابلس."
    assert "medics" in {c for i in annotate(text).incidents for c in i.victim_categories}
