"""English pass 30 (tune65en): injured counts and victim categories, with the incidents they hang on
(docs/labelling.md, "English news pass 30"). Our own sentences, not the tune set's (other names, places and wording);
each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {c.type for c in annotate(text, "en").incidents}


def killed(text: str) -> int | None:
    return annotate(text, "en").killed


def injured(text: str) -> int | None:
    return annotate(text, "en").injured


def categories(text: str) -> set[str]:
    return set(annotate(text, "en").victim_categories())


# --- "aged N" right before the verb is the victim's age, not a toll ---------------------------------------------

def test_aged_before_the_verb_is_an_age() -> None:
    assert killed("Shepherd aged 67 killed by stray gunfire near Tarhuna") == 1
    assert injured("Girl aged 9 wounded as mortar hits Ain Zara home") == 1


def test_a_bare_toll_before_the_verb_stays_a_toll() -> None:
    assert killed("Clashes in Zawiya: 14 killed, dozens hurt") == 14
    assert killed("Two brothers aged 19 and 23 were shot dead at a checkpoint near Gharyan on Monday.") == 2


# --- one victim with an adjective joined before a number's people -----------------------------------------------

def test_one_with_an_adjective_joined_before_the_number() -> None:
    text = "An elderly shepherd and three boys were wounded when a rocket hit a farm near Tarhuna on Sunday, relatives said."
    assert injured(text) == 4
    text = "A male nurse and two patients were injured when a mortar round fell in the yard of Sirte clinic on Friday."
    assert injured(text) == 3


def test_the_number_alone_stays_the_number() -> None:
    text = "Three boys were wounded when a rocket hit a farm near Tarhuna on Sunday, an elderly shepherd said."
    assert injured(text) == 3
    text = "Two patients died of cholera at Sirte clinic on Friday, and two more were admitted, the clinic said."
    assert annotate(text, "en").killed != 2 or not annotate(text, "en").incidents


# --- one victim joined after the object of a participle of harm -------------------------------------------------

def test_one_joined_after_the_wounded_object() -> None:
    text = ("Gunmen attacked a checkpoint outside Sirte before dawn on Monday, wounding two guards and a shepherd, "
            "the local council said.")
    assert injured(text) == 3
    text = "A car bomb exploded outside a bank in Derna on Sunday, injuring five customers and a passer-by, police said."
    assert injured(text) == 6


def test_one_with_a_verb_of_its_own_is_not_added() -> None:
    text = ("Gunmen attacked a checkpoint outside Sirte before dawn on Monday, wounding two guards, and a shepherd was "
            "detained, the local council said.")
    assert injured(text) == 2


# --- two single victims joined, taken to hospital after an attack -----------------------------------------------

def test_a_pair_taken_to_hospital_after_an_attack() -> None:
    text = ("A reporter and a photographer of a local radio station were taken to Zliten hospital on Monday after "
            "soldiers beat them while they filmed a protest, colleagues said.")
    assert injured(text) == 2


def test_a_pair_visiting_a_hospital_is_no_count() -> None:
    text = ("A reporter and a photographer of a local radio station went to Zliten hospital on Monday to film the "
            "wounded after soldiers beat protesters, colleagues said.")
    assert injured(text) != 2


def test_a_blow_then_a_second_act_adds_no_one_joined() -> None:
    text = ("Armed men burst into a school in Ghat on Monday, beat two teachers and a janitor and smashed the "
            "windows, the head teacher said.")
    assert injured(text) != 3


# --- suffocation suffered, with care, after tear gas -----------------------------------------------------------

def test_suffocation_suffered_after_tear_gas_is_an_injury() -> None:
    text = ("Seven pupils, three of them girls, were taken to Sabha hospital suffering from suffocation after police "
            "fired tear gas to break up a march on Sunday, teachers said.")
    annotation = annotate(text, "en")
    assert annotation.is_incident and "injury" in {c.type for c in annotation.incidents}
    assert annotation.injured == 7
    assert "girls" in categories(text)


def test_suffocation_in_a_house_fire_stays_an_accident() -> None:
    text = ("Three children suffering from suffocation were taken to hospital after a fire broke out in their flat "
            "in Tripoli on Sunday, the civil defence said.")
    assert not annotate(text, "en").is_incident


def test_the_whole_before_its_part_in_care() -> None:
    text = ("Eleven young protesters, five of them women, were treated at Misrata hospital after militiamen beat them "
            "with sticks on Sunday, organisers said.")
    assert injured(text) == 11
    text = ("Militiamen beat protesters with sticks in Misrata on Sunday. Five of them were treated at Misrata "
            "hospital, organisers said.")
    assert injured(text) == 5


# --- one victim with an adjective in critical condition after a car was fired on --------------------------------

def test_one_in_critical_condition_after_her_car_was_fired_on() -> None:
    text = ("A young mother was in critical condition on Sunday after gunmen at a roadblock near Brak fired on the car "
            "she was riding in, her brother said.")
    annotation = annotate(text, "en")
    assert annotation.is_incident and annotation.injured == 1
    assert "women" in categories(text)


def test_one_in_critical_condition_from_an_illness_stays_none() -> None:
    text = "A young mother was in critical condition on Sunday after she fell ill with fever in Brak, her brother said."
    assert not annotate(text, "en").is_incident
    text = "Gunmen fired at least six rounds at him as he left the mosque in Brak on Sunday, and he died at the scene."
    assert "injury" not in types(text)


# --- wounded fighters killed: the dead are counted, and they are hors de combat ----------------------------------

def test_wounded_fighters_shot_dead_are_killed_hors_de_combat() -> None:
    text = ("Gunmen burst into a clinic in Bani Walid on Monday and shot dead two wounded fighters of a rival brigade "
            "who were being treated there, nurses said.")
    annotation = annotate(text, "en")
    assert annotation.is_incident and annotation.killed == 2 and annotation.injured is None
    assert annotation.victim_status == "hors_de_combat"
    assert killed("Two wounded soldiers killed in their hospital beds in Ghadames") == 2


def test_fighters_killed_and_others_wounded_stay_a_clash() -> None:
    text = "Three fighters were killed and two wounded fighters were taken to Ghadames hospital, the army said."
    annotation = annotate(text, "en")
    assert not annotation.is_incident and annotation.killed == 3


# --- a fighters-only clash: the other party and the attackers killed are no victims -------------------------------

def test_soldiers_killed_in_a_clash_with_gunmen_stay_fighters_only() -> None:
    text = ("Army says two soldiers killed, four wounded in Ghat clash\n"
            "The army said two of its soldiers were killed and four wounded in a clash with gunmen near Ghat on "
            "Monday. It said several of the attackers were also killed.")
    annotation = annotate(text, "en")
    assert not annotation.is_incident
    assert (annotation.killed, annotation.injured) == (2, 4)


def test_gunmen_who_attack_civilians_stay_perpetrators() -> None:
    text = ("Two shepherds were killed near Ghat on Monday when gunmen fired on their flock, relatives said. "
            "The attackers were later arrested.")
    annotation = annotate(text, "en")
    assert annotation.is_incident and annotation.killed == 2


# --- a first-aid course teaches care for the wounded: no event ---------------------------------------------------

def test_a_first_aid_course_is_no_incident() -> None:
    text = ("The WHO ran a four-day first-aid course for 30 nurses in Derna on Sunday, covering care for the wounded "
            "in mass-casualty events. The course included simulations in which nurses practised treating burns.")
    assert not annotate(text, "en").is_incident


def test_victims_who_taught_a_course_stay_victims() -> None:
    text = "Gunmen wounded two nurses who were teaching a first-aid course at a school in Derna on Sunday, the WHO said."
    annotation = annotate(text, "en")
    assert annotation.is_incident and annotation.injured == 2


# --- a grandson who tells the news is no child victim -------------------------------------------------------------

def test_a_grandson_who_tells_is_no_child() -> None:
    text = "A 75-year-old man suffered burns on Sunday when gunmen torched his shop in Hun, his grandson said."
    assert categories(text) == {"elderly"}


def test_a_grandson_hurt_stays_a_child() -> None:
    text = ("A 75-year-old man and his grandson suffered burns on Sunday when gunmen torched his shop in Hun, a "
            "neighbour said.")
    assert {"elderly", "children"} <= categories(text)


# --- an assault with no wound: the wounded relative who was its occasion is no wound stated ----------------------

def test_an_assault_over_a_wounded_relative_counts_no_one_hurt() -> None:
    text = ("Armed men burst into the emergency ward of Ghat Medical Centre on Sunday and assaulted two pharmacists "
            "after demanding that a wounded relative be examined before other patients, the centre said. The "
            "pharmacists were slapped and threatened with a rifle.")
    annotation = annotate(text, "en")
    assert annotation.is_incident and annotation.injured is None


def test_an_assault_with_wounds_told_keeps_its_count() -> None:
    text = ("Armed men burst into the emergency ward of Ghat Medical Centre on Sunday and assaulted two pharmacists "
            "after demanding that a wounded relative be examined before other patients, the centre said. Both were "
            "treated for bruises.")
    assert injured(text) == 2


# --- a bare number after "and / that" that needed care ------------------------------------------------------------

def test_a_bare_number_that_needed_care_is_the_hurt() -> None:
    text = ("Guards at a detention centre in Gharyan beat Sudanese migrants with pipes last week, and three needed "
            "hospital treatment, a charity said.")
    assert injured(text) == 3


def test_an_age_before_needed_care_stays_an_age() -> None:
    assert injured("The cameraman, 23, needed stitches after soldiers beat him in Gharyan.") == 1


# --- a labourer is one person, as a worker ------------------------------------------------------------------------

def test_a_labourer_who_died_is_one_dead() -> None:
    text = ("A Chadian labourer died after falling from the roof of a warehouse under construction in Sabha on Monday, "
            "police said.")
    assert killed(text) == 1


def test_labourers_without_a_count_stay_none() -> None:
    text = "Labourers at a Sabha building site said on Monday that they had not been paid for three months."
    assert killed(text) is None


# --- fire on a crowd, with people hospitalised -------------------------------------------------------------------

def test_people_hospitalised_after_fire_on_a_crowd_are_hurt() -> None:
    text = "A dozen protesters were hospitalised after militiamen fired on the crowd in Zawiya on Friday, medics said."
    annotation = annotate(text, "en")
    assert annotation.is_incident and annotation.injured == 12


def test_fire_on_protesters_with_no_harm_stays_none() -> None:
    assert not annotate("Militiamen fired on the crowd in Zawiya on Friday, witnesses said.", "en").is_incident
    assert not annotate("Police fired at the crowd with water cannon in Misrata on Friday, witnesses said.",
                        "en").is_incident


# --- one victim told with "a / an" and up to two words before the noun, in care -----------------------------------

def test_one_indefinite_victim_in_care() -> None:
    text = "A human rights activist was taken to hospital after unknown men attacked him outside his home in Sirte."
    assert injured(text) == 1
    text = "An activist was hospitalised with head injuries after unknown men attacked him outside his home in Sirte."
    assert injured(text) == 1


def test_one_in_hospital_with_an_illness_stays_none() -> None:
    text = "A woman was in hospital with cancer in Sirte, her family said."
    annotation = annotate(text, "en")
    assert not annotation.is_incident and annotation.injured is None


# --- the press told by their trade ----------------------------------------------------------------------------------

def test_a_photojournalist_hurt_is_one() -> None:
    text = "A photojournalist suffered a broken arm after security men beat him while he covered a march in Derna."
    assert injured(text) == 1
    assert "journalists" in categories(text)


def test_a_photojournalist_who_tells_is_no_count() -> None:
    text = "A photojournalist who covered the march in Derna said security men had beaten protesters."
    assert injured(text) is None


# --- whose a victim is, told before the noun ------------------------------------------------------------------------

def test_a_red_crescent_volunteer_shot_dead_is_one() -> None:
    assert killed("Gunmen shot dead a Red Crescent volunteer outside his home in Ubari on Thursday.") == 1
    assert killed("Gunmen shot dead a Red Crescent volunteer and his cousin outside their home in Ubari on Thursday.") == 2


def test_a_red_crescent_office_stormed_counts_no_one() -> None:
    annotation = annotate("Gunmen stormed a Red Crescent office in Ubari on Thursday.", "en")
    assert annotation.killed is None and annotation.injured is None


# --- one more dead told after the toll ------------------------------------------------------------------------------

def test_one_who_later_died_is_counted() -> None:
    text = ("Two men were shot dead and a third later died of his wounds in hospital after gunmen attacked a café in "
            "Sabratha.")
    assert killed(text) == 3
    text = ("Four Eritrean women held at a detention centre in Sabratha were beaten by guards, and one later died, a "
            "charity said.")
    assert killed(text) == 1


def test_another_wounded_is_no_more_dead() -> None:
    text = "Two men were shot dead and another was wounded after gunmen attacked a café in Sabratha."
    annotation = annotate(text, "en")
    assert (annotation.killed, annotation.injured) == (2, 1)


# --- maimed, and the perfect passive of care ------------------------------------------------------------------------

def test_maimed_is_a_wound() -> None:
    text = "Three boys were maimed by an unexploded shell near their school in Sirte on Sunday, teachers said."
    annotation = annotate(text, "en")
    assert annotation.is_incident and annotation.injured == 3


def test_maimed_profits_is_no_wound() -> None:
    assert not annotate("The factory has maimed its profits by poor management, analysts said.", "en").is_incident


def test_people_who_had_been_admitted_with_wounds_are_hurt() -> None:
    text = "Medics said 9 people had been admitted with gunshot wounds after the clashes in Sabratha."
    assert injured(text) == 9


def test_people_admitted_with_a_disease_are_no_count() -> None:
    text = "Medics said 9 people had been admitted with cholera in Sabratha since Monday."
    annotation = annotate(text, "en")
    assert not annotation.is_incident and annotation.injured is None


# --- "leaving her with a broken arm": one hurt ---------------------------------------------------------------------

def test_left_with_a_wound_is_one_hurt() -> None:
    text = "Gunmen beat a female blogger outside her home in Zliten on Monday, leaving her with a broken arm."
    assert injured(text) == 1


def test_left_with_a_fine_is_no_wound() -> None:
    text = "The court left him with a heavy fine after the trial of a blogger in Zliten on Monday."
    assert injured(text) is None


# --- care for the wounded as a class, told with money or a training: no event --------------------------------------

def test_funds_to_treat_the_wounded_are_no_incident() -> None:
    text = "Italy pledged 3 million euros to help Misrata Medical Centre treat the wounded and buy new scanners."
    assert not annotate(text, "en").is_incident
    text = "The ICRC trained 25 nurses in Ubari on how to treat gunshot wounds and burns."
    assert not annotate(text, "en").is_incident


def test_doctors_treating_the_wounded_of_a_strike_keep_the_injury() -> None:
    text = ("Doctors at Ubari hospital struggled to treat the wounded after a shell hit a market on Monday, killing "
            "four people.")
    assert {"injury", "killing"} <= types(text)


# --- "the gunmen" referring back to a group already named -----------------------------------------------------------

def actor_names(text: str) -> set[str]:
    return {a.name.lower() for a in annotate(text, "en").actors}


def test_the_gunmen_after_smugglers_are_not_listed_again() -> None:
    text = ("Traffickers opened fire on a group of Eritrean migrants near Ghadames on Sunday, killing one and wounding "
            "three, a local official said. Police said they were searching for the gunmen.")
    names = actor_names(text)
    assert "traffickers" in names and "gunmen" not in names


def test_gunmen_named_first_stay_listed() -> None:
    text = ("Gunmen opened fire on a group of Eritrean migrants near Ghadames on Sunday, killing one and wounding "
            "three, a local official said.")
    assert "gunmen" in actor_names(text)


# --- a suicide bomber is an attack, and the bomber killed is no victim -----------------------------------------------

def test_civilians_killed_by_a_suicide_bomber_are_an_incident() -> None:
    text = ("Three civilians queuing for fuel were killed on Monday when a suicide bomber blew himself up at a "
            "checkpoint outside Sirte, officials said. The bomber was also killed.")
    annotation = annotate(text, "en")
    assert annotation.is_incident and annotation.killed == 3


def test_a_suicide_stays_no_incident() -> None:
    assert not annotate("A young man died by suicide in Sirte on Monday after jumping from a bridge, police said.",
                        "en").is_incident


def test_attackers_killed_told_alone_are_no_incident() -> None:
    assert not annotate("It said several of the attackers were also killed.", "en").is_incident


# --- the dead and "others with wounds" -----------------------------------------------------------------------------

def test_others_left_with_wounds_beside_the_dead_are_hurt() -> None:
    text = "The shooting left one man dead and three others with gunshot wounds, police in Sabratha said."
    annotation = annotate(text, "en")
    assert (annotation.killed, annotation.injured) == (1, 3)


def test_bodies_with_wounds_are_no_hurt() -> None:
    text = "Police found the bodies of two men with gunshot wounds near Sabratha on Monday."
    annotation = annotate(text, "en")
    assert annotation.killed == 2 and annotation.injured is None
