"""A number near the sentence's end must not read past it: "a family of 4 escaped" crashed annotate (IndexError in
``counts_words.after_noun_kind``) for every document holding such a sentence."""

import pytest

from nlp.annotate import annotate
from nlp.counts_words import after_noun_kind


@pytest.mark.parametrize("text", [
    "Gunmen burned 2 houses in Zawiya overnight; a family of 4 escaped.",
    "Militia shelled Tajoura; a family of 6 fled",
    "Armed men stormed a farm near Gharyan; a family of 3 survived",
])
def test_family_of_n_at_sentence_end_is_annotated(text):
    annotation = annotate(text, "en", None)
    assert annotation.language == "en"
    assert all(incident.killed is None for incident in annotation.incidents)


def test_after_noun_kind_past_the_end_is_none():
    words = ["مقتل", "ثلاثه", "قتلي"]  # normalised, as the count rules read them
    assert after_noun_kind(words, 2) == "killing"
    assert after_noun_kind(words, 3) is None


def test_and_at_the_end_of_a_cut_sentence_is_annotated():
    # a text cut after "and" (a feed's snippet): "and" + a number read the word after the last one
    annotation = annotate("Gunmen shot at a bus near Sabha. Among the dead are three men and", "en", None)
    assert annotation.language == "en"
    assert [incident.killed for incident in annotation.incidents if incident.type == "killing"] == [3]
