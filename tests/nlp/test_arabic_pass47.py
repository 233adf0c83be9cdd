"""Arabic pass (tune47): injured counts told victim by victim and victim categories told by kin and feminine roles,
with sentences written for these tests (docs/labelling.md, the section "Arabic pass (tune47): injured counts,
victim categories")."""

from nlp.evaluate import predict


def _pred(text: str) -> dict:
    return predict({"text": text, "lang": "ar"})


def _cats(text: str) -> set[str]:
    return set(_pred(text)["victim_categories"])


def _injured(text: str) -> int | None:
    return _pred(text)["injured"]


# --- injured counts --------------------------------------------------------------------------------------------


def test_a_named_victim_with_his_age_and_his_son_are_two() -> None:
    assert _injured("أصيب الراعي مفتاح سالم العبيدي (52 عاما) وابنه بجروح جراء قصف جوي استهدف خيمتهما قرب غريان.") == 2
    # guard: a named victim with his age alone is one
    assert _injured("أصيب الراعي مفتاح سالم العبيدي (52 عاما) بجروح جراء قصف جوي استهدف خيمته قرب غريان.") == 1


def test_a_dual_then_a_victim_and_his_son_are_four() -> None:
    assert _injured("أسفر القصف المدفعي على أطراف ترهونة عن إصابة شرطيين وراع وابنه كانا في المرعى.") == 4
    # guard: a dual and one more victim stay three
    assert _injured("أسفر القصف المدفعي على أطراف ترهونة عن إصابة شرطيين وراع كان في المرعى.") == 3
    # past the force the two belong to
    assert _injured("أسفر القصف عن إصابة شرطيين من الكتيبة 77 مشاة وراع وابنه قرب غريان.") == 4
    # guard: a force then a harm to property adds nobody
    assert _injured("أسفر القصف عن إصابة شرطيين من الكتيبة 77 مشاة وتدمير آلية قرب غريان.") == 2


def test_two_definite_victims_each_with_his_own_wound_are_two() -> None:
    assert _injured("أطلق مسلحون النار على سيارة أجرة في غدامس ما أسفر عن إصابة السائق سالم علي بطلق في الساق "
                    "والراكب محمود سعيد بشظايا في اليد.") == 2
    # guard: the second definite person who only speaks adds nobody
    assert _injured("أطلق مسلحون النار على سيارة أجرة في غدامس ما أسفر عن إصابة السائق سالم علي بطلق في الساق "
                    "والراكب محمود سعيد قال إن المسلحين فروا.") == 1


# --- victim categories -------------------------------------------------------------------------------------------


def test_a_daughter_told_as_her_little_girl_is_a_girl_and_a_child() -> None:
    assert {"girls", "children"} <= _cats("أصيبت سائحة جزائرية وطفلتها بجروح في هجوم بسكين نفذه لص في سوق صبراتة.")


def test_kin_joined_to_a_man_hurt_share_his_harm() -> None:
    assert "women" in _cats("أصيب صياد ووالدته بشظايا عندما سقطت قذيفة على بيتهما في زليتن.")
    assert "women" in _cats("أسفر القصف عن إصابة الفلاح وزوجته بجروح في زليتن.")
    # guard: a man's mother who only speaks is no victim
    assert "women" not in _cats("أصيب صياد بشظايا في زليتن عندما سقطت قذيفة على بيته، وقالت والدته إنه نقل إلى المستشفى.")


def test_a_definite_feminine_role_after_a_feminine_harm_verb_is_a_woman() -> None:
    assert "women" in _cats("تعرضت المحامية خديجة الورفلي للضرب من قبل مجهولين أمام محكمة سبها وأصيبت بكسور.")
    assert "women" in _cats("أصيبت المتطوعة في الكشافة سعاد المقريف بشظايا حين سقطت قذيفة قرب مخيم النازحين في ترهونة.")
    # guard: a press conference («الندوة الصحفية») is no woman
    assert "women" not in _cats("قتل مسلحون شابا في سبها، وأعلنت الشرطة ذلك في الندوة الصحفية.")


def test_a_childrens_doctor_is_no_child() -> None:
    cats = _cats("اختطف مسلحون طبيب أطفال من أمام عيادته في درنة ولا يعرف مصيره.")
    assert "medics" in cats and "children" not in cats
    # guard: children taken with a doctor are children
    assert "children" in _cats("اختطف مسلحون طبيبا وأطفاله من أمام عيادته في درنة ولا يعرف مصيرهم.")


