"""Every rule in the data files has examples, and every example resolves as its rule says."""
from __future__ import annotations

import datetime as dt
import marshal
import re
import zlib

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


def test_every_guard_is_known_and_used():
    from timeline.resolve.guards import GUARDS
    named = {g for rule in GRAMMAR.rules for g in rule.guards}
    assert not named - set(GUARDS), f"rules name unknown guards: {sorted(named - set(GUARDS))}"
    assert not set(GUARDS) - named, f"guards no rule uses: {sorted(set(GUARDS) - named)}"


def test_every_trait_is_used_and_an_unknown_one_is_refused(tmp_path):
    from timeline.resolve.grammar import DATA, TRAITS, _build
    named = {t for rule in GRAMMAR.rules for t in rule.traits}
    assert named == set(TRAITS), f"traits no rule has: {sorted(set(TRAITS) - named)}"
    (tmp_path / "vocab.toml").write_bytes((DATA / "en" / "vocab.toml").read_bytes())
    (tmp_path / "rules.toml").write_text(
        '[[rule]]\nid = "x.noon"\ntrait = ["day_les"]\ntype = "TIME"\npattern = "noon"\nvalue = "T12:00"\n')
    with pytest.raises(ValueError, match="rule x.noon: unknown trait 'day_les'"):
        _build("en", tmp_path, use_index=False)


def test_every_pattern_compiles():
    for rule in GRAMMAR.rules:
        assert rule.regex.pattern == rule.source


def test_shipped_prefix_index_is_current():
    """data/en/prefix_index.json must match the data files: run `python -m timeline.resolve` after edits."""
    from timeline.resolve import prefix_index
    from timeline.resolve.grammar import DATA, _build
    index = prefix_index.read(DATA / "en")
    assert index is not None, "stale prefix index: run `.venv/bin/python -m timeline.resolve`"
    fresh = _build("en", DATA / "en", use_index=False)
    assert index["prefixes"] == dict(sorted(fresh["prefixes"].items()))
    assert index["any"] == fresh["any"]


def test_shipped_compiled_store_is_current_and_equivalent():
    """data/en/compiled_grammar.bin is built for one interpreter; on that one it must be current and
    give the very regexes `re.compile` gives (same source, groups, matches)."""
    from timeline import regex_store
    from timeline.resolve.grammar import DATA, STORE_FILE, _store_key
    if not regex_store.ENGINE:
        pytest.skip("no SRE programs on this interpreter")
    stored = regex_store.read(DATA / "en" / STORE_FILE, _store_key("en", DATA / "en"))
    if stored is None:
        data = regex_store.load(DATA / "en" / STORE_FILE)
        if data["key"][2] != regex_store.ENGINE:     # (language, format, engine, files, checksum)
            pytest.skip("the shipped store was built by another interpreter")
        pytest.fail("stale compiled store: run `.venv/bin/python -m timeline.resolve`")
    fresh = load_grammar.__wrapped__("en", use_index=False)
    from_store = {r.id: r for r in load_grammar.__wrapped__("en").rules}
    probe = "on Tuesday, March 3, 1998, about two years ago, the third quarter of 1998 at 3 p.m. EST"
    for rule in fresh.rules:
        stored_rule = from_store[rule.id]
        assert stored_rule.program is not None
        a, b = stored_rule.regex, re.compile(rule.source)
        assert (a.pattern, a.groups, dict(a.groupindex)) == (b.pattern, b.groups, dict(b.groupindex))
        for pos in range(0, len(probe), 3):
            ma, mb = a.match(probe, pos), b.match(probe, pos)
            assert (ma and ma.span()) == (mb and mb.span())


def test_grammar_without_store_finds_the_same(monkeypatch):
    """Lazy compilation (no usable store) and the store give the same results."""
    text = "Officials said on Tuesday, Feb. 14, that talks would resume next week, two years after 2020."
    ref = dt.date(2022, 2, 16)
    with_store = resolve(text, ref)
    monkeypatch.setenv("TIMELINE_NO_GRAMMAR_STORE", "1")
    load_grammar.cache_clear()
    try:
        assert resolve(text, ref) == with_store
    finally:
        load_grammar.cache_clear()


def test_the_grammar_is_loaded_once_however_it_is_asked_for():
    """`--jobs` loads it before forking with load_grammar(); resolve() asks load_grammar("en")."""
    assert load_grammar() is load_grammar("en") is load_grammar(language="en", use_index=True)
