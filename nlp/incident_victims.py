"""Who a sentence's harm words name: fighters in the victim slot, as attackers or as a clash's parties, captives,
a family speaking for its victim, and the victims a «بينهم» / "among them" clause lists.

The sentence analysis (nlp/incidents.py) decides the victim status from these; the categories reports count
(women, children, journalists ...) are nlp/victims.py's.
"""

from __future__ import annotations

from nlp.countries import AGENT_PAIRS
from nlp.counts import parse_number
from nlp.counts_words import (
    ACTIVE_HARM_VERBS,
    ATTACHED_PRONOUNS,
    EN_ARTICLES,
    EN_IS_WAS,
    INSIDE,
    MONTH_WORDS,
    ONE_OF,
    PERSON_NOUNS,
    SMUGGLER_NOUNS,
    SUBJECT_GUNMEN,
    THAT_CLAUSE,
    possessed_victim,
    singular_victim,
    strip_and,
)
from nlp.incident_records import CASUALTY_TYPES, Trigger, load_lexicons
from nlp.incident_scope import BULLETS, COUNTED_OTHERS, PLACE_PREPOSITIONS, REFERENCE_HEADS, form_before
from nlp.incident_victims_en import EN_PERFECT_AUX, EN_SUBJECT_REACH, english_armed_unit
from nlp.lexicon import PhraseMatch, Token
from nlp.morph import word_forms
from nlp.normalize import clitic_variants, normalize, with_proclitics
from nlp.victim_lists import passive_subject_start
from nlp.victims import (
    CATEGORY_CUES,
    EN_MINOR_WORDS,
    english_members_of,
    english_minors_of_women,
    english_origins_told,
    english_youngest_aged,
    medic_agent,
    opening_age_categories,
    sentence_categories,
    witness,
)

# Words between a trigger and its victim noun: quantifiers and the date («قتل اليوم الأربعاء 24 أوت إرهابي»).
_VICTIM_SLOT_FILLERS = {"من", "نحو", "حوالي", "اكثر", "ما", "لا", "يقل", "عن", "at", "least", "more", "than", "of",
                        "اليوم", "امس", "يوم", "صباح", "مساء", "ليله", "فجر", "الاثنين", "الثلاثاء", "الاربعاء",
                        "الخميس", "الجمعه", "السبت", "الاحد"} | set(MONTH_WORDS)
CLASHES = {"اشتباكات", "اشتباك", "مواجهات", "معارك", "قتال", "اقتتال", "تبادل", "clashes", "fighting"}  # «تبادل لإطلاق النار بين»
_CLASH_REACH = 6  # «تبادل لإطلاق النار بين وحدات عسكرية»: the clash word is five tokens before the party
# How far after a casualty word its victims are named («مقتل العشرات من عناصر»).
_VICTIM_REACH = 4
_AGAINST = {"علي", "ضد", "against", "on"}
# Places only fighters live in: the dead of a strike on them are fighters, wherever the casualty word is
# (not a military college: its cadets' status is unknown, docs/labelling.md).
_FIGHTER_PLACES = {"معسكر", "ثكنه", "ثكنات", "معسكرات"}
_ZONES = {"منطقه", "المنطقه", "zone"}  # «المنطقة العسكرية العازلة»: a military zone is a place
_APPOSED = {"منهم", "اخرين", "اخرون", "others"}  # «مقتل 3 جنود آخرين»: still the victims, not an object
_FAMILY_MATTERS = {"عنف", "تفكك", "خلاف", "خلافات", "تماسك", "استقرار"}
_RACIST = {"عنصري", "عنصريه", "العنصري", "العنصريه"}  # «عنصري» is racist, not «عنصر» (a member of a force)
# «لمراسلة الجوهرة أف أم», «موزاييك إف إم»: the radio's name (FM), not «أم» (a mother, a woman victim)
_RADIO_BAND = {"اف", "fm"}


def _not_a_mother(words: list[str], index: int) -> bool:
    """«أم» in a name, not a mother harmed: the radio's FM («الجوهرة أف أم») or a place or a kunya before a
    definite noun («أم الأرانب», «أم العرائس», «أم درمان» is listed by its own name)."""
    if words[index] != "ام":
        return False
    after = words[index + 1] if index + 1 < len(words) else ""
    return (index > 0 and words[index - 1] in _RADIO_BAND) or after.startswith("ال")


# «طريق بلدة بنت جبيل», «قضاء بنت جبيل»: «بنت» after a place head starts a town's name, no girl harmed (Arabic pass 64)
_TOWN_HEADS = frozenset({"بلده", "البلده", "مدينه", "قضاء", "منطقه", "قريه", "مستشفي", "مديريه", "سوق", "بلدات", "قري"})


def _town_named_bint(words: list[str], index: int) -> bool:
    """«بنت» right after a place head is the start of a town's name («بنت جبيل»), no girl: no child victim."""
    return words[index] == "بنت" and index > 0 and words[index - 1] in _TOWN_HEADS


# Arabic pass 106 (tune106): «بنت عمي», «بنت خالتي»: «بنت» before an uncle's or an aunt's word is a cousin, a kin word
# that tells no age: a woman (as «بنت» alone, a girl, does not say); not «بنت أخي» (a niece, often a child)
_UNCLE_WORDS = frozenset({"عم", "عمي", "عمه", "عمها", "عمنا", "عمك", "خال", "خالي", "خاله", "خالها", "خالنا", "خالك",
                          "عمتي", "عمته", "عمتها", "عمتنا", "خالتي", "خالته", "خالتها", "خالتنا"})


_AGE_TOLD = frozenset({"عمرها", "عمره", "البالغه", "ذات", "سنه", "سنوات", "سنين", "عاما", "اعوام"})
_COUSIN_AGE_REACH = 5  # «بنت خالتي مريم عمرها 16 سنة»: her name, then her age


def cousin_bint(words: list[str], index: int) -> bool:
    """«بنت» (or «وبنت») at ``index`` right before an uncle's or an aunt's word, and no age told in the words after
    (a stated age decides: «بنت خالتي مريم عمرها 16 سنة» is a girl): a cousin."""
    return words[index] in ("بنت", "وبنت") and words[index + 1 : index + 2] != [] and words[index + 1] in _UNCLE_WORDS and (
        _AGE_TOLD.isdisjoint(words[index + 2 : index + 2 + _COUSIN_AGE_REACH]))


# «قالت عائلة الطبيب إن الخاطفين ...», «أسرة الناشط الحقوقي تطالب بكشف مصيره»: the family speaks for the doctor or the
# activist right after it, who is the victim ("Family of Misrata activist say" in English, ``_english_speaker``)
def _family_speaks_for(words: list[str], first: int) -> bool:
    return first > 0 and bool(word_forms(words[first - 1]) & REFERENCE_HEADS)


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


_EN_LEADERS = frozenset({"head", "leader", "chief", "commander"})
_EN_LEADER_REACH = 4  # "the head of a Tripoli armed group": an article and a place before the unit's words


# «كتيبة شهداء النصر», «سرية شهداء الزاوية», «لواء شهداء 17 فبراير»: a unit named for its martyrs (Arabic pass 82); the
# word is the unit's name, not a death whose victims follow it
_MARTYRS_IN_NAMES = frozenset({"شهداء", "الشهداء"})
_UNIT_WORDS = frozenset({"كتيبه", "الكتيبه", "سريه", "السريه", "لواء", "اللواء", "قوه", "القوه", "تجمع", "كتائب",
                         "سرايا", "الويه"})


