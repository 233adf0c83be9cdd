"""Arabic pass 137 (tune137): Libya-incident precision in Libyan outlet news. Our own sentences; each rule
with a look-alike guard."""

from nlp.annotate import annotate


def test_bathers_drowned_with_a_survivor_taken_to_the_military_hospital_is_an_accident():
    # «مستشفى ... العسكري» names a hospital, no fighter: the lead's bathers' drowning stays an accident
    text = ("غرق ثلاثة شبان في شاطئ زوارة\nأعلن الهلال الأحمر انتشال جثث ثلاثة شبان غرقوا أثناء السباحة في شاطئ "
            "زوارة بسبب ارتفاع الأمواج، فيما أنقذ المتطوعون شابا رابعا نقل إلى المستشفى العسكري لتلقي الإسعافات.")
    assert not annotate(text).incidents


def test_drowning_lead_that_names_fighters_stays_violent():
    # the look-alike: a lead whose drowning is told beside fighters who shot at the swimmers is no accident
    text = ("مقتل شابين في شاطئ القره بوللي\nقال جهاز الإسعاف إن شابين قتلا أثناء السباحة في شاطئ القره بوللي "
            "مساء الأحد برصاص مسلحين مجهولين أطلقوا النار من سيارة عسكرية.")
    assert annotate(text).incidents


def test_club_losing_players_to_injury_is_sport():
    # «يفقد لاعبين للإصابة» over «بغياب لاعبين اثنين بسبب الإصابة ... خلال التدريبات»: players out injured
    text = ("الاتحاد المصراتي يفقد لاعبين للإصابة قبل لقاء الهلال\nيدخل فريق الاتحاد المصراتي لقاءه أمام الهلال "
            "بغياب لاعبين اثنين بسبب الإصابة تعرضا لها خلال التدريبات، بحسب النادي.")
    result = annotate(text)
    assert not result.incidents
    assert result.injured is None


def test_players_assaulted_stay_hurt():
    # the look-alike: players beaten by gunmen at training are hurt (an assault is named)
    text = ("إصابة لاعبين في اعتداء على تدريبات نادي الهلال\nاعتدى مسلحون على لاعبين اثنين خلال التدريبات في "
            "ملعب المدينة بزليتن، ما أدى إلى إصابتهما بجروح نقلا على إثرها إلى المستشفى.")
    assert annotate(text).incidents


def test_visit_to_one_hurt_child_is_no_incident_and_counts_nobody():
    # «يزور الطفل المصاب»: one hurt person visited (the guide: a visit has no incident and no counts)
    text = ("وزير الصحة يزور الطفلة المصابة بشظايا القصف في صبراتة\nزار وزير الصحة الطفلة سلمى الورفلي في "
            "مستشفى صبراتة التعليمي للاطمئنان على صحتها بعد أن أصيبت قبل عشرة أيام بشظايا قذيفة سقطت قرب بيتها.")
    result = annotate(text)
    assert not result.incidents
    assert result.injured is None


def test_headline_harm_before_the_visit_stays():
    # the look-alike: a harm told before the visit verb is the headline's own news
    text = ("إصابة طفلة بشظايا قذيفة في صبراتة والوزير يزور المصابة\nأصيبت الطفلة سلمى الورفلي بشظايا قذيفة "
            "سقطت قرب بيتها في صبراتة مساء أمس، ونقلت إلى مستشفى صبراتة التعليمي.")
    result = annotate(text)
    assert result.incidents
    assert result.injured == 1


def test_grants_to_families_of_the_dead_are_no_killing():
    # «المنح تشمل أسر القتلى والمفقودين»: a benefit for the families of a war's dead, no harm told
    text = ("بدء صرف منح مالية لأسر ضحايا الحرب في بنغازي\nبدأت هيئة رعاية أسر الشهداء صرف منح مالية لنحو 600 "
            "أسرة في بنغازي. وقال مسؤول إن المنح تشمل أسر القتلى والمفقودين في حرب 2014.")
    assert not annotate(text).incidents


def test_families_of_the_dead_of_a_new_attack_keep_it():
    # the look-alike: a new killing told beside the families' words stays
    text = ("مقتل ثلاثة مدنيين في قصف على حي الليثي ببنغازي\nقتل ثلاثة مدنيين في قصف استهدف حي الليثي ببنغازي "
            "فجر اليوم، وطالبت أسر القتلى بمحاسبة المسؤولين.")
    assert annotate(text).incidents


def test_remnants_of_war_cleared_with_nobody_hurt_is_no_incident():
    # «أزالت ... جسما من مخلفات الحرب بين قذائف هاون وألغام»: the weapons listed are the remnants removed
    text = ("فرق الهندسة تزيل مخلفات حرب من أحياء سرت\nأزالت فرق الهندسة العسكرية خلال الأسبوع الماضي 145 جسما من "
            "مخلفات الحرب بين قذائف مدفعية وألغام وعبوات ناسفة من بيوت وحقول في حي الدولار بسرت، دون تسجيل أي إصابات.")
    assert not annotate(text).incidents


def test_remnant_that_exploded_and_hurt_a_boy_stays():
    # the look-alike: a shell among the remnants that went off and wounded a boy is a harm (no clearance word)
    text = ("إصابة طفل بانفجار قذيفة من مخلفات الحرب في سرت\nأصيب طفل في الثانية عشرة بجروح بالغة إثر انفجار "
            "قذيفة من مخلفات الحرب كان يلهو بها قرب بيته في حي الدولار بسرت.")
    result = annotate(text)
    assert result.incidents
    assert result.injured == 1


def test_farm_damaged_beside_the_dead_is_no_injury():
    # «وأن المزرعة أصيبت بأضرار كبيرة»: the passive hurt verb before «بأضرار» tells a thing damaged, nobody hurt
    text = ("مقتل راعيين في غارة على مزرعة قرب أوباري\nقال مسؤول محلي إن راعيين قتلا فجر اليوم في غارة بطائرة "
            "مسيرة على مزرعة قرب أوباري. وأضاف أن المزرعة أصيبت بأضرار كبيرة وأن الماشية نفقت.")
    types = {i.type for i in annotate(text).incidents}
    assert "killing" in types
    assert "injury" not in types


def test_people_hurt_before_damage_words_stay_hurt():
    # the look-alike: «أصيب ثلاثة ... ولحقت أضرار بالمنازل»: people hurt, the damage told apart
    text = ("إصابة ثلاثة مدنيين في قصف على أوباري\nأصيب ثلاثة مدنيين بجروح في قصف على حي الشريف بأوباري، "
            "ولحقت أضرار بعدد من المنازل.")
    result = annotate(text)
    assert "injury" in {i.type for i in result.incidents}
    assert result.injured == 3
