"""English pass 24 (tune52en): Libya precision in medium and long articles (docs/labelling.md, "English news pass
24"). Our own sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must
not change."""
from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


# --- a deal or a vote "murdered", "held hostage": a figure of speech ------------------------------------------------

def test_a_thing_murdered_is_a_figure_of_speech() -> None:
    text = ('SIRTE, Libya - A lawmaker said on Sunday that the budget agreement "was murdered before it was born", '
            "blaming the rival camps in parliament.")
    assert types(text) == set()
    text = "An elder in Ghat said the reconciliation initiative was killed by the two governments on Sunday."
    assert types(text) == set()
    assert types('"The truce was assassinated," the elder told the Libya Observer in Ghat.') == set()
    assert types("Critics in Ghat say the vote was rigged and the constitution assassinated by the militias.") == set()


def test_a_person_murdered_stays_a_killing() -> None:
    text = "The shopkeeper was murdered in his store in Sirte on Sunday night, police said."
    assert "killing" in types(text)


def test_a_vote_held_hostage_is_a_figure_of_speech() -> None:
    assert types("Local polls held hostage by armed groups, Gharyan council says") == set()
    text = ("GHARYAN - The head of the local council said on Monday that the municipal vote remained hostage to "
            "the armed groups and their patrons in the capital.")
    assert types(text) == set()


def test_people_held_hostage_stay_an_abduction() -> None:
    text = "Two engineers were held hostage by an armed group in Gharyan for three days, the council said on Monday."
    assert "abduction" in types(text)


# --- armed men killed by a strike: fighters only ----------------------------------------------------------------

def test_armed_men_killed_by_a_strike_are_fighters() -> None:
    text = ("Army drones hit convoy near Brak\n"
            "An airstrike destroyed two pickups near Brak on Friday, killing four armed men, the army's media office "
            "said.")
    annotation = annotate(text, "en")
    assert annotation.incidents == ()
    assert annotation.victim_status == "combatant"


def test_armed_men_who_kill_stay_perpetrators() -> None:
    text = "Armed men stormed a farm near Brak on Friday, killing four workers, relatives said."
    assert "killing" in types(text)


# --- "stray fire", "random fire": gunfire, no blaze ---------------------------------------------------------------

def test_stray_fire_in_a_headline_is_gunfire() -> None:
    text = ("Girl killed by stray fire during Gharyan clashes\n"
            "A nine-year-old girl was killed on Monday when bullets hit her family's house in Gharyan during clashes "
            "between two armed groups, a hospital official said.")
    assert "killing" in types(text)


def test_a_blaze_still_frames_the_deaths() -> None:
    text = ("Three workers killed in fire at Brega warehouse\n"
            "Three workers died on Monday when a fire broke out at a warehouse in Brega, firefighters said.")
    assert "killing" not in types(text)


# --- a population that "faces" abuse, migrants "often" returned: a pattern, no event -----------------------------

def test_abuse_a_population_faces_is_a_pattern() -> None:
    text = ("Detainees in eastern prisons continue to face systematic abuse, including beatings and forced labour, "
            "a rights group said in a report on Tuesday.")
    assert types(text) == set()


def test_migrants_often_returned_to_detention_is_a_pattern() -> None:
    text = "Migrants caught at sea are often returned to detention centres in Zawiya, the report said."
    assert "arbitrary_detention" not in types(text)


def test_abuse_told_as_done_stays() -> None:
    text = ("Guards beat three detainees at the Kufra prison on Tuesday and forced them into labour, two former "
            "inmates said.")
    assert types(text) & {"injury", "torture"}
    text = ("The coast guard intercepted 90 migrants on Friday and returned them to a detention centre in Zawiya, "
            "the IOM said.")
    assert "arbitrary_detention" in types(text)


# --- the bodies of a charge's victims: part of the charge ----------------------------------------------------------

def test_bodies_of_the_victims_of_a_charge_are_the_charge() -> None:
    text = ("Police in Sabha have arrested three men suspected of killing two Nigerien herders whose bodies were found "
            "in a well in January, prosecutors said on Sunday.")
    assert types(text) == set()


def test_bodies_found_as_the_news_stay_a_killing() -> None:
    text = "The bodies of two Nigerien herders were found in a well near Sabha on Sunday, police said."
    assert "killing" in types(text)


# --- where the harm was: a toll's place, a country's body ---------------------------------------------------------

def test_a_toll_told_with_its_place_decides_where() -> None:
    text = ("Chadian traders arriving in Sabha say bandits killed 4 in Niger desert\n"
            "Chadian traders who reached Sabha on Monday said bandits attacked their trucks in the desert, killing "
            "four drivers. The traders were treated at Sabha Medical Centre and later met officials in Sabha.")
    annotation = annotate(text, "en")
    assert annotation.incidents and annotation.in_libya is False