def _unit_named_for_martyrs(words: list[str], at: int) -> bool:
    """«بين كتيبة شهداء النصر ومسلحين»: the martyrs' word names a party of a clash (a unit that mourns its men,
    «ينعى المكتب الإعلامي لكتيبة شهداء ...», keeps its reading)."""
    return words[at] in _MARTYRS_IN_NAMES and at > 0 and bool(word_forms(words[at - 1]) & _UNIT_WORDS) and (
        "بين" in words[max(0, at - 4) : at - 1])  # «بين كتيبة», «بين قوة تابعة ل...»: one side of the fighting


# Arabic pass 88 (tune88): «أصيب عنصر في مصلحة الجمارك برصاص مهربين», «عنصرا جمارك», «أحد عناصر المرور»: a member of
# a civil service (customs, traffic police, ambulance, fire brigade) is no fighter: an officer shot by smugglers or a
# criminal is a civilian victim (the guide: law-enforcement officers harmed outside fighting between armed forces)
_CIVIL_SERVICES = frozenset({"جمارك", "الجمارك", "مرور", "المرور", "اسعاف", "الاسعاف", "المطافئ", "مطافئ", "الاطفاء"})
_SERVICE_LINKS = frozenset({"في", "من", "ب", "مصلحه", "اداره", "جهاز", "هيئه", "قسم", "فرع", "مركز"})
_SERVICE_REACH = 3  # «عنصر في مصلحة الجمارك»
# «ضابطان من مصلحة الجمارك», «ضابطي جمارك», «أفراد المرور»: officers and members of a civil service too (Arabic pass 92)
_MEMBER_WORDS = frozenset({"عنصر", "عنصرا", "عنصرين", "عنصران", "عناصر", "منتسبي", "ضابط", "ضباط", "افراد"})


def civil_service_member(words: list[str], fighter: PhraseMatch[str]) -> bool:
    """A member word («عنصر», «عناصر») followed by a civil service's name, over «في / من» and the body's head."""
    if not word_forms(words[fighter.last]) & _MEMBER_WORDS:
        return False
    for w in words[fighter.last + 1 : fighter.last + 1 + _SERVICE_REACH]:
        forms = word_forms(w)
        if forms & _CIVIL_SERVICES:
            return True
        if not forms & _SERVICE_LINKS:
            return False
    return False


# Arabic pass 114 (tune114): «قتل آمر إحدى المجموعات المسلحة», «اغتيال قائد أحد التشكيلات المسلحة»: a leader's title,
# then «إحدى / أحد» (one of), then a fighter word is an armed group's leader, a fighter (the guide), as «آمر كتيبة» is;
# «قائد إحدى السيارات» (a car's driver) names no fighter word and stays
_LEADER_TITLES = frozenset({"امر", "قائد", "زعيم", "رئيس", "مسؤول"})


def _leader_of_one_unit(words: list[str], k: int, combatant_at: set[int]) -> bool:
    """A leader's title at ``k``, «إحدى / أحد» after it, and a fighter word right after that."""
    return (k + 2 < len(words) and words[k] in _LEADER_TITLES and words[k + 1] in ONE_OF
            and k + 2 in combatant_at)


def _combatant_victims(words: list[str], matches: list[PhraseMatch[Trigger]], combatant_at: set[int]) -> bool:
    """A combatant noun in the victim slot of a killing/injury trigger (not «شهداء» naming a unit)."""
    for match in matches:
        if not any(t.type in CASUALTY_TYPES for t in match.payloads) or _unit_named_for_martyrs(words, match.first):
            continue
        k = _content_after(words, match.last + 1)
        if k is not None and (k in combatant_at or k + 1 in combatant_at) and not (  # «بمقتل شقيقه الإرهابي»
                _english_clause_between(words, match.last, k + 1)):  # not "killed when gunmen opened fire" (pass 26)
            return True
        if k is not None and _leader_of_one_unit(words, k, combatant_at):
            return True  # «قتل آمر إحدى المجموعات المسلحة»: the leader of one of the armed groups (Arabic pass 114)
        if k is not None and words[k] in EN_ARTICLES:
            k += 1  # "shot dead the head of ...": the English article before the victim
        if k is not None and words[k : k + 1] != [] and _english_leader_of_unit(words, k):
            return True  # "shot dead the head of a Tripoli armed group": its leader is a fighter (English pass 9)
        # «5 قتلى وجريحان من قوة الحماية»; but «مقتل العشرات في اشتباكات بين المليشيات» names who fought, not who
        # died (a toll with no status: an incident, victim status unknown)
        for j in range(match.last + 1, min(len(words) - 1, match.last + 5)):
            if words[j] in ("من", "بين") and j + 1 in combatant_at and not word_forms(words[j - 1]) & CLASHES:
                return True
        if word_forms(words[match.first]) & {"مصرع", "حتف"}:  # «لقي قيادي في التنظيم مصرعه»: the subject is the victim
            met = next((j for j in range(match.first - 1, max(-1, match.first - 10), -1)
                        if word_forms(words[j]) & {"لقي", "لقيت", "لقوا"}), None)
            if met is not None and any(j in combatant_at for j in range(met + 1, match.first)):
                return True
        if match.first > 0 and words[match.first - 1] in ("were", "was", "been", "are"):  # "fighters were killed"
            for j in range(match.first - 2, max(-1, match.first - EN_SUBJECT_REACH), -1):
                if words[j] == "by":
                    break
                if j in combatant_at:
                    return True
            if _english_unit_leader_subject(words, match.first - 1):
                return True
            if _english_fighters_of_subject(words, match.first - 1, combatant_at) or _english_joined_force(
                    words, match.first - 1):
                return True
        if match.first > 1 and words[match.first] in _EN_BARE_PARTICIPLES and words[match.first - 1] not in (
                "were", "was", "been", "are", "is") and (
                _english_headline_participle(words, match.last)) and _english_fighters_of_subject(
                words, match.first, combatant_at):
            return True  # "3 soldiers of the 77 Regiment killed, 2 wounded": a headline drops "were" (English pass 39)
        if match.first > 1 and words[match.first] in _EN_BARE_PARTICIPLES and words[match.first - 1] in _EN_LEADERS and (
                english_armed_unit(words[max(0, match.first - 4) : match.first - 1])) and (
                _english_headline_participle(words, match.last)):
            return True  # "Brigade leader killed in Sabratha": the headline's subject is an armed unit's leader (pass 52)
    # (a form without «ال» is a piece of its word: no «صفوف» in the joined words, none in a form; speed pass 12)
    for index, word in enumerate(words[:-1] if "صفوف" in " ".join(words) else ()):  # «في صفوف القوات», «بصفوف الجيش»
        if "صفوف" in word_forms(word) and (index + 1 in combatant_at or word_forms(words[index + 1]) & {"قوات", "جيش"}):  # «قواتنا»
            return True
    return False


# «تلقى خبر مقتل ابنه في معارك سرت، حيث كان يقاتل في صفوف تنظيم داعش»: the dead is told as one who fought in an
# armed group's ranks, a fighter killed (the guide: fighters killed are no incident) though a kin word names him
# (Arabic pass 139); not «قتل مدني في قصف» beside no fighting verb
_FOUGHT = frozenset({"يقاتل", "يقاتلون", "تقاتل", "قاتل", "قاتلوا", "مقاتلا", "مقاتلين", "للقتال", "القتال"})
_FOUGHT_REACH = 2  # «يقاتل منذ سنة في صفوف»: a short time or «إلى جانب» between


