"""Killed / injured counts of the main event (nlp/counts_rules.py), in digits, Arabic-Indic digits and words."""

from nlp.annotate import annotate


def _counts(text: str, language: str = "ar") -> tuple[int | None, int | None]:
    annotation = annotate(text, language, "2026-05-10")
    return annotation.killed, annotation.injured


def test_digits_words_and_arabic_indic() -> None:
    assert _counts("مقتل ثلاثة مدنيين وإصابة 5 آخرين في قصف على الحي") == (3, 5)
    assert _counts("مقتل ١٤ شخصا وإصابة عشرين في انفجار بالسوق") == (14, 20)
    assert _counts("مقتل خمسة عشر مهاجرا برصاص الحراس") == (15, None)


def test_quantifiers_between_trigger_and_number() -> None:
    assert _counts("إصابة ما لا يقل عن 7 أشخاص في إطلاق نار عشوائي") == (None, 7)
    assert _counts("مقتل أكثر من عشرة مدنيين في غارة على القرية") == (10, None)


def test_duals_and_single_victims() -> None:
    assert _counts("مقتل شابين وإصابة ثالث في هجوم مسلح") == (2, 1)
    assert _counts("سقوط قتيل وجريحين في اشتباك بالحي") == (1, 2)
    assert _counts("قتلوه قدام الجامع البارح الله يرحمه") == (1, None)


def test_english_passive_and_at_least() -> None:
    assert _counts("At least four civilians were killed and nine wounded in the strike.", "en") == (4, 9)
    assert _counts("A man was shot dead outside his home.", "en") == (1, None)


def test_ages_years_and_money_are_not_casualties() -> None:
    assert _counts("مقتل شاب يبلغ من العمر 25 عاما برصاص مجهولين") == (1, None)
    assert _counts("اختطاف تاجر والمطالبة بفدية قدرها 200 ألف دينار") == (None, None)


def test_fighters_are_counted_even_when_not_an_incident() -> None:
    annotation = annotate("مقتل 6 مقاتلين في اشتباكات بين مجموعتين مسلحتين", "ar", "2026-05-10")
    assert not annotation.is_incident
    assert annotation.killed == 6


def test_a_plural_before_the_trigger_and_a_metaphor_count_nobody() -> None:
    # «آخرين» is an unstated number; the plural «مهاجرين» before the trigger is not one victim
    assert _counts("مقتل 5 مهاجرين وإصابة آخرين في إطلاق نار على سيارتهم") == (5, None)
    assert _counts("غلاء الأسعار يذبح المواطن البسيط في الأسواق") == (None, None)


def test_a_killing_named_as_the_topic_counts_nobody() -> None:
    # the guide: a statement, trial or anniversary about an earlier killing carries null counts
    assert _counts("وزير العدل يتحدث عن تطورات قضية مقتل الصحفي في العاصمة") == (None, None)
    assert _counts("مرور عام على اغتيال المحامي وعائلته تطالب بالحقيقة") == (None, None)
    assert _counts("نواب يطالبون بمحاسبة المسؤولين عن قتل المتظاهر") == (None, None)
    assert _counts("المحكمة تقضي بإعدام 4 متهمين في قضية الهجوم على الثكنة") == (None, None)
    assert _counts("إحالة ملف مقتل الشاب على القضاء العسكري") == (None, None)
    assert _counts("وقفة احتجاجية للمطالبة بكشف حقيقة مقتل الناشط") == (None, None)
    # a death sentence carried out is an execution; the killing itself is still counted
    assert _counts("تنفيذ حكم الإعدام بحق خمسة مدانين فجر اليوم") == (5, None)
    assert _counts("مقتل الصحفي برصاص مجهولين أمام منزله") == (1, None)


def test_two_numbers_of_one_event_are_added() -> None:
    assert _counts("مقتل 12 مسلحا و3 مدنيين في اشتباكات بالضاحية") == (15, None)
    assert _counts("سقوط 4 قتلى و2 جرحى في إطلاق نار على حافلة") == (4, 2)


def test_a_second_clause_is_not_the_numbers_noun() -> None:
    assert _counts("مقتل حارسين اثنين وإصابة 3 آخرين في الهجوم على المصرف") == (2, 3)


def test_two_single_victims_joined_by_and_are_two() -> None:
    assert _counts("مقتل سائق وابنه برصاص مجهولين على الطريق") == (2, None)
    assert _counts("إصابة امرأة مسنة وحفيدتها في اعتداء داخل منزلهما") == (None, 2)
    assert _counts("مقتل شاب وسط المدينة في شجار") == (1, None)


def test_plural_nisba_victims_date_words_and_lqy() -> None:
    assert _counts("أصيب مساء أمس 6 جزائريين في انفجار قرب الحدود") == (None, 6)
    assert _counts("لقي 3 أشخاص معظمهم من الأطفال مصرعهم في قصف على الحي") == (3, None)
    assert _counts("أكثر من 15 شخصا بينهم نساء قتلوا في القصف الليلة الماضية") == (15, None)


def test_sound_plurals_and_vague_numbers_stay_unknown() -> None:
    # «المواطنين» is a plural («مواطن» + ين), not a dual; «الآلاف» is no number
    assert _counts("مقتل المواطنين في القصف جريمة لا تسقط بالتقادم") == (None, None)
    assert _counts("الجماعة مسؤولة عن مقتل وجرح الآلاف خلال الحرب") == (None, None)
    assert _counts("غرق أحد الأنهج بمياه الأمطار وسط المدينة") == (None, None)
    assert _counts("مقتل أحد المواطنين برصاصة طائشة") == (1, None)


def test_single_victims_in_other_phrasings() -> None:
    assert _counts("طعنه بسكين فأرداه قتيلا أمام المقهى") == (1, None)
    assert _counts("أصيب بطلق ناري في ساقه ونقل إلى المستشفى") == (None, 1)
    assert _counts("عثرت الوحدات على جثة واحدة قرب الشاطئ") == (1, None)
    assert _counts("أعلنت العائلة مقتله في قصف على القرية") == (1, None)
    assert _counts("تسليم جثماني الشابين إلى عائلتيهما بعد أسبوع") == (2, None)
    assert _counts("إحباط مخطط لاغتيال نائب في البرلمان") == (None, None)


