"""The matcher: one pass over the text, leftmost-longest rule matches, each turned into a Mention.

Speed matters (the resolver must run at > 1 MB/s): a cheap trigger regex (vocabulary words and digits)
finds the few places where an expression can be (the word starts just before each trigger); at each,
the prefix index (prefix_index.py) names the few rules whose match can begin with the next characters,
and only those are tried.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from . import guards as _guards
from .grammar import Grammar, Rule
from .prefix_index import FOLD, PREFIX_LEN

_MAX_LEAD_WORDS = 4
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
# Round 99: a colon right after a date that opens a line: the label of a list's item, never the end of a
# phrase begun on the line before.
_LABEL_COLON = re.compile(r"[ \t]*:(?!\d)")
# Boilerplate lines whose years are no events: "Copyright 2023 ...", "© 2021 ... All rights reserved".
_BOILERPLATE_LINE = re.compile(r"^[^\n]*(?:copyright|©|\(c\) \d{4}|all rights reserved)[^\n]*$", re.M)
_TEMPLATE = re.compile(r"\{([a-z][a-z_0-9]*)(?:\|([a-z_0-9]+))?\}")


@dataclass(slots=True)
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
        number = float(value) * 10
        return str(int(number)) if number < 1e15 else _plain_whole(value, 10)
    if name == "int":
        number = float(value)
        return str(int(number)) if number < 1e15 else _plain_whole(value, 1)
    if name == "two":                  # a day of the month named by an ordinal word ("the first"): "01"
        return f"{int(value):02d}"
    if name == "pm":                   # "4 in the afternoon": the hour after noon
        return f"{int(value) % 12 + 12:02d}"
    if name == "am":                   # "12 in the morning" is midnight
        return f"{int(value) % 12:02d}"
    raise ValueError(f"unknown template filter {name}")


def _plain_whole(value: str, factor: int) -> str:
    """The whole part of value * factor written out, for numbers too long for a float (309+ digits are
    infinity): exact, never in scientific notation."""
    import decimal
    with decimal.localcontext() as ctx:
        ctx.prec = len(value) + 4
        whole = (decimal.Decimal(value) * factor).to_integral_value(rounding=decimal.ROUND_DOWN)
    return format(whole, "f")


def fill(template: Optional[str], fields: dict) -> Optional[str]:
    if template is None:
        return None
    parts = _PARTS.get(template)
    if parts is None:
        parts = _PARTS[template] = _parts(template)
    if isinstance(parts, str):
        return parts or None
    out = "".join(piece if name is None else _filter(fields.get(name, ""), flt) for piece, name, flt in parts)
    return out or None


# template -> itself when it has no placeholder, else its pieces: (literal, None, None) or ("", name, filter)
_PARTS: dict[str, object] = {}


def _parts(template: str):
    if "{" not in template:
        return template
    parts, at = [], 0
    for m in _TEMPLATE.finditer(template):
        if m.start() > at:
            parts.append((template[at:m.start()], None, None))
        parts.append(("", m.group(1), m.group(2)))
        at = m.end()
    if at < len(template):
        parts.append((template[at:], None, None))
    return tuple(parts)


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
    if fields.get("m2") or fields.get("m4"):
        # The first day of a range whose year is written only after the second ("from July 1 to June 30,
        # 2024"): that year, or the one before when the first day comes later in the calendar year.
        for y, m1, d1, m2, d2 in (("year", "month", "day", "m2", "d2"), ("y4", "m3", "d3", "m4", "d4")):
            if fields.get(y) and fields.get(m1) and fields.get(m2) and fields.get(d1) and fields.get(d2):
                later = (int(fields[m1]), int(fields[d1])) > (int(fields[m2]), int(fields[d2]))
                fields["range_year"] = f"{int(fields[y]) - (1 if later else 0):04d}"
    return fields


# On the reversed text: the blank run (or the one hyphen) before a word, then the word, backwards, when
# that word is a lead word: the lead words reversed, as a trie, each the whole run of letters. An opening
# bracket may stand right before the trigger ("five (5) days": the digits glossing a number in words).
_LEAD_BEFORE: dict[frozenset, re.Pattern] = {}


def _lead_before(leads: frozenset) -> re.Pattern:
    found = _LEAD_BEFORE.get(leads)
    if found is None:
        from .grammar import _trie_regex
        words = sorted(w[::-1] for w in leads if w.isalpha() and w.isascii() and w.islower())
        found = _LEAD_BEFORE[leads] = re.compile(r"\(?(?:[ \t\n\u00a0]+|-)(?:" + _trie_regex(words) + r")(?![a-z])")
    return found


def candidate_positions(low: str, grammar: Grammar) -> list[int]:
    """Where a match can start, in increasing order: at a trigger, or at the lead words just before
    one ("at least the past")."""
    positions: list[int] = []
    add = positions.append
    # Lead words are looked for backwards from each trigger; a regex over the reversed text reads the
    # word before a position in one call, and fails unless it is a lead word (most triggers follow none:
    # no match object, word or set lookup is made for them).
    rev = low[::-1]
    n = len(low)
    lead_before = _lead_before(grammar.lead_words).match
    for t in grammar.trigger.finditer(" " + low):
        p = t.start()                     # the trigger, one less in the padded text
        # Lead words before it, nearest first, each after a blank run or a hyphen.
        q = p
        m = lead_before(rev, n - q) if q else None
        if m is None:
            add(p)
            continue
        starts = []
        for _ in range(_MAX_LEAD_WORDS):
            if m is None:
                break
            k = n - m.end()
            if k and (low[k - 1].isalnum() or low[k - 1] in "_'"):
                break
            starts.append(k)
            q = k
            m = lead_before(rev, n - q) if q else None
        if starts:
            starts.reverse()
            positions.extend(starts)
        add(p)
    return positions


def find_mentions(text: str, grammar: Grammar, low: Optional[str] = None) -> list[Mention]:
    low = lower_same_length(text) if low is None else low
    folded = low.translate(FOLD)          # the prefix-index keys, for every position at once
    ctx = _guards.Context(text, low, grammar)
    mentions: list[Mention] = []
    last_end = 0
    cache = grammar._candidates
    candidates = grammar.candidates
    blocked = [(b.start(), b.end()) for b in _BOILERPLATE_LINE.finditer(low)] \
        if ("copyright" in low or "©" in low or "reserved" in low or "(c)" in low) else []
    for p in candidate_positions(low, grammar):
        if p < last_end:
            continue
        key = folded[p:p + PREFIX_LEN]
        rules = cache.get(key)
        if rules is None:
            rules = candidates(key)
        if not rules:
            continue
        if blocked and any(s <= p < e for s, e in blocked):
            continue
        hits = []
        for match, rule in rules:
            m = match(low, p)
            if m is not None and m.end() > p:
                hits.append((m.end() - p, rule.priority, -rule.index, m, rule))
        if not hits:
            continue
        if len(hits) > 1:
            # Leftmost-longest, then priority, then file order. Fields and guards cost more than a
            # regex match, so they are worked out best-first and only until one rule is accepted.
            hits.sort(key=_rank, reverse=True)
        for _, _, _, m, rule in hits:
            end = m.end()
            if "\n" in low[p:end] and (_BLANK_LINE.search(low, p, end) or _LABEL_COLON.match(low, end)):
                continue          # a phrase does not run across paragraphs, nor into the next line's label
                                  # (Round 99: "... first reading, 6 p.m.\nAug. 1: final vote")
            fields = _fields(rule, m, grammar)
            if not _guards.accept(rule, m, fields, ctx):
                continue
            mentions.append(Mention(p, end, rule, fields, fill(rule.value, fields) or "", rule.type,
                                    fill(rule.mod, fields), fill(rule.quant, fields), fill(rule.freq, fields),
                                    rule.anchorable))
            last_end = end
            break
    return mentions


def _rank(hit: tuple) -> tuple:
    return hit[:3]
