"""English news pass 31 (tune67en, tune69en): Libya precision, killed counts and actors (docs/labelling.md,
"English news pass 31"). Our own sentences, not the tune sets'; each rule with a look-alike that must not change."""
from nlp.annotate import annotate
from nlp.incidents import analyse_sentence
from nlp.lexicon import Tokens


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


# a harm noun determined by "no": the sentence says the harm did not happen


def test_no_harm_noun_reported_is_no_incident() -> None:
    text = ("The council of Ubari warned drivers on Monday against the southern highway at night, saying armed gangs "
            "planned to abduct travellers for ransom. No abduction was reported.")
    assert types(text) == set()


def test_no_further_deaths_denies_only_its_own_word() -> None:
    text = "Gunmen killed a teacher in Gharyan on Friday, police said. No further deaths were reported."
    assert types(text) == {"killing"}
    assert annotate(text, "en").killed == 1


# a call to free "others" held: the detained as a class, no event


def test_call_to_free_others_held_is_no_event() -> None:
    text = "The rights group welcomed the step and called for the release of others held without charge."
    assert types(text) == set()


def test_call_to_free_named_people_held_stays() -> None:
    text = "The rights group called for the release of two bloggers held without charge in Sabha since March."
    assert "arbitrary_detention" in types(text)


# a harm word used as the name given to something ("called the decision a massacre"): a figure of speech


def test_a_name_called_is_no_killing() -> None:
    text = ("Al-Hilal beat Al-Akhdar 4-1 in Bayda on Friday. The visiting coach called the referee's performance "
            "a massacre.")
    assert types(text) == set()


def test_what_he_called_a_massacre_of_people_stays() -> None:
    text = ("The mayor of Murzuq condemned what he called a massacre of shepherds near the town on Monday, "
            "after gunmen shot dead four men.")
    assert "killing" in types(text)


# "years of killings": a record over years, no event told


def test_years_of_killings_is_a_record() -> None:
    text = ("Human Rights Watch on Tuesday urged the government in Tripoli to dissolve militias such as the Nawasi "
            "Brigade, saying years of killings and abductions had gone unpunished.")
    assert types(text) == set()


def test_months_of_detention_of_one_man_stays() -> None:
    text = "A blogger from Sabha was freed on Monday after months of detention, during which guards beat him daily."
    assert "torture" in types(text)


# bare harm nouns cited as concerns ("citing arbitrary detention and restrictions on civil society")


def test_harms_cited_as_concerns_are_no_event() -> None:
    text = ("The envoy said the rights situation remained grave, citing torture, enforced disappearance and "
            "restrictions on the media.")
    assert types(text) == set()


def test_a_detention_cited_with_its_victims_stays() -> None:
    text = ("The envoy said the situation in Sirte had worsened, citing the torture of three lawyers by police "
            "in Sirte on Monday.")
    assert "torture" in types(text)


# "brigades trade fire": gunfire exchanged, not a blaze (an accident frame over the whole story)


def test_trading_fire_is_gunfire_not_an_accident() -> None:
    text = ("Boy killed in Ajdabiya as rival units trade fire\n"
            "A 12-year-old boy was shot dead outside his school in Ajdabiya on Monday, his uncle said.")
    assert types(text) == {"killing"}


def test_a_fire_in_a_headline_still_frames_an_accident() -> None:
    text = ("Boy dies in Ajdabiya house fire\n"
            "A 12-year-old boy died when a fire broke out in his home in Ajdabiya on Monday, his uncle said.")
    assert types(text) == set()


# victims listed one by one after an active verb: "killed a farmer, his wife and their infant son" = 3


def test_victims_listed_after_the_verb_are_counted() -> None:
    text = "Gunmen killed a shepherd, his brother and their elderly father near Sabha on Monday, relatives said."
    assert annotate(text, "en").killed == 3


def test_a_listed_number_adds_its_people() -> None:
    text = "Gunmen killed a farmer, his wife and their two daughters near Murzuq on Monday, relatives said."
    assert annotate(text, "en").killed == 4


def test_one_victim_and_a_place_listed_is_one() -> None:
    text = "Gunmen killed a shepherd, his flock and the dogs near Sabha on Monday, relatives said."
    assert annotate(text, "en").killed == 1


# shells told by where they were fired from: the direction, no object struck


def sentence_types(sentence: str) -> set[str]:
    return {c.type for c in analyse_sentence(list(Tokens.of(sentence).items)).candidates}


def test_shells_fired_from_a_direction_add_no_property_attack() -> None:
    sentence = ("Witnesses said the shells were fired from the direction of Benina airport, where units loyal to the "
                "Nawasi Brigade and the 301 Battalion had been exchanging fire since dawn.")
    assert sentence_types(sentence) == set()


def test_shells_fired_from_a_direction_that_hit_a_school_stay() -> None:
    sentence = ("Witnesses said the shells were fired from the direction of Benina airport and hit a school, where "
                "units loyal to the Nawasi Brigade had been exchanging fire since dawn.")
    assert "attack_on_property_or_infrastructure" in sentence_types(sentence)


# players hurt in a match: a sport injury, no casualty (settled answers)


def test_players_carried_off_injured_are_no_incident() -> None:
    text = ("Al-Hilal edged Al-Akhdar in Bayda on Saturday. Three Al-Akhdar players were stretchered off injured "
            "and the coach blamed the referee.")
    assert types(text) == set()


