"""English news pass 6 (docs/labelling.md, "English news pass 6 (tune19en)"): kinds of error on English news (wires,
Libyan English outlets, UN and NGO releases, posts), checked on our own sentences (written by the rasad team; no real
events)."""

from nlp.annotate import annotate
from tests.nlp.english_reading import counts, types

# --- false leads: a running tally, a call to free all detainees, a gunman killed, a yearly report, an aim ----------

def test_deaths_counted_so_far_in_a_year_are_a_statistic() -> None:
    text = ("Agency: sea deaths rise\nAt least 310 people died and 95 are missing off western Libya so far in 2027, "
            "the agency said on its website.")
    assert not types(text) and counts(text)[0] is None


def test_a_death_told_so_far_with_no_year_still_is_a_killing() -> None:
    text = "Gunmen shot dead a baker in Gharyan on Sunday, the deadliest attack so far in the town's market, police said."
    assert "killing" in types(text)


def test_a_call_to_free_all_people_held_arbitrarily_is_no_detention() -> None:
    text = ("Rights council urges release of all arbitrarily detained prisoners\nThe council called on the "
            "authorities in Tripoli to free all those detained arbitrarily before the holiday.")
    assert not types(text)


def test_a_call_to_free_all_five_journalists_detained_still_is_a_detention() -> None:
    text = "The union called for the release of all five journalists detained without charge in Sabha last week."
    assert "arbitrary_detention" in types(text)


def test_a_gunman_shot_dead_after_he_opened_fire_on_a_checkpoint_is_no_victim() -> None:
    text = ("Gunman killed after attacking police post in Zliten\nA gunman was shot dead on Monday after he opened "
            "fire on a police post at the eastern gate of Zliten, the security directorate said.")
    assert not types(text)


def test_a_man_shot_dead_by_gunmen_after_prayers_still_is_a_killing() -> None:
    text = "A teacher was shot dead by gunmen in Zliten on Monday after he left the mosque, his brother said."
    assert "killing" in types(text)


def test_a_yearly_report_on_a_countrys_record_is_no_incident() -> None:
    text = ("Libya: detentions and torture went on in 2026, annual report says\nArmed groups kept detaining critics "
            "arbitrarily and torturing detainees in 2026, the group said. Migrants faced forced labour and sexual "
            "violence across the country.")
    assert not types(text)


def test_a_deal_to_fight_traffickers_is_no_trafficking() -> None:
    text = ("Malta and Libya sign maritime pact\nMalta's foreign ministry said the pact would help the Libyan coast "
            "guard combat traffickers on the western coast.")
    assert not types(text)


def test_traffickers_who_held_migrants_still_are_trafficking() -> None:
    text = "Traffickers held 40 migrants in a farm near Bani Walid and beat them until their families paid, MSF said."
    assert "trafficking" in types(text)


# --- missed: a man taken by men and never heard of again ------------------------------------------------------------

def test_a_man_taken_by_men_and_not_heard_of_since_has_disappeared() -> None:
    text = ("His mother says the family has heard nothing of him since he was taken from a cafe in Gharyan by men "
            "in a grey car in March.")
    assert {"enforced_disappearance", "abduction"} <= types(text)


def test_a_man_taken_by_men_who_said_they_were_intelligence_officers_is_detained() -> None:
    text = ("The engineer was taken from his office in Sabha by men who said they were intelligence officers, and "
            "the family has had no word of him since.")
    assert {"arbitrary_detention", "enforced_disappearance"} <= types(text) and "abduction" not in types(text)


def test_a_family_told_there_was_no_record_of_him_has_a_missing_relative() -> None:
    text = "At every prison the family of the student were told there was no record of him, his sister said."
    assert "enforced_disappearance" in types(text)


def test_men_in_uniform_guarding_a_polling_station_are_no_incident() -> None:
    text = "Men in uniform guarded the polling station in Misrata on Saturday and voting went on without incident."
    assert not types(text)


# --- types and counts: captives beaten by traffickers, "film" as a verb, "have died", an epidemic's dead ------------

def test_captives_held_by_traffickers_who_beat_them_are_tortured() -> None:
    text = ("Some 35 Eritrean refugees, among them six children, are being held in a farmhouse near Shwayrif by "
            "traffickers who beat them and film it to demand money from their relatives, a rights group said.")
    found = types(text)
    assert {"torture", "trafficking"} <= found and "injury" not in found


def test_people_beaten_at_a_checkpoint_by_traffickers_still_are_injured() -> None:
    text = "Smugglers beat three migrants at a checkpoint near Shwayrif on Sunday, a rights group said."
    assert "injury" in types(text)


def test_people_who_have_died_are_counted() -> None:
    text = "A rights group said that at least three prisoners have died in the Gernada jail since Friday's riot."
    assert counts(text)[0] == 3


def test_deaths_under_an_epidemic_headline_count_no_casualties() -> None:
    text = ("Cholera outbreak in Ghat: 30 cases confirmed\nHealth officials confirmed 30 cholera cases in Ghat this "
            "week. Two children died of complications on Friday.")
    assert counts(text)[0] is None


def test_a_running_tally_so_far_this_year_counts_no_dead() -> None:
    text = "At least 420 people died on the central route so far in 2026, the agency said."
    assert counts(text)[0] is None


# --- a sea crossing's dead told without the word "migrants" ---------------------------------------------------------

def test_people_dead_after_a_rubber_boat_sank_are_migrant_deaths_at_sea() -> None:
    text = ("Rescue group: 7 dead off Garabulli\nVolunteers recovered the bodies of seven people, two of them women, "
            "on the beach at Garabulli this morning. A rubber boat had left the night before with about 35 people.")
    annotation = annotate(text, "en")
    assert {i.type for i in annotation.incidents} == {"other"} and "migrants" in annotation.incidents[0].victim_categories


