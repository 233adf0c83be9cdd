"""English news pass 3 (docs/labelling.md, "English news pass 3 (tune12en)"): kinds of error on English news in
varied registers (wires, Libyan English outlets, UN and NGO releases, posts), checked on our own sentences (written
by the rasad team; no real events)."""

import pytest

from nlp.annotate import annotate
from tests.nlp.english_reading import counts, types

# --- false leads: a ruling told in a headline, a treaty's name, an accident, a state, a meeting ------------------

@pytest.mark.parametrize("text", [
    ("Benghazi court jails driver for 2022 murder of taxi passenger\nA court in Benghazi on Monday sentenced a "
     "40-year-old driver to 15 years in prison. The family of the victim welcomed the ruling."),
    ("Judges confirm charges against former militia leader\nThe court said on Tuesday it had confirmed charges "
     "against the man over abuses in Sirte. Graves found near the town in 2017 held more than 40 bodies."),
])
def test_a_ruling_in_the_headline_is_no_incident(text: str) -> None:
    assert not types(text)


@pytest.mark.parametrize("text", [
    "Rights groups urged the government to sign the Convention against Torture before the end of the year.",
    ("Lawyers called on parliament to ratify the convention for the protection of all persons from enforced "
     "disappearance."),
])
def test_a_harm_named_by_a_treaty_is_no_incident(text: str) -> None:
    assert not types(text)


def test_a_household_gas_explosion_is_an_accident() -> None:
    text = ("Four hurt in gas cylinder explosion at Misrata bakery\nFour people were injured on Sunday when a gas "
            "cylinder exploded in a bakery in Misrata. Two of the injured were taken to hospital with burns.")
    assert not types(text)


@pytest.mark.parametrize("text", [
    "Aid workers said families in Derna were still living in damaged homes a year after the fighting.",
    "Engineers began repairs on damaged houses in the old quarter of Sirte on Monday.",
])
def test_damaged_as_an_adjective_tells_no_attack(text: str) -> None:
    assert not types(text)


def test_shelling_that_damaged_buildings_still_is() -> None:
    assert "attack_on_property_or_infrastructure" in types(
        "Shelling damaged homes and a school in the Ain Zara district on Friday night, residents said.")


# --- misses: arson, a detention for a civic act ------------------------------------------------------------------

def test_arson_on_a_home_is_an_attack_on_property() -> None:
    text = ("Unidentified men set fire to the home of a local council member in Gharyan on Sunday night. The house "
            "was badly damaged; nobody was inside.")
    assert "attack_on_property_or_infrastructure" in types(text)


def test_detention_for_organising_a_workshop_is_arbitrary() -> None:
    text = ("A rights group said it was alarmed by the detention of four civil society members in Sabha, who were "
            "arrested on 3 March after organising a workshop on local elections.")
    found = types(text)
    assert {"arbitrary_detention", "attack_on_civil_society"} <= found


def test_a_workshop_on_torture_is_still_no_incident() -> None:
    assert not types("The ministry held a workshop on the prevention of torture in detention for 30 police officers.")


