"""Arabic pass 78 (tune78): injured and killed counts in Libyan posts and news, with sentences written for these tests
(docs/labelling.md, the section "Arabic pass 78 (tune78): injured and killed counts in Libyan posts and news"). Each
test has a look-alike that must not change."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- «N إصابات منها اثنتان قاتلتان»: casualties, some of them fatal (the settled answer: killed and injured apart) -------


def test_casualties_some_of_them_fatal_are_split_into_killed_and_injured() -> None:
    result = _pred("سجل مستشفى مصراتة المركزي ست إصابات بين المارة، بينها ثلاث قاتلة، إثر تبادل لإطلاق النار في حي "
                   "الزروق مساء الجمعة.")
    assert result["is_incident"] and result["killed"] == 3 and result["injured"] == 3
    assert "killing" in result["incident_types"]
    result = _pred("أعلن مستشفى الخمس تسجيل أربع إصابات، إحداها قاتلة، جراء سقوط قذائف على حي سكني بالمدينة.")
    assert result["killed"] == 1 and result["injured"] == 3
    # guard: a share that is serious, not fatal, keeps every casualty among the injured
    result = _pred("سجل مستشفى مصراتة المركزي ست إصابات بين المارة، بينها ثلاث خطيرة، إثر تبادل لإطلاق النار في حي "
                   "الزروق مساء الجمعة.")
    assert result["injured"] == 6 and result["killed"] is None


# --- «شهيد وجريحان»: the martyr-and-wounded toll of a family or a neighbourhood page ----------------------------------


def test_a_martyr_and_wounded_toll_counts_one_killed() -> None:
    result = _pred("شهيد وجريحان الليلة في وادي الربيع، قذيفة عشوائية سقطت على بيت جيراننا. ربي يرحمه ويشفي المصابين.")
    assert result["is_incident"] and result["killed"] == 1 and result["injured"] == 2
    assert "killing" in result["incident_types"]
    result = _pred("شهيد وجريح في سقوط قذيفة على سيارة مدنية بطريق المطار جنوب طرابلس.")
    assert result["killed"] == 1 and result["injured"] == 1
    # guard: a school named after a martyr is no death
    result = _pred("افتتحت بلدية سوق الجمعة اليوم مدرسة الشهيد سالم الفيتوري بعد صيانتها، بحضور أولياء الأمور.")
    assert not result["is_incident"] and result["killed"] is None


# --- «ثلاثة من عائلة واحدة أصيبوا»: the people told as members of one family, then their verb -------------------------


def test_members_of_one_family_before_their_wound_verb_are_counted() -> None:
    result = _pred("أربعة من أسرة واحدة أصيبوا بحروق وشظايا عندما سقطت قذيفة على بيتهم في عين زارة فجر اليوم.")
    assert result["is_incident"] and result["injured"] == 4
    result = _pred("خمسة من عيلة وحدة انصابوا البارح بشظايا قذيفة طاحت على حوشهم في السواني.")
    assert result["injured"] == 5
    # guard: relatives who speak are no casualties; the one hurt stays one
    result = _pred("أصيب شاب بطلق ناري في جنزور مساء أمس، وقال اثنان من أسرة الشاب إن الشرطة لم تحضر إلى المكان.")
    assert result["injured"] == 1


# --- «طفلة عمرها 8 سنوات مصابة برصاصة»: a victim's age between her and the wound word --------------------------------


def test_an_age_between_the_victim_and_the_wound_word_keeps_one_injured() -> None:
    result = _pred("استقبل مستشفى الجلاء مساء اليوم طفلا عمره 10 سنوات مصابا بشظية في رأسه جراء سقوط قذيفة على حي "
                   "الهواري.")
    assert result["is_incident"] and result["injured"] == 1
    result = _pred("وصلت إلى قسم الطوارئ فتاة عمرها 14 عاما مصابة برصاصة طائشة في ساقها أثناء حفل زفاف في ترهونة.")
    assert result["injured"] == 1
    # guard: children told with their ages in a plural stay uncounted (a bare plural)
    result = _pred("استقبل مستشفى الجلاء أطفالا أعمارهم بين 5 و9 سنوات مصابين بشظايا جراء سقوط قذيفة على حي الهواري.")
    assert result["injured"] is None


# --- «أربع حالات إصابة»: four cases, not «ربع حالات» (a quarter of the cases, a report's share) ------------------------


def test_four_cases_received_by_a_hospital_are_not_a_quarter_of_cases() -> None:
    result = _pred("استقبل قسم الطوارئ بمستشفى الزاوية مساء أمس أربع حالات إصابة بطلقات نارية جراء رماية عشوائية في حي "
                   "الحرشة.")
    assert result["is_incident"] and result["injured"] == 4
    result = _pred("نقلت سيارات الإسعاف أربع حالات إصابة بشظايا إلى مستشفى صبراتة بعد سقوط قذيفة على سوق الخضار.")
    assert result["is_incident"]
    # guard: «ربع حالات القتل»: a report's share of the killings stays a statistic
    result = _pred("قالت المنظمة في تقريرها السنوي إن ربع حالات القتل المسجلة في البلاد وقعت في طرابلس.")
    assert not result["is_incident"]


# --- «نقلوا إلى مركز طبرق الطبي»: a Libyan medical centre is a hospital -------------------------------------------------


def test_people_taken_to_a_medical_centre_are_counted_as_cared_for() -> None:
    result = _pred("قال شهود إن تسعة طلاب نقلوا إلى مركز طبرق الطبي بعد اختناقهم بالغاز المسيل للدموع الذي أطلقته الشرطة "
                   "على وقفة احتجاجية.")
    assert result["is_incident"] and result["injured"] == 9
    result = _pred("أفادت مصادر محلية بأن ستة متظاهرين نقلوا إلى المركز الطبي بالمدينة بعد اختناقهم بالغاز المسيل "
                   "للدموع في ساحة الشهداء بالزاوية.")
    assert result["injured"] == 6
    # guard: taken to a police station is no care (those held are no count of the hurt)
    result = _pred("قال شهود إن تسعة طلاب نقلوا إلى مركز الشرطة بعد اختناقهم بالغاز المسيل للدموع الذي أطلقته الشرطة "
                   "على وقفة احتجاجية.")
    assert result["injured"] is None


# --- a headline's «الاختناق بالغاز» (a gas leak's words) over a body that tells tear gas fired -------------------------


def test_tear_gas_told_in_the_body_is_not_framed_as_a_gas_accident() -> None:
    result = _pred("إسعاف 9 متظاهرين من الاختناق بالغاز في الزاوية\nقال شهود إن تسعة متظاهرين نقلوا إلى المستشفى إثر "
                   "اختناقهم بالغاز المسيل للدموع الذي أطلقته قوة أمنية لتفريق وقفة احتجاجية صباح الأحد.")
    assert result["is_incident"] and "injury" in result["incident_types"] and result["injured"] == 9
    # guard: a gas leak at home stays an accident
    result = _pred("إسعاف 5 أفراد من أسرة من الاختناق بالغاز في الزاوية\nقال جهاز الإسعاف إن خمسة أفراد من أسرة واحدة "
                   "نقلوا إلى المستشفى إثر اختناقهم بالغاز المنبعث من مدفأة داخل منزلهم.")
    assert not result["is_incident"]


# --- a first-aid course names the wounds it teaches to treat, nobody hurt --------------------------------------------


def test_a_first_aid_course_is_no_injury() -> None:
    result = _pred("فرع الهلال الأحمر في غريان\nأنهى 40 شابا وشابة دورة الإسعافات الأولية التي نظمها الفرع، وتعلموا فيها "
                   "التعامل مع الحروق والجروح والنزيف. نشكر كل من ساهم في إنجاحها.")
    assert not result["is_incident"] and result["injured"] is None
    # guard: volunteers hurt while giving first aid are hurt
    result = _pred("أصيب ثلاثة متطوعين من الهلال الأحمر بشظايا أثناء تقديم الإسعافات الأولية للجرحى في ترهونة مساء أمس.")
    assert result["is_incident"] and result["injured"] == 3


# --- «عثر على شاب منتحرا»: found having taken his own life (a suicide: no incident, its count kept) -------------------


def test_someone_found_having_killed_themselves_is_no_killing() -> None:
    result = _pred("وجد شاب في العشرينات من عمره منتحرا شنقا داخل ورشته في زليتن صباح الخميس، وفتحت الشرطة تحقيقا في "
                   "سبب الوفاة.")
    assert not result["is_incident"] and result["killed"] == 1
    result = _pred("عثر على فتاة منتحرة في غرفتها بمدينة الكفرة، وفتحت النيابة تحقيقا في أسباب الوفاة.")
    assert not result["is_incident"] and result["killed"] == 1
    # guard: found killed by gunfire is a killing
    result = _pred("عثر على شاب مقتولا بالرصاص داخل ورشته في زليتن صباح الخميس، وفتحت الشرطة تحقيقا في الحادثة.")
    assert result["is_incident"] and "killing" in result["incident_types"]


# --- «وطفلاهما»: the two children of a couple just named are children ---------------------------------------------------


def test_the_two_children_of_a_couple_are_children() -> None:
    result = _pred("قتل رجل وامرأة وطفلاهما إثر سقوط قذيفة على منزلهم في منطقة قصر بن غشير فجر الأحد.")
    assert result["killed"] == 4 and "children" in result["victim_categories"]
    result = _pred("أصيب سائق وزوجته وأطفالهما الثلاثة بشظايا قذيفة سقطت على سيارتهم في طريق المطار.")
    assert "children" in result["victim_categories"]
    # guard: the couple alone has no child
    result = _pred("قتل رجل وامرأة إثر سقوط قذيفة على منزلهما في منطقة قصر بن غشير فجر الأحد.")
    assert "children" not in result["victim_categories"]


# --- «وفاة أحد الجرحى الثلاثة»: one of the wounded died later (killed 1, the others still hurt) ---------------------------


def test_one_of_the_wounded_dying_later_moves_one_from_injured_to_killed() -> None:
    result = _pred("أعلن مستشفى مصراتة المركزي وفاة أحد المصابين الأربعة الذين أصيبوا برصاص عشوائي في سوق الخضار أمس، "
                   "متأثرا بجروحه.")
    assert result["is_incident"] and result["killed"] == 1 and result["injured"] == 3
    result = _pred("توفي اليوم أحد جرحى القصف الذي طال حي الأندلس بطرابلس الأسبوع الماضي.")
    assert result["killed"] == 1
    # guard: a visit to one of the wounded is no death
    result = _pred("زار عميد البلدية أحد المصابين الأربعة الذين أصيبوا برصاص عشوائي في سوق الخضار أمس.")
    assert result["killed"] is None


# --- «العجايز»: old people in a Libyan post -------------------------------------------------------------------------


def test_old_people_told_by_the_plural_of_ajouz_are_elderly() -> None:
    result = _pred("صفحة أهالي حي السلماني\nالليلة الغاز المسيل للدموع دخل الحوش، وانصابوا زوز عجايز وطفل بالاختناق وهما "
                   "توا في المستشفى بعد ما رمته الشرطة على الشباب.")
    assert result["is_incident"] and "elderly" in result["victim_categories"]
    result = _pred("أصيبت ثلاث من العجائز بحروق عندما سقطت قذيفة على دار رعاية في طرابلس.")
    assert "elderly" in result["victim_categories"]
    # guard: no old people named, none tagged
    result = _pred("أصيب ثلاثة شبان بحروق عندما سقطت قذيفة على ورشة في طرابلس.")
    assert "elderly" not in result["victim_categories"]


# --- «حي الجيزة البحرية بسرت»: a district named like a place abroad, placed by «ب» + a Libyan city -----------------------


def test_a_district_placed_in_a_libyan_city_is_in_libya() -> None:
    result = _pred("انفجرت قذيفة من مخلفات الحرب في حي الجيزة البحرية بسرت، ما أدى إلى إصابة طفلين بشظايا.")
    assert result["is_incident"] and result["in_libya"] is True
    # guard: the same district placed in Cairo stays in Egypt
    result = _pred("انفجرت قذيفة من مخلفات الحرب في حي الجيزة بالقاهرة، ما أدى إلى إصابة طفلين بشظايا.")
    assert result["in_libya"] is False


def test_a_martyr_and_a_number_of_wounded_counts_both() -> None:
    # «شهيد و3 جرحى», «شهيدين وتلاتة جرحى»: the wounded told by a number after the martyrs
    result = _pred("شهيد و3 جرحى في قصف عشوائي على حي الفرناج الليلة.")
    assert result["killed"] == 1 and result["injured"] == 3 and "killing" in result["incident_types"]
    result = _pred("شهيدين وتلاتة جرحى في قذيفة طاحت على حوش في عين زارة.")
    assert result["killed"] == 2 and result["injured"] == 3
    # guard: a martyr's name and a number of the wounded of another story stay apart
    result = _pred("زار وفد من كتيبة الشهيد و3 مسؤولين مستشفى الجلاء اليوم.")
    assert result["killed"] is None
