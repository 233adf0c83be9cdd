"""English news pass 4 (docs/labelling.md, "English news pass 4 (tune14en)"): kinds of error on English news (wires,
Libyan English outlets, UN and NGO releases, posts), checked on our own sentences (written by the rasad team; no real
events)."""

from nlp.annotate import annotate
from tests.nlp.english_reading import counts, types

# --- false leads: a sentence passed, a road collision, a match, an agency's yearly figures -----------------------

def test_a_sentence_passed_in_the_headline_is_no_incident() -> None:
    text = ("Sabha court sentences man to 20 years for 2023 killing of pharmacist\nA court in Sabha on Monday "
            "sentenced a 31-year-old man to 20 years in prison. The pharmacist's brother attended the hearing.")
    assert not types(text)


def test_vehicles_that_collided_are_an_accident() -> None:
    text = ("Four dead as bus and tanker collide near Ajdabiya\nFour passengers were killed and nine hurt when a fuel "
            "tanker collided with a bus south of Ajdabiya on Tuesday, hospital officials said.")
    assert not types(text)


def test_a_football_defender_is_no_rights_defender() -> None:
    text = ("Misrata beat Sabha 3-1 in league opener\nMidfield was dominant throughout. Defender Omar Lamin went off "
            "injured in the second half.")
    assert not types(text)


def test_a_rights_defender_hurt_still_is() -> None:
    text = "A human rights defender was injured when unidentified men attacked her car in Zawiya on Friday."
    assert "attack_on_civil_society" in types(text)


def test_an_agencys_recorded_deaths_and_its_call_are_no_incident() -> None:
    text = ("UNHCR figures: 230 people recorded as dead off Libya this year\nSome 230 people are recorded as dead "
            "and 90 as missing on the route so far. The agency renewed its call for an end to arbitrary detention.")
    assert not types(text)


# --- misses: a journalist held after filming a commemoration --------------------------------------------------

def test_detained_after_filming_an_anniversary_march_is_a_detention_of_the_press() -> None:
    text = ("Misrata photographer Salma Idris was detained on Monday by an armed group after filming the "
            "revolution anniversary march. Her family has not been told where she is held.")
    assert {"arbitrary_detention", "attack_on_civil_society"} <= types(text)


def test_an_anniversary_march_itself_is_still_general() -> None:
    text = "Hundreds joined the anniversary march in Misrata on Friday to remember those killed in 2011."
    assert not types(text)


def test_a_presenter_beaten_is_an_attack_on_the_press() -> None:
    text = ("A radio presenter was beaten by armed men outside the station in Gharyan on Sunday night and treated for "
            "head wounds, colleagues said.")
    assert "attack_on_civil_society" in types(text)


# --- types: samples taken, a lawyer's clients, captives held for ransom by smugglers --------------------------

def test_samples_taken_take_nobody() -> None:
    text = ("Six bodies recovered from a grave near Sirte\nSix bodies were recovered on Monday. Samples were taken "
            "for DNA tests with families of men missing since 2016.")
    assert "abduction" not in types(text)


def test_a_lawyers_clients_held_are_not_his_detention() -> None:
    text = ("Lawyer who represented detainees shot dead in Tripoli\nGunmen shot dead lawyer Adel Sassi in Tripoli on "
            "Monday. Sassi had represented relatives of men held without trial at a prison in the city.")
    found = types(text)
    assert "killing" in found and "arbitrary_detention" not in found


def test_people_smugglers_hold_for_ransom_are_trafficked() -> None:
    text = ("A clinic in Zuwara treated 12 teenagers who escaped from a house near Sabratha where smugglers had held "
            "them for two months to extort ransom from relatives abroad.")
    assert {"abduction", "trafficking"} <= types(text)


# --- counts: one victim after the trigger or after an adverb ---------------------------------------------------

def test_a_titled_victim_after_shot_dead_is_one_killed() -> None:
    assert counts("Masked men shot dead journalist Karim Alwan outside his home in Sabha on Monday.")[0] == 1


def test_a_kin_noun_before_an_adverb_is_one_injured() -> None:
    text = "A girl was killed and her older sister badly injured when a shell hit their house in Tajoura on Friday."
    assert counts(text) == (1, 1)


def test_a_number_after_the_trigger_still_counts_them_all() -> None:
    assert counts("Gunmen killed three shepherds near Ubari on Sunday, local officials said.")[0] == 3


# --- in Libya: the UN mission and Libya's rival chambers name Libyan affairs -------------------------------------

