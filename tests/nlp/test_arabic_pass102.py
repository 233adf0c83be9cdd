"""Arabic pass 102 (tune102, outlet news with links abroad: Libya-incident precision): our own sentences, other
names, towns and wording; each rule has a look-alike that must not change."""

from nlp.annotate import annotate


def _types(annotation) -> set[str]:
    return {incident.type for incident in annotation.incidents}


def test_the_bullets_of_a_charged_killing_told_again_are_no_new_harm():
    # «التي قتلت برصاص مسلحين»: the relative clause retells the killing the suspects are held for; its «برصاص» is
    # how that past killing was done, no new shooting
    text = ("قالت مديرية أمن الزاوية إنها أوقفت شابين مشتبه بهما في اغتيال المحامية سعاد المنصوري التي قتلت "
            "برصاص ملثمين أمام مكتبها.")
    assert not annotate(text).incidents
    text = ("أوقفت الشرطة ثلاثة أشخاص يشتبه بتورطهم في قتل الطبيب عادل الورفلي الذي اغتيل بنيران مجهولين قرب "
            "عيادته.")
    assert not annotate(text).incidents


def test_a_killing_with_its_bullets_told_as_news_stays():
    # look-alike: no charge before the relative clause, the killing is today's news
    text = "قتلت المحامية سعاد المنصوري برصاص ملثمين أمام مكتبها في الزاوية مساء أمس."
    assert "killing" in _types(annotate(text))


def test_an_ammunition_store_is_no_gunfire_inside_a_hospital():
    # «جرحى انفجار مخزن الذخيرة في مستشفى ...»: the store exploded; the hospital is where the wounded are visited
    text = ("رئيس الحكومة يزور جرحى انفجار مستودع الذخيرة في مستشفى الخمس\n"
            "زار رئيس الحكومة المصابين الذين يتلقون العلاج في مستشفى الخمس التعليمي إثر انفجار مستودع للذخيرة "
            "الأسبوع الماضي.")
    assert not annotate(text).incidents


def test_live_ammunition_fired_inside_a_hospital_stays():
    # look-alike: «أطلق ... الذخيرة الحية داخل مستشفى» is gunfire in a place of the unarmed
    text = "أطلق مسلحون الذخيرة الحية داخل مستشفى غريان العام ليلة أمس، وأثاروا الذعر بين المرضى."
    assert "attack_on_property_or_infrastructure" in _types(annotate(text))


def test_a_gunman_shot_dead_by_guards_during_a_robbery_is_no_victim():
    # the guide: an attacker shot dead during his attack is not a victim; his death keeps its count
    text = ("قتل مسلح برصاص حراس محطة وقود في ترهونة بعد أن حاول سرقة خزينة المحطة تحت تهديد السلاح، ولم يصب "
            "أي من العاملين.")
    assert not annotate(text).incidents


def test_a_guard_killed_by_an_armed_robber_stays():
    # look-alikes: the gunman is the killer, or the armed man killed the clerk during a theft
    text = "قتل حارس محطة وقود برصاص مسلح حاول سرقة خزينة المحطة في ترهونة."
    assert "killing" in _types(annotate(text))
    text = "قتل مسلح موظفا في محطة وقود بترهونة خلال محاولته سرقة خزينة المحطة."
    assert "killing" in _types(annotate(text))


def test_fighters_killed_last_year_told_in_a_body_handover_are_no_new_killing():
    # «تسليم جثامين 9 مقاتلين قتلوا في اشتباكات العام الماضي»: the killing is dated back a year
    text = ("سلمت لجنة محلية في الجفرة جثامين تسعة مقاتلين قتلوا في اشتباكات العام الماضي إلى ذويهم بحضور "
            "الهلال الأحمر.")
    assert not annotate(text).incidents


def test_people_killed_yesterday_stay():
    # look-alike: a killing dated yesterday is today's news
    text = "قتل ثلاثة مدنيين في اشتباكات اندلعت أمس في الجفرة بين مجموعتين مسلحتين."
    assert "killing" in _types(annotate(text))


def test_a_call_to_put_an_end_to_violence_is_no_harm():
    # «دعت ... إلى وضع حد للعنف»: the violence to be ended is no event told
    text = ("طالب ائتلاف من النقابات في بنغازي، في بيان، السلطات بضرورة العمل على وضع حد للعنف الذي تتعرض له "
            "النساء في الأماكن العامة.")
    assert not annotate(text).incidents


