"""Context cues read where they stand: the cue matches that are no such cue (a workshop of a trade, a fake
checkpoint, a team of rescuers, threats already received, a power cut ...), a rescue no cue word names (a missing
person found safe), and where each cue stands.

A misread cue would lower or clear every trigger of its sentence, so these checks run before any cue is used:
in the sentence analysis (nlp/incidents.py) and in a headline's frame (nlp/incident_frames.py).
"""

from __future__ import annotations

from nlp.counts_scope import dated_last_span
from nlp.counts_words import AFTER_WORDS, EN_COUNSEL_VERBS
from nlp.incident_finders import ATTACK_WORDS
from nlp.incident_scope import ASSAULT_NOUNS, BULLETS, form_before
from nlp.lexicon import PhraseMatch
from nlp.morph import word_forms
from nlp.normalize import normalize

# «ورشة بناء», «ورشة نجارة»: a workshop where people work (a place), not a training workshop (a general cue)
_TRADES = {"بناء", "البناء", "نجاره", "حداده", "ميكانيك", "ميكانيكا", "صيانه", "سيارات", "تصليح", "الحداده", "النجاره"}


_GOAL = {"هدف", "هدفا"}


def _target_of_attack(words: list[str], match: PhraseMatch[str]) -> bool:
    """«مستشفيات حلب هدفا للقصف»: a target of shelling, not a goal scored (the sport cue `figurative`)."""
    return (set(match.payloads) == {"figurative"} and match.first == match.last and words[match.first] in _GOAL
            and match.last + 1 < len(words) and words[match.last + 1].startswith("ل")
            and bool(word_forms(words[match.last + 1]) & ATTACK_WORDS))


_AGENCY_HEADS = {"جهاز", "اداره", "اجهزه", "وحده", "وحدات", "قوه", "فرقه", "هيئه", "مصلحه", "مكتب", "مديريه"}
_COMBATING = {"مكافحه"}


def _agency_name(words: list[str], match: PhraseMatch[str]) -> bool:
    """«جهاز مكافحة الهجرة غير الشرعية», «وحدة مكافحة الإرهاب»: «مكافحة» naming the body that holds or acts (a
    Libyan detention agency), not a campaign against a phenomenon (`general`)."""
    return set(match.payloads) == {"general"} and bool(word_forms(words[match.first]) & _COMBATING) and (
        match.first > 0 and bool(word_forms(words[match.first - 1]) & _AGENCY_HEADS))


# «احتجاجات تطالب بمكافحة الفساد», «فرقاطة لمكافحة القرصنة»: «مكافحة» as what a march demands, or aimed at corruption or
# piracy (no harm to people), is no campaign against violence (`general`): the casualty or captive word beside it is
# the news (real posts pass 4: «قتل محتج بالبصرة في مظاهرات تطالب بمكافحة الفساد», «سفينة لمكافحة قرصنة ... لإنقاذ
# مهندس مخطوف»); «حملة لمكافحة العنف» keeps its cue
_DEMANDING = frozenset({"طالب", "يطالب", "تطالب", "يطالبون", "طالبوا", "طالبت", "مطالبين", "مطالبه", "للمطالبه",
                        "المطالبه", "مطالبا"})
_NOT_VIOLENCE_TARGETS = frozenset({"الفساد", "فساد", "القرصنه", "قرصنه", "البطاله", "الغلاء", "الاحتكار"})
_DEMAND_BEFORE_REACH = 2  # «تطالب بمكافحة», «للمطالبة أيضا بمكافحة»


def _fight_not_campaign(words: list[str], match: PhraseMatch[str]) -> bool:
    """«مكافحة» demanded by a march or aimed at corruption or piracy: no campaign cue (see above)."""
    if set(match.payloads) != {"general"} or match.first != match.last or not word_forms(words[match.first]) & _COMBATING:
        return False
    after = words[match.first + 1] if match.first + 1 < len(words) else ""
    if after in _NOT_VIOLENCE_TARGETS:
        return True
    return any(word_forms(w) & _DEMANDING for w in words[max(0, match.first - _DEMAND_BEFORE_REACH) : match.first])


# Real posts pass 5: «شاب اعتقل في ذكرى الثورة», «قتل في ذكرى الاستقلال»: the anniversary is the day the act happened,
# no commemoration told (the general cue «ذكرى» is then no context)
_ANNIVERSARY = frozenset({"ذكري"})
_ACTS_ON_A_DAY = frozenset(normalize(w) for w in (
    "اعتقل", "اعتقلت", "اعتقلوا", "اعتقلا", "احتجز", "احتجزت", "احتجزوا", "اختطف", "اختطفت", "اختطفوا", "خطف", "خطفت",
    "قتل", "قتلت", "قتلوا", "أصيب", "أصيبت", "أصيبوا", "جرح", "جرحت", "اعتقاله", "اعتقالها", "اعتقالهم", "قتله",
    "مقتله", "مقتلها", "استشهد", "استشهدت", "استشهدوا", "سجن", "سجنت", "حبس", "حبست", "أوقف", "أوقفت"))


def _act_on_anniversary(words: list[str], match: PhraseMatch[str]) -> bool:
    """«اعتقل في ذكرى الثورة»: an act done on an anniversary day (see above), no commemoration: not a general cue."""
    if set(match.payloads) != {"general"} or match.first < 2 or words[match.first - 1] not in ("في", "يوم"):
        return False
    return bool(word_forms(words[match.first]) & _ANNIVERSARY) and words[match.first - 2] in _ACTS_ON_A_DAY


# Arabic pass 122 (tune122): «اعتقلت الناشطة ... بعد يومين من حديثها في ندوة», «إثر مشاركته في مؤتمر»: a person's part
# in a meeting (speaking, taking part) given as when or why the act came is the act's occasion, no meeting told as the
# news (the general cue «ندوة» is then no context); a seminar held on a topic («نظمت ندوة عن الاعتقال») keeps it
_MEETINGS = frozenset({"ندوه", "مؤتمر", "ورشه", "محاضره", "ملتقي"})
_TAKING_PART = frozenset({"مشارك", "مشاركت", "مشاركه", "حديث", "كلمت", "كلمه", "مداخلت", "مداخله", "حضور",
                          "تصريحات", "تصريح"})
