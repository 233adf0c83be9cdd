"""English pass 22 (tune48en): actors told in many ways and injured counts told in many ways (docs/labelling.md,
"English news pass 22"). Our own sentences, other names and places than the tune set's; each rule with a look-alike
that must not change."""
from nlp.annotate import annotate


def injured(text: str) -> int | None:
    return annotate(text, "en").injured


def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


# injured: "N others were hospitalised" after a death told by "died"


def test_others_hospitalised_after_deaths_count_hurt() -> None:
    text = ("Three Chadian migrants died of thirst and eleven others were hospitalised after traffickers abandoned them "
            "in the desert south of Qatrun, the Qatrun municipality said on Monday.")
    assert injured(text) == 11


def test_dead_taken_to_hospital_are_no_hurt() -> None:
    text = ("Gunmen shot dead three farmers near Brak on Monday, residents said. Three people died and their bodies "
            "were taken to Brak hospital.")
    assert injured(text) is None


# injured: "the number of wounded in <the event> rose to N"


def test_number_of_wounded_rose_to_far_from_the_noun() -> None:
    text = ("The number of wounded in Saturday's bomb attack on a cafe in Sabratha rose to 9, the Sabratha hospital "
            "said on Sunday, after two more customers were admitted.")
    assert injured(text) == 9


def test_number_of_dead_rose_to_is_no_injured_count() -> None:
    text = ("The number of dead in Saturday's bomb attack on a cafe in Sabratha rose to 4, the Sabratha hospital "
            "said on Sunday.")
    result = annotate(text, "en")
    assert result.injured is None
    assert result.killed == 4


# injured: a named man with his age and his kin with name and age, subject of a plural verb


def test_named_man_and_his_named_son_with_ages_are_two() -> None:
    text = ("Omar Saleh, 41, and his son Yousef, 12, were wounded on Monday when masked men fired on their car near "
            "Msallata, a relative said.")
    assert injured(text) == 2


def test_named_man_with_age_alone_is_one() -> None:
    text = ("Omar Saleh, 41, was wounded on Monday when masked men fired on his car near Msallata, a relative said.")
    assert injured(text) == 1


# injured: one victim named after his job ("A school employee, <name>, suffered burns")


def test_an_employee_named_in_apposition_who_suffered_burns_is_one() -> None:
    text = ("An Ajdabiya school employee, Fathi Omran, suffered burns on Sunday when unknown men set fire to his "
            "office, the school said.")
    assert injured(text) == 1


def test_an_employee_who_spoke_is_no_victim() -> None:
    text = ("Unknown men set fire to a school office in Ajdabiya on Sunday night, nobody was inside. A school "
            "employee, Fathi Omran, said the fire destroyed the archive.")
    assert injured(text) is None


# injured: a beating whose wound the source does not state


def test_beating_with_hurt_left_unsaid_has_no_injured_count() -> None:
    text = ("Photographer beaten by police at Misrata rally\n"
            "Police beat a photographer for a news website on Monday as he covered a rally in Misrata, the press "
            "union said. The union did not say whether he was hurt.")
    assert injured(text) is None


def test_beating_with_hurt_stated_counts_one() -> None:
    text = ("Photographer beaten by police at Misrata rally\n"
            "Police beat a photographer for a news website on Monday as he covered a rally in Misrata, the press "
            "union said. The union said he was hurt in the face.")
    assert injured(text) == 1


# actors: a town's civil defence written in Title Case keeps its town


def test_town_civil_defence_in_title_case_is_one_body() -> None:
    text = ("A fuel tank exploded at a petrol station in Ghat on Monday, injuring three workers, the Ghat Civil "
            "Defence said.")
    names = actors(text)
    assert "Ghat Civil Defence" in names
    assert "Civil Defence" not in names


def test_bare_civil_defence_stays_bare() -> None:
    text = "A fuel tank exploded at a petrol station in Ghat on Monday, injuring three workers, the Civil Defence said."
    assert "Civil Defence" in actors(text)


# actors: an unnamed group's adjective opening a sentence


