"""Jawhara-style pass 3 (tune18): what a lead says (counts, victim categories, actors) in Jawhara FM-style Arabic
articles; one test per kind of error, with sentences written for these tests (docs/labelling.md, the section
"Jawhara-style pass 3 (tune18): counts, victims, actors")."""

from tests.nlp.jawhara_reading import rules_annotation


def _injured(text: str) -> int | None:
    return rules_annotation(text).casualties()[1]


# --- counts ------------------------------------------------------------------------------------------------------


def test_a_dual_passive_verb_counts_two_named_victims() -> None:
    text = ("سرت: الاعتداء على طاقم إذاعة محلية\n"
            "وأكدت النقابة أن المذيع سالم والتقني عادل أصيبا بكدمات بعد الاعتداء عليهما أمام مقر الإذاعة. ")
    assert _injured(text) == 2


def test_one_victim_taken_to_hospital_wounded_is_one_injured() -> None:
    text = ("مدنين: شاب يتهم جاره بالاعتداء عليه\n"
            "أفاد مصدر طبي أن عاملا فلاحيا في الأربعين نقل ليلة أمس إلى المستشفى الجهوي مصابا بجرح في الرأس. ")
    assert _injured(text) == 1


def test_eleven_wounded_in_the_accusative_is_still_a_number() -> None:
    text = ("سبها: 11 مصابا في اشتباكات بحي الناصرية\n"
            "أعلن المستشفى أنه استقبل 11 مصابا في الاشتباكات التي اندلعت أمس. ")
    assert _injured(text) == 11


# --- victim categories --------------------------------------------------------------------------------------------


def _categories(text: str) -> set[str]:
    return {c for i in rules_annotation(text).incidents for c in i.victim_categories}


def test_two_ages_joined_by_and_make_children() -> None:
    text = ("بني وليد: وفاة ولدين في انفجار لغم\n"
            "توفي ولدان يبلغان من العمر 9 و13 عاما مساء أمس إثر انفجار لغم أرضي قرب مزرعة العائلة. ")
    assert "children" in _categories(text)


def test_an_ordinal_and_its_tens_make_an_elderly_age() -> None:
    text = ("طعن ثلاثة أشخاص في سوق بليون\n"
            "أصيب ثلاثة أشخاص بطعنات في سوق شعبي، ومن بين المصابين رجل في الثامنة والستين من عمره. ")
    assert "elderly" in _categories(text)


def test_an_age_under_sixty_five_is_no_elderly_word() -> None:
    text = ("قفصة: مقتل رجل في شجار\n"
            "قتل كهل في الخامسة والخمسين من عمره طعنا بسكين إثر شجار مع جاره. ")
    assert "elderly" not in _categories(text)


def test_the_reporter_a_relative_spoke_to_is_no_journalist_victim() -> None:
    text = ("جرجيس: احتجاز ثلاثة صيادين في ليبيا\n"
            "وقال شقيق أحد المحتجزين لمراسل الإذاعة إن الصيادين الثلاثة اقتيدوا إلى ميناء زوارة. ")
    assert "journalists" not in _categories(text)


def test_refugees_in_an_agency_name_are_no_migrants() -> None:
    text = ("خان يونس: قتلى في قصف مدرسة\n"
            "قتل تسعة فلسطينيين بينهم امرأتان في قصف مدرسة تابعة لوكالة غوث وتشغيل اللاجئين. ")
    assert _categories(text) >= {"women"}
    assert "migrants" not in _categories(text)


def test_the_suspect_arrested_is_no_victim() -> None:
    text = ("سوسة: الاعتداء على طفلة في حي الرياض\n"
            "تم إيقاف امرأة بشبهة الاعتداء بالعنف على طفلة في العاشرة من عمرها تقطن بنفس الحي. ")
    assert _categories(text) == {"children", "girls"}


# --- actors -------------------------------------------------------------------------------------------------------


def _actors(text: str) -> list[str]:
    return [a.name for a in rules_annotation(text).actors]


def test_a_tunisian_office_is_a_body() -> None:
    assert "الديوان الوطني للتطهير" in _actors("وأعلن الديوان الوطني للتطهير عن أشغال صيانة في شبكة المياه المستعملة.")


def test_the_defence_team_is_no_actor() -> None:
    assert _actors("وطالبت هيئة الدفاع بتأجيل الجلسة إلى موعد لاحق.") == []


def test_a_regional_body_keeps_its_town() -> None:
    names = _actors("وأصدرت المندوبية الجهوية للفلاحة بجندوبة بلاغا حول حملة التلقيح.")
    assert names == ["المندوبية الجهوية للفلاحة بجندوبة"]


def test_a_unit_keeps_its_neighbourhood() -> None:
    assert _actors("وتم الاحتفاظ بالشاب في مركز الأمن بحي الزهور طيلة ليلة كاملة.") == ["مركز الأمن بحي الزهور"]


def test_a_name_goes_on_through_its_field() -> None:
    text = "وأكد المكتب الوطني للشؤون المتعلقة بالهجرة والعمل أن الملف قيد المتابعة."
    assert _actors(text) == ["المكتب الوطني للشؤون المتعلقة بالهجرة والعمل"]


def test_twelve_written_in_words_is_twelve() -> None:
    text = ("زليتن: جرحى في انفجار مخزن للذخيرة\n"
            "وأكد مستشفى زليتن التعليمي أنه استقبل اثني عشر مصابا إثر انفجار مخزن للذخيرة قرب الحي. ")
    assert _injured(text) == 12


