"""English pass 32 (tune70en): incident F1 in long articles, both ways: look-alikes that named a harm of the past,
of a class or of a policy (a trial's charge, a year's trend, a release, a payment, a campaign, a policing aim, advice),
and incidents told as a lasting state or by their symptom (docs/labelling.md, "English news pass 32"). Our own
sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def incident(text: str) -> bool:
    return bool(annotate(text, "en").incidents)


def types(text: str) -> set[str]:
    return {c.type for c in annotate(text, "en").incidents}


def injured(text: str) -> int | None:
    return annotate(text, "en").injured


# --- a trial opened over a past act: the body's account of that act is the charge ----------------------------------

TRIAL = ("Benghazi court begins trial over 2023 murder of lawyer\n"
         "The Benghazi Court of Appeal began on Tuesday the trial of three men accused of killing lawyer Omar Fakhri, "
         "and adjourned it to February.\n"
         "Fakhri was stabbed to death in his office after defending detained protesters.\n"
         "His relatives held his portrait outside the courthouse.")


def test_a_trial_over_a_past_killing_frames_its_account() -> None:
    assert not incident(TRIAL)


def test_a_harm_of_the_headline_own_still_stands() -> None:
    text = ("Reporter detained after trial over posts in Sabha\n"
            "Security men detained reporter Huda Senussi outside the Sabha court on Monday and took her to an unknown "
            "location, her newspaper said.")
    assert "arbitrary_detention" in types(text) or "enforced_disappearance" in types(text)
    text = ("Trial over killing of trader opens in Gharyan as gunmen wound guards\n"
            "Gunmen opened fire outside the Gharyan court on Sunday, wounding two guards, the hospital said.")
    assert "injury" in types(text)


# --- a headline trend over a named year: a year's record -------------------------------------------------------------

TREND = ("Abductions of migrants in Libya rose in 2025, agency says\n"
         "ROME (AP) - The number of migrants abducted for ransom in Libya rose by a third last year, an aid agency "
         "said on Tuesday.\n"
         "The agency recorded 640 cases, most in the south, where migrants were held in warehouses until their "
         "families paid.\n"
         "It called on donors to fund shelters.")


def test_a_trend_over_a_year_is_a_record() -> None:
    assert not incident(TREND)


def test_a_headline_without_a_year_or_a_trend_keeps_its_body() -> None:
    text = ("Migrants abducted near Brak, agency says\n"
            "Gunmen abducted 14 migrants from a farm near Brak on Monday and demanded ransoms from their families, "
            "an aid agency said on Tuesday.")
    assert "abduction" in types(text)
    text = ("Shelling on Tarhuna rose in 2025\n"
            "A shell hit a house in Tarhuna on Sunday, killing a woman and her son, relatives said.")
    assert "killing" in types(text)  # a body sentence that names a day of its own tells a new act, not the trend


# --- a release told in the present, as headlines write it ------------------------------------------------------------

def test_a_present_release_headline_is_no_detention() -> None:
    assert not incident("Tripoli frees 40 prisoners held without trial in Mitiga\n"
                        "The men were freed on Sunday at the end of Ramadan, the justice ministry said.")


def test_a_detention_without_trial_still_told() -> None:
    assert "arbitrary_detention" in types("Forty men have been held without trial in Mitiga for three years, "
                                          "their families said on Sunday.")


# --- a payment owed to a person for a past harm ----------------------------------------------------------------------

def test_compensation_to_a_person_held_is_a_ruling() -> None:
    assert not incident("Judge awards compensation to woman held 18 months without charge")
    assert not incident("A Benghazi court ordered the interior ministry to pay compensation to a teacher who was "
                        "detained for two years without trial.")


def test_a_new_clause_after_the_payment_keeps_its_harm() -> None:
    text = ("The court ordered compensation for the family, and guards held the lawyer without charge for six hours "
            "after the hearing on Monday.")
    assert "arbitrary_detention" in types(text)


# --- a call on someone to free a class of people ---------------------------------------------------------------------

def test_a_call_on_authorities_to_free_all_is_a_campaign() -> None:
    text = ("Twenty rights groups on Monday called on the governments in Tripoli and Benghazi to free or try all "
            "detainees held without charge.")
    assert not incident(text)


def test_a_call_to_free_others_is_a_campaign() -> None:
    assert not incident("The commission called for the release of others held without charge in the city.")


def test_a_call_for_one_named_detainee_is_still_told() -> None:
    text = ("Press unions on Monday called on the authorities in Tripoli to release journalist Salem Obeidi, "
            "held without charge since May.")
    assert "arbitrary_detention" in types(text)


# --- trafficking as the kind of network a force acts against ---------------------------------------------------------

def test_operations_against_trafficking_networks_are_an_aim() -> None:
    assert not incident("The coast guard said it had stepped up patrols against human trafficking networks in the "
                        "west of the country.")


def test_people_held_by_a_trafficking_network_are_told() -> None:
    text = "Police freed 30 migrants held by a human trafficking network in a warehouse near Bani Walid on Friday."
    assert "trafficking" in types(text)


# --- "when a child goes missing": advice, no one missing -------------------------------------------------------------

def test_advice_when_someone_goes_missing_is_no_disappearance() -> None:
    assert not incident("Police reminded parents to call them quickly when a child goes missing.")
    assert not incident("The ministry urged schools to alert the police at once if a girl goes missing.")


def test_someone_gone_missing_is_still_told() -> None:
    text = "Two fishermen from Zuwara went missing on Sunday after armed men stopped their boat, their families said."
    assert incident(text)


# --- a detention told as a state that lasts --------------------------------------------------------------------------

def test_an_activist_in_detention_for_weeks_is_arbitrary() -> None:
    text = "A women's rights activist in Derna has been in detention for three weeks over a video on Facebook, her lawyer said."
    assert {"arbitrary_detention", "attack_on_civil_society"} <= types(text)


def test_a_suspect_in_detention_is_routine() -> None:
    assert not incident("A man suspected of stealing cars has been in detention since Monday, police said.")


# --- breath taken by tear gas, told by its symptom -------------------------------------------------------------------

def test_tear_gas_with_breathing_problems_treated_is_injury() -> None:
    text = ("Police fired tear gas at students protesting in Sabha on Monday, and nine of them were treated in "
            "hospital for breathing difficulties, a doctor said.")
    assert "injury" in types(text)
    assert injured(text) == 9


def test_breathing_problems_without_tear_gas_are_no_injury() -> None:
    assert not incident("Dozens were treated in hospital for breathing problems after a sandstorm swept Ghat on "
                        "Friday.")


# --- the whole before a part told "among them" / "including" -------------------------------------------------------

def test_the_whole_before_among_them_is_counted() -> None:
    text = ("Gunmen opened fire on a wedding party in Sorman on Saturday, and 11 guests, among them four children, "
            "were treated in hospital, relatives said.")
    assert injured(text) == 11
    text = ("Militiamen beat protesters in Ubari on Sunday, and eight men, including two teachers, were treated in "
            "hospital, residents said.")
    assert injured(text) == 8


def test_a_part_alone_stays_the_part() -> None:
    text = ("Gunmen opened fire on a wedding party in Sorman on Saturday, and four children were treated in hospital, "
            "relatives said.")
    assert injured(text) == 4


def killed(text: str) -> int | None:
    return annotate(text, "en").killed


def categories(text: str) -> set[str]:
    return set(annotate(text, "en").victim_categories())


def status(text: str) -> str | None:
    return annotate(text, "en").victim_status


# --- "no one hurt" in a headline without its verb --------------------------------------------------------------------

def test_no_one_hurt_counts_nobody() -> None:
    assert injured("Newspaper office set on fire in Sabha, no one hurt") is None
    assert injured("Radio station torched in Ubari, no one injured") is None


def test_one_hurt_counts_one() -> None:
    assert injured("Gunmen torch radio station in Ubari, one hurt") == 1


# --- "mother of four": the family's size, not a toll -----------------------------------------------------------------

def test_a_parent_of_n_is_one_victim() -> None:
    assert injured("Mortar round lands in Janzour yard, injuring father of five") == 1
    assert injured("Rocket hits farm near Tarhuna, wounding mother of three") == 1


def test_a_toll_of_the_family_stays() -> None:
    assert injured("Rocket hits farm near Tarhuna, wounding three of the family's children") == 3


# --- one wounded fighter then killed: hors de combat, no one injured -------------------------------------------------

def test_a_wounded_fighter_killed_is_no_injury() -> None:
    text = "A wounded soldier was shot dead in his bed at the Sirte field hospital on Friday by gunmen, medics said."
    assert types(text) == {"killing"}
    assert injured(text) is None
    assert status(text) == "hors_de_combat"


def test_a_fighter_killed_and_another_wounded_stays_fighters() -> None:
    text = "A soldier was shot dead and another soldier was wounded in clashes near Sirte on Friday."
    assert not incident(text)


# --- a body handed back to the family --------------------------------------------------------------------------------

def test_the_body_of_a_named_man_handed_over_is_one_dead() -> None:
    text = ("The body of Khaled Amari, 35, was handed over to his family in Gharyan on Monday, a week after he was "
            "detained by an armed group, relatives said.")
    assert killed(text) == 1


def test_the_bodies_handed_over_keep_their_number() -> None:
    text = "The bodies of four men were handed over to their families in Gharyan on Monday, relatives said."
    assert killed(text) == 4


# --- a Red Crescent volunteer told after the noun; aid recipients --------------------------------------------------

def test_a_volunteer_with_the_red_crescent_is_a_medic() -> None:
    text = ("A volunteer with the Red Crescent was abducted near Murzuq on Monday while handing out blankets to "
            "Chadian refugees, the society said.")
    assert categories(text) == {"medics"}


def test_refugees_harmed_stay_migrants() -> None:
    text = "Gunmen fired on a convoy carrying food to refugees near Murzuq on Monday, wounding four refugees."
    assert "migrants" in categories(text)


# --- care sought and the kin it was for are no victims ---------------------------------------------------------------

def test_a_doctor_asked_for_is_no_medic_harmed() -> None:
    text = ("A guard beat a woman at the Tariq al-Sikka centre on Monday after she asked to see a doctor for her son, "
            "a rights group said.")
    assert categories(text) == {"women"}


def test_a_doctor_beaten_is_a_medic() -> None:
    text = "Guards beat a doctor and her son at the Tariq al-Sikka centre on Monday, a rights group said."
    assert {"medics", "children"} <= categories(text)


# --- the harmed group told again as the subject of "included" ------------------------------------------------------

def test_the_group_included_lists_its_members() -> None:
    text = ("Gunmen held 30 migrants for ransom at a farm near Brak and beat them, the police said on Monday.\n"
            "The migrants included five women and three children.")
    assert {"migrants", "women", "children"} <= categories(text)


def test_another_group_included_lists_no_victims() -> None:
    text = ("Gunmen held 30 migrants for ransom at a farm near Brak and beat them, the police said on Monday.\n"
            "The delegation that visited them included two doctors and a nurse.")
    assert "medics" not in categories(text)


# --- a council named by a town of two words --------------------------------------------------------------------------

def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_a_two_word_town_keeps_its_council_whole() -> None:
    text = ("A rocket hit a school in Abu Salim on Monday, wounding two pupils. The Abu Salim municipal council "
            "closed the district's schools.")
    assert "Abu Salim municipal council" in actors(text)


def test_a_one_word_town_council_stays() -> None:
    text = ("A rocket hit a school in Gharyan on Monday, wounding two pupils. The Gharyan municipal council closed "
            "the town's schools.")
    assert "Gharyan municipal council" in actors(text)


# --- told indirectly: a body handed back, a taking told by the family ------------------------------------------------

def test_a_body_handed_back_with_beating_marks_is_killing_and_torture() -> None:
    text = "Her body was handed over to the family in Sabha on Tuesday bearing marks of beating, her brother said."
    assert {"killing", "torture"} <= types(text)
    assert killed(text) == 1


def test_a_body_received_by_the_morgue_is_one_dead() -> None:
    text = ("The morgue of Ubari hospital received the body of a young man on Friday, his uncle said, three days after "
            "he was stopped at a checkpoint.")
    assert killed(text) == 1


def test_a_parcel_handed_over_is_no_death() -> None:
    assert not incident("The parcel was handed over to the family in Sabha on Tuesday, the post office said.")


def test_a_taking_told_by_the_family_is_an_abduction_and_a_disappearance() -> None:
    text = ("The family of an engineer said he had been taken by armed men from his workshop on Monday and that they "
            "did not know where he was held.")
    assert {"abduction", "enforced_disappearance"} <= types(text)


def test_a_patient_taken_to_hospital_is_no_taking() -> None:
    assert not incident("The family said he had been taken to hospital on Monday with a fever.")


# --- the wounded told by the care that received them -----------------------------------------------------------------

def test_a_hospital_receiving_wounded_people_counts_them() -> None:
    text = ("Medics at the Ubari clinic said they had received four boys with shrapnel wounds after a shell struck their "
            "school on Saturday.")
    assert injured(text) == 4


def test_a_hospital_receiving_bodies_counts_no_wounded() -> None:
    text = ("Gunmen fired on a wedding in Ubari on Saturday. The hospital received the bodies of three men with "
            "gunshot wounds.")
    assert injured(text) is None
    assert killed(text) == 3
