"""English pass 41 (tune89en): Libya-incident precision with neighbours named, killed counts (a share told between a
toll and its verb, fighters told as "jihadists", one commander and "two of his aides") (docs/labelling.md, "English
news pass 41"). Our own sentences, not the tune set's (other names, places and wording); each rule has a look-alike
that must not change."""
from nlp.annotate import annotate

# --- "Four herders, one of them a boy, were found dead": the share between the toll and its verb -------------------

def test_share_between_toll_and_found_dead() -> None:
    annotation = annotate("Four herders, one of them a boy, were found dead near Ghadames on Sunday, relatives said.", "en")
    assert annotation.killed == 4
    annotation = annotate("Six Sudanese migrants, two of them teenagers, were found dead in the desert south of Kufra.",
                          "en")
    assert annotation.killed == 6
    # the look-alike: a share with its own verb after the toll's verb is still the toll's share, not a new toll
    annotation = annotate("Four herders were found dead near Ghadames on Sunday, one of them a boy, relatives said.", "en")
    assert annotation.killed == 4
    # and a lone "one of them" with no toll before it stays one
    annotation = annotate("One of the herders, a boy, was found dead near Ghadames on Sunday, relatives said.", "en")
    assert annotation.killed == 1


# --- fighters counted as "jihadists" / "insurgents": "12 jihadists and two soldiers were killed" = 14 ---------------

def test_jihadists_counted_as_people() -> None:
    annotation = annotate("The army said nine jihadists and three soldiers were killed in fighting near Agadez on Monday.",
                          "en")
    assert annotation.killed == 12
    assert annotation.victim_status == "combatant"
    assert not annotation.incidents  # fighters only: no incident (labelling guide)
    annotation = annotate("Seven insurgents were killed in an army raid near Gao, the ministry said.", "en")
    assert annotation.killed == 7
    # the look-alike: a number of jihadists arrested is no toll
    annotation = annotate("Police arrested nine jihadists in a raid near Agadez on Monday, the ministry said.", "en")
    assert annotation.killed is None


# --- "killed a commander and two of his aides" = 3 ------------------------------------------------------------------

def test_commander_and_his_aides_killed() -> None:
    annotation = annotate("Troops killed a senior rebel commander and three of his aides in an air strike near Murzuq on "
                          "Tuesday, the army said.", "en")
    assert annotation.killed == 4
    assert not annotation.incidents
    assert annotate("Gunmen killed a commander and two of his bodyguards outside Sabha.", "en").killed == 3
    # the look-alikes: a commander who speaks is no victim, nor one accused of a killing
    assert annotate("A militia commander accused of killing detainees was arrested in Zawiya.", "en").killed is None
    annotation = annotate("A rebel commander said three of his aides were captured near Murzuq on Tuesday.", "en")
    assert annotation.killed is None


# --- a leftover mine named in the headline: the casualty word says killed or wounded, the type is the human harm ---

def test_mine_headline_counts_no_dead() -> None:
    text = ("Landmine wounds two herders near Gharyan\nTwo herders were wounded on Friday when a mine left from the "
            "2019 fighting exploded in a field south of Gharyan, a doctor said.")
    annotation = annotate(text, "en")
    assert annotation.killed is None
    assert annotation.injured == 2
    assert {i.type for i in annotation.incidents} == {"injury"}  # leftover mines: `injury`, not `other` (guide)
    # the look-alike: a mine that kills keeps its dead
    text = ("Landmine kills boy near Ain Zara\nA boy of 11 was killed on Sunday when a landmine exploded as he played "
            "near his home in Ain Zara, the Red Crescent said.")
    annotation = annotate(text, "en")
    assert annotation.killed == 1
    assert {i.type for i in annotation.incidents} == {"killing"}


# --- a headline's visit to the hurt: "PM visits wounded from Zawiya clashes": the visited hurt are no new harm -----

def test_headline_visit_to_the_wounded_is_no_incident() -> None:
    text = ("Interior minister visits wounded from Gharyan clashes in hospital\n"
            "Interior Minister Salem Abudabbous visited people hurt in last month's Gharyan clashes at Gharyan General "
            "Hospital on Sunday and promised to pay for their treatment.")
    assert not annotate(text, "en").incidents  # an official's visit, no new harm (fourteenth session)
    # the look-alike: a harm of the headline's own before the visit stays an incident
    text = ("Two civilians wounded in Gharyan shelling as minister visits town\n"
            "Two civilians were wounded on Sunday when a shell exploded in a street in Gharyan, hours before Interior Minister "
            "Salem Abudabbous visited the town.")
    assert {i.type for i in annotate(text, "en").incidents} == {"injury"}


# --- "about 30 were beaten and three were taken to a clinic": the beaten are no injured count, those in care are ----

def test_beaten_group_then_share_in_care() -> None:
    text = ("Former detainees said about 30 migrants were beaten by guards at the Ghout al-Shaal centre on Friday and "
            "that three were taken to a clinic with broken arms.")
    assert annotate(text, "en").injured == 3
    # the look-alikes: people wounded (not beaten) keep their count; beaten with no care told count nobody
    text = ("About 30 migrants were wounded by gunfire at the Ghout al-Shaal centre on Friday and three were taken to "
            "a clinic with broken arms, detainees said.")
    assert annotate(text, "en").injured == 30
    text = "Former detainees said about 30 migrants were beaten by guards at the Ghout al-Shaal centre on Friday."
    assert annotate(text, "en").injured is None


