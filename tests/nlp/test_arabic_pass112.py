"""Arabic pass 112 (tune112: injured counts in medium outlet articles): our own sentences, other names, towns and
wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def test_updated_toll_raises_the_first_count():
    # «في حصيلة محدثة / لاحقة / جديدة»: the writer says the figure that follows is the later, fuller one
    text = ("جرحى في إطلاق نار على سوق شعبي في غريان\n"
            "أصيب ثلاثة من الباعة برصاص مسلحين اقتحموا سوق الخضار في غريان ظهر الأربعاء، وفق شهود.\n"
            "وفي حصيلة محدثة مساء الأربعاء، قال مستشفى غريان المركزي إنه عالج سبعة مصابين من السوق، بينهم طفلان.")
    assert annotate(text).injured == 7
    text = ("رصاص عشوائي يصيب سكانا في بنغازي\n"
            "أصيبت امرأتان برصاص عشوائي في حي الفويهات ببنغازي ليل الجمعة.\n"
            "وفي حصيلة جديدة، قالت مديرية أمن بنغازي إن عدد الجرحى وصل إلى خمسة.")
    assert annotate(text).injured == 5


def test_updated_toll_look_alike_earlier_event_kept_out():
    # the look-alike: a larger figure of an older event stays out, the first count stands
    text = ("جرحى في إطلاق نار على سوق شعبي في غريان\n"
            "أصيب ثلاثة من الباعة برصاص مسلحين اقتحموا سوق الخضار في غريان ظهر الأربعاء، وفق شهود.\n"
            "وكان هجوم مماثل على السوق نفسه العام الماضي قد أسفر عن إصابة سبعة أشخاص.")
    assert annotate(text).injured == 3


def test_raised_the_number_to():
    # «رفع / رفعت الجهة العدد إلى»: the body raised its own figure, the later one is the count
    text = ("جرحى في هجوم على محطة مياه قرب ترهونة\n"
            "أصيب اثنان من عمال شركة المياه في هجوم مسلح على محطة ضخ قرب ترهونة فجر الإثنين.\n"
            "وقالت الشركة إن المهاجمين سرقوا معدات المحطة.\n"
            "وفي بيان لاحق، رفعت الشركة العدد إلى ستة جرحى.")
    assert annotate(text).injured == 6
    # the look-alike: «رفع» of something else (a lawsuit, banners) raises nothing
    text = ("جرحى في هجوم على محطة مياه قرب ترهونة\n"
            "أصيب اثنان من عمال شركة المياه في هجوم مسلح على محطة ضخ قرب ترهونة فجر الإثنين.\n"
            "ورفع ستة من زملائهم دعوى ضد الشركة للمطالبة بالحماية.")
    assert annotate(text).injured == 2


def test_total_of_the_wounded_split_by_hospital():
    # «ليبلغ مجموع / إجمالي المصابين N»: the total of the wounded told by hospital
    text = ("جرحى في إطلاق نار على حافلة عمال قرب سرت\n"
            "تعرضت حافلة تقل عمالا مصريين لإطلاق نار على الطريق بين سرت وهراوة مساء السبت.\n"
            "وقال مستشفى ابن سينا في سرت إنه استقبل أربعة من المصابين، فيما نقل ثلاثة آخرون إلى مستشفى هراوة، ليبلغ "
            "مجموع المصابين سبعة، بينهم سيدة.")
    assert annotate(text).injured == 7
    # the look-alike: «مجموعة» (a group) is no total
    text = ("أصيب أربعة أشخاص بجروح في هجوم على مقهى في صبراتة ليل الخميس، وقالت مجموعة من الأهالي إن المهاجمين "
            "فروا.")
    assert annotate(text).injured == 4


def test_number_of_wounded_reached_after_the_verb():
    # «أن عدد المصابين بلغ أحد عشر»: the number right after the rise verb counts the casualty noun after «عدد»
    text = ("قصف على حي سكني في مرزق\n"
            "أصيب خمسة مدنيين في قصف على حي سكني في مرزق صباح الأحد.\n"
            "وفي حصيلة لاحقة، أعلن مستشفى مرزق العام أن عدد المصابين المدنيين بلغ تسعة، بينهم ثلاث نساء.")
    assert annotate(text).injured == 9
    # the look-alike: a running statistic since the start of the year is no toll of this event
    text = ("قصف على حي سكني في مرزق\n"
            "أصيب خمسة مدنيين في قصف على حي سكني في مرزق صباح الأحد.\n"
            "وقالت البلدية إن عدد المصابين منذ بداية العام بلغ تسعين.")
    assert annotate(text).injured == 5


def test_first_reports_then_the_fuller_figure():
    # «وذكرت الأنباء الأولى / المعلومات الأولية / حصيلة أولية»: the first figure is marked as early, a later larger one
    # for the same hurt is the count
    text = ("حصيلة الاعتداء على مدرسة في سوكنة\n"
            "اقتحم مجهولون مدرسة في سوكنة صباح الثلاثاء واعتدوا على المعلمين، وتحدثت المعلومات الأولية عن إصابة معلم "
            "واحد.\n"
            "وقالت مراقبة التعليم في بيان إن أربعة من المعلمين أصيبوا بكدمات وجروح ونقلوا إلى مستشفى سوكنة.")
    assert annotate(text).injured == 4
    # the look-alike: a smaller figure after the early one does not lower it
    text = ("حصيلة الاعتداء على مدرسة في سوكنة\n"
            "اقتحم مجهولون مدرسة في سوكنة صباح الثلاثاء، وأسفر الاعتداء في حصيلة أولية عن إصابة ثلاثة معلمين.\n"
            "وقالت مراقبة التعليم إن اثنين من المعلمين أصيبا بكسور ونقلا إلى مستشفى سوكنة.")
    assert annotate(text).injured == 3


def test_one_of_the_counted_wounded_died_later():
    # «وفاة أحد الجرحى الأربعة»: the wounded counted before lose the one who died (the guide, fourteenth session)
    text = ("هجوم مسلح على مخبز في سبها\n"
            "أطلق مسلحون النار على مخبز في حي الجديد بسبها ليل السبت، ما أدى إلى إصابة أربعة من العاملين فيه.\n"
            "وأعلن مركز سبها الطبي صباح الأحد وفاة أحد الجرحى الأربعة متأثرا بإصابته في الصدر.")
    result = annotate(text)
    assert (result.killed, result.injured) == (1, 3)
    # the look-alike: one of them discharged, nobody died, the wounded stay four
    text = ("هجوم مسلح على مخبز في سبها\n"
            "أطلق مسلحون النار على مخبز في حي الجديد بسبها ليل السبت، ما أدى إلى إصابة أربعة من العاملين فيه.\n"
            "وأعلن مركز سبها الطبي صباح الأحد خروج أحد الجرحى الأربعة بعد تلقيه العلاج.")
    result = annotate(text)
    assert (result.killed, result.injured) == (None, 4)


def test_stampede_at_a_match_keeps_its_count():
    # a stampede or a collapse at a stadium is an accident with real hurt, no sport metaphor: its count is kept
    text = ("تدافع عند مدخل ملعب مصراتة\n"
            "أصيب تسعة أشخاص في تدافع عند مدخل ملعب مصراتة البلدي قبل انطلاق مباراة في الدوري مساء الأحد.\n"
            "وقال المستشفى إن ثلاثة منهم ما زالوا تحت الملاحظة.")
    assert annotate(text).injured == 9
    # the look-alike: players hurt in the match itself are no casualty event
    text = ("أصيب ثلاثة لاعبين من فريق الأهلي خلال مباراة الدوري مساء الأحد في ملعب طرابلس الدولي، وسيغيبون عن "
            "المباراة المقبلة.")
    assert annotate(text).injured is None


def test_official_checking_on_the_wounded_is_a_visit():
    # «يطمئن على ... أصيبوا»: an official checking on the hurt of an earlier event is a visit (the guide, fourteenth
    # session: no incident, no counts)
    text = ("عميد بلدية غدامس يطمئن على عمال أصيبوا في انفجار مخزن\n"
            "زار عميد بلدية غدامس مستشفى غدامس العام للاطمئنان على ثلاثة عمال أصيبوا في انفجار مخزن وقود الأسبوع "
            "الماضي.\n"
            "وأمر العميد بتكفل البلدية بمصاريف علاجهم.")
    result = annotate(text)
    assert result.injured is None and not result.incidents
    # the look-alike: a harm told in the headline before the official's check keeps its count
    text = ("إصابة ثلاثة عمال في هجوم مسلح على مخزن في غدامس والعميد يطمئن على الجرحى\n"
            "أصيب ثلاثة عمال برصاص مسلحين هاجموا مخزنا في غدامس فجر الإثنين، ونقلوا إلى مستشفى غدامس العام.")
    assert annotate(text).injured == 3


def test_household_heater_blast_is_an_accident():
    # a water or gas heater bursting at home is a domestic accident: no incident, its count kept
    text = ("حروق لأربعة أطفال في انفجار سخان مياه بمصراتة\n"
            "أصيب أربعة أطفال بحروق إثر انفجار سخان مياه في مطبخ منزلهم بمنطقة الزروق في مصراتة مساء الخميس.\n"
            "وقال مستشفى مصراتة المركزي إن حالتهم مستقرة.")
    result = annotate(text)
    assert not result.incidents and result.injured == 4
    # the look-alike: a bomb planted at a home is an attack, still an incident
    text = ("إصابة أربعة أطفال في انفجار عبوة ناسفة زرعها مجهولون أمام منزل عائلتهم في مصراتة مساء الخميس، ونقلوا إلى "
            "مستشفى مصراتة المركزي.")
    result = annotate(text)
    assert result.incidents and result.injured == 4


def test_hospital_announcing_the_wounded_recovered_is_a_discharge():
    # «مستشفى ... يعلن تعافي مصابي الهجوم»: the hurt of an earlier attack recovering is the news (the guide, fourteenth
    # session: a discharge with no new harm told has no incident and no counts)
    text = ("مستشفى سرت يعلن تعافي جرحى الهجوم على مخبز المدينة\n"
            "أعلن مستشفى ابن سينا في سرت تعافي جميع العمال الذين أصيبوا في الهجوم المسلح على مخبز المدينة الشهر "
            "الماضي، وخروج آخرهم مساء الأحد.\n"
            "وقال المستشفى إن العامل الذي أصيب في الرأس احتاج إلى ثلاث عمليات قبل أن تستقر حالته.")
    result = annotate(text)
    assert not result.incidents and result.injured is None
    # the look-alike: a new harm in the headline before the recovery keeps its incident and count
    text = ("إصابة خمسة عمال في هجوم على مخبز في سرت وتعافي اثنين منهم في المستشفى\n"
            "أصيب خمسة عمال برصاص مسلحين هاجموا مخبزا في سرت ليل الجمعة، ونقلوا إلى مستشفى ابن سينا.")
    result = annotate(text)
    assert result.incidents and result.injured == 5


def test_the_other_wounded_after_a_death_are_the_rest():
    # «وفاة ... متأثرا بإصابته» then «الجرحى الأربعة الآخرين»: the other wounded are those still hurt, not one more group
    text = ("وفاة شاب من جرحى قذيفة درنة\n"
            "توفي الشاب سالم العبيدي في مستشفى الهريش بدرنة فجر الإثنين متأثرا بإصابته في سقوط قذيفة على حي شيحا "
            "قبل أيام، والتي أسفرت عن إصابة خمسة أشخاص.\n"
            "وقال المستشفى إن الجرحى الأربعة الآخرين في حالة مستقرة.")
    result = annotate(text)
    assert (result.killed, result.injured) == (1, 4)
    # the look-alike: with nobody dead, the other four beside one in critical state are still among the five hurt
    text = ("جرحى في سقوط قذيفة على حي شيحا بدرنة\n"
            "أصيب خمسة أشخاص في سقوط قذيفة على حي شيحا بدرنة فجر الإثنين، أحدهم في حالة حرجة.\n"
            "وقال مستشفى الهريش إن الجرحى الأربعة الآخرين في حالة مستقرة.")
    result = annotate(text)
    assert (result.killed, result.injured) == (None, 5)


def test_the_wounded_man_sought_is_no_casualty():
    # «اقتحموا المستشفى بحثا عن جريح»: the wounded man the attackers looked for was hurt before, elsewhere; the new
    # hurt are told vaguely («عدد من»): no count
    text = ("جرحى في اقتحام مسلح لمستشفى في صرمان\n"
            "اقتحم مسلحون مستشفى صرمان العام فجر الجمعة بحثا عن جريح ينتمي إلى كتيبة خصمة، وأطلقوا النار في الممرات، ما "
            "أدى إلى إصابة عدد من الممرضين.\n"
            "وأعلنت إدارة المستشفى إيقاف العمل في قسم الطوارئ.")
    assert annotate(text).injured is None
    # the look-alike: a wounded man hurt in the attack itself still counts one
    text = ("جرحى في اقتحام مسلح لمستشفى في صرمان\n"
            "اقتحم مسلحون مستشفى صرمان العام فجر الجمعة وأطلقوا النار في الممرات، ما أدى إلى إصابة ممرض بجروح.\n"
            "وأعلنت إدارة المستشفى إيقاف العمل في قسم الطوارئ.")
    assert annotate(text).injured == 1

