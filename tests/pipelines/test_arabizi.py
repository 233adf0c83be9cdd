"""Arabizi recall on posts we wrote, kept apart from the text the Arabizi n-gram model is counted from.

`data/arabizi_posts_test.jsonl`: 84 Arabizi posts (Libyan, Tunisian, Algerian, Moroccan, Egyptian,
Levantine, Gulf; with and without digit-letters, some mixed with French or English) and 105 short
posts in English, French, Italian, Spanish and Arabic script on the same topics. None of these texts
is in `pipelines/data/arabizi_train.txt`, and no threshold was chosen on them.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from pipelines.arabizi import arabizi_margin, ngrams
from pipelines.language import _arabizi_hits, _is_digit_letter_word, detect_language

TEST_SET = Path(__file__).parent / "data" / "arabizi_posts_test.jsonl"
TRAIN_FILE = Path(__file__).parents[2] / "pipelines" / "data" / "arabizi_train.txt"
# Answered-and-right per language before the n-gram model (rules + langdetect only): the floor.
BEFORE = {"en": 29, "fr": 22, "it": 25, "es": 10, "ar": 15}


def rows() -> list[dict]:
    return [json.loads(line) for line in TEST_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_test_split_is_apart_from_training_text():
    train = {line.strip().lower() for line in TRAIN_FILE.read_text(encoding="utf-8").splitlines()}
    assert not [row["text"] for row in rows() if row["text"].strip().lower() in train]


def test_arabizi_recall_and_no_loss_on_other_languages():
    data = rows()
    guesses = [detect_language(row["text"]) for row in data]
    arabizi = [guess for row, guess in zip(data, guesses, strict=True) if row["arabizi"]]
    recall = sum(guess.arabizi and guess.language == "ar" for guess in arabizi) / len(arabizi)
    assert len(arabizi) >= 80
    assert recall >= 0.90, recall
    false_flags = [
        row["text"] for row, guess in zip(data, guesses, strict=True) if not row["arabizi"] and guess.arabizi
    ]
    assert false_flags == []
    wrong = [
        row["text"]
        for row, guess in zip(data, guesses, strict=True)
        if not row["arabizi"] and guess.language not in (None, row["language"])
    ]
    assert wrong == []
    right = Counter(
        row["language"]
        for row, guess in zip(data, guesses, strict=True)
        if not row["arabizi"] and guess.language == row["language"]
    )
    for language, floor in BEFORE.items():
        assert right[language] >= floor, (language, right[language])


def test_margin_sides():
    assert arabizi_margin("ma kaynch l3dala f had lblad") > 0
    assert arabizi_margin("The ministry says exams are postponed by two weeks") < 0
    assert arabizi_margin("") == 0.0
    assert arabizi_margin("hhhhh 2026") == 0.0  # laughter and numbers are no evidence either way


def test_ngrams_keep_digits_and_word_edges():
    grams = ngrams("3la")
    assert " 3" in grams and "3la" in grams and "a " in grams


def test_names_and_slang_do_not_lean_arabizi():
    """Unseen n-grams cost every model the same: a rare name no longer votes Arabizi."""
    assert arabizi_margin("Watched Kanye's VMA speech last night, c'mon, what was that") < 0
    assert not detect_language("Watched Kanye's VMA speech last night, c'mon, what was that").arabizi


@pytest.mark.parametrize(
    "text", ["ahahahahah si ci credo, ma quanto l'hai pagato?", "HAHAHAHAHA no comment ragazzi, alla fine"]
)
def test_laughter_is_not_arabizi(text):
    assert not detect_language(text).arabizi


def test_ordinals_and_times_are_not_digit_letters():
    assert not detect_language("The 3rd and 4th rounds start at 8pm on the 25th, see you at 9pm").arabizi


@pytest.mark.parametrize(
    "text",
    [
        "ma7leha",
        "yaatik saha",
        "hhhh ena mouch m3akom",
        "wesh",
        "khouya",
        "bzaf",
        "3lech",
        "ya3tik",
        "inchallah",
        "mabrouk",
        "hhhhh",
        "hadchi zwin",
        "ezayak ya basha",
        "kifak",
    ],
)
def test_short_arabizi_posts_are_flagged(text):
    """Under the word floor, one clear Arabizi word (digit-letter, dialect word, "hhhh") answers."""
    guess = detect_language(text)
    assert guess.arabizi and guess.language == "ar"


def test_one_clear_arabizi_word_decides_a_code_switched_post():
    assert detect_language("on se voit demain, nchoufek").arabizi
    assert not detect_language("The win was the team's best since the cup final").arabizi


@pytest.mark.parametrize(
    "text", ["Fin", "W", "Bel", "rabbi", "win", "machi", "Khalifa Haftar", "Zawiya clashes", "Benghazi"]
)
def test_short_posts_of_european_words_or_names_are_not_arabizi(text):
    """Function words that are also European words or names ("fin", "bel") do not decide a short post alone,
    and two-word names, whose n-grams lean Arabizi (margin about 1.1-1.2), stay under SHORT_MARGIN."""
    assert not detect_language(text).arabizi


def test_laughter_is_dropped_from_ngrams_and_held_letters_shortened():
    assert ngrams("hahaha 2019") == []
    assert "oop" in ngrams("toooop") and "ooo" not in ngrams("toooop")


@pytest.mark.parametrize(
    "text", ["yarhamha", "nestannaw", "tfarjna", "fhemtkom", "sahitkom", "ykhalik", "kifeh ndirou"]
)
def test_words_no_european_list_knows_decide_a_short_post(text):
    """A one- or two-word post with no listed dialect word and no digit-letter is Arabizi when each word is
    unknown to the European word lists and its own n-grams lean Arabizi."""
    guess = detect_language(text)
    assert guess.arabizi and guess.language == "ar"


@pytest.mark.parametrize(
    "text",
    [
        "franchement les prix au marché ykasrou et personne ydhakher",
        "je suis rentré tard, ykhabtou partout et la route msakra",
        "the power cut again and nestannaw since morning, mchetlou el kahraba",
    ],
)
def test_a_french_or_english_post_with_arabizi_words_is_arabizi(text):
    """Code-switched posts: two Arabizi words among French or English ones are a fifth of the post."""
    assert detect_language(text).arabizi


@pytest.mark.parametrize(
    "text",
    [
        "clashes in zawiya and janzour tonight",
        "heavy gunfire in tajoura and gharyan since morning",
        "Clashes reported near Tajoura and Gharyan this morning",
        "Zawiya",
    ],
)
def test_place_names_and_capitalised_words_are_not_arabizi_evidence(text):
    """Libyan place names are unknown to European word lists and lean Arabizi, but an English post about
    them is English: the gazetteer's place words and capitalised words inside a post do not count."""
    assert not detect_language(text).arabizi


