"""English news pass 7 (docs/labelling.md, "English news pass 7 (tune21en)"): kinds of error on English news (wires,
Libyan English outlets, UN and NGO releases, posts), checked on our own sentences (written by the rasad team; no real
events)."""

from nlp.annotate import annotate
from tests.nlp.english_reading import counts, types

# --- false leads: rebels killed by an army, a thing "executed", a currency "killed", crimes listed under a class ----


def test_rebels_killed_by_an_army_are_fighters() -> None:
    text = ("Niger's army said on Friday it had killed 14 rebels and captured six in clashes near the border with "
            "Libya, losing two soldiers.")
    assert not types(text)


def test_civilians_killed_by_rebels_still_are_a_killing() -> None:
    text = "Rebel fighters shelled a village near Murzuq on Sunday, killing four civilians including a child."
    assert "killing" in types(text) and counts(text)[0] == 4


def test_rebels_captured_and_then_killed_are_hors_de_combat() -> None:
    annotation = annotate("Gunmen captured and killed three rebels near Ubari on Friday, a commander said.", "en")
    assert annotation.victim_status == "hors_de_combat"


def test_where_fighters_fell_abroad_says_the_news_is_not_libyan() -> None:
    text = ("Four rebels killed near Libyan border\nChad's army said it had killed four rebels in the Tibesti region "
            "on Friday, near the Libyan border. The rebels had crossed from southern Libya, the army said.")
    annotation = annotate(text, "en")
    assert not annotation.incidents and not annotation.in_libya


def test_a_meeting_executed_like_a_funeral_kills_nobody() -> None:
    text = "The minister in Tripoli said the meeting was executed like a funeral march, and walked out."
    assert not types(text)


def test_a_prisoner_executed_still_is_a_killing() -> None:
    text = "Three men were executed by an armed group in Sirte on Saturday, relatives said."
    assert "killing" in types(text)


def test_an_exchange_rate_killing_businesses_is_a_metaphor() -> None:
    text = "Traders in Benghazi say the new exchange rate is killing their businesses, the central bank said on Monday."
    assert not types(text)


def test_crimes_listed_under_a_class_are_no_event() -> None:
    text = ("The UN mission said on Tuesday it had documented crimes in detention centres in Tripoli, including "
            "killings and rape of migrants.")
    assert not types(text)


def test_abuses_listed_in_a_report_are_no_event() -> None:
    text = ("Amnesty said on Monday it would present evidence of abuses in Libyan prisons, including torture and "
            "killings of detainees.")
    assert not types(text)


def test_abuses_on_a_named_day_including_a_killing_are_an_event() -> None:
    text = ("Militiamen committed abuses in the camp on Sunday, including the killing of two boys aged 12 and 14, "
            "witnesses said.")
    assert "killing" in types(text)


# --- false leads: a charge sheet over a span of years ------------------------------------------------------------


def test_harm_charged_over_a_span_of_years_is_no_event() -> None:
    text = ("Police in Malta arrested a Libyan man on Friday. Prosecutors accuse him of running a warehouse where "
            "migrants were beaten and held for ransom between 2016 and 2018.")
    assert not types(text)


def test_a_journalist_held_without_charge_over_years_still_is_a_detention() -> None:
    text = "The journalist was held without charge from 2019 to 2021 in Mitiga prison, his family said on Monday."
    assert "arbitrary_detention" in types(text)


# --- counts: a nationality before the people, a body found, a monitor's year ----------------------------------------


def test_a_nationality_between_the_number_and_the_people_is_counted() -> None:
    text = "Three Sudanese workers were shot dead when gunmen robbed a bakery in Sirte on Monday night, police said."
    assert counts(text)[0] == 3


def test_his_body_found_dumped_is_one_killed() -> None:
    text = ("The family of a teacher in Derna said his body was found dumped near the road, three days after gunmen "
            "took him.")
    assert "killing" in types(text) and counts(text)[0] == 1


def test_deaths_a_monitor_documented_this_year_are_no_toll() -> None:
    text = ("The group said in its report that it had documented 40 abductions and at least 9 deaths in custody in "
            "Libya this year.")
    assert counts(text)[0] is None


# --- victims: who speaks is a source; held incommunicado ----------------------------------------------------------


def _categories(text: str) -> set[str]:
    return set(annotate(text, "en").victim_categories())


def test_activists_who_say_are_no_victims() -> None:
    text = "Gunmen shot dead a baker and wounded his son in Sabha on Monday, activists say."
    assert "activists" not in _categories(text) and "attack_on_civil_society" not in types(text)


def test_journalists_who_believe_are_no_victims() -> None:
    text = "Local journalists believe the arrest of the blogger in Sabha followed a post on fuel prices."
    assert "journalists" not in _categories(text) and "activists" in _categories(text)


