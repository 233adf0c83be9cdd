"""``annotate._NOT_DISTRICT`` is read against normalised words: an entry written otherwise («رأس» with its hamza,
as it was) can never match."""

from nlp.annotate import _NOT_DISTRICT
from nlp.normalize import normalize


def test_not_district_entries_are_normalised():
    assert sorted(w for w in _NOT_DISTRICT if normalize(w) != w) == []