@pytest.mark.parametrize("text", ["Ah I see", "Well are you ?", "nah close your eyes"])
def test_n_grams_alone_do_not_make_arabizi_of_common_european_words(text):
    assert not detect_language(text).arabizi


@pytest.mark.parametrize("text", ["aywaaa", "yallaaaa", "wlaaaah", "chokrann", "mabroukkk"])
def test_dialect_words_with_held_letters_are_dialect_words(text):
    assert _arabizi_hits(text).unambiguous == 1


@pytest.mark.parametrize("text", ["well", "hellooo", "Well are you"])
def test_european_words_are_not_shortened_into_dialect_words(text):
    """Without its last letter "well" is "wel" (Arabizi "and the"), but a European word is left as it is."""
    assert _arabizi_hits(text).distinct == 0


def test_a_name_like_dialect_word_and_an_unknown_word_make_a_two_word_post_arabizi():
    """Alone, "rabi" is also a name; with a word no European list knows it is Arabizi."""
    assert detect_language("rabi ysahhel").arabizi
    assert not detect_language("rabi Zawiya").arabizi


@pytest.mark.parametrize(
    "text",
    [
        (
            "franchement je ne comprends pas pourquoi les gens attendent encore, le gouvernement ne fait rien"
            " et les prix montent chaque semaine, wallah ma nefhemch chnowa yestannaw"
        ),
        (
            "honestly I do not understand why people are still waiting in that line since morning, the station"
            " has no fuel, wallah ma fhemtesh shnu yestannu"
        ),
    ],
)
def test_three_arabizi_words_in_a_long_french_or_english_post_make_it_arabizi(text):
    """Three evidence words and a tenth of the post: the Arabic part of a code-switched post is the Arabizi."""
    assert detect_language(text).arabizi


def test_a_long_english_report_with_libyan_names_stays_english():
    text = (
        "Armed clashes broke out on Sunday between the Radaa force and a brigade from Zawiya near Mitiga"
        " airport in Tripoli, and the Government of National Unity led by Abdulhamid Dbeibah called for calm"
    )
    guess = detect_language(text)
    assert guess.language == "en" and not guess.arabizi


@pytest.mark.parametrize("word", ["mafamech", "mrigel", "brabbi", "nchalah", "makach", "shinu", "bslama"])
def test_maghrebi_and_libyan_dialect_words_are_listed(word):
    assert _arabizi_hits(f"{word} ok").unambiguous == 1


