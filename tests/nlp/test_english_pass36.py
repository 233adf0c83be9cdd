"""English pass 36 (tune79en): injured and killed counts as English sources tell them (casualties split into the dead
and the hurt, a wounded victim who died later, others hit in the same shooting), tear gas that caused suffocation,
and actors (a clash's two unnamed parties, the UN mine action service, a demining NGO) (docs/labelling.md, "English
news pass 36"). Our own sentences, not the tune set's (other names, places and wording); each rule has a look-alike
that must not change."""
from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {c.type for c in annotate(text, "en").incidents}


def counts(text: str) -> tuple[int | None, int | None]:
    a = annotate(text, "en")
    return a.killed, a.injured


def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


# --- casualties split into the dead and the hurt --------------------------------------------------------------------

def test_casualties_one_of_whom_died() -> None:
    text = ("Rocket fire on a school for displaced families in Qasr Bin Ghashir caused six casualties on Thursday, "
            "two of whom died, the municipal council said.")
    assert {"killing", "injury"} <= types(text)
    assert counts(text) == (2, 4)  # casualties are the dead and the hurt together (thirteenth-session answer)


def test_casualties_of_them_fatal() -> None:
    text = "Shells hit homes in Wadi al-Rabie overnight, leaving seven casualties, one of them fatal, residents said."
    assert {"killing", "injury"} <= types(text)
    assert counts(text) == (1, 6)


def test_casualties_statistic_is_no_split() -> None:
    # the look-alike: a year's tally of casualties, some of them children, is no event and no split
    text = ("The agency said landmines have caused 52 casualties in Libya so far this year, 20 of them children, "
            "and warned that clearance funds were running out.")
    assert not annotate(text, "en").incidents


# --- a wounded victim who died later, and the others hit beside him -------------------------------------------------

def test_wounded_victim_died_later() -> None:
    text = ("Teenager shot at wedding in Murzuq dies\n"
            "A 15-year-old girl wounded by celebratory gunfire at a wedding in Murzuq last month died on Sunday at "
            "Ubari hospital, her uncle said. Three other guests hit in the same shooting are recovering.")
    assert "killing" in types(text)
    assert counts(text) == (1, 3)


def test_wounded_victim_recovering_is_no_death() -> None:
    # the look-alike: the wounded man did not die; the one who died is another man
    text = ("A man wounded by a stray bullet in Murzuq last month is recovering at home, his brother said, adding "
            "that the family had not been told who fired.")
    assert counts(text)[0] is None


# --- tear gas that caused suffocation -------------------------------------------------------------------------------

def test_tear_gas_causing_suffocation_cases() -> None:
    text = ("Tear gas fired at Zliten sit-in\n"
            "Riot police in Zliten fired tear gas on Thursday at crowds protesting over fuel shortages, causing "
            "several cases of suffocation, a resident said.")
    assert "injury" in types(text)
    assert counts(text)[1] is None  # "several cases": no number


def test_tear_gas_with_no_harm_is_no_incident() -> None:
    # the look-alikes: tear gas fired with nobody said to be hurt; suffocation in a house fire
    assert not annotate("Police fired tear gas at protesters in Zliten on Thursday, a resident said.", "en").incidents
    assert not annotate("A fire in a flat in Zliten caused three cases of suffocation, the civil defence said.",
                        "en").incidents


# --- actors ---------------------------------------------------------------------------------------------------------

def test_clash_parties_and_mine_action_bodies() -> None:
    text = ("Four civilians were wounded in Brak when two tribal armed groups exchanged fire near the market, "
            "and a child was hurt when two armed factions clashed in Sabha, according to Handicap International "
            "and the UN Mine Action Service (UNMAS).")
    found = actors(text)
    assert {"two tribal armed groups", "two armed factions", "Handicap International", "UNMAS",
            "UN Mine Action Service"} <= found
    # the look-alike: bare "armed factions" in a general sentence is no actor added
    assert "armed factions" not in actors("Armed factions still control much of the south, the report said.")


def test_headline_wounded_victim_dies() -> None:
    text = ("Man wounded in Sabha clashes dies\n"
            "A man wounded in clashes in Sabha last week died on Tuesday, a hospital source said.")
    assert counts(text) == (1, None)  # his wound is the dead man's own, no one else hurt
    # the look-alike: a man wounded, two others died: the wounded man stays hurt
    text = "A man was wounded and two others died when gunmen fired on a car in Sabha on Tuesday, police said."
    assert counts(text) == (2, 1)


# --- a victim told by an age alone ------------------------------------------------------------------------------------

