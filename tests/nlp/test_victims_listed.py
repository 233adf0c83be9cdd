"""A sentence that only lists who the victims were («ومن بينهم ست نساء», "Among those held are ...") gives its
categories to the nearest incident sentence (issue 13 item 4). Our own sentences; the first two failed before."""

from __future__ import annotations

from nlp.annotate import annotate


def _categories(text: str, lang: str) -> dict[str, set[str]]:
    return {i.type: set(i.victim_categories) for i in annotate(text, lang, None).incidents}


def test_an_arabic_list_of_victims_after_the_incident_names_their_categories() -> None:
    found = _categories("تحرير 52 مهاجرا من مستودع لمهربين في الشويرف\n"
                        "أعلنت مديرية الأمن تحرير اثنين وخمسين مهاجرا تعرضوا للتعذيب داخل مستودع لعصابة تهريب. "
                        "ومن بينهم تسع نساء وخمسة أطفال.", "ar")
    assert found and all({"women", "children"} <= kinds for kinds in found.values()), found


def test_an_english_list_of_those_held_names_their_categories() -> None:
    found = _categories("Guards beat detainees at Gharyan migrant centre\n"
                        "Guards beat 90 migrants detained at a centre in Gharyan on Friday, a rights group said. "
                        "Among those detained are 14 women and six children.", "en")
    assert "torture" in found and {"women", "children"} <= found["torture"], found


def test_suspects_listed_after_an_arrest_are_no_victims() -> None:
    found = _categories("إصابة 15 مشجعا في أعمال شغب بملعب المنزه\n"
                        "أسفرت أعمال الشغب عن إصابة 15 مشجعا بإصابات متفاوتة نقلوا إلى المستشفى. "
                        "وتم إيقاف 30 شخصا من بينهم 8 قصر.", "ar")
    assert "injury" in found and "children" not in found["injury"], found


def test_a_list_far_from_any_incident_sentence_is_not_joined() -> None:
    found = _categories("Guards beat detainees at Gharyan migrant centre\n"
                        "Guards beat 90 migrants detained at a centre in Gharyan on Friday, a rights group said. "
                        "The group called for an inquiry. The centre opened in 2017. It is run by the interior "
                        "ministry. The town also hosts a school for 300 pupils, among them many girls.", "en")
    assert "torture" in found and not {"girls", "children"} & found["torture"], found


def test_children_among_migrant_bodies_stay_with_the_migrant_death_incident() -> None:
    # the body find is read as a killing, then folded into the migrant-death incident (`other`): its children too
    found = _categories("وفاة خمسة مهاجرين عطشا بعد أن تركهم مهربون في الصحراء جنوب سبها\n"
                        "أعلن جهاز الإسعاف والطوارئ العثور على جثث خمسة مهاجرين تشاديين، بينهم طفلان، في منطقة "
                        "صحراوية جنوب سبها.", "ar")
    assert "other" in found and "children" in found["other"], found