@pytest.mark.parametrize("text", ["merci ykhalik", "bravo yarhamha"])
def test_a_two_word_post_with_one_unknown_arabizi_word_is_arabizi(text):
    assert detect_language(text).arabizi


@pytest.mark.parametrize("text", ["Abdulhamid Dbeibah", "Fathi Bashagha", "Souq aljuma", "Janzour now"])
def test_two_word_names_and_places_stay_uncertain(text):
    """Two capitalised words are a name, and place words are no evidence, though their n-grams lean Arabizi."""
    guess = detect_language(text)
    assert guess.language is None and not guess.arabizi


@pytest.mark.parametrize("text", ["You ' re all mine", "I ' ll ask you", "Hi ' ya how are you"])
def test_a_lone_apostrophe_is_not_a_word(text):
    """Tokenised posts split "you're" into "you ' re": the lone apostrophe is no unknown word, so a post of common
    English words is still one that letter n-grams alone do not make Arabizi."""
    assert not detect_language(text).arabizi


@pytest.mark.parametrize(
    "text",
    [
        "je suis rentré tard du travail et le bus était plein comme toujours, sa7a",
        "on a attendu deux heures devant la mairie pour un papier, 9ahrouna",
        "le prix des pommes de terre a encore augmenté cette semaine au marché 3la walou",
        "Je ne sais pas pourquoi il a fait ça, m3a les voisins",
        "la coupure d'électricité a duré toute la journée dans notre quartier, ma3lich",
        "the wedding was beautiful and the food was amazing, bnin bezzaf",
    ],
)
def test_one_strong_arabizi_word_decides_a_french_or_english_post(text):
    """A listed dialect word no European list knows, or a lower-case word with 3, 5, 7 or 9 for a letter, makes an
    Algerian post written mostly in French (or English) Arabizi although its n-grams lean European."""
    guess = detect_language(text)
    assert guess.language == "ar" and guess.arabizi


@pytest.mark.parametrize(
    "text",
    [
        "stasera guardo il dibattito su rai3 con mia madre e mio padre",
        "ci vediamo alle 9 su la7 per il telegiornale della sera",
        "salu2 a todos los amigos del barrio, nos vemos el sábado",
        "vi hasta el 2do episodio y me dormí en el sofá",
        "ayer me daba miedo salir de casa sola por la noche",
        "Le débat sur France2 hier soir était vraiment ennuyeux et trop long",
        "ho comprato il biglietto per 3fascia oraria, che fregatura",
    ],
)
def test_channel_names_spanish_digit_slang_and_european_dialect_words_are_not_strong(text):
    """TV channels ("rai3", "la7": a European word once the digit is put aside), digit 2 for Spanish "dos", capitalised
    names and listed words that are also European ("daba") do not decide a European post whose n-grams lean
    European (each would, were the one-word margin simply lowered to STRONG_WORD_MARGIN)."""
    assert not detect_language(text).arabizi


@pytest.mark.parametrize(
    "text",
    [
        "ngolek la vérité",
        "le bus n'est pas venu ce matin, hchouma",
        "le prof est absent encore, zaama",
        "on a fait la fête jusqu'au matin avec les copains, ghaya",
        "la mairie a encore fermé le guichet, bessah",
        "j'ai envoyé le dossier mais ils veulent encore des papiers, wa9il",
        "la réunion à l'APC a duré trois heures pour rien, ngolek",
    ],
)
def test_algerian_dialect_words_are_listed(text):
    """Algerian words that no European list knows: one of them makes a French post Arabizi."""
    guess = detect_language(text)
    assert guess.language == "ar" and guess.arabizi


@pytest.mark.parametrize(
    "text", ["raki sure de ça ? derk fermé", "dert le gâteau mais il est raté, chouf la photo"]
)
def test_algerian_words_that_are_also_european_count_together(text):
    """raki, derk, dert, chouf, wella, nji are listed but also in a European list (Turkish dert, Dutch derk): two of
    them make a short French post Arabizi, one alone would not decide."""
    assert detect_language(text).arabizi


@pytest.mark.parametrize(
    "text",
    [
        "FRANCHEMENT LE CONCERT ÉTAIT TRÈS BIEN, SA7ITOU",
        "LE PROF EST ENCORE ABSENT AUJOURD'HUI, DA7KOUNA",
        "I WAITED THREE HOURS AT THE POST OFFICE, TA3BOUNA",
    ],
)
def test_digit_letter_words_in_capitals_count(text):
    """A post written in capitals keeps its digit-letter words when two letters stand either side of the digit."""
    assert detect_language(text).arabizi


