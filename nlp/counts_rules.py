"""Casualty counts of one sentence: which number belongs to the killed and which to the injured.

``nlp.counts`` reads a number; this module decides what it counts. Rules (each from how news
states casualties, Arabic and English):

* a number followed by a casualty noun: «3 قتلى», «خمسة جرحى», "seven injured";
* a number followed by a person noun, next to a trigger: «مقتل ثلاثة مدنيين», «إصابة 5 أشخاص»,
  "three civilians were killed" (the trigger may come after the noun in English);
* quantifier words between trigger and number are transparent: «إصابة ما لا يقل عن 9 أشخاص»,
  «أكثر من عشرين», "at least three", "a family of five";
* duals: «قتيلين», «مقتل شابين», «استشهد فلسطينيان» = 2;
* a single victim: «مقتل شاب», «سقوط قتيل», «الشاب اللي قتلوه», "a man was shot dead" = 1;
* numbers of years, hours, money, distance or dates are never casualties;
* two numbers of one event are added: «مقتل 71 مسلحا و7 عسكريين» = 78; two singular victims joined
  by «و» are two: «مقتل ضابط وجندي», «إصابة سيدة وابنها»;
* «لقي 5 أشخاص مصرعهم»: the number sits between «لقي» and the trigger;
* a killing that is the topic of the sentence, not its event, counts nobody: «قضية مقتل»,
  «على خلفية اغتيال», «المسؤولين عن قتل», «عام على مقتل», a death sentence «قضت بإعدام 5»
  (the guide: a statement, trial or anniversary naming an earlier killing has null counts);
* a nisba after a trigger is one victim only when it names a people («مقتل تونسي»), not a surname
  («مقتل خاشقجي»); who some of the victims were is no count («بينهم 3 أطفال», «من بين الضحايا طفلتان»).

Its helpers, one job each: ``counts_words`` (victim nouns and their forms), ``counts_scope`` (sentences that give
no toll), ``counts_single`` (one or two victims with no number), ``counts_deaths`` (death phrases, bodies found),
``counts_added`` (victims added to a first count), ``counts_hurt`` (wounds and care), ``counts_rules_en`` (English
word order).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress, count

from nlp.countries import AGENT_PAIRS
from nlp.counts import parse_number, starts_number
from nlp.counts_added import (
    all_carried,
    all_of_them_numbered,
    arabic_own_losses,
    carries_people,
    companion_hurt_after_death,
    companions_hurt,
    definite_hurt_each,
    each_listed,
    hurt_by_number,
    killed_with_number,
    listed_victims,
    one_of_another_pair,
    others_hurt,
)
from nlp.counts_deaths import (
    DEATH_WORDS,
    beaten_to_death,
    body_found,
    closed_death_phrase,
    fighter_eliminated,
    found_dead,
    found_in_dead_state,
    hurt_then_died,
    joined_before_death,
    listed_before_killed,
    met_death,
    one_hurt_named,
    relative_died,
    remains_added,
    split_death_phrase,
    subject_died_after,
    who_hurt_then_died,
)
from nlp.counts_hurt import (
    CARE_ROOTS,
    CARE_WORDS,
    EN_CARE,
    HOSPITALS,
    SPREAD_WORDS,
    care_unsaid,
    cared_for,
    death_as_cause,
    english_gapped_treated,
    english_one_in_care,
    hospital_cases,
    hurt_by_ward,
    joined_in_intensive_care,
    listed_taken_to_hospital,
    needed_care,
    not_hurt_word,
    one_survivor_cared,
    others_wounded_after,
    pair_taken_to_hospital,
    share_told_hurt,
    shocked,
    two_taken_to_hospital,
    victim_lying_in_care,
    victim_taken_to_hospital,
    wounds_on_body,
)
from nlp.counts_rules_en import (
    EN_FOUND_DEAD,
    EN_INTRANSITIVE_DEATHS,
    EN_MORE,
    EN_SUFFERED,
    among_the_whole,
    apposition_reach,
    english_age_after_name,
    english_age_after_one,
    english_age_in_list,
    english_aged,
    english_another_hurt,
    english_as_well_as_hurt,
    english_body_handed,
    english_casualties_split,
    english_companion_hurt,
    english_companion_in_care,
    english_dead_or_missing,
    english_died_others_in_care,
    english_gapped_hurt,
    english_hurt_later_died,
    english_in_age_list,
    english_in_own_state,
    english_joined_before,
    english_joined_people,
    english_killed_with_others,
    english_kin_of_named_dead,
    english_later_died,
    english_more_in_care,
    english_not_casualties,
    english_object_then_new_subject,
    english_one_more_hurt,
    english_one_of_hurt_died,
    english_own_losses,
    english_parent_of,
    english_part_before_whole,
    english_people_after,
    english_sentence_subject,
    english_severity_split,
    english_single_joined_after,
    english_single_joined_object,
    english_singular_verb,
    english_skip_of,
    english_subject_trigger,
    english_toll_put_at,
    english_units_of,
    english_wounded_killed,
    english_wounded_one_died,
    english_year_named,
)
from nlp.counts_scope import (
    SINCE,
    commemorates_past,
    died_held_without_care,
    earlier_event,
    first_aid_course,
    inquiry_into_past,
    is_epidemic,
    is_history,
    is_round_up,
    is_swindle,
    named_as_topic,
    remains_identified,
    wounded_sent_abroad,
)
from nlp.counts_single import (
    HER_KIN,
    MINE_WORDS_AS_WRITTEN,
    dual_verb,
    duals_and_singles,
    one_of_them_before,
    single_victim_before,
    wound_caused_to_one_of,
    wound_caused_to_them,
    wounded_state_of_killed,
)
from nlp.counts_words import (
    AFTER_WORDS,
    ARRIVED_PLURAL,
    CASE_DUALS,
    CASE_NOUNS,
    CASUALTY_NOUNS,
    DATE_WORDS,
    EN_AUXILIARIES,
    EN_BE_OR_REMAIN,
    EN_BODIES,
    EN_HEDGES,
    EN_HIT,
    EN_HOW_BADLY,
    EN_KILLING_WORDS,
    EN_NEXT_HARM_PARTICIPLES,
    EN_POSSESSIVES,
    FILLERS,
    FORCES,
    HURT_PASSIVES,
    ILLNESS_AFTER,
    NAMED_VICTIMS,
    OF_THEM,
    ON_THE_VICTIM,
    ONE_OF,
    OTHERS_PLURAL,
    RESCUED,
    SINGULAR_VICTIMS,
    SLOT_OF_KIND,
    THAT_CLAUSE,
    TIME_AFTER_VERB,
    after_noun_kind,
    counted_singular,
    definite_number,
    dual_of_victim,
    joined_victim,
    no_people_after,
    people_before,
    plural_of_victim,
    plural_person,
    possessed_plural,
    singular_victim,
    strip_and,
    unit_number,
)
from nlp.morph import word_forms
from nlp.normalize import has_arabic_script, word_cache
from nlp.place_roles import REPORTING_VERBS
from nlp.victim_lists import sum_victims

# A sentence giving the running total of an event's dead («ارتفاع حصيلة ... إلى», «وصل عدد الجثث إلى 16»).
_TOLL_WORDS = {"حصيله", "الحصيله", "toll"}
_TOTAL_WORDS = frozenset(_TOLL_WORDS | {"عدد", "number"})  # a toll or «عدد» (the union hoisted out of word loops)
# A word with a form in _TOTAL_WORDS holds one of these: a word's forms are pieces of it, or «ال» + a piece («للحصيلة»)
_TOTAL_PIECES = ("حصيله", "عدد", "toll", "number")
_RISE_WORDS = {"ارتفاع", "ارتفع", "ارتفعت", "ليرتفع", "لترتفع", "يرتفع", "ترتفع", "وصل", "وصول", "بلغ", "بلغت", "ليبلغ",
               "بلغوا", "وصلوا",  # «أن الجرحى بلغوا 16»: the plural verb of the casualties named (Arabic pass 84)
               "rose", "risen", "rises", "climbed", "bringing", "brings", "taking",  # "bringing the toll to three"
               # "Renewed shelling brought the death toll to nine", "raising the toll to 12" (English pass 37)
               "brought", "raised", "raising", "pushed", "pushing", "rising", "climbing",
               # «وفي بيان لاحق، رفع الجهاز العدد إلى خمسة جرحى»: the body raised its own figure (Arabic pass 112; a
               # rise only within three words of «العدد» / «الحصيلة», as every rise word here: not «رفع دعوى»)
               "رفع", "رفعت", "يرفع", "ترفع"}


_SINCE_LONG = {"بدايه", "مطلع", "عام", "سنه", "beginning", "start"}

# English pass 58 (tune121en): "the death toll ... has reached 19", "the toll reached 8 on Monday": the toll's own
# verb with its number right after it (the Arabic «بلغ» is a rise word above; "reached" is read only after "toll")
_EN_REACHED = frozenset({"reached", "reaches", "reaching"})

# Arabic pass 112 (tune112): «ليبلغ مجموع المصابين ثمانية», «ليصل إجمالي الجرحى إلى»: the sum of the wounded told
# hospital by hospital is a total, as «عدد» is; written forms only («مجموعة», a group, has «مجموع» among its forms),
# and only before a definite casualty noun (``_TOLD_CASUALTIES``)
_SUM_WORDS = frozenset({"مجموع", "ومجموع", "لمجموع", "اجمالي", "واجمالي", "لاجمالي"})
# «وفي حصيلة محدثة / لاحقة / جديدة / نهائية»: the writer marks the toll that follows as the later, fuller figure (the
# settled answer: of two tallies of one event, the larger, usually the later; Arabic pass 112)
_LATER_TOLL = frozenset({"محدثه", "لاحقه", "جديده", "اخيره", "نهائيه"})
# English pass 64 (tune135en): "the medical centre gave a higher toll: five dead and nine wounded", "an updated toll of
# seven": the English adjective stands before "toll" and marks the same later, fuller figure (not "a heavy toll")
_EN_LATER_TOLL = frozenset({"higher", "updated", "revised", "new", "later", "fuller", "final"})


# a definite casualty noun, the subject of a rise verb right after it («أن الجرحى بلغوا 16», «أن القتلى وصلوا إلى 7»)
_TOLD_CASUALTIES = frozenset({"الجرحي", "المصابين", "المصابون", "القتلي", "الضحايا", "الوفيات"})


@word_cache(65536)  # a pure function of the word, asked again and again (speed pass 9)
def _rise_word(word: str) -> bool:
    return word in _RISE_WORDS or bool(word_forms(word) & _RISE_WORDS)


def is_rising_toll(words: list[str]) -> bool:
    """The sentence gives an event's running total («ارتفاع حصيلة القتلى إلى 5», «وصل عدد الجثث ... 16 جثة»):
    its count supersedes a smaller one stated before it."""
    if ("toll" in words or "number" in words) and english_toll_put_at(words) is not None:
        return True  # "the hospital later put the toll at eight": a later, fuller tally (English pass 26)
    joined = " ".join(words)
    if not any(piece in joined for piece in _TOTAL_PIECES) and _SUM_WORDS.isdisjoint(words):
        return False  # a cheap test first (this runs on most sentences with a count): no toll word, as below
    totals = [k for k, w in enumerate(words) if word_forms(w) & _TOTAL_WORDS or (
        w in _SUM_WORDS and words[k + 1 : k + 2] and words[k + 1] in _TOLD_CASUALTIES)]
    if not totals:
        return False  # no toll word (most sentences): the test below and the last one are both False then
    if any(w in ("منذ", "since") and any(_SINCE_LONG.intersection(word_forms(x)) or (x.isdigit() and len(x) == 4)
                                         for x in words[k + 1 : k + 3]) for k, w in enumerate(words)):
        return False  # «يرتفع عدد القتلى من الصحفيين إلى 15 منذ 2016»: a running statistic, not this event's toll
    if any(words[k + 1 : k + 2] and words[k + 1] in _LATER_TOLL and word_forms(words[k]) & _TOLL_WORDS for k in totals):
        return True  # «وفي حصيلة محدثة قال المستشفى إنه تعامل مع تسعة مصابين»: a later toll, told as such (pass 112)
    if any(k > 0 and words[k] == "toll" and words[k - 1] in _EN_LATER_TOLL for k in totals):
        return True  # "gave a higher toll: five dead and nine wounded" (English pass 64)
    rises = [k for k, w in enumerate(words) if _rise_word(w)]
    if any(k > 0 and words[k - 1] in _TOLD_CASUALTIES for k in rises):
        return True  # «قبل أن يعلن المستشفى أن الجرحى بلغوا 16»: the casualty noun reached a later figure (pass 84)
    # «عدد المصابين جراء الاشتباكات التي ... ارتفع إلى 14»: the subject first, the rise verb and «إلى» later
    if any(abs(r - t) <= 3 or (t < r and words[r + 1 : r + 2] in (["الي"], ["to"])) for r in rises for t in totals):
        return True
    # "The death toll from two days of clashes in Gharyan has reached 14": the toll the subject, "reached" and its
    # number later, however long the toll's qualifier (English pass 58)
    if "toll" not in words:
        return False
    first = words.index("toll")
    return any(w in _EN_REACHED and k > first and k + 1 < len(words) and parse_number(words, k + 1) is not None
               for k, w in enumerate(words))


# Arabic pass 112 (tune112): «وذكرت الأنباء الأولى إصابة ممرض واحد», «في حصيلة أولية»: the writer marks the figure as the
# first reports'; a later, larger figure of the same hurt is the fuller count (the settled answer, fifteenth session)
_EARLY_SOURCES = frozenset({"الانباء", "انباء", "المعلومات", "معلومات", "التقارير", "تقارير", "حصيله", "الحصيله"})
_EARLY_MARKS = frozenset({"الاولي", "الاوليه", "اوليه", "اولي"})


def early_figure(words: list[str]) -> bool:
    """The sentence tells its count as the first reports' («الأنباء الأولى», «المعلومات الأولية», «حصيلة أولية»)."""
    return not _EARLY_MARKS.isdisjoint(words) and any(w in _EARLY_MARKS and k and words[k - 1] in _EARLY_SOURCES for k, w in enumerate(words))


def toll_counts(words: list[str]) -> dict[str, int]:
    """A risen toll told with no harm word of the trigger lexicon («ارتفع عدد وفيات حادث المرور إلى 7 أشخاص»): the
    casualty noun after «عدد» / «حصيلة» names what the number counts. Empty unless the sentence gives a rise."""
    if not ("الي" in words or "to" in words):
        return {}  # (the word test before the join: speed pass 8)
    joined = " ".join(words)  # a piece is in a word when it is in their join
    if not ("عدد" in joined or "حصيل" in joined or "toll" in words):
        return {}  # a cheap test first: this runs on every sentence with no harm word
    return sentence_counts(words, {}) if is_rising_toll(words) else {}


def care_counts(words: list[str]) -> dict[str, int]:
    """The injured of a sentence with no casualty word that tells of the victims' care («ونقل 5 أشخاص إلى
    المستشفى», «وتلقى 3 آخرون الإسعافات», «ونقل السائق إلى المستشفى»): the caller decides whether the document
    reports a casualty event they belong to. Nobody for patients, births, vaccination, sport or an earlier year."""
    joined = " ".join(words)  # a root is in a word when it is in their join (no root holds a space)
    # (the same tests as ``word_forms(w) & CARE_WORDS`` for each word, made at C level: this runs on most sentences)
    if EN_CARE.isdisjoint(words) and (
            not any(root in joined for root in CARE_ROOTS) or not any(map(CARE_WORDS.intersection, map(word_forms, words)))):
        return {}
    if any(not_hurt_word(w) for w in words) or earlier_event(words) or care_unsaid(words):
        return {}  # (care_unsaid: «ولم تذكر الإدارة أن الممرض احتاج إلى علاج», Arabic pass 84)
    injured = sentence_counts(words, {}).get("injured")
    return {} if injured is None else {"injured": injured}


_VICTIM_WORDS = {"ضحايا", "ضحيه"}
_HURT_VERBS = {"اصيب", "اصيبت", "اصيبوا", "اصيبا", "جرحوا", "تعرضوا", "تعرض", "تعرضت"}


