"""Victims added to a sentence's first count: more hurt named by their wounds («وآخر بجروح»), companions and
kin hurt beside the first, «أحدهما» of another pair, a vehicle's load all hurt, victims listed one by one or
each with its own trigger. Separate because they run once the numbers are read, to add to them, not to find
them."""

from __future__ import annotations

from itertools import pairwise

from nlp.counts import YEAR_WORDS, parse_number
from nlp.counts_hurt import HOSPITALS, TREATMENT, WOUND_RE
from nlp.counts_rules_en import EN_MORE
from nlp.counts_single import not_done
from nlp.counts_words import (
    EN_HOW_BADLY,
    HURT_PASSIVES,
    NAMED_VICTIMS,
    OTHERS_PLURAL,
    OWN_WOUNDS,
    SINGULAR_ENDINGS,
    SINGULAR_VICTIMS,
    SLOT_OF_KIND,
    dual_of_victim,
    plural_person,
    possessed_plural,
    singular_victim,
    strip_and,
)
from nlp.morph import word_forms

# «كما أصيب مواطن كان يمر بالمكان», «فيما أصيب ثلاثة آخرون»: a sentence opened by these and a verb of harm tells
# of more victims of the event the text reports, not the same ones again («كما قال المصدر إن ...», «كما تم نقل
# المصابين الثلاثة» may restate them).
_ALSO = {"كما", "فيما"}
_HARM_VERBS = {"اصيب", "اصيبت", "اصيبا", "اصيبوا", "جرح", "جرحت", "توفي", "توفيت", "قتل", "قتلت", "لقي", "لقيت",
               "لقيا", "لقوا", "استشهد", "استشهدت", "تعرض", "تعرضت", "هلك", "فارق", "فارقت", "اسفر", "اسفرت"}


_EN_ALSO_HARMED = {"killed", "wounded", "injured", "hurt", "died"}


# Arabic pass 94 (tune94): «نقل إحداهما إلى غرفة العمليات بعد إصابتها» then «وإن الممرضة الثانية أصيبت بكدمات»: a
# definite victim told as the second or the other of a pair, then her hurt verb, is one more than the first
_THE_OTHER = frozenset({"الثاني", "الثانيه", "الاخر", "الاخري"})


def _the_other_hurt(words: list[str]) -> bool:
    """«الممرضة الثانية أصيبت», «الحارس الآخر أصيب»: a definite noun, «الثاني / الآخر» (either gender), a hurt passive."""
    return not _THE_OTHER.isdisjoint(words) and any(
        b in _THE_OTHER and a.startswith(("ال", "وال")) and c in HURT_PASSIVES
        for a, b, c in zip(words, words[1:], words[2:], strict=False))


# Arabic pass 100 (tune100): «وفي المكان نفسه أصيب زبونان», «وفي نفس الهجوم أصيب شابان»: a sentence opened by the same
# place or event, then a verb of harm, tells more victims of it, as «كما أصيب» does
_IN = frozenset({"في", "وفي"})
_SAME = frozenset({"نفسه", "ذاته", "نفسها", "ذاتها", "نفس"})
_SAME_WHERE = frozenset({"المكان", "الموقع", "الحادث", "الحادثه", "الهجوم", "الاعتداء"})


def _same_place_harm(words: list[str]) -> bool:
    """«وفي المكان نفسه أصيب», «وفي نفس الحادثة أصيب»: «في» + the place or the event + «نفسه / ذاته» (or «نفس» before
    it), then a verb of harm."""
    if len(words) < 4 or words[0] not in _IN:
        return False
    pair = (words[1], words[2]) if words[1] != "نفس" else (words[2], words[1])
    return pair[0] in _SAME_WHERE and pair[1] in _SAME and words[3] in _HARM_VERBS


# a force's own men named with its pronoun («من قواته», «في صفوفها»; Arabic pass 49, read by ``arabic_own_losses``)
_OWN_MEN = frozenset({"قواته", "قواتها", "عناصره", "عناصرها", "جنوده", "جنودها", "افراده", "افرادها", "منتسبيه",
                      "منتسبيها", "رجاله", "رجالها", "صفوفه", "صفوفها"})


