"""Word clusters learnt from unlabelled text (nlp/ner_clusters.py): words used alike share ids."""

from pathlib import Path

import pytest

import nlp.ner_clusters
from nlp.ner_clusters import (
    SIZES,
    VECTOR_SIZES,
    build_clusters,
    build_vector_clusters,
    cluster_features,
    cluster_key,
    folder_texts,
    merge_clusters,
    read_clusters,
    sampled_paragraphs,
    text_tokens,
    write_clusters,
)
from nlp.ner_features import normalise_token


def _corpus() -> list[list[str]]:
    sentences = []
    for _ in range(3):
        for name in ("جورج", "بوش", "ميسي"):
            sentences.append(["قال", name, "إن", "الوضع", "جيد"])
        for place in ("طرابلس", "بنغازي"):
            sentences.append(["وصل", "إلى", place, "اليوم"])
    return [[normalise_token(t) for t in s] for s in sentences]


def test_words_in_the_same_contexts_share_clusters_and_others_do_not() -> None:
    clusters = build_clusters(_corpus())
    ids = {word: clusters[cluster_key(normalise_token(word))] for word in ("جورج", "بوش", "ميسي", "طرابلس", "بنغازي")}
    assert ids["جورج"] == ids["بوش"] == ids["ميسي"]
    assert ids["طرابلس"] == ids["بنغازي"]  # keyed by the clitic-free stem: بنغازي -> نغازي, like every token
    assert ids["جورج"][-1] != ids["طرابلس"][-1]
    assert all(len(ids) == len(SIZES) for ids in clusters.values())


def test_clusters_are_deterministic_and_survive_a_round_trip(tmp_path: Path) -> None:
    clusters = build_clusters(_corpus())
    assert build_clusters(_corpus()) == clusters
    write_clusters(tmp_path / "c.tsv", clusters)
    assert read_clusters(tmp_path / "c.tsv") == clusters
    first = (tmp_path / "c.tsv").read_bytes()
    write_clusters(tmp_path / "c.tsv", dict(reversed(list(clusters.items()))))
    assert (tmp_path / "c.tsv").read_bytes() == first


def test_the_block_wise_float32_build_of_large_corpora_gives_the_same_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    exact = build_clusters(_corpus())
    monkeypatch.setattr(nlp.ner_clusters, "_EXACT_CELLS", 0)  # float32 counts, as for millions of tokens
    monkeypatch.setattr(nlp.ner_clusters, "_BLOCK_CELLS", 10)  # PPMI and projection a few rows at a time
    monkeypatch.setattr(nlp.ner_clusters, "_CHUNK", 7)  # counts a few tokens at a time, across sentence ends
    assert build_clusters(_corpus()) == exact


def test_raw_tokens_keyed_on_the_fly_match_pre_normalised_ones_and_max_words_keeps_the_most_frequent() -> None:
    raw = [["وقال", "جورج"], ["وقال", "ميسي"]] * 3 + [["جورج", "ميسي", "إلى"]] * 4
    keyed = build_clusters(raw, key=lambda t: cluster_key(normalise_token(t)))
    assert keyed == build_clusters([[normalise_token(t) for t in s] for s in raw])
    assert set(keyed) == {cluster_key(normalise_token(t)) for t in ("وقال", "جورج", "ميسي", "إلى")}
    assert set(build_clusters(raw, max_words=2, key=lambda t: cluster_key(normalise_token(t)))) == {
        cluster_key(normalise_token(t)) for t in ("جورج", "ميسي")}  # 7 and 7 mentions; قال 6, إلى 4


def test_a_window_of_two_also_groups_words_by_the_words_two_away() -> None:
    sentences = []
    for _ in range(3):  # the direct neighbours are shared by all; only the word two to the left tells them apart
        for name in ("جورج", "بوش", "ميسي"):
            sentences.append(["قال", "السيد", name, "اليوم"])
        for place in ("طرابلس", "بنغازي", "سرت"):
            sentences.append(["وصل", "السيد", place, "اليوم"])
    sentences = [[normalise_token(t) for t in s] for s in sentences]
    ids = {w: c[-1] for w, c in build_clusters(sentences, window=2).items()}
    assert ids["جورج"] == ids["بوش"] == ids["ميسي"] != ids["طرابلس"] == ids["نغازي"] == ids["سرت"]
    narrow = {w: c[-1] for w, c in build_clusters(sentences).items()}
    assert narrow["جورج"] == narrow["طرابلس"]  # with +-1 only, the two groups look the same