def test_capitalised_adjective_of_unnamed_men_is_kept() -> None:
    text = ("Unidentified armed men seized a pharmacist in Sorman on Monday night as he closed his shop, his brother "
            "said. His family has heard nothing since.")
    assert "Unidentified armed men" in actors(text)


def test_lower_case_adjective_of_unnamed_men_unchanged() -> None:
    text = ("A pharmacist was seized by unidentified armed men in Sorman on Monday night as he closed his shop, his "
            "brother said.")
    assert "unidentified armed men" in actors(text)


# actors: "<listed force> forces" is the force (member forms)


def test_listed_force_with_forces_is_the_force() -> None:
    text = ("Libyan National Army forces shelled a farm near Ghadames on Monday, wounding a shepherd and his son, "
            "residents said.")
    names = actors(text)
    assert "Libyan National Army" in names
    assert "Libyan National Army forces" not in names


def test_a_leaders_possessive_forces_stay_whole_of_own() -> None:
    text = ("Haftar's forces shelled a farm near Ghadames on Monday, wounding a shepherd and his son, residents said.")
    assert "Libyan National Army" not in actors(text)


# actors: "the GNU <portfolio> ministry" is one body, as "the GNU's <portfolio> ministry"


def test_gnu_ministry_without_possessive_is_one_body() -> None:
    text = ("A drone struck a smugglers' depot near Sabratha on Monday, wounding three gunmen, the GNU interior ministry "
            "said.")
    names = actors(text)
    assert "GNU interior ministry" in names
    assert "GNU" not in names


def test_gnu_possessive_ministry_unchanged() -> None:
    text = ("A drone struck a smugglers' depot near Sabratha on Monday, wounding three gunmen, the GNU's interior "
            "ministry said.")
    assert "GNU's interior ministry" in actors(text)


# actors: a military court keeps its town


def test_military_court_keeps_its_town() -> None:
    text = ("A military court in Misrata on Monday sentenced a blogger to two years in prison for a post criticising "
            "the army, his lawyer said.")
    assert "military court in Misrata" in actors(text)


def test_a_bare_court_in_a_town_is_not_listed() -> None:
    text = ("A court in Derna on Monday jailed four officials for negligence over a bridge that fell down, the "
            "prosecution said.")
    assert not any("court" in name.lower() for name in actors(text))


# actors: bare police or guards that a sentence names as no actor (addressee, escort, topic)


def test_police_told_about_the_crime_are_no_actor() -> None:
    text = ("A shopkeeper was stabbed and wounded in Zuwara on Monday night by a man who robbed his till, his brother "
            "said. The family reported the robbery to the police.")
    assert "police" not in {n.lower() for n in actors(text)}


def test_guards_asked_for_are_no_actor() -> None:
    text = ("Relatives of a patient beat a nurse at a clinic in Jadu on Sunday, the clinic said. Staff have asked the "
            "ministry to send guards for the clinic.")
    assert "guards" not in {n.lower() for n in actors(text)}


def test_police_who_act_stay_actors() -> None:
    text = ("Police beat three protesters in Zawiya on Monday and two were taken to hospital, witnesses said.")
    assert "Police" in actors(text)


def test_guards_who_beat_stay_actors() -> None:
    text = ("Detainees at a centre in Gharyan said they were beaten by guards on Monday; four were taken to hospital.")
    assert "guards" in actors(text)


# actors: unnamed attackers who attacked fighters (no incident) are still the attackers


def test_gunmen_who_ambushed_soldiers_are_listed() -> None:
    text = ("Three soldiers of the 77th Brigade were wounded when gunmen ambushed their patrol near Shwerif on Monday, "
            "the brigade said.")
    result = annotate(text, "en")
    assert not result.incidents
    assert "gunmen" in {a.name for a in result.actors}


def test_smugglers_arrested_in_no_incident_not_listed() -> None:
    text = "Police arrested four smugglers near Zuwara on Monday, the security directorate said."
    assert "smugglers" not in actors(text)


# incidents: a detention told beside the errand it interrupted ("to fly to Tunis for a conference")


