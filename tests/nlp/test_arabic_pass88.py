"""Arabic pass 88 (tune88, events in and around Libya): our own sentences, other names and places; each rule has a
look-alike that must not change."""

from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text).incidents}


def test_negation_reaches_casualty_words_joined_by_or():
    # «لم تبلغ ... عن وفيات أو إصابات»: the negation covers every harm word of the list joined by «أو»
    text = ("أوقف حرس السواحل 140 مهاجرا على متن قاربين قبالة سواحل مصراتة صباح الأحد ونقلهم إلى ميناء المدينة. "
            "ولم تعلن الجمعية المحلية عن وفيات أو جرحى.")
    assert annotate(text).incidents == ()
    text = "وصل 90 مهاجرا إلى ميناء الخمس على متن قارب خشبي، ولم يبلغ المسعفون عن أي حالات وفاة أو إصابات بينهم."
    assert annotate(text).incidents == ()


def test_negation_or_lookalike_harm_told_kept():
    # a harm told after «أو» with no negation before the list stays an incident
    text = "قالت مصادر طبية إن اشتباكات مسلحة في حي الأندلس أسفرت عن مقتل أو إصابة خمسة مدنيين بينهم طفلة."
    assert annotate(text).incidents != ()


def test_no_human_losses_keeps_the_attack_on_property():
    # «دون خسائر بشرية»: no one was hurt; the installation hit is still an attack on a civilian object
    text = ("قالت الشركة العامة للكهرباء إن طائرة مسيرة مجهولة استهدفت محطة توليد الكهرباء في مدينة الزاوية فجر "
            "الأحد، ما أدى إلى احتراق محول رئيسي، دون خسائر بشرية.")
    assert "attack_on_property_or_infrastructure" in _types(text)
    text = "استهدف قصف مجهول خزانات المياه في مدينة غريان ليلة الخميس دون وقوع خسائر في الأرواح."
    assert "attack_on_property_or_infrastructure" in _types(text)


def test_no_material_or_human_losses_lookalike_still_none():
    # «لم تسجل أي خسائر مادية أو بشرية»: nothing was damaged, no attack on property (Arabic pass 74 kept)
    text = "سقطت قذيفة قرب محطة الوقود في منطقة عين زارة مساء الجمعة، ولم تسجل أي خسائر مادية أو بشرية."
    assert "attack_on_property_or_infrastructure" not in _types(text)


def test_armed_group_storms_a_water_system_site():
    # «مسلحون اقتحموا موقع الضخ التابع للنهر الصناعي»: a water installation named by its system, further away
    text = ("قال مصدر في بلدية غريان إن مسلحين اقتحموا موقع الضخ التابع للنهر الصناعي جنوب المدينة وأطفأوا "
            "المضخات، ما أدى إلى انقطاع المياه عن مدن الجبل.")
    assert "attack_on_property_or_infrastructure" in _types(text)


def test_storming_lookalike_military_site_not_property():
    # an armed group storming a military site is an attack on a military target, no civilian object
    text = "قالت مصادر محلية إن مسلحين اقتحموا موقعا عسكريا تابعا للكتيبة جنوب مدينة الشويرف فجر اليوم."
    assert "attack_on_property_or_infrastructure" not in _types(text)


def test_customs_officer_shot_by_smugglers_is_a_civilian_victim():
    # a member of the customs (a civil law-enforcement body) shot by smugglers: an incident, not fighters only
    text = ("أصيب عنصر في مصلحة الجمارك بطلق ناري في كتفه، عندما أطلق مهربون النار على دورية حاولت إيقاف سيارة "
            "محملة بالسلع قرب منفذ وازن فجر اليوم، ونقل المصاب إلى مستشفى نالوت.")
    a = annotate(text)
    assert a.incidents != ()
    assert a.victim_status != "combatant"


def test_member_of_armed_unit_lookalike_stays_combatant():
    # a member of a brigade hurt in a clash stays a fighter
    text = "أصيب عنصر في الكتيبة 55 مشاة بطلق ناري في اشتباك مع مسلحين قرب مدينة الأصابعة فجر اليوم."
    a = annotate(text)
    assert a.incidents == ()
    assert a.victim_status == "combatant"


def test_release_of_people_held_by_an_armed_group_is_no_incident():
    # «الإفراج عن ... احتجزتهم مجموعة مسلحة منذ ...»: the release is the news; the captivity ended (settled answer)
    text = ("أعلنت وزارة الخارجية المصرية الإفراج عن خمسة صيادين مصريين احتجزتهم جماعة مسلحة في مدينة طبرق منذ "
            "أسبوعين، ووصولهم إلى منفذ السلوم بصحة جيدة.")
    assert annotate(text).incidents == ()
    text = "أعلنت السفارة التركية إطلاق سراح أربعة عمال أتراك احتجزهم مسلحون في مدينة سرت منذ أسبوع."
    assert annotate(text).incidents == ()


