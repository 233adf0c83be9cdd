"""Jawhara-style pass 5 (tune23): actors and counts in Jawhara FM-style Arabic articles. One test per kind of error,
with sentences written for these tests (docs/labelling.md, the section "Jawhara-style pass 5 (tune23): actors and
counts")."""

from tests.nlp.jawhara_reading import analysed, rules_annotation


def actor_names(text: str) -> set[str]:
    return {a.name for a in rules_annotation(text).actors}


# --- a body's name quoted after "known as" is whole ---------------------------------------------------------------


def test_a_brigade_known_by_a_martyrs_name_is_whole() -> None:
    names = actor_names("وقالت الشرطة إن البوابة تتبع مجموعة تعرف باسم \"كتيبة الشهيد علي الورفلي\"، وإن عنصرين منها أوقفا.")
    assert "كتيبة الشهيد علي الورفلي" in names
    assert "كتيبة الشهيد" not in names


def test_a_unit_known_by_its_town_keeps_the_town() -> None:
    names = actor_names("أطلق عناصر تابعون لكتيبة محلية تعرف بـ\"سرية الحماية صرمان\" الرصاص الحي على المحتجين.")
    assert "سرية الحماية صرمان" in names


def test_a_quoted_slogan_after_a_body_is_no_name() -> None:
    names = actor_names("ورفع المحتجون أمام مقر الكتيبة لافتات كتب عليها \"كتيبة الشهداء ترحل\" مساء الأحد.")
    assert not any("ترحل" in n for n in names)


# --- a committee named with its council is one body ---------------------------------------------------------------


def test_a_committee_of_parliament_is_one_body() -> None:
    names = actor_names("وقال الوزير خلال جلسة بلجنة الصحة بمجلس نواب الشعب إن المستشفيات تعاني نقصا في الأدوية.")
    assert "لجنة الصحة بمجلس نواب الشعب" in names
    assert "مجلس نواب الشعب" not in names


def test_a_committee_of_the_state_council_is_one_body() -> None:
    names = actor_names("ودعت لجنة الدفاع بالمجلس الأعلى للدولة إلى التحقيق في الحادثة.")
    assert names == {"لجنة الدفاع بالمجلس الأعلى للدولة"}


def test_a_committee_beside_an_unlisted_council_stays_apart() -> None:
    names = actor_names("ودعت لجنة الدفاع بالمجلس البلدي إلى التحقيق في الحادثة.")
    assert "لجنة الدفاع" in names


# --- a victim and his kin counted by a definite number ------------------------------------------------------------


def test_a_father_and_his_three_sons_are_four_dead() -> None:
    assert analysed("مقتل أب وأبنائه الثلاثة في قصف استهدف مزرعة العائلة").counts.get("killed") == 4


def test_a_mother_and_her_three_daughters_are_four_hurt() -> None:
    assert analysed("وأصيبت امرأة وبناتها الثلاث بجروح في الحادث").counts.get("injured") == 4


def test_three_brothers_who_attacked_are_not_counted_as_kin() -> None:
    assert analysed("أوقفت الشرطة ثلاثة أشقاء اعتدوا بالعنف على جارهم فأصيب بكسر في يده").counts.get("injured") == 1


# --- «الأم» is a victim with its article; kin joined after a victim's age ----------------------------------------


def test_the_mother_and_a_girl_are_two_hurt() -> None:
    assert analysed("وأصيبت الأم وطفلة في العاشرة بجروح خفيفة").counts.get("injured") == 2


def test_or_is_no_mother() -> None:
    # «أم» without the article is "or": the driver of the bus or of the lorry is one person hurt, not two
    assert analysed("وأصيب سائق الحافلة أم سائق الشاحنة بجروح؟").counts.get("injured") == 1


def test_her_two_children_after_her_age_are_counted() -> None:
    assert analysed("توفيت سيدة في الأربعينات من عمرها وطفلاها اختناقا بالغاز").counts.get("killed") == 3


# --- a year's figures count no event's dead -----------------------------------------------------------------------


def test_remains_identified_over_a_year_are_no_toll() -> None:
    result = analysed("وأعلنت الهيئة أنها تعرفت خلال سنة 2025 على هويات 41 رفاتا من المقابر الجماعية")
    assert "killed" not in result.counts


def test_remains_of_one_grave_stay_counted() -> None:
    result = analysed("وأعلنت الهيئة أنها انتشلت أمس 9 رفات من مقبرة جماعية جديدة")
    assert result.counts.get("killed") == 9


# --- a consulate named by the country it serves -------------------------------------------------------------------


