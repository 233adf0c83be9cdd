"""Incident candidates: trigger words per violation type, filtered and weighed by context rules.

The rules live by job: nlp/incident_records.py (records, strengths, lexicons), nlp/incident_scope.py (Arabic and
shared predicates that scope a trigger out), nlp/incident_finders.py (matches the lexicon cannot list),
nlp/incident_cues.py (context cues misread in place), nlp/incident_victims.py (fighters, sources, listed victims),
nlp/incident_rules_en.py (English predicates that scope a trigger out), nlp/incident_finders_en.py (English matches
the lexicon cannot list), nlp/incident_time_en.py (English tallies and dated pasts), nlp/incident_victims_en.py (who
English words name), nlp/incident_combine.py (how a sentence's kept types combine) and
nlp/incident_frames.py (headline, lead and document frames); this module applies them to one sentence, in order.

Per sentence: find triggers (MSA, Libyan dialect or English, from nlp/data/incident_lexicon.yaml)
with affix-aware matching, then apply the rules that separate a reported event from talk about
one. Each rule and why (the labelling rules in tests/data/incidents/README.md):

* idioms: a trigger followed by «آمال/الصدارة/الفوز», "off/hopes" is a metaphor (sport, politics);
  sport and price news («مباراة», «أسعار») lower everything unless casualties are counted.
* denials scope forward: «نفت ... مقتل» denies what follows the cue, not what came before
  («اختطف ... وتنفي الأجهزة علمها بمكانه» is still an abduction), up to a confirmation («مؤكدا أنه لا يزال
  لدى خاطفيه»); post-posed denials («ما نشر بشأن اختطاف طفل عار عن الصحة») deny what precedes them.
* warnings, threats and foiled plots scope forward («حذرت من أن ... قد تؤدي إلى مقتل», «توعد بقصف»,
  «أحبطت مخططا لاغتيال»); a charge, a case or a ruling names a past act («متهم بقتل», «قضية مقتل»,
  «قضت ... من أجل قتل»): none of them is the event reported.
* a death notice («ببالغ الحزن نبأ وفاة», «يتغمد الفقيد») mourns a death, not a killing: it lowers weak killing words
  and «المصاب» (the loss); a strong one («استشهاد», «اغتيال») stands.
* «دون تسجيل إصابات» / "no casualties" cancels the casualty word it governs, not the shelling.
* fighters only: a combatant noun in the victim slot («مقتل 4 مقاتلين», "two fighters were killed")
  with no civilian named (outside a negation: «لم تسجل إصابات في صفوف المدنيين») is not an incident;
  gunmen as perpetrators («مسلحين ملثمين رشوه») are not victims. The victim status is `combatant` only when a
  fighter word names the victims (right after the casualty word or its subject just before it, or a camp
  struck): a military college, a military spokesman, the attacker («اعتداء قوات ... على», «أعدمت الجماعة
  المسلحة ثلاثة مدنيين») or a clash party elsewhere in the sentence leaves the toll's status unknown.
* arrests are routine news: detention becomes arbitrary_detention only with a qualifier
  («دون تهمة», "without charge", «ظروف غير إنسانية»), a journalist/activist detainee, or an unknown
  whereabouts; «مركز احتجاز» is a place, not an arrest. Protesters held for a march are held for a civic act
  (also attack_on_civil_society); house arrest («الإقامة الجبرية», «ممنوعون من الخروج») is a weak detention word.
* blocking news sites («حجب 5 مواقع») is an attack on civil society; «إهانة» outside custody is no torture.
* beating in custody is torture; a weak injury word («رصاص», «ضرب») next to a killing or torture is
  the means, not a second harm.
* shelling/burning is an attack on property only with a civilian object (houses, hospital, market,
  pipeline ...) and no military target beside it (bases, launchers, air defences). Next to people killed or
  injured it is dropped: the human harm is the type (the ANT dev labels never add property next to it, and
  the held-out news is labelled the same way; our ASND/ANS labels and some written examples do). An injury
  verb whose object is a building («أصاب برج المراقبة») is a hit on property.
* a death in custody («توفي في سجن») is also arbitrary_detention; migrants held for ransom are also trafficking;
  migrants shot dead on a boat are a killing, not deaths at sea.
* migrants dead at sea or in the desert are `other` (+ `trafficking` when smugglers are named); a fishing boat
  sunk («غرق مركب صيد») with no migrants and no perpetrator is an accident at sea, its sailors' deaths too.
* an accident cue (a crash, gas asphyxia, a fire, a flood, electrocution, «الحماية المدنية» carrying victims)
  lowers the casualty, damage and missing-person words of its sentence unless perpetrators are named there
  («أضرم مجهولون النار ... الحريق» is arson).
* an accident cue lowers torture outside custody: «صعق بالتيار الكهربائي أثناء أعمال صيانة» is electrocution at
  work; «الصعق بالتيار الكهربائي داخل السجن» stays torture.
* journalists/activists as victims (also of an attack on their home) add attack_on_civil_society; as
  sources («تداول ناشطون», "told reporters") they do not, nor does a doctor who speaks («أوضح الطبيب أن») or «أم»
  in a name («الجوهرة أف أم», «أم الأرانب»).
* a headline frames the body: an accident or disease headline its casualty words, a ruling («تصدر أحكاما في قضية
  مقتل») or a commemoration («تحيي الذكرى») its harm words (the judged or remembered past act); the lead's accident
  or history frames the headline and the body too, unless the lead tells an attack, clashes or perpetrators.
* history is no news: a year before 2000 (not a birth year), the liberation war or the black decade in a sentence,
  acts told over years («خلال الـ30 سنة الأولى من الاحتلال»).
* a harm called for («يدعو لإعدام»), mines cleared («إزالة الألغام»), gunfire heard, an assault on an institution
  («اعتداء على استقلالية القضاء»), things missing («الأدوية المفقودة») and a suspension («قرار توقيفه», «توقيفه عن
  العمل») harm nobody; «ما لا يقل عن» states a toll's floor, it negates nothing.
"""

from __future__ import annotations

import re

from nlp.counts import parse_number
from nlp.counts_deaths import found_in_dead_state
from nlp.counts_rules import fatal_share, sentence_counts
from nlp.counts_rules_en import english_dead_or_missing_figure
from nlp.counts_scope import (
    DATED_SPANS,
    died_held_without_care,
    english_tally_since,
    first_aid_course,
    inquiry_into_past,
    is_statistic,
    last_century_year,
    months_summed,
    part_of_year,
    report_counted,
    thousands_toll,
    wounded_sent_abroad,
)
from nlp.counts_single import SELF_KILLED, found_self_killed, number_after_lam, suicide_death
from nlp.counts_words import (
    ATTACHED_PRONOUNS,
    ELDER_TITLES,
    EN_KIN,
    EN_POSSESSIVES,
    EN_WAS_WERE,
    ONE_OF,
    singular_victim,
    strip_and,
)
from nlp.incident_combine import GUNMEN, PRESS, RANSOM_WORDS, combine_types, security_took_away
from nlp.incident_cues import (
    _act_on_anniversary,
    _agency_name,
    _arabic_clash_party,
    _cautious_calm,
    _crew_boat_seized,
    _english_clash_party,
    _fake_checkpoint,
    _fight_not_campaign,
    _found_safe,
    _guarding_duty,
    _help_team,
    _match_celebrated,
    _part_in_meeting,
    _pitch_shelled,
    _positions,
    _prices_protested,
    _ransom_sum,
    _shooters_vehicles,
    _target_of_attack,
    _threats_received,
    _trade_workshop,
    boat_overturned,
    errand_accident,
    misread_cue,
    split_release,
)
from nlp.incident_finders import (
    _BOATS,
    _FISHING,
    _HIT_VERBS,
    DAMAGED_AFTER_HIT,
    _civic_office_stormed,
    _contact_cut,
    _damaged_things,
    _died_of_assault,
    _families_made_to_pay,
    _fate_unknown,
    _fire_set,
    _fired_at_victims,
    _fired_inside,
    _fishing_boat_fired_on,
    _gone_after_arrest,
    _held_by_captors,
    _held_where_smugglers_run,
    _hits_on_things,
    _killed_by_attack,
    _lost_body_part,
    _martyrs_and_wounded,
    _migrants_sold,
    _ngo_office_stormed,
    _outlets_blocked,
    _press_targets,
    _remains_recovered,
    _remains_unearthed,
    _seized_arms,
    _sent_back_to_prison,
    _split_killings,
    _stormed,
    _struck_with_knife,
    _time_in_prison,
    _trees_destroyed,
    _whereabouts_withheld,
)
from nlp.incident_finders_en import (
    _english_association_members_held,
    _english_body_found_shot,
    _english_captives_shot,
    _english_casualties_among,
    _english_casualties_split,
    _english_civic_office_closed,
    _english_dead_toll,
    _english_fate_unknown,
    _english_forced_into_car,
    _english_held_passive,
    _english_held_without_charge,
    _english_hit_in_part_by,
    _english_missing_since_fighting,
    _english_people_hurt,
    _english_remains_of_people,
    _english_shot_in_body,
    _english_smoke_breathing,
    _english_summoned_not_released,
    _english_taken_away_by,
    _english_taken_to_detention,
    _english_tear_gas_breathing,
    _english_took_away,
    _english_verbs_on_people,
    english_owner_men,
)
from nlp.incident_frames import AR_VISITS, english_taken_to_care
from nlp.incident_records import (
    ACCIDENT_TYPES,
    BODILY_HARMS,
    CASUALTY_TYPES,
    HARM_TYPES,
    PROPERTY,
    RELEASE_ENDS,
    SCOPE_WINDOW,
    STRONG,
    THRESHOLD,
    Candidate,
    SentenceResult,
    Trigger,
    dialect_unknown_where,
    load_lexicons,
    stabbing_phrases,
)
from nlp.incident_rules_en import (
    _EN_DEED_PARTICIPLES,
    _EN_REJECTING,
    _EN_SPLIT_CHARGES,
    EN_DROWNED,
    _english_amends_for,
    _english_amends_to_person,
    _english_attributive,
    _english_call_for_unnamed,
    _english_call_on_to_free_all,
    _english_called_for_all,
    _english_care_for_class,
    _english_court_account,
    _english_crimes_including,
    _english_detention_protested,
    _english_died_after_wound,
    _english_faced,
    _english_fire_on_arrest,
    _english_fired_from,
    _english_generic_missing,
    _english_gone_then_found,
    _english_grievance_death,
    _english_harm_as_a_name,
    _english_harm_called_pattern,
    _english_harm_denied,
    _english_harms_cited,
    _english_held_for_years,
    _english_hit_in_body,
    _english_hurt_discharged,
    _english_judged_act,
    _english_match_score,
    _english_missing_as_topic,
    _english_networks_policed,
    _english_no_harm,
    _english_object_struck,
    _english_players_hurt,
    _english_protest_fire,
    _english_rejected_claims,
    _english_release_welcomed,
    _english_settlement_attacked,
    _english_testimony_to_come,
    _english_thing_executed,
    _english_thing_hit,
    _english_thing_hostage,
    _english_torture_for_us,
    _english_trafficking_use,
    _english_unexploded,
    _english_warning_only,
    _english_wounds_on_bodies,
    _english_year_saw,
    _english_years_of_harms,
    _goods_trafficked,
    _goods_trafficked_may_fire,
    _latin_start,
    english_arrested_over,
    english_cue_misread,
    english_fishers_drowned,
    english_split_charges,
    english_suspect_held_for,
    english_taken_then_freed,
)
from nlp.incident_scope import (
    _AFTER_EVENT,
    _ANY,
    _CENTRE_AFTER_BEATING,
    _FICTION,
    _PLOT,
    _RANKS_NEGATION_REACH,
    _REPEATED,
    _SHOT_BY,
    BODY_WORDS,
    BULLETS,
    ENCOURAGING,
    FIRING,
    MINE_FORMS,
    PRISON_TERMS,
    REFERENCE_HEADS,
    WANTED,
    _acknowledged_act,
    _acknowledged_act_may_fire,
    _after_event,
    _after_protest,
    _all_detainees_called_free,
    _appeal,
    _appeal_may_fire,
    _asked_whether,
    _asked_whether_may_fire,
    _assaulters_grievance,
    _beaten_in_a_centre,
    _body_found_wounded,
    _case_tally,
    _class_act_judged,
    _class_act_judged_may_fire,
    _conscience_as_a_cause,
    _conscience_as_a_cause_may_fire,
    _counts_people,
    _crime_named_by_a_law,
    _crime_named_by_a_law_may_fire,
    _crimes_under_penalty,
    _crimes_under_penalty_may_fire,
    _demanded,
    _deserved,
    _died_after_wounding,
    _died_by_bullet,
    _died_of_wounds,
    _english_strike_fire,
    _fell_near,
    _fell_near_may_fire,
    _fiction_plot,
    _film_about,
    _found_missing,
    _heard,
    _held_for_long,
    _horrors_lived,
    _horrors_lived_may_fire,
    _incommunicado,
    _is_idiom,
    _is_place_word,
    _large_case_tally,
    _left_for_unknown,
    _marked_body,
    _mines_cleared,
    _mines_cleared_may_fire,
    _missing_as_a_cause,
    _missing_as_a_cause_may_fire,
    _missing_under_rubble,
    _named_known_killing,
    _negated,
    _no_new_killing,
    _no_property_object,
    _none_of_any,
    _not_harm_to_people,
    _others_hurt,
    _period_tally,
    _plural_acts_condemned,
    _plural_acts_condemned_may_fire,
    _protected_from,
    _recurring_acts,
    _recurring_acts_may_fire,
    _release_before,
    _repeated_acts_condemned,
    _repeated_acts_condemned_may_fire,
    _returned_home_before,
    _scheme_beneficiaries,
    _scheme_beneficiaries_may_fire,
    _scoped_out,
    _sentence_passed,
    _sentence_passed_may_fire,
    _smuggling_route,
    _smuggling_route_may_fire,
    _time_spent,
    _time_spent_may_fire,
    _victim_of_assault,
    _victim_of_assault_may_fire,
    _victim_word_only,
    _without_charge,
    _wounded_state_of_the_killed,
    _wounded_then_killed,
    _year_tally,
    armed_captors_held,
    arrest_of_accused,
    body_bears_marks,
    deliberate_harm,
    encouraged_act,
    exposure_opens_wound,
    form_before,
    prison_term,
    release_happened,
    shot_by_someone,
    stance_on_any,
    toll_of_a_charge,
    wanted_for,
)
from nlp.incident_time_en import (
    _english_dated_past,
    _english_held_briefly_past,
    _english_held_year_figure,
    _english_hurt_in_past,
    _english_identified,
    _english_month_figure,
    _english_period_tally,
    _english_recalled,
    _english_series_rank,
    _english_so_far,
    _english_year_figure,
    _english_year_named_event,
    _english_years_after,
    _english_years_since,
    _english_years_span,
    english_year_named_act,
)
from nlp.incident_victims import (
    RANKS_OF_THEM,
    _armed_smugglers_killed,
    _attacker,
    _captives,
    _clash_party,
    _combatant_victims,
    _detainee_died,
    _detainee_died_may_fire,
    _english_who_joined,
    _family_speaks_for,
    _fighters_near_victims,
    _fighters_pointed_back,
    _fighters_subject_killed,
    _movement_not_students,
    _names_victims,
    _not_a_mother,
    _object_verb_before,
    _town_named_bint,
    armed_men_killed_at,
    attackers_killed,
    civil_service_member,
    cousin_bint,
    fought_in_ranks,
)
from nlp.incident_victims_en import (
    EN_PERFECT_AUX,
    _english_adult_kin,
    _english_also_captured,
    _english_armed_dead_at,
    _english_armed_men_killed,
    _english_assault_only,
    _english_attacker_killed,
    _english_attackers_subject_killed,
    _english_civilian_speaks,
    _english_held_died,
    _english_minor_harm,
    _english_police_knifed,
    _english_police_robbed,
    _english_share_of_fighters,
    _english_speaker,
    _english_status_asked,
    _english_told_fighters,
    _english_unharmed,
    _english_wounded_fighters_killed,
    _fighters_companion,
    english_bound_bodies,
    english_children_among_held,
    english_unit_members_killed,
    english_wounded_state_of_killed,
)
from nlp.lexicon import TOKEN_TEXT, PhraseMatch, Token
from nlp.morph import word_forms
from nlp.normalize import normalize
from nlp.victims import (
    CATEGORY_CUES,
    counsel_for,
    elder_title,
    english_role_demands,
    medic_agent,
    red_crescent_named,
    sentence_categories,
    witness,
    writing_to_body,
)

# («ضربو»: the stem every «ضربوهم / ضربوهن / ضربوهما» gives, so the feminine plural and the dual beating are read as
# the masculine's; Arabic pass 92)
_JAILS = frozenset({"السجن", "سجن"})  # the custody cue's prison words (a beating «داخل السجن»; Arabic pass 116)
_PRISON_STAFF = frozenset({"حارس", "الحارس", "حراس", "الحراس", "سجان", "السجان", "عون", "العون", "اعوان", "الاعوان"})
_BEATING = {"ضرب", "ضربوه", "ضربو", "اعتداء", "اعتدي", "عنف", "beaten", "assaulted", "beating", "beatings", "beat", "ضرب مبرح", "اعتداء بالعنف",
            "اعتداء جسدي", "اعتدي بالعنف"}
_THREAT = {"تهديد", "تهديدهم", "هدد", "يهدد", "هددوا", "توعد", "threat", "threats", "threatened", "threatening",
           # «خططت لقتل سياسيين», "plotted to kill": a plot, not a killing
           "خطط", "خططت", "يخطط", "تخطط", "خططوا", "يخططون", "التخطيط", "تخطيط", "planned", "plotted", "plotting",
           # «نجا من محاولة اغتيال»: the attempt failed (lexicon type other), nobody was killed
           "محاوله", "attempt", "attempted"}
_THREATENED = frozenset({"هدد", "هددو", "هددوا", "هددت", "يهدد", "تهدد", "يهددون", "هددوهن", "هددوهم", "هددوها", "هددوه",
                         "هدده", "هددها", "هددهم", "هددهن", "تهديد", "تهديده", "تهديدها", "تهديدهم", "تهديدهن", "توعد",
                         "توعدوا", "بالتهديد"})  # the threat before «بالاغتصاب» (Arabic pass 92)
