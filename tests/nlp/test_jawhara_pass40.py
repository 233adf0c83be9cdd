"""Jawhara-style pass 6 (tune40): a random draw of a Tunisian radio site's news, with sentences written for these
tests (new names, places and wording; docs/labelling.md, the section "Jawhara-style pass 6 (tune40): a random draw
of the site's news")."""

from nlp.annotate import SURE_CIVILIAN_HARM, annotate


def _types(text: str) -> set[str]:
    return {i.type for i in annotate(text).incidents}


def _places(text: str) -> list[str]:
    return [p.name for p in annotate(text).places]


# --- «من قبل» (by someone) is no «قبل» (ago) before a school year ---------------------------------------------------


def test_an_assault_by_a_pupil_of_a_school_year_is_told() -> None:
    text = ("تعرض معلم بالمدرسة الإعدادية بتالة لاعتداء بالعنف من قبل تلميذ بالسنة الثالثة، "
            "ونقل إلى قسم الاستعجالي لتلقي الإسعافات.")
    assert _types(text)
    text = "تعرضت قابضة بمكتب بريد في الحامة إلى اعتداء بالعنف من قبل حريف بالسنة الماضية من عمره."
    assert _types(text)


def test_an_act_dated_years_back_is_still_the_subject() -> None:
    # guard: «قبل» + years after the act still dates it years back (a past act, no news event)
    text = "أحيت عائلة الشاب سفيان الذي قتل قبل سبع سنوات ذكراه في حي النور بالقيروان."
    assert not _types(text)


# --- a deliberate run-over is an attack, not a road accident -------------------------------------------------------


def test_a_deliberate_run_over_is_an_injury() -> None:
    text = ("أصيب عون بالديوانة بكسور خطيرة بعد أن دهسه سائق شاحنة عمدا عند محاولة إيقافه قرب بوشبكة، "
            "ونقل إلى المستشفى.")
    assert "injury" in _types(text)
    text = "تعرضت امرأة إلى إصابات بليغة إثر دهسها متعمدا من قبل سائق سيارة بعد خلاف بينهما في منزل تميم."
    assert "injury" in _types(text)


def test_a_run_over_with_no_intent_stays_an_accident() -> None:
    # guard: the same words without intent are a road accident
    text = "أصيب كهل بكسور خطيرة بعد أن دهسته شاحنة على الطريق الوطنية رقم 3 قرب بوشبكة، ونقل إلى المستشفى."
    assert not _types(text)


# --- a body found bearing stab or bullet marks is a killing ---------------------------------------------------------


_ROUNDUP = ("نشرة الأخبار الجهوية\n"
            "القيروان : عثر متساكنون مساء أمس على جثة رجل في الخمسينات من عمره تحمل آثار طعنات بسكين قرب منزله "
            "بحي المنشية. القصرين : انطلاق موسم جني الزيتون وسط توقعات بصابة قياسية. "
            "نابل : تنظيم معرض للصناعات التقليدية بمشاركة 80 حرفيا. الطقس : سحب عابرة وحرارة معتدلة.")


def _killing_confidence(text: str) -> float:
    return max((i.confidence for i in annotate(text, model=False).incidents if i.type == "killing"), default=0.0)


def test_a_body_with_stab_marks_in_a_round_up_is_a_killing() -> None:
    assert "killing" in _types(_ROUNDUP)
    # a killing told by its marks is sure civilian harm: the model may not veto it (a round-up of other news around it)
    assert _killing_confidence(_ROUNDUP) >= SURE_CIVILIAN_HARM
    text = "عثر أعوان الحرس الوطني على جثة امرأة وعليها آثار عنف في ضيعة فلاحية بسبيبة."
    assert _killing_confidence(text) >= SURE_CIVILIAN_HARM


