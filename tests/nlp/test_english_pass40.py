"""English pass 40 (tune87en): injured counts and wounded who later died (the settled convention: "three were
wounded, one later died" is killed 1, injured 2), tolls of an earlier event recalled beside the news (a reopening
"four years after a rocket attack that killed ...", compensation to the families of those killed), an official's visit
to the wounded and the wounded leaving hospital (no counts, no incident) (docs/labelling.md, "English news pass 40").
Our own sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not
change."""
from nlp.annotate import annotate


def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


# --- wounded who later died: killed 1, injured one fewer (labelling guide, fourteenth session) ---------------------

def test_one_of_the_wounded_died_in_the_same_sentence() -> None:
    assert counts("Four farmers were wounded when a mortar round landed near their field in Wadi Zamzam on Tuesday, "
                  "and one of them died of his wounds the next day, a medic said.") == (1, 3)
    assert counts("Two women were hurt by shrapnel in Sabratha on Monday, and one later died.") == (1, 1)
    assert counts("Five fishermen were injured when their boat was fired on off Zuwara on Friday, and two of them "
                  "later died in hospital.") == (2, 3)


def test_one_of_the_wounded_died_in_a_later_sentence() -> None:
    assert counts("Five people were injured in a shooting at a wedding in Msallata on Friday. One of the wounded later "
                  "died in hospital, his brother said.") == (1, 4)
    assert counts("Six people were wounded when gunmen opened fire on a cafe in Janzour on Sunday. Two of them later "
                  "died in hospital.") == (2, 4)


def test_the_dead_told_apart_from_the_wounded_who_died() -> None:
    # two killed outright, one of the four wounded died later: three dead, three hurt
    assert counts("Two men were killed and four were wounded when a shell hit a house in Ain Zara on Sunday, and one "
                  "of the wounded later died.") == (3, 3)


def test_wounded_not_said_to_die_keep_their_count() -> None:
    # the look-alikes: a wounded man in critical condition, and an attacker (not one of the wounded) who died
    assert counts("Three people were wounded in the blast in Ghat on Monday, and one of them is in critical "
                  "condition.") == (None, 3)
    assert counts("Three guards were wounded in the raid on the depot on Monday, and one of the attackers "
                  "died.")[1] == 3
    assert counts("Four migrants were wounded in the shooting near Kufra on Monday. One of them was flown to "
                  "Tripoli.") == (None, 4)


# --- an earlier attack's toll recalled beside the news --------------------------------------------------------------

def test_toll_counted_from_years_after_an_attack_is_no_news() -> None:
    annotation = annotate("Ghadames reopened its rebuilt bus station on Tuesday, three years after a mortar attack "
                          "that killed four travellers and wounded nine shut it down.", "en")
    assert not annotation.incidents
    assert (annotation.killed, annotation.injured) == (None, None)
    # the look-alike: the harm told before "years after" is the news
    annotation = annotate("Two shepherds were shot dead near Nalut on Monday, two years after a mortar attack on "
                          "their village.", "en")
    assert annotation.incidents
    assert annotation.killed == 2


def test_compensation_to_the_families_of_the_dead_is_no_incident() -> None:
    annotation = annotate("A Misrata court on Tuesday ordered the state to pay compensation to the families of five "
                          "people killed and 12 wounded when rockets hit a school in 2021.", "en")
    assert not annotation.incidents
    assert (annotation.killed, annotation.injured) == (None, None)
    # the look-alike: a compensation promised after a harm told as the news keeps it
    annotation = annotate("A rocket hit a school in Misrata on Tuesday, killing five people and wounding 12; the "
                          "government promised compensation to the families.", "en")
    assert annotation.incidents
    assert (annotation.killed, annotation.injured) == (5, 12)


# --- a visit to the wounded, the wounded leaving hospital -----------------------------------------------------------

