"""«قالت عائلة الطبيب ...», «أسرة الناشط تطالب بكشف مصيره»: the family speaks, the doctor or activist named right
after it is the victim, not a source (issue 13 item 4). Our own sentences; both failed before."""

from __future__ import annotations

import pytest

from nlp.annotate import annotate


@pytest.mark.parametrize(("text", "category"), [
    ("قالت عائلة الطبيب عمر الفيتوري إن مسلحين مجهولين اختطفوه مساء السبت أثناء خروجه من المستشفى في سبها.",
     "medics"),
    ("قالت أسرة الناشط الحقوقي سالم الورفلي إنها تجهل مصيره منذ أسبوع بعد أن اقتاده مسلحون من منزله في طرابلس.",
     "activists"),
])
def test_the_one_a_family_speaks_for_is_the_victim(text: str, category: str) -> None:
    incidents = annotate(text, "ar", None).incidents
    assert incidents and all(category in i.victim_categories for i in incidents), incidents


def test_a_doctor_who_speaks_is_still_a_source() -> None:
    incidents = annotate("قال طبيب في مستشفى الجلاء إن ثلاثة شبان أصيبوا برصاص مسلحين في بنغازي.", "ar", None).incidents
    assert incidents and not any("medics" in i.victim_categories for i in incidents), incidents
