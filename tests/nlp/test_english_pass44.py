"""English pass 44 (tune95en): Libya precision in long articles (docs/labelling.md, "English news pass 44"). Our own
sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate

# --- an age between the verb and the person: "shot a 15-year-old boy in the leg" ------------------------------------

def test_age_before_the_person_shot() -> None:
    annotation = annotate("Witnesses said a checkpoint guard shot a 16-year-old boy in the arm in Sabha on Friday.", "en")
    assert {i.type for i in annotation.incidents} == {"injury"}
    assert annotation.injured == 1
    annotation = annotate("A militiaman stabbed a 62-year-old shopkeeper in the back in Zliten on Sunday.", "en")
    assert annotation.injured == 1
    # the look-alike: an age with no person after it is still no one shot
    annotation = annotate("Police shot a 20-year-old camel in the leg after it ran onto the road near Hun.", "en")
    assert not annotation.incidents


# --- a holding told short and over in a past year: background, not the news --------------------------------------

def test_brief_holding_in_a_past_year_is_background() -> None:
    text = ("Analysts weigh the port authority's future\n"
            "The port authority controls the country's fuel imports, and rival factions have long fought over it.\n"
            "In March 2023, gunmen briefly abducted the authority's finance director and held him for hours.\n"
            "Diplomats say the authority's board must be unified.")
    assert not annotate(text, "en").incidents
    # a sentence that opens on the past year tells the past too
    text = ("Analysts weigh the port authority's future\n"
            "The port authority controls the country's fuel imports, and rival factions have long fought over it.\n"
            "In 2022, militiamen detained two of its auditors.\n"
            "Diplomats say the authority's board must be unified.")
    assert not annotate(text, "en").incidents
    # the look-alike: an abduction in a past year that lasts ("is still missing") stays an incident
    text = ("Analysts weigh the port authority's future\n"
            "The port authority controls the country's fuel imports, and rival factions have long fought over it.\n"
            "In March 2023, gunmen abducted the authority's finance director, who is still missing.\n"
            "Diplomats say the authority's board must be unified.")
    assert {i.type for i in annotate(text, "en").incidents} & {"abduction", "enforced_disappearance"}


# --- a year's figure of people held: a statistic, not an event -------------------------------------------------------

def test_year_figure_of_people_held() -> None:
    text = ("Watchdog: press freedom fell in Libya\n"
            "The Committee to Protect Journalists said on Tuesday that at least 14 reporters were detained in 2024, "
            "most of them for a few days.\n"
            "It urged both governments to respect media freedom.")
    assert not annotate(text, "en").incidents
    # the people counted after the harm's noun: "the abduction of 25 activists in 2025"
    text = ("Rights group publishes yearly review\n"
            "The review documented the abduction of 19 human rights activists in 2024 across the country.\n"
            "It urged both governments to respect civic space.")
    assert not annotate(text, "en").incidents
    # the look-alike: people held on a day named stay an event
    text = ("Watchdog: reporters held in Libya\n"
            "The Committee to Protect Journalists said on Tuesday that 14 reporters were detained in Sirte on Monday "
            "while covering a protest.\n"
            "It urged both governments to respect media freedom.")
    assert annotate(text, "en").incidents


# --- a release listed among steps taken: the release, not a detention --------------------------------------------------

def test_release_listed_among_steps() -> None:
    text = ("UN office reviews detention in Libya\n"
            "The report also praised some progress, including the release of 150 detainees held without trial in "
            "Misrata's Al-Jawiya prison in May.\n"
            "The council will discuss the report next month.")
    assert not {i.type for i in annotate(text, "en").incidents} & {"arbitrary_detention"}
    # the look-alike: a call for the release of people held without trial tells a detention that lasts
    text = ("UN office reviews detention in Libya\n"
            "The report called for the release of 150 detainees held without trial in Misrata's Al-Jawiya prison.\n"
            "The council will discuss the report next month.")
    assert "arbitrary_detention" in {i.type for i in annotate(text, "en").incidents}


# --- the victims of a charge told in a relative clause: "accused of running a prison where/who ..." ------------------

def test_charge_victims_in_a_relative_clause() -> None:
    text = ("Libyan guard handed over by Spain in detention abuse case\n"
            "Spain handed a Libyan man to a Dutch court on Monday.\n"
            "The suspect, detained in Madrid in May, is accused of supervising prisoners including boys who were "
            "beaten and sexually assaulted, according to the indictment.")
    assert not annotate(text, "en").incidents
    # the look-alike: a relative clause with no charge before it tells the event
    text = ("Libyan guards abuse prisoners\n"
            "Guards at a jail in Zawiya supervised prisoners including boys who were beaten and sexually assaulted "
            "last week, survivors told reporters on Monday.")
    assert annotate(text, "en").incidents
    # and a man detained on a day, no charge named, is still a detention told
    text = ("Libyan man detained in Zawiya\n"
            "A Libyan man, detained in Zawiya on Monday, is held without charge, his lawyer said.")
    assert "arbitrary_detention" in {i.type for i in annotate(text, "en").incidents}


# --- a political event timed days after a harm: the harm is the news ------------------------------------------------

def test_political_event_days_after_the_harm() -> None:
    text = ("Farm labourers killed near Tobruk as ministers sign border deal\n"
            "Ministers from both countries signed a border agreement in Tobruk on Thursday.\n"
            "The signing came three days after four farm labourers were shot dead in an orchard outside Tobruk.\n"
            "Relatives said the killers had not been found.")
    assert annotate(text, "en").killed == 4
    # the look-alike: a harm years before the political event is an earlier one, no count of the news
    text = ("Ministers sign border deal in Tobruk\n"
            "Ministers from both countries signed a border agreement in Tobruk on Thursday.\n"
            "The signing came three years after four farm labourers were shot dead in an orchard outside Tobruk.\n"
            "Relatives said the killers had not been found.")
    assert annotate(text, "en").killed is None


# --- an age inside the list of those among the dead ------------------------------------------------------------------

def test_age_inside_among_them_list() -> None:
    annotation = annotate("Doctors said seven civilians, among them a man and a 12-year-old boy, were killed when "
                          "a rocket hit a market in Gharyan on Sunday.", "en")
    assert annotation.killed == 7
    # the look-alike: with no age the list was already read
    annotation = annotate("Doctors said seven civilians, among them a man and a boy, were killed when a rocket hit a "
                          "market in Gharyan on Sunday.", "en")
    assert annotation.killed == 7


# --- captives executed: "executing four captured fighters" -----------------------------------------------------------

def test_captives_executed() -> None:
    annotation = annotate("A video posted on Sunday appears to show gunmen executing three captured soldiers near "
                          "Sirte.", "en")
    assert {i.type for i in annotation.incidents} == {"killing"}
    assert annotation.killed == 3
    # the look-alike: executing a plan with captured ground is no killing
    annotation = annotate("The army said it was executing a plan to hold captured positions near Sirte.", "en")
    assert not annotation.incidents


# --- a ship's port of registry is no place of what happened to it ----------------------------------------------------

def test_port_of_registry_is_not_the_event_place() -> None:
    text = ("Grain carrier struck by drone in Red Sea, three crew hurt\n"
            "A bulk carrier was struck by a drone in the Red Sea on Thursday, wounding three crew members, a maritime "
            "security firm said.\n"
            "Libyan port officials said the carrier was registered in Tripoli although its owner is based in Athens.")
    assert not annotate(text, "en").in_libya
    # the look-alike: cases registered in a Libyan town are that town's (no ship or firm registered)
    text = ("Cholera cases rise in the south\n"
            "Health officials said 40 cases of cholera were registered in Sabha on Friday.")
    assert annotate(text, "en").in_libya


# --- Asian labour migrants' nationalities -----------------------------------------------------------------------------

def test_asian_labour_migrants() -> None:
    annotation = annotate("Gunmen kidnapped three Pakistani labourers near Bani Walid on Tuesday, relatives said.", "en")
    assert "migrants" in {c for i in annotation.incidents for c in i.victim_categories}
    annotation = annotate("Two Filipino nurses were abducted near Ubari on Monday, the health ministry said.", "en")
    assert "migrants" in {c for i in annotation.incidents for c in i.victim_categories}
    # the look-alike: officials of that country are no migrants
    annotation = annotate("Gunmen kidnapped two Pakistani diplomats near Bani Walid on Tuesday.", "en")
    assert "migrants" not in {c for i in annotation.incidents for c in i.victim_categories}


# --- a fire a strike caused is the attack's, not an accident ------------------------------------------------------

def test_fire_caused_by_a_strike() -> None:
    annotation = annotate("A rocket hit a bakery in Ain Zara on Thursday, sparking a fire and injuring three workers.",
                          "en")
    assert "injury" in {i.type for i in annotation.incidents}
    assert annotation.injured == 3
    # the look-alikes: a crash's fire and a fire on its own stay accidents
    annotation = annotate("A cargo drone crashed near Brega on Thursday, sparking a fire and injuring three workers.", "en")
    assert not annotation.incidents
    annotation = annotate("A fire broke out in a bakery in Ain Zara on Thursday, injuring three workers.", "en")
    assert not annotation.incidents


# --- actors: a sentence's conjunction, a nation's people after "and", a side's government's ministry --------------

def _actor_names(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_conjunction_before_a_name() -> None:
    names = _actor_names("But the High National Elections Commission and the Presidential Council disagreed on Monday.")
    assert "High National Elections Commission" in names
    assert not any(n.startswith("But") for n in names)
    # the look-alike: a name that opens a sentence keeps its first word
    assert "High National Elections Commission" in _actor_names("The High National Elections Commission said on "
                                                                "Monday that the vote was delayed.")


def test_nation_people_end_a_name() -> None:
    names = _actor_names("Detainees included migrants held by the Office for Combating Human Trafficking and "
                         "Tunisians held in prisons run by militias.")
    assert "Office for Combating Human Trafficking" in names
    # the look-alike: a second body after "and" is still read
    assert "Libyan Red Crescent" in _actor_names("The Anti-Infiltration Directorate and the Libyan Red Crescent said "
                                                 "two migrants died.")


def test_side_government_possessive_ministry() -> None:
    assert "western government's health ministry" in _actor_names(
        "The western government's health ministry said three children were wounded in the shelling.")
    assert "GNU's justice ministry" in _actor_names("The GNU's justice ministry said the detainee had been freed.")
    # the look-alike: a country's possessive keeps the country rule, a bare ministry stays bare
    assert "Egypt's health ministry" in _actor_names("Egypt's health ministry said three children were wounded.")
    assert "health ministry" in _actor_names("The health ministry said three children were wounded.")


# --- an event a year names, its harm in a relative clause: the past -------------------------------------------------

def test_year_named_event_recalled() -> None:
    text = ("Commander sanctioned by EU\n"
            "The EU on Monday sanctioned a militia commander over his role in Libya's conflict.\n"
            "His brigade was blamed for the 2021 Ain Zara shelling that killed 14 civilians.")
    assert not annotate(text, "en").incidents
    # the look-alike: a year inside a thing's name beside today's harm keeps the harm
    annotation = annotate("A rocket that killed four people hit the 2019 war memorial in Ain Zara on Sunday.", "en")
    assert annotation.killed == 4
    assert annotation.incidents


# --- what a trial heard is the act judged ----------------------------------------------------------------------------

def test_trial_heard_account() -> None:
    text = ("Smuggler trial opens in Palermo\n"
            "The trial heard that guards whipped detainees and raped women at a warehouse near Kufra.")
    assert not annotate(text, "en").incidents
    # the look-alike: what survivors said, with no trial, tells the harm
    text = ("Detainees whipped near Kufra\n"
            "Survivors said that guards whipped detainees and raped women at a warehouse near Kufra on Sunday.")
    assert annotate(text, "en").incidents


# --- a charge verb with its object before "with / of": "charged three men with torturing migrants" ----------------

def test_split_charge() -> None:
    text = ("Smugglers charged in Sicily\n"
            "Prosecutors in Agrigento charged four Eritrean men with torturing migrants at a farm near Bani Walid.")
    assert not annotate(text, "en").incidents
    # the look-alikes: an accusation by anyone, and a charge of something else before a new harm, keep the harm
    text = ("Driver killed near Zliten\n"
            "Gunmen accused a taxi driver of theft and shot him dead near Zliten on Monday.")
    assert "killing" in {i.type for i in annotate(text, "en").incidents}


# --- a time between the harm's place and ", killing": the harm's place still decides --------------------------------

def test_time_between_place_and_killing() -> None:
    text = ("Sudanese refugees in Tazirbu describe militia attack\n"
            "Sudanese refugees who reached Tazirbu this week told reporters that militia fighters attacked their "
            "village near Nyala last month, killing seven people.\n"
            "The Libyan Red Crescent said more than 1,500 refugees arrived in Tazirbu in June. Libyan authorities have "
            "opened a new camp.")
    assert not annotate(text, "en").in_libya
    # the look-alike: the raid's place in Libya keeps the harm in Libya
    text = ("Refugees in Tazirbu describe militia attack\n"
            "Refugees in Tazirbu told reporters that militia fighters attacked their camp near Kufra last month, "
            "killing seven people.\n"
            "Local officials in Tazirbu said they needed more food aid.")
    assert annotate(text, "en").in_libya