def _victims_hurt(words: list[str], at: int) -> bool:
    """«10 ضحايا أصيبوا بجروح», «ضحيتين تعرضتا لإصابات»: the victims at ``at`` are said hurt right after."""
    return words[at] in _VICTIM_WORDS and at + 1 < len(words) and words[at + 1] in _HURT_VERBS


def _no_people_follow(after: list[str]) -> bool:
    """The words after a number say it counts no people: a unit («ستة أسابيع»), also after a second number
    joined to it («الضحايا (15 و36 سنة)», «بين 06 سنوات و65 سنة»: ages, not two groups)."""
    if after and after[0].startswith("و") and after[0][1:].isdigit():
        after = after[1:]
    if after[:3] == ["and", "a", "half"]:
        return True  # "two and a half years on": a span or an amount, never people (English pass 28)
    return bool(after) and no_people_after(after[0])


_KIN_GROUPS = {"عائله", "العائله", "اسره", "الاسره", "قبيله",
               "عيله", "عايله", "العيله", "العايله"}  # the Libyan «عيلة» (Arabic pass 78)
_ONE = frozenset({"واحده", "وحده"})  # «من عائلة واحدة», the Libyan «من عيلة وحدة»
_MOURNS = frozenset({"نعي", "ينعي", "تنعي", "ننعي", "نعت", "ونعي", "ونعت", "وينعي", "وتنعي"})  # normalised «نعى»
_MOURN_REACH = 8  # «نعى جهاز الردع لمكافحة الجريمة المنظمة والإرهاب اثنين»: the body's name between


# «من إحدى المجموعتين», «أحد الطرفين»: «one of» a group noun (dual or plural in «ين») names a group, no person
_GROUP_NOUNS = frozenset({"المجموعتين", "مجموعتين", "الكتيبتين", "كتيبتين", "الجماعتين", "الطرفين", "طرفين", "الفصيلين",
                          "القوتين", "القبيلتين", "الميليشيتين", "المليشيتين", "التشكيلين", "اللواءين"})
# «تعرض لاعتداء من قبل ثلاثة شبان», «على يد أربعة مجهولين», «من طرف شخصين»: the number after an agent phrase counts the
# attackers, not the victims (Arabic pass 60), as "by two men" does in English
_BY_AGENT = AGENT_PAIRS | {("من", "طرف"), ("ومن", "قبل"), ("وعلي", "يد")}
# «اعتدى عليه ثلاثة شبان», «تعدوا عليه تلاتة شبان بالضرب»: the victim is the pronoun after «على», so the number right
# after it is the verb's subject, the attackers (verb-subject order; Arabic pass 68)


# Arabic pass 100 (tune100): «ولد عمي طعنوه تلاتة شبان», «ضربوها زوز نساء»: a plural harm verb carrying its victim as
# a singular object pronoun («ـوه», «ـوها»: him, her), then a number: Libyan verb-subject order, the number counts the
# attackers (the verb's subject), as after «تعدوا عليه» above
_PRONOUN_VICTIM_ENDINGS = ("وه", "وها")


def _victim_as_pronoun(word: str, kind: str | None) -> bool:
    """The harm trigger ``word`` (its incident type ``kind``) ends in a plural verb's object pronoun «ـوه / ـوها»."""
    return kind is not None and len(word) > 4 and word.endswith(_PRONOUN_VICTIM_ENDINGS)


# Arabic pass 74 (tune74): «ارتفعت الحصيلة إلى خمسة قتلى، هم أربعة من المقاتلين وامرأة أصيبت برصاصة داخل منزلها»,
# «قتل أربعة بينهم فتاة أصيبت بشظية»: a singular wound verb right after a victim in the list of the dead («هم»,
# «بينهم», «منهم») tells how that one of the dead was hit, no one injured; not after a turn of clause («فيما طفل
# أصيب»: a wounded one of their own) nor when another wound verb of the sentence is the injured's
_DEAD_LIST_OPENERS = frozenset({"هم", "وهم", "بينهم", "منهم", "وبينهم", "ومنهم"})
_LIST_TURNS = frozenset({"فيما", "بينما", "كما", "حين"})
_DEAD_LIST_REACH = 6  # «هم أربعة من المقاتلين وامرأة أصيبت»: the opener, a group, «من» and the joined victim


def _hit_in_dead_list(words: list[str]) -> bool:
    """Exactly one singular wound passive in the sentence, right after a word that follows a dead-list opener within
    ``_DEAD_LIST_REACH`` words with no turn of clause between."""
    hits = [k for k, w in enumerate(words) if w in HURT_PASSIVES or w.removeprefix("و") in HURT_PASSIVES]
    if len(hits) != 1 or words[hits[0]].startswith("و") or hits[0] < 2:
        return False
    k = hits[0]
    return any(words[j] in _DEAD_LIST_OPENERS and _LIST_TURNS.isdisjoint(words[j + 1 : k])
               for j in range(max(0, k - _DEAD_LIST_REACH), k - 1))


@word_cache(65536)
def _number_may_start(word: str) -> bool:
    """A number starts at the word (``starts_number``) or after its «ال» (a definite «الثلاثة»): sentence_counts'
    ``starts``, cached per word (speed pass 9)."""
    return starts_number(word) or (word.startswith("ال") and starts_number(word[2:]))


# Arabic pass 110 (tune110): «من قبل عصابة من ثلاثة أشخاص», «عصابة مكونة من خمسة عناصر»: the number of a gang or a
# cell (the attackers), not of its victims; «مجموعة من 5 مهاجرين» (who may be the victims) is not here
_GANG_SIZE_HEADS = frozenset({"عصابه", "العصابه", "خليه", "الخليه", "شبكه", "الشبكه"})
_MADE_OF = frozenset({"مكونه", "متكونه", "تتكون", "تتالف", "مؤلفه", "مولفه", "قوامها"})


def _gang_size(words: list[str], index: int) -> bool:
    """The number at ``index`` follows «عصابة / خلية / شبكة (مكونة) من»: the size of the attacking group."""
    if index < 2:
        return False
    before = words[index - 1]
    if before == "قوامها":
        return strip_and(words[index - 2]) in _GANG_SIZE_HEADS
    if before != "من":
        return False
    head = strip_and(words[index - 2])
    return head in _GANG_SIZE_HEADS or (head in _MADE_OF and index > 2 and strip_and(words[index - 3]) in _GANG_SIZE_HEADS)


# Arabic pass 112 (tune112): «اقتحم مسلحون قسم الطوارئ بحثا عن جريح من مجموعة منافسة»: the wounded man the attackers
# looked for was hurt before, elsewhere; he is no casualty of this event (the hurt of the raid are told apart)
# Arabic passes 124 and 126 (tune124, tune126): «يعيش بمفرده منذ وفاة زوجته», «منذ مقتل والده», «منذ رحيل والدته»: the
# time since a spouse's or a parent's death dates how someone lives (background, no casualty of the event told); a
# child's or a relative's death after «منذ» («تطالب الأم بكشف الحقيقة منذ وفاة ابنها داخل مركز الإيقاف») still counts
# (kin lists differ on purpose: this one is exact possessed forms of a spouse or a parent only, as a child's death
# after «منذ» still counts; ``_SPEAKER_KIN`` below is bare construct heads; ``counts_added._COMPANIONS`` are stems
# read by prefix; ``incidents._KIN`` is read through ``word_forms``)
_LIFE_KIN = frozenset({"زوجته", "زوجها", "والده", "والدته", "والديه", "والدها", "والدتها", "والديها", "ابيه", "امه",
                       "ابيها", "امها", "زوجتي", "زوجي", "والدي", "والدتي", "ابي", "امي"})
_SOUGHT = frozenset({"بحثا", "بحث", "البحث", "للبحث", "يبحثون", "يبحث", "يبحثان", "تبحث"})


# Arabic pass 141 (tune141): «قال شقيق أحد المصابين إن قذيفة سقطت ...»: the one speaking is the kin of one of the
# hurt; «أحد» names whose brother he is, it counts no victim (the toll is told after, in the words he reports)
# the reporting verbs (``place_roles.REPORTING_VERBS``), and a witness's «روى», «تحدث»
_SPEAKING = frozenset(REPORTING_VERBS | {"روي", "روت", "تحدث", "تحدثت"})
# (bare construct heads before «أحد», with friends, neighbours and «عائلة»: anyone who speaks for one of the hurt; not
# ``_LIFE_KIN``'s possessed forms)
_SPEAKER_KIN = frozenset({"شقيق", "شقيقه", "والد", "والده", "ابن", "ابنه", "زوج", "زوجه", "اقارب", "عائله", "اسره",
                          "خال", "عم", "ام", "اب", "اخ", "اخت", "جد", "صديق", "زميل", "جار", "ابناء", "احد"})


def _kin_of_one_speaks(words: list[str], index: int) -> bool:
    """«قال شقيق أحد المصابين»: a speaking verb, a kin noun, then «أحد / إحدى» at ``index``."""
    return (words[index] in ONE_OF and index > 1 and words[index - 1] in _SPEAKER_KIN
            and words[index - 2].removeprefix("و") in _SPEAKING)


