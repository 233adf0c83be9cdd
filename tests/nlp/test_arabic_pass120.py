"""Arabic pass 120 (tune120: actors named every way): our own sentences, other names, towns and wording; each
rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _actors(text: str) -> set[str]:
    return {a.name for a in annotate(text).actors}


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text).incidents}


def test_egypts_national_security_named_with_its_nationality():
    # «الأمن الوطني المصري»: a nationality after a shared name tells whose security it is (the actor conventions)
    text = "قالت عائلة المدون سالم عمر إن الأمن الوطني المصري احتجزه في الإسكندرية قبل أسبوع بسبب تدوينة."
    assert "الأمن الوطني المصري" in _actors(text)
    text = "أوقف عناصر من الأمن الوطني المصري شابا ليبيا في مطار القاهرة بسبب منشور."
    assert "الأمن الوطني المصري" in _actors(text)


def test_bare_national_security_look_alike_is_no_egyptian_body():
    # bare «الأمن الوطني» is shared by several countries: no Egyptian body is named
    text = "قال مدير الأمن الوطني في المدينة إن الدوريات ستعمل طوال الليل."
    assert "الأمن الوطني المصري" not in _actors(text)


def test_tareq_bin_ziyad_named_with_its_epithet():
    # «كتيبة طارق بن زياد المقاتلة», «لواء طارق بن زياد المقاتل»: the unit's full name as eastern outlets write it
    text = "احتفلت كتيبة طارق بن زياد المقاتلة بتخريج دفعة جديدة من المتدربين في معسكر قرب المرج."
    assert "كتيبة طارق بن زياد المقاتلة" in _actors(text)
    text = "وقال شهود إن عناصر من لواء طارق بن زياد المقاتل اعتقلوا شابين في سوق الحوت."
    assert "لواء طارق بن زياد المقاتل" in _actors(text)


def test_tareq_bin_ziyad_look_alike_bare_name_stays():
    text = "اعتقلت كتيبة طارق بن زياد صحفيا في بنغازي بعد تغطيته احتجاجا."
    assert "كتيبة طارق بن زياد" in _actors(text)


def test_protest_organisers_detained_are_activists():
    # those who organise a sit-in or a protest are activists: their arrest is a detention for a civic act
    text = "اعتقلت قوة أمنية ثلاثة من منظمي وقفة احتجاجية أمام مقر البلدية في غريان مساء الاثنين."
    assert "arbitrary_detention" in _types(text)
    assert "activists" in annotate(text).victim_categories()
    text = "اعتقل مسلحون منظمي الاعتصام في ساحة الشهداء بالزاوية فجر الخميس."
    assert "attack_on_civil_society" in _types(text)  # taken by gunmen: an abduction, of activists


def test_protest_organisers_look_alike_meeting_is_no_incident():
    # organisers who meet an official: nobody held, no incident
    text = "التقى عميد البلدية منظمي وقفة احتجاجية طالبت بتحسين الكهرباء في غريان أمس."
    assert not annotate(text).is_incident


def test_administration_named_by_its_task_is_one_body():
    # «إدارة خفر السواحل وأمن الموانئ», «إدارة مكافحة المخدرات»: an administration named by its task is the body's
    # name, as «جهاز خفر السواحل وأمن الموانئ» and «قوة مكافحة الإرهاب» are
    text = "قالت إدارة خفر السواحل وأمن الموانئ إن دورية اعترضت قاربا قبالة صبراتة وعلى متنه 60 مهاجرا."
    assert "إدارة خفر السواحل وأمن الموانئ" in _actors(text)
    text = "داهمت إدارة مكافحة المخدرات منزلا في حي الأندلس واعتقلت شابين دون إذن من النيابة."
    assert "إدارة مكافحة المخدرات" in _actors(text)


def test_administration_look_alike_handling_of_a_matter_is_no_body():
    # «إدارة أزمة النازحين»: the handling of a matter, not a body (an indefinite noun that names no task)
    text = "انتقد أعضاء المجلس البلدي إدارة أزمة النازحين في المدينة خلال الشتاء الماضي."
    assert not any(name.startswith("إدارة") for name in _actors(text))


def test_share_taken_for_treatment_to_a_clinic_is_counted_injured():
    # «أربعة منهم نقلوا إلى عيادة السجن لتلقي العلاج»: taken to be treated, whatever the care place (a clinic, a
    # detention centre's infirmary) - the settled answer: survivors with care stated are counted injured
    text = ("اتهم نزلاء في سجن الجوية بمصراتة حراس السجن بضربهم بالهراوات، وقال أحدهم إن أربعة منهم نقلوا إلى "
            "عيادة السجن لتلقي العلاج.")
    assert annotate(text).injured == 4
    text = ("قال مهاجرون محتجزون في مركز إيواء بغريان إن الحراس ضربوهم بالأسلاك، وإن ثلاثة منهم نقلوا إلى "
            "العيادة.")
    assert annotate(text).injured == 3


def test_share_taken_to_a_detention_centre_look_alike_is_no_count():
    # moved to another detention centre: no care, no injured count
    text = ("اتهم نزلاء في سجن الجوية بمصراتة حراس السجن بضربهم بالهراوات، وقال أحدهم إن أربعة منهم نقلوا إلى "
            "سجن آخر في زليتن.")
    assert annotate(text).injured is None


def test_one_of_them_taken_to_hospital_is_one_injured():
    # «وإن إحداهن فقدت الوعي ... ونقلت إلى المستشفى», «وإن أحدهم نقل إلى المستشفى»: «one of them» is the subject of a
    # singular transfer verb a few words on: one hurt person in care (the settled answer: care stated is counted)
    text = ("قالت عاملات منزليات محتجزات في مركز إيواء بسبها إن الحارسات ضربنهن، وإن إحداهما أغمي عليها بعد "
            "ركلها ونقلت إلى مستشفى سبها الطبي.")
    assert annotate(text).injured == 1
    text = "قال نزلاء في سجن بمدينة الخمس إن السجانين ضربوهم بالأسلاك، وإن أحدهم نقل إلى المستشفى ليلا."
    assert annotate(text).injured == 1


def test_one_of_them_as_the_speaker_look_alike_is_no_count():
    # «وقال أحدهم إن ابن عمه نقل إلى المستشفى»: «one of them» speaks of another man - the wound is not theirs to count
    # here (no wound told for the beaten), and the count stays as the sentence gives it
    text = "قال نزلاء في سجن بمدينة الخمس إن السجانين ضربوهم بالأسلاك، وقال أحدهم إن زوجته نقلت إلى المستشفى للولادة."
    assert annotate(text).injured is None


def test_headline_names_the_body_without_its_head_word():
    # headline «خفر السواحل ...», text «إدارة خفر السواحل وأمن الموانئ»: one body, named in full in the text (one body,
    # one string, the fuller - as «الاستخبارات العسكرية» beside «جهاز الاستخبارات العسكرية»)
    text = ("خفر السواحل يعترض قاربا قبالة زوارة\n"
            "قالت إدارة خفر السواحل وأمن الموانئ إن دورية اعترضت قاربا يقل 70 مهاجرا قبالة زوارة فجر الأحد.")
    assert _actors(text) >= {"إدارة خفر السواحل وأمن الموانئ"}
    assert "خفر السواحل" not in _actors(text)


def test_headline_names_another_coast_guard_look_alike_stays():
    # the headline's Italian coast guard is another body: both stay
    text = ("خفر السواحل الإيطالي ينقذ مهاجرين قرب لامبيدوزا\n"
            "قالت إدارة خفر السواحل وأمن الموانئ إن القارب انطلق من زوارة قبل يومين.")
    assert {"خفر السواحل الإيطالي", "إدارة خفر السواحل وأمن الموانئ"} <= _actors(text)


def test_post_naming_a_libyan_body_abroad_look_alike_stays_abroad():
    # the same kind of news with a foreign place named: the place decides, as before
    text = ("أعلنت وزارة الداخلية التونسية خطة لتأمين احتفالات عيد الفطر في صفاقس وسوسة، بالتنسيق مع الحرس "
            "الوطني.")
    assert annotate(text).in_libya is False
    # a one-word alias that is also a common noun («الردع», deterrence) names no Libyan body
    text = "سجن مدون بسبب منشور ساخر: هل تستحق السخرية الردع أم الحوار؟"
    assert annotate(text).in_libya is False


def test_among_them_a_definite_feminine_role_is_a_woman():
    # «بينهم الصحفية نجلاء ...», «بينهم المحامية ...»: the definite role after «بينهم» names a woman among the victims,
    # as «بينهم صحفية» does (Arabic pass 58)
    text = ("اعتقلت قوة أمنية في درنة أربعة صحفيين يعملون لإذاعة محلية، بينهم الصحفية نجلاء سالم العبيدي، بعد "
            "تغطيتهم وقفة احتجاجية.")
    assert "women" in annotate(text).victim_categories()
    text = "اعتقل جهاز أمني ثلاثة محامين في غريان، بينهم المحامية فاطمة علي، بعد دفاعهم عن موقوفين."
    assert "women" in annotate(text).victim_categories()


def test_among_them_look_alike_masculine_role_is_no_woman():
    text = ("اعتقلت قوة أمنية في درنة أربعة صحفيين يعملون لإذاعة محلية، بينهم الصحفي نبيل سالم العبيدي، بعد "
            "تغطيتهم وقفة احتجاجية.")
    assert "women" not in annotate(text).victim_categories()
