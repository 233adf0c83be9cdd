"""English news pass 51 (docs/labelling.md, "English news pass 51 (tune109en): victim categories and injured
counts"): the hurt told as a small child and a parent, as the subject of "in which", and as kin with their ages
between commas, checked on our own sentences (written by the rasad team; no real events)."""

from nlp.annotate import annotate
from tests.nlp.english_reading import counts


def categories(text: str) -> set[str]:
    return {c for i in annotate(text, "en").incidents for c in i.victim_categories}


# --- a toddler is one victim, as "a baby" -----------------------------------------------------------------------------


def test_a_toddler_and_his_grandfather_are_two_hurt() -> None:
    text = ("A toddler and his grandfather were wounded on Thursday when a mortar round fell on their yard in "
            "Zliten, the town's hospital said.")
    assert counts(text) == (None, 2)


def test_a_toddler_alone_is_one_hurt() -> None:
    text = "A toddler was wounded on Thursday when a mortar round fell on a yard in Zliten, the town's hospital said."
    assert counts(text) == (None, 1)


# --- the hurt as the subject of "in which" -----------------------------------------------------------------------------


def test_in_which_a_pharmacist_and_a_passer_by_were_hurt_is_two() -> None:
    text = ("The residents condemned an attack on a pharmacy in Zliten on Friday, in which a pharmacist and a passer-by "
            "were injured by gunfire.")
    assert counts(text) == (None, 2)


def test_in_which_nobody_was_hurt_stays_without_count() -> None:
    text = ("Residents condemned an attack on a pharmacy in Zliten on Friday, in which the windows and a door "
            "were damaged by gunfire.")
    assert counts(text)[1] is None


# --- kin told with their ages between commas: the ages are no count, and they give the categories -----------------


def test_two_brothers_with_their_ages_are_two_hurt_children() -> None:
    text = ("Two brothers, 8 and 13, injured this morning in Zliten when gunmen fired at a van near their home. "
            "Their uncle says they are in the clinic.")
    assert counts(text) == (None, 2)
    assert "children" in categories(text)


def test_sisters_aged_fifteen_and_twenty_are_girls_and_women() -> None:
    text = ("Two sisters, aged 15 and 20, were wounded by gunfire on Friday as fighting reached a suburb of Zliten, "
            "their uncle said.")
    assert counts(text) == (None, 2)
    assert {"girls", "children", "women"} <= categories(text)


def test_a_count_after_a_comma_is_still_the_count() -> None:
    text = "Clashes in Zliten on Friday left seven people, 3 of them badly, injured, the hospital said."
    assert counts(text)[1] != 13


def test_adult_brothers_with_their_ages_are_no_children() -> None:
    text = ("Two brothers, 31 and 35, were wounded on Friday when gunmen fired at their van near Zliten, their "
            "uncle said.")
    assert counts(text) == (None, 2)
    assert "children" not in categories(text)


# --- the trade a victim reports on is no victim category ------------------------------------------------------------


def test_a_reporter_covering_migrants_is_no_migrant() -> None:
    text = ("A reporter who covers migrant detention was beaten and wounded by two gunmen in Zliten on Friday, "
            "his editor said.")
    assert "journalists" in categories(text)
    assert "migrants" not in categories(text)


def test_a_migrant_reporter_hurt_stays_a_migrant() -> None:
    text = "A Sudanese migrant and a reporter were wounded by gunmen in Zliten on Friday, a doctor said."
    assert "migrants" in categories(text)


# --- a headline's hurt that the lead tells as casualties, some of them fatal -------------------------------------------


def test_headline_hurt_split_by_the_lead_casualties() -> None:
    text = ("Five wounded, two dead as shell hits Zliten market\n"
            "A shell that fell on a vegetable market in Zliten on Friday caused five casualties, two of them fatal, "
            "medics said.")
    assert counts(text) == (2, 3)


def test_headline_hurt_beside_a_lead_of_wounded_stays() -> None:
    text = ("Five wounded, two dead as shell hits Zliten market\n"
            "A shell that fell on a vegetable market in Zliten on Friday killed two people and wounded five others, "
            "medics said.")
    assert counts(text) == (2, 5)


# --- minors among a group of women are girls ------------------------------------------------------------------------


def test_minors_among_women_freed_are_girls() -> None:
    text = ("Police freed nine Eritrean women held by traffickers in a farmhouse near Kufra on Thursday, the "
            "prosecutor said. Three of the women were underage.")
    assert {"girls", "children"} <= categories(text)


