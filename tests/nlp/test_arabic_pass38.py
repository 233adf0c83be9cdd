"""Arabic pass (tune38): victim categories told by ages, kin, roles and nationalities, with sentences written for
these tests (docs/labelling.md, the section "Arabic pass (tune38): victim categories")."""

from nlp.evaluate import predict


def _cats(text: str) -> set[str]:
    return set(predict({"text": text, "lang": "ar"})["victim_categories"])


# --- women told by a feminine role, kin or age -------------------------------------------------------------------


def test_a_woman_paramedic_and_a_woman_teacher_are_women() -> None:
    assert {"medics", "women"} <= _cats("أصيبت مسعفة بجروح عندما أطلق مسلحون النار على سيارة إسعاف في سرت.")
    assert "women" in _cats("أصيبت معلمة بجروح في رأسها بعد أن اقتحم مسلحون مدرسة في صبراتة.")


def test_a_wife_hurt_in_a_feminine_passive_is_a_woman() -> None:
    cats = _cats("قتل لصوص رجلا داخل بيته في الأصابعة، وأصيبت زوجته بجروح في يدها ونقلت إلى المستشفى.")
    assert "women" in cats
    # guard: a man's wife who only speaks is no victim
    assert "women" not in _cats("قتل مسلحون رجلا في الأصابعة، وقالت زوجته إنه تلقى تهديدات.")


def test_an_old_woman_by_her_own_age_is_a_woman() -> None:
    cats = _cats("أصيبت عجوز في الخامسة والسبعين من عمرها بحروق بعد أن أحرق مجهولون بيتها في الجميل.")
    assert {"elderly", "women"} <= cats


def test_sisters_by_a_feminine_age_range_are_girls_and_women() -> None:
    cats = _cats("أصيبت أربع شقيقات تتراوح أعمارهن بين 13 و25 عاما عندما أطلق مسلحون النار على سيارتهن قرب الزاوية.")
    assert {"children", "girls", "women"} <= cats
    # guard: a masculine range of adults names no woman or girl
    cats = _cats("أصيب أربعة شبان تتراوح أعمارهم بين 19 و25 عاما برصاص مسلحين في الزاوية.")
    assert not cats & {"girls", "women"}


def test_a_sister_with_a_bracketed_age_is_a_girl() -> None:
    cats = _cats("أصيب الطفل علي (10 أعوام) وأخته سارة (6 أعوام) بشظايا قذيفة سقطت على بيتهما في تاجوراء.")
    assert {"children", "girls"} <= cats


def test_women_refugees_are_women_and_migrants() -> None:
    assert {"migrants", "women"} <= _cats("اختطف مسلحون خمس لاجئات إريتريات قرب بني وليد وطالبوا ذويهن بفدية.")


def test_a_camerawoman_beside_a_reporter_is_a_woman() -> None:
    assert {"journalists", "women"} <= _cats(
        "أصيب المراسل سامي الفرجاني والمصورة هند الزوي بكدمات عندما اعتدى عليهما مسلحون خلال تغطية احتجاج في سرت.")
    # guard: «مصورة» as "filmed" after a reporter's clips names no woman
    assert "women" not in _cats("نشر الصحفي مقاطع مكتوبة ومصورة عن الاعتداء على متظاهرين في سرت.")


# --- medics, migrants and children by their nouns ----------------------------------------------------------------


def test_a_pharmacist_is_a_medic() -> None:
    assert "medics" in _cats("خطف مسلحون الصيدلاني أحمد المقريف من أمام صيدليته في درنة ليلة السبت.")


def test_workers_by_nationality_in_the_nominative_and_by_country_are_migrants() -> None:
    assert "migrants" in _cats("قال عمال تشاديون إن مسلحين ضربوهم واحتجزوهم في مزرعة قرب سبها، ونقل اثنان إلى المستشفى.")
    assert "migrants" in _cats("قتل عاملان من بنغلاديش وأصيب ثلاثة عمال من بنغلاديش في هجوم مسلح على مصنع في زليتن.")


def test_a_boy_named_by_sabi_is_a_child() -> None:
    assert "children" in _cats("أصيب الصبي يوسف برصاصة طائشة خلال اشتباكات في حي الأندلس.")


# --- injured counts -----------------------------------------------------------------------------------------------


def _counts(text: str) -> tuple[int | None, int | None]:
    read = predict({"text": text, "lang": "ar"})
    return read["killed"], read["injured"]


def test_the_dead_mans_assistant_hurt_is_one_injured() -> None:
    assert _counts("لقي مزارع مصرعه وأصيب مساعده بكسور إثر انفجار لغم في حقل قرب ترهونة.") == (1, 1)
    # guard: aid («مساعدات») arriving after a death is nobody hurt
    assert _counts("مقتل سائق برصاص مسلحين قرب سرت ووصول مساعدات إلى المدينة.")[1] is None


def test_care_after_a_torture_sentence_gives_the_injured() -> None:
    text = ("قال رعاة إن مسلحين احتجزوهم أسبوعا في وادي قرب أوباري وعذبوهم بالكهرباء لإجبارهم على رعي ماشيتهم. "
            "ونقل ثلاثة منهم إلى مستشفى أوباري بحروق بعد أن تمكنوا من الهرب.")
    assert _counts(text)[1] == 3


def test_a_gang_is_no_wound_so_the_hospitalised_count_replaces_the_beaten() -> None:
    text = ("تعرض ستة عمال تشاديين للضرب والسرقة على يد عصابة مسلحة اقتحمت سكنهم قرب غات ليلة السبت. "
            "ونقل اثنان منهم إلى مستشفى غات مصابين بكسور.")
    assert _counts(text)[1] == 2