def test_a_risen_toll_supersedes_the_first_count() -> None:
    assert _counts("مقتل 3 أشخاص في هجوم على سوق شعبي. وارتفعت حصيلة القتلى لاحقا إلى 7 بعد وفاة جرحى") == (7, None)
    # a later, unrelated count is no toll of this event
    assert _counts("مقتل شاب برصاص مجهولين. وكان 4 أشخاص قد قتلوا في الحي نفسه العام الماضي") == (1, None)


def test_a_statistic_is_not_the_events_count() -> None:
    assert _counts("تقرير: مقتل 2500 مدني خلال عام من الحرب") == (None, None)


def test_a_toll_since_a_year_is_a_statistic() -> None:
    text = "مقتل مصور صحفي في انفجار عبوة. وبذلك يرتفع عدد القتلى من الصحفيين إلى 9 منذ 2019"
    assert _counts(text) == (1, None)


def test_lqy_with_its_death_word_and_construct_duals() -> None:
    assert _counts("لقي كهل حتفه إثر تعرضه لطعنة سكين في السوق") == (1, None)
    assert _counts("لقي 3 أشخاص حتفهم في إطلاق نار على مقهى") == (3, None)
    assert _counts("لقي شابان حتفهما في إطلاق نار قرب السوق") == (2, None)
    assert _counts("أودى الانفجار بحياة ثلاثة أطفال كانوا يلعبون قرب المنزل") == (3, None)
    assert _counts("إصابة عوني أمن بجروح خلال مداهمة بالحي") == (None, 2)


def test_the_wounds_of_the_dead_and_a_conviction_are_no_new_counts() -> None:
    assert _counts("توفي شاب متأثرا بجروحه بعد أن أصيب برصاص مجهولين") == (1, None)
    assert _counts("قضت المحكمة بسجن المتهم 20 عاما بعد إدانته بقتل جاره") == (None, None)
    assert _counts("تم إيقاف 3 أشخاص من أجل الاعتداء بالعنف على سائق تاكسي") == (None, None)


def test_english_single_victims_after_an_article() -> None:
    assert _counts("Gunmen killed a journalist and his son in Benghazi.", "en") == (2, None)
    assert _counts("Gunmen killed the driver of the ambulance.", "en") == (1, None)


def test_bodies_and_remains_counted_after_their_noun_and_rescued_people_are_no_dead() -> None:
    assert _counts("أعلن خفر السواحل إنقاذ 60 مهاجرا وانتشال جثث 5 آخرين إثر غرق قارب قبالة الساحل") == (5, None)
    assert _counts("العثور على مقبرة جماعية تضم رفات 9 أشخاص مجهولي الهوية في المنطقة") == (9, None)
    assert _counts("انتشلت فرق البحث رفات ستة أشخاص من مقبرة جماعية قرب المدينة") == (6, None)
    assert _counts("تمكنت وحدات الجيش من تحييد 3 عناصر إرهابية في كمين بالجبل") == (3, None)


def test_an_anniversary_counts_nobody_and_a_split_dual_is_two() -> None:
    assert _counts("نظم نشطاء وقفة في الذكرى الثالثة لاغتيال المحامية أمام المحكمة") == (None, None)
    assert _counts("أودت النيران بحياة مسن بعد أن أضرم مسلحون النار في منزله") == (1, None)


def test_eliminated_fighters_and_a_dual_joined_to_a_victim() -> None:
    assert _counts("تمكنت وحدات الجيش من القضاء على عنصرين إرهابيين خلال عملية تمشيط بالجبل") == (2, None)
    assert _counts("قضت وحدات الجيش على 3 مسلحين في تبادل لإطلاق النار وأصيب راع برصاصة طائشة") == (3, 1)
    assert _counts("تعمل الحكومة على القضاء على الفساد والفقر في الجهات") == (None, None)
    assert _counts("قتل صياد وعنصران من مجموعة مسلحة في قصف على الشاطئ") == (3, None)
    assert _counts("قتلت امرأة وطفلاها عندما سقطت قذيفة على منزلهم") == (3, None)
    assert _counts("مرت سنتان على اغتيال المحامية والناشطة الحقوقية في المدينة") == (None, None)


def test_a_single_victim_joined_to_a_number_adds_one() -> None:
    assert _counts("إصابة عون أمن وثلاثة مدنيين في هجوم على بوابة أمنية") == (None, 4)
    assert _counts("إصابة ثلاث نساء وطفلة في سقوط قذيفة على منزل") == (None, 4)
    assert _counts("توفي شخص واحد متأثرا بحروقه") == (1, None)  # «واحد» is the number of «شخص», not one more


def test_a_toll_whose_subject_stands_far_from_its_rise_verb() -> None:
    text = ("ارتفاع عدد المصابين في اشتباكات غريان إلى 14\nأعلن المستشفى أن عدد المصابين جراء الاشتباكات التي "
            "تشهدها المدينة منذ يومين ارتفع إلى 14 شخصا، بعد أن كان 8 صباح أمس، فيما قتل شخصان.")
    assert _counts(text) == (2, 14)
    assert _counts("مقتل 3 في قصف على مخزن\nأعلنت الوزارة أن عدد القتلى جراء القصف على المخزن ارتفع إلى 7.") == (7, None)


