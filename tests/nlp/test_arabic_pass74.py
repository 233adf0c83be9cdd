"""Arabic pass 74 (tune74): Libya precision and killed counts, with sentences written for these tests (docs/labelling.md,
the section "Arabic pass 74 (tune74): Libya precision and killed counts"). Each test has a look-alike that must not
change."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


# --- a Libyan town's namesake placed by a direction and a foreign country -----------------------------------------


def test_a_libyan_name_placed_east_of_chad_or_south_of_niger_is_not_in_libya() -> None:
    # «X شرقي تشاد»: the direction and the country say where X is, even when only a Libyan X is listed
    result = _pred("قتل مسلحون خمسة مدنيين في بلدة تراغن شرقي النيجر، وفق مصادر محلية.")
    assert result["is_incident"] and result["in_libya"] is False
    result = _pred("أحرق مجهولون خيام لاجئين في مخيم القطرون جنوبي تشاد، ما أدى إلى مقتل طفلين.")
    assert result["is_incident"] and result["in_libya"] is False
    # guard: the same name placed in Libya stays there
    result = _pred("قتل مسلحون خمسة مدنيين في بلدة تراغن جنوبي ليبيا، وفق مصادر محلية.")
    assert result["is_incident"] and result["in_libya"] is True
    result = _pred("قتل مسلحون خمسة مدنيين في بلدة تراغن، وفق مصادر محلية.")
    assert result["in_libya"] is True


# --- gunfire celebrating a match: the sport word is the occasion, not a metaphor -----------------------------------


def test_celebratory_gunfire_after_a_match_still_kills_and_wounds() -> None:
    # «رصاص أطلق احتفالا بفوز الفريق في المباراة»: real bullets, the match is why they were fired
    result = _pred("توفي الشاب سالم المبروك متأثرا بجروحه بعد أن أصابه رصاص عشوائي أطلق احتفالا بفوز فريقه في مباراة "
                   "بمدينة الزاوية، وأصيب شخصان آخران.")
    assert result["is_incident"] and result["killed"] == 1 and result["injured"] == 2
    result = _pred("أصيب مشجعان بأعيرة نارية أطلقت ابتهاجا بالفوز في المباراة النهائية للدوري بمصراتة.")
    assert result["is_incident"] and result["injured"] == 2
    # guard: a player's injury in a match stays sport news, and «رصاصة الرحمة» on a team's hopes stays a metaphor
    result = _pred("أصيب مدافع نادي الاتحاد بتمزق عضلي خلال مباراة الديربي في طرابلس.")
    assert not result["is_incident"]
    result = _pred("أطلق الأهلي رصاصة الرحمة على آمال منافسه بعد فوزه بثلاثية في مباراة الدوري بطرابلس.")
    assert not result["is_incident"]


# --- shelling that hurt no one and damaged nothing ----------------------------------------------------------------


def test_shelling_with_no_casualties_and_no_damage_is_no_attack_on_property() -> None:
    # «دون تسجيل إصابات أو أضرار»: nothing was hit, the exchange is a clash between forces
    result = _pred("تبادلت قوتان مسلحتان القصف في محيط مطار معيتيقة فجر اليوم، دون تسجيل إصابات أو أضرار.")
    assert not result["is_incident"]
    result = _pred("سقطت قذائف عشوائية قرب ميناء الخمس، ولم تسجل أي أضرار مادية أو بشرية.")
    assert not result["is_incident"]
    # guard: no casualties but damage told, or casualties only negated, keeps the attack on property
    result = _pred("سقطت قذائف على حي سكني في تاجوراء دون وقوع إصابات، لكنها ألحقت أضرارا بعدة منازل.")
    assert "attack_on_property_or_infrastructure" in result["incident_types"]
    result = _pred("سقطت قذائف على حي سكني في تاجوراء دون وقوع إصابات.")
    assert "attack_on_property_or_infrastructure" in result["incident_types"]


def test_a_headline_shelling_whose_body_tells_no_damage_is_no_incident() -> None:
    # the headline «قصف متبادل ...» alone reads as shelling of the port; the body says nothing was damaged
    result = _pred("قصف متبادل بين قوتين في محيط ميناء مصراتة\n"
                   "شهد محيط ميناء مصراتة مساء أمس قصفا متبادلا بين قوتين مسلحتين، دون تسجيل إصابات أو أضرار.")
    assert not result["is_incident"]
    # guard: the body tells the damage
    result = _pred("قصف متبادل بين قوتين في محيط ميناء مصراتة\n"
                   "شهد محيط ميناء مصراتة مساء أمس قصفا متبادلا بين قوتين مسلحتين، ما ألحق أضرارا بمستودعات الميناء.")
    assert "attack_on_property_or_infrastructure" in result["incident_types"]


# --- a run-over headline whose body tells it was done on purpose --------------------------------------------------


def test_a_body_run_over_on_purpose_is_not_framed_out_by_the_run_over_headline() -> None:
    # the headline's «دهسا» reads as a road accident; the body says the driver ran the guard over on purpose
    result = _pred("وفاة حارس بوابة دهسا في ترهونة\n"
                   "توفي حارس بوابة أمنية في ترهونة بعدما دهسه سائق شاحنة عمدا هربا من التفتيش، وفق مديرية الأمن.")
    assert result["is_incident"] and result["killed"] == 1
    # guard: a run-over told with no intent stays a road accident
    result = _pred("وفاة حارس بوابة دهسا في ترهونة\n"
                   "توفي حارس بوابة أمنية في ترهونة بعدما دهسته شاحنة فقد سائقها السيطرة عليها، وفق مديرية الأمن.")
    assert not result["is_incident"]


# --- an inquiry hearing the victims' families: proceedings about past killings -----------------------------------


def test_an_inquiry_hearing_the_families_of_past_victims_is_no_incident() -> None:
    # «استمع ... إلى شهادات أهالي ضحايا»: testimonies heard about past killings, the inquiry is the news
    result = _pred("استمع فريق من المجلس الوطني للحريات إلى شهادات أهالي ضحايا الإعدامات الميدانية في سرت.")
    assert not result["is_incident"]
    result = _pred("استمعت لجنة برلمانية إلى شهادات ذوي ضحايا الاغتيالات في درنة، في سياق تحقيقها في ما جرى.")
    assert not result["is_incident"]
    # guard: a new killing told beside the same words stays an incident
    result = _pred("عثر الأهالي على مقبرة جماعية تضم جثث سبعة رجال قتلوا بالرصاص في سرت أمس.")
    assert result["is_incident"]


# --- a wound verb inside the list of the dead ----------------------------------------------------------------------


def test_a_wound_verb_in_the_list_after_the_toll_is_how_one_of_the_dead_was_hit() -> None:
    # «ستة قتلى، هم خمسة من المسلحين وطفل أصيب برصاصة»: the child is one of the six dead, no one injured
    result = _pred("ارتفعت حصيلة الاشتباكات في الكفرة إلى ستة قتلى، هم خمسة من المسلحين وطفل أصيب برصاصة طائشة أمام بيته.")
    assert result["killed"] == 6 and result["injured"] is None
    result = _pred("قتل أربعة أشخاص بينهم فتاة أصيبت بشظية قذيفة داخل منزل أسرتها في الزاوية.")
    assert result["killed"] == 4 and result["injured"] is None
    # guard: a wounded one told in a clause of its own after the toll stays injured
    result = _pred("ارتفعت حصيلة الاشتباكات في الكفرة إلى ستة قتلى، فيما طفل أصيب برصاصة طائشة أمام بيته.")
    assert result["killed"] == 6 and result["injured"] == 1



# --- a captive killed is one victim, as a prisoner or a detainee is -------------------------------------------------


def test_a_captive_or_a_hostage_killed_counts_one() -> None:
    assert _pred("مقتل أسير في ورشفانة على يد عناصر تشكيل مسلح")["killed"] == 1
    assert _pred("إعدام رهينة على يد خاطفيه جنوب الشويرف")["killed"] == 1
    # guard: captives in the plural with no number stay uncounted; a prisoner killed keeps its count
    assert _pred("تقارير عن تصفية أسرى على يد تشكيل مسلح في ورشفانة")["killed"] is None
    assert _pred("مقتل سجين داخل سجن الجديدة")["killed"] == 1
