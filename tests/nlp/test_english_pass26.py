"""English pass 26 (tune57en): injured and killed counts, victim categories (docs/labelling.md, "English news pass
26"). Our own sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must
not change."""
from nlp.annotate import annotate


def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


def categories(text: str) -> tuple[str, ...]:
    return annotate(text, "en").victim_categories()


# --- an earlier event recalled by "came ... after": its toll is not the news's ----------------------------------

def test_an_event_the_news_came_after_is_no_toll() -> None:
    text = ("Boy hurt by gunfire in Gharyan days after bakery blast\n"
            "A boy was wounded by stray gunfire on Tuesday in Gharyan's central district, the town's hospital said. "
            "The shooting comes ten days after a blast at a bakery killed four people and injured 12.")
    assert counts(text) == (None, 1)
    text = ("Two shepherds wounded near Mizda\n"
            "Two shepherds were wounded by gunmen near Mizda on Friday, officials said. "
            "The attack came a month after gunmen killed three farmers in the same valley.")
    assert counts(text) == (None, 2)


def test_a_later_sentence_that_tells_the_news_keeps_its_toll() -> None:
    text = ("Blast in Gharyan market\n"
            "A car bomb exploded in Gharyan's market on Tuesday, officials said. "
            "The blast killed four people and injured 12, the hospital said, after days of tension.")
    assert counts(text) == (4, 12)


# --- a couple is two ----------------------------------------------------------------------------------------------

def test_a_couple_killed_counts_two() -> None:
    assert counts("A shell killed an elderly couple in their farmhouse near Tarhuna on Sunday, neighbours said.")[0] == 2
    assert counts("Gunmen shot dead a young couple at a checkpoint outside Bani Walid on Friday, relatives said.")[0] == 2
    assert counts("An elderly couple were killed when a rocket hit their house in Tarhuna on Sunday.")[0] == 2


def test_one_killed_beside_a_couple_word_stays_one() -> None:
    text = "A shell killed a farmer in Tarhuna on Sunday, a couple of hours after the truce began, neighbours said."
    assert counts(text)[0] == 1


# --- one more person hurt in a sentence that tells of bodies --------------------------------------------------------

def test_a_second_worker_hurt_beside_bodies_counts() -> None:
    text = ("The Red Crescent said medic Yousef Amer was shot dead on Sunday while collecting bodies near Tarhuna, "
            "and a second medic was wounded.")
    assert counts(text) == (1, 1)
    text = ("Rescuers said a diver drowned on Sunday while recovering bodies off Garabulli, and another diver was "
            "injured.")
    assert counts(text)[1] == 1


def test_wounds_on_the_bodies_stay_no_injured() -> None:
    text = "Police found the bodies of two men near Tarhuna on Sunday; the men were shot in the head, officials said."
    assert counts(text)[1] is None


# --- a victim joined after a number's people, with an apposition -----------------------------------------------------

def test_one_joined_after_a_number_past_an_apposition() -> None:
    text = ("Two paramedics and a driver, a 35-year-old father of four, were wounded when shells hit an ambulance "
            "in Tarhuna on Sunday.")
    assert counts(text)[1] == 3


def test_a_number_with_an_apposition_alone_stays() -> None:
    text = "Two paramedics, both from Tarhuna, were wounded when shells hit an ambulance on Sunday."
    assert counts(text)[1] == 2


# --- "N of them in serious condition", "N survivors with wounds" ------------------------------------------------------

def test_rescued_people_in_serious_condition_are_injured() -> None:
    text = ("Boat sinks off Zuwara, six dead\n"
            "The coast guard recovered six bodies after a dinghy sank off Zuwara on Monday. Thirty people were "
            "rescued, four of them in critical condition.")
    assert counts(text) == (6, 4)


def test_rescued_people_alone_are_not_injured() -> None:
    text = ("Boat sinks off Zuwara, six dead\n"
            "The coast guard recovered six bodies after a dinghy sank off Zuwara on Monday. Thirty people were "
            "rescued and taken to a shelter.")
    assert counts(text) == (6, None)


