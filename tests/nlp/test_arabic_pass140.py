"""Arabic pass 140 (tune140): Libya-incident precision in short social posts. Our own sentences; each rule with a
look-alike guard."""

from nlp.annotate import annotate


def _types(text: str) -> list[str]:
    return sorted(i.type for i in annotate(text).incidents)


def test_died_of_fright_is_speech_not_a_death():
    # «البنات ماتوا من الرعب»: frightened, nobody died (``incident_scope._is_idiom``)
    text = ("عيب عليكم 😡\nرماية كثيفة في فرح بحي الفاتح في درنة الليلة لين نص الليل، الحمد لله ما فيش جرحى بس "
            "البنات ماتوا من الرعب. الناس بلغت المركز أكثر من مرة وما صار شي.")
    assert _types(text) == []
    # look-alike: died of the bullets («من الرصاص») is a death
    text = ("عيب عليكم 😡\nرماية كثيفة في فرح بحي الفاتح في درنة الليلة لين نص الليل، والبنات ماتوا من الرصاص. "
            "الناس بلغت المركز أكثر من مرة وما صار شي.")
    assert "killing" in _types(text)

