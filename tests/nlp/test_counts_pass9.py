"""Counts pass 9 (killed and injured, tune files): our own sentences, one failing-first case per rule and guards."""

from nlp.annotate import annotate


def _counts(text: str) -> tuple[int | None, int | None]:
    result = annotate(text, None, "2026-05-10")
    return result.killed, result.injured


def test_others_still_in_hospital_after_a_toll_are_injured() -> None:
    assert _counts("A mortar hit a house in Tarhuna on Monday, killing three people. Eight others remain in hospital.") == (3, 8)
    assert _counts("A car bomb exploded near a market in Derna on Friday, killing two people. "
                   "Another 9 people were still being treated.") == (2, 9)


def test_others_taken_to_hospital_in_a_sentence_of_their_own_are_injured() -> None:
    assert _counts("Three people died when a mortar hit a house in Tarhuna. Eight others were taken to hospital.") == (3, 8)


def test_rescued_people_or_hospital_staff_are_no_injured() -> None:
    assert _counts("A mortar hit a house in Tarhuna on Monday, killing three people. "
                   "Eight others were rescued and remain in hospital for checks.") == (3, None)
    assert _counts("Three people died when a mortar hit a house in Tarhuna. "
                   "The hospital said eight of its staff were on strike.") == (3, None)


def test_a_bare_plural_stays_unknown() -> None:
    assert _counts("Shelling on a residential district of Tripoli left casualties, and the wounded remain in hospital.")[1] is None


def test_one_person_shot_in_a_body_part_is_one_injured_whatever_the_noun() -> None:
    assert _counts("Three masked gunmen robbed a jewellery shop in Gharyan on Monday, shooting a guard in the arm.") == (None, 1)


def test_a_sum_stolen_in_dinars_is_no_metaphor() -> None:
    assert _counts("Gunmen robbed a jewellery shop in Gharyan on Monday, shooting a shop assistant in the arm and "
                   "escaping with about 300,000 dinars, police said.") == (None, 1)
    assert _counts("Two gunmen robbed a currency exchange shop in Zawiya on Monday, shooting a cashier in the hand.") == (None, 1)


def test_a_currency_killed_by_a_budget_stays_a_metaphor_and_shots_in_the_air_hurt_nobody() -> None:
    assert not annotate("Economists say the new budget is killing the dinar.", None, "2026-05-10").is_incident
    assert _counts("Gunmen robbed a jewellery shop in Gharyan on Monday, shooting into the air before fleeing.")[1] is None
    assert _counts("Gunmen shot at a car carrying a family of five in Gharyan, hitting a wall.")[1] != 1


def test_bare_plural_parts_between_the_count_and_its_verb_are_skipped() -> None:
    assert _counts("At least 40 migrants, including women and children, are believed to have drowned after their boat "
                   "capsized off Sabratha, the IOM said.")[0] == 40


def test_rescued_people_with_a_bare_plural_part_are_no_toll() -> None:
    assert _counts("At least 40 migrants, including women and children, were rescued after their boat capsized off "
                   "Sabratha, the IOM said.") == (None, None)


def test_one_victim_found_killed_past_words_on_his_age_is_one_dead() -> None:
    assert _counts("A man in his forties was found stabbed to death in his shop in Gharyan on Tuesday, police said.")[0] == 1


def test_two_victims_found_dead_each_with_its_article_are_two_dead() -> None:
    assert _counts("Rescuers found a man and an infant dead on board a dinghy off Zuwara.")[0] == 2


def test_a_child_found_hiding_is_no_victim_count() -> None:
    assert _counts("A boy was found hiding in the house after gunmen killed his parents in Gharyan.")[0] is None
