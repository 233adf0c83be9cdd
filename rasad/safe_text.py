"""Strip what crawled or typed text must not carry to a terminal or a page.

Terminal escape sequences (CSI, OSC) whole, then control characters (C0/C1) and the bidi
embedding/override/isolate controls (which can reorder what a monitor reads) are removed;
newlines and tabs are kept only where a caller allows multi-line text (notes).
"""

from __future__ import annotations

import re

_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_BIDI = "\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_CONTROL_AND_BREAKS = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")


def clean_line(text: str) -> str:
    """One line: every control character removed, newlines and tabs included."""
    return _CONTROL_AND_BREAKS.sub("", _ESCAPE_SEQUENCE.sub("", text))


def clean_multiline(text: str) -> str:
    """Notes: control characters removed, newlines and tabs kept."""
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
