"""Document-level frames: what a headline or a lead tells of its whole story (an accident, a disease, a ruling, a
denial, a commemoration, a yearly record), so that a body sentence's harm words are read as that story's, and the
context cues of a whole document.

Apart from the per-sentence analysis (nlp/incidents.py): nlp/annotate.py applies these across a document's
sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from nlp.counts import parse_number
from nlp.counts_scope import PLUPERFECT, inquiry_reopened, last_century_year
from nlp.counts_words import EN_FIRED_AT, EN_YEAR_WORDS
from nlp.incident_cues import errand_accident, misread_cue
from nlp.incident_records import (
    ACCIDENT_TYPES,
    CASUALTY_TYPES,
    DETENTION_WEAK,
    HARM_TYPES,
    PAST_ACTS,
    PROPERTY,
    RELEASE_ENDS,
    STRONG,
    Candidate,
    SentenceResult,
    Trigger,
    load_lexicons,
)
from nlp.incident_rules_en import (
    EN_DISSIDENTS,
    english_arrested_over,
    english_cue_misread,
    english_fishers_drowned,
    english_suspect_held_for,
    this_century_year,
    year_saw_change,
)
from nlp.incident_scope import (
    TRIED_TYPES,
    body_bears_marks,
    deliberate_harm,
    denies_the_event,
    release_happened,
    shot_by_someone,
)
from nlp.incident_time_en import EN_EVENT_DAYS, EN_REPORTING, english_report_day
from nlp.incident_victims import CLASHES
from nlp.lexicon import TOKEN_TEXT, PhraseMatch, Token
from nlp.morph import word_forms
from nlp.normalize import clitic_variants, normalize


def is_programme_trailer(tokens: list[Token]) -> bool:
    """A trailer or teaser («للقصة بقية ... يأتيكم الاثنين»): the casualty words tell what a programme is
    about, not an event reported today, so no sentence of it is an incident."""
    return bool(load_lexicons().programme.find(tokens, map(TOKEN_TEXT, tokens)))  # (nearly always all dead: speed pass 16)


FRAMES = ("accident", "disease", "court", "release")  # a headline cue of these frames the whole story
FRAMED_TYPES = {"accident": ACCIDENT_TYPES, "disease": CASUALTY_TYPES,
                "court": PAST_ACTS + (PROPERTY,), "release": RELEASE_ENDS,
                "commemoration": HARM_TYPES + (PROPERTY, "attack_on_civil_society", "other"),
                "record": HARM_TYPES + (PROPERTY, "attack_on_civil_society", "other", "trafficking")}
FRAMED_TYPES["warrant"] = FRAMED_TYPES["record"]
FRAMED_TYPES["sport"] = ("injury",)
FRAMED_TYPES["trend"] = FRAMED_TYPES["record"]  # a year's trend in the headline (English pass 32; below)
FRAMED_TYPES["visit"] = CASUALTY_TYPES  # an official's visit to the hurt in the headline (English pass 38; below)
# (and the damage the visit story recounts, "a committee to assess damage to homes and shops": the earlier event's, as
# under a discharge headline; a body sentence that names who did it still tells an act; English pass 58)
FRAMED_TYPES["visit"] += (PROPERTY,)
# the hurt leaving hospital in the headline, with no count of a harm of its own (English pass 40; below): the blast
# that hurt them, a hit on property too, is the earlier event; a wounded journalist's attack too ("Wounded cameraman
# returns home after treatment": English pass 46)
FRAMED_TYPES["discharge"] = CASUALTY_TYPES + (PROPERTY, "attack_on_civil_society")
# a court's sentence over a past act, a war's anniversary toll (English pass 52; below): the headline's own harm word
# ("for killing of shop owner", "with 150,000 dead") is the sentenced act or the war's total, as the body's
FRAMED_TYPES["sentenced"] = FRAMED_TYPES["record"]
FRAMED_TYPES["war_years"] = FRAMED_TYPES["record"]
FRAMED_TYPES["tally"] = FRAMED_TYPES["record"]  # a hospital's yearly tally of wounds in the headline (pass 52; below)
# a gang arrested and named by its crime in the headline (Arabic pass 143; below): the crimes told are its past acts,
# whoever the sentence names (the gang is the one named); a killing or a wound («أصيب شرطي خلال المداهمة») may be the
# raid's own and stays
FRAMED_TYPES["gang"] = tuple(t for t in FRAMED_TYPES["record"] if t not in ("killing", "injury"))
# frames that also frame the headline's own words (nlp.annotate)
HEADLINE_OWN_FRAMES = frozenset({"discharge", "sentenced", "war_years", "tally", "gang"})
# «مديرية أمن بنغازي تنفي خطف طالبة», «جهاز الردع ينفي احتجاز صحفي»: a headline that denies its own harm frames the
# body's account of the claim («وكانت صفحات محلية قد نشرت منشوراً يتحدث عن اختطاف طالبة على يد ملثمين»), its
# perpetrators too: they are the rumour's (Libyan outlets pass 2); a body sentence that confirms («لكن عائلته أكدت»)
# still tells the harm, and so does a disappearance («تنفي احتجاز صحفي» whose whereabouts are still asked: the denial
# is of who holds him, not that he is missing; tune rwa-06)
FRAMED_TYPES["denial"] = tuple(t for t in FRAMED_TYPES["record"] if t != "enforced_disappearance")
_CLAIMED_FRAMES = frozenset({"denial"})  # frames whose body perpetrators are part of what is framed
# "ICC unseals warrant for former prison director", "Indictment names prison guards": an English headline's court
# proceeding on past acts (labelling guide: trials, ICC and investigations are no incidents) frames the body's
# account of the acts charged ("Prosecutors say 30 detainees died in custody"; English pass 9), unless the headline
# tells a harm of its own (its "arrest warrant" is a weak detention word, no harm; nor the acts an arrest is sought
# "over": "ICC seeks arrest of militia leader over Tarhuna killings", English pass 24)
_EN_WARRANT_HEADS = {"icc", "warrant", "indictment"}
# "Misrata court opens trial over 2024 killing of activist": a trial opened on a past act the headline names as its
# charge frames the body's account of that act ("Gadi was shot dead outside his home"), as a warrant does (English
# pass 32); only with the charged harm named and no harm of the headline's own, whatever its strength ("Journalist
# detained after trial over posts": the detention is the news)
_EN_TRIAL_HEADS = frozenset({"trial", "retrial",
                             # "Misrata court hears case over 2022 killing of migrants": a hearing of a case over a past
                             # act, as a trial opened on it (English pass 37; lexicon `proceedings` "hears case")
                             "hears", "hearing"})
# the Arabic twins of the court's words («مدعي الجنائية الدولية: تقدم في تحقيقات مراكز الاحتجاز», «مذكرات توقيف
# قريبة», «لائحة اتهام»): the body's torture told by witnesses is the investigated past (Arabic pass tune45)
_AR_WARRANT_HEADS = {"الجنائيه", "مذكره", "مذكرات", "لائحه"}
_WARRANT_HEADS = _EN_WARRANT_HEADS | _AR_WARRANT_HEADS
# "Germany extradites Libyan suspect in 2019 torture case": a suspect handed over to face trial, the harm it names
# the case's (English pass 14)
_EN_EXTRADITION_HEADS = {"extradites", "extradited", "extradition"}
# "Libyan activist held in Tunisia faces extradition": an activist, a journalist or a critic held for a government that
# accuses him of his words is no suspect handed over for a trial over a harm, his detention is the news (labelling guide:
# imprisoning a journalist or an activist is an incident; English pass 54): ``EN_DISSIDENTS``, shared with
# ``incident_rules_en`` since English pass 65
# "Magistrate orders inquiry into delayed rescue", "Attorney General opens probe into clash deaths": an inquiry opened
# into a past event (labelling guide: investigations of past events are no incidents) frames the body's account of it,
# as a warrant does, unless the headline tells a harm of its own (English pass 27)
_EN_INQUIRY_HEADS = {"inquiry", "probe", "investigation"}
_CHARGED_HARM_REACH = 3  # "accused of [the] Tarhuna killings": the charge cue, up to two words, the harm word
# English names a place in more words before the harm ("suspects in Tripoli bus station bombing": four; pass 46)
_EN_CHARGED_HARM_REACH = 5
_INQUIRED_HARM_REACH = 4  # "inquiry into [the 2024 Zawiya] killings": "into", up to three words, the harm word
# «بن قردان تحيي الذكرى العاشرة لملحمة 7 مارس»: the `general` cues of a headline that commemorate a past event
# «في ذكراه الخامسة»: the anniversary with its possessive pronoun (Arabic pass 94)
_COMMEMORATION = {"ذكري", "الذكري", "ذكراه", "ذكراها", "ذكراهم", "anniversary", "commemoration", "commemorates"}
# "Abuses continued unchecked in 2025, says Human Rights Watch World Report": a headline's yearly report is a country's
# record in general (labelling guide: no incident), its body's abuses told as the year's pattern
_YEARLY_REPORT = {"report"}
# "UN mission documents 29 civilian casualties in second quarter", "EU adds three smugglers to sanctions list": a
# quarter's tally or a sanctions listing in the headline frames the body as the yearly report does (English pass 9)
_RECORD_HEADS = _YEARLY_REPORT | {"quarter", "quarterly", "sanctions"}
# "LNA denies striking civilians in Awbari", "Force denies targeting homes": an English headline that denies an attack
# told by its verb (no trigger of its own: "striking" is no harm word) frames the body's claim of the harm ("activists
# said two people were wounded") as a headline denying a harm word does (English pass 48)
_EN_DENIED_ACTS = frozenset({"striking", "targeting", "bombing", "hitting", "attacking", "shelling", "raiding"})
_EN_DENIED_ACT_REACH = 2  # "denies striking", "denies its aircraft struck" is not read (a verb in the past)
# "Analysis: Why Libya's detention system survives", "Explainer: the oil blockades", "Opinion: ...": a headline that
# opens on a commentary label tells no event of its own; the body's abuses are the record it discusses (labelling
# guide: commentary is no incident; the six English tune headlines so labelled are no incidents; English pass 48)
_EN_COMMENTARY_HEADS = frozenset({"analysis", "explainer", "opinion", "commentary", "editorial"})


# "Migrants' deaths at sea fell in 2025, IOM says", "Abductions rose by a third in 2024": a headline whose figure
# rose or fell over a named year is a year's record (labelling guide: statistics are no incidents), its body's deaths,
# returns and detentions the year's tally (English pass 32); only with a year written as a number after the trend verb
_EN_TRENDS = frozenset({"fell", "rose", "dropped", "doubled", "halved", "declined", "increased", "decreased", "tripled",
                        "falls", "rises", "drops", "doubles", "declines", "increases", "decreases", "surged", "soared"})


def _trend_over_year(words: list[str]) -> bool:
    """A trend verb followed in the headline by a year of this century ("fell in 2025")."""
    return any(w in _EN_TRENDS and any(map(this_century_year, words[k + 1 :])) for k, w in enumerate(words))


# "Rights body counts 140 cases of torture in prisons last year": a number of cases over a whole year in a headline
# is a year's tally (labelling guide: statistics are no incident), its body's harms the year's (English pass 35); not
# "Two cases of abduction reported this week" (a week's cases can be told one by one)
_EN_CASES = frozenset({"cases", "complaints", "violations"})


# "Hospital records 400 gunshot wounds in a year", "Clinic counts 260 gunshot injuries over past year": a number of
# wounds over a whole year in a headline is a hospital's yearly tally (labelling guide: statistics are no incident),
# the headline's own wound word and the body's the year's (English pass 52); a number within two words before the
# wound word ("400 gunshot wounds") and the year named whole ("in a year", "last year", "over the past year", "in
# 2025"); not "Hospital treats 14 for gunshot wounds after Zawiya clashes" (no year)
_EN_WOUND_TALLIES = frozenset({"wounds", "injuries"})
_EN_TALLIED_REACH = 2  # "400 gunshot wounds", "260 bullet injuries": the number, one word, the wound word


def _wounds_over_year(words: list[str]) -> bool:
    counted = any(w in _EN_WOUND_TALLIES and any(parse_number(words, j) is not None
                                                  for j in range(max(0, k - _EN_TALLIED_REACH), k))
                  for k, w in enumerate(words))
    over_year = any((a in ("last", "this", "past", "a") and b == "year") or (a == "in" and this_century_year(b))
                    for a, b in pairwise(words))
    return counted and over_year


# "UN envoy briefs Security Council on Libya": a briefing to a council sums up a period (labelling guide: a UN briefing
# that summarises a year is no incident); framed as a year's trend, so a body sentence that names a day of its own
# ("a shell killed three children on Sunday") still tells its event (English pass 35)
_EN_BRIEFINGS = frozenset({"briefs", "briefing", "briefed", "brief"})


def _cases_over_year(words: list[str]) -> bool:
    """A number right before "cases", and the year it counts: "last year", "this year", "in 2025"."""
    if _EN_CASES.isdisjoint(words):
        return False
    counted = any(w in _EN_CASES and k > 0 and parse_number(words, k - 1) is not None for k, w in enumerate(words))
    over_year = any((a in ("last", "this", "past") and b == "year") or (a == "in" and this_century_year(b))
                    for a, b in pairwise(words))
    return counted and over_year


# "IOM: 17,000 migrants returned to Libya so far this year", "Abductions since January reach 40": a headline's running
# tally over the year to date is a statistic (labelling guide: statistics are no incidents), its body's returns,
# detentions and deaths the tally's (English pass 38); a number must be in the headline ("Shelling goes on this year"
# is no tally), and a body sentence with a day of its own still tells its event (the trend frame)
_EN_YEAR_TO_DATE = (("so", "far", "this", "year"), ("since", "the", "start", "of", "the", "year"),
                    ("since", "the", "beginning", "of", "the", "year"), ("since", "january"), ("year", "to", "date"))


def _tally_to_date(words: list[str]) -> bool:
    """A number in the headline and a year-to-date phrase ("so far this year", "since January")."""
    lowered = [w.lower() for w in words]
    to_date = any(tuple(lowered[k : k + len(p)]) == p for p in _EN_YEAR_TO_DATE for k in range(len(lowered))
                  if lowered[k] == p[0])
    return to_date and any(parse_number(words, k) is not None for k in range(len(words)))


# "Libyan PM visits Misrata blast survivors in Turkish hospital", "Minister visits wounded in Tripoli hospital": an
# official's visit to the hurt is the news (labelling guide: an official visiting the wounded is no incident); the harm
# named as whom he visits is the visit's object, and the body's burns and wounds are the earlier event's (English pass
# 38); not "Two killed in Tripoli shelling as PM visits wounded" (a harm of the headline's own before the visit)
_EN_VISITS = frozenset({"visits", "visited", "visit", "visiting", "tours", "toured",
                        # "Health minister checks on shooting victims" (English pass 56), as «يطمئن على» (Arabic pass 112)
                        "checks"})
_EN_VISITED = frozenset({"survivors", "wounded", "injured", "victims", "casualties", "patients"})
_EN_VISITED_REACH = 5  # "visits Misrata blast survivors", "visits those wounded in": the verb, up to four words


# the Arabic headline's visit («يزور جرحى», «تتفقد المصابين», «زيارة لجرحى»), normalised; Arabic pass 84
AR_VISITS = frozenset({"يزور", "تزور", "زار", "زارت", "يتفقد", "تتفقد", "تفقد", "تفقدت", "وزار", "وزارت", "وتفقد",
                        "وتفقدت", "زياره", "بزياره"})  # also read by ``nlp.incidents`` (the hurt visited, any sentence)
# «يعود المصابين» (visits the sick) only in a headline: in a body sentence «يعود / تعود» is mostly "returns"
_AR_HEADLINE_VISITS = AR_VISITS | {"يعود", "تعود"}
# «الوزير يطمئن على أفراد شرطة أصيبوا في حادث»: checking on the hurt, told in a headline, is a visit to them (Arabic pass
# 112); the hurt may be named by their verb after the people («عمال أصيبوا»), within the same reach
_AR_CHECKS_ON = frozenset({"يطمئن", "تطمئن", "اطمان", "اطمانت"})
_AR_VISITED_BY_VERB = frozenset({"اصيبوا", "اصيبا", "اصيبت", "اصيب", "جرحوا"})
_AR_VISITED = frozenset({"جرحي", "الجرحي", "لجرحي", "مصابي", "المصابين", "للمصابين", "الناجين", "ناجين", "ضحايا",
                         "لضحايا", "الضحايا",
                         # one hurt person visited («يزور الطفل المصاب بشظايا القذيفة»: Arabic pass 137)
                         "المصاب", "المصابه", "الجريح", "الجريحه"})


def _visit_to_hurt(words: list[str], trigger_matches: Callable[[], list[PhraseMatch[Trigger]]],
                   visits: frozenset[str] = _EN_VISITS, visited: frozenset[str] = _EN_VISITED) -> bool:
    """A visit verb with the hurt as its object within ``_EN_VISITED_REACH``, no harm trigger before the verb."""
    at = next((k for k, w in enumerate(words) if w.lower() in visits and any(
        x.lower() in visited for x in words[k + 1 : k + 1 + _EN_VISITED_REACH])), None)
    return at is not None and all(m.first > at for m in trigger_matches())


# "Last of Gharyan blast wounded leave hospital", "Boy hurt in Zawiya shooting discharged": the hurt leaving hospital
# is the news (labelling guide, fourteenth session: a discharge from hospital with no new harm told is no incident and
# has no counts); not "Five hurt in Sabha blast, two discharged" (a count before the discharge tells the harm itself)
# nor "Wounded leave hospital as new shelling kills two" (a harm after it is new; English passes 40 and 42)
_EN_DISCHARGED = frozenset({"discharged"})
_EN_LEAVING = frozenset({"leave", "leaves", "left", "leaving", "released", "out"})  # "... hospital" after it
# "Last two wounded in bus station bombing go home" (English pass 43): a going home of the hurt, as leaving hospital
_EN_GOING_HOME = frozenset({"go", "goes", "went", "sent", "return", "returns", "returned", "back"})
_EN_HOME_FROM_CARE = frozenset({"treatment", "recovery", "surgery", "care"})  # "returns home after treatment" (pass 46)
_EN_DISCHARGED_HURT = _EN_VISITED | {"hurt"}  # the visited hurt, and "hurt" ("Boy hurt in Zawiya shooting discharged")


def _english_discharged(words: list[str], trigger_matches: Callable[[], list[PhraseMatch[Trigger]]]) -> bool:
    """A headline whose hurt leave hospital (``_EN_DISCHARGED`` or a leaving word before "hospital", "from hospital",
    "of hospital"), the hurt named before it, no number before it and no harm trigger after it."""
    lowered = [w.lower() for w in words]
    at = next((k for k, w in enumerate(lowered) if w in _EN_DISCHARGED or (w in _EN_LEAVING and "hospital" in (
        lowered[k + 1 : k + 3])) or (w in _EN_GOING_HOME and lowered[k + 1 : k + 2] == ["home"])), None)
    # "Last three wounded ... leave hospital": a number after "last" counts who leave, not a harm (English pass 43)
    return at is not None and not _EN_DISCHARGED_HURT.isdisjoint(lowered[:at]) and all(
        parse_number(words, k) is None or (k > 0 and lowered[k - 1] == "last") for k in range(at)) and all(
        m.last < at for m in trigger_matches())


# «خروج آخر جرحى حادثة إطلاق النار في العجيلات من المستشفى», «خروج الحارس المصاب في هجوم المصرف من المستشفى»: the
# Arabic headline whose hurt leave hospital (labelling guide, fourteenth session: a discharge with no new harm told is no
# incident and has no counts; Arabic passes 92 and 94, the twin of ``_english_discharged``): a leaving word, the hurt
# named within the next words, then a hospital word; not with a number before the leaving word («إصابة خمسة في تفجير
# وخروج اثنين من المستشفى»: the count tells the harm itself), nor a harm trigger before it or after the hospital word
# («... من المستشفى إثر قصف جديد»: a new harm); the harm between the hurt and the hospital is their cause
_AR_LEAVING = frozenset({"خروج", "مغادره", "غادر", "غادرت", "غادروا", "يغادر", "تغادر", "يغادرون", "يغادران", "تغادران"})
_AR_DISCHARGED_HURT = _AR_VISITED | {"المصاب", "مصاب", "المصابه", "المصابون", "المصابان", "المصابتين", "جريح",
                                     "الجريح", "الجريحه", "جريحي", "الجريحين", "الناجيه", "الناجي"}
_AR_HOSPITAL_STEMS = ("مستشفي", "مصحه")
_AR_DISCHARGE_REACH = 9  # the leaving word, the hurt and what hurt them, up to eight words, then the hospital
_AR_SPEAKER_HURT_REACH = 3  # «مغادرة أربعة جرحى», «مغادرة جميع الجرحى»: a number or «all» between


def _arabic_discharged(words: list[str], trigger_matches: Callable[[], list[PhraseMatch[Trigger]]]) -> bool:
    """An Arabic headline whose hurt leave hospital: a leaving word (``_AR_LEAVING``, also after «و»), the hurt
    (``_AR_DISCHARGED_HURT``) and a hospital word within ``_AR_DISCHARGE_REACH`` after it, no number before it and
    every harm trigger between it and the hospital word."""
    at = next((k for k, w in enumerate(words) if w.removeprefix("و") in _AR_LEAVING), None)
    if at is None:
        return False
    hospital = next((k for k in range(at + 1, min(len(words), at + 1 + _AR_DISCHARGE_REACH))
                     if any(stem in words[k] for stem in _AR_HOSPITAL_STEMS)), None)
    if hospital is None and any(stem in w for w in words[:at] for stem in _AR_HOSPITAL_STEMS) and (
            not _AR_DISCHARGED_HURT.isdisjoint(words[at + 1 : at + 1 + _AR_SPEAKER_HURT_REACH])):
        # «مستشفى الزاوية التعليمي: مغادرة أربعة جرحى بعد تماثلهم للشفاء»: the hospital speaks before the leaving
        # word, the hurt right after it (Arabic pass 136); harm triggers only after the leaving word (their cause)
        return all(parse_number(words, k) is None for k in range(at)) and all(m.first > at for m in trigger_matches())
    return hospital is not None and not _AR_DISCHARGED_HURT.isdisjoint(words[at + 1 : hospital]) and all(
        parse_number(words, k) is None for k in range(at)) and all(
        at < m.first <= hospital for m in trigger_matches())


# Arabic pass 128 (tune128): «خرجوا من المستشفى», «طلعوا من المستشفى»: a post's headline that is only the hurt leaving
# hospital (a leaving verb, «من», a hospital word), with no number and no harm trigger: the discharge told in the
# dialect (the guide, fourteenth session: a discharge with no new harm told is no incident)
_AR_LEFT = frozenset({"خرجوا", "خرج", "خرجت", "طلعوا", "طلع", "طلعت", "خرجو", "طلعو"})


def _arabic_left_hospital(words: list[str], trigger_matches: Callable[[], list[PhraseMatch[Trigger]]]) -> bool:
    """A headline opening (past «الحمد لله» or a hashtag word) on a leaving verb of ``_AR_LEFT``, «من» and a hospital
    word next, with no number and no harm trigger in it."""
    at = next((k for k, w in enumerate(words[:3]) if w.removeprefix("و") in _AR_LEFT), None)
    return at is not None and words[at + 1 : at + 2] == ["من"] and at + 2 < len(words) and any(
        stem in words[at + 2] for stem in _AR_HOSPITAL_STEMS) and all(
        parse_number(words, k) is None for k in range(len(words))) and not trigger_matches()


# «مستشفى الخمس يعلن تعافي مصابي الهجوم على الحافلة»: the hurt recovering, told by a hospital named in the headline, is
# the discharge's news told another way (the guide, fourteenth session; Arabic pass 112): a recovery word, the hurt right
# after it, a hospital word anywhere in the headline, no number before it and every harm trigger after it (their cause)
_AR_RECOVERING = frozenset({"تعافي", "وتعافي", "تماثل", "وتماثل"})
_AR_RECOVERED_REACH = 3  # «تعافي جميع مصابي», «تعافي مصابي»


# «تماثل جرحى حادث الأمس للشفاء»: «للشفاء» after the recovery word is the idiom's own object (recovering to health),
# which tells the recovery with no hospital named (Arabic pass 118)
_AR_TO_HEALTH = frozenset({"للشفاء"})


def _arabic_recovered(words: list[str], trigger_matches: Callable[[], list[PhraseMatch[Trigger]]]) -> bool:
    """An Arabic headline whose hurt recover (``_AR_RECOVERING`` then the hurt within ``_AR_RECOVERED_REACH``), a
    hospital named in it or «للشفاء» after the recovery word, no number before the recovery word and no harm trigger
    before it."""
    at = next((k for k, w in enumerate(words) if w in _AR_RECOVERING), None)
    return at is not None and not _AR_DISCHARGED_HURT.isdisjoint(words[at + 1 : at + 1 + _AR_RECOVERED_REACH]) and (any(
        stem in w for w in words for stem in _AR_HOSPITAL_STEMS) or not _AR_TO_HEALTH.isdisjoint(words[at + 1 :])) and all(
        parse_number(words, k) is None for k in range(at)) and all(m.first > at for m in trigger_matches())


# the harms a headline names after "N years after" that its trigger lexicon does not list on their own
_EN_REMEMBERED = frozenset({"graves", "grave", "massacre", "massacres", "killings", "bodies"})


def _years_after_harm(words: list[str], trigger_matches: Callable[[], list[PhraseMatch[Trigger]]]) -> bool:
    """"Tarhuna families demand justice six years after mass graves found", "A year after the massacre, survivors
    wait": an English headline that names its harm only as what "N years after" counts from tells an anniversary
    (labelling guide: anniversaries are no incident); a harm before it ("Two shepherds shot dead four years after
    brother's abduction") is the headline's own news."""
    at = next((k for k in range(2, len(words) - 1) if words[k] == "after" and words[k - 1] in EN_YEAR_WORDS and (
        words[k - 2] in ("a", "one") or parse_number(words, k - 2) is not None)), None)
    if at is None:
        return False
    matches = trigger_matches()
    named = bool(matches) or not _EN_REMEMBERED.isdisjoint(words[at + 1 :])  # "mass graves found": no headline trigger
    return named and all(m.first > at for m in matches)


# English pass 64 (tune135en): "Janzour commemorates victims of 2022 clashes", "Town mourns the dead of last year's
# shelling": a headline whose verb commemorates the victims or the dead (no harm told before it) looks back at a past
# event (labelling guide: anniversaries are no incident and give no counts); not "Gunmen fire on crowd commemorating
# revolution" (no victims after the verb) nor "Two killed as town commemorates victims" (a harm before it)
_EN_COMMEMORATES = frozenset({"commemorates", "commemorate", "commemorated", "commemorating", "honours", "honors",
                              "mourns", "remembers"})
_EN_COMMEMORATED = frozenset({"victims", "dead", "martyrs", "those"})
_EN_COMMEMORATED_REACH = 3  # "commemorates the 16 victims": the victims within three words of the verb


def _commemorates_victims(words: list[str], trigger_matches: Callable[[], list[PhraseMatch[Trigger]]]) -> bool:
    """The headline commemorates victims or the dead (see above): its own verb before any harm word."""
    at = next((k for k, w in enumerate(words) if w in _EN_COMMEMORATES and not _EN_COMMEMORATED.isdisjoint(
        words[k + 1 : k + 1 + _EN_COMMEMORATED_REACH])), None)
    return at is not None and all(m.first > at for m in trigger_matches())


_EN_YEARS_ON_COUNTS = frozenset({"a", "one", "half"})  # "a year on", "two and a half years on"


def _years_on(words: list[str]) -> bool:
    """"Three years on, Derna residents still waiting for homes", "Derna remembers flood victims, two and a half years
    on": a headline that opens or closes on "N years on" looks back at an event from its anniversary (labelling guide:
    anniversaries are no incident; their tolls are no counts of a news event)."""
    for k in (1, len(words) - 2):
        if 0 < k < len(words) - 1 and words[k] in EN_YEAR_WORDS and words[k + 1] == "on" and (
                words[k - 1] in _EN_YEARS_ON_COUNTS or parse_number(words, k - 1) is not None):
            return k + 2 == len(words) or k == 1
    return False


def _deliberate_or_shot(words: list[str]) -> bool:
    """An accident headline's harm told as done on purpose («يدهس عون حرس عمدا») or as a shooting («برصاص»)."""
    present = frozenset(words)
    return deliberate_harm(words, present) or shot_by_someone(words, present)