def test_cluster_features_name_each_granularity_and_skip_unknown_words() -> None:
    clusters = {"جورج": (1, 7, 40)}
    assert cluster_features("جورج", clusters, "-1:") == {f"-1:c{size}": v for size, v in zip(SIZES, ("1", "7", "40"))}
    assert cluster_features("مجهول", clusters) == {}
    assert text_tokens("قال: «طرابلس»، اليوم") == ["قال", ":", "«", "طرابلس", "»", "،", "اليوم"]


def test_vector_clusters_never_mix_distant_vectors_and_key_stems_by_their_most_frequent_form() -> None:
    import numpy as np

    rng = np.random.RandomState(0)
    centres = rng.normal(size=(2, 512))
    words = [f"اسم{i}" for i in range(100)] + [f"مكان{i}" for i in range(100)]
    vectors = np.concatenate([centres[0] + 0.05 * rng.normal(size=(100, 512)),
                              centres[1] + 0.05 * rng.normal(size=(100, 512))])
    clusters = build_vector_clusters(words + ["واسم0"], np.concatenate([vectors, -vectors[:1]]))
    first = {clusters[w][0] for w in words[:100]}
    second = {clusters[w][0] for w in words[100:]}
    assert not first & second
    assert len(clusters) == 200  # «واسم0» shares «اسم0»'s key and keeps the vector of the first form
    assert all(len(ids) == len(VECTOR_SIZES) for ids in clusters.values())


def test_merged_clusters_pad_missing_families_and_features_skip_them() -> None:
    merged = merge_clusters({"جورج": (1, 2, 3)}, {"ميسي": (4, 5, 6)})
    assert merged == {"جورج": (1, 2, 3, -1, -1, -1), "ميسي": (-1, -1, -1, 4, 5, 6)}
    assert cluster_features("ميسي", merged) == {f"u{size}": v for size, v in zip(VECTOR_SIZES, ("4", "5", "6"))}
    assert set(cluster_features("جورج", merged)) == {f"c{size}" for size in SIZES}
    assert merge_clusters({"جورج": (1, 2, 3)}, {}) == {"جورج": (1, 2, 3)}


def test_folder_texts_reads_txt_jsonl_json_and_csv_text_columns_in_path_order_with_subfolders(tmp_path: Path) -> None:
    (tmp_path / "b.csv").write_text('Content,ID\n"وصل الوفد\nإلى طرابلس",1\n,2\n', encoding="utf-8-sig")  # BOM first
    (tmp_path / "a.txt").write_text("قال الوزير\n\n  \nفي بنغازي\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "نادي الاتحاد"}\n\n{"id": 3}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "d" / "Sports").mkdir(parents=True)  # one article a file, in category folders
    (tmp_path / "d" / "Sports" / "1.txt").write_text("فاز الفريق\n", encoding="utf-8")
    (tmp_path / "d" / "a.json").write_text('{"articles": [{"title": "عنوان", "text": "أعلنت الوزارة\\n\\nتسجيل"}, '
                                           '{"title": "بلا نص"}], "source": "x"}', encoding="utf-8")
    (tmp_path / "e.json").write_text('[{"text": "مصراتة"}, 3]', encoding="utf-8")
    assert list(folder_texts(tmp_path)) == ["قال الوزير", "في بنغازي", "وصل الوفد", "إلى طرابلس", "نادي الاتحاد",
                                            "فاز الفريق", "أعلنت الوزارة", "تسجيل", "مصراتة"]


def test_sampled_paragraphs_drop_repeats_and_keep_the_same_growing_share() -> None:
    paragraphs = [f"خبر رقم {i}" for i in range(2000)]
    assert list(sampled_paragraphs(["أ", "ب", "أ", "ب", "ج"])) == ["أ", "ب", "ج"]
    third = list(sampled_paragraphs(paragraphs + paragraphs, 0.3))
    assert 500 < len(third) < 700 and len(set(third)) == len(third)
    assert third == list(sampled_paragraphs(paragraphs, 0.3))
    two_thirds = set(sampled_paragraphs(paragraphs, 0.66))
    assert set(third) < two_thirds and 1200 < len(two_thirds) < 1450


def test_folder_texts_refuses_folders_without_text_and_csv_without_a_text_column(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no .txt/.jsonl/.json/.csv"):
        next(folder_texts(tmp_path))
    with pytest.raises(ValueError, match="no .txt/.jsonl/.json/.csv"):
        next(folder_texts(tmp_path / "missing"))
    (tmp_path / "x.csv").write_text("ID,Class\n1,politics\n", encoding="utf-8")
    with pytest.raises(ValueError, match="none of the text columns"):
        next(folder_texts(tmp_path))
