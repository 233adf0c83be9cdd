"""Places and in-Libya pass (all tune files): kinds of event place and in-Libya error seen across several tune files
(docs/labelling.md, "Places and in-Libya pass (all tune files, twenty-first session)"), checked on our own sentences
(written by the rasad team in the style of Libyan, Tunisian and wire news; no real events)."""

import pytest

from nlp.annotate import annotate


def _places(text: str, lang: str = "ar") -> list[tuple[str, bool]]:
    return [(p.name, p.in_libya) for p in annotate(text, lang, "2026-05-10").places]


def _in_libya(text: str, lang: str = "ar") -> bool:
    return annotate(text, lang, "2026-05-10").in_libya


# --- a name shared by a place abroad and a Libyan OSM place (Sousse / Susa of the Jebel Akhdar) ---

def test_builder_keeps_a_libyan_osm_name_taken_abroad_as_a_namesake() -> None:
    from nlp import build_gazetteer

    sousse = {"id": "tn-x", "names": ["سوسة"], "country": "TN", "precision": "city"}
    susa = {"id": "ly-osm-1", "names": ["سوسة", "Susah"], "country": "LY", "precision": "town", "lat": 32.9,
            "lon": 21.97, "source": build_gazetteer.OSM_ATTRIBUTION}
    made = build_gazetteer._libyan_namesakes(susa, {build_gazetteer._key("سوسة"): sousse})
    assert [(e["id"], e["names"], e["namesake_of"], e["country"]) for e in made] == [
        ("ly-osm-1-tn-x", ["سوسة"], "tn-x", "LY")]


def test_builder_makes_no_namesake_of_a_name_taken_by_a_libyan_entry() -> None:
    from nlp import build_gazetteer

    curated = {"id": "ly-c", "names": ["شحات"], "country": "LY", "precision": "town"}
    osm = {"id": "ly-osm-2", "names": ["شحات"], "country": "LY", "precision": "town",
           "source": build_gazetteer.OSM_ATTRIBUTION}
    assert build_gazetteer._libyan_namesakes(osm, {build_gazetteer._key("شحات"): curated}) == []


@pytest.mark.parametrize("text", [
    "اعتدى مسلحون بالضرب على ممرض في مدينة سوسة، قبل أن ينقل إلى مستشفى بمدينة شحات لتلقي العلاج.",
    "غرق طفل أثناء السباحة في شاطئ سوسة بالجبل الأخضر عصر اليوم.",
    "مسلحون يقتحمون مقر البلدية في سوسة الواقعة شرق ليبيا ويعتدون على موظف.",
])
def test_susa_named_with_libyan_evidence_is_the_libyan_town(text: str) -> None:
    assert ("سوسة", True) in _places(text)
    assert _in_libya(text)


@pytest.mark.parametrize("text", [
    "سوسة: طعن مواطن ليبي خلال عملية سلب قرب محطة القطار.",
    "إيقاف شاب طعن زميله في مقهى بسوسة، ونقل المصاب إلى مستشفى بالمنستير.",
    "وفاة عامل إثر سقوطه من بناية في سوسة صباح اليوم.",
])
def test_sousse_without_libyan_evidence_stays_tunisian(text: str) -> None:
    assert ("سوسة", False) in _places(text)
    assert not _in_libya(text)


@pytest.mark.parametrize("text", [
    "سوسة: طعن تاجر قادم من مدينة البيضاء أمام مقهى، ونقل المصاب إلى مستشفى بالمنستير.",
    "أفاد الحرس الوطني التونسي بأن تاجرا قادما من البيضاء تعرض للطعن في سوسة.",
])
def test_sousse_named_with_its_own_country_stays_tunisian_beside_a_libyan_town(text: str) -> None:
    assert ("سوسة", False) in _places(text)


# --- English "eastern / southern / western Libya": the country, as «شرق ليبيا» is «ليبيا» ---