def test_definite_numbers_feminine_duals_and_victims_of_a_group() -> None:
    assert _counts("أسفر الحادث عن وفاة السائق وإصابة مرافقيه الأربعة بجروح") == (1, 4)
    assert _counts("نقل المصابون الخمسة إلى المستشفى الجهوي") == (None, 5)
    assert _counts("أسفر الاعتداء عن جرح امرأتين وطفل") == (None, 3)
    assert _counts("وأصيب في الهجوم اثنان من المارة") == (None, 2)
    assert _counts("إصابة سائق الشاحنة ومرافقه بجروح خطيرة") == (None, 2)
    assert _counts("غادر المصابون الأحد الماضي المستشفى بعد تلقيهم العلاج") == (None, None)  # a weekday, not «one»


def test_split_death_phrase_with_a_long_subject_and_eliminated_after_the_subject() -> None:
    assert _counts("لقي شاب تونسي أصيل معتمدية الذهيبة حتفه برصاص دورية") == (1, None)
    assert _counts("وحدات الجيش قضت على عنصرين إرهابيين اليوم") == (2, None)


def test_others_after_a_second_trigger_are_no_single_victim() -> None:
    assert _counts("مقتل شاب وإصابة آخرين في إطلاق نار") == (1, None)
    assert _counts("مقتل شاب وإصابة آخرين في إطلاق نار\nقتل شاب وأصيب 4 آخرون في إطلاق نار عشوائي بالحي.") == (1, 4)


def test_the_lead_raises_a_shortened_headline_count() -> None:
    text = ("إصابة عون أمن في هجوم على دورية\nأسفر هجوم نفذه مجهولون على دورية أمنية عن إصابة عون أمن "
            "ومواطنين اثنين بجروح.")
    assert _counts(text) == (None, 3)
    # a later sentence is no lead: the headline's count of the main event stands
    assert _counts("مقتل شاب في إطلاق نار\nقتل شاب برصاص مجهولين.\nوكانت المنطقة شهدت مقتل 5 أشخاص العام الماضي.") == (1, None)


def test_a_number_word_after_a_joined_plural_counts_it() -> None:
    assert _counts("مقتل شاب ومرافقيه الثلاثة في كمين") == (4, None)
    assert _counts("مقتل شاب وطفل 12 عاما في قصف") == (2, None)  # an age after the noun is no count


def test_nominative_construct_dual_a_listed_pair_and_a_passive_with_its_occasion() -> None:
    assert _counts("أصيب عونا أمن بجروح خلال مداهمة") == (None, 2)
    assert _counts("أصيب كل من السائق ومرافقه بجروح") == (None, 2)
    assert _counts("تعرض شاب لاعتداء بآلة حادة أصيب على إثره بجروح بليغة") == (None, 1)
    assert _counts("أصيب في الاشتباكات مدنيون") == (None, None)  # a plural subject: how many is not said


def test_a_death_phrase_closed_by_its_pronoun_leaves_the_next_number_to_the_injured() -> None:
    assert _counts("لقي عون حرس حتفه وأصيب اثنان آخران في انفجار لغم") == (1, 2)
    assert _counts("مقتل وإصابة 1115 شخصا في الحرب") == (None, None)  # one total of both kinds


def test_english_single_injured_before_a_weak_trigger() -> None:
    assert _counts("A child was injured by shrapnel.", "en") == (None, 1)
    assert _counts("Two people were killed and a third wounded in the attack.", "en") == (2, 1)


def test_a_victim_named_after_the_first_trigger_beats_a_later_number() -> None:
    assert _counts("مقتل شاب برصاص مجهولين في منطقة شهدت مقتل 4 أشخاص الشهر الماضي.") == (1, None)
    assert _counts("مقتل شاب و3 آخرين في هجوم على الحي") == (4, None)  # a number close by is joined to him


def test_a_dual_subject_before_the_trigger_is_two() -> None:
    assert _counts("تعرض شخصان لإصابات خطيرة في الحادث") == (None, 2)


def test_every_victim_listed_before_a_number_is_added() -> None:
    assert _counts("مقتل شاب وطفلين و3 نساء في قصف على الحي") == (6, None)
    assert _counts("إصابة عون أمن وثلاثة مدنيين في هجوم") == (None, 4)
    assert _counts("مقتل شاب في هجوم و3 آخرين في حادث منفصل") != (4, None)  # «في هجوم» is no victim


def test_numbers_in_the_ranks_of_two_sides_are_added() -> None:
    assert _counts("سقوط 7 جرحى في صفوف الأمن و3 في صفوف المحتجين خلال المواجهات") == (None, 10)


def test_the_subject_of_taarrada_is_the_victim() -> None:
    assert _counts("تعرض عون أمن لإصابة بليغة خلال مداهمة") == (None, 1)
    assert _counts("تعرض شخصان لإصابات خطيرة في الحادث") == (None, 2)


def test_a_commander_and_his_escorts() -> None:
    assert _counts("مقتل قائد الكتيبة واثنان من مرافقيه في كمين") == (3, None)
    assert _counts("أمر بقتل المحتجين") == (None, None)  # «آمر» (commander) is left out: normalised it is «أمر», "ordered"


def test_a_toll_risen_in_the_same_sentence_replaces_the_first_count() -> None:
    assert _counts("مقتل 3 أشخاص في انفجار قبل أن ترتفع الحصيلة إلى 7 قتلى") == (7, None)
    assert _counts("مقتل 3 أشخاص في انفجار وإصابة 7 آخرين") == (3, 7)  # no rise: the first count stands


def test_a_plural_verb_closes_the_killing_clause() -> None:
    assert _counts("ثلاثة مهاجرين قتلوا وأصيب خمسة آخرون في إطلاق نار") == (3, 5)


def test_a_possessed_dual_and_a_definite_subject_after_a_passive() -> None:
    assert _counts("توفي رجل وزوجته وأصيب ابناهما باختناق في المنزل") == (2, 2)
    assert _counts("قتل سائق عميد بلدية درج وأصيب العميد بجروح طفيفة إثر إطلاق نار") == (1, 1)
    assert _counts("مقتل قائد كتيبة مسلحة واثنين من مرافقيه في اشتباكات") == (3, None)


