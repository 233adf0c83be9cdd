"""Arabic injured paraphrase pass (twenty-first session): new wordings of the injured counts the rules read in the tune
files (docs/labelling.md, "Arabic injured paraphrase pass (twenty-first session)"), checked on our own sentences
(written by the rasad team in the style of Libyan and Tunisian news; no real events)."""

import pytest

from nlp.annotate import annotate


def _counts(text: str) -> tuple[int | None, int | None]:
    result = annotate(text, "ar", "2026-05-10")
    return result.killed, result.injured


# a wound suffered told with the exposure verb («تعرض ... لكسور», «تعرضوا لطلقات نارية»): the victims around the verb
@pytest.mark.parametrize(("text", "expected"), [
    ("تعرض حارسان من شركة الكهرباء لكسور بعد أن صدمتهما سيارة مسرعة عند بوابة المحطة في غريان.", 2),
    ("خمسة عمال تعرضوا لطلقات نارية أمس حين أطلق مجهولون النار على ورشتهم في سبها.", 5),
    ("جنزور: أربعة صيادين يتعرضون لطلق ناري قرب الميناء", 4),
    ("تعرض ثلاثة متطوعين في جمعية خيرية لكسور بعد أن هاجمهم ملثمون قرب مخزن المساعدات في درنة.", 3),
    ("ستة مزارعين تعرضوا لحروق عندما أضرم مسلحون النار في حقلهم قرب ترهونة.", 6),
])
def test_wounds_suffered_after_the_exposure_verb_count_its_victims(text: str, expected: int) -> None:
    assert _counts(text)[1] == expected


@pytest.mark.parametrize("text", [
    "تعرضت سيارة المواطن لطلقات نارية أمام منزله في الزاوية دون أن يصاب أحد بأذى.",
    "تعرض مقر البلدية في سرت لأضرار كبيرة بعد سقوط قذيفة ليلا دون إصابات.",
])
def test_a_thing_fired_on_counts_nobody(text: str) -> None:
    assert _counts(text)[1] is None


# «أدى إلى إصابته وابنه»: kin joined by «و» to a possessed wound are one more victim each
@pytest.mark.parametrize(("text", "expected"), [
    ("انفجرت عبوة ناسفة قرب شاحنة التاجر عمران في سوق الجمعة، ما أدى إلى إصابته وشقيقه بشظايا.", 2),
    ("سقطت قذيفة على بيت الموظفة سعاد في قصر بن غشير، ما أسفر عن إصابتها وزوجها وابنتها بجروح.", 3),
])
def test_kin_joined_to_a_possessed_wound_are_counted(text: str, expected: int) -> None:
    assert _counts(text)[1] == expected


def test_a_possessed_wound_with_a_thing_joined_stays_one() -> None:
    text = "انفجرت عبوة ناسفة قرب شاحنة التاجر عمران في سوق الجمعة، ما أدى إلى إصابته واحتراق شاحنته."
    assert _counts(text)[1] == 1


# «أربعة من العائلة أصيبوا»: members of the family already told are people, as «من عائلة واحدة»
@pytest.mark.parametrize(("text", "expected"), [
    ("سقطت قذيفة على منزل في تاجوراء، وخمسة من العائلة أصيبوا بشظايا ونقلوا إلى المستشفى.", 5),
    ("قذيفة طاحت على حوش في الفرناج، وزوز من الأسرة جاتهم شظايا وخذوهم للمستشفى.", 2),
])
def test_members_of_the_family_told_are_counted(text: str, expected: int) -> None:
    assert _counts(text)[1] == expected


def test_members_of_one_family_keep_their_count() -> None:
    text = "أصيب ثلاثة من عائلة واحدة بشظايا قذيفة سقطت على منزلهم في عين زارة."
    assert _counts(text)[1] == 3


