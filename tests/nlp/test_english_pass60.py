"""English pass 60 (tune127en): injured counts told through hospitals, ministries and families, and the look-alikes
beside them (docs/labelling.md, "English news pass 60"): household and workplace machines that blow up, fumes, heat
exhaustion, a drill's played wounded, a road toll's yearly rate, a trial over an earlier shooting, a harm on the other
side of a crossing, ages listed after "aged", a wounded person's later death, a new clause after "died and". Our own
sentences, not the tune set's (other names, places and wording); each rule has a look-alike that must not change."""
from nlp.annotate import annotate


def _a(text: str):
    return annotate(text, "en")


# --- household and workplace machines that blow up or burst, their fumes, heat exhaustion: accidents -------------------

def test_machine_blasts_and_fumes_are_accidents() -> None:
    assert not _a("Boiler blast hurts two in Sabha\nTwo women were hurt when a water heater exploded in their home in "
                  "Sabha on Monday, the hospital said.").is_incident
    assert not _a("Two workers were hurt when a diesel generator exploded at a workshop in Gharyan on Monday, police "
                  "said.").is_incident
    assert not _a("A boy died and two of his sisters were treated after fumes from a generator filled their flat in "
                  "Murzuq, the hospital said.").is_incident
    assert not _a("Two engineers were injured on Monday when a gas pipe burst during maintenance at the Zueitina "
                  "terminal, the company said.").is_incident
    assert not _a("Heat sends 12 to hospital in Ubari, one elderly man dies\nTwelve people were taken to Ubari hospital "
                  "with heat exhaustion on Monday and an elderly man died, the health office said.").is_incident


def test_a_shell_on_a_generator_stays_an_attack() -> None:
    # the look-alike: a generator hit by a shell is no accident, nor people taken away in a lead with a fire
    a = _a("A shell hit a generator at Zliten hospital on Monday, wounding two nurses, the hospital said.")
    assert a.is_incident and a.injured == 2
    b = _a("Fire kills one in Ubari\nTwo men were taken to an unknown location by gunmen after a fire at a warehouse "
           "in Ubari on Monday killed a guard, police said.")
    assert b.is_incident


# --- a drill's played wounded and a road toll's yearly rate: no event ---------------------------------------------------

def test_drill_and_yearly_rate_are_no_incidents() -> None:
    assert not _a("The exercise tested how quickly ambulances could move the injured to Sabha Medical Centre, "
                  "organisers said.").is_incident
    assert not _a("Libya has one of the highest rates of road deaths in Africa, a report said, with thousands injured "
                  "every year.").is_incident


def test_an_attack_on_an_exercise_stays_an_incident() -> None:
    # the look-alike: an exercise fired on, a fair held every year where a man was shot
    assert _a("An armed group fired on the exercise, wounding three volunteers in Zliten, medics said.").is_incident
    assert _a("Gunmen shot dead a trader at the Sabha fair held every year, police said.").is_incident


# --- a trial over an earlier shooting named by its year -----------------------------------------------------------------

def test_trial_over_a_shooting_of_a_past_year_is_no_incident() -> None:
    assert not _a("Six men went on trial in Zliten on Monday accused of a shooting at a wedding in 2024 that wounded "
                  "nine people, prosecutors said.").is_incident
    assert not _a("Six go on trial over 2024 Zliten shooting that wounded 9").is_incident


def test_a_new_harm_beside_a_year_stays() -> None:
    # the look-alike: a clause about a clinic's founding year, then today's harm; a man charged over an old theft shot
    a = _a("Gunmen on Monday stormed a clinic opened in 2019 that treats migrants in Zliten, wounding two nurses.")
    assert a.is_incident and a.injured == 2
    assert _a("A man charged over a 2024 theft was shot on Monday outside the court in Zliten and wounded, police "
              "said.").is_incident


# --- the side of a crossing the harm was on ------------------------------------------------------------------------------

def test_harm_on_the_tunisian_side_of_a_crossing_is_not_in_libya() -> None:
    a = _a("A Tunisian customs officer was wounded on Sunday when smugglers shot at his car on the Tunisian side of "
           "the Wazin crossing, officials said.")
    assert a.is_incident and a.in_libya is False
    b = _a("Two Tunisian border guards were hurt on Tuesday when smugglers fired at them on the Tunisian side of the "
           "Wazin crossing, a security source said.")
    assert b.in_libya is False


