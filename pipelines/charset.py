"""Charset sanity check: page bytes become text that is either right or flagged, never silently garbled.

Arabic sites still serve windows-1256 and ISO-8859-6, often mislabelled as ISO-8859-1, and some
CMSs store UTF-8 that was once decoded as Latin-1 (mojibake such as ``Ø§ÙØ¨ÙØ§Ø¯``). A wrong decode
would pass through trafilatura unnoticed and reach the monitors as noise, so each step here is
checked: the declared charset must decode strictly, a Latin-1 label on Arabic bytes is corrected,
mojibake runs are repaired, and whatever still cannot be decoded is counted and reported.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from rasad.errors import QuarantineItem

# More undecodable bytes than this share of the body means the text is not trustworthy.
MAX_UNDECODABLE_SHARE = 0.01
_SNIFF_BYTES = 4096

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", re.IGNORECASE)
# Labels that browsers treat as windows-1252 and that are often put on Arabic bytes by mistake.
_WESTERN = {"latin-1", "iso8859-1", "cp1252", "ascii"}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# UTF-8 Arabic read as Latin-1/cp1252: a lead byte 0xD8-0xDB shown as Ø Ù Ú Û, then a continuation byte.
_MOJIBAKE_LEADS = "\u00d8\u00d9\u00da\u00db"
_MOJIBAKE_PAIR = re.compile(
    f"[{_MOJIBAKE_LEADS}][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
    "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)
_MOJIBAKE_RUN = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+"
)
MIN_MOJIBAKE_PAIRS = 8


@dataclass(frozen=True)
class Decoded:
    text: str
    charset: str  # the codec actually used
    note: str | None = None  # what had to be repaired or replaced, None when the decode was clean


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "utf-8" if name == "utf-8-sig" else name


def declared_charset(body: bytes, content_type: str = "") -> tuple[str | None, str]:
    """The charset the server or the page declares (header wins, like browsers), with where it came from."""
    found = _HEADER_CHARSET.search(content_type or "")
    if found and _codec_name(found.group(1)):
        return _codec_name(found.group(1)), "header"
    meta = _META_CHARSET.search(body[:_SNIFF_BYTES])
    if meta:
        name = _codec_name(meta.group(1).decode("ascii", "ignore"))
        if name:
            return name, "meta"
    return None, "none"


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _arabic_share(body: bytes, codec: str) -> float:
    """Share of the non-ASCII bytes that are Arabic letters under ``codec`` (0 for near-ASCII bodies)."""
    sample = body[:200_000]
    high = sum(1 for b in sample if b >= 0x80)
    if high < 20:
        return 0.0
    text = sample.decode(codec, errors="replace")
    return (len(_ARABIC_LETTER.findall(text)) - text.count("\ufffd")) / high


def _looks_arabic_in(body: bytes, codec: str) -> bool:
    return _arabic_share(body, codec) >= 0.6


def _best_arabic_codec(body: bytes) -> str | None:
    """windows-1256 or ISO-8859-6, whichever turns more of the high bytes into Arabic letters."""
    scored = sorted(((_arabic_share(body, c), c) for c in ("cp1256", "iso8859-6")), reverse=True)
    share, codec = scored[0]
    return codec if share >= 0.6 else None


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8-read-as-Latin-1 runs; returns the text and how many runs were repaired.

    Only runs that decode to valid UTF-8 are touched, so genuine accented Latin text is left alone.
    """
    head = text[:200_000]
    if not any(lead in head for lead in _MOJIBAKE_LEADS):  # most pages: no pair can start, skip the scan
        return text, 0
    if len(_MOJIBAKE_PAIR.findall(head)) < MIN_MOJIBAKE_PAIRS:
        return text, 0
    repaired = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal repaired
        run = match.group(0)
        for codec in ("latin-1", "cp1252"):
            try:
                out = run.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            repaired += 1
            return out
        return run

    return _MOJIBAKE_RUN.sub(fix, text), repaired


def decode_page(body: bytes, content_type: str = "") -> Decoded:
    """Decode page bytes, correcting known Arabic charset faults and flagging what could not be fixed."""
    if body.startswith(codecs.BOM_UTF8):
        return _finish(body[3:].decode("utf-8", errors="replace"), "utf-8", None, body)
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _finish(body.decode("utf-16", errors="replace"), "utf-16", None, body)
    declared, where = declared_charset(body, content_type)
    note: str | None = None
    if declared in _WESTERN or declared is None:
        # A Western or missing label: valid UTF-8 wins, then Arabic single-byte charsets if the bytes say so.
        text = _strict(body, "utf-8")
        if text is not None:
            if declared is not None and declared != "ascii" and any(b >= 0x80 for b in body):
                note = f"declared {declared} ({where}) but bytes are valid UTF-8"
            return _finish(text, "utf-8", note, body)
        arabic = _best_arabic_codec(body)
        if arabic is not None:
            label = f"declared {declared} ({where})" if declared else "no charset declared"
            return _finish(
                body.decode(arabic, errors="replace"), arabic, f"{label}; bytes are {arabic}", body
            )
        if declared is not None:
            return _finish(
                body.decode("cp1252" if declared != "ascii" else "latin-1", errors="replace"),
                declared,
                None,
                body,
            )
    else:
        text = _strict(body, declared)
        if text is not None and declared in ("cp1256", "iso8859-6"):
            # Both Arabic single-byte charsets decode most bytes: keep the label unless the other fits
            # far better.
            other = "iso8859-6" if declared == "cp1256" else "cp1256"
            if _arabic_share(body, other) - _arabic_share(body, declared) > 0.2 and _strict(body, other):
                return _finish(
                    body.decode(other), other, f"declared {declared} ({where}) but bytes are {other}", body
                )
        if text is not None:
            return _finish(text, declared, None, body)
        # The label is wrong or the bytes are damaged: try the usual suspects before replacing.
        for other in ("utf-8", _best_arabic_codec(body)):
            if other is not None and other != declared:
                text = _strict(body, other)
                if text is not None:
                    return _finish(text, other, f"declared {declared} ({where}) but bytes are {other}", body)
        return _finish(body.decode(declared, errors="replace"), declared, None, body)
    return _finish(body.decode("utf-8", errors="replace"), "utf-8", None, body)


def _finish(text: str, charset: str, note: str | None, body: bytes) -> Decoded:
    bad = text.count("\ufffd")
    if bad:
        share = bad / max(len(body), 1)
        if share > MAX_UNDECODABLE_SHARE:
            raise QuarantineItem(
                f"undecodable bytes: {bad} invalid {charset} sequences ({share:.1%} of the body)"
            )
        note = "; ".join(filter(None, [note, f"{bad} invalid {charset} byte sequence(s) replaced"]))
    text, repaired = repair_mojibake(text)
    if repaired:
        note = "; ".join(
            filter(None, [note, f"mojibake repaired in {repaired} run(s) (UTF-8 read as Latin-1)"])
        )
    return Decoded(text, charset, note)