_MEETING_OCCASION = frozenset({"بعد", "اثر", "عقب", "بسبب", "خلفيه", "اثناء", "خلال"})
_PART_REACH = 3  # «حديثها في ندوة», «كلمة ألقاها في ندوة»: the part a few words before the meeting
_OCCASION_REACH = 4  # «بعد يومين من حديثها»: a span between the occasion and the part


def _part_in_meeting(words: list[str], match: PhraseMatch[str]) -> bool:
    """«بعد ... حديثها في ندوة»: a meeting someone spoke at or took part in, after or for which the act came (see
    above): not a general cue."""
    if set(match.payloads) != {"general"} or match.first != match.last or not word_forms(words[match.first]) & _MEETINGS:
        return False
    for k in range(max(0, match.first - _PART_REACH), match.first):
        if word_forms(words[k]) & _TAKING_PART:
            return any(w in _MEETING_OCCASION for w in words[max(0, k - _OCCASION_REACH) : k])
    return False


def _positions(matches: list[PhraseMatch[str]]) -> dict[str, list[int]]:
    """Where each cue stands: the first token of each of its matches, by cue (the scope rules read distances)."""
    out: dict[str, list[int]] = {}
    for match in matches:
        for payload in match.payloads:
            out.setdefault(payload, []).append(match.first)
    return out


def _trade_workshop(words: list[str], match: PhraseMatch[str]) -> bool:
    """«اختطاف 3 عمال من ورشة بناء»: a workshop followed by a trade is a workplace, not a seminar (a general cue);
    so is one someone works in («يخدم معانا في الورشة», «يعمل في ورشة»: Arabic counts pass 11)."""
    if set(match.payloads) != {"general"} or match.first != match.last or not word_forms(words[match.first]) & {"ورشه"}:
        return False
    if match.last + 1 < len(words) and word_forms(words[match.last + 1]) & _TRADES:
        return True
    if any(word_forms(w) & _WORKSHOP_WORKERS for w in words[max(0, match.first - _WORKERS_REACH) : match.first]):
        return True  # «خطف ثلاثة عمال سودانيين من ورشة» (Arabic pass 122)
    return any(w in _WORKING for w in words[max(0, match.first - _WORKING_REACH) : match.first])


# Arabic pass 122 (tune122): workers named a few words before the workshop («ثلاثة عمال سودانيين من ورشة», «عامل
# في ورشة») are its workers: a workplace; the workers of a training workshop come after it («ورشة لتدريب العمال»)
_WORKSHOP_WORKERS = frozenset({"عامل", "عمال", "عاملين", "عاملا", "حرفي", "حرفيين"})
_WORKERS_REACH = 4  # «عمال مصريين من ورشة»: a nationality and «من» between

# «يعمل في ورشة», Libyan «يخدم معانا في الورشة»: the verb of working before the workshop (normalised forms)
_WORKING = frozenset(normalize(w) for w in (
    "يعمل", "تعمل", "يعملون", "يعملان", "يخدم", "تخدم", "يخدموا", "يخدمو", "يخدمون", "يشتغل", "تشتغل", "يشتغلوا"))
_WORKING_REACH = 3  # «يخدم معانا في الورشة»


_CUTS = {"انقطاع", "انقطاعات", "قطع", "انقطاعا"}  # «انقطاع التيار الكهربائي»: a power cut, no electrocution
_CUT_REACH = 3  # «الانقطاع المتواصل للتيار الكهربائي»: an adjective between the cut and the current
_GUARDING = frozenset({"حراسه", "الحراسه", "والحراسه", "للحراسه"})  # guarding, the duty: not «حراس» (guards)


# «لفريق من الهلال الأحمر», «فريق طبي», «فرق الإنقاذ»: a team of rescuers, medics or investigators, not a sports team
_TEAMS = frozenset(normalize(w) for w in ("فريق", "الفريق", "لفريق", "وفريق", "فرق", "الفرق"))
_TEAM_OF_HELP = frozenset(normalize(w) for w in (
    "من", "طبي", "طبية", "الإسعاف", "إسعاف", "الإنقاذ", "إنقاذ", "البحث", "الهلال", "التحقيق", "تحقيق", "أممي",
    "الأمم", "حقوقي", "الطوارئ", "الدفاع", "الصليب",
    # «فريق الانتشال», «فريق تابع للهيئة العامة للبحث والتعرف على المفقودين», «فرق الإغاثة»: a recovery or relief team,
    # a body's own (Arabic pass 114)
    "الانتشال", "انتشال", "تابع", "التابع", "الإغاثة", "إغاثة", "الإطفاء"))
# «انتشل فريق ... 3 جثث»: a team that recovers bodies is no sports team (Arabic pass 114)
_RECOVERING = frozenset(normalize(w) for w in ("انتشل", "انتشلت", "وانتشل", "وانتشلت", "ينتشل", "تنتشل", "استخرج", "استخرجت"))


def _help_team(words: list[str], match: PhraseMatch[str]) -> bool:
    """«قال شاب لفريق من الهلال الأحمر», «وصل فريق طبي»: a team named by who it is (rescuers, medics, investigators)
    is no sport cue, which would drop every harm word of its sentence."""
    return (set(match.payloads) == {"figurative"} and match.first == match.last and words[match.first] in _TEAMS
            and ((match.first + 1 < len(words) and words[match.first + 1] in _TEAM_OF_HELP)
                 or (match.first > 0 and words[match.first - 1] in _RECOVERING)))


_FAKE = frozenset(normalize(w) for w in ("وهمية", "وهمي", "الوهمية", "الوهمي"))
# also the checkpoint whose men take someone away (``security_took_away``, nlp/incident_combine.py)
CHECKPOINTS = {"البوابه", "بوابه", "الحاجز", "حاجز", "الكمين"}  # «عناصر البوابة اقتادوه»: the checkpoint's men


