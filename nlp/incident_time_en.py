"""When an English harm was told: a tally over a period ("so far this year", "in the past six months"), a year's
figure, an anniversary, forensic work on an earlier event, or a past event recalled or judged ("in 2021", "recalled
that"): a statistic or the past, no news.

Kept apart from the other scoping predicates because each reads a day, a year or a span of time; the day
words (``EN_EVENT_DAYS``) are shared with nlp/incident_rules_en.py.
"""

from __future__ import annotations

from itertools import pairwise

from nlp.counts import is_calendar_year, parse_number
from nlp.counts_rules_en import EN_MORE
from nlp.counts_words import EN_AUXILIARIES, EN_WOUNDED_STATES, EN_YEAR_WORDS, MONTH_WORDS
from nlp.incident_records import CASUALTY_TYPES, HELD_TYPES, PROPERTY, Trigger
from nlp.lexicon import PhraseMatch

_EN_PERIOD = frozenset({"past", "last", "previous", "first"})
_EN_LONG_UNITS = frozenset({"months", "years", "weeks", "month", "year"})
_EN_BOUNDED_WEEKS = 4  # "over the past two weeks": a bounded series a monitor reports, not a period's statistic


def _english_period_tally(words: list[str]) -> bool:
    """"41 civilian deaths in the past six months", "over the last 12 months": a tally over a period (a statistic),
    not one event. Not hours or days: "in the past 24 hours" is a bounded series."""
    if "the" not in words and "of" not in words:
        return False  # a cheap test first (every sentence with a match, Arabic ones too): the loop needs "the"
    for index, word in enumerate(words[:-3]):
        if word in ("in", "over", "during") and (number := parse_number(words, index + 1)) is not None and (
                number[0] > 1) and words[index + 1 + number[1] : index + 3 + number[1]] in _EN_UNITS_OF and (
                words[index + 3 + number[1] : index + 4 + number[1]] != [] and (
                    words[index + 3 + number[1]] in _EN_WARS)):
            return True  # "60 hurt in six months of clashes", "over three years of war" (English pass 56)
        if word in ("in", "over", "during", "within") and words[index + 1] == "the" and words[index + 2] in _EN_PERIOD:
            number = parse_number(words, index + 3)
            at = index + 3 + (number[1] if number else 0)
            if at < len(words) and words[at] in _EN_LONG_UNITS and not (
                    words[at] == "weeks" and number and number[0] <= _EN_BOUNDED_WEEKS):
                return True
    return False


_EN_UNITS_OF = (["months", "of"], ["years", "of"])  # "six months of clashes": a period's figures, not weeks or days
# what the period was of: a war's toll over it (not "the first deaths in six months of calm": one event's news)
_EN_WARS = frozenset({"clashes", "fighting", "war", "conflict", "violence", "shelling", "airstrikes", "strikes"})


_EN_REPORT_SPANS = frozenset({"monthly", "weekly", "quarterly"})
_EN_REPORTS = frozenset({"report", "bulletin", "statistics", "figures", "tally", "toll", "update"})


def _english_month_figure(words: list[str]) -> bool:
    """"Thirty people died and 90 were injured in road crashes in Benghazi during March, the ministry said in its
    monthly report": a toll summed over a month ("during <month>", or a monthly or weekly report) is a statistic, not
    one event (English pass 43), as "in the past six months"; a day named tells an event ("during March ... on
    Monday": not a figure), and "in March" alone may date one event."""
    if "during" not in words and _EN_REPORT_SPANS.isdisjoint(words) and "year" not in words:
        return False  # a cheap test first
    if any(w in EN_EVENT_DAYS and not english_report_day(words, k) for k, w in enumerate(words)):
        return False
    return any((w == "during" and words[k + 1] in MONTH_WORDS and parse_number(words, k + 2) is None) or (
        w in _EN_REPORT_SPANS and words[k + 1] in _EN_REPORTS) or (
        # "In its half-year update, UNSMIL said 25 civilians were killed" (the hyphen is no token; English pass 56)
        w == "year" and k > 0 and words[k - 1] in _EN_PART_YEAR and words[k + 1] in _EN_REPORTS)
        for k, w in enumerate(words[:-1]))


_EN_PART_YEAR = frozenset({"half", "mid"})  # "a half-year update", "a mid-year report": a period's figures