def test_a_surname_ending_like_a_nisba_is_no_victim() -> None:
    # commentary on an old killing: «سليماني», «خاشقجي» are names, not «one Tunisian»
    assert _counts("وزير: قرار قتل سليماني كان صائبا") == (None, None)
    assert _counts("نائب أمريكي: ما يحدث بعد مقتل خاشقجي أمر مهين") == (None, None)
    # a nisba of a people after the trigger is still one victim
    assert _counts("مقتل تونسي برصاص مجهولين قرب الحدود") == (1, None)
    assert _counts("استشهاد فلسطيني في غارة على غزة") == (1, None)


def test_a_definite_number_after_people_in_construct_counts_them() -> None:
    # the number agrees with «أفراد», not with the crew or the family it is in construct with
    assert _counts("أعلنت السلطات تحطم طائرة خفيفة قرب المطار ما تسبب في وفاة أفراد طاقمها الأربعة.") == (4, None)
    assert _counts("انقلب قارب صيد قبالة الساحل وتوفي أفراد الأسرة الخمسة.") == (5, None)


def test_a_sentence_opened_by_kama_adds_its_victims_to_the_body_count() -> None:
    # «كما أصيب ...» tells of more victims of the same event: 3 agents + 1 passer-by
    text = "إصابة 3 أعوان أمن في هجوم مسلح\nأصيب ثلاثة أعوان أمن بجروح في هجوم على دورية. كما أصيب مواطن كان يمر بالمكان."
    assert _counts(text) == (None, 4)
    assert _counts("قتل شاب طعنا خلال شجار في حي شعبي. كما أصيب شقيقه بجروح خطيرة.") == (1, 1)
    # a headline that already gave the total is not raised past it, and a headline group is not added twice
    assert _counts("إصابة 4 أشخاص في هجوم\nأصيب 3 أعوان أمن في الهجوم. كما أصيب مواطن كان يمر بالمكان.") == (None, 4)
    assert _counts("مقتل شاب وإصابة 3 آخرين\nقتل شاب في هجوم على مقهى. كما أصيب 3 آخرون.") == (1, 3)
    # «كما» before a reporting verb or «تم» may restate the victims already counted
    assert _counts("أصيب 3 أعوان أمن في الهجوم. كما قال المصدر إن الهجوم أسفر عن إصابة 3 أعوان.") == (None, 3)
    assert _counts("أصيب 3 أعوان أمن في الهجوم. كما تم نقل المصابين الثلاثة إلى المستشفى.") == (None, 3)


def test_a_rank_or_a_possessed_victim_after_the_trigger_is_one() -> None:
    assert _counts("استشهد رقيب أول بالجيش الوطني في انفجار لغم بالجبل") == (1, None)
    assert _counts("أقدم كهل على طعن جاره بسكين إثر خلاف على قطعة أرض") == (None, 1)
    assert _counts("مقتل أب وابنه برصاص مجهولين أمام منزلهما") == (2, None)
    # a rank before the trigger is the speaker; an adjective in «ي»/«ية» is no «his soldier»
    assert _counts("قال العقيد إن الهجوم أسفر عن مقتل 3 أشخاص") == (3, None)
    assert _counts("تعرض حي سكني إلى ضربة عسكرية ليلة أمس") == (None, None)


def test_the_subject_of_taarrada_ila_is_the_victim() -> None:
    # Tunisian news writes «تعرض ... إلى إصابة» where others write «لإصابة»
    assert _counts("تعرض عون حرس إلى إصابة بليغة خلال مداهمة") == (None, 1)
    assert _counts("تعرض شخصان إلى إصابات خطيرة في حادث الطعن") == (None, 2)


def test_a_second_number_after_a_qualified_noun_is_added() -> None:
    assert _counts("إصابة 6 أعوان أمن و3 محتجين في مواجهات ليلية") == (None, 9)
    assert _counts("إصابة 5 أعوان من الحرس الوطني و3 مواطنين في الهجوم") == (None, 8)
    assert _counts("مقتل 4 جنود و2 من المدنيين في هجوم على الحاجز") == (6, None)
    # another thing joined by «و» is no victim
    assert _counts("إصابة 3 أعوان أمن وتضرر سيارتين في الهجوم") == (None, 3)


def test_survivors_parts_and_bare_nisba_plurals_count_nobody() -> None:
    # an attempt named by the trigger itself: the activist survived
    assert _counts("نجاة ناشط حقوقي من محاولة اغتيال بالرصاص قرب منزله") == (None, None)
    # «صحفيين», «العسكريين»: a nisba in «ين» is rather a plural than a dual, and a bare plural stays unknown
    assert _counts("مقتل صحفيين في قصف على المدينة") == (None, None)
    assert _counts("مقتل صحفيين اثنين في قصف على المدينة") == (2, None)
    # a nisba whose plural is broken («جنود») is still a dual in «ين»
    assert _counts("إصابة جنديين في انفجار لغم بالجبل") == (None, 2)
    # who some of the people were is no toll: «بينهم 5 أطفال», «من بين الضحايا طفلين»
    assert _counts("إنقاذ 30 مهاجرا من الغرق بينهم 5 أطفال قبالة جرجيس") == (None, None)
    assert _counts("وكانت القضية قد هزت المدينة إذ تبين أن من بين الضحايا طفلين") == (None, None)
    assert _counts("مقتل 5 أشخاص بينهم 3 أطفال في قصف") == (5, None)


def test_a_singular_passive_with_its_conjunction_or_occasion_is_one() -> None:
    assert _counts("تعرض سائق أجرة إلى عملية سلب أصيب خلالها بجروح في يده") == (None, 1)
    assert _counts("اعترض مسلحون سيارة الإسعاف وأصيب بجروح خطيرة") == (None, 1)


def test_a_victim_qualified_by_min_and_a_force_still_joins_the_number() -> None:
    assert _counts("إصابة عونين من الحماية المدنية و3 مواطنين في حريق بالسوق") == (None, 5)


