"""Finders that add or re-type the trigger matches the lexicon cannot list whole: a subject between the words
(«أطلق زورق مسلح النار على قارب صيد»), a whereabouts withheld, a place stormed or fired inside, people held by
captors, a death word tied to an attack.

Each runs on every sentence, so each opens with a cheap test; apart from the predicates that drop matches
(nlp/incident_scope.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from nlp.counts import parse_number
from nlp.counts_words import (
    ATTACHED_PRONOUNS,
    ELIMINATING,
    FOUND_VERBS,
    HURT_PASSIVES,
    PERSON_NOUNS,
    SMUGGLER_NOUNS,
    possessed_victim,
    singular_victim,
    strip_and,
)
from nlp.incident_finders_en import english_fishing_boat
from nlp.incident_records import COUNT_ONLY, DETENTION_WEAK, PROPERTY, STRONG, WEAK, Trigger, load_lexicons
from nlp.incident_scope import CAPTORS, FIRING, SETTING_FIRE, form_before
from nlp.lexicon import PhraseMatch, Token
from nlp.morph import word_forms

_GONE_REACH = 8  # «اختفى منذ أربعة أيام بعد توقيفه»: words from a disappearance word to the arrest
_HIT_VERBS = {"اصاب", "اصابت", "يصيب", "تصيب", "ضرب", "ضربت", "يضرب", "تضرب", "hit", "struck"}  # verbs; «إصابة» ends in ه
_BOATS = {"قارب", "قوارب", "مركب", "مراكب", "مركبي", "زورق", "سفينه", "boat", "boats", "vessel", "trawler"}
_FISHING = {"صيد", "الصيد", "صيادين", "صياد", "fishing", "fishermen"}
# «حجب 5 مواقع إلكترونية إخبارية»: what a blocking order shuts (a number may stand between)
_BLOCKING = {"حجب", "حظر", "blocked", "blocking"}
_BLOCKING_ROOTS = ("حجب", "حظر", "block")
_SITES = {"موقع", "مواقع", "صفحه", "صفحات", "website", "websites", "sites"}
_OUTLETS = {"قناه", "قنوات", "صحيفه", "صحف", "جريده", "اذاعه", "اذاعات", "تلفزيون", "وكاله", "newspaper", "broadcaster",
            "channel", "radio"}
_PARTED = {"فارق", "فارقت", "فارقا", "فارقوا", "يفارق", "تفارق"}  # «فارق شاب الحياة»: died
_TOOK = {"اودي", "اودت", "يودي", "تودي", "اودتا", "اودوا"}  # «أودى/أودت ... بحياة»
# People whose «تصفية» is a killing: captives and persons (not «تصفية حسابات», «تصفية الشركة»).
_LIQUIDATED = (PERSON_NOUNS | {"اسير", "اسري", "معتقل", "سجين", "مدني", "ناشط", "صحفي", "شاب", "مواطن", "عنصر",
                               "ارهابي", "مسلح", "مسلحين",
                               # «تصفية جريحين أسيرين»: the wounded are people (pass 49)
                               "جريح", "جرحي", "جريحين", "جريحا"}) - {"منهم"}


def _in_a_match(index: int, matches: list[PhraseMatch[Trigger]]) -> bool:
    """The word at ``index`` lies inside a lexicon match: a finder adds no second trigger on words already read."""
    return any(m.first <= index <= m.last for m in matches)


def _fate_unknown(tokens: list[Token], words: list[str]) -> list[PhraseMatch[Trigger]]:
    """«لا يزال مصير الناشط مجهولا»: fate and unknown in one sentence, however far apart."""
    if "مصير" not in " ".join(words):
        return []  # a word's forms are pieces of it (or «ال» + a piece): no «مصير» in the text, none in a form
    fate = next((i for i, w in enumerate(words) if word_forms(w) & {"مصير", "مصيره", "مصيرها", "مصيرهم"}), None)
    if fate is None or not any(word_forms(w) & {"مجهول", "مجهولا", "مجهوله"} for w in words[fate + 1 : fate + 8]):
        return []
    return [PhraseMatch(fate, fate, (Trigger("enforced_disappearance", STRONG),), words[fate])]


# «إن الاتصال انقطع بالطبيب ...», «الاتصال انقطع به منذ أيام», «انقطع الاتصال بالمحامية»: contact with a person cut
# off, in either order (the lexicon lists «انقطع الاتصال به» only with a pronoun); the «ب» word must be a person (a
# pronoun, or a person noun: not «بالإنترنت», «بالطائرة», «بالشبكة»); Arabic pass 56
_CUT_OFF = frozenset({"انقطع", "وانقطع", "انقطعت"})
_CONTACT = frozenset({"الاتصال", "والاتصال", "التواصل"})
_WITH_THEM = frozenset({"به", "بها", "بهم", "بهما"})


def _person_after_with(word: str) -> bool:
    """«به», «بالطبيب», «بالصحفية», «بابنها»: «ب» + a pronoun or a singular victim noun (with «ال» or a pronoun)."""
    if word in _WITH_THEM:
        return True
    if not word.startswith("ب") or len(word) < 4:
        return False
    rest = word[1:].removeprefix("ال")
    return singular_victim(rest) or possessed_victim(rest)


def _contact_cut(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """«انقطع الاتصال ب + person» or «الاتصال انقطع ب + person»: a disappearance told as contact lost."""
    if _CUT_OFF.isdisjoint(words):
        return []
    for k, word in enumerate(words[:-2]):
        if not ((word in _CUT_OFF and words[k + 1] in _CONTACT) or (word in _CONTACT and words[k + 1] in _CUT_OFF)):
            continue
        first, last = k, k + 1
        if _person_after_with(words[last + 1]):
            return [PhraseMatch(first, last + 1, (Trigger("enforced_disappearance", STRONG),), " ".join(words[first : last + 2]))]
    return []


_HIS_WHEREABOUTS = {"مكانه", "مكانها", "مكانهم", "مكانهما", "مصيره", "مصيرها", "مصيرهم", "مصيرهما"}
# Arabic pass 71: the feminine plural («ولا يعرف مكانهن») and the site («نقلته إلى مقر لا تعرف الأسرة موقعه»): the
# same place withheld; «موقعه» is also a website or a post, so it needs the verb of knowing («تعرف», «تجهل»), not a bare
# negation («دون أي تهمة، ونشرت على موقعها»)
_HIS_SITE = frozenset({"موقعه", "موقعها", "موقعهم", "موقعهن", "موقعهما"})
_HIS_WHEREABOUTS |= {"مكانهن", "مصيرهن"} | _HIS_SITE
_WHEREABOUTS = {"مكان", "مقر"} | _HIS_WHEREABOUTS  # «مكان احتجازه», «مقر احتجازه»: with what follows
_HELD_AT = {"احتجازه", "احتجازها", "احتجازهم", "احتجازهما", "اعتقاله", "اعتقالها", "اعتقالهم", "وجوده", "وجودها",
            "وجودهم", "ايداعه", "ايداعها"}
# What tells that nobody is told where the person is: a negation, not knowing it, or refusing to reveal it.
_NOT_TOLD = {"معرفه", "يعرف", "تعرف", "نعرف", "يعلم", "تعلم", "تجهل", "يجهل", "ترفض", "يرفض", "رفضت", "رفض"}
_NOT_TOLD_REACH = 6  # «لم تتلق أي معلومة عن مكان وجوده»


def _whereabouts_withheld(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """«ولم يعرف مكان احتجازه», «لم تبلغ عائلته بمكان احتجازه», «لم تتمكن من زيارته أو معرفة مكان احتجازه»,
    «ترفض الكشف عن مصيره»: where someone is held (or his fate), with a negation, not knowing or a refusal shortly
    before it, is withheld from his family: an enforced disappearance (the lexicon lists the set phrases; here
    the verb, its subject and the family may stand between). «مكان» alone (a place of an event) is not enough."""
    joined = " ".join(words)
    if not any(root in joined for root in ("مكان", "مقر", "مصير", "موقع")):
        return []  # a cheap test first: this runs on every sentence
    negations = load_lexicons().negation_words
    for index, word in enumerate(words):
        forms = word_forms(word)
        if not forms & _WHEREABOUTS:
            continue
        held = bool(forms & _HIS_WHEREABOUTS) or (
            index + 1 < len(words) and bool(word_forms(words[index + 1]) & _HELD_AT))
        before = words[max(0, index - _NOT_TOLD_REACH) : index]
        if held and forms & _HIS_SITE and not any(word_forms(w) & _NOT_TOLD for w in before):
            continue
        if held and any(w in negations or word_forms(w) & _NOT_TOLD for w in before):
            return [PhraseMatch(index, index, (Trigger("enforced_disappearance", STRONG),), word)]
    return []


_SMUGGLING = {"مهربون", "مهربين", "تهريب"}  # smugglers holding their passengers: trafficking abuse (tune20 rw20t-42)
_THEY_HELD_THEM = ("وهم", "وهن", "وها", "وه", "وهما")  # a plural subject's «وا» before the object pronoun


def _held_by_captors(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«احتجزتهم عصابة تهريب لأسابيع», «احتجزتهم مجموعة مسلحة», «احتجز مسلحون ثلاثة عمال»: people held by a gang,
    smugglers or gunmen are taken: an abduction (no state holds them), or trafficking abuse when smugglers hold
    them. The captors must be the verb's subject: after a verb that carries its object («احتجزتهم»), or a
    nominative plural right after it («احتجز مسلحون»); «أوقفت الشرطة عصابة», «إيقاف مهربين» arrest them."""
    out = []
    for m in matches:
        if not any(t.type == "arbitrary_detention" and t.strength < STRONG for t in m.payloads) or m.last + 1 >= len(words):
            continue
        verb, after = words[m.last], words[m.last + 1 : m.last + 3]
        carries_object = verb.endswith(ATTACHED_PRONOUNS) and not verb.startswith(("ال", "وال")) and len(verb) > 5
        group = after[:1] in (["مجموعه"], ["جماعه"]) and after[1:] == ["مسلحه"]  # «احتجزتهم مجموعة مسلحة»
        if (carries_object and (group or word_forms(after[0]) & CAPTORS)) or after[0] in ("مسلحون", "ملثمون", "مهربون"):
            kind = "trafficking" if any(word_forms(w) & _SMUGGLING for w in after) else "abduction"
            out.append(PhraseMatch(m.first, m.last, (Trigger(kind, STRONG),), words[m.first]))
        elif verb.endswith(_THEY_HELD_THEM) and m.first > 0 and words[m.first - 1] in SMUGGLER_NOUNS:
            # «أفاد الناجون بأن مهربين احتجزوهم في مزرعة»: the smugglers named as the subject before the verb that
            # carries the held, its plural subject agreeing (Arabic pass 92); not «المهربين احتجزتهم دورية» (the
            # smugglers held by a patrol: a subject of its own after the verb)
            out.append(PhraseMatch(m.first, m.last, (Trigger("trafficking", STRONG),), words[m.first]))
    return out