def test_a_holidaymaker_with_her_age_and_her_little_girl_are_two() -> None:
    assert _injured("أصيبت مصطافة جزائرية في الأربعين من عمرها وطفلتها بجروح في هجوم بسكين على شاطئ صبراتة.") == 2
    # guard: without the daughter, one
    assert _injured("أصيبت مصطافة جزائرية في الأربعين من عمرها بجروح في هجوم بسكين على شاطئ صبراتة.") == 1


def test_two_women_who_arrived_hurt_in_the_dual_are_two() -> None:
    assert _injured("وصلت امرأة (40 عاما) وابنتها (12 عاما) إلى المستشفى مصابتين بحروق بعد أن اعتدى عليهما الزوج "
                    "في الزاوية.") == 2
    # guard: two bodies whose wounds are told in the dual are the dead, nobody hurt
    assert _injured("العثور على جثتين لرجلين مصابتين بطلقات في الصدر على طريق المطار جنوب الزاوية.") is None


def test_a_number_of_them_who_arrived_hurt_are_counted() -> None:
    assert _injured("حررت دورية 15 مهاجرا محتجزين في حوش جنوب غات، وقال مصدر طبي إن تسعة منهم وصلوا إلى المستشفى "
                    "مصابين بكسور.") == 9
    # guard: arriving at a hospital with no wound counts nobody
    assert _injured("حررت دورية 15 مهاجرا محتجزين في حوش جنوب غات، وقال مصدر طبي إن تسعة منهم وصلوا إلى المستشفى.") is None


def test_one_more_of_another_people_is_added() -> None:
    assert _injured("أطلق الحراس النار على محتجزين حاولوا الفرار ما أسفر عن جرح ثلاثة إريتريين وصومالي واحد في "
                    "مركز الإيواء بغريان.") == 4
    # guard: «واحد» after a place counts no person
    assert _injured("أطلق الحراس النار على محتجزين حاولوا الفرار ما أسفر عن جرح ثلاثة إريتريين في مركز إيواء "
                    "واحد بغريان.") == 3


def test_the_one_an_assault_befell_with_his_age_and_a_wound_is_one() -> None:
    assert _injured("فتحت النيابة بحثا في اعتداء تعرض له شاب مصري (30 سنة) في زوارة، ما تسبب له في كسور استوجبت نقله "
                    "إلى المستشفى.") == 1
    assert _injured("تعرض عامل تشادي (27 سنة) لاعتداء في زوارة، ما تسبب له في كسور استوجبت نقله إلى المستشفى.") == 1
    # guard: an assault with no wound told counts nobody (the guide)
    assert _injured("فتحت النيابة بحثا في اعتداء تعرض له شاب مصري في زوارة ليلة السبت.") is None


def test_a_wound_on_her_own_body_is_one_hurt() -> None:
    assert _injured("قالت الناشطة سلمى إنها تعرضت للضرب من أفراد بزي مدني أثناء وقفة في درنة، ما أدى إلى جرح في "
                    "رأسها.") == 1
    # guard: wounds on their heads (many) give no number
    assert _injured("اعتدى مسلحون على محتجين في درنة ما أدى إلى جروح في رؤوسهم.") is None


def test_a_hospitals_list_of_the_wounded_by_name_counts_them_by_their_ages() -> None:
    text = ("مستشفى غريان: وصل إلى قسم الطوارئ مساء أمس الجرحى التالية أسماؤهم، إثر سقوط قذيفة على سوق شعبي في غريان: "
            "سالم عمر الككلي (70 عاما)، زوجته فاطمة سعيد (50 عاما)، وابنتهما منى (15 عاما).")
    pred = _pred(text)
    assert pred["injured"] == 3
    assert {"elderly", "women", "girls", "children"} <= set(pred["victim_categories"])
    # guard: a son's bracketed age after his mother is told is no girl's
    cats = _cats("أطلق مسلحون النار على سيارة مدنية جنوب غريان، ما أدى لمقتل رجل وزوجته وإصابة ابنهما (10 أعوام).")
    assert "children" in cats and "girls" not in cats


def test_a_feminine_role_before_a_feminine_harm_verb_is_a_woman() -> None:
    assert "women" in _cats("صحافية تتعرض للضرب أثناء تغطية احتجاج في مصراتة\nقالت الصحافية هند إن أفرادا بزي مدني "
                            "اعتدوا عليها بالضرب وكسروا كاميرتها.")
    # guard: a man in the same story is no woman
    assert "women" not in _cats("صحفي يتعرض للضرب أثناء تغطية احتجاج في مصراتة\nقال الصحفي هاني إن أفرادا بزي مدني "
                                "اعتدوا عليه بالضرب وكسروا كاميرته.")


