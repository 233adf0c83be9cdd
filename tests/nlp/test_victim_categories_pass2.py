"""Victim categories pass 2 (tune15, Jawhara-style articles): who an incident's victims are, for the reports
that count them. Our own sentences; each failed before the pass."""

from __future__ import annotations

import pytest

from nlp.annotate import annotate


def _categories(text: str, kind: str, lang: str = "ar") -> set[str]:
    incidents = {i.type: i for i in annotate(text, lang, None).incidents}
    assert kind in incidents, f"no {kind} in {sorted(incidents)}"
    return set(incidents[kind].victim_categories)


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("مقتل شاب أب لطفلين برصاص مسلحين مجهولين في حي الأندلس بطرابلس.", "ar", "killing"),
    ("مقتل سائق أجرة، وهو في الأربعين من عمره وأب لثلاثة أطفال، برصاص مسلحين في مدينة الزاوية.", "ar", "killing"),
    ("A taxi driver, a father of three children, was shot dead by gunmen in Zawiya on Sunday.", "en", "killing"),
])
def test_the_children_of_a_parent_are_his_family_not_victims(text: str, lang: str, kind: str) -> None:
    assert "children" not in _categories(text, kind, lang)


def test_the_pupil_of_a_guardian_who_attacks_is_no_victim() -> None:
    assert "children" not in _categories("ولي أحد التلاميذ يعتدي بالعنف على معلم داخل مدرسة في مصراتة.", "injury")


def test_pupils_joined_to_the_witnesses_saw_the_attack() -> None:
    text = "اعتداء بالضرب على معلمة أمام زميلاتها والتلاميذ في مدرسة بمدينة سبها."
    assert "children" not in _categories(text, "injury")


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("اختطاف 12 عاملا مصريا من ورشة بناء في ضواحي مدينة بني وليد.", "abduction", {"migrants"}),
    ("مقتل سبعة مدنيين، من بينهم ثلاثة قصر، في قصف على حي سكني بمدينة ترهونة.", "killing", {"children"}),
    ("اعتقال 20 شابا من بينهم أربعة قصر في حملة مداهمات بمدينة الزاوية دون إذن قضائي.", "arbitrary_detention",
     {"children"}),
    ("مقتل امرأة وفتاتين في قصف على منزل بحي السلماني في بنغازي.", "killing", {"women", "girls"}),
])
def test_counted_workers_minors_and_dual_girls(text: str, kind: str, expected: set[str]) -> None:
    assert _categories(text, kind) == expected


# Victim categories pass 3 (eighth session, tune16en-21en, tune17...): a woman victim told only by a feminine
# reference («اختطافها», «الإفراج عنها», "she has head injuries", "beat her"), never a speaker's, a suspect's,
# an authority's or a girl's.

@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Gunmen abducted a lawyer in Misrata on Monday and beat her before leaving her on the coast road.", "en",
     "abduction"),
    ("A nurse was stabbed by a patient's relative at Zawiya hospital on Friday and she has deep wounds.", "en",
     "injury"),
    ("مسلحون مجهولون يطلقون النار على موظفة بالبلدية في غريان ويصيبونها، وقد فارقت الحياة في المستشفى.", "ar",
     "killing"),
    ("مواطن يقتل زوجته خنقا داخل منزلهما في مصراتة بعد خلاف عائلي.", "ar", "killing"),
    ("تطالب عائلة الموظفة المختطفة في سبها بالإفراج عنها بعد أسبوع من اختطافها على يد مسلحين.", "ar", "abduction"),
])
def test_a_woman_told_by_a_feminine_reference_is_counted(text: str, lang: str, kind: str) -> None:
    assert "women" in _categories(text, kind, lang)


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("The minister said she was shocked by the killing of two men in Sirte on Sunday.", "en", "killing"),
    ("Police said she was arrested on suspicion of stabbing a neighbour, who was wounded in the attack.", "en",
     "injury"),
    ("وأكدت الوزيرة أن مسلحين قتلوا شابين في الزاوية مساء أمس.", "ar", "killing"),
    ("انتقدت منظمة حقوقية السلطات بسبب احتجازها للمهاجرين في مركز تعرضوا فيه للتعذيب.", "ar", "torture"),
])
def test_a_speaker_a_suspect_or_an_authority_told_in_the_feminine_is_no_woman_victim(
        text: str, lang: str, kind: str) -> None:
    assert "women" not in _categories(text, kind, lang)


def test_a_girl_told_by_a_feminine_pronoun_is_no_woman() -> None:
    found = _categories("تحرير طفلة في صبراتة بعد ساعات من اختطافها من أمام منزل عائلتها.", "abduction")
    assert "girls" in found and "women" not in found


@pytest.mark.parametrize(("text", "lang", "kind", "expected"), [
    ("اعتداء مسلحين على طبيبة داخل قسم الإسعاف بمستشفى غريان.", "ar", "injury", {"women", "medics"}),
    ("Security agents arrested the blogger Salma at her home in Tobruk on Friday.", "en", "arbitrary_detention",
     {"women", "activists"}),
    ("Police detained a female blogger in Tripoli over a video.", "en", "arbitrary_detention",
     {"women", "activists"}),
    ("احتجاز عشرات طالبي اللجوء وتعذيبهم في مركز إيواء بطرابلس.", "ar", "torture", {"migrants"}),
])
def test_feminine_roles_a_home_she_was_taken_from_and_asylum_seekers(
        text: str, lang: str, kind: str, expected: set[str]) -> None:
    assert expected <= _categories(text, kind, lang)


