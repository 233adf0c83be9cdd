"""The install is what pyproject.toml promises: our own top-level packages, camel-tools without torch."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("package", ["rasad", "crawlers", "pipelines", "nlp", "flows"])
def test_generic_package_names_are_ours(package: str) -> None:
    """`nlp` and `pipelines` are generic names (an old PyPI package is called `nlp`)."""
    module = importlib.import_module(package)
    assert Path(module.__file__ or "").resolve().is_relative_to(REPO)


def test_camel_tools_without_torch() -> None:
    """camel-tools' utilities import, and its multi-GB torch/transformers requirements were not installed."""
    from camel_tools.utils.dediac import dediac_ar

    assert dediac_ar("قُتِلَ") == "قتل"
    for heavy in ("torch", "transformers"):
        assert importlib.util.find_spec(heavy) is None, f"{heavy} is installed: use scripts/setup (uv overrides)"
