"""Jawhara-style pass 2 (tune17): the incident decision. One test per kind of error met in Jawhara FM-style Arabic
articles, with sentences written for these tests (docs/labelling.md, the section "Jawhara-style pass 2 (tune17): the
incident decision")."""

from tests.nlp.jawhara_reading import analysed, incident_types, rules_annotation

# --- fighters only: captured fighters are no families ----------------------------------------------------------


def test_fighters_captured_then_soldiers_hurt_is_no_civilian_injury() -> None:
    result = analysed("وأسفرت المداهمة عن أسر ثلاثة عناصر من الجماعة وإصابة جنديين بجروح خفيفة")
    assert result.victim_status == "combatant"
    assert not result.candidates


def test_families_of_fishermen_stay_civilians() -> None:
    result = analysed("وطالبت أسر الصيادين بالكشف عن مصير أبنائهم بعد إصابة اثنين منهم بالرصاص")
    assert result.victim_status == "civilian"


# --- «قضوا» with a while after it: time spent, not death ---------------------------------------------------------


def test_months_spent_in_a_centre_are_no_killing() -> None:
    result = analysed("وأفرج عن العمال بعد أن قضوا نحو ثلاثة أشهر في مركز إيواء بمدينة سبها")
    assert "killing" not in {c.type for c in result.candidates}


def test_civilians_who_died_in_shelling_stay_a_killing() -> None:
    result = analysed("وأكد الهلال الأحمر أن خمسة مدنيين قضوا في القصف الذي استهدف الحي")
    assert "killing" in {c.type for c in result.candidates}


# --- a ruling story: the act judged, recalled in the pluperfect, is no new incident --------------------------------


def test_a_killing_recalled_under_a_ruling_is_no_incident() -> None:
    text = ("قفصة: السجن عشرين عاما لمتهمين في قضية سطو مسلح\n"
            "قضت الدائرة الجنائية بالمحكمة الابتدائية بقفصة اليوم بسجن متهمين اثنين مدة عشرين عاما. "
            "وكان السطو المسلح قد أسفر عن مقتل حارس المحل وإصابة عامل آخر. ")
    assert not rules_annotation(text).is_incident


def test_the_victims_named_weakly_under_a_ruling_are_no_incident() -> None:
    text = ("صفاقس: السجن لأربعة متهمين في قضية شجار بحي شعبي\n"
            "قضت الدائرة الجنائية بالمحكمة الابتدائية بصفاقس اليوم بسجن أربعة متهمين مدة ثماني سنوات. "
            "وطالبت العائلات بتسليمها جثث أبنائها المدفونة في مقبرة البلدية. ")
    assert not rules_annotation(text).is_incident


def test_a_killing_recalled_in_other_news_stays_an_incident() -> None:
    text = ("والي قفصة يزور المعتمديات الجنوبية\n"
            "أدى والي قفصة اليوم زيارة ميدانية إلى المعتمديات الجنوبية للولاية. "
            "وكان مسلحون قد أطلقوا النار أمس على حارس محل فأردوه قتيلا. ")
    assert "killing" in incident_types(text)


# --- «قبلي» after an indefinite noun is 'tribal', not Kebili ---------------------------------------------------------


def test_a_tribal_dispute_names_no_kebili() -> None:
    text = ("سبها: إحراق محلات تجارية إثر نزاع قبلي\n"
            "أقدم شبان مساء أمس على إحراق ثلاثة محلات تجارية في حي المنشية بمدينة سبها إثر نزاع قبلي. ")
    assert "tn-kebili" not in {p.id for p in rules_annotation(text).places}


def test_kebili_governorate_stays_a_place() -> None:
    text = ("قبلي: حجز كمية من السجائر المهربة\n"
            "تمكنت وحدات الحرس الوطني بولاية قبلي من حجز كمية من السجائر المهربة. ")
    assert "tn-kebili" in {p.id for p in rules_annotation(text).places}


