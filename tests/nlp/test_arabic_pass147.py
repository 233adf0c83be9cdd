"""Arabic pass 147 (tune147: actors named every way in Libyan outlet and official pages): our own sentences, other
names, towns and wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _names(text: str) -> list[str]:
    return [a.name for a in annotate(text).actors]


def test_council_town_closes_the_name_before_a_nisba_looking_word():
    # «المجلس البلدي + a town that ends like a nisba» then such a word («الضحية»): the town ends the name
    text = "قتلت امرأة برصاص مسلحين في العزيزية مساء أمس، ونعى المجلس البلدي العزيزية الضحية داعيا إلى ملاحقة الجناة"
    names = _names(text)
    assert "المجلس البلدي العزيزية" in names
    assert not any("الضحية" in n for n in names)


def test_council_town_look_alikes_keep_their_district():
    # the look-alike: a district word after the town is still the council's (pass 53), and a plain word stops as before
    assert "المجلس البلدي طرابلس المركز" in _names("وأعلن المجلس البلدي طرابلس المركز الحداد ثلاثة أيام")
    assert "المجلس البلدي مصراتة" in _names("ونعى المجلس البلدي مصراتة الشاب داعيا إلى التحقيق")


def test_gunmen_with_two_adjectives_are_one_group():
    # «مسلحين مجهولين ملثمين»: the unnamed gunmen written whole, no stray «ملثمين»
    names = _names("قتل تاجر ماشية أمام منزله في العجيلات بعد أن أطلق عليه مسلحين مجهولين ملثمين عدة رصاصات")
    assert "مسلحين مجهولين ملثمين" in names
    assert "ملثمين" not in names
    names = _names("اختطف مسلحون ملثمون مجهولون طبيبا من عيادته في صرمان واقتادوه إلى جهة مجهولة")
    assert "مسلحون ملثمون مجهولون" in names


def test_gunmen_told_again_with_one_more_adjective_are_both_listed():
    # «برصاص مسلحين مجهولين» then «مسلحين مجهولين ملثمين»: two descriptions of the same people, both in the form written
    text = ("قتل بائع خضار برصاص مسلحين مجهولين في سوق العجيلات، وقال شاهد إن مسلحين مجهولين ملثمين نزلوا من "
            "سيارة وأطلقوا عليه النار")
    names = _names(text)
    assert "مسلحين مجهولين" in names
    assert "مسلحين مجهولين ملثمين" in names


def test_gunmen_one_adjective_look_alike():
    # the look-alike: one adjective stays as listed, and armed men counted one by one keep their form
    assert "مسلحون ملثمون" in _names("قتل مسلحون ملثمون حارسا ليليا في مخزن بمدينة الخمس")
    assert "عنصرين مسلحين" in _names("اقتاد عنصرين مسلحين ملثمين الناشط إلى جهة مجهولة في سرت")


def test_harmed_share_of_a_group_is_no_actor():
    # «إصابة أربعة من المسلحين», «لم يصب أي من الحراس»: the group a share of was hurt (or not) is no perpetrator
    text = ("قتل عامل نظافة برصاصة طائشة خلال اشتباكات في العجيلات، وأسفرت المواجهات أيضا عن إصابة أربعة من "
            "المسلحين نقلوا إلى المستشفى")
    assert "المسلحين" not in _names(text)
    text = ("سقطت قذيفة على مستوصف في ككلة فجر الأحد ودمرت غرفتين، ولم يصب أي من الحراس بحسب إدارة "
            "المستوصف")
    assert "الحراس" not in _names(text)


def test_harmed_share_look_alikes():
    # the look-alike: a share told as the doers, and a named body after the share, stay actors
    text = "قتل راع في ضواحي مزدة، وقال شهود إن أربعة من المسلحين أطلقوا النار عليه"
    assert "المسلحين" in _names(text)
    assert "قوات الأمن الجزائرية" in _names("اختطاف 5 من قوات الأمن الجزائرية قرب الحدود وجماعة تعلن مسؤوليتها")


def test_municipality_short_form_beside_its_council():
    # «بلدية X:» in a headline, «المجلس البلدي X» in the text: one body, the council's form
    text = "بلدية نالوت: صيانة خزان المياه\nقال المجلس البلدي نالوت إن أعمال صيانة الخزان تبدأ الأسبوع المقبل"
    names = _names(text)
    assert "المجلس البلدي نالوت" in names
    assert "بلدية نالوت" not in names


def test_municipality_of_another_town_stays():
    # the look-alike: another town's municipality is another body
    text = "بلدية نالوت: صيانة خزان المياه\nقال المجلس البلدي كاباو إن أعمال صيانة الخزان تبدأ الأسبوع المقبل"
    names = _names(text)
    assert "بلدية نالوت" in names
    assert "المجلس البلدي كاباو" in names


def test_sector_office_is_a_body():
    # «مراقبة التعليم + town»: a Libyan municipality's education office, with its town as written
    assert "مراقبة التعليم بالعجيلات" in _names("وأعلنت مراقبة التعليم بالعجيلات تعليق الدراسة يومين بعد القصف")
    assert "مراقبة التعليم مزدة" in _names("وقالت مراقبة التعليم مزدة إن المدرسة كانت خالية")
    assert "مراقبة الشؤون الاجتماعية في درنة" in _names("وقالت مراقبة الشؤون الاجتماعية في درنة إنها ستتكفل بالأسرة")


def test_monitoring_is_no_body():
    # the look-alike: «مراقبة» as the act of monitoring, or the office named again, is no actor
    names = _names("وطالب الاتحاد الأوروبي بتعزيز مراقبة الحدود الجنوبية لليبيا")
    assert not any(n.startswith("مراقبة") for n in names)
    assert not any(n.startswith("المراقبة") for n in _names("وأعلنت المراقبة تعليق الدراسة في المدرسة"))


def test_attack_on_a_crew_carrying_an_accident_victim_is_an_incident():
    # «أثناء نقل مصاب في حادث سير»: the crew's errand; the harm told is the assault on them
    text = ("اعتداء على مسعفين في زليتن\nتعرض مسعفان للضرب على يد أقارب مريض في زليتن مساء الجمعة، أثناء نقل مصاب "
            "في حادث مرور إلى المستشفى، وأصيب أحدهما بجروح في الرأس")
    assert annotate(text).is_incident


def test_accident_on_the_errand_itself_stays_an_accident():
    # the look-alike: the crew's own accident, or carrying an accident's victim with no assault, is no incident
    text = "أصيب سائق إسعاف بجروح أثناء نقل مصاب في حادث سير بعد انقلاب سيارة الإسعاف قرب مسلاتة"
    assert not annotate(text).is_incident
    text = "نقل الهلال الأحمر مصابا في حادث سير إلى مستشفى مسلاتة، وأصيب السائق بجروح طفيفة"
    assert not annotate(text).is_incident
