"""Annotate one text: places, actors, incident candidates with evidence, dates and counts.

Steps: normalise once (offsets kept) -> sentences -> actors -> gazetteer places (disambiguated:
organisation, outlet and club names and titles that contain a place, weak names, namesakes abroad;
facility heads make named facilities) -> incident candidates per sentence (nlp.incidents) and the
main event's casualty counts -> event date (evidence sentence, else the lead) and event location ->
in-Libya decision (places by role and weight, country cue words, event location; nlp.place_roles,
nlp.event_place).
Each candidate carries the sentence that triggered it, so monitors see why a lead exists.
The rules and what each is for are listed in nlp/data/README.md and next to the code.
"""

from __future__ import annotations

import math
import re
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import compress, count, pairwise
from operator import itemgetter

from nlp.actors import ActorMatch, find_actors, reported_actors
from nlp.actors_en import english_actors
from nlp.classifier import RuleView, load_model
from nlp.countries import NATIONALITY_FACTOR, Cue, adjective_country, country_cues, find_cues
from nlp.counts import is_calendar_year
from nlp.counts_added import adds_victims, carried_load, english_more_hurt, load_hurt
from nlp.counts_hurt import (
    BODY_PARTS,
    assault_told,
    english_care_subject,
    english_health_ministry_speaks,
    english_hospital_speaks,
    english_hurt_by_state,
    english_kin_treated,
    english_one_in_care,
    english_one_let_go_wounded,
    english_one_wounded,
    english_others_remaining,
    english_pluperfect_hurt,
    english_pronoun_in_care,
    english_received_with_wounds,
    english_sent_to_hospital,
    english_wounded_then_died,
    hospital_tally,
    hospital_update,
    pronoun_taken_to_hospital,
    remaining_wounded_told,
    share_told_hurt,
    states_wound,
    unhurt_assault,
)
from nlp.counts_rules import (
    JOINED_HURT,
    TOGETHER_NOUNS,
    care_counts,
    early_figure,
    english_dead_hit,
    is_rising_toll,
    one_of_wounded_died,
    restated_people,
    toll_counts,
)
from nlp.counts_rules_en import (
    english_hurt_later_died,
    english_last_of_hurt_died,
    english_next_dead,
    english_share_of_attacked,
    english_side_dead,
    english_toll_put_at,
)
from nlp.counts_scope import (
    death_notice,
    earlier_event,
    english_dated_earlier,
    english_earlier_toll_clause,
    english_recalls_earlier,
    is_statistic,
    recalls_earlier_event,
    since_earlier_year,
)
from nlp.counts_single import hit_verb
from nlp.counts_words import HURT_PASSIVES, SINGULAR_ENDINGS, THAT_HE_OR_SHE
from nlp.dates import EventDate, find_date, parse_published
from nlp.event_place import (
    TOWN_PRECISIONS,
    Located,
    agent_locations,
    event_location,
    harm_site,
    in_libya,
    side_named,
)
from nlp.gazetteer import Match, load_gazetteer
from nlp.incident_combine import PRESS_HARMED
from nlp.incident_cues import UNHURT
from nlp.incident_finders import finders_ruled_out
from nlp.incident_finders_en import tear_gas_told
from nlp.incident_frames import (
    HEADLINE_OWN_FRAMES,
    document_context,
    framed_out,
    headline_frame,
    is_programme_trailer,
    lead_frame,
    points_back_to_fighters,
    recalls_judged_act,
    weak_word_for_judged_act,
)
from nlp.incident_records import CASUALTY_TYPES, Candidate, SentenceResult, load_lexicons
from nlp.incident_rules_en import english_freed_headline, english_released_unharmed
from nlp.incident_scope import AR_FIRE, MINE_FORMS, release_happened
from nlp.incident_victims import english_group_still_held, listed_victim_categories
from nlp.incident_victims_en import EN_FIGHTERS
from nlp.incidents import (
    CONTINUING,
    DAMAGE_WORDS,
    EN_HELD_STATES,
    STILL_HELD,
    analyse_sentence,
    no_damage,
    victim_status,
)
from nlp.lexicon import TOKEN_TEXT, Tokens
from nlp.listing import is_listing, listed_wounded
from nlp.morph import word_forms
from nlp.ner_actors import enabled as ner_actors_enabled
from nlp.ner_actors import ner_actor_candidates, sentences_near
from nlp.normalize import (
    clitic_variants,
    has_arabic_letters,
    has_arabic_script,
    normalize,
    with_proclitics,
    word_cache,
)
from nlp.place_roles import REPORTING_VERBS, role
from nlp.victims import (
    ages_categories,
    bracketed_age_categories,
    english_comma_age_categories,
    english_woman_named,
    victim_categories,
)
from rasad.records import Actor, Annotation, Evidence, Incident, Place

MAX_CHARS = 200_000  # longer texts are annotated on their first MAX_CHARS characters (recorded)
TIME_BUDGET_S = 2.0  # per document; incident search stops at the budget (recorded as truncated)
MIN_SENTENCES = 50  # the lead of an article is always searched, whatever the budget
SURE_CIVILIAN_HARM = 0.85  # rule confidence above which the learnt model cannot veto named civilian harm

# not a point between digits: «45.000 قتيل», «11.21 %» are one number, not a sentence end before a bare «000» or «21».
# Written for speed (the pattern is tried at every character of every text; speed pass 3, 2.5 times faster): a look-ahead
# for the characters a match may open on fails at once elsewhere, and «(?<!\d)\.» is written «\.(?<!\d\.)» (the same test)
_SENTENCE_END = re.compile(r"(?=[!?؟؛\n.\s])(?:(?:[!?؟؛\n]|\.(?<!\d\.)|\.(?!\d))+|\s[-–—]\s)")
# _SENTENCE_END for a text with no dash: its second branch cannot match, so the look-ahead need not stop at every space.
# Written to open on the character class itself (each mark, a dot only where not between two digits), which the
# engine scans for, rather than on a look-ahead tried at every character: the same matches, twice as fast (pass 8)
_SENTENCE_END_NO_DASH = re.compile(r"[!?؟؛\n.](?:(?<!\d\.)|(?!\d))(?:[!?؟؛\n.](?:(?<!\d\.)|(?!\d)))*")
# A place right after one of these is part of a name or a title, not a location.
_NOT_PLACE_AFTER = {
    "بلديه", "معتمد", "والي", "اهلي", "نادي", "فريق", "منتخب", "اتحاد", "اتفاق", "جامعه", "قناه",
    "اذاعه", "صحيفه", "جريده", "مهرجان", "حكومه", "مؤتمر", "اعلان", "بيان", "ملتقي", "عمليه", "غرفه", "مجلس",
    "عميد", "رئيس", "وزير", "شركه", "مصرف", "بنك", "مجموعه", "حزب", "حركه", "كليه", "معهد", "سفير", "سفاره",
    "قنصل", "قنصليه", "وكاله", "شبكه", "منصه", "مجله", "راديو", "تلفزيون", "موقع", "club", "team", "university",
    "agreement", "municipality", "mayor", "embassy", "council", "radio", "ahly", "ittihad",
    "اسلحه", "الاسلحه", "سلاح", "الرايه", "الورقه",  # «الأسلحة البيضاء» (knives), «الراية البيضاء»: adjectives
}
# «خلاف قبلي», «نزاع قبلي»: after an indefinite noun (as written: «طرفي النزاع، المغرب» is a place) «قبلي» is 'tribal'
_ADJECTIVE_AFTER = {"خلاف", "نزاع", "صراع", "اقتتال", "توتر", "احتقان", "شجار", "ثار", "طابع", "نسيج", "مكون"}
# «شابا ليبيا», «مواطنا سوريا»: after an indefinite accusative person noun the nisba «ليبيًّا» is written as the country
# (Arabic pass 76)
_ACCUSATIVE_PEOPLE = frozenset({"شابا", "مواطنا", "رجلا", "طالبا", "عاملا", "مهاجرا", "سائقا", "صحفيا", "ناشطا", "طفلا",
                                "شخصا", "لاجئا", "تاجرا", "صيادا", "معتقلا", "سجينا", "مسافرا", "طبيبا", "مهندسا", "مقاتلا",
                                # trades (Arabic pass 88: «بين القتلى بائعا نيجريا» is a Nigerian vendor, not Nigeria)
                                "بائعا", "مزارعا", "راعيا", "حارسا", "ممرضا", "معلما", "موظفا", "بحارا"})
# A place right before one of these is part of a club's or an outlet's name: «السدرة نيوز», "Libya Herald".
_NOT_PLACE_BEFORE = {"نادي", "club", "fc", "sc", "نيوز", "news", "tv", "تي", "تيفي", "fm", "اف", "برس", "press",
                     "herald", "observer", "times", "post", "review", "update", "الاخباريه", "اونلاين", "online",
                     "الاحرار", "بانوراما", "الحدث", "الوطنيه"}
# Heads of body names; a place after «head + indefinite noun» is inside the name: «مديرية أمن سبها»,
# «محكمة استئناف مصراتة», «شبكة أطباء السودان» (a definite word or a preposition ends the name).
_BODY_HEADS = {"مديريه", "محكمه", "شبكه", "منظمه", "جمعيه", "رابطه", "هيئه", "جهاز", "اداره", "مركز", "نقابه",
               "اتحاد", "مكتب", "غرفه", "فرع", "كتيبه", "لواء", "قوه", "سريه", "نادي", "جامعه", "مجلس"}
# Facility heads: «سجن المنستير», «ملعب طرابلس الدولي», «مستشفى سبها الطبي» are named facilities (dev rule:
# facilities are places as written, with their adjectives).
# Prepositions and connectives: «الطريق الرابطة بين مدنين» is no «head + noun + place» body name.
_NOT_CONSTRUCT = {"في", "من", "الي", "علي", "عن", "مع", "بين", "قرب", "نحو", "عبر", "حول", "داخل", "خارج", "جنوب",
                  "شمال", "شرق", "غرب", "وسط", "ضد", "لدي", "عند", "منذ", "حتي", "او", "ثم", "قبل", "بعد", "امام",
                  "خلف", "تجاه", "باتجاه", "صوب", "و", "to", "in", "of", "from", "near", "and", "at"}
# «مرسى أبوكماش», «مرسى زوارة»: an anchorage is a harbour, as «ميناء» and «مرفأ» (labelled whole in 7 of 9 guard items;
# Arabic pass 92)
_FACILITY_HEADS = {"سجن", "مستشفي", "ملعب", "ميناء", "مطار", "معبر", "منفذ", "مصفاه", "حقل", "قاعده", "مخيم", "مرفا",
                   "مرسي", "ساحه", "ميدان", "نهج", "شارع", "جسر", "زنقه", "معبد", "قصر", "prison", "hospital", "stadium", "port",
                   "airport", "refinery"}
_STREET_HEADS = {"ساحه", "ميدان", "نهج", "شارع", "زنقه", "جسر"}
_NAMED_AFTER = {"country", "area", "region", "district", "city", "town"}
_FACILITY_TWO_WORD_HEADS = {("مركز", "احتجاز"), ("مركز", "ايواء"), ("مركز", "شرطه"), ("مركز", "امن")}
_FACILITY_SECOND_WORDS = frozenset(second for _, second in _FACILITY_TWO_WORD_HEADS)  # (a gate: no pair without one)
# Who a centre holds, between its head and its town: «مركز إيواء المهاجرين بتاجوراء».
_FACILITY_OCCUPANTS = {"المهاجرين", "اللاجئين", "النساء", "الاطفال", "الاحداث"}
# Not «الحدودي»: the dev labels give «بمعبر رأس جدير الحدودي» as «معبر رأس جدير».
_FACILITY_ADJECTIVES = {"الدولي", "العالمي", "المركزي", "العسكري", "الجوي", "البحري", "التجاري", "النفطي", "العام",
                        "التعليمي", "الجامعي", "الطبي", "المدني", "البلدي", "الرئيسي", "الجويه", "العسكريه",
                        # «مستشفى جالو القروي», «مستشفى تاجوراء التخصصي» (tune40 pass: 9 items of the written sets)
                        "القروي", "التخصصي",
                        # a hospital's speciality after its town («مستشفى أبوسليم للحوادث», «مستشفى طرابلس للأطفال»,
                        # «مستشفى تاجوراء للقلب»: labelled whole in 5 of 5 guard items, Arabic pass tune45)
                        "للحوادث", "للاطفال", "للقلب", "للعيون", "للاورام", "للولاده", "للطوارئ", "للجراحه"}
_COUNTRY_PREPOSITIONS = {"في", "من", "الي", "الى", "عن", "بين", "نحو", "دوله", "جمهوريه", "شمال", "جنوب", "وسط"}
# A weak (ordinary-word) name counts as a place only after one of these.
_LOCATIVE = {"حي", "منطقه", "مدينه", "بلده", "قريه", "ضاحيه", "شارع", "طريق", "منطقة", "سجن", "معبر", "منفذ", "ميناء",
             "محور",  # a front line named by its district («في محور الهضبة», «محور عين زارة»)
             # Tunisian administrative units: «بمعتمدية المكناسي», «من ولاية ...», «بعمادة ...» (tune40 pass)
             "معتمديه", "ولايه", "عماده",
             # «ريف حماة», «مخيم طويلة»: the countryside of a town, a camp (Arabic pass 64: Syrian and Sudanese posts);
             # not «محافظة»: «بمحافظة الجوف» in Yemen would read the Libyan «الجوف»
             "ريف", "مخيم",
             "district", "town", "village", "area", "city", "neighbourhood", "neighborhood"}
_LIBYAN_STREET = "street-ly-"  # a listed Libyan street made countryless by _street_anywhere
# Arabic pass 80: «حي» (with a clitic: «بحي», «وفي حي» ends in «حي») before a listed quarter, and the kinds of place no
# quarter is (a town, a city or a country after «حي» is a quarter named after it: «حي دمشق» is listed whole)
_QUARTER_WORDS = {**dict.fromkeys(("حي", "بحي", "وحي", "فحي", "لحي", "وبحي"), "حي"),
                  **dict.fromkeys(("بوابه", "ببوابه", "وبوابه"), "بوابه")}
_NOT_QUARTERS = frozenset({"country", "region", "city", "border", "facility", "street", "area"})
# a listed name that opens with a head of its own keeps its bare form («حي مدينة نصر», «حي سوق الجمعة», «حي باب
# التبانة», «حي عين زارة», «حي قصر بن غشير»: labelled bare in the guard files)
_HEADED_NAMES = frozenset({"مدينه", "باب", "سوق", "عين", "قصر", "بئر", "سيدي", "وادي", "راس"})
# «شظية في الكتف» in a list of the wounded: a body part is no village of that name («العين» is also Al Ain: not here)
_BODY_PART_NAMES = frozenset(BODY_PARTS - {"العين"})
_BASE_WEIGHT = {"country": 0.6, "area": 0.6, "border": 0.15, "region": 0.8, "district": 0.8}
_TAG_PREPOSITIONS = frozenset({"في", "مع", "الي", "من", "علي", "عن", "بين", "داخل", "حول", "تجاه", "ضد"})
CLOSING_TAG_FACTOR = 2.0  # a place among the hashtags that close a post weighs as one in the lead
ORIGIN_FACTOR = 0.3  # an origin or destination of a crossing still says a little about the story's country


@dataclass(unsafe_hash=True)  # (not frozen: its __init__ is three times faster; hashed by its fields as before; speed pass 9)
class _Sentence:
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


_EN_WIRE_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]*(?:, [A-Z][A-Za-z ]+)?\s*\([A-Za-z .]+\)\s*[-–—]?\s*")


def _lead_number(text: str, sentences: list[_Sentence], headline: bool) -> int:
    """The lead's sentence number after a headline: past a wire dateline split off by its dash ("TRIPOLI (AP) - A
    shell struck ..." opens on a sentence of its own), whose lead may restate the headline's count (English
    pass 12)."""
    if not headline:
        return -1
    dateline = len(sentences) > 2 and _EN_WIRE_DATELINE.fullmatch(text, sentences[1].start, sentences[1].end)
    return 2 if dateline else 1


def _headline_colon(text: str, match: re.Match[str], line_end: int) -> bool:
    """«مصر.. انهيار مبنى» in a headline (the text's first line, ending at ``line_end``, more of it after the
    dots): «..» stands for a colon, so the headline stays one sentence and its frame (an accident, a ruling)
    reaches the body."""
    return (line_end > match.end() and len(match.group().strip()) > 1 and set(match.group().strip()) == {"."}
            and bool(text[match.end() : line_end].strip()))


# "wounded x4, incl. 2 kids", "approx. 30 families": a short post's abbreviations end in a dot that ends no sentence
# (English pass 39); the word before the lone dot, lower-cased, with the space after it
_ABBREVIATIONS = frozenset({"incl", "approx", "esp", "vs", "est", "appx"})


def _abbreviation_dot(text: str, match: re.Match[str]) -> bool:
    """The match is one dot right after an abbreviation word and followed by a space."""
    at = match.start()
    if match.end() - at != 1 or text[at] != "." or text[at + 1 : at + 2] != " ":
        return False
    if not text[at - 1 : at].isascii():
        return False  # a letter out of ASCII lowers to no abbreviation's last one: no walk back (speed pass 15)
    k = at
    while k > 0 and text[k - 1].isalpha() and at - k <= 6:
        k -= 1
    return text[k:at].lower() in _ABBREVIATIONS and (k == 0 or not text[k - 1].isalnum())


# Arabic pass 136b (tune136): «على طريق أجدابيا - الكفرة»: a dash between two towns after a road word names the road
# (from one town to the other), it ends no sentence (else the lead's accident is cut from the count told after it)
_ROAD_WORDS = with_proclitics({"طريق"}, ("ال", "ب", "و", "ل"))
_ROAD_DASH_LOOKBACK = 40  # characters before the dash read for the road word and the first town


def _road_dash(text: str, match: re.Match[str]) -> bool:
    """The match is a spaced dash right after «طريق <town>» (two words before it, the first a road word)."""
    if match.group().strip() not in ("-", "–", "—"):
        return False
    before = text[max(0, match.start() - _ROAD_DASH_LOOKBACK) : match.start()].split()
    return len(before) >= 2 and before[-2] in _ROAD_WORDS


_TOKEN_START = itemgetter(0)  # Token.start read at C level (``_sentences``'s search)


