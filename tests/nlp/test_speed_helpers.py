"""Helpers added by output-identical speed passes: each gives what the slower code it replaced gave."""

from nlp.annotate import _Sentence, _sentence_at, _sentences
from nlp.lexicon import Tokens


def _token_map(sentences: list[_Sentence]) -> dict[int, int]:
    """The map _places built before: every token of every sentence to that sentence's index."""
    return {t: s for s, sentence in enumerate(sentences) for t in range(sentence.first_token, sentence.last_token)}


def test_sentence_at_agrees_with_a_map_of_every_token() -> None:
    text = "وصل القطار إلى المحطة صباحا. ثم غادر الركاب نحو المدينة!  وفي المساء عاد الجميع إلى بيوتهم."
    tokens = Tokens.of(text)
    sentences = _sentences(text, tokens)
    assert len(sentences) == 3
    firsts = [s.first_token for s in sentences]
    expected = _token_map(sentences)
    for token in range(len(tokens.items) + 2):  # past the last token: no sentence, 0
        assert _sentence_at(sentences, firsts, token) == expected.get(token, 0)


def test_sentence_at_skips_an_empty_sentence_and_a_gap() -> None:
    sentences = [_Sentence(0, 5, 0, 3), _Sentence(5, 6, 3, 3), _Sentence(6, 9, 3, 7)]  # the second holds no token
    firsts = [s.first_token for s in sentences]
    assert [_sentence_at(sentences, firsts, t) for t in range(9)] == [0, 0, 0, 2, 2, 2, 2, 0, 0]
    assert _sentence_at([], [], 4) == 0
