"""English pass 33 (tune73en): incident recall on indirect tellings (a fate still unknown after an arrest, a summons
never ended, someone taken at a checkpoint whom no one admits holding, a teacher held for criticism, police killed in
a robbery, a body found with gunshot wounds) and the count of an exhumation update (docs/labelling.md, "English news
pass 33"). Our own sentences, not the tune set's (other names, places and wording); each rule has a look-alike that
must not change."""
from nlp.annotate import annotate


def incident(text: str) -> bool:
    return bool(annotate(text, "en").incidents)


def types(text: str) -> set[str]:
    return {c.type for c in annotate(text, "en").incidents}


def killed(text: str) -> int | None:
    return annotate(text, "en").killed


# --- a fate still unknown, told apart from the arrest ---------------------------------------------------------------

def test_whereabouts_of_someone_arrested_still_unknown() -> None:
    text = ("Rights group: fate of detained student unknown\n"
            "The Libyan Crimes Watch said on Monday that the whereabouts of Yousef Gaddour, a student detained at a "
            "cafe in Gharyan on 3 May by armed men, are still unknown.")
    assert "enforced_disappearance" in types(text)
    # the look-alike: the fugitives' whereabouts are unknown, nobody was taken
    assert not incident("Police said the whereabouts of the two escaped suspects in Gharyan are still unknown.")


# --- a summons that did not end -------------------------------------------------------------------------------------

def test_journalist_summoned_and_not_released() -> None:
    text = ("Libyan photographer Salwa Ftouri answered a summons to the military intelligence office in Sabha on 2 "
            "March and has not been released since, CPJ said.")
    assert "arbitrary_detention" in types(text)
    assert "attack_on_civil_society" in types(text)
    # the look-alike: summoned, questioned and released
    assert not incident("CPJ said Libyan photographer Salwa Ftouri was summoned to the prosecutor's office in Sabha "
                        "on 2 March and was questioned for an hour.")
    assert not incident("The ministry was summoned by parliament and the budget has not been released.")


# --- taken at a checkpoint, and no one admits holding him (the lexicon's concealment phrases) -----------------------------------------------------------

def test_taken_at_a_checkpoint_no_one_admits_holding() -> None:
    text = ("Three weeks ago my brother Hamza was taken at the Bir Ghanam checkpoint on his way home. "
            "Nobody says they have him.")
    assert "enforced_disappearance" in types(text)
    # the look-alikes: a man stopped at a checkpoint and let go; a driver no one says was hurt
    assert not incident("My brother was stopped at the Bir Ghanam checkpoint and let go after ten minutes.")
    assert not incident("The lorry was stopped at the Bir Ghanam checkpoint. Nobody says they have seen the driver.")


# --- held for criticism --------------------------------------------------------------------------------------------

def test_teacher_detained_after_criticising() -> None:
    text = ("Amnesty said police in Derna detained Khadija Mansour, a nurse, on 4 April after she criticised "
            "water cuts on Facebook.")
    assert "arbitrary_detention" in types(text)
    # the look-alike: an arrest for a theft, nothing said of speech
    assert not incident("Police in Derna detained a man on 4 April after he stole a car, the directorate said.")


def test_held_without_access_to_a_lawyer() -> None:
    assert "arbitrary_detention" in types("The activist remains held without access to a lawyer, his brother said.")
    assert not incident("The goods remain held at the port of Misrata, the chamber of commerce said.")


# --- police killed in a robbery -------------------------------------------------------------------------------------

def test_police_killed_by_robbers_is_an_incident() -> None:
    text = ("Two police officers were shot dead in Ghat on Friday when gunmen fleeing a bank robbery fired on "
            "their checkpoint, the directorate said.")
    assert "killing" in types(text)
    assert killed(text) == 2
    assert "killing" in types("Three policemen killed by gunmen in Ghat bank robbery")
    # the look-alike: soldiers killed by an armed group, no crime told
    assert not incident("Two soldiers were shot dead in Ghat on Friday when gunmen attacked their post, the army said.")
    # the robbers killed by police are no victims either
    assert not incident("Two gunmen were shot dead in Ghat on Friday when police foiled a bank robbery, the "
                        "directorate said.")