def test_a_consulate_keeps_its_country_and_town() -> None:
    annotation = rules_annotation("وأكدت الوزارة أن القنصلية العامة لتونس بطرابلس تتابع ملف المواطنين المحتجزين.")
    assert {a.name for a in annotation.actors} == {"القنصلية العامة لتونس بطرابلس"}
    assert "طرابلس" in {p.name for p in annotation.places}


def test_a_consulate_before_a_country_as_object_is_no_name() -> None:
    # «لمصر» right after a bare head is the verb's complement, not the consulate's name
    assert "القنصلية لمصر" not in actor_names("وقدمت القنصلية لمصر الوثائق المطلوبة.")


# --- the LNA's command in its longer official forms ----------------------------------------------------------------


def test_the_general_command_of_the_national_army_is_one_body() -> None:
    names = actor_names("واتهم التقرير القيادة العامة للجيش الوطني الليبي بإدارة سجون سرية في الجنوب.")
    assert "القيادة العامة للجيش الوطني الليبي" in names
    assert "الجيش الوطني الليبي" not in names


# --- public companies named in Jawhara news -------------------------------------------------------------------------


def test_public_companies_are_bodies() -> None:
    names = actor_names("وأعلنت شركة فسفاط قفصة توقف الإنتاج، فيما ألغت الخطوط التونسية رحلتين نحو طرابلس.")
    assert {"شركة فسفاط قفصة", "الخطوط التونسية"} <= names


def test_the_chemical_group_keeps_its_nationality() -> None:
    assert "المجمع الكيميائي التونسي" in actor_names("وقرر المجمع الكيميائي التونسي غلق وحدة الإنتاج بقابس.")


# --- an unnamed armed group named by its town -----------------------------------------------------------------------


def test_an_armed_group_keeps_its_town() -> None:
    annotation = rules_annotation("وتبادلت قوات حكومية ومجموعة مسلحة من الزنتان الاتهامات بالمسؤولية عن القصف الذي قتل طفلين.")
    assert "مجموعة مسلحة من الزنتان" in {a.name for a in annotation.actors}
    assert "الزنتان" in {p.name for p in annotation.places}


def test_an_armed_group_from_a_checkpoint_stays_bare() -> None:
    assert "مجموعة مسلحة" in actor_names("واقتحمت مجموعة مسلحة من بوابة أمنية المنزل وقتلت شابا.")


# --- two name nouns sharing one definite noun after «ل»; Tunisia's foreign ministry ------------------------------


def test_a_company_for_two_tasks_is_whole() -> None:
    names = actor_names("وأعلنت الشركة الوطنية لاستغلال وتوزيع المياه عن انقطاع الماء بعدة أحياء.")
    assert names == {"الشركة الوطنية لاستغلال وتوزيع المياه"}


def test_a_purpose_clause_after_a_body_stays_out() -> None:
    names = actor_names("وتدخلت الحماية المدنية لإنقاذ وإسعاف المصابين.")
    assert not any("لانقاذ" in n or "لإنقاذ" in n for n in names)


def test_the_foreign_ministry_in_its_full_name() -> None:
    names = actor_names("ودعت وزارة الشؤون الخارجية والهجرة والتونسيين بالخارج المواطنين إلى الحذر.")
    assert names == {"وزارة الشؤون الخارجية والهجرة والتونسيين بالخارج"}


# --- a dual killed verb closes its clause: the number after the next verb is that verb's ------------------------


def test_two_killed_and_three_hurt_in_one_sentence() -> None:
    counts = analysed("وقال المصدر إن شابين قتلا وأصيب أربعة آخرون في تبادل إطلاق النار.").counts
    assert counts.get("killed") == 2
    assert counts.get("injured") == 4


def test_killed_and_hurt_together_stay_one_total() -> None:
    counts = analysed("أسفر الهجوم عن مقتل وإصابة 14 شخصا في السوق.").counts
    assert "killed" not in counts and "injured" not in counts


# --- a bare «آلاف» / «عشرات» before the casualty noun is no count --------------------------------------------------


def test_thousands_of_wounded_are_no_count() -> None:
    counts = analysed("أسفرت المعارك عن مقتل 240 شخصا وآلاف الجرحى.").counts
    assert counts.get("killed") == 240
    assert "injured" not in counts


def test_an_estimate_of_thousands_dead_is_no_count() -> None:
    assert "killed" not in analysed("وخلفت السيول في المدينة آلاف القتلى حسب التقديرات الأولية.").counts


