"""English pass 18 (tune41en): in Libya or not, incident or look-alike (docs/labelling.md, "English news pass 18").
Our own sentences, not the tune set's: each rule has a case that failed on the start commit and a look-alike that
must not change."""
from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


# figurative hostages: a thing "held hostage", "'hostage' refineries", "hostages of a political quarrel"

def test_things_held_hostage_are_no_abduction() -> None:
    text = ("Union says 'hostage' refineries cost Zawiya its jobs\n"
            "The oil workers' union said on Sunday that the pay row had left the Zawiya refinery idle for a month. "
            "Its head called the plants 'hostages of a political quarrel' and said exports would stay frozen.")
    assert types(text) == set()


def test_a_country_held_hostage_is_no_abduction() -> None:
    text = "The minister said the militias were holding the whole economy hostage to their demands for salaries."
    assert types(text) == set()


def test_people_held_hostage_stay_an_abduction() -> None:
    text = ("Gunmen take three engineers hostage at Zawiya refinery\n"
            "Gunmen seized three engineers at the Zawiya refinery on Sunday and are holding them hostage, the company "
            "said.")
    assert "abduction" in types(text)


def test_hostages_of_a_group_stay_an_abduction() -> None:
    text = "The hostages of the armed group in Sabha were seized from a bus on Monday, their families said."
    assert "abduction" in types(text)


# water and power plants sabotaged by armed men: an attack on civilian infrastructure

def test_an_armed_group_sabotaging_a_pumping_station_is_an_attack_on_infrastructure() -> None:
    text = ("Gunmen sabotage water plant near Gharyan\n"
            "The water company said on Friday that gunmen had broken into a pumping station near Gharyan overnight, "
            "wrecked the pumps and cut the power lines, leaving the town without water.")
    assert "attack_on_property_or_infrastructure" in types(text)


def test_talks_sabotaged_are_no_attack() -> None:
    text = ("Rival camps accuse each other of sabotaging the budget talks in Sirte\n"
            "Both delegations said on Friday that the other side had sabotaged the meeting.")
    assert types(text) == set()


# armed men killed in the victim slot are the ones fought: fighters only

def test_armed_men_killed_by_a_strike_are_fighters() -> None:
    text = ("Algeria says troops destroyed smuggling convoy from Libya\n"
            "Algeria's defence ministry said on Friday its troops had intercepted two vehicles loaded with rifles near "
            "the border post of Debdeb, killing the armed men inside.")
    assert types(text) == set()


def test_armed_men_who_kill_stay_perpetrators() -> None:
    text = "Armed men stormed a farm near Ghat on Friday, killing the farmer and his son, relatives said."
    assert "killing" in types(text)


# a policeman stabbed by an attacker where there is no war: criminal violence, an incident

def test_a_policeman_stabbed_to_death_is_an_incident() -> None:
    text = ("Police officer stabbed to death in Sousse\n"
            "SOUSSE (Reuters) - A police officer was stabbed to death outside a police station in Sousse on Friday, "
            "Tunisia's interior ministry said. The assailant was arrested.")
    assert "killing" in types(text)
    assert annotate(text, "en").victim_status != "combatant"


def test_police_killed_by_an_armed_group_stay_fighters() -> None:
    text = ("Two police officers were killed when an armed group attacked their checkpoint near Derna on Sunday, "
            "the interior ministry said.")
    assert "killing" not in types(text)


# a killing named as what an inquiry is into: no count

def test_an_inquiry_into_deaths_counts_nobody() -> None:
    text = ("Prosecutors open inquiry into Tripoli clash deaths\n"
            "The Attorney General's office said on Monday it had opened an inquiry into the deaths of 14 people in "
            "clashes in Tripoli last August. Families of the dead welcomed the step.")
    assert annotate(text, "en").killed is None


def test_a_toll_before_an_investigation_still_counts() -> None:
    text = ("Fourteen people were killed in shelling on a market in Tripoli on Sunday, and prosecutors opened an "
            "investigation into the attack.")
    assert annotate(text, "en").killed == 14