def _fake_checkpoint(words: list[str], match: PhraseMatch[str]) -> bool:
    """«برصاص مسلحين عند بوابة وهمية»: a fake checkpoint is gunmen's roadblock on Libyan roads, real harm; «وهمية»
    is a swindle cue only of a fake company or offer (the figurative cue would blank the sentence's counts)."""
    return (set(match.payloads) == {"figurative"} and match.first == match.last and match.first > 0
            and words[match.first] in _FAKE and words[match.first - 1] in CHECKPOINTS)


def _shooters_vehicles(words: list[str], match: PhraseMatch[str]) -> bool:
    """«الرصاص أطلق من سيارات مسلحة»: armed vehicles after «من» are where the shots came from, no military target
    struck (the cue would clear the harm of protesters it hurt; Arabic counts pass 11)."""
    return set(match.payloads) == {"military_targets"} and match.first > 0 and words[match.first - 1] == "من"


_EN_CLASHES = frozenset({"clash", "clashes", "fighting", "gunfight", "firefight", "battle", "battles", "skirmish",
                         "skirmishes", "exchange"})
_EN_CLASH_PARTY_REACH = 3  # "in a clash with gunmen", "clashes with armed gunmen": "with" and up to one word


def _english_clash_party(words: list[str], match: PhraseMatch[str]) -> bool:
    """"three of its soldiers were killed in a clash with gunmen": the gunmen after "clash with" are the other party
    of a fight, no perpetrators of harm to protected people (the cue would keep a fighters-only toll as an incident;
    English pass 30), as «اشتباكات بين المليشيات» names the clash's parties (``incident_victims._clash_party``)."""
    if "perpetrators" not in match.payloads or not words[match.first].isascii():
        return False
    before = words[max(0, match.first - _EN_CLASH_PARTY_REACH) : match.first]
    return "with" in before and any(
        words[k - 1] in _EN_CLASHES for k in range(max(1, match.first - _EN_CLASH_PARTY_REACH), match.first)
        if words[k] == "with")

# «مقتل اثنين من عناصرها في اشتباك مع مسلحين», «في مواجهة مع مهربين»: the Arabic twin of the English clash party
# (Arabic Libya-precision pass, twentieth session: tune128, tune130, tune139, tune51, tune35 named the gunmen or
# smugglers a unit fought as perpetrators and kept its own dead as an incident)
_AR_CLASHES = frozenset(normalize(w) for w in ("اشتباك", "اشتباكات", "مواجهة", "مواجهات", "معركة", "معارك"))
_AR_WITH = frozenset({"مع"})
_AR_CLASH_PARTY_REACH = 3  # «في اشتباك مع مسلحين», «في مواجهات مع عصابة مسلحة»: «مع» and up to one word


def _arabic_clash_party(words: list[str], match: PhraseMatch[str]) -> bool:
    """A perpetrators cue up to two words after «مع» that follows a clash word, itself or with its adjective
    («اشتباك مع مسلحين», «مواجهة مسلحة مع عصابة»): the other party
    of a fight, no perpetrators of harm to protected people (as ``_english_clash_party``)."""
    if "perpetrators" not in match.payloads or words[match.first].isascii():
        return False
    return any(words[k] in _AR_WITH and any(word_forms(w) & _AR_CLASHES for w in words[max(0, k - 2) : k])
               for k in range(max(1, match.first - _AR_CLASH_PARTY_REACH + 1), match.first))  # «مواجهة مسلحة مع»


# «مظاهرة ضد الغلاء», «احتجاجا على ارتفاع الأسعار»: prices as what a march protests (Arabic counts pass 11)
_PRICES = frozenset(normalize(w) for w in ("أسعار", "الأسعار", "غلاء", "الغلاء", "التضخم"))
_PROTESTING = frozenset(normalize(w) for w in (
    "ضد", "احتجاجا", "احتجاج", "احتجاجات", "تنديدا", "رفضا", "مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات", "وقفة",
    "مسيرة", "مسيرات"))
_PROTEST_REACH = 3  # «احتجاجا على ارتفاع الأسعار»: «على» and the rise between


def _prices_protested(words: list[str], match: PhraseMatch[str]) -> bool:
    """«قتل متظاهر خلال مظاهرة ضد الغلاء»: prices named as what a march protests are its cause, no price news (the
    figurative cue would read «قتل» as «الغلاء يقتل المواطن» and drop every harm word of the sentence)."""
    return (set(match.payloads) == {"figurative"} and match.first == match.last and words[match.first] in _PRICES
            and any(word_forms(w) & _PROTESTING for w in words[max(0, match.first - _PROTEST_REACH) : match.first]))


# «رصاص عشوائي أطلق احتفالا بنتيجة مباراة», «أعيرة نارية أطلقت ابتهاجا بالفوز في المباراة»: a match or a win celebrated
# with gunfire is the occasion of real bullets (Arabic pass 74: a young man killed and two hurt by celebratory fire);
# the sport word after a gunfire word is no sport news (the figurative cue would drop the harm words of its sentence);
# not «رصاصة الرحمة» (the coup de grâce of a team's hopes, a metaphor)
_GUNFIRE = BULLETS | frozenset(normalize(w) for w in (  # the bullet words and the fire, rounds and calibres
    "الرصاص", "الرصاصة", "رصاصات", "أعيرة", "الأعيرة", "عيارات", "العيارات", "طلقات", "الطلقات",
    "عيار", "العيار", "النار", "نارية", "النارية"))
_MERCY = frozenset({"الرحمه", "رحمه"})
_CELEBRATION_REACH = 9  # «برصاص عشوائي أطلق احتفالا بفوز فريقه في مباراة»


# English pass 53 (tune113en): "Three people were wounded by celebratory gunfire in <town> on Sunday night after the
# local club won the cup final", "Celebratory shots after football final wound three": the match is what the gunfire
# celebrated, as in Arabic; English tells the occasion after the place and the time, so the reach is the clause's
_EN_CELEBRATORY = frozenset({"celebratory"})
_EN_GUNFIRE = frozenset({"gunfire", "shots", "shooting", "bullets", "bullet", "rounds", "fire"})
_EN_CELEBRATION_REACH = 16


