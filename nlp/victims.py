"""Victim categories of an incident, the ones reports count (women, girls, children, elderly, migrants,
journalists, activists, medics, protesters).

A lead often names its victims in a clause the evidence sentence lacks: the title says «انتشال جثث 11
مهاجرا», the body sentence «بينهم ثلاث نساء وطفلان». Every sentence that reports the incident's type names
some of its victims, so an incident's categories are those of all of them, not of the one kept as evidence.
The rules here only decide categories: the incident decisions keep their own victim words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from nlp.counts import YEAR_WORDS, parse_number
from nlp.counts_rules_en import EN_BODY_PARTS, english_age_of
from nlp.counts_words import (
    EN_AMONG,
    EN_COUNSEL_VERBS,
    EN_KIN,
    EN_PASSIVE_BE,
    EN_POSSESSIVES,
    EN_WAS_WERE,
    NAMED_VICTIMS,
    PEOPLE_NISBAS,
    THAT_BEFORE_NOUN,
    UNDERTOOK,
    plural_person,
    possessed_victim,
    singular_victim,
)
from nlp.incident_finders_en import english_association_held
from nlp.morph import word_forms
from nlp.normalize import normalize, with_proclitics

if TYPE_CHECKING:
    from nlp.incident_records import Candidate

# A medic word right after these is the body or team that reports, recovers or treats («أعلن الهلال الأحمر»,
# «انتشلت فرق الهلال الأحمر», «أعلن فرع جمعية الهلال الأحمر», «وفق شبكة أطباء»), not a victim.
_AGENT_BEFORE = frozenset(normalize(w) for w in (
    "فرق", "فريق", "فرع", "جمعية", "شبكة", "منظمة", "أعلن", "أعلنت", "أعلنه", "أعلنته", "أفاد", "أفادت", "قال",
    "قالت", "وفق", "بحسب", "حسب", "انتشل", "انتشلت", "teams", "team",
    # the body that carried the hurt, its verb with them as object («وصلها الهلال الأحمر للمستشفى», «نقله الهلال
    # الأحمر»: Arabic pass 96; the Libyan «وصلها», «سعفها»)
    "وصلها", "وصله", "وصلهم", "نقلها", "نقله", "نقلهم", "أسعفها", "أسعفه", "أسعفهم", "سعفها", "سعفه", "سعفهم",
    # the medics who could not save the victim («بعد أن عجز الأطباء عن وقف النزيف»: Arabic pass 136)
    "عجز", "وعجز"))
# ... or right before these: an organisation's name or the forensic doctor of a report («أطباء بلا حدود»,
# «الطبيب الشرعي», "Doctors Without Borders", "the Sudan Doctors Network", "medics say").
_AGENT_AFTER = frozenset(normalize(w) for w in (
    "بلا", "الشرعي", "شرعي", "network", "without", "say", "said", "says"))
_RED_CRESCENT = normalize("الهلال")
_OF = normalize("من")
# «وإن الأطباء في المستشفى أجروا لها عملية», «الأطباء الذين عالجوه»: medics who operate or treat (a verb up to
# ``_TREAT_REACH`` words after the medic word), not victims
_TREATING = frozenset(normalize(w) for w in (
    "أجروا", "أجرى", "أجرت", "عالجوا", "عالج", "عالجت", "عالجوه", "عالجوها", "أسعفوا", "أسعفوه", "أسعفوها", "أسعف",
    "أخرجوا", "استخرجوا", "أنقذوا", "تمكنوا", "يعالجون", "يجرون",
    # "Red Crescent volunteers recovered 9 bodies", "doctors treated them" (English pass 21)
    "recovered", "retrieved", "pulled", "treated", "examined", "rescued", "collected", "buried", "evacuated",
    # the doctor who examines the dead ("where the forensic doctor will determine the cause of death": English pass 65)
    "determine", "examine", "examining"))
_TREAT_REACH = 5
# «طعنها أمام أطفالهما», "in front of his children": the ones who saw it, not its victims
# (the Libyan «قدام», as «أمام»: «قتلها قدام صغارها», her children saw it; Arabic pass 72)
_WITNESSED = frozenset(normalize(w) for w in ("أمام", "front", "قدام"))
# «أب لطفلين», «ولي أحد التلاميذ», "father of three": the victim's or the attacker's family, not a victim
# («والد الطفل» is left out: the father who speaks for a child victim)
# «الضحية أم لثلاثة أطفال», "a mother of two children": a mother's children are her family too
_RELATIVE_OF = frozenset(normalize(w) for w in ("أب", "ولي", "father", "أم", "mother"))
# what may stand between the relative and the victim word: «أب لثلاثة أطفال», «ولي أحد التلاميذ», "of three"
_BETWEEN = frozenset(normalize(w) for w in ("أحد", "إحدى", "of"))

# «وقال أحد أقارب المحتجزين لمراسل الجوهرة»: a press word written with «ل» after one of these (within
# ``_SPEECH_REACH`` words) is the reporter told, even right after a harm word («المحتجزين»)
_SPEECH = frozenset(normalize(w) for w in (
    "قال", "قالت", "أكد", "أكدت", "أفاد", "أفادت", "أضاف", "أضافت", "صرح", "صرحت", "روى", "روت", "أوضح", "أوضحت"))
_SPEECH_REACH = 6
_PRESS_TOLD = frozenset(normalize(w) for w in ("لمراسل", "لمراسلة", "لمراسلي", "لصحفي", "لصحفية"))
# «وكالة غوث وتشغيل اللاجئين الفلسطينيين», «المفوضية السامية لشؤون اللاجئين»: a victim word in an agency's name
_HANDS = frozenset(normalize(w) for w in ("يد", "أيدي"))
_ARREST = frozenset(normalize(w) for w in ("إيقاف", "توقيف", "القبض", "اعتقال"))
_SUSPICION = frozenset(normalize(w) for w in ("بشبهة", "يشتبه", "تشتبه", "للاشتباه",
                                               "أجل"))  # Tunisian «إيقاف كهل من أجل اغتصاب طفلة»: the charge (pass 62)
# «أطلق كهل النار باتجاه أطفال»: the subject of an active verb of firing, its object «النار» right after him, is the
# shooter (Arabic pass 62); not a victim word after a passive («أصيب كهل»)
_FIRED = frozenset(normalize(w) for w in ("أطلق", "أطلقت", "وأطلق", "وأطلقت", "فأطلق", "فأطلقت"))
_FIRE_OBJECTS = frozenset(normalize(w) for w in ("النار", "الرصاص", "النيران"))
# «أقدم كهل على الاعتداء على زوجته», «أقدمت امرأة في الأربعين على طعن جارتها»: the subject of «أقدم ... على + the act»
# is its doer, not a victim (Tunisian news; Arabic pass 98); a short qualifier may stand before «على»
_UNDERTOOK_REACH = 5
# «طبيب أطفال», «طبيبة الأطفال», «أخصائي أطفال», «قسم طب الأطفال»: children named as a doctor's specialty (Arabic pass
# tune47), not as victims
_SPECIALISTS = frozenset(normalize(w) for w in (
    "طبيب", "طبيبة", "أطباء", "طبيبات", "أخصائي", "أخصائية", "اختصاصي", "اختصاصية", "استشاري", "استشارية", "طب",
    # «رئيس قسم الأطفال», «مدير قسم الأطفال بمركز سبها الطبي»: a children's ward names a doctor's post (Arabic pass 53)
    "قسم", "أقسام", "جناح"))
_CHILDREN_SPECIALTY = frozenset(normalize(w) for w in ("أطفال", "الأطفال"))
# «الأمين العام»: the Secretary-General, whose «الامين» reads as «الأم» + «ين» (a mother) by its forms
_LOOKALIKES = frozenset(normalize(w) for w in ("الأمين", "أمين", "للأمين", "بالأمين"))
# «ومحاميها ممنوع من زيارتها», "her lawyer": the victim's counsel, no victim («محاميه», his lawyer, is left out: normalized
# it is «محامية», a woman lawyer, who is often the victim)
_COUNSEL = frozenset(normalize(w) for w in ("محاميها", "محاميهم", "محاميهما", "محاموه", "محاموها", "محاموهم"))
# «السوق مكتظة بالنساء والباعة», "crowded with women": who filled the place, not who was harmed
_CROWDED = frozenset(normalize(w) for w in ("مكتظ", "مكتظة", "مزدحم", "مزدحمة", "تعج", "يعج"))
_AID = frozenset(normalize(w) for w in ("مساعدات", "المساعدات", "معونات", "المعونات", "إغاثية", "الإغاثية", "وجبات"))
# «إدانة حقوقية لضرب صحفية», «ترحيب حقوقي», «أوساط حقوقية»: «حقوقي(ة)» after a statement or a body is an adjective
# (a rights condemnation, rights circles), not a rights defender harmed (Arabic pass 56)
_RIGHTS_ADJECTIVES = frozenset(normalize(w) for w in ("حقوقية", "حقوقي", "الحقوقية", "الحقوقي"))
_STATEMENT_HEADS = frozenset(normalize(w) for w in (
    "إدانة", "الإدانة", "ترحيب", "بيان", "البيان", "مصادر", "مصدر", "منظمة", "منظمات", "جمعية", "رابطة", "هيئة", "جهات",
    "الجهات", "أوساط", "الأوساط", "دعوات", "مطالبات", "نداء", "استنكار", "انتقادات", "تقرير", "تقارير", "شبكة", "مؤسسة",
    "حملة", "وقفة", "لجنة", "اللجنة", "مرصد", "منصة"))
_LAWYERS = frozenset(("lawyer", "lawyers", "attorney"))
_AGENCY_BEFORE = frozenset(normalize(w) for w in ("لشؤون", "وتشغيل", "غوث", "لغوث"))

# A stated age makes a category (docs/labelling.md, "What an annotation says about victims"): under 18 a child,
# from 65 elderly. «نجله البالغ من العمر 15 عاما», «تبلغ من العمر 12 سنة»: an age verb, then the years.
_AGE_VERBS = frozenset(normalize(w) for w in (
    "البالغ", "البالغة", "البالغان", "البالغين", "البالغتان", "البالغتين", "البالغون", "يبلغ", "تبلغ"))
# «في السبعين من عمره», «في الـ15 من عمرها»: «في», the years, «من» and one of these
_OWN_AGE = frozenset(normalize(w) for w in ("عمره", "عمرها", "عمرهما"))
_OWN_AGE_TWO = normalize("عمرهما")  # two people's age: not read as one person's
# «في السابعة عشرة من عمره»: a feminine ordinal is read as its cardinal word, which ``parse_number`` reads
# («سبع عشرة» 17); the decades «السبعين», «الـ15» lose only their «ال»
_ORDINALS = {normalize(o): normalize(c) for o, c in (
    ("الحادية", "إحدى"), ("الثانية", "اثنتان"), ("الثالثة", "ثلاث"), ("الرابعة", "أربع"), ("الخامسة", "خمس"),
    ("السادسة", "ست"), ("السابعة", "سبع"), ("الثامنة", "ثماني"), ("التاسعة", "تسع"), ("العاشرة", "عشر"))}
# «في العقد الخامس من عمره» (40 to 49), «في السبعينات من عمره» (70 to 79): a decade counts from its first year
_DECADE = normalize("العقد")
_MASCULINE_ORDINALS = {normalize(o): n for n, o in enumerate(
    ("الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"), start=2)}
# the age is a girl's: a feminine verb or pronoun, or "a 12-year-old girl"
_FEMALE = frozenset(normalize(w) for w in (
    "البالغة", "البالغتان", "البالغتين", "تبلغ", "عمرها", "girl", "girls", "daughter", "woman", "sister", "sisters"))
# "two sisters, aged 19 and 23": a woman's kin word with an adult's age is a woman (English pass 15)
_EN_KIN_WOMEN = frozenset(("sister", "sisters", "daughter", "daughters"))
# a sentence holds a stated age only if one of these is among its word forms (the cheap precheck)
# «المصابين تتراوح أعمارهم بين 17 و25 عاما»: a group's ages by range (the youngest's age says children)
_AGE_RANGES = frozenset(normalize(w) for w in ("أعمارهم", "أعمارهن", "أعمارهما"))
# «أعمار المصابين بين 15 و17 عاما»: the ages of a definite group named after «أعمار» (Arabic counts pass 11)
_AGES_OF = normalize("أعمار")
_RANGE_VERBS = frozenset(normalize(w) for w in ("تتراوح", "يتراوح"))
# "a grandmother in her seventies": an English decade of life (English pass 15), read from its first year
_EN_DECADES = {"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_THE_AGE = normalize("العمر")  # «في الرابعة عشرة من العمر» (Arabic pass 122, ``_feminine_head``)
_STATED_AGE_CUES = (_AGE_VERBS | _OWN_AGE | _AGE_RANGES | {_AGES_OF, _THE_AGE} | {"old", "aged"}
                    | frozenset(_EN_DECADES))
CHILD_UNDER, ELDERLY_FROM = 18, 65
# «الحاج/الحاجة» before a name: Libyan posts call an old man or woman so («وفاة الحاجة مبروكة»); not «الحاجة إلى»
# (the need for), «الحاجة الماسة» nor «حسب الحاجة» (a word before it that makes it the noun "need")
_ELDER_TITLES = {normalize("الحاج"): False, normalize("الحاجة"): True}
_NEED_AFTER = frozenset(normalize(w) for w in (
    "إلى", "الى", "لـ", "ل", "الماسة", "ماسة", "الملحة", "ملحة", "الكبيرة", "المتزايدة", "أم", "ام"))
_NEED_BEFORE = frozenset(normalize(w) for w in ("حسب", "بحسب", "عند", "وقت", "دون", "عن", "بقدر", "فوق", "شدة"))
_ELDERLY_WORDS = frozenset(normalize(w) for w in ("كهل", "مسن", "مسنة", "عجوز"))


# A woman victim told only by a feminine reference (victim categories pass 3): English "she" / "her" in a victim's
# slot ("she was arrested", "detained her", "her abduction", "she has head injuries"), Arabic feminine pronouns on
# a harm noun or verb («اختطافها», «الإفراج عنها», «فارقت الحياة», «لقيت حتفها») and a man's wife or mother
# right after a harm verb («يقتل زوجته»). Not "she said" (a speaker), not a suspect ("she was arrested on suspicion").
_EN_HARMED = frozenset((
    "arrested", "detained", "abducted", "kidnapped", "seized", "killed", "shot", "stabbed", "beaten", "injured",
    "wounded", "tortured", "raped", "jailed", "imprisoned", "sentenced", "prosecuted", "held", "assaulted",
    "attacked", "murdered", "strangled", "executed", "hurt", "disappeared"))
# what may stand between "she" and the harm: "she was reportedly beaten", "she had been held"
_EN_AUXILIARIES = frozenset((
    "was", "is", "were", "had", "has", "have", "been", "being", "reportedly", "allegedly", "later", "also", "then",
    "badly", "seriously", "severely", "brutally", "repeatedly"))
# "arrested her", "calling for authorities to release her"
_EN_HARMING = _EN_HARMED | {"beat", "hit", "took", "release", "free", "freed", "holding", "hold", "detain", "abduct"}
# "her arrest", "her whereabouts remain unknown", "her injuries"
_EN_HER_HARM = frozenset((
    "arrest", "detention", "abduction", "kidnapping", "killing", "murder", "release", "whereabouts", "death",
    "injuries", "torture", "imprisonment", "jailing", "disappearance"))
_EN_KIN = frozenset((
    "son", "sons", "husband", "brother", "brothers", "father", "family", "children", "child", "daughter", "daughters",
    "baby", "nephew", "cousin", "relatives", "colleague", "colleagues", "friend", "mother", "sister"))
_EN_PLACES = frozenset(("home", "house", "flat", "apartment", "office", "car", "workplace"))
_EN_AT = frozenset(("at", "from", "outside", "near"))
_EN_SUFFERED = frozenset(("has", "had", "suffered", "sustained"))
_EN_INJURIES = frozenset(("injury", "injuries", "wounds", "fractures", "burns", "bruises"))
_SUSPECTED = frozenset(("suspect", "suspected", "suspicion", "suspects"))
_AR_HARMED_HER = frozenset(normalize(w) for w in (
    "مقتلها", "قتلها", "اغتيالها", "اختطافها", "خطفها", "اعتقالها", "احتجازها", "توقيفها", "تعذيبها", "اغتصابها",
    "تعنيفها", "طعنها", "ذبحها", "خنقها", "تصفيتها", "اختفائها", "سراحها", "حتفها", "مصرعها", "بجروحها", "بجراحها"))
_RELEASE = frozenset(normalize(w) for w in ("الإفراج", "إفراج"))
_HER = normalize("عنها")
_PASSED_AWAY = (normalize("فارقت"), normalize("الحياة"))
_AR_HARM_VERBS = frozenset(normalize(w) for w in (
    "قتل", "يقتل", "قتله", "بقتل", "طعن", "يطعن", "ذبح", "يذبح", "خنق", "يخنق", "عنف", "يعنف", "تعنيف", "ضرب",
    "يضرب", "اعتدى", "يعتدي",
    # the feminine passive before the kin («وأصيبت زوجته بكدمات»: his wife was the one hurt; Arabic pass tune38)
    "أصيبت",
    "انصابت",  # the Libyan feminine passive, as «أصيبت» («وانصابت زوجته في كتفها»: Arabic pass 72)
    # harm nouns before the kin («مقتل طفل وإصابة والدته», «اختطاف زوجته»; Libyan outlets pass 2)
    "إصابة", "مقتل", "اغتيال", "اختطاف", "خطف", "اعتقال", "احتجاز"))
# «وأوضح المستشفى أن المصابين رجل وزوجته»: the harmed named as a group, then who they are
_THE_HARMED = frozenset(normalize(w) for w in (
    "المصابين", "المصابون", "المصابان", "الجرحى", "القتلى", "الضحايا", "الضحيتين", "الضحيتان"))
_AR_WOMEN_KIN = frozenset(normalize(w) for w in ("زوجته", "زوجة", "والدته", "شقيقته", "أخته",
                                                 # a family's own post: «my mother», «my wife», «my sister», the
                                                 # Libyan «ختي» (Arabic pass 72: «وأمي تعورت في يدها»)
                                                 "أمي", "والدتي", "زوجتي", "أختي", "ختي",
                                                 # the Libyan «his / my wife» («ومرته انصابت»: Arabic pass 72)
                                                 "مرته", "مرتي",
                                                 # her / their mother or sister (Arabic pass 122: «وفاة طفلة
                                                 # ... وإصابة والدتها»)
                                                 "والدتها", "والدتهما", "والدتهم", "شقيقتها", "أختها"))
# «ومرة ولده انجرحت», «مرة خوي»: the Libyan «wife of» before a man's kin, then a feminine verb of harm: a woman (Arabic
# pass 72); «مرة» alone is also «once» («انصاب مرة تانية»), so only with the kin and the verb
_WIFE_OF = frozenset(normalize(w) for w in ("مرة", "ومرة"))
_HIS_KIN = frozenset(normalize(w) for w in ("ولده", "ولدي", "ولدنا", "خوه", "خوي", "خونا", "ابنه", "ابني", "أخيه", "أخي",
                                            "عمه", "عمي", "خاله", "خالي", "جاره", "جارنا"))
_ON = normalize("على")
_GIRL_WORDS = frozenset(normalize(w) for w in (
    "طفلة", "الطفلة", "فتاة", "الفتاة", "بنت", "تلميذة", "التلميذة", "قاصر", "قاصرة", "ابنته", "ابنتها", "رضيعة",
    "girl", "girls", "daughter", "schoolgirl", "teenager", "teenage"))
# the migrants' countries of origin, their people, and the persons they may name (foreign_worker)
_ORIGINS = frozenset((
    "niger", "chad", "nigeria", "eritrea", "somalia", "ethiopia", "mali", "ghana", "gambia", "senegal", "guinea",
    "cameroon", "bangladesh"))
# «نساء من إريتريا والصومال», «شبان من تشاد»: people from a migrants' country of origin (Arabic counts pass 11); not
# «مالي» (also "financial"), nor Sudan (the war's own civilians, as for the nationality)
_AR_ORIGINS = frozenset(normalize(w) for w in (
    "النيجر", "تشاد", "نيجيريا", "إريتريا", "أريتريا", "الصومال", "إثيوبيا", "أثيوبيا", "غانا", "غامبيا", "السنغال",
    "غينيا", "الكاميرون", "بنغلاديش", "بنجلاديش"))
_AR_ORIGIN_LIST = with_proclitics(_AR_ORIGINS, ("و",))
_NATIONALS = frozenset(normalize(w) for w in (
    "nigerian", "nigerians", "nigerien", "nigeriens", "chadian", "chadians", "eritrean", "eritreans", "somali",
    "somalis", "ethiopian", "ethiopians", "malian", "malians", "ghanaian", "ghanaians", "gambian", "gambians",
    "senegalese", "guinean", "guineans", "cameroonian", "cameroonians", "bangladeshi", "bangladeshis",
    # Asian labour migrants' nationalities (English pass 44: "took the nurses, one of them a Filipino woman")
    "filipino", "filipinos", "filipina", "filipinas", "pakistani", "pakistanis",
    "نيجيري", "نيجيرية", "نيجيريين", "نيجيريات", "نيجيريون", "تشادي", "تشادية", "تشاديين", "تشاديات", "إريتري",
    "إريترية", "إريتريين", "إريتريات", "صومالي", "صومالية", "صوماليين", "إثيوبي", "إثيوبية", "إثيوبيين", "غاني",
    "غانية", "غانيين", "بنغالي", "بنغاليين",
    # the common spelling with one «ي» («عمال نيجريين»: Nigerians or Nigeriens, both migrants' origins)
    "نيجري", "نيجرية", "نيجريين", "نيجريات", "نيجريون"))
_PERSONS = frozenset(normalize(w) for w in (
    "worker", "workers", "labourer", "labourers", "man", "men", "woman", "women", "boy", "boys", "girl", "girls",
    "teenager", "nationals", "national", "family", "families", "people", "youth",
    "survivors", "detainees", "passengers",  # "Eritrean survivors say they were sold" (English pass 15)
    "nurse", "nurses",  # "two Filipino nurses were abducted" (English pass 44)
    "عامل", "عمال", "شاب", "شابة", "شبان", "رجل", "رجال", "امرأة", "نساء", "سيدة", "طفل", "أطفال", "فتاة",
    "مواطن", "مواطنين", "مواطنة", "رعايا", "عاملين", "عاملان", "عاملا"))
# a worker named by his trade, whose nationality follows the trade's noun («سائق شاحنة تشادي», «عامل بناء نيجيري»)
_TRADES = frozenset(normalize(w) for w in ("سائق", "عامل", "عمال", "راعي", "بائع", "حارس", "مزارع",
                                           "سواق"))  # the Libyan «سائق» («سواق شاحنة تشادي»: Arabic pass 96)
# a single girl; girls after a number («ثلاث فتيات», "two girls")
_ONE_GIRL = frozenset(normalize(w) for w in ("girl", "فتاة", "الفتاة", "فتاتان", "فتاتين"))
_GIRLS = frozenset(normalize(w) for w in ("girls", "فتيات"))
_AND = frozenset(("and", "و"))
# "the journalist Huda al-Mabrouk", "nurse Fatima Abdelsalam": a woman's given name right after a victim's role (a
# role word up to two words before it); Arabic names are left out: many are also common nouns («أمل», «هدى», «نور»)
_EN_FEMALE_NAMES = frozenset((
    "fatima", "fatma", "huda", "hoda", "houda", "amira", "mouna", "mona", "muna", "nadia", "salwa", "hanan", "aisha",
    "aicha", "khadija", "maryam", "mariam", "zainab", "zeinab", "asma", "asmaa", "sara", "sarah", "amal", "samira",
    "najwa", "iman", "eman", "hana", "hanaa", "souad", "suad", "wafa", "najla", "laila", "leila", "layla", "siham",
    "reem", "rania", "dalia", "jamila", "halima", "karima", "naima", "latifa", "sanaa", "hayat", "ibtisam",
    "intisar", "nisreen", "nesrine", "yasmin", "yasmine", "ghada", "hind", "safa", "sawsan", "khawla", "zahra",
    "nawal", "fawzia", "aziza", "salma", "maha", "manal", "nabila", "habiba", "loujain", "rasha", "abir",
    # more Libyan and Maghrebi women's given names, written in English (English pass 57)
    "amina", "aminah", "rabia", "rabiaa", "marwa", "lamia", "samia", "fadwa", "ines", "inas", "salima", "naziha",
    "suhaila", "souhaila", "widad", "wided", "zohra", "fathia", "hajer", "tahani", "afaf", "mabrouka", "mabruka",
    "sabriya", "ruqaya", "huwaida", "aya", "malak"))
_EN_ROLES = frozenset((
    "journalist", "reporter", "photojournalist", "activist", "lawyer", "blogger", "defender", "nurse", "doctor",
    "paramedic", "member", "student", "teacher", "presenter", "broadcaster", "photographer", "influencer",
    "commentator", "engineer", "employee", "researcher", "poet", "artist", "singer"))
_EN_SAYS = frozenset(("said", "says", "told", "added", "stated"))
# «تعرضت أستاذة لغة فرنسية إلى اعتداء», «أصيبت محامية بكسور»: a role whose feminine is spelt as the masculine with «his»
# once normalised («أستاذة» / «أستاذه», so not a women word alone: «يعتدي على أستاذه») is a woman right after a
# feminine verb of harm (Jawhara-style pass 6, tune40)
_FEMININE_HARMED_VERBS = frozenset(normalize(w) for w in (
    "تعرضت", "وتعرضت", "أصيبت", "وأصيبت", "توفيت", "وتوفيت", "لقيت", "ولقيت",
    "نجت", "ونجت"))  # «نجت مراسلة قناة ... من محاولة اغتيال»: the woman an attack targeted (Arabic pass 53)
_AMBIGUOUS_FEMININE_ROLES = frozenset(normalize(w) for w in (
    "أستاذة", "محامية", "موظفة", "عاملة", "مديرة", "مهندسة", "قاضية", "إعلامية", "مربية", "مستشارة", "رئيسة", "متطوعة",
    "مراسلة"))
# «بينهم مصورة», «بينهم مراسلة»: after «بينهم» a feminine role is a woman among the victims, not an adjective
# («مقاطع مصورة») (Arabic pass 58)
_AMONG_THEM = frozenset(normalize(w) for w in ("بينهم", "وبينهم", "بينهن", "بينها"))
_AMONG_WOMEN_ROLES = frozenset(normalize(w) for w in ("مصورة", "صحفية", "ممرضة", "طبيبة", "معلمة", "مسعفة", "ناشطة"))
# «الاحتفاظ بالصحفية», «اعتقال الصحفية», «الاعتداء على المحامية»: a definite feminine role whose form is also an adjective
# («الندوة الصحفية») or «his» («محاميه») is a woman right after a word of harm or custody (tune40 pass)
# «المتطوعة» (a volunteer of the Red Crescent or the scouts: Arabic pass tune47)
_RIGHT, _IN = normalize("حق"), normalize("في")  # «في حق»: against whom a warrant or a ruling is issued
_DEFINITE_FEMININE_ROLES = frozenset(normalize(w) for w in ("الصحفية", "المحامية", "الأستاذة", "المدونة", "المتطوعة"))
# a feminine role right before a feminine verb of harm is its subject (headlines: «صحفية تتعرض للضرب», «ممرضة تصاب
# بجروح»; Arabic pass tune47); «صحفية» is also the adjective «press», but not right before such a verb
_FEMININE_HARMED_AFTER_ROLE = frozenset(normalize(w) for w in (
    "تتعرض", "تعرضت", "تصاب", "أصيبت", "تتلقى", "تنقل", "نقلت",
    # the Libyan feminine verbs of harm after the kin or role («وأمي تعورت», «زوجته انجرحت», «انصابت»: Arabic pass 72)
    "انصابت", "تعورت", "انجرحت"))
_ROLES_BEFORE_VERB = _AMBIGUOUS_FEMININE_ROLES | _DEFINITE_FEMININE_ROLES | frozenset(normalize(w) for w in (
    "صحفية", "صحافية", "ممرضة", "الممرضة", "طبيبة", "الطبيبة", "ناشطة", "الناشطة", "مسعفة", "المسعفة"))
_FATE = frozenset(normalize(w) for w in ("مصير", "ومصير", "بمصير"))  # «مصير الصحفية»: whose fate is unknown
_PRESS_WOMEN = frozenset(normalize(w) for w in ("صحفية", "صحافية"))
# masculine verbal nouns of harm: a feminine word right after one is its object, not its adjective (Arabic pass 90)
_MASCULINE_HARM_NOUNS = frozenset(normalize(w) for w in (
    "اختفاء", "اختطاف", "خطف", "اعتقال", "احتجاز", "مقتل", "اغتيال", "توقيف", "سجن", "تعذيب", "إخفاء"))
_CUSTODY_NOUNS = frozenset(normalize(w) for w in ("الاحتفاظ", "احتفاظ", "إيقاف", "الإيقاف", "توقيف", "سجن", "حبس"))
# «المحامية سعاد الكوني المحتجزة», «المدونة ... المعتقلة لدى»: the feminine held participle after her name
_HELD_WOMAN = frozenset(normalize(w) for w in (
    "المحتجزة", "المعتقلة", "الموقوفة", "المختطفة", "المخطوفة", "المسجونة", "المغيبة", "المخفية"))
_HELD_WOMAN_REACH = 5  # the role, up to four words of her name, then the participle
# «اعتقل جهاز الأمن الداخلي الصحفية», «اختطفت مجموعة مسلحة المدونة»: a verb of taking or holding, then its subject
# (a body's name of up to three words), then the definite feminine role, its object
_TAKING_VERBS = frozenset(normalize(w) for w in (
    "اعتقل", "اعتقلت", "اعتقلوا", "واعتقل", "واعتقلت", "احتجز", "احتجزت", "احتجزوا", "أوقف", "أوقفت", "أوقفوا",
    "اختطف", "اختطفت", "اختطفوا", "خطف", "خطفت", "خطفوا", "اقتاد", "اقتادت", "اقتادوا", "داهم", "داهمت"))
_TAKER_REACH = 4
FEMININE_CUES = (_EN_FEMALE_NAMES | frozenset({"she", "her"}) | _AR_HARMED_HER | _AR_WOMEN_KIN | {_HER, _PASSED_AWAY[0]}
                 | _FEMININE_HARMED_VERBS | _FEMININE_HARMED_AFTER_ROLE | frozenset(w2 for w in _DEFINITE_FEMININE_ROLES for w2 in (w, "ب" + w, "ل" + w[1:]))
                 | _ROLES_BEFORE_VERB)  # «محامية ليبية»: a role with a feminine nisba (Arabic pass 62)
_AND_CAMERAWOMAN = (normalize("ومصورة"), normalize("والمصورة"))
_CAMERAWOMAN = frozenset(_AND_CAMERAWOMAN)
_REPORTERS = frozenset(normalize(w) for w in ("مراسل", "مراسلا", "صحفي", "صحفيا"))
_THE_REPORTERS = frozenset(normalize(w) for w in ("المراسل", "الصحفي", "الزميل"))
# Egyptians and Sudanese named by a trade are the labour migrants of Libyan news ("a Sudanese trader", "a waiter from
# Egypt", "two farm workers from Sudan"; "Egyptian workers" is labelled migrants 12 of 12 times in the English tune
# files): the trade, not the nationality alone (a Sudanese in Sudan's own news is one of its war's civilians)
_LABOUR_NATIONALS = frozenset(("egyptian", "egyptians", "sudanese"))
_LABOUR_ORIGINS = frozenset(("egypt", "sudan"))
# Arabic pass 58: an Egyptian or Sudanese told by his trade in Libya's news («خطفت عصابة سائق سيارة نقل مصريا»)
_AR_LABOUR_NATIONALS = frozenset(normalize(w) for w in (
    "مصري", "مصريا", "مصريين", "مصريون", "سوداني", "سودانيا", "سودانيين", "سودانيون"))
_AR_TRADE_PERSONS = frozenset(normalize(w) for w in (
    "عامل", "عمال", "سائق", "سائقي", "سائقين", "بائع", "باعة", "تاجر", "تجار", "مزارع", "نجار", "حداد", "بناء",
    "سباك", "خباز", "طباخ", "حارس"))
_AR_TRADE_REACH = 4  # «سائق سيارة نقل مصريا»: the trade, what he drives or builds, then his nationality
# «عمال يحفروا أساس بيت، ماتوا تلاتة منهم مصريين زوز»: «منهم» before the nationality points back to the workers named
# earlier in the sentence (Arabic pass 96)
_OF_THEM = normalize("منهم")
_OF_THEM_REACH = 10
_TRADE_PERSONS = frozenset((
    "worker", "workers", "labourer", "labourers", "laborer", "laborers", "trader", "traders", "waiter", "waiters",
    "vendor", "vendors", "farmhand", "farmhands", "baker", "bakers", "mechanic", "mechanics", "builder", "builders",
    "porter", "porters", "shopkeeper", "shopkeepers", "cook", "cooks", "cleaner", "cleaners", "plumber", "painter"))
_TRADE_REACH = 2  # "Egyptian construction workers", "a Sudanese trader": a trade's noun up to this many words after
# what someone was held over, when it is what they wrote ("over his posts": ``held_for_words``; English pass 23)
_EN_WRITINGS = frozenset({"post", "posts", "writings", "tweet", "tweets", "poem", "poems", "cartoon", "cartoons"})
# "minors", "underage": children told without an age (English pass 51)
EN_MINOR_WORDS = frozenset({"minors", "minor", "underage", "juveniles", "juvenile"})
# «قال فرع الهلال الأحمر إن مجموعة مسلحة اعتدت بالضرب على اثنين من متطوعيه»: the society's own volunteers, named after
# it, are Red Crescent volunteers, medics (settled answers; Arabic pass 114), as "two of its volunteers" in English
_AR_OWN_VOLUNTEERS = frozenset({"متطوعيه", "متطوعيها", "متطوعوه", "متطوعوها"})
# the precheck nlp/incidents.py runs before ``sentence_categories``: a stated age, a feminine reference, a girl, an origin
CATEGORY_CUES = (_AR_OWN_VOLUNTEERS | _STATED_AGE_CUES | FEMININE_CUES | _ONE_GIRL | _GIRLS | _ORIGINS | _AR_ORIGIN_LIST | _NATIONALS
                 | frozenset(_ELDER_TITLES) | frozenset("و" + w for w in _AR_WOMEN_KIN) | _CAMERAWOMAN
                 | _LABOUR_NATIONALS | _LABOUR_ORIGINS | _EN_WRITINGS | _AMONG_THEM | _AR_LABOUR_NATIONALS
                 | {"youth", "association", "ngo", "charity", "organisation", "organization", "initiative",
                    "crescent", "under"} | EN_MINOR_WORDS)  # "a youth of 16": the noun whose age tells a child or not (English pass 23)


def medic_agent(words: list[str], first: int, last: int) -> bool:
    """A medic word names who reports or treats, not who was harmed (also «الهلال الأحمر: ...» opening a
    headline, the body that speaks)."""
    if first > 0 and word_forms(words[first - 1]) & _AGENT_BEFORE:
        return True
    if last + 1 < len(words) and word_forms(words[last + 1]) & _AGENT_AFTER:
        return True
    if _team_of(words, first) or _medics_treating(words, last) or _english_medic_says(words, last):
        return True
    if red_crescent_named(words, first, last) or _english_said_medic(words, first, last):
        return True
    return first == 0 and bool(word_forms(words[first]) & {_RED_CRESCENT})


# «بإشراف اللجنة ... والهلال الأحمر الليبي», «مصادر في الهلال الأحمر فرع صبراتة»: the society named with its
# nationality or its branch is the body (which oversees, tells or recovers), not its harmed people; its volunteers,
# medics, staff or ambulances named just before it stay the victims («متطوعان من الهلال الأحمر الليبي») (pass 102)
_SOCIETY_NAMED = frozenset(normalize(w) for w in ("الليبي", "فرع", "بفرع"))
_SOCIETY_MEMBERS = tuple(normalize(w) for w in ("متطوع", "مسعف", "موظف", "عامل", "عمال", "طاقم", "سيار", "إسعاف",
                                                  "تابع", "كوادر", "فرق", "فريق"))


# «المتحدث باسم الهلال الأحمر»: one who speaks in the society's name; the society is the body (Arabic pass 124)
_IN_THE_NAME = frozenset({"باسم"})


def red_crescent_named(words: list[str], first: int, last: int) -> bool:
    """«والهلال الأحمر الليبي», «الهلال الأحمر فرع صبراتة» with none of its people before it, «المتحدث باسم الهلال
    الأحمر»: the society as a body."""
    if first > 0 and words[first - 1] in _IN_THE_NAME and word_forms(words[first]) & {_RED_CRESCENT}:
        return True
    if last + 1 >= len(words) or words[last + 1] not in _SOCIETY_NAMED or not word_forms(words[first]) & {_RED_CRESCENT}:
        return False
    return not any(f.startswith(_SOCIETY_MEMBERS) for w in words[max(0, first - 2) : first] for f in word_forms(w))


_EN_MEDIC_TIES = frozenset(("at", "from", "in", "who"))
_EN_MEDIC_SAYS_REACH = 6  # "a doctor at Tobruk Medical Centre said", "a doctor who examined them said"
_EN_NOT_SPEAKER = frozenset(("was", "were", "is", "had", "been", "and"))  # "a nurse who was beaten said": a victim


def _english_medic_says(words: list[str], last: int) -> bool:
    """"a doctor at Tobruk Medical Centre said", "A doctor who examined them said": a medic word tied by "at / from / in /
    who" to a saying verb within six words is the one who tells the news, not a victim (English pass 21); not when a
    passive or a joined noun comes between ("a nurse who was beaten said")."""
    if words[last + 1 : last + 2] == [] or words[last + 1] not in _EN_MEDIC_TIES:
        return False
    for w in words[last + 2 : last + 2 + _EN_MEDIC_SAYS_REACH]:
        if w in _EN_SAYS:
            return True
        if w in _EN_NOT_SPEAKER:
            return False
    return False


_EN_SAID_MEDIC_REACH = 3  # "said an MSF doctor", "said one of the nurses": the saying verb to the medic word
_EN_SAID_MEDIC_TIES = _EN_MEDIC_TIES | {"with", "on", "told"}


def _english_said_medic(words: list[str], first: int, last: int) -> bool:
    """"'One teenage boy had a broken wrist,' said an MSF doctor": a medic word right after a saying verb (the quote's
    speaker put last) that ends the sentence or is tied to where they work is who tells the news, not a victim (English
    pass 47); not "said a doctor was beaten" (a verb follows the medic word)."""
    if not any(w in _EN_SAYS for w in words[max(0, first - _EN_SAID_MEDIC_REACH) : first]):
        return False
    return last + 1 >= len(words) or words[last + 1] in _EN_SAID_MEDIC_TIES


def _team_of(words: list[str], first: int) -> bool:
    """«أفاد فريق من الهلال الأحمر», «فرق من المسعفين»: a team drawn from the medics is who reports or treats."""
    return first > 1 and words[first - 1] == _OF and bool(word_forms(words[first - 2]) & _AGENT_BEFORE)


def _medics_treating(words: list[str], last: int) -> bool:
    """«الأطباء في مستشفى تاجوراء أجروا لها عملية»: a treating verb shortly after the medic word makes the medics
    the ones who treat."""
    for k in range(last + 1, min(len(words), last + 1 + _TREAT_REACH)):
        if words[k] in EN_PASSIVE_BE:
            return False  # "two doctors, who were treated for head injuries": the medics are the ones cared for
        if word_forms(words[k]) & _TREATING:
            return words[k + 1 : k + 2] != ["for"]  # "doctors treated for burns" is passive too (English pass 21)
    return False




# Arabic pass 71 (tune71): a group named as what a statement is about («انتقدت فيه أوضاع المهاجرين»; not «ملف
# الصحفيين المختطفين», the file of the abducted) or as a coordinating body's name («منسقية النازحين واللاجئين في دارفور»), and «مراسلة» as writing to a body
# («رغم مراسلة مكتب النائب العام»), name no victim
_TOPIC_HEADS = frozenset(normalize(w) for w in (
    "أوضاع", "وأوضاع", "بأوضاع", "لأوضاع", "وضع", "وضعية", "منسقية", "تنسيقية", "لمنسقية", "لتنسيقية",
    # an NGO named for a group («منظمة «نساء من أجل ليبيا»», «جمعية أطفال الغد», «رابطة الصحفيين»)
    "منظمة", "لمنظمة", "بمنظمة", "جمعية", "لجمعية", "بجمعية", "رابطة", "لرابطة"))
# «دون إمكانية الوصول إلى محامين أو أطباء»: the lawyers and doctors the held cannot reach
_ACCESS = normalize("الوصول")
_TO, _OR = normalize("إلى"), normalize("أو")
_WRITING_TO = frozenset(normalize(w) for w in ("مراسلة", "ومراسلة", "بمراسلة"))
_ADDRESSED_BODIES = frozenset(normalize(w) for w in (
    "مكتب", "وزارة", "النائب", "النيابة", "الجهات", "جهات", "السلطات", "المجلس", "الحكومة", "رئاسة", "المفوضية", "الهيئة",
    "الأمم", "الوزارة", "الإدارة", "إدارة", "مديرية", "مديريات", "البعثة", "اللجنة", "لجنة", "رئيس", "المسؤولين"))


# Arabic pass 71 (tune71): a woman of the family who tells the news («وتقول الزوجة إن زوجها لا يزال محتجزا», «رسالة
# من زوجة السائق ... تقول فيها», «نداء من والدة الشاب») is its source, not a victim; not when she tells of herself
# («وتقول الزوجة إنها تعرضت للضرب»)
_KIN_SPEAKERS = frozenset(normalize(w) for w in (
    "الزوجة", "زوجة", "والدة", "الوالدة", "الأم", "شقيقة", "الشقيقة", "أخت", "ابنة", "زوجته", "والدته", "شقيقته",
    "أخته", "ابنته"))
_SHE_SAYS = frozenset(normalize(w) for w in (
    "تقول", "وتقول", "قالت", "وقالت", "تضيف", "وتضيف", "أضافت", "وأضافت", "تؤكد", "وتؤكد", "أكدت", "وأكدت", "روت",
    "وروت", "تروي", "وتروي", "ذكرت", "وذكرت", "أفادت", "وأفادت"))
_MESSAGES = frozenset(normalize(w) for w in ("رسالة", "نداء", "مناشدة", "استغاثة", "شهادة", "تسجيل"))
_OF_HERSELF = frozenset(normalize(w) for w in ("إنها", "أنها", "بأنها", "وإنها", "وأنها"))
_HERSELF_REACH = 8


def _kin_who_tells(words: list[str], first: int, before: list[str]) -> bool:
    """A woman kin word right after a verb of telling, or after «رسالة / نداء + من», that does not go on to tell
    of herself (``_OF_HERSELF`` within ``_HERSELF_REACH`` words)."""
    if words[first] not in _KIN_SPEAKERS:
        return False
    told = before[-1] in _SHE_SAYS or (len(before) == 2 and before[-1] == _OF and before[0] in _MESSAGES)
    return told and _OF_HERSELF.isdisjoint(words[first + 1 : first + 1 + _HERSELF_REACH])


def writing_to_body(words: list[str], first: int) -> bool:
    """«رغم مراسلة مكتب النائب العام», «بعد مراسلة الجهات المختصة»: «مراسلة» is writing to the body right after it,
    not a woman correspondent (a channel's or an agency's correspondent is «مراسلة قناة / وكالة»)."""
    return words[first] in _WRITING_TO and first + 1 < len(words) and words[first + 1] in _ADDRESSED_BODIES


# Arabic pass 88 (tune88): «منشورات انتقد فيها معاملة المهاجرين», «تحدث عن معاملة اللاجئين»: the treatment of a
# group as what someone spoke or wrote of (as «أوضاع المهاجرين»); not «سوء معاملة المهاجرين», the ill-treatment they
# suffered
_TREATMENT = frozenset(normalize(w) for w in ("معاملة", "ومعاملة", "بمعاملة", "لمعاملة"))
_ILL = frozenset(normalize(w) for w in ("سوء", "لسوء", "بسوء", "وسوء"))


def _topic_or_body_name(words: list[str], first: int, before: list[str]) -> bool:
    """The word at ``first`` is the topic after «أوضاع / ملف / معاملة», part of a coordinating body's name (also the
    second of two joined by «و»), or «مراسلة» right before a body it writes to."""
    if writing_to_body(words, first):
        return True
    if before[-1] in _TOPIC_HEADS:
        return True
    if before[-1] in _TREATMENT and not (len(before) > 1 and before[-2] in _ILL) and (
            first < 2 or words[first - 2] not in _ILL):
        return True
    # «الوصول إلى أطباء», «الوصول إلى محامين أو أطباء»: whom they cannot reach
    at = first - 1 if before[-1] not in (_OR, "او") else first - 3
    if at >= 1 and words[at] == _TO and words[at - 1] == _ACCESS:
        return True
    return (len(before) == 2 and words[first].startswith("و") and before[0] in _TOPIC_HEADS
            and before[-1].startswith("ال"))


_EN_DEMANDING = frozenset({"demand", "demands", "demanded", "demanding", "urge", "urges", "urged", "staged", "rallied"})
_EN_VIGILS = frozenset({"vigil", "vigils", "protest", "protests", "rally", "rallies", "sit-in", "march"})
_EN_ROLE_PLACE_REACH = 5  # "Activists in Tripoli and Benghazi held": "in" and up to four words of places


def english_role_demands(words: list[str], first: int) -> bool:
    """"Libyan man dies in repatriation centre, lawyers demand inquiry", "Activists in Tripoli and Benghazi held small
    vigils": people who demand, urge or hold a vigil or a protest (past a place phrase "in ...") react to the harm, they
    are not its victims (English pass 54); not "activists said they were beaten" (a saying verb: a victim may speak)."""
    k = first + 1
    if words[k : k + 1] == ["in"]:  # "activists in Tripoli and Benghazi": past the places
        k = next((j for j in range(k + 1, min(len(words), k + _EN_ROLE_PLACE_REACH))
                  if words[j] in _EN_DEMANDING or words[j] == "held"), k)
    if k >= len(words):
        return False
    if words[k] in _EN_DEMANDING:
        return True
    return words[k] == "held" and not _EN_VIGILS.isdisjoint(words[k + 1 : k + 4])


_EN_RESCUED = frozenset({"rescued", "saved", "pulled", "plucked"})
_EN_RESCUED_REACH = 6  # "rescued 37 people, including four children": the rescue verb up to six words before "including"


def _english_rescued_among(words: list[str], first: int) -> bool:
    """"Fishermen and the coast guard rescued 37 people, including four children": people named among those a rescue
    saved are survivors unharmed, not the dead or hurt whose categories a report counts (labelling guide: a rescue with
    nobody hurt is no incident; English pass 54). Only "including" (a number between) right before the word, with a
    rescue verb just before it; not "killed 23 people, including four children"."""
    k = first - 1
    if k >= 0 and parse_number(words, k) is not None:
        k -= 1
    if k < 1 or words[k] != "including":
        return False
    return not _EN_RESCUED.isdisjoint(words[max(0, k - _EN_RESCUED_REACH) : k])


def witness(words: list[str], first: int) -> bool:
    """A victim word that names someone other than the victims: right after «أمام» ("in front of"), or joined
    by «و» to the one after it («أمام زملائه والتلاميذ»), who saw the harm; after a parent or guardian, someone's
    family; the reporter a statement was made to (``_reporter_told``); a word of an agency's name («وكالة غوث
    وتشغيل اللاجئين»); the victim's own lawyer («محاميها», "her lawyer"); the crowd of a place («مكتظة بالنساء»); a word that only looks like a victim word by its forms (``_LOOKALIKES``)."""
    if words[first].removeprefix("و") in _LOOKALIKES or word_forms(words[first]) & _COUNSEL:
        return True
    before = words[max(0, first - 2) : first]
    if not before:
        return False
    if words[first] in _RIGHTS_ADJECTIVES and word_forms(before[-1]) & _STATEMENT_HEADS:
        return True  # «إدانة حقوقية», «أوساط حقوقية», «منظمة حقوقية»: a rights body's or statement's adjective
    if words[first].isascii() and _english_sought(words, first):
        return True  # "after she asked to see a doctor for her baby": the care sought, the one it was for (pass 32)
    if words[first].isascii() and english_role_demands(words, first):
        return True  # "lawyers demand inquiry", "Activists in Tripoli held vigils": who react (English pass 54)
    if words[first].isascii() and _english_rescued_among(words, first):
        return True  # "rescued 37 people, including four children": the saved, unharmed (English pass 54)
    if _aid_recipient(words, first) or _english_aid_recipient(words, first):
        return True  # «توزيع مساعدات على النازحين السودانيين», «مساعدات للمهاجرين»: those the aid was for (pass 56)
    if words[first].isascii() and _english_reported_topic(words, first):
        return True  # "a reporter who covers migrant detention": the beat, not the one harmed (English pass 51)
    if words[first].isascii() and _english_said_before_held(words, first):
        return True  # "arrested days after she said on television that migrants had been expelled" (English pass 59)
    if word_forms(before[-1]) & _AGENCY_BEFORE or _reporter_told(words, first) or _younger_than_said(words, first):
        return True
    if _kin_who_tells(words, first, before):
        return True  # «وتقول الزوجة إن زوجها محتجز», «رسالة من زوجة السائق» (Arabic pass 71)
    if _topic_or_body_name(words, first, before):
        return True  # «انتقدت فيه أوضاع المهاجرين», «منسقية النازحين واللاجئين», «رغم مراسلة مكتب» (Arabic pass 71)
    if words[first] in _CHILDREN_SPECIALTY and word_forms(before[-1]) & _SPECIALISTS:
        return True  # «طبيب أطفال», «أخصائية أطفال»: the doctor's specialty, not children harmed
    if _suspect_arrested(words, first) or _agent(before):
        return True
    if words[first] in _REPORTER_SPEAKS and word_forms(before[-1]) & (_SPEECH | _REPORTED):
        return True  # «ذكر مراسل الجوهرة أف أم أن ...», «أفاد مراسل الإذاعة»: the outlet's reporter tells the news (pass 62)
    if word_forms(before[-1]) & _CUSTODY_OF:
        return True  # «بسبب خلاف حول حضانة الأطفال»: the children in a custody dispute, not harmed (pass 62)
    if len(before) == 2 and before[0] == "قبل" and before[1] in ("احد", "احدي") and first >= 3 and words[first - 3] == "من":
        return True  # «من قبل أحد تلاميذه»: one of his pupils did it (pass 62)
    if _assault_from(words, first):
        return True  # a headline's «أستاذ يتعرض لاعتداء بسكين من تلميذ»: the pupil is the attacker
    if before[-1] in _FIRED and words[first + 1 : first + 2] != [] and words[first + 1] in _FIRE_OBJECTS:
        return True  # «بعد أن أطلق كهل النار باتجاه الأطفال»: the shooter
    if before[-1] in UNDERTOOK and "علي" in words[first + 1 : first + 1 + _UNDERTOOK_REACH]:
        return True  # «أقدم كهل على الاعتداء على زوجته»: the one who did it (Tunisian news; Arabic pass 98)
    if word_forms(before[-1]) & _CROWDED or before[-2:] == ["crowded", "with"]:  # «مكتظة بالنساء»: the crowd
        return True
    if before[-1] in EN_POSSESSIVES and words[first] in _LAWYERS:  # "her lawyer has not been allowed to see her"
        return True
    if counsel_for(words, first):
        return True
    if before[-1] in EN_COUNSEL_VERBS or (len(before) > 1 and before[-2] in EN_COUNSEL_VERBS and before[-1] in (
            "the", "his", "her", "their")):
        return True  # "detained after defending protesters in court": the lawyer's clients, no victims (pass 61)
    if word_forms(before[-1]) & _WITNESSED or before[0:1] == ["front"] and before[-1] == "of":
        return True
    if len(before) == 2 and words[first].startswith("و") and word_forms(before[0]) & _WITNESSED:
        return True
    if _english_in_front_of(words, first):
        return True
    return _family_of(words, first)


