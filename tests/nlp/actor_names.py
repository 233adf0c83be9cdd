"""The names ``find_actors`` reports for a sentence, as the actor tests compare them."""

from nlp.actors import find_actors
from nlp.lexicon import Tokens


def actor_names(text: str) -> list[str]:
    return [a.name for a in find_actors(text, Tokens.of(text))]