def test_visit_to_the_wounded_counts_nobody() -> None:
    text = ("Interior minister visits victims of Zawiya clashes\nThe interior minister visited people injured in "
            "last week's clashes at Zawiya Teaching Hospital on Monday. Doctors said eleven of them were still in "
            "hospital.")
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert annotation.injured is None
    # the look-alike: a harm of the headline's own before the visit keeps its count
    text = ("Three hurt in Zawiya shelling as minister visits city\nThree people were wounded when shells hit "
            "a street in Zawiya on Monday, hours before the interior minister visited the city.")
    assert counts(text)[1] == 3


def test_wounded_leaving_hospital_is_no_incident() -> None:
    text = ("Last patients hurt in Sabha fuel depot blast discharged\nThe last three patients wounded in last "
            "month's explosion at a fuel depot in Sabha were discharged from Sabha Medical Centre on Sunday.")
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert annotation.injured is None
    # the look-alike: a new harm in the headline, the discharge told after it
    text = ("Five hurt in Sabha fuel depot blast, two discharged\nFive workers were wounded in an explosion at a "
            "fuel depot in Sabha on Sunday; two were discharged the same evening.")
    annotation = annotate(text, "en")
    assert annotation.incidents
    assert annotation.injured == 5


# --- shots fired in a crush or a stampede: an act with a shooter --------------------------------------------------

def test_crush_after_guards_fire_shots_is_an_incident() -> None:
    text = ("Prisoners hurt in stampede as guards fire shots at Gharyan jail\nSix prisoners, among them two teenagers, "
            "were injured at Gharyan jail on Sunday when guards fired warning shots to end a riot and inmates were "
            "crushed in a corridor, a rights group said.")
    annotation = annotate(text, "en")
    assert annotation.incidents
    assert annotation.injured == 6
    # the look-alike: a stampede with nobody firing stays an accident
    text = ("Worshippers hurt in stampede at Benghazi mosque\nSix worshippers were injured in a stampede at a mosque "
            "in Benghazi on Friday when a fire alarm went off, the civil defence said.")
    assert not annotate(text, "en").incidents


# --- a call's day is no event's day: a year's figure told in a call -------------------------------------------------

def test_year_figure_in_a_call_is_no_incident() -> None:
    text = ("The Libyan Journalists Syndicate called on Monday for the protection of reporters, saying that at least "
            "seven of its members had been injured while covering events last year.")
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert annotation.injured is None
    # the look-alike: a harm with its own day after the call stays the news
    text = ("The syndicate called on Monday for an inquiry after two reporters were injured by gunfire in Sirte on "
            "Sunday.")
    annotation = annotate(text, "en")
    assert annotation.incidents
    assert annotation.injured == 2


# --- a companion hurt, told in a relative clause ---------------------------------------------------------------------

def test_companion_who_was_hurt_is_counted() -> None:
    text = ("A 15-year-old girl was in a serious condition on Sunday after gunmen fired on the car in which she was "
            "riding with her uncle, who was wounded in the shoulder, relatives said.")
    assert counts(text)[1] == 2
    # the look-alike: the relative clause tells the one already counted
    text = ("A 15-year-old girl, who was wounded in the shoulder, was in a serious condition on Sunday after gunmen "
            "fired on her car near Msallata, relatives said.")
    assert counts(text)[1] == 1


def test_companion_hurt_beside_the_dead() -> None:
    text = ("A man was shot dead at a checkpoint near Sirte on Sunday while driving with his brother, who was wounded "
            "in the leg.")
    assert counts(text) == (1, 1)
    # the look-alike: the companion unhurt
    text = ("A man was shot dead at a checkpoint near Sirte on Sunday while driving with his brother, who was "
            "unhurt.")
    assert counts(text) == (1, None)


# --- a market's traders beaten --------------------------------------------------------------------------------------

