"""What the English pass tests compare: an English text's incident types and its killed / injured counts."""

from nlp.annotate import annotate


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


def counts(text: str) -> tuple[int | None, int | None]:
    annotation = annotate(text, "en")
    return annotation.killed, annotation.injured


def actors(text: str) -> set[str]:
    return {a.name for a in annotate(text, "en").actors}


def places(text: str) -> set[str]:
    return {p.name for p in annotate(text, "en").places}
