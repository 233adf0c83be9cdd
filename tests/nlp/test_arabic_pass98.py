"""Arabic pass 98 (tune98, Jawhara-style short news: injured and killed counts): our own sentences, other names,
towns and wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _types(annotation) -> set[str]:
    return {incident.type for incident in annotation.incidents}


def test_unnumbered_injuries_after_one_death_count_nobody():
    # «وفاة امرأة وإصابات طفيفة في صفوف عدد من المسافرين»: the woman is the death's, the hurt are not counted
    text = ("انقلاب حافلة قرب سبيطلة\n"
            "أسفر انقلاب حافلة للنقل الريفي على الطريق الرابطة بين القصرين وسبيطلة، مساء أمس، عن وفاة امرأة "
            "وإصابات طفيفة في صفوف عدد من المسافرين.")
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (1, None)


def test_unnumbered_injuries_after_a_death_in_an_attack_count_nobody():
    text = "خلف تفجير عبوة قرب مقهى في سرت، ليلة الجمعة، مقتل مواطن وإصابات متفاوتة الخطورة بين رواد المقهى."
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (1, None)
    assert "killing" in _types(annotation)


def test_one_death_and_one_hurt_still_count():
    # look-alikes: a singular hurt victim after the death keeps its count
    annotation = annotate("خلف تفجير عبوة قرب مقهى في سرت، ليلة الجمعة، مقتل مواطن وإصابة طفل بشظايا.")
    assert (annotation.killed, annotation.injured) == (1, 1)
    annotation = annotate("استقبل مستشفى الجلاء طفلة عمرها 8 سنوات مصابة برصاصة طائشة في حي السلام.")
    assert annotation.injured == 1


def test_the_remaining_wounded_after_a_death_of_wounds():
    # one of the five wounded died; the hospital's «المصابين الأربعة الباقين» are those still hurt
    text = ("وفاة أحد جرحى هجوم سوق الخضار في زليتن\n"
            "توفي رجل في الخمسين من عمره متأثرا بجروحه، بعد هجوم نفذه ملثمون على سوق الخضار في زليتن يوم الاثنين، "
            "وكان قد أصيب فيه خمسة أشخاص.\n"
            "وقال مستشفى زليتن التعليمي إن المصابين الأربعة الباقين يتلقون العلاج.")
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (1, 4)


def test_the_remaining_wounded_without_a_death_leave_the_count():
    # look-alike: nobody died, «الجرحى الثلاثة الباقون» are those left at the local hospital, all five stay hurt
    text = ("إصابة خمسة عمال في انفجار قارورة غاز بمنزل في جربة\n"
            "أصيب خمسة عمال بحروق في انفجار قارورة غاز داخل ورشة بجربة صباح اليوم. ونقل اثنان منهم إلى صفاقس، "
            "فيما بقي الجرحى الثلاثة الباقون في المستشفى المحلي.")
    assert annotate(text).injured == 5


def test_arrest_for_an_earlier_stabbing_told_with_a_then_word():
    # «ما أسفر وقتها عن إصابته»: the charged act's toll, told back in an arrest story (a proceeding)
    text = ("القبض على ثلاثة متهمين في الاعتداء على سائق أجرة بصبراتة\n"
            "أعلنت مديرية أمن صبراتة القبض على ثلاثة شبان متهمين بطعن سائق أجرة في الشهر الماضي، ما أسفر وقتها "
            "عن إصابة السائق بجروح خطيرة. وأحيل المتهمون إلى النيابة.")
    annotation = annotate(text)
    assert not annotation.incidents
    assert annotation.injured is None


def test_an_attack_with_an_arrest_after_it_keeps_its_toll():
    # look-alikes: the news's own attack, the arrest told after the toll; and an attack told with «ما أسفر عن»
    annotation = annotate("أطلق شاب النار على رواد مقهى في صبراتة مساء أمس، ما أسفر عن إصابة شخصين، "
                          "وتمكنت الشرطة من القبض على المتهم.")
    assert annotation.injured == 2 and "injury" in _types(annotation)
    annotation = annotate("هاجم مسلحون سوقا شعبيا في صبراتة، ما أسفر عن إصابة أربعة أشخاص.")
    assert annotation.injured == 4 and "injury" in _types(annotation)


def test_robber_shot_dead_during_his_robbery_is_no_victim():
    # the guide: an attacker shot dead during his attack is not a victim
    text = ("مقتل سارق خلال محاولة سطو على محل للذهب في مصراتة\n"
            "قتل سارق برصاص حارس محل للمصوغات في مصراتة مساء أمس، خلال محاولته السطو على المحل رفقة شريكين فرا.")
    annotation = annotate(text)
    assert not annotation.incidents
    assert annotation.killed == 1  # his death keeps its count, as an accident's or a smuggler's in a gunfight


def test_a_robber_with_nobody_hurt_counts_nobody():
    # look-alike: a robber named in a theft with no casualty word counts nobody
    annotation = annotate("قبضت دورية أمنية على لص سرق هواتف من محل في مصراتة مساء أمس.")
    assert (annotation.killed, annotation.injured) == (None, None)


def test_guard_killed_by_robbers_stays_a_killing():
    # look-alike: the robbers kill the guard: a killing
    text = ("مقتل حارس مصرف خلال محاولة سطو في مصراتة\n"
            "قتل حارس مصرف برصاص لصوص خلال محاولتهم السطو على الفرع في مصراتة صباح اليوم.")
    assert "killing" in _types(annotate(text))



def _actor_names(annotation) -> set[str]:
    return {actor.name if hasattr(actor, "name") else actor for actor in annotation.actors}


def test_a_burns_centre_is_a_hospital_not_an_actor():
    # «نقل المصابان إلى مركز الإصابات والحروق البليغة», «أحيل إلى مركز الحروق»: a hospital, a place (the guide)
    text = ("انفجار موقد غاز بمطعم في المنستير\n"
            "أصيب عاملان بحروق إثر انفجار موقد غاز داخل مطعم بالمنستير. وتدخلت وحدات الحماية المدنية ونقلت المصابين "
            "إلى مركز الإصابات والحروق البليغة ببن عروس، فيما أحيل ثالث إلى مركز الحروق بصفاقس.")
    names = _actor_names(annotate(text))
    assert not any("الحروق" in name for name in names)
    assert "الحماية المدنية" in names


def test_a_medical_centre_that_is_a_body_stays():
    # look-alike: a national centre named by its field stays a body
    names = _actor_names(annotate("وأعلن المركز الوطني لمكافحة الأمراض أن الإصابات الجديدة بلغت ثلاثين حالة في طرابلس."))
    assert "المركز الوطني لمكافحة الأمراض" in names


def test_gunmen_who_carried_out_an_attack_on_soldiers_are_reported():
    # «في كمين نصبه مسلحون»: the unnamed attackers told carrying out the attack, also in a fighters-only story
    text = ("مقتل ثلاثة جنود في هجوم على نقطة تفتيش قرب مرزق\n"
            "قتل ثلاثة جنود وأصيب اثنان آخران في هجوم نفذه مسلحون على نقطة تفتيش عسكرية قرب مرزق مساء الخميس.")
    assert "مسلحون" in _actor_names(annotate(text))
    text = "قتل جندي في كمين نصبته عصابة مسلحة قرب غدامس ليلة أمس."
    assert "عصابة مسلحة" in _actor_names(annotate(text))


def test_gunmen_named_in_a_statement_stay_unreported():
    # look-alike: «مسلحين» in commentary, with no attack they carried out, name no party
    text = "وحذر المجلس البلدي مرزق من انتشار مسلحين في أحياء المدينة، داعيا إلى ضبط الأمن."
    assert not any(name.startswith(("مسلح", "المسلح")) for name in _actor_names(annotate(text)))


def test_a_single_unknown_gunman_is_reported_as_written():
    # «ألقى مسلح مجهول قنبلة»: the unnamed perpetrator in the form written, as «مسلحون مجهولون» is
    text = "أطلق مسلح مجهول النار على سائق شاحنة في منطقة الهواري ببنغازي مساء الثلاثاء، ما أدى إلى إصابته في كتفه."
    assert "مسلح مجهول" in _actor_names(annotate(text))
    # look-alike: the fate of a man that is unknown names no perpetrator
    text = "قتل مسلح في اشتباك مع دورية أمنية في بنغازي، ولا يزال مصير مرافقه مجهولا."
    assert "مسلح مجهول" not in _actor_names(annotate(text))


def test_gunmen_of_a_named_group_are_not_reported_apart():
    # look-alike: «هجوما شنه مسلحون من جماعة ...»: the gunmen are that group's members, the group is the actor
    text = ("قال الجيش المالي إن قواته صدت هجوما شنه مسلحون من جماعة نصرة الإسلام والمسلمين على ثكنة في موبتي، "
            "ما أسفر عن مقتل 12 من المهاجمين.")
    assert "مسلحون" not in _actor_names(annotate(text))


def test_security_agents_on_a_police_operation_are_no_attackers():
    # look-alike: «عملية نفذها عناصر الأمن»: a police raid carried out, not an attack told (no incident, no actor added)
    text = "وأوضح البيان أن حيثيات العملية التي نفذها عناصر الأمن بالولاية أسفرت عن حجز كميات من المخدرات."
    assert "عناصر الأمن" not in _actor_names(annotate(text))


def _categories(annotation) -> set[str]:
    return {c for incident in annotation.incidents for c in incident.victim_categories}


def test_the_one_who_undertook_the_assault_is_no_victim():
    # «أقدم مسن على طعن جاره»: the old man is the attacker; the victim is the neighbour (no elderly victim)
    text = ("المهدية: خلاف على أرض ينتهي بطعنة سكين\n"
            "أقدم مسن على طعن جاره بسكين على مستوى البطن إثر خلاف حول قطعة أرض بمدينة الشابة، ونقل المصاب إلى "
            "المستشفى الجهوي بالمهدية.")
    assert "elderly" not in _categories(annotate(text))


def test_an_old_victim_after_the_attacker_keeps_the_category():
    # look-alike: the old man is the one stabbed
    text = ("المهدية: شاب يطعن مسنا بسكين\n"
            "أقدم شاب على طعن مسن بسكين على مستوى البطن إثر خلاف بمدينة الشابة، ونقل المصاب إلى المستشفى الجهوي.")
    assert "elderly" in _categories(annotate(text))


def test_the_dead_of_an_irregular_migration_boat_are_migrants():
    text = ("المهدية: غرق قارب هجرة غير نظامية\n"
            "توفي 7 أشخاص، بينهم طفل، إثر غرق قارب للهجرة غير النظامية قبالة سواحل الشابة فجر اليوم، فيما أنقذ "
            "الحرس البحري 12 شخصا.")
    assert "migrants" in _categories(annotate(text))


def test_a_fishing_boat_sinking_names_no_migrants():
    # look-alike: fishermen drowned are no migrants (and an accident)
    text = "توفي صيادان إثر غرق مركب صيد قبالة سواحل الشابة فجر اليوم بسبب سوء الأحوال الجوية."
    assert "migrants" not in _categories(annotate(text))
