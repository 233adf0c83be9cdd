"""English pass 25 (tune55en): actors, incident recall (docs/labelling.md, "English news pass 25"). Our own sentences,
not the tune set's (other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


# --- a person taken from a place by armed men: the active twin of "taken from" ---------------------------------------

def test_armed_men_took_a_person_from_a_place() -> None:
    text = "Two armed men took a shopkeeper from his store in Ghat on Sunday evening, his uncle said."
    assert "abduction" in types(text)
    text = "Gunmen took two students from their dormitory in Waddan on Friday, the municipality said."
    assert "abduction" in types(text)


def test_a_thing_taken_from_a_place_stays_no_incident() -> None:
    text = "Workers took the generator from their office in Waddan on Friday to repair it, the municipality said."
    assert types(text) == set()
    text = "The delegation took a photograph from the balcony of the council in Waddan on Friday."
    assert types(text) == set()


def test_bundled_away_by_armed_men() -> None:
    text = "Three armed men in a pickup bundled the teacher away outside a bakery in Ghat on Monday, neighbours said."
    assert "abduction" in types(text)


# --- academics and comedians are people a verb of taking or holding can have as its object -------------------------

def test_a_lecturer_taken_away_by_uniformed_men() -> None:
    text = "Men in police uniform took away a lecturer from the Sebha university campus on Wednesday, colleagues said."
    assert "abduction" in types(text)
    text = "Men in police uniform took away a laptop from the Sebha university campus on Wednesday, colleagues said."
    assert types(text) == set()


def test_a_comedian_held_for_a_video_is_an_activist() -> None:
    text = ("Amnesty International said on Friday that an armed group has held comedian Younes Ammar in Zawiya since he "
            "posted a video mocking the mayor in May.")
    ann = annotate(text, "en")
    assert "arbitrary_detention" in {i.type for i in ann.incidents}
    assert "activists" in ann.victim_categories()
    # a comedian who performs is no victim
    assert types("The comedian Younes Ammar held a show in Zawiya on Friday, drawing hundreds of fans.") == set()


# --- a commander's men, a brigade's men: the perpetrators ------------------------------------------------------------

def test_a_commanders_men_are_perpetrators_and_one_actor() -> None:
    text = "The blogger Salem Kadiki was seized near his home in Tajoura on Friday by Bashagha's men, his sister said."
    ann = annotate(text, "en")
    assert "abduction" in {i.type for i in ann.incidents}
    assert "Bashagha's men" in {a.name for a in ann.actors}


def test_a_commanders_loyalists_are_one_actor_as_his_men_are() -> None:
    # the incident finder and the actor finder read one list of followers' words: "loyalists" was in the first only
    text = "The nurse Huda Traiki was abducted outside her clinic in Gharyan on Monday by Zaidi's loyalists, her union said."
    ann = annotate(text, "en")
    assert "abduction" in {i.type for i in ann.incidents}
    assert "Zaidi's loyalists" in {a.name for a in ann.actors}


def test_a_possessive_that_names_no_armed_men_stays_no_incident() -> None:
    text = "The council's men seized the moment on Friday and approved the budget in Tajoura, its spokesman said."
    assert types(text) == set()
    text = "Men from the village seized the chance on Friday to repair the road to Tajoura, residents said."
    assert types(text) == set()


# --- a journalist pushed to the ground: an assault with no wound --------------------------------------------------------

def test_a_reporter_shoved_to_the_ground_is_an_assault() -> None:
    text = ("A reporter covering a sit-in in Misrata was shoved to the ground by guards of the municipality on "
            "Sunday, the press freedom centre said.")
    ann = annotate(text, "en")
    assert {"injury", "attack_on_civil_society"} <= {i.type for i in ann.incidents}
    assert ann.injured is None  # no wound stated: nobody counted hurt
    text = ("A camerawoman filming a march in Misrata was pushed to the ground by guards of the municipality on "
            "Sunday, the press freedom centre said.")
    assert "attack_on_civil_society" in types(text)
    assert types("The striker was shoved to the ground in the box and the referee gave a penalty in Misrata.") == set()


# --- held past the end of a sentence, questioned about a protest: no routine arrest ----------------------------------

def test_prisoners_held_past_their_sentences() -> None:
    text = ("A rights group said on Monday that 35 men held in Kuwaifiya prison had been kept past the end of their "
            "sentences and denied family visits.")
    assert "arbitrary_detention" in types(text)
    text = "A rights group said on Monday that 35 men held in Kuwaifiya prison had finished a literacy course."
    assert types(text) == set()


def test_held_and_questioned_about_a_protest() -> None:
    text = ("Members of an armed unit detained three students at a checkpoint near Bani Walid on Monday and "
            "questioned them about a protest, their families said.")
    assert "arbitrary_detention" in types(text)
    text = "Police detained three men suspected of stealing cables near Bani Walid on Monday, the directorate said."
    assert "arbitrary_detention" not in types(text)


# --- actors: a town's security directorate keeps its town; nationals' mercenaries ---------------------------------

def test_a_towns_security_directorate_keeps_its_town() -> None:
    text = ("Residents said officers of the Security Directorate in Ubari beat two Chadian workers on Tuesday and "
            "took them to hospital with broken ribs.")
    assert "Security Directorate in Ubari" in actors(text)
    # a national or central body written with its town stays as it is
    text = ("The Central Security Directorate in Zliten beat two Chadian workers on Tuesday and took them to "
            "hospital with broken ribs, residents said.")
    assert "Central Security Directorate in Zliten" not in actors(text)


# --- "beat a group of Nigerien migrants": people after a group word and a nationality ------------------------------

def test_a_group_of_nationals_beaten() -> None:
    text = "Witnesses said police in Murzuq beat a group of Malian workers held in a raid on Friday."
    assert types(text) & {"injury", "torture"}
    text = "The Murzuq club beat a group of Malian teams in a friendly tournament on Friday."
    assert types(text) == set()


# --- "denied family visits" is a deprivation, no denial; "the two were held for 12 hours" ----------------------------

def test_denied_visits_is_no_denial() -> None:
    text = ("A rights group said on Monday that 40 detainees in Kuwaifiya prison had been denied family visits for "
            "months and that several were kept past the end of their sentences.")
    assert "arbitrary_detention" in types(text)
    text = "The ministry denied reports that detainees in Kuwaifiya prison had been kept past the end of their sentences."
    assert types(text) == set()


def test_the_two_held_for_hours_and_questioned_about_a_protest() -> None:
    text = ("Gunmen of an armed unit stopped two engineers at a checkpoint near Bani Walid on Monday, their union said. "
            "The two were held for nine hours at a base and questioned about a protest.")
    assert "arbitrary_detention" in types(text)
    text = ("Gunmen of an armed unit stopped two engineers at a checkpoint near Bani Walid on Monday, their union said. "
            "The two were held up for nine hours by traffic at the base.")
    assert "arbitrary_detention" not in types(text)


# --- actors: a named brigade, a listed force with its word, nationals' mercenaries ----------------------------------

def test_a_brigade_named_by_its_leader() -> None:
    text = "Two fighters were killed on Monday in a clash between the Zintani brigade and the Bugra brigade near Tajoura."
    assert {"Zintani brigade", "Bugra brigade"} <= actors(text)
    text = "A Gharyan brigade commander was shot dead on Monday near Tajoura, a relative said."
    assert "Gharyan brigade" not in actors(text)


def test_nationals_mercenaries_are_an_actor_unless_members_of_a_named_group() -> None:
    text = "Syrian mercenaries shot dead a shepherd near Brak on Sunday, his family said."
    assert "Syrian mercenaries" in actors(text)
    text = "Syrian mercenaries of the Wagner Group shot dead a shepherd near Brak on Sunday, his family said."
    found = actors(text)
    assert "Wagner Group" in found and "Syrian mercenaries" not in found


# --- a shop owner, a technician: civilians, counted one -------------------------------------------------------------

def test_a_shop_owner_shot_dead_is_one_civilian() -> None:
    ann = annotate("Gunmen shot dead a store owner in Gharyan on Thursday night and fled in a grey car.", "en")
    assert ann.killed == 1 and ann.victim_status == "civilian"


def test_a_technician_wounded_at_a_station_is_a_civilian() -> None:
    ann = annotate("Rockets hit the power station of Tarhuna on Monday. A technician was wounded, the company said.", "en")
    assert ann.injured == 1 and ann.victim_status == "civilian"
    # fighters wounded at the same site stay fighters
    ann = annotate("Rockets hit an army post near Tarhuna on Monday. Two soldiers were wounded, the army said.", "en")
    assert ann.victim_status == "combatant"


# --- "a couple and their three children": the couple are two ---------------------------------------------------------

def test_a_couple_and_their_children_hurt() -> None:
    text = "A couple and their two sons were wounded when a shell hit their home in Ain Zara, medics said."
    assert annotate(text, "en").injured == 4
    text = "A couple of shells hit the market and three children were wounded in Ain Zara, medics said."
    assert annotate(text, "en").injured == 3


# --- "Military Intelligence", "a Chadian opposition group": bodies by their head ------------------------------------

def test_military_intelligence_is_a_body() -> None:
    text = "The family of a Derna blogger said he was taken by Military Intelligence officers in Derna a week ago."
    assert "Military Intelligence" in actors(text)
    text = "The family of a Derna blogger said he had studied artificial intelligence in Derna for a year."
    assert actors(text) == set()


def test_a_nationals_opposition_group() -> None:
    text = "A herder was shot dead near Murzuq on Friday by gunmen from a Sudanese rebel group, police said."
    assert "Sudanese rebel group" in actors(text)
    text = "A herder was shot dead near Murzuq on Friday by gunmen, a Sudanese rebel said."
    assert "Sudanese rebel group" not in actors(text)


# --- children among the people held: no routine arrest (as «احتجاز أطفال») -----------------------------------------

def test_migrants_held_with_their_children() -> None:
    text = ("Guards of the migration agency detained about 150 migrants, among them Sudanese mothers and their children, "
            "in a sweep of a Tajoura warehouse on Friday, a UN agency said.")
    assert "arbitrary_detention" in types(text)
    text = ("Guards of the migration agency detained about 150 migrants in a sweep of a Tajoura warehouse on Friday, "
            "a UN agency said.")
    assert "arbitrary_detention" not in types(text)


# --- taken for criticism voiced: activists (the settled answer on people jailed for their words) -------------------

def test_a_teacher_taken_after_criticising_officials() -> None:
    text = ("Gunmen took away a teacher who had criticised the mayor in a radio interview from his home in Ghat on "
            "Sunday, his brother said.")
    assert "activists" in annotate(text, "en").victim_categories()
    text = "Gunmen took away a teacher from his home in Ghat on Sunday, his brother said."
    assert "activists" not in annotate(text, "en").victim_categories()


# --- "the coastguard" after "the Libyan Coast Guard": one body, one string ------------------------------------------

def test_coastguard_written_as_one_word_after_the_full_name() -> None:
    text = ("A migrant died on Monday after a patrol boat of the Libyan Coast Guard rammed a dinghy off Zuwara, an NGO "
            "said. The coastguard rejected the account.")
    found = actors(text)
    assert "Libyan Coast Guard" in found and "coastguard" not in found
    text = "A migrant died on Monday after a coastguard boat rammed a dinghy off Zuwara, an NGO said."
    assert {a.lower() for a in actors(text)} & {"coastguard"}


# --- "were taken to Ubari Medical Centre": a hospital named "Medical Centre" -------------------------------------------

def test_taken_to_a_medical_centre_counts_hurt() -> None:
    text = "Guards beat a group of detainees on Monday, and three were taken to Ubari Medical Centre with fractures."
    assert annotate(text, "en").injured == 3
    text = "Guards beat a group of detainees on Monday, and three were taken to Ubari Medical Supplies depot to work."
    assert annotate(text, "en").injured is None


# --- a beaten group, then "One was treated in hospital for a head wound": the one told hurt -----------------------

def test_one_of_a_beaten_group_treated_for_a_wound() -> None:
    text = ("Guards beat five detainees at the prison in Zawiya on Sunday. One was treated in a clinic for a broken jaw, "
            "a relative said.")
    assert annotate(text, "en").injured == 1
    text = "Guards beat five detainees at the prison in Zawiya on Sunday. One was released on Monday, a relative said."
    assert annotate(text, "en").injured is None


# --- protesters fired on are civilians ----------------------------------------------------------------------------

def test_protesters_fired_on_are_civilians() -> None:
    text = "Guards fired live rounds to disperse protesters in Ghat on Friday, wounding four, a clinic said."
    assert annotate(text, "en").victim_status == "civilian"
    text = "Guards fired live rounds at fighters attacking their post in Ghat on Friday, wounding four, a clinic said."
    assert annotate(text, "en").victim_status != "civilian"
