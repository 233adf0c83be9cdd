"""Arabic pass 92 (tune92, police and crime news): our own sentences, other names and places; each rule has a
look-alike that must not change."""

from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text).incidents}


def _counts(text: str) -> tuple[int | None, int | None]:
    killed, injured, _ = annotate(text).casualties()
    return killed, injured


def test_discharge_headline_is_no_incident_and_no_count():
    # the hurt leaving hospital, nothing new told: no incident, no counts (settled, fourteenth session)
    text = ("خروج الطفلة المصابة في حادث إطلاق النار من مستشفى مصراتة\n"
            "غادرت الطفلة سلمى مستشفى مصراتة المركزي أمس بعد أن تعافت من إصابتها برصاصة طائشة قبل أسبوعين.")
    assert annotate(text).incidents == ()
    assert _counts(text) == (None, None)
    text = ("مغادرة آخر جرحى تفجير سوق غريان المستشفى\n"
            "غادر آخر ثلاثة من جرحى التفجير مستشفى غريان أمس بعد أن تماثلوا للشفاء.")
    assert annotate(text).incidents == ()


def test_discharge_lookalike_count_before_keeps_the_harm():
    # a number before the leaving word tells the harm itself
    text = ("إصابة خمسة في تفجير بغريان وخروج اثنين من المستشفى\n"
            "أصيب خمسة أشخاص في تفجير سيارة مفخخة قرب سوق غريان، وغادر اثنان منهم المستشفى مساء أمس.")
    assert "injury" in _types(text)
    assert _counts(text)[1] == 5


def test_customs_officers_hurt_by_smugglers_are_no_fighters():
    # officers of a civil service hurt by smugglers: an incident (the guide: law enforcement outside fighting)
    text = ("إصابة ضابطي جمارك بهجوم مهربين في منفذ وازن\n"
            "أصيب ضابطان من مصلحة الجمارك بجروح مساء الأحد، بعد أن صدمهما مهربون بسيارة محملة بالوقود أثناء "
            "محاولتهم عبور البوابة في منفذ وازن.")
    assert "injury" in _types(text)
    assert annotate(text).victim_status != "combatant"


def test_officer_of_an_armed_unit_stays_a_fighter():
    text = ("إصابة ضابط في الكتيبة 166 خلال اشتباكات في جنوب طرابلس\n"
            "أصيب ضابط من الكتيبة 166 بجروح خلال اشتباكات مع مجموعة مسلحة جنوب طرابلس.")
    assert annotate(text).incidents == ()
    assert annotate(text).victim_status == "combatant"


def test_arms_cache_seized_is_no_strike():
    text = ("ضبط مستودع ذخيرة في ضواحي غريان\n"
            "أعلنت مديرية أمن غريان ضبط مستودع يضم بنادق آلية وذخائر متنوعة وقذائف هاون داخل منزل مهجور جنوب "
            "المدينة بعد بلاغ من السكان.")
    assert annotate(text).incidents == ()


def test_shells_on_homes_stay_an_attack():
    text = ("سقوط قذائف على حي سكني في غريان\n"
            "سقطت ثلاث قذائف على حي سكني في غريان مساء أمس وألحقت أضرارا بمنزلين، وأعلنت مديرية الأمن ضبط مطلقي "
            "القذائف.")
    assert "attack_on_property_or_infrastructure" in _types(text)


def test_class_of_crime_in_statistics_is_no_killing():
    text = ("مديرية أمن مصراتة: 41 جريمة قتل خلال عام 2025\n"
            "كشفت مديرية أمن مصراتة في تقريرها السنوي عن تسجيل 41 جريمة قتل و150 قضية سرقة خلال العام الماضي. "
            "وأوضح التقرير أن جرائم القتل تركزت في ضواحي المدينة، وأن معظمها سببه انتشار السلاح بين المدنيين "
            "والخلافات العائلية.")
    assert annotate(text).incidents == ()


def test_crimes_committed_against_named_people_stay_an_incident():
    text = "قال شهود إن عناصر مسلحة ارتكبت جرائم قتل بحق رعاة في وادي الشاطئ الأسبوع الماضي."
    assert annotate(text).incidents != ()


def test_killing_told_beside_a_crime_trend_is_kept():
    text = ("مقتل شاب طعنا في مصراتة\n"
            "قتل شاب طعنا بسكين خلال شجار في سوق مصراتة مساء أمس، وتشهد المدينة تزايدا في جرائم القتل.")
    assert "killing" in _types(text)
    assert _counts(text)[0] == 1


