"""English pass 45 (tune97en): counts in rights language (docs/labelling.md, "English news pass 45"): wounded captives
"were summarily executed" are the dead; "the remains of four more people" recovered are the update's dead; "two died
and three were treated for smoke inhalation" counts the three hurt; a wounded man the gunmen searched for or wanted
treated is no one hurt in the raid. Our own sentences, not the tune set's (other names, places and wording); each rule
has a look-alike that must not change."""
from nlp.annotate import annotate


def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


# --- wounded captives executed, an adverb before the verb ---------------------------------------------------------

def test_wounded_captives_summarily_executed_are_the_dead() -> None:
    assert counts("A rights group said two wounded fighters were summarily executed on Monday near Gharyan after "
                  "their capture.") == (2, None)
    assert counts("Witnesses said four wounded prisoners were later shot dead by their guards in Ubari.") == (4, None)


def test_wounded_fighters_taken_to_hospital_stay_hurt() -> None:
    # the look-alike: wounded fighters cared for, nobody killed
    assert counts("Three wounded fighters were quickly taken to hospital in Gharyan after the clashes on Monday.")[1] == 3


# --- the remains of N more people ----------------------------------------------------------------------------------

def test_remains_of_more_people_recovered() -> None:
    assert counts("The Red Crescent recovered the remains of six more people from the grave in Tarhuna on "
                  "Monday.")[0] == 6
    assert counts("Rescuers retrieved the bodies of three more migrants from the beach near Sabratha on "
                  "Sunday.")[0] == 3


def test_remains_of_more_people_identified_is_no_toll() -> None:
    # the look-alike: DNA tests identify remains already counted
    assert counts("Forensic teams identified the remains of four more people from the grave in Tarhuna on "
                  "Monday.")[0] is None


# --- the dead, then a bare number treated ----------------------------------------------------------------------------

def test_dead_then_number_treated_are_the_hurt() -> None:
    assert counts("Four men died and two were treated for smoke inhalation after gunmen set fire to a warehouse in "
                  "Misrata on Monday.") == (4, 2)
    assert counts("Three workers died and five were hospitalised after a fire at their lodgings in Zliten on "
                  "Friday.") == (3, 5)


def test_dead_then_number_to_the_morgue_is_no_hurt() -> None:
    # the look-alikes: the dead taken away, and their bodies
    assert counts("Two men died and three were taken to the morgue after a fire in Misrata on Monday.")[1] is None
    assert counts("Two men died and their bodies were taken to hospital after a fire in Misrata on Monday.")[1] is None


# --- a wounded man sought or brought for care is no one hurt in the raid -----------------------------------------

def test_wounded_man_searched_for_is_not_hurt() -> None:
    assert counts("Armed men stormed the emergency ward of Gharyan Hospital on Monday while searching for a wounded "
                  "man, and smashed equipment. Nobody was hurt.")[1] is None
    assert counts("Gunmen forced their way into a clinic in Ubari on Monday demanding that doctors treat a wounded "
                  "fighter, staff said.")[1] is None


def test_wounded_man_shot_in_his_bed_is_still_counted() -> None:
    # the look-alike: a wounding verb before the victim
    assert counts("Gunmen forced their way into a clinic in Ubari on Monday and wounded a nurse, staff "
                  "said.")[1] == 1


def test_medics_treating_a_wounded_man_still_counts_him() -> None:
    # the look-alike: medics treating the victim at the scene (no demand by the attackers)
    assert counts("Medics were treating a wounded man at the scene of the shooting in Ubari on Monday.")[1] == 1


def test_rescuers_searching_for_a_wounded_man_still_count_him() -> None:
    # the look-alike: no armed men searched; the wounded man is the shelling's victim
    assert counts("Rescuers were searching for a wounded man in the rubble after the shelling in Ubari on "
                  "Monday.")[1] == 1


# --- someone also beaten beside a killing: no wound stated, no injured count ---------------------------------------

def test_also_beaten_beside_a_killing_has_no_injured_count() -> None:
    assert counts("Gunmen shot dead a farmer near Gharyan on Monday. His brother, who tried to stop them, was also "
                  "beaten.") == (1, None)
    assert counts("A detainee died in hospital in Zawiya on Friday, three days after guards beat him. A nurse who "
                  "tried to help him was beaten. The council demanded that all detainees be treated "
                  "humanely.") == (1, None)


