"""Foreign cities (nlp/data/places_world.yaml), unlisted neighbourhoods, «مالي» and the count rules of issue 5."""

from __future__ import annotations

import pytest

from nlp.annotate import annotate
from nlp.counts_rules import sentence_counts
from nlp.incidents import analyse_sentence
from nlp.lexicon import Tokens


def _places(text: str) -> dict[str, bool]:
    return {p.name: p.in_libya for p in annotate(text).places}


@pytest.mark.parametrize("text, name", [
    ("احتجاز رهائن في بلدة روبيه شمال فرنسا", "روبيه"),
    ("مقتل 23 مدنيا في قصف على سوق في الفاشر", "الفاشر"),
    ("وصل المهاجرون إلى ميناء بوتسالو", "ميناء بوتسالو"),
    ("اعتقل الشاب بمدريد أمس", "مدريد"),
    ("وقع الهجوم وسط نيوكاسل", "نيوكاسل"),
])
def test_foreign_cities_found_with_clitics_and_never_libyan(text: str, name: str) -> None:
    places = _places(text)
    assert name in places
    assert places[name] is False


def test_libyan_reading_wins_over_a_foreign_namesake_added_later() -> None:
    places = _places("اشتباكات في المنصورة بسرت")  # «المنصورة» is listed in Libya (and Egypt)
    assert places.get("سرت") is True


def test_mali_is_a_country_only_where_a_country_fits() -> None:
    assert "مالي" in _places("الأوضاع في ليبيا ومالي ومنطقة الساحل")
    assert "مالي" in _places("الالتحاق ببؤر التوتر بمالي")
    assert "مالي" not in _places("حصل على دعم مالي كبير من الحكومة")


def test_unlisted_neighbourhood_and_police_station_are_places() -> None:
    places = _places("هاجموا مواطنا بحي البستان، وقدم شكاية ضد رئيس مركز شرطة بوسالم")
    assert "حي البستان" in places and "مركز شرطة بوسالم" in places


def test_ordinary_word_before_a_place_does_not_hide_it() -> None:
    assert "تين الكوم" in _places("تمكنت قوات الجيش الجزائري بقرية تين الكوم من حجز أسلحة")


def test_bladed_weapons_are_no_city() -> None:
    assert "البيضاء" not in _places("هاجموا أحد السكان في منزله بالأسلحة البيضاء والعصي")


def _counts(text: str) -> dict[str, int]:
    return analyse_sentence(list(Tokens.of(text).items)).counts


@pytest.mark.parametrize("text, expected", [
    ("غرق قارب يقل 45 مهاجرا قبالة سواحل طبرق", {}),
    ("إصابة ما لا يقل عن 9 أشخاص جراء سقوط صاروخ", {"injured": 9}),
    ("وفاة سجين داخل سجن الجوية بعد تعذيبه", {"killed": 1}),
    ("وصول جثة شاب مصاب بطلقات نارية في الرأس", {"killed": 1}),
    ("وفاة طفلين وإصابة ثالث بانفجار لغم", {"killed": 2, "injured": 1}),
])
def test_casualty_counts(text: str, expected: dict[str, int]) -> None:
    assert _counts(text) == expected


def test_a_shared_total_is_no_count_of_either_kind() -> None:
    words = ["مقتل", "واصابه", "1115", "مدنيا"]
    assert "injured" not in sentence_counts(words, {0: "killing", 1: "injury"})


def test_origin_of_a_person_is_not_where_the_event_happened() -> None:
    text = ("مقتل تونسي ينتمي لتنظيم داعش في سرت\nقتل اليوم إرهابي أصيل معتمدية رمادة من ولاية تطاوين في المعارك "
            "الجارية في مدينة سرت الليبية.")
    annotation = annotate(text)
    assert annotation.in_libya is True
    assert not any(p.event_location for p in annotation.places if p.name in ("رمادة", "تطاوين"))


def test_libyan_nationals_abroad_are_not_libyan_affairs() -> None:
    text = "مقتل مواطن ليبي وإصابة اثنين آخرين في حادث إطلاق نار بمدينة الإسكندرية المصرية مساء أمس."
    assert annotate(text).in_libya is False


def test_team_nationality_is_no_libyan_cue_but_the_libyan_league_is() -> None:
    draw = ("قرعة البطولة الإفريقية للأندية في الكرة الطائرة: المجموعة الأولى: الترجي - السويحلي الليبي - "
            "الأهلي المصري - الشرطة الكاميروني")
    assert annotate(draw).in_libya is False
    assert annotate("الاتحاد يفوز على الأهلي بهدف في الدقيقة 90 ويخطف صدارة الدوري الليبي.").in_libya is True


@pytest.mark.parametrize("text, expected", [
    ("انتشال جثتي مهاجرين من شاطئ الخمس صباح الجمعة", {"killed": 2}),
    ("اعتداء بالسكاكين على طالبة جامعية من قبل مجهولين", {"injured": 1}),
    ("انفجر ظهر اليوم لغم على مستوى جبل سمامة مما أسفر عن إصابة راعي أغنام", {"injured": 1}),
])
def test_more_casualty_counts(text: str, expected: dict[str, int]) -> None:
    assert _counts(text) == expected
