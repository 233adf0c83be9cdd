"""The settled beating convention (docs/labelling.md, "The beating conflict"), now in English too: a beating or an
assault with no wound, care or hospital stated has no injured count; once the document states one, its victims count."""
from nlp.annotate import annotate


def injured(text: str) -> int | None:
    return annotate(text, "en").injured


def test_a_beating_with_no_wound_stated_counts_no_injured() -> None:
    assert injured("Gunmen stormed a pharmacy in Gharyan on Sunday and beat the pharmacist, his brother said.") is None


def test_staff_beaten_in_a_raid_count_no_injured() -> None:
    text = ("Masked men raided a women's shelter in Tobruk on Friday, beating three volunteers and smashing the "
            "windows, the shelter's director said.")
    assert injured(text) is None


def test_a_beating_with_bruises_counts_its_victims() -> None:
    text = ("Gunmen stormed a pharmacy in Gharyan on Sunday and beat the pharmacist, who was treated for bruises at "
            "the town hospital, his brother said.")
    assert injured(text) == 1


def test_a_wound_told_in_a_later_sentence_counts_the_beaten() -> None:
    text = ("Masked men raided a women's shelter in Tobruk on Friday, beating three volunteers. All three were taken "
            "to hospital with fractures, the shelter's director said.")
    assert injured(text) == 3


def test_wounds_from_gunfire_are_untouched() -> None:
    assert injured("Two shepherds were wounded by gunfire near Mizda on Tuesday, relatives said.") == 2
