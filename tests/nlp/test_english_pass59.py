"""English pass 59 (tune125en): incident and Libya precision in medium-long articles (docs/labelling.md, "English news
pass 59"): a train at a level crossing (an accident), the dead told with who they were between them and their verb ("on
holiday in ...", "of a family who had fled ..."), wounded fighters from a named group shot dead (the dead, hors de
combat). Our own sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must
not change."""
from nlp.annotate import annotate


def _killed(text: str) -> int | None:
    return annotate(text, "en").killed


# --- a train at a level crossing: an accident, not an incident --------------------------------------------------------

def test_train_at_level_crossing_is_an_accident() -> None:
    a = annotate("Two people were killed and nine injured on Sunday when a freight train hit a minibus at a level "
                 "crossing near Sousse, the civil protection said.", "en")
    assert not a.is_incident
    assert a.killed == 2 and a.injured == 9  # an accident keeps its counts
    b = annotate("A farmer was killed on Tuesday when his tractor was struck by a train near Beja, police said.", "en")
    assert not b.is_incident


def test_shooting_near_a_railway_stays_an_incident() -> None:
    # the look-alike: gunmen who kill at a railway station; no train hits anything
    a = annotate("Gunmen killed two passengers at the railway station in Gabes on Sunday, police said.", "en")
    assert a.is_incident and a.killed == 2


# --- who the dead were, told between them and their verb ---------------------------------------------------------------

def test_people_on_holiday_then_their_verb() -> None:
    assert _killed("Two young Algerian men on holiday in Tunisia drowned on Sunday while swimming off Tabarka, the "
                   "civil protection said.") == 2
    assert _killed("Four Sudanese traders on a trip to Kufra died when their lorry overturned, relatives said.") == 4


def test_members_of_a_family_who_had_fled_then_their_verb() -> None:
    assert _killed("Four members of a Sudanese family who had fled El Fasher were killed on Sunday when gunmen "
                   "opened fire on their house in Ajdabiya, police said.") == 4


def test_people_in_a_phrase_who_kill_are_not_the_dead() -> None:
    # the look-alike: the people before the phrase are the killers, and a transitive verb follows them
    a = annotate("Three gunmen on motorbikes shot dead a shopkeeper in Zliten on Sunday, police said.", "en")
    assert a.killed == 1


# --- wounded fighters from a named group shot dead: the dead, hors de combat --------------------------------------------

def test_wounded_fighters_of_a_named_group_shot_dead() -> None:
    a = annotate("At least four wounded fighters from a rival Zintan brigade were shot dead in their beds at a field "
                 "hospital in Gharyan, witnesses said.", "en")
    assert a.killed == 4 and a.injured is None
    assert a.victim_status == "hors_de_combat" and a.is_incident


def test_wounded_fighters_evacuated_stay_wounded() -> None:
    # the look-alike: wounded fighters of a group taken to hospital, nobody killed
    a = annotate("Six wounded fighters from a rival Zintan brigade were taken to a hospital in Gharyan, medics "
                 "said.", "en")
    assert a.killed is None


# --- one who survived with wounds is one hurt ----------------------------------------------------------------------------

def test_one_who_survived_with_wounds_is_one_hurt() -> None:
    a = annotate("Gunmen killed three people at a farmhouse near Derna on Monday, police said. A nephew survived with "
                 "wounds and was taken to Al-Wahda hospital.", "en")
    assert a.killed == 3 and a.injured == 1


def test_one_who_survived_unhurt_is_no_count() -> None:
    # the look-alike: a survivor with no wound of their own, or "only bruises"
    a = annotate("Gunmen killed three people at a farmhouse near Derna on Monday, police said. A nephew survived "
                 "unhurt.", "en")
    assert a.injured is None
    b = annotate("Gunmen killed three people at a farmhouse near Derna on Monday, police said. A nephew survived with "
                 "only bruises.", "en")
    assert b.injured is None


# --- a son told an adult by the word before him is no child -------------------------------------------------------------

def test_adult_son_among_the_dead_is_no_child() -> None:
    a = annotate("Gunmen killed three people at a farmhouse near Derna on Monday, police said. The dead were a "
                 "farmer, his wife and their adult son.", "en")
    assert "children" not in a.victim_categories() and "women" in a.victim_categories()


def test_son_alone_among_the_dead_stays_a_child() -> None:
    # the look-alike: the kin word alone still tells a child
    a = annotate("Gunmen killed three people at a farmhouse near Derna on Monday, police said. The dead were a "
                 "farmer, his wife and their son.", "en")
    assert "children" in a.victim_categories()


# --- a commander shot dead by gunmen, with nobody but his guards: fighters only ------------------------------------------