def test_three_thousand_injured_still_count() -> None:
    assert analysed("وأصيب ثلاثة آلاف شخص في الزلزال.").counts.get("injured") == 3000


# --- repeated attacks protested are a grievance, no event -----------------------------------------------------------


def test_a_sit_in_against_repeated_attacks_is_no_injury() -> None:
    result = analysed("ونفذ الممرضون وقفة احتجاجية أمام المستشفى الجهوي للتنديد بالاعتداءات المتكررة على الإطارات الطبية.")
    assert not result.candidates


def test_a_sit_in_after_one_assault_stays_an_injury() -> None:
    result = analysed("ونفذ الممرضون وقفة احتجاجية للتنديد بالاعتداء على زميلتهم التي أصيبت بكسر في يدها.")
    assert any(c.type == "injury" for c in result.candidates)


# --- «اختفوا», «اختفاؤهم»: the plural forms of a disappearance; the missing identified ------------------------------


def test_young_men_gone_after_their_arrest_are_disappeared() -> None:
    result = analysed("قال أعيان من المدينة إن أربعة شبان اختفوا منذ أيام بعد احتجازهم عند بوابة أمنية تابعة لكتيبة محلية.")
    assert {"enforced_disappearance", "arbitrary_detention"} <= {c.type for c in result.candidates}


def test_the_missing_identified_are_no_disappearance() -> None:
    result = analysed("وعثر الرعاة على جثتي شابين وتعرفوا عليهما بعد اختفائهما منذ ثلاثة أيام.")
    assert not any(c.type == "enforced_disappearance" for c in result.candidates)


# --- people held by gunmen or smugglers are taken, not arrested ----------------------------------------------------


def test_workers_held_by_gunmen_are_abducted() -> None:
    assert "abduction" in {c.type for c in analysed("احتجز مسلحون ثلاثة عمال في مزرعة لأكثر من أسبوع.").candidates}


def test_travellers_held_by_smugglers_are_trafficked() -> None:
    result = analysed("عاد 25 مواطنا بعد أن احتجزتهم عصابة تهريب لأكثر من أسبوعين في مخزن بالصحراء.")
    assert "trafficking" in {c.type for c in result.candidates}


def test_a_gang_arrested_by_the_police_is_no_abduction() -> None:
    assert not analysed("أوقفت الشرطة عصابة مختصة في سرقة السيارات.").candidates
    assert not analysed("وتمكنت الوحدات من إيقافه رفقة مهربين اثنين.").candidates


# --- a Tunisian «مندوبية» is a local unit: it keeps its town (settled row one) --------------------------------------


def test_a_regional_office_keeps_its_town() -> None:
    annotation = rules_annotation("وأعلنت مندوبية الفلاحة بسوسة عن انطلاق موسم جني الزيتون.")
    assert {a.name for a in annotation.actors} == {"مندوبية الفلاحة بسوسة"}
    assert "سوسة" in {p.name for p in annotation.places}


def test_the_taliban_are_a_body() -> None:
    assert actor_names("ووجهت منظمات حقوقية إلى سلطات طالبان انتقادات بسبب احتجاز صحفيين.") >= {"طالبان"}


# --- «البلدية» after a definite noun is "municipal" --------------------------------------------------------------


def test_municipal_elections_name_no_municipality() -> None:
    assert not actor_names("وبلغت نسبة المشاركة في الانتخابات البلدية الليبية 61 بالمائة.")


def test_the_municipal_police_stay_a_body() -> None:
    assert "الشرطة البلدية" in actor_names("ونفذت الشرطة البلدية حملة لإزالة الأكشاك بالسوق.")


# --- armed men among the hurt are victims, not perpetrators -------------------------------------------------------


def test_armed_men_among_the_wounded_are_no_actor() -> None:
    names = actor_names("قتل شاب وأصيب ثلاثة آخرون، بينهم عنصران مسلحان، في تبادل لإطلاق النار.")
    assert "عنصران مسلحان" not in names


def test_unknown_gunmen_who_shot_stay_actors() -> None:
    assert "مسلحين مجهولين" in actor_names("قتل شاب برصاص مسلحين مجهولين قرب منزله.")


# --- a counted singular («45 عاملا») taken to hospital is hurt ----------------------------------------------------


def test_workers_counted_then_taken_to_hospital_are_hurt() -> None:
    result = analysed("وأفادت المصادر بأن 45 عاملا نقلوا إلى المستشفى إثر إصابتهم بتسمم غذائي، وتوفي أحدهم.")
    assert result.counts.get("injured") == 45
    assert result.counts.get("killed") == 1
