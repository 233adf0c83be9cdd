"""English news pass 8 (docs/labelling.md, "English news pass 8 (tune22en)"): casualty counts in more phrasings,
present-tense headlines, false leads and actors on English news, checked on our own sentences (written by the rasad
team; no real events)."""

from tests.nlp.english_reading import counts

# --- counts: the people left unsaid, a family counted whole, a description between the people and their verb ------


def test_a_number_before_were_wounded_counts_the_wounded() -> None:
    text = "One shopkeeper was killed and four were wounded when gunmen opened fire on a market in Sabha on Monday."
    assert counts(text) == (1, 4)


def test_a_number_before_had_died_or_gone_missing_counts_nobody() -> None:
    text = ("The agency said 3,100 people had been returned to Libya since January, and 270 had died or gone missing "
            "on the route.")
    assert counts(text)[0] is None


def test_a_family_of_six_counts_six() -> None:
    assert counts("A family of six died when their house collapsed after heavy rain in Derna, officials said.")[0] == 6


def test_a_family_of_five_described_before_its_verb_counts_five() -> None:
    text = "A family of five, a couple and their three children, died when their car hit a truck near Sirte on Monday."
    assert counts(text)[0] == 5


def test_people_described_before_their_verb_are_counted() -> None:
    text = ("Four children, three brothers aged 5, 8 and 11 and their cousin, were killed when a shell hit their "
            "house in Tripoli on Friday.")
    assert counts(text)[0] == 4