def test_one_dead_and_one_wounded_in_the_accusative() -> None:
    text = ("القيروان: حصيلة شجار بالأسلحة البيضاء\n"
            "خلف شجار بالأسلحة البيضاء بين شبان من حيين متجاورين قتيلا وجريحا ليلة أمس. ")
    assert rules_annotation(text).casualties()[:2] == (1, 1)


def test_a_beating_with_no_wound_stated_has_no_injured_count() -> None:
    text = ("باجة: الاعتداء على عمال نظافة\n"
            "اعتدى شبان بالضرب على ثلاثة عمال نظافة قرب السوق البلدي بباجة ليلة أمس قبل أن يلوذوا بالفرار. ")
    assert _injured(text) is None


def test_a_nisba_plural_agrees_with_a_broken_plural_of_people() -> None:
    assert _actors("ونددت جمعية النساء الحقوقيات بالاعتداء.") == ["جمعية النساء الحقوقيات"]
    assert _actors("وأصدرت نقابة التجار الجزائريين بيانا.") == ["نقابة التجار الجزائريين"]


def test_a_local_league_keeps_its_town() -> None:
    assert _actors("وطالبت رابطة البحارة بقليبية بفتح تحقيق.") == ["رابطة البحارة بقليبية"]


def test_companions_of_patients_are_no_disease() -> None:
    text = ("درنة: قتلى وجرحى في قصف مستوصف\n"
            "قتل أربعة أشخاص بينهم مرافقان لمرضى وأصيب تسعة آخرون في قصف استهدف مستوصفا بالمدينة. ")
    assert rules_annotation(text).casualties()[:2] == (4, 9)


def test_a_wounded_patient_brought_in_is_no_victim() -> None:
    text = ("غريان: اقتحام قسم الاستعجالي\n"
            "اقتحم مسلحون قسم الاستعجالي بمستشفى غريان رفقة مريض مصاب بطلق ناري وهددوا الأطباء بالسلاح. ")
    assert _injured(text) is None


def test_two_egyptian_workers_taken_are_migrants() -> None:
    text = ("صبراتة: خطف ثلاثة عمال\n"
            "اختطف مسلحون مجهولون عاملا تونسيا رفقة عاملين مصريين من مزرعة قرب صبراتة. ")
    assert "migrants" in _categories(text)


def test_a_woman_photographer_is_a_woman() -> None:
    text = ("الاعتداء على مصورة أثناء تغطية وقفة\n"
            "تعرضت مصورة صحفية لاعتداء بالعنف أثناء تغطيتها وقفة احتجاجية أمام البرلمان أمس. ")
    assert _categories(text) >= {"journalists", "women"}


def test_the_one_who_attacked_is_no_victim() -> None:
    text = ("المهدية: الاعتداء على معلم\n"
            "تعرض معلم بمدرسة ابتدائية إلى اعتداء بآلة حادة من قبل تلميذ يدرس بالسنة السادسة. ")
    assert "children" not in _categories(text)


def test_a_decade_of_life_is_an_age() -> None:
    text = ("نابل: مقتل مسنة في منزلها\n"
            "قتلت امرأة في العقد الثامن من عمرها طعنا داخل منزلها في حي شعبي بنابل. ")
    assert _categories(text) >= {"women", "elderly"}
    adult = ("سيدي بوزيد: مقتل رجل في شجار\n"
             "قتل كهل في الأربعينات من عمره في شجار مع جاره حول قطعة أرض. ")
    assert "elderly" not in _categories(adult)


def test_a_housewife_is_a_woman() -> None:
    text = ("القصرين: وفاة ربة بيت في انفجار لغم\n"
            "توفيت ربة بيت إثر انفجار لغم أرضي قرب منزلها بجبل السلوم. ")
    assert "women" in _categories(text)


def test_a_specialised_chamber_is_named_whole() -> None:
    text = "وأجلت الدائرة الجنائية المختصة بالنظر في قضايا الفساد المالي بالمحكمة الابتدائية بصفاقس النظر في القضية."
    assert _actors(text) == ["الدائرة الجنائية المختصة بالنظر في قضايا الفساد المالي بالمحكمة الابتدائية بصفاقس"]


def test_the_services_of_a_listed_body_are_the_body() -> None:
    assert _actors("وحجزت مصالح الديوانة بقابس كمية من السجائر المهربة.") == ["الديوانة"]


def test_an_unnamed_body_keeps_its_indefinite_nationality() -> None:
    assert _actors("واحتجز التاجران لدى جهاز أمني ليبي منذ يومين دون توجيه أي تهمة.") == ["جهاز أمني ليبي"]


def test_gunmen_are_named_with_their_description() -> None:
    text = ("بنغازي: خطف ناشط من أمام منزله\n"
            "اقتاد مسلحون بزي مدني الناشط من أمام منزله إلى جهة مجهولة، وقال جيرانه إن المسلحين الملثمين "
            "كانوا على متن سيارتين. ")
    names = _actors(text)
    assert "مسلحون بزي مدني" in names and "المسلحين الملثمين" in names
    assert "الملثمين" not in names


def test_banks_and_parliaments_are_bodies() -> None:
    assert _actors("وقرر البنك المركزي التونسي الإبقاء على نسبة الفائدة.") == ["البنك المركزي التونسي"]
    assert _actors("وصادق البرلمان المالطي على الاتفاقية.") == ["البرلمان المالطي"]
    assert _actors("وحجزت الجمارك الليبية شحنة من الوقود المهرب.") == ["الجمارك الليبية"]


def test_two_definite_victims_of_one_passive_are_two() -> None:
    text = ("سرت: الاعتداء على صحفيين أثناء تغطية احتجاج\n"
            "أصيب المراسل والمصور بجروح طفيفة أثناء تغطيتهما احتجاجا أمام مقر البلدية. ")
    assert _injured(text) == 2
