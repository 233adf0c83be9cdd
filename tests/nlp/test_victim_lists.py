"""nlp/victim_lists.py: one helper sums the victims listed with «و» for three count rules, each with its own filler,
and one finder gives where the subject of a passive verb after «أن» starts (docs/labelling.md, the section "Victim
lists summed in one place (output identical)"). The sentences are written for these tests."""

from nlp.counts_deaths import _counted_people, _past_unit, listed_before_killed
from nlp.counts_hurt import _past_nisba, listed_taken_to_hospital, needed_care
from nlp.counts_rules import _past_qualifier_or_unit, _victim_chain
from nlp.counts_words import THAT_CLAUSE, plural_person
from nlp.lexicon import Tokens
from nlp.victim_lists import passive_subject_start, sum_victims


def _words(sentence: str) -> list[str]:
    return [t.text for t in Tokens.of(sentence).items]


def _sum(sentence: str, **how) -> int | None:
    words = _words(sentence)
    return sum_victims(words, 0, len(words), **how)


# --- the parts: a number and its people, a dual, one victim -------------------------------------------------------

def test_singles_and_duals_joined_by_and_add_up() -> None:
    assert _sum("سائق وطفلين وامرأة") == 4


def test_a_number_counts_only_with_people_after_it() -> None:
    assert _sum("خمسة مهاجرين وطفل", people=plural_person) == 6
    assert _sum("خمسة مهاجرين وطفل") is None  # no numbers read here
    assert _sum("خمسة أيام وطفل", people=_counted_people) is None  # «أيام» counts days


def test_a_construct_dual_of_a_force_is_two_only_when_asked() -> None:
    assert _sum("عوني أمن وطفلة", construct_duals=True, filler=_past_qualifier_or_unit) == 3
    assert _sum("عوني أمن وطفلة") is None


# --- the fillers each caller allows -------------------------------------------------------------------------------

def test_a_qualifier_or_a_named_unit_after_a_victim() -> None:
    assert _sum("عون حرس وامرأة فلسطينية", filler=_past_qualifier_or_unit) == 2
    assert _sum("عنصرين من الكتيبة 77 وطفل", filler=_past_qualifier_or_unit) == 3
    assert _victim_chain(_words("شاب وطفلين"), 0, 2) == 3


def test_a_nisba_after_a_victim_in_a_loose_list() -> None:
    assert _sum("امرأتين وشابا سودانيا", joined=False, people=plural_person, filler=_past_nisba) == 3
    assert needed_care(_words("وقال الطبيب إن امرأتين وشابا سودانيا احتاجوا إلى العلاج")) == 3


def test_the_unit_after_from_closes_each_part() -> None:
    assert _sum("أربعة مسلحين من مجموعة مسلحة تابعة للواء وعنصرا من كتيبة محلية", people=_counted_people,
                tail=_past_unit) == 5
    text = "وأفاد مصدر عسكري أن أربعة مسلحين من مجموعة مسلحة وعنصرا من كتيبة محلية قتلوا مساء أمس في اشتباك"
    assert listed_before_killed(_words(text)) == 5


# --- lists that are not summed ------------------------------------------------------------------------------------

def test_another_word_among_the_victims_stops_the_sum() -> None:
    assert _sum("شاب وطفلين وقال") is None
    assert _victim_chain(_words("شاب وطفلين وقال"), 0, 3) == 0
    assert needed_care(_words("وقال الطبيب إن امرأتين وصلوا وشابا احتاجوا إلى العلاج")) is None


def test_a_joined_list_needs_its_and() -> None:
    assert _sum("شاب طفلين") is None
    assert _sum("شاب طفلين", joined=False) == 3


def test_a_plural_is_no_single_victim() -> None:
    assert _sum("شاب ومواطنين") is None  # «مواطنين»: citizens (or two, the dual read alike), not one
    # the care rule read a bare plural subject as one victim until the twelfth session's review found it
    assert needed_care(_words("وقالت مصادر طبية إن مواطنين احتاجوا إلى العلاج")) is None
    assert needed_care(_words("وقالت مصادر طبية إن مواطنا وطفلين احتاجوا إلى العلاج")) == 3


def test_a_filler_never_opens_the_list() -> None:
    assert _sum("سودانيا وشاب", joined=False, filler=_past_nisba) is None


def test_a_unit_running_past_its_reach_is_no_unit() -> None:
    text = "أربعة مسلحين من مجموعة مسلحة تابعة لجهاز دعم الاستقرار في طرابلس وعنصرا"
    assert _sum(text, people=_counted_people, tail=_past_unit) is None


# --- where the subject of a passive verb starts --------------------------------------------------------------------

_AFTER = frozenset({"في", "برصاص"})


def _start(sentence: str, verb: str, **how) -> int | None:
    words = _words(sentence)
    at = words.index(verb)
    return passive_subject_start(words, at, at, that=THAT_CLAUSE, after=_AFTER, **how)


def test_the_subject_starts_after_that() -> None:
    assert _start("وقال المصدر إن ثلاثة جنود قتلوا في الهجوم", "قتلوا", reach=16) == 3


def test_an_object_after_the_verb_makes_it_active() -> None:
    assert _start("وقال المصدر إن مسلحين قتلوا شابا", "قتلوا", reach=16) is None


def test_the_time_after_the_verb_is_skipped() -> None:
    assert _start("وقال المصدر إن ثلاثة جنود قتلوا فجر اليوم في الهجوم", "قتلوا", reach=16) == 3


def test_that_too_far_from_the_verb_or_the_sentence_start() -> None:
    assert _start("وقال المصدر إن ثلاثة جنود قتلوا في الهجوم", "قتلوا", reach=1) is None
    assert _start("ثلاثة جنود قتلوا في الهجوم", "قتلوا", reach=16) is None
    assert _start("ثلاثة جنود قتلوا في الهجوم", "قتلوا", reach=16, from_sentence_start=True) == 0
    assert _start("ثلاثة جنود قتلوا في الهجوم", "قتلوا", reach=1, from_sentence_start=True) is None


def test_the_list_taken_to_hospital_is_summed_with_its_bounds() -> None:
    # two to six victims between the transfer verb and «إلى» + a hospital (``listed_taken_to_hospital``)
    assert listed_taken_to_hospital(_words("نقلت فرق الإسعاف امرأتين وطفلا إلى المستشفى")) == 0  # a subject first
    assert listed_taken_to_hospital(_words("نقلت امرأتين وطفلا إلى مستشفى الجلاء")) == 3
    assert listed_taken_to_hospital(_words("نقلت امرأتين وثلاثة أطفال إلى المستشفى")) == 5
    assert listed_taken_to_hospital(_words("نقلت امرأتين إلى المستشفى")) == 0  # one part: read elsewhere
    assert listed_taken_to_hospital(_words("نقلت طفلا وامرأة ورجلا وشابا وفتاة وعاملا وسائقا إلى المستشفى")) == 0


def test_a_bare_plural_in_the_list_taken_to_hospital_leaves_it_unknown() -> None:
    # «مواطنين» is no single victim: the list has no number (it counted one before the review moved it to sum_victims)
    assert listed_taken_to_hospital(_words("نقلت امرأتين ومواطنين إلى المستشفى")) == 0