def sentence_counts(words: list[str], trigger_at: dict[int, str], strong_at: dict[int, str] | None = None
                    ) -> dict[str, int]:
    """killed / injured numbers of one sentence; ``trigger_at`` maps token index -> incident type. A round-up of
    many events (``is_round_up``) or history (``is_history``) has none.

    Single victims and duals are read only next to ``strong_at`` triggers (default: all): «بالرصاص» or
    «جثة» are the means or a find, not a count of one.
    """
    if is_round_up(words) or is_history(words):
        return {}  # «توفي 19 شخصا في 47 حادث مرور»: a period's statistic; «اغتيل عام 1957»: history
    if first_aid_course(words) or remains_identified(words) or wounded_sent_abroad(words):
        return {}  # «دورة تدريبية على الإسعافات الأولية»; «التعرف على هويات 47 رفاتا»: no event's victims
    if commemorates_past(words, trigger_at) or inquiry_into_past(words):
        return {}  # «أحيا الأهالي الذكرى السادسة للهجوم الذي أسفر عن مقتل 12 شخصا» (pass 49)
    trigger_at = {k: kind for k, kind in trigger_at.items() if not named_as_topic(words, k) and not (
        kind == "injury" and k + 1 < len(words) and words[k + 1] in ILLNESS_AFTER) and not (  # «أصيب بوعكة»: ill (pass 110)
        kind == "injury" and k > 1 and words[k - 1] == "عن" and words[k - 2] in _SOUGHT) and not (
        k > 0 and words[k - 1] in SINCE and SLOT_OF_KIND.get(kind) == "killed"
        and words[k + 1 : k + 2] != [] and words[k + 1] in _LIFE_KIN)}  # «منذ وفاة زوجته» (passes 124, 126)
    swindled = is_swindle(words)
    if swindled:  # «شكاوى الضحايا البالغ عددهم 20 شخصا»: a fraud's victims
        trigger_at = {k: kind for k, kind in trigger_at.items() if not word_forms(words[k]) & _VICTIM_WORDS}
    strong_at = trigger_at if strong_at is None else {k: kind for k, kind in strong_at.items() if k in trigger_at}
    found: dict[str, int] = {}
    found_at: dict[str, int] = {}
    toll = is_rising_toll(words)
    english = not has_arabic_script(" ".join(words))  # the English-only rules never run on an Arabic sentence
    rescued_at: set[int] = set()
    if english and (times := _times_at(words, trigger_at)):
        words, trigger_at, strong_at = _times_counts(words, times, trigger_at, strong_at)
    # the words a number may start at: parse_number's own first test (cached), or a definite «الثلاثة» (definite_number
    # reads only those); the loop goes from one to the next at or after ``index``, both give None at every other word
    # (a definite word only where a number starts after its «ال»: definite_number's own test, speed pass 8)
    starts = list(compress(count(), map(_number_may_start, words)))
    index = 0
    while (next_start := bisect_left(starts, index)) < len(starts):
        index = starts[next_start]
        parsed = parse_number(words, index)
        definite = parsed is None and (parsed := definite_number(words, index)) is not None
        if parsed is None:
            index += 1
            continue
        value, used = parsed
        end = index + used
        if english and _english_more_bodies(words, index, end):
            end += 1  # "exhumed five more bodies": the update's bodies (settled answers; English pass 24)
        after = words[end : end + 3]
        if _no_people_follow(after) or wounds_on_body(words, end) or not 0 < value < 10000 or unit_number(words, index) or (
                index > 0 and words[index - 1] in _PART_OF and not among_the_whole(words, index)) or (
                english and english_part_before_whole(words, end)) or (  # "Three girls among five killed" (pass 68)
                index > 1 and words[index - 2] == "among" and words[index - 1] in ("them", "whom")) or (
                _share_of_cases(words, index, trigger_at)) or (
                index > 0 and words[index - 1] == "by") or (  # "by two men"
                index > 1 and (words[index - 2], words[index - 1]) in _BY_AGENT) or (  # «من قبل ثلاثة شبان» (pass 60)
                _gang_size(words, index)) or (  # «عصابة (مكونة) من ثلاثة أشخاص»: the attackers' number (pass 110)
                _kin_of_one_speaks(words, index)) or (  # «قال شقيق أحد المصابين»: the speaker, no count (pass 141)
                index > 0 and words[index - 1] in ON_THE_VICTIM) or (  # «تعدوا عليه تلاتة شبان» (pass 68)
                index > 0 and _victim_as_pronoun(words[index - 1], trigger_at.get(index - 1))) or (  # (pass 100)
                english and index > 0 and words[index - 1] in _EN_UNIT_HEADS) or (  # "Brigade 444 fighters": a name
                _unit_number(words, index)) or (  # «اللواء 155 مشاة»: a unit's number
                english and _english_missing_after(after)) or (  # "26 missing", "and 15 were missing": no toll
                english and after[:1] == ["times"]) or (  # "stabbed her three times": blows, no people (pass 21)
                english and english_units_of(words, end)) or (  # "attacked one of its patrols": no people
                english and english_dead_or_missing(words, end)) or (  # "720 had died or gone missing": no toll
                english and english_year_named(words, index)) or (
                english and english_age_after_one(words, index)) or (  # "Boy, 12, killed": his age
                english and english_aged(words, index)) or (  # "Man aged 72 killed": his age (English pass 30)
                english and english_age_in_list(words, index)) or (  # "Two sisters, 9 and 12, injured" (pass 51)
                english and english_in_age_list(words, index)) or (  # "aged eight and eleven, had wounds" (pass 60)
                english and english_parent_of(words, index)) or (  # "wounding mother of four" (English pass 32)
                index > 0 and words[index] in ("واحد", "واحده", "وحده") and words[index - 1] in _KIN_GROUPS):
            index = end
            continue  # «طفلان من عائلة واحدة»: one family, not one victim
        kind = after_noun_kind(words, end) if after else None
        if kind == "injury" and english and english_wounded_killed(words, index, end, trigger_at):
            kind = "killing"  # "shot dead three wounded fighters": the wounded killed (English pass 30)
        if kind == "killing" and swindled and word_forms(words[end]) & _VICTIM_WORDS:
            kind = None  # «وقع 30 ضحية في فخ عملية نصب»
        if kind == "killing" and _victims_hurt(words, end):
            kind = "injury"  # «إسعاف 10 ضحايا أصيبوا بجروح»: victims, but hurt, not dead
        if kind is None and after and after[0] == "حالات":
            # «تسجيل 3 حالات وفاة»; «7 حالات اختناق» in a fire are 7 injured (asphyxia is no trigger of its own)
            kind = trigger_at.get(end + 1) or ("injury" if after[1:2] == ["اختناق"] else None)
        if kind is None and hospital_cases(words, index, end, value):
            kind = "injury"  # «قال المستشفى إنه استقبل 4 حالات بينها حالة حرجة»: the hurt it received
        if kind is None and _suffocated_after(words, end):
            kind = "injury"  # «أسعف ستة أفراد ... تعرضوا للاختناق» (Arabic pass 56; the eleventh session's answer)
        if kind is None and not english and not _THEIR_HURT_WORDS.isdisjoint(words) and _own_hurt_after(words, end):
            kind = "injury"  # «نقل خمسة أفراد ... إلى مستشفى الجلاء، بعد إصابتهم بحالات اختناق» (Arabic pass 136)
        # the number's people: after it («3 أشخاص», «اثنان من المارة»), or before a definite one («أفراد طاقمها الثلاثة»)
        # «ثلاثة من عائلة واحدة أصيبوا»: members of one family are people too (Arabic pass 78), as are those of the
        # family already told («أربعة من العائلة أصيبوا», «أربعة من العيلة جاتهم شظايا»: Arabic injured paraphrase pass)
        one_family = after[:1] == ["من"] and len(after) > 1 and after[1] in _KIN_GROUPS and (
            after[1].startswith("ال") or (len(after) > 2 and after[2] in _ONE))
        one_more = one_family and len(after) > 2 and after[2] in _ONE  # «واحدة» after the family, before the verb
        person_after = (definite and people_before(words, index)) or one_family or bool(after and (
            plural_person(after[0]) or after[0] in SINGULAR_VICTIMS or counted_singular(after[0]) or (
                after[0] == "من" and len(after) > 1 and (plural_person(after[1]) or possessed_plural(after[1])
                                                          or after[1] in _MEMBER_WORDS))))  # «من مقاتلي» (pass 141)
        english_people = None if person_after or not english else english_people_after(words, end)
        if english_people is None and english and english_joined_people(words, index, end):
            english_people = end  # "a doctor and two patients were wounded": patients joined to a victim (pass 30)
        if english_people is None and english and words[max(0, index - 2) : index] == ["family", "of"]:
            person_after, english_people = True, index  # "a family of five": the number is the people
        if english_people is not None:
            person_after, after = True, words[english_people : english_people + 3]
        people_end = english_people + 1 if english_people is not None else end + (not definite) + (after[:1] == ["من"])
        if person_after and english and english_not_casualties(words, people_end):
            index = end
            continue  # "21 others are missing", "13 others were rescued": no toll
        # «أحد عشر» / «إحدى عشرة» (11) is a number of its own, not «أحد» ("one of") before a singular noun
        one_of = (words[index] in ONE_OF and used == 1) or (
            words[index] in ("واحد", "واحده") and after[:1] == ["من"])
        if one_of and after and after[0] in _GROUP_NOUNS:
            index = end
            continue  # «مقتل عنصرين من إحدى المجموعتين»: one of the groups, no person (Arabic pass 60)
        if one_of and not (person_after or (after and any(f.endswith(("ين", "ون")) for f in word_forms(after[0])))):
            index = end
            continue  # «غرق أحد الأحياء», «واحدة من أفظع الجرائم»: «one of» counts a person only before people
        if kind is None and person_after and len(after) > 1 and not after[1].startswith("و"):
            kind = after_noun_kind(words, end + 1)  # «5 مدنيين قتلى» (not «ثلاثة مدنيين وإصابة 5»)
            if kind == "injury" and wounded_state_of_killed(words, end + 1, trigger_at):
                kind = "killing"  # «إعدام ثلاثة مقاتلين جرحى»: the wounded killed (pass 49)
            elif kind == "injury" and not english and _wounded_captives(words, end):
                index = end
                continue  # «يطلقون النار على ثلاثة أسرى مصابين»: hurt before their capture (Arabic pass 136)
        if kind is None and index > 0 and (not words[index].isdigit() or person_after):
            # «جثة واحدة», «قتيلين اثنين»: the number word follows its noun; «رفات 9 أشخاص», «جثث 5 مهاجرين»
            kind = after_noun_kind(words, index - 1)
        if kind is None and (person_after or (english and after[:1] == ["others"])) and cared_for(words, index, end):
            kind = "injury"  # «وفاة شخص ونقل 5 آخرين إلى المستشفى», «وتلقى 3 آخرون الإسعافات»: hurt, not dead
        if kind is None and person_after and english and trigger_at.get(end) in SLOT_OF_KIND:
            kind = trigger_at[end]  # "five migrants drowned": the trigger phrase opens with the people
        if kind is None and english and not person_after and words[end : end + 1] in (["were"], ["died"]) and not (
                english_age_after_name(words, index)):
            kind = _trigger_after(words, end, trigger_at)  # "one was killed and five were wounded", "and seven died"
        if kind is None and english and not person_after and trigger_at.get(end) in SLOT_OF_KIND and (
                index > 0 and words[index - 1] in EN_HEDGES):
            kind = trigger_at[end]  # "at least 9 drowned", "more than 20 died": a hedged toll is people
        joined_after = 0
        if kind is None and person_after and english and (single_end := english_single_joined_after(
                words, _english_past_their_body(words, people_end, singles=True))) is not None:  # ("two members of the force and
            # one smuggler were killed" = 3: past "of the + body", English pass 42)
            # "3 workers and a man injured": 4; read before the verb after the people alone, which would reach
            # past "and a patient" to the shared verb ("two nurses and a patient were killed" = 3, English pass 23)
            kind = _trigger_after(words, single_end, trigger_at)
            joined_after = int(kind is not None)
        if kind is None and person_after and english and not (value > 1 and english_singular_verb(words, index, people_end)) and (
                not english_object_then_new_subject(words, index, people_end, trigger_at)):
            # "a boy was killed and three others were wounded": in English the verb after the people is theirs,
            # before the trigger of the clause before (not "a man who lost five relatives ... was shot dead": the
            # plural people are no subject of "was", English pass 28; nor "killing two civilians, and three others
            # were wounded": the object of "killing", the verb is the others')
            kind = _trigger_after(words, english_skip_of(words, people_end), trigger_at)
        if kind is None and after[:1] and after[0] in OTHERS_PLURAL and SLOT_OF_KIND.get(trigger_at.get(end + 1, "")):
            kind = trigger_at[end + 1]  # «وإن سبعة آخرين أصيبوا»: the others' own verb, not the toll before (pass 76)
        if kind is None and english and person_after and english_in_own_state(words, people_end):
            index = end
            continue  # "killing a man, and two others are in critical condition": their own state, not the toll before
        if kind is None:
            kind = _trigger_before(words, index, trigger_at, person_after)
            if kind is not None and english and not joined_after:
                joined_after = english_single_joined_object(words, people_end, trigger_at)  # "wounding 3 and a boy" (pass 30)
        elif english and not joined_after and person_after and index > 0 and kind == trigger_at.get(index - 1):
            # "Shelling killed four fighters and a woman" = 5: the verb right before the number was read as its casualty
            # noun ("killed"), so the victim joined after the people is added here (English pass 37)
            joined_after = english_single_joined_object(words, people_end, trigger_at)
        if kind is None and person_after and not (english and value > 1 and english_singular_verb(words, index, people_end)):
            # "three civilians were killed", «6 من الركاب أصيبوا» (the people after «من»), «أطفاله الثلاثة أصيبوا»
            # (a definite number follows its people: the verb is right after it)
            kind = _trigger_after(words, end + (not definite) + (after[:1] == ["من"]) + one_more, trigger_at)
        if kind is None and person_after and english and english_sentence_subject(words, index):
            kind = english_subject_trigger(words, people_end, trigger_at)
        if kind is None and person_after and any(w in _MOURNS for w in words[max(0, index - _MOURN_REACH) : index]):
            kind = "killing"  # «نعى جهاز الردع ... اثنين من منتسبيه»: the people a body mourns are its dead (pass 51)
        if kind is None and person_after and met_death(words, index, end):
            kind = "killing"
            joined_after = joined_before_death(words, end)  # «لقي ثلاثة من منتسبي الجهاز وطفلة حتفهم» = 4
        if kind is None and index > 0 and toll and (words[index - 1] in ("الي", "to") or (
                not english and _rise_word(words[index - 1])) or (english and words[index - 1] in _EN_REACHED)):
            # («أن عدد المصابين المدنيين بلغ تسعة»: the number right after the rise verb, no «إلى»; Arabic pass 112)
            # an English toll names its casualty noun ("the number of wounded in the attack on a house rose to 7"):
            # it decides before the trigger nearest the number (the house is the attack's object; English pass 22)
            kind = (english and _toll_kind(words, index)) or _trigger_before(words, index, trigger_at, True) or (
                _toll_kind(words, index))
        if kind == "injury" and shocked(words, end):
            index = end
            continue  # «وأصيب 3 آخرون بحالة هلع»: shock is no injury (the labels leave those in shock out)
        if not english and (kind is None or SLOT_OF_KIND.get(kind) == "killed") and _rescued_number(
                words, index, trigger_at):
            # «أنقذ خفر السواحل تسعة بحارة بعد غرق مركبهم»: the saved, not the dead; the death word after them is
            # theirs, so it counts no single victim either (Arabic pass 68)
            rescued_at.update(_death_of_rescued(words, end, trigger_at))
            index = end
            continue
        if not english and kind is not None and _vehicle_load(words, index, end):
            index = end
            continue  # «قارب يقل نحو 60 مهاجرا غرق»: the people aboard, the boat's verb after them (Arabic pass 84)
        if not english and (group_died := _one_of_counted_died(words, index, end, kind, trigger_at)) is not None:
            for group_slot, group_value in group_died.items():
                found.setdefault(group_slot, group_value)  # «وفاة أحد ثلاثة مواطنين أصيبوا» (Arabic pass 136)
            index = end
            continue
        slot = SLOT_OF_KIND.get(kind or "")
        if slot and (slot not in found or (toll and value > found[slot] and _rises_between(words, found_at[slot], index)) or (
                slot == "injured" and value > found[slot] and _second_source(words, found_at[slot], index, end))):
            found_at[slot] = index
            ranged = index > 0 and words[index - 1] in ("بين", "between")  # «ما بين 5 و7 أشخاص»: a range, not 12
            added = None if ranged else _added_number(words, end, kind or "")
            found[slot] = value + (added or 0) + joined_after + (_joined_victims_before(words, index, trigger_at, kind or "", english)
                                                  or _leader_with_men(words, index, end, trigger_at, kind or "")
                                                  or (not english and _listed_subject_before(words, index, trigger_at, kind or "")))
        index = end
    if rescued_at:
        trigger_at = {k: kind for k, kind in trigger_at.items() if k not in rescued_at}
        strong_at = {k: kind for k, kind in strong_at.items() if k not in rescued_at}
    for slot, at in found_at.items():
        single = None if toll else single_victim_before(words, at, strong_at, slot)
        if single is not None:
            found[slot] = single
    if english and (losses := english_own_losses(words)) is not None and found_at.get("killed") != losses[1]:
        found["killed"] = found.get("killed", 0) + losses[0]  # "killed seven rebels ..., losing two of its own soldiers"
    if not english and "killed" in found and (losses := arabic_own_losses(words, found_at.get("killed", len(words)))):
        found["killed"] += losses[0]  # «مقتل 20 متمردا ...، مؤكدا مقتل جنديين من قواته» (pass 49)
    died_of_wounds = "injured" not in found and "متاثر" in " ".join(words) and any(  # (the piece first, at C level)
        w.startswith(("متاثر", "ومتاثر")) for w in words) and not (
        others_wounded_after(words, strong_at)) and not death_as_cause(words, strong_at)
    if died_of_wounds:
        found["injured"] = 0  # «توفي شاب متأثرا بجروحه»: the wounds are the dead's, no single injured is read
    if "killed" not in found and (split := split_death_phrase(words)) is not None:
        found["killed"] = split  # before the single victims: «لقي شابان حتفهما» is two, not «شاب» before «حتف»
    duals_and_singles(words, strong_at, found, trigger_at, english=english)
    if not english:
        one_of_them_before(words, trigger_at, found)  # «وإن أحدهم توفي» (Arabic pass 90)
    if "killing" in trigger_at.values() and not english and (listed := listed_before_killed(words)) and (
            listed > found.get("killed", 0)):
        found["killed"] = listed  # «أن ثلاثة مسلحين من مجموعة ... وعنصرين من كتيبة محلية قتلوا» = 5 (Arabic pass 62)
    if "killed" not in found and trigger_at and not english and (subject := subject_died_after(words)):
        found["killed"] = subject  # «امرأة في الأربعين تلقى حتفها على يد زوجها»: the victim before her verb (pass 62)
    if "killed" not in found and "killing" in trigger_at.values() and _died_held(words):
        found["killed"] = 1  # «قالت عائلته إنه توفي في سجن قرنادة»: one death in custody (Arabic pass 56)
    if "injured" not in found and "injury" in trigger_at.values() and (caused := wound_caused_to_them(words)):
        found["injured"] = caused  # «اعتدوا على معلم بالضرب ما تسبب له في كسور»: the assault's one hurt (pass 53)
    if found.get("injured", 2) == 2 and "injury" in trigger_at.values() and not english and wound_caused_to_one_of(words):
        found["injured"] = 1  # «تعرضت تلميذتان إلى اعتداء ... ما خلف لإحداهما جرحا»: one of the pair (Arabic pass 62)
    if "injured" not in found and "injury" in trigger_at.values() and not english and (needed := needed_care(words)):
        found["injured"] = needed  # «أن ثلاث نساء وشابا سودانيا احتاجوا إلى علاج»: those treated (Arabic pass 62)
    if "injured" not in found and (victim_taken_to_hospital(words) or victim_lying_in_care(words)):
        found["injured"] = 1  # «فيما نقل سائق الشاحنة إلى المستشفى في حالة حرجة», «مواطن يرقد في العناية الفائقة»
    if "injured" not in found and "injury" in trigger_at.values() and not english and not SPREAD_WORDS.isdisjoint(words) and (
            by_ward := hurt_by_ward(words)):
        found["injured"] = by_ward  # «وتوزعوا: سبعة في قسم الطوارئ، وثلاثة في العظام، واثنان في العناية» (pass 136)
    if "injured" not in found and trigger_at and not english and joined_in_intensive_care(words):
        found["injured"] = 1  # «... قتلوا، وابنتهم الكبرى في العناية»: the one of them in intensive care (pass 96)
    if found.get("injured", 0) < 2 and two_taken_to_hospital(words):
        found["injured"] = 2  # «إن والديه نقلا إلى مستشفى المرج وإن والدته أصيبت بكسر»: the two in care (pass 53)
    if found.get("injured", 0) < 2 and "killed" not in found and not english and pair_taken_to_hospital(words):
        found["injured"] = 2  # «اعتدوا على الحكم ولاعب ...، ما استدعى نقلهما إلى المستشفى» (Arabic pass 68)
    if not english and (listed_taken := listed_taken_to_hospital(words)) > found.get("injured", 0):
        found["injured"] = listed_taken  # «نقلت امرأتين وطفلا إلى مستشفى زليتن» = 3 (Arabic pass 68)
    if "injured" not in found and english and (english_one_in_care(words) or english_another_hurt(words, trigger_at)
                                               or english_companion_in_care(words, trigger_at)):
        found["injured"] = 1  # "The driver is in intensive care", "one was killed and another wounded", "A man drowned
        # and his friend was taken to hospital" (English pass 43)
    if english and found.get("injured", 1) == 1 and "killing" in trigger_at.values() and english_wounded_one_died(words):
        found.pop("injured", None)
        found.setdefault("killed", 1)  # "A boy wounded by a stray bullet last week died on Monday": his own wound, and
        # "A man wounded ... died, bringing the number of dead to three" (the toll stands; pass 36)
    if english and found.get("killed", 0) > 1 and (in_care := english_died_others_in_care(words)) == found["killed"]:
        found["killed"], found["injured"] = 1, in_care  # "Man wounded ... dies, two others recovering" (pass 53)
    if english and "killing" in trigger_at.values() and (group := english_one_of_hurt_died(words)):
        found["killed"], found["injured"] = 1, group - 1  # "A girl who was one of three children injured ... died of
        # her wounds" = killed 1, injured 2 (the guide's "three wounded, one later died"; English pass 53)
    if english and "killed" not in found and "killing" in trigger_at.values() and english_kin_of_named_dead(words):
        found["killed"] = 1  # "Brothers of Khaled X, killed when gunmen fired ..., buried him": one dead (pass 61)
    if english and "killing" in trigger_at.values() and (split := english_casualties_split(words)):
        found["killed"], found["injured"] = split  # "five casualties, one of whom died" = 1 and 4 (English pass 36)
    if english and found.get("killed") and (with_others := english_killed_with_others(words, found_at, found["killed"])):
        found["killed"] = with_others  # "A doctor ... was killed with three patients" = 4 (English pass 43)
    if english and "killing" in trigger_at.values() and (later := english_later_died(words, found)):
        found["killed"] = found.get("killed", 0) + later  # "and a third later died", "and one later died" (pass 30)
    if english and "injury" in trigger_at.values() and (died := english_hurt_later_died(words)) and (
            found.get("injured", 0) > died[0]):
        # "Four were wounded ..., and one of them died of his wounds" = killed 1, injured 3 (the guide, fourteenth
        # session; English pass 40): the dead told before the share ("two were killed and four wounded, and one of
        # the wounded later died") are others, the share adds to them
        found["injured"] -= died[0]
        found["killed"] = died[0] + (found.get("killed", 0) if not EN_KILLING_WORDS.isdisjoint(words[: died[1]]) else 0)
    if english and "injured" in found and (split := english_severity_split(words)) is not None:
        found["injured"] = split  # "four were lightly injured and one was seriously hurt" = 5 (English pass 40)
    if english and "injured" in found:
        found["injured"] += english_more_in_care(words)  # "admitted six wounded, and a clinic treated two more" = 8 (pass 63)
        found["injured"] += english_gapped_treated(words)  # "Nine were treated for smoke inhalation and one man for burns"
    for slot, listed in listed_victims(words, trigger_at).items():
        found[slot] = max(found.get(slot, 0), listed)  # «والمصابون هم الرقيب محمد والعريف علي», «كل من السائق ومرافقه وطفل»
    if "injured" in found:
        found["injured"] += others_hurt(words) + hurt_by_number(words, found["injured"])  # «... وآخر بجروح» = 3
        found["injured"] += companions_hurt(words) + one_of_another_pair(words, found["injured"])
        if english:
            found["injured"] += english_companion_hurt(words)  # "with his cousin, who was hurt in the arm" (pass 40)
            found["injured"] += english_gapped_hurt(words)  # "... wounded at the mosque and two at the bakery" (pass 53)
            found["injured"] += english_as_well_as_hurt(words)  # "wounded another, as well as a bystander" (pass 60)
            # "Three were wounded ..., and a fourth was critically injured": one more, where the count read stands
            # before the clause (not "two were killed and a third was wounded", whose one hurt is the clause's own)
            more_at = english_one_more_hurt(words, trigger_at)
            found["injured"] += bool(more_at and found_at.get("injured", more_at) < more_at)
        if found["injured"] == 1:
            found["injured"] += definite_hurt_each(words)  # «إصابة السائق بطلق والمسعف بشظايا» = 2
    elif "killed" in found and (hurt := companion_hurt_after_death(words)):
        found["injured"] = hurt  # «لقي طيار مصرعه وأصيب مساعده بكسور»: the dead man's companion is the one hurt
    elif "killed" in found and english and english_companion_hurt(words):
        found["injured"] = 1  # "shot dead ... while driving with his brother, who was wounded in the leg" (pass 40)
    elif english and english_one_more_hurt(words, trigger_at):
        found["injured"] = 1  # "two were killed and another was badly hurt" (English pass 40)
    found.update(all_of_them_numbered(words, trigger_at))  # «مقتل جميع ركاب طائرة ... وعددهم 47 شخصا» (pass 132)
    found.update(all_carried(words, trigger_at))  # «شاحنة تقل 12 عاملا ... وأصيب ركابها» = 12, not one
    if died_of_wounds:
        del found["injured"]
    if not english and found.get("injured") == 1 and "killed" in found and _hit_in_dead_list(words):
        del found["injured"]  # «خمسة قتلى، هم أربعة مقاتلين وامرأة أصيبت برصاصة»: how one of the dead was hit (pass 74)
    if not english and "killed" in found and (fellow_dead := killed_with_number(words, trigger_at)) and (
            found["killed"] in (1, fellow_dead)):
        # «قتل فلان مع أربعة فلسطينيين» = 5 (Arabic pass 76): the one victim and those «مع» him, whether the first
        # count read the one or the number after «مع»
        found["killed"] = fellow_dead + 1
    if "killed" not in found and english and english_body_handed(words):
        found["killed"] = 1  # "the family received his body": one dead
    if "killed" not in found and ((body := body_found(words)) is not None or fighter_eliminated(words)):
        found["killed"] = body or 1  # «العثور على جثة امرأة», «القضاء على إرهابي»
    if "killed" not in found and not english and (one := found_dead(words) or relative_died(words)):
        found["killed"] = one  # «ولقيناه ميت», «وابنه اللذين توفيا في حادث» (Arabic pass 106)
    if "killed" not in found and not english and (one := found_in_dead_state(words)):
        found["killed"] = one  # «عثرت على شاب في الثلاثين متوفى داخل منزله» (Arabic pass 118)
    if "killed" in found and is_rising_toll(words) and (added := remains_added(words)) is not None:
        found["killed"] = added  # «رفات خمسة أشخاص إضافيين ... ليرتفع عدد الرفات إلى 17»: the update's remains
    for slot, listed in each_listed(words, trigger_at).items():
        if found.get(slot) == 1:
            found[slot] = listed  # «إصابة شخص بحروق، وإصابة امرأة بكسور وإصابة طفل» = 3
    dual_verb(words, strong_at, found)
    if not english and "killed" not in found and found.get("injured") == 1 and who_hurt_then_died(words):
        found.pop("injured")  # «عمي اللي انصاب ... توفى الليلة»: the one hurt is the one dead (Arabic pass 128)
        found["killed"] = 1
    if "killed" not in found and found.get("injured", 1) == 1 and hurt_then_died(words) and (
            "injured" in found or one_hurt_named(words)):
        found.pop("injured", None)  # «أصيبت امرأة برصاصة ... لكنها فارقت الحياة»: the one hurt is the one killed
        found["killed"] = 1
    if not english and (found.get("injured") or "injury" in trigger_at.values()):
        share = share_told_hurt(words)
        if share is not None and share < found.get("injured", share + 1):
            found["injured"] = share  # «اعتدوا على طبيبة وممرض، فأصيب الممرض» = 1 (Arabic pass 58)
        elif found.get("injured") == 1 and _some_of_them_hurt(words):
            del found["injured"]  # «يضربون أسرى مقيدين، بعضهم مصاب بجروح»: no number (Arabic pass 58)
        elif "injured" in found and (first := _first_before_others(words, found_at.get("injured"))):
            found["injured"] += first  # «أصيب شخصان بجروح خطيرة وثلاثة آخرون بجروح طفيفة» = 5 (Arabic pass 58)
        elif "injured" in found and (more := _second_group_hurt(words, found_at.get("injured"))):
            found["injured"] += more  # «أصيب ستة نزلاء ...، وأصيب اثنان من أفراد الشرطة» = 8 (Arabic pass 58)

    if "killed" not in found and not english and (to_death := beaten_to_death(words, trigger_at)) is not None:
        # «ضربوا اثنين من رفاقهم حتى الموت»: the beaten died; «عذبوا محتجزا حتى الموت»: the one named (Arabic pass 62)
        if "injured" in found:
            found["killed"] = found.pop("injured")
        elif to_death:
            found["killed"] = to_death
    if not english and found.get("injured") == 1 and "killed" in found and one_of_wounded_died(words) == 0:
        del found["injured"]  # «ارتفع عدد القتلى إلى أربعة بعد وفاة أحد المصابين»: he is among the dead (pass 82)
    elif not english and found.get("injured", 0) > 1 and "killed" in found and (
            one_of_wounded_died(words) == found["injured"]):
        # «ارتفع عدد القتلى إلى قتيلين بعد وفاة أحد الجرحى الأربعة»: the group of four read as the hurt, one of them
        # is now among the dead (Arabic injured pass, all tune files; the guide: "three wounded, one later died")
        found["injured"] -= 1
    elif not english and "killed" not in found and (group := one_of_wounded_died(words)) is not None:
        found["killed"] = 1  # «وفاة أحد الجرحى الثلاثة»: one of the wounded died, the others still hurt (Arabic pass 78)
        if group > 1:
            found["injured"] = group - 1
        elif found.get("injured") == 1:
            del found["injured"]  # «أحد» read as one hurt: he is the dead
    elif not english and found.get("killed") and (group := victim_among_wounded_died(words)):
        found["injured"] = group - 1  # «وفاة امرأة كانت بين المصابين الخمسة»: the others still hurt (Arabic pass 108)
    if not english and "killed" in found and mixed_toll(words, found_at.get("killed")):
        del found["killed"]  # «22 ضحية بين قتيل وجريح»: the dead and the hurt in one figure (Arabic pass 86)
        if found.get("injured") == 1:
            del found["injured"]  # «ومصاب» of that phrase read as one hurt
    if not english and found.get("killed", 1) == 1 and found.get("injured", 1) == 1 and one_of_pair_died(words):
        found["killed"] = found["injured"] = 1  # «توفي أحد الجريحين»: the other of the two still hurt (Arabic pass 86)
    if not english and (group := one_of_hurt_group_died(words)) is not None and found.get("killed", group) in (1, group):
        found["killed"] = 1  # «وفاة طفلة من ثلاثة أطفال أصيبوا»: killed 1, injured 2 (Arabic pass 86)
        found["injured"] = group - 1
    if not english and found.get("injured", 0) > found.get("killed", 0) > 0 and (
            death_cases_share(words, found_at.get("injured")) == found["killed"]):
        found["injured"] -= found["killed"]  # «خمس إصابات بينها حالتا وفاة»: killed 2, injured 3 (Arabic pass 86)
    if not english and "injured" not in found and found.get("killed", 0) > 1 and (
            died := died_share_of_victims(words, found_at.get("killed"))) and died < found["killed"]:
        found["injured"] = found["killed"] - died  # «سقط ستة ضحايا، ثلاثة منهم فارقوا الحياة»: 3 and 3 (pass 100)
        found["killed"] = died
    if not english and found.get("killed", 0) > 1 and (
            died := died_share_of_joined_toll(words, found_at.get("killed"))) and died < found["killed"]:
        found["injured"] = found["killed"] - died  # «نحو 50 قتيلا وجريحا ...، قتل منهم 12»: 12 and 38 (pass 132)
        found["killed"] = died
    if not english and found.get("injured", 0) > 1 and "killed" not in found and (
            (fatal := fatal_share(words)) is not None and fatal < found["injured"]):
        found["killed"] = fatal  # «خمس إصابات منها اثنتان قاتلتان»: killed 2, injured 3 (Arabic pass 78)
        found["injured"] -= fatal
    if not english and found.get("killed") == 1 and found.get("injured", 0) >= 2 and (
            wounded_counted_then_one_died(words, found_at.get("injured"))):
        found["injured"] -= 1  # «استقبلنا 7 مصابين ... وتوفيت إحدى المصابات»: the dead was one of them (Arabic pass 128)
    if not english and "injured" not in found and one_survivor_cared(words):
        found["injured"] = 1  # «فيما أنقذ المصطافون شقيقهما الثالث ونقل إلى المستشفى» (Arabic injured pass, all tune files)
    if is_epidemic(words):
        found.pop("injured", None)  # «145 إصابة ... الحالة الوبائية»: infections
        if not died_held_without_care(words) and not any(
                SLOT_OF_KIND.get(kind) == "killed" and not word_forms(words[k]) & DEATH_WORDS for k, kind in trigger_at.items()):
            found.pop("killed", None)  # deaths of the disease
    return found