# Arabic killed pass (all tune files, twentieth session): «قال الجيش إنه قتل 40 من عناصر القوات المهاجمة» then
# «وأضاف أن ثمانية من جنوده قتلوا في المواجهات», «وأوضح أن خمسة من جنود الجيش قتلوا»: the speaking force's own dead told
# in a sentence of their own after the enemy's toll, the second number of one clash (the guide adds both sides, as
# ``arabic_own_losses`` does inside one sentence); opened by a verb of adding, «أن / إن», the number, «من» + soldiers
_ADDED_SPEECH = frozenset({"واضاف", "واضافت", "واوضح", "واوضحت", "وتابع", "وتابعت"})
_SOLDIERS = _OWN_MEN | {"جنود"}
_OWN_DEAD_REACH = 5  # «ثلاثة من جنود الكتيبة 21 صاعقة قتلوا»: the body's name between the soldiers and the verb
_KILLED_PLURALS = frozenset({"قتلوا", "استشهدوا", "لقوا"})
_THAT_REACH = 3  # «وأوضح في بيان أن»: a source named between the verb and «أن»


def _own_dead_added(words: list[str]) -> bool:
    """«وأضاف أن ثمانية من جنوده قتلوا», «وأوضح في بيان أن خمسة من جنود الجيش قتلوا»: a verb of adding, «أن / إن»
    within ``_THAT_REACH`` words, a number, «من» + soldiers or the force's own men, and a plural killed verb within
    ``_OWN_DEAD_REACH`` words after them."""
    that = next((k for k in range(1, min(len(words), 1 + _THAT_REACH)) if words[k] == "ان"), None)
    if that is None or (parsed := parse_number(words, that + 1)) is None:
        return False
    j = that + 1 + parsed[1]
    if words[j : j + 1] != ["من"] or j + 1 >= len(words) or words[j + 1] not in _SOLDIERS:
        return False
    return not _KILLED_PLURALS.isdisjoint(words[j + 2 : j + 2 + _OWN_DEAD_REACH])


def adds_victims(words: list[str]) -> bool:
    """The sentence adds a group of victims to the ones already counted («كما أصيب شقيقه بجروح», "Two fighters were
    also killed in the clashes"; «الممرضة الثانية أصيبت بكدمات»: ``_the_other_hurt``; «وفي المكان نفسه أصيب
    زبونان»: ``_same_place_harm``; «وأضاف أن ثمانية من جنوده قتلوا»: ``_own_dead_added``)."""
    return len(words) > 1 and words[0] in _ALSO and words[1] in _HARM_VERBS or _the_other_hurt(words) or (
        _same_place_harm(words)) or (len(words) > 5 and words[0] in _ADDED_SPEECH and _own_dead_added(words)) or (
        "also" in words and any(
        w in ("was", "were") and words[k + 1] == "also" and (words[k + 2] in _EN_ALSO_HARMED or (
            words[k + 2] in EN_HOW_BADLY and words[k + 3 : k + 4] != [] and words[k + 3] in _EN_ALSO_HARMED))
        for k, w in enumerate(words[:-2])))  # "A teacher was also lightly hurt" (English pass 22; "also": speed pass 14)



# English injured pass (all tune files): "Two other protesters suffered fractures in the crush", "Two more students
# were treated later for wounds from shattered glass": a sentence opened by a number and "other / more" tells a second
# group hurt beside the one counted before it ("A protester was shot ..." then the two others = 3), as "also" does
_EN_MORE_OPENERS = frozenset({"and", "but", "while"})


def english_more_hurt(words: list[str]) -> bool:
    """The sentence opens (after "and / but / while" at most) with a number and "other / more / further / additional":
    more people than those told before (the caller reads it only for an injured count, beside an injured count)."""
    start = 1 if words[:1] != [] and words[0] in _EN_MORE_OPENERS else 0
    if words[start : start + 2] in (["at", "least"], ["more", "than"]):
        start += 2  # "At least six other people were killed in the same strike" (English killed pass, all tune files)
    parsed = parse_number(words, start)
    return parsed is not None and words[start + parsed[1] : start + parsed[1] + 1] != [] and (
        words[start + parsed[1]] in EN_MORE)