# a lawyer's counsel verbs: the people after them are the clients ("after defending protesters"; English pass 61)
_EN_FRONT_SKIP = frozenset({"their", "his", "her", "its", "the", "a", "two", "three", "four", "five", "young", "own"})
_EN_FRONT_REACH = 3  # "in front of their two young children": up to three words between "of" and the noun


_AID_REACH = 3  # «مساعدات على النازحين السودانيين»: «على», the people, their nationality


def _aid_recipient(words: list[str], first: int) -> bool:
    """The victim word at ``first`` names those an aid was handed to: «على» right after an aid word within
    ``_AID_REACH`` words before it (the people and their nationality after it), or «ل» + the word after an aid word."""
    if first > 0 and words[first].startswith("ل") and word_forms(words[first - 1]) & _AID:
        return True
    return any(words[k] == _ON and word_forms(words[k - 1]) & _AID for k in range(max(1, first - _AID_REACH), first))


_EN_AID = frozenset({"food", "aid", "meals", "supplies", "blankets", "assistance", "water", "medicine", "medicines",
                     "help", "relief", "parcels", "kits"})
_EN_AID_REACH = 3  # "distributing food to Sudanese refugees": "to", a nationality, the people


def _english_aid_recipient(words: list[str], first: int) -> bool:
    """"was kidnapped while distributing food to Sudanese refugees", "delivering aid to migrants": the people an aid
    was handed to, "to" right after an aid word within ``_EN_AID_REACH`` words before them, not the ones harmed (the
    English twin of ``_aid_recipient``; English pass 32)."""
    return any((words[k] == "to" and words[k - 1] in _EN_AID) or (words[k] == "for" and _english_aid_meant(words, k))
               for k in range(max(1, first - _EN_AID_REACH), first))