_MEANS_REACH = 6  # tokens from a killing to the bullet that caused it («لقي حتفه بعد أن أصابته رصاصة»)
_PATROLS = {"دوريه", "دوريات"}
# «تفريق وقفة احتجاجية» (dispersing a protest) is no «فريق» (a team) with the imperfect prefix peeled
_PROTESTING = {"احتجاج", "الاحتجاج", "احتجاجا", "تنديدا"}
_NOT_SPORT = _PATROLS | {"تفريق", "تفريقه", "لتفريق"}
# a protest against acts («وقفة للتنديد», «احتجاجا على»); not ``incident_scope._CONDEMNING`` (a body condemning acts)
_PROTEST_CONDEMNING = frozenset(_PROTESTING | {"تنديد", "التنديد", "احتجاجات"})
_RESCUE_REACH = 8  # tokens from a rescue word to «من» + what it averted («إنقاذ 43 مهاجرا غير نظامي من الغرق»)
_AFTER_NEGATED_TOLL = _RANKS_NEGATION_REACH  # «سقوط ضحايا مدنيين في الهجوم أو في الضربات»: ranks, then occasions
_OCCASION = frozenset({"في", "خلال", "جراء", "اثر", "بسبب"})  # «في الضربات»: what the negated toll would come from
# «ويستقبل القسم المصابين بالحروق من مختلف المدن»: what a ward or hospital receives as a rule (present or future) is
# its purpose; not «استقبل المستشفى المصابين» (past: today's wounded) nor a verb after its subject
_RECEIVES = frozenset({"يستقبل", "ويستقبل", "تستقبل", "وتستقبل", "سيستقبل", "ستستقبل", "وسيستقبل", "وستستقبل"})
_WARDS = frozenset({"القسم", "الجناح", "المركز", "المستشفي", "الوحده", "المستشفيات"})
_OPENING = frozenset({"افتتح", "افتتحت", "يفتتح", "تفتتح", "افتتاح", "وافتتح", "وافتتحت", "دشن", "دشنت", "تدشين", "بافتتاح"})


def _facility_receives(words: list[str], first: int) -> bool:
    """«يستقبل القسم المصابين»: a present receiving verb, a ward or hospital, then the wounded noun at ``first``, in a
    sentence that tells the facility's opening («افتتح ... قسما جديدا»; not «ويستقبل المستشفى الجرحى منذ الصباح»)."""
    return first > 1 and words[first - 1] in _WARDS and words[first - 2] in _RECEIVES and not _OPENING.isdisjoint(words)


# «لدعم قدرتها على استقبال الجرحى», «بات قادرا على علاج المصابين»: the wounded a facility is able to receive or treat are
# what it is ready for, nobody hurt (Arabic pass 118; as «لاستقبال الجرحى»)
_CAPACITY_WORDS = frozenset({"قدره", "قدرتها", "قدرته", "قدراتها", "قدراته", "القدره", "قادر", "قادره", "قادرا",
                             "قادرين", "قادرون", "جاهزيتها", "جاهزيته", "طاقتها", "طاقته"})
_CARE_NOUNS = frozenset({"استقبال", "علاج", "استيعاب", "اسعاف", "معالجه"})


def _able_to_receive(words: list[str], first: int) -> bool:
    """A capacity word, «على» and a care noun right before the wounded noun at ``first``."""
    return first > 2 and words[first - 1] in _CARE_NOUNS and words[first - 2] == "علي" and (
        words[first - 3] in _CAPACITY_WORDS)


def _counted_wounded(words: list[str], first: int) -> bool:
    """«استقبال جثتين وخمسة جرحى», «جثة و3 مصابين»: a number right before a casualty noun counts people hurt besides
    the dead, not the body's wounds (Arabic pass 68: a hospital's tally of the dead and the hurt)."""
    return first > 0 and words[first] in _WOUNDED_NOUNS and parse_number(words, first - 1) is not None


_VIOLENCE = frozenset({"العنف", "بالعنف", "للعنف", "والعنف"})
_VIOLENCE_TOPIC = frozenset({"التوعيه", "توعيه", "للتوعيه", "مكافحه", "لمكافحه", "مناهضه", "لمناهضه", "ظاهره",
                             "تفشي", "انتشار", "ضحايا", "لضحايا", "نبذ", "لنبذ"})
_VICTIMS_OF = frozenset({"ضحايا", "لضحايا", "مصابي", "لمصابي"})
# what a body does for the victims, or the body («مركز لتأهيل ضحايا», «برنامج دعم ضحايا», «جمعية ضحايا»), normalised
_SERVING_HEADS = frozenset({"تاهيل", "لتاهيل", "علاج", "لعلاج", "رعايه", "لرعايه", "دعم", "لدعم", "مساعده", "لمساعده",
                            "جمعيه", "رابطه", "منظمه", "مركز", "برنامج", "صندوق", "اتحاد"})
# a visit verb up to this many words before the hurt («زار رئيس حكومة الوحدة الوطنية جرحى»: the title between)
_VISITED_REACH = 6
_VISITED_CAUSE_REACH = 3  # «الجرحى في القصف»: the wounded, «في / جراء», the harm that hurt them (Arabic pass 100)
_VISITED_CAUSE_OPENERS = frozenset({"في", "جراء", "اثر", "بسبب"})
_DONATION = frozenset({"متبرعين", "متبرع", "متبرعا", "التبرع", "تبرع", "للتبرع", "بالتبرع", "متبرعون"})
_SERVED_WOUNDED = frozenset({"لجرحي", "للجرحي", "لمصابي", "للمصابين"})  # «لجرحى»: for the wounded
_FOR_THE_WOUNDED = frozenset({"لاستقبال", "ولاستقبال", "لعلاج", "ولعلاج", "لاستيعاب", "ولاستيعاب"})
# the wounded as people (not «إصابات», which also counts a body's wounds: «وصل جثة هامدة وبه ثلاث إصابات»)
_WOUNDED_NOUNS = frozenset({"جرحي", "الجرحي", "مصابي", "المصابين", "مصابين"})
# «عودة جثمان شاب توفي في ليبيا»: remains brought home (a weak killing word after them is no killing; not a funeral)
_REPATRIATION = {"عوده", "ترحيل", "استلام", "تسلم", "استقبال", "اعاده", "repatriation"}  # not «وصول جثة» (to a hospital)
_ARREST_REACH = 4  # tokens between an arrest word and the smuggling network it names
_NAMED_PLACE_HEADS = {"ساحه", "ميدان", "شارع", "نهج", "مقبره", "جسر", "ملعب", "square", "street"}  # «ساحة الشهداء»

# «بحسب والد الضحية»: a parent or a brother speaking, read through ``word_forms`` right before a weak killing word
# (narrower than ``counts_rules._SPEAKER_KIN``: a wider list would drop more killing matches, and output would move)
_KIN = {"والد", "والده", "والدي", "شقيق", "شقيقه"}
_PATIENTS = {"مريض", "المريض", "مريضه", "المريضه"}
_GRIEVANCE_CAUSE = {"بسبب", "بحجه"}  # «اقتحموا القسم بسبب وفاة مريضهم»: the death is why they attacked
_CLIPS = {"مقطع", "مقطعا", "مقاطع", "فيديو", "شريط", "شريطا", "تسجيل", "تسجيلا", "بيان", "بيانا", "رساله", "كلمه"}
# «العضو في رابطة ضحايا ترهونة», «جمعية ضحايا الألغام»: the victims name an association, no death told (Libyan
# outlets pass 2)
_VICTIMS_BODY_HEADS = {"رابطه", "جمعيه", "منظمه", "تنسيقيه", "اتحاد", "تجمع"}

_EN_SPEAKS = (["says"], ["said"], ["told"], ["tells"])

# a detention or disappearance told as lasting («ومن يومها لا تهمة ولا محكمة», «ولا يزال محتجزا»)
_EN_HARM_SUBJECT_REACH = 3  # "was detained", "was reportedly detained", "were beaten and detained"


def _english_harm_subject(words: list[str], last: int, harm_starts: set[int]) -> bool:
    """"said a Libyan activist was detained": the word ending at ``last`` opens a passive whose verb is a harm."""
    if words[last + 1 : last + 2] != [] and words[last + 1] in EN_WAS_WERE and any(
            0 < h - (last + 1) <= _EN_HARM_SUBJECT_REACH for h in harm_starts):
        return True
    # "said photojournalist Salma X has been held", "said cameraman Tarek X was arrested": the role's name (up to three
    # words) before the auxiliary (English pass 57); not a clause opener or a speech verb between them
    for aux in range(last + 2, min(len(words), last + 2 + _EN_NAME_BEFORE_AUX)):
        if words[aux] in _EN_NOT_A_NAME:
            return False
        verb = aux + 1 if words[aux] in EN_PERFECT_AUX and words[aux + 1 : aux + 2] == ["been"] else aux
        if verb > aux or words[aux] in EN_WAS_WERE:
            return any(0 < h - verb <= _EN_HARM_SUBJECT_REACH for h in harm_starts)
    return False


_EN_NAME_BEFORE_AUX = 3  # "photojournalist Salma Ezzedine has been held": a name of up to three words
_EN_NOT_A_NAME = frozenset({"said", "says", "told", "who", "that", "which", "and", "after", "when", "in", "on", "at",
                            "of", "for", "from", "by", "with"})


# harm told in a release story keeps it a (borderline) incident of that harm (settled answers)
_HARM_IN_CAPTIVITY = frozenset(BODILY_HARMS)
# a detention or disappearance told as lasting («ومن يومها لا تهمة ولا محكمة», «ولا يزال محتجزا»); annotate reads it
# as written to keep a release story with someone still held from being read as released unharmed
STILL_HELD = frozenset({"يومها", "مازال", "مازالت", "مازالوا", "زال", "يزال", "تزال", "زالت", "يزالون", "يزالوا", "زالوا"})
# «الانتهاكات ... ما زالت تشمل الاعتقال والتهديد»: what a report's abuses still include, nobody still held (pass 102)
_STILL_INCLUDES = frozenset({"تشمل", "يشمل", "تتضمن", "يتضمن", "تطال", "يطال"})


def _still_includes(words: list[str]) -> bool:
    """Every «still» word of the sentence is followed by a verb of inclusion (the kinds a report counts)."""
    still = [k for k, w in enumerate(words) if word_forms(w) & STILL_HELD]
    return bool(still) and all(words[k + 1 : k + 2] != [] and words[k + 1] in _STILL_INCLUDES for k in still)

_SPEECH = {"كاذبه", "زائفه", "الكاذبه", "حجابها", "الحجاب", "تغطيه", "تغطيته", "تغطيتها", "تغطيتهما", "تدوينه", "تدوينات",
           "تغريده", "تغريدات", "منشور", "منشورات",
           # what was sung, written, drawn or worn (real posts pass 4, with the qualifiers «بسبب أغنية», «بسبب سترة»)
           "اغنيه", "قصيده", "مقال", "مقالات", "كاريكاتير", "رسوم", "قميص", "ستره", "شعار"}
_EN_SUSPECTS_REACH = 5  # "arrested two men in connection with", "detained a man suspected of"

_SIMULATED = frozenset({"افتراضيا", "افتراضيين", "افتراضيه", "افتراضي", "افتراضيون"})  # a drill's casualties
# "held a mass-casualty drill ..., with volunteers playing 40 'wounded' passengers": an English drill's played casualties
# count nobody, as «مصابا افتراضيا» (English pass 60); a drill word and a word of playing or simulating, both
_EN_DRILLS = frozenset({"drill", "drills", "exercise", "exercises"})
_EN_PLAYED = frozenset({"playing", "played", "simulated", "simulating", "simulation", "mock", "casualty",
                        "simulates", "simulate"})  # a headline's "Drill in <town> simulates ... with 30 wounded" (pass 63)


def _english_drill(words: list[str]) -> bool:
    """A sentence about a drill whose casualties are played or simulated."""
    return not _EN_DRILLS.isdisjoint(words) and not _EN_PLAYED.isdisjoint(words)


# Arabic pass 143 (tune143): «تمرين محاكاة لاستقبال 40 مصابا في انفجار وهمي», «طلاب لعبوا دور المصابين», «التمرين كشف
# ثغرات في نقل المصابين»: as the English drill, an Arabic drill's wounded are played; the drill noun with a feigned
# word («وهمي», «افتراضي», «دور»), or the drill named back («التمرين») with no harm verb of its own (not «أصيب جندي خلال
# التمرين»: a real accident in a drill)
_AR_DRILLS = frozenset({"تمرين", "التمرين", "تمرينا", "محاكاه", "المحاكاه", "مناوره", "المناوره"})
_AR_PLAYED = frozenset({"وهمي", "وهميه", "الوهمي", "الوهميه", "دور"}) | _SIMULATED
_AR_DRILL_BACK = frozenset({"التمرين", "المحاكاه", "المناوره"})
# (its own list: no casualty word set holds just these, and a wider one would call fewer sentences drills)
_AR_REAL_HARM = frozenset({"اصيب", "اصيبوا", "اصيبا", "قتل", "قتلوا", "توفي", "توفيت", "لقي", "لقوا", "مقتل", "وفاه",
                           "مصرع", "اصابه", "انفجر", "انفجرت"})


def _arabic_drill(words: list[str]) -> bool:
    """A sentence about an Arabic drill whose wounded are played, or the drill named back with no harm verb."""
    if _AR_DRILLS.isdisjoint(words):
        return False  # most sentences
    return not _AR_PLAYED.isdisjoint(words) or (
        not _AR_DRILL_BACK.isdisjoint(words) and _AR_REAL_HARM.isdisjoint(words))


_HELD_STEM = "احتجز"  # «احتجزتهم», «احتجزهم», «احتجزوا»: a holding verb (not «خطفهم»: a kidnapping told with the release)

_SMUGGLERS_ABUSE = {"اجبروهم", "اجبروا", "اجبرهم", "ارغموهم", "ارغموا", "تركوهم", "تخلوا", "استولوا", "سلبوهم"}
_VEHICLES = {"القافله", "قافله", "السياره", "سياره", "الشاحنه", "شاحنه", "الشاحنات", "الحافله", "حافله", "السيارات",
             "المركبه", "مركبه"}
# «عبوة ناسفة زرعت في سيارته», «في مركبتهم»: a vehicle with a possessive ending (the taa marbuta read back), the own
# ride of the one targeted (Arabic pass 54)
_RIDES = frozenset({"سياره", "مركبه", "شاحنه", "حافله", "اليه", "عربه", "دراجه"})


def _own_ride(word: str) -> bool:
    """«سيارته», «وسيارتهم», «مركبتها»: a vehicle noun (``_RIDES``) with a possessive pronoun."""
    word = word.removeprefix("و").removeprefix("ب").removeprefix("ف")
    for ending in ATTACHED_PRONOUNS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            return stem.endswith("ت") and stem[:-1] + "ه" in _RIDES
    return False


# Arabic pass 143 (tune143): «غارات استهدفت تجمعا لعناصر التنظيم، ما أسفر عن مقتل سبعة منهم وتدمير ثلاث سيارات
# رباعية الدفع»: vehicles struck beside fighters only killed are the fighters' own (as a car «سيارته», as the English
# "destroyed three vehicles ..., killing five armed men"); a named civilian's car keeps the civilian (``civilians``)
_FIGHTERS_VEHICLES = frozenset({"سيارات", "السيارات", "اليات", "الاليات", "عربات", "العربات", "مركبات", "المركبات"})


def _fighters_vehicles(words: list[str], index: int) -> bool:
    """A plural vehicle noun (``_FIGHTERS_VEHICLES``, any clitic form) as the object struck: with fighters alone
    harmed (the caller's test), their own vehicles."""
    return bool(word_forms(words[index]) & _FIGHTERS_VEHICLES)


_UNIT_WORDS = frozenset({"كتيبه", "الكتيبه", "كتيبته", "كتيبتهم", "كتيبتها", "مجموعته", "مجموعتهم", "مجموعتها",
                         "المجموعه", "اللواء", "لواء", "لوائه", "قوته", "سريته", "السريه", "معسكر", "المعسكر"})


def _unit_base(words: list[str], index: int) -> bool:
    """«مقر كتيبته», «مقر المجموعة», «مقرات اللواء»: the base of an armed unit (a military target, no civilian object)."""
    return bool(word_forms(words[index]) & {"مقر", "مقرات"}) and index + 1 < len(words) and (
        bool(word_forms(words[index + 1]) & _UNIT_WORDS))


_RIVERS = frozenset({"نهر", "النهر", "river", "nile"})
_CAPTIVE_REACH = 4  # tokens between a casualty word and the captives it hit («قتل ثلاثة من الأسرى», «أعدموا بعد استسلامهم»)

_CRIME_CLASSES = frozenset({"جرائم", "قضايا"})  # «جرائم القتل»: the class of a crime, no act (Arabic pass 92)
_COMMITTED = frozenset({"ارتكب", "ارتكبت", "ارتكبوا", "يرتكب", "ترتكب", "يرتكبون", "ارتكاب", "اقترف", "اقترفوا", "اقتراف"})
_KILLERS = frozenset({"قتله", "وقتله"})  # «قتلة» (killers), normalised like «قتله» (killed him)
_PURSUED = frozenset({"كشف", "محاسبه", "معاقبه", "ملاحقه", "تسليم", "هويه", "محاكمه", "مطارده", "ضبط", "توقيف"})
_INCITING = {"التحريض", "تحريض", "بالتحريض", "والتحريض", "يحرض", "تحرض", "حرض"}

_PATIENTS_PLURAL = {"المرضي", "مرضي", "للمرضي", "لمرضي", "ولمرضي", "والمرضي", "بالمرضي"}  # «من المرضى», «مرافقان لمرضى»: patients, not a disease

# «تطالب», «يطالب»: the imperfect of «طالب» (to demand); its prefix is no clitic of the student noun (Arabic pass 108)
_DEMAND_VERBS = ("تطالب", "يطالب")
_STATEMENTS = {"تصريح", "تصريحات", "تصريحه", "تصريحها", "حديث", "حديثه", "حديثها"}
_CALLERS = {"جدد", "جددت", "جددوا", "جددن", "طالبت", "طالبوا", "طالبن", "تطالب", "يطالب", "يطالبون", "دعت", "دعا", "دعوا",
            "اطلق", "اطلقت", "اطلقوا", "نظم", "نظمت", "نظموا"}
_REMAINS = {"رفات", "الرفات", "جثث", "الجثث", "جثه", "النووي", "عينات", "remains", "dna"}
# the body words (``BODY_WORDS``: «جثة», «جثته», the dual «جثتين لشابين مصابتين بطلقات»), their «جثمانه / جثثهم» forms,
# and the English ones ("the bodies of two men bearing gunshot wounds")
_DEAD_BODY = BODY_WORDS | {"جثمانه", "جثمانها", "جثثهم", "جثتا", "body", "bodies", "corpse", "corpses"}
_WOUNDS_REACH = 5
_WITH_WOUNDS = frozenset({"with", "bearing", "showing"})  # "the bodies ... their hands tied and with gunshot wounds"
_WOUNDS_REACH_EN = 8  # "the bodies of two young men bearing gunshot wounds": English puts more words between
_BEATEN_TO_DEATH_REACH = 6  # «تسبب في وفاة زوجته (32 عاما) بعد تعرضها لضرب مبرح»
_TOPIC_BEFORE = {"عن", "حول", "بشان", "من", "ظاهره", "مكافحه", "مناهضه", "ضد"}


_ALIVE = frozenset({"حيا", "حي", "حيه", "احياء", "alive"})
_OR = frozenset({"ام", "او", "or"})