# Arabic pass 143 (tune143): «ضبط عصابة خطف في ترهونة متورطة في قضايا سابقة», «تفكيك شبكة سطو مسلح»: a gang
# arrested and named by its crime (the gang noun right after the arrest cue, the crime's noun right after the gang)
# is a proceeding for earlier acts (the guide: the arrest of a suspect for an earlier killing is no incident); it frames
# the body's account of those acts («اعترفوا بتنفيذ أربع عمليات خطف») as a warrant does. Not where the headline tells a
# harm of its own beside the gang's name («ضبط عصابة خطف وتحرير طفل مخطوف»)
_AR_GANGS = frozenset({"عصابه", "عصابات", "شبكه", "خليه"})
_GANG_ARREST_REACH = 2  # «القبض على عصابة»: the arrest cue's last word, then the gang noun


def _gang_arrested(words: list[str], contexts: list[PhraseMatch[str]],
                   trigger_matches: Callable[[], list[PhraseMatch[Trigger]]]) -> bool:
    """An arrest cue, a gang noun (``_AR_GANGS``) within ``_GANG_ARREST_REACH`` after it, and every trigger of the
    headline the gang's crime right after the gang noun (or the arrest cue itself: «القبض» is a detention word)."""
    if _AR_GANGS.isdisjoint(words):
        return False  # most headlines
    arrests = [m for m in contexts if "arrest" in m.payloads]
    gangs = [k + 1 for k, w in enumerate(words) if w in _AR_GANGS and any(
        0 < k - a.last <= _GANG_ARREST_REACH for a in arrests)]
    matches = trigger_matches() if gangs else []
    return any(m.first in gangs for m in matches) and all(
        m.first in gangs or any(a.first <= m.first <= a.last for a in arrests) for m in matches)