def test_a_toll_in_a_libyan_town_stays_in_libya() -> None:
    text = ("Bandits killed 4 in Sabha, traders say\n"
            "Chadian traders said bandits attacked their trucks near Sabha on Monday, killing four drivers.")
    annotation = annotate(text, "en")
    assert annotation.incidents and annotation.in_libya is True


def test_a_country_owning_the_condemning_body_is_no_place_of_the_harm() -> None:
    text = ("Libya's foreign ministry condemns killing of nurses in Chad\n"
            "TRIPOLI - Libya's foreign ministry on Monday condemned the killing of three nurses in an attack on a "
            "clinic in Abeche and called on Chad to punish those responsible. Libya and Chad share a long border.")
    assert annotate(text, "en").in_libya is False


def test_a_libyan_body_telling_a_harm_in_libya_stays() -> None:
    text = ("Libya's interior ministry said gunmen killed three nurses at a clinic in Sabha on Monday.")
    annotation = annotate(text, "en")
    assert annotation.incidents and annotation.in_libya is True


# --- migrants killed by gunmen in the desert: a killing, not deaths on the route -----------------------------------

def test_migrants_killed_by_gunmen_in_the_desert_are_a_killing() -> None:
    text = ("Eritrean migrants who reached Sabha said gunmen attacked their truck in the desert of northern Niger on "
            "Friday, killing six people.")
    assert "killing" in types(text)


def test_migrants_dead_of_thirst_in_the_desert_stay_deaths_on_the_route() -> None:
    text = ("Six Eritrean migrants died of thirst in the desert of northern Niger after smugglers abandoned their "
            "truck, survivors who reached Sabha said on Friday.")
    assert "killing" not in types(text)


# --- traffickers as the subject of a charge: the ones blamed -------------------------------------------------------

def test_traffickers_blamed_by_a_report_tell_no_trafficking() -> None:
    text = "The report says armed groups and traffickers were involved in abuses against refugees held in Kufra."
    assert "trafficking" not in types(text)


def test_smugglers_who_held_migrants_stay_trafficking() -> None:
    text = ("Smugglers held 40 Eritrean migrants for ransom in a warehouse in Kufra for two months and beat them, "
            "survivors said on Monday.")
    assert "trafficking" in types(text)


# --- counts: the missing are no toll; a woman and her son are two ------------------------------------------------

def test_people_said_missing_are_not_counted_dead() -> None:
    text = ("The UNHCR said on Saturday that two people were confirmed dead and 11 were missing after a dinghy "
            "carrying Eritrean migrants sank off Lampedusa.")
    assert annotate(text, "en").killed == 2


def test_a_toll_of_the_dead_alone_stays() -> None:
    text = ("The UNHCR said on Saturday that two migrants drowned and 11 were rescued after a dinghy carrying "
            "Eritrean migrants sank off Lampedusa.")
    assert annotate(text, "en").killed == 2


def test_a_mother_and_her_aged_son_are_two() -> None:
    text = ("A mother and her 12-year-old son were killed on Friday when a rocket hit their flat in Ain Zara, "
            "relatives said.")
    assert annotate(text, "en").killed == 2
    text = "A 40-year-old mother was killed on Friday when a rocket hit her flat in Ain Zara, relatives said."
    assert annotate(text, "en").killed == 1


def test_more_bodies_exhumed_count_the_update() -> None:
    text = ("The missing persons authority said on Monday that its teams had exhumed seven more bodies from the grave "
            "near Bani Walid, bringing the total recovered there to 40.")
    assert annotate(text, "en").killed == 7


def test_more_people_rescued_are_no_bodies() -> None:
    text = ("The coast guard said on Monday it had pulled four bodies from the sea off Zuwara and rescued 30 more "
            "people from the same dinghy.")
    assert annotate(text, "en").killed == 4


# --- a journalist held, told in the passive --------------------------------------------------------------------

def test_a_photographer_held_by_a_security_body_is_detained() -> None:
    text = ("A photographer for a local news site has been held for five days by the Internal Security Agency in "
            "Zliten after he filmed a sit-in, his brother said on Sunday.")
    assert {"arbitrary_detention", "attack_on_civil_society"} <= types(text)


def test_a_meeting_held_by_a_body_is_no_detention() -> None:
    text = ("A meeting of journalists was held for two hours by the press union in Zliten on Sunday to discuss "
            "new licensing rules.")
    assert "arbitrary_detention" not in types(text)


