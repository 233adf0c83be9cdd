"""Arabic killed pass (all tune files): kinds of killed count seen across several Arabic tune files
(docs/labelling.md, "Arabic killed pass (all tune files, twentieth session)"), checked on our own sentences (written
by the rasad team in the style of Libyan and Tunisian news; no real events)."""

import pytest

from nlp.annotate import annotate


def _killed(text: str) -> int | None:
    return annotate(text, "ar", "2026-05-10").killed


# the other side's dead of the same clash, told in the same sentence after «فيما» / «بينما» or by «وقتل», with a number
# and «من» + their body: added to the first side's dead (the guide adds both sides of one event: «71 مسلحا و7 عسكريين»
# -> 78), as the force's own men told after the enemy's toll already are (Arabic pass 49)
@pytest.mark.parametrize(("text", "expected"), [
    (("اشتباكات قرب غدامس / قال مصدر عسكري إن خمسة من عناصر الكتيبة قتلوا في اشتباك مع مهربين مسلحين قرب غدامس، "
      "فيما قتل ثلاثة من أفراد العصابة."), 8),
    (("مواجهات في ورشفانة / أفاد مصدر بالقوة أن اثنين من منتسبيها قتلوا وأصيب أربعة آخرون في مواجهات ليلية، "
      "بينما أعلنت الكتيبة المنافسة مقتل ثلاثة من مقاتليها."), 5),
    (("أعلنت مديرية الأمن مقتل ثلاثة من رجال الشرطة في تبادل لإطلاق النار مع عصابة مسلحة في العجيلات، "
      "وقتل اثنان من أفراد العصابة."), 5),
])
def test_the_other_sides_dead_of_one_clash_add(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # «فيما» opening a clause of the hurt, not of more dead: no addition
    (("قال مصدر عسكري إن أربعة من عناصر الكتيبة قتلوا في اشتباك مع مهربين قرب غدامس، فيما أصيب ثلاثة من "
      "أفراد العصابة."), 4),
    # «فيما» with a death word but no number of people after it: no addition
    (("قال مصدر عسكري إن أربعة من عناصر الكتيبة قتلوا في اشتباك مع مهربين قرب غدامس، فيما قتل عدد من أفراد "
      "العصابة."), 4),
])
def test_a_second_clause_with_no_counted_dead_adds_nothing(text: str, expected: int) -> None:
    assert _killed(text) == expected


# the speaking force's own dead told in a sentence of their own after the enemy's toll («وأضاف أن ثمانية من جنوده
# قتلوا»): the second number of one clash, added as inside one sentence
@pytest.mark.parametrize(("text", "expected"), [
    (("قال الجيش إنه قتل 30 من عناصر القوة المهاجمة في معارك قرب الحدود الجنوبية. وأضاف أن أربعة من جنوده قتلوا "
      "في المواجهات."), 34),
    (("أعلن الناطق باسم الجيش مقتل 25 من المسلحين في هجوم على مواقعه قرب أوباري. وأوضح في بيان أن ستة من جنود "
      "الجيش قتلوا في المعارك."), 31),
])
def test_the_forces_own_dead_told_after_the_enemys_toll_add(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the own men hurt, not killed: no addition to the dead
    (("قال الجيش إنه قتل 30 من عناصر القوة المهاجمة في معارك قرب الحدود الجنوبية. وأضاف أن أربعة من جنوده أصيبوا "
      "في المواجهات."), 30),
    # a verb of adding before a number of civilians: no force's own dead
    (("قال الجيش إنه قتل 30 من عناصر القوة المهاجمة في معارك قرب الحدود الجنوبية. وأضاف أن أربعة من السكان نزحوا "
      "من المنطقة."), 30),
])
def test_an_added_sentence_with_no_own_dead_adds_nothing(text: str, expected: int) -> None:
    assert _killed(text) == expected