def headline_frame(tokens: list[Token], lead: bool = False) -> frozenset[str]:
    """The accident, disease, ruling or commemoration cues of a headline («تسمم جماعي في حفل زفاف», «حادث مرور
    على الطريق الساحلي», «محكمة ... تصدر أحكاما في قضية مقتل ...», «تحيي الذكرى العاشرة»): the body's later
    casualty words («حالة جميع المصابين مستقرة», «من بين الضحايا طفلتان», «ترحما على أرواح الشهداء») are about
    the same accident, the judged or the commemorated past act, even where their own sentence names no cause."""
    frame = set()
    words = list(map(TOKEN_TEXT, tokens))  # (read at C level; the rules below read this list, not a copy each: speed pass 17)
    denials = []
    triggers: list[PhraseMatch[Trigger]] | None = None

    def trigger_matches() -> list[PhraseMatch[Trigger]]:
        """The headline's trigger matches: found once, and only if a rule below asks."""
        nonlocal triggers
        if triggers is None:
            triggers = list(load_lexicons().triggers.find(tokens))
        return triggers

    contexts = list(load_lexicons().context.find(tokens))
    # "ICC hears case against commander accused of Tarhuna killings": the harm word right after a charge cue is the
    # charge's, no harm the headline tells of its own (English pass 22)
    charged = [m.last for m in contexts if "charge" in m.payloads]
    # "Rights groups call for inquiry into Zawiya killings of 2024": the harm named as what an inquiry looks into is
    # the inquiry's object, no harm the headline tells of its own (English pass 35), as a charge's
    inquired = [m.last for m in contexts if "proceedings" in m.payloads and m.last > m.first
                and words[m.last] == "into" and words[m.first] in _EN_INQUIRY_HEADS]

    def own_harm(m: PhraseMatch[Trigger]) -> bool:
        reach = _EN_CHARGED_HARM_REACH if words[m.first].isascii() else _CHARGED_HARM_REACH
        return not any(0 < m.first - c <= reach for c in charged) and not any(
            0 < m.first - c <= _INQUIRED_HARM_REACH for c in inquired)

    for match in contexts:
        if english_cue_misread(words, match) or misread_cue(words, match):
            continue  # "guards open fire at ...": gunfire, no accident headline; «انقطاع التيار»: a power cut
        if "denial" in match.payloads and denies_the_event(words, match.first):
            denials.append(match.first)
        frame.update(rule for rule in match.payloads if rule in FRAMES
                     and (rule != "release" or release_happened(words, match.first))
                     # «يدهس عون حرس عمدا»: run over on purpose; «برصاص»: shot (pass 71)
                     and (rule != "accident" or not (_deliberate_or_shot(words)
                                                     or errand_accident(words, [match.first]))))
        if "general" in match.payloads and any(_COMMEMORATION.intersection(clitic_variants(t.text))  # not «الذكريات»
                                               for t in tokens[match.first : match.last + 1]):
            frame.add("commemoration")
        if "general" in match.payloads and words[match.first] in ("years", "year") and words[match.last] == "since" and (
                match.first > 0 and parse_number(words, match.first - 1) is not None):
            frame.add("commemoration")  # "Residents mark three years since night of shelling" (English pass 21)
        if "general" in match.payloads and _RECORD_HEADS.intersection(words[match.first : match.last + 1]):
            frame.add("record")
        if "proceedings" in match.payloads and _WARRANT_HEADS.intersection(
                words[match.first : match.last + 1]) and not any(
                t.strength > DETENTION_WEAK for m in trigger_matches() if own_harm(m) for t in m.payloads
                if not english_arrested_over(words, m)):
            frame.add("warrant")  # not "Two civilians killed as ICC prosecutor visits": the headline's own event
        if "proceedings" in match.payloads and words[match.first] in _EN_TRIAL_HEADS and trigger_matches() and not any(
                own_harm(m) for m in trigger_matches()):
            frame.add("warrant")  # "Court opens trial over 2024 killing of activist" (English pass 32)
        if "proceedings" in match.payloads and match.last > match.first and words[match.last] == "into" and (
                words[match.first] in _EN_INQUIRY_HEADS) and not any(
                t.strength > DETENTION_WEAK for m in trigger_matches() if own_harm(m) for t in m.payloads):
            frame.add("warrant")  # "Prosecutor opens inquiry into coast guard response": the past event looked into
        if "proceedings" in match.payloads and _EN_EXTRADITION_HEADS.intersection(
                words[match.first : match.last + 1]) and EN_DISSIDENTS.isdisjoint(words):
            frame.add("warrant")
    if not lead and words and words[0].isascii() and not _EN_SUSPECTS.isdisjoint(words) and _suspect_arrested_over(
            words, trigger_matches):
        frame.add("warrant")  # "Suspect arrested over killing of Derna pharmacist" (English pass 49)
    if not lead and words and words[0].isascii() and not _EN_SENTENCES.isdisjoint(words) and _sentenced_over(
            words, trigger_matches):
        frame.add("sentenced")  # "Misrata court jails three over 2024 kidnapping" (English pass 52)
    if not lead and words and words[0].isascii() and not _EN_CHARGES.isdisjoint(words) and _sentenced_over(
            words, trigger_matches, _EN_CHARGES):
        frame.add("sentenced")  # "Germany charges Libyan man over torture in Zawiya prison" (English pass 58)
    if not lead and words and words[0].isascii() and "enters" in words and _war_enters_year(words, trigger_matches):
        frame.add("war_years")  # "Sudan's war enters fourth year with 150,000 dead" (English pass 52)
    if not lead and _gang_arrested(words, contexts, trigger_matches):
        frame.add("gang")  # «ضبط عصابة خطف متورطة في قضايا سابقة»: the gang's past acts (Arabic pass 143)
    if not lead and inquiry_reopened(words):
        frame.add("warrant")  # «النائب العام يأمر بإعادة فتح التحقيق في اغتيال صحفي»: the closed case (Arabic pass 143)
    if last_century_year(words):  # (the tokens' texts: ``words``, no helper changes the list)
        frame.add("commemoration")  # «مجازر 8 ماي 1945»: the story tells history
    if not lead and "on" in words and _years_on(words):
        frame.add("commemoration")  # "Derna remembers flood victims, two and a half years on" (English pass 28)
    if not lead and not _EN_TRENDS.isdisjoint(words) and _trend_over_year(words):
        frame.add("trend")  # "Libyan migrants' deaths at sea fell in 2025, IOM says" (English pass 32)
    if words and words[0].isascii() and english_fishers_drowned(words):
        frame.add("accident")  # "Fishing boat sinks off Misrata, three fishermen drowned": its bodies recovered (pass 35)
    if not lead and words and words[0].isascii() and not _EN_WOUND_TALLIES.isdisjoint(words) and _wounds_over_year(words):
        frame.add("tally")  # "Hospital records 400 gunshot wounds in a year" (English pass 52)
    if not lead and (("saw" in words and year_saw_change(words)) or _cases_over_year(words)):
        frame.add("trend")  # "2025 saw fewer casualties", "Council counts 300 cases of detention last year" (pass 35)
    if not lead and words and words[0] in _EN_COMMENTARY_HEADS:
        frame.add("trend")  # "Analysis: Why the detention system survives" (commentary, no event: English pass 48)
    if not lead and "council" in words and not _EN_BRIEFINGS.isdisjoint(words):
        frame.add("trend")  # "UN envoy briefs Security Council on Libya": a period summed up, its own days kept (pass 35)
    if not lead and words and words[0].isascii() and _tally_to_date(words):
        frame.add("trend")  # "IOM: 17,000 migrants returned to Libya so far this year" (English pass 38)
    if not lead and words and words[0].isascii() and not _EN_VISITS.isdisjoint(words) and _visit_to_hurt(
            words, trigger_matches):
        frame.add("visit")  # "PM visits blast survivors in Turkish hospital" (English pass 38)
    # (or "Wounded cameraman returns home after treatment abroad": going home from care, English pass 46)
    if not lead and words and words[0].isascii() and ("hospital" in words or "discharged" in words or (
            "home" in words and not _EN_HOME_FROM_CARE.isdisjoint(words))) and _english_discharged(words, trigger_matches):
        frame.add("discharge")  # "Last of Gharyan blast wounded leave hospital" (English passes 40 and 42)
    if not lead and words and not words[0].isascii() and not _AR_LEAVING.isdisjoint(
            w.removeprefix("و") for w in words) and _arabic_discharged(words, trigger_matches):
        frame.add("discharge")  # «خروج آخر جرحى حادثة إطلاق النار من المستشفى» (Arabic passes 92 and 94)
    if not lead and words and not words[0].isascii() and _arabic_left_hospital(words, trigger_matches):
        frame.add("discharge")  # «خرجوا من المستشفى» (Arabic pass 128)
    if not lead and words and not words[0].isascii() and not _AR_RECOVERING.isdisjoint(words) and _arabic_recovered(
            words, trigger_matches):
        frame.add("discharge")  # «مستشفى الخمس يعلن تعافي مصابي الهجوم» (Arabic pass 112)
    if not lead and words and not words[0].isascii() and ((not _AR_HEADLINE_VISITS.isdisjoint(words) and _visit_to_hurt(
            words, trigger_matches, _AR_HEADLINE_VISITS, _AR_VISITED)) or (not _AR_CHECKS_ON.isdisjoint(words) and (
                _visit_to_hurt(words, trigger_matches, _AR_CHECKS_ON, _AR_VISITED | _AR_VISITED_BY_VERB)))):
        frame.add("visit")  # «رئيس الحكومة يزور جرحى اشتباكات الأسبوع الماضي» (Arabic pass 84)
    if not lead and "after" in words and _years_after_harm(words, trigger_matches):
        frame.add("commemoration")  # "Families demand justice six years after mass graves found" (English pass 28)
    if not lead and not _EN_COMMEMORATES.isdisjoint(words) and _commemorates_victims(words, trigger_matches):
        frame.add("commemoration")  # "Janzour commemorates victims of 2022 clashes" (English pass 64)
    if denials and (any(m.first > min(denials) for m in trigger_matches()) or any(
            w in _EN_DENIED_ACTS for d in denials for w in words[d + 1 : d + 1 + _EN_DENIED_ACT_REACH])):
        frame.add("denial")  # the headline denies a harm of its own: the story is the denial
    return frozenset(frame)


