"""English news pass 56 (docs/labelling.md, "English news pass 56 (tune119en): killed and injured counts told
together"): the dead and the hurt told in one sentence or one headline (an age compound before the first victim, a
companion joined by "their", "a fourth seriously hurt", "Boy dies, brother and cousin hurt", "one of three wounded
dies", "the third ... died", a risen toll after some of the wounded died), checked on our own sentences (written by
the rasad team; no real events)."""

from nlp.annotate import annotate
from tests.nlp.english_reading import counts, types

# --- people at the beach and in a kitchen are counted: counts_words -------------------------------------------------


def test_swimmers_after_one_dead_are_the_hurt() -> None:
    text = "A woman died and three bathers were hurt when a speedboat hit them off the beach at Sabratha on Friday."
    assert counts(text) == (1, 3)


def test_a_chef_killed_beside_the_hurt_is_one_dead() -> None:
    text = ("A gas cylinder blew up in a hotel kitchen in Misrata on Tuesday, killing a chef and injuring four "
            "waiters, the civil defence said.")
    assert counts(text) == (1, 4)


def test_swimmers_treated_for_stings_are_no_one_hurt() -> None:
    text = ("Jellyfish season starts early in Zuwara\nLifeguards treated 25 swimmers for jellyfish stings on the town's "
            "beaches on Sunday, the municipality said.")
    assert counts(text) == (None, None)


def test_swimmers_treated_for_gunshot_wounds_are_hurt() -> None:
    text = "Medics treated nine swimmers for gunshot wounds after militiamen fired at a beach near Garabulli."
    assert counts(text) == (None, 9)


# --- an age compound before the first victim ---------------------------------------------------------------------------


def test_his_eight_year_old_son_killed_is_one_dead() -> None:
    text = ("A rocket hit a farmhouse near Bani Walid on Monday, killing his 8-year-old son and wounding three of his "
            "cousins, relatives said.")
    assert counts(text) == (1, 3)


def test_aged_girl_and_two_guests_wounded_are_three() -> None:
    text = "Stray bullets at a wedding in Tarhuna on Saturday wounded a 12-year-old girl and two guests, a doctor said."
    assert counts(text) == (None, 3)


def test_young_girl_and_two_guests_wounded_stay_three() -> None:
    text = "Stray bullets at a wedding in Tarhuna on Saturday wounded a young girl and two guests, a doctor said."
    assert counts(text) == (None, 3)


# --- one companion joined by "their" -------------------------------------------------------------------------------


def test_workers_and_their_driver_shot_dead_are_four() -> None:
    text = "Three Nigerien labourers and their Libyan driver were shot dead by gunmen south of Sabha on Sunday."
    assert counts(text) == (4, None)


def test_children_and_their_mother_injured_are_three() -> None:
    text = "Two children and their mother were injured when a shell hit their home in Janzour on Friday."
    assert counts(text) == (None, 3)


def test_migrants_killed_and_their_smugglers_fled_stay_three() -> None:
    text = "Three migrants were killed and their smugglers fled when coastguards fired on a boat off Sabratha."
    assert counts(text)[0] == 3


# --- "and a fourth seriously hurt" ----------------------------------------------------------------------------------


def test_two_killed_and_a_third_badly_hurt_is_two_and_one() -> None:
    text = "Two shepherds were killed and a third badly hurt when a shell fell near their flock outside Hun on Monday."
    assert counts(text) == (2, 1)


def test_two_killed_and_a_third_arrested_stays_two_dead() -> None:
    text = "Two smugglers were killed and a third was arrested when a patrol fired on their car near Hun on Monday."
    assert counts(text) == (2, None)


# --- "Boy dies, brother and cousin hurt": "dies" takes no object ----------------------------------------------------


def test_headline_girl_dies_sister_and_uncle_hurt_is_one_dead() -> None:
    assert counts("Girl dies, sister and uncle hurt by old mortar round in Tawergha")[0] == 1


def test_headline_girl_killed_two_boys_maimed_is_one_dead_two_hurt() -> None:
    assert counts("Girl killed, two boys maimed by old mortar round in Tawergha") == (1, 2)


def test_headline_man_and_wife_killed_stay_two_dead() -> None:
    assert counts("A man and his wife killed by old mortar round in Tawergha")[0] == 2


# --- one of a wounded group who died ---------------------------------------------------------------------------------


def test_headline_one_of_four_wounded_dies_is_one_dead_three_hurt() -> None:
    assert counts("Militia fires on Zawiya bakery; one of four wounded dies") == (1, 3)


def test_one_of_four_wounded_said_stays_four_hurt() -> None:
    assert counts("One of four wounded men said the militia fired on them in Zawiya on Monday.") == (None, 4)