def _english_match_celebrated(words: list[str], first: int) -> bool:
    """"celebratory" and a gunfire word within ``_EN_CELEBRATION_REACH`` tokens before an English sport word: the
    match is the occasion of the real shots, no sport news (a player "injured in training" keeps the cue)."""
    before = words[max(0, first - _EN_CELEBRATION_REACH) : first]
    return not _EN_CELEBRATORY.isdisjoint(before) and not _EN_GUNFIRE.isdisjoint(before)


def _match_celebrated(words: list[str], match: PhraseMatch[str]) -> bool:
    """A sport word within ``_CELEBRATION_REACH`` tokens after a gunfire word (any clitic form), the fire not
    «رصاصة الرحمة»: celebratory gunfire, no sport cue (see above); in English "celebratory" and a gunfire word
    before it (``_english_match_celebrated``)."""
    if set(match.payloads) != {"figurative"} or match.first != match.last:
        return False
    if words[match.first].isascii():
        return _english_match_celebrated(words, match.first)
    start = max(0, match.first - _CELEBRATION_REACH)
    return any(word_forms(w) & _GUNFIRE and (k + 1 >= len(words) or words[k + 1] not in _MERCY)
               for k, w in enumerate(words[start : match.first], start))


# Arabic pass 128 (tune128): «قذيفة طاحت على ملعب الحي وقت ما كانوا يلعبوا», «سقوط صاروخ على ملعب كرة»: a pitch
# named after a shell, a rocket or shrapnel is where the projectile fell, no sport news (the figurative cue would drop
# the harm words of its sentence); only the pitch words («ملعب», «الملاعب»), not a match or a league
_PITCHES = frozenset({"ملعب", "الملعب", "ملاعب", "الملاعب"})
_PROJECTILES = frozenset(normalize(w) for w in (
    "قذيفة", "القذيفة", "قذائف", "القذائف", "صاروخ", "الصاروخ", "صواريخ", "الصواريخ", "شظايا", "الشظايا", "هاون",
    "الهاون", "غراد", "مقذوف", "المقذوف"))
_PITCH_REACH = 6  # «قذيفة طاحت على ملعب», «سقوط قذيفة هاون على أرضية ملعب»


def _pitch_shelled(words: list[str], match: PhraseMatch[str]) -> bool:
    """A pitch word within ``_PITCH_REACH`` tokens after a projectile word (any clitic form): where the shell fell."""
    if set(match.payloads) != {"figurative"} or match.first != match.last or words[match.first] not in _PITCHES:
        return False
    start = max(0, match.first - _PITCH_REACH)
    return any(word_forms(w) & _PROJECTILES for w in words[start : match.first])


# «وطلبوا مليون دينار», «فدية بمليون دولار»: a sum demanded for a captive is a ransom, no statistic (Arabic pass 51;
# the «مليون» of a general figure stays: «مليون نازح»)
_MILLIONS = frozenset({"مليون", "ملايين"})
_CURRENCIES = frozenset({"دينار", "دولار", "يورو", "جنيه", "درهم"})
_DEMANDS = frozenset({"فديه", "طلب", "طلبو", "طلبت", "يطلب", "طالب", "طالبو", "يطالب", "يطالبو", "مقابل"})
_DEMAND_REACH = 3  # «طلبو فدية قدرها مليون دينار»


def _ransom_sum(words: list[str], match: PhraseMatch[str]) -> bool:
    """A million of a currency demanded («اتصلوا بينا وطلبوا مليون دينار»): the sum of a ransom."""
    if set(match.payloads) != {"general"} or match.first != match.last or words[match.first] not in _MILLIONS:
        return False
    if match.last + 1 >= len(words) or word_forms(words[match.last + 1]).isdisjoint(_CURRENCIES):
        return False
    return any(not word_forms(w).isdisjoint(_DEMANDS) for w in words[max(0, match.first - _DEMAND_REACH) : match.first])


# «بعد أيام من تلقيها تهديدات»: threats received before the act (Arabic pass tune37)
# the noun with its owner only: «إنه تلقى تهديدات» (the verb, «تلقي» once normalised) tells the threats as the
# sentence's own news
_RECEIVED = frozenset(normalize(w) for w in ("تلقيه", "تلقيها", "تلقيهم", "تلقيهما"))
_RECEIVED_REACH = 2  # «تلقيها تهديدات», «تلقيه عدة تهديدات»


def _threats_received(words: list[str], match: PhraseMatch[str]) -> bool:
    """«أحرق مجهولون سيارتها بعد أيام من تلقيها تهديدات»: threats already received are the act's background, not a
    harm that might happen (the hypothetical cue «تهديدات» would blank the sentence); so are threats the act came
    «after» («تعرضت لطعن بسكين ... بعد تهديدات وصلتها»: Arabic pass 128)."""
    return (set(match.payloads) == {"hypothetical"} and match.first == match.last
            and (any(w in _RECEIVED for w in words[max(0, match.first - _RECEIVED_REACH) : match.first]) or (
                match.first > 0 and words[match.first - 1] in _AFTER_THREATS
                and words[match.first] == "تهديدات")))


# «بعد تهديدات», «إثر تهديدات»: the act told came after the threats (Arabic pass 128)
_AFTER_THREATS = AFTER_WORDS


# «العثور على الطفل محمد (9 سنوات) سالما»: a missing person found safe (Arabic pass tune37)
_FOUND_ALIVE = frozenset(normalize(w) for w in ("العثور", "عثر", "عثرت", "يعثر", "تعثر", "عثروا", "وجد", "وجدت"))
# «سالما», «بخير»: unhurt (a missing person found safe here; a hostage let go unhurt in annotate's release story)
UNHURT = frozenset(normalize(w) for w in ("سالما", "سالمة", "سالمين", "سالمون", "سالمتين", "سالمان", "بخير"))
_FOUND_SAFE_REACH = 8  # «العثور على الطفل محمد (9 سنوات) سالما»: a name and an age between


