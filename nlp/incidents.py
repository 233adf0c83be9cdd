"""Incident candidates: trigger words per violation type, filtered and weighed by context rules.

Per sentence: find triggers (MSA, Libyan dialect or English, from nlp/data/incident_lexicon.yaml)
with affix-aware matching, then apply the rules that separate a reported event from talk about
one. Each rule and why (the labelling rules in tests/data/incidents/README.md):

* idioms: a trigger followed by «آمال/الصدارة/الفوز», "off/hopes" is a metaphor (sport, politics);
  sport and price news («مباراة», «أسعار») lower everything unless casualties are counted.
* denials scope forward: «نفت ... مقتل» denies what follows the cue, not what came before
  («اختطف ... وتنفي الأجهزة علمها بمكانه» is still an abduction), up to a confirmation («مؤكدا أنه لا يزال
  لدى خاطفيه»); post-posed denials («ما نشر بشأن اختطاف طفل عار عن الصحة») deny what precedes them.
* warnings, threats and foiled plots scope forward («حذرت من أن ... قد تؤدي إلى مقتل», «توعد بقصف»,
  «أحبطت مخططا لاغتيال»); a charge, a case or a ruling names a past act («متهم بقتل», «قضية مقتل»,
  «قضت ... من أجل قتل»): none of them is the event reported.
* a death notice («ببالغ الحزن نبأ وفاة», «يتغمد الفقيد») mourns a death, not a killing: it lowers weak killing words
  and «المصاب» (the loss); a strong one («استشهاد», «اغتيال») stands.
* «دون تسجيل إصابات» / "no casualties" cancels the casualty word it governs, not the shelling.
* fighters only: a combatant noun in the victim slot («مقتل 4 مقاتلين», "two fighters were killed")
  with no civilian named (outside a negation: «لم تسجل إصابات في صفوف المدنيين») is not an incident;
  gunmen as perpetrators («مسلحين ملثمين رشوه») are not victims. The victim status is `combatant` only when a
  fighter word names the victims (right after the casualty word or its subject just before it, or a camp
  struck): a military college, a military spokesman, the attacker («اعتداء قوات ... على», «أعدمت الجماعة
  المسلحة ثلاثة مدنيين») or a clash party elsewhere in the sentence leaves the toll's status unknown.
* arrests are routine news: detention becomes arbitrary_detention only with a qualifier
  («دون تهمة», "without charge", «ظروف غير إنسانية»), a journalist/activist detainee, or an unknown
  whereabouts; «مركز احتجاز» is a place, not an arrest. Protesters held for a march are held for a civic act
  (also attack_on_civil_society); house arrest («الإقامة الجبرية», «ممنوعون من الخروج») is a weak detention word.
* blocking news sites («حجب 5 مواقع») is an attack on civil society; «إهانة» outside custody is no torture.
* beating in custody is torture; a weak injury word («رصاص», «ضرب») next to a killing or torture is
  the means, not a second harm.
* shelling/burning is an attack on property only with a civilian object (houses, hospital, market,
  pipeline ...) and no military target beside it (bases, launchers, air defences). Next to people killed or
  injured it is dropped: the human harm is the type (the ANT dev labels never add property next to it, and
  the held-out news is labelled the same way; our ASND/ANS labels and some written examples do). An injury
  verb whose object is a building («أصاب برج المراقبة») is a hit on property.
* a death in custody («توفي في سجن») is also arbitrary_detention; migrants held for ransom are also trafficking;
  migrants shot dead on a boat are a killing, not deaths at sea.
* migrants dead at sea or in the desert are `other` (+ `trafficking` when smugglers are named); a fishing boat
  sunk («غرق مركب صيد») with no migrants and no perpetrator is an accident at sea, its sailors' deaths too.
* an accident cue (a crash, gas asphyxia, a fire, a flood, electrocution, «الحماية المدنية» carrying victims)
  lowers the casualty, damage and missing-person words of its sentence unless perpetrators are named there
  («أضرم مجهولون النار ... الحريق» is arson).
* an accident cue lowers torture outside custody: «صعق بالتيار الكهربائي أثناء أعمال صيانة» is electrocution at
  work; «الصعق بالتيار الكهربائي داخل السجن» stays torture.
* journalists/activists as victims (also of an attack on their home) add attack_on_civil_society; as
  sources («تداول ناشطون», "told reporters") they do not, nor does a doctor who speaks («أوضح الطبيب أن») or «أم»
  in a name («الجوهرة أف أم», «أم الأرانب»).
* a headline frames the body: an accident or disease headline its casualty words, a ruling («تصدر أحكاما في قضية
  مقتل») or a commemoration («تحيي الذكرى») its harm words (the judged or remembered past act); the lead's accident
  or history frames the headline and the body too, unless the lead tells an attack, clashes or perpetrators.
* history is no news: a year before 2000 (not a birth year), the liberation war or the black decade in a sentence,
  acts told over years («خلال الـ30 سنة الأولى من الاحتلال»).
* a harm called for («يدعو لإعدام»), mines cleared («إزالة الألغام»), gunfire heard, an assault on an institution
  («اعتداء على استقلالية القضاء»), things missing («الأدوية المفقودة») and a suspension («قرار توقيفه», «توقيفه عن
  العمل») harm nobody; «ما لا يقل عن» states a toll's floor, it negates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

from nlp.countries import AGENT_PAIRS
from nlp.counts import YEAR_WORDS, is_calendar_year, parse_number
from nlp.counts_rules import sentence_counts
from nlp.counts_rules_en import EN_BODY_PARTS
from nlp.counts_scope import CALL_VERBS, english_tally_since, is_statistic, last_century_year
from nlp.counts_words import MONTH_WORDS, PERSON_NOUNS, SINGULAR_VICTIMS, no_people_after
from nlp.lexicon import PhraseLexicon, PhraseMatch, Token, phrase_key
from nlp.morph import word_forms
from nlp.normalize import clitic_variants, has_arabic_script, normalize
from nlp.victims import (
    CATEGORY_CUES,
    counsel_for,
    elder_title,
    english_members_of,
    english_origins_told,
    medic_agent,
    sentence_categories,
    witness,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
THRESHOLD = 0.5
STRONG, WEAK = 0.75, 0.35
_GONE_REACH = 8  # «اختفى منذ أربعة أيام بعد توقيفه»: words from a disappearance word to the arrest
# Security-report wording for fighters killed («تحييد 3 عناصر», «القضاء على عنصرين إرهابيين»): read for the count
# and the victim status, never an incident by itself (no context bonus reaches the threshold from 0).
COUNT_ONLY = 0.0
DETENTION_WEAK = 0.2  # arrests are routine news; only qualified detention (تعسفي, دون تهمة ...) counts alone
HARM_TYPES = ("killing", "injury", "torture", "arbitrary_detention", "enforced_disappearance", "abduction",
              "sexual_violence")
CASUALTY_TYPES = ("killing", "injury")
PROPERTY = "attack_on_property_or_infrastructure"
_BEATING = {"ضرب", "ضربوه", "اعتداء", "اعتدي", "عنف", "beaten", "assaulted", "beating", "beatings", "beat", "ضرب مبرح", "اعتداء بالعنف",
            "اعتداء جسدي", "اعتدي بالعنف"}
# Words between a trigger and its victim noun: quantifiers and the date («قتل اليوم الأربعاء 24 أوت إرهابي»).
_VICTIM_SLOT_FILLERS = {"من", "نحو", "حوالي", "اكثر", "ما", "لا", "يقل", "عن", "at", "least", "more", "than", "of",
                        "اليوم", "امس", "يوم", "صباح", "مساء", "ليله", "فجر", "الاثنين", "الثلاثاء", "الاربعاء",
                        "الخميس", "الجمعه", "السبت", "الاحد"} | set(MONTH_WORDS)
_THREAT = {"تهديد", "تهديدهم", "هدد", "يهدد", "هددوا", "توعد", "threat", "threats", "threatened", "threatening",
           # «خططت لقتل سياسيين», "plotted to kill": a plot, not a killing
           "خطط", "خططت", "يخطط", "تخطط", "خططوا", "يخططون", "التخطيط", "تخطيط", "planned", "plotted", "plotting",
           # «نجا من محاولة اغتيال»: the attempt failed (lexicon type other), nobody was killed
           "محاوله", "attempt", "attempted"}
_MINES = {"لغم", "الغام", "ألغام", "landmine", "landmines", "mine", "mines"}
_CENTRE_BEFORE = {"مركز", "مراكز", "مقر"}
_CENTRE_AFTER = {"centre", "center", "centres", "centers", "facility", "facilities", "camp"}
_PRISON = {"سجن", "سجون"}
_PREPOSITIONS = {"في", "داخل", "من", "الي", "علي", "in", "at", "from", "inside"}
# A charge («متهم بقتل», «من تهمة خطف») makes these the subject of a proceeding; a case («قضية مقتل») only the acts
# that are over (an abduction's case may still be open). Torture is left out: an inquiry into officers «متهمين
# بتعذيب مواطنين» reveals abuses (borderline incidents in the labelling guide).
CHARGED_ACTS = ("killing", "injury", "sexual_violence", "abduction", "enforced_disappearance", "trafficking")
# What an accident or disaster harms: the dead, the hurt, the missing in a flood («البحث عن 3 أطفال مفقودين»)
ACCIDENT_TYPES = ("killing", "injury", "other", "enforced_disappearance", PROPERTY)
PAST_ACTS = ("killing", "injury", "torture", "sexual_violence", "other")  # a ruling on torture or a sinking is the trial's news
# the sets _scoped_out compares a trigger's types with, built once (it runs on every match)
_PAST_ACT_TYPES = frozenset(PAST_ACTS)
_CHARGED_ACT_TYPES = frozenset(CHARGED_ACTS)
_TRIED_TYPES = _PAST_ACT_TYPES | {PROPERTY}
_SCOPE_WINDOW = 4  # tokens between a charge/case word and the act it names («بتهم القتل والإخفاء القسري»)
_DENIED_BEFORE = 12  # tokens a post-posed denial reaches back («ما نشر بشأن اختطاف طفل ... عار عن الصحة»)
_AFTER_EVENT = {"بعد", "اثر", "عقب", "خلفيه", "after", "following"}  # «حذرت بعد مقتل ...»: the warning follows an event
_CLASHES = {"اشتباكات", "اشتباك", "مواجهات", "معارك", "قتال", "اقتتال", "تبادل", "clashes", "fighting"}  # «تبادل لإطلاق النار بين»
_CLASH_REACH = 6  # «تبادل لإطلاق النار بين وحدات عسكرية»: the clash word is five tokens before the party
_HIT_VERBS = {"اصاب", "اصابت", "يصيب", "تصيب", "ضرب", "ضربت", "يضرب", "تضرب", "hit", "struck"}  # verbs; «إصابة» ends in ه
_FIRING = {"النار", "نار", "fire"}
_BULLETS = {"رصاص", "رصاصه", "طلق", "طلقه", "شظيه", "bullet"}
_ELDER_TITLE_WORDS = frozenset(("الحاج", "الحاجه"))  # the precheck of ``elder_title`` (nlp/victims.py)
_DEATH_MEANS_REACH = 8  # «وفاة الحاجة فلانة (70 سنة) بعد إصابتها برصاصة»: a name and an age before the means
_MEANS_REACH = 6  # tokens from a killing to the bullet that caused it («لقي حتفه بعد أن أصابته رصاصة»)
_BOATS = {"قارب", "قوارب", "مركب", "مراكب", "مركبي", "زورق", "سفينه", "boat", "boats", "vessel", "trawler"}
_FISHING = {"صيد", "الصيد", "صيادين", "صياد", "fishing", "fishermen"}
# Civil society as victims: the press and activists (any harm to them is also an attack on civil society)
_PRESS = frozenset({"journalists", "activists"})
# «حجب 5 مواقع إلكترونية إخبارية»: what a blocking order shuts (a number may stand between)
_BLOCKING = {"حجب", "حظر", "blocked", "blocking"}
_BLOCKING_ROOTS = ("حجب", "حظر", "block")
_SITES = {"موقع", "مواقع", "صفحه", "صفحات", "website", "websites", "sites"}
# «وأودع الضحية شكوى», «وصرح الضحية»: a victim who files or speaks is alive, «الضحية» names no death
_LIVING_VICTIM_VERBS = {"اودع", "اودعت", "قدم", "قدمت", "رفع", "رفعت", "صرح", "صرحت", "روي", "روت"}
# «هجوم مواطن على رئيس البلدية», «مدير المستشفى»: a title before a building's name makes it a person
_TITLES = {"رئيس", "شيخ", "مدير", "مديره", "امام", "عميد", "حارس", "مير"}
_TRANSFERS = {"نقل", "نقلت", "نقله", "نقلها", "نقلوا", "تحويل", "تحويله", "تحويلها", "حول", "اسعاف", "اسعافه"}
_OUTLETS = {"قناه", "قنوات", "صحيفه", "صحف", "جريده", "اذاعه", "اذاعات", "تلفزيون", "وكاله", "newspaper", "broadcaster",
            "channel", "radio"}
# «عائلات الضحايا», «أسر الشهداء»: the dead of an earlier event named through their families, not a new death
# How far after a casualty word its victims are named («مقتل العشرات من عناصر»).
_VICTIM_REACH = 4
_AGAINST = {"علي", "ضد", "against", "on"}
# Places only fighters live in: the dead of a strike on them are fighters, wherever the casualty word is
# (not a military college: its cadets' status is unknown, docs/labelling.md).
_FIGHTER_PLACES = {"معسكر", "ثكنه", "ثكنات", "معسكرات"}
_PATROLS = {"دوريه", "دوريات"}
# «تفريق وقفة احتجاجية» (dispersing a protest) is no «فريق» (a team) with the imperfect prefix peeled
_PROTESTING = {"احتجاج", "الاحتجاج", "احتجاجا", "تنديدا"}
_NOT_SPORT = _PATROLS | {"تفريق", "تفريقه", "لتفريق"}
_CONDEMNING = frozenset(_PROTESTING | {"تنديد", "التنديد", "احتجاجات"})
_REPEATED = {"المتكرره", "المتكرر", "المتواصله", "المتواصل", "المتزايده"}  # «الاعتداءات المتكررة»: a grievance
# «ورشة بناء», «ورشة نجارة»: a workshop where people work (a place), not a training workshop (a general cue)
_TRADES = {"بناء", "البناء", "نجاره", "حداده", "ميكانيك", "ميكانيكا", "صيانه", "سيارات", "تصليح", "الحداده", "النجاره"}
_COUNTED_OTHERS = {"اخر", "اخرين", "ثان", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"}
_RESCUE_REACH = 8  # tokens from a rescue word to «من» + what it averted («إنقاذ 43 مهاجرا غير نظامي من الغرق»)
_SOUNDS = {"دوي", "سماع", "صوت", "اصوات", "لعلعه", "سمع", "سمعت", "يسمع", "تسمع", "سمعنا", "heard", "sound", "sounds"}
_DURING = {"خلال", "طيله", "طوال", "during", "throughout"}
_YEAR_HEADS = {"سنه", "عام", "year"}
# a report's period: «خلال نفس الفترة» (the same period as a figure before), «منذ بداية السنة» (a year-to-date tally)
_SAME_PERIOD = [["نفس", "الفتره"], ["الفتره", "نفسها"], ["الفتره", "ذاتها"], ["ذات", "الفتره"]]
_YEAR_START = [["بدايه", "السنه"], ["بدايه", "العام"], ["مطلع", "السنه"], ["مطلع", "العام"]]
_RANKS = {"صفوف", "بين", "among"}  # «في صفوف المدنيين», «بين المدنيين»: the people a toll is counted among
_RANKS_NEGATION_REACH = 10
_AFTER_NEGATED_TOLL = _RANKS_NEGATION_REACH  # «سقوط ضحايا مدنيين في الهجوم أو في الضربات»: ranks, then occasions
_OCCASION = frozenset({"في", "خلال", "جراء", "اثر", "بسبب"})  # «في الضربات»: what the negated toll would come from
_DEMAND_BEFORE = {"الي", "ضروره", "بضروره", "اجل", "يطالب", "تطالب", "طالب", "طالبت", "يجب", "ينبغي", "for", "to"}
_LONG_UNITS = {"اشهر", "شهور", "شهرا", "سنوات", "سنه", "سنتين", "اعوام", "عاما", "عامين", "months", "years"}
# «حيث قضوا قرابة شهرين»: they spent a while (somewhere), they did not die
_SPENT = {"قضوا", "قضي", "قضت", "قضيت", "قضينا", "يقضي", "يقضون", "تقضي"}
_WHILE = _LONG_UNITS | {"شهر", "شهرين", "يوما", "يومين", "ايام", "اياما", "ليله", "ليلتين", "ليالي", "ساعات", "ساعه",
                        "اسبوع", "اسبوعا", "اسبوعين", "اسابيع", "فتره", "مده", "سنتين", "عقوبه", "عقوبته"}
_SPENT_REACH = 3  # «قضوا قرابة شهرين», «قضى أكثر من عامين»
# «عودة جثمان شاب توفي في ليبيا»: remains brought home (a weak killing word after them is no killing; not a funeral)
_REPATRIATION = {"عوده", "ترحيل", "استلام", "تسلم", "استقبال", "اعاده", "repatriation"}  # not «وصول جثة» (to a hospital)
_ZONES = {"منطقه", "المنطقه", "zone"}  # «المنطقة العسكرية العازلة»: a military zone is a place
_APPOSED = {"منهم", "اخرين", "اخرون", "others"}  # «مقتل 3 جنود آخرين»: still the victims, not an object
_PARTED = {"فارق", "فارقت", "فارقا", "فارقوا", "يفارق", "تفارق"}  # «فارق شاب الحياة»: died
_TOOK = {"اودي", "اودت", "يودي", "تودي", "اودتا", "اودوا"}  # «أودى/أودت ... بحياة»
# People whose «تصفية» is a killing: captives and persons (not «تصفية حسابات», «تصفية الشركة»).
_LIQUIDATED = (PERSON_NOUNS | {"اسير", "اسري", "معتقل", "سجين", "مدني", "ناشط", "صحفي", "شاب", "مواطن", "عنصر",
                               "ارهابي", "مسلح", "مسلحين"}) - {"منهم"}
# «القضاء على عنصرين إرهابيين», «قضت على 3 مسلحين»: eliminating people (not «القضاء على الفساد»)
_ELIMINATED = {"القضاء", "قضت", "قضي", "تقضي", "يقضي", "قضوا", "للقضاء", "والقضاء"}
_FAMILY_MATTERS = {"عنف", "تفكك", "خلاف", "خلافات", "تماسك", "استقرار"}
_RACIST = {"عنصري", "عنصريه", "العنصري", "العنصريه"}  # «عنصري» is racist, not «عنصر» (a member of a force)
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
_ARREST_REACH = 4  # tokens between an arrest word and the smuggling network it names
_RANSOM = {"فديه", "ransom"}
_NAMED_PLACE_HEADS = {"ساحه", "ميدان", "شارع", "نهج", "مقبره", "جسر", "ملعب", "square", "street"}  # «ساحة الشهداء»
# «لمراسلة الجوهرة أف أم», «موزاييك إف إم»: the radio's name (FM), not «أم» (a mother, a woman victim)
_RADIO_BAND = {"اف", "fm"}


def _not_a_mother(words: list[str], index: int) -> bool:
    """«أم» in a name, not a mother harmed: the radio's FM («الجوهرة أف أم») or a place or a kunya before a
    definite noun («أم الأرانب», «أم العرائس», «أم درمان» is listed by its own name)."""
    if words[index] != "ام":
        return False
    after = words[index + 1] if index + 1 < len(words) else ""
    return (index > 0 and words[index - 1] in _RADIO_BAND) or after.startswith("ال")


_KIN = {"والد", "والده", "والدي", "شقيق", "شقيقه"}  # «بحسب والد الضحية»
_PATIENTS = {"مريض", "المريض", "مريضه", "المريضه"}
_GRIEVANCE_CAUSE = {"بسبب", "بحجه"}  # «اقتحموا القسم بسبب وفاة مريضهم»: the death is why they attacked
_REFERENCE_HEADS = {"عائلات", "عائله", "اسر", "اسره", "اهالي", "ذوي", "محامي", "families", "relatives"}
# «العضو في رابطة ضحايا ترهونة», «جمعية ضحايا الألغام»: the victims name an association, no death told (Libyan
# outlets pass 2)
_CLIPS = {"مقطع", "مقطعا", "مقاطع", "فيديو", "شريط", "شريطا", "تسجيل", "تسجيلا", "بيان", "بيانا", "رساله", "كلمه"}
_VICTIMS_BODY_HEADS = {"رابطه", "جمعيه", "منظمه", "تنسيقيه", "اتحاد", "تجمع"}


@dataclass(frozen=True)
class Trigger:
    type: str
    strength: float


@dataclass
class Candidate:
    type: str
    confidence: float
    trigger: str
    victims: set[str] = field(default_factory=set)
    categories: set[str] | None = None  # for reports (nlp/victims.py); None: a derived type, its `victims`
    killed: int | None = None
    injured: int | None = None
    detained: int | None = None
    last: int = -1  # the trigger's last token in its sentence (-1: a type derived from others)


@dataclass
class SentenceResult:
    """Candidates above the threshold, and the casualty counts of the sentence's surviving triggers
    (kept even when no candidate passes: the dev rules count fighters and accident victims too)."""

    candidates: list[Candidate]
    counts: dict[str, int]
    victim_status: str | None = None  # of the people a casualty trigger names; None when none survived
    context: frozenset[str] = frozenset()  # the context cues of a sentence with a trigger (for the document model)


@dataclass(frozen=True)
class Lexicons:
    triggers: PhraseLexicon[Trigger]
    victims: PhraseLexicon[str]
    civilians: PhraseLexicon[str]
    context: PhraseLexicon[str]
    qualifiers: PhraseLexicon[str]
    property_objects: PhraseLexicon[str]
    sources: PhraseLexicon[str]
    hors_de_combat: PhraseLexicon[str]
    programme: PhraseLexicon[str]
    idiom_objects: frozenset[str]
    body_heads: frozenset[str]
    negation_words: frozenset[str]
    victim_kinds: PhraseLexicon[str]  # kinship, age and role words: a victim's category, no incident decision


def _forms(token: str) -> frozenset[str]:
    return word_forms(token)


def _plain(words: Any, tag: str) -> PhraseLexicon[str]:
    return PhraseLexicon(((w, tag) for w in words or ()), forms=_forms, inner_forms=_forms)


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    data: dict[str, Any] = yaml.safe_load((DATA_DIR / "incident_lexicon.yaml").read_text(encoding="utf-8"))
    triggers = []
    for kind, levels in data["types"].items():
        for level, strength in (("strong", STRONG), ("weak", WEAK)):
            if kind == "arbitrary_detention" and level == "weak":
                strength = DETENTION_WEAK
            for words in (levels.get(level) or {}).values():
                triggers.extend((w, Trigger(kind, strength)) for w in words or ())
    # a category's list may close with {categories_only: [...]}: words for reports only (nlp/victims.py)
    victims = [(w, category) for category, words in data["victims"].items() for w in words if isinstance(w, str)]
    kinds = [(w, category) for category, words in data["victims"].items() for item in words if isinstance(item, dict)
             for w in item["categories_only"]]
    context = [(w, rule) for rule, words in data["context"].items() for w in words]
    return Lexicons(
        PhraseLexicon(triggers, forms=_forms, inner_forms=_forms),
        PhraseLexicon(victims, forms=_forms, inner_forms=_forms),
        _plain(data["civilians"], "civilian"),
        PhraseLexicon(context, forms=_forms, inner_forms=_forms),
        _plain(data.get("detention_qualifiers"), "qualifier"),
        _plain(data.get("property_objects"), "object"),
        _plain(data.get("source_cues"), "source"),
        _plain(data.get("hors_de_combat"), "hors_de_combat"),
        _plain(data.get("programme_cues"), "programme"),
        frozenset(k for w in data.get("idiom_objects", ()) for k in phrase_key(w)),
        frozenset(k for w in data.get("body_heads", ()) for k in phrase_key(w)),
        frozenset(k for w in data.get("negation_words", ()) for k in phrase_key(w)),
        PhraseLexicon(kinds, forms=_forms, inner_forms=_forms),
    )


def _is_idiom(words: list[str], match: PhraseMatch[Trigger], idioms: frozenset[str]) -> bool:
    """«يقتل آمال», «يخطف الصدارة», "killed off", "killed the game off", "is killing our livelihoods", «الضحية
    الأولى لسياسات»; «وصفوه بطريق الموت» (they called it, not the dialect «صفوه», liquidated him, behind «و»)."""
    if words[match.first].startswith("وصف") and words[match.last + 1 : match.last + 2] and words[match.last + 1][0] == "ب":
        return True
    if words[match.first] == "killing" and words[match.first - 1 : match.first] in (["is"], ["are"]) and (
            words[match.last + 1 : match.last + 2] in (["us"], ["me"])):
        return True  # "The fuel shortage is killing us": a grievance told in the present, nobody killed (English pass 9)
    for word in words[match.last + 1 : match.last + 3]:
        if word_forms(word) & idioms:
            return True
        if word not in ("the", "a", "an", "their", "his", "its", "our", "my", "your") and word not in _ORDINALS:
            break
    return False


def _time_spent(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«حيث قضوا قرابة شهرين», «قضى عامين في السجن»: a while spent somewhere, not the weak «قضوا» (died)."""
    return words[match.first].removeprefix("و") in _SPENT and any(
        w in _WHILE for w in words[match.last + 1 : match.last + 1 + _SPENT_REACH])


