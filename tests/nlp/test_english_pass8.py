"""English news pass 8 (docs/labelling.md, "English news pass 8 (tune22en)"): casualty counts in more phrasings,
present-tense headlines, false leads and actors on English news, checked on our own sentences (written by the rasad
team; no real events)."""

from nlp.annotate import annotate
from tests.nlp.english_reading import counts, types

# --- counts: the people left unsaid, a family counted whole, a description between the people and their verb ------


def test_a_number_before_were_wounded_counts_the_wounded() -> None:
    text = "One shopkeeper was killed and four were wounded when gunmen opened fire on a market in Sabha on Monday."
    assert counts(text) == (1, 4)


def test_a_number_before_had_died_or_gone_missing_counts_nobody() -> None:
    text = ("The agency said 3,100 people had been returned to Libya since January, and 270 had died or gone missing "
            "on the route.")
    assert counts(text)[0] is None


def test_a_family_of_six_counts_six() -> None:
    assert counts("A family of six died when their house collapsed after heavy rain in Derna, officials said.")[0] == 6


def test_a_family_of_five_described_before_its_verb_counts_five() -> None:
    text = "A family of five, a couple and their three children, died when their car hit a truck near Sirte on Monday."
    assert counts(text)[0] == 5


def test_people_described_before_their_verb_are_counted() -> None:
    text = ("Four children, three brothers aged 5, 8 and 11 and their cousin, were killed when a shell hit their "
            "house in Tripoli on Friday.")
    assert counts(text)[0] == 4


# --- counts: a toll risen, a kin wounded after a killing, a named body found ------------------------------------------


def test_a_death_toll_risen_is_a_killing_of_that_many() -> None:
    text = "The death toll from a car bomb in Sirte on Monday rose to nine on Tuesday, hospital officials said."
    assert "killing" in types(text) and counts(text)[0] == 9


def test_a_kin_wounded_after_a_killing_is_one_injured() -> None:
    text = "A gunman shot dead a teacher in Zawiya on Monday and wounded his brother, police said."
    assert counts(text) == (1, 1)


def test_the_body_of_a_named_man_found_is_one_dead() -> None:
    text = "The body of Salem Ali, 40, a taxi driver abducted in Sabha last month, was found on Sunday near the town."
    assert counts(text)[0] == 1


def test_the_body_of_the_victim_found_is_one_dead() -> None:
    assert counts("The body of the victim was found on a farm road near Gharyan on Sunday.")[0] == 1


def test_the_body_of_a_boat_recovered_counts_nobody() -> None:
    assert counts("Divers recovered the body of the boat from the harbour in Tripoli on Sunday.")[0] is None


# --- present-tense headlines ---------------------------------------------------------------------------------------


def test_a_present_tense_headline_kill_is_a_killing() -> None:
    text = "Gunmen kill two traders in Sabha market"
    assert "killing" in types(text) and counts(text)[0] == 2


def test_a_present_tense_headline_with_two_harms_counts_both() -> None:
    assert counts("Clashes in Zawiya kill 12, injure 30") == (12, 30)


def test_a_present_tense_abduction_is_an_abduction() -> None:
    assert "abduction" in types("Armed group abducts activist in Misrata")


def test_a_fire_that_kills_workers_is_no_incident() -> None:
    assert not types("Fire kills three workers at Misrata factory")


def test_a_threat_to_kill_is_no_killing() -> None:
    assert not types("Armed group threatens to kill journalists in Tripoli")


def test_a_present_tense_shelling_keeps_the_clinic_it_hit() -> None:
    assert types("Militia shelling of Abu Salim clinic kills three") == {
        "killing", "attack_on_property_or_infrastructure"}


# --- false leads: soldiers killed by armed men ----------------------------------------------------------------------


def test_soldiers_killed_by_armed_men_are_fighters() -> None:
    text = "Nine soldiers were killed when armed men attacked an army post near Ghat, the army said."
    assert annotate(text, "en").victim_status == "combatant"