_EN_MEANT = frozenset({"meant", "intended", "destined", "earmarked"})


def _english_aid_meant(words: list[str], at: int) -> bool:
    """"stealing food meant for Sudanese refugees", "medicine intended for migrants": the "for" at ``at`` after an aid
    word and "meant / intended / destined" names who the aid was for, not who was harmed (English pass 54)."""
    return at > 1 and words[at - 1] in _EN_MEANT and words[at - 2] in _EN_AID


# English pass 51: the people a reporter, a lawyer or an activist writes about, reports on or defends are the topic of
# their work, told in a clause on the victim ("who reports on migrant abuses", "known for documenting abuses against
# refugees", "a blogger covering women's rights"), not harmed in the incident
_EN_TOPIC_VERBS = frozenset({"reports", "reported", "reporting", "covers", "covered", "covering", "writes", "wrote",
                             "writing", "documents", "documented", "documenting", "investigates", "investigated",
                             "investigating", "campaigns", "campaigned", "campaigning", "defends", "defended",
                             "defending", "represents", "represented", "representing"})
_EN_TOPIC_OPENERS = frozenset({"who", "for", "that"})  # "who reports on", "known for documenting"
_EN_TOPIC_REACH = 4  # "documenting abuses against migrants": the verb to the people, up to three words between
_EN_TOPIC_STOPS = frozenset({"and", "was", "were", "is", "when", "after", "by", "said"})