def each_listed(words: list[str], trigger_at: dict[int, str]) -> dict[str, int]:
    """Civil-protection reports list each victim with a trigger of its own («إصابة شخص بحروق، إصابة امرأة بكسور
    وإصابة طفل» = 3, «مقتل شاب ومقتل سائق الشاحنة» = 2): each trigger of one kind right before an indefinite singular
    victim is one more (a definite one, «نقل الشاب المصاب», is the same victim told again)."""
    each: dict[str, int] = {}
    for k, kind in trigger_at.items():
        slot = SLOT_OF_KIND.get(kind)
        if slot and k + 1 < len(words) and words[k + 1] in NAMED_VICTIMS and not not_done(words, k):
            each[slot] = each.get(slot, 0) + 1
    return {slot: n for slot, n in each.items() if n > 1}


_OTHERS = {"واخر": 1, "واخران": 2}
_WOUND_PHRASES = ("بجروح", "باصابه", "باصابات", "بحروق", "بكسور", "برضوض")


def others_hurt(words: list[str]) -> int:
    """More injured named by their wounds after a first count: «وآخر بجروح خطيرة», «وآخران بإصابات طفيفة»."""
    if _OTHERS.keys().isdisjoint(words):
        return 0  # neither word (most sentences): the sum below is 0 (speed pass 12)
    return sum(_OTHERS[w] for w, after in pairwise(words) if w in _OTHERS and after.startswith(_WOUND_PHRASES))


# companions and kin of the first hurt person (longest stems first: «شقيقت» before «شقيق»); stems, read by prefix with
# a possessive ending after them (``_companion_tail``), so not the whole words of ``counts_rules._SPEAKER_KIN``
# «وأصيبت والدته بكسور», «كما أصيب ابنه بشظايا»: a parent or son too (Arabic pass 53)
_COMPANIONS = ("زميل", "رفيق", "مرافق", "صديق", "شقيقت", "شقيق", "اخت", "زوجت", "ابنت", "والدت", "والد", "ابن", "نجل")
_COMPANION_TWO = ("اه", "يه", "اها", "يها")  # «زميلاه», «رفيقيه»: his two colleagues
_COMPANION_VERBS = frozenset({"تعرض", "تعرضت", "تعرضا", "نقل", "نقلت", "اصيب", "اصيبت", "اصيبا"})
_FIRST_HURT = frozenset({"اصيب", "اصيبت", "باصابه", "لاصابه", "بجروح",
                         "جروح"})  # «أن الفتاة تعاني من جروح ...، في حين أصيبت والدتها» (Arabic pass 134)


def _companion_value(word: str, stems: tuple[str, ...] = _COMPANIONS) -> int:
    """1 for a possessed companion («زميله», «رفيقها»), 2 for a possessed dual («زميلاه», «مرافقيه»), else 0: the
    ending after the first of ``stems`` the word opens with."""
    stem = next((stem for stem in stems if word.startswith(stem)), None)
    return 0 if stem is None else _companion_tail(word[len(stem) :])


def companions_hurt(words: list[str]) -> int:
    """Companions or kin of a first hurt person told hurt or taken to care after her in the same sentence («أصيب
    بكسور ونقل إلى المستشفى، فيما تعرض زميلاه لرضوض», «أصيب برضوض ونقل زميله إلى المستشفى لإصابته», «أصيبت في
    الوجه، كما أصيبت أختها في الفم»): an assault's group told person by person; each is another hurt (a possessed
    companion is someone else than the one first hurt).
    Only after a first hurt word; «تعرض» needs a wound after it, «نقل» a hospital or treatment."""
    first = next((k for k, w in enumerate(words) if strip_and(w) in _FIRST_HURT), None)
    if first is None:
        return 0
    added = 0
    for k in range(first + 1, len(words) - 1):
        verb = strip_and(words[k].removeprefix("ف"))
        value = _companion_value(words[k + 1]) if verb in _COMPANION_VERBS else 0
        if not value:
            continue
        rest = words[k + 2 : k + 8]
        if verb.startswith("تعرض") and not any(w.startswith(("ل", "ب")) and WOUND_RE.search(w) for w in rest[:2]):
            continue
        if verb.startswith("نقل") and not any(word_forms(w) & (HOSPITALS | TREATMENT) for w in rest):
            continue
        added += value
    return added


# the wound phrase that tells one victim's own wound («بطلق في الكتف», «بشظايا زجاج»): ``OWN_WOUNDS``
_OWN_WOUND_REACH = 4  # the second victim's name (up to three words) before his wound