def test_age_alone_at_the_end_is_a_child() -> None:
    text = "Guards opened fire inside the detention centre in Zuwara on Friday, wounding nine migrants, among them a 15-year-old."
    cats = {c for i in annotate(text, "en").incidents for c in i.victim_categories}
    assert "children" in cats
    # the look-alike: an adult's age at the end is no child
    text = "Guards opened fire inside the detention centre in Zuwara on Friday, wounding nine migrants, among them a 45-year-old."
    cats = {c for i in annotate(text, "en").incidents for c in i.victim_categories}
    assert "children" not in cats



# --- a body's own people counted ("two of our firefighters") ---------------------------------------------------------

def test_of_our_firefighters_counted() -> None:
    # an accident's hurt keep their count (labelling guide), not an incident
    text = "Civil defence in Sabha: three of our firefighters were slightly injured while putting out a fire in a warehouse."
    a = annotate(text, "en")
    assert not a.incidents and a.injured == 3
    # the look-alike: firefighters who put out a fire with nobody hurt count no one
    assert counts("Three firefighters put out a fire in a warehouse in Sabha on Monday, the civil defence said.") == (
        None, None)


# --- one more hurt told by a relative clause and care ----------------------------------------------------------------

def test_kin_who_was_also_hit_in_care() -> None:
    text = ("A shopkeeper was shot dead in Sabha on Monday, police said. His brother, who was also hit, remains in "
            "intensive care at Sabha Medical Centre.")
    assert counts(text) == (1, 1)
    # the look-alike: a relative who was there, in no care and not hit, is no one hurt
    text = ("A shopkeeper was shot dead in Sabha on Monday, police said. His brother, who was also there, remains in "
            "shock.")
    assert counts(text) == (1, None)


# --- hit in a body part by a bullet --------------------------------------------------------------------------------------

def test_hit_in_a_body_part_by_a_bullet() -> None:
    text = ("Boy, 6, hit in leg by stray bullet in Kufra\n"
            "A six-year-old boy was in hospital on Sunday after being hit in the leg by a bullet fired into the air at "
            "a wedding near his home in Kufra, his uncle said.")
    assert "injury" in types(text)
    assert counts(text) == (None, 1)
    # the look-alikes: a thing hit by gunfire, and a death told (the wound is the dead boy's)
    assert not types("The car was hit in the back by gunfire but nobody was hurt.")
    assert counts("A six-year-old boy was killed after being hit in the head by a bullet fired at a wedding in "
                  "Kufra.") == (1, None)


# --- one victim told by a singular noun of counted people ------------------------------------------------------------

def test_a_refugee_died_is_one_killed() -> None:
    text = "An Eritrean refugee died on Monday after being beaten by guards at the Sabha detention centre, detainees said."
    assert counts(text)[0] == 1
    # the look-alike: a refugee camp named beside a toll of many counts no single refugee
    assert counts("Hundreds of people died in the refugee camp near Sabha over the years, the report said.") == (
        None, None)


# --- the toll of an update: the wounded who died, the rest still under treatment ---------------------------------------

def test_update_wounded_died_rest_under_treatment() -> None:
    text = ("Wounded man dies, Tajoura shelling toll reaches three\n"
            "A man wounded in last week's shelling of Tajoura died in hospital on Sunday, bringing the number of dead "
            "to three, the council said. The council said five people remain under treatment, including a child.")
    assert counts(text) == (3, 5)
    # the look-alike: patients under treatment for a disease are no one hurt
    text = "Cholera spreads in Sabha\nThe ministry said 40 people remain under treatment for cholera in Sabha."
    assert counts(text) == (None, None)


# --- one victim told by an age written in words ----------------------------------------------------------------------

def test_killing_a_child_aged_in_words() -> None:
    text = ("A rocket fell on a courtyard in Janzour, killing a six-year-old boy and injuring three of his relatives, "
            "who were taken to hospital.")
    assert counts(text) == (1, 3)
    # the look-alike: a six-year-old conflict kills no one named
    assert counts("The six-year-old conflict in the south has displaced thousands, the agency said.") == (None, None)


# --- two victims, kin told first ----------------------------------------------------------------------------------------

def test_kin_and_one_more_wounded() -> None:
    text = "A woman was shot dead in Janzour on Monday. Her son and a neighbour were also wounded."
    assert counts(text) == (1, 2)
    # the look-alike: the two questioned by police are no one hurt
    text = "A woman was shot dead in Janzour on Monday. Her son and a neighbour were questioned by police."
    assert counts(text) == (1, None)
