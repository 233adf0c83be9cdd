"""Actor candidates the registry and the head-word rules do not know, found by the NER model.

Bodies with no head word («النهضة», «الهلال الأحمر»), foreign companies and people named as acting
in an incident are missed by ``nlp.actors``. The CRF (``nlp.ner``) tags the incident's evidence
sentences and their neighbours; its ORG spans that no other actor covers become candidates typed
``organisation`` with no registry id, so a monitor sees they are unverified. News outlets quoted as
sources («لرويترز», «الجزيرة») are no actors. Only sentences near an incident are tagged: a document
without one costs nothing.

Off unless ``RASAD_NER_ACTORS=1``: the CRF tags ~6,000 tokens/s, which makes `annotate` about four
times slower (bench/nlp_annotate.py: ratio to trafilatura 0.29 with it, 1.15 without), and on the
labelled sets it found no gold actor the rules had missed (nlp/models/README.md).

PERS spans are not made actors: on the labelled sets nearly every person named near an incident is a
victim, a relative or an official quoted (36 of 37 on dev.jsonl), and naming victims as "actors"
would put them in the perpetrator facet of the index (do no harm).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from nlp.actors import ActorMatch
from nlp.normalize import TOKEN_RE, normalize

# ANERcorp's tokens: words with their clitics attached, punctuation apart.
ANER_TOKEN = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
NER_TYPES = {"ORG": "organisation"}
# Outlets and agencies that news cites as a source (normalised, without a leading «ل»).
_OUTLETS = {
    "رويترز",
    "الجزيره",
    "العربيه",
    "فرانس برس",
    "الفرنسيه",
    "اسوشيتد برس",
    "الاناضول",
    "الاندبندت",
    "بي بي سي",
    "سي ان ان",
    "الوسط",
    "بوابه الوسط",
    "ليبيا الاحرار",
    "الشروق",
    "الصباح",
    "الجوهره",
    "الجوهره اف ام",
    "موزاييك",
    "موزاييك اف ام",
    "التاسعه",
    "الانباء",
    "سبوتنيك",
    "الحره",
    "الحدث",
    "سكاي نيوز",
    "نيويورك تايمز",
    "الغارديان",
    "لوموند",
    "واشنطن بوست",
    "التلغراف",
    "وال",
    "وات",
    "شمس اف ام",
    "ديوان اف ام",
    "الحوار التونسي",
}
_MIN_LETTERS = 3
NEIGHBOURS = 1  # sentences either side of an evidence sentence that are tagged too
_PROCLITICS = ("و", "ف", "ب", "ل", "ك")


def _without_proclitic(name: str, start: int) -> tuple[str, int]:
    """«والحرس البلدي» -> «الحرس البلدي», «للهلال» -> «الهلال» (the dev-set rule: a name minus its leading
    clitic). Only before the article: «وليد» or «بلال» keep their first letter."""
    first = normalize(name.split(" ", 1)[0])
    if first.startswith("لل") and len(first) > 4:
        return "ا" + name[1:], start + 1
    for cut in (2, 1):
        head = first[:cut]
        if all(c in _PROCLITICS for c in head) and first[cut:].startswith("ال") and len(first) - cut > 4:
            return name[cut:], start + cut
    return name, start


def enabled() -> bool:
    """``RASAD_NER_ACTORS=1`` (or true/yes) turns the NER candidates on; read at each call."""
    return os.environ.get("RASAD_NER_ACTORS", "").strip().lower() in ("1", "true", "yes")


def ner_actor_candidates(
    text: str, sentences: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]]
) -> list[ActorMatch]:
    """ORG/PERS spans of the NER model in ``sentences`` (character spans, in text order) that overlap
    no span in ``taken``."""
    from nlp.ner import load_model

    tokenised = [
        [(m.group(), start + m.start(), start + m.end()) for m in ANER_TOKEN.finditer(text[start:end])]
        for start, end in sentences
    ]
    tokenised = [tokens for tokens in tokenised if tokens]
    if not tokenised:
        return []
    labels = load_model().tag_many([[token for token, _, _ in tokens] for tokens in tokenised])
    out: list[ActorMatch] = []
    for tokens, tags in zip(tokenised, labels, strict=True):
        spans: list[tuple[str, int, int]] = []
        for (_, start, end), tag in zip(tokens, tags, strict=True):
            kind = tag[2:]
            if tag.startswith("I-") and spans and spans[-1][0] == kind:
                spans[-1] = (kind, spans[-1][1], end)
            elif kind in NER_TYPES:
                spans.append((kind, start, end))
        for kind, start, end in spans:
            if kind not in NER_TYPES or any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            name, start = _without_proclitic(text[start:end], start)
            if _outlet_or_scrap(name):
                continue
            out.append(ActorMatch(name, "", NER_TYPES[kind], start, end, -1, -1))
    return out


def _outlet_or_scrap(name: str) -> bool:
    key = " ".join(TOKEN_RE.findall(normalize(name)))
    if len(key.replace(" ", "")) < _MIN_LETTERS:
        return True
    return key in _OUTLETS or (key.startswith("ل") and key[1:] in _OUTLETS)


def sentences_near(evidence: Sequence[int], count: int) -> list[int]:
    """Indices of the evidence sentences and their NEIGHBOURS, in order."""
    return sorted({k for i in evidence for k in range(i - NEIGHBOURS, i + NEIGHBOURS + 1) if 0 <= k < count})
