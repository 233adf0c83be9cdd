"""Actors, ninth pass: kinds of name the finder missed on the written Jawhara-style sets, checked on our
own sentences (written by the rasad team in the style of Tunisian and Libyan news; no real names)."""

import pytest

from nlp.actors import find_actors
from nlp.lexicon import Tokens
from tests.nlp.actor_names import actor_names


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلنت وزارة الصحة بالحكومة المكلفة من مجلس النواب وصول شحنة أدوية.",
     ["وزارة الصحة بالحكومة المكلفة من مجلس النواب"]),
    ("وقالت وزارة الداخلية في الحكومة المكلفة من مجلس النواب إنها فتحت تحقيقا.",
     ["وزارة الداخلية في الحكومة المكلفة من مجلس النواب"]),
    ("وقالت وزارة الداخلية في بيان إنها فتحت تحقيقا.", ["وزارة الداخلية"]),
])
def test_a_ministry_is_named_with_its_government_after_b_or_fi(text: str, expected: list[str]) -> None:
    assert actor_names(text) == expected


def test_the_government_appointed_by_the_house_is_listed() -> None:
    text = "وأعلنت الحكومة المكلفة من مجلس النواب حدادا لثلاثة أيام."
    assert [(a.name, a.id) for a in find_actors(text, Tokens.of(text))] == [
        ("الحكومة المكلفة من مجلس النواب", "ly-gns")]
