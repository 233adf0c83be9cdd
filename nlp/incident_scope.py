"""Predicates that read a trigger in its sentence (Arabic, and shared with English): whether it tells no event
(an idiom, a negation, a denial, a charge, a threat, a demand, a tally, a killing already known) or a harm
already told (the wounds of the dead), and the qualifiers that weigh a detention.

Apart from the sentence analysis (nlp/incidents.py), which applies them in its order, so that each rule reads
on its own.
"""

from __future__ import annotations

from itertools import pairwise

from nlp.counts import YEAR_WORDS, is_calendar_year, parse_number
from nlp.counts_scope import CALL_VERBS, LAST_SPAN_WORDS, SPAN_UNITS
from nlp.counts_words import (
    AFTER_WORDS,
    BUT_DIED,
    BUT_THEN,
    DATE_WORDS,
    EN_CENTRES,
    EN_FIRED_AT,
    EN_IN_WHICH,
    INSIDE,
    NAMED_VICTIMS,
    ON_THE_VICTIM,
    PEOPLE_NISBAS,
    PLURAL_ENDINGS,
    THE_WOUNDED,
    THEN_DIED,
    no_people_after,
)
from nlp.incident_records import (
    BODILY_HARMS,
    CHARGED_ACTS,
    HELD_TYPES,
    PAST_ACTS,
    PROPERTY,
    SCOPE_WINDOW,
    STRONG,
    Trigger,
)
from nlp.incident_rules_en import (
    english_charge,
    english_clients,
    english_off_a_place,
    english_release_awaited,
)
from nlp.lexicon import PhraseMatch
from nlp.morph import word_forms
from nlp.normalize import clitic_variants, normalize, with_proclitics
from nlp.place_roles import THAT_WORDS