# a quarter's or a half-year's tally: a statistic whose figures count no event

def test_a_first_quarter_tally_counts_no_casualties() -> None:
    text = ("UN: 40 civilian casualties in Libya in first quarter\n"
            "The UN mission recorded 40 civilian casualties - 12 killed and 28 injured - in the first three months of "
            "the year, it said on Tuesday. Most were caused by clashes in Tripoli.")
    got = annotate(text, "en")
    assert (got.killed, got.injured, got.is_incident) == (None, None, False)


def test_an_icc_warrant_story_counts_no_dead() -> None:
    text = ("ICC unseals warrant for former Ganfouda camp commander\n"
            "THE HAGUE (Reuters) - The International Criminal Court unsealed an arrest warrant on Tuesday for a former "
            "commander of a detention camp near Benghazi. Prosecutors say detainees were tortured and at least 25 "
            "killed at the camp between 2016 and 2018.")
    got = annotate(text, "en")
    assert (got.killed, got.is_incident) == (None, False)


def test_a_toll_of_the_day_still_counts() -> None:
    text = ("Shelling kills 12 in Tripoli suburb\n"
            "Twelve civilians were killed and 28 injured when shells hit a residential street in Ain Zara on Sunday, "
            "the health ministry said.")
    got = annotate(text, "en")
    assert (got.killed, got.injured) == (12, 28)


# the men of a force before an active beating verb are who beat, not a single victim

def test_a_patrol_that_beat_them_is_no_single_victim() -> None:
    text = ("Fishermen say navy patrol beat them off Sfax\n"
            "Twelve fishermen whose boat had sailed from Zuwara were treated at a hospital in Sfax on Monday after a "
            "navy patrol beat them with sticks, a rights group said.")
    assert annotate(text, "en").injured == 12


def test_a_guard_beaten_stays_one_hurt() -> None:
    text = "A prison guard was beaten by inmates in Misrata on Tuesday and treated for a head wound."
    assert annotate(text, "en").injured == 1


# captives and hostages are counted people

def test_captives_who_died_are_counted() -> None:
    text = ("Freed migrants said smugglers beat them in a warehouse in Kufra, and that three other captives died of "
            "their wounds.")
    assert annotate(text, "en").killed == 3


# "and a second wounded": one more hurt, as "a third"

def test_a_second_wounded_is_one_hurt() -> None:
    text = "A shopkeeper was shot dead and a second wounded outside a market in Zliten on Sunday, police said."
    assert annotate(text, "en").injured == 1


def test_a_second_day_is_no_victim() -> None:
    text = "A shopkeeper was shot dead in Zliten on Sunday, a second day of clashes in the town, police said."
    assert annotate(text, "en").injured is None


# a force's units picked out by a number are no people; its own men lost are its dead

def test_one_of_its_patrols_is_no_one_hurt() -> None:
    text = ("The army said the militants had attacked one of its patrols near Ubari on Friday before withdrawing "
            "south.")
    assert annotate(text, "en").injured is None


def test_one_of_its_guards_stays_one_hurt() -> None:
    text = "The militants attacked one of its guards near the Ubari field on Friday, wounding him in the leg."
    assert annotate(text, "en").injured == 1


def test_a_force_losing_its_own_men_adds_them_to_the_dead() -> None:
    text = ("The army said on Monday its troops had killed five militants in clashes near Ubari on Sunday, losing "
            "three of its own soldiers.")
    assert annotate(text, "en").killed == 8


def test_losing_contact_adds_nobody() -> None:
    text = ("The army said on Monday its troops had killed five militants near Ubari on Sunday after losing contact "
            "with a patrol.")
    assert annotate(text, "en").killed == 5


# where people were going, went through or trained long before is no event location

def event_places(text: str) -> set[str]:
    return {p.name for p in annotate(text, "en").places if p.event_location}


def test_a_libya_bound_convoy_attacked_in_niger_is_not_in_libya() -> None:
    text = ("Bandits raid Libya-bound lorry convoy in Niger, killing four\n"
            "NIAMEY (AFP) - Armed bandits attacked a convoy of lorries north of Seguedine in Niger on Sunday, killing four "
            "drivers, a local official said.")
    assert "Libya" not in event_places(text)