def test_release_lookalike_others_still_held_kept():
    # captivity told without a release before it stays an abduction
    text = ("قالت وزارة الخارجية المصرية إن جماعة مسلحة تحتجز خمسة صيادين مصريين في مدينة طبرق منذ ثلاثة أسابيع "
            "وتطالب بفدية.")
    assert "abduction" in _types(text)


def test_journalist_still_held_told_with_mawquf():
    # «ما تزال موقوفة منذ أسبوعين»: the Tunisian/Libyan participle of detention, a journalist still held
    text = ("قالت لجنة حماية الصحفيين إن الصحفية سارة الككلي ما تزال موقوفة منذ عشرة أيام في مقر تابع لجهاز "
            "الأمن الداخلي في مدينة البيضاء دون أن توجه إليها أي تهمة.")
    assert "arbitrary_detention" in _types(text)
    text = "أفاد محامي المدون أن موكله ما يزال موقوفا منذ الأسبوع الماضي بسبب تدوينة انتقد فيها رئيس البلدية."
    assert "arbitrary_detention" in _types(text)


def test_mawqufin_lookalike_detainees_as_a_cause_not_detention():
    # «دافع عن موقوفين في قضية رأي»: detainees named as a lawyer's clients or a protest's cause, no one newly held
    text = "تعرض المحامي لاعتداء بالضرب أمام المحكمة عقب خروجه من جلسة دافع فيها عن موقوفين في قضية رأي."
    assert "arbitrary_detention" not in _types(text)


def test_mawquf_lookalike_suspended_employee_not_detention():
    # «موقوف عن العمل»: an employee suspended from work, no one held
    text = "قالت البلدية إن الموظف موقوف عن العمل منذ أسبوع بقرار من عميد البلدية إلى حين انتهاء التحقيق الإداري."
    assert "arbitrary_detention" not in _types(text)


def test_threats_to_journalists_alone_are_no_incident():
    # the guide: threats and warnings are no incident; «تهديد الصحفيين» with nothing done to them is a warning
    text = ("تهديدات لصحفيين في سبها ونقابة الإعلاميين تحذر\n"
            "حذرت نقابة الإعلاميين من تزايد رسائل التهديد التي تصل إلى صحفيين في سبها بعد نشرهم تحقيقات عن تهريب "
            "الوقود، داعية وزارة الداخلية إلى حمايتهم.")
    assert annotate(text).incidents == ()


def test_threats_lookalike_journalist_assaulted_kept():
    # a journalist beaten after threats is an attack on civil society
    text = ("تعرض الصحفي مراد الفيتوري للاعتداء بالضرب من قبل مجهولين أمام منزله في سبها بعد أيام من تلقيه تهديدات، "
            "ونقل إلى المستشفى لتلقي العلاج.")
    assert annotate(text).incidents != ()


def _actor_names(text: str) -> set[str]:
    return {a.name for a in annotate(text).actors}


def test_save_the_children_named_without_organisation_word():
    # «منظمة إنقاذ الطفولة» -> «إنقاذ الطفولة» (the name stands without «منظمة», as «أطباء بلا حدود»)
    text = ("قالت منظمة إنقاذ الطفولة إن مسلحين مجهولين خطفوا ممرضتين تعملان معها في مدينة نيالا مساء الأحد، "
            "ولا يعرف مكان احتجازهما.")
    names = _actor_names(text)
    assert "إنقاذ الطفولة" in names
    assert "منظمة إنقاذ الطفولة" not in names
    text = "Save the Children said two of its nurses were abducted by gunmen in Nyala on Sunday."
    assert "Save the Children" in _actor_names(text)


def test_organisation_word_kept_lookalike_amnesty():
    # a name listed with «منظمة» keeps it
    text = "قالت منظمة العفو الدولية إن مسلحين خطفوا ناشطة حقوقية في مدينة سرت مساء الأحد."
    assert "منظمة العفو الدولية" in _actor_names(text)


def test_organising_gatherings_is_no_body():
    # «ستواصل تنظيم الاعتصامات»: organising sit-ins, no organisation named «تنظيم»
    text = ("قالت أسر المفقودين في ترهونة إنها ستواصل تنظيم الاعتصامات أمام مقر المجلس البلدي حتى يكشف مصير "
            "أبنائها، مطالبة مكتب النائب العام بالتحقيق.")
    names = _actor_names(text)
    assert not any(n.startswith("تنظيم") for n in names)
    assert "مكتب النائب العام" in names


def test_organising_lookalike_islamic_state_kept():
    # «تنظيم الدولة» is the group
    text = "أعلن تنظيم الدولة مسؤوليته عن هجوم على بوابة أمنية قرب مدينة سرت أسفر عن مقتل مدنيين اثنين."
    assert any(n.startswith("تنظيم") for n in _actor_names(text))