# Harm that lasts: a detention or a disappearance told «منذ عامين» / «عامين على» is still going on, not an anniversary
CONTINUING = ("arbitrary_detention", "enforced_disappearance")

_DETAINEES = {"محتجز", "محتجزين", "محتجزون", "المحتجزين", "المحتجزون", "معتقل", "معتقلين", "معتقلون", "المعتقلين",
              "المعتقلون", "سجين", "سجناء", "السجناء", "السجين", "الموقوفين", "الموقوفون"}
# the staff and the held of a prison: neither before the prison word means a detainee beaten there (Arabic pass 116)
_STAFF_OR_DETAINEES = _PRISON_STAFF | _DETAINEES
_DETAINEE_REACH = 3  # «المحتجزين تعرضوا للضرب»: the detainees, then the verb, then the beating
_SOME_OF_THEM = {"بعضهم", "وبعضهم", "منهم", "اغلبهم", "احدهم", "عدد"}
# «احتجزوا لأسابيع وتعرضوا للضرب»: the verb right before what they suffered, so its subject is the held (Arabic pass
# 92); not «وتعرض شقيقه للضرب» (a subject of its own between)
_SUFFERED_TOO = frozenset({"وتعرضوا", "وتعرضن", "وتعرض", "وتعرضت", "وتعرضا", "وتعرضتا"})
_HELD_BEATEN_REACH = 8  # «احتجاز 43 عاملا سودانيا في الكفرة وتعرض بعضهم للضرب»
# a present-tense headline "Shelling of the market kills 31", "Drone strike hits fish market, kills three": the object
# it names is where the attack struck, kept beside the dead as "hit" keeps it (English pass 8)
_EN_PRESENT_KILLS = frozenset({"kills", "kill"})


def _stabbing_told(trigger: str) -> bool:
    """Is the trigger one of the stabbing exposures (``stabbing_phrases``: «تعرض للطعن»), word by word?"""
    said = trigger.split()
    return any(len(key) == len(said) and all(k in word_forms(w) for k, w in zip(key, said, strict=True))
               for key in stabbing_phrases())


def _dialect_phrase(trigger: str) -> bool:
    """Is the trigger one of the dialect's unknown-whereabouts phrases (``dialect_unknown_where``), word by word?"""
    said = trigger.split()
    return any(len(key) == len(said) and all(k in word_forms(w) for k, w in zip(key, said, strict=True))
               for key in dialect_unknown_where())


# also read by ``nlp.annotate`` ("She has been held ...": a woman jailed, told in a sentence of her own)
EN_HELD_STATES = frozenset({"held", "detained", "jailed", "imprisoned"})


def _english_still_held(words: list[str]) -> bool:
    """"She remains held without access to a lawyer", "he is still detained": one person's detention that lasts is
    still reported (as «لا يزال محتجزا»); the general "remains" ("detention remains widespread") does not lower it.
    Singular only: "thousands of people remain held without trial" is a report's figure (English pass 33)."""
    return ("remains" in words or "still" in words) and any(
        (b == "remains" or (b == "still" and a in ("is", "was"))) and c in EN_HELD_STATES
        for a, b, c in zip(words, words[1:], words[2:], strict=False)) or words[:2] == ["remains", "held"]


# English words of shots fired: a boat's migrants killed by them were shot, not lost at sea (English pass 28)
_EN_SHOTS = frozenset({"shots", "fired", "gunfire", "gunshots", "bullets", "shooting"})


_EN_NO_ONE_SLOTS = {"hurt": "injured", "injured": "injured", "wounded": "injured", "killed": "killed"}


def _english_no_one_counted(words: list[str], no_casualty_at: list[int], counts: dict[str, int]) -> dict[str, int]:
    """"Office of rights group torched in Derna, no one hurt": the "one" of "no one" before a casualty word is nobody,
    not a victim counted (a headline drops the "was" that "no one was hurt" keeps; English pass 32)."""
    for n in no_casualty_at:
        slot = _EN_NO_ONE_SLOTS.get(words[n + 2]) if words[n : n + 2] == ["no", "one"] and n + 2 < len(words) else None
        if slot and counts.get(slot) == 1:
            counts = {k: v for k, v in counts.items() if k != slot}
    return counts


# Arabic pass 122 (tune122): «تعرضت مدرسة لإطلاق نار من مجهولين أدى إلى تحطيم النوافذ، دون إصابات»: a weak injury
# word (the gunfire, the attack) with «no casualties» after it in its clause hurt nobody; a strong one («فأصابوا
# المسعف ..., دون إصابات في صفوف المرضى») keeps its wounded, and a new clause («لكن», «بينما») is another's
_HURT_NOBODY_REACH = 12  # «لإطلاق نار من مجهولين أدى إلى تحطيم نوافذ الفصول، دون إصابات»


def _fire_that_hurt_nobody(words: list[str], match: PhraseMatch[Trigger], no_casualty_at: list[int]) -> bool:
    """A weak injury match with a «no casualties» cue within ``_HURT_NOBODY_REACH`` words after it, no clause turn
    between (see above)."""
    if not all(t.type == "injury" and t.strength < STRONG for t in match.payloads):
        return False
    return any(0 < n - match.last <= _HURT_NOBODY_REACH and _CLAUSE_TURN.isdisjoint(words[match.last + 1 : n])
               for n in no_casualty_at)


_LATIN_LETTER = re.compile("[A-Za-z]")  # no English filter can hold in a sentence without one (speed pass 7)
# a word of two letters or more opening on «ل» in the words joined by spaces (the pattern opens on the letter, so it is
# searched for it; speed pass 12)
_LAM_WORD = re.compile("ل(?<![^ ]ل)[^ ]")


# «دون الإبلاغ عن إصابات أو أضرار», «ولم تسجل أي أضرار مادية أو بشرية»: a negated damage word says the shelling or
# fire of the sentence damaged nothing; its property triggers are no attack on property (the casualty words are
# cancelled by `no_casualties` already). Not across a new clause: «دون وقوع إصابات، لكنها ألحقت أضرارا» tells damage.
DAMAGE_WORDS = frozenset({"اضرار", "الاضرار", "اضرارا", "باضرار", "واضرار", "خسائر", "وخسائر", "الخسائر"})
_CLAUSE_TURN = frozenset({"لكن", "لكنها", "لكنه", "ولكن", "ولكنها", "الا", "غير", "بينما", "فيما",
                          # «لم يخلف إصابات، وأن الأضرار تقدر بالملايين»: «وأن / وإن» opens a reported clause of
                          # its own, the negation before it is not the damage's (Arabic pass 84)
                          "وان", "وانه", "وانها"})
_NO_DAMAGE_REACH = 5  # «دون الإبلاغ عن إصابات أو أضرار»


# Arabic pass 88 (tune88): «ولم تبلغ المنظمة عن وفيات أو إصابات», «لم يسجل قتلى ولا جرحى»: harm words joined by «أو /
# ولا» share the negation of the first; the reach of ``_negated`` (five words) is counted from the first of the list,
# which may be a casualty match or a toll noun that is no trigger of its own («وفيات», «خسائر»)
_LIST_JOINS = frozenset({"او", "ولا"})
_LIST_HEADS = frozenset(normalize(w) for w in (
    "وفيات", "وفاة", "حالات", "قتلى", "ضحايا", "خسائر", "أضرار", "إصابات", "جرحى", "مصابين"))


def _negated_by_list(words: list[str], matches: list[PhraseMatch[Trigger]], negated: list[PhraseMatch[Trigger]],
                     negations: frozenset[str]) -> list[PhraseMatch[Trigger]]:
    """Casualty matches right after «أو / ولا» whose word before it is a negated casualty match or toll noun."""
    if _LIST_JOINS.isdisjoint(words):
        return []  # the cheap test: most sentences join no list
    ends = {m.last for m in negated}
    added = []
    for m in sorted(matches, key=lambda m: m.first):
        if m in negated or m.first < 2 or words[m.first - 1] not in _LIST_JOINS or not all(
                t.type in CASUALTY_TYPES for t in m.payloads):
            continue
        head = m.first - 2
        if head in ends or (words[head] in _LIST_HEADS and _negated(words, head, negations)):
            added.append(m)
            ends.add(m.last)
    return added


# Arabic pass 88 (tune88): «دون خسائر بشرية», «دون وقوع خسائر في الأرواح»: no human losses says nobody was hurt, not
# that nothing was damaged (the drone that set a station's tank on fire still hit it); «خسائر مادية أو بشرية» keeps
# its material word and still negates the damage
_HUMAN = frozenset({"بشريه", "البشريه"})


def _human_losses(words: list[str], k: int) -> bool:
    """The damage word at ``k`` is losses of life: «خسائر بشرية», «خسائر في الأرواح»."""
    after = words[k + 1 : k + 3]
    return bool(after) and (after[0] in _HUMAN or after == ["في", "الارواح"])


def no_damage(words: list[str], negations) -> bool:
    """A damage word with a negation up to ``_NO_DAMAGE_REACH`` tokens before it and no turn of clause between."""
    for k, w in enumerate(words):
        if w not in DAMAGE_WORDS or _human_losses(words, k):
            continue
        for j in range(max(0, k - _NO_DAMAGE_REACH), k):
            if words[j] in negations and _CLAUSE_TURN.isdisjoint(words[j + 1 : k]):
                return True
    return False


# «راجل غرق في البحر وهو يصطاد», «غرق شاب في شط الشعاب», «غرقت طفلة في بركة»: one person drowned, the verb with one
# victim noun beside it (Arabic pass 96): a bather's or a fisherman's drowning is an accident, as «غرقا» above; migrants,
# a boat or a perpetrator keep the event (checked by the caller)
_DROWNED = frozenset({"غرق", "غرقت"})


def _one_drowned(words: list[str]) -> bool:
    """«غرق / غرقت» with a singular victim noun right before or after it («جثة راجل غرق», «غرق شاب»)."""
    for k, word in enumerate(words):
        if strip_and(word) in _DROWNED and (
                (k + 1 < len(words) and singular_victim(words[k + 1])) or (k > 0 and singular_victim(words[k - 1]))):
            return True
    return False


def _perpetrators_fought_or_died(words: list[str], matches: list[PhraseMatch[Trigger]],
                                 context_matches: list[PhraseMatch[str]]) -> bool:
    """Every perpetrators cue of the sentence names a fight's other party ("killed in a clash with gunmen", English
    pass 30; «في اشتباك مع مسلحين») or the armed men who are the dead («مقتل أربعة مسلحين»; Arabic Libya-precision
    pass, twentieth session): no attacker of protected people is named."""
    cues = [c for c in context_matches if "perpetrators" in c.payloads]
    armed_dead = armed_men_killed_at(words, matches, cues)
    return all(_english_clash_party(words, c) or _arabic_clash_party(words, c) or c.first in armed_dead for c in cues)


