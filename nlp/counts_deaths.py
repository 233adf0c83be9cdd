"""Deaths told without a casualty noun: a death phrase split by its subject («لقي شاب حتفه», «أودى بحياة 3
أطفال», «راح ضحيته»), a body found, one fighter eliminated, and the pronoun that closes a death phrase's
clause («حتفه»). Separate because these idioms name their own victims where no trigger covers them."""

from __future__ import annotations

from itertools import compress
from itertools import count as count_from

from nlp.counts import parse_number
from nlp.counts_words import (
    BUT_DIED,
    BUT_THEN,
    DATE_WORDS,
    ELIMINATING,
    FILLERS,
    FOUND_VERBS,
    MONTH_WORDS,
    NAMED_VICTIMS,
    NOT_COUNTS_AFTER,
    SINGULAR_ENDINGS,
    THEN_DIED,
    UNTITLED_VICTIMS,
    WHO_SINGULAR_OR_DIALECT,
    dual_of_victim,
    joined_victim,
    plural_of_victim,
    plural_person,
    singular_victim,
    strip_and,
    victims_from,
)
from nlp.morph import word_forms
from nlp.normalize import clitic_variants
from nlp.victim_lists import passive_subject_start, sum_victims

# «لقي 37 شخصا مصرعهم»: «لقي» opens a killing whose trigger comes after the victims.
_MET = {"لقي", "لقيت", "لقوا", "لقيا", "لقين"}
# The nouns that close «لقي»: «مصرعه», «حتفهم».
DEATH_WORDS = {"مصرع", "حتف"}
# Death phrases whose subject stands between the verb and its noun: «لقي شاب حتفه», «فارق شاب الحياة».
_SPLIT_DEATHS = {**dict.fromkeys(_MET, frozenset(DEATH_WORDS)),
                 **dict.fromkeys(("فارق", "فارقت", "فارقا", "فارقوا"), frozenset({"الحياه"}))}
_SPLIT_OPENERS = frozenset({*_SPLIT_DEATHS, "راح", "ذهب", "بحياه", "سقوط"})  # the words split_death_phrase reads at


def met_death(words: list[str], index: int, end: int) -> bool:
    """«لقي 37 شخصا معظمهم سياح مصرعهم», «لقي 3 أشخاص حتفهم»: «لقي» before the number, «مصرع» or «حتف»
    a few words after it (the phrase is split by its subject, so no trigger need cover it)."""
    k = index - 1
    while k >= 0 and (words[k] in FILLERS or words[k] in DATE_WORDS):
        k -= 1
    return k >= 0 and words[k] in _SPLIT_DEATHS and _death_word_within(words, end, _MET_REACH, _SPLIT_DEATHS[words[k]])


# «لقي ثلاثة من منتسبي جهاز دعم الاستقرار وطفلة في العاشرة من عمرها حتفهم»: the people, the body they belong to and
# a victim joined to them with her age stand between «لقي» and «حتفهم» (Arabic pass 51).
_MET_REACH = 12


def joined_before_death(words: list[str], end: int) -> int:
    """One or two victims joined by «و» to the people of «لقي N ...» before the death word closes the phrase
    («لقي ثلاثة من منتسبي الجهاز وطفلة ... حتفهم» = 3 + 1); 0 when none is joined."""
    for k in range(end, min(len(words), end + _MET_REACH)):
        if word_forms(words[k]) & DEATH_WORDS:
            return 0
        if (joined := joined_victim(words, k)) and not plural_of_victim(words[k][1:]):
            return joined
    return 0


def _death_word_within(words: list[str], start: int, width: int, closers: frozenset[str]) -> bool:
    return any(word_forms(w) & closers for w in words[start : start + width])


