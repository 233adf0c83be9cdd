"""English news pass 53 (docs/labelling.md, "English news pass 53 (tune113en): injured counts"): the one of a wounded
group who died, a headline's "dies, N others in care", a second group hurt told with the verb left out, and
celebratory gunfire after a match, checked on our own sentences (written by the rasad team; no real events)."""

from nlp.annotate import annotate
from tests.nlp.english_reading import counts

# --- "A man who was among N wounded ... died": killed 1, injured N - 1 -----------------------------------------------


def test_one_of_four_wounded_who_died_is_one_dead_three_hurt() -> None:
    text = ("A teenage boy who was one of four people wounded when a rocket struck a market in Tarhuna on Friday died "
            "of his wounds on Sunday, the hospital said.")
    assert counts(text) == (1, 3)


def test_among_six_injured_who_died_is_one_dead_five_hurt() -> None:
    text = ("A man who was among six civilians injured by shelling in Ain Zara last week died in hospital on Thursday, "
            "medics said.")
    assert counts(text) == (1, 5)


def test_among_six_injured_who_is_recovering_stays_six_hurt() -> None:
    text = ("A man who was among six civilians injured by shelling in Ain Zara last week is recovering, medics "
            "said.")
    assert counts(text) == (None, 6)


# --- a headline's "X wounded ... dies, N others recovering" -----------------------------------------------------------


def test_headline_dies_two_others_recovering_is_one_dead_two_hurt() -> None:
    assert counts("Man wounded in Gharyan shelling dies, two others recovering") == (1, 2)


def test_headline_dies_two_others_in_hospital_is_one_dead_two_hurt() -> None:
    assert counts("Boy hurt in Ubari blast dies, three others still in hospital") == (1, 3)


def test_headline_dies_two_others_killed_stays_dead() -> None:
    assert counts("Man wounded in Gharyan shelling dies, two others killed")[1] is None


# --- a second group hurt with the verb left out ------------------------------------------------------------------------


def test_gapped_second_group_at_another_place_is_added() -> None:
    text = "Six shoppers were wounded in the market and three customers near the clinic, the hospital said."
    assert counts(text) == (None, 9)


def test_gapped_second_group_for_another_wound_is_added() -> None:
    text = ("Nine students were treated for smoke inhalation and three for cuts after attackers set fire to their "
            "school in Sabratha.")
    assert counts(text) == (None, 12)


def test_second_group_with_its_own_verb_is_not_added() -> None:
    text = "Six shoppers were wounded in the market and three were arrested near the clinic, the hospital said."
    assert counts(text) == (None, 6)


def test_second_clause_about_the_attackers_is_not_added() -> None:
    text = "Six shoppers were wounded in the market on Friday and the attackers fled in a car, the hospital said."
    assert counts(text) == (None, 6)


def test_parts_of_the_total_after_the_verb_are_not_added() -> None:
    text = ("Seven people were wounded, four guards and three passers-by, in a shootout in Gharyan on Tuesday, "
            "the hospital said.")
    assert counts(text) == (None, 7)


# --- celebratory gunfire after a match is no sport news ----------------------------------------------------------------


def test_celebratory_gunfire_after_a_cup_final_is_an_injury() -> None:
    text = ("Three people were wounded by celebratory gunfire in Ajdabiya on Friday night after the town's club won "
            "the cup final, the hospital said.")
    annotation = annotate(text, "en")
    assert annotation.is_incident
    assert "injury" in {i.type for i in annotation.incidents}
    assert counts(text) == (None, 3)


def test_celebratory_shots_after_a_league_final_with_an_age_is_an_injury() -> None:
    text = ("Celebratory shots after league final wound four in Ajdabiya\n"
            "Four people, including a 12-year-old, were hurt by celebratory gunfire in Ajdabiya late on Saturday after "
            "the home side won the league final, medics said.")
    annotation = annotate(text, "en")
    assert annotation.is_incident
    assert annotation.injured == 4


