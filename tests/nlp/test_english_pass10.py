"""English news pass 10 (docs/labelling.md, "English news pass 10 (tune27en): actors"): Libyan bodies in their
English forms, checked on our own sentences (written by the rasad team; no real events)."""

from tests.nlp.english_reading import actors, places

# --- a rival government's ministry with its possessive (Actor conventions, «وزارة X بحكومة Y») ----------------------


def test_the_gnus_ministry_is_one_actor() -> None:
    text = "The GNU's Interior Ministry said on Wednesday that three of its officers had been detained in Zliten."
    assert "GNU's Interior Ministry" in actors(text)
    assert {"GNU", "Interior Ministry"}.isdisjoint(actors(text))


def test_the_full_government_name_before_a_lower_case_ministry_is_one_actor() -> None:
    text = "A clinic in Sirte was looted, the Government of National Unity's health ministry said on Friday."
    assert "Government of National Unity's health ministry" in actors(text)


def test_a_city_named_for_its_government_stays_a_place() -> None:
    text = "Two guards were shot at a checkpoint in Zliten, Benghazi's interior ministry said, naming no suspects."
    assert "Benghazi's interior ministry" in actors(text)
    assert "Benghazi" in places(text)


def test_a_unit_after_a_government_possessive_keeps_its_own_name() -> None:
    text = "The GNU's 111th Brigade said on Monday it had arrested four men after a shooting in Tarhuna."
    assert not any(name.startswith("GNU's") for name in actors(text))


# --- registry names in their English forms ------------------------------------------------------------------------


def test_radaa_written_before_its_english_name_is_one_actor() -> None:
    text = "Relatives said the engineer was taken from his car by the Radaa Special Deterrence Force on Sunday."
    assert "Radaa Special Deterrence Force" in actors(text)
    assert {"Radaa", "Special Deterrence Force"}.isdisjoint(actors(text))


def test_the_coastal_security_administration_is_a_body() -> None:
    text = "The General Administration for Coastal Security said its boats had stopped a dinghy off Zuwara on Monday."
    assert "General Administration for Coastal Security" in actors(text)


# --- local and rival bodies named with "of" or by their seat ------------------------------------------------------


def test_the_municipal_council_of_a_town_is_a_body() -> None:
    text = "The municipal council of Bani Walid said on Thursday that the water station had been shelled overnight."
    assert "municipal council of Bani Walid" in actors(text)


def test_the_eastern_based_government_is_a_body() -> None:
    text = "The eastern-based government said on Monday it would pay compensation to the families in Derna."
    assert "eastern-based government" in actors(text)


def test_the_eastern_based_government_owning_a_ministry_is_not_listed_alone() -> None:
    text = "The Health Ministry of the eastern-based government said two nurses were beaten at a Sabha clinic."
    assert "eastern-based government" not in actors(text)


# --- a generic body named as a thing or a place, not acting --------------------------------------------------------


def test_police_uniforms_name_no_police() -> None:
    text = "The court in Zliten heard that the robbers wore stolen police uniforms when they entered the bank."
    assert "police" not in actors(text)


def test_a_police_post_names_no_police() -> None:
    text = "Nurses in Ghat asked on Sunday for a police post at the clinic after a relative threatened a doctor."
    assert "police" not in actors(text)


def test_men_in_a_named_bodys_uniforms_still_name_the_body() -> None:
    text = "His mother said he was driven away from Janzour by men in Radaa uniforms two weeks ago."
    assert "Radaa" in actors(text)