def test_detained_on_the_way_to_a_conference_is_a_detention() -> None:
    text = ("Rights activist Salwa Omar was detained by the Internal Security Agency at Benina airport on Monday as "
            "she was about to fly to Cairo for a conference on women's rights, her family said.")
    assert "arbitrary_detention" in types(text)


def test_a_conference_that_discusses_detention_is_no_incident() -> None:
    text = ("Rights activists held a conference on detention conditions in Benghazi on Monday and said arbitrary "
            "detention remains widespread.")
    assert not types(text)


# incidents: people held by a militia or an armed group


def test_held_by_a_militia_is_a_detention() -> None:
    text = ("Three engineers of a water company have been held by a militia in Sabratha for a week, the company said "
            "on Sunday.")
    assert "arbitrary_detention" in types(text)


def test_a_meeting_held_by_the_council_is_no_detention() -> None:
    text = "A meeting held by the municipal council in Sabratha on Sunday discussed the water supply."
    assert not types(text)


# incidents: students are civilians; "militia members storm" is no weather


def test_students_hurt_when_a_militia_stormed_a_school() -> None:
    text = ("Pupils hurt as militia members storm Sabratha school\n"
            "Several students were hurt on Monday when members of a militia stormed a secondary school in Sabratha to "
            "seize a teacher, the education office said.")
    assert "injury" in types(text)


def test_a_storm_that_hurt_residents_is_no_incident() -> None:
    text = ("Storm hurts residents in Benghazi\n"
            "Several residents were hurt on Monday when a storm tore roofs off homes in Benghazi, the Civil Defence "
            "said.")
    assert not types(text)


# incidents: accidents told by a transformer blast or a building collapse


def test_transformer_explosion_is_an_accident() -> None:
    text = ("Three workers were injured when a transformer exploded at a substation in Misrata on Sunday, the "
            "electricity company said.")
    assert not types(text)
    assert injured(text) == 3


def test_building_collapse_is_an_accident() -> None:
    text = ("Four people were injured when an old building collapsed in Tripoli's Souq al-Thulatha district on Sunday, "
            "the emergency services said.")
    assert not types(text)


def test_a_bomb_that_wounded_workers_at_a_substation_is_an_incident() -> None:
    text = ("Three workers were injured when a bomb exploded at a substation in Misrata on Sunday, the electricity "
            "company said.")
    assert "injury" in types(text)


def test_a_building_brought_down_by_an_air_strike_is_an_incident() -> None:
    text = ("A building collapsed after an air strike on Sirte on Monday, killing four civilians, medics said.")
    assert "killing" in types(text)


# incidents: a court headline whose harm word is the charge's


def test_icc_hearing_whose_headline_harm_is_the_charge_is_no_incident() -> None:
    text = ("ICC opens hearing for Libyan militia leader accused of Sirte killings\n"
            "THE HAGUE (AFP) - Judges at the International Criminal Court on Monday opened a hearing for a former "
            "militia leader accused of murder in Sirte in 2016. Prosecutors said more than 40 prisoners were killed.")
    assert not types(text)


def test_icc_headline_with_a_harm_of_its_own_stays_an_incident() -> None:
    text = ("Two civilians killed in Sirte as ICC prosecutor visits Libya\n"
            "Two civilians were killed by a rocket in Sirte on Monday as the ICC prosecutor visited Tripoli, medics "
            "said.")
    assert "killing" in types(text)


# actors: an army's naval or air arm is one actor with its army's possessive


def test_an_armys_naval_forces_are_one_actor() -> None:
    text = ("The Libyan National Army's naval forces seized a Maltese trawler off Derna on Monday and detained its "
            "crew of six, Malta's foreign ministry said.")
    names = actors(text)
    assert "Libyan National Army's naval forces" in names
    assert "Libyan National Army" not in names


def test_an_armys_possessive_before_a_person_is_the_army() -> None:
    text = ("The Libyan National Army's spokesman said on Monday that its forces had seized a Maltese trawler off "
            "Derna.")
    assert "Libyan National Army" in actors(text)


# actors: bare security who free people or who stand accused