def fought_in_ranks(words: list[str]) -> bool:
    """A fighting word with «صفوف» (in any clitic form: «في صفوف», «بصفوف», «ضمن صفوف») within two words after it."""
    if _FOUGHT.isdisjoint(words):
        return False
    return any(w in _FOUGHT and any("صفوف" in word_forms(x) for x in words[k + 1 : k + 2 + _FOUGHT_REACH])
               for k, w in enumerate(words))


# «صد هجوم ... ومقتل 7 من المهاجمين»: the attackers killed in their attack are no victims (docs/labelling.md: an
# attacker shot dead during his attack is not a victim); the words are not listed as fighters, since «المهاجمون»
# before a verb are the perpetrators of the harm told («المهاجمون قتلوا 9 من السكان»)
_ATTACKER_VICTIMS = frozenset({"المهاجمين", "المهاجمون", "مهاجمين", "المعتدين", "المعتدون", "المغيرين"})
_SOME = frozenset({"عددا", "عدد", "بعض", "العديد"})


def attackers_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """The victim slot of a casualty trigger (past its number and «من») names the attackers (Arabic pass 64)."""
    if _ATTACKER_VICTIMS.isdisjoint(words):
        return False
    for match in matches:
        if any(t.type in CASUALTY_TYPES for t in match.payloads):
            k = _content_after(words, match.last + 1)
            if k is not None and words[k] in _SOME and words[k + 1 : k + 2] == ["من"]:
                k += 2  # «وقتلت عددا من المهاجمين»: some of them
            if k is not None and k < len(words) and words[k] in _ATTACKER_VICTIMS:
                return True
    return False


_EN_CLAUSE_OPENERS = frozenset({"who", "that", "which", "and", "after", "when", "as", "while", "by", "said", "says"})


# "The leader of a Zawiya armed group, Hamza Salem, was shot dead": the passive's subject is an armed unit's leader, a
# fighter, as "shot dead the head of ..." (English pass 52); the subject may carry the unit, the town and a name of
# three words; not "the son of a militia leader" ("leader" not before "of")
_EN_LEADER_SUBJECT_REACH = 15


def _english_unit_leader_subject(words: list[str], verb: int) -> bool:
    for j in range(verb - 1, max(-1, verb - _EN_LEADER_SUBJECT_REACH), -1):
        if words[j] == "by":
            return False
        if (j == 0 or words[j - 1] != "of") and _english_leader_of_unit(words, j):
            return True
    return False


def _english_leader_of_unit(words: list[str], k: int) -> bool:
    """"the head of a Tripoli armed group", "commander of the 444 Brigade": a leader word, "of" and an armed unit."""
    return words[k] in _EN_LEADERS and words[k + 1 : k + 2] == ["of"] and english_armed_unit(
        words[k + 2 : k + 3 + _EN_LEADER_REACH])


def _english_fighters_of_subject(words: list[str], verb: int, combatant_at: set[int]) -> bool:
    """"Three soldiers of the Tariq Ben Zeyad Brigade of the Libyan National Army were killed": the sentence opens on
    fighters (a number or an article before them) named with their unit after "of", and the passive's "were" is the
    first verb: they are its subject however long their unit's name (English pass 18)."""
    k = 0
    while k < 2 and k < verb and (words[k] in EN_ARTICLES or parse_number(words, k) is not None):
        k += 1
    return k in combatant_at and words[k + 1 : k + 2] == ["of"] and _EN_CLAUSE_OPENERS.isdisjoint(words[k + 1 : verb])


# what follows a headline's bare participle ("... killed when their vehicle hit a mine", "... killed, 2 wounded"): no
# object of an active verb (not "soldiers of the brigade killed two smugglers")
_EN_BARE_PARTICIPLES = frozenset({"killed", "wounded", "injured", "hurt", "shot", "executed"})
_EN_AFTER_PARTICIPLE = frozenset({"in", "when", "and", "after", "during", "on", "at", "by", "near", "while", "as",
                                  "today", "yesterday", "overnight", "tonight"})


def _english_headline_participle(words: list[str], last: int) -> bool:
    """The casualty participle ending at ``last`` has no object: the sentence ends, a preposition or clause word
    follows, or a number that is a second count ("killed, 4 wounded"), not "killed 4 civilians"."""
    nxt = words[last + 1 : last + 2]
    if words[last + 1 : last + 3] == ["at", "least"]:
        return False  # "fighters of the RSF killed at least 30 people": an active verb's hedged object
    if not nxt or nxt[0] in _EN_AFTER_PARTICIPLE:
        return True
    return parse_number(words, last + 1) is not None and words[last + 2 : last + 3] != [] and (
        words[last + 2] in ("wounded", "injured", "hurt", "dead", "killed", "missing"))


_EN_FORCE_WORDS = frozenset({"forces", "force", "army", "militia", "militias", "brigade", "brigades", "rebels",
                             "group", "groups", "fighters", "rsf"})
_EN_JOINED_REACH = 12  # "three young men who had joined the Rapid Support Forces were killed": "joined" to "were"


def _english_joined_force(words: list[str], verb: int) -> bool:
    """"three young men who had joined the Rapid Support Forces were killed in fighting": people who joined an armed
    force or group before the passive are its fighters (English pass 18)."""
    for k in range(verb - 1, max(-1, verb - _EN_JOINED_REACH), -1):
        if words[k] == "joined" and k > 0 and words[k - 1] in ("who", "had", "have") and not _EN_FORCE_WORDS.isdisjoint(
                words[k + 1 : min(verb, k + 6)]):
            return True
    return False


def _english_who_joined(words: list[str], last: int) -> bool:
    """"young men who had joined the Rapid Support Forces": the people named right before "who (had) joined" an armed
    force are its fighters, no civilians (English pass 18)."""
    after = words[last + 1 : last + 4]
    if after[:1] != ["who"] or "joined" not in after:
        return False
    k = last + 1 + after.index("joined")
    return not _EN_FORCE_WORDS.isdisjoint(words[k + 1 : k + 6])


def _fighters_near_victims(words: list[str], matches: list[PhraseMatch[Trigger]],
                           fighters: list[PhraseMatch[str]]) -> bool:
    """A fighter word where the victims of a casualty word are named: just after it («مقتل 6 جنود», «إصابة
    عناصر من الكتيبة») or just before it as its subject («جنديان أصيبا»). Elsewhere a fighter word is the
    attacker («اعتداء قوات الدعم على المعتصمين», «تنظيم الدولة يعلن مسؤوليته عن التفجير ... مقتل العشرات»), a
    building («قصفت الكلية العسكرية ما أدى إلى مقتل 28»), a source («المتحدث العسكري») or a clash party:
    it says nothing of who died. ``fighters``: the fighter words that are not the attacker."""
    if not fighters:
        return False  # (most sentences: the loop below has nothing to read; speed pass 12)
    casualties = [m for m in matches if any(t.type in CASUALTY_TYPES for t in m.payloads)
                  and not _unit_named_for_martyrs(words, m.first)]
    for fighter in fighters:
        if _clash_party(words, fighter.first):
            continue
        if words[fighter.first].lstrip("و") in _RACIST:
            continue
        if fighter.first > 0 and word_forms(words[fighter.first - 1]) & _ZONES:
            continue  # «المنطقة العسكرية بتطاوين: مقتل مهرب»: a zone, not who died
        if any((0 < fighter.first - c.last <= _VICTIM_REACH and not _english_clause_between(words, c.last, fighter.first))
               or (0 < c.first - fighter.last <= 2 and words[c.first] not in _EN_FIRING_VERBS
                   and words[c.first] not in _EN_ATTACKING_VERBS) for c in casualties):
            return True
        if casualties and word_forms(words[fighter.first]) & _FIGHTER_PLACES:
            return True  # «القصف استهدف معسكر الألوية وأدى إلى مقتل شخص»: who is in a camp is a fighter
    return False