def _found_safe(words: list[str]) -> bool:
    """«أعلنت المديرية العثور على الطفل المفقود سالما بعد يومين من فقدانه»: the missing found safe is a rescue's end,
    no disappearance (read as the `rescue` cue: a disappearance or «other» with nobody dead loses its weight)."""
    return not UNHURT.isdisjoint(words) and any(w in UNHURT and any(f in _FOUND_ALIVE for f in words[max(0, i - _FOUND_SAFE_REACH) : i])
               for i, w in enumerate(words))


def _guarding_duty(words: list[str], match: PhraseMatch[str]) -> bool:
    """«الكتيبة 166 للحماية والحراسة», «شركة حراسة»: guarding as a unit's or a firm's duty is no custody; «تحت
    الحراسة» (held under guard) is (Libyan outlets pass 2)."""
    return (set(match.payloads) == {"custody"} and match.first == match.last and words[match.first] in _GUARDING
            and not (match.first > 0 and words[match.first - 1] == "تحت"))


def _power_cut(words: list[str], match: PhraseMatch[str]) -> bool:
    """«احتجاج على الانقطاع المتواصل للتيار الكهربائي»: the current cut off (a protest's grievance), not the
    accident cue «التيار الكهربائي» (an electrocution)."""
    return "accident" in match.payloads and bool(word_forms(words[match.first]) & {"التيار", "تيار"}) and form_before(
        words, match.first, _CUTS, _CUT_REACH)



# «بزعم محاولته تنفيذ عملية دهس», «بدعوى محاولة دهس جنود»: a ramming named as an attack («عملية دهس») or as the
# pretext the shooters gave («بزعم / بدعوى / بحجة / بذريعة» a few words before) is no road accident; the victim was
# shot (real posts pass 4)
_RAMMING = frozenset({"دهس"})
_PRETEXTS = frozenset({"بزعم", "بدعوي", "بحجه", "بذريعه", "عمليه", "عمليات"})
_PRETEXT_REACH = 3  # «بزعم محاولته تنفيذ عملية دهس»


def _ramming_attack(words: list[str], match: PhraseMatch[str]) -> bool:
    """The accident cue «دهس» after «عملية» or a word of pretext (see above)."""
    return ("accident" in match.payloads and match.first == match.last and words[match.first] in _RAMMING
            and any(w in _PRETEXTS for w in words[max(0, match.first - _PRETEXT_REACH) : match.first]))


# «حالات اختناق بالغاز المسيل للدموع خلال احتجاج»: tear gas fired at people, not the accident cue «اختناق بالغاز» (a
# gas leak); Arabic pass 56
_TEAR_GAS_FLOWING = frozenset({"المسيل", "المسيله", "مسيل", "مسيله"})  # «المسيل»: the frames read «للدموع»


# Arabic pass 68 (tune68): «أصيبوا بالرصاص المعدني والاختناق بالغاز، عندما اقتحمت القوات البلدة»: the gas told
# beside the bullets that hit the same people is fired at them, no gas leak
_SHOT_WITH = frozenset({"بالرصاص", "برصاص", "الرصاص", "المطاطي", "المعدني", "الحي", "بالخرطوش", "الخرطوش", "بالهراوات",
                        "بطلقات", "بالقنابل"})
_SHOT_WITH_REACH = 3  # «بالرصاص المعدني والاختناق»: the bullets' kind between


def _tear_gas(words: list[str], match: PhraseMatch[str]) -> bool:
    """An accident cue whose gas is tear gas: «المسيل (للدموع)» right after it, or bullets told right before it."""
    if "accident" not in match.payloads:
        return False
    if match.last + 1 < len(words) and words[match.last + 1] in _TEAR_GAS_FLOWING:
        return True
    return words[match.first].startswith("و") and "اختناق" in words[match.first] and any(
        w in _SHOT_WITH for w in words[max(0, match.first - _SHOT_WITH_REACH) : match.first])


# Arabic pass 68 (tune68): «أحال النائب العام 12 عنصرا إلى المحاكمة بتهمة تعذيب سجناء»: a referral to trial is a
# proceeding on a past act, as a ruling is (lexicon `court` + «إلى المحاكمة، للمحاكمة، إلى المحكمة»); a trial
# demanded («طالبت بتقديم الجناة إلى المحاكمة») in the news of the act is no proceeding yet, and one denied («موقوف
# منذ أربعة أشهر على ذمة قضية لم يحل فيها إلى المحكمة») is a detention without trial
_BRINGING = frozenset({"تقديم", "بتقديم", "لتقديم", "وتقديم", "يقدم", "تقدم"})
_TRIAL_DEMAND_REACH = 8  # «طالبت النقابة بتقديم المتورطين في قتل الطبيب إلى المحاكمة»
_NOT_REFERRED = frozenset({"لم", "ولم", "دون", "بدون", "ودون", "لا", "ولا", "يحل", "تحل", "يحالوا"})
_NOT_REFERRED_REACH = 3  # «لم يحل فيها إلى المحكمة», «دون إحالته إلى المحكمة»


def _trial_not_held(words: list[str], match: PhraseMatch[str]) -> bool:
    """A court cue «إلى المحاكمة / للمحاكمة / إلى المحكمة» after a demand or a «تقديم» (bringing to trial), or
    after a negation («لم يحل إلى المحكمة»; «يحل» is the negated jussive)."""
    if "court" not in match.payloads or "محاكم" not in words[match.last] and "محكم" not in words[match.last]:
        return False
    if any(w in _NOT_REFERRED for w in words[max(0, match.first - _NOT_REFERRED_REACH) : match.first]):
        return True
    window = words[max(0, match.first - _TRIAL_DEMAND_REACH) : match.first]
    return any(w in _BRINGING or word_forms(w) & _DEMANDING for w in window)


