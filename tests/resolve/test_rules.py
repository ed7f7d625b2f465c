"""Every rule in the data files has examples, and every example resolves as its rule says."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve
from timeline.resolve.grammar import load_grammar

GRAMMAR = load_grammar("en")
CASES = [(rule.id, i, ex) for rule in GRAMMAR.rules for i, ex in enumerate(rule.examples)]


def test_every_rule_has_an_example():
    missing = [rule.id for rule in GRAMMAR.rules if not rule.examples]
    assert not missing, f"rules without examples: {missing}"


def test_rule_ids_are_unique_and_stable_looking():
    ids = [rule.id for rule in GRAMMAR.rules]
    assert len(ids) == len(set(ids))
    for rid in ids:
        assert rid == rid.lower() and " " not in rid, rid


@pytest.mark.parametrize("rule_id,index,example", CASES, ids=[f"{r}#{i}" for r, i, _ in CASES])
def test_rule_example(rule_id, index, example):
    ref = dt.date.fromisoformat(example.reference) if example.reference else None
    found = resolve(example.text, ref)
    hits = [t for t in found if t.value == example.value]
    assert hits, f"{rule_id}: expected {example.value!r} in {example.text!r}, got " + \
        ", ".join(f"{t.text!r}={t.value} ({t.rule})" for t in found)
    if example.span is not None:
        assert any(t.text == example.span for t in hits)
    assert any(t.rule == rule_id for t in hits), \
        f"{rule_id}: value found but by {[t.rule for t in hits]}"


def test_every_pattern_compiles():
    for rule in GRAMMAR.rules:
        assert rule.regex.pattern == rule.source


def test_shipped_prefix_index_is_current():
    """data/en/prefix_index.json must match the data files: run `python -m timeline.resolve` after edits."""
    from timeline.resolve.grammar import DATA, _read_prefix_index
    index = _read_prefix_index(DATA / "en")
    assert index is not None, "stale prefix index: run `.venv/bin/python -m timeline.resolve`"
    fresh = load_grammar.__wrapped__("en", use_index=False)
    assert index["prefixes"] == {p: [r.id for r in rules] for p, rules in sorted(fresh.by_prefix.items())}
    assert index["any"] == [r.id for r in fresh.any_char]