def split_death_phrase(words: list[str]) -> int | None:
    """Victims of a death phrase split by its subject, which no trigger covers: «لقي كهل حتفه», «لقي شابان
    حتفهما» (between «لقي» and «حتف/مصرع»), «فارق شاب الحياة», «أودى الانفجار بحياة طفلين», «أودت النيران
    بحياة 3 أطفال»."""
    if _SPLIT_OPENERS.isdisjoint(words[:-1]):
        return None  # (one set test: the loop below reads only at these words; most sentences have none)
    for k, word in enumerate(words[:-1]):
        victim = words[k + 1]
        if word in _SPLIT_DEATHS and _death_word_within(words, k + 2, 6, _SPLIT_DEATHS[word]):
            pass  # «لقي شاب تونسي أصيل معتمدية الذهيبة حتفه»
        elif word in ("راح", "ذهب") and word_forms(victim) & {"ضحيته", "ضحيتها", "ضحيه"} and k + 2 < len(words):
            if (fallen := _fallen(words, k + 2)) is not None:
                return fallen  # «جريمة قتل راح ضحيتها شاب», «راح ضحيته 3 أشخاص»
            continue
        elif word in ("بحياه", "سقوط"):
            if (fallen := _numbered_people(words, k + 1, of=word == "سقوط")) is not None:
                return fallen  # «أودى بحياة 3 أطفال», «أدى إلى سقوط 3 من عناصر المجلس»
            continue
        else:
            continue
        if dual_of_victim(victim):
            return 2
        if singular_victim(victim) and not plural_of_victim(victim):
            return victims_from(words, k + 1)
    return None


_HEIGHTS = {"علو", "سطح", "شرفه", "طابق", "مرتفع", "جسر"}  # «سقوط 3 عمال من علو»: a fall, not a toll


def _numbered_people(words: list[str], at: int, *, of: bool) -> int | None:
    """A number at ``at`` before a plural person noun (``of``: also «من» and people, «3 من عناصر المجلس»)."""
    parsed = parse_number(words, at)
    if parsed is None:
        return None
    noun_at = at + parsed[1]
    if of and words[noun_at : noun_at + 1] == ["من"]:
        noun_at += 1
    if noun_at >= len(words) or not plural_person(words[noun_at]):
        return None
    return None if of and any(word_forms(w) & _HEIGHTS for w in words[noun_at : noun_at + 5]) else parsed[0]


def _fallen(words: list[str], at: int) -> int | None:
    """The victims at ``at`` after «راح ضحيته»: a number before a person noun, a dual, or one singular victim."""
    if parse_number(words, at) is not None:
        return _numbered_people(words, at, of=False)
    if dual_of_victim(words[at]):
        return 2
    return victims_from(words, at) if singular_victim(words[at]) and not plural_of_victim(words[at]) else None


_DUAL_DEATH_VERBS = {"قتلا", "قتلتا", "توفيا", "توفيتا", "استشهدا", "استشهدتا"}  # a dual killed, its subject before it


def closed_death_phrase(word: str) -> bool:
    """«لقي عون حرس حتفه وأصيب اثنان»: «حتفه» / «مصرعهم» with their pronoun close the killing's clause, so the
    number after the next trigger is that trigger's alone."""
    if word.endswith("وا") and len(word) > 4:
        return True  # «ثلاثة مهاجرين قتلوا وأصيب خمسة آخرون»: the plural verb has its subject before it
    if strip_and(word) in _DUAL_DEATH_VERBS:
        return True  # «عنصرين من الحرس قتلا وأصيب ثلاثة آخرون»: so has the dual verb
    return any(form != stem and form.startswith(stem) for form in clitic_variants(word) for stem in DEATH_WORDS)


# «العثور على جثة امرأة», «عثر على جثة داخل مستودع», «انتشال جثة صياد»: a body found is one dead (a number or a
# plural «جثث» is read as before).
_FOUND = {"العثور", "عثر", "عثرت", "عثروا", "يعثر", "تعثر", "انتشال", "انتشل", "انتشلت", "انتشلوا", "اكتشاف"}
_BODY = {"جثه", "جثمان"}


# «تسلمت أسرة الشاب ... جثمانه»: a family handed its own man's body (the body with «his / her», within a name and an
# age of the verb) is one dead
_HANDED = {"تسلم", "تسلمت", "تسلموا", "استلم", "استلمت", "استلموا", "تسليم", "استلام"}
_OWN_BODY = {"جثته", "جثتها", "جثمانه", "جثمانها"}
_HANDED_REACH = 12