def test_a_body_with_no_marks_of_violence_is_not_made_a_killing() -> None:
    # guard: «لا تحمل أي آثار عنف» says the opposite; the body of a bather lost at sea neither
    text = ("نشرة الأخبار الجهوية\n"
            "المهدية : انتشلت وحدات الحماية المدنية جثة شاب غرق أثناء السباحة، ولا تحمل الجثة أي آثار عنف. "
            "نابل : تنظيم معرض للصناعات التقليدية بمشاركة 80 حرفيا.")
    assert _killing_confidence(text) < SURE_CIVILIAN_HARM


# --- a film's plot tells no event ------------------------------------------------------------------------------------


def test_a_film_plot_is_no_killing() -> None:
    text = ("مهرجان السينما المتوسطية : \"ظلال الواحة\" يفوز بالجائزة الكبرى\n"
            "فاز الفيلم المغربي \"ظلال الواحة\" للمخرج كريم العلوي بالجائزة الكبرى للمهرجان. "
            "ويروي الفيلم قصة شاب يقتل شقيقه في قرية جبلية بسبب خلاف على الإرث، قبل أن يفر إلى المدينة.")
    assert not _types(text)
    text = "وتدور أحداث المسلسل حول ضابط يختطف ابنة رجل أعمال ويطالب بفدية."
    assert not _types(text)


def test_a_film_maker_killed_is_still_a_killing() -> None:
    # guard: a film word beside a real killing, told by no story word
    text = "قتل مخرج فيلم وثائقي برصاص مسلحين مجهولين أمام منزله في الموصل مساء أمس."
    assert "killing" in _types(text)
    # guard: a survivor telling what happened («يروي») is no film
    text = "ويروي أحد الناجين قصة مقتل شقيقه على يد مسلحين اقتحموا منزلهم في الفاشر."
    assert "killing" in _types(text)


# --- held cut off from one's family is an arbitrary detention (incommunicado) ---------------------------------------


def test_fishermen_held_with_no_contact_are_detained() -> None:
    text = ("احتجزت دورية تابعة لخفر السواحل مركب صيد من طبلبة وعلى متنه 6 بحارة قبالة سواحل صبراتة، "
            "واقتادتهم إلى ميناء الزاوية، ولم يتمكن البحارة إلى حد الآن من الاتصال بذويهم.")
    assert "arbitrary_detention" in _types(text)
    text = "وما زال الشبان الأربعة محتجزين منذ أسبوع دون أي اتصال بعائلاتهم في مركز أمني بالعجيلات."
    assert "arbitrary_detention" in _types(text)


def test_an_arrest_with_contact_allowed_is_routine() -> None:
    # guard: an arrest of suspects, who called their families, is no qualified detention
    text = "أوقفت وحدات الحرس الوطني بالمكنين 3 أشخاص مفتش عنهم، وتمكن الموقوفون من الاتصال بعائلاتهم."
    assert not _types(text)


# --- a charge list reaches every act joined to it by «و» ----------------------------------------------------------


def test_every_act_of_a_charge_list_is_charged() -> None:
    text = ("جنوب السودان : مذكرة اعتقال دولية في حق قائد جماعة مسلحة\n"
            "أصدرت المحكمة الجنائية الدولية مذكرة اعتقال في حق قائد جماعة مسلحة. "
            "وأوضح الادعاء أن التهم تشمل القتل والتعذيب والنهب وتجنيد الأطفال خلال هجمات على قرى في ولاية الوحدة.")
    assert not _types(text)


def test_an_act_after_the_charge_list_stays() -> None:
    # guard: a killing told after the list, not joined to it by «و», is today's news. The rules' guard, read on the
    # rules alone: the model retrained in the twentieth session weighs the charge words against this one-sentence
    # look-alike (probability 0.39 at threshold 0.5)
    text = ("وأفاد الادعاء بأن التهم تشمل السرقة والاحتيال، بينما أكد شهود أن مسلحين قتلوا أمس ثلاثة مزارعين "
            "في قرية قرب ملكال.")
    assert "killing" in {i.type for i in annotate(text, model=False).incidents}