# --- a headline dateline names where the report comes from -----------------------------------------------------------


def test_a_dateline_yields_to_the_libyan_force_acting() -> None:
    text = ("صفاقس: خفر السواحل الليبي يحتجز مركب صيد ويصيب بحارا بالرصاص\n"
            "وقال صاحب المركب إن البحار المصاب نقل إلى مستشفى مصراتة وإن بقية الطاقم مازالوا محتجزين. ")
    annotation = rules_annotation(text)
    assert annotation.is_incident and annotation.in_libya
    assert not any(p.event_location for p in annotation.places if p.id == "tn-sfax")


def test_a_dateline_alone_is_still_the_event_place() -> None:
    text = ("صفاقس: إصابة شاب بطعنات سكين في شجار\n"
            "أصيب شاب في العشرين من عمره بطعنات سكين خلال شجار بأحد الأحياء الشعبية ونقل إلى المستشفى. ")
    assert [p.id for p in rules_annotation(text).places if p.event_location] == ["tn-sfax"]


# --- a checkpoint's men taking someone away: an arrest, not an abduction ------------------------------------------------


def test_checkpoint_men_taking_a_driver_is_an_arrest() -> None:
    types = {c.type for c in analysed("وأكد شهود أن عناصر الحاجز اقتادوه إلى مكان مجهول بعد تفتيش سيارته").candidates}
    assert "abduction" not in types
    assert "arbitrary_detention" in types


def test_gunmen_taking_a_driver_stay_an_abduction() -> None:
    types = {c.type for c in analysed("وأكد شهود أن مسلحين ملثمين اقتادوه إلى مكان مجهول بعد تفتيش سيارته").candidates}
    assert "abduction" in types


# --- «لمرضى» (for patients) is no disease --------------------------------------------------------------------------


def test_companions_of_patients_hurt_in_shelling_are_casualties() -> None:
    result = analysed("وأصيب أربعة مرافقين لمرضى في قصف استهدف مستشفى المدينة صباح اليوم")
    assert "injury" in {c.type for c in result.candidates}


# --- traces of beating: an injury on the living, the wounds of the dead on a body ------------------------------------


def test_traces_of_beating_on_a_freed_hostage_are_an_injury() -> None:
    text = ("غات: إطلاق سراح مهندس مختطف بعد دفع فدية\n"
            "أطلق مسلحون مجهولون سراح مهندس اختطفوه قبل أسبوع بعد أن دفعت عائلته فدية. "
            "وقال شقيقه إن المهندس عاد منهكا وعلى ظهره آثار ضرب. ")
    assert {"abduction", "injury"} <= incident_types(text)


def test_traces_of_beating_on_a_body_are_the_killing_only() -> None:
    result = analysed("وعثر الأعوان على جثة امرأة في الستين من عمرها داخل شقتها بحي النصر وعليها آثار ضرب على مستوى الرأس")
    assert "injury" not in {c.type for c in result.candidates}


# --- «المصابين» pointing back to fighters already told ------------------------------------------------------------------


def test_the_wounded_pointing_back_to_soldiers_are_no_civilian_harm() -> None:
    text = ("مقتل جنديين في هجوم على دورية عسكرية قرب الحدود\n"
            "أعلنت وزارة الدفاع مقتل جنديين وإصابة ثلاثة آخرين من عناصرها في هجوم مسلح على دورية عسكرية. "
            "وأكد البيان أن المصابين في حالة مستقرة. ")
    assert not rules_annotation(text).is_incident


def test_the_wounded_after_civilians_killed_stay_an_incident() -> None:
    text = ("مقتل مدنيين في قصف على حي سكني\n"
            "قتل مدنيان وأصيب ثلاثة آخرون في قصف استهدف حيا سكنيا. "
            "وأضاف المصدر أن الجرحى نقلوا إلى المستشفى وحالتهم مستقرة. ")
    assert rules_annotation(text).is_incident
