"""Arabic counts pass 10 (tune30): our own sentences, one failing-first case per rule and guards."""

from nlp.annotate import annotate


def _counts(text: str) -> tuple[int | None, int | None]:
    result = annotate(text, "ar", "2026-05-10")
    return result.killed, result.injured


def test_a_fake_checkpoint_is_no_swindle_cue() -> None:
    assert _counts("قتل تاجر ومرافقه برصاص مسلحين نصبوا بوابة وهمية على طريق الشويرف مساء أمس.") == (2, None)


def test_a_fake_company_still_blanks_the_counts() -> None:
    assert _counts("حذرت الشرطة من شركة وهمية أوقعت 40 ضحية في عملية احتيال عبر الإنترنت في مصراتة.") == (None, None)


def test_an_ordinal_after_a_toll_is_one_more_victim() -> None:
    assert _counts("لقي أربعة شبان حتفهم وأصيب خامس في انقلاب سيارتهم على طريق سرت مساء الجمعة.") == (4, 1)


def test_a_pharmacist_is_a_victim_noun() -> None:
    assert _counts("قتل صيدلاني برصاص مجهولين أمام صيدليته في حي الحدائق بمدينة غريان مساء الخميس.") == (1, None)


def test_a_risen_toll_restates_the_wounded_fewer() -> None:
    text = ("قتل ثلاثة أشخاص وأصيب تسعة آخرون في انفجار عبوة ناسفة قرب سوق شعبي في درنة مساء أمس. "
            "وفي وقت لاحق توفي أحد المصابين متأثرا بجروحه، لترتفع حصيلة القتلى إلى أربعة، فيما لا يزال ثمانية جرحى "
            "يتلقون العلاج.")
    assert _counts(text) == (4, 8)


def test_a_hospital_counts_the_cases_it_received() -> None:
    text = ("أصيب عدد من الأشخاص في إطلاق نار على حافلة في غريان. "
            "وقال مستشفى غريان العام إنه استقبل 5 حالات بينها حالة خطيرة.")
    assert _counts(text) == (None, 5)


def test_a_hospital_figure_raises_a_first_smaller_count() -> None:
    text = ("أصيب ثلاثة أشخاص بالرصاص العشوائي في حفل زفاف بمدينة الخمس ليلة أمس. "
            "وفي بيان لاحق قال مستشفى الخمس إنه استقبل 6 حالات إصابة بالرصاص.")
    assert _counts(text) == (None, 6)


def test_hospital_cases_after_a_death_include_the_dead() -> None:
    text = ("توفي طفل وأصيب اثنان برصاص طائش في حفل زفاف بمدينة الخمس ليلة أمس. "
            "وقال مستشفى الخمس إنه استقبل 3 حالات بينها حالة حرجة.")
    assert _counts(text) == (1, 2)


def test_a_victim_lying_in_intensive_care_is_one_injured() -> None:
    assert _counts("شاب يرقد في العناية الفائقة بعد طعنه خلال شجار في سوق الجمعة بطرابلس.") == (None, 1)


def test_a_commemoration_counts_no_event() -> None:
    text = ("الذكرى الثالثة لتفجير سوق الخضار: الأهالي يطالبون بالعدالة\n"
            "نظم أهالي ضحايا تفجير سوق الخضار في بنغازي وقفة في الذكرى الثالثة للتفجير مساء أمس.\n"
            "ورفع المشاركون صور الضحايا التسعة الذين قتلوا في التفجير.")
    assert _counts(text) == (None, None)


def test_companions_hurt_after_the_first_are_added() -> None:
    text = ("اعتدى عناصر بوابة أمنية بالضرب على ثلاثة سائقين عند مدخل مدينة الجميل. "
            "وأصيب أحدهم بكسر في اليد ونقل إلى المستشفى، فيما تعرض زميلاه لكدمات.")
    assert _counts(text) == (None, 3)
    text = "وقال المصور إنه أصيب بكدمات في الظهر ونقل زميله إلى مستشفى الزاوية لتلقي العلاج."
    assert _counts(text) == (None, 2)


def test_a_companion_alone_is_one() -> None:
    assert _counts("أصيب زميله بجروح في إطلاق نار بمدينة الزاوية.") == (None, 1)
    assert _counts("أصيب شاب بجروح في شجار ونقله صديقه إلى المستشفى.") == (None, 1)