# Arabic pass 49 (tune49): «منذ احتجازه ... إثر حجز مركبهم من قبل البحرية الليبية», «حجز مركب صيد»: a fishing boat,
# or the boat of the men held, seized with its crew is the holding of people (a coast guard holding a fishing boat
# is an incident: tune17), not the seizure of goods the routine cue «حجز» names («حجز قارب محمل بالوقود»)
_VESSELS = frozenset({"مركب", "قارب", "سفينه", "زورق", "مراكب", "قوارب"})
_SEIZING = frozenset({"حجز", "حجزت"})
_FISHING = frozenset({"صيد", "الصيد", "للصيد"})


def _crew_boat_seized(words: list[str], match: PhraseMatch[str]) -> bool:
    """The routine cue «حجز» before a boat with its owners' pronoun («مركبهم», «قاربه») or a fishing boat («مركب
    صيد»): the crew's boat, not contraband."""
    if "routine" not in match.payloads or match.first != match.last or words[match.first].lstrip("و") not in _SEIZING:
        return False
    boat = words[match.last + 1] if match.last + 1 < len(words) else ""
    forms = word_forms(boat)
    if not forms & _VESSELS:
        return False
    owned = boat not in _VESSELS and boat.endswith(("ه", "هم", "ها", "هما"))
    return owned or (match.last + 2 < len(words) and words[match.last + 2] in _FISHING)


# «وصلتنا 3 حالات إصابة بطلق ناري إثر اشتباكات», «حالة إصابة بالرصاص», «استقبال ست حالات إصابة بعد أن أطلق مسلحون
# النار»: cases of a wound by a weapon or a blow, or cases in a sentence that tells gunfire or an attack, are the hurt
# of an event, not the epidemic's «حالات إصابة» (the `disease` cue would clear the sentence's injury; Arabic passes 49
# and 53)
_WEAPON_WOUNDS = frozenset({"بطلق", "بطلقات", "بالرصاص", "برصاص", "برصاصه", "بشظايا", "بشظيه", "بجروح", "بكسور", "بحروق",
                            "بطعنات", "بطعنه", "بالسلاح", "بسلاح", "بطلقه"})
_WOUND_CAUSES = frozenset({"طلقات", "طلق", "رصاص", "الرصاص", "رصاصه", "رصاصات", "شظايا", "الشظايا", "جروح", "كسور",
                           "حروق", "طعنات", "طعنه", "السلاح", "سلاح", "اعيره", "الاعيره"})
_FIRING_VERBS = frozenset({"اطلق", "اطلقت", "اطلقوا", "اطلاق", "فتح", "فتحت", "فتحوا"})  # «أطلق مسلحون النار»


def _wound_cases(words: list[str], match: PhraseMatch[str]) -> bool:
    """The disease cue («حالات إصابة», «إصابات جديدة») right before a weapon or a wound told with «ب», or «حالات
    إصابة» in a sentence that tells an attack or gunfire: no disease's cases."""
    if "disease" not in match.payloads:
        return False
    after = words[match.last + 1] if match.last + 1 < len(words) else ""
    if after in _WEAPON_WOUNDS:
        return True
    if set(match.payloads) != {"disease"} or "اصابه" not in word_forms(words[match.last]):
        return False
    if after.startswith("ب") and after[1:] in _WOUND_CAUSES:
        return True
    return any(word_forms(w) & ATTACK_WORDS or (w == "النار" and k > 0 and word_forms(words[k - 1]) & _FIRING_VERBS)
               or (w == "النار" and k > 1 and word_forms(words[k - 2]) & _FIRING_VERBS) for k, w in enumerate(words))


# Arabic pass 78 (tune78): «استقبل المستشفى أربع حالات إصابة»: the number four, which the affix-aware matcher reads as
# the `general` cue «ربع حالات» (a quarter of the cases, a report's share) with «أ» as a prefix
_FOUR = frozenset({"اربع", "واربع"})


def _four_not_quarter(words: list[str], match: PhraseMatch[str]) -> bool:
    """A `general` cue matched from «أربع» (four), not «ربع» (a quarter)."""
    return "general" in match.payloads and words[match.first] in _FOUR


# Arabic pass 54 (tune54): «نقص السيولة», «أزمة السيولة» (cash in the banks, a daily grievance in Libyan news) read
# by the affix-aware matcher as the flood cue «سيول» with a pronoun («السيولة» is «السيوله» once normalised): no flood
_LIQUIDITY = frozenset({"السيوله", "سيوله", "بالسيوله", "والسيوله", "للسيوله", "وسيوله", "بسيوله", "لسيوله"})


def _cash_not_floods(words: list[str], match: PhraseMatch[str]) -> bool:
    """An accident cue matched on one word that is «السيولة» (liquidity), with its clitics."""
    return "accident" in match.payloads and match.first == match.last and words[match.first] in _LIQUIDITY


# «يسود هدوء حذر المدينة بعد اشتباكات أسفرت عن مقتل ...», «ترقب حذر»: «حذر» after a noun of calm or waiting is the
# adjective "cautious", no warning (Arabic pass 60: a warning cue would scope out the clash's toll that follows)
_CALM = frozenset(normalize(w) for w in ("هدوء", "الهدوء", "وهدوء", "ترقب", "الترقب", "تفاؤل", "التفاؤل", "بشكل"))


def _cautious_calm(words: list[str], match: PhraseMatch[str]) -> bool:
    """A warning cue matched on «حذر» alone right after a noun of calm or waiting («هدوء حذر»)."""
    return ("warning" in match.payloads and match.first == match.last and match.first > 0
            and words[match.first] in ("حذر", "حذرا") and words[match.first - 1] in _CALM)


# «لاعب كرة السلة»: basketball («السلة», normalised «السله») read by the affix-aware matcher as the disease cue «السل»
# (tuberculosis) with the feminine ending (found by Arabic pass 112). Only after «كرة»: a food basket («السلة
# الغذائية», aid handed out) is no harm either, and the disease reading keeps it out
_BALL = frozenset({"كره", "لكره", "بكره", "وكره"})


def _basket_not_tuberculosis(words: list[str], match: PhraseMatch[str]) -> bool:
    """A disease cue matched on «السلة» right after «كرة» (basketball)."""
    return ("disease" in match.payloads and match.first == match.last and match.first > 0
            and words[match.first] == "السله" and words[match.first - 1] in _BALL)