def test_faraqa_al_hayat_split_by_its_subject_and_cases_of_death() -> None:
    assert _counts("فارق شاب الحياة مساء أمس بعد طعنه في شجار") == (1, None)
    assert _counts("فارق 3 أشخاص الحياة في حادث انقلاب شاحنة") == (3, None)
    # «حالة/حالتي/حالات وفاة» count the cases; «في حالة وفاة» is "in case of death"
    assert _counts("تسجيل حالة وفاة في حادث مرور بالطريق الوطنية") == (1, None)
    assert _counts("تسجيل حالتي وفاة في حريق اندلع بمنزل") == (2, None)
    assert _counts("تسجيل 3 حالات وفاة في حادث مرور") == (3, None)
    assert _counts("وفي حالة وفاة المصاب يتحمل المعتدي المسؤولية") == (None, None)


def test_raha_dahiyatahu_and_a_definite_casualty_as_subject() -> None:
    # «راح ضحيتها شاب»: the victims follow «راح/ذهب ضحيته»
    assert _counts("جريمة قتل بشعة بحي شعبي راح ضحيتها شاب في العشرين") == (1, None)
    assert _counts("جريمة قتل في الضاحية راح ضحيتها 3 أشخاص") == (3, None)
    # «توفي المصاب»: the one injured person has died
    assert _counts("وقد توفي المصاب صباح اليوم متأثرا بجروحه") == (1, None)


def test_a_trigger_after_a_qualified_number_counts_it() -> None:
    # the force after the noun («أعوان أمن») and Tunisian «إلى» stand between the number and its trigger
    assert _counts("تعرض 4 أعوان أمن إلى إصابات متفاوتة الخطورة خلال المداهمة") == (None, 4)
    assert _counts("وقال المصدر إن 3 أعوان أمن أصيبوا في الهجوم") == (None, 3)


def test_alfay_is_two_thousand_a_statistic_not_one_victim() -> None:
    assert _counts("أفاد تقرير بأن أكثر من ألفي مهاجر لقوا حتفهم في البحر خلال العام") == (None, None)


def test_a_feminine_possessed_dual_and_a_victim_before_a_singular_passive() -> None:
    # «وابنتاها»: her two daughters (the «ت» of «ابنة» stays before the dual ending)
    assert _counts("لقيت امرأة وابنتاها حتفهن إثر سقوط قذيفة على منزلهن") == (3, None)
    # «شاب توفي»: the victim right before a singular passive is its subject
    assert _counts("عائلة شاب توفي في السجن تطالب بتشريح الجثة") == (1, None)
    assert _counts("والد طفل أصيب برصاصة طائشة يطالب بالتحقيق") == (None, 1)


def test_the_sound_plural_of_a_victim_noun_is_a_person_noun() -> None:
    # «محتجين», «طالبات» (plurals of «محتج», «طالبة») name the people a number before a trigger counts
    assert _counts("وقال المصدر إن 3 محتجين أصيبوا بجروح خلال المواجهات") == (None, 3)
    assert _counts("تعرض 3 طالبات إلى اعتداء بالعنف أمام المعهد") == (None, 3)


def test_one_of_them_after_the_trigger_is_one() -> None:
    assert _counts("أصيب 3 أشخاص في حادث انقلاب حافلة. وتوفي أحدهم لاحقا في المستشفى.") == (1, 3)
    assert _counts("هاجم مسلحون شابين فقتل أحدهما وأصيب الآخر") == (1, 1)


def test_a_fall_of_numbered_people_is_a_toll_but_not_a_fall_from_a_height() -> None:
    # «سقوط» before a number of people (or «N من» people) reports that many dead
    assert _counts("وأوضح المصدر أن الهجوم أدى إلى سقوط 3 من عناصر المجلس في صبراتة") == (3, None)
    assert _counts("أسفر القصف عن سقوط 4 مدنيين وإصابة آخرين في الزاوية") == (4, None)
    # a number of people falling from a height is how they were hurt, not a toll of the fall
    assert _counts("سقوط 3 عمال من علو داخل حضيرة بناء في مصراتة") == (None, None)


def test_cases_of_asphyxia_are_injured() -> None:
    # «حالات اختناق» in a fire are people hurt, though asphyxia is no incident trigger of its own
    assert _counts("أسفر الحريق عن وفاة شخص و3 حالات اختناق في صفوف السكان") == (1, 3)
    assert _counts("توفي طفل وسجلت 4 حالات اختناق إثر حريق في منزل عائلته") == (1, 4)


def test_people_taken_to_hospital_are_injured_not_dead() -> None:
    # the number after «نقل» and before a hospital is of the hurt, not of the death named before it
    assert _counts("أسفر الحادث عن وفاة شخص ونقل 5 آخرين إلى المستشفى") == (1, 5)
    assert _counts("توفي شاب في حادث مرور وتم نقل 3 أشخاص إلى مستشفى الزاوية لتلقي العلاج") == (1, 3)
    assert _counts("توفي سائق في حادث مرور وتم نقل 2 من الركاب إلى مصحة خاصة") == (1, 2)
    # moved to another prison: nobody hurt
    assert _counts("توفي سجين في زنزانته بعد نقل 3 سجناء إلى سجن آخر") == (1, None)


def test_a_vehicle_load_all_harmed_is_counted() -> None:
    # the number after «تقل» counts when all of them are named as hurt
    assert _counts("انقلبت شاحنة تقل 12 عاملا فلاحيا بالزاوية، وأصيب ركابها بجروح متفاوتة الخطورة") == (None, 12)
    assert _counts("انقلبت حافلة تقل 20 مسافرا بمدينة سرت، وأصيب جميع الركاب بجروح") == (None, 20)
    # only some of them: their own number
    assert _counts("انقلبت حافلة تقل 20 مسافرا بمدينة سرت، وأصيب 3 منهم بجروح") == (None, 3)