def test_security_forces_who_free_captives_are_no_actor() -> None:
    text = ("Security forces freed 25 Eritrean migrants from a warehouse near Bani Walid where traffickers had beaten "
            "them, the security directorate said.")
    names = {n.lower() for n in actors(text)}
    assert "security forces" not in names
    assert "traffickers" in names


def test_security_forces_who_beat_stay_actors() -> None:
    text = "Security forces beat 25 Eritrean migrants at a checkpoint near Bani Walid, a rights group said."
    assert "security forces" in {n.lower() for n in actors(text)}


def test_guards_accused_at_a_trial_are_no_actor() -> None:
    text = ("A court in Zawiya opened the trial of three guards accused of torturing a detainee at the city's prison, "
            "the prosecution said.")
    assert "guards" not in {n.lower() for n in actors(text)}


# incidents: a round-up whose detentions are called arbitrary


def test_roundup_called_arbitrary_is_a_detention() -> None:
    text = ("Police in Misrata detained about 80 Nigerien migrants in a dawn raid on a workers' camp on Monday and "
            "moved them to a deportation centre. Lawyers said the detentions were arbitrary.")
    assert "arbitrary_detention" in types(text)


def test_roundup_with_no_such_word_stays_routine() -> None:
    text = ("Police in Misrata detained about 80 Nigerien migrants in a dawn raid on a workers' camp on Monday and "
            "moved them to a deportation centre.")
    assert "arbitrary_detention" not in types(text)


# a unit named by a number after its head


def test_unit_number_after_its_head_is_no_count() -> None:
    text = "Brigade 166 fighters shot and wounded a taxi driver at a checkpoint in Misrata on Monday, residents said."
    result = annotate(text, "en")
    assert result.injured == 1
    assert "Brigade 166" in {a.name for a in result.actors}


def test_fighters_counted_before_a_unit_still_count() -> None:
    text = "Three fighters of the 166 Brigade were wounded in an ambush near Misrata on Monday, the brigade said."
    assert injured(text) == 3


# injured: "shot and wounded a <victim>" (a phrase of two verbs before its one object)


def test_shot_and_wounded_a_driver_is_one() -> None:
    text = "Gunmen shot and wounded a taxi driver at a checkpoint in Misrata on Monday, residents said."
    assert injured(text) == 1


def test_shot_and_wounded_two_drivers_is_two() -> None:
    text = "Gunmen shot and wounded two taxi drivers at a checkpoint in Misrata on Monday, residents said."
    assert injured(text) == 2


# injured: an adverb of degree between "were" and the casualty verb; the people of a place hit


def test_lightly_injured_after_were_counts() -> None:
    text = "Two fishermen were lightly injured when a patrol boat fired on their trawler off Zuwara on Friday."
    assert injured(text) == 2


def test_patients_with_no_harm_are_no_count() -> None:
    text = "Two fishermen were taken in for questioning off Zuwara on Friday, the coast guard said."
    assert injured(text) is None


def test_guests_left_wounded_count() -> None:
    text = "Gunmen opened fire on a wedding in Ajdabiya on Friday, leaving four guests wounded, relatives said."
    assert injured(text) == 4


# injured: two kin under one possessive ("his wife and daughter were wounded")


def test_his_wife_and_daughter_wounded_are_two() -> None:
    text = ("Gunmen fired on a family car near Tiji on Friday. The driver was killed and his wife and son were "
            "wounded, a relative said.")
    assert injured(text) == 2


def test_his_wife_alone_wounded_is_one() -> None:
    text = ("Gunmen fired on a family car near Tiji on Friday. The driver was killed and his wife was wounded, a "
            "relative said.")
    assert injured(text) == 1


# injured: one shot and one beaten in one sentence: the shot one is hurt


def test_shot_beside_a_beating_counts_the_shot() -> None:
    text = ("A shepherd was shot in the leg and his brother was beaten when men in uniform stopped them near Brak on "
            "Friday, a relative said.")
    assert injured(text) == 1


def test_beating_alone_still_has_no_count() -> None:
    text = ("A shepherd was beaten when men in uniform stopped him near Brak on Friday, a relative said. He posted a "
            "screenshot of the message they sent.")
    assert injured(text) is None


# actors: a listed brigade named without its head word or with another spelling (registry names)


