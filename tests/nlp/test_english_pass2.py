"""English news pass 2 (docs/labelling.md, "English news pass 2 (tune10en)"): kinds the English side still got
wrong after the first pass, checked on our own sentences (written by the rasad team in the style of wire and
Libyan English outlets; no real events)."""

import pytest

from tests.nlp.english_reading import counts, types

# --- proceedings: a harm named as a charge is what a trial is about, not the news -------------------------------

@pytest.mark.parametrize("text", [
    ("A military court in Benghazi opened the trial of nine men on Sunday. The charges included the murder of "
     "a judge and the bombing of a police station in 2017."),
    ("Prosecutors at the International Criminal Court charged a former militia commander with crimes against "
     "humanity, saying he was accused of ordering the torture and killing of prisoners in Tarhuna."),
    "A Tripoli court convicted two former guards over the beating and torture of inmates at a prison in 2019.",
])
def test_harm_named_as_a_charge_is_no_incident(text: str) -> None:
    assert not types(text)


# --- goods trafficked are no human trafficking --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police in Zawiya arrested a man wanted for drug trafficking on Thursday, the security directorate said.",
    "The coast guard said the crew faced charges of arms trafficking and fuel smuggling.",
])
def test_drug_or_arms_trafficking_is_no_trafficking(text: str) -> None:
    assert "trafficking" not in types(text)


def test_human_trafficking_still_is() -> None:
    assert "trafficking" in types("Migrants held by traffickers in Kufra said they were sold and forced to work "
                                  "without pay, a rights group said.")


# --- a damage denied -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Port officials said no ships or warehouses were damaged when shots were fired near the gate.",
    "The power station was not damaged, the electricity company said after the gunfire stopped.",
])
def test_damage_denied_is_no_attack_on_property(text: str) -> None:
    assert "attack_on_property_or_infrastructure" not in types(text)


def test_damage_stated_still_is() -> None:
    assert "attack_on_property_or_infrastructure" in types(
        "Several homes were damaged when shells struck the Ain Zara district on Monday, residents said.")


# --- statistics over months or years ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The envoy said the mission had recorded 27 civilian deaths in the past three months.",
    "A monitoring group said it had documented 19 killings of civilians over the last four months.",
])
def test_a_period_tally_is_no_incident(text: str) -> None:
    assert not types(text)


# --- anniversaries ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Relatives gathered in Derna on Saturday to mark three years since their sons were killed in the shelling.",
    "Hundreds marched in Misrata to mark the day the journalists were killed, carrying their photographs.",
])
def test_a_commemoration_is_no_incident(text: str) -> None:
    assert "killing" not in types(text)


# --- an attacker killed during his attack ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police shot dead the driver of a truck packed with explosives at a checkpoint near Ajdabiya on Monday.",
    "Soldiers killed the driver of a van rigged with explosives outside the barracks, the army said.",
])
def test_an_attacker_killed_is_no_killing(text: str) -> None:
    assert "killing" not in types(text)


def test_a_driver_shot_dead_still_is() -> None:
    assert "killing" in types("Gunmen shot dead the driver of a minibus on the coastal road near Garabulli.")


@pytest.mark.parametrize("text", [
    "No one knows why the teacher was killed outside his school in Sirte on Sunday.",
    "Police had no suspects in custody after a shopkeeper was shot dead in Zawiya.",
])
def test_a_negation_in_another_clause_denies_nothing(text: str) -> None:
    assert "killing" in types(text)


# --- gunfire is no fire, an attempted escape no foiled attack --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two detainees were killed when guards opened fire during an attempted escape from a prison in Gharyan.",
    "A migrant was wounded after soldiers opened fire on a crowd at the border crossing near Ghat.",
])
def test_gunfire_is_no_accident(text: str) -> None:
    assert types(text) & {"killing", "injury"}


