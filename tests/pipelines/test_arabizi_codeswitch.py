"""Arabizi inside French and English posts by Maghrebi writers (sixth pass, tests/pipelines/data/README.md).

Every sentence here was written for these tests; none is taken from a tuning set or a corpus.
"""

from __future__ import annotations

import pytest

from pipelines.language import _arabizi_hits, detect_language


@pytest.mark.parametrize(
    "text",
    [
        "my aunt makes the best chakhchoukha in Biskra",
        "we had lablabi and brik after the match",
        "ma mère prépare les mhajeb pour l'Aïd, toute la maison sent bon",
    ],
)
def test_maghrebi_dishes_are_not_arabizi(text):
    """A dish is named in English or French as a place is (README convention): not unknown-word evidence."""
    assert not detect_language(text).arabizi


@pytest.mark.parametrize(
    "text",
    ["saha ftourkoum, on se retrouve après la prière", "allah yerhamha, she taught half of our street to read"],
)
def test_more_spellings_of_formulas_are_loanwords(text):
    assert not detect_language(text).arabizi


def test_a_capitalised_listed_word_inside_a_post_is_not_strong():
    """ "Rayah" (Algerian "leaving") is a listed word, but capitalised inside a post it is a title: "Ya Rayah"."""
    assert _arabizi_hits("my father plays Ya Rayah every Friday morning").strong == 0
    assert not detect_language("my father plays Ya Rayah every Friday morning").arabizi
    assert _arabizi_hits("rayah l'oran").strong == 1