def test_survivors_with_wounds_are_injured() -> None:
    text = ("Police found the bodies of three migrants near a farm outside Shwerif on Monday. "
            "Three survivors with stab wounds were found in a locked room.")
    assert counts(text) == (3, 3)


def test_survivors_without_wounds_are_not_counted() -> None:
    text = ("Police found the bodies of three migrants near a farm outside Shwerif on Monday. "
            "Three survivors were found in a locked room.")
    assert counts(text) == (3, None)


# --- one victim in care told in a sentence of its own ---------------------------------------------------------------

def test_kin_admitted_with_bruises_is_one_injured() -> None:
    text = ("Boy dies after beating in Ghat\n"
            "A 13-year-old boy died on Monday after being beaten by his uncle in Ghat, the hospital said. "
            "His sister was also admitted with bruises.")
    assert counts(text) == (1, 1)


def test_the_victim_treated_at_hospital_is_one_injured() -> None:
    text = ("Gunmen abducted a pharmacist in Gharyan on Friday and shot his guard when he tried to stop them. "
            "The guard was treated at the town hospital.")
    assert counts(text)[1] == 1


def test_a_mother_visiting_hospital_is_not_hurt() -> None:
    text = ("Boy dies after beating in Ghat\n"
            "A 13-year-old boy died on Monday after being beaten by his uncle in Ghat, the hospital said. "
            "His sister was also at the hospital.")
    assert counts(text) == (1, None)


# --- one shot in a body part, after a possessive -------------------------------------------------------------------

def test_his_guard_shot_in_the_leg_is_one_injured() -> None:
    text = "Gunmen abducted a pharmacist in Gharyan on Friday and shot his guard in the leg, relatives said."
    assert counts(text)[1] == 1


def test_his_car_shot_at_is_no_injured() -> None:
    text = "Gunmen abducted a pharmacist in Gharyan on Friday and shot at his car, relatives said."
    assert counts(text)[1] is None


# --- a death in custody told by a pronoun ---------------------------------------------------------------------------

def test_he_died_in_custody_counts_one() -> None:
    text = ("Family says detained lawyer died in prison\n"
            "The family of lawyer Munir Saad, 51, said he died on Sunday in the custody of military intelligence in "
            "Derna, two months after his arrest.")
    assert counts(text)[0] == 1
    text = ("Relatives: she died in detention\n"
            "Relatives of blogger Huda Amer said she died on Sunday in detention in Derna, a month after her arrest.")
    assert counts(text)[0] == 1


def test_he_died_of_illness_free_is_no_custody_count() -> None:
    text = "The family of lawyer Munir Saad said he died on Sunday at home in Derna after a long illness."
    assert counts(text)[0] is None


# --- ages told between commas ----------------------------------------------------------------------------------------

def test_ages_between_commas_tell_children_and_elderly() -> None:
    text = ("A landmine killed two farm workers, cousins Salem, 16, and Naji Fitouri, 31, near Gharyan on Monday, "
            "officials said.")
    assert "children" in categories(text)
    text = ("A drone strike killed a man in Zuwara on Monday, relatives said. His granddaughter, 6, was hurt.")
    assert {"children", "girls"} <= set(categories(text))
    text = ("A car bomb killed three people near a mosque in Derna on Friday. Among the dead was Mukhtar Saleh, 71, "
            "a retired judge.")
    assert "elderly" in categories(text)


def test_an_adults_age_and_a_speakers_age_add_nothing() -> None:
    text = ("A landmine killed a farm worker, Naji Fitouri, 31, near Gharyan on Monday, his father, Ali, 70, "
            "said.")
    assert categories(text) == ()


def test_survivors_in_care_count_whole_beside_a_share_in_critical_condition() -> None:
    text = ("Dinghy capsizes off Sabratha, 9 dead\n"
            "Nine migrants drowned when a dinghy capsized off Sabratha on Sunday, the coast guard said. Fourteen "
            "survivors were pulled from the water and were being treated at a field clinic, three of them in "
            "serious condition.")
    assert counts(text) == (9, 14)


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


