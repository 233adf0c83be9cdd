"""English pass 52 (tune111en): new incidents and counts in medium-long English articles (docs/labelling.md, "English
news pass 52"): look-alikes full of harm words with no new incident (a court's sentence for an old abduction, a
hospital's yearly tally of wounds, a war's anniversary toll, a sport injury, an armed-group leader assassinated, a
robber shot dead during his robbery). Our own sentences, not the tune set's (other names, places and wording); each
rule has a look-alike that must not change."""
from nlp.annotate import annotate


def incident(text: str) -> bool:
    return annotate(text, "en").is_incident


# --- a court's sentence for a past act (the guide: trials of past events are no incidents) ---------------------------

def test_court_sentence_over_past_abduction_is_no_incident() -> None:
    text = ("Sabha court jails four men over 2023 abduction of doctor\n"
            "A criminal court in Sabha sentenced four men to twelve years in prison on Wednesday for the 2023 "
            "abduction of a local doctor, the attorney general's office said.\n"
            "The doctor was released after his relatives paid a ransom.\n"
            "Municipal officials said road repairs in the city centre would finish next month.")
    assert not incident(text)
    assert not incident("Tobruk judges sentence two men for killing of shop owner\n"
                        "A court in Tobruk sentenced two men to death on Monday for the killing of a shop owner "
                        "in 2022, prosecutors said.")


def test_new_abduction_beside_a_court_is_still_an_incident() -> None:
    # the look-alike: the headline's own harm is the news
    assert incident("Gunmen abduct two engineers in Sabha\n"
                    "Armed men abducted two engineers from a water station near Sabha on Tuesday, their employer said. "
                    "A court later ordered an inquiry.")


# --- a hospital's yearly tally of wounds (a statistic) ---------------------------------------------------------------

def test_hospital_yearly_tally_of_wounds_is_no_incident() -> None:
    text = ("Zliten hospital counts 260 gunshot injuries in a year\n"
            "The Zliten Medical Centre said it had treated more than 260 gunshot injuries over the past year, "
            "most of them from stray bullets at weddings.\n"
            "The central bank said it would release new banknotes next month.")
    assert not incident(text)
    assert annotate(text, "en").injured is None  # a statistic has no count (the guide)


def test_hospital_treating_wounded_of_one_clash_is_an_incident() -> None:
    assert incident("Hospital treats 14 for gunshot wounds after Zawiya clashes\n"
                    "The Zawiya Teaching Hospital said it treated 14 civilians for gunshot wounds after clashes "
                    "between armed groups on Sunday.")


# --- a war's anniversary with its total toll --------------------------------------------------------------------------

def test_war_entering_a_new_year_with_its_toll_is_no_incident() -> None:
    text = ("Yemen's war enters its eleventh year with 380,000 dead\n"
            "Researchers estimate that the war in Yemen has killed about 380,000 people, directly and indirectly.")
    assert not incident(text)
    assert annotate(text, "en").killed is None


def test_attack_as_war_enters_a_new_year_is_an_incident() -> None:
    # the look-alike: the headline's own attack before "enters"
    assert incident("Drone strike kills nine civilians at a market as Sudan's war enters third year\n"
                    "A drone struck a crowded market in El Fasher on Tuesday, killing nine civilians, medics said.")


# --- a sport injury (the settled answers: no casualty event) ----------------------------------------------------------

def test_players_out_injured_before_a_qualifier_is_no_incident() -> None:
    assert not incident("Egypt's national team hit by injuries ahead of qualifier\n"
                        "Egypt's national football team will be without four injured defenders for next week's "
                        "qualifier in Cairo, the federation said.")


def test_player_shot_after_a_match_is_an_incident() -> None:
    assert incident("Footballer wounded by gunmen after league match in Zawiya\n"
                    "Gunmen opened fire on a footballer's car after a league match in Zawiya on Friday, wounding him "
                    "in the leg, his club said.")


# --- an armed group's leader killed (the guide: armed-group leaders killed are no incidents) -------------------------

def test_militia_leader_shot_dead_in_passive_is_a_fighter() -> None:
    text = ("Brigade leader killed in Sabratha\n"
            "The leader of a Sabratha militia, Khaled Al-Marghani, was shot dead by masked gunmen near his farm on "
            "Thursday night, local sources said.")
    annotation = annotate(text, "en")
    assert not annotation.is_incident
    assert annotation.victim_status == "combatant"


def test_leaders_son_shot_dead_stays_an_incident() -> None:
    # the look-alike: a relative of the leader, a civilian, is the one killed
    annotation = annotate("Teenager shot dead in Sabratha\n"
                          "The son of a Sabratha militia leader was shot dead by masked gunmen near his school on "
                          "Thursday, local sources said.", "en")
    assert annotation.is_incident


# --- a robber shot dead during his robbery (the guide: an attacker shot dead during his attack is no victim) --------

def test_man_who_tried_to_rob_shot_dead_is_no_incident() -> None:
    text = ("Would-be robber killed at Benghazi pharmacy\n"
            "A young man who attempted to rob a pharmacy in Benghazi's Hawari district was shot dead by a security "
            "guard on Friday, police said.")
    assert not incident(text)


