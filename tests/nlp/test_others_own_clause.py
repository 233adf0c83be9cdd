"""People after "and" with a clause of their own are not the object of the casualty verb before them (16th session)."""

from nlp.annotate import annotate


def _counts(text: str) -> tuple[int | None, int | None]:
    result = annotate(text)
    return result.killed, result.injured


def test_others_wounded_after_the_object_of_killing():
    # the wounded others' verb is not the dead civilians' verb: killed 2, injured 3 (was: killed none, injured 5)
    assert _counts("A rocket hit a farm near Garabulli on Sunday, killing two shepherds, and three others were wounded.") == (2, 3)


def test_others_in_critical_condition_are_not_more_dead():
    assert _counts("A rocket hit a farm near Garabulli on Sunday, killing two shepherds, and three others were in "
                   "critical condition.") == (2, 3)
    assert _counts("Gunmen fired on a minibus in Sorman, killing a passenger, and four others are in critical condition "
                   "at the hospital.") == (1, 4)


def test_others_with_no_clause_are_still_added():
    # the guard: "killing two shepherds and three others" is one toll of five
    assert _counts("A rocket hit a farm near Garabulli on Sunday, killing two shepherds and three others.")[0] == 5
    assert _counts("Two fighters and three shepherds were killed near Garabulli.")[0] == 5
