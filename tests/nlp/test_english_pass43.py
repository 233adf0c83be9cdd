"""English pass 43 (tune93en): counts and incident decisions in short English items (wire flashes, hospital and Red
Crescent posts): the hurt told with "was / were hurt", accidents told by fireworks, an oven blast or sea currents, a
month's road toll, the last wounded leaving hospital, victims named by their trade or as a colleague
(docs/labelling.md, "English news pass 43"). Our own sentences, not the tune set's (other names, places and wording);
each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def result(text: str):
    return annotate(text, "en")


def types(text: str) -> set[str]:
    return {i.type for i in result(text).incidents}


# --- the hurt told by "was / were hurt" --------------------------------------------------------------------------------

def test_colleague_was_hurt_counts() -> None:
    text = ("A municipal guard was shot dead and a colleague was hurt when a motorist they had flagged down in "
            "Gharyan opened fire on Friday, the security directorate said.")
    a = result(text)
    assert (a.killed, a.injured) == (1, 1)
    assert "injury" in types(text)


def test_people_were_hurt_in_fighting_is_an_incident() -> None:
    text = ("At least five people were hurt in overnight fighting in Janzour, the ambulance service said on "
            "Saturday.")
    a = result(text)
    assert a.injured == 5
    assert a.is_incident


def test_feelings_hurt_is_no_injury() -> None:
    # the look-alike: a thing, not a person, hurt
    text = "Traders in Misrata said their sales were hurt by the closure of the coastal road on Sunday."
    a = result(text)
    assert not a.is_incident
    assert a.injured is None


def test_nobody_was_hurt_stays_none() -> None:
    text = "A shell fell on an empty field near Tarhuna on Monday; nobody was hurt, residents said."
    assert result(text).injured is None


# --- accidents told by fireworks, an oven blast, sea currents, road crashes ---------------------------------------------

def test_fireworks_burns_are_an_accident() -> None:
    text = ("Nine boys were treated for burns from fireworks during Eid celebrations in Bani Walid, the town's "
            "hospital said on Sunday.")
    a = result(text)
    assert not a.is_incident
    assert a.injured == 9


def test_celebratory_gunfire_stays_an_incident() -> None:
    # the look-alike: gunfire at a feast has a shooter (the guide, twelfth session)
    text = ("Two boys were wounded by celebratory gunfire during Eid celebrations in Bani Walid on Sunday, the "
            "town's hospital said.")
    assert result(text).is_incident


def test_oven_blast_is_an_accident() -> None:
    text = ("Four bakers were treated for burns after a gas oven exploded at a bakery in Gharyan on Friday, the "
            "hospital said.")
    a = result(text)
    assert not a.is_incident
    assert a.injured == 4


def test_bomb_at_bakery_stays_an_incident() -> None:
    text = ("Four bakers were wounded when a bomb planted by gunmen exploded at a bakery in Gharyan on Friday, the "
            "hospital said.")
    assert result(text).is_incident


def test_swimmers_swept_by_currents_are_an_accident() -> None:
    text = ("A boy drowned and his cousin was taken to hospital after strong currents dragged them out at Tolmeita "
            "beach on Saturday, the coast guard said.")
    a = result(text)
    assert not a.is_incident
    assert (a.killed, a.injured) == (1, 1)


def test_companion_told_without_care_is_not_counted() -> None:
    # the look-alike: the companion named, no care told
    text = ("A boy drowned and his cousin was questioned by police after strong currents dragged them out at "
            "Tolmeita beach on Saturday, the coast guard said.")
    a = result(text)
    assert a.killed == 1
    assert a.injured is None


def test_month_of_road_crashes_is_a_figure() -> None:
    text = ("Twenty-two people died and 95 were injured in road crashes in Misrata during April, the traffic "
            "department said in its monthly report.")
    a = result(text)
    assert not a.is_incident
    assert (a.killed, a.injured) == (None, None)


def test_one_crash_keeps_its_counts() -> None:
    # the look-alike: one crash on a named day is an accident with its counts, not a month's figure
    text = "Three people died and two were injured when their car overturned near Misrata on Monday, police said."
    a = result(text)
    assert not a.is_incident
    assert (a.killed, a.injured) == (3, 2)


def test_a_day_named_beside_the_month_keeps_the_event() -> None:
    # the look-alike: "during April" beside a day named tells the event, not a month's figure
    text = ("Gunmen shot dead two farmers near Ubari on Wednesday, the third such attack during April, relatives "
            "said.")
    a = result(text)
    assert a.is_incident
    assert a.killed == 2


# --- the last wounded leaving hospital ---------------------------------------------------------------------------------

def test_last_wounded_discharged_long_subject() -> None:
    text = ("Last two wounded in Gharyan bus station bombing go home\nThe last two people wounded in the March car "
            "bomb attack at Gharyan's main bus station were discharged from the city hospital on Sunday.")
    a = result(text)
    assert not a.is_incident
    assert a.injured is None


def test_wounded_then_discharged_same_sentence_with_number_stays() -> None:
    # the look-alike: the blast's own count, then who left
    text = ("Seven people were wounded in a car bomb attack at Gharyan's main bus station on Sunday, and two of them "
            "were discharged.")
    assert result(text).is_incident


# --- victims named by their trade or as a colleague -------------------------------------------------------------------

def test_electrician_died_counts_one() -> None:
    text = ("A plumber died and a colleague was injured when a wall fell on them at a building site in Sabratha on "
            "Tuesday, the municipality said.")
    a = result(text)
    assert (a.killed, a.injured) == (1, 1)


def test_colleague_word_in_speaker_is_no_victim() -> None:
    # the look-alike: a colleague who speaks is no victim
    text = "Gunmen shot dead a nurse in Zliten on Monday, a colleague told reporters."
    a = result(text)
    assert a.killed == 1
    assert a.injured is None


# --- "minor" as a degree of harm in a range ----------------------------------------------------------------------------

def categories(text: str) -> set[str]:
    return {c for i in annotate(text, "en").incidents for c in i.victim_categories}


def test_minor_to_serious_is_no_child() -> None:
    text = ("Gunmen stormed a clinic in Gharyan on Monday and beat its guards, who suffered injuries from minor to "
            "serious, the health ministry said.")
    assert "children" not in categories(text)


def test_a_minor_hurt_stays_a_child() -> None:
    # the look-alike: "a minor" named as the one hurt
    text = "Gunmen opened fire on a car in Gharyan on Monday, wounding a minor, the health ministry said."
    assert "children" in categories(text)


# --- smoke breathed, treated ------------------------------------------------------------------------------------------

def test_smoke_inhalation_treated_counts_on_an_accident() -> None:
    text = ("Four workers were treated for smoke inhalation after a fire broke out at a paint shop in Zliten on "
            "Thursday, the civil defence said.")
    a = result(text)
    assert not a.is_incident
    assert a.injured == 4


def test_dump_smoke_sends_pupils_to_hospital() -> None:
    text = ("Seven pupils were taken to Gharyan Central Hospital with breathing problems on Monday after smoke from "
            "a burning rubbish dump drifted over their classrooms, teachers said.")
    a = result(text)
    assert not a.is_incident
    assert a.injured == 7


def test_smoke_complaints_without_care_count_nobody() -> None:
    # the look-alike: smoke breathed, nobody treated
    text = ("Residents of Gharyan complained of breathing problems on Monday after smoke from a burning rubbish dump "
            "drifted over the town.")
    a = result(text)
    assert not a.is_incident
    assert a.injured is None


# --- a nationality told of people unplaces no Libyan village ---------------------------------------------------------

def test_migrants_nationality_keeps_libyan_village() -> None:
    text = ("Sudanese migrants were beaten when armed men raided a farm where they worked in Qasr al Jady on "
            "Wednesday, IOM said.")
    a = result(text)
    assert a.in_libya
    assert any(p.id.startswith("ly-") for p in a.places if p.name == "Qasr al Jady")


def test_foreign_body_still_unplaces_a_village() -> None:
    # the look-alike: a foreign body acting (no people's nationality): the village may be a namesake there
    text = "Egyptian police raided a farm in Qasr al Jady on Wednesday and beat two workers, residents said."
    a = result(text)
    assert not any(p.id.startswith("ly-") for p in a.places if p.name == "Qasr al Jady")


# --- one victim killed "with" others counted ---------------------------------------------------------------------------

def test_killed_with_two_patients_is_three() -> None:
    text = ("A nurse working at a field clinic near Kufra was killed with two patients when a shell struck the tent "
            "on Friday, the health ministry said.")
    assert result(text).killed == 3


def test_killed_with_two_shots_is_one() -> None:
    # the look-alike: "with" a weapon or shots, no people
    text = "A shopkeeper in Kufra was killed with two shots to the head on Friday, the health ministry said."
    assert result(text).killed == 1


# --- an "x" breakdown after a count of its own -------------------------------------------------------------------------

def test_x_breakdown_after_count_keeps_the_count() -> None:
    text = ("Red Crescent Zliten: our volunteers carried 4 injured (x3 men, x1 boy) from the coastal road after "
            "gunmen fired on a van this morning.")
    assert result(text).injured == 4


def test_x_count_after_the_word_still_reads() -> None:
    # the look-alike: the post's own count told as "x" after the casualty word
    text = "Zliten: gunmen fired on a van on the coastal road this morning, injured x4, our volunteers said."
    assert result(text).injured == 4
