"""English news pass 9 (docs/labelling.md, "English news pass 9 (tune25en): false leads"): Libyan news that looks
like an incident and is not (a grievance "killing" livelihoods, a match score, a quarter's tally, a sanctions
listing), checked on our own sentences (written by the rasad team; no real events)."""

from tests.nlp.english_reading import counts, types

# --- figurative killing: a grievance told in the present, a livelihood "killed" ------------------------------------


def test_a_shortage_killing_us_is_no_killing() -> None:
    text = ("'The bread queues are killing us', say Zawiya mothers\n"
            "Mothers in Zawiya waited for hours outside bakeries on Tuesday as flour ran short.")
    assert types(text) == set()


def test_prices_killing_our_business_is_no_killing() -> None:
    text = "Shop owners in Misrata said on Sunday that the power cuts were killing their business and their trade."
    assert types(text) == set()


def test_gunmen_killing_people_is_still_a_killing() -> None:
    text = "Gunmen are killing us one by one, said the brother of a Tarhuna farmer shot dead on Monday."
    assert "killing" in types(text)


# --- sport: a score beside a casualty word ---------------------------------------------------------------------------


def test_a_massacre_with_a_match_score_is_sport() -> None:
    assert types("Al-Ittihad 'massacre' Al-Hilal 6-1\nAl-Ittihad beat Al-Hilal on Saturday in Tripoli.") == set()


def test_a_massacre_of_villagers_counted_is_still_a_killing() -> None:
    text = "Gunmen massacre 12 villagers near Sabha\nGunmen killed 12 villagers, 3 of them children, near Sabha."
    assert "killing" in types(text)
    assert counts(text)[0] == 12


# --- a quarter's tally, a sanctions listing: the headline frames the body --------------------------------------------


def test_a_quarterly_tally_is_no_incident() -> None:
    text = ("UN mission documents 29 civilian casualties in second quarter\n"
            "The mission recorded 9 deaths - and 20 injuries - from April to June.")
    assert types(text) == set()


def test_a_sanctions_listing_of_traffickers_is_no_incident() -> None:
    text = ("EU adds three Libyan smugglers to sanctions list\n"
            "The three men ran detention sites where migrants were held for ransom and tortured.")
    assert types(text) == set()


# --- a fighter killed: a civilian said unharmed beside him is no victim ---------------------------------------------


def test_a_commander_killed_beside_an_unhurt_driver_is_no_incident() -> None:
    text = ("Gunmen shot dead the commander of a Zawiya armed brigade near his base on Tuesday.\n"
            "Colonel Salem Ali, who led the brigade, died on the way to hospital; his driver was unhurt.")
    assert types(text) == set()


def test_a_shopkeeper_killed_beside_an_unhurt_son_is_still_a_killing() -> None:
    text = "A shopkeeper died on the way to hospital after gunmen fired at his shop in Sabha; his son was unhurt."
    assert "killing" in types(text)


# --- a court's warrant on past acts: the headline frames the body's account of the charges ---------------------------


def test_an_icc_warrant_for_past_deaths_in_custody_is_no_incident() -> None:
    text = ("ICC issues arrest warrant for former Tarhuna prison chief\n"
            "The court says at least 20 prisoners died under torture in his prison between 2019 and 2020.")
    assert types(text) == set()


def test_a_killing_in_a_headline_beside_the_icc_is_still_a_killing() -> None:
    text = ("Two civilians killed in Tripoli clashes as ICC prosecutor visits\n"
            "Two civilians were killed on Monday when a shell hit their house in Ain Zara, medics said.")
    assert types(text) == {"killing", "attack_on_property_or_infrastructure"}


# --- missed: a force's "fire" in a headline is gunfire, no blaze -----------------------------------------------------


def test_police_fire_in_a_headline_is_gunfire_not_an_accident() -> None:
    text = ("Police fire kills protester in Zawiya, witnesses say\n"
            "Police opened fire on a crowd of protesters in Zawiya on Sunday, killing a young man, witnesses said.")
    assert "killing" in types(text)


def test_a_house_fire_that_kills_is_still_an_accident() -> None:
    text = ("House fire kills elderly man in Misrata\n"
            "An elderly man died on Sunday when a gas heater set his house in Misrata on fire, firefighters said.")
    assert types(text) == set()


# --- missed: gunmen who take someone to a place nobody names -----------------------------------------------------------


def test_gunmen_who_took_a_blogger_to_an_undisclosed_location_abducted_him() -> None:
    text = "Gunmen broke into the flat of a blogger in Misrata on Sunday night and took him to an undisclosed location."
    assert "abduction" in types(text)