_HIT = frozenset({"اصيبوا", "اصيبا", "اصبن"})  # «أصيبوا بقذيفة»: "were hit", which may be what killed them


_EN_RESTATED_REACH = 12  # "The civilians, a woman and two farm workers from Sudan, were hit": the subject's length


def _times_at(words: list[str], trigger_at: dict[int, str]) -> list[int]:
    """Where a short post writes a count as "x" and digits right after the casualty word ("wounded x4", "dead x2");
    not "x3" after any other word ("stalls x3 destroyed") (English pass 39)."""
    if not any(len(w) > 1 and w[0] == "x" and w[1:].isdigit() for w in words):
        return []  # the cheap test first: most sentences hold no such token
    # (not a breakdown after a count of its own: "3 injured (x2 women, x1 child)" is 3, the "x2" counts the women of
    # the three; English pass 43)
    return [k for k, w in enumerate(words) if len(w) > 1 and w[0] == "x" and w[1:].isdigit() and k > 0
            and trigger_at.get(k - 1) in SLOT_OF_KIND and not (k > 1 and parse_number(words, k - 2) is not None)]


def _times_counts(words: list[str], times: list[int], trigger_at: dict[int, str], strong_at: dict[int, str]
                  ) -> tuple[list[str], dict[int, str], dict[int, str]]:
    """"injured x3, dead x2" read as "3 injured, 2 dead": each number put before its casualty word, the trigger moved
    with the word (a list of such pairs has no comma token, so the number must lead its own word)."""
    words = list(words)
    trigger_at, strong_at = dict(trigger_at), dict(strong_at)
    for k in times:
        words[k - 1], words[k] = words[k][1:], words[k - 1]
        for at in (trigger_at, strong_at):
            if k - 1 in at:
                at[k] = at.pop(k - 1)
    return words, trigger_at, strong_at


def english_dead_hit(words: list[str]) -> bool:
    """"The civilians, a woman and two farm workers from Sudan, were hit by stray bullets": a definite plural of
    people opening the sentence, told "hit" or "struck", names people already told of (English pass 19); as
    ``restated_people``, ``nlp.annotate`` checks them against the dead already counted. Not "the wounded" (a
    casualty noun: the hurt themselves)."""
    if len(words) < 4 or words[0] != "the" or not plural_person(words[1]) or after_noun_kind(words, 1) is not None:
        return False
    return any(w == "were" and words[k + 1 : k + 2] != [] and words[k + 1] in EN_HIT
               for k, w in enumerate(words[2:_EN_RESTATED_REACH], start=2))


def restated_people(words: list[str]) -> int | None:
    """«إن المدنيين الثلاثة أصيبوا بقذيفة»: the number of a definite plural of people (not of casualty nouns,
    «الجرحى الثلاثة») told «hit» in the sentence: people already named, whom ``nlp.annotate`` checks against the
    dead already counted."""
    if _HIT.isdisjoint(words):
        return None
    for index in range(1, len(words)):
        parsed = definite_number(words, index)
        if parsed is not None and plural_person(words[index - 1]) and after_noun_kind(words, index - 1) is None:
            return parsed[0]
    return None


