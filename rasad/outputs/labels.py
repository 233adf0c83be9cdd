"""Arabic and English names of what reports count: violation types, genders, age groups, districts."""

from __future__ import annotations

import json
from functools import cache

from nlp.gazetteer import DATA_DIR

VIOLATIONS: dict[str, tuple[str, str]] = {  # incident type (nlp lexicon) -> (Arabic, English)
    "killing": ("القتل", "Killing"),
    "injury": ("الإصابة", "Injury"),
    "torture": ("التعذيب", "Torture"),
    "arbitrary_detention": ("الاحتجاز التعسفي", "Arbitrary detention"),
    "enforced_disappearance": ("الإخفاء القسري", "Enforced disappearance"),
    "abduction": ("الخطف", "Abduction"),
    "trafficking": ("الاتجار بالبشر", "Trafficking"),
    "attack_on_civil_society": ("الاعتداء على المجتمع المدني", "Attack on civil society"),
    "sexual_violence": ("العنف الجنسي", "Sexual violence"),
    "attack_on_property_or_infrastructure": ("الاعتداء على الممتلكات والبنية التحتية",
                                             "Attack on property or infrastructure"),
    "other": ("أخرى", "Other"),
}
GENDERS = {"female": ("أنثى", "Female"), "male": ("ذكر", "Male"), "unknown": ("غير معروف", "Unknown")}
AGE_GROUPS = {"child": ("طفل", "Child"), "adult": ("بالغ", "Adult"), "elderly": ("مسن", "Elderly"),
              "unknown": ("غير معروف", "Unknown")}
UNKNOWN_DISTRICT = "unknown"


def label(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    names = table.get(key)
    return key if names is None else names[0 if lang == "ar" else 1]


@cache
def districts() -> dict[str, tuple[str, float, float]]:
    """District (sha'biya) name as the gazetteer spells it -> (Arabic name, lat, lon) of its rough centre."""
    places = json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))["places"]
    found = {}
    for place in places:
        if place.get("country") == "LY" and place.get("precision") == "district":
            arabic = next((n for n in place["names"] if not n.isascii()), place["region"])
            found[place["region"]] = (arabic.removeprefix("شعبية "), float(place["lat"]), float(place["lon"]))
    return found


def district_label(name: str, lang: str) -> str:
    if name == UNKNOWN_DISTRICT:
        return "غير محدد" if lang == "ar" else "Unknown"
    return districts().get(name, (name,))[0] if lang == "ar" else name
