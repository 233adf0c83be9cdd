"""Arabic pass (tune28): false leads and victim categories met in Libyan-outlet articles, with sentences written for
these tests (docs/labelling.md, the section "Arabic pass (tune28): false leads, victim categories, actors")."""

from nlp.evaluate import predict


def _read(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- false leads -------------------------------------------------------------------------------------------------


def test_cases_of_a_named_disease_are_no_injuries() -> None:
    assert not _read("أعلن مركز صحي في مزدة تسجيل 15 إصابة بداء الجرب بين تلاميذ مدرسة ابتدائية خلال أسبوع.")["is_incident"]
    assert not _read("تسجيل 9 إصابات بداء الليشمانيا الجلدية في بلدة الأصابعة منذ بداية الصيف.")["is_incident"]
    # guard: a shooting still hurts
    assert _read("أصيب شاب برصاص مسلحين مجهولين في حي الأندلس بطرابلس مساء أمس.")["is_incident"]


def test_players_out_injured_are_sport_news() -> None:
    assert not _read("الأهلي بنغازي يفتقد أربعة لاعبين بسبب الإصابة")["is_incident"]
    # guard: players hit by a stray bullet are hurt
    assert _read("إصابة لاعبين اثنين من نادي الزاوية برصاص طائش أمام منزلهما مساء أمس.")["is_incident"]


def test_rebels_killed_in_fighting_are_fighters() -> None:
    read = _read("أعلن الجيش النيجري مقتل 15 متمردا في اشتباكات بمنطقة أغاديس شمال البلاد.")
    assert not read["is_incident"]
    assert read["victim_status"] == "combatant"


# --- victim categories -------------------------------------------------------------------------------------------


def test_an_elderly_woman_counts_as_women_and_elderly() -> None:
    read = _read("تعرضت مسنة في الثمانين لاعتداء من مجهولين اقتحموا منزلها في درنة ما أدى إلى إصابتها بجروح.")
    assert {"elderly", "women"} <= set(read["victim_categories"])
    # guard: an elderly man is no woman
    read = _read("تعرض مسن في الثمانين لاعتداء من مجهولين اقتحموا منزله في درنة ما أدى إلى إصابته بجروح.")
    assert "women" not in read["victim_categories"]


def test_among_the_detained_lists_the_victims() -> None:
    read = _read("قالت منظمة حقوقية إن حراس مركز إيواء في الزاوية اعتدوا بالضرب على 20 مهاجرا محتجزين لديهم، ونقل خمسة"
                 " منهم إلى المستشفى.\nوأوضحت المنظمة أن بين المحتجزين قاصرين من الصومال.")
    assert {"children", "migrants"} <= set(read["victim_categories"])
    # guard: «بين» as "between" lists nobody
    read = _read("اعتدى حراس مركز إيواء في الزاوية بالضرب على 20 مهاجرا محتجزين لديهم.\nوقال شهود إن شجارا اندلع"
                 " بين قاصرين من الحي والحراس قبل أسبوع.")
    assert "children" not in read["victim_categories"]


def test_medics_who_treat_are_no_victims() -> None:
    read = _read("أصيب شاب برصاصة طائشة أمام منزله في صرمان مساء أمس.\nوقال شقيقه إن الأطباء في مستشفى صبراتة أجروا"
                 " له عملية لاستخراج الرصاصة.")
    assert "medics" not in read["victim_categories"]
    read = _read("عثر فريق من الهلال الأحمر الليبي على جثث ثلاثة مهاجرين مصابين بطلقات نارية في الصحراء جنوب سبها.")
    assert "medics" not in read["victim_categories"]
    # guard: a doctor beaten is a victim
    read = _read("اعتدى مسلحون بالضرب على طبيب في مستشفى الخمس وأصيب بكسور.")
    assert "medics" in read["victim_categories"]


def test_the_group_before_a_listing_is_victims_too() -> None:
    read = _read("صبراتة | حملة مداهمات على مساكن العمال الأجانب\nنفذ جهاز مكافحة الهجرة غير الشرعية حملة مداهمات فجر"
                 " اليوم على مساكن للعمال في صبراتة، واحتجز قرابة 80 مهاجرا بينهم نساء وأطفال ونقلهم إلى مركز إيواء.\n"
                 "عدد من المحتجزين قالوا لذويهم إنهم تعرضوا للضرب خلال القبض عليهم ولم يسمح لهم بأخذ هواتفهم.")
    assert {"children", "migrants", "women"} <= set(read["victim_categories"])


def test_a_worker_named_by_his_trade_then_his_nationality_is_a_migrant() -> None:
    assert "migrants" in _read("عثر على جثة عامل بناء نيجيري مصابا بطلقات نارية في ضواحي سبها.")["victim_categories"]
    # guard: a Libyan trade word with a defined noun after it names no foreigner
    assert "migrants" not in _read("مقتل سائق الشاحنة برصاص مسلحين في ضواحي سبها.")["victim_categories"]


def test_a_team_of_rescuers_is_no_sport_cue() -> None:
    read = _read("وقالت نساء محتجزات إنهن تعرضن للاغتصاب على يد حراس المخزن، فيما قال رجل لفريق من الهلال الأحمر إنهم"
                 " ضربوه.")
    assert "sexual_violence" in read["incident_types"]
    assert "women" in read["victim_categories"]
    # guard: a sports team stays sport news
    assert not _read("الفريق خسر المباراة بعد أن قتل المنافس آماله في الدقائق الأخيرة.")["is_incident"]


# --- actors ------------------------------------------------------------------------------------------------------


def _actors(text: str) -> list[str]:
    return [a["name"] for a in _read(text)["actors"]]


def test_agents_keep_their_dress_in_their_name() -> None:
    assert "عناصر أمنية بزي مدني" in _actors("اعتدى عناصر أمنية بزي مدني بالضرب على مصور صحفي أثناء تغطيته وقفة في سبها.")
    # guard: with no dress named, the agents' name stays as it was
    assert "عناصر أمنية" in _actors("اعتدى عناصر أمنية بالضرب على مصور صحفي أثناء تغطيته وقفة في سبها.")


def test_gaza_bodies_keep_gaza_in_their_name() -> None:
    assert "وزارة الصحة في غزة" in _actors("قالت وزارة الصحة في غزة إن 12 فلسطينيا قتلوا في غارة إسرائيلية على منزل في خان يونس.")
    # guard: a Libyan town after a national body stays out of its name
    assert "الدفاع المدني" in _actors("وقال الدفاع المدني في بنغازي إن طواقمه انتشلت جثتي طفلين من تحت الأنقاض.")
