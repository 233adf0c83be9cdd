"""Arabic pass 130 (tune130): incident F1 and Libya-incident precision in Jawhara FM-style articles. Our own sentences;
each rule with a look-alike guard."""

from __future__ import annotations

from nlp.annotate import annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "ar").incidents}


# «دون إعلام أسرته» after a going or visiting word: someone who went off unannounced (incident_scope._went_without_telling)
def test_a_young_man_away_on_a_visit_without_telling_his_family_is_no_disappearance():
    text = ("مصدر أمني ينفي اختطاف تلميذ من الصخيرة\nنفى مصدر أمني بصفاقس الأخبار المتداولة حول اختطاف تلميذ من قبل "
            "مسلحين، مؤكدا أن التلميذ الذي أبلغ والده عن غيابه عاد إلى بيته، وأنه كان في زيارة لأحد أقاربه بالمحرس دون "
            "إعلام أسرته.")
    assert annotate(text, "ar").incidents == ()


def test_a_man_held_without_telling_his_family_stays_a_disappearance():
    text = "قالت النقابة إن الناشط كريم الفرجاني محتجز منذ ثلاثة أيام دون إعلام عائلته بمكان احتجازه."
    assert "enforced_disappearance" in _types(text)


# the place after «في + a site of captivity + its owner + ب» (event_place._held_site)
def test_torture_in_smugglers_stores_in_libya_told_after_landing_abroad_is_in_libya():
    text = ("مهاجرون أنقذوا قبالة المهدية يروون تعرضهم للتعذيب في مخازن المهربين بليبيا\nأفاد متطوع بالهلال الأحمر "
            "بالمهدية أن المهاجرين الذين أنقذهم الحرس البحري قبالة المهدية رووا تعرضهم للضرب والتجويع.")
    assert annotate(text, "ar").in_libya is True


def test_torture_in_a_store_in_a_tunisian_town_is_not_in_libya():
    text = ("مهاجرون يروون تعرضهم للتعذيب في مخازن المهربين بصفاقس\nأفاد متطوع بالهلال الأحمر أن المهاجرين الذين "
            "أنقذهم الحرس البحري قبالة المهدية رووا تعرضهم للضرب والتجويع.")
    assert annotate(text, "ar").in_libya is False


# «ضحية / ضحايا» right before an assault noun (incident_scope._victim_of_assault)
def test_a_girl_victim_of_a_sexual_assault_is_no_killing():
    assert _types("قليبية: طفلة في الثامنة ضحية اعتداء جنسي داخل حديقة عمومية") == {"sexual_violence"}


def test_a_victim_of_a_terrorist_attack_who_died_stays_a_killing():
    text = "توفي الحارس وليد الكافي، ضحية الاعتداء الإرهابي على دورية بجبل سمامة، متأثرا بجروحه."
    assert "killing" in _types(text) and annotate(text, "ar").killed == 1


# harm that may befall someone («أي مكروه قد يصيبه») is feared (lexicon `hypothetical`)
def test_harm_that_may_befall_a_hostage_is_no_injury():
    text = ("وقفة احتجاجية للمطالبة بإطلاق سراح عامل مختطف\nوحمل المحتجون السلط مسؤولية أي مكروه قد يصيبه، مطالبين "
            "بالتحرك العاجل لإطلاق سراح العامل أنيس الجلاصي المختطف منذ شهر.")
    assert "injury" not in _types(text)


def test_a_worker_hurt_stays_an_injury():
    assert "injury" in _types("أصيب العامل أنيس الجلاصي بجروح في رأسه إثر اعتداء بالعنف عليه أمام منزله بالقلعة الكبرى.")


# a mock execution («أوهموه بإعدامه») is no killing (lexicon `warning`)
def test_a_mock_execution_is_no_killing():
    text = "قال البحار المفرج عنه إن محتجزيه كانوا يضربونه يوميا، وأوهموه بإعدامه بوضع بندقية على رأسه."
    ann = annotate(text, "ar")
    assert "killing" not in {i.type for i in ann.incidents} and ann.killed is None


def test_an_execution_carried_out_stays_a_killing():
    assert "killing" in _types("أعدم مسلحون البحار المحتجز رميا بالرصاص قرب الميناء.")


# «خنقا», «مخنوقة»: died strangled (lexicon killing); «خنقها» (strangled her) alone is not
def test_a_man_found_strangled_is_a_killing():
    text = "أكد مصدر أمني أن كهلا يبلغ من العمر 60 سنة عثر عليه مخنوقا داخل منزله بالجم بعد أن تسلل إليه لص."
    assert "killing" in _types(text)


def test_a_woman_strangled_with_her_scarf_in_an_assault_is_no_killing():
    assert "killing" not in _types("شاب يعتدي على فتاة بالعنف ويحاول خنقها بوشاحها في محطة الحافلات بسوسة.")


# «بهدف» + an act's verbal noun is an aim, no goal scored (incident_cues._aim_not_goal)
def test_a_killing_with_the_aim_of_theft_is_no_sport_news():
    ann = annotate("قرقنة: مقتل شيخ طعنا داخل منزله بهدف السرقة", "ar")
    assert "killing" in {i.type for i in ann.incidents}


def test_a_match_won_by_a_goal_stays_sport():
    assert _types("الترجي يقتل آمال منافسه بهدف في الدقيقة الأخيرة من المباراة") == set()


# acts named after a word of recurrence are a pattern complained of (incident_scope._recurring_acts)
def test_repeated_assaults_complained_of_are_no_event():
    text = "ويشتكي الصيادون بالزارات منذ أشهر من تكرر الاعتداءات عليهم في عرض البحر."
    assert annotate(text, "ar").incidents == ()


def test_an_assault_on_a_fisherman_stays_an_event():
    assert "injury" in _types("تعرض صياد من الزارات أمس لاعتداءات بالعنف أصيب على إثرها بجروح في رأسه.")


# shelling feared («تحسبا لتجدد القصف») is no attack on property (lexicon `hypothetical`)
def test_schools_shut_for_fear_of_renewed_shelling_is_no_attack_on_property():
    text = "وأغلقت المدارس والمحلات في وسط مدينة غريان أبوابها تحسبا لتجدد القصف."
    assert "attack_on_property_or_infrastructure" not in _types(text)


def test_a_shell_that_hit_a_school_stays_an_attack_on_property():
    text = "سقطت قذيفة صباح اليوم على مدرسة ابتدائية في غريان وألحقت بها أضرارا مادية دون تسجيل إصابات."
    assert "attack_on_property_or_infrastructure" in _types(text)


# the rescued taken away with their treatment stated are counted hurt (counts_hurt._rescued_then_treated)
_SINKING = "انتشال 6 جثث لمهاجرين غرقوا قبالة سواحل زوارة الليبية\nأفاد مصدر أن مركب صيد انتشل جثث 6 مهاجرين. "


def test_the_rescued_taken_for_first_aid_are_counted_hurt():
    text = _SINKING + "وتمكن البحارة من إنقاذ 11 مهاجرا آخرين نقلوا إلى المستشفى الجهوي بقابس لتلقي الإسعافات."
    assert annotate(text, "ar").injured == 11


def test_the_rescued_only_taken_to_hospital_are_not_counted():
    text = _SINKING + "وتمكن البحارة من إنقاذ 11 مهاجرا آخرين نقلوا إلى المستشفى الجهوي بقابس."
    assert annotate(text, "ar").injured is None
