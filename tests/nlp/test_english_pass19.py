"""English pass 19 (tune43en): killed counts told in many phrasings, and actors in many forms (docs/labelling.md,
"English news pass 19"). Our own sentences, not the tune set's; each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def killed(text: str) -> int | None:
    return annotate(text, "en").killed


def injured(text: str) -> int | None:
    return annotate(text, "en").injured


def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


# --- counts ---------------------------------------------------------------------------------------------------------

def test_an_age_between_commas_after_one_victim_is_no_toll() -> None:
    assert killed("Girl, 9, killed by stray bullet in Ajdabiya\nThe girl was hit while playing outside her home on "
                  "Monday, her uncle said.") == 1
    assert killed("Farmer, 61, shot dead near Gharyan\nGunmen shot the farmer on his land on Friday.") == 1


def test_a_headline_toll_after_a_plural_still_counts() -> None:
    assert killed("Clashes in Zuwara: 14 killed\nFighting between two armed groups went on all night on Monday.") == 14


def test_an_attacker_killed_with_his_victims_is_not_counted() -> None:
    text = ("A suicide bomber blew himself up at a police checkpoint near Zliten on Monday, killing two policemen and "
            "wounding five passers-by, a security official said. The bomber also died in the blast.")
    assert killed(text) == 2
    text = ("Gunmen attacked a wedding hall in Kufra on Saturday, killing three guests, police said. The assailant "
            "was also killed by guards.")
    assert killed(text) == 3


def test_an_attacker_killed_alone_keeps_the_events_count() -> None:
    assert killed("A gunman was shot dead on Friday night after he opened fire on a police post in Ubari, the police "
                  "said. No officers were hurt.") == 1


def test_a_victim_also_killed_is_still_added() -> None:
    text = ("Gunmen attacked a wedding hall in Kufra on Saturday, killing three guests, police said. A waiter was "
            "also killed.")
    assert killed(text) == 4


def test_three_singular_victims_listed_before_a_plural_passive() -> None:
    assert killed("A teacher, his wife and their baby son were killed on Friday when a shell hit their flat in "
                  "Ain Zara.") == 3
    assert killed("A nurse, a driver and an elderly man were killed when an ambulance was hit near Garabulli on "
                  "Monday.") == 3


def test_two_singular_victims_before_a_plural_passive_stay_two() -> None:
    assert killed("A teacher and his wife were killed on Friday when a shell hit their flat in Ain Zara.") == 2


def test_a_third_wounded_after_the_verb_is_one_injured() -> None:
    text = "Border guards shot dead two herders and wounded a third near Ghat on Sunday, relatives said."
    assert killed(text) == 2
    assert injured(text) == 1


def test_no_third_wounded_no_injured() -> None:
    assert injured("Border guards shot dead two herders near Ghat on Sunday, relatives said.") is None


def test_the_dead_told_hit_by_bullets_are_not_wounded() -> None:
    text = ("Clashes between two brigades killed six fighters and two civilians in Zawiya on Monday, a medic said. "
            "The civilians, a baker and his son, were hit by stray bullets.")
    assert killed(text) == 8
    assert injured(text) is None


def test_people_hit_beside_the_dead_are_wounded() -> None:
    text = ("Clashes between two brigades killed two civilians in Zawiya on Monday, a medic said. Four passers-by "
            "were hit by stray bullets.")
    assert injured(text) == 4


def test_ages_between_the_people_and_their_verb() -> None:
    assert killed("Two girls aged 8 and 10 drowned on Sunday while swimming near Janzour, the Red Crescent said.") == 2
    assert killed("Three brothers aged 6, 9 and 13 died on Monday when a shell they found exploded near Sirte.") == 3


def test_a_whole_years_figure_is_no_event_toll() -> None:
    text = ("The UN humanitarian office said in its yearly review on Thursday that 95 civilians were killed and 160 "
            "wounded in armed violence across Libya in 2024, most of them in the capital.")
    assert killed(text) is None
    assert injured(text) is None


def test_an_event_told_with_its_day_keeps_its_toll() -> None:
    text = "Five civilians were killed and 12 wounded in shelling of Tripoli on 3 May 2024, a UN report said."
    assert killed(text) == 5
    assert injured(text) == 12


# --- actors ---------------------------------------------------------------------------------------------------------

def test_a_lower_case_ministry_of_a_named_government_is_one_actor() -> None:
    found = actors("Gunmen shot dead a lawyer in Sabha on Monday. The justice ministry of the Government of "
                   "National Stability said it had opened an investigation.")
    assert "justice ministry of the Government of National Stability" in found
    assert "Government of National Stability" not in found


def test_a_government_named_alone_stays_itself() -> None:
    found = actors("Gunmen shot dead a lawyer in Sabha on Monday. The Government of National Stability said it had "
                   "opened an investigation.")
    assert "Government of National Stability" in found


def test_a_countrys_civil_protection_is_one_actor() -> None:
    found = actors("Three Libyans were killed when their car overturned near Gabes, Tunisia's civil protection said.")
    assert "Tunisia's civil protection" in found
    found = actors("Three Libyans were killed when their car overturned near Gabes, the Tunisian civil protection said.")
    assert "Tunisian civil protection" in found


def test_two_bodies_joined_by_and_are_two_actors() -> None:
    found = actors("Dozens have died in fighting between the Zintan Military Council and Libyan National Army troops "
                   "near Gharyan, a hospital source said.")
    assert "Zintan Military Council" in found
    assert "Libyan National Army" in found


def test_a_name_with_and_inside_stays_whole() -> None:
    found = actors("The Ministry of Labour and Rehabilitation said on Monday that 40 workers had been freed.")
    assert "Ministry of Labour and Rehabilitation" in found


def test_an_armed_group_from_a_town_is_listed_whole() -> None:
    found = actors("A shepherd was killed near Bani Walid on Friday when an armed group from Mizda opened fire on his "
                   "flock, his family said.")
    assert "armed group from Mizda" in found


def test_an_armed_group_from_elsewhere_unnamed_stays_bare() -> None:
    found = actors("A shepherd was killed near Bani Walid on Friday when an armed group from the south opened fire, "
                   "his family said.")
    assert "armed group" in found


def test_an_operations_room_named_before_its_head() -> None:
    found = actors("Four civilians were killed on Sunday when shells hit homes in Abu Grein, the Volcano of Anger "
                   "operations room said. The Ajdabiya-Brega operations room denied it.")
    assert "Volcano of Anger operations room" in found
    assert "Ajdabiya-Brega operations room" in found


def test_a_bare_operations_room_is_no_actor() -> None:
    found = actors("Four civilians were killed on Sunday when shells hit homes in Abu Grein, the operations room of "
                   "the brigade said.")
    assert not any("operations room" in name for name in found)



def test_a_un_agency_described_before_its_acronym_is_listed_once() -> None:
    found = actors("A shell killed two boys in Tawergha on Monday. The UN children's agency UNICEF said both were "
                   "under ten.")
    assert found == {"UNICEF"}


def test_a_un_mission_named_in_lower_case() -> None:
    found = actors("Fighting killed three civilians in Gharyan on Tuesday. The UN mission in Libya called for a truce.")
    assert "UN mission in Libya" in found
    assert "UN" not in found


def test_a_migrants_embassy_keeps_its_nationality_and_town() -> None:
    found = actors("Armed men kidnapped four Ghanaian workers in Sabha on Monday, the Ghanaian embassy in Tripoli said.")
    assert "Ghanaian embassy in Tripoli" in found
    assert "Ghanaian workers" not in found


def test_a_military_zone_is_a_body() -> None:
    found = actors("Fighting between a local militia and Central Military Zone forces killed two civilians in Zawiya "
                   "on Monday.")
    assert "Central Military Zone" in found


def test_a_chamber_named_with_its_court_is_one_body() -> None:
    found = actors("The civil chamber of the Benghazi Court of Appeal on Monday ordered the release of two journalists "
                   "held since March.")
    assert found == {"civil chamber of the Benghazi Court of Appeal"}


def test_a_court_named_alone_stays_the_court() -> None:
    found = actors("The Benghazi Court of Appeal on Monday ordered the release of two journalists held since March.")
    assert found == {"Benghazi Court of Appeal"}


def test_a_headlines_nationality_form_goes_beside_the_bodys_possessive() -> None:
    found = actors("Tunisian navy fires on Libyan fishing boat\nTunisia's navy fired on a Libyan fishing boat off "
                   "Zarzis on Monday, wounding two fishermen, the boat's owner said.")
    assert found == {"Tunisia's navy"}


def test_the_same_form_in_headline_and_body_is_kept() -> None:
    found = actors("Tunisian navy fires on Libyan fishing boat\nThe Tunisian navy fired on a Libyan fishing boat off "
                   "Zarzis on Monday, wounding two fishermen, the boat's owner said.")
    assert "Tunisian navy" in found


def test_an_acronym_written_in_lower_case_is_the_word() -> None:
    found = actors("Gunmen killed two protesters in Mizda on Thursday. The council sent a fact-finding committee to "
                   "the town.")
    assert not any(name.lower() == "fact" for name in found)
    assert "FACT" in actors("Rebels burned a market in Tibesti on Sunday. FACT denied the accusation.")


def categories(text: str) -> set[str]:
    return {c for incident in annotate(text, "en").incidents for c in incident.victim_categories}


def test_egyptians_and_sudanese_named_by_a_trade_are_migrants() -> None:
    assert "migrants" in categories("Gunmen shot dead a Sudanese baker at his shop in Sabha on Monday, police said.")
    assert "migrants" in categories("A shell hit a cafe in Tripoli on Monday, killing a cook from Egypt and a Libyan "
                                    "customer.")


def test_a_sudanese_named_by_no_trade_is_no_migrant() -> None:
    assert "migrants" not in categories("Gunmen shot dead a Sudanese man in Sabha on Monday, police said.")
    assert "migrants" not in categories("Gunmen shot dead a Tunisian trader in Sabha on Monday, police said.")


def test_one_adjective_before_the_victim_of_a_killing_verb() -> None:
    assert killed("Gunmen shot dead a Chadian driver near Sabha on Monday, police said.") == 1
    assert killed("Gunmen shot dead a driver near Sabha on Monday, police said.") == 1


def test_detainees_who_died_in_a_named_prison_are_an_incident() -> None:
    annotation = annotate("Two detainees have died in Kuweifiya prison in Benghazi since March, a rights group said on "
                          "Monday, after guards refused to take them to hospital.", "en")
    assert "killing" in {i.type for i in annotation.incidents}


def test_soldiers_who_died_in_a_barracks_are_no_death_in_detention() -> None:
    annotation = annotate("Two soldiers died in a barracks fire in Benghazi on Monday, the army said.", "en")
    assert "killing" not in {i.type for i in annotation.incidents}


def test_a_militia_named_by_its_people_is_one_actor() -> None:
    found = actors("Rockets fired during clashes between a Tuareg militia and the army killed four civilians in Ubari "
                   "on Monday.")
    assert "Tuareg militia" in found
    assert "militia" not in found


def test_a_militia_figure_and_a_nationality_name_no_militia() -> None:
    assert not any("Tarhuna militia" in n for n in actors("ICC confirms charges against former Tarhuna militia "
                                                          "commander"))
    assert "Libyan militia" not in actors("A Libyan militia shot dead two migrants in Zawiya on Monday.")



def test_troops_who_had_fired_are_the_attackers_not_the_victims() -> None:
    text = "The army said on Sunday its troops had shot dead two herders near Ghat after they refused to stop."
    assert annotate(text, "en").victim_status != "combatant"
    text = "The army said on Sunday two of its troops had been shot dead by smugglers near Ghat."
    assert annotate(text, "en").victim_status == "combatant"


def test_sudanese_mercenaries_are_a_listed_foreign_force() -> None:
    assert "Sudanese mercenaries" in actors("The operations room accused Sudanese mercenaries of killing four prisoners "
                                            "near Sirte on Friday.")
    assert "Sudanese mercenaries" not in actors("Four Sudanese workers were killed near Sirte on Friday.")


def places(text: str) -> set[str]:
    return {p.name for p in annotate(text, "en").places}


def test_an_international_airport_is_named_whole() -> None:
    found = places("A rocket hit Benina International Airport near Benghazi on Monday, wounding two passengers.")
    assert "Benina International Airport" in found
    assert "Benina" not in found
    assert annotate("Flights were diverted to Cairo International Airport after a rocket hit Benina.", "en").in_libya


def test_an_airport_named_short_stays_as_written() -> None:
    assert "Benina International Airport" not in places("A rocket hit Benina airport near Benghazi on Monday, wounding "
                                                        "two passengers.")