def test_another_named_by_his_wounds_adds_one() -> None:
    assert _counts("أصيب شخصان بجروح طفيفة وآخر بجروح خطيرة في حادث مرور") == (None, 3)
    assert _counts("أصيب 3 أشخاص بجروح خطيرة وآخران بجروح طفيفة في انفجار") == (None, 5)
    # «وآخر» joined to the first victim is counted once
    assert _counts("أصيب شاب وآخر بجروح متفاوتة في حادث مرور") == (None, 2)


def test_a_second_group_after_a_number_of_people_is_added() -> None:
    # «N من» people, then «و» and a second group of the same event: one total
    assert _counts("أصيب 2 من أعوان الأمن و3 مواطنين خلال المواجهات") == (None, 5)
    assert _counts("أسفر الهجوم عن مقتل 4 من عناصر الشرطة و2 من المدنيين") == (6, None)
    assert _counts("أصيب 3 من المحتجين وعون أمن خلال المواجهات") == (None, 4)


def test_a_definite_death_sentence_counts_nobody_but_its_execution_does() -> None:
    assert _counts("مصراتة: الحكم بالإعدام على ثلاثة عناصر من تنظيم داعش") == (None, None)
    assert _counts("تنفيذ الحكم بالإعدام على ثلاثة مدانين في طرابلس") == (3, None)


def test_a_number_of_people_after_min_takes_the_trigger_after_them() -> None:
    # «N من» people then the verb: the number counts (the trigger stands one word further on)
    assert _counts("وأفاد مصدر طبي بأن 6 من الركاب أصيبوا بجروح متفاوتة الخطورة في الحادث") == (None, 6)
    assert _counts("وقال المصدر إن 3 من المهاجرين لقوا حتفهم غرقا قبالة زوارة") == (3, None)


def test_a_second_rank_after_a_qualified_group_is_added() -> None:
    # «في صفوف» a group of two words («أعوان الأمن»), then the second rank's number
    assert _counts("وخلفت المواجهات 12 مصابا في صفوف أعوان الأمن و7 في صفوف المحتجين") == (None, 19)
    assert _counts("وخلفت المواجهات 7 جرحى في صفوف الأمن و3 في صفوف المحتجين") == (None, 10)


def test_people_taken_to_hospital_after_a_casualty_sentence_are_its_injured() -> None:
    # the transfer sentence has no casualty word of its own: the killing before it makes it the event's care
    assert _counts("مقتل شاب في إطلاق نار بالزاوية\nقتل شاب مساء أمس في إطلاق نار قرب السوق. وتم نقل 5 أشخاص إلى"
                   " المستشفى.") == (1, 5)
    assert _counts("انفجار في مستودع بمصراتة\nقتل عامل في انفجار بمستودع. واستقبل مستشفى مصراتة المركزي 6 أشخاص.") == (1, 6)
    # no casualty event reported before it: a transfer alone counts nobody
    assert _counts("اندلعت مواجهات بين أعوان الأمن ومحتجين في المدينة. وتم نقل 5 أشخاص إلى المستشفى.") == (None, None)


def test_first_aid_given_to_others_adds_to_the_injured() -> None:
    assert _counts("أصيب 7 أشخاص في إطلاق نار بالسوق. وتلقى 3 آخرون الإسعافات في عين المكان.") == (None, 10)
    assert _counts("قتل شاب في انفجار لغم بسرت. وأسعف 4 أشخاص في عين المكان.") == (1, 4)


def test_one_victim_taken_to_hospital_is_one_injured() -> None:
    assert _counts("لقي ثلاثة شبان حتفهم إثر اصطدام سيارتهم بشاحنة، فيما نقل سائق الشاحنة إلى مستشفى مصراتة في"
                   " حالة حرجة.") == (3, 1)
    # one who died there is no injured
    assert _counts("أطلق مسلحون النار على شاب، ونقل الشاب إلى المستشفى حيث فارق الحياة.")[1] is None


def test_care_of_patients_or_of_an_earlier_event_counts_nobody() -> None:
    assert _counts("مقتل عامل في انفجار بمستودع. وتم نقل 20 مريضا إلى مستشفى آخر.") == (1, None)
    assert _counts("مقتل عامل في انفجار بمستودع. وكان حادث مماثل العام الماضي قد أسفر عن نقل 9 أشخاص إلى"
                   " المستشفى.") == (1, None)
    assert _counts("إصابة لاعب في حادث مرور. وتم نقل 3 لاعبين إلى المصحة للفحوصات.") == (None, 1)
    assert _counts("مقتل شاب في إطلاق نار. وتم نقل 30 طفلا إلى المستشفى لتلقي التلقيح.") == (1, None)
    # people evacuated from a hospital are not its injured
    assert _counts("أسفر القصف عن إصابة 3 أشخاص وإجلاء 40 شخصا من مستشفى الجلاء.") == (None, 3)


def test_a_singular_passive_after_a_killings_victim_is_not_one_injured() -> None:
    # «شاب» is the killing's victim; «آخرون» are an unstated number
    assert _counts("قتل شاب وأصيب آخرون مساء أمس في إطلاق نار بالسوق.") == (1, None)
    assert _counts("قالت عائلة شاب توفي في السجن إنها تطالب بالتحقيق.")[0] == 1


def test_a_definite_number_after_its_people_takes_the_verb_right_after_it() -> None:
    assert _counts("وأوضح الصحفي أن أطفاله الثلاثة أصيبوا بحالات اختناق خفيفة في الحريق.") == (None, 3)


def test_a_vehicles_load_hurt_with_a_plural_verb_is_its_number() -> None:
    assert _counts("كانت السيارة تقل أربعة أشخاص، وقد تعرضوا لإصابات متفاوتة الخطورة.") == (None, 4)
    # the load told in the sentence before
    assert _counts("انقلاب حافلة تقل 20 عاملا على الطريق بين سبيطلة والقصرين. وقد أصيبوا بإصابات متفاوتة"
                   " الخطورة.") == (None, 20)
    # a number of its own wins
    assert _counts("كانت الشاحنة تقل 12 عاملة فلاحية. وقد أصيب 3 منهن بجروح.") == (None, 3)