def test_gang_members_killed_in_exchange_of_fire_are_no_victims():
    text = ("مقتل ثلاثة من عصابة تهريب في اشتباك مع الشرطة قرب زليتن\n"
            "أعلنت مديرية أمن زليتن مقتل ثلاثة من أفراد عصابة مسلحة في تبادل لإطلاق النار مع دورية أمنية "
            "طاردتهم بعد سرقتهم سيارة، دون إصابات بين المواطنين.")
    assert annotate(text).incidents == ()
    assert _counts(text)[0] == 3


def test_driver_killed_by_gang_members_stays_an_incident():
    text = ("مقتل سائق برصاص اثنين من عصابة مسلحة في زليتن\n"
            "قتل سائق شاحنة برصاص اثنين من أفراد عصابة مسلحة حاولوا سرقة شاحنته على الطريق الساحلي قرب زليتن.")
    assert "killing" in _types(text)
    assert annotate(text).victim_status == "civilian"


def test_killers_demanded_are_no_killing_told():
    # «قتلة» (killers) after a noun of demand: the vigil is the news, no killing of its own and no count
    text = ("اعتصام في الزاوية للمطالبة بمحاسبة قتلة الطبيب سالم\n"
            "نظم زملاء الطبيب سالم القماطي اعتصاما أمام مستشفى الزاوية مساء أمس، بعد مرور عام على مقتله، "
            "مطالبين بكشف نتائج التحقيق.")
    assert annotate(text).incidents == ()
    assert _counts(text) == (None, None)


def test_killed_him_after_ala_stays_a_killing():
    text = "قال شقيق الضحية إن الجار أقدم على قتله طعنا بعد خلاف على قطعة أرض في حي أبوسليم بطرابلس."
    assert "killing" in _types(text)


def test_death_caused_by_a_shooting_is_a_killing_with_its_count():
    text = ("جريمة قتل في حي الفويهات\n"
            "قالت مديرية أمن بنغازي إن شابا في العشرين من عمره أطلق النار على شقيقته داخل منزل الأسرة في حي "
            "الفويهات مساء الخميس، ما أدى إلى وفاتها في الحال.")
    assert _types(text) == {"killing"}
    assert _counts(text)[0] == 1
    text = "قالت مديرية أمن بنغازي إن شابا أطلق النار على شقيقته داخل منزل الأسرة مساء الخميس، ما أدى إلى وفاتها."
    assert "killing" in _types(text)


def test_death_caused_by_a_road_accident_stays_no_incident():
    text = "انقلبت سيارة الشاب على الطريق الساحلي قرب مسلاتة مساء الخميس، ما أدى إلى وفاته."
    assert annotate(text).incidents == ()


def test_dead_mans_wound_told_with_inna_is_no_one_hurt():
    text = ("مقتل شاب خلال مداهمة أمنية في حي الصابري\n"
            "قتل الشاب منير سالم الفرجاني برصاص دورية أمنية خلال مداهمة ليلية في حي الصابري يوم الأحد، وقالت "
            "مديرية الأمن إنه كان مطلوبا وإنه حاول الفرار. وقال شقيقه إنه كان أعزل وإنه أصيب في رأسه وهو داخل "
            "السيارة.")
    assert _counts(text) == (1, None)
    assert _types(text) == {"killing"}


def test_another_man_hurt_after_a_death_is_counted():
    text = ("قتل الشاب منير سالم برصاص دورية أمنية خلال مداهمة ليلية في حي الصابري يوم الأحد. "
            "وقال شهود إن شابا آخر أصيب في رأسه.")
    assert _counts(text) == (1, 1)


def test_migrant_boat_overturned_with_bodies_is_an_incident():
    text = ("انقلاب زورق قبالة زوارة وفقدان 15 مهاجرا\n"
            "قال الهلال الأحمر إن زورقا يقل نحو 30 مهاجرا انقلب فجر الأحد قبالة سواحل زوارة، وإن فرقه انتشلت ثلاث "
            "جثث وأنقذت 12 شخصا، بينما لا يزال 15 آخرون مفقودين.")
    assert "other" in _types(text)
    assert "migrants" in annotate(text).victim_categories()


def test_fishing_boat_overturned_stays_an_accident():
    text = "انقلب قارب صيد يقل أربعة صيادين قبالة سواحل زوارة وانتشلت فرق الإنقاذ جثتين."
    assert annotate(text).incidents == ()


def test_armed_thieves_listed_in_the_form_written():
    text = ("مقتل صاحب محل ذهب في سطو مسلح بمسلاتة\n"
            "لقي صاحب محل ذهب في مسلاتة حتفه مساء الخميس بعد أن أطلق عليه لصان مسلحان النار أثناء محاولتهما سرقة "
            "المحل، فيما أعلنت مديرية أمن مسلاتة أنها تلاحق الجناة.")
    assert "لصان مسلحان" in {a.name for a in annotate(text).actors}


