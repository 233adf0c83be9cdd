"""English pass 21 (tune46en): injured counts told by the wound rather than by a casualty verb, and the hurt told
kin by kin (docs/labelling.md, "English news pass 21"). Our own sentences, not the tune set's."""
from nlp.annotate import annotate


def injured(text: str) -> int | None:
    return annotate(text, "en").injured


# "N times" counts blows or shots, not people


def test_stabbed_several_times_is_one_victim() -> None:
    text = ("A man stabbed a shopkeeper five times in Gharyan market on Sunday after an argument over a debt. "
            "He is in intensive care at Gharyan hospital.")
    assert injured(text) == 1


def test_a_number_of_people_wounded_still_counts() -> None:
    text = "Gunmen wounded five shoppers in Gharyan market on Sunday, a hospital official said."
    assert injured(text) == 5


# a number of people who "had / suffered / sustained" a wound


def test_some_of_a_beaten_group_with_broken_bones_count_hurt() -> None:
    text = ("About 30 detainees were beaten by guards at a prison in Gharyan on Monday after a protest over food, a "
            "rights group said. Five of them suffered broken bones, it said.")
    assert injured(text) == 5


def test_a_bare_number_with_fractures_counts_hurt() -> None:
    text = ("Police raided a farm near Bani Walid and freed 19 Somali migrants held by traffickers, officials said. A "
            "medic who saw them said six had fractures or untreated wounds from beatings.")
    assert injured(text) == 6


def test_an_age_before_suffered_is_no_count() -> None:
    text = ("Masked men set fire to a house in Derna on Friday, neighbours said. The owner, 34, suffered burns to "
            "his hands.")
    assert injured(text) != 34


def test_wounds_of_the_dead_are_no_injured_count() -> None:
    text = ("Gunmen killed six men at a farm near Gharyan on Monday, officials said. Five of the bodies had gunshot "
            "wounds to the head.")
    assert injured(text) is None


# the hurt told one and kin by kin: "a man and his nephew", "a woman and two of her sons"


def test_one_and_two_of_her_kin_wounded() -> None:
    text = ("A 70-year-old grandmother and two of her grandsons were wounded when a shell hit their house in "
            "Ain Zara on Monday, relatives said.")
    assert injured(text) == 3


def test_a_pair_who_suffered_burns() -> None:
    text = ("A woman and her daughter suffered burns when masked men set fire to their house in Derna on Friday, "
            "neighbours said.")
    assert injured(text) == 2


def test_a_pair_treated_for_wounds() -> None:
    text = ("A farmer and his nephew were treated for shrapnel wounds after a drone struck their field near Murzuq "
            "on Sunday.")
    assert injured(text) == 2


def test_a_pair_abducted_is_no_injured_count() -> None:
    text = "A trader and his son were abducted by gunmen on the road to Gharyan on Sunday, relatives said."
    assert injured(text) is None


# one victim told hurt by a wound or by care with a wound


def test_one_victim_who_suffered_a_broken_limb() -> None:
    text = "A nurse suffered a broken arm when gunmen beat her at a checkpoint near Gharyan on Monday."
    assert injured(text) == 1


def test_one_named_victim_admitted_with_a_fracture() -> None:
    text = ("Gunmen stormed the Derna office of a woman journalist on Monday and beat her, colleagues said. "
            "Amal Senussi was admitted to hospital with a broken jaw.")
    assert injured(text) == 1


def test_the_wounds_of_one_killed_are_no_injured_count() -> None:
    text = "Gunmen shot dead a shopkeeper in Derna on Monday, police said. He had gunshot wounds to the chest."
    assert injured(text) is None


def test_a_man_in_his_sixties_and_his_son_treated() -> None:
    text = ("A shepherd in his sixties and his son were treated for bullet wounds after gunmen fired on their flock "
            "near Mizdah on Tuesday.")
    assert injured(text) == 2


def test_a_grandfather_and_two_of_his_grandchildren_hurt() -> None:
    text = ("An 80-year-old grandfather and two of his grandchildren were hurt when a mortar round hit their farm "
            "near Tarhuna on Friday.")
    assert injured(text) == 3


def test_a_volunteer_who_suffered_a_broken_leg() -> None:
    text = ("A volunteer suffered a broken leg when militiamen beat him at a food distribution point in Kufra on "
            "Thursday, the charity said.")
    assert injured(text) == 1


