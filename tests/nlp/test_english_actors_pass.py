"""English actors pass (docs/labelling.md, "English actors pass"): kinds of actor error on English news, checked on
our own sentences (written by the rasad team; no real events)."""

from nlp.annotate import annotate


def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


# --- a country's possessive before a body (Actor conventions) -----------------------------------------------------

def test_a_countrys_possessive_before_a_generic_body_is_one_actor() -> None:
    text = "Malta's foreign ministry said on Monday it had summoned the ambassador over the detention of two sailors."
    assert "Malta's foreign ministry" in actors(text)
    assert "foreign ministry" not in actors(text)


def test_the_country_in_the_possessive_stays_a_place() -> None:
    text = "Niger's army said on Friday its soldiers had intercepted four trucks carrying migrants near Agadez."
    annotation = annotate(text, "en")
    assert "Niger's army" in {a.name for a in annotation.actors}
    assert "Niger" in {p.name for p in annotation.places}


def test_a_countrys_authorities_are_still_no_body() -> None:
    assert not any("authorities" in a for a in actors(
        "Gunmen shot dead a trader in Ghat on Monday. Algeria's authorities closed the border crossing."))


# --- units named by their number, descriptions that go with unnamed men -------------------------------------------

def test_a_unit_named_by_its_number_is_a_body() -> None:
    found = actors("Fighting broke out between the 301 Infantry Battalion and a rival group in Tripoli on Sunday.")
    assert "301 Infantry Battalion" in found
    assert "52nd Brigade" in actors("The 52nd Brigade said it had pushed back an attack south of Sirte.")


def test_a_uniform_goes_with_the_gunmen() -> None:
    found = actors("Three traders were abducted on Monday near Sirte by gunmen in police uniforms, their families said.")
    assert "gunmen in police uniforms" in found
    assert "gunmen" not in found


def test_a_headlines_gunmen_give_way_to_the_texts_armed_men() -> None:
    found = actors("Gunmen kidnap two teachers in Gharyan\nArmed men seized two teachers outside a school in Gharyan "
                   "on Sunday, relatives said.")
    assert "Armed men" in found
    assert "Gunmen" not in found


def test_abductors_and_captors_are_unnamed_perpetrators() -> None:
    assert "abductors" in actors("A boy was kidnapped in Zawiya on Monday and the abductors demanded a ransom.")
    assert "captors" in actors("Two migrants said they were tortured in Bani Walid while their captors demanded money.")


# --- one body, one string ----------------------------------------------------------------------------------------

def test_a_body_written_short_after_its_full_name_is_listed_once() -> None:
    found = actors("The Tunisian Red Crescent said it had found four bodies near Ben Guerdane. The Red Crescent "
                   "added that one of them was a child.")
    assert "Tunisian Red Crescent" in found
    assert "Red Crescent" not in found


def test_a_description_beside_the_acronym_is_listed_as_the_acronym() -> None:
    found = actors("The UN refugee agency UNHCR said on Tuesday that 300 refugees were registered in Misrata.")
    assert "UNHCR" in found
    assert "UN refugee agency" not in found


def test_a_full_name_beside_its_acronym_stays() -> None:
    found = actors("The International Organization for Migration (IOM) said 40 migrants were returned to Tripoli.")
    assert {"International Organization for Migration", "IOM"} <= found


def test_a_headlines_short_name_gives_way_to_the_texts_name() -> None:
    found = actors("OHCHR concerned at arrests in Sirte\nThe UN Human Rights Office said on Friday that five "
                   "activists had been detained in Sirte.")
    assert "UN Human Rights Office" in found
    assert "OHCHR" not in found
    found = actors("Chadian rebels attack army post\nFighters from a Chadian rebel group attacked an army post in "
                   "the Tibesti on Monday.")
    assert "Chadian rebel group" in found
    assert "Chadian rebels" not in found


# --- false actors ------------------------------------------------------------------------------------------------

def test_a_person_of_the_un_is_not_the_un() -> None:
    assert "UN" not in actors("The UN envoy said on Monday that the talks in Geneva would resume next week.")
    assert "UN" not in actors("Migrants are held in overcrowded centres, according to UN experts.")


def test_a_group_named_in_a_charge_or_a_plural_possessive_is_no_actor() -> None:
    found = actors("Security forces arrested a blogger in Tobruk on Monday on charges of joining a terrorist group.")
    assert "terrorist group" not in found
    found = actors("Gunmen shot dead a driver in Gharyan on Monday. The mayor has long criticised armed groups' "
                   "control of the roads.")
    assert "armed groups" not in found


def test_a_place_named_after_a_body_is_no_actor() -> None:
    assert "Al-Nasr" not in actors("Some 200 migrants were moved from Al-Nasr detention centre in Zawiya on Monday.")
    assert "police" not in actors("Gunmen shot dead a trader in Sirte. His brother has visited police stations since.")


# --- names the registry or the head words now know ----------------------------------------------------------------

def test_libyan_clubs_are_bodies() -> None:
    found = actors("Al-Ahly Benghazi beat Al-Hilal 2-0 on Saturday to go top of the league.")
    assert {"Al-Ahly Benghazi", "Al-Hilal"} <= found


def test_more_named_bodies() -> None:
    assert "Alarm Phone" in actors("A boat with 50 people is in distress off Zuwara, Alarm Phone said on Sunday.")
    assert "UNFPA" in actors("Women held by traffickers in Kufra need urgent care, UNFPA said on Monday.")
    assert "Supreme State Security Prosecution" in actors(
        "The Supreme State Security Prosecution ordered the lawyer held for 15 days.")
    assert "Zintan FM" in actors("Armed men stormed the studio of Zintan FM on Friday and beat a presenter.")
    assert "UN Special Representative for Libya" in actors(
        "The UN Special Representative for Libya briefed the Security Council on Tuesday.")


def test_a_ministry_named_by_its_portfolio() -> None:
    assert "education ministry" in actors("Two teachers from the education ministry were detained in Sabha on Monday.")
    assert "Sudan's justice ministry" in actors("Sudan's justice ministry said the two men would be tried in Khartoum.")


def test_the_side_of_the_country_goes_with_the_body() -> None:
    found = actors("Rome has asked eastern Libyan authorities to stop boats leaving the coast near Tobruk.")
    assert "eastern Libyan authorities" in found
    assert "Libyan authorities" not in found


def test_a_club_in_a_possessive_is_not_listed() -> None:
    found = actors("Al-Madina's coach resigned on Sunday after the 3-0 defeat to Al-Akhdar in Bayda.")
    assert "Al-Akhdar" in found
    assert "Al-Madina" not in found
