"""`rasad ner --conll IN OUT` and the pieces under it: labels, BIO repair, bad input as one stderr line."""

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.ner import clean_label, load_model, read_conll, repair_bio, tag
from nlp.ner_eval import conll_scores, spans
from nlp.ner_features import (
    build_gazetteer,
    context_features,
    cue_kind,
    frequency_features,
    gazetteer_marks,
    given_name_entries,
    normalise_token,
    sentence_features,
    word_zipf,
)
from rasad.cli import main

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {"O"} | {f"{p}-{k}" for p in "BI" for k in ("PERS", "LOC", "ORG", "MISC")}


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasad.cli", *args], check=False, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_tags_known_entities_and_keeps_layout(tmp_path: Path) -> None:
    source, target = tmp_path / "in.conll", tmp_path / "out.conll"
    source.write_text("وقال\tO\tx\tpos\nالرئيس\tO\nالأمريكي\tO\nجورج\tO\nبوش\tO\nفي\tO\nواشنطن\tO\n\n\n"
                      "وصل\nوزير\nالخارجية\nإلى\nطرابلس\n", encoding="utf-8")
    assert main(["ner", "--conll", str(source), str(target)]) == 0
    lines = target.read_text(encoding="utf-8").split("\n")
    rows = [line.split("\t") for line in lines if line]
    assert [r[0] for r in rows] == ["وقال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن",
                                    "وصل", "وزير", "الخارجية", "إلى", "طرابلس"]
    assert all(len(r) == 2 and r[1] in ALLOWED for r in rows)
    assert lines.count("") == 3  # one blank line after each of the two sentences, plus the final newline
    labels = {r[0]: r[1] for r in rows}
    assert labels["جورج"] == "B-PERS" and labels["بوش"] == "I-PERS"
    assert labels["واشنطن"] == "B-LOC" and labels["طرابلس"] == "B-LOC"


@pytest.mark.parametrize("content, reason", [
    (None, "not found"),
    (b"", "no tokens"),
    (b"\n\n  \n", "no tokens"),
    (bytes(range(256)) * 40, "binary"),
    (b"\xff\xfe\xfa token\n", "UTF-8"),
    (b"\x01\x02\x03\x04\x05 abc\n" * 10, "control characters"),
])
def test_bad_input_is_one_stderr_line(tmp_path: Path, content: bytes | None, reason: str) -> None:
    source = tmp_path / "in.conll"
    if content is not None:
        source.write_bytes(content)
    result = _run(["ner", "--conll", str(source), str(tmp_path / "out.conll")])
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert reason in result.stderr
    assert not (tmp_path / "out.conll").exists()


