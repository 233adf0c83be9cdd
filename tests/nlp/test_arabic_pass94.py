"""Arabic pass 94 (tune94, medium-length outlet news: injured and killed counts): our own sentences, other names,
towns and wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _types(annotation) -> set[str]:
    return {incident.type for incident in annotation.incidents}


def test_hospital_later_count_of_wounded_raises_the_lead():
    # the lead tells one hurt; the hospital's later count of the wounded it received is the fuller toll
    text = ("إصابة ناشط برصاصة خلال وقفة احتجاجية في الزاوية\n"
            "أصيب الناشط المدني خالد سالم الشريف برصاصة في ساقه خلال وقفة احتجاجية أمام مقر البلدية في الزاوية مساء الأحد، "
            "عندما أطلق مسلحون النار على المحتجين.\n"
            "وقال مستشفى الزاوية التعليمي إنه استقبل خمسة مصابين من الوقفة بينهم الناشط، وإن حالتهم مستقرة.")
    assert annotate(text).injured == 5


def test_hospital_later_count_of_bodies_raises_the_dead():
    # a first toll of two dead, then the medical centre received three bodies and eight wounded: 3 dead, 8 hurt
    text = ("انفجار عبوة ناسفة قرب سوق شعبي في درنة\n"
            "قتل شخصان وأصيب آخرون في انفجار عبوة ناسفة قرب سوق شعبي في درنة صباح السبت، في حصيلة أولية.\n"
            "وفي وقت لاحق، أعلن مركز درنة الطبي أنه استقبل ثلاث جثث وثمانية جرحى، بينهم امرأة.")
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (3, 8)


def test_hospital_count_smaller_than_the_lead_does_not_lower_it():
    # look-alike: one hospital received part of the wounded; the lead's larger total stands
    text = ("انفجار عبوة ناسفة قرب سوق شعبي في درنة\n"
            "قتل ثلاثة أشخاص وأصيب تسعة آخرون في انفجار عبوة ناسفة قرب سوق شعبي في درنة صباح السبت.\n"
            "وأعلن مستشفى الهريش أنه استقبل جثتين وأربعة جرحى.")
    annotation = annotate(text)
    assert (annotation.killed, annotation.injured) == (3, 9)


def test_reminding_of_an_earlier_attack_counts_nobody():
    # «مذكرة بأن قذيفة سابقة أصابت ...»: an earlier event recalled after the news, no count of the news
    text = ("قذيفة تسقط على روضة أطفال خالية في عين زارة\n"
            "سقطت قذيفة على مبنى روضة النور للأطفال في منطقة عين زارة فجر الأحد، ما ألحق أضرارا بالجدران، "
            "دون تسجيل أي إصابات.\n"
            "وقالت مديرة الروضة إن الإصلاح يحتاج إلى شهر.\n"
            "واستنكرت البلدية استهداف الروضة، مذكرة بأن هجوما سابقا على الحي جرح طفلين في أبريل الماضي.")
    annotation = annotate(text)
    assert annotation.injured is None
    assert "injury" not in _types(annotation)


def test_reminding_lookalike_keeps_the_news_count():
    # look-alike: a statement after the news that reminds of nothing earlier keeps the news's own count
    text = ("قذيفة تسقط على منزل في عين زارة\n"
            "سقطت قذيفة على منزل في منطقة عين زارة فجر الأحد، ما أدى إلى إصابة طفلين بجروح.\n"
            "وقالت إدارة المستشفى إن حالتهما مستقرة.\n"
            "واستنكرت البلدية استهداف المنزل، مطالبة بحماية المدنيين.")
    annotation = annotate(text)
    assert annotation.injured == 2
    assert "injury" in _types(annotation)


def test_anniversary_with_possessive_is_no_incident():
    # «في ذكراه الثالثة»: the headline marks the anniversary; the old toll is no news
    text = ("طرابلس تحيي ضحايا تفجير المصرف في ذكراه الثالثة\n"
            "نظم أهالي ضحايا تفجير المصرف في طرابلس صباح اليوم وقفة في موقع الانفجار الذي وقع قبل ثلاث سنوات "
            "وأودى بحياة تسعة أشخاص وأصاب أكثر من عشرين.\n"
            "وطالب الأهالي بكشف نتائج التحقيق.")
    annotation = annotate(text)
    assert not annotation.incidents
    assert (annotation.killed, annotation.injured) == (None, None)


def test_anniversary_lookalike_memory_word_is_not_a_frame():
    # look-alike: a blast told today, with «ذكراه» nowhere: the news stands
    text = ("تفجير يستهدف مصرفا في طرابلس\n"
            "أودى انفجار سيارة مفخخة قرب مصرف في طرابلس صباح اليوم بحياة تسعة أشخاص وأصاب عشرين آخرين.\n"
            "وطالب الأهالي بكشف الجناة.")
    annotation = annotate(text)
    assert annotation.incidents
    assert annotation.killed == 9


def test_wounded_leaving_hospital_is_no_incident():
    # «مغادرة آخر جرحى ... المستشفى»: the discharge is the news (fourteenth session: no incident, no counts)
    text = ("مغادرة آخر جرحى هجوم السوق في صرمان المستشفى\n"
            "غادر آخر الجرحى في هجوم مسلح على سوق الخضار في صرمان مستشفى صرمان العام صباح الثلاثاء، "
            "بعد شهر من العلاج.\n"
            "وقالت إدارة المستشفى إن المريضة تعافت من إصابتها في الصدر.")
    annotation = annotate(text)
    assert not annotation.incidents
    assert annotation.injured is None


def test_discharge_lookalike_new_harm_with_a_count_stays():
    # look-alike: a count before the discharge tells the harm itself
    text = ("إصابة خمسة أشخاص في هجوم على سوق صرمان وخروج اثنين من المستشفى\n"
            "أصيب خمسة أشخاص في هجوم مسلح على سوق الخضار في صرمان صباح الثلاثاء، وغادر اثنان منهم المستشفى بعد العلاج.")
    annotation = annotate(text)
    assert "injury" in _types(annotation)
    assert annotation.injured == 5


def test_deaths_recorded_over_a_month_are_a_statistic():
    # a clinic's figures over a month: no event's dead
    text = ("قسم الطوارئ بمستشفى زليتن: 80 حالة تسمم في يوليو\n"
            "قال قسم الطوارئ في مستشفى زليتن إنه عالج 80 حالة تسمم غذائي خلال شهر يوليو.\n"
            "وسجل القسم ثلاث حالات وفاة خلال الشهر، معظمها من كبار السن.")
    annotation = annotate(text)
    assert annotation.killed is None
    assert not annotation.incidents


def test_deaths_recorded_in_an_event_keep_their_count():
    # look-alike: deaths recorded in one event (no period) are its toll
    text = "سجل مستشفى زليتن ثلاث حالات وفاة وسبع إصابات إثر قصف على حي سكني في زليتن مساء أمس."
    annotation = annotate(text)
    assert annotation.killed == 3


def test_roof_collapse_is_an_accident():
    # a collapsed roof hurts a family: an accident (no incident), its count kept
    text = ("سقوط سقف غرفة على ثلاثة أطفال في غدامس\n"
            "أصيب ثلاثة أطفال من عائلة واحدة بعد سقوط سقف غرفتهم الطينية في مدينة غدامس فجر الجمعة.\n"
            "وقال مستشفى غدامس إن الإصابات بين كسور وجروح.")
    annotation = annotate(text)
    assert not annotation.incidents
    assert annotation.injured == 3


def test_shell_on_a_roof_stays_an_incident():
    # look-alike: a shell falls on a house's roof and hurts a family: an incident
    text = ("سقوط قذيفة على سقف منزل في غدامس\n"
            "أصيب خمسة من أفراد عائلة واحدة بعد سقوط قذيفة على سقف منزلهم في مدينة غدامس فجر الجمعة.")
    annotation = annotate(text)
    assert "injury" in _types(annotation)


def test_fuel_truck_overturned_and_burst_is_an_accident():
    # a fuel truck that overturned and exploded: an accident with its dead and hurt
    text = ("انفجار شاحنة وقود على طريق براك يخلف قتيلا وأربعة جرحى\n"
            "انفجرت شاحنة محملة بالوقود إثر انقلابها على الطريق بين براك وسبها ظهر الخميس، ما أدى إلى وفاة سائقها "
            "وإصابة أربعة أشخاص.")
    annotation = annotate(text)
    assert not annotation.incidents
    assert (annotation.killed, annotation.injured) == (1, 4)


def test_booby_trapped_truck_stays_an_incident():
    # look-alike: a truck bomb is an attack
    text = ("انفجار شاحنة مفخخة على طريق براك يخلف قتيلا وأربعة جرحى\n"
            "انفجرت شاحنة مفخخة قرب بوابة أمنية على الطريق بين براك وسبها ظهر الخميس، ما أدى إلى مقتل مدني "
            "وإصابة أربعة أشخاص.")
    annotation = annotate(text)
    assert annotation.incidents


def test_one_assaulted_then_taken_to_hospital_is_one_hurt():
    # an assault, then «قالت إنها نقلت إلى مستشفى ...»: the one assaulted was hurt enough for care
    text = ("صحفية تتهم عناصر أمن بالاعتداء عليها في مصراتة\n"
            "اتهمت الصحفية نادية عمر الفيتوري عناصر أمن في مصراتة بالاعتداء عليها بالضرب أثناء تغطيتها وقفة احتجاجية صباح الاثنين.\n"
            "وقالت الفيتوري إنها نقلت بعد الاعتداء إلى مستشفى مصراتة المركزي حيث تلقت العلاج.")
    assert annotate(text).injured == 1


def test_one_who_transferred_others_is_not_hurt():
    # look-alike: «قال إنه نقل فريقا طبيا»: the speaker moved others, and a dead man's transfer adds nobody hurt
    text = ("صحفية تتهم عناصر أمن بالاعتداء عليها في مصراتة\n"
            "اتهمت الصحفية نادية عمر الفيتوري عناصر أمن في مصراتة بالاعتداء عليها بالضرب أثناء تغطيتها وقفة احتجاجية صباح الاثنين.\n"
            "وقال مدير جهاز الإسعاف إنه نقل فريقا طبيا إلى مستشفى مصراتة المركزي تحسبا لأي طارئ.")
    assert annotate(text).injured is None
    text = ("مقتل شاب برصاص مجهولين في مصراتة\n"
            "قتل شاب برصاص مجهولين في مصراتة صباح الاثنين.\n"
            "وقالت عائلته إنه نقل إلى مستشفى مصراتة المركزي لكنه فارق الحياة.")
    assert annotate(text).injured is None


def test_drone_strike_on_a_fuel_truck_stays_an_incident():
    # look-alike: a fuel truck struck from the air is an attack, not an accident
    text = ("مسيرة تستهدف شاحنة وقود قرب براك\n"
            "قتل سائقان مدنيان عندما استهدفت طائرة مسيرة شاحنة محملة بالوقود على الطريق قرب براك فجر الأحد.")
    annotation = annotate(text)
    assert "killing" in _types(annotation)


def test_the_other_one_hurt_adds_to_the_first():
    # «نقل أحدهما إلى المستشفى بعد إصابته» then «وإن الحارس الآخر أصيب بجروح طفيفة»: two hurt
    text = ("هجوم على حارسي مدرسة في ترهونة\n"
            "هاجم مسلحون حارسين لمدرسة ثانوية في ترهونة ليلة الأربعاء، ما استدعى نقل أحدهما إلى المستشفى بعد إصابته "
            "بطلق ناري في الفخذ.\n"
            "وقالت إدارة المستشفى إن الحارس الآخر أصيب بجروح طفيفة وغادر بعد العلاج.")
    assert annotate(text).injured == 2


def test_the_same_one_told_again_is_not_added():
    # look-alike: the one hurt told again by his state («الحارس المصاب») is no second victim
    text = ("هجوم على حارس مدرسة في ترهونة\n"
            "هاجم مسلحون حارسا لمدرسة ثانوية في ترهونة ليلة الأربعاء، ما استدعى نقله إلى المستشفى بعد إصابته "
            "بطلق ناري في الفخذ.\n"
            "وقالت إدارة المستشفى إن الحارس المصاب أصيب بجروح طفيفة وغادر بعد العلاج.")
    assert annotate(text).injured == 1


def test_a_month_gone_by_past_the_lead_is_another_event():
    # «في فبراير الماضي» in the last paragraph: an earlier event of the area, no count of the news
    text = ("حريق متعمد يلتهم محلا تجاريا في تاجوراء\n"
            "أضرم مجهولون النار في محل لبيع الملابس في تاجوراء فجر الخميس، ما أدى إلى احتراقه بالكامل دون إصابات.\n"
            "وقال صاحب المحل إنه تلقى تهديدات قبل أيام.\n"
            "وشهد السوق نفسه هجوما مسلحا في فبراير الماضي أصيب فيه ثلاثة عمال.")
    annotation = annotate(text)
    assert annotation.injured is None


def test_a_day_dated_last_month_past_the_lead_keeps_its_count():
    # look-alike: «يوم 12 فبراير الماضي» dates the news's own event told again, its hurt stand
    text = ("عائلة تطالب بكشف من أطلق النار على ابنيها في تاجوراء\n"
            "طالبت عائلة من تاجوراء النيابة العامة بكشف هوية مسلحين أطلقوا النار على ابنيها.\n"
            "وقال والدهما إن المسلحين أطلقوا النار على سيارتهما يوم 12 فبراير الماضي فأصيب الشابان بجروح.")
    annotation = annotate(text)
    assert annotation.injured == 2


def test_bodies_recovered_by_rescue_teams_are_counted():
    # «انتشلت فرق الإنقاذ خمس جثث»: «الإنقاذ» names the teams, the bodies are the dead
    text = ("انتشال جثث مهاجرين قبالة سواحل الخمس\n"
            "انتشلت فرق الإنقاذ التابعة للهلال الأحمر خمس جثث لمهاجرين قبالة سواحل الخمس مساء الاثنين بعد غرق قارب مطاطي.")
    assert annotate(text).killed == 5


def test_people_rescued_are_not_the_dead():
    # look-alike: «أنقذت فرق الهلال الأحمر خمسة مهاجرين» then a sinking: the five are alive
    text = "أنقذت فرق الهلال الأحمر خمسة مهاجرين بعد غرق قاربهم قبالة سواحل الخمس مساء الاثنين."
    assert annotate(text).killed is None


def _actor_names(annotation) -> set[str]:
    return {actor.name for actor in annotation.actors}


def test_two_students_with_a_dual_nisba_are_no_taliban():
    # «وكان طالبان سودانيان قد تعرضا»: the dual of «طالب» with its dual adjective, not the movement
    text = ("طعن طالب ليبي في مدينة الإسكندرية\n"
            "أصيب طالب ليبي بطعنات سكين في الإسكندرية مساء الجمعة خلال محاولة سرقة.\n"
            "وكان طالبان سودانيان قد تعرضا لاعتداء مماثل في الحي نفسه العام الماضي.")
    assert "طالبان" not in _actor_names(annotate(text))


def test_the_taliban_named_stay_an_actor():
    # look-alike: the movement named as the doer
    text = "قتلت حركة طالبان ثلاثة مدنيين في هجوم على سوق في ولاية قندهار مساء الجمعة، وقالت طالبان إنها استهدفت جنودا."
    names = _actor_names(annotate(text))
    assert "طالبان" in names or "حركة طالبان" in names


def test_a_band_playing_is_no_actor():
    # «عزفت فرقة موسيقية النشيد الوطني»: a band, no body a monitor reports
    text = ("مقتل شاب برصاص مجهولين في غريان\n"
            "قتل شاب برصاص مجهولين في غريان مساء الأحد.\n"
            "وفي حفل تأبينه عزفت فرقة مسرحية وفرقة موسيقية الأناشيد الوطنية.")
    names = _actor_names(annotate(text))
    assert not any(name.startswith("فرقة") for name in names)


def test_a_named_unit_stays_an_actor():
    # look-alike: a unit named by its task stays an actor
    text = "اعتقلت فرقة مكافحة الإرهاب ثلاثة ناشطين في غريان مساء الأحد واقتادتهم إلى جهة مجهولة."
    assert "فرقة مكافحة الإرهاب" in _actor_names(annotate(text))


def test_the_operating_theatre_is_no_actor():
    # «نقل إلى غرفة العمليات»: the hospital's operating theatre, not an operations room of a force
    text = ("طعن طبيب في مستشفى الجلاء ببنغازي\n"
            "تعرض طبيب للطعن داخل مستشفى الجلاء في بنغازي فجر اليوم على يد مرافق مريض، وأدخل إلى غرفة العمليات "
            "بعد إصابته في البطن.")
    assert not any(name.startswith("غرفة") for name in _actor_names(annotate(text)))


def test_an_operations_room_of_a_force_stays_an_actor():
    # look-alike: «غرفة عمليات» of a force as the doer
    text = "قصفت غرفة عمليات سرت الجفرة مواقع قرب منطقة أبوقرين، ما أدى إلى مقتل مدنيين اثنين."
    assert any(name.startswith("غرفة عمليات") for name in _actor_names(annotate(text)))