def test_armed_smugglers_killed_by_an_army_are_fighters() -> None:
    text = ("Algeria's army said on Friday its helicopters destroyed four vehicles carrying weapons near the Libyan "
            "border and killed six armed smugglers.")
    assert "killing" not in types(text)


# --- an ICC headline seeking an arrest "over" killings frames the body's account ------------------------------------

def test_an_icc_arrest_sought_over_killings_frames_the_body() -> None:
    text = ("ICC seeks arrest of prison chief over Mitiga killings\n"
            "THE HAGUE - The International Criminal Court prosecutor asked judges on Thursday to issue a warrant for a "
            "former prison chief over the torture and killing of detainees at Mitiga between 2018 and 2021. More than "
            "40 bodies have been found in and around the prison.")
    assert types(text) == set()


def test_a_killing_beside_an_icc_visit_stays() -> None:
    text = ("Gunmen kill two as ICC prosecutor visits Tripoli\n"
            "TRIPOLI - Gunmen killed two men in the Souq al-Juma district on Monday as the ICC prosecutor visited the "
            "city, residents said.")
    assert "killing" in types(text)


# --- where the witnesses came to is no place of the harm ------------------------------------------------------------

def test_the_town_refugees_reached_is_no_place_of_the_harm() -> None:
    text = ("Sudanese refugees arriving in Kufra say militia burned villages in Darfur\n"
            "KUFRA - Sudanese refugees who reached Kufra this week said Rapid Support Forces fighters burned their "
            "villages in North Darfur and killed at least 30 people last month. UNHCR said 2,000 people had arrived "
            "in Kufra in March.")
    annotation = annotate(text, "en")
    assert annotation.incidents and annotation.in_libya is False


def test_workers_killed_in_a_libyan_town_stay_in_libya() -> None:
    text = ("Two Chadian workers killed in Kufra, families say\n"
            "N'DJAMENA - Two Chadian workers who reached Kufra last year were shot dead on a farm outside the town on "
            "Monday, their families in N'Djamena said.")
    annotation = annotate(text, "en")
    assert annotation.incidents and annotation.in_libya is True


# --- an assault with no wound, care or hospital counts nobody hurt ---------------------------------------------------

def test_a_man_attacked_with_no_wound_told_is_not_counted_hurt() -> None:
    text = ("Libyan pensioner stabbed to death in Alexandria\n"
            "A Libyan pensioner was stabbed to death in Alexandria on Friday night, the Libyan consulate said. Salem "
            "Bouzid, 67, from Derna, had travelled to Egypt with his daughter for medical treatment and was attacked "
            "outside their hotel, a nephew said.")
    annotation = annotate(text, "en")
    assert annotation.killed == 1 and annotation.injured is None


def test_people_attacked_and_taken_to_hospital_stay_counted() -> None:
    text = "Three nurses were attacked near the clinic in Sabha on Monday and taken to hospital, colleagues said."
    assert annotate(text, "en").injured == 3


# --- care told by "kept in hospital", its subject past an "including" list ------------------------------------------

def test_people_kept_in_hospital_count_their_subject() -> None:
    text = ("Security forces fired live rounds at protesters in Gharyan on Friday, wounding several. Nine of them, "
            "including two boys, were kept in hospital overnight, the hospital said.")
    assert annotate(text, "en").injured == 9


def test_patients_kept_in_hospital_are_no_casualties() -> None:
    text = "Seven patients were kept in hospital overnight after a power cut at the Gharyan clinic on Friday."
    assert annotate(text, "en").injured is None


# --- "the border with Libya", "the Libyan border": a border line, on no side of it -----------------------------------

def test_a_post_near_the_border_with_libya_is_abroad() -> None:
    text = ("Chad: nine soldiers killed near Libyan border\n"
            "SABHA - Gunmen killed nine Chadian civilians at a market in Zouar, close to the border with Libya, on "
            "Saturday, the Libya Observer reported, citing Chadian officials.")
    annotation = annotate(text, "en")
    assert annotation.incidents and annotation.in_libya is False


def test_a_harm_on_the_libyan_side_stays_in_libya() -> None:
    text = ("Three shepherds killed near Ghat\n"
            "SABHA - Gunmen killed three shepherds near Ghat, close to the border with Algeria, on Saturday, relatives "
            "told the Libya Observer.")
    annotation = annotate(text, "en")
    assert annotation.incidents and annotation.in_libya is True


# --- a passer-by or a bystander is a civilian -------------------------------------------------------------------

def test_passers_by_wounded_are_civilians() -> None:
    text = "A car bomb exploded outside a cafe in Misrata on Monday night, wounding three passers-by, the hospital said."
    assert annotate(text, "en").victim_status == "civilian"
