"""English news pass 15 (docs/labelling.md, "English news pass 15 (tune36en): incidents told indirectly, victim
categories"), checked on our own sentences (written by the rasad team; no real events)."""

from nlp.evaluate import predict


def _read(text: str) -> dict:
    return predict({"text": text, "lang": "en"})


def _incident(text: str) -> bool:
    return bool(_read(text)["is_incident"])


def _categories(text: str) -> set[str]:
    return set(_read(text)["victim_categories"])


# --- incidents told indirectly --------------------------------------------------------------------------------------


def test_held_for_months_without_charge_is_a_detention() -> None:
    text = ("Family says Gharyan engineer still in jail\nThe family of Salem Ghuma, a civil engineer, said he has been "
            "held for five months without charge at a prison in Gharyan. Relatives have visited him twice.")
    assert _incident(text)
    assert "arbitrary_detention" in _read(text)["incident_types"]


def test_released_without_charge_stays_no_detention_rule() -> None:
    text = ("Shop owner home after questioning\nA shop owner in Khoms was questioned at a police station on Sunday "
            "and went home the same afternoon without charge, his son said.")
    assert not _incident(text)


def test_jails_lawyer_for_years_keeps_the_lawyer_a_victim() -> None:
    text = ("Court jails rights lawyer for three years\nA court sentenced the rights lawyer Omar Fituri to three years "
            "in prison over a speech criticising prison conditions, his colleagues said.")
    assert "activists" in _categories(text)


def test_access_to_a_lawyer_names_no_activist() -> None:
    text = ("Detainees held without charge in Sirte\nFormer detainees said they were held for weeks without charge or "
            "access to a lawyer in a prison near Sirte, and were beaten by guards.")
    assert _incident(text)
    assert "activists" not in _categories(text)


def test_fishing_boat_under_fire_with_a_sailor_wounded() -> None:
    text = ("Fishermen attacked off Sabratha\nA fishing boat from Sabratha came under fire from an unidentified speedboat "
            "on Monday, wounding two fishermen, the fishermen's association said.")
    assert _incident(text)


def test_stray_bullet_wounding_a_child() -> None:
    text = ("Stray bullet in Tajoura\nA seven-year-old boy was hit by a stray bullet on the roof of his home in Tajoura "
            "while two armed groups clashed nearby, his uncle said.")
    assert _read(text)["incident_types"] == ["injury"]  # the boy was hit, not a building
    assert "children" in _categories(text)


def test_missing_since_the_fighting_is_a_disappearance() -> None:
    text = "Four shepherds from Gharyan have been missing since clashes on Friday, their families said."
    assert _incident(text)
    assert "enforced_disappearance" in _read(text)["incident_types"]


def test_missing_since_the_fighting_then_back_home_stays_no_incident() -> None:
    text = "Two brothers missing since the fighting in Tarhuna returned home safe on Sunday, their father said."
    assert not _incident(text)


def test_missing_teenager_back_home_stays_no_incident() -> None:
    text = "A teenager reported missing in Zliten on Monday returned home safe on Tuesday, police said."
    assert not _incident(text)


def test_last_seen_at_a_checkpoint_is_a_disappearance() -> None:
    text = ("Our friend Hamza, a mechanic from Sirte, was last seen at a checkpoint on the coastal road on Tuesday. "
            "Nobody answers his phone. Please share.")
    assert _incident(text)


def test_captives_shot_are_killed() -> None:
    text = ("A video shows three captured fighters, their hands tied, shot by gunmen in a field near Bani Walid. Their "
            "families identified them.")
    assert _incident(text)
    assert _read(text)["victim_status"] == "hors_de_combat"


def test_forced_strip_search_of_women() -> None:
    text = ("Women travellers say guards at a checkpoint near Ajdabiya strip searched them and forced them to undress in "
            "a room while their husbands waited outside.")
    assert "sexual_violence" in _read(text)["incident_types"]


def test_prisoners_released_stay_no_incident() -> None:
    text = ("Twenty prisoners released in Misrata\nThe Judicial Police released 20 prisoners from a Misrata prison on "
            "Sunday after they completed their sentences, the ministry said.")
    assert not _incident(text)


def test_migrants_rescued_stay_no_incident() -> None:
    text = ("Coast guard rescues 60 migrants\nThe coast guard rescued 60 migrants, most of them from Eritrea, from a "
            "rubber boat off Zuwara and took them ashore, where they received food and medical checks.")
    assert not _incident(text)


# --- victim categories ----------------------------------------------------------------------------------------------


def test_of_them_lists_the_victims() -> None:
    text = ("Grave found near Sirte\nSearch teams recovered the remains of at least six people, three of them women, "
            "from a grave near Sirte. Residents said the dead went missing while the area was held by an armed group.")
    assert "women" in _categories(text)


def test_adult_sisters_are_women() -> None:
    text = ("Two sisters, aged 22 and 26, were abducted by armed men from outside their school in Sabha on Monday, "
            "their uncle said.")
    assert _categories(text) == {"women"}


def test_young_sisters_are_girls() -> None:
    text = "Two sisters, aged 6 and 9, were injured when a shell hit their home in Ain Zara, a neighbour said."
    assert {"girls", "children"} <= _categories(text)
    assert "women" not in _categories(text)


def test_harmed_on_her_way_is_a_woman() -> None:
    text = "A teacher was kidnapped on her way to school in Sabha on Monday and freed after a ransom was paid."
    assert "women" in _categories(text)


def test_grandmother_and_grandson() -> None:
    text = "A grandmother was killed and her grandson wounded when a rocket hit their house in Tajoura, neighbours said."
    assert {"women", "children"} <= _categories(text)
    assert "elderly" not in _categories(text)


def test_a_man_in_his_seventies_is_elderly() -> None:
    text = "Gunmen beat a shepherd in his seventies and stole his sheep near Bani Walid, his son said."
    assert "elderly" in _categories(text)


def test_ambulance_driver_is_a_medic() -> None:
    text = "An ambulance driver was shot and wounded by gunmen in Zawiya on Sunday while carrying a patient, officials said."
    assert "medics" in _categories(text)


def test_nationality_of_survivors_names_migrants() -> None:
    text = ("Nigerian survivors said traffickers held them in a farm near Shwerif and beat them until their families "
            "paid.")
    assert "migrants" in _categories(text)


def test_lawyer_for_the_victim_is_no_activist() -> None:
    text = ("A lawyer for Nuri Salem, a taxi driver, said his client was beaten in custody at a police station in "
            "Zawiya.")
    assert "activists" not in _categories(text)