def test_victims_listed_after_hum_are_counted_one_by_one() -> None:
    assert _counts("أصيب أعوان أمن خلال مواجهات ليلية، والمصابون هم الرقيب محمد والعريف علي والوكيل سامي.") == (None, 3)
    # «وهم في طريقهم»: no list
    assert _counts("أصيب مواطنون وهم في طريقهم إلى العمل.") == (None, None)


def test_the_injured_of_an_earlier_event_are_not_the_news() -> None:
    assert _counts("مقتل شاب بطلق ناري في الزاوية\nلقي شاب حتفه مساء أمس برصاص مسلحين مجهولين في الزاوية. وكانت المدينة"
                   " شهدت الشهر الماضي مواجهات أسفرت عن إصابة 10 أشخاص.") == (1, None)
    assert _counts("مقتل شاب بطلق ناري في الزاوية\nلقي شاب حتفه مساء أمس برصاص مسلحين. وكانت مواجهات سابقة قد أسفرت عن"
                   " إصابة 10 أشخاص في نفس الحي.") == (1, None)
    # the same event told further on still counts
    assert _counts("مقتل شاب بطلق ناري في الزاوية\nلقي شاب حتفه مساء أمس برصاص مسلحين. وقد أسفر الهجوم أيضا عن إصابة 3"
                   " أشخاص.") == (1, 3)


def test_a_list_after_kull_min_or_with_ages_counts_each_person() -> None:
    assert _counts("وأصيب كل من السائق ومرافقه وطفل في إطلاق النار.") == (None, 3)
    assert _counts("أصيب شبان في إطلاق نار بحي الزهور، وهم محمد بن علي (25 سنة) وأحمد (30 سنة) وسامي (19 سنة).") == (None, 3)
    # one age is one victim's, no list
    assert _counts("أصيب طفل عمره 12 عاما في إطلاق نار.") == (None, 1)


def test_a_person_shot_at_is_not_counted_hurt_but_one_stabbed_is() -> None:
    # the shots that killed the journalist, told again in a later sentence, add no injured
    assert _counts("المكسيك: اغتيال صحفي بالرصاص\nقتل صحفي بالرصاص مساء أمس أمام منزله. وقالت النيابة إن مسلحين أطلقوا عدة"
                   " رصاصات على الصحفي قبل أن يلوذوا بالفرار.") == (1, None)
    assert _counts("تعرض تلميذ إلى الطعن بسكين على يد منحرف أمام معهد بمدينة صفاقس.") == (None, 1)


def test_a_member_or_an_owner_is_one_victim_after_a_trigger() -> None:
    assert _counts("اغتيل عضو المجلس البلدي أوباري مساء أمس برصاص مسلحين مجهولين.") == (1, None)
    assert _counts("قتل صاحب محل لصرافة العملات مساء أمس برصاص مسلحين مجهولين.") == (1, None)
    assert _counts("وقال عضو المجلس البلدي إن مقتل المهاجرين جريمة.")[0] is None  # a speaker before the trigger


def test_an_injury_told_as_having_happened_before_is_not_the_news() -> None:
    assert _counts("وفاة شاب دهسته سيارة\nتوفي شاب في العشرين من عمره مساء أمس. وتعد هذه الحادثة الثانية في المنطقة، إذ"
                   " سبق أن أصيب شاب بجروح خطيرة خلال مطاردة مماثلة في الصيف الماضي.") == (1, None)


def test_fans_are_people_added_to_the_first_group() -> None:
    assert _counts("أسفرت أحداث الشغب عن إصابة 12 عون أمن وخمسة مشجعين بإصابات متفاوتة.") == (None, 17)


def test_the_one_assaulted_in_a_killings_sentence_is_the_dead() -> None:
    assert _counts("قبل أن يعمد الزوج إلى الاعتداء على زوجته أمام أطفالهما، وقد فارقت الحياة قبل وصولها إلى المستشفى.")[1] is None
    assert _counts("مقتل عون أمن طعنا أمام مركز الأمن\nتوفي عون أمن متأثرا بطعنات بسكين تلقاها على يد شخص هاجمه، فيما أصيب"
                   " زميله بجروح على مستوى اليد.") == (1, 1)
    assert _counts("توفي شاب متأثرا بجروحه التي أصيب بها في حادث إطلاق نار.") == (1, None)


def test_a_death_a_protest_is_about_is_not_the_news() -> None:
    assert _counts("أصيب سبعة محتجين خلال مواجهات اندلعت احتجاجا على وفاة شاب في حادث مرور.") == (None, 7)


def test_a_round_up_of_many_events_is_no_events_toll() -> None:
    # a gendarmerie bulletin of a number of accidents, road accidents, a quarter, provinces, an epidemic's day
    assert _counts("لقي 12 شخصا حتفهم وأصيب 80 آخرون في 35 حادث مرور خلال الـ72 ساعة الأخيرة.") == (None, None)
    assert _counts("وفاة 9 أشخاص وإصابة 40 في حوادث مرور عبر الوطن") == (None, None)
    assert _counts("سجلت مصالح الأمن وفاة 130 شخصا في حوادث الطرقات خلال الثلاثي الثاني.") == (None, None)
    assert _counts("سجلت الولاية مقتل 14 شخصا وإصابة 60 خلال السداسي الأول من السنة.") == (None, None)  # a half-year
    assert _counts("وأضاف أن 12 ولاية سجلت أقل من 5 إصابات بالفيروس.") == (None, None)
    assert _counts("وأعلنت الوزارة تعافي 80 شخصا وتسجيل 3 حالات وفاة و75 إصابة جديدة.") == (None, None)
    # one storm's toll, a bounded series of strikes and one of the worst drownings are counted
    assert _counts("خلفت السيول خلال الساعات الماضية وفاة 3 أشخاص بولاية تبسة.") == (3, None)
    assert _counts("مقتل 27 مدنيا في غارات على ريف المدينة خلال 24 ساعة") == (27, None)
    assert _counts("غرق 45 مهاجرا في واحدة من أسوأ حوادث الغرق قبالة السواحل") == (45, None)