def definite_hurt_each(words: list[str]) -> int:
    """«إصابة السائق أحمد بطلق في الكتف والمسعف خالد بشظايا في الوجه»: after a first victim's own wound, another
    definite victim joined by «و» with a wound of his own is one more hurt (Arabic pass tune47). Not a second
    victim before any wound («أصيب المراسل والمصور بجروح»: both already counted), nor one with no wound after him
    («والراكب محمود قال إن ...»: a witness)."""
    first = next((k for k, w in enumerate(words) if w.startswith(OWN_WOUNDS)), None)
    if first is None:
        return 0
    return sum(1 for k in range(first + 1, len(words) - 1) if words[k].startswith("وال") and (
        words[k][3:] in NAMED_VICTIMS) and any(w.startswith(OWN_WOUNDS) for w in words[k + 1 : k + 1 + _OWN_WOUND_REACH]))


# a pilot's or a driver's assistant («مساعده») beside the companions, only in ``companion_hurt_after_death``:
# elsewhere «مساعده» is also the noun "aid" («مساعدة») once normalised
_DEATH_COMPANIONS = (*_COMPANIONS, "مساعد")


_HURT_VERBS = HURT_PASSIVES | {"اصيبا"}  # (built once, not at each word; speed pass 14)
_HURT_VERBS_WRITTEN = frozenset(clitic + verb for verb in _HURT_VERBS for clitic in ("", "و", "ف"))  # as strip_and reads


def companion_hurt_after_death(words: list[str]) -> int:
    """«لقي طيار مصرعه وأصيب مساعده بكسور»: after a death, «أصيب» + a possessed companion with a wound told right after
    is someone hurt beside the dead (1, or 2 for a dual) though no victim noun names him (Arabic pass tune38)."""
    if _HURT_VERBS_WRITTEN.isdisjoint(words):
        return 0  # a cheap test first: no «أصيب / أصيبت / أصيبا» (with «و / ف»), the loop finds none (speed pass 14)
    for k in range(len(words) - 2):
        if strip_and(words[k]) not in _HURT_VERBS:
            continue
        value = _companion_value(words[k + 1], _DEATH_COMPANIONS)
        if value and any(w.startswith("ب") and WOUND_RE.search(w) for w in words[k + 2 : k + 4]):
            return value
    return 0


def _companion_tail(rest: str) -> int:
    """2 for a possessed dual's ending («اه», «يه»), 1 for a possessed singular's («ه», «ها»), else 0."""
    return 2 if rest in _COMPANION_TWO else 1 if rest in SINGULAR_ENDINGS else 0


_PAIR_ONE = frozenset({"احدهما", "احداهما"})


def one_of_another_pair(words: list[str], first: int) -> int:
    """«أصيب ثلاثة منهم في الرجل، فيما تبين أن اثنين منهم دون وثائق وقد أصيب أحدهما»: «one of the two» hurt after a
    first count that is not two belongs to another pair, one more (after a count of two, «أصيب اثنان ... أحدهما
    بجروح خطيرة», it is one of them)."""
    if first == 2 or _PAIR_ONE.isdisjoint(words):
        return 0
    return sum(1 for verb, one in pairwise(words) if one in _PAIR_ONE and strip_and(verb) in HURT_PASSIVES)


_OTHER_ONES = OTHERS_PLURAL | {"اخران", "اخريان", "اخريين"}  # and the duals («واثنان آخران بجروح»)


def hurt_by_number(words: list[str], first: int) -> int:
    """A second number of injured named by their wounds, after the first count's own wounds: «أصيب ثلاثة أشخاص بجروح
    طفيفة واثنان بجروح خطيرة» = 5. Only when the number before it is the first count (``first``): «إصابة 5 أشخاص
    بجروح متفاوتة، ثلاثة بجروح طفيفة واثنان بجروح خطيرة» breaks the five down and adds nothing."""
    if not any(b.startswith(_WOUND_PHRASES) and (a.startswith("و") or a in _OTHER_ONES) for a, b in pairwise(words)):
        return 0  # most sentences: no «و» word (or «آخرون») right before a wound phrase
    previous = None  # the last number read before «و» and its wounds
    for k in range(len(words) - 1):
        parsed = parse_number(words, k)
        if parsed is None:
            continue
        value, used = parsed
        wounded = any(w.startswith(_WOUND_PHRASES) for w in words[k + used : k + used + 3])
        # «وستة آخرون بجروح طفيفة»: «آخرون» between the second number and its wounds (Arabic pass 68)
        wound_at = k + used + (words[k + used] in _OTHER_ONES if k + used < len(words) else 0)
        if words[k].startswith("و") and previous is not None and words[wound_at : wound_at + 1] and (
                words[wound_at].startswith(_WOUND_PHRASES)):
            return value if previous == first else 0
        previous = value if wounded else None
    return 0