def test_doctors_at_the_hospital_who_said_are_no_victims() -> None:
    text = "A shell killed two boys in Zawiya on Friday. Doctors at the hospital said the boys were dead on arrival."
    assert _categories(text) == {"children"}


def test_his_mother_who_said_is_no_victim() -> None:
    text = "A student was held without charge in Misrata on Monday. His mother said he was beaten in custody."
    assert "women" not in _categories(text)


def test_the_activist_of_a_family_that_speaks_stays_the_victim() -> None:
    text = ("Family of Sabha activist say he has been missing for a week\nThe family of a 30-year-old activist from "
            "Sabha say gunmen forced him into a car on Monday.")
    assert "activists" in _categories(text)


def test_held_incommunicado_is_a_detention() -> None:
    text = "Family of a Derna teacher says he has been held incommunicado for 20 days by a security body."
    assert "arbitrary_detention" in types(text)


def test_beaten_during_interrogation_is_torture() -> None:
    text = "A student was held without charge in Misrata on Monday. His mother said he was beaten during interrogation."
    assert "torture" in types(text) and "injury" not in types(text)


def test_the_missing_in_a_headline_are_no_toll() -> None:
    text = ("IOM: 7 migrants dead, 15 missing after boat sinks off Zuwara\nAt least 7 people died after a boat "
            "carrying migrants sank off Zuwara on Monday, IOM said.")
    assert counts(text)[0] == 7


# --- types: migrants handed to the detention department -----------------------------------------------------------


def test_migrants_handed_to_the_dcim_are_detained() -> None:
    text = ("The coast guard intercepted 80 migrants off Sabratha on Friday and returned them to the port, where they "
            "were handed over to the DCIM.")
    assert "arbitrary_detention" in types(text)


def test_funding_for_the_dcim_is_no_detention() -> None:
    assert not types("The EU said it would fund training for the DCIM and the coast guard in Tripoli.")


# --- types: a hidden fate told with a verb, or asked of the authorities -------------------------------------------


def test_whereabouts_remain_unknown_is_a_hidden_fate() -> None:
    text = "Gunmen seized a teacher in Sabha on Sunday. His whereabouts remain unknown, his family said."
    assert "enforced_disappearance" in types(text)


def test_a_call_to_disclose_the_fate_and_whereabouts_is_a_hidden_fate() -> None:
    text = ("The rights group urged the authorities in Benghazi to disclose the fate and whereabouts of five men "
            "detained in a raid in May.")
    assert {"arbitrary_detention", "enforced_disappearance"} <= types(text)


def test_funds_whose_whereabouts_remain_unknown_are_no_incident() -> None:
    assert not types("The minister said the whereabouts of the stolen funds remain unknown.")


# --- types and counts: an earlier event recalled after the news -------------------------------------------------------

_WEDDING = ("Man killed by stray bullet at a wedding in Gharyan\nA 40-year-old man was killed by celebratory gunfire at "
            "a wedding in Gharyan on Friday, police said. Last month a seven-year-old girl was wounded by a stray "
            "bullet in Tajoura, a relative said.")


def test_a_wound_recalled_from_last_month_is_no_injury_of_the_news() -> None:
    assert types(_WEDDING) == {"killing"} and counts(_WEDDING) == (1, None)
    assert "children" not in annotate(_WEDDING, "en").victim_categories()


def test_a_killing_told_from_last_week_as_the_news_stays() -> None:
    text = ("Last week gunmen killed a lawyer outside his office in Tripoli. His family said on Monday that nobody "
            "had been arrested.")
    assert "killing" in types(text)


def test_injuring_no_one_is_no_injury() -> None:
    text = "A wall fell on a parked car in Derna on Sunday, injuring no one, the municipality said."
    assert not types(text) and counts(text) == (None, None)


# --- actors: a town's criminal court and civil defence, a nationality's court ------------------------------------


def _actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_a_towns_criminal_court_keeps_its_town() -> None:
    text = "The Sabha criminal court sentenced two men to death on Monday for the 2022 killing of a trader."
    assert "Sabha criminal court" in _actors(text)


def test_a_towns_civil_defence_keeps_its_town() -> None:
    text = "Fire broke out at a fuel depot in Sirte on Friday, and the Sirte civil defence said it was contained."
    assert "Sirte civil defence" in _actors(text)


def test_a_nationality_before_a_criminal_court_is_one_actor() -> None:
    text = "A Tunisian criminal court jailed a smuggler for ten years on Tuesday, his lawyer said."
    assert "Tunisian criminal court" in _actors(text)


def test_an_activist_named_said_stays_the_victim() -> None:
    text = "A Derna court jailed blogger and activist Ahmed Said on Monday over a post mocking the mayor."
    assert "activists" in _categories(text)
