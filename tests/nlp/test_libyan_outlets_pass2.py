"""Libyan outlets pass 2 (tune26): one test per kind of false lead, count or actor met in articles written in the
style of Libyan outlets and official pages, with sentences written for these tests (docs/labelling.md, the section
"Libyan outlets pass 2 (tune26)")."""

from tests.nlp.jawhara_reading import incident_types, rules_annotation

# --- false leads -------------------------------------------------------------------------------------------------


def test_a_negated_any_harm_tells_none() -> None:
    assert incident_types("بيان لبلدية غريان\nولم يتطرق بيان البلدية إلى أي أضرار أو إصابات بين السكان.") == set()
    assert incident_types("عودة المحامي إلى بيته\nوقال المحامي إنه عاد إلى مكتبه دون أن يشير إلى تعرضه لأي سوء معاملة."
                          ) == set()
    assert incident_types("عيد هادئ في طرابلس\nأعلنت وزارة الداخلية عدم تسجيل أي حالات وفاة أو إصابات خلال عطلة العيد.") == set()
    # a new clause after «أي» tells the harm («دون أي تهمة وتعرض للتعذيب»)
    assert "torture" in incident_types("احتجاز ناشط في سبها\nاحتجز ناشط في سبها دون أي تهمة وتعرض للتعذيب خلال احتجازه.")
    # «أي» with no negation before it counts harm as usual
    assert "injury" in incident_types("إصابات في زليتن\nأصيب أي شخص كان قرب السوق بشظايا القذيفة التي سقطت ظهر اليوم.")
    # nor does it hide a detention's hidden fate («أي معلومات عن مكان احتجازه»)
    assert "enforced_disappearance" in incident_types(
        "اختفاء شاب في ترهونة\nولم تتلق أسرته أي معلومات عن مكان احتجازه منذ اعتقاله في ترهونة قبل شهر.")


def test_a_weak_casualty_word_after_a_negated_toll_is_where_no_one_was_hurt() -> None:
    assert incident_types("اشتباكات قرب أوباري\nولم يعلن أي مصدر سقوط قتلى من السكان في الاشتباك أو في الضربات.") == set()
    # a strong casualty word after a negated one still counts
    assert "killing" in incident_types(
        "اشتباك في الزاوية\nلم تسجل إصابات في الاشتباك الأول، وبعد ساعتين قتلت رصاصة طائشة طفلا داخل منزله في الزاوية.")


def test_a_denial_headline_frames_the_rumour_told_in_the_body() -> None:
    text = ("مديرية أمن مصراتة تنفي خطف تلميذ من أمام مدرسته\n"
            "نفت مديرية أمن مصراتة ما نشرته صفحات محلية عن خطف تلميذ، مؤكدة أنه كان عند جده.\n"
            "وكان مدونون قد كتبوا أن ملثمين اختطفوا التلميذ صباح أمس أمام المدرسة.")
    assert incident_types(text) == set()
    # a counter-claim in the body still tells the harm
    counter = ("الشرطة القضائية تنفي وفاة موقوف في سجن الجديدة\n"
               "نفت الشرطة القضائية وفاة موقوف في سجن الجديدة بطرابلس.\n"
               "لكن شقيقه أكد أن أخاه قتل تحت التعذيب على يد الحراس.")
    assert "killing" in incident_types(counter)
    # a headline that tells the harm before its denial is no denial story
    told = ("مسلحون يخطفون طالبة في بنغازي والأمن ينفي علمه بمكانها\n"
            "اختطف مسلحون طالبة من أمام جامعة بنغازي صباح أمس.")
    assert "abduction" in incident_types(told)
    # a detention denied leaves a disappearance standing: the man is still missing
    missing = ("كتيبة في الزاوية تنفي احتجاز مدون\nنفت كتيبة في الزاوية احتجاز المدون الذي انقطع الاتصال به منذ أيام.\n"
               "ودعت منظمات حقوقية إلى الكشف عن مكانه.")
    assert "enforced_disappearance" in incident_types(missing)


