"""Arabic pass 90 (tune90, actor recall): our own sentences, other names and places; each rule has a look-alike
that must not change."""

from nlp.annotate import annotate


def _actors(text: str) -> list[str]:
    return [a.name for a in annotate(text).actors]


def test_brigade_named_by_a_kunya():
    # «كتيبة أبو X»: a kunya is a whole name, no definite surname needed
    assert "كتيبة أبو حمزة" in _actors("توفي سجين بعد أسبوع من احتجازه في مقر كتيبة أبو حمزة بمدينة غريان، "
                                       "وأكد الطبيب الشرعي وجود كدمات على جسده.")
    assert "كتيبة أبو عبيدة" in _actors("اعتقلت كتيبة أبو عبيدة ناشطا في مدينة مصراتة يوم الخميس.")


def test_brigade_kunya_lookalike_unchanged():
    # a brigade named by a hero's full name keeps its surname; an unnamed armed brigade stays the unnamed form
    assert "كتيبة عمر المختار" in _actors("اعتقلت كتيبة عمر المختار ناشطا في مدينة درنة يوم الخميس.")
    assert _actors("اعتقلت كتيبة مسلحة ناشطا قرب المدينة يوم الخميس.") == ["كتيبة مسلحة"]


def test_brigade_named_in_construct_with_clitic():
    # «لكتيبة شهداء الوادي», «وسرية ثوار الجبل»: an indefinite noun with its definite genitive names the brigade
    found = _actors("اعتقلت عناصر تابعة لكتيبة شهداء الوادي ناشطا في غريان واقتادته إلى جهة مجهولة.")
    assert "كتيبة شهداء الوادي" in found
    found = _actors("اقتحم مسلحون من سرية ثوار الجبل منزل صحفي في يفرن واعتقلوه.")
    assert "سرية ثوار الجبل" in found
    # a first noun in «ـة» («حماية», «قلعة») is a genitive's head, not an adjective, when a definite noun follows
    found = _actors("قالت عائلة المعتقل إن عناصر موالية لكتيبة حماية الوادي اعتقلته من منزله في غريان.")
    assert "كتيبة حماية الوادي" in found
    found = _actors("اعتقلت سرية قلعة الجبل صحفيا في يفرن يوم الاثنين.")
    assert "سرية قلعة الجبل" in found


def test_brigade_construct_lookalike_unchanged():
    # a preposition after the head is no genitive («كتيبة قرب المدينة»)
    assert not any(a.startswith("كتيبة") for a in _actors("تمركزت كتيبة قرب المدينة بعد اعتقال شاب يوم الخميس."))
    # an adjective in «ـة» agreeing with the brigade («متمركزة», «تابعة») is no genitive's head
    found = _actors("اعتقلت كتيبة تابعة الليلة الماضية شابا في غريان.")
    assert not any(a.startswith("كتيبة تابعة") for a in found)


def test_force_named_for_its_task_with_clitic():
    # «وقوة مكافحة الجريمة»: a force whose construct names its task (a name noun such as «مكافحة»), also after «و»
    found = _actors("اعتقلت قوة الردع شابين في سوق الجمعة، وقوة مكافحة الجريمة ثلاثة آخرين في تاجوراء.")
    assert "قوة مكافحة الجريمة" in found
    found = _actors("داهمت قوة مجابهة الإرهاب منزلا في سرت واعتقلت صاحبه.")
    assert "قوة مجابهة الإرهاب" in found


def test_force_task_lookalike_unchanged():
    # «قوة دفع الرياح» is the wind's force, no body
    assert not any(a.startswith("قوة") for a in _actors("انقلب قارب بفعل قوة دفع الرياح قبالة زوارة وغرق ثلاثة مهاجرين."))


def test_armed_adjective_after_a_nationality():
    # «المعارضة السودانية المسلحة»: after a nationality, «المسلحة» is the rest of the group's name
    found = _actors("اتهم أهالي القطرون المتمردين التشاديين المسلحين بقتل راع وسرقة إبله يوم السبت.")
    assert "المتمردين التشاديين المسلحين" in found
    found = _actors("خطف عناصر من المعارضة التشادية المسلحة ثلاثة عمال قرب أم الأرانب.")
    assert "المعارضة التشادية المسلحة" in found


