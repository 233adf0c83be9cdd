"""English news pass 11 (docs/labelling.md, "English news pass 11 (tune29en)"): false leads, checked on our own
sentences (written by the rasad team; no real events)."""

from tests.nlp.english_reading import types

# --- "minor" as an adjective of the harm, no child ------------------------------------------------------------------


def test_minor_injuries_of_footballers_are_no_incident() -> None:
    text = ("Al-Madina coach says midfielder will miss the cup tie\n"
            "Three players picked up minor injuries in Friday's league match against Al-Hilal in Benghazi, the club said.")
    assert types(text) == set()


def test_a_minor_wounded_is_still_a_child_victim() -> None:
    text = "A minor was wounded when gunmen fired at a car in Zliten on Monday, the hospital said."
    assert "injury" in types(text)


def test_minor_injuries_from_a_shelling_stay_an_incident() -> None:
    text = "Four residents suffered minor injuries when a shell hit a house in Ain Zara on Sunday night, medics said."
    assert "injury" in types(text)


# --- a fighter's driver or bodyguard is of his party --------------------------------------------------------------


def test_a_militant_commander_and_his_driver_are_no_civilians() -> None:
    text = ("The army said on Tuesday an air strike had killed a senior Islamic State commander and his driver "
            "in the desert west of Ubari.")
    assert types(text) == set()


def test_a_driver_killed_alone_stays_a_civilian() -> None:
    text = "A lorry driver was shot dead by gunmen on the coastal road near Sirte on Tuesday, relatives said."
    assert "killing" in types(text)


# --- border guards are a patrol, not a jail's guards --------------------------------------------------------------


def test_a_fisherman_shot_by_coast_guards_was_killed_not_held() -> None:
    text = "A fisherman was shot dead by coast guards off Zuwara on Friday, his brother said."
    assert types(text) == {"killing"}


def test_a_clash_with_border_guards_makes_no_custody() -> None:
    assert "arbitrary_detention" not in types("Four smugglers killed in clash with border guards near Ghat")


def test_prison_guards_still_make_custody() -> None:
    text = "A detainee was beaten to death by prison guards in Mitiga on Thursday, his family said."
    assert "arbitrary_detention" in types(text)
