"""Arabic pass (tune37): incidents told indirectly and victim categories, with sentences written for these tests
(docs/labelling.md, the section "Arabic pass (tune37): incidents told indirectly, victim categories")."""

from nlp.evaluate import predict


def _read(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- missed incidents --------------------------------------------------------------------------------------------


def test_a_family_that_lost_contact_with_its_son_reports_a_disappearance() -> None:
    read = _read("قالت أسرة من ترهونة إنها فقدت الاتصال بابنها منذ المواجهات المسلحة في الشهر الماضي، وإن هاتفه مغلق.")
    assert read["is_incident"] and "enforced_disappearance" in read["incident_types"]


def test_a_car_burnt_by_unknown_men_is_an_attack_even_after_threats() -> None:
    read = _read("أحرق مجهولون سيارة الناشطة سعاد أمام بيتها في مصراتة ليلة الجمعة، بعد أسبوع من تلقيها تهديدات.")
    assert read["is_incident"] and "attack_on_property_or_infrastructure" in read["incident_types"]
    assert {"activists", "women"} <= set(read["victim_categories"])
    # guard: threats told as the sentence's own news stay a warning, no attack
    read = _read("قال الناشط إنه تلقى تهديدات بإحراق سيارته في الأيام الماضية.")
    assert not read["is_incident"]


# --- non-incidents sharing the vocabulary ------------------------------------------------------------------------


def test_a_missing_child_found_safe_is_no_disappearance() -> None:
    read = _read("أعلن مركز شرطة غريان العثور على الطفلة سارة (7 سنوات) سالمة بعد يوم من فقدانها قرب السوق.")
    assert not read["is_incident"]
    # guard: a rescue of migrants and a release stay non-incidents too
    assert not _read("أعلن الهلال الأحمر إنقاذ 20 مهاجرا من الغرق قبالة زوارة وهم على قيد الحياة.")["is_incident"]


def test_a_team_winning_by_three_goals_kills_nobody() -> None:
    read = _read("النصر يذبح الهلال بثلاثية في بنغازي")
    assert not read["is_incident"]


# --- victim categories -------------------------------------------------------------------------------------------


def test_an_ambulance_driver_shot_is_a_medic() -> None:
    read = _read("أصيب سائق سيارة إسعاف بجروح بعد أن أطلق مسلحون النار عليه قرب مزدة.")
    assert read["is_incident"] and "medics" in read["victim_categories"]


def test_a_woman_blogger_held_is_a_woman_and_an_activist() -> None:
    read = _read("قالت عائلة المدونة أسماء إن مسلحين اعتقلوها من منزلها في درنة دون أي تهمة.")
    assert {"activists", "women"} <= set(read["victim_categories"])