def _added_number(words: list[str], at: int, kind: str) -> int | None:
    """«مقتل 71 مسلحا و7 عسكريين»: a second number of the same event, joined by «و», before a person noun
    or a casualty noun of the same kind, is added (the guide: 78)."""
    if words[at : at + 1] == ["من"]:
        at += 1  # «2 من أعوان الأمن و3 مواطنين»: the first number's people after «من»
    if at < len(words) and (words[at] in _DEAD_LIST_OPENERS or words[at] in _APPOSITIONS):
        return None  # «إلى أربعة، هم شرطيان ومدنيان»: who the counted were, no more of them (Arabic pass 82)
    if at < len(words) and not words[at].startswith("و"):
        at += 1  # past the first number's noun: «71 مسلحا و7»
    at = _past_whose_group(words, at)  # «ثلاثة جرحى من عناصر قوة عسكرية وأربعة من سكان البلدة» = 7 (Arabic pass 86)
    at = _english_past_their_body(words, _past_members_of(words, _past_unit_name(words, _past_qualifiers(words, at))))
    ranks = words[at : at + 2] == ["في", "صفوف"]
    if ranks:  # «7 جرحى في صفوف الأمن و3 في صفوف المحتجين» = 10, «في صفوف أعوان الأمن و7 ...»
        at = _past_qualifiers(words, at + 3)
    if words[at : at + 2] in (["من", "الطرفين"], ["من", "الجانبين"]):
        at += 2  # «ثمانية قتلى من الطرفين، إضافة إلى امرأة وابنها»: the fighters of both sides (Arabic pass 82)
    if (besides := _besides_victims(words, at)) is not None:
        return besides
    if words[at : at + 1] == ["و"] and at + 1 < len(words) and not words[at + 1].startswith("و"):
        # «مات 3 من المسلحين و طفل»: the «و» written apart, as posts often do (Arabic pass 96); read as joined (a copy:
        # the indices after ``at`` are not used by the caller)
        words = [*words[:at], "و" + words[at + 1], *words[at + 2 :]]
    if words[at : at + 2] and words[at] == "and" and parse_number(words, at + 1) is not None:
        at += 1  # "two fighters and three civilians were killed" (English: the guide adds them, 5)
    elif at >= len(words) or not words[at].startswith("و"):
        return None
    joined = joined_victim(words, at)
    if joined:
        return joined  # «إصابة ثلاث نساء وطفلة» = 4
    if words[at + 1 : at + 2] in (["واحد"], ["واحده"]) and len(words[at]) > 4 and words[at].endswith(("ي", "يه")):
        return 1  # «جرح أربعة نيجيريين وسوداني واحد» = 5: one more of another people (Arabic pass tune47)
    parsed = parse_number(words, at)
    if parsed is None and at + 1 < len(words) and plural_person(words[at][1:]) and (
            after_number := parse_number(words, at + 1)) is not None:
        return after_number[0]  # «إصابة ثلاثة من رجال الأمن ومواطنين اثنين» = 5: the number after its noun (pass 58)
    if parsed is None or at + parsed[1] >= len(words):
        return None
    value, used = parsed
    noun_at = at + used + (words[at + used] == "من" and at + used + 1 < len(words))  # «و2 من المدنيين»
    noun_at = _english_past_noun_modifier(words, noun_at)  # "and two ground staff" (English pass 46)
    noun_kind = after_noun_kind(words, noun_at)
    if _english_own_verb_other_kind(words, noun_at, kind):
        return None  # "shot dead two prisoners and four others were wounded": the second group's own verb (pass 45)
    if noun_kind == kind or (noun_kind is None and (plural_person(words[noun_at]) or plural_of_victim(words[noun_at]))) or (
            ranks and words[at + used : at + used + 2] == ["في", "صفوف"]):
        return value
    if noun_kind is None and value >= 11 and _counted_singular(words[noun_at]):
        return value  # «مقتل خمسة جنود و12 مسلحا»: from 11 on a number counts a singular noun (17 dead)
    return None


# words that are no noun before the people: a verb, a preposition or a pronoun ("two were", "two of them")
_EN_NOT_MODIFIERS = frozenset({"were", "was", "are", "is", "of", "them", "others", "other", "people", "days",
                               "hours", "later", "earlier", "had", "have", "who", "and", "in", "on", "at"})


def _english_past_noun_modifier(words: list[str], noun_at: int) -> int:
    """"wounding three passengers and two ground staff", "five customers and three security guards": the second
    group's people may follow one noun that names their trade or place (English pass 46); the position of the people
    noun, or ``noun_at`` itself when its word is a person noun already or no people follow."""
    if noun_at + 1 >= len(words) or not words[noun_at].isascii() or not words[noun_at].isalpha():
        return noun_at
    if words[noun_at] in _EN_NOT_MODIFIERS or plural_person(words[noun_at]) or plural_of_victim(words[noun_at]):
        return noun_at
    return noun_at + 1 if plural_person(words[noun_at + 1]) else noun_at


_EN_OTHER_KIND_VERBS = {"killing": frozenset({"wounded", "injured", "hurt"}), "injury": frozenset({"killed", "dead"})}


def _english_own_verb_other_kind(words: list[str], noun_at: int, kind: str) -> bool:
    """"killed three farmers and four others were injured": the people after "and" have a verb of their own ("were"
    and a participle) of the other casualty kind: another group, not more of the first toll (English pass 45)."""
    other = _EN_OTHER_KIND_VERBS.get(kind)
    if words[noun_at + 1 : noun_at + 2] == ["by"]:
        noun_at += 1  # "three passers-by were wounded": the hyphen is no token (English pass 46)
    if kind == "killing" and english_in_own_state(words, noun_at + 1):
        return True  # "killing two civilians, and three others were in critical condition": their state, not more dead
    return other is not None and words[noun_at + 1 : noun_at + 2] in (["were"], ["are"]) and (
        words[noun_at + 2 : noun_at + 3] != [] and words[noun_at + 2] in other)


# «إضافة إلى», «بالإضافة إلى»: "besides", joining more victims to a toll (Arabic pass 82)
_BESIDES = (["اضافه", "الي"], ["بالاضافه", "الي"], ["علاوه", "علي"])
_BESIDES_REACH = 5  # «إضافة إلى امرأة وابنها», «إضافة إلى طفلين وامرأة مسنة»: the victims listed after it


def _besides_victims(words: list[str], at: int) -> int | None:
    """«خلفت ثمانية قتلى من الطرفين، إضافة إلى امرأة وابنها» = 10: the victims listed right after «إضافة إلى» are
    more dead of the same toll (singulars and duals joined by «و», a mother with her kin, a number and its people);
    None when no such list follows (the longest list read wins; «إضافة إلى خسائر مادية» is none)."""
    if words[at : at + 2] not in _BESIDES:
        return None
    listed = words[at + 2 : at + 2 + _BESIDES_REACH]
    if listed[:1] == ["ام"] and listed[1:2] and listed[1] in HER_KIN:
        listed[0] = "امراه"  # «أم وابنها»: a mother, one victim («أم» alone is also "or")
    best = None
    for end in range(1, len(listed) + 1):
        if total := sum_victims(listed, 0, end, people=plural_person, construct_duals=True):
            best = total
    return best


# person nouns an Arabic number from 11 on counts in the singular accusative («12 مسلحا», «15 شخصا», «11 متمردا»)
_COUNTED_PEOPLE = frozenset({"مسلح", "متمرد", "ارهابي", "مهاجر", "شخص", "مدني", "مقاتل", "عنصر", "جندي", "عسكري"})


def _counted_singular(word: str) -> bool:
    return word.endswith("ا") and (word[:-1] in _COUNTED_PEOPLE or word[:-1] in SINGULAR_VICTIMS)


# a military unit named after the first group («أربعة من عناصر الكتيبة 77 وثلاثة مدنيين»: Arabic pass 53)
_UNIT_HEADS = frozenset({"الكتيبه", "اللواء", "الفرقه", "السريه", "القوه", "المحور", "الغرفه"})
_UNIT_NAME_WORDS = frozenset({"مشاه", "قتال", "مدرعات", "مدفعيه"})  # «اللواء 155 مشاة», «اللواء 444 قتال»
_UNIT_NAME_REACH = 3


# Arabic pass 108 (tune108): «مقتل خمسة من عناصر مجموعتين مسلحتين ومدني» = 6: an armed group told with no name (the
# indefinite head and «مسلح(ة)» after it) ends the first group as a named unit does; the civilian after it is one more
_ARMED_GROUP_HEADS = frozenset({"مجموعه", "مجموعتين", "مجموعات", "جماعه", "جماعتين", "جماعات", "تشكيل", "تشكيلين",
                                "تشكيلات", "كتيبه", "كتيبتين", "كتائب", "عصابه", "عصابات"})
_ARMED_ADJECTIVES = frozenset({"مسلحه", "مسلحتين", "مسلح", "مسلحين"})


def _past_unit_name(words: list[str], at: int) -> int:
    """Past a unit's name that ends the first group («عناصر الكتيبة 77 وثلاثة مدنيين», «من اللواء 155 مشاة و...»): a
    unit head, then its number, its arm or a definite word, up to the «و» of the next group; or an armed group with
    no name («عناصر مجموعتين مسلحتين ومدني»); ``at`` otherwise."""
    if at + 2 < len(words) and words[at] in _ARMED_GROUP_HEADS and words[at + 1] in _ARMED_ADJECTIVES and (
            words[at + 2].startswith("و")):
        return at + 2
    if at >= len(words) or words[at] not in _UNIT_HEADS:
        return at
    for k in range(at + 1, min(len(words), at + 1 + _UNIT_NAME_REACH)):
        word = words[k]
        if word.startswith("و") and k > at + 1:
            return k
        if not (word.isdigit() or word in _UNIT_NAME_WORDS or word.startswith("ال")):
            return at
    return at


def _past_qualifiers(words: list[str], at: int) -> int:
    """Past what qualifies a group: «6 أعوان أمن و3 محتجين», «4 جنود من الجيش السوري و2 مدنيين»."""
    for _ in range(3):
        if at + 1 < len(words) and _qualifies(words, at, len(words)):
            at += 1
    return at


def _qualifies(words: list[str], k: int, end: int) -> bool:
    """A qualifier at ``k``, or «من» before one («عونين من الحماية المدنية»), before ``end``."""
    return _qualifier(words[k]) or (words[k] == "من" and k + 1 < end and _qualifier(words[k + 1]))


def _qualifier(word: str) -> bool:
    """A force or a nisba after a plural victim noun: «أعوان أمن», «أعوان الحرس الوطني», «جنود سوريين»."""
    if word.startswith("و"):
        return False
    forms = word_forms(word)
    return bool(forms & (FORCES | _BROKEN_NISBAS)) or any(f.endswith(("ي", "يه", "يين", "يون")) and len(f) >= 4 for f in forms)


# «4 مهاجرين أفارقة مضروبين», «3 عمال أجانب أصيبوا»: a broken plural of origin after the people qualifies them, as a
# nisba in «يين» does (Arabic pass 96)
_BROKEN_NISBAS = frozenset({"افارقه", "اجانب"})


def _joined_victims_before(words: list[str], index: int, trigger_at: dict[int, str], kind: str, english: bool) -> int:
    """«إصابة عون أمن وثلاثة مدنيين» = 4, «مقتل طفلين و3 نساء» = 5: a singular or dual victim right after the
    trigger, joined to the number by «و», adds to it (the «و» may be on the noun before a number word:
    «إصابة عون أمن ومواطنين اثنين» = 3)."""
    if words[index] in ("واحد", "واحده"):
        return 0  # «شخص واحد» is one person, not «شخص» and one more
    if english:
        return english_joined_before(words, index)
    if not words[index].startswith("و"):
        if index == 0 or words[index].isdigit() or not words[index - 1].startswith("و"):
            return 0
        index -= 1
    for t in range(index - 2, max(-1, index - 7), -1):
        if trigger_at.get(t) == kind:
            if index == t + 2 and words[t + 1] == "ام" and words[index] in HER_KIN:
                return 1  # «مقتل أم وبناتها الثلاث» = 4: the mother and her kin's number (Arabic pass 82)
            return _victim_chain(words, t + 1, index)
    return 0


# Arabic pass 96 (tune96): «الأب والأم وتلاتة صغار ماتوا», «الأب والأم وثلاثة أطفال قتلوا»: one victim or more listed
# before a number joined by «و», the whole list the subject of the verb after the number's people; summed by
# ``victim_lists.sum_victims``. Only where no trigger stands before the list (that one is ``_joined_victims_before``'s).
_SUBJECT_LIST_REACH = 5  # the victims listed before the number («الأب والأم», «الحاج وزوجته وابنه»)
_SHARE_OPENERS = frozenset({"بينهم", "بينهن", "منهم", "منهن", "بينها", "منها", "وبينهم", "ومنهم"})


def _listed_subject_before(words: list[str], index: int, trigger_at: dict[int, str], kind: str) -> int:
    """The victims listed right before the joined number at ``index`` (their sum), or 0. The number counts people
    («وتلاتة صغار»), not a casualty noun («بينهم مدنيان و30 جريحا»: the dead, then the hurt), and no «بينهم» opens
    the list (a share of a toll)."""
    if not words[index].startswith("و") or index == 0 or any(
            trigger_at.get(t) == kind for t in range(max(0, index - _SUBJECT_LIST_REACH - 2), index)):
        return 0
    parsed = parse_number([words[index][1:], *words[index + 1 : index + 3]], 0)
    people = index + parsed[1] if parsed is not None else len(words)
    if people >= len(words) or not plural_person(words[people]) or word_forms(words[people]) & CASUALTY_NOUNS:
        return 0
    best = 0
    for start in range(index - 1, max(-1, index - 1 - _SUBJECT_LIST_REACH), -1):
        if words[start].startswith("و"):
            continue  # a part after the first: the list opens on a word with no «و»
        total = sum_victims(words, start, index, people=plural_person, parts=(1, _SUBJECT_LIST_REACH))
        if total is None:
            break
        if start > 0 and words[start - 1] in _SHARE_OPENERS:
            return 0  # «بينهم امرأة وطفلان»: a share of a toll told before
        best = total
    return best


_OWN_MEN = ("عناصره", "مرافقيه", "رفاقه", "حراسه", "جنوده", "افراده")


def _leader_with_men(words: list[str], index: int, end: int, trigger_at: dict[int, str], kind: str) -> int:
    """«مقتل آمر سرية وثلاثة من عناصره» = 4: a number joined by «و» that counts «من» his men names their leader,
    told after the trigger, as one more (whatever his title: «آمر», «قائد», «مدير»)."""
    if not words[index].startswith("و") or words[end : end + 1] != ["من"] or end + 1 >= len(words) or (
            words[end + 1] not in _OWN_MEN):
        return 0
    return 1 if any(trigger_at.get(t) == kind for t in range(max(0, index - 4), index - 1)) else 0


def _victim_chain(words: list[str], start: int, end: int) -> int:
    """«شاب وطفلين» = 3, «عون أمن» = 1: the singular and dual victims listed from ``start`` to ``end``, each
    after the first joined by «و» (a force or a nisba may qualify one); 0 when anything else stands there."""
    return sum_victims(words, start, end, construct_duals=True, filler=_past_qualifier_or_unit) or 0


def _past_qualifier_or_unit(words: list[str], k: int, end: int) -> int:
    """Past a qualifier of the victim before it («عون أمن», «امرأة فلسطينية», «عونين من الحماية المدنية») or the
    unit he belongs to («عنصرين من الكتيبة 77 وثلاثة مدنيين» = 5, Arabic pass 53); ``k`` when neither stands there."""
    if _qualifies(words, k, end):
        return k + 1
    if words[k] == "من" and (past := _past_unit_name(words, k + 1)) > k + 1 and past <= end:
        return past
    return k


def _rises_between(words: list[str], start: int, end: int) -> bool:
    """«مقتل 3 أشخاص قبل أن ترتفع الحصيلة إلى 7»: the toll rises after the first count, in the same sentence."""
    return any(_rise_word(w) for w in words[start + 1 : end])


def _toll_kind(words: list[str], index: int) -> str | None:
    """«عدد المصابين جراء الاشتباكات ... ارتفع إلى 14»: the casualty noun after «عدد» / «حصيلة» names what
    the number after «إلى» counts, however far the rise verb stands from it."""
    for k in range(index - 2, -1, -1):
        if words[k] == "toll":
            # "the death toll from the blast rose to four": English names the casualty first; a bare toll is of the
            # dead unless a casualty noun follows ("the toll of wounded rose to 30")
            after = words[k + 2] if words[k + 1 : k + 2] == ["of"] and k + 2 < index else ""
            return (after_noun_kind(words, k + 2) if after else None) or "killing"
        if words[k] == "number" and words[k + 1 : k + 2] == ["of"] and k + 2 < index:
            # "the number of wounded in Monday's attack on a house rose to 7": English names the casualty after "of",
            # or after "people" ("the number of people wounded"; English pass 22)
            noun = k + 2 + (words[k + 2] in _EN_TOLL_PEOPLE and k + 3 < index)
            return after_noun_kind(words, noun) or _EN_TOLL_PARTICIPLES.get(words[noun])
        if word_forms(words[k]) & _TOTAL_WORDS and k + 1 < index:
            return after_noun_kind(words, k + 1)
    return None


# a unit named by a number after its head ("Brigade 444 fighters shot a driver", "Battalion 166 said"): the number is the
# unit's name, no count of people (English pass 22)
_EN_UNIT_HEADS = frozenset({"brigade", "battalion", "regiment", "division", "unit", "squadron"})
_EN_TOLL_PEOPLE = frozenset({"people", "persons", "civilians", "migrants", "victims"})
_EN_TOLL_PARTICIPLES = {"wounded": "injury", "injured": "injury", "hurt": "injury", "killed": "killing", "dead": "killing"}