# "detained over Facebook posts about the treatment of migrants", "over tweets on refugees": a writer's posts or
# videos "about / on" people name their topic, as a verb of reporting does (English pass 55); not "reports on"
# (a rights report on migrants tortured tells their harm)
_EN_WRITTEN_ON = _EN_WRITINGS | {"videos", "video", "articles", "article", "columns", "column", "comments", "remarks",
                                 "book", "books", "podcast", "podcasts", "documentary", "songs", "song"}


# English pass 59 (tune125en): "arrested ... days after she said on television that migrants had been expelled": the
# people in what the held person said, in a clause opened by "after she / he said ... that", are what she spoke of
_EN_SPOKE_OF = frozenset({"said", "told", "wrote", "posted", "claimed", "alleged", "revealed"})
_EN_SAID_THAT_REACH = 8  # "after she said on television that": "after" up to seven words before "that"


def _english_said_before_held(words: list[str], first: int) -> bool:
    """The victim word at ``first`` right after "that", in "after she / he <said> ... that" (the speech that the harm
    followed), within ``_EN_SAID_THAT_REACH`` words."""
    if first < 4 or words[first - 1] != "that":
        return False
    window = words[max(0, first - 1 - _EN_SAID_THAT_REACH) : first - 1]
    return any(window[k] == "after" and window[k + 1] in ("she", "he") and window[k + 2] in _EN_SPOKE_OF
               for k in range(len(window) - 2))


def _english_reported_topic(words: list[str], first: int) -> bool:
    """The victim word at ``first`` follows, within ``_EN_TOPIC_REACH`` words of its own clause, a verb of reporting,
    covering or defending opened by "who / for / that" or a present participle right after a person noun ("a reporter
    who covers migrant detention", "a journalist covering refugee camps"), or a writing noun with "about / on" ("posts
    about the treatment of migrants"): the subject of someone's work, no victim."""
    for v in range(first - 1, max(0, first - 1 - _EN_TOPIC_REACH), -1):
        if words[v] in _EN_TOPIC_STOPS:
            return False
        if words[v] in ("about", "on") and v > 0 and words[v - 1] in _EN_WRITTEN_ON:
            return True
        if words[v] in _EN_TOPIC_VERBS:
            return words[v - 1] in _EN_TOPIC_OPENERS or (words[v].endswith("ing") and (
                singular_victim(words[v - 1]) or words[v - 1] == "after")) or (  # "arrested after defending migrants"
                v > 1 and words[v - 1] in ("she", "he") and words[v - 2] == "after")  # "after she defended" (pass 59)
    return _english_posts_accusing(words, first)


# English pass 65 (tune138en): "sentenced ... over Facebook posts accusing Tunisian police of abusing sub-Saharan
# migrants": the people a writing accuses someone of harming are its topic, as "posts about migrants" (the prison term
# now tells the detention in that sentence); a longer reach than ``_EN_TOPIC_REACH``, the accused between
_EN_POSTS_ACCUSING = frozenset({"accusing", "criticising", "criticizing", "denouncing", "condemning", "exposing",
                                "alleging", "describing"})
_EN_POSTS_ACCUSING_REACH = 9  # "posts accusing Tunisian police of abusing sub-Saharan migrants": "accusing" to the people


def _english_posts_accusing(words: list[str], first: int) -> bool:
    """The victim word at ``first`` follows, within ``_EN_POSTS_ACCUSING_REACH`` words of its clause, a writing noun
    ("posts", "videos", ``_EN_WRITTEN_ON``) and its participle of accusing or criticising."""
    for v in range(first - 1, max(0, first - 1 - _EN_POSTS_ACCUSING_REACH), -1):
        if words[v] in _EN_TOPIC_STOPS:
            return False
        if words[v] in _EN_POSTS_ACCUSING:
            return v > 0 and words[v - 1] in _EN_WRITTEN_ON
    return False


_EN_SEE = frozenset({"see", "seeing", "visit", "consult", "call", "calling"})
_EN_CARE_SOUGHT = frozenset({"doctor", "doctors", "nurse", "medic", "paramedic", "paramedics", "lawyer"})
_EN_SOUGHT_FOR = frozenset({"baby", "child", "son", "daughter", "children", "babies", "mother", "father"})


