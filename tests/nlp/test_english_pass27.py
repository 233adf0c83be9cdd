"""English pass 27 (tune59en): the Libya decision in regional news, incidents missed and look-alikes (docs/labelling.md,
"English news pass 27"). Our own sentences, not the tune set's (other names, places and wording); each rule has a
look-alike that must not change."""
from nlp.annotate import annotate
from nlp.countries import find_cues
from nlp.lexicon import Tokens


def types(text: str) -> list[str]:
    return sorted({incident.type for incident in annotate(text, "en").incidents})


def cue_factors(text: str) -> list[float]:
    return [cue.factor for cue in find_cues(Tokens.of(text))]


def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


# --- a nationality before a people word tells who, not where (as «مواطن ليبي») -------------------------------------

def test_foreign_workers_harmed_in_libya_do_not_make_the_story_foreign() -> None:
    text = ("Video from Ajdabiya: Sudanese drivers slapped and kicked by men in uniform at a checkpoint, their phones "
            "taken. The Sudanese drivers say they carried work permits from Kufra.")
    assert annotate(text, "en").in_libya is True


def test_a_libyan_wanted_for_acts_in_libya_and_a_libyan_body_stay_libyan() -> None:
    text = ("France extradites Libyan man wanted over killings in Tarhuna\n"
            "France extradited a Libyan man to Libya on Friday to face charges over killings in Tarhuna in 2020, "
            "officials in Paris said.")
    assert annotate(text, "en").in_libya is True
    assert cue_factors("The panel reported violations by the Libyan National Army in Sirte.") == [1.0]
    assert cue_factors("Two Libyan brothers and three Sudanese workers were hurt.") == [0.25, 0.25]
    text = ("Libyan ministry signs water deal\n"
            "The Libyan water ministry signed a contract in Rome on Tuesday to repair pumping stations in Gharyan, "
            "officials said.")
    assert annotate(text, "en").in_libya is True


# --- "attacked villages in PLACE, killing ...": the killing's own place, where the arrivals came from ----------------

def test_a_killing_told_after_the_place_of_the_attack_is_there() -> None:
    text = ("Hundreds reach Libya's Ghat after raids in northern Niger\n"
            "More than 600 Nigeriens have arrived in Ghat this month after gunmen raided hamlets in northern Niger, "
            "killing at least 14 villagers, the UN refugee agency said. The Libyan Red Crescent in Ghat is handing out "
            "food and the Libyan authorities have let the families stay.")
    assert annotate(text, "en").in_libya is False


def test_a_killing_told_after_a_libyan_place_stays_libyan() -> None:
    text = ("Shelling hits Gharyan suburb\n"
            "Rockets fell on a residential street in Gharyan on Sunday, killing three civilians, the municipality said. "
            "Residents fled towards Tunisia and Egypt.")
    assert annotate(text, "en").in_libya is True


# --- whipping and flogging are torture --------------------------------------------------------------------------------

def test_whipped_detainees_are_tortured() -> None:
    assert "torture" in types("Eritrean detainees at a holding centre in Sabha were whipped by guards on Sunday "
                              "after a protest over food, two of them told a rights group.")
    assert "torture" in types("Guards flogged five migrants at the Bir Ghanam centre on Monday, detainees said.")


def test_whipping_up_tension_is_no_torture() -> None:
    assert types("The minister accused rival politicians in Tripoli of whipping up tension before the vote.") == []


# --- "forces fire": a force's gunfire, no blaze ----------------------------------------------------------------------

def test_forces_fire_in_a_headline_is_gunfire() -> None:
    text = ("Students hurt as security forces fire in Sabratha\n"
            "Police forces fired live ammunition to break up a rally of students protesting exam results in Sabratha "
            "on Wednesday, wounding four, the town's hospital said.")
    assert "injury" in types(text)
    assert counts(text)[1] == 4


def test_a_fire_at_a_depot_stays_an_accident() -> None:
    text = ("Fire at fuel depot in Khoms\n"
            "A fire broke out at a fuel depot in Khoms on Wednesday, injuring four workers, the civil defence said.")
    assert types(text) == []


# --- an inquiry headline frames its body (investigations of past events are no incidents) -----------------------------

def test_an_inquiry_headline_frames_the_deaths_it_looks_into() -> None:
    text = ("Italian prosecutor opens inquiry into coast guard response\n"
            "A prosecutor in Catania on Monday opened an inquiry into the coast guard's response to a distress call "
            "from a dinghy that had left Zuwara in March. Relatives say nine migrants had died of exposure before "
            "help arrived. The coast guard said it had followed procedures.")
    assert annotate(text, "en").incidents == ()