def test_brigade_named_by_its_namesake_alone_is_listed() -> None:
    text = "Tariq Ben Ziyad fighters beat two traders at a market in Brak on Monday, witnesses said."
    assert "Tariq Ben Ziyad" in actors(text)


def test_brigade_named_in_full_stays_one_actor() -> None:
    text = "Fighters of the Tariq Ben Ziyad Brigade beat two traders at a market in Brak on Monday, witnesses said."
    names = actors(text)
    assert "Tariq Ben Ziyad Brigade" in names
    assert "Tariq Ben Ziyad" not in names


# incidents: a detention with no reason given


def test_detention_without_a_reason_is_arbitrary() -> None:
    text = ("Members of the Internal Security Agency detained a university lecturer at his home in Sirte on Monday "
            "without giving a reason, his family said.")
    assert "arbitrary_detention" in types(text)


def test_detention_of_a_suspect_stays_routine() -> None:
    text = ("Members of the Internal Security Agency detained a suspected car thief at his home in Sirte on Monday, "
            "the agency said.")
    assert "arbitrary_detention" not in types(text)


def test_wall_collapse_at_a_building_site_is_an_accident() -> None:
    text = "Two Chadian labourers were injured when a wall collapsed at a building site in Sabha on Monday."
    assert not types(text)


def test_roof_brought_down_by_a_blast_is_an_incident() -> None:
    text = ("Two shoppers were injured when the roof collapsed after a bomb blast at a market in Sabha on Monday, "
            "witnesses said.")
    assert "injury" in types(text)


# types: a beating whose wound is never told is `other`


def test_beating_with_no_wound_told_is_other() -> None:
    text = ("Photographer beaten by police at Misrata rally\n"
            "Police beat a photographer for a news website on Monday as he covered a rally in Misrata, the press "
            "union said. The union did not say whether he was hurt.")
    kinds = types(text)
    assert "other" in kinds
    assert "injury" not in kinds


def test_beating_with_a_wound_told_stays_injury() -> None:
    text = ("Photographer beaten by police at Misrata rally\n"
            "Police beat a photographer for a news website on Monday as he covered a rally in Misrata, the press "
            "union said. He was treated for a broken nose.")
    assert "injury" in types(text)


# injured: schoolchildren counted; one more "also lightly hurt" in a sentence of its own


def test_schoolchildren_and_a_teacher_also_lightly_hurt() -> None:
    text = ("Five schoolchildren were wounded when a mortar round hit the yard of a school in Qasr Bin Ghashir on "
            "Sunday, the education office said. A guard was also lightly hurt.")
    assert injured(text) == 6


def test_a_guard_lightly_hurt_without_also_is_not_added() -> None:
    text = ("Five schoolchildren were wounded when a mortar round hit the yard of a school in Qasr Bin Ghashir on "
            "Sunday, the education office said.")
    assert injured(text) == 5



# incidents: people taken away by armed men, the verb split by its object


def test_armed_men_took_journalists_away() -> None:
    text = ("Armed men stormed the offices of a radio station in Ubari on Monday and took two presenters away, the "
            "station said.")
    assert "abduction" in types(text)


def test_armed_men_took_away_journalists() -> None:
    text = "Armed men stormed a radio station in Ubari on Monday and took away two presenters, the station said."
    assert "abduction" in types(text)


def test_firefighters_took_the_debris_away_is_no_abduction() -> None:
    text = "Firefighters took the debris away from the market in Ubari on Monday, the municipality said."
    assert not types(text)


def test_taken_away_in_a_raid_stays_the_detention() -> None:
    text = ("Masked men raided the home of a blogger in Gharyan at dawn and took his father away, the family said. "
            "Nobody has told them where he is held.")
    assert "abduction" not in types(text)


# victim status: an employee shot at by gunmen is a civilian


def test_employee_shot_by_gunmen_is_civilian() -> None:
    text = ("A Sabha electricity company employee, Ali Jaber, sustained gunshot wounds on Sunday when gunmen fired on "
            "his van near the power station, the company said.")
    assert annotate(text, "en").victim_status == "civilian"