def _own_body_handed(words: list[str]) -> bool:
    return any(strip_and(word) in _HANDED and any(w in _OWN_BODY for w in words[k + 1 : k + 1 + _HANDED_REACH])
               for k, word in enumerate(words))


def body_found(words: list[str]) -> int | None:
    if "جث" not in " ".join(words):  # (one search of the joined words, not a test of every word)
        return None  # no «جثة» or «جثمان»: nothing found
    if _own_body_handed(words):
        return 1
    if any(w in _BODY and words[k + 1 : k + 2] == ["هامده"] for k, w in enumerate(words)):
        return 1  # «إن الفتاة وصلت جثة هامدة», «سقط جثة هامدة»: one body, lifeless (not «جثث هامدة»: a plural)
    for k, word in enumerate(words):
        if strip_and(word) not in _FOUND and word not in _FOUND:
            continue
        j = k + 1
        while j < min(len(words), k + 5) and words[j] not in _BODY and words[j] != "علي" and not words[j].startswith("جث"):
            j += 1  # «عثر صباح اليوم على جثة», «عثر أعوان الحماية على جثة»
        if j < len(words) and words[j] == "علي":
            j += 1
        if j >= len(words) or words[j] not in _BODY:
            continue
        if j + 1 < len(words) and parse_number(words, j + 1) is not None:
            continue  # «جثة 3 مهاجرين»: read as a number
        if any("انتحر" in w or "انتحار" in w for w in words):
            return None  # «العثور على جثة رجل انتحر شنقا»: a suicide (no count, as the guide labels it)
        victim = words[j + 1] if j + 1 < len(words) else ""
        return victims_from(words, j + 1) if victim in NAMED_VICTIMS else 1
    return None


# «انتشلت رفات خمسة أشخاص إضافيين ... ليرتفع عدد الرفات المنتشلة إلى 17»: an exhumation update of a grave already
# reported counts the remains it adds, not the site's running total (settled, ninth session: "later exhumation updates
# ... the number of the update")
_REMAINS_OR_BODIES = frozenset({"رفات", "الرفات", "جثث", "الجثث", "جثامين"})
_ADDED = frozenset({"اضافيين", "اضافيه", "اضافيا", "جديده"})


def remains_added(words: list[str]) -> int | None:
    """The number of remains or bodies an update adds («رفات خمسة أشخاص إضافيين», «5 جثث إضافية», «سبع جثث جديدة»)
    in a sentence that also gives the site's risen total; None when there is no such update."""
    if _REMAINS_OR_BODIES.isdisjoint(words):
        return None  # a cheap test first: most sentences name no remains
    for k, word in enumerate(words):
        if strip_and(word) not in _ADDED:
            continue
        for at in (k - 2, k - 1):
            if at >= 0 and (number := parse_number(words, at)) is not None and at + number[1] <= k:
                return number[0]
    return None


# ``counts_words.ELIMINATING`` («القضاء على إرهابي», «تحييد إرهابي»): the army bulletins' one fighter killed (counted whatever his status; «القضاء
# على الإرهاب» is the abstract).
_ONE_FIGHTER = {"ارهابي", "ارهابيا", "مسلح", "مسلحا", "دموي"}


def fighter_eliminated(words: list[str]) -> bool:
    if ELIMINATING.isdisjoint(words):
        return False  # a cheap test first: the loop below starts only at one of them
    for k, word in enumerate(words):
        if word not in ELIMINATING:
            continue
        for j in range(k + 1, min(len(words), k + 6)):
            if words[j] == "علي" or word in ("تحييد", "وتحييد"):
                at = j + 1 if words[j] == "علي" else k + 1
                if at < len(words) and words[at] in _ONE_FIGHTER and words[at + 1 : at + 2] != ["الي"]:
                    return True
                if word in ("تحييد", "وتحييد"):
                    break
    return False


# The one hurt then died of it (``counts_words.THEN_DIED``, ``BUT_DIED`` after ``BUT_THEN``; Arabic pass 51).
_HURT_PASSIVES = frozenset({"اصيب", "اصيبت", "واصيب", "واصيبت"})
_ANOTHER = frozenset({"اخر", "اخري", "ثان", "ثاني", "ثالث", "رابع", "خامس", "سادس"})


