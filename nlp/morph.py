"""Light Arabic morphology for lexicon lookup: the forms a normalised token may stand for.

No morphological analyser can be shipped (calima is GPL), so we peel affixes instead: the
proclitics of ``nlp.normalize.clitic_variants`` (و ف ب ل ك ال), then pronoun / plural / verb
suffixes, then the imperfect-verb prefix. Lexicons list base forms; over-generation is harmless
because a form only counts when the lexicon lists it.
"""

from __future__ import annotations

from nlp.normalize import clitic_variants, word_cache

# Longest first, so «وهم» is tried before «هم» and «ه».
_SUFFIXES = ("تموها", "هما", "كما", "تين", "تان", "وها", "وهم", "وه", "ها", "هم", "هن", "كم", "نا", "وا", "ون", "ين",
             "ان", "ات", "ته", "ه", "ت", "ي", "ك", "ا")  # «ا»: accusative tanween «مهاجرا», «قتيلا»
_IMPERFECT = ("ي", "ت", "ن", "ا")
_MIN_STEM = 3


@word_cache(65536)
def word_forms(token: str) -> frozenset[str]:
    """The token, its clitic-stripped forms, and those forms with one suffix and/or prefix removed."""
    forms: set[str] = set()
    for base in clitic_variants(token):
        forms.add(base)
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= _MIN_STEM:
                if suffix == "ا" and base[-2] in "هو":
                    continue  # «وصفوها» is «وصف» + «وها», not an accusative «صفوه» + «ا»
                forms.add(base[: -len(suffix)])
        for form in list(forms):
            if form[:1] in _IMPERFECT and len(form) - 1 >= _MIN_STEM and form is not base:
                forms.add(form[1:])
        if base[:1] in _IMPERFECT and len(base) - 1 >= _MIN_STEM:
            forms.add(base[1:])
    return frozenset(forms)
