"""Write the saved-page fixtures of the charset and extraction tests (all text written by the rasad team).

    .venv/bin/python tests/pipelines/data/pages/build_pages.py

Real outlets' saved pages are their publishers' copyright, so they are not kept in the repository;
these pages reproduce the faults those pages showed (a windows-1256 listing, UTF-8 read as Latin-1
and saved again, a gzipped Libyan homepage) with our own headlines.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADLINES = [
    "المجلس البلدي في سبها يعلن خطة لصيانة شبكة الكهرباء",
    "وزارة الصحة تطلق حملة تطعيم في بلديات الجنوب",
    "أسعار الخضروات ترتفع في أسواق طرابلس مع بداية الشتاء",
    "الهلال الأحمر يوزع مساعدات على النازحين في درنة",
    "جامعة بنغازي تعلن مواعيد امتحانات الفصل الخريفي",
    "اجتماع لبحث أزمة السيولة في المصارف التجارية",
    "افتتاح معرض للكتاب في مدينة مصراتة بمشاركة عشرين دار نشر",
    "مطالبات بالكشف عن مصير صحفي مفقود منذ أسبوعين في الزاوية",
    "فريق الأهلي يتأهل إلى نهائي الكأس بعد فوزه بركلات الترجيح",
    "انقطاع المياه عن أحياء في غريان بسبب عطل في محطة الضخ",
    "مؤسسة النفط تعلن ارتفاع الإنتاج إلى مليون ومئتي ألف برميل يوميا",
    "منظمات محلية تدعو إلى تحقيق مستقل في وفاة موقوف داخل مركز احتجاز",
]
NAV = ["الرئيسية", "ليبيا", "اقتصاد", "رياضة", "ثقافة", "منوعات", "اتصل بنا"]


def homepage(title: str, charset: str = "utf-8") -> str:
    items = "\n".join(
        f'<li class="news-item"><a href="/news/{n}">{line}</a><p>{line}، بحسب ما أفاد مراسلنا في المدينة اليوم.</p></li>'
        for n, line in enumerate(HEADLINES, start=101)
    )
    nav = " | ".join(f'<a href="/{n}">{word}</a>' for n, word in enumerate(NAV))
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>{title}</title></head>\n'
        f"<body><header><nav>{nav}</nav><p>السبت 24 / مارس / 2018</p></header>\n"
        f'<main><h1>آخر الأخبار</h1><ul class="latest">\n{items}\n</ul></main>\n'
        "<footer>جميع الحقوق محفوظة لبوابة الأنباء الليبية التجريبية</footer></body></html>\n"
    )


LISTING_ROWS = [
    ("ليبيا", "صحيفة الأنباء الليبية", "Libyan News Gazette"),
    ("ليبيا", "وكالة أخبار الساحل", "Coast News Agency"),
    ("تونس", "جريدة الصباح التونسية", "Tunis Morning"),
    ("مصر", "بوابة الأخبار المصرية", "Egypt News Portal"),
    ("الجزائر", "يومية الشروق الجزائرية", "Algeria Daily"),
    ("السودان", "صحيفة النيل اليوم", "Nile Today"),
]


def listing() -> str:
    rows = "\n".join(
        f'<tr><td>{country}</td><td><a href="https://paper{n}.example/">{arabic}</a></td><td>{english}</td></tr>'
        for n, (country, arabic, english) in enumerate(LISTING_ROWS)
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">\n'
        "<title>دليل الصحف العربية حسب البلد</title></head>\n"
        "<body><h1>دليل الصحف العربية</h1><p>Arabic newspapers by country</p>\n"
        f"<table>\n{rows}\n</table></body></html>\n"
    )


def main() -> None:
    manifest = []
    home_title = "بوابة الأنباء الليبية التجريبية | الصفحة الرئيسية"
    (HERE / "libyan_home.html.gz").write_bytes(gzip.compress(homepage(home_title).encode("utf-8"), mtime=0))
    manifest.append({"file": "libyan_home.html.gz", "encoding": "utf-8", "gzipped": True, "title": home_title,
                     "url_if_known": "https://news.example.ly/", "must_contain": HEADLINES[:4]})
    mojibake_title = "موقع الأخبار الجزائري التجريبي"
    page = homepage(mojibake_title).encode("utf-8").decode("latin-1").encode("utf-8")
    (HERE / "home.mojibake.html").write_bytes(page)
    manifest.append({"file": "home.mojibake.html", "encoding": "utf-8 read as latin-1, saved as utf-8",
                     "title": mojibake_title, "must_contain": HEADLINES[4:8]})
    (HERE / "listing.cp1256.html").write_bytes(listing().encode("cp1256"))
    manifest.append({"file": "listing.cp1256.html", "encoding": "cp1256", "title": "دليل الصحف العربية حسب البلد",
                     "must_contain": [row[1] for row in LISTING_ROWS[:3]]})
    (HERE / "manifest.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in manifest), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
