"""English pass 47 (tune101en): injured counts and incidents told indirectly (docs/labelling.md, "English news pass
47"): wounds told as suffered, breathing trouble treated after tear gas, a crew pushed and slapped, the health
ministry's later figure, and sport and work accidents that are no incident. Our own sentences, not the tune set's
(other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


def types(text: str) -> set[str]:
    return {incident.type for incident in annotate(text, "en").incidents}


# --- wounds told as suffered ("Six shoppers suffered wounds") ------------------------------------------------------

def test_wounds_suffered_are_an_injury() -> None:
    text = ("Blast outside Ajdabiya market\nA device hidden in a rubbish bin went off outside the vegetable market in "
            "Ajdabiya on Saturday evening. Six shoppers suffered wounds, a doctor at the town's hospital said.")
    assert "injury" in types(text)
    assert counts(text)[1] == 6
    assert counts("Four passers-by sustained shrapnel wounds when a shell landed near a school in Tajoura.")[1] == 4


def test_old_wounds_are_no_injury() -> None:
    # the look-alike: "wounds" of a past war, healed or figurative, with no one hurt now
    assert types("The mayor said the reconciliation deal would heal the wounds of the 2019 war in Gharyan.") == set()


# --- breathing trouble treated after tear gas ---------------------------------------------------------------------

def test_breathing_difficulties_treated_after_tear_gas() -> None:
    text = ("Police fire tear gas at Zawiya sit-in\nPolice fired tear gas at striking teachers outside the Zawiya "
            "education office on Monday. Nine teachers were treated for breathing difficulties at Zawiya Teaching "
            "Hospital, a medic said.")
    assert "injury" in types(text)
    assert counts(text)[1] == 9


def test_gas_leak_breathing_problems_stay_an_accident() -> None:
    # the look-alike: fumes of a gas leak are an accident, not an incident (its count is the writers' open question)
    assert types("A gas leak in a Zliten bakery overnight sent its workers to hospital. Five workers were treated "
                 "for breathing problems, the civil defence said.") == set()


# --- a crew pushed and slapped ------------------------------------------------------------------------------------

def test_crew_pushed_and_slapped_is_an_assault() -> None:
    text = ("Reporters assaulted at Sabha rally\nMen in plain clothes pushed and slapped two reporters of a local "
            "radio station covering a rally in Sabha on Friday and took their phones.")
    assert types(text)
    assert counts(text)[1] is None  # no wound stated: nobody counted hurt (the guide)
    assert types("Two photographers were roughed up by guards outside the Tobruk parliament building on "
                 "Tuesday, their union said.")


def test_pushed_in_a_queue_is_no_assault() -> None:
    assert types("Shoppers pushed and jostled at the bakery doors in Misrata as bread ran short on Sunday.") == set()


# --- the health ministry's later, fuller figure --------------------------------------------------------------------

def test_health_ministry_fuller_figure_raises_the_wounded() -> None:
    assert counts("Shelling hits Ubari home\nA shell hit a house in Ubari on Wednesday, killing an old man and "
                  "wounding his grandson, residents said. The ministry of health in Tripoli later said six people "
                  "had been wounded in the shelling.") == (1, 6)
    assert counts("Drone strike on Kufra farm\nA drone struck a farm near Kufra on Friday, wounding two farm "
                  "workers, a local councillor said. The health ministry of the unity government said on Saturday "
                  "that five people had been injured.")[1] == 5


def test_health_ministry_smaller_figure_does_not_lower() -> None:
    # the look-alike: a smaller figure from the ministry leaves the first, larger one
    assert counts("Drone strike on Kufra farm\nA drone struck a farm near Kufra on Friday, wounding seven farm "
                  "workers, a local councillor said. The health ministry said on Saturday that three people were "
                  "still in hospital.")[1] == 7


# --- sport and work accidents --------------------------------------------------------------------------------------

def test_players_hurt_in_a_match_are_no_incident() -> None:
    assert types("Al-Nasr goalkeeper ruled out\nAl-Nasr goalkeeper Omar Fathi will miss a month after hurting "
                 "his shoulder in Saturday's league match against Al-Hilal, the club said. Two other players "
                 "were taken off with minor injuries.") == set()


def test_players_attacked_by_fans_stay_an_incident() -> None:
    # the look-alike: players hurt by a crowd that stoned their bus were hurt by someone
    assert "injury" in types("Fans stoned the visiting team's bus in Zawiya on Saturday, injuring three players and "
                             "the driver, the club said.")


def test_crane_and_well_accidents_are_no_incident() -> None:
    assert types("Two workers hurt in Brega refinery accident\nTwo workers were injured when a crane toppled at "
                 "the Brega refinery on Monday, the oil company said.") == set()
    assert types("Boy falls into well near Ghadames\nRescuers pulled out an 8-year-old boy who fell into an "
                 "abandoned well near Ghadames on Friday. He was taken to hospital with a fractured arm.") == set()


def test_boy_thrown_into_a_well_stays_an_incident() -> None:
    # the look-alike: someone thrown into a well was attacked
    assert types("Kidnappers threw a 9-year-old boy into a well near Ghadames after beating him, police said; "
                 "he was taken to hospital with a fractured arm.")


# --- a relative hurt and cared for, told in a sentence of their own ------------------------------------------------

def test_relative_wounded_and_treated_counts_one() -> None:
    assert counts("Man shot dead at Ubari farm\nA 40-year-old farmer was shot dead by two gunmen at his farm near "
                  "Ubari on Friday, relatives said. His youngest daughter, 12, was hit by a ricochet and treated "
                  "at Ubari General Hospital.") == (1, 1)
    assert counts("Mine wounds farmer near Tarhuna\nA farmer lost a leg when a mine exploded under his tractor near "
                  "Tarhuna on Sunday, the mine action centre said. His 16-year-old son, riding beside him, was bruised "
                  "and was taken to hospital in Tarhuna.")[1] == 2


def test_relative_who_speaks_is_not_counted() -> None:
    # the look-alike: a relative who only tells the news, or who visits, is no one hurt
    assert counts("Man shot dead at Ubari farm\nA 40-year-old farmer was shot dead by two gunmen at his farm near "
                  "Ubari on Friday. His eldest son, 19, said the gunmen fled and he was taken to the police "
                  "station to give a statement.") == (1, None)


def test_he_was_treated_after_a_wound_counts_one() -> None:
    assert counts("Freed blogger bears marks of torture\nBlogger Anwar Hadi was freed on Monday after three weeks "
                  "held by an armed group in Zawiya. His brother said he had cuts on his wrists and a broken nose, "
                  "and he was treated at Zawiya Teaching Hospital.")[1] == 1


def test_he_was_treated_with_no_harm_counts_none() -> None:
    # the look-alike: care with no harm told (an illness) counts nobody
    assert counts("Minister in hospital\nThe economy minister fell ill during a visit to Sabha on Monday, an aide "
                  "said, and he was treated at Sabha Medical Centre.")[1] is None


def test_relative_of_a_group_already_counted_adds_none() -> None:
    # the look-alike: beside a group's count the relative may be one of them: the count stays
    assert counts("Shell hits Sirte home\nThree members of a family were wounded when a shell hit their home in "
                  "Sirte on Monday, neighbours said. Their youngest son, 8, was hit in the arm and treated at Ibn "
                  "Sina Hospital.")[1] == 3


# --- the smaller bones broken -------------------------------------------------------------------------------------

def test_fractured_wrist_is_a_wound() -> None:
    text = ("Detained student freed in Sabha\nStudent Kamal Idris was freed on Thursday after ten days held by a "
            "militia in Sabha. A medic who saw him said he had a fractured wrist and bruises on his legs.")
    assert "injury" in types(text)


def test_broken_window_is_no_wound() -> None:
    # the look-alike: a broken thing is no one's wound
    assert types("Vandals left a broken window and a fractured water pipe at the Ghat clinic on Sunday.") == set()


# --- a medic who speaks after the quote ---------------------------------------------------------------------------

def categories(text: str) -> set[str]:
    return {kind for incident in annotate(text, "en").incidents for kind in incident.victim_categories}


def test_medic_named_after_said_is_the_speaker() -> None:
    text = ("Guards beat returned migrants at Abu Salim centre\nGuards beat migrants returned to the Abu Salim "
            "detention centre on Monday. \"A young man had a broken nose and two broken ribs,\" said an IRC "
            "nurse.")
    assert "medics" not in categories(text)
    assert "migrants" in categories(text)


def test_medic_beaten_stays_a_medic() -> None:
    # the look-alike: the medic is the one beaten, the office that tells it speaks
    assert "medics" in categories("A nurse was beaten by relatives of a patient at the Ghat clinic and treated for "
                                  "a broken nose, said the town's health office.")


# --- a nationality before a plural force or a capitalised body; a town's civil protection office -----------------

def actor_names(text: str) -> set[str]:
    return {actor.name for actor in annotate(text, "en").actors}


def test_nationality_before_plural_forces_and_capitalised_bodies() -> None:
    assert "Italian coastguards" in actor_names("Italian coastguards pulled two bodies from the sea after a dinghy "
                                                "that left Zuwara sank on Sunday.")
    assert "Moroccan gendarmes" in actor_names("Migrants said Moroccan gendarmes beat them with sticks near Oujda.")
    assert "Algerian Civil Protection" in actor_names("Three Libyan travellers were hurt when their bus overturned "
                                                      "near Ouargla, the Algerian Civil Protection said.")


def test_town_civil_protection_office_keeps_its_town() -> None:
    assert "Zliten civil protection office" in actor_names(
        "Four residents were taken to hospital after a fire in a shop, the Zliten civil protection office said.")


def test_gendarmes_without_nationality_are_no_national_body() -> None:
    # the look-alike: a nationality word that is the victims', not the force's
    assert "Nigerian gendarmes" not in actor_names("Gendarmes beat Nigerian migrants near the border, they said.")


# --- a relative's age in a later care sentence --------------------------------------------------------------------

def test_relative_child_in_care_is_a_child() -> None:
    assert "children" in categories("Man shot dead at Ubari farm\nA 40-year-old farmer was shot dead by two gunmen "
                                    "at his farm near Ubari on Friday. His youngest daughter, 12, was hit by a "
                                    "ricochet and treated at Ubari General Hospital.")
    assert "children" in categories("Mine wounds farmer near Tarhuna\nA farmer lost a leg when a mine exploded "
                                    "under his tractor near Tarhuna on Sunday. His 15-year-old grandson, riding "
                                    "beside him, was bruised and was treated at Tarhuna Hospital.")


def test_adult_relative_who_speaks_is_no_child() -> None:
    # the look-alike: an adult relative, or an age in a sentence of no harm or care
    assert "children" not in categories("Man shot dead at Ubari farm\nA 40-year-old farmer was shot dead by two "
                                        "gunmen at his farm near Ubari on Friday. His 12-year-old son saw the "
                                        "gunmen drive away, a cousin said.")


# --- the others still in care once one of the wounded died --------------------------------------------------------

def test_others_recovering_after_one_died() -> None:
    assert counts("Wounded shopkeeper dies in Zawiya\nA shopkeeper wounded in Friday's shooting at a Zawiya market "
                  "died of his wounds on Monday, relatives said. Gunmen had fired on the market, wounding four "
                  "people; the three others are recovering at Zawiya Teaching Hospital.") == (1, 3)


def test_others_recovering_with_no_death_leaves_the_count() -> None:
    # the look-alike: no one died, "the others" are beside one told apart (discharged)
    assert counts("Gunmen fire on Zawiya market\nGunmen fired on a market in Zawiya on Friday, wounding four people; "
                  "one was discharged and the three others are recovering at Zawiya Teaching Hospital.")[1] == 4


# --- a year's figure told in a report published on a named day ----------------------------------------------------

def test_year_figure_in_a_report_released_on_a_day_has_no_count() -> None:
    assert counts("Save the Children: 52 children killed or maimed in Libya in 2025\nSave the Children said 52 children "
                  "were killed or maimed in Libya in 2025, many by unexploded ordnance, in a report published on "
                  "Monday.") == (None, None)


def test_event_on_a_day_told_in_a_report_keeps_its_count() -> None:
    # the look-alike: the harm has its own day; the report's day does not make it a statistic
    assert counts("A shell killed three children in Sirte on Sunday, the mission said in a statement released on "
                  "Monday.")[0] == 3


# --- unnamed perpetrators in the form written (as "unknown attacker", "two armed groups") ----------------------------

def test_unnamed_perpetrators_in_the_form_written() -> None:
    assert "unidentified man" in actor_names("A pharmacist was stabbed by an unidentified man in his shop in "
                                             "Gharyan on Monday.")
    assert "two militias" in actor_names("A girl was wounded by stray bullets when two militias clashed in "
                                         "Janzour on Friday.")


def test_man_alone_is_no_perpetrator() -> None:
    # the look-alike: "a man" with no "unknown / unidentified" is often the victim; gunmen on motorcycles stay
    # "gunmen" (the English tune labels, six of seven)
    assert not {"man", "a man"} & actor_names("A man was stabbed in his shop in Gharyan on Monday.")
    assert "gunmen" in actor_names("A money changer was shot in the leg by gunmen on motorcycles in Sabha on Tuesday.")