def _english_sought(words: list[str], first: int) -> bool:
    """"after she asked to see a doctor for her baby": a doctor asked to see is care sought, not a medic harmed, and
    the kin the care was for ("for her baby") are no victims told (English pass 32)."""
    word, before = words[first], words[max(0, first - 2) : first]
    if word in _EN_CARE_SOUGHT and before and (before[-1] in _EN_SEE or (
            len(before) == 2 and before[0] in _EN_SEE and before[1] in ("a", "the"))):
        return True
    return word in _EN_SOUGHT_FOR and len(before) == 2 and before[0] == "for" and before[1] in ("her", "his", "their") and (
        not _EN_CARE_SOUGHT.isdisjoint(words[max(0, first - 6) : first]))


def _english_in_front_of(words: list[str], first: int) -> bool:
    """"shot dead ... in front of their two children": those the harm was done before saw it (English pass 23; as
    «أمام» right before the word, read above)."""
    j = first - 1
    while j > 1 and first - j <= _EN_FRONT_REACH and (words[j] in _EN_FRONT_SKIP or words[j].isdigit()):
        j -= 1
    return j >= 1 and j < first - 1 and words[j] == "of" and words[j - 1] == "front"


def counsel_for(words: list[str], first: int) -> bool:
    """"a lawyer for Faraj X said", "held without access to a lawyer": the victim's counsel, who speaks for him or
    whom he may not see, no victim (English pass 15); not "jails lawyer for two years" (a term follows "for")."""
    if _ar_counsel_of(words, first):
        return True
    if words[first] not in _LAWYERS:
        return False
    if "access" in words[max(0, first - 3) : first]:
        return True
    return words[first + 1 : first + 2] == ["for"] and parse_number(words, first + 2) is None


# «محامي موقوف في معيتيقة: موكلي تعرض للتعذيب», «قال المحامي ... إن موكله»: a detainee's lawyer, who speaks for his
# client (Arabic pass 56), told by «his / my client» after him (not by the word after him: «المحامي المعتقل» is a
# lawyer held)
_AR_LAWYERS = frozenset(normalize(w) for w in ("محامي", "المحامي", "محامية", "المحامية", "محامو"))
_CLIENTS = frozenset(normalize(w) for w in ("موكله", "موكلها", "موكلي", "موكلته", "موكليه", "موكلتي", "موكلهم"))
_CLIENT_REACH = 6  # «قال المحامي فتحي رمضان الشريف إن موكله»: a name of up to four words and «إن» between


def _ar_counsel_of(words: list[str], first: int) -> bool:
    """The Arabic lawyer word at ``first`` is someone's counsel: «his client» within ``_CLIENT_REACH`` words after
    it."""
    if words[first] not in _AR_LAWYERS:
        return False
    return any(w in _CLIENTS for w in words[first + 1 : first + 1 + _CLIENT_REACH])


def _reporter_told(words: list[str], first: int) -> bool:
    """«وقال أحد أقارب المحتجزين لمراسل الجوهرة»: a press word with «ل» after a speech verb is whom the
    speaker told."""
    return words[first] in _PRESS_TOLD and any(
        word_forms(w) & _SPEECH for w in words[max(0, first - _SPEECH_REACH) : first])


def _younger_than_said(words: list[str], first: int) -> bool:
    """«كهل في الخمسين من عمره»: an elderly word whose person's stated age is under ``ELDERLY_FROM`` names no
    elderly victim (in Tunisian usage «كهل» is a man of middle age); the stated age decides."""
    if first + 1 >= len(words) or not word_forms(words[first]) & _ELDERLY_WORDS:
        return False
    read = _age_at(words, first + 1, words[first + 1])
    return read is not None and read[1] == first and read[0] < ELDERLY_FROM


# «يتعرض لاعتداء بسكين من تلميذ», «اعتداء بآلة حادة من شاب»: «من» + one indefinite person right after an assault noun (and
# its means) names who did it, as «من قبل» does (Arabic pass 62); not «اعتداء على مجموعة من التلاميذ» (the victims)
_ASSAULT_NOUNS = frozenset(normalize(w) for w in ("اعتداء", "لاعتداء", "الاعتداء", "للاعتداء", "طعنة", "لطعنة"))
_ASSAULT_FROM_REACH = 3


_REPORTER_SPEAKS = frozenset(normalize(w) for w in ("مراسل", "مراسلة"))
_REPORTED = frozenset(normalize(w) for w in ("ذكر", "ذكرت", "نقل", "نقلت"))
_CUSTODY_OF = frozenset(normalize(w) for w in ("حضانة",))


def _assault_from(words: list[str], first: int) -> bool:
    if first < 2 or words[first - 1] != "من" or words[first].startswith(("ال", "و")):
        return False
    for k in range(first - 2, max(-1, first - 2 - _ASSAULT_FROM_REACH), -1):
        if words[k] in ("علي", "ضد"):
            return False
        if words[k] in _ASSAULT_NOUNS:
            return True
    return False


def _agent(before: list[str]) -> bool:
    """«اعتداء بآلة حادة من قبل تلميذ», «على يد شاب»: the word after «من قبل» / «على يد» names who did it."""
    return len(before) == 2 and (before == ["من", "قبل"] or (before[0] == "علي" and before[1] in _HANDS))


def _suspect_arrested(words: list[str], first: int) -> bool:
    """«إيقاف كهل بشبهة الاعتداء على طفلة», «القبض على امرأة يشتبه في قتلها زوجها»: the person arrested on
    suspicion is the suspect, not a victim (not «بتهمة»: an activist held on a charge is the victim)."""
    arrested = word_forms(words[first - 1]) & _ARREST or (
        first >= 2 and words[first - 1] == "علي" and word_forms(words[first - 2]) & _ARREST)
    return bool(arrested) and any(word_forms(w) & _SUSPICION for w in words[first + 1 : first + 3])


def _family_of(words: list[str], first: int) -> bool:
    """«أب لطفلين», «أب لثلاثة أطفال», «ولي أحد التلاميذ», "father of two": the word after a parent names his
    family (a number, «أحد» or "of" may stand between)."""
    at = first - 1
    while at >= max(0, first - 2) and (word_forms(words[at]) & _BETWEEN
                                       or any(parse_number((f,), 0) for f in word_forms(words[at]))):
        at -= 1
    if at < 0 or (at == first - 1 and words[first].startswith("و")):
        return False  # «مقتل أم وابنتيها»: a mother and her daughters, joined by «و», are victims together
    # «وأب لطفلين»: the short «أب» keeps its «و» in word_forms
    parent = words[at].removeprefix("و")
    return bool((word_forms(words[at]) | word_forms(parent)) & _RELATIVE_OF)


def sentence_categories(words: list[str]) -> set[str]:
    """The categories a sentence tells beyond its victim words: a stated age (``age_categories``), a girl told as
    one or counted (``present_girl``), a person of a migrants' country of origin (``foreign_worker``) and a woman
    told only by a feminine reference (``feminine_victim``)."""
    found = age_categories(words)
    if present_girl(words):
        found.add("children")
    if foreign_worker(words):
        found.add("migrants")
    found |= elder_title(words)
    if camerawoman(words):
        found.add("women")
    if held_for_words(words) or english_association_held(words):
        found.add("activists")  # held for their words, or an association's own people held (English pass 23)
    if "crescent" in words and red_crescent_own_harmed(words):
        found.add("medics")  # "the Red Crescent said two of its volunteers were taken" (English pass 29)
    if not _AR_OWN_VOLUNTEERS.isdisjoint(words) and _ar_red_crescent_volunteers(words):
        found.add("medics")  # «فرع الهلال الأحمر ... على اثنين من متطوعيه» (Arabic pass 114)
    if "under" in words:
        found |= english_minors_among(words)
    if not EN_MINOR_WORDS.isdisjoint(words):
        found |= english_minors_of_women(words)
    if "girls" in found and _wife_or_mother_harmed(words):
        found.add("women")  # «تصاوب الراجل ومرته وبنتهم»: the wife beside the daughter is a woman (Arabic pass 96)
    return found | {"women"} if "girls" not in found and feminine_victim(words) else found


def _ar_red_crescent_volunteers(words: list[str]) -> bool:
    """«الهلال» (also «والهلال», «بالهلال») before the society's own volunteers («متطوعيه», «متطوعيها») told as the
    ones acted on («على متطوعيه», «اثنين من متطوعيه»); not its volunteers as the subject who act («إن متطوعيه انتشلوا
    جثث 11 مهاجرا»: they recovered the dead)."""
    crescent = next((k for k, w in enumerate(words) if w.endswith("الهلال")), None)
    return crescent is not None and any(w in _AR_OWN_VOLUNTEERS and words[k - 1] in _ACTED_ON
                                        for k, w in enumerate(words[crescent + 1 :], crescent + 1))


_ACTED_ON = frozenset({"من", "علي"})  # «على متطوعيه», «اثنين من متطوعيه»


def _wife_or_mother_harmed(words: list[str]) -> bool:
    """A wife's or a mother's kin word («زوجته», «ومرته», «والدته») joined to the harmed or after a harm verb: a woman,
    also where a girl of the same sentence is told (``feminine_victim`` is not asked there: its feminine cues may be the
    girl's). Only the kin words with «his»: «بنته» is the girl's own."""
    return any(at > 0 and (word in _AR_WOMEN_KIN or (word[:1] == "و" and word[1:] in _AR_WOMEN_KIN))
               and _after_harm_verb(words, at) for at, word in enumerate(words))


_EN_CRESCENT_PEOPLE = frozenset({"volunteer", "volunteers", "worker", "workers", "staff", "member", "members"})
_EN_CRESCENT_PASSIVE_REACH = 8  # "two of its volunteers, one of them a woman, were taken"


def red_crescent_own_harmed(words: list[str]) -> bool:
    """"The Libyan Red Crescent said two of its volunteers ... were taken": the Red Crescent's own volunteers, the
    subject of a passive, are the ones harmed; Red Crescent volunteers are medics (settled answers, docs/labelling.md).
    Not "said its volunteers recovered the bodies" or "were searching the coast" (the volunteers act), nor volunteers
    of another body."""
    for at, word in enumerate(words):
        if word in _EN_CRESCENT_PEOPLE and words[at - 1 : at] in (["its"], ["their"]) and (
                "crescent" in words[max(0, at - 8) : at]):
            for k in range(at + 1, min(len(words) - 1, at + 1 + _EN_CRESCENT_PASSIVE_REACH)):
                if words[k] in ("was", "were"):
                    done = words[k + 2] if words[k + 1] == "also" and k + 2 < len(words) else words[k + 1]
                    return done.endswith(("ed", "en")) or done in _EN_IRREGULAR_HARMED  # not "were searching"
    return False


_EN_IRREGULAR_HARMED = frozenset({"shot", "hurt", "held", "struck", "hit", "kept", "led", "caught", "bound"})


_EN_MINOR_OPENERS = frozenset({"them", "whom"})  # "four of them under 18", "among them three under 18"
_EN_FEMALE_GROUPS = frozenset({"women", "woman", "girls", "sisters", "mothers", "wives", "daughters"})


def english_minors_among(words: list[str]) -> set[str]:
    """"12 Nigerian women, four of them under 18": a part of the victims told under 18 are children, girls when the
    group is of women (English pass 29). Only a part of a group ("of them", "of whom", "among them"), not an age limit
    of a rule ("bans the sale to anyone under 18")."""
    for at, word in enumerate(words):
        if word != "under" or at + 1 >= len(words):
            continue
        age = words[at + 4] if words[at + 1 : at + 4] == ["the", "age", "of"] and at + 4 < len(words) else words[at + 1]
        if not (age.isdigit() and int(age) <= 18) or _EN_MINOR_OPENERS.isdisjoint(words[max(0, at - 3) : at]):
            continue
        return {"children", "girls"} if not _EN_FEMALE_GROUPS.isdisjoint(words[max(0, at - 8) : at]) else {"children"}
    return set()

_EN_MINOR_GROUP_REACH = 5  # "two of the rescued women were minors": the group word to the minors word


def english_minors_of_women(words: list[str]) -> set[str]:
    """"Two of the women were minors", "three of the girls freed were underage": a part of a group of women or girls
    ("of the / of those" + the group within a few words before) told as minors are girls and children (English pass
    51, as "four of them under 18" in ``english_minors_among``); not "minors" alone (no group named) nor an age limit
    ("a minor offence": no "of" before)."""
    for at, word in enumerate(words):
        if word not in EN_MINOR_WORDS:
            continue
        window = words[max(0, at - _EN_MINOR_GROUP_REACH) : at]
        group = next((k for k, w in enumerate(window) if w in _EN_FEMALE_GROUPS), None)
        if group is None or not _EN_MINOR_JOINS.isdisjoint(window[group:]):
            continue  # "women and minors": two groups
        if "of" in window[:group] or window[group - 1 : group] == ["the"]:
            return {"children", "girls"}  # (the clause after "of" alone, when a listing marker cut the sentence)
    return set()


_EN_MINOR_JOINS = frozenset({"and", "or", "with", "alongside"})


_EN_OVER = frozenset({"over", "for"})
_EN_WRITING_OWNERS = frozenset({"his", "her", "their", "a", "an", "facebook", "social", "media", "online"})
_EN_PRESS = frozenset({"journalist", "journalists", "reporter", "reporters", "presenter", "correspondent",
                       "cameraman", "camerawoman", "photographer", "photojournalist", "broadcaster", "editor"})


def held_for_words(words: list[str]) -> bool:
    """"a teacher detained since January over his posts criticising ...", "jailed for a Facebook post": someone held
    for what they wrote is an activist (settled answers: people jailed for their words; English pass 23). Not a
    journalist's post (the press is their category: "a reporter held over a Facebook post" stays a journalist)."""
    if _EN_WRITINGS.isdisjoint(words) or not _EN_PRESS.isdisjoint(words):
        return False  # a cheap test first: most sentences name no post
    for k, word in enumerate(words):
        if word in _EN_WRITINGS:
            j = k - 1
            while j > 0 and k - j <= 3 and words[j] in _EN_WRITING_OWNERS:
                j -= 1
            if j >= 0 and words[j] in _EN_OVER:
                return True
    return False


def camerawoman(words: list[str]) -> bool:
    """«مراسل ومصورة», «المراسل حمزة ... والمصورة سلمى»: «مصورة» joined by «و» to a reporter is a woman camera
    operator, not the adjective "filmed" («مقاطع مكتوبة ومصورة»): the indefinite right after the reporter, the
    definite within three words after a definite reporter and his name (Arabic pass tune38)."""
    if _AND_CAMERAWOMAN[0] not in words and _AND_CAMERAWOMAN[1] not in words:
        return False  # a cheap test first: neither «ومصورة» nor «والمصورة» (speed pass 14)
    for at, word in enumerate(words):
        if word == _AND_CAMERAWOMAN[0] and at and words[at - 1] in _REPORTERS:
            return True
        if word == _AND_CAMERAWOMAN[1] and not _THE_REPORTERS.isdisjoint(words[max(0, at - 4) : at]):
            return True
    return False