def test_a_risen_toll_with_no_harm_word_replaces_the_first_count() -> None:
    # «وفيات» is no trigger of its own: the toll after «عدد» names what the number counts
    assert _counts("انقلاب حافلة بالطريق السريع\nخلف انقلاب حافلة أمس 8 قتلى. وارتفع صباح اليوم عدد وفيات الحادث إلى 9"
                   " أشخاص بعد أن لفظ رجل أنفاسه الأخيرة بالمستشفى.") == (9, None)
    assert _counts("حادث الحافلة: ارتفاع عدد الوفيات إلى 9 أشخاص\nخلف انقلاب حافلة أمس 8 قتلى.") == (9, None)
    # an epidemic's deaths are no casualties
    assert _counts("ارتفع عدد الوفيات بفيروس كورونا في الولاية إلى 40 حالة.") == (None, None)


def test_a_wars_risen_toll_counts_even_past_a_thousand() -> None:
    assert _counts("وأعلنت الوزارة ارتفاع عدد الشهداء إلى 312 شهيدا إضافة إلى 2100 جريح. وقتل 4 مدنيين فجر اليوم في"
                   " غارة على المخيم.") == (312, 2100)
    # a statistic that is no rise stays none
    assert _counts("قتل أكثر من 2500 شخص في النزاع منذ بداية السنة.")[0] is None


def test_a_number_with_a_thousands_point_is_one_number() -> None:
    # «45.000» is forty-five thousand (a statistic), not a sentence ending after «45»
    assert _counts("أسفرت المجزرة عن سقوط 45.000 قتيل.") == (None, None)
    assert _counts("أسفرت المجزرة عن مقتل 1.250 شخصا. وأصيب 3 أشخاص في انفجار اليوم.") == (None, 3)


def test_one_of_and_millions_count_nobody() -> None:
    assert _counts("مقتل شاب طعنا في واحدة من أبشع الجرائم التي عرفتها المدينة") == (1, None)
    assert _counts("انفجار لغم من بين 3 ملايين لغم زرعها الاستعمار") == (None, None)
    assert _counts("قتل واحد من المارة في الانفجار") == (1, None)  # «one of» people is one


def test_a_number_word_restated_in_digits_is_read_once() -> None:
    assert _counts("أسفر الهجوم عن مقتل ثلاثة (3) أشخاص وإصابة اثنين (2) آخرين.") == (3, 2)
    assert _counts("وأصيب شاب طعنا ونقل إلى المستشفى حيث مكث سبعة (7) أيام.") == (None, 1)
    # «(3)» stood between the number word and «أيام»: the days were read as three people hurt
    assert _counts("وتفصل اللجنة في الطعن خلال ثلاثة (3) أيام.") == (None, None)


def test_a_peoples_nisba_after_a_number_is_people() -> None:
    assert _counts("وقال الهلال الأحمر إن 65 فلسطينيا أصيبوا خلال المواجهات في المدينة.") == (None, 65)
    assert _counts("لقي 12 مغربيا حتفهم في غرق القارب.") == (12, None)


def test_a_killing_called_for_threatened_or_confessed_counts_nobody() -> None:
    assert _counts("نائب في البرلمان يدعو لإعدام تجار المخدرات") == (None, None)
    assert _counts("وأضافت أن الجماعة تسعى إلى قتل الناشطة بسبب نشاطها.") == (None, None)
    assert _counts("وقد اعترف الأب بقتل ابنته داخل المنزل.") == (None, None)
    # the killing itself, told next to those words, still counts
    assert _counts("قتل شاب برصاص مجهولين. وطالبت عائلته بكشف الجناة.") == (1, None)


def test_units_provinces_and_levantine_months_count_nobody() -> None:
    assert _counts("غرق شاب في السيول بعدما تجاوزت كمية الأمطار 40 ملم") == (1, None)
    assert _counts("وفاة طفلة في 9 أيار/مايو متأثرة بحروقها") == (1, None)
    assert _counts("انفجار غاز يخلف 3 جرحى تتراوح أعمارهم بين 8 سنوات و40 سنة") == (None, 3)
    assert _counts("وتعرض الضحايا (17 و42 سنة) لإصابات مختلفة") == (None, None)


def test_a_number_after_a_rescue_counts_the_saved() -> None:
    assert _counts("وفاة شخصين وإنقاذ 15 آخرين في فيضانات المدينة") == (2, None)


def test_the_nominative_dual_of_another_is_two() -> None:
    assert _counts("لقي شخص مصرعه وأصيب آخران في حادث مرور بالطريق الوطني.") == (1, 2)


def test_history_recalled_in_the_news_counts_nobody() -> None:
    assert _counts("وذكر المؤرخ أن الجيش الفرنسي اغتال المناضل عام 1958 بعد تعذيبه.") == (None, None)
    assert _counts("وأشار إلى أن المجاهد استشهد خلال حرب التحرير مع 12 من رفاقه.") == (None, None)
    # the year of today's news is no history
    assert _counts("قتل شاب برصاص مجهولين في 12 مارس 2021.") == (1, None)


def test_victims_said_hurt_are_injured_not_dead() -> None:
    assert _counts("وتدخلت الحماية المدنية لإسعاف 7 ضحايا أصيبوا بجروح متفاوتة الخطورة في حادث المرور.") == (None, 7)


def test_one_of_at_the_end_of_a_sentence_counts_nobody_and_does_not_fail() -> None:
    # «أحد» with no word after it (it once raised IndexError and lost the whole document)
    assert _counts("انفجرت عبوة ناسفة قرب مقر أمني في سرت ولم يصب أحد") == (None, None)
    assert _counts("قتل شخصان برصاص مسلحين في سبها. ولم يعتقل أحد.") == (2, None)
