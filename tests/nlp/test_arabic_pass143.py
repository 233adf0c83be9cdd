"""Arabic pass 143 (tune143): Libya-incident precision in Libyan outlet news (drills, reopened inquiries, gangs
arrested for past acts, fighters' vehicles struck). Our own sentences; each rule with a look-alike guard."""

from nlp.annotate import annotate


def _types(text: str) -> list[str]:
    return sorted(i.type for i in annotate(text).incidents)


def test_an_arabic_drill_wounds_nobody():
    # «تمرين ... مصابين وهميين», «متطوعون أدوا دور الجرحى»: played wounded (``incidents._arabic_drill``)
    text = ("تمرين محاكاة في مستشفى سبها المركزي\nنفذ مستشفى سبها المركزي تمرين محاكاة لاستقبال 30 مصابا في انفجار "
            "وهمي. وشارك في التمرين متطوعون لعبوا دور المصابين. وقال مدير المستشفى إن التمرين كشف تأخرا في نقل "
            "المصابين إلى غرف العمليات.")
    assert _types(text) == []
    # look-alike: a nurse really shot during the drill is an injury
    text = ("مناورة للطوارئ في مستشفى سبها المركزي\nأصيب ممرض برصاصة طائشة أثناء التمرين، ونقل إلى قسم الجراحة. "
            "وقال مدير المستشفى إن الرصاصة أطلقت من حفل زفاف قريب.")
    assert "injury" in _types(text)


def test_a_reopened_inquiry_names_a_closed_killing():
    # «أمرت النيابة بإعادة فتح التحقيق في اغتيال ...»: the past killing (``counts_scope.inquiry_reopened``,
    # ``incident_frames.headline_frame``)
    text = ("النيابة تأمر بإعادة فتح التحقيق في اغتيال الناشط علي الزنتاني\nأمرت النيابة العامة بإعادة فتح التحقيق "
            "في اغتيال الناشط علي الزنتاني، الذي قتل في مارس 2017 أمام منزله في مصراتة. ورحبت منظمات حقوقية بالقرار. "
            "وقال شقيقه إن أخاه كان عائدا من عمله حين قتل، وإن العائلة تنتظر الحقيقة.")
    assert _types(text) == []
    # look-alike: an inquiry opened into today's killing keeps the killing
    text = ("النيابة تفتح تحقيقا في اغتيال الناشط علي الزنتاني\nقتل الناشط علي الزنتاني برصاص مسلحين مجهولين أمام "
            "منزله في مصراتة مساء اليوم، وفتحت النيابة العامة تحقيقا في الحادثة.")
    assert "killing" in _types(text)


def test_a_gang_arrested_for_past_kidnappings():
    # «القبض على عصابة خطف ...»: the gang's earlier acts (``incident_frames._gang_arrested``)
    text = ("القبض على عصابة خطف في الزاوية\nتمكنت مديرية أمن الزاوية من القبض على أربعة أشخاص يشكلون عصابة "
            "متهمة بخطف سائقين خلال الأشهر الماضية. وقالت المديرية إن الموقوفين اعترفوا بتنفيذ ثلاث عمليات خطف "
            "انتهت بالإفراج عن الضحايا بعد دفع الفدية. وأحيل الموقوفون إلى النيابة.")
    assert _types(text) == []
    # look-alike: the headline frees a child still held by the gang arrested (a harm of its own)
    text = ("القبض على عصابة خطف وتحرير طفل مخطوف في الزاوية\nتمكنت مديرية أمن الزاوية من القبض على أربعة أشخاص "
            "خطفوا طفلا قبل ثلاثة أيام، وتحرير الطفل من مزرعة كان محتجزا فيها.")
    assert "abduction" in _types(text)
    # look-alike: a gang that kidnapped a child (a verb, the headline's own act) is still told
    text = ("عصابة تخطف طفلا في الزاوية\nخطف مسلحون ملثمون طفلا في العاشرة من أمام مدرسته في الزاوية صباح اليوم، "
            "وطالبوا أسرته بفدية.")
    assert "abduction" in _types(text)


def test_fighters_vehicles_struck_with_fighters_only_killed():
    # «مقتل عناصر التنظيم وتدمير سيارات»: the fighters' own vehicles (``incidents._fighters_vehicles``)
    text = ("غارة على تجمع للتنظيم قرب أوباري\nأعلنت القيادة العامة أن غارات جوية استهدفت فجر اليوم تجمعا لعناصر "
            "تنظيم داعش قرب أوباري، ما أدى إلى مقتل خمسة من عناصر التنظيم وتدمير سيارات كانت بحوزتهم.")
    assert _types(text) == []
    # look-alike: civilians killed with the vehicles keep the incident
    text = ("غارة قرب أوباري\nأعلنت مصادر محلية أن غارات جوية استهدفت فجر اليوم سوقا شعبيا قرب أوباري، ما أدى إلى "
            "مقتل خمسة مدنيين بينهم طفلان وتدمير سيارات كانت متوقفة في السوق.")
    assert "killing" in _types(text)
