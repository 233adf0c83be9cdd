"""English pass 58 (tune121en): killed counts and actors in medium-long articles (docs/labelling.md, "English news
pass 58"): holidaymakers counted by a number, a toll that "has reached" its figure, a toll whose fighters' share is not
said, the health ministry's later, fuller toll, a "fire attack" (arson, no accident), a visit story's damage, forces named
by the command they follow, a Libyan town's spelling. Our own sentences, not the
tune set's (other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def _killed(text: str) -> int | None:
    return annotate(text, "en").killed


def _actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


# --- holidaymakers counted by a number, as tourists -------------------------------------------------------------------

def test_holidaymakers_counted_by_a_number() -> None:
    assert _killed("Three Algerian holidaymakers were killed and nine hurt when their minibus left the road near "
                   "Tabarka on Saturday, the civil protection said.") == 3
    assert _killed("Four vacationers died when their car hit a lorry near Hammamet, police said.") == 4


def test_holidaymakers_without_a_number_count_nobody() -> None:
    # the look-alike: a season's holidaymakers with no casualty word are no count
    assert _killed("Some 20,000 holidaymakers crossed the Ras Ajdir border this week, officials said.") is None


# --- a toll that "has reached" its figure -----------------------------------------------------------------------------

def test_toll_that_has_reached_a_figure_is_the_count() -> None:
    text = ("The death toll from two days of clashes in Gharyan has reached 14, the town's medical centre said on "
            "Sunday.")
    assert _killed(text) == 14
    assert _killed("The death toll from the shelling of Tajoura reached 8 on Monday, medics said.") == 8


def test_reached_a_figure_without_a_toll_counts_nothing_new() -> None:
    # the look-alike: temperatures or talks that reached a figure, no toll word before them
    assert _killed("Temperatures reached 46 degrees in Ghadames on Friday as the power cuts went on.") is None


# --- a toll whose fighters' share the source does not say: unknown, an incident --------------------------------------

def test_toll_without_the_fighters_share_is_unknown_not_fighters_only() -> None:
    a = annotate("Sixteen people were killed in clashes in Sabratha on Friday, the hospital said, without saying how "
                 "many of the dead were fighters.", "en")
    assert a.victim_status == "unknown" and a.is_incident
    b = annotate("Nine people died in the fighting in Tarhuna, medics said. It was not clear how many of them were "
                 "fighters.", "en")
    assert b.victim_status == "unknown"


def test_fighters_killed_stay_fighters_only() -> None:
    # the look-alike: the dead told as fighters, with no doubt stated
    a = annotate("Sixteen fighters were killed in clashes between two armed groups in Sabratha on Friday, the "
                 "hospital said.", "en")
    assert a.victim_status == "combatant" and not a.is_incident


# --- the health ministry's later, fuller toll of the dead -------------------------------------------------------------

def test_health_ministry_fuller_toll_raises_the_first() -> None:
    text = ("Ministry raises Salah al-Din rocket toll to four\n"
            "At least two civilians were killed when rockets hit homes in Tripoli's Salah al-Din district on "
            "Wednesday, residents said.\n"
            "On Thursday the Ministry of Health of the Government of National Unity said four people had died, "
            "among them a girl, and that six others were being treated.")
    assert _killed(text) == 4


def test_health_ministry_smaller_figure_does_not_lower() -> None:
    # the look-alike: a smaller figure of the ministry leaves the first toll (raising only)
    text = ("Rockets hit Salah al-Din homes\n"
            "Six civilians were killed when rockets hit homes in Tripoli's Salah al-Din district on Wednesday, "
            "residents said.\n"
            "On Thursday the Ministry of Health of the Government of National Unity said four people had died and "
            "that six others were being treated.")
    assert _killed(text) == 6


# --- a "fire attack" is arson, no accident ---------------------------------------------------------------------------

def test_fire_attack_headline_is_an_incident() -> None:
    text = ("Egyptian couple killed in shop fire attack in Misrata\n"
            "An Egyptian man and his wife were killed when attackers set fire to their grocery in Misrata on "
            "Sunday night, police said.")
    a = annotate(text, "en")
    assert a.is_incident and {i.type for i in a.incidents} == {"killing"}


def test_house_fire_stays_an_accident() -> None:
    # the look-alike: a house fire with no attack is an accident
    text = ("Two children killed in house fire in Misrata\n"
            "Two children died when a gas heater set their home alight in Misrata on Sunday night, the civil "
            "defence said.")
    assert not annotate(text, "en").is_incident


# --- a visit story's damage is the earlier event's -------------------------------------------------------------------

def test_visit_headline_frames_out_the_damage_told() -> None:
    text = ("Interior minister visits wounded of Janzour fighting\n"
            "The interior minister visited the wounded of last week's fighting in Janzour at a Tripoli hospital on "
            "Monday.\n"
            "A committee was formed to assess damage to houses and shops in the district.")
    assert not annotate(text, "en").is_incident


def test_damage_without_a_visit_headline_stays_an_attack_on_property() -> None:
    # the look-alike: shelling that damaged houses, told as the news itself
    text = ("Shells damage houses in Janzour\n"
            "Shells fired by an armed group damaged three houses and a shop in Janzour on Monday, residents said.")
    assert "attack_on_property_or_infrastructure" in {i.type for i in annotate(text, "en").incidents}


# --- forces named by the command or the commander they follow, with no body's own name --------------------------------

def test_forces_loyal_to_a_command_are_listed_whole() -> None:
    text = ("A shell killed two women in Wadi al-Rabie on Friday, residents said. They said it was fired by forces "
            "loyal to the eastern-based command.")
    assert "forces loyal to the eastern-based command" in _actors(text)
    text2 = ("Two civilians were shot dead at a checkpoint in Tajoura on Friday, witnesses said. The shots came from "
             "gunmen loyal to a local commander known as al-Dabbashi.")
    assert "gunmen loyal to a local commander known as al-Dabbashi" in _actors(text2)


def test_forces_loyal_to_an_unnamed_commander_alone_are_not_listed() -> None:
    # the look-alike: a commander with no name, place or command, as in a background sentence
    text = ("Two civilians were shot dead at a checkpoint in Tajoura on Friday, witnesses said. The area has seen "
            "clashes between fighters loyal to a local commander and a rival faction.")
    assert not any("loyal" in a for a in _actors(text))


# --- a Libyan town's English spelling ---------------------------------------------------------------------------------

def test_ajaylat_spelling_is_a_libyan_place() -> None:
    a = annotate("Three men were shot dead in Ajaylat on Sunday in a family feud, residents said.", "en")
    assert a.in_libya and "Ajaylat" in {p.name for p in a.places}


# --- a sentence's day before a body's name is no part of it ---------------------------------------------------------

def test_day_opening_the_sentence_is_not_part_of_the_body() -> None:
    text = ("Two men were shot dead in Sabratha on Monday. On Wednesday the Ministry of Health of the Government of "
            "National Unity said a third man had died.")
    names = _actors(text)
    assert "Ministry of Health of the Government of National Unity" in names
    assert not any(n.startswith("On ") for n in names)


def test_a_body_named_on_a_day_keeps_its_name() -> None:
    # the look-alike: a body whose own name holds a capitalised word before the head stays whole
    text = "Two men were shot dead in Sabratha on Monday, the Libyan Red Crescent said on Tuesday."
    assert "Libyan Red Crescent" in _actors(text)


# --- a charge brought over an earlier act is a proceeding -------------------------------------------------------------

def test_charge_over_torture_abroad_is_no_incident() -> None:
    text = ("Dutch prosecutors charge Eritrean man over abuse of migrants in Bani Walid camps\n"
            "Dutch prosecutors have charged an Eritrean man with torturing and extorting migrants held in camps near "
            "Bani Walid between 2016 and 2019, the prosecution service said on Tuesday.\n"
            "Prosecutors say he beat detainees and that two died after beatings.")
    assert not annotate(text, "en").is_incident


def test_headline_with_its_own_killing_beside_a_charge_stays_an_incident() -> None:
    # the look-alike: gunmen's killing in the headline is the news, whatever charge is named later
    text = ("Gunmen kill two men at Zawiya checkpoint\n"
            "Gunmen killed two men at a checkpoint in Zawiya on Monday, residents said. Police later charged a "
            "suspect over the shooting.")
    assert annotate(text, "en").is_incident


# --- one victim in care told past an apposition -----------------------------------------------------------------------

def test_victim_in_care_after_an_apposition_is_one_injured() -> None:
    text = ("A Chadian man was shot dead by robbers in Sabha on Friday, police said. The brother, a driver who had "
            "come from Ubari, was treated for cuts.")
    assert annotate(text, "en").injured == 1


def test_victim_arrested_after_an_apposition_is_no_injured() -> None:
    # the look-alike: the apposition's "was" opens no care
    text = ("A Chadian man was shot dead by robbers in Sabha on Friday, police said. The brother, a driver who had "
            "come from Ubari, was arrested.")
    assert annotate(text, "en").injured is None


# --- the fare traffickers charged is no abuse -------------------------------------------------------------------------

def test_fare_charged_by_traffickers_is_no_trafficking() -> None:
    text = ("Eleven migrants drowned when their dinghy sank near Malta on Friday, the Maltese army said. Survivors "
            "said traffickers in Libya had charged each of them 3,500 euros for the crossing.")
    a = annotate(text, "en")
    assert "trafficking" not in {i.type for i in a.incidents} and not a.in_libya


def test_traffickers_holding_migrants_stay_trafficking() -> None:
    # the look-alike: traffickers who held and beat people, with no fare told
    text = "Survivors said traffickers in Bani Walid had held them for months and beaten them."
    assert "trafficking" in {i.type for i in annotate(text, "en").incidents}


# --- a criminal court keeps its town, as a military court does ------------------------------------------------------

def test_criminal_court_in_a_town_is_listed_whole() -> None:
    text = ("A criminal court in Gharyan on Monday sentenced four men to death for the 2022 killing of a shop owner, "
            "prosecutors said.")
    names = _actors(text)
    assert "criminal court in Gharyan" in names and "criminal court" not in names


def test_criminal_court_without_a_town_stays_bare() -> None:
    # the look-alike: the court named with no town
    assert "criminal court" in _actors("The criminal court said the four men had killed the shop owner in 2022.")


# --- an unnamed unit told by its town ---------------------------------------------------------------------------------

def test_town_based_brigade_is_listed_whole() -> None:
    text = "Gunmen executed three captured fighters of a Misrata-based brigade near Sirte on Friday, a rights group said."
    a = annotate(text, "en")
    assert "Misrata-based brigade" in {x.name for x in a.actors}
    assert "Misrata" in {p.name for p in a.places}  # the town stays a place


def test_town_based_outlet_is_no_unit() -> None:
    # the look-alike: a town-based body that is no armed unit
    text = "Two men were shot dead near Sirte on Friday, a Misrata-based news site said."
    assert not any("based" in a for a in _actors(text))
