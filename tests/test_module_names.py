"""No module of the package binds one name twice at its top level.

Rules rounds are written in parallel branches and merged; two branches that each add a regex or a helper of
the same name merge without a conflict, and the second definition silently replaces the first for every user
of the name (it happened once: two `_TITLE_BEFORE` in guards.py, and "In June Congress passed" lost its
month). Rebinding a name on purpose is rare enough to be listed here.
"""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"
# (module, name): rebound on purpose
ALLOWED = {("timeline/resolve/__main__.py", "written")}


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] += 1
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_no_module_binds_a_top_level_name_twice():
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=module)
        twice += [(module, name) for name, n in _top_level_names(tree).items()
                  if n > 1 and (module, name) not in ALLOWED]
    assert not twice, f"top-level names bound twice: {twice}"


def test_the_check_sees_a_second_binding():
    tree = ast.parse("import re\n_A = re.compile('a')\n\ndef f():\n    return _A\n\n_A = re.compile('b')\n")
    assert _top_level_names(tree)["_A"] == 2