def test_armed_adjective_lookalike_unchanged():
    # «المسلحين» after a body is its object, not its name
    found = _actors("اعتقلت الشرطة التونسية المسلحين بعد قتلهم حارسا في القصرين.")
    assert not any("المسلح" in a for a in found if a.startswith("الشرطة"))


def test_military_region_named_by_its_area():
    # «قوات المنطقة العسكرية الجبل الغربي»: a Libyan military region is named by its area; «قوات» is its member form
    found = _actors("قصفت قوات المنطقة العسكرية الجبل الغربي منزلا في غريان، ما أدى إلى إصابة طفلين.")
    assert "المنطقة العسكرية الجبل الغربي" in found
    assert "قوات المنطقة العسكرية" not in found


def test_military_region_lookalike_unchanged():
    # «المنطقة العسكرية» with no area after it stays as it was
    found = _actors("قصفت قوات المنطقة العسكرية منزلا في غريان، ما أدى إلى إصابة طفلين.")
    assert "المنطقة العسكرية الجبل الغربي" not in found


def test_gunmen_of_named_tribes():
    # «مسلحين من قبيلتي X وY», «مسلحون من قبيلة X»: unnamed gunmen told by the tribes named
    found = _actors("قتل ثلاثة مدنيين في اشتباكات بين مسلحين من قبيلتي المقارحة والقذاذفة في سبها.")
    assert "مسلحين من قبيلتي المقارحة والقذاذفة" in found
    found = _actors("أطلق مسلحون من قبيلة أولاد حمد النار على سيارة مدنية قرب الكفرة، ما أدى إلى مقتل سائقها.")
    assert "مسلحون من قبيلة أولاد حمد" in found


def test_gunmen_of_unnamed_tribes_unchanged():
    found = _actors("قتل ثلاثة مدنيين في اشتباكات بين مسلحين من قبيلتين متنازعتين في سبها.")
    assert "مسلحين من قبيلتين متنازعتين" in found


def test_court_named_by_town_and_grade():
    # «محكمة غريان الابتدائية»: a court's town in construct, then its grade
    assert "محكمة غريان الابتدائية" in _actors("قضت محكمة غريان الابتدائية بسجن متهم بقتل جاره عشر سنوات.")


def test_court_lookalike_unchanged():
    # a chamber at the court keeps its whole name; a court with no grade after the town is left as before
    found = _actors("قضت الدائرة الجنائية بمحكمة غريان الابتدائية بسجن متهم بقتل جاره.")
    assert "الدائرة الجنائية بمحكمة غريان الابتدائية" in found
    assert "محكمة غريان الابتدائية" not in found


def test_court_and_region_towns_stay_places():
    # the town inside «محكمة غريان الابتدائية» and «المنطقة العسكرية سبها» is still where it happened
    found = annotate("قضت محكمة غريان الابتدائية بسجن متهم بخطف طفل عشر سنوات.")
    assert [p.name for p in found.places] == ["غريان"]
    found = annotate("قصفت قوات المنطقة العسكرية سبها مزرعة فأصيب راع بجروح.")
    assert "المنطقة العسكرية سبها" in [a.name for a in found.actors]
    assert "سبها" in [p.name for p in found.places]


def test_region_in_commanders_title_not_reported():
    # «خاطب آمر المنطقة العسكرية سبها»: the commander is addressed; his command is no actor of the story
    found = _actors("قتل مسلحون مدنيا في أوباري، وقال الأهالي إنهم خاطبوا آمر المنطقة العسكرية سبها دون رد.")
    assert "المنطقة العسكرية سبها" not in found


def test_court_as_the_building_not_an_actor():
    # «داخل مقر محكمة غريان الابتدائية»: the court is where an assault happened, not a body acting
    found = _actors("اعتدى مجهول على محامية داخل مقر محكمة غريان الابتدائية يوم الأحد.")
    assert "محكمة غريان الابتدائية" not in found