def test_harm_on_the_libyan_side_stays_in_libya() -> None:
    a = _a("A Libyan guard was wounded on Sunday when smugglers shot at his post on the Libyan side of the Wazin "
           "crossing, officials said.")
    assert a.in_libya is True


# --- ages listed after "aged" are no toll ------------------------------------------------------------------------------

def test_ages_listed_after_aged_are_no_count() -> None:
    assert _a("Seven people, including two boys, were hurt when gunmen fired on a market in Sabha on Friday, the Sabha "
              "Medical Centre said.\n\nA doctor at the hospital said the boys, aged nine and twelve, had bullet wounds "
              "to the legs and were out of danger.").injured == 7
    assert _a("Seven people were hurt when gunmen fired on a market in Sabha on Friday.\n\nA doctor said the women, "
              "aged 30, 41 and 52, had shrapnel wounds.").injured == 7


def test_a_toll_after_an_age_still_counts() -> None:
    # the look-alike: "aged 30 and three others": the others are a toll
    assert _a("A man aged 30 and three others were hurt when gunmen fired on a cafe in Sabha.").injured == 3


# --- a wounded person's later death: one of the wounded counted in the pluperfect --------------------------------------

def test_wounded_person_who_died_leaves_the_wounded() -> None:
    a = _a("A man wounded in the shelling of a farm near Zliten last week has died, the Zliten Medical Centre said on "
           "Monday.\n\nThe centre said five people had been wounded when a shell hit the farm on the night of May 3.")
    assert (a.killed, a.injured) == (1, 4)


def test_new_wounded_of_another_event_stay() -> None:
    # the look-alike: the wounded of a new event told in the news's own time
    a = _a("A man wounded in clashes in Zawiya last month has died, his family said. Separately, five people were "
           "wounded on Monday when a shell hit a market in Tripoli.")
    assert a.injured == 5


# --- "died and N <people> were treated": a new clause, not more dead ----------------------------------------------------

def test_died_and_people_treated_are_hurt_not_dead() -> None:
    a = _a("A man died and three relatives were treated in hospital after gunmen fired on their house in Sirte, police "
           "said.")
    assert (a.killed, a.injured) == (1, 3)


def test_died_and_more_dead_stay_dead() -> None:
    # the look-alike: the second clause's own verb is a death or a wound
    a = _a("Two men died and three others were wounded when gunmen fired on a cafe in Sirte.")
    assert (a.killed, a.injured) == (2, 3)


# --- a drill's played casualties count nobody ----------------------------------------------------------------------------

def test_drill_casualties_count_nobody() -> None:
    assert _a("The Red Crescent held an emergency drill in Tobruk port on Sunday, with volunteers playing 30 injured "
              "sailors.").injured is None


def test_wounded_beside_a_military_exercise_still_count() -> None:
    # the look-alike: a real shooting told beside an exercise, no one playing or simulating
    assert _a("Gunmen fired on soldiers during a military exercise near Sirte on Monday, wounding four conscripts and a "
              "cook, officials said.").injured == 5


# --- "N wounded ..., one of whom later died": killed 1, injured N - 1 ---------------------------------------------------

def test_one_of_whom_later_died_leaves_the_wounded() -> None:
    a = _a("Four people were wounded when a rocket hit a house in Tarhuna on Monday, one of whom later died in "
           "hospital, medics said.")
    assert (a.killed, a.injured) == (1, 3)


def test_one_of_whom_before_the_wound_is_no_share() -> None:
    # the look-alike: "whom" names the attackers, told before anyone is wounded
    a = _a("Three gunmen, one of whom later died, attacked a checkpoint in Sirte, wounding four civilians.")
    assert a.injured == 4


# --- one more hurt joined by "as well as" ------------------------------------------------------------------------------

def test_as_well_as_adds_one_more_hurt() -> None:
    assert _a("Clashes between two militias in Sabratha on Monday killed one fighter and wounded another, as well as a "
              "shepherd grazing his sheep nearby, medics said.").injured == 2
    assert _a("Gunmen wounded two men as well as a boy in Sabratha on Monday, medics said.").injured == 3


def test_as_well_as_after_the_dead_or_a_thing_adds_no_hurt() -> None:
    # the look-alikes: the dead joined, a thing damaged
    assert _a("Gunmen shot dead two men as well as a boy in Sabratha on Monday, medics said.").injured is None
    assert _a("The shelling wounded four people as well as damaging homes, medics said.").injured == 4