def test_commander_assassinated_with_gunmen_named_is_fighters_only() -> None:
    a = annotate("Brigade commander shot dead in Misrata\nA senior commander of a Misrata armed group was shot dead "
                 "outside his farm on Sunday by gunmen in a passing car, his brigade said. Colonel Salem Bou-Aisha, who "
                 "led a brigade guarding the port, was killed instantly. One of his guards was also killed.", "en")
    assert not a.is_incident and a.victim_status == "combatant"


def test_commander_and_passers_by_killed_stays_an_incident() -> None:
    # the look-alike: civilians killed beside the commander: the most protective status wins, an incident
    a = annotate("Gunmen shot dead a brigade commander and two passers-by in Misrata on Sunday, witnesses said.", "en")
    assert a.is_incident
    # and a police officer shot by a driver he stopped is a civilian victim, an incident (the labelling guide)
    b = annotate("A police officer was shot dead at a checkpoint in Sirte on Friday by a driver he had stopped, the "
                 "interior ministry said.", "en")
    assert b.is_incident


# --- where those who tell of a harm now are is no place of the harm ----------------------------------------------------

def test_tellers_place_abroad_leaves_the_harm_in_libya() -> None:
    a = annotate("Sudanese men in Sicily describe beatings in Bani Walid warehouse\nFour Sudanese men who were rescued "
                 "off Sicily this month told a charity they had been locked for weeks in a warehouse near Bani Walid, "
                 "where guards beat them with pipes and demanded ransoms from their families.", "en")
    assert a.is_incident and a.in_libya
    b = annotate("Chadian youths back in Abeche describe forced labour on Libyan farms\nSix Chadian youths flown home "
                 "last month said they were held for months on a farm near Brak, where guards whipped them. They spoke "
                 "to reporters in a shelter in Abeche.", "en")
    assert b.is_incident and b.in_libya


def test_harm_where_the_tellers_are_stays_abroad() -> None:
    # the look-alike: the harm itself happened in the town abroad (police there beat them), no Libyan place of harm
    a = annotate("Police in Sfax shot dead two Guinean migrants on Sunday, a rights group said. The men had crossed "
                 "from Libya last year.", "en")
    assert a.is_incident and not a.in_libya


def test_harm_at_home_or_an_official_speaking_keep_their_place() -> None:
    # the look-alikes: "his home in <town>" is where the harm was; "Speaking in Tripoli" is an official's seat
    a = annotate("Armed men took activist Idris Ben Omran from his home in Zliten at dawn and drove him to an unknown "
                 "location, his family said.", "en")
    assert a.is_incident and a.in_libya
    b = annotate("The economy minister said on Monday that the budget would hurt families. Speaking in Benghazi, he "
                 "said salaries would be paid.", "en")
    assert b.in_libya


# --- the people a lawyer defended are the topic of her work, not victims -------------------------------------------------

def test_migrants_a_lawyer_defended_are_no_victims() -> None:
    a = annotate("Tunisian lawyer held after defending migrants\nPolice in Sfax arrested lawyer Amel Trabelsi on "
                 "Saturday, colleagues said.", "en")
    assert "migrants" not in a.victim_categories() and "activists" in a.victim_categories()
    b = annotate("Police in Sfax arrested lawyer Amel Trabelsi on Saturday after she defended migrants at a hearing, "
                 "colleagues said.", "en")
    assert "migrants" not in b.victim_categories() and "activists" in b.victim_categories()


def test_migrants_harmed_after_something_stay_victims() -> None:
    # the look-alike: "after" then the harm done to the migrants themselves
    a = annotate("Police in Sfax detained six migrants without charge after beating them, a rights group said.", "en")
    assert "migrants" in a.victim_categories()


# --- one victim, where he was, then his death verb -------------------------------------------------------------------

def test_one_victim_then_where_he_was_then_died() -> None:
    assert _killed("Guards whipped the detainees in a warehouse near Brak, survivors said. One said that a Malian "
                   "man in his cell died after a beating in May.") == 1


def test_fighting_in_a_city_that_died_down_counts_nobody() -> None:
    # the look-alike: no victim noun before the phrase; "died down" tells the fighting
    assert _killed("Guards whipped the detainees in a warehouse near Brak, survivors said. The fighting in the town "
                   "died down on Monday.") is None


def test_migrants_in_what_the_held_activist_said_are_no_victims() -> None:
    a = annotate("Police in Gabes arrested activist Rim Jaziri at her home on Sunday, days after she said on radio that "
                 "migrants had been left in the desert, her lawyer said.", "en")
    assert "migrants" not in a.victim_categories() and "women" in a.victim_categories()


def test_migrants_held_told_by_a_that_clause_stay_victims() -> None:
    # the look-alike: "that" opens the report of the harm itself, no speech the harm followed
    a = annotate("The rights group said that migrants had been held without charge for months in a centre in Zuwara.",
                 "en")
    assert "migrants" in a.victim_categories()