EN_IDENTIFIED = frozenset({"identified", "identify", "identifies", "identifying"})
_EN_REMAINS = frozenset({"bodies", "remains", "victims"})
_EN_FORENSIC = frozenset({"dna", "forensic", "forensics", "exhumed", "exhumation", "graves"})


def _english_identified(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"DNA tests had identified 11 more bodies", "teams identify 11 more Tarhuna victims": a count of the dead named
    by those who identify them is forensic work on an earlier event, no killing told (a number must stand between:
    "police identified the bodies of the three men shot" is the find itself)."""
    first = match.first
    if words[first] not in _EN_REMAINS or not any(w in EN_IDENTIFIED for w in words[max(0, first - 5) : first]):
        return False
    k = next(j for j in range(first - 1, -1, -1) if words[j] in EN_IDENTIFIED) + 1
    number = parse_number(words, k)
    if number is None:
        return False
    rest = words[k + number[1] : first]
    # "11 more bodies" goes on with an earlier count; a bare number only where forensic work is named
    return len(rest) <= 2 and ((rest[:1] != [] and rest[0] in EN_MORE) or bool(_EN_FORENSIC.intersection(words)))


EN_EVENT_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                            "today", "overnight", "tonight"})


def _english_so_far(words: list[str]) -> bool:
    """"At least 640 people have died ... so far in 2026", "so far this year": a running tally (a statistic), no
    event ("so far" alone, "the deadliest so far", is none)."""
    if "far" not in words or EN_EVENT_DAYS.intersection(words):
        return False  # a cheap test first; a day named tells an event beside the tally ("... so far in 2026; on Sunday")
    for k in range(1, len(words) - 2):
        if words[k - 1] == "so" and words[k] == "far":
            rest = words[k + 1 : k + 3]
            if rest == ["this", "year"] or (rest[:1] == ["in"] and rest[1:] and rest[1].isdigit() and len(rest[1]) == 4):
                return True
            if _remains_counted_after(words, k + 1):
                return True
    return False


_EN_SERIES_ORDINALS = frozenset({"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
_EN_SERIES_SPANS = frozenset({"year", "month", "week", "since"})  # "this year", "this month", "since January"
_EN_ORDINAL_REACH = 2  # "the fourth attack", "the third such attack": the ordinal up to two words before the harm


def _english_series_rank(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """"It was the fourth attack on a journalist's property this year": a harm ranked in a series over a span is a
    monitor's tally (no victim of its own to count; English pass 14); not "a second blast" (no span, the ordinals
    from third on only), nor "shot dead a shopkeeper on Monday, the fourth such killing this year" (a harm told
    unranked, or a day named: the event beside its rank)."""
    if (_EN_SERIES_ORDINALS.isdisjoint(words) or _EN_SERIES_SPANS.isdisjoint(words)
            or not EN_EVENT_DAYS.isdisjoint(words)):
        return False  # a cheap test first
    return bool(matches) and all(not _EN_SERIES_ORDINALS.isdisjoint(words[max(0, m.first - _EN_ORDINAL_REACH) : m.first])
                                 for m in matches)


_EN_SO_FAR_REACH = 6  # "so far recovered more than 350 bodies": words from after "so far" to the remains word


def _remains_counted_after(words: list[str], k: int) -> bool:
    """"its teams had so far recovered more than 350 bodies", "have so far identified 120 victims": a running count
    of remains the searchers recovered or identified, work on an earlier event (English pass 11): a number, then the
    remains word, within a few words."""
    window = words[k : k + _EN_SO_FAR_REACH]
    at = next((j for j, w in enumerate(window) if w in _EN_REMAINS), None)
    return at is not None and any(parse_number(window, j) is not None for j in range(at))


def _english_where_clause(words: list[str], harm: int) -> int:
    """Where a "where" clause opens after the harm ("recovered six more bodies from a grave in Bani Walid, where the
    first remains were found last year"): a year inside it dates the place's past, not the harm told before it
    (English pass 33); len(words) when there is none."""
    return next((k for k in range(harm + 1, len(words)) if words[k] == "where"), len(words))


def _english_year_figure(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """"A UN panel said 40 civilians were killed in Libya in 2025", "died at sea last year": a casualty word dated by
    its year alone is a whole year's figure (a statistic) or the past ("his father was killed in 2021"), no event; a
    day named tells an event ("on Monday ... the fifth in 2026": not a tally); "an activist abducted in 2024 is
    still missing" is no casualty, a lasting abduction (English pass 9)."""
    if not any(t.type in CASUALTY_TYPES for m in matches for t in m.payloads) or any(
            w in EN_EVENT_DAYS and not english_report_day(words, k) for k, w in enumerate(words)):
        return False
    if "where" in words:  # a year inside a "where" clause after every casualty word dates the place (English pass 33)
        words = words[: _english_where_clause(words, max(m.last for m in matches if any(
            t.type in CASUALTY_TYPES for t in m.payloads)))]
    return any((w == "in" and is_calendar_year(words[k + 1])) or (w == "last" and words[k + 1] == "year") or (
        w == "this" and words[k + 1] == "year" and _english_people_figure_before(words, k))
               for k, w in enumerate(words[:-1]))




def _english_people_figure_before(words: list[str], k: int) -> bool:
    """"60 children hurt by explosive remnants in Libya this year": a headline's figure, a number of two or more (not a
    calendar year, not an age) with a bare participle (no auxiliary) before "this year", sums the year's casualties;
    "a boy was wounded this year" names one person, no figure. A full clause ("three journalists had been hurt ...
    this year") is left to the since and so-far tallies (English pass 26)."""
    if not EN_AUXILIARIES.isdisjoint(words[:k]):
        return False
    return any((n := parse_number(words, j)) is not None and n[0] >= 2 and not is_calendar_year(words[j])
               and words[j + n[1] : j + n[1] + 1] not in (["year"], ["years"]) for j in range(k))


EN_REPORTING = frozenset({"said", "says", "told", "tells", "announced", "reported", "stated", "briefed"})
_EN_TOLD_NEXT = frozenset({"that", "its", "it", "their", "they", "his", "her", "he", "she"})
_EN_REPORT_DAY_REACH = 4  # "told the Security Council on Wednesday": the verb, its addressee, "on", the day


def english_report_day(words: list[str], k: int) -> bool:
    """"said on Thursday", "told the Security Council on Wednesday that 120 civilians were killed in 2025": the day
    the figure was told, not the day of an event; a year's figure told that day is still a statistic (English
    pass 12). What was told follows the day ("that", "its teams ...") or the day ends the sentence; not "the UN said;
    on Sunday a shell killed a child" (the punctuation is no token: a day opening the next clause is an event's)."""
    if k > 1 and words[k - 1] == "on" and words[k - 2] in _EN_CALL_VERBS and words[k + 1 : k + 2] in (["for"], ["on"]):
        return True  # "called on Thursday for all parties to protect journalists": a call's day (English pass 40)
    return k > 1 and words[k - 1] == "on" and (k + 1 == len(words) or words[k + 1] in _EN_TOLD_NEXT) and (
        not EN_REPORTING.isdisjoint(words[max(0, k - 1 - _EN_REPORT_DAY_REACH) : k - 1]) or _told_in_a_report(words, k)
        or _report_published(words, k))


# English pass 47 (tune101en): "87 children were killed or maimed in Libya in 2025, ... in its annual review released on
# Wednesday": the day a report came out is the day the figure was told, as "said on Wednesday"
_EN_PUBLISHED = frozenset({"released", "published", "issued"})
_EN_REPORT_NOUNS = frozenset({"report", "review", "overview", "study", "survey", "bulletin", "update", "statement"})


def _report_published(words: list[str], k: int) -> bool:
    """"a report / its annual review released / published on <day>": a publication's day (the day at ``k``)."""
    return k > 2 and words[k - 2] in _EN_PUBLISHED and words[k - 3] in _EN_REPORT_NOUNS


_EN_CALL_VERBS = frozenset({"called", "calls", "urged", "urges", "appealed", "appeals"})


_EN_REPORT_NAMED_REACH = 8  # "said in its annual humanitarian overview on Wednesday": the verb, "in", the report, "on"
_EN_REPORT_OWNERS = frozenset({"a", "an", "its", "their", "the", "his", "her"})


def _told_in_a_report(words: list[str], k: int) -> bool:
    """"OCHA said in its annual overview on Wednesday that ...", "said in a statement on Monday that": the report is
    named between the verb and the day, which is still the day the figure was told (English pass 19)."""
    return any(words[j] in EN_REPORTING and words[j + 1] == "in" and words[j + 2] in _EN_REPORT_OWNERS
               for j in range(max(0, k - 1 - _EN_REPORT_NAMED_REACH), k - 3))


_EN_SINCE_HEADS = frozenset({"years", "year", "months", "decade", "decades", "today"})


def _english_years_since(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Five years today since the journalist was shot dead", "a year since the strike killed ...": an anniversary
    of an earlier killing or wounding (labelling guide: anniversaries are no incident), not a new one. Casualties
    only: "two years since his arrest, he is still held" tells a detention that lasts (English pass 12)."""
    if "since" not in words or not all(t.type in CASUALTY_TYPES for t in match.payloads):
        return False
    return any(words[k] == "since" and words[k - 1] in _EN_SINCE_HEADS and (
        words[k - 1] == "today" or parse_number(words, k - 2) is not None or words[k - 2] in ("a", "one"))
               for k in range(2, match.first))




def _english_years_after(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Families demand justice six years after mass graves found", "a year after the massacre": the harm that "N
    years after" counts from is an earlier event (the twin of ``_english_years_since``; English pass 28), not a new
    one; "shot dead four years after his brother's abduction" keeps the killing told before it. Not a lasting harm
    ("two years after his abduction he is still missing")."""
    # "four years after a rocket attack that killed ...": an attack word read as a harm or a hit on property is the
    # same earlier event (English pass 40)
    if "after" not in words[: match.first] or not all(t.type in CASUALTY_TYPES or t.type == PROPERTY
                                                       for t in match.payloads):
        return False
    return any(words[k] == "after" and words[k - 1] in EN_YEAR_WORDS and (
        words[k - 2] in ("a", "one") or parse_number(words, k - 2) is not None) for k in range(2, match.first))


_EN_SPAN_OPEN = {"between": "and", "from": "to"}


def _english_years_span(words: list[str]) -> bool:
    """"accused of ... held for ransom between 2016 and 2018", "told the court ... from 2015 to 2017": harm over a
    span of years in a charge sheet or testimony (read only beside a charge or proceedings cue: "held without charge
    from 2019 to 2021" is a detention), not one event told."""
    for at in range(len(words) - 3):
        close = _EN_SPAN_OPEN.get(words[at])
        if close and is_calendar_year(words[at + 1]) and words[at + 2] == close and is_calendar_year(words[at + 3]):
            return True
    return False


_EN_TRIAL_CUES = ("proceedings", "court", "charge")


def english_year_named_act(words: list[str], match: PhraseMatch[Trigger], where: dict[str, list[int]]) -> bool:
    """"Court opens trial over 2023 abduction of doctors": a harm named by its year in a sentence about a trial or a
    charge is the past act judged (labelling guide: trials of past events are no incidents), also a lasting one, which
    ``_english_dated_past`` keeps (English pass 23). Not "abducted on Monday outside the court" (no year before it)."""
    cues = [k for cue in _EN_TRIAL_CUES for k in where.get(cue, ())]
    if not cues:
        return False
    if match.first > 0 and is_calendar_year(words[match.first - 1]):
        return True
    if _year_named_act_near(words, match.first, min(cues)):
        return True
    # "opened the trial of five men accused of abducting two doctors ... in 2023 and holding them for ransom": an
    # abduction after the charge, dated by a past year, is the charge's (``_english_dated_past`` keeps an abduction,
    # which may last); not when a day is named after the charge ("a man convicted of theft in 2023 was kidnapped on
    # Sunday": the day is the new act's; "on Tuesday opened the trial of men accused of ..." is the trial's)
    first_cue = min(cues)
    return (first_cue < match.first and all(t.type == "abduction" for t in match.payloads)
            and not any(w in EN_EVENT_DAYS for w in words[first_cue:])
            and bool(_english_past_year_anchors(words)))


_EN_YEAR_ACT_REACH = 5  # "over 2025 Misrata shooting that wounded": the year, up to three words, the harm word
_EN_CLAUSE_BE = frozenset({"was", "were", "is", "are", "has", "have"})  # a verb of the harm's own clause


def _year_named_act_near(words: list[str], harm: int, first_cue: int) -> bool:
    """"Five go on trial over 2025 Misrata shooting that wounded 12": a past year a few words before the harm, after the
    trial or charge cue, names the act judged, as the year right before it does (English pass 60); not when an event
    day comes after the year ("charged over a 2024 theft, he was shot on Monday"), nor a verb of its own between the
    year and the harm ("A man convicted of fraud in 2023 was kidnapped": the kidnapping is a new clause's)."""
    return any(first_cue < k and is_calendar_year(words[k]) and EN_EVENT_DAYS.isdisjoint(words[k:])
               and _EN_CLAUSE_BE.isdisjoint(words[k + 1 : harm])
               for k in range(max(0, harm - _EN_YEAR_ACT_REACH), harm))


_EN_YEAR_LEADS = frozenset({"in", "since"})
_EN_STRETCH = frozenset({"over", "throughout", "during", "covering", "months", "weeks"})
_EN_STRETCH_REACH = 6  # "held for months in warehouses in Bani Walid in 2025": the stretch up to six words before
_EN_PAST_RELATIVES = frozenset({"which", "when", "where"})  # "the clashes ... last year, which killed 38 people"


def _english_past_year_anchors(words: list[str]) -> list[int]:
    """Where a sentence names a past year as the time of something: "in 2021", "since 2023", "in June 2023", "last
    year"; not a span or a stretch of time ("a report covering January 2025 to June 2026", "in 2025 and 2026", "over
    several months last year", "held for months ... in 2025": a period a report covers, abuse told over it)."""
    anchors = []
    for k in range(1, len(words)):
        word, before = words[k], words[k - 1]
        if is_calendar_year(word):
            dated = before in _EN_YEAR_LEADS or (before in MONTH_WORDS and k > 1 and words[k - 2] in _EN_YEAR_LEADS)
            if not dated or (k + 2 < len(words) and words[k + 1] in ("and", "to") and is_calendar_year(words[k + 2])):
                continue
        elif not (word == "year" and before == "last"):
            continue
        if _EN_STRETCH.isdisjoint(words[max(0, k - _EN_STRETCH_REACH) : k]):
            anchors.append(k)
    return anchors


def _english_dated_past(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"In 2021 the prison was the scene of a hunger strike by detainees who said they had been tortured", "since 2023,
    when a boat ... sank off Cutro, killing 94", "the clashes that shook Tripoli in May last year, which killed 38": a
    harm dated by a past year is an earlier event recalled beside the news (labelling guide: recalled events are no
    incident), also where the sentence names a new day for something else ("voted on Tuesday to set up an inquiry into
    the clashes ... last year, which killed"), when a relative word ("which", "when") ties the harm to the year's noun.
    A lasting harm ("abducted in 2024, is still missing") or a hit on property is none; a day nearer the harm than the year tells the
    event ("On Sunday the militia, set up in 2019, shot dead two shepherds" has no relative word: kept)."""
    if all(t.type in HELD_TYPES or t.type == PROPERTY for t in match.payloads):
        return False  # a building hit in a past year is kept: the writers keep a target's earlier hits with the new one
    years = _english_past_year_anchors(words)
    if years and "where" in words:  # a year in a "where" clause after the harm dates the place (English pass 33)
        where = _english_where_clause(words, match.last)
        years = [k for k in years if k < where]
    if not years:
        return False
    days = [k for k, w in enumerate(words) if w in EN_EVENT_DAYS and not english_report_day(words, k)]
    year = min(years, key=lambda k: abs(k - match.first))
    if not days:
        return True
    day = min(days, key=lambda k: abs(k - match.first))
    return (abs(year - match.first) < abs(day - match.first) and day < year < match.first
            and (not _EN_PAST_RELATIVES.isdisjoint(words[year + 1 : match.first]) or _year_that(words, year, match.first)))


_YEAR_THAT_REACH = 3  # the year, "that", up to one word ("had"), the harm word


def _year_that(words: list[str], year: int, harm: int) -> bool:
    """"went on trial on Wednesday accused of a shooting ... in 2025 that wounded 12", "... in 2025 that had killed":
    "that" right after the past year, the harm word right after it, ties the harm to the act of that year, as "which"
    does (English pass 60); not a clause about something else ("a clinic opened in 2019 that treats migrants ...,
    wounding two nurses": the harm is far from "that")."""
    return words[year + 1 : year + 2] == ["that"] and harm - year <= _YEAR_THAT_REACH


# English pass 66 (tune133en): "to send 35 people wounded in past fighting for treatment abroad", "families of those
# killed in previous wars": a harm placed "in" a fighting called past, previous or earlier is an old one recalled (a
# programme, a claim), no event told; not "in the past two days" (no fighting noun right after: a span up to today)
_EN_BYGONE = frozenset({"past", "previous", "earlier", "former", "bygone"})
_EN_FIGHTING = frozenset({"fighting", "war", "wars", "clashes", "conflict", "conflicts", "battles", "rounds", "bombings",
                          "shelling", "hostilities"})


_EN_WAR_HURT = EN_WOUNDED_STATES  # "the war-wounded", "war wounded": those hurt in the war, a class
_EN_WOUND_NOUNS = frozenset({"injuries", "injury", "wounds", "wound"})  # "among them patients with spinal injuries"


def _in_past_fighting(words: list[str], last: int) -> bool:
    after = words[last + 1 : last + 4]
    return len(after) == 3 and after[0] == "in" and after[1] in _EN_BYGONE and after[2] in _EN_FIGHTING


def _english_hurt_in_past(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """The killing or hurt word, "in", a bygone word, a fighting noun, or "war-wounded"; and a wound noun of the same sentence ("among
    them patients with spinal injuries"): the wounds of the people so recalled."""
    if match.first and words[match.first - 1] == "war" and words[match.first] in _EN_WAR_HURT:
        return True  # "to send 35 war-wounded for treatment": the war's wounded, a class of people
    if _EN_BYGONE.isdisjoint(words) or not all(t.type in CASUALTY_TYPES for t in match.payloads):
        return False  # a cheap test first
    return _in_past_fighting(words, match.last) or (words[match.last] in _EN_WOUND_NOUNS and any(
        _in_past_fighting(words, k - 1) for k, w in enumerate(words) if w == "in" and k))


# "The dispute revives a 2024 standoff in which ... staff were abducted": a verb that brings back an earlier event,
# with a year or a case as its object, recalls it as "recalls" does (English pass 54)
_EN_RECALLING = frozenset({"recalled", "recalling", "recalls", "revives", "revived", "reviving", "echoes", "echoed",
                           "echoing", "evokes", "evoked", "evoking"})


def _english_recalled(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"She recalled that clashes in Tripoli in May had killed at least eight civilians": what a speaker recalls
    ("recalled that") in a briefing or statement is an earlier event, not the news; a day named after the recall
    ("recalled that the gunmen shot him on Friday") tells the event."""
    if _EN_RECALLING.isdisjoint(words[: match.first]):
        return False
    at = next(k for k in range(match.first - 1, -1, -1) if words[k] in _EN_RECALLING)
    return (words[at + 1 : at + 2] == ["that"] or _recalled_object(words, at, match.first)) and (
        EN_EVENT_DAYS.isdisjoint(words[at:]))


# what a recall verb takes as its object when it names an earlier harm ("recalled the 2017 case of ...", "recalls cases
# from the previous year, among them ...", "recalled the 2022 killing of two aid workers"; English pass 28)
_EN_RECALLED_CASES = frozenset({"case", "cases", "incident", "incidents", "killing", "killings", "attack", "attacks",
                                "abuses", "violations", "crimes", "massacre", "massacres", "events", "precedent",
                                "findings", "report", "reports"})  # "Amnesty recalled its 2021 findings of ..."
_EN_RECALLED_REACH = 3  # "recalled the 2017 case", "recalls earlier cases": the object within three words


def _recalled_object(words: list[str], at: int, harm: int) -> bool:
    """The recall verb at ``at`` takes a case or a harm as its object (not "recalled its ambassador after gunmen
    killed ...", a diplomatic step, whose harm follows a clause of its own): the harm recalled is the past."""
    named = words[at + 1 : at + 1 + _EN_RECALLED_REACH]
    return (0 < harm - at <= _EN_RECALLED_REACH or not _EN_RECALLED_CASES.isdisjoint(named)
            or any(is_calendar_year(w) for w in named))  # "recalled its 2021 ...", "recalled the 2017 ..."


# a holding told as short and over: "briefly abducted", "held for hours", "held overnight" (English pass 44)
_EN_BRIEF = frozenset({"briefly", "overnight", "hours"})
_EN_LASTING = frozenset({"still", "remain", "remains", "remained", "missing", "whereabouts"})


def _english_held_briefly_past(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"In August 2024, armed men briefly abducted the bank's IT head and a manager was held for hours": a holding
    dated by a past year and told as short and over, or told in a sentence that opens on that past year ("In March
    2023, gunmen abducted ..."), is an earlier event recalled in a long article (labelling guide: recalled events are
    no incident), as ``_english_dated_past`` reads a killing; it keeps holdings because they may last ("abducted in
    2024, is still missing"), which a lasting word still keeps here. A day named tells the event ("On Monday gunmen
    briefly abducted ...")."""
    opener = words[:1] == ["in"] and len(words) > 2 and (is_calendar_year(words[1]) or (
        words[1] in MONTH_WORDS and is_calendar_year(words[2])))  # "In August 2024, armed men abducted ..."
    if (_EN_BRIEF.isdisjoint(words) and not opener) or not all(t.type in HELD_TYPES for t in match.payloads):
        return False  # a cheap test first
    if not _EN_LASTING.isdisjoint(words) or any(w in EN_EVENT_DAYS and not english_report_day(words, k)
                                                for k, w in enumerate(words)):
        return False
    return any(k < match.first for k in _english_past_year_anchors(words))


_EN_YEAR_FIGURE_REACH = 4  # "were detained in 2025", "were held last year": the year within four words after the harm
_EN_FIGURE_REACH = 6  # "at least 11 journalists were detained": the number within six words before the harm


def _english_held_year_figure(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"at least 11 journalists were detained in 2025, most briefly": a number of people held, dated by a year alone,
    is a year's figure (a statistic: labelling guide), the twin of ``_english_year_figure`` for casualties; a day
    named ("detained in Sirte on Monday") tells an event, and a lasting word ("two reporters detained in 2024 remain
    in jail") a holding that lasts (English pass 44)."""
    if not all(t.type in HELD_TYPES for t in match.payloads):
        return False
    # "the abduction of 25 activists in 2025": the people counted after the harm's noun, the year after them
    counted = words[match.last + 1 : match.last + 2] == ["of"] and _people_figure(words, match.last + 2)
    reach = _EN_YEAR_FIGURE_REACH + (_EN_FIGURE_REACH if counted else 0)
    after = words[match.last + 1 : match.last + 1 + reach]
    if not any((w == "in" and is_calendar_year(n)) or (w == "last" and n == "year") for w, n in pairwise(after)):
        return False
    if not _EN_LASTING.isdisjoint(words) or any(w in EN_EVENT_DAYS and not english_report_day(words, k)
                                                for k, w in enumerate(words)):
        return False
    return counted or any(_people_figure(words, j) for j in range(max(0, match.first - _EN_FIGURE_REACH), match.first))


def _people_figure(words: list[str], j: int) -> bool:
    """A number of two or more at ``j`` that is no calendar year and no age ("11 journalists", not "2025", "five
    years")."""
    n = parse_number(words, j)
    return n is not None and n[0] >= 2 and not is_calendar_year(words[j]) and (
        words[j + n[1] : j + n[1] + 1] not in (["year"], ["years"]))


# an event noun a year names before it: "the 2019 Tajoura strike that killed 53 migrants", "the 2022 clashes, which
# killed 32" (English pass 44)
_EN_EVENT_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "clashes", "bombing",
                             "bombings", "massacre", "shelling", "raid", "fighting", "war", "offensive", "floods",
                             "flood", "killings", "explosion", "blast", "shipwreck", "sinking", "assault", "siege"})
_EN_YEAR_NOUN_REACH = 3  # "the 2019 Tajoura strike", "the 2020 drone strike on": the year, up to two words, the noun
_EN_THAT_REACH = 8  # "the 2019 strike on the Tajoura migrant centre that killed": the noun, then "that / which"
_EN_EVENT_RELATIVES = _EN_PAST_RELATIVES | {"that"}


def _english_year_named_event(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"blamed for the 2019 Tajoura strike that killed 53 migrants": a harm told in a relative clause ("that", "which")
    on an event a year names before it is that year's event, recalled (labelling guide: recalled events are no
    incident); the news names its day ("Sunday's strike"), not its year. Casualties and hits on property only (a
    holding may last)."""
    if not all(t.type in CASUALTY_TYPES or t.type == PROPERTY for t in match.payloads):
        return False
    for k in range(1, match.first):
        if words[k - 1] == "the" and is_calendar_year(words[k]):
            noun = next((j for j in range(k + 1, min(match.first, k + 1 + _EN_YEAR_NOUN_REACH))
                         if words[j] in _EN_EVENT_NOUNS), None)
            if noun is not None and not _EN_EVENT_RELATIVES.isdisjoint(
                    words[noun + 1 : min(match.first, noun + 1 + _EN_THAT_REACH)]):
                return True
    return False
