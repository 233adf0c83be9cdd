"""Build nlp/data/places.json from OSM settlements, our curated lists and CLDR country names.

    .venv/bin/python -m nlp.build_gazetteer --places-dir DIR   # DIR: the OSM export (see nlp/data/README.md)

Why a build step: the sources differ in shape (raw Overpass JSON, reviewed YAML, CLDR), and
the matcher wants one flat list. The output is committed so annotation never needs the
OSM export. Order of precedence for a name: curated Libya > curated abroad > OSM >
world cities (places_world.yaml) > countries, so hand-reviewed entries win over automatic ones
and a foreign city never takes a Libyan place's name.

OSM names that are also ordinary words (an OSM hamlet called «النصر») are marked ``weak``: a
weak name counts as a place only after a locative head (حي، منطقة، مدينة …). Which names
are ordinary words is measured, not guessed: a name seen in the ANERcorp training file more
often outside than inside a LOC entity is weak.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from nlp.normalize import TOKEN_RE, has_arabic_script, normalize

DATA_DIR = Path(__file__).resolve().parent / "data"
NER_TRAIN_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "ner" / "anercorp-camel-train.conll"
OSM_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0"

# Descriptive area expressions: head noun + nationality adjective («السواحل الليبية»),
# or head in construct state + country («سواحل ليبيا»). Heads are (definite, construct, gender).
_AREA_HEADS = (
    ("السواحل", "سواحل", "f"), ("الحدود", "حدود", "f"), ("التراب", "تراب", "m"), ("الأراضي", "أراضي", "f"),
    # Directions only with the nisba («الجنوب التونسي» is a region); «شمال فرنسا» is labelled «فرنسا».
    # No «الجانب الليبي»: it mostly means the Libyan party to talks, not a place.
    ("المياه", "مياه", "f"), ("الجنوب", None, "m"), ("الشرق", None, "m"), ("الغرب", None, "m"),
    ("الشمال", None, "m"), ("القطر", None, "m"), ("الساحل", "ساحل", "m"),
    ("الصحراء", "صحراء", "f"), ("الأراضي", "أراضي", "f"), ("العمق", "عمق", "m"), ("الشريط الحدودي", None, "m"),
)
# country code -> (masculine nisba, feminine nisba, country name as used in construct phrases)
_NISBA = {
    "LY": ("الليبي", "الليبية", "ليبيا"), "TN": ("التونسي", "التونسية", "تونس"),
    "DZ": ("الجزائري", "الجزائرية", "الجزائر"), "EG": ("المصري", "المصرية", "مصر"),
    "IT": ("الإيطالي", "الإيطالية", "إيطاليا"), "MT": ("المالطي", "المالطية", "مالطا"),
    "TD": ("التشادي", "التشادية", "تشاد"), "NE": ("النيجري", "النيجرية", "النيجر"),
    "SD": ("السوداني", "السودانية", "السودان"), "MA": ("المغربي", "المغربية", "المغرب"),
    "SY": ("السوري", "السورية", "سوريا"), "IQ": ("العراقي", "العراقية", "العراق"),
    "LB": ("اللبناني", "اللبنانية", "لبنان"), "YE": ("اليمني", "اليمنية", "اليمن"),
    "PS": ("الفلسطيني", "الفلسطينية", "فلسطين"), "BE": ("البلجيكي", "البلجيكية", "بلجيكا"),
    "FR": ("الفرنسي", "الفرنسية", "فرنسا"), "GR": ("اليوناني", "اليونانية", "اليونان"),
    "TR": ("التركي", "التركية", "تركيا"), "XX": ("الأوروبي", "الأوروبية", "أوروبا"),
}
_NEIGHBOURS = (("TN", "LY"), ("DZ", "LY"), ("EG", "LY"), ("TD", "LY"), ("NE", "LY"), ("SD", "LY"),
               ("TN", "DZ"), ("EG", "SD"))


def _key(name: str) -> str:
    return " ".join(TOKEN_RE.findall(normalize(name)))


def _load_yaml(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))
    return data


def _curated(name: str) -> list[dict[str, Any]]:
    data = _load_yaml(name)
    defaults = data.get("defaults", {})
    return [{**defaults, **entry} for entry in data["places"]]


def _countries(variants: dict[str, list[str]], ambiguous: set[str] = frozenset()) -> list[dict[str, Any]]:
    """CLDR territory names plus our news spellings; names in ``ambiguous`` (ordinary words) are left out."""
    from babel import Locale

    arabic, english = Locale("ar").territories, Locale("en").territories
    entries = []
    for code, name in arabic.items():
        if len(code) != 2 or not code.isalpha() or code in ("ZZ", "EU", "EZ", "UN", "QO"):
            continue
        names = [n for n in [*variants.get(code, []), name, english.get(code, "")] if _key(n) not in ambiguous]
        entries.append({"id": code.lower(), "names": [n for n in dict.fromkeys(names) if n], "lat": None,
                        "lon": None, "country": code, "region": None, "precision": "country",
                        "source": "CLDR territory names (Unicode licence, via babel)"})
        if _key(name) in ambiguous:  # «مالي»: weak, read as the country only where a country fits
            entries.append({**entries[-1], "id": f"{code.lower()}-word", "names": [name], "weak": True})
    return entries


def _areas() -> list[dict[str, Any]]:
    """Descriptive areas: «السواحل الليبية», «سواحل ليبيا», «الحدود التونسية الليبية»."""
    entries = []
    for code, (masc, fem, country) in _NISBA.items():
        names = []
        for definite, construct, gender in _AREA_HEADS:
            names.append(f"{definite} {fem if gender == 'f' else masc}")
            if construct:
                names.append(f"{construct} {country}")
        entries.append({"id": f"{code.lower()}-area", "names": names, "lat": None, "lon": None, "country": code,
                        "region": None, "precision": "area", "source": "rasad: generated descriptive areas"})
    for a, b in _NEIGHBOURS:
        fa, fb = _NISBA[a][1], _NISBA[b][1]
        names = [f"الحدود {fa} {fb}", f"الحدود {fb} {fa}", f"الحدود {fa} ال{fb[2:]}"]
        code = "LY" if "LY" in (a, b) else a
        entries.append({"id": f"border-{a.lower()}-{b.lower()}", "names": names, "lat": None, "lon": None,
                        "country": code, "region": None, "precision": "border",
                        "source": "rasad: generated descriptive areas"})
    return entries


def _ordinary_words(ner_file: Path) -> Counter[str]:
    """Normalised single tokens and their (outside-LOC minus inside-LOC) counts in ANERcorp train."""
    balance: Counter[str] = Counter()
    if not ner_file.exists():
        return balance
    for line in ner_file.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        token, label = line.split("\t")[:2]
        balance[normalize(token)] += -1 if label.endswith("LOC") else 1
    return balance


def _lexicon_words() -> set[str]:
    """Words of our incident lexicon: an OSM hamlet named «حرقة» must not hide the dialect word."""
    data = _load_yaml("incident_lexicon.yaml")
    words: set[str] = set()
    for levels in data["types"].values():
        for level in levels.values():
            for phrases in (level or {}).values():
                words.update(_key(p) for p in phrases or ())
    return words


def _reviewed_ordinary_words() -> set[str]:
    """nlp/data/ordinary_words.yaml: OSM names that are ordinary words, given names or organisation words."""
    return {_key(w) for w in _load_yaml("ordinary_words.yaml").get("words", [])}


def _osm(places_dir: Path, ordinary: Counter[str]) -> list[dict[str, Any]]:
    lexicon_words = _lexicon_words() | _reviewed_ordinary_words()
    raw = json.loads((places_dir / "input.json").read_text(encoding="utf-8"))
    entries = []
    for node in raw["elements"]:
        tags = node.get("tags", {})
        arabic = [tags.get(k, "") for k in ("name:ar", "name", "alt_name:ar", "official_name:ar")]
        arabic = [n for n in arabic if n and any("\u0600" <= c <= "\u06ff" for c in n)]
        latin = [tags.get(k, "") for k in ("name:en", "alt_name", "name:fr")]
        names = [n.strip() for n in dict.fromkeys(arabic + latin) if n and n.strip()]
        if not names:
            continue
        weak = (any(ordinary[_key(n)] > 2 or _key(n) in lexicon_words for n in arabic if " " not in _key(n))
                or tags.get("place") == "hamlet")
        entries.append({
            "id": f"ly-osm-{node['id']}", "names": names, "lat": round(node["lat"], 5), "lon": round(node["lon"], 5),
            "country": "LY", "region": tags.get("shabya_cd"), "precision": tags.get("place", "settlement"),
            "source": OSM_ATTRIBUTION, "weak": weak,
        })
    extra = places_dir / "libya-datasets" / "missing-locations-in-overpass.json"
    if extra.exists():
        for item in json.loads(extra.read_text(encoding="utf-8")):
            name = item.get("name", [{}])
            name = name[0] if isinstance(name, list) and name else name if isinstance(name, dict) else {}
            names = [n for n in (name.get("ar"), name.get("en")) if n]
            if names:
                entries.append({"id": f"ly-osmx-{item.get('id')}", "names": names, "lat": item.get("latitude"),
                                "lon": item.get("longitude"), "country": "LY", "region": None,
                                "precision": "town", "source": OSM_ATTRIBUTION + " (via Libya-cities-dataset)"})
    return entries


def _world(ordinary: Counter[str]) -> list[dict[str, Any]]:
    """places_world.yaml: foreign cities. Built after the Libyan entries, so a name that is also a Libyan
    place stays Libyan; a one-word name used mostly outside LOC entities («كيف», «برشلونة» the club) is weak."""
    entries = _curated("places_world.yaml")
    for entry in entries:
        if any(ordinary[_key(n)] > 2 for n in entry["names"] if " " not in _key(n)):
            entry["weak"] = True
    return entries


def _refuse_duplicate_ids(entries: list[dict[str, Any]]) -> None:
    """Every entry is found by its id (``Gazetteer.by_id``): a second entry with the same id would silently take
    the first one's names, with its own kind, coordinates and weak flag."""
    ids = Counter(entry["id"] for entry in entries)
    duplicates = sorted(pid for pid, n in ids.items() if n > 1)
    if duplicates:
        raise ValueError(f"duplicate place ids in the curated lists: {', '.join(duplicates)}")


