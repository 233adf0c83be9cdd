"""English news pass 66 (tune133en): incident precision against look-alikes (second pass). Our own sentences; each rule
with a look-alike guard."""

from nlp.annotate import annotate


def _incident(text: str) -> bool:
    return bool(annotate(text).incidents)


def test_a_fuel_leak_or_a_scaffold_is_an_accident():
    text = ("Five workers were injured when a diesel leak ignited at a fuel depot in Bani Walid on Sunday, the civil "
            "defence said.")
    assert not _incident(text)
    text = ("Four labourers were hurt on Monday when a scaffold gave way at a block of flats in Gharyan, the "
            "municipality said.")
    assert not _incident(text)
    # guard: people fired on at the same kind of site keep their incident
    guard = "Four labourers were hurt on Monday when gunmen fired on a block of flats in Gharyan, the municipality said."
    assert _incident(guard)


def test_the_people_a_payment_would_compensate():
    text = ("The House of Representatives asked the government to set up a fund to compensate shopkeepers killed or "
            "wounded by rocket fire in Qasr Ben Ghashir since 2020, saying many families had been left with nothing.")
    assert not _incident(text)
    # guard: an attack told beside a promised payment is still told
    guard = "Militiamen wounded two shopkeepers in Qasr Ben Ghashir on Monday, and the council promised compensation."
    assert _incident(guard)


def test_unexploded_weapons_cleared_are_no_attack():
    text = ("Deminers removed 120 unexploded rockets and artillery shells from a farm near Bir al-Ghanam over a week, "
            "the centre said.")
    assert not _incident(text)
    # guard: shells that hit a place are an attack
    guard = "Artillery shells hit a farm near Bir al-Ghanam on Monday, destroying two houses, the centre said."
    assert _incident(guard)


def test_a_hospital_that_receives_wounded_as_a_rule():
    text = "Gharyan Hospital, which treats wounded from across the mountain, opened a new burns unit on Sunday."
    assert not _incident(text)
    # guard: the wounded a hospital received on a day are people hurt
    guard = "Gharyan Hospital received twelve wounded on Tuesday after clashes in the town, its director said."
    assert _incident(guard)


def test_wounded_in_past_fighting_and_the_war_wounded():
    text = ("The ministry will fly 20 people wounded in previous wars to Tunis for surgery next month, among them "
            "patients with burns and spinal injuries.")
    assert not _incident(text)
    text = "Ministry to fly 20 war-wounded to Tunis for surgery"
    assert not _incident(text)
    # guard: people wounded in fighting on a day are news
    guard = "Twenty people were wounded in fighting in Gharyan on Monday, the ministry said."
    assert _incident(guard)


def test_the_harm_a_suspect_is_arrested_for():
    text = ("Police in Sorman said on Monday they had arrested a man suspected of planting a bomb under a car in May, an "
            "attack that injured three people.")
    assert not _incident(text)
    text = "Man arrested over Sorman market bombing that injured five"
    assert not _incident(text)
    # guard: suspects who are the news, no arrest told
    guard = "A man suspected of links to a gang shot and wounded two guards in Sorman on Monday, police said."
    assert _incident(guard)