# "Suspect arrested over killing of Sabha teacher", "Police detain two suspects for abduction of doctor": the suspects'
# arrest over a harm the headline names only as their charge frames the body's account of that harm ("The killing
# prompted a week of protests"), as a warrant does (English pass 49; the guide: the arrest of a suspect for an earlier
# killing is a proceeding); only with a suspect word and no harm of the headline's own above a weak detention
_EN_SUSPECTS = frozenset({"suspect", "suspects", "suspected"})


def _suspect_arrested_over(words: list[str], trigger_matches) -> bool:
    """The headline's harms are all either an arrest or an act the arrest is "over / for"; at least one is such."""
    matches = trigger_matches()
    charged = [m for m in matches if english_arrested_over(words, m)]
    return bool(charged) and not any(t.strength > DETENTION_WEAK for m in matches if m not in charged for t in m.payloads)


# "Misrata court jails three over 2024 kidnapping", "Judges sentence two men for killing of shop owner": a court's
# sentence for an act the headline names as what it is "over / for" frames the body's account of that act ("The
# workers were freed after a ransom was paid"), as a trial does (the guide: trials of past events are no incidents;
# English pass 52); not "Court jails journalist over posts" (no harm after "over": the jailing is the news), nor a
# headline with a harm of its own above a weak detention
_EN_SENTENCES = frozenset({"jails", "jailed", "jail", "sentences", "sentenced", "sentence", "convicts", "convicted"})
# English pass 58 (tune121en): "Germany charges Libyan man over torture in Zawiya prison", "Prosecutors indict two over
# 2023 killing": a charge brought for an act the headline names as what it is "over / for" is a proceeding, as a
# sentence is (the guide: a charge, a trial or the arrest of a suspect for an earlier act is no incident)
_EN_CHARGES = frozenset({"charges", "charged", "charge", "indicts", "indicted", "indict"})


