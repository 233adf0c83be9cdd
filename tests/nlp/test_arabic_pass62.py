"""Arabic pass 62 (tune62): killed and injured counts, actors and victim categories in Jawhara FM-style news, with
sentences written for these tests (docs/labelling.md, the section "Arabic pass 62 (tune62): counts, actors and victim
categories in Jawhara FM-style news")."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- killed counts ---------------------------------------------------------------------------------------------


def test_a_described_victim_before_her_death_verb_is_one() -> None:
    assert _pred("صفاقس: امرأة في الخمسين تلقى حتفها على يد شقيقها")["killed"] == 1
    assert _pred("أفاد مصدر أمني أن فتاة في العشرين من عمرها توفيت مساء أمس بعد أن طعنها شقيقها في منزل "
                 "العائلة بقابس.")["killed"] == 1
    assert _pred("فرنسا: عامل جزائري يموت بعد الاعتداء عليه من طرف مشغله")["killed"] == 1
    assert _pred("قال ناجون إن مهاجرا من بينهم توفي بعد أن أطلق المهربون النار عليهم قرب الكفرة.")["killed"] == 1
    assert _pred("قال ناجون إن طفلين من بينهم توفيا عطشا بعد أن تركهم المهربون في الصحراء.")["killed"] == 2
    # guards: a woman hurt is no death; a rate of deaths is no event's toll
    assert _pred("أصيبت امرأة في الخمسين بجروح بعد أن طعنها شقيقها في صفاقس.")["killed"] is None
    assert _pred("قالت منظمة أممية إن طفلا يموت كل ساعة بسبب العنف في مخيمات النزوح.")["killed"] is None
    # guard: a patient who died of his illness, whose kin then assaulted the staff, is no victim
    assert _pred("اعتدى أقارب مريض توفي في قسم الاستعجالي بمستشفى القصرين على ممرضين بالضرب.")["killed"] is None


def test_an_ex_wife_and_her_sister_killed_are_two() -> None:
    assert _pred("أقدم كهل على قتل طليقته وشقيقتها طعنا بالسكين في منزل بمدينة سوسة.")["killed"] == 2
    assert _pred("الجزائر: رجل يقتل طليقته وابنتها في وهران")["killed"] == 2
    # guard: the ex-wife alone is one
    assert _pred("أقدم كهل على قتل طليقته طعنا بالسكين في منزل بمدينة سوسة.")["killed"] == 1


def test_beaten_to_death_is_a_killing() -> None:
    pred = _pred("قال ناجون إن حراس المخزن ضربوا ثلاثة من رفاقهم حتى الموت أمامهم قرب بني وليد.")
    assert pred["killed"] == 3 and pred["injured"] is None and "killing" in pred["incident_types"]
    pred = _pred("روايات عن ضرب عمال أفارقة حتى الموت في مزرعة قرب سبها")
    assert "killing" in pred["incident_types"]
    pred = _pred("قال محتجزون سابقون إن سجانين عذبوا محتجزا حتى الموت في سجن بالجنوب.")
    assert pred["killed"] == 1 and "killing" in pred["incident_types"]
    # guard: a beating with care told is an injury, and a strike «until death» is no killing
    pred = _pred("ضرب حراس المخزن ثلاثة من المهاجرين قرب بني وليد ونقلوا إلى المستشفى.")
    assert pred["injured"] == 3 and pred["killed"] is None
    pred = _pred("أعلن موقوفون في سجن الجديدة دخولهم في إضراب عن الطعام حتى الموت احتجاجا على تأخر محاكمتهم.")
    assert "killing" not in pred["incident_types"] and pred["killed"] is None


# --- injured counts --------------------------------------------------------------------------------------------


def test_victims_who_needed_treatment_are_the_injured() -> None:
    assert _pred("أفادت منظمة إغاثة أن امرأتين وطفلا احتاجوا إلى علاج من جروح بعد الاعتداء عليهم من قبل حراس مركز "
                 "الإيواء في طرابلس.")["injured"] == 3
    assert _pred("قالت المنظمة إن أربعة مهاجرين احتاجوا إلى العلاج من كسور بعد أن ضربهم حراس مركز الاحتجاز في "
                 "الزاوية.")["injured"] == 4
    # guard: people who needed food are no injured
    assert _pred("قالت المنظمة إن أربعين مهاجرا احتاجوا إلى مساعدات غذائية بعد ترحيلهم إلى الحدود.")["injured"] is None


def test_a_wound_caused_to_one_of_two_is_one() -> None:
    assert _pred("تعرض طالبان إلى اعتداء بسكين من قبل منحرف أمام المعهد بقفصة، ما خلف لأحدهما جرحا في اليد "
                 "استوجب نقله إلى المستشفى.")["injured"] == 1
    assert _pred("تعرضت شقيقتان إلى اعتداء بآلة حادة من قبل شاب في نابل، ما خلف لإحداهما جرحا غائرا في "
                 "الوجه.")["injured"] == 1
    # guard: wounds caused to both are two
    assert _pred("تعرض طالبان إلى اعتداء بسكين من قبل منحرف أمام المعهد بقفصة، ما خلف لهما جروحا في "
                 "اليد.")["injured"] == 2


# --- Libya precision: fighters told as the subject of a passive verb -------------------------------------------


def test_fighters_listed_before_a_passive_killing_verb_are_no_civilians() -> None:
    pred = _pred("أفاد مصدر عسكري أن أربعة مسلحين من مجموعة تابعة للواء 444 وعنصرا من كتيبة محلية قتلوا فجر اليوم "
                 "في اشتباك مسلح قرب غريان.")
    assert not pred["is_incident"] and pred["victim_status"] == "combatant" and pred["killed"] == 5
    # guards: gunmen who killed a young man are the killers; civilians among the dead keep the incident
    assert _pred("قال مصدر أمني إن مسلحين من كتيبة محلية قتلوا شابا في الزاوية.")["is_incident"]
    assert _pred("أكد شهود أن مسلحين قتلوا أمس ثلاثة رعاة قرب غدامس.")["is_incident"]  # a time, then the object
    pred = _pred("قال مصدر طبي إن أربعة مدنيين وثلاثة عناصر من قوة أمنية قتلوا في اشتباك مسلح قرب الزاوية.")
    assert pred["is_incident"] and pred["victim_status"] == "civilian" and pred["killed"] == 7
    assert _pred("قال مصدر إن ثلاثة من أفراد العصابة قتلوا شابا في الزاوية.")["killed"] == 1
    # guard: the accused present at a trial, most of the others said to have been killed abroad, are no toll
    assert _pred("وقال المحامي إن 21 متهما حضروا الجلسة موقوفين، فيما يحاكم البقية بحالة فرار، أغلبهم يرجح أنهم قتلوا "
                 "في سرت وصبراتة بليبيا.")["killed"] is None


def test_a_tank_that_blew_up_while_filled_is_an_accident() -> None:
    head = "انفجار في مخبزة بسبها يخلف قتيلا وثلاثة جرحى\n"
    pred = _pred(head + "أعلن مستشفى سبها الطبي أن عاملا لقي حتفه وأصيب ثلاثة آخرون بحروق، فجر اليوم، إثر انفجار "
                 "خزان غاز أثناء تعبئته داخل مخبزة بحي الجديد في مدينة سبها.")
    assert not pred["is_incident"] and pred["killed"] == 1 and pred["injured"] == 3
    # guard: a bomb planted by unknown men is an attack
    pred = _pred(head + "أعلن مستشفى سبها الطبي أن عاملا لقي حتفه وأصيب ثلاثة آخرون بحروق، فجر اليوم، إثر انفجار "
                 "عبوة ناسفة زرعها مجهولون أمام مخبزة بحي الجديد في مدينة سبها.")
    assert pred["is_incident"]


def test_a_ransom_paid_for_a_release_is_no_new_abduction() -> None:
    pred = _pred("سجن أربعة متهمين في قضية خطف طبيب في مصراتة\nأصدرت محكمة جنايات مصراتة، اليوم الخميس، حكما بالسجن "
                 "عشرين عاما على أربعة متهمين أدينوا بخطف طبيب واحتجازه لمدة أسبوعين سنة 2023. وأوضح البيان أن "
                 "المتهمين كانوا ينتمون إلى مجموعة مسلحة، وأن الطبيب أفرج عنه آنذاك بعد دفع فدية.")
    assert not pred["is_incident"]
    # guard: a ransom demanded for a man still held is his abduction
    pred = _pred("قال أقارب طبيب في مصراتة إن مسلحين خطفوه من عيادته أمس ويطالبون عائلته بدفع فدية قدرها مليون دينار.")
    assert pred["is_incident"] and "abduction" in pred["incident_types"]


def test_a_kind_of_crime_told_as_a_trend_or_a_call_is_no_event() -> None:
    pred = _pred("رابطة نسوية: ارتفاع جرائم قتل النساء في الجزائر\nقالت رابطة نسوية جزائرية في ندوة صحفية اليوم إن عدد "
                 "جرائم قتل النساء التي رصدتها منذ بداية العام بلغ ثلاثين جريمة، أغلبها ارتكبها أزواج أو أقارب.")
    assert not pred["is_incident"]
    assert not _pred("دعا المدعي العام في البيضاء المواطنين إلى الإبلاغ عن جرائم الخطف مقابل فدية.")["is_incident"]
    # guard: a child taken today, told beside the call, is still an abduction
    pred = _pred("خطف مجهولون طفلا أمام مدرسته في البيضاء أمس. ودعا المدعي العام المواطنين إلى الإبلاغ عن جرائم الخطف.")
    assert pred["is_incident"] and "abduction" in pred["incident_types"]


def test_a_man_wanted_for_an_earlier_killing_is_a_charge() -> None:
    pred = _pred("المنستير: إيقاف المشتبه بها في قتل جارتها قبل أشهر\nتمكنت فرقة الأبحاث والتفتيش للحرس الوطني "
                 "بالمنستير، مساء أمس، من إيقاف امرأة في الثلاثين من عمرها مفتش عنها من أجل قتل جارتها بطعنة سكين "
                 "خلال خلاف في شهر أوت الماضي، وفق مصدر أمني.")
    assert not pred["is_incident"]
    # guard: a killing told as today's event, its killer arrested, stays an incident
    pred = _pred("المنستير: مقتل امرأة طعنا على يد جارتها\nقتلت امرأة في الثلاثين من عمرها بطعنة سكين على يد جارتها "
                 "خلال خلاف مساء أمس بالمنستير، وتمكنت فرقة الأبحاث من إيقاف الجانية.")
    assert pred["is_incident"] and pred["killed"] == 1


# --- actors ----------------------------------------------------------------------------------------------------


def _actors(text: str) -> set[str]:
    return {a["name"] if isinstance(a, dict) else a for a in _pred(text)["actors"]}


def test_a_police_or_guard_district_is_a_unit_with_its_town() -> None:
    assert "منطقة الأمن الوطني بالقصرين" in _actors(
        "تعرض شاب إلى اعتداء بسكين في حي النور، وفتحت منطقة الأمن الوطني بالقصرين بحثا في الحادثة.")
    assert "منطقة الحرس الوطني بتطاوين" in _actors(
        "أصيب راع بطلق ناري قرب الحدود، وتعهدت منطقة الحرس الوطني بتطاوين بالبحث في ملابسات الحادثة.")
    # guards: a district of a city is a place, no body, nor a police district whose town is not read; a unit inside
    # another keeps its whole name
    assert not {a for a in _actors("وأضاف أن أعوان منطقة الأمن الوطني بقريةالنخيل تمكنوا من إيقاف الجاني.")
                if a.startswith("منطقة")}
    assert not {a for a in _actors("قتل شاب في منطقة الأمن بطرابلس.") if a.startswith("منطقة")}
    assert "فرقة الأبحاث والتفتيش بمنطقة الحرس الوطني بالقصرين" in _actors(
        "تعرض شاب إلى اعتداء بسكين في حي النور بالقصرين، وتعهدت فرقة الأبحاث والتفتيش بمنطقة الحرس الوطني "
        "بالقصرين بالبحث.")


def test_a_patrol_of_no_named_body_is_an_actor_with_its_nationality() -> None:
    assert "دورية أمنية ليبية" in _actors("قالت عائلات مهاجرين إن دورية أمنية ليبية أوقفت أبناءهم قرب معبر وازن "
                                          "الشهر الماضي.")
    assert "دورية عسكرية جزائرية" in _actors("أطلقت دورية عسكرية جزائرية النار على راع قرب الحدود فأصابته بجروح.")
    # guards: bare patrols stay unreported (a bare generic: the target of an attack, a patrol that found a body)
    assert not {a for a in _actors("وأوقفت الدوريات الأمنية المشتبه به في حي النصر بتونس.") if "دوري" in a}
    assert not {a for a in _actors("عثرت دورية أمنية صباح اليوم على جثة شاب في حي الهضبة بطرابلس.") if "دوري" in a}


def test_a_union_named_for_its_workers_and_known_rights_groups() -> None:
    assert "النقابة الأساسية لعمال الميناء" in _actors(
        "وفق ما أفادت به النقابة الأساسية لعمال الميناء، أصيب عامل بكسور إثر اعتداء بالعصي في ميناء رادس.")
    assert "محامون بلا حدود" in _actors("نقلت منظمة محامون بلا حدود عن مهاجرين من مالي قولهم إن أعوانا اعتدوا "
                                        "عليهم بالضرب في صفاقس.")
    assert "المبادرة المصرية للحقوق الشخصية" in _actors("قالت المبادرة المصرية للحقوق الشخصية إن الأمن اعتقل "
                                                         "ناشطة في القاهرة.")
    # guard: workers named after a verb are no part of a name
    assert not {a for a in _actors("اعتدى منحرفون على عامل نظافة، وتم نقل عمال المصنع المصابين إلى المستشفى.")
                if "عمال" in a}


# --- victim categories -----------------------------------------------------------------------------------------


def test_the_man_arrested_for_a_charge_or_who_fired_is_no_elderly_victim() -> None:
    cats = set(_pred("القصرين: إيقاف كهل من أجل الاعتداء بالفاحشة على طفلة في العاشرة")["victim_categories"])
    assert "elderly" not in cats and "girls" in cats
    cats = set(_pred("أصيب ثلاثة أطفال بشظايا بندقية صيد بعد أن أطلق كهل النار باتجاه مجموعة من الأطفال كانوا "
                     "يلعبون قرب منزله بقابس.")["victim_categories"])
    assert cats == {"children"}
    # guards: the man the gunmen fired on, or who was hurt, is the victim
    assert "elderly" in _pred("أطلق مسلحون النار على كهل في قابس فأصابوه بجروح.")["victim_categories"]
    assert "elderly" in _pred("أصيب كهل بطلق ناري بعد أن أطلق مسلحون النار على سيارته في قابس.")["victim_categories"]


def test_two_women_told_by_the_dual_of_sayyida() -> None:
    assert "women" in _pred("قتل شخصان وأصيب سبعة آخرون، بينهم سيدتان وطفل، عندما أطلق مسلحون النار على حافلة في "
                            "أسيوط.")["victim_categories"]
    assert "women" in _pred("أصيبت سيدتان بجروح إثر اعتداء منحرف عليهما بسكين في سوق باب الجديد بتونس.")[
        "victim_categories"]
    assert "women" in _pred("قال شهود إن مهاجرتين احتاجتا إلى علاج من جروح بعد الاعتداء عليهما في صفاقس.")[
        "victim_categories"]
    # guard: two men are no women
    assert "women" not in _pred("أصيب رجلان بجروح إثر اعتداء منحرف عليهما بسكين في سوق باب الجديد بتونس.")[
        "victim_categories"]


def test_a_role_with_a_feminine_nisba_is_a_woman() -> None:
    assert "women" in _pred("اغتيال محامية ليبية بالرصاص في درنة")["victim_categories"]
    assert "women" in _pred("إصابة مهندسة تونسية بطلق ناري في طرابلس")["victim_categories"]
    # guard: «his lawyer» with a masculine adjective is no woman
    assert "women" not in _pred("اعتقلت السلطات محاميه الليبي بعد أن دافع عن ناشط في درنة.")["victim_categories"]


# --- a man taken from home with no judicial permission ---------------------------------------------------------


def test_taken_with_no_judicial_permission_is_an_arbitrary_detention() -> None:
    pred = _pred("معلم يختفي بعد اقتياده من منزله في سبها\nقال شقيق المعلم الليبي سالم الفيتوري إن قوة مسلحة داهمت "
                 "منزل العائلة في حي الجديد بسبها فجر الأحد واقتادت شقيقه دون إبراز أي إذن قضائي.")
    assert pred["is_incident"] and "arbitrary_detention" in pred["incident_types"]
    # guard: a raid with the prosecution's permission is routine police work
    pred = _pred("قالت مديرية أمن سبها إن قوة أمنية داهمت منزلا في حي الجديد بإذن من النيابة وأوقفت مطلوبا في قضية "
                 "سرقة.")
    assert not pred["is_incident"]


def test_a_pupil_after_an_assault_and_from_is_the_attacker() -> None:
    assert "children" not in _pred("معلمة تتعرض لاعتداء بسكين من تلميذ في القيروان")["victim_categories"]
    # guards: pupils after «على مجموعة من» are the victims; so is the child exposed to an assault from a young man
    assert "children" in _pred("اعتداء على مجموعة من التلاميذ أمام معهد في القيروان")["victim_categories"]
    assert "children" in _pred("تعرض طفل لاعتداء من شاب في القيروان ونقل إلى المستشفى")["victim_categories"]


def test_kin_taken_to_hospital_after_a_relative_clause_is_one_hurt() -> None:
    pred = _pred("توفي كهلان اختناقا بالغاز في منزلهما بالقصرين. وأوضح المدير أن ابنهما عثر عليهما صباحا، وأن حفيدهما "
                 "الذي كان ينام في الغرفة المجاورة نقل إلى المستشفى المحلي لتلقي العلاج.")
    assert pred["killed"] == 2 and pred["injured"] == 1
    # guard: an event before the relative clause is no one taken to hospital
    assert _pred("أفادت المصادر أن الحادث الذي وقع فجرا في حي الزهور أسفر عن أضرار مادية فقط.")["injured"] is None


def test_women_and_unaccompanied_minors_among_the_survivors() -> None:
    cats = set(_pred("قالت منظمة أطباء بلا حدود إن المهربين عذبوا عشرات المهاجرين في مخزن ببني وليد. وأوضحت المنظمة أن "
                     "بين الناجين نساء حوامل وقصرا غير مصحوبين، ونقلوا إلى مستشفى في بني وليد.")["victim_categories"])
    assert {"women", "children", "migrants"} <= cats
    # guard: «قصر» alone is a palace, no children
    assert "children" not in _pred("قصف مسلحون قصر الضيافة في طرابلس بقذائف الهاون وأصيب حارسان بجروح.")[
        "victim_categories"]


def test_the_outlet_reporter_custody_children_and_one_of_his_pupils_are_no_victims() -> None:
    assert "journalists" not in _pred("ذكر مراسل الإذاعة بالقصرين أن شابا قتل طعنا بسكين في حي النور.")[
        "victim_categories"]
    assert "children" not in _pred("أقدم رجل على قتل زوجته طعنا بسبب خلاف حول حضانة الأطفال في وهران.")[
        "victim_categories"]
    assert "children" not in _pred("تعرض أستاذ إلى اعتداء بسكين من قبل أحد تلاميذه داخل القسم بقفصة، ما تسبب له في "
                                   "جرح.")["victim_categories"]
    # guards: a reporter hurt, children killed, pupils assaulted by one man are victims
    assert "journalists" in _pred("أصيب مراسل الإذاعة بجروح خلال تغطيته لاشتباكات في طرابلس.")["victim_categories"]
    assert "children" in _pred("قتل مسلحون ثلاثة أطفال في حي النور.")["victim_categories"]
    assert "children" in _pred("تعرض ثلاثة تلاميذ إلى اعتداء بسكين من قبل أحد المنحرفين أمام المعهد بقفصة.")[
        "victim_categories"]
