"""_trie_regex writes a word that ends inside a longer one ("jan" in "january") as a branch with an empty
alternative, "(?:uary|)", not as an optional group, "(?:uary)?" (the engine runs the latter as a repeat, with a
context set up per entry). The two forms must match the same text, to the same end, at every position."""
from __future__ import annotations

import re

from timeline.resolve.extract import lower_same_length
from timeline.resolve.grammar import _trie_regex, _word_alternation, load_grammar


def _optional_group_trie(words: list[str]) -> str:
    """The trie as written before: a word ending inside a longer one makes the rest an optional group."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + "?" if end else body
    return build(trie)


def _word_lists() -> list[list[str]]:
    g = load_grammar()
    lists = [sorted(table) for table in g.vocab.values() if isinstance(table, dict) and table]
    lists.append(sorted(g.lead_words))
    lists.append(["a", "ab", "abc", "abd", "b", "bc", "bcd"])           # words ending inside others, nested
    return lists


def _texts() -> list[str]:
    g = load_grammar()
    texts = [e.text for r in g.rules for e in r.examples]
    # every word of the lists glued to its neighbours and cut short, so that each ends inside another
    for words in _word_lists():
        texts.append(" ".join(words) + " " + "".join(words) + " " + " ".join(w[:-1] for w in words))
    return [lower_same_length(t) for t in texts]


def test_no_optional_group_left():
    for words in _word_lists():
        assert ")?" not in _trie_regex([w for w in words if "." not in w])


def test_branch_trie_matches_as_optional_group_trie():
    texts = _texts()
    for words in _word_lists():
        new = re.compile("(?:" + _trie_regex(words) + ")")
        old = re.compile("(?:" + _optional_group_trie(words) + ")")
        for text in texts:
            for i in range(len(text)):
                a, b = new.match(text, i), old.match(text, i)
                assert (a and a.end()) == (b and b.end()), (words[:5], text, i)
        for w in words:
            assert new.fullmatch(w), w


def test_word_alternation_forms_with_optional_dot():
    # "jan." means an optional final dot: both forms are words of the alternation
    alternation = re.compile(_word_alternation(["jan.", "january", "feb."]))
    for w in ("jan", "jan.", "january", "feb", "feb."):
        assert alternation.fullmatch(w), w
    assert alternation.fullmatch("janu") is None
