"""The two ways scripts/ner_spacy_experiment.py combines the spaCy network with the CRF (see nlp/models/README.md)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("ner_spacy_experiment", ROOT / "scripts" / "ner_spacy_experiment.py")
experiment = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(experiment)


def test_union_keeps_the_first_models_spans_and_adds_only_spans_that_overlap_none() -> None:
    # «وصل وزير الصحة سالم عمر إلى بنغازي أمس»: the CRF found the person, the network the city and a
    # longer, overlapping person span.
    crf = ["O", "O", "O", "B-PERS", "I-PERS", "O", "O", "O"]
    net = ["O", "O", "B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "O"]
    assert experiment.union(crf, net) == ["O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]


def test_network_labels_become_features_of_the_token_and_its_neighbours() -> None:
    tokens = ["زار", "مصطفى", "سبها"]
    features = experiment.with_network_labels(
        lambda words, *_a, **_k: [{"w": w} for w in words], {tuple(tokens): ["O", "B-PERS", "B-LOC"]})
    rows = features(tokens)
    assert rows[1] == {"w": "مصطفى", "nn": "B-PERS", "nn-1": "O", "nn+1": "B-LOC"}
    assert rows[0]["nn-1"] == "BOS" and rows[2]["nn+1"] == "EOS"
    assert features(["غير", "معروف"])[0]["nn"] == "O"  # a sentence the network never labelled