def _sentences(text: str, tokens: Tokens) -> list[_Sentence]:
    spans, start = [], 0
    line_end = text.find("\n")
    ends = _SENTENCE_END if "-" in text or "–" in text or "—" in text else _SENTENCE_END_NO_DASH
    for match in ends.finditer(text):
        if _headline_colon(text, match, line_end) or _abbreviation_dot(text, match) or _road_dash(text, match):
            continue
        if text[start : match.start()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    offsets, items = tokens.normalized.offsets, tokens.items
    out: list[_Sentence] = []
    index = 0
    for s_start, s_end in spans:
        first = index
        # the first token at or after the sentence's end: the first normalised position whose original offset is at
        # or after it (offsets never decrease), then the first token starting there or later (``_TOKEN_START``: its
        # ``start``); two searches, no list of every token's original start (speed pass 15)
        index = bisect_left(items, bisect_left(offsets, s_end), lo=index, key=_TOKEN_START)
        out.append(_Sentence(s_start, s_end, first, index))
    return out


def _sentence_at(sentences: list[_Sentence], firsts: list[int], token: int) -> int:
    """The index of the sentence holding ``token``, 0 when none does; ``firsts`` are the sentences' first tokens.
    A search, not a map of every token: _sentences's token ranges follow one another, an empty one (its first
    token is the next one's) holds none, so the last sentence starting at or before ``token`` is the only one
    that may hold it."""
    index = bisect_right(firsts, token) - 1
    return index if index >= 0 and token < sentences[index].last_token else 0


def _words(tokens: Tokens) -> list[str]:
    return list(tokens.words)


# «وكسرت يده», «فكسرت ساقها»: the verb "broke" read as «ك + سرت» (like Sirte) is no place (Arabic pass 56)
_BROKE = frozenset({"كسرت", "وكسرت", "فكسرت", "انكسرت", "تكسرت"})


def _keep_place(match: Match, words: list[str], actor_tokens: set[int]) -> bool:
    """Drop places inside organisation names/titles and weak names without a locative cue."""
    if words[match.first_token] in _BROKE:
        return False
    before = words[match.first_token - 1] if match.first_token > 0 else ""
    head = words[match.first_token - 2] if match.first_token >= 2 else ""
    # «مركز شرطة بوسالم» (the second word first: most places follow none; speed pass 15)
    facility = before in _FACILITY_SECOND_WORDS and any((form, before) in _FACILITY_TWO_WORD_HEADS
                                                        for form in clitic_variants(head))
    if match.first_token in actor_tokens and match.entry.get("precision") != "facility" and not facility:
        return False  # «حكومة طرابلس»; but «مركز المباني» is a listed facility even if it looks like a body
    after = words[match.last_token + 1] if match.last_token + 1 < len(words) else ""
    # «القنصلية بطرابلس», «السفارة الليبية بتونس»: a name written with «ب» says where the body is, not its name
    written_in = words[match.first_token].startswith("ب") and words[match.first_token] != normalize(match.text.split()[0])
    if not written_in and not _NOT_PLACE_AFTER.isdisjoint(clitic_variants(before)) or after in _NOT_PLACE_BEFORE:
        return False
    if before in _ADJECTIVE_AFTER and normalize(match.text).endswith("ي"):
        return False
    if before.removeprefix("و") in _ACCUSATIVE_PEOPLE and match.entry.get("precision") == "country" and (
            words[match.first_token].endswith("يا")):  # also joined by «و»: «عاملا تشاديا وبائعا نيجريا» (pass 88)
        return False  # «اعتقلت الشرطة شابا ليبيا»: the accusative adjective «ليبيًّا», no country (Arabic pass 76)
    if before in ("في", "علي") and words[match.first_token] in _BODY_PART_NAMES:
        return False  # «رصاصة في الرجل», «شظية في الكتف»: where the wound is
    in_body_name = match.first_token >= 2 and not before.startswith("ال") and before not in _NOT_CONSTRUCT
    if in_body_name and not facility and not _BODY_HEADS.isdisjoint(clitic_variants(head)):
        return False
    if match.entry.get("weak"):
        if match.entry.get("precision") == "country" and _country_reading(words, match):
            return True
        # «بمنطقة الهضبة» names a place; «المنطقة السياحية» (a definite head) is a noun and its adjective
        definite = re.match(r"[وفبك]?(ال|لل)", before) is not None
        return not definite and any(form in _LOCATIVE or form in _FACILITY_HEADS for form in clitic_variants(before))
    return True


# Real posts pass 5: «هون» is the town in the Jufra only where a place is expected: after a preposition, a place or
# facility head, a locative noun of the town's people or council («سكان هون», «المجلس البلدي هون»), after
# punctuation or a line break (a dateline «هون: ...», a list «ودان، هون»), at the start, or written with a clitic
# («بهون», «وهون»). After any other word it is Levantine "here" («طول عمري عايشة هون», «إحنا هون»).
_HUN = "هون"
_HUN_HEADS = _COUNTRY_PREPOSITIONS | _LOCATIVE | _FACILITY_HEADS | frozenset(normalize(w) for w in (
    "قرب", "بقرب", "باتجاه", "اتجاه", "عند", "حول", "مدخل", "ضواحي", "أطراف", "سكان", "أهالي", "أهل", "بلدية",
    "البلدي", "بلدي", "مجلس", "مستشفى", "مركز", "مدينتي", "مدن", "بلدات", "وادي", "إلى", "لـ", "حتى"))


def _levantine_here(text: str, match: Match, words: list[str]) -> bool:
    """Is this «هون» the Levantine word for "here" rather than the town (see _HUN_HEADS)? One string test first."""
    if words[match.first_token] != _HUN or match.first_token == 0:
        return False
    gap_start = len(text[: match.start].rstrip())
    if gap_start == 0 or not text[gap_start - 1].isalnum() or "\n" in text[gap_start : match.start]:
        return False  # at the start, after punctuation («هون: ...», «ودان، هون») or a line break
    return _HUN_HEADS.isdisjoint(clitic_variants(words[match.first_token - 1]))


# Real posts pass 5: districts and streets named after heroes («صلاح الدين» in Tripoli, «عمر المختار») are the man
# when a cry or a title comes right before the name («أين صلاح الدين», «يا عمر المختار», «الناصر صلاح الدين», «شيخ
# الشهداء عمر المختار»): a person called on or named by his title, no place.
_HERO_NAMES = frozenset(normalize(w) for w in (
    "صلاح الدين", "عمر المختار", "طارق بن زياد", "عقبة بن نافع", "خالد بن الوليد", "جمال عبد الناصر"))
_CRY_OR_TITLE = frozenset(normalize(w) for w in (
    "أين", "يا", "أيها", "الناصر", "القائد", "المجاهد", "البطل", "السلطان", "الزعيم", "شيخ", "أمثال", "أحفاد", "حفيد"))


def _hero_called(match: Match, words: list[str]) -> bool:
    """Is this hero's name (a district or street named after him) the man himself (see _HERO_NAMES)?"""
    if match.first_token == 0 or words[match.first_token - 1] not in _CRY_OR_TITLE:
        return False
    return " ".join(words[match.first_token : match.last_token + 1]) in _HERO_NAMES


# Real posts pass 5: «منطقة البريقة بعدن», «حي النصر بالقاهرة»: a Libyan name followed at once by «ب» + a city abroad
# is a district of that city (its namesake there), as «طرابلس لبنان» is Lebanon's
_CITY_PRECISIONS = frozenset({"city", "town"})
_DISTRICT_PRECISIONS = frozenset({"town", "village", "neighbourhood", "suburb", "city", "area", "district"})


def _district_of_city_abroad(words: list[str], match: Match, entry: dict, following: list) -> str | None:
    """The country of a place (see above): the next place's, when a Libyan district or town is followed at once by
    «ب» + a listed city in another country; else its own."""
    country = entry.get("country")
    if country != "LY" or not following or entry.get("precision") not in _DISTRICT_PRECISIONS:
        return country
    nxt, nxt_entry, _ = following[0]
    if nxt.first_token != match.last_token + 1 or not words[nxt.first_token].startswith("ب"):
        return country
    if nxt_entry.get("country") in (None, "LY") or nxt_entry.get("precision") not in _CITY_PRECISIONS:
        return country
    return nxt_entry.get("country")


def _district_of_libyan_city(words: list[str], match: Match, entry: dict, following: list) -> bool:
    """The mirror of ``_district_of_city_abroad``: a district or town listed abroad, followed at once (or past one
    definite adjective: «الجيزة البحرية») by «ب» + a listed Libyan city or town, is a district of that Libyan city
    («حي الجيزة البحرية بسرت», «منطقة الزيتون بطرابلس»): the writer placed it (Arabic pass 78)."""
    if not following or entry.get("precision") not in _DISTRICT_PRECISIONS:
        return False
    nxt, nxt_entry, _ = following[0]
    gap = nxt.first_token - match.last_token - 1
    name = normalize(nxt.text).split()
    # «بسرت»: «ب» written onto the city's name (not a name that starts with «ب»: «الفاشر #بنغازي», a closing tag)
    if gap not in (0, 1) or not name or words[nxt.first_token] != "ب" + name[0]:
        return False
    if gap == 1 and not words[match.last_token + 1].startswith("ال"):
        return False
    return nxt_entry.get("country") == "LY" and nxt_entry.get("precision") in _CITY_PRECISIONS


def _country_reading(words: list[str], match: Match) -> bool:
    """«مالي» is Mali after a preposition, with a proclitic («بمالي», «ومالي») or next to another country
    («ليبيا ومالي»); after a noun it is the adjective 'financial' («دعم مالي»)."""
    before = words[match.first_token - 1] if match.first_token > 0 else ""
    written = words[match.first_token]
    return before in _COUNTRY_PREPOSITIONS or (written != match.text and written[:1] in "وبل")


# «مدينة الزاوية غربي ليبيا», «قابس جنوب تونس»: a direction and a country right after a name say which namesake it is,
# as a country adjective does (Arabic pass 60)
_DIRECTIONS = frozenset(normalize(w) for w in ("غربي", "غرب", "شرقي", "شرق", "جنوبي", "جنوب", "شمالي", "شمال", "وسط"))
_COUNTRY_NAMES = {normalize(w): code for w, code in (
    ("ليبيا", "LY"), ("تونس", "TN"), ("مصر", "EG"), ("الجزائر", "DZ"), ("السودان", "SD"), ("لبنان", "LB"),
    ("المغرب", "MA"), ("العراق", "IQ"), ("اليمن", "YE"), ("سوريا", "SY"), ("تشاد", "TD"), ("النيجر", "NE"))}


# «سوسة الواقعة شرق ليبيا», «الزاوية الواقعة غربي ليبيا»: 'situated' between a namesake and its direction and country
_SITUATED = frozenset(normalize(w) for w in ("الواقعة", "الواقع", "الواقعتين"))


def _direction_country(after: str, after2: str) -> str | None:
    """The country of «غربي ليبيا» right after a place name, else None."""
    return _COUNTRY_NAMES.get(after2) if after in _DIRECTIONS else None


def _placed_abroad(words: list[str], match: Match, entry: dict, country: str | None) -> str | None:
    """«مخيم للاجئين شرقي تشاد», «بلدة جنوبي النيجر»: a town or camp named with a direction and a foreign country right
    after it is in that country even when the gazetteer lists only a Libyan namesake (Arabic pass 74: a camp in
    eastern Chad read as a Libyan village); the country, else None (not a country or region name itself)."""
    if entry.get("precision") in ("country", "region", "area", "border"):
        return None
    after = match.last_token + 1
    named = _direction_country(words[after], words[after + 1]) if after + 1 < len(words) else None
    return named if named is not None and named != "LY" and named != country else None


def _resolve(match: Match, sentence_words: set[str], doc_countries: set[str], after: str = "", after2: str = "",
             points: tuple[tuple[float, float, str, str], ...] = (), cue_countries: frozenset[str] = frozenset()) -> dict:
    """Pick among namesakes: the country adjective right after the name («الزاوية الليبية») or a direction and a
    country («الزاوية غربي ليبيا») decides; else an abroad reading wins when its cues are in the sentence or the
    document names its country (a place there or a cue word) and nothing Libyan; else the one reading with another
    place of the document nearby (``_nearby_reading``)."""
    named = adjective_country(after) or _direction_country(after, after2)
    if named is not None:
        return next((entry for entry in match.entries if entry.get("country") == named), match.entry)
    for entry in match.entries[1:]:
        if match.text.isascii() and not any(name.isascii() for name in entry.get("names", ())):
            continue  # "Zawiya" in English news: a namesake listed by its Arabic name only («الزاوية» of Sousse) is
            # not read from the Latin spelling, which is the Libyan city's (English pass 38)
        cues = {c for cue in entry.get("cues", ()) for c in cue.split()}
        if cues & sentence_words or (entry.get("country") in doc_countries and "LY" not in doc_countries):
            return entry
    return _nearby_reading(match, points, cue_countries) or match.entry


# Places pass (twenty-first session): «سوسة» is Tunisia's Sousse by default and the Jebel Akhdar town (ancient Apollonia)
# in a text that also names Bayda, Shahat or the Jebel Akhdar; a namesake pair lies hundreds of kilometres apart, and a
# story's other places lie near the one it means
_NEAR_KM = 80.0
_KM_PER_DEGREE = 111.2
_NOT_POINTS = frozenset({"country", "area", "border", "region"})  # no point (a country) or a centroid too wide to say


def _place_points(matches: list[Match]) -> tuple[tuple[float, float, str, str], ...]:
    """The coordinates of each name with one reading, with its name and country: the document's places that can tell
    which namesake another name is (a namesake itself tells nothing: «الزاوية» may be Sousse's)."""
    return tuple((m.entry["lat"], m.entry["lon"], normalize(m.text), m.entry.get("country") or "") for m in matches
                 if len(m.entries) == 1 and m.entry.get("lat") is not None and m.entry.get("lon") is not None
                 and m.entry.get("precision") not in _NOT_POINTS)


def _near(entry: dict, points: tuple[tuple[float, float, str, str], ...], name: str) -> bool:
    """Is a place of another name within ``_NEAR_KM`` of this reading?"""
    lat, lon = entry.get("lat"), entry.get("lon")
    if lat is None or lon is None:
        return False
    scale = math.cos(math.radians(lat))
    return any(other != name and math.hypot(p_lat - lat, (p_lon - lon) * scale) * _KM_PER_DEGREE <= _NEAR_KM
               for p_lat, p_lon, other, _ in points)


def _nearby_reading(match: Match, points: tuple[tuple[float, float, str, str], ...],
                    cue_countries: frozenset[str]) -> dict | None:
    """For a name read abroad by default, the one namesake reading with another place of the document nearby when the
    default has none («سوسة» with «البيضاء» or «الجبل الأخضر»: the Libyan town; with «المنستير» or nothing near:
    Sousse), else None. Not where the document names the default's country otherwise, by a place or a cue word (a
    Sousse story of a man from Bayda is still in Sousse)."""
    country = match.entry.get("country")
    if not points or country == "LY" or country in cue_countries:
        return None  # no other place to tell by; a Libyan default keeps its cues
    name = normalize(match.text)
    if any(other != name and where == country for _, _, other, where in points):
        return None
    if _near(match.entry, points, name):
        return None
    near = [entry for entry in match.entries[1:] if _near(entry, points, name)]
    return near[0] if len(near) == 1 else None


def _one_reading_per_name(resolved: list[tuple[Match, dict, int]],
                          pinned: frozenset[str] = frozenset()) -> list[tuple[Match, dict, int]]:
    """A name read abroad once («سيدي حسين من ولاية تونس») is read so everywhere in the document (the title
    «سيدي حسين: اختطاف طفلة» has no cue of its own); not a name ``pinned`` to its first reading by a country adjective
    or a direction and a country («الزاوية غربي ليبيا»: a cue word in a later sentence does not move it)."""
    abroad = {normalize(m.text): entry for m, entry, _ in resolved
              if entry is not m.entry and normalize(m.text) not in pinned}
    return [(m, abroad.get(normalize(m.text), entry) if len(m.entries) > 1 else entry, s_index)
            for m, entry, s_index in resolved]


def _has_proclitic(tokens: Tokens, match: Match) -> bool:
    """«ببنغازي», «وجرجيس»: the name was written with a preposition or conjunction in front of it."""
    return tokens.original_span(match.first_token, match.first_token)[0] != match.start


def _two_word_head_before(words: list[str], tokens: Tokens, match: Match) -> int | None:
    """First token of «مركز احتجاز/إيواء» right before the place («مركز احتجاز غريان») or before its occupants
    and «في»/«ب» («مركز إيواء المهاجرين بتاجوراء», «مركز إيواء المهاجرين في تاجوراء»), else None."""
    first = match.first_token
    for gap, needs in ((0, None), (1, "clitic"), (2, "في")):
        head_first = first - 2 - gap
        if head_first < 0:
            return None
        if gap and words[head_first + 2] not in _FACILITY_OCCUPANTS:
            continue
        if needs == "clitic" and not _has_proclitic(tokens, match) or needs == "في" and words[first - 1] != "في":
            continue
        if words[head_first + 1] in _FACILITY_SECOND_WORDS and any(  # (the second word first; speed pass 15)
                (f, words[head_first + 1]) in _FACILITY_TWO_WORD_HEADS for f in clitic_variants(words[head_first])):
            return head_first
    return None


def _with_adjectives(words: list[str], last: int) -> int:
    while last + 1 < len(words) and words[last + 1] in _FACILITY_ADJECTIVES:
        last += 1
    return last


# verbs whose subject a police station is when it speaks or investigates («وأعلن مركز شرطة براك», «وفتح مركز شرطة
# غريان تحقيقا»): the station is a body there, no place of the event (the written labels list it as a place in 2 of
# about 40 items, both where it was attacked; Arabic pass 90)
# (the reporting verbs, with the verbs of opening an inquiry and of attribution, and their «و / ف»)
_STATION_SPEAKS = frozenset(w for v in REPORTING_VERBS | {"فتح", "باشر", "نشر", "وفق", "حسب", "بحسب"}
                            for w in (v, "و" + v, "ف" + v))


_LINE_BREAK_LOOKBACK = 8  # the blanks between the line's end and the place's first letter


def _after_line_break(text: str, start: int) -> bool:
    """The place at ``start`` opens a line: the word before it ends the line above (a headline's last word before
    the dateline "ROME (Reuters) -"), so it is no head of this place's name (English pass 55)."""
    return text[max(0, start - _LINE_BREAK_LOOKBACK) : start].rstrip(" \t").endswith(("\n", "\r"))


def _facility(text: str, tokens: Tokens, words: list[str], match: Match, following: list[Match]) -> Match:
    """«سجن المنستير», «مركز احتجاز غريان», «مطار جربة جرجيس»: a facility head before a place makes the
    facility the place as written (head without its clitic, the place, adjectives and an adjacent place).
    A listed facility keeps its adjectives too: «مطار معيتيقة الدولي», «مستشفى غريان المركزي»."""
    first = match.first_token
    head_first = None
    if _after_line_break(text, match.start):
        pass  # "... in Libyan prison\nROME (Reuters) -": the headline's last word is no head of the dateline's city
    elif (first >= 1 and not _FACILITY_HEADS.isdisjoint(clitic_variants(words[first - 1]))
            and not _has_proclitic(tokens, match)):  # «المطار بطرابلس» is the airport in Tripoli, no name
        head_first = first - 1
    else:
        head_first = _two_word_head_before(words, tokens, match)
        if head_first is not None and head_first > 0 and words[head_first - 1] in _STATION_SPEAKS:
            head_first = None  # «وأعلن مركز شرطة الكويفية»: the station speaks, its quarter is the place (pass 90)
    if head_first is None:
        last = _with_adjectives(words, match.last_token)
        if match.entry.get("precision") != "facility" or last == match.last_token:
            return match
        end = tokens.original_span(first, last)[1]
        return Match(match.entry, match.start, end, text[match.start : end], match.entries, first, last)
    last = match.last_token
    head = words[head_first]
    form = next((f for f in clitic_variants(head) if f in _FACILITY_HEADS or f == "مركز"), head)
    for nxt in following:
        # «مطار جربة جرجيس» is one name; not «زنقة بنغازي بالدار البيضاء» nor «مخيم قاريونس ببنغازي» (in Benghazi)
        if nxt.first_token == last + 1 and form not in _STREET_HEADS and not _has_proclitic(tokens, nxt):
            last = nxt.last_token
    person = form in _STREET_HEADS and _compound_name_end(words, last) != last
    last = _compound_name_end(words, last) if person else _with_adjectives(words, last)
    name, start, end = tokens.surface(text, head_first, last, form)
    entry = {**match.entry, "precision": "facility"}
    if person:  # «شارع جمال عبد الناصر»: named after a person, not after the town «جمال»
        entry = {**entry, "id": _unlisted_id(name), "country": None, "lat": None,
                 "lon": None, "region": None, "precision": "street"}
    elif form in _STREET_HEADS and match.entry.get("precision") in _NAMED_AFTER:
        # «ساحة المغرب العربي», «زنقة بنغازي» (Casablanca): a street named after a place is not in that place
        entry = {**entry, "id": f"street-{entry['id']}", "country": None, "lat": None, "lon": None,
                 "region": None, "precision": "street"}
    return Match(entry, start, end, name, (entry,), head_first, last)


# «المستشفى الجهوي بالقصرين», «المستشفى المحلي بمكثر»: a Tunisian public hospital with no name of its own is named by
# its kind and its town (one regional hospital a governorate, one local hospital a delegation), as a local unit keeps
# its «ب + town» (the actor conventions): the written labels list the whole name as a place in 27 of 32 guard items
# (tune40 pass; dev's real labels never do, 4 items: docs/labelling.md); the town stays a place of its own. Not a
# hospital with a name of its own («المستشفى الجامعي الحبيب بورقيبة بصفاقس»: the writers keep the town 8 times, leave
# it 9)
_HOSPITAL_HEADS = frozenset({"المستشفي"})
_HOSPITAL_KINDS = frozenset({"الجهوي", "الجامعي", "المحلي", "العسكري"})  # «المستشفى العسكري بتونس» too


def _town_hospitals(text: str, tokens: Tokens, words: list[str], matches: list[Match]) -> list[Match]:
    """A town written with «ب» right after «المستشفى + kind» makes the hospital a place, whole."""
    out = []
    for m in matches:
        t = m.first_token
        if (t >= 2 and words[t].startswith("ب") and words[t - 1] in _HOSPITAL_KINDS
                and _HOSPITAL_HEADS.intersection(clitic_variants(words[t - 2])) and _has_proclitic(tokens, m)):
            name, start, end = tokens.surface(text, t - 2, m.last_token, "المستشفي")
            entry = {**m.entry, "id": _unlisted_id(name), "precision": "facility"}
            out.append(Match(entry, start, end, name, (entry,), t - 2, m.last_token))
        out.append(m)
    return out


# «مستشفى الشهيد امحمد المقريف», «مدرسة الشهيدة رقية للبنات»: Libyan hospitals and schools are named after a martyr,
# a person's name no gazetteer lists; the facility is a place as written (labelled so in 7 of 7 guard items)
_MARTYR_HEADS = frozenset({"مستشفي", "مدرسه", "مصحه", "مستوصف", "عياده"})
_MARTYR = frozenset({"الشهيد", "الشهيده"})
_NOT_NAME = frozenset({"ان", "في", "حيث", "الذي", "التي", "من", "علي", "الي", "عن", "بعد", "قبل", "حسب", "وفق", "مع",
                       "قال", "قالت", "كما", "لا", "لم", "قد", "ثم", "او", "منذ", "خلال", "اليوم", "امس", "صباح", "مساء"})
_MARTYR_KINDS = frozenset({"للبنات", "للبنين", "للاطفال", "التعليمي", "العام", "المركزي", "القروي"})


def _martyr_facilities(text: str, tokens: Tokens, words: list[str], matches: list[Match]) -> list[Match]:
    """A facility head, «الشهيد / الشهيدة» and the martyr's name (one or two words, up to punctuation or a function
    word; a kind after it, «للبنات», «التعليمي», is part of the name) is a named facility."""
    taken = [(m.first_token, m.last_token) for m in matches]
    added = []
    for k in range(len(words) - 2):
        if words[k + 1] not in _MARTYR or not _MARTYR_HEADS.intersection(clitic_variants(words[k])):
            continue
        last = k + 2
        for j in (k + 3, k + 4):
            if j >= len(words) or words[j] in _NOT_NAME or words[j].startswith("و") or _punctuated(text, tokens, j):
                break
            if j == k + 4 and words[j] not in _MARTYR_KINDS:
                break
            last = j
        if any(a <= last and k <= b for a, b in taken):
            continue
        head = next(f for f in clitic_variants(words[k]) if f in _MARTYR_HEADS)
        added.append(_unlisted_facility(text, tokens, k, last, head))
    return sorted(matches + added, key=lambda m: m.first_token) if added else matches


# «جسر المطار», «جسر الصحابة», «بجسر وادي الكوف»: a bridge named by a definite word or a valley is a landmark place
# as written (labelled so in 3 of 3 guard items); not «جسر جديد», «الجسر الحديدي» (no name)
_BRIDGE_ADJECTIVES = frozenset({"الجديد", "القديم", "الحديدي", "المعلق", "الرئيسي", "الوحيد", "الثاني", "الاول",
                                "المؤقت", "الخشبي", "الرابط", "المنهار", "المتضرر"})


def _named_bridges(text: str, tokens: Tokens, words: list[str], matches: list[Match]) -> list[Match]:
    taken = [(m.first_token, m.last_token) for m in matches]
    added = []
    for k in range(len(words) - 1):
        if "جسر" not in clitic_variants(words[k]) or _punctuated(text, tokens, k + 1):
            continue
        after = words[k + 1]
        if after == "وادي" and k + 2 < len(words) and not _punctuated(text, tokens, k + 2):
            last = k + 2
        elif after.startswith("ال") and after not in _BRIDGE_ADJECTIVES and len(after) > 3:
            last = k + 1
        else:
            continue
        if any(a <= last and k <= b for a, b in taken):
            taken_valley = [m for m in matches if m.first_token == k + 1]  # «جسر وادي الكوف»: the valley is listed
            if not taken_valley:
                continue
        added.append(_unlisted_facility(text, tokens, k, last, "جسر"))
    return sorted(matches + added, key=lambda m: m.first_token) if added else matches


def _unlisted_facility(text: str, tokens: Tokens, first: int, last: int, head: str) -> Match:
    """A facility no gazetteer entry stands for, named as written from token ``first`` (its head, read as ``head``
    with its clitic off) to ``last``: a place with no coordinates or country of its own."""
    name, start, end = tokens.surface(text, first, last, head)
    entry = {"id": _unlisted_id(name), "names": [name], "country": None, "lat": None, "lon": None, "region": None,
             "precision": "facility"}
    return Match(entry, start, end, name, (entry,), first, last)


def _punctuated(text: str, tokens: Tokens, index: int) -> bool:
    """Punctuation between the token at ``index`` and the one before it («المقريف، حيث»)."""
    gap = text[tokens.original_span(index - 1, index - 1)[1] : tokens.original_span(index, index)[0]]
    return any(c in gap for c in "،,.:;؛()«»\"\n-")


_EN_STREET_TAILS = frozenset({"square", "street", "road"})


def _street_anywhere(match: Match, words: list[str], actor_tokens: set[int]) -> Match | None:
    """«في ساحة الشهداء», «قرب طريق المطار»: a listed street or square whose name every town has (weak) is a
    street even with no locative word before it, but in no known country; None for other names. So is an English
    one ending in its head, written as a name ("Martyrs' Square", "Airport Road": labelled in 28 of 28 tune items; not
    "the airport road"; places pass)."""
    if not match.entry.get("weak") or not (any(f in _STREET_HEADS or f == "طريق"
                                                for f in clitic_variants(words[match.first_token]))
                                            or (match.text.isascii() and words[match.last_token] in _EN_STREET_TAILS
                                                and match.text[-1:].islower() and match.text.split()[-1][:1].isupper())):
        return None
    entry = {**match.entry, "weak": False, "id": f"street-{match.entry['id']}", "country": None, "lat": None,
             "lon": None, "region": None, "precision": "street"}
    street = Match(entry, match.start, match.end, match.text, (entry,), match.first_token, match.last_token)
    return street if _keep_place(street, words, actor_tokens) else None


def _unlisted_id(name: str) -> str:
    """The id of a place no gazetteer entry stands for (a street, a quarter, a hospital): its normalised name."""
    return "unlisted-" + "-".join(normalize(name).split())


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``start``..``end`` overlap one of ``spans`` (the names already found)?"""
    return any(a < end and start < b for a, b in spans)


# Words that continue a person's compound name: «جمال عبد الناصر», «عمر بن الخطاب», «علي أبو زيد».
_NAME_LINKS = frozenset({"عبد", "بن", "ابو", "ابن"})


def _compound_name_end(words: list[str], last: int) -> int:
    """«شارع جمال عبد الناصر»: a street named after a person goes on over «عبد / بن / أبو» and the next word (a
    weak town name as the given name is cut there otherwise); ``last`` when no such link follows."""
    if last + 2 < len(words) and words[last + 1] in _NAME_LINKS and len(words[last + 2]) > 2:
        return last + 2
    return last


# «قبالة سواحل زوارة»: the coast of a town is a place of its own in the labels, beside the town.
_COAST_HEADS = {"سواحل", "ساحل"}  # not «شاطئ تاجوراء»: labelled «تاجوراء» alone


def _coasts(text: str, tokens: Tokens, words: list[str], resolved: list[tuple[Match, dict, int]]) -> list[Located]:
    """«سواحل زوارة» next to «زوارة»: it adds no evidence of a country (the town already counts)."""
    out = []
    for match, entry, _ in resolved:
        index = match.first_token - 1
        if index < 0 or entry.get("precision") not in TOWN_PRECISIONS or _has_proclitic(tokens, match):
            continue
        form = next((f for f in clitic_variants(words[index]) if f in _COAST_HEADS), None)
        if form is None:
            continue
        name, start, end = tokens.surface(text, index, match.last_token, form)
        place = Place(name=name, id=f"coast-{entry['id']}", lat=entry.get("lat"), lon=entry.get("lon"), start=start,
                      end=end, admin_region=entry.get("region"), precision="area",
                      in_libya=entry.get("country") == "LY")
        out.append(Located(place, None, 0.0))
    return out


def _market(text: str, tokens: Tokens, match: Match) -> Match:
    """«سوق ليبيا»: a market named after a country (Tunisian towns have one each), in no country."""
    name, start, end = tokens.surface(text, match.first_token - 1, match.last_token, "سوق")
    entry = {**match.entry, "id": f"market-{match.entry['id']}", "country": None, "lat": None, "lon": None,
             "region": None, "precision": "facility"}
    return Match(entry, start, end, name, (entry,), match.first_token - 1, match.last_token)


def _arabic_hashtag(text: str, match: Match) -> bool:
    """«#ليبيا», «#سبها |»: a listed (not weak) Arabic place written as a whole hashtag tagging the post."""
    end = match.end
    if not (match.start > 0 and text[match.start - 1] == "#" and not match.entry.get("weak")
            and has_arabic_letters(match.text)
            and (end >= len(text) or not (text[end].isalnum() or text[end] == "_"))):
        return False
    # a tag of the post: among the hashtags that end it («... البلدية. #ليبيا»), or its opening label («#سبها |»);
    # not a hashtag inside the sentence («الدفاعات #السعودية», «مؤتمر #الرياض»)
    opening = not text[: match.start - 1].strip() and re.match(r"\s*[|:]", text[end:]) is not None
    return opening or _closing_tag(text, end)


def _libyan_town_in_body(text: str, tokens: Tokens, actor_tokens: set[int]) -> bool:
    """«مديرية أمن الخمس: لا صحة لخبر خطف طالبة»: a post that names no place and no country but a Libyan town in
    the name of the local body that speaks (a security directorate, a municipality, a hospital) is Libyan; run
    only when nothing else was found, so on short posts."""
    return any(m.first_token in actor_tokens and all(e.get("country") == "LY" for e in m.entries)
               and m.entry.get("precision") in ("city", "town") and not m.entry.get("weak")
               for m in load_gazetteer().find_tokens(text, tokens))


def _closing_tag(text: str, end: int) -> bool:
    """Only hashtags follow ``end``: a name there is among the tags that close the post."""
    return not re.search(r"\w", re.sub(r"#\S+", " ", text[end:]))


def _closing_hashtag(text: str, start: int, end: int) -> bool:
    """The name at ``start``..``end`` is written as a hashtag among the tags that close the post."""
    return start > 0 and text[start - 1] == "#" and _closing_tag(text, end)


# Places pass (twenty-first session): «حي الرياض» in Sousse or Tripoli, «حي المهدية» in Sabha: a city abroad right after
# «حي» names a quarter after it (labelled whole, «حي الرياض», in every written label), no place in that country; as
# «زنقة بنغازي» is a street named after a place; «حي الجيزة البحرية بسرت» stays Sirte's (``_district_of_libyan_city``)
_QUARTER_NAMESAKES = frozenset({"city", "town", "country"})


def _quarter_named_after(match: Match, words: list[str]) -> bool:
    """Is this listed city or country abroad right after «حي» (with its clitics), so the name of a quarter?"""
    return (match.first_token > 0 and _QUARTER_WORDS.get(words[match.first_token - 1]) == "حي"
            and match.entry.get("country") not in (None, "LY") and match.entry.get("precision") in _QUARTER_NAMESAKES
            and len(match.entries) == 1)


def _placed_within(match: Match, kept: Match, words: list[str]) -> bool:
    """«مديرية حيس بالحديدة», «قرية ترمسعيا برام الله»: a listed place written with «ب» right after a place kept is the
    region it lies in, however a body-name head stands before the first (``_keep_place`` reads «head + noun + place»
    as a body's name, «مديرية أمن سبها», where the noun is no place)."""
    return (match.first_token == kept.last_token + 1 and not match.entry.get("weak")
            and words[match.first_token].startswith("ب") and kept.entry.get("precision") != "country")


def _places(text: str, tokens: Tokens, sentences: list[_Sentence], actor_tokens: set[int],
            cues: list[Cue]) -> list[Located]:
    gazetteer = load_gazetteer()
    words = _words(tokens)
    found = []
    dropped_until = -2
    for m in gazetteer.find_tokens(text, tokens):
        if _arabic_hashtag(text, m):
            found.append(m)  # «... البلدية. #ليبيا»: a hashtag opens a name of its own, whatever word comes before
            continue
        if found and _placed_within(m, found[-1], words):
            found.append(m)  # «مديرية حيس بالحديدة»: the district's city, no body's name (Arabic pass 64)
            continue
        # «وكالة تونس إفريقيا للأنباء»: a place right after a dropped one is part of the same name. Each test is
        # run once: a street _street_anywhere gives is one _keep_place keeps, and it starts where ``m`` does
        street = None
        if m.first_token == dropped_until + 1 or _levantine_here(text, m, words) or _hero_called(m, words) or not (
                _keep_place(m, words, actor_tokens) or (street := _street_anywhere(m, words, actor_tokens))):
            if not m.entry.get("weak"):  # a weak name dropped is an ordinary word («بقرية تين الكوم»), no name
                dropped_until = m.last_token
            continue
        found.append(street or m)
    matches: list[Match] = []
    absorbed = -1
    for index, m in enumerate(found):
        if m.first_token <= absorbed:
            continue
        before = words[m.first_token - 1] if m.first_token > 0 else ""
        street = not _STREET_HEADS.isdisjoint(clitic_variants(before))
        if m.entry.get("precision") == "country" and "سوق" in clitic_variants(before):
            matches.append(_market(text, tokens, m))  # «سوق ليبيا» in Tunisian towns: a market named after Libya
            continue
        if m.entry.get("precision") in ("country", "area", "border", "region", "district") and not street:
            matches.append(m)
            continue
        fac = _facility(text, tokens, words, m, found[index + 1 :])
        if fac is not m:
            absorbed = fac.last_token
            fac = Match(fac.entry, fac.start, fac.end, fac.text, m.entries, fac.first_token, fac.last_token)
        matches.append(fac)
        if m.first_token - fac.first_token > 2:  # «مركز إيواء المهاجرين في تاجوراء»: the town is named in its own right
            matches.append(m)
    matches = _town_hospitals(text, tokens, words, matches)
    if "الشهيد" in words or "الشهيده" in words:  # a cheap test first: most texts name no martyr
        matches = _martyr_facilities(text, tokens, words, matches)
    # a cheap test first, one search of the text (a word ending in «جسر» holds it): few texts name a bridge
    if "جسر" in tokens.normalized.text and any(w.endswith("جسر") for w in words):
        matches = _named_bridges(text, tokens, words, matches)
    # The document's countries: its unambiguous places and its cue words («ولاية», «التونسية»).
    cue_countries = {cue.country for cue in cues}
    # (a name read abroad by default, Sousse with its Libyan namesake, still names its country)
    doc_countries = {m.entry.get("country") for m in matches if len(m.entries) == 1 or m.entry.get("country") != "LY"
                     } | cue_countries
    points = _place_points(matches) if any(len(m.entries) > 1 for m in matches) else ()
    sentence_firsts = [sentence.first_token for sentence in sentences]
    resolved = []
    pinned: set[str] = set()  # names a country adjective or a direction and a country pinned to their first reading
    sentence_words: dict[int, set[str]] = {}  # a sentence's words and their clitic variants, for namesakes only
    for match in matches:
        s_index = _sentence_at(sentences, sentence_firsts, match.first_token)
        if len(match.entries) > 1 and sentences and s_index not in sentence_words:
            sentence = sentences[s_index]
            sentence_words[s_index] = {f for w in words[sentence.first_token : sentence.last_token]
                                       for f in clitic_variants(w)}
        at = match.last_token + 1
        if at < len(words) and words[at] in _SITUATED and len(match.entries) > 1:
            at += 1  # «مدينة سوسة الواقعة شرق ليبيا»: the direction and the country after «الواقعة»
        after = words[at] if at < len(words) else ""
        after2 = words[at + 1] if at + 1 < len(words) else ""
        entry = _resolve(match, sentence_words.get(s_index, set()), doc_countries, after, after2, points,
                         frozenset(cue_countries))
        if entry is match.entry and len(match.entries) > 1 and (
                adjective_country(after) or _direction_country(after, after2)):
            pinned.add(normalize(match.text))  # «الزاوية غربي ليبيا»: its first reading, named so (Arabic pass 60)
        resolved.append((match, entry, s_index))
    # (a nationality told of people, "Sudanese migrants were hurt ... in Bir al-Ghanam", names where they come from, not
    # another country the story is in: such a cue unplaces no village; English pass 43)
    resolved = _unplaced_villages(_one_reading_per_name(resolved, frozenset(pinned)),
                                  {cue.country for cue in cues if cue.factor > NATIONALITY_FACTOR})
    located: list[Located] = []
    # the entries also named bare elsewhere in the text («حي الصابري» ... «في الصابري»): the writer's own bare form
    bare = {entry["id"] for match, entry, _ in resolved
            if (match.first_token == 0 or words[match.first_token - 1] not in _QUARTER_WORDS)
            and not _named_after_quarter(words, match.first_token, match.last_token)}
    origin_until = -2  # last token of the latest origin/destination place: a conjunct right after it shares the role
    for index, (match, entry, s_index) in enumerate(resolved):
        start = _with_english_article(text, match.start)
        country = _district_of_city_abroad(words, match, entry, resolved[index + 1 : index + 2])
        if country not in (None, "LY") and _district_of_libyan_city(words, match, entry, resolved[index + 1 : index + 2]):
            # «حي الجيزة البحرية بسرت»: a district of the Libyan city after it, not Egypt's Giza (Arabic pass 78)
            country, entry = "LY", {"id": _unlisted_id(match.text), "precision": "neighbourhood"}
        elif country not in (None, "LY") and _quarter_named_after(match, words):
            # «حي الرياض», «بحي المهدية»: a quarter named after a city abroad, in no known country (named «حي ...» below)
            country, entry = None, {"id": _unlisted_id("حي " + match.text), "precision": "neighbourhood"}
        abroad = _placed_abroad(words, match, entry, country)
        if abroad is not None:
            country, entry = abroad, {"id": abroad.lower(), "precision": entry.get("precision")}
        name = text[start : match.end] if start != match.start else match.text
        head = _QUARTER_WORDS.get(words[match.first_token - 1]) if match.first_token > 0 else None
        if head and start == match.start and entry.get("precision") not in _NOT_QUARTERS and entry["id"] not in bare and (
                words[match.first_token] not in _HEADED_NAMES) and not (head == "بوابه" and entry.get("border_point")):
            # «في حي السلماني»: a listed quarter keeps «حي» as written (the settled answer, "Where blind writers
            # split", thirteenth session; the dev labels four of four), its entry (country, coordinates) unchanged;
            # «عند بوابة الدافنية»: the town's checkpoint gate, named whole (see _AREA_HEADS)
            name, start, _ = tokens.surface(text, match.first_token - 1, match.last_token, head)
        place = Place(
            name=name, id=entry["id"], lat=entry.get("lat"),
            lon=entry.get("lon"), start=start, end=match.end, admin_region=entry.get("region"), precision=entry.get("precision"),
            in_libya=country == "LY",
        )
        factor = _BASE_WEIGHT.get(entry.get("precision") or "", 1.0)
        if entry.get("border_point"):
            # A crossing's operation is Libyan affairs (dev rule); the border town itself («نقطة الرصد برأس
            # جدير») is where Tunisian units report from: it says little about which side the event is on.
            factor = 0.8 if entry.get("kind") == "border_crossing" else 0.1
        span = (sentences[s_index].first_token, sentences[s_index].last_token) if sentences else (0, 0)
        mention = role(words, match.first_token, match.text, entry.get("precision"), span, origin_until)
        if mention.border:
            factor = min(factor, _BASE_WEIGHT["border"])
        if mention.origin:
            factor *= ORIGIN_FACTOR
            origin_until = match.last_token
        seat = mention.seat and country not in (None, "XX", "LY")
        if seat and not mention.origin:
            # "Amnesty, in London, condemned", "UN experts in Geneva demand": a seat abroad says little of the story's
            # country, and no harm was there (English pass 38); a seat in Libya ("the consulate in Tripoli said",
            # "the family in Kufra says") is left as it was: the story's country, often the harm's town
            factor *= ORIGIN_FACTOR
        # "ROME (Reuters) - Six men ... told MSF that guards in Sabratha whipped them": a wire's dateline abroad is where
        # the story was filed, no place of the harm (a speaker's); ``event_place.in_libya`` weighs it (English pass 55)
        filed = not seat and country not in (None, "XX", "LY") and _english_wire_dateline(text, match)
        page_tag = False
        if not mention.origin and _closing_hashtag(text, match.start, match.end):
            # «غارة تقتل 4 مدنيين في جنوب لبنان #مصراتة»: after a place of another country named in the post, a closing
            # tag is the page's or a topic's, no place of the harm (weighed as a speaker's seat; Arabic pass 64)
            # (not the sentence's own word after a preposition: «مذكرة التفاهم الموقعة مع #ليبيا», «حل سياسي في #ليبيا»)
            page_tag = any(loc.country not in (None, "XX", country) for loc in located) and not (
                match.first_token > 0 and words[match.first_token - 1] in _TAG_PREPOSITIONS)
            if not page_tag:
                factor *= CLOSING_TAG_FACTOR  # «#ليبيا #الأسعار» closing a post tags what it is about, as a headline does
        located.append(Located(place, country, factor, mention.off and factor >= 0.5,
                               mention.speaker or seat or filed or _dateline(text, match) or _page_name(text, words, match)
                               or page_tag,
                               mention.border, owner=mention.owner, filed=filed))
    taken_tokens = {t for m in matches for t in range(m.first_token, m.last_token + 1)}
    located += _unlisted_areas(text, tokens, words, taken_tokens)
    located += _districts_of_towns(text, tokens, words, taken_tokens)
    located += _coasts(text, tokens, words, resolved)
    located += _english_unlisted_places(text, located)
    located += _english_hospitals(text, located)
    located = _english_airports(text, located)
    located.sort(key=lambda loc: loc.place.start)
    if " in " in text:
        located = _english_in_country(text, located)
    return located


# "the port of Tripoli in northern Lebanon", "Tripoli in Lebanon": a place told in a country is that country's, whatever
# namesake the gazetteer gave it (labelling guide: Tripoli in Lebanon is not Libya; English pass 27)
_EN_IN_COUNTRY = re.compile(r" in (?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? "
                            r"|central )?")


def _english_in_country(text: str, located: list[Located]) -> list[Located]:
    """A place right before "in [northern ...] <country>" of another country takes that country (sorted ``located``)."""
    out = []
    for index, loc in enumerate(located):
        nxt = located[index + 1] if index + 1 < len(located) else None
        if (nxt is not None and nxt.place.precision == "country" and loc.place.precision != "country"
                and loc.country not in (None, nxt.country) and nxt.country
                and nxt.place.start - loc.place.end <= 20 and text[loc.place.start].isascii()
                and _EN_IN_COUNTRY.fullmatch(text, loc.place.end, nxt.place.start)):
            loc = replace(loc, country=nxt.country, place=replace(loc.place, in_libya=nxt.country == "LY"))
        out.append(loc)
    return out


# "Mitiga International Airport", "Benina International Airport": the airport's own name (labelled whole in 11 of 11
# English tune items); the name's first word alone is no place of its own there (English pass 19); so is "Tripoli
# International Stadium" (labelled whole in 15 of 15 tune items; places pass, twenty-first session)
_EN_AIRPORT_AFTER = re.compile(r" International (?:[Aa]irport|[Ss]tadium)\b")


def _english_airports(text: str, located: list[Located]) -> list[Located]:
    """A place right before "International Airport" (or "International Stadium") is the airport, named whole."""
    if " International " not in text:
        return located  # a cheap test first
    out = []
    for loc in located:
        after = _EN_AIRPORT_AFTER.match(text, loc.place.end) if text[loc.place.start : loc.place.start + 1].isascii() else None
        if after is not None:
            # the name only: the place's weight for where the event is stays its own (a city abroad stays a city)
            loc = replace(loc, place=replace(loc.place, name=text[loc.place.start : after.end()], end=after.end()))
        out.append(loc)
    return out


# "Ibn Sina Hospital", "Tripoli Children's Hospital": a hospital's own name the gazetteer lacks
# (not the tail of a longer name: "Abu Salim Accident and Trauma Hospital" is the gazetteer's or no one's)
_EN_HOSPITAL_NAME = re.compile(r"(?<![\w-])(?!The\b)((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s)? ){1,3}(?:Hospital|Clinic))\b")
_EN_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*(?: (?:and|of|&))? $")
# also "Zliten Medical Centre", "Houmt Souk regional hospital": a town's medical centre, or its hospital told by its
# rank (labelled as places in the English tune files; English pass 27)
_EN_HOSPITAL_AFTER = re.compile(r" (?:(?:[Rr]egional|[Gg]eneral|[Cc]entral|[Tt]eaching|[Mm]ain|[Uu]niversity) )?"
                                r"(?:[Hh]ospital|[Mm]edical [Cc]ent(?:re|er))\b")
_EN_INDEFINITE = ("a ", "an ")


def _english_hospitals(text: str, located: list[Located]) -> list[Located]:
    """A hospital named by its town ("taken to Murzuq hospital") or by a Title Case name ending in "Hospital" that
    the gazetteer lacks: a place of the story (the wounded are treated there), weighing nothing for where the event
    is (English pass 11). The town stays a place of its own."""
    if "ospital" not in text and "linic" not in text and "edical" not in text:
        return []  # a cheap test first
    taken = [(loc.place.start, loc.place.end) for loc in located if loc.place.precision == "facility"]
    out = []
    for loc in located:
        after = _EN_HOSPITAL_AFTER.match(text, loc.place.end)
        if (loc.place.precision in TOWN_PRECISIONS and after and text[loc.place.start].isascii()
                and text[max(0, loc.place.start - 3) : loc.place.start].lstrip() + " " not in _EN_INDEFINITE
                and text[max(0, loc.place.start - 2) : loc.place.start] != "a "):
            end = after.end()
            if _overlaps(taken, loc.place.start, end):
                continue
            out.append(Located(replace(loc.place, name=text[loc.place.start : end], id=f"hospital-{loc.place.id}",
                                       end=end, precision="facility"), None, 0.0))
            taken.append((loc.place.start, end))
    for m in _EN_HOSPITAL_NAME.finditer(text):
        start, end = m.span(1)
        if _overlaps(taken, start, end) or _EN_NAME_BEFORE.search(text, max(0, start - 30), start):
            continue
        out.append(Located(Place(name=m.group(1), id=_unlisted_id(m.group(1)), lat=None, lon=None, start=start, end=end,
                                 precision="facility", in_libya=False), None, 0.0))
        taken.append((start, end))
    return out


_EN_ARTICLES = ("Al-", "El-")


def _with_english_article(text: str, start: int) -> int:
    """"Benghazi's Al-Fuwayhat", "Egypt's El-Arish": a name the gazetteer has without its article is written with it,
    the article is the name's (English pass 11; lower-case "al-" inside a longer name, "Souq al-Juma", is not)."""
    if start < 3 or text[start - 3 : start] not in _EN_ARTICLES or (start > 3 and text[start - 4].isalnum()):
        return start
    return start - 3


# "Sabha's Al-Jadid district", "in the Al-Sakt area", "the city's Zawiyat al-Mahjoub area": a named quarter the
# gazetteer lacks, told by its head word (the English side of `_unlisted_areas`)
_EN_NAMED_AREA = re.compile(
    r"\b(?:the|the nearby|[A-Z][a-z]+'s|city's|town's)\s+"
    r"((?:(?:Al|El)-)?[A-Z][a-z]{2,}(?:\s(?:al|el)-[A-Z][a-z]{2,})?)\s+(?:district|neighbourhood|neighborhood|area|quarter)\b")
# "near the Libyan town of Shwayrif": a town the gazetteer lacks, placed in Libya by the text itself
_EN_LIBYAN_TOWN = re.compile(r"\b[Tt]he Libyan (?:town|city|village|oasis) of ((?:(?:Al|El)-)?[A-Z][a-z]{2,}(?:\s(?:al|el)-[A-Z][a-z]{2,})?)")


def _english_unlisted_places(text: str, located: list[Located]) -> list[Located]:
    """English places the gazetteer lacks, from their frame (English pass 11): a named quarter before "district",
    "area", "neighbourhood" (no country: it weighs nothing for where the event is), and "the Libyan town of X"
    (Libyan, weighed as a town). A name already found (in whole or part) is left to the gazetteer."""
    if "area" not in text and "district" not in text and "neighbo" not in text and "quarter" not in text and (
            "Libyan" not in text):
        return []  # a cheap test first
    taken = [(loc.place.start, loc.place.end) for loc in located]
    out = []
    for pattern, precision in ((_EN_NAMED_AREA, "neighbourhood"), (_EN_LIBYAN_TOWN, "town")):
        for m in pattern.finditer(text):
            start, end = m.span(1)
            if _overlaps(taken, start, end):
                continue
            libyan = precision == "town"
            place = Place(name=m.group(1), id=_unlisted_id(m.group(1)), lat=None, lon=None, start=start, end=end,
                          precision=precision, in_libya=libyan)
            out.append(Located(place, "LY" if libyan else None, 1.0 if libyan else 0.0))
            taken.append((start, end))
    return out


_DATELINE_TOKENS = 3  # «جرجيس:», «بن قردان:», «سيدي بوزيد:»
# what follows a wire's dateline city: "ROME (Reuters) -", "VALLETTA, Malta (AFP) -"
_EN_DATELINE_TAIL = re.compile(r"(?:, [A-Z][A-Za-z ]+)?\s*\([A-Za-z .]+\)\s*[-–—]")


def _english_wire_dateline(text: str, match: Match) -> bool:
    """A city in capitals opening a line, then the agency in brackets and a dash: where the wire filed its story."""
    return (match.text.isupper() and match.text.isascii() and _after_line_break(text, match.start)
            and _EN_DATELINE_TAIL.match(text, match.end) is not None)


def _dateline(text: str, match: Match) -> bool:
    """«جرجيس: خفر السواحل الليبي يحتجز مركب صيد»: a headline opening with a place and a colon names the region
    the report comes from (a radio's correspondent), like a speaker's seat: where the harm happened is what the
    evidence names otherwise (a place, a national force acting there), else still the dateline. Not a country
    («السودان: ستة قتلى في قصف ...»): world news put the event's country there."""
    return (match.first_token == 0 and match.last_token < _DATELINE_TOKENS and "\n" in text
            and match.entry.get("precision") != "country" and text[match.end : match.end + 2].strip()[:1] == ":")


# «صفحة أخبار الكفرة: قصف على سوق الفاشر ...», «شبكة أخبار سبها | ...»: a post opening with the name of the page or
# network that posts it (a page, account or network named after a town, then a colon or a bar) names where the page
# is, like a speaker's seat, not where the harm happened (Arabic pass 64: short posts about the whole region)
_PAGE_HEADS = frozenset({"صفحه", "حساب", "شبكه", "منصه", "مجموعه", "تنسيقيه", "اخبار"})
_PAGE_NAME_TOKENS = 5  # «صفحة أخبار مدينة الكفرة الآن:»: the head, two or three words of the name, the town
# «مصراتة اليوم: ...», «بنغازي الآن | ...»: a page named by its town and a word of news time (the town alone before a
# colon is a dateline, ``_dateline``)
_PAGE_TAIL = re.compile(r"\s*(?:اليوم|الآن|الان|نيوز|24)\s*[:|]")


def _page_name(text: str, words: list[str], match: Match) -> bool:
    """The place ends a page's name that opens the post and is followed by «:» or «|», or opens the post followed by
    a word of news time and «:» or «|»."""
    if match.first_token == 0:
        return match.entry.get("precision") != "country" and _PAGE_TAIL.match(text, match.end) is not None
    return (match.last_token < _PAGE_NAME_TOKENS and words[0] in _PAGE_HEADS
            and text[match.end : match.end + 3].strip()[:1] in (":", "|"))


# OSM villages and hamlets: hundreds of small names, many shared with places abroad («حي الزيتون» in Gaza).
_MINOR_OSM = ("village", "hamlet")


def _unplaced_villages(resolved: list[tuple[Match, dict, int]], cue_countries: set[str]) -> list[tuple[Match, dict, int]]:
    """An OSM village is no evidence of Libya on its own: in a document with nothing else Libyan (no other Libyan
    place, no Libyan cue word) that names another country (a place there: «بحي الزيتون شرق مدينة غزة», or a cue
    word: «ولاية صفاقس»), a village is an unlisted namesake there (no country, no coordinates)."""
    def minor(entry: dict) -> bool:
        return entry["id"].startswith("ly-osm") and entry.get("precision") in _MINOR_OSM

    if "LY" in cue_countries or any(entry.get("country") == "LY" and not minor(entry) for _, entry, _ in resolved):
        return resolved
    abroad = cue_countries | {entry.get("country") for _, entry, _ in resolved}
    if not abroad - {None, "LY", "XX"}:
        return resolved
    out = []
    for match, entry, s_index in resolved:
        if minor(entry):
            entry = {**entry, "id": _unlisted_id(match.text), "country": None, "lat": None, "lon": None, "region": None}
        out.append((match, entry, s_index))
    return out


# «مركز شرطة قرقارش», «مديرية أمن الصابري»: a unit named after the quarter; the quarter inside its name is not the
# writer's bare form of «حي قرقارش» (Arabic pass 90)
_UNIT_NAMED_AFTER = frozenset({"شرطه", "امن"})


def _named_after_quarter(words: list[str], first: int, last: int) -> bool:
    """Is the place match at first..last a unit named after its quarter («مركز شرطة قرقارش» matched whole, or
    «قرقارش» right after «شرطة»): no bare form of the quarter by the writer (Arabic pass 90)."""
    return not _UNIT_NAMED_AFTER.isdisjoint(words[max(0, first - 1) : last])  # (the same words, one set test at C level)

# «حي الزهور», «نهج الحبيب», «زنقة بنغازي», «شارع الحبيب بورقيبة»: a neighbourhood or street head (indefinite:
# «الشارع التونسي» is the public) followed by a definite name is a place even when no gazetteer lists it (its
# country is unknown: it scores for none).
_AREA_HEADS = {"حي": "neighbourhood", "نهج": "street", "زنقه": "street", "شارع": "street",
               # Arabic pass 80: «قرب بوابة الصمود», «عند بوابة الدافنية»: a checkpoint gate on a Libyan road, named
               # whole (the written labels: whole in 6 items, bare in 1: tune45 pass); after a preposition only
               "بوابه": "facility"}
_GATE_BEFORE = frozenset({"عند", "قرب", "امام", "علي", "في", "بالقرب", "من", "مدخل", "بمحيط", "محيط", "عبر"})
_OUTLET_GATES = frozenset({"الوسط", "الاهرام", "افريقيا", "الشروق", "الفجر",  # news sites named «بوابة ...»
                           # the gate of a building or a town, no checkpoint's name («بوابة السجن», «بوابة المدرسة»)
                           "السجن", "المدرسه", "المدينه", "المنزل", "البيت", "الطريق", "الجامعه", "المدخل", "التفتيش",
                           "المستشفي", "المطار", "الميناء", "المعسكر", "القاعده", "المقر", "المصنع", "الشركه", "المبني",
                           "الحي", "المنطقه", "البلديه", "المسجد", "المقبره", "المزرعه", "الرئيسيه", "الرئيسي",
                           "الخلفيه", "الجنوبيه", "الشماليه", "الشرقيه", "الغربيه", "العسكريه", "الامنيه", "الحديديه",
                           "الكليه", "المعهد", "الملعب", "المركز", "الدخول", "الخروج", "العبور", "الحدود", "الحدوديه"})
_AREA_HEAD_ENDINGS = tuple(_AREA_HEADS)
_NOT_AREA_NAME = {"الذي", "التي", "الذين", "الان", "الي", "الا", "الله", "اللي"}


@word_cache(65536)
def _ends_as_area_head(word: str) -> bool:
    """``word.endswith(_AREA_HEAD_ENDINGS)``, cached per word (``_unlisted_areas`` asks it of every word; speed pass 9)."""
    return word.endswith(_AREA_HEAD_ENDINGS)


def _unlisted_areas(text: str, tokens: Tokens, words: list[str], taken: set[int]) -> list[Located]:
    out = []
    # only the words ending as an area head does (few), found at C level instead of a test per word
    for index in compress(count(), map(_ends_as_area_head, words[:-1])):
        word = words[index]
        forms = (*clitic_variants(word), word[1:] if len(word) == 3 and word[0] in "وفبلك" else word)  # «بحي»
        precision = next((_AREA_HEADS[f] for f in forms if f in _AREA_HEADS), None)
        name_word = words[index + 1]
        # a gate's name may be a town's «أبو ...» («عند بوابة أبوكماش»), as the gazetteer's «أبو» names are
        gate_name = precision == "facility" and name_word.startswith("ابو")
        if (precision is None or index in taken or index + 1 in taken or not (name_word.startswith("ال") or gate_name)
                or len(name_word) < 5 or name_word in _NOT_AREA_NAME):
            continue
        form = next(f for f in forms if f in _AREA_HEADS)
        if form == "شارع" and any(f.startswith("ال") for f in forms):
            continue  # «الشارع التونسي» is the public, no street
        if form == "بوابه" and (any(f.startswith("ال") for f in forms) or name_word in _OUTLET_GATES or not (
                word != form or (index > 0 and words[index - 1] in _GATE_BEFORE))):
            continue  # a gate only after «عند / قرب / ب...»: «بوابة الوسط» is a news site
        last = index + 1
        if precision == "street" and last + 1 < len(words) and index + 2 not in taken:
            nxt = words[last + 1]  # «نهج الحبيب ثامر»: streets are often named after a person (two words)
            surname = nxt.startswith("بو") and len(nxt) > 4 and nxt[1:] not in _NOT_CONSTRUCT  # «بورقيبة», not «بوسط»
            # «شارع» is MSA: a second plain word is as often the next word of the sentence («شارع النصر أمس»)
            plain = form != "شارع" and not nxt.startswith(("ال", "و", "ب", "ل", "ف")) and nxt not in _NOT_CONSTRUCT
            if (surname or plain) and not nxt.isdigit():
                last += 1
        name, start, end = tokens.surface(text, index, last, form)
        place = Place(name=name, id=_unlisted_id(name), lat=None, lon=None, start=start, end=end,
                      precision=precision, in_libya=False)
        out.append(Located(place, None, 0.0))
    return out


# Arabic pass 68 (tune68): «في منطقة ماجر بزليتن», «بمنطقة الظهير جنوب سرت», «في منطقة الفتائح شرق درنة»: a one-word
# name after «منطقة» and before a town it lies in («ب» + a listed place, «بمدينة ...») or a direction from one is a
# district the gazetteer does not list; the labels name it without «منطقة» (some 150 written labels so). Not an
# adjective («منطقة سكنية / صحراوية / جبلية»: a nisba in «يه»), a plural in «ات» («منطقة اشتباكات»), a first name
# word of two («منطقة قصر بن غشير»), nor a word of the sentence
_DISTRICT_HEADS = frozenset({"منطقه", "بمنطقه", "لمنطقه", "ومنطقه"})
_DISTRICT_DIRECTIONS = _DIRECTIONS | {"قرب"}  # the directions «الزاوية غربي ليبيا» reads, and «قرب»
_DISTRICT_IN = frozenset({"بمدينه", "بضواحي", "بولايه", "بريف", "ببلديه", "بالقرب"})
_NOT_DISTRICT = frozenset({"قصر", "سيدي", "بئر", "عين", "وادي", "راس", "خارج", "داخل", "عسكريه", "الاشتباكات",
                           "النزاع", "الحرب", "الحدود", "الحدوديه", "التي", "الذي", "المذكوره", "نفسها", "المحيطه",
                           # a body's district («التابعة لمنطقة الأمن بجربة»: Tunisia's police districts), no place
                           "الامن", "الحرس", "الشرطه", "الجمارك", "الدفاع", "العمليات"})


def _districts_of_towns(text: str, tokens: Tokens, words: list[str], taken: set[int]) -> list[Located]:
    """The unlisted districts «منطقة X» placed in a town or by a direction from one (see above): where the harm
    happened, named as the labels name it, when the gazetteer knows only the town."""
    if _DISTRICT_HEADS.isdisjoint(words):
        return []  # a cheap test first (every document): no «منطقة» to start at
    out = []
    for index in range(len(words) - 2):
        if words[index] not in _DISTRICT_HEADS:
            continue
        name, after = index + 1, words[index + 2]
        word = words[name]
        if (name in taken or len(word) < 3 or word in _NOT_DISTRICT or word.endswith("يه") or not word[0].isalpha()
                or (word.endswith("ات") and not word.startswith("ال")) or word.isascii()):
            continue
        placed = (after.startswith("ب") and (index + 2 in taken or after in _DISTRICT_IN)) or (
            after in _DISTRICT_DIRECTIONS and index + 3 < len(words) and (
                index + 3 in taken or words[index + 3] in ("المدينه", "العاصمه", "مدينه", "البلاد", "ليبيا")))
        if not placed:
            continue
        surface, start, end = tokens.surface(text, name, name, word)
        place = Place(name=surface, id=_unlisted_id(surface), lat=None, lon=None, start=start, end=end,
                      precision="neighbourhood", in_libya=False)
        out.append(Located(place, None, 0.0))
    return out


LISTED_VICTIMS_REACH = 2  # sentences between a list of victims and the incident it belongs to


def _bracketed_ages(also_named: dict[str, set[str]], found: list[tuple[Candidate, _Sentence]], body: str) -> None:
    """Children and elderly by a bracketed age in an evidence sentence («وإصابة ابنهما (12 عاما)»): a post's way
    of stating the age, which the word rules (an age verb, «من عمره») do not read."""
    for candidate, sentence in found:
        if categories := bracketed_age_categories(body[sentence.start : sentence.end]):
            also_named.setdefault(candidate.type, set()).update(categories)


# the migrants' detention authority, named in English news ("The centre is run by the Directorate for Combating
# Illegal Migration (DCIM)"), and the detainees of one of its centres told in an evidence sentence
_EN_MIGRANT_AUTHORITY = re.compile(r"\bDCIM\b|\bCombating Illegal Migration\b", re.IGNORECASE)
_EN_CENTRE_DETAINEES = re.compile(r"\bdetainees\b[^.]*\bcent(?:re|er)\b|\bcent(?:re|er)\b[^.]*\bdetainees\b",
                                  re.IGNORECASE)


# a sentence that tells someone killed or hurt, evidence or not ("His grandson, 8, was hurt", "Among the dead was ..."),
# or their care or a graze (English pass 47: "Her eldest son, 10, was grazed by a bullet and treated at ...")
# a wound named as a noun tells a harm too ("The boy, 11, suffered a leg wound", "his son, 9, had head injuries":
# English pass 54)
_EN_HARM_TOLD = re.compile(r"\b(?:hurt|wounded|injured|killed|dead|died|shot|stabbed|beaten|treated|grazed|hospitali[sz]ed"
                           r"|wounds?|injury|injuries|burns|fractures?)\b", re.IGNORECASE)
# English pass 51: a later sentence that opens on a share of those just told harmed and gives their age ("Two of them,
# aged 17, are first-year students", "One of the wounded, aged 70, ..."): the share's age is a victim's, as a comma age
_EN_SHARE_AGE = re.compile(r"\s*(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth|\d{1,2}) of (?:them|whom|the "
                           r"(?:wounded|injured|victims|dead|hurt)),? (?:(?:were|are|was|is) )?aged (\d{1,3})\b")
# "His 14-year-old nephew ... was treated": a relative's age before the kin noun, in such a later sentence (pass 47)
_EN_KIN_AGE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (\d{1,2})-year-old (?:son|daughter|nephew|niece|grandson|"
                         r"granddaughter|brother|sister|cousin|boy|girl|child)\b")


def _english_comma_ages(also_named: dict[str, set[str]], found: list[tuple[Candidate, _Sentence]], body: str,
                        sentences: list[_Sentence]) -> None:
    """Children and elderly by an age between commas in an evidence sentence ("cousins Salem, 16, and Naji, 31,"), or
    in a later sentence of the incident that tells someone killed or hurt ("His grandson, 8, was hurt"): English
    news's way of stating the age, which the word rules (an age compound, "aged") do not read (pass 26)."""
    evidence = {sentence.start for _, sentence in found}
    for candidate, sentence in found:
        if categories := english_comma_age_categories(body[sentence.start : sentence.end]):
            also_named.setdefault(candidate.type, set()).update(categories)
    first = found[0][1].start
    for sentence in sentences:
        if sentence.start <= first or sentence.start in evidence:
            continue
        text = body[sentence.start : sentence.end]
        # "Two of them, aged 17, are first-year students": a share of the harmed (English pass 51)
        if (share := _EN_SHARE_AGE.match(text)) and (categories := ages_categories((int(share.group(1)),))):
            also_named.setdefault(found[0][0].type, set()).update(categories)
        if not _EN_HARM_TOLD.search(text):
            continue
        if categories := english_comma_age_categories(text):
            also_named.setdefault(found[0][0].type, set()).update(categories)
        if (kin_age := _EN_KIN_AGE.search(text)) and (categories := ages_categories((int(kin_age.group(1)),))):
            also_named.setdefault(found[0][0].type, set()).update(categories)


def _english_migrant_centre(also_named: dict[str, set[str]], found: list[tuple[Candidate, _Sentence]],
                            body: str) -> None:
    """"Guards at the detention centre fired on detainees", in a story that names the DCIM as the centre's keeper:
    the detainees are migrants (English pass 14: the DCIM holds migrants only; the sentence names no nationality)."""
    if not _EN_MIGRANT_AUTHORITY.search(body):
        return
    for candidate, sentence in found:
        if _EN_CENTRE_DETAINEES.search(body[sentence.start : sentence.end]):
            also_named.setdefault(candidate.type, set()).add("migrants")


# «ننعى متطوعنا ... الذي قتل» in a post of the Red Crescent, «وأصيب متطوعان آخران»: the settled answers count Red
# Crescent volunteers as medics (Arabic pass 51) when they are the ones harmed: a harm word right before the volunteer
# word, or a passive harm verb a few words after it (not «متطوعيه انتشلوا الجثث», «فرق المتطوعين بإسعاف مصابين»)
_VOLUNTEER = re.compile(r"^[وبل]?(?:ال)?متطوع(?:ه|ان|ين|ون|نا|ينا|تنا|يه|ي)?$")
_HARMED_BEFORE = frozenset({"مقتل", "اصابه", "استشهاد", "اصيب", "واصيب", "قتل", "وقتل", "استشهد", "واستشهد", "نعي", "ننعي",
                            "تنعي", "مصرع", "وفاه"})
_HARMED_AFTER = frozenset({"قتل", "قتلا", "قتلوا", "استشهد", "استشهدا", "اصيب", "اصيبا", "اصيبوا", "توفي", "توفيا"})
_VOLUNTEER_REACH = 6  # «متطوعنا أنور بشير الصادق (24 عاما) الذي قتل»: a name and an age between


def _red_crescent_volunteers(also_named: dict[str, set[str]], found: list[tuple[Candidate, _Sentence]],
                             body: str) -> None:
    for candidate, sentence in found:
        if candidate.type not in ("killing", "injury"):
            continue
        words = normalize(body[sentence.start : sentence.end]).split()
        for k, word in enumerate(words):
            if _VOLUNTEER.match(word) and (words[k - 1 : k] and words[k - 1] in _HARMED_BEFORE or not _HARMED_AFTER.isdisjoint(
                    words[k + 1 : k + 1 + _VOLUNTEER_REACH])):
                also_named.setdefault(candidate.type, set()).add("medics")
                break


def _listed_victims(listed: dict[int, set[str]], found: list[tuple[Candidate, _Sentence]],
                    sentences: list[_Sentence]) -> dict[str, set[str]]:
    """Categories of the sentences that only list victims («من بينهم ست نساء وثلاثة أطفال», "Among those detained
    are 22 women"), per incident type: each joins the nearest incident sentence within reach, the earlier on a tie."""
    number_of = {sentence.start: number for number, sentence in enumerate(sentences)}
    at: dict[int, set[str]] = {}
    for candidate, sentence in found:
        at.setdefault(number_of[sentence.start], set()).add(candidate.type)
    named: dict[str, set[str]] = {}
    for number, categories in listed.items():
        near = [n for n in at if abs(n - number) <= LISTED_VICTIMS_REACH]
        if near:
            for kind in at[min(near, key=lambda n: (abs(n - number), n > number))]:
                named.setdefault(kind, set()).update(categories)
    return named


_DISEASE_FRAME = frozenset({"disease"})  # (only an illness frames out the harm it was drawn from; Arabic pass 124)


def annotate(text: str, language: str | None = None, published_at: str | None = None, *,
             model: bool = True) -> Annotation:
    """All annotations of one document; never raises on odd input (empty, huge, any script).

    With ``model`` (the default) the learnt document model (nlp.classifier) confirms or rejects the
    rules' incidents; ``model=False`` gives the rules alone (training, comparisons)."""
    annotation, words, view = annotate_rules(text, language, published_at)
    return decide(annotation, words, view, text) if model else annotation


def annotate_rules(text: str, language: str | None = None,
                   published_at: str | None = None) -> tuple[Annotation, list[str], RuleView]:
    """The rules' annotation, the document's normalised words and what the model sees of the rules."""
    started = time.monotonic()
    truncated = len(text) > MAX_CHARS
    body = text[:MAX_CHARS] if truncated else text
    tokens = Tokens.of(body)
    sentences = _sentences(body, tokens)
    lang = language or ("en" if body and not has_arabic_script(body) else "ar")
    actors = find_actors(body, tokens)
    if lang == "en":
        actors = english_actors(body, tokens, actors)  # bodies named in English (nlp.actors_en)
    actor_tokens = {t for a in actors for t in range(a.first_token, (a.core_last if a.core_last >= 0 else a.last_token) + 1)}
    cues = find_cues(tokens)
    located = _places(body, tokens, sentences, actor_tokens, cues)
    places = [loc.place for loc in located]
    published = parse_published(published_at)

    found: list[tuple[Candidate, _Sentence]] = []
    casualties = _Tally()  # the main event's counts
    statuses: list[str | None] = []
    told: list[str | None] = []  # the statuses of sentences that tell victims (below)
    results = []
    sentence_texts: list[list[str]] = []  # each sentence's words (an English beating's wound is looked for in them)
    listed: dict[int, set[str]] = {}  # a sentence's number -> the victims it lists («من بينهم ست نساء»), no incident of its own
    unread: list[tuple[int, list, list[str]]] = []  # outside English: the sentences whose list is read once found is known
    out_of_time = False
    listing = is_listing(body)
    trailer = not listing and is_programme_trailer(tokens.items)
    headline = len(sentences) > 1 and "\n" in body[sentences[0].start : sentences[1].start]
    lead_number = _lead_number(body, sentences, headline) if lang == "en" else (1 if headline else -1)
    body_from = 2 if headline else 1  # past the headline and the lead: where a long article recalls the past
    frames: dict[str, frozenset[str]] = {}  # the headline's and the lead's frames, read once a candidate needs them
    # the finders whose first test the document fails: they find nothing in any of its sentences (speed pass 17)
    skip = frozenset() if listing else finders_ruled_out(set(tokens.words), tokens.normalized.text)

    def frame(number: int) -> frozenset[str]:
        """The lead's frame for the headline («العثور على جثة شخص مفقود» then «جراء التقلبات الجوية»), the
        headline's and the lead's for the body."""
        if not frames:
            lead = sentences[1] if headline else None
            frames["lead"] = lead_frame(list(tokens.items[lead.first_token : lead.last_token])) if lead else frozenset()
            frames["body"] = headline_frame(list(tokens.items[sentences[0].first_token : sentences[0].last_token]))
            if lead:  # "Last of blast wounded leave hospital": the headline's own hurt are framed too (pass 40)
                frames["lead"] |= frames["body"] & HEADLINE_OWN_FRAMES
            frames["body"] |= frames["lead"]
        return frames["body" if number else "lead"]

    for number, sentence in enumerate([] if listing else sentences):
        if number >= MIN_SENTENCES and time.monotonic() - started > TIME_BUDGET_S:
            out_of_time = True
            break
        sentence_tokens = _without_outlet_number(
            list(tokens.items[sentence.first_token : sentence.last_token]), tokens.normalized.text)
        sentence_words = list(map(TOKEN_TEXT, sentence_tokens))  # (each token's text, read at C level)
        # the sentence before fired tear gas: this one's breathing trouble treated is its harm (English pass 52)
        gassed = lang == "en" and bool(sentence_texts) and tear_gas_told(sentence_texts[-1])  # (English pass 52)
        result = analyse_sentence(sentence_tokens, gassed, skip)
        statuses.append(result.victim_status)
        # the statuses a later «الجرحى» may point back to: a sentence with no trigger and no count («وأن الجرحى نقلوا
        # جوا») tells no victims of its own, whatever status its casualty noun alone gives
        told.append(result.victim_status if result.candidates or result.counts else None)
        results.append(result)
        sentence_texts.append(sentence_words)
        # only a sentence with something to drop is read for background (a cheap test first: every sentence runs it)
        past_lead = number >= body_from and lang == "ar" and bool(result.candidates or result.counts)
        if past_lead and (recalls_earlier_event(sentence_words, published)
                          or recalls_judged_act(sentence_words, results[:body_from])):
            continue  # background recalled past the lead: no incident or count of the news
        if lang == "en" and number >= body_from and english_earlier_toll_clause(sentence_words):
            continue  # "the wounded of last month's clashes, which injured 19 people": another, earlier event (pass 46)
        if lang == "en" and number >= body_from and found and english_recalls_earlier(sentence_words):
            continue  # "Last month a boy was wounded by a stray bullet": another event, after the news is told
        if lang == "en" and number >= body_from and found and english_dated_earlier(sentence_words, published):
            continue  # "The 2014 attack killed 13 police officers": an earlier year's event (English pass 49)
        lasting = (past_lead or (lang == "ar" and _REMINDING.intersection(sentence_words) and bool(
            result.counts))) and since_earlier_year(sentence_words, published)  # «منذ 2011»: only what lasts is news
        # "Measles outbreak in Sabha" then "Two children have died": an epidemic's deaths are no casualty count;
        # «الذكرى الثانية لمجزرة ...» then «صور الضحايا السبعة الذين قتلوا»: the commemorated act's dead neither
        # (under a visit headline also a sentence of care with no count of its own: "Doctors said eleven of them were
        # still in hospital" is the visited, not a toll; English pass 40; and under a discharge headline, "The last of
        # the four people wounded ... was discharged" is the discharged, not a toll: English pass 45)
        # (Arabic passes 92 and 94: under a discharge headline no sentence counts, the headline's own «الحارس
        # المصاب» neither; English pass 46: nor "Wounded cameraman returns home after treatment")
        if not lasting and not (number and (result.counts or (lang == "en" and not _EN_CARE_FRAMES.isdisjoint(
                frame(number)))) and (_EN_PAST if lang == "en" else _AR_PAST) & frame(number)) and not (
                result.counts and "discharge" in frame(number)) and not (
                result.counts and lang == "en" and not _EN_COUNTLESS_FRAMES.isdisjoint(frame(number))) and not (
                # «عميد البلدية يزور الطفل المصاب»: the headline's own visited one counts nobody (Arabic pass 137)
                number == 0 and headline and result.counts and "visit" in frame(1)):
            restated = _dead_restated(casualties, result.counts, sentence_words)
            if lang == "ar" and _dead_mans_passive_hit(casualties, restated, sentence_words):
                restated = {}  # «وإنه أصيب في ظهره»: the dead man's wound (Arabic pass 92), no injury of its own
                casualties.dead_wound.add(sentence.start)
            if restated is not result.counts:
                casualties.restated.add(sentence.start)  # its candidates' injured go too (below)
            counts = _held_assault(casualties, _dead_mans_hit(casualties, restated, sentence_words), sentence_words)
            if lang == "en" and "injured" in counts and (share := english_share_of_attacked(sentence_words)) and (
                    share < counts["injured"]):
                counts = {**counts, "injured": share}  # "three were attacked, and one of them was stabbed" (pass 45)
            if lang == "ar" and counts.get("injured") == 1 and share_told_hurt(sentence_words) == 1:
                casualties.share_told = True
            # (also after an accident's dead were counted: "Two young men drowned ..." then "A third was rescued and
            # treated at Tajoura Hospital": the guide counts an accident's hurt too; English pass 40)
            # (and in a sentence whose harm is an accident's, its trigger taken out but its victims told: "Five
            # children were taken to hospital with breathing problems after smoke from a burning dump ..."; pass 43;
            # and where this sentence itself tells an accident's dead: "Two labourers died and three were treated for
            # smoke inhalation after a fire": English pass 45)
            if lang == "en" and (found or result.candidates or casualties.casualty or casualties.stated.get("killed")
                                 or result.victim_status is not None or "killed" in counts):
                counts = _english_cared_for(counts, sentence_words, casualties)
            if lang == "en" and ("toll" in sentence_words or (  # "while the IOM put the number at 13": the dead
                    "number" in sentence_words and "killed" in counts and "injured" not in counts)) and (  # (pass 37)
                    put := english_toll_put_at(sentence_words)) and put > counts.get("killed", 0):
                counts = {**counts, "killed": put}  # "but the hospital later put the toll at eight" (pass 26)
            if lang == "en" and casualties.stated.get("killed") and counts.get("injured", 0) > 1 and "killed" not in counts and (
                    english_others_remaining(sentence_words) == counts["injured"] - 1):
                # "A man wounded in ... died of his injuries" then "wounding three men; the two others are recovering":
                # the one told dead before leaves the wounded (English pass 47)
                counts = {**counts, "injured": counts["injured"] - 1}
            elif lang == "en" and casualties.stated.get("killed") == 1 and counts.get("injured", 0) > 1 and (
                    "killed" not in counts) and english_pluperfect_hurt(sentence_words) and any(
                    map(english_wounded_then_died, sentence_texts[:-1])):
                # "A woman wounded in a grenade attack ... has died" then "four members of the household had been
                # wounded when ...": she was one of the four (killed 1, injured 3: the guide; English pass 60)
                counts = {**counts, "injured": counts["injured"] - 1}
            if lang == "en" and number and (dead := casualties.stated.get("killed")) and (
                    english_next_dead(sentence_words) == dead + 1):
                # "A fourth migrant died of his wounds" after three: one more dead of the same event (English pass 49)
                for part in (casualties.stated, casualties.body):
                    part["killed"] = dead + 1
                counts = {k: v for k, v in counts.items() if k not in ("killed", "injured")}
            if lang == "en" and casualties.stated.get("injured") and not casualties.toll_raised and (
                    died := english_hurt_later_died(sentence_words, opening=True)):
                counts = _wounded_later_died(casualties, counts, died[0])  # "One of the wounded later died" (pass 40)
            elif lang == "en" and (hurt := casualties.stated.get("injured")) and "injured" not in counts and (
                    dead := casualties.body.get("killed") or casualties.stated.get("killed")) and (
                    counts.get("killed", 0) > dead) and (
                    died := english_hurt_later_died(sentence_words)) and died[0] < hurt and (
                    counts["killed"] == dead + died[0]):
                # "killed two civilians and wounded three" then "the toll had risen to four dead after two of the
                # wounded died": the risen toll counts them, the wounded are fewer by as many (the guide's "three
                # wounded, one later died"; English pass 56); the body's dead, a headline may give the risen toll
                for part in (casualties.stated, casualties.body):
                    if "injured" in part:
                        part["injured"] = max(1, part["injured"] - died[0])
            elif lang == "en" and (hurt := casualties.stated.get("injured", 0)) > 1 and (
                    "killed" not in casualties.body) and english_last_of_hurt_died(sentence_words) == hurt:
                # "Three young men were wounded" then "Two were hurt lightly, but the third ... died in hospital": the
                # last of the wounded died (killed 1, injured 2: the guide's "three wounded, one later died"; pass 56)
                for part in (casualties.stated, casualties.body):
                    if "injured" in part:
                        part["injured"] = hurt - 1
                casualties.stated.setdefault("killed", 1)
                casualties.body["killed"] = 1
                counts = {k: v for k, v in counts.items() if k not in ("killed", "injured")}
            # "A shepherd lost a foot ... . His nephew ... suffered minor cuts and was treated at ...": the relative of
            # the one hurt counted is one more (English pass 47); only beside one hurt (of a group, he may be of them)
            kin_more = (lang == "en" and not result.counts and casualties.stated.get("injured") == 1
                        and counts.get("injured") == 1 and english_kin_treated(sentence_words)) or (
                # "Two other protesters suffered fractures" after the one shot: a second group of hurt (all-files pass)
                lang == "en" and number > 0 and len(counts) == 1 and next(iter(counts)) in casualties.stated
                and english_more_hurt(sentence_words))  # (the dead too: "Six other people were killed"; killed pass)
            if lang == "en":
                counts, side_more = _other_side_dead(casualties, counts, sentence_words, headline and number == 0)
                kin_more = kin_more or side_more
            _take_counts(casualties, counts or _toll_without_trigger(sentence_words, sentence_tokens),
                         sentence_words, lead=number == lead_number,
                         title=headline and number == 0,
                         casualty=result.victim_status is not None or _torture_told(result, lang), more=kin_more)
        for candidate in [] if trailer else _not_hashtag_cases(body, tokens, sentence, result.candidates):
            if lasting and candidate.type not in CONTINUING:
                continue  # «الصحفيين الذين قتلوا في ليبيا منذ 2011»: a tally of the past
            if framed_out(candidate, frame(number), result, sentence_words):
                continue  # «تسمم جماعي ...» then «حالة جميع المصابين مستقرة»: the headline's accident
            if candidate.trigger == PRESS_HARMED and "disease" in frame(number) and all(
                    framed_out(c, _DISEASE_FRAME, result, sentence_words) for c in result.candidates
                    if c.type != "attack_on_civil_society"):
                continue  # «تشييع جثمان الشاعر» under a lead's death of illness: no harm left to the poet (pass 124)
            if number == 0 and headline and "visit" in frame(1) and framed_out(
                    candidate, _VISIT_FRAME, result, sentence_words):
                continue  # "PM visits wounded from Janzour clashes": the hurt the headline's own visit is to (pass 41)
            if past_lead and weak_word_for_judged_act(candidate, result, results[:body_from]):
                continue  # «عائلات الضحايا» in a ruling story: the judged act's victims
            if number and points_back_to_fighters(candidate, result, told[:-1]):
                told[-1] = "combatant"  # the same fighters: a later «الجرحى» points back past this one too
                continue  # «مقتل ثلاثة من عناصرها وإصابة اثنين» then «المصابين نقلا إلى المستشفى»
            found.append((candidate, sentence))
        if (not found or found[-1][1] is not sentence) and lang != "en":
            unread.append((number, sentence_tokens, sentence_words))  # its list is read after the loop (below)
        elif (not found or found[-1][1] is not sentence) and (named := listed_victim_categories(sentence_tokens, sentence_words)):
            listed[number] = named
            if lang == "en" and found and english_group_still_held(sentence_words) is not None and (
                    held_in := [s for c, s in found if c.type in _CAPTIVITY]):
                # "Several women and two boys were still held when he left": the ones left in the captivity told
                # last, however many sentences of the survivor's escape lie between (English pass 57)
                listed[sentences.index(held_in[-1])] = listed.pop(number) | listed.get(sentences.index(held_in[-1]), set())
        # (the sentence may be a harm sentence itself: "She was treated for a broken arm", a wound word; English pass 29)
        if lang == "en" and found and _english_she_hurt(sentence_words) and (
                told_before := [s for _, s in found if s is not sentence]) and not any(
                "girls" in (c.victims if c.categories is None else c.categories) for c, s in found
                if s is told_before[-1]):
            listed.setdefault(number, set()).add("women")  # "... a nurse was punched" then "She was admitted with ..."
        if lang == "en" and found and found[-1][1] is not sentence and english_woman_named(sentence_words) and (
                states_wound(sentence_words) or english_one_wounded(sentence_words)):
            listed.setdefault(number, set()).add("women")  # "The nurse, Amina X, was hit in the shoulder" (pass 57)
        if lang == "en" and found and _english_she_held(sentence_words) and any(
                c.type == "arbitrary_detention" for c, _ in found):
            listed.setdefault(number, set()).add("women")  # "... jailed a blogger" then "She has been held in" (pass 41)

    if lang == "en" and found and all(c.type in _TAKINGS for c, _ in found) and english_released_unharmed(_words(tokens)):
        found = []  # "Two engineers kidnapped last month have been released unharmed": a release story, nobody hurt
    if lang == "en" and found and headline and all(c.type in _TAKINGS for c, _ in found) and english_freed_headline(
            sentence_texts[0] if sentence_texts else [], _words(tokens)):
        found = []  # "Abducted doctor released" then "The doctor ... was abducted near his clinic": the release story's
        # taking restated, no new act (English pass 65)
    if lang == "ar" and found and all(c.type in _TAKINGS for c, _ in found) and _arabic_released_unharmed(_words(tokens)):
        found = []  # «أفرج مسلحون عن الطبيب ... وقالت أسرته إنه بصحة جيدة»: a release story, nobody hurt (pass 80)
    if lang == "en" and any(c.type == "killing" or (c.type == "other" and _english_sea_death(c)) for c, _ in found):
        found = _english_crossing_deaths(found, results, _words(tokens))
    if lang == "en" and any(c.type == "injury" and c.confidence < _EN_WEAK_HURT for c, _ in found) and (
            _english_nobody_hurt(_words(tokens))):
        found = [(c, s) for c, s in found if not (c.type == "injury" and c.confidence < _EN_WEAK_HURT)]
    if lang == "ar" and found and all(c.type == "attack_on_property_or_infrastructure" for c, _ in found) and (
            not DAMAGE_WORDS.isdisjoint(doc_words := _words(tokens))) and no_damage(doc_words, load_lexicons().negation_words):
        found = []  # «قصف متبادل ... » then «دون تسجيل إصابات أو أضرار»: nothing was damaged (Arabic pass 74)
    # no later sentence replaced them, or one told one of them hurt («اعتدوا على طبيب وممرضين» then «الطبيب أصيب بكسر»:
    # the group beaten, one's wound told; a later group count, «أصيب اثنان منهم», still replaces). In English the one
    # told hurt is the count ("beat a presenter and a cameraman" then "The cameraman needed stitches" = 1, as "the two
    # doctors suffered fractures" after "beat two doctors and a nurse" = 2: English pass 17)
    held = casualties.assaulted is not None and (
        "injured" not in casualties.stated or (casualties.stated["injured"] == 1 < casualties.assaulted and lang == "ar"
                                               and not casualties.share_told))
    # one scan of the document, only when an assault's victims were held
    unhurt = held and not states_wound(_words(tokens))
    if held and not unhurt and lang == "en" and casualties.stated.get("killed"):
        unhurt = not any(map(_english_beating_wound, sentence_texts))
    if held and not unhurt:
        casualties.stated["injured"] = casualties.assaulted  # «اعتداء بالعنف على أستاذ» / «... ونقل إلى المستشفى»
    # «قائمة بأسماء الجرحى:» then «1- سالمة محمد (34 سنة) - شظية في الكتف» ...: the list counts the wounded
    wounded = listed_wounded(body) if "(" in body and any(c.type == "injury" for c, _ in found) else None
    if wounded and casualties.stated.get("injured", 0) < len(wounded):
        # the list names them all: a count told of one of them («وقال المستشفى إن السائق أصيب») is fewer
        casualties.stated["injured"] = len(wounded)
    evidence_spans = [(s.start, s.end) for _, s in found]
    where = located + agent_locations(actors)
    # not "relatives of the victims in Egypt's Minya province": a word for the victims names people, their place is
    # where they or their kin live, not where the harm was (English pass 18)
    harm_ends = [tokens.original_span(s.first_token + c.last, s.first_token + c.last)[1] for c, s in found
                 if c.last >= 0 and c.trigger not in _EN_VICTIM_NOUNS and c.trigger not in _AR_SMUGGLER_NOUNS]
    event = harm_site(located, body, harm_ends) or (
        ("الجانب" in body or " side of " in body) and side_named(located, body, evidence_spans)) or event_location(
        where, evidence_spans)
    if event is None and located and found:
        # no place in the evidence (a headline harm): the lead's places, a side of a border first ("found in desert
        # ... on the Libyan side of the border with Tunisia"; English pass 69)
        lead_spans = [(s.start, s.end) for s in sentences[:2]]
        event = (" side of " in body and side_named(located, body, lead_spans)) or event_location(where, lead_spans)
    event_id = event.place.id if event else None
    # every place is built with event_location False: only the event's own are rebuilt (dataclasses.replace is slow)
    places = [replace(p, event_location=True) if p.id == event_id else p for p in places]
    lead_end = sentences[1].end if len(sentences) > 1 else len(body)
    # country_cues reads the places' offsets only as ``cue.start in``: the cue starts inside a place give every such
    # answer, without a set of every offset of every place (speed pass 17)
    scores = country_cues(cues, {cue.start for cue in cues if any(
        loc.place.start <= cue.start < loc.place.end for loc in located)} if located else set(), lead_end)
    place_of_news = event
    if event is None and lang == "en" and not found and "combatant" in statuses:
        # fighters killed in a clash (no incident, no event place marked): where they fell still says where the
        # news is (English pass 7: "the army said it had killed 23 rebels ... in the Tibesti region"); their
        # sentences are not weighed as a harm's (a border clash names both sides' countries)
        fell = [(s.start, s.end) for s, status in zip(sentences, statuses) if status == "combatant"]
        place_of_news = event_location(where, fell)
    libyan = in_libya(located, scores, place_of_news, lead_end, evidence_spans)
    # (also beside a quarter or street no gazetteer lists, whose country is unknown: «مديرية أمن أوباري» over «في حي
    # الطيوري», Arabic pass 51)
    if not libyan and not any(loc.country for loc in located) and not scores and actor_tokens and lang == "ar":
        libyan = _libyan_town_in_body(body, tokens, actor_tokens)
    if not libyan and lang == "ar" and not scores and not any(loc.country for loc in located) and any(
            loc.place.id.startswith(_LIBYAN_STREET) for loc in located):
        # «على طريق الشط», «في شارع عمر المختار»: a street the gazetteer lists for a Libyan town only (weak: other
        # towns have one too, so it gets no country), in a post that names no other country, no place abroad and
        # no foreign cue word: the Libyan street is the one reading on record (Arabic pass 80)
        libyan = True

    # Outside English nothing in the loop reads ``listed``, and ``_listed_victims`` reads only the lists within
    # LISTED_VICTIMS_REACH sentences of a sentence in the final ``found`` (with none found, ``also_named`` is read by
    # no incident): so only those sentences' lists are read, here, the same as the loop would have (speed pass 16)
    if found and unread:
        starts = {s.start for _, s in found}
        found_at = [number for number, sentence in enumerate(sentences) if sentence.start in starts]
        for number, sentence_tokens, sentence_words in unread:
            if any(abs(n - number) <= LISTED_VICTIMS_REACH for n in found_at) and (
                    named := listed_victim_categories(sentence_tokens, sentence_words)):
                listed[number] = named
    also_named = _listed_victims(listed, found, sentences) if listed else {}
    if wounded:
        # the list's bracketed ages also tell a wife or a daughter by the kin word before her name (Arabic pass tune47)
        also_named.setdefault("injury", set()).update(ages_categories(wounded) | bracketed_age_categories(body))
    if "(" in body:
        _bracketed_ages(also_named, found, body)
    if lang == "en":
        _english_migrant_centre(also_named, found, body)
        if found and ", " in body:
            _english_comma_ages(also_named, found, body, sentences)
    elif found and "الهلال الأحمر" in body:
        _red_crescent_volunteers(also_named, found, body)
    incidents: dict[str, Incident] = {}
    date_cache: dict[int, EventDate | None] = {}

    def sentence_date(sentence: _Sentence) -> EventDate | None:
        if sentence.start not in date_cache:
            date_cache[sentence.start] = find_date(body[sentence.start : sentence.end], published, lang)
        return date_cache[sentence.start]

    # The fallback date (computed once): the other evidence sentences, then the lead. A title rarely
    # carries the date; the first body sentence usually does («قُتل ثلاثة مدنيين ... مساء الأربعاء»).
    fallback: list[EventDate | None] = []
    for candidate, sentence in found:
        if candidate.type in incidents and incidents[candidate.type].confidence >= candidate.confidence:
            continue
        if candidate.type == "injury" and sentence.start in casualties.dead_wound:
            continue  # «وقال شقيقه إنه أصيب في ظهره»: the wound of the one killed, no one hurt (Arabic pass 92)
        event_date = sentence_date(sentence)
        if event_date is None:
            if not fallback:
                fallback.append(next((d for s in [s for _, s in found][:10] + sentences[:6]
                                      if (d := sentence_date(s)) is not None), None))
            event_date = fallback[0]
        evidence = Evidence(body[sentence.start : sentence.end].strip(), sentence.start, sentence.end,
                            trigger=candidate.trigger)
        incidents[candidate.type] = Incident(
            type=candidate.type, confidence=candidate.confidence, evidence=evidence,
            event_date=event_date.value if event_date else None,
            date_precision=event_date.precision if event_date else None,
            killed=candidate.killed, detained=candidate.detained,
            injured=None if unhurt or sentence.start in casualties.restated else candidate.injured,
            victim_categories=tuple(sorted({*victim_categories(candidate.type, [c for c, _ in found]),
                                            *also_named.get(candidate.type, ())})),
        )
    _drop_body_finds(incidents)
    _drop_assault_told_twice(incidents)
    _drop_mine_other(incidents)
    if unhurt and lang == "en" and _EN_HARM_UNSAID.search(body):
        _unhurt_beating_as_other(incidents)
    if not incidents and "killed" in casualties.stated and death_notice(list(tokens.items), results):
        del casualties.stated["killed"]  # «ببالغ الحزن تلقينا نبأ وفاة ...»: a death notice (real posts pass 6)
    # unnamed perpetrators («مهربين») only when an incident is reported; one form per body
    taken = [(a.start, a.end) for a in actors] + [(p.start, p.end) for p in places]
    ner_found = _ner_actors(body, sentences, found, taken) if lang == "ar" and ner_actors_enabled() else []
    # «#الجيش_الوطني_الليبي» closing a post tags its topic or the page that posts it: no body told of the event
    # (a hashtag inside a sentence, «قصف #الحوثيين», is the sentence's word)
    reported = reported_actors([a for a in actors + ner_found
                                if not _closing_hashtag(body, a.start, a.end)],
                               bool(incidents))
    annotation = Annotation(
        places=tuple(places), actors=tuple(_actor_record(a) for a in reported), incidents=tuple(incidents.values()),
        in_libya=libyan, truncated=truncated or out_of_time, language=lang,
        killed=casualties.stated.get("killed"), injured=casualties.stated.get("injured"),
        victim_status=victim_status(statuses), listing=listing,
    )
    view = RuleView(types=tuple(sorted(incidents)), best=max((i.confidence for i in incidents.values()), default=0.0),
                    victims=tuple(sorted({v for cand, _ in found for v in cand.victims})),
                    context=document_context(results), in_libya=libyan, killed="killed" in casualties.stated)
    return annotation, _words(tokens), view


@dataclass
class _Tally:
    """The main event's counts (``stated``) and, per kind, the victims the body has told of group by group
    (``body``: its first count, plus each later sentence that adds victims; the headline is not one);
    ``casualty``: a sentence so far named people killed or hurt (the document reports a casualty event)."""

    stated: dict[str, int] = field(default_factory=dict)
    body: dict[str, int] = field(default_factory=dict)
    casualty: bool = False
    load: int | None = None  # the people a vehicle carried, told in the sentence before («حافلة تقل 20 عاملا»)
    assaulted: int | None = None  # the first assault's victims told with no wound (``_held_assault``)
    dead_wound: set[int] = field(default_factory=set)  # sentences whose «إنه أصيب» is the one killed (Arabic pass 92)
    restated: set[int] = field(default_factory=set)  # sentences whose «hit» people are the dead told (``_dead_restated``)
    care_first: int | None = None  # the treated told before any casualty sentence (``_take_counts``)
    care_unread: list[list[str]] = field(default_factory=list)  # the sentences care_first is read from (``_first_care``)
    # a sentence told which of a beaten group was hurt («واعتدوا على طبيبة وممرض، فأصيب الممرض»): the held group of a
    # headline does not replace that share (Arabic pass 58)
    share_told: bool = False
    early: bool = False  # the count so far was told as the first reports' («الأنباء الأولى»: Arabic pass 112)
    # a later, fuller toll raised the count ("gave a higher toll: five dead and nine wounded"): a share of the wounded
    # told dead after it ("Two of the injured died in the operating theatre") is among its dead (English pass 64)
    toll_raised: bool = False
    fight_side: str | None = None  # whose fighters the first killed count was ("army" / "enemy": ``english_side_dead``)


# headline frames whose body counts no event of the news: a disease, a commemoration, a report's or a quarter's
# tally, a warrant or an indictment for past acts (English pass 18: "UN: 64 civilian casualties in first quarter" then
# "21 killed and 43 injured"; "ICC unseals warrant ..." then "Prosecutors say ... at least 30 killed")
_EN_VICTIM_NOUNS = frozenset({"victims", "victim"})
# «وقال أحد الناجين إن المهربين في ليبيا أجبروهم على الصعود»: smugglers named as a trigger are the agents, their place
# is where they work, not where the harm was (the boat sank off Lampedusa: Arabic pass 60, the twelfth session's answer)
_AR_SMUGGLER_NOUNS = frozenset({"المهربين", "مهربين", "المهربون", "مهربون", "مهربي", "المهربيين"})
# what a release ends (settled guide: a release is no incident, also after an abduction or a ransom; English pass 18)
_TAKINGS = frozenset({"abduction", "arbitrary_detention", "enforced_disappearance", "attack_on_civil_society"})
_CAPTIVITY = frozenset({"abduction", "arbitrary_detention", "enforced_disappearance", "trafficking", "torture"})
_PAST_OR_DISEASE = frozenset({"disease", "commemoration", "record", "warrant"})
# English only (pass 35): a ruling on past acts ("Supreme Court upholds death sentences over 2019 bombing" then "The
# bombing killed two") gives no count of the news either (labelling guide: a trial that names an earlier killing has
# null counts); the Arabic court frame also covers executions carried out, whose dead are counted. An official's visit
# to the wounded or the wounded leaving hospital in the headline (English passes 38 and 40) count nobody either:
# "Doctors said fourteen of them were still in hospital" is the earlier event's hurt (labelling guide, fourteenth
# session: a visit or a discharge has no incident and no counts; English pass 40)
_EN_PAST = _PAST_OR_DISEASE | {"court", "visit", "discharge"}
# «خروج آخر جرحى ... من المستشفى»: the discharged count nobody (pass 94); «الوزير يطمئن على أفراد شرطة أصيبوا في حادث»
# then «للاطمئنان على أربعة من أفراد الشرطة أصيبوا»: the visited count nobody either (the guide, fourteenth session: a
# visit has no incident and no counts; Arabic pass 112)
_AR_PAST = _PAST_OR_DISEASE | {"discharge", "visit"}
# a hospital's yearly tally of wounds, a war's anniversary toll, a court's sentence for a past act (English pass 52):
# no sentence counts, the headline's own "400 gunshot wounds", "with 150,000 dead" neither (the guide: statistics,
# anniversaries and trials have null counts)
_EN_COUNTLESS_FRAMES = frozenset({"tally", "war_years", "sentenced"})
_EN_CARE_FRAMES = frozenset({"visit", "discharge"})  # headlines about the hurt in care: the body's care is no toll


def _toll_without_trigger(words: list[str], tokens: list) -> dict[str, int]:
    """A risen toll told with no harm word («ارتفع عدد وفيات حادث المرور إلى 7 أشخاص»: «وفيات» is no trigger), not an
    epidemic's («ارتفع عدد الوفيات بفيروس كورونا إلى 40»)."""
    counts = toll_counts(words)
    return counts if counts and "disease" not in headline_frame(tokens) else {}


def _not_hashtag_cases(text: str, tokens: Tokens, sentence: _Sentence, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less a known killing named by its hashtag: a killing word right before «#» («اغتيال #خاشقجي..
    أنقرة تكرر دعوة», «على خلفية مقتل #قاسم_سليماني», «تقرير مقتل #إسراء_غريب») tags the post with a case everyone
    knows (a reaction, a report, an anniversary), not a new killing; the types derived from it go with it (real posts
    pass 3, ASND train: every such post is labelled no incident). Only killings: after a detention or a strike the
    hashtag is a country or the target («في السجون #السعودية», «يستهدفون #مطار_أبها»), told as news."""
    def tagged(candidate: Candidate) -> bool:
        token = sentence.first_token + candidate.last
        end = tokens.original_span(token, token)[1]
        if not text[end : end + 3].lstrip(" ").startswith("#") or token + 1 >= sentence.last_token:
            return False
        tag = tokens.items[token + 1 : token + 2]  # «مقتل #مدنيين», «اغتيال #الصحفي»: a victim class tagged, news
        return not (tag[0].text.isdigit() or lexicons.victims.find(tag) or lexicons.civilians.find(tag))

    if not candidates:
        return candidates  # (most sentences: nothing to drop)
    lexicons = load_lexicons()

    cases = {id(c) for c in candidates if c.type == "killing" and c.last >= 0 and tagged(c)}
    if not cases:
        return candidates
    if all(c.last < 0 or id(c) in cases for c in candidates):
        return []
    return [c for c in candidates if id(c) not in cases]


# «أطلق المركز حملة توعية ...، مذكرا بأن الألغام أصابت أكثر من 200 مدني منذ 2020»: a reminder of a tally since an
# earlier year, also in the lead, is no count of the news (Arabic pass 58)
_REMINDING = frozenset({"مذكرا", "مذكره", "مذكرين", "مذكرتا", "مذكران"})
_OUTLET_REACH = 2  # «218:», «ليبيا 24:»: an outlet's name opens the sentence


def _without_outlet_number(sentence_tokens: list, text: str) -> list:
    """A number among a sentence's first two words followed by a colon is an outlet's name, no count («218: إصابة
    ثلاثة صحفيين», «ليبيا 24: ...»; not «10:30», a time): the sentence is read without it (Arabic pass 58)."""
    for k, token in enumerate(sentence_tokens[:_OUTLET_REACH]):
        if token.text.isdigit() and text[token.end : token.end + 1] == ":" and not text[token.end + 1 : token.end + 2].isdigit():
            if k == 0 and is_calendar_year(token.text):
                break  # «2014: اختطاف ...»: a year heading a chronology's line, a date kept (Arabic pass 122)
            return sentence_tokens[:k] + sentence_tokens[k + 1 :]
    return sentence_tokens


def _torture_told(result: SentenceResult, lang: str) -> bool:
    """An Arabic sentence telling torture («عذبوهم بالكهرباء») reports bodily harm as a casualty does: a later
    sentence's care («ونقل أربعة منهم إلى المستشفى بحروق») then gives the injured (Arabic pass tune38)."""
    return lang == "ar" and bool(result.candidates) and any(c.type == "torture" for c in result.candidates)  # (no
    # candidate, no generator: every sentence asks; speed pass 17)




def _english_beating_wound(words: list[str]) -> bool:
    """A sentence that states a wound or care for someone beaten: not one that tells only the dead ("died in hospital
    two days after the beating", "were executed in a field hospital"), whose wound is the dead's; care told after the
    beating in one sentence still counts ("one was killed and another beaten and taken to hospital") (English pass 45: "His
    son ... was also beaten" beside a killing has no injured count, the guide's beating with no wound stated)."""
    if _EN_DEATH_TOLD.isdisjoint(words):
        return states_wound(words)
    beaten = next((k for k, w in enumerate(words) if assault_told([w])), None)
    return beaten is not None and states_wound(words[beaten + 1 :])  # the care told after the beating


def _held_assault(tally: _Tally, counts: dict[str, int], words: list[str]) -> dict[str, int]:
    """A sentence's injured count that names an assault's victims with no wound stated («الاعتداء على مصور») is held
    back: a later sentence's hurt replace it («... أصيب اثنان منهم بكدمات»), and it counts at the end only if the
    document states a wound (the guide: an assault with no injury stated has no injured count; a beating too,
    «الاعتداء بالضرب على معلم»: settled in docs/labelling.md, "Jawhara-style pass 3 (tune18)")."""
    if "injured" not in counts or is_statistic(counts) or (tally.stated and earlier_event(words)) or (
            not unhurt_assault(words)):
        return counts  # (a statistic or an earlier event: ``_take_counts`` drops it anyway)
    if tally.assaulted is None:
        tally.assaulted = counts["injured"]
    return {k: v for k, v in counts.items() if k != "injured"}


# a sentence that tells a death: the one in care there may be the dead ("was taken to hospital, where he died")
_EN_DIED_WORDS = frozenset({"died", "dead", "dies", "death", "killed", "body", "morgue"})
# words that tell a death: a wound in their sentence is the dead's ("died in hospital", "shot dead")
_EN_DEATH_TOLD = _EN_DIED_WORDS | {"killing", "executed", "murdered"}


def _english_cared_for(counts: dict[str, int], words: list[str], tally: _Tally) -> dict[str, int]:
    """A sentence with no injured count that names how many were taken to or treated in care ("six of whom were taken
    to hospital", "four of the women were treated for fractures") counts them hurt, once the document reports a harm
    (English pass 17: care told apart from the harm word); so does one victim told by the wound ("A nurse suffered a
    broken arm", English pass 21), while no dead are counted (the wounds may be the dead's)."""
    if "injured" in counts:
        return _english_beaten_share_in_care(counts, words)
    if not counts and not tally.stated.get("killed") and (english_one_wounded(words) or english_one_let_go_wounded(words)):
        return {"injured": 1}  # (also "A lawyer abducted ... was released with two broken ribs": all-files pass)
    cared = english_care_subject(words)
    if cared is None:
        cared = english_received_with_wounds(words)  # "received two children with shrapnel wounds" (English pass 32)
    if cared is None:
        cared = english_hurt_by_state(words)  # "three of them in critical condition" (English pass 26)
    if cared is None:
        cared = english_sent_to_hospital(words)  # "fired tear gas, sending 18 people to hospital" (English pass 46)
    if cared is None and not counts and english_one_in_care(words) and _EN_DIED_WORDS.isdisjoint(words) and (
            not tally.stated.get("killed") or words[0] != "the" or "also" in words[2:5]):
        cared = 1  # "The guard was treated at the town hospital", "His sister was also admitted with bruises" (pass 26)
    if cared is None and not counts and english_kin_treated(words) and _EN_DIED_WORDS.isdisjoint(words):
        cared = 1  # "Her eldest son, 10, was grazed by a bullet and treated at ... Hospital" (English pass 47)
    if cared is None and not counts and not tally.stated and english_pronoun_in_care(words) and (
            _EN_DIED_WORDS.isdisjoint(words)):
        cared = 1  # "He is being treated at Misrata Medical Centre": the one harmed before, no toll told yet (pass 26)
    return counts if cared is None else {**counts, "injured": cared}


_EN_HURT_WORDS = frozenset({"wounded", "injured", "hurt", "injuries", "wounding", "injuring", "shot", "stabbed"})


def _english_beaten_share_in_care(counts: dict[str, int], words: list[str]) -> dict[str, int]:
    """"about 20 detainees were beaten and that two were taken to a clinic with head wounds": the beaten are no injured
    count (labelling guide: a beating with no wound stated has none), the fewer told in care in the same sentence are
    (English pass 41). Only where a beating is the sentence's one harm word (not "wounded by gunfire ... and three
    were taken to a clinic": the wounded are the count)."""
    if not any(w.startswith(_EN_BEATING_WORDS) for w in words) or not _EN_HURT_WORDS.isdisjoint(words):
        return counts
    cared = english_care_subject(words)
    return {**counts, "injured": cared} if cared is not None and cared < counts["injured"] else counts


def _english_she_hurt(words: list[str]) -> bool:
    """"She was admitted with bruises and a fractured wrist" after the harm sentence: the victim told hurt in a sentence
    of her own is a woman (English pass 23; as a feminine verb tells one in Arabic)."""
    return words[:1] == ["she"] and (english_one_wounded(words) or (
        words[1:2] in (["was"], ["is"], ["suffered"], ["sustained"], ["remains"]) and states_wound(words)))


def _english_she_held(words: list[str]) -> bool:
    """"She has been held in Manouba women's prison since her arrest", "She remains detained": the one jailed told in
    a sentence of her own is a woman (the settled answers: a woman blogger is `activists` and `women`; English pass 41),
    as ``_english_she_hurt`` reads her wound."""
    return words[:1] == ["she"] and (words[1:3] == ["has", "been"] and words[3:4] != [] and words[3] in EN_HELD_STATES or (
        words[1:2] in (["was"], ["is"], ["remains"]) and words[2:3] != [] and words[2] in EN_HELD_STATES))


def _other_side_dead(tally: _Tally, counts: dict[str, int], words: list[str], title: bool) -> tuple[dict[str, int], bool]:
    """A clash's dead told side by side ("Four soldiers were killed ..." then "It said eight militants were killed"):
    the other side's dead, after a killed count of one side's fighters, add to it (the guide adds two numbers of one
    event; English killed pass, all tune files). Returns the sentence's counts (with the other side's dead where the
    counts missed them: "23 attackers were killed") and whether they add; records the side of the first count."""
    side = english_side_dead(words)
    if side is None or counts.get("killed", side[1]) != side[1]:
        return counts, False
    if tally.fight_side is None:
        if "killed" in counts or "killed" not in tally.stated:
            tally.fight_side = side[0]
        return counts, False
    if side[0] == tally.fight_side or title or "killed" not in tally.stated or "injured" in counts and (
            "injured" in tally.stated):
        return counts, False
    tally.fight_side = None  # a third sentence telling the same side again adds nothing more
    return {**counts, "killed": side[1]}, True


def _dead_restated(tally: _Tally, counts: dict[str, int], words: list[str]) -> dict[str, int]:
    """«قتل خمسة أشخاص، بينهم ثلاثة مدنيين» then «إن المدنيين الثلاثة أصيبوا بقذيفة»: the definite people «hit»
    are some of the dead already counted (with the sentence's other dead, no more than the toll), not wounded: their
    injured is dropped."""
    hurt = counts.get("injured")
    if hurt is None or hurt + counts.get("killed", 0) > tally.stated.get("killed", 0):
        return counts
    restated = restated_people(words) == hurt or (words[0].isascii() and english_dead_hit(words))
    return {k: v for k, v in counts.items() if k != "injured"} if restated else counts


_EN_CASUALTIES = frozenset({"casualties", "casualty"})  # the dead and the hurt told by one English noun (pass 51)
_OTHER_PEOPLE = {"اخرين", "اخرون", "others"}  # «وتلقى 3 آخرون الإسعافات»: more, not the same


def _take_counts(tally: _Tally, counts: dict[str, int], words: list[str], *, lead: bool = False,
                 title: bool = False, casualty: bool = False, more: bool = False) -> None:
    """The main event's counts: the first stated count of each kind, unless a later sentence gives the
    event's risen toll («ارتفعت الحصيلة إلى 5», «وصل عدد الجثث إلى 16») or is the lead after a headline
    (``lead``), which shortens: «إصابة عون أمن في هجوم» / «أسفر الهجوم عن إصابة عون أمن ومواطنين اثنين»;
    or adds victims to the body's («أصيب ثلاثة أعوان أمن ... . كما أصيب مواطن» = 4): a headline that gave the
    total already («إصابة 4 أشخاص») stays 4. A statistic («250 ألف قتيل», «مقتل 3000 شخص خلال حكم ...») counts
    no event, unless it is the event's risen toll («ارتفاع عدد الشهداء إلى 219 و1530 إصابة»: a war's running toll is
    its count).

    A sentence with no casualty word (``casualty`` false) that tells of the victims' care, once the document has
    reported a casualty event, gives the injured it left unstated («مقتل شاب ... . وتم نقل 5 أشخاص إلى
    المستشفى» = 5), or adds «آخرين» to them («أصيب 7 ... . وتلقى 3 آخرون الإسعافات» = 10). A sentence telling that a
    group was hurt, with no number of its own, counts the vehicle's load told in the sentence before it («حافلة تقل
    20 عاملا. وقد أصيبوا بإصابات متفاوتة الخطورة» = 20). Once the event is counted, a sentence about an earlier
    event («وكانت المدينة شهدت الشهر الماضي ...») adds nothing."""
    if tally.stated and counts and earlier_event(words):
        return  # «وكانت المدينة شهدت الشهر الماضي مواجهات أسفرت عن إصابة 10 أشخاص»: another, older event
    # (a dead count stated is a casualty event told too, where no victim word gave a status: «انتشال خمس جثث لمهاجرين»
    # then «أسعف أربعة منهم في مستشفى صبراتة», the survivors' care; Arabic injured paraphrase pass)
    care = not casualty and not counts and (tally.casualty or "killed" in tally.stated) and not title
    if not casualty and not counts and not tally.casualty and not title and not tally.stated and (
            tally.care_first is None):
        # «تلقى سبعة أشخاص العلاج ... بعد أن ألقى مجهولون قنبلة» then «وأن الإصابات تراوحت بين ...»: the treated are
        # told first, the casualty after; they count once it comes (``_care_first``); read only then (``_first_care``)
        tally.care_unread.append(words)
    elif casualty and not tally.casualty and _first_care(tally) is not None:
        counts = _care_first(counts, tally.care_first)
    tally.casualty = tally.casualty or casualty
    if care:
        counts = care_counts(words)
    elif casualty and not counts and tally.load is not None and load_hurt(words):
        counts = {"injured": tally.load}  # «... تقل 20 عاملا. وقد أصيبوا بإصابات متفاوتة الخطورة» = 20
    if not counts and not tally.stated and tally.casualty and not title and pronoun_taken_to_hospital(words):
        counts = {"injured": 1}  # «اتهمت المحامية حراسا بالاعتداء عليها» then «إنها نقلت إلى مستشفى» (pass 94)
    load = carried_load(words)
    tally.load = load[0] if load else None
    if not counts:
        return
    toll = is_rising_toll(words)
    if is_statistic(counts) and not toll:
        return
    stated, body = tally.stated, tally.body
    if lead and set(stated) == {"killed"} and counts.get("killed", 0) > 0 and counts.get("injured", 0) > 0 and (
            stated["killed"] == counts["killed"] + counts["injured"]) and not TOGETHER_NOUNS.isdisjoint(words):
        # «ستة ضحايا في هجوم على مقهى» then «سقط ستة ضحايا، ثلاثة منهم فارقوا الحياة»: the headline's figure was the
        # dead and the hurt together, as the lead's own «ضحايا» says; the lead splits it (Arabic pass 100)
        stated["killed"] = counts["killed"]
    if lead and counts.get("killed", 0) > 0 and counts.get("injured", 0) > 0 and (
            stated.get("killed") == counts["killed"] + counts["injured"]) and not JOINED_HURT.isdisjoint(words):
        # «نحو 50 قتيلا وجريحا في قصف» then «سقط نحو 50 قتيلا وجريحا ...، قتل منهم 12»: the headline's figure was the
        # dead and the hurt together (its «وجريحا» read as one hurt); the lead splits it (Arabic pass 132, as pass 100)
        stated["killed"], stated["injured"] = counts["killed"], counts["injured"]
    if lead and counts.get("killed", 0) > 0 and counts.get("injured", 0) > 0 and (
            stated.get("injured") == counts["killed"] + counts["injured"]) and not _EN_CASUALTIES.isdisjoint(words):
        # "Six hurt, one dead in grenade attack" then "left six casualties, one of them fatal": the headline's hurt were
        # the lead's casualties, the dead among them (the guide: casualties are the dead and the hurt together;
        # English pass 51, as Arabic pass 100 above)
        stated["injured"] = counts["injured"]
    rising = (not care and (lead or toll)) or _hospital_raises(stated, counts, words) or (tally.early and not title)
    tally.early = tally.early or (not title and early_figure(words))  # a later, larger figure raises it (pass 112)
    more = not title and (more or adds_victims(words) or (care and bool(_OTHER_PEOPLE.intersection(words))))
    if toll and _wounded_died(stated, counts):
        stated["injured"] = body["injured"] = counts["injured"]  # «لترتفع حصيلة القتلى إلى 3 ... فيما لا يزال 6 جرحى»
    elif "killed" in stated and 0 < counts.get("injured", 0) < stated.get("injured", 0) and (
            remaining_wounded_told(words)):
        # «وفاة شاب متأثرا بجروحه ... وكان قد أصيب فيه أربعة» then «الجرحى الثلاثة الباقين»: those still hurt (pass 98)
        stated["injured"] = body["injured"] = counts["injured"]
    elif counts.get("killed") == 1 and counts.get("injured") == stated.get("injured", 0) - 1 and (
            one_of_wounded_died(words) == stated["injured"]):
        # «إصابة ثلاثة منهم» then «وفاة أحد الجرحى الثلاثة»: the wounded counted before were that group, one of them
        # died; the rest are the hurt (the guide, fourteenth session: killed 1, injured 2; Arabic pass 112)
        stated["injured"] = body["injured"] = counts["injured"]
    for slot, value in counts.items():
        if rising and value > stated.get(slot, value):
            stated[slot] = value
            tally.toll_raised = tally.toll_raised or (toll and not title)
        stated.setdefault(slot, value)
        if title:
            continue
        if more and slot in body:
            body[slot] += value
            stated[slot] = max(stated[slot], body[slot])
        elif rising:
            body[slot] = max(body.get(slot, 0), value)
        else:
            body.setdefault(slot, value)


def _wounded_later_died(tally: _Tally, counts: dict[str, int], share: int) -> dict[str, int]:
    """"Six people were wounded ... . Two of them later died in hospital": the share of the wounded counted before who
    died is killed, no longer injured (the guide, fourteenth session: "three wounded, one later died" = killed 1,
    injured 2; English pass 40); the dead counted before are others, the share adds to them."""
    if tally.stated["injured"] <= share:
        return counts
    for part in (tally.stated, tally.body):
        if "injured" in part:
            part["injured"] = max(1, part["injured"] - share)
    if "killed" not in tally.stated:
        return {**{k: v for k, v in counts.items() if k != "injured"}, "killed": share}
    for part in (tally.stated, tally.body):
        if "killed" in part:
            part["killed"] += share
    return {k: v for k, v in counts.items() if k not in ("killed", "injured")}


def _dead_mans_hit(tally: _Tally, counts: dict[str, int], words: list[str]) -> dict[str, int]:
    """«الذي قتل برصاص مسلحين» then «أطلقوا النار ... فأصابوه في الصدر» / «أصابته رصاصة في الرأس»: one hit told after
    one death, with no casualty noun of its own, is the dead man's wound, no one hurt (Arabic counts pass 11)."""
    if counts != {"injured": 1} or tally.stated.get("killed") != 1 or "injured" in tally.stated:
        return counts
    return {} if any(hit_verb(w) and w.endswith(SINGULAR_ENDINGS) for w in words) else counts


# «وقال شقيقه إنه كان أعزل وإنه أصيب في ظهره»: the passive hit with «إنه / أنها» as its subject, after one death and
# no one hurt, points back to the one killed, as «أصابوه» does (Arabic pass 92); «وأصيب شاب آخر» names someone else


def _dead_mans_passive_hit(tally: _Tally, counts: dict[str, int], words: list[str]) -> bool:
    """One hurt told by «إنه أصيب» after one death (``_dead_mans_hit``'s twin for the passive with a pronoun)."""
    return counts == {"injured": 1} and tally.stated.get("killed") == 1 and "injured" not in tally.stated and any(
        w in HURT_PASSIVES and k and words[k - 1] in THAT_HE_OR_SHE for k, w in enumerate(words))




def _first_care(tally: _Tally) -> int | None:
    """``care_first``: the treated of the first of the sentences kept for it (before any casualty sentence) that tells
    some. Read when the first casualty sentence comes, the one reader, in the order they were told, so it is the value
    reading each of them as it came gave (``care_counts`` reads only their words); a document with no casualty
    sentence reads none of them (speed pass 16)."""
    for words in tally.care_unread:
        if tally.care_first is not None:
            break
        tally.care_first = care_counts(words).get("injured")
    tally.care_unread.clear()
    return tally.care_first


def _care_first(counts: dict[str, int], treated: int) -> dict[str, int]:
    """The first casualty sentence after the treated were counted («تلقى ستة طلاب العلاج من الاختناق» then «وإن أحدهم
    أصيب بكسر»): the treated are the hurt, told first; the casualty sentence's own smaller count is one of them (or
    a larger one is the fuller toll)."""
    return {**counts, "injured": max(treated, counts.get("injured", 0))}


def _hospital_raises(stated: dict[str, int], counts: dict[str, int], words: list[str]) -> bool:
    """A hospital's count of the cases it received («استقبل 8 حالات إصابة») raises a first, smaller injured toll: it
    is the later, fuller figure. Not once deaths are told: the cases then include the dead («وفاة طفلة ... استقبل 3
    حالات»: one dead and two hurt); the dead and the hurt each named by their noun do (``hospital_tally``)."""
    if "injured" in counts and "killed" not in stated and "killed" not in counts and hospital_update(words):
        return True
    # «استقبل ثلاث جثث وتسعة جرحى» after «قتل شخصان وأصيب آخرون»: the dead and the hurt named by their nouns are the
    # hospital's fuller tally, after deaths too (Arabic pass 94; raising only: a smaller figure leaves the first)
    if bool(stated) and hospital_tally(words):
        return True
    # "The Misrata Medical Centre said it had received nine wounded": the hospital's fuller count of the hurt, after
    # deaths too (the wounded are named apart from them; English pass 46; raising only)
    # (and of the dead, told as later: "A hospital source later said five people had been killed" after "killed
    # three": the settled answer, fifteenth session, takes the hospital's later, fuller figure; English pass 49; not
    # "The hospital said six fighters were killed in the fighting itself" beside four captives executed: another
    # group's dead, tune95en rw95t-43)
    # (the health ministry's figure of the dead needs no "later": it tallies the event's dead from every hospital, as
    # "On Tuesday the Ministry of Health ... said five people had died" after "at least three"; English pass 58)
    return bool(stated) and (set(counts) == {"injured"} or ("killed" in counts and "later" in words)) and (
        words[0].isascii() and english_hospital_speaks(words)) or (
        bool(stated) and "killed" in counts and words[0].isascii() and english_health_ministry_speaks(words))


def _wounded_died(stated: dict[str, int], counts: dict[str, int]) -> bool:
    """A risen toll that also restates the wounded, fewer by those who died of their wounds («وفاة أحد المصابين
    متأثرا بجروحه، لترتفع حصيلة القتلى إلى 3 ... فيما لا يزال 6 جرحى»): the update replaces both counts (the
    wounded are not kept at the first, larger figure)."""
    killed, injured = counts.get("killed"), counts.get("injured")
    return (killed is not None and injured is not None and "killed" in stated and "injured" in stated
            and killed > stated["killed"] and injured < stated["injured"])


def decide(annotation: Annotation, words: list[str], view: RuleView, text: str | None = None) -> Annotation:
    """The document's incidents: fighters-only casualties dropped, then the model's word on the rest
    (below its threshold the document has none; a long Arabic article is judged again on its news lead:
    ``news_lead_words``)."""
    annotation = without_fighters_only_casualties(annotation, view, words)
    model = load_model()
    if model is None or not annotation.incidents or sure_civilian_harm(annotation, view):
        return annotation
    if model.probability(words, view) >= model.threshold:
        return annotation
    lead = news_lead_words(annotation, text) if text else None
    if lead is not None and model.probability(lead, view) >= model.threshold:
        return annotation
    return replace(annotation, incidents=(), actors=annotation.actors)


_LEAD_PARAGRAPHS = 3  # the headline and the first two paragraphs
# a strong find of harm done to people, or a sure attack on property (named perpetrators: «أضرم مجهولون النار في
# محطة»): not a detention alone (figures of the held and calls to free them fill statements and background: «عدد
# المحتجزين انخفض إلى 3000»), not a weak word («استهداف», «لهجمات»)
_LEAD_SURE = {"killing": 0.8, "injury": 0.8, "torture": 0.8, "enforced_disappearance": 0.8, "abduction": 0.8,
              "attack_on_property_or_infrastructure": 0.95}
_LONG_ARTICLE_LINES = 5  # a headline and at least four paragraphs


def news_lead_words(annotation: Annotation, text: str) -> list[str] | None:
    """A long Arabic article (a headline, then four or more paragraphs: the event among background, reactions and
    generic context) tells its news in the headline and the first two paragraphs; the model, a bag of words trained
    on ~1,600 mostly short items, loses its confidence on the background's many common words (each weighs a little
    against), not on what the lead tells. The lead's words, when every incident the rules found is told there (a harm
    told only further down, a recalled past toll, is not retried) and one of them is a strong find of harm done to
    people (``_LEAD_SURE``); else None (Arabic pass 84)."""
    if annotation.language != "ar" or text.count("\n") < _LONG_ARTICLE_LINES - 1:
        return None
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < _LONG_ARTICLE_LINES:
        return None
    cut = text.index(lines[_LEAD_PARAGRAPHS - 1]) + len(lines[_LEAD_PARAGRAPHS - 1])
    if any(incident.evidence.start >= cut for incident in annotation.incidents) or not any(
            incident.confidence >= _LEAD_SURE.get(incident.type, 2.0) for incident in annotation.incidents):
        return None
    return _words(Tokens.of(text[:cut]))


def without_fighters_only_casualties(annotation: Annotation, view: RuleView,
                                     words: list[str] | tuple[str, ...] = ()) -> Annotation:
    """Fighters or militants killed or hurt with no civilian harmed are no violation against civilians (issue
    13; docs/labelling.md; smugglers shot by soldiers are not fighters, as the dev labels have it): when the
    document's victim status is `combatant` (fighter words beside the casualty words, no civilian or
    hors-de-combat sentence), its killing and injury finds are dropped, by rule rather than left to the model's
    weights. Not when the document names perpetrators («مسلحين ملثمين», "gunmen", «عصابة»): their victims are
    not fighters, the fighter word may be the attacker («مسلحون يقتحمون ...»). Other types (detention,
    abduction) stand. ``words`` (the document's words) tell an English attack on a post or a clash."""
    if annotation.victim_status != "combatant" or (
            "perpetrators" in view.context and not _post_attacked(annotation, view)
            and not _english_commander_killed(annotation) and not _english_post_fought(annotation, view, words)):
        return annotation
    kept = tuple(i for i in annotation.incidents if i.type not in CASUALTY_TYPES)
    return annotation if len(kept) == len(annotation.incidents) else replace(annotation, incidents=kept)


_SOLDIERS = frozenset({"جنود", "جندي", "جنديا", "جنديين", "جنديان", "عسكريين", "عسكريون", "عسكريا", "ضباط", "ضابط", "ضابطا"})
_CIVILIAN_PEOPLE = frozenset({"مدني", "مدنيا", "مدنيين", "مدنيون", "اشخاص", "شخصا", "شخص", "مواطنين", "مواطنا", "مواطن"})


def _post_attacked(annotation: Annotation, view: RuleView) -> bool:
    """«تسعة جنود قتلوا في هجوم شنه مسلحون على موقع عسكري»: soldiers harmed where a military target was attacked
    are fighters-only even with the attackers named (the guide: attacks on military targets; Arabic pass 51), when
    every casualty sentence names soldiers and no other people («قتل 14 شخصا في هجمات ضد قاعدة عسكرية» stays)."""
    if "military_targets" not in view.context or view.victims:
        return False
    for incident in annotation.incidents:
        if incident.type not in CASUALTY_TYPES:
            continue
        words = set(normalize(incident.evidence.sentence).split())
        if words.isdisjoint(_SOLDIERS) or not words.isdisjoint(_CIVILIAN_PEOPLE):
            return False
    return True


# English pass 59 (tune125en): an armed group's or army's commander shot dead by gunmen, with his guards at most ("A
# senior commander of the Libyan National Army was shot dead ... by gunmen", "X, who led a brigade guarding the
# refinery, was killed when gunmen opened fire"): the labelling guide's "armed-group leaders killed with no civilian
# harmed" are no incident, and the tune files label so 5 of 5 times (tune16en, 25en, 83en, 121en, 125en); the gunmen
# named tell who killed him, not that his victims were civilians. Only where the status is `combatant` already.
_EN_LEADER_WORDS = frozenset({"commander", "commanders", "warlord"})
_EN_LED = frozenset({"led", "headed", "commanded"})
_EN_LED_UNITS = frozenset({"brigade", "battalion", "militia", "regiment", "unit", "force"})


def _english_casualty_sentences(annotation: Annotation) -> list[str]:
    """The evidence sentences of the casualty finds, when every one is English (ASCII); else none: the English
    fighters-only readings (``_english_commander_killed``, ``_english_post_fought``) judge each of them."""
    sentences = [i.evidence.sentence for i in annotation.incidents if i.type in CASUALTY_TYPES]
    return sentences if all(s.isascii() for s in sentences) else []


def _english_commander_killed(annotation: Annotation) -> bool:
    """Every casualty find's sentence names a commander ("commander", "Major General", "who led / headed a brigade")
    and no civilian: the dead were the leader and his men (English)."""
    sentences = _english_casualty_sentences(annotation)
    if not sentences:
        return False
    for sentence in sentences:
        words = sentence.lower().replace(",", " ").split()
        leader = not _EN_LEADER_WORDS.isdisjoint(words) or any(
            w in _EN_LED and words[k + 2 : k + 3] != [] and words[k + 2] in _EN_LED_UNITS for k, w in enumerate(words))
        if not leader or not _EN_COMMANDER_CIVILIANS.isdisjoint(words):
            return False
    return True


_EN_COMMANDER_CIVILIANS = frozenset({"civilian", "civilians", "passer-by", "passers-by", "bystander", "bystanders",
                                     "woman", "women", "child", "children", "boy", "girl", "people", "residents",
                                     "worker", "workers", "driver", "wife", "son", "daughter"})


# English Libya-precision pass (all tune files, twentieth session): soldiers or fighters killed or hurt where the text
# tells an attack on their post, checkpoint or patrol ("when gunmen attacked an army post", "opened fire on a
# checkpoint ..., wounding three soldiers") or a clash ("in a clash with gunmen", "2 gunmen killed" after "two armed
# groups clashed"): the labelling guide's "soldiers or police units killed in clashes with armed groups, or in
# attacks on their posts, are fighters"; the gunmen named are the other party, as `_post_attacked` reads Arabic.
# 12 items of 11 tune files (tune22en-138en) labelled so; only where the status is `combatant` already.
_EN_POSTS = frozenset({"post", "posts", "outpost", "checkpoint", "checkpoints", "patrol", "base", "position",
                       "positions", "barracks", "convoy"})
_EN_POST_ASSAULTS = frozenset({"attack", "attacks", "attacked", "attacking", "ambush", "ambushed", "stormed", "fire"})
_EN_CLASHES = frozenset({"clash", "clashes", "clashed", "gunfight", "firefight"})
_EN_POST_REACH = 6  # "attacked a Libyan National Army checkpoint": the assault word to the post
_EN_FOUGHT = _EN_CLASHES | _EN_POST_ASSAULTS  # a cheap test first: no such word, no post fought


def _english_post_fought(annotation: Annotation, view: RuleView, words: list[str] | tuple[str, ...]) -> bool:
    """Every casualty find's sentence names soldiers or fighters (``EN_FIGHTERS``) and no civilian ("no civilians
    hurt" names none), and the document tells an attack on a post or patrol, or a clash: the dead and hurt were
    fighters at their post or in the fight (English)."""
    if not words or view.victims or _EN_FOUGHT.isdisjoint(words):
        return False
    sentences = _english_casualty_sentences(annotation)
    if not sentences:
        return False
    for sentence in sentences:
        told = sentence.lower().replace(",", " ").replace(";", " ").split()
        if EN_FIGHTERS.isdisjoint(told) or any(
                w in _EN_COMMANDER_CIVILIANS and told[k - 1 : k] != ["no"] for k, w in enumerate(told)):
            return False
    return not _EN_CLASHES.isdisjoint(words) or any(
        w in _EN_POST_ASSAULTS and not _EN_POSTS.isdisjoint(words[k + 1 : k + 1 + _EN_POST_REACH])
        for k, w in enumerate(words))


def sure_civilian_harm(annotation: Annotation, view: RuleView) -> bool:
    """The rules are sure civilians were harmed: a model trained on ~1,600 items may not overrule them.
    Casualties with a civilian status, or (no casualty word at all) a protected person — activist,
    journalist, woman, child, migrant ... — named as the victim of a detention, disappearance or attack."""
    if view.best < SURE_CIVILIAN_HARM:
        return False
    return annotation.victim_status == "civilian" or (annotation.victim_status is None and bool(view.victims))


_BODY_WORDS = {"جثه", "جثث", "الجثه", "الجثث", "جثمان", "جثامين", "جثتين", "bodies", "body", "dead", "died", "وفاه",
               "توفي", "غرقي", "قضوا"}


_EXPOSURE = {"عطشا", "جوعا", "تيها", "بردا", "غرقا"}  # «لقوا حتفهم عطشا وجوعا»: how migrants lost in the desert died


def _drop_body_finds(incidents: dict[str, Incident]) -> None:
    """Bodies of migrants found at sea are `other` (dev rule), not a killing: drop a killing whose only
    evidence is a body word or a death by thirst, hunger or drowning when the document already has the
    migrant-death incident; likewise migrants missing at sea are not an enforced disappearance."""
    if "other" not in incidents:
        return
    killing = incidents.get("killing")
    if killing is not None:
        trigger_words = {f for w in normalize(killing.evidence.trigger).split() for f in word_forms(w)}
        if trigger_words & _BODY_WORDS or _EXPOSURE.intersection(normalize(killing.evidence.sentence).split()):
            _fold_into(incidents, "killing", "other")
    # migrants missing at sea («مصير المفقودين») are not an enforced disappearance unless it says so
    missing = incidents.get("enforced_disappearance")
    if missing is not None and not any(
            cue in normalize(missing.evidence.sentence) for cue in ("قسر", "forcibl", "enforced")):
        _fold_into(incidents, "enforced_disappearance", "other")


def _fold_into(incidents: dict[str, Incident], kind: str, into: str) -> None:
    """Drop ``kind`` for the incident ``into``, which keeps the victims it named (the migrant-death `other`: «جثث
    سبعة مهاجرين، بينهم طفلان»: the children are the same dead)."""
    dropped, kept = incidents.pop(kind), incidents[into]
    incidents[into] = replace(kept, victim_categories=tuple(sorted(
        {*kept.victim_categories, *dropped.victim_categories})))


_VISIT_FRAME = frozenset({"visit"})  # an official's visit to the hurt (nlp.incident_frames: English pass 38)


# «مهربون يطلقون النار على مهاجرين» (headline, `other`: no hit told there), then the body's «أصيب سبعة مهاجرين بطلقات»:
# the fire opened at people hit them, the harm told is the type (Arabic pass 118; within one sentence Arabic pass 54)
def _drop_mine_other(incidents: dict[str, Incident]) -> None:
    """"Landmine wounds three shepherds" (headline: the mine word alone, `other`) then "Three shepherds ... were wounded
    when a landmine exploded": leftover mines that kill or maim civilians are `killing` / `injury` (labelling guide,
    eleventh session), as ``nlp.incident_combine.combine_types`` reads it within one sentence; across sentences too, the
    mine's `other` goes when the document tells the human harm (English pass 41); so does the `other` of fire opened at
    people (``incident_scope.AR_FIRE``) when the body tells whom it hit (Arabic pass 118)."""
    other = incidents.get("other")
    if other is None or not ({"killing", "injury"} & set(incidents)):
        return
    last = normalize(other.evidence.trigger).split()[-1:]
    if last and (word_forms(last[0]) & MINE_FORMS or last[0] in AR_FIRE):
        _fold_into(incidents, "other", "killing" if "killing" in incidents else "injury")


_EN_BEATING_WORDS = ("beat", "assault", "punch", "kick", "slapp", "whipp", "flogg")
# the text says outright that no wound is known: "did not say whether he was hurt", "it was not clear if", "unharmed"
_EN_HARM_UNSAID = re.compile(r"\bnot (?:say|said|clear|known|know) (?:whether|if)\b|\b(?:unhurt|uninjured|unharmed)\b")


def _unhurt_beating_as_other(incidents: dict[str, Incident]) -> None:
    """"Security forces beat a cameraman ... The syndicate did not say whether he was hurt": an assault whose wound the
    text says it does not know is `other`, not `injury` (labelling guide, incident_types: assaults with no injury
    stated are `other`; the injured count is already none: ``_held_assault``). English pass 22; only where the text
    says so outright (a bare "beaten" stays an injury, as English pass 12 reads it) and the injury's own word is a
    beating."""
    injury = incidents.get("injury")
    if injury is None or "other" in incidents or not injury.evidence.trigger.lower().startswith(_EN_BEATING_WORDS):
        return
    incidents["other"] = replace(incidents.pop("injury"), type="other", injured=None)


_WEAK_ASSAULT = 0.75  # below a strong word alone: an injury read from a weak word («آثار اعتداء»: 0.5-0.6)


def _drop_assault_told_twice(incidents: dict[str, Incident]) -> None:
    """«اعتداء جنسي على طفلة» then «أثبتت الشهادة الطبية وجود آثار اعتداء»: a weak assault word in a sexual-violence
    story is that assault again, no second harm (as within one sentence, ``nlp.incident_combine.combine_types``)."""
    injury = incidents.get("injury")
    if injury is not None and "sexual_violence" in incidents and injury.confidence < _WEAK_ASSAULT:
        incidents.pop("injury")


_EN_WEAK_HURT = 0.7  # an injury read from a weak word ("attack", "opened fire": 0.5, + a victim named, + a count)
_EN_NOBODY = frozenset({"nobody", "no-one"})


def _english_nobody_hurt(words: list[str]) -> bool:
    """"Nobody hurt.", "No one was injured": the document says nobody was hurt, so a weak injury word elsewhere
    ("Second attack on a reporter this month") tells an attack, no wound (English)."""
    for k, word in enumerate(words[:-1]):
        who = word in _EN_NOBODY or (word == "no" and words[k + 1] == "one")
        rest = words[k + (2 if word == "no" else 1) : k + 4]
        if who and rest[:1] == ["was"]:
            rest = rest[1:]
        if who and rest[:1] and rest[0] in ("hurt", "injured", "wounded"):
            return True
    return False


_EN_AT_SEA = frozenset({"sea", "boat", "boats", "dinghy", "shipwreck", "capsized", "sank", "beach", "shore"})
# (and the agencies survivors of a crossing tell their story to: "Survivors told the UN refugee agency UNHCR the boat
# had left Sabratha", English pass 41)
_EN_CROSSING = frozenset({"migrant", "migrants", "refugees", "lampedusa", "rubber", "dinghy", "unhcr", "iom"})
# the sea-death words of the `other` type ("after shipwreck near Linosa", "migrants drowned"): its dead are the crossing's
_EN_SEA_DEATHS = frozenset({"shipwreck", "shipwrecks", "drowned", "drowning", "drownings"})


def _english_sea_death(candidate: Candidate) -> bool:
    """An `other` candidate told by a sea-death word (its trigger's last word)."""
    return candidate.trigger.lower().rsplit(" ", 1)[-1] in _EN_SEA_DEATHS
_EN_SHOT = frozenset({"shot", "gunfire", "fired", "shooting", "gunmen",
                      # a strike from the air names its perpetrator: its dead were killed, not lost at sea (pass 20)
                      "drone", "drones", "airstrike", "airstrikes", "bombed", "shelled"})


def _english_crossing_deaths(found: list[tuple[Candidate, _Sentence]], results: list, words: list[str]
                             ) -> list[tuple[Candidate, _Sentence]]:
    """English posts on a sea crossing rarely say "migrants" in the sentence with the dead ("recovered 9 bodies on the
    beach", "12 people died when a boat ... sank", "Two children had died of dehydration" after "a boat ... reached
    Lampedusa"): where the document tells a boat at sea and a crossing (migrants, a rubber boat, Lampedusa, Alarm
    Phone) and nobody shot, struck from the air or named as perpetrator, its killings are the migrant deaths at sea (labelling guide:
    `other`), their dead migrants; so are the dead of a shipwreck's `other` (English pass 41)."""
    present = set(words)
    crossing = _EN_CROSSING & present or any(a == "alarm" and b == "phone" for a, b in pairwise(words))
    if not (_EN_AT_SEA & present and crossing) or _EN_SHOT & present or any(
            "perpetrators" in r.context for r in results):
        return found
    return [(replace(c, type="other", trigger="migrant deaths at sea or in the desert",
                     categories=(c.categories if c.categories is not None else set(c.victims)) | {"migrants"})
             if c.type == "killing" else
             # a shipwreck's `other` told in a crossing story: its dead are migrants too (English pass 41)
             replace(c, categories=(c.categories if c.categories is not None else set(c.victims)) | {"migrants"})
             if c.type == "other" and _english_sea_death(c) else c, s) for c, s in found]


def _ner_actors(text: str, sentences: list[_Sentence], found: list[tuple[Candidate, _Sentence]],
               taken: list[tuple[int, int]]) -> list[ActorMatch]:
    """NER's organisation candidates around the incident sentences (nlp.ner_actors; with RASAD_NER_ACTORS=1,
    Arabic only: the model knows no other language), where no rule-found actor or place is."""
    if not found:
        return []
    evidence = {s.start for _, s in found}
    near = sentences_near([i for i, s in enumerate(sentences) if s.start in evidence], len(sentences))
    return ner_actor_candidates(text, [(sentences[i].start, sentences[i].end) for i in near], taken)


def _actor_record(match: ActorMatch) -> Actor:
    return Actor(name=match.name, id=match.id, type=match.type, start=match.start, end=match.end)


# Arabic pass 80 (tune80): the Arabic of english_released_unharmed. «أفرج مسلحون عن الطبيب بعد أسبوع من اختطافه،
# وقالت أسرته إنه بصحة جيدة», «أطلق سراح المخطوفين سالمين»: the people held were let go unhurt, a release story (the
# settled answer: a release is no incident, also after an abduction); not while someone is still held
_AR_FREED = frozenset({"افرج", "افرجت", "افرجوا", "الافراج", "والافراج", "سراح", "اطلاق", "اطلق", "اطلقت", "اطلقوا"})
_AR_FREED_REACH = 30
# «كان معصوب العينين طيلة فترة احتجازه», «تعرض للضرب»: abuse in captivity told in the release story
_AR_HELD_ABUSED = frozenset({"معصوب", "معصوبا", "معصوبه", "مقيد", "مقيدا", "مكبل", "مكبلا", "تعذيب", "تعذيبه", "عذب",
                             "عذبوه", "ضرب", "للضرب", "الضرب", "ضربه", "ضربوه", "اعتداء", "اعتدوا", "تجويع", "اهانه"})


_AR_STATE = frozenset({"صحيه", "حاله", "بحاله"})  # «في حالة صحية جيدة», «بحالة جيدة»
_AR_GOOD = frozenset({"جيده", "حسنه"})


def _release_demanded(words: list[str], k: int) -> bool:
    """«مطالبة بإطلاق سراح ليبي موقوف في تونس»: a release asked for (a captor's demand, a call), no release that
    happened, whatever «بخير» follows (Arabic pass 144: the hostages «بخير» are still held); «سراح» is read with the
    word before it («بإطلاق سراح»)."""
    return not release_happened(words, k) or (words[k] == "سراح" and k > 0 and not release_happened(words, k - 1))


def _arabic_released_unharmed(words: list[str]) -> bool:
    """A release word, then within reach «بصحة جيدة», «سالما», «بخير» or «دون أذى», and no one still held."""
    if _AR_FREED.isdisjoint(words) or not STILL_HELD.isdisjoint(words) or not _AR_HELD_ABUSED.isdisjoint(words):
        return False  # (a release story that tells abuse in captivity is a borderline incident of it: settled)
    for k, word in enumerate(words):
        if word in _AR_FREED and not _release_demanded(words, k):
            after = words[k + 1 : k + 1 + _AR_FREED_REACH]
            if not UNHURT.isdisjoint(after) or any(
                    (a == "بصحه" and b == "جيده") or (a == "دون" and b == "اذي") for a, b in pairwise(after)) or any(
                    # «في حالة صحية جيدة», «بحالة جيدة» (Arabic pass 122): in good health as «بصحة جيدة»
                    a in _AR_STATE and b in _AR_GOOD for a, b in pairwise(after)):
                return True
    return False