def test_english_compass_and_libya_is_named_as_the_country() -> None:
    names = [name for name, _ in _places("Gunmen killed two farmers near a village in eastern Libya on Sunday.", "en")]
    assert "Libya" in names and "eastern Libya" not in names


@pytest.mark.parametrize("text", [
    "Rebels who crossed from bases in southern Libya attacked a village in northern Chad, killing four civilians.",
    "Nine migrants drowned off the Greek island of Crete after their boat, which left eastern Libya, capsized.",
])
def test_english_compass_country_keeps_the_role_its_words_tell(text: str) -> None:
    assert not _in_libya(text, "en")


# --- «حي + a city abroad»: a quarter named after it ---

@pytest.mark.parametrize(("text", "quarter"), [
    ("مقتل شاب طعنا في حي الرياض بمدينة سوسة مساء أمس.", "حي الرياض"),
    ("مقتل شاب برصاص مجهولين في حي المهدية بمدينة سبها.", "حي المهدية"),
])
def test_quarter_named_after_a_city_abroad(text: str, quarter: str) -> None:
    assert (quarter, False) in _places(text)
    assert not any(name in ("الرياض", "المهدية") for name, _ in _places(text))


def test_quarter_after_a_city_abroad_in_a_libyan_town_is_libyan() -> None:
    assert _in_libya("مقتل شاب برصاص مجهولين في حي المهدية بمدينة سبها.")


def test_a_city_abroad_without_the_quarter_word_stays_itself() -> None:
    assert ("الرياض", False) in _places("وصل وفد حكومي إلى الرياض لبحث التعاون الأمني.")


def test_a_quarter_of_a_libyan_city_named_with_it_stays_libyan() -> None:
    assert _in_libya("مقتل شاب في اشتباكات بحي الجيزة البحرية بسرت.")


# --- «وصلوا + place»: where the people telling of a harm elsewhere arrived ---

def test_survivors_who_reached_a_libyan_town_tell_of_a_harm_abroad() -> None:
    assert not _in_libya("ناجون وصلوا الكفرة يروون: مسلحون قتلوا تسعة مدنيين في قرية قرب الفاشر وأحرقوا البيوت.")


def test_a_harm_in_the_libyan_town_itself_stays_libyan() -> None:
    assert _in_libya("مسلحون قتلوا شابين في الكفرة وأحرقوا سيارتهما.")


# --- English names of a stadium and of streets every town has ---

def test_english_international_stadium_is_named_whole() -> None:
    names = [n for n, _ in _places("Two fans were hurt in a stampede at Tripoli International Stadium on Friday.", "en")]
    assert "Tripoli International Stadium" in names and "Tripoli" not in names


@pytest.mark.parametrize(("text", "street"), [
    ("Security forces fired tear gas at protesters in Martyrs' Square on Friday, wounding three.", "Martyrs' Square"),
    ("A man was shot dead at a checkpoint on Airport Road late on Monday.", "Airport Road"),
])
def test_english_square_or_road_named_as_such_is_a_place(text: str, street: str) -> None:
    assert street in [n for n, _ in _places(text, "en")]


def test_english_lower_case_road_is_no_name() -> None:
    assert not any(n.lower() == "airport road" for n, _ in _places(
        "A man was shot dead at a checkpoint on the airport road in Tripoli.", "en"))


# --- places the written files name again and again ---

@pytest.mark.parametrize(("text", "lang", "place"), [
    ("اندلع حريق في محل تجاري بمنطقة سوق الثلاثاء في طرابلس.", "ar", "سوق الثلاثاء"),
    ("Algerian authorities left 200 migrants in the desert near Assamaka on Sunday.", "en", "Assamaka"),
    ("تسجيل حالات إصابة بالنزلة الموسمية في تونس الكبرى وصفاقس.", "ar", "تونس الكبرى"),
])
def test_places_named_again_and_again_are_found(text: str, lang: str, place: str) -> None:
    assert place in [n for n, _ in _places(text, lang)]