# victims told as members of the harmed group: "X were among those brought in"


def categories(text: str) -> set[str]:
    return {c for i in annotate(text, "en").incidents for c in i.victim_categories}


def test_members_named_before_among_those() -> None:
    text = ("Gunmen shelled the Al-Hadaba district of Tripoli on Monday night, wounding 14 people, the health ministry "
            "said. Children and elderly residents were among those brought in, a hospital official said.")
    assert {"children", "elderly"} <= categories(text)


def test_the_ones_arrested_among_those_are_no_victims() -> None:
    text = ("Gunmen shelled the Al-Hadaba district of Tripoli on Monday night, wounding 14 people, the health ministry "
            "said. Two teenagers were among those arrested later, police said.")
    assert "children" not in categories(text)


# a doctor who tells the news is no medic victim


def test_a_doctor_at_a_hospital_who_said_is_no_victim() -> None:
    text = ("Guards beat detainees with rifle butts at a prison in Gharyan on Monday, a doctor at Gharyan hospital "
            "said.")
    assert "medics" not in categories(text)


def test_a_doctor_who_examined_them_is_no_victim() -> None:
    text = ("Police raided a farm near Bani Walid and freed 19 Somali migrants held by traffickers, officials said. A "
            "doctor who examined them said six had fractures from beatings.")
    assert "medics" not in categories(text)


def test_a_nurse_who_was_beaten_is_a_victim() -> None:
    text = "A nurse who was beaten by gunmen at a clinic in Gharyan on Monday said she would not return to work."
    assert "medics" in categories(text)


# accidents told by what failed: no incident


def incident(text: str) -> bool:
    return bool(annotate(text, "en").incidents)


def test_fire_at_a_plant_opening_a_headline_is_an_accident() -> None:
    text = ("Fire at Zawiya refinery storage tank injures four workers\n"
            "Four workers were hurt when a fire broke out at a storage tank at the Zawiya refinery on Tuesday, the "
            "refinery said. The fire was caused by a pipeline leak.")
    assert not incident(text)


def test_a_bus_whose_tyre_burst_is_an_accident() -> None:
    text = ("A minibus carrying farm labourers overturned on the road south of Sabha on Monday, injuring nine "
            "passengers, hospital officials said. The driver lost control after a tyre burst.")
    assert not incident(text)


def test_a_blaze_in_a_market_is_an_accident() -> None:
    text = "A blaze at a Misrata market injured six people, including a child, on Friday evening, officials said."
    assert not incident(text)


def test_gunmen_who_fire_at_protesters_are_no_accident() -> None:
    text = "Gunmen fire at protesters in Zawiya, wounding three people, witnesses say."
    assert incident(text)


# "remains in intensive care" is a victim's state, not a statistic's "remains"


def test_a_nurse_who_remains_in_intensive_care_is_a_medic_victim() -> None:
    text = ("A nurse remains in intensive care after a man stabbed her outside a health centre in Derna on Thursday, "
            "her brother said.")
    assert "medics" in categories(text)


def test_a_problem_that_remains_is_still_no_incident() -> None:
    text = ("Violence against health workers remains widespread in Libya, a UN report said on Monday, calling for "
            "better protection of clinics.")
    assert not incident(text)


# surgeons and Red Crescent volunteers are medics


def test_an_abducted_surgeon_is_a_medic() -> None:
    text = "Gunmen abducted a surgeon from his clinic in Gharyan on Monday evening, his family said."
    assert "medics" in categories(text)


def test_a_red_crescent_volunteer_shot_is_a_medic() -> None:
    text = ("A Red Crescent volunteer was shot and wounded while helping families leave a damaged building in Derna "
            "on Monday, the aid group said.")
    assert "medics" in categories(text)


def test_the_red_crescent_reporting_is_no_medic_victim() -> None:
    text = ("Gunmen shot and wounded two farmers near Gharyan on Monday, the Red Crescent said, adding that its "
            "volunteers had taken them to hospital.")
    assert "medics" not in categories(text)


def test_red_crescent_volunteers_who_recovered_bodies_are_no_medic_victims() -> None:
    text = ("Red Crescent volunteers recovered seven bodies of migrants, among them a woman, on a beach near "
            "Zuwara on Sunday, the aid group said.")
    assert "medics" not in categories(text)