_EN_SOME = frozenset(("some", "several", "many", "most", "all", "both"))


def english_members_of(words: list[str]) -> int | None:
    """Index of "were / was" in "Two of the patients were teenage boys", "one of the dead was a woman": the words after
    it tell who some of an already reported group are, as «بينهم» does (a listing marker for
    ``incidents.listed_victim_categories``); None when the sentence has no such form (English pass 13)."""
    if "of" not in words:
        return None  # a cheap test first (this runs on every sentence): both forms read "of"
    for at in range(1, len(words) - 3):
        if (words[at] == "of" and words[at + 1] == "the" and words[at + 3] in EN_WAS_WERE
                and (words[at - 1] in _EN_SOME or parse_number(words, at - 1) is not None)):
            return at + 3
    return _english_of_them(words)


def _english_of_them(words: list[str]) -> int | None:
    """Index of "them" in "at least nine people, two of them women", "300 people, most of them asylum seekers": the
    words after it tell who some of the people just counted are (English pass 15)."""
    for at in range(1, len(words) - 2):
        if (words[at] == "of" and words[at + 1] == "them"
                and (words[at - 1] in _EN_SOME or parse_number(words, at - 1) is not None)):
            return at + 1
    return None


_EN_ORIGIN_LIST = _ORIGINS | {"sudan", "and"}  # "from Sudan, Eritrea and Nigeria": an origin may close a list
_EN_MOST = frozenset(("most", "many", "all", "mostly", "mainly", "largely"))  # "The children, mostly from ..." (pass 29)


def _origins_from(words: list[str], at: int) -> int | None:
    """Index of the "from" that opens the list of countries the origin at ``at`` closes ("from Niger", "from Sudan,
    Eritrea and Nigeria"), or None."""
    k = at - 1
    while k > 0 and words[k] in _EN_ORIGIN_LIST:
        k -= 1
    return k if k >= 0 and words[k] == "from" else None


def _arabic_origins_from(words: list[str], at: int) -> int | None:
    """Index of the «من» that opens the list of countries the origin at ``at`` closes («من تشاد», «من إريتريا
    والصومال»), or None."""
    k = at - 1
    while k > 0 and words[k] in _AR_ORIGIN_LIST:
        k -= 1
    return k if k >= 0 and words[k] == "من" else None


def english_origins_told(words: list[str]) -> bool:
    """"Most are from Nigeria and Somalia", "most of them from Sudan, Eritrea and Nigeria", "the women, from Sudan and
    Eritrea, said ...": a sentence of its own that tells where the reported victims come from names migrants, as
    «بينهم» lists victims (English pass 13); the caller leaves out suspects ("two men from Niger were arrested")."""
    if _ORIGINS.isdisjoint(words):
        return False  # a cheap test first (this runs on every sentence): the loop reads only the origins
    for at, word in enumerate(words):
        start = _origins_from(words, at) if word in _ORIGINS else None
        if start is not None and any(w in _EN_MOST or w in _PERSONS for w in words[max(0, start - 4) : start]):
            return True
    return False


# Arabic pass 88 (tune88): «بين القتلى بائعا نيجريا», «عاملا تشاديا»: the accusative nisba (written like the country
# for Nigeria, Eritrea, Somalia, Ethiopia) right after an accusative person or trade noun is the person's nationality
_ACCUSATIVE_NATIONALS = frozenset(normalize(w) for w in (
    "نيجيريا", "نيجريا", "تشاديا", "إريتريا", "صوماليا", "إثيوبيا", "غانيا", "بنغاليا"))
_ACCUSATIVE_PERSONS = frozenset(normalize(w) for w in (
    "بائعا", "عاملا", "شابا", "رجلا", "مواطنا", "سائقا", "تاجرا", "مزارعا", "حارسا", "طفلا", "مهاجرا", "لاجئا"))


def foreign_worker(words: list[str]) -> bool:
    """A person told by a nationality of the migrants' countries of origin ("a Chadian woman", "Nigerian workers",
    «شاب نيجيري», «امرأة تشادية») or "from" one of them ("a farm worker from Niger"); not a Sudanese (the war's own
    civilians, in Sudan's news) nor an origin named for no person ("a delegation from Niger")."""
    if _FOREIGN_WORKER_WORDS.isdisjoint(words):
        return False  # a cheap test first: each reading starts at one of these words (speed pass 14)
    for at, word in enumerate(words):
        start = _origins_from(words, at) if word in _ORIGINS else None
        if start is None and word in _AR_ORIGIN_LIST:
            start = _arabic_origins_from(words, at)
        if start is not None and any(w in _PERSONS for w in words[max(0, start - 3) : start]):
            return True
        if word in _NATIONALS and (at + 1 < len(words) and words[at + 1] in _PERSONS
                                   or at > 0 and words[at - 1] in _PERSONS or _worker_of(words, at)):
            return True
        if _labourer_from_neighbour(words, at):
            return True
        if word in _ACCUSATIVE_NATIONALS and at > 0 and words[at - 1].removeprefix("و") in _ACCUSATIVE_PERSONS:
            return True
        if word == _NATIONALITY and _of_migrant_nationality(words, at):
            return True
    return False


# «أربعة عمال زراعيين، ثلاثة منهم من الجنسية المصرية», «مقتل عامل من الجنسية التشادية» (Arabic pass 82): Libyan news
# tells a foreign worker's origin by «من الجنسية + nationality»; the nationality is a migrants' country of origin, or
# Egypt or Sudan for a worker told by his trade (as ``_labourer_from_neighbour``)
_NATIONALITY = "الجنسيه"
_NATIONALITY_REACH = 6  # «عمال زراعيين، ثلاثة منهم من الجنسية»: the workers a few words before


def _of_migrant_nationality(words: list[str], at: int) -> bool:
    if at + 1 >= len(words) or not words[at + 1].startswith("ال"):
        return False
    nationality = words[at + 1][2:]
    before = words[max(0, at - _NATIONALITY_REACH) : at]
    if nationality in _NATIONALS:
        return any(w in _PERSONS or word_forms(w) & _AR_TRADE_PERSONS for w in before)
    return nationality.removesuffix("ه") in _AR_LABOUR_NATIONALS and any(  # «المصرية»: the feminine of «مصري»
        word_forms(w) & _AR_TRADE_PERSONS for w in before)




# the words ``foreign_worker`` reads a foreign worker from (``_labourer_from_neighbour``'s too): its gate, so a new
# reading widens it (speed pass 14)
_FOREIGN_WORKER_WORDS = (_ORIGINS | _AR_ORIGIN_LIST | _NATIONALS | _AR_LABOUR_NATIONALS | _LABOUR_NATIONALS
                         | _LABOUR_ORIGINS | _ACCUSATIVE_NATIONALS | {_NATIONALITY})


def _labourer_from_neighbour(words: list[str], at: int) -> bool:
    """"A Sudanese trader", "Egyptian farm workers", "a waiter from Egypt", "workers from Sudan": an Egyptian or a
    Sudanese told by his trade (English pass 19); in Arabic the nisba follows the trade, a few words on («سائق سيارة
    نقل مصريا», «عمال بناء مصريين»: Arabic pass 58)."""
    word = words[at]
    if word in _AR_LABOUR_NATIONALS:
        reach = _OF_THEM_REACH if at > 0 and words[at - 1] == _OF_THEM else _AR_TRADE_REACH
        return any(word_forms(w) & _AR_TRADE_PERSONS for w in words[max(0, at - reach) : at])
    if word in _LABOUR_NATIONALS:
        return any(w in _TRADE_PERSONS for w in words[at + 1 : at + 1 + _TRADE_REACH])
    return (word in _LABOUR_ORIGINS and at > 1 and words[at - 1] == "from"
            and any(w in _TRADE_PERSONS for w in words[max(0, at - 1 - _TRADE_REACH) : at - 1]))


def _worker_of(words: list[str], at: int) -> bool:
    """«سائق شاحنة تشادي», «عامل بناء نيجيري»: a trade's worker and his trade's noun, then the nationality."""
    return at > 1 and words[at - 2] in _TRADES and not words[at - 1].startswith("ال")


def present_girl(words: list[str]) -> bool:
    """A girl told as one or counted ("a girl", "two girls", «الفتاة», «فتاتان») is a minor, a child as the labels
    have every girl; not the «women and girls» of a report's formula (all female victims), nor a witness's
    or a relative's girl (``witness``)."""
    if _ONE_GIRL.isdisjoint(words) and _GIRLS.isdisjoint(words):
        return False  # a cheap test first: no girl word, the loop finds none (speed pass 14)
    for at, word in enumerate(words):
        single = word in _ONE_GIRL
        counted = word in _GIRLS and at > 0 and words[at - 1] not in _AND and parse_number(words, at - 1) is not None
        if (single or counted) and not witness(words, at):
            return True
    return False


def _feminine_nisba_after(words: list[str], at: int) -> bool:
    """A feminine nationality nisba right after a role noun, agreeing with it in the article («محامية ليبية», «المحامية
    الليبية»): «محاميه» may read «his lawyer», but never with a feminine adjective after it."""
    if at + 1 >= len(words) or not words[at + 1].endswith("يه"):
        return False
    nisba = words[at + 1][:-1]  # «ليبيه» -> «ليبي»
    definite = words[at].startswith("ال")
    if definite != nisba.startswith("ال"):
        return False
    return (nisba[2:] if definite else nisba) in PEOPLE_NISBAS


# the words a reading of ``feminine_victim``'s loop starts at (each reading needs one of them, or a form of
# ``_AR_HARMED_HER`` for ``_feminine_object``): its gate (speed pass 15). A reading added to the loop that starts at
# another word must add it here
_FEMININE_READING_WORDS = (
    frozenset(("she", "her", _PASSED_AWAY[0], _HER)) | _FEMININE_HARMED_VERBS | _AMONG_THEM | _PRESS_WOMEN
    | _ROLES_BEFORE_VERB | _FEMININE_HARMED_AFTER_ROLE | _DEFINITE_FEMININE_ROLES
    | frozenset(clitic + role for clitic in "بل" for role in _DEFINITE_FEMININE_ROLES)  # «بالصحفية»
    | frozenset("لل" + role[2:] for role in _DEFINITE_FEMININE_ROLES if role.startswith("ال"))  # «للمحامية»
    | _AR_WOMEN_KIN | frozenset("و" + kin for kin in _AR_WOMEN_KIN) | _WIFE_OF)


def feminine_victim(words: list[str]) -> bool:
    """A woman in a victim's slot, told by a pronoun or a verb's feminine form (``_AR_HARMED_HER`` ...)."""
    if not all(map(_GIRL_WORDS.isdisjoint, map(word_forms, words))):  # (a set test per word at C level; speed pass 8)
        return False  # «تحرير طفلة ... بعد اختطافها»: the pronoun is the girl's, who is no woman
    if english_woman_named(words):
        return True
    if _FEMININE_READING_WORDS.isdisjoint(words) and all(map(_AR_HARMED_HER.isdisjoint, map(word_forms, words))):
        return False  # a cheap test first: no word a reading of the loop starts at, the loop finds none (speed pass 15)
    suspect = any(w in _SUSPECTED for w in words)
    for at, word in enumerate(words):
        if word == "she" and not suspect and (_she_harmed(words, at) or _she_injured(words, at)):
            return True
        if word == "her" and at + 1 < len(words) and (words[at + 1] in _EN_HER_HARM or _taken_from_home(words, at)
                                                      or _harmed_on_her_way(words, at)):
            return True
        if word == "her" and at > 0 and words[at - 1] == "had" and not suspect and _her_thing_taken(words, at):
            return True  # "was kicked and had her phone snatched": she is the one harmed (English pass 29)
        if word == "her" and at > 0 and words[at - 1] in _EN_HARMING and not suspect and not (
                words[at + 1 : at + 2] and words[at + 1] in _EN_KIN):  # "killed her husband": his harm, not hers
            return True
        if word.isascii():
            continue
        if _feminine_object(words, at) or tuple(words[at : at + 2]) == _PASSED_AWAY:
            return True
        if word in _FEMININE_HARMED_VERBS and words[at + 1 : at + 2] and (
                words[at + 1] in _AMBIGUOUS_FEMININE_ROLES or words[at + 1] in _DEFINITE_FEMININE_ROLES):
            return True  # «تعرضت أستاذة إلى اعتداء», «تعرضت المحامية للضرب», «أصيبت المتطوعة بشظايا» (tune47)
        if at and words[at - 1] in _AMONG_THEM and (
                (bare := word.removeprefix("ال")) in _AMBIGUOUS_FEMININE_ROLES or bare in _AMONG_WOMEN_ROLES):
            # «أصيب ثلاثة صحفيين، بينهم مصورة»: a woman among the victims (Arabic pass 58); the definite role before her
            # name too («بينهم الصحفية هالة ...», «بينهم المحامية ...»: Arabic pass 120)
            return True

        if at and word in _PRESS_WOMEN and words[at - 1] in _MASCULINE_HARM_NOUNS:
            return True  # «اختفاء صحفية», «اختطاف صحفية»: no adjective agrees with a masculine noun (Arabic pass 90)
        if word in _ROLES_BEFORE_VERB and _feminine_nisba_after(words, at):
            return True  # «اغتيال محامية ليبية», «قتلت المحامية الليبية»: the feminine nisba says a woman (pass 62)
        if at and word in _FEMININE_HARMED_AFTER_ROLE and words[at - 1] in _ROLES_BEFORE_VERB:
            return True  # a headline's «صحفية تتعرض للضرب», «محامية تصاب بجروح»: the role is the verb's subject
        if at and (word in _DEFINITE_FEMININE_ROLES or (word[:1] in "بل" and ("ال" + word[2:] if word[:2] == "لل" else
                                                                             word[1:]) in _DEFINITE_FEMININE_ROLES)):
            before = words[at - 2] if words[at - 1] == _ON and at >= 2 else words[at - 1]
            if word_forms(before) & (_AR_HARM_VERBS | _CUSTODY_NOUNS):
                return True  # «الاحتفاظ بالصحفية», «اعتقال الصحفية», «الاعتداء على المحامية»
            if before in _FATE:
                return True  # «قلقها إزاء مصير الصحفية ...»: the woman whose fate is unknown (Arabic pass 90)
            if before == _RIGHT and at >= 2 and words[at - 2] == _IN:
                return True  # «بطاقة إيداع بالسجن في حق المحامية»: the one a warrant or a ruling names (pass 71)
            if any(w in _TAKING_VERBS for w in words[max(0, at - _TAKER_REACH) : at]):
                return True  # «اعتقل جهاز الأمن الداخلي الصحفية»: the verb, its subject, then her (Arabic pass 56)
            if any(w in _HELD_WOMAN for w in words[at + 1 : at + 1 + _HELD_WOMAN_REACH]):
                return True  # «المحامية نجلاء ... المحتجزة منذ أسبوع»: her name, then she is held (Arabic pass 56)
        if word == _HER and at > 0 and word_forms(words[at - 1]) & _RELEASE:  # «الإفراج عنها»
            return True
        if (word in _AR_WOMEN_KIN or (word[:1] == "و" and word[1:] in _AR_WOMEN_KIN)) and at > 0 and _after_harm_verb(
                words, at):
            return True
        if (word in _AR_WOMEN_KIN or (word[:1] == "و" and word[1:] in _AR_WOMEN_KIN)) and words[at + 1 : at + 2] and (
                words[at + 1] in _FEMININE_HARMED_AFTER_ROLE):
            return True  # «وأفاد نجله بأن والدته أصيبت بكسر»: the kin is the feminine verb's subject (Arabic pass 53)
        if word in _WIFE_OF and words[at + 1 : at + 2] and words[at + 1] in _HIS_KIN and words[at + 2 : at + 3] and (
                words[at + 2] in _FEMININE_HARMED_AFTER_ROLE):
            return True  # «ومرة ولده انجرحت في راسها» (Arabic pass 72)
    return False