def test_also_beaten_and_in_care_beside_a_killing_is_counted() -> None:
    # the look-alikes: the one beaten is told in care
    assert counts("Gunmen shot dead a farmer near Gharyan on Monday. His brother was also beaten and taken to "
                  "hospital.") == (1, 1)
    assert counts("Gunmen shot dead a farmer near Gharyan on Monday. His brother was also beaten. He was treated for "
                  "bruises at Gharyan hospital.") == (1, 1)


# --- "both" + people in care ---------------------------------------------------------------------------------------

def test_both_staff_members_treated_are_two_hurt() -> None:
    assert counts("A nurse and a porter working with an aid group in Ubari were beaten by gunmen on Monday. Both "
                  "staff members were treated for broken ribs.")[1] == 2
    assert counts("Two farmers were attacked by a gang near Ghat on Sunday. Both men were hospitalised with stab "
                  "wounds.")[1] == 2


def test_both_men_questioned_or_dead_are_no_hurt() -> None:
    # the look-alikes: the two beaten told with no care, and two dead taken to a morgue
    assert counts("A nurse and a porter working with an aid group in Ubari were beaten by gunmen on Monday. Both men "
                  "were later questioned by police.")[1] is None
    assert counts("Gunmen shot dead two brothers in Ubari on Monday. Both men were taken to the hospital "
                  "morgue.")[1] is None


# --- kin, then one more victim with an adjective ---------------------------------------------------------------------

def test_kin_and_an_adjective_victim_are_two() -> None:
    assert counts("A shell hit a house in Ubari on Monday, killing a girl. Her father and an older brother were "
                  "wounded.") == (1, 2)


def test_kin_and_an_adjective_victim_unhurt_are_none() -> None:
    # the look-alike: the pair told unhurt
    assert counts("A shell hit a house in Ubari on Monday, killing a girl. Her father and an older brother were "
                  "unhurt.") == (1, None)


# --- a group attacked, a share of it told hurt in the same sentence -------------------------------------------------

def test_share_of_an_attacked_group_is_the_count() -> None:
    assert counts("Four Sudanese workers were attacked by a gang near their lodgings in Gabes on Monday, and one of "
                  "them was stabbed in the arm and taken to hospital.")[1] == 1
    assert counts("Five Libyan traders were attacked by a gang in Sfax on Monday, and two of them were seriously "
                  "injured.")[1] == 2


def test_a_wounded_group_keeps_its_count() -> None:
    # the look-alikes: the whole group wounded (the share in care is part of it), and a share arrested
    assert counts("Five traders were wounded by gunfire in Sfax on Monday, and one of them was taken to "
                  "hospital.")[1] == 5
    assert counts("Five Libyan traders were attacked by a gang in Sfax on Monday, and one of them was "
                  "arrested.")[1] is None


# --- the dead, then others with a wounding verb of their own -------------------------------------------------------

def test_others_with_their_own_wounding_verb_are_not_more_dead() -> None:
    assert counts("Guards shot dead two prisoners and four others were wounded on Monday in Sabha.") == (2, 4)


def test_others_joined_to_the_dead_are_added() -> None:
    # the look-alikes: two groups of one toll (the guide adds them)
    assert counts("Two fighters and three civilians were killed in the clashes near Sabha on Monday.")[0] == 5
    assert counts("Gunmen killed three farmers and four others in the attack near Sabha.")[0] == 7


# --- one of the wounded, told by an apposition, later died -----------------------------------------------------------

def test_one_of_the_wounded_with_an_apposition_later_died() -> None:
    assert counts("One prisoner was killed and four others were wounded on Monday when guards opened fire in Sabha. One "
                  "of the wounded, a local shopkeeper, later died of his injuries.") == (2, 3)


def test_one_of_the_wounded_with_an_apposition_who_spoke_is_no_death() -> None:
    # the look-alike: the one of the wounded told by an apposition speaks; another man's death is no share
    assert counts("One prisoner was killed and four others were wounded on Monday when guards opened fire in Sabha. One "
                  "of the wounded, a local shopkeeper, later told reporters that the guards fired first.") == (1, 4)


# --- one victim told by a pluperfect "had died" ----------------------------------------------------------------------

def test_one_victim_had_died() -> None:
    assert counts("Forty migrants were found in the desert near Ghat on Sunday after smugglers abandoned them. A "
                  "65-year-old man had died.")[0] == 1


