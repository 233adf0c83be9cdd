"""English pass 42 (tune91en): actor recall as English reports name armed groups and local bodies (a town's
"Municipality" in Title Case, units named by a number and several words, "Martyrs of the ... Brigade", "the <name>
armed group", "forces loyal to <a commander>", the military police) (docs/labelling.md, "English news pass 42"). Our
own sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


# --- a town's municipality in Title Case -----------------------------------------------------------------------------

def test_town_municipality_title_case() -> None:
    text = ("Gunmen shot dead a shopkeeper in Gharyan on Monday, the Gharyan Municipality said, calling for an "
            "inquiry.")
    assert "Gharyan Municipality" in actors(text)


def test_municipality_lower_case_still_found() -> None:
    text = "Gunmen shot dead a shopkeeper in Gharyan on Monday, the Gharyan municipality said."
    assert "Gharyan municipality" in actors(text)


def test_the_municipality_alone_is_no_body() -> None:
    # the look-alike: "The Municipality" with no town names no body
    text = "Gunmen shot dead a shopkeeper in Gharyan on Monday. The Municipality said it would help the family."
    assert not any("Municipality" in a for a in actors(text))


# --- units named by a number and several words ------------------------------------------------------------------------

def test_numbered_unit_of_several_words() -> None:
    text = ("Two farmers were killed when members of the 77th Desert Shield Battalion fired on their truck near "
            "Sabha on Sunday, relatives said.")
    found = actors(text)
    assert "77th Desert Shield Battalion" in found
    assert "Desert Shield Battalion" not in found


def test_numbered_unit_with_lower_case_head() -> None:
    text = "Gunmen from the 205th Border Guard battalion abducted a teacher in Ubari on Monday, his family said."
    assert "205th Border Guard battalion" in actors(text)


def test_number_before_a_lower_case_battalion_with_no_name() -> None:
    # the look-alike: a count of fighters before a lower-case "battalion" with no name of its own is no unit
    text = "A civilian was killed when 30 fighters of a battalion stormed a farm near Sabha on Monday."
    assert not any(a.startswith("30") for a in actors(text))


# --- "Martyrs of the ... Brigade" -------------------------------------------------------------------------------------

def test_martyrs_of_the_brigade_whole() -> None:
    text = ("A civilian was shot dead at a checkpoint in Tarhuna run by the Martyrs of the Valley Brigade, "
            "residents said.")
    found = actors(text)
    assert "Martyrs of the Valley Brigade" in found
    assert "Valley Brigade" not in found


def test_brigade_after_of_the_without_martyrs_unchanged() -> None:
    # the look-alike: "a commander of the Valley Brigade" is the brigade alone
    text = "A civilian was shot dead by a commander of the Valley Brigade in Tarhuna, residents said."
    assert "Valley Brigade" in actors(text)


# --- "the <name> armed group" -----------------------------------------------------------------------------------------

def test_named_armed_group_whole() -> None:
    text = ("Two shepherds were killed in crossfire between the Bir Hakim armed group and the 9th Brigade near "
            "Gharyan on Monday.")
    found = actors(text)
    assert "Bir Hakim armed group" in found
    assert "armed group" not in found


def test_town_armed_group_is_unnamed() -> None:
    # the look-alike: a town before "armed group" tells where it is from, not its name
    text = "Two shepherds were killed when gunmen of a Sabha armed group fired on their camp on Monday."
    assert "Sabha armed group" not in actors(text)


# --- "forces loyal to <a commander>" ----------------------------------------------------------------------------------

def test_forces_loyal_to_a_commander_whole() -> None:
    text = ("A boy was killed in clashes between the Nasr Brigade and forces loyal to former commander Salem "
            "Jadran in Zliten on Friday.")
    assert "forces loyal to former commander Salem Jadran" in actors(text)


def test_fighters_loyal_to_a_named_man_whole() -> None:
    text = "A woman was wounded when fighters loyal to Omar Tabbal shelled a farm near Ubari on Monday."
    assert "fighters loyal to Omar Tabbal" in actors(text)


def test_forces_loyal_to_a_body_unchanged() -> None:
    # the look-alike: forces loyal to a named body are the body (the member-forms convention)
    text = "A woman was wounded when forces loyal to the 444 Brigade shelled a farm near Tarhuna on Monday."
    found = actors(text)
    assert "444 Brigade" in found
    assert not any(a.startswith("forces loyal") for a in found)


def test_naval_forces_loyal_unchanged() -> None:
    # the look-alike: a force named by its own adjective ("Naval forces loyal to ...") is no band of a man's
    text = "Naval forces loyal to commander Salem Jadran stopped a boat carrying 80 migrants off Zuwara on Monday."
    assert not any("loyal to" in a for a in actors(text))


# --- the military police ----------------------------------------------------------------------------------------------

def test_military_police_not_bare_police() -> None:
    text = "A girl was wounded when members of the military police opened fire on protesters in Sabha on Friday."
    found = actors(text)
    assert "military police" in found
    assert "police" not in found


def test_bare_police_unchanged() -> None:
    # the look-alike: the police alone stay the police
    text = "A girl was wounded when police opened fire on protesters in Sabha on Friday."
    assert "police" in actors(text)


def test_roll_call_of_parties_unchanged() -> None:
    # the look-alike: a background roll-call of the region's parties tells no event of theirs
    text = ("A shell killed two children in Ubari on Monday. The region is home to smuggling gangs, "
            "Tebu fighters and forces loyal to former commander Salem Jadran.")
    assert not any("loyal to" in a for a in actors(text))


def test_town_central_municipality_whole() -> None:
    text = ("Gunmen shot dead a guard in the old city on Monday, the Benghazi Central Municipality said, "
            "calling for an inquiry.")
    found = actors(text)
    assert "Benghazi Central Municipality" in found
    assert "Central Municipality" not in found


def test_military_police_unit_whole() -> None:
    text = "Two brothers were taken away by a military police unit at a checkpoint in Sirte on Friday, their father said."
    assert "military police unit" in actors(text)


def test_military_police_only_told_to_is_no_actor() -> None:
    # the look-alike: a family that went to the military police names no party to the abduction
    text = ("My brother was taken by armed men in Zliten a month ago. We went to the military police and to the "
            "prosecutor, and nobody knows where he is.")
    assert "military police" not in actors(text)


def test_headline_guards_beside_a_guard_unit() -> None:
    text = ("Guards abduct worker at Zueitina port\nA port worker was abducted on Monday by members of the "
            "17th Oil Fields Guard battalion, his colleagues said.")
    found = actors(text)
    assert "17th Oil Fields Guard battalion" in found
    assert "Guards" not in found


# --- the hurt leaving hospital: no incident, no counts ----------------------------------------------------------------

def test_wounded_discharged_no_incident() -> None:
    text = ("Zliten market blast wounded discharged\nThe last five people wounded in the Zliten market blast in "
            "April were discharged from Zliten Hospital on Wednesday, the hospital said.")
    a = annotate(text, "en")
    assert not a.is_incident
    assert a.injured is None


def test_injured_leave_hospital_no_incident() -> None:
    text = ("Sabha bombing injured leave hospital\nThe four people injured in the Sabha mosque bombing in May left "
            "hospital on Monday after weeks of treatment, doctors said.")
    assert not annotate(text, "en").is_incident


def test_blast_with_some_discharged_stays() -> None:
    # the look-alike: the blast is the news, two of its wounded leaving hospital is an aside
    text = ("Five wounded in Zliten blast, two discharged\nFive people were wounded when a bomb went off in a "
            "Zliten market on Wednesday. Two were discharged later.")
    a = annotate(text, "en")
    assert a.is_incident
    assert a.injured == 5


# --- an attacker shot dead, his attack told in a relative clause -----------------------------------------------------

def test_gunman_who_opened_fire_shot_dead_no_incident() -> None:
    text = ("A gunman who opened fire on a police patrol in Zliten on Monday was shot dead by officers, the Zliten "
            "security directorate said.")
    a = annotate(text, "en")
    assert not a.is_incident
    assert a.killed == 1


def test_victim_in_a_relative_clause_stays() -> None:
    # the look-alike: a shepherd who tended his flock was no attacker
    text = "A shepherd who tended his flock near Zliten on Monday was shot dead by gunmen, relatives said."
    assert annotate(text, "en").is_incident


# --- a raid's dead on both sides in one toll --------------------------------------------------------------------------

def test_members_of_a_force_and_one_smuggler_summed() -> None:
    text = ("Three members of the Nasr Brigade and one smuggler were killed on Monday in a gunfight near Zuwara, "
            "the brigade said.")
    assert annotate(text, "en").killed == 4


def test_guards_and_a_trafficker_summed() -> None:
    text = "Two guards and a trafficker were killed in a shootout at a farm near Bani Walid on Friday."
    assert annotate(text, "en").killed == 3


def test_soldiers_and_one_civilian_summed() -> None:
    text = "Three soldiers and one civilian were killed when a roadside bomb hit their convoy near Ubari on Friday."
    assert annotate(text, "en").killed == 4


def test_members_and_a_smuggler_with_their_own_verb_unchanged() -> None:
    # the look-alike: the people told before "clashed" are not the dead; the toll is the number after
    text = "Three members of the Nasr Brigade and a smuggler clashed on Monday near Zuwara, and two were killed."
    assert annotate(text, "en").killed == 2


def test_one_with_a_verb_of_its_own_unchanged() -> None:
    # the look-alike: "and one man drowned" is a clause of its own, not one more of the wounded
    text = ("Guards fired on a migrant boat off Zuwara on Sunday, wounding three people, and one man drowned after "
            "jumping into the sea, an NGO said.")
    a = annotate(text, "en")
    assert a.killed == 1
    assert a.injured == 3


# --- the article "al-" inside a Title Case name -----------------------------------------------------------------------

def test_al_inside_a_battalion_name() -> None:
    text = ("A woman was killed in fighting between the Fajr al-Nasr Battalion and a rival brigade in Sabha on "
            "Monday.")
    assert "Fajr al-Nasr Battalion" in actors(text)


def test_al_opening_a_brigade_name() -> None:
    text = "Gunmen of the al-Khadra Brigade abducted a teacher in Ubari on Monday, his family said."
    assert "al-Khadra Brigade" in actors(text)


def test_al_before_a_word_with_no_head_is_no_body() -> None:
    # the look-alike: "al-Wasat newspaper" has no body's head word: no actor
    text = "A man was killed in Sabha on Monday, and al-Wasat newspaper said the killers fled."
    assert not any("Wasat" in a for a in actors(text))


# --- people taken away by armed men -----------------------------------------------------------------------------------

def test_driven_away_by_armed_men_is_an_abduction() -> None:
    text = "A journalist was stopped at a checkpoint near Tarhuna on Friday and driven away by armed men, her family said."
    a = annotate(text, "en")
    assert a.is_incident
    assert "abduction" in {i.type for i in a.incidents}


def test_taken_away_by_masked_gunmen() -> None:
    text = "A teacher was taken away by masked gunmen from his home in Sabha on Monday, relatives said."
    assert annotate(text, "en").is_incident


def test_towed_away_by_a_truck_unchanged() -> None:
    # the look-alike: a thing taken away by a vehicle is no one abducted
    text = "The wreck was towed away by a municipal truck in Sabha on Monday."
    assert not annotate(text, "en").is_incident


# --- an armed group set beside a named body describes it --------------------------------------------------------------

def test_armed_group_describing_a_named_brigade() -> None:
    text = "A reporter was held for a week by the Nawasi Brigade, a powerful Tripoli armed group, his colleagues said."
    found = actors(text)
    assert "Nawasi Brigade" in found
    assert "armed group" not in found


def test_armed_group_describing_an_acronym() -> None:
    text = ("A reporter in Zawiya was held for a week by the Public Security Agency (PSA), an armed group close to "
            "the government, his colleagues said.")
    assert "armed group" not in actors(text)


def test_armed_group_after_and_unchanged() -> None:
    # the look-alike: a second party joined by "and" is no description of the first
    text = "A boy was killed when gunmen from the Nawasi Brigade and an armed group clashed in Tajoura on Monday."
    assert "armed group" in actors(text)


def test_armed_group_before_its_name() -> None:
    text = ("Witnesses said the smugglers worked with a local armed group, the Martyrs of the Valley Brigade, when "
            "they tortured 20 migrants near Sabha.")
    found = actors(text)
    assert "Martyrs of the Valley Brigade" in found
    assert "local armed group" not in found


def test_armed_group_before_a_generic_word_unchanged() -> None:
    # the look-alike: an unnamed group followed by other unnamed men is no description of a name
    text = "A shepherd was killed near Sabha on Monday by a local armed group, gunmen in a pickup, his family said."
    assert "local armed group" in actors(text)


def test_armed_groups_before_the_speaking_body_unchanged() -> None:
    # the look-alike: the name after the comma is the source of the news, not the group described
    text = ("A boy was killed in Janzour on Monday during fighting between rival armed groups, the Janzour Medical "
            "Centre said.")
    assert "rival armed groups" in actors(text)


def test_one_owner_of_a_thing_is_no_victim() -> None:
    # the look-alike of the smuggler added as one victim: "a farmer's camel" is the thing hit, its owner no victim
    text = "Border guards shot dead a Libyan farmer's camel near Ghadames on Sunday, relatives said."
    assert annotate(text, "en").killed is None


def test_one_owners_kin_still_the_victim() -> None:
    text = "Gunmen shot dead a shepherd's son near Sabha on Sunday, relatives said."
    assert annotate(text, "en").killed == 1