def misread_cue(words: list[str], match: PhraseMatch[str]) -> bool:
    """The cue misreads shared by a sentence's context cues (``incidents.analyse_sentence``) and a headline's frame
    cues (``incident_frames.headline_frame``): «انقطاع التيار» (a power cut), «حالات إصابة بطلق» (wounds), «السيولة»
    (cash), «السلة» (basketball, no tuberculosis), «أربع» (four, no quarter), the tear gas, a ramming attack, a trial not held. One place, so a new misread
    reaches both."""
    return (_power_cut(words, match) or _wound_cases(words, match) or _cash_not_floods(words, match)
            or _basket_not_tuberculosis(words, match) or _four_not_quarter(words, match) or _tear_gas(words, match) or _ramming_attack(words, match)
            or _trial_not_held(words, match) or _march_not_phenomenon(words, match) or _inquiry_not_dated(words, match)
            or _escape_attempted(words, match) or _assaulted_patient(words, match) or _counsel_in_court(words, match)
            or _aim_not_goal(words, match) or _military_hospital(words, match))


# Arabic pass 137 (tune137): «نقل إلى مستشفى معيتيقة العسكري لتلقي الإسعافات»: «العسكري» in a hospital's name is the
# hospital, no fighter (the combatants cue undid a bathers' drowning lead as violent, and may mark a toll as fighters')
_HOSPITAL_WORDS = frozenset(normalize(w) for w in (
    "مستشفى", "المستشفى", "بمستشفى", "لمستشفى", "للمستشفى", "بالمستشفى", "مستشفيات", "المستشفيات", "مصحة", "المصحة"))
_HOSPITAL_NAME_REACH = 3  # «المستشفى العسكري», «مستشفى معيتيقة العسكري», «مستشفى طرابلس المركزي العسكري»


def _military_hospital(words: list[str], match: PhraseMatch[str]) -> bool:
    """A combatants cue matched on «العسكري / العسكرية» alone with a hospital word up to three words before it."""
    return (set(match.payloads) == {"combatants"} and match.first == match.last
            and words[match.first] in ("العسكري", "العسكريه")
            and not _HOSPITAL_WORDS.isdisjoint(words[max(0, match.first - _HOSPITAL_NAME_REACH) : match.first]))


# Arabic pass 130 (tune130): «تسلل إليها شاب بهدف سرقة مصوغها»: «بهدف» + a verbal noun of an act is "with the aim of",
# no goal scored (the sport cue `figurative` blanked the strangling); «فاز بهدف نظيف», «بهدف دون رد» stay sport
_AIMS = frozenset({"سرقه", "السرقه", "سلب", "السلب", "نهب", "الاستيلاء", "الانتقام", "ابتزاز", "الابتزاز", "ترهيب",
                   "قتل", "قتله", "قتلها", "اغتصاب", "اغتصابها", "خطف", "اختطاف", "الاعتداء", "تهريب", "ترويع"})


def _aim_not_goal(words: list[str], match: PhraseMatch[str]) -> bool:
    """The sport cue «بهدف» right before an act's verbal noun («بهدف سرقة», «بهدف الانتقام»): an aim, no goal."""
    return (set(match.payloads) == {"figurative"} and match.first == match.last and words[match.first] == "بهدف"
            and match.last + 1 < len(words) and words[match.last + 1] in _AIMS)


# Arabic pass 124 (tune124): «اعتداء على طبيب ومرضى الكلى», «الاعتداء بالعنف على مريض بالسرطان»: a disease word in
# the object of an assault noun describes the people assaulted (patients), no illness that frames the casualty words
_ASSAULT_NOUNS = ASSAULT_NOUNS | {"تعنيف"}
_ASSAULTED_REACH = 4  # «على» up to four words before the disease word («على طبيب وممرض ومرضى»)


def _assaulted_patient(words: list[str], match: PhraseMatch[str]) -> bool:
    """A disease cue with «على» before it (within ``_ASSAULTED_REACH``) right after an assault noun (one word such as
    «بالعنف» may stand between)."""
    if set(match.payloads) != {"disease"}:
        return False
    return any(words[k] == "علي" and form_before(words, k, _ASSAULT_NOUNS, 2)
               for k in range(max(0, match.first - _ASSAULTED_REACH), match.first))


# English pass 61 (tune129en): "Lawyer X detained in Misrata after defending protesters in court": the court where a
# lawyer pleaded is the work the lawyer was held for, no trial of the one held (the routine cue "court" would blank
# the detention); a counsel verb up to four words before "court"
_EN_COUNSEL = EN_COUNSEL_VERBS | {"defend", "represent", "pleading", "pleaded"}
_COUNSEL_REACH = 4  # "after defending protesters in court", "defended the families of detainees in court"


def _counsel_in_court(words: list[str], match: PhraseMatch[str]) -> bool:
    """The routine cue "court" a few words after a counsel verb ("defending protesters in court")."""
    return ("routine" in match.payloads and words[match.first] == "court"
            and not _EN_COUNSEL.isdisjoint(words[max(0, match.first - _COUNSEL_REACH) : match.first]))


# Arabic pass 116 (tune116): «تعرضهم للضرب من قبل حراس المركز إثر محاولة فرار», «قتل مهاجر أثناء محاولة الهروب»: the
# attempt is the victims' escape, not a harm that might have happened (the hypothetical cue «محاولة» would blank the
# sentence); «محاولة اغتيال», «محاولة اختطاف» keep their weight (the attempted harm is named)
_ESCAPES = frozenset({"فرار", "الفرار", "للفرار", "هروب", "الهروب", "للهروب", "فرارهم", "هروبهم", "فراره", "هروبه",
                      "فرارها", "هروبها", "فرارهما", "هروبهما"})


def _escape_attempted(words: list[str], match: PhraseMatch[str]) -> bool:
    """The hypothetical cue «محاولة» (one word) right before an escape noun."""
    return (match.first == match.last and match.last + 1 < len(words) and words[match.last + 1] in _ESCAPES
            and set(match.payloads) == {"hypothetical"} and words[match.first] in ("محاوله", "ومحاوله", "بمحاوله"))


