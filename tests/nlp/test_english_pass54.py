"""English pass 54 (tune115en): new incidents in long articles and Libya precision (docs/labelling.md, "English news
pass 54"): an arson told by "setting fire to", a customs officer killed when criminals rammed his post, a post-war
tally "since the fighting ended", compensation for people "whose homes were damaged", a harm inside a year-named
earlier event ("a 2022 siege in which"), a leader killed counted as one, a boat's crew counted by a number. Our own
sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


def incident(text: str) -> bool:
    return annotate(text, "en").is_incident


# --- an arson told by a participle ("setting fire to"): the lexicon's "set fire to" in its other forms ---------------

def test_setting_fire_to_a_plant_building_is_an_attack_on_property() -> None:
    assert "attack_on_property_or_infrastructure" in _types(
        "Masked men stormed the Wafa gas plant near Nalut on Friday, setting fire to a storage hall, the operator "
        "said. No staff were hurt.")
    assert "attack_on_property_or_infrastructure" in _types(
        "A gang sets fire to a pharmacy in Gharyan after its owner refused to pay them, residents said.")


def test_inmates_setting_fire_to_mattresses_stay_no_attack() -> None:
    # the look-alike: bedding set alight in a riot is nobody's property attacked (English pass 28's fuel rule)
    assert "attack_on_property_or_infrastructure" not in _types(
        "Inmates at Kuweifiya prison were setting fire to mattresses on Thursday to protest delays in their trials.")


# --- an officer killed when criminals rammed or fired on his post: a crime's victim, no fighter ----------------------

def test_customs_officer_killed_when_smugglers_rammed_a_post_is_an_incident() -> None:
    a = annotate("A customs officer was killed on Friday when a drug dealers' truck rammed a roadblock near Ras "
                 "Ajdir, officials said.", "en")
    assert a.is_incident and a.victim_status != "combatant"
    assert incident("A police officer was shot dead on Sunday when smugglers opened fire on his patrol car near "
                    "Dehiba.")


def test_police_killed_when_militants_attacked_stay_fighters() -> None:
    a = annotate("Two police officers were killed when militants attacked their post near Ras Ajdir on Friday.",
                 "en")
    assert not a.is_incident and a.victim_status == "combatant"


# --- a post-war tally: "since the fighting ended" sums the years after it --------------------------------------------

def test_remnants_tally_since_the_fighting_ended_is_no_incident() -> None:
    text = ("Deminers clear 900 devices from Qasr Bin Ghashir\n"
            "Unexploded shells have killed more than 60 civilians since the fighting ended, the demining centre "
            "said on Tuesday.\n"
            "No new casualties were reported.")
    assert not incident(text)
    assert annotate(text, "en").killed is None


def test_running_toll_since_the_clashes_began_stays_an_incident() -> None:
    # the look-alike: an event's own running toll
    assert incident("At least 14 civilians have been killed since the clashes began on Monday in Zawiya, the "
                    "ambulance service said.")


# --- compensation for people whose homes were damaged: a loss already suffered -----------------------------------------

def test_compensation_for_families_whose_homes_were_hit_is_no_attack() -> None:
    assert not incident("The minister toured Gharyan on Thursday and promised compensation for families whose houses "
                        "were damaged, his office said.")
    assert not incident("The council approved compensation for traders whose shops were looted last year.")


def test_homes_damaged_by_shelling_stay_an_attack() -> None:
    assert incident("Shelling damaged six homes in Gharyan on Thursday, residents said, and families fled.")


# --- a harm inside an earlier event named by its year ("a 2022 siege in which ...") ---------------------------------

def test_harm_inside_a_year_named_standoff_is_recalled() -> None:
    assert not incident("The dispute revives a 2022 standoff in which gunmen seized the port and three clerks were "
                        "abducted, halting imports.")
    assert not incident("The raid echoes the 2019 siege in which two teachers were shot dead.")
    assert not incident("Residents still speak of the 2019 siege during which two teachers were shot dead.")


def test_new_kidnapping_beside_a_year_stays_an_incident() -> None:
    # the look-alike: the news names its own day
    assert incident("Gunmen kidnapped three clerks at the port of Khoms on Tuesday, a year after a 2024 standoff "
                    "over its management.")


# --- one leader killed is one dead (a fighters-only toll keeps its count) -------------------------------------------

def test_leader_of_a_group_killed_counts_one() -> None:
    a = annotate("A roadside bomb killed the leader of an armed group in Zuwara on Sunday, a security source said.",
                 "en")
    assert a.killed == 1
    assert annotate("Gunmen killed the militia chief in Zawiya on Friday, residents said.", "en").killed == 1


def test_leaders_meeting_counts_nobody() -> None:
    assert annotate("The leader of the armed group met the mayor of Zuwara on Sunday.", "en").killed is None


# --- a boat's crew counted by a number ---------------------------------------------------------------------------------

def test_crew_counted_by_a_number() -> None:
    assert annotate("Three crew members of a cargo ship died when it sank off Malta on Monday, the coast guard said.",
                    "en").killed == 3
    assert annotate("Five sailors died when their trawler capsized off Zuwara on Friday.", "en").killed == 5


def test_crew_without_a_number_counts_nobody() -> None:
    assert annotate("The crew of the trawler returned to Zuwara on Friday after a week at sea.", "en").killed is None


# --- people who demand or hold vigils after a harm react to it: no victims ------------------------------------------

def _categories(text: str) -> set[str]:
    return {c for i in annotate(text, "en").incidents for c in i.victim_categories}


def test_lawyers_demanding_and_activists_holding_vigils_are_no_victims() -> None:
    assert "activists" not in _categories(
        "Tunisian man dies in Trapani detention centre, lawyers demand investigation\n"
        "A Tunisian man died in a detention centre in Trapani on Sunday after guards ignored his complaints, "
        "his family said.")
    assert "activists" not in _categories(
        "A young woman was stabbed to death by her husband in Sirte on Monday, police said. Activists in Misrata and "
        "Zawiya held vigils on Wednesday.")


def test_lawyers_held_or_beaten_stay_activists() -> None:
    # the look-alike: lawyers who are held ("held in Mitiga", no vigil) or beaten are the victims
    assert "activists" in _categories("Two lawyers held in Mitiga prison say guards beat them, their union said.")
    assert "activists" in _categories("Police beat three lawyers outside a court in Misrata on Sunday.")


def test_aid_meant_for_refugees_names_no_victims() -> None:
    assert "migrants" not in _categories(
        "Gunmen raided a Red Crescent store in Ajdabiya on Monday, beating a guard and taking medicine intended for "
        "Chadian refugees, the society said.")


def test_refugees_beaten_stay_migrants() -> None:
    assert "migrants" in _categories("Gunmen beat four Chadian refugees at a market in Ajdabiya on Monday.")


def test_comma_age_in_a_later_sentence_naming_a_wound() -> None:
    assert "children" in _categories(
        "A man was shot dead and his nephew wounded during a quarrel at a market in Sirte on Friday. "
        "The boy, 13, suffered a shoulder wound.")


def test_comma_age_in_a_later_sentence_with_no_harm_stays_out() -> None:
    # the look-alike: an age in a sentence that tells no harm is nobody's among the victims
    assert "children" not in _categories(
        "A man was killed by celebratory gunfire at a wedding in Sirte on Friday. His son, 9, attended the funeral.")


def test_lawyers_demanding_add_no_civil_society_type() -> None:
    assert "attack_on_civil_society" not in _types(
        "Tunisian man dies in Trapani detention centre, lawyers demand investigation\n"
        "A Tunisian man died in a detention centre in Trapani on Sunday after guards ignored his complaints, "
        "his family said.")
    # the look-alike: a lawyer who is held is the victim, an attack on civil society
    assert "attack_on_civil_society" in _types("Police in Misrata detained a lawyer on Sunday over a post criticising "
                                               "the prosecutor, his union said.")


# --- "relatives storm a ward": people who storm a place raid it, no weather -------------------------------------------

def test_relatives_storming_a_ward_is_no_storm() -> None:
    assert incident("Nurses beaten as relatives storm Gharyan hospital ward\n"
                    "Relatives of a patient stormed the ward at Gharyan hospital on Friday and beat two nurses, the "
                    "hospital said. One nurse was treated for a broken nose.")


def test_a_storm_that_wrecks_a_ward_stays_an_accident() -> None:
    # the look-alike: weather
    assert not incident("Heavy storm floods Gharyan hospital ward\n"
                        "A heavy storm flooded the ward at Gharyan hospital on Friday and two nurses slipped and were "
                        "hurt, the hospital said.")


def test_kin_of_a_patient_who_died_attacking_staff_tell_no_killing() -> None:
    assert "killing" not in _types("Relatives of a patient who died at Sabha Medical Centre stormed the ward on "
                                   "Monday and beat two nurses, the hospital said.")


def test_relatives_of_a_man_shot_dead_keep_the_killing() -> None:
    # the look-alike: a death by violence told in the relative clause stays a killing
    assert "killing" in _types("Relatives of a man who was shot dead at a checkpoint in Sabha on Monday blocked the "
                               "road, residents said.")


# --- an activist held abroad for extradition: his detention is the news, no suspect handed over for trial -----------

def test_blogger_held_for_extradition_is_a_detention() -> None:
    assert "arbitrary_detention" in _types(
        "Libyan blogger held in Egypt faces extradition, family says\n"
        "Police in Alexandria detained a Libyan blogger on Monday at the request of the authorities in Tripoli, "
        "who accuse him of insulting officials in his posts, his brother said.")


def test_suspect_extradited_for_a_torture_case_stays_a_proceeding() -> None:
    # the look-alike: a suspect handed over to face trial over a past harm
    assert not incident("Italy extradites Libyan suspect in 2021 migrant torture case\n"
                        "Italian police handed over a Libyan man accused of torturing migrants in a warehouse in "
                        "Zuwara in 2021, prosecutors said.")


# --- people held to be deported are migrants -------------------------------------------------------------------------

def test_death_in_a_deportation_centre_is_a_migrant() -> None:
    assert "migrants" in _categories("An Algerian man died in a deportation centre in Turin on Sunday after guards "
                                     "ignored his complaints, his lawyer said.")


def test_death_in_a_prison_names_no_migrant() -> None:
    assert "migrants" not in _categories("A man died in a prison in Turin on Sunday after guards ignored his "
                                         "complaints, his lawyer said.")


# --- people a rescue saved are no victims ----------------------------------------------------------------------------

def test_children_among_the_rescued_are_no_victims() -> None:
    assert "children" not in _categories(
        "A boat carrying about 50 migrants sank off Zuwara on Monday, leaving 12 dead, the Red Crescent said. "
        "Fishermen rescued 38 people, including five children.")


def test_children_among_the_dead_stay_victims() -> None:
    assert "children" in _categories(
        "A boat carrying about 50 migrants sank off Zuwara on Monday, killing 12 people, including five children, "
        "the Red Crescent said.")
