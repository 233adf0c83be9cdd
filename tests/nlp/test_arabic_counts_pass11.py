"""Arabic counts pass 11 (tune42): injured and killed counts, victim categories, the incident decision, with
sentences written for these tests (docs/labelling.md, the section "Arabic counts pass 11 (tune42): injured and
killed counts, actors"). Each test has a look-alike that must not change."""

from nlp.annotate import annotate
from nlp.evaluate import predict


def _counts(text: str) -> tuple[int | None, int | None]:
    result = annotate(text, "ar", "2026-05-10")
    return result.killed, result.injured


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "ar", "2026-05-10").incidents}


def _cats(text: str) -> set[str]:
    return set(predict({"text": text, "lang": "ar"})["victim_categories"])


# --- counts ----------------------------------------------------------------------------------------------------


def test_a_teen_number_opened_by_one_is_a_toll_not_one_of() -> None:
    # «أحد عشر» (11) is a number, not «أحد» ("one of") before a singular noun
    assert _counts("ارتفع عدد المصابين في تفجير سوق الكريمية إلى أحد عشر مصابا، وفق مستشفى الجلاء.") == (None, 11)
    assert _counts("أصيب إحدى عشرة امرأة بحروق بعد أن أضرم مجهولون النار في خيمة عرس بمدينة هون.") == (None, 11)
    # guard: «أحد» before a singular noun is still "one of", not a count
    assert _counts("أصيب سائق شاحنة بجروح ونقل إلى أحد المستشفيات بعد أن أطلق مسلحون النار عليه قرب ترهونة.") == (None, 1)


def test_care_told_in_the_sentence_of_the_attack_counts_the_hurt() -> None:
    # the number of people treated comes before any casualty word, in the sentence that tells the attack
    text = ("تلقى تسعة أشخاص العلاج في مستشفى غريان المركزي بعد أن فتح مسلحون النار على حفل زفاف في المدينة مساء الخميس. "
            "وقالت إدارة المستشفى إن الإصابات بين خفيفة ومتوسطة.")
    assert _counts(text) == (None, 9)
    text = ("نقل خمسة تلاميذ إلى مستشفى هون العام من الاختناق بعد أن أطلقت دورية الغاز المسيل للدموع على وقفتهم صباح الأحد. "
            "وقال مدير المدرسة إن أحدهم أصيب بكسر في ذراعه.")
    assert _counts(text) == (None, 5)
    # «لتفريق» (dispersing a march) holds «فريق» (a team) among its forms: no sport story
    text = ("تلقى ثمانية طلاب من معهد سبها للتقنية العلاج من الاختناق بعد أن أطلقت قوة أمنية الغاز لتفريق وقفتهم. "
            "وقال عميد المعهد إن أحدهم أصيب بكسر في قدمه.")
    assert _counts(text) == (None, 8)
    # guards: people treated with no harm told are no count; patients are no victims
    assert _counts("تلقى تسعة أشخاص العلاج في مستشفى غريان المركزي مساء الخميس.") == (None, None)
    assert _counts("تلقى أربعون مريضا العلاج في مستشفى غريان بعد افتتاح قسم الكلى الجديد.") == (None, None)


def test_a_bullet_that_hit_him_counts_one_hurt() -> None:
    assert _counts("الشاب مفتاح (19 عاما) أصابته رصاصة طائشة في ظهره أثناء حفل زفاف في حي الحدائق بسبها.") == (None, 1)
    # Libyan dialect: «صابته» for «أصابته»
    assert _counts("ولد خالتي سالم (14 سنة) صابته رصاصة في كتفه من الرمي اللي صار في عرس في الجفرة.") == (None, 1)
    # guard: the bullet that hit the dead man wounds no second victim
    assert _counts("قتل شاب بعدما أطلق مسلحون النار عليه، وأصابته رصاصة في الرأس أمام بيته في درنة.") == (1, None)


def test_a_body_handed_to_the_family_counts_one_dead() -> None:
    text = ("استلمت عائلة المواطن خليفة سالم العبيدي (40 عاما) جثته من ثلاجة مستشفى الجلاء بعد أسبوع من خطفه "
            "على يد مسلحين، وعليها آثار رصاص.")
    assert _counts(text)[0] == 1
    # guard: goods handed over count nobody
    assert _counts("تسلمت بلدية غات شحنة أدوية من وزارة الصحة بعد أسبوع من الانتظار.") == (None, None)


