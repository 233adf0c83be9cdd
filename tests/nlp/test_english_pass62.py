"""English news pass 62 (tune131en): Libya-incident precision, where the harm happened, and care counts. Our own
sentences; each rule with a look-alike guard."""

from nlp.annotate import annotate


def test_arrest_on_suspicion_of_an_earlier_killing_is_a_proceeding():
    text = ("Detectives in Zintan arrested a 24-year-old man on Thursday on suspicion of killing a shopkeeper "
            "during a burglary in the old market, the security directorate said.")
    assert not annotate(text).is_incident
    # guard: gunmen "suspected of" links who kill are the news
    guard = ("Gunmen suspected of links to a smuggling gang shot dead a shopkeeper in the old market of Zintan on "
             "Thursday, the security directorate said.")
    assert annotate(guard).is_incident


def test_headline_suspect_in_a_past_killing_frames_the_story():
    text = ("Police in Ghadames arrest suspect in last month's killing of teacher\n"
            "GHADAMES - Police in Ghadames said on Monday they had arrested a suspect in the killing of a primary school "
            "teacher last month. The teacher's killing had shocked the town, where schools closed for a day.")
    assert not annotate(text).is_incident
    # guard: a killing told with an arrest after it stays an incident
    guard = ("Gunmen kill teacher in Ghadames, police arrest one\n"
             "GHADAMES - Gunmen shot dead a primary school teacher outside his home in Ghadames on Monday, and police "
             "said they had arrested one of the attackers.")
    assert annotate(guard).is_incident


def test_where_attackers_are_based_is_no_place_of_the_harm():
    text = ("Raiders from southern Libya attack Chadian herders' camp, killing three\n"
            "ABECHE - Armed men who crossed from their bases in southern Libya attacked a herders' camp in Chad's "
            "Tibesti region on Sunday, killing three herders and burning several huts, Chadian officials said. "
            "Officials said the attackers belonged to a militia based near Qatrun.")
    res = annotate(text)
    assert res.is_incident
    assert not res.in_libya
    # guard: the same raid on a market near Qatrun is in Libya
    guard = ("Gunmen kill three traders in southern Libya\n"
             "ABECHE - Armed men raided a market near Qatrun in southern Libya on Sunday, killing three Chadian "
             "traders, Chadian officials said.")
    assert annotate(guard).in_libya


def test_part_of_a_group_that_needed_treatment():
    text = ("Guards at a detention centre in Zliten beat detainees with cables on Monday. "
            "MSF said 9 of the 40 detainees needed treatment for cuts and bruises.")
    assert annotate(text).injured == 9
    # guard: the part who needed food is no care count
    guard = ("Guards at a detention centre in Zliten beat detainees with cables on Monday. "
             "MSF said 9 of the 40 detainees needed food and blankets.")
    assert annotate(guard).injured is None


def test_people_counted_before_needed_treatment():
    text = ("Militiamen beat protesters with sticks outside the council in Sabha on Tuesday. "
            "Doctors said 12 protesters needed treatment for head wounds.")
    assert annotate(text).injured == 12
    # guard: an age before "needed" is no count
    guard = ("Militiamen beat protesters with sticks outside the council in Sabha on Tuesday. "
             "The cameraman, 27, needed treatment for a head wound.")
    assert annotate(guard).injured == 1  # the cameraman, not 27


def test_survivors_pulled_out_and_taken_to_hospital():
    text = ("Boat capsizes off Garabulli, 12 dead\n"
            "The bodies of 12 migrants were recovered after a boat capsized off Garabulli on Friday. The coast guard "
            "said 17 survivors were pulled from the sea and taken to Garabulli hospital.")
    assert annotate(text).injured == 17
    # guard: survivors taken to a reception centre are not counted
    guard = ("Boat capsizes off Garabulli, 12 dead\n"
             "The bodies of 12 migrants were recovered after a boat capsized off Garabulli on Friday. The coast guard "
             "said 17 survivors were pulled from the sea and taken to a reception centre.")
    assert annotate(guard).injured is None
