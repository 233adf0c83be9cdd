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