@pytest.mark.parametrize(
    "text",
    [
        "MISE A JOUR PS4 ET MP3 GRATUIT",
        "THE H5N1 VIRUS IS BACK IN THE NEWS",
        "VOTE M5S ALLE ELEZIONI DI DOMANI",
    ],
)
def test_codes_in_capitals_are_not_digit_letter_words(text):
    assert not detect_language(text).arabizi


@pytest.mark.parametrize("text", ["tbarkalah", "machalla ya 7bibi", "inchalla nchoufkom", "bravo machallah"])
def test_spellings_of_religious_formulas_are_listed(text):
    """The formulas in the spellings Maghrebi posts use are Arabizi words: alone, with other Arabizi, or with too
    little else to call the post French or English (fifth pass: in a French or English sentence they are loanwords)."""
    assert detect_language(text).arabizi


@pytest.mark.parametrize(
    "text",
    [
        "9alet la vérité devant tout le monde et personne ne l'a crue",
        "ils ont coupé l'eau encore une fois, 3ayla kamla sans eau",
    ],
)
def test_a_digit_before_a_short_turkish_looking_word_is_still_strong(text):
    """ "9alet" and "3ayla" are Arabizi although "alet" and "ayla" are Turkish words: only a digit glued to a European
    word of five letters or more ("3fascia") is a number and a word."""
    assert detect_language(text).arabizi


@pytest.mark.parametrize(
    "text",
    [
        "alhamdulillah my brother got home from the hospital tonight",
        "yalla guys the bus leaves at eight",
        "the meeting ended late, mashallah everyone stayed",
        "I waited three hours at the airport and nobody told us anything, wallahi",
        "wallah c est trop bien ce concert",
        "félicitations pour le diplôme ma chérie, machalla",
        "le nouveau pont est enfin ouvert à la circulation, tbarkalah",
        "on part demain matin pour Constantine, inchalla",
        "zarma il a oublié son portable",
    ],
)
def test_a_borrowed_formula_in_an_english_or_french_sentence_is_a_loanword(text):
    """A formula or slang word borrowed into English or French ("inshallah", "yalla", "wallah", "wesh", "zarma") is
    the post's only Arabic: the rest of the post decides, as an English post with "déjà vu" is not French (README,
    fifth pass; tests/pipelines/data/lang_english_arabic_speakers.jsonl)."""
    assert not detect_language(text).arabizi


@pytest.mark.parametrize(
    "text",
    [
        "inshallah ma ykoun fih chay, see you tomorrow",
        "merci bcp khouya, alhamdulillah kolchi mli7",
        "bro wallah ma 3andi wa9t today",
    ],
)
def test_a_formula_with_other_arabizi_is_judged_with_it(text):
    """With another Arabizi word the formula counts as before: the post has an Arabic clause, not a loanword."""
    guess = detect_language(text)
    assert guess.language == "ar" and guess.arabizi


@pytest.mark.parametrize(
    "text",
    [
        "haftar and dbeibah spoke by phone on monday",
        "menfi and bashagha visited shahat",
        "bashagha and dbeibah meet in tunis next week",
    ],
)
def test_lower_case_libyan_names_are_not_arabizi(text):
    """Libyan surnames and places the gazetteer lacks (`names_not_arabizi`), and the gazetteer's own place words,
    written in lower case are neither unknown-word evidence nor counted in the n-gram margin."""
    assert not detect_language(text).arabizi


@pytest.mark.parametrize("text", ["gr8 show 2nite guys", "l8r m8, w8 for me", "a2m1 tout le monde"])
def test_english_and_french_text_speak_is_not_digit_letter_arabizi(text):
    assert not detect_language(text).arabizi


def test_moroccan_8_for_h_stays_a_digit_letter_word():
    """Text-speak is listed, not read as 8 = "ate": "ch8ar" would be Spanish "chatear"."""
    assert _is_digit_letter_word("ch8ar", "ch8ar")
    assert detect_language("9alet lik w8 chwiya").arabizi


NEW_SET = Path(__file__).parent / "data" / "lang_english_arabic_speakers.jsonl"


def test_english_and_french_by_arabic_speakers_regression_gate():
    """The fifth pass's tuning set (rules were chosen on it, so a gate, not an estimate): at most the 13 false flags
    left (posts whose rest is under LOAN_REST_WORDS words, two Arabic show/song titles) and its Arabizi-mixed recall."""
    data = [json.loads(line) for line in NEW_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    guesses = [detect_language(row["text"]).arabizi for row in data]
    false_flags = sum(g and not row["arabizi"] for row, g in zip(data, guesses, strict=True))
    positives = [g for row, g in zip(data, guesses, strict=True) if row["arabizi"]]
    assert false_flags <= 13
    assert sum(positives) / len(positives) >= 0.95
