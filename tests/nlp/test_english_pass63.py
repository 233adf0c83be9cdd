"""English news pass 63 (tune133en): injured counts and victim categories. Our own sentences; each rule with a
look-alike guard."""

from nlp.annotate import annotate


def _categories(text: str) -> set[str]:
    return {c for incident in annotate(text).incidents for c in incident.victim_categories}


def test_casualties_including_the_killed():
    text = ("Gunmen stormed a farm near Bani Walid on Monday night, leaving four casualties, including one killed, "
            "a hospital source said.")
    res = annotate(text)
    assert res.killed == 1
    assert res.injured == 3
    # guard: "including" who they were names no share that died
    guard = ("Gunmen stormed a farm near Bani Walid on Monday night, leaving four casualties, including two "
             "children, a hospital source said.")
    assert annotate(guard).killed is None


def test_one_of_a_group_wounded_died_later_in_the_sentence():
    text = ("One of four men wounded in a shooting at a fish market in Garabulli on Monday died of his wounds on "
            "Wednesday, the hospital said. The other three remain in hospital.")
    res = annotate(text)
    assert res.killed == 1
    assert res.injured == 3
    # guard: one of the wounded who speaks of others' deaths is no death of the group
    guard = "One of four men wounded in the raid on Garabulli said two others died."
    assert annotate(guard).injured == 4


def test_a_child_named_with_her_age_and_her_own_wound_is_a_girl():
    text = ("A shell hit a house in Ghat on Monday, wounding three people: Rawan, 6, with shrapnel in her leg, and "
            "two men.")
    assert {"children", "girls"} <= _categories(text)
    # guard: his own wound names a boy
    guard = ("A shell hit a house in Ghat on Monday, wounding three people: Tarek, 6, with shrapnel in his leg, and "
             "two men.")
    assert "girls" not in _categories(guard)


def test_the_youngest_with_an_age_is_one_of_the_victims():
    text = ("An air strike on a farm near Ghat wounded a mother and her three children, the Red Crescent said. "
            "Volunteers took them to hospital; the youngest, aged 2, has burns to 30 % of her body.")
    assert "girls" in _categories(text)
    # guard: the youngest with his own wound is a boy
    guard = ("An air strike on a farm near Ghat wounded a mother and her three children, the Red Crescent said. "
             "Volunteers took them to hospital; the youngest, aged 2, has burns to 30 % of his body.")
    assert "girls" not in _categories(guard)


def test_more_treated_at_a_second_place_of_care():
    text = ("Shells fell on a market in Derna on Monday. The city hospital said it admitted five wounded residents, "
            "and a clinic in the old town treated three more for shrapnel injuries.")
    assert annotate(text).injured == 8
    # guard: more arrested are no more hurt
    guard = ("Shells fell on a market in Derna on Monday. The city hospital said it admitted five wounded residents, "
             "and three more were arrested by police.")
    assert annotate(guard).injured == 5


def test_a_gapped_second_group_treated_for_its_own_wound():
    text = ("Youths set fire to a house of Chadian labourers in Murzuq on Monday, a rights group said. Seven "
            "labourers, among them a woman, were treated for smoke inhalation and one man for burns to his hands.")
    assert annotate(text).injured == 8
    # guard: a gapped group with no wound is no one hurt
    guard = ("Youths set fire to a house of Chadian labourers in Murzuq on Monday, a rights group said. Seven "
             "labourers, among them a woman, were treated for smoke inhalation and one man for questioning by police.")
    assert annotate(guard).injured == 7


def test_a_drill_headline_that_simulates_casualties_counts_nobody():
    text = "Drill in Ghat simulates market bombing with 25 wounded"
    assert annotate(text).injured is None
    # guard: a real bombing keeps its count
    guard = "Car bomb in Ghat market square with 25 wounded"
    assert annotate(guard).injured == 25


def test_a_woman_grazed_by_gunfire_is_a_victim():
    text = ("Two people were hurt by celebratory gunfire at a wedding in Jadu on Friday, the clinic said. A man was "
            "hit in the leg and a woman standing on a balcony was grazed in the arm.")
    assert "women" in _categories(text)
    # guard: a woman who grazed her own arm on a railing is no victim of the gunfire
    guard = ("Two people were hurt by celebratory gunfire at a wedding in Jadu on Friday, the clinic said. A woman "
             "standing on a balcony grazed her arm on the railing.")
    assert "women" not in _categories(guard)
