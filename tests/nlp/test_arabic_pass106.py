"""Arabic pass 106 (tune106: killed counts in short items and dialect posts): our own sentences, other names, towns and
wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def test_found_dead_with_an_object_pronoun_is_one_dead():
    # «لقيناه ميت», «لقوها ميتة», «عثروا عليه ميتا»: the one found dead (dialect and MSA), as «العثور على جثة»
    text = "خوي خطفوه مسلحين من قدام الجامع في العجيلات، وبعد خمس أيام لقيناه ميت في وادي"
    assert annotate(text).killed == 1
    text = "بنت جيرانا خطفوها من قدام المدرسة في الزاوية، ولقوها ميتة في مزرعة بعد يومين"
    assert annotate(text).killed == 1
    text = "اختطف مسلحون تاجرا من أمام محله في الخمس، وعثر عليه ميتا في منطقة زراعية صباح اليوم"
    assert annotate(text).killed == 1


def test_found_dead_look_alikes_keep_their_counts():
    # found alive, or a plural found dead with no number: no count of one
    text = "خوي خطفوه مسلحين من قدام الجامع في العجيلات، وبعد خمس أيام لقيناه حي في وادي"
    assert annotate(text).killed is None
    text = "خطفوا أولاد عمي من قدام الحوش في الزاوية، ولقوهم ميتين في مزرعة"
    assert annotate(text).killed != 1


def test_dual_relative_before_a_dual_death_verb_is_two_dead():
    # «المهندس ... وزوجته اللذين توفيا في حادث»: the dual relative and the dual verb say two, also in an accident
    text = "تتقدم بلدية غات بالتعازي إلى أسرة المهندس سالم الطارقي وزوجته اللذين توفيا في حادث سير على طريق أوباري"
    assert annotate(text).killed == 2
    text = "أدانت البلدية مقتل الشقيقين اللذين قتلا برصاص مسلحين في حي الأندلس أمس"
    assert annotate(text).killed == 2


def test_singular_relative_is_one_and_plural_relative_no_count():
    # the singular relative and verb: one dead
    text = "تتقدم بلدية غات بالتعازي إلى أسرة المهندس سالم الطارقي الذي توفي في حادث سير على طريق أوباري"
    assert annotate(text).killed == 1
    # the look-alike: the plural relative and verb give no number
    text = "تتقدم بلدية غات بالتعازي إلى أسر الشباب الذين توفوا في حادث سير على طريق أوباري"
    assert annotate(text).killed is None
    # nor a relative death with no cause told (a father's death of age, in a story of his jailed son)
    text = "أسرة المدون المعتقل سالم تناشد السلطات السماح له بحضور جنازة والده الذي توفي صباح اليوم في سبها"
    assert annotate(text).killed is None


def test_a_death_of_illness_has_no_count():
    # «توفي ... إثر مرض عضال»: a death of illness is no casualty event (the guide), its count is null
    text = "وفاة أحد أعيان قبيلة في غدامس\nتوفي الحاج عمر الغدامسي أحد وجهاء المدينة إثر مرض عضال، وشيع جثمانه إلى مقبرة البلدة."
    assert annotate(text).killed is None
    text = "وفاة معلم متقاعد في هون\nتوفي المعلم المتقاعد سالم الهوني بعد صراع طويل مع المرض، وسيوارى الثرى عصر اليوم."
    assert annotate(text).killed is None


def test_a_killing_or_an_accident_beside_keeps_its_count():
    # the look-alikes: a death by gunfire, or a road accident, keeps its one dead
    text = "وفاة شاب في غدامس\nتوفي شاب في غدامس متأثرا بإصابته برصاص مسلحين مجهولين أمس."
    assert annotate(text).killed == 1
    text = "وفاة سائق في هون\nتوفي سائق شاحنة في حادث انقلاب على الطريق بين هون وودان."
    assert annotate(text).killed == 1


def test_gunshot_marks_on_a_body_found_are_no_accident():
    # a body found in a well by the civil defence that bears gunshot marks: a killing, not a fall
    text = ("العثور على جثة شاب في بئر بترهونة\nانتشلت فرق الحماية المدنية جثة شاب من بئر مهجورة في ترهونة، وأفاد "
            "الطبيب الشرعي بأن الجثة تحمل آثار ثلاث طلقات نارية في الصدر.")
    result = annotate(text)
    assert "killing" in {i.type for i in result.incidents}
    assert result.killed == 1


def test_body_found_in_a_well_with_no_wound_stays_an_accident():
    # the look-alike: a man who fell into a well, recovered by the civil defence
    text = ("العثور على جثة شاب في بئر بترهونة\nانتشلت فرق الحماية المدنية جثة شاب سقط في بئر مهجورة في ترهونة أثناء "
            "رعي الأغنام.")
    assert not annotate(text).incidents


def test_fighters_after_an_object_verb_past_a_member_word_are_the_killers():
    # «قتلوه عناصر ميليشيا»: the dialect's subject after its verb, past the member word; the victim a civilian
    text = "جارنا قتلوه عناصر كتيبة عند البوابة في ككلة لأنه ما وقفش"
    result = annotate(text)
    assert result.incidents and result.victim_status != "combatant"
    # «الميليشيا قتلوا ولد خالي»: the fighters before an active verb with its object
    text = "الكتيبة قتلوا ولد خالي عند البوابة في ككلة"
    assert annotate(text).victim_status != "combatant"
    assert annotate(text, model=False).incidents


def test_fighters_killed_stay_fighters():
    # the look-alikes: fighters killed (a passive with no object after it)
    text = "عناصر الكتيبة قتلوا في اشتباكات عند البوابة في ككلة"
    assert not annotate(text).incidents
    text = "قتل ثلاثة عناصر من الكتيبة في اشتباكات عند البوابة في ككلة"
    assert not annotate(text).incidents


def test_a_cousin_told_as_bint_of_an_uncle_is_a_woman():
    # «بنت عمي», «بنت خالتي»: a cousin (a kin word, no age), a woman, not a girl
    text = "بنت خالي فاطمة توفت اليوم بعد ما طاحت قذيفة على حوشهم في تاجوراء، ربي يرحمها"
    result = annotate(text)
    assert "women" in result.victim_categories() and "girls" not in result.victim_categories()


def test_a_girl_stays_a_girl():
    # the look-alike: «بنت صغيرة», «بنت عمرها 9 سنين»: a girl
    text = "بنت صغيرة توفت اليوم بعد ما طاحت قذيفة على حوشهم في تاجوراء، ربي يرحمها"
    assert "girls" in annotate(text).victim_categories()
    # a cousin whose age is told is what her age says
    text = "بنت عمي هاجر عمرها 12 سنة تصاوبت برصاصة طايشة في رجلها في تاجوراء، توا في المستشفى"
    assert "women" not in annotate(text).victim_categories()


def test_dual_and_member_forms_of_unnamed_gunmen_are_actors():
    # «مسلحان ملثمان» (the dual, as «مسلحين ملثمين»), «عناصر ميليشيا» (a member form with no body named)
    text = "توفي صاحب مقهى في درنة متأثرا بإصابته بطلق ناري، بعد أن اقتحم مسلحان ملثمان المقهى ليلا وسرقا ما في الخزينة."
    assert "مسلحان ملثمان" in {a.name for a in annotate(text).actors}
    text = "خالي قتلوه عناصر ميليشيا عند البوابة في الزاوية لأنه ما وقفش"
    assert "عناصر ميليشيا" in {a.name for a in annotate(text).actors}


def test_a_named_force_keeps_its_name():
    # the look-alike: members of a named body are the body (the settled member-form rule)
    text = "خالي قتلوه عناصر جهاز دعم الاستقرار عند البوابة في الزاوية"
    names = {a.name for a in annotate(text).actors}
    assert "جهاز دعم الاستقرار" in names and "عناصر ميليشيا" not in names
    text = "وتطالب أسر الضحايا بمحاسبة عناصر ميليشيا الكانيات التي قتلت عشرات المدنيين في ترهونة"
    assert "ميليشيا الكانيات" in {a.name for a in annotate(text).actors}


def test_victims_after_the_killers_of_an_active_verb_are_counted():
    # «قتل مسلحون مجهولون شابين وامرأة»: verb, its subject (nominative), then the victims
    assert annotate("قتل مسلحون مجهولون شابين وامرأة في هجوم على مزرعة قرب بني وليد").killed == 3
    assert annotate("قتل مسلحون ملثمون مزارعا وابنه في حقلهما قرب بني وليد").killed == 2
    assert annotate("قتل مسلحون راعيا قرب بني وليد مساء أمس").killed == 1


def test_dead_gunmen_in_the_genitive_are_no_subject():
    # the look-alike: «مقتل مسلحين وامرأة» (the gunmen are among the dead: a toll with no number) stays unknown
    assert annotate("مقتل مسلحين وامرأة في اشتباكات قرب بني وليد").killed != 1


def test_a_cousin_opening_a_family_post_is_one_dead():
    # «بنت خالي فاطمة توفت اليوم بعد ما طاحت قذيفة»: the cousin (two kin words) opening the post, then her verb of dying
    assert annotate("بنت خالي فاطمة توفت اليوم بعد ما طاحت قذيفة على حوشهم في تاجوراء، ربي يرحمها").killed == 1
    assert annotate("ولد عمي سالم مات البارح برصاصة طايشة في عرس في تاجوراء").killed == 1


def test_a_cousin_wounded_is_no_dead():
    # the look-alike: the cousin hurt, not dead
    assert annotate("بنت خالي فاطمة تصاوبت اليوم بعد ما طاحت قذيفة على حوشهم في تاجوراء").killed is None


def test_nominative_gunmen_before_a_numbered_object_are_the_killers():
    # «قتل مسلحون أربعة حطابين»: verb, subject, numbered object: the woodcutters are the victims, not fighters
    assert annotate("قتل مسلحون أربعة حطابين في غابة قرب الحدود التشادية").victim_status != "combatant"


def test_gunmen_killed_in_a_passive_stay_fighters():
    # the look-alike: «قتل مسلحون في اشتباكات» (no object: the gunmen were killed)
    result = annotate("قتل مسلحون في اشتباكات مع قوات الجيش جنوب سبها")
    assert result.victim_status == "combatant" and not result.incidents