def test_players_attacked_by_fans_stay_hurt() -> None:
    text = ("Fans stormed the pitch in Bayda on Saturday and beat three Al-Akhdar players, who were taken to hospital "
            "injured, the club said.")
    assert "injury" in types(text)


# actors: "the UN mission" is the mission (UNSMIL's short form), a sniper an unnamed perpetrator


def actor_names(text: str) -> list[str]:
    return [a.name for a in annotate(text, "en").actors]


def test_the_un_mission_is_named_whole() -> None:
    text = ("Two teachers were abducted by gunmen in Gharyan on Monday, their school said. The UN mission said it "
            "was following the case.")
    assert "UN mission" in actor_names(text)
    assert "UN" not in actor_names(text)


def test_the_un_alone_stays_the_un() -> None:
    text = "Two teachers were abducted by gunmen in Gharyan on Monday, the UN said."
    assert "UN" in actor_names(text)


def test_a_sniper_is_an_unnamed_perpetrator() -> None:
    text = "A baker was shot dead by a sniper while opening his shop in Sirte on Tuesday, his brother said."
    assert "sniper" in actor_names(text)


def test_a_sniper_rifle_is_no_actor() -> None:
    text = "A teacher was shot dead with a sniper rifle in Sirte on Monday, police said."
    assert "sniper" not in actor_names(text)


def test_the_islamic_state_group_is_named_as_written() -> None:
    text = "Gunmen of the Islamic State group killed two shepherds near Sirte on Monday, residents said."
    assert "Islamic State group" in actor_names(text)
    assert "Islamic State" not in actor_names(text)


def test_the_islamic_state_alone_stays() -> None:
    text = "Fighters loyal to the Islamic State abducted two shepherds near Sirte on Monday, residents said."
    assert "Islamic State" in actor_names(text)


# a headline's body followed by a country's possessive: "briefs Security Council Libya's ...": the body ends there


def test_a_country_possessive_after_a_body_in_a_headline_is_cut() -> None:
    text = ("Envoy tells Security Council Sudan's truce at risk\n"
            "The UN envoy told the Security Council on Monday that the truce in Sudan was at risk.")
    names = actor_names(text)
    assert "Security Council" in names
    assert not any(n.startswith("Security Council S") for n in names)


def test_a_body_of_a_country_keeps_its_country() -> None:
    text = "The Central Bank of Libya said on Monday that salaries would be paid."
    assert "Central Bank of Libya" in actor_names(text)


# fighters killed "after they surrendered", bodies of fighters "found with their hands tied": hors de combat


def test_fighters_shot_after_they_surrendered_are_hors_de_combat() -> None:
    text = "Gunmen shot dead three fighters of a Sabha brigade after they surrendered near Brak on Friday, an official said."
    result = annotate(text, "en")
    assert {i.type for i in result.incidents} == {"killing"}
    assert result.victim_status == "hors_de_combat"


def test_bodies_of_fighters_found_bound_are_hors_de_combat() -> None:
    text = ("The bodies of four fighters of a Zintan unit were found on a farm near Gharyan with their hands tied "
            "behind their backs, a local official said on Friday.")
    result = annotate(text, "en")
    assert "killing" in {i.type for i in result.incidents}
    assert result.victim_status == "hors_de_combat"


def test_fighters_killed_in_a_clash_stay_fighters() -> None:
    text = "Four fighters of a Zintan unit were killed in clashes near Gharyan on Friday after a day of fighting."
    assert annotate(text, "en").incidents == ()


# the wounds found on bodies are the dead's, no one else hurt


def test_wounds_on_bodies_found_are_no_injury() -> None:
    text = ("The bodies of three shepherds were found near Mizda on Friday with their hands bound and gunshot wounds "
            "to the chest, a local official said.")
    assert {i.type for i in annotate(text, "en").incidents} == {"killing"}


def test_people_wounded_beside_bodies_found_stay_hurt() -> None:
    text = ("The bodies of three shepherds were found near Mizda on Friday and two boys were wounded by gunfire nearby, "
            "a local official said.")
    assert "injury" in {i.type for i in annotate(text, "en").incidents}


def test_gunmen_in_uniform_keep_their_description() -> None:
    text = "A taxi driver was shot dead by gunmen in uniform at a checkpoint in Sabha on Friday, his cousin said."
    assert "gunmen in uniform" in actor_names(text)


def test_gunmen_in_military_uniform_stay_whole() -> None:
    text = "A taxi driver was shot dead by gunmen in military uniform at a checkpoint in Sabha on Friday."
    assert "gunmen in military uniform" in actor_names(text)


# a death told by the wound never recovered from ("passed away ... never recovered from the bullet")


def test_never_recovered_from_the_bullet_is_a_killing() -> None:
    text = ("Our uncle Salem passed away on Friday in Zliten. He never recovered from the bullet a militia patrol "
            "fired at his truck in June. He was 71.")
    result = annotate(text, "en")
    assert "killing" in {i.type for i in result.incidents}
    assert result.killed == 1


def test_recovered_from_wounds_is_no_killing() -> None:
    text = "Our uncle Salem has recovered from the bullet a militia patrol fired at his truck in June."
    assert "killing" not in {i.type for i in annotate(text, "en").incidents}