def test_missing_output_folder_is_one_stderr_line(tmp_path: Path) -> None:
    source = tmp_path / "in.conll"
    source.write_text("طرابلس\n", encoding="utf-8")
    result = _run(["ner", "--conll", str(source), str(tmp_path / "no" / "out.conll")])
    assert result.returncode != 0 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_eval_conll_reports_per_label_f1(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conll"
    gold.write_text("قال\tO\nجورج\tB-PERS\nبوش\tI-PERS\nفي\tO\nواشنطن\tB-LOC\n\n", encoding="utf-8")
    result = _run(["eval", "--conll", str(gold), "--format", "json"])
    assert result.returncode == 0, result.stderr
    assert "PERS" in result.stdout and "LOC" in result.stdout and "f1" in result.stdout


def test_odd_tokens_never_break_tagging() -> None:
    sentences = [["", " ", "\u200f", "ـــ", "١٢٣", "A.B", "...", "x" * 5000, "ﻻ"], [], ["وبطرابلس"]]
    labels = tag(sentences)
    assert [len(s) for s in labels] == [9, 0, 1]
    assert all(label in ALLOWED for sentence in labels for label in sentence)


def test_clean_label_maps_aqmar_and_stray_tags() -> None:
    labels = ["B-PER", "I-MIS2", "B-MIS-1", "B-MISS1", "B-MIS1`", "IO", "OO", "B-ENGLISH", "I--ORG", "O", "B-LOC"]
    assert [clean_label(x) for x in labels] == [
        "B-PERS", "I-MISC", "B-MISC", "B-MISC", "B-MISC", "O", "O", "O", "I-ORG", "O", "B-LOC"]


def test_repair_bio_starts_entities_at_stray_inside_tags() -> None:
    assert repair_bio(["I-LOC", "I-LOC", "O", "I-PERS", "I-ORG"]) == ["B-LOC", "I-LOC", "O", "B-PERS", "B-ORG"]


def test_read_conll_ignores_extra_columns_and_repeated_blank_lines() -> None:
    rows = list(read_conll(["a\tX\tY\n", "b c\n", "\n", "\n", "d\n"]))
    assert [[r[0] for r in s] for s in rows] == [["a", "b"], ["d"]]


def test_scores_count_exact_spans_only() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    assert spans(gold[0]) == {(0, 2, "PERS"), (3, 4, "LOC")}
    scores = conll_scores(gold, [["B-PERS", "O", "O", "B-LOC"]])
    assert scores["per_label"]["LOC"]["f1"] == 1.0 and scores["per_label"]["PERS"]["f1"] == 0.0
    assert scores["micro"]["precision"] == 0.5 and scores["micro"]["recall"] == 0.5


def test_gazetteer_marks_cover_multiword_names_after_clitics() -> None:
    gazetteer = build_gazetteer([("بني وليد", "LOC"), ("قوة الردع", "ORG")])
    words = [normalise_token(t) for t in ["وصلت", "قوة", "الردع", "إلى", "وبني", "وليد"]]
    marks = gazetteer_marks(words, gazetteer)
    assert marks == [set(), {"B-ORG"}, {"I-ORG"}, set(), {"B-LOC"}, {"I-LOC"}]
    features = sentence_features(["وبني", "وليد"], [gazetteer])
    assert features[0]["gaz0:B-LOC"] and features[1]["gaz0:I-LOC"] and features[1]["gaz0:-1:B-LOC"]


def test_shipped_model_carries_its_own_gazetteers_clusters_and_first_pass() -> None:
    model = load_model()
    assert [len(g) > 100 for g in model.gazetteers] == [True, True, True]  # places/actors, memory, given names
    assert model.context_window > 0 and len(model.first_pass_gazetteers) == 2
    assert model.clusters is not None and len(model.clusters) > 5000
    assert model.meta["word_frequencies"].startswith("wordfreq ") and model.zipf is not None


def test_neighbouring_sentences_inform_the_tagging() -> None:
    """Two-pass tagging: a sentence's labels may depend on its neighbours, but never on far-away ones."""
    model = load_model()
    sentence = ["قال", "بيتروفيتش", "إن", "الفريق", "جاهز"]
    alone = model.tag_many([sentence])[0]
    far = model.tag_many([sentence] + [["و"]] * (model.context_window + 1)
                         + [["المدرب", "بيتروفيتش"]] * 3)[0]
    assert far == alone


def test_eval_of_a_binary_conll_file_is_one_stderr_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conll"
    gold.write_bytes(b"\xec\x80\xff" * 100)
    result = _run(["eval", "--conll", str(gold)])
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_context_features_see_only_other_nearby_sentences() -> None:
    sentences = [["قال", "أورفان"], ["وأورفان", "هنا"], ["x"], ["أورفان"]]
    first_pass = [["O", "B-PERS"], ["O", "O"], ["O"], ["B-ORG"]]
    near = context_features(sentences, first_pass, window=1)
    assert near[1][0] == {"ctx:PERS": True, "ctx:mostly-entity": True}  # clitic و stripped, from sentence 0
    assert near[0][1] == {"ctx:O": True}  # its own PERS label does not count; sentence 1 says O
    assert near[3][0] == {}  # sentence 2 has no أورفان, sentence 1 is out of the window
    assert context_features(sentences, first_pass, window=0)[1][0] == {}


def test_frequency_features_tell_common_words_from_rare_names() -> None:
    """wordfreq's installed Arabic list: a common noun is frequent and takes the article; a rare
    transliterated surname is neither; spellings folded by the normaliser share one entry."""
    zipf = word_zipf()
    assert zipf[normalise_token("أحمد")] >= zipf.get("احمد", 0.0) > 3
    common = frequency_features("كتاب", "كتاب", zipf)
    rare = frequency_features("بيتروفيتش", "بيتروفيتش", zipf)
    assert int(common["zs"]) > int(rare["zs"])
    assert int(common["alg"]) > int(frequency_features("جورج", "جورج", zipf)["alg"])
    features = sentence_features(["قال", "كتاب"], (), zipf)
    assert features[1]["zf"] == common["zf"] and "-1:zs" in features[1]
    assert "zf" not in sentence_features(["قال"], ())[0]


def test_entity_cues_mark_the_cue_and_the_two_words_after_it_with_or_without_clitics() -> None:
    assert [cue_kind(normalise_token(w)) for w in ("للبطولة", "والشركة", "نادي", "وكالة", "طرابلس")] == [
        "MISC", "ORG", "ORG", "ORG", None]
    features = sentence_features(["فاز", "نادي", "الوداد", "بكأس", "العرش"], (), cues=True)
    marks = [{k for k in f if k.startswith("cue")} for f in features]
    assert marks == [set(), {"cue0:ORG"}, {"cue-1:ORG"}, {"cue-2:ORG", "cue0:MISC"}, {"cue-1:MISC"}]
    assert not any(k.startswith("cue") for f in sentence_features(["نادي", "الوداد"], ()) for k in f)


@pytest.mark.parametrize("cues", [True, False])
def test_a_model_trained_with_cue_marks_gets_them_at_tagging_time(tmp_path: Path, cues: bool) -> None:
    """meta.json's entity_cues switches the marks on for tagging: a name after a cue never seen in
    training (للوكالة) is an ORG only through the shared cue mark."""
    import json

    import pycrfsuite

    after_cue = [["نادي", "زامورا"], ["شركة", "ميكرو"], ["فريق", "بيرا"], ["وكالة", "نوفا"], ["حزب", "دالي"]]
    after_verb = [["قال", "زامير"], ["وصل", "ميرو"], ["كتب", "بيرو"], ["رأى", "نوفو"], ["سمع", "دالو"]]
    train = [(t, ["O", "B-ORG"]) for t in after_cue] + [(t, ["O", "O"]) for t in after_verb]
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in train:
        trainer.append(sentence_features(tokens, (), cues=True), labels)
    trainer.set_params({"c1": 0.0, "c2": 0.001, "max_iterations": 100})
    trainer.train(str(tmp_path / "model.crfsuite"))
    (tmp_path / "meta.json").write_text(json.dumps({"gazetteers": [], "entity_cues": cues}), encoding="utf-8")
    labels = load_model(str(tmp_path)).tag(["للوكالة", "زيتا"])
    assert labels == (["O", "B-ORG"] if cues else ["O", "O"])


def test_given_names_list_is_read_without_comments_and_marks_names() -> None:
    entries = given_name_entries()
    assert ("محمد", "GIVEN") in entries and ("عقيد", "TITLE") in entries
    assert {kind for _, kind in entries} == {"GIVEN", "TITLE", "KIN"}
    assert not any(name.startswith("#") for name, _ in entries)
    gazetteer = build_gazetteer(entries)
    words = [normalise_token(t) for t in ["والعقيد", "احمد", "عبد", "الله"]]
    assert gazetteer_marks(words, gazetteer) == [{"B-TITLE"}, {"B-GIVEN"}, {"B-GIVEN"}, {"I-GIVEN"}]


def test_one_very_long_sentence_is_tagged_in_bounded_pieces(tmp_path: Path, monkeypatch) -> None:
    from nlp import ner

    seen: list[int] = []
    real_tag = ner.tag

    def counting_tag(sentences, model_path=None):
        seen.extend(len(s) for s in sentences)
        return real_tag(sentences, model_path)

    monkeypatch.setattr(ner, "tag", counting_tag)
    tokens = (["وصل", "محمد", "علي", "إلى", "مدينة", "بنغازي", "أمس"] * 400)[:2500]
    source, target = tmp_path / "long.conll", tmp_path / "out.conll"
    source.write_text("".join(f"{t}\n" for t in tokens) + "\n" + "قال\nوزير\n", encoding="utf-8")
    assert ner.tag_conll_file(source, target) == (2, 2502)
    assert max(seen) <= ner.MAX_SENTENCE_TOKENS and sum(seen) == 2502
    lines = target.read_text(encoding="utf-8").split("\n")
    assert [line.split("\t")[0] for line in lines if line] == [*tokens, "قال", "وزير"]
    assert lines[2500] == "" and lines[2501].startswith("قال\t") and lines[2503:] == ["", ""]  # layout kept
    labels = [line.split("\t")[1] for line in lines if line]
    assert labels[5] == "B-LOC" and labels[5 + 7 * 200] == "B-LOC"  # tagged the same across piece boundaries
    assert all(not (b.startswith("I-") and a == "O") for a, b in itertools.pairwise(labels))
