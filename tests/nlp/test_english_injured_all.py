"""English injured pass over all tune files (docs/labelling.md, "English injured pass (all tune files, twentieth
session)"): kinds of injured count that recur across the English tune files, checked on our own sentences (written
by the rasad team; no real events)."""

from tests.nlp.english_reading import counts

# --- a second group told hurt in a later sentence: "N other / N more" adds to the count ------------------------------


def test_other_people_hurt_after_the_one_shot_add_to_him() -> None:
    text = ("Teenager shot as guards fire at Sirte fuel queue\n"
            "A teenager was shot in the arm when guards fired over a crowd at a fuel station in Sirte on Friday, a "
            "relative said. Three other men suffered fractures in the stampede.")
    assert counts(text) == (None, 4)


def test_more_people_treated_later_add_to_the_wounded() -> None:
    text = ("Grenade thrown into Zliten cafe\n"
            "Four workers were injured when a grenade was thrown into a cafe in Zliten on Monday, the town's medical "
            "centre said. Two more workers were treated later for cuts from broken glass.")
    assert counts(text) == (None, 6)


def test_a_share_of_the_wounded_treated_later_adds_nobody() -> None:
    text = ("Grenade thrown into Zliten cafe\n"
            "Four workers were injured when a grenade was thrown into a cafe in Zliten on Monday, the town's medical "
            "centre said. Two of the workers were treated later for cuts from broken glass.")
    assert counts(text) == (None, 4)


def test_other_people_arrested_after_the_one_shot_add_nobody() -> None:
    text = ("Teenager shot as guards fire at Sirte fuel queue\n"
            "A teenager was shot in the arm when guards fired over a crowd at a fuel station in Sirte on Friday, a "
            "relative said. Three other men were arrested at the scene.")
    assert counts(text) == (None, 1)


# --- a hospital raided: the hospital named as a building or a workplace is no care for the beaten -------------------


def test_a_hospital_suspending_services_is_no_care_for_a_beaten_nurse() -> None:
    text = ("Man shot dead in Gharyan clinic raid\n"
            "Gunmen burst into a clinic in Gharyan on Monday and shot dead a young man, staff said. A nurse was beaten "
            "during the raid. The hospital suspended all services.")
    assert counts(text) == (1, None)


def test_staff_at_the_hospital_striking_is_no_care_for_a_beaten_nurse() -> None:
    text = ("Man shot dead in Gharyan clinic raid\n"
            "Gunmen burst into a clinic in Gharyan on Monday and shot dead a young man, staff said. A nurse was beaten "
            "during the raid. Doctors at the hospital went on strike the next day.")
    assert counts(text) == (1, None)


def test_a_beaten_nurse_treated_at_the_hospital_is_still_hurt() -> None:
    text = ("Man shot dead in Gharyan clinic raid\n"
            "Gunmen burst into a clinic in Gharyan on Monday and shot dead a young man, staff said. A nurse was beaten "
            "during the raid and was treated at the hospital for a broken arm. The hospital suspended all services.")
    assert counts(text) == (1, 1)


# --- one captive let go or found bearing a wound -------------------------------------------------------------------


def test_an_abducted_teacher_found_with_a_broken_arm_is_hurt() -> None:
    text = ("Teacher abducted in Sirte found with broken arm\n"
            "A teacher abducted in Sirte's Al-Zaafran district last month was found on Friday near the coastal road "
            "with a broken arm and bruises, his brother said.")
    assert counts(text) == (None, 1)


def test_a_journalist_released_to_hospital_with_a_broken_jaw_is_hurt() -> None:
    text = ("Journalist freed in Zawiya\n"
            "A journalist held for a month by an armed group in Zawiya was released on Tuesday and taken to hospital "
            "with a broken jaw, his colleagues said.")
    assert counts(text) == (None, 1)


def test_an_abducted_engineer_released_in_good_health_is_not_hurt() -> None:
    text = ("Engineer freed in Gharyan\n"
            "An engineer abducted in Gharyan last week was released on Monday with his car and phone, his family said. "
            "He was in good health.")
    assert counts(text) == (None, None)


def test_a_man_found_dead_with_gunshot_wounds_is_no_injured() -> None:
    text = ("Missing man found dead near Sirte\n"
            "A man missing since Monday was found dead on Friday near the coastal road with gunshot wounds, his "
            "brother said.")
    assert counts(text) == (1, None)