def test_pupils_of_the_preparatory_stage_are_children() -> None:
    assert "children" in _cats("أصيب ثلاثة طلاب من المرحلة الإعدادية بشظايا قذيفة سقطت على ساحة مدرستهم في عين زارة.")
    # guard: students with no stage named are no children
    assert "children" not in _cats("أصيب ثلاثة طلاب بشظايا قذيفة سقطت على ساحة جامعتهم في عين زارة.")


# --- look-alikes: no incident ------------------------------------------------------------------------------------


def test_a_goalkeeper_out_injured_is_no_incident() -> None:
    text = ("الأهلي يطمئن جماهيره على حارسه بعد خروجه مصابا أمام الهلال\nطمأن نادي الأهلي جماهيره على حالة حارس مرماه "
            "محمد الترهوني، الذي خرج مصابا على نقالة في الدقيقة 55 من مباراة الفريق أمام الهلال على ملعب طرابلس "
            "الدولي مساء السبت. وقال طبيب النادي إن الأشعة أظهرت تعرضه لالتواء في الكاحل دون كسور.")
    assert _pred(text)["is_incident"] is False
    # guard: a goalkeeper shot dead is still a killing
    killed = _pred("مقتل حارس مرمى نادي محلي برصاص مجهولين في سبها\nقتل حارس مرمى نادي القرضابية برصاص مجهولين أثناء "
                   "عودته من مباراة الفريق مساء الجمعة في سبها.")
    assert killed["is_incident"] is True and "killing" in killed["incident_types"]


def test_a_welding_blast_is_an_accident() -> None:
    assert _pred("مصراتة: وفاة عامل وإصابة آخر في انفجار خزان بورشة لحام\nتوفي عامل مصري وأصيب آخر بحروق إثر انفجار "
                 "خزان أثناء لحامه في ورشة بمصراتة. ونقل المصاب إلى المستشفى.")["is_incident"] is False


def test_a_programme_to_treat_the_war_wounded_is_no_incident() -> None:
    assert _pred("وزارة الصحة تطلق برنامجا لعلاج 300 من جرحى الحرب في الخارج\nأعلنت الوزارة إطلاق برنامج لإيفاد "
                 "الجرحى للعلاج في تونس.")["is_incident"] is False


# --- actors ---------------------------------------------------------------------------------------------------------


def test_the_people_a_ministry_calls_on_are_no_part_of_its_name() -> None:
    from nlp.annotate import annotate

    def names(text: str) -> list[str]:
        return [a.name for a in annotate(text).actors]

    assert names("ودعت الوزارة الجالية المصرية في ليبيا إلى توخي الحذر.") == []
    assert names("ودعت الوزارة الجرحى إلى مراجعة مكاتب الصحة.") == []
    # guards: a body's own adjective and a genitive after an indefinite head stay in its name
    assert names("وأكدت الوزارة الليبية أن الوضع مستقر.") == ["الوزارة الليبية"]
    assert names("أعلنت هيئة شؤون الجرحى عن برنامج جديد.") == ["هيئة شؤون الجرحى"]


def test_men_in_plain_clothes_are_an_unnamed_group() -> None:
    from nlp.annotate import annotate

    names = [a.name for a in annotate("قال الناشط إنه تعرض للضرب من أفراد بزي مدني أثناء الوقفة في مصراتة.").actors]
    assert names == ["أفراد بزي مدني"]
    # guard: a plain-clothes word with no such group names nobody
    assert [a.name for a in annotate("قال الناشط إنه حضر الوقفة بزي مدني في مصراتة.").actors] == []


def test_two_students_hurt_are_not_the_taliban() -> None:
    from nlp.annotate import annotate

    names = [a.name for a in annotate("وأصيب طالبان بالرصاص المطاطي حين فرقت الشرطة الوقفة في سبها.").actors]
    assert "طالبان" not in names and "الشرطة" in names
    assert [a.name for a in annotate("وقال الطالبان إن الشرطة ضربتهما.").actors] == ["الشرطة"]
    # guard: the movement named as the accused is still listed
    assert "طالبان" in [a.name for a in annotate("اتهمت الحكومة الأفغانية طالبان بقتل مدنيين في قندهار.").actors]
