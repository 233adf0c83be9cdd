"""English news pass 5 (docs/labelling.md, "English news pass 5 (tune16en)"): kinds of error on English news (wires,
Libyan English outlets, UN and NGO releases, posts), checked on our own sentences (written by the rasad team; no real
events)."""

from nlp.annotate import annotate
from tests.nlp.english_reading import counts, types

# --- false leads: forensic identification, sanctions, an armed group's commander killed ---------------------------

def test_remains_identified_by_forensic_teams_are_no_new_killing() -> None:
    text = ("Lab confirms identity of 7 more Sirte victims\nThe forensic lab in Misrata said DNA analysis had "
            "identified 7 more bodies exhumed from a site near Sirte last year.")
    assert "killing" not in types(text)


def test_bodies_identified_after_a_fresh_find_still_are_a_killing() -> None:
    text = ("Police identified the bodies of two farmers who were shot dead near Gharyan on Sunday, "
            "a security source said.")
    assert "killing" in types(text)


def test_bodies_identified_by_a_bare_number_after_a_shipwreck_still_are_the_dead() -> None:
    text = "Officials have identified 9 bodies from Sunday's shipwreck off Garabulli, the Red Crescent said."
    assert counts(text)[0] == 9


def test_a_killing_told_beside_sanctions_imposed_still_is_one() -> None:
    text = "Gunmen killed two shepherds near Gharyan on Monday, a week after London imposed sanctions on their leader."
    assert "killing" in types(text)


def test_sanctions_on_a_smuggling_boss_are_no_incident() -> None:
    text = ("UK sanctions two Libyan smuggling kingpins\nBritain on Thursday imposed asset freezes on two men it "
            "called leaders of a human trafficking ring operating from Zuwara.")
    assert not types(text)


def test_a_militia_commander_shot_dead_is_a_fighter_killed() -> None:
    text = ("Armed group commander shot dead in Janzour\nA commander of a local armed group in Janzour was shot dead "
            "outside his home on Monday night, witnesses said.")
    assert not types(text)


def test_a_civilian_shot_dead_by_a_commanders_guards_still_is_a_killing() -> None:
    text = "A shopkeeper was shot dead in Janzour on Monday by guards of a militia commander, his family said."
    assert "killing" in types(text)


# --- misses: people taken to a detention centre, a journalist held, a studio set on fire ---------------------------

def test_people_taken_to_a_detention_centre_after_an_interception_are_detained() -> None:
    text = ("The coast guard stopped a boat carrying 70 people off Garabulli on Monday and brought them to the "
            "Tajoura detention centre.")
    assert "arbitrary_detention" in types(text)


def test_people_who_would_be_taken_to_a_detention_centre_are_not_yet() -> None:
    text = "The ministry said the 60 people rescued on Monday would be transferred to a detention centre in Misrata."
    assert "arbitrary_detention" not in types(text)


def test_a_journalists_funeral_held_is_no_detention() -> None:
    text = "Colleagues held the journalist's funeral in Misrata on Friday, a week after his death in a car crash."
    assert not types(text)


def test_people_released_from_a_detention_centre_are_not() -> None:
    text = "IOM said 40 women were released from a detention centre in Tripoli and flown home on Friday."
    assert "arbitrary_detention" not in types(text)


def test_a_journalist_held_without_charge_is_an_arbitrary_detention() -> None:
    text = ("Security officers have held the journalist Salem Fituri for ten days without charge over an article on "
            "fuel queues, his union said.")
    assert {"arbitrary_detention", "attack_on_civil_society"} <= types(text)


def test_journalists_who_held_a_meeting_were_not_detained() -> None:
    text = "The journalists' union held a meeting in Benghazi on Monday to discuss press freedom."
    assert not types(text)


def test_a_studio_set_on_fire_is_an_attack_on_property() -> None:
    text = ("Unknown men broke into a television office in Derna overnight and set the studio on fire, "
            "the channel's manager said.")
    assert "attack_on_property_or_infrastructure" in types(text)


def test_a_radio_station_torched_is_an_attack_on_the_press() -> None:
    text = "Gunmen torch community radio station in Ubari\nNobody was hurt, the station's staff said."
    assert {"attack_on_property_or_infrastructure", "attack_on_civil_society"} <= types(text)


def test_artillery_fire_that_killed_civilians_is_no_accident() -> None:
    text = ("Artillery fire by the paramilitaries killed nine civilians and wounded 20 in Omdurman on Tuesday, "
            "medics said.")
    assert {"killing", "injury"} <= types(text)


def test_a_house_fire_stays_an_accident() -> None:
    text = "Three children died when a fire broke out in their home in Sabha on Sunday, civil defence said."
    assert not types(text)


# --- counts: kin before an adverb, one person joined to a number, "were also killed", bodies then a rescue --------

