"""English Libya-precision pass (all tune files, twentieth session; docs/labelling.md, "English Libya-precision pass
(all tune files, twentieth session)"): soldiers or fighters harmed where the text tells an attack on their post,
checkpoint or patrol, or a clash, are fighters-only casualties also when the gunmen are named (the labelling guide:
soldiers killed in clashes with armed groups, or in attacks on their posts, are fighters). Checked on the rules'
own decision (the model switched off: it was trained on the tune items), on our own sentences (written by the rasad
team; no real events)."""

import pytest

from nlp.annotate import annotate


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules' decision (``decide`` with no model): the fighters-only drop is a rule, not the model's weights."""
    monkeypatch.setattr("nlp.annotate.load_model", lambda: None)


def types(text: str) -> set[str]:
    return {i.type for i in annotate(text, "en").incidents}


# --- soldiers at a post, checkpoint or patrol the gunmen attacked ----------------------------------------------------


def test_soldiers_killed_when_gunmen_attacked_a_checkpoint_are_fighters() -> None:
    text = ("Three soldiers killed as gunmen storm desert checkpoint\n"
            "Three soldiers were killed and one wounded when gunmen attacked a checkpoint of the army east of Ghat "
            "on Monday, a military spokesman said.")
    assert types(text) == set()


def test_soldiers_killed_when_gunmen_ambushed_their_patrol_are_fighters() -> None:
    text = ("Four soldiers killed in ambush near Brak\n"
            "Four soldiers were killed and two wounded when gunmen ambushed their patrol near Brak on Sunday, the "
            "army said.")
    assert types(text) == set()


def test_soldiers_wounded_at_an_army_post_the_gunmen_fired_on_are_fighters() -> None:
    text = ("Gunmen open fire on army post in Jufra, two soldiers hurt\n"
            "Unknown gunmen opened fire on an army post in Jufra on Friday, wounding two soldiers, the army said.")
    assert types(text) == set()


# --- a clash: the gunmen killed were one of the parties ---------------------------------------------------------------


def test_gunmen_killed_in_a_clash_with_no_civilian_hurt_are_fighters() -> None:
    text = ("Two gunmen killed as rival groups clash in Gharyan\n"
            "Two armed groups clashed overnight in Gharyan; three gunmen were killed, no civilians hurt, the "
            "municipality said.")
    assert types(text) == set()


# --- look-alikes that keep their incident -----------------------------------------------------------------------------


def test_civilians_killed_at_an_attacked_checkpoint_stay_a_killing() -> None:
    text = ("Gunmen attacked an army checkpoint near Sabha on Monday and killed two civilians waiting in their car, "
            "relatives said.")
    assert "killing" in types(text)


def test_policemen_killed_by_robbers_at_a_patrol_stay_a_killing() -> None:
    text = "Two policemen were killed when robbers opened fire on a police patrol in Misrata on Tuesday, police said."
    assert "killing" in types(text)


def test_a_woman_killed_in_a_clash_stays_a_killing() -> None:
    text = ("A woman was killed by a stray bullet when two armed groups clashed in Zawiya on Monday, the hospital "
            "said.")
    assert "killing" in types(text)
