"""English pass 23 (tune50en): victim categories and incidents told indirectly (docs/labelling.md, "English news
pass 23"). Our own sentences, other names and places than the tune set's; each rule has a look-alike that must not
change."""
from nlp.annotate import annotate


def ann(text: str):
    return annotate(text, "en")


def categories(text: str) -> set[str]:
    return {c for i in annotate(text, "en").incidents for c in i.victim_categories}


# plural victim nouns a number counts: "five schoolchildren were hurt"


def test_schoolchildren_counted_by_a_number() -> None:
    text = "Five schoolchildren were hurt when a mortar round hit their classroom in Abu Salim on Wednesday, medics said."
    assert ann(text).injured == 5


def test_minors_counted_by_a_number() -> None:
    assert ann("Three minors were wounded by gunfire near a football pitch in Zuwara on Friday, a doctor said.").injured == 3


def test_pupils_in_a_school_count_nobody_unhurt() -> None:
    text = ("A shell hit a school in Surman on Monday; its 300 schoolchildren were sent home and two guards were "
            "wounded, the council said.")
    assert ann(text).injured == 2


# "a youth of 17": the number after "of" and one person is his age, not a toll


def test_a_youth_of_seventeen_is_one_dead_child() -> None:
    text = ("A Chadian youth of 16 died in Murzuq hospital on Thursday, two days after he was beaten by "
            "a group of traders who accused him of theft, a relative said.")
    a = ann(text)
    assert a.killed == 1
    assert "children" in categories(text)


def test_a_youth_of_sixteen_with_no_origin_is_a_child() -> None:
    text = "A youth of 16 was shot dead at a checkpoint in Bani Walid on Saturday, his uncle said."
    assert ann(text).killed == 1
    assert "children" in categories(text)


def test_a_man_of_forty_is_no_child() -> None:
    text = "A farmer of 45 was shot dead by masked men near Gharyan on Sunday, his brother said."
    a = ann(text)
    assert a.killed == 1
    assert "children" not in categories(text)


def test_a_mother_of_three_is_no_age() -> None:
    text = "A mother of three was shot dead by gunmen at her home in Sabratha on Monday, police said."
    a = ann(text)
    assert a.killed == 1
    assert "children" not in categories(text)
    assert "women" in categories(text)


# a number's people and one more joined before their verb: "two nurses and a patient were killed" = 3


def test_one_joined_after_a_number_before_the_verb() -> None:
    text = "Three teachers and a cleaner were killed when a shell hit a school in Tarhuna on Tuesday, the ministry said."
    assert ann(text).killed == 4


def test_a_patient_joined_after_the_medics() -> None:
    text = "Two paramedics and a patient were killed when a drone struck an ambulance near Sirte, officials said."
    assert ann(text).killed == 3


def test_one_more_told_hurt_with_two_adverbs() -> None:
    text = ("Four pupils were wounded when a rocket hit a school in Janzour on Sunday, the ministry said. A guard was "
            "also slightly hurt.")
    assert ann(text).injured == 5


def test_one_with_two_adverbs_after_a_killing_is_the_dead() -> None:
    text = "Gunmen killed a shopkeeper in Sabha on Sunday. He was also badly beaten before he died, his son said."
    assert ann(text).injured is None


def test_a_number_alone_before_the_verb_is_unchanged() -> None:
    text = "Three teachers were killed when a shell hit a school in Tarhuna on Tuesday, and a cleaner was missing."
    assert ann(text).killed == 3


# a hospital named as where someone works or was taken from is no care: a beating with no wound counts nobody


def test_a_hospital_named_as_a_place_states_no_wound() -> None:
    text = ("Released surgeon says kidnappers beat him\n"
            "A surgeon freed on Monday after a month in captivity said his kidnappers beat him every night. "
            "Dr Salem Ghoula was seized outside the hospital in Zliten in March, his family said.")
    assert ann(text).injured is None


def test_care_in_a_hospital_still_states_a_wound() -> None:
    text = ("Released surgeon says kidnappers beat him\n"
            "A surgeon freed on Monday after a month in captivity said his kidnappers beat him every night. He was "
            "treated in hospital for bruises, his family said.")
    assert ann(text).injured == 1