def test_a_headline_harm_beside_an_inquiry_stays_an_incident() -> None:
    text = ("Two killed in Zawiya shooting, inquiry into police conduct ordered\n"
            "Two men were shot dead at a checkpoint in Zawiya on Monday, relatives said.")
    assert "killing" in types(text)


# --- "a boy and two men died": one victim joined to a number -----------------------------------------------------------

def test_one_victim_and_a_number_of_people_are_added() -> None:
    assert counts("A ten-year-old girl and three women drowned when the dinghy capsized off Sabratha on Friday, "
                  "the Red Crescent said.")[0] == 4
    assert counts("A fisherman and two boys were killed when a shell struck the harbour in Zuwara on Monday.")[0] == 3


def test_one_victim_and_a_number_of_hours_stay_one() -> None:
    assert counts("A fisherman died when a shell struck the harbour in Zuwara on Monday and two hours later a "
                  "second shell hit the market.")[0] == 1


# --- the death that angered a hospital's attackers is no killing told (as «بسبب وفاة أحد مرافقيهم») -------------------

def test_a_relatives_death_that_set_off_a_hospital_raid_is_no_killing() -> None:
    text = ("Relatives storm Gharyan clinic\n"
            "A group of men stormed the maternity ward of Gharyan General Clinic on Tuesday after a relative of "
            "theirs died during surgery, smashed windows and threatened a doctor, the clinic said.")
    assert "killing" not in types(text)
    text = "Men stormed a Misrata clinic after their father died there and smashed its doors, staff said."
    assert "killing" not in types(text)


def test_a_death_told_as_the_event_stays_a_killing() -> None:
    text = "A patient died on Tuesday after gunmen shelled the Gharyan clinic, staff said."
    assert "killing" in types(text)
    text = "A man died in Misrata on Sunday after gunmen shot him at a checkpoint, relatives said."
    assert "killing" in types(text)


# --- a hospital stormed or speaking is no care given: a beating with no wound stated counts nobody hurt ----------------

def test_a_hospital_stormed_or_speaking_states_no_wound() -> None:
    assert counts("Gunmen raid Zawiya hospital, beat nurse")[1] is None
    assert counts("Gunmen stormed the emergency room of a Zawiya clinic on Monday, beat a nurse and broke "
                  "the doors, the hospital said.")[1] is None


def test_a_beating_with_care_in_hospital_keeps_its_count() -> None:
    assert counts("Gunmen stormed a clinic in Zawiya on Monday and beat a nurse, who was later treated in hospital "
                  "for a broken jaw, staff said.")[1] == 1
    assert counts("Gunmen beat a nurse at a clinic in Zawiya on Monday; he was taken to hospital, staff said.")[1] == 1


# --- "sexually abused" is sexual violence, not the weak "abused" of ill-treatment -----------------------------------

def test_sexually_abused_is_sexual_violence() -> None:
    text = ("Girls held at a farm near Bani Walid were sexually abused by their captors for weeks, two of them told "
            "a Red Crescent team after their release.")
    assert "sexual_violence" in types(text)


def test_abused_alone_is_no_sexual_violence() -> None:
    assert "sexual_violence" not in types("Detainees at the Tajoura centre were abused and beaten by guards on "
                                          "Monday, three of them said.")


# --- "died after being hit by a stray bullet": the wound the victim died of is no second harm ----------------------

def test_the_wound_a_victim_died_of_is_no_injury() -> None:
    assert types("A 30-year-old nurse died on Friday after being hit by a stray bullet fired at a wedding in "
                 "Zawiya, the hospital said.") == ["killing"]
    assert types("A farmer died in Gharyan on Monday after he was shot in the leg at a checkpoint, relatives "
                 "said.") == ["killing"]


def test_others_hurt_beside_a_death_keep_the_injury() -> None:
    assert types("A farmer died in Gharyan on Monday and his two sons were wounded after gunmen opened fire at a "
                  "checkpoint, relatives said.") == ["injury", "killing"]


# --- robbers with no other name are the perpetrators, as «لصوص» --------------------------------------------------------

def actor_names(text: str) -> list[str]:
    return [actor.name for actor in annotate(text, "en").actors]


def test_robbers_are_listed_as_perpetrators() -> None:
    assert "robbers" in actor_names("A shopkeeper was stabbed by robbers who broke into his store in Bani Walid on "
                                    "Friday night, the town's security directorate said.")
    assert "Armed robbers" in actor_names("Armed robbers shot dead a money changer in Misrata on Sunday, police said.")