def test_minors_among_men_freed_are_no_girls() -> None:
    text = ("Police freed nine Eritrean men held by traffickers in a farmhouse near Kufra on Thursday, the "
            "prosecutor said. Three of the men were underage.")
    assert "girls" not in categories(text)


def test_women_and_minors_are_two_groups() -> None:
    text = ("Police freed nine Eritrean women and four minors held by traffickers in a farmhouse near Kufra on "
            "Thursday, the prosecutor said.")
    assert "girls" not in categories(text)


# --- a later sentence giving the age of a share of the hurt ---------------------------------------------------------


def test_share_of_the_hurt_aged_sixteen_are_children() -> None:
    text = ("Six workers were wounded on Monday when a rocket hit a farm in Zliten, the municipality said. "
            "Two of them, aged 16, are still in training.")
    assert "children" in categories(text)


def test_a_speaker_aged_sixteen_after_the_harm_is_no_child() -> None:
    text = ("Six workers were wounded on Monday when a rocket hit a farm in Zliten, the municipality said. "
            "Their trainer, aged 45, said the school had no shelter.")
    assert "children" not in categories(text)


# --- fellow nationals counted as people -----------------------------------------------------------------------------


def test_two_of_his_compatriots_wounded_are_the_injured() -> None:
    text = ("A Nigerien herder was killed and two of his compatriots wounded when gunmen fired on their camp near "
            "Ubari on Monday, a doctor said.")
    assert counts(text) == (1, 2)


def test_compatriots_who_speak_are_no_toll() -> None:
    text = ("A Nigerien herder was shot dead near Ubari on Monday, and two of his compatriots said the gunmen wore "
            "uniforms, a doctor said.")
    assert counts(text) == (1, None)


# --- children drowned in a farm's pool or a pond: an accident -------------------------------------------------------


def test_children_drowned_in_an_irrigation_pond_is_an_accident() -> None:
    text = ("Three cousins drown in irrigation pond near Brak\n"
            "Three cousins aged 7 to 12 drowned in an irrigation pond on a farm near Brak on Friday, relatives said. "
            "Their bodies were pulled out by neighbours.")
    ann = annotate(text, "en")
    assert ann.incidents == ()
    assert ann.killed == 3


def test_migrants_drowned_at_sea_stay_as_before() -> None:
    text = "Twelve migrants drowned when their boat capsized off Zuwara on Friday, the IOM said."
    assert annotate(text, "en").killed == 12


# --- a court that jails traffickers abroad tells a verdict, no new incident -------------------------------------------


def test_a_court_jailing_traffickers_is_a_verdict() -> None:
    text = ("Sicily court jails three for trafficking women via Libya\n"
            "A court in Catania on Wednesday jailed three men for seven years for trafficking Eritrean women to Italy "
            "through Libya and forcing them into prostitution.")
    assert annotate(text, "en").incidents == ()


def test_traffickers_holding_women_stays_an_incident() -> None:
    text = ("Police freed nine Eritrean women held by traffickers in a farmhouse near Kufra on Thursday and jailed "
            "two guards, the prosecutor said.")
    assert "trafficking" in {i.type for i in annotate(text, "en").incidents}


def test_a_judge_jailed_by_an_armed_group_and_beaten_stays_an_incident() -> None:
    text = "A judge jailed by an armed group in Zliten on Friday was beaten in his cell, his family said."
    assert annotate(text, "en").incidents != ()


# --- people missing as the topic of data or a report: no disappearance ----------------------------------------------


def test_a_database_on_missing_children_is_no_disappearance() -> None:
    text = ("Aid agencies met in Tunis on Thursday on the protection of children crossing the Sahel. They agreed to "
            "build a database of missing children.")
    assert "enforced_disappearance" not in {i.type for i in annotate(text, "en").incidents}


def test_a_child_missing_since_gunmen_took_him_stays() -> None:
    text = ("A boy of 12 has been missing since gunmen took him from his school in Zliten on Thursday, and nobody "
            "knows where he is, his father said.")
    assert {i.type for i in annotate(text, "en").incidents} & {"enforced_disappearance", "abduction"}


def test_a_court_jailing_a_reporter_keeps_the_attack_on_the_press() -> None:
    text = ("An Egyptian court on Sunday jailed reporter Hana Fathi for two years over a report on fuel smuggling "
            "across the Libyan border.")
    assert "attack_on_civil_society" in {i.type for i in annotate(text, "en").incidents}