# jailed over posts: the settled answer calls people jailed for their words activists


def test_a_teacher_jailed_over_his_posts_is_an_activist() -> None:
    text = ("Amnesty International said Khalifa Dernawi, an engineer held since March over his posts criticising the "
            "local council, was beaten by guards at a prison in Tobruk.")
    assert "activists" in categories(text)


def test_a_teacher_jailed_for_theft_is_no_activist() -> None:
    text = ("Amnesty International said Khalifa Dernawi, an engineer held since March on a theft charge, was beaten "
            "by guards at a prison in Tobruk.")
    assert ann(text).is_incident
    assert "activists" not in categories(text)


# a disappearance told by a family: "has not been heard from since", "we do not know where they are held"


def test_not_heard_from_since_is_a_disappearance() -> None:
    text = ("Tareq Bushnaf, a schoolteacher from Ghat, left for work on 3 April and has not been heard from since, "
            "his sister said.")
    a = ann(text)
    assert a.is_incident
    assert "enforced_disappearance" in [c.type for c in a.incidents]


def test_not_know_where_they_are_held_is_a_disappearance() -> None:
    text = ("Two brothers aged 15 and 16 were stopped at a checkpoint in Jufra on Sunday. Their father said the "
            "family still does not know where they are held.")
    a = ann(text)
    assert a.is_incident
    assert "enforced_disappearance" in [c.type for c in a.incidents]


def test_a_reply_heard_from_a_ministry_is_no_disappearance() -> None:
    text = "The municipality has not heard from the ministry since it sent its budget request in April."
    assert not ann(text).is_incident


# punched and kicked: a beating told by the blows


def test_punched_and_kicked_is_an_assault() -> None:
    text = ("A midwife at Ghat clinic was punched and kicked by a patient's relative on Tuesday, the health "
            "workers' union said. She was treated for a broken nose.")
    a = ann(text)
    assert a.is_incident
    assert a.injured == 1
    assert "medics" in categories(text)


def test_a_ball_kicked_is_no_assault() -> None:
    text = "The striker kicked the ball into the net in the last minute as Ittihad beat Nasr in Benghazi on Friday."
    assert not ann(text).is_incident


# taken away by a security body: an arrest told by its effect


def test_taken_away_by_a_security_unit_is_a_detention() -> None:
    text = ("Our son Anas, 17, was stopped on the coastal road on Monday and taken away by an internal security "
            "patrol. We have not been told why.")
    a = ann(text)
    assert a.is_incident
    assert "children" in categories(text)


def test_a_match_they_were_going_to_is_no_sport_news() -> None:
    text = ("My nephew Bilal, a schoolboy, was stopped on his way to a football match in Misrata on Friday and taken "
            "away by security officers. We have not been told why.")
    a = ann(text)
    assert a.is_incident
    assert "arbitrary_detention" in [c.type for c in a.incidents]


def test_a_player_hurt_in_a_match_is_still_sport() -> None:
    text = "A defender was injured in a league match between Ahly Benghazi and Nasr on Friday and will miss the derby."
    assert not ann(text).is_incident


def test_rubbish_taken_away_is_no_detention() -> None:
    text = "Piles of rubbish were finally taken away by a municipal truck in Ajdabiya on Monday, residents said."
    assert not ann(text).is_incident


# a release after an abduction is no incident (settled answers); still held is


def test_released_after_a_kidnapping_is_no_incident() -> None:
    text = ("Our neighbour Hamza, a pharmacist kidnapped near Gharyan on 4 May, was freed this morning and is home "
            "with his family. Thanks to all who prayed.")
    assert not ann(text).is_incident


def test_one_released_and_one_still_held_is_an_incident() -> None:
    text = ("Gunmen kidnapped two engineers near Gharyan on 4 May; one was freed this morning but the other is "
            "still held, his family said.")
    assert ann(text).is_incident


# a trial over an abduction of a past year names a past act


def test_trial_over_a_past_year_abduction_is_no_incident() -> None:
    text = ("Zawiya court opens trial over 2022 abduction of nurses\n"
            "The court on Monday opened the trial of four men accused of abducting three nurses from a pharmacy in "
            "2022. The hearing was adjourned.")
    assert not ann(text).is_incident