def test_a_convoy_bound_for_libya_attacked_in_niger_is_no_libyan_incident() -> None:
    text = ("Four drivers killed as bandits raid convoy bound for Libya\n"
            "NIAMEY (AFP) - Armed bandits attacked a convoy of lorries north of Seguedine in Niger on Sunday, killing four "
            "drivers, a local official said.")
    got = annotate(text, "en")
    assert got.is_incident and not got.in_libya


def test_an_attacker_trained_in_libya_does_not_place_the_attack() -> None:
    text = ("Tunisian guard shot dead at checkpoint; gunman trained in Libya\n"
            "TUNIS (Reuters) - A National Guard officer was shot dead at a checkpoint near Kasserine on Friday by a man "
            "who had fled, the interior ministry said.")
    assert "Libya" not in event_places(text)


def test_killed_in_libya_on_their_way_to_the_coast_stays_in_libya() -> None:
    text = ("Three migrants were shot dead by smugglers in Bani Walid on their way to the coast, the Red Crescent said "
            "on Monday.")
    got = annotate(text, "en")
    assert got.in_libya and "Bani Walid" in event_places(text)


# the dead and the missing told as one figure: no toll of the dead

def test_a_dead_or_missing_figure_is_no_killed_count() -> None:
    text = ("IOM: departures from western Libya fell in May\n"
            "The International Organization for Migration said on Tuesday that departures from western Libya fell by a "
            "third in May. IOM said 340 people had died or gone missing on the central Mediterranean route since January.")
    assert annotate(text, "en").killed is None


def test_the_drowned_of_a_sinking_still_count() -> None:
    text = ("At least 23 migrants drowned and 40 went missing when their boat sank off Sabratha on Friday, the IOM said.")
    assert annotate(text, "en").killed == 23


# a town's police named by the town: one local body with its town (the town stays a place)

def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_a_towns_police_is_one_actor() -> None:
    text = ("Man shot dead in Zliten market, police say\n"
            "Zliten police said on Monday that a trader had been shot dead by two men on a motorbike in the town's "
            "market.")
    got = annotate(text, "en")
    assert "Zliten police" in actors(text) and "police" not in {a.name for a in got.actors}
    assert "Zliten" in {p.name for p in got.places}


def test_a_sentence_adverb_before_police_names_no_town() -> None:
    text = "A trader was shot dead in the market in Zliten on Monday. Meanwhile police said two men had fled."
    assert "Meanwhile police" not in actors(text)


def test_the_committee_to_protect_journalists_is_listed_with_its_acronym() -> None:
    text = ("CPJ: Libyan reporter detained without charge in Tunis\n"
            "Tunisian police detained Libyan reporter Omar Fadil in Tunis on Friday and are holding him without "
            "charge, the Committee to Protect Journalists said. CPJ urged his release.")
    assert {"Committee to Protect Journalists", "CPJ"} <= actors(text)


def test_armed_bandits_are_the_unnamed_perpetrators() -> None:
    text = ("Gunmen kill three traders on road to Agadez\n"
            "NIAMEY (Reuters) - Armed bandits stopped a lorry north of Agadez on Sunday and shot dead three traders, a "
            "local official said. The bandits took their money.")
    assert actors(text) == {"Armed bandits"}


# a release told unhurt: the captivity ended, no incident (settled guide); abuse told, or others still held, stays

def test_hostages_released_unharmed_are_no_incident() -> None:
    text = ("Three Egyptian drivers freed days after abduction near Brega\n"
            "Three Egyptian lorry drivers abducted near Brega last week have been released unharmed, Egypt's foreign "
            "ministry said on Sunday. It did not say whether a ransom had been paid.")
    assert not annotate(text, "en").is_incident


def test_a_release_story_telling_beatings_stays_an_incident() -> None:
    text = ("Three Egyptian drivers freed days after abduction near Brega\n"
            "Three Egyptian lorry drivers abducted near Brega last week have been released, Egypt's foreign ministry "
            "said on Sunday. They said their captors had beaten them with rifle butts.")
    assert annotate(text, "en").is_incident


