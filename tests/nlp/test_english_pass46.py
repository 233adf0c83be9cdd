"""English pass 46 (tune99en): injured counts in medium English news (docs/labelling.md, "English news pass 46"): a
hospital's later, fuller figure of the wounded raises the lead's smaller one (the settled answer: of two tallies of one
event, the larger, usually the later or the hospital's). Our own sentences, not the tune set's (other names, places and
wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


# --- a hospital's later, fuller figure ---------------------------------------------------------------------------

def test_hospital_fuller_figure_raises_the_wounded() -> None:
    assert counts("Mortar fire hits Sabha market\nFour civilians were wounded on Friday when mortar rounds fell on a "
                  "market in Sabha, witnesses said.\nSabha Medical Centre said on Saturday it had received nine "
                  "wounded from the shelling.")[1] == 9
    assert counts("Gunmen fire on Ajdabiya wedding\nGunmen opened fire on a wedding in Ajdabiya, killing one man and "
                  "wounding three others, relatives said.\nThe Ajdabiya hospital director said seven people had been "
                  "wounded in the shooting.") == (1, 7)
    assert counts("Police disperse Misrata sit-in\nAbout 20 protesters were hurt when police fired rubber bullets in "
                  "Misrata on Sunday, organisers said.\nThe Misrata Central Hospital said it treated 26 people for "
                  "their wounds.")[1] == 26


def test_hospital_smaller_figure_does_not_lower() -> None:
    # the look-alike: the hospital tells of a part of the wounded (a smaller figure): the first, larger count stays
    assert counts("Mortar fire hits Sabha market\nNine civilians were wounded on Friday when mortar rounds fell on a "
                  "market in Sabha, witnesses said.\nSabha Medical Centre said on Saturday it had received four "
                  "wounded from the shelling.")[1] == 9


# --- a second group of the hurt with a noun before its people ("two ground staff") --------------------------------

def test_second_group_with_a_noun_modifier_is_added() -> None:
    assert counts("A shell struck Benina airport on Thursday, wounding four travellers and two ground staff, the "
                  "airport said.")[1] == 6
    assert counts("A car bomb exploded outside a Derna bank, injuring five customers and three security guards, "
                  "police said.")[1] == 8


def test_second_number_without_people_is_not_added() -> None:
    # the look-alikes: the number after "and" counts no people (days), or the second group has its own other verb
    assert counts("A shell struck Benina airport on Thursday, wounding four travellers, and two days later the "
                  "airport reopened.")[1] == 4
    assert counts("Gunmen shot dead two guards and three bystanders were wounded in Derna on Friday.")[0] == 2


# --- one victim, then another with "the" ("injuring a nurse and the driver") --------------------------------------

def test_second_victim_with_the_is_counted() -> None:
    assert counts("A rocket hit a clinic in Gharyan on Monday, injuring a nurse and the driver of an "
                  "ambulance.")[1] == 2
    assert counts("Gunmen opened fire on a car near Sorman, wounding a teacher and the driver, police "
                  "said.")[1] == 2


def test_one_victim_and_the_gunmen_is_one() -> None:
    # the look-alike: "and the" opens the attackers' own clause, no second victim
    assert counts("Gunmen opened fire on a car near Sorman, wounding a teacher and the attackers fled, police "
                  "said.")[1] == 1


# --- "N were wounded ...; one of them, <apposition>, died of his wounds" (no "and" before the share) -------------

def test_share_of_wounded_died_after_a_semicolon() -> None:
    assert counts("Four farmers were wounded by a drone strike near Mizda on Friday; one of them, a man of 60, died "
                  "of his wounds on Saturday, relatives said.") == (1, 3)
    assert counts("Five migrants were injured when guards fired on them in Zuwara; two of the injured later died in "
                  "hospital.") == (2, 3)


def test_share_of_wounded_in_critical_condition_stays_hurt() -> None:
    # the look-alike: the share is in critical condition, nobody died
    assert counts("Four farmers were wounded by a drone strike near Mizda on Friday; one of them, a man of 60, is "
                  "in critical condition, relatives said.") == (None, 4)


# --- "sending N people to hospital" (tear gas, a blast: the settled answer counts those taken to care) ------------

def test_sent_to_hospital_counts_the_hurt() -> None:
    assert counts("Police fired tear gas at a sit-in outside the Sabha council on Thursday, sending 14 people to "
                  "hospital with breathing difficulties, medics said.")[1] == 14
    assert counts("Security forces fired tear gas at protesters in Zawiya on Sunday, sending nine of them to the "
                  "town's hospital with breathing problems.")[1] == 9


def test_sent_carers_to_hospital_is_no_count() -> None:
    # the look-alike: doctors or ambulances sent to a hospital are help, not the hurt
    assert counts("Police fired tear gas at a sit-in outside the Sabha council on Thursday; the health ministry "
                  "said it was sending 14 doctors to the city's hospital.")[1] is None


# --- accidents told by an electric shock, a ceiling or a gate giving way, a crowd crush (no incident) --------------

def incidents(text: str) -> list[str]:
    return sorted({i.type for i in annotate(text, "en").incidents})


def test_electric_shock_ceiling_and_crush_are_accidents() -> None:
    assert incidents("Two porters were injured by an electric shock from a live wire at the Misrata fish market on "
                     "Friday, the electricity company said.") == []
    assert incidents("Four students were slightly hurt when a ceiling fell in a lecture hall at Sabha University on "
                     "Tuesday, the university said.") == []
    assert incidents("Crowd crush at Benghazi concert leaves nine hurt\nNine fans were hurt when a fence gate "
                     "collapsed under the crowd at a concert in Benghazi on Saturday, organisers said.") == []


def test_shock_and_crush_words_in_an_attack_stay_incidents() -> None:
    # the look-alikes: a shell or gunfire hurts people; the torturers' electric shocks are torture
    assert "injury" in incidents("Four students were hurt when a shell hit a lecture hall at Sabha University on "
                                 "Tuesday, the university said.")
    assert "torture" in incidents("Guards beat two detainees and gave them electric shocks at a prison in Tripoli "
                                  "on Monday, their families said.")
    assert "torture" in incidents("Guards beat a detainee and subjected him to electric shock at a prison in Tripoli "
                                  "on Monday, his family said.")


# --- a wounded person going home after treatment: no new harm, no incident (the fourteenth session's answer) ------

def test_wounded_returns_home_after_treatment_is_no_incident() -> None:
    annotation = annotate("Injured teacher returns home after treatment in Egypt\nA Libyan teacher injured by a stray "
                          "bullet in Benghazi in March returned home on Sunday after two months of treatment in "
                          "Cairo, his family said.", "en")
    assert not annotation.incidents and annotation.injured is None
    annotation = annotate("Wounded reporter back home after surgery abroad\nA Libyan radio reporter wounded by shrapnel "
                          "while covering clashes in Sirte in June returned home on Friday after surgery in Turkey, "
                          "his station said.", "en")
    assert not annotation.incidents


def test_wounded_home_with_a_new_harm_stays() -> None:
    # the look-alike: the wounded man is hurt again on his way home (a new harm after the going home)
    annotation = annotate("Gunmen shoot teacher in Benghazi\nGunmen shot and wounded a teacher in Benghazi on Sunday "
                          "as he walked home from school, his family said.", "en")
    assert [i.type for i in annotation.incidents] == ["injury"] and annotation.injured == 1


# --- a trial of suspects in a past attack named by its place ("suspects in Sabha market bombing") -----------------

def test_trial_of_suspects_in_a_named_bombing_is_no_incident() -> None:
    annotation = annotate("Trial opens for suspects in Misrata fuel depot bombing\nThe trial of four men accused of "
                          "the bombing at a Misrata fuel depot opened on Sunday, their lawyers said.\nThe blast wounded "
                          "31 people. The court adjourned the case to next month.", "en")
    assert not annotation.incidents and annotation.injured is None


def test_bombing_beside_a_trial_headline_of_its_own_stays() -> None:
    # the look-alike: the headline's harm is new (a bombing outside the court), not what the trial is about
    annotation = annotate("Bomb wounds 31 outside Misrata court during trial\nA car bomb exploded outside the Misrata "
                          "court on Sunday as a trial was under way, wounding 31 people, officials said.", "en")
    assert "injury" in [i.type for i in annotation.incidents] and annotation.injured == 31


# --- an earlier event's toll told in a relative clause in a story of something else --------------------------------

def test_last_months_clashes_which_injured_is_background() -> None:
    annotation = annotate("Teachers in Sabha stop work over delayed salaries\nTeachers at public schools in Sabha "
                          "stopped work on Tuesday over four months of delayed salaries, their union said.\nThe union "
                          "said several schools still bore damage from last week's clashes, which wounded 12 people.",
                          "en")
    assert not annotation.incidents and annotation.injured is None


def test_new_harm_after_the_recalled_clause_stays() -> None:
    # the look-alike: the sentence also tells a new harm after the recalled toll
    annotation = annotate("Clashes resume in Sabha\nArmed groups clashed again in Sabha on Tuesday.\nFighting that "
                          "resumed after last week's clashes, which wounded 12 people, injured four civilians on "
                          "Tuesday, medics said.", "en")
    assert "injury" in [i.type for i in annotation.incidents]


# --- a force's men named by their service ("three border guards", "two prison guards") ---------------------------

def test_service_guards_are_counted() -> None:
    annotation = annotate("Three border guards were wounded on Thursday in an exchange of fire with armed smugglers "
                          "near Ghat, the Border Guard Department said.", "en")
    assert annotation.injured == 3 and not annotation.incidents  # fighters only: the count, no incident
    assert counts("Two prison guards were injured when inmates attacked them in Jdeida prison on Monday.")[1] == 2


def test_unit_named_soldiers_stay_to_the_fighters_rules() -> None:
    # the look-alike: a force's own men after its unit's name keep the reading they had
    assert counts("Three LNA soldiers were wounded in clashes near Ghat on Thursday.") == (None, None)


# --- a television or camera crew is the press (as «طاقم قناة» in Arabic) --------------------------------------------

def test_tv_crew_hurt_are_journalists() -> None:
    annotation = annotate("Camera crew beaten at Misrata rally\nTwo members of a television crew were injured on "
                          "Friday when men with clubs attacked them at a rally in Misrata, their channel said.", "en")
    assert any("journalists" in i.victim_categories for i in annotation.incidents)
    assert "attack_on_civil_society" in [i.type for i in annotation.incidents]


def test_ambulance_crew_is_no_press() -> None:
    # the look-alike: another crew (an ambulance's) hurt
    annotation = annotate("Two members of an ambulance crew were injured on Friday when men with clubs attacked them "
                          "in Misrata, the ambulance service said.", "en")
    assert not any("journalists" in i.victim_categories for i in annotation.incidents)


# --- "passers-by" (two tokens) before the second group's own verb -----------------------------------------------

def test_passers_by_with_their_own_verb_are_not_more_dead() -> None:
    assert counts("Gunmen shot dead two guards and three passers-by were wounded in Derna on Friday.") == (2, 3)


def test_passers_by_joined_to_the_dead_are_added() -> None:
    # the look-alike: the passers-by are more of the dead, with no verb of their own
    assert counts("Gunmen shot dead two guards and three passers-by in Derna on Friday.")[0] == 5