def test_a_ransom_charged_for_a_past_year_is_no_incident() -> None:
    text = ("A Sabha court on Tuesday opened the trial of three men accused of seizing a pharmacist from his shop in "
            "2024 and holding him for ransom. The men denied the charges.")
    assert not ann(text).is_incident


def test_a_man_convicted_in_a_past_year_then_kidnapped_is_kept() -> None:
    text = "A man convicted of fraud in 2023 was kidnapped by gunmen in Sabha on Sunday, his family said."
    assert ann(text).is_incident


def test_a_new_abduction_beside_a_trial_is_kept() -> None:
    text = ("Gunmen kidnapped a judge outside Zawiya court on Monday, hours after he opened a trial, his colleagues "
            "said.")
    assert ann(text).is_incident


# the ones a harm was done in front of saw it: no victims


def test_children_who_saw_the_killing_are_no_victims() -> None:
    text = ("A 31-year-old woman was stabbed to death by her brother at her home in Gharyan on Tuesday in front of "
            "her three young children, police said.")
    assert categories(text) == {"women"}


def test_children_harmed_in_front_of_a_school_stay_victims() -> None:
    text = "Two children were wounded by gunfire in front of their school in Gharyan on Tuesday, police said."
    assert "children" in categories(text)


# held at a police station: a detention told by where someone is held


def test_a_woman_presenter_held_at_a_police_station() -> None:
    text = ("A radio presenter was arrested in Ghat on Monday after a show on fuel queues, her station said. The woman "
            "presenter, a mother of four, is held at a police station in the town centre.")
    assert categories(text) == {"journalists", "women"}


def test_a_suspect_held_at_a_police_station_is_no_incident() -> None:
    text = "A suspect in the robbery of a Ghat bank is held at a police station in the town centre, officials said."
    assert not ann(text).is_incident


# an association's own people arrested: civil society held


def test_an_associations_members_arrested() -> None:
    text = ("Police in Bani Walid closed the office of a women's literacy association on Sunday and arrested its "
            "director and two volunteers, members said.")
    a = ann(text)
    assert a.is_incident
    assert "attack_on_civil_society" in [c.type for c in a.incidents]
    assert "activists" in categories(text)


def test_a_gangs_members_arrested_is_no_civil_society() -> None:
    text = ("Police in Bani Walid dismantled a car theft gang on Sunday and arrested its leader and two members, the "
            "security directorate said.")
    assert not ann(text).is_incident


# an NGO telling a new detention: the activist is the subject of the harm, and the conference was where she went


def test_rights_groups_said_an_activist_was_detained() -> None:
    text = ("Nine rights groups said on Monday that Nadia Fezzani, a Libyan blogger, was detained at Tunis airport on "
            "12 June as she arrived for a conference on press freedom, and called for her release.")
    a = ann(text)
    assert a.is_incident
    assert {"activists", "women"} <= categories(text)


def test_said_an_activist_who_was_told_is_still_a_speaker() -> None:
    text = "Rights groups said a Libyan activist was told of the ruling on Monday; the court will meet in June."
    assert not ann(text).is_incident


def test_a_workshop_held_about_detention_is_no_incident() -> None:
    text = "Rights groups held a workshop in Tunis on Monday on the detention of activists across the region."
    assert not ann(text).is_incident


# "She was admitted with ..." after the harm: the victim is a woman


def test_she_told_hurt_after_the_assault_is_a_woman() -> None:
    text = ("The pharmacists' union condemned the assault on a pharmacist in Sabha, who was punched and kicked by a "
            "customer on Monday. She was treated in hospital for a broken arm.")
    assert categories(text) == {"medics", "women"}


def test_he_told_hurt_after_the_assault_is_no_woman() -> None:
    text = ("The pharmacists' union condemned the assault on a pharmacist in Sabha, who was punched and kicked by a "
            "customer on Monday. He was treated in hospital for a broken arm.")
    assert categories(text) == {"medics"}