_EN_TAKEN_THINGS = frozenset({"snatched", "seized", "confiscated", "smashed", "broken", "taken", "stolen", "destroyed",
                              "grabbed", "deleted", "wiped"})


def _her_thing_taken(words: list[str], at: int) -> bool:
    """"had her phone snatched", "had her camera smashed": a woman's things taken or broken from her (the noun, one
    word or two, then the participle); not "had her husband arrested" (her kin, his harm)."""
    return any(words[k] in _EN_TAKEN_THINGS for k in range(at + 2, min(len(words), at + 4))) and (
        at + 1 < len(words) and words[at + 1] not in _EN_KIN)


def elder_title(words: list[str]) -> set[str]:
    """«الحاج علي», «الحاجة مبروكة»: an elderly man or woman by the title Libyans give their elders (the
    title's feminine is a woman too); not the noun "need" («الحاجة إلى», «حسب الحاجة»)."""
    for at, word in enumerate(words[:-1]):
        if word in _ELDER_TITLES and words[at + 1] not in _NEED_AFTER and not words[at + 1].startswith(("ل", "ال")) and not (
                at and words[at - 1] in _NEED_BEFORE):
            return {"elderly", "women"} if _ELDER_TITLES[word] else {"elderly"}
    return set()


def english_woman_named(words: list[str]) -> bool:
    """"The nurse, Amina X, was hit in the shoulder": a woman's given name right after a victim's role (English pass
    57: the sentence that names the one hurt, after the harm was told)."""
    if _EN_FEMALE_NAMES.isdisjoint(words):
        return False  # a cheap test first: no given name, no woman named (speed pass 14)
    return any(w in _EN_FEMALE_NAMES and _named_after_role(words, at) for at, w in enumerate(words))


def _named_after_role(words: list[str], at: int) -> bool:
    """"held the journalist Huda al-Mabrouk", "beating the nurse, Fatima X": the name of the one the role names;
    not "lawyer Fatima X said" (who speaks)."""
    return any(w in _EN_ROLES for w in words[max(0, at - 2) : at]) and not any(
        w in _EN_SAYS for w in words[at + 1 : at + 4])


def _she_harmed(words: list[str], at: int) -> bool:
    """"she was arrested", "she had been held", "she was reportedly beaten": "she" is the one harmed."""
    k = at + 1
    while k < len(words) and words[k] in _EN_AUXILIARIES:
        k += 1
    return k > at + 1 and k < len(words) and words[k] in _EN_HARMED


def _taken_from_home(words: list[str], at: int) -> bool:
    """"arrested al-Mabrouk at her home", "abducted from her car": the place she was taken from, a harm word
    within four words before it."""
    return (words[at + 1] in _EN_PLACES and words[at - 1] in _EN_AT
            and any(w in _EN_HARMED for w in words[max(0, at - 5) : at - 1]))


# English pass 53 (tune113en): "wounded ten people, ..., among them a nurse on her way to work": one of those harmed,
# named by her role after "among them / including", is a woman by her "her"
_EN_AMONG_ONE_REACH = 4  # "among them a nurse", "including a young teacher": the opener to the role noun
_EN_HARMED_BEFORE_REACH = 16  # the harm verb told before the list of the harmed


def _harmed_on_her_way(words: list[str], at: int) -> bool:
    """"abducted on her way to work", "shot on her way home": she was harmed where she was going (a harm word
    within four words before "on her way"; English pass 15); also one of the harmed named after "among them /
    including" by a role noun right before "on her way" (English pass 53)."""
    if words[at + 1] != "way" or words[at - 1] != "on":
        return False
    if any(w in _EN_HARMED for w in words[max(0, at - 5) : at - 1]):
        return True
    role = at - 2
    return role > 0 and singular_victim(words[role]) and not EN_AMONG.isdisjoint(
        words[max(0, role - _EN_AMONG_ONE_REACH) : role]) and any(
        w in _EN_HARMED for w in words[max(0, role - _EN_HARMED_BEFORE_REACH) : role])


def _she_injured(words: list[str], at: int) -> bool:
    """"she has head injuries", "she suffered burns": her own wounds (up to two words between)."""
    return words[at + 1 : at + 2] != [] and words[at + 1] in _EN_SUFFERED and any(
        w in _EN_INJURIES for w in words[at + 2 : at + 5])


def _feminine_object(words: list[str], at: int) -> bool:
    """«اختطافها», «باحتجازها», «لقيت حتفها»: a harm word whose feminine pronoun is the victim; not when a definite
    or «ل» object follows («احتجازها للمهاجرين», «قتلها المدنيين»: the pronoun is the authority that acts)."""
    if not word_forms(words[at]) & _AR_HARMED_HER:
        return False
    after = words[at + 1] if at + 1 < len(words) else ""
    return not after.startswith(("ال", "ل"))


def _after_harm_verb(words: list[str], at: int) -> bool:
    """«يقتل زوجته», «يشتبه في قتله زوجته», «اعتدى على زوجته», «وإصابة والدته»: the man's wife or mother is the one
    harmed."""
    before = at - 2 if words[at - 1] == _ON and at >= 2 else at - 1
    if words[at - 1] == "و" + _ON and any(word_forms(w) & _ASSAULTED_ON for w in words[max(0, at - _ON_HIM_REACH) : at - 1]):
        return True  # «اعتدوا عليه وعلى زوجته», «اعتدوا على صاحبه وعلى زوجته»: she shares the harm (Arabic pass 53)
    return bool(word_forms(words[before]) & _AR_HARM_VERBS) or _joined_to_harmed(words, at)


_ASSAULTED_ON = _AR_HARM_VERBS | frozenset(normalize(w) for w in ("اعتدوا", "اعتدت", "تعدوا", "تعدى", "هجموا", "انهالوا"))
_ON_HIM_REACH = 4  # «اعتدوا على صاحب المنزل وعلى زوجته»: the verb, «على», the first victim (up to two words), «وعلى»


def _joined_to_harmed(words: list[str], at: int) -> bool:
    """«مقتل رجل وزوجته», «اختطاف مواطن ووالدته»: the kin joined by «و» to the person a harm noun names shares
    his harm; also to a victim named by his trade or kin («أصيب صياد ووالدته», «إصابة الطفل ووالدته»: Arabic pass
    tune47), after the masculine passive too (the man and his kin were hurt)."""
    if at < 2 or not words[at].startswith("و"):
        return False
    person = words[at - 1]
    if person not in _PERSONS and person.removeprefix("ال") not in NAMED_VICTIMS:
        return False
    return bool(word_forms(words[at - 2]) & (_AR_HARM_VERBS | _THE_HARMED | _HURT_WITH_KIN))


# «أصيب صياد ووالدته»: the masculine passive whose subject is joined to his kin (not in ``_AR_HARM_VERBS``: alone
# before the kin, «أصيب زوجته» is no Arabic)
_HURT_WITH_KIN = frozenset(normalize(w) for w in ("أصيب", "وأصيب", "جرح", "إصابة", "بإصابة",
                                                  # the Libyan masculine passives («تصاوب الراجل ومرته»: Arabic pass 96)
                                                  "تصاوب", "وتصاوب", "اتصاوب", "واتصاوب", "انصاب", "وانصاب"))


# «إصابة طفلة (9 سنوات)», «وفاة الحاجة مبروكة (70 سنة)», «(15 عاماً)»: posts give a person's age in brackets after
# the word or name (the one pattern of it: ``nlp.listing`` reads a post's list of the wounded with it too)
# («سنين»: the Libyan plural of years, «يوسف (6 سنين)» in a family's list of its dead and hurt: Arabic pass 72)
BRACKETED_AGE = r"\(\s*(\d{1,3})\s*(?:سنة|سنه|سنوات|سنين|عاما|عام|أعوام|اعوام)[\u064B-\u0652]*\s*\)"
# the word before is kept to leave out a suspect's age («القبض على المتهم (17 عاما)»)
_BRACKETED_AGE = re.compile(r"(\S+)\s*" + BRACKETED_AGE)
_SUSPECT_WORDS = frozenset(normalize(w) for w in (
    "المتهم", "المتهمة", "متهم", "الجاني", "الجانية", "القاتل", "المشتبه", "مشتبه", "فيه", "الموقوف", "suspect"))


def bracketed_age_categories(text: str) -> set[str]:
    """Children and elderly by the ages a post writes in brackets after a person («ابنهما (12 عاما)»), not a
    suspect's («المتهم (16 عاما)»)."""
    if "(" not in text:
        return set()
    found: set[str] = set()
    for m in _BRACKETED_AGE.finditer(text):
        if normalize(m.group(1)) not in _SUSPECT_WORDS:
            found |= ages_categories((int(m.group(2)),)) | _bracketed_woman_kin(text, m)
    return found


# English writes a person's age between commas after the name or the kin word: "brothers Salem, 16, and Naji, 31,",
# "His granddaughter, 6, was hurt", "Among the dead was Mukhtar Saleh, 71, a retired judge" (English pass 26)
_EN_COMMA_AGE = re.compile(r"\b([A-Za-z][\w'-]*), (\d{1,3}),(?! (?:said|says|told|added)\b)")
_EN_FEMALE_KIN = frozenset({"sister", "daughter", "granddaughter", "niece", "wife", "mother", "grandmother", "aunt",
                            "girl", "woman", "widow"})
_EN_NOT_VICTIM_BEFORE = frozenset({"suspect", "suspects", "accused", "defendant", "gunman", "attacker", "lawyer",
                                   "spokesman", "spokeswoman", "official", "said", "told", "according"})
_EN_COMMA_AGE_BEFORE = 3  # the words before the name read for a suspect or a speaker ("his father, Ali, 70")


# English pass 51: several ages listed after a plural person noun, between commas or after "aged" ("Two brothers, 8
# and 13, injured", "two sisters, aged 16 and 19, were wounded", "his sons aged 4, 7 and 11"): one person per age, so
# every age gives its category (the word rule reads only the first number after "aged")
_EN_AGE_LIST = re.compile(r"\b([A-Za-z]+)(?:,? aged|,) (\d{1,2}(?:, \d{1,2})*,? and \d{1,2})\b(?! (?:per|percent))")
_EN_FEMALE_PLURALS = frozenset({"sisters", "daughters", "granddaughters", "nieces", "girls", "women", "schoolgirls"})


def _english_age_list_categories(text: str) -> set[str]:
    """Children, elderly, girls and women by each age of a list after plural people (a sister or daughter under 18 is
    a girl, from 18 a woman); not a list after suspects or the accused."""
    found: set[str] = set()
    for m in _EN_AGE_LIST.finditer(text):
        head = m.group(1).lower()
        if not plural_person(head):
            continue  # not after suspects, defendants or gunmen: no plural of a person noun
        ages = [int(a) for a in re.findall(r"\d+", m.group(2))]
        found |= ages_categories(ages)
        if head in _EN_FEMALE_PLURALS:
            found |= {"girls" if age < CHILD_UNDER else "women" for age in ages}
    return found


# English pass 63 (tune133en): a child known by an age and told by her own wound ("Salma, 7, with shrapnel in her leg",
# "the youngest, aged 2, has burns to 30 % of her body"): "her" + a body part in the clause after the age says the
# child is a girl; not "his", nor "her" past another person ("Ali, 7, and his mother, hit in her arm")
_EN_HER_BODY_PARTS = EN_BODY_PARTS | {"body"}
_EN_HER_BODY_REACH = 10  # "has burns to 30 % of her body": the wound and its extent before the part
_EN_OTHER_PERSON_STOPS = frozenset({"his", "their", "and", "while", "mother", "sister", "father", "brother"})


def english_her_own_body(words: list[str]) -> bool:
    """"her" + a body part within the clause's first words ("with shrapnel in her leg"), before any word naming or
    joining another person: the one whose age or name opened the clause is female."""
    for k, word in enumerate(words[:_EN_HER_BODY_REACH]):
        if word in _EN_OTHER_PERSON_STOPS:
            return False
        if word == "her":
            return words[k + 1 : k + 2] != [] and words[k + 1] in _EN_HER_BODY_PARTS
    return False


def english_comma_age_categories(text: str) -> set[str]:
    """Children and elderly by an age written between commas after a person (or a woman's kin word: a girl under 18, a
    woman from 18), not after a suspect's or a speaker's name (the age is then followed by "said", or a suspect,
    speaker or parent word stands just before the name); and by each age of a list after plural people (pass 51)."""
    if ", " not in text and " aged " not in text:
        return set()
    found: set[str] = _english_age_list_categories(text) if " and " in text else set()
    if ", " not in text:
        return found
    for m in _EN_COMMA_AGE.finditer(text):
        age, head = int(m.group(2)), m.group(1)
        if age > 110 or not (head[0].isupper() or head.lower() in _EN_FEMALE_KIN or head.lower() in NAMED_VICTIMS
                             or head.lower() in EN_KIN or singular_victim(head.lower())):
            continue
        before = [w.strip(",.").lower() for w in text[: m.start(1)].split()[-_EN_COMMA_AGE_BEFORE:]]
        if head.lower() in _EN_NOT_VICTIM_BEFORE or not _EN_NOT_VICTIM_BEFORE.isdisjoint(before):
            continue
        found |= ages_categories((age,))
        if head.lower() in _EN_FEMALE_KIN or (before and head[0].isupper() and before[-1] in _EN_FEMALE_KIN):
            found.add("girls" if age < CHILD_UNDER else "women")  # "his sister Amal, 9": the kin word before her name
        elif age < CHILD_UNDER and english_her_own_body(re.split(r"[;,.]", text[m.end() :], maxsplit=1)[0].lower().split()):
            found.add("girls")  # "Salma, 7, with shrapnel in her leg" (English pass 63)
    return found


