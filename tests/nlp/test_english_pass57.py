"""English pass 57 (tune123en): incident types and victim categories, on our own sentences."""

from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text).incidents}


def test_captives_beaten_by_kidnappers_is_torture() -> None:
    # a hostage beaten by the men who hold him: ill-treatment in captivity (torture), not an injury
    text = ("Kidnappers who seized a trader in Zliten on Friday have beaten him while phoning his brother "
            "to demand a ransom.")
    types = _types(text)
    assert "torture" in types and "abduction" in types
    assert "injury" not in types
    # guard: a beating with no captivity stays an injury
    guard = _types("Armed men beat a trader in a Zliten market on Friday and he was taken to hospital.")
    assert "torture" not in guard
    # guard: the relative beaten while the captive is taken is no captive
    kin = _types("Masked men kidnapped a pharmacist in Ghat on Sunday after beating his brother, relatives said, "
                 "and demanded a ransom.")
    assert "abduction" in kin and "torture" not in kin


def _categories(text: str) -> set[str]:
    return {c for i in annotate(text).incidents for c in i.victim_categories}


def test_group_still_held_names_its_members() -> None:
    # the captives left behind, named in a sentence of their own, are victims of the captivity just told
    text = ("Smugglers holding 30 Eritrean migrants in a farm near Bani Walid whipped them to press families for "
            "ransoms, a survivor said. Three girls and two women were still held when she got out.")
    assert {"women", "children"} <= _categories(text)
    # guard: the suspects still held are no victims
    guard = ("Gunmen kidnapped a driver near Gharyan on Monday and demanded a ransom. Two women suspected of helping "
             "them are still detained, police said.")
    assert "women" not in _categories(guard)


def test_group_restated_with_its_members() -> None:
    # "The two bystanders, a baker and a woman, had ...": the members of a harmed group just counted
    text = ("A boy was shot and two bystanders were hurt when gunmen opened fire in a Ghat market on Monday. "
            "The two bystanders, a baker and a woman, had light wounds.")
    assert "women" in _categories(text)
    # guard: the attackers described the same way are no victims
    guard = ("A boy was shot and two bystanders were hurt when gunmen opened fire in a Ghat market on Monday. "
             "The two gunmen, a soldier and his brother, fled in a car.")
    assert "women" not in _categories(guard)


def test_captives_beaten_where_held_is_torture() -> None:
    # traffickers "holding" migrants who beat them, and "the captives" whipped: ill-treatment in captivity
    holding = _types("Traffickers holding 25 Eritrean migrants in a farm near Shwayrif beat them every night, "
                     "a survivor said.")
    assert "torture" in holding and "injury" not in holding
    whipped = _types("A survivor, Yonas, 22, said the guards whipped the captives with hoses every morning.")
    assert "torture" in whipped and "injury" not in whipped
    hostages = _types("Gunmen who stormed a farm near Jufra beat the hostages they took there, a relative said.")
    assert "torture" in hostages and "injury" not in hostages
    headline = _types("Misrata trader beaten by captors during ransom calls\nGunmen seized a trader in Misrata on "
                      "Monday and demanded a ransom from his family, his brother said.")
    assert "torture" in headline and "injury" not in headline
    # guard: a beating in a street, nobody held, stays an injury
    guard = _types("Armed men beat a shopkeeper in a Sabha market on Sunday and he was taken to hospital.")
    assert "injury" in guard and "torture" not in guard


def test_people_sold_or_forced_to_work_are_trafficked() -> None:
    # people sold between gangs, or made to work unpaid under threat: trafficking (forced labour), nobody hurt
    sold = _types("Eritrean migrants told reporters that smugglers kept them in a yard near Shwayrif and sold them "
                  "to another gang in March.")
    assert "trafficking" in sold
    forced = _types("Rights monitors said 15 Nigerien migrants had been forced to work without pay on building sites "
                    "near Ghadames for months.")
    assert "trafficking" in forced
    # guards: a sale of goods, and workers unpaid by a firm, are no trafficking
    assert "trafficking" not in _types("Police in Misrata said the gang sold the stolen cars to a dealer in March.")
    assert "trafficking" not in _types("Hospital staff in Ghadames have worked without pay for four months, "
                                       "the union said.")
    # the guards of a detention centre who make detainees work unpaid: ill-treatment in custody, no trafficking
    assert "trafficking" not in _types("Detainees held at the Tajoura detention centre said guards beat them and forced "
                                       "them to work without pay on nearby farms.")
    # an accusation denied is no sale told
    assert "trafficking" not in _types("The directorate said that claims that its staff sold migrants to smugglers "
                                       "were false.")



def test_woman_named_after_her_role() -> None:
    # a woman's given name right after the victim's role tells a woman ("The midwife, Lamia Fituri, was hit")
    text = ("A midwife was wounded on Sunday when gunmen fired on a car carrying staff to a clinic in Sabratha. "
            "The nurse, Marwa Fituri, was hit in the leg and is being treated at Sabratha hospital.")
    assert "women" in _categories(text)
    # guard: a man's name after the role tells no woman
    guard = ("A midwife was wounded on Sunday when gunmen fired on a car carrying staff to a clinic in Sabratha. "
             "The nurse, Marwan Fituri, was hit in the leg and is being treated at Sabratha hospital.")
    assert "women" not in _categories(guard)


def test_press_word_named_after_said_is_the_one_held() -> None:
    # "Rights groups said cameraman X Y has been held ...": the press word and its name open the harm told, a victim
    text = ("Rights groups said cameraman Tarek Wahda has been held since Sunday by the Internal Security Agency "
            "in Zliten.")
    types = _types(text)
    assert "arbitrary_detention" in types and "journalists" in _categories(text)
    # guard: the journalist who speaks after the harm is its source
    guard = ("Two fishermen from Zuwara were detained without charge by the coast guard on Sunday, said journalist "
             "Tarek Wahda.")
    assert "journalists" not in _categories(guard)
