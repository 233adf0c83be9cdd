"""English pass 20 (tune44en): long articles, precision (docs/labelling.md, "English news pass 20"). Our own
sentences, not the tune set's; each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


def killed(text: str) -> int | None:
    return annotate(text, "en").killed


def injured(text: str) -> int | None:
    return annotate(text, "en").injured


# --- a harm dated by a past year, told beside a new day -----------------------------------------------------------

def test_a_harm_in_a_clause_dated_last_year_is_recalled() -> None:
    text = ("Lawmakers in Tobruk agreed on Monday to open an inquiry into the fighting that hit Sabha in March last "
            "year, which killed at least 21 people. The inquiry will report within two months.")
    assert types(text) == set()
    text = ("Rescuers towed a dinghy with 80 migrants into Pozzallo on Saturday. Landings there have grown since 2022, "
            "when a boat that left Zuwara capsized off the island, killing 40 people.")
    assert types(text) == set()


def test_a_harm_dated_by_a_month_and_year_is_recalled() -> None:
    text = ("Guards at Mitiga held a sit-in on Wednesday over unpaid wages. The prison, then run by a militia, "
            "was the scene of a protest in August 2022 by inmates who said they had been tortured.")
    assert "torture" not in types(text)


def test_a_new_harm_told_beside_the_old_year_stays() -> None:
    text = ("Gunmen shot dead a teacher outside his school in Sabha on Monday, his brother said. The teacher had "
            "been threatened in 2024.")
    assert "killing" in types(text)
    text = ("On Sunday the militia, set up in 2019, shot dead two shepherds near Bani Walid, relatives said.")
    assert "killing" in types(text)


# --- a briefing that recalls ----------------------------------------------------------------------------------------

def test_harms_recalled_in_a_briefing_are_no_event() -> None:
    text = ("The UN deputy envoy told the Security Council on Tuesday that the rival governments were failing Libyans. "
            "He recalled that fighting in Zawiya had killed at least six civilians and that the mission had recorded "
            "the arbitrary detention of 41 people, including journalists, over the past quarter.")
    assert types(text) == set()


def test_a_witness_recalling_a_new_killing_on_a_day_stays() -> None:
    text = ("Gunmen killed a shopkeeper in Ghat on Friday. His neighbour recalled that the gunmen shot him on Friday "
            "as he closed his shop.")
    assert "killing" in types(text)


# --- a tally since a past start, fronted ----------------------------------------------------------------------------

def test_a_fronted_since_tally_counts_no_toll() -> None:
    text = ("On Sunday a boy was wounded when a shell he picked up exploded near Ain Zara, the mine action office said. "
            "Since the armed groups pulled out of the southern suburbs in May 2020, mines and shells have killed more "
            "than 90 people and wounded over 150 in the area.")
    assert killed(text) is None
    assert injured(text) == 1
    # since a day: the event's running toll, still counted
    assert injured("Since Saturday, two shepherds have been wounded by mines near Ain Zara, the mine action office "
                   "said.") == 2


# --- fighters killed in a strike on boats are no migrants lost at sea --------------------------------------------

def test_fighters_killed_in_a_strike_on_boats_are_no_deaths_at_sea() -> None:
    text = ("Drone strike hits armed group speedboats near Sabratha, four fighters killed\nDrones struck speedboats "
            "of an armed group near Sabratha on Friday, killing four of its fighters, a security source said. The "
            "group controls a beach used by migrant boats.")
    assert "other" not in types(text)
    text = ("A rubber boat carrying migrants sank off Sabratha on Friday and 12 people drowned, the coast guard said.")
    assert "other" in types(text)


# --- a limb lost is a wound -----------------------------------------------------------------------------------------

def test_a_limb_lost_in_a_blast_is_an_injury() -> None:
    text = ("An old mortar round exploded in a field in Qasr Bin Ghashir on Monday, killing a shepherd. His nephew, "
            "aged 12, lost a leg and was flown to a hospital in Misrata, the mine action office said.")
    assert "injury" in types(text)
    text = ("Gunmen shot a taxi driver in Sabha on Monday. The driver lost his life before reaching hospital.")
    assert "injury" not in types(text)


# --- a report's findings told as a practice -------------------------------------------------------------------------

def test_harms_a_report_calls_common_practice_are_no_event() -> None:
    text = ("GENEVA - Prisons across Libya are overcrowded, a UN panel said in a report on Monday. The "
            "report describes whipping and electric shocks as common practice in the prisons, and says a number of "
            "prisoners died in custody without any inquiry.")
    assert types(text) == set()


def test_a_new_death_in_custody_beside_a_practice_stays() -> None:
    text = ("A detainee died in custody at a prison in Misrata on Sunday after guards beat him, his family said. "
            "Lawyers say such beatings are common practice.")
    assert "killing" in types(text)


def test_a_harm_called_systematic_is_a_verdict_no_event() -> None:
    assert types("Rights group: torture 'routine' in eastern prisons\nGENEVA - The group said on Monday that prisons "
                 "in the east were overcrowded.") == set()
    assert types("Forced labour remains widespread in detention, UN experts say\nThe experts said on Monday that "
                 "prisons in the east were overcrowded.") == set()
    # the adjective before the harm names its kind, the event is told
    assert "torture" in types("Guards subjected a detainee to systematic torture at a prison in Sabha on Monday, his "
                              "lawyer said.")


# --- a harm protested, a use alleged -------------------------------------------------------------------------------

def test_a_detention_protested_is_a_grievance() -> None:
    text = ("Inmates at a prison in Misrata began a hunger strike on Monday to protest years of detention without "
            "trial, their lawyers said.")
    assert "arbitrary_detention" not in types(text)
    text = ("Inmates at a prison in Misrata have been held for months without charge, their lawyers said on Monday, "
            "in protest at the conditions.")
    assert "arbitrary_detention" in types(text)


def test_trafficking_a_site_was_used_for_is_no_victims_trafficking() -> None:
    text = ("Forces in Tobruk raided two farms on Sunday that officials said were used for fuel smuggling and human "
            "trafficking. Nobody was hurt.")
    assert "trafficking" not in types(text)
    text = ("Forces in Tobruk freed 40 migrants held by traffickers on a farm on Sunday, officials said.")
    assert "trafficking" in types(text)


# --- tyres and mattresses burnt in a protest -----------------------------------------------------------------------

def test_tyres_or_mattresses_set_alight_are_no_attack_on_property() -> None:
    text = "Detainees at a prison in Gharyan set fire to their blankets on Tuesday in a protest over food, guards said."
    assert "attack_on_property_or_infrastructure" not in types(text)
    text = "Residents of Ajdabiya burned tyres and blocked the coastal road on Sunday over power cuts."
    assert "attack_on_property_or_infrastructure" not in types(text)
    text = "Gunmen set fire to a pharmacy in Gharyan on Tuesday after its owner refused to pay them, police said."
    assert "attack_on_property_or_infrastructure" in types(text)


# --- the people of a cultural event beaten, told partitively -------------------------------------------------------

def test_gunmen_who_beat_some_of_an_events_organisers_harm_people() -> None:
    text = ("Armed men stormed a music evening at a cultural centre in Misrata on Saturday and beat three of the "
            "performers before leaving, the centre said.")
    assert types(text) != set()
    text = "Al-Ittihad beat three of the visiting teams at the Misrata tournament on Saturday."
    assert types(text) == set()


# --- gunfire told in a body framed by an old disaster ------------------------------------------------------------

def test_gunfire_at_people_is_no_part_of_the_leads_disaster() -> None:
    text = ("Years after the flood that tore through Sousse district and drowned hundreds, families still wait for "
            "new homes. On Monday guards fired into a crowd of them outside the housing office, killing a "
            "retired teacher and wounding three people, witnesses said.")
    assert "killing" in types(text)
    text = ("Years after the flood that tore through Sousse district and drowned hundreds, families still wait for "
            "new homes. On Monday the body of a man was pulled from the mud of the old riverbed, rescuers said.")
    assert "killing" not in types(text)


# --- one victim told with an age compound ------------------------------------------------------------------------

def test_one_victim_with_an_age_compound_counts_one() -> None:
    assert killed("Police fired on a march in Kufra on Monday, killing a 17-year-old student, witnesses said.") == 1
    assert killed("Gunmen shot dead a 52-year-old farmer near Tarhuna on Sunday, his son said.") == 1
    assert killed("A shell hit a farm near Tarhuna on Sunday, killing a 60-year-old shepherd and wounding two "
                  "others, residents said.") == 1
    # the number of the victims, not their age
    assert killed("Police fired on a march in Kufra on Monday, killing 17 students, witnesses said.") == 17


# --- medics who tell the news are sources -------------------------------------------------------------------------

def categories(text: str) -> set[str]:
    return {c for i in annotate(text, "en").incidents for c in i.victim_categories}


def test_a_medic_who_tells_the_toll_after_it_is_a_source() -> None:
    assert "medics" not in categories("A rocket hit a house in Ubari on Friday, killing a farmer and two of his "
                                      "sons, a council member and a doctor said.")
    assert "medics" not in categories("A rocket hit a house in Ubari on Friday, killing a farmer. Two neighbours "
                                      "were wounded, a nurse at the town clinic told reporters.")
    assert "medics" not in categories("Clashes near Ghat killed two shepherds on Friday, according to local medics.")
    # a medic told hurt before the speech stays a victim
    assert "medics" in categories("A nurse was beaten by gunmen at the clinic in Ubari on Friday, the health "
                                  "ministry said.")

