"""The in-Libya decision (dev labelling rule: the main event in Libya, or mainly about Libyan affairs)."""

from nlp.annotate import annotate


def _in_libya(text: str, language: str = "ar") -> bool:
    return annotate(text, language, "2026-05-10").in_libya


def test_tunisian_side_border_report_is_not_libya() -> None:
    text = ("بن قردان: إيقاف 4 أشخاص تسللوا من ليبيا\nتمكنت وحدات الحرس الوطني بولاية مدنين من إيقاف 4 أشخاص "
            "قادمين من التراب الليبي قرب رأس جدير.")
    assert not _in_libya(text)


def test_crossing_operation_and_libyan_events_are_libya() -> None:
    assert _in_libya("إعادة فتح معبر رأس جدير أمام المسافرين بعد إغلاق دام أسبوعا من الجانب الليبي")
    assert _in_libya("مقتل شاب برصاص مجهولين في حي الأندلس بطرابلس")


def test_namesakes_and_libyans_abroad() -> None:
    assert not _in_libya("إصابة شخصين بإطلاق نار في منطقة باب التبانة بطرابلس شمال لبنان")
    assert not _in_libya("A Libyan student was stabbed to death in Marseille, French police said.", "en")


def test_diplomacy_about_libya_is_libyan_affairs() -> None:
    text = "وزراء خارجية تونس والجزائر ومصر يبحثون في القاهرة آخر تطورات الملف الليبي والأزمة الليبية"
    assert _in_libya(text)
