"""Gazetteer places: clitics, disambiguation (surnames, organisations, namesakes abroad), offsets."""

from nlp.annotate import annotate


def _places(text: str) -> list[tuple[str, str, bool]]:
    return [(p.name, p.id, p.in_libya) for p in annotate(text).places]


def test_clitics_are_peeled_and_offsets_point_at_the_name() -> None:
    text = "وصل الوفد وبطرابلس ولمصراتة أمس"
    places = annotate(text).places
    assert [p.id for p in places] == ["ly-tripoli", "ly-misrata"]
    for place in places:
        assert text[place.start : place.end] == place.name
    assert places[0].name == "طرابلس"


def test_surname_is_not_a_place() -> None:
    assert _places("صرح الفنان محمد الطرابلسي للصحفيين") == []


def test_organisation_containing_a_place_is_not_a_place() -> None:
    assert all(pid != "ly-tripoli" for _, pid, _ in _places("فاز أهلي طرابلس على الاتحاد"))
    assert all(pid != "ly" for _, pid, _ in _places("أعلنت غرفة عمليات فجر ليبيا عن انسحابها"))


def test_namesake_abroad_needs_its_cue() -> None:
    assert ("طرابلس", "lb-tripoli", False) in _places("اشتباكات في طرابلس شمال لبنان")
    assert ("طرابلس", "ly-tripoli", True) in _places("اشتباكات في طرابلس جنوب العاصمة")


def test_tabarka_is_not_tobruk() -> None:
    assert _places("وصل إلى ميناء طبرقة") and all(not libya for _, _, libya in _places("وصل إلى طبرقة"))


def test_detention_centre_and_crossing_are_facilities() -> None:
    places = annotate("نقل المهاجرون إلى مركز احتجاز طريق السكة قرب معبر راس جدير").places
    assert {p.precision for p in places} == {"facility"}


def test_descriptive_area_is_found() -> None:
    assert ("السواحل الليبية", "ly-area", True) in _places("غرق قارب قبالة السواحل الليبية")


def test_event_location_is_in_the_evidence_sentence() -> None:
    text = "زار الوزير بنغازي الأسبوع الماضي. وقتل مدنيان في قصف على حي الفرناج في طرابلس."
    event = [p.id for p in annotate(text).places if p.event_location]
    assert event == ["ly-tri-fornaj"]


def test_village_names_that_are_names_or_words_need_a_locative() -> None:
    assert _places("نجل الرئيس الراحل محمد مرسي: الأجهزة الأمنية رفضت دفن والدي") == []
    assert _places("وزعت الجمعية زيت الزيتون على العائلات") == []


def test_libyan_district_names_that_are_common_words_need_a_locative() -> None:
    assert all(not libya for _, _, libya in _places("عبر الوزير عن تضامن تونس مع الجزائر الشقيقة في هذا الظرف"))
    assert all(not libya for _, _, libya in _places("قتل شاب طعنا بسوق الحوت بصفاقس ليلة أمس"))
    assert all(not libya for _, _, libya in _places("تعرضت امرأة للسرقة في الحدائق العمومية بالعاصمة"))
    # a definite head is a noun with its adjective, not a locative before a name
    assert all(not libya for _, _, libya in _places("أصيب سائح بجروح في المنطقة السياحية بالقنطاوي"))
    assert ("الهضبة", "ly-tri-hadba-word", True) in _places("قصف على منطقة الهضبة جنوب طرابلس")


def test_mansoura_in_egypt() -> None:
    assert ("المنصورة", "eg-mansoura", False) in _places("تفجير انتحاري يستهدف مديرية الأمن في المنصورة شمال مصر")


def test_a_final_taa_marbuta_is_part_of_a_name() -> None:
    # «مدينة طبرقة» (Tabarka, Tunisia) must not match the OSM name «مدينة طبرق» (Tobruk) by losing its «ة»
    assert _places("عثر على جثة رجل وسط مدينة طبرقة بولاية جندوبة")[0][:2] == ("طبرقة", "tn-tabarka")
    assert ("مدينة طبرق", "ly-osm-9763658889", True) in _places("سقطت قذيفة على مدينة طبرق")


