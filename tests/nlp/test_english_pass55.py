"""English pass 55 (tune117en): Libya-incident precision, where the harm happened (docs/labelling.md, "English news
pass 55"): a facility word that ends the headline is no facility of the dateline's city on the next line, a report
rejected as a denial, a prison's detainees held "for years" told as a record. Our own sentences, not the tune set's
(other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def _places(text: str) -> list[str]:
    return [p.name for p in annotate(text, "en").places]


# --- a facility head at the end of the headline does not take the dateline's city of the next line ------------------

def test_headline_prison_is_no_facility_of_the_dateline_city() -> None:
    text = ("Escaped migrants say jailers beat them in Libyan prison\nATHENS (AP) - Nine Eritrean women brought to "
            "Crete on Tuesday told aid workers that jailers at a detention centre in Sabratha had beaten them with "
            "pipes before they fled in June. Doctors in Crete treated three of them for wounds.")
    a = annotate(text, "en")
    assert all("\n" not in p.name for p in a.places)
    assert a.in_libya  # the beating was in Sabratha; Crete is where it was told
    assert "Sabratha" in _places(text)


def test_facility_and_city_on_one_line_stay_one_name() -> None:
    # the look-alike: the head right before its city on the same line is the facility's name
    assert "prison\nMALTA" not in _places("Inmates riot in prison\nMALTA (AP) - Inmates rioted on Sunday.")
    assert "Kuweifiya prison" in _places("Inmates at Kuweifiya prison in Benghazi staged a hunger strike.") or any(
        "Kuweifiya" in p for p in _places("Inmates at Kuweifiya prison in Benghazi staged a hunger strike."))
    assert "hospital Misrata" not in _places("He was taken to hospital. Misrata residents said the road was shut.")


# --- a report rejected is a denial, as "rejected claims" -----------------------------------------------------------

def test_rejected_report_of_a_secret_jail_is_no_incident() -> None:
    assert not annotate("Benghazi authorities reject report of hidden jail\nBENGHAZI (AFP) - The interior ministry on "
                        "Monday rejected a report by a French broadcaster that an armed brigade ran a hidden jail "
                        "near Benina airport, calling it baseless.", "en").is_incident
    assert not annotate("The ministry dismissed a story that a brigade had tortured detainees in Sirte.",
                        "en").is_incident


def test_report_of_a_secret_jail_not_rejected_stays_an_incident() -> None:
    # the look-alike: a report told, not rejected, keeps the harm; a report published after the harm, too
    assert annotate("A brigade ran a hidden jail near Benina airport where detainees were tortured, a report by a "
                    "French broadcaster said on Monday.", "en").is_incident
    assert annotate("Gunmen abducted two teachers in Sirte on Sunday; the ministry rejected calls to close the "
                    "schools.", "en").is_incident


# --- a prison's detainees held "for years": a record, no event -----------------------------------------------------

def test_detainees_held_without_trial_for_years_is_a_record() -> None:
    assert not annotate("Human Rights Watch on Tuesday urged the authorities to shut the Gernada prison, saying "
                        "inmates there had been held without trial for years.", "en").is_incident
    assert not annotate("Rights groups say prisoners in Tunisia are held without charge for decades.",
                        "en").is_incident


def test_counted_or_named_detainees_held_for_years_stay_an_incident() -> None:
    # the look-alike: bounded people (a number, a name) held for years are a detention still going on
    assert annotate("Human Rights Watch urged the authorities to free nine students, saying they had been held "
                    "without trial for years.", "en").is_incident
    assert annotate("Seven fishermen have been held without trial for years in Tobruk, their families said.",
                    "en").is_incident



# --- "rescued and brought to Pozzallo": where a rescue landed people is no place of the harm they tell of -----------

def test_harm_told_by_people_rescued_and_brought_to_italy_is_in_libya() -> None:
    text = ("Survivors say jailers beat them for weeks\nPALERMO (AFP) - Eleven Eritrean women rescued and brought to "
            "Pozzallo on Sunday told aid workers that jailers at a camp in Sabratha had beaten them for weeks. "
            "Doctors treated three of them for wounds.")
    a = annotate(text, "en")
    assert a.in_libya
    assert [p.name for p in a.places if p.event_location] == ["Sabratha"]


def test_harm_where_people_were_brought_without_a_rescue_stays_there() -> None:
    # the look-alike: no rescue before "brought to": those brought were taken there and harmed there
    a = annotate("Police in Sfax said two Libyan traders brought to Sfax by smugglers were beaten there on Sunday.",
                 "en")
    assert [p.name for p in a.places if p.event_location] == ["Sfax", "Sfax"]
    assert not a.in_libya


# --- "ROME (Reuters) -": a wire's dateline abroad is where the story was filed, as a speaker's seat -----------------

def test_harm_in_libya_filed_from_rome_is_in_libya() -> None:
    text = ("Survivors say guards whipped them for weeks\nROME (Reuters) - Six Gambian men rescued and brought to "
            "Pozzallo told Emergency that guards at a camp in Sabratha had whipped them and denied them food. Medics "
            "in Pozzallo treated two of them for wounds. Italy's interior ministry said they would be moved to "
            "Catania.")
    assert annotate(text, "en").in_libya


def test_harm_abroad_filed_from_its_own_capital_stays_abroad() -> None:
    # the look-alike: the dateline's country is also where the harm was (a Libyan stabbed in Cairo)
    assert not annotate("Libyan student stabbed in Cairo\nCAIRO (Reuters) - A Libyan student was stabbed to death "
                        "in Cairo's Nasr City on Sunday, Egyptian police said. Libya's embassy in Cairo said it was "
                        "following the case.", "en").in_libya


def test_dateline_of_the_headline_country_still_counts() -> None:
    # the look-alike: a story filed from Rome about Italy's own figures (its headline names Italy) stays Italian
    assert not annotate("Italy's migrant landings drop as boats leave from eastern Libya\nROME (AFP) - Landings in Italy "
                        "fell by a fifth this year, with more boats leaving from eastern Libya, Italian data showed. "
                        "Lampedusa's centre held 300 people.", "en").in_libya


# --- "a Chadian armed group", "the Nigerien government": a nationality before these bodies is part of the name ------

def _actors(text: str) -> list[str]:
    return [a.name for a in annotate(text, "en").actors]


def test_nationality_before_an_armed_group_or_a_foreign_government_is_one_actor() -> None:
    names = _actors("Gunmen from a Nigerien armed group attacked a truck near Qatrun on Monday, killing two drivers, "
                    "the Malian government said.")
    assert "Nigerien armed group" in names and "Malian government" in names


def test_libyan_government_and_a_group_leader_are_not_listed_so() -> None:
    # the look-alikes: Libya's rival governments are named by their side or seat, a leader is a person of a group, and
    # "no Italian government" names none
    names = _actors("The Libyan government in Tripoli condemned the attack, and a Sudanese armed group leader denied "
                    "it; no Italian government has commented.")
    assert "Libyan government" not in names and "Sudanese armed group" not in names
    assert "Italian government" not in names


# --- "The justice ministry of the Government of National Stability": one actor also where it opens a sentence, and
# with the rival government named by its side ("of the western government") ----------------------------------------

def test_ministry_of_a_named_government_opening_a_sentence_is_one_actor() -> None:
    names = _actors("Gunmen abducted a judge in Sirte on Monday. The foreign ministry of the Government of National "
                    "Stability said it was searching for him.")
    assert "foreign ministry of the Government of National Stability" in names
    assert "Government of National Stability" not in names


def test_ministry_of_a_side_government_is_one_actor() -> None:
    names = _actors("Gunmen abducted a judge in Sirte on Monday, the health ministry of the western government said.")
    assert "health ministry of the western government" in names


def test_ministry_without_a_government_after_it_stays_bare() -> None:
    # the look-alike: the government is not the ministry's owner here ("ministry of ... said" is absent)
    names = _actors("The justice ministry said on Monday that gunmen had abducted a judge in Sirte, the western "
                    "government's spokesman added.")
    assert "justice ministry" in names


# --- "the Zliten civil protection", "the Zuwara coast guard sector": a town's unit keeps its town -------------------

def test_town_civil_protection_and_coast_guard_sector_keep_their_town() -> None:
    names = _actors("Three fishermen drowned off Zliten on Monday, the Zliten civil protection said. The Khoms coast "
                    "guard sector recovered two bodies.")
    assert "Zliten civil protection" in names and "Khoms coast guard sector" in names


def test_civil_protection_with_no_town_stays_bare() -> None:
    # the look-alike: no town before the body
    names = _actors("Three fishermen drowned off Zliten on Monday, the civil protection said.")
    assert "civil protection" in names and not any(n.endswith(" civil protection") for n in names)


# --- "over posts about migrants": the people a journalist's posts are about are their topic, no victims -------------

def _categories(text: str) -> set[str]:
    return {c for i in annotate(text, "en").incidents for c in i.victim_categories}


def test_people_a_jailed_writers_posts_are_about_are_no_victims() -> None:
    cats = _categories("Algerian police arrested Libyan blogger Salma Ferjani in Oran on Friday over videos about the "
                       "abuse of migrants in Tamanrasset, her lawyer said.")
    assert "migrants" not in cats
    assert "migrants" not in _categories("Egypt detains Libyan poet over tweets on refugees\nCAIRO (AFP) - Egyptian "
                                         "police detained a Libyan poet in Alexandria on Monday, his family said.")


def test_migrants_harmed_beside_a_post_stay_victims() -> None:
    # the look-alike: the migrants are the ones shot, the post only tells it
    assert "migrants" in _categories("Guards shot dead three migrants at a detention centre in Zawiya on Friday, according "
                                     "to posts by detainees.")