def test_a_cousin_seriously_injured_is_one_injured() -> None:
    text = ("A shepherd was killed and his nephew badly injured on Friday when a mortar round hit their tent near "
            "Wadi Kaam, relatives said.")
    assert counts(text) == (1, 1)


def test_one_named_with_an_article_joins_the_number_after_and() -> None:
    text = ("Armed men beat a teacher and three pupils at a school in Sabha on Monday, leaving them with bruises, the "
            "education office said.")
    assert counts(text)[1] == 4


def test_fighters_also_killed_add_to_the_toll() -> None:
    text = ("A woman was killed when a rocket hit her home in Tajoura on Sunday, medics said. Two fighters were also "
            "killed in the clashes, which ended at dusk.")
    assert counts(text)[0] == 3


def test_bodies_recovered_before_a_rescue_are_the_dead() -> None:
    text = ("The coast guard said it recovered the bodies of four migrants and rescued 20 after their dinghy sank off "
            "Zuwara on Monday.")
    assert counts(text)[0] == 4


def test_people_rescued_after_a_number_still_are_no_toll() -> None:
    text = ("The bodies of three migrants were recovered off Zuwara on Monday and 25 others were rescued, the Red "
            "Crescent said.")
    assert counts(text)[0] == 3


# --- victim categories: a background tally's victims, people intercepted at sea ------------------------------------

def categories(text: str, kind: str) -> set[str]:
    """The victim categories the rules give (rules alone: the model retrained in the twentieth session vetoes the
    poet's jailing below, probability 0.49 at threshold 0.5, and these tests are about the categories)."""
    return next(set(i.victim_categories) for i in annotate(text, "en", model=False).incidents if i.type == kind)


def test_several_held_since_a_year_is_a_background_tally() -> None:
    text = ("Algerian poet jailed for six months over a satirical verse\nAn Oran court jailed poet and activist Karim "
            "Said on Monday over a verse mocking the governor. Several bloggers and journalists have been jailed "
            "under the same article since 2022.")
    assert categories(text, "arbitrary_detention") == {"activists"}


def test_people_intercepted_at_sea_are_migrants() -> None:
    text = ("The coast guard intercepted 85 people off Zawiya on Sunday, among them nine women, and took them to the "
            "Abu Salim detention centre.")
    assert categories(text, "arbitrary_detention") == {"migrants", "women"}


# --- types: forced into a car, a group "involved in" trafficking, property struck or smashed beside the hurt --------

def test_a_man_forced_into_a_car_by_gunmen_is_abducted() -> None:
    text = ("Masked men forced him into a grey pickup outside his shop in Sabratha on Sunday night, his brother said; "
            "the family has heard nothing since.")
    assert "abduction" in types(text)


def test_forced_into_exile_is_no_abduction() -> None:
    text = "The journalist said threats had forced him into exile in Tunis last year."
    assert "abduction" not in types(text)


def test_a_target_described_as_involved_in_trafficking_is_no_trafficking() -> None:
    text = ("An airstrike hit a farmhouse near Sabratha on Monday, killing two brothers, relatives said. The ministry "
            "said it had struck smugglers involved in fuel smuggling and human trafficking.")
    assert "trafficking" not in types(text)


def test_a_home_struck_beside_a_killing_keeps_the_property_attack() -> None:
    text = "A boy was killed in Tajoura on Sunday when a rocket struck his uncle's house, neighbours said."
    assert {"killing", "attack_on_property_or_infrastructure"} <= types(text)


def test_equipment_smashed_is_no_accident_whatever_accident_is_named() -> None:
    text = ("Relatives of a man who died after a car accident smashed equipment in the emergency ward of Sabha "
            "hospital on Friday, staff said.")
    assert "attack_on_property_or_infrastructure" in types(text)


def test_a_granary_burned_by_attackers_is_an_attack_on_property() -> None:
    text = "Raiders burned the granary of a village near Nyala on Thursday, a local official said."
    assert "attack_on_property_or_infrastructure" in types(text)


# --- actors: an acronym defined in parentheses, a town's traffic police, a possessive electoral body, one ministry ---

def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_an_acronym_defined_in_parentheses_is_listed_beside_the_name() -> None:
    text = ("The National Council for Civil Liberties (NCCL) said on Monday that the vote in Sirte had been calm. "
            "NCCL observers visited 40 polling stations.")
    assert {"National Council for Civil Liberties", "NCCL"} <= actors(text)


def test_a_towns_traffic_police_keeps_its_town() -> None:
    text = ("Two dead as car hits lorry near Zliten\nTwo men were killed when their car hit a lorry west of Zliten, "
            "the Zliten Traffic Police said.")
    assert "Zliten Traffic Police" in actors(text)


def test_a_countrys_electoral_commission_is_one_actor() -> None:
    text = "Niger's electoral commission said on Friday that the vote would be held in March."
    assert "Niger's electoral commission" in actors(text)