# Arabic pass 134 (tune134): «ما أدى إلى إصابة البحار في صدره ووفاته على متن المركب»: the wound's noun, then «and his
# death» (the same one's, by the pronoun) within a few words: the one hurt died of it, as «وتوفي» after the wound
_AND_HIS_DEATH = frozenset({"ووفاته", "ووفاتها"})
_WOUND_NOUNS = frozenset({"اصابه", "باصابه", "لاصابه"})
_WOUND_TO_DEATH_REACH = 6  # «إصابة البحار في صدره ووفاته»: the victim and where he was hit between


def hurt_then_died(words: list[str]) -> bool:
    """«أصيبت امرأة برصاصة ... لكنها فارقت الحياة قبل وصولها», «أصيب شاب بطلق ناري وتوفي قبل وصوله»: the one hurt
    died of it, a death verb with no subject of its own after the wound; «إصابة البحار في صدره ووفاته» (pass 134)."""
    if not _AND_HIS_DEATH.isdisjoint(words) and any(
            w in _AND_HIS_DEATH and not _WOUND_NOUNS.isdisjoint(words[max(0, k - _WOUND_TO_DEATH_REACH) : k])
            for k, w in enumerate(words)):
        return True
    if THEN_DIED.isdisjoint(words) and BUT_DIED.isdisjoint(words):
        return False  # most sentences: no death verb of this kind (the cheap test first)
    for k, word in enumerate(words):
        if not (word in THEN_DIED or (word in BUT_DIED and k > 0 and words[k - 1] in BUT_THEN)):
            continue
        after = words[k + 1 : k + 3]
        if after and after[0] == "الحياه":
            after = after[1:]
        if after and (parse_number(after, 0) is not None or strip_and(after[0]) in _ANOTHER
                      or singular_victim(after[0]) or dual_of_victim(after[0]) or plural_person(after[0])):
            continue  # «وتوفي رابع», «وتوفي شاب آخر»: another victim
        return True
    return False


# Arabic pass 128 (tune128): «عمي اللي انصاب في الرماية الأسبوع الفايت توفى الليلة»: the one «who was hurt» (a
# relative and a singular hurt verb), then a death verb with no subject of its own: he died of it (killed 1, no longer
# hurt: the settled answer for the wounded who later died)
_WHO_HURT_VERBS = frozenset({"انصاب", "انصابت", "تصاوب", "تصاوبت", "اتصاوب", "اتصاوبت", "انجرح", "انجرحت", "اصيب",
                             "اصيبت"})
_WHO_DIED = BUT_DIED | THEN_DIED | {"مات", "ماتت", "ومات", "وماتت"}
_WHO_DIED_REACH = 12  # «اللي انصاب في الرماية في الماية الأسبوع الفايت توفى»


def who_hurt_then_died(words: list[str]) -> bool:
    """«اللي / الذي / التي» + a singular hurt verb, then within ``_WHO_DIED_REACH`` words a death verb with no victim
    or number right after it (not «توفي شاب آخر»: another)."""
    if WHO_SINGULAR_OR_DIALECT.isdisjoint(words) or _WHO_DIED.isdisjoint(words):
        return False  # most sentences (the cheap test first)
    for k in range(len(words) - 2):
        if words[k] not in WHO_SINGULAR_OR_DIALECT or words[k + 1] not in _WHO_HURT_VERBS:
            continue
        for j in range(k + 2, min(len(words), k + 2 + _WHO_DIED_REACH)):
            if words[j] not in _WHO_DIED:
                continue
            after = words[j + 1 : j + 2]
            return not (after and (parse_number(after, 0) is not None or strip_and(after[0]) in _ANOTHER
                                   or singular_victim(after[0]) or plural_person(after[0])))
    return False


def one_hurt_named(words: list[str]) -> bool:
    """«أصيب شاب بطلق ناري», «أصيبت سيدة برصاصة»: a singular passive of harm and one victim noun right after it."""
    return any(w in _HURT_PASSIVES and k + 1 < len(words) and words[k + 1] in NAMED_VICTIMS
               for k, w in enumerate(words))