# "gunmen opened fire", "militiamen fired on": who fires is the shooter, never the one the firing harmed
_EN_FIRING_VERBS = frozenset({"opened", "fired", "open", "opens", "firing"})
# "when gunmen attacked a wedding", "militiamen stormed the clinic": an active attack verb after the fighter word, whose
# subject they are, not its victims (English pass 49), as the firing verbs
_EN_ATTACKING_VERBS = frozenset({"attacked", "stormed", "raided", "ambushed", "shelled", "attacking", "storming",
                                 "raiding", "ambushing", "shelling"})
_EN_TIME_CLAUSE = frozenset({"when", "after", "as", "while", "because", "since", "before"})


def _english_clause_between(words: list[str], harm: int, fighter: int) -> bool:
    """"Three people were injured when gunmen opened fire at a wedding": a clause opened between the harm word and the
    fighter word has its own subject, the fighters who did it, not the victims (English pass 26)."""
    return words[harm].isascii() and not _EN_TIME_CLAUSE.isdisjoint(words[harm + 1 : fighter])


def _captives(words: list[str], index: int, fighters_at: set[int]) -> bool:
    """«أسرى» (captives, normalised «اسري») is no «أسر» (families, a civilian word); but «العنف الأسري» (domestic
    violence) is spelt the same and is the family's. «مقتل أربعة عناصر وأسر خامس»: «أسر» before an ordinal or
    «آخر(ين)», or before a fighter word (``fighters_at``: «أسر عنصرين من التنظيم»), is the verb 'captured'."""
    forms = clitic_variants(words[index])
    number = parse_number(words, index + 1) if index + 1 < len(words) else None
    after_number = index + 1 + number[1] if number is not None else index + 1
    # «وأسر خامس», «وأسر ثلاثة آخرين»; not «أسر سبعة عشر صيادا» (the families of 17 fishermen)
    if "اسر" in forms and after_number < len(words) and (words[after_number] in COUNTED_OTHERS
                                                          or after_number in fighters_at
                                                          or (number is not None and words[after_number] in _OF_THEM)):
        return True  # «مقتل عدد من المهاجمين وأسر اثنين منهم»: two of the attackers captured (Arabic pass 82)
    return "اسري" in forms and not (index > 0 and word_forms(words[index - 1]) & _FAMILY_MATTERS)




def _attacker(words: list[str], fighter: PhraseMatch[str]) -> bool:
    """«اعتداء قوات الدعم السريع على المعتصمين»: a fighter word followed by «على/ضد» and its target attacks, one
    after «من قبل»/«على يد» is the agent;
    «أعدمت الجماعة المسلحة ثلاثة مدنيين»: one followed by its object (a number or people) is the verb's subject
    (not a dual's agreeing «اثنين»: «مقتل عسكريين اثنين»)."""
    if tuple(words[max(0, fighter.first - 2) : fighter.first]) in AGENT_PAIRS:
        return True  # «أطلقت عليهما النار من قبل وحدات عسكرية»: the agent of a passive, not its victims
    if fighter.first > 0 and words[fighter.first - 1] == "by":
        return True  # "a teacher was shot dead by gunmen": the English passive's agent
    if _object_verb_before(words, fighter.first):
        return True  # «اللي قتلتهم مجموعة مسلحة», «خطفوه ثلاثة مسلحين»: the subject after its verb (Arabic pass 51)
    if _subject_before_object(words, fighter):
        return True  # «قتل مسلحون خمسة منقبين عن الذهب»: verb, subject, object (Arabic pass 106)
    after = words[fighter.last + 1 : fighter.last + 3]
    if not after:
        return False
    if _subject_of_harm_verb(words[fighter.last + 1 : fighter.last + 4]):
        return True  # «إن عناصر الأمن ضربوه», «مسلحون كسروا أنفه»: the subject before its verb (Arabic pass 56)
    if _undertook(words, fighter.last + 1):
        return True  # «أن عنصرا إرهابيا أقدم صباح اليوم على طعن عون أمن»: the subject of «أقدم على» (Arabic pass 126)
    if words[fighter.last] in _UNNAMED_FIGHTERS and _harm_imperfect_after(words, fighter.last + 1):
        return True  # a headline's «عنصر إرهابي يطعن عون أمن» (past its adjective): the subject before its verb (pass 126)
    if after[0] in EN_PERFECT_AUX and after[1:2] != ["been"] and words[fighter.last].isascii():
        return True  # "its troops had shot dead two smugglers": the subject of an active perfect (English pass 19)
    if after[0] in _AGAINST or (len(after) > 1 and after[1] in _AGAINST and after[0] not in PLACE_PREPOSITIONS):
        return True
    if after[0] in _ASSAULTING:
        return True  # «مسلحون يعتدون بالضرب على موظفين»: the subject of an assault verb (Arabic pass 86)
    if after[0] in _ACTIVE_PLURAL_HARMS and len(after) > 1 and (
            singular_victim(after[1]) or possessed_victim(after[1]) or after[1] in _DIALECT_KIN):
        return True  # «الميليشيا قتلوا ولد خالتي»: an active verb with its object after it (Arabic pass 106)
    number = parse_number(words, fighter.last + 1)
    if number is not None and number[0] != 2 and after[0] not in ("احد", "احدي"):  # «عناصر إحدى المجموعتين»
        after = words[fighter.last + 1 + number[1] : fighter.last + 2 + number[1]]
    return bool(after) and bool(word_forms(after[0]) & (PERSON_NOUNS - _APPOSED))


# Arabic pass 106 (tune106): «الكتيبة قتلوا ولد خالي»: a plural harm verb right after the fighter word with a victim
# after it is active (the passive «قُتلوا» takes no object: «عناصر الكتيبة قتلوا في اشتباكات» stays the fighters')
_ACTIVE_PLURAL_HARMS = frozenset({"قتلوا", "خطفوا", "اختطفوا", "ضربوا", "عذبوا", "طعنوا", "ذبحوا", "اعدموا", "صفوا"})
_DIALECT_KIN = frozenset({"ولد", "بنت", "خو", "خوي", "ولدي", "بنتي", "راجل", "حرمه"})


def _subject_before_object(words: list[str], fighter: PhraseMatch[str]) -> bool:
    """The nominative unnamed gunmen after an active harm verb with its object after them («قتل مسلحون خمسة منقبين»,
    «قتل مسلحون مجهولون شابين»): the killers; «قتل مسلحون في اشتباكات» (no object: the passive) stays the dead."""
    if fighter.first < 1 or words[fighter.first] not in SUBJECT_GUNMEN:
        return False
    if strip_and(words[fighter.first - 1]) not in ACTIVE_HARM_VERBS:
        return False
    k = fighter.last + 1
    while k < len(words) and words[k] in SUBJECT_GUNMEN:
        k += 1
    return k < len(words) and (parse_number(words, k) is not None or singular_victim(words[k]) or (
        possessed_victim(words[k])))


# Harm verbs that carry their victim as an object pronoun («قتلتهم», «خطفوه», «ضربوهم»): the fighter word after
# one is its subject, the one who did it (dialect and written posts put the subject after the verb).
_OBJECT_VERB_STEMS = frozenset({"قتل", "قتلو", "قتلت", "خطف", "خطفو", "خطفت", "اختطف", "اختطفو", "اختطفت", "ضرب",
                                "ضربو", "ضربت", "عذب", "عذبو", "طعن", "طعنو", "طعنت", "اعتقل", "اعتقلو", "اعتقلت"})