def _sentenced_over(words: list[str], trigger_matches, heads: frozenset[str] = _EN_SENTENCES) -> bool:
    """The headline's harms, past the sentencing (or charging: ``heads``) word itself, are all acts a sentence is
    "over / for"."""
    matches = [m for m in trigger_matches() if words[m.first] not in heads]
    charged = [m for m in matches if english_arrested_over(words, m, heads) or english_suspect_held_for(words, m, heads)]
    return bool(charged) and not any(t.strength > DETENTION_WEAK for m in matches if m not in charged for t in m.payloads)


# "Sudan's war enters fourth year with 150,000 dead", "Yemen's war enters its eleventh year": a war's anniversary and
# its total toll, a statistic (the guide: anniversaries and statistics are no incidents; English pass 52); only where
# no harm of the headline's own comes before "enters" ("Drone strike kills nine as Sudan's war enters third year")
_EN_WARS = frozenset({"war", "conflict", "siege", "fighting", "blockade", "offensive"})


def _war_enters_year(words: list[str], trigger_matches) -> bool:
    k = words.index("enters")
    if k == 0 or words[k - 1] not in _EN_WARS or not any(w in ("year", "years") for w in words[k + 1 : k + 5]):
        return False
    return not any(m.first < k for m in trigger_matches())


