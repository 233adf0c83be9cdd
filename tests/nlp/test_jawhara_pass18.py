"""Jawhara-style pass 3 (tune18): what a lead says (counts, victim categories, actors) in Jawhara FM-style Arabic
articles; one test per kind of error, with sentences written for these tests (docs/labelling.md, the section
"Jawhara-style pass 3 (tune18): counts, victims, actors")."""

from nlp.annotate import annotate

PUBLISHED = "2026-11-20"


def _ann(text: str):
    return annotate(text, "ar", PUBLISHED, model=False)


def _injured(text: str) -> int | None:
    return _ann(text).casualties()[1]


# --- counts ------------------------------------------------------------------------------------------------------


def test_a_dual_passive_verb_counts_two_named_victims() -> None:
    text = ("سرت: الاعتداء على طاقم إذاعة محلية\n"
            "وأكدت النقابة أن المذيع سالم والتقني عادل أصيبا بكدمات بعد الاعتداء عليهما أمام مقر الإذاعة. ")
    assert _injured(text) == 2


def test_one_victim_taken_to_hospital_wounded_is_one_injured() -> None:
    text = ("مدنين: شاب يتهم جاره بالاعتداء عليه\n"
            "أفاد مصدر طبي أن عاملا فلاحيا في الأربعين نقل ليلة أمس إلى المستشفى الجهوي مصابا بجرح في الرأس. ")
    assert _injured(text) == 1


def test_eleven_wounded_in_the_accusative_is_still_a_number() -> None:
    text = ("سبها: 11 مصابا في اشتباكات بحي الناصرية\n"
            "أعلن المستشفى أنه استقبل 11 مصابا في الاشتباكات التي اندلعت أمس. ")
    assert _injured(text) == 11
