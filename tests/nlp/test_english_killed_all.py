"""English killed pass over all tune files (docs/labelling.md, "English killed pass (all tune files, twentieth
session)"): kinds of killed count that recur across the English tune files, checked on our own sentences (written
by the rasad team; no real events)."""

from tests.nlp.english_reading import counts

# --- a clash's dead told side by side, one sentence each: the two numbers of one event add ---------------------------


def test_the_enemy_dead_told_after_the_soldiers_add_to_them() -> None:
    text = ("Army says five soldiers killed near Ghadames\n"
            "The army said five of its soldiers were killed and three wounded on Monday when militants raided a "
            "border post near Ghadames. It said seven militants were killed.")
    assert counts(text) == (12, 3)


def test_the_soldiers_dead_told_after_the_rebels_add_to_them() -> None:
    text = ("Niger says troops killed 18 rebels near Libyan border\n"
            "The army of Niger said on Saturday it had killed 18 rebels in the Djado area near the Libyan border. "
            "Two soldiers were killed, it said.")
    assert counts(text) == (20, None)


def test_rebel_fighters_then_the_soldiers_add() -> None:
    text = ("Army says 9 killed in raid on rebel hideout\n"
            "The army said on Friday its units had killed nine Chadian rebel fighters in a raid on a hideout near "
            "Tazirbu. Three soldiers were killed in the fighting, a spokesman said.")
    assert counts(text) == (12, None)


def test_rebels_counted_by_of_them_then_the_soldiers_add() -> None:
    text = ("Army repels rebel column near Tummo\n"
            "The army said on Sunday it had stopped a column of rebels near Tummo, killing 14 of them and capturing "
            "six. Four soldiers were killed, the army said.")
    assert counts(text) == (18, None)


def test_the_same_side_told_again_adds_nobody() -> None:
    text = ("Army says five soldiers killed near Ghadames\n"
            "The army said five of its soldiers were killed on Monday when militants raided a border post near "
            "Ghadames. The five soldiers were buried in Nalut on Tuesday.")
    assert counts(text) == (5, None)


def test_an_earlier_years_clash_told_as_background_adds_nobody() -> None:
    text = ("Drone strike kills six militants near Sabha\n"
            "A drone strike killed six militants in a hideout south of Sabha on Friday, the army said. Militants have "
            "since carried out attacks in the area, including a raid in 2023 that killed three soldiers.")
    assert counts(text) == (6, None)


def test_civilians_then_the_gunmen_killed_add_nobody() -> None:
    text = ("Two shoppers killed in Sabha market shooting\n"
            "Two shoppers were killed when gunmen opened fire in a market in Sabha on Monday. Police said three "
            "gunmen were later killed in a raid.")
    assert counts(text) == (2, None)


def test_the_attackers_killed_in_their_attack_add_nobody() -> None:
    text = ("Three soldiers killed in attack on post near Ghat\n"
            "Three soldiers were killed when gunmen attacked their post near Ghat on Monday, the army said. Two "
            "attackers were also killed.")
    assert counts(text) == (3, None)


# --- a second group told dead in a later sentence: "N other / N more" adds to the count (as the injured pass's) ------


def test_other_people_killed_after_the_one_named_add_to_him() -> None:
    text = ("Libyan nurse killed in strike on Omdurman clinic\n"
            "A Libyan nurse who volunteered at a clinic in Omdurman was killed on Monday when a drone hit the building, "
            "the clinic said. At least four other people were killed in the same strike.")
    assert counts(text) == (5, None)


def test_other_people_rescued_after_the_one_killed_add_nobody() -> None:
    text = ("Libyan nurse killed in strike on Omdurman clinic\n"
            "A Libyan nurse who volunteered at a clinic in Omdurman was killed on Monday when a drone hit the building, "
            "the clinic said. At least four other people were rescued from the rubble.")
    assert counts(text) == (1, None)