# a wound told by where the bullet hit, or by a rifle butt


def test_shot_in_the_back_is_an_injury() -> None:
    text = ("A 16-year-old goatherd was shot in the back by gunmen at a checkpoint near Mizdah on Sunday, his uncle "
            "said. He is in hospital in Gharyan.")
    assert [i.type for i in annotate(text, "en").incidents] == ["injury"]
    assert injured(text) == 1


def test_struck_with_a_rifle_butt_is_an_injury() -> None:
    text = ("An old man was struck with a rifle butt when gunmen searching for his nephew raided his home in "
            "Gharyan on Tuesday, relatives said.")
    assert "injury" in [i.type for i in annotate(text, "en").incidents]


def test_a_rifle_shot_at_a_wedding_with_nobody_hit_is_no_injury() -> None:
    text = "Guests fired rifles into the air at a wedding in Gharyan on Saturday night, residents complained."
    assert "injury" not in [i.type for i in annotate(text, "en").incidents]


def test_doctors_who_were_treated_are_medic_victims() -> None:
    text = ("Relatives of a patient stormed the emergency ward of Gharyan hospital on Monday and beat three nurses, "
            "who were treated for bruises, the director said.")
    assert "medics" in categories(text)


# one of a beaten group told hurt; "hurting N"


def test_one_of_a_beaten_group_taken_to_hospital_with_a_wound() -> None:
    text = ("Four Sudanese traders were beaten by guards at a market in Kufra on Sunday after a dispute over a stall, "
            "a relative said. One of them, a 58-year-old, was taken to Kufra hospital with a broken arm.")
    assert injured(text) == 1


def test_hurting_a_number_counts_them() -> None:
    text = ("Police fired on people protesting against fuel shortages in Ghat on Monday night, hurting five, among "
            "them a teenager, a doctor at the town's hospital said.")
    assert injured(text) == 5


def test_hurting_the_economy_is_no_incident() -> None:
    text = "The blockade of oil ports is hurting the economy of Libya, the central bank governor said on Monday."
    assert not incident(text)


# a number's people listed one by one before their verb


def test_a_number_told_one_by_one_before_the_verb() -> None:
    text = ("Two children, a boy of 9 and his 12-year-old sister, were badly hurt by a landmine near their home in "
            "Ain Zara on Monday, the Red Crescent said.")
    assert injured(text) == 2


def test_a_number_with_a_list_of_another_verb_is_no_count_of_the_first() -> None:
    text = ("Gunmen seized two cars, a van and a pickup, and were seen driving towards Gharyan, police said. A driver "
            "was wounded.")
    assert injured(text) == 1


def test_n_of_them_told_one_by_one_in_care() -> None:
    text = ("At least six migrants drowned when their boat sank off Sabratha on Friday, the Red Crescent said. "
            "Fishermen pulled 30 people from the sea; four of them, three men and a girl, were being treated for "
            "hypothermia at Sabratha hospital.")
    assert injured(text) == 4


# "N years since": an anniversary frames the story


def test_years_since_in_a_headline_frames_an_anniversary() -> None:
    text = ("Families in Tajoura mark five years since air strike on migrant centre\n"
            "Families gathered in Tajoura on Sunday to mark five years since an air strike on a detention centre "
            "that killed 53 migrants. Speakers said homes nearby were also hit that night and asked for compensation.")
    assert not incident(text)


def test_a_harm_told_days_since_is_still_news() -> None:
    text = ("Two days since gunmen stormed Gharyan clinic, nurse still in hospital\n"
            "Gunmen stormed a clinic in Gharyan on Saturday and beat a nurse, who is still in hospital with a broken "
            "arm, her family said on Monday.")
    assert incident(text)


# taken to a hospital is care, no abduction


def test_fighters_taken_to_a_military_hospital_are_no_abduction() -> None:
    text = ("Two fighters of the 166th Brigade were wounded in a clash with a rival unit at a checkpoint in Sirte on "
            "Sunday, a spokesman said. The two were taken to a military hospital.")
    assert not incident(text)


def test_taken_by_gunmen_to_an_unknown_place_is_still_an_abduction() -> None:
    text = ("A trader was taken by gunmen from his shop in Sabha on Monday and his family has heard nothing, his "
            "brother said.")
    assert "abduction" in [i.type for i in annotate(text, "en").incidents]