def analyse_sentence(tokens: list[Token], gassed: bool = False, skip: frozenset = frozenset()) -> SentenceResult:
    """Candidates and counts of one sentence (tokens already normalised); ``gassed``: the sentence before tells tear
    gas fired (English pass 52: the breathing trouble treated in this one is its harm); ``skip``: finders that find
    nothing in this sentence's document (``incident_finders.finders_ruled_out``: the document has no word or piece
    their first test asks for), not called (speed pass 17)."""
    lex = load_lexicons()
    words = list(map(TOKEN_TEXT, tokens))  # (each token's text, read at C level; speed passes 8 and 14)
    joined = " ".join(words)  # for the detectors' cheap substring tests: they run on every sentence
    latin = _LATIN_LETTER.search(joined) is not None  # an English word may be in the sentence (speed passes 7, 9)
    matches = lex.triggers.find(tokens, words)  # (most sentences start no trigger: an all-dead gate, speed pass 16)
    if _fishing_boat_fired_on not in skip and (not matches or not any(
            t.type == PROPERTY and t.strength >= STRONG for m in matches for t in m.payloads)):
        matches += _fishing_boat_fired_on(words, joined)  # (no match: no generator; speed pass 14)
    matches += [] if _split_killings in skip else _split_killings(words, matches, joined)
    matches += [] if _remains_unearthed in skip else _remains_unearthed(words, matches)  # «عثرت فرق ... على رفات خمسة أشخاص» (Arabic pass 54)
    matches = _died_after_wounding(words, matches)  # «فارقت ... الحياة، بعد يومين من إصابتها» (Arabic pass 54)
    matches = exposure_opens_wound(words, matches)  # «تعرض عنصران ... لكسور» (Arabic injured paraphrase pass)
    matches += [] if _outlets_blocked in skip else _outlets_blocked(words, joined)
    matches += [] if _migrants_sold in skip else _migrants_sold(words, joined)  # «مسلحون باعوا 14 مهاجرا» (Arabic pass 71)
    matches += [] if _families_made_to_pay in skip else _families_made_to_pay(words, joined)  # «ويطالبون ذويهم بدفع 3000 دولار» (Arabic pass 71)
    matches += [] if _remains_recovered in skip else _remains_recovered(words, matches)  # «انتشلت فرق البحث رفات أربعة أشخاص» (Arabic pass 71)
    matches += [] if _martyrs_and_wounded in skip else _martyrs_and_wounded(words, matches)  # «شهيد و3 جرحى» (Arabic pass 78)
    matches += [] if _fired_inside in skip else _fired_inside(words, joined)
    matches += [] if _fire_set in skip else _fire_set(words, joined)
    matches += [] if _stormed in skip else _stormed(words, joined)
    matches += [] if _sent_back_to_prison in skip else _sent_back_to_prison(words, joined)  # «إعادة الصحفي إلى السجن» (real posts pass 4)
    matches += [] if _time_in_prison in skip else _time_in_prison(words, joined)  # «يكمل عامه الثالث داخل السجون» (real posts pass 4)
    matches += [] if _trees_destroyed in skip else _trees_destroyed(words, joined)  # «مستوطنون يقتلعون 200 شجرة زيتون» (real posts pass 4)
    matches += [] if _civic_office_stormed in skip else _civic_office_stormed(words, joined)  # «اقتحم مسلحون مقر قناة» with no other trigger (pass 60)
    matches += [] if _ngo_office_stormed in skip else _ngo_office_stormed(words, joined)  # «اقتحم عناصر جهاز ... مقر منظمة» (Arabic pass 71)
    matches += [] if _fired_at_victims in skip else _fired_at_victims(tokens, words, joined)
    # each English finder below needs an English word of its own (every one is gated by one: a word of a set of
    # English words or a literal), so none finds anything without a Latin letter in the sentence (speed pass 9)
    if latin:
        matches += _english_verbs_on_people(words, joined)
        matches += _english_taken_to_detention(words)
        matches += _english_taken_away_by(words)
        matches += _english_people_hurt(words)  # "a colleague was hurt", "At least 6 hurt" (English pass 43)
        matches += _english_association_members_held(words)
        matches += _english_forced_into_car(words)
        if not any(t.type == "arbitrary_detention" for m in matches for t in m.payloads):
            matches += _english_took_away(words)  # (beside a raid or an arrest word, the taking away is that detention)
        matches += _english_held_without_charge(words)
        matches += _english_tear_gas_breathing(words, gassed)  # "treated for breathing problems" after tear gas (pass 32)
        matches += _english_smoke_breathing(words)  # "treated for smoke inhalation" (English pass 43)
        if words and words[0].isascii():  # English pass 33: incidents told indirectly
            if not any(t.type == "enforced_disappearance" and t.strength >= STRONG for m in matches for t in m.payloads):
                matches += _english_fate_unknown(words)  # "the whereabouts of X, arrested ..., remain unknown"
            matches += _english_summoned_not_released(words)  # "went to ... after a summons and has not been released"
            if not any(t.type == "killing" and t.strength >= STRONG for m in matches for t in m.payloads):
                matches += _english_body_found_shot(words)  # "a body bearing gunshot wounds was found"
            if "casualties" in words:
                matches += _english_casualties_split(words)  # "caused five casualties, one of whom died" (English pass 36)
                matches += _english_casualties_among(words)  # "causing casualties among residents" (English pass 37)
            if "remains" in words and not any(t.type == "killing" and t.strength >= STRONG for m in matches for t in m.payloads):
                matches += _english_remains_of_people(words)  # "recovered the remains of at least nine people" (pass 37)
            if "dead" in words and not any(t.type == "killing" and t.strength >= STRONG for m in matches for t in m.payloads):
                matches += _english_dead_toll(words)  # "Several dead reported near the market"
        matches += _english_held_passive(words)
        matches += _english_civic_office_closed(words)  # "a rights group's office was sealed" (English pass 45)
        matches += _english_missing_since_fighting(words, matches)
        matches += _english_captives_shot(words)
        if not any(t.type == "injury" for m in matches for t in m.payloads):
            matches += _english_shot_in_body(words)  # "shot his driver in the arm" (English pass 26)
        if "in" in words and not any(t.type == "injury" for m in matches for t in m.payloads):
            matches += _english_hit_in_part_by(words)  # "hit in the head by a stray bullet" (English pass 36)
    # «إن الاتصال انقطع بالطبيب» (pass 56); not twice where the lexicon's «انقطع الاتصال به» matched
    if _contact_cut not in skip and (cut := _contact_cut(words)):  # (most sentences: none, no comprehension; pass 17)
        matches += [m for m in cut if not any(x.first <= m.last and m.first <= x.last for x in matches)]
    if _lost_body_part not in skip and (not matches or not any(t.type == "injury" for m in matches for t in m.payloads)):
        matches += _lost_body_part(words)  # «فقد طفل ساقه في انفجار لغم»: a limb lost, one hurt (Arabic pass 86)
    matches += [] if _died_of_assault in skip else _died_of_assault(words, matches)  # «أطلق النار على شقيقته، ما أدى إلى وفاتها» (Arabic pass 92)
    if _struck_with_knife not in skip and (not matches or not any(t.type in ("injury", "killing") for m in matches
                                                                   for t in m.payloads)):
        matches += _struck_with_knife(words)  # «اللي ضربها راجلها بالسكين»: a knife's blow on one (Arabic pass 96)
    if not matches:
        # «انتحار طالب»: no incident, its count (Arabic pass 64); one found dead or a suicide with no death word
        # («العثور على شاب منتحرا», «عثرت على شاب في الثلاثين متوفى داخل منزله»: Arabic pass 118)
        return SentenceResult([], suicide_death(words) or found_self_killed(words) or (
            {"killed": found} if (found := found_in_dead_state(words)) else {}))
    if not SELF_KILLED.isdisjoint(words) and all(t.type == "killing" for m in matches for t in m.payloads):
        # «عثر على شاب منتحرا ... وفتحت تحقيقا في ملابسات الوفاة»: the death words are the suicide's (Arabic pass 78)
        return SentenceResult([], found_self_killed(words))
    present = frozenset().union(*map(word_forms, words))  # every form of every word, for the «any word» tests
    # «عثر صباح اليوم على جثة»: «اليوم على» is today's find, not «700 يوم على» (how long since)
    # «دورية للحرس الوطني» (a patrol, also «دوريات») shares its stem with «الدوري» (a league): no sport word
    context_matches = [m for m in lex.context.find(tokens)
                       if not ("since" in m.payloads and words[m.first].lstrip("وف").startswith("ال"))
                       and not (set(m.payloads) == {"figurative"} and word_forms(words[m.first]) & _NOT_SPORT)
                       and not _trade_workshop(words, m) and not english_cue_misread(words, m)
                       and not _agency_name(words, m) and not _fight_not_campaign(words, m)
                       and not _act_on_anniversary(words, m)  # «اعتقل في ذكرى الثورة» (real posts pass 5)
                       and not _part_in_meeting(words, m)  # «بعد حديثها في ندوة» (Arabic pass 122)
                       and not _target_of_attack(words, m)
                       # «انقطاع التيار», «حالات إصابة بطلق ناري», «نقص السيولة», «أربع حالات», «طالبت بتقديم الجناة إلى
                       # المحاكمة»: the misreads a headline's frame skips too (passes 49, 53, 54, 68, 78)
                       and not misread_cue(words, m)
                       and not _guarding_duty(words, m) and not _help_team(words, m)
                       and not _fake_checkpoint(words, m) and not _threats_received(words, m)
                       and not _prices_protested(words, m) and not _shooters_vehicles(words, m)
                       and not _cautious_calm(words, m)  # «هدوء حذر»: cautious, no warning (Arabic pass 60)
                       and not _crew_boat_seized(words, m)  # «إثر حجز مركبهم»: the crew's boat (pass 49)
                       and not _ransom_sum(words, m)
                       and not _match_celebrated(words, m)  # «رصاص أطلق احتفالا بنتيجة مباراة» (Arabic pass 74)
                       and not _pitch_shelled(words, m)  # «قذيفة طاحت على ملعب الحي» (Arabic pass 128)
                       and not ("combatants" in m.payloads and words[m.first].isascii() and (
                           _english_police_knifed(words, m) or _english_status_asked(words, m)
                           or _english_police_robbed(words, m)))
                       and not (set(m.payloads) == {"disease"} and m.first == m.last and words[m.first] in _PATIENTS_PLURAL)]
    where = _positions(context_matches)
    if "سراح" in words and (freed := split_release(words)):
        where.setdefault("release", []).extend(freed)  # «أطلقت السلطات سراح الناشطة» (Arabic pass 60)
    if words[0].isascii() and not _EN_REJECTING.isdisjoint(words):
        where.setdefault("denial", []).extend(_english_rejected_claims(words))
    wanted = wanted_for(words) if not WANTED.isdisjoint(words) else []
    if wanted:
        where.setdefault("charge", []).extend(wanted)  # «مفتش عنه لفائدة المحكمة ... من أجل القتل» (Arabic pass 134)
    if not PRISON_TERMS.isdisjoint(words) and (terms := prison_term(words)):
        where.setdefault("court", []).extend(terms)  # «سجن مهرب تونسي 18 عاما بسبب غرق مركب» (Arabic pass 144)
    if latin and not _EN_SPLIT_CHARGES.keys().isdisjoint(words) and (split := english_split_charges(words)):
        where.setdefault("charge", []).extend(split)  # "charged three Libyans with torturing" (English pass 44)
    context = set(where)
    if "perpetrators" in context and _perpetrators_fought_or_died(words, matches, context_matches):
        context.discard("perpetrators")
    if words[0].isascii() and english_owner_men(words):
        context.add("perpetrators")  # "seized ... by Ghneiwa's men" (English pass 25)
    if "accident" in context and deliberate_harm(words, present):
        context.discard("accident")  # «دهسه سائق سيارة عمدا»: run over on purpose, an attack (tune40)
    if "accident" in context and shot_by_someone(words, present):
        context.discard("accident")  # «مقتل صياد برصاص حرس الحدود في بحيرة»: shot, not drowned (Arabic pass 71)
    if "accident" in context and body_bears_marks(words):
        context.discard("accident")  # «انتشلت الحماية المدنية جثة ... تحمل آثار طلقات»: shot, not fallen (Arabic pass 106)
    if "accident" in context and errand_accident(words, where["accident"]):
        context.discard("accident")  # «للاعتداء ... أثناء نقل مصاب في حادث سير»: the crew's errand (Arabic pass 147)
    if "accident" in context and boat_overturned(words, where["accident"]):
        context.discard("accident")  # «زورقا يقل 40 مهاجرا انقلب»: a capsizing (Arabic pass 92), an accident only
        context.add("capsized")  # where no migrants are among the victims (below)
    if "accident" in context and latin and _english_strike_fire(words, present):
        context.discard("accident")  # "a drone hit the ship, causing a fire and wounding two" (English pass 44)
    if _found_safe(words):
        context.add("rescue")
    if words[0].isascii() and _english_match_score(words):
        context.add("figurative")
    # a tally's figures count no event's victims, nor a drill's simulated ones («إجلاء 30 مصابا افتراضيا»)
    # (the English tests need an English word each: only where the sentence has a Latin letter, speed pass 9)
    tally = (_case_tally(words) or (latin and _english_so_far(words)) or _period_tally(words) or (
        latin and _english_series_rank(words, matches))
             or (_latin_start(words) and _english_year_figure(words, matches)) or bool(_SIMULATED.intersection(words))
             or _year_tally(words)  # «تعرفت خلال سنة 2026 على هويات 57 رفاتا»: a year's figures, no event's dead
             or part_of_year(words)  # «خلال الربع الثاني من العام»: a quarter's figures (Arabic pass 53)
             or months_summed(words)  # «بين أبريل ويونيو», «47 ضحية في ثلاثة أشهر»: months' figures (Arabic pass 54)
             or report_counted(words)  # «وكان التقرير السابق قد أحصى 39 ضحية»: a report's figures (Arabic pass 54)
             or wounded_sent_abroad(words)  # «إيفاد 60 جريحا للعلاج في تونس»: a programme's wounded (pass 53)
             or first_aid_course(words)  # «دورة الإسعافات الأولية ... التعامل مع الجروح»: nobody hurt (Arabic pass 78)
             or inquiry_into_past(words)  # «لجنة تحقيق في الاشتباكات التي شهدتها ... الشهر الماضي» (Arabic pass 86)
             or (latin and english_dead_or_missing_figure(words))  # "210 people had died or gone missing": IOM's tally
             or (latin and _english_month_figure(words))  # "... during March, the ministry said in its monthly report"
             or (latin and _english_drill(words))  # "volunteers playing 40 'wounded' passengers" (English pass 60)
             or _arabic_drill(words))  # «تمرين محاكاة لاستقبال 40 مصابا في انفجار وهمي» (Arabic pass 143)
    tally = tally or _large_case_tally(words)  # «2000 حالة اختفاء قسري منذ 2014»: a record (pass 49)
    if tally or last_century_year(words) or (latin and (_english_period_tally(words) or (
            english_tally_since(words)))) or (context & {"charge", "proceedings"} and _english_years_span(words)) or (
            latin and (_english_call_for_unnamed(words) or _english_call_on_to_free_all(words))):
        context.add("general")
    spent = _time_spent_may_fire(words, present)  # (each filter's gate asked once a sentence; speed pass 13)
    matches = [m for m in matches if not _is_idiom(words, m, lex.idiom_objects) and not (spent and _time_spent(words, m))]
    matches = [m for m in matches
               if not (all(t.type == "arbitrary_detention" for t in m.payloads) and _is_place_word(words, m))]
    # «أوقفوا القافلة», «إيقاف الشاحنة»: a vehicle stopped, nobody arrested (its people are named on their own)
    matches = [m for m in matches if not (all(t.type == "arbitrary_detention" for t in m.payloads)
                                          and m.last + 1 < len(words) and word_forms(words[m.last + 1]) & _VEHICLES)]
    # (each filter below that needs a word of its own runs only where the sentence has one: speed pass 13)
    demined = _mines_cleared_may_fire(words, present)
    judged, acknowledged = _class_act_judged_may_fire(words, present), _acknowledged_act_may_fire(words, present)
    horrors, repeated = _horrors_lived_may_fire(words, present), _repeated_acts_condemned_may_fire(words, present)
    conscience = _conscience_as_a_cause_may_fire(words, present)
    recurring = _recurring_acts_may_fire(words, present)
    protection = _plural_acts_condemned_may_fire(words, present)
    law, cause = _crime_named_by_a_law_may_fire(words, present), _missing_as_a_cause_may_fire(words, present)
    penalty = _crimes_under_penalty_may_fire(words, present)
    goods, route = _goods_trafficked_may_fire(words, present), _smuggling_route_may_fire(words, present)
    sentenced = _sentence_passed_may_fire(words, present)
    killing_told = any(t.type == "killing" for m in matches for t in m.payloads)  # (``_scoped_killing_means`` needs one)
    matches = [m for m in matches if not _scoped_out(m, words, where) and not (demined and _mines_cleared(words, m))
               and not (killing_told and _scoped_killing_means(words, m, matches, where))  # «... التي قتلت برصاص» (pass 102)
               and not _demanded(words, m) and not _not_harm_to_people(words, m)
               and not _no_new_killing(words, m) and not (conscience and _conscience_as_a_cause(words, m))
               and not (judged and _class_act_judged(words, m))  # «سجن الصحفيين إسكات لصوت الحقيقة» (real posts pass 5)
               and not (acknowledged and _acknowledged_act(words, m))  # «باعتراف باريس بمسؤولية جيشها في اغتيال» (pass 6)
               and not _deserved(words, m) and not _protected_from(words, m)  # «يستحقون الإعدام» (pass 6)
               and not (horrors and _horrors_lived(words, m))  # «ذاق ويلات الاختطاف والتعذيب» (real posts pass 6)
               and not _named_known_killing(words, m)  # «بعد مقتل سليماني» (real posts pass 6)
               and not (repeated and _repeated_acts_condemned(words, m))  # «تدين الاعتداءات المتكررة على» (pass 64)
               and not (recurring and _recurring_acts(words, m))  # «يشتكون من تكرر الاعتداءات عليهم» (pass 130)
               and not (protection and _plural_acts_condemned(words, m))  # «يدين الاعتداءات على الصحفيين ويطالب بحمايتهم» (71)
               and not (law and _crime_named_by_a_law(words, m)) and not (cause and _missing_as_a_cause(words, m))
               and not (penalty and _crimes_under_penalty(words, m))  # «تشديد العقوبات في جرائم قتل النساء» (pass 60)
               and not (goods and _goods_trafficked(words, m)) and not (route and _smuggling_route(words, m))
               and not (sentenced and _sentence_passed(words, m)) and not _unknown_source(words, m)
               # each English filter of this group is true only with an English word in the sentence (``latin``)
               and not (latin and (_english_harm_denied(words, m)
               or _english_attributive(words, m) or _english_unexploded(words, m)
               or _english_identified(words, m) or english_arrested_over(words, m)
               or english_suspect_held_for(words, m)  # (English pass 66)
               or _english_called_for_all(words, m) or _english_hit_in_body(words, m)
               or _english_thing_hit(words, m)  # "the tank was hit by bullets" (English pass 29)
               or (words[0].isascii() and _english_care_for_class(words, m))  # "funds to treat the wounded" (pass 30)
               or _english_torture_for_us(words, m) or _english_thing_executed(words, m)
               or _english_crimes_including(words, m) or _english_years_since(words, m)
               or _english_years_after(words, m)
               or _english_settlement_attacked(words, m) or _english_warning_only(words, m)
               or _english_release_welcomed(words, m) or _english_judged_act(words, m)
               or _english_thing_hostage(words, m)
               or _english_missing_as_topic(words, m)))  # "share data on missing minors" (English pass 51)
               and not (words[0].isascii() and (_english_dated_past(words, m) or _english_recalled(words, m)
                                            or _english_hurt_in_past(words, m)  # (English pass 66)
                                            or english_year_named_act(words, m, where)
                                            or _english_harm_called_pattern(words, m)
                                            or _english_year_saw(words, m)  # "2025 saw more detention" (pass 35)
                                            or _english_fire_on_arrest(words, m)  # "opened fire when ordered to surrender"
                                            or _english_detention_protested(words, m)
                                            or _english_trafficking_use(words, m)
                                            or _english_protest_fire(words, m)
                                            or _english_faced(words, m)
                                            or _english_court_account(words, m)
                                            or _english_testimony_to_come(words, m)  # (English pass 69)
                                            or _english_gone_then_found(words, m)
                                            or _english_amends_for(words, m)
                                            or _english_hurt_discharged(words, m)  # (English pass 42)
                                            # "No kidnapping was reported", "called the tackling a massacre",
                                            # "years of killings", "citing torture and ...": no event (pass 31)
                                            or _english_no_harm(words, m) or _english_harm_as_a_name(words, m)
                                            or _english_years_of_harms(words, m)
                                            or _english_harms_cited(words, m)
                                            or _english_held_for_years(words, m)  # (English pass 55)
                                            # "the shells were fired from ...", "players were stretchered off
                                            # injured": an origin, a sport injury (pass 31)
                                            or _english_fired_from(words, m) or _english_players_hurt(words, m)
                                            or _english_amends_to_person(words, m)  # (English pass 32, and below)
                                            or _english_networks_policed(words, m)
                                            or _english_generic_missing(words, m)
                                            # "briefly abducted" in a past year, "11 journalists were detained in
                                            # 2025": the past, a year's figure (English pass 44)
                                            or _english_held_briefly_past(words, m)
                                            or _english_held_year_figure(words, m)
                                            or _english_year_named_event(words, m)))]
    appeal, whether = _appeal_may_fire(words, present), _asked_whether_may_fire(words, present)
    matches = [m for m in matches if not (appeal and _appeal(words, m)) and not (whether and _asked_whether(words, m))]  # «الطعن أمام المحكمة العليا»: an appeal (pass 49)
    # «برنامجا ... يستهدف 20 ألف طفل», «داعية إلى الإفراج عن جميع المحتجزين»: a scheme's beneficiaries, a call for all
    # detainees (Arabic pass 54)
    scheme = _scheme_beneficiaries_may_fire(words, present)  # (speed pass 13)
    matches = [m for m in matches if not (scheme and _scheme_beneficiaries(words, m)) and not _all_detainees_called_free(words, m)]
    matches = _assaulters_grievance(words, matches)
    if not present.isdisjoint(_FICTION) and not present.isdisjoint(_PLOT):
        matches = [m for m in matches if not _fiction_plot(words, m.first)]  # «ويروي الفيلم قصة جريمة قتل» (tune40)
    if not present.isdisjoint(_FICTION) and "عن" in words:
        matches = [m for m in matches if not _film_about(words, m.first)]  # «وثائقي تونسي عن سجناء الرأي» (pass 60)
    no_casualty_at = where.get("no_casualties", [])
    if no_casualty_at:  # (none: the filter keeps every match; speed pass 13)
        matches = [m for m in matches if not (any(t.type in CASUALTY_TYPES for t in m.payloads)
                                              and any(0 <= m.first - n <= 4 for n in no_casualty_at))
                   and not _fire_that_hurt_nobody(words, m, no_casualty_at)]
    if not DAMAGE_WORDS.isdisjoint(words) and no_damage(words, lex.negation_words):
        # «دون تسجيل إصابات أو أضرار», «لم تسجل أي أضرار مادية»: shelling that damaged nothing (Arabic pass 74)
        matches = [m for m in matches if any(t.type != "attack_on_property_or_infrastructure" for t in m.payloads)]
    negated = [m for m in matches if all(t.type in CASUALTY_TYPES for t in m.payloads)
               and _negated(words, m.first, lex.negation_words)]
    negated += _negated_by_list(words, matches, negated, lex.negation_words)  # «لم تبلغ عن وفيات أو إصابات» (Arabic pass 88)
    negated_tolls = [m.last for m in negated]
    # «ولم تعلن أي جهة سقوط ضحايا مدنيين في الهجوم أو في الضربات»: a weak casualty word told as the occasion of a
    # negated toll is where no one was hurt (the attack, the strikes), no harm of its own
    if negated:  # (none negated, no toll: the filter keeps every match; speed pass 13)
        matches = [m for m in matches if m not in negated and not (
            all(t.type in CASUALTY_TYPES and t.strength < STRONG for t in m.payloads)
            and m.first > 0 and words[m.first - 1] in _OCCASION
            and any(0 < m.first - k <= _AFTER_NEGATED_TOLL for k in negated_tolls))]
    if not _ANY.isdisjoint(words):
        matches = [m for m in matches if not _none_of_any(words, m, lex.negation_words)]
        matches = [m for m in matches if not stance_on_any(words, m)]  # «أدان أي استهداف للمدنيين» (pass 68)
    if not ENCOURAGING.isdisjoint(present):  # «يشجع على استهداف الصحفيين»: acts encouraged (Arabic pass 136b)
        matches = [m for m in matches if not encouraged_act(words, m)]
    # «تفريق مظاهرة للاحتجاج على إعدام مواطنين»: executions protested are the protest's grievance (a state's
    # sentence carried out), the news is the protest
    if "اعدام" in present:  # (each filter below runs only where its words are in the sentence: speed pass 10)
        matches = [m for m in matches if not (word_forms(words[m.first]) & {"اعدام"}
                                              and form_before(words, m.first, _PROTESTING, 2))]
    # «وقفة للتنديد بالاعتداءات المتكررة على الإطارات الطبية»: repeated attacks protested are a grievance, no event
    if not _REPEATED.isdisjoint(words):
        matches = [m for m in matches if not (m.last + 1 < len(words) and words[m.last + 1] in _REPEATED
                                              and form_before(words, m.first, _PROTEST_CONDEMNING, 2))]
    # «متهمون بالتحريض على العنف»: violence incited (a charge or a claim), not done
    if not present.isdisjoint(_INCITING):
        matches = [m for m in matches if not form_before(words, m.first, _INCITING, 2)]
    # «أن جرائم القتل تركزت في الأحياء الجنوبية», «تراجع جرائم خطف المركبات», «بجرائم قتل وتعذيب»: a harm right after the
    # plural «جرائم / قضايا» names a class of crime (a statistic, a trend, a charge), no act told (Arabic pass 92); the
    # singular «جريمة قتل» is a killing told
    # (not crimes committed: «مسلحين ارتكبوا جرائم قتل بحق مدنيين» tells the acts, pass 60's guard)
    if not present.isdisjoint(_CRIME_CLASSES):
        matches = [m for m in matches if not (form_before(words, m.first, _CRIME_CLASSES, 1)
                                              and not form_before(words, m.first - 1, _COMMITTED, 2))]
    # «للمطالبة بكشف قتلة الشاب», «محاسبة قتلة الصحفي»: «قتلة» (killers; «قتله» once normalised) after a noun of demand or
    # pursuit is who killed, named as those to be found, no killing told of its own (Arabic pass 92); not «أقدم على
    # قتله» (killed him: «على» is no such noun)
    if not _KILLERS.isdisjoint(words):
        matches = [m for m in matches if not (m.first == m.last and words[m.first] in _KILLERS and m.first > 0
                                              and word_forms(words[m.first - 1]) & _PURSUED)]
    # «ضربوهن وهددوهن بالاغتصاب», «تهديدها بالاعتداء الجنسي»: sexual violence threatened, not done (the guide: threats
    # are no incident; Arabic pass 92, as «تهديد العاملين بالقتل» below)
    if not present.isdisjoint(_THREATENED):
        matches = [m for m in matches if not (all(t.type == "sexual_violence" for t in m.payloads)
                                              and form_before(words, m.first, _THREATENED, 2))]
    # «الدعوة لوقف إطلاق النار»: a ceasefire, not a shooting
    if "وقف" in present or "ايقاف" in present:
        matches = [m for m in matches if not form_before(words, m.first, {"وقف", "ايقاف"}, 2)]
    # «أن أعرف إن كان ابني حياً أم ميتاً»: a fate asked about, not a death told (Libyan outlets pass 2)
    if not _OR.isdisjoint(words):
        matches = [m for m in matches if not (m.first >= 2 and words[m.first - 1] in _OR
                                              and word_forms(words[m.first - 2]) & _ALIVE)]
    # «تهديد العاملين بالقتل», "threatened to kill", «خططت لقتل»: a threat or a plot, not a killing
    if not present.isdisjoint(_THREAT):
        matches = [m for m in matches if not (any(t.type == "killing" for t in m.payloads)
                                              and form_before(words, m.first, _THREAT, 3))]
    # «جثة شاب مصاب بطلقات»: the wound describes the dead, it is no second harm
    killing_at = {m.last for m in matches if any(t.type == "killing" for t in m.payloads)}
    if killing_at:  # (no killing word: each filter below reads none, keeps every match; speed pass 13)
        matches = [m for m in matches if not (all(t.type == "injury" for t in m.payloads) and words[m.first] in (
            "مصاب", "مصابا") and any(0 < m.first - k <= 3 for k in killing_at))]
        # «تصفية مقاتلين جريحين»: the wounded state of the ones killed, no second harm (pass 49)
        matches = [m for m in matches if not _wounded_state_of_the_killed(words, m, killing_at)]
    if killing_at and words[0].isascii():  # "A wounded fighter was shot dead in his hospital bed" (English pass 32)
        matches = [m for m in matches if not english_wounded_state_of_killed(words, m, matches)]
    # «إن الجرحى «أخرجوا من سيارة إسعاف وقتلوا»»: the wounded who were killed (Arabic pass 54)
    killing_first = {m.first for m in matches if any(t.type == "killing" for t in m.payloads)}
    if killing_first:  # (speed pass 13)
        matches = [m for m in matches if not _wounded_then_killed(words, m, killing_first)]
    # "died on Friday after being hit by a stray bullet", "died after he was shot in the leg": the English twin, the
    # wound told in a passive right after "after" is how the victim died (English pass 27)
    if killing_at and "after" in words:  # (the filter's own words; speed pass 13)
        matches = [m for m in matches if not (all(t.type == "injury" for t in m.payloads) and words[m.first].isascii()
                                              and _english_died_after_wound(words, m.first, killing_at)
                                              and not _others_hurt(words, m.last))]
    # «لقي حتفه بعد أن أصابته رصاصة طائشة»: the bullet that hit him is how he died, no second harm
    if killing_at:  # (speed pass 13)
        matches = [m for m in matches if not (all(t.type == "injury" for t in m.payloads)
                                              and word_forms(words[m.first]) & _HIT_VERBS and m.last + 1 < len(words)
                                              and word_forms(words[m.last + 1]) & BULLETS
                                              and any(0 < m.first - k <= _MEANS_REACH or (0 < m.first - k and _after_event(
                                                  words, m.first)) for k in killing_at))]
    # «وصل جثة هامدة وبه ثلاث إصابات», «عثر على جثته وعليها آثار جروح»: the wounds describe the dead, no second harm
    # (not «انتشال جثة وإصابة 3 آخرين»: counted people hurt besides); traces («آثار ضرب») anywhere after the body
    # are on it («جثة مسن ... داخل منزله بمدينة ...، وعليها آثار ضرب»)
    body_at = [k for k, w in enumerate(words) if word_forms(w) & _DEAD_BODY] if present & _DEAD_BODY else []
    if body_at:  # (no body word: the filter keeps every match; speed pass 13)
        matches = [m for m in matches if not (all(t.type == "injury" for t in m.payloads)
                                              and any(0 < m.first - k <= (_WOUNDS_REACH_EN if words[k].isascii() else _WOUNDS_REACH)
                                                      or (words[k].isascii() and 0 < m.first - k and words[m.first - 1] in _WITH_WOUNDS)
                                                      or (0 < m.first - k and "اثار" in word_forms(words[m.first]))
                                                      or _body_found_wounded(words, k, m.first)
                                                      for k in body_at)
                                              and not _others_hurt(words, m.last)
                                              and not _counted_wounded(words, m.first))]
    # «قذائف سقطت قرب منازلهم»: shells that fell near homes struck none (a weak property trigger only)
    if _fell_near_may_fire(words, present):  # (speed pass 13)
        matches = [m for m in matches if not (all(t.type == PROPERTY and t.strength < STRONG for t in m.payloads)
                                              and _fell_near(words, m.last))]
    # «وفاة سيدة ... بعد تعرضها لضرب مبرح»: the beating is how she died, no second harm
    if killing_at:  # (speed pass 13)
        matches = [m for m in matches if not (all(t.type == "injury" for t in m.payloads)
                                              and word_forms(words[m.first]) & _BEATING
                                              and any(0 < m.first - k <= _BEATEN_TO_DEATH_REACH
                                                      and form_before(words, m.first, _AFTER_EVENT | {"جراء"}, m.first - k)
                                                      for k in killing_at))]
    # «منشور عن العنف الأسري», «حماية النساء من العنف»: violence as a topic, no assault told
    if "العنف" in present:  # (speed pass 13)
        matches = [m for m in matches if not (all(t.type == "injury" and t.strength < STRONG for t in m.payloads)
                                              and word_forms(words[m.first]) & {"العنف"} and m.first > 0
                                              and word_forms(words[m.first - 1]) & _TOPIC_BEFORE)]
    matches = _hits_on_things(tokens, words, matches)
    if not DAMAGED_AFTER_HIT.isdisjoint(words):  # «المزرعة أصيبت بأضرار»: a thing damaged (Arabic pass 137)
        matches = _damaged_things(words, matches)
    # "The three were taken to a military hospital", "took him to hospital": a transfer to care, no abduction (pass 21)
    if "to" in words:  # (speed pass 13)
        matches = [m for m in matches if not (all(t.type == "abduction" and t.strength < STRONG for t in m.payloads)
                                              and words[m.first].isascii() and english_taken_to_care(words, m.last))]
    # «سماع دوي إطلاق نار كثيف»: gunfire heard hurts nobody by itself (a weak trigger only); so is the gunfire told
    # after it in the sentence («سمعنا إطلاق نار ... ثم تبعه إطلاق نار»)
    matches = [m for m in matches if not (all(t.strength < STRONG for t in m.payloads) and _heard(words, m))]
    # «مستشفى ميدانيا لاستقبال جرحى قطاع غزة», «لعلاج جرحى الحرب»: the wounded a facility is for are its purpose, no
    # harm told (the casualty noun only: «أصيب خمسة ... ونقلوا إلى مستشفى لاستقبال الجرحى» keeps «أصيب»; pass 68)
    wounded_noun = not _WOUNDED_NOUNS.isdisjoint(words)  # (the gates below: each filter's own word; speed pass 10)
    if wounded_noun:
        matches = [m for m in matches if not (m.first == m.last and words[m.first] in _WOUNDED_NOUNS and (
            (m.first > 0 and words[m.first - 1] in _FOR_THE_WOUNDED) or _facility_receives(words, m.first)
            or _able_to_receive(words, m.first)))]
    # «نشاطها في التوعية بالعنف الأسري», «حملة لمناهضة العنف ضد المرأة»: violence named as the subject of a body's work
    # (awareness, a campaign against it, its spread), no one hurt (Arabic pass 84; «تعرضت للعنف الأسري» stays)
    if not _VIOLENCE.isdisjoint(words):
        matches = [m for m in matches if not (m.first == m.last and words[m.first] in _VIOLENCE and all(
            t.type == "injury" and t.strength < STRONG for t in m.payloads) and (
            m.first > 0 and words[m.first - 1] in _VIOLENCE_TOPIC))]
    # «مركز لتأهيل ضحايا الألغام», «جمعية ضحايا الألغام»: the victims of mines name what a body or a centre serves, no
    # blast told (Arabic pass 84; «انفجار لغم» is one)
    if not _VICTIMS_OF.isdisjoint(words):
        matches = [m for m in matches if not (m.first > 1 and words[m.first - 1] in _VICTIMS_OF and (
            word_forms(words[m.first - 2]) & _SERVING_HEADS) and all(t.type == "other" for t in m.payloads))]
    # «رئيس الحكومة يزور جرحى اشتباكات الأسبوع الماضي», «تفقد الوزير المصابين»: the hurt an official visits are the
    # visit's object, no harm told (the guide: a visit to the wounded is no incident; Arabic pass 84)
    if wounded_noun or not _SERVED_WOUNDED.isdisjoint(words):
        # (also the wounded whom an appeal for blood donors serves: «نحتاج متبرعين بفصيلة O سالب لجرحى حادث الأمس»;
        # Arabic pass 100)
        visited = [k for k, w in enumerate(words) if w in _WOUNDED_NOUNS and not (
            AR_VISITS.isdisjoint(words[max(0, k - _VISITED_REACH) : k])) or (
            w in _SERVED_WOUNDED and not _DONATION.isdisjoint(words[max(0, k - _VISITED_REACH) : k]))]
        # (and «زار الجرحى في القصف الأخير على حي ...»: the harm that hurt the visited, right after them, is no news
        # of its own either; Arabic pass 100)
        matches = [m for m in matches if not any(k == m.first == m.last or (
            k < m.first <= k + _VISITED_CAUSE_REACH and words[k + 1] in _VISITED_CAUSE_OPENERS) for k in visited)]
    # «مركز الحروق», «قسم للحروق», «المصابين بالحروق»: the definite «الحروق» names a ward or a kind of case; the burns
    # trigger (lexicon `ar_burns`) is for burns suffered, indefinite («تعرض ثلاثة أشخاص لحروق»; Arabic pass 68)
    if "لحروق" in joined:  # (in both endings)
        matches = [m for m in matches if not (m.first == m.last and words[m.first].endswith(("الحروق", "للحروق"))
                                              and all(t.type == "injury" for t in m.payloads))]
    # «إنقاذ 43 مهاجرا من الغرق», «أنقذوا طفلا من موت محقق»: what the rescue averted did not happen
    if "rescue" in where:
        matches = [m for m in matches if not (m.first > 0 and words[m.first - 1] == "من" and any(
            0 < m.first - r <= _RESCUE_REACH for r in where["rescue"]))]
    # «والد الضحية» (a victim's kin speaking), «وفاة المريض», «مريض توفي» (a patient's death), «بسبب وفاة أحد
    # مرافقيهم» (a death that angered the attackers of a hospital): no killing told
    matches = [m for m in matches if not (all(t.type == "killing" and t.strength < STRONG for t in m.payloads) and (
        (m.first > 0 and word_forms(words[m.first - 1]) & (REFERENCE_HEADS | _NAMED_PLACE_HEADS | _REPATRIATION
                                                           | _KIN | _PATIENTS | _GRIEVANCE_CAUSE | _VICTIMS_BODY_HEADS))
        or (m.last + 1 < len(words) and word_forms(words[m.last + 1]) & _PATIENTS)
        or _bodies_examined(words, m)))]
    # «ويذكّر بمقتل متطوعيه السابقين», «وتذكير باغتيال»: the harm a statement reminds of is an earlier one (pass 108)
    if _reminded_of_may_fire(words, present) or _pictures_of_dead_may_fire(words, present):  # (speed pass 13)
        matches = [m for m in matches if not _reminded_of(words, m) and not (
            all(t.type == "killing" for t in m.payloads) and _pictures_of_dead(words, m))]  # «صور الشاب القتيل»
    # «بالكشف عن قتلة شاب»: «قتلة» (normalised «قتله») is the killers, not "killed him" (what is asked of the killers
    # right before them, «محاسبة قتلة», is read above with ``_PURSUED``)
    matches = [m for m in matches if not (m.first == m.last and m.first > 1 and words[m.first] == "قتله" and (
        words[m.first - 1] == "عن" and words[m.first - 2] in _DISCLOSING))]
    # «عن قتلة شاب قتل الشهر الماضي، ما أدى إلى إصابة شخصين»: a death dated last month beside an undated harm told
    # (the news) is the earlier event the news recalls (Arabic pass 108)
    if "الماضي" in joined:  # (also «الماضية»)
        dated = [m for m in matches if _dated_last_span(words, m)]
        if dated and any(m not in dated and any(t.type in CASUALTY_TYPES for t in m.payloads) for m in matches):
            matches = [m for m in matches if m not in dated]
    # "stormed the ward after a relative of theirs died": the attackers' grievance, no killing told (English pass 27)
    matches = [m for m in matches if not (all(t.type == "killing" and t.strength < STRONG for t in m.payloads)
                                          and words[m.first].isascii() and _english_grievance_death(words, m.first))]
    # «وأفاد مصدر أمني بأن الضحية ... أصيب بطعنة»: the victim named is the one hurt, no death told
    if any(t.type == "injury" and t.strength >= STRONG for m in matches for t in m.payloads):
        matches = [m for m in matches if not (_victim_word_only(words, m) and not any(
            t.type == "killing" for other in matches if other is not m for t in other.payloads))]
    # «طفل ضحية اعتداء جنسي», «أحد ضحايا الاعتداء»: the assault's victim, no death (Arabic pass 130)
    if _victim_of_assault_may_fire(words, present):
        matches = [m for m in matches if not _victim_of_assault(words, m)]
    # «أعلنت المديرية القبض على المتهم بإطلاق النار على شاب ...، مشيرة إلى أن الضحية ما زال يتلقى العلاج»: the
    # charged act's victim in an arrest story (a proceeding, the guide), no new harm (Arabic pass 58)
    if "القبض" in words or "بالقبض" in words:
        matches = [m for m in matches if not (_victim_word_only(words, m) and arrest_of_accused(words))]
    # (both filters read only a disappearance-only match: skipped without one; speed pass 13)
    if any(all(t.type == "enforced_disappearance" for t in m.payloads) for m in matches):
        matches = [m for m in matches if not _left_for_unknown(words, m) and not _found_missing(words, m)
                   and not ("تحت" in present and _missing_under_rubble(words, m))]  # (Arabic pass 132)
    # «أطلق ناشطون وأسر مفقودين حملة», «لقصص أسر المفقودين»: the families of the missing as a group, no one missing
    # told (not «عينات الحمض النووي لمطابقتها مع عائلات المفقودين»: remains matched, the missing are their dead)
    remains = bool(present & _REMAINS)
    matches = [m for m in matches if not (not remains and all(t.type == "enforced_disappearance" and t.strength < STRONG
                                                           for t in m.payloads)
                                          and word_forms(words[m.first]) & _MISSING_OF_FAMILIES and m.first > 0
                                          and (word_forms(words[m.first - 1]) & REFERENCE_HEADS
                                               or _families_before_pair(words, m.first)))]
    matches = _killed_by_attack(words, matches)
    matches += [] if _fate_unknown in skip else _fate_unknown(tokens, words)
    matches += [] if _whereabouts_withheld in skip else _whereabouts_withheld(words)
    matches += _gone_after_arrest(words, matches)
    matches += _held_by_captors(words, matches)
    matches += [] if _held_where_smugglers_run in skip else _held_where_smugglers_run(words, matches)  # «احتجزوا في مخزن يديره مهربون» (Arabic pass 71)
    matches += _press_targets(words, matches, where.get("raid", []))
    if not matches:
        return SentenceResult([], {}, None, frozenset(context))

    source_at = {m.first for m in lex.sources.find(tokens, words)}
    harm_ends = {m.last for m in matches}
    harm_starts = {m.first for m in matches}
    victims: set[str] = set()
    kinds = lex.victim_kinds.find(tokens, words)  # only for the categories reports count (`Candidate.categories`)
    named: set[str] = set()
    press_at: list[int] = []
    listed_civilians = False  # women or children listed among the dead (Arabic pass 82)
    for m in lex.victims.find(tokens, words) + kinds:
        if _demand_verb(words, m):
            continue  # «هتافات تطالب بتأمين الحدود», «ويطالب الأهالي»: the verb "to demand", no student (pass 108)
        # «لمراسل الجوهرة», «مراسل #الجزيرة: ...», «اعترافات مصورة», "told reporters": a source, not a victim;
        # but right after a trigger («مقتل مراسل الجزيرة», past a duration: «السجن 7 أعوام لصحفيين») the press
        # word is the victim
        press = set(m.payloads) & PRESS
        is_source = bool(press) and not any(0 < m.first - e <= 3 for e in harm_ends) and (
            any(abs(m.first - s) <= 3 for s in source_at)
            or (words[m.first].startswith("ل") and not words[m.first].startswith("لل")))
        # "Rights groups said a Libyan activist was detained": the press word is the subject of the harm told after
        # the speech verb, a victim (English pass 23)
        is_source = is_source and not _english_harm_subject(words, m.last, harm_starts)
        # «وقال عم الضحية لمراسل الجوهرة»: a reporter written with «ل» after a speech verb is the one told, however
        # near a harm word (the victim named as the speaker's kin; tune40 pass)
        is_source = is_source or (bool(press) and words[m.first].startswith("ل") and not words[m.first].startswith("لل")
                                  and any(0 < m.first - s <= 3 for s in source_at))
        # «أوضح الطبيب المشرف على الفريق أن اللاعب ...», «قال طبيب»: a doctor who speaks is a source
        is_source = is_source or ("medics" in m.payloads and any(0 < m.first - s <= 2 for s in source_at)
                                  and "ان" not in words[max(0, m.first - 2) : m.first])
        # «وقال أحد المحتجين إن البحارة أوقفوا»: one of the protesters who speaks tells of others (Arabic pass 124)
        is_source = is_source or ("protesters" in m.payloads and m.first > 1 and words[m.first - 1] in ONE_OF
                                  and m.first - 2 in source_at)
        body = bool(press) and m.first > 0 and bool(word_forms(words[m.first - 1]) & lex.body_heads)
        # «أرسلوا مقطعاً مصوراً», «في تسجيل مصور»: filmed, an adjective of the clip, no photographer (Libyan outlets pass 2)
        body = body or (bool(press) and m.first > 0 and bool(word_forms(words[m.first - 1]) & _CLIPS))
        # «وجددت ناشطات مطالبتهن», «طالبت ناشطات بسن قانون», «أطلق ناشطون حملة»: the subject of a call, not a victim
        is_source = is_source or (bool(press) and m.first > 0 and bool(word_forms(words[m.first - 1]) & _CALLERS))
        # «أحد المختطفين، في تصريح لمراسل الإذاعة»: the reporter told (a statement's addressee), however near a trigger
        is_source = is_source or (bool(press) and m.first > 0 and bool(word_forms(words[m.first - 1]) & _STATEMENTS))
        # "Journalist ... tortured, lawyer says": the lawyer who speaks, however near a trigger (English)
        is_source = is_source or (bool(press) and words[m.last + 1 : m.last + 2] in _EN_SPEAKS)
        is_source = is_source or _english_speaker(words, m, bool(press)) or counsel_for(words, m.first)
        is_source = is_source or (bool(press) and writing_to_body(words, m.first))  # «رغم مراسلة مكتب» (pass 71)
        # "lawyers demand inquiry", "Activists in Tripoli held vigils": who react to the harm (English pass 54)
        is_source = is_source or (bool(press) and words[m.first].isascii() and english_role_demands(words, m.first))
        is_source = is_source and not _family_speaks_for(words, m.first)
        if _english_minor_harm(words, m):
            continue  # "minor injuries": how light the harm was, no child
        if _foreign_fighters(words, m):
            continue  # «تجمع لمرتزقة أجانب»: the fighters' nationality, no migrants (Arabic pass 80)
        if not is_source and not body and not _not_a_mother(words, m.first) and not _town_named_bint(words, m.first) and not _negated(
                words, m.first, lex.negation_words) and not _english_unharmed(words, m.last):
            if m in kinds and words[m.first].isascii() and _english_adult_kin(words, m):
                continue  # "My son Anas, 19, was taken": an adult, no child (English pass 29)
            if "girls" in m.payloads and cousin_bint(words, m.first):
                named.add("women")  # «بنت عمي سعاد توفت»: a cousin, a woman (Arabic pass 106)
                if m not in kinds:
                    victims.add("women")
                continue
            if m in kinds:
                named.update(() if witness(words, m.first) or (  # "Red Crescent volunteers recovered bodies" (pass 21)
                    "medics" in m.payloads and medic_agent(words, m.first, m.last)) else m.payloads)
                listed_civilians = listed_civilians or (  # «رفات 14 شخصا ... بينهم امرأتان»: women among the dead
                    m.first > 0 and words[m.first - 1] in _AMONG_THE_DEAD and bool(_CIVILIAN_KINDS & set(m.payloads)))
                continue
            if "medics" in m.payloads and red_crescent_named(words, m.first, m.last):
                continue  # «بإشراف ... والهلال الأحمر الليبي»: the society as a body, nobody of it harmed (pass 102)
            victims.update(m.payloads)
            press_at += [m.first] if press else []
            if _names_victims(words, m):
                named.update(m.payloads)
    if present & CATEGORY_CUES:  # a stated age («نجله البالغ من العمر 15 عاما»), "she was arrested", "a Chadian woman"
        named.update(sentence_categories(words))
    # protesters count for a detention only: shots fired at a march («الرصاص المطاطي على المتظاهرين») state no
    # harm, and protesters who attack («مقتل شرطي خلال مواجهات مع محتجين») are no victims
    fighters_at = set(where.get("combatants", ()))
    # "soldiers were killed when armed men attacked a post": beside fighters, the men of an English perpetrator
    # phrase are the attackers, no civilians
    perpetrators_at = {k for m in context_matches if "perpetrators" in m.payloads and words[m.first].isascii()
                       for k in range(m.first, m.last + 1)}
    if not fighters_at - perpetrators_at:
        perpetrators_at = set()  # no fighter outside them ("men in military uniform" alone): as before
    # "killing five armed men": the armed men are the dead, neither civilians ("men") nor perpetrators (English pass 24)
    armed_dead = {k for m in matches for k in _english_armed_dead_at(words, m)} if words[0].isascii() else set()
    detainee_or_prison = _detainee_died_may_fire(words, present)  # (speed pass 13)
    # "his driver was unhurt": a civilian said unharmed is no victim (English pass 9: a commander shot dead)
    civilians = bool(victims - {"protesters"}) or listed_civilians or any(not _negated(words, m.first, lex.negation_words)
                                                      and m.first not in armed_dead
                                                      and not _captives(words, m.first, fighters_at)
                                                      and not _fighters_companion(words, m.first, fighters_at)
                                                      and not (words[m.last].isascii()
                                                               and _english_told_fighters(words, m.last, fighters_at))
                                                      and not (words[m.last].isascii()
                                                               and _english_civilian_speaks(words, m.last, fighters_at))
                                                      and m.first not in perpetrators_at
                                                      and not _movement_not_students(words, m.first)
                                                      and not _demand_verb(words, m)
                                                      and not (words[m.last].isascii() and _english_who_joined(words, m.last))
                                                      and not (words[m.last].isascii() and _english_unharmed(words, m.last))
                                                      for m in lex.civilians.find(tokens, words)) or (
        bool(present & ELDER_TITLES) and bool(elder_title(words))) or (  # «الحاجة مبروكة»: an elder, a civilian
        "protesters" in victims and _protesters_harmed(words, matches)) or (
        not words[0].isascii() and detainee_or_prison and _detainee_died(words, matches))  # «وفاة معتقل» (real posts pass 4)
    if "capsized" in context and "migrants" not in victims:
        context.add("accident")  # «انقلاب قارب في بحيرة»: an accident; migrants lost at sea are incidents
    if "غرقا" in words and "migrants" not in victims and "perpetrators" not in context and not any(
            word_forms(w) & _BOATS for w in words):
        context.add("accident")  # «وفاة 3 أطفال غرقا في بحر الزاوية»: bathers drowned, no boat, no migrants (pass 64)
    if "accident" not in context and not present.isdisjoint(_DROWNED) and "migrants" not in victims and (
            "perpetrators" not in context) and _one_drowned(words) and not any(word_forms(w) & _BOATS for w in words):
        context.add("accident")  # «جثة راجل غرق في البحر وهو يصطاد», «غرق شاب في شاطئ»: one bather drowned (pass 96)
    fighters = [m for m in context_matches if "combatants" in m.payloads and not _attacker(words, m)
                and not civil_service_member(words, m)]  # «عنصر في مصلحة الجمارك» (Arabic pass 88)
    combatant_at = {k for m in fighters for k in range(m.first, m.last + 1)}
    combatant_victims = _combatant_victims(words, matches, combatant_at)
    combatant_victims = combatant_victims or _armed_smugglers_killed(words, matches)  # a gunfight's smugglers (pass 49)
    combatant_victims = combatant_victims or (  # «ويقتل 6 منهم» after the fighters named (pass 49)
        ("منهم" in words or "منهما" in words or not RANKS_OF_THEM.isdisjoint(words)) and (  # «في صفوفهما» (pass 116)
            _fighters_pointed_back(words, matches, combatant_at)))
    # «أن ثلاثة مسلحين من مجموعة ... وعنصرين من كتيبة محلية قتلوا في اشتباك»: the fighters are the verb's subject (pass 62)
    combatant_victims = combatant_victims or _fighters_subject_killed(words, matches, combatant_at)
    # «صد هجوم ... ومقتل 7 من المهاجمين»: attackers named only as such (where fighters are named, the rules above
    # judge whom the harm names) (Arabic pass 64)
    combatant_victims = combatant_victims or (not combatant_at and attackers_killed(words, matches))
    # "Two members of the 444 Brigade were killed in an ambush": an armed unit's members (English pass 49)
    combatant_victims = combatant_victims or (latin and english_unit_members_killed(words, matches))
    attacker_killed = ((latin and _english_attacker_killed(words, matches)) or (
        _bomber_killed_may_fire(words, present) and _bomber_killed(words, matches))  # (speed pass 13)
                       or _robber_killed(words, matches)  # «قتل لص ... أثناء محاولته السطو» (Arabic pass 98)
                       or (_assailant_killed_may_fire(words, present) and _assailant_killed(words, matches))  # (132)
                       or (words[0].isascii() and _english_attackers_subject_killed(words, matches))  # (pass 30)
                       or (latin and any(_english_armed_men_killed(words, m) for m in matches)))
    held_died = ("custody" in context and words[0].isascii() and _english_held_died(words, matches)) or (
        not words[0].isascii() and detainee_or_prison and _detainee_died(words, matches))  # «وفاة معتقل في سجن» (pass 4)
    casualty = any(t.type in CASUALTY_TYPES for m in matches for t in m.payloads)
    # only casualties can be hors de combat, and only the captives they hit («أعدموا الأسرى», «قتلوا بعد أسرهم»), not
    # captives told apart («أصيب جندي ... وأن الأسرى نقلوا إلى سبها للتحقيق»)
    casualty_at = [m.first for m in matches if any(t.type in CASUALTY_TYPES for t in m.payloads)] if casualty else []
    hors_de_combat = casualty and any((any(abs(h.first - c) <= _CAPTIVE_REACH for c in casualty_at)
                                       or english_bound_bodies(words, h, casualty_at))  # (English pass 31)
                                      for h in lex.hors_de_combat.find(tokens, words) if not _english_also_captured(words, h))
    # "shot dead three wounded fighters": wounded fighters killed (English pass 30)
    hors_de_combat = hors_de_combat or (casualty and words[0].isascii() and _english_wounded_fighters_killed(words, matches))
    # «اشتباكات بين المليشيات»: the parties of a clash are named, not who died (a toll with no status is unknown)
    # (nor the subject after a harm verb that carries its victims: «اللي قتلتهم مجموعة مسلحة», the killers)
    fighters_named = any("combatants" in m.payloads and not _clash_party(words, m.first)
                         and not _object_verb_before(words, m.first) for m in context_matches)
    fighters_harmed = combatant_victims or _fighters_near_victims(words, matches, fighters) or bool(armed_dead)
    if fighters_harmed and not civilians and "يد" in words and _police_hurt_by_one(words):
        civilians = True  # «أصيب عنصران من مديرية الأمن بطعنات على يد شخص حاول الفرار» (Arabic pass 80)
    if not civilians and "military_targets" in context and "برصاص" in words and _police_shot_by_one(words):
        civilians = True  # «قتل الشرطي ... برصاص مسلح مجهول عند نقطة تفتيش» (Arabic pass 104)
    if casualty and "صفوف" in joined and fought_in_ranks(words):
        civilians, combatant_victims, fighters_harmed = False, True, True  # «حيث كان يقاتل في صفوف تنظيم داعش»: the
        # dead fought in an armed group's ranks, the kin word («ابنه») names the fighter (Arabic pass 139)
    if fighters_harmed and words[0].isascii() and _english_share_of_fighters(words):
        # "Seven people, five of them fighters, were killed": the rest are no fighters, a toll with no status (pass 37)
        fighters_harmed = combatant_victims = False
    status = _status(matches, civilians, hors_de_combat, fighters_harmed)
    speech = bool(present & _SPEECH)  # a qualifier naming what was said, posted or worn
    objects = lex.property_objects.find(tokens, words)  # (the words: an all-dead gate, speed pass 16)
    property_object = any(not _no_property_object(words, m.first) for m in objects)

    detention_at = [m.last for m in matches if any(t.type == "arbitrary_detention" for t in m.payloads)]
    # read only for a detention (its only use), so sentences without one skip the three scans
    qualified = bool(detention_at) and (bool(lex.qualifiers.find(tokens, words)) or _without_charge(words, lex.negation_words)
                                        or _held_for_long(words) or _incommunicado(words)
                                        or armed_captors_held(words)
                                        or (words[0].isascii() and english_children_among_held(words)))
    # «السجن 6 سنوات للناشط», «تجدد حبس الزميل»: the journalist or activist is the one held, right after the word
    press_held = any(0 < p - d <= SCOPE_WINDOW for p in press_at for d in detention_at) or any(
        m.first < p <= m.last for m in matches if any(t.type == "arbitrary_detention" for t in m.payloads)
        for p in press_at)  # inside the phrase: Tunisian «الاحتفاظ بالصحفية» (custody), the journalist its last word
    # "police arrested two men in connection with the killing" (of a lawyer named before): the ones held are
    # suspects of the harm told, not its journalist or activist victim (English)
    suspects_held = not press_held and any(words[d].isascii() and any(0 < c - d <= _EN_SUSPECTS_REACH for c in where.get(
        "charge", [])) for d in detention_at)
    by_type: dict[str, Candidate] = {}
    trigger_at: dict[int, str] = {}
    strong_types: set[str] = set()
    beating_only_injury, beaten_en = True, False
    for match in matches:
        trigger_text = " ".join(words[match.first : match.last + 1])
        for trigger in match.payloads:
            trigger_at.setdefault(match.first, trigger.type)
            if trigger.strength >= STRONG:
                strong_types.add(trigger.type)
            # «آثار ضرب» (marks of a beating) is a beating told by its marks: its last word is the beating
            if trigger.type == "injury" and not ((word_forms(words[match.first]) | word_forms(words[match.last])) & _BEATING):
                beating_only_injury = False
            elif trigger.type == "injury" and words[match.first].isascii():
                beaten_en = True  # "guards beat dozens of migrants ... one died of his injuries": both
            current = by_type.get(trigger.type)
            if current is None or trigger.strength > current.confidence:
                by_type[trigger.type] = Candidate(trigger.type, trigger.strength, trigger_text, last=match.last)
    strong_at = {m.first: t.type for m in matches for t in m.payloads if t.strength >= STRONG}
    counts = {} if tally else sentence_counts(words, trigger_at, strong_at)  # a report's figures count no victims
    if counts.get("killed") and "killing" not in by_type and (hurt := by_type.get("injury")) and fatal_share(words):
        # «خمس إصابات منها اثنتان قاتلتان»: the fatal share is a killing told by the injury word (Arabic pass 78)
        by_type["killing"] = Candidate("killing", hurt.confidence, hurt.trigger, last=hurt.last)
    if counts.get("injured") and "injury" not in by_type and "killing" not in by_type and (
            attack := by_type.get(PROPERTY)) and not latin:
        # «نقل ثلاثة أطفال إلى المستشفى إثر سقوط قذيفة على منزلهم»: the hurt told by their care are the attack's
        # wounded; the harm is the type, not the house (twelfth session: the property type is for no one harmed)
        by_type["injury"] = Candidate("injury", attack.confidence, attack.trigger, last=attack.last)
    if not tally and trigger_at and _LAM_WORD.search(joined) is not None:  # (a word «ل...» in one search; speed pass 12)
        # «إعداما ميدانيا لـ5 أسرى»: a stated number beats a single victim read from the words (Arabic pass 64)
        for slot, value in number_after_lam(words, trigger_at).items():
            if counts.get(slot) in (None, 1):
                counts[slot] = value
    if "disease" in context and context & {"custody", "detention_centre"} and died_held_without_care(words):
        counts.pop("injured", None)  # «وفاة مهاجرين ... بعد حرمانهما من العلاج رغم إصابتهما بالسل»: the dead of
        # neglect in custody count (Arabic pass 51); their infection is no injury
    elif "disease" in context:
        counts = {k: v for k, v in counts.items() if k not in ("killed", "injured")}  # infections, not casualties
        status = None
    if counts and no_casualty_at and words[0].isascii():
        counts = _english_no_one_counted(words, no_casualty_at, counts)  # "..., no one hurt" (English pass 32)
    if counts and toll_of_a_charge(words, where):
        counts = {}  # «متهمين بإطلاق النار ...، الذي أسفر عن إصابة ستة»: the charged act's toll (Arabic pass 53)
    if counts and wanted and not any(t in CASUALTY_TYPES for t in trigger_at.values()):
        counts = {}  # «مفتش عنه ... من أجل القتل العمد، في جريمة ... راح ضحيتها شاب»: the toll of the act he is
        # wanted for, every harm word of the sentence read as the charge's (Arabic pass 134)
    if is_statistic(counts):
        context.add("general")  # «250 ألف قتيل», "11,000 victims in 2015": a war's statistics, not one event
    elif not counts and thousands_toll(words, [m.first for m in matches if any(
            t.type in CASUALTY_TYPES for t in m.payloads)]):
        context.add("general")  # «أكثر من 150 ألف قتيل»: the same, written with «ألف» (Arabic pass 64)
    # read only beside «figurative» (a cue no later line adds): the scan of every word is skipped without it
    numbered = "figurative" in context and any(_counts_people(words, i) for i in range(len(words)))
    # «اقتحم مسلحون أرضية الملعب خلال مباراة ... واعتدوا بالضرب على الحكم ولاعب، ما استدعى نقلهما إلى المستشفى»: named
    # attackers who hurt people at a match are no sport metaphor, their victims count (Arabic pass 68)
    assaulted = "perpetrators" in context and "injury" in by_type
    # «أصيب اثنا عشر مشجعا في تدافع عند إحدى بوابات الملعب»: a stampede or a collapse at a match is an accident with
    # real hurt, no sport metaphor; an accident's count is kept (the guide; Arabic pass 112)
    crushed = "accident" in context and numbered
    if "figurative" in context and not (numbered and civilians) and not assaulted and not crushed:
        counts = {}  # «الغلاء يذبح المواطن»: a metaphor kills nobody
    casualty_count = bool(counts)
    if counts.get("injured") and words[0].isascii() and _english_assault_only(words, matches):
        counts.pop("injured")  # "Nasser, 38, ... was attacked near their flat": no wound, care or hospital stated
    perpetrators = "perpetrators" in context and not (armed_dead and all(
        m.first in armed_dead for m in context_matches if "perpetrators" in m.payloads))
    # (``by_type`` holds the type of every payload of every match: a type not in it, no scan for it; speed pass 15)
    abduction_at = [m.last for m in matches if any(t.type == "abduction" for t in m.payloads)] if (
        "abduction" in by_type) else []
    forced = "قسر" in joined  # «اختفاء قسري», «مخفي قسرا»: named a disappearance outright (in a word iff in the join)
    # missing at sea or in the desert with nobody holding them (no captors, detention or abduction named)
    lost_at_sea = "sea" in context and "perpetrators" not in context and not (
        {"arbitrary_detention", "abduction"} & set(by_type)) and not forced
    # kidnappers asking a ransom («اقتادته إلى جهة غير معلومة ... ويطالب بفدية»): an abduction, not a disappearance
    ransomed = bool(present & RANSOM_WORDS) and not forced
    still_held = bool(present & STILL_HELD) and not _still_includes(words) or (latin and _english_still_held(words))
    # gunmen took him and his people say in dialect they do not know where he is («خطفوه مسلحين ... وماعرفناش
    # وينه»): the abduction's captive, not a disappearance (no state named holding him)
    unknown_where = by_type.get("enforced_disappearance")
    # (English "taken to an unknown location" by gunmen is not read so since English pass 41: the thirteenth session
    # settled it as the abduction **and** an enforced disappearance, whereabouts concealed)
    ransomed = ransomed or (perpetrators and "abduction" in by_type and "arbitrary_detention" not in by_type
                            and not forced and unknown_where is not None and _dialect_phrase(unknown_where.trigger))
    # armed captors right after the taking, or an unknown destination with no arrest named («اعتقال الصحفي ...
    # واقتياده إلى جهة مجهولة» is a disappearance after an arrest, not an abduction)
    abductors = any(0 < k - a <= 3 for a in abduction_at for k in combatant_at) or (
        "enforced_disappearance" in by_type and "arbitrary_detention" not in by_type)
    # a cue inside a trigger is part of it: «محاولة» in «نجا من محاولة اغتيال» is an attack that happened
    hypothetical = any(not any(m.first <= h <= m.last for m in matches) for h in where.get("hypothetical", []))
    mine_harm = "other" in by_type and any(t.type == "other" and word_forms(words[m.last]) & MINE_FORMS
                                           for m in matches for t in m.payloads)
    trafficking_at = [m.first for m in matches if any(t.type == "trafficking" for t in m.payloads)] if (
        "trafficking" in by_type) else []
    network_arrested = any(0 < t - a <= _ARREST_REACH for t in trafficking_at for a in where.get("arrest", []))
    harm_found = bool(set(by_type) & {"killing", "injury", "torture", "sexual_violence", "abduction"})
    held = "arbitrary_detention" in by_type and "custody" in context  # «محتجزين من قبل شبكة تهريب», not «إيقاف»
    # smugglers who force people on board, abandon or rob them («المهربين أجبروهم على الصعود», «تركوهم في الصحراء»)
    smugglers_abuse = "trafficking" in by_type and bool(present & _SMUGGLERS_ABUSE)
    fishing_sunk = "other" in by_type and any(t.type == "other" and word_forms(words[m.last]) & _BOATS
                                              and any(word_forms(w) & _FISHING for w in words[m.last + 1 : m.last + 3])
                                              for m in matches for t in m.payloads)
    # "Three fishermen drowned when their boat sank in rough seas": the English twin, told by the people drowned or the
    # boat's trade; not a boat rammed, fired on or seized (an attack at sea; English pass 35)
    fishing_sunk = fishing_sunk or (words[0].isascii() and english_fishers_drowned(words) and any(
        t.type == "other" and words[m.last] in EN_DROWNED for m in matches for t in m.payloads))
    # «غرق مركب يقل 25 راكبا في نهر النيل»: a boat lost on a river is an accident (its passengers drown; Arabic pass 64)
    river_sunk = not fishing_sunk and "other" in by_type and any(t.type == "other" and word_forms(words[m.last]) & _BOATS
                                          for m in matches for t in m.payloads) and any(
        word_forms(w) & _RIVERS for w in words)

    # «أن المحتجزين تعرضوا للضرب أثناء التحقيق»: the detainees are the ones beaten (ill-treatment in custody, made
    # torture by combine_types), not guards or a crowd beside a prison word
    injury_at = [m.first for m in matches if all(t.type == "injury" for t in m.payloads)]
    detainees_beaten = beating_only_injury and any(
        0 < i - c <= _DETAINEE_REACH and word_forms(words[c]) & _DETAINEES
        for i in injury_at for c in where.get("custody", []))
    # «احتجاز 43 عاملا ... وتعرض بعضهم للضرب»: some of the people held were beaten: in custody too
    held_beaten = beating_only_injury and any(
        0 < i - d <= _HELD_BEATEN_REACH and any(w in _SOME_OF_THEM for w in words[d + 1 : i])
        for i in injury_at for d in detention_at)
    # «أفادوا بأنهم احتجزوا لأسابيع وتعرضوا للضرب والتجويع»: the held are the subject of «وتعرضوا» too, beaten where
    # they were held (ill-treatment in custody; Arabic pass 92)
    held_beaten = held_beaten or (beating_only_injury and any(
        0 < i - d <= _HELD_BEATEN_REACH and any(words[k] in _SUFFERED_TOO and words[k + 1].startswith("ل")
                                                for k in range(d + 1, i))
        for i in injury_at for d in detention_at))
    # "refugees ... held for weeks in a warehouse by traffickers who beat them": captives beaten where they are held
    held_beaten = held_beaten or (beating_only_injury and bool(injury_at) and "held" in words and "smugglers" in context)
    # "traffickers holding 40 migrants ... beat them", "the men whipped the captives", "shop owner beaten by
    # kidnappers": the same captivity told by "holding", or the beaten named as captives or hostages, or the beaters as
    # kidnappers or captors (English pass 57; not "beating her husband": a relative, no captive)
    held_beaten = held_beaten or (beating_only_injury and bool(injury_at) and words[0].isascii() and (
        not _EN_CAPTIVE_WORDS.isdisjoint(words) or (not _EN_HOLDING.isdisjoint(words) and "smugglers" in context))
        and not _english_kin_beaten(words, injury_at))
    # «تعرضهم للضرب والتجويع في مركز احتجاز بالزاوية»: beaten inside a detention centre is ill-treatment in custody,
    # torture beside the injury, as the English twin (the labels keep the injury: tune38 rw38t-21, tune5 rw5t-19; pass 49)
    beaten_in_centre = beating_only_injury and _beaten_in_a_centre(words, injury_at, where.get("detention_centre", []))
    # «أخبرها أنه يتعرض للضرب داخل السجن»: a beating whose place is a prison (its word after «في / داخل» a few words
    # on) befell one held there, as a detainee word before it says (Arabic pass 116)
    # (not a guard beaten there, «تعرض الحارس للضرب من قبل سجين داخل السجن»: no staff word before the beating, no
    # detainee word between it and the prison)
    detainees_beaten = detainees_beaten or (beating_only_injury and _beaten_in_a_centre(
        words, injury_at, [c for c in where.get("custody", ()) if words[c] in _JAILS and not any(
            word_forms(w) & _STAFF_OR_DETAINEES for w in words[max(0, c - 2 * _CENTRE_AFTER_BEATING) : c])]))
    if held_beaten:
        context.add("custody")
    detainees_beaten = detainees_beaten or held_beaten
    held_after_protest = any(_after_protest(words, d) for d in detention_at)
    out = []
    for candidate in by_type.values():
        kind = candidate.type
        confidence = candidate.confidence
        if kind == "injury" and detainees_beaten:
            confidence += 0.2
        if kind == PROPERTY:
            confidence += 0.3 if property_object else 0.0
            if combatant_victims and not civilians and all(
                    m.first == m.last and (_own_ride(words[m.first]) or _unit_base(words, m.first)
                                           or _fighters_vehicles(words, m.first)) for m in objects):
                confidence -= 0.8  # «قتل القيادي في مجموعة مسلحة بانفجار عبوة زرعت في سيارته قرب مقر كتيبته»: the
                # fighter's own car and his unit's base are how and where he was targeted, no civilian object struck
                # (Arabic pass 54, rw54t-11)
            if kind not in strong_types and _seized_arms(words, matches, PROPERTY):
                confidence -= 0.6  # «ضبط مخزن أسلحة وذخائر وقذائف»: a cache seized, no strike (Arabic pass 92)
            if armed_dead and not property_object:
                confidence -= 0.5  # "a drone strike destroyed three vehicles ..., killing five armed men": the
                # fighters' own vehicles, no civilian object struck (English pass 24)
        elif kind == "arbitrary_detention":
            if held_after_protest and not victims & (PRESS | {"protesters"}):
                confidence += 0.45  # «محتجزين بعد مشاركتهم في احتجاج»: held for a march, like protesters named
            if qualified and kind not in strong_types:
                confidence += 0.5  # the qualifier makes an arrest arbitrary; a strong trigger already is one
            if victims & (PRESS | {"protesters"}) and not suspects_held and not tally:
                confidence += 0.45  # held for their work or for a march: for what civil society does
            elif victims or civilians:
                confidence += 0.15
            if "enforced_disappearance" in by_type and not tally:
                confidence += 0.35
            # (not in a report's tally of cases, ``tally``: «رصدت 320 حالة احتجاز تعسفي و39 حالة إخفاء قسري، وكان
            # الصحفيون بين الفئات الأكثر استهدافا» names the kinds of case and the groups hit most, no one held;
            # Arabic pass 108)
        else:
            if civilians:
                confidence += 0.15
            if casualty_count and kind in CASUALTY_TYPES + ("other",):
                confidence += 0.1
            if held_died and kind == "killing":
                confidence += 0.15  # "three detainees had died in Al-Jawiya prison": a death in detention
            if perpetrators and kind in ("killing", "injury", "abduction", "enforced_disappearance") and not (
                    combatant_victims and kind in CASUALTY_TYPES):
                confidence += 0.15
        if kind == "abduction" and kind not in strong_types and not perpetrators:
            # «اقتياد», «رهينة» need a perpetrator: «الجهة رهينة ...» is a metaphor; armed captors («اقتادته
            # مجموعة مسلحة») or an unknown destination («اقتادوه إلى جهة مجهولة») are one
            confidence += 0.15 if abductors else -0.2
        if len(by_type) > 1:
            confidence += 0.05
        if hypothetical:
            confidence -= 0.3
        if ("general" in context and not (kind in CONTINUING and still_held)) or (
                "since" in context and kind not in CONTINUING):
            confidence -= 0.75  # «3 سنوات على اعتقال الزميل», «عامين على اقتيادها»: a detention or disappearance
            # that lasts is still reported, also on its anniversary («في مثل هذا اليوم ... ومن يومها لا تهمة»)
        if kind == "enforced_disappearance" and (lost_at_sea or ransomed):
            confidence -= 0.6  # «صيادين مفقودين في البحر», «مصير 7 مهاجرين مجهولا» after a sinking: lost, not disappeared;
            # held for a ransom: kidnapped
        if kind in CASUALTY_TYPES and not hors_de_combat:
            if combatant_victims and not civilians:
                confidence -= 0.5
            elif "military_targets" in context and not civilians:
                confidence -= 0.5  # «3 قتلى في هجوم على قاعدة عسكرية»: an attack on a military target
            elif fighters_named and not civilians and not perpetrators:
                confidence -= 0.3  # victims' status unclear next to fighters: borderline at best
        if attacker_killed and (kind == "killing" or (kind == "injury" and kind not in strong_types)):
            confidence -= 0.6  # "shot dead the driver of a car packed with explosives": the attacker (English); the
            # fire he "opened" (a weak injury word) hurt nobody it names
        if kind == "other" and mine_harm and fighters_harmed and not civilians:
            confidence -= 0.5  # «استشهاد عسكري في انفجار لغم»: a mine hurting only soldiers on an operation
        if kind == "trafficking" and network_arrested and not harm_found:
            confidence -= 0.4  # «القبض على شبكة لتهريب البشر»: routine police news, no abuse reported
        elif kind == "trafficking" and smugglers_abuse:
            confidence += 0.15  # the smugglers' abuse is told: forced on board, abandoned, robbed
        elif kind == "trafficking" and kind not in strong_types and not harm_found and not held:
            confidence -= 0.2  # «تهريب مهاجرين عبر الحدود»: a crossing smuggled, no abuse (trafficking) reported
        if kind == PROPERTY and "military_targets" in context and not civilians:
            confidence -= 0.4  # «استهدفت منظومة الباتريوت في مطار نجران»: a military target
        if "accident" in context and kind in ACCIDENT_TYPES and not perpetrators and not (
                kind == PROPERTY and candidate.trigger in _EN_DEED_PARTICIPLES):  # "smashed equipment": done on purpose
            confidence -= 0.6  # «مسلحون أضرموا النار ... حريق»: the fire was set, the accident cue does not clear it
        if kind == "torture" and kind not in strong_types and "custody" not in context:
            confidence -= 0.3  # «إهانة والده في المحل»: an insult; humiliation is ill-treatment in custody
        if "accident" in context and kind == "torture" and "custody" not in context:
            confidence -= 0.6  # «صعق بالتيار الكهربائي أثناء أعمال صيانة»: electrocuted at work, not tortured
        if kind in ("killing", "other") and fishing_sunk and "migrants" not in victims and not perpetrators:
            confidence -= 0.6  # «غرق مركب صيد ووفاة بحارين»: a fishing boat lost at sea is an accident
        if kind in ("killing", "other") and river_sunk and "migrants" not in victims and not perpetrators:
            confidence -= 0.6  # «غرق قارب في نهر الفرات ووفاة 6»: a river boat's passengers drowned (pass 64)
        if "routine" in context and kind in ("arbitrary_detention", "trafficking") and not (
                kind == "arbitrary_detention" and (press_held or (qualified and speech)
                                                   or (qualified and armed_captors_held(words)))):
            confidence -= 0.4  # a court sentence on a journalist or activist is imprisonment for their work; so is
            # one for a post, false news or a veil taken off («بتهمة نشر أخبار كاذبة», «خلعت حجابها»); people an
            # armed group holds are no police routine, whatever goods the speaker's title names («رئيس الغرفة
            # الوطنية للنقل الدولي للبضائع ... أن مجموعة مسلحة تحتجز 30 سائقا»: Arabic pass 144)
        if "figurative" in context and not (numbered and civilians) and not perpetrators and not (
                kind == "arbitrary_detention" and (press_held or (qualified and speech))):
            confidence -= 0.7  # a journalist jailed over a post on prices («انتقد فيها الغلاء») is no metaphor; nor a
            # singer held for a song on prices («بسبب أغنية تنتقد الغلاء»: real posts pass 4)
        if kind in RELEASE_ENDS and not harm_found and (any(release_happened(words, r) for r in where.get("release", [])) or (
                where.get("release") and _release_before(words, len(words)))):  # also one welcomed (pass 56)
            confidence -= 0.8  # «الإفراج عن ناشط بعد ثلاثة أشهر من احتجازه»: the detention ended
        elif kind == "abduction" and not (set(by_type) & _HARM_IN_CAPTIVITY) and candidate.last > 0 and (
                _release_before(words, candidate.last)) and (
                _HELD_STEM in words[candidate.last]):
            # «الإفراج عن سبعة سائقين احتجزتهم مجموعة مسلحة منذ أسبوعين»: a release told first, the captivity in the
            # clause after the freed; the captivity ended (settled: a release is no incident) (Arabic pass 88)
            confidence -= 0.8
        elif kind == "abduction" and not (set(by_type) & _HARM_IN_CAPTIVITY) and "بعد" in words[:candidate.last] and (
                _returned_home_before(words, candidate.last)):
            # «عاد التاجر ... إلى منزله بعد 20 يوما من خطفه ... هوية الخاطفين»: back home after the captivity, its
            # captors named after the return (settled: a release is no incident) (Arabic pass 114)
            confidence -= 0.8
        if kind == "abduction" and words[0].isascii() and not (set(by_type) & _HARM_IN_CAPTIVITY) and (
                english_taken_then_freed(words, candidate.last)):
            confidence -= 0.8  # "a pharmacist kidnapped on 4 May, was freed this morning": the abduction ended
        if "disease" in context and kind in CASUALTY_TYPES and not (
                kind == "killing" and context & {"custody", "detention_centre"} and died_held_without_care(words)):
            confidence -= 0.8  # (not a death in detention after care was denied: «بعد حرمانهما من العلاج», the guide's
            # death in custody from neglect; Arabic pass 51)
        if kind == "killing" and kind not in strong_types and _marked_body(words, candidate.last):
            confidence += 0.25  # «جثة امرأة تحمل آثار طعنات»: a body with the marks of its killing (tune40)
        shot_dead = kind == "killing" and kind not in strong_types and _died_by_bullet(words, candidate.last)
        if shot_dead:
            confidence += 0.15
        if "mourning" in context and (kind == "injury" or (kind == "killing" and kind not in strong_types)) and not (
                shot_dead):
            confidence -= 0.6  # «تلقينا ببالغ الحزن نبأ وفاة», «أمام هذا المصاب»: a death notice; «استشهاد» stays
        if "proceedings" in context and kind in HARM_TYPES and kind != "arbitrary_detention" and not casualty_count:
            confidence -= 0.35
        if "rescue" in context and kind in ("other", "enforced_disappearance") and not counts.get("killed"):
            confidence -= 0.5  # nobody died: even rescued fishermen (civilians) are no incident
        candidate.confidence = round(max(0.0, min(confidence, 0.99)), 3)
        candidate.victims = set(victims)
        candidate.killed = counts.get("killed") if kind in ("killing", "other") else None
        candidate.injured = counts.get("injured") if kind == "injury" else None
        out.append(candidate)
    kept = {c.type: c for c in out if c.confidence >= THRESHOLD}
    held = kept.get("arbitrary_detention")
    if held is not None and "killing" in kept and (held.trigger.split() or [""])[0] in _CAUSE_OPENERS:
        kept.pop("arbitrary_detention")  # «قتلوه ... بسبب منشوراته»: the posts are why he was killed, no jailing for them
        # (Arabic pass 51; «سجن بسبب منشوراته» keeps its detention word)
    if "enforced_disappearance" in kept and "enforced_disappearance" not in strong_types and kept.get("killing") and (
            word_forms((kept["killing"].trigger.split() or [""])[-1]) & BODY_WORDS):
        kept.pop("enforced_disappearance")  # «عثرت الدوريات على جثتي عاملين ... أبلغ عن اختفائهما»: the missing
        # report of the dead found, no enforced disappearance (Arabic pass 51)
    if "killing" in kept and "injury" in kept and _died_of_wounds(words, matches):
        kept.pop("injury")  # «فأصيب بطعنات في البطن والصدر توفي على إثرها»: the wounds he died of, no second harm
        counts.pop("injured", None)
    if "killing" in kept and "injury" in kept and _stabbing_told(kept["injury"].trigger):
        kept.pop("injury")  # «مقتل مواطن ... الذي تعرض للطعن», «لقيت حتفها إثر تعرضها لطعنات»: the stabs he died of
        counts.pop("injured", None)  # (Arabic pass 96, as the wounds above)
    if "killing" in kept and "injury" in kept and words[0].isascii() and _english_wounds_on_bodies(words, matches):
        kept.pop("injury")  # "bodies ... found with their hands tied and gunshot wounds": the dead's (pass 31)
        counts.pop("injured", None)
    # "a patrol boat fired shots at a dinghy carrying migrants, killing one man": shots fired at a boat, English too
    # (not "fired at migrant boat, one drowned": the drowned are counted as lost at sea, as before: tune34en rw34t-20)
    gunfire = bool(present & (FIRING | BULLETS)) or (words[0].isascii() and not present.isdisjoint(_EN_SHOTS)
                                                       and present.isdisjoint(EN_DROWNED))
    # «أوقفه مسلحون», «داهم مسلحون منزله»: the ones who hold him are gunmen, right after the arrest or raid word
    gunmen_held = any(any(word_forms(w) & GUNMEN for w in words[d + 1 : d + 3]) for d in detention_at)
    security_took_away(kept, matches, words, strong_types)
    # a stray bullet that "struck their home" harmed the people inside, it was no attack on the house
    struck = PROPERTY in kept and not (present & BULLETS) and (_english_object_struck(words, objects) or (
        kept.get("killing") is not None and kept["killing"].trigger in _EN_PRESENT_KILLS))
    combine_types(kept, context, victims, beating_only_injury, strong_types, counts, gunfire, gunmen_held, struck,
             beaten_en or beaten_in_centre, captives_killed=words[0].isascii() and _english_captives(present),
             captive_beaten=words[0].isascii() and "injury" in kept and not _english_kin_beaten(words, injury_at))
    cues = context | ({"hors_de_combat"} if hors_de_combat else set())
    for candidate in kept.values():
        candidate.categories = set(named)
    return SentenceResult(list(kept.values()), counts, status, frozenset(cues))