def test_the_un_mission_in_libya_is_libyan_affairs() -> None:
    text = ("Security Council renews UNSMIL for nine months\nNEW YORK - The Security Council on Friday renewed the "
            "mandate of the United Nations Support Mission in Libya and asked for a report on the electoral laws.")
    assert annotate(text, "en").in_libya


# --- actors: a town's security directorate ----------------------------------------------------------------------

def test_a_towns_security_directorate_is_named_with_its_town() -> None:
    text = ("Two men abducted near Ghat\nThe Ghat security directorate said on Monday that two men had been abducted "
            "by an armed gang on the road north of the town.")
    names = {a.name for a in annotate(text, "en").actors}
    assert "Ghat security directorate" in names and "security directorate" not in names


def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_a_named_body_goes_on_with_of_the() -> None:
    found = actors("The Libyan Centre for the Rights of Detainees said the men were held without charge.")
    assert "Libyan Centre for the Rights of Detainees" in found


def test_an_office_holder_of_the_body_is_not_the_body() -> None:
    found = actors("Head of the Presidential Council Ali Saleh met the envoy in Tripoli on Monday.")
    assert not any(name.startswith("Head") for name in found)


def test_a_body_in_a_compound_adjective_is_no_actor() -> None:
    assert "UN" not in actors("Delegates met at a UN-facilitated session in Geneva on Tuesday.")


def test_border_guards_with_their_nationality() -> None:
    assert "Libyan border guards" in actors("Libyan border guards found three men in the desert near Ghat.")


def test_others_taken_to_hospital_are_injured() -> None:
    text = ("A man was shot dead at a checkpoint in Gharyan on Saturday. At least four others were taken to hospital, "
            "a medic said.")
    assert counts(text) == (1, 4)


def test_a_hedged_toll_before_its_verb_counts_the_dead() -> None:
    text = "A dinghy sank off Zuwara overnight; survivors said more than 12 drowned, two children among them."
    assert counts(text)[0] == 12


def test_guards_beating_detainees_beside_other_wounds_is_torture_and_injury() -> None:
    text = ("Guards at a detention centre in Zawiya beat dozens of detainees with cables on Friday, and two of them "
            "suffered head injuries, former detainees said.")
    assert {"torture", "injury"} <= types(text)


def test_an_ngos_cumulative_figure_adds_no_detention() -> None:
    text = ("Blogger Hamza Saad was stabbed in the back by two men outside his home in Sabha on Monday. The Libyan "
            "Bloggers Network said at least eleven bloggers had been detained without charge in the south since March.")
    found = types(text)
    assert "injury" in found and "arbitrary_detention" not in found


def test_one_detention_that_lasts_since_a_month_still_is() -> None:
    text = "Activist Nadia Fathi has been detained without charge in Mitiga prison since January, her lawyer said."
    assert "arbitrary_detention" in types(text)


def test_a_commentator_jailed_by_a_court_is_a_detention_for_his_words() -> None:
    text = ("Algerian court jails TV commentator for six months over remarks on army\nALGIERS - A court on Sunday "
            "sentenced the commentator to six months in prison, his lawyer said.")
    assert {"arbitrary_detention", "attack_on_civil_society"} <= types(text)


def test_an_agencys_register_of_deaths_counts_no_toll() -> None:
    text = "IOM said 310 people are recorded as dead and 120 as missing on the eastern route so far this year."
    assert counts(text) == (None, None)


def test_equipment_smashed_beside_a_beating_is_an_attack_on_property() -> None:
    text = ("Masked men forced their way into a pharmacy in Zliten on Monday, beat two nurses and smashed "
            "equipment, witnesses said.")
    assert {"injury", "attack_on_property_or_infrastructure"} <= types(text)


def test_burned_as_an_adjective_after_and_still_tells_no_attack() -> None:
    assert not types("Volunteers cleared rubble and burned cars from the streets of Sirte on Saturday.")


def test_a_death_the_attackers_were_angry_at_is_no_killing() -> None:
    text = ("Relatives of a young man stormed the clinic in Bani Walid on Friday in anger at the death of their "
            "cousin and beat two nurses, staff said.")
    assert "killing" not in types(text)


def test_held_for_posts_is_arbitrary_detention() -> None:
    text = "Two students were arrested in Derna last week for posts on Facebook mocking the local commander."
    assert "arbitrary_detention" in types(text)


def test_an_armed_gang_is_a_perpetrator() -> None:
    assert "armed gang" in actors("An armed gang kidnapped a doctor on the road south of Brak on Sunday.")
