"""Arabic pass 68 (tune68): injured counts in Libyan outlets' news: the rescued are no dead, a pair taken to hospital
by a dual pronoun, people hurt by attackers at a match, a referral to trial, tear gas beside bullets, a stance on
«أي» harm, a channel's crew and a body's paramedics as victims, with sentences written for these tests
(docs/labelling.md, the section "Arabic pass 68 (tune68): injured counts in Libyan outlets' news")."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- counts ----------------------------------------------------------------------------------------------------


def test_the_people_a_rescue_names_are_not_the_dead_of_the_sinking_after_them() -> None:
    assert _pred("أنقذ خفر السواحل تسعة بحارة بعد غرق مركبهم قبالة زوارة فجر الأحد.")["killed"] is None
    assert _pred("إنقاذ 9 بحارة بعد غرق مركبهم قبالة زوارة")["killed"] is None
    text = "أنقذت دورية بحرية سبعة صيادين، بينهم ثلاثة تونسيين، بعد غرق قاربهم قرب صبراتة، ولم يصب أحد منهم بأذى."
    assert _pred(text)["killed"] is None
    # guards: the drowned told by their own death word, and the dead of a clause after the rescue, stay counted
    assert _pred("غرق تسعة بحارة بعد انقلاب مركبهم قبالة زوارة فجر الأحد.")["killed"] == 9
    assert _pred("أنقذ خفر السواحل عشرين مهاجرا فيما غرق خمسة آخرون قبالة زوارة.")["killed"] == 5
    assert _pred("غرق 5 مهاجرين وإنقاذ 20 آخرين قبالة زوارة.")["killed"] == 5
    assert _pred("قال تسعة مهاجرين أنقذوا إن 12 آخرين غرقوا قرب زوارة.")["killed"] == 12  # a clause of its own


def test_a_pair_taken_to_hospital_by_a_dual_pronoun_is_two_hurt() -> None:
    text = ("اقتحم مسلحون قاعة أفراح في غريان واعتدوا بالضرب على العريس وشقيقه، ما استدعى نقلهما إلى مستشفى غريان "
            "لإصابة العريس بجرح في اليد.")
    assert _pred(text)["injured"] == 2
    assert _pred("اعتدى مجهولون على معلمة وابنتها في الزنتان، وتم إسعافهما إلى المستشفى.")["injured"] == 2
    # guards: a pair moved elsewhere is no care; a pair of whom one died is no pair of hurt
    assert _pred("خطف مسلحون رجلا وابنه من أمام منزلهما في ترهونة، ونقلهما إلى جهة مجهولة.")["injured"] is None
    text = "أطلق مسلحون النار على شاب وشقيقه في ترهونة، ونقلهما الأهالي إلى مستشفى ترهونة حيث توفي الأول."
    assert _pred(text)["injured"] != 2


def test_a_hospitals_tally_of_bodies_and_wounded_counts_both() -> None:
    text = "أعلن مستشفى طرابلس المركزي استقبال جثتين وخمسة جرحى إثر اشتباكات مسلحة في منطقة عين زارة."
    pred = _pred(text)
    assert pred["is_incident"] is True and pred["killed"] == 2 and pred["injured"] == 5
    # guard: the wounds a body bears are its own, no one hurt
    pred = _pred("عثر على جثة شاب وعليها آثار جروح في منطقة الهواري ببنغازي.")
    assert pred["killed"] == 1 and pred["injured"] is None
    text = "قتل شاب برصاص مسلحين في سرت، وقال المستشفى إنه وصل جثة هامدة وبه ثلاث إصابات في الظهر."
    assert _pred(text)["incident_types"] == ["killing"]


def test_a_second_number_of_others_told_by_their_wounds_adds() -> None:
    text = "أصيب ثلاثة مواطنين بجروح خطيرة وستة آخرون بجروح طفيفة في انفجار عبوة ناسفة ببنغازي."
    assert _pred(text)["injured"] == 9
    # guard: a total broken down by wounds adds nothing
    text = "أصيب خمسة أشخاص بجروح في انفجار عبوة ناسفة ببنغازي، ثلاثة بجروح خطيرة واثنان آخران بجروح طفيفة."
    assert _pred(text)["injured"] == 5


def test_people_first_then_their_treatment_are_hurt() -> None:
    text = "قالت مصادر طبية إن أربعة مدنيين تلقوا العلاج في مستشفى أبوسليم بعد إصابتهم برصاص طائش."
    assert _pred(text)["injured"] == 4
    # guard: patients treated in a week are no casualties
    assert _pred("قالت الوزارة إن 40 مريضا تلقوا العلاج في المستشفى الميداني خلال الأسبوع.")["injured"] is None


def test_victims_listed_after_a_transfer_verb_are_summed() -> None:
    assert _pred("قالت الإسعاف إنها نقلت امرأتين وطفلا إلى مستشفى زليتن بعد إصابتهم بشظايا قذيفة.")["injured"] == 3
    # guards: bodies taken to a hospital are no hurt; people driven to visit patients neither
    assert _pred("نقلت سيارات الإسعاف جثتين إلى مستشفى الجلاء.")["injured"] is None
    assert _pred("نقلت الحافلة طلابا ومعلمين إلى المستشفى لزيارة المرضى.")["injured"] is None


def test_burns_suffered_count() -> None:
    assert _pred("تعرض ثلاثة أشخاص لحروق بليغة في انفجار عبوة ناسفة في درنة.")["injured"] == 3
    text = "تعرض ثلاثة أشخاص لحروق من الدرجة الثالثة في انفجار عبوة ناسفة في درنة."
    assert _pred(text)["injured"] == 3
    # guards: a burns ward names no one hurt; a house fire's burns stay an accident
    assert _pred("نقل المسعفون الأدوية إلى مركز الحروق في طرابلس.")["is_incident"] is False
    pred = _pred("نشب حريق في منزل بسبها أدى إلى تعرض طفلين لحروق، ونقلا إلى المستشفى.")
    assert pred["is_incident"] is False and pred["injured"] == 2


def test_libyan_dialect_numbers_with_ta_count() -> None:
    assert _pred("اصيبوا تلاتة شباب برصاص طايش في حي الأندلس الليلة، ونقلوهم للمستشفى.")["injured"] == 3
    assert _pred("تصاوبوا اتنين من الجيران بشظايا القذيفة اللي طاحت على الحوش في عين زارة.")["injured"] == 2
    # guard: the standard spelling reads as before
    assert _pred("أصيب ثلاثة شبان برصاص طائش في حي الأندلس الليلة.")["injured"] == 3


def test_the_number_after_a_victim_pronoun_counts_the_attackers() -> None:
    assert _pred("امبارح العصر تعدوا عليه تلاتة شبان بالضرب قدام حوشه في الصابري.")["injured"] is None
    assert _pred("اعتدى عليها أربعة مسلحين بالضرب أمام منزلها في هون، ونقلت إلى المستشفى.")["injured"] == 1
    # guard: the people hurt named after the gunfire on them stay counted
    assert _pred("أطلق مسلحون النار على سيارتهم فأصيب ثلاثة منهم.")["injured"] == 3


def test_people_taken_to_hospital_after_their_tear_gas_suffocation_are_hurt() -> None:
    text = ("نقل سبعة أشخاص إلى المستشفى في حالة حرجة إثر اختناقهم بالغاز المسيل للدموع خلال تفريق وقفة احتجاجية في "
            "مصراتة.")
    pred = _pred(text)
    assert pred["is_incident"] is True and pred["injured"] == 7
    # guards: a family suffocated by a heater's gas is an accident; tear gas with nobody hurt is no injury
    pred = _pred("توفي ثلاثة أفراد من أسرة واحدة إثر اختناقهم بالغاز المنبعث من مدفأة في منزلهم بغريان.")
    assert pred["is_incident"] is False and pred["killed"] == 3
    pred = _pred("أطلقت الشرطة الغاز المسيل للدموع لتفريق وقفة احتجاجية في مصراتة دون تسجيل إصابات.")
    assert pred["injured"] is None


def test_people_hurt_by_attackers_at_a_match_are_counted() -> None:
    text = ("اقتحم ملثمون ملعبا في صرمان خلال مباراة ودية، وضربوا مدرب الفريق ومساعده، ما استدعى نقلهما إلى "
            "مستشفى صرمان بكسور.")
    assert _pred(text)["injured"] == 2
    # guards: a player's injury in a match stays no casualty event
    text = "تعرض مهاجم الأهلي لإصابة قوية في الركبة خلال المباراة أمام الاتحاد، ونقل إلى مصحة خاصة."
    pred = _pred(text)
    assert pred["is_incident"] is False and pred["injured"] is None
    text = "أصيب لاعبان من فريق المدينة خلال المباراة، وتم نقلهما إلى المستشفى للاطمئنان على حالتهما."
    assert _pred(text)["is_incident"] is False


def test_a_person_hit_is_hurt_even_when_a_building_names_whose_he_is() -> None:
    text = "قال شهود إن مسلحين خطفوا مهندسا من أمام منزله في ترهونة، وأصابوا حارس المنزل بطلق في قدمه."
    pred = _pred(text)
    assert pred["injured"] == 1 and "injury" in pred["incident_types"]
    assert _pred("أطلق مجهولون النار على مقهى في العجيلات وأصابوا صاحب المحل بطلق ناري في ساقه.")["injured"] == 1
    # guard: a shell that hit a building hit a thing
    pred = _pred("سقطت قذيفة أصابت مبنى المستشفى في طرابلس دون وقوع إصابات.")
    assert pred["incident_types"] == ["attack_on_property_or_infrastructure"] and pred["injured"] is None


def test_a_farmer_hit_beside_soldiers_is_a_civilian_hurt() -> None:
    text = ("غارة بطائرة مسيرة قرب مزدة تصيب عسكريين ومزارعا\nقالت مصادر محلية إن غارة بطائرة مسيرة استهدفت نقطة "
            "عسكرية قرب مزدة أسفرت عن إصابة عسكريين اثنين ومزارع كان يعمل في أرض مجاورة.")
    pred = _pred(text)
    assert pred["incident_types"] == ["injury"] and pred["victim_status"] == "civilian" and pred["injured"] == 3
    # guard: a shell on olive farms hits property
    pred = _pred("قصف مدفعي يصيب مزارع الزيتون جنوب ترهونة دون إصابات.")
    assert pred["incident_types"] == ["attack_on_property_or_infrastructure"]


# --- incidents -------------------------------------------------------------------------------------------------


def test_a_referral_to_trial_is_a_proceeding_with_no_counts() -> None:
    text = ("أحال النائب العام عشرة عناصر أمن إلى المحاكمة بتهمة تعذيب موقوفين في سجن بسبها عام 2021، ما أدى إلى "
            "وفاة أحدهم وإصابة اثنين بكسور.")
    pred = _pred(text)
    assert pred["is_incident"] is False and pred["killed"] is None and pred["injured"] is None
    text = ("النيابة تحيل 5 متهمين في قضية قتل شاب إلى المحاكمة\nأحال مكتب النائب العام خمسة متهمين إلى المحكمة "
            "بتهمة قتل شاب في جنزور العام الماضي.")
    assert _pred(text)["is_incident"] is False
    # guards: a trial demanded in the news of the act keeps the act; the torture told by detainees stays
    text = ("طالبت النقابة بتقديم المتورطين إلى المحاكمة، بعد أن أطلق مسلحون النار على طبيب أمام عيادته في زليتن "
            "أمس، ما أدى إلى إصابته بجروح.")
    pred = _pred(text)
    assert pred["is_incident"] is True and pred["injured"] == 1
    text = ("قالت عائلة شاب موقوف منذ خمسة أشهر على ذمة قضية لم يحل فيها إلى المحكمة إن حراس السجن اعتدوا عليه "
            "بالضرب.")
    assert _pred(text)["is_incident"] is True  # a trial denied: a detention without trial, no proceeding
    text = ("قال محتجزون سابقون إن حراسا عذبوا موقوفين في سجن بسبها الشهر الماضي، ما أدى إلى وفاة أحدهم وإصابة "
            "اثنين بكسور.")
    pred = _pred(text)
    assert pred["is_incident"] is True and pred["killed"] == 1 and pred["injured"] == 2


def test_gas_told_beside_bullets_is_tear_gas_not_a_leak() -> None:
    text = ("قالت الجمعية إن ثلاثة من مسعفيها أصيبوا بالرصاص المعدني والاختناق بالغاز، عندما اقتحمت القوات "
            "الإسرائيلية البلدة القديمة في الخليل.")
    pred = _pred(text)
    assert pred["is_incident"] is True and pred["injured"] == 3
    # guard: a gas leak at home stays an accident
    assert _pred("أصيب ثلاثة أشخاص بالاختناق بالغاز إثر تسرب من أسطوانة في منزلهم بمصراتة.")["is_incident"] is False


def test_a_stance_on_any_harm_reports_no_act() -> None:
    text = "أدان المجلس البلدي في بيان أي اعتداء على المدنيين والمنشآت الصحية، داعيا إلى التهدئة."
    assert _pred(text)["is_incident"] is False
    assert _pred("ترفض النقابة أي استهداف للأطقم الطبية، وتطالب بحمايتها.")["is_incident"] is False
    # guard: a condemnation of an act told keeps the act
    text = "أدانت البعثة الأممية الاعتداء الذي استهدف مستشفى الجلاء في بنغازي أمس وأدى إلى إصابة ممرض."
    pred = _pred(text)
    assert pred["is_incident"] is True and pred["injured"] == 1


def test_a_derby_spelled_with_ya_is_sport() -> None:
    text = ("إصابة قوية لمهاجم الأهلي في الديربي\nتعرض مهاجم الأهلي لإصابة في الركبة خلال ديربي العاصمة أمام "
            "الاتحاد، ونقل إلى مصحة خاصة لإجراء الفحوصات.")
    assert _pred(text)["is_incident"] is False
    # guard: fans killed and hurt in a clash after a derby stay an incident
    pred = _pred("مقتل مشجع وإصابة خمسة في اشتباكات بين المشجعين بعد الديربي في طرابلس")
    assert pred["is_incident"] is True and pred["killed"] == 1 and pred["injured"] == 5


def test_a_worker_electrocuted_is_an_accident_not_torture() -> None:
    text = ("صعق كهربائي يودي بحياة فني في سرت\nتوفي فني إثر تعرضه لصعق كهربائي أثناء صيانة محول في سرت صباح "
            "اليوم، وقالت الشركة إنها فتحت تحقيقا.")
    pred = _pred(text)
    assert pred["is_incident"] is False and "torture" not in pred["incident_types"]
    # guard: detainees tortured with electricity stay torture
    pred = _pred("قال محتجزون سابقون إن الحراس عذبوهم بالصعق الكهربائي في سجن بغريان.")
    assert pred["is_incident"] is True and "torture" in pred["incident_types"]


def test_heatstroke_is_a_health_condition_with_no_count() -> None:
    text = "أعلن جهاز الإسعاف نقل ثمانية عمال مصابين بضربات شمس إلى مستشفى غدامس بعد تجاوز الحرارة 46 درجة."
    pred = _pred(text)
    assert pred["is_incident"] is False and pred["injured"] is None
    # guard: strikes that hurt civilians stay strikes
    pred = _pred("أصيب ثلاثة مدنيين بشظايا في ضربات جوية على حي سكني في مرزق.")
    assert pred["is_incident"] is True and pred["injured"] == 3


def test_a_hospital_opened_for_the_wounded_reports_no_harm() -> None:
    text = ("ليبيا تفتتح مستشفى ميدانيا لعلاج جرحى السودان في الكفرة\nافتتحت وزارة الصحة الليبية مستشفى ميدانيا في "
            "الكفرة لاستقبال جرحى الحرب السودانية، بطاقة 50 سريرا.")
    assert _pred(text)["is_incident"] is False
    text = ("افتتاح قسم جديد للحروق في مستشفى طرابلس المركزي\nافتتح وزير الصحة قسما جديدا لعلاج الحروق في مستشفى "
            "طرابلس المركزي بسعة 30 سريرا، ويستقبل القسم المصابين بالحروق من مختلف المدن.")
    assert _pred(text)["is_incident"] is False
    pred = _pred("سقطت قذائف على حي الهضبة بطرابلس، ويستقبل المستشفى الجرحى منذ الصباح.")
    assert "injury" in pred["incident_types"]  # guard: a hospital receiving today's wounded, no opening
    # guard: people hurt and taken to a hospital for the wounded stay hurt
    pred = _pred("أصيب خمسة مدنيين في قصف على حي سكني بالخرطوم، ونقلوا إلى مستشفى ميداني لاستقبال الجرحى.")
    assert pred["is_incident"] is True and pred["injured"] == 5


def test_a_release_ends_the_familys_not_knowing_where_he_was_held() -> None:
    text = ("الإفراج عن ناشط بعد احتجازه عشرة أيام في مصراتة\nأفرج جهاز أمني في مصراتة عن الناشط سالم الفيتوري بعد "
            "احتجازه عشرة أيام دون تهمة، وقال والده إن العائلة لم تعرف مكان احتجازه طوال تلك الأيام، وإنه عاد بصحة "
            "جيدة.")
    pred = _pred(text)
    assert pred["is_incident"] is False and "enforced_disappearance" not in pred["incident_types"]
    # guard: a family that still does not know where he is held tells a disappearance
    text = "قالت عائلة الناشط سالم الفيتوري إنها لا تعرف مكان احتجازه منذ اعتقاله في مصراتة قبل عشرة أيام."
    assert "enforced_disappearance" in _pred(text)["incident_types"]


def test_a_libyan_hospital_the_hurt_were_taken_to_places_the_harm_in_libya() -> None:
    pred = _pred("قالت الإسعاف إنها نقلت امرأة إلى مستشفى زليتن بعد إصابتها بشظايا قذيفة.")
    assert pred["in_libya"] is True and pred["injured"] == 1
    # guard: the wounded brought from another country stay abroad
    assert _pred("نقل جرحى من السودان إلى مستشفى الكفرة لتلقي العلاج بعد إصابتهم في قصف.")["in_libya"] is False


def _places(text: str) -> list[str]:
    return [place["name"] for place in _pred(text)["places"]]


def test_a_district_named_before_its_town_is_a_place() -> None:
    assert "ماجر" in _places("أصيب رجلان برصاص عشوائي خلال حفل زفاف في منطقة ماجر بزليتن ليل الخميس.")
    assert "الظهير" in _places("عثر على رفات أربعة أشخاص مدفونة في حفرة بمنطقة الظهير جنوب سرت.")
    # guards: an adjective, a body's district and a word after «منطقة» with no town are no places
    assert _places("سقطت قذيفة على منطقة سكنية بطرابلس.") == ["طرابلس"]
    assert "الأمن" not in _places("حجزت العناصر التابعة لمنطقة الأمن بجربة شحنة وقود مهربة.")
    assert _places("اندلعت اشتباكات في منطقة بعيدة عن المدينة.") == []


def test_a_word_in_ya_after_mens_plural_is_no_adjective_of_theirs() -> None:
    text = "اقتحم مسلحون أرضية ملعب في صرمان خلال مباراة ودية، واعتدوا بالضرب على الحكم ما استدعى نقله إلى المستشفى."
    assert [a["name"] for a in _pred(text)["actors"]] == ["مسلحون"]
    # guards: a group's feminine nisba and men's plural nisba stay
    text = "هاجمت مجموعة مسلحة تشادية بلدة في الجنوب وخطفت ثلاثة رعاة."
    assert "مجموعة مسلحة تشادية" in [a["name"] for a in _pred(text)["actors"]]
    assert "مسلحون ليبيون" in [a["name"] for a in _pred("اعتدى مسلحون ليبيون بالضرب على عمال في المزرعة.")["actors"]]


# --- victims ---------------------------------------------------------------------------------------------------


def test_a_channel_crew_attacked_is_the_press_not_fighters() -> None:
    text = "تعرض طاقم قناة محلية لاعتداء من عناصر مسلحة في سرت، ما أدى إلى إصابة المذيعة بكدمات في الوجه."
    pred = _pred(text)
    assert pred["is_incident"] is True and pred["injured"] == 1 and "journalists" in pred["victim_categories"]
    # guard: fighters hurt in a clash stay fighters
    pred = _pred("أصيب عنصران من كتيبة مسلحة في اشتباك مع مجموعة أخرى بسرت.")
    assert pred["is_incident"] is False and pred["victim_status"] == "combatant"


def test_a_bodys_own_paramedics_are_medics() -> None:
    text = "قالت الجمعية إن اثنين من مسعفيها أصيبا بشظايا في قصف على حي سكني في سرت."
    pred = _pred(text)
    assert "medics" in pred["victim_categories"] and pred["victim_status"] == "civilian"
    # guard: the body's volunteers handing out food are no victims
    assert _pred("قالت الجمعية إن مسعفيها وزعوا مساعدات غذائية على النازحين في سرت.")["is_incident"] is False
