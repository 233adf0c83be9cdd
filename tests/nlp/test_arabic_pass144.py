"""Arabic pass 144 (tune144, Jawhara FM-style international and national news: Libya-incident precision): our own
sentences, other names, towns and wording; each rule has a look-alike that must keep its old answer."""

from nlp.annotate import annotate


def _types(annotation) -> set[str]:
    return {incident.type for incident in annotation.incidents}


def _event_places(annotation) -> set[str]:
    return {place.name for place in annotation.places if place.event_location}


def test_prison_term_headline_judges_the_act_named_after_it():
    # «حبس ... عامين بسبب طعن»: a ruling told in the headline style; the stabbing is the judged act, no new harm
    text = ("مالطا: حبس بحار مصري خمس سنوات بسبب غرق قارب قرب الساحل الليبي\n"
            "أصدرت محكمة في فاليتا أمس الخميس حكمها في حق بحار مصري أدين بتهريب مهاجرين على متن قارب غرق قبل عامين.")
    annotation = annotate(text)
    assert not annotation.incidents
    assert not annotation.in_libya


def test_prison_term_with_its_number_before_a_stabbing():
    annotation = annotate("سجن كهل من بنزرت 12 عاما بسبب طعن زوجته بسكين")
    assert not annotation.incidents


def test_journalist_jailed_for_a_post_stays_a_detention():
    # look-alike: the prison term is itself the harm when a journalist is jailed for his words
    annotation = annotate("سجن مدون من قابس 3 سنوات بسبب تدوينة ينتقد فيها الوالي")
    assert "arbitrary_detention" in _types(annotation)


def test_harm_told_before_the_prison_word_stays():
    # look-alikes: a prison as a place, and a stabbing told before the term
    annotation = annotate("طعن شاب جاره في الخمس مساء أمس ونقل المصاب إلى المستشفى، ويواجه المعتدي سجن سنوات")
    assert "injury" in _types(annotation)
    annotation = annotate("وفاة سجين داخل سجن الجديدة بعد تعرضه للضرب من قبل الحراس")
    assert annotation.incidents


def test_capital_that_speaks_is_no_place_of_the_harm():
    # «الرباط تعلن ... في بنغازي», «أن الرباط ستتخذ»: the capital names the government speaking; the harm was in Benghazi
    text = ("الرباط تعلن الحداد بعد مقتل 4 سائقين مغاربة في بنغازي\n"
            "أعلنت الحكومة المغربية اليوم الحداد ثلاثة أيام بعد أن قتل مسلحون أربعة سائقي شاحنات مغاربة في مدينة "
            "بنغازي. وأكد الناطق باسم الحكومة أن الرباط ستتخذ كل الإجراءات لملاحقة القتلة.")
    annotation = annotate(text)
    assert annotation.in_libya
    assert _event_places(annotation) == {"بنغازي"}


def test_capital_where_the_harm_is_stays_the_place():
    # look-alikes: a capital struck, and a city that sees clashes (no speech verb after it)
    annotation = annotate("مقتل 4 مدنيين في انفجار سيارة مفخخة وسط دمشق")
    assert not annotation.in_libya and "دمشق" in _event_places(annotation)
    annotation = annotate("بنغازي تشهد اشتباكات عنيفة خلفت مقتل مدنيين اثنين")
    assert annotation.in_libya


def test_armed_group_holding_people_is_no_routine_for_goods_in_the_speakers_title():
    # «رئيس جامعة ... لتجارة السلع»: the goods are in the speaker's title, the drivers held by an armed group
    text = ("قال رئيس الجامعة الجهوية لتجارة السلع بمدنين إن مجموعة مسلحة تحتجز منذ الأحد 12 سائقا تونسيا "
            "في بلدة الجميل غرب ليبيا.")
    annotation = annotate(text)
    assert "arbitrary_detention" in _types(annotation)
    assert annotation.in_libya


def test_goods_seized_at_a_gate_stay_routine():
    # look-alike: the police seize goods and hold their carrier, no armed group
    annotation = annotate("حجزت وحدات الديوانة بمدنين سلعا مهربة واحتجزت سائق الشاحنة لمدة ساعات.")
    assert "arbitrary_detention" not in _types(annotation)


def test_armed_group_that_storms_then_holds_staff():
    # «أن مجموعة مسلحة اقتحمت ... واحتجزت»: the detention verb joined to the group's raid, its subject further back;
    # the captors' demand for a release («مطالبة بإطلاق سراح») and staff «بخير» end nothing
    text = ("اقتحام مقر شركة تونسية في مصراتة\n"
            "أفاد مصدر دبلوماسي أن مجموعة مسلحة اقتحمت مساء أمس مقر شركة مقاولات تونسية في مصراتة واحتجزت ستة "
            "من مهندسيها، مطالبة بإطلاق سراح أحد عناصرها الموقوف. وأضاف أن المهندسين بخير.")
    annotation = annotate(text)
    assert annotation.incidents
    assert annotation.in_libya


def test_armed_group_as_the_object_holds_nobody():
    # look-alike: the police arrest an armed group and hold its weapons
    annotation = annotate("اعتقلت قوة أمنية مجموعة مسلحة في غريان واحتجزت أسلحتها بعد مداهمة مخزن.")
    assert "arbitrary_detention" not in _types(annotation)


def test_hostages_released_unhurt_stay_no_incident():
    # look-alike: a release that happened, then «بخير»: a release story
    text = ("الإفراج عن ستة مهندسين تونسيين في مصراتة\n"
            "أفرجت مجموعة مسلحة مساء أمس عن ستة مهندسين تونسيين كانت احتجزتهم قبل أسبوع، وأكدت الخارجية أنهم بخير.")
    assert not annotate(text).incidents