_EN_NEW_CLAUSE_REACH = 4  # "three relatives were", "two of his sisters were": the number's words to the verb


def _died_then_new_clause(words: list[str], death: int, index: int) -> bool:
    """"died and three relatives were treated": "and" between the intransitive death verb and the number, a verb of the
    number's own within four words after it: a new clause (with no casualty word of its own, its people are no dead)."""
    return "and" in words[death + 1 : index] and not EN_BE_OR_REMAIN.isdisjoint(
        words[index + 1 : index + 1 + _EN_NEW_CLAUSE_REACH])


def _other_harm_joined(words: list[str], k: int, trigger_at: dict[int, str]) -> bool:
    """Token ``k`` is a harm of another kind than death or wounds joined by «و» («واختطاف», «واعتقال», «وتعذيب»):
    it opens a phrase of its own, and the people after it are its victims, not the casualty word's before it."""
    kind = trigger_at.get(k)
    return kind is not None and kind not in SLOT_OF_KIND and words[k].startswith("و")


def _trigger_before(words: list[str], index: int, trigger_at: dict[int, str], person_after: bool) -> str | None:
    distance, k = 0, index - 1
    while k >= 0 and distance < 4:
        if carries_people(words, k):
            return None
        if word_forms(words[k]) & RESCUED:
            return None  # «وفاة شخصين وإنقاذ 20 آخرين»: the number after a rescue counts the saved
        if trigger_at.get(k) == "other" and words[k].removeprefix("و") in MINE_WORDS_AS_WRITTEN:
            return None  # "Landmine wounds three shepherds": a mine word names no death (English pass 41, as ``counts_single``)
        if _other_harm_joined(words, k, trigger_at):
            return None  # «مقتل سائق واختطاف ثلاثة عمال»: the three are taken, not killed (Arabic pass 146)
        if trigger_at.get(k) in SLOT_OF_KIND:
            if k > 0 and words[k].startswith("و") and trigger_at.get(k - 1) in SLOT_OF_KIND and trigger_at[k - 1] != trigger_at[k] \
                    and not closed_death_phrase(words[k - 1]):
                return None  # «مقتل وإصابة 1115»: one total for both kinds, not a count of either
            if words[k] in EN_INTRANSITIVE_DEATHS and any(w in EN_POSSESSIVES for w in words[k + 1 : index]):
                return None  # "Woman wounded in Kufra attack dies; her two sons still in hospital": "dies" takes no
                # object, the people after a possessive are the subject of the next clause (English pass 52)
            if words[k] in EN_INTRANSITIVE_DEATHS and _died_then_new_clause(words, k, index):
                return None  # "A man died and three relatives were treated in hospital": the number opens a clause of
                # its own with its own verb, its people are not the dead (English pass 60)
            return trigger_at[k] if (distance <= 1 or person_after) else None
        if words[k] == "old" and k >= 2 and words[k - 1] in ("year", "years") and words[k - 2].isdigit():
            distance, k = distance + 1, k - 3  # "wounded a 10-year-old girl and three guests": the age is one word of
            continue  # the first victim's, as "a young girl" (English pass 56; the hyphens are no tokens)
        if words[k] not in FILLERS and words[k] not in DATE_WORDS and not _unit_number(words, k) and not (  # «أصيب صباح اليوم 10 أشخاص»
                words[k] == "dead" and trigger_at.get(k - 1) in SLOT_OF_KIND):  # "shot dead a man and his two sons" (pass 49)
            distance += 1
        k -= 1
    return None


_LOAD_FILLERS = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "من", "ما", "يقارب", "يزيد", "عن"})


def _vehicle_load(words: list[str], index: int, end: int) -> bool:
    """The number at ``index`` follows a carrying verb («يقل», «يحمل», «على متنه»), hedged or not («نحو»,
    «حوالي», «أكثر من»): the people a boat or a car carries, and the verb after them, singular («غرق», «انقلب»),
    is the vehicle's; a plural verb («أصيبوا», «غرقوا») is the people's own and stays a count (Arabic pass 84)."""
    k = index - 1
    while k >= 0 and index - k <= 3 and words[k] in _LOAD_FILLERS:
        k -= 1
    if k < 0 or not carries_people(words, k):
        return False
    verb = words[end + 1] if end + 1 < len(words) else ""
    return not verb.endswith(("وا", "ون"))


# Arabic pass 68 (tune68): «إنقاذ 12 صيادا بعد غرق مركبهم», «أنقذ حرس السواحل الليبي اثني عشر صيادا ... بعد غرق»:
# the people a rescue names are alive, whatever death word follows them; a rescue verb, its subject between, before
# the number with no trigger in between («أنقذ 20 مهاجرا فيما غرق 5 آخرون»: the 5 follow their own trigger)
_RESCUE_REACH = 5


def _rescued_number(words: list[str], index: int, trigger_at: dict[int, str]) -> bool:
    """A rescue word within ``_RESCUE_REACH`` words before the number at ``index``, no trigger or «أن» (a clause
    of its own: «قال تسعة أنقذوا إن 12 آخرين غرقوا») between them; not the rescue word of the rescuers' name
    (``_rescuers_name``)."""
    for k in range(index - 1, max(-1, index - 1 - _RESCUE_REACH), -1):
        if k in trigger_at or words[k] in _THAT_CLAUSE:
            return False
        if word_forms(words[k]) & RESCUED and not _rescuers_name(words, k):
            return True
    return False


# Arabic pass 94 (tune94): «انتشلت فرق الإنقاذ الإيطالية سبع جثث لمهاجرين»: «الإنقاذ» after a crew's or a vessel's
# noun names who recovered the bodies, no people rescued
_RESCUER_HEADS = frozenset({"فرق", "فريق", "فرقه", "طواقم", "طاقم", "سفينه", "سفن", "زورق", "زوارق", "وحدات", "وحده",
                            "عناصر", "فرقتا", "فرقتي", "مركز", "جهاز", "قوارب", "قارب", "خدمات"})


def _rescuers_name(words: list[str], k: int) -> bool:
    """The definite rescue noun («الإنقاذ») right after a rescuers' head («فرق», «سفينة», «طواقم»)."""
    return k > 0 and words[k].startswith("ال") and words[k - 1].removeprefix("و") in _RESCUER_HEADS


_THAT_CLAUSE = THAT_CLAUSE | {"فان"}  # the shared «أن» set and «فإن» («فإن 12 آخرين غرقوا»: a clause of its own)
_RESCUED_DEATH_REACH = 8  # «اثني عشر صيادا، بينهم أربعة مصريين، بعد غرق مركب»: who they were, then the sinking


def _death_of_rescued(words: list[str], end: int, trigger_at: dict[int, str]) -> list[int]:
    """The death words after the rescued people (from ``end``) up to the next clause («و»): theirs, no dead."""
    found = []
    for k in range(end, min(len(words), end + _RESCUED_DEATH_REACH)):
        if k > end and words[k].startswith("و") and k not in trigger_at:
            break  # «إنقاذ 20 مهاجرا وانتشال جثة طفل»: the next clause has its own dead
        if SLOT_OF_KIND.get(trigger_at.get(k, "")) == "killed":
            found.append(k)
    return found


def _unit_number(words: list[str], k: int) -> bool:
    """«اللواء 155 مشاة»: a unit's number or its arm after it, part of the unit's name (no distance to a trigger)."""
    if words[k].isdigit():
        return k > 0 and words[k - 1] in _UNIT_HEADS
    return words[k] in _UNIT_NAME_WORDS and k > 1 and words[k - 1].isdigit() and words[k - 2] in _UNIT_HEADS


_EN_AUXILIARIES = EN_AUXILIARIES | {"been"}  # "two men have died", "had been found"
# how badly, between the auxiliary and the casualty verb: "two migrants were lightly injured" (English pass 22)


def _trigger_after(words: list[str], start: int, trigger_at: dict[int, str]) -> str | None:
    """"three civilians were killed", «3 مدنيين قتلوا»: the trigger right after the noun or after an auxiliary
    ("two fighters of the 444 Brigade were killed": numbers inside names do not stop the search)."""
    # past what qualifies the noun: «3 أعوان أمن أصيبوا», «تعرض 4 أعوان أمن إلى إصابات»
    while start < len(words) and start not in trigger_at and (_qualifier(words[start]) or words[start] == "الي"):
        start += 1
    if words[start : start + 2] == ["علي", "الاقل"]:
        start += 2  # «ثلاثة مهاجرين على الأقل أصيبوا»: "at least" between the people and their verb
    start = _past_arrival(words, start, trigger_at)
    if (placed := _verb_past_place(words, start, trigger_at)) is not None:
        return placed
    if (members := _verb_past_body(words, start, trigger_at)) is not None:
        return members
    apposition = start < len(words) and words[start] in _APPOSITIONS
    if start < len(words) and words[start] == "who" and (kind := _after_relative_clause(words, start, trigger_at)):
        return kind  # "Nine migrants who left Libya drowned off Lampedusa" (English pass 18)
    for k in range(start, min(len(words), start + apposition_reach(words, start, trigger_at))):
        if k == start and words[k].startswith("و"):
            return None  # «إنقاذ 60 مهاجرا وانتشال جثث 5»: «و» opens the next clause and its own victims
        if trigger_at.get(k) in SLOT_OF_KIND and apposition and words[k - 1] == "and" and (
                words[k] in EN_NEXT_HARM_PARTICIPLES) and any(j < start for j in trigger_at):
            return None  # "killing five civilians, among them two children, and wounding eleven": the next harm's
            # participle with its own number, not a verb of the listed dead (English pass 48)
        if trigger_at.get(k) in SLOT_OF_KIND:
            return trigger_at[k] if k == start or apposition or words[k - 1] in _EN_AUXILIARIES or (
                words[k - 1] in EN_HOW_BADLY and words[k - 2 : k - 1] in (["were"], ["was"])) or (  # "were lightly injured"
                words[k - 2 : k] in (["were", "also"], ["was", "also"])) or (  # "two others were also hurt"
                words[k - 1] in EN_SUFFERED) or words[k - 2 : k] == ["treated", "for"] or (
                words[k - 1] == "being") or (  # "shows three captives being shot dead" (English pass 12)
                words[k] == "dead" and words[k - 1] in EN_FOUND_DEAD and (
                    words[k - 2] in _EN_AUXILIARIES or k - 1 == start or (
                        # "were later found dead", "were also found dead" (English pass 41)
                        k >= 3 and words[k - 2] in _EN_FOUND_ADVERBS and words[k - 3] in _EN_AUXILIARIES))) else None
            # "three people were confirmed dead", "two men were found dead": the state said of them (English pass 24);
            # a headline drops "were": "seven migrants found dead near Ghat" (English pass 39)
    return None


# «إن تسعة منهم وصلوا مصابين», «وصلوا إلى المستشفى جرحى»: the people arrived in the state the word after tells (a
# circumstantial «مصابين»); the verb of arrival, and where to, stand between them and their trigger (Arabic pass tune47)
_ARRIVED = ARRIVED_PLURAL | frozenset({"وصل", "وصلت", "نقل", "نقلت", "نقلا", "نقلتا", "نقلوا", "نقلن",
                      # «إن خمسة منهم كانوا مصابين بجروح»: the state they were found in (Arabic pass 53)
                      "كان", "كانت", "كانا", "كانتا", "كانوا", "كن"})
_ARRIVED_AS = frozenset({"مصابين", "مصابون", "مصابا", "مصابه", "مصابات", "مصابتين", "مصابان", "مصابتان", "جرحي"})


_EN_FOUND_ADVERBS = frozenset({"later", "also", "all", "subsequently", "eventually"})


def _past_arrival(words: list[str], start: int, trigger_at: dict[int, str]) -> int:
    """The trigger's place past a verb of arrival and «إلى» + one word («وصلوا إلى المستشفى مصابين»), when a word
    for the wounded state follows; else ``start``."""
    if start >= len(words) or words[start] not in _ARRIVED:
        return start
    state = start + 3 if words[start + 1 : start + 2] == ["الي"] else start + 1
    return state if state in trigger_at and words[state] in _ARRIVED_AS else start


_RELATIVE_REACH = 6  # "who had left Zuwara two days earlier": "who" to the main verb
_RELATIVE_PASSIVE_REACH = 12  # "who had surrendered during fighting near Qasr Ben Ghashir were shot dead" (pass 68)


def _after_relative_clause(words: list[str], who: int, trigger_at: dict[int, str]) -> str | None:
    """"Nine migrants who left Libya drowned", "five men who had fled the fighting were killed": the people's verb after
    a short relative clause on them (no number or other people inside it: "who saw two men killed" names others); a
    longer clause where "were" opens the people's verb ("six fighters who had surrendered during fighting near Tarhuna
    were shot dead": English pass 68)."""
    for k in range(who + 1, min(len(words), who + _RELATIVE_PASSIVE_REACH)):
        if parse_number(words, k) is not None or plural_person(words[k]) or words[k] in ("and", "said", "says"):
            return None
        if trigger_at.get(k) in SLOT_OF_KIND and k > who + 1 and words[k - 1] not in ("who", "had", "have") and (
                k < who + _RELATIVE_REACH or words[k - 1] == "were"):
            return trigger_at[k]
    return None


# «20 شخصا بينهم أطفال ونساء قتلوا»: who the victims were, between the number and its trigger.
_APPOSITIONS = {"بينهم", "منهم", "معظمهم", "اغلبهم", "غالبيتهم", "including", "among", "mostly"}
# «إنقاذ 43 مهاجرا من الغرق بينهم 8 نساء»: a number after these counts part of the people before it, never a toll
# of its own (not «منهم»: «قتل منهم 3» is three of them killed).
_PART_OF = _APPOSITIONS - {"منهم", "mostly"} | {"بينهن"}


def _share_of_cases(words: list[str], index: int, trigger_at: dict[int, str]) -> bool:
    """«استقبل عشرات الحالات، منها سبع إصابات بالرصاص»: a number after «منها» is a share of what came before (not
    «عائلة قتل منها ثلاثة»: a verb of harm right before «منها» counts its victims; Libyan outlets pass 2)."""
    return index > 0 and words[index - 1] == "منها" and (index - 2) not in trigger_at


_EN_BODIES_FOUND = frozenset({"exhumed", "exhume", "exhumes", "recovered", "recover", "recovers", "found", "retrieved",
                              "pulled", "unearthed", "uncovered", "discovered"})


def _english_more_bodies(words: list[str], index: int, end: int) -> bool:
    """"exhumed five more bodies", "recovered 12 further corpses": the number counts the bodies this update found (an
    exhumation update's own number, not the grave's total); "identified 11 more bodies" (DNA tests) finds none."""
    if words[end : end + 1] == [] or words[end] not in EN_MORE or words[end + 1 : end + 2] == []:
        return False
    if index > 2 and words[index - 1] == "of" and words[index - 2] in EN_BODIES and plural_person(words[end + 1]):
        # "recovered the remains of four more people", "retrieved the bodies of three more migrants": the people whose
        # bodies this update found (English pass 45); not "identified the remains of" (``remains_identified``)
        return any(w in _EN_BODIES_FOUND for w in words[max(0, index - 5) : index - 2])
    return words[end + 1] in EN_BODIES and index > 0 and words[index - 1] in _EN_BODIES_FOUND


# what a number's people are when they are no toll: missing or saved (English passes 24, 61)
_EN_ALIVE_AFTER = frozenset({"missing", "rescued", "saved"})
# "three were confirmed dead and 15 were missing", "15 people are still missing": the missing are no toll
_EN_MISSING_LINKS = frozenset({"were", "are", "was", "is", "remain", "remained", "remains", "still", "people", "others",
                               "migrants", "more", "reported", "feared"})


