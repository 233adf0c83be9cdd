"""Victim categories of an incident, the ones reports count (women, girls, children, elderly, migrants,
journalists, activists, medics, protesters).

A lead often names its victims in a clause the evidence sentence lacks: the title says «انتشال جثث 11
مهاجرا», the body sentence «بينهم ثلاث نساء وطفلان». Every sentence that reports the incident's type names
some of its victims, so an incident's categories are those of all of them, not of the one kept as evidence.
The rules here only decide categories: the incident decisions keep their own victim words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from nlp.counts import parse_number
from nlp.morph import word_forms
from nlp.normalize import normalize

if TYPE_CHECKING:
    from nlp.incidents import Candidate

# A medic word right after these is the body or team that reports, recovers or treats («أعلن الهلال الأحمر»,
# «انتشلت فرق الهلال الأحمر», «أعلن فرع جمعية الهلال الأحمر», «وفق شبكة أطباء»), not a victim.
_AGENT_BEFORE = frozenset(normalize(w) for w in (
    "فرق", "فريق", "فرع", "جمعية", "شبكة", "منظمة", "أعلن", "أعلنت", "أعلنه", "أعلنته", "أفاد", "أفادت", "قال",
    "قالت", "وفق", "بحسب", "حسب", "انتشل", "انتشلت", "teams", "team"))
# ... or right before these: an organisation's name or the forensic doctor of a report («أطباء بلا حدود»,
# «الطبيب الشرعي», "Doctors Without Borders", "the Sudan Doctors Network", "medics say").
_AGENT_AFTER = frozenset(normalize(w) for w in (
    "بلا", "الشرعي", "شرعي", "network", "without", "say", "said", "says"))
_RED_CRESCENT = normalize("الهلال")
# «طعنها أمام أطفالهما», "in front of his children": the ones who saw it, not its victims
_WITNESSED = frozenset(normalize(w) for w in ("أمام", "front"))
# «أب لطفلين», «ولي أحد التلاميذ», "father of three": the victim's or the attacker's family, not a victim
# («والد الطفل» is left out: the father who speaks for a child victim)
_RELATIVE_OF = frozenset(normalize(w) for w in ("أب", "ولي", "father"))
# what may stand between the relative and the victim word: «أب لثلاثة أطفال», «ولي أحد التلاميذ», "of three"
_BETWEEN = frozenset(normalize(w) for w in ("أحد", "إحدى", "of"))


def medic_agent(words: list[str], first: int, last: int) -> bool:
    """A medic word names who reports or treats, not who was harmed (also «الهلال الأحمر: ...» opening a
    headline, the body that speaks)."""
    if first > 0 and word_forms(words[first - 1]) & _AGENT_BEFORE:
        return True
    if last + 1 < len(words) and word_forms(words[last + 1]) & _AGENT_AFTER:
        return True
    return first == 0 and bool(word_forms(words[first]) & {_RED_CRESCENT})


def witness(words: list[str], first: int) -> bool:
    """A victim word right after «أمام» ("in front of"), or joined by «و» to the one after it («أمام زملائه
    والتلاميذ»), names who saw the harm; one after a parent or guardian names someone's family."""
    before = words[max(0, first - 2) : first]
    if not before:
        return False
    if word_forms(before[-1]) & _WITNESSED or before[0:1] == ["front"] and before[-1] == "of":
        return True
    if len(before) == 2 and words[first].startswith("و") and word_forms(before[0]) & _WITNESSED:
        return True
    return _family_of(words, first)


def _family_of(words: list[str], first: int) -> bool:
    """«أب لطفلين», «أب لثلاثة أطفال», «ولي أحد التلاميذ», "father of two": the word after a parent names his
    family (a number, «أحد» or "of" may stand between)."""
    at = first - 1
    while at >= max(0, first - 2) and (word_forms(words[at]) & _BETWEEN
                                       or any(parse_number((f,), 0) for f in word_forms(words[at]))):
        at -= 1
    if at < 0:
        return False
    # «وأب لطفلين»: the short «أب» keeps its «و» in word_forms
    parent = words[at].removeprefix("و")
    return bool((word_forms(words[at]) | word_forms(parent)) & _RELATIVE_OF)


def victim_categories(kind: str, found: Iterable[Candidate]) -> tuple[str, ...]:
    """The categories every sentence's candidate of this type names (its own reading when a sentence made
    one, else the victim words it was built from)."""
    return tuple(sorted({v for c in found if c.type == kind
                         for v in (c.victims if c.categories is None else c.categories)}))
