"""«إصابة والدته» beside a girl: the mother told bare (no «و» before her) is a woman harmed (16th session)."""

from nlp.annotate import annotate


def test_bare_mother_after_a_harm_noun_is_a_woman():
    text = "قتل رجل وأصيبت ابنته البالغة من العمر 9 سنوات في قصف على بني وليد، وأدى القصف إلى إصابة والدته أيضا."
    assert "women" in annotate(text).victim_categories()


def test_mother_who_speaks_is_no_victim():
    text = "قتل رجل وأصيبت ابنته البالغة من العمر 9 سنوات في قصف على بني وليد، وقالت والدته إن الأسرة نزحت."
    assert "women" not in annotate(text).victim_categories()