def test_a_market_named_after_a_country_is_in_no_country() -> None:
    # Tunisian towns each have a «سوق ليبيا» (goods from Libya)
    assert _places("اعتداء بالعنف على تاجر في سوق ليبيا وسرقة أمواله") == [("سوق ليبيا", "market-ly", False)]
    assert ("مصراتة", "ly-misrata", True) in _places("قصف سوق مصراتة")


def _names(text: str) -> list[str]:
    return [p.name for p in annotate(text).places]


def test_listed_facility_keeps_its_adjectives() -> None:
    names = _names("تعرض مطار معيتيقة الدولي لقصف فحولت الرحلات إلى مطار مصراتة الدولي")
    assert names == ["مطار معيتيقة الدولي", "مطار مصراتة الدولي"]
    assert _names("اقتحم مسلحون مستشفى غريان المركزي ليلا") == ["مستشفى غريان المركزي"]


def test_crossing_keeps_no_border_adjective() -> None:
    assert _names("عبرت الشاحنات معبر راس جدير الحدودي صباحا") == ["معبر راس جدير"]


def test_place_written_with_fi_or_bi_is_where_the_facility_is() -> None:
    assert _names("يقيم النازحون في مخيم قاريونس ببنغازي") == ["مخيم قاريونس", "بنغازي"]
    assert _names("تظاهروا أمام المطار بطرابلس") == ["طرابلس"]


def test_centre_named_after_its_occupants_and_town() -> None:
    assert _names("نقل الناجون إلى مركز إيواء المهاجرين بتاجوراء") == ["مركز إيواء المهاجرين بتاجوراء", "تاجوراء"]
    assert _names("نقل الناجون إلى مركز احتجاز المهاجرين في غريان") == ["مركز احتجاز المهاجرين في غريان", "غريان"]
    assert _names("نقل الناجون إلى مركز احتجاز غريان") == ["مركز احتجاز غريان"]


def test_medical_centres_and_hospitals_named_after_no_town() -> None:
    text = "نقل الجرحى إلى مركز بنغازي الطبي ثم إلى مستشفى الخضراء"
    assert [(p.name, p.in_libya) for p in annotate(text).places] == [("مركز بنغازي الطبي", True),
                                                                     ("مستشفى الخضراء", True)]


def test_square_or_road_every_town_has_is_a_street_in_no_country() -> None:
    places = annotate("تظاهر المئات في ساحة الشهداء رفضا للحرب").places
    assert [(p.name, p.in_libya) for p in places] == [("ساحة الشهداء", False)]
    assert _names("قتل طفل بانفجار لغم قرب طريق المطار") == ["طريق المطار"]


def test_coast_of_a_town_is_a_place_beside_the_town() -> None:
    assert _names("انتشال جثث قبالة سواحل زوارة") == ["سواحل زوارة", "زوارة"]
    assert _names("غرق قارب قرب شاطئ تاجوراء") == ["تاجوراء"]


def test_direction_of_libya_is_libya() -> None:
    assert _names("اشتباكات قبلية جنوب شرق ليبيا") == ["ليبيا"]
    assert _names("نزحت العائلات إلى الجنوب الليبي") == ["الجنوب الليبي"]


def test_abi_is_abu_after_a_preposition() -> None:
    assert _names("انطلق القارب من شاطئ أبي كماش") == ["أبي كماش"]


def test_body_located_with_bi_names_its_town() -> None:
    assert _names("قالت القنصلية بطرابلس إنها تتابع أوضاعهم") == ["طرابلس"]
    assert _names("قال معتمد بن قردان إن الوضع هادئ") == []


def test_well_known_towns_crossings_and_bases() -> None:
    text = "نزحت عائلات من سرت إلى هراوة وأبو هادي قرب قاعدة القرضابية الجوية، ودخل مهاجرون عبر منفذ التوم"
    assert _names(text) == ["سرت", "هراوة", "أبو هادي", "قاعدة القرضابية الجوية", "منفذ التوم"]


def test_tunisian_university_hospitals_are_facilities_in_tunisia() -> None:
    places = annotate("نقل المصاب إلى المستشفى الجامعي الحبيب بورقيبة بصفاقس").places
    assert [(p.name, p.in_libya) for p in places] == [("المستشفى الجامعي الحبيب بورقيبة", False), ("صفاقس", False)]
    assert _names("استقبل الرئيس الحبيب بورقيبة الوفد") == []