_THEY = {"هم", "وهم", "هما", "وهما", "هن", "وهن"}  # not «منهم», «بينهم»: part of the victims
_LIST_REACH = 6  # words from the trigger (or «المصابون») to «هم»
_RANK_WORDS = SINGULAR_VICTIMS | {"وكيل"}  # «وكيل» is a Tunisian police rank in a list of the hurt


def listed_victims(words: list[str], trigger_at: dict[int, str]) -> dict[str, int]:
    """Victims listed one by one after «هم» or «كل من» that closely follows a trigger («أصيب أعوان أمن، وهم رقيب
    ووكيل وعريف», «والمصابون هم الرقيب محمد والعريف علي والوكيل سامي», «وهم محمد (25 سنة) وعلي (30 سنة)»): one per
    person noun or rank that opens the list or follows «و», or one per age; only a list of two or more, of the
    trigger's kind."""
    if _THEY.isdisjoint(words) and "كل" not in words:
        return {}  # a cheap test first (every sentence with a count): neither «هم» nor «كل من»
    for at, word in enumerate(words):
        if word not in _THEY and not (word == "من" and at > 0 and words[at - 1] == "كل"):
            continue  # «وهم رقيب ووكيل», «أصيب كل من السائق ومرافقه وطفل»
        kind = next((trigger_at[t] for t in range(at - 1, max(-1, at - 1 - _LIST_REACH), -1) if t in trigger_at), None)
        if SLOT_OF_KIND.get(kind or "") is None:
            continue
        items = ages = 0
        for k in range(at + 1, min(len(words), at + 24)):
            word_k = words[k]
            opens = k == at + 1 or (word_k.startswith("و") and len(word_k) > 3)
            stem = word_k[1:] if k > at + 1 else word_k
            if opens and (word_forms(stem) & _RANK_WORDS or (stem.startswith("ال") and stem[2:] in _RANK_WORDS)):
                items += 1
            if word_k.isdigit() and k + 1 < len(words) and words[k + 1] in YEAR_WORDS:
                ages += 1  # «وهم محمد (25 سنة) وعلي (30 سنة)»: one age per person named
        if max(items, ages) >= 2:
            return {SLOT_OF_KIND[kind or ""]: max(items, ages)}
    return {}


# «غرق قارب يقل 45 مهاجرا»: a number after a carrying verb counts passengers, not casualties.
_CARRYING = {"يقل", "تقل", "يقلون", "يحمل", "تحمل", "متن", "متنه", "متنها", "ركابه", "carrying", "aboard", "board"}


def carries_people(words: list[str], k: int) -> bool:
    """The word at ``k`` says a vehicle carries people («حافلة تقل», «على متنها»), not «لا يقل عن» (at least)."""
    return words[k] in _CARRYING and (k == 0 or words[k - 1] not in ("لا", "ما"))


def carried_load(words: list[str]) -> tuple[int, int] | None:
    """(how many, the index after them) of the people a vehicle carries: «حافلة تقل 20 عاملا», «على متنها 4
    أشخاص» (not «لا يقل عن»: at least)."""
    if _CARRYING.isdisjoint(words):
        return None  # a cheap test first: this runs on every sentence
    for k, word in enumerate(words[:-1]):
        if carries_people(words, k):
            parsed = parse_number(words, k + 1)
            noun_at = k + 1 + parsed[1] if parsed else len(words)
            if parsed and noun_at < len(words) and (plural_person(words[noun_at]) or singular_victim(words[noun_at])):
                return parsed[0], noun_at + 1
            return None
    return None


_EXPOSED_ALL = {"تعرضوا", "تعرضن", "تعرضا"}  # «وقد تعرضوا لإصابات متفاوتة الخطورة»