# --- the incident decision ---------------------------------------------------------------------------------------


def test_a_march_against_high_prices_is_no_price_metaphor() -> None:
    text = "قتل متظاهر برصاص قوة أمنية خلال مظاهرة ضد الغلاء في ساحة الشهداء بمدينة الزاوية ظهر السبت."
    assert "killing" in _types(text)
    assert _counts(text) == (1, None)
    text = "أصيب ثلاثة محتجين بالرصاص الحي خلال وقفة احتجاجا على ارتفاع الأسعار أمام مبنى البلدية في غريان."
    assert "injury" in _types(text)
    # guard: prices that "kill" the citizen are a metaphor
    assert _types("الغلاء يذبح المواطن البسيط في طرابلس وأسعار الخبز تقتل الفقراء.") == set()


def test_a_pharmacist_stabbed_is_a_civilian_victim_and_a_medic() -> None:
    text = "تعرض الصيدلي ناصر الفيتوري لطعنة في ظهره على يد لص اقتحم صيدليته في حي الفويهات ببنغازي مساء الجمعة."
    assert "injury" in _types(text)
    assert "medics" in _cats(text)
    assert _counts(text) == (None, 1)  # the victim of «تعرض ... لطعنة» past his two-word name
    # guards: a pharmacy (the shop) robbed, nobody hurt, names no victim; a man hurt inside one is no medic
    assert _types("سرق لصوص صيدلية في حي الفويهات ببنغازي ليلة الجمعة.") == set()
    assert "medics" not in _cats("أصيب شاب بجروح داخل صيدلية في حي الفويهات بعد أن أطلق مسلحون النار عليه.")


# --- victim categories -----------------------------------------------------------------------------------------


def test_a_worker_named_by_his_nationality_in_the_singular_is_a_migrant() -> None:
    assert "migrants" in _cats("أصيب عامل سوداني بجروح في رأسه بعد أن ضربه مسلحون في مزرعة بمدينة الكفرة.")
    assert "migrants" in _cats("أطلق مسلحون النار على حافلة قرب البريقة، فأصيب السائق والعامل المصري بجروح.")
    # guard: a worker with no nationality is no migrant
    assert "migrants" not in _cats("أصيب عامل بجروح في رأسه بعد أن ضربه مسلحون في مزرعة بمدينة الكفرة.")


def test_the_ages_of_the_hurt_as_a_range_say_children() -> None:
    text = ("أصيب ستة طلاب بالاختناق بعد أن أطلقت دورية الغاز على وقفتهم في سوكنة، "
            "وقال المدير إن أعمار المصابين بين 13 و16 عاما.")
    assert "children" in _cats(text)
    # guard: adults' ages name no children
    text = ("أصيب ستة عمال بالاختناق بعد أن أطلقت دورية الغاز على وقفتهم في سوكنة، "
            "وقال المدير إن أعمار المصابين بين 25 و40 عاما.")
    assert "children" not in _cats(text)


# --- actors ----------------------------------------------------------------------------------------------------


def _actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "ar", "2026-05-10").actors}


def test_thieves_are_an_unnamed_perpetrator() -> None:
    assert "لصوص" in _actors("اقتحم لصوص منزل عائلة في حي الكيش ببنغازي وضربوا صاحبه بعصا فأصيب بكسر في يده.")
    assert "لصين" in _actors("قتل حارس مخزن برصاص لصين حاولا سرقة البضائع في منطقة السواني ليلة الأحد.")
    # guard: no incident, no unnamed perpetrator
    assert "لصوص" not in _actors("حذرت مديرية أمن سرت المواطنين من لصوص السيارات قبل العيد.")


def test_an_unnamed_armed_group_keeps_its_unknown() -> None:
    text = "اختطفت مجموعة مسلحة مجهولة مدير مصرف في مدينة الأبيار مساء الاثنين واقتادته إلى جهة غير معلومة."
    assert "مجموعة مسلحة مجهولة" in _actors(text)
    assert "مجموعة مسلحة مجهولة الهوية" in _actors(text.replace("مجهولة", "مجهولة الهوية"))
    # guard: an armed group with no «مجهولة» is named as before
    assert "مجموعة مسلحة" in _actors("اختطفت مجموعة مسلحة مدير مصرف في مدينة الأبيار مساء الاثنين.")