# --- tear gas: people treated for suffocation are hurt (settled answers, eleventh session) -------------------------

def test_people_treated_for_suffocation_after_tear_gas_are_injured() -> None:
    text = ("Police disperse Zliten protest\n"
            "ZLITEN - Police fired tear gas at a sit-in over power cuts in Zliten on Tuesday. Nine people, including "
            "two women, were treated for suffocation at Zliten Medical Centre, a doctor said.")
    annotation = annotate(text, "en")
    assert "injury" in {i.type for i in annotation.incidents}
    assert annotation.injured == 9


def test_suffocation_in_a_house_fire_stays_an_accident() -> None:
    text = ("Fire in Zliten flat\n"
            "A fire broke out in a flat in Zliten on Tuesday after a gas heater caught fire. Four people were treated "
            "for suffocation at Zliten Medical Centre, the civil defence said.")
    assert types(text) == set()


# --- look-alikes: a pile-up in a sandstorm, household accidents, a sport bout ---------------------------------------

def test_a_sandstorm_pile_up_is_an_accident() -> None:
    text = ("Pile-up on coastal road near Sirte\n"
            "A sandstorm caused a pile-up of eight cars on the coastal road west of Sirte on Sunday, killing two people "
            "and injuring six, the traffic police said.")
    assert types(text) == set()


def test_a_shooting_on_the_coastal_road_stays_an_incident() -> None:
    text = "Gunmen fired on a car on the coastal road west of Sirte on Sunday, killing two people and injuring six."
    assert "killing" in types(text)


def test_children_hurt_in_household_accidents_are_no_incident() -> None:
    text = ("Misrata hospital opens children's ward\n"
            "Misrata Medical Centre opened a new children's ward on Monday that will care for children hurt in household "
            "accidents and burns, its director said.")
    assert types(text) == set()


def test_an_injury_at_a_tournament_is_sport() -> None:
    text = ("Libyan judoka hurt at Tunis tournament\n"
            "Libyan judoka Hamza Sweidan injured his shoulder in a bout at a tournament in Tunis and withdrew, the "
            "federation said.")
    assert types(text) == set()


def test_men_wounded_outside_a_sports_hall_stay_an_incident() -> None:
    text = "Gunmen wounded two men outside a sports hall in Misrata on Monday, the security directorate said."
    assert "injury" in types(text)


# --- a year's figures ---------------------------------------------------------------------------------------------

def test_a_figure_since_january_told_in_the_pluperfect_is_a_statistic() -> None:
    text = ("WHO: 45 people hurt by mines in Libya this year\n"
            "The World Health Organization said 45 people had been killed or wounded by landmines in Libya since "
            "January, most of them farmers.")
    assert types(text) == set()
    assert counts("The World Health Organization said 45 people had been killed by landmines in Libya since January, "
                  "most of them farmers.") == (None, None)


def test_a_detention_since_january_stays_held() -> None:
    text = "Two journalists have been held without charge by an armed group in Tripoli since January, their union said."
    assert "arbitrary_detention" in types(text)


# --- a fighter word inside an open question gives no status ---------------------------------------------------------

def test_fighters_asked_about_give_no_status() -> None:
    text = ("Zawiya fighting: toll rises to 9 dead, 20 wounded\n"
            "The Zawiya hospital said on Sunday that nine people were killed and 20 wounded in the fighting in the city "
            "centre. It was unclear how many of the dead were fighters.")
    annotation = annotate(text, "en")
    assert annotation.incidents != ()
    assert annotation.victim_status != "combatant"


def test_fighters_told_as_the_dead_stay_fighters() -> None:
    text = ("Zawiya fighting: 9 dead\n"
            "Nine fighters were killed in clashes between two armed groups in Zawiya on Sunday, a military source said.")
    annotation = annotate(text, "en")
    assert annotation.incidents == ()
    assert annotation.victim_status == "combatant"