def _libyan_namesakes(entry: dict[str, Any], seen: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """An OSM Libyan place whose Arabic name a curated place abroad took first (OSM «سوسة», the Jebel Akhdar town of
    ancient Apollonia, under Tunisia's Sousse; «جندوبة», «المعمورة» near Gharyan and Zawiya) keeps that name as a
    namesake of the foreign entry: the foreign reading stays the default, and nlp.annotate reads the Libyan one where
    the text says so (a country adjective, a direction and a country, a Libyan place nearby). Its own OSM fields and
    source stay (weak if either name is); one entry per foreign owner, id ``<osm id>-<owner id>``."""
    if entry.get("source") != OSM_ATTRIBUTION or entry.get("country") != "LY":
        return []
    owners: dict[str, list[str]] = {}
    weak: dict[str, bool] = {}
    for name in entry["names"]:
        owner = seen.get(_key(name))
        if owner is not None and owner.get("country") not in ("LY", None) and owner.get("precision") != "country" and (
                has_arabic_script(name)):
            owners.setdefault(owner["id"], []).append(name)
            weak[owner["id"]] = bool(owner.get("weak"))
    # (an ordinary word as the foreign name, «التضامن», stays one for its namesake)
    return [{**entry, "id": f"{entry['id']}-{owner_id}", "names": names, "namesake_of": owner_id,
             "weak": bool(entry.get("weak")) or weak[owner_id]} for owner_id, names in owners.items()]


def build(places_dir: Path, ner_file: Path) -> dict[str, Any]:
    abroad = _load_yaml("places_abroad.yaml")
    ordinary = _ordinary_words(ner_file)
    ordered = [
        *_curated("places_libya_curated.yaml"),
        *[{**abroad.get("defaults", {}), **e} for e in abroad["places"]],
        *_areas(),
        *_osm(places_dir, ordinary),
        *_world(ordinary),
        *_countries(abroad.get("country_variants", {}), {_key(n) for n in abroad.get("ambiguous_country_names", [])}),
    ]
    seen: dict[str, dict[str, Any]] = {}  # a name's key -> the entry that took it first
    out = []
    for entry in ordered:
        # A namesake entry shares its name with a Libyan one on purpose; others keep only new names.
        names = entry["names"] if entry.get("namesake_of") else [n for n in entry["names"] if _key(n) not in seen]
        namesakes = _libyan_namesakes(entry, seen)
        if names:
            if not entry.get("namesake_of"):
                seen.update((_key(n), entry) for n in names)
            out.append({**entry, "names": names})
        out += namesakes
    _refuse_duplicate_ids(out)
    return {
        "_about": "Built by nlp/build_gazetteer.py; see nlp/data/README.md for sources and licences. "
                  "Contains OpenStreetMap data: " + OSM_ATTRIBUTION + ".",
        "places": out,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places-dir", type=Path, required=True,
                        help="the OSM settlements export (input.json and libya-datasets/), not in the repository")
    parser.add_argument("--ner-file", type=Path, default=NER_TRAIN_FILE)
    parser.add_argument("--out", type=Path, default=DATA_DIR / "places.json")
    args = parser.parse_args()
    try:
        data = build(args.places_dir, args.ner_file)
    except (OSError, ValueError) as exc:  # a missing export, a repeated id: one line, nothing written
        raise SystemExit(f"build_gazetteer: {exc}") from None
    lines = ",\n".join("  " + json.dumps(p, ensure_ascii=False) for p in data["places"])
    args.out.write_text('{\n"_about": ' + json.dumps(data["_about"], ensure_ascii=False) + ',\n"places": [\n'
                        + lines + "\n]}\n", encoding="utf-8")
    print(f"{len(data['places'])} places written to {args.out}")


if __name__ == "__main__":
    main()
