"""English news pass 67 (tune142en): injured counts told by the care the hurt received. Our own sentences; each rule
with a look-alike guard."""

from nlp.annotate import annotate


def test_a_hospital_told_by_its_own_name():
    text = ("Gunmen fired on a minibus near Gharyan on Monday, killing the driver. Five passengers were taken to "
            "Gharyan's Al-Shifa general hospital for treatment, the municipality said.")
    assert annotate(text).injured == 5


def test_guard_a_place_near_a_hospital():
    # guard: a place near a hospital is no care
    guard = ("Gunmen fired on a minibus near Gharyan on Monday, killing the driver. Five passengers were taken to a "
             "police station near the hospital for questioning, the municipality said.")
    assert annotate(guard).injured is None


def test_people_found_alive_then_taken_to_hospital():
    text = ("Rescuers recovered the bodies of four migrants from a sunken dinghy off Sabratha on Friday. Seventeen "
            "others were found alive and were taken to Sabratha hospital with hypothermia, the Red Crescent said.")
    assert annotate(text).injured == 17


def test_guard_the_found_dead():
    # guard: the found dead are not the hurt
    guard = ("Gunmen opened fire on a dinghy off Sabratha on Friday. Seventeen migrants were found dead and were "
             "taken to the morgue, the Red Crescent said.")
    assert annotate(guard).injured is None


def test_a_hyphenated_number_of_others_in_care():
    text = ("Militiamen shelled a market in Tarhuna on Thursday, killing three. Thirty-four others were taken to "
            "hospital, the health ministry said.")
    assert annotate(text).injured == 34


def test_guard_a_one_word_number():
    # guard: a one-word number keeps its reading
    guard = ("Militiamen shelled a market in Tarhuna on Thursday, killing three. Nine others were taken to hospital, "
             "the health ministry said.")
    assert annotate(guard).injured == 9


def test_the_others_among_whom_a_part_is_named_beside_the_dead():
    text = ("The bodies of six migrants were found in a container at Misrata port on Sunday. Twenty-seven others, "
            "among them four children, were taken to Misrata hospital, the coast guard said.")
    assert annotate(text).injured == 27


def test_guard_a_whole_not_others_beside_the_dead():
    # guard: a whole that is not "others" beside the dead is still not read as the hurt
    guard = ("The bodies of six migrants were found in a container at Misrata port on Sunday. Their families, among "
             "them four children, were taken to the port office, the coast guard said.")
    assert annotate(guard).injured is None
