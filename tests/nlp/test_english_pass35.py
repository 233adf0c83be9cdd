"""English pass 35 (tune77en): Libya precision and incident F1 in long articles (a release awaited "unless / until he
is freed", captives freed told in a headline, a year's trend told as "2025 saw more", a year's tally of cases in a
headline, members of a jihadist group killed in a raid, fishermen drowned when their boat sank) (docs/labelling.md,
"English news pass 35"). Our own sentences, not the tune set's (other names, places and wording); each rule has a
look-alike that must not change."""
from nlp.annotate import annotate


def incident(text: str) -> bool:
    return bool(annotate(text, "en").incidents)


def types(text: str) -> set[str]:
    return {c.type for c in annotate(text, "en").incidents}


# --- a release awaited is no release --------------------------------------------------------------------------------

def test_taking_told_beside_a_release_still_awaited() -> None:
    text = ("Doctors in Sabha said they would stop work until surgeon Nouri Abdelsalam, who was taken from his clinic "
            "on Monday by men in plain clothes, is released.")
    assert "abduction" in types(text)
    text = ("The union will boycott the courts unless the lawyer Hana Meftah, who was seized outside her office on "
            "Sunday by armed men, is freed.")
    assert "abduction" in types(text)
    # the look-alike: the release happened, the taking ended
    assert not incident("Surgeon Nouri Abdelsalam, who was taken from his clinic on Monday by men in plain clothes, "
                        "was released on Thursday, his family said.")


# --- captives freed, told in a headline without its "were" ---------------------------------------------------------

def test_headline_abducted_people_freed() -> None:
    text = ("Abducted Tunisian engineers released in Libya after ransom\n"
            "Four Tunisian engineers abducted near Zuwara in May were released on Sunday, officials in Tunis said. "
            "They arrived home on Monday.")
    assert not incident(text)
    assert not incident("Kidnapped Sudanese drivers freed near Kufra\nThe three drivers were handed to their "
                        "embassy.")
    # the look-alikes: one freed while others are still held; a captive found dead
    assert incident("Kidnapped teachers freed in Ubari, two colleagues still held\nGunmen seized five teachers on "
                    "the road to Ubari last week.")
    assert "killing" in types("Kidnapped Tunisian engineer found dead in Libya\nThe body of the engineer was found "
                              "near Zuwara on Sunday.")


# --- a year's trend told with "saw" ---------------------------------------------------------------------------------

def test_year_saw_more_or_fewer() -> None:
    text = ("Rights group: 2024 saw more enforced disappearances in Libya but fewer deaths in custody\n"
            "The group said it had recorded 80 disappearances, most of them in Tripoli and Misrata, and that armed "
            "groups held hundreds of people without trial.")
    assert not incident(text)
    # the look-alike: an event of the day in a headline with "saw" and no year
    assert incident("Residents saw gunmen shoot dead two farmers near Gharyan\nThe farmers were killed on Monday "
                    "morning, their relatives said.")


# --- a year's tally of cases in a headline -------------------------------------------------------------------------

def test_headline_cases_over_a_year() -> None:
    text = ("Rights body counts 140 cases of torture in Libyan prisons last year\n"
            "The commission said detainees in Zintan and Bani Walid were beaten and held for months without "
            "charge, and that it had received complaints from 60 families.")
    assert not incident(text)
    # the look-alike: cases of the week, told with an abduction of the day
    assert incident("Two cases of abduction reported in Tarhuna this week\nGunmen abducted two men from their "
                    "homes in Tarhuna on Sunday night, relatives said.")


# --- members of a jihadist group killed in a raid -------------------------------------------------------------------

def test_jihadist_group_members_killed_in_raid() -> None:
    assert not incident("Police killed three suspected members of the Islamic State in a raid on a farm near Sabha "
                        "on Friday, the interior ministry said.")
    assert not incident("Army units killed four al-Qaeda members in the desert south of Ubari, a spokesman said.")
    # the look-alikes: civilians killed by the group; unarmed men killed in a raid
    assert "killing" in types("Islamic State members killed three civilians near Sabha on Friday, relatives said.")
    assert "killing" in types("Police killed three unarmed brothers in a raid on their farm near Sabha, relatives "
                              "said.")