# "fighters who had surrendered ... were shot dead", "prisoners executed after clashes", "captured fighters executed":
# fighters in enemy hands killed are hors de combat, the killing is the harm; no detention without process is told
# (the English tune labels: killing only, 17 of 17 items; English pass 41)
_EN_CAPTURE = frozenset({"captured", "capture", "surrender", "surrendered", "surrendering"})
_EN_CAPTIVES = frozenset({"prisoners", "prisoner", "captives", "captive"})
_EN_BATTLE = frozenset({"clashes", "clash", "fighting", "battle", "offensive"})


# English pass 57: "abducted a doctor after beating her husband": the one beaten is a relative, not the captive
_EN_KIN_BEATEN = frozenset(EN_KIN | {"husband", "wife", "son", "daughter", "brother", "sister", "father", "mother",
                                     "driver", "guard", "bodyguard", "family", "relatives"})


def _english_kin_beaten(words: list[str], injury_at: list[int]) -> bool:
    """A possessive and a kin (or escort) word right after a beating word: "beating her husband", "beat his driver"."""
    return any(words[i + 1 : i + 2] != [] and words[i + 1] in EN_POSSESSIVES and words[i + 2 : i + 3] != []
               and words[i + 2] in _EN_KIN_BEATEN for i in injury_at)