def test_a_death_that_caused_an_assault_leaves_its_victims_counted() -> None:
    text = ("اقتحم مسلحون مستشفى الخمس واعتدوا بالضرب على طبيب وممرضتين اثنتين، إثر وفاة أحد أقاربهم متأثرا "
            "بجروح أصيب بها في حادث مرور.")
    assert _counts(text)[1] == 3


def test_bare_plurals_stay_unknown() -> None:
    assert _counts("سقط قتلى وجرحى في اشتباكات بين مجموعتين مسلحتين في الزاوية، ونقل الجرحى إلى المستشفى.") == (None, None)


def test_background_deaths_are_not_added() -> None:
    text = ("قتل سائق أجرة برصاص مسلحين في سبها مساء أمس. "
            "وتأتي الجريمة بعد أسابيع على مقتل أربعة أشخاص في سطو مسلح في المدينة.")
    assert _counts(text)[0] == 1


def test_a_dual_subject_with_its_force_before_qatala() -> None:
    assert _counts("وقال مصدر أمني إن عنصرين من قوة حماية الميناء قتلا وأصيب أربعة آخرون في هجوم على الميناء.") == (2, 4)


def test_the_verbal_noun_qatlan_is_no_dual() -> None:
    assert _counts("مات الشاب قتلا بالرصاص في حي الفويهات ببنغازي.")[0] == 1


def test_a_leader_and_his_men_count_him_too() -> None:
    assert _counts("مقتل قائد مجموعة وأربعة من عناصره في كمين قرب أوباري.")[0] == 5


def test_a_first_aid_course_hurts_nobody() -> None:
    assert _counts("نظمت جمعية الكشافة في درنة دورة تدريبية على الإسعافات الأولية لثلاثين متطوعا، شملت التعامل مع "
                   "الجروح والحروق.") == (None, None)


def test_remains_identified_or_handed_over_count_no_event() -> None:
    assert _counts("أعلنت الهيئة التعرف على هويات 23 رفاتا من المقابر الجماعية في ترهونة عبر تحاليل الحمض النووي.")[0] is None
    assert _counts("سلمت الهيئة اليوم رفات 8 أشخاص من ضحايا المقابر الجماعية إلى ذويهم.")[0] is None


def test_a_mass_grave_found_is_still_counted() -> None:
    assert _counts("أعلنت الهيئة العامة للبحث والتعرف على المفقودين العثور على مقبرة جماعية في سرت تضم رفات "
                   "7 أشخاص مجهولي الهوية.")[0] == 7


def test_a_female_presenter_is_a_victim_noun() -> None:
    assert _counts("اقتحم مسلحون مقر قناة محلية في مصراتة، ما أدى إلى إصابة مذيعة بجروح طفيفة.") == (None, 1)


def test_the_dead_restated_as_hit_are_no_wounded() -> None:
    text = ("قتل ستة أشخاص، بينهم أربعة مدنيين، في اشتباكات بين مجموعتين مسلحتين في مدينة الكفرة مساء أمس. "
            "وقال مصدر محلي إن المدنيين الأربعة أصيبوا بقذيفة سقطت قرب مدرسة، فيما قتل مسلحان من الطرفين.")
    assert _counts(text) == (6, None)


def test_a_definite_group_hit_with_no_dead_told_is_wounded() -> None:
    text = ("سقطت قذيفة على حي سكني في مدينة الكفرة مساء أمس. "
            "وقال مصدر محلي إن المدنيين الأربعة أصيبوا بشظايا ونقلوا إلى المستشفى.")
    assert _counts(text)[1] == 4


def test_kin_hurt_after_the_first_are_added() -> None:
    assert _counts("اعتدت عناصر أمنية على ناشطة أمام منزلها في مدينة الأبيار، حيث أصيبت في الرأس، كما أصيبت "
                   "شقيقتها في اليد.") == (None, 2)


def test_kin_hurt_beside_a_death_are_not_doubled() -> None:
    assert _counts("قتل شاب وأصيب شقيقه بجروح في إطلاق نار بمدينة الزاوية.") == (1, 1)


def test_one_of_another_pair_is_one_more() -> None:
    assert _counts("أطلقت دورية النار على سيارة قرب الحدود، وأصيب أربعة من ركابها، فيما تبين أن اثنين آخرين كانا "
                   "مختبئين في الصندوق وقد أصيب أحدهما في الكتف.") == (None, 5)


def test_one_of_the_two_counted_is_no_more() -> None:
    assert _counts("أصيب شخصان في انفجار قنبلة يدوية بمدينة سبها، وأصيب أحدهما بجروح خطيرة.") == (None, 2)
