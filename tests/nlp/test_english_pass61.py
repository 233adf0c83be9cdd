"""English pass 61 (tune129en): counts in terse social posts. Our own sentences; each rule with a look-alike guard."""

from nlp.annotate import annotate


def test_the_rescued_after_a_number_are_no_toll():
    text = "Rubber boat sank off #Sabratha at dawn: at least 6 people drowned; 41 rescued by a fishing trawler. #Libya"
    assert annotate(text).killed != 41
    # guard: the drowned told before the saved keep their count
    guard = "Rubber boat sank off #Sabratha at dawn. 6 people drowned off the coast. #Libya"
    assert annotate(guard).killed == 6


def test_hospitalised_after_a_number_in_a_terse_toll():
    text = "Car bomb near a cafe in #Benghazi tonight: 4 dead, 7 hospitalised, security sources say. #Libya"
    res = annotate(text)
    assert res.killed == 4
    assert res.injured == 7
    # guard: a post with no hospitalised count keeps injured empty
    guard = "Car bomb near a cafe in #Benghazi tonight: 4 dead, security sources say. #Libya"
    assert annotate(guard).injured is None


def test_people_with_an_aside_treated_without_were():
    text = ("Police fired live rounds at a sit-in outside the council in #Gharyan today. "
            "9 people, incl. 2 women, treated at hospital for gunshot wounds. #Libya")
    assert annotate(text).injured == 9
    # guard: an arrest count is no care count
    guard = ("Police fired live rounds at a sit-in outside the council in #Gharyan today. "
             "9 people, incl. 2 women, arrested and taken to a police station. #Libya")
    assert annotate(guard).injured is None


def test_a_shop_trade_named_as_the_one_killed():
    text = "Masked men killed a tailor inside his workshop in #Sirte last night, neighbours say. #Libya"
    assert annotate(text).killed == 1
    text2 = "Unknown gunmen shot dead a butcher in #Sabha market this morning. #Libya"
    assert annotate(text2).killed == 1
    # guard: a tailor who reports, no harm told, counts no one
    guard = "A tailor in #Sirte says prices of cloth doubled this month. #Libya"
    assert annotate(guard).killed is None


def test_of_the_n_wounded_one_died():
    text = "Update: of the 3 shepherds shot by gunmen near #Waddan on Sunday, one has since died of his wounds. #Libya"
    res = annotate(text)
    assert res.killed == 1
    assert res.injured == 2
    # guard: one of the group still in care is no death
    guard = "Update: of the 3 shepherds shot by gunmen near #Waddan on Sunday, one is still in intensive care. #Libya"
    assert annotate(guard).killed is None


def test_one_victim_listed_with_a_comma_before_her_kin():
    text = "Drone strike on a house near #Traghen killed a man, his 2 sons and an elderly neighbour. #Libya"
    assert annotate(text).killed == 4  # the man, his two sons, the neighbour
    # guard: the one told to, before a possessive, is no victim
    guard = "In #Traghen a widow told a reporter her 2 sons were killed in the drone strike. #Libya"
    assert annotate(guard).killed == 2


def test_a_named_victim_with_an_age_in_a_headline():
    text = "Libyan nurse Salma Ghariani, 29, shot dead in #Sfax after an argument, her family says."
    assert annotate(text).killed == 1
    # guard: a number after a plural is no age of one named victim
    guard = "Police arrested 3 suspects, 22 were later released in #Sfax."
    assert annotate(guard).killed is None


def test_tear_gas_suffocation_treated_in_a_terse_post():
    text = ("Riot police fired tear gas at a sit-in over fuel shortages in #Ghat tonight.\n"
            "8 people, incl. 2 children, treated at hospital for suffocation. #Libya")
    res = annotate(text)
    assert any(i.type == "injury" for i in res.incidents)
    assert res.injured == 8
    # guard: a gas leak's suffocation is no attack
    guard = "A gas leak in a flat in #Ghat tonight: 8 people treated at hospital for suffocation. #Libya"
    assert not any(i.type == "injury" for i in annotate(guard).incidents)


def test_a_body_named_by_its_trade_at_a_post_line_opening():
    text = ("Doctor Huda Ferjani held at a checkpoint near #Sebha for a day, colleagues say.\n"
            "Medical syndicate on strike from Sunday. #Libya")
    assert "Medical syndicate" in [a.name for a in annotate(text).actors]
    text2 = "UPDATE: Ambulance service raises the toll of the #Tarhuna blast to 6 injured.\n#Libya"
    assert "Ambulance service" in [a.name for a in annotate(text2).actors]
    # guard: inside a sentence, after "the", the trade's body is no name
    guard = "In #Sebha the medical syndicate said clinics would stay open this week."
    assert "medical syndicate" not in [a.name for a in annotate(guard).actors]
    # guard: a headline's participle after the body tells it harmed ("Teachers association raided"), no name is added
    guard2 = "Teachers association raided, members arrested in #Zliten\nGunmen stormed the office on Monday."
    assert "Teachers association" not in [a.name for a in annotate(guard2).actors]
    guard3 = "The service said it had sent three ambulances to #Zliten.\n#Libya"
    assert "The service" not in [a.name for a in annotate(guard3).actors]


def test_a_lawyer_held_after_pleading_in_court():
    text = "Lawyer Khadija Mansouri detained in #Zliten after defending striking workers in court, her family says."
    res = annotate(text)
    types = {i.type for i in res.incidents}
    assert "arbitrary_detention" in types
    cats = {c for i in res.incidents for c in i.victim_categories}
    assert "activists" in cats
    assert "workers" not in cats and "protesters" not in cats  # the clients are no victims
    # guard: a court that ruled on the one held keeps the routine trial reading
    guard = "Omar Zaidi, accused of theft, was detained in #Zliten after the court ruled against him."
    assert not annotate(guard).incidents


def test_a_teen_among_the_hurt_is_a_child():
    text = "Shell hits a house in #Tarhuna: 2 killed, 2 injured incl. a teen. #Libya"
    cats = {c for i in annotate(text).incidents for c in i.victim_categories}
    assert "children" in cats
    # guard: a teen club in the news of a match is no victim
    guard = "Teen football league opens in #Tarhuna this weekend. #Libya"
    assert not annotate(guard).incidents


def test_police_officers_counted_as_victims_are_no_actor():
    text = "3 police officers wounded when gunmen fired on their checkpoint near #Garabulli last night. #Libya"
    names = [a.name.lower() for a in annotate(text).actors]
    assert "police" not in names
    assert "gunmen" in names
    # guard: police who act keep their actor
    guard = "Police fired tear gas at protesters near #Garabulli last night, wounding 3. #Libya"
    assert "police" in [a.name.lower() for a in annotate(guard).actors]


def test_the_dead_named_through_his_kin():
    text = "Sisters of Mahmoud Warfalli, killed when militiamen shelled a wedding in #Tarhuna on Monday, spoke to us today."
    assert annotate(text).killed == 1
    # guard: kin of two men counted by the number, not one
    guard = "The families of two men killed when militiamen shelled a wedding in #Tarhuna spoke to us today."
    assert annotate(guard).killed == 2
