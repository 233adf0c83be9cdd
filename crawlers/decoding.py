"""Arabic-safe charset decisions at capture time.

w3lib's precedence (BOM > HTTP header > ``<meta>`` > UTF-8) is right for most of the web, but
Libyan sites still serve windows-1256 or ISO-8859-6 pages labelled ``iso-8859-1`` or ``utf-8``,
which decode to mojibake without any error. We decode the w3lib way, then check the result:
if another Arabic charset gives clearly more Arabic letters and no replacement characters, we
pick it and say so in a flag. The raw bytes are always what the WARC keeps, so any decision
can be redone later; the flag tells extraction when to be careful.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from w3lib.encoding import html_body_declared_encoding, html_to_unicode, resolve_encoding

ARABIC_CHARSETS = ("cp1256", "iso8859-6", "utf-8")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
# Latin-1 supplement letters: what cp1256 text looks like when decoded as cp1252.
_MOJIBAKE = re.compile(r"[\u00C0-\u00FF]")
_UTF8_ARABIC_PAIR = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")
REPLACEMENT_LIMIT = 0.01
_HIGH_BYTES = bytes(range(0x80, 0x100))  # deleted with bytes.translate to count them in C, not per byte


@dataclass(frozen=True)
class DecodedPage:
    """The text of a page and how it was decoded. ``flag`` is empty when nothing looked wrong:
    ``relabelled`` (a better Arabic charset than the declared one was used), ``replacement-chars``
    (invalid bytes remained), ``no-arabic`` (an Arabic source decoded to no Arabic letters),
    ``binary`` (not text at all: compressed or full of NUL bytes; nothing decoded)."""

    text: str
    encoding: str
    declared: str | None
    flag: str = ""


def _score(text: str) -> float:
    letters = len(_ARABIC.findall(text))
    return letters - 4 * text.count("\ufffd") - len(_MOJIBAKE.findall(text))


def decode_page(body: bytes, content_type: str | None, language: str = "") -> DecodedPage:
    """Decode page bytes; flag the result when it is (or may be) not what the author wrote."""
    declared = None
    if content_type and "charset=" in content_type.lower():
        declared = resolve_encoding(content_type.lower().split("charset=", 1)[1].split(";")[0].strip(' "\''))
    declared = declared or (resolve_encoding(html_body_declared_encoding(body) or "") or None)
    if body[:2] == b"\x1f\x8b" or body[:1024].count(b"\x00") > 64 and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return DecodedPage("", "", declared, "binary")
    encoding, text = html_to_unicode(content_type, body)
    best_encoding, best_text, best_score = encoding, text, _score(text)
    # UTF-8 Arabic is byte pairs D8-DB + continuation; read as cp1256 it still "looks Arabic"
    # (D8/D9 are ط/ظ), so when the bytes are mostly such pairs, only UTF-8 is a candidate.
    pairs = len(_UTF8_ARABIC_PAIR.findall(body))
    high = len(body) - len(body.translate(None, _HIGH_BYTES))
    candidates = ("utf-8",) if pairs >= 10 and 2 * pairs >= 0.6 * high else ARABIC_CHARSETS
    base_score = best_score
    for candidate in candidates:
        if resolve_encoding(candidate) == resolve_encoding(encoding):
            continue
        try:
            other = body.decode(candidate, errors="replace" if candidate == "utf-8" else "strict")
        except (UnicodeDecodeError, LookupError):
            continue
        other_score = _score(other)
        # Switch away from the declared charset only on a clear win: at least 20 more Arabic
        # letters and twice the score; then the best candidate wins.
        if other_score > max(base_score * 2, base_score + 20) and other_score > best_score:
            best_encoding, best_text, best_score = candidate, other, other_score
    flag = ""
    if resolve_encoding(best_encoding) != resolve_encoding(encoding):
        flag = "relabelled"
    elif best_text and best_text.count("\ufffd") / len(best_text) > REPLACEMENT_LIMIT:
        flag = "replacement-chars"
    elif language.startswith("ar") and language != "ar+en" and not _ARABIC.search(best_text):
        flag = "no-arabic"
    return DecodedPage(best_text, resolve_encoding(best_encoding) or best_encoding, declared, flag)