# English pass 57: the captivity of a beating's victims ("traffickers holding", "whipped the captives")
_EN_HOLDING = frozenset({"holding", "holds", "hold"})
_EN_CAPTIVE_WORDS = frozenset({"captives", "captive", "hostages", "hostage", "kidnappers", "captors", "abductors"})


def _english_captives(present: set[str]) -> bool:
    """The sentence tells fighters taken in fighting: a capture or surrender word, or prisoners beside a battle word."""
    return not _EN_CAPTURE.isdisjoint(present) or (not _EN_CAPTIVES.isdisjoint(present)
                                                    and not _EN_BATTLE.isdisjoint(present))


def _unknown_source(words: list[str], m: PhraseMatch[Trigger]) -> bool:
    """«قصف مدفعي من جهة مجهولة»: an unknown party the fire came from, not the unknown place someone was taken to
    («اقتادوه إلى جهة مجهولة»; Arabic pass 51)."""
    return m.first > 0 and words[m.first - 1] == "من" and words[m.first] == "جهه" and all(
        t.type == "enforced_disappearance" for t in m.payloads)


_CAUSE_OPENERS = frozenset({"بسبب", "علي", "لمجرد"})  # a detention found by its cause alone («بسبب منشور»)


# Protesters right at a casualty word are its victims (Arabic pass 51: «لقي محتجان مصرعهما», «مقتل متظاهرين»),
# civilians even when the force that shot them is named beside them; not protesters named elsewhere in the
# sentence («مقتل شرطي خلال مواجهات مع محتجين»: the police are the dead).
_PROTESTER_FORMS = frozenset({"محتج", "محتجه", "محتجين", "محتجون", "محتجان", "محتجا", "متظاهر", "متظاهره",
                              "متظاهرين", "متظاهرون", "متظاهران", "متظاهرا"})


