"""English pass 17 (tune39en): injured counts told by care in a sentence of their own, apart from the harm word
(docs/labelling.md, "English news pass 17"). Our own sentences, not the tune set's."""
from nlp.annotate import annotate


def injured(text: str) -> int | None:
    return annotate(text, "en").injured


def test_people_of_a_group_taken_to_hospital_count_hurt() -> None:
    text = ("At least nine migrants drowned when their boat capsized off Sabratha on Tuesday, the Red Crescent said. "
            "Volunteers pulled 40 people from the water, seven of whom were taken to hospital with hypothermia.")
    assert injured(text) == 7


def test_a_bare_number_taken_to_hospital_counts_hurt() -> None:
    text = ("Police freed 15 workers held by a gang in a farm near Tarhuna, many of them bearing signs of torture, "
            "and five were rushed to hospital in Tarhuna, the police said.")
    assert injured(text) == 5


def test_the_treated_among_the_beaten_count_hurt() -> None:
    text = ("At least ten protesters were beaten by security forces in Martyrs' Square in Tripoli on Friday, witnesses said. "
            "Three of the men, including a diabetic man in his sixties, were treated for broken ribs at a nearby "
            "clinic.")
    assert injured(text) == 3


def test_the_dead_taken_to_a_morgue_are_not_hurt() -> None:
    text = ("Gunmen shot dead four men at a checkpoint near Gharyan on Monday. The four bodies were taken to the "
            "hospital morgue.")
    assert injured(text) is None


def test_players_taken_to_hospital_are_no_casualty_count() -> None:
    text = ("A Misrata defender broke his ankle in the derby on Saturday. Three players were taken to hospital for "
            "checks after a clash of heads.")
    assert injured(text) is None


def test_an_age_before_were_is_no_count() -> None:
    text = ("The bodies of six migrants were found in the desert near Kufra, the Red Crescent said. Survivors, "
            "among them a 15-year-old girl, were taken to Kufra hospital.")
    assert injured(text) is None


def test_a_kin_named_before_a_number_is_one_more_hurt() -> None:
    text = ("A farmer was shot dead and his son and two young daughters wounded when gunmen fired on their pick-up "
            "near Gharyan on Sunday, relatives said.")
    assert injured(text) == 3


def test_a_kin_not_joined_to_the_number_adds_nothing() -> None:
    text = ("A farmer was shot dead and his brother said two shepherds were wounded when gunmen fired on their "
            "pick-up near Gharyan on Sunday, relatives said.")
    assert injured(text) == 2


def test_one_victim_joined_after_a_number_shares_its_verb() -> None:
    text = "Two Tunisian drivers and a Chadian boy injured when a mortar round hit a car park in Tripoli tonight."
    assert injured(text) == 3


def test_one_victim_joined_after_a_beating_with_no_verb_of_its_own_adds_nothing() -> None:
    text = ("Gunmen stormed a clinic in Zawiya on Monday night, beat three nurses and a guard and smashed the windows. "
            "The three nurses suffered bruises, the clinic's manager said.")
    assert injured(text) == 3


def test_one_definite_victim_in_intensive_care_is_one_hurt() -> None:
    text = ("A shopkeeper and his elderly father were beaten and robbed by masked men in their shop in Gharyan "
            "overnight. The father is in intensive care at Gharyan hospital.")
    assert injured(text) == 1


def test_another_hurt_after_a_death_is_one() -> None:
    text = ("A shepherd was killed and another wounded on Friday when a landmine exploded near their flock south of "
            "Sirte, the municipality said.")
    assert injured(text) == 1


def test_in_english_the_one_of_a_beaten_group_told_hurt_is_the_count() -> None:
    text = ("Armed men stormed a clinic in Sabha on Monday, beat a doctor and a nurse and smashed the "
            "pharmacy. The nurse needed stitches at the town hospital.")
    assert injured(text) == 1


def test_a_beaten_group_with_no_wound_still_counts_nobody() -> None:
    text = ("Armed men stormed a clinic in Sabha on Monday, beat a doctor and a nurse and smashed the "
            "pharmacy, the director said.")
    assert injured(text) is None


def categories(text: str) -> set[str]:
    return {c for i in annotate(text, "en").incidents for c in i.victim_categories}


def test_a_pharmacist_killed_is_a_medic() -> None:
    text = "Gunmen shot dead a pharmacist in his shop in Zliten on Sunday night and fled with the cash, police said."
    assert "medics" in categories(text)


def test_a_correspondent_and_a_camerawoman_beaten_are_journalists_and_a_woman() -> None:
    text = ("A correspondent and a camerawoman were beaten by guards while filming a protest in Misrata today. "
            "Both were treated at Misrata Medical Centre.")
    assert {"journalists", "women"} <= categories(text)
