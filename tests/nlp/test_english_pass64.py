"""English news pass 64 (tune135en): killed counts and actors in long articles. Our own sentences; each rule
with a look-alike guard."""

from nlp.annotate import annotate


def _actors(text: str) -> list[str]:
    return [a.name for a in annotate(text).actors]


def test_higher_toll_after_colon_is_the_count():
    """"gave a higher toll: four dead and eleven wounded": the later, fuller figure (the settled answer)."""
    text = ("Gunmen fired on shoppers at a market in Ubari on Thursday, killing two people and wounding five, the "
            "municipal council said. Later that night, Ubari General Hospital gave a higher toll: four dead and eleven "
            "wounded, all of them civilians.")
    ann = annotate(text)
    assert (ann.killed, ann.injured) == (4, 11)


def test_heavy_toll_is_no_later_figure():
    """Look-alike: "a heavy toll" of an older war is no later figure of this event."""
    text = ("Gunmen fired on shoppers at a market in Ubari on Thursday, killing two people and wounding five, the "
            "municipal council said. The clashes of 2019 took a heavy toll of four dead and eleven wounded.")
    ann = annotate(text)
    assert (ann.killed, ann.injured) == (2, 5)


def test_wounded_who_died_after_a_higher_toll_are_among_its_dead():
    """"Three of the wounded died in surgery" after the higher toll explains it: not subtracted again."""
    text = ("Gunmen fired on shoppers at a market in Ubari on Thursday, killing two people and wounding five, the "
            "municipal council said. Later that night, Ubari General Hospital gave a higher toll: four dead and eleven "
            "wounded. \"Two of the injured died in surgery,\" a nurse said.")
    ann = annotate(text)
    assert (ann.killed, ann.injured) == (4, 11)


def test_wounded_who_died_without_a_later_toll_still_move():
    """Look-alike: with no later toll, "two of the injured later died" moves two of the wounded to the dead."""
    text = ("Gunmen fired on shoppers at a market in Ubari on Thursday, killing two people and wounding five, the "
            "municipal council said. Two of the injured later died in hospital.")
    ann = annotate(text)
    assert (ann.killed, ann.injured) == (4, 3)


def test_one_of_n_wounded_died_after_the_when_clause():
    """"One of four women wounded when ... died": killed 1, injured 3 (the guide's "three wounded, one later died")."""
    text = ("One of four women wounded when a rocket hit a wedding hall in Qasr Akhyar on Friday night died in "
            "hospital on Sunday, her brother said.")
    ann = annotate(text)
    assert (ann.killed, ann.injured) == (1, 3)


def test_one_of_n_wounded_said_others_died():
    """Look-alike: the wounded one speaks; the death verb after "said" is no share of the group."""
    text = ("One of four women wounded when a rocket hit a wedding hall in Qasr Akhyar on Friday night said that "
            "two guests died.")
    ann = annotate(text)
    assert (ann.killed, ann.injured) != (1, 3)


def test_captives_with_hands_tied_being_shot():
    """"five detained men, their hands tied behind their backs, being shot dead": the five are the dead."""
    text = ("Footage shared online appears to show five detained men, their hands tied behind their backs, being shot "
            "dead by fighters near Brak al-Shati.")
    assert annotate(text).killed == 5


def test_prisoners_with_hands_tied_found_alive():
    """Look-alike: prisoners found with their hands tied, and a guard shot dead after: one dead, not the prisoners."""
    text = ("Soldiers found five detained men, their hands tied behind their backs, in a cell near Brak al-Shati; a "
            "guard was shot dead.")
    assert annotate(text).killed == 1


def test_headline_commemorating_victims_gives_no_counts():
    """"Town commemorates victims of 2021 bombing": an anniversary, no incident and null counts (labelling guide)."""
    text = ("Zliten commemorates victims of 2021 market bombing\n"
            "Zliten, 3 May - Families gathered in the old market on Sunday for the 23 people killed by a car bomb there "
            "three years ago, and the mayor read out their names.")
    ann = annotate(text)
    assert not ann.incidents and ann.killed is None


def test_harm_before_commemoration_stays_news():
    """Look-alike: a harm told before the commemorating verb is the headline's own news."""
    text = ("Two shot dead as Zliten commemorates victims of 2021 bombing\n"
            "Zliten, 3 May - Gunmen shot dead two men in the old market on Sunday during a gathering for the victims of "
            "a 2021 car bomb.")
    ann = annotate(text)
    assert ann.incidents and ann.killed == 2


def test_unnamed_group_in_the_towns_history_is_no_actor():
    """"Ajdabiya has seen repeated clashes between armed groups": the place's past, no party to the news."""
    text = ("Gunmen shot dead a bakery owner in Ajdabiya on Monday night, his family said. The eastern town has seen "
            "repeated clashes between armed groups since the war began.")
    names = _actors(text)
    assert "armed groups" not in names and "Gunmen" in names


def test_unnamed_group_in_the_news_sentence_stays():
    """Look-alike: armed groups fighting in the news sentence itself are its actors."""
    text = ("Two civilians were killed in Ajdabiya on Monday night when armed groups clashed near the port, "
            "a medic said.")
    assert "armed groups" in _actors(text)