# the member words that may stand between such a verb and the force it names («قتلوه عناصر ميليشيا»)
_MEMBERS_BEFORE = frozenset({"عناصر", "افراد", "اعوان", "منتسبي", "منتسبو", "رجال"})


def _object_verb_before(words: list[str], first: int) -> bool:
    """The word before the fighter word (past a number: «خطفوه ثلاثة مسلحين») is a harm verb with an object
    pronoun: the fighters are its subject."""
    k = first - 1
    if k > 0 and parse_number(words, k) is not None:
        k -= 1
    if k > 0 and words[k] in _MEMBERS_BEFORE:
        k -= 1  # «قتلوه عناصر ميليشيا»: the member word before the force's (Arabic pass 106)
    if k < 0 or not words[k].endswith(ATTACHED_PRONOUNS) or len(words[k]) < 5:
        return False
    return not word_forms(words[k]).isdisjoint(_OBJECT_VERB_STEMS)


# «كسروا أنفه», «وكسروا يده»: a plural verb of breaking with a body part of one victim after it (Arabic pass 56)
_BREAKING_PLURAL = frozenset({"كسروا", "وكسروا"})


_NOUN_PREPOSITIONS = ("ب", "ل", "ك", "وب", "ول")


def _preposition_noun(word: str) -> bool:
    """«مقتل 5 مسلحين بضربة جوية», «بطعنة»: a preposition on the harm stem makes it a noun (a strike, a stab), no verb
    with an object pronoun (a verb takes no «ب / ل / ك»; Arabic pass 64)."""
    return any(word.startswith(p) and word[len(p):].startswith(tuple(_OBJECT_VERB_STEMS)) for p in _NOUN_PREPOSITIONS)


# Arabic pass 126 (tune126): «أقدم / أقدمت / أقدموا ... على + a verbal noun» ("went as far as to"): the words right
# before it are its subject, the doer of the act that follows «على» (Tunisian security releases: «أقدم عنصر إرهابي على
# طعن عون أمن»); «على» within a few words (a time may sit between: «أقدم صباح اليوم على»)
_UNDERTOOK = frozenset({"اقدم", "اقدمت", "اقدموا", "اقدما", "اقدمتا"})
_UNDERTOOK_REACH = 4
# the present tense of a harm verb right after a fighter word: a headline told subject first («عنصر إرهابي يطعن عون
# أمن», «مسلحون يختطفون طبيبا»), who did it (Arabic pass 126); both genders and the plural
_HARM_IMPERFECTS = frozenset({"يطعن", "تطعن", "يطعنون", "يقتل", "تقتل", "يقتلون", "يغتال", "تغتال", "يغتالون", "يذبح",
                              "تذبح", "يذبحون", "يختطف", "تختطف", "يختطفون", "يخطف", "تخطف", "يخطفون", "يعتدي", "تعتدي",
                              "يعتدون", "يهاجم", "تهاجم", "يهاجمون", "يعنف", "تعنف", "يعنفون", "يصيب", "تصيب", "يصيبون",
                              "يطلق", "تطلق", "يطلقون", "يعدم", "تعدم", "يعدمون"})


# the unnamed fighter words the headline rule above reads (a named group before a present verb, «تنظيم الدولة يقتل
# عشرات من قوات الحشد», is left to the fighters' rules: its victims are fighters too)
_UNNAMED_FIGHTERS = frozenset({"عنصر", "عنصرا", "عناصر", "عنصران", "ارهابي", "ارهابيون", "ارهابيان", "ارهابيه", "مسلح",
                               "مسلحون", "مسلحان", "مسلحين", "ملثم", "ملثمون", "ملثمان", "مجهول", "مجهولون"})


def _harm_imperfect_after(words: list[str], at: int) -> bool:
    """A present harm verb at ``at``, or right after one adjective there («عنصر إرهابي يطعن»; not «وهم يعدمون»)."""
    if at < len(words) and words[at] in _HARM_IMPERFECTS:
        return True
    return at + 1 < len(words) and words[at + 1] in _HARM_IMPERFECTS and not words[at].startswith("و") and (
        words[at].endswith(("ي", "يه", "ون", "ين")))


def _undertook(words: list[str], at: int) -> bool:
    """The word at ``at`` (or the one after it) is «أقدم» with «على» a few words later."""
    for k in range(at, min(at + 2, len(words))):
        if words[k] in _UNDERTOOK:
            return "علي" in words[k + 1 : k + 1 + _UNDERTOOK_REACH]
    return False


def _subject_of_harm_verb(after: list[str]) -> bool:
    """The words right after a fighter word are a harm verb with its victim as an object pronoun («ضربوه»,
    «خطفوها») or a plural verb of breaking before a possessed body part («كسروا أنفه»): the fighters did it."""
    for k, first in enumerate(after[:2]):  # right after, or past one word of the force's name («عناصر الأمن ضربوه»)
        if first.endswith(ATTACHED_PRONOUNS) and len(first) >= 5 and not word_forms(first).isdisjoint(_OBJECT_VERB_STEMS) and (
                not _preposition_noun(first)):
            return True
        if first in _BREAKING_PLURAL and k + 1 < len(after) and after[k + 1].endswith(("ه", "ها")):
            return True
    return False


def _clash_party(words: list[str], index: int) -> bool:
    """«اشتباكات بين المليشيات», «مواجهات بين قوات ...»: the word names a party of the clash."""
    return "بين" in words[max(0, index - 3) : index] and form_before(words, index, CLASHES, _CLASH_REACH)


# «من بينهم ست نساء وثلاثة أطفال», "Among those detained are 22 women": a sentence that lists who the victims
# of a nearby incident were, with no trigger of its own (nlp.annotate joins it to that incident)
_LISTING_VICTIMS = frozenset(normalize(w) for w in ("بينهم", "بينهن", "بينهما", "ضمنهم", "among", "including"))
_LISTING_VICTIMS_WRITTEN = with_proclitics(_LISTING_VICTIMS, ("و",))  # «وبينهم» too
# «تم إيقاف 41 شخصا من بينهم 13 قاصرا», "police arrested 30 fans, among them minors": the ones listed are suspects
_SUSPECTS_HELD = frozenset(normalize(w) for w in ("إيقاف", "توقيف", "القبض", "اعتقال", "arrested", "arrest"))


# «وأضافت أن بين المحتجزين قاصرين», «ومن بين المصابين امرأتان»: «بين» before the harmed group lists its members
_AMONG = frozenset(normalize(w) for w in ("بين", "وبين"))
_HARMED_GROUPS = frozenset(normalize(w) for w in (
    "المحتجزين", "المعتقلين", "المختطفين", "المخطوفين", "المصابين", "الجرحى", "القتلى", "الضحايا", "الموقوفين",
    # the survivors of the abuse told («بين الناجين نساء حوامل وقصرا غير مصحوبين»: Arabic pass 62)
    "الناجين", "الناجيات"))


def _among_the_harmed(words: list[str]) -> int | None:
    """Index of the harmed group in «بين المحتجزين ...» (the listing marker of ``listed_victim_categories``), or None:
    «بين» alone is mostly "between" («بين الطرفين»), so only a definite harmed group after it lists victims."""
    for at in range(len(words) - 1):
        if words[at] in _AMONG and words[at + 1] in _HARMED_GROUPS:
            return at + 1
    return None


# «وحررت 23 مهاجرا سودانيا وتشاديا بينهم ثلاث نساء»: nationality adjectives between the group and «بينهم» (Arabic
# pass 92): up to three nisba words («سودانيا», «وتشاديا», «أفارقة» is no nisba and stops it)
_NISBA_ACCUSATIVE = ("يا", "يين", "يون", "يات", "يه")
_NISBA_REACH = 3