# --- a Tunisian hospital named by its kind and its town is a place --------------------------------------------------


def test_a_regional_hospital_with_its_town_is_a_place() -> None:
    text = "أصيب عامل بحروق بعد أن أضرم مجهولون النار في ورشته، ونقل إلى المستشفى الجهوي بسليانة."
    assert "المستشفى الجهوي بسليانة" in _places(text)
    assert "سليانة" in _places(text)
    text = "ونقل المصابان إلى المستشفى المحلي بالسبيخة حيث تلقيا الإسعافات بعد أن هاجمهما لصوص."
    assert "المستشفى المحلي بالسبيخة" in _places(text)
    text = "ونقل عون الحرس المصاب إلى المستشفى العسكري بصفاقس بعد أن دهسه مهرب عمدا."
    assert "المستشفى العسكري بصفاقس" in _places(text)


def test_a_hospital_word_with_no_kind_keeps_the_town_alone() -> None:
    # guard: «نقل إلى المستشفى بسليانة» names no hospital of its own: the town stays
    text = "أصيب عامل بحروق بعد أن أضرم مجهولون النار في ورشته، ونقل إلى المستشفى بسليانة."
    assert "سليانة" in _places(text)
    assert not any(p.startswith("المستشفى") for p in _places(text))
    # guard: a hospital with a name of its own keeps the name it is listed by (the writers split on its town)
    text = "ونقلت الضحية إلى المستشفى الجامعي الحبيب بورقيبة بصفاقس حيث تخضع للعلاج."
    assert "المستشفى الجامعي الحبيب بورقيبة بصفاقس" not in _places(text)


# --- «تعرض + one victim» with its qualifier and the time before the harm ------------------------------------------


def test_one_victim_exposed_far_before_the_harm_counts_one() -> None:
    text = "تعرضت عاملة بمصنع للخياطة، صباح اليوم الاثنين، إلى إصابات خطيرة بعد أن اعتدى عليها زوجها بسكين."
    assert annotate(text).injured == 1
    text = "تعرض حارس بالمعهد النموذجي بالكاف، ليلة أمس، إلى إصابات بليغة إثر هجوم لصوص على المعهد."
    assert annotate(text).injured == 1


def test_a_number_between_keeps_no_single_count() -> None:
    # guard: «و3 من زملائه» between the verb and the harm: not one victim (the rule gives nothing, as before)
    text = "تعرض عون بالحماية المدنية و3 من زملائه، صباح اليوم، إلى إصابات خطيرة بعد أن رشقهم محتجون بالحجارة."
    assert annotate(text, model=False).injured != 1
    # guard: after a preposition «تعرض» is a verbal noun, the topic of a claim («حول تعرض القاصر ... للاعتداء»)
    text = "وطالبت الرابطة بفتح تحقيق حول تعرض شاب، خلال إيقافه مساء الجمعة، إلى إصابات خطيرة."
    assert annotate(text, model=False).injured is None


# --- a woman by an ambiguous feminine role after a feminine verb of harm --------------------------------------------


def _categories(text: str) -> set[str]:
    return {c for i in annotate(text).incidents for c in i.victim_categories}


def test_a_woman_teacher_after_a_feminine_verb_is_a_woman() -> None:
    assert "women" in _categories("تعرضت أستاذة رياضيات بمعهد في منزل تميم إلى اعتداء بسكين من قبل تلميذ، "
                                  "ونقلت إلى المستشفى لتلقي العلاج.")
    assert "women" in _categories("أصيبت موظفة ببلدية الحامة بكسور بعد أن اعتدى عليها مواطن داخل مكتبها.")


def test_his_teacher_is_no_woman() -> None:
    # guard: «أستاذه» (his teacher) after a masculine verb is no woman
    cats = _categories("اعتدى تلميذ على أستاذه بآلة حادة داخل القسم، ونقل الأستاذ إلى المستشفى لتلقي العلاج.")
    assert "women" not in cats