LEAD_FRAMES = frozenset({"accident", "commemoration"})  # what a lead sentence tells of the whole story
_ATTACKS = (PROPERTY, "abduction", "torture", "sexual_violence")  # a lead with these tells an attack, not an accident


# «أعلن الجهاز الطبي لنادي الأهلي أن المهاجم ... تعرض لإصابة ... خلال مباراة الفريق»: a lead that tells a player's
# injury in a match frames the headline's and the body's injury words (a sport injury is no casualty: the settled
# answers); a player assaulted (perpetrators named in the sentence) is still hurt (Arabic counts pass 11)
_PLAYERS = frozenset(normalize(w) for w in (
    "اللاعب", "لاعب", "المهاجم", "المدافع", "الحارس", "لاعبه", "لاعبها", "لاعبي", "لاعبو", "player",
    # the plural and the accusative («بغياب لاعبين اثنين بسبب الإصابة», «يفقد لاعبا للإصابة»: Arabic pass 137)
    "لاعبين", "اللاعبين", "لاعبا",
    # a goalkeeper told by his goal («حارس مرماه»: Arabic pass tune47; «حارس» alone is also a guard)
    "مرماه", "مرماها", "المرمى",
    # English positions and the squad (English pass 47: "Al-Ahly striker ... after injuring his knee in Friday's league
    # match"; not "forward", a common word)
    "players", "striker", "strikers", "goalkeeper", "defender", "midfielder", "winger", "footballer",
    # the plurals of the positions (English pass 52: "will be without three injured defenders for the qualifier")
    "goalkeepers", "defenders", "midfielders", "wingers", "footballers"))