def _group_listed(match: PhraseMatch[str], marker: int, words: list[str]) -> bool:
    """«واحتجز 120 مهاجرا بينهم نساء وأطفال»: the victim word right before the listing marker names the group
    whose members are listed, victims too; also over nationality adjectives («مهاجرا سودانيا وتشاديا بينهم»)."""
    between = words[match.last + 1 : marker]
    return match.last == marker - 1 or (0 < len(between) <= _NISBA_REACH and all(
        len(w) > 4 and w.endswith(_NISBA_ACCUSATIVE) for w in between))


def _names_victims(words: list[str], match: PhraseMatch[str]) -> bool:
    """A victim word that names the harmed, for their categories: not a medic who reports or treats, not a witness,
    someone's family or a lawyer (``nlp.victims``)."""
    return not ("medics" in match.payloads and medic_agent(words, match.first, match.last)) and not witness(
        words, match.first)




# "The migrants, mostly from Sudan and Chad, included six women and four children": the harmed group told again as the
# subject of "included" lists its members (English pass 32); only after a word for people already told as victims
_EN_HARMED_GROUPS = frozenset({"migrants", "detainees", "victims", "dead", "wounded", "injured", "hostages", "captives",
                               "prisoners", "refugees", "passengers", "survivors", "abducted", "kidnapped"})
_EN_INCLUDED = frozenset({"included", "include", "includes"})
_EN_GROUP_INCLUDED_REACH = 7  # "The migrants, mostly from Sudan and Chad, included": the group to the verb


def _english_group_included(words: list[str]) -> int | None:
    """The index of "included" after a harmed group word as its subject (``_EN_GROUP_INCLUDED_REACH`` words before,
    with "the" before the group: the ones already told), or None."""
    if _EN_INCLUDED.isdisjoint(words):
        return None
    at = next(k for k, w in enumerate(words) if w in _EN_INCLUDED)
    return at if any(words[k] in _EN_HARMED_GROUPS and k > 0 and words[k - 1] == "the"
                     for k in range(max(1, at - _EN_GROUP_INCLUDED_REACH), at)) else None


def _english_among_those(words: list[str]) -> int | None:
    """"Women and elderly residents were among those brought in", "children were among the wounded": the people before
    "were among those / the" are members of the harmed group after it (English pass 21); the index of "among", or
    None (also when the group is of people arrested: suspects)."""
    if "among" not in words:
        return None
    at = words.index("among")
    if at < 2 or words[at - 1] not in EN_IS_WAS or words[at + 1 : at + 2] not in (["those"], ["the"]):
        return None
    return None if any(word_forms(w) & _SUSPECTS_HELD for w in words) else at


# English pass 57 (tune123en): "Several women and two boys were still held when he left" after a captivity told: the
# people left in the captors' hands, named in a sentence of their own, are its victims (as "were among those"); not
# suspects still held ("two women suspected of helping them are still detained")
_EN_REMAIN = frozenset({"remain", "remained", "remains"})
_EN_HELD_ON = frozenset({"held", "detained", "imprisoned", "captive", "inside"})
_EN_SUSPECT_WORDS = frozenset({"suspected", "suspects", "suspect", "accused", "arrested"})


def english_group_still_held(words: list[str]) -> int | None:
    """The index right after the verb of "were still held" / "remain held" (for ``_named_before``: the victims are
    named before it), or None; none when suspects are told."""
    if "still" not in words and _EN_REMAIN.isdisjoint(words):
        return None  # a cheap test first (this runs on every sentence without an incident)
    for k in range(1, len(words) - 1):
        if (words[k] in EN_IS_WAS and words[k + 1] == "still" and words[k + 2 : k + 3] != []
                and words[k + 2] in _EN_HELD_ON) or (words[k] in _EN_REMAIN and words[k + 1] in _EN_HELD_ON):
            return None if not _EN_SUSPECT_WORDS.isdisjoint(words[:k]) else k + 1
    return None


# English pass 57 (tune123en): "The two passers-by, a street vendor and a woman, had light wounds": "the" + a count +
# a harmed group, then its members ("a" / "an" / a count), restate who the group just counted was; not the attackers
# ("The two gunmen, a soldier and his brother, fled": no harmed group word)
_EN_RESTATED_HEADS = _EN_HARMED_GROUPS | frozenset({"passers", "bystanders", "people", "civilians", "residents",
                                                    "pedestrians", "patients", "victims", "shoppers", "customers"})


def _english_group_restated(words: list[str]) -> int | None:
    """Index of the group word in "the two bystanders, a baker and a woman", or None."""
    if words[:1] != ["the"] or len(words) < 5 or words[2] not in _EN_RESTATED_HEADS or parse_number(words, 1) is None:
        return None
    head = 3 if words[3] == "by" else 2  # "passers-by" is two words
    after = head + 1
    return head if after < len(words) and (words[after] in ("a", "an") or parse_number(words, after) is not None) else None


def _named_before(tokens: list[Token], words: list[str], among: int) -> set[str]:
    """The categories of the victim words before "were among" (not medics who report or treat, not witnesses)."""
    lex = load_lexicons()
    named: set[str] = set()
    for m in lex.victims.find(tokens) + lex.victim_kinds.find(tokens):
        if m.last < among - 1 and _names_victims(words, m):
            named.update(m.payloads)
    if frozenset().union(*map(word_forms, words[: among - 1])) & CATEGORY_CUES:
        named.update(sentence_categories(words[: among - 1]))
    return named - {"protesters"}


# «استقبل 17 حالة اختناق، بينها ست نساء وطفلان», «جثث 9 أشخاص، بينها جثتا طفلين»: the feminine «بينها» after cases,
# wounds or bodies lists who they were (Arabic pass 56); not after other things («مواقع بينها مدرسة»)
_AMONG_IT = frozenset({"بينها", "وبينها"})
_CASE_HEADS = frozenset({"حاله", "حالات", "اصابه", "اصابات", "جثه", "جثث", "جثامين",
                         "الجثث", "الجثامين", "رفات", "الرفات"})  # «عثرت على الرفات بينها نساء» (Arabic pass 64)
_CASES_REACH = 4  # «17 حالة اختناق، بينها»: the case word, what it is of, then the marker


def _among_the_cases(words: list[str]) -> int | None:
    """Index of «بينها» right after a case, wound or body word (within ``_CASES_REACH`` words), or None."""
    if _AMONG_IT.isdisjoint(words):
        return None
    for at, word in enumerate(words):
        if word in _AMONG_IT and any(w in _CASE_HEADS for w in words[max(0, at - _CASES_REACH) : at]):
            return at
    return None