def test_the_fourth_of_four_wounded_died_is_one_dead_three_hurt() -> None:
    text = ("Four farm workers were wounded when a militia fired on their truck near Ghat on Friday. Three were treated "
            "and sent home, but the fourth was in a coma and died on Saturday.")
    assert counts(text) == (1, 3)


def test_the_third_such_attack_stays_four_hurt() -> None:
    text = ("Four farm workers were wounded when a militia fired on their truck near Ghat on Friday. The third such "
            "attack this month has angered the town.")
    assert counts(text) == (None, 4)


def test_toll_risen_after_two_of_the_wounded_died_leaves_the_others_hurt() -> None:
    text = ("A drone hit a house in Zliten on Monday, killing two children and wounding five relatives, officials "
            "said. By Wednesday the toll had risen to four dead after two of the wounded died in hospital.")
    assert counts(text) == (4, 3)


def test_toll_risen_with_no_wounded_dying_keeps_the_hurt() -> None:
    text = ("A drone hit a house in Zliten on Monday, killing two children and wounding five relatives, officials "
            "said. By Wednesday the toll had risen to four dead, the council said.")
    assert counts(text) == (4, 5)


# --- look-alikes: a crowd surge at a handout, a jet ski, a visit to the wounded, a half-year tally --------------------


def test_crowd_surge_at_a_handout_is_no_incident_and_keeps_its_counts() -> None:
    text = ("Two people died and six were injured when a crowd surged at a flour handout in Ubari on Monday, the "
            "hospital said.")
    assert types(text) == set()
    assert counts(text) == (2, 6)


def test_jet_ski_into_bathers_is_no_incident() -> None:
    text = "A boy died and two bathers were hurt when a jet ski ran into them off Tajoura's beach on Saturday."
    assert types(text) == set()
    assert counts(text) == (1, 2)


def test_crowd_fired_on_stays_an_incident() -> None:
    text = "Two people died and six were injured when guards fired on a crowd at a flour handout in Ubari on Monday."
    assert "killing" in types(text)


def test_minister_checks_on_victims_is_no_incident() -> None:
    text = ("Interior minister checks on Zliten blast victims\nThe interior minister on Tuesday visited Zliten Medical "
            "Centre, where four people wounded in last week's shooting at a cafe are being treated.")
    assert types(text) == set()


def test_half_year_update_tally_is_no_incident() -> None:
    text = ("In its half-year update, the mission said 31 civilians were killed and 70 were injured in armed clashes "
            "in Libya between January and June.")
    assert types(text) == set()


def test_headline_toll_over_months_of_clashes_is_no_incident() -> None:
    assert types("Mission: 31 civilians killed, 70 hurt in six months of clashes") == set()


def test_a_shelling_after_months_of_calm_stays_an_incident() -> None:
    assert "killing" in types("A shell killed two children in Sabha on Monday, ending six months of calm in the city.")


# --- an earlier month's event recalled past the lead -------------------------------------------------------------


def test_a_month_opener_past_the_lead_recalls_another_event() -> None:
    text = ("Two shepherds were wounded on Friday when gunmen fired at them near Hun, a doctor said. In April, clashes "
            "in the same area killed nine people and wounded fourteen.")
    assert counts(text) == (None, 2)


def test_a_later_sentence_with_no_month_still_counts() -> None:
    text = ("Two shepherds were wounded on Friday when gunmen fired at them near Hun, a doctor said. Gunmen also "
            "killed nine people nearby.")
    assert counts(text)[0] == 9


# --- a town "near Libya" is outside it: place_roles -----------------------------------------------------------------


def test_village_near_libya_is_not_in_libya() -> None:
    assert annotate("Gunmen raid Chad village near Libya, killing two herders", "en").in_libya is False


def test_herders_killed_near_a_libyan_town_stay_in_libya() -> None:
    assert annotate("Gunmen kill two herders in Libya's south near Qatrun", "en").in_libya is True


# --- sport injuries have no count (settled answers): incident_lexicon.yaml `figurative` -------------------------------


def test_players_who_hurt_hamstrings_in_a_friendly_count_nobody() -> None:
    text = ("Al-Ahly Benghazi hit by injuries before derby\nThe coach said three players were out injured for Friday's "
            "derby in Tripoli. Two of them hurt hamstrings in a friendly in Tunis.")
    assert counts(text) == (None, None)


def test_fans_shot_after_a_friendly_stay_hurt() -> None:
    assert counts("Gunmen fired on fans after a friendly in Benghazi on Friday, wounding three.") == (None, 3)
