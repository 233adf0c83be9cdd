"""English pass 39 (tune85en): short social posts (fighters named with their unit, "N people found dead" in a
headline without "were", counts written "x3" after the casualty word) (docs/labelling.md, "English news pass 39").
Our own sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not
change."""
from nlp.annotate import annotate


def incident(text: str) -> bool:
    return bool(annotate(text, "en").incidents)


# --- fighters named with their unit: "five soldiers of the 77 Regiment killed" ------------------------------------

def test_fighters_of_a_unit_are_counted_as_fighters() -> None:
    text = "5 soldiers of the 77 Infantry Regiment killed, 2 wounded in a raid by gunmen on a post near Ubari."
    annotation = annotate(text, "en")
    assert annotation.killed == 5
    assert annotation.injured == 2
    assert annotation.victim_status == "combatant"
    assert not annotation.incidents  # fighters only: no incident (labelling guide)
    text = "Two soldiers of the Tarik Bin Ziyad Brigade killed when their truck hit a landmine near Jufra."
    annotation = annotate(text, "en")
    assert annotation.killed == 2
    assert annotation.victim_status == "combatant"
    # the look-alike: civilians killed "of the" a family, not a unit, stay civilians and an incident
    text = "3 members of the same family killed when a shell hit their house in Qasr Bin Ghashir."
    annotation = annotate(text, "en")
    assert annotation.incidents
    assert annotation.victim_status == "civilian"


# --- "N people found dead" in a headline, no "were" ----------------------------------------------------------------

def test_headline_found_dead_counts() -> None:
    annotation = annotate("Seven migrants found dead in the desert near Ghat after traffickers left them.", "en")
    assert annotation.killed == 7
    assert annotate("11 fishermen found dead on a beach east of Tobruk, coast guard says.", "en").killed == 11
    # the look-alike: people found alive
    annotation = annotate("Seven migrants found alive in the desert near Ghat after traffickers left them.", "en")
    assert annotation.killed is None


# --- "wounded x3": a count written with "x" after the casualty word -------------------------------------------------

def test_times_count_after_casualty_word() -> None:
    annotation = annotate("Mortar fire on a market in Janzour: injured x3, dead x2, clinic says.", "en")
    assert annotation.injured == 3
    assert annotation.killed == 2
    assert annotate("Field clinic reports wounded x6 after shelling in Tajoura.", "en").injured == 6
    # the look-alike: "x" is no count when not right after a casualty word
    assert annotate("Mortar fire on a market in Janzour: stalls x3 destroyed, nobody hurt.", "en").injured is None


def test_fighters_of_a_unit_who_kill_are_no_victims() -> None:
    # the look-alike of the headline rule: the unit's men are the active verb's subject, its hedged object the dead
    text = "Fighters of the Desert Shield Brigade killed at least 12 villagers in an attack on a market in Awbari."
    annotation = annotate(text, "en")
    assert annotation.victim_status != "combatant"
    assert annotation.killed == 12


# --- an age standing for a person: "a 7-year-old was hit by a bullet" -----------------------------------------------

def test_age_alone_is_a_person_hit() -> None:
    annotation = annotate("A 7-year-old was hit by a bullet during a gunfight between two tribes in Ubari.", "en")
    assert "injury" in {c.type for c in annotation.incidents}
    assert annotation.injured == 1
    # the look-alike: an old building hit by bullets wounds nobody
    assert not incident("A 70-year-old building was hit by bullets during a gunfight between two tribes in Ubari.")


# --- a detention told from its start: "held since Monday by ..." -----------------------------------------------------

def test_held_since_a_day() -> None:
    text = "Lawyer Hind Obeidi held since Monday by the Internal Security Agency in Tobruk over a Facebook post."
    assert "arbitrary_detention" in {c.type for c in annotate(text, "en").incidents}
    assert "arbitrary_detention" in {c.type for c in annotate(
        "Activist Sami Warfalli has been detained since March by an armed group in Zawiya without charge.", "en").incidents}
    # the look-alike: an event held since a year hurts nobody
    assert not incident("The date festival, held since 2005 in Ghadames, opened on Monday with music and poetry.")


# --- a short post drops "were": "5 treated for suffocation", "A man and his mother killed" ---------------------------

def test_headline_without_were_counts() -> None:
    text = "Police fired tear gas at a sit-in in Misrata; 7 treated for suffocation at the clinic."
    assert annotate(text, "en").injured == 7
    text = "A woman and her elderly father killed when a drone hit their farm near Gharyan."
    assert annotate(text, "en").killed == 2
    text = "A farmer and his 15-year-old son wounded by shelling east of Sirte, the hospital says."
    assert annotate(text, "en").injured == 2
    # the look-alikes: people treated for an illness; a pair as the object of the verb stays as it was read
    assert annotate("Heat wave in Kufra; 7 treated for dehydration at the clinic.", "en").injured is None
    assert annotate("A man and his son were killed by a drone near Gharyan.", "en").killed == 2


# --- the body the people serve named between the number and them: "5 Red Crescent volunteers killed" -----------------

def test_body_named_before_the_people() -> None:
    text = "5 Libyan Red Crescent volunteers were killed when their car was hit near Sirte."
    assert annotate(text, "en").killed == 5
    assert annotate("3 Civil Defence workers injured as a shell landed near them in Ain Zara.", "en").injured == 3
    # the look-alike: a number of days before the people is no count of them
    assert annotate("For 3 days volunteers searched the rubble in Derna; no bodies were found.", "en").killed is None


def test_unit_number_is_no_count_of_its_men() -> None:
    # the look-alike: a number that names a unit is no count of the unit's men
    annotation = annotate("Two 302 Battalion medics were wounded at a checkpoint near Garabulli.", "en")
    assert annotation.injured != 302
    assert annotate("Three 77 Brigade paramedics killed when a shell hit their ambulance near Garabulli.", "en").killed != 77


def test_bare_participle_then_a_clause() -> None:
    # "4 paramedics killed when their ambulance was hit": the "was" belongs to the clause after "when"
    text = "4 Libyan paramedics killed when their ambulance was hit by a shell in Sirte today."
    assert annotate(text, "en").killed == 4
    # the look-alike: a man who lost relatives, then "was" shot: one dead, not the relatives
    text = "A man who lost five relatives in the flood was shot dead in Derna on Monday."
    assert annotate(text, "en").killed == 1


# --- "incl." ends no sentence: the part after it belongs to the count before ---------------------------------------

def test_incl_abbreviation_keeps_the_sentence() -> None:
    annotation = annotate("Shelling on a market in Janzour: 6 wounded, incl. 3 children, clinic says.", "en")
    assert annotation.injured == 6
    assert "children" in annotation.victim_categories()
    # the look-alike: a sentence that ends on a real word and a dot still ends there
    annotation = annotate("Shelling on a market in Janzour: 6 wounded. Schools in Tripoli stay open for 3 children's days.",
                          "en")
    assert "children" not in annotation.victim_categories()

