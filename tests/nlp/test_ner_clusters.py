"""Word clusters learnt from unlabelled text (nlp/ner_clusters.py): words used alike share ids."""

from pathlib import Path

from nlp.ner_clusters import (
    SIZES,
    build_clusters,
    cluster_features,
    cluster_key,
    read_clusters,
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


def test_cluster_features_name_each_granularity_and_skip_unknown_words() -> None:
    clusters = {"جورج": (1, 7, 40)}
    assert cluster_features("جورج", clusters, "-1:") == {f"-1:c{size}": v for size, v in zip(SIZES, ("1", "7", "40"))}
    assert cluster_features("مجهول", clusters) == {}
    assert text_tokens("قال: «طرابلس»، اليوم") == ["قال", ":", "«", "طرابلس", "»", "،", "اليوم"]