def test_one_freed_while_others_are_still_held_stays_an_abduction() -> None:
    text = ("Gunmen kidnapped three engineers and their driver near Ubari on Monday and released the driver unharmed "
            "hours later. The engineers are still held, the company said.")
    assert "abduction" in types(text)


# look-alikes told with words the lexicon lacked: a charge "over" a past killing, a retrial, a child found safe, a
# player carried off

def test_officials_charged_over_a_past_killing_are_no_incident() -> None:
    text = ("Court delays retrial of former regime officials\n"
            "TRIPOLI (Reuters) - A Tripoli court on Monday postponed until June the retrial of several former regime "
            "officials charged over the 2013 killing of protesters in Benghazi.")
    assert not annotate(text, "en").is_incident


def test_a_killing_after_a_court_hearing_stays_an_incident() -> None:
    text = ("Gunmen shot dead a lawyer outside a Misrata court on Monday after a hearing, his colleagues said.")
    assert "killing" in types(text)


def test_a_missing_girl_found_safe_is_no_disappearance() -> None:
    text = ("Missing Zawiya girl found safe at her aunt's home\n"
            "A 9-year-old girl reported missing in Zawiya on Friday was found safe on Saturday at her aunt's home, "
            "police said.")
    assert not annotate(text, "en").is_incident


def test_a_player_carried_off_is_no_injury() -> None:
    text = ("Al-Nasr edge Al-Hilal in Benghazi\n"
            "Al-Hilal's captain was carried off injured with a knee injury as Al-Nasr won on Saturday.")
    assert not annotate(text, "en").is_incident


# fighters named with their unit's long name are still the subject of the passive

def test_soldiers_of_a_named_brigade_killed_are_fighters() -> None:
    text = ("Two soldiers killed in clash near Ghat\n"
            "Two soldiers of the Al-Haq Brigade of the Libyan National Army were killed and four wounded on Monday in a "
            "clash with gunmen of a rebel group near Ghat, the brigade said.")
    assert not annotate(text, "en").is_incident


def test_civilians_killed_beside_a_brigade_stay_an_incident() -> None:
    text = ("Two shepherds of the Awlad Ali tribe were killed on Monday when a shell fired by the Al-Haq Brigade hit "
            "their camp near Ghat, relatives said.")
    assert "killing" in types(text)


# the port a boat left (and its region after "in") is an origin; the place right after "beat them in" is the harm's

def test_a_boat_that_left_a_libyan_port_and_sank_off_crete_is_not_in_libya() -> None:
    text = ("Boat from Libya sinks near Crete, 7 dead\n"
            "Seven migrants drowned when a fishing boat that had left Tobruk in eastern Libya sank south of Crete on "
            "Tuesday, the Greek coast guard said.")
    got = annotate(text, "en")
    assert got.is_incident and not got.in_libya


def test_a_boat_sunk_off_a_libyan_port_stays_in_libya() -> None:
    text = ("Seven migrants drowned when their boat sank off Tobruk in eastern Libya on Tuesday, the Libyan Red "
            "Crescent said.")
    assert annotate(text, "en").in_libya


def test_beaten_in_a_libyan_town_told_from_abroad_is_in_libya() -> None:
    text = ("Migrants in Lampedusa say guards beat them in Zawiya\n"
            "Migrants who reached Lampedusa on Sunday told MSF that guards at a detention centre in Zawiya had beaten "
            "them with hoses before they left Libya.")
    assert annotate(text, "en").in_libya


def test_beaten_abroad_after_leaving_libya_stays_abroad() -> None:
    text = ("Migrants say Maltese soldiers beat them in Valletta\n"
            "Migrants whose boat had left Zuwara in Libya said soldiers beat them in Valletta on Sunday, a rights group "
            "said.")
    assert not annotate(text, "en").in_libya


# men who joined an armed force abroad and were killed fighting are its fighters

