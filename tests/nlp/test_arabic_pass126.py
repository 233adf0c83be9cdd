"""Arabic pass 126 (tune126: counts and actors as the Tunisian radio tells them): our own sentences, other names,
towns and wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def test_seasonal_flu_bulletin_counts_no_casualties():
    # «النزلة الموسمية», «الإنفلونزا»: an epidemic's infections and deaths, as «كورونا» is
    annotation = annotate("وزارة الصحة : 9 وفيات و530 إصابة بالنزلة الموسمية منذ نوفمبر")
    assert annotation.killed is None and annotation.injured is None
    annotation = annotate("أعلنت المديرية الجهوية للصحة بصفاقس تسجيل حالتي وفاة و75 إصابة بالإنفلونزا خلال الأسبوع.")
    assert annotation.injured is None


def test_a_home_with_its_clitic_is_no_flu():
    # look-alike: «منزله» holds «نزله»; a man hurt in his home keeps his count
    annotation = annotate("أصيب 3 أشخاص بجروح في اعتداء مسلح على منزلهم بمدينة قابس مساء أمس.")
    assert annotation.injured == 3


def test_drownings_since_the_start_of_summer_are_a_statistic():
    # «منذ غرة جويلية», «منذ بداية الصائفة / الموسم»: a season's tally, no event's toll
    text = ("أفاد الناطق باسم الحماية المدنية أن عدد حالات الوفاة غرقا بلغ 43 حالة منذ غرة جويلية، مقابل "
            "إنقاذ مئات المصطافين.")
    assert annotate(text).killed is None
    text = "سجلت المصالح الصحية 27 حالة وفاة بسبب لسعات العقارب منذ مطلع الصيف في ولايات الجنوب."
    assert annotate(text).killed is None


def test_a_toll_risen_since_an_attack_began_is_kept():
    # look-alike: «منذ بداية الهجوم» dates an event's running toll, no season
    text = "ارتفع عدد القتلى منذ بداية الهجوم على البلدة إلى 14 قتيلا حسب مصدر طبي."
    assert annotate(text).killed == 14


def test_a_hospital_tally_over_ramadan_is_a_statistic():
    # «خلال شهر رمضان»: a month of the Hijri calendar names a month's figures, as «خلال شهر أكتوبر»
    text = ("أكد مدير المستشفى الجهوي بنابل أن قسم الاستعجالي استقبل 640 مريضا خلال شهر رمضان، من بينهم 64 "
            "إصابة ناتجة عن حوادث وخصومات.")
    assert annotate(text).injured is None


def test_a_wound_on_a_ramadan_night_is_kept():
    # look-alike: «في شهر رمضان» dates one event
    text = "أصيب 4 شبان بجروح في شجار بالسكاكين ليلة أمس في شهر رمضان بحي التضامن."
    assert annotate(text).injured == 4


def test_since_someones_death_is_background_not_a_death():
    # «منذ وفاة زوجته»: the time since an earlier death, told of the victim's life
    text = ("تعرضت عجوز للسرقة والتعنيف داخل منزلها بقرمدة من طرف ثلاثة منحرفين. وأكد أقاربها أنها تعيش "
            "وحيدة منذ وفاة زوجها.")
    assert annotate(text).killed is None


def test_a_death_told_after_since_a_date_is_kept():
    # look-alike: the death itself, with «منذ» elsewhere in the sentence
    text = "توفي شاب متأثرا بإصابته بطلق ناري في شجار، وكان يرقد في المستشفى منذ يومين."
    assert annotate(text).killed == 1


def _actors(annotation) -> set[str]:
    return {actor.name for actor in annotation.actors}


def test_a_terrorist_element_who_stabs_a_policeman_is_the_attacker():
    # «أن عنصرا إرهابيا أقدم على طعن عون أمن»: «أقدم ... على» tells what its subject did; the hurt officer is a
    # civilian (the guide: police hurt by a lone attacker), and the unnamed attacker is listed in the form written
    text = ("أفادت وزارة الداخلية أن عنصرا إرهابيا أقدم مساء اليوم على طعن عون أمن بسكين أمام مقر معتمدية "
            "بنقردان، ما أسفر عن إصابته بجروح في كتفه.")
    annotation = annotate(text)
    assert annotation.incidents and annotation.victim_status != "combatant"
    assert "عنصرا إرهابيا" in _actors(annotation)


def test_terrorist_elements_who_planted_a_mine_are_listed():
    # «لغم زرعته عناصر إرهابية» that killed a shepherd: the unnamed planters are the perpetrators
    text = ("قتل فلاح وأصيب ابنه بجروح إثر انفجار لغم تقليدي الصنع زرعته عناصر إرهابية بمرتفعات جبل سمامة "
            "من ولاية القصرين.")
    annotation = annotate(text)
    assert "عناصر إرهابية" in _actors(annotation)


def test_a_terrorist_element_killed_in_a_combing_operation_stays_no_incident():
    # look-alike: the army kills one terrorist element; no civilian harmed, no unnamed perpetrator listed
    text = "تمكنت وحدات الجيش الوطني من القضاء على عنصر إرهابي خلال عملية تمشيط بجبل عرباطة من ولاية قفصة."
    annotation = annotate(text)
    assert not annotation.incidents
    assert "عنصر إرهابي" not in _actors(annotation)


def test_an_armed_man_targeted_in_the_accusative_is_no_perpetrator():
    # «إنه استهدف "عنصرا إرهابيا"»: the army's word for the man it struck, who is its object, not an actor
    text = ('قتل مزارعان في قصف على أطراف بلدة جنوبية. وقال الجيش إنه استهدف "عنصرا إرهابيا" دون أن يقدم أي '
            'دليل على ذلك.')
    annotation = annotate(text)
    assert "عنصرا إرهابيا" not in _actors(annotation)


def test_a_terrorist_element_as_the_subject_after_its_verb_is_kept():
    # look-alike: the nominative subject after the verb of the attack stays the perpetrator
    text = "استهدفت عناصر إرهابية راعيا بلغم أرضي في جبل الشعانبي، ما أسفر عن إصابته بجروح في ساقه."
    annotation = annotate(text)
    assert "عناصر إرهابية" in _actors(annotation)


def test_a_headline_told_subject_first_names_the_attacker():
    # «عنصر إرهابي يطعن شرطيا»: the fighter word before a present harm verb is who struck; the hurt officer is no
    # fighter harmed, and the item stays an incident
    text = ("القيروان : عنصر إرهابي يطعن شرطيا أمام مقر الولاية\nأصيب شرطي بجروح إثر تعرضه للطعن صباح اليوم أمام "
            "مقر الولاية، ونقل إلى المستشفى الجامعي لتلقي العلاج.")
    annotation = annotate(text)
    assert annotation.incidents and annotation.victim_status != "combatant"


def test_fighters_killed_in_a_headline_stay_fighters():
    # look-alike: the fighter word is the victim of the verb before it; no incident
    text = "الجيش يقتل عنصرين إرهابيين في جبل ورغة\nقضت وحدات الجيش الوطني على عنصرين إرهابيين في تبادل لإطلاق النار."
    annotation = annotate(text)
    assert not annotation.incidents


def test_a_child_who_fell_into_a_well_is_an_accident():
    # «إثر سقوطه في بئر / ماجل»: a fall, the Arabic of "fell into a well"; no incident
    annotation = annotate("توفي طفل يبلغ من العمر 6 سنوات أمس إثر سقوطه في بئر عميقة قرب منزل جده بريف سيدي بوزيد.")
    assert not annotation.incidents
    annotation = annotate("لقيت فتاة حتفها بعد أن سقطت في بئر مهجورة أثناء رعي الأغنام بمنطقة جلمة.")
    assert not annotation.incidents


def test_a_body_thrown_into_a_well_stays_a_killing():
    # look-alike: killers threw the victim into a well
    annotation = annotate("قتل مسلحون شابا رميا بالرصاص وألقوا جثته في بئر مهجورة قرب بلدة الأصابعة.")
    assert "killing" in {incident.type for incident in annotation.incidents}


def test_civil_protection_named_before_the_wounded_counts_no_one():
    # «مصدر من الحماية المدنية أن المصابين نقلوا»: «المدنية» is the body's name, not one civilian woman hurt
    text = ("توفي شخص وأصيب عدد من العمال في انقلاب شاحنة بمعتمدية الحنشة. وأفاد مصدر من الحماية المدنية بصفاقس "
            "أن المصابين نقلوا إلى المستشفى الجامعي الحبيب بورقيبة.")
    annotation = annotate(text)
    assert annotation.injured is None and annotation.killed == 1


def test_one_civilian_woman_hurt_is_still_counted():
    # look-alike: «امرأة مدنية» is a victim; one woman hurt
    text = "أصيبت امرأة مدنية بجروح إثر سقوط قذيفة على منزلها في حي الهضبة بطرابلس."
    assert annotate(text).injured == 1