# --- counts --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    (("A car bomb exploded near a bakery in Derna on Monday, killing two civilians and injuring 9, a hospital "
      "official said."), (2, 9)),
    ("An air strike killed a fisherman and his two little daughters near Zuwara on Sunday, relatives said.", (3, None)),
    ("Six members of one family, including four children, were killed when shells hit their house in Ajdabiya.", (6, None)),
    ("Sabratha hospital treats 9 migrants with gunshot wounds\nThe men were shot at a checkpoint, doctors said.", (None, 9)),
])
def test_english_counts(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


def test_a_sport_injury_is_no_incident() -> None:
    assert not types("The midfielder is out for a month after injuring his hamstring in the derby on Friday.")


# --- types: a civilian object struck keeps its type beside the dead (English labels) --------------------------------

def test_an_object_struck_keeps_property_beside_a_killing() -> None:
    found = types("An airstrike hit a school in Tawergha on Monday, killing three pupils, the municipality said.")
    assert {"attack_on_property_or_infrastructure", "killing"} <= found


def test_a_stray_bullet_into_a_home_is_no_property_attack() -> None:
    found = types("A man was wounded when a stray bullet struck his home in Tajoura on Sunday, his brother said.")
    assert "injury" in found and "attack_on_property_or_infrastructure" not in found


# --- types: a release called for, people beaten in custody, wounds of the dead, a fortnight's series -------------

def test_a_release_called_for_ends_no_detention() -> None:
    text = ("Journalist held without a lawyer must be released, press union says\nMembers of an armed group arrested "
            "the reporter at his office in Misrata on Monday and he is still held, the union said.")
    assert "arbitrary_detention" in types(text)


def test_guards_who_beat_migrants_torture_them() -> None:
    found = types("Former inmates said guards beat migrants with cables at the Tajoura detention centre in May.")
    assert {"torture", "arbitrary_detention"} <= found


def test_a_team_that_beat_another_is_no_assault() -> None:
    assert not types("Al Nasr beat Al Hilal on Saturday to move three points clear at the top of the table.")


def test_wounds_on_bodies_found_are_no_second_harm() -> None:
    text = ("The bodies of two shepherds were found on Monday in a valley south of Gharyan, their hands bound and with "
            "gunshot wounds to the chest, relatives said.")
    assert types(text) == {"killing"}


def test_a_fortnight_of_attacks_is_a_bounded_series() -> None:
    text = ("A clinic in Kufra said it had treated six migrant women for rape over the past two weeks, all of them "
            "held by smugglers on farms outside the town.")
    assert "sexual_violence" in types(text)


# --- actors ----------------------------------------------------------------------------------------------------------

def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_a_headline_acronym_gives_way_to_the_body_text_name() -> None:
    found = actors("IOM says 40 migrants returned to Tripoli\nThe International Organization for Migration said on "
                   "Monday that 40 migrants were returned to Tripoli after their boat was stopped at sea.")
    assert "International Organization for Migration" in found and "IOM" not in found


def test_an_acronym_the_body_text_also_uses_stays() -> None:
    found = actors("MSF: clinic in Kufra closed\nMedecins Sans Frontieres said on Sunday it had closed its clinic. "
                   "MSF said it hoped to reopen next month.")
    assert {"Medecins Sans Frontieres", "MSF"} <= found


def test_a_headline_generic_gives_way_to_the_body_named_in_the_text() -> None:
    found = actors("Guards close Zawiya refinery gate\nMembers of the Petroleum Facilities Guard closed the main gate "
                   "of the Zawiya refinery on Monday over unpaid wages.")
    assert "Petroleum Facilities Guard" in found and "Guards" not in found


@pytest.mark.parametrize(("text", "name"), [
    ("A shell hit a house in Gharyan on Monday, killing a woman, the Gharyan municipality said.", "Gharyan municipality"),
    ("Two people died when a lorry hit their car near Sirte, traffic police said on Friday.", "traffic police"),
    ("A strike hit a market in Nyala, killing 12 people, according to the civil defence agency.",
     "civil defence agency"),
    ("A boy was wounded during clashes between rival armed groups in Zawiya on Sunday.", "rival armed groups"),
    ("The Attorney General's office said on Tuesday it had ordered the arrest of two guards.",
     "Attorney General's office"),
    ("Sudanese Armed Forces shelled a village near El Obeid, killing four farmers, residents said.",
     "Sudanese Armed Forces"),
])
def test_english_bodies_in_their_written_form(text: str, name: str) -> None:
    assert name in actors(text)


def test_any_armed_group_names_no_group() -> None:
    text = ("A drone strike killed a farmer near Zawiya on Friday; his family said he had no links to any armed "
            "group.")
    assert not {n for n in actors(text) if "armed group" in n}


def test_a_hyphenated_registry_name_is_found() -> None:
    assert "Sea-Watch" in actors("Sea-Watch said its crew saw a patrol boat fire at a dinghy off Sabratha on Monday.")


def test_the_municipality_at_a_sentence_start_is_no_town() -> None:
    found = actors("The Misrata municipality said a school was shelled. The municipality said classes would stop.")
    assert "Misrata municipality" in found and "The municipality" not in found


# --- imprisonment for speech; a toll after "were among" --------------------------------------------------------------

def test_jailing_a_blogger_is_arbitrary_detention() -> None:
    text = ("Court jails blogger over posts on militia abuses\nA court in Zliten sentenced the blogger to three years "
            "in prison on Sunday over posts about the city's armed groups, his lawyer said.")
    assert {"arbitrary_detention", "attack_on_civil_society"} <= types(text)


def test_jailing_a_robber_is_no_incident() -> None:
    assert not types("A Benghazi court jailed a man for ten years for armed robbery on Sunday.")


def test_a_toll_after_were_among_is_the_whole() -> None:
    text = "Three women were among seven people wounded when a shell hit a street in Ain Zara on Friday."
    assert counts(text) == (None, 7)
