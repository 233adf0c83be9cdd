"""Arabic pass 76 (tune76): Libya precision in medium-length outlet news, with sentences written for these tests
(docs/labelling.md, the section "Arabic pass 76 (tune76): Libya precision in medium-length outlet news"). Each test
has a look-alike that must not change."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- no report of any case: a negated count of cases says none happened --------------------------------------------


def test_no_report_of_any_case_of_kidnapping_is_no_abduction() -> None:
    # «لم تتلق أي بلاغ عن حالة خطف»: the police say no case was reported, whatever the rumours
    result = _pred("قالت شرطة غدامس إنها لم تتلق أي بلاغ رسمي عن خطف طفل خلال الأسبوع الماضي، "
                   "داعية المواطنين إلى عدم تصديق الشائعات.")
    assert not result["is_incident"]
    result = _pred("وأوضح مركز الشرطة أنه لم يستلم أي بلاغ عن حالة اختطاف في الحي هذا الشهر.")
    assert not result["is_incident"]
    # guard: no news of a detainee's whereabouts tells a hidden fate, and a case that was reported stays
    result = _pred("قالت أسرة الناشط فرج الساعدي إنها لم تتلق أي معلومات عن مكان احتجازه منذ اعتقاله في غدامس.")
    assert result["is_incident"]
    result = _pred("وقالت الأسرة إنها لم تتلق أي خبر عن ابنها المخطوف منذ شهرين في غدامس.")
    assert result["is_incident"] and "abduction" in result["incident_types"]
    result = _pred("تلقت مديرية أمن غدامس بلاغا عن حالة اختطاف طفل من أمام منزله مساء أمس.")
    assert result["is_incident"] and "abduction" in result["incident_types"]


# --- a risk a move may bring: «قد يعرض ... للعنف» -------------------------------------------------------------------


def test_what_a_plan_may_expose_people_to_is_no_harm_told() -> None:
    # «قد يعرض النساء للعنف»: a warning about what may come
    result = _pred("وقالت الجمعية إن إغلاق المخيم في أوباري قد يعرض الأسر النازحة والأطفال للعنف والاستغلال.")
    assert not result["is_incident"]
    result = _pred("وحذر المحامي من أن نقل السجناء إلى سجن بعيد قد يعرضهم للتعذيب وسوء المعاملة في غريان.")
    assert not result["is_incident"]
    # guard: harm that happened («تعرضت للعنف») stays
    result = _pred("قالت الجمعية إن نساء نازحات في أوباري تعرضن للعنف والضرب على أيدي مسلحين الأسبوع الماضي.")
    assert result["is_incident"]


# --- a man who threw himself from a height: a self-inflicted death, like a suicide ---------------------------------


def test_a_man_who_threw_himself_from_a_building_is_no_killing() -> None:
    result = _pred("لقي عامل نيجري حتفه بعد أن رمى بنفسه من سطح عمارة في حي الأندلس بطرابلس، وفق شهود عيان.")
    assert not result["is_incident"] and result["killed"] == 1
    result = _pred("توفيت شابة بعدما ألقت بنفسها من شرفة منزلها في مدينة البيضاء مساء الخميس.")
    assert not result["is_incident"]
    # guard: someone thrown from a height by others is killed
    result = _pred("توفي عامل نيجري بعد أن ألقاه مسلحون من سطح عمارة في حي الأندلس بطرابلس، وفق شهود عيان.")
    assert result["is_incident"] and "killing" in result["incident_types"]


# --- «N من رفاقه / زملائها أصيبوا»: a number of someone's companions, a broken plural with a pronoun -----------------


def test_a_number_of_his_companions_hurt_counts_them() -> None:
    result = _pred("اعتدى حراس على محتجزين في مركز احتجاز بسبها، وقال أحدهم إن ثلاثة من رفاقه أصيبوا بجروح في الرأس.")
    assert result["is_incident"] and result["injured"] == 3
    result = _pred("اعتدى مسلحون على رواد مقهى في غريان، وقال النادل إن اثنين من أصدقائه نقلا إلى المستشفى بعد إصابتهما "
                   "بكسور.")
    assert result["injured"] == 2
    # guard: a number of companions who only spoke, or who were released, counts nobody
    result = _pred("أصيب عامل بجروح في هجوم على ورشة في ترهونة، وقال ثلاثة من زملائه إن المهاجمين فروا.")
    assert result["injured"] == 1


# --- «قتل فيها رجل وابناه»: the event's pronoun between the harm verb and its victims -------------------------------


def test_victims_after_the_events_pronoun_are_counted() -> None:
    result = _pred("استهدفت ضربة بطائرة مسيرة مخيما للرعاة قرب بني وليد فجر الخميس، قتل فيها راع وابناه.")
    assert result["is_incident"] and result["killed"] == 3
    result = _pred("اندلعت اشتباكات عنيفة في حي الهضبة بطرابلس، أصيب خلالها طفل بشظية في رأسه.")
    assert result["injured"] == 1
    # guard: a number after the pronoun is still read once, and a plural with no number stays uncounted
    result = _pred("استهدفت ضربة بطائرة مسيرة مخيما للرعاة قرب بني وليد، قتل فيها أربعة مدنيين.")
    assert result["killed"] == 4
    result = _pred("استهدفت ضربة بطائرة مسيرة مخيما للرعاة قرب بني وليد، قتل فيها مدنيون.")
    assert result["killed"] is None


# --- «قتل فلان مع أربعة مدنيين»: one victim and the number killed with him -----------------------------------------


def test_one_killed_with_a_number_of_others_adds_them() -> None:
    result = _pred("نعت جمعية خيرية مسعفها سالم القماطي الذي قتل مع ثلاثة مدنيين في قصف على حي سكني بمدينة الأبيار.")
    assert result["is_incident"] and result["killed"] == 4
    result = _pred("استشهد الصحفي فرج الورفلي مع اثنين من زملائه في غارة على مقر إعلامي بسرت.")
    assert result["killed"] == 3
    # guard: clashes with a number of gunmen and a trip with companions add nobody
    result = _pred("قتل شاب في اشتباكات مع ثلاثة مسلحين حاولوا سرقة سيارته في حي الهواري ببنغازي.")
    assert result["killed"] == 1
    result = _pred("قتل سائق شاحنة برصاص مجهولين كان يسافر مع ثلاثة ركاب نجوا جميعا قرب الشويرف.")
    assert result["killed"] == 1


# --- «من مدن X وY», «إلى مدينتي X وY»: a town head between the movement word and the places -------------------------


def test_towns_named_with_their_head_after_from_or_to_are_origins() -> None:
    # the Libyans come from these towns (or their bodies go there): the harm is where they are held or killed
    result = _pred("قال محام إن سبعة شبان ليبيين من مدن غريان وترهونة ومسلاتة محتجزون منذ أشهر في مركز احتجاز في "
                   "مدينة إزمير التركية دون محاكمة، وإن اثنين منهم تعرضا للضرب.")
    assert result["is_incident"] and result["in_libya"] is False
    result = _pred("قتل ثلاثة عمال ليبيين برصاص مسلحين في ولاية كسلا، وقالت السفارة إنها تتابع نقل جثامينهم إلى "
                   "مدينتي البيضاء وشحات.")
    assert result["is_incident"] and result["in_libya"] is False
    # guard: a town named with its head as where the harm was stays the event's place
    result = _pred("قتل ثلاثة عمال برصاص مسلحين في مدينة البيضاء، وفق مصادر طبية.")
    assert result["is_incident"] and result["in_libya"] is True
    result = _pred("اعتقلت قوة أمنية سبعة شبان من مدينة ترهونة واقتادتهم إلى جهة مجهولة، وفق ذويهم.")
    assert result["is_incident"] and result["in_libya"] is True


# --- «أصيبوا بقذيفة في ترهونة»: the harm's means between the harm word and its place --------------------------------


def test_the_place_after_the_harm_and_its_means_is_where_it_happened() -> None:
    # a Tunisian hospital receives Libyans hurt in a Libyan town: the harm was in Libya
    result = _pred("مستشفى في قابس يستقبل ثلاثة ليبيين أصيبوا بقذيفة في ترهونة\nاستقبل مستشفى جامعي بمدينة قابس "
                   "التونسية ثلاثة مواطنين ليبيين أصيبوا بجروح إثر سقوط قذيفة على منزلهم، بعد أن تعذر علاجهم في ليبيا.")
    assert result["is_incident"] and result["in_libya"] is True
    # guard: the same story with the harm in a Tunisian town stays abroad
    result = _pred("مستشفى في قابس يستقبل ثلاثة ليبيين أصيبوا بقذيفة في مدنين\nاستقبل مستشفى جامعي بمدينة قابس "
                   "التونسية ثلاثة مواطنين ليبيين أصيبوا بجروح إثر سقوط قذيفة على منزلهم، وفق مصادر طبية.")
    assert result["is_incident"] and result["in_libya"] is False


# --- «وإن سبعة آخرين أصيبوا»: «others» with their own verb right after -----------------------------------------------


def test_others_told_with_their_own_verb_after_are_that_verbs_victims() -> None:
    result = _pred("قتل ثلاثة مدنيين في قصف على سوق شعبي بمدينة الفاشر، وقالت مصادر طبية إن بين القتلى امرأة، "
                   "وإن ستة آخرين أصيبوا.")
    assert result["is_incident"] and result["killed"] == 3 and result["injured"] == 6
    # guard: «وإصابة N آخرين» and «وأصيب N آخرون» keep their reading
    result = _pred("قتل ثلاثة مدنيين وأصيب ستة آخرون في قصف على سوق شعبي بمدينة الفاشر.")
    assert result["killed"] == 3 and result["injured"] == 6
    result = _pred("أسفر القصف عن مقتل ثلاثة مدنيين وإصابة ستة آخرين بجروح في سوق شعبي بمدينة الفاشر.")
    assert result["killed"] == 3 and result["injured"] == 6



# --- «ويبلغ الشاعر من العمر 67 عاما»: the victim's age told in a sentence of its own -------------------------------


def test_an_age_told_in_a_sentence_of_its_own_gives_the_category() -> None:
    result = _pred("اعتقال مدون في سبها بسبب منشور\nاعتقلت قوة أمنية المدون سالم الحضيري في سبها بسبب منشور انتقد فيه "
                   "أداء البلدية. ويبلغ المدون من العمر ستة وسبعين عاما ويعاني من أمراض مزمنة.")
    assert result["is_incident"] and "elderly" in result["victim_categories"]
    result = _pred("خطف فتاة في الكفرة\nخطف مسلحون الفتاة منى العبيدي من أمام منزلها في الكفرة مساء الأحد. وتبلغ "
                   "الفتاة من العمر خمسة عشر عاما، بحسب أسرتها.")
    assert result["is_incident"] and {"girls", "children"} <= set(result["victim_categories"])
    result = _pred("مقتل مزارع وابنه في قصف على مزرعة قرب ترهونة\nقتل مزارع وابنه في قصف استهدف مزرعتهما قرب ترهونة "
                   "مساء الأحد. وأكدت البلدية أن الضحيتين مدنيان، وأن الابن يبلغ من العمر ثلاثة عشر عاما.")
    assert result["is_incident"] and "children" in result["victim_categories"]
    # guard: an adult's age adds nothing
    result = _pred("اعتقال مدون في سبها بسبب منشور\nاعتقلت قوة أمنية المدون سالم الحضيري في سبها بسبب منشور انتقد فيه "
                   "أداء البلدية. ويبلغ المدون من العمر أربعين عاما.")
    assert "elderly" not in result["victim_categories"] and "children" not in result["victim_categories"]



# --- «انتشلت أحد عشر جثمانا»: the accusative singular after 11-99 counts the bodies --------------------------------


def test_bodies_counted_in_the_accusative_singular() -> None:
    result = _pred("غرق قارب يقل مهاجرين قبالة سواحل زوارة، وقال الهلال الأحمر إنه انتشل خمسة عشر جثمانا وأنقذ "
                   "عشرين شخصا.")
    assert result["is_incident"] and result["killed"] == 15
    # guard: a body handed to a family is still one, and bodies identified from an old flood count nobody
    result = _pred("تسلمت أسرة الشاب مفتاح العبيدي جثمانه من مستشفى الجلاء بعد مقتله برصاص مسلحين في بنغازي.")
    assert result["killed"] == 1


# --- «إن المذيعين نقلا إلى المستشفى»: a definite «-ين» noun before a dual verb is two -------------------------------


def test_a_definite_noun_in_yn_before_a_dual_transfer_verb_is_two_hurt() -> None:
    result = _pred("اقتحم مسلحون مقر قناة محلية في صبراتة واعتدوا بالضرب على العاملين فيها. وقال مدير القناة إن "
                   "المصورين نقلا إلى مستشفى صبراتة لتلقي العلاج من كدمات وجروح.")
    assert result["is_incident"] and result["injured"] == 2
    # guard: a plural verb after the same noun gives no pair, and «نقلا» to a prison is no care
    result = _pred("اقتحم مسلحون مقر قناة محلية في صبراتة واعتدوا بالضرب على العاملين فيها. وقال مدير القناة إن "
                   "المصورين نقلوا إلى مستشفى صبراتة لتلقي العلاج.")
    assert result["injured"] != 2
    result = _pred("اعتقلت قوة أمنية مصورين في صبراتة، وقال مدير القناة إن المصورين نقلا إلى سجن الجديدة.")
    assert result["injured"] is None


# --- «120 مدنيا قتلوا في ليبيا العام الماضي»: a toll over last year is a statistic --------------------------------


def test_a_toll_over_last_year_is_a_statistic() -> None:
    result = _pred("منظمة: 85 مهاجرا قتلوا في مراكز الاحتجاز الليبية العام الماضي\nقالت منظمة حقوقية في تقريرها "
                   "السنوي إن 85 مهاجرا لقوا حتفهم خلال العام الماضي في مراكز الاحتجاز.")
    assert not result["is_incident"]
    result = _pred("تقرير: اختطاف 40 مدنيا في الجنوب الليبي خلال السنة الماضية")
    assert not result["is_incident"]
    # guard: a single new event told with its date stays an incident
    result = _pred("قتل ثلاثة مدنيين في قصف على حي سكني في مرزق مساء الأحد، وفق مصادر طبية.")
    assert result["is_incident"]
    # guard: people missing since last year's clashes are a continuing disappearance
    result = _pred("عائلات من أوباري: 12 من أبنائنا مفقودون منذ اشتباكات العام الماضي\nقالت عائلات من أوباري إن 12 من "
                   "أبنائها اقتادتهم مجموعات مسلحة خلال الاشتباكات التي شهدتها المدينة العام الماضي، ولا يعرف مصيرهم "
                   "حتى الآن.")
    assert result["is_incident"]


# --- «شابا ليبيا»: the accusative adjective "Libyan" is written as the country's name ------------------------------


def test_an_accusative_libyan_after_a_person_is_no_place() -> None:
    result = _pred("اعتقال شاب ليبي في إسطنبول\nاعتقلت الشرطة التركية شابا ليبيا في إسطنبول بتهمة الإقامة غير "
                   "الشرعية، وقالت أسرته إنه محتجز منذ أسبوعين دون محاكمة.")
    assert result["is_incident"] and result["in_libya"] is False
    assert "ليبيا" not in [p["name"] for p in result["places"]]
    # guard: the country after a verb or a preposition is still the country
    result = _pred("اعتقلت قوة أمنية شابا في ليبيا بعد عودته من إسطنبول، وفق أسرته.")
    assert "ليبيا" in [p["name"] for p in result["places"]]


# --- «الدفاع المدني الماليزي»: the country's adjective weighs for it beside a Libyan embassy ----------------------


def test_libyans_who_died_in_malaysia_are_not_in_libya() -> None:
    result = _pred("مصرع طالبين ليبيين في حريق بماليزيا\nنعت السفارة الليبية في كوالالمبور طالبين لقيا حتفهما في حريق "
                   "اندلع في سكنهما الجامعي فجر الجمعة، بسبب تماس كهربائي بحسب الدفاع المدني الماليزي.")
    assert result["in_libya"] is False and result["killed"] == 2
    # guard: a fire in a students' hostel in Libya stays in Libya
    result = _pred("مصرع طالبين في حريق بسكن جامعي في سبها\nلقي طالبان حتفهما في حريق اندلع في سكنهما الجامعي بمدينة "
                   "سبها فجر الجمعة، بسبب تماس كهربائي بحسب الشرطة.")
    assert result["in_libya"] is True