def test_road_bandits_are_an_unnamed_perpetrator():
    # «برصاص قطاع طرق»: bandits with no other name, listed in the form written (as «لصوص», «مسلحون مجهولون»)
    text = "قتل سائق شاحنة ليبي برصاص قطاع طرق اعترضوا طريقه قرب مدينة أم الأرانب مساء الخميس، وأصيب مرافقه."
    assert "قطاع طرق" in _actor_names(text)


def test_road_bandits_lookalike_sector_word_no_actor():
    # «قطاع النفط»: a sector, no one named
    text = "قالت المؤسسة الوطنية للنفط إن قطاع النفط سجل ارتفاعا في الإنتاج خلال الشهر الماضي."
    assert not any(n.startswith("قطاع") for n in _actor_names(text))
    # the definite class a region suffers from, named in background, is no perpetrator of this attack
    text = ("قتل مسلحون خمسة مزارعين في هجوم على قرية شمال نيجيريا، وتعاني المنطقة من هجمات متكررة لعصابات "
            "تعرف محليا باسم قطاع الطرق.")
    assert "قطاع الطرق" not in _actor_names(text)


def test_customs_authority_named_bare():
    # «أعلنت مصلحة الجمارك»: the authority named without its nationality (Libyan outlets)
    text = "أعلنت مصلحة الجمارك ضبط شحنة من الأدوية المهربة في ميناء مصراتة، وإحالة سائق الشاحنة إلى النيابة."
    assert "مصلحة الجمارك" in _actor_names(text)


def test_customs_authority_lookalike_full_name_whole():
    text = "أعلنت مصلحة الجمارك الليبية ضبط شحنة من الأدوية المهربة في ميناء مصراتة."
    names = _actor_names(text)
    assert "مصلحة الجمارك الليبية" in names
    assert "مصلحة الجمارك" not in names


def test_neighbours_counted_after_a_number():
    # «أربعة من الجيران أصيبوا»: the neighbours are people counted like «المارة»
    text = ("قتل رجل عندما سقطت قذيفة على منزله في حي الهضبة جنوب طرابلس ليل الخميس، وأضاف مصدر طبي أن أربعة من "
            "الجيران أصيبوا بشظايا ونقلوا إلى المستشفى.")
    assert annotate(text).injured == 4


def test_neighbours_lookalike_witnesses_no_count():
    # neighbours who speak are witnesses, no one hurt
    text = ("قتل رجل عندما سقطت قذيفة على منزله في حي الهضبة جنوب طرابلس ليل الخميس، وقال ثلاثة من الجيران إنهم "
            "سمعوا دوي الانفجار.")
    a = annotate(text)
    assert a.injured is None
    assert a.killed == 1


def _categories(text: str) -> set[str]:
    return {c for i in annotate(text).incidents for c in i.victim_categories}


def test_treatment_of_a_group_written_about_names_no_victim():
    # a blogger held over posts on how migrants are treated: the migrants are the topic, not victims
    text = ("قالت منظمة حقوقية إن الأمن الجزائري أوقف المدونة الليبية هدى الزنتاني في مدينة وهران يوم الاثنين، بسبب "
            "تدوينات انتقدت فيها معاملة اللاجئين في الجزائر.")
    cats = _categories(text)
    assert "activists" in cats
    assert "migrants" not in cats


def test_ill_treatment_lookalike_migrants_kept():
    # «سوء معاملة المهاجرين»: the ill-treatment they suffered
    text = ("قال ناجون إن حراس مركز الاحتجاز في غريان أخضعوا المحتجزين للضرب وسوء معاملة المهاجرين طوال أسابيع، "
            "بينهم نساء.")
    assert "migrants" in _categories(text)


def test_accusative_nisba_after_a_trade_is_a_migrant_not_a_place():
    # «بين القتلى بائعا نيجريا»: a Nigerian vendor (migrants' origin), not the country Nigeria as a place
    text = ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة قرب مخبز في حي المنشية بمدينة أوباري، وأضاف مصدر أمني أن بين "
            "القتلى عاملا تشاديا وبائعا نيجريا.")
    a = annotate(text)
    assert "migrants" in {c for i in a.incidents for c in i.victim_categories}
    assert "نيجريا" not in {p.name for p in a.places}


def test_accusative_nisba_lookalike_country_named_stays_a_place():
    # the country named after a verb stays a place, and names no migrant
    text = "قال مسؤول إن الانفجار في أوباري أسفر عن مقتل ثلاثة أشخاص، فيما أدانت نيجيريا الهجوم في بيان."
    a = annotate(text)
    assert "migrants" not in {c for i in a.incidents for c in i.victim_categories}