# Arabic pass 108 (tune108): «الأطباء الذين عاينوا الجثث», «أمر بتشريح الجثة»: the definite bodies examined in an
# inquiry are those of deaths already told (or inquired into), no new death
_EXAMINING = frozenset({"عاين", "عاينوا", "عاينت", "فحص", "فحصوا", "تشريح", "معاينه", "بتشريح", "لتشريح", "بمعاينه",
                        "لمعاينه"})


def _bodies_examined(words: list[str], m: PhraseMatch) -> bool:
    """A one-word definite body («الجثث», «الجثة», «الجثمان») right after an examining word."""
    return m.first == m.last and m.first > 0 and words[m.first].startswith("ال") and (
        words[m.first - 1].removeprefix("و") in _EXAMINING)


# Arabic pass 108 (tune108): «ويذكر بمقتل», «وتذكير بحوادث», «مذكرة باغتيال»: reminding of («ذكّر بـ»); not the bare
# «ذكر / ذكرت», also "said" («ذكر مصدر»), nor «يذكر أن» (it is said that)
_REMINDING_OF = frozenset({"يذكر", "ويذكر", "تذكر", "وتذكر", "تذكير", "وتذكير", "مذكرا", "مذكره", "مذكرين"})


def _reminded_of_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_reminded_of`` holds for no match of the sentence: it needs a reminding word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_reminded_of`` widens it too."""
    return not _REMINDING_OF.isdisjoint(words)


def _reminded_of(words: list[str], m: PhraseMatch) -> bool:
    """A casualty trigger written with «بـ» right after a reminding word."""
    return m.first > 0 and words[m.first].startswith("ب") and words[m.first - 1] in _REMINDING_OF and all(
        t.type in CASUALTY_TYPES + ("abduction", "torture", "enforced_disappearance") for t in m.payloads)


# «الكشف عن قتلة»: the agent plural «قتلة» after a disclosing word and «عن» (Arabic pass 108; not «أسفر عن قتله»:
# "resulted in killing him", a killing told)
_DISCLOSING = frozenset({"الكشف", "بالكشف", "للكشف", "كشف"})
_LAST_WORDS = frozenset({"الماضي", "الماضيه"})


def _dated_last_span(words: list[str], m: PhraseMatch) -> bool:
    """A one-word killing trigger right before «الشهر / الأسبوع / العام الماضي» (its date: an earlier death)."""
    return m.first == m.last and m.last + 2 < len(words) and words[m.last + 1] in DATED_SPANS and (
        words[m.last + 2].rstrip("،,.") in _LAST_WORDS) and all(t.type == "killing" for t in m.payloads)


# Arabic pass 108 (tune108): «يرفعون صور الشاب القتيل», «رفع المشيعون صور القتلى»: pictures of the dead carried (at
# a protest, a funeral) point back to deaths already told, no new death
_PICTURES = frozenset({"صور", "وصور", "بصور", "صوره", "صورا", "صورتي"})


def _pictures_of_dead_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_pictures_of_dead`` holds for no match of the sentence: it needs a pictures word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_pictures_of_dead`` widens it too."""
    return not _PICTURES.isdisjoint(words)