def test_men_who_joined_a_force_and_were_killed_are_fighters() -> None:
    text = ("Libyan fighters who joined Sudan war killed in Darfur, families say\n"
            "Families in Kufra said on Sunday that three young men who had joined the Rapid Support Forces were killed "
            "in fighting in North Darfur.")
    assert not annotate(text, "en").is_incident


def test_men_who_joined_a_protest_and_were_killed_stay_victims() -> None:
    text = ("Three young men who had joined a sit-in outside the council were killed when gunmen opened fire in Zawiya "
            "on Sunday, relatives said.")
    assert "killing" in types(text)


# the smuggling of goods is no trafficking of people

def test_smuggling_of_fuel_is_no_trafficking() -> None:
    text = "Tunisian guards arrested five men near Ben Guerdane on Sunday over the smuggling of fuel from Libya."
    assert "trafficking" not in types(text)


def test_smuggling_of_migrants_stays_trafficking_news() -> None:
    text = ("Traffickers beat and starved 40 migrants held for the smuggling of people to Italy in a farm near "
            "Sabratha, the IOM said.")
    assert "trafficking" in types(text)


# "drowned off Sabratha" says where: no "killed off" idiom

def test_drowned_off_a_town_is_a_drowning() -> None:
    text = "Six migrants drowned off Sabratha on Sunday, the IOM said; 40 others were rescued."
    got = annotate(text, "en")
    assert got.is_incident and got.killed == 6


def test_hopes_killed_off_stay_an_idiom() -> None:
    text = "The vote killed off hopes of a unified budget in Tripoli this year, analysts said."
    assert not annotate(text, "en").is_incident


# "two of whom needed stitches": that many hurt; an age before "needed" is no count

def test_a_number_of_whom_needed_stitches_counts_hurt() -> None:
    text = ("Guards beat migrants at the Zawiya centre on Friday, and three of them needed stitches, MSF "
            "said.")
    assert annotate(text, "en").injured == 3


def test_an_age_before_needed_stitches_is_no_count() -> None:
    text = ("Armed men raided a radio station in Sabha and beat a presenter. The presenter, 31, needed stitches at "
            "Sabha hospital.")
    assert annotate(text, "en").injured == 1


# a possessive plural inside a body's name; a foreign town's court and prosecution

def test_a_womens_union_is_one_name() -> None:
    text = ("A woman was shot dead by her husband in Derna on Sunday, police said. The Libyan Women's Union "
            "condemned the killing.")
    assert "Libyan Women's Union" in actors(text)


def test_an_owners_possessive_still_ends_the_name() -> None:
    text = ("Forces loyal to Haftar's Libyan National Army detained a journalist in Sirte on Monday without charge, "
            "his family said.")
    assert "Haftar's Libyan National Army" not in actors(text) and "Libyan National Army" in actors(text)


def test_a_towns_prosecutors_office_and_assize_court_are_actors() -> None:
    text = ("Nine migrants drowned off Lampedusa on Tuesday, Italy's coast guard said. The Palermo prosecutor's office "
            "opened an inquiry, and the Palermo assize court will hear the case.")
    assert {"Palermo prosecutor's office", "Palermo assize court"} <= actors(text)


# a patient's relatives who beat hospital staff are the unnamed perpetrators; guards demanded act in nothing

def test_relatives_of_a_patient_who_beat_a_nurse_are_listed() -> None:
    text = ("Nurse beaten in Zawiya hospital\n"
            "Relatives of a patient who had died stormed the emergency ward of Zawiya hospital on Sunday and beat a "
            "nurse, who suffered a broken arm. Staff are demanding armed guards at the entrance.")
    got = actors(text)
    assert "Relatives of a patient" in got and "armed guards" not in got


def test_relatives_apposed_to_men_named_are_not_listed_again() -> None:
    text = ("Armed men stormed the emergency ward of Zawiya hospital on Sunday and beat a nurse, who suffered a broken "
            "arm. The men, relatives of a patient who had died, fled.")
    assert "relatives of a patient" not in actors(text)


# one victim told with a nationality or an adjective after the article; businessmen and merchants are counted people

