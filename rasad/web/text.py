"""Small text helpers for the pages: short ids and evidence sentences located in the article text."""

from __future__ import annotations

SHORT_ID_CHARS = 8


def short_id(lead_id: str) -> str:
    return lead_id[:SHORT_ID_CHARS]


def evidence_segments(text: str, evidence: tuple[str, ...] | list[str]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_evidence) so the template can mark the sentences that made the lead.

    Evidence not found verbatim in the text (normalised upstream) is not marked; the page lists it anyway.
    """
    spans: list[tuple[int, int]] = []
    for sentence in evidence:
        start = text.find(sentence) if sentence else -1
        if start >= 0:
            spans.append((start, start + len(sentence)))
    pieces: list[tuple[str, bool]] = []
    last = 0
    for start, end in sorted(spans):
        if start < last:
            continue
        if start > last:
            pieces.append((text[last:start], False))
        pieces.append((text[start:end], True))
        last = end
    if last < len(text):
        pieces.append((text[last:], False))
    return pieces