# Arabic pass 71 (tune71): «احتجزوا 3 أشهر في مخزن يديره مهربون», «محتجزين في مستودع لدى المهربين»: people held
# in a place that smugglers run, or by smugglers, are their captives: trafficking abuse, as «احتجزتهم عصابة تهريب»
_RUN_BY = frozenset({"يديره", "تديره", "يديرها", "تديرها", "يديرونه", "لدي"})
_RUN_BY_REACH = 6  # «احتجزوا 3 أشهر في مخزن يديره»: a span and the place between


def _held_where_smugglers_run(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """A weak detention word, then within ``_RUN_BY_REACH`` words «يديره / تديره / لدى» right before a smugglers' word."""
    if _RUN_BY.isdisjoint(words):
        return []  # a cheap test first: this runs on every sentence with a detention word
    out = []
    for m in matches:
        if not any(t.type == "arbitrary_detention" and t.strength < STRONG for t in m.payloads):
            continue
        for k in range(m.last + 1, min(len(words) - 1, m.last + 1 + _RUN_BY_REACH)):
            if words[k] in _RUN_BY and words[k + 1] in SMUGGLER_NOUNS:
                out.append(PhraseMatch(m.first, m.last, (Trigger("trafficking", STRONG),), words[m.first]))
                break
    return out


# Arabic pass 71 (tune71): migrants sold told with the verb («مسلحون باعوا 14 مهاجرا», «تم بيعهم ... مهاجرين»): the
# lexicon lists «بيع المهاجرين»; here a number or a word may stand between the verb and the migrants
_SELLING = frozenset({"باعوا", "وباعوا", "باع", "باعت", "باعه", "باعوه", "باعوهم", "باعوهن", "باعتهم", "يبيعون",
                      "يبيعونهم", "تبيع", "يبيع", "بيعوا", "بيع", "ببيع", "وبيع", "بيعهم", "بيعهن", "لبيع"})
_MIGRANT_WORDS = frozenset({"مهاجر", "مهاجرا", "مهاجرين", "مهاجرون", "المهاجرين", "المهاجرون", "مهاجره", "مهاجرات",
                            "المهاجرات", "لاجئ", "لاجئا", "لاجئين", "اللاجئين", "لاجئات"})
_SOLD_REACH = 4  # «باعوا 14 مهاجرا», «باعوا نحو 20 من المهاجرين»


def _migrants_sold(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """A verb or noun of selling, then within ``_SOLD_REACH`` words a migrant word: trafficking (the sold people);
    not «بيع قوارب للمهاجرين» (a boat sold to them: «ل» before the migrants)."""
    if "باع" not in joined and "بيع" not in joined or _SELLING.isdisjoint(words):
        return []  # (a selling word itself: speed pass 14)
    for k, word in enumerate(words):
        if word not in _SELLING:
            continue
        for j in range(k + 1, min(len(words), k + 1 + _SOLD_REACH)):
            if words[j].removeprefix("و") in _MIGRANT_WORDS:  # (no migrant word opens with «و»)
                return [PhraseMatch(k, j, (Trigger("trafficking", STRONG),), " ".join(words[k : j + 1]))]
    return []


# Arabic pass 71 (tune71): «يحتجزونهم ويطالبون ذويهم بدفع 3000 دولار», «لإجبار ذويهم على دفع المال»: families made to
# pay for the ones held are a ransom: trafficking abuse when smugglers hold them, else an abduction
_DEMANDING = frozenset({"يطالبون", "ويطالبون", "طالبوا", "وطالبوا", "يطالب", "ويطالب", "طالب", "وطالب", "تطالب",
                        "وتطالب", "طالبت", "وطالبت", "لاجبار", "اجبار", "واجبار", "لابتزاز", "ابتزاز", "وابتزاز",
                        "لارغام", "ارغام"})
_FAMILIES = frozenset({"ذويهم", "ذويه", "ذويها", "ذويهن", "عائلاتهم", "عائلته", "عائلتها", "اهاليهم", "اهله", "اهلها",
                       "اسرهم", "اسرته", "اسرتها"})
_TO_PAY = frozenset({"بدفع", "علي", "بتحويل", "بارسال"})


def _families_made_to_pay(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """A demand or a forcing verb, then a family word, then «بدفع / على دفع / بتحويل»: a ransom for the ones held."""
    if "دفع" not in joined and "تحويل" not in joined and "ارسال" not in joined:
        return []
    for k in range(len(words) - 2):
        if words[k] in _DEMANDING and words[k + 1] in _FAMILIES and words[k + 2] in _TO_PAY and (
                words[k + 2] != "علي" or words[k + 3 : k + 4] == ["دفع"]):
            smugglers = any(w.removeprefix("و") in SMUGGLER_NOUNS for w in words)  # (no smuggler word opens with «و»)
            kind = "trafficking" if smugglers else "abduction"
            return [PhraseMatch(k, k + 2, (Trigger(kind, STRONG),), " ".join(words[k : k + 3]))]
    return []


def _gone_after_arrest(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«اختفى منذ أربعة أيام بعد توقيفه», «اختفاؤه بعد اعتقاله», «لم يظهر الصحفي منذ أن اعتقلته قوة أمنية»: a weak
    disappearance word (a lost child, sailors missing at sea) is an enforced disappearance when «بعد» or «منذ» an
    arrest follows it closely: the captors hold him."""
    detained_at = [m.first for m in matches if any(t.type == "arbitrary_detention" for t in m.payloads)]
    if not detained_at:
        return []  # no arrest (most sentences): no match below has one after it (speed pass 12)
    return [PhraseMatch(m.first, m.last, (Trigger("enforced_disappearance", STRONG),), words[m.first])
            for m in matches
            if any(t.type == "enforced_disappearance" and t.strength < STRONG for t in m.payloads)
            and any(0 < d - m.last <= _GONE_REACH and any(w.removeprefix("و") in ("بعد", "منذ") for w in words[m.last + 1 : d])
                    for d in detained_at)]


def _fishing_boat_fired_on(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """«أطلق زورق مسلح النار على قارب صيد», «تعرض مركبا صيد لإطلاق نار»: fire at a fishing boat, however the
    verb and its subject are placed, is an attack on a civilian object (the lexicon lists the set phrases)."""
    if "fire" not in joined and "نار" not in joined:
        return []  # the loop's own first test, for the whole sentence at once: this runs on every sentence
    for index, word in enumerate(words):
        if not ("نار" in word or word == "fire") or not word_forms(word) & FIRING:
            continue
        window = words[max(0, index - 6) : index + 6]
        boats = [k for k, w in enumerate(window) if word_forms(w) & _BOATS]
        if any(word_forms(w) & _FISHING for k in boats for w in window[k + 1 : k + 3]) or english_fishing_boat(window, boats):
            return [PhraseMatch(index, index, (Trigger(PROPERTY, STRONG),), word)]
    return []


def _split_killings(words: list[str], matches: list[PhraseMatch[Trigger]], joined: str) -> list[PhraseMatch[Trigger]]:
    """Killing phrases the lexicon cannot list whole: «أودت النيران بحياة مسن» (the subject splits «أودى
    بحياة»: weak, as the whole phrase is), «فارق شاب الحياة» (likewise for «فارق الحياة»), «تصفية أربعة أسرى» (a liquidation of people, not of a company
    or of accounts: strong), «تحييد 3 عناصر» (only before a number: «تحييد المؤسسات عن الصراع» is neutrality)
    and «القضاء على عنصرين إرهابيين» (the match is «على», so the victims right after it are the trigger's):
    these two for their counts only (COUNT_ONLY)."""
    out = []
    eliminated = not ELIMINATING.isdisjoint(words)
    if not (eliminated and "علي" in words) and "حياه" not in joined and "تصفي" not in joined and "تحييد" not in joined:
        return out  # no word the loop below reads (its cheap tests, for the whole sentence at once): most sentences
    for index, word in enumerate(words):
        if word == "علي":  # cheap tests first: this runs on every sentence
            if not eliminated:
                continue
        elif not (word in ("بحياه", "الحياه") or "تصفي" in word or "تحييد" in word):
            continue
        if _in_a_match(index, matches):
            continue
        if word == "الحياه":
            if form_before(words, index, _PARTED, 6):
                out.append(PhraseMatch(index, index, (Trigger("killing", WEAK),), word))
        elif word == "بحياه" and any(w in _TOOK for w in words[max(0, index - 4) : index]):
            out.append(PhraseMatch(index, index, (Trigger("killing", WEAK),), word))
        elif word == "علي":
            # the subject may split them: «قضت وحدات الجيش على 3 مسلحين»
            if any(w in ELIMINATING for w in words[max(0, index - 4) : index]) and _people_after(words, index + 1):
                out.append(PhraseMatch(index, index, (Trigger("killing", COUNT_ONLY),), word))
        elif word_forms(word) & {"تصفيه", "تحييد"}:
            liquidation = "تصفيه" in word_forms(word)
            k = index + 1
            if not liquidation and (k >= len(words) or parse_number(words, k) is None):
                continue
            if _people_after(words, k):
                out.append(PhraseMatch(index, index, (Trigger("killing", STRONG if liquidation else COUNT_ONLY),), word))
    return out


# attacks by people (not «انفجار»: gas and mines explode by accident too)
ATTACK_WORDS = frozenset({"قصف", "غاره", "غارات", "هجوم", "هجمات", "تفجير", "تفجيرات", "قذيفه", "قذائف"})
_ATTACK_AFTER, _ATTACK_BEFORE = 2, 5  # «شهداء القصف», «ضحايا الغارة»; «هجوم كيماوي في سوريا يودي بحياة العشرات»


def _killed_by_attack(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«أحد شهداء القصف على غزة», «هجوم ... يودي بحياة العشرات»: a weak death word («شهداء», «ضحايا», «أودى
    بحياة») tied to an attack told beside it is a killing by that attack, not a death or a title (ASND/ANS train)."""
    attacks = [m.first for m in matches if any(t.type == PROPERTY for t in m.payloads)
               and word_forms(words[m.first]) & ATTACK_WORDS]
    if not attacks:
        return matches
    out = []
    for match in matches:
        if all(t.type == "killing" and t.strength < STRONG for t in match.payloads) and any(
                0 < a - match.last <= _ATTACK_AFTER or 0 < match.first - a <= _ATTACK_BEFORE for a in attacks):
            match = PhraseMatch(match.first, match.last, (Trigger("killing", STRONG),), match.form)
        out.append(match)
    return out


# «أطلق النار على زوجة ابنه ... ما أدى إلى وفاتها»,  «طعنه بسكين ما تسبب في وفاته»: a death told as what a shooting or
# stabbing caused is a killing by that assault, not a death of unknown cause (police and crime news; Arabic pass 92):
# the weak «وفاة» with a pronoun of the one hit, right after a verb of causing and its preposition, and an injury
# trigger before it in the sentence; not «تعرض لحادث سير ما أدى إلى وفاته» (no assault before) nor a bare «وفاة»
_DEATH_OF_HIM = frozenset({"وفاته", "وفاتها", "وفاتهما", "وفاتهم", "وفاتهن"})
_CAUSING = frozenset({"ادي", "ادت", "يؤدي", "تؤدي", "اديا", "ادتا", "تسبب", "تسببت", "اسفر", "اسفرت"})
_CAUSING_LINKS = frozenset({"الي", "في", "عن", "ب"})


def _died_of_assault(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """A strong killing at the death word of ``_DEATH_OF_HIM`` right after «أدى إلى / تسبب في / أسفر عن», where an
    injury trigger or «أطلق ... النار» stands earlier in the sentence (the lexicon reads no «وفاتها»: «وفاة» + a pronoun
    is written with «ت»); the injury stays the assault's own word."""
    if _DEATH_OF_HIM.isdisjoint(words):
        return []
    hurt = [m.last for m in matches if all(t.type == "injury" for t in m.payloads)]
    hurt += [k for k, w in enumerate(words) if w == "النار" and any(
        x in _FIRED for x in words[max(0, k - 3) : k])]  # «أطلق شاب النار على جاره»
    out = []
    for k, word in enumerate(words):
        if word in _DEATH_OF_HIM and k >= 2 and words[k - 1] in _CAUSING_LINKS and words[k - 2] in _CAUSING and any(
                h < k - 2 for h in hurt) and not _in_a_match(k, matches):
            out.append(PhraseMatch(k, k, (Trigger("killing", STRONG),), word))
    return out


_FIRED = frozenset({"اطلق", "اطلقت", "اطلقوا", "واطلق", "واطلقت", "واطلقوا", "يطلق", "فاطلق"})


def _people_after(words: list[str], k: int) -> bool:
    """People (not accounts, a company or corruption) at ``k``, past a number: «أربعة أسرى», «عنصرين إرهابيين»."""
    if k < len(words) and (parsed := parse_number(words, k)) is not None:
        k += parsed[1]
    return k < len(words) and bool(word_forms(words[k]) & _LIQUIDATED)


def _person_of_place(words: list[str], verb: int, place: int) -> bool:
    """«وأصابوا حارس العيادة بطلق», «أصابوا صاحب المحل»: a person noun between the hit verb and the building is
    the one hit, the building only names whose guard or owner he is (Arabic pass 68)."""
    return any(singular_victim(w) or w in PERSON_NOUNS for w in words[verb + 1 : place])


# «ضربوه قدام حوشه», «اعتدوا عليه بالضرب أمام منزله»: the building after «in front of / near» is where the blow fell on
# someone, not what was hit (Arabic pass 96: the Libyan «قدام», «جنب» with the MSA words)
_BESIDE = frozenset({"امام", "قدام", "قرب", "جنب", "بجانب", "بجوار", "جوار", "عند", "خارج", "وراء", "ورا"})


# «يتعرضون للضرب في مركز إيواء», «انهالوا عليهم بالضرب في مزرعة»: a beating told as a noun with «لل / بال» has a
# person as its sufferer; the building after «في / داخل» is where it happened, not what was hit (Arabic pass 118)
_SUFFERED_NOUN = ("لل", "بال", "ولل", "وبال")


def _hits_on_things(tokens: list[Token], words: list[str],
                    matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«صاروخ أصاب برج المراقبة», «وتضرب أكبر منشأة لتكرير النفط»: an injury verb whose object is a building
    or a facility hits a thing, not a person: an attack on property (weak: the object then confirms it)."""
    verbs = [m for m in matches if m.first == m.last and not words[m.first].endswith("ه")
             and word_forms(words[m.first]) & _HIT_VERBS]
    if not verbs:
        return matches
    objects = {m.first for m in load_lexicons().property_objects.find(tokens)}
    out = []
    for match in matches:
        hit = all(t.type == "injury" for t in match.payloads) and match.first == match.last and any(
            0 < k - match.last <= 3 and not _person_of_place(words, match.last, k) and words[k - 1] not in _BESIDE
            and not (words[k - 1] in _INSIDE and words[match.first].startswith(_SUFFERED_NOUN))
            for k in objects)
        if hit and not words[match.first].endswith("ه") and word_forms(words[match.first]) & _HIT_VERBS:
            match = PhraseMatch(match.first, match.last, (Trigger(PROPERTY, WEAK),), match.form)
        out.append(match)
    return out


# Arabic pass 137 (tune137): «وأن المزرعة أصيبت بأضرار كبيرة»: the passive hurt verb right before «بأضرار» (damage)
# tells a thing damaged, no person hurt (the subject is the farm, the house, the car)
_PASSIVE_HIT = HURT_PASSIVES | {"اصيبا", "اصيبتا", "اصيبوا"}  # the dual and plural passives too
DAMAGED_AFTER_HIT = frozenset({"باضرار"})  # also read by ``nlp.incidents`` (its gate)


def _damaged_things(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """The matches, a one-word injury match on a passive hurt verb right before «بأضرار» made a weak property
    trigger (as ``_hits_on_things``: the thing damaged, confirmed or not by the rest of the story)."""
    return [PhraseMatch(m.first, m.last, (Trigger(PROPERTY, WEAK),), m.form)
            if m.first == m.last and m.last + 1 < len(words) and words[m.last + 1] in DAMAGED_AFTER_HIT
            and all(t.type == "injury" for t in m.payloads) and word_forms(words[m.first]) & _PASSIVE_HIT else m
            for m in matches]


def _press_targets(words: list[str], matches: list[PhraseMatch[Trigger]], raids: list[int]) -> list[PhraseMatch[Trigger]]:
    """«اقتحم مسلحون مقر قناة», «قصف مبنى إذاعة»: a raid or strike whose object is a news outlet is an attack
    on civil society (the lexicon lists the set phrases; here the subject may stand between)."""
    starts = [m.first for m in matches if any(t.type == PROPERTY for t in m.payloads)] + raids
    return [PhraseMatch(k, k, (Trigger("attack_on_civil_society", STRONG),), words[k]) for k in starts
            if any(word_forms(w) & _OUTLETS for w in words[k + 1 : k + 5])][:1]


_LIVE_FIRE = {"الذخيره", "ذخيره"}  # «أطلقت الذخيرة الحية داخل مستشفى»
_INSIDE = {"داخل", "في"}
# places where people gather unarmed: gunfire inside one is an attack on it (not «مقر», a palace or a car)
_GATHERING_PLACES = {"مسجد", "مساجد", "كنيسه", "كنائس", "كنيس", "معبد", "مستشفي", "مستشفيات", "مدرسه", "مدارس", "جامعه",
                     "سوق", "اسواق", "مصلي"}
_FIRE_REACH = 4
# «مخزن الذخيرة», «مستودع ذخيرة», «شحنة ذخيرة»: ammunition kept or carried, not fired (Arabic pass 102)
_AMMO_STORES = frozenset({"مخزن", "مخازن", "مستودع", "مستودعات", "شحنه", "شحنات", "صناديق", "صندوق", "كميه", "كميات"})
_FIRE_FORMS = frozenset(FIRING | _LIVE_FIRE)
_FIRE_STEMS = ("نار", "ذخير", "fire")  # every form above holds one: a sentence without them has no gunfire


def _fired_inside(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """«إطلاق نار داخل مسجد», «يطلق النار داخل مسجد», «أطلقت الذخيرة الحية داخل مستشفى»: gunfire inside a place where
    people gather unarmed is an attack on it, whether or not anyone was hit (real short news, ASND train)."""
    if _INSIDE.isdisjoint(words) or not any(stem in joined for stem in _FIRE_STEMS):  # the set test first (cheaper)
        return []
    for index, word in enumerate(words):
        if not word_forms(word) & _FIRE_FORMS:
            continue
        if index > 0 and word_forms(word) & _LIVE_FIRE and word_forms(words[index - 1]) & _AMMO_STORES:
            continue  # «انفجار مخزن الذخيرة في مستشفى»: the store blew up, no gunfire (Arabic pass 102)
        for k in range(index + 1, min(len(words) - 1, index + 1 + _FIRE_REACH)):
            if words[k] in _INSIDE and word_forms(words[k + 1]) & _GATHERING_PLACES:
                return [PhraseMatch(index, k + 1, (Trigger(PROPERTY, STRONG),), word)]
    return []


# «أضرم عناصر من سرية الحدود الجنوبية النار في نحو عشرين محلا»: the setter of a fire may be a long subject between
# the verb and «النار» (the lexicon lists «أضرم مجهولون النار»); not «النار في جسده» (himself; Arabic counts pass 11)
_SET_FIRE_REACH = 7
_OWN_BODY = ("جسد", "نفس")


def _fire_set(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    if "ضرم" not in joined or "النار" not in words:
        return []
    for index, word in enumerate(words):
        if strip_and(word) not in SETTING_FIRE:
            continue
        for k in range(index + 2, min(len(words) - 1, index + 1 + _SET_FIRE_REACH)):
            if words[k] == "النار" and words[k + 1] == "في" and not (
                    k + 2 < len(words) and words[k + 2].startswith(_OWN_BODY)):
                return [PhraseMatch(index, k, (Trigger(PROPERTY, STRONG),), word)]
    return []


_FIRING_VERBS = ("يطلق", "تطلق", "اطلق")  # «يطلقون», «تطلق», «أطلقوا» (not «إطلاق»: the noun is in the lexicon)
_AT_REACH = 3  # «أطلقوا النار على مهاجرين», «يطلقون النار على مهاجرين»


def _fired_at_victims(tokens: list[Token], words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """«مهربون يطلقون النار على مهاجرين»: a finite «fired at» with a victim named right after «على» is an assault (no
    hit stated: `other`); not fire at a car, at smugglers or in the air (real posts, ANS train)."""
    if "علي" not in words or not any(stem in joined for stem in _FIRE_STEMS):
        return []
    for index, word in enumerate(words[:-2]):
        if word.lstrip("وف").startswith(_FIRING_VERBS) and word_forms(words[index + 1]) & FIRING \
                and words[index + 2] == "علي" and load_lexicons().victims.find(tokens[index + 3 : index + 3 + _AT_REACH]):
            return [PhraseMatch(index, index + 1, (Trigger("other", WEAK),), word)]
    return []


# a hospital, a place of worship or a school stormed (not a market: police raids on goods; not «مقر»)
_STORMED_PLACES = frozenset(_GATHERING_PLACES - {"سوق", "اسواق"})
_STORM_STEM = "قتحم"  # «اقتحام», «تقتحم», «اقتحموا», «باقتحامها»
_STORM_REACH = 3  # «اقتحم مسلحون ملثمون مسجدا»: the subject may stand between


def _stormed(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """«قوات تقتحم مستشفى», «تقتحم المسجد الأقصى»: storming a place where people gather unarmed is an attack on
    it, whether or not anyone was hurt (real posts, ASND train)."""
    if _STORM_STEM not in joined:
        return []
    for index, word in enumerate(words):
        if _STORM_STEM in word and any(word_forms(w) & _STORMED_PLACES for w in words[index + 1 : index + 1 + _STORM_REACH]):
            return [PhraseMatch(index, index, (Trigger(PROPERTY, STRONG),), word)]
        if _STORM_STEM in word and _armed_at_utility(words, index):
            return [PhraseMatch(index, index, (Trigger(PROPERTY, STRONG),), word)]
    return []


# water, power and oil installations (labelling guide: attacks on oil plants and water infrastructure are attacks on
# civilian objects): «مجموعة مسلحة اقتحمت محطة التحكم», «مسلحون يقتحمون حقل آبار»
_UTILITIES = frozenset({"محطه", "محطات", "حقل", "حقول", "منشاه", "منشات", "مصفاه", "خزان", "خزانات"})
_ARMED_STEM = "مسلح"  # «مسلحون», «مجموعة مسلحة», «المسلحين»


# Arabic pass 88 (tune88): a site named by the water system it belongs to («اقتحموا موقع الضخ التابع للنهر الصناعي»,
# «محطة التحكم في آبار», «موقع مضخات المياه»): the system word may stand a few words further. Not «منظومة»: the
# lexicon's military-target cue (an air-defence system) weighs against it in the same sentence
_SYSTEMS = frozenset({"مضخه", "مضخات", "ابار", "النهر"})
_SYSTEM_REACH = 5  # «موقع الضخ التابع للنهر»: the site, its kind and «التابع» between the verb and the system


def _armed_at_utility(words: list[str], index: int) -> bool:
    """An armed group storming a water, power or oil installation («أن مجموعة مسلحة اقتحمت محطة التحكم في حقل آبار
    الحساونة»): the armed subject just before or after the verb, the installation after it. Not a security force's
    raid on a fuel station (no armed group named: a raid on smuggled fuel, as a market's is on goods)."""
    after = words[index + 1 : index + 1 + _STORM_REACH]
    subject = words[max(0, index - 3) : index] + after
    return (any(word_forms(w) & _UTILITIES for w in after) or any(
        word_forms(w) & _SYSTEMS for w in words[index + 1 : index + 1 + _SYSTEM_REACH])) and any(
        _ARMED_STEM in w for w in subject)


def _outlets_blocked(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """«حجب 5 مواقع إخبارية», «حظر صحيفتين»: blocking news sites or outlets is an attack on civil society (labelling
    guide); the lexicon lists «حجب موقع», here a number may stand between the order and what it shuts."""
    if not any(root in joined for root in _BLOCKING_ROOTS):
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if not word_forms(word) & _BLOCKING:
            continue
        number = parse_number(words, index + 1) if index + 1 < len(words) else None
        after = index + 1 + (number[1] if number else 0)
        if after < len(words) and word_forms(words[after]) & (_SITES | _OUTLETS):
            return [PhraseMatch(index, after, (Trigger("attack_on_civil_society", STRONG),), word)]
    return []


def _remains(words: list[str], matches: list[PhraseMatch[Trigger]], *, after_on: bool) -> list[int]:
    """The places of «رفات» outside a lexicon match, right after «على» (``after_on``: «عثروا على رفات», the remains
    found) or not after it («انتشلت الفرق رفات», the remains recovered): each reading takes its own verb before."""
    if "رفات" not in words:
        return []  # the cheap test: most sentences name no remains
    return [index for index, word in enumerate(words) if word == "رفات" and index > 0
            and (words[index - 1] == "علي") == after_on and not _in_a_match(index, matches)]


# «عثرت فرق الهيئة العامة للبحث والتعرف على المفقودين، مساء الاثنين، على رفات خمسة أشخاص»: the finders and the time
# split «العثور على رفات» (a lexicon trigger); the dead counted after it (Arabic pass 54, rw54t-39)
_UNEARTHED_REACH = 14  # the finders' long name and the time of the find between the verb and «على رفات»


def _remains_unearthed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«عثرت فرق ... على رفات خمسة أشخاص»: «على» before «رفات», a find verb within ``_UNEARTHED_REACH`` words before
    it, is the remains found: a count-only killing word (the kill is told by the grave or the bodies' marks, as the
    labels keep «العثور على رفات» a find; only its number is read)."""
    return [PhraseMatch(index, index, (Trigger("killing", COUNT_ONLY),), "رفات")
            for index in _remains(words, matches, after_on=True)
            if any(w in FOUND_VERBS for w in words[max(0, index - _UNEARTHED_REACH) : index - 1])]


# Arabic pass 71 (tune71): «انتشلت فرق البحث رفات أربعة أشخاص», «استخرجت الهيئة من المقبرة رفات 6 أشخاص»: the
# verb of the lexicon's «انتشال رفات» with its subject (and a place) between it and «رفات»: the remains recovered, a
# killing told by the grave (the settled answer: bodies found, or an exhumation's update, with their number)
_RECOVERED = frozenset({"انتشلت", "انتشل", "انتشلوا", "وانتشلت", "وانتشل", "وانتشلوا", "استخرجت", "استخرج", "استخرجوا",
                        "واستخرجت", "واستخرج", "واستخرجوا", "تنتشل", "ينتشل", "تستخرج"})
_RECOVERED_REACH = 10  # «انتشلت فرق الهيئة العامة للبحث والتعرف على المفقودين اليوم رفات»


def _remains_recovered(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«رفات» not after «على» and not in a lexicon match, a recovery verb within ``_RECOVERED_REACH`` words before it."""
    for index in _remains(words, matches, after_on=False):
        for k in range(max(0, index - _RECOVERED_REACH), index):
            if words[k] in _RECOVERED:
                return [PhraseMatch(k, index, (Trigger("killing", STRONG),), " ".join(words[k : index + 1]))]
    return []


# «اقتحم مسلحون مقر قناة», «اقتحم مجهولون مقر جمعية حقوقية ... وعبثوا بمحتوياته»: a storming of a news outlet or a rights
# body's office is an attack on civil society with no other trigger in the sentence (``_press_targets`` reads the raid
# only beside a trigger: a sentence with none was dropped before it; Arabic pass 60)
_RIGHTS_BODIES = frozenset({"جمعيه", "منظمه", "رابطه", "هيئه", "مرصد", "مركز"})
_RIGHTS_ADJECTIVE = frozenset({"حقوقيه", "الحقوقيه", "لحقوق"})
_UNIONS = frozenset({"نقابه", "النقابه", "اتحاد"})
_STORM_OUTLET_REACH = 5  # «اقتحم مسلحون ملثمون مقر قناة»: the subject and «مقر» between


# «ضبط مخزن يحتوي على أسلحة وذخائر وقذائف», «حجز شحنة صواريخ وذخيرة»: shells and rockets named in a list of arms that
# were seized, found or handed over are a cache's contents, no strike (police and crime news; Arabic pass 92): a fired
# weapon word with an arms word or «كميات من» in the words before it, in a sentence with a seizure word; not «ضبط
# مطلقي القذائف على الحي» (no arms word before the shells) nor a strike told beside the seizure (its own trigger stays)
_FIRED_ARMS = frozenset({"قذائف", "قذيفه", "صاروخ", "صواريخ", "قذائفا"})
_ARMS_LISTED = frozenset({"اسلحه", "سلاح", "ذخائر", "ذخيره", "متفجرات", "عبوات", "بنادق", "مسدسات", "الغام", "كميات",
                          "كميه", "مخزن", "مستودع", "شحنه"})
_SEIZURE_WORDS = frozenset({"ضبط", "ضبطت", "حجز", "حجزت", "مصادره", "صادرت", "صادر", "العثور", "عثرت", "عثر", "عثروا",
                            "تسليم", "تسليمها", "سلمت", "ضبطه", "احبط", "احبطت", "احباط", "مخزن", "مستودع"})
_ARMS_LIST_REACH = 5  # «أسلحة متوسطة وخفيفة وكميات من الذخائر والقذائف»: an arms word up to four words before


def _seized_arms(words: list[str], matches: list[PhraseMatch[Trigger]], prop: str) -> bool:
    """Every weak property trigger of the sentence is a fired weapon (``_FIRED_ARMS``) listed after an arms word
    (``_ARMS_LISTED``) in a sentence that tells a seizure or a find (``_SEIZURE_WORDS``)."""
    hits = [m for m in matches if any(t.type == prop for t in m.payloads)]
    return bool(hits) and all(m.first == m.last and word_forms(words[m.first]) & _FIRED_ARMS and any(
        word_forms(w) & _ARMS_LISTED for w in words[max(0, m.first - _ARMS_LIST_REACH) : m.first]) for m in hits) and (
        any(word_forms(w) & _SEIZURE_WORDS for w in words))


def _civic_office_stormed(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """A storming verb with a news outlet, a union or a rights body («جمعية حقوقية», «منظمة لحقوق») within a few words
    after it."""
    if _STORM_STEM not in joined:
        return []
    for index, word in enumerate(words):
        if _STORM_STEM not in word:
            continue
        after = words[index + 1 : index + 1 + _STORM_OUTLET_REACH]
        for k, w in enumerate(after):
            forms = word_forms(w)
            if forms & _OUTLETS or forms & _UNIONS or (
                    forms & _RIGHTS_BODIES and k + 1 < len(after) and word_forms(after[k + 1]) & _RIGHTS_ADJECTIVE):
                return [PhraseMatch(index, index, (Trigger("attack_on_civil_society", STRONG),), word)]
    return []


# Arabic pass 71 (tune71): «اقتحم عناصر جهاز دعم الاستقرار مقر منظمة «نساء من أجل ليبيا»»: the office («مقر / مكتب»)
# of an NGO or an association stormed, however long the storming body's name between: an attack on civil society (the
# body need not call itself a rights group; the lexicon lists «اقتحام مقر منظمة» for headlines)
_OFFICE = frozenset({"مقر", "مكتب", "مقرات", "مكاتب"})
_NGOS = frozenset({"منظمه", "جمعيه", "رابطه", "منظمات", "جمعيات"})
_NGO_OFFICE_REACH = 9  # the verb, a subject of up to six words, «مقر», the body
# the verbs and their nouns: «اقتحم», «اقتحام» (the noun's «ا» splits the stem «قتحم»), «داهمت», «مداهمة»
_NGO_RAID_STEMS = ("قتحم", "قتحا", "داهم")
# a search of a body suspected of a crime is routine police news (pass 60: «اقتحمت قوات الأمن مقر جمعية خيرية مشبوهة»)
_SUSPECT_BODY = frozenset({"مشبوهه", "مشبوه", "بشبهه", "شبهه", "للاشتباه", "يشتبه", "تشتبه", "متورطه", "فساد", "تبييض",
                           "غسيل", "الارهاب", "ارهابيه"})


def _ngo_office_stormed(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """A storming or raiding verb («اقتحم», «داهم», their nouns), then within ``_NGO_OFFICE_REACH`` words «مقر / مكتب» right
    before «منظمة / جمعية / رابطة», in a sentence that names no suspicion of a crime."""
    if not any(stem in joined for stem in _NGO_RAID_STEMS) or "مقر" not in joined and "مكتب" not in joined:
        return []
    if any(word_forms(w) & _SUSPECT_BODY for w in words):
        return []
    for index, word in enumerate(words):
        if not any(stem in word for stem in _NGO_RAID_STEMS):
            continue
        after = words[index + 1 : index + 1 + _NGO_OFFICE_REACH]
        if any(word_forms(w) & _OFFICE and word_forms(n) & _NGOS for w, n in pairwise(after)):
            return [PhraseMatch(index, index, (Trigger("attack_on_civil_society", STRONG),), word)]
    return []


# «إعادة الصحفي ... إلى السجن», «أعادت المدون إلى الحبس», «أعيد الناشط إلى المعتقل»: someone sent back to prison is
# held again, a detention (the guide: a detained journalist still held is an incident). As weak as an arrest word: it
# counts for a journalist or an activist or with a qualifier, so a suspect returned to his cell stays routine (real
# posts pass 4: «قرار السلطات المصرية إعادة الصحفي #محمود_حسين إلى السجن»)
_SENT_BACK = frozenset({"اعاده", "اعاد", "اعادت", "اعادوا", "اعيد", "اعيدت", "يعيد", "تعيد", "يعيدون", "اعادته",
                        "اعادتها", "اعادوه", "اعادوها", "باعاده"})
_TO_PRISON = frozenset({"السجن", "الحبس", "المعتقل", "الزنزانه", "السجون", "المعتقلات"})
_SENT_BACK_REACH = 5  # «إعادة الصحفي محمود حسين إلى السجن»: the person's name between


def _sent_back_to_prison(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """A form of «أعاد» followed within a few words by «إلى» + a prison word: a detention (weak, see above)."""
    if "عاد" not in joined or not any(f"الي {w}" in joined for w in _TO_PRISON):
        return []
    out = []
    for i, word in enumerate(words):
        if not word_forms(word) & _SENT_BACK:
            continue
        for k in range(i + 1, min(len(words) - 1, i + _SENT_BACK_REACH + 1)):
            if words[k] == "الي" and words[k + 1] in _TO_PRISON:
                out.append(PhraseMatch(i, k + 1, (Trigger("arbitrary_detention", DETENTION_WEAK),), word))
                break
    return out


# «قطعان المستوطنين يقطعون ثلاثمئة شجرة زيتون», «مجهولون أحرقوا محاصيل القمح»: trees or crops cut, uprooted or burned
# by settlers or by unnamed armed men are a farmer's property attacked (the guide: attacks on civilian objects); trees
# cut by a municipality, or logging as a trend, name no attacker and stay none (real posts pass 4)
_DESTROYING = frozenset({"قطع", "يقطع", "تقطع", "قطعوا", "تقطيع", "اقتلع", "يقتلع", "تقتلع", "اقتلعوا", "اقتلاع",
                         "حرق", "احرق", "يحرق", "تحرق", "احرقوا", "احراق", "جرف", "يجرف", "تجرف", "جرفوا", "تجريف"})
_TREES = frozenset({"شجره", "اشجار", "شجر", "اشجارهم", "اشجاره", "اشجارها", "محاصيل", "محصول", "مزروعات",
                    "كروم", "بساتين", "حقول"})
_RAIDERS = frozenset({"مستوطن", "مستوطنين", "مستوطنون", "مجهولون", "مجهولين", "مسلحون", "مسلحين", "ملثمون",
                      "ملثمين"})
_TREES_REACH = 3  # «يقتلعون 200 شجرة», «أحرقوا محاصيل القمح»
# a tree or crop stem anywhere in the joined words: one search of an alternation of the stems, true exactly when one of
# them is a substring (twice as fast as a generator of ``in`` tests on every sentence; speed pass 16)
_TREE_STEMS = ("شجر", "شجار", "محاصيل", "محصول", "مزروعات", "كروم", "بساتين", "حقول")
_TREE_STEM = re.compile("|".join(_TREE_STEMS))


def _trees_destroyed(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """A destroying verb, then within a few words a tree or crop word, in a sentence naming settlers or unnamed armed
    men (see above): an attack on property."""
    if _TREE_STEM.search(joined) is None:
        return []
    if not any(word_forms(w) & _RAIDERS for w in words):
        return []
    for i, word in enumerate(words):
        if word_forms(word) & _DESTROYING and any(word_forms(w) & _TREES for w in words[i + 1 : i + 1 + _TREES_REACH]):
            return [PhraseMatch(i, i, (Trigger(PROPERTY, STRONG),), word)]
    return []


# «يكمل عامه الثالث داخل السجون», «أمضيا في السجن أكثر من 500 يوم», «يدخل عامه الثاني خلف القضبان»: time spent in
# prison tells someone held, a detention as weak as an arrest word: it counts for a journalist or an activist or with a
# qualifier (the guide: a detained journalist still held is an incident); a convict's years inside stay routine (real
# posts pass 4)
_SPENDING = frozenset({"امضي", "امضت", "امضيا", "امضوا", "يمضي", "تمضي", "يقضي", "تقضي", "قضي", "قضت", "قضوا",
                       "يكمل", "تكمل", "اكمل", "اكملت", "يدخل", "تدخل", "عامه", "عامها", "عامهم", "يومه", "يومها",
                       "شهره", "شهرها", "سنته", "سنتها"})
_HELD_IN = frozenset({"في", "داخل", "خلف", "بداخل"})
_PRISON_WORDS = frozenset({"السجن", "السجون", "الحبس", "المعتقل", "المعتقلات", "القضبان", "سجون", "سجن", "زنزانته",
                           "زنزانتها", "زنازين"})
_PRISON_STEMS = ("سجن", "سجون", "الحبس", "المعتقل", "القضبان", "زنزان", "زنازين")  # (one of them: a prison word)
_SPENT_REACH = 4  # «يكمل عامه الثالث داخل السجون», «يدخل عامه الثاني خلف القضبان»


def _time_in_prison(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """A verb of spending or a possessed span of time, then within a few words «في / داخل / خلف» and a prison word."""
    if _SPENDING.isdisjoint(words) or not any(stem in joined for stem in _PRISON_STEMS):
        return []
    for i, word in enumerate(words):
        if word not in _SPENDING:
            continue
        for k in range(i + 1, min(len(words) - 1, i + 1 + _SPENT_REACH)):
            if words[k] in _HELD_IN and words[k + 1] in _PRISON_WORDS:
                return [PhraseMatch(i, k + 1, (Trigger("arbitrary_detention", DETENTION_WEAK),), word)]
    return []


# Arabic pass 78 (tune78): «شهيد و3 جرحى», «شهيدين وتلاتة جرحى»: a neighbourhood's or family's toll, the martyrs then a
# number of wounded (the lexicon lists «شهيد وجريح» and the like, with no number between)
_MARTYR_WORDS = frozenset({"شهيد", "شهيدين", "شهيدان"})
_WOUNDED_NOUNS = frozenset({"جرحي", "جريح", "جريحا", "مصابين", "مصابا", "اصابات"})


def _martyrs_and_wounded(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«شهيد» (or its dual) not in a lexicon match, right before «و» + a number + a wounded noun: a killing."""
    if _MARTYR_WORDS.isdisjoint(words):
        return []  # the cheap test: most sentences name no martyr
    out = []
    for index, word in enumerate(words[:-1]):
        if word not in _MARTYR_WORDS or _in_a_match(index, matches):
            continue
        after = words[index + 1]
        if not after.startswith("و") or len(after) < 2:
            continue
        rest = [after[1:], *words[index + 2 : index + 4]]
        parsed = parse_number(rest, 0)
        if parsed is not None and parsed[1] < len(rest) and rest[parsed[1]] in _WOUNDED_NOUNS:
            out.append(PhraseMatch(index, index, (Trigger("killing", STRONG),), word))
    return out


# Arabic pass 86 (tune86): «فقد طفل ساقه في انفجار لغم», «عامل يفقد ثلاثة من أصابعه», «فقدت امرأة إحدى عينيها»: a limb,
# an eye or fingers lost is a wound of one person (as «بترت ساقه», `ar_amputation`); the part carries a singular pronoun
# (one body), the one who lost it stands between the verb and the part or before the verb. Not «فقد الاتصال به», «فقد
# حياته» (a death: the lexicon's), «فقدت الأسرة ابنها» (a kin word, no part).
_LOST = frozenset({"فقد", "فقدت", "وفقد", "وفقدت", "ففقد", "ففقدت", "يفقد", "تفقد", "ليفقد", "لتفقد"})
_LOST_PARTS = frozenset({"ساق", "ساقي", "يد", "يدي", "قدم", "قدمي", "رجل", "رجلي", "ذراع", "ذراعي", "عين", "عيني",
                         "اصابع", "اصبع", "اطراف", "بصر", "كف", "اذن"})
_LOST_REACH = 7  # the verb, the one who lost it and a word or two about him, «ثلاثة من» / «إحدى», then the part


def _one_part_lost(word: str) -> bool:
    """«ساقه», «عينيها», «أصابعه»: a lost part with «his / her» (one body)."""
    return any(word.endswith(p) and word[: -len(p)] in _LOST_PARTS for p in ("ها", "ه"))


def _lost_body_part(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """«فقد / يفقد» + (the one who lost it) + a limb, an eye or fingers with a singular pronoun: an injury."""
    if _LOST.isdisjoint(words):
        return []  # most sentences (the cheap test first)
    for k, word in enumerate(words[:-1]):
        if word not in _LOST:
            continue
        for j in range(k + 1, min(len(words), k + 1 + _LOST_REACH)):
            if _one_part_lost(words[j]):
                return [PhraseMatch(k, j, (Trigger("injury", STRONG),), " ".join(words[k : j + 1]))]
    return []


# Arabic pass 96 (tune96): «اللي ضربها راجلها بالسكين», «طعنه جاره بسكين», «ضربته بالسكين»: a blow with a knife on one
# person (the verb with «him / her»), the striker's name or kin may stand between the verb and the knife. Not «طعنه» alone
# (also «his appeal» against a ruling), not «ضربه» alone (a beating with no wound stated counts nobody hurt).
_STRUCK_ONE = frozenset({"طعنه", "طعنها", "طعنته", "طعنتها", "ضربه", "ضربها", "ضربته", "ضربتها"})
_KNIFE = frozenset({"بالسكين", "بسكين", "بسكينه", "بالسكينه", "بالموس", "بموس"})  # «الموس»: the Libyan knife
_KNIFE_REACH = 3  # the verb, the striker («راجلها», «جاره») and a word about him, then the knife


def _struck_with_knife(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """A singular-object verb of striking or stabbing and a knife within ``_KNIFE_REACH`` words after it: an injury."""
    if _KNIFE.isdisjoint(words):
        return []  # most sentences (the cheap test first)
    for k, word in enumerate(words[:-1]):
        if strip_and(word) not in _STRUCK_ONE:
            continue
        for j in range(k + 1, min(len(words), k + 1 + _KNIFE_REACH)):
            if words[j] in _KNIFE:
                return [PhraseMatch(k, j, (Trigger("injury", STRONG),), " ".join(words[k : j + 1]))]
    return []


def finders_ruled_out(vocabulary: set[str] | frozenset[str], text: str) -> frozenset[Callable[..., list[PhraseMatch[Trigger]]]]:
    """The every-sentence finders that find nothing in any sentence of a document, read once per document
    (``annotate_rules``; ``analyse_sentence`` does not call them: speed pass 17). Each finder's own first test returns
    no match where a sentence has no word of a set (asked here of ``vocabulary``, the document's words) or no piece
    of a word in its joined words (asked of ``text``, the document's normalised text: a piece with no space that is in
    a sentence's joined words is inside one of its words, so in the text). A sentence's words are among its
    document's, so a test that fails for the document fails for each of its sentences. A reading added to one of
    these finders that starts at a word or piece its test here does not ask for must widen the test here too."""
    def has(*pieces: str) -> bool:
        return any(piece in text for piece in pieces)

    fire = has(*_FIRE_STEMS)
    storm = _STORM_STEM in text
    closed = (
        (_fishing_boat_fired_on, not has("fire", "نار")),
        (_split_killings, not (not ELIMINATING.isdisjoint(vocabulary) and "علي" in vocabulary)
         and not has("حياه", "تصفي", "تحييد")),
        (_remains_unearthed, "رفات" not in vocabulary), (_remains_recovered, "رفات" not in vocabulary),
        (_outlets_blocked, not has(*_BLOCKING_ROOTS)),
        (_migrants_sold, not has("باع", "بيع") or _SELLING.isdisjoint(vocabulary)),
        (_families_made_to_pay, not has("دفع", "تحويل", "ارسال")),
        (_martyrs_and_wounded, _MARTYR_WORDS.isdisjoint(vocabulary)),
        (_fired_inside, _INSIDE.isdisjoint(vocabulary) or not fire),
        (_fire_set, not has("ضرم") or "النار" not in vocabulary),
        (_stormed, not storm), (_civic_office_stormed, not storm),
        (_sent_back_to_prison, not has("عاد") or not has(*_TO_PRISON)),  # («الي السجن» holds «السجن»)
        (_time_in_prison, _SPENDING.isdisjoint(vocabulary) or not has(*_PRISON_STEMS)),
        (_trees_destroyed, _TREE_STEM.search(text) is None),
        (_ngo_office_stormed, not has(*_NGO_RAID_STEMS) or not has("مقر", "مكتب")),
        (_fired_at_victims, "علي" not in vocabulary or not fire),
        (_contact_cut, _CUT_OFF.isdisjoint(vocabulary)), (_lost_body_part, _LOST.isdisjoint(vocabulary)),
        (_died_of_assault, _DEATH_OF_HIM.isdisjoint(vocabulary)), (_struck_with_knife, _KNIFE.isdisjoint(vocabulary)),
        # (and three a sentence with a harm word asks after its filters)
        (_fate_unknown, "مصير" not in text), (_whereabouts_withheld, not has("مكان", "مقر", "مصير", "موقع")),
        (_held_where_smugglers_run, _RUN_BY.isdisjoint(vocabulary)),
    )
    return frozenset(finder for finder, none in closed if none)