def test_the_group_had_died_counts_no_one() -> None:
    # the look-alike: a group noun, no single victim
    assert counts("Forty migrants were found in the desert near Ghat on Sunday after smugglers abandoned them. The "
                  "group had died of thirst.")[0] is None


# --- a discharge headline: the body's "the last of the N wounded was discharged" is no toll ------------------------

def test_discharge_headline_body_discharged_counts_none() -> None:
    assert counts("Last of Ghat shooting victims leaves hospital\nThe last of the three people wounded in the Ghat "
                  "market shooting last week was discharged from Ghat Hospital on Monday, the hospital "
                  "said.") == (None, None)


def test_harm_headline_keeps_its_count() -> None:
    # the look-alike: the headline tells the harm, not the discharge
    assert counts("Three hurt in Ghat market shooting\nThree people were wounded in a shooting at the Ghat market on "
                  "Monday, the hospital said.")[1] == 3


# --- look-alikes of an incident: a convict's crime in a headline, a survey's share -----------------------------------

def incident(text: str) -> bool:
    return bool(annotate(text, "en").incidents)


def test_murder_convict_headline_is_a_proceeding() -> None:
    assert not incident("Appeals court confirms death sentence for Sabha murder convict\nThe court ruled on Monday in "
                        "the case of a man found guilty in 2021, his lawyer said.")
    assert not incident("Murder convict escapes from Gharyan prison\nPolice said on Monday they were searching for the "
                        "man.")


def test_murder_told_as_the_news_stays_an_incident() -> None:
    # the look-alikes: a murder reported as news, and a convict who is himself the one shot dead
    assert incident("Gunmen murder shopkeeper in Sabha\nThe man was shot at his shop on Monday, police said.")
    assert incident("Gunmen shot dead a convict who had escaped from Mitiga prison, police said on Monday.")


def test_survey_share_is_a_statistic() -> None:
    assert not incident("A survey of 900 migrants in Sabha found that one in four had been beaten by smugglers.")
    assert not incident("A study published on Monday by a research group found that one in three women said they had "
                        "experienced sexual violence during their journey.")


def test_a_rape_told_beside_a_study_group_stays_an_incident() -> None:
    # the look-alike: a study group only tells the news of one event
    assert incident("Smugglers beat a woman and raped her near Sabha on Monday, a study group said.")


# --- a rights body's or an outlet's office closed: an attack on civil society ---------------------------------------

def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


def test_rights_office_sealed_is_an_attack_on_civil_society() -> None:
    assert "attack_on_civil_society" in types("The Benghazi office of a local women's association was sealed on Monday "
                                              "by the internal security agency, the group said.")
    assert "attack_on_civil_society" in types("Authorities shut the offices of a private radio station in Misrata on "
                                              "Sunday after it aired a debate.")


def test_office_closed_for_a_holiday_or_of_another_body_is_none() -> None:
    # the look-alikes: a closure with a reason that is no attack, and a rights group telling of a ministry's office
    assert not incident("The offices of the human rights council were closed on Monday due to clashes nearby.")
    assert not incident("The rights group said the office of the ministry was closed on Monday.")


# --- blows told with what they did ("kicked until he lost consciousness") -----------------------------------------

def test_kicked_until_unconscious_names_its_victim() -> None:
    annotation = annotate("A man aged 70 said he was kicked until he lost consciousness at a centre in Sabha.", "en")
    assert annotation.incidents
    assert "elderly" in annotation.victim_categories()


def test_kicked_until_in_sport_is_no_harm() -> None:
    # the look-alike: a player in a match
    assert not incident("The striker was kicked until the referee stopped the match.")


# --- UN bodies named in rights reports --------------------------------------------------------------------------------

def actor_names(text: str, lang: str = "en") -> set[str]:
    return {a.name for a in annotate(text, lang).actors}


def test_unesco_and_un_women_are_bodies() -> None:
    assert "UNESCO" in actor_names("UNESCO's Director-General condemned the killing of a radio presenter in Sabha on "
                                   "Monday.")
    assert "UN Women" in actor_names("UN Women said a woman was beaten by her employer in Misrata on Monday.")
    assert "اليونسكو" in actor_names("أدانت اليونسكو مقتل صحفي في سبها", "ar")


def test_the_un_alone_stays_the_un() -> None:
    # the look-alike: "the UN" beside the word "women" elsewhere is not UN Women
    found = actor_names("The UN said a woman was beaten in Sabha on Monday, and women protested.")
    assert "UN Women" not in found