def test_woman_journalist_whose_fate_is_unknown():
    # «مصير الصحفية ...», «اختفاء صحفية»: a definite feminine role after «مصير», and an indefinite «صحفية» right after a
    # masculine noun of harm (no adjective can agree with it), are a woman
    found = annotate("عبرت نقابة المحامين عن قلقها إزاء مصير المحامية ريم الشريف التي اختطفها مسلحون مجهولون من أمام "
                     "منزلها في درنة.")
    assert "women" in found.victim_categories()
    found = annotate("اختطاف صحفية في سبها على يد مسلحين مجهولين أثناء عودتها من عملها.")
    assert "women" in found.victim_categories()


def test_press_adjective_not_a_woman():
    # «في تصريحات صحفية», «الندوة الصحفية»: the adjective «press», no woman
    found = annotate("قال المتحدث في تصريحات صحفية إن مسلحين اختطفوا شابا في سبها، وأكد في الندوة الصحفية أنه ما زال محتجزا.")
    assert "women" not in found.victim_categories()


def test_one_of_them_before_the_verb_is_one_dead():
    # «وإن أحدهم توفي», «وأن إحداهن توفيت»: «one of them» written before the verb is one victim, as after it
    text = ("روى لاجئون أطلق سراحهم أن عصابة تهريب احتجزتهم في مزرعة قرب بني وليد شهرين وعذبتهم لابتزاز ذويهم، "
            "وأن أحدهم توفي من شدة الضرب.")
    assert annotate(text).killed == 1
    text = "قال ناجون إن مهربين احتجزوا نساء في مخزن بالكفرة وعذبوهن، وإن إحداهن توفيت داخل المخزن."
    assert annotate(text).killed == 1


def test_one_of_them_lookalike_unchanged():
    # a toll told with its own number keeps it
    text = "قتل مسلحون ثلاثة عمال في مزرعة قرب بني وليد، وأصيب اثنان آخران."
    assert annotate(text).killed == 3


def test_central_security_is_a_listed_body():
    # «قوات الأمن المركزي»: Libya's Central Security (interior ministry) is a listed body; «قوات» its member form
    found = _actors("فرقت قوات الأمن المركزي وقفة احتجاجية لعمال النظافة في بنغازي، فأصيب ثلاثة منهم بالرصاص المطاطي.")
    assert "الأمن المركزي" in found
    assert "قوات الأمن المركزي" not in found


def test_central_bank_not_central_security():
    found = _actors("أعلن مصرف ليبيا المركزي أن مسلحين اقتحموا فرعه في بنغازي واعتدوا على حارس.")
    assert not any("الأمن المركزي" in a for a in found)


def test_body_standing_for_a_town():
    # «منظمة شباب من أجل غدامس»: a body named for the town it stands for; the town is part of its name, no place
    found = annotate("اقتحم مسلحون مقر منظمة شباب من أجل غدامس في حي الأندلس بطرابلس ليلة الجمعة، واستولوا على "
                     "أجهزتها، بحسب بيان المنظمة.")
    assert "منظمة شباب من أجل غدامس" in [a.name for a in found.actors]
    assert "غدامس" not in [p.name for p in found.places]


def test_campaign_for_a_town_unchanged():
    # «حملة من أجل غدامس»: a campaign, a purpose, no body
    found = _actors("أطلق ناشطون حملة من أجل غدامس بعد اعتقال شابين في المدينة.")
    assert not any("من أجل" in a for a in found)


def test_gunmen_of_a_named_brigade_are_the_brigade():
    # «مسلحون من كتيبة شهداء الوادي», «مسلحين من الكتيبة 77»: armed men «من» a named body are that body
    found = _actors("قتل شاب في غريان عندما اقتحم مسلحون من كتيبة شهداء الوادي منزله وأطلقوا النار عليه.")
    assert "كتيبة شهداء الوادي" in found
    assert "مسلحون" not in found
    found = _actors("مقتل بائع برصاص مسلحين من الكتيبة 77 في سوق الجمعة\nقتل بائع متجول مساء الأحد برصاص مسلحين تابعين "
                    "للكتيبة 77 في سوق الجمعة.")
    assert "الكتيبة 77" in found
    assert "مسلحين" not in found


