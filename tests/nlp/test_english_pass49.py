"""English pass 49 (tune105en): killed counts in English news (docs/labelling.md, "English news pass 49"): two people
told by their roles and joined by "and" (past a job's first word, "the taxi driver", and past a short description of
them before their verb), a pilot or a patient as a victim, an earlier year's event and its toll told as background, a
hospital named as a workplace or closed (no care given). Our own sentences, not the tune set's (other names, places
and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def counts(text: str, published: str | None = None) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en", published)
    return annotation.killed, annotation.injured


# --- two people by their roles, subject of a plural verb -----------------------------------------------------------

def test_pair_with_a_compound_role_is_two() -> None:
    assert counts("A bus driver and a teenage girl died on Sunday when a rocket hit a street in Sirte, residents "
                  "said.")[0] == 2
    assert counts("A fuel vendor and the boy he employed were killed when a shell fell on his stall in Tarhuna on "
                  "Monday.")[0] == 2


def test_pair_described_before_the_verb_is_two() -> None:
    assert counts("A photographer and a presenter working for a Benghazi radio station were wounded by gunfire "
                  "on Monday, the station said.")[1] == 2
    assert counts("A shepherd and the nephew who helped him with the flock were killed by a landmine near Sirte on "
                  "Friday.")[0] == 2


def test_kin_pair_with_one_article_is_two() -> None:
    assert counts("A father and son were wounded when a mortar round hit their van in Qasr Bin Ghashir on "
                  "Sunday.")[1] == 2
    assert counts("A husband and wife died on Sunday when a rocket struck their farmhouse near Gharyan.")[0] == 2


def test_pair_told_by_others_is_not_counted() -> None:
    # the look-alikes: a speaking pair is no victim pair; one victim and a description stays one
    assert counts("A doctor and a nurse at the clinic said the men died of their wounds.")[0] is None
    assert counts("A father and his friends said a boy was wounded by a stray bullet in Gharyan.")[1] == 1
    assert counts("A photographer working for a Benghazi radio station was wounded by gunfire on Monday, the "
                  "station said.")[1] == 1


# --- a pilot is a victim; a patient joined to another ---------------------------------------------------------------------------

def test_pilot_and_patient_are_victims() -> None:
    assert counts("A small plane crashed near Ghadames on Tuesday, killing the pilot and a mechanic, officials "
                  "said.")[0] == 2
    assert counts("A pilot was killed when gunmen fired on a helicopter at Sirte airport, officials said.")[0] == 1
    assert counts("A nurse and the patient she was tending were killed when a shell hit a Sirte clinic.")[0] == 2


def test_pilot_project_is_no_victim() -> None:
    assert counts("The ministry said a pilot scheme would start in Sirte, where two men were killed last week.")[0] == 2


# --- an earlier year's event and its toll, told as background ------------------------------------------------------

def test_dated_earlier_attack_toll_is_background() -> None:
    text = ("Tunisia hangs four men over 2015 museum attack\nTunisia hanged four men on Monday who were convicted "
            "over a 2015 attack on a museum, a rights group said.\nThe group said the trial had been unfair. The 2015 "
            "attack killed 22 tourists.")
    assert counts(text, "2026-05-04")[0] == 4
    text = ("Chad executes three men\nChad executed three men on Monday over a raid on a market, a rights group "
            "said.\nIn 2019, a raid on the same market killed 30 people.")
    assert counts(text, "2026-05-04")[0] == 3


def test_hanged_is_an_execution_and_hanged_himself_a_suicide() -> None:
    assert counts("Iran hangs two men\nIran hanged two men on Sunday after a trial a rights group called "
                  "unfair.", "2026-05-04")[0] == 2
    annotation = annotate("A young man hanged himself in his cell in Misrata prison on Sunday, the prison said.", "en")
    assert not annotation.is_incident


def test_this_years_attack_toll_is_kept() -> None:
    # the look-alike: the year of the article is the news, its toll stays
    text = ("Benghazi blast\nA car bomb exploded near a Benghazi mosque on Friday, police said.\nThe 2026 attack "
            "killed 9 worshippers, the hospital said.")
    assert counts(text, "2026-05-04")[0] == 9


# --- a hospital as a workplace or closed: no care ----------------------------------------------------------------

def test_hospital_as_workplace_states_no_wound() -> None:
    text = ("Gunmen kill two patients in Zintan clinic\nGunmen stormed a clinic in Zintan on Tuesday and shot dead "
            "two patients, the clinic said.\nA porter who tried to stop them was beaten. The health ministry "
            "suspended work at the hospital.")
    assert counts(text) == (2, None)


def test_beating_with_care_told_still_counts() -> None:
    # the look-alike: the one beaten taken to the hospital is care
    text = ("Gunmen kill two patients in Zintan clinic\nGunmen stormed a clinic in Zintan on Tuesday and shot dead "
            "two patients, the clinic said.\nA porter who tried to stop them was beaten and taken to the hospital.")
    assert counts(text) == (2, 1)


# --- a well, shaft or trench giving way: a work accident ------------------------------------------------------------

def test_shaft_collapse_is_an_accident_with_its_count() -> None:
    annotation = annotate("Trench collapse kills two labourers near Ghat\nTwo labourers laying a water pipe died on "
                          "Sunday when the trench collapsed, the civil defence said.\nA third labourer was treated for a "
                          "broken arm.", "en")
    assert not annotation.is_incident and annotation.killed == 2


def test_shelled_trench_is_no_work_accident() -> None:
    # the look-alike: civilians killed by shelling near a well stay an incident
    annotation = annotate("Two farmers were killed on Sunday when a shell hit the well they were digging near "
                          "Tarhuna, residents said.", "en")
    assert annotation.is_incident and annotation.killed == 2


# --- a suspect arrested over a harm: a proceeding ------------------------------------------------------------------

def test_suspect_arrested_over_killing_frames_the_body() -> None:
    annotation = annotate("Two suspects arrested over abduction of Zawiya doctor\nPolice in Zawiya arrested two men on "
                          "Sunday suspected of abducting a surgeon in March, the interior ministry said.\nThe abduction "
                          "caused a strike by doctors in the city.", "en")
    assert not annotation.is_incident
    annotation = annotate("Suspect arrested over killing of Derna pharmacist\nPolice in Derna detained a man on "
                          "Tuesday suspected of stabbing a pharmacist in his shop in May, prosecutors said.\nThe "
                          "killing shocked the city's traders.", "en")
    assert not annotation.is_incident


def test_suspect_arrested_after_a_new_killing_keeps_it() -> None:
    # the look-alike: the headline tells a harm of its own beside the arrest
    annotation = annotate("Suspect arrested after gunman kills two in Zawiya\nPolice in Zawiya arrested a man on "
                          "Sunday after a gunman shot dead two shopkeepers, the interior ministry said.", "en")
    assert annotation.is_incident and annotation.killed == 2


# --- members of an armed unit killed: fighters only ----------------------------------------------------------------

def test_members_of_an_armed_unit_are_fighters() -> None:
    annotation = annotate("Three members of the 166 Battalion were killed in an ambush on their convoy near Bani Walid "
                          "on Sunday, the battalion said.", "en")
    assert not annotation.is_incident and annotation.victim_status == "combatant" and annotation.killed == 3


def test_members_of_a_family_or_the_red_crescent_stay_civilians() -> None:
    annotation = annotate("Three members of a family were killed when a shell hit their home near Bani Walid.", "en")
    assert annotation.is_incident and annotation.victim_status == "civilian"
    annotation = annotate("Two members of the Libyan Red Crescent were killed when their ambulance was shelled near "
                          "Bani Walid.", "en")
    assert annotation.is_incident


# --- the fighter word before an active attack verb is the attacker -------------------------------------------------

def test_gunmen_who_attacked_are_not_the_dead() -> None:
    annotation = annotate("Nine people were killed when gunmen attacked a funeral in Ubari on Friday, officials said.",
                          "en")
    assert annotation.victim_status != "combatant" and annotation.is_incident


def test_soldiers_killed_by_attackers_stay_fighters() -> None:
    # the look-alike: the dead are soldiers, named as the passive's subject
    annotation = annotate("Five soldiers were killed when militants ambushed their patrol near Ubari on Friday, the "
                          "army said.", "en")
    assert annotation.victim_status == "combatant"


# --- one more dead told later: "one of the wounded died", "a fourth died" ------------------------------------------

def test_one_of_the_wounded_died_in_hospital() -> None:
    assert counts("Mortar fire on Abu Salim\nMortar rounds fell on a street in Abu Salim on Sunday, killing a woman "
                  "and wounding five others.\nOne of the wounded, an elderly man, died in hospital on Monday.") == (2, 4)


def test_an_ordinal_one_past_the_dead_adds_one() -> None:
    assert counts("Bodies near Brak\nTwo herders were shot dead near Brak on Sunday, relatives said.\nA third herder "
                  "died of his wounds on Monday.")[0] == 3


def test_an_ordinal_of_another_thing_or_event_adds_none() -> None:
    # the look-alikes: "a second man ... in a separate attack" (another event), "a second shell" (no person)
    assert counts("Bodies near Brak\nTwo herders were shot dead near Brak on Sunday, relatives said.\nA second man "
                  "was killed in a separate attack in Ubari.")[0] == 2
    assert counts("Shelling of Brak\nTwo herders were killed when a shell hit their camp near Brak on Sunday.\nA "
                  "second shell killed nobody, relatives said.")[0] == 2


# --- one victim with an adjective, then a second harm verb in the past ------------------------------------------------

def test_adjective_victim_then_a_past_harm_verb() -> None:
    assert counts("Fighting in Gharyan killed a young shepherd and injured four others on Sunday.") == (1, 4)
    assert counts("A rocket killed an elderly farmer and wounded his wife near Gharyan on Sunday.") == (1, 1)


def test_adjective_victim_and_kin_still_two() -> None:
    # the look-alike: a second victim after "and" (no verb) is counted with the first
    assert counts("A rocket killed an elderly farmer and his wife near Gharyan on Sunday.")[0] == 2


# --- a hospital's later, fuller death toll ---------------------------------------------------------------------------

def test_hospital_fuller_death_toll_raises() -> None:
    assert counts("Drone strike on Sirte farm\nA drone strike on a farm near Sirte killed two people on Saturday, "
                  "residents said.\nThe Ibn Sina hospital director later said six people had been killed.")[0] == 6


def test_hospital_smaller_share_of_the_dead_does_not_lower() -> None:
    assert counts("Drone strike on Sirte farm\nA drone strike on a farm near Sirte killed six people on Saturday, "
                  "residents said.\nThe Ibn Sina hospital said two of the dead were children.")[0] == 6


def test_hospital_toll_of_another_group_does_not_raise() -> None:
    # the look-alike: the hospital counts the fighters who fell in the battle, not the captives executed after it
    assert counts("Captives shot after Sirte battle\nA video shows gunmen executing three captured fighters after a "
                  "battle near Sirte on Friday.\nThe Sirte hospital said seven fighters were killed in the battle "
                  "itself.")[0] == 3


# --- "shot dead" is one trigger: its kin count after one victim ------------------------------------------------------

def test_shot_dead_a_man_and_his_sons() -> None:
    assert counts("A gunman shot dead a farmer and his two sons near Ubari on Sunday, relatives said.")[0] == 3


def test_shot_dead_then_others_arrested_adds_none() -> None:
    # the look-alike: the number after a new clause counts the arrested, not the dead
    assert counts("Gunmen shot dead a farmer near Ubari on Sunday, and police later arrested two men.")[0] == 1