# the survivors' care after a toll of the dead that gave no victim word («انتشال جثث ...» then «أسعف N منهم»)
def test_survivors_given_first_aid_after_bodies_recovered_are_counted() -> None:
    text = ("انتشال ست جثث لمهاجرين قبالة الخمس\nانتشلت فرق الإنقاذ ست جثث لمهاجرين قبالة الخمس صباح اليوم بعد غرق قاربهم."
            "\nوأعلن خفر السواحل إنقاذ عشرين مهاجرا، أسعف خمسة منهم في مستشفى الخمس.")
    assert _counts(text) == (6, 5)


def test_survivors_only_rescued_after_bodies_recovered_stay_uncounted() -> None:
    text = ("انتشال ست جثث لمهاجرين قبالة الخمس\nانتشلت فرق الإنقاذ ست جثث لمهاجرين قبالة الخمس صباح اليوم بعد غرق قاربهم."
            "\nوأعلن خفر السواحل إنقاذ عشرين مهاجرا وصلوا إلى الشاطئ بصحة جيدة.")
    assert _counts(text) == (6, None)


# the people said to arrive at a hospital's emergency ward are its hurt
def test_people_arriving_at_the_emergency_ward_are_counted() -> None:
    text = ("قال مصدر في مستشفى الخمس إن سبعة طلاب وصلوا إلى قسم الطوارئ ظهر اليوم بعد تفريق وقفتهم بالرصاص "
            "المطاطي، وإن حالتهم مستقرة.")
    assert _counts(text)[1] == 7


@pytest.mark.parametrize("text", [
    "قال مصدر إن سبعة طلاب وصلوا إلى ميناء الخمس ظهر اليوم بعد إصابة زميلهم في الطريق.",
    # arriving at a hospital with no ward or wound told may be a check (as Arabic pass 47's freed migrants)
    "قال مصدر إن سبعة طلاب وصلوا إلى مستشفى الخمس ظهر اليوم بعد إصابة زميلهم في الطريق.",
])
def test_people_arriving_elsewhere_are_no_count(text: str) -> None:
    assert _counts(text)[1] == 1


# a clinic that received people with wounds on their bodies counts them, as one that treated them
def test_people_received_with_wounds_on_their_bodies_are_counted() -> None:
    text = ("قالت منظمة إنسانية إن عيادتها في مصراتة استقبلت اثني عشر مهاجرا أفرج عنهم من مخزن للمهربين، وعلى "
            "أجسادهم كدمات وحروق.")
    assert _counts(text)[1] == 12


def test_people_received_with_no_wound_stay_uncounted() -> None:
    text = "قالت منظمة إنسانية إن عيادتها في مصراتة استقبلت اثني عشر مهاجرا أفرج عنهم من مخزن للمهربين."
    assert _counts(text)[1] is None


# a Libyan passive of a beating («انضرب») with care told in the dialect («يتعالج») counts the beaten
@pytest.mark.parametrize("text", [
    "انضرب المدون سالم الفيتوري من ناس ملثمين قدام بيته في الهواري، وتوا هو في المستشفى يتعالج.",
    "ضربوه ناس ملثمين قدام بيته في الهواري، وتوا هو في المستشفى يتعالج.",
])
def test_beaten_in_the_dialect_with_care_told_is_counted(text: str) -> None:
    assert _counts(text)[1] == 1


def test_beaten_in_the_dialect_with_no_care_counts_nobody() -> None:
    text = "انضرب المدون سالم الفيتوري من ناس ملثمين قدام بيته في الهواري وخذوا تليفونه."
    assert _counts(text)[1] is None


# a report's figures over months («خلال ثلاثة أشهر») are no event's toll
def test_a_report_over_months_is_no_toll() -> None:
    text = "تقرير حقوقي: 52 مدنيا جرحوا في الجنوب الليبي خلال أربعة أشهر"
    assert _counts(text) == (None, None)


def test_an_event_over_months_with_no_report_keeps_its_count() -> None:
    text = "جرح 3 مدنيين في قصف على أوباري، وهو الثاني خلال ثلاثة أشهر."
    assert _counts(text)[1] == 3