def test_traders_beaten_in_a_market_raid() -> None:
    text = ("Masked men raided the fruit market in Gharyan on Tuesday and beat several vendors who refused to pay "
            "them, witnesses said.")
    assert annotate(text, "en").incidents
    assert counts("Three stallholders were hurt when gunmen fired on the market in Sabratha on Friday.")[1] == 3
    # the look-alike: "beat" a thing, not people
    text = "Vendors in the Gharyan fruit market said this year's sales beat several records."
    assert not annotate(text, "en").incidents


# --- a self-immolation is a suicide ----------------------------------------------------------------------------------

def test_self_immolation_is_no_incident() -> None:
    text = ("A teacher who set herself alight outside the education office in Sabha last week in protest at unpaid "
            "salaries died of her burns on Monday, her family said.")
    assert not annotate(text, "en").incidents
    text = ("Teacher dies after setting herself alight outside Sabha education office\nThe teacher, who had not been "
            "paid for ten months, died of her burns on Monday, her family said.")
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert annotation.killed == 1  # a suicide keeps its count (labelling guide)
    # the look-alike: someone set on fire by others
    text = "A man died of his burns on Monday after gunmen doused him with petrol and set him on fire in Sabha."
    assert annotate(text, "en").incidents


# --- one more told after the dead: "A third was treated at the hospital" --------------------------------------------

def test_one_more_in_care_after_the_dead() -> None:
    assert counts("Two brothers were shot dead at their farm near Gharyan on Sunday. A third was taken to hospital "
                  "with a chest wound.") == (2, 1)
    # an accident's hurt are counted too (labelling guide), no incident
    text = ("Two boys drowned while swimming in a reservoir near Tarhuna on Friday, the civil defence said. A third "
            "was rescued and treated at Tarhuna hospital.")
    annotation = annotate(text, "en")
    assert not annotation.incidents
    assert (annotation.killed, annotation.injured) == (2, 1)
    # the look-alikes: one more rescued unhurt, or arrested
    assert counts("Two boys drowned in a reservoir near Tarhuna on Friday. A third was rescued unharmed.") == (2, None)
    assert counts("Two men were shot dead in Tajoura on Monday. Another was arrested.") == (2, None)


# --- one more hurt told by an ordinal or "another" with its own verb ------------------------------------------------

def test_one_more_hurt_by_ordinal() -> None:
    assert counts("Three were wounded in the shooting near Sabratha on Monday, and a fourth was critically "
                  "injured.")[1] == 4
    assert counts("Two men were killed in the shooting near Sabratha on Monday and another was badly hurt.") == (2, 1)
    # the look-alikes: one more arrested, one more who later died
    assert counts("Two men were killed in the shooting near Sabratha on Monday and a third was arrested.") == (2, None)
    assert counts("Two men were shot dead near Sabratha on Monday and a third later died.")[0] == 3


# --- people counted in a grave state ----------------------------------------------------------------------------------

def test_others_in_critical_condition_are_hurt() -> None:
    assert counts("Gunmen attacked a checkpoint in Gharyan on Monday, killing two civilians. A hospital source said "
                  "three others were in critical condition.") == (2, 3)
    # the look-alikes: others arrested; a number that is no people before the state
    assert counts("Gunmen attacked a checkpoint in Gharyan on Monday, killing two civilians. Three others were "
                  "arrested.") == (2, None)
    assert counts("Gunmen attacked a checkpoint in Gharyan on Monday, killing two civilians. The road had been in "
                  "poor condition since 2019.") == (2, None)


# --- two groups told apart by how badly they were hurt ----------------------------------------------------------------

def test_light_and_grave_hurt_are_summed() -> None:
    assert counts("Four people sustained minor injuries and one was seriously hurt when a grenade exploded at a "
                  "market in Kufra on Monday.")[1] == 5
    assert counts("Two people suffered serious wounds and three others were slightly injured when a grenade "
                  "exploded in Kufra on Monday.")[1] == 5
    # the look-alike: no severity on the first count, the one may be among them
    assert counts("Four people were injured and one was seriously hurt when a grenade exploded at a market in Kufra "
                  "on Monday.")[1] == 4