def _group_hurt(words: list[str], k: int) -> bool:
    """The trigger at ``k`` is told of a group already named, with no number of its own: a plural verb («وقد
    أصيبوا بجروح») or «تعرضوا» before it («وقد تعرضوا لإصابات متفاوتة الخطورة»)."""
    verb = strip_and(words[k])
    plural = (verb.endswith("وا") and len(verb) > 4) or any(strip_and(w) in _EXPOSED_ALL for w in words[max(0, k - 2) : k])
    return plural and not any(parse_number(words, j) for j in range(k + 1, min(len(words), k + 4)))


_HURT_WORDS = ("اصاب", "اصيب", "جروح", "جرح")  # a cheap test: most sentences hold none


def load_hurt(words: list[str]) -> bool:
    """A sentence telling that the people of a vehicle named in the sentence before were hurt, with no number of
    its own: «كانت الحافلة تقل 20 عاملا. وقد أصيبوا بإصابات متفاوتة الخطورة»."""
    return any(any(h in word for h in _HURT_WORDS) and _group_hurt(words, k) for k, word in enumerate(words))


_ALL_ABOARD = {"ركابها", "ركابه", "جميعهم", "جميعا", "كلهم", "جميع", "كافه"}


def all_carried(words: list[str], trigger_at: dict[int, str]) -> dict[str, int]:
    """A vehicle's load of people all harmed: «حافلة تقل 20 مسافرا ... أصيب جميع الركاب», «وأصيب ركابها»,
    «أصيبوا جميعا», «كانت السيارة تقل 4 أشخاص، وقد تعرضوا لإصابات» (a plural verb with no number of its own). The
    number after «تقل/يقل/على متنها» is no count by itself (``counts_rules._trigger_before``); it is when a trigger after it
    names all of them."""
    load = carried_load(words)
    if load is None:
        return {}
    carried, start = load
    for k in range(start, len(words)):
        if SLOT_OF_KIND.get(trigger_at.get(k, "")) and (
                any(strip_and(w) in _ALL_ABOARD for w in words[k + 1 : k + 3]) or _group_hurt(words, k)):
            return {SLOT_OF_KIND[trigger_at[k]]: carried}
    return {}


# Arabic pass 132 (tune132): «مقتل جميع ركاب طائرة صغيرة تابعة لشركة طيران محلية وعددهم 47 شخصا»: all the people a
# trigger names, then how many they were told by «عددهم» («وعددهم 47», «البالغ عددهم 47»): that number is its count
_THEIR_NUMBER = frozenset({"عددهم", "وعددهم"})
_ALL_OF = frozenset({"جميع", "كل", "كافه"})
_THEIR_NUMBER_REACH = 12  # «جميع ركاب طائرة صغيرة تابعة لشركة طيران محلية وعددهم»


def all_of_them_numbered(words: list[str], trigger_at: dict[int, str]) -> dict[str, int]:
    """The slot and number of «مقتل جميع ركاب ... وعددهم 47 شخصا» (a trigger, «جميع / كل» right after it, then
    «عددهم» + a number within ``_THEIR_NUMBER_REACH`` words); empty otherwise."""
    if _THEIR_NUMBER.isdisjoint(words):
        return {}  # a cheap test first: most sentences have no «عددهم»
    for k, kind in trigger_at.items():
        slot = SLOT_OF_KIND.get(kind)
        if not slot or k + 1 >= len(words) or words[k + 1] not in _ALL_OF:
            continue
        for j in range(k + 2, min(len(words) - 1, k + 2 + _THEIR_NUMBER_REACH)):
            if words[j] in _THEIR_NUMBER and (parsed := parse_number(words, j + 1)) is not None:
                return {slot: parsed[0]}
    return {}


# Arabic pass 49 (tune49): «أعلن الجيش مقتل 20 متمردا ...، مؤكدا مقتل جنديين من قواته»: a force that tells its own
# men killed after the enemy's toll gives the second number of one event (the guide adds them: «71 مسلحا و7
# عسكريين» -> 78), as the English "losing two of its own soldiers" (``english_own_losses``)
_OWN_DEATHS = frozenset({"مقتل", "ومقتل", "سقوط", "استشهاد", "ومصرع", "مصرع"})


