"""English news pass 13 (docs/labelling.md, "English news pass 13 (tune33en): actors and victim categories"), checked
on our own sentences (written by the rasad team; no real events)."""

from nlp.evaluate import predict
from tests.nlp.english_reading import actors


def _categories(text: str) -> set[str]:
    return set(predict({"text": text, "lang": "en"})["victim_categories"])


# --- the Attorney General's Office, capitalised -------------------------------------------------------------------


def test_attorney_generals_office_in_title_case_is_the_body() -> None:
    text = ("Gunmen shot dead a shopkeeper in Gharyan on Monday. The Attorney General's Office said it had opened "
            "an inquiry.")
    assert "Attorney General's Office" in actors(text)
    assert "Attorney General" not in actors(text)


def test_attorney_generals_lower_case_office_unchanged() -> None:
    text = "Gunmen shot dead a shopkeeper in Gharyan. The Attorney General's office opened an inquiry."
    assert "Attorney General's office" in actors(text)


def test_the_attorney_general_alone_stays_the_attorney_general() -> None:
    text = "Gunmen shot dead a shopkeeper in Gharyan. The Attorney General ordered an inquiry."
    assert "Attorney General" in actors(text)


# --- a plural's possessive mark is no part of the name ------------------------------------------------------------


def test_plural_possessive_mark_is_dropped_from_a_name() -> None:
    text = "The House of Representatives' legal committee said armed men had abducted a lawyer in Tobruk."
    assert "House of Representatives" in actors(text)
    assert "House of Representatives'" not in actors(text)


def test_a_plural_possessive_inside_a_name_stays() -> None:
    text = "The Libyan Journalists' Syndicate said gunmen beat a reporter in Misrata on Friday."
    assert "Libyan Journalists' Syndicate" in actors(text)


# --- a ministry's unit with the ministry's possessive, written whole ----------------------------------------------


def test_a_ministrys_lower_case_unit_is_one_actor() -> None:
    text = "The Interior Ministry's criminal investigation department said it had arrested four men over a robbery."
    assert "Interior Ministry's criminal investigation department" in actors(text)
    assert "Interior Ministry" not in actors(text)


def test_a_ministrys_unit_the_registry_lacks_is_one_actor_too() -> None:
    text = "Road crashes killed 40 people in March, the Interior Ministry's traffic department said."
    assert "Interior Ministry's traffic department" in actors(text)


def test_a_ministrys_named_unit_keeps_its_own_name() -> None:
    text = "The Defence Ministry's 166th Brigade said its men had cleared the road near Sirte."
    found = actors(text)
    assert "Defence Ministry's 166th Brigade" not in found
    assert "166th Brigade" in found


# --- military regions, unnamed attackers, men in civilian clothes ------------------------------------------------


def test_military_regions_are_bodies() -> None:
    text = "The Presidential Council named new commanders for the Tobruk Military Region and the Sabha Military Region."
    assert {"Tobruk Military Region", "Sabha Military Region"} <= actors(text)


def test_unknown_attackers_are_actors() -> None:
    text = "Unknown attackers set fire to a polling station in Ubari on Saturday night, officials said."
    assert "Unknown attackers" in actors(text)


def test_men_in_civilian_clothes_are_actors() -> None:
    text = "Witnesses said three men in civilian clothes forced the student into a car in Zliten on Monday."
    assert "men in civilian clothes" in actors(text)


# --- "Two of the X were ...": who some of the reported victims are -------------------------------------------------


def test_two_of_the_patients_were_teenagers_names_children() -> None:
    text = ("Traffickers tortured 20 migrants held at a farm near Shwayrif, doctors said on Monday. Two of the "
            "patients were teenage boys from Niger.")
    assert "children" in _categories(text)


def test_one_of_the_dead_was_a_woman() -> None:
    text = "Gunmen shot dead three people at a wedding in Sabratha on Friday. One of the dead was a woman."
    assert "women" in _categories(text)


def test_members_listed_without_a_category_add_none() -> None:
    text = "Gunmen shot dead three people at a wedding in Sabratha on Friday. Two of the dead were cousins."
    assert _categories(text) == set()


def test_suspects_listed_are_no_victims() -> None:
    text = ("Gunmen shot dead a driver in Sabratha on Friday. Police arrested five men; two of the arrested were "
            "teenagers.")
    assert "children" not in _categories(text)


# --- an army's military police, written whole -------------------------------------------------------------------


def test_an_armys_military_police_is_one_actor() -> None:
    text = "The Libyan National Army's military police detained a poet in Ajdabiya on Sunday, his brother said."
    assert "Libyan National Army's military police" in actors(text)


def test_a_plural_owners_military_police_is_one_actor() -> None:
    text = "The Libyan Arab Armed Forces' military police arrested two bloggers in Tobruk, a rights group said."
    assert "Libyan Arab Armed Forces' military police" in actors(text)


def test_the_armys_own_brigade_keeps_its_name() -> None:
    text = "The Libyan National Army's 106th Brigade said gunmen killed two of its men near Sirte."
    assert "Libyan National Army's 106th Brigade" not in actors(text)


# --- men in a named body's uniform -------------------------------------------------------------------------------


def test_men_in_a_bodys_uniform_are_an_actor_beside_the_body() -> None:
    text = "A cameraman was beaten by men in SSA uniform outside a bakery in Janzour today, colleagues said."
    found = actors(text)
    assert "men in SSA uniform" in found
    assert "SSA" in found


def test_gunmen_in_military_uniform_unchanged() -> None:
    text = "Gunmen in military uniform beat a cameraman outside a bakery in Janzour today, colleagues said."
    assert "Gunmen in military uniform" in actors(text)


# --- where the victims come from, told in a sentence of its own ----------------------------------------------------


def test_most_are_from_origin_countries_names_migrants() -> None:
    text = ("Nurses in Kufra treated eight women who said they had been raped by traffickers this month. Most are "
            "from Eritrea and Somalia.")
    assert "migrants" in _categories(text)


def test_the_women_from_a_list_of_origins_are_migrants() -> None:
    text = ("Nurses in Kufra treated eight women who said they had been raped by traffickers this month. The women, "
            "from Sudan and Eritrea, said guards took them out at night.")
    assert "migrants" in _categories(text)


def test_suspects_from_an_origin_country_name_no_migrants() -> None:
    text = "Gunmen shot dead a shopkeeper in Sabha on Monday. Police arrested two men from Niger."
    assert "migrants" not in _categories(text)


# --- "the Traffic Police" in Title Case -------------------------------------------------------------------------


def test_title_case_traffic_police_is_one_body() -> None:
    text = "Two people were killed when a lorry hit a minibus near Zliten on Sunday, the Traffic Police said."
    found = actors(text)
    assert "Traffic Police" in found
    assert "Police" not in found