@pytest.mark.parametrize(("text", "lang", "kind", "expected"), [
    ("Two teenagers were detained at a checkpoint near Gharyan and held for a week without charge.", "en",
     "arbitrary_detention", {"children"}),
    ("A shell hit a school bus in Tajoura, wounding six schoolchildren and the driver.", "en", "injury",
     {"children"}),
    ("مقتل طفلتين في قصف عشوائي على حي سكني بطرابلس.", "ar", "killing", {"girls"}),
])
def test_child_duals_and_plurals_the_forms_miss(text: str, lang: str, kind: str, expected: set[str]) -> None:
    assert expected <= _categories(text, kind, lang)


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Gunmen abducted two girls on their way to a market in Sabha on Monday.", "en", "abduction"),
    ("اعتداء بالضرب على الفتاة داخل منزل مشغلها في طرابلس.", "ar", "injury"),
])
def test_a_single_or_counted_girl_is_a_child(text: str, lang: str, kind: str) -> None:
    assert {"girls", "children"} <= _categories(text, kind, lang)


def test_women_and_girls_of_a_report_name_no_children() -> None:
    found = _categories("Armed men raped women and girls in a camp near Kufra, a rights group said.", "sexual_violence",
                        "en")
    assert "girls" in found and "children" not in found


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("مقتل امرأة طعنا في مصراتة، والضحية أم لأربعة أطفال.", "ar", "killing"),
    ("A woman, a mother of two children, was shot dead by gunmen in Sabratha.", "en", "killing"),
])
def test_the_children_of_a_mother_are_her_family_not_victims(text: str, lang: str, kind: str) -> None:
    found = _categories(text, kind, lang)
    assert "women" in found and "children" not in found


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("مسلحون يقتحمون مقر قناة خاصة في مصراتة ويعتدون على الحارس.", "ar", "attack_on_civil_society"),
    ("Unknown men set fire to a radio station in Gharyan overnight, destroying its studio.", "en",
     "attack_on_civil_society"),
    ("اختطاف مقدم برامج في إذاعة محلية بسبها على يد مسلحين.", "ar", "abduction"),
])
def test_an_outlet_attacked_or_its_presenter_harmed_names_journalists(text: str, lang: str, kind: str) -> None:
    assert "journalists" in _categories(text, kind, lang)


def test_a_radio_station_told_is_a_source() -> None:
    found = _categories("Two civilians were killed in shelling on Sabha, a doctor told a local radio station.",
                        "killing", "en")
    assert "journalists" not in found


def test_a_womans_name_after_a_victims_role_is_a_woman() -> None:
    found = _categories("Gunmen abducted the blogger Salwa Ghariani from a cafe in Tripoli on Monday night.",
                        "abduction", "en")
    assert {"women", "activists"} <= found


def test_a_womans_name_after_a_role_who_speaks_is_no_victim() -> None:
    found = _categories("Two men were shot dead in Zawiya on Monday, lawyer Nadia Fergiani said.", "killing", "en")
    assert "women" not in found


def test_the_secretary_general_is_no_mother() -> None:
    found = _categories("وطالب الأمين العام للأمم المتحدة بالإفراج عن ثلاثة موظفين محتجزين منذ أسبوع في مكان مجهول.",
                        "arbitrary_detention")
    assert "women" not in found


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Two Chadian women were beaten by guards at a farm near Sabha, where they had worked for months.", "en",
     "torture"),
    ("A labourer from Ghana was shot and wounded by gunmen at a building site in Misrata.", "en", "injury"),
    ("مقتل شاب نيجيري طعنا على يد مجهولين في حي قرقارش بطرابلس.", "ar", "killing"),
])
def test_a_person_of_a_migrants_country_of_origin_is_a_migrant(text: str, lang: str, kind: str) -> None:
    assert "migrants" in _categories(text, kind, lang)


def test_sudanese_civilians_in_their_war_are_no_migrants() -> None:
    found = _categories("Shelling killed ten Sudanese men and women in a market in El Fasher on Sunday.", "killing", "en")
    assert "migrants" not in found


def test_people_harmed_in_an_interception_at_sea_are_migrants() -> None:
    found = _categories("Coastguard crews beat three passengers during an interception off Garabulli, a rescue NGO said.",
                        "injury", "en")
    assert "migrants" in found


def test_a_rapper_held_for_a_song_is_an_activist() -> None:
    assert "activists" in _categories(
        "Authorities in Misrata have held a rapper without trial for five months over a song mocking officials.",
        "arbitrary_detention", "en")


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("توفي شاب محتجز في سجن بالزاوية بعد تعذيبه، وطالبت منظمة بتمكين أسرته ومحاميها من نتائج التشريح.", "ar",
     "torture"),
    ("Guards beat a detained student in Tripoli, and her lawyer was refused a visit.", "en", "arbitrary_detention"),
])
def test_the_victims_own_lawyer_is_no_activist(text: str, lang: str, kind: str) -> None:
    assert "activists" not in _categories(text, kind, lang)


def test_a_woman_lawyer_held_is_still_an_activist() -> None:
    assert "activists" in _categories("اعتقال المحامية سعاد من منزلها في بنغازي على يد جهاز الأمن الداخلي.",
                                      "arbitrary_detention")


@pytest.mark.parametrize(("text", "lang"), [
    ("مقتل ثلاثة رجال في قصف استهدف سوقا شعبية كانت مكتظة بالنساء في مدينة سرت.", "ar"),
    ("Shelling killed three men at a market crowded with women in Sirte on Monday.", "en"),
])
def test_the_crowd_a_place_was_full_of_is_no_victim(text: str, lang: str) -> None:
    assert "women" not in _categories(text, "killing", lang)
