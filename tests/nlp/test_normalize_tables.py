"""nlp.normalize's speed-ups must not change what it computes.

It keeps its own copy of camel-tools' few tables (importing camel-tools costs half a second): every
Unicode code point is normalised both ways and compared. search_terms strips clitics with one regex:
it is compared with strip_clitics, token by token.
"""

from __future__ import annotations

import subprocess
import sys

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.normalize import (
    _ARABIC_INDIC,
    _ZERO_WIDTH,
    TATWEEL,
    TOKEN_RE,
    _normalize_char,
    normalize,
    normalize_with_offsets,
    search_terms,
    strip_clitics,
)


def _expected(char: str) -> str:
    """What nlp.normalize did when it called camel-tools: camel-tools' steps, then our own few."""
    if char in _ZERO_WIDTH or char == TATWEEL:
        return ""
    out = normalize_unicode(char)
    out = dediac_ar(out)
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    return out.replace(TATWEEL, "").translate(_ARABIC_INDIC).lower()


def test_every_code_point_matches_camel_tools() -> None:
    differing = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:  # lone surrogates are not text
            continue
        if _normalize_char(char) != _expected(char):
            differing.append(f"U+{code:04X}")
    assert not differing, f"{len(differing)} code points differ from camel-tools, e.g. {differing[:5]}"


def test_known_folds() -> None:
    text = "قُتِلَ في مدينةِ إجدابيا" + TATWEEL + "ى ﷼ ٢٠٢٦"
    for _ in range(2):  # the second time from the filled translation table
        assert normalize(text) == "قتل في مدينه اجدابياي ريال 2026"
        assert normalize_with_offsets(text).text == normalize(text)


def test_importing_the_normaliser_does_not_import_camel_tools() -> None:
    code = "import sys, nlp.normalize; print(sorted(m for m in sys.modules if m.startswith('camel_tools')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


ARABIC_WORDS = st.lists(
    st.one_of(
        st.text(alphabet="وفبلكالزيةتنم", min_size=1, max_size=8),
        st.sampled_from(["والزاوية", "للمدينة", "وللمدينة", "فبالقصف", "كال", "وال", "الل", "ولل", "بال"]),
        st.text(max_size=4),
    ),
    max_size=12,
).map(" ".join)


@given(ARABIC_WORDS)
@settings(max_examples=400, deadline=None)
def test_search_terms_strip_clitics_like_strip_clitics(text: str) -> None:
    """search_terms peels clitics in one regex pass; it must agree with strip_clitics token by token."""
    assert search_terms(text) == [strip_clitics(token) for token in TOKEN_RE.findall(normalize(text))]


def _char_by_char(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalised text and offsets computed one character at a time (what the fast path must equal)."""
    mapped = [_normalize_char(char) for char in text]
    return "".join(mapped), tuple(index for index, out in enumerate(mapped) for _ in out)


@given(st.text(alphabet=st.sampled_from("طرابلس قتل ـ\u064e\u0651\u200b\ufefb\ufdfd٣ABCﬁ"), max_size=40))
@settings(max_examples=300, deadline=None)
def test_offsets_match_the_char_by_char_map(text: str) -> None:
    """Texts of one-for-one characters take a fast path; the first resizing character must leave it."""
    normalized = normalize_with_offsets(text)
    assert (normalized.text, normalized.offsets) == _char_by_char(text)
    assert normalized.original_length == len(text)