# --- taken "to an unknown location" by gunmen: abduction and enforced disappearance (thirteenth session) ------------

def test_unknown_location_is_also_a_disappearance() -> None:
    text = ("Three Libyan merchants were seized by gunmen near Faya-Largeau in northern Chad on Sunday, their employer "
            "said, and taken to an unknown location.")
    assert {i.type for i in annotate(text, "en").incidents} == {"abduction", "enforced_disappearance"}
    # the look-alike: kidnappers who ask a ransom hold a captive, no disappearance (English pass 9)
    text = ("Gunmen seized three Libyan drivers near Faya-Largeau in northern Chad on Sunday and are demanding a ransom "
            "for their release, their employer said.")
    assert {i.type for i in annotate(text, "en").incidents} == {"abduction"}


# --- refugees arriving in a Libyan town after fleeing fighting abroad: the arrival is the Libyan news ----------------

def test_arrivals_in_libya_after_fleeing_abroad() -> None:
    text = ("Sudanese refugees arrive in Tazirbu as Nyala fighting grows\n"
            "About 2,500 Sudanese refugees, mostly women and children, arrived in Tazirbu in the past week after fleeing "
            "fighting around Nyala, the municipality said on Monday. Many crossed through Chad's Tibesti region. The "
            "municipality appealed to the World Food Programme for aid.")
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert annotation.in_libya
    # the look-alike: the fighting itself abroad, with a Libyan town only as where some fled to, is not Libya
    text = ("Clashes around Tibesti kill 14 civilians, Chad says\n"
            "Fighting between the army and rebels around Tibesti in northern Chad killed 14 civilians on Saturday, "
            "the Chadian government said in N'Djamena. Some families fled towards Qatrun in Libya.")
    assert not annotate(text, "en").in_libya


# --- a shipwreck's dead whose boat left Libya, told to UNHCR or IOM: migrants, though the text never says "migrants" ---

def test_shipwreck_dead_told_to_refugee_agency_are_migrants() -> None:
    text = ("Bodies of three men recovered after shipwreck off Pantelleria\n"
            "Italian rescuers recovered the bodies of three men after a wooden boat carrying about 30 people sank off "
            "Pantelleria on Tuesday, the Italian coast guard said. Survivors told the International Organization for "
            "Migration (IOM) that the boat had left Zuwara in western Libya.")
    categories = {c for i in annotate(text, "en").incidents for c in i.victim_categories}
    assert "migrants" in categories
    # the look-alike: fishermen lost in a shipwreck, no crossing told, are no migrants
    text = ("Bodies of three fishermen recovered after shipwreck off Pantelleria\n"
            "Italian rescuers recovered the bodies of three fishermen after their trawler sank in a storm off "
            "Pantelleria on Tuesday, the Italian coast guard said.")
    categories = {c for i in annotate(text, "en").incidents for c in i.victim_categories}
    assert "migrants" not in categories


# --- fighters killed after capture or surrender: a killing (hors de combat), no detention told -----------------------

def test_captives_killed_are_no_arbitrary_detention() -> None:
    text = ("Four fighters who had surrendered after clashes near Bani Walid on Monday were shot dead by their captors, "
            "a rights group said.")
    assert {i.type for i in annotate(text, "en").incidents} == {"killing"}
    text = "Two prisoners were executed after clashes near Bani Walid on Monday, the UN mission said."
    assert {i.type for i in annotate(text, "en").incidents} == {"killing"}
    # the look-alike: a detainee who died in a prison, no fighting told, is harm in custody (detention kept)
    text = "A detainee died in Jdeida prison in Tripoli on Monday after being denied medical care, his family said."
    assert "arbitrary_detention" in {i.type for i in annotate(text, "en").incidents}


# --- "She has been held in ... prison since her arrest": the one jailed, told by "she", is a woman -------------------

def test_jailed_blogger_told_by_she_is_a_woman() -> None:
    text = ("Libyan activist jailed in Egypt over online posts\n"
            "CAIRO (AFP) - An Egyptian court on Sunday jailed Libyan activist Nour Bennani for two years over online "
            "posts criticising the police, the family said. She has been held in Qanater prison since her arrest in "
            "March.")
    categories = {c for i in annotate(text, "en").incidents for c in i.victim_categories}
    assert {"activists", "women"} <= categories
    # the look-alike: "he" is no woman
    categories = {c for i in annotate(text.replace("She has", "He has").replace("her arrest", "his arrest"), "en").incidents
                  for c in i.victim_categories}
    assert "activists" in categories and "women" not in categories


# --- "were later found dead": an adverb between the auxiliary and the state -----------------------------------------

def test_adverb_before_found_dead() -> None:
    assert annotate("Five Nigerien migrants were later found dead in the desert near Wau al-Kabir.", "en").killed == 5
    assert annotate("Two shepherds were also found dead near Brak on Sunday, police said.", "en").killed == 2
    # the look-alike: found alive
    assert annotate("Five Nigerien migrants were later found alive in the desert near Wau al-Kabir.", "en").killed is None
