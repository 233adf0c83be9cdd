"""English news pass 65 (tune138en): Libya-incident precision in Libyan English outlets. Our own sentences; each rule
with a look-alike guard."""

from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {incident.type for incident in annotate(text).incidents}


def _rule_types(text: str) -> set[str]:
    """The rules' own candidates (the model may drop a weak one either way)."""
    return {incident.type for incident in annotate(text, model=False).incidents}


def test_a_checkpoint_attacked_is_a_military_target():
    text = "The army said the gunmen had attacked a checkpoint on the road to Mizda, and that reinforcements were sent."
    assert not annotate(text, model=False).incidents
    # guard: civilians killed at the checkpoint keep their killing
    guard = "Gunmen attacked a checkpoint near Mizda on Tuesday, killing two civilians who were waiting in their cars."
    assert "killing" in _types(guard)


def test_a_fall_into_the_harbour_is_an_accident():
    text = "A worker drowned after falling into the harbour in Zuwara on Monday, the civil defence said."
    assert not annotate(text).incidents
    # guard: a migrant thrown into the harbour by guards is no accident
    guard = "Guards threw a migrant into the harbour in Zuwara on Monday and he drowned, witnesses said."
    assert annotate(guard).incidents


def test_a_release_headline_over_a_restated_taking():
    text = ("Kidnapped Gharyan engineer released\n"
            "An engineer kidnapped in Gharyan last week was released on Monday, his family said. "
            "The engineer was kidnapped outside his workshop. Police said they were still investigating the case.")
    assert not annotate(text).incidents
    # guard: colleagues still held keep the abduction
    guard = ("Kidnapped Gharyan engineer released\n"
             "An engineer kidnapped in Gharyan last week was released on Monday, his family said. "
             "The engineer was kidnapped outside his workshop. Two of his colleagues are still held by the gang.")
    assert "abduction" in _types(guard)


def test_a_critic_sentenced_to_prison_is_held_for_her_words():
    text = ("A court in Sirte sentenced blogger Khadija Al-Mabrouk to two years in prison on Monday over posts "
            "criticising the municipality, her lawyer said.")
    res = annotate(text)
    assert {"arbitrary_detention", "attack_on_civil_society"} <= {i.type for i in res.incidents}
    # guard: killers of a journalist sentenced to prison are the convicted, no one held for his words
    guard = "A court in Sirte sentenced two men to 15 years in prison on Monday for the killing of a journalist in 2023."
    assert not annotate(guard).incidents


def test_the_doctor_who_determines_the_cause_of_death_is_no_victim():
    text = ("Residents found two bodies bearing signs of torture on a farm near Sorman on Monday. The bodies were taken "
            "to the hospital morgue, where the forensic doctor will determine the cause of death.")
    res = annotate(text)
    assert res.incidents
    assert all("medics" not in i.victim_categories for i in res.incidents)
    # guard: a forensic doctor shot dead is a medic harmed
    guard = "Gunmen shot dead a forensic doctor outside his clinic in Sorman on Monday."
    assert any("medics" in i.victim_categories for i in annotate(guard).incidents)
