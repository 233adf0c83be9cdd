"""Counts on real news, seventh pass (ASND / ANS / AFND train; docs/labelling.md): kinds of Arabic news phrasing the
real training items showed, each in sentences of our own."""

from nlp.annotate import annotate


def _counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "ar", "2026-05-10")
    return annotation.killed, annotation.injured


def test_infections_in_an_epidemic_bulletin_are_no_casualties() -> None:
    # «إصابة» of a disease: the bulletin's words («الوبائية», «السلالة», «يوميا») name no casualty of violence
    assert _counts("وسجلت وزارة الصحة 145 إصابة خلال اليوم الأخير في ظل تراجع الحالة الوبائية بالبلاد.") == (None, None)
    assert _counts("أكد المدير أن الإصابات الأربع بالسلالة الجديدة تعود لعمال في ورشة بناء.") == (None, None)
    assert _counts("وقال الطبيب إن بلدا مجاورا سجل 900 إصابة يوميا خلال الأسبوع الماضي.") == (None, None)
    # a violent injury beside it still counts
    assert _counts("أصيب 4 أشخاص بجروح في شجار بحي شعبي.") == (None, 4)


def test_a_definite_victim_before_taarrada_is_one() -> None:
    assert _counts("قطار يصدم رجلا في محطة بالعاصمة. الضحية تعرض لإصابات بليغة ونقل إلى المستشفى.") == (None, 1)
    assert _counts("انقلاب جرار بمزرعة. السائق تعرض لإصابة خطيرة في الرأس.") == (None, 1)


def test_a_body_found_is_one_dead() -> None:
    assert _counts("العثور على جثة امرأة في غابة قرب المدينة") == (1, None)
    assert _counts("انتشال جثة أكبر صياد في الميناء بعد غرق قاربه") == (1, None)
    assert _counts("تم العثور على جثة داخل مستودع مهجور بضواحي المدينة") == (1, None)
    # plural bodies stay unknown; a number is read as before
    assert _counts("العثور على جثث في مقبرة جماعية قرب القرية") == (None, None)
    assert _counts("العثور على جثث 4 مهاجرين على الشاطئ") == (4, None)
    # a suicide is no casualty
    assert _counts("العثور على جثة كهل انتحر شنقا داخل منزله") == (None, None)


def test_a_single_terrorist_neutralised_is_one() -> None:
    # the army bulletins' «القضاء على» / «تحييد»: one fighter killed (counted whatever his status)
    assert _counts("تمكنت وحدات الجيش من القضاء على إرهابي خلال عملية تمشيط بالجبل") == (1, None)
    assert _counts("قضت وحدات الجيش على إرهابي مسلح في كمين بالولاية") == (1, None)
    # «الإرهاب» (the abstract) and an attack called terrorist count nobody
    assert _counts("أكد الوزير عزم الدولة على القضاء على الإرهاب في المنطقة") == (None, None)


def test_victims_of_fraud_are_not_dead() -> None:
    assert _counts("وتمت معالجة القضية بعد شكاوى الضحايا البالغ عددهم 15 شخصا.") == (None, None)
    assert _counts("وقع 30 ضحية في فخ عملية نصب واحتيال لتنظيم رحلات.") == (None, None)
    # victims of an attack are still counted
    assert _counts("ارتفع عدد ضحايا الهجوم على السوق إلى 12 قتيلا.") == (12, None)


def test_each_injured_person_listed_by_its_own_trigger_counts() -> None:
    # civil-protection reports list each victim with its own «إصابة»
    assert _counts("وأدى الانفجار إلى إصابة شخص بحروق في الوجه، وإصابة امرأة بكسور في الرجل وإصابة طفل بجروح طفيفة.") == (
        None, 3)
    assert _counts("خلف الحادث مقتل شاب ومقتل سائق الشاحنة.") == (2, None)
    # one victim told twice is still one
    assert _counts("إصابة شاب بجروح في شجار، ونقل الشاب المصاب إلى المستشفى.") == (None, 1)


def test_a_wounded_man_killed_is_no_injured() -> None:
    # «قتل جريحا»: the wounded man is the one killed, no injured is counted
    assert _counts("جندي يقتل جريحا ملقى على الأرض في الخليل") == (1, None)
