"""Arabic social posts pass (tune32): missed incidents, victim categories and actors met in Libyan social-media
posts, with sentences written for these tests (docs/labelling.md, the section "Arabic social posts pass (tune32):
missed incidents, victim categories, actors")."""

from nlp.evaluate import predict


def _read(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


def _actors(text: str) -> list[str]:
    return [a["name"] for a in _read(text)["actors"]]


# --- missed incidents --------------------------------------------------------------------------------------------


def test_a_death_notice_with_the_bullet_that_killed_is_a_killing() -> None:
    read = _read("وفاة الحاج سالم (75 سنة) بعد إصابته برصاصة طائشة أمام دكانه في سوق الجمعة. إنا لله وإنا إليه راجعون")
    assert read["is_incident"] and "killing" in read["incident_types"]
    # guard: a death notice of an old man who died of age is no killing
    assert not _read("وفاة الحاج سالم عن عمر ناهز 80 عاما في طرابلس. إنا لله وإنا إليه راجعون")["is_incident"]


def test_a_brigade_holding_a_woman_without_charge_is_a_detention() -> None:
    read = _read("ميليشيا مسلحة تحتجز المواطنة فاطمة منذ شهر في مقرها بالزاوية دون أي تهمة، حسب ما قالت عائلتها.")
    assert read["is_incident"] and "arbitrary_detention" in read["incident_types"]
    assert "women" in read["victim_categories"]


def test_a_water_line_or_a_car_blown_up_is_an_attack_on_property() -> None:
    read = _read("مسلحون مجهولون يفجرون خط نقل الغاز قرب مزدة فجر اليوم.")
    assert read["is_incident"] and "attack_on_property_or_infrastructure" in read["incident_types"]
    read = _read("تفجير سيارة الصحفي علي أمام منزله في سبها ليلة أمس، دون إصابات.")
    assert read["is_incident"] and "attack_on_property_or_infrastructure" in read["incident_types"]


# --- victim categories -------------------------------------------------------------------------------------------


def test_elder_title_names_an_elderly_victim() -> None:
    read = _read("مسلحون يعتدون بالضرب على الحاجة زينب داخل بيتها في غريان ويسرقون ذهبها.")
    assert {"elderly", "women"} <= set(read["victim_categories"])
    # guard: «الحاجة إلى» is the need for, no elder
    read = _read("مسلحون يعتدون بالضرب على شاب في غريان، والأهالي يؤكدون الحاجة إلى الأمن.")
    assert "elderly" not in read["victim_categories"]


def test_a_wife_joined_to_the_man_killed_is_a_woman_victim() -> None:
    read = _read("مسلحون يطلقون النار على سيارة في ورشفانة ما أدى إلى مقتل مواطن وزوجته.")
    assert "women" in read["victim_categories"]


def test_a_bracketed_age_makes_a_child_or_an_elderly() -> None:
    read = _read("إصابة شاب وشقيقه (14 عاما) برصاص عشوائي في حي الهواري ببنغازي.")
    assert "children" in read["victim_categories"]
    # guard: a suspect's age says nothing of the victims
    read = _read("القبض على المتهم (16 عاما) بعد طعنه شابا في سوق الخضار بمصراتة.")
    assert "children" not in read["victim_categories"]


def test_workers_of_a_migrants_country_in_the_common_spelling_are_migrants() -> None:
    read = _read("مسلحون يطلقون النار على عاملين نيجريين في مزرعة قرب سبها ويصيبونهما بجروح.")
    assert "migrants" in read["victim_categories"]


# --- actors ------------------------------------------------------------------------------------------------------


def test_a_named_brigade_keeps_its_number() -> None:
    assert "كتيبة الفجر 21" in _actors("اعتقال شابين في ورشفانة على يد عناصر كتيبة الفجر 21 بعد مداهمة منزلهما.")
    # guard: a count after the brigade is no part of its name
    assert "كتيبة الفجر 21" not in _actors("كتيبة الفجر تعتقل 21 شابا في ورشفانة بعد مداهمة منازلهم.")


def test_an_armed_unit_is_named_without_its_town() -> None:
    names = _actors("تعذيب موقوف على يد عناصر سرية الدعم الثانية في غدامس، وأسرته تطالب بالتحقيق.")
    assert "سرية الدعم الثانية" in names
    assert "سرية الدعم الثانية في غدامس" not in names


def test_a_network_named_by_its_people_is_a_body() -> None:
    assert "شبكة محامي الغرب للرصد" in _actors("وثقت شبكة محامي الغرب للرصد اعتقال ثلاثة ناشطين في الزاوية دون إذن قضائي.")
    # guard: a grid is no body
    assert not any(n.startswith("شبكة") for n in _actors("مسلحون يقتحمون محطة شبكة توزيع الكهرباء في غريان ويعتدون على الحراس."))


def test_the_man_made_river_authority_is_an_actor() -> None:
    assert "جهاز تنفيذ وإدارة مشروع النهر الصناعي" in _actors(
        "جهاز تنفيذ وإدارة مشروع النهر الصناعي يعلن تعرض إحدى آباره للتخريب من مجهولين قرب الشويرف.")


def test_a_car_set_on_fire_by_unknown_men_is_an_attack_on_property() -> None:
    read = _read("مجهولون يحرقون سيارة مدير مدرسة أمام بيته في زليتن فجر اليوم.")
    assert read["is_incident"] and "attack_on_property_or_infrastructure" in read["incident_types"]
    # guard: a car catching fire on the road is an accident
    assert not _read("احتراق سيارة على الطريق الساحلي قرب زليتن دون إصابات.")["is_incident"]


def test_the_scouts_are_a_body() -> None:
    assert "الكشافة" in _actors("بلدية زليتن تنظم حملة تشجير بمشاركة الكشافة في الحي الجامعي.")


def test_the_wounded_told_as_a_man_and_his_wife() -> None:
    read = _read("إطلاق نار على سيارة في الطريق الساحلي، وقال المستشفى إن المصابين رجل وزوجته.")
    assert "women" in read["victim_categories"]


def test_a_bracketed_age_written_with_tanween() -> None:
    read = _read("إصابة رجل وابنه (13 عاماً) برصاص طائش في حي الزهور بسرت.")
    assert "children" in read["victim_categories"]
