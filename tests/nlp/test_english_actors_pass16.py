"""English actors pass 16 (docs/labelling.md, "English actors pass 16 (all English tune files)"), checked on our own
sentences (written by the rasad team; no real events)."""

from tests.nlp.english_reading import actors

# --- men in military uniform ----------------------------------------------------------------------------------------


def test_men_in_military_uniform_are_the_perpetrators() -> None:
    text = "A teacher was abducted near Gharyan on Sunday by men in military uniform, his brother said."
    assert "men in military uniform" in actors(text)


def test_armed_men_in_uniform_written_whole() -> None:
    text = "Armed men in uniform abducted a pharmacist from his shop in Sirte on Friday, relatives said."
    assert "armed men in uniform" in {a.lower() for a in actors(text)}
    assert "armed men" not in {a.lower() for a in actors(text)}


def test_men_in_uniform_unchanged() -> None:
    text = "A lawyer was detained by men in uniform at a checkpoint near Tarhuna on Monday."
    assert "men in uniform" in actors(text)


# --- the coast guard, bare ------------------------------------------------------------------------------------------


def test_bare_coast_guard_is_a_body() -> None:
    text = ("Three fishermen missing since Sunday were found alive off Zuwara on Monday. The coast guard said their "
            "boat had drifted west.")
    assert "coast guard" in actors(text)


def test_coast_guard_beside_its_longer_name_listed_once() -> None:
    text = ("The Libyan coast guard intercepted 90 migrants off Zawiya on Friday. The coast guard said two people had "
            "drowned.")
    assert actors(text) >= {"Libyan coast guard"}
    assert "coast guard" not in actors(text)


def test_coast_guard_officials_and_training_are_no_body() -> None:
    text = "Rome pledged money for coast guard training. Coast guard officials said nothing. Smugglers shot a man."
    assert "coast guard" not in {a.lower() for a in actors(text)}


# --- the town's council ---------------------------------------------------------------------------------------------


def test_the_towns_municipal_council_is_a_body() -> None:
    text = "A drone strike killed two farmers near Ubari on Sunday. The town's municipal council condemned the strike."
    assert "municipal council" in actors(text)


def test_the_citys_local_council_is_a_body() -> None:
    text = "Gunmen killed a trader in Sabratha on Monday, the city's local council said."
    assert "local council" in actors(text)


def test_a_bare_municipal_council_as_object_stays_out() -> None:
    text = "Gunmen beat a presenter in Sabha after a show criticising the municipal council."
    assert "municipal council" not in actors(text)


# --- UN human rights experts ----------------------------------------------------------------------------------------


def test_un_human_rights_experts_are_a_body() -> None:
    text = "UN human rights experts said on Monday that smugglers had tortured migrants held in Kufra."
    assert "UN human rights experts" in actors(text)
    assert "UN" not in actors(text)


def test_un_experts_alone_stay_no_actor() -> None:
    text = "The base was used by foreign fighters, according to UN experts. Gunmen attacked it on Monday."
    assert "UN" not in actors(text)
    assert "UN experts" not in actors(text)


# --- WHO ------------------------------------------------------------------------------------------------------------


def test_who_acronym_is_a_body() -> None:
    text = "The health ministry began a polio campaign in Sabha on Monday with UNICEF and WHO."
    assert "WHO" in actors(text)


def test_who_in_a_sentence_is_no_body() -> None:
    text = "Gunmen who stormed a clinic in Sabha beat a nurse who tried to stop them."
    assert not {a for a in actors(text) if a.lower() == "who"}


def test_who_in_an_all_capitals_headline_is_no_body() -> None:
    text = "WHO SHOT THE NURSE?\nGunmen stormed a clinic in Sabha on Monday."
    assert "WHO" not in actors(text)


# --- the public prosecution, lower case -----------------------------------------------------------------------------


def test_public_prosecution_in_lower_case_is_a_body() -> None:
    text = "Police arrested three men over a robbery in Zliten. The suspects were referred to the public prosecution."
    assert "public prosecution" in actors(text)


# --- registry: a protest movement -----------------------------------------------------------------------------------


def test_fezzan_movement_is_a_body() -> None:
    text = "Protesters from the Fezzan Movement shut an oil field near Ubari on Sunday, engineers said."
    assert "Fezzan Movement" in actors(text)


# --- an embassy or consulate keeps its town -------------------------------------------------------------------------


def test_consulate_keeps_its_town() -> None:
    text = ("Gunmen beat two Sudanese workers on a farm near Marj, the Sudanese consulate in Benghazi said on "
            "Tuesday.")
    assert "Sudanese consulate in Benghazi" in actors(text)
    assert "Sudanese consulate" not in actors(text)


def test_embassy_of_a_country_keeps_its_town() -> None:
    text = "IOM flew 150 migrants home from Tripoli with the help of the Embassy of Ghana in Tripoli."
    assert "Embassy of Ghana in Tripoli" in actors(text)


def test_embassy_town_stays_a_place() -> None:
    from tests.nlp.english_reading import places
    text = "Gunmen abducted two Egyptian workers near Sirte, the Egyptian embassy in Tripoli said."
    assert "Tripoli" in places(text)


def test_embassy_in_a_country_is_not_a_town() -> None:
    text = "Gunmen abducted two workers near Sirte, the Egyptian embassy in Libya said."
    assert "Egyptian embassy" in actors(text)


# --- an armed group named by a family; a town's health office -------------------------------------------------------


def test_al_family_group_is_a_body() -> None:
    text = "Two fighters were killed when the Al-Marghani group attacked a checkpoint west of Zawiya on Monday."
    assert "Al-Marghani group" in actors(text)


def test_towns_health_office_is_a_body() -> None:
    text = "Three children died of measles in Ghat this month, the Ghat health office said on Sunday."
    assert "Ghat health office" in actors(text)


# --- Libyan authorities as an addressee -----------------------------------------------------------------------------


def test_libyan_authorities_as_an_addressee_are_no_body() -> None:
    text = "Gunmen abducted a journalist in Sabha. Amnesty International called on the Libyan authorities to free him."
    assert "Libyan authorities" not in actors(text)


def test_libyan_authorities_that_act_stay() -> None:
    text = "Libyan authorities freed 40 migrants held by traffickers in a warehouse near Kufra on Monday."
    assert "Libyan authorities" in actors(text)


def test_libyan_authorities_with_their_town_stay() -> None:
    text = "Gunmen abducted a blogger. Amnesty urged the Libyan authorities in Benghazi to release him."
    assert "Libyan authorities" in actors(text)
