"""English news pass 69 (tune145en): Libya-incident precision, where the harm happened (docs/labelling.md, "English
news pass 69"): the side of a border told before the border's other country. Our own sentences, not the tune set's
(other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def _a(text: str):
    return annotate(text, "en")


# --- "on the Libyan side of the border with Tunisia": the side named, not the other country ------------------------------

def test_bodies_on_the_libyan_side_of_the_border_with_a_neighbour_are_in_libya() -> None:
    a = _a("Three migrants found dead in the desert near the frontier\nA patrol found the bodies of three migrants near "
           "a dry well on the Libyan side of the border with Algeria on Friday. Survivors said Algerian police had left "
           "them there without water, and Algeria rejected the claim.")
    assert a.is_incident and a.in_libya is True
    b = _a("Two shepherds shot near the frontier\nTwo shepherds were shot dead near a well on the Libyan side of the "
           "frontier with Niger on Monday. Nigerien officials in Agadez said Niger would look into it.")
    assert b.in_libya is True


def test_bodies_on_the_neighbours_side_of_the_border_with_libya_are_abroad() -> None:
    # the other side told the same way is the neighbour's, though Libya is the country named after it
    a = _a("Three migrants found dead in the desert near the frontier\nA patrol found the bodies of three migrants near "
           "a dry well on the Algerian side of the border with Libya on Friday. Survivors said Libyan guards had turned "
           "them back, and Libya rejected the claim.")
    assert a.in_libya is False


def test_a_border_with_no_side_told_reads_as_before() -> None:
    # guard: "near the border with Libya", no side told, leaves the harm where its town is
    a = _a("Two shepherds shot near Ben Guerdane\nTwo shepherds were shot dead near Ben Guerdane, close to the border "
           "with Libya, on Monday, Tunisian officials said.")
    assert a.is_incident and a.in_libya is False


def test_a_side_of_a_crossing_still_reads_as_before() -> None:
    # guard: the English pass 60 telling, a side of a named crossing, is unchanged
    a = _a("A Tunisian customs officer was wounded on Sunday when smugglers shot at his car on the Tunisian side of "
           "the Wazin crossing, officials said.")
    assert a.is_incident and a.in_libya is False


# --- a press word joined to another source, put last: who tells the news, no victim -------------------------------------

def test_a_blogger_and_another_source_put_last_are_no_victims() -> None:
    a = _a("At least nine soldiers were killed in an ambush near Gao on Sunday, a local journalist and a military source "
           "said.")
    assert not a.is_incident
    b = _a("Six fighters were killed in a clash near Ubari on Friday, a blogger and local sources said.")
    assert not b.is_incident


def test_a_blogger_harmed_beside_another_still_is_a_victim() -> None:
    # guards: press people who say what was done to them, or who are harmed beside others, stay victims
    a = _a("A blogger and two students said they were beaten by police in Gao on Sunday.")
    assert a.is_incident and "activists" in a.victim_categories()
    b = _a("Police beat a blogger and two students in Gao on Sunday, witnesses said.")
    assert b.is_incident and "activists" in b.victim_categories()


# --- the harm a witness is yet to tell in a proceeding --------------------------------------------------------------------

def test_testimony_to_come_is_the_act_on_trial() -> None:
    assert not _a("Prosecutors said three survivors will testify that they were tortured in a warehouse near "
                  "Sabratha.").is_incident
    assert not _a("Lawyers said the two women would tell the judges how guards beat them in a prison near "
                  "Gharyan.").is_incident


def test_a_telling_done_is_still_the_incident() -> None:
    # guard: survivors who have told of the harm report it (abuse told from abroad is the incident)
    a = _a("Three survivors described being beaten in a warehouse near Sabratha, the rights group said.")
    assert a.is_incident


# --- where the bodies were brought home is no place of the harm ------------------------------------------------------------

def test_bodies_arriving_home_leave_the_harm_where_it_was() -> None:
    a = _a("Bodies of four Tunisian workers shot in Gharyan arrive at Dehiba\nThe bodies of four Tunisian construction "
           "workers shot dead by gunmen in Gharyan, north-western Libya, last Tuesday arrived at Dehiba on Friday, "
           "Tunisian officials said.")
    assert a.is_incident and a.in_libya is True


def test_people_who_arrived_somewhere_and_harmed_there_keep_the_place() -> None:
    # guard: no body word before the verb: the gunmen came to the place of the harm
    a = _a("Gunmen who arrived at a farm near Medenine killed two shepherds on Sunday, Tunisian officials said.")
    assert a.is_incident and a.in_libya is False