# --- counts -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # bodies recovered are no epidemic's recoveries
    ("Rescuers recovered four bodies from the rubble of a house in Ain Zara on Tuesday.", 4, None),
    # other people, "of their family", "of his companions", "of the group"
    ("A boy was killed and three other members of his family wounded when a shell hit their home in Tajoura.",
     1, 3),
    ("A shopkeeper was shot dead in Zliten, and two of his neighbours were also hurt.", 1, 2),
    ("Four of the group died of their wounds on the way to hospital, a medic in Kufra said.", 4, None),
    ("A man was stabbed to death and two passers-by were injured in a market in Sabha.", 1, 2),
    # a dozen
    ("A dozen people were wounded when a car bomb exploded outside a mosque in Benghazi.", None, 12),
])
def test_english_people_counted(text: str, killed: int | None, injured: int | None) -> None:
    assert counts(text) == (killed, injured)


def test_english_hurt_after_a_number() -> None:
    assert counts("Two dead, seven hurt as gunmen attack a wedding party in Ubari")[1] == 7


def test_the_missing_are_not_killed() -> None:
    assert counts("Five migrants drowned and 30 others are missing after a dinghy sank off Sabratha, the Red "
                  "Crescent said.")[0] == 5


def test_treated_people_are_injured() -> None:
    assert counts("Doctors in Zuwara said they treated nine migrants for gunshot wounds after guards fired on "
                  "them.")[1] == 9


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A nurse working for a charity clinic in Misrata was beaten by two men on Thursday and treated for bruises.",
     None, 1),
    ("Journalist Ali Salem was shot in the arm by gunmen outside his home in Sirte.", None, 1),
    ("A Sudanese worker died in hospital in Tripoli two days after he was attacked by a gang.", 1, None),
])
def test_english_single_victims(text: str, killed: int | None, injured: int | None) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A mother and her two sons were killed when a rocket struck their flat in Tajoura.", 3, None),
    ("A farmer and his young nephew were wounded by a landmine south of Tripoli.", None, 2),
])
def test_english_joined_victims(text: str, killed: int | None, injured: int | None) -> None:
    assert counts(text) == (killed, injured)


@pytest.mark.parametrize("text", [
    "More than 250 bodies have been recovered in the area since 2020, the search authority said.",
    "At least 400 people have been killed in the city since the start of the war, a monitor said.",
])
def test_a_cumulative_figure_since_a_year_is_no_toll(text: str) -> None:
    assert counts(text)[0] is None


def test_a_toll_since_a_weekday_is_counted() -> None:
    assert counts("Six people have been killed in Tripoli since Monday, when fighting broke out.")[0] == 6


def test_wounds_on_bodies_are_no_injury() -> None:
    assert types("Police found the bodies of three young farm workers bearing gunshot wounds outside Gharyan.") == {"killing"}


@pytest.mark.parametrize("text", [
    "Two guards suffered gunshot wounds when the convoy was ambushed near Brak, a medic said.",
    "A taxi driver was shot in the leg at a checkpoint in Tajoura on Sunday night.",
])
def test_gunshot_wounds_are_an_injury(text: str) -> None:
    assert "injury" in types(text)


def test_a_headline_open_fire_is_no_accident_frame() -> None:
    text = ("Prisoner killed as guards open fire in Jdeida jail\nOne prisoner was killed and three others wounded when "
            "guards opened fire on inmates protesting over food at Jdeida prison in Tripoli on Monday, a lawyer said.")
    assert {"killing", "injury"} <= types(text)


def test_beating_someone_is_an_injury() -> None:
    text = "Masked men stormed a pharmacy in Gharyan on Friday, beating the owner and his assistant, police said."
    assert "injury" in types(text)


def test_a_headline_dies_after_beating_counts_no_injured_victim() -> None:
    text = ("Teenager dies after beating by police in Zawiya\nA 17-year-old boy died in hospital in Zawiya on Friday, "
            "two days after he was beaten at a police station, his family said. Two of his friends were also hurt.")
    assert counts(text) == (1, 2)


@pytest.mark.parametrize("text", [
    "A man convicted of theft last year was shot dead by gunmen in Tripoli on Sunday.",
    "Gunmen accused of links to a militia killed two farmers near Gharyan, residents said.",
])
def test_a_charge_before_the_sentence_own_killing_keeps_it(text: str) -> None:
    assert "killing" in types(text)


def test_an_accented_name_keeps_the_english_count_rules() -> None:
    assert counts("Two of his companions were also hurt when gunmen fired on José Ramírez's car.")[1] == 2
