"""Arabic pass 58 (tune58): injured counts told by a share of a group, by two sources' tallies, by fighters and
civilians together, by a second hurt clause, by a list of names with ages, and numbers that count nobody (an outlet's
name before a colon, «بعضهم»), with sentences written for these tests (docs/labelling.md, the section "Arabic pass 58
(tune58): injured counts")."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


def _injured(text: str) -> int | None:
    return _pred(text)["injured"]


# --- a share of a group told hurt ------------------------------------------------------------------------------


def test_one_of_a_beaten_pair_told_hurt_in_the_same_sentence_is_the_count() -> None:
    assert _injured("اقتحم مسلحون مدرسة في غدامس واعتدوا بالضرب على معلمة وحارس، فأصيب الحارس بكسر في يده.") == 1
    text = ("قالت منظمة حقوقية إن عناصر أمن اعتدوا بالضرب على أربعة طلاب داخل الحرم الجامعي في سرت، ثم نقل أحدهم "
            "إلى مستشفى ابن سينا مصابا بكسر في ساقه.")
    assert _injured(text) == 1
    text = ("اقتحم مسلحون مقر إذاعة محلية في زليتن واعتدوا بالضرب على أربعة من العاملين فيها، ثم نقل أحد المذيعين "
            "إلى المستشفى مصابا بكسر في أنفه.")
    assert _injured(text) == 1
    text = ("اقتحم مسلحون مقر إذاعة محلية في زليتن واعتدوا بالضرب على أربعة من العاملين فيها. وقال مدير الإذاعة إن أحد "
            "المذيعين أصيب بكسر في أنفه.")
    assert _injured(text) == 1
    text = ("اقتحم مسلحون مقر إذاعة محلية في زليتن واعتدوا بالضرب على أربعة من العاملين فيها. وقال مدير الإذاعة إن أحد "
            "المذيعين نقل إلى المستشفى بسبب كسر في أنفه.")
    assert _injured(text) == 1
    # guard: «أحدهما» after a dual verb describes the two hurt, it is no share
    assert _injured("قالت البلدية إن شخصين أصيبا، أحدهما امرأة، في القصف الذي طال حي الزهور بسرت.") == 2
    # guard: a group hurt first, then a share of it taken to hospital, stays the group
    assert _injured("أصيب ستة أشخاص بجروح في انفجار قنبلة يدوية في سوق بهون، ونقل اثنان منهم إلى مستشفى هون.") == 6


def test_a_headline_naming_the_beaten_pair_does_not_replace_the_one_told_hurt() -> None:
    text = ("مسلحون يعتدون على معلمة وحارس في غدامس\nاقتحم مسلحون مدرسة في غدامس صباح اليوم، واعتدوا بالضرب على "
            "معلمة وحارس، فأصيب الحارس بكسر في يده.")
    assert _injured(text) == 1
    # guard: a headline naming the beaten pair, the body telling both hurt, stays two
    text = ("مسلحون يعتدون على معلمة وحارس في غدامس\nاقتحم مسلحون مدرسة في غدامس صباح اليوم، واعتدوا بالضرب على "
            "معلمة وحارس، ونقلا إلى المستشفى بكسور.")
    assert _injured(text) == 2


def test_a_share_taken_to_care_after_a_beating_is_the_count() -> None:
    text = ("قالت محتجزات سابقات إن الحراس ضربوا عددا من النساء في مركز احتجاز بغريان، ونقلت ثلاث منهن إلى "
            "المستوصف بعد إصابتهن بكدمات.")
    assert _injured(text) == 3
    # guard: the beaten women with no share in care and no wound stay uncounted
    assert _injured("قالت محتجزات سابقات إن الحراس ضربوا عددا من النساء في مركز احتجاز بغريان.") is None


def test_one_of_a_family_told_hurt_is_the_count_not_the_family() -> None:
    text = ("سقطت قذيفة على منزل في حي الزهور بترهونة، وتمكن الجيران من إخراج عائلة من ستة أفراد، أصيب منهم رجل "
            "بشظايا نقل على إثرها إلى المستشفى.")
    assert _injured(text) == 1
    text = ("أنقذت فرق الدفاع المدني عائلة من خمسة أفراد من حريق شب في منزلها بالبيضاء، وأصيب منهم طفلان بحروق "
            "طفيفة.")
    assert _injured(text) == 2
    # guard: the family all hurt stays six
    assert _injured("سقطت قذيفة على منزل في حي الزهور بترهونة، فأصيب ستة أفراد من عائلة واحدة بشظايا.") == 6


# --- two tallies of one event ----------------------------------------------------------------------------------


def test_two_sources_tallies_in_one_sentence_take_the_larger() -> None:
    text = ("قال الهلال الأحمر إن أربعة مدنيين أصيبوا في القصف الذي طال حي الزهور مساء أمس، بينما قال مستشفى ترهونة "
            "إنه استقبل سبعة جرحى من الحي.")
    assert _injured(text) == 7
    text = ("سقطت قذائف على حي الزهور في ترهونة. وقال جهاز الإسعاف إن فرقه أسعفت خمسة مدنيين أصيبوا بشظايا، فيما "
            "أعلن مستشفى ترهونة العام أنه استقبل تسعة جرحى، اثنان منهم في حالة خطيرة.")
    assert _injured(text) == 9
    text = ("قال الهلال الأحمر إن ثلاثة مدنيين أصيبوا في القصف على حي الزهور، في حين قال مستشفى سرت إنه استقبل ستة "
            "جرحى.")
    assert _injured(text) == 6
    # guard: a share of the first count told after it is no second tally
    text = ("سقطت قذائف على حي الزهور في ترهونة. وقال جهاز الإسعاف إن فرقه أسعفت خمسة مدنيين أصيبوا بشظايا، "
            "اثنان منهم في حالة خطيرة.")
    assert _injured(text) == 5


# --- fighters and civilians, a second hurt clause -------------------------------------------------------------


def test_wounded_fighters_of_unnamed_groups_and_civilians_are_added() -> None:
    text = ("قال مستشفى سرت إنه استقبل سبعة جرحى من عناصر التشكيلات المسلحة وأربعة مدنيين، بينهم طفل، جراء "
            "الاشتباكات في المدينة.")
    assert _injured(text) == 11
    # guard: «بينهم» names some of the hurt, it adds nobody
    assert _injured("قال مستشفى سرت إنه استقبل سبعة جرحى، بينهم أربعة مدنيين، جراء الاشتباكات في المدينة.") == 7


def test_a_second_group_counted_after_its_noun_is_added() -> None:
    assert _injured("أسفر الهجوم على البوابة عن إصابة ثلاثة من رجال الأمن ومواطنين اثنين في سرت.") == 5
    assert _injured("أسفر الهجوم على البوابة عن إصابة أربعة من عناصر الشرطة ومدنيين ثلاثة في سرت.") == 7
    # guard: a number told of the first group alone stays
    assert _injured("أسفر الهجوم على البوابة عن إصابة ثلاثة من رجال الأمن في سرت.") == 3


def test_others_told_by_their_wounds_after_a_first_count_are_added() -> None:
    assert _injured("أصيب شخصان بجروح خطيرة وثلاثة آخرون بجروح طفيفة في انفجار عبوة بسوق الخضار في سبها.") == 5
    assert _injured("أصيب شاب بجروح خطيرة وأربعة آخرون بجروح طفيفة في انفجار عبوة بسوق الخضار في سبها.") == 5
    # guard: a break-down of one count adds nothing
    text = "أصيب خمسة أشخاص بجروح متفاوتة في انفجار عبوة بسوق الخضار في سبها، ثلاثة بجروح طفيفة واثنان بجروح خطيرة."
    assert _injured(text) == 5


def test_a_victim_joined_after_a_wounded_pair_is_one_more() -> None:
    assert _injured("الهلال الأحمر فرع أوباري: فرقنا أسعفت جريحين وطفلا من موقع سقوط القذيفة على السوق.") == 3
    # guard: the pair alone stays two
    assert _injured("الهلال الأحمر فرع أوباري: فرقنا أسعفت جريحين من موقع سقوط القذيفة على السوق.") == 2


def test_one_civilian_after_the_verb_is_one() -> None:
    assert _injured("أصيب مدني بجروح في تبادل لإطلاق النار بين مجموعتين مسلحتين في ورشفانة.") == 1
    pred = _pred("قتل شاب وأصيب مدني في تبادل لإطلاق النار بين مجموعتين مسلحتين في ورشفانة.")
    assert (pred["killed"], pred["injured"]) == (1, 1)
    # guard: «المدني» after a body is its adjective, no victim
    assert _injured("أصيب عنصر من الدفاع المدني بجروح خلال إخماد حريق في ورشفانة.") == 1


def test_a_second_group_hurt_by_its_own_verb_is_added() -> None:
    text = ("قالت وزارة الداخلية إن خمسة محتجين أصيبوا بجروح طفيفة، وأصيب ثلاثة من أفراد الأمن، خلال فض اعتصام "
            "أمام مقر البلدية في درنة.")
    assert _injured(text) == 8
    # guard: after «people», a second group may be among them: nothing added
    text = ("قالت وزارة الداخلية إن خمسة أشخاص أصيبوا بجروح خلال فض اعتصام أمام مقر البلدية في درنة، وأصيب اثنان من "
            "المارة بجروح خطيرة.")
    assert _injured(text) == 5
    # guard: a share of the first group told with its own verb adds nobody
    text = ("قالت وزارة الداخلية إن خمسة محتجين أصيبوا بجروح خلال فض اعتصام أمام مقر البلدية في درنة، وأصيب ثلاثة "
            "منهم بكسور.")
    assert _injured(text) == 5


def test_fighters_of_a_possessed_plural_keep_their_count() -> None:
    text = "قال آمر كتيبة الصمود إن أربعة من مقاتليه أصيبوا بجروح خلال مواجهات مع مجموعة مسلحة قرب مزدة."
    assert _injured(text) == 4
    assert _injured("قال مسؤول في البلدية إن ثلاثة من مرافقيه أصيبوا بجروح في هجوم مسلح على موكبه قرب مزدة.") == 3
    # guard: the plain plural already counted
    assert _injured("قال آمر الكتيبة إن أربعة من المقاتلين أصيبوا بجروح خلال مواجهات قرب مزدة.") == 4


def test_inmates_are_people_a_number_counts() -> None:
    text = ("أعلنت إدارة السجن أن أربعة نزلاء أصيبوا بجروح، وأصيب اثنان من الحراس، خلال السيطرة على شجار داخل أحد "
            "العنابر في سجن الكويفية.")
    assert _injured(text) == 6
    text = "قال المستشفى إن ثلاثة مدنيين في حي الزهور بترهونة أصيبوا بشظايا عندما سقطت قذيفة على منزلهم."
    assert _injured(text) == 3
    # guard: a number of inmates moved, with nobody hurt, counts nobody
    assert _injured("نقلت إدارة السجن أربعة نزلاء إلى سجن الكويفية بعد شجار داخل أحد العنابر.") is None


# --- lists and numbers that count nobody ----------------------------------------------------------------------


def test_the_wounded_named_with_ages_after_a_header_are_counted() -> None:
    text = ("نشر المجلس البلدي أسماء جرحى القصف الذي طال حي السلام مساء أمس: خديجة المبروك (38 عاما)، وابنها "
            "يوسف (9 أعوام)، وجارها علي سالم (52 عاما). وأوضح المجلس أن المصابين يتلقون العلاج بمستشفى الجلاء.")
    assert _injured(text) == 3
    # guard: names with ages in a statement with no header of the wounded
    text = ("أصيبت امرأة بشظايا في القصف الذي طال حي السلام مساء أمس، وقال زوجها علي سالم (52 عاما) وابنهما يوسف "
            "(19 عاما) إنها بخير.")
    assert _injured(text) == 1


def test_an_outlets_number_before_a_colon_is_no_count() -> None:
    assert _injured("ليبيا 24: إصابة أربعة مدنيين في قصف على حي سكني في سرت") == 4
    assert _injured("218: إصابة ثلاثة مسعفين في قصف على سيارة إسعاف في غزة") == 3
    # guard: a number after the colon still counts
    assert _injured("حصيلة القصف: 5 جرحى في حي سكني بسرت") == 5


def test_some_of_them_hurt_gives_no_count() -> None:
    text = ("أظهر مقطع مصور عناصر مسلحة يضربون محتجزين مقيدين، بعضهم مصاب بجروح في الرأس، داخل مقر في سبها.")
    assert _injured(text) is None
    # guard: a number of them hurt still counts
    text = ("أظهر مقطع مصور عناصر مسلحة يضربون محتجزين مقيدين داخل مقر في سبها، وقال حقوقيون إن ثلاثة منهم أصيبوا "
            "بكسور.")
    assert _injured(text) == 3


# --- an arrest for an earlier shooting -------------------------------------------------------------------------


def test_the_victim_of_a_charged_shooting_in_an_arrest_story_is_no_new_incident() -> None:
    text = ("أعلنت مديرية أمن بنغازي القبض على المتهم بإطلاق النار على سائق في منطقة الكيش الأسبوع الماضي، وإحالته "
            "إلى النيابة العامة، مشيرة إلى أن الضحية ما زال يتلقى العلاج.")
    assert _pred(text)["is_incident"] is False
    text = ("أعلنت مديرية أمن مصراتة القبض على المشتبه به في طعن شاب أمام مقهى الشهر الماضي، وقالت إن الضحية ما زال يتلقى "
            "العلاج.")
    assert _pred(text)["is_incident"] is False
    # guard: an arrest after a shooting told as today's news, with the victim's wound, stays an incident
    text = ("أطلق مسلح النار على سائق في منطقة الكيش ببنغازي مساء اليوم فأصابه في ساقه، وأعلنت مديرية الأمن القبض على "
            "المتهم، مشيرة إلى أن الضحية يتلقى العلاج.")
    assert _pred(text)["is_incident"] is True


def _injured_on(text: str, published: str) -> int | None:
    return predict({"text": text, "lang": "ar", "published_at": published})["injured"]


def test_a_reminder_of_a_tally_since_an_earlier_year_gives_no_count() -> None:
    text = ("حملة توعية في مدارس صلاح الدين\nأطلقت جمعية أهلية حملة توعية في مدارس صلاح الدين بمخاطر مخلفات الحرب، "
            "مذكرة بأن الألغام أصابت أكثر من 150 مدنيا في ضواحي طرابلس منذ 2019.")
    assert _injured_on(text, "2026-04-02") is None
    # guard: today's blast told in the lead keeps its count
    text = ("انفجار لغم في صلاح الدين\nأصيب ثلاثة أطفال بجروح إثر انفجار لغم من مخلفات الحرب في صلاح الدين صباح "
            "اليوم، وهو الانفجار الأول في الحي منذ 2019.")
    assert _injured_on(text, "2026-04-02") == 3


# --- victim categories -----------------------------------------------------------------------------------------


def test_a_woman_role_among_the_victims_is_women() -> None:
    pred = _pred("أصيب أربعة صحفيين، بينهم مصورة، في قصف استهدف مقر إذاعة محلية في سرت اليوم.")
    assert "women" in pred["victim_categories"]
    pred = _pred("أصيب أربعة صحفيين، بينهم مراسلة، في قصف استهدف مقر إذاعة محلية في سرت اليوم.")
    assert "women" in pred["victim_categories"]
    # guard: a filmed clip is no woman
    pred = _pred("أصيب أربعة صحفيين في قصف استهدف مقر إذاعة محلية في سرت اليوم، بحسب مقاطع مصورة.")
    assert "women" not in pred["victim_categories"]


def test_an_egyptian_told_by_his_trade_is_a_migrant_worker() -> None:
    pred = _pred("خطف مسلحون سائق شاحنة مصريا على الطريق الصحراوي قرب الشويرف وأطلقوا النار على يده، ونقل إلى مستشفى.")
    assert "migrants" in pred["victim_categories"]
    pred = _pred("أصيب ثلاثة عمال بناء سودانيين بجروح عندما أطلق مسلحون النار على ورشتهم في ترهونة.")
    assert "migrants" in pred["victim_categories"]
    # guard: an Egyptian named as the source or the place, not a worker, is no migrant
    pred = _pred("أصيب شاب ليبي بجروح عندما أطلق مسلحون النار على سيارته في ترهونة، بحسب ما نقلت قناة مصرية.")
    assert "migrants" not in pred["victim_categories"]


# --- leftover mines: a limb amputated, and no death read from the mine word ------------------------------------


def test_a_limb_amputated_after_a_blast_is_one_hurt() -> None:
    pred = _pred("بترت ساق طفل إثر انفجار لغم من مخلفات الحرب في وادي الربيع صباح اليوم.")
    assert (pred["is_incident"], pred["killed"], pred["injured"]) == (True, None, 1)
    assert _injured("انفجر لغم قرب مزرعة في وادي الربيع فبترت ساق راع.") == 1
    # guard: a death by a mine stays a death
    pred = _pred("قتل طفل في انفجار لغم من مخلفات الحرب في وادي الربيع صباح اليوم.")
    assert (pred["killed"], pred["injured"]) == (1, None)


def test_a_mine_word_counts_no_death_beside_one_hurt() -> None:
    pred = _pred("أصيب راع بجروح بانفجار لغم من مخلفات الحرب في وادي الربيع.")
    assert (pred["killed"], pred["injured"]) == (None, 1)
    # guard: a shepherd who died in the blast stays one dead
    pred = _pred("توفي راع إثر انفجار لغم من مخلفات الحرب في وادي الربيع.")
    assert pred["killed"] == 1


# --- look-alikes -----------------------------------------------------------------------------------------------


def test_children_burnt_by_fireworks_are_an_accident_with_their_count() -> None:
    pred = _pred("قال مستشفى سبها الطبي إنه استقبل خلال أيام العيد سبعة أطفال مصابين بحروق في الأيدي جراء العبث "
                 "بالمفرقعات.")
    assert (pred["is_incident"], pred["injured"]) == (False, 7)
    pred = _pred("أصيب خمسة أطفال بحروق جراء العبث بالألعاب النارية في احتفالات العيد بسبها.")
    assert (pred["is_incident"], pred["injured"]) == (False, 5)
    # guard: children hurt by celebratory gunfire stay an incident
    pred = _pred("أصيب طفلان برصاص طائش خلال إطلاق نار احتفالي في عرس بسبها.")
    assert pred["is_incident"] is True


# --- actors ----------------------------------------------------------------------------------------------------


def test_armed_men_the_casualties_may_have_been_are_no_actor() -> None:
    text = ("قالت وزارة الصحة إن الاشتباكات في جنزور أسفرت عن مقتل شخصين وإصابة تسعة آخرين، ولم تحدد ما إذا كان "
            "القتيلان من المسلحين أم من سكان الحي.")
    assert not any(a["name"] == "المسلحين" for a in _pred(text)["actors"])
    # guard: armed men who fired on a house stay the actor
    text = "أطلق مسلحون النار على منزل في جنزور فأصيب شخصان بجروح."
    assert any(a["name"] == "مسلحون" for a in _pred(text)["actors"])
