"""Each entry of a word list in ``nlp/data/*.yaml`` is written once: passes that add words to a long list should see
that a word is already there (a second copy hides which pass owns it and what it was for)."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "nlp" / "data"


def _repeated(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _repeated(value, f"{path}/{key}")
    elif isinstance(node, list):
        counts = Counter(item for item in node if isinstance(item, str))
        for item, count in counts.items():
            if count > 1:
                yield f"{path}: {item} x{count}"
        for item in node:
            if isinstance(item, (dict, list)):
                yield from _repeated(item, path + "[]")


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yaml")))
def test_no_word_list_repeats_an_entry(name):
    assert list(_repeated(yaml.safe_load((DATA / name).read_text(encoding="utf-8")))) == []


def test_a_repeated_entry_is_found():
    assert list(_repeated({"accident": ["crash", "fire", "crash"], "ar": {"x": ["a"]}})) == ["/accident: crash x2"]