def test_gunmen_from_a_town_or_an_unnamed_brigade_unchanged():
    # «مسلحون من الزاوية» keeps its town; «مسلحون من الكتيبة» names no brigade: the gunmen stay
    found = _actors("قتل شاب في غريان عندما اقتحم مسلحون من الكتيبة منزله وأطلقوا النار عليه.")
    assert any(a.startswith("مسلحون") for a in found)


def test_body_named_with_and_without_its_head_word():
    # «المخابرات العامة» in the headline, «جهاز المخابرات العامة» in the text: one body, the fuller form
    found = _actors("المخابرات العامة تعتقل ناشطا في سرت\nاعتقلت عناصر تابعة لجهاز المخابرات العامة الناشط علي الفرجاني "
                    "من منزله في سرت فجر الأحد، واقتادته إلى جهة مجهولة.")
    assert "جهاز المخابرات العامة" in found
    assert "المخابرات العامة" not in found


def test_two_different_bodies_with_shared_words_unchanged():
    # «الحرس البلدي» and «جهاز الحرس البلدي الليبي» differ by more than the head word: both stay as found
    found = _actors("اعتدى عناصر من الأمن العام على بائع في سرت، وقال جهاز الحرس البلدي إنه فتح تحقيقا.")
    assert "جهاز الحرس البلدي" in found


def test_headline_gunmen_are_the_texts_unknown_gunmen():
    # «برصاص مسلحين» in the headline, «مسلحون مجهولون» in the text: one group, the text's description
    found = _actors("مقتل شاب برصاص مسلحين في سرت\nقتل شاب مساء الأحد عندما أطلق مسلحون مجهولون النار على سيارته في "
                    "حي الزعفران بسرت.")
    assert "مسلحون مجهولون" in found
    assert "مسلحين" not in found


def test_headline_gunmen_alone_kept():
    found = _actors("مقتل شاب برصاص مسلحين في سرت\nقتل شاب مساء الأحد برصاص أطلقه عليه مجهولون في حي الزعفران بسرت.")
    assert "مسلحين" in found


def test_office_of_a_person_keeps_the_person():
    # «مكتب النائب العام» and «النائب العام»: the office and the official both stay
    found = _actors("قال مكتب النائب العام إن مسلحين خطفوا قاضيا في سبها، وأمر النائب العام بفتح تحقيق.")
    assert "مكتب النائب العام" in found and "النائب العام" in found


def test_quarter_keeps_its_head_beside_a_station_named_after_it():
    # «مركز شرطة الظهرة» names the station after the quarter: it is not the writer's bare form of «حي الظهرة»
    found = annotate("قتل مسلحون شابا داخل منزله في حي الظهرة، وباشر مركز شرطة الظهرة التحقيق في الحادثة.")
    assert "حي الظهرة" in [p.name for p in found.places]


def test_quarter_named_bare_by_the_writer_unchanged():
    # the writer's own bare form elsewhere («وقال سكان في الظهرة») still wins
    found = annotate("قتل مسلحون شابا داخل منزله في حي الظهرة، وقال سكان في الظهرة إن المسلحين فروا.")
    assert "حي الظهرة" not in [p.name for p in found.places]


def test_station_that_speaks_is_no_place():
    # «وأعلن مركز شرطة الكويفية ...»: a station named as the body that speaks or investigates is no place of the event;
    # its quarter or town stays one
    found = annotate("قتل شاب طعنا في بنغازي مساء السبت، وأعلن مركز شرطة الكويفية القبض على المشتبه به.")
    places = [p.name for p in found.places]
    assert "مركز شرطة الكويفية" not in places
    assert "بنغازي" in places


def test_station_attacked_stays_a_place():
    found = annotate("هاجم مسلحون مركز شرطة الكويفية في بنغازي فجر السبت وأصابوا شرطيين.")
    assert "مركز شرطة الكويفية" in [p.name for p in found.places]