# a woman's kin word just before a bracketed age («وأخته مريم (7 أعوام)», «ابنته (16 عاما)»: Arabic pass tune38)
_AR_KIN_FEMALE = frozenset(normalize(w) for w in (
    "أخته", "أختها", "أختهما", "شقيقته", "شقيقتها", "ابنته", "ابنتها", "ابنتهما", "حفيدته", "حفيدتها", "زوجته"))


def _bracketed_woman_kin(text: str, m: re.Match[str]) -> set[str]:
    """A sister, daughter or wife whose age is bracketed after her (or after her name) is a girl under 18, a woman
    from 18: the kin word tells what the age alone cannot, that she is female."""
    # her name may be of up to four words («زوجته نجاح علي الصيد (45 عاما)»: Arabic pass tune47), not past the person
    # listed before her («...(52 عاما)، زوجته»)
    near = [m.group(1)]
    for word in reversed(text[: m.start(1)].split()[-3:]):
        if any(mark in word for mark in ("،", ",", ")", ":")) or _someone_else(near[-1]):
            break  # the person listed before her, or the age is a man's own («وإصابة ابنهما (12 عاما)»)
        near.append(word)
    if not any(word_forms(normalize(w)) & _AR_KIN_FEMALE for w in near) and not _female_group_before(text, m):
        return set()
    return {"girls"} if int(m.group(2)) < CHILD_UNDER else {"women"}


# «استشهدت شقيقتان، هما مريم (15 عاما) وسارة (11 عاما)»: the ages of a feminine dual or plural named just before
# are those girls' or women's (Arabic pass 51)
_FEMALE_GROUPS = frozenset(normalize(w) for w in (
    "شقيقتان", "شقيقتين", "أختان", "أختين", "طفلتان", "طفلتين", "فتاتان", "فتاتين", "ابنتان", "ابنتين", "ابنتاه",
    "ابنتيه", "ابنتاها", "ابنتيها", "شقيقات", "فتيات", "بنات", "طفلات", "سيدتان", "سيدتين", "امرأتان", "امرأتين"))
_GROUP_REACH = 8  # «شقيقتان، هما مريم (15 عاما) وسارة»: the group, «هما», a name and the first age


def _female_group_before(text: str, m: re.Match[str]) -> bool:
    before = text[: m.start(1)].rsplit(".", 1)[-1].split()[-_GROUP_REACH:]
    return any(not word_forms(normalize(w).strip("،,:")).isdisjoint(_FEMALE_GROUPS) for w in before)


def _someone_else(word: str) -> bool:
    """A person or kin noun other than a woman's kin («ابنهما», «الطفل»): the age after it is that person's."""
    form = normalize(word).removeprefix("و")
    return not word_forms(form) & _AR_KIN_FEMALE and (singular_victim(form) or possessed_victim(form))


def ages_categories(ages: Iterable[int]) -> set[str]:
    """Children and elderly among people known only by their ages (a post's list of the wounded with ages)."""
    return {"children" if age < CHILD_UNDER else "elderly" for age in ages if age < CHILD_UNDER or age >= ELDERLY_FROM}


def age_categories(words: list[str]) -> set[str]:
    """Children and elderly by a stated age, for the person the age follows («نجله البالغ من العمر 15 عاما»,
    "a man aged 80") or, in "a 14-year-old boy", precedes; not when that person is a witness or someone's
    family (``witness``), whose age says nothing of the victims."""
    if _AGE_AT_WORDS.isdisjoint(words) and not any(map(_AGE_VERBS.intersection, map(word_forms, words))):
        return set()  # no word ``_age_at`` reads an age from (a cheap test first; speed pass 14)
    found: set[str] = set()
    for at, word in enumerate(words):
        read = _age_at(words, at, word)
        if read is None:
            continue
        age, head, female = read
        if head < 0 or head >= len(words) or witness(words, head):
            continue
        by_age = ages_categories((age,))
        found |= by_age | ({"girls"} if female and "children" in by_age else set()) | _female_range(words, at)
        if female and age >= CHILD_UNDER:
            found.add("women")  # «عجوز في السبعين من عمرها»: her own age says she is a woman (Arabic pass tune38)
        if age >= CHILD_UNDER and words[head] in _EN_KIN_WOMEN:
            found.add("women")
    return found


_THEIR_AGES_F = normalize("أعمارهن")


# Arabic pass 76 (tune76): «ويبلغ الشاعر من العمر سبعة وستين عاما», «وتبلغ الفتاة من العمر 15 عاما»: a sentence that
# opens with the age verb, a definite person (and up to two words of a name) and «من العمر» tells the age of someone
# the story named; beside the incident (``nlp.incident_victims.listed_victim_categories``) it is the victim's
_OPENING_AGE_NAME_REACH = 3



def opening_age_categories(words: list[str]) -> set[str]:
    """Children, girls, women or elderly by an age told at a sentence's opening, for a definite person; or at a clause
    «أن» opens with the person first («وأن الابن الأصغر يبلغ من العمر 14 عاما»)."""
    if len(words) < 5:
        return set()
    verb, head, at = 0, 1, None
    if word_forms(words[0]) & _AGE_VERBS and words[1].startswith("ال"):
        at = next((k for k in range(2, 2 + _OPENING_AGE_NAME_REACH) if words[k : k + 2] == ["من", "العمر"]), None)
    else:
        # «أن» + the person (up to three words) + the age verb + «من العمر»
        verb = next((k for k in range(2, len(words) - 2) if words[k + 1 : k + 3] == ["من", "العمر"]
                     and word_forms(words[k]) & _AGE_VERBS), 0)
        head = next((j + 1 for j in range(max(0, verb - 1 - _OPENING_AGE_NAME_REACH), verb - 1)
                     if words[j] in THAT_BEFORE_NOUN and words[j + 1].startswith("ال")), None) if verb else None
        at = verb + 1 if head is not None else None
    if at is None or head is None or witness(words, head) or (age := _years_at(words, at + 2)) is None:
        return set()
    female = bool(word_forms(words[verb]) & _FEMALE)
    found = ages_categories((age,))
    if female:
        found |= {"girls"} if "children" in found else {"women"}
    return found


# English pass 63 (tune133en): "the youngest, aged 2, has burns to her body", "The eldest, aged 70, was hit by
# shrapnel": a superlative names one of the group the story counted, and its age is that victim's
_EN_OF_THE_GROUP = frozenset({"youngest", "eldest", "oldest"})


def english_youngest_aged(words: list[str]) -> set[str]:
    """Children, girls or elderly by the age told after "the youngest / eldest / oldest, aged N" (the youngest of the
    victims counted before; a girl where her own wound follows), empty when no such phrase stands."""
    if _EN_OF_THE_GROUP.isdisjoint(words):
        return set()  # a cheap test first
    for k, word in enumerate(words[:-2]):
        if word in _EN_OF_THE_GROUP and words[k + 1] == "aged" and (read := _age_at(words, k + 1, "aged")) is not None:
            found = ages_categories((read[0],))
            return found | ({"girls"} if read[2] and "children" in found else set())
    return set()


def _female_range(words: list[str], at: int) -> set[str]:
    """«ثلاث شقيقات تتراوح أعمارهن بين 15 و22 عاما»: the feminine «أعمارهن» says all are female; the youngest
    under 18 is a girl, the eldest from 18 a woman (Arabic pass tune38)."""
    if words[at] != _THEIR_AGES_F or words[at + 1 : at + 2] != ["بين"]:
        return set()
    low = _years_at(words, at + 2)
    if low is None:
        return set()
    found = {"girls"} if low < CHILD_UNDER else {"women"}
    for k in range(at + 3, min(at + 7, len(words))):
        if words[k].startswith("و") and (high := parse_number([words[k][1:]], 0)) is not None:
            return found | ({"women"} if high[0] >= CHILD_UNDER else set())
    return found


# the words ``_age_at`` starts from, besides a form of ``_AGE_VERBS`` (its «في» reads an age only before «من» and
# ``_OWN_AGE`` or ``_THE_AGE``): ``age_categories``'s gate, so a new route of ``_age_at`` widens it too (speed pass 14)
_AGE_AT_WORDS = _AGE_RANGES | _OWN_AGE | {_AGES_OF, _THE_AGE, "year", "years", "in", "of", "aged"}


def _age_at(words: list[str], at: int, word: str) -> tuple[int, int, bool] | None:
    """(age, index of the person it is stated for, whether she is female) for an age stated at ``at``."""
    forms = word_forms(word)
    if forms & _AGE_VERBS:  # «البالغ (من العمر) 15 عاما»
        start = at + 3 if words[at + 1 : at + 3] == ["من", "العمر"] else at + 1
        age = _years_at(words, start)
        return None if age is None else (age, at - 1, bool(forms & _FEMALE))
    if word in _AGE_RANGES and words[at + 1 : at + 2] == ["بين"]:  # «تتراوح أعمارهم بين 17 و25 عاما»: the youngest
        age = _years_at(words, at + 2)
        head = at - 2 if at > 0 and words[at - 1] in _RANGE_VERBS else at - 1
        return None if age is None else (age, head, False)
    if word == _AGES_OF and words[at + 2 : at + 3] == ["بين"] and words[at + 1].startswith("ال"):
        age = _years_at(words, at + 3)  # «أعمار المصابين بين 15 و17 عاما»: the youngest of the group named
        return None if age is None else (age, at + 1, False)
    if word in _OWN_AGE and word != _OWN_AGE_TWO and at > 0 and (age := _years_at(words, at + 1)) is not None:
        # «ولدنا أنس عمره 9 سنين», «عمرها 29 سنة»: «his / her age» then the years, as posts write it (Arabic pass 51);
        # the person is the name or the noun before it
        return age, at - 1, word in _FEMALE
    if word == "في" and (decade := _decade_at(words, at + 1)) is not None:  # «في العقد الثامن من عمره»
        own = words[at + 1 + decade[1] : at + 3 + decade[1]]
        if len(own) == 2 and own[0] == "من" and own[1] in _OWN_AGE:
            return decade[0], at - 1, own[1] in _FEMALE
        return None
    if word == "في" and at + 1 < len(words):  # «في السبعين من عمره», «في الـ15 من عمرها»
        # «في السابعة والستين»: the tens after an ordinal keep «و» and lose «ال» («سبع وستين», 67)
        tens = [w.replace("وال", "و", 1) if w.startswith("وال") else w for w in words[at + 2 : at + 3]]
        years = [_ORDINALS.get(words[at + 1], words[at + 1].removeprefix("ال")), *tens]
        number = parse_number(years, 0)
        own = words[at + 1 + number[1] : at + 3 + number[1]] if number else []
        if number and len(own) == 2 and own[0] == "من" and own[1] in _OWN_AGE:
            return number[0], at - 1, own[1] in _FEMALE
        if number and len(own) == 2 and own[0] == "من" and own[1] == _THE_AGE and at > 0:
            # «طالبتان في الرابعة عشرة من العمر»: «من العمر» with no pronoun (Arabic pass 122); the person's own
            # noun says whether she is female
            return number[0], at - 1, _feminine_head(words[at - 1])
        return None
    if word in ("year", "years") and words[at + 1 : at + 2] == ["old"] and at > 0:  # "a 14-year-old boy"
        number = parse_number(words, at - 1)
        noun = words[at + 2] if at + 2 < len(words) else ""
        # "wounding six migrants, among them a 16-year-old": the age ends the sentence, it is the person (pass 36)
        head = at + 2 if at + 2 < len(words) else at + 1
        return None if number is None else (number[0], head, noun in _FEMALE)
    if word == "in" and words[at + 2 : at + 3] != [] and words[at + 2] in _EN_DECADES and words[at + 1] in EN_POSSESSIVES:
        return _EN_DECADES[words[at + 2]], at - 1, words[at + 1] == "her"  # "a man in his seventies"
    if word == "of" and english_age_of(words, at):  # "a youth of 17" (English pass 23)
        return int(words[at + 1]), at - 1, words[at - 1] in _FEMALE
    if word == "aged" and at + 1 < len(words):  # "a girl aged 16", "children, aged 11 and 13"
        number = parse_number(words, at + 1)
        if number is None:
            return None
        # "the youngest, aged 2, has burns to her body": her own wound says she is female (pass 63)
        return number[0], at - 1, words[at - 1] in _FEMALE or english_her_own_body(words[at + 1 + number[1] :])
    return None


# Arabic pass 122 (tune122): «من العمر» after «في» and the years states the age of the noun before «في»; it is a
# girl's or a woman's where that noun is feminine: a dual or plural feminine ending («طالبتان», «تلميذات») or a
# feminine person noun (not any «ـه»: «ابنه» is his son)
_FEMININE_PERSONS = frozenset(normalize(w) for w in (
    "طالبة", "تلميذة", "فتاة", "طفلة", "شابة", "امرأة", "سيدة", "معلمة", "ممرضة", "طبيبة", "عاملة", "موظفة",
    "ناشطة", "صحفية", "مهاجرة", "لاجئة", "نازحة", "ابنة", "ابنته", "ابنتها", "شقيقة", "شقيقته", "زوجة", "زوجته"))
_FEMININE_ENDINGS = tuple(normalize(w) for w in ("تان", "تين"))
_FEMININE_PLURAL = normalize("ات")


def _feminine_head(word: str) -> bool:
    """The person noun ``word`` is feminine (see above)."""
    return (word.endswith(_FEMININE_ENDINGS) or (len(word) >= 5 and word.endswith(_FEMININE_PLURAL))
            or bool(word_forms(word) & _FEMININE_PERSONS))


def _decade_at(words: list[str], k: int) -> tuple[int, int] | None:
    """(first year, words used) of a decade of life at token k: «العقد الثامن» (70), «السبعينات» (70), or None."""
    if k >= len(words):
        return None
    if words[k] == _DECADE and k + 1 < len(words) and words[k + 1] in _MASCULINE_ORDINALS:
        return (_MASCULINE_ORDINALS[words[k + 1]] - 1) * 10, 2
    if words[k].startswith("ال") and words[k].endswith("ينات"):
        tens = parse_number([words[k][2:-4] + "ين"], 0)  # «السبعينات» -> «سبعين»
        return (tens[0], 1) if tens and tens[0] >= 20 else None
    return None


def _years_at(words: list[str], start: int) -> int | None:
    """The number of years written from ``start`` («15 عاما», «ثماني سنوات»), or None."""
    if start >= len(words):
        return None
    number = parse_number(words, start)
    if number is None:
        return None
    unit = start + number[1]
    if unit < len(words) and words[unit].startswith("و"):  # «يبلغان من العمر 11 و14 عاما»: the younger's age
        second = parse_number([words[unit][1:], *words[unit + 1 : unit + 2]], 0)
        unit += second[1] if second else 0
    return number[0] if unit < len(words) and words[unit] in YEAR_WORDS else None


def victim_categories(kind: str, found: Iterable[Candidate]) -> tuple[str, ...]:
    """The categories every sentence's candidate of this type names (its own reading when a sentence made
    one, else the victim words it was built from)."""
    return tuple(sorted({v for c in found if c.type == kind
                         for v in (c.victims if c.categories is None else c.categories)}))