def test_street_named_with_sharia_but_not_the_public() -> None:
    assert _names("تظاهر المئات في شارع الحبيب بورقيبة بالعاصمة") == ["شارع الحبيب بورقيبة"]
    assert _names("أغلق المحتجون شارع الجمهورية أمس") == ["شارع الجمهورية"]
    assert _names("قال إن الشارع التونسي غاضب") == []


def test_libyan_names_inside_other_names_or_as_adjectives_are_no_place() -> None:
    # «عين البيضاء» is a town in Algeria, «اللحوم البيضاء» white meat, «الصلوات الخمس» the five prayers
    # (texts written for these tests)
    assert _places("وقع الحادث بعين البيضاء التابعة لولاية أم البواقي") == []
    assert _places("ارتفاع أسعار اللحوم الحمراء والبيضاء في الأسواق") == []
    assert _places("تموين السوق باللحوم البيضاء وتوفير مخزون للحوم البيضاء") == []
    assert _places("فتح المساجد لأداء الصلوات الخمس") == []
    # the Libyan cities themselves, also in a list, after «إلى» or a place head
    assert [pid for _, pid, _ in _places("وصل الوفد إلى البيضاء والزاوية")] == ["ly-bayda", "ly-zawiya"]
    assert [pid for _, pid, _ in _places("احتج طلبة الجامعة بالبيضاء")] == ["ly-bayda"]
    assert [pid for _, pid, _ in _places("اشتباكات في مدينة البيضاء وعلى الطريق بين طرابلس والخمس")] == [
        "ly-bayda", "ly-tripoli", "ly-khoms"]
    # a country after a definite noun is still named («الشقيقتين الجزائر وليبيا»)
    assert "ly" in [pid for _, pid, _ in _places("العلاقة مع الشقيقتين الجزائر وليبيا")]


def test_the_wazin_crossing_is_found_without_the_article_on_dhehiba() -> None:
    # Tunisian outlets write «معبر ذهيبة وازن» as often as «معبر الذهيبة وازن»: both are the Libyan crossing point
    for text in ("أغلق معبر ذهيبة وازن أمام المسافرين", "أغلق معبر الذهيبة وازن أمام المسافرين"):
        assert [(pid, libya) for _, pid, libya in _places(text)] == [("ly-bx-wazin", True)]


def test_english_spellings_of_ubari_all_name_the_town() -> None:
    for spelling in ("Ubari", "Awbari", "Obari"):
        found = [(p.id, p.in_libya) for p in annotate(f"Clashes erupted in {spelling} on Monday.", "en").places]
        assert found == [("ly-ubari", True)], (spelling, found)


def test_every_shipped_place_has_its_own_id() -> None:
    """An entry is looked up by its id: a second entry with the same id took the first one's names with its own
    kind and weak flag (the Al Nasr detention centre read as a prison, «التضامن» no longer weak)."""
    import json
    from collections import Counter

    from nlp.gazetteer import DATA_DIR, load_gazetteer

    ids = Counter(p["id"] for p in json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))["places"])
    assert [pid for pid, n in ids.items() if n > 1] == []
    centre = [p for p in annotate("توفي مهاجر داخل مركز احتجاز النصر أمس").places if "النصر" in p.name]
    by_id = load_gazetteer().by_id
    assert [(p.id, by_id[p.id]["kind"]) for p in centre] == [("ly-det-zawiya-nasr", "migrant_detention")]
    assert _places("أكد الوزير التضامن مع الضحايا") == []  # the common word, weak without a cue


def test_the_gazetteer_builder_refuses_a_repeated_id() -> None:
    import pytest

    from nlp.build_gazetteer import _refuse_duplicate_ids

    _refuse_duplicate_ids([{"id": "a"}, {"id": "b"}])
    with pytest.raises(ValueError, match="duplicate place ids in the curated lists: a"):
        _refuse_duplicate_ids([{"id": "a"}, {"id": "b"}, {"id": "a"}])


def test_the_gazetteer_builder_says_what_is_wrong_in_one_line(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    out = tmp_path / "places.json"
    run = subprocess.run([sys.executable, "-m", "nlp.build_gazetteer", "--places-dir", str(tmp_path / "no-export"),
                          "--out", str(out)], check=False, capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 1 and not out.exists()
    assert run.stderr.startswith("build_gazetteer: ") and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