def test_man_who_tried_to_stop_robbers_shot_dead_is_an_incident() -> None:
    assert incident("Pharmacist killed in Benghazi\n"
                    "A pharmacist who tried to stop a robbery in Benghazi's Hawari district was shot dead by the "
                    "robbers on Friday, police said.")


# --- "bodies" as organisations -----------------------------------------------------------------------------------------

def test_international_bodies_are_no_corpses() -> None:
    assert not incident("Lawyers' union holds annual meeting in Misrata\n"
                        "The union said its members would keep collecting evidence and pass it to international "
                        "bodies and relevant bodies in the capital.")


def test_bodies_found_are_still_a_killing() -> None:
    # the look-alike: corpses, counted or described
    assert incident("Police found the bodies of two young men bearing gunshot wounds on a farm near Sirte on Monday, "
                    "a security source said.")


# --- a police officer killed on a traffic stop or by drug dealers (the guide: police killed by a criminal) ---------

def test_officer_killed_on_a_traffic_stop_is_an_incident() -> None:
    # the rules' decision (the learnt model, not retrained in this pass, may still veto this short wording)
    annotation = annotate("Customs officer killed in Zuwara\n"
                          "A customs officer was shot dead on Thursday near Zuwara after stopping a van loaded with "
                          "hashish, the interior ministry said. The driver escaped.", "en", model=False)
    assert annotation.is_incident
    assert annotate("Police officer shot dead by drug dealers in Sabha\n"
                    "Local sources said the killers fled into the desert.", "en").victim_status != "combatant"


def test_officers_killed_by_an_armed_group_stay_fighters() -> None:
    # the look-alike: police units in a fight with an armed group
    annotation = annotate("Two police officers were killed in clashes with an armed group at a checkpoint near "
                          "Zawiya on Monday, the ministry said.", "en")
    assert not annotation.is_incident


# --- a family listed after the verb: an age before the last kin, a bare number's people --------------------------------

def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


def test_family_list_with_an_aged_child_counts_each() -> None:
    assert counts("A rocket hit a farmhouse near Garabulli on Sunday, wounding a farmer, his mother and their "
                  "9-year-old niece, medics said.")[1] == 3
    assert counts("Gunmen shot dead a trader, his brother and their 70-year-old father outside their shop in Sabha on "
                  "Friday.")[0] == 3


def test_family_list_closed_by_a_bare_number() -> None:
    assert counts("A shell struck a flat in Ain Zara, wounding a teacher, his wife and four children, the health "
                  "ministry said.")[1] == 6
    # the look-alike: the number's people after "and" open a clause of their own
    assert counts("Gunmen fired on a car in Sorman, killing a driver and his son, and three others were in critical "
                  "condition.")[0] == 2


def test_one_aged_victim_alone_stays_one() -> None:
    # the look-alike: one victim with an age, no list
    assert counts("A shell struck a flat in Ain Zara, wounding a 9-year-old girl, the health ministry said.")[1] == 1


# --- "dies" takes no object: the people after a possessive open the next clause ----------------------------------------

def test_people_after_dies_and_a_possessive_are_not_its_dead() -> None:
    assert counts("Shepherd hurt in Sirte blast dies; his three nephews still in hospital")[0] == 1


def test_people_after_a_transitive_killing_are_its_dead() -> None:
    # the look-alike: "killed her two sons" names the dead
    assert counts("Gunmen killed her two sons outside their home in Sabha on Friday, relatives said.")[0] == 2


# --- a hospital attacked is no care given (the guide: a beating with no wound stated has no injured count) -------------

def test_attack_on_the_hospital_states_no_wound() -> None:
    text = ("Gunmen kill two patients in Ajdabiya clinic raid\n"
            "Armed men stormed a clinic in Ajdabiya on Monday and shot dead two patients, staff said. A doctor was "
            "beaten during the raid.\n"
            "The health ministry condemned the raid on Ajdabiya hospital.")
    assert counts(text) == (2, None)


def test_beaten_doctor_taken_to_hospital_is_hurt() -> None:
    # the look-alike: care stated for the beaten doctor
    text = ("Gunmen kill two patients in Ajdabiya clinic raid\n"
            "Armed men stormed a clinic in Ajdabiya on Monday and shot dead two patients, staff said. A doctor was "
            "beaten during the raid and taken to hospital.")
    assert counts(text) == (2, 1)


# --- breathing trouble treated in the sentence after the tear gas -------------------------------------------------------

def test_breathing_trouble_treated_after_tear_gas_sentence_is_injury() -> None:
    text = ("Students treated after police disperse Sabha sit-in\n"
            "Police fired tear gas on Tuesday to break up a sit-in by about 300 students outside Sabha University "
            "over unpaid grants. The university clinic said it treated 11 students for breathing problems.")
    annotation = annotate(text, "en")
    assert annotation.is_incident
    assert annotation.injured == 11


def test_breathing_trouble_without_tear_gas_or_care_is_no_injury() -> None:
    # the look-alikes: a sandstorm's breathing trouble; tear gas then a complaint with no care
    assert not incident("Sandstorm sweeps Sabha\n"
                        "A sandstorm closed schools in Sabha on Tuesday. The city clinic said it treated 11 residents "
                        "for breathing problems.")
    assert annotate("Police fired tear gas on Tuesday to break up a sit-in outside Sabha University. Residents "
                    "nearby complained of breathing problems.", "en").injured is None