def test_thieves_with_no_adjective_stay_bare():
    text = "أصيب صاحب محل ذهب في سوق الجمعة برصاص لصين اقتحما المحل مساء أمس."
    assert "لصين" in {a.name for a in annotate(text).actors}


def test_held_and_beaten_by_their_captors_is_torture():
    text = ("تحرير مهاجرين من وكر للمهربين في أوباري\n"
            "داهمت قوة من مديرية أمن أوباري منزلا يستخدمه مهربون لاحتجاز المهاجرين، وحررت 17 مهاجرا نيجيريا "
            "وغانيا بينهم امرأتان. وقالت المديرية إن المحررين أفادوا بأنهم احتجزوا لأسابيع وتعرضوا للضرب والتجويع "
            "حتى تدفع أسرهم مبالغ مالية.")
    assert "torture" in _types(text)
    assert "injury" not in _types(text)


def test_someone_else_beaten_after_a_detention_stays_an_injury():
    text = "قال الشاب إنه احتجز يومين ثم أفرج عنه، وتعرض شقيقه للضرب على يد مجهولين."
    assert "torture" not in _types(text)


def test_place_named_with_joined_abu_is_found_in_libya():
    text = "أحبط خفر السواحل محاولة تهريب وقود عبر مرسى أبوكماش ليلة الجمعة، وتم التحفظ على القارب وطاقمه."
    annotation = annotate(text)
    assert any("أبوكماش" in p.name for p in annotation.places)
    assert annotation.in_libya


def test_person_named_abu_is_no_place():
    text = "قال أبوبكر الصديق إن الوضع هادئ في المدينة."
    assert annotate(text).places == ()


def test_indefinite_fuel_smugglers_are_listed():
    text = "قتل شرطي برصاص مهربي وقود أثناء محاولة إيقاف شاحنة على الطريق الساحلي قرب العجيلات."
    assert "مهربي وقود" in {a.name for a in annotate(text).actors}


def test_women_beaten_by_prison_guards_is_torture_and_the_rape_threat_is_no_rape():
    # the feminine plural object «ضربوهن» reads as «ضربوهم»; rape threatened is not sexual violence done
    text = "قالت سجينات سابقات إن حراسا في سجن الجديدة ضربوهن وهددوهن بالاغتصاب إن لم تدفع أسرهن مبالغ مالية."
    assert _types(text) == {"torture"}


def test_rape_told_stays_sexual_violence():
    text = "قالت ناجية إن الحراس اغتصبوها في مركز الاحتجاز ثم هددوها بالقتل إن تحدثت."
    assert "sexual_violence" in _types(text)


def test_smugglers_named_before_the_holding_verb_is_trafficking():
    text = "وقال الناجون إن مهربين احتجزوهم في مستودع أسبوعين قبل إجبارهم على ركوب القارب."
    assert "trafficking" in _types(text)


def test_smugglers_held_by_a_patrol_is_no_trafficking():
    text = "قالت الشرطة إن المهربين احتجزتهم دورية أمنية قرب الحدود."
    assert "trafficking" not in _types(text)


def test_group_listed_over_nationality_adjectives_keeps_its_category():
    text = ("مداهمة وكر للاتجار بالبشر في أوباري\n"
            "داهمت قوة من مديرية أمن أوباري منزلا يستخدمه مهربون لاحتجاز المهاجرين، وحررت 17 مهاجرا نيجيريا "
            "وغانيا بينهم امرأتان.")
    assert {"migrants", "women"} <= set(annotate(text).victim_categories())


def test_suspects_listed_are_no_migrants():
    text = ("مداهمة وكر للاتجار بالبشر في أوباري\n"
            "داهمت قوة من مديرية أمن أوباري منزلا يستخدمه مهربون، وقبضت على 5 مهربين ليبيين بينهم امرأة.")
    assert "migrants" not in annotate(text).victim_categories()


def test_anchorage_is_named_whole_as_a_harbour():
    text = "أحبط خفر السواحل محاولة تهريب وقود عبر مرسى أبوكماش ليلة الجمعة، وتم التحفظ على القارب وطاقمه."
    assert "مرسى أبوكماش" in {p.name for p in annotate(text).places}


def test_definite_marsa_stays_the_tunisian_town():
    text = "قال إن المرسى الجديد في زوارة سيفتتح قريبا."
    assert "مرسى زوارة" not in {p.name for p in annotate(text).places}
