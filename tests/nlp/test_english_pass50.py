"""English pass 50 (tune107en): actors as English news names armed groups every way ("<leader>'s forces" after a
capture or a death in custody, aid and rights bodies headed "Foundation", "Corps", "League for", a town's military
council, a brigade or militia named by two words in lower case, a headline's generic men beside the body text's
members of a named body, a side's word for its targets) (docs/labelling.md, "English news pass 50"). Our own
sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


# --- "<leader>'s forces" as the captor or the holder -------------------------------------------------------------------

def test_captured_by_leaders_forces() -> None:
    text = ("Prisoners found dead near Ajdabiya\nThe bodies of three men captured by Bashagha's fighters near "
            "Ajdabiya were found on Monday, relatives said.")
    assert "Bashagha's fighters" in actors(text)


def test_died_in_custody_of_leaders_forces() -> None:
    text = ("Relatives of five men who died in the custody of Hamid's forces last year protested in Sirte on Monday, "
            "saying the men had been tortured.")
    assert "Hamid's forces" in actors(text)


def test_leaders_forces_with_first_name_after_by() -> None:
    text = "Two shepherds were shot dead near Waddan on Friday by Khalifa Hamid's forces, their relatives said."
    assert "Khalifa Hamid's forces" in actors(text)


def test_leaders_forces_in_background_stay_out() -> None:
    # the look-alike: the forces named with no harm of theirs before them (English pass 25: not labelled)
    text = "Hamid's forces have controlled the Waddan area since 2021, and the town council met on Monday."
    assert "Hamid's forces" not in actors(text)


def test_country_forces_after_by_not_a_leaders() -> None:
    # the look-alike: a country's possessive is no leader's band
    text = "Two fishermen were wounded on Friday by Egypt's forces near the border, relatives said."
    assert "Egypt's forces" not in actors(text)


# --- aid and rights bodies headed "Foundation", "Corps", "League for" ---------------------------------------------------

def test_foundation_head() -> None:
    text = "A volunteer was abducted in Ghat on Monday by unknown gunmen, the Sahara Relief Foundation said."
    assert "Sahara Relief Foundation" in actors(text)


def test_corps_head() -> None:
    text = ("Six migrants were treated for gunshot wounds in Zuwara on Friday by the Mercy Aid Corps after gunmen "
            "fired on them.")
    assert "Mercy Aid Corps" in actors(text)


def test_league_for_rights() -> None:
    text = "Soldiers beat ten herders near Agadez on Friday, the Nigerien League for Human Rights said."
    assert "Nigerien League for Human Rights" in actors(text)


def test_sports_league_is_no_body() -> None:
    # the look-alike: a competition named "... League" with no "of / for" after it
    text = "Al-Nasr beat Al-Khums 2-0 on Friday and lead the Libyan Premier League by three points."
    assert not any("League" in a for a in actors(text))


# --- a town's military council, and "and" before another owner's possessive ---------------------------------------------

def test_town_possessive_military_council_apart_from_ministry() -> None:
    text = ("The Wazin crossing reopened on Monday after the Interior Ministry of the Government of National Unity and "
            "Nalut's military council agreed on its running, the ministry said.")
    found = actors(text)
    assert "Nalut's military council" in found
    assert "Interior Ministry of the Government of National Unity" in found
    assert not any(a.endswith("and Nalut") for a in found)


def test_and_before_plural_owner_stays_in_name() -> None:
    # the look-alike: "Women's" after "and" inside one name is no other owner
    text = "The Ministry of Family and Women's Affairs said on Monday that the shelter in Sabha had reopened."
    assert not any(a.endswith("and") or a == "Ministry of Family" for a in actors(text))


# --- a brigade or militia named by two words in lower case ---------------------------------------------------------------

def test_brigade_named_by_two_words() -> None:
    text = ("A detainee was beaten unconscious on Monday by fighters of the Omar Farhat brigade at a Zawiya prison, "
            "his lawyer said.")
    assert "Omar Farhat brigade" in actors(text)


def test_brigade_after_owner_possessive() -> None:
    text = ("Three drivers were beaten at a checkpoint by members of the Gharyan Military Council's Nasr brigade, a "
            "rights group said.")
    assert "Nasr brigade" in actors(text)


def test_militia_with_article_in_name_after_town_based() -> None:
    text = ("A boy was shot dead on Friday when gunmen of the Ajdabiya-based Katibat al-Nour militia fired on a "
            "rally, medics said.")
    found = actors(text)
    assert "Katibat al-Nour militia" in found
    assert "Nour militia" not in found
    assert "gunmen" not in found  # the militia's men are the militia (member forms)


def test_brigade_after_town_based_keeps_town_out() -> None:
    text = "Two fighters of the Jadu-based Sayf al-Nasr brigade were killed on Monday, the ministry said."
    found = actors(text)
    assert "Sayf al-Nasr brigade" in found
    assert not any(a.startswith("Jadu") for a in found)


def test_town_brigade_after_a_still_no_body() -> None:
    # the look-alike: "a Misrata brigade" names where the brigade is from, no brigade
    text = "A Misrata brigade commander said on Monday that two fighters were wounded near Sirte."
    assert not any("brigade" in a for a in actors(text))


# --- a headline's generic men beside the body text's members of a named body --------------------------------------------

def test_headline_guards_are_the_directorates_guards() -> None:
    text = ("Guards beat detainees at Zliten centre\nFour detainees were hurt on Friday when guards of the Migration "
            "Control Directorate beat them at the Zliten centre, a doctor said.")
    found = actors(text)
    assert "Migration Control Directorate" in found
    assert "Guards" not in found


def test_headline_guards_are_the_brigades_fighters() -> None:
    text = ("Ambulance crew says guards beat them in Surman\n\"Fighters of the Omar Farhat brigade stopped us and hit "
            "the driver,\" a paramedic said on Sunday.")
    found = actors(text)
    assert "Omar Farhat brigade" in found
    assert "guards" not in found


def test_headline_gunmen_stay_when_no_members_told() -> None:
    # the look-alike: the body names a body that speaks, no members of it: the headline's men stay
    text = ("Gunmen kill trader in Sabha\nArmed men shot dead a trader in Sabha on Monday, the Sabha Municipal "
            "Guard Directorate said.")
    found = {a.lower() for a in actors(text)}
    assert "armed men" in found or "gunmen" in found


# --- a side's word for its targets ------------------------------------------------------------------------------------

def test_quoted_targets_are_no_actor() -> None:
    text = ("Strike kills three in Ubari\nA drone strike killed three shepherds near Ubari on Monday, residents said. "
            "The army said the drone targeted \"armed smugglers\" and denied harming civilians.")
    assert "smugglers" not in {a.lower() for a in actors(text)}


def test_targeted_by_gunmen_stays() -> None:
    # the look-alike: "targeted by gunmen" names the attackers
    text = "A lawyer was targeted by gunmen outside his office in Sabha on Monday and wounded in the leg, police said."
    assert "gunmen" in {a.lower() for a in actors(text)}


# --- a gang set beside the takers already named -------------------------------------------------------------------------

def test_gang_apposed_to_kidnappers_is_not_listed_again() -> None:
    text = ("A trader from Ghat was freed on Monday after a month in captivity. His brother said the kidnappers, a gang "
            "from Ubari, had beaten him daily and demanded a ransom. He was treated at a clinic.")
    found = {a.lower() for a in actors(text)}
    assert "kidnappers" in found
    assert "a gang" not in found and "gang" not in found


def test_gang_as_the_only_takers_stays() -> None:
    # the look-alike: a gang named on its own is the perpetrator
    text = "A gang abducted a trader from Ghat on Monday and beat him before demanding a ransom, his brother said."
    assert any("gang" in a.lower() for a in actors(text))


# --- counts: one victim named by his office, and one more victim with a verb of his own ----------------------------------

def test_killed_victim_named_by_town_and_office() -> None:
    text = ("Masked gunmen killed a Ghat municipal clerk and wounded his bodyguard on Monday as they drove home, a "
            "relative said.")
    # "clerk" is no victim noun: the office word alone must not make one
    assert annotate(text, "en").killed is None
    text = ("Masked gunmen killed a Ghat municipal official and wounded his bodyguard on Monday as they drove home, a "
            "relative said.")
    result = annotate(text, "en")
    assert (result.killed, result.injured) == (1, 1)


def test_killed_local_victim_and_wounded_others() -> None:
    text = "Gunmen killed a local teacher and wounded three others outside a school in Awbari on Monday, police said."
    result = annotate(text, "en")
    assert (result.killed, result.injured) == (1, 3)


def test_second_victim_with_elided_verb() -> None:
    text = ("A paramedic was stabbed and a doctor injured on Monday when armed men stormed the emergency ward of a "
            "Zawiya hospital, staff said.")
    assert annotate(text, "en").injured == 2


def test_second_victim_with_was() -> None:
    text = "A guard was stabbed and a cleaner was injured when a mob stormed a clinic in Ubari on Friday, staff said."
    assert annotate(text, "en").injured == 2


def test_one_victim_shot_and_wounded_stays_one() -> None:
    # the look-alike: two verbs of one victim, no second victim
    text = "A shopkeeper was shot and wounded by gunmen in Sabha on Monday, police said."
    assert annotate(text, "en").injured == 1


# --- a welding fault is an accident cue -------------------------------------------------------------------------------------

def test_welding_sparks_make_an_accident() -> None:
    text = ("Tug blast kills three at Misrata port\nThree port workers were killed on Monday when a fuel tank exploded "
            "aboard a tug at Misrata port after welding sparks ignited fuel vapour, the port authority said.")
    result = annotate(text, "en")
    assert not result.is_incident
    assert result.killed == 3  # an accident keeps its count


def test_bomb_aboard_a_tug_stays_an_incident() -> None:
    # the look-alike: a bomb with no accident cue
    text = ("Blast kills three at Misrata port\nThree port workers were killed on Monday when a bomb exploded aboard a "
            "tug at Misrata port, the port authority said.")
    assert annotate(text, "en").is_incident


# --- "the gunmen" after "a militia" -----------------------------------------------------------------------------------------

def test_the_gunmen_after_a_militia_refer_back() -> None:
    text = ("A farmer was shot dead on Friday when a militia raided his farm near Gharyan, relatives said. They said "
            "the gunmen were looking for his cousin.")
    found = {a.lower() for a in actors(text)}
    assert "militia" in found
    assert "gunmen" not in found


def test_the_gunmen_alone_stay() -> None:
    # the look-alike: nobody named before "the gunmen"
    text = "A farmer was shot dead on Friday near Gharyan. Relatives said the gunmen were looking for his cousin."
    assert "gunmen" in {a.lower() for a in actors(text)}


def test_headline_militia_is_the_ministrys_militia() -> None:
    text = ("Farmer killed in raid by militia linked to Defence Ministry\nA farmer was shot dead on Sunday when a "
            "militia affiliated with the Defence Ministry raided his house in Ghat, neighbours said.")
    found = {a.lower() for a in actors(text)}
    assert "defence ministry" in found
    assert "militia" not in found
