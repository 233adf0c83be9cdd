"""Arabic injured pass (all tune files): kinds of injured count seen across several Arabic tune files
(docs/labelling.md, "Arabic injured pass (all tune files, twentieth session)"), checked on our own sentences (written
by the rasad team in the style of Libyan and Tunisian news; no real events)."""

import pytest

from nlp.annotate import annotate


def _counts(text: str) -> tuple[int | None, int | None]:
    result = annotate(text, "ar", "2026-05-10")
    return result.killed, result.injured


# «ارتفع عدد القتلى إلى N بعد وفاة أحد الجرحى الخمسة»: the group of five read as the hurt, one of them now among the
# dead (the guide: "three wounded, one later died" = killed 1, injured 2)
def test_one_of_a_counted_group_of_wounded_who_died_leaves_the_rest() -> None:
    text = "ارتفعت حصيلة إطلاق النار على المقهى إلى ثلاثة قتلى بعد وفاة أحد الجرحى الخمسة متأثرا بجروحه."
    assert _counts(text) == (3, 4)


def test_one_of_the_wounded_with_no_group_number_keeps_the_old_answer() -> None:
    text = "ارتفع عدد قتلى القصف إلى أربعة بعد وفاة أحد المصابين متأثرا بجروحه."
    assert _counts(text) == (4, None)


# survivors counted by a number with their care stated (the guide, seventeenth session)
@pytest.mark.parametrize(("text", "expected"), [
    (("انتشل خفر السواحل جثث خمسة مهاجرين قبالة الخمس. وقال متطوع إن أربعة ناجين نقلوا إلى مستشفى الخمس "
     "لتلقي العلاج."), (5, 4)),
    (("توفي ثلاثة مهاجرين إثر انقلاب قارب قبالة الزاوية. وقال مصدر إن 2 من الناجين نقلوا إلى مستشفى الزاوية "
     "بسبب الإنهاك."), (3, 2)),
])
def test_survivors_counted_with_their_care_are_hurt(text: str, expected: tuple) -> None:
    assert _counts(text) == expected


def test_survivors_only_rescued_stay_uncounted() -> None:
    text = "انتشل خفر السواحل جثث خمسة مهاجرين قبالة الخمس، فيما نجا أربعة ناجين وصلوا إلى الشاطئ بصحة جيدة."
    assert _counts(text)[1] is None


# the treated, or a group of them, with the marks of wounds or of beating stated on them
@pytest.mark.parametrize(("text", "expected"), [
    (("قالت منظمة طبية إن فرقها عالجت 15 مهاجرا فروا من مزرعة يديرها مهربون قرب الشويرف، "
     "وعلى أجسادهم آثار ضرب وحروق."), 15),
    (("تعرض مهاجرون للتعذيب في مستودع للمهربين جنوب سبها. وأوضح المصدر أن 4 منهم يحملون آثار حروق وكسور "
     "ونقلوا إلى المستشفى."), 4),
    (("قال محتجزون سابقون إنهم تعرضوا للضرب بالعصي خلال احتجازهم في معسكر بورشفانة، وإن اثنين منهم لا يزالون "
     "يعانون كسورا في الأضلاع."), 2),
])
def test_people_bearing_wounds_or_marks_of_beating_are_counted(text: str, expected: int) -> None:
    assert _counts(text)[1] == expected


@pytest.mark.parametrize("text", [
    "عالجت العيادة المتنقلة 30 مريضا في القرية التي تعاني آثار الجفاف.",
    "روى محتجزون سابقون أنهم تعرضوا للتعذيب في معسكر بورشفانة، وأن ثلاثة منهم ما زالوا يعانون من الجوع.",
    "وأضاف المصدر أن 6 منهم يحملون وثائق سفر مزورة.",
])
def test_marks_of_no_wound_count_nobody(text: str) -> None:
    assert _counts(text)[1] is None


# one survivor of a drowning or of fumes, saved or surviving, then taken to hospital or with a wound
@pytest.mark.parametrize(("text", "expected"), [
    ("غرق شابان في شاطئ سيدي عبد الجليل، فيما أنقذ الصيادون صديقهما الثالث ونقل إلى مستشفى الزاوية للعلاج.", (2, 1)),
    ("توفي ثلاثة أطفال اختناقا بغاز المدفأة في منزلهم بالأصابعة، بينما نجا والدهم ونقل إلى مستشفى غريان.", (3, 1)),
    ("لقيت امرأة وابنها حتفهما في حريق شب في منزلهما بسرت، بينما نجا الأب بحروق.", (2, 1)),
])
def test_one_survivor_in_care_or_wounded_is_one_injured(text: str, expected: tuple) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize("text", [
    "غرق شابان في شاطئ سيدي عبد الجليل، فيما أنقذ الصيادون صديقهما الثالث وعاد إلى منزله.",
    "توفي ثلاثة أطفال اختناقا بغاز المدفأة في منزلهم بالأصابعة، بينما نجا والدهم.",
])
def test_a_survivor_with_no_care_or_wound_is_uncounted(text: str) -> None:
    assert _counts(text)[1] is None
