"""Arabic pass 122 (tune122: bulletins, round-ups and pasted headlines): our own sentences, other names, towns and
wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _types(annotation) -> set[str]:
    return {incident.type for incident in annotation.incidents}


def test_imperfect_assassination_verb_is_a_killing():
    # «يغتالون», «تغتال»: the imperfect drops the past's «ا», as «يختطفون» does
    annotation = annotate("مسلحون ملثمون يغتالون المحامي فؤاد النعاس قرب مكتبه في غريان مساء أمس.")
    assert "killing" in _types(annotation)
    annotation = annotate("عصابة تغتال صحفية شابة أمام منزلها في مدينة حمص صباح اليوم.")
    assert "killing" in _types(annotation)


def test_assassination_in_general_stays_no_incident():
    # look-alike: a statement rejecting assassinations in general (no act told)
    annotation = annotate("حذرت الهيئة من أي محاولة لاغتيال الحياة السياسية في البلاد، ودعت إلى الحوار.")
    assert "killing" not in _types(annotation)


def test_no_crimes_of_any_kind_recorded_is_no_incident():
    # «لم تسجل أي جرائم قتل أو خطف»: the weekly review records none of them
    text = ("أفادت مديرية أمن غدامس في حصيلتها الشهرية بضبط مخالفات مرورية، ولم تسجل أي جرائم سطو مسلح أو "
            "اختطاف في المدينة خلال الشهر.")
    annotation = annotate(text)
    assert "abduction" not in _types(annotation)
    text = "وأكد المجلس البلدي في درج أن الأسبوع مر بهدوء، ولم يسجل أي حوادث سرقة سيارات أو خطف بحسب الشرطة."
    annotation = annotate(text)
    assert "abduction" not in _types(annotation)


def test_a_kidnapping_told_after_a_negation_is_kept():
    # look-alike: «أي» quantifies no crime noun; the kidnapping is told
    text = "لم تتلق العائلة أي خبر عن ابنها، بعد أن اختطفه مسلحون من أمام مدرسته في ودان يوم السبت."
    annotation = annotate(text)
    assert "abduction" in _types(annotation)


def test_arrest_after_speaking_at_a_seminar_is_an_incident():
    # «بعد ... حديثها في ندوة», «إثر مشاركته في مؤتمر»: the meeting is when the person spoke, the arrest is the news
    text = ("احتجزت قوة أمنية الصحفي مراد الفيتوري من مقر عمله في البيضاء صباح الأحد، إثر مشاركته في مؤتمر "
            "عن حرية التعبير.")
    annotation = annotate(text)
    assert "arbitrary_detention" in _types(annotation)
    text = ("اعتقل عناصر مسلحون المدونة سلمى العبيدي من بيتها في درنة، بعد أسبوع من كلمتها في ندوة عن حقوق السجناء.")
    annotation = annotate(text)
    assert "arbitrary_detention" in _types(annotation)


def test_a_seminar_on_detentions_stays_general():
    # look-alike: the seminar is the news; the detentions are its topic
    text = "نظمت جمعية حقوقية في مصراتة ندوة عن الاعتقال التعسفي وظروف المحتجزين في السجون، بمشاركة محامين."
    annotation = annotate(text)
    assert "arbitrary_detention" not in _types(annotation)


def test_schoolgirls_of_a_stated_age_of_life_are_girls_and_children():
    # «طالبتان في الرابعة عشرة من العمر»: «من العمر» (no pronoun) states the age as «من عمرها» does
    text = "أصيبت ثلاث طالبات في الخامسة عشرة من العمر بجروح طفيفة إثر سقوط قذيفة قرب مدرستهن في ككلة صباح اليوم."
    annotation = annotate(text)
    assert {"girls", "children"} <= set(annotation.victim_categories())
    text = "قتل شاب في السادسة عشرة من العمر برصاص مسلحين مجهولين في حي الهواري ببنغازي مساء الخميس."
    annotation = annotate(text)
    assert "children" in set(annotation.victim_categories())
    assert "girls" not in set(annotation.victim_categories())


def test_an_adult_of_a_stated_age_is_no_child():
    # look-alike: a man in his forties «في الأربعين من العمر» is no child, and no woman
    text = "قتل رجل في الأربعين من العمر برصاص مسلحين مجهولين في حي الهواري ببنغازي مساء الخميس."
    annotation = annotate(text)
    assert not {"children", "girls", "women"} & set(annotation.victim_categories())


def test_her_mother_hurt_beside_a_girl_is_a_woman():
    # «وفاة طفلة ... وإصابة والدتها»: the girl's mother is a woman victim too
    text = "أعلن مستشفى سبها الطبي وفاة طفل في السادسة من عمره وإصابة والدته بحروق إثر انفجار لغم قرب منزلهما."
    annotation = annotate(text)
    assert "women" in set(annotation.victim_categories())
    text = "قتلت طفلة في العاشرة من عمرها وأصيبت والدتها بشظايا إثر سقوط قذيفة على منزلهما في عين زارة."
    annotation = annotate(text)
    assert {"girls", "women"} <= set(annotation.victim_categories())


def test_her_mother_who_reports_is_no_victim():
    # look-alike: the mother speaks; only the boy is harmed
    text = "قالت والدته إن الطفل أصيب بشظايا في ساقه إثر سقوط قذيفة قرب منزلهم في عين زارة، وإنه يتلقى العلاج."
    annotation = annotate(text)
    assert "women" not in set(annotation.victim_categories())


def test_release_in_good_health_is_no_incident():
    # «وعاد إلى منزله في حالة صحية جيدة»: the freed man is well, nobody still held (a release is no incident)
    text = ("إطلاق سراح الطبيب المخطوف في غريان بعد أسبوعين\n"
            "أطلق سراح الطبيب منير الشريف مساء الجمعة بعد أسبوعين من اختطافه في غريان، ووصل إلى أسرته في حالة "
            "صحية جيدة. وقالت الشرطة إنها تواصل البحث عن الجناة.")
    annotation = annotate(text)
    assert "abduction" not in _types(annotation)


def test_release_in_bad_health_or_one_still_held_stays():
    # look-alike: the same release, but his companion is still held
    text = ("أطلق سراح الطبيب منير الشريف مساء الجمعة بعد أسبوعين من اختطافه في غريان، ووصل إلى أسرته في حالة "
            "صحية جيدة، فيما لا يزال زميله محتجزا لدى الخاطفين.")
    annotation = annotate(text)
    assert "abduction" in _types(annotation)


def test_year_led_lines_of_a_chronology_are_past_events():
    # «2013: ...» lines under a headline: a chronology of past years, no new incident
    text = ("محطات من تاريخ المدينة\n"
            "2012: افتتاح الجامعة الجديدة في سبها\n"
            "2015: خطف أربعة مهندسين أجانب من موقع نفطي قرب أوباري\n"
            "2018: هجوم على مقر المفوضية يقتل سبعة موظفين\n"
            "2021: إعادة تشغيل المطار")
    annotation = annotate(text, published_at="2026-05-10")
    assert not annotation.incidents


def test_an_outlet_number_or_this_years_line_stays():
    # look-alikes: an outlet's number before a colon is still no count, and a line of the article's own year is news
    annotation = annotate("218: مقتل شابين برصاص مسلحين في حي الأندلس بطرابلس مساء اليوم", published_at="2026-05-10")
    assert "killing" in _types(annotation) and annotation.killed == 2
    text = ("آخر الأخبار\n"
            "افتتاح معرض للكتاب في مصراتة\n"
            "2026: خطف أربعة مهندسين أجانب من موقع نفطي قرب أوباري فجر اليوم")
    annotation = annotate(text, published_at="2026-05-10")
    assert "abduction" in _types(annotation)


def test_gunfire_on_a_building_that_hurt_nobody_is_property():
    # «تعرضت عيادة لإطلاق نار ... أدى إلى تحطيم واجهتها، دون إصابات»: damage, nobody hurt
    text = ("تعرضت عيادة أسنان في حي الفويهات لإطلاق نار من مسلحين مجهولين فجر اليوم أدى إلى تحطيم واجهتها الزجاجية، "
            "دون وقوع إصابات.")
    annotation = annotate(text)
    assert _types(annotation) == {"attack_on_property_or_infrastructure"}


def test_gunfire_that_hurt_someone_stays_an_injury():
    # look-alikes: the gunfire wounded a man (the «no casualties» is another group's), and a record broken
    text = ("أطلق مسلحون النار على سيارة إسعاف في حي الفويهات فأصابوا المسعف بجروح في ساقه، دون إصابات في صفوف "
            "المرضى.")
    annotation = annotate(text)
    assert "injury" in _types(annotation)
    annotation = annotate("نجح العداء الليبي في تحطيم الرقم القياسي العربي في سباق 800 متر ببطولة تونس.")
    assert not annotation.incidents


def test_workers_taken_from_a_workshop_is_a_workplace():
    # «عمال ... من ورشة», «عاملين في ورشة»: workers and their workshop are a workplace, no training seminar
    text = "اختطف مسلحون أربعة عمال مصريين من ورشة في منطقة السواني وطالبوا ذويهم بفدية."
    annotation = annotate(text)
    assert "abduction" in _types(annotation)
    text = "قتل عامل تشادي برصاص لصوص داخل ورشة لتصليح الإطارات في حي القوارشة."
    annotation = annotate(text)
    assert "killing" in _types(annotation)


def test_a_training_workshop_on_abductions_stays_general():
    # look-alike: a training workshop for officers on abductions is the news (a general cue)
    text = "نظمت الوزارة ورشة عمل لتدريب الضباط على التعامل مع حالات الخطف والاتجار بالبشر في طرابلس."
    annotation = annotate(text)
    assert "abduction" not in _types(annotation)
