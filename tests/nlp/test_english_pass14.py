"""English news pass 14 (docs/labelling.md, "English news pass 14 (tune34en): long wire and NGO texts"), checked on
our own sentences (written by the rasad team; no real events)."""

from nlp.evaluate import predict
from tests.nlp.english_reading import counts, types

# --- a verdict's harms are the act judged -------------------------------------------------------------------------


def test_a_kidnapping_told_after_a_verdict_is_the_act_judged() -> None:
    text = ("Misrata court jails three over 2021 murder\n"
            "A Misrata court on Sunday sentenced three men to life in prison for the murder of a shopkeeper during "
            "a kidnapping in 2021, prosecutors said.")
    assert types(text) == set()


def test_a_harm_told_before_a_verdict_word_stays_the_event() -> None:
    text = "Gunmen shot dead a man in Sabha on Monday who had been convicted of theft last year, police said."
    assert "killing" in types(text)


# --- a trend of harm is no event ----------------------------------------------------------------------------------


def test_kidnappings_that_became_common_are_a_trend() -> None:
    text = ("Court hands down verdict in merchant case\n"
            "Abductions for ransom became common in Benghazi after 2015, when rival forces took over the city.")
    assert types(text) == set()


# --- an extradition headline frames the case --------------------------------------------------------------------


def test_an_extradition_headline_frames_the_acts_of_the_case() -> None:
    text = ("Italy extradites Libyan suspect in 2018 detention centre abuse case\n"
            "ROME - Italy has extradited a Libyan man wanted over abuses at a detention centre in Zawiya in 2018, "
            "prosecutors in Tripoli said on Tuesday. Prosecutors say he took part in beating detainees, one of whom "
            "later died. He will face trial in Tripoli.")
    assert types(text) == set()


def test_an_attack_headline_with_an_extradition_in_the_body_stays_an_incident() -> None:
    text = ("Gunmen kill two guards at Tripoli airport\n"
            "TRIPOLI - Gunmen shot dead two airport guards on Monday as police escorted a man due for extradition.")
    assert "killing" in types(text)


# --- a tanker that blew up is an accident ---------------------------------------------------------------------------


def test_a_tanker_that_exploded_at_a_station_is_an_accident() -> None:
    text = ("Fuel tanker explosion kills four in Sabha\n"
            "SABHA - Four people were killed and six injured when a fuel tanker exploded at a petrol station in "
            "Sabha on Monday, officials said. The injured were taken to hospital.")
    assert types(text) == set()


def test_a_drone_strike_on_a_fuel_tanker_stays_a_killing() -> None:
    text = ("Drone hits fuel tanker near Gharyan\n"
            "A drone struck a fuel tanker on the road near Gharyan on Friday, killing its driver, the council said.")
    assert "killing" in types(text)


# --- drivers, aid workers and guards as victims -----------------------------------------------------------------


def test_truck_drivers_ambushed_by_gunmen_are_counted_civilians() -> None:
    text = "Four Libyan truck drivers were killed and one wounded when gunmen ambushed their convoy near Ubari."
    assert "killing" in types(text)
    assert counts(text) == (4, 1)


def test_aid_workers_wounded_are_counted() -> None:
    assert counts("Two aid workers were wounded when gunmen fired on their car near Sirte on Monday.") == (None, 2)


def test_a_guard_shot_in_an_attack_is_one_injured() -> None:
    text = "Gunmen stormed a water plant near Tarhuna on Friday, shooting a guard and burning a pump house."
    assert counts(text) == (None, 1)


def test_a_guard_who_beat_detainees_is_no_count() -> None:
    assert counts("A guard beat two detainees at the prison in Tripoli, their families said.") == (None, None)


# --- a harm ranked in a series over a span ----------------------------------------------------------------------


def test_the_fourth_attack_this_year_counts_nobody() -> None:
    text = ("Unknown men set fire to a journalist's car in Zliten on Sunday. Nobody was hurt. A press union said it "
            "was the fifth attack on a journalist's property in the west this year.")
    assert counts(text) == (None, None)


def test_a_killing_told_beside_its_rank_stays_counted() -> None:
    text = "Gunmen shot dead a shopkeeper in Sabha, the fourth such killing this year, police said."
    assert counts(text) == (1, None)


# --- a person bundled into a car, told in the passive ---------------------------------------------------------------


def test_an_activist_bundled_into_a_car_in_the_passive_is_abducted() -> None:
    text = "A rights activist was bundled into a van by men in plain clothes in Zawiya on Sunday, his brother said."
    assert {"abduction", "attack_on_civil_society"} <= types(text)


def test_goods_forced_into_a_truck_are_no_abduction() -> None:
    assert types("The seized goods were forced into a truck at the Ras Ajdir crossing on Monday.") == set()


# --- detainees of a DCIM centre are migrants ------------------------------------------------------------------------


def _categories(text: str) -> set[str]:
    return set(predict({"text": text, "lang": "en"})["victim_categories"])


def test_detainees_of_a_dcim_centre_are_migrants() -> None:
    text = ("Guards at a detention centre in Misrata fired on detainees on Monday, wounding four, a charity said. "
            "The centre is run by the Directorate for Combating Illegal Migration (DCIM).")
    assert "migrants" in _categories(text)


def test_detainees_of_a_prison_with_no_dcim_are_not_migrants() -> None:
    text = "Guards at a prison centre in Misrata fired on detainees on Monday, wounding four, a charity said."
    assert "migrants" not in _categories(text)
