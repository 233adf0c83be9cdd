"""Our NER labels on real news ship without the texts and join back to AFND/ASND sentences by source and digest."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from nlp.ner_extra import LABELS, digest, labelled_sentences, main, sentences
from rasad.errors import UserError

TYPES = {"PERS", "LOC", "ORG", "MISC"}

ARTICLE = ("أعلن الرئيس عبد المجيد تبون اليوم في الجزائر عن برنامج جديد للسكن في ولاية وهران . "
           "وقال إن البرنامج يبدأ الشهر المقبل.\nقصير جدا .")
POST = "عاجل | وصول وفد الأمم المتحدة إلى طرابلس لبحث وقف إطلاق النار مع الأطراف الليبية https://t.co/x #ليبيا"


def test_label_file_rows_are_typed_spans_without_text() -> None:
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 1000
    for row in rows:
        assert set(row) == {"src", "sha1", "ents", "annotator"}  # no tokens: the texts stay in their releases
        assert row["src"].startswith(("afnd:", "asnd:")) and len(row["sha1"]) == 12
        ends = [0]
        for kind, start, end in row["ents"]:
            assert kind in TYPES and ends[-1] <= start < end  # in order, not overlapping
            ends.append(end)


def test_sentences_are_anercorp_tokens_of_arabic_lines_of_8_to_55_tokens() -> None:
    cut = list(sentences(ARTICLE))
    assert cut[0][:4] == ["أعلن", "الرئيس", "عبد", "المجيد"] and cut[0][-1] == "."
    assert ["قصير", "جدا", "."] not in cut  # under 8 tokens
    assert all("ليبيا" not in token and "https" not in token for token in next(sentences(POST)))
    assert list(sentences("the quick brown fox jumps over the lazy dog again .")) == []  # not Arabic
    assert list(sentences("وتشن ّ جماعات مسلحة هجمات على أهداف عسكرية في المنطقة .")) == [
        ["وتشن", "جماعات", "مسلحة", "هجمات", "على", "أهداف", "عسكرية", "في", "المنطقة", "."]]  # lone mark dropped


def _releases(tmp_path: Path) -> tuple[Path, Path]:
    afnd = tmp_path / "Dataset"
    (afnd / "source_6").mkdir(parents=True)
    articles = [{"title": "t", "text": "نص آخر", "published date": "2021"}, {"title": "t", "text": ARTICLE}]
    (afnd / "source_6" / "scraped_articles.json").write_text(json.dumps({"articles": articles}), encoding="utf-8")
    asnd = tmp_path / "asnd"
    asnd.mkdir()
    with (asnd / "sm_news_ar_trn.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Class", "Content", "ID", "Platform"])
        writer.writerow(["politics", POST, "42_7", "twitter"])
    with (asnd / "sm_news_ar_dev.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Class", "Content", "ID", "Platform"])
        writer.writerow(["politics", POST.replace("طرابلس", "بنغازي"), "42_7", "twitter"])  # same id, other CSV
    return afnd, asnd


def _labels(tmp_path: Path, sha1: str | None = None) -> Path:
    first = next(sentences(ARTICLE))
    post = next(sentences(POST))
    rows = [{"src": "afnd:source_6:1", "sha1": sha1 or digest(first), "annotator": "t",
             "ents": [["PERS", 2, 5], ["LOC", 7, 8]]},
            {"src": "asnd:42_7", "sha1": digest(post), "annotator": "t", "ents": [["ORG", 4, 6], ["LOC", 7, 8]]}]
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_labels_join_to_bio_sentences(tmp_path: Path) -> None:
    afnd, asnd = _releases(tmp_path)
    (tokens, labels), (post_tokens, post_labels) = labelled_sentences(afnd, asnd, _labels(tmp_path))
    assert [t for t, y in zip(tokens, labels, strict=True) if y != "O"] == ["عبد", "المجيد", "تبون", "الجزائر"]
    assert labels[2:5] == ["B-PERS", "I-PERS", "I-PERS"] and labels[7] == "B-LOC"
    assert post_tokens[4:6] == ["الأمم", "المتحدة"] and post_labels[4:8] == ["B-ORG", "I-ORG", "O", "B-LOC"]


def test_posts_of_asnd_dev_and_test_csvs_are_named_by_part(tmp_path: Path) -> None:
    afnd, asnd = _releases(tmp_path)
    post = next(sentences(POST.replace("طرابلس", "بنغازي")))
    path = tmp_path / "dev_labels.jsonl"
    row = {"src": "asnd:dev:42_7", "sha1": digest(post), "annotator": "t", "ents": [["LOC", 7, 8]]}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    [(tokens, labels)] = labelled_sentences(afnd, asnd, path)
    assert tokens[7] == "بنغازي" and labels[7] == "B-LOC"  # the dev CSV's post, not the training CSV's namesake
    (asnd / "sm_news_ar_dev.csv").unlink()
    with pytest.raises(UserError, match="sm_news_ar_dev.csv not found"):
        labelled_sentences(afnd, asnd, path)


def test_a_review_file_replaces_rows_and_a_round_file_adds_them(tmp_path: Path) -> None:
    afnd, asnd = _releases(tmp_path)
    first = _labels(tmp_path)
    rows = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    review = tmp_path / "review.jsonl"  # the article's sentence: the place dropped, the person kept
    review.write_text(json.dumps(rows[0] | {"ents": [["PERS", 2, 5]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    round_file = tmp_path / "round.jsonl"  # a sentence not labelled before
    second = next(sentences(POST.replace("طرابلس", "بنغازي")))
    round_file.write_text(json.dumps({"src": "asnd:dev:42_7", "sha1": digest(second), "annotator": "r",
                                      "ents": []}) + "\n", encoding="utf-8")
    joined = labelled_sentences(afnd, asnd, first, review, round_file)
    assert len(joined) == 3 and joined[2][0] == second
    assert "B-LOC" not in joined[0][1] and joined[0][1][2] == "B-PERS"  # replaced where it stood
    assert joined[1][1][4:6] == ["B-ORG", "I-ORG"]  # the post's row untouched
    out = tmp_path / "out.conll"
    assert main([str(afnd), str(asnd), str(out), str(first), str(review), str(round_file)]) == 0
    assert out.read_text(encoding="utf-8").count("\n\n") == 3


def test_a_missing_label_file_is_one_line_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    afnd, asnd = _releases(tmp_path)
    assert main([str(afnd), str(asnd), str(tmp_path / "o.conll"), str(tmp_path / "nope.jsonl")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: a label file could not be read") and "\n" not in err


def test_a_changed_text_is_refused_not_joined(tmp_path: Path) -> None:
    afnd, asnd = _releases(tmp_path)
    with pytest.raises(UserError, match="no sentence with digest"):
        labelled_sentences(afnd, asnd, _labels(tmp_path, sha1="0" * 12))


def test_cli_says_which_release_file_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    afnd, _ = _releases(tmp_path)
    assert main([str(afnd), str(tmp_path / "nowhere"), str(tmp_path / "out.conll")]) == 2
    assert "sm_news_ar_trn.csv not found" in capsys.readouterr().err
