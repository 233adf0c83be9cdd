"""English news pass 12 (docs/labelling.md, "English news pass 12 (tune31en)"): Libya-incident precision, checked on
our own sentences (written by the rasad team; no real events)."""

from tests.nlp.english_reading import actors, counts, types

# --- a year's figure told on the day of a briefing is still a statistic ------------------------------------------


def test_a_year_figure_told_at_a_briefing_is_no_incident() -> None:
    text = ("Rights forum says civilians still suffer\n"
            "The director of the Libyan Rights Forum told reporters in Tunis on Monday that at least 85 civilians were "
            "killed or wounded in Libya in 2025, most of them in Tripoli.")
    assert types(text) == set()


def test_a_year_figure_opening_on_an_accented_name_is_no_incident() -> None:
    text = ("Charity publishes its yearly figures\n"
            "Médecins du Monde said on Friday its clinics treated some 4,000 people in Libya in 2025, many for "
            "injuries from beatings in detention.")
    assert types(text) == set()


def test_a_killing_on_a_named_day_stays_an_incident() -> None:
    text = "Gunmen shot dead a shopkeeper in Sabha on Monday, the fourth such killing in 2026, police said on Tuesday."
    assert "killing" in types(text)


# --- an anniversary of a killing --------------------------------------------------------------------------------


def test_years_since_a_killing_is_no_incident() -> None:
    text = "Three years today since our colleague, the photographer Salem Ali, was shot dead in Derna. Still no trial."
    assert types(text) == set()


def test_a_killing_since_which_nothing_moved_stays_an_incident_when_new() -> None:
    text = "Since Monday, two farmers have been shot dead near Gharyan, the municipality said."
    assert "killing" in types(text)


# --- charges faced at a court over past torture -----------------------------------------------------------------


def test_charges_faced_over_torture_years_ago_are_no_incident() -> None:
    text = ("Italy hands over Libyan suspect to The Hague\n"
            "Italy handed over a Libyan man on Friday to face charges over the torture of detainees at a prison in "
            "Tarhuna between 2016 and 2018, Italian prosecutors said.")
    assert types(text) == set()


# --- villages attacked in a war told as background --------------------------------------------------------------


def test_villages_attacked_in_a_war_are_no_injury() -> None:
    text = ("Chadian refugees reach Qatrun\n"
            "Dozens of Chadian refugees reached the town of Qatrun this week, aid workers said. "
            "The refugees said their villages had been attacked during the fighting.")
    assert types(text) == set()


def test_villagers_attacked_stay_an_injury() -> None:
    text = "Five villagers were attacked and beaten by armed men near Mizda on Friday, relatives said."
    assert "injury" in types(text)


# --- a warning of a drone, no strike ----------------------------------------------------------------------------


def test_a_drone_warning_is_no_attack() -> None:
    text = ("Ferry delays departure from Misrata port after drone warning\n"
            "A passenger ferry delayed its departure from Misrata port on Sunday after a drone warning, the port "
            "authority said. No damage was reported.")
    assert types(text) == set()


# --- a release welcomed ------------------------------------------------------------------------------------------


def test_a_welcomed_release_of_a_detained_lawyer_is_no_incident() -> None:
    text = ("Bar association welcomes release of detained lawyer in Sabha\n"
            "The bar association welcomed on Tuesday the release of lawyer Salma Idris, held in Sabha since March.")
    assert types(text) == set()


def test_a_call_for_the_release_of_a_detained_lawyer_stays_a_detention() -> None:
    text = "The bar association called for the release of detained lawyer Salma Idris, arrested in Sabha on Monday."
    assert "arbitrary_detention" in types(text)


# --- captives with hands tied shot dead ---------------------------------------------------------------------------


def test_bound_captives_shot_dead_are_a_killing() -> None:
    text = ("A video shared online appears to show two captured soldiers with their hands tied being shot dead near "
            "Sirte, a monitoring group said on Friday.")
    assert "killing" in types(text)


def test_bound_captives_shot_dead_are_counted() -> None:
    text = ("A video shared online appears to show two captured soldiers with their hands tied being shot dead near "
            "Sirte, a monitoring group said on Friday.")
    assert counts(text)[0] == 2


# --- counts ------------------------------------------------------------------------------------------------------


def test_a_wire_dateline_leaves_the_lead_its_toll() -> None:
    text = ("Rocket hits farm near Tarhuna, killing man and two sons\n"
            "TARHUNA (AFP) - A rocket struck a farmhouse near Tarhuna on Monday, killing a farmer and his two sons "
            "and wounding three workers, the local hospital said.")
    assert counts(text) == (3, 3)


def test_a_kinsman_aged_so_who_suffered_injuries_is_one_injured() -> None:
    text = ("Girl killed by unexploded shell in Ain Zara\n"
            "A nine-year-old girl was killed on Friday when an old shell exploded near her home in Ain Zara, medics "
            "said. Her nephew, aged 6, suffered head injuries.")
    assert counts(text)[1] == 1


def test_the_total_before_a_list_among_them_counts_the_dead() -> None:
    text = ("Nine migrants, among them two women and a baby, drowned when their dinghy sank off Zuwara on Tuesday, "
            "the Red Crescent said.")
    assert counts(text)[0] == 9


def test_women_treated_after_rape_are_no_injured_count() -> None:
    text = ("Clinic in Sabha treated seven women who said they had been raped by guards at a smugglers' warehouse, "
            "the charity said on Monday.")
    assert counts(text)[1] is None


def test_a_fighters_toll_of_engineers_is_counted() -> None:
    text = ("Four engineers of the army were killed and one wounded on Monday when a mine exploded near Sirte, "
            "the army said.")
    assert counts(text)[0] == 4


def test_fuel_smugglers_killed_in_a_shootout_are_counted() -> None:
    text = "Three fuel smugglers were killed in an exchange of fire with a border patrol near Ghat on Sunday."
    assert counts(text)[0] == 3


# --- actors ------------------------------------------------------------------------------------------------------


def test_an_unknown_attacker_is_an_actor() -> None:
    text = "Four people were injured when an unknown attacker threw a grenade into a cafe in Sabha on Friday."
    assert "unknown attacker" in actors(text)


def test_a_rival_brigade_and_the_emergency_medicine_centre_are_actors() -> None:
    text = ("Two people were killed in clashes between the Nawasi force and a rival brigade in Tripoli, the Emergency "
            "Medicine Centre said.")
    assert {"rival brigade", "Emergency Medicine Centre"} <= actors(text)


def test_foreign_prosecutors_are_named_with_their_nationality() -> None:
    text = "A Libyan man wanted over the abduction of migrants in Sabha was arrested in Milan, Italian prosecutors said."
    assert "Italian prosecutors" in actors(text)


def test_a_countrys_armed_forces_are_one_actor() -> None:
    text = "Malta's armed forces rescued 40 migrants from a sinking dinghy south of Lampedusa on Monday."
    assert "Malta's armed forces" in actors(text)


def test_the_formal_name_of_armed_forces_is_kept_alone() -> None:
    text = ("The Armed Forces of Malta said on Monday two migrants were found dead on a dinghy; Malta's armed forces "
            "brought 30 survivors ashore.")
    assert "Malta's armed forces" not in actors(text)