def test_civilians_killed_by_armed_men_stay_civilians() -> None:
    text = "Two shepherds were killed when armed men attacked their camp near Ghat, relatives said."
    assert annotate(text, "en").victim_status == "civilian"


# --- false leads: a road accident of migrants; counts: "and seven died" ----------------------------------------------


def test_a_migrants_truck_overturned_is_a_road_accident() -> None:
    text = ("Migrants' truck overturns in desert, 6 dead\nSix migrants died when the truck carrying them towards "
            "Kufra overturned on a desert track, officials said.")
    assert not types(text)


def test_a_number_before_died_counts_the_dead() -> None:
    text = "Smugglers left 30 migrants in the desert near Kufra and eight died of thirst, the Red Crescent said."
    assert counts(text)[0] == 8


# --- counts: two singular victims, two numbers of one event -------------------------------------------------------


def test_a_woman_and_a_child_killed_are_two() -> None:
    text = "A woman and a child were killed and nine others injured when a rocket hit a house in Tajoura."
    assert counts(text) == (2, 9)


def test_two_numbers_of_one_event_are_added() -> None:
    assert counts("Two fighters and three civilians were killed when a shell hit a market in Tripoli.")[0] == 5


def test_a_number_of_the_wounded_after_and_is_not_added_to_the_dead() -> None:
    assert counts("Five people were killed and three children were wounded in the strike on Tajoura.") == (5, 3)


# --- in Libya: support to the Libyan Coast Guard agreed abroad --------------------------------------------------------


def test_a_deal_abroad_on_the_libyan_coast_guard_is_libyan_affairs() -> None:
    text = ("Malta and Libya agree on patrol boats\nMalta's foreign ministry said Valletta and Tripoli agreed in "
            "Valletta on Monday to hand three patrol boats to the Libyan Coast Guard.")
    assert annotate(text, "en").in_libya


# --- actors: Libyan armed groups and bodies in their English forms --------------------------------------------------


def _actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_the_tariq_bin_ziyad_brigade_is_an_actor() -> None:
    assert "Tariq Bin Ziyad Brigade" in _actors("The Tariq Bin Ziyad Brigade detained 12 men in Sirte, a rights group said.")


def test_a_body_and_an_acronym_are_two_actors() -> None:
    assert _actors("The African Union and UNSMIL called for calm in Tripoli on Monday.") == {"African Union", "UNSMIL"}


def test_men_in_plain_clothes_keep_their_description() -> None:
    assert "Armed men in plain clothes" in _actors("Armed men in plain clothes abducted a blogger outside his home in Zawiya.")


def test_a_countrys_national_guard_and_military_government_are_whole() -> None:
    assert _actors("Tunisia's National Guard said on Monday it had stopped a boat off Sfax.") == {"Tunisia's National Guard"}
    assert _actors("Niger's military government expelled 200 migrants to the Libyan border.") == {
        "Niger's military government"}


def test_the_rights_commission_in_libya_keeps_its_full_name() -> None:
    text = "The National Human Rights Commission in Libya condemned the abduction of a blogger in Zawiya."
    assert "National Human Rights Commission in Libya" in _actors(text)


def test_a_brigade_named_in_title_case_is_an_actor() -> None:
    assert _actors("The Abu Salim Central Security Brigade detained two traders on Sunday.") == {
        "Abu Salim Central Security Brigade"}


def test_gunmen_of_a_named_brigade_are_the_brigade() -> None:
    assert _actors("Gunmen of the Zawiya Martyrs Brigade abducted two traders on Sunday.") == {"Zawiya Martyrs Brigade"}
    assert _actors("Tripoli Revolutionaries Brigade gunmen abducted a student in Tripoli.") == {
        "Tripoli Revolutionaries Brigade"}


def test_gunmen_beside_no_body_stay_actors() -> None:
    assert _actors("Gunmen abducted two traders outside Zawiya on Sunday, relatives said.") == {"Gunmen"}