_MATCHES = frozenset(normalize(w) for w in (
    "مباراة", "المباراة", "مباريات", "المباريات", "التدريبات", "الملاعب", "الدوري", "match", "training",
    "league", "fixture",
    # a qualifying match and a tournament (English pass 52)
    "qualifier", "qualifiers", "tournament"))


_ASSAULTED = ("اعتدا", "اعتدي", "اعتدو", "يعتد", "طعن", "رصاص", "assault", "attack", "beat")  # not «ضربة جزاء»


def _players_injury(lead: list[Token]) -> bool:
    words = {t.text for t in lead}
    return (not _PLAYERS.isdisjoint(words) and not _MATCHES.isdisjoint(words)
            and not any(stem in w for w in words for stem in _ASSAULTED))


def _natural_death(lead: list[Token]) -> bool:
    """A lead that tells a death of illness in the wording of a death notice («توفي أمس عن عمر ناهز 81 عاما بعد صراع
    مع المرض»): a mourning cue beside the disease cue, and no perpetrator, fighter or attack word (Arabic pass 124:
    the headline «تشييع جثمان الشاعر» is that man's funeral, no killing)."""
    cues = load_lexicons().context.find(lead)
    if not any("mourning" in m.payloads for m in cues) or any({"perpetrators", "combatants"} & set(m.payloads)
                                                              for m in cues):
        return False
    return not any(t.type in _ATTACKS or t.strength >= STRONG for m in load_lexicons().triggers.find(lead)
                   for t in m.payloads)


# "The three were taken to a military hospital", "Twelve people were taken to Ubari hospital with heat exhaustion":
# people taken to care are no abduction (the sentence rules, English pass 21; a lead's accident stands, English pass 60)
_EN_CARE_PLACES = frozenset({"hospital", "hospitals", "clinic", "infirmary", "medical", "morgue"})
_EN_CARE_PLACE_REACH = 6  # "were taken to Charles Nicolle Hospital", "took him to a field hospital"


def english_taken_to_care(words: list[str], last: int) -> bool:
    """"were taken to a military hospital", "took her to a clinic": the taking words (ending at ``last``, "to" in them
    or right after) lead to a place of care within six words."""
    start = last + 1 if words[last] == "to" else last + 2
    if words[last] != "to" and words[last + 1 : last + 2] != ["to"]:
        return False
    return not _EN_CARE_PLACES.isdisjoint(words[start : start + _EN_CARE_PLACE_REACH])


def lead_frame(lead: list[Token]) -> frozenset[str]:
    """The lead's accident or history («ارتفع عدد وفيات حادث مرور إلى 7», «الذكرى الـ76 لمجازر 8 ماي 1945»): the
    headline and the later body sentences («العثور على جثة شخص مفقود», «وكان الحادث قد خلف 6 قتلى», «ممن استشهدوا في
    هذا التاريخ») tell the same accident or the same past. Not the lead's ruling or release: a story may go on to a
    new act; nor an accident in a lead that names perpetrators, fighters, clashes or an attack («أقدم مجهولون على إضرام
    النار ... إخماد الحريق» is arson; «أصيب سبعة محتجين خلال مواجهات ... احتجاجا على وفاة شاب في حادث مرور»: the
    accident is the protest's cause; «أسفرت الغارات عن اندلاع حريق»: the strike is the story)."""
    told = headline_frame(lead, lead=True)
    frame = told & LEAD_FRAMES  # a lead's "two years after the flood" opens a new story
    if _players_injury(lead):
        frame |= {"sport"}
    if "disease" in told and _natural_death(lead):
        frame |= {"disease"}  # «توفي أمس عن عمر ناهز 81 عاما بعد صراع مع المرض»: the headline's funeral (pass 124)
    if "accident" not in frame:
        return frame  # only an accident can be undone by violence in the lead (the scans below are costly)
    lex = load_lexicons()
    lead_words = [t.text for t in lead]
    # «نقل إلى مستشفى معيتيقة العسكري»: a cue misread (the military hospital) makes no lead violent (Arabic pass 137)
    cues = [m for m in lex.context.find(lead) if not misread_cue(lead_words, m)]
    accident = [m for m in cues if "accident" in m.payloads]
    # nor a lead whose dead are migrants at sea or in the desert («انتشلت وحدات الحماية المدنية جثث 14 مهاجرا»): the
    # responders named are no accident, migrants lost at sea are incidents
    lost_migrants = any("sea" in m.payloads for m in cues) and any("migrants" in m.payloads for m in lex.victims.find(lead))
    violent = lost_migrants or body_bears_marks([t.text for t in lead]) or (any({"perpetrators", "combatants"} & set(m.payloads) for m in cues)
               or any(word_forms(t.text) & CLASHES for t in lead)
               or any(t.type in _ATTACKS and not any(a.first <= m.last + 1 and m.first <= a.last + 1 for a in accident)
                      and not (t.type == "abduction" and english_taken_to_care([t.text for t in lead], m.last))
                      for m in lex.triggers.find(lead) for t in m.payloads))  # not «أضرم النار في جسده»
    return frame - {"accident"} if violent else frame


