"""English pass 28 (tune61en): precision in long articles (docs/labelling.md, "English news pass 28"). Our own
sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


# --- a thing held hostage, an adverb between its subject and the verb -------------------------------------------

def test_a_thing_repeatedly_held_hostage_is_a_figure_of_speech() -> None:
    text = ("Gas exports resume after port dispute\n"
            "Gas exports from Mellitah resumed on Thursday, the company said. "
            "The country's gas has been repeatedly held hostage by rival factions, traders said.")
    assert "abduction" not in types(text)
    assert not annotate(text, "en").is_incident
    text = "Libya's budget was often taken hostage by quarrelling officials, an economist said."
    assert "abduction" not in types(text)


def test_people_repeatedly_held_hostage_stay_an_abduction() -> None:
    text = "Two Turkish engineers were repeatedly held hostage by a gang near Ghadames, their employer said on Sunday."
    assert "abduction" in types(text)


# --- a case recalled with its noun ("recalled the 2019 case of ...", "recalls cases from ...") ------------------

def test_a_case_recalled_is_no_news() -> None:
    text = ("UN rights office urges inquiry into militia prisons\n"
            "The UN rights office urged Libya on Thursday to open its militia prisons to inspectors. "
            "The office recalled the 2020 case of a commander blamed for the execution of 14 prisoners in Ajdabiya.")
    assert not annotate(text, "en").is_incident
    assert counts(text) == (None, None)
    text = ("Envoy briefs council on talks\n"
            "The envoy briefed the Security Council on Tuesday about the political talks. "
            "She recalled the 2022 killing of two aid workers near Sabha and the abduction of a judge in Zawiya.")
    assert not annotate(text, "en").is_incident


def test_a_new_killing_beside_a_recall_is_kept() -> None:
    text = ("Gunmen kill two farmers near Ajdabiya\n"
            "Gunmen shot dead two farmers near Ajdabiya on Tuesday, relatives said. "
            "The office recalled the 2020 case of a commander accused of killing 14 prisoners in the same town.")
    assert annotate(text, "en").is_incident
    assert counts(text)[0] == 2
    text = "The ministry recalled its ambassador after militiamen killed three students in Zintan on Monday."
    assert "killing" in types(text)


# --- a headline that tells a harm only as what "N years after" counts from: an anniversary ----------------------

def test_years_after_headline_frames_the_body_as_remembered() -> None:
    text = ("Ghat widows still wait for answers four years after bodies found in desert\n"
            "Widows in Ghat gathered on Sunday at the town hall, demanding that the men responsible be tried. "
            "More than 40 bodies, among them women, were recovered from the desert in 2022. "
            "Local officials said no one had been arrested.")
    assert not annotate(text, "en").is_incident
    assert counts(text) == (None, None)


def test_a_new_harm_before_years_after_in_the_headline_is_kept() -> None:
    text = ("Two shepherds shot dead near Ghat four years after brother's abduction\n"
            "Gunmen shot dead two shepherds near Ghat on Sunday, relatives said. "
            "Their brother was abducted in 2022 and has not been seen since.")
    assert annotate(text, "en").is_incident
    assert counts(text)[0] == 2


# --- gunfire opened at people: a flood or a fire named in the same sentence is no accident frame ---------------

def test_gunfire_beside_a_past_flood_is_an_attack() -> None:
    text = ("Flood widow's son killed at Al Bayda sit-in\n"
            "A young man who lost four cousins in the 2023 floods was killed on Monday when police opened fire to "
            "break up a sit-in outside the governorate building in Al Bayda, residents said. Three others were hurt.")
    annotation = annotate(text, "en")
    assert annotation.is_incident
    assert annotation.killed == 1


def test_a_flood_survivor_shot_dead_in_the_headline_is_no_accident_frame() -> None:
    text = ("Flood survivor gunned down at Al Bayda sit-in\n"
            "A young man was gunned down on Monday as police broke up a sit-in outside the governorate building in "
            "Al Bayda, residents said. Two others were wounded.")
    assert {"killing", "injury"} <= types(text)


def test_a_flood_with_no_gunfire_stays_an_accident() -> None:
    text = ("Flash flood in Al Bayda\n"
            "A young man drowned on Monday when a flash flood swept through a valley near Al Bayda, rescuers said. "
            "Three others were hurt.")
    assert not annotate(text, "en").is_incident


def test_shots_fired_into_the_air_do_not_undo_an_accident() -> None:
    text = ("Relatives storm Zliten clinic\n"
            "Relatives of a driver who died after a road accident stormed a clinic in Zliten on Friday and fired into "
            "the air, staff said.")
    assert "killing" not in types(text)


# --- guards of a depot or a base a strike hit: no custody --------------------------------------------------------

def test_guards_of_a_struck_depot_are_no_custody() -> None:
    text = "A drone struck an ammunition depot near Jufra on Saturday, killing three guards, the ministry said."
    assert "arbitrary_detention" not in types(text)


def test_prison_guards_stay_custody() -> None:
    text = "Guards at a prison near Jufra beat a detainee to death on Saturday, his family said."
    assert "arbitrary_detention" in types(text)



# --- a depot, an airbase, a site used as a base: military targets ------------------------------------------------

def test_a_site_used_as_a_base_is_a_military_target() -> None:
    text = ("Airstrikes hit militia near Gharyan\n"
            "Warplanes struck a militia near Gharyan on Wednesday, killing three fighters, a commander said. "
            "He said the raid hit a school the militia had used as a base since the summer.")
    assert not annotate(text, "en").is_incident
    text = "An airstrike on an ammunition depot outside Brak killed two guards on Friday, the army said."
    assert not annotate(text, "en").is_incident


def test_a_depot_strike_that_kills_children_is_kept() -> None:
    text = "An airstrike on an ammunition depot outside Brak killed two children in a nearby house on Friday."
    assert annotate(text, "en").is_incident
    text = "Warplanes hit a school in Gharyan on Wednesday, damaging classrooms, the town council said."
    assert annotate(text, "en").is_incident


# --- a court's account of the act it judged; a disappearance ended by a body found ------------------------------

def test_what_a_court_found_is_the_judged_act() -> None:
    text = ("Zliten court jails three over 2021 kidnapping of trader\n"
            "A court in Zliten jailed three men for 20 years on Thursday over the 2021 kidnapping of a spice trader. "
            "The court found the men had held the trader in a farmhouse and demanded a ransom from his sons.")
    assert not annotate(text, "en").is_incident
    text = ("Zliten court jails two over teacher's murder\n"
            "A court in Zliten jailed two men on Thursday for the murder of a teacher whose body was found in a well "
            "months after she disappeared.")
    assert "enforced_disappearance" not in types(text)


def test_a_judge_telling_a_new_abduction_and_a_missing_man_are_kept() -> None:
    text = "Gunmen abducted the son of a Zliten judge on Monday and demanded a ransom, the judge said."
    assert "abduction" in types(text)
    text = "A teacher disappeared in Zliten last week and her family has had no news of her, relatives said on Sunday."
    assert "enforced_disappearance" in types(text)


# --- where the people come from, between them and their verb ----------------------------------------------------

def test_people_from_a_country_keep_their_verb() -> None:
    text = ("Freed migrants describe abuse near Shwayrif\n"
            "Nine migrants freed from a smugglers' farm near Shwayrif told aid workers that they were beaten daily and "
            "that three women from Gambia died in captivity, the agency said on Monday.")
    assert counts(text)[0] == 3


def test_a_number_from_a_place_with_no_harm_verb_counts_nothing() -> None:
    text = ("Migrants describe abuse near Shwayrif\n"
            "Aid workers said on Monday that two men from Gambia described daily beatings at a farm near Shwayrif.")
    assert counts(text) == (None, None)


def test_how_the_people_were_captured_stands_between_them_and_their_verb() -> None:
    text = ("Captives shot near Waddan\n"
            "The mission said on Friday that four men captured at a checkpoint east of Waddan on March 3 were shot "
            "dead after they had surrendered.")
    assert counts(text)[0] == 4
    text = "Police said two men arrested near Waddan on Monday were released without charge."
    assert counts(text) == (None, None)


# --- children counted among the people held in a sweep ----------------------------------------------------------

def test_children_counted_among_those_held_make_the_sweep_arbitrary() -> None:
    text = ("Police round up Chadian migrants in Murzuq\n"
            "Police in Murzuq detained about 90 Chadian migrants, among them 12 women and nine children, in raids on "
            "a market on Thursday, a local aid group said.")
    assert "arbitrary_detention" in types(text)


def test_an_arrest_with_no_children_held_stays_routine() -> None:
    text = ("Police arrest suspects in Murzuq\n"
            "Police in Murzuq arrested four men suspected of stealing cars on Thursday, a local official said.")
    assert "arbitrary_detention" not in types(text)
    text = ("Police officers finish training in Murzuq\n"
            "Twenty police officers finished a course in Murzuq on Thursday. It covered arrest procedures and the "
            "rights of women and children in custody.")
    assert "arbitrary_detention" not in types(text)


# --- the harm a compensation is owed for -------------------------------------------------------------------------

def test_compensation_for_destroyed_homes_is_no_attack() -> None:
    text = ("Residents of Sirte's Giza Bahriya district protest\n"
            "Residents of Sirte's Giza Bahriya district marched on Sunday to demand compensation for destroyed homes, "
            "organisers said.")
    assert "attack_on_property_or_infrastructure" not in types(text)


def test_homes_destroyed_by_shelling_stay_an_attack() -> None:
    text = "Shelling destroyed homes in Sirte's Giza Bahriya district on Sunday, residents said."
    assert "attack_on_property_or_infrastructure" in types(text)


# --- "N years on" in a headline; "two and a half" counts no people ----------------------------------------------

def test_a_years_on_headline_counts_no_toll() -> None:
    text = ("Ajdabiya remembers storm victims, one and a half years on\n"
            "Ajdabiya held prayers on Friday for the victims of the 2024 storm. The storm killed 41 people in the "
            "town, officials said at the time.")
    assert counts(text) == (None, None)
    assert not annotate(text, "en").is_incident


def test_a_new_toll_in_a_headline_is_counted() -> None:
    text = ("Two shepherds killed in Ajdabiya\n"
            "Gunmen shot dead two shepherds near Ajdabiya on Friday, relatives said.")
    assert counts(text) == (2, None)


# --- shots fired at a migrants' boat; a report's earlier findings recalled --------------------------------------

def test_migrants_killed_by_shots_at_their_boat_are_a_killing() -> None:
    text = ("Patrol boat fires on dinghy off Zuwara\n"
            "A patrol boat fired shots at a wooden boat carrying about 40 migrants off Zuwara on Friday, killing a "
            "woman and wounding three men, a rescue group said.")
    assert "killing" in types(text)
    assert "other" not in types(text)


def test_migrants_drowned_with_no_shots_stay_deaths_at_sea() -> None:
    text = ("Boat capsizes off Zuwara\n"
            "A wooden boat carrying about 40 migrants capsized off Zuwara on Friday, and a woman drowned, a rescue "
            "group said.")
    assert "killing" not in types(text)


def test_a_groups_earlier_findings_recalled_add_no_type() -> None:
    text = ("Rights group: detainees beaten in Misrata prison\n"
            "A rights group said on Monday that guards at a Misrata prison had beaten at least 12 detainees this month. "
            "The group recalled its 2022 findings of sexual violence against women at the same prison.")
    assert "sexual_violence" not in types(text)
    assert "torture" in types(text)


# --- held after joining a protest: a civic act -------------------------------------------------------------------

def test_held_after_joining_a_protest_is_arbitrary() -> None:
    text = ("Family of jailed nurse speaks out in Brak\n"
            "The family of a nurse in Brak said on Tuesday that she was still held. "
            "She was arrested on March 2 after she joined a sit-in over unpaid wages, her brother said.")
    assert "arbitrary_detention" in types(text)


def test_arrested_after_a_theft_stays_routine() -> None:
    text = ("Suspect held in Brak\n"
            "A man was arrested in Brak on March 2 after he stole a car outside the hospital, police said.")
    assert "arbitrary_detention" not in types(text)