# --- a body found bearing the marks of a shooting -------------------------------------------------------------------

def test_body_found_with_gunshot_wounds() -> None:
    text = "The body of an unidentified man with bullet wounds was discovered near Ajdabiya on Thursday."
    assert "killing" in types(text)
    text = "A man's body riddled with bullets was discovered on a farm near Ajdabiya on Thursday."
    assert "killing" in types(text)
    assert killed(text) == 1
    # the look-alike: a body found on a beach, no violence told
    assert not incident("A man's body was discovered on a beach near Ajdabiya on Thursday, the coast guard said.")


# --- an exhumation update beside the grave's history ---------------------------------------------------------------

def test_exhumation_update_beside_the_graves_history() -> None:
    text = ("The General Authority for Missing Persons recovered six more bodies from a grave in Bani Walid, where "
            "the first remains were found last year.")
    assert "killing" in types(text)
    assert killed(text) == 6
    # the look-alike: the killing itself dated last year
    assert not incident("Six men were killed in Bani Walid last year, the authority recalled in its report.")


# --- a toll told as "N dead" / "several dead" -----------------------------------------------------------------------

def test_a_toll_told_with_dead_after_a_quantifier() -> None:
    assert "killing" in types("Gunfire in Gharyan since the morning. Several dead reported near the old market.")
    assert killed("Clashes in Gharyan: two dead reported near the old market.") == 2
    # the look-alikes: a road crash's dead, an outbreak's dead
    assert not incident("Two dead in road crash near Gharyan.")
    assert not incident("Two dead after cholera outbreak in Gharyan.")


# --- one mother who speaks is no victim ---------------------------------------------------------------------------

def test_one_mother_who_speaks_is_a_source() -> None:
    text = ("Guards beat detainees at Mitiga prison with cables on Monday. One mother said her son told her by phone "
            "that he was beaten for two hours.")
    assert "women" not in annotate(text, "en").victim_categories()
    # the look-alike: a mother beaten is a victim
    assert "women" in annotate("Guards beat a mother and her son at Mitiga prison on Monday.", "en").victim_categories()


# --- a clash's unnamed other party, an unnamed unit -----------------------------------------------------------------

def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def test_unnamed_party_of_a_clash_and_an_armed_unit() -> None:
    text = "Shells killed two women in Sabha during fighting between the 128 Brigade and a tribal force."
    assert "tribal force" in actors(text)
    assert "armed unit" in actors("He was arrested by an armed unit in Sirte and tortured.")
    assert "two armed groups" in actors("The fighting pitted two armed groups against each other in Gharyan, killing "
                                        "five civilians.")
    # the look-alike: a force that is no party ("the task force met")
    assert "task force" not in {a.lower() for a in actors("A government task force met families of the missing in Sirte.")}



def test_registry_bodies_of_the_missing_and_the_desert_hotline() -> None:
    text = "The missing persons authority said it recovered four more bodies from a well near Tarhuna on Monday."
    assert "missing persons authority" in actors(text)
    text = "The International Commission on Missing Persons said it identified 12 victims from the Tarhuna graves."
    assert "International Commission on Missing Persons" in actors(text)
    assert "International Commission" not in actors(text)
    assert "Alarme Phone Sahara" in actors("Alarme Phone Sahara said six migrants died of thirst after guards left "
                                           "them in the desert.")
    # the look-alike: people missing, no authority named
    assert not {a for a in actors("Four fishermen are missing off Zuwara, their families said.") if "authority" in a}


def test_took_a_titled_person_from_his_office() -> None:
    text = ("Masked men took human rights lawyer Omar Ben Saad from his office in Gharyan on Monday and drove him to an "
            "unknown location, his colleagues said.")
    assert "abduction" in types(text)
    # the look-alike: took a decision, no one taken
    assert not incident("The council took the long awaited decision on the budget from its Monday session in Gharyan.")
