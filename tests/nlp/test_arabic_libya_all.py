"""Arabic Libya-precision pass (all tune files): kinds of false Libyan incident seen across several Arabic tune files
(docs/labelling.md, "Arabic Libya-precision pass (all tune files, twentieth session)"), checked on our own sentences
(written by the rasad team in the style of Libyan news; no real events)."""

import pytest

from nlp.annotate import annotate, annotate_rules, without_fighters_only_casualties


def _rules_incident(text: str) -> bool:
    """The rules' verdict as the pipeline takes it: the rules, then the fighters-only gate (``decide``'s first step)."""
    annotation, _, view = annotate_rules(text, "ar", "2026-05-10")
    return bool(without_fighters_only_casualties(annotation, view).incidents)


def _rules_alone(text: str) -> bool:
    return bool(annotate(text, "ar", "2026-05-10", model=False).incidents)


# a unit's own dead or the armed men killed: the gunmen or the gang it fought are the other party of a fight, no
# perpetrators of harm to protected people (the guide: fighters killed with no civilian harmed are no incident)
@pytest.mark.parametrize("text", [
    # the other party after «اشتباك مع»
    "أعلنت الكتيبة 210 مقتل ثلاثة من عناصرها في اشتباك مع مسلحين قرب الشويرف. ونعت الكتيبة القتلى الثلاثة.",
    "الكتيبة 210 تعلن مقتل اثنين من عناصرها في اشتباك مع مسلحين قرب الشويرف. رحمهم الله ونعت الكتيبة القتيلين.",
    # the armed men as the subject of a passive casualty verb, or counted in its victim slot
    "أفاد مصدر عسكري بأن أربعة مسلحين قتلوا وأصيب ثلاثة آخرون في اشتباكات بين مجموعتين مسلحتين قرب القطرون.",
    ("مقتل خمسة مسلحين في اشتباكات بين مجموعتين قرب القطرون. وأفاد مصدر عسكري بأن خمسة مسلحين قتلوا وأصيب اثنان "
     "آخرون في اشتباكات بين مجموعتين مسلحتين قرب القطرون."),
])
def test_fighters_with_the_armed_men_they_fought_are_no_incident(text: str) -> None:
    assert not _rules_incident(text)


@pytest.mark.parametrize("text", [
    # the gunmen who killed: a subject, not the dead («قتل مسلحون خمسة»)
    "قتل مسلحون خمسة رعاة في منطقة صحراوية قرب القطرون، وفق مصادر محلية.",
    # the gunmen who killed, a time word between the verb and its counted object
    "قال شهود إن مسلحين قتلوا مساء أمس أربعة رعاة في واد قرب القطرون.",
    # the shooters after the means («برصاص مسلحين»)
    "قتل مدرس برصاص مسلحين مجهولين أمام منزله في درنة صباح الاثنين.",
    # an attack by gunmen on people, no clash («اعتداء مسلحين على»)
    "أصيب حكم ولاعب في اعتداء مسلحين على مباراة في الخمس ونقلا إلى المستشفى.",
    # gunfire from unknown men on a school, no clash
    "تعرضت مدرسة في زليتن لإطلاق نار من مجهولين أدى إلى تحطيم نوافذ الفصول.",
    # a clash between armed men that hurt shoppers: civilians harmed
    "خلف تبادل لإطلاق النار بين مسلحين داخل سوق في طرابلس قتيلين وثلاثة جرحى من المتسوقين.",
])
def test_gunmen_as_perpetrators_keep_the_incident(text: str) -> None:
    assert _rules_incident(text)


# an abductee back home: «عودته إلى منزله», «لأهله» (the guide: a release with nothing new told is no incident)
@pytest.mark.parametrize("text", [
    "أعلنت أسرة التاجر عودته إلى منزله في غريان مساء أمس بعد أسبوع من خطفه، مؤكدة أنه بخير.",
    "عودة الطبيب نوري لأهله في زليتن بعد 9 أيام من خطفه، والحمد لله على سلامته.",
])
def test_an_abductee_back_home_is_no_incident(text: str) -> None:
    assert not _rules_alone(text)


@pytest.mark.parametrize("text", [
    "اختطف مسلحون مجهولون تاجرا من أمام منزله في غريان مساء أمس واقتادوه إلى جهة مجهولة.",
    "تطالب العائلة بالإفراج عن ابنها المختطف منذ شهر في غريان.",
])
def test_an_abduction_still_told_keeps_the_incident(text: str) -> None:
    assert _rules_alone(text)
