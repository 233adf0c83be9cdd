"""English news pass (docs/labelling.md, "English news pass (tune10en)"): kinds the English side got wrong,
checked on our own sentences (written by the rasad team in the style of wire and Libyan English outlets; no
real events)."""

import pytest

from nlp.annotate import annotate


def actors(text: str) -> list[str]:
    return [a.name for a in annotate(text, "en").actors]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen shot dead a shopkeeper in Sabha on Friday, the Libyan Pharmacists Syndicate said.",
     "Libyan Pharmacists Syndicate"),
    ("The Ministry of Higher Education said a lecturer was abducted outside Gharyan on Monday.",
     "Ministry of Higher Education"),
    ("The Libyan Commission for Prison Reform said two detainees were tortured in Zintan.",
     "Libyan Commission for Prison Reform"),
    ("Two nurses were beaten at a clinic in Sirte, the Libyan Nursing Association said.",
     "Libyan Nursing Association"),
])
def test_title_case_bodies_with_a_head_word(text: str, expected: str) -> None:
    assert expected in actors(text)


def test_a_hospital_named_medical_centre_is_no_actor() -> None:
    names = actors("A man was stabbed in Zliten and taken to Zliten Medical Centre, police said.")
    assert "Zliten Medical Centre" not in names


def test_no_weekday_in_a_body_name() -> None:
    names = actors("The Appeals Court in Tripoli on Thursday jailed a blogger who was arrested in Misrata.")
    assert not any("Thursday" in n for n in names)


@pytest.mark.parametrize(("text", "expected"), [
    ("A Libyan fisherman was shot and wounded off Lampedusa, Italian police said.", "Italian police"),
    ("Two Libyan students were detained in Cairo, and Egyptian authorities gave no reason.", "Egyptian authorities"),
])
def test_a_nationality_before_a_generic_body_names_it(text: str, expected: str) -> None:
    names = actors(text)
    assert expected in names
    assert expected.split()[-1] not in names


def test_bare_authorities_name_no_body() -> None:
    names = actors("Masked men abducted a teacher in Zawiya on Sunday and the authorities have opened an inquiry.")
    assert "the authorities" not in names and "authorities" not in names


def test_a_listed_name_inside_a_longer_one_is_not_reported_alone() -> None:
    names = actors("A journalist was beaten in Tripoli, the UN Support Mission in Libya said.")
    assert "UN Support Mission in Libya" in names and "UN" not in names


def test_a_listed_group_with_the_word_militia() -> None:
    names = actors("Relatives said the men were killed by the Kaniyat militia in 2019.")
    assert "Kaniyat militia" in names and "militia" not in names and "Kaniyat" not in names


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Four boys were killed when a rocket hit a football pitch in Ajdabiya on Saturday.", 4, None),
    ("Two medics were wounded when gunmen opened fire on an ambulance near Brega.", None, 2),
    ("A shepherd was killed in a mine blast near Sirte and two others were also wounded.", 1, 2),
])
def test_english_plural_people_before_a_trigger(text: str, killed: int | None, injured: int | None) -> None:
    annotation = annotate(text, "en")
    assert (annotation.killed, annotation.injured) == (killed, injured)