def _pictures_of_dead(words: list[str], m: PhraseMatch) -> bool:
    """A definite one-word dead («القتيل», «القتلى») within two words after a pictures word."""
    return m.first == m.last and words[m.first].startswith("ال") and any(
        words[k] in _PICTURES for k in range(max(0, m.first - 2), m.first))


def _demand_verb(words: list[str], m: PhraseMatch) -> bool:
    """«تطالب», «ويطالب»: one word, the imperfect of «طالب» (to demand), matched as the student noun (Arabic pass 108)."""
    return m.first == m.last and words[m.first].removeprefix("و").removeprefix("ف").startswith(_DEMAND_VERBS)


def _protesters_harmed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    for m in matches:
        if not any(t.type in CASUALTY_TYPES for t in m.payloads):
            continue
        near = words[m.last + 1 : m.last + 2] + words[max(0, m.first - 1) : m.first]
        if any(not word_forms(w).isdisjoint(_PROTESTER_FORMS) for w in near):
            return True
    return False


# «مقتل انتحاري», «قتلوا انتحاريا قبل أن يفجر نفسه»: the suicide bomber killed is the attacker (Arabic counts pass 11)
_BOMBERS = frozenset({"انتحاري", "انتحاريا", "الانتحاري"})


def _bomber_killed_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_bomber_killed`` holds for no match of the sentence: it needs a suicide-bomber word. Asked once a
    sentence by ``incidents.analyse_sentence`` (speed pass 13): a new cue of ``_bomber_killed`` widens it too."""
    return not _BOMBERS.isdisjoint(words)


def _bomber_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """Arabic: the victim right after a killing word is a suicide bomber, the attacker (as "shot dead the bomber")."""
    return any(words[m.last + 1 : m.last + 2] != [] and words[m.last + 1] in _BOMBERS
               for m in matches if any(t.type == "killing" for t in m.payloads))


# «قتل لص مسلح برصاص حراس المصرف أثناء محاولته السطو», «مقتل سارق خلال محاولة سرقة»: a robber shot dead during his
# robbery is the attacker, no victim (the guide: an attacker shot dead during his attack; Arabic pass 98)
_ROBBERS = frozenset({"لص", "اللص", "سارق", "السارق", "لصان", "لصين", "سارقان", "سارقين", "لصوص", "اللصوص"})
_ROBBERY_ACTS = frozenset({"السطو", "سطو", "بالسطو", "سرقه", "السرقه", "لسرقه", "سطوه", "سطوهم", "سرقته"})


# the missing as the families' group: «أسر المفقودين», and the construct state «أهالي مفقودي مرزق» (Arabic pass 102)
_MISSING_OF_FAMILIES = frozenset({"مفقودين", "المفقودين", "مفقودي"})


def _families_before_pair(words: list[str], first: int) -> bool:
    """«أهالي ضحايا ومفقودي ترهونة»: the families' head before a victim noun joined to the missing by «و» (pass 102)."""
    return first > 1 and words[first].startswith("و") and bool(word_forms(words[first - 2]) & REFERENCE_HEADS)


def _scoped_killing_means(words: list[str], match: PhraseMatch[Trigger], matches: list[PhraseMatch[Trigger]],
                          where: dict[str, list[int]]) -> bool:
    """«أوقف ثلاثة مشتبه بهم في اغتيال الناشطة ... التي قتلت برصاص مسلحين»: a wound word right after a killing word
    that a charge, a case or a date scopes out («قتلت» retells the killing the suspects are held for) is how that
    past killing was done («برصاص، بنيران، طعنا»), no shooting of its own (Arabic pass 102)."""
    if match.first == 0 or any(t.type != "injury" for t in match.payloads):
        return False
    return any(m.last == match.first - 1 and any(t.type == "killing" for t in m.payloads) and _scoped_out(m, words, where)
               for m in matches)


# Arabic pass 132 (tune132): «قتل جنود فرنسيون اليوم رجلا هاجم دورية عسكرية»: the one killed, an indefinite person
# («رجلا», «مقتل رجل») right before a past verb of attacking (his relative clause), is the attacker shot dead during
# his attack (the guide: no victim, no incident); only where the sentence tells no other killing («وقتل اثنين من
# المارة»), and not «قتلوا شابا حاول الفرار» (a flight is no attack)
_ASSAULTED = frozenset({"هاجم", "هاجما", "هاجموا", "طعن", "اعتدي"})
_ASSAILANT = frozenset({"رجلا", "شخصا", "مسلحا", "شابا", "مهاجما", "رجل", "شخص", "مسلح", "شاب", "مهاجم"})
_ASSAILANT_REACH = 6  # «قتل جنود فرنسيون اليوم السبت رجلا»: the killers and a time between


def _assailant_killed_may_fire(words: list[str], present: frozenset[str]) -> bool:
    """False where ``_assailant_killed`` holds for no match: it needs a verb of attacking."""
    return not present.isdisjoint(_ASSAULTED)


def _assailant_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """The sentence's one killing word kills a person who «هاجم / طعن» within ``_ASSAILANT_REACH`` words after it."""
    killings = [m for m in matches if any(t.type == "killing" for t in m.payloads)]
    if len(killings) != 1:
        return False
    m = killings[0]
    return any(words[k] in _ASSAILANT and words[k + 1] in _ASSAULTED
               for k in range(m.last + 1, min(len(words) - 1, m.last + 1 + _ASSAILANT_REACH)))


# «قتل مسلح برصاص حراس مصرف ... محاولا الاستيلاء على الأموال»: a gunman right after the killing word, killed by
# someone's bullets («برصاص، بنيران» next: the passive), is the robber when the sentence names the robbery; not «قتل
# مسلح موظفا» (the gunman killed) (Arabic pass 102)
_ARMED_ROBBER = frozenset({"مسلح", "مسلحا", "مسلحان", "مسلحين"})
_TRIED = frozenset({"حاول", "حاولا", "حاولوا", "يحاول", "يحاولان", "يحاولون"})
_SEIZING = frozenset({"الاستيلاء", "للاستيلاء", "بالاستيلاء", "السلب", "سلب", "لسلب", "نهب", "لنهب"})


def _robber_killed(words: list[str], matches: list[PhraseMatch[Trigger]]) -> bool:
    """Arabic: the victim right after a killing word is a robber, and the sentence names the robbery he was on."""
    robbery = not _ROBBERY_ACTS.isdisjoint(words)
    if not robbery and _SEIZING.isdisjoint(words):
        return False
    for m in matches:
        if m.last + 1 >= len(words) or not any(t.type == "killing" for t in m.payloads):
            continue
        victim = words[m.last + 1]
        if robbery and victim in _ROBBERS:
            return True
        if victim in _ARMED_ROBBER and m.last + 2 < len(words) and (words[m.last + 2] in _SHOT_BY or (
                robbery and words[m.last + 2] in _TRIED)):
            return True  # «قتل مسلح برصاص حراس»; «مقتل مسلح حاول سرقة مصرف»
    return False


def _status(matches: list[PhraseMatch[Trigger]], civilians: bool, hors_de_combat: bool, combatants: bool) -> str | None:
    """Who the casualty words of a sentence are about: civilians first (any civilian harmed makes it a
    violation), then fighters hors de combat (captured, surrendered, executed: still protected), then
    fighters, else unknown."""
    if not any(t.type in CASUALTY_TYPES for m in matches for t in m.payloads):
        return None
    if hors_de_combat and combatants:
        return "hors_de_combat"  # «إعدام ميداني لأسرى من قوات ...»: captured fighters
    if civilians:
        return "civilian"
    if hors_de_combat:
        return "hors_de_combat"
    return "combatant" if combatants else "unknown"


STATUS_ORDER = ("civilian", "hors_de_combat", "combatant", "unknown")


def victim_status(statuses: list[str | None]) -> str | None:
    """A document's victim status: the most protective status any of its sentences states."""
    found = {s for s in statuses if s}
    return next((s for s in STATUS_ORDER if s in found), None)


def sentence_candidates(tokens: list[Token]) -> list[Candidate]:
    """Candidates of one sentence (tokens already normalised); empty when context rules reject all."""
    return analyse_sentence(tokens).candidates


# Arabic pass 82 (tune82): «انتشال رفات 14 شخصا ... بينهم امرأتان»: women or children listed among the dead say they
# were civilians (the settled answer for bodies found, eleventh session); the duals are category words only
_AMONG_THE_DEAD = frozenset({"بينهم", "وبينهم", "منهم", "ومنهم"})
_CIVILIAN_KINDS = frozenset({"women", "children", "girls"})


# Arabic pass 80 (tune80): «غارة على تجمع لمرتزقة أجانب», «مقتل مقاتلين أجانب»: «أجانب» right after a word for
# fighters says where the fighters came from; they are no foreign workers or migrants (the victim word `migrants`)
_FOREIGN = frozenset({"اجانب", "الاجانب"})
_FIGHTER_NOUNS = frozenset({"مرتزقه", "المرتزقه", "مقاتلين", "المقاتلين", "مقاتلون", "المقاتلون", "مسلحين", "المسلحين",
                            "مسلحون", "المسلحون", "عناصر", "جنود", "الجنود", "ارهابيين", "الارهابيين", "متطرفين"})


def _foreign_fighters(words: list[str], m: PhraseMatch) -> bool:
    """The victim word at ``m`` is «أجانب» right after a word for fighters («لمرتزقة أجانب»)."""
    return (m.first == m.last and m.first > 0 and words[m.first] in _FOREIGN
            and bool(word_forms(words[m.first - 1]) & _FIGHTER_NOUNS))


# Arabic pass 80 (tune80): police or security men hurt or killed «على يد» one person (a suspect, a man fleeing arrest,
# a thief): a criminal's harm to law-enforcement officers outside fighting, who are civilians (the settled answer,
# "Where blind writers split", thirteenth session); not «على يد مسلحين / مجموعة مسلحة» (a group: the fighters' rules)
_LONE_ASSAILANTS = frozenset({"شخص", "مطلوب", "متهم", "مشتبه", "مجرم", "لص", "سارق", "رجل", "مواطن", "شاب", "جان",
                              "الجاني", "المتهم", "المشتبه", "المطلوب", "مختل"})
_POLICE_WORDS = frozenset({"شرطي", "شرطيين", "شرطيان", "الشرطه", "شرطه", "امن", "الامن", "الشرطي"})


def _police_hurt_by_one(words: list[str]) -> bool:
    """«على يد شخص / مطلوب / متهم» in a text naming the police or a security directorate."""
    if _POLICE_WORDS.isdisjoint(words):
        return False
    return any(words[k] == "يد" and words[k - 1] == "علي" and k + 1 < len(words) and words[k + 1] in _LONE_ASSAILANTS
               for k in range(1, len(words)))


# Arabic pass 104 (tune104): «قتل الشرطي ... برصاص مسلح مجهول عند نقطة تفتيش»: a policeman shot by one gunman (a
# singular shooter after «برصاص») is a criminal's harm to a law-enforcement officer, as «على يد شخص» above (settled:
# an incident, civilian), not an attack on a military post; «برصاص مسلحين هاجموا نقطة تفتيش» (a group) is untouched
_LONE_GUNMEN = _LONE_ASSAILANTS | {"مسلح", "مجهول", "ملثم"}
_POLICE_VICTIMS = frozenset({"شرطي", "الشرطي", "شرطيا", "شرطيين", "شرطيان", "الشرطيين", "الشرطيان"})
_SECURITY_MAN = frozenset({"رجل", "رجال", "عنصر", "منتسب"})  # «رجل أمن», «عنصر الأمن»
_POLICE_SHOT_REACH = 8  # «قتل الشرطي عادل سالم الشيباني برصاص»: the victim, his name, then the bullet


def _police_shot_by_one(words: list[str]) -> bool:
    """A police victim («شرطي», «رجل أمن») within a few words before «برصاص» + one shooter («مسلح», «شخص»)."""
    for k, w in enumerate(words[:-1]):
        if w != "برصاص" or words[k + 1] not in _LONE_GUNMEN:
            continue
        window = words[max(0, k - _POLICE_SHOT_REACH) : k]
        if any(v.removeprefix("و") in _POLICE_VICTIMS or (
                v.removeprefix("و") in _SECURITY_MAN and j + 1 < len(window) and window[j + 1] in ("امن", "الامن"))
               for j, v in enumerate(window)):
            return True
    return False