def test_violence_that_hurt_people_stays():
    # look-alike: violence told with its wounded
    text = "تعرض ثلاثة عمال مصريين للعنف على يد مسلحين في بنغازي، ونقلوا إلى المستشفى مصابين بكدمات."
    assert "injury" in _types(annotate(text))


def test_the_libyan_red_crescent_named_as_a_body_is_no_victim():
    # «بإشراف ... والهلال الأحمر الليبي», «مصادر في الهلال الأحمر فرع ...»: the society that oversees or tells
    text = ("سلمت النيابة العسكرية جثامين ستة مقاتلين قتلوا في معارك الشهر الماضي إلى ذويهم في بني وليد، بحضور "
            "ممثلين عن الهلال الأحمر الليبي.")
    assert not annotate(text).incidents
    text = ("قالت مصادر في الهلال الأحمر فرع زوارة إن المتطوعين انتشلوا جثث خمسة مهاجرين بعد غرق قارب قبالة "
            "الساحل.")
    categories = {c for incident in annotate(text).incidents for c in incident.victim_categories}
    assert "medics" not in categories and "migrants" in categories


def test_red_crescent_volunteers_harmed_stay_medics():
    # look-alikes: the society's volunteers or its ambulance hit are medics
    text = "أصيب متطوعان من الهلال الأحمر الليبي بشظايا قذيفة سقطت قرب مقر الفرع في ترهونة."
    categories = {c for incident in annotate(text).incidents for c in incident.victim_categories}
    assert "medics" in categories
    text = "قتل مسعف في الهلال الأحمر الليبي برصاص قناص أثناء نقله جريحا في سرت."
    categories = {c for incident in annotate(text).incidents for c in incident.victim_categories}
    assert "medics" in categories


def test_a_trend_report_whose_abuses_still_include_arrests_is_no_incident():
    # «ما زالت تشمل الاعتقال»: the kinds of abuse a report still counts, nobody still held
    text = ("ذكر تقرير لمنظمة محلية أن الانتهاكات ضد المدونين في ليبيا انخفضت خلال الأشهر التسعة الأولى من السنة، "
            "غير أنها لا تزال تشمل الاحتجاز التعسفي والتهديد بالقتل.")
    assert not annotate(text).incidents


def test_an_activist_still_held_within_a_period_stays():
    # look-alike: a named activist still held is a continuing detention, reported within a period too
    text = "لا يزال المدون سالم القماطي محتجزا لدى جهاز أمني في سبها منذ بداية العام دون توجيه أي تهمة إليه."
    assert "arbitrary_detention" in _types(annotate(text))


def test_the_families_of_the_missing_in_the_construct_state_are_no_disappearance():
    # «أهالي مفقودي مرزق», «أسر ضحايا ومفقودي الجفرة»: the families as a group asking for redress, nobody newly missing
    text = "قال أهالي مفقودي مرزق إن الحكومة لم تصرف التعويضات التي وعدتهم بها."
    assert not annotate(text).incidents
    text = "طالبت أسر ضحايا ومفقودي الجفرة بتسريع صرف التعويضات التي أقرها البرلمان."
    assert not annotate(text).incidents


def test_missing_people_told_as_news_stay():
    # look-alike: the missing named with the time they went missing, no family before them
    text = "لا يزال ثلاثة شبان من مرزق مفقودين منذ أن اقتادتهم دورية مسلحة إلى جهة مجهولة الأسبوع الماضي."
    assert "enforced_disappearance" in _types(annotate(text))


def test_a_commander_killed_alone_counts_one():
    # «اغتيل القيادي»: an armed-group commander killed is no incident (fighters only), but his death keeps its count
    annotation = annotate("اغتيل القيادي في مجموعة مسلحة بمدينة غريان برصاص مجهولين أمام مقر مجموعته.")
    assert annotation.killed == 1


def test_a_commander_who_orders_a_killing_is_no_victim_count():
    # look-alike: the commander named as whose men shot counts nobody; the victims' own number stays
    annotation = annotate("قتل ثلاثة مدنيين برصاص عناصر تتبع القيادي في كتيبة مسلحة بالزاوية.")
    assert annotation.killed == 3
