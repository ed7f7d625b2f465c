"""The compiled store keeps the rules' examples apart, read only when asked for: the same examples as the data."""
from __future__ import annotations

import pytest

from timeline import regex_store
from timeline.resolve.grammar import DATA, STORE_FILE, Example, _grammar, _store_key, load_grammar


@pytest.fixture(scope="module")
def stored():
    if not regex_store.ENGINE:
        pytest.skip("no SRE programs on this interpreter")
    data = regex_store.read(DATA / "en" / STORE_FILE, _store_key("en", DATA / "en"))
    if data is None:
        pytest.skip("no current compiled store (test_rules says so)")
    return data


def test_the_store_keeps_examples_apart_from_the_rules(stored):
    assert isinstance(stored["state"]["examples"], bytes)
    assert all(t[12] == () for t in stored["state"]["rules"])


def test_stored_examples_are_those_of_the_data_files(stored):
    fresh = load_grammar.__wrapped__("en", use_index=False)
    from_store = _grammar(stored["state"], stored["programs"])
    assert [r.id for r in from_store.rules] == [r.id for r in fresh.rules]
    for a, b in zip(from_store.rules, fresh.rules):
        assert a.examples == b.examples and tuple(a.examples) == b.examples, a.id
        assert len(a.examples) == len(b.examples) and bool(a.examples) == bool(b.examples)
        assert all(isinstance(e, Example) for e in a.examples)
        assert a.as_tuple() == b.as_tuple()
        assert repr(a.examples) == repr(b.examples)


def test_examples_are_read_only_when_asked_for(stored):
    grammar = _grammar(stored["state"], stored["programs"])
    first = grammar.rules[0].examples
    assert "rules" not in first._table and first._items is None      # nothing unmarshalled yet
    assert first[0] == first[:1][0] and first[-1] in first
    assert "rules" in first._table                                   # the shared table, read once
    assert grammar.rules[1].examples._items is None                # other rules' Example objects not made yet

