"""Arabic pass 54 (tune54): precision in long articles about Libya. Prices called a «massacre», a programme that
"targets" children in schools, a call to free all detainees in a statement welcoming a release, and the own car of a
fighter killed by a bomb, with sentences written for these tests (docs/labelling.md, the section "Arabic pass 54
(tune54): precision and the Libya decision in long articles")."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


def _incident(text: str) -> bool:
    return bool(_pred(text)["is_incident"])


def _types(text: str) -> set[str]:
    return set(_pred(text)["incident_types"])


# --- prices: a sum of money counts no people, a «massacre» of prices or pockets kills nobody ---------------------


def test_sum_of_money_does_not_make_a_price_metaphor_a_toll() -> None:
    assert not _incident("وصف مواطنون في سبها ارتفاع الأسعار بأنه «مجزرة»، بعد أن تجاوز سعر الخبز 70 دينارا.")
    assert not _incident("وصف سكان في غريان الغلاء بأنه «مذبحة»، بعد أن بلغ سعر كيس الدقيق خمسة دنانير.")
    assert not _incident("قال متقاعد في مصراتة إن الغلاء «يذبح المواطن»، بعد أن تجاوز سعر قارورة الزيت 12 دولارا.")
    # guard: people killed in a massacre are counted even when prices are named in the same sentence
    pred = _pred("قتل 12 مواطنا في مجزرة بسوق شعبي في سبها، في وقت تشهد فيه المدينة ارتفاع الأسعار.")
    assert pred["is_incident"] and pred["killed"] == 12


def test_massacre_of_prices_or_pockets_is_a_metaphor() -> None:
    assert not _incident("وقال بائع في سوق الخميس بزليتن: «ما يحدث مذبحة للجيوب»، بعد أن تضاعف سعر الطماطم.")
    assert not _incident("تجار الجملة في بنغازي يتحدثون عن «مجزرة الأسعار» قبيل عيد الأضحى.")
    # guard: a massacre of people in a market stays a killing
    assert "killing" in _types("ارتكب مسلحون مجزرة في سوق الخضار بمدينة الكفرة راح ضحيتها ستة مدنيين.")


# --- a programme or campaign "targets" its beneficiaries -------------------------------------------------------


def test_programme_targeting_pupils_is_no_attack() -> None:
    assert not _incident("أطلقت وزارة الشؤون الاجتماعية، اليوم الأحد، برنامجا للدعم النفسي يستهدف 5 آلاف تلميذ في مدارس سبها.")
    assert not _incident("وقالت المنظمة إن حملة التطعيم تستهدف 300 ألف طفل في مدارس بنغازي ومستشفياتها.")
    assert not _incident("وتستهدف المبادرة الأطفال في مدارس الجنوب ومستشفياته خلال العام الدراسي.")
    # guard: a campaign of intimidation targets its victims; a drone strike that targets homes stays an attack
    assert "injury" in _types("اعتدى مسلحون على الناشطة في منزلها بسبها، ووصفت المنظمة الاعتداء بأنه جزء من حملة ترهيب "
                              "تستهدف الناشطات في المدارس والجامعات.")
    assert "attack_on_property_or_infrastructure" in _types(
        "قصفت طائرة مسيرة، فجر اليوم، منزلا في غريان في هجوم يستهدف الأحياء السكنية.")


# --- a call to free all detainees, in a statement on something else, is no detention told ----------------------


def test_call_to_free_all_detainees_is_no_detention() -> None:
    assert not _incident("ورحبت البعثة الأممية بالإفراج عن الرهائن، داعية إلى الإفراج عن جميع المحتجزين تعسفيا في البلاد.")
    assert not _incident("وأشاد المجلس بالاتفاق، مطالبا بإطلاق سراح كافة المعتقلين تعسفيا لدى المجموعات المسلحة.")
    # guard: a call to free one named journalist held arbitrarily tells his detention
    assert "arbitrary_detention" in _types("طالبت المنظمة بالإفراج عن الصحفي المحتجز تعسفيا منذ شهرين في سجن معيتيقة.")


# --- a fighter killed by a bomb in his own car: the car is no civilian object struck ----------------------------


def test_bomb_in_a_fighters_own_car_is_no_attack_on_property() -> None:
    assert not _incident("قتل القيادي في إحدى المجموعات المسلحة بمدينة مصراتة، مساء الأحد، بانفجار عبوة ناسفة زرعت "
                         "في سيارته قرب مقر كتيبته.")
    assert not _incident("لقي القيادي في إحدى الكتائب المسلحة حتفه بانفجار عبوة لاصقة في مركبته أمام منزله في العجيلات.")
    # guard: a civilian killed by a bomb in his car stays a killing; a bomb that also burnt shops keeps the property
    assert "killing" in _types("قتل موظف في مصرف الجمهورية بمصراتة، مساء الأحد، بانفجار عبوة ناسفة زرعت في سيارته قرب "
                               "منزله.")
    assert "attack_on_property_or_infrastructure" in _types(
        "قتل القيادي في إحدى المجموعات المسلحة بمدينة مصراتة بانفجار عبوة ناسفة في سيارته أحرق ثلاثة محال تجارية.")


# --- the hurt a hospital says it received, its long name before «إنه / بأنه» -----------------------------------


def test_hospital_with_a_long_name_counts_the_hurt_it_received() -> None:
    text = ("روى 12 مهاجرا سودانيا حررتهم الشرطة في الكفرة من مستودع للمهربين تعرضهم للضرب والتعذيب. وقال مستشفى "
            "الكفرة العام إنه استقبل خمسة منهم يعانون من كسور وكدمات.")
    assert _pred(text)["injured"] == 5
    # guard: a visit received by an official near a hospital counts nobody
    guard = ("روى 12 مهاجرا سودانيا حررتهم الشرطة في الكفرة من مستودع للمهربين تعرضهم للضرب والتعذيب. وزار وفد من "
             "مستشفى الكفرة العام عميد البلدية الذي استقبل خمسة من أعضائه.")
    assert _pred(guard)["injured"] is None


# --- remains found in a grave, the finders named between «عثرت» and «على رفات» -----------------------------------


def test_remains_found_with_the_finders_named_are_counted() -> None:
    text = ("عثرت فرق الهيئة العامة للبحث عن المفقودين، صباح الأحد، على رفات ستة أشخاص مدفونين في حفرة واحدة قرب "
            "بني وليد. وأوضحت الهيئة أن إحدى الجثث تحمل آثار إطلاق نار في الرأس.")
    assert _pred(text)["killed"] == 6
    # guard: remains identified are a follow-up of known killings: no count; a find with no killing told is no incident
    identified = ("أعلنت الهيئة العامة للبحث عن المفقودين التعرف على رفات ستة أشخاص انتشلت من مقبرة في ترهونة العام "
                  "الماضي.")
    assert _pred(identified)["killed"] is None
    assert not _incident("عثرت فرق الآثار، صباح الأحد، على رفات حيوانات منقرضة في وادي الآجال.")


# --- a death told days after the wounding: the wound is how the victim was killed, no second harm ------------------


def test_death_days_after_the_wounding_is_a_killing_only() -> None:
    pred = _pred("فارق الشاب محمد علي الورفلي (19 عاما) الحياة فجر اليوم، بعد ثلاثة أيام من إصابته برصاصة طائشة "
                 "في حي الأندلس بطرابلس.")
    assert set(pred["incident_types"]) == {"killing"} and pred["killed"] == 1
    assert _types("توفيت المعلمة فاطمة سالم مساء الأحد في مستشفى سبها، بعد أسبوع من إصابتها بشظايا قذيفة سقطت على "
                  "منزلها.") == {"killing"}
    # guard: a son hurt besides the dead man keeps the injury
    assert _types("توفي رجل في حي الأندلس بطرابلس، وأصيب ابنه بجروح بعد إصابته برصاصة طائشة.") == {"killing", "injury"}


# --- the wounded, named again as the subject of their killing ----------------------------------------------------


def test_wounded_taken_out_and_killed_are_no_second_harm() -> None:
    text = ("اتهمت منظمة حقوقية مسلحين بتصفية ثلاثة أسرى جرحى قرب مزدة. وقال شهود إن الجرحى «أنزلوا من سيارة "
            "الإسعاف وأعدموا رميا بالرصاص».")
    assert _types(text) == {"killing"}
    # guard: the wounded taken to hospital while two others were killed stay hurt
    guard = ("قتل شخصان وأصيب ثلاثة في اشتباك مسلح قرب مزدة. وقال شهود إن الجرحى نقلوا إلى مستشفى غريان، فيما قتل "
             "اثنان من المارة.")
    assert "injury" in _types(guard)


# --- «السيولة» (cash) is not «السيول» (floods): no accident cue ----------------------------------------------------


def test_cash_shortage_is_no_flood() -> None:
    text = ("إصابة ستة محتجين بالرصاص في احتجاج على أزمة المرتبات بالبيضاء\n"
            "اعتقلت الشرطة، مساء الاثنين، تسعة محتجين خلال وقفة على نقص السيولة أمام المصارف في البيضاء، وأطلقت "
            "الرصاص لتفريق المحتجين.")
    assert "injury" in _types(text)
    assert _types("وقفة في زليتن احتجاجا على أزمة السيولة ضربها مسلحون وأصابوا اثنين من المشاركين فيها.") >= {"injury"}
    # guard: floods that swept a car away are an accident, no incident
    assert not _incident("لقي ثلاثة أشخاص حتفهم بعد أن جرفت السيول سيارتهم في وادي درنة.")


# --- unnamed armed groups: a dual of «كتيبة», a rebel group, the manner or stance adjective after the group --------


def _actor_names(text: str) -> set[str]:
    return {a if isinstance(a, str) else a["name"] for a in _pred(text)["actors"]}


def test_unnamed_groups_keep_their_description() -> None:
    assert "كتيبتين مسلحتين" in _actor_names("قتل أربعة مسلحين في اشتباكات بين كتيبتين مسلحتين قرب معسكر التكبالي جنوب "
                                            "طرابلس، وأصيب مدني برصاصة طائشة.")
    assert "جماعة متمردة" in _actor_names("أعلن الجيش النيجري مقتل 12 مدنيا في هجوم شنته جماعة متمردة على قرية قرب "
                                          "الحدود مع ليبيا.")
    assert "مجموعة مسلحة ملثمة" in _actor_names("اختطفت مجموعة مسلحة ملثمة الناشط سالم الفيتوري من أمام منزله في "
                                                "سبها.")
    assert "جماعات مسلحة تشادية معارضة" in _actor_names(
        "هاجمت جماعات مسلحة تشادية معارضة مخيما للرعاة قرب أم الأرانب، وقتلت راعيين وخطفت ثالثا.")
    assert "جماعات مسلحة معارضة" in _actor_names("قتل ثلاثة رعاة في هجوم لجماعات مسلحة معارضة على مخيمهم قرب "
                                                 "أم الأرانب.")
    # guard: a group followed by a verb or a place keeps its own words only
    assert "مجموعة مسلحة" in _actor_names("اختطفت مجموعة مسلحة الناشط سالم الفيتوري من أمام منزله في سبها.")


def test_verbal_noun_after_gunmen_is_no_adjective() -> None:
    names = _actor_names("اتهمت منظمة حقوقية مسلحين بتصفية أربعة أسرى في مزدة.")
    assert "مسلحين" in names and "مسلحين بتصفية" not in names
    # guard: a nisba adjective after the group stays in its description
    assert "مجموعة مسلحة محلية" in _actor_names("اختطفت مجموعة مسلحة محلية الناشط سالم الفيتوري من أمام منزله في سبها.")


# --- fire opened at people with the hit told: the harm is the type, no bare assault beside it ----------------------


def test_fire_opened_with_people_hit_is_the_injury_only() -> None:
    assert _types("حرس المنشآت يطلق النار على مهاجرين قرب سبها ويصيب ثلاثة منهم") == {"injury"}
    assert "other" not in _types("مهربون يطلقون النار على قارب مهاجرين قبالة صبراتة ويصيبون اثنين")
    # guard: fire opened at people with no hit stated stays an assault (`other`)
    assert _types("حرس المنشآت يطلق النار على مهاجرين قرب سبها") == {"other"}


# --- women forced into sex by their guards ---------------------------------------------------------------------


def test_forced_into_sex_is_sexual_violence() -> None:
    text = ("نشرت منظمة حقوقية شهادات لخمس مهاجرات احتجزن في مركز إيواء قنفودة ببنغازي، قلن إن حراسا أجبروهن على "
            "ممارسة الجنس مقابل الماء.")
    assert "sexual_violence" in _types(text)
    # a shelter «for migrants» is a migrant detention centre: the women raped there were held arbitrarily too
    assert {"sexual_violence", "arbitrary_detention"} <= _types(
        "تعرضت مهاجرات للاغتصاب في مركز إيواء للمهاجرين في الزاوية.")
    # guard: a shelter for the displaced is no detention centre
    assert "arbitrary_detention" not in _types("تعرضت نازحات للتحرش الجنسي في مركز إيواء للنازحين في سرت.")
    assert "sexual_violence" in _types("قالت شابة إن مهربين أجبروها على ممارسة الجنس خلال احتجازها في مخزن قرب الكفرة.")
    # guard: a talk on sex education is no incident
    assert not _incident("نظمت جمعية ندوة في طرابلس حول التربية الجنسية وحماية الأطفال.")


def test_guards_in_the_accusative_are_the_security_actors() -> None:
    text = "قال مهاجرون محتجزون في مركز احتجاز بئر الغنم إن حراسا ضربوهم بالعصي وصعقوهم بالكهرباء."
    assert "حراسا" in _actor_names(text)
    # guard: the guards named with their centre keep the listed name
    assert "حراس المركز" in _actor_names(text.replace("حراسا", "حراس المركز"))


# --- a report's figures summed between two months or over a number of months: no event's toll -------------------


def test_figures_between_two_months_count_no_event() -> None:
    text = ("المرصد الليبي لحقوق الإنسان: 35 ضحية مدنية في أربعة أشهر\n"
            "نشر المرصد تقريره الدوري، وأحصى فيه 35 ضحية مدنية بين يناير وأبريل، منهم 12 قتيلا و23 جريحا، سقط أغلبهم في "
            "اشتباكات بين مجموعات مسلحة.")
    pred = _pred(text)
    assert pred["killed"] is None and pred["injured"] is None
    # guard: women held between two months, then abused, is no tally; an attack dated to a day keeps its toll
    assert "sexual_violence" in _types("نشرت منظمة حقوقية شهادات لخمس مهاجرات احتجزن بين مارس ومايو في مركز احتجاز "
                                       "بالزاوية، قلن إن حراسا أجبروهن على ممارسة الجنس.")
    guard = "قتل ثلاثة مدنيين وأصيب خمسة في قصف على حي سكني بطرابلس يوم 12 أبريل."
    assert _pred(guard)["killed"] == 3 and _pred(guard)["injured"] == 5


def test_figures_a_report_counted_are_no_event_toll() -> None:
    text = ("المرصد الليبي لحقوق الإنسان ينشر تقريره الدوري\n"
            "قال المرصد إن الاشتباكات تراجعت هذا العام. وكان التقرير السابق قد أحصى 28 ضحية مدنية.")
    assert _pred(text)["killed"] is None
    # guard: medical sources counting an attack's dead keep the toll
    guard = "قصفت طائرة مسيرة سوقا في مرزق، وأحصت مصادر طبية مقتل سبعة مدنيين."
    assert _pred(guard)["killed"] == 7