def test_neighbours_who_took_a_man_to_hospital_abducted_nobody() -> None:
    text = "Neighbours found an elderly man collapsed in his garden in Sirte on Sunday and took him to hospital."
    assert "abduction" not in types(text)


# --- missed: people held for taking part in a protest ------------------------------------------------------------------


def test_men_held_for_taking_part_in_a_protest_are_arbitrarily_detained() -> None:
    text = ("Rights group urges release of three Derna students\n"
            "The group called for the release of three students detained by police in Derna since May for taking "
            "part in a protest over water cuts.")
    assert "arbitrary_detention" in types(text)


def test_men_arrested_for_a_robbery_are_not_arbitrarily_detained() -> None:
    text = "Police in Derna detained three men on Monday for robbing a jewellery shop, the security directorate said."
    assert "arbitrary_detention" not in types(text)


# --- a whole year's figure; a road crash told by its vehicles -----------------------------------------------------------


def test_a_panel_figure_for_a_year_is_no_incident() -> None:
    text = ("UN experts say 55 civilians died in Libya in 2024\n"
            "A panel of UN experts said 55 civilians were killed across Libya in 2024, most of them by old mines.")
    assert types(text) == set()


def test_a_killing_on_a_named_day_in_a_year_is_still_a_killing() -> None:
    text = "Gunmen shot dead a shopkeeper in Tarhuna on Monday, the third such attack in 2026, relatives said."
    assert "killing" in types(text)


def test_a_car_that_crashed_into_a_truck_is_an_accident() -> None:
    text = ("Six killed as minibus hits lorry near Brega\n"
            "Six passengers were killed on Friday when their minibus crashed into a lorry east of Brega, police said.")
    assert types(text) == set()


# --- denials told by "rejected claims"; a fall at work ------------------------------------------------------------------


def test_a_ministry_that_rejected_claims_of_torture_reports_no_torture() -> None:
    text = ("Ministry rejects claims detainees beaten at Ain Zara\n"
            "The justice ministry rejected on Sunday claims that detainees had been tortured at Ain Zara prison.")
    assert types(text) == set()


def test_a_killing_before_a_rejected_claim_is_still_a_killing() -> None:
    text = "Gunmen shot dead a judge in Sabha on Monday, days after he dismissed claims against a militia leader."
    assert "killing" in types(text)


def test_a_worker_who_died_falling_from_scaffolding_is_an_accident() -> None:
    text = ("Worker dies in fall at Tripoli tower site\n"
            "A worker died on Sunday after falling from scaffolding at a tower under construction in Tripoli.")
    assert types(text) == set()


# --- an armed group's leader killed: a fighter ------------------------------------------------------------------------


def test_the_head_of_an_armed_group_shot_dead_is_no_incident() -> None:
    text = ("Gunmen kill Zawiya militia chief\n"
            "Gunmen shot dead the head of a Zawiya armed group outside his home on Saturday, security sources said.")
    assert types(text) == set()


def test_the_head_of_a_charity_shot_dead_is_still_a_killing() -> None:
    assert "killing" in types("Gunmen shot dead the head of a Zawiya charity outside his home on Saturday.")


def test_a_toll_of_road_accidents_is_no_incident() -> None:
    text = "Road accidents killed 412 people in eastern Libya this year, the traffic department said on Sunday."
    assert types(text) == set()


# --- counts: ages told between commas after a name ----------------------------------------------------------------------


def test_ages_after_names_are_no_count() -> None:
    text = ("Two brothers shot dead in Zawiya\n"
            "Ali Salem, 19, and his brother Omar Salem, 23, were shot dead by gunmen in Zawiya on Friday.")
    assert counts(text)[0] == 2


def test_a_count_after_a_day_is_still_a_count() -> None:
    assert counts("Gunmen opened fire on a wedding in Sabha on Monday; 4 were killed.")[0] == 4


def test_a_nationality_and_a_trade_word_between_number_and_people_still_count() -> None:
    text = "Nine Libyan medical students were injured when gunmen fired on their bus near Sabha on Monday."
    assert counts(text) == (None, 9)


def test_an_abduction_dated_by_its_year_that_lasts_is_still_an_incident() -> None:
    text = ("Family of activist abducted in 2024 still has no news\n"
            "Activist Ali Salem, who was abducted by armed men in Tripoli in 2024, is still missing, his family said.")
    assert "abduction" in types(text)