def test_a_headline_portfolio_ministry_is_the_body_texts_ministry() -> None:
    text = ("Justice ministry rejects prison abuse report\nThe Ministry of Justice of the Government of National Unity "
            "said on Monday the report on Jdeida prison was false.")
    assert "Justice ministry" not in actors(text)


def test_a_head_word_before_a_country_in_a_headline_ends_the_name() -> None:
    text = "ICC prosecutor briefs Security Council Libya cases stalled\nThe prosecutor spoke in New York on Monday."
    assert "Security Council Libya" not in actors(text)


def test_un_agencies_name_no_body() -> None:
    text = "Dozens of migrants were held in Zawiya on Monday with no access for UN agencies, a rescue group said."
    assert "UN" not in actors(text)


def test_men_in_uniform_who_detained_a_lawyer_are_the_perpetrators() -> None:
    text = ("Misrata lawyer missing since arrest\nMen in uniform detained lawyer Adel Fitouri at a checkpoint on 3 May; "
            "his family has not seen him since, Lawyers for Justice in Libya said.")
    assert {"Men in uniform", "Lawyers for Justice in Libya"} <= actors(text)


# --- in Libya: departures from Libya are Libyan affairs --------------------------------------------------------------

def test_departures_from_libya_are_libyan_affairs_however_often_italy_is_named() -> None:
    text = ("Fewer migrant boats reach Italy\nDepartures from western Libya fell by a third this year, the interior "
            "ministry in Rome said on Monday, as about 30,000 people reached Italy by sea.")
    assert annotate(text, "en").in_libya


# --- death in custody: a body handed to the family, "died in custody", "without trial" is no trial and no negation ---

def test_a_body_received_by_the_family_of_a_man_held_without_trial_is_a_killing_in_custody() -> None:
    text = ("The family of Nuri Abdelsalam, held in Jdeida prison since June without trial, received his body on "
            "Monday, his cousin said.")
    assert {"killing", "arbitrary_detention"} <= types(text)
    assert counts(text)[0] == 1


def test_died_in_custody_is_a_death_reported() -> None:
    text = "Khaled Omran died in custody at a prison in Zintan on Sunday, a rights group said."
    assert "killing" in types(text)


def test_a_charge_of_murdering_detainees_stays_a_proceeding() -> None:
    text = ("ICC unseals warrant for former prison director\nThe court accused him of murder, torture and rape of "
            "detainees in a Tripoli prison between 2016 and 2019.")
    assert not types(text)


# --- proceedings and tallies: suspects arrested, a wanted man extradited, a monitor's cases ----------------------

def test_suspects_arrested_in_a_past_kidnapping_are_no_incident() -> None:
    text = ("Police arrest two suspects in kidnapping of pharmacist\nThe Zliten security directorate said it had "
            "arrested two men over the abduction of a pharmacist in March.")
    assert not types(text)


def test_a_man_wanted_over_past_killings_extradited_is_no_incident() -> None:
    text = ("Malta extradites former militia leader to Libya\nMalta on Friday extradited a former militia leader wanted "
            "over the 2020 killing of civilians in Tarhuna, the Attorney General said.")
    assert not types(text)


def test_cases_documented_by_a_monitor_are_a_tally() -> None:
    text = "Rights group: 30 cases of torture documented in eastern prisons in 2025"
    assert not types(text)


def test_men_arrested_in_connection_with_a_lawyers_killing_are_suspects_not_victims() -> None:
    text = ("Gunmen shot dead a lawyer in Sabha on Monday and police later arrested two men in connection with the "
            "killing, a security source said.")
    assert "arbitrary_detention" not in types(text)


def test_a_journalist_arrested_on_a_spying_charge_still_is_held() -> None:
    text = "Police arrested a journalist suspected of spying in Benghazi on Monday, his newspaper said."
    assert "arbitrary_detention" in types(text)


def test_migrants_held_for_ransom_still_are_abducted() -> None:
    text = "Traffickers held 40 migrants for ransom in a farmhouse near Bani Walid for two months, survivors said."
    assert "abduction" in types(text)


# --- more probes of our own: tyres burned in a protest, a book on past killings, a victim named by his trade ---------

def test_tyres_burned_in_a_protest_are_no_attack() -> None:
    text = ("Sabha residents protest fuel shortage\nYoung men burned tyres and blocked the road to the airport in Sabha "
            "on Monday night over a week-long fuel shortage.")
    assert not types(text)


def test_a_book_about_past_killings_is_no_incident() -> None:
    text = "A book documenting the killings of civilians in Sirte in 2016 was launched in Misrata on Saturday."
    assert not types(text)


def test_a_shopkeeper_shot_dead_is_one_killed() -> None:
    text = "Two gunmen shot dead a shopkeeper during a robbery in Sabha's Al-Manshiya district on Monday, police said."
    assert counts(text)[0] == 1