# Jawhara-style headlines and leads put the victim before the verb of his death: «امرأة في الأربعين تلقى حتفها على
# يد زوجها», «عامل تونسي يموت بعد الاعتداء عليه», «أن امرأة من بينهم توفيت عطشا» (Arabic pass 62). The verbs of one
# death (singular, either gender); «يلقى / تلقى» only with «حتفه / مصرعه» after it.
_ONE_DIES = frozenset({"توفي", "توفيت", "يموت", "تموت", "مات", "ماتت", "فقد", "فقدت",
                       "توفت"})  # the Libyan «توفيت» (Arabic pass 96)  # «فقد حياته»: _LOST_LIFE
_ONE_MEETS = frozenset({"لقي", "لقيت", "يلقي", "تلقي"})
# and two: «أن طفلين من بينهم توفيا عطشا», «شابان يلقيان حتفهما»
_TWO_DIE = frozenset({"توفيا", "توفيتا", "ماتا", "ماتتا", "يموتان", "تموتان", "فقدا", "فقدتا"})
_TWO_MEET = frozenset({"لقيا", "لقيتا", "يلقيان", "تلقيان"})
# «مواطن واحد فقد حياته», «شابان فقدا حياتهما»: "lost his / their life", only with «حياته / حياتهما» after it
# (Arabic pass 72; not «فقد عمله»)
_LOST_LIFE = {"فقد": "حياته", "فقدت": "حياتها", "فقدا": "حياتهما", "فقدتا": "حياتهما"}
_DEATH_VERBS = _ONE_DIES | _ONE_MEETS | _TWO_DIE | _TWO_MEET  # (``_death_verb`` is True only at one of these)
# A family's own dead opening its post: «خالي مات في القصف», «خوي توفي في العناية», «بوي وجدي»: kin with «my» (the
# Libyan «خوي», «بوي»), one victim (Arabic pass 72). Only at the opening and before a verb of dying («البيت خالي»
# is an adjective after a noun).
_MY_KIN = frozenset({"خالي", "عمي", "خوي", "بوي", "ابوي", "جدي", "ولدي", "بنتي", "ختي", "خالتي", "عمتي", "جدتي",
                     "اخي", "ابي", "ابني", "ابنتي", "زوجي", "زوجتي"})
_THAT = frozenset({"ان", "وان", "بان", "فان", "لان"})
_SUBJECT_GAP = 5  # «امرأة في الأربعين من عمرها توفيت»: an age or «من بينهم» between the victim and the verb
# words that open another clause or subject between them: the victim is not the verb's subject
_CLAUSE_OPENERS = frozenset({"ان", "الذي", "التي", "بعد", "قبل", "حين", "عندما", "لكن", "كل", "احد", "احدي"})


def _death_verb(words: list[str], k: int, dies: frozenset[str], meets: frozenset[str]) -> bool:
    word = words[k]
    if word in _LOST_LIFE:
        return k + 1 < len(words) and words[k + 1] == _LOST_LIFE[word] and word in dies  # «فقد حياته»
    if word in dies:
        return k + 1 == len(words) or words[k + 1] not in ("كل", "يوميا")  # «طفل يموت كل ساعة»: a rate
    return word in meets and k + 1 < len(words) and bool(word_forms(words[k + 1]) & DEATH_WORDS)