def _english_missing_after(after: list[str]) -> bool:
    """The words after a number, up to three, reach "missing" directly ("11 migrants dead, 26 missing": the missing,
    no toll) or through only a verb of being, "still" or the people's noun (English pass 24). Likewise the saved: "8
    drowned; 30 rescued by a merchant ship", "44 rescued, 6 hospitalised": the rescued are alive, no toll (English
    pass 61)."""
    for k, word in enumerate(after):
        if word in _EN_ALIVE_AFTER:
            return all(w in _EN_MISSING_LINKS for w in after[:k])
    return False


# «إنه توفي في سجن ...», «بأنها توفيت داخل زنزانتها»: «that he / she died» with a place of custody right after it
_THAT_ONE = frozenset({"انه", "انها", "بانه", "بانها", "وانه", "وانها"})
_DIED_ONE = frozenset({"توفي", "توفيت", "مات", "ماتت"})
_HELD_PLACES = frozenset({"سجن", "السجن", "زنزانته", "زنزانتها", "الزنزانه", "محبسه", "محبسها", "الحجز", "حجز",
                          "الاحتجاز", "احتجاز"})
_HELD_PLACE_REACH = 3  # «توفي في سجن», «توفيت داخل زنزانتها», «توفي أثناء احتجازه في»


def _died_held(words: list[str]) -> bool:
    """One death in custody told by someone: «إنه / بأنها» right before a singular verb of dying, and a place of
    custody within ``_HELD_PLACE_REACH`` words after it (not «إنه توفي في منزله»)."""
    for k in range(1, len(words) - 1):
        if words[k] in _DIED_ONE and words[k - 1] in _THAT_ONE and any(
                w in _HELD_PLACES or w.startswith(("احتجاز", "اعتقال")) for w in words[k + 1 : k + 2 + _HELD_PLACE_REACH]):
            return True
    return False


# «ستة أفراد من أسرة واحدة، بينهم رضيع، تعرضوا للاختناق», «سبعة عمال أصيبوا بالاختناق»: the people counted suffered
# suffocation (the settled answer: counted as injured when they were treated)
_SUFFERED = frozenset({"تعرضوا", "وتعرضوا", "اصيبوا", "واصيبوا", "تعرض", "اصيب", "تعرضن", "اصبن"})
_SUFFOCATION = frozenset({"للاختناق", "بالاختناق", "باختناق", "لاختناق"})
_SUFFOCATED_REACH = 8  # the people, «من أسرة واحدة، بينهم رضيع», then the verb


def _suffocated_after(words: list[str], end: int) -> bool:
    """A verb of suffering right before a suffocation word within ``_SUFFOCATED_REACH`` words after the number's end,
    in a sentence that tells their care (a first-aid, transfer or hospital word)."""
    for k in range(end, min(len(words) - 1, end + _SUFFOCATED_REACH)):
        if words[k] in _SUFFERED and words[k + 1] in _SUFFOCATION:
            return any(any(root in w for root in CARE_ROOTS) or bool(word_forms(w) & HOSPITALS) for w in words)
    return False


# Arabic pass 136 (tune136): «مقطع مصور يظهر عناصر مسلحة وهم يطلقون النار على ثلاثة أسرى مصابين»: the wounded state
# of captives (hurt in the fighting before they were taken) is no count of the event's hurt, as pass 49's «إعدام ثلاثة
# أسرى جرحى» (the guide: earlier wounds are not the event); «إصابة ثلاثة أسرى» (no state after them) still counts
_CAPTIVES = frozenset({"اسري", "الاسري", "اسيرا", "اسيران", "اسيرين"})


def _wounded_captives(words: list[str], end: int) -> bool:
    """The people word at ``end`` is a captive noun and the word after it their wounded state."""
    return words[end] in _CAPTIVES and after_noun_kind(words, end + 1) == "injury"


# Arabic pass 136 (tune136): «أعلن المستشفى وفاة أحد ثلاثة مواطنين أصيبوا في هجوم»: the dead is one of the group
# counted, the rest still hurt (the guide, fourteenth session: "three wounded, one later died" = killed 1, injured 2);
# not «وفاة ثلاثة مواطنين» (no «أحد»), nor «أحد عشر» (eleven: a number of its own); «وفاة طفلة من ثلاثة أطفال
# أصيبوا» (one, «من», then the group) is ``one_of_hurt_group_died``'s, which reads the whole sentence for its words


def _one_of_counted_died(words: list[str], index: int, end: int, kind: str | None,
                         trigger_at: dict[int, str]) -> dict[str, int] | None:
    """{"killed": 1, "injured": N - 1} for «death word + أحد / إحدى + N + people + hurt verb», {"killed": 1} with no
    hurt verb after the people; None when the number at ``index`` is not so."""
    if index < 2 or words[index - 1] not in ONE_OF or SLOT_OF_KIND.get(kind or "") != "killed" or (
            SLOT_OF_KIND.get(trigger_at.get(index - 2, "")) != "killed"):
        return None
    value = parse_number(words, index)
    if value is None or value[0] < 2 or end >= len(words) or not plural_person(words[end]):
        return None
    hurt = end + 1 < len(words) and (words[end + 1] in _SUFFERED or trigger_at.get(end + 1) == "injury")
    return {"killed": 1, "injured": value[0] - 1} if hurt else {"killed": 1}


# Arabic pass 136 (tune136): «نقل جهاز الإسعاف خمسة أفراد من أسرة واحدة إلى مستشفى الجلاء، بعد إصابتهم بحالات اختناق»,
# «إسعاف 14 طالبة بعد اختناقهن», «نقل ستة من السكان إلى المستشفى لإصابتهم»: the people counted were taken to care
# for their own hurt, told by a verbal noun with their plural pronoun after «بعد / إثر / عقب / جراء» or «ل»
_AFTER_OWN = AFTER_WORDS | {"جراء"}
_THEIR_HURT = frozenset({"اصابتهم", "اصابتهن", "اصابتهما", "اختناقهم", "اختناقهن", "اختناقهما"})
_THEIR_HURT_L = frozenset("ل" + w for w in _THEIR_HURT)
_THEIR_HURT_WORDS = _THEIR_HURT | _THEIR_HURT_L  # the set test before the per-number scan
_MEDICAL = frozenset({"الطبي", "طبي", "الطبيه", "طبيه"})  # «مركز مصراتة الطبي», «المركز الطبي»
_OWN_HURT_REACH = 18  # the people, their school or family, the hospital's name and the time before «بعد إصابتهم»


def _own_hurt_after(words: list[str], end: int) -> bool:
    """Their own hurt told after the people counted (``_THEIR_HURT`` after an ``_AFTER_OWN`` word, or with «ل»)
    within ``_OWN_HURT_REACH`` words, in a sentence that tells their care (a first-aid or hospital word, «الطبي»; not
    a transfer alone: «نقلوا إلى مركز الشرطة بعد اختناقهم» are held, Arabic pass 78's guard)."""
    for k in range(end, min(len(words), end + _OWN_HURT_REACH)):
        if words[k] in _THEIR_HURT_L or (words[k] in _THEIR_HURT and words[k - 1] in _AFTER_OWN):
            return any(w in _MEDICAL or "سعف" in w or bool(word_forms(w) & HOSPITALS) for w in words)
    return False


# Arabic pass 58 (tune58) --------------------------------------------------------------------------------------------

# «بينما قال مستشفى غريان إنه استقبل ثمانية جرحى», «فيما أعلن المستشفى أنه استقبل عشرة جرحى»: a second source's tally
# of the same event, in the clause after the first; the larger is the count (the settled answer: two sources, the larger)
_CONTRAST_OPENERS = frozenset({"بينما", "فيما", "وبينما", "وفيما", "حين"})  # «في حين قال»
_SOURCE_REACH = 10  # words from the opener to the second number


def _second_source(words: list[str], first: int, index: int, end: int) -> bool:
    """The number at ``index`` is a second source's tally of the hurt: a contrast opener and a source's verb between
    the first count and it, and a casualty noun or «حالات» right after it (not a share: «ثلاثة منهم»)."""
    if end >= len(words) or not (after_noun_kind(words, end) == "injury" or words[end] == "حالات"):
        return False
    for k in range(max(first + 1, index - _SOURCE_REACH), index - 1):
        if words[k] in _CONTRAST_OPENERS and words[k + 1] in REPORTING_VERBS:
            return True
    return False


_SOME_OF_THEM = frozenset({"بعضهم", "بعضهن", "وبعضهم", "وبعضهن"})


def _some_of_them_hurt(words: list[str]) -> bool:
    """«أسرى مقيدين، بعضهم مصاب بجروح»: «some of them» hurt, no number (a singular adjective after it is no victim)."""
    return any(w in _SOME_OF_THEM and words[k + 1].startswith(("مصاب", "جريح", "اصيب"))
               for k, w in enumerate(words[:-1]))


_SECOND_HURT_VERBS = frozenset({"واصيب", "واصيبت", "كما"})


def _second_group_hurt(words: list[str], first: int | None) -> int:
    """A second group hurt by its own verb after the first count: «ستة نزلاء أصيبوا بإصابات طفيفة، وأصيب اثنان من
    أفراد الشرطة» (+2); not a share of the first («وأصيب ثلاثة منهم»), nor «آخرون» (``others_hurt`` reads those)."""
    if first is None or (parsed_first := parse_number(words, first)) is None:
        return 0
    noun_at = first + parsed_first[1]
    if noun_at < len(words) and words[noun_at] in _ANY_PEOPLE:
        return 0  # «أصيب ستة أشخاص ...، وأصيب اثنان من المارة»: the second may be among «people»
    for k in range(first + 1, len(words) - 2):
        word = words[k]
        if word not in _SECOND_HURT_VERBS:
            continue
        at = k + 1 + (word == "كما" and words[k + 1] in ("اصيب", "اصيبت"))
        if word == "كما" and at == k + 1:
            continue
        parsed = parse_number(words, at)
        if parsed is None or at + parsed[1] + 1 >= len(words):
            continue
        value, used = parsed
        noun = words[at + used]
        if noun == "من" and words[at + used + 1] not in OF_THEM and (
                plural_person(words[at + used + 1]) or words[at + used + 1] in _MEMBER_WORDS):
            return value
        if noun not in OF_THEM and plural_person(noun) and not noun.startswith(("اخر", "الاخر")):
            return value
    return 0


_ANY_PEOPLE = frozenset({"اشخاص", "شخصا", "افراد", "فردا"})
_MEMBER_WORDS = frozenset({"عناصر", "افراد", "منتسبي", "مقاتلي", "اعوان", "رجال", "عمال", "موظفي"})


_EN_BODY_REACH = 6  # "of [a Chadian rebel group] and two shepherds": "of", up to five words of the body, "and"


def _english_past_their_body(words: list[str], at: int, singles: bool = False) -> int:
    """Past "of a / the + the body" after the first group, up to the "and" before the next number ("killed five fighters
    of a Chadian rebel group and two shepherds" = 7: fighters and civilians told together are added, as
    ``_past_members_of`` reads «من عناصر ...»; English pass 37); ``at`` otherwise. ``singles``: also to the "and"
    before "a / an" ("two members of the force and a smuggler", English pass 42)."""
    if words[at : at + 1] != ["of"] or words[at + 1 : at + 2] not in (["a"], ["an"], ["the"]):
        return at
    for k in range(at + 2, min(len(words) - 1, at + 2 + _EN_BODY_REACH)):
        if words[k] == "and":
            return k if parse_number(words, k + 1) is not None or (singles and words[k + 1] in ("a", "an")) else at
        if words[k] in _EN_OF_BODY_BREAKS:
            return at
    return at


_EN_OF_BODY_BREAKS = frozenset({"was", "were", "who", "which", "that", "in", "on", "near", "at"})


def _past_members_of(words: list[str], at: int) -> int:
    """Past «من عناصر / من أفراد + a definite body» after the first group, up to the «و» of the next («سبعة جرحى من
    عناصر التشكيلات المسلحة وأربعة مدنيين» = 11: fighters and civilians told together are added, the guide's
    «71 مسلحا و7 عسكريين»); ``at`` otherwise (Arabic pass 58)."""
    if words[at : at + 1] != ["من"] or at + 2 >= len(words) or words[at + 1] not in _MEMBER_WORDS:
        return at
    for k in range(at + 2, min(len(words), at + 2 + _UNIT_NAME_REACH)):
        if words[k].startswith("و") and k > at + 2:
            return k
        if not words[k].startswith("ال"):
            return at
    return at


_PLACE_REACH = 6  # «ستة نزلاء في مؤسسة الإصلاح والتأهيل الجديدة أصيبوا»: the place between the people and their verb


def _verb_past_place(words: list[str], start: int, trigger_at: dict[int, str]) -> str | None:
    """The people's own plural verb past where they were: «ستة نزلاء في مؤسسة الإصلاح والتأهيل الجديدة أصيبوا»,
    «ثلاثة مدنيين في حي الزهور قتلوا» (Arabic pass 58); the verb agrees with them («وا»), and no «و» clause opens
    on a verb between (a definite «وال» noun is part of the place)."""
    if words[start : start + 1] != ["في"]:
        return None
    verb = _first_casualty_verb(words, start + 1, _PLACE_REACH, trigger_at)
    return trigger_at[verb] if verb is not None and words[verb].endswith("وا") else None


def _first_casualty_verb(words: list[str], first: int, reach: int, trigger_at: dict[int, str]) -> int | None:
    """The first casualty trigger within ``reach`` words from ``first``, unless a «و» clause opens before it (a
    definite «وال» noun is part of the name being read past): where a place's or a body's name ends in its people's
    own verb (``_verb_past_place``, ``_verb_past_body``)."""
    for k in range(first, min(len(words), first + reach)):
        if trigger_at.get(k) in SLOT_OF_KIND:
            return k
        if words[k].startswith("و") and not words[k].startswith("وال"):
            return None
    return None


# Arabic pass 141 (tune141): «ثمانية من مقاتلي قوات فجر ليبيا قتلوا وأصيب 15 آخرون»: the body the counted members
# belong to stands between them and their own plural verb, as a place does in ``_verb_past_place``
def _verb_past_body(words: list[str], start: int, trigger_at: dict[int, str]) -> str | None:
    """The members' own plural verb past the name of their body («من عناصر / مقاتلي + the body + قتلوا»): ``start``
    right after a member word, the verb within ``_WHOSE_GROUP_REACH`` words, agreeing with them («وا»), no «و» clause
    opening on the way (a definite «وال» noun is part of the name)."""
    if start < 1 or start >= len(words) or words[start - 1] not in _MEMBER_WORDS:
        return None
    verb = _first_casualty_verb(words, start, _WHOSE_GROUP_REACH, trigger_at)
    if verb is None or verb == start or not words[verb].endswith("وا") or _object_after(words, verb + 1):
        return None
    return trigger_at[verb]


def _object_after(words: list[str], at: int) -> bool:
    """A person right after the verb («ثلاثة من أفراد العصابة قتلوا شابا»): the members are the killers, not the dead."""
    if at >= len(words):
        return False
    word = words[at]
    return word in SINGULAR_VICTIMS or _counted_singular(word) or plural_person(word) or parse_number(words, at) is not None


_FIRST_REACH = 8  # «أصيب شخصان بجروح خطيرة في الحادث وثلاثة آخرون»: from the first victims to «و + N + آخرون»


def _first_before_others(words: list[str], at: int | None) -> int:
    """«وثلاثة آخرون» counted with no number before it: the victims told before «others» — a dual (2) or a singular
    victim (1) after the hurt verb — are added (Arabic pass 58); 0 when a number stands between (already read)."""
    if at is None or at + 1 >= len(words) or words[at + 1] not in OTHERS_PLURAL or not words[at].startswith("و"):
        return 0
    for k in range(at - 1, max(-1, at - 1 - _FIRST_REACH), -1):
        word = words[k]
        if parse_number(words, k) is not None:
            return 0
        if dual_of_victim(word):
            return 2
        if word in NAMED_VICTIMS and k > 0 and words[k - 1] in _FIRST_HURT_VERBS:
            return 1
    return 0


_FIRST_HURT_VERBS = frozenset({"اصيب", "اصيبت", "واصيب", "واصيبت", "اصابه", "باصابه"})


# Arabic pass 78 (tune78) --------------------------------------------------------------------------------------------