def test_player_injured_after_a_cup_final_stays_sport() -> None:
    text = "The striker was injured in training after the team won the cup final in Bani Walid, the club said."
    annotation = annotate(text, "en")
    assert not annotation.is_incident
    assert annotation.injured is None


# --- a first-aid training for the wounded is no event ---------------------------------------------------------------


def test_volunteers_trained_in_first_aid_for_the_wounded_is_no_incident() -> None:
    assert not annotate("Volunteers trained in first aid for the wounded in Ubari", "en").is_incident


def test_course_on_treating_the_wounded_is_no_incident() -> None:
    text = "The Red Crescent held a course for 40 volunteers in Ubari on treating the wounded in emergencies."
    assert not annotate(text, "en").is_incident


def test_first_aid_given_to_the_wounded_of_a_shelling_stays_an_incident() -> None:
    text = "Five people were wounded when a shell hit a market in Ubari; volunteers gave them first aid at the scene."
    annotation = annotate(text, "en")
    assert annotation.is_incident
    assert annotation.injured == 5


# --- a fuel tank on fire from a generator's spark is an accident ----------------------------------------------------


def test_fuel_tank_fire_from_a_generator_spark_is_an_accident_with_its_count() -> None:
    text = ("Six workers suffered burns when a fuel tank caught fire at a depot in Brega on Tuesday, the company said. "
            "Engineers believe a spark from a generator set off the blaze.")
    annotation = annotate(text, "en")
    assert not annotation.is_incident
    assert annotation.injured == 6


def test_power_station_accident_is_no_incident_with_its_count() -> None:
    text = ("Welder badly burned in Zuwara power station accident\n"
            "A welder suffered severe burns in an accident at the Zuwara power station on Sunday, the operator said.")
    annotation = annotate(text, "en")
    assert not annotation.is_incident
    assert annotation.injured == 1  # an accident keeps its count


def test_severe_burns_from_a_petrol_bomb_are_counted() -> None:
    text = "Two men suffered severe burns when gunmen threw a petrol bomb into their shop in Zawiya, relatives said."
    annotation = annotate(text, "en")
    assert annotation.is_incident
    assert annotation.injured == 2


def test_fuel_depot_set_on_fire_by_gunmen_stays_an_incident() -> None:
    text = "Six workers suffered burns when gunmen set fire to a fuel depot in Brega on Tuesday, the company said."
    annotation = annotate(text, "en")
    assert annotation.is_incident
    assert annotation.injured == 6


# --- a woman among the harmed, told by "her" after "among them" --------------------------------------------------------


def categories(text: str) -> set[str]:
    return {c for i in annotate(text, "en").incidents for c in i.victim_categories}


def test_teacher_on_her_way_among_the_wounded_is_a_woman() -> None:
    text = ("A mortar attack on Abu Salim on Tuesday wounded seven people, among them a teacher on her way to school, "
            "a medical source said.")
    assert "women" in categories(text)


def test_teacher_on_his_way_among_the_wounded_is_no_woman() -> None:
    text = ("A mortar attack on Abu Salim on Tuesday wounded seven people, among them a teacher on his way to school, "
            "a medical source said.")
    assert "women" not in categories(text)


def test_teacher_on_her_way_who_only_saw_the_attack_is_no_woman_victim() -> None:
    text = ("A teacher on her way to school saw the mortar attack on Abu Salim that wounded seven people, a medical "
            "source said.")
    assert "women" not in categories(text)


# --- the toll of an act a charge names, told in an "in which" clause ---------------------------------------------------


def test_charged_over_an_attack_in_which_a_doctor_was_wounded_is_no_incident() -> None:
    text = ("The public prosecutor said on Monday it had charged three men over an attack on a clinic in Sabratha in "
            "May in which a doctor was wounded.")
    assert not annotate(text, "en").is_incident


def test_attack_in_which_a_doctor_was_wounded_with_no_charge_stays_an_incident() -> None:
    text = "Gunmen stormed a clinic in Sabratha on Monday, in which a doctor was wounded, the hospital said."
    annotation = annotate(text, "en")
    assert annotation.is_incident
    assert annotation.injured == 1