def _is_place_word(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«مركز احتجاز», "detention centre", «تعرض للتعذيب في سجن ...»: a facility name, not an arrest."""
    before = words[match.first - 1] if match.first > 0 else ""
    after = words[match.last + 1] if match.last + 1 < len(words) else ""
    prison = match.first == match.last and bool(word_forms(words[match.first]) & _PRISON) and before in _PREPOSITIONS
    return prison or bool(word_forms(before) & _CENTRE_BEFORE) or after in _CENTRE_AFTER


def _negated(words: list[str], index: int, negations: frozenset[str]) -> bool:
    """A negation word in the five tokens before ``index`` («لم تسجل إصابات في صفوف المدنيين», «لم تسفر عن
    سقوط ضحايا مدنيين»); ten when the word follows «في صفوف/بين» (the ranks hang on the negated toll: «لم تعلن أي
    جهة رسمية عن سقوط ضحايا في صفوف المدنيين»). Clitics only are peeled: «أعدمت» holds «عدم» but negates nothing."""
    reach = _RANKS_NEGATION_REACH if index > 0 and words[index - 1] in _RANKS else 5
    start = max(0, index - reach)
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
_ANY_NEGATION_REACH = 5  # «ولم يشر البيان إلى أي»: the negation, a verb, its subject and a preposition
_NO_HARM_OF_ANY = frozenset(CASUALTY_TYPES + ("torture", "sexual_violence"))


def _none_of_any(words: list[str], match: PhraseMatch[Trigger], negations: frozenset[str]) -> bool:
    """A harm word quantified by a negated «أي» («لم يشر إلى أي إصابات», «دون أن يذكر تعرضه لأي سوء معاملة»)."""
    return all(t.type in _NO_HARM_OF_ANY for t in match.payloads) and any(
        words[k] in _ANY and _negated(words, k, negations) and not any(
            w.startswith("و") and w not in _W_ROOT_NOUNS for w in words[k + 1 : match.first + 1])
        for k in range(max(0, match.first - _ANY_REACH), match.first))


_FLOOR_VERBS = {"يقل", "تقل", "يقلون", "less", "fewer"}  # «ما لا يقل عن 67 مواطنا», "no fewer than": a toll's floor


_EN_SPEAKS = (["says"], ["said"], ["told"], ["tells"])
_EN_UNHARMED = frozenset({"unharmed", "unhurt", "uninjured"})
_EN_UNHARMED_REACH = 5  # "the woman in the ambulance was unharmed"


_EN_SPEECH = frozenset({"says", "said", "say", "told", "tells", "believe", "believes", "believed", "claim",
                        "claims", "claimed"})
_EN_SPEAKER_REACH = 4  # "Medics at the hospital said": the speaker's words before the verb
_EN_SPEAKER_PLACE = frozenset({"at", "in", "from", "with"})  # "Medics at the hospital said": where they work
_EN_NOT_SPEAKER = frozenset({"who", "was", "were", "is", "are", "has", "have", "had", "and", "after", "when"})
_EN_PLURAL_MEDICS = frozenset({"medics", "doctors", "nurses", "paramedics"})
_EN_KIN_SPEAKERS = frozenset({"mother", "father", "wife", "husband", "sister", "brother", "son", "daughter"})


# «قالت عائلة الطبيب إن الخاطفين ...», «أسرة الناشط الحقوقي تطالب بكشف مصيره»: the family speaks for the doctor or the
# activist right after it, who is the victim ("Family of Misrata activist say" in English, ``_english_speaker``)
_FAMILY_OF = frozenset(normalize(w) for w in ("عائلة", "أسرة", "ذوي", "ذوو", "أهل", "أقارب"))


def _family_speaks_for(words: list[str], first: int) -> bool:
    return first > 0 and bool(word_forms(words[first - 1]) & _FAMILY_OF)


def _english_speaker(words: list[str], match: PhraseMatch[str], press: bool) -> bool:
    """"Local activists believe the arrest ...", "activists say", "Medics at the hospital said the girls were dead",
    "His mother said he was beaten": a press word, medics or a victim's kin who speak are sources, no victims (not "a
    journalist who said he was beaten": "who" / "was" end the speaker). English only; one nurse who tells what she
    suffered stays a victim (plural medics only), and so does the activist of "Family of Misrata activist say"."""
    first = words[match.first]
    if "of" in words[max(0, match.first - 2) : match.first]:
        return False  # "Family of Misrata activist say": the activist is whose family speaks
    if not (press or first in _EN_PLURAL_MEDICS or (
            first in _EN_KIN_SPEAKERS and match.first > 0 and words[match.first - 1] in ("his", "her", "their"))):
        return False
    after = words[match.last + 1 : match.last + 1 + _EN_SPEAKER_REACH]
    if after[:1] and after[0] in _EN_SPEECH:
        return True
    if not after or after[0] not in _EN_SPEAKER_PLACE:
        return False  # "poet and activist Karim Said on Monday": a name, no verb, follows
    for word in after[1:]:
        if word in _EN_SPEECH:
            return True
        if word in _EN_NOT_SPEAKER:
            return False
    return False


def _english_unharmed(words: list[str], last: int) -> bool:
    """"the woman was unharmed", "the woman in the ambulance was unhurt": the person named is no victim (English)."""
    return bool(_EN_UNHARMED.intersection(words[last + 1 : last + 1 + _EN_UNHARMED_REACH]))


def _floor(words: list[str], index: int) -> bool:
    """«لا» of «ما لا يقل عن» (no less than) states a toll's floor, it negates nothing."""
    return index + 1 < len(words) and words[index + 1] in _FLOOR_VERBS


def _content_after(words: list[str], start: int) -> int | None:
    """Index of the first word after ``start`` that is not a number or a quantifier filler."""
    k = start
    while k < len(words) and k < start + 8:
        parsed = parse_number(words, k)
        if parsed is not None:
            k += parsed[1]
            continue
        if words[k] in _VICTIM_SLOT_FILLERS:
            k += 1
            continue
        return k
    return None


_EN_SUBJECT_REACH = 10  # "a commander of an armed group in Tajoura was shot dead": the head noun opens a long subject


_EN_LEADERS = frozenset({"head", "leader", "chief", "commander"})
_EN_LEADER_REACH = 4  # "the head of a Tripoli armed group": an article and a place before the unit's words
_EN_ARMED_UNITS = frozenset({"militia", "brigade", "battalion"})
_EN_ARTICLES = frozenset({"the", "a", "an"})


def _english_armed_unit(words: list[str]) -> bool:
    """"a Tripoli armed group", "the 166 Brigade", "a Misrata militia": an armed unit named (not "a charity")."""
    return not _EN_ARMED_UNITS.isdisjoint(words) or any(a == "armed" and b in ("group", "groups")
                                                       for a, b in pairwise(words))


_EN_LIGHT_HARMS = frozenset({"injury", "injuries", "wound", "wounds", "burns", "cuts", "bruises", "bruising", "damage",
                             "fractures", "scratches", "offence", "offences", "incident", "incidents", "clashes", "scuffles"})


def _english_minor_harm(words: list[str], match: PhraseMatch[str]) -> bool:
    """"picked up minor injuries", "minor wounds", "minor damage": "minor" as an adjective of the harm, no child
    (English pass 11; "a minor was wounded", "two minors" stay children)."""
    return (match.first == match.last and words[match.first] == "minor"
            and words[match.last + 1 : match.last + 2] != [] and words[match.last + 1] in _EN_LIGHT_HARMS)


def _combatant_victims(words: list[str], matches: list[PhraseMatch[Trigger]], combatant_at: set[int]) -> bool:
    """A combatant noun in the victim slot of a killing/injury trigger."""
    for match in matches:
        if not any(t.type in CASUALTY_TYPES for t in match.payloads):
            continue
        k = _content_after(words, match.last + 1)
        if k is not None and (k in combatant_at or k + 1 in combatant_at):  # «بمقتل شقيقه الإرهابي»
            return True
        if k is not None and words[k] in _EN_ARTICLES:
            k += 1  # "shot dead the head of ...": the English article before the victim
        if k is not None and words[k : k + 1] != [] and words[k] in _EN_LEADERS and words[k + 1 : k + 2] == ["of"] and (
                _english_armed_unit(words[k + 2 : k + 3 + _EN_LEADER_REACH])):
            return True  # "shot dead the head of a Tripoli armed group": its leader is a fighter (English pass 9)
        # «5 قتلى وجريحان من قوة الحماية»; but «مقتل العشرات في اشتباكات بين المليشيات» names who fought, not who
        # died (a toll with no status: an incident, victim status unknown)
        for j in range(match.last + 1, min(len(words) - 1, match.last + 5)):
            if words[j] in ("من", "بين") and j + 1 in combatant_at and not word_forms(words[j - 1]) & _CLASHES:
                return True
        if word_forms(words[match.first]) & {"مصرع", "حتف"}:  # «لقي قيادي في التنظيم مصرعه»: the subject is the victim
            met = next((j for j in range(match.first - 1, max(-1, match.first - 10), -1)
                        if word_forms(words[j]) & {"لقي", "لقيت", "لقوا"}), None)
            if met is not None and any(j in combatant_at for j in range(met + 1, match.first)):
                return True
        if match.first > 0 and words[match.first - 1] in ("were", "was", "been", "are"):  # "fighters were killed"
            for j in range(match.first - 2, max(-1, match.first - _EN_SUBJECT_REACH), -1):
                if words[j] == "by":
                    break
                if j in combatant_at:
                    return True
    for index, word in enumerate(words[:-1]):  # «في صفوف القوات», «بصفوف الجيش»
        if "صفوف" in word_forms(word) and (index + 1 in combatant_at or word_forms(words[index + 1]) & {"قوات", "جيش"}):  # «قواتنا»
            return True
    return False


def _fighters_near_victims(words: list[str], matches: list[PhraseMatch[Trigger]],
                           fighters: list[PhraseMatch[str]]) -> bool:
    """A fighter word where the victims of a casualty word are named: just after it («مقتل 6 جنود», «إصابة
    عناصر من الكتيبة») or just before it as its subject («جنديان أصيبا»). Elsewhere a fighter word is the
    attacker («اعتداء قوات الدعم على المعتصمين», «تنظيم الدولة يعلن مسؤوليته عن التفجير ... مقتل العشرات»), a
    building («قصفت الكلية العسكرية ما أدى إلى مقتل 28»), a source («المتحدث العسكري») or a clash party:
    it says nothing of who died. ``fighters``: the fighter words that are not the attacker."""
    casualties = [m for m in matches if any(t.type in CASUALTY_TYPES for t in m.payloads)]
    for fighter in fighters:
        if _clash_party(words, fighter.first):
            continue
        if words[fighter.first].lstrip("و") in _RACIST:
            continue
        if fighter.first > 0 and word_forms(words[fighter.first - 1]) & _ZONES:
            continue  # «المنطقة العسكرية بتطاوين: مقتل مهرب»: a zone, not who died
        if any(0 < fighter.first - c.last <= _VICTIM_REACH or 0 < c.first - fighter.last <= 2 for c in casualties):
            return True
        if casualties and word_forms(words[fighter.first]) & _FIGHTER_PLACES:
            return True  # «القصف استهدف معسكر الألوية وأدى إلى مقتل شخص»: who is in a camp is a fighter
    return False


def _captives(words: list[str], index: int, fighters_at: set[int]) -> bool:
    """«أسرى» (captives, normalised «اسري») is no «أسر» (families, a civilian word); but «العنف الأسري» (domestic
    violence) is spelt the same and is the family's. «مقتل أربعة عناصر وأسر خامس»: «أسر» before an ordinal or
    «آخر(ين)», or before a fighter word (``fighters_at``: «أسر عنصرين من التنظيم»), is the verb 'captured'."""
    forms = clitic_variants(words[index])
    number = parse_number(words, index + 1) if index + 1 < len(words) else None
    after_number = index + 1 + number[1] if number is not None else index + 1
    # «وأسر خامس», «وأسر ثلاثة آخرين»; not «أسر سبعة عشر صيادا» (the families of 17 fishermen)
    if "اسر" in forms and after_number < len(words) and (words[after_number] in _COUNTED_OTHERS
                                                          or after_number in fighters_at):
        return True
    return "اسري" in forms and not (index > 0 and word_forms(words[index - 1]) & _FAMILY_MATTERS)


_EN_COMPANIONS = frozenset({"driver", "drivers", "bodyguard", "bodyguards", "guard", "guards", "aide", "aides", "escort",
                            "escorts", "companion", "companions", "deputy", "assistant"})
_EN_COMPANION_REACH = 4  # "a senior Islamic State commander and his driver": words from the fighter word to "and"


def _fighters_companion(words: list[str], index: int, fighters_at: set[int]) -> bool:
    """"killed a militant commander and his driver", "the brigade leader and his bodyguards": the man who drives or
    guards a fighter is of his party, no civilian (English pass 11); "his wife", "his son" stay civilians."""
    if words[index] not in _EN_COMPANIONS or index < 3 or words[index - 1] not in ("his", "their") or words[index - 2] != "and":
        return False
    return any(j in fighters_at for j in range(max(0, index - 2 - _EN_COMPANION_REACH), index - 2))


def _attacker(words: list[str], fighter: PhraseMatch[str]) -> bool:
    """«اعتداء قوات الدعم السريع على المعتصمين»: a fighter word followed by «على/ضد» and its target attacks, one
    after «من قبل»/«على يد» is the agent;
    «أعدمت الجماعة المسلحة ثلاثة مدنيين»: one followed by its object (a number or people) is the verb's subject
    (not a dual's agreeing «اثنين»: «مقتل عسكريين اثنين»)."""
    if tuple(words[max(0, fighter.first - 2) : fighter.first]) in AGENT_PAIRS:
        return True  # «أطلقت عليهما النار من قبل وحدات عسكرية»: the agent of a passive, not its victims
    if fighter.first > 0 and words[fighter.first - 1] == "by":
        return True  # "a teacher was shot dead by gunmen": the English passive's agent
    after = words[fighter.last + 1 : fighter.last + 3]
    if not after:
        return False
    if after[0] in _AGAINST or (len(after) > 1 and after[1] in _AGAINST and after[0] not in _PREPOSITIONS):
        return True
    number = parse_number(words, fighter.last + 1)
    if number is not None and number[0] != 2 and after[0] not in ("احد", "احدي"):  # «عناصر إحدى المجموعتين»
        after = words[fighter.last + 1 + number[1] : fighter.last + 2 + number[1]]
    return bool(after) and bool(word_forms(after[0]) & (PERSON_NOUNS - _APPOSED))


def _clash_party(words: list[str], index: int) -> bool:
    """«اشتباكات بين المليشيات», «مواجهات بين قوات ...»: the word names a party of the clash."""
    return "بين" in words[max(0, index - 3) : index] and _form_before(words, index, _CLASHES, _CLASH_REACH)


def _fate_unknown(tokens: list[Token], words: list[str]) -> list[PhraseMatch[Trigger]]:
    """«لا يزال مصير الناشط مجهولا»: fate and unknown in one sentence, however far apart."""
    if "مصير" not in " ".join(words):
        return []  # a word's forms are pieces of it (or «ال» + a piece): no «مصير» in the text, none in a form
    fate = next((i for i, w in enumerate(words) if word_forms(w) & {"مصير", "مصيره", "مصيرها", "مصيرهم"}), None)
    if fate is None or not any(word_forms(w) & {"مجهول", "مجهولا", "مجهوله"} for w in words[fate + 1 : fate + 8]):
        return []
    return [PhraseMatch(fate, fate, (Trigger("enforced_disappearance", STRONG),), words[fate])]


_HIS_WHEREABOUTS = {"مكانه", "مكانها", "مكانهم", "مكانهما", "مصيره", "مصيرها", "مصيرهم", "مصيرهما"}
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
    if not any(root in joined for root in ("مكان", "مقر", "مصير")):
        return []  # a cheap test first: this runs on every sentence
    negations = load_lexicons().negation_words
    for index, word in enumerate(words):
        forms = word_forms(word)
        if not forms & _WHEREABOUTS:
            continue
        held = bool(forms & _HIS_WHEREABOUTS) or (
            index + 1 < len(words) and bool(word_forms(words[index + 1]) & _HELD_AT))
        before = words[max(0, index - _NOT_TOLD_REACH) : index]
        if held and any(w in negations or word_forms(w) & _NOT_TOLD for w in before):
            return [PhraseMatch(index, index, (Trigger("enforced_disappearance", STRONG),), word)]
    return []


_DESTINATIONS = {"جهه", "وجهه", "مكان", "اماكن"}
_LEFT = {"غادر", "غادرت", "غادروا", "خرج", "خرجت", "خرجوا", "فر", "فرت", "هرب", "هربت", "توجه", "توجهت"}
_LEFT_REACH = 6


# the dialect "and he did not come back" of a missing-person notice («طلع من البيت أمس وما رجعش»)
_NOT_BACK = frozenset({"رجعش", "يرجعش", "ترجعش", "رجعتش", "مارجعش", "مرجعش"})


def _left_for_unknown(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«طفلة غادرت منزل عائلتها إلى وجهة غير معلومة»: an unknown destination someone left for (a missing-person
    notice), not one captors took him to («اقتادوه إلى جهة مجهولة»); so is «طلع من البيت وما رجعش» (he went out and
    did not come back) when no captors are named in the sentence."""
    if not all(t.type == "enforced_disappearance" for t in match.payloads):
        return False
    if word_forms(words[match.first]) & _DESTINATIONS and _form_before(words, match.first, _LEFT, _LEFT_REACH):
        return True
    return all(t.strength < STRONG for t in match.payloads) and any(w in _NOT_BACK for w in words) and not any(
        word_forms(w) & _CAPTORS for w in words)


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
    return _form_before(words, match.first, _FOUND, _FOUND_REACH) or any(
        w in _CAME_BACK or (w in _WELCOMED_BACK and k > 0 and word_forms(after[k - 1]) & _WELCOMING)
        for k, w in enumerate(after))


_CAME_BACK = frozenset({"عاد", "عادت", "عادوا"})
_WELCOMED_BACK = frozenset({"بعودته", "بعودتها", "بعودتهم"})
_WELCOMING = frozenset({"ترحيب", "ترحيبها", "ترحيبه", "ترحيبهم", "رحبت", "رحب", "رحبوا", "ترحب", "يرحب"})


# a detention or disappearance told as lasting («ومن يومها لا تهمة ولا محكمة», «ولا يزال محتجزا»)
_STILL_HELD = frozenset({"يومها", "مازال", "مازالت", "زال", "يزال", "تزال", "زالت", "يزالون", "زالوا"})
_CAPTORS = frozenset({"مسلحون", "ملثمون", "مهربون", "مسلحين", "ملثمين", "مهربين", "عصابه", "عصابات"})
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
_SMUGGLING = {"مهربون", "مهربين", "تهريب"}  # smugglers holding their passengers: trafficking abuse (tune20 rw20t-42)


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
        carries_object = verb.endswith(_OBJECT_PRONOUNS) and not verb.startswith(("ال", "وال")) and len(verb) > 5
        group = after[:1] in (["مجموعه"], ["جماعه"]) and after[1:] == ["مسلحه"]  # «احتجزتهم مجموعة مسلحة»
        if (carries_object and (group or word_forms(after[0]) & _CAPTORS)) or after[0] in ("مسلحون", "ملثمون", "مهربون"):
            kind = "trafficking" if any(word_forms(w) & _SMUGGLING for w in after) else "abduction"
            out.append(PhraseMatch(m.first, m.last, (Trigger(kind, STRONG),), words[m.first]))
    return out


def _gone_after_arrest(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«اختفى منذ أربعة أيام بعد توقيفه», «اختفاؤه بعد اعتقاله», «لم يظهر الصحفي منذ أن اعتقلته قوة أمنية»: a weak
    disappearance word (a lost child, sailors missing at sea) is an enforced disappearance when «بعد» or «منذ» an
    arrest follows it closely: the captors hold him."""
    detained_at = [m.first for m in matches if any(t.type == "arbitrary_detention" for t in m.payloads)]
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
        if not ("نار" in word or word == "fire") or not word_forms(word) & _FIRING:
            continue
        window = words[max(0, index - 6) : index + 6]
        boats = [k for k, w in enumerate(window) if word_forms(w) & _BOATS]
        if any(word_forms(w) & _FISHING for k in boats for w in window[k + 1 : k + 3]) or _english_fishing_boat(window, boats):
            return [PhraseMatch(index, index, (Trigger(PROPERTY, STRONG),), word)]
    return []


def _english_fishing_boat(window: list[str], boats: list[int]) -> bool:
    """"a fishing boat came under fire": English names the boat's trade before it (English pass 15)."""
    return any(k > 0 and window[k - 1] == "fishing" for k in boats)


def _split_killings(words: list[str], matches: list[PhraseMatch[Trigger]], joined: str) -> list[PhraseMatch[Trigger]]:
    """Killing phrases the lexicon cannot list whole: «أودت النيران بحياة مسن» (the subject splits «أودى
    بحياة»: weak, as the whole phrase is), «فارق شاب الحياة» (likewise for «فارق الحياة»), «تصفية أربعة أسرى» (a liquidation of people, not of a company
    or of accounts: strong), «تحييد 3 عناصر» (only before a number: «تحييد المؤسسات عن الصراع» is neutrality)
    and «القضاء على عنصرين إرهابيين» (the match is «على», so the victims right after it are the trigger's):
    these two for their counts only (COUNT_ONLY)."""
    out = []
    eliminated = not _ELIMINATED.isdisjoint(words)
    if not (eliminated and "علي" in words) and "حياه" not in joined and "تصفي" not in joined and "تحييد" not in joined:
        return out  # no word the loop below reads (its cheap tests, for the whole sentence at once): most sentences
    for index, word in enumerate(words):
        if word == "علي":  # cheap tests first: this runs on every sentence
            if not eliminated:
                continue
        elif not (word in ("بحياه", "الحياه") or "تصفي" in word or "تحييد" in word):
            continue
        if any(m.first <= index <= m.last for m in matches):
            continue
        if word == "الحياه":
            if _form_before(words, index, _PARTED, 6):
                out.append(PhraseMatch(index, index, (Trigger("killing", WEAK),), word))
        elif word == "بحياه" and any(w in _TOOK for w in words[max(0, index - 4) : index]):
            out.append(PhraseMatch(index, index, (Trigger("killing", WEAK),), word))
        elif word == "علي":
            # the subject may split them: «قضت وحدات الجيش على 3 مسلحين»
            if any(w in _ELIMINATED for w in words[max(0, index - 4) : index]) and _people_after(words, index + 1):
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
_ATTACK_WORDS = frozenset({"قصف", "غاره", "غارات", "هجوم", "هجمات", "تفجير", "تفجيرات", "قذيفه", "قذائف"})
_ATTACK_AFTER, _ATTACK_BEFORE = 2, 5  # «شهداء القصف», «ضحايا الغارة»; «هجوم كيماوي في سوريا يودي بحياة العشرات»


_GOAL = {"هدف", "هدفا"}


def _target_of_attack(words: list[str], match: PhraseMatch[str]) -> bool:
    """«مستشفيات حلب هدفا للقصف»: a target of shelling, not a goal scored (the sport cue `figurative`)."""
    return (set(match.payloads) == {"figurative"} and match.first == match.last and words[match.first] in _GOAL
            and match.last + 1 < len(words) and words[match.last + 1].startswith("ل")
            and bool(word_forms(words[match.last + 1]) & _ATTACK_WORDS))


def _killed_by_attack(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«أحد شهداء القصف على غزة», «هجوم ... يودي بحياة العشرات»: a weak death word («شهداء», «ضحايا», «أودى
    بحياة») tied to an attack told beside it is a killing by that attack, not a death or a title (ASND/ANS train)."""
    attacks = [m.first for m in matches if any(t.type == PROPERTY for t in m.payloads)
               and word_forms(words[m.first]) & _ATTACK_WORDS]
    if not attacks:
        return matches
    out = []
    for match in matches:
        if all(t.type == "killing" and t.strength < STRONG for t in match.payloads) and any(
                0 < a - match.last <= _ATTACK_AFTER or 0 < match.first - a <= _ATTACK_BEFORE for a in attacks):
            match = PhraseMatch(match.first, match.last, (Trigger("killing", STRONG),), match.form)
        out.append(match)
    return out


def _after_event(words: list[str], index: int) -> bool:
    """«توفي ... إثر إصابته برصاصة», «بعد أن أصابته»: the word at ``index`` tells what the death came from."""
    return _form_before(words, index, _AFTER_EVENT, 3)


def _people_after(words: list[str], k: int) -> bool:
    """People (not accounts, a company or corruption) at ``k``, past a number: «أربعة أسرى», «عنصرين إرهابيين»."""
    if k < len(words) and (parsed := parse_number(words, k)) is not None:
        k += parsed[1]
    return k < len(words) and bool(word_forms(words[k]) & _LIQUIDATED)


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
            0 < k - match.last <= 3 for k in objects)
        if hit and not words[match.first].endswith("ه") and word_forms(words[match.first]) & _HIT_VERBS:
            match = PhraseMatch(match.first, match.last, (Trigger(PROPERTY, WEAK),), match.form)
        out.append(match)
    return out


def _press_targets(words: list[str], matches: list[PhraseMatch[Trigger]], raids: list[int]) -> list[PhraseMatch[Trigger]]:
    """«اقتحم مسلحون مقر قناة», «قصف مبنى إذاعة»: a raid or strike whose object is a news outlet is an attack
    on civil society (the lexicon lists the set phrases; here the subject may stand between)."""
    starts = [m.first for m in matches if any(t.type == PROPERTY for t in m.payloads)] + raids
    return [PhraseMatch(k, k, (Trigger("attack_on_civil_society", STRONG),), words[k]) for k in starts
            if any(word_forms(w) & _OUTLETS for w in words[k + 1 : k + 5])][:1]


_SPEECH = {"كاذبه", "زائفه", "الكاذبه", "حجابها", "الحجاب", "تغطيه", "تغطيته", "تغطيتها", "تغطيتهما", "تدوينه", "تدوينات",
           "تغريده", "تغريدات", "منشور", "منشورات"}
_LIVE_FIRE = {"الذخيره", "ذخيره"}  # «أطلقت الذخيرة الحية داخل مستشفى»
_INSIDE = {"داخل", "في"}
# places where people gather unarmed: gunfire inside one is an attack on it (not «مقر», a palace or a car)
_GATHERING_PLACES = {"مسجد", "مساجد", "كنيسه", "كنائس", "كنيس", "معبد", "مستشفي", "مستشفيات", "مدرسه", "مدارس", "جامعه",
                     "سوق", "اسواق", "مصلي"}
_FIRE_REACH = 4
_FIRE_FORMS = frozenset(_FIRING | _LIVE_FIRE)
_FIRE_STEMS = ("نار", "ذخير", "fire")  # every form above holds one: a sentence without them has no gunfire


def _fired_inside(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """«إطلاق نار داخل مسجد», «يطلق النار داخل مسجد», «أطلقت الذخيرة الحية داخل مستشفى»: gunfire inside a place where
    people gather unarmed is an attack on it, whether or not anyone was hit (real short news, ASND train)."""
    if not any(stem in joined for stem in _FIRE_STEMS) or _INSIDE.isdisjoint(words):
        return []
    for index, word in enumerate(words):
        if not word_forms(word) & _FIRE_FORMS:
            continue
        for k in range(index + 1, min(len(words) - 1, index + 1 + _FIRE_REACH)):
            if words[k] in _INSIDE and word_forms(words[k + 1]) & _GATHERING_PLACES:
                return [PhraseMatch(index, k + 1, (Trigger(PROPERTY, STRONG),), word)]
    return []


_FIRING_VERBS = ("يطلق", "تطلق", "اطلق")  # «يطلقون», «تطلق», «أطلقوا» (not «إطلاق»: the noun is in the lexicon)
_AT_REACH = 3  # «أطلقوا النار على مهاجرين», «يطلقون النار على مهاجرين»


def _fired_at_victims(tokens: list[Token], words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """«مهربون يطلقون النار على مهاجرين»: a finite «fired at» with a victim named right after «على» is an assault (no
    hit stated: `other`); not fire at a car, at smugglers or in the air (real posts, ANS train)."""
    if not any(stem in joined for stem in _FIRE_STEMS) or "علي" not in words:
        return []
    for index, word in enumerate(words[:-2]):
        if word.lstrip("وف").startswith(_FIRING_VERBS) and word_forms(words[index + 1]) & _FIRING \
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
    return []


_EN_BEAT_OBJECTS = frozenset({"him", "her", "them", "up"})
_EN_BEAT_ARTICLES = frozenset({"a", "an", "the", "two", "three", "several", "dozens", "of"})
# verbs that harm only with a person as their object: "guards beat migrants" (a team beaten is no person), "has held
# the journalist ... without charge" (not "held talks", "held a meeting": a weak detention word, it still needs a
# journalist or a qualifier)
_EN_PERSON_VERBS = {"beat": Trigger("injury", STRONG), "held": Trigger("arbitrary_detention", DETENTION_WEAK)}


def _english_person_after(words: list[str], index: int) -> bool:
    """A person right after the verb at ``index``, past up to three articles or numbers ("beat a doctor", "held the
    journalist", "beat up", "held him")."""
    k = index + 1
    while k < len(words) and k - index <= 3 and words[k] in _EN_BEAT_ARTICLES:
        k += 1
    return k < len(words) and (words[k] in PERSON_NOUNS or words[k] in SINGULAR_VICTIMS or words[k] in _EN_BEAT_OBJECTS) and (
        words[k + 1 : k + 2] != ["s"])  # "held the journalist's funeral": a possessive names a thing


def _english_verbs_on_people(words: list[str], joined: str) -> list[PhraseMatch[Trigger]]:
    """"guards beat migrants", "police beat him", "beat up a journalist", "has held the journalist": an English verb
    with people as its object (the lexicon cannot tell "Al Ahly beat Al Ittihad" or "held talks" apart)."""
    out: list[PhraseMatch[Trigger]] = []
    if not any(verb in joined for verb in _EN_PERSON_VERBS):
        return out  # a cheap test first: this runs on every sentence
    for verb in sorted(_EN_PERSON_VERBS.keys() & set(words)):
        index = words.index(verb)
        if _english_person_after(words, index):
            out.append(PhraseMatch(index, index, (_EN_PERSON_VERBS[verb],), verb))
    return out


_EN_TAKEN = frozenset({"took", "taken", "take", "takes", "transferred", "returned", "sent", "brought", "moved",
                       "transported", "handed"})  # "handed to DCIM", "handed over to the DCIM"
_EN_MODALS = frozenset({"would", "will", "could", "may", "might", "should", "to"})
_EN_TAKEN_REACH = 6  # "took them to the Al-Nasr detention centre": the verb, "to", an article and a name
_EN_CENTRE = frozenset({"centre", "center", "centres", "centers", "facility", "facilities"})


def _english_taken_to_detention(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"intercepted 131 people ... and took them to the Al-Nasr detention centre", "transferred to a detention centre",
    "returned them to Tripoli naval base, where they were handed to DCIM": people brought to a migrants' detention
    centre or handed to the detention department are held there with no judicial process (arbitrary detention; the
    English labels count an interception so ended). Not "released from" one: the verb must lead "to" / "into" it."""
    if "detention" not in words and "dcim" not in words:
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        centre = word == "detention" and words[index + 1 : index + 2] != [] and words[index + 1] in _EN_CENTRE
        if not centre and word != "dcim":
            continue
        for verb in range(index - 1, max(-1, index - _EN_TAKEN_REACH - 1), -1):
            if words[verb] in _EN_TAKEN and ({"to", "into"} & set(words[verb + 1 : index])) and not (
                    _EN_MODALS.intersection(words[max(0, verb - 2) : verb])):  # "would be transferred": not done
                return [PhraseMatch(verb, index + centre, (Trigger("arbitrary_detention", STRONG),), word)]
    return []


_EN_HELD = frozenset({"held", "detained", "kept", "jailed", "imprisoned"})
_EN_NO_CHARGE = frozenset({"charge", "charges", "trial", "charged"})
_EN_HELD_REACH = 7  # "has been held for eight months without charge": a span of time between


def _english_held_without_charge(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"held for eight months without charge", "detained since March without trial": the lexicon's "held without
    charge" with how long (or where) between; no charge nor trial is an arbitrary detention (English pass 15). Not
    "released without charge" (only a holding verb leads it)."""
    if "without" not in words:
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word not in _EN_HELD:
            continue
        for k in range(index + 1, min(len(words) - 1, index + _EN_HELD_REACH + 1)):
            if words[k] == "without" and (words[k + 1] in _EN_NO_CHARGE or words[k + 1 : k + 3] in (
                    ["any", "charge"], ["being", "charged"])):
                return [PhraseMatch(index, k + 1, (Trigger("arbitrary_detention", STRONG),), word)]
    return []


_EN_FIGHTING = frozenset({"clashes", "fighting", "battle", "battles", "war", "shelling"})
_EN_BACK_SAFE = frozenset({"safe", "safely", "returned", "found", "freed", "released", "reunited"})


def _english_missing_since_fighting(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """"five residents have been missing since clashes on Saturday", "missing after the fighting": people gone since
    a battle in their town are disappeared (issue 13: people missing after a war), not children who wandered off (a
    bare "missing" stays weak), unless the same sentence tells them back ("returned home safe", "were found").
    English pass 15."""
    if _EN_BACK_SAFE.intersection(words):
        return []
    for m in matches:
        if words[m.last] == "missing" and any(t.type == "enforced_disappearance" for t in m.payloads):
            after = words[m.last + 1 : m.last + 5]
            if after[:1] in (["since"], ["after"]) and _EN_FIGHTING.intersection(after[1:]):
                return [PhraseMatch(m.first, m.last, (Trigger("enforced_disappearance", STRONG),), words[m.first])]
    return []


_EN_CAPTIVE_CUES = frozenset({"captured", "captives", "blindfolded", "handcuffed"})
_EN_CAPTIVE_REACH = 6  # "four captured fighters, hands tied, shot by men in uniform"


def _english_captives_shot(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"captured fighters, hands tied, shot by men in uniform": people shot once captured or bound are executed (a
    killing of people hors de combat, issue 13); "shot" alone may be a wounding, so a captive's cue must stand near it
    (English pass 15)."""
    if "shot" not in words:
        return []  # a cheap test first: this runs on every sentence
    shot = words.index("shot")
    near = words[max(0, shot - _EN_CAPTIVE_REACH) : shot]
    bound = any(near[k : k + 2] in (["hands", "tied"], ["hands", "bound"]) for k in range(len(near)))
    if bound or _EN_CAPTIVE_CUES.intersection(near):
        return [PhraseMatch(shot, shot, (Trigger("killing", STRONG),), "shot")]
    return []


_EN_FORCED_IN = frozenset({"forced", "bundled", "dragged", "pushed", "shoved", "threw"})
_EN_CARS = frozenset({"car", "cars", "vehicle", "vehicles", "van", "pickup", "truck", "toyota", "jeep", "suv", "boot",
                      "minibus"})
_EN_CAR_REACH = 4  # "into a white Toyota", "into an unmarked pickup truck": "into", an article, two modifiers


_EN_PASSIVE_SUBJECTS = frozenset(SINGULAR_VICTIMS | PERSON_NOUNS | {"he", "she", "they"})


def _english_passive_into(words: list[str], index: int) -> bool:
    """"an activist was bundled into a car by men in plain clothes": the passive, its subject a person (English pass
    14; not "the goods were forced into a truck"), the car within reach after "into"."""
    return (0 < index < len(words) - 1 and words[index - 1] in ("was", "were") and words[index + 1] == "into"
            and not _EN_CARS.isdisjoint(words[index + 2 : index + 2 + _EN_CAR_REACH])
            and any(w in _EN_PASSIVE_SUBJECTS for w in words[max(0, index - 1 - _EN_SUBJECT_REACH) : index - 1]))


def _english_forced_into_car(words: list[str]) -> list[PhraseMatch[Trigger]]:
    """"gunmen forced him into a white Toyota", "bundled the activist into a van": a person pushed into a car is
    taken away (an abduction; the lexicon's "taken by gunmen" does not say it this way)."""
    if "into" not in words or not _EN_CARS.intersection(words):
        return []  # a cheap test first: this runs on every sentence
    for index, word in enumerate(words):
        if word in _EN_FORCED_IN and _english_passive_into(words, index):
            return [PhraseMatch(index, index + 1, (Trigger("abduction", STRONG),), word)]
        if word in _EN_FORCED_IN and "into" in words[index + 2 : index + 5]:
            into = words.index("into", index + 2)
            if _EN_CARS.intersection(words[into + 1 : into + 1 + _EN_CAR_REACH]) and (
                    _english_person_after(words, index) or into == index + 2):  # "forced Salem into a car"
                return [PhraseMatch(index, into, (Trigger("abduction", STRONG),), word)]
    return []


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


_INVOLVEMENT = {"تورط", "مسؤوليه", "علاقه", "صله"}  # «تنفي أي تورط لها في الهجوم»: the attack is not denied
_RESPONSE = {"رد", "برد", "الرد", "بالرد", "ردا", "للرد"}  # «يتوعدون برد قاس على الغارة»: the strike answered happened
_RESPONSE_REACH = 4


def _denies_the_event(words: list[str], denial: int) -> bool:
    """A denial word that denies what follows it; not one told as past («بعد نفي مستمر لاعتقالهم، السلطات تقرر حبس 3
    صحفيين», «بعد أيام من نفي»: the news is what followed it), nor a denial of involvement («حركة طالبان تنفي أي تورط
    لها في الهجوم»: the attack stands; real posts, ASND train)."""
    return not _after_event(words, denial) and not any(
        word_forms(w) & _INVOLVEMENT for w in words[denial + 1 : denial + 3])


def _answered(words: list[str], index: int) -> bool:
    """«يتوعدون برد قاس على الغارة التي استهدفت سوقا»: the act a threatened response answers is past, not threatened."""
    return any(words[k] in _RESPONSE and "علي" in words[k + 1 : index]
               for k in range(max(0, index - _RESPONSE_REACH), index))


def _scoped_out(match: PhraseMatch[Trigger], words: list[str], where: dict[str, list[int]]) -> bool:
    """Is the trigger inside the scope of a denial, a warning or threat, or a charge (see incident_lexicon.yaml)?"""
    first = match.first
    denial_at = min((d for d in where.get("denial", []) if _denies_the_event(words, d)), default=len(words))
    confirmed_at = min((c for c in where.get("confirmation", []) if c > denial_at), default=len(words))
    if denial_at <= first < confirmed_at:
        return True  # «نفت ... مقتل», until «مؤكدا أنه لا يزال لدى خاطفيه»
    if any(0 < d - first <= _DENIED_BEFORE for d in where.get("denial_after", [])):
        return True
    if any(w < first for w in where.get("warning", [])) and not _form_before(words, first, _AFTER_EVENT, 2) and not (
            _answered(words, first)):
        return True  # «حذرت ... من أن التحشيدات قد تؤدي إلى مقتل مدنيين»; not «حذرت بعد مقتل ...»
    types = {t.type for t in match.payloads}
    past_act = types <= _PAST_ACT_TYPES
    charged = types <= _CHARGED_ACT_TYPES or all(t.strength < STRONG for t in match.payloads)
    if charged and any(0 < first - c <= _SCOPE_WINDOW for c in where.get("charge", []) if not words[c].isascii()):
        return True  # «متهم بقتل», «بتهم القتل والإخفاء القسري», «إدانته بإهانة المؤسسة»
    if _english_charge(words, first, types, all(t.strength < STRONG for t in match.payloads), where.get("charge", [])):
        return True  # "the charges included the murder of", "accused of overseeing torture and murder"
    # a property attack named as a case or a sentence's crime is the past act too («في قضية تفجير سيارة مفخخة»)
    tried = past_act or types <= _TRIED_TYPES
    if (tried or types == {"trafficking"}) and any(0 < first - c <= 2 for c in where.get("case", [])):
        return True  # «قضية مقتل طالب», «الموقوف في قضية تهريب»
    if past_act and _long_ago(words, match.last):
        return True  # «المحامية التي قتلت قبل سبع سنوات»
    # «قضت ... بسجنه من أجل قتل صديقه», «تقضي بإعدام 3»; but «تنفيذ أحكام الإعدام» is an execution carried out
    return tried and any(c < first and not (c > 0 and word_forms(words[c - 1]) & {"تنفيذ"})
                            for c in where.get("court", []))


# English words that do not count toward a charge's reach ("accused of ordering the torture and killing of").
_EN_FUNCTION = frozenset({"the", "a", "an", "of", "and", "or", "in", "their", "his", "her", "its", "for", "over"})
_EN_CHARGED_ACTS = frozenset(CHARGED_ACTS) | {"torture"}  # "accused of torture": a charge, like a killing


def _english_charge(words: list[str], first: int, types: set[str], weak: bool, charges: list[int]) -> bool:
    """English: a harm within four content words after a charge ("the charges included the murder of", "accused of
    ordering the torture and killing of prisoners"): what a proceeding is about, not the news. Torture too."""
    if not (types <= _EN_CHARGED_ACTS or weak):
        return False
    if words[first].endswith("ed") and words[first - 1 : first] != ["having"] or words[first] == "shot":
        return False  # "a man convicted of theft was shot dead", "gunmen accused of links to a militia killed two":
        # a charge names its acts by nouns ("murder", "the killing of"), the verb is the sentence's own event
    return any(c < first and words[c].isascii() and not _EN_FINITE.intersection(words[c + 1 : first])
               and sum(1 for w in words[c + 1 : first] if w not in _EN_FUNCTION) <= _SCOPE_WINDOW for c in charges)


_EN_FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})
_EN_ARRESTS = frozenset({"arrested", "arrest", "arrests", "detained", "detains"})  # not "held for ransom"
_EN_OVER_REACH = 4  # "arrested two men over the abduction": the arrest word, its object, "over", an article
_EN_OVER_BEFORE = 3  # "over the killing of", "for the 2024 abduction": "over / for" up to three words before the harm
_EN_SUSPECTS_REACH = 5  # "arrested two men in connection with", "detained a man suspected of"


def _english_arrested_over(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"police arrested two men over the abduction of a pharmacist", "detained a suspect for the killing": the harm
    named after an arrest "over / for" is what the suspects are held for (a proceeding), not an event told here."""
    first = match.first
    if not {t.type for t in match.payloads} <= _EN_CHARGED_ACTS or words[first].endswith("ed"):
        return False
    for k in range(first - 1, max(-1, first - 1 - _EN_OVER_BEFORE), -1):
        if words[k] in ("over", "for"):
            return any(w in _EN_ARRESTS for w in words[max(0, k - _EN_OVER_REACH) : k])
    return False


# "drug trafficking", "arms smuggling", "fuel smuggling": goods, not people (English words only)
_GOODS = frozenset({"drug", "drugs", "narcotics", "arms", "weapons", "gun", "guns", "fuel", "cocaine", "heroin", "hashish",
                    "cannabis", "cigarette", "cigarettes", "tobacco", "wildlife", "antiquities", "gold", "currency",
                    "alcohol", "captagon", "oil", "diesel", "petrol", "goods", "contraband", "car", "cars"})


def _goods_trafficked(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"arrested for drug trafficking", "fuel smuggling": a trafficking word right after a word for goods."""
    return (all(t.type == "trafficking" for t in match.payloads) and match.first > 0
            and words[match.first - 1] in _GOODS)


# «تعد المنطقة ممرا رئيسيا لتهريب البشر»: a route smuggling passes along (a region described), no act told
_ROUTES = frozenset({"ممر", "ممرا", "منطلق", "منطلقا", "معبر", "معبرا", "محطه", "طريق", "طريقا", "بوابه", "مسالك", "مسار"})
_ROUTE_REACH = 3  # «ممرا رئيسيا لتهريب»: the route, an adjective, then the smuggling word


def _smuggling_route(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«وتعد المنطقة ممرا رئيسيا لتهريب البشر والوقود»: a region described as a smuggling route (a route noun
    just before the trafficking word), not people smuggled."""
    return all(t.type == "trafficking" for t in match.payloads) and _form_before(words, match.first, _ROUTES, _ROUTE_REACH)


_EN_BE = frozenset({"was", "were", "been", "is", "are", "be"})
_EN_NEGATIONS = frozenset({"no", "not", "none", "nothing", "nobody", "never"})
_EN_CLAUSE = frozenset({"why", "how", "where", "when", "after", "before", "that", "who", "whom", "which", "because",
                        "since", "while", "if", "whether", "knows", "know", "said", "says", "told", "until", "as"})


def _english_harm_denied(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"no aircraft or facilities had been damaged", "the station was not damaged", "nobody else was hurt": a
    passive harm word after a form of "be" with a negation in the six words before it; "injuring no one", "killing
    nobody": a harm word whose object is nobody (English words only)."""
    if words[match.last + 1 : match.last + 3] == ["no", "one"] or words[match.last + 1 : match.last + 2] == ["nobody"]:
        return words[match.first].isascii()
    first = match.first
    be = first - 2 if first > 1 and words[first - 1] == "not" else first - 1  # "was not damaged"
    if be < 0 or words[be] not in _EN_BE or not words[first].isascii():
        return False
    if be < first - 1:
        return True
    # the negation determines the subject ("no aircraft or facilities had been"), no clause between them ("no one
    # knows why he was killed", "no suspects after the man was killed" are no denial)
    for k in range(be - 1, max(-1, be - 6), -1):
        if words[k] in _EN_NEGATIONS:
            return True
        if words[k] in _EN_CLAUSE:
            return False
    return False


_EN_ATTRIBUTIVE_BEFORE = frozenset({"the", "a", "an", "from", "of", "near", "around", "among", "in", "into", "inside",
                                    "on", "to", "for", "with", "and"})


_EN_DEED_PARTICIPLES = frozenset({"smashed", "smashing", "ransacked", "vandalised", "vandalized"})


def _english_attributive(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"keep children away from damaged buildings", "the burned shelters of the camp": a weak property participle used
    as an adjective (after an article or a preposition, before a noun) describes a state, it tells no attack."""
    first = match.first
    if words[first] in _EN_DEED_PARTICIPLES:
        return False  # "beat two doctors and smashed equipment": told of the attackers, rarely a state
    return (first == match.last and 0 < first < len(words) - 1 and words[first].endswith("ed")
            and all(t.type == PROPERTY and t.strength < STRONG for t in match.payloads)
            and words[first - 1] in _EN_ATTRIBUTIVE_BEFORE and words[first + 1].isalpha()
            and words[first + 1] not in ("by", "in", "on", "at", "and", "or", "during", "when", "after"))


_EN_PERIOD = frozenset({"past", "last", "previous", "first"})
_EN_LONG_UNITS = frozenset({"months", "years", "weeks", "month", "year"})
_EN_BOUNDED_WEEKS = 4  # "over the past two weeks": a bounded series a monitor reports, not a period's statistic


def _english_period_tally(words: list[str]) -> bool:
    """"41 civilian deaths in the past six months", "over the last 12 months": a tally over a period (a statistic),
    not one event. Not hours or days: "in the past 24 hours" is a bounded series."""
    for index, word in enumerate(words[:-3]):
        if word in ("in", "over", "during", "within") and words[index + 1] == "the" and words[index + 2] in _EN_PERIOD:
            number = parse_number(words, index + 3)
            at = index + 3 + (number[1] if number else 0)
            if at < len(words) and words[at] in _EN_LONG_UNITS and not (
                    words[at] == "weeks" and number and number[0] <= _EN_BOUNDED_WEEKS):
                return True
    return False


_EN_REJECTING = frozenset({"rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes"})
_EN_CLAIMS = frozenset({"claims", "reports", "allegations", "accusations"})
_EN_REJECT_REACH = 4  # "rejected on Tuesday claims that": the verb, a time of up to two words, the claims


def _english_rejected_claims(words: list[str]) -> list[int]:
    """"The ministry rejected on Tuesday claims that migrants had been tortured": a denial of the claims (as
    "denied"), where the claims follow the verb within a few words; not "dismissed from his post" (English pass 9)."""
    return [k for k, w in enumerate(words) if w in _EN_REJECTING
            and not _EN_CLAIMS.isdisjoint(words[k + 1 : k + 1 + _EN_REJECT_REACH])]


_EN_SCORE_DIGITS = 2  # "5-0", "6-1": a match score is two short numbers side by side (the hyphen is no token)


def _english_match_score(words: list[str]) -> bool:
    """"Al-Ahly 'massacre' Al-Nasr 5-0": a score tells a match, the casualty word a metaphor (English pass 9).
    Not "killed 12, 3 of them children" (the second number counts people); a count of civilians still overrules
    the metaphor (``analyse_sentence``)."""
    for first, second in pairwise(range(len(words))):
        if (words[first].isdigit() and words[second].isdigit() and len(words[first]) <= _EN_SCORE_DIGITS
                and len(words[second]) <= _EN_SCORE_DIGITS and words[second + 1 : second + 2] != ["of"]):
            return True
    return False


_EN_FIRING = frozenset({"opened", "open", "opening", "opens", "returned", "exchanged", "set", "sets", "setting",
                        "under",  # "came under fire": gunfire (English pass 15)
                        # weapons fired: "artillery fire on a crowded market" is shelling, no blaze
                        "artillery", "tank", "sniper", "mortar", "rocket", "machine", "machinegun", "gun",
                        "heavy", "live", "anti",
                        # a force's fire: "Tunisian guard fire kills migrant", "police fire wounds two" (English pass 9)
                        "guard", "guards", "police", "army", "troops", "militia", "soldiers"})
_EN_SET_ON_FIRE = 4  # "set the studio on fire": the object between "set" and "on fire"
_EN_NOT_ATTEMPTS = frozenset({"escape", "escapes", "crossing", "crossings", "jailbreak", "breakout", "rescue", "arrest"})


def _english_cue_misread(words: list[str], match: PhraseMatch[str]) -> bool:
    """English context cues that are no such cue here: the "fire" of "guards opened fire", "fire on the crowd" is
    gunfire, and of "set fire to" arson, no accident; an "attempted escape" or "attempted crossing" is no foiled attack
    (hypothetical); a meeting the victims held ("detained after organising a workshop") is why they were targeted,
    not a meeting about a harm (general)."""
    word = words[match.first]
    if "accident" in match.payloads and match.first == match.last and word == "fire":
        return (match.first > 0 and words[match.first - 1] in _EN_FIRING) or words[match.first + 1 : match.first + 2] in (
            ["on"], ["at"], ["upon"]) or _english_set_on_fire(words, match.first)
    if "hypothetical" in match.payloads and word == "attempted":
        return words[match.last + 1 : match.last + 2] != [] and words[match.last + 1] in _EN_NOT_ATTEMPTS
    if "general" in match.payloads and word in _EN_MEETINGS:  # "at his workshop": where he works, no meeting
        return _english_victims_deed(words, match.first) or (match.first > 0 and words[match.first - 1] in (
            "his", "her", "their"))
    if "general" in match.payloads and word == "film":  # "traffickers who beat them and film the abuse": a verb
        return match.first > 0 and words[match.first - 1] in _EN_VERB_BEFORE
    if "custody" in match.payloads:
        # "a lawyer who defended detainees": his clients were held; "border guards": a patrol, no jail's guards
        return _english_clients(words, match.first) or _english_post_guards(words, match)
    if "proceedings" in match.payloads and word == "trial":
        return match.first > 0 and words[match.first - 1] == "without"  # "held without trial": no trial at all
    if "figurative" in match.payloads and word in _EN_CURRENCIES:
        return _english_money_told(words, match.first)
    return False


_EN_CURRENCIES = frozenset({"dinar", "dinars", "currency"})


def _english_money_told(words: list[str], at: int) -> bool:
    """"escaping with 800,000 dinars", "a ransom of 50,000 dinars", "a currency exchange office": a sum paid or stolen
    (a number before the currency) or a money changer's shop is money itself, no currency "killed" by a budget (the
    figurative cue): the guard shot in a robbery is still hurt."""
    return (at > 0 and words[at - 1].isdigit()) or words[at : at + 2] == ["currency", "exchange"]


def _english_set_on_fire(words: list[str], fire: int) -> bool:
    """"set the studio on fire", "set two cars on fire": arson (the lexicon lists "set on fire" with nothing between)."""
    return fire > 1 and words[fire - 1] == "on" and any(
        w in ("set", "sets", "setting") for w in words[max(0, fire - 2 - _EN_SET_ON_FIRE) : fire - 1])


_EN_COUNSEL = frozenset({"defended", "defending", "defends", "represented", "representing", "represents"})
_EN_COUNSEL_REACH = 6


_EN_GUARDED_POSTS = frozenset({"border", "borders", "coast", "coastal", "frontier", "desert", "oil", "petroleum", "facilities",
                               "presidential", "national"})


def _english_post_guards(words: list[str], match: PhraseMatch[str]) -> bool:
    """"a firefight with border guards", "coast guards", "petroleum facilities guards": guards of a border, a coast
    or a site are a patrol or a force, no custody (English pass 11); "prison guards", "guards beat detainees" stay."""
    return words[match.first] in ("guards", "guard") and match.first > 0 and words[match.first - 1] in _EN_GUARDED_POSTS


def _english_clients(words: list[str], index: int) -> bool:
    """"a lawyer who defended detainees", "had represented families of men held without trial": the people held are
    a lawyer's clients (a counsel verb up to six words before), told to say who the victim was, not the news."""
    return any(w in _EN_COUNSEL for w in words[max(0, index - _EN_COUNSEL_REACH) : index])


_EN_MEETINGS = frozenset({"workshop", "conference", "training", "anniversary"})
_EN_VERB_BEFORE = frozenset({"and", "who", "to", "they", "then", "would", "will", "which", "that"})
_EN_DEED_ARTICLES = frozenset({"a", "an", "the"})
_EN_RETURNING = frozenset({"returned", "returning", "back", "came", "coming", "travelling", "traveling", "home"})
_EN_DEED_MODIFIERS = 2  # "after filming the Derna anniversary protest": words between the article and the cue


def _english_victims_deed(words: list[str], index: int) -> bool:
    """"detained after organising a workshop", "arrested for attending a conference", "detained after filming the
    Derna anniversary protest": a gerund right before the meeting (past an article and up to two modifiers), itself
    after "after / for / over" — the deed the act answered."""
    at = next((j for j in range(index - 1, max(-1, index - 2 - _EN_DEED_MODIFIERS), -1)
               if words[j] in _EN_DEED_ARTICLES), index)
    return at > 1 and ((words[at - 1].endswith("ing") and words[at - 2] in ("after", "for", "over"))
                       or (words[at - 1] == "from" and words[at - 2] in _EN_RETURNING))  # "as he returned from a conference"


# "the driver of a car packed with explosives", "a suicide bomber": the one killed was attacking (English words)
_EN_ATTACKERS = frozenset({"bomber", "bombers", "attacker", "attackers", "assailant", "assailants"})
_EN_LADEN = frozenset({"packed", "laden", "rigged", "loaded", "fitted"})


def _english_attacker_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """English: the victim of a killing, within eight words after it (before a "by" or a comma), is an attacker: a
    bomber, an assailant, someone in a vehicle packed with explosives."""
    for match in matches:
        if not any(t.type == "killing" for t in match.payloads) or not words[match.last].isascii():
            continue
        for j in range(match.last + 1, min(len(words), match.last + 9)):
            if words[j] in ("by", ",", ".", "when", "as", "after"):
                break
            if words[j] in _EN_ATTACKERS or (words[j] in _EN_LADEN and words[j + 1 : j + 3] == ["with", "explosives"]):
                return True
        if _english_gunman_attacked(words, match, sum(any(t.type == "killing" for t in m.payloads) for m in matches)):
            return True
    return False


_EN_LONE_GUNMEN = frozenset({"gunman", "gunmen", "militant", "militants"})  # "a gunman", not "gunmen shot dead a man"
_EN_ATTACKED = frozenset({"attacking", "attacked", "opened", "opening", "firing", "fired", "stormed", "storming"})
_EN_SUBJECT_BEFORE = 3  # "A gunman was shot dead", "Gunman killed": the subject, "was", the trigger's first word


def _english_gunman_attacked(words: list[str], match: PhraseMatch[Trigger], killings: int) -> bool:
    """"A gunman was shot dead ... after he opened fire on a checkpoint", "Gunman killed after attacking army
    checkpoint": the one killed is the gunman who attacked (his subject just before the passive), no victim."""
    before = words[max(0, match.first - _EN_SUBJECT_BEFORE) : match.first]
    if killings > 1:
        return False  # "a gunman was shot dead after he opened fire on worshippers, killing two": they are victims
    if not (_EN_LONE_GUNMEN.intersection(before) and (match.first == 0 or words[match.first - 1] in _EN_BE
                                                     or words[match.first - 1] in _EN_LONE_GUNMEN)):
        return False
    after = words[match.last + 1 :]
    return any(w in ("after", "when", "as") and _EN_ATTACKED.intersection(after[k + 1 : k + 4])
               for k, w in enumerate(after))


_EN_IDENTIFIED = frozenset({"identified", "identify", "identifies", "identifying"})
_EN_REMAINS = frozenset({"bodies", "remains", "victims"})
_EN_MORE = frozenset({"more", "further", "additional", "other"})
_EN_FORENSIC = frozenset({"dna", "forensic", "forensics", "exhumed", "exhumation", "graves"})


def _english_identified(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"DNA tests had identified 11 more bodies", "teams identify 11 more Tarhuna victims": a count of the dead named
    by those who identify them is forensic work on an earlier event, no killing told (a number must stand between:
    "police identified the bodies of the three men shot" is the find itself)."""
    first = match.first
    if words[first] not in _EN_REMAINS or not any(w in _EN_IDENTIFIED for w in words[max(0, first - 5) : first]):
        return False
    k = next(j for j in range(first - 1, -1, -1) if words[j] in _EN_IDENTIFIED) + 1
    number = parse_number(words, k)
    if number is None:
        return False
    rest = words[k + number[1] : first]
    # "11 more bodies" goes on with an earlier count; a bare number only where forensic work is named
    return len(rest) <= 2 and ((rest[:1] != [] and rest[0] in _EN_MORE) or bool(_EN_FORENSIC.intersection(words)))


_EN_EVENT_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                            "today", "overnight", "tonight"})


def _english_so_far(words: list[str]) -> bool:
    """"At least 640 people have died ... so far in 2026", "so far this year": a running tally (a statistic), no
    event ("so far" alone, "the deadliest so far", is none)."""
    if "far" not in words or _EN_EVENT_DAYS.intersection(words):
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
            or not _EN_EVENT_DAYS.isdisjoint(words)):
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


def _english_year_figure(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """"A UN panel said 40 civilians were killed in Libya in 2025", "died at sea last year": a casualty word dated by
    its year alone is a whole year's figure (a statistic) or the past ("his father was killed in 2021"), no event; a
    day named tells an event ("on Monday ... the fifth in 2026": not a tally); "an activist abducted in 2024 is
    still missing" is no casualty, a lasting abduction (English pass 9)."""
    if not any(t.type in CASUALTY_TYPES for m in matches for t in m.payloads) or any(
            w in _EN_EVENT_DAYS and not _english_report_day(words, k) for k, w in enumerate(words)):
        return False
    return any((w == "in" and is_calendar_year(words[k + 1])) or (w == "last" and words[k + 1] == "year")
               for k, w in enumerate(words[:-1]))


def _latin_start(words: list[str]) -> bool:
    """An English sentence, also one opening on an accented Latin name ("Médecins Sans Frontières said ..."), which
    ``str.isascii`` misses (English pass 12)."""
    return words[0].isascii() or not has_arabic_script(words[0])


_EN_REPORTING = frozenset({"said", "says", "told", "tells", "announced", "reported", "stated", "briefed"})
_EN_TOLD_NEXT = frozenset({"that", "its", "it", "their", "they", "his", "her", "he", "she"})
_EN_REPORT_DAY_REACH = 4  # "told the Security Council on Wednesday": the verb, its addressee, "on", the day


def _english_report_day(words: list[str], k: int) -> bool:
    """"said on Thursday", "told the Security Council on Wednesday that 120 civilians were killed in 2025": the day
    the figure was told, not the day of an event; a year's figure told that day is still a statistic (English
    pass 12). What was told follows the day ("that", "its teams ...") or the day ends the sentence; not "the UN said;
    on Sunday a shell killed a child" (the punctuation is no token: a day opening the next clause is an event's)."""
    return k > 1 and words[k - 1] == "on" and (k + 1 == len(words) or words[k + 1] in _EN_TOLD_NEXT) and (
        not _EN_REPORTING.isdisjoint(words[max(0, k - 1 - _EN_REPORT_DAY_REACH) : k - 1]))


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


_EN_SETTLEMENTS = frozenset({"village", "villages", "town", "towns", "homes", "houses", "farms", "neighbourhoods",
                             "neighborhoods", "areas"})
_EN_PASSIVE = frozenset({"had", "have", "has", "been", "was", "were", "being"})


def _english_settlement_attacked(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"their villages had been attacked": a weak harm word whose passive subject is a place, no person told hurt
    (English pass 12; a strong word or a person subject, "villagers were attacked", still counts)."""
    if words[match.first] not in ("attacked", "assaulted") or any(t.strength >= STRONG for t in match.payloads):
        return False
    k = match.first - 1
    while k >= 0 and words[k] in _EN_PASSIVE:
        k -= 1
    return k < match.first - 1 and k >= 0 and words[k] in _EN_SETTLEMENTS


_EN_WARNINGS = frozenset({"warning", "warnings", "alert", "alerts", "sighting", "sightings", "threat", "threats"})


def _english_warning_only(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"after drone warning", "a missile alert": a weak trigger naming what was warned of, no strike (English
    pass 12)."""
    return all(t.strength < STRONG for t in match.payloads) and words[match.last + 1 : match.last + 2] != [] and (
        words[match.last + 1] in _EN_WARNINGS)


_EN_RELEASE_TOLD = frozenset({"welcomed", "welcomes", "welcome", "welcoming", "hailed", "hails", "announced",
                              "announces", "confirmed", "confirms", "following", "after", "secured", "celebrated"})
_EN_DETENTION_TYPES = frozenset({"arbitrary_detention", "abduction", "enforced_disappearance"})


def _english_release_welcomed(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"welcomed the release of detained activist X", "after the release of the abducted engineers": the release of
    someone already held is told (labelling guide: a release is no incident), not a new detention; "called for the
    release of detained activist X" is still a detention told (English pass 12)."""
    if not all(t.type in _EN_DETENTION_TYPES for t in match.payloads):
        return False
    k = match.first - 1 - (match.first > 0 and words[match.first - 1] in ("the", "a", "two", "three"))
    if k < 1 or words[k] != "of" or words[k - 1] != "release":
        return False
    return not _EN_RELEASE_TOLD.isdisjoint(words[max(0, k - 4) : k - 1])


# a court's verdict verbs ("sentenced five men to death for the killing of ...", "convicted of the 2022 kidnapping")
# (not "sentence", "jailed", "jails": "serving a sentence", "a jailed activist", "in Libya's jails" name no verdict)
_EN_VERDICTS = frozenset({"sentenced", "sentences", "convicted", "convicts", "acquitted", "acquits"})


def _english_judged_act(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"A court sentenced five men to death for the killing of a businessman during a kidnapping in 2022": every harm
    told after a verdict verb in its English sentence is the act judged (labelling guide: trials of past events are
    no incidents), the kidnapping in which the killing happened too, not only the charge's first noun (English pass
    14). A harm before the verdict ("gunmen killed a guard who had been convicted"), or after a finite verb of its
    own ("A man convicted of theft last year was shot dead") is the sentence's own event."""
    if not words[0].isascii() or _EN_VERDICTS.isdisjoint(words[: match.first]):
        return False  # a cheap test first
    verdict = max(k for k in range(match.first) if words[k] in _EN_VERDICTS)
    return _EN_FINITE.isdisjoint(words[verdict + 1 : match.first])


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


def _year_tally(words: list[str]) -> bool:
    """«2317 إشعارا خلال 2025», «19 جريمة قتل خلال سنة 2024»: a year's tally (a statistic), not one event; so are
    acts told over years («قتلت ... خلال الـ30 سنة الأولى من الاحتلال», «طيلة 3 سنوات»)."""
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


_SIMULATED = frozenset({"افتراضيا", "افتراضيين", "افتراضيه", "افتراضي", "افتراضيون"})  # a drill's casualties


def _period_tally(words: list[str]) -> bool:
    """«لقوا حتفهم ... خلال نفس الفترة», «منذ بداية السنة»: a report's figures over the same period as a figure before
    or since the year began (a running tally, as "so far this year"), no event's victims."""
    if "منذ" not in words and not _DURING.intersection(words):
        return False  # a cheap test first: this runs on every sentence with a trigger
    return any((word == "منذ" and words[k + 1 : k + 3] in _YEAR_START)
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


_SMUGGLERS_ABUSE = {"اجبروهم", "اجبروا", "اجبرهم", "ارغموهم", "ارغموا", "تركوهم", "تخلوا", "استولوا", "سلبوهم"}
_VEHICLES = {"القافله", "قافله", "السياره", "سياره", "الشاحنه", "شاحنه", "الشاحنات", "الحافله", "حافله", "السيارات",
             "المركبه", "مركبه"}
_OF_IT = {"اثرها", "اثره", "اثرهما", "اثرهم", "متاثرا", "متاثره", "متاثرين"}  # «توفي على إثرها», «توفي متأثرا»
_DIED_OF_REACH = 8  # tokens from the wound to the death it caused («فأصيب بطعنات في البطن والصدر توفي»)
_CAPTIVE_REACH = 4  # tokens between a casualty word and the captives it hit («قتل ثلاثة من الأسرى», «أعدموا بعد استسلامهم»)
_ACCUSED = {"متهم", "متهمين", "المتهم", "المتهمين", "مدان", "مدانين", "المدان", "المدانين", "جناه", "الجناه"}


def _sentence_passed(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«الإعدام لمتهمين اثنين», «الإعدام للمتهم الرئيسي», «الإعدام لثلاثة متهمين»: a court's sentence on the accused (a headline of a trial's
    news), no execution carried out."""
    after = words[match.last + 1 : match.last + 3]
    if "اعدام" not in word_forms(words[match.first]) or not after or not after[0].startswith("ل"):
        return False
    # «الإعدام لثلاثة متهمين»: the accused may follow their number
    return bool(word_forms(after[0]) & _ACCUSED) or (len(after) > 1 and bool(word_forms(after[1]) & _ACCUSED))


_INCITING = {"التحريض", "تحريض", "بالتحريض", "والتحريض", "يحرض", "تحرض", "حرض"}
_PROTESTS = {"احتجاج", "احتجاجات", "مظاهره", "مظاهرات", "وقفه", "مسيره", "اعتصام"}
_PROTEST_REACH = 6  # «محتجزين منذ يوم الأحد الماضي بعد مشاركتهم في احتجاج»: from the detention word to the protest


def _after_protest(words: list[str], detention: int) -> bool:
    """«محتجزين بعد احتجاج», «اعتقلوا إثر مشاركتهم في وقفة»: an «after» word then a protest, within a few words of the
    detention word (the cause of the arrest: a civic act)."""
    window = words[detention + 1 : detention + 1 + _PROTEST_REACH]
    for k, w in enumerate(window):
        if word_forms(w) & _PROTESTS:
            return any(word_forms(b) & _AFTER_EVENT for b in window[:k])
    return False


_VICTIM_WORDS = {"الضحيه", "ضحيه"}


def _victim_word_only(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A weak killing match that is only the word «الضحية» (the victim, whatever befell them)."""
    return match.first == match.last and all(t.type == "killing" and t.strength < STRONG for t in match.payloads) and (
        bool(word_forms(words[match.first]) & _VICTIM_WORDS))


_PATIENTS_PLURAL = {"المرضي", "مرضي", "للمرضي", "لمرضي", "ولمرضي", "والمرضي", "بالمرضي"}  # «من المرضى», «مرافقان لمرضى»: patients, not a disease


_AGENCY_HEADS = {"جهاز", "اداره", "اجهزه", "وحده", "وحدات", "قوه", "فرقه", "هيئه", "مصلحه", "مكتب", "مديريه"}
_COMBATING = {"مكافحه"}


def _agency_name(words: list[str], match: PhraseMatch[str]) -> bool:
    """«جهاز مكافحة الهجرة غير الشرعية», «وحدة مكافحة الإرهاب»: «مكافحة» naming the body that holds or acts (a
    Libyan detention agency), not a campaign against a phenomenon (`general`)."""
    return set(match.payloads) == {"general"} and bool(word_forms(words[match.first]) & _COMBATING) and (
        match.first > 0 and bool(word_forms(words[match.first - 1]) & _AGENCY_HEADS))


def _heard(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A sound word right before the trigger («سماع دوي إطلاق نار»), or anywhere before a gunfire trigger."""
    before = words[max(0, match.first - 2) : match.first]
    gunfire = any(word_forms(w) & (_FIRING | _BULLETS) for w in words[match.first : match.last + 1])
    return any(w.removeprefix("و") in _SOUNDS for w in (words[: match.first] if gunfire else before))  # not «بدوي»


def _demanded(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A harm called for, not done: the trigger right after a call, bare or with «ب/ل/إلى» («يدعو لإعدام», «طالبت
    العائلة بإعدام»)."""
    if not {t.type for t in match.payloads} <= _CALLED_FOR:
        return False  # «تطالب ذويهم بفدية»: a ransom demanded is the abduction itself
    governed = words[match.first].startswith(("ب", "ل")) or (match.first > 0 and words[match.first - 1] == "الي")
    return governed and any(w.removeprefix("و") in _CALLS for w in words[max(0, match.first - _CALL_REACH) : match.first])


_EN_RELEASE_CALLS = frozenset({"release", "releasing", "free", "freeing"})
_EN_EVERYONE = frozenset({"all", "everyone", "everybody"})
_EN_RELEASE_REACH = 4  # "urges release of all arbitrarily detained persons": the call, "of", "all", an adverb
_EN_FOUGHT = frozenset({"fight", "fighting", "combat", "combating", "combatting", "tackle", "tackling", "against",
                        "counter", "countering", "disrupt", "dismantle"})


def _english_called_for_all(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """English aims, no act told: a call to release "all" or "everyone" held ("urges release of all arbitrarily
    detained persons": the detained as a class; not "all five journalists detained", a number follows), and traffickers
    a deal or a force is to fight ("to fight the traffickers", "combat traffickers")."""
    types = {t.type for t in match.payloads}
    before = words[max(0, match.first - _EN_RELEASE_REACH) : match.first]
    if types == {"arbitrary_detention"} and _EN_RELEASE_CALLS.intersection(before):
        k = next((j for j, w in enumerate(before) if w in _EN_EVERYONE), None)
        return k is not None and (k + 1 == len(before) or parse_number(before, k + 1) is None)
    if types == {"trafficking"} and words[match.first] == "traffickers":
        near = words[max(0, match.first - 2) : match.first]
        return bool(_EN_FOUGHT.intersection(near))
    return False


def _english_hit_in_body(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"was hit in the thigh": a wound, no hit on a building (the property word "hit" names a person's)."""
    return {t.type for t in match.payloads} == {PROPERTY} and words[match.last + 1 : match.last + 2] == ["in"] and (
        EN_BODY_PARTS.intersection(words[match.last + 2 : match.last + 4]))


_EN_SUFFERERS = frozenset({"us", "me", "them", "the", "his", "her", "our", "my"})  # "a torture for the family"


def _english_torture_for_us(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"Every day without news is a day of torture for us": the family's anguish, no torture told (not "torture for
    days": a time follows)."""
    return {t.type for t in match.payloads} == {"torture"} and words[match.last + 1 : match.last + 2] == ["for"] and (
        words[match.last + 2 : match.last + 3] != [] and words[match.last + 2] in _EN_SUFFERERS)


# «اعتدوا على طبيب ... إثر وفاة أحد أقاربهم»: the attackers' («هم») dead kin, the death that set off the assault
_THEIR_KIN = frozenset({"اقاربهم", "قريبهم", "قريبتهم", "قريب", "مريضهم", "مريضتهم", "ابنهم", "ابنتهم", "والدهم",
                        "والدتهم", "شقيقهم", "شقيقتهم"})
_BECAUSE_OF = frozenset({"اثر", "بعد", "عقب", "بسبب", "اثناء"})


def _assaulters_grievance(words: list[str], matches: list[PhraseMatch[Trigger]]) -> list[PhraseMatch[Trigger]]:
    """«اقتحم مسلحون قسم الطوارئ واعتدوا على طبيب ... إثر وفاة أحد أقاربهم»: a weak death word after an assault of the
    sentence, «إثر / بعد» before it and the attackers' kin after it, is the death that set off the assault (a
    relative dead of illness or an accident), no killing; the matches kept."""
    assault_at = min((m.first for m in matches if any(t.type == "injury" for t in m.payloads)), default=len(words))
    return [m for m in matches if not (
        all(t.type == "killing" and t.strength < STRONG for t in m.payloads) and assault_at < m.first
        and words[m.first - 1] in _BECAUSE_OF and _THEIR_KIN.intersection(words[m.last + 1 : m.last + 3]))]


_EN_THINGS_CARRIED_OUT = frozenset({"session", "sessions", "plan", "plans", "order", "orders", "deal", "project",
                                    "projects", "operation", "transfer", "transfers", "contract", "contracts",
                                    "programme", "program", "budget", "strategy", "policy", "vote", "reform",
                                    "reforms", "agreement", "decision", "decisions", "move", "handover",
                                    "meeting", "meetings"})
_EN_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being"})


def _english_thing_executed(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"This session was executed like a funeral", "the plan was executed in May": a thing carried out, nobody put
    to death (the subject before the passive is no person)."""
    if words[match.first] != "executed" or match.first < 2:
        return False
    before = words[max(0, match.first - 3) : match.first]
    aux = [i for i, w in enumerate(before) if w in _EN_PASSIVE_AUX]
    return bool(aux) and aux[0] > 0 and before[aux[0] - 1] in _EN_THINGS_CARRIED_OUT


_EN_CRIME_CLASSES = frozenset({"crimes", "abuses", "violations", "atrocities", "offences", "offenses"})
_EN_CRIME_CLASS_REACH = 12  # "crimes in Libyan detention facilities, including": the class before "including"
_EN_INCLUDED_REACH = 6  # "including killings and rape of migrants": the harms listed after it


def _english_crimes_including(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """"warrants related to crimes in Libyan detention facilities, including killings and rape": kinds of crime
    listed under a class (an investigation's or a report's scope), no event told; a day named after the class tells
    an event ("abuses in the camp on Sunday, including the killing of two boys")."""
    start = max(0, match.first - _EN_INCLUDED_REACH)
    for at in range(match.first - 1, start - 1, -1):
        if words[at] == "including" or (words[at] == "as" and at > 0 and words[at - 1] == "such"):
            scope = words[max(0, at - _EN_CRIME_CLASS_REACH) : at]
            classes = [k for k, w in enumerate(scope) if w in _EN_CRIME_CLASSES]
            return bool(classes) and not _EN_EVENT_DAYS.intersection(scope[classes[-1] :])
    return False


def _english_also_captured(words: list[str], match: PhraseMatch[str]) -> bool:
    """"had killed 23 rebels and captured 11": the captives are others, taken alive (not "captured and killed")."""
    return words[match.first] == "captured" and match.first > 0 and words[match.first - 1] == "and" and (
        words[match.last + 1 : match.last + 2] != ["and"])


def _not_harm_to_people(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """An assault on an institution or a right («اعتداء صارخ على استقلالية القضاء»), medicines missing («الأدوية
    المفقودة»), a suspension from a post («قرار توقيفه», «توقيفه عن العمل»), a victim who files a complaint or
    speaks («وأودع الضحية شكوى»: alive): the trigger's word names no harm to a person, or no death."""
    types = {t.type for t in match.payloads}
    if all(t.type == "killing" and t.strength < STRONG for t in match.payloads) and match.first > 0 and (
            word_forms(words[match.first - 1]) & _LIVING_VICTIM_VERBS
            or _EN_GRIEVANCE.intersection(words[max(0, match.first - 4) : match.first])):
        return True  # "in anger at the death of a wounded relative": the attackers' grievance, an earlier death
    after = words[match.last + 1 : match.last + 4]
    before = word_forms(words[match.first - 1]) if match.first > 0 else frozenset()
    if types <= {"injury", "torture"} and "علي" in after:
        k = match.last + 1 + after.index("علي")
        return k + 1 < len(words) and bool(word_forms(words[k + 1]) & _ABSTRACT_TARGETS)
    if types == {"enforced_disappearance"}:
        return bool(before & _THINGS)
    if types == {"abduction"} and words[match.first] in ("was", "were") and match.first > 0:
        return words[match.first - 1] in _EN_THINGS_TAKEN  # "samples were taken for DNA matching"
    suspended = any(w in ("عن", "من") and bool(word_forms(nxt) & _DUTIES) for w, nxt in pairwise(after))
    return types == {"arbitrary_detention"} and (bool(before & _DECISIONS) or suspended or _english_clients(
        words, match.first))


_EN_GRIEVANCE = frozenset({"anger", "angered", "angry", "furious", "revenge", "avenge"})
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
    if all(t.strength < STRONG for t in match.payloads) and _form_before(words, first, _CARRIED_OUT, 2):
        return True  # the attack he carried out («بعد تنفيذه عملية طعن»): no one's harm told
    for k in range(last + 1, min(len(words), last + 1 + _ATTACKER_REACH)):
        if word_forms(words[k]) & _CARRIED_OUT and not _form_before(words, k, _ALLEGED, 2):
            return True
    if words[last] in _HITS and after in _DIRECT and not (last + 2 < len(words) and words[last + 2].startswith("ل")):
        return True  # «"إصابة مباشرة" ... استهداف مخزن»: a target hit; not «إصابة مباشرة لطفلين»
    before = word_forms(words[first - 1]) if first > 0 else frozenset()
    if before & _REACTION_HEADS:
        return True
    if before & _ATTACKERS:
        return True  # «اعترافات مصورة لمنفذي اغتيال الدبلوماسي»: the perpetrators of a known killing, the news is theirs
    if before & _ABOUT and _form_before(words, first - 1, _ACCOUNTABILITY, 2):
        return True
    if first == last and words[first] in _PRACTICES:
        return True  # «كثرة الإعدامات», «سياسة الاغتيالات»: a practice named, no execution or killing told
    if after == "اي":
        return True  # «تتحمل مسؤولية مقتل أي مدني»: any victim, no one's harm told
    killers = first == last and words[first] in _KILLERS
    return killers and (words[first] == "القتله" or (first > 0 and words[first - 1] in _VOCATIVE))


def _conscience_as_a_cause(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«حساب معتقلي الرأي» (an account's name), «لنصرة معتقلي الرأي» (a campaign), «بالإفراج عن سجناء الرأي» (a call):
    prisoners of conscience as a class named by a cause, no arrest or detention reported."""
    if {t.type for t in match.payloads} != {"arbitrary_detention"} or not any(
            w in _CONSCIENCE for w in words[match.first : match.last + 1]):
        return False
    if words[match.first - 1 : match.first] == ["حساب"] and any(
            word_forms(w) & _HELD_PERSON for w in words[: match.first - 1] + words[match.last + 1 :]):
        return False  # «حساب معتقلي الرأي: المعتقل أحمد ... يرقد بمستشفى»: the account tells of a detainee
    return _form_before(words, match.first, _CAUSE_HEADS, 3)


# Libyan outlets pass (tune9): the crime as the object of a law, an agency or a cause, not an event
_LAW_HEADS = {"يجرم", "تجرم", "يجرمان", "تجريم", "لتجريم", "بتجريم", "قانون", "لقانون", "مناهضه", "لمناهضه", "criminalise",
              "criminalize", "criminalises", "criminalizes", "criminalising", "criminalizing", "convention", "conventions",
              "protocol", "treaty"}
_LAW_REACH = 2  # «قانون يجرّم الاختفاء القسري», «بتجريم التعذيب»
_FATE_HEADS = {"مصير", "بمصير", "لمصير"}
_CAUSE_WORDS = {"حمله", "حملات", "وسم", "عريضه", "وقفه", "وقفات", "مسيره", "للمطالبه", "المطالبه", "مطالبه", "تطالب", "يطالب",
                "طالبت", "طالب", "يطالبون", "تطالبان", "campaign"}
_CAUSE_REACH = 8
_GENERIC_MISSING = {"المفقودين", "المخفيين", "المختفين", "المغيبين", "المختطفين", "المخطوفين", "المفقودون", "المخفيون"}
_THOUSANDS = {"الاف", "الالاف", "مئات", "المئات", "عشرات", "thousands", "hundreds"}


_EN_PROTECT_REACH = 6  # "the protection of all persons from enforced disappearance"


def _crime_named_by_a_law(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«قانون يجرّم الاختفاء القسري», «تجريم التعذيب», "a law criminalising torture", "the Convention against Enforced
    Disappearance": the crime a law or treaty names, no event; so is what people are to be protected from (English)."""
    first = match.first
    protected = first > 0 and words[first - 1] == "from" and any(
        w.startswith("protect") for w in words[max(0, first - 1 - _EN_PROTECT_REACH) : first - 1])
    return protected or _form_before(words, first, _LAW_HEADS, _LAW_REACH)


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
    return bool(word_forms(words[match.first - 1]) & (_REFERENCE_HEADS | _FATE_HEADS | _THOUSANDS | _GENERIC_MISSING | {"ملف"}))


_STATEMENTS = {"تصريح", "تصريحات", "تصريحه", "تصريحها", "حديث", "حديثه", "حديثها"}
_CALLERS = {"جدد", "جددت", "جددوا", "جددن", "طالبت", "طالبوا", "طالبن", "تطالب", "يطالب", "يطالبون", "دعت", "دعا", "دعوا",
            "اطلق", "اطلقت", "اطلقوا", "نظم", "نظمت", "نظموا"}
_REMAINS = {"رفات", "الرفات", "جثث", "الجثث", "جثه", "النووي", "عينات", "remains", "dna"}
_DEAD_BODY = {"جثه", "جثته", "جثتها", "جثمان", "جثمانه", "جثمانها", "جثث", "جثثهم",
              "جثتين", "جثتي", "جثتان", "جثتا",  # the dual: «جثتين لشابين مصابتين بطلقات»
              "body", "bodies", "corpse", "corpses"}  # "the bodies of two men bearing gunshot wounds"
_WOUNDS_REACH = 5
_WITH_WOUNDS = frozenset({"with", "bearing", "showing"})  # "the bodies ... their hands tied and with gunshot wounds"
_WOUNDS_REACH_EN = 8  # "the bodies of two young men bearing gunshot wounds": English puts more words between
_BEATEN_TO_DEATH_REACH = 6  # «تسبب في وفاة زوجته (32 عاما) بعد تعرضها لضرب مبرح»
_NEAR = {"قرب", "بالقرب", "محيط", "بمحيط", "مقربه", "بمقربه", "near"}
_TOPIC_BEFORE = {"عن", "حول", "بشان", "من", "ظاهره", "مكافحه", "مناهضه", "ضد"}
_GUNMEN = {"مسلحون", "مسلحين", "مجهولون", "مجهولين", "ملثمون", "ملثمين", "gunmen"}


def _died_of_wounds(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """Every injury word is followed, within a few words, by a death «على إثرها» or «متأثرا» (the wounds the victim
    died of), with no other people hurt counted after it."""
    died_at = [m.first for m in matches if any(t.type == "killing" for t in m.payloads)
               and (any(word_forms(w) & _OF_IT for w in words[m.last + 1 : m.last + 3]) or _then_died(words, m))]
    injuries = [m for m in matches if any(t.type == "injury" for t in m.payloads)]
    return bool(died_at) and all(any(0 < k - m.last <= _DIED_OF_REACH for k in died_at) and not _others_hurt(words, m.last)
                                 for m in injuries)


# «وفارق الحياة» is the same end («أصيب بثلاث رصاصات في الصدر وفارق الحياة قبل وصوله»: tune35 pass)
_THEN_DIED = {"وتوفي", "فتوفي", "وتوفيت", "فتوفيت", "ليتوفي", "لتتوفي", "وفارق", "ففارق", "وفارقت", "ففارقت",
              "ليفارق", "لتفارق"}


def _then_died(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """«أصيب بثلاث رصاصات وتوفي قبل وصول الإسعاف»: the hurt one then died (not «وتوفي آخر», «وتوفي ثالث»: another)."""
    if words[match.first] not in _THEN_DIED:
        return False
    if match.last + 1 >= len(words):
        return True
    return not (word_forms(words[match.last + 1]) & _COUNTED_OTHERS) and parse_number(words, match.last + 1) is None


_WOUNDED_STATE = frozenset({"مصابا", "مصابه"})  # the state a body was found in («عثر على جثة ... مصاباً بطلقات»)
_BODY_STATE_REACH = 14  # «جثة سائق شاحنة تشادي الجنسية يدعى آدم محمد (40 عاماً)، مصاباً»: a name and an age between


def _body_found_wounded(words: list[str], body: int, index: int) -> bool:
    """«عُثر على جثة سائق ... يدعى ... (40 عاماً)، مصاباً بعدة طلقات»: the accusative «مصابا» after a body tells the
    state it was found in, however long the victim's description, unless another person comes between («وآخر»)."""
    return (words[index] in _WOUNDED_STATE and 0 < index - body <= _BODY_STATE_REACH
            and not any(word_forms(w) & _COUNTED_OTHERS for w in words[body + 1 : index]))


def _others_hurt(words: list[str], last: int) -> bool:
    """A number or «آخرين» right after an injury word: more people hurt, not the dead's wounds."""
    after = words[last + 1 : last + 4]
    return any(parse_number(after, k) is not None or word_forms(w) & _COUNTED_OTHERS for k, w in enumerate(after))


def _fell_near(words: list[str], last: int) -> bool:
    """«قذائف سقطت قرب منازلهم», «سقوط صاروخ بالقرب من مدرسة»: the shell fell near the place named."""
    return any(word_forms(w) & _NEAR for w in words[last + 1 : last + 4])


def _form_before(words: list[str], index: int, forms: set[str] | frozenset[str], reach: int) -> bool:
    """A word of ``forms`` (any of its clitic forms) among the ``reach`` words before ``index``."""
    return any(word_forms(w) & forms for w in words[max(0, index - reach) : index])


def _no_property_object(words: list[str], index: int) -> bool:
    """A building's name that is no object struck: a title («رئيس البلدية», «مدير المستشفى»: a person) or where the
    hurt were taken («نقل إلى المستشفى»)."""
    before = word_forms(words[index - 1]) if index > 0 else frozenset()
    taken = index > 1 and "الي" in before and bool(word_forms(words[index - 2]) & _TRANSFERS)
    after = words[index + 1] if index + 1 < len(words) else ""
    league = words[index].removeprefix("و") in ("الجامعه", "جامعه") and after in ("العربيه", "الدول")
    return bool(before & _TITLES) or taken or league  # «الجامعة العربية»: the Arab League, no building


def _mines_cleared(words: list[str], match: PhraseMatch[Trigger]) -> bool:
    """A mine trigger after a clearance word («إزالة الألغام», «القضاء نهائيا على الألغام»): demining."""
    return any(word_forms(w) & _MINES for w in words[match.first : match.last + 1]) and _form_before(
        words, match.first, _CLEARANCE, _CLEARANCE_REACH)


def _long_ago(words: list[str], last: int) -> bool:
    """«قتلت قبل سبع سنوات», «اغتيل منذ عامين», "killed two years ago": the act is dated years back."""
    for k in range(last + 1, min(len(words), last + 1 + _LONG_AGO_REACH)):
        if words[k] in _AGO and any(word_forms(w) & YEAR_WORDS for w in words[k + 1 : k + 4]):
            return True
        if words[k] == "ago" and any(word_forms(w) & YEAR_WORDS for w in words[max(last + 1, k - 3) : k]):
            return True
    return False


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


_EN_CALLS = frozenset({"calling", "called", "calls", "call", "demanding", "demanded", "demand", "demands", "urged",
                       "urging", "urge", "urges"})
_EN_CALLED_ENDS = frozenset({"release", "end", "stop", "halt"})
# people told by no number, name or single person: a call for all of a kind, not one event's victims
_EN_UNNAMED_PEOPLE = frozenset({"people", "detainees", "prisoners", "those", "men", "women", "migrants",
                                "political", "arbitrary", "arbitrarily", "torture", "abductions", "detentions"})
_EN_CALL_REACH = 6


def _english_call_for_unnamed(words: list[str]) -> bool:
    """"Hundreds rallied calling for the release of people held without trial", "activists called on the authorities
    to end arbitrary detention": a call to free or to end a kind of abuse, its people unnamed, is a campaign, no
    event (labelling guide: calls and campaigns with no event reported). Not "called for the release of journalist
    X" (a named detainee still held is the news). English words only."""
    if not _EN_CALLS.intersection(words):
        return False
    for k, word in enumerate(words):
        if word not in _EN_CALLS:
            continue
        end = next((j for j in range(k + 1, min(len(words), k + _EN_CALL_REACH)) if words[j] in _EN_CALLED_ENDS), None)
        if end is None:
            continue
        j = end + 1 + (words[end + 1 : end + 2] == ["of"])
        j += words[j : j + 1] == ["the"] or words[j : j + 1] == ["to"]
        if j < len(words) and words[j] in _EN_UNNAMED_PEOPLE:
            return True
    return False


def _released(words: list[str], index: int) -> bool:
    """A release that happened at ``index`` («الإفراج عن», «أفرجت»), not one demanded («تطالب بالإفراج», «دعت إلى
    إطلاق سراح», «من أجل الإفراج», "must be released", "should be immediately released")."""
    return not words[index].startswith(("ب", "ل")) and not (index > 0 and words[index - 1] in _DEMAND_BEFORE) and (
        "be" not in words[max(0, index - 2) : index])


def _died_by_bullet(words: list[str], last: int) -> bool:
    """«وفاة الحاجة ... بعد إصابتها برصاصة طائشة»: a weak death word with the bullet or shrapnel that caused it
    within ``_DEATH_MEANS_REACH`` words after it (a name and an age between) is a killing told with its means (as
    strong as «مقتل»), even in a death notice («إنا لله وإنا إليه راجعون»: mourning clears deaths of age or illness)."""
    return last >= 0 and any(word_forms(w) & _BULLETS for w in words[last + 1 : last + 1 + _DEATH_MEANS_REACH])


def _positions(matches: list[PhraseMatch[str]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for match in matches:
        for payload in match.payloads:
            out.setdefault(payload, []).append(match.first)
    return out


# "gunmen ... took him to an unknown place": as the dialect's «خطفوه ... وماعرفناش وينه», the place nobody names
# is where the abductors hold him, no disappearance by a state (English pass 9)
_EN_UNKNOWN_PLACES = frozenset({"unknown place", "unknown places", "unknown destination", "unknown location",
                                "undisclosed location", "undisclosed place"})


@lru_cache(maxsize=1)
def _dialect_unknown_where() -> frozenset[tuple[str, ...]]:
    data = yaml.safe_load((DATA_DIR / "incident_lexicon.yaml").read_text(encoding="utf-8"))
    return frozenset(phrase_key(p) for p in data["types"]["enforced_disappearance"]["strong"]["ar_dialect"])


def _dialect_phrase(trigger: str) -> bool:
    said = trigger.split()
    return any(len(key) == len(said) and all(k in word_forms(w) for k, w in zip(key, said, strict=True))
               for key in _dialect_unknown_where())


def _trade_workshop(words: list[str], match: PhraseMatch[str]) -> bool:
    """«اختطاف 3 عمال من ورشة بناء»: a workshop followed by a trade is a workplace, not a seminar (a general cue)."""
    return (set(match.payloads) == {"general"} and match.first == match.last and match.last + 1 < len(words)
            and bool(word_forms(words[match.first]) & {"ورشه"}) and bool(word_forms(words[match.last + 1]) & _TRADES))


_CUTS = {"انقطاع", "انقطاعات", "قطع", "انقطاعا"}  # «انقطاع التيار الكهربائي»: a power cut, no electrocution
_CUT_REACH = 3  # «الانقطاع المتواصل للتيار الكهربائي»: an adjective between the cut and the current


_ALIVE = frozenset({"حيا", "حي", "حيه", "احياء", "alive"})
_OR = frozenset({"ام", "او", "or"})
_GUARDING = frozenset({"حراسه", "الحراسه", "والحراسه", "للحراسه"})  # guarding, the duty: not «حراس» (guards)


# «لفريق من الهلال الأحمر», «فريق طبي», «فرق الإنقاذ»: a team of rescuers, medics or investigators, not a sports team
_TEAMS = frozenset(normalize(w) for w in ("فريق", "الفريق", "لفريق", "وفريق", "فرق", "الفرق"))
_TEAM_OF_HELP = frozenset(normalize(w) for w in (
    "من", "طبي", "طبية", "الإسعاف", "إسعاف", "الإنقاذ", "إنقاذ", "البحث", "الهلال", "التحقيق", "تحقيق", "أممي",
    "الأمم", "حقوقي", "الطوارئ", "الدفاع", "الصليب"))


def _help_team(words: list[str], match: PhraseMatch[str]) -> bool:
    """«قال شاب لفريق من الهلال الأحمر», «وصل فريق طبي»: a team named by who it is (rescuers, medics, investigators)
    is no sport cue, which would drop every harm word of its sentence."""
    return (set(match.payloads) == {"figurative"} and match.first == match.last and words[match.first] in _TEAMS
            and match.first + 1 < len(words) and words[match.first + 1] in _TEAM_OF_HELP)


_FAKE = frozenset(normalize(w) for w in ("وهمية", "وهمي", "الوهمية", "الوهمي"))
_CHECKPOINTS = frozenset(normalize(w) for w in (
    "بوابة", "بوابات", "البوابة", "البوابات", "نقطة", "نقاط", "حاجز", "حواجز", "الحاجز", "كمين", "ارتكاز"))


def _fake_checkpoint(words: list[str], match: PhraseMatch[str]) -> bool:
    """«برصاص مسلحين عند بوابة وهمية»: a fake checkpoint is gunmen's roadblock on Libyan roads, real harm; «وهمية»
    is a swindle cue only of a fake company or offer (the figurative cue would blank the sentence's counts)."""
    return (set(match.payloads) == {"figurative"} and match.first == match.last and match.first > 0
            and words[match.first] in _FAKE and words[match.first - 1] in _CHECKPOINTS)


# «بعد أيام من تلقيها تهديدات»: threats received before the act (Arabic pass tune37)
# the noun with its owner only: «إنه تلقى تهديدات» (the verb, «تلقي» once normalised) tells the threats as the
# sentence's own news
_RECEIVED = frozenset(normalize(w) for w in ("تلقيه", "تلقيها", "تلقيهم", "تلقيهما"))
_RECEIVED_REACH = 2  # «تلقيها تهديدات», «تلقيه عدة تهديدات»


def _threats_received(words: list[str], match: PhraseMatch[str]) -> bool:
    """«أحرق مجهولون سيارتها بعد أيام من تلقيها تهديدات»: threats already received are the act's background, not a
    harm that might happen (the hypothetical cue «تهديدات» would blank the sentence)."""
    return (set(match.payloads) == {"hypothetical"} and match.first == match.last
            and any(w in _RECEIVED for w in words[max(0, match.first - _RECEIVED_REACH) : match.first]))


# «العثور على الطفل محمد (9 سنوات) سالما»: a missing person found safe (Arabic pass tune37)
_FOUND_ALIVE = frozenset(normalize(w) for w in ("العثور", "عثر", "عثرت", "يعثر", "تعثر", "عثروا", "وجد", "وجدت"))
_SAFE = frozenset(normalize(w) for w in ("سالما", "سالمة", "سالمين", "سالمون", "سالمتين", "سالمان"))
_FOUND_SAFE_REACH = 8  # «العثور على الطفل محمد (9 سنوات) سالما»: a name and an age between


def _found_safe(words: list[str]) -> bool:
    """«أعلنت المديرية العثور على الطفل المفقود سالما بعد يومين من فقدانه»: the missing found safe is a rescue's end,
    no disappearance (read as the `rescue` cue: a disappearance or «other» with nobody dead loses its weight)."""
    return any(w in _SAFE and any(f in _FOUND_ALIVE for f in words[max(0, i - _FOUND_SAFE_REACH) : i])
               for i, w in enumerate(words))


def _guarding_duty(words: list[str], match: PhraseMatch[str]) -> bool:
    """«الكتيبة 166 للحماية والحراسة», «شركة حراسة»: guarding as a unit's or a firm's duty is no custody; «تحت
    الحراسة» (held under guard) is (Libyan outlets pass 2)."""
    return (set(match.payloads) == {"custody"} and match.first == match.last and words[match.first] in _GUARDING
            and not (match.first > 0 and words[match.first - 1] == "تحت"))


def _power_cut(words: list[str], match: PhraseMatch[str]) -> bool:
    """«احتجاج على الانقطاع المتواصل للتيار الكهربائي»: the current cut off (a protest's grievance), not the
    accident cue «التيار الكهربائي» (an electrocution)."""
    return "accident" in match.payloads and bool(word_forms(words[match.first]) & {"التيار", "تيار"}) and _form_before(
        words, match.first, _CUTS, _CUT_REACH)


# «من بينهم ست نساء وثلاثة أطفال», "Among those detained are 22 women": a sentence that lists who the victims
# of a nearby incident were, with no trigger of its own (nlp.annotate joins it to that incident)
_LISTING_VICTIMS = frozenset(normalize(w) for w in ("بينهم", "بينهن", "بينهما", "ضمنهم", "among", "including"))
_LISTING_VICTIMS_WRITTEN = _LISTING_VICTIMS | {"و" + w for w in _LISTING_VICTIMS}  # «وبينهم» too
# «تم إيقاف 41 شخصا من بينهم 13 قاصرا», "police arrested 30 fans, among them minors": the ones listed are suspects
_SUSPECTS_HELD = frozenset(normalize(w) for w in ("إيقاف", "توقيف", "القبض", "اعتقال", "arrested", "arrest"))


# «وأضافت أن بين المحتجزين قاصرين», «ومن بين المصابين امرأتان»: «بين» before the harmed group lists its members
_AMONG = frozenset(normalize(w) for w in ("بين", "وبين"))
_HARMED_GROUPS = frozenset(normalize(w) for w in (
    "المحتجزين", "المعتقلين", "المختطفين", "المخطوفين", "المصابين", "الجرحى", "القتلى", "الضحايا", "الموقوفين"))


def _among_the_harmed(words: list[str]) -> int | None:
    """Index of the harmed group in «بين المحتجزين ...» (the listing marker of ``listed_victim_categories``), or None:
    «بين» alone is mostly "between" («بين الطرفين»), so only a definite harmed group after it lists victims."""
    for at in range(len(words) - 1):
        if words[at] in _AMONG and words[at + 1] in _HARMED_GROUPS:
            return at + 1
    return None


def _group_listed(match: PhraseMatch[str], marker: int) -> bool:
    """«واحتجز 120 مهاجرا بينهم نساء وأطفال»: the victim word right before the listing marker names the group
    whose members are listed, victims too."""
    return match.last == marker - 1


def _names_victims(words: list[str], match: PhraseMatch[str]) -> bool:
    """A victim word that names the harmed, for their categories: not a medic who reports or treats, not a witness,
    someone's family or a lawyer (``nlp.victims``)."""
    return not ("medics" in match.payloads and medic_agent(words, match.first, match.last)) and not witness(
        words, match.first)


def listed_victim_categories(tokens: list[Token], words: list[str]) -> set[str]:
    """The categories named after «بينهم» / "among" / "including" in a sentence (tokens already normalised, and
    their texts); empty when it has no such word. Witnesses and medics who treat are no victims, as in a trigger's
    sentence."""
    origins = {"migrants"} if english_origins_told(words) and not any(
        word_forms(w) & _SUSPECTS_HELD for w in words) else set()
    if _LISTING_VICTIMS_WRITTEN.isdisjoint(words):
        if (_AMONG.isdisjoint(words) or (marker := _among_the_harmed(words)) is None) and (
                marker := english_members_of(words)) is None:
            return origins
    else:
        marker = next(i for i, w in enumerate(words) if w in _LISTING_VICTIMS_WRITTEN)
    if any(word_forms(w) & _SUSPECTS_HELD for w in words[:marker]):
        return set()
    lex = load_lexicons()
    named: set[str] = set()
    for m in lex.victims.find(tokens) + lex.victim_kinds.find(tokens):
        if (m.first > marker or _group_listed(m, marker)) and _names_victims(words, m):
            named.update(m.payloads)
    if frozenset().union(*map(word_forms, words[marker + 1 :])) & CATEGORY_CUES:
        named.update(sentence_categories(words[marker + 1 :]))
    return (named | origins) - {"protesters"}


def analyse_sentence(tokens: list[Token]) -> SentenceResult:
    """Candidates and counts of one sentence (tokens already normalised)."""
    lex = load_lexicons()
    words = [t.text for t in tokens]
    joined = " ".join(words)  # for the detectors' cheap substring tests: they run on every sentence
    matches = lex.triggers.find(tokens)
    if not any(t.type == PROPERTY and t.strength >= STRONG for m in matches for t in m.payloads):
        matches += _fishing_boat_fired_on(words, joined)
    matches += _split_killings(words, matches, joined)
    matches += _outlets_blocked(words, joined)
    matches += _fired_inside(words, joined)
    matches += _stormed(words, joined)
    matches += _fired_at_victims(tokens, words, joined)
    matches += _english_verbs_on_people(words, joined)
    matches += _english_taken_to_detention(words)
    matches += _english_forced_into_car(words)
    matches += _english_held_without_charge(words)
    matches += _english_missing_since_fighting(words, matches)
    matches += _english_captives_shot(words)
    if not matches:
        return SentenceResult([], {})
    present = frozenset().union(*map(word_forms, words))  # every form of every word, for the «any word» tests
    # «عثر صباح اليوم على جثة»: «اليوم على» is today's find, not «700 يوم على» (how long since)
    # «دورية للحرس الوطني» (a patrol, also «دوريات») shares its stem with «الدوري» (a league): no sport word
    context_matches = [m for m in lex.context.find(tokens)
                       if not ("since" in m.payloads and words[m.first].lstrip("وف").startswith("ال"))
                       and not (set(m.payloads) == {"figurative"} and word_forms(words[m.first]) & _NOT_SPORT)
                       and not _trade_workshop(words, m) and not _english_cue_misread(words, m)
                       and not _agency_name(words, m) and not _target_of_attack(words, m)
                       and not _power_cut(words, m) and not _guarding_duty(words, m) and not _help_team(words, m)
                       and not _fake_checkpoint(words, m) and not _threats_received(words, m)
                       and not (set(m.payloads) == {"disease"} and m.first == m.last and words[m.first] in _PATIENTS_PLURAL)]
    where = _positions(context_matches)
    if words[0].isascii() and not _EN_REJECTING.isdisjoint(words):
        where.setdefault("denial", []).extend(_english_rejected_claims(words))
    context = set(where)
    if _found_safe(words):
        context.add("rescue")
    if words[0].isascii() and _english_match_score(words):
        context.add("figurative")
    # a tally's figures count no event's victims, nor a drill's simulated ones («إجلاء 30 مصابا افتراضيا»)
    tally = (_case_tally(words) or _english_so_far(words) or _period_tally(words) or _english_series_rank(words, matches)
             or (_latin_start(words) and _english_year_figure(words, matches)) or bool(_SIMULATED.intersection(words))
             or _year_tally(words))  # «تعرفت خلال سنة 2026 على هويات 57 رفاتا»: a year's figures, no event's dead
    if tally or last_century_year(words) or _english_period_tally(words) or (
            english_tally_since(words)) or (context & {"charge", "proceedings"} and _english_years_span(words)) or (
            _english_call_for_unnamed(words)):
        context.add("general")
    matches = [m for m in matches if not _is_idiom(words, m, lex.idiom_objects) and not _time_spent(words, m)]
    matches = [m for m in matches
               if not (all(t.type == "arbitrary_detention" for t in m.payloads) and _is_place_word(words, m))]
    # «أوقفوا القافلة», «إيقاف الشاحنة»: a vehicle stopped, nobody arrested (its people are named on their own)
    matches = [m for m in matches if not (all(t.type == "arbitrary_detention" for t in m.payloads)
                                          and m.last + 1 < len(words) and word_forms(words[m.last + 1]) & _VEHICLES)]
    matches = [m for m in matches if not _scoped_out(m, words, where) and not _mines_cleared(words, m)
               and not _demanded(words, m) and not _not_harm_to_people(words, m)
               and not _no_new_killing(words, m) and not _conscience_as_a_cause(words, m)
               and not _crime_named_by_a_law(words, m) and not _missing_as_a_cause(words, m)
               and not _goods_trafficked(words, m) and not _smuggling_route(words, m)
               and not _english_harm_denied(words, m)
               and not _english_attributive(words, m) and not _sentence_passed(words, m)
               and not _english_identified(words, m) and not _english_arrested_over(words, m)
               and not _english_called_for_all(words, m) and not _english_hit_in_body(words, m)
               and not _english_torture_for_us(words, m) and not _english_thing_executed(words, m)
               and not _english_crimes_including(words, m) and not _english_years_since(words, m)
               and not _english_settlement_attacked(words, m) and not _english_warning_only(words, m)
               and not _english_release_welcomed(words, m) and not _english_judged_act(words, m)]
    matches = _assaulters_grievance(words, matches)
    no_casualty_at = where.get("no_casualties", [])
    matches = [m for m in matches if not (any(t.type in CASUALTY_TYPES for t in m.payloads)
                                          and any(0 <= m.first - n <= 4 for n in no_casualty_at))]
    negated = [m for m in matches if all(t.type in CASUALTY_TYPES for t in m.payloads)
               and _negated(words, m.first, lex.negation_words)]
    negated_tolls = [m.last for m in negated]
    # «ولم تعلن أي جهة سقوط ضحايا مدنيين في الهجوم أو في الضربات»: a weak casualty word told as the occasion of a
    # negated toll is where no one was hurt (the attack, the strikes), no harm of its own
    matches = [m for m in matches if m not in negated and not (
        all(t.type in CASUALTY_TYPES and t.strength < STRONG for t in m.payloads)
        and m.first > 0 and words[m.first - 1] in _OCCASION
        and any(0 < m.first - k <= _AFTER_NEGATED_TOLL for k in negated_tolls))]
    if not _ANY.isdisjoint(words):
        matches = [m for m in matches if not _none_of_any(words, m, lex.negation_words)]
    # «تفريق مظاهرة للاحتجاج على إعدام مواطنين»: executions protested are the protest's grievance (a state's
    # sentence carried out), the news is the protest
    matches = [m for m in matches if not (word_forms(words[m.first]) & {"اعدام"}
                                          and _form_before(words, m.first, _PROTESTING, 2))]
    # «وقفة للتنديد بالاعتداءات المتكررة على الإطارات الطبية»: repeated attacks protested are a grievance, no event
    matches = [m for m in matches if not (m.last + 1 < len(words) and words[m.last + 1] in _REPEATED
                                          and _form_before(words, m.first, _CONDEMNING, 2))]
    # «متهمون بالتحريض على العنف»: violence incited (a charge or a claim), not done
    matches = [m for m in matches if not _form_before(words, m.first, _INCITING, 2)]
    # «الدعوة لوقف إطلاق النار»: a ceasefire, not a shooting
    matches = [m for m in matches if not _form_before(words, m.first, {"وقف", "ايقاف"}, 2)]
    # «أن أعرف إن كان ابني حياً أم ميتاً»: a fate asked about, not a death told (Libyan outlets pass 2)
    matches = [m for m in matches if not (m.first >= 2 and words[m.first - 1] in _OR
                                          and word_forms(words[m.first - 2]) & _ALIVE)]
    # «تهديد العاملين بالقتل», "threatened to kill", «خططت لقتل»: a threat or a plot, not a killing
    matches = [m for m in matches if not (any(t.type == "killing" for t in m.payloads)
                                          and _form_before(words, m.first, _THREAT, 3))]
    # «جثة شاب مصاب بطلقات»: the wound describes the dead, it is no second harm
    killing_at = {m.last for m in matches if any(t.type == "killing" for t in m.payloads)}
    matches = [m for m in matches if not (all(t.type == "injury" for t in m.payloads) and words[m.first] in (
        "مصاب", "مصابا") and any(0 < m.first - k <= 3 for k in killing_at))]
    # «لقي حتفه بعد أن أصابته رصاصة طائشة»: the bullet that hit him is how he died, no second harm
    matches = [m for m in matches if not (all(t.type == "injury" for t in m.payloads)
                                          and word_forms(words[m.first]) & _HIT_VERBS and m.last + 1 < len(words)
                                          and word_forms(words[m.last + 1]) & _BULLETS
                                          and any(0 < m.first - k <= _MEANS_REACH or (0 < m.first - k and _after_event(
                                              words, m.first)) for k in killing_at))]
    # «وصل جثة هامدة وبه ثلاث إصابات», «عثر على جثته وعليها آثار جروح»: the wounds describe the dead, no second harm
    # (not «انتشال جثة وإصابة 3 آخرين»: counted people hurt besides); traces («آثار ضرب») anywhere after the body
    # are on it («جثة مسن ... داخل منزله بمدينة ...، وعليها آثار ضرب»)
    body_at = [k for k, w in enumerate(words) if word_forms(w) & _DEAD_BODY] if present & _DEAD_BODY else []
    matches = [m for m in matches if not (all(t.type == "injury" for t in m.payloads)
                                          and any(0 < m.first - k <= (_WOUNDS_REACH_EN if words[k].isascii() else _WOUNDS_REACH)
                                                  or (words[k].isascii() and 0 < m.first - k and words[m.first - 1] in _WITH_WOUNDS)
                                                  or (0 < m.first - k and "اثار" in word_forms(words[m.first]))
                                                  or _body_found_wounded(words, k, m.first)
                                                  for k in body_at)
                                          and not _others_hurt(words, m.last))]
    # «قذائف سقطت قرب منازلهم»: shells that fell near homes struck none (a weak property trigger only)
    matches = [m for m in matches if not (all(t.type == PROPERTY and t.strength < STRONG for t in m.payloads)
                                          and _fell_near(words, m.last))]
    # «وفاة سيدة ... بعد تعرضها لضرب مبرح»: the beating is how she died, no second harm
    matches = [m for m in matches if not (all(t.type == "injury" for t in m.payloads)
                                          and word_forms(words[m.first]) & _BEATING
                                          and any(0 < m.first - k <= _BEATEN_TO_DEATH_REACH
                                                  and _form_before(words, m.first, _AFTER_EVENT | {"جراء"}, m.first - k)
                                                  for k in killing_at))]
    # «منشور عن العنف الأسري», «حماية النساء من العنف»: violence as a topic, no assault told
    matches = [m for m in matches if not (all(t.type == "injury" and t.strength < STRONG for t in m.payloads)
                                          and word_forms(words[m.first]) & {"العنف"} and m.first > 0
                                          and word_forms(words[m.first - 1]) & _TOPIC_BEFORE)]
    matches = _hits_on_things(tokens, words, matches)
    # «سماع دوي إطلاق نار كثيف»: gunfire heard hurts nobody by itself (a weak trigger only); so is the gunfire told
    # after it in the sentence («سمعنا إطلاق نار ... ثم تبعه إطلاق نار»)
    matches = [m for m in matches if not (all(t.strength < STRONG for t in m.payloads) and _heard(words, m))]
    # «إنقاذ 43 مهاجرا من الغرق», «أنقذوا طفلا من موت محقق»: what the rescue averted did not happen
    matches = [m for m in matches if not (m.first > 0 and words[m.first - 1] == "من" and any(
        0 < m.first - r <= _RESCUE_REACH for r in where.get("rescue", [])))]
    # «والد الضحية» (a victim's kin speaking), «وفاة المريض», «مريض توفي» (a patient's death), «بسبب وفاة أحد
    # مرافقيهم» (a death that angered the attackers of a hospital): no killing told
    matches = [m for m in matches if not (all(t.type == "killing" and t.strength < STRONG for t in m.payloads) and (
        (m.first > 0 and word_forms(words[m.first - 1]) & (_REFERENCE_HEADS | _NAMED_PLACE_HEADS | _REPATRIATION
                                                           | _KIN | _PATIENTS | _GRIEVANCE_CAUSE | _VICTIMS_BODY_HEADS))
        or (m.last + 1 < len(words) and word_forms(words[m.last + 1]) & _PATIENTS)))]
    # «وأفاد مصدر أمني بأن الضحية ... أصيب بطعنة»: the victim named is the one hurt, no death told
    if any(t.type == "injury" and t.strength >= STRONG for m in matches for t in m.payloads):
        matches = [m for m in matches if not (_victim_word_only(words, m) and not any(
            t.type == "killing" for other in matches if other is not m for t in other.payloads))]
    matches = [m for m in matches if not _left_for_unknown(words, m) and not _found_missing(words, m)]
    # «أطلق ناشطون وأسر مفقودين حملة», «لقصص أسر المفقودين»: the families of the missing as a group, no one missing
    # told (not «عينات الحمض النووي لمطابقتها مع عائلات المفقودين»: remains matched, the missing are their dead)
    remains = bool(present & _REMAINS)
    matches = [m for m in matches if not (not remains and all(t.type == "enforced_disappearance" and t.strength < STRONG
                                                           for t in m.payloads)
                                          and word_forms(words[m.first]) & {"مفقودين", "المفقودين"} and m.first > 0
                                          and word_forms(words[m.first - 1]) & _REFERENCE_HEADS)]
    matches = _killed_by_attack(words, matches)
    matches += _fate_unknown(tokens, words)
    matches += _whereabouts_withheld(words)
    matches += _gone_after_arrest(words, matches)
    matches += _held_by_captors(words, matches)
    matches += _press_targets(words, matches, where.get("raid", []))
    if not matches:
        return SentenceResult([], {}, None, frozenset(context))

    source_at = {m.first for m in lex.sources.find(tokens)}
    harm_ends = {m.last for m in matches}
    victims: set[str] = set()
    kinds = lex.victim_kinds.find(tokens)  # only for the categories reports count (`Candidate.categories`)
    named: set[str] = set()
    press_at: list[int] = []
    for m in lex.victims.find(tokens) + kinds:
        # «لمراسل الجوهرة», «مراسل #الجزيرة: ...», «اعترافات مصورة», "told reporters": a source, not a victim;
        # but right after a trigger («مقتل مراسل الجزيرة», past a duration: «السجن 7 أعوام لصحفيين») the press
        # word is the victim
        press = set(m.payloads) & _PRESS
        is_source = bool(press) and not any(0 < m.first - e <= 3 for e in harm_ends) and (
            any(abs(m.first - s) <= 3 for s in source_at)
            or (words[m.first].startswith("ل") and not words[m.first].startswith("لل")))
        # «أوضح الطبيب المشرف على الفريق أن اللاعب ...», «قال طبيب»: a doctor who speaks is a source
        is_source = is_source or ("medics" in m.payloads and any(0 < m.first - s <= 2 for s in source_at)
                                  and "ان" not in words[max(0, m.first - 2) : m.first])
        body = bool(press) and m.first > 0 and bool(word_forms(words[m.first - 1]) & lex.body_heads)
        # «أرسلوا مقطعاً مصوراً», «في تسجيل مصور»: filmed, an adjective of the clip, no photographer (Libyan outlets pass 2)
        body = body or (bool(press) and m.first > 0 and bool(word_forms(words[m.first - 1]) & _CLIPS))
        # «وجددت ناشطات مطالبتهن», «طالبت ناشطات بسن قانون», «أطلق ناشطون حملة»: the subject of a call, not a victim
        is_source = is_source or (bool(press) and m.first > 0 and bool(word_forms(words[m.first - 1]) & _CALLERS))
        # «أحد المختطفين، في تصريح لمراسل الإذاعة»: the reporter told (a statement's addressee), however near a trigger
        is_source = is_source or (bool(press) and m.first > 0 and bool(word_forms(words[m.first - 1]) & _STATEMENTS))
        # "Journalist ... tortured, lawyer says": the lawyer who speaks, however near a trigger (English)
        is_source = is_source or (bool(press) and words[m.last + 1 : m.last + 2] in _EN_SPEAKS)
        is_source = is_source or _english_speaker(words, m, bool(press)) or counsel_for(words, m.first)
        is_source = is_source and not _family_speaks_for(words, m.first)
        if _english_minor_harm(words, m):
            continue  # "minor injuries": how light the harm was, no child
        if not is_source and not body and not _not_a_mother(words, m.first) and not _negated(
                words, m.first, lex.negation_words) and not _english_unharmed(words, m.last):
            if m in kinds:
                named.update(() if witness(words, m.first) else m.payloads)
                continue
            victims.update(m.payloads)
            press_at += [m.first] if press else []
            if _names_victims(words, m):
                named.update(m.payloads)
    if present & CATEGORY_CUES:  # a stated age («نجله البالغ من العمر 15 عاما»), "she was arrested", "a Chadian woman"
        named.update(sentence_categories(words))
    # protesters count for a detention only: shots fired at a march («الرصاص المطاطي على المتظاهرين») state no
    # harm, and protesters who attack («مقتل شرطي خلال مواجهات مع محتجين») are no victims
    fighters_at = set(where.get("combatants", ()))
    # "soldiers were killed when armed men attacked a post": beside fighters, the men of an English perpetrator
    # phrase are the attackers, no civilians
    perpetrators_at = {k for m in context_matches if "perpetrators" in m.payloads and words[m.first].isascii()
                       for k in range(m.first, m.last + 1)}
    if not fighters_at - perpetrators_at:
        perpetrators_at = set()  # no fighter outside them ("men in military uniform" alone): as before
    # "his driver was unhurt": a civilian said unharmed is no victim (English pass 9: a commander shot dead)
    civilians = bool(victims - {"protesters"}) or any(not _negated(words, m.first, lex.negation_words)
                                                      and not _captives(words, m.first, fighters_at)
                                                      and not _fighters_companion(words, m.first, fighters_at)
                                                      and m.first not in perpetrators_at
                                                      and not (words[m.last].isascii() and _english_unharmed(words, m.last))
                                                      for m in lex.civilians.find(tokens)) or (
        bool(present & _ELDER_TITLE_WORDS) and bool(elder_title(words)))  # «الحاجة مبروكة»: an elder, a civilian
    if "capsized" in context and "migrants" not in victims:
        context.add("accident")  # «انقلاب قارب في بحيرة»: an accident; migrants lost at sea are incidents
    fighters = [m for m in context_matches if "combatants" in m.payloads and not _attacker(words, m)]
    combatant_at = {k for m in fighters for k in range(m.first, m.last + 1)}
    combatant_victims = _combatant_victims(words, matches, combatant_at)
    attacker_killed = _english_attacker_killed(words, matches)
    casualty = any(t.type in CASUALTY_TYPES for m in matches for t in m.payloads)
    # only casualties can be hors de combat, and only the captives they hit («أعدموا الأسرى», «قتلوا بعد أسرهم»), not
    # captives told apart («أصيب جندي ... وأن الأسرى نقلوا إلى سبها للتحقيق»)
    casualty_at = [m.first for m in matches if any(t.type in CASUALTY_TYPES for t in m.payloads)]
    hors_de_combat = casualty and any(any(abs(h.first - c) <= _CAPTIVE_REACH for c in casualty_at)
                                      for h in lex.hors_de_combat.find(tokens) if not _english_also_captured(words, h))
    # «اشتباكات بين المليشيات»: the parties of a clash are named, not who died (a toll with no status is unknown)
    fighters_named = any("combatants" in m.payloads and not _clash_party(words, m.first) for m in context_matches)
    fighters_harmed = combatant_victims or _fighters_near_victims(words, matches, fighters)
    status = _status(matches, civilians, hors_de_combat, fighters_harmed)
    speech = bool(present & _SPEECH)  # a qualifier naming what was said, posted or worn
    objects = lex.property_objects.find(tokens)
    property_object = any(not _no_property_object(words, m.first) for m in objects)

    detention_at = [m.last for m in matches if any(t.type == "arbitrary_detention" for t in m.payloads)]
    # read only for a detention (its only use), so sentences without one skip the three scans
    qualified = bool(detention_at) and (bool(lex.qualifiers.find(tokens)) or _without_charge(words, lex.negation_words)
                                        or _held_for_long(words))
    # «السجن 6 سنوات للناشط», «تجدد حبس الزميل»: the journalist or activist is the one held, right after the word
    press_held = any(0 < p - d <= _SCOPE_WINDOW for p in press_at for d in detention_at)
    # "police arrested two men in connection with the killing" (of a lawyer named before): the ones held are
    # suspects of the harm told, not its journalist or activist victim (English)
    suspects_held = not press_held and any(words[d].isascii() and any(0 < c - d <= _EN_SUSPECTS_REACH for c in where.get(
        "charge", [])) for d in detention_at)
    by_type: dict[str, Candidate] = {}
    trigger_at: dict[int, str] = {}
    strong_types: set[str] = set()
    beating_only_injury, beaten_en = True, False
    for match in matches:
        trigger_text = " ".join(words[match.first : match.last + 1])
        for trigger in match.payloads:
            trigger_at.setdefault(match.first, trigger.type)
            if trigger.strength >= STRONG:
                strong_types.add(trigger.type)
            # «آثار ضرب» (marks of a beating) is a beating told by its marks: its last word is the beating
            if trigger.type == "injury" and not ((word_forms(words[match.first]) | word_forms(words[match.last])) & _BEATING):
                beating_only_injury = False
            elif trigger.type == "injury" and words[match.first].isascii():
                beaten_en = True  # "guards beat dozens of migrants ... one died of his injuries": both
            current = by_type.get(trigger.type)
            if current is None or trigger.strength > current.confidence:
                by_type[trigger.type] = Candidate(trigger.type, trigger.strength, trigger_text, last=match.last)
    strong_at = {m.first: t.type for m in matches for t in m.payloads if t.strength >= STRONG}
    counts = {} if tally else sentence_counts(words, trigger_at, strong_at)  # a report's figures count no victims
    if "disease" in context:
        counts = {k: v for k, v in counts.items() if k not in ("killed", "injured")}  # infections, not casualties
        status = None
    if is_statistic(counts):
        context.add("general")  # «250 ألف قتيل», "11,000 victims in 2015": a war's statistics, not one event
    # read only beside «figurative» (a cue no later line adds): the scan of every word is skipped without it
    numbered = "figurative" in context and any(_counts_people(words, i) for i in range(len(words)))
    if "figurative" in context and not (numbered and civilians):
        counts = {}  # «الغلاء يذبح المواطن»: a metaphor kills nobody
    casualty_count = bool(counts)
    perpetrators = "perpetrators" in context
    abduction_at = [m.last for m in matches if any(t.type == "abduction" for t in m.payloads)]
    forced = any("قسر" in w for w in words)  # «اختفاء قسري», «مخفي قسرا»: named a disappearance outright
    # missing at sea or in the desert with nobody holding them (no captors, detention or abduction named)
    lost_at_sea = "sea" in context and "perpetrators" not in context and not (
        {"arbitrary_detention", "abduction"} & set(by_type)) and not forced
    # kidnappers asking a ransom («اقتادته إلى جهة غير معلومة ... ويطالب بفدية»): an abduction, not a disappearance
    ransomed = bool(present & _RANSOM) and not forced
    still_held = bool(present & _STILL_HELD)
    # gunmen took him and his people say in dialect they do not know where he is («خطفوه مسلحين ... وماعرفناش
    # وينه»): the abduction's captive, not a disappearance (no state named holding him)
    unknown_where = by_type.get("enforced_disappearance")
    ransomed = ransomed or (perpetrators and "abduction" in by_type and "arbitrary_detention" not in by_type
                            and not forced and unknown_where is not None
                            and (_dialect_phrase(unknown_where.trigger) or unknown_where.trigger in _EN_UNKNOWN_PLACES))
    # armed captors right after the taking, or an unknown destination with no arrest named («اعتقال الصحفي ...
    # واقتياده إلى جهة مجهولة» is a disappearance after an arrest, not an abduction)
    abductors = any(0 < k - a <= 3 for a in abduction_at for k in combatant_at) or (
        "enforced_disappearance" in by_type and "arbitrary_detention" not in by_type)
    # a cue inside a trigger is part of it: «محاولة» in «نجا من محاولة اغتيال» is an attack that happened
    hypothetical = any(not any(m.first <= h <= m.last for m in matches) for h in where.get("hypothetical", []))
    mine_harm = any(t.type == "other" and word_forms(words[m.last]) & _MINES for m in matches for t in m.payloads)
    trafficking_at = [m.first for m in matches if any(t.type == "trafficking" for t in m.payloads)]
    network_arrested = any(0 < t - a <= _ARREST_REACH for t in trafficking_at for a in where.get("arrest", []))
    harm_found = bool(set(by_type) & {"killing", "injury", "torture", "sexual_violence", "abduction"})
    held = "arbitrary_detention" in by_type and "custody" in context  # «محتجزين من قبل شبكة تهريب», not «إيقاف»
    # smugglers who force people on board, abandon or rob them («المهربين أجبروهم على الصعود», «تركوهم في الصحراء»)
    smugglers_abuse = "trafficking" in by_type and bool(present & _SMUGGLERS_ABUSE)
    fishing_sunk = any(t.type == "other" and word_forms(words[m.last]) & _BOATS
                       and any(word_forms(w) & _FISHING for w in words[m.last + 1 : m.last + 3])
                       for m in matches for t in m.payloads)

    # «أن المحتجزين تعرضوا للضرب أثناء التحقيق»: the detainees are the ones beaten (ill-treatment in custody, made
    # torture by _combine), not guards or a crowd beside a prison word
    injury_at = [m.first for m in matches if all(t.type == "injury" for t in m.payloads)]
    detainees_beaten = beating_only_injury and any(
        0 < i - c <= _DETAINEE_REACH and word_forms(words[c]) & _DETAINEES
        for i in injury_at for c in where.get("custody", []))
    # «احتجاز 43 عاملا ... وتعرض بعضهم للضرب»: some of the people held were beaten: in custody too
    held_beaten = beating_only_injury and any(
        0 < i - d <= _HELD_BEATEN_REACH and any(w in _SOME_OF_THEM for w in words[d + 1 : i])
        for i in injury_at for d in detention_at)
    # "refugees ... held for weeks in a warehouse by traffickers who beat them": captives beaten where they are held
    held_beaten = held_beaten or (beating_only_injury and bool(injury_at) and "held" in words and "smugglers" in context)
    if held_beaten:
        context.add("custody")
    detainees_beaten = detainees_beaten or held_beaten
    held_after_protest = any(_after_protest(words, d) for d in detention_at)
    out = []
    for candidate in by_type.values():
        kind = candidate.type
        confidence = candidate.confidence
        if kind == "injury" and detainees_beaten:
            confidence += 0.2
        if kind == PROPERTY:
            confidence += 0.3 if property_object else 0.0
        elif kind == "arbitrary_detention":
            if held_after_protest and not victims & (_PRESS | {"protesters"}):
                confidence += 0.45  # «محتجزين بعد مشاركتهم في احتجاج»: held for a march, like protesters named
            if qualified and kind not in strong_types:
                confidence += 0.5  # the qualifier makes an arrest arbitrary; a strong trigger already is one
            if victims & (_PRESS | {"protesters"}) and not suspects_held:
                confidence += 0.45  # held for their work or for a march: for what civil society does
            elif victims or civilians:
                confidence += 0.15
            if "enforced_disappearance" in by_type:
                confidence += 0.35
        else:
            if civilians:
                confidence += 0.15
            if casualty_count and kind in CASUALTY_TYPES + ("other",):
                confidence += 0.1
            if perpetrators and kind in ("killing", "injury", "abduction", "enforced_disappearance") and not (
                    combatant_victims and kind in CASUALTY_TYPES):
                confidence += 0.15
        if kind == "abduction" and kind not in strong_types and not perpetrators:
            # «اقتياد», «رهينة» need a perpetrator: «الجهة رهينة ...» is a metaphor; armed captors («اقتادته
            # مجموعة مسلحة») or an unknown destination («اقتادوه إلى جهة مجهولة») are one
            confidence += 0.15 if abductors else -0.2
        if len(by_type) > 1:
            confidence += 0.05
        if hypothetical:
            confidence -= 0.3
        if ("general" in context and not (kind in CONTINUING and still_held)) or (
                "since" in context and kind not in CONTINUING):
            confidence -= 0.75  # «3 سنوات على اعتقال الزميل», «عامين على اقتيادها»: a detention or disappearance
            # that lasts is still reported, also on its anniversary («في مثل هذا اليوم ... ومن يومها لا تهمة»)
        if kind == "enforced_disappearance" and (lost_at_sea or ransomed):
            confidence -= 0.6  # «صيادين مفقودين في البحر», «مصير 7 مهاجرين مجهولا» after a sinking: lost, not disappeared;
            # held for a ransom: kidnapped
        if kind in CASUALTY_TYPES and not hors_de_combat:
            if combatant_victims and not civilians:
                confidence -= 0.5
            elif "military_targets" in context and not civilians:
                confidence -= 0.5  # «3 قتلى في هجوم على قاعدة عسكرية»: an attack on a military target
            elif fighters_named and not civilians and not perpetrators:
                confidence -= 0.3  # victims' status unclear next to fighters: borderline at best
        if attacker_killed and (kind == "killing" or (kind == "injury" and kind not in strong_types)):
            confidence -= 0.6  # "shot dead the driver of a car packed with explosives": the attacker (English); the
            # fire he "opened" (a weak injury word) hurt nobody it names
        if kind == "other" and mine_harm and fighters_harmed and not civilians:
            confidence -= 0.5  # «استشهاد عسكري في انفجار لغم»: a mine hurting only soldiers on an operation
        if kind == "trafficking" and network_arrested and not harm_found:
            confidence -= 0.4  # «القبض على شبكة لتهريب البشر»: routine police news, no abuse reported
        elif kind == "trafficking" and smugglers_abuse:
            confidence += 0.15  # the smugglers' abuse is told: forced on board, abandoned, robbed
        elif kind == "trafficking" and kind not in strong_types and not harm_found and not held:
            confidence -= 0.2  # «تهريب مهاجرين عبر الحدود»: a crossing smuggled, no abuse (trafficking) reported
        if kind == PROPERTY and "military_targets" in context and not civilians:
            confidence -= 0.4  # «استهدفت منظومة الباتريوت في مطار نجران»: a military target
        if "accident" in context and kind in ACCIDENT_TYPES and not perpetrators and not (
                kind == PROPERTY and candidate.trigger in _EN_DEED_PARTICIPLES):  # "smashed equipment": done on purpose
            confidence -= 0.6  # «مسلحون أضرموا النار ... حريق»: the fire was set, the accident cue does not clear it
        if kind == "torture" and kind not in strong_types and "custody" not in context:
            confidence -= 0.3  # «إهانة والده في المحل»: an insult; humiliation is ill-treatment in custody
        if "accident" in context and kind == "torture" and "custody" not in context:
            confidence -= 0.6  # «صعق بالتيار الكهربائي أثناء أعمال صيانة»: electrocuted at work, not tortured
        if kind in ("killing", "other") and fishing_sunk and "migrants" not in victims and not perpetrators:
            confidence -= 0.6  # «غرق مركب صيد ووفاة بحارين»: a fishing boat lost at sea is an accident
        if "routine" in context and kind in ("arbitrary_detention", "trafficking") and not (
                kind == "arbitrary_detention" and (press_held or (qualified and speech))):
            confidence -= 0.4  # a court sentence on a journalist or activist is imprisonment for their work; so is
            # one for a post, false news or a veil taken off («بتهمة نشر أخبار كاذبة», «خلعت حجابها»)
        if "figurative" in context and not (numbered and civilians) and not perpetrators and not (
                kind == "arbitrary_detention" and press_held):
            confidence -= 0.7  # a journalist jailed over a post on prices («انتقد فيها الغلاء») is no metaphor
        if kind in RELEASE_ENDS and not harm_found and any(_released(words, r) for r in where.get("release", [])):
            confidence -= 0.8  # «الإفراج عن ناشط بعد ثلاثة أشهر من احتجازه»: the detention ended
        if "disease" in context and kind in CASUALTY_TYPES:
            confidence -= 0.8
        shot_dead = kind == "killing" and kind not in strong_types and _died_by_bullet(words, candidate.last)
        if shot_dead:
            confidence += 0.15
        if "mourning" in context and (kind == "injury" or (kind == "killing" and kind not in strong_types)) and not (
                shot_dead):
            confidence -= 0.6  # «تلقينا ببالغ الحزن نبأ وفاة», «أمام هذا المصاب»: a death notice; «استشهاد» stays
        if "proceedings" in context and kind in HARM_TYPES and kind != "arbitrary_detention" and not casualty_count:
            confidence -= 0.35
        if "rescue" in context and kind in ("other", "enforced_disappearance") and not counts.get("killed"):
            confidence -= 0.5  # nobody died: even rescued fishermen (civilians) are no incident
        candidate.confidence = round(max(0.0, min(confidence, 0.99)), 3)
        candidate.victims = set(victims)
        candidate.killed = counts.get("killed") if kind in ("killing", "other") else None
        candidate.injured = counts.get("injured") if kind == "injury" else None
        out.append(candidate)
    kept = {c.type: c for c in out if c.confidence >= THRESHOLD}
    if "killing" in kept and "injury" in kept and _died_of_wounds(words, matches):
        kept.pop("injury")  # «فأصيب بطعنات في البطن والصدر توفي على إثرها»: the wounds he died of, no second harm
        counts.pop("injured", None)
    gunfire = bool(present & (_FIRING | _BULLETS))
    # «أوقفه مسلحون», «داهم مسلحون منزله»: the ones who hold him are gunmen, right after the arrest or raid word
    gunmen_held = any(any(word_forms(w) & _GUNMEN for w in words[d + 1 : d + 3]) for d in detention_at)
    _security_took(kept, matches, words, strong_types)
    # a stray bullet that "struck their home" harmed the people inside, it was no attack on the house
    struck = PROPERTY in kept and not (present & _BULLETS) and (_english_object_struck(words, objects) or (
        kept.get("killing") is not None and kept["killing"].trigger in _EN_PRESENT_KILLS))
    _combine(kept, context, victims, beating_only_injury, strong_types, counts, gunfire, gunmen_held, struck,
             beaten_en)
    cues = context | ({"hors_de_combat"} if hors_de_combat else set())
    for candidate in kept.values():
        candidate.categories = set(named)
    return SentenceResult(list(kept.values()), counts, status, frozenset(cues))


def _status(matches: list[PhraseMatch[Trigger]], civilians: bool, hors_de_combat: bool, combatants: bool) -> str | None:
    """Who the casualty words of a sentence are about: civilians first (any civilian harmed makes it a
    violation), then fighters hors de combat (captured, surrendered, executed: still protected), then
    fighters, else unknown."""
    if not any(t.type in CASUALTY_TYPES for m in matches for t in m.payloads):
        return None
    if hors_de_combat and combatants:
        return "hors_de_combat"  # «إعدام ميداني لأسرى من قوات ...»: captured fighters
    if civilians:
        return "civilian"
    if hors_de_combat:
        return "hors_de_combat"
    return "combatant" if combatants else "unknown"


STATUS_ORDER = ("civilian", "hors_de_combat", "combatant", "unknown")


def victim_status(statuses: list[str | None]) -> str | None:
    """A document's victim status: the most protective status any of its sentences states."""
    found = {s for s in statuses if s}
    return next((s for s in STATUS_ORDER if s in found), None)


def is_programme_trailer(tokens: list[Token]) -> bool:
    """A trailer or teaser («للقصة بقية ... يأتيكم الاثنين»): the casualty words tell what a programme is
    about, not an event reported today, so no sentence of it is an incident."""
    return bool(load_lexicons().programme.find(tokens))


# Harm that lasts: a detention or a disappearance told «منذ عامين» / «عامين على» is still going on, not an anniversary
CONTINUING = ("arbitrary_detention", "enforced_disappearance")
# What a release ends: the detention and the attack on the activist or journalist it was (an abduction stands)
RELEASE_ENDS = ("arbitrary_detention", "attack_on_civil_society")
FRAMES = ("accident", "disease", "court", "release")  # a headline cue of these frames the whole story
FRAMED_TYPES = {"accident": ACCIDENT_TYPES, "disease": CASUALTY_TYPES,
                "court": PAST_ACTS + (PROPERTY,), "release": RELEASE_ENDS,
                "commemoration": HARM_TYPES + (PROPERTY, "attack_on_civil_society", "other"),
                "record": HARM_TYPES + (PROPERTY, "attack_on_civil_society", "other", "trafficking")}
FRAMED_TYPES["warrant"] = FRAMED_TYPES["record"]
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
# tells a harm of its own (its "arrest warrant" is a weak detention word, no harm)
_EN_WARRANT_HEADS = {"icc", "warrant", "indictment"}
# "Germany extradites Libyan suspect in 2019 torture case": a suspect handed over to face trial, the harm it names
# the case's (English pass 14)
_EN_EXTRADITION_HEADS = {"extradites", "extradited", "extradition"}
# «بن قردان تحيي الذكرى العاشرة لملحمة 7 مارس»: the `general` cues of a headline that commemorate a past event
_COMMEMORATION = {"ذكري", "الذكري", "anniversary", "commemoration", "commemorates"}
# "Abuses continued unchecked in 2025, says Human Rights Watch World Report": a headline's yearly report is a country's
# record in general (labelling guide: no incident), its body's abuses told as the year's pattern
_YEARLY_REPORT = {"report"}
# "UN mission documents 29 civilian casualties in second quarter", "EU adds three smugglers to sanctions list": a
# quarter's tally or a sanctions listing in the headline frames the body as the yearly report does (English pass 9)
_RECORD_HEADS = _YEARLY_REPORT | {"quarter", "quarterly", "sanctions"}


def headline_frame(tokens: list[Token]) -> frozenset[str]:
    """The accident, disease, ruling or commemoration cues of a headline («تسمم جماعي في حفل زفاف», «حادث مرور
    على الطريق الساحلي», «محكمة ... تصدر أحكاما في قضية مقتل ...», «تحيي الذكرى العاشرة»): the body's later
    casualty words («حالة جميع المصابين مستقرة», «من بين الضحايا طفلتان», «ترحما على أرواح الشهداء») are about
    the same accident, the judged or the commemorated past act, even where their own sentence names no cause."""
    frame = set()
    words = [t.text for t in tokens]
    denials = []
    triggers: list[PhraseMatch[Trigger]] | None = None

    def trigger_matches() -> list[PhraseMatch[Trigger]]:
        """The headline's trigger matches: found once, and only if a rule below asks."""
        nonlocal triggers
        if triggers is None:
            triggers = list(load_lexicons().triggers.find(tokens))
        return triggers

    for match in load_lexicons().context.find(tokens):
        if _english_cue_misread(words, match) or _power_cut(words, match):
            continue  # "guards open fire at ...": gunfire, no accident headline; «انقطاع التيار»: a power cut
        if "denial" in match.payloads and _denies_the_event(words, match.first):
            denials.append(match.first)
        frame.update(rule for rule in match.payloads if rule in FRAMES
                     and (rule != "release" or _released([t.text for t in tokens], match.first)))
        if "general" in match.payloads and any(_COMMEMORATION.intersection(clitic_variants(t.text))  # not «الذكريات»
                                               for t in tokens[match.first : match.last + 1]):
            frame.add("commemoration")
        if "general" in match.payloads and _RECORD_HEADS.intersection(t.text for t in tokens[match.first : match.last + 1]):
            frame.add("record")
        if "proceedings" in match.payloads and _EN_WARRANT_HEADS.intersection(
                t.text for t in tokens[match.first : match.last + 1]) and not any(
                t.strength > DETENTION_WEAK for m in trigger_matches() for t in m.payloads):
            frame.add("warrant")  # not "Two civilians killed as ICC prosecutor visits": the headline's own event
        if "proceedings" in match.payloads and _EN_EXTRADITION_HEADS.intersection(
                t.text for t in tokens[match.first : match.last + 1]):
            frame.add("warrant")
    if last_century_year([t.text for t in tokens]):
        frame.add("commemoration")  # «مجازر 8 ماي 1945»: the story tells history
    if denials and any(m.first > min(denials) for m in trigger_matches()):
        frame.add("denial")  # the headline denies a harm of its own: the story is the denial
    return frozenset(frame)


LEAD_FRAMES = frozenset({"accident", "commemoration"})  # what a lead sentence tells of the whole story
_ATTACKS = (PROPERTY, "abduction", "torture", "sexual_violence")  # a lead with these tells an attack, not an accident


def lead_frame(lead: list[Token]) -> frozenset[str]:
    """The lead's accident or history («ارتفع عدد وفيات حادث مرور إلى 7», «الذكرى الـ76 لمجازر 8 ماي 1945»): the
    headline and the later body sentences («العثور على جثة شخص مفقود», «وكان الحادث قد خلف 6 قتلى», «ممن استشهدوا في
    هذا التاريخ») tell the same accident or the same past. Not the lead's ruling or release: a story may go on to a
    new act; nor an accident in a lead that names perpetrators, fighters, clashes or an attack («أقدم مجهولون على إضرام
    النار ... إخماد الحريق» is arson; «أصيب سبعة محتجين خلال مواجهات ... احتجاجا على وفاة شاب في حادث مرور»: the
    accident is the protest's cause; «أسفرت الغارات عن اندلاع حريق»: the strike is the story)."""
    frame = headline_frame(lead) & LEAD_FRAMES
    if "accident" not in frame:
        return frame  # only an accident can be undone by violence in the lead (the scans below are costly)
    lex = load_lexicons()
    cues = lex.context.find(lead)
    accident = [m for m in cues if "accident" in m.payloads]
    # nor a lead whose dead are migrants at sea or in the desert («انتشلت وحدات الحماية المدنية جثث 14 مهاجرا»): the
    # responders named are no accident, migrants lost at sea are incidents
    lost_migrants = any("sea" in m.payloads for m in cues) and any("migrants" in m.payloads for m in lex.victims.find(lead))
    violent = lost_migrants or (any({"perpetrators", "combatants"} & set(m.payloads) for m in cues)
               or any(word_forms(t.text) & _CLASHES for t in lead)
               or any(t.type in _ATTACKS and not any(a.first <= m.last + 1 and m.first <= a.last + 1 for a in accident)
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
    return (candidate.confidence < STRONG and candidate.type in _TRIED_TYPES and "perpetrators" not in result.context
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


def framed_out(candidate: Candidate, frame: frozenset[str], result: SentenceResult, words: list[str] = ()) -> bool:
    """A body sentence's casualty candidate under an accident/disease/ruling headline, with no perpetrator named
    in its sentence («أطلق مسلحون النار» would be a crime within the story, not the accident); under a denial
    headline, any harm not confirmed in its sentence."""
    if not frame:
        return False
    named = "perpetrators" in result.context
    confirmed = "confirmation" in result.context or not _COUNTER_CLAIM.isdisjoint(words[:2])
    return any(candidate.type in FRAMED_TYPES[rule] for rule in frame
               if (not confirmed if rule in _CLAIMED_FRAMES else not named))


def document_context(results: list[SentenceResult]) -> tuple[str, ...]:
    """The context cues (denial, combatants, general, hypothetical ...) of a document's trigger sentences."""
    return tuple(sorted(set().union(*(r.context for r in results))))



_TAKEN_AWAY = {"اقتاد", "اقتادته", "اقتادوه", "اقتادوها", "اقتادوهم", "اقتادت", "اقتادتها", "اقتياد", "اقتياده", "اقتيادها"}
_SECURITY_MEN = {"امنيه", "امني", "الامن", "الامنيه", "الشرطه", "شرطه", "الامني", "البحث", "المباحث", "الاستخبارات",
                 "مخابرات", "المخابرات"}


_DETAINEES = {"محتجز", "محتجزين", "محتجزون", "المحتجزين", "المحتجزون", "معتقل", "معتقلين", "معتقلون", "المعتقلين",
              "المعتقلون", "سجين", "سجناء", "السجناء", "السجين", "الموقوفين", "الموقوفون"}
_DETAINEE_REACH = 3  # «المحتجزين تعرضوا للضرب»: the detainees, then the verb, then the beating
_SOME_OF_THEM = {"بعضهم", "وبعضهم", "منهم", "اغلبهم", "احدهم", "عدد"}
_HELD_BEATEN_REACH = 8  # «احتجاز 43 عاملا سودانيا في الكفرة وتعرض بعضهم للضرب»
_MILITARY = {"عسكريه", "عسكري"}  # «اقتادته إلى سيارة عسكرية»
_CHECKPOINTS = {"البوابه", "بوابه", "الحاجز", "حاجز", "الكمين"}  # «عناصر البوابة اقتادوه»: the checkpoint's men
_TAKER_REACH = 2  # «أعوان الأمن اقتادوه»: the men named right before the taking word
_CLOTHES = {"بلباس", "لباس", "بزي", "زي", "بملابس", "ملابس"}
_CIVILIAN_DRESS = {"مدني", "مدنيه"}


_CLOTHES_BEFORE_REACH = 16  # «ستة أشخاص بملابس مدنية فتشوا المنزل وصادروا هاتفه وحاسوبه، ثم اقتادوه»


def _plain_clothes(words: list[str], first: int, last: int) -> bool:
    """«من قبل عناصر بلباس مدني», «أشخاص بملابس مدنية فتشوا المنزل ... ثم اقتادوه»: the men who took him wore plain
    clothes (state agents' way of arresting), named after the taking word (``first``..``last``) or, as its subject,
    before it."""
    return any(w in _CLOTHES and words[k + 1] in _CIVILIAN_DRESS for k, w in enumerate(words[:-1])
               if k > last or first - _CLOTHES_BEFORE_REACH <= k < first)


_EN_TAKEN_AWAY = frozenset({"taken", "was", "were", "seized", "snatched"})  # "was taken", "taken from" (weak words)
_EN_SECURITY_MEN = frozenset({"security", "police", "intelligence", "officers", "agents", "policemen"})
_EN_SECURITY_REACH = 15  # "taken from his car by men who identified themselves as members of the ... Security Agency"


def _security_took(kept: dict[str, Candidate], matches: list[PhraseMatch[Trigger]], words: list[str],
                   strong_types: set[str]) -> None:
    """«اقتادته عناصر أمنية بلباس مدني», «اقتادته إلى سيارة عسكرية», «اقتياده ... من قبل عناصر بلباس مدني», «عناصر
    البوابة اقتادوه» (a checkpoint's men, named before the verb): security men taking someone away is an arrest (arbitrary detention, and a disappearance where his fate is hidden), not an
    abduction; gunmen or a ransom keep the abduction."""
    abduction = kept.get("abduction")
    if abduction is None or "abduction" in strong_types:
        return
    taken = [m for m in matches if any(t.type == "abduction" for t in m.payloads)
             and word_forms(words[m.first]) & _TAKEN_AWAY]
    taken_en = [m.last for m in matches if any(t.type == "abduction" for t in m.payloads) and words[m.first] in _EN_TAKEN_AWAY]
    # "taken from his car by men who identified themselves as members of the Internal Security Agency"
    by_security_en = any(_EN_SECURITY_MEN.intersection(words[k + 1 : k + 1 + _EN_SECURITY_REACH]) for k in taken_en)
    if not by_security_en and (
            not taken or not (any(any(word_forms(w) & (_SECURITY_MEN | _MILITARY) for w in words[m.last + 1 : m.last + 4])
                                  or any(word_forms(w) & (_SECURITY_MEN | _CHECKPOINTS)
                                         for w in words[max(0, m.first - _TAKER_REACH) : m.first]) for m in taken)
                              or _plain_clothes(words, taken[0].first, taken[0].last))):
        return
    if any(word_forms(w) & (_GUNMEN | _RANSOM) for w in words):
        return
    kept.pop("abduction")
    if "arbitrary_detention" not in kept:
        kept["arbitrary_detention"] = Candidate("arbitrary_detention", abduction.confidence, abduction.trigger,
                                                set(abduction.victims))


_EN_STRIKING = frozenset({"on", "hit", "hits", "struck", "strikes", "targeted", "targeting", "stormed", "shelled",
                          "bombed", "raided", "smashed", "smashing", "ransacked", "vandalised", "vandalized"})
_EN_STRIKE_REACH = 3  # "hit the Naivasha market": the verb, an article and a name before the object
# a present-tense headline "Shelling of the market kills 31", "Drone strike hits fish market, kills three": the object
# it names is where the attack struck, kept beside the dead as "hit" keeps it (English pass 8)
_EN_PRESENT_KILLS = frozenset({"kills", "kill"})


def _english_object_struck(words: list[str], objects: list[PhraseMatch[str]]) -> bool:
    """English: a civilian object named as what was struck ("an airstrike hit a school", "a strike on a farm", "rocket
    hits family home"): the English labels keep attack_on_property beside the people killed or hurt there (the ANT
    dev labels, Arabic, do not: an Arabic sentence never passes here)."""
    return any(words[m.first].isascii() and any(w in _EN_STRIKING for w in _english_words_before(words, m.first))
               for m in objects) and all(w.isascii() for w in words)


def _english_words_before(words: list[str], index: int) -> list[str]:
    """The ``_EN_STRIKE_REACH`` words before ``index``, a possessive's "s" not counted ("struck her family's home")."""
    start = index
    reach = _EN_STRIKE_REACH
    while start > 0 and reach > 0:
        start -= 1
        reach -= words[start] != "s"
    return words[start:index]


def _combine(kept: dict[str, Candidate], context: set[str], victims: set[str], beating_only_injury: bool,
             strong_types: set[str], counts: dict[str, int], gunfire: bool = False, gunmen_held: bool = False,
             object_struck: bool = False, beaten_en: bool = False) -> None:
    """Rules between types of one sentence (see the module docstring)."""
    injury = kept.get("injury")
    if injury is not None and beating_only_injury and "custody" in context:
        kept.pop("injury")
        if "torture" not in kept:
            kept["torture"] = Candidate("torture", injury.confidence, injury.trigger, set(victims))
    elif injury is not None and beaten_en and context & {"custody", "detention_centre"} and "torture" not in kept:
        # English: a beating in custody told beside other wounds is torture, and the wounds stay an injury
        kept["torture"] = Candidate("torture", injury.confidence, "beating in custody", set(victims))
    if "injury" in kept and "injury" not in strong_types and ({"killing", "torture", "sexual_violence"} & set(kept)):
        kept.pop("injury")
    if "sexual_violence" in kept and "custody" in context and "torture" not in kept and "smugglers" not in context:
        sv = kept["sexual_violence"]  # rape of a detainee is also torture (not of a trafficking gang's captives)
        kept["torture"] = Candidate("torture", sv.confidence, "sexual violence in custody", set(victims))
    other = kept.get("other")
    if other is not None and ({"killing", "injury"} & set(kept)) and word_forms(other.trigger.split()[-1]) & _MINES:
        kept.pop("other")  # «إصابة راعي في انفجار لغم»: the human harm is the type (dev practice)
    if PROPERTY in kept and ({"killing", "injury"} & set(kept)) and not object_struck:
        kept.pop(PROPERTY)  # the human harm is the type: the ANT dev labels never add property next to it (a
        # school bombing with dead children is killing + injury), and the held-out news is labelled the same way
    migrant_deaths = "migrants" in victims and "sea" in context and bool({"killing", "other"} & set(kept))
    # migrants shot dead on a boat («أطلق مهربون النار على قارب») were killed, not lost at sea
    if migrant_deaths and not gunfire:
        best = max(c.confidence for c in kept.values() if c.type in ("killing", "other"))
        kept.pop("killing", None)
        kept["other"] = Candidate("other", max(best, 0.7), "migrant deaths at sea or in the desert", set(victims),
                                  killed=counts.get("killed"))
    if migrant_deaths and "smugglers" in context and "trafficking" not in kept:
        kept["trafficking"] = Candidate("trafficking", 0.6, "smugglers named", set(victims))
    # migrants beaten, tortured or raped in a detention centre are held with no judicial process: their detention
    # is arbitrary too (a prisoner tortured in a named prison is not, unless he dies there)
    migrants_held = "migrants" in victims and "detention_centre" in context and "smugglers" not in context
    custody_harm = [c for c in kept.values()
                    if c.type == "killing" or (migrants_held and c.type in ("torture", "sexual_violence"))]
    if (("custody" in context or migrants_held) and not context & {"court", "routine"} and custody_harm
            and "arbitrary_detention" not in kept and "abduction" not in kept):
        best = max(c.confidence for c in custody_harm)  # «توفي في سجن ...», «تعرضت للتعذيب في سجن ...»: harm
        kept["arbitrary_detention"] = Candidate("arbitrary_detention", best, "harm in custody", set(victims))
    abduction = kept.get("abduction")
    trafficking = kept.get("trafficking")
    # migrants (or people smugglers hold) held until their families pay: hostage-taking, and abuse by smugglers
    if abduction is not None and ("migrants" in victims or "smugglers" in context) and word_forms(
            abduction.trigger.split()[-1]) & _RANSOM and (trafficking is None
                                                         or trafficking.confidence < abduction.confidence):
        kept["trafficking"] = Candidate("trafficking", abduction.confidence, "migrants held for ransom", set(victims))
    detention = kept.get("arbitrary_detention")
    if detention is not None and "arbitrary_detention" not in strong_types and gunmen_held and (
            "abduction" in kept or "enforced_disappearance" in kept):
        kept.pop("arbitrary_detention")  # «أوقفه مسلحون ... ثم اقتادته جهة مجهولة»: gunmen stopping him is the taking
        detention = None
    if detention is not None and "abduction" in kept and detention.confidence < kept["abduction"].confidence:
        kept.pop("arbitrary_detention")  # «مكان احتجازه» after an abduction: the captors hold him
    harmed = [c for c in kept.values() if c.type in HARM_TYPES + (PROPERTY,)]  # «أضرموا النار في منزل ناشط»
    # protesters held for a march («إيداع متظاهرين الحبس المؤقت»): detention for a civic act (labelling guide);
    # protesters hurt in clashes are civilians hurt, the type stays the harm
    civic_held = "protesters" in victims and "arbitrary_detention" in kept
    if (victims & _PRESS and harmed or civic_held) and "attack_on_civil_society" not in kept:
        best = max(c.confidence for c in harmed)
        why = "victims: journalists/activists" if victims & _PRESS else "protesters held"
        kept["attack_on_civil_society"] = Candidate("attack_on_civil_society", best, why, set(victims))


def sentence_candidates(tokens: list[Token]) -> list[Candidate]:
    """Candidates of one sentence (tokens already normalised); empty when context rules reject all."""
    return analyse_sentence(tokens).candidates
