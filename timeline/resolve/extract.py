"""The matcher: one pass over the text, leftmost-longest rule matches, each turned into a Mention.

Speed matters (the resolver must run at > 1 MB/s): a cheap trigger regex (vocabulary words and digits)
finds the few places where an expression can be; the combined rule alternation is tried only at the
word starts just before each trigger, and the individual rules only where that alternation matched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from . import guards as _guards
from .grammar import FOLD, PREFIX_LEN, Grammar, Rule

_LAST_WORD = re.compile(r"(?<![\w'])([a-z]+)(?:[ \t\n\u00a0]+|-)$")
_MAX_LEAD_WORDS = 4
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
# Boilerplate lines whose years are no events: "Copyright 2023 ...", "© 2021 ... All rights reserved".
_BOILERPLATE_LINE = re.compile(r"^[^\n]*(?:copyright|©|\(c\) \d{4}|all rights reserved)[^\n]*$", re.M)
_TEMPLATE = re.compile(r"\{([a-z][a-z_0-9]*)(?:\|([a-z_0-9]+))?\}")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    rule: Rule
    fields: dict            # group name -> normalized value ("" when the group did not take part)
    value: str              # the rule's value template, filled (may still be UNDEF-...)
    type: str
    mod: Optional[str]
    quant: Optional[str]
    freq: Optional[str]
    anchorable: bool = True


def lower_same_length(text: str) -> str:
    """Lower-cased text with the same offsets; curly apostrophes as straight ones."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


def _filter(value: str, name: Optional[str]) -> str:
    if not name or value in ("", "X"):
        return value
    if name == "minus1":
        return f"{int(value) - 1:02d}"
    if name == "times10":
        return str(int(float(value) * 10))
    if name == "int":
        return str(int(float(value)))
    raise ValueError(f"unknown template filter {name}")


def fill(template: Optional[str], fields: dict) -> Optional[str]:
    if template is None:
        return None
    out = _TEMPLATE.sub(lambda m: _filter(fields.get(m.group(1), ""), m.group(2)), template)
    return out or None


def _fields(rule: Rule, m: re.Match, grammar: Grammar) -> dict:
    fields = {}
    for name, cls in rule.groups.items():
        surface = m.group(name)
        fields[name] = grammar.norms[cls](surface) if surface is not None else ""
    hour = fields.get("hour12") or fields.get("hour24")
    if hour:
        h = int(hour)
        ampm = fields.get("ampm")
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        fields["hm"] = f"{h:02d}:{fields.get('minute') or '00'}"
    return fields


def candidate_positions(low: str, grammar: Grammar) -> list[int]:
    """Where a match can start: at a trigger, or at the lead words just before one ("at least the past")."""
    positions: set[int] = set()
    lead = grammar.lead_words
    for t in grammar.trigger.finditer(low):
        p = t.start()
        positions.add(p)
        if p and low[p - 1] == "'":
            p -= 1                     # "'98", "the '60s"
            positions.add(p)
        q = p
        for _ in range(_MAX_LEAD_WORDS):
            m = _LAST_WORD.search(low, max(0, q - 20), q)
            if m is None or not lead.fullmatch(low, m.start(1), m.end(1)):
                break
            q = m.start(1)
            positions.add(q)
    return sorted(positions)


def find_mentions(text: str, grammar: Grammar, low: Optional[str] = None) -> list[Mention]:
    low = lower_same_length(text) if low is None else low
    ctx = _guards.Context(text, low)
    mentions: list[Mention] = []
    last_end = 0
    candidates = grammar.candidates
    fold = FOLD
    blocked = [(b.start(), b.end()) for b in _BOILERPLATE_LINE.finditer(low)] \
        if ("copyright" in low or "©" in low or "reserved" in low or "(c)" in low) else []
    for p in candidate_positions(low, grammar):
        if p < last_end:
            continue
        rules = candidates(low[p:p + PREFIX_LEN].translate(fold))
        if not rules:
            continue
        if blocked and any(s <= p < e for s, e in blocked):
            continue
        best: Optional[tuple] = None
        for match, rule in rules:
            m = match(low, p)
            if m is None or m.end() <= p:
                continue
            key = (m.end() - p, rule.priority, -rule.index)
            if best is not None and key <= best[0]:
                continue
            if "\n" in m.group() and _BLANK_LINE.search(m.group()):
                continue          # a phrase does not run across paragraphs
            fields = _fields(rule, m, grammar)
            if not _guards.accept(rule, m, fields, ctx):
                continue
            best = (key, rule, m, fields)
        if best is None:
            continue
        _, rule, m, fields = best
        mentions.append(Mention(
            start=m.start(), end=m.end(), rule=rule, fields=fields,
            value=fill(rule.value, fields) or "", type=rule.type, anchorable=rule.anchorable,
            mod=fill(rule.mod, fields), quant=fill(rule.quant, fields), freq=fill(rule.freq, fields)))
        last_end = m.end()
    return mentions
