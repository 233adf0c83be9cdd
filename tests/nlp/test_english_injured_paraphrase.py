"""English injured paraphrase pass (docs/labelling.md, "English injured paraphrase pass (twenty-first session)"): the
wordings of the injured count that the tune files' rules did not carry to new wordings of the same facts, checked on
our own sentences (written by the rasad team; no real events)."""

from tests.nlp.english_reading import counts, types

# --- "needed / required treatment" read as "were treated": the number with its people is the subject -----------------


def test_people_with_a_place_between_needed_treatment() -> None:
    text = ("Rocket hits Ajdabiya street\n"
            "A rocket hit a street in Ajdabiya on Monday, killing a baker. Seven people in nearby shops needed "
            "treatment for cuts from flying glass, the hospital said.")
    assert counts(text) == (1, 7)


def test_a_whole_with_its_part_needed_treatment() -> None:
    text = ("Fire set to Sirte workers' lodging\n"
            "Unknown men set fire to a lodging of foreign workers in Sirte on Friday night. Nine workers, two of them "
            "teenagers, required treatment for burns, the civil defence said.")
    assert counts(text) == (None, 9)


def test_people_told_by_a_relative_clause_needed_treatment() -> None:
    text = ("Shells hit Misrata port\n"
            "Shells fell on Misrata port on Sunday, killing a fisherman. Three women who had come to meet relatives "
            "needed treatment for shrapnel wounds.")
    assert counts(text) == (1, 3)


def test_a_bare_age_before_needed_stitches_is_no_count() -> None:
    text = ("Reporter attacked in Zawiya\n"
            "Armed men attacked a reporter in Zawiya on Monday. The reporter, 31, needed stitches to a head wound.")
    assert counts(text) == (None, 1)


# --- a pair as the subject of "suffered / sustained" a wound, as of "were wounded" ----------------------------------


def test_an_articled_pair_sustained_injuries() -> None:
    text = ("Gunmen storm Sabratha school\n"
            "A teacher and a school guard sustained injuries on Tuesday when gunmen stormed a school in Sabratha "
            "looking for a pupil's father, the municipality said.")
    assert counts(text) == (None, 2)


def test_a_pair_with_an_age_compound_suffered_injuries() -> None:
    text = ("Drone hits shepherds near Bani Walid\n"
            "A shepherd and his 12-year-old nephew suffered injuries on Sunday when a drone struck their tent east of "
            "Bani Walid, the town council said.")
    assert counts(text) == (None, 2)


def test_a_pair_that_suffered_losses_is_no_count() -> None:
    text = ("Fire in Sabha market\n"
            "A trader and a tailor suffered heavy losses when a fire swept through the Sabha market on Tuesday.")
    assert counts(text)[1] is None


# --- a headline's single victim "among N hurt": N is the whole --------------------------------------------------------


def test_a_single_victim_among_a_headline_toll_gives_the_toll() -> None:
    text = ("Schoolboy among five hurt in Ubari shelling\n"
            "Shells fell on a residential area of Ubari on Thursday afternoon, the town's hospital said.")
    assert counts(text) == (None, 5)


def test_a_counted_part_among_a_headline_toll_still_gives_the_toll() -> None:
    text = ("Two girls among six hurt in Ubari shelling\n"
            "Shells fell on a residential area of Ubari on Thursday afternoon, the town's hospital said.")
    assert counts(text) == (None, 6)


# --- "were left with" a wound ----------------------------------------------------------------------------------------


def test_people_left_with_wounds_are_hurt() -> None:
    text = ("Gunmen attack farm near Ghat\n"
            "Gunmen attacked a farm near Ghat on Monday, shooting dead two labourers. Four more were left with stab "
            "wounds, a local official said.")
    assert counts(text) == (2, 4)


def test_people_left_with_nothing_are_not_hurt() -> None:
    text = ("Gunmen attack farm near Ghat\n"
            "Gunmen attacked a farm near Ghat on Monday, shooting dead two labourers. Four more were left with no "
            "wages, a local official said.")
    assert counts(text) == (2, None)


# --- two kinds of one wound noun joined by "and" ---------------------------------------------------------------------