def test_a_nationality_before_a_single_victim_counts_one() -> None:
    text = "Egyptian border guards shot dead a Libyan man near the Salloum crossing on Sunday, relatives said."
    assert annotate(text, "en").killed == 1


def test_a_nationality_before_a_thing_counts_nobody() -> None:
    text = "Egyptian border guards shot dead a Libyan smuggler's camel near Salloum on Sunday, relatives said."
    assert annotate(text, "en").killed is None


def test_businessmen_shot_dead_are_counted() -> None:
    text = ("Two Libyan businessmen were shot dead by gunmen who ambushed their car near Medenine in southern Tunisia on "
            "Sunday, the interior ministry said.")
    assert annotate(text, "en").killed == 2


def test_a_customs_officer_shot_dead_by_smugglers_is_an_incident() -> None:
    text = ("A Tunisian customs officer was shot dead by smugglers near Ben Guerdane on Sunday, the interior ministry "
            "said.")
    assert "killing" in types(text)


def test_customs_officers_killed_by_militants_stay_fighters() -> None:
    text = ("Two customs officers were killed when militants attacked their post near the border on Sunday, the "
            "interior ministry said.")
    assert "killing" not in types(text)


# gold miners are civilians; refugees are counted people

def test_a_miner_killed_by_raiding_gunmen_is_an_incident() -> None:
    text = ("A Chadian miner was killed and three others were wounded when gunmen raided a gold site near Kouri "
            "Bougoudi on Friday.")
    got = annotate(text, "en")
    assert got.is_incident and got.victim_status == "civilian"


def test_refugees_shot_dead_are_counted() -> None:
    text = "Three Sudanese refugees were shot dead by RSF fighters near the Libyan border on Monday, the UNHCR said."
    assert annotate(text, "en").killed == 3


# a short relative clause between the counted people and their verb

def test_migrants_who_left_libya_and_drowned_are_counted() -> None:
    text = "Nine migrants who left Libya drowned off Lampedusa on Monday, including two children, the coast guard said."
    assert annotate(text, "en").killed == 9


def test_a_relative_clause_naming_others_does_not_count_its_subject() -> None:
    text = "Nine migrants who had been rescued said 12 others drowned near Zuwara on Monday, the IOM said."
    assert annotate(text, "en").killed == 12


def test_oil_workers_taken_hostage_stay_an_abduction() -> None:
    text = "Gunmen stormed the Sharara field on Monday and took 20 oil workers hostage, the company said."
    assert "abduction" in types(text)


# "relatives of the victims in Egypt": where the victims' kin live is not where they were killed

def test_the_victims_kin_abroad_do_not_place_the_killing() -> None:
    text = ("Gunmen kill two Egyptian farmhands near Marj\n"
            "Masked gunmen shot dead two Egyptian farmhands at a farm on the outskirts of Marj late on Monday, the town's "
            "security directorate said. Relatives of the victims in Egypt's Sohag province said the men had worked in "
            "Libya for years.")
    got = annotate(text, "en")
    assert got.is_incident and got.in_libya


def test_found_dead_abroad_stays_abroad() -> None:
    text = ("Libyan trader found dead in Egypt\n"
            "The body of a Libyan trader abducted last week was found in Egypt on Monday, Egyptian security sources said.")
    assert not annotate(text, "en").in_libya


# a second origin after "and" ("migrants from Eritrea and Somalia") is an origin too

def test_a_second_country_of_origin_does_not_place_the_abuse() -> None:
    text = ("Police free 30 migrants held by traffickers\n"
            "Police said on Wednesday they had freed 30 migrants from Eritrea and Somalia held by traffickers on a farm. "
            "Several bore marks of torture, and six were taken to hospital in Sabha.")
    got = annotate(text, "en")
    assert got.is_incident and got.in_libya


def test_a_place_after_and_with_no_origin_before_keeps_its_weight() -> None:
    text = ("Gunmen shot dead two traders in Zawiya and Surman on Sunday, relatives said.")
    assert annotate(text, "en").in_libya