# --- counts: a toll updated later, hyphenated numbers, a protester ---------------------------------------------------


def test_a_toll_updated_later_in_the_article_is_the_count() -> None:
    text = ("Three people were killed in a car bomb attack in Sirte on Monday. The toll later rose to seven after "
            "four of the wounded died in hospital.")
    assert counts(text)[0] == 7


def test_bringing_the_toll_to_a_number_is_the_count() -> None:
    text = ("Gunmen shot dead two men in Zawiya on Monday. Doctors later said a third man had died of his wounds, "
            "bringing the toll to three.")
    assert counts(text)[0] == 3


def test_a_toll_of_wounded_counts_the_wounded() -> None:
    assert counts("The toll of wounded from the clashes in Tripoli rose to 30 on Tuesday, medics said.") == (None, 30)


def test_a_hyphenated_number_is_one_number() -> None:
    assert counts("Twenty-three people have been killed in a week of fighting in Tripoli, medics said.")[0] == 23


def test_a_protester_killed_is_one() -> None:
    assert counts("Security forces killed a protester and wounded nine others in Zliten on Tuesday.") == (1, 9)


def test_a_trader_shot_dead_is_a_civilian() -> None:
    assert annotate("Gunmen shot dead a trader outside his shop in Sabha on Monday.", "en").victim_status == "civilian"


def test_traders_describing_a_massacre_of_prices_make_no_incident() -> None:
    text = ("'Massacre' of prices in Misrata market\nTraders in Misrata described a 'massacre' of prices on Monday as "
            "the dinar fell to 7.9 to the dollar.")
    assert not types(text)


def test_a_neighbours_nationality_between_number_and_people_is_read() -> None:
    assert counts("Six Chadian workers were killed when gunmen attacked a gold mine near Murzuq.")[0] == 6


def test_people_who_speak_before_a_death_are_not_its_victims() -> None:
    text = "Three Eritrean men said a Sudanese detainee died in the centre last month after guards beat him."
    assert counts(text)[0] != 3


# --- false leads: a call to free people no one names ----------------------------------------------------------------


def test_a_rally_calling_for_the_release_of_unnamed_people_is_no_incident() -> None:
    text = ("Protest in Misrata demands release of detainees\nHundreds of people rallied in Misrata on Friday calling "
            "for the release of men held without trial by armed groups. The rally ended peacefully.")
    assert not types(text)


def test_a_call_for_the_release_of_named_brothers_held_without_charge_stays() -> None:
    text = ("Relatives called for the release of three brothers detained without charge by an armed group in Zawiya "
            "last week.")
    assert "arbitrary_detention" in types(text)


# --- counts: one victim and one of kin; lives claimed ---------------------------------------------------------------


def test_a_victim_and_one_of_kin_are_two() -> None:
    assert counts("Mortar shells killed a girl and her grandfather in Abu Salim on Monday.")[0] == 2
    assert counts("A man shot dead his wife and her sister in Tobruk on Friday, police said.")[0] == 2


def test_lives_claimed_are_a_killing_counted() -> None:
    text = "The shelling claimed the lives of four civilians in Ain Zara on Sunday, medics said."
    assert "killing" in types(text) and counts(text)[0] == 4


# --- injured: wounds suffered, injuries treated -------------------------------------------------------------------


def test_people_who_suffered_wounds_are_the_injured() -> None:
    assert counts("Four civilians suffered shrapnel wounds when a shell hit their house in Tajoura.")[1] == 4


def test_people_treated_for_injuries_are_the_injured() -> None:
    assert counts("Seven people were treated for injuries after the explosion in Benghazi, the hospital said.")[1] == 7


def test_present_tense_detention_abduction_and_torture_headlines() -> None:
    assert "arbitrary_detention" in types("Militia detains journalist in Tripoli")
    assert "abduction" in types("Gunmen abduct doctor in Sabha")
    assert "torture" in types("Armed group tortures detainee in Zawiya prison")