def test_gunshot_and_shrapnel_wounds_are_one_wound_noun() -> None:
    text = ("Fighting in Gharyan\n"
            "Six fighters were killed in clashes in Gharyan on Sunday. Gharyan hospital said it had received 14 others "
            "with gunshot and shrapnel wounds.")
    assert counts(text) == (6, 14)


def test_a_wound_kind_joined_to_something_else_is_no_wound() -> None:
    text = ("Fighting in Gharyan\n"
            "Six fighters were killed in clashes in Gharyan on Sunday. Gharyan hospital said it had received 14 others "
            "with gunshot and blood loss.")
    assert counts(text) == (6, None)


# --- shrapnel that "was hit" (a victim confirms it) ---------------------------------------------------------------


def test_a_volunteer_hit_by_shrapnel_is_hurt() -> None:
    text = "A Red Crescent volunteer was hit by shrapnel while helping families leave Ain Zara this morning."
    assert counts(text) == (None, 1)


def test_a_car_hit_by_shrapnel_is_no_injury() -> None:
    text = "A parked car was hit by shrapnel in Ain Zara this morning."
    assert "injury" not in types(text)


# --- care given to "him / her" for a wound ---------------------------------------------------------------------------


def test_doctors_treated_her_for_a_wound() -> None:
    text = ("Freed Sabha nurse recounts ordeal\n"
            "A nurse from Sabha freed on Friday after two weeks with kidnappers said she was tortured. Doctors at Sabha "
            "Medical Centre treated her for a broken wrist, her brother said.")
    assert counts(text) == (None, 1)


def test_doctors_treated_him_for_an_illness_is_no_wound() -> None:
    text = ("Freed Sabha trader returns home\n"
            "A trader from Sabha was freed on Friday after two weeks with kidnappers. Doctors at Sabha Medical Centre "
            "treated him for diabetes, his brother said.")
    assert counts(text) == (None, None)


# --- a court's sentence over an attack a relative clause tells: a proceeding ---------------------------------------


def test_a_sentence_over_an_attack_that_wounded_people_counts_nobody() -> None:
    text = ("Court jails three over 2024 bombing that wounded nine\n"
            "The Benghazi criminal court on Sunday sentenced three men to 20 years in prison, the prosecutor said.")
    assert counts(text) == (None, None)


def test_a_suspect_held_over_an_attack_keeps_the_old_reading() -> None:
    text = ("Suspect held over shooting that wounded four in Sabha\n"
            "Police arrested a suspect on Tuesday, the interior ministry said.")
    assert counts(text) == (None, 4)


def test_a_jailing_beside_a_new_wounding_keeps_its_count() -> None:
    text = ("Two jailed as shooting wounds four in Sabha\n"
            "Gunmen wounded four people in Sabha on Tuesday, the hospital said.")
    assert counts(text) == (None, 4)


# --- accidents told in other words: a "tanker blast" headline, a house that "caved in" -------------------------------


def test_a_tanker_blast_headline_is_an_accident() -> None:
    text = ("Gas tanker blast kills nine in Brak\n"
            "A gas tanker blew up at a fuel depot in Brak on Monday, killing nine people, the health ministry said.")
    assert types(text) == set()
    assert counts(text) == (9, None)


def test_a_house_that_caved_in_is_an_accident() -> None:
    text = ("Three hurt as old house caves in in Ghadames\n"
            "An old mud-brick house caved in in Ghadames on Friday, injuring three members of one family, the civil "
            "defence said.")
    assert types(text) == set()
    assert counts(text) == (None, 3)


def test_a_house_that_caved_in_under_an_airstrike_stays_an_attack() -> None:
    text = ("Airstrike on Murzuq house kills three\n"
            "An airstrike hit a house in Murzuq on Friday, killing three people. The house caved in on the family, "
            "relatives said.")
    assert "killing" in types(text)


def test_a_drone_hitting_a_tanker_stays_an_attack() -> None:
    text = ("Drone hits fuel tanker near Sirte, killing driver\n"
            "A drone struck a fuel tanker near Sirte on Monday, killing its driver, the municipality said.")
    assert "killing" in types(text)