def test_a_numbered_brigade_keeps_reinforced() -> None:
    text = "قال آمر الكتيبة 210 معزز إن عناصرها اعتقلوا ثلاثة مدنيين من بيوتهم في الشاطئ دون إذن من النيابة."
    assert "الكتيبة 210 معزز" in _actors(text)
    # guard: the arm words as before
    assert "الكتيبة 210 مشاة" in _actors(text.replace("معزز", "مشاة"))


def test_the_case_documented_is_no_part_of_a_body_name() -> None:
    text = ("اعتقل جهاز الأمن الداخلي المدون سالم الورفلي في سرت، ووثقت الرابطة الليبية لحقوق الإنسان "
            "القضية كحالة اعتقال تعسفي.")
    actors = _actors(text)
    assert "الرابطة الليبية لحقوق الإنسان" in actors
    assert not any(a.endswith("القضية") for a in actors)


def test_a_police_station_keeps_its_district_after_the_town() -> None:
    text = "وأعلن مركز شرطة زليتن المدينة القبض على شابين اعتديا بالضرب على سائق أجرة ونقل إلى المستشفى."
    assert "مركز شرطة زليتن المدينة" in _actors(text)
    # guard: with no district word the station ends at its town
    assert "مركز شرطة زليتن" in _actors(text.replace(" المدينة", ""))


def test_a_court_keeps_its_grade_after_its_town() -> None:
    text = "قضت الدائرة الجنائية الثانية بمحكمة سبها الابتدائية أمس بسجن متهمين في قضية خطف طبيب."
    assert "الدائرة الجنائية الثانية بمحكمة سبها الابتدائية" in _actors(text)
    assert "محكمة الزاوية الجزئية" in _actors("أجلت محكمة الزاوية الجزئية النظر في قضية الاعتداء على صحفي.")
    # guard: a court with no grade after its town ends at the town
    assert "الدائرة الجنائية الثانية بمحكمة سبها" in _actors(text.replace(" الابتدائية", ""))


def test_people_from_a_migrants_country_of_origin_are_migrants() -> None:
    text = "قالت منظمة محلية إن ثماني نساء من إثيوبيا والصومال تعرضن للضرب والاغتصاب في مخزن يديره مهربون قرب الكفرة."
    assert "migrants" in _cats(text)
    assert "migrants" in _cats("أصيب ثلاثة شبان من تشاد بجروح بعد أن أطلق مسلحون النار عليهم في سوق أوباري.")
    # guard: an origin named for no person, and Libyans, are no migrants
    assert "migrants" not in _cats("أصيب ثلاثة شبان بجروح بعد أن أطلق مسلحون النار عليهم عند عودتهم من تشاد.")


def test_the_workshop_a_victim_works_in_is_no_seminar() -> None:
    text = ("منشور: جارنا عامل تشادي يخدم في الورشة متاع الحاج، ضربوه مسلحين قدام الباب البارح "
            "وهزيناه للمستشفى وخيطوله راسه.")
    assert "injury" in _types(text)
    assert "migrants" in _cats(text)
    # guard: a training workshop still says the sentence is general talk
    assert _types("ناقشت ورشة عمل في طرابلس العنف ضد النساء وسبل حماية الضحايا.") == set()


def test_a_beating_verb_with_him_counts_one_once_care_is_told() -> None:
    text = "جارنا الحاج سالم ضربوه مسلحين قدام بيته في غريان ضرب مبرح، وهزيناه للمستشفى وخيطوله راسه."
    assert _counts(text) == (None, 1)
    # guard: the beating convention holds, no wound, care or hospital told: no count
    assert _counts("جارنا الحاج سالم ضربوه مسلحين قدام بيته في غريان وهددوه لو يتكلم.") == (None, None)