# --- a release story that tells torture, and the released one in care ------------------------------------------------

def test_freed_with_cigarette_burns_is_torture_and_he_is_hurt() -> None:
    text = ("Activist freed with burns after abduction in Zawiya\n"
            "Activist Nouri Tarhouni, 33, held by gunmen in Zawiya for two weeks, was freed on Sunday with cigarette "
            "burns on his back, his brother said. He is being treated at Zawiya Teaching Hospital.")
    annotation = annotate(text, "en")
    assert "torture" in {i.type for i in annotation.incidents}
    assert annotation.injured == 1


def test_freed_unharmed_stays_no_incident() -> None:
    text = ("Activist freed in Zawiya\n"
            "Activist Nouri Tarhouni, held by gunmen in Zawiya for two weeks, was freed unharmed on Sunday, his brother "
            "said. He is at home with his family.")
    assert annotate(text, "en").injured is None


def test_a_headline_figure_this_year_is_a_statistic() -> None:
    text = ("UNICEF: 45 children hurt by mines in Libya this year\n"
            "UNICEF said on Monday that mines left from the fighting remain a danger to families returning to farms.")
    assert types(text) == set()


def test_a_full_clause_this_year_beside_the_news_keeps_the_news() -> None:
    text = ("Reporter wounded by shrapnel in Tripoli\n"
            "A reporter for a Libyan radio station was wounded by shrapnel on Monday while covering clashes in Tripoli, "
            "the station said. A press freedom group said at least four journalists had been hurt in the capital "
            "this year.")
    assert "injury" in types(text)


# --- unnamed perpetrators told as "security men", "rival forces" ----------------------------------------------------

def actor_names(text: str) -> set[str]:
    return {a.name.lower() for a in annotate(text, "en").actors}


def test_security_men_who_fire_are_listed() -> None:
    text = "Security men fired on a sit-in outside the council building in Zliten on Monday, wounding two teachers."
    assert "security men" in actor_names(text)


def test_rival_forces_are_listed_in_the_form_written() -> None:
    text = ("Three civilians, one of them a boy, were killed in fighting between rival forces near Zawiya on Monday, "
            "medics said.")
    assert "rival forces" in actor_names(text)


def test_security_mentioned_as_a_topic_is_no_actor() -> None:
    text = "The council in Zliten discussed the pay of security staff and teachers at its meeting on Monday."
    assert actor_names(text) == set()


# --- the gunmen who opened fire are not the victims ------------------------------------------------------------------

def test_people_hurt_when_gunmen_opened_fire_are_no_fighters() -> None:
    text = "Four people were wounded when gunmen opened fire at a funeral tent in Zliten on Friday, witnesses said."
    annotation = annotate(text, "en")
    assert "injury" in {i.type for i in annotation.incidents}
    assert annotation.victim_status != "combatant"
    text = "Masked gunmen opened fire on a bakery queue in Zliten on Friday, killing two people."
    assert annotate(text, "en").victim_status != "combatant"


def test_soldiers_killed_when_militants_attacked_stay_fighters() -> None:
    text = "Three soldiers were killed when militants attacked their checkpoint south of Zliten on Friday."
    annotation = annotate(text, "en")
    assert annotation.incidents == ()
    assert annotation.victim_status == "combatant"


# --- fighters and a civilian, an aged child in critical condition, a sister named with her age ----------------------

def test_a_civilian_joined_after_fighters_is_added() -> None:
    assert counts("Three fighters and a civilian were killed in clashes near Gharyan on Friday, medics said.")[0] == 4


def test_a_civilian_alone_counts_one() -> None:
    assert counts("A civilian was killed in clashes near Gharyan on Friday, medics said.")[0] == 1


def test_an_aged_child_in_critical_condition_is_one_injured() -> None:
    text = "A 7-year-old girl was in critical condition after being hit by a stray bullet in Gharyan on Friday."
    assert counts(text)[1] == 1