# --- fishermen drowned when their boat sank -------------------------------------------------------------------------

def test_fishing_boat_sank_fishermen_drowned() -> None:
    assert not incident("Fishing boat capsizes off Zliten, two fishermen drowned\nTwo fishermen drowned when their "
                        "boat capsized in high waves off Zliten on Friday, the port authority said.")
    # the look-alikes: migrants drowned; fishermen drowned after the boat was rammed
    assert incident("Boat capsizes off Zuwara, 12 migrants drowned\nTwelve migrants drowned when their boat "
                    "capsized off Zuwara on Friday, the Red Crescent said.")
    assert incident("Two fishermen drowned after a patrol boat rammed their boat off Zliten on Friday, the "
                    "fishermen's union said.")


def test_fishing_boat_bodies_recovered_after_headline() -> None:
    text = ("Fishing boat capsizes off Zliten, two fishermen drowned\n"
            "Two fishermen drowned when their boat capsized in high waves off Zliten on Friday, the port authority "
            "said. Divers recovered both bodies on Saturday.")
    assert not incident(text)
    # the look-alike: migrants' bodies recovered after a sinking
    assert incident("Boat capsizes off Sabratha, migrants drowned\nNine migrants drowned when their boat capsized "
                    "off Sabratha on Friday. Divers recovered five bodies on Saturday.")


# --- suspects who fire when ordered to surrender -------------------------------------------------------------------

def test_suspects_fire_when_ordered_to_surrender() -> None:
    text = ("Police kill two suspected members of Islamic State in Sirte raid\n"
            "Police killed two suspected members of Islamic State in a raid on a flat in Sirte on Tuesday, the "
            "interior ministry said. It said the men opened fire when they were told to surrender.")
    assert not incident(text)
    # the look-alikes: gunmen firing on a crowd; a suspect who wounds bystanders while resisting arrest
    assert incident("Gunmen opened fire on a wedding party in Sabha on Saturday night, wounding four guests.")
    assert "injury" in types("Police said the suspect opened fire on officers trying to arrest him, wounding two "
                             "passers-by in Sabha.")


# --- captives freed, their health told in a later sentence ---------------------------------------------------------

def test_release_story_health_told_later() -> None:
    text = ("Turkish drivers freed in Libya after ransom\n"
            "Five Turkish truck drivers kidnapped near Sirte in April were freed on Monday, Turkey's embassy said. "
            "Relatives said a ransom had been paid to the kidnappers. The embassy said the drivers were in good "
            "health.")
    assert not incident(text)
    # the look-alike: a ransom demanded, nobody freed
    assert "abduction" in types("Five Turkish truck drivers were kidnapped near Sirte on Monday. The kidnappers "
                                "demanded a ransom, relatives said. The embassy said it hoped they were in good "
                                "health.")


# --- an inquiry called for into a past killing ---------------------------------------------------------------------

def test_headline_inquiry_into_past_killings() -> None:
    text = ("Activists call for inquiry into Sirte killings of 2023\n"
            "Fifteen Libyan and foreign groups called on Monday for an independent investigation into the killing of "
            "at least 14 civilians during fighting in Sirte in 2023, saying nobody had been punished.\n"
            "The groups wrote to the UN Human Rights Council.\n"
            "Relatives of the dead said they had been waiting for answers for three years.")
    assert not incident(text)
    # the look-alike: a killing of the day in the headline, then the call
    assert "killing" in types("Two shot dead in Gharyan as lawyers urge inquiry into killings\nGunmen shot dead two "
                              "civilians at a checkpoint in Gharyan on Sunday, residents said.")


# --- a beating told by the one held, in the first person -----------------------------------------------------------

def test_release_story_beating_told_in_first_person() -> None:
    text = ("Abducted Chadian labourers freed near Brak after ransom\n"
            "Three Chadian labourers kidnapped from a farm near Brak last month were freed on Sunday after their "
            "employer paid a ransom, the Chadian consulate said. \"They beat us every evening,\" one of them told "
            "reporters.")
    assert "injury" in types(text)
    # the look-alike: a sports quote
    assert not incident("\"Al Ittihad beat us 3-1 in Benghazi,\" the coach of Al Nasr said after the match.")