def subject_died_after(words: list[str]) -> int | None:
    """One indefinite victim noun («امرأة», «عامل», «طفل»: bare, no clitic) opening a headline (or after its place
    tag, «القيروان: امرأة») or a clause after «أن», then within five words (its nisba, an age, «من بينهم») a singular
    verb of dying: one killed; a dual noun and a dual verb («أن طفلين من بينهم توفيا»): two."""
    if _DEATH_VERBS.isdisjoint(words):
        return None  # no verb of dying (most sentences): the loop below returns only at one (a set test at C level)
    # (the words at 0, 1 and right after «أن» only, found at C level, instead of a test at every word)
    openings = {0, 1, *compress(count_from(1), map(_THAT.__contains__, words))}
    for k in sorted(k for k in openings if k < len(words)):
        word = words[k]
        if k > 1 and words[k - 1] not in _THAT:
            continue  # the subject opens the headline (after its place tag) or «أن»: not «ذوي مريض توفي» (a patient's kin)
        if word.endswith("ا") and word[:-1] in UNTITLED_VICTIMS:
            word = word[:-1]  # «أن عاملا تونسيا ... توفي»: the subject of «أن» is accusative
        if word in UNTITLED_VICTIMS or (k == 0 and word in _MY_KIN) or (k == 0 and word in ("بنت", "ولد") and (
                words[1:2] != [] and words[1] in _MY_KIN)):  # «بنت خالي ... توفت»: my cousin (Arabic pass 106)
            count, dies, meets = 1, _ONE_DIES, _ONE_MEETS
        elif dual_of_victim(word):
            count, dies, meets = 2, _TWO_DIE, _TWO_MEET
        else:
            continue
        for j in range(k + 1, min(len(words), k + 2 + _SUBJECT_GAP)):
            if words[j] in _CLAUSE_OPENERS or plural_of_victim(words[j]) or dual_of_victim(words[j]) or (
                    words[j].startswith("و") and singular_victim(words[j])):
                break  # another clause or more victims: not this one's verb alone
            if _death_verb(words, j, dies, meets):
                return count
    return None


# «ضربوا اثنين من رفاقهم حتى الموت», «عذبوه حتى الموت»: a beating or torture «until death» killed its victims; the
# number the beating counted is the dead (Arabic pass 62). Not «إضراب عن الطعام حتى الموت» (no harm trigger before).
_TO_DEATH_REACH = 6
_BEATING_KINDS = frozenset({"injury", "torture"})


def beaten_to_death(words: list[str], trigger_at: dict[int, str]) -> int | None:
    """«حتى الموت» within six words after an injury or torture trigger of the sentence: 0 (the dead are the count the
    beating read), or the victims named between the trigger and it when they are one or two («عذبوا محتجزا حتى
    الموت» = 1, «ضربوا شابين حتى الموت» = 2); None when there is no such phrase."""
    if "الموت" not in words:
        return None  # a cheap test first: no «الموت», no such phrase (speed pass 14)
    for k in range(1, len(words) - 1):
        if words[k] != "حتي" or words[k + 1] != "الموت":
            continue
        harm = [j for j in range(max(0, k - _TO_DEATH_REACH), k) if trigger_at.get(j) in _BEATING_KINDS]
        if not harm:
            continue
        for j in range(harm[-1] + 1, k):
            if dual_of_victim(words[j]):
                return 2
            if singular_victim(words[j]) and not plural_of_victim(words[j]):
                return victims_from(words, j)
        return 0
    return None


# «أن ثلاثة مسلحين من مجموعة تابعة لجهاز دعم الاستقرار وعنصرين من كتيبة محلية قتلوا»: the people listed after «أن»,
# each counted with the unit he belongs to, are the subject of the plural passive verb after them (Arabic pass 62: a
# military source's toll; 3 + 2). The numbers are read only at the start of the list and after «و».
_PLURAL_KILLED = frozenset({"قتلوا", "قتلا", "توفوا", "توفيا"})
_LIST_REACH = 14  # the list's words at most («أن» 15 words before the verb)
_UNIT_REACH = 7  # «من مجموعة تابعة لجهاز دعم الاستقرار»: «من» and six words of the unit
# a passive verb is followed by a time or the circumstance; an object after it makes it active («قتلوا شابا»)
_AFTER_PASSIVE = frozenset({"في", "خلال", "اثر", "جراء", "برصاص", "بالرصاص", "عند", "قرب", "بعد", "اثناء",
                            "بنيران", "بقذيفه", "علي"})


