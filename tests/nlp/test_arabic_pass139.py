"""Arabic pass 139 (tune139): Libya-incident precision on Jawhara FM-style Tunisian news that mentions Libya.

Our own sentences; each rule with a look-alike guard.
"""
from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "ar").incidents}


def test_armed_group_as_subject_of_a_detention() -> None:
    # an armed group holds people with no authority's arrest behind it: arbitrary detention
    text = ("أفاد مصدر محلي أن مجموعة مسلحة في بلدة الرقيعات احتجزت منذ يومين 7 عمال بناء تونسيين كانوا عائدين "
            "إلى بلادهم.")
    assert "arbitrary_detention" in _types(text)


def test_police_arrest_of_gunmen_stays_routine() -> None:
    # the armed men are the ones held, after the verb: a routine arrest of suspects
    text = "أفاد مصدر أمني أن وحدات الشرطة احتجزت أمس ثلاثة مسلحين بشبهة تهريب السجائر قرب بلدة الرقيعات."
    assert "arbitrary_detention" not in _types(text)


def test_dead_who_fought_in_an_armed_groups_ranks() -> None:
    # the son killed in battles while fighting in a group's ranks is a fighter: no incident
    text = ("أكدت عائلة من بلدة المزونة أنها تلقت خبر مقتل ابنها في معارك درنة، حيث كان يقاتل في صفوف "
            "تنظيم أنصار الشريعة منذ عامين.")
    assert not annotate(text, "ar").is_incident


def test_son_killed_in_shelling_stays_a_civilian_killing() -> None:
    # no fighting verb: the kin word names a civilian victim
    text = "أكدت عائلة من بلدة المزونة أنها تلقت خبر مقتل ابنها في قصف على حي سكني في درنة."
    result = annotate(text, "ar")
    assert result.is_incident and "killing" in _types(text)