def test_people_shot_dead_on_a_rubber_boat_still_are_a_killing() -> None:
    text = "Men on a speedboat fired on a rubber boat off Zawiya, killing two people on board, rescuers said."
    assert "killing" in types(text)


# --- victims: a lawyer who speaks, a person unharmed; a wound is no hit on a building -------------------------------

def test_a_lawyer_who_says_his_client_was_tortured_is_no_victim() -> None:
    text = "Student held in Kuwaifiya prison was tortured, lawyer says"
    found = annotate(text, "en").incidents
    assert found and all("activists" not in i.victim_categories for i in found)


def test_a_lawyer_beaten_is_still_an_activist_victim() -> None:
    text = "Gunmen beat a lawyer outside the Misrata court on Sunday, colleagues said."
    assert any("activists" in i.victim_categories for i in annotate(text, "en").incidents)


def test_a_woman_who_was_unharmed_is_no_victim() -> None:
    text = "A paramedic was shot and wounded in Zawiya on Friday; the woman in the ambulance was unharmed."
    assert all("women" not in i.victim_categories for i in annotate(text, "en").incidents)


def test_a_man_hit_in_the_leg_is_wounded_not_a_building_hit() -> None:
    text = ("Paramedic shot near Gharyan\nA paramedic was shot and wounded near Gharyan on Monday. The paramedic was "
            "hit in the leg and taken to Gharyan hospital, the Red Crescent said.")
    found = types(text)
    assert "injury" in found and "attack_on_property_or_infrastructure" not in found


# --- types: not seen since an arrest, anguish is no torture, smashing equipment, burns, a trip back from a meeting ----

def test_an_activist_not_seen_since_his_arrest_has_disappeared() -> None:
    text = ("A union organiser in Derna has not been seen since police officers arrested him at his workshop as he "
            "came back from a conference in Benghazi, his son said.")
    assert {"enforced_disappearance", "arbitrary_detention"} <= types(text)


def test_a_day_of_torture_for_the_family_is_no_torture() -> None:
    text = "Each week without a call from him is torture for us, his mother said."
    assert "torture" not in types(text)


def test_torture_for_days_still_is_torture() -> None:
    text = "Guards in Ain Zara subjected the detained blogger to torture for days, his brother said."
    assert "torture" in types(text)


def test_gunmen_smashing_a_clinics_equipment_beside_a_beating_attack_property() -> None:
    text = ("Armed men burst into a clinic in Ubari on Tuesday, smashing equipment and beating a doctor, the "
            "clinic's director said.")
    assert {"injury", "attack_on_property_or_infrastructure"} <= types(text)


def test_a_man_treated_for_burns_after_a_strike_is_injured() -> None:
    text = ("Two farmers were killed when a drone struck an olive grove near Gharyan. A third man was being treated "
            "for burns.")
    assert "injury" in types(text)


# --- a post that says nobody was hurt; a schoolgirl ----------------------------------------------------------------

def test_an_attack_told_beside_nobody_hurt_is_no_injury() -> None:
    text = ("Van of radio presenter Huda Salem set on fire outside her flat in Janzour overnight. Nobody hurt. "
            "Third attack on a journalist in the city since June.")
    found = types(text)
    assert "attack_on_property_or_infrastructure" in found and "injury" not in found


def test_an_attack_with_a_reporter_wounded_still_is_an_injury() -> None:
    text = ("Gunmen attacked a reporter in Janzour overnight and he was wounded in the arm. Nobody else was hurt in "
            "the street.")
    assert "injury" in types(text)


def test_a_schoolgirl_abducted_is_a_girl_and_a_child() -> None:
    text = "Schoolgirl abducted by gunmen outside her school in Sabha, police say"
    found = annotate(text, "en").incidents
    assert found and {"girls", "children"} <= set(found[0].victim_categories)


# --- actors: a town's directorate or council, the DCIM's other name, a panel, a body's report ------------------------

def actor_names(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_a_towns_police_directorate_and_council_keep_the_town() -> None:
    text = ("Gunmen shot dead a baker in Bani Walid on Monday. The Bani Walid police directorate opened an inquiry, "
            "and the Tarhuna municipal council condemned the killing.")
    names = actor_names(text)
    assert {"Bani Walid police directorate", "Tarhuna municipal council"} <= names


def test_the_department_for_combating_illegal_migration_is_the_dcim() -> None:
    text = ("Guards beat migrants held in the Tariq al-Sikka centre, which is run by the Department for Combating "
            "Illegal Migration, a rights group said.")
    assert any(a.id == "ly-dcim" for a in annotate(text, "en").actors)


def test_a_bodys_yearly_report_is_not_part_of_its_name() -> None:
    text = "Guards tortured detainees in Mitiga prison in March, the Libya Crimes Watch Annual Report said on Monday."
    names = actor_names(text)
    assert "Libya Crimes Watch" in names and not any("Report" in n for n in names)


def test_a_un_panel_of_experts_is_one_body() -> None:
    text = "Militia shelled homes in Tajoura killing two children, the UN Panel of Experts said in a report."
    assert "UN Panel of Experts" in actor_names(text)


# --- over-reach found with probe sentences ---------------------------------------------------------------------------

def test_a_gunman_shot_dead_after_killing_worshippers_leaves_their_killing() -> None:
    text = ("Police said a gunman was shot dead after he opened fire on worshippers leaving a mosque in Sabratha, "
            "killing two of them.")
    assert "killing" in types(text)


def test_a_tally_so_far_beside_a_days_event_keeps_the_event() -> None:
    text = ("Dozens of people have died in clashes in Tripoli so far in 2026, the UN said; on Sunday a shell killed "
            "a child in Ain Zara.")
    assert "killing" in types(text)