def listed_before_killed(words: list[str]) -> int | None:
    """The sum of the counts that open each part of the subject between «أن» and a passive «قتلوا»: a part is a number
    and its people, a dual or one victim («وعنصرا»), then «من» and up to six words of the unit («من مجموعة تابعة لجهاز
    دعم الاستقرار»), then «و» and the next part or the verb; None when any other word stands in the list."""
    if _PLURAL_KILLED.isdisjoint(words):
        return None  # a cheap test first: no plural passive verb, the loop reads none (speed pass 14)
    for v, verb in enumerate(words):
        if verb not in _PLURAL_KILLED:
            continue
        start = passive_subject_start(words, v, v, that=_THAT, after=_AFTER_PASSIVE, reach=_LIST_REACH)
        if start is None or start >= v:
            continue
        total = sum_victims(words, start, v, people=_counted_people, tail=_past_unit)
        if total is not None:
            return total or None
    return None


def _counted_people(word: str) -> bool:
    """The word after a number names the people counted («ثلاثة مسلحين»), not a span of time («ثلاثة أيام»)."""
    return word not in NOT_COUNTS_AFTER and word not in MONTH_WORDS


def _past_unit(words: list[str], k: int, end: int) -> int:
    """Past «من» and the unit the part belongs to («وعنصرا من كتيبة»), up to the next «و» part or the verb; ``k``
    when no «من» stands there or the unit runs past ``_UNIT_REACH`` words."""
    if words[k] != "من" and words[k - 1] != "من":  # «12 من عناصر التنظيم و4 من قوات المجلس»: the number's own «من»
        return k  # and its unit (Arabic pass 132)
    past = next((j for j in range(k + 1, min(end, k + 1 + _UNIT_REACH)) if words[j].startswith("و")), end)
    return k if past == end and end - k > _UNIT_REACH else past



# Arabic pass 106 (tune106): «تعازي ... إلى أسرة المعلم فلان وابنه اللذين توفيا في حادث»: a relative pronoun right before
# a death verb of its own number says how many died (the relative's antecedent is the dead: one name, or a name and his
# kin, which the single-victim rules do not read as one subject); «الذين توفوا» (a plural) gives no count. Not «الذي
# قتل» (also the active «who killed»); the dual «قتلا» only with its cause after it («قتلا برصاص»).
_RELATIVE_TWO = frozenset({"اللذين", "اللذان", "اللتين", "اللتان"})
_ONE_DIED = frozenset({"توفي", "توفيت", "توفت", "مات", "ماتت", "استشهد", "استشهدت", "لقي", "لقيت", "فارق", "فارقت"})
_TWO_DIED = frozenset({"توفيا", "توفيتا", "ماتا", "ماتتا", "استشهدا", "استشهدتا", "لقيا", "لقيتا", "فارقا", "فارقتا",
                       "قتلا", "قتلتا"})


# the cause told after the verb: the means («برصاص», «بصعقة»), «إثر / جراء / متأثرا», or «في» + an event word; not
# «بعد» nor a hospital («توفي بالمستشفى»): «والده الذي توفي يوم أمس» tells no cause, a death of age or illness
_CAUSE_AFTER = frozenset({"اثر", "جراء", "متاثرا", "متاثره", "متاثرين", "غرقا", "حرقا", "حتفه", "حتفها", "حتفهما"})
_EVENT_AFTER_IN = frozenset({"حادث", "الحادث", "حادثه", "انفجار", "قصف", "هجوم", "اشتباكات", "حريق", "انقلاب",
                             "تصادم", "اصطدام", "غرق", "الهجوم", "القصف", "الانفجار"})
_NOT_MEANS = ("بعد", "بالمستشفي", "بمستشفي", "بين")
_CAUSE_REACH = 4  # «الذي فارق الحياة اليوم بصعقة كهربائية»: the verb's noun and a day before the means


def _cause_after(words: list[str], verb: int) -> bool:
    for k in range(verb + 1, min(len(words), verb + 1 + _CAUSE_REACH)):
        word = words[k]
        if word in _CAUSE_AFTER or (word.startswith("ب") and not word.startswith(_NOT_MEANS) and len(word) > 3) or (
                word == "في" and k + 1 < len(words) and words[k + 1] in _EVENT_AFTER_IN):
            return True
    return False