def test_an_adult_in_hospital_on_a_visit_is_no_injured() -> None:
    text = "A 40-year-old man was in hospital in Gharyan on Friday to visit his father, relatives said."
    assert counts(text)[1] is None


def test_a_sister_named_with_her_age_is_a_girl() -> None:
    text = ("Two children, Ahmed, 13, and his sister Salma, 8, were wounded when a shell hit their home in Gharyan "
            "on Friday, their father said.")
    assert {"children", "girls"} <= set(categories(text))


# --- a nationality between the number and the people beaten --------------------------------------------------------

def test_guards_beating_three_nigerien_detainees_is_an_incident() -> None:
    text = "Guards beat four Nigerien detainees at a detention centre in Zuwara on Monday, one of them said."
    assert types(text) != set()


def test_a_team_beating_foreign_sides_is_sport() -> None:
    assert types("Al Ittihad beat three Egyptian sides on their way to the final in Cairo.") == set()


# --- two tallies: the larger, the later one told by "put the toll at" -----------------------------------------------

def test_a_later_tally_put_at_a_larger_number_counts() -> None:
    text = "Witnesses said four people were killed in the blast, but medics later put the toll at seven."
    assert counts(text)[0] == 7
    text = ("Blast at Sabratha cafe\n"
            "Police said four people were killed in a blast at a cafe in Sabratha on Monday. The town's hospital later "
            "put the death toll at six.")
    assert counts(text)[0] == 6


def test_a_smaller_tally_put_at_keeps_the_larger() -> None:
    text = ("Blast at Sabratha cafe\n"
            "Police said four people were killed in a blast at a cafe in Sabratha on Monday. A local official put the "
            "toll at two.")
    assert counts(text)[0] == 4


# --- another event told after the news: "In a similar attack ...", "Two days earlier, ..." ---------------------------

def test_a_similar_earlier_attack_adds_no_toll() -> None:
    text = ("Boy hurt in Janzour shelling\n"
            "A boy was hurt when a shell hit his family's home in Janzour on Monday, medics said. In a similar attack "
            "in April, four people were killed in the same street.")
    assert counts(text) == (None, 1)
    text = ("Boy hurt in Janzour shelling\n"
            "A boy was hurt when a shell hit his family's home in Janzour on Monday, medics said. Three days earlier, "
            "four people were killed in the same street.")
    assert counts(text) == (None, 1)


def test_a_later_sentence_of_the_same_attack_still_counts() -> None:
    text = ("Boy hurt in Janzour shelling\n"
            "A boy was hurt when a shell hit his family's home in Janzour on Monday, medics said. In the same attack, "
            "his mother was killed.")
    assert counts(text)[0] == 1


# --- "and wounded his assistant": the one a wounding verb takes after a possessive ----------------------------------

def test_wounded_his_assistant_is_one_injured() -> None:
    assert counts("Gunmen killed a shopkeeper in Sabha on Thursday and wounded his assistant, police said.") == (1, 1)


def test_destroyed_his_car_is_no_injured() -> None:
    assert counts("Gunmen killed a shopkeeper in Sabha on Thursday and burned his car, police said.") == (1, None)


def test_a_separate_incident_later_keeps_its_victims() -> None:
    text = ("Two wounded in Ghat blast\n"
            "Two people were wounded when a bomb went off near a bakery in Ghat on Sunday, police said. In a separate "
            "incident hours later, gunmen shot dead a Sudanese labourer outside the town.")
    assert "killing" in types(text)


# --- an age between commas after one victim or kin is no count --------------------------------------------------------

def test_kin_with_an_age_between_commas_is_one_victim() -> None:
    text = "The grandfather, 75, was killed and his granddaughter, 4, wounded when a shell hit their farm near Msallata."
    assert counts(text) == (1, 1)
    assert counts("A girl, 13, died after being beaten by her stepfather in Msallata, police said.")[0] == 1


def test_a_toll_after_a_colon_stays_a_count() -> None:
    assert counts("Clashes in Msallata: 11 killed, 20 wounded")[0] == 11