def listed_victim_categories(tokens: list[Token], words: list[str]) -> set[str]:
    """The categories named after «بينهم» / "among" / "including" in a sentence (tokens already normalised, and
    their texts); empty when it has no such word. Witnesses and medics who treat are no victims, as in a trigger's
    sentence."""
    origins = {"migrants"} if english_origins_told(words) and not any(
        word_forms(w) & _SUSPECTS_HELD for w in words) else set()
    if "العمر" in words and (aged := opening_age_categories(words)):
        return aged | origins  # «ويبلغ الشاعر من العمر 67 عاما»: the age of someone the story named (pass 76)
    if aged := english_youngest_aged(words):
        return aged | origins  # "the youngest, aged 2, has burns to her body": one of the victims counted (pass 63)
    if (among := _english_among_those(words)) is not None:
        return _named_before(tokens, words, among) | origins
    if (held := english_group_still_held(words)) is not None:
        return _named_before(tokens, words, held) | origins
    if _LISTING_VICTIMS_WRITTEN.isdisjoint(words):
        if (_AMONG.isdisjoint(words) or (marker := _among_the_harmed(words)) is None) and (
                marker := english_members_of(words)) is None and (marker := _among_the_cases(words)) is None and (
                marker := _english_group_included(words)) is None and (
                marker := _english_group_restated(words)) is None:
            return origins
    else:
        marker = next(i for i, w in enumerate(words) if w in _LISTING_VICTIMS_WRITTEN)
    if any(word_forms(w) & _SUSPECTS_HELD for w in words[:marker]):
        return set()
    lex = load_lexicons()
    named: set[str] = set()
    for m in lex.victims.find(tokens) + lex.victim_kinds.find(tokens):
        if (m.first > marker or _group_listed(m, marker, words)) and _names_victims(words, m):
            named.update(m.payloads)
    if frozenset().union(*map(word_forms, words[marker + 1 :])) & CATEGORY_CUES:
        named.update(sentence_categories(words[marker + 1 :]))
    if not EN_MINOR_WORDS.isdisjoint(words[marker + 1 :]):
        named.update(english_minors_of_women(words))  # "Three of the women were minors": the group before the marker
    return (named | origins) - {"protesters"}


# Arabic pass 49 (tune49): «مقتل اثنين من مهربي الوقود في تبادل لإطلاق النار مع دورية», «مقتل ثلاثة من المهربين في
# اشتباك مع دورية»: smugglers killed in a gunfight they took part in are armed parties to it (as an attacker shot dead
# during his attack: labelling guide), no civilians. Only a group (a plural or dual, counted or «من» + the plural): a
# lone smuggler shot by soldiers («الذهيبة: مقتل مهرب في تبادل لإطلاق النار مع وحدات الجيش», rasad_written_libya
# rwl-13, borderline) is labelled an incident, as a possible excess of force, and is left as before
_GUNFIGHT_WITH_REACH = 4  # «اشتباك مع», «تبادل لإطلاق النار مع إحدى دورياتها»


def _gunfight(words: list[str]) -> bool:
    """An exchange of fire («تبادل لإطلاق النار», «تبادل إطلاق نار») or a clash «مع» someone in the sentence."""
    for k, w in enumerate(words):
        forms = word_forms(w)
        if "تبادل" in forms and any("طلاق" in x or x in ("النار", "نار") for x in words[k + 1 : k + 3]):
            return True
        if forms & {"اشتباك", "اشتباكات", "مواجهات", "مواجهه"} and "مع" in words[k + 1 : k + _GUNFIGHT_WITH_REACH]:
            return True
    return False


def _armed_smugglers_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """A smuggler word in the victim slot of a casualty trigger, in a sentence that tells a gunfight."""
    if SMUGGLER_NOUNS.isdisjoint(words):
        return False  # no smuggler word (most sentences): no victim slot holds one (speed pass 12)
    return any(any(t.type in CASUALTY_TYPES for t in m.payloads)
               and (k := _content_after(words, m.last + 1)) is not None and words[k] in SMUGGLER_NOUNS
               for m in matches) and _gunfight(words)


# Arabic Libya-precision pass (twentieth session): «مقتل أربعة مسلحين في اشتباكات بين مجموعتين», «قتل فيها سبعة
# مسلحين»: the armed men in the victim slot of a casualty word are the dead, as the English "armed men were killed"
# (``_english_armed_dead_at``); their perpetrators cue named no attacker of protected people (tune35, tune90, tune139)
# (also the subject of a passive casualty verb with no object after it, «بأن أربعة مسلحين قتلوا في اشتباكات», «أن
# مسلحين اثنين قتلا ليلة أمس»: not «أن مسلحين قتلوا شابا», the gunmen who killed)
# (a number soon after the verb is its object: «أن مسلحين قتلوا أمس ثلاثة مزارعين», the gunmen who killed)
_AFTER_PASSIVE = frozenset({"في", "خلال", "اثر", "جراء", "ليله", "مساء", "صباح", "فجر", "امس", "اليوم", "بعد",
                            "برصاص", "عندما"})
_AND_HURT = frozenset({"واصيب", "واصيبت"})  # «قتلوا وأصيب ثلاثة آخرون»: the dead, then the hurt counted


def armed_men_killed_at(words: list[str], matches: list[PhraseMatch[Trigger]], cues: list[PhraseMatch[str]]) -> set[int]:
    """First indices of the Arabic perpetrators cues (``cues``) that stand in the victim slot of a casualty trigger
    («مقتل 4 مسلحين»: only numbers and fillers between), or as the subject of a passive casualty verb."""
    slots = {m.last + 1 + (words[m.last + 1 : m.last + 2] in (["فيها"], ["فيه"]))  # «قتل فيها سبعة مسلحين»
             for m in matches if any(t.type in CASUALTY_TYPES for t in m.payloads)
             and not word_forms(words[m.last]) & BULLETS}  # not «برصاص مسلحين»: the shooters after the means
    found = set()
    for c in cues:
        if words[c.first].isascii():
            continue
        k = _content_after(words, c.last + 1)
        passive = k is not None and k + 1 < len(words) and words[k] in _PASSIVE_PLURAL_KILLED and (
            words[k + 1] in _AND_HURT or (words[k + 1] in _AFTER_PASSIVE and not any(
                parse_number(words, j) is not None for j in range(k + 1, min(len(words), k + 4)))))
        # counted: a number between the casualty word and the cue («مقتل أربعة مسلحين») or right after it («مقتل
        # مسلحين اثنين»); not «اعتداء مسلحين على», «إطلاق نار من مجهولين» (the attackers, no number)
        # (only two follows its noun: «قتل مسلحون خمسة منقبين» is the gunmen who killed five)
        counted = any(parse_number(words, j) is not None and j + parse_number(words, j)[1] == c.first for j in slots) or (
            c.first in slots and words[c.last + 1 : c.last + 2] in (["اثنين"], ["اثنان"]))
        if counted or passive:
            found.add(c.first)
    return found


# «الجيش يدمر آليات للإرهابيين ويقتل 6 منهم», «اشتبكت القوات مع مسلحين وقتلت 3 منهم»: «منهم» after a casualty word
# points back to the nearest people named before it; when those are fighters (no other people between), the dead are
# fighters; «أطلق مسلحون النار على المصلين وقتلوا 3 منهم» points back to the worshippers
_OF_THEM = frozenset({"منهم", "منهما"})
# Arabic pass 116 (tune116): «اشتباكات بين مجموعتين مسلحتين تخلف قتلى في صفوفهما»: «في صفوفهم / صفوفهما / صفوفها»
# (in their ranks) points back as «منهم» does; the dead belong to the fighters named before it. «هجوم مسلحين على
# المصلين يخلف قتلى في صفوفهم» names the worshippers nearer and stays (the nearest people decide, as for «منهم»)
RANKS_OF_THEM = frozenset({"صفوفهم", "صفوفهما", "صفوفها", "بصفوفهم", "بصفوفهما", "بصفوفها"})
_POINT_BACK_REACH = 12  # «اشتبكت القوات مع مسلحين قرب سبها وقتلت 3 منهم»


