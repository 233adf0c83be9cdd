"""Place rules of nlp/annotate.py and gazetteer recall across clitics and spelling variants."""

import yaml

from nlp.annotate import annotate
from nlp.gazetteer import DATA_DIR


def _places(text: str, language: str = "ar") -> dict[str, str]:
    return {p.name: p.id for p in annotate(text, language, "2026-05-10").places}


def test_outlet_and_organisation_names_are_not_places() -> None:
    assert _places("قال مراسل «طرابلس نيوز» إن الوضع هادئ") == {}
    assert _places("The Libya Herald reported the meeting.", "en") == {}
    assert "سبها" not in _places("مديرية أمن سبها تعلن القبض على عصابة")
    assert "مصراتة" not in _places("محكمة استئناف مصراتة تؤجل القضية")
    assert "إفريقيا" not in _places("نقلت وكالة تونس إفريقيا للأنباء الخبر")


def test_facility_head_makes_a_facility_as_written() -> None:
    places = _places("نقل الجرحى إلى مستشفى سبها الطبي بعد الهجوم")
    assert places.get("مستشفى سبها الطبي") == "ly-sabha"
    assert "سجن المنستير" in _places("توفي سجين في سجن المنستير")


def test_short_first_words_take_clitics() -> None:
    assert "بن جواد" in _places("وقع الحادث بين سرت وبن جواد")
    assert "حي الأندلس" in _places("انفجار بحي الأندلس صباح اليوم")


def test_directions_give_the_country_and_the_libyan_party_is_no_place() -> None:
    assert "لبنان" in _places("اشتباكات في شمال لبنان")
    assert _places("بحث الوزير الملف مع الجانب الليبي") == {}


def test_curated_names_found_with_clitics_and_alef_teh_marbuta_variants() -> None:
    """Every non-weak curated Arabic name, bare and after و/ب/ل/وب, with ة→ه and أ/إ→ا."""
    data = yaml.safe_load((DATA_DIR / "places_libya_curated.yaml").read_text(encoding="utf-8"))
    missed, total = [], 0
    for entry in data["places"]:
        if entry.get("weak"):
            continue
        for name in entry["names"]:
            if not any("\u0600" <= c <= "\u06ff" for c in name):
                continue
            for variant in {name, name.replace("ة", "ه"), name.replace("أ", "ا").replace("إ", "ا")}:
                for prefix in ("", "و", "ب", "وب"):
                    total += 1
                    found = annotate(f"وقع الهجوم قرب {prefix}{variant} مساء أمس", "ar", "2026-05-10").places
                    if not any(p.id == entry["id"] or p.name == variant for p in found):
                        missed.append(prefix + variant)
    assert total > 1000
    assert len(missed) / total <= 0.01, missed[:20]