def test_a_disappearance_ended_by_a_return_is_over() -> None:
    text = ("عودة مدون إلى بيته في الزاوية\nكانت منظمات حقوقية قد طالبت بالكشف عن مكانه، قبل أن تعلن ترحيبها بعودته "
            "مساء اليوم.")
    assert incident_types(text) == set()
    # a return demanded is no return
    demanded = "اختفاء مدون في الزاوية\nطالبت منظمات حقوقية بالكشف عن مكانه وبعودته إلى أسرته."
    assert "enforced_disappearance" in incident_types(demanded)


# --- types -------------------------------------------------------------------------------------------------------


def test_an_arrest_demanded_by_a_participle_is_no_detention() -> None:
    text = ("مقتل معلم في ترهونة\nقتل معلم برصاص مجهولين في ترهونة مساء أمس.\nوقال أحد الجيران إن الحي فقد معلما كان "
            "يدرس أبناءه منذ عشرين عاما، مطالبين بالقبض على الجناة.")
    assert incident_types(text) == {"killing"}


def test_guarding_as_a_units_duty_is_no_custody() -> None:
    assert "arbitrary_detention" not in incident_types(
        "قصف على طرابلس\nقتل رجلان جراء قذائف سقطت على منازل خلال اشتباكات بين الكتيبة 55 وكتيبة الحماية والحراسة.")
    # guards of a prison still make a death one in custody
    assert "arbitrary_detention" in incident_types("وفاة سجين في مصراتة\nتوفي سجين في مصراتة بعد أن ضربه حراس السجن.")


def test_a_body_found_wounded_is_no_second_harm() -> None:
    text = ("العثور على جثة في سبها\nعثر صباح اليوم على جثة عامل نيجيري يدعى موسى إبراهيم (31 عاما)، مصابا بطلقتين في "
            "الرأس قرب سوق سبها.")
    assert incident_types(text) == {"killing"}


def test_alive_or_dead_asked_is_no_death() -> None:
    text = "عام على اختفاء شاب في غريان\nوقالت والدته: لا أعرف إن كان ابني حيا أم ميتا منذ اختفائه في غريان."
    assert "killing" not in incident_types(text) and "enforced_disappearance" in incident_types(text)



def test_men_in_plain_clothes_before_the_taking_word_arrest() -> None:
    text = ("اعتقال مدون في الزاوية\nقال والد المدون إن خمسة رجال بملابس مدنية فتشوا المنزل وصادروا حاسوبه، ثم اقتادوه "
            "إلى جهة مجهولة.")
    assert "abduction" not in incident_types(text) and "arbitrary_detention" in incident_types(text)
    # gunmen in plain clothes keep the abduction
    gunmen = "خطف تاجر في الزاوية\nقال شقيق التاجر إن مسلحين بملابس مدنية أوقفوا سيارته ثم اقتادوه إلى جهة مجهولة."
    assert "abduction" in incident_types(gunmen)



def test_victims_naming_an_association_tell_no_death() -> None:
    text = "خطف ناشط في ترهونة\nقالت عائلة الناشط سالم، العضو في رابطة ضحايا مرزق، إن مسلحين خطفوه من أمام بيته في ترهونة صباح أمس."
    assert "killing" not in incident_types(text) and "abduction" in incident_types(text)


def test_held_without_a_warrant_is_arbitrary() -> None:
    text = ("وفاة شاب بعد اعتقاله في الكفرة\nقال عم الشاب إن ابن أخيه اعتقل من سوق المدينة دون أي مذكرة، ثم أبلغت العائلة "
            "بوفاته بعد ثلاثة أيام.")
    assert "arbitrary_detention" in incident_types(text)


# --- counts ------------------------------------------------------------------------------------------------------


def _injured(text: str) -> int | None:
    return next((i.injured for i in rules_annotation(text).incidents if i.injured is not None), None)


def test_his_injury_counts_one_hurt() -> None:
    assert _injured("اعتداء على سائق في غريان\nاعتدى ملثمون على سائق أجرة في غريان ما أدى إلى إصابته بكسور في ذراعه.") == 1
    # the dead's wounds count nobody hurt
    assert _injured("وفاة شاب في غريان\nتوفي شاب في غريان مساء أمس متأثرا بإصابته برصاص مجهولين.") is None
    # the verb «أصابته» (normalised alike) is the bullet that hit the dead man
    assert _injured("مقتل سائق في غريان\nقتل سائق في غريان مساء أمس.\nوقال شقيقه إن مسلحين أطلقوا عدة رصاصات أصابته "
                    "إحداها في الرأس.") is None



