"""What the Jawhara-style pass tests read: an Arabic article's annotation by the rules alone (no model, so a retrain
moves no rule test), its incident types, and one sentence's analysis."""

from nlp.annotate import annotate
from nlp.incidents import analyse_sentence
from nlp.lexicon import Tokens
from rasad.records import Annotation

PUBLISHED = "2026-11-20"


def rules_annotation(text: str) -> Annotation:
    return annotate(text, "ar", PUBLISHED, model=False)


def incident_types(text: str) -> set[str]:
    return {i.type for i in rules_annotation(text).incidents}


def analysed(sentence: str):
    return analyse_sentence(list(Tokens.of(sentence).items))