def test_robbery_as_a_word_names_no_actor() -> None:
    assert actor_names("A shopkeeper was stabbed during a robbery at his store in Bani Walid on Friday.") == []


# --- "<town> Medical Centre", "<town> regional hospital": a hospital named by its town is a place ----------------------

def place_names(text: str) -> list[str]:
    return [place.name for place in annotate(text, "en").places]


def test_a_town_medical_centre_is_a_place() -> None:
    names = place_names("Five people were wounded in clashes in Gharyan on Monday, Gharyan Medical Centre said.")
    assert "Gharyan Medical Centre" in names and "Gharyan" in names
    names = place_names("Two fishermen were stabbed in Zarzis on Monday and treated at Zarzis regional hospital.")
    assert "Zarzis regional hospital" in names


def test_a_medical_centre_without_a_town_names_no_place() -> None:
    assert place_names("Five people were wounded on Monday, the town's medical centre said.") == []


# --- a rescue abroad of people who left Libya: the rescuers' nationality is a cue, as "Italian" is ----------------------

def test_a_maltese_rescue_of_people_who_left_libya_is_abroad() -> None:
    text = ("Maltese patrol boat picks up 45 who left Libya\n"
            "A Maltese patrol boat picked up 45 people from a dinghy in the Maltese search and rescue zone on Monday, "
            "two days after they had left Garabulli, a charity said. All were well.")
    assert annotate(text, "en").in_libya is False


def test_a_maltese_ship_off_libya_stays_libyan() -> None:
    text = ("Libyan coast guard fires on migrant boat off Zawiya\n"
            "The Libyan coast guard fired on a boat off Zawiya on Monday, wounding two migrants, the crew of a "
            "Maltese-flagged merchant ship nearby said.")
    assert annotate(text, "en").in_libya is True


# --- "the port of Tripoli in northern Lebanon": a place told in a country is that country's ------------------------

def test_a_place_told_in_another_country_is_that_countrys() -> None:
    text = ("Blaze at Tripoli port warehouse\n"
            "A fire broke out at a grain warehouse in the port of Tripoli in northern Lebanon on Sunday, the civil "
            "defence said. Nobody was hurt.")
    assert annotate(text, "en").in_libya is False


def test_a_libyan_place_told_in_libya_stays_libyan() -> None:
    text = ("Blaze at Tripoli port warehouse\n"
            "A fire broke out at a grain warehouse in the port of Tripoli in Libya on Sunday, the civil defence said. "
            "Nobody was hurt. Ships were diverted to Malta and Tunisia.")
    assert annotate(text, "en").in_libya is True


def test_a_libyan_flagged_ship_abroad_is_not_libyan() -> None:
    text = ("Libyan-flagged cargo ship detained in Red Sea port\n"
            "A Libyan-flagged cargo ship was held in the Red Sea on Thursday over unpaid fees, a shipping agency "
            "said. Its crew was safe.")
    assert annotate(text, "en").in_libya is False
    assert cue_factors("A Libyan-owned tanker and a Libyan tanker.") == [0.25, 1.0]


# --- a headline's last harm word and the dateline after it: the dateline is no harm site ------------------------------

def test_a_dateline_after_a_headline_harm_is_no_harm_site() -> None:
    text = ("Gunmen fire on bus of Sudanese workers near Sabha, two hurt\n"
            "KHARTOUM (Reuters) - Gunmen fired on a bus taking Sudanese workers to a farm near Sabha in Libya's south "
            "on Monday, wounding two of them, Sudan's foreign ministry said. It urged Sudanese in Libya to avoid "
            "night travel.")
    assert annotate(text, "en").in_libya is True


def test_a_harm_told_in_a_foreign_city_stays_abroad() -> None:
    text = ("Two Libyan students hurt in Cairo\n"
            "Two Libyan students were wounded in Cairo on Monday when a man attacked them with a knife, Egyptian police "
            "said.")
    assert annotate(text, "en").in_libya is False


# --- "a trafficking gang": the unnamed smugglers in the form the body writes ------------------------------------------

def test_a_trafficking_gang_is_the_perpetrator() -> None:
    text = ("Migrants held by smugglers freed near Sabha\n"
            "Police raided a house near Sabha on Monday and freed 14 migrants who had been held and beaten for weeks by "
            "a smuggling gang demanding ransoms, officials said.")
    assert "smuggling gang" in actor_names(text)


def test_gangs_in_general_name_no_actor() -> None:
    assert "smuggling gangs" not in actor_names("The minister said smuggling gangs profit from the chaos in the south.")