def test_the_hit_told_after_one_death_is_the_dead_mans() -> None:
    text = ("وصل جثمان السائق خالد الذي قتل برصاص مسلحين عند بوابة قرب العجيلات. "
            "وقال رفيقه إن المسلحين أطلقوا النار على الشاحنة فأصابوه في الصدر.")
    assert _counts(text) == (1, None)
    text = ("قتل السائق خالد برصاص مسلحين عند بوابة قرب العجيلات. "
            "وقال رفيقه إن الشاب أصابته رصاصة في الرأس قبل أن تتوقف الشاحنة.")
    assert _counts(text) == (1, None)
    # guard: a second victim hurt with a casualty word of its own still counts
    text = ("قتل السائق خالد برصاص مسلحين عند بوابة قرب العجيلات. "
            "وأصيب رفيقه بجروح في كتفه ونقل إلى المستشفى.")
    assert _counts(text) == (1, 1)


def test_the_wounded_listed_inline_by_name_and_age_are_counted() -> None:
    text = ("نشر مستشفى الجلاء في بنغازي أسماء الجرحى في انفجار قذيفة على سوق شعبي ليلة الجمعة، وهم: سالمة علي (70 عاما)، "
            "وحفيدها مراد (12 عاما)، والبائع عمر الفاخري (41 عاما). وقال المستشفى إن البائع أصيب بشظية في ساقه.")
    assert _counts(text) == (None, 3)
    assert {"children", "elderly"} <= _cats(text)
    # guard: ages in brackets with no header naming the wounded are no list of them
    text = ("أطلق مسلحون النار على سوق شعبي في بنغازي ليلة الجمعة، وكان في المكان سالمة علي (70 عاما) وحفيدها مراد "
            "(12 عاما). وقال المستشفى إن بائعا أصيب بشظية في ساقه.")
    assert _counts(text) == (None, 1)


def test_a_suicide_bomber_killed_before_his_blast_is_no_victim() -> None:
    text = ("بنغازي: مقتل انتحاري قبل وصوله إلى حاجز أمني\n"
            "قالت الغرفة الأمنية إن عناصرها قتلوا انتحاريا قبل أن يفجر نفسه قرب حاجز في قاريونس، دون أي إصابات أخرى.")
    assert "killing" not in _types(text)
    # guard: the bomber's blast that kills people is an incident
    text = "مقتل ثلاثة مدنيين في تفجير انتحاري استهدف سوقا شعبيا في بنغازي مساء الجمعة."
    assert "killing" in _types(text)


def test_a_government_named_on_its_own_beside_its_ministry_is_kept() -> None:
    text = ("أمهلت مجموعة مسلحة حكومة الوحدة الوطنية يومين لإقالة مدير الأمن. "
            "ودعت وزارة الداخلية بحكومة الوحدة الوطنية المواطنين إلى الهدوء.")
    assert {"حكومة الوحدة الوطنية", "وزارة الداخلية بحكومة الوحدة الوطنية"} <= _actors(text)
    # guard: named only inside the ministry's name, the government is not listed apart
    assert "حكومة الوحدة الوطنية" not in _actors(
        "دعت وزارة الداخلية بحكومة الوحدة الوطنية المواطنين إلى الهدوء بعد اشتباكات في جنزور.")


def test_a_force_named_by_its_mission_is_a_body() -> None:
    text = "أصدرت قوة حماية الجنوب بيانا أمهلت فيه المجلس الرئاسي ثلاثة أيام قبل إغلاق حقل الشرارة."
    assert "قوة حماية الجنوب" in _actors(text)
    # guard: the force of a blast is no body
    assert not any(a.startswith("قوة") for a in _actors("حطمت قوة الانفجار نوافذ البيوت المجاورة في حي الليثي."))


def test_a_group_calling_itself_by_a_name_is_that_name() -> None:
    text = "هددت مجموعة مسلحة تطلق على نفسها قوة دعم الجنوب بإغلاق حقل الفيل إذا لم تدفع الرواتب."
    actors = _actors(text)
    assert "قوة دعم الجنوب" in actors
    assert "مجموعة مسلحة" not in actors
    # guard: an armed group with no name of its own is reported as before
    assert "مجموعة مسلحة" in _actors("هددت مجموعة مسلحة بإغلاق حقل الفيل إذا لم تدفع الرواتب.")