def test_she_after_a_girl_hurt_is_the_girl() -> None:
    text = ("A seven-year-old girl was hit by a stray bullet in Zawiya on Friday, her uncle said. She was treated in "
            "hospital for an arm wound.")
    assert "women" not in categories(text)


# "the killing of an elderly man", "the death of a detainee": one victim named after the harm noun


def test_the_death_of_one_man_counts_one_killed() -> None:
    text = ("UN condemns killing of shepherd near Mizda\n"
            "The UN mission said it was saddened by the death of a 67-year-old shepherd who was hit by a drone strike "
            "near Mizda on Friday. His nephew was wounded.")
    a = ann(text)
    assert a.killed == 1
    assert a.injured == 1


def test_a_trial_over_the_killing_of_one_man_counts_nobody() -> None:
    text = "A Misrata court jailed two men on Monday over the killing of a shepherd in 2021."
    assert ann(text).killed is None


def test_a_shelling_resulting_in_the_death_of_a_child() -> None:
    text = "Shelling on a Tripoli suburb on Sunday resulted in the death of a boy, the health ministry said."
    assert ann(text).killed == 1


# a fighter killed after capture or surrender: hors de combat, one killed


def test_a_fighter_killed_after_capture_is_hors_de_combat() -> None:
    text = ("Footage shows prisoner shot dead after capture near Sirte\n"
            "A video shared on Monday appears to show members of an armed group shooting a fighter from a rival "
            "brigade who had surrendered, rights groups said.")
    a = ann(text)
    assert a.is_incident
    assert a.victim_status == "hors_de_combat"


def test_a_fighter_killed_in_clashes_stays_a_combatant() -> None:
    text = "A fighter was killed in clashes between two armed groups south of Sirte on Monday, a local source said."
    a = ann(text)
    assert not a.is_incident
    assert a.killed == 1


def test_a_wounded_man_shot_again_is_no_injured() -> None:
    text = ("Footage shows captive shot dead after capture near Sirte\n"
            "The clip shows gunmen shooting a wounded captive who had surrendered, a rights group said.")
    assert ann(text).injured is None


def test_a_wounded_man_taken_to_hospital_is_still_injured() -> None:
    text = "Gunmen opened fire on a bakery in Sabha on Monday. A wounded man was taken to hospital, police said."
    assert ann(text).injured == 1


# unnamed perpetrators told by their number: "by two men", "by four masked men" (the form written)


def actor_names(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_two_men_who_shot_a_driver_are_actors() -> None:
    text = "A taxi driver was shot in the leg in Sabha on Friday by two men who stole his car, police said."
    assert "two men" in actor_names(text)


def test_a_man_who_stabbed_a_student_is_an_actor() -> None:
    text = "A Libyan student was stabbed in Tunis on Monday by a man who tried to take his bag, the embassy said."
    assert "a man" in actor_names(text)


def test_the_number_of_masked_men_is_kept() -> None:
    text = "A trader was abducted from his shop in Zawiya on Sunday by three masked men, his son said."
    assert "three masked men" in actor_names(text)


def test_two_men_killed_are_no_actors() -> None:
    text = "Two men were killed by a shell in Sirte on Sunday, and a prize was handed over by two men of the council."
    assert not {"two men", "Two men"} & actor_names(text)


# "captors" referring back to the group named before is not listed again (settled: "the attackers" referring back)


def test_captors_after_an_armed_group_are_not_listed_again() -> None:
    text = ("An engineer freed on Sunday after 30 days in the hands of an armed group near Gharyan said his captors "
            "beat him with cables.")
    assert "captors" not in actor_names(text)


def test_captors_named_alone_are_listed() -> None:
    text = "Their captors beat them daily, three migrants freed near Zuwara on Monday told a rights group."
    assert "captors" in {n.lower() for n in actor_names(text)}


def test_detained_over_her_posts_is_an_arbitrary_detention() -> None:
    text = "A schoolteacher in Derna has been detained since March over her posts criticising the municipal council."
    a = ann(text)
    assert "arbitrary_detention" in [c.type for c in a.incidents]
    assert "activists" in categories(text)


def test_detained_over_fraud_is_routine() -> None:
    text = "A schoolteacher in Derna has been detained since March over a fraud case at the municipal council."
    assert not ann(text).is_incident
