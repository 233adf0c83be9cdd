"""``incident_finders.finders_ruled_out`` names, once per document, the every-sentence finders whose first test the
document fails, and ``analyse_sentence`` does not call them (speed pass 17). That is exact only while each finder
finds nothing in every sentence of such a document: a finder taught a reading that starts at a word or piece its
test there does not ask for would go silently dead. Here every finder runs in every sentence of the labelled dev and
tune texts (nothing ruled out), and each time one finds something its document must not have ruled it out."""

from __future__ import annotations

import pytest

from nlp import annotate as annotate_module
from nlp import incident_finders, incidents
from nlp.annotate import annotate
from tests.nlp.labelled_texts import labelled_texts

# a sentence for each finder that no labelled sentence makes find anything, so that every test is held to its finder
OWN_SENTENCES = [
    "أطلق مسلحون النار داخل مسجد في المدينة.",
    "أضرم مجهولون النار في سيارة الصحفي.",
    "اقتحمت قوات الأمن مستشفى المدينة.",
    "اقتحم مسلحون مقر قناة محلية.",
    "اقتحم عناصر جهاز الأمن مقر منظمة حقوقية.",
    "قررت السلطات حجب 5 مواقع إخبارية.",
    "وأكد أن الاتصال انقطع بالطبيب منذ يومين.",
    "فقد طفل ساقه في انفجار لغم.",
    "أطلق شاب النار على شقيقته ما أدى إلى وفاتها.",
    "سقط شهيد و3 جرحى في القصف.",
    "يكمل الصحفي عامه الثالث داخل السجون.",
    "تقرر إعادة الناشط إلى السجن.",
    "مسلحون باعوا 14 مهاجرا في سوق.",
    "ويطالبون ذويهم بدفع 3000 دولار.",
    "عثرت فرق البحث على رفات خمسة أشخاص.",
    "انتشلت فرق البحث رفات أربعة أشخاص.",
    "مستوطنون يقتلعون 200 شجرة زيتون في القرية.",
    "مهربون يطلقون النار على مهاجرين قرب الشاطئ.",
    "أطلق زورق مسلح النار على قارب صيد.",
    "قضت وحدات الجيش على 3 مسلحين.",
    "ولا يزال مصير الشاب مجهولا بعد اعتقاله.",
    "رفضت السلطات الكشف عن مكان احتجاز الناشط.",
    "احتجزوا في مخزن يديره مهربون.",
]
# ``_struck_with_knife`` is asked only where no injury or killing matched, and the trigger lexicon matches each knife
# blow it reads («طعنها طليقها بالسكين») first: no sentence makes it find (its test is its own first one, the knife word)
_NEVER_ASKED = frozenset({"_struck_with_knife"})



def _table() -> list:
    """Every finder the function can rule out (all of them rule out on an empty document)."""
    return sorted(incident_finders.finders_ruled_out(set(), ""), key=lambda f: f.__name__)


@pytest.fixture(scope="module")
def finder_record() -> dict[str, list[int]]:
    """Per finder: [times it found something, times it did so in a document that had ruled it out]."""
    finders = _table()
    record = {finder.__name__: [0, 0] for finder in finders}
    ruled_out: list[frozenset] = [frozenset()]
    real = incident_finders.finders_ruled_out
    patch = pytest.MonkeyPatch()

    def nothing_ruled_out(vocabulary, text):
        ruled_out[0] = real(vocabulary, text)
        return frozenset()

    for finder in finders:
        def checked(*args, _finder=finder):
            found = _finder(*args)
            if found:
                record[_finder.__name__][0] += 1
                if _finder in ruled_out[0]:
                    record[_finder.__name__][1] += 1
            return found

        patch.setattr(incidents, finder.__name__, checked)
    patch.setattr(annotate_module, "finders_ruled_out", nothing_ruled_out)
    try:
        for text in labelled_texts(OWN_SENTENCES):
            annotate(text, None, "2026-12-07")
    finally:
        patch.undo()
    return record


def test_the_table_is_read():
    assert len(_table()) >= 20


def test_no_finder_finds_where_its_document_ruled_it_out(finder_record):
    missed = {name: counts for name, counts in finder_record.items() if counts[1]}
    assert not missed, f"finders that found something in a document that had ruled them out (widen the test): {missed}"


def test_every_finder_finds_somewhere(finder_record):
    """The check above is only as strong as the finds it sees: every finder must find something (a finder no text
    makes find needs a sentence of its own in ``OWN_SENTENCES``)."""
    never = sorted(name for name, counts in finder_record.items() if not counts[0] and name not in _NEVER_ASKED)
    assert not never, never