def test_a_players_injury_told_in_the_lead_frames_the_headline() -> None:
    # «مهاجمه» (its striker) is written as «مهاجمة» (an attack) once normalised: no sport cue in the headline
    text = ("الاتحاد يفقد مهاجمه شهرا بسبب الإصابة\n"
            "أعلن الجهاز الطبي لنادي الاتحاد أن المهاجم سند الورفلي تعرض لإصابة في الكاحل خلال مباراة الفريق أمس "
            "أمام النصر، وأنه سيغيب عن الملاعب شهرا.")
    assert _types(text) == set()
    # guard: a player beaten by fans after a match is still hurt (perpetrators named)
    text = ("إصابة لاعب الاتحاد بعد اعتداء مشجعين عليه\n"
            "تعرض اللاعب سند الورفلي لإصابة في رأسه بعد أن اعتدى عليه مشجعون غاضبون عقب مباراة الفريق أمس، "
            "ونقل إلى المستشفى.")
    assert "injury" in _types(text)


def test_fire_set_by_a_long_subject_is_an_attack_on_property() -> None:
    text = "أضرم أفراد من كتيبة شهداء الوادي الغربي النار في نحو عشرة منازل بحي الظهرة في مدينة نالوت ليلة الخميس."
    assert "attack_on_property_or_infrastructure" in _types(text)
    # guard: a man who set himself on fire is no attack on property
    text = "أضرم شاب عاطل عن العمل منذ سنوات النار في جسده أمام مقر البلدية في نالوت."
    assert "attack_on_property_or_infrastructure" not in _types(text)


def test_armed_vehicles_destroyed_are_a_military_target() -> None:
    text = "وقال الناطق إن القوات دمرت أربع سيارات مسلحة للمجموعة المتسللة في منطقة صحراوية جنوب مرزق."
    assert "attack_on_property_or_infrastructure" not in _types(text)
    # guard: civilians' cars destroyed are still an attack on property
    text = "دمرت قذيفة أربع سيارات للمواطنين ومنزلا في حي الشرقية بمرزق مساء الجمعة."
    assert "attack_on_property_or_infrastructure" in _types(text)
    # guard: shots fired from armed cars: the cars are the shooters', no target
    text = "أصيب ثلاثة متظاهرين بالرصاص الحي أمام مقر البلدية في صرمان، وقال شهود إن الرصاص أطلق من سيارات مسلحة."
    assert "injury" in _types(text)



def test_the_headlines_gunmen_are_the_armed_group_the_text_describes() -> None:
    text = ("مسلحون يخطفون مدير مدرسة في ككلة\n"
            "خطفت مجموعة مسلحة مجهولة مدير مدرسة ككلة الثانوية صباح اليوم من أمام المدرسة واقتادته إلى جهة غير معلومة.")
    actors = _actors(text)
    assert "مجموعة مسلحة مجهولة" in actors
    assert "مسلحون" not in actors
    # guard: headline gunmen over a text that names no armed group are still listed
    text = ("مسلحون يخطفون مدير مدرسة في ككلة\n"
            "خطف مدير مدرسة ككلة الثانوية صباح اليوم من أمام المدرسة واقتيد إلى جهة غير معلومة.")
    assert "مسلحون" in _actors(text)


def test_libyan_two_zouz_is_a_number() -> None:
    # Libyan and Tunisian dialect «زوز» is «two»
    assert _counts("مات زوز وتصاوبوا خمسة في الرماية اللي صارت في سوق الجمعة البارح.") == (2, 5)
    # guard: the dialect number words around it are read as before
    assert _counts("مات واحد وتصاوبوا خمسة في الرماية اللي صارت في سوق الجمعة البارح.")[1] == 5


def test_libyan_got_wounded_is_an_injury() -> None:
    # Libyan «انجرح» (got wounded), as «تصاوب»
    text = "انجرحوا ثلاثة شباب في الرماية اللي صارت قدام المدرسة في جنزور البارح."
    assert "injury" in _types(text)
    assert _counts(text) == (None, 3)
    # guard: a shooting with nobody hurt told in MSA stays no incident
    assert _types("صارت رماية قدام المدرسة في جنزور البارح دون أن يصاب أحد.") == set()
