"""«كرة السلة» (basketball) is no disease cue: the affix-aware matcher read «السلة» as «السل» (tuberculosis)."""

from nlp.annotate import annotate


def test_basketball_player_shot_is_an_injury():
    result = annotate("أصيب لاعب كرة السلة سالم برصاصة في فخذه خلال هجوم مسلح على منزله في الزاوية.")
    assert "injury" in {incident.type for incident in result.incidents}
    assert result.injured == 1


def test_tuberculosis_stays_a_disease():
    assert not annotate("سجلت إدارة الرعاية الصحية ثلاث حالات إصابة بالسل في مدينة غات.").incidents