# --- facilities the site names again and again (nlp/data/places_*.yaml), and a hospital's kind after its town -----


def test_listed_facilities_are_places() -> None:
    places = _places("وأصيب مشجع بجروح إثر اعتداء عليه بالعنف أمام ملعب حمادي العقربي عقب مباراة الدربي.")
    assert "ملعب حمادي العقربي" in places
    places = _places("ونقل الجريح إلى المستشفى الجامعي ابن الجزار لتلقي العلاج بعد أن طعنه مجهول.")
    assert "المستشفى الجامعي ابن الجزار" in places
    places = _places("وأوقف أعوان الديوانة بمطار تونس قرطاج مسافرا قادما من إسطنبول.")
    assert "مطار تونس قرطاج" in places


def test_a_namesake_hospital_abroad_is_not_libyan() -> None:
    ann = annotate("الرباط : نقل ثلاثة عمال مصابين إلى مستشفى ابن سينا بالعاصمة المغربية بعد انهيار سقف ورشة.")
    assert not ann.in_libya
    assert not [p for p in ann.places if p.name == "مستشفى ابن سينا" and p.in_libya]
    ann = annotate("سرت : نقل ثلاثة عمال مصابين إلى مستشفى ابن سينا بعد انفجار لغم قرب منطقة الظهير.")
    assert [p for p in ann.places if p.name == "مستشفى ابن سينا" and p.in_libya]


def test_a_rural_hospital_keeps_its_kind() -> None:
    assert "مستشفى أوجلة القروي" in _places("ونقل المصاب إلى مستشفى أوجلة القروي بعد أن أطلق مسلحون النار عليه.")
    # guard: an adjective that is no kind of hospital is not taken in («مستشفى أوجلة الليلة»)
    assert "مستشفى أوجلة" in _places("وصل الجرحى إلى مستشفى أوجلة الليلة الماضية بعد الهجوم.")


def test_a_club_at_a_listed_stadium_does_not_take_it_into_its_name() -> None:
    ann = annotate("يواجه النادي الصفاقسي بملعب حمادي العقربي نظيره الأولمبي الباجي مساء الأحد، وأصيب مشجع بجروح.")
    assert "النادي الصفاقسي" in [a.name for a in ann.actors]
    assert "ملعب حمادي العقربي" in [p.name for p in ann.places]
    # guard: a unit keeps its town after «ب»
    ann = annotate("وتمكنت فرقة الشرطة العدلية بالمنستير من إيقاف المعتدي على الشاب.")
    assert "فرقة الشرطة العدلية بالمنستير" in [a.name for a in ann.actors]


def test_a_weak_name_after_a_tunisian_administrative_unit_is_a_place() -> None:
    assert "المكناسي" in _places("قتل رجل شقيقه بآلة حادة داخل منزلهما بمعتمدية المكناسي ليلة أمس.")
    # guard: the same word with no locative head stays a nisba (a surname), no place
    assert "المكناسي" not in _places("وقال المحامي سامي المكناسي إن موكله تعرض للعنف داخل مركز الإيقاف.")


def test_world_places_the_site_names_are_places() -> None:
    places = _places("أعلنت السلطات الأوكرانية مقتل 4 مدنيين في قصف استهدف حيا سكنيا في خاركيف، وإصابة آخرين في خيرسون.")
    assert {"خاركيف", "خيرسون"} <= set(places)
    assert "المجر" in _places("وصل رئيس وزراء المجر إلى بروكسل للمشاركة في القمة الأوروبية.")
    assert "أصفهان" in _places("أعدمت السلطات الإيرانية شابا في سجن بمدينة أصفهان فجر اليوم.")


# --- actors: the outlet told is no part of a body's name; «الشبان» after a plural of people is -------------------