def test_a_share_of_the_cases_is_no_toll() -> None:
    assert _injured("احتجاجات في غريان\nأصيب عشرات المحتجين في غريان، واستقبل المستشفى عشرات الحالات منها خمس إصابات "
                    "بالرصاص.") is None
    # a harm verb before «منها» counts its victims
    killed = [i.killed for i in rules_annotation(
        "قصف على منزل في ترهونة\nسقطت قذيفة على منزل عائلة في ترهونة قتل منها ثلاثة أشخاص.").incidents if i.killed]
    assert killed == [3]


# --- actors ------------------------------------------------------------------------------------------------------


def _actors(text: str) -> set[str]:
    return {a.name for a in rules_annotation(text).actors}


def test_bare_prosecution_after_the_attorney_general_is_the_same_body() -> None:
    text = ("النائب العام يأمر بحبس حارسين في سجن الجديدة\n"
            "أمر النائب العام بحبس حارسين في سجن الجديدة بعد تعذيب سجين حتى أصيب بكسور.\n"
            "وقالت النيابة إنها ستلاحق كل من شارك في الواقعة.")
    assert "النيابة" not in _actors(text) and "النائب العام" in _actors(text)
    # alone, the prosecution is listed
    alone = ("حبس حارسين في سجن الجديدة\nأمرت النيابة بحبس حارسين في سجن الجديدة بعد تعذيب سجين حتى أصيب بكسور.")
    assert "النيابة" in _actors(alone)
    # named before the Attorney General, it is the prosecution as such («لم يعرض على النيابة»), listed
    before = ("احتجاز ناشط في طرابلس\nاحتجز جهاز أمني ناشطا في طرابلس ثلاثة أشهر دون أن يعرض على النيابة، وطالبت "
              "منظمات النائب العام بالتحقيق.")
    assert "النيابة" in _actors(before)


def test_lawyers_for_justice_in_libya_by_its_arabic_name() -> None:
    text = ("شهادات عن تعذيب مهاجرين في طرابلس\nروى مهاجرون تعرضهم للتعذيب في مركز احتجاز بطرابلس، وطالبت منظمة محامون "
            "من أجل العدالة في ليبيا بالتحقيق.")
    assert "منظمة محامون من أجل العدالة في ليبيا" in _actors(text)


# --- victim categories -------------------------------------------------------------------------------------------


def test_his_mother_hurt_is_a_woman_hurt() -> None:
    incidents = rules_annotation("مقتل شاب وإصابة والدته برصاص طائش في سبها\nقتل شاب وأصيبت والدته بجروح في سبها.").incidents
    assert any("women" in i.victim_categories for i in incidents)
    # his mother who speaks is no victim
    spoke = rules_annotation("مقتل شاب في سبها\nقتل شاب برصاص طائش في سبها، وقالت والدته إنه كان عائدا من عمله.").incidents
    assert spoke and not any("women" in i.victim_categories for i in spoke)



def test_a_filmed_clip_names_no_photographer() -> None:
    text = ("خطف عاملين في الكفرة\nخطف مسلحون عاملين سودانيين في الكفرة، وأرسل الخاطفون لذويهما مقطعا مصورا يطالبون "
            "فيه بفدية.")
    assert incident_types(text) == {"abduction"}
    # a photographer taken is a journalist harmed
    assert "attack_on_civil_society" in incident_types("خطف مصور في الكفرة\nخطف مسلحون مصورا صحفيا في الكفرة صباح أمس.")


def test_the_red_crescent_named_in_full_covers_its_short_form() -> None:
    text = ("انتشال جثث مهاجرين قرب زوارة\nانتشلت جمعية الهلال الأحمر الليبي جثث خمسة مهاجرين غرقوا قرب زوارة.\n"
            "وقال متطوع في الهلال الأحمر إن الفرق ما زالت تبحث عن مفقودين.")
    assert "الهلال الأحمر" not in _actors(text) and "جمعية الهلال الأحمر الليبي" in _actors(text)
    # alone, the short form is listed
    assert "الهلال الأحمر" in _actors("انتشال جثث مهاجرين قرب زوارة\nانتشل الهلال الأحمر جثث خمسة مهاجرين غرقوا قرب زوارة.")
