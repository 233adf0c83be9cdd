"""«كرة السلة» (basketball) is no disease cue: the affix-aware matcher read «السلة» as «السل» (tuberculosis)."""

from nlp.annotate import annotate


def test_basketball_player_shot_is_an_injury():
    result = annotate("أصيب لاعب كرة السلة سالم برصاصة في فخذه خلال هجوم مسلح على منزله في الزاوية.")
    assert "injury" in {incident.type for incident in result.incidents}
    assert result.injured == 1


def test_tuberculosis_stays_a_disease():
    assert not annotate("سجلت إدارة الرعاية الصحية ثلاث حالات إصابة بالسل في مدينة غات.").incidents


def test_food_basket_keeps_the_disease_reading():
    # only «كرة السلة» is basketball: «السلة الغذائية» (a food basket handed out) is not unread as a disease cue
    from nlp.incident_cues import _basket_not_tuberculosis
    from nlp.lexicon import PhraseMatch

    words = ["وزعت", "الجمعيه", "السله", "الغذائيه"]
    assert not _basket_not_tuberculosis(words, PhraseMatch(2, 2, ("disease",), "السل"))
    assert _basket_not_tuberculosis(["لاعب", "كره", "السله"], PhraseMatch(2, 2, ("disease",), "السل"))
