"""Arabic pass (tune35): long Jawhara FM-style articles with background paragraphs and round-ups, with sentences
written for these tests (docs/labelling.md, the section "Arabic pass (tune35): long articles, places")."""

from nlp.evaluate import predict


def _read(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


def _places(text: str) -> list[str]:
    return [p["name"] for p in _read(text)["places"]]


# --- false leads ---------------------------------------------------------------------------------------------------


def test_a_coach_or_a_derby_makes_an_injury_headline_sport() -> None:
    read = _read("إصابة مهاجم الترجي تقلق المدرب قبل الداربي\nتعرض المهاجم لإصابة في الركبة خلال التمارين أمس.")
    assert not read["is_incident"]
    # guard: an injury by gunfire is still an incident
    read = _read("إصابة شاب برصاص مسلحين مجهولين في حي الأندلس بطرابلس مساء أمس.")
    assert read["is_incident"] and read["injured"] == 1


# --- counts --------------------------------------------------------------------------------------------------------


def test_a_wound_then_a_death_is_the_dead_victims_wound() -> None:
    read = _read("مقتل سائق برصاص مجهولين في سبها\nوقال مصدر أمني إن السائق أصيب برصاصتين في الرأس وفارق الحياة "
                 "في الطريق إلى المستشفى.")
    assert read["killed"] == 1 and read["injured"] is None
    # guard: a wounded man who lives is one injured
    read = _read("إطلاق نار على سائق في سبها\nوقال مصدر أمني إن السائق أصيب برصاصتين في الساق ونقل إلى المستشفى.")
    assert read["injured"] == 1


def test_a_wound_caused_to_him_is_one_injured() -> None:
    read = _read("إطلاق نار على راع في وادي الشاطئ\nأطلق مسلحون مجهولون النار على راع قرب براك، ما تسبب له في جرح "
                 "في الفخذ.")
    assert read["is_incident"] and read["injured"] == 1
    # guard: a wound caused «to them» is no single count
    read = _read("إطلاق نار على رعاة في وادي الشاطئ\nأطلق مسلحون مجهولون النار على رعاة قرب براك، ما تسبب لهم في "
                 "جروح.")
    assert read["injured"] != 1


# --- places --------------------------------------------------------------------------------------------------------


def test_towns_and_regions_of_the_neighbours_are_places() -> None:
    assert "كومرا" in _places("مقتل خمسة قرويين في هجوم لرعاة مسلحين على قرية قرب كومرا جنوب تشاد.")
    assert "شمال كردفان" in _places("قصف مدفعي على سوق في شمال كردفان يقتل ثلاثة مدنيين.")
    assert "تيبازة" in _places("فيضانات تغمر أحياء في تيبازة غرب العاصمة الجزائرية.")
    # guard: «شبرا الخيمة» is one city, not the Cairo district «شبرا» alone
    assert _places("حريق في مصنع بمدينة شبرا الخيمة شمال القاهرة.")[:1] == ["شبرا الخيمة"]


def test_a_named_prison_and_hospital_are_places() -> None:
    places = _places("وفاة موقوف داخل سجن النصر بالزاوية، ونقل جثمانه إلى مركز طبرق الطبي بطلب من أسرته.")
    assert "سجن النصر" in places and "مركز طبرق الطبي" in places


def test_a_street_named_after_a_person_keeps_the_whole_name() -> None:
    assert "شارع جمال عبد الناصر" in _places("أضرم مجهولون النار في مقهى بشارع جمال عبد الناصر في مدينة سرت.")
    # guard: a street named after a town alone stays as it was
    assert "شارع جمال" in _places("حادث مرور في شارع جمال بمدينة سوسة.")


# --- actors --------------------------------------------------------------------------------------------------------


def _actors(text: str) -> list[str]:
    return [a["name"] for a in _read(text)["actors"]]


def test_gunmen_named_by_their_uniform_or_motorbikes_are_one_actor() -> None:
    assert "مسلحين بزي رسمي" in _actors("اقتاد مسلحين بزي رسمي الناشط من منزله في مصراتة إلى جهة مجهولة.")
    assert "مسلحون على دراجات نارية" in _actors("هاجم مسلحون على دراجات نارية سوقا أسبوعية قرب تيلابيري فقتلوا سبعة "
                                                "مدنيين.")


def test_the_sahel_branch_of_the_islamic_state_is_the_registry_group() -> None:
    read = _read("تبنى تنظيم الدولة في الساحل الهجوم الذي قتل فيه عشرة قرويين في شمال بوركينا فاسو.")
    assert any(a["name"] == "تنظيم الدولة في الساحل" and a["id"] == "isis" for a in read["actors"])