_RECALL_OPENERS = {"وكان", "وكانت", "وكانوا"}
_RECALL_REACH = 4  # «وكان الهجوم الإرهابي قد أسفر»: the opener, a subject of up to three words, then «قد»


def _ruling_story(opening: list[SentenceResult]) -> bool:
    """The headline or the lead (``opening``: their results) tells a ruling or a court's step («قضت الدائرة الجنائية
    ... تأجيل النظر»)."""
    return any("court" in r.context for r in opening)


def recalls_judged_act(words: list[str], opening: list[SentenceResult]) -> bool:
    """A pluperfect recall («وكان الهجوم قد أسفر عن مقتل 22 شخصا») in a ruling story: the act the court judges, told
    as background, not a new one (elsewhere the same form may tell today's event's details)."""
    return bool(words) and words[0] in _RECALL_OPENERS and "قد" in words[1 : 1 + _RECALL_REACH] and _ruling_story(opening)


def weak_word_for_judged_act(candidate: Candidate, result: SentenceResult, opening: list[SentenceResult]) -> bool:
    """A weak casualty word in a ruling story's body, with no perpetrator in its sentence («عائلات الضحايا ... دفن عدد
    من الجثث» after «قضت الدائرة الجنائية ... في قضية غرق مركب»): the judged act's victims, no new harm (a strong
    word or named attackers may still tell a new act, as the lead's ruling is no frame of its own)."""
    return (candidate.confidence < STRONG and candidate.type in TRIED_TYPES and "perpetrators" not in result.context
            and _ruling_story(opening))


# «وأضاف البيان أن المصابين نقلا إلى مستشفى سبها»: the definite casualty nouns that point back to victims already told
_THE_CASUALTIES = {"المصابين", "المصابون", "المصابان", "الجرحي", "الجريحين", "الجريحان", "القتلي", "الضحايا"}


def points_back_to_fighters(candidate: Candidate, result: SentenceResult, earlier: list[str | None]) -> bool:
    """A casualty told only by a definite noun that points back («المصابين», «الجرحى») in a sentence naming no victim,
    after sentences whose victims were all fighters (``earlier``: their victim statuses; «مقتل ثلاثة من عناصرها
    وإصابة اثنين آخرين»): the same fighters, no civilian harm."""
    told = [s for s in earlier if s is not None]
    return (candidate.type in CASUALTY_TYPES and candidate.trigger.removeprefix("و") in _THE_CASUALTIES
            and result.victim_status in (None, "unknown") and bool(told) and all(s == "combatant" for s in told))


_COUNTER_CLAIM = frozenset({"لكن", "ولكن", "غير", "بينما", "فيما"})  # «لكن شقيقه أكد أنه قتل»: a claim against the denial




def _english_fired_on(words: list[str]) -> bool:
    """"security men fired into the crowd", "opened fire on the sit-in": shots fired at people are an act with a
    shooter, a new event told within a disaster's story (English pass 20), not the disaster's own dead."""
    if "fire" not in words and "fired" not in words:
        return False  # a cheap test first
    return any((w == "fired" and (words[k + 1] in EN_FIRED_AT or words[k + 1] in _EN_SHOTS_FIRED)) or (
        w == "opened" and words[k + 1] == "fire") for k, w in enumerate(words[:-1]))


# "guards fired shots in the air to break up a protest and detainees were crushed": shots fired, also over people's
# heads, have a shooter too, whatever crush or stampede follows (English pass 40)
_EN_SHOTS_FIRED = frozenset({"shots", "warning", "live", "rounds", "bullets", "gunshots", "tear", "teargas"})


# «الغاز المسيل للدموع», «قنابل مسيلة للدموع», the Maghreb «الغاز المدمع» (not «المسيلة» alone: M'Sila, an Algerian town)
_TEAR_GAS_TEARS = frozenset({"للدموع", "المدمع", "المدمعه"})  # the tears half (cues read «المسيل»)


def framed_out(candidate: Candidate, frame: frozenset[str], result: SentenceResult, words: list[str] = ()) -> bool:
    """A body sentence's casualty candidate under an accident/disease/ruling headline, with no perpetrator named
    in its sentence («أطلق مسلحون النار» would be a crime within the story, not the accident); under a denial
    headline, any harm not confirmed in its sentence."""
    if not frame:
        return False
    named = "perpetrators" in result.context or _english_fired_on(words)
    confirmed = "confirmation" in result.context or not _COUNTER_CLAIM.isdisjoint(words[:2])
    return any(candidate.type in FRAMED_TYPES[rule] for rule in frame
               if (not confirmed if rule in _CLAIMED_FRAMES else (not named or rule == "gang" or (
                   rule == "visit" and _recalled(words))))
               and not (rule in ("trend", "tally") and _english_own_day(words))
               # «وفاة حارس دهسا» then «دهسه سائق عمدا»: the body tells the run-over done on purpose (Arabic pass 74)
               and not (rule == "accident" and deliberate_harm(words, frozenset(words)))
               # «إسعاف 12 طالبا من الاختناق بالغاز» then «اختناقهم بالغاز المسيل للدموع الذي أطلقته عناصر أمنية»: tear
               # gas is fired by someone, never a leak (Arabic pass 78)
               and not (rule == "accident" and not _TEAR_GAS_TEARS.isdisjoint(words)))


# «وكانت الاشتباكات قد خلفت قتلى وجرحى بين مسلحين ومدنيين»: under a visit headline, a sentence opening in the
# pluperfect recalls the earlier event, its gunmen too (Arabic pass 84; the openers are counts_scope.PLUPERFECT)
def _recalled(words: list[str]) -> bool:
    return bool(words) and words[0] in PLUPERFECT and "قد" in words[1:6]


def _english_own_day(words: list[str]) -> bool:
    """A day of the week named as an event's ("A shell hit a house on Sunday, killing a woman"), not as the day a
    figure was told ("the agency said on Thursday"): a year's trend headline frames no act of a day of its own
    (English pass 32)."""
    return not EN_EVENT_DAYS.isdisjoint(words) and any(
        w in EN_EVENT_DAYS and not english_report_day(words, k)
        and not (k > 1 and words[k - 1] == "on" and words[k - 2] in EN_REPORTING)  # "IOM said on Thursday, as ..."
        for k, w in enumerate(words))


def document_context(results: list[SentenceResult]) -> tuple[str, ...]:
    """The context cues (denial, combatants, general, hypothetical ...) of a document's trigger sentences."""
    return tuple(sorted(set().union(*(r.context for r in results))))