# Arabic pass 104 (tune104): the indefinite inquiry («أمر بفتح تحقيق في ملابسات وفاة موقوف ... الشهر الماضي») is a
# proceedings cue, as «التحقيق في», only where the sentence dates the event last week, month or year (as
# ``counts_scope.inquiry_into_past``): an inquiry opened into a death first told today («تفتح تحقيقا في وفاة موقوف
# ... بعد أن اتهمت عائلته أعوان الأمن بتعنيفه») or called for («مطالبا بتحقيق في الغارة») still reports the harm
_INDEFINITE_INQUIRY = frozenset({"تحقيق", "تحقيقا"})
_INQUIRY_CLITICS = ("و", "ب", "ل")


def _inquiry_not_dated(words: list[str], match: PhraseMatch[str]) -> bool:
    """A proceedings cue matched on the indefinite «تحقيق في» (with «و / ب / ل») in a sentence with no «الشهر /
    الأسبوع / العام الماضي»."""
    if "proceedings" not in match.payloads or match.last != match.first + 1 or words[match.last] != "في":
        return False
    word = words[match.first]
    if not (word in _INDEFINITE_INQUIRY or (word[:1] in _INQUIRY_CLITICS and word[1:] in _INDEFINITE_INQUIRY) or (
            word[:2] in ("وب", "ول") and word[2:] in _INDEFINITE_INQUIRY)):
        return False  # «التحقيق في», «بالتحقيق في», «للتحقيق في»: the older cue, read as before
    return not dated_last_span(words)


# «أطلقت السلطات سراح الناشطة», «أطلق الخاطفون سراح السائق»: the release verb and «سراح» split by its subject, which
# the lexicon's phrases («أطلقت سراح») do not reach (Arabic pass 60)
_SET_FREE = frozenset({"اطلق", "اطلقت", "اطلقوا", "واطلق", "واطلقت", "واطلقوا"})
_SUBJECT_REACH = 4  # «أطلقت السلطات الليبية سراح»: at most three words between


def split_release(words: list[str]) -> list[int]:
    """Where a release told with its subject between the verb and «سراح» starts."""
    return [i for i, w in enumerate(words) if w in _SET_FREE
            and "سراح" in words[i + 2 : i + 1 + _SUBJECT_REACH] and "سراح" != words[i + 1]]


# Arabic pass 86 (tune86): «أصيب أكثر من 10 أشخاص ... لتفريق تظاهرة ضد الغلاء»: the affix-aware matcher reads «تظاهرة»
# (a march) as the `general` cue «ظاهرة» (a phenomenon, «ظاهرة العنف») with a «ت» in front, and the march's wounded
# were dropped as talk of a phenomenon (as «أربع» read as «ربع»: ``_four_not_quarter``)
_MARCH_FORMS = frozenset({"تظاهره", "تظاهرات", "التظاهره", "التظاهرات", "وتظاهره", "وتظاهرات", "بتظاهره", "بتظاهرات",
                          "لتظاهره", "لتظاهرات", "للتظاهره", "للتظاهرات", "والتظاهره", "والتظاهرات", "بالتظاهره",
                          "بالتظاهرات", "تظاهرتين", "تظاهرتان"})


def _march_not_phenomenon(words: list[str], match: PhraseMatch[str]) -> bool:
    """A `general` cue matched on one word that is «تظاهرة» (a march), with its clitics, not «ظاهرة»."""
    return "general" in match.payloads and match.first == match.last and words[match.first] in _MARCH_FORMS


# «إن زورقا يقل نحو 40 مهاجرا انقلب قبالة سواحل صبراتة»: the accident cue «انقلب» (a car rolled over) on a boat is a
# capsizing (the `capsized` cue's «انقلاب زورق» with the verb split from the boat), an accident unless migrants are
# among the victims (labelling guide: migrants drowning at sea are incidents; Arabic pass 92)
_OVERTURNED = frozenset({"انقلب", "انقلبت", "وانقلب", "وانقلبت", "انقلاب"})
_BOAT_WORDS = frozenset({"قارب", "قاربا", "زورق", "زورقا", "مركب", "مركبا", "قوارب", "زوارق", "مراكب", "عباره", "القارب",
                         "الزورق", "المركب"})
_BOAT_REACH = 6  # «زورقا يقل نحو 40 مهاجرا انقلب»: the boat up to five words before the verb, or right after it


# Arabic pass 147 (tune147): «تعرض طاقم إسعاف للاعتداء ... أثناء نقل مصاب في حادث سير»: a crew's errand, carrying
# someone hurt in an accident, names the accident as the time of the attack, not as the harm the sentence reports
_ERRAND_TIME = frozenset({"اثناء", "خلال", "لدي", "عند"})
_CARRYING = frozenset({"نقل", "نقلهم", "اسعاف", "اخلاء", "انقاذ"})
_PATIENTS = frozenset({"مصاب", "مصابين", "مصابه", "جريح", "جرحي", "مريض", "مريضه", "مرضي", "ضحايا"})


def errand_accident(words: list[str], accident_at: list[int]) -> bool:
    """Every accident cue of the sentence closes «أثناء نقل مصاب في + accident»: the errand during which a crew was
    attacked (the accident is the patient's; the harm told is the attack on the crew)."""
    return bool(accident_at) and all(
        a >= 4 and words[a - 1] == "في" and words[a - 2] in _PATIENTS and words[a - 3] in _CARRYING
        and words[a - 4] in _ERRAND_TIME for a in accident_at)


def boat_overturned(words: list[str], accident_at: list[int]) -> bool:
    """Every accident cue of the sentence is «انقلب / انقلاب» with a boat word within ``_BOAT_REACH`` words."""
    return bool(accident_at) and all(
        words[a] in _OVERTURNED and any(w in _BOAT_WORDS for w in words[max(0, a - _BOAT_REACH) : a + 3])
        for a in accident_at)
