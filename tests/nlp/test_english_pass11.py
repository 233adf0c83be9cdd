"""English news pass 11 (docs/labelling.md, "English news pass 11 (tune29en)"): false leads, checked on our own
sentences (written by the rasad team; no real events)."""

from nlp.annotate import annotate
from tests.nlp.english_reading import actors, counts, places, types

# --- "minor" as an adjective of the harm, no child ------------------------------------------------------------------


def test_minor_injuries_of_footballers_are_no_incident() -> None:
    text = ("Al-Madina coach says midfielder will miss the cup tie\n"
            "Three players picked up minor injuries in Friday's league match against Al-Hilal in Benghazi, the club said.")
    assert types(text) == set()


def test_a_minor_wounded_is_still_a_child_victim() -> None:
    text = "A minor was wounded when gunmen fired at a car in Zliten on Monday, the hospital said."
    assert "injury" in types(text)


def test_minor_injuries_from_a_shelling_stay_an_incident() -> None:
    text = "Four residents suffered minor injuries when a shell hit a house in Ain Zara on Sunday night, medics said."
    assert "injury" in types(text)


# --- a fighter's driver or bodyguard is of his party --------------------------------------------------------------


def test_a_militant_commander_and_his_driver_are_no_civilians() -> None:
    text = ("The army said on Tuesday an air strike had killed a senior Islamic State commander and his driver "
            "in the desert west of Ubari.")
    assert types(text) == set()


def test_a_driver_killed_alone_stays_a_civilian() -> None:
    text = "A lorry driver was shot dead by gunmen on the coastal road near Sirte on Tuesday, relatives said."
    assert "killing" in types(text)


# --- border guards are a patrol, not a jail's guards --------------------------------------------------------------


def test_a_fisherman_shot_by_coast_guards_was_killed_not_held() -> None:
    text = "A fisherman was shot dead by coast guards off Zuwara on Friday, his brother said."
    assert types(text) == {"killing"}


def test_a_clash_with_border_guards_makes_no_custody() -> None:
    assert "arbitrary_detention" not in types("Four smugglers killed in clash with border guards near Ghat")


def test_prison_guards_still_make_custody() -> None:
    text = "A detainee was beaten to death by prison guards in Mitiga on Thursday, his family said."
    assert "arbitrary_detention" in types(text)


# --- places the gazetteer lacks, told by their frame --------------------------------------------------------------


def test_a_named_quarter_before_district_is_a_place() -> None:
    text = "Two men were shot dead in Derna's Al-Maghar district on Friday night, a medical source said."
    assert "Al-Maghar" in places(text)


def test_a_quarter_after_the_is_a_place() -> None:
    text = "A grenade thrown at a shop wounded three people in the Qaryat al-Nakhil area of Gharyan on Monday."
    assert "Qaryat al-Nakhil" in places(text)


def test_a_lower_case_area_word_makes_no_place() -> None:
    text = "Gunmen opened fire on a car in the industrial area of Sabha on Sunday, wounding the driver."
    assert not any(name.lower() == "industrial" for name in places(text))


def test_the_libyan_town_of_a_one_word_name_is_a_libyan_place() -> None:
    text = ("CAIRO - Armed men kidnapped five Egyptian labourers near the Libyan town of Marsit on Friday, Egypt's "
            "foreign ministry said.")
    assert "Marsit" in places(text)
    assert annotate(text, "en").in_libya


# --- actors ------------------------------------------------------------------------------------------------------


def test_a_tribal_armed_group_keeps_its_adjective() -> None:
    text = "A shepherd was shot dead near Ubari on Friday by members of a tribal armed group, relatives said."
    assert "tribal armed group" in actors(text)


def test_plainclothes_security_agents_are_a_generic_body() -> None:
    text = "A blogger was beaten by plainclothes security agents outside a court in Zliten on Monday, his lawyer said."
    assert "plainclothes security agents" in actors(text)


def test_a_body_and_a_mixed_case_acronym_are_two_actors() -> None:
    text = "The Presidential Council and HoR committee met in Tunis on Monday to discuss the budget, officials said."
    assert "Presidential Council" in actors(text)
    assert "Presidential Council and HoR" not in actors(text)


def test_a_listed_place_keeps_its_capital_article() -> None:
    text = "A teacher was abducted by gunmen in Benghazi's Al-Fuwayhat district on Sunday, his family said."
    assert "Al-Fuwayhat" in places(text)
    assert "Fuwayhat" not in places(text)


# --- hospitals the gazetteer lacks (README: hospitals are places) ---------------------------------------------------


def test_a_town_hospital_is_a_place() -> None:
    text = "Two farmers wounded by a landmine near Ubari were taken to Ubari hospital on Monday, the council said."
    assert "Ubari hospital" in places(text)
    assert "Ubari" in places(text)


def test_a_named_hospital_is_a_place() -> None:
    text = "A nurse was shot in the leg at Al-Wahda Teaching Hospital in Derna on Sunday, colleagues said."
    assert "Al-Wahda Teaching Hospital" in places(text)


def test_a_town_hospital_after_an_indefinite_article_is_no_name() -> None:
    text = "The wounded man was treated at a Sirte hospital and discharged on Tuesday, his brother said."
    assert "Sirte hospital" not in places(text)


def test_the_tail_of_a_longer_hospital_name_is_not_taken() -> None:
    text = "Four wounded were brought to the Zliten Accident and Emergency Hospital on Friday, medics said."
    assert "Emergency Hospital" not in places(text)


# --- a running count of remains recovered is no new killing ---------------------------------------------------------


def test_bodies_recovered_so_far_are_no_new_killing() -> None:
    text = ("Families in Sirte mark ten years since the battle\n"
            "The forensic teams have so far recovered 212 bodies from the sites around the city, the search authority said.")
    assert types(text) == set()
    assert counts(text) == (None, None)


def test_bodies_recovered_on_a_named_day_stay_an_event() -> None:
    text = "Divers had so far recovered 14 bodies on Sunday after a migrant boat sank off Zuwara, the Red Crescent said."
    assert types(text) != set()


def test_a_towns_municipal_council_with_its_possessive_is_one_actor() -> None:
    text = "Gharyan's municipal council called for an inquiry after a shell hit a school on Tuesday."
    assert "Gharyan's municipal council" in actors(text)


def test_a_towns_security_directorate_possessive_is_left_as_before() -> None:
    text = "A trader was shot dead in his shop on Monday, Misrata's security directorate said."
    assert "Misrata's security directorate" not in actors(text)


def test_a_department_is_a_body_head() -> None:
    text = "Floods killed four people in Derna on Friday, the General Emergency Department said."
    assert "General Emergency Department" in actors(text)