# the mine words read through ``word_forms`` (any clitic) by the scope, the sentence analysis, the combination and
# annotate; ``counts_single.MINE_WORDS_AS_WRITTEN`` lists the Arabic clitic forms themselves and leaves out the English "mine",
# "mines" (the count rules read exact words): the two differ, both stay
MINE_FORMS = {"لغم", "الغام", "ألغام", "landmine", "landmines", "mine", "mines"}
_CENTRE_BEFORE = {"مركز", "مراكز", "مقر"}
_PRISON = {"سجن", "سجون"}
PLACE_PREPOSITIONS = {"في", "داخل", "من", "الي", "علي", "in", "at", "from", "inside"}
# the sets _scoped_out compares a trigger's types with, built once (it runs on every match)
_PAST_ACT_TYPES = frozenset(PAST_ACTS)
_CHARGED_ACT_TYPES = frozenset(CHARGED_ACTS)
TRIED_TYPES = _PAST_ACT_TYPES | {PROPERTY}
_DENIED_BEFORE = 12  # tokens a post-posed denial reaches back («ما نشر بشأن اختطاف طفل ... عار عن الصحة»)
_AFTER_EVENT = AFTER_WORDS | {"خلفيه", "after", "following"}  # «حذرت بعد مقتل ...»: the warning follows an event
AR_FIRE = frozenset({"النار", "نار"})  # «أطلق النار»: the fire opened
FIRING = AR_FIRE | {"fire"}
BULLETS = {"رصاص", "رصاصه", "طلق", "طلقه", "شظيه", "bullet"}
_DEATH_MEANS_REACH = 8  # «وفاة الحاجة فلانة (70 سنة) بعد إصابتها برصاصة»: a name and an age before the means
# «وأودع الضحية شكوى», «وصرح الضحية»: a victim who files or speaks is alive, «الضحية» names no death
_LIVING_VICTIM_VERBS = {"اودع", "اودعت", "قدم", "قدمت", "رفع", "رفعت", "صرح", "صرحت", "روي", "روت"}
# «هجوم مواطن على رئيس البلدية», «مدير المستشفى»: a title before a building's name makes it a person
_TITLES = {"رئيس", "شيخ", "مدير", "مديره", "امام", "عميد", "حارس", "مير"}
_TRANSFERS = {"نقل", "نقلت", "نقله", "نقلها", "نقلوا", "تحويل", "تحويله", "تحويلها", "حول", "اسعاف", "اسعافه"}
COUNTED_OTHERS = {"اخر", "اخرين", "ثان", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"}
_SOUNDS = {"دوي", "سماع", "صوت", "اصوات", "لعلعه", "سمع", "سمعت", "يسمع", "تسمع", "سمعنا", "heard", "sound", "sounds"}
_DURING = {"خلال", "طيله", "طوال", "during", "throughout"}
_YEAR_HEADS = {"سنه", "عام", "year"}
# a report's period: «خلال نفس الفترة» (the same period as a figure before), «منذ بداية السنة» (a year-to-date tally)
_SAME_PERIOD = [["نفس", "الفتره"], ["الفتره", "نفسها"], ["الفتره", "ذاتها"], ["ذات", "الفتره"]]
_YEAR_START = [["بدايه", "السنه"], ["بدايه", "العام"], ["مطلع", "السنه"], ["مطلع", "العام"]]
# «رصدت 22 ضحية منذ انتهاء المعارك في المدينة»: since the fighting ended, a figure sums the separate harms after it
# (mines, remnants), a running tally as since the year began (Arabic pass 86); not «منذ بداية الاشتباكات», an ongoing
# event's toll
_WAR_END = [[end, war] for end in ("انتهاء", "نهايه", "توقف") for war in (
    "المعارك", "الحرب", "الاشتباكات", "القتال", "النزاع", "العمليات")]
_RANKS = {"صفوف", "بين", "among"}  # «في صفوف المدنيين», «بين المدنيين»: the people a toll is counted among
_RANKS_NEGATION_REACH = 10
_DEMAND_BEFORE = {"الي", "ضروره", "بضروره", "اجل", "يطالب", "تطالب", "طالب", "طالبت", "يجب", "ينبغي", "for", "to"}
_LONG_UNITS = {"اشهر", "شهور", "شهرا", "سنوات", "سنه", "سنتين", "اعوام", "عاما", "عامين", "months", "years"}
# «حيث قضوا قرابة شهرين»: they spent a while (somewhere), they did not die
_SPENT = {"قضوا", "قضي", "قضت", "قضيت", "قضينا", "يقضي", "يقضون", "تقضي"}
_WHILE = _LONG_UNITS | {"شهر", "شهرين", "يوما", "يومين", "ايام", "اياما", "ليله", "ليلتين", "ليالي", "ساعات", "ساعه",
                        "اسبوع", "اسبوعا", "اسبوعين", "اسابيع", "فتره", "مده", "سنتين", "عقوبه", "عقوبته",
                        # «قضوا الليلة في سياراتهم»: the night spent at a crossing (Arabic pass 60)
                        "الليله", "ليلتهم", "ليلته", "ليلتها", "الليل", "وقتا", "يومهم", "نهارهم"}
_SPENT_REACH = 3  # «قضوا قرابة شهرين», «قضى أكثر من عامين»
_ORDINALS = {"الاولي", "الاول", "الاكبر", "first", "main", "biggest"}  # «الضحية الأولى لسياسات ...»: look past them
# «التي قتلت قبل سبع سنوات», «اغتيل منذ عامين»: a past act dated years back is the subject, not the news
_AGO = {"قبل", "منذ", "ago"}
_LONG_AGO_REACH = 3  # tokens between the act and «قبل»
# «إزالة 9 ملايين لغم», «تفكيك الألغام», «القضاء نهائيا على الألغام»: mines cleared, nobody hurt
_CLEARANCE = {"ازاله", "ازال", "ازالت", "نزع", "نزعت", "تفكيك", "فكك", "فككت", "تطهير", "كسح", "القضاء", "demining", "clearance", "clearing", "cleared",
              # mine action: «المركز الليبي للأعمال المتعلقة بالألغام», «برنامج مكافحة الألغام», «التوعية بمخاطر الألغام»
              "المتعلقه", "مكافحه", "التوعيه", "بمخاطر", "مخاطر"}
_CLEARANCE_REACH = 4
# «يدعو لإعدام تجار المخدرات», «طالبت العائلة بإعدام القاتل»: a harm called for is not done
_CALL_REACH = 3
# «إلى وضع حد للعنف», «لوضع حد لانتهاكات», «يضع حدا للاحتجاز التعسفي»: putting an end to a harm (Arabic pass 102)
_AN_END = frozenset({"حد", "حدا"})
_PUTTING = frozenset({"وضع", "لوضع", "بوضع", "ووضع", "يضع", "تضع", "يضعوا", "يضعون", "تضعوا", "ستضع", "سيضع"})
_CALLED_FOR = {"killing", "injury", "torture", "arbitrary_detention"}
# «مطالبين بالقبض على الجناة», «داعيا إلى إعدام»: the call as a participle after a statement (Libyan outlets pass 2)
_CALLS = CALL_VERBS | {"مطالبين", "مطالبا", "مطالبه", "مطالبون", "مطالبات", "داعيا", "داعين", "داعيه", "داعيات"}
# «اعتداء صارخ على استقلالية القضاء», «اعتداء على الدستور»: an assault on an institution or a right hurts nobody
# (not «اعتداء سافر على حرية الإعلام»: it names a raid on the press, an attack on civil society)
_ABSTRACT_TARGETS = {"استقلاليه", "استقلال", "الحقوق", "حقوق", "الدستور", "السياده",
                     "سياده", "القانون", "الكرامه", "كرامه", "المقدسات", "الثوابت", "الذاكره"}
# «الأدوية المفقودة», «الوثائق المفقودة»: things missing, not people
_THINGS = {"ادويه", "الادويه", "الدواء", "وثائق", "الوثائق", "اموال", "الاموال", "اسلحه", "الاسلحه", "سلع", "السلع",
           "ملفات", "الملفات", "معدات", "المعدات", "ارشيف", "الارشيف", "قطع", "مواد", "المواد"}
# «قرار توقيفه», «بقرار من ... توقيف»: a suspension from a post (an arrest is «أمر بالقبض», «مذكرة توقيف»)
_DECISIONS = {"قرار", "بقرار", "قرارات"}
# «توقيفه عن العمل», «توقيف الموظف عن العمل»: suspended from work (not «الإيقاف التحفظي»: pre-trial custody in Tunisia)
_DUTIES = {"العمل", "ممارسه", "النشاط", "مهامه", "مهامها", "منصبه", "منصبها", "الخطابه", "التدريس", "الدراسه"}
# «عائلات الضحايا», «أسر المفقودين», «قالت عائلة الطبيب»: the people named through a victim (families, relatives, a
# lawyer): the dead of an earlier event named through their families (no new death), the missing as a class, and the
# victim a family speaks for (nlp/incident_victims.py)
REFERENCE_HEADS = frozenset(normalize(w) for w in (
    "عائلة", "عائلات", "أسرة", "أسر", "أهل", "أهالي", "ذوي", "ذوو", "أقارب", "محامي", "families", "relatives"))


def form_before(words: list[str], index: int, forms: set[str] | frozenset[str], reach: int) -> bool:
    """A word of ``forms`` (any of its clitic forms) among the ``reach`` words before ``index``."""
    # (a set test per word at C level: no generator, no intersection set built)
    return not all(map(forms.isdisjoint, map(word_forms, words[max(0, index - reach) : index])))


# «ماتوا من الخوف», «ميتين من الضحك», «مات من القهر»: a feeling one "dies of" in speech (not hunger or cold: people
# do die of them)
_FRIGHT = frozenset({"الخوف", "الرعب", "الفزع", "الهلع", "الضحك", "القهر", "الغيظ", "الزعل", "الحسره", "الفرحه"})


def _is_idiom(words: list[str], match: PhraseMatch[Trigger], idioms: frozenset[str]) -> bool:
    """«يقتل آمال», «يخطف الصدارة», "killed off", "killed the game off", "is killing our livelihoods", «الضحية
    الأولى لسياسات»; «وصفوه بطريق الموت» (they called it, not the dialect «صفوه», liquidated him, behind «و»)."""
    if words[match.first].startswith("وصف") and words[match.last + 1 : match.last + 2] and words[match.last + 1][0] == "ب":
        return True
    if words[match.first] == "killing" and words[match.first - 1 : match.first] in (["is"], ["are"]) and (
            words[match.last + 1 : match.last + 2] in (["us"], ["me"])):
        return True  # "The fuel shortage is killing us": a grievance told in the present, nobody killed (English pass 9)
    if words[match.last + 1 : match.last + 2] == ["من"] and words[match.last + 2 : match.last + 3] and (
            words[match.last + 2] in _FRIGHT) and any(t.type == "killing" for t in match.payloads):
        return True  # «الصغار ماتوا من الخوف», «متنا من الضحك»: scared, laughing, nobody died (Arabic pass 140)
    for k, word in enumerate(words[match.last + 1 : match.last + 3], start=match.last + 1):
        if word_forms(word) & idioms:
            return not (word == "off" and english_off_a_place(words, k))
        if word == "امل" and words[k - 1] in ("كل", "اي"):
            return True  # «تقتل كل أمل» (the bare «أمل» is also a name: «بسجن أمل فتحي»; pass 49)  # "drowned off Sabratha": where, no idiom
        # «اختفى عن الأنظار» (went into hiding, a suspect fled: no disappearance; tune40 pass): past «عن»
        # «تقتل كل أمل», «يقتل أي فرصة»: a quantifier before the object (pass 49)
        if word not in ("the", "a", "an", "their", "his", "its", "our", "my", "your", "عن", "كل", "اي") and (
                word not in _ORDINALS):
            break
    return False


def _time_spent_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_time_spent`` holds for no match of the sentence: it needs a word of a while («شهرين», «عامين») in the sentence. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_time_spent`` widens it too."""
    return not _WHILE.isdisjoint(words)


def _time_spent(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«حيث قضوا قرابة شهرين», «قضى عامين في السجن»: a while spent somewhere, not the weak «قضوا» (died)."""
    return words[match.first].removeprefix("و") in _SPENT and any(
        w in _WHILE for w in words[match.last + 1 : match.last + 1 + _SPENT_REACH])


def _is_place_word(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«مركز احتجاز», "detention centre", «تعرض للتعذيب في سجن ...»: a facility name, not an arrest."""
    before = words[match.first - 1] if match.first > 0 else ""
    after = words[match.last + 1] if match.last + 1 < len(words) else ""
    prison = match.first == match.last and bool(word_forms(words[match.first]) & _PRISON) and before in PLACE_PREPOSITIONS
    return prison or bool(word_forms(before) & _CENTRE_BEFORE) or after in EN_CENTRES


def _negated(words: list[str], index: int, negations: frozenset[str]) -> bool:
    """A negation word in the five tokens before ``index`` («لم تسجل إصابات في صفوف المدنيين», «لم تسفر عن
    سقوط ضحايا مدنيين»); ten when the word follows «في صفوف/بين» (the ranks hang on the negated toll: «لم تعلن أي
    جهة رسمية عن سقوط ضحايا في صفوف المدنيين»). Clitics only are peeled: «أعدمت» holds «عدم» but negates nothing."""
    reach = _RANKS_NEGATION_REACH if index > 0 and words[index - 1] in _RANKS else 5
    start = max(0, index - reach)
    if negations.isdisjoint(words[start:index]) and all(map(negations.isdisjoint, map(clitic_variants, words[start:index]))):
        return False  # no negation word nor form (most casualty words): the test below is False for each (speed pass 10)
    return any((w in negations or negations.intersection(clitic_variants(w))) and not _floor(words, k)
               and not (w == "without" and words[k + 1] in _EN_DETENTION_TERMS)  # "held without trial": a qualifier
               for k, w in enumerate(words[start:index], start))


_EN_DETENTION_TERMS = frozenset({"trial", "charge", "charges", "warrant"})

# «لم يشر البيان إلى أي أضرار أو إصابات», «دون أن يذكر تعرضه لأي سوء معاملة»: «أي» after a negation says none of
# the harm it quantifies happened (Libyan outlets pass 2); not a detention's or a disappearance's words («لم تتلق
# العائلة أي معلومات عن مكان احتجازه» tells a hidden fate)
_ANY = frozenset({"اي", "لاي", "باي", "واي"})
_ANY_REACH = 5  # «أي حالات وفاة أو إصابات»: nouns joined by «أو» before the harm word
# a word opening with «و» starts a new clause («دون أي تهمة وتعرض للتعذيب»: the torture is told, not negated), save
# nouns whose root opens with it
_W_ROOT_NOUNS = frozenset({"وفاه", "وفيات", "وقوع"})
_NO_HARM_OF_ANY = frozenset(BODILY_HARMS)


# Arabic pass 76 (tune76): «لم تتلق أي بلاغ رسمي عن حالة خطف», «لم يستلم أي بلاغ عن اختطاف»: a negated report or case
# noun between «أي» and the act counts the cases of any type as none (a kidnapping or an arrest too); news or
# information of someone held («لم تتلق أي خبر عن ابنها المخطوف») is no such noun and keeps the captivity
_REPORTED_CASES = frozenset({"بلاغ", "بلاغا", "بلاغات", "شكوي", "شكاوي", "حاله", "حالات",
                             # Arabic pass 122 (tune122): a review's «لم تسجل أي جرائم قتل أو خطف», «لم يسجل أي
                             # حوادث سرقة أو خطف»: crimes, incidents or operations of a kind counted as none
                             "جرائم", "جريمه", "حوادث", "حادثه", "عمليات", "عمليه"})


def _none_of_any(words: list[str], match: PhraseMatch[Trigger], negations: frozenset[str]) -> bool:
    """A harm word quantified by a negated «أي» («لم يشر إلى أي إصابات», «دون أن يذكر تعرضه لأي سوء معاملة»); any
    act after a negated «أي بلاغ / شكوى / حالة» («لم تتلق أي بلاغ عن حالة خطف»)."""
    harm = all(t.type in _NO_HARM_OF_ANY for t in match.payloads)
    return any(
        words[k] in _ANY and (harm or not _REPORTED_CASES.isdisjoint(words[k + 1 : match.first]))
        and _negated(words, k, negations) and not any(
            w.startswith("و") and w not in _W_ROOT_NOUNS for w in words[k + 1 : match.first + 1])
        for k in range(max(0, match.first - _ANY_REACH), match.first))


# Arabic pass 68 (tune68): «أدان المجلس الرئاسي في بيان أي استهداف للمدنيين», «ترفض الوزارة أي اعتداء على الأطباء»:
# a harm quantified by «أي» after a stance (condemning, rejecting, warning against, forbidding) is every such act, no
# act that happened; a condemnation of an act told («أدانت الاعتداء الذي استهدف مستشفى») keeps it
_CONDEMNING = frozenset(normalize(w) for w in (
    "تدين", "يدين", "أدان", "أدانت", "تستنكر", "يستنكر", "استنكر", "استنكرت", "تندد", "يندد", "ندد", "نددت",
    "إدانة", "استنكار", "تنديد", "تشجب", "يشجب", "شجب", "شجبت"))
# a stance: condemning (more forms than ``_CONDEMNING``, which reads acts condemned as a pattern; «مدينة» only here,
# where «أي» follows: there it cannot be the city), rejecting, warning against, forbidding; Arabic pass 136b (tune136):
# «ويدعو الجهاز إلى الإبلاغ الفوري عن أي إصابة»: a call, or a call to report (``_CALLS``, «الإبلاغ»), names any harm
# that may come, none that came
_STANCE = _CONDEMNING | _CALLS | frozenset({"ابلاغ", "الابلاغ", "تبليغ", "التبليغ"}) | frozenset(normalize(w) for w in (
    "ندين", "أدانوا", "يدينون", "إدانتها", "إدانته", "مدينا", "مدينة", "مستنكرا",
    "رفض", "رفضت", "يرفض", "ترفض", "نرفض", "رفضها", "رفضه", "رافضا",
    "حذر", "حذرت", "يحذر", "تحذر", "محذرا", "محذرة", "تحذير", "منع", "يمنع", "تمنع", "يجرم", "تجرم", "تجريم", "يحظر", "تحظر"))
_STANCE_REACH = 6  # «أدان المجلس الرئاسي في بيان أي»: the body and «في بيان» between


def stance_on_any(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A trigger right after «أي / لأي / بأي» with a stance word (any clitic form) within ``_STANCE_REACH`` before."""
    k = match.first - 1
    return k >= 0 and words[k] in _ANY and not all(
        map(_STANCE.isdisjoint, map(word_forms, words[max(0, k - _STANCE_REACH) : k])))


# Arabic pass 136b (tune136): «غياب المحاسبة يشجع على استهداف الصحفيين»: an act that impunity or a speech encourages is
# every such act to come, none that happened (an attack told: «شجعهم على الاعتداء عليه فضربوه» keeps «ضربوه»)
ENCOURAGING = frozenset({"يشجع", "تشجع", "شجع", "شجعت", "يشجعان", "تشجعان", "يشجعون", "تشجيع", "يغذي", "تغذي"})


def encouraged_act(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A trigger right after «على» and an encouraging verb or noun (any clitic form) before it."""
    k = match.first
    return k > 1 and words[k - 1] == "علي" and not ENCOURAGING.isdisjoint(word_forms(words[k - 2]))


_FLOOR_VERBS = {"يقل", "تقل", "يقلون", "less", "fewer"}  # «ما لا يقل عن 67 مواطنا», "no fewer than": a toll's floor


def _floor(words: list[str], index: int) -> bool:
    """«لا» of «ما لا يقل عن» (no less than) states a toll's floor, it negates nothing."""
    return index + 1 < len(words) and words[index + 1] in _FLOOR_VERBS


_DESTINATIONS = {"جهه", "وجهه", "مكان", "اماكن"}
_LEFT = {"غادر", "غادرت", "غادروا", "خرج", "خرجت", "خرجوا", "فر", "فرت", "هرب", "هربت", "توجه", "توجهت"}
_LEFT_REACH = 6


# the dialect "and he did not come back" of a missing-person notice («طلع من البيت أمس وما رجعش»)
_NOT_BACK = frozenset({"رجعش", "يرجعش", "ترجعش", "رجعتش", "مارجعش", "مرجعش"})


# «كان في زيارة لأحد أصدقائه دون إعلام أسرته», «توجهت إلى منزل خالتها دون إعلام عائلتها»: the person went off of
# their own accord without telling the family (Arabic pass 130); «دون إعلام عائلته» is a concealment only when someone
# holds them («محتجز منذ يومين دون إعلام عائلته»)
_WENT_OFF = frozenset(_LEFT | {"زياره", "سافر", "سافرت", "سافروا", "ذهب", "ذهبت", "ذهبوا", "قضي", "قضت", "بات",
                               "باتت", "لجا", "لجات"})
_TELLING = frozenset({"اعلام", "ابلاغ", "اخبار", "علم"})
_HELD_BETWEEN = frozenset({"محتجز", "محتجزا", "احتجاز", "احتجازه", "احتجازها", "اعتقال", "اعتقاله", "اعتقالها",
                           "ايقاف", "ايقافه", "ايقافها", "اقتيد", "اقتادوه", "اقتادته", "اختطف", "اختطاف", "نقل", "نقله"})
_WENT_OFF_REACH = 8  # «كان في زيارة لأحد أصدقائه دون»: the going word up to seven words before «دون»


def _went_without_telling(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«وأنه كان في زيارة لأحد أصدقائه دون إعلام أسرته»: «دون إعلام / إبلاغ أسرته» after a going or visiting word of
    the person, with no detention or captor word between, is someone who went off unannounced (a rumoured abduction
    denied), no one holding them out of the family's knowledge (the guide: merely missing is no disappearance)."""
    if words[match.first] not in ("دون", "بدون") or match.first + 1 >= len(words) or (
            not word_forms(words[match.first + 1]) & _TELLING):
        return False
    start = max(0, match.first - _WENT_OFF_REACH)
    went = next((k for k in range(match.first - 1, start - 1, -1) if word_forms(words[k]) & _WENT_OFF), None)
    return went is not None and not any(word_forms(w) & (_HELD_BETWEEN | CAPTORS) for w in words[went + 1 : match.first])


def _left_for_unknown(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«طفلة غادرت منزل عائلتها إلى وجهة غير معلومة»: an unknown destination someone left for (a missing-person
    notice), not one captors took him to («اقتادوه إلى جهة مجهولة»); so is «طلع من البيت وما رجعش» (he went out and
    did not come back) when no captors are named in the sentence."""
    if not all(t.type == "enforced_disappearance" for t in match.payloads):
        return False
    if word_forms(words[match.first]) & _DESTINATIONS and form_before(words, match.first, _LEFT, _LEFT_REACH):
        return True
    if _went_without_telling(words, match):
        return True
    return all(t.strength < STRONG for t in match.payloads) and any(w in _NOT_BACK for w in words) and not any(
        word_forms(w) & CAPTORS for w in words)


# also the missing identified («تعرفوا عليهما بعد اختفائهما»: the bodies found are read by their own words)
_FOUND = {"العثور", "عثور", "عثر", "عثرت", "عثروا", "تعرفوا", "التعرف", "تعرفت"}
_FOUND_REACH = 9  # «العثور على الطفل ريان (6 سنوات) اللي كان مفقود»: the find word, its «على», the person, his age and a dialect «who was»


def _found_missing(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«العثور على تلميذة مفقودة منذ ثلاثة أيام», «عثرت الوحدات على الطفل المفقود»: the missing person was found (a
    find word just before), the disappearance is over; a body found is read by its own word («جثة»). So is one who
    came back, told after the disappearance word («تطالب بالكشف عن مكانه، قبل أن تعلن لاحقاً ترحيبها بعودته»;
    not «تطالب بعودته»: a return demanded)."""
    if not all(t.type == "enforced_disappearance" for t in match.payloads):
        return False
    after = words[match.last + 1 :]
    return form_before(words, match.first, _FOUND, _FOUND_REACH) or any(
        w in _CAME_BACK or (w in _WELCOMED_BACK and k > 0 and word_forms(after[k - 1]) & _WELCOMING)
        for k, w in enumerate(after))


# Arabic pass 132 (tune132): «حصيلة الضحايا مرشحة للارتفاع بسبب وجود مفقودين تحت الركام»: people missing under the
# rubble of a strike or a collapse are feared dead, nobody holds them (no disappearance)
_UNDER = frozenset({"تحت"})
_RUBBLE = frozenset({"الركام", "ركام", "الانقاض", "انقاض", "الحطام", "حطام"})


def _missing_under_rubble(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A weak disappearance word right before «تحت الركام / الأنقاض» (one word may stand between): the missing of a
    collapse, not a disappearance."""
    if not all(t.type == "enforced_disappearance" and t.strength < STRONG for t in match.payloads):
        return False
    return any(words[k] in _UNDER and k + 1 < len(words) and words[k + 1] in _RUBBLE
               for k in range(match.last + 1, min(len(words) - 1, match.last + 3)))


_CAME_BACK = frozenset({"عاد", "عادت", "عادوا"})
_WELCOMED_BACK = frozenset({"بعودته", "بعودتها", "بعودتهم"})
_WELCOMING = frozenset({"ترحيب", "ترحيبها", "ترحيبه", "ترحيبهم", "رحبت", "رحب", "رحبوا", "ترحب", "يرحب"})
CAPTORS = frozenset({"مسلحون", "ملثمون", "مهربون", "مسلحين", "ملثمين", "مهربين", "عصابه", "عصابات"})


def _after_event(words: list[str], index: int) -> bool:
    """«توفي ... إثر إصابته برصاصة», «بعد أن أصابته»: the word at ``index`` tells what the death came from."""
    return form_before(words, index, _AFTER_EVENT, 3)


_INVOLVEMENT = {"تورط", "مسؤوليه", "علاقه", "صله"}  # «تنفي أي تورط لها في الهجوم»: the attack is not denied
_RESPONSE = {"رد", "برد", "الرد", "بالرد", "ردا", "للرد"}  # «يتوعدون برد قاس على الغارة»: the strike answered happened
_RESPONSE_REACH = 4


def denies_the_event(words: list[str], denial: int) -> bool:
    """A denial word that denies what follows it; not one told as past («بعد نفي مستمر لاعتقالهم، السلطات تقرر حبس 3
    صحفيين», «بعد أيام من نفي»: the news is what followed it), nor a denial of involvement («حركة طالبان تنفي أي تورط
    لها في الهجوم»: the attack stands; real posts, ASND train)."""
    return not _after_event(words, denial) and not any(
        word_forms(w) & _INVOLVEMENT for w in words[denial + 1 : denial + 3])


def _answered(words: list[str], index: int) -> bool:
    """«يتوعدون برد قاس على الغارة التي استهدفت سوقا»: the act a threatened response answers is past, not threatened."""
    return any(words[k] in _RESPONSE and "علي" in words[k + 1 : index]
               for k in range(max(0, index - _RESPONSE_REACH), index))


# "arrested two men suspected of killing three farm workers whose bodies were found": the relative clause after a
# charge's victims tells of them, the charge's act (English pass 24); the cue, the act, a number and up to six words
_EN_WHOSE_REACH = 10
_EN_TRAFFICKER_NOUNS = frozenset({"traffickers", "trafficker", "smugglers", "smuggler"})
_EN_CHARGE_SUBJECT_LINKS = frozenset({"was", "were", "is", "are", "been", "being", "have", "has", "had", "both", "also",
                                      "allegedly", "reportedly", "often", "all"})
_EN_CHARGE_SUBJECT_REACH = 3  # "traffickers were both involved in": the cue within three words


def _english_charge_subject(words: list[str], last: int, charges: list[int]) -> bool:
    """"state-affiliated groups and traffickers were both involved in abuses", "smugglers accused of torturing
    migrants": traffickers as the subject of a charge are the ones blamed (a report's finding, a charge sheet), no
    trafficking told by the word itself (English pass 24)."""
    k = last + 1
    while k < len(words) and k - last <= _EN_CHARGE_SUBJECT_REACH and words[k] in _EN_CHARGE_SUBJECT_LINKS:
        k += 1
    return k in charges


_EN_WHO_REACH = 5  # "who were beaten and sexually abused": "who" up to four words before the harm
_EN_RELATIVE_LINKS = frozenset({"were", "was", "had", "been", "being", "and", "or", "also", "allegedly", "reportedly",
                                "repeatedly", "routinely", "sexually", "severely", "badly", "then", "later"})


def _english_charged_relative(words: list[str], first: int, charges: list[int]) -> bool:
    """"accused of overseeing detainees including women and children who were beaten and sexually abused": the people
    a charged act was done to, described by a relative clause after it, are the charge's victims (a warrant's or a
    trial's account of the past), as "whose bodies were found" after a charge (English pass 24). The charge's act is a
    gerund ("accused of overseeing", "charged with running"): "a man accused of theft who was shot dead" has none, and
    his shooting is the sentence's own event."""
    if not charges:
        return False  # no charge cue (most sentences): the last test is False then (speed pass 12)
    who = next((k for k in range(first - 1, max(0, first - _EN_WHO_REACH) - 1, -1) if words[k] == "who"), None)
    if who is None or not all(w in _EN_RELATIVE_LINKS or w.endswith(("ed", "en")) for w in words[who + 1 : first]):
        return False
    return any(c < who and who - c <= _EN_WHOSE_REACH and words[c].isascii() and any(
        w.endswith("ing") for w in words[c + 1 : who]) for c in charges)


# English pass 53 (tune113en): "charged four suspects over an attack on a hospital in March in which two nurses were
# wounded": the harm told in an "in / during which" clause of the act a charge names is that earlier act's toll (the
# guide: a charge for an earlier harm is a proceeding, no incident), as "whose bodies were found" after a charge
_EN_IN_WHICH_REACH = 6  # "in which two nurses were wounded": "which" up to five words before the harm
_EN_CHARGED_ACT_REACH = 16  # "over an attack on <place> hospital in March": the charge cue to "which"


def _english_charged_in_which(words: list[str], first: int, charges: list[int]) -> bool:
    """The harm at ``first`` told in an "in which" / "during which" clause after an English charge cue within
    ``_EN_CHARGED_ACT_REACH`` words: the charged act's toll (see above)."""
    if not charges or "which" not in words:
        return False  # a cheap test first
    which = next((k for k in range(first - 1, max(0, first - _EN_IN_WHICH_REACH) - 1, -1) if words[k] == "which"), None)
    if which is None or which == 0 or words[which - 1] not in EN_IN_WHICH:
        return False
    return any(c < which and which - c <= _EN_CHARGED_ACT_REACH and words[c].isascii() for c in charges)


_EN_SUSPECTS = frozenset({"suspect", "suspects", "accused", "defendant", "defendants"})
_EN_SUSPECT_ARRESTS = frozenset({"arrested", "detained", "held", "apprehended"})


def _english_suspect_arrested(words: list[str], match: PhraseMatch[Trigger], charges: list[int]) -> bool:
    """"The suspect, arrested in Munich in July, is accused of ...": the arrest of the one a charge is against is a
    step of the proceeding (labelling guide: the arrest of a suspect for an earlier killing is a proceeding, no
    incident); only an arrest word right after "the suspect(s)" in a sentence with a charge cue after it."""
    first = match.first
    return (bool(charges) and words[first] in _EN_SUSPECT_ARRESTS and first > 0 and words[first - 1] in _EN_SUSPECTS
            and all(t.type == "arbitrary_detention" for t in match.payloads) and any(c > first for c in charges))


def _scoped_out(match: PhraseMatch[Trigger], words: list[str], where: dict[str, list[int]]) -> bool:
    """Is the trigger inside the scope of a denial, a warning or threat, or a charge (see incident_lexicon.yaml)?"""
    first = match.first
    # (no generator where the sentence has no such cue, most sentences: both are then len(words); speed pass 8)
    denial_at = min((d for d in where["denial"] if denies_the_event(words, d)), default=len(words)) if (
        "denial" in where) else len(words)
    confirmed_at = min((c for c in where["confirmation"] if c > denial_at
                        and not _denier_account(words, c)), default=len(words)) if (  # pass 49: the denier's account
        "confirmation" in where) else len(words)
    if denial_at <= first < confirmed_at:
        return True  # «نفت ... مقتل», until «مؤكدا أنه لا يزال لدى خاطفيه»
    if "denial_after" in where and any(0 < d - first <= _DENIED_BEFORE for d in where["denial_after"]):
        return True
    if "warning" in where and any(w < first for w in where["warning"]) and not form_before(words, first, _AFTER_EVENT, 2) and not (
            _answered(words, first)):
        return True  # «حذرت ... من أن التحشيدات قد تؤدي إلى مقتل مدنيين»; not «حذرت بعد مقتل ...»
    types = {t.type for t in match.payloads}
    if types == {"injury"} and _wounded_taken(words, match):
        return True  # «مسلحون يقتحمون المستشفى ويخطفون جريحا»: the man taken was hurt before, in another event
    past_act = types <= _PAST_ACT_TYPES
    charged = types <= _CHARGED_ACT_TYPES or all(t.strength < STRONG for t in match.payloads)
    if charged and "charge" in where and any(0 < first - c <= SCOPE_WINDOW for c in where["charge"] if not words[c].isascii()):
        return True  # «متهم بقتل», «بتهم القتل والإخفاء القسري», «إدانته بإهانة المؤسسة»
    if charged and _means_of_charged_killing(words, first, match, where.get("charge", [])):
        return True  # «مفتش عنه من أجل قتل شاب بطعنة سكين»: the stab is how the charged killing was done (pass 62)
    if "charge" in where and _charge_list(words, first, where["charge"]):
        return True  # «التهم تشمل القتل والاغتصاب وتجنيد الأطفال»: each act of the list (tune40)
    if "charge" in where and _joined_charged_act(words, first, where["charge"]):
        return True  # «متهمين بخطف طفل ... والمطالبة بفدية», «بتهمة قتل أسرة ودفنهم في مقبرة جماعية» (pass 110)
    if english_charge(words, first, types, all(t.strength < STRONG for t in match.payloads), where.get("charge", [])):
        return True  # "the charges included the murder of", "accused of overseeing torture and murder"
    if types == {"trafficking"} and words[first] in _EN_TRAFFICKER_NOUNS and _english_charge_subject(
            words, match.last, where.get("charge", [])):
        return True  # "traffickers were involved in abuses": the ones a report or a charge blames (pass 24)
    if _english_charged_relative(words, first, where.get("charge", [])):
        return True  # "accused of overseeing detainees ... who were beaten": the charge's victims (English pass 44)
    if _english_charged_in_which(words, first, where.get("charge", [])):
        return True  # "charged four suspects over an attack ... in which two nurses were wounded" (English pass 53)
    if _english_suspect_arrested(words, match, where.get("charge", [])):
        return True  # "The suspect, arrested in Munich in July, is accused of ...": a proceeding (English pass 44)
    if first > 0 and words[first - 1] == "whose" and any(
            0 < first - c <= _EN_WHOSE_REACH for c in where.get("charge", []) if words[c].isascii()):
        return True  # "suspected of killing three workers whose bodies were found": the charge's victims (pass 24)
    # a property attack named as a case or a sentence's crime is the past act too («في قضية تفجير سيارة مفخخة»)
    tried = past_act or types <= TRIED_TYPES
    if (tried or types == {"trafficking"}) and any(0 < first - c <= 2 for c in where.get("case", [])):
        return True  # «قضية مقتل طالب», «الموقوف في قضية تهريب»
    if past_act and _long_ago(words, match.last):
        return True  # «المحامية التي قتلت قبل سبع سنوات»
    if past_act and _relative_of_a_case(words, first, where):
        return True  # «في قضية اغتيال المحامي ...، الذي قتل برصاص مجهولين»: the case's act told again
    if past_act and _arrest_toll(words, first, where):
        return True  # «القبض على متهمين بإطلاق النار ...، ما أسفر حينها عن إصابة صاحبه» (Arabic pass 98)
    if _abduction_ended_by_release(words, match):
        return True  # «الإفراج عن رجل أعمال بعد أسبوعين من خطفه» (pass 49)
    if _detention_ended_by_release(words, match):
        return True  # «رحبت ... بإطلاق سراح الناشطة بعد احتجاز دام عشرة أيام» (pass 56)
    if _abductee_back_home(words, match):
        return True  # «عودة رجل أعمال مخطوف إلى أسرته» (Arabic pass 114)
    if _ransom_paid_for_release(words, match):
        return True  # «وأن رجل الأعمال أفرج عنه آنذاك بعد دفع جزء من الفدية»: the release's price (pass 62)
    if types <= _JUDGED_TAKINGS and _judged_taking(first, where):
        return True  # «قضت الدائرة ... بسجن ثلاثة متهمين بعد إدانتهم بخطف طالب واحتجازه لطلب فدية» (pass 49)
    # «قضت ... بسجنه من أجل قتل صديقه», «تقضي بإعدام 3»; but «تنفيذ أحكام الإعدام» is an execution carried out
    return tried and any(c < first and not (c > 0 and word_forms(words[c - 1]) & {"تنفيذ"})
                            for c in where.get("court", []))


# «تعد المنطقة ممرا رئيسيا لتهريب البشر»: a route smuggling passes along (a region described), no act told
_ROUTES = frozenset({"ممر", "ممرا", "منطلق", "منطلقا", "معبر", "معبرا", "محطه", "طريق", "طريقا", "بوابه", "مسالك", "مسار"})
_ROUTE_REACH = 3  # «ممرا رئيسيا لتهريب»: the route, an adjective, then the smuggling word


def _smuggling_route_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_smuggling_route`` holds for no match of the sentence: it needs a route noun. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_smuggling_route`` widens it too."""
    return not present.isdisjoint(_ROUTES)


def _smuggling_route(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«وتعد المنطقة ممرا رئيسيا لتهريب البشر والوقود»: a region described as a smuggling route (a route noun
    just before the trafficking word), not people smuggled."""
    return all(t.type == "trafficking" for t in match.payloads) and form_before(words, match.first, _ROUTES, _ROUTE_REACH)


# Arabic pass 76 (tune76): «منظمة: 85 مهاجرا قتلوا في مراكز الاحتجاز العام الماضي», a headline's toll over last year
# without «خلال»: a number of people and «العام الماضي / السنة الماضية / المنصرم» in one sentence is the year's figure
_THE_YEAR = frozenset({"العام", "السنه"})


# not a harm that lasts since then («مفقودون منذ اشتباكات العام الماضي», «لا يعرف مصيرهم حتى الآن»), nor one event
# told by its relative clause («خلال الاشتباكات التي شهدتها المدينة العام الماضي»)
_STILL_OR_ONE_EVENT = frozenset({"منذ", "حتي", "شهدتها", "شهدها", "التي", "الذي"})


def _last_year_toll(words: list[str]) -> bool:
    return _STILL_OR_ONE_EVENT.isdisjoint(words) and any(
        w in _THE_YEAR and words[k + 1] in LAST_SPAN_WORDS for k, w in enumerate(words[:-1])) and any(
        (n := parse_number(words, k)) is not None and n[0] > 1 and not is_calendar_year(w) for k, w in enumerate(words))


def _year_tally(words: list[str]) -> bool:
    """«2317 إشعارا خلال 2025», «19 جريمة قتل خلال سنة 2024»: a year's tally (a statistic), not one event; so are
    acts told over years («قتلت ... خلال الـ30 سنة الأولى من الاحتلال», «طيلة 3 سنوات»); a number of people with
    «العام الماضي» (``_last_year_toll``)."""
    if not LAST_SPAN_WORDS.isdisjoint(words) and _last_year_toll(words):
        return True
    if _DURING.isdisjoint(words):
        return False  # a cheap test first: no «خلال / طيلة ...», the loop reads none (speed pass 14)
    for index, word in enumerate(words[:-1]):
        if word not in _DURING:
            continue
        after = words[index + 1 : index + 3]
        number = parse_number(words, index + 1) or parse_number([after[0].removeprefix("ال")], 0)
        if number is not None and index + 1 + number[1] < len(words) and words[index + 1 + number[1]] in YEAR_WORDS:
            return True
        year = after[1] if after[0] in _YEAR_HEADS and len(after) > 1 else after[0]
        if is_calendar_year(year):
            return True
    return False


def _period_tally(words: list[str]) -> bool:
    """«لقوا حتفهم ... خلال نفس الفترة», «منذ بداية السنة»: a report's figures over the same period as a figure before
    or since the year began (a running tally, as "so far this year"), no event's victims."""
    if "منذ" not in words and not _DURING.intersection(words):
        return False  # a cheap test first: this runs on every sentence with a trigger
    return any((word == "منذ" and (words[k + 1 : k + 3] in _YEAR_START or words[k + 1 : k + 3] in _WAR_END))
               or (word in _DURING and words[k + 1 : k + 3] in _SAME_PERIOD) for k, word in enumerate(words[:-2]))


_CASE_HEADS = {"حاله", "حالات", "انتهاكا", "انتهاكات", "جريمه", "جرائم", "اعتداءات", "اعتداء"}


def _case_tally(words: list[str]) -> bool:
    """A report's figures: two or more counted kinds of case in one sentence («بينها تسع حالات قتل، واثنتا عشرة حالة
    اعتقال», «القتل بـ118 حالة، تلتها حالات الاعتقال بـ97 حالة»): a statistic, not one event; one count («3 حالات
    اختطاف») may still be a bounded series."""
    if len(_CASE_HEADS.intersection(words)) == 0:
        return False  # a cheap test first: this runs on every sentence with a trigger
    tallied = 0
    for k in range(1, len(words)):
        if words[k] in _CASE_HEADS:
            before = words[k - 1].removeprefix("و")
            tallied += any(c.isdigit() for c in before) or parse_number([before], 0) is not None
    return tallied >= 2


_OF_IT = {"اثرها", "اثره", "اثرهما", "اثرهم", "متاثرا", "متاثره", "متاثرين"}  # «توفي على إثرها», «توفي متأثرا»
_DIED_OF_REACH = 8  # tokens from the wound to the death it caused («فأصيب بطعنات في البطن والصدر توفي»)
_BUT_DIED_REACH = 16  # «إصابة امرأة برصاصة طائشة في حي ...، وتم نقلها إلى مستشفى ... لكنها فارقت الحياة» (pass 51)
_ACCUSED = {"متهم", "متهمين", "المتهم", "المتهمين", "مدان", "مدانين", "المدان", "المدانين", "جناه", "الجناه"}


# Arabic pass 104 (tune104): «الإعدام لقاتل أسرة», «الإعدام لقاتلي شاب», «الإعدام لخاطف طفل»: the convicted named by
# their crime (the agent noun, singular, dual or plural) after «الإعدام ل», as «الإعدام للمتهم»: a court's sentence
_CONVICTED_AGENTS = frozenset({"قاتل", "قاتلي", "قاتلا", "قتله", "القاتل", "خاطف", "خاطفي", "خاطفه", "الخاطف", "خاطفا",
                               "مغتصب", "مغتصبي", "جاني", "الجاني", "مرتكب", "مرتكبي", "منفذ", "منفذي"})
_SENTENCED_AS = _ACCUSED | _CONVICTED_AGENTS


def _sentence_passed_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_sentence_passed`` holds for no match of the sentence: it needs «إعدام». Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_sentence_passed`` widens it too."""
    return "اعدام" in present


def _sentence_passed(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«الإعدام لمتهمين اثنين», «الإعدام للمتهم الرئيسي», «الإعدام لثلاثة متهمين», «الإعدام لقاتل أسرة»: a court's sentence
    on the accused or the convicted (a headline of a trial's news), no execution carried out."""
    after = words[match.last + 1 : match.last + 3]
    if "اعدام" not in word_forms(words[match.first]) or not after or not after[0].startswith("ل"):
        return False
    # «الإعدام لثلاثة متهمين»: the accused may follow their number; the convicted named by their crime only where the
    # sentence opens on «الإعدام» (a verdict headline), not in a call «للمطالبة بـ#الإعدام_لقاتلي_الأطفال»
    sentenced = _SENTENCED_AS if match.first == 0 else _ACCUSED
    return bool(word_forms(after[0]) & sentenced) or (len(after) > 1 and bool(word_forms(after[1]) & sentenced))


_PROTESTS = {"احتجاج", "احتجاجات", "مظاهره", "مظاهرات", "وقفه", "مسيره", "اعتصام"}
_PROTEST_REACH = 6  # «محتجزين منذ يوم الأحد الماضي بعد مشاركتهم في احتجاج»: from the detention word to the protest


# English pass 28: "was arrested on January 10 after he joined a small protest over unpaid salaries" (the date and the
# joining between: a longer reach)
# ("sit" of "sit-in", split by the tokenizer; not "march", a month, nor "strike", a drone's)
_EN_PROTESTS = frozenset({"protest", "protests", "sit", "demonstration", "demonstrations", "rally", "rallies", "vigil"})
_EN_PROTEST_REACH = 10


def _after_protest(words: list[str], detention: int) -> bool:
    """«محتجزين بعد احتجاج», «اعتقلوا إثر مشاركتهم في وقفة»: an «after» word then a protest, within a few words of the
    detention word (the cause of the arrest: a civic act)."""
    english = words[detention].isascii()
    window = words[detention + 1 : detention + 1 + (_EN_PROTEST_REACH if english else _PROTEST_REACH)]
    for k, w in enumerate(window):
        if (w in _EN_PROTESTS) if english else (word_forms(w) & _PROTESTS):
            return any(word_forms(b) & _AFTER_EVENT for b in window[:k])
    return False


_VICTIM_WORDS = {"الضحيه", "ضحيه"}
# «طفل ضحية اعتداء جنسي», «أفاد التاجر ...، أحد ضحايا الاعتداء»: the victim word right before the assault it names is
# that assault's victim, no death (Arabic pass 130); not «ضحايا الاعتداء الإرهابي» (a terror attack's dead)
_VICTIM_OF_WORDS = frozenset(_VICTIM_WORDS | {"ضحايا", "الضحايا"})  # (the plural too)
# «اعتداء», «الاعتداءات»: the assault noun, singular and plural, bare and definite (``incident_cues`` reads it too)
ASSAULT_NOUNS = frozenset({"اعتداء", "الاعتداء", "اعتداءات", "الاعتداءات"})
_ASSAULTS_AND_ABUSES = ASSAULT_NOUNS | {"تحرش", "التحرش", "اغتصاب", "الاغتصاب", "عنف", "العنف", "براكاج", "البراكاج",
                                       "سرقه", "السرقه", "تحيل", "التحيل", "احتيال", "الاحتيال", "تعذيب", "التعذيب",
                                       "سوء"}
_DEADLY_ASSAULT = frozenset({"ارهابي", "الارهابي", "الارهابيه", "ارهابيه", "مسلح", "المسلح", "دموي", "الدموي",
                             "الانتحاري", "انتحاري"})


def _victim_of_assault_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """The gate of ``_victim_of_assault``: a victim word and an assault noun in the sentence (C-level set tests)."""
    return not _VICTIM_OF_WORDS.isdisjoint(present) and not _ASSAULTS_AND_ABUSES.isdisjoint(present)


def _victim_of_assault(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A weak killing match on «ضحية / ضحايا» right before an assault noun («ضحية اعتداء جنسي», «أحد ضحايا الاعتداء»):
    the victim of that assault (named by its own trigger), no death told; an assault called terrorist, armed or
    deadly («ضحايا الاعتداء الإرهابي») keeps its dead."""
    if match.first != match.last or match.last + 1 >= len(words) or words[match.last + 1] not in _ASSAULTS_AND_ABUSES:
        return False
    if not all(t.type == "killing" and t.strength < STRONG for t in match.payloads) or words[match.first] not in (
            _VICTIM_OF_WORDS):
        return False
    return not any(w in _DEADLY_ASSAULT for w in words[match.last + 2 : match.last + 4])


def _victim_word_only(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A weak killing match that is only the word «الضحية» (the victim, whatever befell them)."""
    return match.first == match.last and all(t.type == "killing" and t.strength < STRONG for t in match.payloads) and (
        bool(word_forms(words[match.first]) & _VICTIM_WORDS))


# every word whose «و»-less form is a sound word, and the fire and bullet words, built once (speed pass 12)
_SOUND_WORDS = with_proclitics(_SOUNDS, ("و",))
_GUNFIRE_WORDS = frozenset(FIRING | BULLETS)


def _heard(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A sound word right before the trigger («سماع دوي إطلاق نار»), or anywhere before a gunfire trigger."""
    if _SOUND_WORDS.isdisjoint(words):
        return False  # no sound word (most sentences): the last test reads none (speed pass 12)
    before = words[max(0, match.first - 2) : match.first]
    gunfire = any(word_forms(w) & _GUNFIRE_WORDS for w in words[match.first : match.last + 1])
    return any(w.removeprefix("و") in _SOUNDS for w in (words[: match.first] if gunfire else before))  # not «بدوي»


def _demanded(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A harm called for, not done: the trigger right after a call, bare or with «ب/ل/إلى» («يدعو لإعدام», «طالبت
    العائلة بإعدام»)."""
    if not {t.type for t in match.payloads} <= _CALLED_FOR:
        return False  # «تطالب ذويهم بفدية»: a ransom demanded is the abduction itself
    governed = words[match.first].startswith(("ب", "ل")) or (match.first > 0 and words[match.first - 1] == "الي")
    if governed and match.first > 1 and words[match.first - 1] in _AN_END and words[match.first - 2] in _PUTTING:
        return True  # «وضع حد للعنف ضد المهاجرين»: a harm to be ended, none told (Arabic pass 102)
    return governed and any(w.removeprefix("و") in _CALLS for w in words[max(0, match.first - _CALL_REACH) : match.first])


# «اعتدوا على طبيب ... إثر وفاة أحد أقاربهم»: the attackers' («هم») dead kin, the death that set off the assault
_THEIR_KIN = frozenset({"اقاربهم", "قريبهم", "قريبتهم", "قريب", "مريضهم", "مريضتهم", "ابنهم", "ابنتهم", "والدهم",
                        "والدتهم", "شقيقهم", "شقيقتهم"})
_BECAUSE_OF = frozenset({"اثر", "بعد", "عقب", "بسبب", "اثناء"})


def _assaulters_grievance(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«اقتحم مسلحون قسم الطوارئ واعتدوا على طبيب ... إثر وفاة أحد أقاربهم»: a weak death word after an assault of the
    sentence, «إثر / بعد» before it and the attackers' kin after it, is the death that set off the assault (a
    relative dead of illness or an accident), no killing; the matches kept."""
    if _THEIR_KIN.isdisjoint(words):
        return list(matches)  # no kin word (most sentences): every match is kept (speed pass 12)
    assault_at = min((m.first for m in matches if any(t.type == "injury" for t in m.payloads)), default=len(words))
    return [m for m in matches if not (
        all(t.type == "killing" and t.strength < STRONG for t in m.payloads) and assault_at < m.first
        and words[m.first - 1] in _BECAUSE_OF and _THEIR_KIN.intersection(words[m.last + 1 : m.last + 3]))]


def _not_harm_to_people(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """An assault on an institution or a right («اعتداء صارخ على استقلالية القضاء»), medicines missing («الأدوية
    المفقودة»), a suspension from a post («قرار توقيفه», «توقيفه عن العمل»), a victim who files a complaint or
    speaks («وأودع الضحية شكوى»: alive): the trigger's word names no harm to a person, or no death."""
    types = {t.type for t in match.payloads}
    if all(t.type == "killing" and t.strength < STRONG for t in match.payloads) and match.first > 0 and (
            word_forms(words[match.first - 1]) & _LIVING_VICTIM_VERBS
            or _EN_GRIEVANCE.intersection(words[max(0, match.first - 4) : match.first])):
        return True  # "in anger at the death of a wounded relative": the attackers' grievance, an earlier death
    if words[match.first] == "bodies" and match.first > 0 and words[match.first - 1] in _EN_BODIES_AS_ORGANS:
        return True  # "share their findings with international bodies": organisations, no corpses (English pass 52)
    after = words[match.last + 1 : match.last + 4]
    before = word_forms(words[match.first - 1]) if match.first > 0 else frozenset()
    if types <= {"injury", "torture"} and "علي" in after:
        k = match.last + 1 + after.index("علي")
        return k + 1 < len(words) and bool(word_forms(words[k + 1]) & _ABSTRACT_TARGETS)
    if types == {"enforced_disappearance"}:
        return bool(before & _THINGS)
    if types == {"abduction"} and words[match.first] in ("was", "were") and match.first > 0:
        return words[match.first - 1] in _EN_THINGS_TAKEN  # "samples were taken for DNA matching"
    if types != {"arbitrary_detention"}:
        return False  # (the test below reads the words after a detention word only: most matches are none)
    suspended = any(w in ("عن", "من") and bool(word_forms(nxt) & _DUTIES) for w, nxt in pairwise(after))
    return bool(before & _DECISIONS) or suspended or english_clients(words, match.first)


_EN_GRIEVANCE = frozenset({"anger", "angered", "angry", "furious", "revenge", "avenge"})
# "international bodies", "UN bodies", "relevant bodies": "bodies" as organisations after a word that only qualifies an
# institution (English pass 52); not "two bodies", "the bodies", "charred bodies"
_EN_BODIES_AS_ORGANS = frozenset({"international", "regional", "official", "government", "governmental", "judicial",
                                  "un", "relevant", "competent", "oversight", "monitoring", "intergovernmental",
                                  "advisory", "legislative", "regulatory", "professional", "elected", "state",
                                  "multilateral", "treaty", "rights", "accountability"})
# "samples were taken", "measures were taken": "was / were taken" of a thing takes nobody (English words)
_EN_THINGS_TAKEN = frozenset({"samples", "sample", "swabs", "fingerprints", "measures", "steps", "photos", "photographs",
                              "pictures", "statements", "decisions", "readings", "notes"})


# Short news (ASND/ANS train): who a killing word names or what it hangs on
_ATTACKERS = {"منفذ", "منفذي", "منفذو", "منفذه", "منفذا"}  # «مقتل منفذ الهجوم»: the attacker, not a victim
_CARRIED_OUT = {"تنفيذه", "تنفيذها", "تنفيذهم", "تنفيذهما"}  # «بعد تنفيذه عملية طعن»
_ALLEGED = {"بزعم", "زعم", "بحجه", "بدعوي", "بادعاء", "ادعاء", "بذريعه", "مزاعم"}  # «بزعم تنفيذها عملية طعن»: alleged
_ATTACKER_REACH = 14  # «استشهاد فلسطيني بوابل من رصاص ... في #القدس بعد تنفيذه عملية طعن»
# a killing already known, named by a reaction to it («حيال مقتل», «كشف غموض اغتيال», «لبحث جريمة قتل»)
_REACTION_HEADS = {"حيال", "بشان", "حول", "غموض", "لبحث", "بحث", "التستر", "تستر"}
# «محاسبة المسؤولين عن قتل», «تتحمل المسؤولية عن قتل»: accountability for it
_ACCOUNTABILITY = {"محاسبه", "بمحاسبه", "لمحاسبه", "مسؤوليه", "المسؤوليه", "المسؤولين", "مسؤولين", "المتورطين", "متورطين"}
_ABOUT = {"عن", "علي"}
# prisoners of conscience as a cause: an account's name, a campaign, a call for their release
_CONSCIENCE = {"الراي"}
_CAUSE_HEADS = {"حساب", "لنصره", "نصره", "التضامن", "تضامنا", "بالافراج", "الافراج", "سراح", "باطلاق", "لاطلاق"}
_HELD_PERSON = {"المعتقل", "المعتقله", "معتقل", "السجين", "سجين", "المحتجز", "الاسير"}
_KILLERS = {"القتله", "قتله"}  # «يا قتلة الأطفال», «ارفع يدك عن القتلة»: the killers named, no killing told
_VOCATIVE = {"يا", "ايها", "ايتها"}
# the definite plural: executions and assassinations as a practice («كثرة الإعدامات», «سياسة الاغتيالات»; ASND train)
_PRACTICES = {"الاعدامات", "والاعدامات", "الاغتيالات", "والاغتيالات"}
_HITS = {"اصابه", "اصابات"}
_DIRECT = {"مباشره", "مباشرا"}


def _no_new_killing(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A killing word that reports no killing of a protected person (real short news, ASND/ANS train): the attacker
    killed («مقتل منفذ الهجوم», «استشهاد شاب ... بعد تنفيذه عملية طعن»; not «بزعم تنفيذها»: alleged); a killing
    already known, named by a reaction to it («قلقه حيال مقتل», «كشف غموض اغتيال», «محاسبة المسؤولين عن قتل»,
    «تتحمل المسؤولية عن قتل أي مدني»); the killers named as an insult («يا قتلة الأطفال», «عن القتلة»); a direct hit
    on a target («"إصابة مباشرة" ... استهداف مخزن»); executions or assassinations as a practice («كثرة الإعدامات»);
    any victim («مقتل أي مدني»); the perpetrators of a known killing («اعترافات لمنفذي اغتيال»)."""
    if not {t.type for t in match.payloads} <= {"killing", "injury"}:
        return False
    first, last = match.first, match.last
    after = words[last + 1] if last + 1 < len(words) else ""
    if word_forms(after) & _ATTACKERS:
        return True
    if all(t.strength < STRONG for t in match.payloads) and form_before(words, first, _CARRIED_OUT, 2):
        return True  # the attack he carried out («بعد تنفيذه عملية طعن»): no one's harm told
    # (each form of ``_CARRIED_OUT`` holds «تنفيذ», so a word with none has none: the loop only where one is; pass 8)
    reach = _ATTACKER_REACH if "تنفيذ" in " ".join(words[last + 1 : last + 1 + _ATTACKER_REACH]) else 0
    for k in range(last + 1, min(len(words), last + 1 + reach)):
        if word_forms(words[k]) & _CARRIED_OUT and not form_before(words, k, _ALLEGED, 2):
            return True
    if words[last] in _HITS and after in _DIRECT and not (last + 2 < len(words) and words[last + 2].startswith("ل")):
        return True  # «"إصابة مباشرة" ... استهداف مخزن»: a target hit; not «إصابة مباشرة لطفلين»
    before = word_forms(words[first - 1]) if first > 0 else frozenset()
    if before & _REACTION_HEADS:
        return True
    if before & _ATTACKERS:
        return True  # «اعترافات مصورة لمنفذي اغتيال الدبلوماسي»: the perpetrators of a known killing, the news is theirs
    if before & _ABOUT and form_before(words, first - 1, _ACCOUNTABILITY, 2):
        return True
    if first == last and words[first] in _PRACTICES:
        return True  # «كثرة الإعدامات», «سياسة الاغتيالات»: a practice named, no execution or killing told
    if after == "اي":
        return True  # «تتحمل مسؤولية مقتل أي مدني»: any victim, no one's harm told
    killers = first == last and words[first] in _KILLERS
    return killers and (words[first] == "القتله" or (first > 0 and words[first - 1] in _VOCATIVE))


# Real posts pass 5: a harm of a whole class judged in a nominal sentence («سجن الصحفيين إسكات لصوت الحقيقة», «قتل
# المواطنين السلميين جريمة تستوجب المحاسبة»): a slogan or a judgement, no event told
_VERDICTS = frozenset(normalize(w) for w in (
    "جريمة", "جرائم", "إسكات", "تكميم", "انتهاك", "انتهاكا", "وصمة", "عار", "إرهاب", "خيانة", "ظلم",
    "يعد", "تعد", "يعتبر", "تعتبر", "يمثل", "تمثل", "يشكل", "تشكل"))
_CLASS_REACH = 3  # «المواطنين السلميين»: the class noun and up to two adjectives or nouns joined by «و»


def _class_act_judged_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_class_act_judged`` holds for no match of the sentence: it needs a verdict word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_class_act_judged`` widens it too."""
    return not _VERDICTS.isdisjoint(words)


def _class_act_judged(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A one-word act followed by a definite plural class («الصحفيين», «المحتجزين», «الناشطات والمدافعات»), with no
    number, then at once a verdict noun or verb («جريمة», «إسكات», «تكميم», «يعد انتهاكا»): the act is named to be
    judged, as a slogan or a statement of principle, no event told. A named victim, a number, a verb, a place or a
    means between the class and the verdict ends the nominal phrase (a concrete event stays)."""
    first, last = match.first, match.last
    if first != last or last + 2 >= len(words):
        return False
    noun = words[last + 1]
    if not noun.startswith(("ال", "وال")) or not noun.endswith(PLURAL_ENDINGS):
        return False
    for k in range(last + 2, min(len(words), last + 2 + _CLASS_REACH)):
        w = words[k]
        if w in _VERDICTS:
            return True
        if not w.startswith(("ال", "وال")) or parse_number([w.removeprefix("و").removeprefix("ال")], 0):
            return False
    return False


# «تدين الاعتداءات المتكررة على المدنيين», «يستنكر الهجمات المستمرة»: a plural act qualified as repeated or ongoing
# and condemned is a pattern judged, no event told (Arabic pass 64); «وآخرها / كان آخرها» goes on to the last one
# (the condemning words: ``_CONDEMNING``, with ``_STANCE``); ``nlp.incidents`` reads ``_REPEATED`` after a protest word
_REPEATED = frozenset(normalize(w) for w in (
    "المتكررة", "المستمرة", "المتواصلة", "المتصاعدة", "اليومية", "المتزايدة", "متكررة", "مستمرة", "متواصلة",
    "المتكرر", "المتواصل"))
_LATEST = frozenset(normalize(w) for w in ("آخرها", "وآخرها", "اخرها", "واخرها", "أحدثها", "وأحدثها", "آخر"))


def _repeated_acts_condemned_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_repeated_acts_condemned`` holds for no match of the sentence: it needs «المتكررة» or its like. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_repeated_acts_condemned`` widens it too."""
    return not _REPEATED.isdisjoint(words)


def _repeated_acts_condemned(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A one-word plural act right before «المتكررة / المستمرة ...», in a sentence that condemns (a condemning word
    before it) and names no latest one («وآخرها»): the acts as a pattern, no event."""
    last = match.last
    if match.first != last or last + 1 >= len(words) or words[last + 1] not in _REPEATED:
        return False
    if not words[last].endswith(PLURAL_ENDINGS) or not _LATEST.isdisjoint(words):
        return False
    return any(not word_forms(w).isdisjoint(_CONDEMNING) for w in words[max(0, last - 4) : last])


# Arabic pass 130 (tune130): «ويشتكي سائقو الشاحنات منذ أشهر من تكرر الاعتداءات عليهم», «احتجاجا على تنامي ظاهرة
# العنف»: acts named after a word of recurrence are a pattern complained of, no event (the event, where there is one,
# is told in its own sentence); «وآخرها» goes on to the last one
_RECURRENCE = frozenset(normalize(w) for w in (
    "تكرر", "تكرار", "تواتر", "تزايد", "تنامي", "تصاعد", "كثرة", "لتكرر", "لتكرار", "بتكرر", "بتكرار", "وتكرر",
    "وتكرار", "وتزايد", "وتنامي"))
_PHENOMENON = frozenset(normalize(w) for w in ("ظاهرة", "ظاهره"))


def _recurring_acts_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_recurring_acts`` holds for no match of the sentence: it needs a word of recurrence («تكرر»)."""
    return not _RECURRENCE.isdisjoint(words)


def _recurring_acts(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A one-word plural act, or «ظاهرة» + an act, right after «تكرر / تكرار / تزايد / تنامي ...» («تكرر الاعتداءات
    عليهم», «تنامي ظاهرة العنف»), with no latest one named («وآخرها»): acts as a pattern, no event."""
    k = match.first - 1
    if k >= 0 and words[k] in _PHENOMENON:
        k -= 1
    elif match.first != match.last or not words[match.first].endswith(PLURAL_ENDINGS):
        return False
    return k >= 0 and words[k] in _RECURRENCE and _LATEST.isdisjoint(words)


# Arabic pass 71 (tune71): «المجلس الوطني للحريات يدين الاعتداءات على الصحفيين ويطالب بحمايتهم»: a definite plural act
# condemned with a call to protect, and no time, place, number or latest one told, is a stance on a pattern (the guide:
# calls and condemnations with no event reported); «تدين الاعتداءات على الصحفيين أمس في طرابلس» tells the event
_PROTECTION_CALLED = frozenset(normalize(w) for w in (
    "بحمايتهم", "بحمايتهن", "بحماية", "لحمايتهم", "لحماية", "حمايتهم", "بتوفير", "قانون", "بقانون"))
_EVENT_MARKS = frozenset(normalize(w) for w in (
    "في", "أمس", "امس", "اليوم", "الليلة", "فجر", "صباح", "مساء", "ليلة", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
    "الخميس", "الجمعة", "السبت", "ضد", "بحق"))
_CONDEMN_REACH = 4


def _plural_acts_condemned_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_plural_acts_condemned`` holds for no match of the sentence: it needs a call for protection or a law. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_plural_acts_condemned`` widens it too."""
    return not _PROTECTION_CALLED.isdisjoint(words)


def _plural_acts_condemned(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A definite plural act («الاعتداءات») right after a condemning word (four words at most), in a sentence that
    calls for protection or a law and names no time, place, number or latest act."""
    head = words[match.first]
    if not head.startswith("ال") or not head.endswith("ات") or _PROTECTION_CALLED.isdisjoint(words):
        return False
    if not any(not word_forms(w).isdisjoint(_CONDEMNING) for w in words[max(0, match.first - _CONDEMN_REACH) : match.first]):
        return False
    rest = words[match.first :]
    return (_EVENT_MARKS.isdisjoint(rest) and _LATEST.isdisjoint(words)
            and not any(parse_number(words, k) is not None for k in range(len(words))))


def _conscience_as_a_cause_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_conscience_as_a_cause`` holds for no match of the sentence: it needs «الرأي» (conscience). Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_conscience_as_a_cause`` widens it too."""
    return not _CONSCIENCE.isdisjoint(words)


def _conscience_as_a_cause(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«حساب معتقلي الرأي» (an account's name), «لنصرة معتقلي الرأي» (a campaign), «بالإفراج عن سجناء الرأي» (a call):
    prisoners of conscience as a class named by a cause, no arrest or detention reported."""
    if {t.type for t in match.payloads} != {"arbitrary_detention"} or not any(
            w in _CONSCIENCE for w in words[match.first : match.last + 1]):
        return False
    if words[match.first - 1 : match.first] == ["حساب"] and any(
            word_forms(w) & _HELD_PERSON for w in words[: match.first - 1] + words[match.last + 1 :]):
        return False  # «حساب معتقلي الرأي: المعتقل أحمد ... يرقد بمستشفى»: the account tells of a detainee
    return form_before(words, match.first, _CAUSE_HEADS, 3)


# Libyan outlets pass (tune9): the crime as the object of a law, an agency or a cause, not an event
_LAW_HEADS = {"يجرم", "تجرم", "يجرمان", "تجريم", "لتجريم", "بتجريم", "قانون", "لقانون", "مناهضه", "لمناهضه", "criminalise",
              "criminalize", "criminalises", "criminalizes", "criminalising", "criminalizing", "convention", "conventions",
              "protocol", "treaty"}
_LAW_REACH = 2  # «قانون يجرّم الاختفاء القسري», «بتجريم التعذيب»
_FATE_HEADS = {"مصير", "بمصير", "لمصير"}
_CAUSE_WORDS = {"حمله", "حملات", "وسم", "عريضه", "وقفه", "وقفات", "مسيره", "للمطالبه", "المطالبه", "مطالبه", "تطالب", "يطالب",
                "طالبت", "طالب", "يطالبون", "تطالبان", "campaign"}
# Arabic pass 71: a necessity stated or a speed-up urged («أكد الوفد ضرورة ... وتسريع الكشف عن مصير المفقودين») is a
# call as «المطالبة» is
_CAUSE_WORDS |= {"ضروره", "بضروره", "تسريع", "بتسريع", "لتسريع"}
_GENERIC_MISSING = {"المفقودين", "المخفيين", "المختفين", "المغيبين", "المختطفين", "المخطوفين", "المفقودون", "المخفيون"}
_THOUSANDS = {"الاف", "الالاف", "مئات", "المئات", "عشرات", "thousands", "hundreds"}


_EN_PROTECT_REACH = 6  # "the protection of all persons from enforced disappearance"


def _crime_named_by_a_law_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_crime_named_by_a_law`` holds for no match of the sentence: it needs "from" or a law word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_crime_named_by_a_law`` widens it too."""
    return "from" in words or not present.isdisjoint(_LAW_HEADS)


def _crime_named_by_a_law(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«قانون يجرّم الاختفاء القسري», «تجريم التعذيب», "a law criminalising torture", "the Convention against Enforced
    Disappearance": the crime a law or treaty names, no event; so is what people are to be protected from (English)."""
    first = match.first
    protected = first > 0 and words[first - 1] == "from" and any(
        w.startswith("protect") for w in words[max(0, first - 1 - _EN_PROTECT_REACH) : first - 1])
    return protected or form_before(words, first, _LAW_HEADS, _LAW_REACH)


# «تشديد العقوبات في جرائم قتل النساء», «مضاعفة العقوبات على جرائم الاعتداء على الأطباء»: crimes as a class that a
# bill or a call would punish harder, no event (Arabic pass 60). The penalty word must come just before «جرائم»:
# «ارتكبوا جرائم قتل بحق مدنيين» (crimes done) has none and stays.
_CRIMES = frozenset({"جرائم", "الجرائم"})
_PENALTY_HEADS = frozenset(normalize(w) for w in (
    "العقوبات", "عقوبات", "العقوبة", "عقوبة", "العقوبة", "تشديد", "مضاعفة", "تجريم", "الزجرية", "الردع", "ردع"))
_PENALTY_REACH = 3  # «تشديد العقوبات في جرائم»: the penalty word at most two words before «جرائم»


def _crimes_under_penalty_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_crimes_under_penalty`` holds for no match of the sentence: it needs «جرائم» and a penalty word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_crimes_under_penalty`` widens it too."""
    return not present.isdisjoint(_CRIMES) and not present.isdisjoint(_PENALTY_HEADS)


def _crimes_under_penalty(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """Is the trigger the kind of crime a penalty names («العقوبات في جرائم قتل النساء»)?"""
    at = match.first if word_forms(words[match.first]) & _CRIMES else match.first - 1
    if at < 0 or not word_forms(words[at]) & _CRIMES:
        return False
    return any(word_forms(w) & _PENALTY_HEADS for w in words[max(0, at - _PENALTY_REACH) : at])


def _missing_as_a_cause_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_missing_as_a_cause`` holds for no match of the sentence: it needs a call or campaign word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_missing_as_a_cause`` widens it too."""
    return not present.isdisjoint(_CAUSE_WORDS)


def _missing_as_a_cause(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«حملة ... للمطالبة بالكشف عن مصير آلاف المفقودين والمخفيين قسرا», «رابطة أهالي المخفيين قسرا تطالب»: the missing
    as a class named by a call or a campaign (a definite plural right after «مصير», «آلاف» or the families, with no
    number or name of its own), no disappearance reported. Not «مطابقتها مع عائلات المفقودين» beside a mass grave (no
    call: the missing are its dead), «مصير الصحفيين فلان وفلان المختطفين» (named), «تطالب بالكشف عن مصير ابنها المخفي
    قسرا» (a person) nor «مصير 3 شبان» (counted)."""
    if {t.type for t in match.payloads} - {"enforced_disappearance", "abduction"}:
        return False
    if not any(word_forms(w) & _CAUSE_WORDS for w in words):
        return False
    if word_forms(words[match.last]) & _FATE_HEADS:  # «بالكشف عن مصير آلاف المفقودين»: the class follows
        after = words[match.last + 1 : match.last + 3]
        if after and word_forms(after[0]) & _THOUSANDS:
            after = after[1:]
        return bool(after) and bool(word_forms(after[0]) & _GENERIC_MISSING)
    if not word_forms(words[match.first]) & _GENERIC_MISSING or match.first == 0:
        return False
    # «مصير المفقودين والمخفيين قسرا»: a class coordinated with another
    return bool(word_forms(words[match.first - 1]) & (REFERENCE_HEADS | _FATE_HEADS | _THOUSANDS | _GENERIC_MISSING | {"ملف"}))


_NEAR = {"قرب", "بالقرب", "محيط", "بمحيط", "مقربه", "بمقربه", "near"}


def _died_of_wounds(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """Every injury word is followed, within a few words, by a death «على إثرها» or «متأثرا» (the wounds the victim
    died of), with no other people hurt counted after it."""
    died_at = [m.first for m in matches if any(t.type == "killing" for t in m.payloads)
               and (any(word_forms(w) & _OF_IT for w in words[m.last + 1 : m.last + 3]) or _then_died(words, m))]
    injuries = [m for m in matches if any(t.type == "injury" for t in m.payloads)]
    # «لكنها فارقت الحياة» closes a longer telling of her care («ونقلت إلى مستشفى ... لكنها»): a wider reach
    reach = _BUT_DIED_REACH if any(k > 0 and words[k - 1] in BUT_THEN for k in died_at) else _DIED_OF_REACH
    return bool(died_at) and all(any(0 < k - m.last <= reach for k in died_at) and not _others_hurt(words, m.last)
                                 for m in injuries)


# ``counts_words.THEN_DIED``: «وفارق الحياة» is the same end («أصيب بثلاث رصاصات في الصدر وفارق الحياة قبل وصوله»)
def _then_died(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«أصيب بثلاث رصاصات وتوفي قبل وصول الإسعاف»: the hurt one then died (not «وتوفي آخر», «وتوفي ثالث»: another)."""
    if words[match.first] not in THEN_DIED and not (
            words[match.first] in BUT_DIED and match.first > 0 and words[match.first - 1] in BUT_THEN):
        return False  # «... لكنها فارقت الحياة قبل وصولها» too (Arabic pass 51)
    if match.last + 1 >= len(words):
        return True
    return not (word_forms(words[match.last + 1]) & COUNTED_OTHERS) and parse_number(words, match.last + 1) is None


_WOUNDED_STATE = frozenset({"مصابا", "مصابه"})  # the state a body was found in («عثر على جثة ... مصاباً بطلقات»)
_BODY_STATE_REACH = 14  # «جثة سائق شاحنة تشادي الجنسية يدعى آدم محمد (40 عاماً)، مصاباً»: a name and an age between


def _body_found_wounded(words: list[str], body: int, index: int) -> bool:
    """«عُثر على جثة سائق ... يدعى ... (40 عاماً)، مصاباً بعدة طلقات»: the accusative «مصابا» after a body tells the
    state it was found in, however long the victim's description, unless another person comes between («وآخر»)."""
    return (words[index] in _WOUNDED_STATE and 0 < index - body <= _BODY_STATE_REACH
            and not any(word_forms(w) & COUNTED_OTHERS for w in words[body + 1 : index]))


def _others_hurt(words: list[str], last: int) -> bool:
    """A number or «آخرين» right after an injury word: more people hurt, not the dead's wounds."""
    after = words[last + 1 : last + 4]
    return any(parse_number(after, k) is not None or word_forms(w) & COUNTED_OTHERS for k, w in enumerate(after)) or (
        _english_one_more_hurt(words, last))


_EN_ONE_MORE = frozenset({"another", "second", "third", "fourth"})
_EN_MORE_HURT_REACH = 5  # "and a second Red Crescent volunteer was also wounded": from "second" to the trigger


def _english_one_more_hurt(words: list[str], last: int) -> bool:
    """"while recovering bodies ..., and a second volunteer was wounded", "another diver was injured": one more person,
    told by "another" or an ordinal, is the subject of the passive: someone hurt besides the dead, not a body's wounds
    (English pass 26)."""
    k = last - 1 - (last > 1 and words[last - 1] in ("also", "seriously", "badly", "lightly", "slightly"))
    if k < 2 or words[k] not in ("was", "were"):
        return False
    return any(w in _EN_ONE_MORE for w in words[max(0, k - _EN_MORE_HURT_REACH) : k - 1])


def _fell_near_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_fell_near`` holds for no match of the sentence: it needs a word for near. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_fell_near`` widens it too."""
    return not present.isdisjoint(_NEAR)


def _fell_near(words: list[str], last: int) -> bool:
    """«قذائف سقطت قرب منازلهم», «سقوط صاروخ بالقرب من مدرسة»: the shell fell near the place named."""
    return any(word_forms(w) & _NEAR for w in words[last + 1 : last + 4])


def _no_property_object(words: list[str], index: int) -> bool:
    """A building's name that is no object struck: a title («رئيس البلدية», «مدير المستشفى»: a person) or where the
    hurt were taken («نقل إلى المستشفى»)."""
    before = word_forms(words[index - 1]) if index > 0 else frozenset()
    taken = index > 1 and "الي" in before and bool(word_forms(words[index - 2]) & _TRANSFERS)
    after = words[index + 1] if index + 1 < len(words) else ""
    league = words[index].removeprefix("و") in ("الجامعه", "جامعه") and after in ("العربيه", "الدول")
    # «مكتب النائب العام», «مكتب المدعي العام»: the prosecution's name (a body called on to act), no building struck
    prosecution = word_forms(words[index]) & {"مكتب"} and after in _PROSECUTORS
    # "the army's media office said", "the press office told reporters": a body's office speaking, no office struck
    # (English pass 24; only "office": "the university said the students had damaged property" stays as it was)
    speaking = words[index] in ("office", "offices") and after in _EN_SAYING
    return (bool(before & _TITLES) or taken or league or bool(prosecution) or speaking  # «الجامعة العربية»: the Arab League
            or _output_not_hit(words, index) or _english_near_object(words, index))


_EN_NEAR_REACH = 4  # "near [Tripoli 's old] airport": "near", up to three words of its name, the building


def _english_near_object(words: list[str], index: int) -> bool:
    """"Shells fell in open land near Tripoli's old airport", "rockets landed near Mitiga airport": a building named
    where the fire fell near it was not hit (labelling guide: shelling with no harm is no incident unless a civilian
    object is named as hit; English pass 37). Only "near" with no clause between ("and", a comma, a verb of hitting)."""
    if not words[index].isascii():
        return False
    for k in range(index - 1, max(-1, index - _EN_NEAR_REACH - 1), -1):
        if words[k] == "near":
            return True
        if words[k] in _EN_NEAR_BREAKS:
            return False
    return False


_EN_NEAR_BREAKS = frozenset({"and", ",", "hit", "struck", "hitting", "striking", "damaged", "damaging", "into"})


# Oil output named as an object («إنتاج النفط», «الإنتاج النفطي», «100 ألف برميل»): it was hit only when it was lost
# «بعد / إثر / جراء» an attack told right after it («يخسر 100 ألف برميل يوميا بعد هجوم»); «يشن هجوما على الوزير بسبب
# تراجع الإنتاج النفطي» names output as a grievance (real posts pass 4)
_OUTPUT = frozenset({"برميل", "برميلا", "انتاج", "الانتاج", "انتاجها"})
_LOST_AFTER = frozenset({"بعد", "اثر", "جراء", "عقب", "نتيجه"})
_ATTACKS = frozenset({"هجوم", "هجمات", "الهجوم", "الهجمات", "استهداف", "تفجير", "قصف", "اعتداء"})
_OUTPUT_REACH = 6  # «100 ألف برميل يوميا بعد هجوم», «إنتاج النفط في الحقل بعد هجوم»


def _output_not_hit(words: list[str], index: int) -> bool:
    if words[index] not in _OUTPUT:
        return False
    after = words[index + 1 : index + 1 + _OUTPUT_REACH]
    return not any(w in _LOST_AFTER and words[index + 2 + k : index + 3 + k]
                   and word_forms(words[index + 2 + k]) & _ATTACKS for k, w in enumerate(after))


_EN_SAYING = frozenset({"said", "says", "told", "stated", "reported", "announced", "added", "confirmed"})


_PROSECUTORS = frozenset({"النائب", "المدعي"})
_WOUNDED_ONE = frozenset({"جريح", "جريحا", "الجريح", "مصاب", "مصابا", "المصاب"})
_TAKING_STEMS = ("خطف", "ختطف", "اقتاد")  # «يخطفون», «اختطفوا», «اقتادوا»


def _wounded_taken(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«ويخطفون جريحا من غرفة الإفاقة», «اختطفوا المصاب من سيارة الإسعاف»: a wounded man as the object of a taking
    verb was hurt before (he is taken from his care); the taking is the harm told, not a new wound."""
    return (match.first == match.last and match.first > 0 and words[match.first] in _WOUNDED_ONE
            and any(stem in words[match.first - 1] for stem in _TAKING_STEMS))


def _mines_cleared_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_mines_cleared`` holds for no match of the sentence: it needs a mine and a clearance word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_mines_cleared`` widens it too."""
    return (not present.isdisjoint(MINE_FORMS) or "مخلفات" in present) and not present.isdisjoint(_CLEARANCE)


# Arabic pass 137 (tune137): «أزالت فرقه خلال الشهر الماضي 312 جسما من مخلفات الحرب بين قذائف هاون وألغام وعبوات
# ناسفة»: the weapons listed after «مخلفات» (remnants) that a clearance verb removed are the remnants' kinds, no attack
_REMNANT_KINDS = frozenset(normalize(w) for w in (
    "قذائف", "قذيفة", "صواريخ", "صاروخ", "قنابل", "قنبلة", "عبوات", "عبوة", "ذخائر", "ذخيرة", "متفجرات", "مقذوفات"))
_REMNANTS_CLEARED_REACH = 10  # «أزالت فرق الهندسة خلال الشهر الماضي 312 جسما من مخلفات»: the verb up to ten words before
_REMNANT_LIST_REACH = 8  # «مخلفات الحرب بين قذائف هاون وألغام»: the kinds listed up to eight words after


def _mines_cleared(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A mine trigger after a clearance word («إزالة الألغام», «القضاء نهائيا على الألغام»): demining; also a mine or
    another weapon word listed after «مخلفات» that a clearance word precedes (the remnants of war removed)."""
    forms = set().union(*map(word_forms, words[match.first : match.last + 1]))
    if forms.isdisjoint(MINE_FORMS) and forms.isdisjoint(_REMNANT_KINDS):
        return False
    if not forms.isdisjoint(MINE_FORMS) and form_before(words, match.first, _CLEARANCE, _CLEARANCE_REACH):
        return True
    return any("مخلفات" in word_forms(words[k]) and form_before(words, k, _CLEARANCE, _REMNANTS_CLEARED_REACH)
               for k in range(max(0, match.first - _REMNANT_LIST_REACH), match.first))


def _long_ago(words: list[str], last: int) -> bool:
    """«قتلت قبل سبع سنوات», «اغتيل منذ عامين», "killed two years ago": the act is dated years back; not «من قبل»
    (by whom: «اعتداء من قبل تلميذ بالسنة الثالثة» is an assault by a pupil of a school year, tune40)."""
    if _AGO.isdisjoint(words[last + 1 : last + 1 + _LONG_AGO_REACH]):
        return False  # (both tests need a word of ``_AGO`` in the window, "ago" among them: speed pass 10)
    for k in range(last + 1, min(len(words), last + 1 + _LONG_AGO_REACH)):
        if words[k] in _AGO and words[k - 1] != "من" and any(word_forms(w) & YEAR_WORDS for w in words[k + 1 : k + 4]):
            return True
        if words[k] == "ago" and any(word_forms(w) & YEAR_WORDS for w in words[max(last + 1, k - 3) : k]):
            return True
    return False


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
_CASE_REACH = 8  # words from «قضية» / «متهم» to the relative pronoun («قضية اغتيال المحامي وليد الحاسي، الذي»)
# Arabic pass 124 (tune124): «يشتبه في تورطه في جريمة قتل شيخ عثر عليه مقتولا», «متهمين بقتل العامل الذي عثر عليه
# مقتولا»: «found (him) killed» after a charge's victim tells how the charged killing came to light, the same past act
# (an indefinite victim takes no relative pronoun in Arabic); the find verb and its «على» with a pronoun
_FOUND_VERBS = frozenset({"عثر", "وجد", "وجدت", "عثرت"})


def _relative_of_a_case(words: list[str], first: int, where: dict[str, list[int]]) -> bool:
    """«مشتبها به في قضية اغتيال المحامي فلان، الذي قتل برصاص مجهولين عام 2021», «المتهمون في قضية مقتل الطبيبة
    فلانة، التي اغتيلت في سيارتها»: a relative clause right after a case or charge names its victim and tells the
    act the case is about, the same past act as the case's own word; not a relative with no case before it («الناشط
    فلان، الذي قتل أمام منزله مساء أمس» is the news)."""
    relative = first - 1
    if first >= 3 and words[first - 1] == "عن" and words[first - 2] in _RESULTED and words[first - 3] in _RELATIVES:
        relative = first - 3  # «متهمين بإطلاق النار على حفل زفاف الشهر الماضي، الذي أسفر عن إصابة ستة» (pass 53)
    elif first >= 2 and words[first - 1] in ON_THE_VICTIM and words[first - 2] in _FOUND_VERBS:
        relative = first - 2 - (first >= 3 and words[first - 3] in _RELATIVES)  # «شيخ (الذي) عثر عليه مقتولا» (pass 124)
        if words[relative] not in _RELATIVES:
            return any(0 < relative - c <= _CASE_REACH for c in where.get("case", []) + where.get("charge", [])
                       if not words[c].isascii())
    if relative < 0 or words[relative] not in _RELATIVES:
        return False
    reach = _CASE_REACH if relative == first - 1 else _CASE_REACH + _RESULT_EXTRA
    return any(0 < relative - c <= reach for c in where.get("case", []) + where.get("charge", [])
               if not words[c].isascii())


# Arabic pass 134 (tune134): «مفتش عنه لفائدة المحكمة الابتدائية بسوسة من أجل القتل العمد», «القبض على مفتش عنه في
# جريمة قتل»: the lexicon's charge «مفتش عنه من أجل» with the body the man is wanted by between («لفائدة» + its name),
# or with «في» for «من أجل»; what follows is the act he is wanted for (the guide: the arrest of a suspect for an
# earlier killing is a proceeding, not an incident)
WANTED = frozenset({"مفتش", "المفتش"})
_WANTED_OF = frozenset({"عنه", "عنها", "عنهم", "عنهما"})
_WANTED_BY_REACH = 8  # «لفائدة فرقة الشرطة العدلية بباب بحر»: the body's name up to «من أجل»


def wanted_for(words: list[str]) -> list[int]:
    """Where the act a wanted man is sought for begins to be named: «من» of «لفائدة ... من أجل», or «في» right after
    «مفتش عنه»; read as a charge cue (ask only where a word of ``WANTED`` is in the sentence)."""
    found = []
    for k, w in enumerate(words[:-2]):
        if w not in WANTED or words[k + 1] not in _WANTED_OF:
            continue
        if words[k + 2] == "في":
            found.append(k + 2)
        elif words[k + 2] == "لفائده":
            found += [i for i in range(k + 3, min(len(words) - 1, k + 3 + _WANTED_BY_REACH))
                      if words[i] == "من" and words[i + 1] == "اجل"][:1]
    return found


# Arabic pass 144 (tune144): «سجن مهرب تونسي 18 عاما بسبب غرق مركب», «حبس شاب عامين من أجل طعن جاره»: a headline that
# opens on a prison term (the verbal noun, its convict, a number and a span) tells a ruling as «قضت بسجن» does; the harm
# named after it is the act judged (the guide: trials of past events are no incidents). Only as the headline's first
# word (or the first after its dateline «إيطاليا:») and with the term's number: «المحتجز في سجن الجديدة منذ ثمانية
# أشهر» is a prison, «سجن صحفي بسبب تدوينة» a detention told with no term, and «قضت السلطات بسجن شاب لمدة 18 عاما ...
# ومقتل 800 شخص» a body sentence the dev labels count (a real Jawhara item, borderline there).
PRISON_TERMS = frozenset({"سجن", "حبس"})
_TERM_SPANS = frozenset({"عاما", "عامين", "اعوام", "سنه", "سنتين", "سنوات", "شهرا", "اشهر", "شهرين"})
_DUAL_SPANS = frozenset({"عامين", "سنتين", "شهرين"})  # a span with no number before it: two years, two months
_TERM_REACH = 5  # «سجن ربان مركب تونسي الجنسية 18 عاما»: up to four words of the convict, then the number
_TERM_OPENS = 2  # the verbal noun is the sentence's first word, or the first after a dateline's place


def prison_term(words: list[str]) -> list[int]:
    """Where a headline's prison term stands (a word of ``PRISON_TERMS`` among the sentence's first ``_TERM_OPENS``
    words, followed within ``_TERM_REACH`` words by a number and a span word, or a dual span); read as a court cue
    (ask only where a word of ``PRISON_TERMS`` is in the sentence)."""
    found = []
    for k, w in enumerate(words[:_TERM_OPENS]):
        if w not in PRISON_TERMS:
            continue
        window = words[k + 1 : k + 2 + _TERM_REACH]
        if any(s in _DUAL_SPANS or (s in _TERM_SPANS and i > 0 and parse_number(window, i - 1) is not None)
               for i, s in enumerate(window)):
            found.append(k)
    return found


def toll_of_a_charge(words: list[str], where: dict[str, list[int]]) -> bool:
    """«القبض على متهمين بإطلاق النار على حفل زفاف الشهر الماضي، الذي أسفر عن إصابة ستة»: the toll told in a
    relative clause of the act a charge or case names is that earlier act's, so the sentence counts nobody (the
    guide: an arrest or trial for an earlier harm is a proceeding with null counts; Arabic pass 53)."""
    if "charge" not in where and "case" not in where:
        return False
    sentenced = "court" in where  # «قضت المحكمة بسجن متهمين بإطلاق النار ... ما أسفر عن إصابة خمسة»: a trial's act
    # a «then» word («ما أسفر حينها عن») may stand before «عن»; an arrest's charged act with «ما»: ``_arrest_toll``
    return any(words[k] in _RESULTED and (about := k + 1 + (words[k + 1] in _AT_THE_TIME)) < len(words) - 1
               and words[about] == "عن" and (_relative_of_a_case(words, about + 1, where) or _arrest_toll(
                   words, about + 1, where) or (sentenced and words[k - 1] == "ما" and any(
                       0 < k - c <= _CASE_REACH + _RESULT_EXTRA for c in where.get("charge", []) + where.get("case", []))))
               for k in range(1, len(words) - 2))


def _arrest_toll(words: list[str], first: int, where: dict[str, list[int]]) -> bool:
    """«القبض على شخصين متهمين بإطلاق النار على محل ...، ما أسفر حينها عن إصابة صاحبه»: the harm at ``first``, after
    «ما + أسفر / خلف (+ حينها) + عن», is the toll of the act the arrested are charged with, told back (the guide: an
    arrest for an earlier harm is a proceeding; Arabic pass 98). The charge follows the arrest word and stands within
    reach before «ما»; the wound told with the harm («عن إصابة السائق بجروح») is the same toll."""
    if first < 3 or "arrest" not in where:
        return False
    about = next((j for j in range(first - 1, max(0, first - 1 - _WOUND_AFTER_TOLL), -1) if words[j] == "عن"), 0)
    if about < 2:
        return False
    verb = about - 1 - (words[about - 1] in _AT_THE_TIME)
    if verb < 1 or words[verb] not in _RESULTED or words[verb - 1] != "ما":
        return False
    return any(0 < verb - c <= _CASE_REACH + _RESULT_EXTRA and any(a < c for a in where["arrest"])
               for c in where.get("charge", []))


# «ما أسفر حينها عن»: the time of the act told back, between the verb and «عن» (Arabic pass 98)
_AT_THE_TIME = frozenset({"حينها", "وقتها", "يومها", "انذاك", "حينذاك", "وقتذاك"})
_WOUND_AFTER_TOLL = 4  # «عن إصابة سائق الأجرة بجروح»: the wound word's reach back to «عن»


# «الذي أسفر عن», «التي خلفت»: a relative that tells the toll of the act the charge names, a date and place apart
_RESULTED = frozenset({"اسفر", "اسفرت", "خلف", "خلفت"})
_RESULT_EXTRA = 2  # the charged act's place and date («على حفل زفاف الشهر الماضي») stand before its toll


def _without_charge(words: list[str], negations: frozenset[str]) -> bool:
    """«دون أي تهمة», «من غير حتى تهمة», "without any charge": a negation shortly before «تهمة»/"charge"."""
    for index, word in enumerate(words):
        if word_forms(word) & {"تهمه", "تهم", "charge", "charges", "charged"}:
            window = words[max(0, index - 3) : index]
            if any(w in negations or w in ("بدون", "غير", "بلا", "never") for w in window):
                return True
    return False


def _held_for_long(words: list[str]) -> bool:
    """«المحتجزين منذ خمسة أشهر», «منذ 3 سنوات»: held for months, like the qualifier «منذ أشهر»."""
    for index, word in enumerate(words[:-2]):
        if word.removeprefix("و") == "منذ" and (number := parse_number(words, index + 1)) is not None:
            unit = words[index + 1 + number[1]] if index + 1 + number[1] < len(words) else ""
            if unit in _LONG_UNITS:
                return True
    return False


def _counts_people(words: list[str], index: int) -> bool:
    """A number at index that may count people: not one before a duration or an amount («ستة أسابيع», «3 ملايين»)."""
    parsed = parse_number(words, index)
    if parsed is None:
        return False
    after = index + parsed[1]
    return after >= len(words) or not no_people_after(words[after])


def release_happened(words: list[str], index: int) -> bool:
    """A release that happened at ``index`` («الإفراج عن», «أفرجت»), not one demanded («تطالب بالإفراج», «دعت إلى
    إطلاق سراح», «من أجل الإفراج», "must be released", "should be immediately released")."""
    return not words[index].startswith(("ب", "ل")) and not (index > 0 and words[index - 1] in _DEMAND_BEFORE) and (
        "be" not in words[max(0, index - 2) : index]) and _EN_NOT_FREED.isdisjoint(words[max(0, index - 3) : index]) and (
        not english_release_awaited(words, index)) and not (
        words[index] in _EN_PRESENT_RELEASE and not _EN_DEMANDS.isdisjoint(words[max(0, index - 3) : index]))


# "Families demand group releases nine detainees": a headline's present-tense release after a demand is the one
# demanded (English pass 37, with "releases" / "frees" read as a release)
_EN_PRESENT_RELEASE = frozenset({"releases", "frees"})
_EN_DEMANDS = frozenset({"demand", "demands", "urge", "urges", "want", "wants", "ask", "asks", "call", "calls", "until",
                         "unless"})


# "has not been released", "not yet released", "never released": a release denied tells someone still held (English
# pass 33: "went to the security office after a summons and has not been released")
_EN_NOT_FREED = frozenset({"not", "never"})


def _died_by_bullet(words: list[str], last: int) -> bool:
    """«وفاة الحاجة ... بعد إصابتها برصاصة طائشة»: a weak death word with the bullet or shrapnel that caused it
    within ``_DEATH_MEANS_REACH`` words after it (a name and an age between) is a killing told with its means (as
    strong as «مقتل»), even in a death notice («إنا لله وإنا إليه راجعون»: mourning clears deaths of age or illness)."""
    return last >= 0 and any(word_forms(w) & BULLETS for w in words[last + 1 : last + 1 + _DEATH_MEANS_REACH])


# Jawhara-style pass 6 (tune40): a random draw of a Tunisian radio site's news (docs/labelling.md)

# «دهسه سائق سيارة عمدا», «إثر دهسها متعمدا», «تعمد دهسه», "deliberately rammed": done on purpose, no accident
_DELIBERATE = frozenset({"عمدا", "متعمدا", "متعمد", "متعمده", "تعمد", "تعمدت", "تعمده", "تعمدها", "قصدا",
                         "deliberately", "intentionally"})
_NOT_MEANT = frozenset({"لم", "ولم", "غير", "ليس", "ليست", "not", "no"})  # «لم يكن متعمدا», "not deliberately"


# "security forces opened fire to disperse the protest", "guards fired into the crowd": gunfire opened at people is
# done by a shooter; a flood or a fire named beside it ("a man who lost five relatives in the 2023 flood was shot dead
# when ...") is the victim's past or the scene, not what killed him (English pass 28)
_EN_GUNFIRE = frozenset({"fire", "fired", "shot", "gunned"})  # also "shot dead", "gunned down": a shooter's act
_EN_FIRE_OPENERS = frozenset({"opened", "open", "opens", "opening"})


def _english_gunfire(words: list[str]) -> bool:
    """Fire opened or shots fired at someone; not "fired into the air" (warning shots, English pass 28: tune16en rw16t-09
    keeps the traffic accident of a patient beside men who "fired into the air")."""
    return any(((w == "fire" and k > 0 and words[k - 1] in _EN_FIRE_OPENERS)
                or (w == "fired" and k + 1 < len(words) and words[k + 1] in EN_FIRED_AT)
                or (words[k + 1 : k + 2] == ["dead"] and w == "shot") or (words[k + 1 : k + 2] == ["down"] and w == "gunned"))
               and "air" not in words[k + 1 : k + 4] for k, w in enumerate(words))


# Arabic pass 71 (tune71): «مقتل صياد برصاص حرس الحدود في بحيرة المنزلة»: a man shot by someone at a lake or a pond
# (an accident's place, «في بحيرة») was killed by the shooter, not drowned; not a shot fired by mistake in a hunt
# («برصاص رفيقه عن طريق الخطأ»), which stays an accident
_SHOT_BY = frozenset({"برصاص", "برصاصه", "برصاصات", "بنيران", "بطلق", "بطلقات", "بالرصاص"})
_BY_MISTAKE = frozenset({"الخطا", "خطا", "بالخطا", "خطاا", "عرضيا", "سهوا",
                         # Arabic pass 136b: «بطلق ناري خاطئ من بندقية رفيقه»: a shot gone wrong (not «طائش»)
                         "خاطئ", "خاطئه", "خاطئا"})


def shot_by_someone(words: list[str], present: frozenset[str]) -> bool:
    """A bullet or gunfire word written with «ب» («برصاص», «بنيران», «بطلق») and no word that the shot was a
    mistake: the harm is a shooting, whatever accident's place the sentence names."""
    return not present.isdisjoint(_SHOT_BY) and present.isdisjoint(_BY_MISTAKE)


# "A drone hit a market, causing a fire and wounding two men": a fire a strike caused is the attack's, not an accident
# (English pass 44); not a crash's or a gas fire ("a drone crashed, causing a fire": an accident's own words stay)
_EN_STRIKE_WEAPONS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells",
                                "airstrike", "airstrikes", "bomb", "bombs", "mortar", "mortars", "grenade", "projectile"})
_EN_FIRE_CAUSED = frozenset({"causing", "caused", "sparking", "sparked", "starting", "started", "setting"})
_EN_ACCIDENT_OWN = frozenset({"crash", "crashed", "crashes", "collision", "collided", "gas", "electrical", "circuit",
                              "accident", "accidentally"})
_EN_FIRE_CAUSED_REACH = 3  # "causing a large fire": the verb up to three words before "fire"


def _english_strike_fire(words: list[str], present: frozenset[str]) -> bool:
    """A fire word the sentence says a strike caused ("causing a fire", "sparked a fire"), a weapon named before it, and
    no word of an accident of its own."""
    if "fire" not in present or present.isdisjoint(_EN_STRIKE_WEAPONS) or not present.isdisjoint(_EN_ACCIDENT_OWN):
        return False
    weapon = min(k for k, w in enumerate(words) if w in _EN_STRIKE_WEAPONS)
    return any(w == "fire" and k > weapon and not _EN_FIRE_CAUSED.isdisjoint(words[max(0, k - _EN_FIRE_CAUSED_REACH) : k])
               for k, w in enumerate(words))


# Arabic pass 116 (tune116): «سكب عليها زوجها البنزين وأضرم فيها النار»: a fire set «in him / her» (the verb, the
# person's pronoun after «في», then «النار») is set on a person, on purpose, whatever fire or civil-protection word
# the sentence holds; «أضرم النار في نفسه / جسده» (self-immolation) names no pronoun after the verb and stays
# «أضرم النار في»: the verb of setting fire (``incident_finders._fire_set`` reads it; the dual «أضرما» only here)
SETTING_FIRE = frozenset({"اضرم", "اضرمت", "اضرموا", "يضرم", "تضرم", "يضرمون"})
_SET_ALIGHT = SETTING_FIRE | {"اضرما"}
_IN_A_PERSON = frozenset({"فيه", "فيها", "فيهم", "فيهما"})


def _set_alight(words: list[str], present: frozenset[str]) -> bool:
    """A setting-alight verb, «فيه / فيها» right after it and «النار» right after that."""
    return "النار" in present and not present.isdisjoint(_IN_A_PERSON) and any(  # (raw words or their forms)
        word_forms(w) & _SET_ALIGHT and words[k + 1] in _IN_A_PERSON and words[k + 2] == "النار"
        for k, w in enumerate(words[:-2]))


# Arabic pass 134 (tune134): «إقدام زوجها على سكب كمية من البنزين عليها وإضرام النار في جسدها»: fuel poured «on him /
# on her» (the pronoun of another person after «على»), a few words after the pouring word, is poured on a victim; the
# «النار في جسدها» that follows is then no self-immolation (which pours «على جسده / على نفسه»: no such pronoun)
_POURING = frozenset({"سكب", "يسكب", "تسكب", "سكبت", "سكبوا", "بسكب", "وسكب", "ويسكب"})
_ON_A_PERSON = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
_POURED_ON_REACH = 5  # «سكب كمية من البنزين عليها»: a measure and the fuel between


def _poured_on_someone(words: list[str], present: frozenset[str]) -> bool:
    """A pouring word, then «عليه / عليها» within five words, in a sentence that names «النار» (a fire set)."""
    return "النار" in present and not _POURING.isdisjoint(words) and not _ON_A_PERSON.isdisjoint(words) and any(
        w in _POURING and not _ON_A_PERSON.isdisjoint(words[k + 1 : k + 1 + _POURED_ON_REACH])
        for k, w in enumerate(words))


def deliberate_harm(words: list[str], present: frozenset[str]) -> bool:
    """«أصيب عون بعد أن دهسه سائق عمدا»: a run-over or a fire told as done on purpose is an attack, whatever the
    accident word («دهس», «حريق») says; not «لم يكن متعمدا»; a fire set «in her» (Arabic pass 116), fuel poured «on
    her» before it (Arabic pass 134)."""
    if not present.isdisjoint(_EN_GUNFIRE) and words[:1] != [] and words[0].isascii() and _english_gunfire(words):
        return True
    if _set_alight(words, present) or _poured_on_someone(words, present):
        return True
    if present.isdisjoint(_DELIBERATE):
        return False
    return any(word_forms(w) & _DELIBERATE and _NOT_MEANT.isdisjoint(words[max(0, k - 2) : k])
               for k, w in enumerate(words))


# «أن مجموعة مسلحة في مدينة ... احتجزت أمس 11 سائقا»: an armed group or a militia as the subject of an active
# detention verb holds people with no authority's arrest behind it, as the passive «محتجزين لدى مجموعة مسلحة» (a
# detention qualifier) says (Arabic pass 139); not an armed group after the verb («اعتقلت الشرطة مسلحين»: suspects),
# nor bare gunmen («مسلحون احتجزوا 14 راكبا»: kidnappers, the abduction the labels give them: tune18 rw18t-27, tune84
# rw84t-25)
_ARMED_CAPTORS = frozenset({"ميليشيا", "مليشيا", "ميليشيات", "مليشيات"})
_ARMED_BODIES = frozenset({"مجموعه", "جماعه", "مجموعات", "جماعات", "عصابه", "كتيبه", "المجموعه", "الجماعه"})
_ARMED = frozenset({"مسلحه", "المسلحه"})
_HELD_VERBS = frozenset({"احتجزت", "احتجز", "احتجزوا", "تحتجز", "يحتجزون", "اعتقلت", "اعتقلوا", "احتجزتهم",
                         "احتجزوهم", "احتجزته", "احتجزوه"})
_CAPTORS_REACH = 8  # «مجموعة مسلحة تابعة لخفر السواحل في زوارة احتجزت»: the group's tie and town between


# Arabic pass 144 (tune144): «أن مجموعة مسلحة اقتحمت صباح اليوم مقر القنصلية في طرابلس واحتجزت عشرة من موظفيها»: the
# detention verb joined by «و» to the group's first act (a raid, a storming) has the same subject, further back
_JOINED_CAPTORS_REACH = 14  # the first verb, its time and the place stormed between the group and «واحتجزت»


def armed_captors_held(words: list[str]) -> bool:
    """An active detention verb with an armed group or a militia within ``_CAPTORS_REACH`` words before it
    (its subject), no full stop between; within ``_JOINED_CAPTORS_REACH`` for a verb joined by «و» to the group's
    earlier act."""
    present = {w.removeprefix("و") for w in words}
    if present.isdisjoint(_HELD_VERBS) or (present.isdisjoint(_ARMED_CAPTORS) and present.isdisjoint(_ARMED)):
        return False
    for index, word in enumerate(words):
        joined = word.startswith("و") and word[1:] in _HELD_VERBS
        if word not in _HELD_VERBS and not joined:
            continue
        for k in range(max(0, index - (_JOINED_CAPTORS_REACH if joined else _CAPTORS_REACH)), index):
            if joined and not _armed_subject(words, k):
                continue  # «اعتقلت الشرطة مجموعة مسلحة ... واحتجزت أسلحتها»: the group is the object
            if words[k] in _ARMED_CAPTORS or (words[k] in _ARMED and k > 0 and words[k - 1] in _ARMED_BODIES):
                return True
    return False


def _armed_subject(words: list[str], k: int) -> bool:
    """The armed group or militia ending at ``k`` opens its clause (the sentence's start, or right after «أن»): the
    subject of the verbs that follow."""
    start = k - 1 if words[k] in _ARMED else k
    return start == 0 or words[start - 1] in THAT_WORDS


# «ولم يتمكن البحارة من الاتصال بذويهم», «دون أي اتصال بعائلاتهم», «منعوا من التواصل مع أسرهم»: held cut off from
# their families (incommunicado, as the English qualifier); not «تمكنوا من الاتصال بعائلاتهم»
# «لم تتلق أي خبر عنه منذ احتجازه»: no news of the one held is the same cut (pass 49)
_CONTACT = frozenset({"الاتصال", "اتصال", "التواصل", "تواصل", "خبر", "اخبار"})
_CUT_OFF = frozenset({"لم", "ولم", "دون", "بدون", "بلا", "منع", "منعوا", "منعت", "ممنوعين", "ممنوعون", "حرمان",
                      "حرمانهم", "حرمانه", "انقطع", "انقطاع", "وانقطع"})
_CUT_OFF_REACH = 8  # «ولم يتمكن البحارة إلى حد الآن من الاتصال»: a subject and a time between


def _incommunicado(words: list[str]) -> bool:
    """A contact word («الاتصال», «التواصل») with a negation, a ban or a cut shortly before it."""
    return not _CUT_OFF.isdisjoint(words) and any(word_forms(w) & _CONTACT and any(x in _CUT_OFF for x in words[max(0, k - _CUT_OFF_REACH) : k])
               for k, w in enumerate(words))


# «جثة امرأة ... تحمل آثار طعنات», «جثة شاب عليها آثار عنف», «جثة مصابة بطلقات»: a body found with the marks of
# how it was killed is a killing told by its marks, as sure as «مقتل»
_KILLING_MARKS = frozenset({"طعنات", "طعنه", "طعن", "عنف", "العنف", "رصاص", "رصاصه", "طلق", "طلقات", "طلقه",
                            "خنق", "ذبح", "stab", "stabbed"})
BODY_WORDS = frozenset({"جثه", "جثته", "جثتها", "جثمان", "جثث", "جثتين", "جثتي", "جثتان"})
_MARKS_REACH = 9  # «جثة امرأة في الأربعينات من عمرها تحمل آثار طعنات»: an age between


def _marked_body(words: list[str], last: int) -> bool:
    """The killing word at ``last`` is a body, and the marks of a stabbing, a shooting or violence follow it within
    ``_MARKS_REACH`` words with no negation between («ولا تحمل الجثة أي آثار عنف» says the opposite)."""
    if last < 0 or not word_forms(words[last]) & BODY_WORDS:
        return False
    for k in range(last + 1, min(len(words), last + 1 + _MARKS_REACH)):
        if word_forms(words[k]) & _KILLING_MARKS:
            return not any(w in _NOT_MEANT or w in ("لا", "ولا", "دون", "بدون", "خاليه") for w in words[last + 1 : k])
    return False


def body_bears_marks(words: list[str]) -> bool:
    """A body word of the sentence with the marks of its killing after it (``_marked_body``): «انتشلت فرق الحماية
    المدنية جثة شاب من بئر ... وأفاد الطبيب الشرعي بأن الجثة تحمل آثار ثلاث طلقات»: a killing, whatever accident's
    responders or place the sentence names (Arabic pass 106). One set test first: most sentences name no body."""
    if "جث" not in " ".join(words):
        return False
    return any(_marked_body(words, k) for k, w in enumerate(words) if w.startswith(("جث", "الجث", "وجث", "والجث")))


# «ويروي الفيلم قصة جريمة قتل», «وتدور أحداث المسلسل حول ضابط يختطف»: the harm is a film's, a series' or a play's
# plot, no event (not «يروي أحد الناجين قصة مقتل شقيقه»: no fiction word; not «الرواية»: also "the account")
_FICTION = frozenset({"فيلم", "الفيلم", "فيلما", "المسلسل", "مسلسل", "المسرحيه", "مسرحيه", "السيناريو",
                      # a documentary tells of abuses as a film does (Arabic pass 60: «وثائقي تونسي عن سجناء الرأي»)
                      "وثائقي", "الوثائقي", "وثائقيا", "الافلام", "افلام"})
_PLOT = frozenset({"قصه", "قصص", "احداث", "يروي", "تروي", "يحكي", "تحكي", "تدور", "يتناول", "تتناول", "حبكه"})


def _fiction_plot(words: list[str], first: int) -> bool:
    """A plot word before the trigger and a fiction word in the sentence."""
    return any(word_forms(w) & _PLOT for w in words[:first]) and any(word_forms(w) & _FICTION for w in words)


_ABOUT_AFTER_FILM = 3  # «وثائقي تونسي جديد عن»: the film word, at most two adjectives, then «عن»
_ABOUT_BEFORE_HARM = 3  # «عن ضحايا التعذيب», «عن سجناء الرأي»: «عن», then the harm within two words


def _film_about(words: list[str], first: int) -> bool:
    """«وثائقي تونسي عن سجناء الرأي في ليبيا يعرض في جنيف», «فيلم جديد عن ضحايا التعذيب»: the harm a film is about
    (a film word, «عن», then the trigger, all close) is its subject, no event (Arabic pass 60). Not «اختطف مسلحون
    المخرج» (no «عن» between a film word and the harm)."""
    for k in range(first - 1, max(-1, first - 1 - _ABOUT_BEFORE_HARM), -1):
        if words[k] == "عن":
            return any(word_forms(w) & _FICTION for w in words[max(0, k - _ABOUT_AFTER_FILM) : k])
    return False


# «التهم تشمل القتل والاغتصاب وتجنيد الأطفال ونهب الممتلكات»: every act of a charge list is charged, however far
# along the list (a list: definite nouns, or «و» + a noun and its definite genitive); not «بتهمة التظاهر وتعرض
# للتعذيب» (a verb joined after the charge: what the detainee went through)
_LIST_VERBS = frozenset({"تشمل", "تتضمن", "شملت", "تضمنت", "منها", "بينها", "وهي", "ومنها", "تشمل:"})
_CHARGE_LIST_REACH = 12


# Arabic pass 110 (tune110): «القبض على ثلاثة متهمين بخطف طفل من أمام منزله والمطالبة بفدية», «بتهمة قتل أفراد أسرة
# ودفنهم في مقبرة جماعية»: an act joined by «و» to the charged act (a verbal noun with the article or a pronoun,
# not a new finite verb: «وقتل مسلحون شرطيا» opens a clause of its own) is one more part of the charge
_JOINED_ACT_REACH = 3  # «ودفنهم في مقبرة جماعية»: the joined noun, then up to two words to the trigger
_JOINED_CHARGE_REACH = 14  # the charge word, the first act and its object (a place, a time) before the joined act
_JOINED_ACT_BREAKS = frozenset({"قبل", "بعد", "فيما", "بينما", "كما", "حيث", "الذي", "التي", "الذين", "وقد", "لكن", "غير"})
_JOINED_ACT_PRONOUNS = ("ه", "ها", "هم", "هن", "هما")


def _joined_act(word: str) -> bool:
    """«والمطالبة», «ودفنهم», «وتعذيبه»: «و» + a verbal noun with the article or an object pronoun."""
    if not word.startswith("و") or len(word) < 4:
        return False
    rest = word[1:]
    return rest.startswith("ال") or rest.endswith(_JOINED_ACT_PRONOUNS)


def _joined_charged_act(words: list[str], first: int, charges: list[int]) -> bool:
    """The trigger at ``first`` follows, within ``_JOINED_ACT_REACH`` words, an act joined by «و» to an act charged by
    a charge word before it (``_JOINED_CHARGE_REACH``), with no clause break between."""
    for j in range(first - 1, max(-1, first - 1 - _JOINED_ACT_REACH), -1):
        if not _joined_act(words[j]):
            continue
        for c in charges:
            if 0 < j - c <= _JOINED_CHARGE_REACH and not words[c].isascii() and _JOINED_ACT_BREAKS.isdisjoint(
                    words[c + 1 : first]):
                return True
        return False
    return False


def _charge_list(words: list[str], first: int, charges: list[int]) -> bool:
    """The trigger at ``first`` is an item of a list that opens right after a charge word (Arabic)."""
    for c in charges:
        if not 0 < first - c <= _CHARGE_LIST_REACH or words[c].isascii():
            continue
        k = c + 1 + (words[c + 1] in _LIST_VERBS if c + 1 < first else 0)
        listed = k < first
        while listed and k < first:
            w = words[k]
            if w.startswith(("ال", "بال", "وال")):
                k += 1
            elif w.startswith("و") and k + 1 < len(words) and words[k + 1].startswith("ال"):
                k += 2
            else:
                listed = False
        if listed and k == first:
            return True
    return False


# Arabic pass 49 (tune49): false leads and incidents easy to miss (docs/labelling.md)

# «ويحق للمحكوم عليهم الطعن أمام المحكمة العليا», «سيطعن في الحكم»: an appeal against a ruling shares «طعن» with a
# stabbing; it is told by the court it goes before, the ruling it contests, or the right to it
_APPEAL_COURTS = frozenset(normalize(w) for w in (
    "المحكمة", "محكمة", "المحكمه", "القضاء", "الدائرة", "الاستئناف", "النقض", "العليا"))
_APPEAL_RULINGS = frozenset(normalize(w) for w in ("الحكم", "حكم", "الأحكام", "أحكام", "القرار", "قرار", "القرارات"))
_APPEAL_RIGHT = frozenset(normalize(w) for w in ("يحق", "ويحق", "حق", "الحق", "حقه", "حقهم", "حقها"))
_APPEAL_RIGHT_REACH = 3  # «ويحق للمحكوم عليهم الطعن»


def _appeal_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_appeal`` holds for no match of the sentence: it needs «طعن». Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_appeal`` widens it too."""
    return "طعن" in present


def _appeal(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«الطعن أمام المحكمة العليا», «الطعن في الحكم», «ويحق للمحكوم عليهم الطعن»: an appeal, no stabbing (the weak
    injury word «طعن»); not «تعرض للطعن أمام منزله» (in front of a house, no court)."""
    if not all(t.type == "injury" for t in match.payloads) or "طعن" not in word_forms(words[match.last]):
        return False
    after = words[match.last + 1 : match.last + 3]
    if len(after) == 2 and ((after[0] == "امام" and word_forms(after[1]) & _APPEAL_COURTS)
                            or (after[0] == "في" and word_forms(after[1]) & _APPEAL_RULINGS)):
        return True
    return any(w in _APPEAL_RIGHT for w in words[max(0, match.first - _APPEAL_RIGHT_REACH) : match.first])


# «إعدام ثلاثة مقاتلين جرحى», «تصفية أسيرين جريحين»: the wounded state of the ones killed (hurt before, in the
# fighting), no second harm; not «مقتل ثلاثة وجرح خمسة» (joined by «و») nor «3 قتلى و5 جرحى» (a number of its own)
_WOUNDED_OF_KILLED = frozenset(normalize(w) for w in (
    "جريح", "جريحا", "جريحين", "جريحان", "جرحى", "الجرحى", "الجريح", "الجريحين", "مصابين", "المصابين"))
_WOUNDED_OF_KILLED_REACH = 3  # «تصفية مقاتلين جريحين», «إعدام ثلاثة أسرى جرحى»


def _wounded_state_of_the_killed(words: list[str], match: PhraseMatch[Trigger], killing_at: set[int]) -> bool:
    """The injury word at ``match`` is an adjective of the killing's victims: a wounded form within
    ``_WOUNDED_OF_KILLED_REACH`` words after a killing trigger (``killing_at``: their last words), with no «و»-joined
    word between and no number right before it."""
    if not all(t.type == "injury" for t in match.payloads) or match.first != match.last or (
            words[match.first] not in _WOUNDED_OF_KILLED):
        return False
    if match.first > 0 and parse_number(words, match.first - 1) is not None:
        return False  # «3 قتلى، 5 جرحى»: a number of its own
    return any(0 < match.first - k <= _WOUNDED_OF_KILLED_REACH and not any(w.startswith("و") for w in words[k + 1 : match.first])
               for k in killing_at)


# «نفت القيادة ... مقتل مدنيين، مؤكدة أن الضربة استهدفت رتلا لعصابات تهريب ولم تطل أي منزل»: a confirmation that
# gives the denier's own account (what the strike targeted, what it did not reach) goes on denying; one that tells the
# harm still goes on («مؤكدا أنه لا يزال لدى خاطفيه») ends the denial as before
_TARGETED = frozenset(normalize(w) for w in ("استهدفت", "استهدف", "يستهدف", "تستهدف", "استهدفا", "استهدفوا"))
_NOT_REACHED = frozenset(normalize(w) for w in (
    "تطل", "يطل", "تطال", "يطال", "تسفر", "يسفر", "تصب", "يصب", "يصيب", "تصيب", "تسجل", "يسجل", "يسقط", "تسقط"))
_ACCOUNT_REACH = 6  # «مؤكدة أن الضربة الجوية استهدفت»: «أن», the strike and its adjective before the verb


def _denier_account(words: list[str], confirmation: int) -> bool:
    """The confirmation word at ``confirmation`` opens the denier's own account: a «targeted» verb, or a negation and
    a verb of reaching or causing («لم تطل», «لم تسفر»), within ``_ACCOUNT_REACH`` words after it."""
    window = words[confirmation + 1 : confirmation + 1 + _ACCOUNT_REACH]
    return any(w in _TARGETED for w in window) or any(
        w in ("لم", "ولم") and nxt in _NOT_REACHED for w, nxt in pairwise(words[confirmation + 1 : confirmation + 2 * _ACCOUNT_REACH]))


# «قضت المحكمة بسجن ثلاثة متهمين ... بعد إدانتهم بخطف طالب جامعي واحتجازه لطلب فدية»: a ruling's sentence names the
# abduction or the smuggling it convicted, however far along the sentence (a charge word between the court and the
# act); an abduction told with no ruling before it, or a court named after it, is still news
_JUDGED_TAKINGS = frozenset({"abduction", "trafficking"})


def _judged_taking(first: int, where: dict[str, list[int]]) -> bool:
    """A court word, then a charge or conviction word, both before the trigger at ``first``."""
    return any(c < first and any(c < g < first for g in where.get("charge", [])) for c in where.get("court", []))


# «الإفراج عن رجل أعمال بعد أسبوعين من خطفه», «أفرج عنه بعد ثلاثة أيام من اختطافه»: the abduction a release ended,
# told as how long it lasted, is no new abduction (the settled answer: a release is no incident); an abduction told
# with no release before it («عثر على جثته بعد أسبوعين من خطفه») is untouched
_RELEASE_WORDS = frozenset({"الافراج", "افرج", "افرجت", "وافرج", "وافرجت", "والافراج"})
_SETTING_FREE = frozenset({"اطلاق", "اطلق", "اطلقت", "واطلق", "واطلقت"})
_RELEASE_SPAN_REACH = 4  # «بعد أسبوعين من», «بعد نحو ثلاثة أسابيع من»


def _abduction_ended_by_release(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """An abduction word right after «بعد + a span + من», with a release that happened before it in the sentence."""
    if match.first < 3 or words[match.first - 1] != "من" or not all(t.type == "abduction" for t in match.payloads):
        return False
    if not (_release_before(words, match.first) or _returned_home_before(words, match.first)):
        return False  # «الإفراج عن», also «الإفراج عنه» (the cue lists no pronoun form); «عاد ... إلى منزله» (pass 114)
    return any(w.removeprefix("و") == "بعد" for w in words[max(0, match.first - 1 - _RELEASE_SPAN_REACH) : match.first - 1]) and any(
        w in SPAN_UNITS or parse_number([w], 0) is not None for w in words[max(0, match.first - 1 - _RELEASE_SPAN_REACH) : match.first - 1])


# Arabic pass 56: a release welcomed («رحبت المنظمة بإطلاق سراح الناشطة»: happened, not demanded), and a family's
# dialect post that he is back home («رجع بابا للحوش بعد 40 يوم من الخطف») are releases too; and a detention told
# by how long it lasted after a release («بإطلاق سراح الصحفي بعد احتجاز دام أسبوعين») is the one that ended
_WELCOMED = frozenset({"رحب", "رحبت", "رحبوا", "ترحيب", "يرحب", "ترحب", "ترحيبا", "ورحب", "ورحبت"})
_BACK = frozenset({"رجع", "رجعت", "رجعوا", "رجعو", "روح", "روحت", "عاد", "عادت"})
_HOME = frozenset({"للحوش", "للدار", "للبيت", "لبيته", "لبيتها", "للمنزل", "لمنزله", "لمنزلها", "لحوشه", "لحوشها"})
_HOME_REACH = 3  # «رجع بابا للحوش», «رجعت أمي الليلة للدار»
_WELCOME_REACH = 6  # «رحبت منظمة ... لحقوق الإنسان بإطلاق سراح»: the welcoming body between
_LASTED = frozenset({"دام", "دامت", "استمر", "استمرت", "امتد", "امتدت"})


# Arabic pass 62: «أفرج عنه بعد دفع جزء من الفدية»: a ransom paid, told after a release in its sentence, is how the
# captivity ended (the settled answer: a release is no incident, also after a ransom); the ransom word is no new abduction
_RANSOMS = frozenset({"فديه", "الفديه"})
_PAID = frozenset({"دفع", "تسديد", "سداد"})  # the verbal noun after «بعد»: not «بعد أن دفعت أسرهم فدية» (a story of
# captivity told by the freed, whose labels keep the abduction: tune35 rw35t-13)
_PAID_REACH = 4  # «بعد دفع جزء من الفدية», «بعد دفع عائلته فدية»


_MEANS_REACH = 3  # «من أجل قتل شاب بطعنة»: the victim between the charged act and its means


def _means_of_charged_killing(words: list[str], first: int, match: PhraseMatch[Trigger], charges: list[int]) -> bool:
    """A weak means word («بطعنة», «طعنا», «برصاصة») up to three words after a killing word that is itself within a
    charge cue's window: the charged act's means, no harm of its own."""
    if not charges:
        return False  # no charge cue (most sentences): the loop's test is False for every word (speed pass 8)
    if any(t.strength >= STRONG for t in match.payloads):
        return False
    for k in range(max(0, first - _MEANS_REACH), first):
        if word_forms(words[k]) & _KILL_WORDS and any(0 < k - c <= SCOPE_WINDOW for c in charges if not words[c].isascii()):
            return True
    return False


_KILL_WORDS = frozenset({"قتل", "القتل"})


def _ransom_paid_for_release(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A ransom word after «بعد دفع» (within four words), with a release before it in the sentence."""
    if match.first != match.last or words[match.first].lstrip("و") not in _RANSOMS:
        return False
    if not any(words[k] in _PAID and k > 0 and words[k - 1] == "بعد"
               for k in range(max(0, match.first - _PAID_REACH), match.first)):
        return False
    return _release_before(words, match.first)


def _release_before(words: list[str], end: int) -> bool:
    """A release that happened before ``end``: «الإفراج عن», «أطلق سراح», one welcomed («رحبت ... بإطلاق
    سراح»), or someone back home («رجع بابا للحوش»)."""
    for r in range(end):
        word = words[r]
        # «أطلق سراحه / سراحها / سراحهم»: «سراح» may carry the freed person's pronoun (Arabic pass 104)
        # (the set tests before release_happened's call: most words are no release word; speed pass 12)
        if (word in _RELEASE_WORDS or (word in _SETTING_FREE and r + 1 < len(words) and words[r + 1].startswith("سراح"))) and (
                release_happened(words, r)):
            return True
        if word.startswith("ب") and (word[1:] in _RELEASE_WORDS or word[1:] in _SETTING_FREE) and any(
                w in _WELCOMED for w in words[max(0, r - _WELCOME_REACH) : r]):
            return True
        if word.removeprefix("و") in _BACK and any(w in _HOME for w in words[r + 1 : r + 1 + _HOME_REACH]):
            return True
    return False


# Arabic pass 114 (tune114): an abductee back home is a release told by its end («عودة رجل أعمال مخطوف إلى أسرته»,
# «عاد التاجر ... إلى منزله بعد 20 يوما من خطفه», «عادت الطالبة المخطوفة إلى حضن أسرتها»): the settled answer, a
# release is no incident. A return word (not «عودته»: «خطف أثناء عودته إلى منزله» is the taking on the way home;
# not «لإعادته»: a call to bring him back) and «إلى» + a home or family word after it
_RETURNED = frozenset({"عوده", "عاد", "عادت", "عادوا", "عادا", "رجع", "رجعت", "رجعوا",
                       # «أعلنت عائلته عودته إلى منزله»: the return noun with the freed one's pronoun (Arabic
                       # Libya-precision pass, twentieth session)
                       "عودته", "عودتها", "عودتهم", "عودتهما"})
_HOME_NOUNS = frozenset({"منزله", "منزلها", "منزلهم", "منزلهما", "منزل", "بيته", "بيتها", "بيتهم", "اسرته", "اسرتها",
                         "اسرهم", "اسرتهم", "ذويه", "ذويها", "ذويهم", "اهله", "اهلها", "اهلهم", "عائلته", "عائلتها",
                         "عائلاتهم", "عائلتهم", "حضن", "بيت", "مسكنه", "مسكنها"})
_RETURNED_REACH = 7  # «عاد رجل الأعمال إبراهيم علي الكاديكي إلى منزله»: the man's name and title between
_ABDUCTEE_REACH = 3  # «عودة رجل أعمال مخطوف», «المخطوف ... إلى أسرته»


def _to_home(words: list[str], start: int, reach: int) -> bool:
    """«إلى» + a home or family word within ``reach`` words from ``start``, or the home word with «ل» joined
    («عودة المهندس ... لأهله», «رجع لبيته»: the same return told with the short preposition; Arabic
    Libya-precision pass, twentieth session)."""
    return any((words[j] == "الي" and j + 1 < len(words) and words[j + 1] in _HOME_NOUNS)
               or (words[j].startswith("ل") and words[j][1:] in _HOME_NOUNS)
               for j in range(start, min(len(words), start + reach)))


def _returned_home_before(words: list[str], end: int) -> bool:
    """A return word before ``end`` with «إلى» + home or family within seven words after it («عاد التاجر ... إلى
    منزله بعد 20 يوما من خطفه»)."""
    return any(words[r].removeprefix("و") in _RETURNED and _to_home(words, r + 1, _RETURNED_REACH) for r in range(end))


def _abductee_back_home(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """An abduction word with a return word up to three words before it and «إلى» + home or family after it."""
    if not all(t.type == "abduction" for t in match.payloads):
        return False
    return any(w.removeprefix("و") in _RETURNED for w in words[max(0, match.first - _ABDUCTEE_REACH) : match.first]) and (
        _to_home(words, match.last + 1, _ABDUCTEE_REACH))


def _detention_ended_by_release(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A holding word right after «بعد» and right before «دام / استمر», with a release before it in the sentence."""
    if match.first < 2 or match.last + 1 >= len(words) or words[match.last + 1] not in _LASTED:
        return False
    return words[match.first - 1].removeprefix("و") == "بعد" and all(
        t.type in HELD_TYPES for t in match.payloads) and _release_before(words, match.first)


# «ولم تكشف الأسرة عما إذا كانت قد دفعت فدية», «لم يتضح ما إذا كان قد تعرض للتعذيب»: what is asked «whether» it
# happened is not told as an event
_WHETHER_OPENERS = frozenset({"ما", "عما", "فيما", "بما"})
_WHETHER_REACH = 5  # «عما إذا كانت قد دفعت فدية»: «إذا», a verb of being, «قد», the act


def _asked_whether_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_asked_whether`` holds for no match of the sentence: it needs «إذا». Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_asked_whether`` widens it too."""
    return "اذا" in words


def _asked_whether(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«(ع)ما إذا» within ``_WHETHER_REACH`` words before the trigger, with no sentence break of its own between."""
    for k in range(max(1, match.first - _WHETHER_REACH), match.first):
        if words[k] == "اذا" and words[k - 1] in _WHETHER_OPENERS:
            return True
    return False


# «أكثر من 2000 حالة اختفاء قسري سجلت في ليبيا منذ 2014»: a count of cases in the thousands, or in the hundreds over
# the years since a calendar year, is a country's record (a statistic, the guide's «250 ألف قتيل»), not one bounded series
_RECORD_CASES = 1000
_CASES_SINCE = 100


def _large_case_tally(words: list[str]) -> bool:
    """A case head («حالة», «حالات») right after a number of at least ``_RECORD_CASES``, or of ``_CASES_SINCE`` with
    «منذ» + a calendar year in the sentence («منذ 2014»)."""
    if _CASE_HEADS.isdisjoint(words):
        return False  # a cheap test first
    for k in range(1, len(words)):
        if words[k] in _CASE_HEADS:
            start = next((j for j in range(max(0, k - 3), k) if (p := parse_number(words, j)) is not None
                          and j + p[1] == k), None)
            if start is None:
                continue
            value = parse_number(words, start)[0]
            if value >= _RECORD_CASES or (value >= _CASES_SINCE and any(
                    w.removeprefix("و") == "منذ" and is_calendar_year(nxt) for w, nxt in pairwise(words))):
                return True
    return False


# «مهاجرون يروون تعرضهم للضرب والتجويع في مركز احتجاز بالزاوية», «ضربوا داخل مركز الإيواء»: a beating whose place is
# a detention centre (its cue within a few words after the beating, after «في / داخل») befell the people held there
_CENTRE_AFTER_BEATING = 5  # «للضرب والتجويع في مركز احتجاز», «للضرب المبرح داخل مركز»


def _beaten_in_a_centre(words: list[str], injury_at: list[int], centres: list[int]) -> bool:
    """A detention centre cue after «في / داخل», within ``_CENTRE_AFTER_BEATING`` words after a beating word."""
    return any(0 < c - i <= _CENTRE_AFTER_BEATING and c > 0 and words[c - 1] in INSIDE for i in injury_at for c in centres)


# Arabic pass 54 (tune54): long articles about Libya

# «برنامجا للدعم النفسي يستهدف 20 ألف طفل في مدارس درنة», «حملة تطعيم تستهدف مليون طفل»: a programme, campaign or
# project "targets" the people it serves; its schools and hospitals are where it works, nothing was struck
_AIMED_AT_VERBS = frozenset({"يستهدف", "تستهدف", "استهدف", "استهدفت", "يستهدفان", "تستهدفان", "يستهدفون"})
_SCHEMES = frozenset({"برنامج", "برامج", "مشروع", "مشاريع", "مشروعات", "مبادره", "مبادرات", "خطه", "خطط", "دوره",
                      "دورات", "ورشه", "ورش", "برنامجا", "مشروعا", "خططا"})
# a campaign is a scheme only when it names its help («حملة تطعيم», «حملة توعية»): «حملة ترهيب تستهدف المدافعات»,
# «حملة اعتقالات تستهدف» target their victims (tune18 rw18t-80)
_CAMPAIGNS = frozenset({"حمله", "حملات"})
_CAMPAIGN_AIMS = frozenset({"تطعيم", "تلقيح", "توعيه", "توعويه", "تبرع", "تبرعات", "نظافه", "تشجير", "اغاثه", "اغاثيه",
                            "انسانيه", "صحيه", "طبيه", "للتطعيم", "للتوعيه", "للتبرع", "لدعم", "للدعم", "دعم", "مساعدات",
                            "كشف", "للكشف", "فحص", "علاج", "لعلاج", "تسجيل", "لتسجيل"})
_SCHEME_REACH = 6  # «برنامجا للدعم النفسي والاجتماعي يستهدف»: the scheme and its purpose before the verb


def _scheme_beneficiaries_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_scheme_beneficiaries`` holds for no match of the sentence: it needs a programme or campaign word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_scheme_beneficiaries`` widens it too."""
    return not present.isdisjoint(_SCHEMES) or not present.isdisjoint(_CAMPAIGNS)


def _scheme_beneficiaries(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A «يستهدف» (a weak property word) whose subject is a programme, a campaign or a project: the scheme named in
    the ``_SCHEME_REACH`` words before the verb, or right after it («وتستهدف المبادرة الأطفال»). Its targets are
    beneficiaries, no attack (Arabic pass 54, rw54t-51)."""
    if match.first != match.last or words[match.first].removeprefix("و") not in _AIMED_AT_VERBS:
        return False
    if not all(t.type == PROPERTY and t.strength < STRONG for t in match.payloads):
        return False
    start = max(0, match.first - _SCHEME_REACH)
    near = words[start : match.first] + words[match.first + 1 : match.first + 2]
    if any(word_forms(w) & _SCHEMES for w in near):
        return True
    return any(word_forms(w) & _CAMPAIGNS and k + 1 < len(words) and bool(word_forms(words[k + 1]) & _CAMPAIGN_AIMS)
               for k, w in enumerate(words[start : match.first + 2], start=start))


# «داعية إلى الإفراج عن جميع المحتجزين تعسفيا», «مطالبا بإطلاق سراح كافة المعتقلين»: all detainees called free in a
# statement on something else name nobody held in the news told (the English twin: `_english_called_for_all`)
_ALL_OF = frozenset({"جميع", "كافه", "كل", "بقيه", "باقي"})
_FREEING = frozenset({"الافراج", "بالافراج", "والافراج", "للافراج", "سراح", "اطلاق", "باطلاق", "لاطلاق"})
_FREE_CALL_REACH = 4  # «داعية إلى الإفراج عن جميع»: the call, «إلى», the release word, «عن»


def _all_detainees_called_free(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A detention-only trigger right after «جميع / كافة / كل» with a release word just before and a call before that
    («داعية إلى», «طالبت ب-», «دعا إلى»): a call for all detainees, no detention reported (Arabic pass 54, rw54t-60)."""
    if match.first < 3 or words[match.first - 1] not in _ALL_OF:
        return False
    if not all(t.type == "arbitrary_detention" for t in match.payloads):
        return False
    before = words[max(0, match.first - 1 - _FREE_CALL_REACH) : match.first - 1]
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _FREEING), None)
    if at is None:
        return False
    start = match.first - 1 - len(before) + at
    call_window = words[max(0, start - _CALL_REACH) : start + 1]
    return any(w.removeprefix("و") in _CALLS or w in _DEMAND_BEFORE for w in call_window) or (
        words[start].startswith(("ب", "ل")))


# «فارقت الطالبة ... الحياة صباح اليوم، بعد يومين من إصابتها برصاصة», «توفي بعد أسبوع من إصابته»: the wound the victim
# died of, told after the death, is the killing's cause (as the lexicon's «متأثرا بإصابته»), no second harm
_OWN_WOUNDING = frozenset({"اصابته", "اصابتها", "اصابتهم", "اصابتهما", "جرحه", "جرحها"})
_OWN_WOUNDING_WRITTEN = with_proclitics(_OWN_WOUNDING, ("و",))  # as written, with «و» or without
_DEATH_WORDS = frozenset({"توفي", "توفيت", "توفوا", "فارق", "فارقت", "فارقوا", "وفاه", "لفظ", "لفظت", "مات", "ماتت",
                          "قضي", "قضت"})
_DEATH_BEFORE_WOUND_REACH = 16  # «فارقت الطالبة الجامعية هدى ... (20 عاما) الحياة صباح اليوم، بعد يومين من»
_AFTER_WOUND_REACH = 4  # «بعد ثلاثة أيام من إصابته»


def _died_after_wounding(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """An injury-only word «إصابته / إصابتها» (the victim's own wounding, a possessive ending) with «بعد» up to
    ``_AFTER_WOUND_REACH`` words before it and a death word before that in the sentence is the wound the victim died
    of: read as the killing it caused (a strong killing word, as «متأثرا بإصابته»). Arabic pass 54 (rw54t-25)."""
    if _OWN_WOUNDING_WRITTEN.isdisjoint(words):
        return list(matches)  # no own wounding (most sentences): the loop below keeps every match as it is
    out = []
    injury_at = [m.first for m in matches if any(t.type == "injury" for t in m.payloads)]
    for m in matches:
        k = m.first
        died_at = next((j for j in range(k - 1, max(-1, k - _DEATH_BEFORE_WOUND_REACH), -1)
                        if word_forms(words[j]) & _DEATH_WORDS), None) if words[k].removeprefix("و") in _OWN_WOUNDING else None
        # (not «توفي رجل، وأصيب ابنه بجروح بعد إصابته»: another hurt between the death and the wound)
        if (died_at is not None and m.first == m.last and all(t.type == "injury" for t in m.payloads)
                and any(w == "بعد" for w in words[max(0, k - _AFTER_WOUND_REACH) : k])
                and not any(died_at < i < k for i in injury_at)):
            out.append(PhraseMatch(m.first, m.last, (Trigger("killing", STRONG),), m.form))
        else:
            out.append(m)
    return out


# Arabic injured paraphrase pass: «تعرض عنصران من مديرية الأمن لكسور», «ثلاثة شبان تعرضوا لطلقات نارية»: the wound
# suffered (lexicon `ar_burns`, `ar_exposed_wounds`: «لحروق», «لكسور», «لطلقات نارية») is told by the exposure verb
# before it, as «أصيب» before «بكسور»; the trigger opens on that verb, so the victims are read around the verb (their
# number after it, or before it as the subject), as for «تعرض للطعن» (lexicon `ar_stabbing`)
_EXPOSED = frozenset({"تعرض", "تعرضت", "تعرضا", "تعرضتا", "تعرضوا", "تعرضن", "يتعرض", "تتعرض", "يتعرضان", "تتعرضان",
                      "يتعرضون", "يتعرضن"})
_EXPOSED_WRITTEN = with_proclitics(_EXPOSED, ("و",))
_EXPOSED_REACH = 8  # «تعرض سائق سيارة إسعاف تابعة لمستشفى أوباري العام لطلق ناري»: the victim and who they are
# the first words of those two lexicon lists («إلى حروق» too); a beating or an assault suffered («للضرب», «لاعتداء»)
# keeps its own reading
_EXPOSED_WOUNDS = frozenset({"لحروق", "لطلق", "لطلقات", "لطلقه", "لكسور", "الي", "الى"})


def exposure_opens_wound(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """An injury-only match on a wound told with the exposure's «ل» or «إلى» («لكسور», «إلى حروق») with an exposure
    verb («تعرض», «تعرضوا», «يتعرضون») up to ``_EXPOSED_REACH`` words before it and no other trigger between opens on
    that verb: the wound is the verb's."""
    if _EXPOSED_WRITTEN.isdisjoint(words):
        return matches  # no exposure verb (most sentences): every match stays as it is
    out = []
    for m in matches:
        first = words[m.first]
        verb = None
        if first in _EXPOSED_WOUNDS and all(t.type == "injury" for t in m.payloads):
            verb = next((j for j in range(m.first - 1, max(-1, m.first - 1 - _EXPOSED_REACH), -1)
                         if words[j].removeprefix("و") in _EXPOSED), None)
        if verb is not None and not any(verb <= x.last and x.first < m.first for x in matches if x is not m):
            out.append(PhraseMatch(verb, m.last, m.payloads, words[verb]))
        else:
            out.append(m)
    return out


# «وقال البيان إن الجرحى «أخرجوا من سيارة إسعاف وقتلوا»»: the wounded named again (definite) as the subject of a
# plural killing verb after them are the ones killed, hurt before; their wounded state is no second harm
_WOUNDED_SUBJECT_REACH = 9  # «الجرحى «أخرجوا من سيارة إسعاف وقتلوا»»: a clause between the subject and its killing


def _wounded_then_killed(words: list[str], match: PhraseMatch[Trigger], killing_first: set[int]) -> bool:
    """The injury word at ``match`` is a definite «الجرحى / المصابين» with a plural killing verb («قتلوا», «وأعدموا»:
    ending in «وا») within ``_WOUNDED_SUBJECT_REACH`` words after it, no number between: the wounded who were killed
    (Arabic pass 54, rw54t-33)."""
    if match.first != match.last or words[match.first] not in THE_WOUNDED or not all(
            t.type == "injury" for t in match.payloads):
        return False
    for k in killing_first:
        if 0 < k - match.first <= _WOUNDED_SUBJECT_REACH and words[k].endswith("وا") and not any(
                parse_number(words, j) is not None for j in range(match.first + 1, k)):
            return True
    return False


_ARRESTED_AS = _ACCUSED | {"المشتبه", "مشتبه", "مطلق", "القاتل", "الجاني"}
_ARREST_REACH = 3  # «القبض على المتهم», «القبض أمس على المشتبه به»


def arrest_of_accused(words: list[str]) -> bool:
    """The sentence tells the arrest of the accused («القبض على المتهم بإطلاق النار», «بالقبض على مطلق النار»): a
    proceeding for an earlier act (Arabic pass 58)."""
    for k, word in enumerate(words):
        if word in ("القبض", "بالقبض"):
            window = words[k + 1 : k + 1 + _ARREST_REACH]
            if "علي" in window and any(w in _ARRESTED_AS for w in window[window.index("علي") + 1 :]):
                return True
    return False


# the noun of an acknowledgement, not the verb («اعترف الجيش بقتل ثلاثة مدنيين أمس» reports an admitted killing)
_ACKNOWLEDGEMENT = frozenset({"اعتراف", "اعترافا", "الاعتراف", "اعترافه", "اعترافها", "اعترافهم"})
_ACKNOWLEDGED_REACH = 8  # «اعتراف الرئيس الفرنسي، إيمانويل ماكرون، بمسؤولية جيش بلاده في تعذيب»


def _acknowledged_act_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_acknowledged_act`` holds for no match of the sentence: it needs an acknowledgement noun. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_acknowledged_act`` widens it too."""
    return not present.isdisjoint(_ACKNOWLEDGEMENT)


def _acknowledged_act(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«باعتراف باريس بمسؤولية جيشها في اغتيال المناضل», «ننتظر اعترافا من فرنسا بتعذيب وقتل»: a harm named as what a
    state admits is a known act of the past, the statement's topic (the guide: statements about a known killing are no
    incident; real posts pass 6, AFND articles). The noun of the acknowledgement (clitics «و / ب / ل» allowed) within
    eight words before the trigger, and the act it admits written with «ب» (the trigger itself, or «بمسؤولية ... في»);
    not the plural «اعترافات» («اعترافات انتزعت تحت التعذيب»: the confessions of the tortured), not «انتزاع اعترافه»
    before «تحت» (no «ب» object)."""
    if not {t.type for t in match.payloads} <= _PAST_ACT_TYPES:
        return False
    start = max(0, match.first - _ACKNOWLEDGED_REACH)
    if all(map(_ACKNOWLEDGEMENT.isdisjoint, map(word_forms, words[start : match.first]))):
        return False  # (the loop's own test for every word at once, at C level: most matches; speed pass 10)
    for k in range(match.first - 1, start - 1, -1):
        if word_forms(words[k]) & _ACKNOWLEDGEMENT:
            between = words[k + 1 : match.first + 1]
            return any(w.startswith("ب") and not w.startswith("بعد") for w in between)
    return False


# what someone deserves or an act calls for, said in a statement («يستحقون الإعدام», «تستوجب السجن المؤبد»)
_DESERVES = frozenset({"يستحق", "يستحقون", "يستحقوا", "تستحق", "استحق", "استحقوا", "يستوجب", "تستوجب", "يستوجبان",
                       "تستوجبان"})
_DESERVED_HEADS = frozenset({"عقوبه", "عقوبات", "حكم"})  # «يستحقون عقوبة الإعدام»


def _deserved(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«وأكد المفتي أن مروجي السموم يستحقون الإعدام»: a penalty or a harm said to be deserved (or called for by an
    act: «تستوجب السجن») is an opinion, no execution or jailing done (real posts pass 6, AFND articles: a minister's
    statement read as an execution with one dead). The verb right before the trigger, or before a penalty head
    («عقوبة / حكم») right before it."""
    k = match.first - 1
    if k >= 0 and words[k] in _DESERVED_HEADS:
        k -= 1
    return k >= 0 and words[k].removeprefix("و") in _DESERVES


# a protection from a harm («حماية الصحفيين من الاعتقال», «يحمي العمال من التوقيف»): a call or a law against it
_PROTECTING = frozenset({"حمايه", "يحمي", "تحمي", "يحميهم", "تحميهم", "لحمايه", "بحمايه", "وحمايه", "حمايتهم"})
_PROTECTED_REACH = 4  # «حماية المدونين والصحفيين من الاعتقال»


def _protected_from(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«دعت الهيئة إلى حماية المدونين من الاعتقال التعسفي», «بنص يحمي الأساتذة من التوقيف»: the harm people are to be
    protected from, named right after «من», is what a call or a law is against, no one harmed (real posts pass 6, AFND
    articles: «حماية العمال من التوقيف التعسفي» in a postal service's measures). A protection word within four words
    before «من»; not a pretext told after a detention (the detention's own trigger is not after «من»)."""
    if match.first < 2 or words[match.first - 1] != "من":
        return False
    return any(w in _PROTECTING for w in words[max(0, match.first - 1 - _PROTECTED_REACH) : match.first - 1])


_HORRORS = frozenset({"ويلات", "بويلات", "وويلات"})
_HORRORS_REACH = 4  # «ويلات الاختطاف والاختفاء القسري والتعذيب»: a list joined by «و»


def _horrors_lived_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_horrors_lived`` holds for no match of the sentence: it needs «ويلات». Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_horrors_lived`` widens it too."""
    return not _HORRORS.isdisjoint(words)


def _horrors_lived(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«ذاق ويلات الاختطاف والاختفاء القسري والتعذيب», «عاش سكان المخيم ويلات الخطف»: the horrors a people or a
    generation lived through, named as a list of harms after «ويلات», are a record of suffering, no event (real posts
    pass 6, AFND articles). The trigger right after «ويلات», or in the list joined by «و» that follows it; not a
    sentence that merely has the word («تجنيب الأطفال ويلات النزاع» beside a shell that hit a school)."""
    start = max(0, match.first - _HORRORS_REACH)
    for k in range(match.first - 1, start - 1, -1):
        if words[k] in _HORRORS:
            return all(w.startswith(("و", "ال")) for w in words[k + 1 : match.first + 1])
    return False


# adjectives of a killing that end in «ي» as a surname does («إعدام ميداني», «قتل جماعي», «قتل عمدي»)
_KILLING_ADJECTIVES = frozenset({"ميداني", "جماعي", "عمدي", "وحشي", "همجي", "سياسي", "عشوائي", "انتقامي", "عنصري",
                                 "طائفي", "قانوني", "تعسفي", "خارجي", "داخلي", "محتمل", "جماهيري", "ثاني", "ثالثي"})
# the normalised «ى» plurals of casualties and captives end in «ي» too («القتلى والجرحى», «تصفية جرحى»)
_ALIF_PLURALS = frozenset({"قتلي", "جرحي", "اسري", "مرضي", "موتي", "صرعي", "غرقي", "مصابي", "ضحاي"})
# person nouns in «ي» («اغتيال الإعلامي», «القضاء على إرهابي»): a victim or a fighter named by what he was, no surname
_PERSON_NOUNS_IN_YA = frozenset({"اعلامي", "صحافي", "ارهابي", "قيادي", "دبلوماسي", "حقوقي", "برلماني", "اكاديمي", "جامعي",
                           "رياضي", "فدائي", "انتحاري", "مستوطني", "نقابي", "سياسيي", "مدني", "عسكري", "امني"})
# a clitic «و / ل / ب / ف» («لأسرى», «لقاتلي الأطفال») or a verb's prefix («يروي التفاصيل»): no surname
_NOT_A_NAME_START = ("و", "ل", "ب", "ف", "ي", "ت")
# a time, a means or a place of the act: the event told, not named («اغتيال البرعصي برصاص مسلحين مساء اليوم»)
_EVENT_TOLD = frozenset({"برصاص", "بالرصاص", "رصاص", "برصاصه", "طعنا", "ذبحا", "بطعنه", "غاره", "بغاره", "قصف", "بقصف",
                         "انفجار", "بانفجار", "هجوم", "بهجوم", "في", "داخل", "وسط", "قرب", "امام"}) | DATE_WORDS


def _named_known_killing(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«العلاقات تغيرت بعد مقتل سليماني», «قرار قتل خاشقجي كان خطأ»: a killing word followed at once by a bare
    surname (a word in «ي» that is no people's nisba, no victim noun, no adjective of the act), in a sentence that tells
    no time, means or place of the act, names a killing the reader already knows: the topic of a reaction, a statement
    or a debate, no event of the news (the guide: statements about a known killing are no incident; real posts pass 6:
    every real post of the train splits with such a name is labelled no incident). Not «مقتل تونسي» (a people),
    «اغتيال الناشط ...» (a victim noun), «اغتيال البرعصي برصاص مسلحين» (the act told)."""
    if {t.type for t in match.payloads} != {"killing"} or match.last + 1 >= len(words):
        return False
    name = words[match.last + 1]
    bare = name.removeprefix("ال")
    if len(bare) < 4 or not bare.endswith("ي") or bare in PEOPLE_NISBAS or bare in NAMED_VICTIMS or (
            bare in _KILLING_ADJECTIVES or bare in _ALIF_PLURALS or bare in _PERSON_NOUNS_IN_YA) or name.startswith(_NOT_A_NAME_START):
        return False
    return _EVENT_TOLD.isdisjoint(words[match.last + 2 :])
