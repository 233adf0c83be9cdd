"""English news pass 68 (tune148en): killed counts and actors in long UN, NGO and wire items. Our own sentences;
each rule with a look-alike guard."""

from tests.nlp.english_reading import actors, counts


def test_headline_part_among_the_whole_toll():
    """"Four boys among six killed": the number after "among" is the toll, the one before it a part of it."""
    assert counts("Four boys among six killed as shell hits farm near Gharyan")[0] == 6


def test_headline_part_among_the_whole_toll_with_an_adjective():
    """Two words of people between the part and "among" ("nursing students")."""
    assert counts("Two nursing students among nine dead in Ghat minibus crash")[0] == 9


def test_were_among_the_whole_stays():
    """Look-alike: "were among" already counted the whole (an older rule); unchanged."""
    assert counts("Two children were among eight people killed when a rocket hit a house in Ain Zara on Friday.")[0] == 8


def test_among_them_part_after_the_toll_stays():
    """Look-alike: "among them" after the toll names a part; the toll before it stays the count."""
    text = "Eight people, among them three nurses, were killed when a shell hit a clinic in Ain Zara on Friday."
    assert counts(text)[0] == 8


def test_list_with_an_age_closed_by_a_bare_death_verb():
    """"Ten migrants, among them a woman and a two-year-old girl, drowned": the list ends at "drowned" (no auxiliary),
    so the ten are the dead, not the one girl."""
    text = ("Ten migrants, among them a woman and a two-year-old girl, drowned when their boat sank off Zuwara on "
            "Friday, the IOM said.")
    assert counts(text)[0] == 10


def test_list_with_an_age_and_including_closed_by_died_stays():
    """Look-alike: "died" after an "including" list with an age was already read (an older rule); unchanged."""
    text = ("Nine passengers, including an old man and a four-year-old boy, died when the boat capsized near Garabulli "
            "on Sunday, the Red Crescent said.")
    assert counts(text)[0] == 9


def test_list_with_an_age_and_auxiliary_stays():
    """Look-alike: the list closed by "were killed" (an older rule) gives the same answer."""
    text = ("Ten migrants, among them a woman and a two-year-old girl, were killed when their truck overturned near "
            "Kufra on Friday, the IOM said.")
    assert counts(text)[0] == 10


def test_long_relative_clause_then_were_and_the_verb():
    """"five men who had surrendered during fighting near X were shot dead": the relative clause is longer than the
    plain reach, "were" opens the people's own verb."""
    text = ("Amnesty said that five men who had surrendered during fighting near Wadi al-Rabie were shot dead by "
            "their captors.")
    assert counts(text)[0] == 5


def test_long_relative_clause_with_other_people_inside_stays_none():
    """Look-alike: other people inside the clause ("who saw two soldiers") are the verb's, not the counted men's."""
    text = ("Rights groups said that five men who had watched as guards beat detainees near Wadi al-Rabie were later "
            "released.")
    assert counts(text)[0] is None


def test_gna_possessive_before_its_ministry_is_one_actor():
    """"the GNA's interior ministry", "the Government of National Accord's health ministry": the ministry with its
    government's possessive, as the GNU's (Actor conventions, «وزارة X بحكومة Y»)."""
    assert "GNA's interior ministry" in actors("The GNA's interior ministry said two officers were shot dead in Zawiya.")
    text = "A rocket hit a house in Ain Zara, killing a woman, the Government of National Accord's health ministry said."
    assert "Government of National Accord's health ministry" in actors(text)


def test_interim_government_possessive_before_its_ministry_is_one_actor():
    text = "The interim government's interior ministry said a policeman was killed in Derna on Sunday."
    assert "interim government's interior ministry" in actors(text)


def test_gna_possessive_before_a_person_keeps_the_government():
    """Look-alike: the GNA's possessive before a spokesman (no ministry) keeps the government on its own."""
    found = actors("The GNA's spokesman said two officers were shot dead in Zawiya.")
    assert "GNA" in found and not any("spokesman" in a for a in found)


def test_an_officer_joined_with_another_victim_counts_one():
    """"A third officer and a passing motorist were lightly wounded": the officer is one victim, as "policeman"."""
    text = ("Two guards were shot dead at the gate of the Misrata port on Sunday. A third officer and a passing "
            "motorist were lightly wounded.")
    assert counts(text) == (2, 2)


def test_a_policeman_joined_with_another_victim_stays():
    """Look-alike: "a policeman and a passing driver" was already two (an older rule); unchanged."""
    assert counts("A policeman and a passing driver were lightly wounded in Sirte on Sunday.")[1] == 2


def test_an_officer_who_speaks_is_no_victim():
    """Look-alike: an officer who tells the toll is no victim."""
    text = "An officer at the checkpoint said three men were wounded when a car was fired on near Sirte."
    assert counts(text) == (None, 3)
