"""English pass 48 (tune103en): Libya-incident precision with links abroad (docs/labelling.md, "English news pass 48"):
fighters killed abroad or beside their commander, a court throwing out a suit over past deaths, commentary headlines,
denials of a strike, plane accidents; and two count kinds ("among them ..., and wounding N", "a woman and her teenage
son"). Our own sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not
change."""
from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


# --- a plane off the runway is an accident ---------------------------------------------------------------------------

def test_plane_skidding_off_the_runway_is_an_accident() -> None:
    text = ("Light aircraft crashes on landing at Ghat, two hurt\nA light aircraft skidded off the runway while landing "
            "at Ghat airport on Monday, injuring the co-pilot and a passenger, the airport said.")
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert annotation.injured == 2  # an accident keeps its count (labelling guide)


def test_drone_strike_on_an_airport_stays_an_incident() -> None:
    # the look-alike: an attack on an airport, no accident word
    assert "injury" in types("Drone strike hits Ghat airport\nA drone struck the runway of Ghat airport on Monday, "
                             "injuring two workers, the airport said.")


# --- fighters: killed while fighting, a member of the unit beside its commander, hired fighters -----------------------

def test_men_killed_while_fighting_abroad_are_fighters() -> None:
    text = ("Bodies of Chadian fighters returned via Ghat\nThe bodies of four Chadian men killed while fighting in Niger "
            "last month were handed over at the Ghat crossing on Monday, border officials said.")
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert annotation.victim_status == "combatant"


def test_mercenaries_killed_are_fighters() -> None:
    annotation = annotate("Six Syrian mercenaries were killed near Sirte last week, relatives said.", "en")
    assert not annotation.incidents
    assert annotation.victim_status == "combatant"


def test_civilians_killed_by_mercenaries_stay_an_incident() -> None:
    # the look-alike: the mercenaries are the killers, the civilians their victims
    annotation = annotate("Russian mercenaries killed three civilians near Sirte on Monday, residents said.", "en")
    assert "killing" in {i.type for i in annotation.incidents}
    assert annotation.victim_status == "civilian"


def test_driver_named_a_member_of_the_unit_is_a_fighter() -> None:
    text = ("Battalion commander killed by car bomb in Sirte\nA commander of the Al-Nasr Battalion, Maj. Faraj al-Obeidi, "
            "was killed on Monday when a bomb hidden under his car went off in Sirte. His driver, a member of the "
            "battalion, was wounded.")
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert annotation.victim_status == "combatant"


def test_civilian_driver_beside_a_commander_stays_a_victim() -> None:
    # the look-alike: the wounded man is a passer-by, no member of the unit
    text = ("Car bomb in Sirte\nA bomb hidden under a car went off in a Sirte market on Monday, killing a battalion "
            "commander. A taxi driver who was passing by was wounded.")
    assert "injury" in types(text)


# --- a civilian word right before "said" is the source --------------------------------------------------------------

def test_civilian_source_is_no_victim_beside_fighters() -> None:
    text = "Four men killed while fighting for a militia near Sebha were buried on Sunday, local officials said."
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert annotation.victim_status == "combatant"


def test_residents_killed_stay_civilians() -> None:
    # the look-alike: the residents are the victims (a verb of harm after them, no speech verb)
    annotation = annotate("Three residents were killed in an ambush near Sebha on Sunday, officials said.", "en")
    assert "killing" in {i.type for i in annotation.incidents}
    assert annotation.victim_status == "civilian"


def test_source_word_left_alone_without_fighters_told() -> None:
    # the look-alike: no describing fighter cue, the speaker rule does not run ("a local official said" as before)
    annotation = annotate("Gunmen killed three civilians near Sebha on Sunday, local officials said.", "en")
    assert "killing" in {i.type for i in annotation.incidents}
    assert annotation.victim_status == "civilian"


# --- a court throwing out a suit over past deaths --------------------------------------------------------------------

def test_court_dismissing_a_lawsuit_over_past_deaths_is_no_incident() -> None:
    text = ("Italian court rejects suit over migrants returned to Libya\nROME - An Italian appeals court on Friday "
            "dismissed a lawsuit filed by families of nine migrants who drowned in 2019 after their dinghy was pushed "
            "back towards Libya, ruling the state was not liable.")
    assert not annotate(text, "en").incidents


def test_migrants_drowning_stays_an_incident() -> None:
    # the look-alike: the drowning itself, no court
    text = ("Nine migrants drown off Zuwara\nNine migrants drowned on Friday after their dinghy capsized off Zuwara, the "
            "Libyan Red Crescent said.")
    assert annotate(text, "en").incidents


# --- commentary headlines ----------------------------------------------------------------------------------------------

def test_analysis_headline_frames_the_record() -> None:
    text = ("Analysis: How Tunisia's prisons outlast every reform\nFor years, accounts of beatings, torture and forced "
            "labour in Tunisia's prisons have drawn criticism in Brussels. Yet the system endures.")
    assert not annotate(text, "en").incidents


def test_headline_without_the_label_keeps_its_abuses() -> None:
    # the look-alike: the same record, no commentary label in the headline, is read as before (an NGO's account)
    text = ("Prison guards beat inmates in Mitiga, inmates say\nGuards beat and tortured 12 inmates at Mitiga prison "
            "last week, two released inmates told reporters.")
    assert "torture" in types(text)


# --- a headline that denies a strike ------------------------------------------------------------------------------------

def test_headline_denying_a_strike_frames_the_claim() -> None:
    text = ("Army denies striking civilians in Ghat\nThe army's spokesman on Monday denied reports that its artillery "
            "had hit homes in Ghat, saying it targeted smugglers only. Local residents had posted photos of damaged "
            "houses and said three people were wounded.")
    assert not annotate(text, "en").incidents


def test_strike_headline_without_a_denial_is_an_incident() -> None:
    # the look-alike: the same story told as a strike, no denial
    text = ("Army strike hits homes in Ghat\nArtillery fire hit homes in Ghat on Monday, wounding three people, local "
            "residents said.")
    assert "injury" in types(text)


# --- counts: "among them ..., and wounding N"; "a woman and her teenage son" -------------------------------------------

def test_among_them_list_then_the_wounded() -> None:
    assert counts("Shelling hits Ghat market\nA shell hit a market in Ghat on Friday, killing four civilians, among "
                  "them two children, and wounding eleven, a doctor said.") == (4, 11)
    assert counts("Shelling hits Ghat market\nA shell hit a market in Ghat on Friday, killing four civilians, among "
                  "them a woman, and wounding 11 others, a doctor said.") == (4, 11)


def test_among_them_list_before_the_verb_still_counts_the_whole() -> None:
    # the look-alike: the list closes a subject whose verb follows (English pass 12)
    assert counts("Eleven migrants, among them four women and a child, drowned off Zuwara on Friday.")[0] == 11


def test_kin_with_an_age_word_joined_to_a_victim() -> None:
    assert counts("A rocket struck a family home in Ghat on Tuesday, killing a man and his teenage daughter and "
                  "injuring his wife, the council said.") == (2, 1)
    assert counts("A shell hit a house in Sirte, killing a woman and her young son, relatives said.")[0] == 2


def test_a_thing_after_the_possessive_adds_no_victim() -> None:
    # the look-alike: "his old car" is no person
    assert counts("A rocket struck a street in Ghat on Tuesday, killing a man and his old car was burned, the council "
                  "said.")[0] == 1
