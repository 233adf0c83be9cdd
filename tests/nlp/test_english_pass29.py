"""English pass 29 (tune63en): actors and victim categories, with the incidents and counts they hang on
(docs/labelling.md, "English news pass 29"). Our own sentences, not the tune set's (other names, places and wording);
each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {c.type for c in annotate(text, "en").incidents}


def injured(text: str) -> int | None:
    return annotate(text, "en").injured


# --- a bullet that hit someone wounded them, stray or not -------------------------------------------------------

def test_hit_by_a_bullet_is_an_injury() -> None:
    text = ("A Nigerian man was hit by a bullet when a patrol boat fired on a fishing skiff off Sabratha on Monday, "
            "a charity said.")
    assert "injury" in types(text)
    text = "Two farmers were struck by gunfire as armed men chased a lorry near Msallata on Friday, relatives said."
    assert "injury" in types(text)


def test_a_target_hit_by_bullets_stays_no_injury() -> None:
    text = "The old water tank on the hill outside Ghat has been hit by bullets many times over the years, residents said."
    assert "injury" not in types(text)


# --- bones broken in a beating ----------------------------------------------------------------------------------

def test_broken_bones_are_wounds() -> None:
    text = ("Prison guards in Zintan beat a group of detained Chadian labourers on Tuesday, leaving three with broken "
            "arms, a lawyer said.")
    assert "injury" in types(text)
    text = "The activist was released on Sunday with a fractured jaw after two weeks in a Sirte cell, his brother said."
    assert "injury" in types(text)


def test_a_broken_thing_is_no_wound() -> None:
    text = "The broken pipeline near Brega was repaired on Sunday, the oil company said."
    assert "injury" not in types(text)


# --- people after a number: two nationalities joined, refugees and asylum seekers -------------------------------------

def test_a_number_before_two_nationalities_counts() -> None:
    text = ("Six Chadian and Nigerien migrants were taken to hospital in Sabha on Monday after guards beat them at a "
            "detention centre, a doctor said.")
    assert injured(text) == 6


def test_a_number_before_refugee_people_counts() -> None:
    text = ("Five Sudanese refugee children were wounded when a shell struck a school near the Chadian border on "
            "Sunday, aid workers said.")
    assert injured(text) == 5
    text = ("Doctors in Kufra treated nine Somali asylum seekers for gunshot wounds on Monday after smugglers fired on "
            "their truck, a charity said.")
    assert injured(text) == 9


def test_a_number_of_places_stays_no_count() -> None:
    text = ("Guards beat a detained cook at a centre near Sabha on Monday, and two Chadian and Nigerien camps were "
            "searched, a doctor said.")
    assert injured(text) is None


def test_guards_beat_asylum_seekers_is_an_injury() -> None:
    text = "Police in Lampedusa beat a group of Eritrean asylum seekers on Friday, a rights group said."
    assert "injury" in types(text)
    assert "injury" not in types("Police in Lampedusa beat a group of rival bidders for the contract on Friday.")


# --- people held: a detention centre further on, a child, a video --------------------------------------------------

def test_children_held_at_a_detention_centre_are_detained() -> None:
    text = ("Save the Children said on Tuesday that 30 unaccompanied boys are being held with adult detainees at the "
            "Abu Salim detention centre in Tripoli.")
    assert "arbitrary_detention" in types(text)


def test_a_meeting_held_at_a_detention_centre_is_no_detention() -> None:
    text = ("A meeting on health care was held with doctors at the Abu Salim detention centre in Tripoli on Tuesday, "
            "the ministry said.")
    assert "arbitrary_detention" not in types(text)


def test_a_schoolgirl_held_over_a_video_is_detained() -> None:
    text = ("A 15-year-old schoolgirl from Gharyan has been held since Monday by the Criminal Investigation "
            "Department over a TikTok video about her teachers, her mother said.")
    assert "arbitrary_detention" in types(text)
    assert "children" in annotate(text, "en").victim_categories()


def test_a_schoolgirl_praised_for_a_video_is_no_detention() -> None:
    text = ("A 15-year-old schoolgirl from Gharyan was praised on Monday by the education office for a TikTok video "
            "about her teachers, her mother said.")
    assert "arbitrary_detention" not in types(text)


# --- taken by an armed group ------------------------------------------------------------------------------------

def test_volunteers_taken_by_an_armed_group_are_abducted() -> None:
    text = ("The charity said three of its drivers were taken from their lorry by an armed group at a checkpoint "
            "outside Brak on Monday.")
    assert "abduction" in types(text)


def test_a_lorry_taken_by_its_owner_is_no_abduction() -> None:
    text = "The charity said three of its lorries were taken from the depot by their owner at the end of the contract."
    assert "abduction" not in types(text)


def categories(text: str) -> tuple[str, ...]:
    return annotate(text, "en").victim_categories()


# --- where the held come from: "mostly from Niger and Chad" ---------------------------------------------------------

def test_children_mostly_from_migrants_countries_are_migrants() -> None:
    text = ("Save the Children said 25 unaccompanied boys are being held with adult detainees at the Zuwara detention "
            "centre. The children, mostly from Chad, Mali and Niger, were picked up at the port in April.")
    assert "migrants" in categories(text)


def test_suspects_from_those_countries_stay_no_migrants() -> None:
    text = ("Two shepherds were shot dead near Ghat on Sunday, relatives said. Police said two suspects, mostly known "
            "to them, had been arrested; both are from Mali and Niger.")
    assert "migrants" not in categories(text)


# --- the Red Crescent's own volunteers harmed -----------------------------------------------------------------------

def test_red_crescent_volunteers_harmed_are_medics() -> None:
    text = ("The Libyan Red Crescent said three of its volunteers were abducted by gunmen near Sokna on Monday while "
            "carrying food to a clinic.")
    assert "medics" in categories(text)


def test_red_crescent_volunteers_who_recover_bodies_are_no_victims() -> None:
    text = ("Gunmen shot dead two farmers near Sokna on Monday, and the Libyan Red Crescent said its volunteers "
            "recovered their bodies.")
    assert "medics" not in categories(text)


# --- "under 18" among the harmed ----------------------------------------------------------------------------------

def test_women_under_18_are_girls_and_children() -> None:
    text = ("Police freed nine Ghanaian women, three of them under 18, who had been held by traffickers in Ubari and "
            "forced into prostitution, a charity said.")
    assert {"girls", "children", "women"} <= set(categories(text))


def test_an_age_limit_of_a_rule_is_no_child() -> None:
    text = ("Traffickers held nine Ghanaian women in Ubari and forced them into prostitution, a charity said. "
            "The city bans the sale of cigarettes to anyone under 18.")
    assert "children" not in categories(text)


# --- training courses and anniversaries tell no event -------------------------------------------------------------

def test_a_course_on_the_prohibition_of_torture_is_no_incident() -> None:
    text = ("Forty police officers in Misrata completed a three-day course on the handling of detainees on Monday. "
            "The course covered interrogation rules and the prohibition of torture.")
    assert types(text) == set()


def test_torture_told_after_a_course_is_still_an_incident() -> None:
    text = ("Two detainees in Misrata were tortured with electric shocks during interrogation on Monday, their lawyer "
            "said, a week after the guards completed a course on the handling of detainees.")
    assert "torture" in types(text)


def test_years_ago_today_is_an_anniversary() -> None:
    text = ("Seven years ago today my cousin, a photographer, was shot dead while covering the fighting in Gharyan. "
            "We still wait for the truth. #NeverForget")
    assert types(text) == set()


def test_today_a_killing_is_news() -> None:
    text = "Today my cousin, a photographer, was shot dead while covering the fighting in Gharyan. Pray for him."
    assert "killing" in types(text)


def test_red_crescent_volunteers_searching_are_no_victims() -> None:
    text = ("Nine migrants drowned off Sirte on Sunday, the IOM said. The Red Crescent in Sirte said its volunteers "
            "were combing the beach for more bodies.")
    assert "medics" not in categories(text)


# --- the hurt told by what the harm left them with ----------------------------------------------------------------

def test_leaving_a_number_with_wounds_counts_them() -> None:
    text = ("Police at a Lampedusa reception centre beat a group of Eritrean asylum seekers on Saturday, leaving three "
            "with broken ribs, a rights group said.")
    assert injured(text) == 3
    text = "Guards beat detainees at a prison in Sabha on Monday, leaving four with burns, a lawyer said."
    assert injured(text) == 4


def test_leaving_a_number_with_nothing_counts_nobody() -> None:
    text = ("Guards beat detainees at a prison in Sabha on Monday, leaving four with nothing to eat for two days, a "
            "lawyer said.")
    assert injured(text) is None


def test_both_in_care_counts_two() -> None:
    text = ("Gunmen fired on a bakery van in Tarhuna on Sunday, wounding the driver and a boy who was helping him. "
            "Both were treated at the town's hospital, relatives said.")
    assert injured(text) == 2
    text = ("An ambulance driver and an elderly patient were hurt when gunmen fired on their ambulance near Kikla on "
            "Sunday. Both were taken to hospital in Gharyan.")
    assert injured(text) == 2


def test_both_of_another_kind_count_nobody_more() -> None:
    text = ("Gunmen fired on a bakery van in Tarhuna on Sunday, wounding the driver, relatives said. Both sides "
            "were blamed by the council.")
    assert injured(text) == 1


def test_a_number_opening_a_care_sentence_counts() -> None:
    text = ("Smugglers burned detained migrants with hot metal rods at a farm near Shwayrif, a charity said. "
            "Three needed surgery for their burns.")
    assert injured(text) == 3


def test_an_age_before_a_care_verb_is_no_count() -> None:
    text = "A shepherd was shot in the leg near Mizda on Sunday. The man, 44, needed surgery, his brother said."
    assert injured(text) == 1


# --- homes bulldozed ----------------------------------------------------------------------------------------------

def test_homes_bulldozed_are_an_attack_on_property() -> None:
    text = ("Municipal workers escorted by an armed unit bulldozed nine family homes in Janzour on Tuesday, leaving "
            "dozens of people without shelter, residents said.")
    assert "attack_on_property_or_infrastructure" in types(text)


def test_a_road_bulldozed_is_no_attack() -> None:
    text = "Council workers bulldozed the sand from the coastal road near Sabratha on Tuesday after the storm."
    assert types(text) == set()


# --- a blow told by one verb and its agent ---------------------------------------------------------------------------

def test_kicked_or_slapped_by_men_is_an_assault() -> None:
    text = ("My friend Huda, a teacher, was kicked and shoved by two policemen outside the court in Sabha today while "
            "filming the sit-in.")
    assert types(text) != set()
    text = "Eritrean labourers were slapped by guards at the Brak checkpoint on Monday, a witness said."
    assert types(text) != set()


def test_slapped_with_a_fine_is_no_assault() -> None:
    text = "The Benghazi shop owner was slapped with a heavy fine by the municipality on Monday for selling bread late."
    assert types(text) == set()
    text = "The striker was kicked by a defender in the second half and limped off, the coach said."
    assert "injury" not in types(text)


# --- tear gas: children struggling to breathe taken to hospital -------------------------------------------------

def test_struggling_to_breathe_after_tear_gas_is_an_injury() -> None:
    text = ("Police fired tear gas at residents protesting water cuts in Sabratha on Sunday. Two boys, 7 and 10, were "
            "rushed to hospital struggling to breathe, their uncle said.")
    assert "injury" in types(text)


def test_a_patient_struggling_to_breathe_is_no_injury() -> None:
    text = ("A Covid patient struggling to breathe waited six hours for an oxygen bed at the Sabratha hospital on "
            "Sunday, his son said.")
    assert "injury" not in types(text)


def test_ages_listed_before_care_count_the_children() -> None:
    text = ("Police fired tear gas at residents protesting water cuts in Sabratha on Sunday. My sister's kids, 5 and "
            "8, were taken to hospital gasping for breath.")
    assert injured(text) == 2
    assert "children" in categories(text)



def test_a_toll_after_people_stays_the_toll() -> None:
    text = ("Gunmen fired on a wedding in Zawiya on Saturday, killing two guests. Five relatives were taken to "
            "hospital, the hospital said.")
    assert injured(text) == 5


# --- actors: the municipal guards are a body of their own -------------------------------------------------------

def actors(text: str) -> set[str]:
    return {a.name.lower() for a in annotate(text, "en").actors}


def test_municipal_guards_are_named_whole() -> None:
    text = "Municipal guards beat two street vendors in Misrata's old market on Monday, witnesses said."
    assert "municipal guards" in actors(text)
    assert "guards" not in actors(text)


def test_prison_guards_stay_guards() -> None:
    text = "Guards at a prison in Misrata beat two detainees on Monday, a lawyer said."
    assert "guards" in actors(text)


def test_a_numbered_brigade_of_the_army_is_two_bodies() -> None:
    text = ("Relatives said the farmer was detained on Monday without charge by members of the 73rd Brigade of the "
            "Libyan National Army near Hun.")
    names = actors(text)
    assert "73rd brigade" in names and "libyan national army" in names
    assert "brigade of the libyan national army" not in names


def test_a_named_body_of_the_un_stays_whole() -> None:
    text = "The UN Support Mission in Libya said on Monday that a farmer was detained without charge near Hun."
    assert "un support mission in libya" in actors(text)


# --- "Video from <town>": where it was filmed, no origin ------------------------------------------------------------

def test_footage_from_a_town_places_the_event_there() -> None:
    text = "Video from Ajdabiya: two Chadian porters beaten by men in uniform at the western gate checkpoint today."
    assert annotate(text, "en").in_libya is True
    text = "Footage from Ghat shows police kicking and beating a Nigerien boy outside the bus station."
    assert annotate(text, "en").in_libya is True


def test_migrants_from_a_country_stay_an_origin() -> None:
    text = "Two migrants from Niger were beaten by police in Palermo on Monday, a charity said."
    assert annotate(text, "en").in_libya is False


# --- a son or daughter told an adult by the age is no child --------------------------------------------------------

def test_a_son_aged_as_an_adult_is_no_child() -> None:
    text = ("Our son Walid, 23, was taken from the family shop in Janzour on Monday night by men in military uniform. "
            "Nobody will tell us where he is held.")
    assert "children" not in categories(text)


def test_a_young_son_stays_a_child() -> None:
    text = ("Our son Walid, 12, was taken from the family shop in Janzour on Monday night by men in military uniform. "
            "Nobody will tell us where he is held.")
    assert "children" in categories(text)


# --- "had her phone snatched": the victim is a woman ------------------------------------------------------------

def test_had_her_things_taken_tells_a_woman() -> None:
    text = ("Sabha: our correspondent Mabrouka was kicked by two policemen and had her camera smashed while covering the "
            "bread queue this morning. #PressFreedom")
    assert "women" in categories(text)


def test_his_things_taken_tell_no_woman() -> None:
    text = ("Sabha: our correspondent Mabrouk was kicked by two policemen and had his camera smashed while covering the "
            "bread queue this morning. #PressFreedom")
    assert "women" not in categories(text)