# --- a harm timed against the political news of a long article ----------------------------------------------------

def test_harm_timed_before_a_meeting_keeps_its_counts() -> None:
    text = ("Prime minister meets mayors in Tripoli; woman killed as shell hits Ain Zara home\n"
            "The prime minister met the mayors of twelve western towns in Tripoli on Sunday to discuss budgets, his "
            "office said.\n"
            "Hours before the meeting, a mortar shell fired during clashes in Ain Zara hit a house, killing a woman "
            "and injuring two of her sons, who were taken to a hospital in Tripoli.")
    assert annotate(text, "en").injured == 2
    # the look-alike: an earlier attack recalled after the news, its wounded not the news's
    text = ("Woman killed as shell hits Ain Zara home\n"
            "A mortar shell hit a house in Ain Zara on Sunday, killing a woman, residents said.\n"
            "Two days before, a rocket had wounded five people in the same district.")
    assert annotate(text, "en").injured is None


# --- a person hit on a body part -----------------------------------------------------------------------------------

def test_hit_on_the_head_is_no_attack_on_property() -> None:
    text = ("Three men freed from a Sabha prison told reporters they had been given electric shocks during "
            "questioning. One of them said he lost the sight of one eye after being hit on the face and was treated "
            "at a clinic in Misrata.")
    assert "attack_on_property_or_infrastructure" not in types(text)
    assert "torture" in types(text)
    # the look-alike: a building hit
    assert "attack_on_property_or_infrastructure" in types("A rocket hit a school in Tajoura on Monday, the "
                                                            "education ministry said.")


# --- a ruling on past acts gives no count --------------------------------------------------------------------------

def test_ruling_on_past_bombing_has_no_count() -> None:
    text = ("Appeals court upholds life sentences over 2018 Sabha market bombing\n"
            "An appeals court in Tripoli upheld on Monday the life sentences given to two men convicted of a bombing "
            "at a Sabha market in 2018, the prosecution said.\n"
            "Defence lawyers said they would appeal to the Supreme Court.\n"
            "The 2018 bombing killed five shoppers.")
    assert annotate(text, "en").killed is None
    assert not incident(text)
    # the look-alike: a bombing of the day, with a court named in the story
    text = ("Car bomb kills four outside Sabha court\n"
            "A car bomb exploded outside the Sabha appeals court on Monday, killing four passers-by, the health "
            "ministry said.")
    assert annotate(text, "en").killed == 4


# --- a suicide told in English -------------------------------------------------------------------------------------

def test_suicide_told_in_english_is_no_incident() -> None:
    assert not incident("A 31-year-old teacher killed herself at her home in Ajdabiya on Friday, police said.")
    assert not incident("A young man took his own life in Tobruk on Sunday, the third such death this year.")
    # a suicide keeps its count (the settled answer), as an accident's dead
    assert annotate("A young man took his own life in Tobruk on Sunday, police said.", "en").killed == 1
    # the look-alike: a woman killed by someone else
    assert "killing" in types("A man killed his wife at their home in Ajdabiya on Friday, police said.")


# --- a briefing to a council sums up a period ----------------------------------------------------------------------

def test_council_briefing_summing_up_a_year() -> None:
    text = ("UN deputy envoy briefs Security Council on Libya\n"
            "The UN deputy envoy told the Security Council on Wednesday that the year had been marked by stalled "
            "talks. She said armed groups had detained hundreds of people, among them bloggers, during the year, and "
            "that civilians had been killed in fighting in Gharyan and Sabratha.")
    assert not incident(text)
    # the look-alike: the briefing tells an event of a day of its own
    text = ("UN deputy envoy briefs Security Council on Libya\n"
            "The UN deputy envoy told the Security Council on Wednesday that talks had stalled. She said a drone "
            "strike had killed four children in Sabratha on Sunday.")
    assert "killing" in types(text)
