"""No word list in the package repeats an entry: a set literal silently drops the repeat, which hides
a typo (the word meant) or a list edited in two places."""
from __future__ import annotations

import ast
import collections
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "timeline"


def _literal_sets(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Set):
            yield node, node.elts
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("set", "frozenset") and node.args \
                and isinstance(node.args[0], (ast.Set, ast.Tuple, ast.List)):
            yield node, node.args[0].elts


def test_no_word_list_repeats_an_entry():
    repeats = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node, elts in _literal_sets(ast.parse(path.read_text(encoding="utf-8"))):
            counts = collections.Counter(e.value for e in elts if isinstance(e, ast.Constant))
            repeats += [f"{path.relative_to(PACKAGE)}:{node.lineno}: {word!r}" for word, n in counts.items() if n > 1]
    assert not repeats, "repeated entries: " + "; ".join(repeats)
