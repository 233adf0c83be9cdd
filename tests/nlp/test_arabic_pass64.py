"""Arabic pass 64 (tune64, tune66): short social posts and news articles, with sentences written for these tests
(docs/labelling.md, the section "Arabic pass 64 (tune64, tune66): short social posts and news articles")."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- false leads: fighters, accidents, statistics, statements ---------------------------------------------------


def test_fighters_killed_by_a_strike_told_with_a_preposition_are_fighters() -> None:
    # «بضربة», «بطعنة»: a noun after «ب», no verb «ضربوه» whose subject the fighters would be
    assert not _pred("مقتل 4 مسلحين بضربة جوية في ريف إدلب الجنوبي")["is_incident"]
    assert not _pred("الجيش: مقتل 6 إرهابيين بضربة مدفعية قرب الحدود")["is_incident"]
    # guards: civilians killed by a strike stay; armed men who beat someone are its attackers
    assert _pred("مقتل 4 مدنيين بضربة جوية في ريف إدلب الجنوبي")["is_incident"]
    assert _pred("مسلحون ضربوه بالعصي أمام منزله في حي الأندلس ونقل إلى المستشفى")["is_incident"]


def test_attackers_killed_while_an_attack_was_repelled_are_no_victims() -> None:
    assert not _pred("الجيش يعلن صد هجوم في محيط المدينة ومقتل 9 من المهاجمين")["is_incident"]
    assert not _pred("القوات المشتركة تصد هجوما على محور البطانة ومقتل ثلاثة من المعتدين")["is_incident"]
    # guards: passers-by killed in an attack, and the attackers killing villagers, stay incidents
    assert _pred("مقتل 9 من المارة في هجوم على سوق شعبي جنوب المدينة")["is_incident"]
    assert _pred("المهاجمون قتلوا 9 من سكان القرية قبل أن ينسحبوا")["is_incident"]
    # some of the attackers killed by the troops who repelled them
    assert not _pred("قال الجيش إن وحداته صدت الهجوم على البلدة وقتلت عددا من المهاجمين.")["is_incident"]
    assert _pred("قال الأهالي إن المسلحين اقتحموا البلدة وقتلوا عددا من المزارعين.")["is_incident"]


def test_a_train_derailed_is_an_accident() -> None:
    assert not _pred("خروج قطار ركاب عن القضبان قرب أسيوط وإصابة 14 شخصا")["is_incident"]
    assert not _pred("انقلاب قطار بضائع في المنيا ووفاة سائقه")["is_incident"]
    # guard: a bomb on a train is an attack
    assert _pred("تفجير عبوة ناسفة داخل قطار ركاب قرب أسيوط وإصابة 14 شخصا")["is_incident"]


def test_a_boat_sunk_in_a_river_is_an_accident() -> None:
    assert not _pred("غرق قارب يقل 30 راكبا في نهر الفرات ووفاة 6 أشخاص")["is_incident"]
    assert not _pred("غرق مركب في النهر قرب كوستي ووفاة 11 بينهم نساء")["is_incident"]
    # guard: migrants lost at sea are an incident
    assert _pred("غرق مركب يقل مهاجرين قبالة زوارة ووفاة 11 بينهم نساء")["is_incident"]



def test_bathers_drowned_with_no_boat_are_an_accident() -> None:
    assert not _pred("رحمهم الله.. وفاة 3 أطفال غرقا في بحر جنزور عصر اليوم")["is_incident"]
    # guards: migrants drowned, and people drowned after a boat sank off the coast, stay incidents
    assert _pred("وفاة 6 مهاجرين غرقا قبالة سواحل صبراتة")["is_incident"]
    assert _pred("وفاة 7 أشخاص غرقا بعد غرق قارب قبالة صبراتة")["is_incident"]


def test_a_war_toll_in_thousands_is_a_statistic() -> None:
    assert not _pred("منظمة دولية: أكثر من 20 ألف قتيل منذ اندلاع النزاع في البلاد")["is_incident"]
    assert not _pred("تقرير: مقتل نحو 12 ألف شخص منذ بدء الحرب")["is_incident"]
    # guard: one strike's toll stays
    assert _pred("مقتل 12 مدنيا في قصف على سوق شعبي شمال البلاد")["is_incident"]


def test_repeated_attacks_condemned_tell_no_event() -> None:
    assert not _pred("منظمة حقوقية تدين الاعتداءات المتكررة على الصحفيين في البلاد وتطالب بالتحقيق")["is_incident"]
    assert not _pred("الاتحاد يستنكر الهجمات المستمرة على المدنيين في الإقليم")["is_incident"]
    # guards: a condemned attack that happened stays; so does the last of the repeated ones told
    assert _pred("منظمة حقوقية تدين الاعتداء على الصحفي كمال حمدي أمس أمام مقر عمله")["is_incident"]
    assert _pred("نقابة تدين الاعتداءات المتكررة على الصحفيين وآخرها إصابة مصور بالرصاص أمس")["is_incident"]


# --- the Libya decision: a page's name is no event place ---------------------------------------------------------


def test_a_page_named_after_a_town_is_no_event_place() -> None:
    pred = _pred("صفحة أخبار غدامس: غارة جوية على سوق مدينة نيالا تقتل 8 مدنيين")
    assert pred["is_incident"] and not pred["in_libya"]
    pred = _pred("حساب أخبار أوباري | قصف على مخيم للنازحين قرب الفاشر يقتل 5 أطفال")
    assert pred["is_incident"] and not pred["in_libya"]
    pred = _pred("أخبار زليتن | مقتل طفلين بقصف على خان يونس")
    assert pred["is_incident"] and not pred["in_libya"]
    pred = _pred("درنة الآن: اغتيال صحفي في مقديشو برصاص مجهولين")
    assert pred["is_incident"] and not pred["in_libya"]
    # guards: the page's own town as the event place stays Libyan, with or without another place
    assert _pred("درنة الآن: اغتيال صحفي وسط المدينة برصاص مجهولين")["in_libya"]
    pred = _pred("صفحة أخبار غدامس: مقتل شاب برصاص مجهولين وسط غدامس")
    assert pred["is_incident"] and pred["in_libya"]


# --- victim categories -----------------------------------------------------------------------------------------


def test_bint_in_a_town_name_is_no_girl() -> None:
    pred = _pred("قتل مزارعان في غارة على طريق بلدة بنت جبيل جنوب لبنان")
    assert "girls" not in pred["victim_categories"]
    # guard: a girl killed stays a girl
    assert "girls" in _pred("مقتل بنت في الثانية عشرة بقصف على منزلها في بلدة عيتا")["victim_categories"]


def test_a_channels_camerawoman_is_a_woman() -> None:
    pred = _pred("إصابة مصورة قناة فضائية برصاص قناص خلال تغطية اشتباكات في حي الشيخ مقصود")
    assert {"journalists", "women"} <= set(pred["victim_categories"])
    # guard: a cameraman is no woman
    pred = _pred("إصابة مصور قناة فضائية برصاص قناص خلال تغطية اشتباكات في حي الشيخ مقصود")
    assert "women" not in pred["victim_categories"]


# --- places ----------------------------------------------------------------------------------------------------


def _places(text: str) -> list[str]:
    return [p["name"] for p in _pred(text)["places"]]


def test_regional_towns_named_in_posts_are_places() -> None:
    assert "قعطبة" in _places("قناص يصيب امرأة في قعطبة شمال الضالع")
    assert "بيداوة" in _places("مقتل 3 مدنيين بقذائف هاون على سوق في بيداوة")
    assert "سراقب" in _places("غارة تقتل طفلين في سراقب بريف إدلب")
    assert "ميس الجبل" in _places("غارة بمسيرة على منزل في ميس الجبل جنوب لبنان")
    assert "الفروانية" in _places("طعن عامل في الفروانية على يد زميله")
    # guards: ordinary words stay words («الخيام»: the tents; «حولا»: around); a listed town after a locative word is one
    assert "الخيام" not in _places("نصبت الخيام للنازحين في ساحة المدرسة")
    assert "الخيام" in _places("قصف على بلدة الخيام جنوب لبنان")


def test_weak_names_after_countryside_or_camp_are_places() -> None:
    assert "حماة" in _places("قصف مدفعي على ريف حماة الشمالي يقتل 3 مدنيين")
    assert "مخيم طويلة" in _places("مقتل 4 نازحين في هجوم على مخيم طويلة فجر اليوم")
    # guards: «حماة» as protectors is no place; «بمحافظة الجوف» (Yemen) stays out of Libya
    assert "حماة" not in _places("اعتقال 3 من حماة البيئة خلال احتجاج في ساحة الشهداء")
    assert not _pred("الحوثيون يقصفون منازل المدنيين بمحافظة الجوف ويقتلون طفلين")["in_libya"]


def test_nasiriyah_with_iraqi_cues_is_in_iraq() -> None:
    pred = _pred("مقتل ناشط برصاص مسلحين في الناصرية بمحافظة ذي قار العراقية")
    assert not pred["in_libya"] and "ذي قار" in [p["name"] for p in pred["places"]]


def test_a_district_written_with_its_city_keeps_both() -> None:
    assert {"قعطبة", "الضالع"} <= set(_places("لغم يقتل طفلا في مديرية قعطبة بالضالع"))
    # guard: a body's name with its town stays a body («مديرية أمن سبها»), no place
    pred = _pred("اقتحام مقر مديرية أمن سبها بالقوة")
    assert "سبها" not in [p["name"] for p in pred["places"]]


# --- killed counts ---------------------------------------------------------------------------------------------


def test_victims_counted_after_lam_on_the_number() -> None:
    assert _pred("مقطع مصور يظهر إعداما ميدانيا لـ7 أسرى على يد مسلحين قرب دير حافر")["killed"] == 7
    assert _pred("قوات الأمن تنفذ إعداما ميدانيا لثلاثة مدنيين في ريف درعا")["killed"] == 3
    # guard: a length of time after «ل» counts nobody
    assert _pred("الحكم بالسجن على ناشط لـ3 سنوات بتهمة نشر أخبار كاذبة")["killed"] is None
    # guard: a mother of three killed is one victim, not three
    assert _pred("مقتل أم لثلاثة أطفال برصاص قناص في حي الصابري")["killed"] != 3


def test_a_shepherdess_is_one_victim() -> None:
    assert _pred("قذيفة تقتل راعية أغنام قرب الحدود الشمالية")["killed"] == 1
    # guard: «طفليه» (his two children) stays two
    assert _pred("مقتل رجل وطفليه في قصف على منزلهم في بلدة الكرك")["killed"] == 3


# --- actors ----------------------------------------------------------------------------------------------------


def _actors(text: str) -> list[str]:
    return [a["name"] for a in _pred(text)["actors"]]


def test_a_company_named_by_its_trade_after_lam_is_one_actor() -> None:
    text = "مسلحون يقتحمون محطة الشركة الوطنية لتوليد الكهرباء في أوباري ويحتجزون عاملين"
    assert "الشركة الوطنية لتوليد الكهرباء" in _actors(text)
    assert "المؤسسة العامة لإنتاج الأسمدة" in _actors("قصف يطال مخازن المؤسسة العامة لإنتاج الأسمدة ويقتل حارسين")
    # guard: after another body the same noun starts a purpose clause
    actors = _actors("انفجار يقتل 3 عمال وتدخل فرق الهلال الأحمر لنقل المصابين إلى مستشفى سبها")
    assert not any("لنقل" in a for a in actors)


# --- injured counts --------------------------------------------------------------------------------------------


def test_people_treated_for_wounds_after_a_time_word_are_injured() -> None:
    text = ("قال مسعفون إن حراس مركز الاحتجاز في الزاوية ضربوا المحتجزين، وإن فرقهم عالجت يوم الجمعة 9 محتجزين من "
            "كسور ورضوض.")
    assert _pred(text)["injured"] == 9
    # guard: patients treated for a disease are no injured
    assert _pred("قالت المنظمة إن فرقها عالجت الأسبوع الماضي 40 مهاجرا من الملاريا في مركز الاحتجاز.")["injured"] is None


def test_a_specialised_chamber_with_its_field_after_ba_is_one_actor() -> None:
    actors = _actors("قضت الدائرة الجنائية المختصة بقضايا الإرهاب بسجن الناشط سامي بلال 5 سنوات بسبب منشور")
    assert "الدائرة الجنائية المختصة بقضايا الإرهاب" in actors
    # guard: «بـ» + a word that is no field ends the name
    actors = _actors("قضت الدائرة الجنائية المختصة بسجن الناشط سامي بلال 5 سنوات بسبب منشور")
    assert "الدائرة الجنائية المختصة بسجن" not in actors


def test_settlers_and_armed_factions_are_unnamed_perpetrators() -> None:
    assert "مستوطنون" in _actors("مستوطنون يهاجمون قرية سلواد ويصيبون 4 فلسطينيين بالحجارة")
    assert "فصيل مسلح" in _actors("مقطع يظهر إعدام 3 أسرى على يد فصيل مسلح قرب جرابلس")
    # guard: unnamed perpetrators are listed only where an incident is reported
    assert "مستوطنون" not in _actors("مستوطنون يحتفلون بعيد في ساحة البلدة القديمة")


# --- victim categories of bodies found ---------------------------------------------------------------------------


def test_remains_found_with_women_and_children_among_them() -> None:
    text = "العثور على مقبرة جماعية تضم رفات 14 شخصا قرب تلعفر\nوقالت فرق البحث إنها عثرت على الرفات بينها نساء وأطفال."
    assert {"women", "children"} <= set(_pred(text)["victim_categories"])
    # guard: places listed after «بينها» are no victims
    text = "العثور على مقبرة جماعية تضم رفات 14 شخصا قرب تلعفر\nوقالت فرق البحث إنها عثرت على الرفات في مواقع بينها مدرسة."
    assert _pred(text)["victim_categories"] == []


def test_a_suicide_counts_one_dead_and_is_no_incident() -> None:
    pred = _pred("انتحار عامل في مصنع للنسيج بالمحلة بعد فصله من العمل")
    assert pred["killed"] == 1 and not pred["is_incident"]
    # guard: an attempt kills nobody
    assert _pred("محاولة انتحار عامل من أعلى مبنى المصنع بالمحلة")["killed"] is None


def test_a_condolence_for_a_natural_death_is_no_incident() -> None:
    assert not _pred("نعزي أسرة الزميل الصحفي نبيل في وفاة والدته، البقاء لله")["is_incident"]
    assert not _pred("تعزية: انتقل إلى رحمة الله الناشط الحقوقي عمر بعد صراع مع المرض")["is_incident"]
    # guard: a death under torture mourned stays a killing
    assert "killing" in _pred("وفاة معتقل تحت التعذيب في سجن الجديدة رحمه الله")["incident_types"]


def test_a_closing_tag_after_a_place_abroad_is_the_pages() -> None:
    assert not _pred("غارة بمسيرة تقتل 4 مدنيين في بلدة عيترون جنوب لبنان #مصراتة")["in_libya"]
    assert not _pred("قصف مدفعي يقتل 3 أطفال في الفاشر 💔 #بنغازي")["in_libya"]
    # guards: a tag beside a Libyan event, and a tag alone, still tell the place
    assert _pred("مقتل مهاجر مصري طعنا في حي الظهرة #مصر #طرابلس")["in_libya"]
    assert _pred("مقتل شاب برصاص مجهولين أمام منزله الليلة #بنغازي")["in_libya"]