def _actors(text: str) -> list[str]:
    return [a.name for a in annotate(text).actors]


def test_the_outlet_told_ends_a_body_name() -> None:
    actors = _actors("وفق ما صرح به الناطق باسم القطب القضائي الاقتصادي والمالي للجوهرة أف أم صباح اليوم.")
    assert "القطب القضائي الاقتصادي والمالي" in actors
    # guard: a «لل» noun that is part of the name goes on
    assert "الإدارة العامة للحرس الوطني" in _actors("أفادت الإدارة العامة للحرس الوطني بأن دورية أوقفت المتهم.")


def test_young_after_a_plural_of_people_is_part_of_the_name() -> None:
    assert "الجمعية التونسية للمحامين الشبان" in _actors("ونددت الجمعية التونسية للمحامين الشبان بإيقاف المحامي.")


# --- the reporter told by a victim's kin is no victim ----------------------------------------------------------------


def test_a_reporter_told_by_the_victims_kin_is_no_victim() -> None:
    text = ("أعلنت وزارة الداخلية أن مسلحين أقدموا مساء أمس على قتل مزارع يبلغ من العمر 50 عاما رميا بالرصاص قرب "
            "سبيطلة. وقال خال الضحية لمراسل الإذاعة إن ابن أخته غادر الدراسة منذ سنوات.")
    assert _types(text) == {"killing"}
    # guard: a reporter who is the one harmed is still told
    text = "اعتدى مجهولون بالعنف على مراسل الإذاعة أثناء تغطيته وقفة احتجاجية أمام مقر الولاية بسبيطلة."
    assert "attack_on_civil_society" in _types(text)


def test_a_suspect_gone_into_hiding_is_no_disappearance() -> None:
    text = ("عثر أعوان الحرس الوطني على جثة شاب تحمل آثار طعنات قرب منزله بالسبيخة، "
            "وتشير الأبحاث الأولية إلى تورط شقيقه الذي اختفى عن الأنظار منذ الحادثة.")
    assert _types(text) == {"killing"}
    # guard: a man missing since his arrest is still a disappearance
    text = "اختفى الناشط سليم الورغي منذ إيقافه من قبل دورية أمنية قبل أسبوعين، ولا تعرف عائلته مكان احتجازه."
    assert "enforced_disappearance" in _types(text)


def test_a_unit_head_with_a_mission_noun_and_new_registry_bodies() -> None:
    assert "مندوبية حماية الطفولة بالكاف" in _actors("وتعهدت مندوبية حماية الطفولة بالكاف بمتابعة وضعية الطفلين.")
    assert "مكتب مكافحة المخدرات" in _actors("وأفاد مكتب مكافحة المخدرات بأن الشحنة حجزت في الميناء.")
    assert "الوقاية المدنية" in _actors("وتواصل فرق الوقاية المدنية عمليات البحث عن المفقودين في إقليم الحوز.")
    assert "القيادة المركزية الأمريكية" in _actors("أعلنت القيادة المركزية الأمريكية أنها اعترضت صواريخ أطلقت من اليمن.")
    # guard: a unit head then a verbal noun that is no mission («مكتب الاقتراع»: a definite noun, as before)
    assert "مكتب الاقتراع" in _actors("وأغلق مكتب الاقتراع أبوابه على الساعة السادسة مساء.")


def test_a_definite_woman_journalist_held_is_a_woman() -> None:
    cats = _categories("قررت النيابة العمومية الاحتفاظ بالصحفية ريم السالمي بسبب تدوينة انتقدت فيها الوزير.")
    assert {"journalists", "women"} <= cats
    # guard: «الصحفية» as an adjective («الندوة الصحفية») names no woman
    cats = _categories("اعتقلت قوات الأمن صحفيا خلال الندوة الصحفية التي عقدها الحزب بسبب تغطيته للاحتجاجات.")
    assert "women" not in cats