def _fighters_pointed_back(words: list[str], matches: list[PhraseMatch[Trigger]], combatant_at: set[int]) -> bool:
    """A casualty word whose victim slot is «منهم», the nearest people before it a fighter word."""
    for m in matches:
        if not any(t.type in CASUALTY_TYPES for t in m.payloads):
            continue
        k = _content_after(words, m.last + 1)
        if k is None or not (words[k] in _OF_THEM or words[k] in RANKS_OF_THEM or (  # «قتلى في صفوفهما» (pass 116)
                words[k] == "في" and words[k + 1 : k + 2] != [] and words[k + 1] in RANKS_OF_THEM)):
            continue
        for j in range(m.first - 1, max(-1, m.first - _POINT_BACK_REACH), -1):
            if j in combatant_at:
                return True
            if word_forms(words[j]) & PERSON_NOUNS:
                break  # other people nearer: «على المصلين ... وقتلوا 3 منهم»
    return False


# «حركة طالبان», «عناصر من طالبان», «مقاتلي طالبان»: the movement, not the dual of «طالب» (two students, a civilian
# word); after a verb («أصيب طالبان بجروح») it stays two students (Arabic pass 60)
_TALIBAN = frozenset({"طالبان"})
_MOVEMENT_HEADS = frozenset({"حركه", "من", "عناصر", "عنصر", "عنصرين", "مقاتلي", "مسلحي", "قوات", "حكومه", "قاده",
                             "قيادي", "قياديين", "مقاتلو", "عناصرها", "سلطات", "نظام", "مع", "ضد",
                             # «في هجوم لطالبان», «هجوم شنته طالبان», «على يد طالبان»: the attack's author (Arabic pass 132)
                             "هجوم", "هجمات", "هجوما", "شنته", "شنتها", "يد", "كمين"})


def _movement_not_students(words: list[str], first: int) -> bool:
    """Is the civilian word at ``first`` «طالبان» naming the movement (a movement or member head right before it)?"""
    if not set(clitic_variants(words[first])) & _TALIBAN:
        return False
    return first > 0 and bool(set(clitic_variants(words[first - 1])) & _MOVEMENT_HEADS)

# «أن ثلاثة مسلحين من مجموعة تابعة لجهاز دعم الاستقرار وعنصرين من كتيبة محلية قتلوا فجر اليوم في اشتباك»: a plural or
# dual passive killing verb whose subject, listed right before it after «أن» (or opening the sentence), is fighters
# (Arabic pass 62: Libyan clashes told as a military source's toll); the fighter words are its victims, not attackers.
_PASSIVE_PLURAL_KILLED = frozenset({"قتلوا", "قتلا", "قتلتا", "لقوا", "لقيا", "اصيبوا", "اصيبا", "جرحوا", "جرحا"})
# what follows a passive verb: a time or its circumstance; an object or a person after it makes the verb active
# («مسلحون قتلوا شابا»)
_PASSIVE_AFTER = frozenset({"في", "خلال", "اثر", "جراء", "برصاص", "بالرصاص", "عند", "قرب", "بعد", "اثناء", "حتفهم",
                            "حتفهما", "مصرعهم", "مصرعهما", "بجروح"})
_SUBJECT_REACH = 16  # «ثلاثة مسلحين من مجموعة تابعة لجهاز دعم الاستقرار وعنصرين من كتيبة محلية»: two units named


def _fighters_subject_killed(words: list[str], matches: list[PhraseMatch[Trigger]], combatant_at: set[int]) -> bool:
    """The subject of a plural passive casualty verb (between «أن» or the start and the verb) holds fighter words
    and no person noun of civilians: fighters killed or hurt, as «مقتل 6 جنود» is."""
    for m in matches:
        verb = words[m.first].lstrip("و")
        if verb not in _PASSIVE_PLURAL_KILLED or not any(t.type in CASUALTY_TYPES for t in m.payloads):
            continue
        # «مسلحون قتلوا شابا», «قتلوا أمس ثلاثة مزارعين»: active, its object after it
        start = passive_subject_start(words, m.first, m.last, that=THAT_CLAUSE, after=_PASSIVE_AFTER,
                                      reach=_SUBJECT_REACH, from_sentence_start=True)
        if start is not None and any(j in combatant_at for j in range(start, m.first)):
            return True
    return False



# «وفاة معتقل في سجن ...», «وفاة سجين سياسي داخل زنزانته»: a prisoner or detainee right after a death word is its victim,
# a protected person (the guide: a death in custody is an incident); not «معتقل سابق» (a former detainee, who may die
# free). The custody words are context, not victims, elsewhere: «الإفراج عن سجين» tells no harm (real posts pass 4)
_DETAINEES = frozenset({"معتقل", "معتقلا", "سجين", "سجينا", "محتجز", "محتجزا", "معتقله", "سجينه", "محتجزه",
                        # Libyan usage for one held by a security body or awaiting trial (Arabic pass 82)
                        "موقوف", "موقوفا", "موقوفه", "مسجون", "مسجونا"})
# (indefinite only: «إن حالة وفاة السجين» points back to a death already told, here a prosecutor's account of it)
_DEATH_WORDS = frozenset({"وفاه", "توفي", "توفيت", "مات", "ماتت", "موت"})  # not «إعدام»: executions told by a report
_FORMER = frozenset({"سابق", "السابق", "سابقا", "سابقه", "السابقه"})


# «وفاة أمريكي من أصول مصرية في سجون مصر», «توفي داخل السجن»: a death told «في / داخل» a prison happened in custody,
# whoever the dead (a nationality alone names him); not «مدير السجن» (no «في» before the prison)
_PRISONS = frozenset({"سجن", "سجون", "السجن", "السجون", "زنزانته", "زنزانتها", "الزنزانه", "زنزانه", "معتقل",
                      "المعتقل", "الحجز", "الاحتجاز", "محبسه", "محبسها"})
_DIED_IN_REACH = 6  # «وفاة أمريكي من أصول مصرية في سجون»


def _detainee_died_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_detainee_died`` holds for no match of the sentence: it needs a detainee noun or a prison word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_detainee_died`` widens it too."""
    return not present.isdisjoint(_DETAINEES) or not _PRISONS.isdisjoint(words)


def _detainee_died(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """A killing or death word followed by an indefinite detainee noun, not a former one; or a death word followed by
    «في / داخل» a prison within a few words (see above)."""
    for m in matches:
        if m.last + 1 >= len(words) or not any(t.type == "killing" for t in m.payloads):
            continue
        detainee = not words[m.last + 1].startswith("ال") and word_forms(words[m.last + 1]) & _DETAINEES
        if detainee and not (words[m.last + 2 : m.last + 3] and word_forms(words[m.last + 2]) & _FORMER):
            return True
        if not word_forms(words[m.first]) & _DEATH_WORDS:
            continue
        after = words[m.last + 1 : m.last + 1 + _DIED_IN_REACH]
        if any(w in INSIDE and words[m.last + 2 + k : m.last + 3 + k] and words[m.last + 2 + k] in _PRISONS
               for k, w in enumerate(after)):
            return True
    return False


# Arabic pass 86 (tune86): «مسلحون يعتدون بالضرب على موظفي مصرف» (a headline: the subject before its present verb),
# «عناصر أمن اعتدوا على صحفي»: fighters right before an active verb of assault did it; they are not its victims
# (not «يضربون / ضربوا»: «عناصر من مجموعة مسلحة يضربون أسرى مقيدين», tune58 rw58t-64, is read hors de combat through
# the fighters' flag, which this rule would clear)
_ASSAULTING = frozenset({"يعتدون", "يعتدي", "تعتدي", "اعتدوا", "واعتدوا", "ويعتدون", "اعتدي", "اعتدت", "يهاجمون",
                         "هاجموا", "يطلقون", "اطلقوا", "يقتحمون", "اقتحموا", "يختطفون", "اختطفوا", "يخطفون", "خطفوا"})