def relative_died(words: list[str]) -> int | None:
    """1 for «الذي / التي توفي(ت)», 2 for «اللذين / اللتين توفيا»: the first relative pronoun right before a death verb
    of its number, with the death's cause told after it (``_cause_after``); None when the sentence has none."""
    if WHO_SINGULAR_OR_DIALECT.isdisjoint(words) and _RELATIVE_TWO.isdisjoint(words):
        return None  # most sentences (one set test first)
    for k, word in enumerate(words[:-1]):
        verb = words[k + 1]
        if word in WHO_SINGULAR_OR_DIALECT and verb in _ONE_DIED and _cause_after(words, k + 1):
            return 1
        if word in _RELATIVE_TWO and verb in _TWO_DIED and _cause_after(words, k + 1):
            return 2
    return None


# «ولدي خطفوه ولقيناه ميت», «ولقوها ميتة», «وعثر عليه ميتا»: a finding verb with one object pronoun right before
# «ميت» (dead, in the dialect's and MSA's forms) is one dead, as «العثور على جثة» is (Arabic pass 106); a plural
# object («لقيناهم ميتين») gives no count of one
# Arabic pass 128 (tune128): «لقوه مقتول», «لقيناها مقتولة», «لقوه مذبوح»: found killed (or slaughtered) is found
# dead, in the dialect's forms; not the MSA accusative («وكان قد عثر عليه مقتولا»: a trial story retelling the find of
# its victim, whose counts stay null; tune23 rw23t-75 moved with it)
_DEAD_STATE = frozenset({"ميت", "ميتا", "ميته", "مقتول", "مقتوله", "مذبوح", "مذبوحه"})
_FINDING_STEMS = ("لقي", "لقا", "لقو", "وجد", "عثر", "عليه", "عليها")


def found_dead(words: list[str]) -> int | None:
    """1 when a finding verb (or «عليه / عليها» after «عثر») ends in «ه / ها» and «ميت / ميتا / ميتة» follows it."""
    if _DEAD_STATE.isdisjoint(words):
        return None  # no «dead» state: most sentences
    for k in range(1, len(words)):
        if words[k] not in _DEAD_STATE:
            continue
        for before in {words[k - 1], strip_and(words[k - 1])}:  # «وجدوه» keeps its «و», «ولقيناه» drops the «and»
            if before.endswith(SINGULAR_ENDINGS) and not before.endswith(("هم", "هما")) and before.startswith(
                    _FINDING_STEMS) and (not before.startswith("علي") or (
                    k >= 2 and strip_and(words[k - 2]) in ("عثر", "عثرت", "عثروا"))):
                return 1
    return None


# «عثرت على شاب في الثلاثين متوفى داخل منزله», «العثور على رجل منتحرا في شقته»: a person found on whom a dead state is
# told (dead, hanged, a suicide or killed) is one dead, as «العثور على جثة» is (Arabic pass 118; a suicide keeps its
# count, the twelfth session's answer); a dual victim two. Not «عثرت على الطفل سالما» (no dead state), nor a state
# more than ``_DEAD_STATE_REACH`` words after the victim (an age, «من عمره», between)
_FOUND_ON = FOUND_VERBS | {"العثور"}
_DEAD_STATES = frozenset({"متوفي", "متوفيا", "متوفاه", "ميتا", "ميته", "منتحرا", "منتحره", "مقتولا", "مقتوله",
                          "مشنوقا", "مشنوقه", "متوفيين", "متوفيان", "ميتين", "مقتولين"})
_DEAD_STATE_REACH = 5  # the victim, «في الثلاثين من عمره», then the state


def found_in_dead_state(words: list[str]) -> int | None:
    """1 (2 for a dual victim) when a finding verb, «على» and a person noun come right before a dead state word
    (``_DEAD_STATES``) within ``_DEAD_STATE_REACH`` words after the victim; None otherwise."""
    if _DEAD_STATES.isdisjoint(words):
        return None  # no dead state: most sentences
    for k in range(len(words) - 2):
        if words[k] not in _FOUND_ON or words[k + 1] != "علي":
            continue
        victim = words[k + 2]
        two = dual_of_victim(victim)
        if not (two or singular_victim(victim)):
            continue
        if not _DEAD_STATES.isdisjoint(words[k + 3 : k + 3 + _DEAD_STATE_REACH]):
            return 2 if two else 1
    return None