# Arabic killed pass (all tune files, twentieth session): «إن ثلاثة من عناصرها قتلوا في اشتباكات مع عصابة ...، فيما
# قتل أربعة من أفراد العصابة», «فيما أعلنت المجموعة المقابلة مقتل اثنين من مقاتليها», «وقتل اثنان من المسلحين»: the
# other side's dead of the same clash, told after «فيما» / «بينما» (a death word within ``_OTHER_SIDE_REACH`` words) or
# by «وقتل» itself, a number and «من» + their body, add to the first count as the force's own men do
_OTHER_SIDE = frozenset({"فيما", "بينما"})
_OTHER_SIDE_REACH = 4
_OTHER_DEATHS = _OWN_DEATHS | {"قتل", "وقتل"}


def _other_side_death(words: list[str], k: int) -> int | None:
    """The death word opening the other side's clause at ``k`` («وقتل»), or after «فيما» / «بينما» at ``k`` within
    ``_OTHER_SIDE_REACH`` words («فيما أعلنت المجموعة مقتل»); None when ``k`` opens none."""
    if words[k] == "وقتل":
        return k
    if words[k] not in _OTHER_SIDE:
        return None
    return next((m for m in range(k + 1, min(len(words) - 2, k + 1 + _OTHER_SIDE_REACH)) if words[m] in _OTHER_DEATHS),
                None)


def _other_side_number(words: list[str], death: int) -> int | None:
    """The number right after the death word at ``death``, then «من» right after it or after its noun («أربعة من أفراد
    العصابة», «12 عنصرا من القوات»): the other side's dead; None otherwise."""
    parsed = parse_number(words, death + 1)
    if parsed is None:
        return None
    j = death + 1 + parsed[1]
    return parsed[0] if any(at + 1 < len(words) and words[at] == "من" for at in (j, j + 1)) else None


def arabic_own_losses(words: list[str], first_killed: int) -> tuple[int, int] | None:
    """A death word after the first killed count (at ``first_killed``), its number or dual, then «من» + the force's own
    men with a pronoun («من قواته», «في صفوفها»), or the other side's dead after «فيما» / «وقتل» (``_other_side_death``):
    (how many, where); None when the sentence has none."""
    for k in range(first_killed + 1, len(words) - 2):
        if (words[k] in _OTHER_SIDE or words[k] == "وقتل") and (death := _other_side_death(words, k)) is not None and (
                (value := _other_side_number(words, death)) is not None):
            return value, death + 1
        if words[k] not in _OWN_DEATHS:
            continue
        parsed = parse_number(words, k + 1)
        if parsed is not None:
            value, j = parsed[0], k + 1 + parsed[1]  # the number, then «من» or its people and «من»
        elif dual_of_victim(words[k + 1]):
            value, j = 2, k + 2
        else:
            continue
        for at in (j, j + 1):
            if at + 1 < len(words) and words[at] in ("من", "في") and words[at + 1] in _OWN_MEN:
                return value, k + 1
    return None


# «الذي قتل مع أربعة فلسطينيين», «استشهد الصحفي فلان مع اثنين من زملائه» (Arabic pass 76): one victim killed «مع» a
# number of people, within a short reach of the killing word and before any clash or journey word («قتل في اشتباكات
# مع ثلاثة مسلحين»: his opponents; «كان يسافر مع ثلاثة ركاب»: his company, not his fellow dead)
_WITH_REACH = 5
_NOT_FELLOW_DEAD = frozenset({"اشتباكات", "اشتباك", "مواجهات", "مواجهه", "معارك", "معركه", "شجار", "عراك", "مشاده",
                              "خلاف", "تبادل", "كان", "كانت", "وهو", "وهي", "يسافر", "يعمل", "يتواجد"})


def killed_with_number(words: list[str], trigger_at: dict[int, str]) -> int:
    """The number of people killed with the one victim of a killing word: «قتل مع أربعة مدنيين» adds 4."""
    for k, kind in trigger_at.items():
        if SLOT_OF_KIND.get(kind) != "killed":
            continue
        for m in range(k + 1, min(len(words) - 1, k + 1 + _WITH_REACH)):
            if strip_and(words[m]) in _NOT_FELLOW_DEAD or m in trigger_at:
                break
            if words[m] != "مع" or (parsed := parse_number(words, m + 1)) is None:
                continue
            after = words[m + 1 + parsed[1] : m + 3 + parsed[1]]
            if after and (plural_person(after[0]) or (
                    after[0] == "من" and len(after) > 1 and (plural_person(after[1]) or possessed_plural(after[1])))):
                return parsed[0]
            break
    return 0
