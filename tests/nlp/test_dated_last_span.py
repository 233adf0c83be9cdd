"""``counts_scope.dated_last_span``: shared by the inquiry rules of counts_scope and incident_cues."""

from nlp.counts_scope import dated_last_span


def test_span_noun_then_last_word():
    assert dated_last_span(["فتحت", "النيابة", "تحقيقا", "في", "الهجوم", "الشهر", "الماضي"])
    assert dated_last_span(["العام", "المنصرم"])


def test_needs_the_pair_in_order():
    assert not dated_last_span(["الماضي", "الشهر"])
    assert not dated_last_span(["الشهر"])
    assert not dated_last_span(["اليوم", "الماضي"])
    assert not dated_last_span([])