# «أعلن المستشفى تسجيل خمس إصابات، منها اثنتان قاتلتان», «أربع إصابات إحداها قاتلة»: casualties told together, a share
# of them fatal (the thirteenth session's answer: "five casualties, two of them fatal" is killed 2, injured 3)
_SHARE_OF_CASES = frozenset({"منها", "ومنها", "بينها", "وبينها", "منهما", "بينهم", "منهم"})
_ONE_OF_CASES = frozenset({"احداها", "واحداها", "احداهما", "احدها", "احدهم", "واحدهم"})
_FATAL = frozenset({"قاتله", "قاتلتان", "قاتلتين", "قاتلات", "قاتل", "قاتلان", "قاتلين", "مميته", "مميتتان", "مميتتين",
                    "مميتات", "مميت"})


def fatal_share(words: list[str]) -> int | None:
    """The number of the casualties told fatal: «منها / بينها» + a number + a fatal adjective, or «إحداها قاتلة» (1);
    None when the sentence names no fatal share (most: a cheap test first)."""
    if _FATAL.isdisjoint(words):
        return None
    for k in range(len(words) - 1):
        word = words[k]
        if word in _ONE_OF_CASES and words[k + 1] in _FATAL:
            return 1
        if word in _SHARE_OF_CASES and (parsed := parse_number(words, k + 1)) is not None and (
                words[k + 1 + parsed[1] : k + 2 + parsed[1]] and words[k + 1 + parsed[1]] in _FATAL):
            return parsed[0]
    return None


# «أعلن المستشفى وفاة أحد الجرحى الثلاثة», «توفي اليوم أحد جرحى القصف»: one of the wounded of an event died later; the
# rest stay hurt (docs/labelling.md, counts eighth pass: for the wounded who died later "1 / 1 is likelier" than 1 / 2)
_DIED_ONE_OF = frozenset({"وفاه", "ووفاه", "توفي", "وتوفي", "توفيت", "وتوفيت"})
_WOUNDED_GROUP = frozenset({"الجرحي", "جرحي", "المصابين", "مصابي", "الجريحين", "المصابات"})


def one_of_wounded_died(words: list[str]) -> int | None:
    """None unless a death word is followed (past a time word or two) by «أحد / إحدى» + the wounded; then the size
    of the wounded group when a definite number follows it («الجرحى الثلاثة» = 3), else 0."""
    if _DIED_ONE_OF.isdisjoint(words):
        return None  # most sentences (the cheap test first)
    j = _one_of_after_death(words, _WOUNDED_GROUP)
    if j is None:
        return None
    group = definite_number(words, j + 2) if j + 2 < len(words) else None
    return group[0] if group else 0


def _one_of_after_death(words: list[str], group: frozenset[str]) -> int | None:
    """Where «أحد / إحدى» stands after a death word (past a time word or two) with a word of ``group`` next."""
    for k, word in enumerate(words):
        if word not in _DIED_ONE_OF:
            continue
        j = k + 1
        while j < len(words) and j <= k + 2 and words[j] in TIME_AFTER_VERB:
            j += 1
        if j + 1 < len(words) and words[j] in ONE_OF and words[j + 1] in group:
            return j
    return None


# Arabic pass 128 (tune128): «استقبلنا 7 مصابين من الاعتداء ...، وتوفيت إحدى المصابات متأثرة بجراحها»: the wounded
# counted first, then one of «the wounded» died: she is among the counted, now among the dead (the settled answer:
# "three wounded, one later died" = killed 1, injured 2); only where the count of the hurt stands before the death


def wounded_counted_then_one_died(words: list[str], hurt_at: int | None) -> bool:
    """True when «أحد / إحدى» + the wounded (``_one_of_after_death``, with no definite number after the group) stands
    after the count of the hurt at ``hurt_at``."""
    if hurt_at is None or one_of_wounded_died(words) != 0:
        return False
    j = _one_of_after_death(words, _WOUNDED_GROUP)
    return j is not None and j > hurt_at


# Arabic pass 108 (tune108): «وفاة امرأة كانت بين المصابين الخمسة»: one victim said to have been among the wounded
# of a definite number is one of them, as «وفاة إحدى المصابات الخمس»: the others stay hurt
_WAS = frozenset({"كان", "كانت"})
_AMONG_GROUP = frozenset({"بين", "من", "ضمن"})


def victim_among_wounded_died(words: list[str]) -> int | None:
    """The size of the definite wounded group a dead victim «كان / كانت بين» (``_one_of_after_death``'s death words,
    a singular victim, then «كان(ت) بين / من / ضمن» + the wounded + a definite number); None otherwise."""
    if _DIED_ONE_OF.isdisjoint(words) or _WAS.isdisjoint(words):
        return None  # most sentences (the cheap test first)
    for k, word in enumerate(words[:-5]):
        if word in _DIED_ONE_OF and singular_victim(words[k + 1]) and words[k + 2] in _WAS and (
                words[k + 3] in _AMONG_GROUP and words[k + 4] in _WOUNDED_GROUP) and (
                group := definite_number(words, k + 5)):
            return group[0]
    return None


# Arabic pass 86 (tune86) --------------------------------------------------------------------------------------------

# «خمس إصابات بينها حالتا وفاة», «سبع إصابات منها ثلاث حالات وفاة», «أربع إصابات بينها حالة وفاة»: casualties told
# together, the share that died told as death cases (the thirteenth session's answer: "five casualties, two of them
# fatal" is killed 2, injured 3), as ``fatal_share`` reads «منها اثنتان قاتلتان»
_DEATH_CASE_WORD = frozenset({"وفاه", "الوفاه"})
_DEATHS_PLURAL = frozenset({"وفيات"})
_CASES_TO_SHARE = 4  # «خمس إصابات، بينها»: the casualty word, a word it is of, then the marker


def death_cases_share(words: list[str], at: int | None) -> int | None:
    """The death cases told as a share of the count read at ``at`` («خمس إصابات، بينها حالتا وفاة» = 2, «منها حالة
    وفاة» = 1, «بينها 3 حالات وفاة / 3 وفيات» = 3); None when no share of deaths follows the count."""
    if at is None or (_DEATH_CASE_WORD.isdisjoint(words) and _DEATHS_PLURAL.isdisjoint(words)):
        return None  # most sentences (the cheap test first)
    for k in range(at + 1, min(len(words) - 1, at + 1 + _CASES_TO_SHARE)):
        if words[k] not in _SHARE_OF_CASES:
            continue
        rest = words[k + 1 : k + 5]
        if rest[:1] and rest[0] in CASE_DUALS and rest[1:2] and rest[1] in _DEATH_CASE_WORD:
            return 2
        if rest[:1] and rest[0] in CASE_NOUNS and rest[1:2] and rest[1] in _DEATH_CASE_WORD:
            return 1  # «منها حالة وفاة (واحدة)»
        if (parsed := parse_number(words, k + 1)) is not None:
            after = words[k + 1 + parsed[1] : k + 3 + parsed[1]]
            if (after[:1] and after[0] in _DEATHS_PLURAL) or (
                    after[:1] and after[0] in CASE_NOUNS and after[1:2] and after[1] in _DEATH_CASE_WORD):
                return parsed[0]
        return None
    return None


# Arabic pass 100 (tune100): «سقط ستة ضحايا، ثلاثة منهم فارقوا الحياة», «سبعة ضحايا بينهم ثلاثة لقوا حتفهم»: victims
# told together (the dead and the hurt), the share that died told by a death verb after «منهم / بينهم» (the thirteenth
# session's answer: "five casualties, two of them fatal" is killed 2, injured 3); not who they were («اثنان منهم أطفال»)
TOGETHER_NOUNS = frozenset({"ضحايا", "ضحيه", "اصابات", "الضحايا", "حالات"})
_DIED_VERBS = frozenset({"فارقوا", "فارقا", "فارق", "فارقت", "توفوا", "توفيا", "توفي", "توفيت", "لقوا", "لقيا", "لقي",
                         "لقيت", "ماتوا", "ماتا", "مات", "قضوا", "قضي", "استشهدوا", "استشهد", "قتلي", "قتيلان", "قتيلين"})
_SHARE_AFTER_NOUN = 3  # «ضحايا، اثنان منهم»: the noun, the number (one or two words), the marker


def died_share_of_victims(words: list[str], at: int | None) -> int | None:
    """The share of the victims counted at ``at`` told dead («ستة ضحايا، ثلاثة منهم فارقوا الحياة» = 3: a number then
    «منهم», or «بينهم / منهم» then a number, then a death verb or «قتلى»); None otherwise."""
    if at is None or _DIED_VERBS.isdisjoint(words) or (parsed := parse_number(words, at)) is None:
        return None  # most sentences (the cheap test first)
    noun = at + parsed[1]
    if noun >= len(words) or words[noun] not in TOGETHER_NOUNS:
        return None
    for k in range(noun + 1, min(len(words) - 1, noun + 1 + _SHARE_AFTER_NOUN)):
        if words[k] in _SHARE_OF_CASES and (share := parse_number(words, k + 1)) is not None:
            verb = k + 1 + share[1]  # «بينهم ثلاثة لقوا حتفهم»
        elif (share := parse_number(words, k)) is not None and words[k + share[1] : k + share[1] + 1] and (
                words[k + share[1]] in _SHARE_OF_CASES):
            verb = k + share[1] + 1  # «ثلاثة منهم فارقوا الحياة»
        else:
            continue
        return share[0] if verb < len(words) and words[verb] in _DIED_VERBS else None
    return None


# Arabic pass 132 (tune132): «سقط نحو 50 قتيلا وجريحا من المدنيين ...، قتل منهم 12 شخصا»: the dead and the hurt told in
# one figure (a dead noun joined to a hurt noun), then the share that died: a death verb right before «منهم», or «منهم /
# بينهم» + a number + a dead noun. The guide's "five casualties, two of them fatal": killed 12, injured the rest (38).
# Without a share the joined figure is left as it was read (a headline's «خمسة قتلى وجرحى» often counts the dead only)
_JOINED_DEAD = frozenset({"قتيلا", "قتلي", "قتيل"})
JOINED_HURT = frozenset({"وجريح", "وجرحي", "ومصاب", "ومصابين", "وجريحا", "ومصابا"})  # (also ``mixed_toll``'s)
_DIED_BEFORE_SHARE = frozenset({"قتل", "لقي", "توفي", "قضي", "استشهد"})  # «قتل منهم 12 شخصا»
_JOINED_SHARE_REACH = 30  # «من المدنيين اليوم الأحد في قصف صاروخي استهدف وسط بلدة ...، قتل منهم»


def died_share_of_joined_toll(words: list[str], at: int | None) -> int | None:
    """The share told dead of a joined toll counted at ``at`` («50 قتيلا وجريحا ... قتل منهم 12» = 12); None
    otherwise."""
    if at is None or JOINED_HURT.isdisjoint(words) or (parsed := parse_number(words, at)) is None:
        return None  # most sentences (the cheap test first)
    noun = at + parsed[1]
    if noun + 1 >= len(words) or words[noun] not in _JOINED_DEAD or words[noun + 1] not in JOINED_HURT:
        return None
    for k in range(noun + 2, min(len(words) - 1, noun + 2 + _JOINED_SHARE_REACH)):
        if words[k] not in _SHARE_OF_CASES or (share := parse_number(words, k + 1)) is None:
            continue
        after = words[k + 1 + share[1] : k + 2 + share[1]]
        if strip_and(words[k - 1]) in _DIED_BEFORE_SHARE or (after and after[0] in _JOINED_DEAD):
            return share[0]
    return None


# «وفاة طفلة من ثلاثة أطفال أصيبوا بمقذوف», «مقتل شاب من أربعة شبان أصيبوا في الاشتباكات»: one of a group of hurt
# people died; the group's number is the hurt, one of them now among the dead (the fourteenth session's answer for
# «وفاة أحد الجرحى الثلاثة»: killed 1, injured the others), not a toll of N dead; «وفاة أحد ثلاثة مواطنين أصيبوا» (no
# «من») is ``_one_of_counted_died``'s, read at the number with the sentence's triggers (the two read different shapes
# and different hurt words after the group: one shared scan would move counts)
_ONE_DIED = frozenset({"وفاه", "ووفاه", "مقتل", "ومقتل", "استشهاد", "واستشهاد", "مصرع", "ومصرع", "توفي", "توفيت",
                       "وتوفي", "وتوفيت"})
_GROUP_HURT = frozenset({"اصيبوا", "اصبن", "جرحوا", "المصابين", "الجرحي", "مصابين", "جرحي", "اصيبا", "اصيبتا"})


def one_of_hurt_group_died(words: list[str]) -> int | None:
    """The size of the hurt group one of whom died: a death word, one singular victim (or «أحد / إحدى»), «من», a number,
    the group's plural, then their hurt verb or state («أصيبوا»); None otherwise."""
    if _ONE_DIED.isdisjoint(words) or _GROUP_HURT.isdisjoint(words):
        return None  # most sentences (the cheap test first)
    for k, word in enumerate(words[:-4]):
        if word not in _ONE_DIED or not (words[k + 1] in SINGULAR_VICTIMS or words[k + 1] in ONE_OF):
            continue
        if words[k + 2] != "من" or (parsed := parse_number(words, k + 3)) is None or parsed[0] < 2:
            continue
        end = k + 3 + parsed[1]
        if words[end + 1 : end + 2] and words[end + 1] in _GROUP_HURT:
            return parsed[0]  # «من ثلاثة أطفال أصيبوا»: the plural, then its verb
        if words[end : end + 1] and words[end] in _GROUP_HURT:
            return parsed[0]  # «من ثلاثة جرحى»
    return None


# «سقوط 15 ضحية بين قتيل وجريح», «9 ضحايا ما بين قتيل ومصاب»: one toll of the dead and the hurt together, not split;
# it counts neither the killed nor the injured (the guide's dev rules give no number where the text gives none)
_DEAD_FORMS = frozenset({"قتيل", "قتلي", "متوفي", "شهيد", "شهداء"})
_MIXED_REACH = 6  # «22 ضحية من المدنيين ما بين»: the toll noun, who they were, then «بين»


def mixed_toll(words: list[str], at: int | None) -> bool:
    """The count at ``at`` is followed by «(ما) بين قتيل وجريح»: the dead and the hurt in one figure."""
    if at is None or "بين" not in words or JOINED_HURT.isdisjoint(words):
        return False  # most sentences (the cheap test first)
    return any(words[k] == "بين" and words[k + 1] in _DEAD_FORMS and words[k + 2] in JOINED_HURT
               for k in range(at + 1, min(len(words) - 2, at + 1 + _MIXED_REACH)))


# «استقبل المستشفى ثلاثة جرحى من عناصر قوة عسكرية وأربعة من سكان البلدة»: the first group told by «من» + the body it
# belongs to, then «و» + a second number of the same event (the guide: two numbers of one event are added, 7)
_WHOSE_GROUP_REACH = 5  # «من منتسبي جهاز الأمن العام»: «من» and up to four words of the body


def _past_whose_group(words: list[str], at: int) -> int:
    """Past «من + the body a counted group belongs to» when a «و» + number follows within ``_WHOSE_GROUP_REACH``."""
    if words[at : at + 1] != ["من"]:
        return at
    for j in range(at + 1, min(len(words), at + 1 + _WHOSE_GROUP_REACH)):
        if words[j].startswith("و"):
            return j if parse_number(words, j) is not None else at
    return at


# «توفي أحد الجريحين متأثرا بجراحه», «وفاة إحدى المصابتين»: one of two wounded died, the other is still hurt (the
# fourteenth session's answer for «وفاة أحد الجرحى الثلاثة», with the dual as the group); not «المصابين», which is
# also the plural
_WOUNDED_PAIR = frozenset({"الجريحين", "الجريحتين", "المصابتين"})


def one_of_pair_died(words: list[str]) -> bool:
    """A death word, (a time word or two), «أحد / إحدى» + a definite dual of the wounded."""
    if _WOUNDED_PAIR.isdisjoint(words) or _DIED_ONE_OF.isdisjoint(words):
        return False  # most sentences (the cheap test first)
    return _one_of_after_death(words, _WOUNDED_PAIR) is not None
