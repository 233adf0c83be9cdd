"""One definition per module-level name in the NLP code.

Why: the rule modules grow by merges of parallel passes; two passes that each add a set with the same name (say
``_EN_TRAVEL``) leave the later one silently in force for both rules, and the first pass's cases quietly fail.
"""

import ast
from collections import Counter
from pathlib import Path

NLP = Path(__file__).resolve().parents[2] / "nlp"


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def test_no_module_defines_a_name_twice() -> None:
    twice = {}
    for path in sorted(NLP.glob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        repeated = sorted(name for name, n in counts.items() if n > 1)
        if repeated:
            twice[path.name] = repeated
    assert twice == {}


def test_the_check_sees_a_repeated_name() -> None:
    tree = ast.parse("_WORDS = {'a'}\n\ndef f():\n    return _WORDS\n\n_WORDS = {'b'}\n")
    assert Counter(_top_level_names(tree))["_WORDS"] == 2
